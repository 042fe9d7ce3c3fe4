// An init script (it runs before the page's own scripts): records in window.__atLoad
// what the overrides in overrides/javascripts/ are there to hold back or prevent.
window.__atLoad = { indexAsked: false, workerStarted: false, switching: false, swaps: [] };
// Material asks for the search index (lazy-search.js wraps this after us) ...
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  if (/search_index\.json/.test(String(url))) window.__atLoad.indexAsked = true;
  return open.apply(this, arguments);
};
// ... and a search worker is really started.
const RealWorker = window.Worker;
window.Worker = function (url, options) {
  if (/\/workers\/search\./.test(String(url))) window.__atLoad.workerStarted = true;
  return new RealWorker(url, options);
};
// The bundle's palette mark, which restyles every element (palette-at-load.js), and
// stylesheet hrefs changed, each with whether the bundle was in the page (head-links.js).
new MutationObserver((changes) =>
  changes.forEach((change) => {
    if (change.attributeName === "data-md-color-switching") window.__atLoad.switching = true;
    if (change.attributeName === "href" && change.target.rel === "stylesheet")
      window.__atLoad.swaps.push([
        change.target.getAttribute("href"),
        !!document.querySelector("script[src*='bundle.']"),
      ]);
  }),
).observe(document, { attributeFilter: ["data-md-color-switching", "href"], subtree: true });
