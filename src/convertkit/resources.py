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


_PRESET_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def available_styles() -> list[str]:
    """The preset names (``styles/*.toml``), sorted."""
    return sorted(p.stem for p in styles_dir().glob("*.toml"))


def style_file(ref: str, prefix: str = "") -> tuple[Path, bool]:
    """(file, whether it is a preset) of a style reference: a preset's name (``briefing``) or a
    ``.toml`` path. Kept here, without the style module's imports, so that every command can refuse
    an unknown style at once, the text and JSON writers too, which never load one."""
    if not isinstance(ref, str) or not ref.strip():
        raise StyleError(f"{prefix}a style is a preset name or a .toml path, got {ref!r}")
    if _PRESET_CHARS.issuperset(ref):
        path = styles_dir() / f"{ref}.toml"
        if not path.is_file():
            raise StyleError(f'{prefix}unknown style "{ref}" (available: {", ".join(available_styles())})')
        return path, True
    path = Path(ref).expanduser()
    if not path.is_file():
        raise StyleError(f"{prefix}style file not found: {ref}")
    return path, False
