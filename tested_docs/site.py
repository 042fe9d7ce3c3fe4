"""The built site: building it, listing its pages, serving it on 127.0.0.1.

* :func:`build` runs ``mkdocs build --strict`` into a folder and returns its log;
  :func:`shared_build` does it once for several processes (pytest-xdist's);
* :func:`site_pages` lists the pages of a built site as URLs relative to its root
  (``""``, ``autograd/``, ``notebooks/autograd/``), :func:`page_file` finds the HTML
  of one, and :func:`chapter_url` gives a chapter's;
* :func:`site_server` serves a built site the way GitHub Pages does:

  - mounted at the path of ``site_url`` (``/d2l-tested/``), so the absolute links of
    the 404 page resolve as they do on Pages;
  - a missing file gets ``404.html`` with status 404;
  - ``sitemap.xml`` lists the pages at this server's address instead of
    ``site_url``, as ``mkdocs serve`` does: Material's instant navigation only
    intercepts links to pages of the sitemap, comparing their port too;
  - with ``gzip=True``, text responses are gzip-compressed (level 6) when the browser
    accepts it, as a static server such as Pages or nginx sends them.

The browser tests and ``scripts/bench_pages.py`` start chromium with
:data:`CHROMIUM` and :data:`CHROMIUM_ARGS`.
"""

from __future__ import annotations

import fcntl
import functools
import gzip
import http.server
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import ClassVar

from tested_docs.layout import layout

COMPRESSIBLE = re.compile(r"^(text/|application/(javascript|json|xml)|image/svg)")

# Debian's chromium, as the browser tests and the page benchmark start it: without
# the background-networking flags it keeps calling Google's hosts.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


@dataclass(frozen=True)
class Build:
    site_dir: Path
    returncode: int
    log: str
    built_here: bool = False  # by this process (shared_build: the first to ask)

    @property
    def problems(self) -> str | None:
        """Why the build does not pass (failed, or printed a warning), or None."""
        if self.returncode != 0:
            return f"mkdocs build --strict failed:\n{self.log}"
        if "WARNING" in self.log:
            return f"mkdocs build printed warnings:\n{self.log}"
        return None


def build(site_dir: Path, *, quiet: bool = False) -> Build:
    """``mkdocs build --strict`` of this repository into ``site_dir``."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)]
    result = subprocess.run(
        [*command, "-q"] if quiet else command,
        check=False,
        cwd=layout().root,
        capture_output=True,
        text=True,
        # Material's end-of-life banner names this variable, which contains "WARNING".
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return Build(Path(site_dir), result.returncode, result.stdout + result.stderr)


def shared_build(site_dir: Path, *, log: Path | None = None) -> Build:
    """:func:`build` into ``site_dir``, once for every process that asks: the first
    builds (holding a lock beside it), the others wait and get the same result.
    The test processes of pytest-xdist share the site this way. ``log``: a file
    that gets a line ``build <seconds>`` (for ./dev bench)."""
    site_dir = Path(site_dir)
    result = site_dir.with_name(site_dir.name + ".build.json")
    with site_dir.with_name(site_dir.name + ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if result.is_file():
            done = json.loads(result.read_text(encoding="utf-8"))
            return Build(site_dir, done["returncode"], done["log"])
        start = time.perf_counter()
        built = build(site_dir)
        if log is not None:
            with log.open("a", encoding="utf-8") as timings:
                timings.write(f"build {time.perf_counter() - start:.3f}\n")
        done = {"returncode": built.returncode, "log": built.log}
        result.write_text(json.dumps(done), encoding="utf-8")
        return Build(site_dir, built.returncode, built.log, built_here=True)


def site_pages(site_dir: Path) -> list[str]:
    """Every page of a built site, as a URL relative to the site's root URL."""
    pages = []
    for html in sorted(Path(site_dir).rglob("index.html")):
        relative = html.parent.relative_to(site_dir)
        if relative.parts[:1] in (("assets",), ("search",)):
            continue
        pages.append("" if relative == Path(".") else relative.as_posix() + "/")
    return pages


