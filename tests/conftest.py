"""Shared fixtures: where the seed and the corpus are, and small helpers for real artefacts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Subprocesses started by tests run in other folders: make a relative PYTHONPATH absolute.
if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in os.environ["PYTHONPATH"].split(os.pathsep) if p)
SEED = REPO / "seeds" / "000_5f66b059eaaa6a40.txt"


def corpus_dir() -> Path | None:
    """The shared corpus beside the repository (``../shared/corpus``), or $CONVERTKIT_CORPUS."""
    configured = os.environ.get("CONVERTKIT_CORPUS")
    path = Path(configured) if configured else REPO.parent / "shared" / "corpus"
    return path if path.is_dir() else None


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture
def corpus() -> Path:
    path = corpus_dir()
    if path is None:
        pytest.skip("the shared corpus is not beside this checkout")
    return path


def require_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (scripts/test installs it)")
    return found
