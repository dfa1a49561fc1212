"""Where the shipped style definitions and fonts are, installed or in a source checkout.

The data lives at the top of the repository (``styles/``, ``fonts/``) so designers find it;
``setup.py`` copies it into the wheel as ``convertkit/_data/``. This module hides the
difference so that no other module computes a data path. The lookup prefers the installed copy:
an installed convertkit must never pick up a stray checkout's files by accident.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .errors import ConvertkitError, FontError, StyleError

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent.parent  # <repo>/src/convertkit -> <repo>


def _data_dir(name: str, error: type[ConvertkitError]) -> Path:
    for candidate in (_PACKAGE_DIR / "_data" / name, _SOURCE_ROOT / name):
        if candidate.is_dir():
            return candidate
    raise error(f"convertkit's {name}/ data directory is missing (broken installation)")


@cache
def styles_dir() -> Path:
    """The directory holding the preset style definitions (``*.toml``)."""
    return _data_dir("styles", StyleError)


@cache
def fonts_dir() -> Path:
    """The directory holding the bundled fonts, their licences and README."""
    return _data_dir("fonts", FontError)
