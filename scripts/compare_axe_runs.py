"""Measure what the page check's single axe-core run leaves to other checks.

The page check (tests/browser/reader.py, ``Reader.check``) runs axe-core once a page,
at phone width, in one colour scheme, and text-contrast.js on all text in the other.
This script measures, on every page of a built site, the three facts that make that
equal to a full axe-core run in each scheme and at each width
(design/browser-tests.md, "One axe-core run a page"):

1. at one width, axe-core finds the same in both schemes, node for node, but for
   color-contrast (and the palette toggle, whose visible label changes);
2. text-contrast.js gives axe-core's verdict on every node whose contrast axe-core
   tells, in both schemes (and checks nodes axe-core skips);
3. inside the article, desktop width shows nothing axe-core checks that phone width
   does not (phone width scrolls more boxes; table cells clipped in a scroll box at
   phone width are read by text-contrast.js there).

Usage: .venv/bin/python scripts/compare_axe_runs.py [SITE_DIR]   (default: site/)
Takes about 5 minutes for 101 pages on 2 cores; prints a line a page, then totals.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests/browser"))

from playwright.sync_api import sync_playwright
from reader import AXE, AXE_PATH, DESKTOP, PHONE, Reader, js

from tested_docs.site import CHROMIUM, CHROMIUM_ARGS, serving, site_pages

# axe-core's color-contrast and text-contrast.js on the same nodes.
CONTRAST_VERDICTS = """async (textContrast) => {
  const ours = new Map();
  eval(textContrast)({ selector: "body *", targets: [], verdicts: ours });
  const result = await axe.run(document, {
    runOnly: { type: "rule", values: ["color-contrast"] },
    resultTypes: ["passes", "violations", "incomplete"], elementRef: true, preload: false,
  });
  const out = { told: 0, same: 0, differ: [], notOurs: [], unsure: 0, oursMore: 0, maxGap: 0 };
  const seen = new Set();
  for (const kind of ["passes", "violations", "incomplete"])
    for (const node of result[kind].flatMap((rule) => rule.nodes)) {
      seen.add(node.element);
      if (kind === "incomplete") { out.unsure += 1; continue; }
      out.told += 1;
      const mine = ours.get(node.element);
      if (!mine) { out.notOurs.push(node.target.join(" ")); continue; }
      const theirs = node.any[0]?.data?.contrastRatio;
      if (theirs) out.maxGap = Math.max(out.maxGap, Math.abs(mine.ratio - theirs));
      if (mine.passes === (kind === "passes")) out.same += 1;
      else out.differ.push(`${node.target.join(" ")}: axe-core ${theirs}, ours ${mine.ratio.toFixed(2)}`);
    }
  out.oursMore = [...ours.keys()].filter((el) => !seen.has(el)).length;
  return out;
}"""
IN_ARTICLE = """() => [...window.__nodeIds]
    .filter(([el]) => el.closest(".md-content")).map(([, id]) => id)"""


def kinds(findings) -> collections.Counter:
    """ "passes region token#12" -> "passes region"."""
    return collections.Counter(" ".join(f.split()[:2]) for f in findings)


def measure(reader: Reader, url: str) -> dict:
    page = reader.page
    page.goto("about:blank")
    page.set_viewport_size(PHONE)
    assert not reader.open(reader.base + url), url
    page.add_script_tag(url=reader.base + AXE_PATH)
    assert not reader.run("set-aside"), url
    first = collections.Counter(reader.run("axe-run", True))
    contrast = [page.evaluate(CONTRAST_VERDICTS, js("text-contrast"))]
    reader.toggle()
    second = collections.Counter(reader.run("axe-run", True))
    contrast.append(page.evaluate(CONTRAST_VERDICTS, js("text-contrast")))
    page.set_viewport_size(DESKTOP)
    desktop = collections.Counter(reader.run("axe-run", True))
    article = set(page.evaluate(IN_ARTICLE))
    width = (desktop - second) + (second - desktop)
    return {
        "page": url,
        "between schemes": kinds((first - second) + (second - first)),
        "between widths, in the article": kinds(
            f for f in width.elements() if int(f.rpartition("#")[2]) in article
        ),
        "contrast": contrast,
    }


def main() -> None:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site")
    totals: dict[str, collections.Counter] = collections.defaultdict(
        collections.Counter
    )
    differ: list[str] = []
    with (
        serving(site, extra={AXE_PATH: AXE}) as server,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        context = browser.new_context(
            viewport=PHONE, service_workers="block", reduced_motion="reduce"
        )
        reader = Reader(context, server.base_url)
        for url in site_pages(site):
            result = measure(reader, url)
            print(json.dumps(result, ensure_ascii=False), flush=True)
            totals["between schemes"] += result["between schemes"]
            totals["between widths, in the article"] += result[
                "between widths, in the article"
            ]
            for scheme in result["contrast"]:
                differ += [f"/{url}: {d}" for d in scheme.pop("differ")]
                totals["not checked by text-contrast.js"].update(scheme.pop("notOurs"))
                gap = scheme.pop("maxGap")
                totals["largest ratio gap, x1000"]["max"] = max(
                    totals["largest ratio gap, x1000"]["max"], round(gap * 1000)
                )
                totals["contrast"] += scheme
        browser.close()
    for name, counter in totals.items():
        print(f"{name}: {dict(counter)}")
    print(f"verdicts that differ: {len(differ)}", *differ[:20], sep="\n  ")


if __name__ == "__main__":
    main()
