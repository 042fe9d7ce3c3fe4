"""Benchmark: the weight and the speed of every page, in headless chromium.

Run with `./dev pages` (or `.venv/bin/python scripts/bench_pages.py`). Builds the
site (`mkdocs build --strict`, or takes `--site DIR`), serves it on 127.0.0.1 as a
static server would (gzip level 6 for text, tested_docs/site.py), and loads each
page in a fresh browser context (empty cache, as a first visit). For each page:

* requests and bytes transferred: every response body the page loads, gzip-compressed
  where a static server compresses (HTML, CSS, JS, JSON, SVG; fonts and PNG as they
  are), counted by the server; HTTP headers are not counted;
* of those, the bytes of MathJax (its stylesheet and the fonts the page uses; the
  formulas themselves are typeset when the site is built, inside the HTML);
* `load`: from the start of navigation to the window's load event;
* `math fonts`: from the start of navigation until the last MathJax font the page
  uses has arrived (every formula drawn); the median of `--runs` loads.

Prints a table sorted by page, then the largest page. A benchmark, not a test:
nothing fails on a number.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import urllib.parse
from pathlib import Path

from tested_docs.site import (
    CHROMIUM,
    CHROMIUM_ARGS,
    serving,
    site_pages,
    site_to_measure,
)

TYPESET_DONE = """async () => {
    await document.fonts.ready;
    const fonts = performance.getEntriesByType("resource")
        .filter(entry => entry.name.includes("/assets/mathjax/fonts/"))
        .map(entry => entry.responseEnd);
    return fonts.length ? Math.max(...fonts) : null;
}"""
LOAD_END = "performance.getEntriesByType('navigation')[0].loadEventEnd"


def measure(browser, server, url: str) -> dict:
    """One cold load of url: bytes, requests, load and math-font times."""
    server.sent = []
    context = browser.new_context(service_workers="block")
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if urllib.parse.urlsplit(route.request.url).hostname == "127.0.0.1"
            else route.abort("blockedbyclient")
        ),
    )
    page = context.new_page()
    page.goto(url, wait_until="load")
    typeset = page.evaluate(TYPESET_DONE)
    load = page.evaluate(LOAD_END)
    page.wait_for_load_state("networkidle")
    sent = list(server.sent)
    context.close()
    return {
        "requests": len(sent),
        "bytes": sum(size for _, size in sent),
        "mathjax_bytes": sum(size for path, size in sent if "/assets/mathjax/" in path),
        "load": load,
        "typeset": typeset,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--runs", type=int, default=3, help="loads per page (median)")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} not found: apt-get install chromium")

    from playwright.sync_api import sync_playwright

    with site_to_measure(args.site) as site:
        rows = []
        with serving(site, gzip=True) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            for relative in site_pages(site):
                runs = [
                    measure(browser, server, server.base_url + relative)
                    for _ in range(args.runs)
                ]
                typeset = [r["typeset"] for r in runs if r["typeset"] is not None]
                rows.append(
                    {
                        "page": "/" + relative,
                        **runs[0],
                        "load": statistics.median(r["load"] for r in runs),
                        "typeset": statistics.median(typeset) if typeset else None,
                    }
                )
            browser.close()

    print(report(rows, args.runs))


def report(rows: list[dict], runs: int) -> str:
    width = max(len(row["page"]) for row in rows)
    header = (
        f"{'page':<{width}} {'requests':>8} {'KiB gzip':>9} {'MathJax KiB':>11} "
        f"{'load ms':>8} {'math fonts ms':>13}"
    )
    lines = [
        (
            "Page weight and speed, headless chromium on 127.0.0.1, cold cache, "
            f"median of {runs} load(s)"
        ),
        "",
        header,
        "-" * len(header),
    ]
    for row in sorted(rows, key=lambda r: r["page"]):
        typeset = f"{row['typeset']:.0f}" if row["typeset"] is not None else "-"
        lines.append(
            f"{row['page']:<{width}} {row['requests']:>8} {row['bytes'] / 1024:>9.0f} "
            f"{row['mathjax_bytes'] / 1024:>11.0f} {row['load']:>8.0f} {typeset:>13}"
        )
    largest = max(rows, key=lambda r: r["bytes"])
    lines += [
        "",
        (
            f"largest page: {largest['page']} ({largest['bytes'] / 1024:.0f} KiB "
            f"transferred, {largest['requests']} requests)"
        ),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
