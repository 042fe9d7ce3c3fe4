// The pages listed for `query` once Material has listed them (or said it found
// nothing); null until then, for page.wait_for_function. Material lists the first
// results at once and more on scrolling, so `top` of them are enough.
([query, top]) => {
  const meta = document.querySelector(".md-search-result__meta");
  const links = [...document.querySelectorAll(".md-search-result__item > .md-search-result__link")];
  const count = meta && /(\d+)/.exec(meta.textContent);
  const done = meta && (/没有|无/.test(meta.textContent) || (count && links.length >= Math.min(+count[1], top)));
  if (document.querySelector(".md-search__input").value !== query || !done) return null;
  return links.map((a) => new URL(a.href).pathname);
};
