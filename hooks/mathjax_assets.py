"""Serve MathJax 3 from the site itself: no CDN, and it works offline.

MathJax comes from the pinned PyPI package ``django-static-mathjax`` (MathJax 3.2.2,
Apache-2.0; the Python module is named ``mathjax``), so `./dev` installs it with pip
like every other dependency. At build time this hook adds to the site, under
``assets/mathjax/``, only what the pages load:

* ``tex-chtml.js``: TeX input, CommonHTML output, the menu and assistive MathML;
* ``output/chtml/fonts/woff-v2/*.woff``: the fonts of the CommonHTML output, which
  ``tex-chtml.js`` finds relative to its own URL;
* ``input/tex/extensions/*.js``: TeX packages that ``autoload`` fetches on first use
  (``\\boldsymbol``, ``\\cancel``, ...);
* ``LICENSE``.

``docs/javascripts/mathjax.js`` configures MathJax; ``mkdocs.yml`` loads both.
"""

from __future__ import annotations

from importlib.metadata import distribution
from pathlib import Path

from mkdocs.structure.files import File, Files

DEST = "assets/mathjax"
# Located through the distribution, not `import mathjax`: MkDocs imports each hook
# as a module named after its file, so the module name is best left alone.
ES5 = Path(
    distribution("django-static-mathjax").locate_file("mathjax/static/mathjax/es5")
)
NEEDED = (
    "tex-chtml.js",
    "output/chtml/fonts/woff-v2/*.woff",
    "input/tex/extensions/*.js",
    "../LICENSE",
)


def mathjax_files() -> list[tuple[str, Path]]:
    """(site path, source file) of every MathJax file the site serves."""
    found = []
    for pattern in NEEDED:
        matches = sorted(ES5.glob(pattern))
        if not matches:
            raise FileNotFoundError(f"MathJax file(s) {pattern!r} missing from {ES5}")
        for source in matches:
            relative = source.resolve().relative_to(ES5.parent.resolve())
            if relative.parts[0] == "es5":
                relative = relative.relative_to("es5")
            found.append((f"{DEST}/{relative.as_posix()}", source))
    return found


def on_files(files: Files, config) -> Files:
    for uri, source in mathjax_files():
        files.append(File.generated(config, uri, abs_src_path=str(source)))
    return files
