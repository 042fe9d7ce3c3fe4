// The formulas are typeset when the site is built (hooks/mathjax.py): the page must
// not load MathJax. Then every block is rendered (the stylesheet lets off-screen
// blocks skip rendering, content-visibility) and every collapsed answer opened, so
// that every glyph's font is asked for; the fonts are awaited.
// Returns "" when settled, or why the page failed.
async () => {
  const frames = (n) =>
    new Promise((done) => {
      const step = () => (n-- > 0 ? requestAnimationFrame(step) : done());
      step();
    });
  if (window.MathJax) return "MathJax runs in the page";
  const scripts = performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((name) => /mathjax|tex-(chtml|svg|mml)/i.test(name) && /\.m?js(\?|$)/.test(name));
  if (scripts.length) return `MathJax script requested: ${scripts.join(", ")}`;
  if (!document.getElementById("__render_all")) {
    const style = document.createElement("style");
    style.id = "__render_all";
    style.textContent = ".md-content__inner > * { content-visibility: visible !important }";
    document.head.append(style);
  }
  // Rendered now: no block is clipped as skipped (overrides/javascripts/skipped-blocks.js).
  document.querySelectorAll(".md-skipped").forEach((el) => el.classList.remove("md-skipped"));
  document.querySelectorAll("details:not([open])").forEach((d) => {
    d.open = true;
  });
  await frames(2);
  await document.fonts.ready;
  return "";
};
