"""Each chapter as a Jupyter notebook: downloadable, and rendered on the site.

A thin hook: the work is in ``tested_docs.notebook_site`` (putting the notebooks on
the site) and ``tested_docs.notebooks`` (making a notebook from a chapter). The
build's state lives in one :class:`~tested_docs.notebook_site.NotebookSite`.
"""

from __future__ import annotations

from typing import Final

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from tested_docs.notebook_site import NotebookSite

NOTEBOOKS: Final = NotebookSite()


@event_priority(-50)  # after mkdocs-jupyter's on_files: it must not wrap these pages
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    return NOTEBOOKS.on_files(files, config)


def on_page_markdown(
    markdown: str, *, page: Page, config: MkDocsConfig, files: Files
) -> str:
    return NOTEBOOKS.on_page_markdown(markdown, page)


def on_page_content(
    html: str, *, page: Page, config: MkDocsConfig, files: Files
) -> str:
    return NOTEBOOKS.on_page_content(html, page, config)


def on_page_context(
    context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
) -> TemplateContext:
    NOTEBOOKS.on_page_context(page)
    return context


def on_post_build(*, config: MkDocsConfig) -> None:
    NOTEBOOKS.cleanup()


def on_build_error(*, error: Exception) -> None:
    NOTEBOOKS.cleanup()
