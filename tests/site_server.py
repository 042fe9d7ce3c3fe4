"""A static server for the built site, on 127.0.0.1, the way GitHub Pages serves it.

Used by the browser tests (tests/docs_plugin.py, fixture ``served_site``) and by the
page benchmark (scripts/bench_pages.py), which also share how chromium is started:

* the site is mounted at the path of ``site_url`` in mkdocs.yml (``/d2l-tested/``),
  so the absolute links of the 404 page resolve as they do on Pages;
* a missing file gets ``404.html`` with status 404;
* ``sitemap.xml`` lists the pages at this server's address instead of ``site_url``,
  as ``mkdocs serve`` does: Material's instant navigation only intercepts links to
  pages of the sitemap, comparing their port too;
* with ``gzip=True``, text responses are gzip-compressed (level 6) when the browser
  accepts it, as a static server such as Pages or nginx sends them.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import re
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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


def site_url(config: Path = ROOT / "mkdocs.yml") -> str:
    """`site_url` of mkdocs.yml, ending in "/" ("/" when unset)."""
    text = config.read_text(encoding="utf-8")
    found = re.search(r"^site_url:\s*(\S+)", text, re.MULTILINE)
    return found.group(1).rstrip("/") + "/" if found else "/"


def site_path(url: str) -> str:
    """The path part of a site URL, always ending in "/"."""
    path = urllib.parse.urlsplit(url).path.strip("/")
    return f"/{path}/" if path else "/"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    mount = "/"
    gzip = False
    site_url = "/"
    base_url = "/"

    def translate_path(self, path):
        path = urllib.parse.urlsplit(path).path
        if not (path + "/").startswith(self.mount):
            return os.path.join(self.directory, "\0outside-the-site")
        return super().translate_path("/" + path[len(self.mount) :])

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory, "404.html")
        if code != 404 or not not_found.is_file():
            return super().send_error(code, message, explain)
        self._send_bytes(404, "text/html; charset=utf-8", not_found.read_bytes())

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

    def _send_bytes(self, status, kind, body):
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


def site_server(
    directory: Path, *, gzip: bool = False
) -> http.server.ThreadingHTTPServer:
    """A server (not yet serving) on a free port; its `base_url` is the site's URL."""
    url = site_url()
    handler = type("Handler", (SiteHandler,), {"gzip": gzip, "site_url": url})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(directory))
    )
    server.daemon_threads = True
    handler.mount = site_path(url)
    handler.base_url = f"http://127.0.0.1:{server.server_address[1]}{handler.mount}"
    server.base_url = handler.base_url
    return server
