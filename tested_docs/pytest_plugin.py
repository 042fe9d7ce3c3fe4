"""The project's pytest plugin, loaded for every run (``-p tested_docs.pytest_plugin``
in pyproject.toml), so that ``pytest docs/<chapter>.md`` alone works too.

* **The chapters are the tests.** pytest-markdown-docs collects every python fence of
  ``docs/<chapter>.md``, parsed with the chapter model's parser
  (:func:`tested_docs.chapter.markdown_parser`), so it sees the fences inside
  admonitions and list items too. A fence that shows a snippet
  (``--8<-- "<chapter>/<name>.py"``) becomes a :class:`SnippetFence`, named
  ``docs/<chapter>.md::<name>.py``: it runs that file in the snippet worker (its time
  limit, the global state reset around it) and asserts that it prints its ``.out``,
  writes its ``.err`` to stderr (nothing, where there is none) and draws its committed
  figures (to :data:`~tested_docs.snippets.FIGURE_TOLERANCE` px). ``--rewrite-outputs`` (``./dev regen``) rewrites those files instead. A
  python fence written inline in a page (none today) is run by pytest-markdown-docs
  itself, in a temporary directory.
* ``snippet_worker``: the worker process that runs snippets (one per test process).
* ``built_site``, ``served_site``: the site built once per test process and served
  on 127.0.0.1. Under pytest-xdist the test processes share one build (the first
  to need it builds, the others wait for it), and each serves it itself. With
  ``TESTED_DOCS_PUBLISH=<folder>`` a passing build is also copied there (CI
  publishes that very site).
"""

from __future__ import annotations

import difflib
import functools
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pytest_markdown_docs.plugin import MarkdownInlinePythonItem

from tested_docs import site
from tested_docs.chapter import Chapter, markdown_parser
from tested_docs.layout import layout_of
from tested_docs.snippets import Run, Snippet, SnippetFailed, differences
from tested_docs.worker import Worker

REWRITE = "--rewrite-outputs"
CHAPTER = "--chapter"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("tested_docs").addoption(
        REWRITE,
        action="store_true",
        default=False,
        help="rewrite each snippet's .out, .err and figures from what it does "
        "(./dev regen), instead of asserting them",
    )
    parser.getgroup("tested_docs").addoption(
        CHAPTER,
        metavar="NAME",
        help="run only the tests of docs/NAME.md (./dev chapter NAME): its code "
        "blocks, and every test parametrized by it (its notebook, its pages in the "
        "browser, its sync, prose and glossary checks)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """An unknown ``--chapter`` is a usage error, before any test process starts."""
    name = config.getoption(CHAPTER)
    if name is None:
        return
    docs = layout_of(config.rootpath / "mkdocs.yml").docs
    if not (docs / f"{name}.md").is_file():
        raise pytest.UsageError(f"{CHAPTER} {name}: there is no {docs / name}.md")


# tryfirst: this plugin is registered before pytest-markdown-docs, whose own
# implementation would otherwise answer this first-result hook.
@pytest.hookimpl(tryfirst=True)
def pytest_markdown_docs_markdown_it() -> MarkdownIt:
    return markdown_parser()


def pytest_markdown_docs_globals() -> dict:
    """An inline fence prints into a throwaway buffer (no output block to compare)."""
    return {"print": functools.partial(print, file=io.StringIO())}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]):
    """pytest-markdown-docs' items of snippet fences become :class:`SnippetFence`
    items in their place; inline fences run in a temporary directory. With
    ``--chapter NAME``, only that chapter's tests are kept (:func:`_one_chapter`)."""
    for index, item in enumerate(items):
        if type(item) is not MarkdownInlinePythonItem:
            continue
        fence = _fence(item)
        if fence is not None and fence.includes:
            items[index] = SnippetFence.from_parent(
                item.parent,
                name=Path(fence.includes[0]).name,
                test_definition=item.test_definition,
            )
        else:
            item.runtest = _in_temporary_directory(item.runtest)
    if config.getoption(CHAPTER):
        _one_chapter(config, items, config.getoption(CHAPTER))


def _one_chapter(config: pytest.Config, items: list[pytest.Item], name: str) -> None:
    """Keeps the tests of docs/NAME.md (its fences) and the tests parametrized by
    it, whichever way their ids name it (``NAME``, ``NAME.md``, ``notebooks/NAME``).

    They are ordered so that two test processes share the work evenly: the notebook's
    run (one long test) first, the fences next, and the tests that need the built site
    last, so that one process builds it while the other runs the notebook. For LeNet's
    page, on a 2-core AMD EPYC, this took the loop from 60 s to 48 s (medians of 3)."""
    docs = layout_of(config.rootpath / "mkdocs.yml").docs
    ids = {name, f"{name}.md", f"notebooks/{name}"}
    chosen, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        if (item.path.suffix == ".md" and item.path == docs / f"{name}.md") or (
            callspec is not None and callspec.id in ids
        ):
            chosen.append(item)
        else:
            dropped.append(item)
    config.hook.pytest_deselected(items=dropped)
    items[:] = sorted(chosen, key=_loop_order)


def _loop_order(item: pytest.Item) -> int:
    """0: runs a whole notebook; 1: a fence; 3: needs the built site; 2: the rest."""
    fixtures = getattr(item, "fixturenames", ())
    if "snippet_worker" in fixtures:
        return 0
    if isinstance(item, SnippetFence):
        return 1
    return 3 if "built_site" in fixtures else 2


@functools.cache
def _chapter(path: Path) -> Chapter:
    return Chapter(path, site=layout_of(path))


def _fence(item: MarkdownInlinePythonItem):
    """The chapter model's block for a pytest-markdown-docs item."""
    return {b.line: b for b in _chapter(Path(item.path)).fences}.get(item.start_line)


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


class Mismatch(AssertionError):
    """What a snippet did differs from the files its page shows."""


class SnippetFence(MarkdownInlinePythonItem):
    """A fence that shows a snippet: runs the file, asserts its output files."""

    def runtest(self) -> None:
        chapter = _chapter(Path(self.path))
        fence = _fence(self)
        assert fence is not None
        target = fence.includes[0]
        path = chapter.site.snippets / target
        if not path.is_file():
            raise SnippetFailed(
                f"{chapter.where}:{fence.line} includes {target}, which does not exist "
                f"under {chapter.site.relative(chapter.site.snippets)}/"
            )
        snippet = Snippet(path)
        request = self.fixture_request
        worker: Worker = request.getfixturevalue("snippet_worker")
        workdir: Path = request.getfixturevalue("tmp_path") / "run"
        run = worker.run(snippet, workdir)
        if snippet.error_path.is_file() and run.stderr != _text(snippet.error_path):
            # torch shows some warnings once per process: an earlier snippet in this
            # worker may have had it. A fresh worker shows it, as a fresh `python`.
            worker.restart()
            run = worker.run(snippet, workdir)
        if run.stderr:
            # ... and so the snippets after this one get a worker that has shown none.
            worker.restart()
        if self.config.getoption(REWRITE):
            rewrite(snippet, run)
        else:
            check(snippet, run, page=chapter.where)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, (SnippetFailed, Mismatch)):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, self.start_line - 1, f"{self.name} (line {self.start_line})"


