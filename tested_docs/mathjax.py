"""MathJax at build time: every formula of a page typeset into its HTML.

``pymdownx.arithmatex`` (generic mode) leaves each formula in the page as
``<span class="arithmatex">\\(...\\)</span>`` or ``<div class="arithmatex">\\[...\\]</div>``.
:func:`typeset_page` replaces the TeX inside with MathJax's CommonHTML output
(``<mjx-container>``, with MathJax's assistive MathML for screen readers) and keeps the
source in a ``data-tex`` attribute. The reader's browser loads no MathJax: only one
stylesheet (:meth:`MathJax.stylesheet`, the CSS of every character the site uses) and
the woff fonts of the characters on screen.

MathJax itself is the pinned npm package ``mathjax-full`` (``package.json``), run by
``mathjax_render.js`` in ONE node process that lives as long as this Python process:
a whole build, or a whole ``mkdocs serve`` session, where it keeps every formula it has
typeset (cached by its TeX), so an edit only typesets the formulas that changed.

A TeX error (undefined macro, unbalanced brace, ...) is returned as a
:class:`TeXError` per formula: the hook logs it as an error naming the page and the
formula, which fails ``mkdocs build --strict``; the page shows the TeX in red.
"""

from __future__ import annotations

import atexit
import html
import json
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(__file__).with_name("mathjax_render.js")
PACKAGE = ROOT / "node_modules" / "mathjax-full"
FONTS = PACKAGE / "es5" / "output" / "chtml" / "fonts" / "woff-v2"
LICENSE = PACKAGE / "LICENSE"

# Where the site serves MathJax's stylesheet and fonts (relative to the site's root).
ASSETS = "assets/mathjax"
STYLESHEET = f"{ASSETS}/mathjax.css"
FONT_DIR = f"{ASSETS}/fonts"
# The runtime MathJax scaled its fonts to the ex-height of the page's text (system
# fonts, Material's stack): 119.5 % in Debian's chromium. Fixed here, so the look stays.
SCALE = 1.195
# An inline formula wider than this (in ems of the text) may not fit a phone's line
# (about 22 em at 390 px, less in a box or a list): it becomes a box of its own that
# scrolls sideways, as display formulas do, instead of widening the page.
WIDE_INLINE_EM = 16

# What pymdownx.arithmatex (generic: true) writes, and what the notebook hook writes.
INLINE = re.compile(r'<span class="arithmatex">\\\((.*?)\\\)</span>', re.DOTALL)
DISPLAY = re.compile(r'<div class="arithmatex">\\\[(.*?)\\\]</div>', re.DOTALL)
# A display formula alone in a paragraph of a notebook (the notebook hook writes a
# span): a block, as on the chapter page, so both pages render it the same.
DISPLAY_PARAGRAPH = re.compile(
    r'<p>\s*<span class="arithmatex">(\\\[(?:(?!</span>).)*?\\\])</span>\s*</p>',
    re.DOTALL,
)
DISPLAY_SPAN = re.compile(r'<span class="arithmatex">\\\[(.*?)\\\]</span>', re.DOTALL)
# Closing punctuation that must stay on the line of the formula before it.
CLOSING = "，。、；：！？）】」』”’》〉…,.;:!?)"
INLINE_THEN_PUNCTUATION = re.compile(
    rf'(<span class="arithmatex">\\\((?:(?!</span>).)*?\\\)</span>)([{re.escape(CLOSING)}]+)',
    re.DOTALL,
)


@dataclass(frozen=True)
class TeXError:
    tex: str
    display: bool
    message: str

    def __str__(self) -> str:
        delimiters = ("$$", "$$") if self.display else ("$", "$")
        return f"{self.message}: {delimiters[0]}{self.tex}{delimiters[1]}"


class MathJaxUnavailable(RuntimeError):
    pass


