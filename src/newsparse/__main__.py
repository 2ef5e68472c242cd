"""`python -m newsparse` runs the command line."""

from newsparse.cli import run

run()
