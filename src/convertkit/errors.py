"""One exception hierarchy; ``str()`` of each is the one line a user sees.

The CLI has a single handler that prints ``convertkit: error: <message>`` and exits with
``exit_code``. Library code raises only these; ``map_errors()`` turns a backend's exception
into the most specific of ours and keeps it as ``__cause__`` for ``--traceback``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class ConvertkitError(Exception):
    """Base of every error convertkit raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.message = " ".join(str(message).split())  # always one line
        self.path = path
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class UsageError(ConvertkitError):
    """The command was asked for something that cannot be (unknown writer, output == input)."""

    exit_code = 2


class InputError(ConvertkitError):
    """The input cannot be read as an article."""


class NotFoundError(InputError):
    """The input path does not exist."""


class NotAFileError(InputError):
    """The input path is a directory or a special file."""


class EmptyInputError(InputError):
    """The input has no content, or only white space."""


class BinaryInputError(InputError):
    """The input is binary data, not text."""


class EncodingError(InputError):
    """The input's bytes decode in no supported encoding."""


class MalformedInputError(InputError):
    """The input claims a structure it does not have (JSON that does not parse, with no record
    to salvage): a broken file, not an article without body text."""


class NoArticleError(InputError):
    """The input is text but holds no article (no title, no body)."""


class StyleError(ConvertkitError):
    """A style definition is missing, malformed or names something that does not exist."""


class FontError(ConvertkitError):
    """A shipped font is missing or cannot be used."""


class PluginError(ConvertkitError):
    """A third-party writer could not be loaded."""


class WriterError(ConvertkitError):
    """A writer's backend failed; the backend's exception is kept as ``__cause__``."""


class OutputError(ConvertkitError):
    """The destination cannot be created or replaced."""


@contextmanager
def map_errors(error_type: type[ConvertkitError], context: str, *, path: str | None = None) -> Iterator[None]:
    """Turn any non-convertkit exception raised inside into ``error_type``, keeping the cause."""
    try:
        yield
    except ConvertkitError:
        raise
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except Exception as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise error_type(f"{context}: {detail}", path=path) from exc


class Terminated(BaseException):
    """SIGTERM (``kill``, ``timeout``, a service manager) arrived: the command line unwinds like
    Ctrl-C, so that every temporary file is removed on the way out. A BaseException, so that no
    ``except Exception`` on the way (a writer wrapping its errors) can swallow it."""
