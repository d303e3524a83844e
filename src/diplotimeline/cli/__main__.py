"""``python -m diplotimeline.cli`` runs the command line, as ``python -m diplotimeline`` does."""

import sys

from diplotimeline.cli import main

sys.exit(main())
