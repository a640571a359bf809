"""`python -m veille` runs the command line."""
from .cli import main

main()
