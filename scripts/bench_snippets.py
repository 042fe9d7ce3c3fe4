"""Benchmark: the test suite per part, and the snippet harness against one process
per snippet.

Run with `./dev bench` (`--skip-suite` leaves out the suite). Prints wall-clock
times (a benchmark, not a test: nothing fails on a number):

* the whole test command, as `./dev test` runs it (pytest-xdist, `-n auto`,
  `--dist worksteal`), and
  the seconds its tests took per part, added up over the test processes: snippets
  (the fences of docs/<chapter>.md), notebooks (tests/test_notebooks.py, without the build),
  the site build (`mkdocs build --strict`, once), the site checks (tests/test_site.py),
  the browser (tests/browser/) and the rest (sync, style, chapter model...);
* the snippet harness: every snippet run once in one worker process, as the
  chapters' fence tests run them (imports paid once);
* the naive loop: `python snippet.py` in a fresh process for every snippet (or a
  sample of them, `--sample N`, for both this and the harness). It also
  checks each process's stdout against the committed `.out`, so the benchmark
  doubles as proof that harness and stand-alone runs agree.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from tested_docs.layout import layout
from tested_docs.snippets import Snippet, SnippetFailed, all_snippets
from tested_docs.worker import Worker, snippet_environment

PARTS = {
    "tests/test_notebooks.py": "notebooks",
    "tests/test_site.py": "site checks",
    "tests/browser/": "browser",
}


def suite(workers: str) -> tuple[float, dict[str, float], str]:
    """Wall time of the suite, seconds per part, and pytest's last line."""
    with tempfile.TemporaryDirectory() as tmp:
        report, timings = Path(tmp, "report.xml"), Path(tmp, "timings")
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-n", workers, "--dist", "worksteal"]
            + [f"--junitxml={report}", "-o", "junit_duration_report=total"],
            check=False,
            cwd=layout().root,
            capture_output=True,
            text=True,
            env={**os.environ, "TESTED_DOCS_TIMINGS": str(timings)},
        )
        wall = time.perf_counter() - start
        parts: dict[str, float] = defaultdict(float)
        for case in ET.parse(report).iter("testcase"):
            path = case.get("file") or case.get("classname", "").replace(".", "/")
            path = path if path.endswith((".py", ".md")) else path + ".py"
            part = next(
                (name for start, name in PARTS.items() if path.startswith(start)),
                "snippets" if path.startswith("docs") else "other",
            )
            parts[part] += float(case.get("time", 0))
        build = sum(
            float(line.split()[1])
            for line in (timings.read_text().splitlines() if timings.exists() else [])
        )
    # The build runs inside the first test that needs the site: count it apart.
    parts["site build"] = build
    for part in ("site checks", "notebooks", "browser"):
        if parts[part] >= build:
            parts[part] -= build
            break
    lines = result.stdout.strip().splitlines()
    return wall, dict(parts), lines[-1] if lines else result.stderr[-500:]


def harness(snippets: list[Snippet]) -> tuple[float, float, list[str]]:
    """Seconds to start the worker, to run every snippet in it, and failures."""
    failures = []
    with tempfile.TemporaryDirectory() as workdir, Worker() as worker:
        start = time.perf_counter()
        worker.start()
        worker.new_namespace()  # waits until the worker has imported everything
        started = time.perf_counter()
        for snippet in snippets:
            try:
                run = worker.run(snippet, Path(workdir) / snippet.name)
            except SnippetFailed as error:
                failures.append(str(error).splitlines()[0])
                continue
            if run.stdout != snippet.output_path.read_text(encoding="utf-8"):
                failures.append(f"{snippet.relpath}: output differs from .out")
        return started - start, time.perf_counter() - started, failures


def per_process_loop(snippets: list[Snippet]) -> tuple[float, list[str]]:
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
                env={
                    **snippet_environment(),
                    "MPLBACKEND": "Agg",
                    "SOURCE_DATE_EPOCH": "0",
                },
            )
        if result.stdout != snippet.output_path.read_text(encoding="utf-8"):
            mismatches.append(snippet.relpath)
    return time.perf_counter() - start, mismatches


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-suite", action="store_true", help="do not time the whole test command"
    )
    parser.add_argument(
        "-n", dest="workers", default="auto", help="pytest-xdist workers for the suite"
    )
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="time the harness and the per-process loop on N snippets spread over "
        "all of them (default: every snippet)",
    )
    args = parser.parse_args()

    snippets = all_snippets()
    if args.sample and args.sample < len(snippets):
        snippets = snippets[:: len(snippets) // args.sample][: args.sample]
    rows: list[tuple[str, float, str]] = []
    if not args.skip_suite:
        wall, parts, tail = suite(args.workers)
        rows.append((f"whole test command (pytest -n {args.workers})", wall, tail))
        for part, seconds in sorted(parts.items(), key=lambda p: -p[1]):
            rows.append((f"  {part} (test seconds, all processes)", seconds, ""))

    startup, harness_time, failures = harness(snippets)
    rows.append(("worker start (imports torch, numpy, ...)", startup, "once"))
    rows.append(
        (
            "snippet harness, one worker process",
            harness_time,
            f"{len(snippets)} snippets",
        )
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
    speedup = loop_time / (startup + harness_time)
    print(f"\nharness speed-up over the per-process loop: {speedup:.1f}x")
    for problem in failures:
        print(f"harness: {problem}")
    if mismatches:
        print("stand-alone output differs from .out for:", *mismatches, sep="\n  ")
    return 1 if failures or mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
