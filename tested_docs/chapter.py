"""The one model of a chapter: its blocks, as markdown-it-py parses them.

A chapter is ``docs/<chapter>.md``. It is parsed once, with markdown-it-py in
CommonMark mode plus the plugins for what the site's Markdown adds (admonitions
``!!!``/``???``/``???+`` of ``admonition`` and ``pymdownx.details``, attribute lists,
tables), into :class:`Block` objects: each with its kind, its line, its info string,
the files it includes (``--8<-- "chapter/name.py"``, pymdownx.snippets) and the
admonition around it. Fences inside admonitions and list items, ``~~~`` fences and
fences of four or more backticks are all blocks like any other.

Everything that reads a chapter (the sync, site and style tests, pytest-markdown-docs,
the notebooks) goes through this module; nothing else matches include lines or
fences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin

from tested_docs.layout import Layout, layout

# A line of pymdownx.snippets, e.g.   --8<-- "data-manipulation/arange.py"
INCLUDE = re.compile(r'^\s*-+8<-+\s+"(?P<target>[^"]+)"\s*$')
# The titles of the fences that show a snippet's output and, under it, its stderr.
OUTPUT_TITLE = "输出"
ERROR_TITLE = "标准错误"
PYTHON = ("python", "py", "python3")


def markdown_parser() -> MarkdownIt:
    """A markdown-it-py parser that sees the blocks the site's Markdown sees."""
    return (
        MarkdownIt("commonmark")
        .enable("table")
        .use(admon_plugin)
        .use(attrs_plugin)
        .use(attrs_block_plugin)
    )


@dataclass(frozen=True)
class Admonition:
    """An ``!!! kind "title"`` or ``??? kind "title"`` block around other blocks."""

    kind: str  # failure, success, note, ...
    title: str
    marker: str  # !!!, ??? or ???+
    line: int  # 1-based line of the marker
    parent: Admonition | None = None


@dataclass(frozen=True)
class Block:
    """One block of a chapter (a fence, a paragraph, a heading, an admonition...)."""

    kind: str  # markdown-it's token type without _open: fence, heading, admonition...
    line: int  # 1-based first line
    end: int  # 1-based line after the block
    indent: int  # columns before the block's first character
    info: str = ""  # a fence's (python title="arange.py") or an admonition's info
    content: str = (
        ""  # a fence's text, a heading's, a paragraph's, an admonition's title
    )
    marker: str = ""  # ``` or ~~~~ of a fence, ## of a heading, !!! of an admonition
    includes: tuple[str, ...] = ()  # targets of its --8<-- lines (fences)
    admonition: Admonition | None = None  # the innermost admonition around it
    depth: int = 0  # nesting level (0: top of the page)
    token: Token | None = field(default=None, repr=False, compare=False)

    @property
    def language(self) -> str:
        return self.info.split()[0] if self.info.strip() else ""

    @property
    def title(self) -> str | None:
        """The ``title="..."`` of a fence's info string."""
        found = re.search(r'\btitle="([^"]*)"', self.info)
        return found[1] if found else None

    @property
    def include(self) -> str | None:
        """The one file this fence includes, or None (no include, or several)."""
        return self.includes[0] if len(self.includes) == 1 else None

    @property
    def is_python(self) -> bool:
        return self.kind == "fence" and self.language in PYTHON

    @property
    def is_snippet(self) -> bool:
        """A fence that shows one snippet program: ``--8<-- "<chapter>/<name>.py"``."""
        return self.is_python and (self.include or "").endswith(".py")

    @property
    def is_output(self) -> bool:
        return self.kind == "fence" and self.title == OUTPUT_TITLE

    @property
    def is_error_output(self) -> bool:
        return self.kind == "fence" and self.title == ERROR_TITLE


@dataclass(frozen=True)
class Node:
    """A block and the blocks inside it (an admonition's title and body, a list's
    items, an item's paragraphs)."""

    block: Block
    children: list[Node]

    def walk(self) -> Iterator[Block]:
        yield self.block
        for child in self.children:
            yield from child.walk()


def outline(blocks: list[Block]) -> list[Node]:
    """The blocks of :func:`parse` as a tree (top-level nodes, in page order)."""
    top: list[Node] = []
    stack: list[Node] = []  # the open containers, innermost last
    for block in blocks:
        del stack[block.depth :]
        node = Node(block, [])
        (stack[-1].children if stack else top).append(node)
        stack.append(node)
    return top


@dataclass(frozen=True)
class SnippetUse:
    """A snippet fence of a page and the two fences after it (its output and its
    stderr, where it has them)."""

    code: Block
    following: Block | None
    after_following: Block | None = None

    @property
    def snippet(self) -> str:
        return self.code.include or ""

    @property
    def expected_output(self) -> str:
        return output_of(self.snippet)

    @property
    def output(self) -> Block | None:
        """The fence that shows this snippet's ``.out`` under the title 输出, or None."""
        f = self.following
        if f and f.is_output and f.include == self.expected_output:
            return f
        return None

    @property
    def expected_error_output(self) -> str:
        return self.snippet.removesuffix(".py") + ".err"

    @property
    def error_output(self) -> Block | None:
        """The fence under the output that shows the snippet's ``.err`` under the
        title 标准错误, or None."""
        f = self.after_following
        ok = self.output and f and f.is_error_output
        return f if ok and f.include == self.expected_error_output else None


