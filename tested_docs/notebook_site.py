"""Every chapter as a Jupyter notebook on the site: downloadable, and rendered.

:mod:`tested_docs.notebooks` makes the notebook of a chapter; :class:`NotebookSite`
puts it on the site, through the MkDocs hook ``hooks/jupyter_notebooks.py``, which
keeps one instance and hands it the build's events. For each chapter that shows a
snippet (``docs/<chapter>.md``) it adds two generated files:

* ``notebooks/<chapter>.ipynb``: the download, held in memory (no file on disk, so
  mkdocs-jupyter leaves it alone and MkDocs copies it as it is);
* ``notebooks/<chapter>/index.ipynb``: the same notebook written to a temporary
  directory, which mkdocs-jupyter renders as the page ``notebooks/<chapter>/``.
  It is not in the nav (``InclusionLevel.NOT_IN_NAV``, so no "omitted" message at
  any validation level) and not in the search index (its chapter is).

Nothing is written into ``docs/``, so ``mkdocs serve`` does not reload in a loop.
Under ``mkdocs serve`` (one process, many builds) a chapter's notebooks are made
again only when the chapter or a file it shows changed, and the rendered page's
source keeps its time stamp otherwise, so that ``--dirty`` rebuilds skip it.

The pages are added after mkdocs-jupyter's ``on_files`` (hooks run after the plugins
of ``plugins:``; the hook's priority makes it explicit), as :class:`NotebookPage`
files, which MkDocs builds as pages: mkdocs-jupyter's ``on_files`` would otherwise
wrap them in its ``NotebookFile``, which hides ``inclusion`` and ``generated_by`` of
a generated file. mkdocs-jupyter renders every page whose source is an ``.ipynb``
(``on_pre_page``). Each chapter page gets a link to both (``on_page_markdown``). On
the rendered page (``on_page_content``), headings get the site's own anchors
(mkdocs-jupyter's slugify drops Chinese), ``$...$`` becomes arithmatex markup, which
the site's MathJax typesets, and nbconvert's own MathJax loader is dropped.
"""

from __future__ import annotations

import html
import posixpath
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from tested_docs import notebooks
from tested_docs.chapter import Chapter, output_of

PREFIX = "notebooks"
LINK_TEXT = "下载本章 Jupyter 笔记本"

HEADING = re.compile(r"<h([1-6])([^>]*)>(.*?)</h\1>", re.DOTALL)
ANCHOR = re.compile(r'<a class="anchor-link" href="[^"]*">(.*?)</a>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")
# The rendered Markdown of a cell (nbconvert's lab template): math is still $...$.
MARKDOWN_CELL = re.compile(
    r'(<div class="[^"]*\bjp-RenderedMarkdown\b[^"]*"[^>]*>)(.*?)(</div>)', re.DOTALL
)
# nbconvert's MathJax 2 loader (an empty <script src=""> here) and its config.
NBCONVERT_MATHJAX = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL
)
CODE = re.compile(r"(<code\b.*?</code>|<pre\b.*?</pre>)", re.DOTALL)
DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)((?:\\.|[^$\\])+?)\$")
IMAGE = re.compile(r"!\[[^\]]*\]\(\s*([^)\s#]+)")


def download_uri(chapter_uri: str) -> str:
    return f"{PREFIX}/{posixpath.splitext(chapter_uri)[0]}.ipynb"


def page_uri(chapter_uri: str) -> str:
    return f"{PREFIX}/{posixpath.splitext(chapter_uri)[0]}/index.ipynb"


class NotebookPage(File):
    """A generated ``.ipynb`` that MkDocs builds as a page (mkdocs-jupyter renders it)."""

    def is_documentation_page(self) -> bool:
        return True


def _resolver(
    chapter: File, files: Files, from_url: str, site_url: str | None
) -> Callable[[str], str]:
    """Relative links of a chapter, as URLs for a notebook served at ``from_url``."""

    def resolve(href: str) -> str:
        path, _, anchor = href.partition("#")
        target_uri = chapter.src_uri
        if path:
            target_uri = posixpath.normpath(
                posixpath.join(posixpath.dirname(chapter.src_uri), path)
            )
        target = files.get_file_from_path(target_uri)
        if target is None:
            return href
        url = (
            urljoin(site_url, target.url)
            if site_url
            else get_relative_url(target.url, from_url)
        )
        return url + (f"#{anchor}" if anchor else "")

    return resolve


