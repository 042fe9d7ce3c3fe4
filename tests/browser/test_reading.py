"""What a reader does beyond loading a page: follow links (instant navigation), copy
a code block and run it, search in Chinese, switch the colour scheme, mistype an
address; and what Material's bundle must not do at load (the overrides in
overrides/javascripts/, listed in design/material-internals.md)."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
import urllib.parse

import pytest
from bs4 import BeautifulSoup
from reader import DESKTOP, PALETTE_TOGGLE, SCHEME

from tested_docs.site import page_file, site_pages

REPO_EDIT_URL = "https://github.com/d2l-tested/d2l-tested/edit/main/docs/"
BUNDLE = "**/assets/javascripts/bundle.*.js"  # Material's script

# query -> the chapters (docs/<name>.md) it must find among the first SEARCH_TOP.
SEARCHES = {
    "张量": ["data-manipulation", "tensor-advanced"],
    "广播": ["data-manipulation"],
    "求导": ["autograd"],
    "范数": ["linear-algebra"],
    "反向传播": ["autograd"],
    "梯度下降": ["optimization"],
}
SEARCH_TOP = 3

# Set before the page's scripts run: what asked for the search index and what
# started a search worker (overrides/javascripts/lazy-search.js wraps both after).
RECORD_SEARCH = """window.__search = {indexAsked: false, workerStarted: false};
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
    if (/search_index\\.json/.test(String(url))) window.__search.indexAsked = true;
    return open.apply(this, arguments);
};
const RealWorker = window.Worker;
window.Worker = function (url, options) {
    if (/\\/workers\\/search\\./.test(String(url))) window.__search.workerStarted = true;
    return new RealWorker(url, options);
};"""
# palette-at-load.js overrides body.setAttribute until Material's bundle applies its
# palette at load; then the override is gone.
PALETTE_APPLIED = (
    "() => !Object.prototype.hasOwnProperty.call(document.body, 'setAttribute')"
)


def pages_with_math(site) -> list[str]:
    return [
        p
        for p in site_pages(site)
        if 'class="arithmatex"' in page_file(site, p).read_text("utf-8")
    ]


def test_formulas_render_after_instant_navigation(built_site, reader):
    targets = pages_with_math(built_site)
    assert targets, "no page has a formula"
    start = next(p for p in site_pages(built_site) if p not in targets[:2])
    page = reader.page
    assert not reader.open(reader.base + start)
    page.evaluate("window.__sameDocument = true")
    for target in [*targets[:2], start, targets[0]]:
        link = page.evaluate(
            """href => {
                const a = document.createElement("a");
                a.href = href; a.id = "__instant"; a.textContent = "go";
                document.querySelector("article").prepend(a);
                return a.href;
            }""",
            reader.base + target,
        )
        page.click("#__instant")
        page.wait_for_url(link)
        page.wait_for_function("() => !document.getElementById('__instant')")
        assert page.evaluate("window.__sameDocument === true"), (
            f"/{target}: the click reloaded the page: instant navigation is off"
        )
        failure = reader.run("settle")
        math = reader.run("math-problems")
        problems = reader.take() + ([failure] if failure else []) + math["problems"]
        assert not problems, f"after navigating to /{target}:\n" + "\n".join(problems)
        assert math["formulas"] > 0 or target not in targets


def _code_and_output(site):
    """(page, index of the block, printed output): the first code block of the site
    followed by its output block."""
    for relative in site_pages(site):
        soup = BeautifulSoup(
            page_file(site, relative).read_text("utf-8"), "html.parser"
        )
        blocks = soup.select("article div.highlight")
        for index, (code, output) in enumerate(itertools.pairwise(blocks)):
            title, name = output.select_one(".filename"), code.select_one(".filename")
            if (
                title is not None
                and title.get_text() == "输出"
                and name is not None
                and name.get_text().endswith(".py")
            ):
                return relative, index, output.select_one("pre code").get_text()
    return None


def test_copy_button_copies_code_that_runs(built_site, reader, tmp_path):
    found = _code_and_output(built_site)
    assert found, "no code block with an output block in the site"
    relative, index, expected = found
    assert not reader.open(reader.base + relative)
    block = reader.page.locator("article div.highlight").nth(index)
    block.hover()
    block.locator("button.md-clipboard").first.click()
    copied = reader.page.evaluate("navigator.clipboard.readText()")
    shown = block.locator("pre code").inner_text()
    assert copied.strip() == shown.strip(), "the copy button copied something else"
    (tmp_path / "copied.py").write_text(copied, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "copied.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip("\n") == expected.rstrip("\n")
    assert not reader.take()


@pytest.mark.parametrize("query", list(SEARCHES))
def test_chinese_search_finds_the_chapter(built_site, reader, query):
    targets = [t for t in SEARCHES[query] if page_file(built_site, t + "/").is_file()]
    if not targets:
        pytest.skip(f"{query}: no page {SEARCHES[query]} in the site yet")
    page = reader.page
    page.set_viewport_size(DESKTOP)
    if not page.url.startswith(reader.base):
        assert not reader.open(reader.base)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # Material reads the query on keyup; fill() sends none
    # Done when the results for this query are listed (or none found): Material
    # renders the first results at once, more on scrolling.
    page.wait_for_function(
        """([q, top]) => {
            const meta = document.querySelector(".md-search-result__meta");
            const items = document.querySelectorAll(".md-search-result__item").length;
            const count = meta && /(\\d+)/.exec(meta.textContent);
            return document.querySelector(".md-search__input").value === q
                && meta && (/没有|无/.test(meta.textContent)
                    || (count && items >= Math.min(+count[1], top)));
        }""",
        arg=[query, SEARCH_TOP],
    )
    listed = page.evaluate(
        """() => [...document.querySelectorAll(
            ".md-search-result__item > .md-search-result__link")].map(a => a.href)"""
    )
    base_path = urllib.parse.urlsplit(reader.base).path
    chapters = []
    for href in listed:
        chapter = urllib.parse.urlsplit(href).path.removeprefix(base_path).strip("/")
        if chapter not in chapters:
            chapters.append(chapter)
    box.fill("")
    page.keyboard.press("Escape")
    assert set(targets) & set(chapters[:SEARCH_TOP]), (
        f"searching {query!r} lists {chapters or 'nothing'}; expected {targets} "
        f"among the first {SEARCH_TOP}"
    )
    assert not reader.take()


def test_search_index_waits_for_search(new_reader):
    """overrides/javascripts/lazy-search.js: Material asks for the search index at
    load, but it is fetched, and the search worker started, only once the reader
    opens search."""
    reader = new_reader(viewport=DESKTOP)
    page = reader.page
    page.add_init_script(RECORD_SEARCH)
    page.goto(reader.base, wait_until="load")
    page.wait_for_function("() => window.__search.indexAsked")
    fetched = page.evaluate(
        """() => performance.getEntriesByType("resource").map(e => e.name)
            .filter(name => /search_index|\\/workers\\//.test(name))"""
    )
    assert not fetched, f"fetched before search was opened: {fetched}"
    assert not page.evaluate("window.__search.workerStarted")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.wait_for_function(
        """() => window.__search.workerStarted && performance.getEntriesByType("resource")
            .some(e => e.name.includes("search_index.json"))"""
    )
    assert not reader.take()


