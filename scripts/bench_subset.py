"""Time the whole test command on a copy of the site cut down to some chapters.

    .venv/bin/python scripts/bench_subset.py [CHAPTER ...]
    .venv/bin/python scripts/bench_subset.py --at COMMIT

The copy is a clone of this repository's last commit in a temporary folder, with
every other chapter removed (its page, snippets and figures, its line in the nav, and
links to it turned into plain text); the tests then run there as `./dev test` runs
them, with this checkout's virtual environment and node_modules. Without arguments
it keeps the 16 chapters the site had when the suite's first time target (under
150 s) was set, and the glossary; with ``--at COMMIT``, the chapters the site had at
that commit (``--at 9bf28e5``: the 31 of issue 25's target, under 120 s). Prints the
wall time and pytest's last line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tested_docs.layout import layout

FIRST_CHAPTERS = [
    "index",
    "install",
    "introduction",
    "data-manipulation",
    "data-preprocessing",
    "linear-algebra",
    "calculus",
    "autograd",
    "probability",
    "lookup-api",
    "linear-regression",
    "losses",
    "optimization",
    "activations",
    "numpy-basics",
    "tensor-advanced",
    "glossary",
]


def cut_down(root: Path, keep: set[str]) -> list[str]:
    """Remove every chapter of the copy at ``root`` that is not in ``keep``."""
    removed = sorted(p.stem for p in (root / "docs").glob("*.md") if p.stem not in keep)
    for name in removed:
        for path in (root / "docs" / f"{name}.md", root / "snippets" / name):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
        shutil.rmtree(root / "docs" / "figures" / name, ignore_errors=True)
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for name in removed:
        text = re.sub(rf"\n\s*- [^\n]*: {re.escape(name)}\.md", "", text)
    # A nav section left with no page ("  - 卷积神经网络:" and nothing under it).
    text = re.sub(r"\n( *)- [^\n:]+:(?=\n(?!\1  ))", "", text)
    config.write_text(text, encoding="utf-8")
    for page in (root / "docs").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        for name in removed:
            text = re.sub(
                rf"\[([^\]]*)\]\({re.escape(name)}\.md(#[^)]*)?\)", r"\1", text
            )
        page.write_text(text, encoding="utf-8")
    return removed


def main() -> int:
    here = layout().root
    if sys.argv[1:2] == ["--at"]:
        listed = subprocess.run(
            ["git", "ls-tree", "--name-only", sys.argv[2], "docs/"],
            cwd=here,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        keep = {Path(p).stem for p in listed if p.endswith(".md")}
    else:
        keep = set(sys.argv[1:] or FIRST_CHAPTERS)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp, "site")
        subprocess.run(["git", "clone", "-q", str(here), str(copy)], check=True)
        (copy / "node_modules").symlink_to(here / "node_modules")
        removed = cut_down(copy, keep)
        snippets = len(list((copy / "snippets").glob("*/*.py")))
        print(
            f"kept {len(keep)} chapters ({snippets} snippets), removed {len(removed)}"
        )
        start = time.perf_counter()
        result = subprocess.run(
            [str(here / ".venv/bin/pytest"), "-q", "-n", "auto", "--dist", "worksteal"],
            cwd=copy,
            env={**os.environ, "PYTHONPATH": str(copy)},
            capture_output=True,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - start
        lines = result.stdout.strip().splitlines()
        print(
            f"whole test command: {wall:.1f} s; {lines[-1] if lines else result.stderr}"
        )
        return result.returncode


if __name__ == "__main__":
    sys.exit(main())
