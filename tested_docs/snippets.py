"""Snippets, and how one runs: in a Python process, as ``python snippet.py`` would.

A chapter is ``docs/<chapter>.md`` plus its snippets in ``snippets/<chapter>/``.
Each snippet ``<name>.py`` is a complete program; ``<name>.out`` beside it is what
it prints. A snippet that draws a figure writes ``<figure>.svg`` into its working
directory; the committed copy lives in ``docs/figures/<chapter>/<figure>.svg``.
Nothing here knows about any particular chapter.

:func:`run_in_process` runs a snippet in the calling process with ``runpy``, after
resetting what an earlier snippet may have changed (print options, default dtype,
matplotlib state, seeds). The tests call it through :mod:`tested_docs.worker`, in
long-lived worker processes that a snippet can hang or crash without taking the
test session down.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import re
import runpy
import secrets
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tested_docs.layout import layout

# A snippet may ask for more (or less) time than this, with a comment line of its
# own among its first lines:   # timeout: 120
DEFAULT_TIMEOUT = 60.0
TIMEOUT = re.compile(r"^#\s*timeout:\s*(?P<seconds>\d+(?:\.\d+)?)\s*(?:s\b.*)?$")


@dataclass(frozen=True)
class Snippet:
    path: Path

    @property
    def chapter(self) -> str:
        return self.path.parent.name

    @property
    def name(self) -> str:
        """``chapter/name``: the test id, and what ``-k "chapter/"`` selects."""
        return f"{self.chapter}/{self.path.stem}"

    @property
    def target(self) -> str:
        """How a page includes it: ``chapter/name.py``."""
        return f"{self.chapter}/{self.path.name}"

    @property
    def relpath(self) -> str:
        return layout().relative(self.path)

    @property
    def output_path(self) -> Path:
        return self.path.with_suffix(".out")

    @property
    def figure_dir(self) -> Path:
        return layout().figures / self.chapter

    @property
    def timeout(self) -> float:
        """Seconds one run may take: ``# timeout: N`` among its first comment lines,
        else :data:`DEFAULT_TIMEOUT`."""
        with self.path.open(encoding="utf-8") as source:
            for line in source:
                if not line.startswith("#"):
                    break
                found = TIMEOUT.match(line.strip())
                if found:
                    return float(found["seconds"])
        return DEFAULT_TIMEOUT


@dataclass(frozen=True)
class Run:
    stdout: str
    figures: dict[str, bytes]


class SnippetFailed(Exception):
    """A snippet raised, hung or crashed; the message names its file."""


def all_snippets() -> list[Snippet]:
    return [Snippet(p) for p in sorted(layout().snippets.glob("*/*.py"))]


def prepare_process() -> None:
    """Settings every snippet process needs: figures byte-for-byte reproducible
    (no timestamps, no random ids) and no display."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    os.environ["SOURCE_DATE_EPOCH"] = "0"


_NUMPY_PRINT_DEFAULTS: dict[str, Any] = {}


def reset_global_state() -> None:
    """Undo what one snippet may have changed for the next one."""
    import matplotlib
    import matplotlib.pyplot as plt
    import numpy as np
    import pandas as pd
    import torch

    if not _NUMPY_PRINT_DEFAULTS:
        _NUMPY_PRINT_DEFAULTS.update(np.get_printoptions())
    plt.close("all")
    matplotlib.rcdefaults()
    matplotlib.rcParams["svg.hashsalt"] = "d2l-tested"
    torch.set_printoptions(profile="default", sci_mode=None)
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)
    np.set_printoptions(**_NUMPY_PRINT_DEFAULTS)
    pd.reset_option("display")
    # Fresh, unpredictable seeds: a snippet that forgets to seed prints
    # something different on each run, and the determinism check catches it.
    torch.manual_seed(secrets.randbits(63))
    np.random.seed(secrets.randbits(32))
    random.seed(secrets.randbits(64))


@contextlib.contextmanager
def torch_threads(threads: int | None):
    """Run with ``torch.set_num_threads(threads)`` (None: as it is), then restore."""
    if threads is None:
        yield
        return
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def execute(
    path: Path,
    workdir: Path,
    *,
    namespace: dict | None = None,
    threads: int | None = None,
) -> Run:
    """Run the program at ``path`` in ``workdir``; what it printed and drew.

    With ``namespace=None`` it runs as ``python path`` would (``runpy``, a fresh
    ``__main__``); with a dict, in that namespace, as a notebook cell runs in its
    kernel. Raises :class:`SnippetFailed` naming the file and line if it raises.
    """
    path = Path(path)
    workdir.mkdir(parents=True, exist_ok=True)
    # A figure counts when it is new or rewritten: notebook cells share a folder.
    before = {p: p.stat().st_mtime_ns for p in workdir.iterdir()}
    buffer = io.StringIO()
    old_cwd = Path.cwd()
    os.chdir(workdir)
    try:
        with contextlib.redirect_stdout(buffer), torch_threads(threads):
            if namespace is None:
                runpy.run_path(str(path), run_name="__main__")
            else:
                code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
                exec(code, namespace)  # noqa: S102 - a notebook cell, as a kernel runs it
    except BaseException as error:  # noqa: BLE001 - reported with file and line
        raise SnippetFailed(describe_failure(path, error)) from None
    finally:
        os.chdir(old_cwd)
    figures = {
        p.name: p.read_bytes()
        for p in sorted(workdir.iterdir())
        if p.suffix == ".svg" and before.get(p) != p.stat().st_mtime_ns
    }
    return Run(stdout=buffer.getvalue(), figures=figures)


def run_in_process(
    snippet: Snippet, workdir: Path, *, threads: int | None = None
) -> Run:
    """Run a snippet in this process, as ``python snippet.py`` would, between two
    resets of the global state."""
    reset_global_state()
    try:
        return execute(snippet.path, workdir, threads=threads)
    finally:
        reset_global_state()


def describe_failure(path: Path, error: BaseException) -> str:
    frames = [
        f for f in traceback.extract_tb(error.__traceback__) if Path(f.filename) == path
    ]
    name = layout().relative(path)
    where = f"{name}, line {frames[-1].lineno}" if frames else name
    code = f"\n    {frames[-1].line}" if frames and frames[-1].line else ""
    trace = "".join(traceback.format_list(frames)).rstrip()
    return f"{where} raised {type(error).__name__}: {error}{code}\n\n{trace}"
