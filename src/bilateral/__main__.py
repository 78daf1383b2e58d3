"""``python -m bilateral``: the command line."""

import sys

from bilateral.cli import main

sys.exit(main())
