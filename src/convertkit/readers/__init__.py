"""Format adapters: bytes or decoded text in, ``Line``s and ``Hints`` out. No news logic."""
