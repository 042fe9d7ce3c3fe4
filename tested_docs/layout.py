"""Where things are: the site's layout, read once from ``mkdocs.yml``.

Every path the engine uses comes from here: the repository root (the folder of
``mkdocs.yml``), the docs directory (``docs_dir``), the snippets directory (the first
``base_path`` of ``pymdownx.snippets``), the figures directory inside the docs, and
``site_url``. Nothing else in the package names these folders.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its ``!!python/...`` tags (e.g. the slugify)."""


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
_Loader.add_multi_constructor("!", lambda *_: None)


@dataclass(frozen=True)
class Layout:
    root: Path
    config_file: Path
    docs: Path
    snippets: Path
    site_url: str  # ends in "/" ("/" when mkdocs.yml sets none)
    snippet_options: dict

    @property
    def figures(self) -> Path:
        """``docs/figures``: ``figures/<chapter>/<figure>.svg``, drawn by snippets."""
        return self.docs / "figures"

    @property
    def site_path(self) -> str:
        """The path part of ``site_url``, e.g. ``/d2l-tested/`` (always ends in "/")."""
        path = urllib.parse.urlsplit(self.site_url).path.strip("/")
        return f"/{path}/" if path else "/"

    def chapters(self) -> list[Path]:
        """Every Markdown page of the docs, sorted."""
        return sorted(self.docs.rglob("*.md"))

    def relative(self, path: Path) -> str:
        """A path as the messages name it: relative to the repository root (a file
        outside it, such as a scratch snippet of a test, by its absolute path)."""
        resolved = Path(path).resolve()
        try:
            return resolved.relative_to(self.root).as_posix()
        except ValueError:
            return resolved.as_posix()


def read_layout(config_file: Path = CONFIG) -> Layout:
    config_file = Path(config_file).resolve()
    root = config_file.parent
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    options: dict = {}
    for extension in config.get("markdown_extensions", []):
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            options = dict(extension["pymdownx.snippets"] or {})
    base_path = options.get("base_path", ["."])
    if isinstance(base_path, str):
        base_path = [base_path]
    options["base_path"] = [str(root / p) for p in base_path]
    site_url = config.get("site_url") or "/"
    return Layout(
        root=root,
        config_file=config_file,
        docs=root / config.get("docs_dir", "docs"),
        snippets=Path(options["base_path"][0]),
        site_url=site_url.rstrip("/") + "/",
        snippet_options=options,
    )


@cache
def layout() -> Layout:
    """The layout of this repository (read once per process)."""
    return read_layout()


@cache
def _layout_at(config_file: Path) -> Layout:
    return read_layout(config_file)


def layout_of(path: Path) -> Layout:
    """The layout of the site a file belongs to: the nearest ``mkdocs.yml`` above it
    (this repository's, or a scratch site's in the engine's own tests)."""
    for folder in Path(path).resolve().parents:
        if (folder / "mkdocs.yml").is_file():
            return _layout_at(folder / "mkdocs.yml")
    return layout()
