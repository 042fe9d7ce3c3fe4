// axe-core's css-orientation-lock alone, with the stylesheets preloaded (axe-run.js
// leaves them out): the rules that passed, failed, and could not tell.
async () => {
  const only = { type: "rule", values: ["css-orientation-lock"] };
  const result = await axe.run(document, { preload: true, runOnly: only });
  return [result.passes, result.violations, result.incomplete].map((kind) => kind.map((rule) => rule.id));
};
