"""``python -m partnerdesk``: the same as the ``partnerdesk`` command."""

import sys

from partnerdesk.cli import main

sys.exit(main())