Stamp = tuple[int, int]  # a file's (mtime_ns, size)


def _stamp(path: Path) -> Stamp | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


@dataclass
class _Source:
    """A chapter's model and the files its notebook is made from."""

    stamp: Stamp | None
    chapter: Chapter
    files: tuple[Path, ...]


@dataclass
class _Made:
    """A chapter's two notebooks, and what they were made from."""

    key: tuple
    on_page: str
    download: str


# Kept from one build to the next in the same process (mkdocs serve).
_sources: dict[Path, _Source] = {}
_made: dict[Path, _Made] = {}
_workdir: tempfile.TemporaryDirectory | None = None


def _source(path: Path) -> _Source:
    """The chapter at ``path``, parsed again only when the file changed."""
    stamp = _stamp(path)
    known = _sources.get(path)
    if known is not None and known.stamp == stamp:
        return known
    chapter = Chapter(path)
    shown = [chapter.site.snippets / target for target in chapter.includes]
    shown += [chapter.site.snippets / output_of(s) for s in chapter.snippets]
    images = [(path.parent / src).resolve() for src in IMAGE.findall(chapter.text)]
    _sources[path] = _Source(stamp, chapter, (path, *shown, *images))
    return _sources[path]


def _workdir_path() -> Path:
    """Where the rendered notebooks' sources live: one folder per process, removed
    when it ends."""
    global _workdir
    if _workdir is None:
        _workdir = tempfile.TemporaryDirectory(prefix="d2l-notebooks-")
    return Path(_workdir.name)


@dataclass
class NotebookSite:
    """The notebooks of one build (or of each rebuild of ``mkdocs serve``)."""

    # chapter src_uri -> (download src_uri, page src_uri)
    chapters: dict[str, tuple[str, str]] = field(default_factory=dict)
    # notebook page src_uri -> the chapter's File
    pages: dict[str, File] = field(default_factory=dict)

    def cleanup(self) -> None:
        self.chapters.clear()
        self.pages.clear()

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        self.cleanup()
        workdir = _workdir_path()
        # Links are resolved against the site's pages: when they change, all change.
        site_pages = tuple(sorted(f.src_uri for f in files.documentation_pages()))
        for chapter_file in list(files.documentation_pages()):
            if (
                not chapter_file.src_uri.endswith(".md")
                or not chapter_file.abs_src_path
            ):
                continue
            source = _source(Path(chapter_file.abs_src_path))
            if not source.chapter.snippets:
                continue
            uri = chapter_file.src_uri
            download, page = download_uri(uri), page_uri(uri)
            path = workdir / page
            page_file = NotebookPage.generated(
                config,
                page,
                abs_src_path=str(path),
                inclusion=InclusionLevel.NOT_IN_NAV,
            )
            made, changed = _notebooks(
                source, chapter_file, page_file, files, config, site_pages
            )
            if changed:
                # `mkdocs serve --dirty` rebuilds a page whose own file is newer than
                # its HTML: the chapter's page shows these files too.
                chapter_file.is_modified = lambda: True
            if not path.is_file() or path.read_text(encoding="utf-8") != made.on_page:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(made.on_page, encoding="utf-8")
            files.append(page_file)
            files.append(File.generated(config, download, content=made.download))
            self.chapters[uri] = (download, page)
            self.pages[page] = chapter_file
        return files

    def on_page_markdown(self, markdown: str, page: Page) -> str:
        uri = page.file.src_uri
        if uri in self.pages:
            # A notebook page: mkdocs-jupyter renders it. Its chapter is what search
            # should find, and what the edit button should open.
            page.meta.setdefault("search", {})["exclude"] = True
            return markdown
        if uri not in self.chapters:
            return markdown
        download, notebook_page = self.chapters[uri]
        here = posixpath.dirname(uri) or "."
        link = (
            f"[{LINK_TEXT}]({posixpath.relpath(download, here)})"
            f'{{ download="{posixpath.basename(download)}" }}'
            f"（[在线浏览]({posixpath.relpath(notebook_page, here)})）"
            "：本页的全部程序与输出，可以在 Jupyter 里从上到下运行。"
        )
        # Right under the chapter's title, or first on the page if it starts otherwise.
        head, newline, rest = markdown.lstrip("\n").partition("\n")
        if head.startswith("# "):
            return f"{head}\n\n{link}\n{newline}{rest}"
        return f"{link}\n\n{markdown}"

    def on_page_content(self, content: str, page: Page, config: MkDocsConfig) -> str:
        if page.file.src_uri not in self.pages:
            return content
        content = NBCONVERT_MATHJAX.sub("", content)  # the site has its own MathJax
        content = MARKDOWN_CELL.sub(lambda m: m[1] + _arithmatex(m[2]) + m[3], content)
        if page.title:
            page.title = f"{page.title}（Jupyter 笔记本）"
        return _site_anchors(content, page, config)

    def on_page_context(self, page: Page) -> None:
        chapter = self.pages.get(page.file.src_uri)
        if chapter is not None and chapter.page is not None:
            page.edit_url = chapter.page.edit_url  # the notebook is made from it


