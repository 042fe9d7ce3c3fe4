"""Chapters, snippets, outputs and figures stay in sync."""

import re

import pytest

from harness import (
    DOCS,
    FIGURES,
    ROOT,
    SNIPPETS,
    all_snippets,
    chapters,
    expand_includes,
    includes,
)

CHAPTERS = chapters()
# A fence opening line, e.g. ```python title="arange.py"
FENCE = re.compile(r"^(?P<indent>\s*)```(?P<info>[^\n`]*)$")


def _included_everywhere() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for chapter in CHAPTERS:
        for target in includes(chapter):
            found.setdefault(target, []).append(chapter.relative_to(ROOT).as_posix())
    return found


def test_every_snippet_is_included_by_a_chapter():
    included = _included_everywhere()
    orphans = [
        s.relpath
        for s in all_snippets()
        if s.path.relative_to(SNIPPETS).as_posix() not in included
    ]
    assert not orphans, f"snippets that no chapter includes: {orphans}"


@pytest.mark.parametrize(
    "chapter", CHAPTERS, ids=[c.relative_to(DOCS).as_posix() for c in CHAPTERS]
)
def test_every_include_resolves(chapter):
    missing = [t for t in includes(chapter) if not (SNIPPETS / t).is_file()]
    assert not missing, (
        f"{chapter.relative_to(ROOT)} includes files that do not exist under "
        f"snippets/: {missing}"
    )
    expand_includes(chapter.read_text(encoding="utf-8"))  # the build's own check


def test_every_output_file_belongs_to_a_snippet():
    strays = [
        p.relative_to(ROOT).as_posix()
        for p in SNIPPETS.glob("*/*.out")
        if not p.with_suffix(".py").is_file()
    ]
    assert not strays, f"output files without a snippet: {strays}"


def test_every_snippet_prints_something():
    silent = [
        s.relpath
        for s in all_snippets()
        if s.output_path.is_file() and not s.output_path.read_text(encoding="utf-8")
    ]
    assert not silent, f"snippets whose output block would be empty: {silent}"


def test_snippets_live_in_a_chapter_folder():
    loose = [p.name for p in SNIPPETS.glob("*") if p.is_file()]
    nested = [p.relative_to(ROOT).as_posix() for p in SNIPPETS.glob("*/*/**/*.py")]
    assert not loose and not nested, (
        "snippets must be snippets/<chapter>/<name>.py: "
        f"loose files {loose}, nested files {nested}"
    )


@pytest.mark.parametrize(
    "chapter", CHAPTERS, ids=[c.relative_to(DOCS).as_posix() for c in CHAPTERS]
)
def test_each_code_block_is_followed_by_its_output(chapter):
    """A snippet's code fence is directly followed by a fence titled 输出 with its output."""
    lines = chapter.read_text(encoding="utf-8").splitlines()
    fences = []  # (line number, info string, included target)
    for number, line in enumerate(lines):
        match = FENCE.match(line)
        if match and match["info"].strip():
            body = lines[number + 1] if number + 1 < len(lines) else ""
            targets = re.findall(r'8<-+\s+"([^"]+)"', body)
            fences.append((number + 1, match["info"], targets[0] if targets else None))
    where = chapter.relative_to(ROOT)
    for index, (line, info, target) in enumerate(fences):
        if not (target and target.endswith(".py")):
            continue
        following = fences[index + 1] if index + 1 < len(fences) else None
        expected = target[: -len(".py")] + ".out"
        assert following and following[2] == expected, (
            f"{where}:{line}: the code block of {target} must be followed by "
            f'an output block including "{expected}"'
        )
        assert 'title="输出"' in following[1], (
            f'{where}:{following[0]}: the output block of {target} needs title="输出"'
        )


def test_every_figure_comes_from_a_snippet_and_is_shown():
    pages = "\n".join(c.read_text(encoding="utf-8") for c in CHAPTERS)
    problems = []
    for figure in sorted(FIGURES.glob("*/*.svg")):
        chapter = figure.parent.name
        sources = "\n".join(
            p.read_text(encoding="utf-8") for p in (SNIPPETS / chapter).glob("*.py")
        )
        if f'"{figure.name}"' not in sources:
            problems.append(
                f"{figure.relative_to(ROOT)}: no snippet in "
                f"snippets/{chapter}/ writes it"
            )
        if f"figures/{chapter}/{figure.name}" not in pages:
            problems.append(f"{figure.relative_to(ROOT)}: no chapter shows it")
    assert not problems, "\n".join(problems)
