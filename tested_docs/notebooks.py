"""A chapter as a Jupyter notebook, made from the chapter model.

:func:`chapter_to_notebook` walks the blocks of a chapter
(:class:`tested_docs.chapter.Chapter`) and makes

* a markdown cell for the prose between snippets (a new cell at each top-level
  heading), copied from the page's own lines: MathJax ``$...$`` stays as it is, an
  admonition (``!!! failure "标题"``, ``??? success "参考答案"``) becomes a
  blockquote headed by its title, a fence that includes a file shows the file, and
  images are embedded as cell attachments;
* a code cell for each snippet fence: the snippet's source, and as its output the
  documented ``.out`` (a ``stdout`` stream) and ``.err`` (a ``stderr`` stream, where
  there is one), so the notebook shows the tested output without being executed. The
  输出 and 标准错误 fences after it are not repeated.

The MkDocs hook ``hooks/jupyter_notebooks.py`` serves the result on the site and
``tests/test_notebooks.py`` checks and runs it.
"""

from __future__ import annotations

import base64
import mimetypes
from collections.abc import Callable, Iterator
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from tested_docs.chapter import INCLUDE, Block, Chapter, Node, markdown_parser

KERNELSPEC = {
    "name": "python3",
    "display_name": "Python 3 (ipykernel)",
    "language": "python",
}
PREFACE = (
    "> 这个笔记本由本站同名一章自动生成：每个代码单元格都是页面上的一个完整程序，"
    "单元格下保存的输出就是测试逐字核对过的运行结果。"
    "从上到下依次运行即可复现；需要读写文件的程序会在笔记本所在的目录里创建文件。"
)
ABSOLUTE = ("http:", "https:", "mailto:", "data:", "attachment:", "#", "/")
# What the walk yields: ("md", line), ("code", snippet target) or ("cell", "").
Item = tuple[str, str]


def chapter_to_notebook(
    chapter: Chapter | Path,
    resolve_link: Callable[[str], str] | None = None,
) -> nbformat.NotebookNode:
    """The notebook of one chapter.

    ``resolve_link`` maps a relative link of the chapter (``install.md#anchor``) to
    the URL the notebook should use; without it relative links are left as written.
    Code cells carry ``metadata.snippet`` (``chapter/name.py``) to name their source.
    """
    if not isinstance(chapter, Chapter):
        chapter = Chapter(chapter)
    lines = chapter.text.splitlines()
    cells: list[nbformat.NotebookNode] = []
    pending: list[str] = []

    def flush() -> None:
        text = _tidy(pending)
        if text:
            cells.append(_markdown_cell(text, chapter, resolve_link))
        pending.clear()

    for kind, value in _walk(chapter.outline, lines, chapter, 0, ""):
        if kind == "code":
            flush()
            cells.append(_code_cell(chapter, value))
        elif kind == "cell":
            flush()
        else:
            pending.append(value)
    flush()

    _add_preface(cells, chapter, resolve_link)
    code_number = 0
    for number, cell in enumerate(cells, start=1):
        cell["id"] = f"cell-{number:03d}"
        if cell["cell_type"] == "code":
            code_number += 1
            cell["execution_count"] = code_number
            for output in cell["outputs"]:
                if "execution_count" in output:
                    output["execution_count"] = code_number
    notebook = new_notebook(
        cells=cells,
        metadata={"kernelspec": KERNELSPEC, "language_info": {"name": "python"}},
    )
    notebook.nbformat, notebook.nbformat_minor = 4, 5
    nbformat.validate(notebook)
    return notebook


def notebook_json(notebook: nbformat.NotebookNode) -> str:
    """The notebook as the text of an ``.ipynb`` file (stable: same input, same bytes)."""
    return nbformat.writes(notebook) + "\n"


def _dedent(line: str, columns: int) -> str:
    """``line`` without up to ``columns`` leading spaces."""
    spaces = len(line) - len(line.lstrip(" "))
    return line[min(spaces, columns) :]


def _source(block: Block, lines: list[str]) -> list[str]:
    return lines[block.line - 1 : block.end - 1]


def _special(node: Node) -> bool:
    """Whether a block holds a snippet or an admonition (so it is walked, not copied)."""
    return any(b.is_snippet or b.kind == "admonition" for b in node.walk())


