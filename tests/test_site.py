"""The built site: strict build, and every code block shows a tested snippet."""

import re

import lxml.html

from tested_docs.chapter import ERROR_TITLE, OUTPUT_TITLE
from tested_docs.site import page_file, site_pages
from tested_docs.snippets import all_snippets


def _pages(site_dir):
    return [page_file(site_dir, url) for url in site_pages(site_dir)]


def _article(page):
    """The <article> of a built page (lxml: a tenth of BeautifulSoup's time)."""
    document = lxml.html.fromstring(page.read_bytes())
    found = document.xpath("//article")
    return found[0] if found else document


def _with_class(name):
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


def _blocks(page):
    """(title, text) of each highlighted code block of a built page, in order."""
    blocks = []
    for block in _article(page).xpath(f".//div[{_with_class('highlight')}]"):
        title = block.xpath(f".//*[{_with_class('filename')}]")
        code = block.xpath(".//pre//code")
        if code:
            blocks.append(
                (title[0].text_content() if title else "", code[0].text_content())
            )
    return blocks


def test_site_builds_strict(built_site):
    assert (built_site / "index.html").is_file()


def test_every_output_block_shows_a_snippet_and_its_output(built_site):
    by_source = {s.path.read_text(encoding="utf-8").strip(): s for s in all_snippets()}
    problems, checked = [], 0
    for page in _pages(built_site):
        blocks = _blocks(page)
        for index, (title, text) in enumerate(blocks):
            if title != OUTPUT_TITLE:
                continue
            where = page.relative_to(built_site)
            code = blocks[index - 1][1].strip() if index else ""
            snippet = by_source.get(code)
            if snippet is None:
                problems.append(f"{where}: output block #{index} follows no snippet")
                continue
            shown = text.rstrip("\n")
            expected = snippet.output_path.read_text(encoding="utf-8").rstrip("\n")
            if shown != expected:
                problems.append(f"{where}: output of {snippet.relpath} differs")
            checked += 1
            error = snippet.error_path
            after = blocks[index + 1] if index + 1 < len(blocks) else ("", "")
            if error.is_file() and (
                after[0] != ERROR_TITLE
                or after[1].rstrip("\n")
                != error.read_text(encoding="utf-8").rstrip("\n")
            ):
                problems.append(f"{where}: stderr of {snippet.relpath} not shown")
    assert not problems, "\n".join(problems)
    assert checked >= len(all_snippets())


def test_no_include_line_left_in_pages(built_site):
    leftovers = [
        str(p.relative_to(built_site))
        for p in _pages(built_site)
        if "-8<-" in p.read_text(encoding="utf-8")
    ]
    assert not leftovers, f"unexpanded snippet includes in: {leftovers}"


def test_chinese_headings_get_chinese_anchors(built_site):
    """pymdownx.slugs keeps CJK, so #广播机制 works (plain toc would give #_1)."""
    bad = []
    for page in _pages(built_site):
        for heading in _article(page).xpath(
            ".//*[self::h2 or self::h3 or self::h4][@id]"
        ):
            if re.search(r"[\u4e00-\u9fff]", heading.text_content()) and not re.search(
                r"[\u4e00-\u9fff]", heading.get("id")
            ):
                bad.append(f"{page.relative_to(built_site)}#{heading.get('id')}")
    assert not bad, f"headings whose anchors lost their Chinese: {bad}"


def test_code_keeps_no_span_for_tokens_in_the_codes_own_colour(built_site):
    """hooks/reading.py (slim_code) unwraps Pygments' name and whitespace tokens and
    joins runs of one class; the text is unchanged (the test above compares it)."""
    kept = []
    for page in _pages(built_site):
        code = _article(page).xpath(
            f".//*[{_with_class('highlight')} or {_with_class('highlight-ipynb')}]"
            "//span[@class='n' or @class='w']"
        )
        if code:
            kept.append(f"{page.relative_to(built_site)}: {len(code)}")
    assert not kept, "\n".join(kept)
