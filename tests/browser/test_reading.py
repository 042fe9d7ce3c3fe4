"""What a reader does beyond loading a page (follow links, copy and run a block,
search in Chinese, switch the scheme, mistype an address), and what Material's bundle
must not do at load (overrides/javascripts/, design/material-internals.md)."""

from __future__ import annotations

import re
import subprocess
import sys

import lxml.html
import pytest
from reader import DESKTOP, JS, PALETTE_TOGGLE, SCHEME, js

from tested_docs.site import page_file, site_pages

REPO_EDIT_URL = "https://github.com/d2l-tested/d2l-tested/edit/main/docs/"
BUNDLE = "**/assets/javascripts/bundle.*.js"  # Material's script
# query -> the chapters of which one must be among the first SEARCH_TOP results.
SEARCHES = {
    "张量": ["data-manipulation", "tensor-advanced"],
    "广播": ["data-manipulation"],
    "求导": ["autograd"],
    "范数": ["linear-algebra"],
    "反向传播": ["autograd"],
    "梯度下降": ["optimization"],
}
SEARCH_TOP = 3
# palette-at-load.js's own body.setAttribute is gone once the bundle applied its palette.
PALETTE_APPLIED = "() => !Object.hasOwn(document.body, 'setAttribute')"
ADD_LINK = """href => document.querySelector("article").prepend(
    Object.assign(document.createElement("a"), {href, id: "__go", textContent: "go"}))"""


def _recording(reader):
    reader.page.add_init_script(path=JS / "record-at-load.js")
    return reader.page


def test_formulas_render_after_instant_navigation(built_site, reader):
    math = [
        p
        for p in site_pages(built_site)
        if 'class="arithmatex"' in page_file(built_site, p).read_text("utf-8")
    ]
    start = next(p for p in site_pages(built_site) if p not in math[:2])
    page = reader.page
    assert not reader.open(reader.base + start)
    page.evaluate("window.__sameDocument = true")
    for target in [*math[:2], start, math[0]]:
        page.evaluate(ADD_LINK, reader.base + target)
        page.click("#__go")
        page.wait_for_function("() => !document.getElementById('__go')")
        assert page.url == reader.base + target
        assert page.evaluate("window.__sameDocument"), "instant navigation is off"
        problems, formulas = reader.settle()
        assert not problems, f"after navigating to /{target}: {problems}"
        assert formulas or target not in math


