"""News conventions: ordered, named rules that turn lines into a ``Document``."""
