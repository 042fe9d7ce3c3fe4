// What sticks out sideways: the page itself, and any formula, code block, table or
// image of the article wider than the screen that is not inside a box that scrolls;
// and any wide display formula that does not scroll.
() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  if (document.documentElement.scrollWidth > width)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px`);
  const scrollBox = (el) => {
    for (let box = el.parentElement; box; box = box.parentElement) {
      if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(box).overflowX)) return box;
    }
    return null;
  };
  for (const el of document.querySelectorAll("article mjx-container, article pre, article table, article img")) {
    const rect = el.getBoundingClientRect();
    if (rect.right <= width + 1 || rect.width === 0) continue;
    const box = scrollBox(el);
    if (!box || box.getBoundingClientRect().right > width + 1)
      problems.push(`${el.tagName.toLowerCase()} sticks out to ${Math.round(rect.right)}px`);
  }
  for (const box of document.querySelectorAll("article div.arithmatex")) {
    if (box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX !== "auto")
      problems.push(`a wide display formula does not scroll: ${box.dataset.tex}`);
  }
  return problems.slice(0, 5);
};