def test_copy_button_copies_code_that_runs(built_site, reader, tmp_path):
    """The first code block of the site followed by its output block: the button
    copies the code shown, and the code prints that output."""
    for url in site_pages(built_site):
        blocks = lxml.html.parse(page_file(built_site, url)).xpath(
            "//article//div[contains(@class, 'highlight')]"
        )
        titles = [b.findtext(".//span[@class='filename']") or "" for b in blocks]
        pairs = [i for i in range(len(blocks) - 1) if titles[i].endswith(".py")]
        pairs = [i for i in pairs if titles[i + 1] == "输出"]
        if pairs:
            index = pairs[0]
            expected = blocks[index + 1].xpath("string(.//pre/code)")
            break
    assert not reader.open(reader.base + url)
    block = reader.page.locator("article div.highlight").nth(index)
    block.hover()
    block.locator("button.md-clipboard").click()
    copied = reader.page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() == block.locator("pre code").inner_text().strip()
    (tmp_path / "copied.py").write_text(copied, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "copied.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.rstrip("\n") == expected.rstrip("\n")
    assert not reader.take()


@pytest.mark.parametrize("query", list(SEARCHES))
def test_chinese_search_finds_the_chapter(reader, query):
    page = reader.page
    page.set_viewport_size(DESKTOP)
    if not page.url.startswith(reader.base):
        assert not reader.open(reader.base)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # Material reads the query on keyup; fill() sends none
    listed = page.wait_for_function(
        js("search-results"), arg=[query, SEARCH_TOP]
    ).json_value()
    box.fill("")
    page.keyboard.press("Escape")
    base = reader.base.removeprefix("http://").partition("/")[2]
    chapters = list(
        dict.fromkeys(p.removeprefix("/" + base).strip("/") for p in listed)
    )
    assert set(SEARCHES[query]) & set(chapters[:SEARCH_TOP]), (
        f"{query!r}: {chapters or 'nothing'} (first {SEARCH_TOP}: {SEARCHES[query]})"
    )
    assert not reader.take()


def test_search_index_waits_for_search(new_reader):
    """lazy-search.js: Material asks for the search index at load, but it is fetched,
    and the search worker started, only once the reader opens search."""
    reader = new_reader(viewport=DESKTOP)
    page = _recording(reader)
    page.goto(reader.base, wait_until="load")
    page.wait_for_function("() => window.__atLoad.indexAsked")
    fetched = "() => performance.getEntriesByType('resource').map(e => e.name)"
    assert not [u for u in page.evaluate(fetched) if "search_index" in u]
    assert not page.evaluate("window.__atLoad.workerStarted")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.wait_for_function(
        f"() => window.__atLoad.workerStarted && ({fetched})()"
        ".some(u => u.includes('search_index.json'))"
    )
    assert not reader.take()


def test_material_features(reader):
    """Tabs, the footer's links (instant navigation), the edit link, the date of
    the last change, and the scheme toggle, both ways."""
    page = reader.page
    assert not reader.open(reader.base)
    assert page.locator(".md-tabs__link").count() >= 2
    page.locator("a.md-footer__link--next").click()
    page.wait_for_url(lambda url: url != reader.base)
    previous = page.locator("a.md-footer__link--prev").get_attribute("href")
    assert previous.rstrip("/") == reader.base.rstrip("/")
    assert not reader.run("settle")
    edit = page.locator("a[rel=edit]").get_attribute("href")
    assert re.fullmatch(re.escape(REPO_EDIT_URL) + r"[\w./-]+\.md", edit), edit
    updated = page.locator(".md-source-file .git-revision-date-localized-plugin")
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", updated.inner_text())
    first = reader.scheme()
    reader.toggle()  # a toggle that does not switch is a problem taken below
    assert reader.toggle() == first
    assert not reader.take()


def test_missing_page_shows_the_404_page(reader):
    """Styled and working: Material's stylesheet and script loaded from the site."""
    url = reader.base + "no-such-chapter/deeper/"
    reader.expected_404.add(url)
    assert reader.page.goto(url, wait_until="load").status == 404
    assert "404" in reader.page.locator("article h1").inner_text()
    header = "getComputedStyle(document.querySelector('.md-header')).position"
    assert reader.page.evaluate(header) in ("sticky", "fixed")
    assert reader.page.locator("a.md-tabs__link").count() >= 1
    assert not reader.take()


def test_the_scheme_is_chosen_before_the_page_is_drawn(new_reader):
    """palette-at-load.js: a first visit with a dark preference is dark from the HTML
    on (the bundle, blocked here, would switch it only at the end of the page); the
    bundle's palette at load then restyles nothing (no data-md-color-switching mark),
    the toggle still switches (with its mark), and the stored choice wins."""
    reader = new_reader(color_scheme="dark")
    page = reader.page
    page.route(BUNDLE, lambda route: route.abort())
    page.goto(reader.base, wait_until="load")
    assert page.evaluate(SCHEME) == "slate"
    page.unroute(BUNDLE)
    _recording(reader).goto(reader.base, wait_until="load")
    page.wait_for_function(PALETTE_APPLIED)
    assert page.evaluate(SCHEME) == "slate"
    assert not page.evaluate("window.__atLoad.switching")
    page.locator(PALETTE_TOGGLE).click()  # stored: light, against the preference
    assert page.evaluate(SCHEME) == "default"
    assert page.evaluate("window.__atLoad.switching")
    page.route(BUNDLE, lambda route: route.abort())
    page.goto(reader.base, wait_until="load")
    assert page.evaluate(SCHEME) == "default"


def test_the_bundle_swaps_no_stylesheet_at_load(new_reader):
    """head-links.js makes the stylesheets' hrefs absolute while <head> is parsed, so
    that the bundle, which makes every relative href absolute, leaves them alone (a
    changed href is a new sheet: the whole page styled and laid out again)."""
    reader = new_reader()
    _recording(reader).goto(reader.base + "linear-algebra/", wait_until="load")
    swaps = reader.page.evaluate("window.__atLoad.swaps")
    assert swaps, "no stylesheet href was made absolute"
    assert not [href for href, late in swaps if late], swaps


def test_blocks_far_below_skip_rendering_until_the_reader_comes_near(
    built_site, new_reader
):
    """reading.css and skipped-blocks.js: on the longest chapter, the last paragraph
    skips rendering at load, marked md-skipped (clipped to its stand-in box);
    scrolled to, it renders, unmarked."""
    longest = max(
        (url for url in site_pages(built_site) if not url.startswith("notebooks/")),
        key=lambda url: page_file(built_site, url).stat().st_size,
    )
    reader = new_reader()
    page = reader.page
    page.goto(reader.base + longest, wait_until="load")
    last = "document.querySelector('article > p:last-of-type')"
    page.wait_for_function(f"() => {last}.classList.contains('md-skipped')")
    assert page.evaluate(f"getComputedStyle({last}).contentVisibility") == "auto"
    page.locator("article > p:last-of-type").scroll_into_view_if_needed()
    page.wait_for_function(f"() => !{last}.classList.contains('md-skipped')")
    assert not reader.take()
