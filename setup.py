"""Copies the top-level ``styles/`` and ``fonts/`` into the wheel as ``convertkit/_data``.

They live at the top of the repository so that designers find them, but an installed
convertkit must carry them: a fresh ``pip install .`` renders Chinese with no system fonts.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_DIRS = ("styles", "fonts")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        target_root = Path(self.build_lib) / "convertkit" / "_data"
        for name in DATA_DIRS:
            source = ROOT / name
            target = target_root / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))


setup(cmdclass={"build_py": BuildPyWithData})
