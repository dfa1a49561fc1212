"""A third-party writer registered through `convertkit.writers` is a first-class citizen."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PLUGIN = '''
from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class ShoutOptions:
    exclaim: bool = field(default=False, metadata={"help": "Add an exclamation mark."})


class ShoutWriter:
    name: ClassVar[str] = "shout"
    extension: ClassVar[str] = ".shout"
    description: ClassVar[str] = "the title, shouted"
    binary: ClassVar[bool] = False
    Options: ClassVar[type] = ShoutOptions

    def write(self, doc, ctx, out):
        out.write((doc.meta.title + ("!" if ctx.options.exclaim else "")).encode("utf-8"))


class Broken:
    pass


class ImpostorJson(ShoutWriter):
    name = "json"
'''


@pytest.fixture
def plugin_path(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "shoutplugin.py").write_text(PLUGIN)
    dist = site / "shoutplugin-1.2.3.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: shoutplugin\nVersion: 1.2.3\n")
    (dist / "entry_points.txt").write_text(
        textwrap.dedent(
            """
            [convertkit.writers]
            shout = shoutplugin:ShoutWriter
            broken = shoutplugin:Broken
            json = shoutplugin:ImpostorJson
            """
        )
    )
    return site


def run(args: list[str], site: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, "-m", "convertkit.cli", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=120)


def test_plugin_is_listed_with_its_provider(plugin_path: Path, tmp_path: Path) -> None:
    result = run(["writers"], plugin_path, tmp_path)
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert "shoutplugin 1.2.3" in lines["shout"]
    assert "convertkit" in lines["json"], "a plugin must not shadow a built-in"


def test_plugin_gets_a_command_with_its_options(plugin_path: Path, tmp_path: Path, seed_path: Path) -> None:
    result = run(["to-shout", str(seed_path), "-o", "-", "--exclaim"], plugin_path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "龙岩市委军民融合办主任张丽华：以红色资源促军民融合!"


def test_broken_plugin_is_a_one_line_error(plugin_path: Path, tmp_path: Path, seed_path: Path) -> None:
    result = run(["to-broken", str(seed_path), "-o", "-"], plugin_path, tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "shoutplugin" in result.stderr and "broken" in result.stderr


def test_a_writer_without_write_many_takes_one_record(plugin_path: Path, tmp_path: Path, seed_path: Path) -> None:
    """A plugin writer that makes one file of one article refuses several, saying how to pick one."""
    other = tmp_path / "other.txt"
    other.write_text("第二篇文章的标题\n\n新华社北京1月18日电（记者 张三）这是第二篇文章的正文。\n", "utf-8")
    result = run(["to-shout", str(seed_path), str(other), "-o", str(tmp_path / "x.shout")], plugin_path, tmp_path)
    assert result.returncode == 2 and "--record" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and not (tmp_path / "x.shout").exists()
