"""The ``convertkit`` command: a ``to-<format>`` command per registered writer, plus tools.

Commands for writers are built on demand from the writer's Options dataclass (a bool field
``embed_fonts = True`` becomes ``--embed-fonts/--no-embed-fonts``), so ``convertkit to-txt``
imports the text writer and nothing else, and a plugin's options appear without code here.
One handler turns every error into one line on stderr and an exit code: never a traceback,
unless ``--traceback`` asks for it.
"""

from __future__ import annotations

import dataclasses
import logging
import signal
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import click

from . import __version__
from .errors import ConvertkitError, Terminated, UsageError
from .writers import registry

EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # 128 + SIGTERM, as a shell reports a process the signal ended


def _terminate(signum: int, frame: Any) -> None:
    raise Terminated


def _unwind_on_sigterm() -> None:
    """Only when nobody else handles SIGTERM (an application embedding ``main`` keeps its own)."""
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _terminate)

log = logging.getLogger("convertkit")


class _OneLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = " ".join(record.getMessage().split())
        return f"convertkit: {record.levelname.lower()}: {message}"


def _configure_logging(verbosity: int) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLineFormatter())
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel({-1: logging.ERROR, 0: logging.WARNING}.get(verbosity, logging.INFO))


def _command_verbosity(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    """``convertkit to-txt x -q`` as well as ``convertkit -q to-txt x``: the last word wins."""
    if value:
        _configure_logging(-1 if param.name == "quiet" else int(value))


def verbosity_options() -> list[click.Parameter]:
    """-v/-q after a command's name too (they are the group's options as well)."""
    return [
        click.Option(["-v", "--verbose"], count=True, expose_value=False, callback=_command_verbosity,
                     help="Say more (repeatable)."),
        click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, callback=_command_verbosity,
                     help="Only errors."),
    ]


def _option_for_field(field: dataclasses.Field[Any], hints: dict[str, Any]) -> click.Option:
    flag = field.name.replace("_", "-")
    kind = hints.get(field.name, str)
    default = field.default if field.default is not dataclasses.MISSING else None
    help_text = field.metadata.get("help") if field.metadata else None
    if kind is bool:
        return click.Option([f"--{flag}/--no-{flag}", field.name], default=default, show_default=True, help=help_text)
    args = typing.get_args(kind)
    if typing.get_origin(kind) in (typing.Union, types.UnionType) and args:
        kind = next(arg for arg in args if arg is not type(None))
    click_type = {int: click.INT, float: click.FLOAT}.get(kind, click.STRING)
    return click.Option([f"--{flag}", field.name], type=click_type, default=default, show_default=default is not None,
                        help=help_text)


def _writer_command(name: str) -> click.Command:
    writer = registry.get(name)
    hints = typing.get_type_hints(writer.Options)
    writer_fields = dataclasses.fields(writer.Options)

    def run(inputs: tuple[str, ...], output: str | None, style: str, input_format: str | None,
            field_map: tuple[str, ...], script: str | None, record: int | None, keywords: bool,
            **values: Any) -> None:
        from .api import ReadOptions, collect, convert, write
        from .output import refuse_inputs_as_output
        from .resources import style_file

        style_file(style)  # an unknown style is refused by every command, the writers that load none too

        # Only what the user gave: the writer's own defaults apply otherwise, including those that
        # depend on the destination (a .jsonl file is JSON Lines).
        given = click.get_current_context().get_parameter_source
        options = {field.name: values[field.name] for field in writer_fields
                   if given(field.name) is not click.core.ParameterSource.DEFAULT}
        reading = ReadOptions(format=input_format, fields=_field_mapping(field_map), convert_script=script)
        if "-" in inputs:  # standard input: read once, here; a file is named only by -o
            if output is None:
                raise UsageError("reading standard input ('-') needs -o OUT (a file, or - for standard output)")
            data = sys.stdin.buffer.read()
            sources: list[str | bytes] = [data if source == "-" else source for source in inputs]
            try:
                documents = collect(sources, reading, record)
            except ConvertkitError as exc:
                exc.path = exc.path or "<stdin>"  # the one input without a name of its own
                raise
            if output != "-":
                refuse_inputs_as_output([source for source in inputs if source != "-"], output)
                write(documents, output, name, style=style, keywords=keywords, **options)
                log.info("wrote %s", output)
                return
            write(documents, sys.stdout.buffer, name, style=style, keywords=keywords, **options)
            sys.stdout.buffer.flush()
            return
        if output == "-":
            write(collect(inputs, reading, record), sys.stdout.buffer, name, style=style, keywords=keywords,
                  **options)
            sys.stdout.buffer.flush()
            return
        destination = convert(inputs, output, name, style=style, read_options=reading, record=record,
                              keywords=keywords, **options)
        log.info("wrote %s", destination)

    params: list[click.Parameter] = [
        click.Argument(["inputs"], metavar="INPUT...", nargs=-1, required=True),  # '-' is standard input
        click.Option(["-o", "--output"], metavar="OUT",
                     help=f"Output file; '-' for stdout. Default: next to INPUT with suffix {registry.extension_of(name)}"),
        click.Option(["-s", "--style"], default="briefing", show_default=True, metavar="NAME|PATH",
                     help="Style preset from styles/ or a path to a .toml style file."),
        click.Option(["-f", "--format", "input_format"],
                     type=click.Choice(["text", "html", "json", "doclist", "mhtml", "webarchive", "enex", "warc", "csv"]),
                     help="Input format (default: from the suffix and the content); doclist: an RSS/Atom feed "
                          "or a Sogou <doc> list; mhtml: a page saved as one file (.mht, .mhtml); webarchive: a page "
                          "Safari saved (.webarchive); enex: an Evernote export, one document per note; warc: a web "
                          "archive (.warc, .warc.gz), one document per captured article page; csv: crawler output as a "
                          "CSV or TSV table, one article a row."),
        click.Option(["--field", "field_map"], multiple=True, metavar="NAME=KEY",
                     help="Crawler JSON or a table's column: read NAME (title, content, time, source, author, editor, url, keywords, "
                          "language, outlet, kicker, subtitle) "
                          "from the record's KEY, e.g. --field content=body. Repeatable."),
        click.Option(["--convert", "script"], type=click.Choice(["t2s", "s2t", "s2tw", "s2hk"]),
                     help="Convert the text between scripts (OpenCC); the input file is not touched."),
        click.Option(["--record"], type=click.IntRange(min=1), metavar="N",
                     help="Take only record N of an input that holds several (a JSON array or JSON Lines), "
                          "numbered from 1 as warnings and the JSON's source.record number them."),
        click.Option(["--keywords"], is_flag=True,
                     help="Extract keywords (jieba) into the metadata when the source gave none "
                          "(some 50 ms more per run)."),
    ]
    params += [_option_for_field(field, hints) for field in writer_fields]
    params += verbosity_options()
    return click.Command(
        name=getattr(writer, "command", None) or f"to-{name}",
        callback=run,
        params=params,
        help=f"Convert INPUT (text, HTML, crawler JSON or a feed) to {writer.description}."
             + (" Several inputs make one file." if hasattr(writer, "write_many") else ""),
        short_help=f"Convert an article to {writer.description}.",
    )