class MathJax:
    """One node process running ``mathjax_render.js``; one request per page."""

    def __init__(self) -> None:
        node = shutil.which("node")
        if node is None:
            raise MathJaxUnavailable(
                "node not found: MathJax typesets the formulas when the site is built "
                "(install Node.js, e.g. apt-get install nodejs npm; ./dev does the rest)"
            )
        if not PACKAGE.is_dir():
            raise MathJaxUnavailable(
                f"{PACKAGE.relative_to(ROOT)} missing: run ./dev build (it runs npm ci)"
            )
        self._lock = threading.Lock()
        self._process = subprocess.Popen(
            [node, str(SCRIPT), "fonts", str(SCALE)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )

    def alive(self) -> bool:
        return self._process.poll() is None

    def _ask(self, request: dict) -> dict:
        with self._lock:
            self._process.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
            self._process.stdin.flush()
            line = self._process.stdout.readline()
        if not line:
            raise MathJaxUnavailable(
                f"the MathJax process ended (exit status {self._process.poll()})"
            )
        answer = json.loads(line)
        if "fatal" in answer:
            raise MathJaxUnavailable(answer["fatal"])
        return answer

    def render(self, formulas: list[tuple[str, bool]]) -> list[dict | TeXError]:
        """For each (tex, display): its CommonHTML (``html``) and box (``width``,
        ``height``, ``depth`` in ems of the formula), or its TeX error."""
        if not formulas:
            return []
        answer = self._ask(
            {"formulas": [{"tex": tex, "display": d} for tex, d in formulas]}
        )
        return [
            result if "html" in result else TeXError(tex, display, result["error"])
            for (tex, display), result in zip(formulas, answer["results"], strict=True)
        ]

    def stylesheet(self) -> str:
        """CSS for every character typeset so far, fonts under ``fonts/``."""
        return self._ask({"stylesheet": True})["css"]

    def close(self) -> None:
        if self.alive():
            self._process.stdin.close()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()


_engine: MathJax | None = None


def engine() -> MathJax:
    """The process of this Python process (started on first use, restarted if dead)."""
    global _engine
    if _engine is None or not _engine.alive():
        _engine = MathJax()
        atexit.register(_engine.close)
    return _engine


def typeset_page(content: str) -> tuple[str, list[TeXError]]:
    """The page's HTML with every arithmatex formula typeset, and its TeX errors."""
    # Inline math directly followed by closing punctuation: one unbreakable unit, so
    # "，" or "。" never starts a line on a narrow screen.
    content = DISPLAY_PARAGRAPH.sub(r'<div class="arithmatex">\1</div>', content)
    content = INLINE_THEN_PUNCTUATION.sub(
        r'<span class="md-math-nowrap">\1\2</span>', content
    )
    found: list[tuple[str, bool]] = []
    for pattern in (DISPLAY, DISPLAY_SPAN):
        for match in pattern.finditer(content):
            found.append((html.unescape(match[1]).strip(), True))
    for match in INLINE.finditer(content):
        found.append((html.unescape(match[1]).strip(), False))
    if not found:
        return content, []
    rendered = dict(zip(found, engine().render(found), strict=True))
    errors: list[TeXError] = []

    def replace(match: re.Match, display: bool, tag: str) -> str:
        tex = html.unescape(match[1]).strip()
        result = rendered[(tex, display)]
        source = html.escape(tex, quote=True)
        if isinstance(result, TeXError):
            errors.append(result)
            return (
                f'<{tag} class="arithmatex md-math-error" data-tex="{source}" '
                f'title="{html.escape(result.message, quote=True)}">'
                f"<code>{html.escape(tex)}</code></{tag}>"
            )
        # A formula that may scroll sideways is focusable, so the keyboard can too.
        if tag == "div":
            return (
                f'<div class="arithmatex" data-tex="{source}" tabindex="0">'
                f"{result['html']}</div>"
            )
        if result["width"] * SCALE > WIDE_INLINE_EM:
            # An inline box, its baseline on the text's: its bottom at the depth.
            depth = result["depth"] * SCALE
            return (
                f'<span class="arithmatex md-math-wide" data-tex="{source}" '
                f'tabindex="0" style="vertical-align: {-depth:.3f}em">'
                f"{result['html']}</span>"
            )
        return f'<span class="arithmatex" data-tex="{source}">{result["html"]}</span>'

    content = DISPLAY.sub(lambda m: replace(m, True, "div"), content)
    content = DISPLAY_SPAN.sub(lambda m: replace(m, True, "span"), content)
    content = INLINE.sub(lambda m: replace(m, False, "span"), content)
    return content, errors


def font_files() -> list[tuple[str, Path]]:
    """(site path, file) of MathJax's CommonHTML fonts and its license."""
    fonts = sorted(FONTS.glob("*.woff"))
    if not fonts:
        raise MathJaxUnavailable(f"no MathJax fonts in {FONTS}: run npm ci")
    return [(f"{FONT_DIR}/{font.name}", font) for font in fonts] + [
        (f"{ASSETS}/LICENSE", LICENSE)
    ]
