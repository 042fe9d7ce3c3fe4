"""The reading experience, in a real browser: Debian's chromium driven by playwright.

Every page of the built site (found in the build, so a new chapter is covered without
touching this file) is loaded once, at a phone's width, from a server on 127.0.0.1
(``test_every_page``, the pages split into a few tests that the test processes
share), and must:

* hold every formula already typeset when the site was built (no MathJax script is
  requested), exactly once, with every glyph drawn (each ``mjx-c`` has ``::before``
  content, in a MathJax font that loaded), MathJax's assistive MathML for screen
  readers and its TeX in ``data-tex``, and no TeX error, leaving no raw ``\\(``,
  ``\\[`` or ``$$``;
* log no console error and request nothing from any host but 127.0.0.1: every
  request is routed, and any other one is aborted and reported;
* load every file it asks for (no 4xx/5xx);
* never scroll sideways at 390 px: wide formulas, code and tables scroll in their box;
* pass axe-core at 390 px in the scheme it opened in, and in the other one (the
  page's own toggle, which is remembered: the schemes take turns) at 1280 px; with
  reduced motion asked for, so that no transition is under way when axe-core reads
  the colours; the contrast of code, which axe-core cannot tell, is checked by
  TEXT_CONTRAST; the formulas' glyphs and the code's tokens, in which axe-core has
  nothing to report, are set aside for its runs without moving anything else
  (SET_ASIDE).

Then: formulas after instant navigation, the copy button (the copied code runs and
prints its output block), Chinese search (its index fetched only once search is
opened), and the Material features readers expect.
Skipped, with the reason, where /usr/bin/chromium is missing (`.ci/run` installs it);
under CI (the CI variable set) a missing chromium fails them instead.
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tested_docs.site import CHROMIUM, CHROMIUM_ARGS, page_file, site_pages

REPO_EDIT_URL = "https://github.com/d2l-tested/d2l-tested/edit/main/docs/"

# query -> the chapters (docs/<name>.md) it must find; any one of them counts.
SEARCHES = {
    "张量": ["data-manipulation", "tensor-advanced"],
    "广播": ["data-manipulation"],
    "求导": ["autograd"],
    "范数": ["linear-algebra"],
    "反向传播": ["autograd"],
    "梯度下降": ["optimization"],
}
SEARCH_TOP = 3  # the chapter must be among the first pages listed

# The formulas are typeset when the site is built (hooks/mathjax.py): the page must
# not load MathJax. Every block is then rendered (the stylesheet lets off-screen
# blocks skip rendering, content-visibility), so that every glyph's font is asked
# for, and the fonts are awaited.
MATHJAX_SETTLED = """async () => {
    const frames = n => new Promise(done => {
        const step = () => (n-- > 0 ? requestAnimationFrame(step) : done());
        step();
    });
    if (window.MathJax) return "MathJax runs in the page";
    const scripts = performance.getEntriesByType("resource")
        .map(entry => entry.name)
        .filter(name => /mathjax|tex-(chtml|svg|mml)/i.test(name) && /\\.m?js(\\?|$)/.test(name));
    if (scripts.length) return `MathJax script requested: ${scripts.join(", ")}`;
    if (!document.getElementById("__render_all")) {
        const style = document.createElement("style");
        style.id = "__render_all";
        style.textContent = ".md-content__inner > * { content-visibility: visible !important }";
        document.head.append(style);
    }
    // Rendered now: no block is clipped as skipped (overrides/javascripts/skipped-blocks.js).
    document.querySelectorAll(".md-skipped").forEach(el => el.classList.remove("md-skipped"));
    // Formulas in collapsed answers count too: open them, so their glyphs are drawn.
    document.querySelectorAll("details:not([open])").forEach(d => { d.open = true; });
    await frames(2);
    await document.fonts.ready;
    return "";
}"""

# Every way a formula can fail on screen, for the current document.
MATH_PROBLEMS = """() => {
    const problems = [];
    const formulas = [...document.querySelectorAll(".arithmatex")];
    const untypeset = [], repeated = [];
    formulas.forEach((el, i) => {
        const n = el.querySelectorAll("mjx-container").length;
        if (n === 0) untypeset.push(`#${i} ${el.textContent.trim().slice(0, 40)}`);
        if (n > 1) repeated.push(`#${i} (${n} times)`);
    });
    if (untypeset.length)
        problems.push(`${untypeset.length} formulas not typeset, e.g. ${untypeset[0]}`);
    if (repeated.length)
        problems.push(`${repeated.length} formulas typeset twice, e.g. ${repeated[0]}`);
    const containers = document.querySelectorAll("mjx-container").length;
    if (containers !== formulas.length)
        problems.push(`${containers} typeset formulas for ${formulas.length} in the page`);
    const errors = document.querySelectorAll("mjx-merror, .md-math-error");
    errors.forEach(el => problems.push(`TeX error: ${el.textContent.slice(0, 80)}`));
    // For screen readers, MathJax's assistive MathML; for copying, the TeX.
    const unread = formulas.filter(el => !el.querySelector("mjx-assistive-mml math"));
    if (unread.length)
        problems.push(`${unread.length} formulas without assistive MathML`);
    // Nothing in a formula takes focus: what axe-core checks inside one (nested-interactive,
    // aria-hidden-focus), asserted here for every formula (EMPTY_ASSISTIVE_MATHML,
    // SET_ASIDE).
    const focusable = ["a[href]", "button", "input", "select", "textarea", "[tabindex]",
        "[contenteditable]"].map(s => `mjx-container ${s}`).join(", ");
    const interactive = formulas.filter(el => el.querySelector(focusable));
    if (interactive.length)
        problems.push(`${interactive.length} formulas hold an element that takes focus`);
    const sourceless = formulas.filter(el => !(el.getAttribute("data-tex") || "").trim());
    if (sourceless.length)
        problems.push(`${sourceless.length} formulas without their TeX (data-tex)`);
    // Invisible operators (function application, invisible times, ...) are empty.
    const invisible = /^mjx-c(200[B-D]|206[0-4]|FEFF)$/;
    let blank = 0, sample = "";
    for (const c of document.querySelectorAll("mjx-c")) {
        if ([...c.classList].some(name => invisible.test(name))) continue;
        const content = getComputedStyle(c, "::before").content;
        if (!content || content === "none" || content === "normal" || content === '""') {
            blank += 1;
            sample ||= c.className;
        }
    }
    if (blank) problems.push(`${blank} glyphs drawn empty (e.g. mjx-c.${sample})`);
    // Each glyph's font stack ("MJXZERO, MJXTEX-I") has a MathJax font that loaded.
    const loaded = new Set([...document.fonts]
        .filter(face => face.status === "loaded")
        .map(face => face.family.replace(/["']/g, "")));
    const stacks = new Set([...document.querySelectorAll("mjx-c")]
        .map(c => getComputedStyle(c).fontFamily));
    for (const stack of stacks) {
        const fonts = stack.split(",").map(f => f.trim().replace(/["']/g, ""))
            .filter(f => f.startsWith("MJX") && f !== "MJXZERO");
        if (fonts.length && !fonts.some(f => loaded.has(f)))
            problems.push(`MathJax font not loaded: ${fonts.join(", ")}`);
    }
    const text = document.querySelector("article") || document.body;
    const copy = text.cloneNode(true);
    copy.querySelectorAll("pre, code, mjx-container, script, style")
        .forEach(el => el.remove());
    for (const raw of ["\\\\(", "\\\\[", "$$"]) {
        const at = copy.textContent.indexOf(raw);
        if (at >= 0)
            problems.push(`raw ${raw} in the text: ...${copy.textContent.slice(at, at + 40)}`);
    }
    return {problems, formulas: formulas.length};
}"""


@dataclass
class Watch:
    """What the browser saw since the last `take()`: the problems and the requests."""

    base: str
    problems: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    expected_404: set[str] = field(default_factory=set)

    def take(self) -> list[str]:
        problems, self.problems, self.requests = self.problems, [], []
        return problems

    def on_route(self, route):
        url = route.request.url
        self.requests.append(url)
        host = urllib.parse.urlsplit(url).hostname
        if host == "127.0.0.1" or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.problems.append(f"request to another host: {url}")
            route.abort("blockedbyclient")

    def on_console(self, message):
        if message.type != "error":
            return
        expected = message.location.get("url") in self.expected_404
        if not (expected and message.text.startswith("Failed to load resource")):
            self.problems.append(f"console error: {message.text}")

    def on_page_error(self, error):
        self.problems.append(f"uncaught exception: {error}")

    def on_response(self, response):
        if response.status >= 400 and response.url not in self.expected_404:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def on_request_failed(self, request):
        # ERR_ABORTED: cancelled by the browser (the page was left before a font or
        # a script arrived) or by on_route, which reports that itself.
        local = urllib.parse.urlsplit(request.url).hostname == "127.0.0.1"
        if local and request.failure != "net::ERR_ABORTED":
            self.problems.append(f"request failed ({request.failure}): {request.url}")


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
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def watched(browser, served_site):
    """One page, reused by every test, and the Watch that follows it."""
    watch = Watch(served_site)
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        color_scheme="light",
        service_workers="block",
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    yield watched_page(context, watch), watch
    context.close()


def watched_page(context, watch: Watch):
    """A new page of `context` whose requests and errors `watch` follows."""
    context.route("**/*", watch.on_route)
    page = context.new_page()
    page.on("console", watch.on_console)
    page.on("pageerror", watch.on_page_error)
    page.on("response", watch.on_response)
    page.on("requestfailed", watch.on_request_failed)
    page.set_default_timeout(15_000)
    return page


def pages_with_math(site: Path) -> list[str]:
    return [
        p
        for p in site_pages(site)
        if 'class="arithmatex"' in (site / p / "index.html").read_text("utf-8")
    ]


def open_page(page, watch, url) -> list[str]:
    """Load url; the problems seen while loading it and typesetting its formulas."""
    page.goto(url, wait_until="load")
    failure = page.evaluate(MATHJAX_SETTLED)
    math = page.evaluate(MATH_PROBLEMS)
    return watch.take() + ([failure] if failure else []) + math["problems"]


PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# What sticks out sideways on the current page: the page itself, and any element
# of the article wider than the screen that is not inside a box that scrolls.
SIDEWAYS = """() => {
    const width = document.documentElement.clientWidth;
    const problems = [];
    if (document.documentElement.scrollWidth > width)
        problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    const scrolls = el => {
        for (let box = el.parentElement; box; box = box.parentElement) {
            const style = getComputedStyle(box);
            if (/(auto|scroll|hidden|clip)/.test(style.overflowX)) return box;
        }
        return null;
    };
    for (const el of document.querySelectorAll(
            "article mjx-container, article pre, article table, article img")) {
        const rect = el.getBoundingClientRect();
        if (rect.right <= width + 1 || rect.width === 0) continue;
        const box = scrolls(el);
        if (!box || box.getBoundingClientRect().right > width + 1)
            problems.push(`${el.tagName.toLowerCase()} sticks out to ${Math.round(rect.right)}px`);
    }
    for (const box of document.querySelectorAll("article div.arithmatex")) {
        if (box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX !== "auto")
            problems.push(`a wide display formula does not scroll: ${box.dataset.tex}`);
    }
    return problems.slice(0, 5);
}"""


AXE = Path(__file__).resolve().parent.parent / "node_modules/axe-core/axe.min.js"
# Where the pages fetch axe-core from (answered by the test, never by the site): a
# script with a URL is compiled once and taken from chromium's code cache after.
AXE_ROUTE = "/__axe-core/axe.min.js"
# axe-core leaves the text of code blocks (inside <pre>) to TEXT_CONTRAST: it could
# not tell their colours anyway (the edge shadow of a scroll box is a gradient, and
# it skips one-character tokens), and they are most of its work on a chapter.
CODE_TEXT = "pre, pre *"
# The text of formulas (Chinese in \text{}, mjx-utext), the only text in MathJax's
# visual tree, goes aside with the glyphs (SET_ASIDE); axe-core would check its
# contrast only where a font for it is installed. TEXT_CONTRAST checks it, always.
FORMULA_TEXT = "mjx-utext"
# No HTML source in the results: the tests report each node by its selector.
AXE_CONFIGURE = f"""() => axe.configure({{
    noHtml: true,
    rules: [{{id: "color-contrast", selector: ":not({CODE_TEXT})"}}],
}})"""
# The violations, and the elements whose contrast axe-core could not tell.
AXE_RUN = """async () => {
    const result = await axe.run(document, {resultTypes: ["violations", "incomplete"]});
    return {
        violations: result.violations.map(v => `${v.id} (${v.nodes.length}): ` +
            v.nodes.slice(0, 2).map(n => n.target.join(" ")).join("; ")),
        unsure: result.incomplete.filter(r => r.id === "color-contrast")
            .flatMap(r => r.nodes.map(n => n.target[0])),
    };
}"""
# WCAG 2 AA contrast of the text directly inside each element of `selector` (if any)
# and of `targets`: its colour over the background colours behind it (its own and its
# ancestors', composited; background images such as a scroll box's edge shadow left
# out); 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
TEXT_CONTRAST = """({selector, targets}) => {
    const rgba = css => {
        const m = /^rgba?\\(([\\d.]+), ([\\d.]+), ([\\d.]+)(?:, ([\\d.]+))?\\)$/.exec(css);
        return m && [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
    };
    const over = (top, bottom) => [0, 1, 2].map(i =>
        top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
    const luminance = c => c.slice(0, 3).map(v => v / 255)
        .map(v => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const elements = new Set([...(selector ? document.querySelectorAll(selector) : []),
        ...targets.map(t => document.querySelector(t)).filter(Boolean)]);
    const problems = new Map();
    let checked = 0;
    for (const el of elements) {
        const text = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE)
            .map(n => n.data).join("").trim();
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        if (!text || !rect.width || !rect.height || style.visibility !== "visible") continue;
        let fg = rgba(style.color), layers = [], opacity = 1;
        for (let box = el; box; box = box.parentElement) {
            const boxStyle = getComputedStyle(box);
            opacity *= +boxStyle.opacity;
            const bg = rgba(boxStyle.backgroundColor);
            if (!bg) { fg = null; break; }
            if (bg[3] > 0) layers.push(bg);
            if (bg[3] === 1) break;
        }
        const where = `"${text.slice(0, 30)}" (${el.tagName.toLowerCase()}` +
            `${el.className ? "." + String(el.className).split(" ")[0] : ""})`;
        if (!fg) {
            problems.set(where, `unreadable colour: ${where}`);
            continue;
        }
        let bg = [255, 255, 255, 1];
        for (const layer of layers.reverse()) bg = over(layer, bg);
        const colour = over([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
        const [light, dark] = [luminance(colour), luminance(bg)].sort((a, b) => b - a);
        const ratio = (light + 0.05) / (dark + 0.05);
        const size = parseFloat(style.fontSize), bold = +style.fontWeight >= 700;
        const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
        checked += 1;
        const key = `${style.color} on ${bg} (${needed})`;
        if (ratio < needed && !problems.has(key))
            problems.set(key, `text contrast ${ratio.toFixed(2)}:1 < ${needed}:1 for ` +
                `${where}, ${style.color} on rgb(${bg.slice(0, 3).join(", ")})`);
    }
    return {problems: [...problems.values()], checked};
}"""
BUNDLE = "**/assets/javascripts/bundle.*.js"  # Material's script
PALETTE_TOGGLE = "label.md-header__button[for^='__palette']:visible"
SCHEME = "document.body.getAttribute('data-md-color-scheme')"
SCHEME_NAMES = {"default": "light", "slate": "dark"}
# The browser tests ask for reduced motion, as a reader can: Material then draws no
# transition, and a new scheme or width is final at once. Checked all the same.
TRANSITIONS_DONE = (
    "() => document.getAnimations().every(a => a.playState !== 'running')"
)
# MathJax's assistive MathML: what screen readers read; visually hidden (1 px, clipped),
# so the layout is the same without it. MATH_PROBLEMS proves every formula has it and
# holds nothing that takes focus. Inside it axe-core checks no more than that (on
# 339 formulas of 微积分: nested-interactive on each <math>, and region, which the
# formula's own place answers), and it made each run a third slower: emptied before
# the axe-core runs.
EMPTY_ASSISTIVE_MATHML = (
    "() => document.querySelectorAll('mjx-assistive-mml')"
    ".forEach(el => el.replaceChildren())"
)
# What axe-core is given to read, and what is set aside for its runs (SET_ASIDE), then
# put back (PUT_BACK), because it finds nothing there and spends most of a run on it:
#
# * each formula's glyphs: MathJax's visual tree (mjx-math, aria-hidden) is two thirds
#   of the elements of a formula page. axe-core reads no colour in it (the glyphs are
#   CSS content), and only aria-hidden-focus looks inside, which MATH_PROBLEMS asserts
#   for every formula. Each mjx-math becomes an empty box of the same size on the same
#   baseline.
# * the tokens of code: the spans in a <pre> that hold text and nothing else, with no
#   attribute but their class (Pygments' colours), most of the elements left. Their
#   colours are TEXT_CONTRAST's (before they are set aside); axe-core's one finding
#   on them is region's pass (their text is inside the page's landmarks, and stays
#   there). Each becomes its own text.
#
# SET_ASIDE proves that nothing else on the page moved (by more than 0.02 px, about
# chromium's layout unit of 1/64 px) and that no box that scrolls changed how far it
# scrolls, and checks what axe-core's avoid-inline-spacing read in formulas: their
# inline styles. test_setting_aside_changes_nothing_axe_core_finds compares
# axe-core's findings, node for node, both ways.
# A code token: a span in a <pre> that holds text and nothing else, with no attribute
# but its class. The scripts below that need it name it IS_CODE_TOKEN.
IS_CODE_TOKEN = (
    "(el => el.matches('pre span[class]') && el.attributes.length === 1"
    " && !el.childElementCount)"
)
SET_ASIDE = """() => {
    const problems = [];
    for (const el of document.querySelectorAll("mjx-container, mjx-container [style]"))
        for (const property of ["letter-spacing", "word-spacing", "line-height"])
            if (el.style.getPropertyPriority(property) === "important")
                problems.push(`a formula sets ${property} !important inline ` +
                    `(${el.tagName.toLowerCase()}): ${el.closest(".arithmatex")?.dataset.tex}`);
    const maths = [...document.querySelectorAll("mjx-container > mjx-math")];
    const tokens = new Set(
        [...document.querySelectorAll("pre span[class]")].filter(IS_CODE_TOKEN));
    if (!maths.length && !tokens.size) return problems;
    const rest = [...document.body.getElementsByTagName("*")]
        .filter(el => !tokens.has(el) && !el.closest("mjx-math"));
    // Where each element is, and for a box that can scroll, how far.
    const scrolls = rest.map(el => {
        const style = getComputedStyle(el);
        return style.overflowX !== "visible" || style.overflowY !== "visible";
    });
    const shape = () => rest.map((el, i) => {
        const r = el.getBoundingClientRect();
        const box = [r.left, r.top, r.width, r.height];
        return scrolls[i] ? box.concat(el.scrollWidth, el.scrollHeight) : box;
    });
    const before = shape();
    // Each formula's baseline: a probe of no size at the end of its glyphs, which
    // never wrap (white-space: nowrap).
    const probes = maths.map(math => {
        const probe = document.createElement("mjx-probe");
        probe.style.cssText = "display: inline-block; width: 0; height: 0";
        math.append(probe);
        return probe;
    });
    const boxes = maths.map((math, i) => {
        const r = math.getBoundingClientRect();
        return [r.width, r.height, r.bottom - probes[i].getBoundingClientRect().top];
    });
    probes.forEach(probe => probe.remove());
    // An empty inline-block sits on the baseline with its bottom edge: lowered by depth.
    const formulas = maths.map((math, i) => {
        const [width, height, depth] = boxes[i];
        const kept = {math, glyphs: [...math.childNodes], style: math.getAttribute("style")};
        math.replaceChildren();
        math.setAttribute("data-glyphs-aside", "");
        math.style.cssText = `width: ${width}px; height: ${height}px; ` +
            `vertical-align: ${-depth}px; box-sizing: border-box; padding: 0`;
        return kept;
    });
    const code = [...new Set([...tokens].map(token => token.parentNode))].map(parent => {
        const kept = [...parent.childNodes];
        parent.replaceChildren(...kept.map(
            node => (tokens.has(node) ? document.createTextNode(node.textContent) : node)));
        return {parent, kept};
    });
    window.__setAside = {formulas, code};
    const after = shape();
    let moved = 0, sample = "";
    rest.forEach((el, i) => {
        const by = Math.max(...before[i].map((v, k) => Math.abs(v - after[i][k])));
        if (by > 0.02) {
            moved += 1;
            sample ||= `${el.tagName.toLowerCase()} by ${by.toFixed(2)} px`;
        }
    });
    if (moved)
        problems.push(`setting formulas' glyphs and code's tokens aside moved ` +
            `${moved} elements, e.g. ${sample}`);
    return problems;
}""".replace("IS_CODE_TOKEN", IS_CODE_TOKEN)
PUT_BACK = """() => {
    const {formulas = [], code = []} = window.__setAside || {};
    for (const {parent, kept} of code) parent.replaceChildren(...kept);
    for (const {math, glyphs, style} of formulas) {
        math.replaceChildren(...glyphs);
        math.removeAttribute("data-glyphs-aside");
        if (style === null) math.removeAttribute("style");
        else math.setAttribute("style", style);
    }
    window.__setAside = {};
}"""

# The pages are split into this many tests, so that the test processes share them.
SHARDS = 16


def accessibility_problems(page, before_putting_back=None) -> list[str]:
    """What axe-core finds on the current page, with formulas' glyphs and code's
    tokens set aside (SET_ASIDE), and the text whose contrast it leaves to
    TEXT_CONTRAST: code, formulas' text, and what it could not tell.
    ``before_putting_back(page)`` runs while they are still aside."""
    text = page.evaluate(
        TEXT_CONTRAST, {"selector": f"{CODE_TEXT}, {FORMULA_TEXT}", "targets": []}
    )
    aside = page.evaluate(SET_ASIDE)
    try:
        axe = page.evaluate(AXE_RUN)
        unsure = page.evaluate(
            TEXT_CONTRAST, {"selector": None, "targets": axe["unsure"]}
        )
        if before_putting_back:
            before_putting_back(page)
    finally:
        page.evaluate(PUT_BACK)
    return text["problems"] + aside + axe["violations"] + unsure["problems"]


def to_the_other_scheme_at_desktop_width(page) -> None:
    """The page's own scheme toggle, then a desktop's width (1280x900)."""
    page.locator(PALETTE_TOGGLE).click()
    page.set_viewport_size(DESKTOP)
    page.wait_for_function(TRANSITIONS_DONE)


@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_page(built_site, served_site, browser, shard):
    """Every page of the build (every SHARDS-th, from `shard`), loaded once at a
    phone's width (390x844), offline:

    * its formulas typeset at build time, every glyph drawn (MATH_PROBLEMS); no console
      error, no request to another host, no 4xx/5xx;
    * nothing sticks out sideways (SIDEWAYS);
    * axe-core finds nothing at phone width in the scheme the page opened in, nor,
      after the page's own toggle, in the other scheme at desktop width (1280x900).
      The toggle is remembered, so the schemes take turns: over the site, both are
      checked at both widths. With each axe-core run, TEXT_CONTRAST checks the text
      of code blocks and what axe-core could not tell, and SET_ASIDE that setting
      the formulas' glyphs and the code's tokens aside moved nothing
      (accessibility_problems).
    """
    if not AXE.exists():
        pytest.fail(f"{AXE} missing: ./dev installs it (npm ci)")
    watch = Watch(served_site)
    # A phone's width. Without touch emulation: on a device without hover, Material
    # makes no code block focusable, which axe-core reports.
    context = browser.new_context(
        viewport=PHONE, service_workers="block", reduced_motion="reduce"
    )
    page = watched_page(context, watch)
    axe_url = urllib.parse.urljoin(served_site, AXE_ROUTE)
    axe = AXE.read_bytes()
    page.route(
        axe_url,
        lambda route: route.fulfill(
            body=axe,
            content_type="text/javascript",
            headers={"Cache-Control": "max-age=3600"},
        ),
    )
    problems = []
    try:
        for relative in site_pages(built_site)[shard::SHARDS]:
            page.set_viewport_size(PHONE)
            found = open_page(page, watch, served_site + relative)
            found += page.evaluate(SIDEWAYS)
            page.evaluate(EMPTY_ASSISTIVE_MATHML)
            page.add_script_tag(url=axe_url)
            page.evaluate(AXE_CONFIGURE)
            first = SCHEME_NAMES[page.evaluate(SCHEME)]
            # The toggle and the new width are cheaper with the glyphs and tokens
            # still aside; they come back for the second run, where SET_ASIDE proves
            # again that setting them aside moves nothing.
            found += [
                f"{first}, phone: {v}"
                for v in accessibility_problems(
                    page, before_putting_back=to_the_other_scheme_at_desktop_width
                )
            ]
            second = SCHEME_NAMES[page.evaluate(SCHEME)]
            assert second != first, f"/{relative}: the toggle left the scheme {first}"
            found += [f"{second}, desktop: {v}" for v in accessibility_problems(page)]
            found += watch.take()
            problems += [f"/{relative}: {problem}" for problem in found]
    finally:
        context.close()
    assert not problems, "\n".join(problems)


def test_formulas_render_after_instant_navigation(built_site, watched):
    page, watch = watched
    targets = pages_with_math(built_site)
    assert targets, "no page has a formula"
    start = next(p for p in site_pages(built_site) if p not in targets[:2])
    assert not open_page(page, watch, watch.base + start)
    page.evaluate("window.__sameDocument = true")
    for target in [*targets[:2], start, targets[0]]:
        link = page.evaluate(
            """href => {
                const a = document.createElement("a");
                a.href = href; a.id = "__instant"; a.textContent = "go";
                document.querySelector("article").prepend(a);
                return a.href;
            }""",
            watch.base + target,
        )
        page.click("#__instant")
        page.wait_for_url(link)
        page.wait_for_function("() => !document.getElementById('__instant')")
        assert page.evaluate("window.__sameDocument === true"), (
            f"/{target}: the click reloaded the page: instant navigation is off"
        )
        failure = page.evaluate(MATHJAX_SETTLED)
        math = page.evaluate(MATH_PROBLEMS)
        problems = watch.take() + ([failure] if failure else []) + math["problems"]
        assert not problems, f"after navigating to /{target}:\n" + "\n".join(problems)
        if target in targets:
            assert math["formulas"] > 0


def test_search_index_waits_for_search(served_site, browser):
    """Loading a page fetches neither the search index nor its worker."""
    context = browser.new_context()
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    try:
        page.goto(served_site, wait_until="load")
        page.wait_for_timeout(500)
        early = [u for u in requested if "search_index" in u or "/workers/" in u]
        assert not early, f"fetched before search was opened: {early}"
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.wait_for_function(
            "() => performance.getEntriesByType('resource')"
            ".some(e => e.name.includes('search_index.json'))"
        )
    finally:
        context.close()


def _code_and_output(site: Path):
    """(page, index of the block, code, printed output): the first code block
    followed by its output block on a page of the site."""
    for relative in site_pages(site):
        soup = BeautifulSoup(
            (site / relative / "index.html").read_text("utf-8"), "html.parser"
        )
        blocks = soup.select("article div.highlight")
        for index, (code, output) in enumerate(itertools.pairwise(blocks)):
            title = output.select_one(".filename")
            name = code.select_one(".filename")
            if (
                title is not None
                and title.get_text() == "输出"
                and name is not None
                and name.get_text().endswith(".py")
            ):
                return relative, index, output.select_one("pre code").get_text()
    return None


def test_copy_button_copies_code_that_runs(built_site, watched, tmp_path):
    page, watch = watched
    found = _code_and_output(built_site)
    assert found, "no code block with an output block in the site"
    relative, index, expected = found
    assert not open_page(page, watch, watch.base + relative)
    block = page.locator("article div.highlight").nth(index)
    block.hover()
    block.locator("button[data-md-type=copy], button.md-clipboard").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    shown = block.locator("pre code").inner_text()
    assert copied.strip() == shown.strip(), "the copy button copied something else"
    script = tmp_path / "copied.py"
    script.write_text(copied, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, script.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip("\n") == expected.rstrip("\n")
    assert not watch.take()


@pytest.mark.parametrize("query", list(SEARCHES))
def test_chinese_search_finds_the_chapter(built_site, watched, query):
    page, watch = watched
    targets = [t for t in SEARCHES[query] if (built_site / t / "index.html").is_file()]
    if not targets:
        pytest.skip(f"{query}: no page {SEARCHES[query]} in the site yet")
    if not page.url.startswith(watch.base):
        assert not open_page(page, watch, watch.base)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # Material reads the query on keyup; fill() sends none
    page.wait_for_function(
        """q => {
            const meta = document.querySelector(".md-search-result__meta");
            return document.querySelector(".md-search__input").value === q
                && meta && /\\d|没有|无/.test(meta.textContent)
                && document.querySelector(".md-search-result__list") !== null;
        }""",
        arg=query,
    )
    page.wait_for_timeout(150)  # let the list settle after the last keystroke
    listed = page.evaluate(
        """() => [...document.querySelectorAll(
            ".md-search-result__item > .md-search-result__link")].map(a => a.href)"""
    )
    chapters = []
    for href in listed:
        path = urllib.parse.urlsplit(href).path
        chapter = path.removeprefix(urllib.parse.urlsplit(watch.base).path).strip("/")
        if chapter not in chapters:
            chapters.append(chapter)
    box.fill("")
    page.keyboard.press("Escape")
    assert set(targets) & set(chapters[:SEARCH_TOP]), (
        f"searching {query!r} lists {chapters or 'nothing'}; expected {targets} "
        f"among the first {SEARCH_TOP}"
    )
    assert not watch.take()


def test_material_features(watched):
    page, watch = watched
    assert not open_page(page, watch, watch.base)
    assert page.locator(".md-tabs__link").count() >= 2  # navigation tabs
    # The footer's "next" link, followed by instant navigation, and back.
    page.locator("a.md-footer__link--next").click()
    page.wait_for_url(lambda url: url != watch.base)
    previous = page.locator("a.md-footer__link--prev").get_attribute("href")
    assert previous.rstrip("/") == watch.base.rstrip("/")
    assert not page.evaluate(MATHJAX_SETTLED)
    # Edit this page, and the date of the last change.
    edit = page.locator("a[rel=edit]").get_attribute("href")
    assert re.fullmatch(re.escape(REPO_EDIT_URL) + r"[\w./-]+\.md", edit), edit
    updated = page.locator(".md-source-file .git-revision-date-localized-plugin")
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", updated.inner_text())
    # Dark/light toggle.
    assert page.evaluate(SCHEME) == "default"
    page.locator(PALETTE_TOGGLE).click()
    assert page.evaluate(SCHEME) == "slate"
    page.locator(PALETTE_TOGGLE).click()
    assert page.evaluate(SCHEME) == "default"
    assert not watch.take()


def test_missing_page_shows_the_404_page(watched):
    page, watch = watched
    url = watch.base + "no-such-chapter/deeper/"
    watch.expected_404.add(url)
    response = page.goto(url, wait_until="load")
    assert response.status == 404
    assert "404" in page.locator("article h1").inner_text()
    # Styled and working: Material's stylesheet and script loaded from the site.
    assert page.evaluate(
        "getComputedStyle(document.querySelector('.md-header')).position"
    ) in ("sticky", "fixed")
    assert page.locator("a.md-tabs__link").count() >= 1
    assert not watch.take()


def test_the_scheme_is_chosen_before_the_page_is_drawn(served_site, browser):
    """overrides/javascripts/palette-at-load.js: a first visit with a dark preference
    is dark from the HTML on (Material's bundle, blocked here, would switch it only
    at the end of the page); a stored choice wins over the preference; and the
    bundle's palette at load changes nothing and restyles nothing (no
    data-md-color-switching mark), while the toggle still switches."""
    context = browser.new_context(color_scheme="dark", service_workers="block")
    page = context.new_page()
    try:
        page.route(BUNDLE, lambda route: route.abort())
        page.goto(served_site, wait_until="load")
        assert page.evaluate(SCHEME) == "slate"
        page.unroute(BUNDLE)
        page.add_init_script(
            """new MutationObserver(changes => { window.__switching = true; })
                .observe(document, {attributeFilter: ["data-md-color-switching"],
                                    subtree: true});"""
        )
        page.goto(served_site, wait_until="load")
        page.wait_for_timeout(200)
        assert page.evaluate(SCHEME) == "slate"
        assert not page.evaluate("window.__switching === true")
        page.locator(PALETTE_TOGGLE).click()  # stored: light, against the preference
        assert page.evaluate(SCHEME) == "default"
        assert page.evaluate("window.__switching === true")  # a switch keeps its mark
        page.route(BUNDLE, lambda route: route.abort())
        page.goto(served_site, wait_until="load")
        assert page.evaluate(SCHEME) == "default"
    finally:
        context.close()


def test_the_bundle_swaps_no_stylesheet_at_load(served_site, browser):
    """overrides/javascripts/head-links.js: the stylesheets' hrefs are made absolute
    while <head> is parsed, so that Material's bundle, which makes every relative
    href absolute, leaves them alone (a changed href is a new sheet: the whole page
    restyled and laid out again)."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.add_init_script(
        """window.__swaps = [];
        new MutationObserver(changes => changes.forEach(change => {
            if (change.target.rel === "stylesheet")
                __swaps.push([change.target.getAttribute("href"),
                              !!document.querySelector("script[src*='bundle.']")]);
        })).observe(document, {attributeFilter: ["href"], subtree: true});"""
    )
    try:
        page.goto(served_site + "linear-algebra/", wait_until="load")
        swaps = page.evaluate("window.__swaps")
        assert swaps, "no stylesheet href was made absolute"
        late = [href for href, bundle_parsed in swaps if bundle_parsed]
        assert not late, f"changed once the bundle was in the page: {late}"
    finally:
        context.close()


def test_text_contrast_catches_faint_code(built_site, served_site, browser):
    """TEXT_CONTRAST, which checks code for axe-core, checks every line of code in
    both schemes, and fails a code colour under 4.5:1 (here: keywords in #aaa)."""
    relative = next(
        p
        for p in site_pages(built_site)
        if "<pre" in page_file(built_site, p).read_text("utf-8")
    )
    context = browser.new_context(service_workers="block", reduced_motion="reduce")
    page = context.new_page()
    everything = {"selector": CODE_TEXT, "targets": []}
    try:
        page.goto(served_site + relative, wait_until="load")
        page.evaluate(MATHJAX_SETTLED)
        for _ in SCHEME_NAMES:
            found = page.evaluate(TEXT_CONTRAST, everything)
            assert found["checked"] > 0 and not found["problems"], found
            page.locator(PALETTE_TOGGLE).click()
        page.add_style_tag(
            content="pre code .k, pre code .kn { color: #aaa !important }"
        )
        problems = page.evaluate(TEXT_CONTRAST, everything)["problems"]
        assert problems and all("< 4.5:1" in p for p in problems), problems
    finally:
        context.close()


# axe-core's findings on every node of the page, one string each: the result, the
# rule and the node, named by its tag (a code token: "token") and a number that stays
# the node's through the page's life (a selector would change with its siblings).
AXE_EVERY_NODE = """async () => {
    const kinds = ["passes", "violations", "incomplete"];
    const result = await axe.run(document, {resultTypes: kinds, elementRef: true});
    const ids = (window.__nodeIds ??= new Map());
    const name = el => {
        if (!ids.has(el)) ids.set(el, ids.size);
        return `${IS_CODE_TOKEN(el) ? "token" : el.tagName.toLowerCase()}#${ids.get(el)}`;
    };
    return kinds.flatMap(kind => result[kind].flatMap(rule =>
        rule.nodes.map(node => `${kind} ${rule.id} ${name(node.element)}`)));
}""".replace("IS_CODE_TOKEN", IS_CODE_TOKEN)
# Formulas' glyphs or code tokens left in the page.
LEFT_ASIDE = """() => ({
    glyphs: document.querySelectorAll("mjx-math mjx-c").length,
    tokens: [...document.querySelectorAll("pre span[class]")].filter(IS_CODE_TOKEN).length,
})""".replace("IS_CODE_TOKEN", IS_CODE_TOKEN)


def test_setting_aside_changes_nothing_axe_core_finds(built_site, served_site, browser):
    """On the smallest page with code whose formulas hold text (Chinese in \\text{}),
    axe-core finds the same, node for node, with formulas' glyphs and code's tokens
    set aside (SET_ASIDE) as with them, but for three kinds of finding: region's pass
    on each token (its text is still inside the page's landmarks, in its code block);
    avoid-inline-spacing's pass on formula containers (axe-core reads their inline
    style only while their glyphs hold text; SET_ASIDE reads it itself); and, where a
    font for Chinese is installed, color-contrast's pass or "could not tell" on
    formulas' text (TEXT_CONTRAST checks it, and must have checked some on this page).
    PUT_BACK restores the page exactly. SET_ASIDE fails when setting formulas or code
    aside moves the page, and when a formula sets its spacing inline with !important."""
    relative = min(
        (
            p
            for p in site_pages(built_site)
            if "<mjx-utext" in (html := page_file(built_site, p).read_text("utf-8"))
            and "<pre" in html
        ),
        key=lambda p: page_file(built_site, p).stat().st_size,
    )
    context = browser.new_context(
        viewport=PHONE, service_workers="block", reduced_motion="reduce"
    )
    page = context.new_page()
    try:
        page.goto(served_site + relative, wait_until="load")
        page.evaluate(MATHJAX_SETTLED)
        page.evaluate(EMPTY_ASSISTIVE_MATHML)
        page.add_script_tag(path=str(AXE))
        page.evaluate(AXE_CONFIGURE)
        page.evaluate("() => { window.__page = document.body.innerHTML; }")
        everything = set(page.evaluate(AXE_EVERY_NODE))
        assert page.evaluate(SET_ASIDE) == []
        assert page.evaluate(LEFT_ASIDE) == {"glyphs": 0, "tokens": 0}
        aside = set(page.evaluate(AXE_EVERY_NODE))
        page.evaluate(PUT_BACK)
        assert page.evaluate("() => document.body.innerHTML === window.__page")
        only_with_everything = everything - aside
        read_by_set_aside = {
            f
            for f in only_with_everything
            if re.fullmatch(r"passes avoid-inline-spacing mjx-container#\d+", f)
        }
        token_in_a_region = {
            f
            for f in only_with_everything
            if re.fullmatch(r"passes region token#\d+", f)
        }
        contrast_of_formula_text = {
            f
            for f in only_with_everything
            if re.fullmatch(r"(passes|incomplete) color-contrast mjx-utext#\d+", f)
        }
        assert read_by_set_aside, f"/{relative}: no formula with text was checked"
        assert token_in_a_region, f"/{relative}: no code token was checked"
        formula_text = page.evaluate(
            TEXT_CONTRAST, {"selector": FORMULA_TEXT, "targets": []}
        )
        assert formula_text["checked"] and not formula_text["problems"], formula_text
        left_to_others = (
            read_by_set_aside | token_in_a_region | contrast_of_formula_text
        )
        assert everything - left_to_others == aside

        for moves_the_page in [
            "mjx-math[data-glyphs-aside] { margin-top: 3px }",
            "pre code span.k { display: inline-block; padding-top: 3em }",
        ]:
            page.evaluate(
                """css => {
                    document.getElementById("__moves")?.remove();
                    const style = document.createElement("style");
                    style.id = "__moves";
                    style.textContent = css;
                    document.head.append(style);
                }""",
                moves_the_page,
            )
            moved = page.evaluate(SET_ASIDE)
            page.evaluate(PUT_BACK)
            assert len(moved) == 1 and "aside moved" in moved[0], (
                moves_the_page,
                moved,
            )
        page.evaluate("() => document.getElementById('__moves').remove()")
        page.evaluate(
            "() => document.querySelector('mjx-container')"
            ".style.setProperty('letter-spacing', '0.01em', 'important')"
        )
        spaced = page.evaluate(SET_ASIDE)
        page.evaluate(PUT_BACK)
        assert any("letter-spacing !important" in p for p in spaced), spaced
    finally:
        context.close()
