"""Benchmark: how long a one-formula edit takes to reach the page under `./dev serve`.

Run with `./dev serve-bench` (or `.venv/bin/python scripts/bench_serve.py`). Starts
`mkdocs serve --dirty` as `./dev serve` does, on a free port, and waits for the
chapter's page; then, `--edits` times, changes the chapter's first inline formula
(``$x$`` becomes ``$q_{1} + x$``, a new one each time) and measures from the write
until the page serves that formula typeset (its ``data-tex``). The chapter file is
restored at the end, whatever happens. A benchmark, not a test: nothing fails on a
number.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request

from tested_docs.layout import layout
from tested_docs.site import chapter_url

INLINE = re.compile(r"(?<![\\$])\$(?!\$)(?=\S)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until the page at url contains text."""
    start = time.perf_counter()
    while text not in fetch(url):
        if time.perf_counter() - start > timeout:
            sys.exit(f"{url} did not show {text!r} within {timeout:.0f} s")
        time.sleep(0.05)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chapter", default="calculus", help="docs/<chapter>.md")
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args()

    site = layout()
    page = site.docs / f"{args.chapter}.md"
    original = page.read_text(encoding="utf-8")
    first = INLINE.search(original)
    if first is None:
        sys.exit(f"{site.relative(page)} has no inline formula")
    port = free_port()
    url = f"http://127.0.0.1:{port}{site.site_path}{chapter_url(page.name)}"
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty"]
    server = subprocess.Popen(
        [*command, "--dev-addr", f"127.0.0.1:{port}"],
        cwd=site.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        served = wait_for(url, "<mjx-container", timeout=300)
        print(f"first build, page served: {served:.1f} s")
        time.sleep(2)  # let the watcher settle
        for n in range(1, args.edits + 1):
            marker = f"q_{{{n}{time.time_ns() % 10_000}}} + "
            at = first.end()
            page.write_text(original[:at] + marker + original[at:], encoding="utf-8")
            seconds = wait_for(url, f'data-tex="{html.escape(marker)}', timeout=60)
            print(f"edit {n}: on the page after {seconds:.2f} s")
            time.sleep(1.5)
    finally:
        page.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
