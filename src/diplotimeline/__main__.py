"""``python -m diplotimeline`` runs the command line."""

import sys

from diplotimeline.cli import main

sys.exit(main())
