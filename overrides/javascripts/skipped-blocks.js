/*
 * Blocks of a chapter far from the screen skip rendering (content-visibility: auto,
 * stylesheets/reading.css) and stand in with an estimated height. Their content is
 * not painted, but a script that measures it (an accessibility checker, say) lays it
 * out at its real height, running over the blocks below. While a block is skipped it
 * is marked, and reading.css clips it to its stand-in box, so that nothing unpainted
 * overlaps anything else. Inlined in <head> by overrides/main.html, so that it hears
 * the first state of every block.
 */
document.addEventListener(
  "contentvisibilityautostatechange",
  function (event) {
    event.target.classList.toggle("md-skipped", event.skipped);
  },
  true
);