def _field_mapping(pairs: tuple[str, ...]) -> dict[str, str] | None:
    mapping: dict[str, str] = {}
    for pair in pairs:
        name, sep, key = pair.partition("=")
        if not sep or not name.strip() or not key.strip():
            raise click.BadParameter(f"expected NAME=KEY, got {pair!r}", param_hint="--field")
        mapping[name.strip()] = key.strip()
    return mapping or None


class ConvertkitGroup(click.Group):
    """Static commands plus one command per writer, built only when it is asked for."""

    def _writer_commands(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for name in registry.names():
            command = "summary" if name == "summary" else f"to-{name}"
            table[command] = name
        return table

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self._writer_commands()))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            return command
        builtin = "summary" if cmd_name == "summary" else cmd_name.removeprefix("to-")
        if builtin in registry.BUILTIN_WRITERS and cmd_name in ("summary", f"to-{builtin}"):
            return _writer_command(builtin)  # no scan of installed plugins for a built-in
        writer_name = self._writer_commands().get(cmd_name)
        return _writer_command(writer_name) if writer_name else None


@click.group(cls=ConvertkitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="convertkit")
@click.option("-v", "--verbose", count=True, help="Say more (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
@click.option("--traceback", is_flag=True, help="Show the full traceback on errors (for bug reports).")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool, traceback: bool) -> None:
    """Turn Chinese news articles into PDF, DOCX, EPUB, plain text and summaries.

    \b
    Examples:
      convertkit to-pdf article.txt              # writes article.pdf next to it
      convertkit to-txt page.html -o -           # reading copy on stdout
      convertkit writers                         # list output formats
    """
    ctx.obj = {"traceback": traceback}
    _configure_logging(-1 if quiet else verbose)


@cli.command("writers")
def list_writers() -> None:
    """List the output formats: name, file suffix, provider and version."""
    for info in registry.available():
        try:
            extension = registry.extension_of(info.name)
        except ConvertkitError:
            extension = "(fails to load)"  # `to-<name>` says why; the list stays usable
        click.echo(f"{info.name:10} {extension:16} {info.provider} {info.version}")


def _run(entry: Callable[[], Any], traceback: bool) -> int:
    try:
        entry()
    except ConvertkitError as exc:
        if traceback:
            raise
        click.echo(f"convertkit: error: {exc}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("convertkit: interrupted", err=True)
        return EXIT_INTERRUPTED
    except Terminated:
        click.echo("convertkit: terminated", err=True)
        return EXIT_TERMINATED
    except BrokenPipeError:
        sys.stderr.close()  # the reader of our stdout went away (| head): not an error worth a line
        return 0
    except Exception as exc:
        if traceback:
            raise
        message = " ".join(str(exc).split()) or "no message"
        click.echo(f"convertkit: error: internal error: {type(exc).__name__}: {message} (rerun with --traceback)",
                   err=True)
        return EXIT_INTERNAL
    return 0


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    traceback = "--traceback" in arguments

    def entry() -> None:
        try:
            cli.main(args=arguments, prog_name="convertkit", standalone_mode=False)
        except click.exceptions.Abort:
            raise KeyboardInterrupt from None
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx is not None else "convertkit"
            message = " ".join(exc.format_message().split())
            click.echo(f"convertkit: error: {message} (see '{where} --help')", err=True)
            raise SystemExit(exc.exit_code) from None
        except click.ClickException as exc:
            click.echo(f"convertkit: error: {' '.join(exc.format_message().split())}", err=True)
            raise SystemExit(exc.exit_code) from None

    _unwind_on_sigterm()
    try:
        return _run(entry, traceback)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1


from .batch.cli import batch_command  # noqa: E402 - defined in its own module, cheap to import

batch_command.params.extend(verbosity_options())
cli.add_command(batch_command)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
