"""A reader in chromium: one page that follows what it loads, and the checks every
page of the site must pass (``Reader.check``). The JavaScript of each check is a file
in ``js/``; design/browser-tests.md lists what each test guarantees."""

from __future__ import annotations

import functools
import urllib.parse
from pathlib import Path

JS = Path(__file__).resolve().parent / "js"
AXE = Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js"
# Where the test server serves axe-core (never the site): the page loads it by URL,
# so chromium compiles it once and takes it from its code cache after.
AXE_PATH = "__axe-core/axe.min.js"

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PALETTE_LABELS = "label.md-header__button[for^='__palette']"
PALETTE_TOGGLE = PALETTE_LABELS + ":visible"
# A click on that toggle, as the reader's (without playwright's checks before a click,
# which wait for two animation frames).
TOGGLE_SCHEME = f"""() => [...document.querySelectorAll("{PALETTE_LABELS}")]
    .find(label => label.offsetParent).click()"""
SCHEME = "document.body.getAttribute('data-md-color-scheme')"
SCHEME_NAMES = {"default": "light", "slate": "dark"}
# The text that axe-core leaves to text-contrast.js: code, and formulas' text.
CODE_AND_FORMULA_TEXT = "pre, pre *, mjx-utext"
# The browser asks for reduced motion, as a reader can: Material then draws no
# transition, and a new scheme or width is final at once. Checked all the same.
TRANSITIONS_DONE = (
    "() => document.getAnimations().every(a => a.playState !== 'running')"
)


@functools.cache
def js(name: str) -> str:
    """The function expression in ``js/<name>.js``, for ``page.evaluate``."""
    return (JS / f"{name}.js").read_text(encoding="utf-8")


class Reader:
    """A browser page and the problems it met since the last :meth:`take`: console
    errors, uncaught exceptions, 4xx/5xx responses, failed local requests and any
    request to a host but 127.0.0.1 (chromium resolves no other host, see
    ``conftest.BLOCK_OTHER_HOSTS``: such a request fails, and is reported here)."""

    def __init__(self, context, base: str):
        self.base = base
        self.problems: list[str] = []
        self.expected_404: set[str] = set()
        self.page = page = context.new_page()
        page.on("request", self._on_request)
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))
        page.on("response", self._on_response)
        page.on("requestfailed", self._on_request_failed)
        page.set_default_timeout(15_000)

    def take(self) -> list[str]:
        problems, self.problems = self.problems, []
        return problems

    def run(self, script: str, arg=None):
        """Evaluate ``js/<script>.js`` in the page."""
        return self.page.evaluate(js(script), arg)

    def _on_request(self, request) -> None:
        url = request.url
        if not url.startswith(("data:", "blob:")) and _host(url) != "127.0.0.1":
            self.problems.append(f"request to another host: {url}")

    def _on_console(self, message) -> None:
        if message.type != "error":
            return
        expected = message.location.get("url") in self.expected_404
        if not (expected and message.text.startswith("Failed to load resource")):
            self.problems.append(f"console error: {message.text}")

    def _on_response(self, response) -> None:
        if response.status >= 400 and response.url not in self.expected_404:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _on_request_failed(self, request) -> None:
        # ERR_ABORTED: cancelled by the browser (the page was left before a font or a
        # script arrived). Other hosts: already reported by _on_request.
        if _host(request.url) == "127.0.0.1" and request.failure != "net::ERR_ABORTED":
            self.problems.append(f"request failed ({request.failure}): {request.url}")

    def open(self, url: str) -> list[str]:
        """Load ``url``; the problems met loading it and in its formulas."""
        self.page.goto(url, wait_until="load")
        return self.settle()[0]

    def settle(self) -> tuple[list[str], int]:
        """Every block rendered and every font loaded (settle.js): the problems met
        since the last :meth:`take` and in the formulas, and how many formulas."""
        failure = self.run("settle")
        math = self.run("math-problems")
        problems = self.take() + ([failure] if failure else []) + math["problems"]
        return problems, math["formulas"]

    def scheme(self) -> str:
        return SCHEME_NAMES[self.page.evaluate(SCHEME)]

    def toggle(self) -> str:
        """The page's own scheme toggle, as a reader clicks it; the new scheme."""
        before = self.scheme()
        self.page.evaluate(TOGGLE_SCHEME)
        self.page.wait_for_function(TRANSITIONS_DONE)
        after = self.scheme()
        if after == before:
            self.problems.append(f"the scheme toggle left the page {before}")
        return after

    def check(self, relative: str) -> list[str]:
        """Every check of one page of the site, at a phone's width: formulas,
        requests, nothing sideways, and the contrast of all its text in the scheme it
        opened in (text-contrast.js); then, after the page's own toggle (remembered,
        so the schemes take turns over the pages), axe-core in the other scheme, with
        formulas' glyphs and code's tokens set aside, and text-contrast.js on the
        code and formula text that axe-core leaves. Why one axe-core run a page finds
        what a run in each scheme and at each width found: design/browser-tests.md."""
        page = self.page
        if page.viewport_size != PHONE:
            page.goto("about:blank")  # resizing the page left behind lays it out again
            page.set_viewport_size(PHONE)
        found = self.open(self.base + relative) + self.run("sideways")
        first = self.scheme()
        found += [f"{first}: {p}" for p in self.contrast("body *")]
        second = self.toggle()
        other = self.contrast(CODE_AND_FORMULA_TEXT) + self.axe()
        found += [f"{second}: {p}" for p in other]
        return found + self.take()

    def contrast(self, selector: str) -> list[str]:
        return self.run("text-contrast", {"selector": selector, "targets": []})[
            "problems"
        ]

    def load_axe(self) -> None:
        """axe-core in the page as it is now, from the test server (once a page)."""
        if not self.page.evaluate("window.axe !== undefined"):
            self.page.add_script_tag(url=self.base + AXE_PATH)

    def axe(self) -> list[str]:
        """axe-core on the page as it is now, formulas' glyphs and code's tokens set
        aside first (set-aside.js, which says what moved if anything did)."""
        self.load_axe()
        aside = self.run("set-aside")
        axe = self.run("axe-run")
        unsure = self.run("text-contrast", {"selector": None, "targets": axe["unsure"]})
        return aside + axe["violations"] + unsure["problems"]


def _host(url: str) -> str | None:
    return urllib.parse.urlsplit(url).hostname
