"""Each chapter's Jupyter notebook runs top to bottom and prints what the page shows.

The notebooks come from scripts/notebooks.py, the module the MkDocs hook
(hooks/jupyter_notebooks.py) uses to put them on the site. Every chapter that
includes a snippet gets one. Each notebook is executed with nbclient in a fresh
``python3`` kernel (this virtualenv's ipykernel), in its own temporary directory; the
notebooks run in parallel, one kernel each, because starting a kernel and importing
torch is most of the cost (about 3 to 10 s a notebook, depending on the machine).
"""

import os
import re
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import unquote, urljoin

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbclient import NotebookClient

from harness import DOCS, ROOT, SNIPPETS, includes

sys.path.insert(0, str(ROOT / "scripts"))
import notebooks  # scripts/notebooks.py

CHAPTERS = notebooks.notebook_chapters(DOCS)
IDS = [c.relative_to(DOCS).with_suffix("").as_posix() for c in CHAPTERS]
CELL_TIMEOUT = 60  # seconds, per cell
ANSI = re.compile(r"\x1b\[[0-9;]*m")  # colours of IPython's tracebacks
WORKERS = max(2, min(8, os.cpu_count() or 2))


def _snippet_cells(notebook):
    return [c for c in notebook.cells if c.cell_type == "code"]


def _stdout(cell) -> str:
    return "".join(
        o.get("text", "")
        for o in cell.get("outputs", [])
        if o.get("output_type") == "stream" and o.get("name") == "stdout"
    )


def _describe(cell, index) -> str:
    return f"cell {index} ({cell.metadata.get('snippet', 'no snippet')})"


def _execute(chapter: Path):
    """Run the chapter's notebook; returns (executed notebook, failure or None)."""
    notebook = notebooks.chapter_to_notebook(chapter)
    with tempfile.TemporaryDirectory(prefix="notebook-") as tmp:
        workdir = Path(tmp, "work")  # the kernel's cwd, as a fresh download folder
        workdir.mkdir()
        log = Path(tmp, "kernel.log")
        client = NotebookClient(
            notebook,
            timeout=CELL_TIMEOUT,
            startup_timeout=120,
            kernel_name="python3",
            resources={"metadata": {"path": str(workdir)}},
        )
        try:
            # The kernel's own stderr goes to a log, shown only if something fails.
            with log.open("w") as stderr:
                client.execute(stderr=stderr)
        except Exception as error:  # noqa: BLE001 - reported with the cell
            failed = next(
                (
                    (i, c)
                    for i, c in enumerate(notebook.cells)
                    if any(
                        o.get("output_type") == "error" for o in c.get("outputs", [])
                    )
                ),
                None,
            )
            message = ANSI.sub("", str(error))
            if failed:
                return notebook, f"{_describe(failed[1], failed[0])} raised:\n{message}"
            # No cell raised: the kernel died, hung or did not start.
            kernel = log.read_text(encoding="utf-8", errors="replace").strip()
            return notebook, f"{message}\n\nkernel stderr:\n{kernel}"
    return notebook, None


@pytest.fixture(scope="module", autouse=True)
def executed(request):
    """Chapter -> Future of (executed notebook, failure), for the chapters selected.

    Autouse: the notebooks start running with this module's first test, so they
    overlap with the others (the site build of `built_site` is a subprocess).
    """
    wanted = {
        item.callspec.params["chapter"]
        for item in request.session.items
        if getattr(item, "module", None) is request.module
        and hasattr(item, "callspec")
        and "chapter" in item.callspec.params
        and item.originalname == "test_notebook_runs_top_to_bottom"
    }
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        yield {c: pool.submit(_execute, c) for c in CHAPTERS if c in wanted}


def test_every_chapter_with_snippets_has_a_notebook():
    with_snippets = [
        c
        for c in sorted(DOCS.rglob("*.md"))
        if any(t.endswith(".py") for t in includes(c))
    ]
    assert CHAPTERS == with_snippets
    assert CHAPTERS, "no chapter includes a snippet"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=IDS)
def test_notebook_is_made_of_the_chapters_snippets(chapter):
    """One code cell per included snippet, in page order, with its source and output."""
    notebook = notebooks.chapter_to_notebook(chapter)
    nbformat.validate(notebook)
    cells = _snippet_cells(notebook)
    snippets = [t for t in includes(chapter) if t.endswith(".py")]
    assert [c.metadata["snippet"] for c in cells] == snippets
    for cell in cells:
        path = SNIPPETS / cell.metadata["snippet"]
        assert cell.source == path.read_text(encoding="utf-8").rstrip("\n")
        assert _stdout(cell) == path.with_suffix(".out").read_text(encoding="utf-8")


@pytest.mark.parametrize("chapter", CHAPTERS, ids=IDS)
def test_notebook_runs_top_to_bottom(chapter, executed):
    """Run All in a fresh kernel: no cell raises, each prints exactly its .out."""
    notebook, failure = executed[chapter].result()
    name = chapter.relative_to(ROOT)
    if failure:
        pytest.fail(f"notebook of {name}: {failure}", pytrace=False)
    drifted = []
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        expected = (SNIPPETS / cell.metadata["snippet"]).with_suffix(".out")
        if _stdout(cell) != expected.read_text(encoding="utf-8"):
            drifted.append(_describe(cell, index))
    assert not drifted, (
        f"notebook of {name}: run top to bottom in one kernel, these cells print "
        f"something other than their .out (state left by an earlier cell?): {drifted}"
    )


def _page_html(site_dir: Path, chapter: Path) -> Path:
    stem = chapter.relative_to(DOCS).with_suffix("").as_posix()
    if stem == "index" or stem.endswith("/index"):
        return site_dir / f"{stem}.html"
    return site_dir / stem / "index.html"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=IDS)
def test_site_offers_the_notebook(built_site, chapter):
    """The chapter page links to notebooks/<chapter>.ipynb, which is the notebook."""
    stem = chapter.relative_to(DOCS).with_suffix("").as_posix()
    download = built_site / "notebooks" / f"{stem}.ipynb"
    assert download.is_file(), f"{download.relative_to(built_site)} is not on the site"
    notebook = nbformat.read(download, as_version=4)
    nbformat.validate(notebook)
    expected = _snippet_cells(notebooks.chapter_to_notebook(chapter))
    shipped = _snippet_cells(notebook)
    assert [(c.source, _stdout(c)) for c in shipped] == [
        (c.source, _stdout(c)) for c in expected
    ]

    page = _page_html(built_site, chapter)
    page_url = "http://site/" + page.relative_to(built_site).as_posix()
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    targets = {
        unquote(urljoin(page_url, a["href"]).removeprefix("http://site/")): a
        for a in soup.select("article a[href]")
    }
    link = targets.get(f"notebooks/{stem}.ipynb")
    assert link is not None, (
        f"{page.relative_to(built_site)} has no link to {download.name}"
    )
    assert link.has_attr("download")

    rendered = built_site / "notebooks" / stem / "index.html"
    assert f"notebooks/{stem}/" in targets, "no link to the rendered notebook"
    assert rendered.is_file()
    assert 'class="jupyter-wrapper"' in rendered.read_text(encoding="utf-8")
