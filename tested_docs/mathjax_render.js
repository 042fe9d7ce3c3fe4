/*
 * MathJax at build time: one long-lived node process per build (tested_docs/mathjax.py).
 *
 * Reads JSON lines on stdin, answers one JSON line on stdout for each:
 *   {"formulas": [{"tex": "x^2", "display": false}, ...]}
 *     -> {"results": [{"html": "<mjx-container ...>"} | {"error": "MathJax's message"}, ...]}
 *   {"stylesheet": true}
 *     -> {"css": "..."}: MathJax's CommonHTML CSS for every character typeset so far
 * A whole page is one request, so neither side ever waits on a full pipe.
 *
 * Same TeX as the site's MathJax 3.2.2 component tex-chtml.js had: the packages it
 * loads or autoloads, minus `noerrors` and `noundefined`, so that a TeX error is an
 * error (reported to the build) and never a red formula. Output: CommonHTML, with
 * MathJax's assistive MathML for screen readers.
 */
"use strict";

const readline = require("readline");
const {mathjax} = require("mathjax-full/js/mathjax.js");
const {TeX} = require("mathjax-full/js/input/tex.js");
const {CHTML} = require("mathjax-full/js/output/chtml.js");
const {liteAdaptor} = require("mathjax-full/js/adaptors/liteAdaptor.js");
const {RegisterHTMLHandler} = require("mathjax-full/js/handlers/html.js");
const {AssistiveMmlHandler} = require("mathjax-full/js/a11y/assistive-mml.js");
require("mathjax-full/js/input/tex/AllPackages.js");

const PACKAGES = [
  "base", "action", "ams", "amscd", "bbox", "boldsymbol", "braket", "bussproofs",
  "cancel", "cases", "centernot", "color", "colortbl", "empheq", "enclose", "extpfeil",
  "gensymb", "html", "mathtools", "mhchem", "newcommand", "upgreek", "unicode", "verb",
  "configmacros", "tagformat", "textcomp", "textmacros",
];

const fontURL = process.argv[2] || "fonts";
const SCALE = Number(process.argv[3] || "1");
const adaptor = liteAdaptor();
AssistiveMmlHandler(RegisterHTMLHandler(adaptor));
const tex = new TeX({
  packages: PACKAGES,
  formatError(jax, error) {
    throw error; // reported to the build, with the page and the formula
  },
});
const chtml = new CHTML({fontURL, adaptiveCSS: true});
const html = mathjax.document("", {InputJax: tex, OutputJax: chtml});

// Metrics of the site's text (Material: 16px root); SCALE: the size of the math
// against the text's (tested_docs/mathjax.py says why).
const METRICS = {em: 16, ex: 8, containerWidth: 80 * 16, scale: SCALE};
const cache = new Map();

function render({tex: source, display}) {
  const key = (display ? "D" : "I") + source;
  let result = cache.get(key);
  if (result === undefined) {
    try {
      // html.convert(), keeping the MathItem: its box (in em of the formula's font)
      // tells the caller which inline formulas are wider than a phone.
      const item = new html.options.MathItem(source, tex, !!display);
      item.start.node = adaptor.body(html.document);
      item.setMetrics(METRICS.em, METRICS.ex, METRICS.containerWidth, 1000000, SCALE);
      item.convert(html);
      const node = item.typesetRoot || item.root;
      const box = chtml.getBBox(item, html);
      result = {html: adaptor.outerHTML(node), width: box.w, height: box.h, depth: box.d};
    } catch (error) {
      result = {error: String(error && error.message ? error.message : error)};
    }
    cache.set(key, result);
  }
  return result;
}

const lines = readline.createInterface({input: process.stdin, terminal: false});
lines.on("line", line => {
  if (!line.trim()) return;
  let answer;
  try {
    const request = JSON.parse(line);
    if (request.stylesheet) {
      answer = {css: adaptor.textContent(chtml.styleSheet(html))};
    } else {
      answer = {results: request.formulas.map(render)};
    }
  } catch (error) {
    answer = {fatal: String(error && error.stack ? error.stack : error)};
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
