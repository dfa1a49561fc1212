"""Imported by the forkserver, last of its preload modules: builds the caches the workers inherit.

Importing this module has that side effect on purpose (a forkserver can only be told module
names); nothing else imports it. See ``prewarm``.
"""

from .prewarm import warm_from_environment

warm_from_environment()
