"""Snippets and tooling are ruff-clean and ruff-formatted."""

import re
import subprocess
import sys

import pytest

from tested_docs.chapter import chapters
from tested_docs.layout import layout

ROOT = layout().root
# Every folder of Python in the repository.
PYTHON_DIRS = ["snippets", "tests", "scripts", "hooks", "tested_docs"]


def _ruff(*args):
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *PYTHON_DIRS],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_ruff_format():
    result = _ruff("format", "--check", "--diff")
    assert result.returncode == 0, f"run `ruff format`:\n{result.stdout}{result.stderr}"


def test_ruff_check():
    result = _ruff("check")
    assert result.returncode == 0, f"ruff check:\n{result.stdout}{result.stderr}"


CJK = r"[\u4e00-\u9fff]"
LATIN = r"[A-Za-z0-9]"
# Inline code, inline math and link targets are not prose.
NOT_PROSE = [(r"`[^`]*`", "`code`"), (r"\$[^$]*\$", "$m$"), (r"\]\([^)]*\)", "]")]
MISSING_SPACE = re.compile(f"{CJK}{LATIN}|{LATIN}{CJK}")
HALF_WIDTH = re.compile(f"{CJK}[,;:?!]|[,;:?!]{CJK}")


CHAPTERS = chapters()


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.relpath for c in CHAPTERS])
def test_chinese_prose_conventions(chapter):
    """A space between Chinese and Latin letters or digits; full-width punctuation."""
    problems = []
    code = chapter.fence_lines()
    for number, line in enumerate(chapter.text.splitlines(), start=1):
        if number in code:
            continue
        prose = line
        for pattern, replacement in NOT_PROSE:
            prose = re.sub(pattern, replacement, prose)
        for match in [*MISSING_SPACE.finditer(prose), *HALF_WIDTH.finditer(prose)]:
            problems.append(f"{chapter.where}:{number}: {match.group()!r}")
    assert not problems, "\n".join(problems)
