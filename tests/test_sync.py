"""Chapters, snippets, outputs and figures stay in sync."""

import pytest

from tested_docs.chapter import chapters, expand_includes
from tested_docs.layout import layout
from tested_docs.snippets import all_snippets

SITE = layout()
CHAPTERS = chapters()
IDS = [c.relpath for c in CHAPTERS]


def test_every_snippet_is_included_by_a_chapter():
    included = {target for chapter in CHAPTERS for target in chapter.includes}
    orphans = [s.relpath for s in all_snippets() if s.target not in included]
    assert not orphans, f"snippets that no chapter includes: {orphans}"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=IDS)
def test_every_include_resolves(chapter):
    missing = [t for t in chapter.includes if not (SITE.snippets / t).is_file()]
    assert not missing, (
        f"{chapter.where} includes files that do not exist under "
        f"{SITE.relative(SITE.snippets)}/: {missing}"
    )
    expand_includes(chapter.text)  # the build's own check


def test_every_output_file_belongs_to_a_snippet():
    strays = [
        SITE.relative(p)
        for suffix in ("out", "err")
        for p in SITE.snippets.glob(f"*/*.{suffix}")
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
    loose = [p.name for p in SITE.snippets.glob("*") if p.is_file()]
    nested = [SITE.relative(p) for p in SITE.snippets.glob("*/*/**/*.py")]
    assert not loose and not nested, (
        "snippets must be snippets/<chapter>/<name>.py: "
        f"loose files {loose}, nested files {nested}"
    )


@pytest.mark.parametrize("chapter", CHAPTERS, ids=IDS)
def test_each_code_block_is_followed_by_its_output(chapter):
    """A snippet's fence shows that one file, and is directly followed by a fence
    titled 输出 that includes its output."""
    problems = []
    for fence in chapter.fences:
        programs = [t for t in fence.includes if t.endswith(".py")]
        if programs and len(fence.includes) > 1:
            problems.append(
                f"{chapter.where}:{fence.line}: one fence includes several files "
                f"{list(fence.includes)}: give each snippet its own fence"
            )
    for use in chapter.snippet_uses():
        if use.output is None:
            following = use.following
            problems.append(
                f"{chapter.where}:{use.code.line}: the code block of {use.snippet} "
                f'must be followed by an output block including "{use.expected_output}"'
                + (
                    f' with title="输出" (line {following.line} is {following.info!r})'
                    if following and following.include == use.expected_output
                    else ""
                )
            )
        elif (
            SITE.snippets / use.expected_error_output
        ).is_file() and use.error_output is None:
            problems.append(
                f"{chapter.where}:{use.output.line}: {use.snippet} writes to "
                f"stderr: its output block must be followed by a block including "
                f'"{use.expected_error_output}" with title="标准错误"'
            )
    assert not problems, "\n".join(problems)


def test_every_figure_comes_from_a_snippet_and_is_shown():
    pages = "\n".join(c.text for c in CHAPTERS)
    problems = []
    for figure in sorted(SITE.figures.glob("*/*.svg")):
        chapter = figure.parent.name
        sources = "\n".join(
            p.read_text(encoding="utf-8")
            for p in (SITE.snippets / chapter).glob("*.py")
        )
        name = SITE.relative(figure)
        if f'"{figure.name}"' not in sources:
            problems.append(f"{name}: no snippet in snippets/{chapter}/ writes it")
        if f"figures/{chapter}/{figure.name}" not in pages:
            problems.append(f"{name}: no chapter shows it")
    assert not problems, "\n".join(problems)
