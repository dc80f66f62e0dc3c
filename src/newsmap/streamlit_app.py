"""The Streamlit script that ``newsmap serve`` runs from the installed package.

Streamlit serves the ``static`` folder beside its main script at ``/app/static/``; here that
folder is a link to the package's assets, as ``static/`` is beside the repository's app.py.
"""

from newsmap.dashboard import main

main()
