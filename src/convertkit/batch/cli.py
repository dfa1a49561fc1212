"""The ``convertkit batch`` command: parse options, run the batch, print the summary.

Kept to click and the standard library at import time: ``convertkit to-txt`` imports this
module (to register the command) and must stay fast.
"""

from __future__ import annotations

import logging
import os
from typing import Any

import click

from .arguments import WriterOptions, parse_value, split_pairs, writer_options


def _split_formats(value: str) -> tuple[str, ...]:
    from ..writers import registry

    names = [part.strip() for part in value.split(",") if part.strip()]
    if names == ["all"]:
        return registry.names()
    return tuple(dict.fromkeys(names))


def _writer_options(values: tuple[str, ...]) -> WriterOptions:
    try:
        return writer_options(values)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="-O") from None


def _storage_options(values: tuple[str, ...]) -> dict[str, Any]:
    try:
        return {key: parse_value(value) for key, value in split_pairs(values)}
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--storage-option") from None


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUTS...")
@click.option(
    "-o",
    "--output",
    "outdir",
    required=True,
    metavar="OUTDIR",
    help="Output folder, or an fsspec URL (s3://bucket/prefix/).",
)
@click.option(
    "--to",
    "formats",
    required=True,
    metavar="FORMATS",
    help="Comma-separated formats, e.g. pdf,docx,epub,txt,json,summary; 'all' for every writer.",
)
@click.option(
    "-j",
    "--jobs",
    "workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (local) or a cap on tasks in flight / 2 (dask). Default: all cores.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Skip inputs the manifest records as done with the same settings.",
)
@click.option("-s", "--style", default="briefing", show_default=True, metavar="NAME|PATH")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    help="Dask scheduler address; without it, --engine dask starts a LocalCluster.",
)
@click.option(
    "--chunk-size",
    type=click.IntRange(1, 256),
    default=64,
    show_default=True,
    help="Inputs per task (the first tasks are smaller so every worker starts at once).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=0,
    show_default=True,
    help="Seconds one input may take before it is failed (0: no limit; local engine).",
)
@click.option(
    "-O",
    "writer_options",
    multiple=True,
    metavar="FORMAT.OPTION=VALUE",
    help="A writer option, e.g. -O json.indent=0 (repeatable).",
)
@click.option(
    "--storage-option",
    "storage_options",
    multiple=True,
    metavar="KEY=VALUE",
    help="fsspec option for URLs, e.g. endpoint_url=http://127.0.0.1:9000 (repeatable).",
)
@click.option(
    "--state-dir",
    metavar="DIR",
    help="Where the manifest and errors.jsonl live (default: OUTDIR, or ./.convertkit-batch/ for a URL).",
)
@click.option(
    "--progress",
    type=click.Choice(["auto", "bar", "plain", "none"]),
    default="auto",
    show_default=True,
    help="A bar on a terminal, periodic lines otherwise.",
)
@click.option(
    "--keywords",
    is_flag=True,
    help="Extract keywords (jieba) into PDF/DOCX/EPUB/JSON metadata when the source gave none.",
)
@click.option(
    "--reader", default="", hidden=True, help="module:function replacing the news reader (tests)."
)
def batch_command(
    inputs: tuple[str, ...],
    outdir: str,
    formats: str,
    workers: int | None,
    resume: bool,
    style: str,
    engine: str,
    scheduler: str | None,
    chunk_size: int,
    timeout: float,
    writer_options: tuple[str, ...],
    storage_options: tuple[str, ...],
    state_dir: str | None,
    progress: str,
    keywords: bool,
    reader: str,
) -> None:
    """Convert many articles: files, folders (recursive), globs, JSON Lines records, web archives'
    pages (.warc, .warc.gz, streamed), fsspec URLs.

    \b
    Outputs are named DATE_AGENCY_TITLE_HASH.EXT in OUTDIR, written atomically; OUTDIR/manifest.sqlite
    records what is done (--resume skips it) and OUTDIR/errors.jsonl lists what failed.
    Exit status 0 only when every input succeeded.

    \b
    Examples:
      convertkit batch crawl/ -o out/ --to pdf,docx -j 8
      convertkit batch 'dumps/*.jsonl' -o out/ --to txt,json --resume
      convertkit batch crawl-20240305.warc.gz -o out/ --to pdf --resume
      convertkit batch s3://news/2019/ -o s3://news-out/ --to pdf --engine dask --scheduler tcp://scheduler:8786
    """
    format_names = _split_formats(formats)
    options_by_format = _writer_options(writer_options)
    from ..resources import style_file

    style_file(style)  # a style that is not there (a typo) stops the batch before it starts
    if engine == "local":
        # First, before the batch machinery is imported: the workers' server starts, imports
        # and warms up on another core while this process gets to its first input. (The
        # `convertkit` program has usually started it already, from a reading of the
        # arguments: then this changes nothing.)
        from .forkserver import start
        from .prewarm import warm_environment

        start(format_names, warm_environment(format_names, style, options_by_format, reader, keywords))
    from .job import Settings
    from .run import BatchIncomplete, BatchOptions, run_batch
    from .storage import freeze_options, is_url

    frozen_storage = freeze_options(_storage_options(storage_options))
    out = outdir if is_url(outdir) else os.path.abspath(outdir)
    settings = Settings(
        outdir=out,
        formats=format_names,
        style=style,
        writer_options=options_by_format,
        storage_options=frozen_storage,
        timeout=timeout,
        reader=reader,
        keywords=keywords,
    )
    options = BatchOptions(
        inputs=inputs,
        settings=settings,
        resume=resume,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        chunk_size=chunk_size,
        state_dir=state_dir,
        progress=progress,
    )
    report = run_batch(options)
    if logging.getLogger("convertkit").getEffectiveLevel() <= logging.WARNING:  # -q: errors only
        click.echo(report.summary(), err=True)
    if report.exit_code != 0:
        raise BatchIncomplete(f"{report.total_failed} input(s) failed; see {report.errors_path}")
