/*
 * The colour scheme, applied while the header is parsed, before anything is drawn:
 * the one Material's bundle applies at load (the stored choice, or else the first
 * palette whose media query matches, as its palette component chooses). Replaces
 * Material's own script here (partials/javascripts/palette.html), which applied only a
 * stored choice: a first visit with a dark preference was drawn light, then switched.
 *
 * The bundle marks <body> data-md-color-switching whenever it applies a palette, so
 * that colours do not fade; its stylesheet's [data-md-color-switching] * makes that
 * mark restyle every element, once when set and once when removed: on a long chapter
 * on a phone, a large part of the blocking time at load. At load the palette is the
 * one applied here, so the first mark is skipped; later switches keep theirs.
 */
(function () {
  var body = document.body;
  var inputs = document.querySelectorAll("[data-md-color-media]");
  if (!inputs.length) return;
  var stored = __md_get("__palette");
  var index = stored
    ? stored.index
    : Array.prototype.findIndex.call(inputs, function (input) {
        return matchMedia(input.getAttribute("data-md-color-media")).matches;
      });
  var input = inputs[Math.max(0, Math.min(index, inputs.length - 1))];
  if (input.getAttribute("data-md-color-media") === "(prefers-color-scheme)") {
    var light = matchMedia("(prefers-color-scheme: light)").matches;
    input = document.querySelector(
      "[data-md-color-media='(prefers-color-scheme: " + (light ? "light" : "dark") + ")']"
    );
  }
  ["scheme", "primary", "accent"].forEach(function (key) {
    body.setAttribute("data-md-color-" + key, input.getAttribute("data-md-color-" + key));
  });
  body.setAttribute = function (name, value) {
    if (name === "data-md-color-switching") {
      delete body.setAttribute; // the bundle's first application, at load
      return;
    }
    Element.prototype.setAttribute.call(body, name, value);
  };
})();
