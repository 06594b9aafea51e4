"""`python -m un1540`: the same as the installed `un1540` command and `python main.py`."""

import sys

from un1540 import main

if __name__ == "__main__":
    sys.exit(main())
