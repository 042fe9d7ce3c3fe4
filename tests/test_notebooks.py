"""Each chapter's Jupyter notebook is the chapter's snippets, and runs top to bottom.

The notebooks come from ``tested_docs.notebooks``, which the MkDocs hook
(hooks/jupyter_notebooks.py) uses to put them on the site. Every chapter that
shows a snippet gets one. Its code cells are the chapter's snippet files, in page
order, each with its ``.out`` as saved output (checked here without running
anything). What a notebook adds to the snippet tests is that its cells share one
namespace and one process: "Run All" runs them one after another without a reset in
between, so a cell that changes a global setting (print options, default dtype, a
seed) for the cells after it shows up here. That run happens in the snippet worker
(the programs run once more, each within its time limit, with no Jupyter kernel to
start): the cells' sources are the snippet files, as the structural test proves.
It runs on one thread (``torch.set_num_threads(1)``), which is faster when the
test processes share the cores; the snippet tests prove that the outputs do not
depend on the thread count.
"""

from urllib.parse import unquote, urljoin

import nbformat
import pytest
from bs4 import BeautifulSoup

from tested_docs import notebooks
from tested_docs.chapter import snippet_chapters
from tested_docs.layout import layout
from tested_docs.site import chapter_url, page_file
from tested_docs.snippets import Snippet, SnippetFailed

SITE = layout()
CHAPTERS = snippet_chapters()
IDS = [c.name for c in CHAPTERS]


def _code_cells(notebook):
    return [c for c in notebook.cells if c.cell_type == "code"]


def _stdout(cell) -> str:
    return "".join(
        o.get("text", "")
        for o in cell.get("outputs", [])
        if o.get("output_type") == "stream" and o.get("name") == "stdout"
    )


def test_every_chapter_with_snippets_has_a_notebook():
    assert CHAPTERS, "no chapter shows a snippet"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=IDS)
def test_notebook_is_made_of_the_chapters_snippets(chapter):
    """One code cell per snippet, in page order, with its source and output."""
    notebook = notebooks.chapter_to_notebook(chapter)
    nbformat.validate(notebook)
    cells = _code_cells(notebook)
    assert [c.metadata["snippet"] for c in cells] == chapter.snippets
    for cell in cells:
        path = SITE.snippets / cell.metadata["snippet"]
        assert cell.source == path.read_text(encoding="utf-8").rstrip("\n")
        assert _stdout(cell) == path.with_suffix(".out").read_text(encoding="utf-8")


@pytest.mark.parametrize("chapter", CHAPTERS, ids=IDS)
def test_notebook_runs_top_to_bottom(chapter, snippet_worker, tmp_path):
    """Run All in one fresh namespace: no cell raises, each prints exactly its .out."""
    snippet_worker.new_namespace()
    drifted = []
    for number, target in enumerate(chapter.snippets, start=1):
        snippet = Snippet(SITE.snippets / target)
        try:
            run = snippet_worker.run_cell(snippet, tmp_path, threads=1)
        except SnippetFailed as error:
            pytest.fail(
                f"notebook of {chapter.where}, cell {number} ({target}): {error}",
                pytrace=False,
            )
        if run.stdout != snippet.output_path.read_text(encoding="utf-8"):
            drifted.append(f"cell {number} ({target})")
    assert not drifted, (
        f"notebook of {chapter.where}: run top to bottom in one namespace, these "
        "cells print something other than their .out (state left by an earlier "
        f"cell?): {drifted}"
    )


@pytest.mark.parametrize("chapter", CHAPTERS, ids=IDS)
def test_site_offers_the_notebook(built_site, chapter):
    """The chapter page links to notebooks/<chapter>.ipynb, which is the notebook."""
    download = built_site / "notebooks" / f"{chapter.name}.ipynb"
    assert download.is_file(), f"{download.relative_to(built_site)} is not on the site"
    notebook = nbformat.read(download, as_version=4)
    nbformat.validate(notebook)
    expected = _code_cells(notebooks.chapter_to_notebook(chapter))
    assert [(c.source, _stdout(c)) for c in _code_cells(notebook)] == [
        (c.source, _stdout(c)) for c in expected
    ]

    url = chapter_url(chapter.relpath)
    page = page_file(built_site, url)
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    targets = {
        unquote(
            urljoin("http://site/" + url, a["href"]).removeprefix("http://site/")
        ): a
        for a in soup.select("article a[href]")
    }
    link = targets.get(f"notebooks/{chapter.name}.ipynb")
    assert link is not None, f"{url} has no link to {download.name}"
    assert link.has_attr("download")

    rendered = page_file(built_site, f"notebooks/{chapter.name}/")
    assert f"notebooks/{chapter.name}/" in targets, "no link to the rendered notebook"
    assert rendered.is_file()
    assert 'class="jupyter-wrapper"' in rendered.read_text(encoding="utf-8")