def _walk(
    nodes: list[Node], lines: list[str], chapter: Chapter, strip: int, quote: str
) -> Iterator[Item]:
    """The items of a list of sibling blocks whose lines are indented by ``strip``,
    shown inside ``quote`` (``"> "`` per admonition around them)."""
    blank = quote.rstrip()
    end: int | None = None
    skip: list[Block] = []
    for node in nodes:
        block = node.block
        if block.kind == "admonition_title":
            end = block.end
            continue
        if end is not None:
            yield from (("md", blank) for _ in range(end, block.line))
        end = block.end
        if any(block is b for b in skip):
            continue
        if block.kind == "heading" and not quote:
            yield "cell", ""
        if block.is_snippet and block.include:
            yield "code", block.include
            # The 输出 fence, and the 标准错误 one under it: the cell's outputs show them.
            following = [n.block for n in nodes[nodes.index(node) + 1 :]][:2]
            if following and following[0].is_output:
                skip = [following[0]]
                if following[1:] and following[1].is_error_output:
                    skip.append(following[1])
        elif block.kind == "admonition":
            inner = quote + "> "
            yield "md", blank
            if block.content:  # the title
                yield "md", f"{inner}**{block.content}**"
            if block.content and len(node.children) > 1:
                yield "md", inner.rstrip()
            yield from _walk(node.children, lines, chapter, block.indent + 4, inner)
            yield "md", blank
        elif _special(node):
            yield from _walk(node.children, lines, chapter, strip, quote)
        else:
            for line in _source(block, lines):
                found = INCLUDE.match(line) if block.kind == "fence" else None
                if found:
                    indent = line[: len(line) - len(line.lstrip(" "))]
                    text = chapter.read_include(found["target"]).rstrip("\n")
                    for part in text.split("\n"):
                        yield "md", f"{quote}{_dedent(indent + part, strip)}".rstrip()
                else:
                    yield "md", f"{quote}{_dedent(line, strip)}".rstrip() or blank


def _tidy(lines: list[str]) -> str:
    """The lines of a markdown cell: no blank lines at either end, none doubled."""
    kept: list[str] = []
    for line in lines:
        empty = line.strip(" >") == ""
        if empty and (not kept or kept[-1].strip(" >") == ""):
            continue
        kept.append(line)
    while kept and kept[-1].strip(" >") == "":
        kept.pop()
    return "\n".join(kept)


def _code_cell(chapter: Chapter, target: str) -> nbformat.NotebookNode:
    source = chapter.read_include(target).rstrip("\n")
    outputs = []
    out = (chapter.site.snippets / target).with_suffix(".out")
    if out.is_file():
        text = out.read_text(encoding="utf-8")
        if text:
            outputs.append(new_output("stream", name="stdout", text=text))
    err = out.with_suffix(".err")
    if err.is_file():
        outputs.append(
            new_output("stream", name="stderr", text=err.read_text(encoding="utf-8"))
        )
    return new_code_cell(source, outputs=outputs, metadata={"snippet": target})


def _markdown_cell(
    source: str, chapter: Chapter, resolve_link: Callable[[str], str] | None
) -> nbformat.NotebookNode:
    """A markdown cell; images become attachments, relative links are resolved."""
    attachments: dict[str, dict[str, str]] = {}
    replace: dict[str, str] = {}
    for token in markdown_parser().parse(source):
        for child in token.children or []:
            if child.type == "image":
                src = str(child.attrs.get("src", ""))
                path = (chapter.path.parent / src.split("#")[0]).resolve()
                mime = mimetypes.guess_type(path.name)[0]
                if src.startswith(ABSOLUTE) or not path.is_file() or mime is None:
                    continue
                data = base64.b64encode(path.read_bytes()).decode("ascii")
                attachments[path.name] = {mime: data}
                replace[src] = f"attachment:{path.name}"
            elif child.type == "link_open" and resolve_link is not None:
                href = str(child.attrs.get("href", ""))
                if not href.startswith(ABSOLUTE):
                    replace[href] = resolve_link(href)
    for old, new in replace.items():
        source = source.replace(f"]({old})", f"]({new})").replace(
            f"]({old} ", f"]({new} "
        )
    cell = new_markdown_cell(source)
    if attachments:
        cell["attachments"] = attachments
    return cell


def _add_preface(
    cells: list, chapter: Chapter, resolve_link: Callable[[str], str] | None
) -> None:
    """A note under the chapter's title: where the notebook comes from, how to run it."""
    note = PREFACE
    if resolve_link is not None:
        note += f"网页版见[这里]({resolve_link(chapter.path.name)})。"
    first = cells[0] if cells else None
    if first is not None and first["cell_type"] == "markdown":
        head, _, rest = first["source"].partition("\n")
        if head.startswith("# "):
            first["source"] = f"{head}\n\n{note}\n\n{rest.lstrip()}".rstrip()
            return
    cells.insert(0, new_markdown_cell(note))
