"""``python -m convertkit …`` is the ``convertkit`` program."""

import sys

from convertkit.launch import main

sys.exit(main())
