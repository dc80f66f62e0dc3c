"""Allow `python -m newsmap`."""

from newsmap.cli import main

main()
