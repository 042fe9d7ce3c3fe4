"""Turn a chapter into a Jupyter notebook, from the same files the site is built from.

A chapter ``docs/<chapter>.md`` includes its snippets with ``--8<--`` lines; each
snippet fence is followed by a fence titled 输出 that includes the snippet's ``.out``.
:func:`chapter_to_notebook` reads the chapter and makes

* a markdown cell for the prose between snippets (a new cell at each heading);
  MathJax ``$...$`` is left as it is, an admonition (``!!! failure "标题"``) becomes
  a blockquote headed by its title, images are embedded as cell attachments;
* a code cell for each included snippet: its source, and as its output the
  documented ``.out`` (a ``stdout`` stream), so the notebook shows the tested output
  without being executed.

The MkDocs hook ``hooks/jupyter_notebooks.py`` serves the result on the site and
``tests/test_notebooks.py`` executes it; neither has a copy of this logic.
"""

from __future__ import annotations

import base64
import mimetypes
import posixpath
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import nbformat
from nbformat.v4 import (
    new_code_cell,
    new_markdown_cell,
    new_notebook,
    new_output,
)

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"  # pymdownx.snippets base_path in mkdocs.yml

# --8<-- "data-manipulation/arange.py"
INCLUDE = re.compile(r'^\s*-{1,}8<-{1,}\s+"([^"]+)"\s*$')
FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
# !!! failure "常见错误：……"   ??? note   ???+ tip "标题"
ADMONITION = re.compile(
    r'^(?P<indent> *)(?:!!!|\?\?\?\+?)\s+(?P<kind>[\w-]+)[^"]*(?:"(?P<title>[^"]*)")?\s*$'
)
HEADING = re.compile(r"^#{1,6}\s")
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)(?P<title>\s+\"[^\"]*\")?\)")
LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]*)\]\((?P<href>[^)\s]+)\)")
# An attribute list right after a link or image, or ending a line (headings).
ATTR_LIST = re.compile(
    r"(?:(?<=\))|\s+)\{:?\s*[#.][^}]*\}(?=\s*$)|(?<=\))\{:?\s*[#.][^}]*\}"
)
ABSOLUTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|#|/)", re.IGNORECASE)

# Titles Material shows for an admonition written without one.
DEFAULT_TITLES = {
    "note": "注意",
    "abstract": "摘要",
    "info": "说明",
    "tip": "提示",
    "success": "成功",
    "question": "问题",
    "warning": "警告",
    "failure": "常见错误",
    "danger": "危险",
    "bug": "Bug",
    "example": "示例",
    "quote": "引用",
}

KERNELSPEC = {
    "name": "python3",
    "display_name": "Python 3 (ipykernel)",
    "language": "python",
}


def includes_snippets(markdown_path: Path) -> bool:
    """Whether a chapter includes at least one snippet (and so gets a notebook)."""
    text = Path(markdown_path).read_text(encoding="utf-8")
    return any(
        m and m[1].endswith(".py") for m in map(INCLUDE.match, text.splitlines())
    )


def notebook_chapters(docs_dir: Path = DOCS) -> list[Path]:
    """Every chapter that gets a notebook: the pages that include a snippet."""
    return [p for p in sorted(Path(docs_dir).rglob("*.md")) if includes_snippets(p)]


def chapter_to_notebook(
    markdown_path: Path,
    resolve_link: Callable[[str], str] | None = None,
    snippets_dir: Path = SNIPPETS,
) -> nbformat.NotebookNode:
    """The notebook of one chapter.

    ``resolve_link`` maps a relative link of the chapter (``install.md#anchor``) to
    the URL the notebook should use; without it relative links are left as written.
    Code cells carry ``metadata.snippet`` (``chapter/name.py``) to name their source.
    """
    markdown_path = Path(markdown_path)
    lines = markdown_path.read_text(encoding="utf-8").splitlines()
    context = _Context(markdown_path, Path(snippets_dir), resolve_link)
    cells: list[nbformat.NotebookNode] = []
    pending: list[str] = []

    def flush() -> None:
        while pending and pending[-1].strip(" >") == "":
            pending.pop()
        start = 0
        while start < len(pending) and pending[start].strip(" >") == "":
            start += 1
        if start < len(pending):
            cells.append(context.markdown_cell("\n".join(pending[start:])))
        pending.clear()

    for kind, value in _items(lines, "", context):
        if kind == "code":
            flush()
            cells.append(context.code_cell(value))
        else:
            if HEADING.match(value):
                flush()
            pending.append(value)
    flush()

    _add_preface(cells, context)
    for number, cell in enumerate(cells, start=1):
        cell["id"] = f"cell-{number:03d}"
    code_number = 0
    for cell in cells:
        if cell["cell_type"] == "code":
            code_number += 1
            cell["execution_count"] = code_number
            for output in cell["outputs"]:
                if "execution_count" in output:
                    output["execution_count"] = code_number

    notebook = new_notebook(
        cells=cells,
        metadata={
            "kernelspec": KERNELSPEC,
            "language_info": {"name": "python"},
        },
    )
    notebook.nbformat, notebook.nbformat_minor = 4, 5
    nbformat.validate(notebook)
    return notebook


def notebook_json(notebook: nbformat.NotebookNode) -> str:
    """The notebook as the text of an ``.ipynb`` file (stable: same input, same bytes)."""
    return nbformat.writes(notebook) + "\n"