def rewrite(snippet: Snippet, run: Run) -> None:
    """Write what a run printed, wrote to stderr and drew into the snippet's files."""
    snippet.output_path.write_text(run.stdout, encoding="utf-8")
    if run.stderr:
        snippet.error_path.write_text(run.stderr, encoding="utf-8")
    else:
        snippet.error_path.unlink(missing_ok=True)
    for figure, content in run.figures.items():
        snippet.figure_dir.mkdir(parents=True, exist_ok=True)
        (snippet.figure_dir / figure).write_bytes(content)


def check(snippet: Snippet, run: Run, *, page: str) -> None:
    """Raise :class:`Mismatch`, with a diff naming the files, unless the run printed
    its ``.out``, wrote its ``.err`` (or nothing) and drew its committed figures."""
    problems = []
    regen = f"./dev regen {page} rewrites it; review the change with git diff"
    for found in differences(snippet, run):
        where = _relative(found.path)
        if found.path == snippet.error_path and found.committed is None:
            shown = "\n".join(f"    {line}" for line in run.stderr.splitlines())
            problems.append(
                f"{snippet.relpath} wrote to stderr, which its page does not show (a "
                f"reader's terminal does):\n{shown}\nMake the snippet write nothing "
                f"there, or show it: ./dev regen {page} writes "
                f"{snippet.relpath.removesuffix('.py')}.err, which the page includes "
                'in a block titled "标准错误" right after the output block.'
            )
        elif found.committed is None:
            problems.append(f"{where} does not exist ({regen})")
        else:
            verb = _verb(found.path)
            diff = difflib.unified_diff(
                found.committed.splitlines(keepends=True),
                found.obtained.splitlines(keepends=True),
                fromfile=f"{where} (on the page)",
                tofile=f"what {snippet.path.name} {verb}",
            )
            problems.append(
                f"{where} differs from what {snippet.relpath} {verb} ({regen}):\n"
                + "".join(diff).rstrip("\n")
            )
    if problems:
        raise Mismatch("\n\n".join(problems))


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _relative(path: Path) -> str:
    return layout_of(path).relative(path)


def _verb(path: Path) -> str:
    return {".out": "printed", ".err": "wrote to stderr"}.get(path.suffix, "drew")


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
    publish = os.environ.get("TESTED_DOCS_PUBLISH")
    if publish and result.built_here:
        shutil.copytree(result.site_dir, publish, dirs_exist_ok=True)
    return result.site_dir


@pytest.fixture(scope="session")
def served_site(built_site: Path) -> Iterator[str]:
    """The built site on http://127.0.0.1:<free port>, at the path of `site_url`,
    as GitHub Pages serves it. Yields the site's base URL, ending in "/"."""
    with site.serving(built_site) as server:
        yield server.base_url
