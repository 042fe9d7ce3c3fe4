"""Every page of the site, read once in chromium (``Reader.check``): its formulas
typeset at build time with every glyph drawn, no console error, no failed request,
no request to another host, nothing sideways at 390 px, the contrast of all its text
in both colour schemes, and axe-core in one of them (they take turns over the pages).
At desktop width the site adds only its frame (header tabs, two sidebars): axe-core
checks it in both schemes on three pages (``test_desktop_width``).

The tests are named by page (``test_page[autograd]``, ``test_page[notebooks/autograd]``),
known from the sources; ``test_the_build_makes_exactly_these_pages`` holds them to the
build, so a page the build adds cannot go unchecked. The one axe-core rule that
reads the stylesheets runs once for the whole site."""

import urllib.parse

import lxml.html
import pytest
from reader import DESKTOP

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


@pytest.mark.parametrize("kind", ["home", "chapter", "notebook"])
def test_desktop_width(new_reader, kind):
    """axe-core at 1280 px in both schemes, on the home page and the first chapter
    and notebook of the page list. Measured on every page (design/browser-tests.md): inside the
    article, desktop width shows nothing that phone width does not, so the page
    check reads each page at phone width only."""
    url = {
        "home": "",
        "chapter": next(u for u in PAGES if u and not u.startswith("notebooks/")),
        "notebook": next(u for u in PAGES if u.startswith("notebooks/")),
    }[kind]
    reader = new_reader(viewport=DESKTOP)
    problems = reader.open(reader.base + url)
    for _ in range(2):
        problems += [f"{reader.scheme()}: {p}" for p in reader.axe()]
        reader.toggle()
    problems += reader.take()
    assert not problems, "\n".join(f"/{url} at desktop width: {p}" for p in problems)


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
        reader.load_axe()
        result = reader.run("axe-orientation")
        assert result == [["css-orientation-lock"], [], []], (url, result)
