"""The built page, for readers on any screen (the formulas: hooks/mathjax.py).

* Every figure's width and height in the HTML, so the page never shifts when it loads.
  A figure is an SVG of the site (``docs/figures/<chapter>/<figure>.svg``, drawn by a
snippet). Its ``<img>`` gets the SVG's own size in CSS pixels (matplotlib writes it
  in points: 1 pt = 4/3 px); Material's ``max-width: 100%; height: auto`` scales it
  down on a narrow screen with the right aspect ratio reserved before the file arrives.
* Each code block's copy button, written into the page here rather than by
  Material's script (``content.code.copy`` is off): the script inserted it with a
  layout read per block (slow on a long chapter) and over the code's first line.
  Material's clipboard handler serves any ``[data-clipboard-target]``; the button
  sits in the block's title bar (docs/stylesheets/reading.css).
* Boxes that may scroll sideways on a phone (code blocks, tables, the code cells of a
  rendered notebook) are focusable, so a keyboard can scroll them too (axe-core:
  scrollable-region-focusable). Display formulas get it from hooks/mathjax.py. For a
  code block Material decides this itself, but only once the block first comes into
  view (``content.lazy``): until then it is focusable from the HTML.
* Fewer elements in highlighted code (``slim_code``), the same look: Pygments wraps
  every token in a span, most of them names and spaces, which Material's stylesheet
  and the notebooks' draw in the code's own colour (``--md-code-hl-name-color`` is
  ``--md-code-fg-color``, and no stylesheet of the site sets it). Those lose their
  span, and runs of tokens of one class share one. A chapter's code blocks had half of
  its elements (3 612 of 7 817 on 权重衰减): each one styled and laid out at load on
  a phone, and checked by axe-core in the browser tests.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

IMG = re.compile(r"<img\b[^>]*>")
SRC = re.compile(r'\ssrc="([^"]+\.svg)"')
LENGTH = re.compile(r"^\s*([0-9.]+)\s*(pt|px)?\s*$")
UNIT = {"pt": 4 / 3, "px": 1, None: 1}
TABLE = re.compile(r"<table((?:(?!tabindex)[^>])*)>")
CODE_BLOCK = re.compile(
    r'<div class="highlight">(?:<span class="filename">([^<]*)</span>)?<pre>(<span></span>)?<code>'
)
COPY_BUTTON = (
    '<button class="md-clipboard md-icon" title="复制" aria-label="复制代码" '
    'data-clipboard-target="#{id}"></button>'
)
# Pygments' tokens that Material and the notebook pages draw in the code's own colour:
# Name (n) and Whitespace (w).
PLAIN_TOKEN = re.compile(r'<span class="[nw]">([^<]*)</span>')
SAME_CLASS_RUN = re.compile(
    r'<span class="([\w-]+)">[^<]*</span>(?:<span class="\1">[^<]*</span>)+'
)
TOKEN_TEXT = re.compile(r">([^<]*)</span>")
NOTEBOOK_CODE = re.compile(
    r'(<div class="highlight-ipynb[^"]*"(?:(?!tabindex)[^>])*'
    r'|<div class="highlight"><pre(?=><span></span>(?!<code)))>'
)


def svg_size(path: Path) -> tuple[int, int] | None:
    head = path.read_text(encoding="utf-8", errors="replace")[:4000]
    root = re.search(r"<svg\b[^>]*>", head)
    if root is None:
        return None
    size = []
    for name in ("width", "height"):
        found = re.search(rf'\s{name}="([^"]+)"', root[0])
        length = LENGTH.match(found[1]) if found else None
        if length is None:
            return None
        size.append(round(float(length[1]) * UNIT[length[2]]))
    return size[0], size[1]


def slim_code(html: str) -> str:
    """Highlighted code with the same text and look, in fewer elements."""
    html = PLAIN_TOKEN.sub(r"\1", html)
    return SAME_CLASS_RUN.sub(
        lambda run: (
            f'<span class="{run[1]}">{"".join(TOKEN_TEXT.findall(run[0]))}</span>'
        ),
        html,
    )


def on_page_content(content, page, config, files):
    by_url = {file.url: file for file in files}
    here = (
        posixpath.dirname(page.url.rstrip("/"))
        if page.url.endswith(".html")
        else page.url
    )

    def sized(match: re.Match) -> str:
        tag = match[0]
        src = SRC.search(tag)
        if src is None or " width=" in tag or "://" in src[1]:
            return tag
        target = by_url.get(posixpath.normpath(posixpath.join(here, src[1])))
        if target is None or target.abs_src_path is None:
            return tag
        size = svg_size(Path(target.abs_src_path))
        if size is None:
            return tag
        end = "/>" if tag.endswith("/>") else ">"
        return f'{tag[: -len(end)].rstrip()} width="{size[0]}" height="{size[1]}" {end}'

    content = slim_code(IMG.sub(sized, content))
    count = iter(range(1_000_000))

    def copy_button(match: re.Match) -> str:
        code_id = f"__copy_{next(count)}"
        button = COPY_BUTTON.format(id=code_id)
        if match[1] is None:  # no title: the button goes above the code
            head = button
        else:  # in the title bar
            head = f'<span class="filename">{match[1]}{button}</span>'
        return (
            f'<div class="highlight">{head}<pre>{match[2] or ""}'
            f'<code id="{code_id}" tabindex="0">'
        )

    content = CODE_BLOCK.sub(copy_button, content)
    content = TABLE.sub(r'<table\1 tabindex="0">', content)
    return NOTEBOOK_CODE.sub(r'\1 tabindex="0">', content)