def _notebooks(
    source: _Source,
    chapter_file: File,
    page_file: File,
    files: Files,
    config: MkDocsConfig,
    site_pages: tuple[str, ...],
) -> tuple[_Made, bool]:
    """A chapter's notebooks, and whether they changed since the last build of this
    process: made again only when what they depend on changed."""
    key = (
        tuple((path, _stamp(path)) for path in source.files),
        site_pages,
        page_file.url,
        config.site_url,
    )
    known = _made.get(source.chapter.path)
    if known is not None and known.key == key:
        return known, False
    # The page links relative to itself; the download, which leaves the site, links
    # to the site's absolute URLs (when site_url is set).
    on_page = notebooks.chapter_to_notebook(
        source.chapter, _resolver(chapter_file, files, page_file.url, None)
    )
    downloaded = notebooks.chapter_to_notebook(
        source.chapter, _resolver(chapter_file, files, page_file.url, config.site_url)
    )
    _made[source.chapter.path] = _Made(
        key, notebooks.notebook_json(on_page), notebooks.notebook_json(downloaded)
    )
    return _made[source.chapter.path], True


def _arithmatex(fragment: str) -> str:
    """``$$x$$`` and ``$x$`` outside code, as pymdownx.arithmatex (generic) writes them."""
    parts = CODE.split(fragment)
    for i in range(0, len(parts), 2):
        text = DISPLAY_MATH.sub(r'<span class="arithmatex">\\[\1\\]</span>', parts[i])
        parts[i] = INLINE_MATH.sub(r'<span class="arithmatex">\\(\1\\)</span>', text)
    return "".join(parts)


def _site_anchors(content: str, page: Page, config: MkDocsConfig) -> str:
    """Give headings the ids the site's toc would (Chinese kept) and rebuild the TOC."""
    toc_config = config.mdx_configs.get("toc", {})
    slugify = toc_config.get("slugify")
    separator = toc_config.get("separator", "-")
    if slugify is None:
        from markdown.extensions.toc import slugify
    used: set[str] = set()
    flat: list[dict] = []

    def heading(match: re.Match) -> str:
        level, attrs, inner = int(match[1]), match[2], match[3]
        text = html.unescape(TAG.sub("", ANCHOR.sub("", inner))).strip()
        slug = base = slugify(text, separator) or "section"
        number = 0
        while slug in used:
            number += 1
            slug = f"{base}_{number}"
        used.add(slug)
        attrs = re.sub(r'\s*id="[^"]*"', "", attrs)
        inner = ANCHOR.sub(
            lambda a: f'<a class="anchor-link" href="#{slug}">{a[1]}</a>', inner
        )
        flat.append(
            {"level": level, "id": slug, "name": html.escape(text), "children": []}
        )
        return f'<h{level} id="{slug}"{attrs}>{inner}</h{level}>'

    content = HEADING.sub(heading, content)
    page.toc = get_toc(_nest(flat))
    return content


def _nest(flat: list[dict]) -> list[dict]:
    root: list[dict] = []
    stack: list[dict] = []
    for token in flat:
        while stack and stack[-1]["level"] >= token["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(token)
        stack.append(token)
    return root
