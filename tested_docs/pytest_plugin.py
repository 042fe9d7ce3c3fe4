"""The project's pytest plugin, loaded for every run (``-p tested_docs.pytest_plugin``
in pyproject.toml), so that ``pytest docs/<chapter>.md`` alone works too.

* pytest-markdown-docs parses the chapters with the chapter model's parser
  (:func:`tested_docs.chapter.markdown_parser`), so it sees every python fence,
  those inside admonitions and list items included. A fence that shows a snippet
  (``--8<-- "<chapter>/<name>.py"``) is deselected: ``tests/test_snippets.py`` runs
  that very file (twice) and asserts its output, and ``tests/test_site.py`` proves the
  built page shows that file. A python fence written inline in a page (none today)
  is run by pytest-markdown-docs, in a temporary directory.
* ``snippet_worker``: the worker process that runs snippets (one per test process).
* ``built_site``, ``served_site``: the site built once per test process and served
  on 127.0.0.1. Under pytest-xdist the test processes share one build (the first
  to need it builds, the others wait for it), and each serves it itself.
"""

from __future__ import annotations

import functools
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tested_docs import site
from tested_docs.chapter import Chapter, markdown_parser
from tested_docs.worker import Worker


# tryfirst: this plugin is registered before pytest-markdown-docs, whose own
# implementation would otherwise answer this first-result hook.
@pytest.hookimpl(tryfirst=True)
def pytest_markdown_docs_markdown_it() -> MarkdownIt:
    return markdown_parser()


def pytest_markdown_docs_globals() -> dict:
    """An inline fence prints into a throwaway buffer (no output block to compare)."""
    return {"print": functools.partial(print, file=io.StringIO())}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    from pytest_markdown_docs.plugin import MarkdownInlinePythonItem

    kept, deselected = [], []
    for item in items:
        if isinstance(item, MarkdownInlinePythonItem):
            if _shows_a_snippet(item):
                deselected.append(item)
                continue
            item.runtest = _in_temporary_directory(item.runtest)
        kept.append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


@functools.cache
def _chapter(path: Path) -> Chapter:
    return Chapter(path)


def _shows_a_snippet(item) -> bool:
    """Whether a pytest-markdown-docs item is a fence that includes a file."""
    fences = {b.line: b for b in _chapter(Path(item.path)).fences}
    fence = fences.get(item.start_line)
    return fence is not None and bool(fence.includes)


def _in_temporary_directory(runtest):
    def run() -> None:
        old_cwd = os.getcwd()
        with tempfile.TemporaryDirectory() as workdir:
            os.chdir(workdir)
            try:
                runtest()
            finally:
                os.chdir(old_cwd)

    return run


@pytest.fixture(scope="session")
def snippet_worker() -> Iterator[Worker]:
    """The process that runs snippets for this test process (restarted after a
    snippet that hangs or crashes)."""
    with Worker() as worker:
        worker.start()
        yield worker


@pytest.fixture(scope="session")
def built_site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The site as `mkdocs build --strict` makes it, built once per session: the
    test processes of pytest-xdist share one build, in their common temporary
    folder."""
    root = tmp_path_factory.getbasetemp()
    if hasattr(request.config, "workerinput"):  # a pytest-xdist worker
        root = root.parent
    timings = os.environ.get("TESTED_DOCS_TIMINGS")  # set by ./dev bench
    result = site.shared_build(root / "site", log=Path(timings) if timings else None)
    if result.problems:
        pytest.fail(result.problems, pytrace=False)
    return result.site_dir


@pytest.fixture(scope="session")
def served_site(built_site: Path) -> Iterator[str]:
    """The built site on http://127.0.0.1:<free port>, at the path of `site_url`,
    as GitHub Pages serves it. Yields the site's base URL, ending in "/"."""
    with site.serving(built_site) as server:
        yield server.base_url
