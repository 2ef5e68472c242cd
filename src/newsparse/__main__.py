"""`python -m newsparse` runs the command line."""

from newsparse import main

main()
