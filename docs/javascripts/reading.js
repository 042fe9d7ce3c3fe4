/*
 * Copying a formula copies its TeX (no MathJax script runs in the browser: the
 * formulas are typeset when the site is built, and MathJax's menu is gone). Each
 * formula keeps its source in `data-tex` (hooks/mathjax.py); when the selection
 * touches formulas, the copied text is the selected text with each formula as $...$
 * (inline) or $$...$$ (display).
 */
(function () {
  "use strict";

  function tex(el) {
    var source = el.getAttribute("data-tex");
    return el.tagName === "DIV" ? "\n$$\n" + source + "\n$$\n" : "$" + source + "$";
  }

  document.addEventListener("copy", function (event) {
    var selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    var range = selection.getRangeAt(0).cloneRange();
    var formula = function (node) {
      var el = node.nodeType === 1 ? node : node.parentElement;
      return el && el.closest(".arithmatex[data-tex]");
    };
    var start = formula(range.startContainer), end = formula(range.endContainer);
    if (start) range.setStartBefore(start);
    if (end) range.setEndAfter(end);
    var fragment = range.cloneContents();
    var found = fragment.querySelectorAll(".arithmatex[data-tex]");
    if (!found.length) return;
    found.forEach(function (el) { el.replaceWith(document.createTextNode(tex(el))); });
    var holder = document.createElement("div");
    holder.style.cssText = "position:fixed;left:-10000px;top:0;white-space:pre-wrap";
    holder.appendChild(fragment);
    document.body.appendChild(holder);
    var text = holder.innerText;
    holder.remove();
    event.clipboardData.setData("text/plain", text.replace(/\n{3,}/g, "\n\n").trim());
    event.preventDefault();
  });

})();
