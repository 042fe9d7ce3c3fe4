"""The docs-as-tests harness: one module that serves every chapter.

A chapter is ``docs/<chapter>.md`` plus its snippets in ``snippets/<chapter>/``.
Each snippet ``<name>.py`` is a complete program; ``<name>.out`` beside it is what
it prints. A snippet that draws a figure writes ``<figure>.svg`` into its working
directory; the committed copy lives in ``docs/figures/<chapter>/<figure>.svg``.
Nothing here knows about any particular chapter.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import runpy
import secrets
import traceback
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
FIGURES = DOCS / "figures"

# A line such as: --8<-- "data-manipulation/arange.py"
INCLUDE = re.compile(r'^\s*-{1,}8<-{1,}\s+"([^"]+)"\s*$', re.MULTILINE)

# Figures must be byte-for-byte reproducible: no timestamps, no random ids.
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ["SOURCE_DATE_EPOCH"] = "0"


@dataclass(frozen=True)
class Snippet:
    path: Path

    @property
    def chapter(self) -> str:
        return self.path.parent.name

    @property
    def name(self) -> str:
        return f"{self.chapter}/{self.path.stem}"

    @property
    def relpath(self) -> str:
        return self.path.relative_to(ROOT).as_posix()

    @property
    def output_path(self) -> Path:
        return self.path.with_suffix(".out")

    @property
    def figure_dir(self) -> Path:
        return FIGURES / self.chapter


@dataclass(frozen=True)
class Run:
    stdout: str
    figures: dict[str, bytes]


class SnippetFailed(Exception):
    """A snippet raised; the message names its file and line."""


def all_snippets() -> list[Snippet]:
    return [Snippet(p) for p in sorted(SNIPPETS.glob("*/*.py"))]


def chapters() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def includes(markdown_file: Path) -> list[str]:
    """The snippet paths a chapter includes, relative to ``snippets/``."""
    return INCLUDE.findall(markdown_file.read_text(encoding="utf-8"))


def _reset_global_state() -> None:
    """Undo what one snippet may have changed for the next one."""
    import matplotlib
    import matplotlib.pyplot as plt
    import numpy as np
    import pandas as pd
    import torch

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
    import random

    random.seed(secrets.randbits(64))


def _numpy_print_defaults() -> dict:
    import numpy as np

    return np.get_printoptions()


_NUMPY_PRINT_DEFAULTS = _numpy_print_defaults()


def run_snippet(snippet: Snippet, workdir: Path) -> Run:
    """Run a snippet in this process, in ``workdir``, as ``python snippet.py`` would."""
    _reset_global_state()
    workdir.mkdir(parents=True, exist_ok=True)
    before = set(workdir.iterdir())
    buffer = io.StringIO()
    old_cwd = Path.cwd()
    os.chdir(workdir)
    try:
        with contextlib.redirect_stdout(buffer):
            runpy.run_path(str(snippet.path), run_name="__main__")
    except BaseException as error:  # noqa: BLE001 - reported with file and line
        raise SnippetFailed(_describe_failure(snippet, error)) from None
    finally:
        os.chdir(old_cwd)
        _reset_global_state()
    figures = {
        p.name: p.read_bytes()
        for p in sorted(set(workdir.iterdir()) - before)
        if p.suffix == ".svg"
    }
    return Run(stdout=buffer.getvalue(), figures=figures)


def _describe_failure(snippet: Snippet, error: BaseException) -> str:
    frames = [
        f
        for f in traceback.extract_tb(error.__traceback__)
        if Path(f.filename) == snippet.path
    ]
    where = (
        f"{snippet.relpath}, line {frames[-1].lineno}" if frames else snippet.relpath
    )
    code = f"\n    {frames[-1].line}" if frames and frames[-1].line else ""
    trace = "".join(traceback.format_list(frames)).rstrip()
    return f"{where} raised {type(error).__name__}: {error}{code}\n\n{trace}"


@cache
def snippet_markdown():
    """A Markdown instance whose pymdownx.snippets config is the site's own."""
    import markdown
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    options = dict(config["mdx_configs"]["pymdownx.snippets"])
    options["base_path"] = [str(ROOT / p) for p in options.get("base_path", ["."])]
    return markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": options},
    )


def expand_includes(markdown_text: str) -> str:
    """Expand ``--8<--`` lines exactly as the site build does."""
    md = snippet_markdown()
    md.reset()
    lines = markdown_text.split("\n")
    return "\n".join(md.preprocessors["snippet"].run(lines))
