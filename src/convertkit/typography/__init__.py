"""Chinese typography independent of any output format: clreq character classes, line breaking."""
