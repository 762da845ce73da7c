"""``python -m vnpolparse``: the command line (see :mod:`vnpolparse.cli`)."""

import sys

from vnpolparse.cli import main

sys.exit(main())
