"""The program PyInstaller freezes: the same entry point as the ``partnerdesk`` command."""

import sys

from partnerdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