def output_of(snippet: str) -> str:
    """``chapter/name.py`` -> ``chapter/name.out``: where a snippet's output lives."""
    return snippet.removesuffix(".py") + ".out"


def includes_in(text: str) -> tuple[str, ...]:
    """The targets of the --8<-- lines of a fence's text, in order."""
    return tuple(
        m["target"] for m in map(INCLUDE.match, text.splitlines()) if m is not None
    )


def parse(text: str) -> list[Block]:
    """Every block of a Markdown text, in document order (nested ones included)."""
    tokens = markdown_parser().parse(text)
    lines = text.splitlines()
    blocks: list[Block] = []
    stack: list[Admonition] = []
    depth = 0
    for index, token in enumerate(tokens):
        if token.nesting == -1:
            depth -= 1
            if token.type == "admonition_close":
                stack.pop()
            continue
        if token.map is None or token.type == "inline":
            depth += token.nesting  # a table cell opens a level too
            continue
        kind = token.type.removesuffix("_open")
        start, end = token.map
        first = lines[start] if start < len(lines) else ""
        indent = len(first) - len(first.lstrip(" "))
        admonition = stack[-1] if stack else None
        content = token.content
        if token.type == "heading_open" or token.type == "paragraph_open":
            content = tokens[index + 1].content
        if token.type == "admonition_open":
            stack.append(
                Admonition(
                    kind=token.meta.get("tag", ""),
                    title=token.content,
                    marker=first.strip().split(" ", 1)[0],
                    line=start + 1,
                    parent=admonition,
                )
            )
        blocks.append(
            Block(
                kind=kind,
                line=start + 1,
                end=end + 1,
                indent=indent,
                info=token.info.strip(),
                content=content,
                marker=token.markup,
                includes=includes_in(content) if token.type == "fence" else (),
                admonition=admonition,
                depth=depth,
                token=token,
            )
        )
        if token.nesting == 1:
            depth += 1
    return blocks


class Chapter:
    """A page of the docs and its blocks."""

    def __init__(self, path: Path, text: str | None = None, site: Layout | None = None):
        self.site = site or layout()
        self.path = Path(path)
        self.text = self.path.read_text(encoding="utf-8") if text is None else text

    def __repr__(self) -> str:
        return f"Chapter({self.name!r})"

    @property
    def name(self) -> str:
        """``autograd`` for docs/autograd.md (the folder of its snippets)."""
        return self.relpath.removesuffix(".md")

    @property
    def relpath(self) -> str:
        """The page's path inside the docs directory: ``autograd.md``."""
        try:
            return self.path.resolve().relative_to(self.site.docs).as_posix()
        except ValueError:
            return self.path.name

    @property
    def where(self) -> str:
        """The page as messages name it: ``docs/autograd.md``."""
        return self.site.relative(self.path)

    @cached_property
    def blocks(self) -> list[Block]:
        return parse(self.text)

    @cached_property
    def outline(self) -> list[Node]:
        return outline(self.blocks)

    @property
    def fences(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "fence"]

    @property
    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading"]

    @property
    def includes(self) -> list[str]:
        """Every file the page includes, in page order."""
        return [t for b in self.fences for t in b.includes]

    @property
    def snippets(self) -> list[str]:
        """The snippet programs the page shows, in page order."""
        return [b.include for b in self.fences if b.is_snippet and b.include]

    def snippet_uses(self) -> list[SnippetUse]:
        """Each snippet fence with the fence that follows it on the page."""
        fences = [*self.fences, None, None]
        return [
            SnippetUse(code, fences[i + 1], fences[i + 2])
            for i, code in enumerate(fences[:-2])
            if code is not None and code.is_snippet
        ]

    def fence_lines(self) -> set[int]:
        """1-based numbers of the lines that belong to a fence (markers included)."""
        return {n for b in self.fences for n in range(b.line, b.end)}

    def read_include(self, target: str) -> str:
        return (self.site.snippets / target).read_text(encoding="utf-8")

    def expand(self, fence: Block) -> str:
        """A fence's text with each --8<-- line replaced by the file it names."""
        out = []
        for line in fence.content.splitlines(keepends=True):
            found = INCLUDE.match(line)
            out.append(self.read_include(found["target"]) if found else line)
        return "".join(out)


def chapters(site: Layout | None = None) -> list[Chapter]:
    """Every page of the docs."""
    site = site or layout()
    return [Chapter(p, site=site) for p in site.chapters()]


def snippet_chapters(site: Layout | None = None) -> list[Chapter]:
    """The pages that show at least one snippet (each gets a notebook)."""
    return [c for c in chapters(site) if c.snippets]


@cache
def _pymdownx_markdown():
    import markdown

    return markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": layout().snippet_options},
    )


def expand_includes(text: str) -> str:
    """Expand --8<-- lines with pymdownx.snippets itself, as the site build does
    (raises for a missing file, since mkdocs.yml sets ``check_paths``)."""
    md = _pymdownx_markdown()
    md.reset()
    return "\n".join(md.preprocessors["snippet"].run(text.split("\n")))
