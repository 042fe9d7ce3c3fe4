"""The page check catches what it is there to catch: a page broken on purpose (a copy
of a built page with one fault planted) fails ``Reader.check``, with the fault named.
And setting formulas' glyphs and code's tokens aside for axe-core (js/set-aside.js)
changes nothing axe-core finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reader import AXE, AXE_PATH, PHONE

from tested_docs.site import page_file, serving, site_pages

# name -> (what is planted at the start of the article, the problems it must cause)
FAULTS = {
    "raw-formula": (r"<p>面积是 \(x^2\)。</p>", r"raw \\\( in the text"),
    "third-party-request": (
        '<p><img src="https://cdn.example.com/pixel.png" alt="像素"></p>',
        r"request to another host: https://cdn\.example\.com/pixel\.png",
    ),
    # Pale on white in both schemes: text-contrast.js finds it in the scheme the page
    # opens in (light), axe-core in the other.
    "low-contrast-text": (
        '<p style="color: #b0b0b0; background: #fff">浅灰色的字</p>',
        r"light: text contrast 2\.\d\d:1 < 4\.5:1 for \"浅灰色的字\"",
        r"dark: color-contrast \(1\)",
    ),
    "low-contrast-code": (
        "<style>.md-typeset pre code .k { color: #b0b0b0 !important }</style>",
        r"light: text contrast \d\.\d\d:1 < 4\.5:1",
    ),
    "sideways-block": (
        '<div style="width: 900px">一个不在滚动框里的宽块</div>',
        r"the page scrolls sideways: 9\d\dpx",
    ),
}


def _sample_page(site: Path) -> str:
    """The smallest chapter page with code and formulas that hold text."""
    return min(
        (
            p
            for p in site_pages(site)
            if "<mjx-utext" in (html := page_file(site, p).read_text("utf-8"))
            and "<pre" in html
            and not p.startswith("notebooks/")
        ),
        key=lambda p: page_file(site, p).stat().st_size,
    )


@pytest.fixture(scope="module")
def broken_site(built_site, tmp_path_factory):
    """The site, plus a broken copy of the sample page for each fault, served at
    ``broken-<fault>/`` (a chapter's depth: its relative links still resolve)."""
    sample = page_file(built_site, _sample_page(built_site)).read_text("utf-8")
    assert sample.count('<article class="md-content__inner md-typeset">') == 1
    folder = tmp_path_factory.mktemp("broken")
    extra = {AXE_PATH: AXE}
    for fault, (planted, *_) in FAULTS.items():
        html = sample.replace(
            '<article class="md-content__inner md-typeset">',
            f'<article class="md-content__inner md-typeset">{planted}',
        )
        (folder / fault).mkdir()
        (folder / fault / "index.html").write_text(html, encoding="utf-8")
        extra[f"broken-{fault}/"] = folder / fault
    with serving(built_site, extra=extra) as server:
        yield server.base_url


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_planted_fault_fails_the_page(new_reader, broken_site, fault):
    reader = new_reader(base=broken_site)
    problems = reader.check(f"broken-{fault}/")
    for expected in FAULTS[fault][1:]:
        assert any(re.search(expected, p) for p in problems), (
            fault,
            expected,
            problems,
        )


def test_setting_aside_changes_nothing_axe_core_finds(built_site, new_reader):
    """On the sample page, axe-core finds the same, node for node, with formulas'
    glyphs and code's tokens set aside as with them, but for three kinds of finding
    that other checks make: region's pass on each token (its text stays inside the
    page's landmarks), avoid-inline-spacing's pass on formula containers (set-aside.js
    reads their inline style itself) and, where a font for Chinese is installed,
    color-contrast on formulas' text (text-contrast.js checks it). Setting aside fails
    when it would move the page, and when a formula sets its spacing inline with
    !important."""
    reader = new_reader(viewport=PHONE)
    page = reader.page
    url = reader.base + _sample_page(built_site)

    def fresh_page_with_axe():
        assert not reader.open(url)
        reader.load_axe()

    fresh_page_with_axe()
    formula_text = reader.run("text-contrast", {"selector": "mjx-utext", "targets": []})
    assert formula_text["checked"] and not formula_text["problems"], formula_text
    page.evaluate(
        "document.querySelectorAll('mjx-assistive-mml').forEach(el => el.remove())"
    )
    everything = set(reader.run("axe-run", True))
    assert reader.run("set-aside") == []
    aside = set(reader.run("axe-run", True))
    left_to_other_checks = {
        f
        for f in everything - aside
        if re.fullmatch(
            r"passes avoid-inline-spacing mjx-container#\d+"
            r"|passes region token#\d+"
            r"|(passes|incomplete) color-contrast mjx-utext#\d+",
            f,
        )
    }
    assert any("avoid-inline-spacing" in f for f in left_to_other_checks)
    assert any("region token" in f for f in left_to_other_checks)
    assert everything - left_to_other_checks == aside

    style = "document.head.insertAdjacentHTML('beforeend', '<style>{}</style>')"
    for plant, problem in [
        (style.format("html[data-set-aside] mjx-math { margin-top: 3px }"), "moved"),
        (
            style.format("pre code span.k { display: inline-block; margin: 3em }"),
            "moved",
        ),
        (
            "document.querySelector('mjx-container').style"
            + ".setProperty('letter-spacing', '0.01em', 'important')",
            "a formula sets letter-spacing !important",
        ),
    ]:
        fresh_page_with_axe()
        page.evaluate(plant)
        found = reader.run("set-aside")
        assert any(problem in p for p in found), (plant, found)
