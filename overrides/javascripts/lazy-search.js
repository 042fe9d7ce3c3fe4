/*
 * Search costs nothing until the reader uses it. Material 9.8.1 requests
 * search/search_index.json and starts its search worker on every page load (over
 * http; it waits for the search toggle only on file://). This script, inlined before
 * Material's bundle by overrides/main.html, holds back both until the reader first
 * opens search (click or tap on the search field or icon, the keyboard shortcuts
 * "/", "s" or "f", focus in the field), or at once when the page was reached from a
 * search result (?h=..., which search.highlight needs the index for).
 */
(function () {
  "use strict";
  var wanted = false;
  var waiting = [];
  function use() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (go) { go(); });
  }
  function when(go) { if (wanted) go(); else waiting.push(go); }
  if (/[?&]h=/.test(location.search)) use();

  // The index: Material fetches it with XMLHttpRequest; its send() waits.
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__lazySearch = /\/search\/search_index\.json(\?|$)/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (!request.__lazySearch) return send.apply(request, args);
    when(function () { send.apply(request, args); });
  };

  // The worker: created on the first message Material posts to it (the index).
  var RealWorker = window.Worker;
  if (RealWorker) {
    window.Worker = function (url, options) {
      if (!/\/workers\/search\.[^/]*\.js/.test(String(url)))
        return new RealWorker(url, options);
      // Resolved now: after an instant navigation, a relative URL would resolve
      // against the new page's address.
      url = new URL(String(url), document.baseURI).href;
      var target = new EventTarget(), real = null;
      target.postMessage = function (message, transfer) {
        if (!real) {
          real = new RealWorker(url, options);
          ["message", "messageerror", "error"].forEach(function (type) {
            real.addEventListener(type, function (event) {
              target.dispatchEvent(type === "error"
                ? new ErrorEvent("error", {message: event.message})
                : new MessageEvent(type, {data: event.data}));
            });
          });
        }
        real.postMessage(message, transfer);
      };
      target.terminate = function () { if (real) real.terminate(); };
      return target;
    };
  }

  // What counts as opening search.
  function opens(event) {
    var el = event.target;
    if (el && el.closest && el.closest(".md-search, label[for='__search'], [data-md-toggle='search']"))
      use();
  }
  document.addEventListener("pointerdown", opens, true);
  document.addEventListener("focusin", opens, true);
  document.addEventListener("change", opens, true);
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var el = event.target;
    if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)))
      return;
    if (["/", "s", "f", "S", "F"].indexOf(event.key) >= 0) use();
  }, true);
})();