def test_material_features(reader):
    page = reader.page
    assert not reader.open(reader.base)
    assert page.locator(".md-tabs__link").count() >= 2  # navigation tabs
    # The footer's "next" link, followed by instant navigation, and back.
    page.locator("a.md-footer__link--next").click()
    page.wait_for_url(lambda url: url != reader.base)
    previous = page.locator("a.md-footer__link--prev").get_attribute("href")
    assert previous.rstrip("/") == reader.base.rstrip("/")
    assert not reader.run("settle")
    # Edit this page, and the date of the last change.
    edit = page.locator("a[rel=edit]").get_attribute("href")
    assert re.fullmatch(re.escape(REPO_EDIT_URL) + r"[\w./-]+\.md", edit), edit
    updated = page.locator(".md-source-file .git-revision-date-localized-plugin")
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", updated.inner_text())
    # The dark/light toggle switches, and back.
    before = page.evaluate(SCHEME)
    page.locator(PALETTE_TOGGLE).click()
    assert page.evaluate(SCHEME) == {"default": "slate", "slate": "default"}[before]
    page.locator(PALETTE_TOGGLE).click()
    assert page.evaluate(SCHEME) == before
    assert not reader.take()


def test_missing_page_shows_the_404_page(reader):
    page = reader.page
    url = reader.base + "no-such-chapter/deeper/"
    reader.expected_404.add(url)
    response = page.goto(url, wait_until="load")
    assert response.status == 404
    assert "404" in page.locator("article h1").inner_text()
    # Styled and working: Material's stylesheet and script loaded from the site.
    assert page.evaluate(
        "getComputedStyle(document.querySelector('.md-header')).position"
    ) in ("sticky", "fixed")
    assert page.locator("a.md-tabs__link").count() >= 1
    assert not reader.take()


