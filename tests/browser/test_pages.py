"""Every page of the site, read once in chromium (``Reader.check``): its formulas
typeset at build time with every glyph drawn, no console error, no failed request,
no request to another host, nothing sideways at 390 px, axe-core in both colour
schemes (phone and desktop width), and the contrast of code and formula text.

The tests are named by page (``test_page[autograd]``, ``test_page[notebooks/autograd]``),
known from the sources; ``test_the_build_makes_exactly_these_pages`` holds them to the
build, so a page the build adds cannot go unchecked."""

import pytest

from tested_docs.site import site_pages, source_pages

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
