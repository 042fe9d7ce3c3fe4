"""Snippets and tooling are ruff-clean and ruff-formatted."""

import subprocess
import sys

from harness import ROOT

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
