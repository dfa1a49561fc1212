"""``python -m convertkit.batch …`` is ``convertkit batch …`` (handy where no script is installed)."""

import sys

from convertkit.launch import main

sys.exit(main(["batch", *sys.argv[1:]]))