def source_pages() -> list[str]:
    """The pages a build of the sources makes, in :func:`site_pages`' form, sorted:
    each chapter's page, and the rendered notebook of each chapter that shows a
    snippet. The browser tests name their tests by these; a test compares them with
    the build."""
    from tested_docs.chapter import chapters
    from tested_docs.notebook_site import page_uri

    pages = [chapter_url(c.relpath) for c in chapters()]
    pages += [chapter_url(page_uri(c.relpath)) for c in chapters() if c.snippets]
    return sorted(pages)


def page_file(site_dir: Path, url: str) -> Path:
    """The HTML file of a page URL relative to the site's root (``autograd/``)."""
    return Path(site_dir, url, "index.html")


def chapter_url(chapter_relpath: str) -> str:
    """The URL of a chapter's page, relative to the site's root: ``autograd.md`` ->
    ``autograd/``, ``index.md`` -> ``""`` (MkDocs' directory URLs)."""
    stem = PurePosixPath(chapter_relpath).with_suffix("")
    if stem.name == "index":
        parent = stem.parent.as_posix()
        return "" if parent == "." else parent + "/"
    return stem.as_posix() + "/"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    mount = "/"
    gzip = False
    site_url = "/"
    base_url = "/"
    extra: ClassVar[dict[str, Path]] = {}  # URL path -> file: site_server(extra=)

    def translate_path(self, path: str) -> str:
        path = urllib.parse.urlsplit(path).path
        if not (path + "/").startswith(self.mount):
            return os.path.join(self.directory, "\0outside-the-site")
        inside = path[len(self.mount) :]
        if inside in self.extra:
            return str(self.extra[inside])
        return super().translate_path("/" + inside)

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory, "404.html")
        if code != 404 or not not_found.is_file():
            return super().send_error(code, message, explain)
        self._send_bytes(404, "text/html; charset=utf-8", not_found.read_bytes())
        return None

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not urllib.parse.urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # redirect to the path with a slash
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            self.send_error(404)
            return None
        kind = self.guess_type(path)
        if kind.startswith("text/") and "charset" not in kind:
            kind += "; charset=utf-8"
        body = Path(path).read_bytes()
        if os.path.basename(path) == "sitemap.xml" and self.site_url != "/":
            body = body.replace(self.site_url.encode(), self.base_url.encode())
        self._send_bytes(200, kind, body)
        return None

    def _send_bytes(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        accepts = self.headers.get("Accept-Encoding", "")
        if self.gzip and "gzip" in accepts and COMPRESSIBLE.match(kind):
            body = gzip.compress(body, compresslevel=6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        sent = getattr(self.server, "sent", None)
        if sent is not None:  # scripts/bench_pages.py counts the bytes of each page
            sent.append((self.path, len(body)))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")  # as GitHub Pages
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):
        pass


class SiteServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    base_url: str  # the site's URL on this server, ending in "/"
    sent: list[tuple[str, int]] | None = None  # (path, bytes) when counting

    def handle_error(self, request, client_address) -> None:
        # A browser that leaves a page drops the requests still under way.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def site_server(
    directory: Path, *, gzip: bool = False, extra: dict[str, Path] | None = None
) -> SiteServer:
    """A server (not yet serving) on a free port; its `base_url` is the site's URL.
    ``extra`` serves more files, each at a path relative to the site's URL (the
    browser tests' copy of axe-core)."""
    site = layout()
    handler = type(
        "Handler",
        (SiteHandler,),
        {
            "gzip": gzip,
            "site_url": site.site_url,
            "mount": site.site_path,
            "extra": extra or {},
        },
    )
    server = SiteServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(directory))
    )
    handler.base_url = f"http://127.0.0.1:{server.server_address[1]}{site.site_path}"
    server.base_url = handler.base_url
    return server


@contextmanager
def serving(
    directory: Path, *, gzip: bool = False, extra: dict[str, Path] | None = None
) -> Iterator[SiteServer]:
    """Serve a built site in a background thread while the block runs."""
    server = site_server(directory, gzip=gzip, extra=extra)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def site_to_measure(site: Path | None) -> Iterator[Path]:
    """The built site at ``site``, or else a fresh strict build in a temporary folder.

    For the benchmarks: a build with problems ends the program, naming them.
    """
    if site is not None:
        yield site
        return
    with tempfile.TemporaryDirectory() as tmp:
        print("building the site ...", file=sys.stderr)
        built = Path(tmp) / "site"
        problems = build(built, quiet=True).problems
        if problems:
            sys.exit(problems)
        yield built
