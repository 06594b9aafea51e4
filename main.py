"""Start the 1540 Focal Point application, or run one of its commands (see --help).

The same as the `un1540` command that `pip install` puts on the PATH (its code is in un1540/).
"""

from __future__ import annotations

import sys

from un1540 import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
