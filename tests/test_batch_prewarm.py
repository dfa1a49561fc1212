"""The forkserver is warmed with the batch's settings, carried through its environment."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from convertkit.batch import prewarm
from convertkit.batch.job import Settings

_values = st.one_of(st.booleans(), st.integers(-5, 5), st.text(max_size=8), st.floats(allow_nan=False, width=32))


@given(
    formats=st.lists(st.sampled_from(["pdf", "docx", "epub", "txt", "json", "summary"]), min_size=1, unique=True),
    style=st.text(min_size=1, max_size=20),
    options=st.dictionaries(st.sampled_from(["pdf", "docx"]), st.dictionaries(st.text(min_size=1, max_size=6), _values)),
    keywords=st.booleans(),
)
def test_settings_survive_the_environment(formats, style, options, keywords):
    settings = Settings(
        outdir="out",
        formats=tuple(formats),
        style=style,
        writer_options=tuple((fmt, tuple(pairs.items())) for fmt, pairs in options.items()),
        keywords=keywords,
    )
    back = prewarm.settings_from_environment(prewarm.settings_environment(settings))
    assert back is not None
    assert (back.formats, back.style, back.writer_options, back.keywords, back.reader) == (
        settings.formats, settings.style, settings.writer_options, settings.keywords, settings.reader)


def test_no_variable_means_no_warming():
    assert prewarm.settings_from_environment({}) is None


def test_importing_warm_server_warms_with_the_settings(monkeypatch):
    seen: list[Settings] = []
    monkeypatch.setattr("convertkit.batch.job.warm", seen.append)
    settings = Settings(outdir="", formats=("txt", "pdf"), style="gbt9704")
    for name, value in prewarm.settings_environment(settings).items():
        monkeypatch.setenv(name, value)
    sys.modules.pop("convertkit.batch.warm_server", None)
    importlib.import_module("convertkit.batch.warm_server")
    assert [(s.formats, s.style) for s in seen] == [(("txt", "pdf"), "gbt9704")]


def test_a_failing_warm_up_never_raises(monkeypatch):
    def broken(settings: Settings) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("convertkit.batch.job.warm", broken)
    monkeypatch.setenv(prewarm.SETTINGS_VARIABLE, "{not json")
    prewarm.warm_from_environment()
    settings = Settings(outdir="", formats=("txt",))
    for name, value in prewarm.settings_environment(settings).items():
        monkeypatch.setenv(name, value)
    prewarm.warm_from_environment()


def test_the_forkserver_has_the_caches_before_a_worker_forks(tmp_path):
    """A worker forked by a warmed server finds the fonts registered with reportlab and the
    style parsed before it has converted anything."""
    script = tmp_path / "probe.py"
    script.write_text(
        "import multiprocessing, sys\n"
        "from convertkit.batch.job import Settings\n"
        "from convertkit.batch.local import start_forkserver\n"
        "def probe():\n"
        "    from reportlab.pdfbase import pdfmetrics\n"
        "    from convertkit.style import _load_cached\n"
        "    return bool(pdfmetrics.getRegisteredFontNames()) and _load_cached.cache_info().currsize > 0\n"
        "if __name__ == '__main__':\n"
        "    start_forkserver(Settings(outdir='', formats=('pdf',)))\n"
        "    with multiprocessing.get_context('forkserver').Pool(1) as pool:\n"
        "        print(pool.apply(probe))\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


def _batch_watching_the_server_start(tmp_path, entry: str, watched: str, arguments: str, before: str = "") -> list[dict]:
    """Run ``entry``'s main on a one-article batch (``before`` the command, ``arguments`` after the
    input and ``-o``),
    with ``forkserver.start`` wrapped to print, at each call, whether ``watched`` is imported yet,
    the formats and the warm-up settings it was given."""
    article = tmp_path / "a.txt"
    article.write_text("标题\n\n新华社北京1月17日电 正文第一段，足够长的一段正文内容在这里。\n", encoding="utf-8")
    script = (
        "import json, sys\n"
        "from convertkit.batch import forkserver\n"
        "original = forkserver.start\n"
        "def start(formats, environment):\n"
        f"    print(json.dumps({{'watched': {watched!r} in sys.modules, 'formats': list(formats),\n"
        "                      'warm': json.loads(environment['CONVERTKIT_BATCH_WARM'])}))\n"
        "    original(formats, environment)\n"
        "forkserver.start = start\n"
        f"from {entry} import main\n"
        f"sys.exit(main([{before}'batch', {str(article)!r}, '-o', {str(tmp_path / 'out')!r}, {arguments}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_the_batch_command_starts_the_server_before_importing_the_batch_machinery(tmp_path):
    """The server's start-up overlaps with the parent's: it is started from the command
    callback, with the batch's settings, before the job and run modules are imported."""
    seen = _batch_watching_the_server_start(
        tmp_path, "convertkit.cli", "convertkit.batch.job", "'--to', 'txt,json', '-s', 'gbt9704', '--progress', 'none', '-j', '1'"
    )[0]
    assert seen["watched"] is False
    assert seen["formats"] == ["txt", "json"]
    assert (seen["warm"]["formats"], seen["warm"]["style"]) == (["txt", "json"], "gbt9704")
    assert len(list((tmp_path / "out").glob("*.txt"))) == 1


def test_the_program_starts_the_server_before_importing_click(tmp_path):
    """`convertkit batch` (the program, not the click command) reads its own arguments and
    starts the server before the command-line interface is imported, with the same settings
    the command will parse."""
    early, from_command = _batch_watching_the_server_start(
        tmp_path, "convertkit.launch", "click",
        "'--to=txt,json', '-sgbt9704', '-O', 'json.indent=0', '--progress', 'none', '-j', '1'", before="'-q', ",
    )[:2]
    assert early["watched"] is False and from_command["watched"] is True
    assert early["warm"] == from_command["warm"]
    assert early["warm"]["formats"] == ["txt", "json"] and early["warm"]["style"] == "gbt9704"
    assert early["warm"]["writer_options"] == [["json", [["indent", 0]]]]
    assert len(list((tmp_path / "out").glob("*.json"))) == 1