class _Context:
    def __init__(self, markdown_path, snippets_dir, resolve_link):
        self.markdown_path = markdown_path
        self.snippets_dir = snippets_dir
        self.resolve_link = resolve_link
        self.title = None

    def read_include(self, target: str) -> str:
        return (self.snippets_dir / target).read_text(encoding="utf-8")

    def code_cell(self, target: str) -> nbformat.NotebookNode:
        source = self.read_include(target).rstrip("\n")
        outputs = []
        out = (self.snippets_dir / target).with_suffix(".out")
        if out.is_file():
            text = out.read_text(encoding="utf-8")
            if text:
                outputs.append(new_output("stream", name="stdout", text=text))
        return new_code_cell(source, outputs=outputs, metadata={"snippet": target})

    def markdown_cell(self, source: str) -> nbformat.NotebookNode:
        attachments = {}

        def image(match: re.Match) -> str:
            src = match["src"]
            if ABSOLUTE.match(src):
                return match[0]
            path = (self.markdown_path.parent / src.split("#")[0]).resolve()
            mime = mimetypes.guess_type(path.name)[0]
            if not path.is_file() or mime is None:
                return match[0]
            name = path.name
            data = base64.b64encode(path.read_bytes()).decode("ascii")
            attachments[name] = {mime: data}
            return f"![{match['alt']}](attachment:{name}{match['title'] or ''})"

        def link(match: re.Match) -> str:
            href = match["href"]
            if ABSOLUTE.match(href) or self.resolve_link is None:
                return match[0]
            return f"[{match['text']}]({self.resolve_link(href)})"

        source = LINK.sub(link, IMAGE.sub(image, source))
        cell = new_markdown_cell(source)
        if attachments:
            cell["attachments"] = attachments
        return cell


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _items(lines: list[str], quote: str, context: _Context) -> Iterator[tuple]:
    """("md", line) for each line of prose, ("code", target) for each snippet."""
    blank = quote.rstrip()
    i = 0
    while i < len(lines):
        line = lines[i]
        admonition = ADMONITION.match(line)
        fence = FENCE.match(line)
        include = INCLUDE.match(line)
        if admonition:
            indent = _indent(line) + 4
            j = i + 1
            while j < len(lines) and (
                not lines[j].strip() or _indent(lines[j]) >= indent
            ):
                j += 1
            while j > i + 1 and not lines[j - 1].strip():
                j -= 1  # trailing blank lines belong after the admonition
            title = admonition["title"]
            if title is None:
                kind = admonition["kind"].lower()
                title = DEFAULT_TITLES.get(kind, kind.capitalize())
            inner = quote + "> "
            yield "md", blank
            body = [text[indent:] for text in lines[i + 1 : j]]
            if title:
                yield "md", f"{inner}**{_inline(title)}**"
                if body and body[0].strip():
                    yield "md", inner.rstrip()
            yield from _items(body, inner, context)
            yield "md", blank
            i = j
        elif fence:
            indent, marker = len(fence["indent"]), fence["fence"]
            closing = re.compile(rf"^ *{marker[0]}{{{len(marker)},}}\s*$")
            j = i + 1
            while j < len(lines) and not closing.match(lines[j]):
                j += 1
            body = [
                text[indent:] if not text[:indent].strip() else text
                for text in lines[i + 1 : j]
            ]
            targets = [m[1] for m in map(INCLUDE.match, body) if m]
            i = j + 1
            if len(targets) == 1 and targets[0].endswith(".py"):
                yield "code", targets[0]
                i = _skip_output_fence(lines, i, targets[0])
                continue
            language = fence["info"].strip().split(" ")[0]
            yield "md", f"{quote}{' ' * indent}{marker}{language}"
            for text in body:
                match = INCLUDE.match(text)
                expanded = (
                    context.read_include(match[1]).rstrip("\n").split("\n")
                    if match
                    else [text]
                )
                for part in expanded:
                    yield "md", f"{quote}{' ' * indent}{part}".rstrip() or blank
            yield "md", f"{quote}{' ' * indent}{marker}"
        elif include:
            for part in context.read_include(include[1]).rstrip("\n").split("\n"):
                yield from _items([part], quote, context)
            i += 1
        else:
            yield "md", _inline(f"{quote}{line}".rstrip()) or blank
            i += 1


def _inline(text: str) -> str:
    """Drop MkDocs-only attribute lists (``{ .md-button }``, ``{ #anchor }``)."""
    return ATTR_LIST.sub("", text)


def _skip_output_fence(lines: list[str], i: int, target: str) -> int:
    """Index after the 输出 fence that follows a snippet (its text is the .out file)."""
    j = i
    while j < len(lines) and not lines[j].strip():
        j += 1
    fence = FENCE.match(lines[j]) if j < len(lines) else None
    if not fence or j + 1 >= len(lines):
        return i
    include = INCLUDE.match(lines[j + 1])
    expected = posixpath.splitext(target)[0] + ".out"
    if not include or include[1] != expected:
        return i
    marker = fence["fence"]
    closing = re.compile(rf"^ *{marker[0]}{{{len(marker)},}}\s*$")
    k = j + 1
    while k < len(lines) and not closing.match(lines[k]):
        k += 1
    return k + 1


def _add_preface(cells: list, context: _Context) -> None:
    """A note under the chapter's title: where the notebook comes from, how to run it."""
    note = (
        "> 这个笔记本由本站同名一章自动生成：每个代码单元格都是页面上的一个完整程序，"
        "单元格下保存的输出就是测试逐字核对过的运行结果。"
        "从上到下依次运行即可复现；需要读写文件的程序会在笔记本所在的目录里创建文件。"
    )
    if context.resolve_link is not None:
        page = context.resolve_link(context.markdown_path.name)
        note += f"网页版见[这里]({page})。"
    first = cells[0] if cells else None
    if first is not None and first["cell_type"] == "markdown":
        head, _, rest = first["source"].partition("\n")
        if head.startswith("# "):
            first["source"] = f"{head}\n\n{note}\n\n{rest.lstrip()}".rstrip()
            return
    cells.insert(0, new_markdown_cell(note))
