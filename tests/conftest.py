"""Shared fixtures: real models, real Chroma, documents made on the spot."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import assistant  # noqa: F401 - sets the offline environment first
from assistant.config import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "documents"
JOBBTORG = [sys.executable, "-m", "assistant.cli"]


def make_settings(index_dir: Path, **overrides) -> Settings:
    return Settings.from_env(env={}, index_dir=index_dir, **overrides)


def run_cli(*args: str, env: dict | None = None, check: bool = False) -> subprocess.CompletedProcess:
    import os

    full_env = {**os.environ, **(env or {})}
    result = subprocess.run(
        [*JOBBTORG, *args], capture_output=True, text=True, env=full_env, cwd=ROOT, timeout=600
    )
    if check and result.returncode != 0:
        raise AssertionError(f"jobbtorg {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def shipped_index(tmp_path_factory) -> Settings:
    """The shipped corpus ingested once with the default (e5) embedder."""
    from assistant.ingest import ingest

    settings = make_settings(tmp_path_factory.mktemp("shipped") / "index")
    report = ingest([CORPUS], settings, progress=False)
    assert report.ok, report.summary()
    return settings


@pytest.fixture(scope="session")
def shipped_assistant(shipped_index):
    """One assistant over the shipped index, models loaded once for the session."""
    from assistant.chain import Assistant

    return Assistant(shipped_index)


def assistant_over_text(folder: Path, name: str, text: str):
    """An assistant over one document written here, in an index of its own."""
    return assistant_over_texts(folder, {name: text})


def assistant_over_texts(folder: Path, texts: dict[str, str]):
    """An assistant over documents written here ({file name: text}), in an index of their own."""
    from assistant.chain import Assistant
    from assistant.ingest import ingest

    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = make_settings(folder / "index")
    assert ingest([folder / name for name in texts], settings, progress=False).ok
    return Assistant(settings)


@pytest.fixture()
def corpus_copy(tmp_path) -> Path:
    folder = tmp_path / "docs"
    shutil.copytree(CORPUS, folder)
    return folder


def wait_until_serving(url: str, process: subprocess.Popen, log_path: Path, what: str, timeout: float = 120) -> None:
    """The product's wait, failing the test with the server log's tail."""
    from assistant.errors import JobbtorgError
    from assistant.loadtest import wait_until_serving as wait

    try:
        wait(url, process, timeout)
    except JobbtorgError:
        pytest.fail(f"{what} did not start: {log_path.read_text()[-2000:]}")
