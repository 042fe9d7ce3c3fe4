// Sets aside, for axe-core's run, what it finds nothing in and yet spends most of a run
// on (design/browser-tests.md): the assistive MathML (math-problems.js has checked it),
// each formula's glyphs (mjx-math becomes an empty box of the same size on the same
// baseline) and each code token (a span in a <pre> with only its class and its text,
// which becomes its text). For good: the page is not read again after axe-core.
// Returns the problems: anything else that moved by more than 0.02 px (about
// chromium's 1/64 px unit) or a scroll box that scrolls by another amount, and a
// formula that sets its spacing inline with !important (what axe-core's
// avoid-inline-spacing reads in formulas). Does nothing the second time.
() => {
  if (document.documentElement.hasAttribute("data-set-aside")) return [];
  document.querySelectorAll("mjx-assistive-mml").forEach((el) => el.remove());
  const problems = [];
  for (const el of document.querySelectorAll("mjx-container, mjx-container [style]"))
    for (const property of ["letter-spacing", "word-spacing", "line-height"])
      if (el.style.getPropertyPriority(property) === "important")
        problems.push(
          `a formula sets ${property} !important inline (${el.tagName.toLowerCase()}): ` +
            el.closest(".arithmatex")?.dataset.tex,
        );
  const isCodeToken = (el) => el.matches("pre span[class]") && el.attributes.length === 1 && !el.childElementCount;
  const maths = [...document.querySelectorAll("mjx-container > mjx-math")];
  const tokens = new Set([...document.querySelectorAll("pre span[class]")].filter(isCodeToken));
  const rest = [...document.body.getElementsByTagName("*")].filter((el) => !tokens.has(el) && !el.closest("mjx-math"));
  const scrolls = rest.map((el) => {
    const style = getComputedStyle(el);
    return style.overflowX !== "visible" || style.overflowY !== "visible";
  });
  // Where each element is, and for a box that can scroll, how far.
  const shape = () =>
    rest.map((el, i) => {
      const r = el.getBoundingClientRect();
      const box = [r.left, r.top, r.width, r.height];
      return scrolls[i] ? box.concat(el.scrollWidth, el.scrollHeight) : box;
    });
  const before = shape();
  // Each formula's baseline: a probe of no size at the end of its glyphs, which never
  // wrap. An empty inline-block sits on the baseline with its bottom edge: lowered by
  // the depth.
  const probes = maths.map((math) => {
    const probe = document.createElement("mjx-probe");
    probe.style.cssText = "display: inline-block; width: 0; height: 0";
    math.append(probe);
    return probe;
  });
  const boxes = maths.map((math, i) => {
    const r = math.getBoundingClientRect();
    return [r.width, r.height, r.bottom - probes[i].getBoundingClientRect().top];
  });
  maths.forEach((math, i) => {
    const [width, height, depth] = boxes[i];
    math.replaceChildren();
    math.style.cssText =
      `width: ${width}px; height: ${height}px; vertical-align: ${-depth}px; ` + "box-sizing: border-box; padding: 0";
  });
  for (const token of tokens) token.replaceWith(token.textContent);
  document.documentElement.setAttribute("data-set-aside", "");
  const after = shape();
  let count = 0;
  let sample = "";
  rest.forEach((el, i) => {
    const by = Math.max(...before[i].map((v, k) => Math.abs(v - after[i][k])));
    if (by > 0.02) {
      count += 1;
      sample ||= `${el.tagName.toLowerCase()} by ${by.toFixed(2)} px`;
    }
  });
  if (count) problems.push(`setting formulas' glyphs and code's tokens aside moved ${count} elements, e.g. ${sample}`);
  return problems;
};
