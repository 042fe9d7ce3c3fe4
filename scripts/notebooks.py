"""Write the Jupyter notebook of a chapter: `python scripts/notebooks.py docs/x.md`.

Prints the ``.ipynb`` (or writes it with ``-o``). The site serves the same notebooks
(hooks/jupyter_notebooks.py); both come from ``tested_docs.notebooks``.
"""

import argparse
import sys
from pathlib import Path

from tested_docs.notebooks import chapter_to_notebook, notebook_json


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chapter", type=Path, help="docs/<chapter>.md")
    parser.add_argument("-o", "--output", type=Path, help="the .ipynb to write")
    args = parser.parse_args()
    text = notebook_json(chapter_to_notebook(args.chapter))
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
