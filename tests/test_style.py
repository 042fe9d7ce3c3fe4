"""Snippets and tooling are ruff-clean and ruff-formatted."""

import re
import subprocess
import sys

from harness import ROOT, chapters

PYTHON_DIRS = ["snippets", "tests", "scripts"]


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


def test_chinese_prose_conventions():
    """A space between Chinese and Latin letters or digits; full-width punctuation."""
    problems = []
    for chapter in chapters():
        in_fence = False
        for number, line in enumerate(chapter.read_text(encoding="utf-8").splitlines()):
            if line.strip().startswith("```"):
                in_fence = not in_fence
            if in_fence or line.strip().startswith("```"):
                continue
            prose = line
            for pattern, replacement in NOT_PROSE:
                prose = re.sub(pattern, replacement, prose)
            for match in [*MISSING_SPACE.finditer(prose), *HALF_WIDTH.finditer(prose)]:
                problems.append(
                    f"{chapter.relative_to(ROOT)}:{number + 1}: {match.group()!r}"
                )
    assert not problems, "\n".join(problems)
