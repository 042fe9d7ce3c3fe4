"""The project's pytest plugin, loaded for every run (``-p docs_plugin`` in
pyproject.toml), so that ``pytest docs/<chapter>.md`` alone works too.

Glue between pytest-markdown-docs and the snippet includes of the site, and the
session fixtures of the built and served site.
"""

import functools
import io
import os
import sys
import tempfile

import pytest
from markdown_it import MarkdownIt

from harness import expand_includes


class IncludeExpandingMarkdownIt(MarkdownIt):
    """Parses a chapter after expanding its ``--8<--`` includes.

    pytest-markdown-docs then sees the real code of every included snippet
    instead of the include line, which is not Python.
    """

    def parse(self, src, env=None):
        return super().parse(expand_includes(src), env)


# tryfirst: this plugin is registered before pytest-markdown-docs, whose own
# implementation would otherwise answer this first-result hook.
@pytest.hookimpl(tryfirst=True)
def pytest_markdown_docs_markdown_it():
    return IncludeExpandingMarkdownIt(config="commonmark")


def pytest_markdown_docs_globals():
    """Fences print into a throwaway buffer: tests/test_snippets.py checks output."""
    return {"print": functools.partial(print, file=io.StringIO())}


def pytest_collection_modifyitems(items):
    """Run each fence in a fresh temporary directory, as the snippet harness does."""
    from pytest_markdown_docs.plugin import MarkdownInlinePythonItem

    for item in items:
        if isinstance(item, MarkdownInlinePythonItem):
            item.runtest = _in_temporary_directory(item.runtest)


def _in_temporary_directory(runtest):
    def run():
        old_cwd = os.getcwd()
        with tempfile.TemporaryDirectory() as workdir:
            os.chdir(workdir)
            try:
                runtest()
            finally:
                os.chdir(old_cwd)

    return run


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site as `mkdocs build --strict` makes it, built once per session."""
    import subprocess

    from harness import ROOT

    site_dir = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        # Material's end-of-life banner names this variable, which contains "WARNING".
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{log}"
    assert "WARNING" not in log, f"mkdocs build printed warnings:\n{log}"
    return site_dir


@pytest.fixture(scope="session")
def served_site(built_site):
    """The built site on http://127.0.0.1:<free port>, at the path of `site_url`.

    Like GitHub Pages: the site lives under the path of `site_url` (so the absolute
    links of the 404 page resolve), and a missing file gets 404.html with status 404.
    Yields the site's base URL, ending in "/".
    """
    import threading

    from site_server import site_server

    server = site_server(built_site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.base_url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
