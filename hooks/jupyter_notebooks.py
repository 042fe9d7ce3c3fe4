"""Every chapter as a Jupyter notebook: downloadable, and rendered on the site.

``scripts/notebooks.py`` makes the notebook of a chapter from its Markdown, snippets
and outputs; this hook only puts the result on the site. For each chapter that
includes a snippet (``docs/<chapter>.md``) it adds two generated files:

* ``notebooks/<chapter>.ipynb``: the download, held in memory (no file on disk, so
  mkdocs-jupyter leaves it alone and MkDocs copies it as it is);
* ``notebooks/<chapter>/index.ipynb``: the same notebook written to a temporary
  directory, which mkdocs-jupyter renders as the page ``notebooks/<chapter>/``.
  It is not in the nav (``InclusionLevel.NOT_IN_NAV``, so no "omitted" message at
  any validation level) and not in the search index (its chapter is).

Nothing is written into ``docs/``, so ``mkdocs serve`` does not reload in a loop.

The pages are added after mkdocs-jupyter's ``on_files`` (hooks run after the plugins
of ``plugins:``; the priority makes it explicit), as ``NotebookPage`` files, which
MkDocs builds as pages: mkdocs-jupyter's ``on_files`` would otherwise wrap them in its
``NotebookFile``, which hides ``inclusion`` and ``generated_by`` of a generated file.
mkdocs-jupyter renders every page whose source is an ``.ipynb`` (``on_pre_page``).
Each chapter page gets a link to both (``on_page_markdown``). On the rendered page
(``on_page_content``), headings get the site's own anchors (mkdocs-jupyter's slugify
drops Chinese), ``$...$`` becomes arithmatex markup, which the site's MathJax
typesets, and nbconvert's own MathJax loader is dropped.
"""

from __future__ import annotations

import html
import posixpath
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

import notebooks  # scripts/notebooks.py

PREFIX = "notebooks"
LINK_TEXT = "下载本章 Jupyter 笔记本"

# For the current build: chapter src_uri -> (download src_uri, page src_uri),
# and notebook page src_uri -> the chapter's File.
_chapters: dict[str, tuple[str, str]] = {}
_pages: dict[str, File] = {}
_tmp: list[tempfile.TemporaryDirectory] = []


def download_uri(chapter_uri: str) -> str:
    return f"{PREFIX}/{posixpath.splitext(chapter_uri)[0]}.ipynb"


def page_uri(chapter_uri: str) -> str:
    return f"{PREFIX}/{posixpath.splitext(chapter_uri)[0]}/index.ipynb"


def _resolver(chapter, files, from_url, site_url):
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


class NotebookPage(File):
    """A generated ``.ipynb`` that MkDocs builds as a page (mkdocs-jupyter renders it)."""

    def is_documentation_page(self) -> bool:
        return True


@event_priority(-50)  # after mkdocs-jupyter's on_files: it must not wrap these pages
def on_files(files, config):
    _cleanup()
    tmp = tempfile.TemporaryDirectory(prefix="d2l-notebooks-")
    _tmp.append(tmp)
    for chapter in list(files.documentation_pages()):
        if not chapter.src_uri.endswith(".md") or chapter.abs_src_path is None:
            continue
        source = Path(chapter.abs_src_path)
        if not notebooks.includes_snippets(source):
            continue
        download, page = download_uri(chapter.src_uri), page_uri(chapter.src_uri)
        path = Path(tmp.name, page)
        page_file = NotebookPage.generated(
            config,
            page,
            abs_src_path=str(path),
            inclusion=InclusionLevel.NOT_IN_NAV,
        )
        # The page links relative to itself; the download, which leaves the site,
        # links to the site's absolute URLs (when site_url is set).
        on_page = notebooks.chapter_to_notebook(
            source, _resolver(chapter, files, page_file.url, None)
        )
        downloaded = notebooks.chapter_to_notebook(
            source, _resolver(chapter, files, page_file.url, config.site_url)
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(notebooks.notebook_json(on_page), encoding="utf-8")
        files.append(page_file)
        files.append(
            File.generated(
                config, download, content=notebooks.notebook_json(downloaded)
            )
        )
        _chapters[chapter.src_uri] = (download, page)
        _pages[page] = chapter
    return files


def on_page_markdown(markdown, page, config, files):
    uri = page.file.src_uri
    if uri in _pages:
        # A notebook page: mkdocs-jupyter renders it. Its chapter is what search
        # should find, and what the edit button should open.
        page.meta.setdefault("search", {})["exclude"] = True
        return markdown
    if uri not in _chapters:
        return markdown
    download, notebook_page = _chapters[uri]
    here = posixpath.dirname(uri)
    name = posixpath.basename(download)
    link = (
        f"[{LINK_TEXT}]({posixpath.relpath(download, here or '.')})"
        f'{{ download="{name}" }}'
        f"（[在线浏览]({posixpath.relpath(notebook_page, here or '.')})）"
        "：本页的全部程序与输出，可以在 Jupyter 里从上到下运行。"
    )
    # Right under the chapter's title, or first on the page if it starts otherwise.
    head, newline, rest = markdown.lstrip("\n").partition("\n")
    if head.startswith("# "):
        return f"{head}\n\n{link}\n{newline}{rest}"
    return f"{link}\n\n{markdown}"


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


def on_page_content(content, page, config, files):
    if page.file.src_uri not in _pages:
        return content
    content = NBCONVERT_MATHJAX.sub("", content)  # the site loads its own MathJax
    content = MARKDOWN_CELL.sub(lambda m: m[1] + _arithmatex(m[2]) + m[3], content)
    if page.title:
        page.title = f"{page.title}（Jupyter 笔记本）"
    return _site_anchors(content, page, config)


def _arithmatex(fragment: str) -> str:
    """``$$x$$`` and ``$x$`` outside code, as pymdownx.arithmatex (generic) writes them."""
    parts = CODE.split(fragment)
    for i in range(0, len(parts), 2):
        text = DISPLAY_MATH.sub(r'<span class="arithmatex">\\[\1\\]</span>', parts[i])
        parts[i] = INLINE_MATH.sub(r'<span class="arithmatex">\\(\1\\)</span>', text)
    return "".join(parts)


def _site_anchors(content: str, page, config) -> str:
    """Give headings the ids the site's toc would (Chinese kept) and rebuild the TOC."""
    toc_config = config.mdx_configs.get("toc", {})
    slugify = toc_config.get("slugify")
    separator = toc_config.get("separator", "-")
    if slugify is None:
        from markdown.extensions.toc import slugify
    used: set[str] = set()
    flat = []

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


def on_page_context(context, page, config, nav):
    chapter = _pages.get(page.file.src_uri)
    if chapter is not None and chapter.page is not None:
        page.edit_url = chapter.page.edit_url  # the notebook is made from it
    return context


def on_post_build(config):
    _cleanup()


def on_build_error(error):
    _cleanup()


def _cleanup() -> None:
    while _tmp:
        _tmp.pop().cleanup()
    _chapters.clear()
    _pages.clear()
