"""Streamlit entry point: `streamlit run app.py` (or `newsmap serve` / `make run`)."""

from newsmap.dashboard import main

main()
