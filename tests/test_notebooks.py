"""Each chapter's Jupyter notebook is the chapter's snippets, and runs top to bottom.

The notebooks come from ``tested_docs.notebooks``, which the MkDocs hook
(hooks/jupyter_notebooks.py) uses to put them on the site. Every chapter that
shows a snippet gets one. Its code cells are the chapter's snippet files, in page
order, each with its ``.out`` as saved output (checked here without running
anything).

"Run All" is each program's second run, after its fence's test in ``docs/<chapter>.md``,
and it checks two things at once:

* the notebook: the cells share one namespace, one process and one folder, with no
  reset in between, so a cell that changes a global setting (print options, default
  dtype, a seed) for the cells after it shows up here;
* determinism: each cell must print its ``.out`` and draw its committed figures
  again, on one thread (``torch.set_num_threads(1)``; the first run has torch's
  default), so an unseeded random call or digits that depend on the thread count
  show up too.

A cell that prints or draws something else is then run alone, twice, to say which
of the two it is. The cells run in the snippet worker (each within its time limit,
with no Jupyter kernel to start): their sources are the snippet files, as the
structural test proves.
"""

from pathlib import Path
from urllib.parse import unquote, urljoin

import nbformat
import pytest
from bs4 import BeautifulSoup

from tested_docs import notebooks
from tested_docs.chapter import snippet_chapters
from tested_docs.layout import layout
from tested_docs.site import chapter_url, page_file
from tested_docs.snippets import Run, Snippet, SnippetFailed, differences

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


def _differences(snippet: Snippet, run: Run) -> list[str]:
    """What a run printed or drew that differs from the snippet's committed files."""
    labels = {".out": "", ".err": "stderr"}
    return [
        f"{d.path.name} ({labels.get(d.path.suffix, d.how)})".replace(" ()", "")
        for d in differences(snippet, run)
    ]


def _diagnosis(worker, snippet: Snippet, workdir: Path) -> str:
    """Why a cell drifted: the snippet run alone, as a reader runs it and on one
    thread (each with fresh, unpredictable seeds)."""
    try:
        alone = worker.run(snippet, workdir / "alone")
        one_thread = worker.run(snippet, workdir / "alone-one-thread", threads=1)
    except SnippetFailed as error:
        return f"run alone, it fails: {error}"
    if alone != one_thread:
        return (
            "it is not deterministic: run alone twice (the second time under "
            "torch.set_num_threads(1)) it printed or drew different things. Is a "
            "random call left unseeded (torch.manual_seed / np.random.seed), or is a "
            "result printed to more digits than stay the same across thread counts?"
        )
    if not _differences(snippet, alone):
        return (
            "alone it prints and draws its files: a cell before it leaves state "
            "behind (print options, default dtype, a seed, a file)"
        )
    return (
        "alone it does not print or draw its committed files either: see its "
        "fence's test in its chapter (./dev regen rewrites them)"
    )


def _run_all(chapter, worker, folder: Path) -> list[tuple[int, Snippet, list[str]]]:
    """Run All in a fresh namespace, one thread; the cells that drifted."""
    worker.new_namespace()
    drifted = []
    for number, target in enumerate(chapter.snippets, start=1):
        snippet = Snippet(SITE.snippets / target)
        try:
            run = worker.run_cell(snippet, folder, threads=1)
        except SnippetFailed as error:
            pytest.fail(
                f"notebook of {chapter.where}, cell {number} ({target}): {error}",
                pytrace=False,
            )
        differences = _differences(snippet, run)
        if differences:
            drifted.append((number, snippet, differences))
    return drifted


@pytest.mark.parametrize("chapter", CHAPTERS, ids=IDS)
def test_notebook_runs_top_to_bottom(chapter, snippet_worker, tmp_path):
    """Run All in one fresh namespace, on one thread: no cell raises, each prints
    exactly its .out (and .err) and draws exactly its figures."""
    drifted = _run_all(chapter, snippet_worker, tmp_path / "notebook")
    if drifted and all(d.endswith("(stderr)") for *_, ds in drifted for d in ds):
        # torch shows some warnings once per process, and this worker may have shown
        # them before: Run All again in a fresh one, as in a fresh kernel.
        snippet_worker.restart()
        drifted = _run_all(chapter, snippet_worker, tmp_path / "notebook-again")
    problems = [
        f"cell {number} ({snippet.relpath}) printed or drew something other than "
        f"{', '.join(differences)}: "
        + _diagnosis(snippet_worker, snippet, tmp_path / f"cell-{number}")
        for number, snippet, differences in drifted
    ]
    if problems:
        pytest.fail(
            f"notebook of {chapter.where}, run top to bottom:\n" + "\n".join(problems),
            pytrace=False,
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