def test_the_scheme_is_chosen_before_the_page_is_drawn(new_reader):
    """overrides/javascripts/palette-at-load.js: a first visit with a dark preference
    is dark from the HTML on (Material's bundle, blocked here, would switch it only at
    the end of the page); a stored choice wins over the preference; and the bundle's
    palette at load changes nothing and restyles nothing (no data-md-color-switching
    mark), while the toggle still switches."""
    reader = new_reader(color_scheme="dark")
    page, site = reader.page, reader.base
    page.route(BUNDLE, lambda route: route.abort())
    page.goto(site, wait_until="load")
    assert page.evaluate(SCHEME) == "slate"
    page.unroute(BUNDLE)
    page.add_init_script(
        """new MutationObserver(() => { window.__switching = true; })
            .observe(document, {attributeFilter: ["data-md-color-switching"],
                                subtree: true});"""
    )
    page.goto(site, wait_until="load")
    page.wait_for_function(PALETTE_APPLIED)
    assert page.evaluate(SCHEME) == "slate"
    assert not page.evaluate("window.__switching === true")
    page.locator(PALETTE_TOGGLE).click()  # stored: light, against the preference
    assert page.evaluate(SCHEME) == "default"
    assert page.evaluate("window.__switching === true")  # a switch keeps its mark
    page.route(BUNDLE, lambda route: route.abort())
    page.goto(site, wait_until="load")
    assert page.evaluate(SCHEME) == "default"


def test_the_bundle_swaps_no_stylesheet_at_load(new_reader):
    """overrides/javascripts/head-links.js: the stylesheets' hrefs are made absolute
    while <head> is parsed, so that Material's bundle, which makes every relative
    href absolute, leaves them alone (a changed href is a new sheet: the whole page
    restyled and laid out again)."""
    reader = new_reader()
    page = reader.page
    page.add_init_script(
        """window.__swaps = [];
        new MutationObserver(changes => changes.forEach(change => {
            if (change.target.rel === "stylesheet")
                __swaps.push([change.target.getAttribute("href"),
                              !!document.querySelector("script[src*='bundle.']")]);
        })).observe(document, {attributeFilter: ["href"], subtree: true});"""
    )
    page.goto(reader.base + "linear-algebra/", wait_until="load")
    swaps = page.evaluate("window.__swaps")
    assert swaps, "no stylesheet href was made absolute"
    late = [href for href, bundle_parsed in swaps if bundle_parsed]
    assert not late, f"changed once the bundle was in the page: {late}"


def test_blocks_far_below_skip_rendering_until_the_reader_comes_near(
    built_site, new_reader
):
    """docs/stylesheets/reading.css and overrides/javascripts/skipped-blocks.js: on the
    longest chapter, its last paragraph skips rendering at load and is marked
    md-skipped (clipped to its stand-in box); scrolled to, it renders, unmarked."""
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
