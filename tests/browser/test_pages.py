"""Every page of the site, read once in chromium (``Reader.check``): its formulas
typeset at build time with every glyph drawn, no console error, no failed request,
no request to another host, nothing sideways at 390 px, axe-core in both colour
schemes (phone and desktop width), and the contrast of code and formula text.

The tests are named by page (``test_page[autograd]``, ``test_page[notebooks/autograd]``),
known from the sources; ``test_the_build_makes_exactly_these_pages`` holds them to the
build, so a page the build adds cannot go unchecked. The one axe-core rule that
reads the stylesheets runs once for the whole site."""

import urllib.parse

import lxml.html
import pytest
from reader import AXE_PATH

from tested_docs.site import page_file, site_pages, source_pages

PAGES = source_pages()


def test_the_build_makes_exactly_these_pages(built_site):
    built = sorted(site_pages(built_site))
    assert built == PAGES, (
        f"pages built but not checked: {sorted(set(built) - set(PAGES))}; "
        f"pages checked but not built: {sorted(set(PAGES) - set(built))}"
    )


@pytest.mark.parametrize("url", PAGES, ids=[url.rstrip("/") or "home" for url in PAGES])
def test_page(reader, url):
    problems = reader.check(url)
    assert not problems, "\n".join(f"/{url}: {problem}" for problem in problems)


def _stylesheets(site, url) -> set[str]:
    """The stylesheets a built page links, and its inline <style> elements."""
    page = lxml.html.parse(page_file(site, url))
    links = {
        urllib.parse.urljoin("/" + url, href)
        for href in page.xpath("//link[@rel='stylesheet']/@href")
    }
    return links | {style.text_content() for style in page.iter("style")}


def test_no_stylesheet_locks_the_orientation(built_site, new_reader):
    """axe-core's css-orientation-lock, the one rule that reads the stylesheets
    (Reader.check runs axe-core without preloading them), on the home page and a
    notebook's page: between them they have every stylesheet of the site."""
    chosen = ["", next(url for url in PAGES if url.startswith("notebooks/"))]
    everywhere = set().union(*(_stylesheets(built_site, url) for url in PAGES))
    assert set().union(*(_stylesheets(built_site, url) for url in chosen)) == everywhere
    reader = new_reader()
    for url in chosen:
        reader.page.goto(reader.base + url, wait_until="load")
        reader.page.add_script_tag(url=reader.base + AXE_PATH)
        result = reader.run("axe-orientation")
        assert result == [["css-orientation-lock"], [], []], (url, result)
