"""Snippets, and how one runs: in a Python process, as ``python snippet.py`` would.

A chapter is ``docs/<chapter>.md`` plus its snippets in ``snippets/<chapter>/``.
Each snippet ``<name>.py`` is a complete program; ``<name>.out`` beside it is what
it prints, and ``<name>.err``, where there is one, what it writes to stderr (a
warning): a reader's terminal shows both, so the page shows both. A snippet that draws a figure writes ``<figure>.svg`` into its working
directory; the committed copy lives in ``docs/figures/<chapter>/<figure>.svg``.
Nothing here knows about any particular chapter.

:func:`run_in_process` runs a snippet in the calling process with ``runpy``, after
resetting what an earlier snippet may have changed (print options, default dtype,
matplotlib state, seeds, which warnings were already shown). The tests call it through :mod:`tested_docs.worker`, in
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
import sys
import sysconfig
import tempfile
import traceback
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tested_docs.layout import layout, layout_of

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
        return layout_of(self.path).relative(self.path)

    @property
    def output_path(self) -> Path:
        return self.path.with_suffix(".out")

    @property
    def error_path(self) -> Path:
        """``<name>.err``: what the snippet writes to stderr, where it writes anything."""
        return self.path.with_suffix(".err")

    @property
    def figure_dir(self) -> Path:
        return layout_of(self.path).figures / self.chapter

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
    stderr: str = ""


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
_TORCH_THREADS: list[int] = []
_WARNING_FILTERS: list = []


def reset_global_state() -> None:
    """Undo what one snippet may have changed for the next one, in the libraries
    imported so far (the worker imports them all when it starts, see
    :func:`preload`)."""
    modules = sys.modules
    if "numpy" in modules and not _NUMPY_PRINT_DEFAULTS:
        _NUMPY_PRINT_DEFAULTS.update(modules["numpy"].get_printoptions())
    if not _WARNING_FILTERS:
        _WARNING_FILTERS.extend(warnings.filters)
    # A warning shows once per place in a process: forget the ones shown, so that
    # each snippet warns as it does in a fresh `python`.
    warnings.filters[:] = _WARNING_FILTERS
    warnings.onceregistry.clear()
    warnings._filters_mutated()  # empties every module's __warningregistry__
    # Fresh, unpredictable seeds: a snippet that forgets to seed prints
    # something different on each run, and the determinism check catches it.
    random.seed(secrets.randbits(64))
    if "matplotlib.pyplot" in modules:
        modules["matplotlib.pyplot"].close("all")
    if "matplotlib" in modules:
        modules["matplotlib"].rcdefaults()
        modules["matplotlib"].rcParams["svg.hashsalt"] = "d2l-tested"
    if "torch" in modules:
        torch = modules["torch"]
        torch.set_printoptions(profile="default", sci_mode=None)
        torch.set_default_dtype(torch.float32)
        torch.set_grad_enabled(True)
        torch.manual_seed(secrets.randbits(63))
        # A snippet may pin torch to one thread; the next one gets the default again.
        if not _TORCH_THREADS:
            _TORCH_THREADS.append(torch.get_num_threads())
        torch.set_num_threads(_TORCH_THREADS[0])
    if "numpy" in modules:
        modules["numpy"].set_printoptions(**_NUMPY_PRINT_DEFAULTS)
        modules["numpy"].random.seed(secrets.randbits(32))
    if "pandas" in modules:
        modules["pandas"].reset_option("display")


# What the snippets use, imported once by each worker when it starts.
PRELOADED = ("torch", "numpy", "pandas", "matplotlib", "matplotlib.pyplot")


def preload() -> None:
    """Import :data:`PRELOADED` (then reset them), unless ``TESTED_DOCS_PRELOAD=0``:
    the engine's own tests run scratch snippets that need none of them."""
    if os.environ.get("TESTED_DOCS_PRELOAD") != "0":
        import importlib

        for name in PRELOADED:
            importlib.import_module(name)
    reset_global_state()


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
        with (
            contextlib.redirect_stdout(buffer),
            captured_stderr() as stderr,
            torch_threads(threads),
        ):
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
    return Run(
        stdout=buffer.getvalue(),
        figures=figures,
        stderr=as_reader_sees(stderr.text, path, workdir),
    )


