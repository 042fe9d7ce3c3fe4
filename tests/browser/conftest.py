"""Fixtures of the browser tests: Debian's chromium, driven by playwright, reading
the built site on 127.0.0.1. Skipped, with the reason, where /usr/bin/chromium is
missing (.ci/run installs it); with the CI variable set they fail instead."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from reader import AXE, AXE_PATH, PHONE, Reader

from tested_docs.site import CHROMIUM, CHROMIUM_ARGS, serving

# Chromium resolves no host name: a request to another host fails without leaving
# the machine, and the Reader reports it. (Routing every request through playwright
# would do the same, but turns the browser's cache off: every page would fetch and
# compile Material's bundle again.)
BLOCK_OTHER_HOSTS = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = (
            f"{CHROMIUM} not found: install Debian's chromium "
            "(apt-get install chromium; .ci/run does) to run the browser tests"
        )
        if os.environ.get("CI"):  # CI must not pass with these checks missing
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    if not AXE.exists():
        pytest.fail(f"{AXE} missing: ./dev installs it (npm ci)", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[*CHROMIUM_ARGS, BLOCK_OTHER_HOSTS],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site on 127.0.0.1 as GitHub Pages serves it, with axe-core beside
    it for the tests; the site's URL, ending in "/"."""
    with serving(built_site, extra={AXE_PATH: AXE}) as server:
        yield server.base_url


def _context(browser, **options):
    """A browser context as a reader's: service workers off (each test sees the
    network), reduced motion (no transition under way when colours are read)."""
    return browser.new_context(
        service_workers="block",
        reduced_motion="reduce",
        **{"viewport": PHONE, **options},
    )


@pytest.fixture(scope="session")
def reader(browser, site_url) -> Iterator[Reader]:
    """One page for every test of this process that reads the site as it is: its
    cache is warm after the first page."""
    context = _context(browser)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    yield Reader(context, site_url)
    context.close()


@pytest.fixture
def new_reader(browser, site_url) -> Iterator[Callable[..., Reader]]:
    """Readers in fresh contexts (a cold cache, a chosen colour scheme, ...), of the
    site or of the site at ``base``."""
    contexts = []

    def make(base: str | None = None, **options) -> Reader:
        contexts.append(_context(browser, **options))
        return Reader(contexts[-1], base or site_url)

    yield make
    for context in contexts:
        context.close()
