"""Formulas typeset when the site is built (tested_docs/mathjax.py, hooks/mathjax.py).

A scratch site (one page, the site's own hook and arithmatex settings) proves that a
TeX error fails `mkdocs build --strict` naming the page, the formula and MathJax's
message; the rest checks what the hook writes into a page.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tested_docs import mathjax

ROOT = Path(mathjax.__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not mathjax.PACKAGE.is_dir(),
    reason="node_modules/mathjax-full missing: ./dev installs it (npm ci)",
)


def build_scratch(tmp_path: Path, pages: dict[str, str]) -> subprocess.CompletedProcess:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in pages.items():
        (docs / name).write_text(textwrap.dedent(text), encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        textwrap.dedent(
            f"""\
            site_name: scratch
            theme: {{name: mkdocs}}
            hooks: [{ROOT / "hooks" / "mathjax.py"}]
            markdown_extensions:
              - pymdownx.arithmatex: {{generic: true}}
            """
        ),
        encoding="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_tex_error_fails_the_strict_build(tmp_path):
    result = build_scratch(
        tmp_path,
        {
            "index.md": "# Fine\n\n$x^2$\n",
            "broken.md": """\
                # Broken

                An undefined macro: $\\foo{x}$.

                $$
                \\frac{1}{2
                $$
                """,
        },
    )
    log = result.stdout + result.stderr
    assert result.returncode != 0, log
    assert "TeX error on page broken.md" in log
    assert "Undefined control sequence \\foo" in log and "$\\foo{x}$" in log
    assert "Missing close brace" in log and "\\frac{1}{2" in log
    assert "index.md" not in log.replace("broken.md", "")


def test_the_built_page_holds_typeset_math(tmp_path):
    result = build_scratch(
        tmp_path, {"index.md": "# Fine\n\n矩阵 $\\mathbf{A}$，\n\n$$\na < b\n$$\n"}
    )
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<mjx-container" in html and "<mjx-assistive-mml" in html
    assert 'data-tex="\\mathbf{A}"' in html and 'data-tex="a &lt; b"' in html
    assert '<span class="md-math-nowrap">' in html  # the "，" stays with the formula
    css = (tmp_path / "site" / mathjax.STYLESHEET).read_text(encoding="utf-8")
    assert "mjx-c1D400" in css and "fonts/MathJax_Main-Bold.woff" in css
    assert (tmp_path / "site" / mathjax.FONT_DIR / "MathJax_Zero.woff").is_file()


def test_typeset_page():
    page = (
        '<p>若 <span class="arithmatex">\\(x\\)</span> 和 '
        '<span class="arithmatex">\\(y\\)</span>，则</p>'
        '<div class="arithmatex">\\[x &lt; y\\]</div>'
        '<p><span class="arithmatex">\\[\nz\n\\]</span></p>'  # a notebook's display
        '<p><span class="arithmatex">\\(a_1 + a_2 + a_3 + a_4 + a_5 + a_6 + a_7 + '
        "a_8 + a_9 + a_{10} + a_{11} + a_{12}\\)</span></p>"
    )
    html, errors = mathjax.typeset_page(page)
    assert not errors
    assert html.count("<mjx-container") == 5
    # Only the formula right before "，" is bound to it.
    assert html.count('class="md-math-nowrap"') == 1
    nowrap = html.index('class="md-math-nowrap"')
    assert html.index('data-tex="y"') > nowrap > html.index('data-tex="x"')
    assert 'data-tex="x &lt; y" tabindex="0"' in html
    assert html.count('<div class="arithmatex"') == 2  # the notebook's too
    assert 'class="arithmatex md-math-wide"' in html  # scrolls on a phone
    assert "\\(" not in html and "\\[" not in html
