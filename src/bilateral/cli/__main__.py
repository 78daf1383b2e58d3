"""``python -m bilateral.cli``."""

import sys

from bilateral.cli import main

sys.exit(main())
