"""`python -m desktop` runs the same command line as `alignment-atlas`."""

import sys

from desktop.cli import main

sys.exit(main())
