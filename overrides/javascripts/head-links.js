/*
 * Material's instant navigation makes every relative href and src of the page
 * absolute once its bundle runs (to compare the heads of pages). For a stylesheet
 * that is a new sheet: the browser restyles and lays out the whole page again, on a
 * long chapter about 35 ms, four times that on a phone, at load. Done here, at the
 * end of <head>, before anything is laid out, it costs nothing, and the bundle
 * leaves the links of the head as they are (it skips absolute ones; an href that
 * is already absolute is set to itself here, which changes nothing).
 */
document.head.querySelectorAll("link[href]").forEach(function (link) {
  link.href = link.href;
});
