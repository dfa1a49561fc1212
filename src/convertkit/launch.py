"""The ``convertkit`` program: start what a batch will need, then hand over to the CLI.

The command-line interface (click, every command's options) takes about 60 ms to import. A
``convertkit batch`` run starts its workers' server first, from a reading of its own arguments,
so that the server's start-up overlaps with that import instead of following it (see
``batch.arguments``). Every other command goes straight to ``cli.main``.
"""

from __future__ import annotations

import sys


def command_arguments(arguments: list[str], command: str) -> list[str] | None:
    """The words after ``command`` when it is the command being run (global options such as
    ``--traceback`` may come first), else None."""
    for index, word in enumerate(arguments):
        if not word.startswith("-"):
            return arguments[index + 1 :] if word == command else None
    return None


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    batch_arguments = command_arguments(arguments, "batch")
    if batch_arguments is not None:
        from .batch.arguments import early_start

        early_start(batch_arguments)
    from .cli import main as cli_main

    return cli_main(arguments)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
