// Puts back what set-aside.js set aside, exactly as it was, and returns what moved
// on the page (by more than 0.02 px) between the two states, at the current width.
() => {
  const aside = window.__setAside;
  if (!aside) return [];
  const before = aside.shape();
  for (const { parent, kept } of aside.code) parent.replaceChildren(...kept);
  for (const { math, glyphs, style } of aside.formulas) {
    math.replaceChildren(...glyphs);
    math.removeAttribute("data-glyphs-aside");
    if (style === null) math.removeAttribute("style");
    else math.setAttribute("style", style);
  }
  delete window.__setAside;
  return aside.moved(before, aside.shape(), "putting formulas' glyphs and code's tokens back");
};
