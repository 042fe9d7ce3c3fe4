"""Benchmark: the in-process snippet harness against one `python` process per snippet.

Run with `./dev bench`. Prints wall-clock times (not a timed test):

* the whole test command (`pytest`),
* the snippet harness: every snippet run in one process, as tests/test_snippets.py does,
* the naive loop: `python snippet.py` in a fresh process for every snippet.

The naive loop also checks each process's stdout against the committed `.out`,
so the benchmark doubles as proof that in-process and stand-alone runs agree.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

HARNESS_LOOP = """
import sys, tempfile, time
from pathlib import Path
start = time.perf_counter()
sys.path.insert(0, "tests")
from harness import all_snippets, run_snippet
with tempfile.TemporaryDirectory() as workdir:
    for snippet in all_snippets():
        run_snippet(snippet, Path(workdir) / snippet.name)
print(time.perf_counter() - start)
"""


def time_command(command: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    result = subprocess.run(
        command, check=False, cwd=ROOT, capture_output=True, text=True
    )
    return time.perf_counter() - start, result


def per_process_loop(snippets) -> tuple[float, list[str]]:
    mismatches = []
    start = time.perf_counter()
    for snippet in snippets:
        with tempfile.TemporaryDirectory() as workdir:
            result = subprocess.run(
                [sys.executable, str(snippet.path)],
                check=False,
                cwd=workdir,
                capture_output=True,
                text=True,
            )
        if result.stdout != snippet.output_path.read_text(encoding="utf-8"):
            mismatches.append(snippet.relpath)
    return time.perf_counter() - start, mismatches


def main() -> int:
    from harness import all_snippets

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-suite", action="store_true", help="do not time the whole test command"
    )
    args = parser.parse_args()

    snippets = all_snippets()
    rows = []
    if not args.skip_suite:
        suite_time, suite = time_command([sys.executable, "-m", "pytest", "-q"])
        tail = suite.stdout.strip().splitlines()[-1] if suite.stdout.strip() else ""
        rows.append(("whole test command (pytest)", suite_time, tail))

    harness_wall, harness = time_command([sys.executable, "-c", HARNESS_LOOP])
    if harness.returncode != 0:
        print(harness.stderr, file=sys.stderr)
        return 1
    rows.append(
        ("snippet harness, one process", harness_wall, f"{len(snippets)} snippets")
    )

    loop_time, mismatches = per_process_loop(snippets)
    rows.append(
        (
            "one `python` process per snippet",
            loop_time,
            f"{len(snippets) - len(mismatches)}/{len(snippets)} outputs match",
        )
    )

    width = max(len(name) for name, _, _ in rows)
    print(f"{'what':<{width}}  {'seconds':>8}  note")
    for name, seconds, note in rows:
        print(f"{name:<{width}}  {seconds:8.2f}  {note}")
    print(f"\nharness speed-up over per-process loop: {loop_time / harness_wall:.1f}x")
    if mismatches:
        print("stand-alone output differs from .out for:", *mismatches, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