# Figures are compared to a hundredth of a pixel: a float rounded differently by
# another CPU moves an SVG coordinate by a millionth of a pixel (seen on 6 December
# 2026 in 8 figures of training curves and axis limits), which nobody can see.
FIGURE_TOLERANCE = 0.01
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?")


def figure_difference(committed: str, drawn: str) -> str | None:
    """How two SVG texts differ as figures, or None where they are the same figure:
    the same text around the numbers, each number within :data:`FIGURE_TOLERANCE`."""
    if committed == drawn:
        return None
    if _NUMBER.split(committed) != _NUMBER.split(drawn):
        return "other elements or text"
    pairs = zip(_NUMBER.findall(committed), _NUMBER.findall(drawn), strict=True)
    worst = max(abs(float(a) - float(b)) for a, b in pairs)
    return None if worst <= FIGURE_TOLERANCE else f"a coordinate moved by {worst:.3g}"


def same_figure(committed: str, drawn: str) -> bool:
    """Whether two SVG texts are the same figure (:func:`figure_difference`)."""
    return figure_difference(committed, drawn) is None


@dataclass(frozen=True)
class Difference:
    """A committed file that a run does not reproduce."""

    path: Path  # the .out, the .err or the figure
    committed: str | None  # its text; None where it does not exist
    obtained: str  # what the run printed, wrote to stderr or drew
    how: str = ""  # for a figure, how it differs (figure_difference)


def differences(snippet: Snippet, run: Run) -> list[Difference]:
    """The files a run does not reproduce: its ``.out``, its ``.err`` (a run with no
    ``.err`` must write nothing to stderr) and the figures it drew (compared to
    :data:`FIGURE_TOLERANCE`)."""
    found = []
    for path, obtained in (
        (snippet.output_path, run.stdout),
        (snippet.error_path, run.stderr),
    ):
        committed = path.read_text(encoding="utf-8") if path.is_file() else None
        if obtained != (committed or ""):
            found.append(Difference(path, committed, obtained))
    for name, content in run.figures.items():
        path, drawn = snippet.figure_dir / name, content.decode("utf-8")
        if not path.is_file():
            found.append(Difference(path, None, drawn, "not committed"))
            continue
        how = figure_difference(path.read_text(encoding="utf-8"), drawn)
        if how:
            found.append(Difference(path, path.read_text(encoding="utf-8"), drawn, how))
    return found


class _Captured:
    text = ""


@contextlib.contextmanager
def captured_stderr():
    """Everything written to stderr meanwhile: through ``sys.stderr`` (warnings,
    logging) and straight to file descriptor 2 (a C extension's messages)."""
    captured = _Captured()
    buffer = io.StringIO()
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as descriptor_2:
        os.dup2(descriptor_2.fileno(), 2)
        try:
            with contextlib.redirect_stderr(buffer):
                yield captured
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            descriptor_2.seek(0)
            raw = descriptor_2.read().decode("utf-8", errors="replace")
            captured.text = buffer.getvalue() + raw


def _install_prefixes() -> dict[str, str]:
    """Folders whose names differ from one installation to another, and how the
    pages write them: a warning from torch names ``.../site-packages/torch/...``."""
    paths = sysconfig.get_paths()
    return {
        paths["purelib"]: ".../site-packages",
        paths["platlib"]: ".../site-packages",
        paths["stdlib"]: f".../lib/python{sys.version_info[0]}.{sys.version_info[1]}",
    }


def as_reader_sees(text: str, path: Path, workdir: Path) -> str:
    """stderr as a reader's terminal shows it after ``python <name>.py``, with the
    folders that differ from one machine to another written ``...``: the snippet's
    (Python names a script by its absolute path) and this installation's of Python.
    A file the snippet made in its working folder is named as it is, relative."""
    if not text:
        return text
    text = text.replace(str(path), f".../{path.name}")
    text = text.replace(f"{Path(workdir).resolve()}/", "").replace(f"{workdir}/", "")
    for prefix, shown in sorted(_install_prefixes().items(), key=lambda p: -len(p[0])):
        text = text.replace(prefix, shown)
    return text


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
    name = layout_of(path).relative(path)
    where = f"{name}, line {frames[-1].lineno}" if frames else name
    code = f"\n    {frames[-1].line}" if frames and frames[-1].line else ""
    trace = "".join(traceback.format_list(frames)).rstrip()
    return f"{where} raised {type(error).__name__}: {error}{code}\n\n{trace}"
