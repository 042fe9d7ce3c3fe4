"""Benchmark: Lighthouse on every chapter page, mobile and desktop presets.

Run with `./dev lighthouse` (which installs Lighthouse, pinned in package.json, with
`npm ci`). Builds the site (`mkdocs build --strict`, or takes `--site DIR`), serves it
on 127.0.0.1 gzip-compressed as a static server would (tested_docs/site.py), and runs
Lighthouse in Debian's chromium (/usr/bin/chromium) on each chapter page (the
rendered notebooks too with `--notebooks`), once per preset: `mobile` (Lighthouse's
default: a mid-range phone on slow 4G, simulated) and `desktop`.

Prints one table: the four category scores (performance, accessibility, best
practices, SEO), First Contentful Paint, Largest Contentful Paint, Total Blocking Time,
Cumulative Layout Shift and the bytes transferred (Lighthouse's total byte weight),
then, per preset, the worst page of each and the targets of issue 9 (mobile:
performance >= 95 on every chapter page, TBT <= 200 ms, CLS <= 0.02, heaviest page
<= 300 KiB). A benchmark, not a test: nothing fails on a number. `--json FILE` keeps
the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tested_docs.site import (
    CHROMIUM,
    CHROMIUM_ARGS,
    serving,
    site_pages,
    site_to_measure,
)

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "tbt": 200, "cls": 0.02, "kib": 300}


def run_lighthouse(url: str, preset: str, timeout: int) -> dict:
    """One Lighthouse run; the numbers of the report."""
    flags = [f for f in CHROMIUM_ARGS if f != "--disable-gpu"] + ["--headless=new"]
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(flags)}",
        "--max-wait-for-load=30000",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"lighthouse {url} ({preset}) failed:\n{result.stderr[-2000:]}"
        )
    report = json.loads(result.stdout)
    audits = report["audits"]

    def value(audit: str) -> float:
        return audits[audit].get("numericValue") or 0.0

    failed = sorted(
        audit
        for category in CATEGORIES
        for ref in report["categories"][category]["auditRefs"]
        if ref.get("weight")
        and (audit := ref["id"]) in audits
        and audits[audit].get("score") is not None
        and audits[audit]["score"] < 1
        and category != "performance"
    )
    return {
        **{c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES},
        "fcp": value("first-contentful-paint"),
        "lcp": value("largest-contentful-paint"),
        "tbt": value("total-blocking-time"),
        "cls": value("cumulative-layout-shift"),
        "bytes": value("total-byte-weight"),
        "failed": failed,
    }


def table(rows: list[dict]) -> str:
    width = max(len(row["page"]) for row in rows)
    header = (
        f"{'page':<{width}} {'preset':<7} {'perf':>4} {'a11y':>4} {'best':>4} "
        f"{'seo':>4} {'FCP s':>6} {'LCP s':>6} {'TBT ms':>6} {'CLS':>6} {'KiB':>5}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        lines.append(
            f"{row['page']:<{width}} {row['preset']:<7} {row['performance']:>4} "
            f"{row['accessibility']:>4} {row['best-practices']:>4} {row['seo']:>4} "
            f"{row['fcp'] / 1000:>6.2f} {row['lcp'] / 1000:>6.2f} {row['tbt']:>6.0f} "
            f"{row['cls']:>6.3f} {row['bytes'] / 1024:>5.0f}"
        )
    lines.append("")
    for preset in dict.fromkeys(row["preset"] for row in rows):
        mine = [row for row in rows if row["preset"] == preset]
        slowest = min(mine, key=lambda r: r["performance"])
        blocking = max(mine, key=lambda r: r["tbt"])
        shifting = max(mine, key=lambda r: r["cls"])
        heaviest = max(mine, key=lambda r: r["bytes"])
        a11y = min(mine, key=lambda r: r["accessibility"])
        lines.append(
            f"{preset}: performance min {slowest['performance']} ({slowest['page']}), "
            f"TBT max {blocking['tbt']:.0f} ms ({blocking['page']}), "
            f"CLS max {shifting['cls']:.3f} ({shifting['page']}), "
            f"heaviest {heaviest['bytes'] / 1024:.0f} KiB ({heaviest['page']}), "
            f"accessibility min {a11y['accessibility']} ({a11y['page']})"
        )
        if preset == "mobile":
            met = (
                slowest["performance"] >= TARGETS["performance"]
                and blocking["tbt"] <= TARGETS["tbt"]
                and shifting["cls"] <= TARGETS["cls"]
                and heaviest["bytes"] / 1024 <= TARGETS["kib"]
            )
            lines.append(
                f"  targets (performance >= {TARGETS['performance']}, TBT <= "
                f"{TARGETS['tbt']} ms, CLS <= {TARGETS['cls']}, heaviest <= "
                f"{TARGETS['kib']} KiB): {'met' if met else 'NOT met'}"
            )
    failing = sorted({audit for row in rows for audit in row["failed"]})
    if failing:
        lines.append(f"audits below 100 outside performance: {', '.join(failing)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument(
        "--preset",
        choices=["mobile", "desktop", "both"],
        default="both",
        help="Lighthouse preset(s) (default: both)",
    )
    parser.add_argument(
        "--pages", help="comma-separated page paths, e.g. 'linear-algebra/,'"
    )
    parser.add_argument(
        "--notebooks", action="store_true", help="the rendered notebooks too"
    )
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    parser.add_argument("--timeout", type=int, default=180, help="seconds per run")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} not found: apt-get install chromium")
    if not LIGHTHOUSE.exists() or shutil.which("node") is None:
        sys.exit("Lighthouse not installed: run ./dev lighthouse (npm ci)")
    presets = ["mobile", "desktop"] if args.preset == "both" else [args.preset]

    with site_to_measure(args.site) as site:
        if args.pages is not None:
            pages = [p.strip() for p in args.pages.split(",")]
        else:
            pages = [
                p
                for p in site_pages(site)
                if args.notebooks or not p.startswith("notebooks/")
            ]
        rows = []
        with serving(site, gzip=True) as server:
            for preset in presets:
                for relative in pages:
                    print(f"lighthouse /{relative} ({preset}) ...", file=sys.stderr)
                    numbers = run_lighthouse(
                        server.base_url + relative, preset, args.timeout
                    )
                    rows.append({"page": "/" + relative, "preset": preset, **numbers})
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
