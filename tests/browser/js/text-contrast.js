// WCAG 2 AA contrast of the text directly inside each element matching `selector` (if
// any) and each of `targets` (selectors): its colour over the background colours behind
// it (its own and its ancestors', composited; background images such as a scroll box's
// edge shadow left out); 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). Text
// that is not drawn is skipped as axe-core skips it: no box, hidden, or transparent
// (opacity 0 on it or an ancestor: Material's skip link and permalinks until focused).
// Run on all text in the scheme where axe-core does not run (design/browser-tests.md),
// and on what axe-core leaves: code, formulas' text, what it could not tell. With a Map
// as `verdicts`, each element's ratio and verdict (scripts/compare_axe_runs.py).
({ selector, targets, verdicts }) => {
  const rgba = (css) => {
    const m = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(css);
    return m && [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
  };
  const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const luminance = (c) =>
    c
      .slice(0, 3)
      .map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const elements = new Set([
    ...(selector ? document.querySelectorAll(selector) : []),
    ...targets.map((t) => document.querySelector(t)).filter(Boolean),
  ]);
  // An element's opacity (its own and its ancestors') and the colour behind its text
  // (its background over its ancestors', over white), known once for each element.
  const known = new Map();
  const behind = (el) => {
    if (!el) return { opacity: 1, bg: [255, 255, 255, 1] };
    if (!known.has(el)) {
      const style = getComputedStyle(el);
      const outer = behind(el.parentElement);
      const own = rgba(style.backgroundColor);
      known.set(el, {
        opacity: outer.opacity * +style.opacity,
        bg: own && outer.bg && (own[3] === 1 ? own : over(own, outer.bg)),
      });
    }
    return known.get(el);
  };
  const problems = new Map();
  let checked = 0;
  for (const el of elements) {
    const text = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.data)
      .join("")
      .trim();
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (!text || !rect.width || !rect.height || style.visibility !== "visible") continue;
    const { opacity, bg } = behind(el);
    if (opacity === 0) continue;
    const fg = rgba(style.color);
    const where =
      `"${text.slice(0, 30)}" (${el.tagName.toLowerCase()}` +
      `${el.className ? "." + String(el.className).split(" ")[0] : ""})`;
    if (!fg || !bg) {
      problems.set(where, `unreadable colour: ${where}`);
      continue;
    }
    const colour = over([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
    const [light, dark] = [luminance(colour), luminance(bg)].sort((a, b) => b - a);
    const ratio = (light + 0.05) / (dark + 0.05);
    const size = parseFloat(style.fontSize);
    const bold = +style.fontWeight >= 700;
    const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
    checked += 1;
    verdicts?.set(el, { ratio, passes: ratio >= needed });
    const key = `${style.color} on ${bg} (${needed})`;
    if (ratio < needed && !problems.has(key))
      problems.set(
        key,
        `text contrast ${ratio.toFixed(2)}:1 < ${needed}:1 for ` +
          `${where}, ${style.color} on rgb(${bg.slice(0, 3).join(", ")})`,
      );
  }
  return { problems: [...problems.values()], checked };
};
