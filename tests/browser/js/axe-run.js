// axe-core on the whole document (the page loaded axe.min.js). The text of code blocks
// is left to text-contrast.js: axe-core cannot tell its colours (the edge shadow of a
// scroll box is a gradient, and it skips one-character tokens). No HTML source in the
// results: each node is named by its selector. No stylesheet preloaded: the one rule
// that reads the stylesheets, css-orientation-lock, is the same on every page and runs
// in test_reading.py::test_no_stylesheet_locks_the_orientation; preloading them made
// each run a tenth slower.
//
// Returns the violations, and the elements whose colour contrast axe-core could not
// tell (for text-contrast.js). With everyNode: every finding on every node, one
// string each (result, rule, node named by its tag, "token" for a code token, and a
// number that stays the node's through the page's life), to compare two runs.
async (everyNode = false) => {
  axe.configure({
    noHtml: true,
    rules: [{ id: "color-contrast", selector: ":not(pre, pre *)" }],
  });
  if (everyNode) {
    const kinds = ["passes", "violations", "incomplete"];
    const result = await axe.run(document, { resultTypes: kinds, elementRef: true, preload: false });
    const isCodeToken = (el) => el.matches("pre span[class]") && el.attributes.length === 1 && !el.childElementCount;
    const ids = (window.__nodeIds ??= new Map());
    const name = (el) => {
      if (!ids.has(el)) ids.set(el, ids.size);
      return `${isCodeToken(el) ? "token" : el.tagName.toLowerCase()}#${ids.get(el)}`;
    };
    return kinds.flatMap((kind) =>
      result[kind].flatMap((rule) => rule.nodes.map((node) => `${kind} ${rule.id} ${name(node.element)}`)),
    );
  }
  const options = { resultTypes: ["violations", "incomplete"], preload: false };
  const result = await axe.run(document, options);
  return {
    violations: result.violations.map(
      (v) => `${v.id} (${v.nodes.length}): ` + v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join("; "),
    ),
    unsure: result.incomplete
      .filter((r) => r.id === "color-contrast")
      .flatMap((r) => r.nodes.map((n) => n.target[0])),
  };
};
