/*
 * MathJax 3 for pymdownx.arithmatex (generic mode) and Material's instant navigation.
 *
 * arithmatex wraps every formula in an element of class "arithmatex" holding \(..\)
 * or \[..\]; MathJax looks only there. MathJax typesets each page exactly once: its
 * own typeset at start-up is off, and every page Material shows (the first one, and
 * each one reached by instant navigation) arrives on `document$`.
 *
 * The glyphs of the CommonHTML output are drawn by a stylesheet MathJax keeps in
 * <head> (`mjx-c.mjx-c1D465::before { content: "\1D465" }`, ...), holding only the
 * characters typeset so far. Instant navigation keeps only the <head> elements of
 * the new page, which removes that stylesheet: then, and only then, the cache is
 * cleared so that MathJax writes a new one. Clearing it unconditionally, as the
 * snippet in Material's documentation does, blanks every formula of the first page
 * (typeset before the clearing, so missing from the new stylesheet).
 *
 * Each finished typeset sets the User Timing mark "mathjax-typeset", which
 * scripts/bench_pages.py reads.
 */
window.MathJax = {
  tex: {
    inlineMath: [["\\(", "\\)"]],
    displayMath: [["\\[", "\\]"]],
    processEscapes: true,
    processEnvironments: true,
  },
  options: {
    ignoreHtmlClass: ".*|",
    processHtmlClass: "arithmatex",
  },
  startup: {
    typeset: false,
    ready() {
      MathJax.startup.defaultReady();
      document$.subscribe(() => {
        // Chain on startup.promise: one typeset at a time, in page order.
        MathJax.startup.promise = MathJax.startup.promise.then(() => {
          if (MathJax.startup.output.chtmlStyles && !document.getElementById("MJX-CHTML-styles"))
            MathJax.startup.output.clearCache(); // the next typeset writes a new stylesheet
          MathJax.typesetClear(); // forget the formulas of the page that was replaced
          MathJax.texReset(); // equation numbers start again at (1)
          return MathJax.typesetPromise().then(() => performance.mark("mathjax-typeset"));
        });
      });
    },
  },
};
