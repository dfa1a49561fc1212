"""Writers export a ``Document``; built-ins and plugins register in ``convertkit.writers``."""
