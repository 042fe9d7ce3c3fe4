"""Formulas typeset when the site is built (the work is in ``tested_docs.mathjax``).

* ``on_files``: MathJax's woff fonts (and its license) into ``assets/mathjax/``;
* ``on_post_page`` (after the notebook hook has turned a notebook's ``$...$`` into
  arithmatex markup, and after the search plugin has read the page, so that it indexes
  the TeX and parses a page a fifth the size): every formula of the page typeset; a TeX
  error is logged as an error naming the page, the formula and MathJax's message,
  which fails ``mkdocs build --strict``;
* ``on_post_build``: ``assets/mathjax/mathjax.css``, the CSS of every character typeset
  (``extra_css`` in mkdocs.yml links it).
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from tested_docs import mathjax

log = logging.getLogger("mkdocs.hooks.mathjax")


def on_files(files, config):
    for uri, source in mathjax.font_files():
        files.append(File.generated(config, uri, abs_src_path=str(source)))
    return files


@event_priority(-100)
def on_post_page(output, page, config):
    output, errors = mathjax.typeset_page(output)
    for error in errors:
        log.error("TeX error on page %s: %s", page.file.src_uri, error)
    return output


def on_post_build(config):
    path = Path(config.site_dir, mathjax.STYLESHEET)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(mathjax.engine().stylesheet(), encoding="utf-8")
