// Every way a formula can fail on screen, in the current document: not typeset or
// typeset twice, a TeX error, no assistive MathML (what screen readers read), no TeX
// in data-tex (what copying gives), an element in a formula that takes focus, a glyph
// drawn empty, a glyph whose MathJax font did not load, raw \( \[ $$ left in the text.
() => {
  const problems = [];
  const formulas = [...document.querySelectorAll(".arithmatex")];
  const untypeset = [];
  const repeated = [];
  formulas.forEach((el, i) => {
    const n = el.querySelectorAll("mjx-container").length;
    if (n === 0) untypeset.push(`#${i} ${el.textContent.trim().slice(0, 40)}`);
    if (n > 1) repeated.push(`#${i} (${n} times)`);
  });
  if (untypeset.length) problems.push(`${untypeset.length} formulas not typeset, e.g. ${untypeset[0]}`);
  if (repeated.length) problems.push(`${repeated.length} formulas typeset twice, e.g. ${repeated[0]}`);
  const containers = document.querySelectorAll("mjx-container").length;
  if (containers !== formulas.length)
    problems.push(`${containers} typeset formulas for ${formulas.length} in the page`);
  document
    .querySelectorAll("mjx-merror, .md-math-error")
    .forEach((el) => problems.push(`TeX error: ${el.textContent.slice(0, 80)}`));
  const unread = formulas.filter((el) => !el.querySelector("mjx-assistive-mml math"));
  if (unread.length) problems.push(`${unread.length} formulas without assistive MathML`);
  // What axe-core would check inside a formula (nested-interactive, aria-hidden-focus),
  // checked here for every formula, since its runs see formulas' glyphs set aside.
  const focusable = ["a[href]", "button", "input", "select", "textarea", "[tabindex]", "[contenteditable]"]
    .map((s) => `mjx-container ${s}`)
    .join(", ");
  const interactive = formulas.filter((el) => el.querySelector(focusable));
  if (interactive.length) problems.push(`${interactive.length} formulas hold an element that takes focus`);
  const sourceless = formulas.filter((el) => !(el.getAttribute("data-tex") || "").trim());
  if (sourceless.length) problems.push(`${sourceless.length} formulas without their TeX (data-tex)`);
  // Invisible operators (function application, invisible times, ...) are empty.
  const invisible = /^mjx-c(200[B-D]|206[0-4]|FEFF)$/;
  let blank = 0;
  let sample = "";
  for (const c of document.querySelectorAll("mjx-c")) {
    if ([...c.classList].some((name) => invisible.test(name))) continue;
    const content = getComputedStyle(c, "::before").content;
    if (!content || content === "none" || content === "normal" || content === '""') {
      blank += 1;
      sample ||= c.className;
    }
  }
  if (blank) problems.push(`${blank} glyphs drawn empty (e.g. mjx-c.${sample})`);
  // Each glyph's font stack ("MJXZERO, MJXTEX-I") has a MathJax font that loaded.
  const loaded = new Set(
    [...document.fonts].filter((face) => face.status === "loaded").map((face) => face.family.replace(/["']/g, "")),
  );
  const stacks = new Set([...document.querySelectorAll("mjx-c")].map((c) => getComputedStyle(c).fontFamily));
  for (const stack of stacks) {
    const fonts = stack
      .split(",")
      .map((f) => f.trim().replace(/["']/g, ""))
      .filter((f) => f.startsWith("MJX") && f !== "MJXZERO");
    if (fonts.length && !fonts.some((f) => loaded.has(f))) problems.push(`MathJax font not loaded: ${fonts.join(", ")}`);
  }
  const copy = (document.querySelector("article") || document.body).cloneNode(true);
  copy.querySelectorAll("pre, code, mjx-container, script, style").forEach((el) => el.remove());
  for (const raw of ["\\(", "\\[", "$$"]) {
    const at = copy.textContent.indexOf(raw);
    if (at >= 0) problems.push(`raw ${raw} in the text: ...${copy.textContent.slice(at, at + 40)}`);
  }
  return { problems, formulas: formulas.length };
};
