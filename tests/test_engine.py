"""The engine tested on itself: a scratch site whose snippets hang, kill the
interpreter, raise, warn, and whose page includes a missing file, checked by
``pytest docs/<page>.md`` as an author runs it.

Each failure must name the file and the cause, and the snippet after a hang or a crash
must still run, in a fresh worker.
"""

import re
import sys
import textwrap

import pytest

from tested_docs.snippets import as_reader_sees, same_figure

pytest_plugins = ["pytester"]

SNIPPETS = {
    "prints.py": 'print("hello")\n',
    "hangs.py": "# timeout: 2\nwhile True:\n    pass\n",
    "after_hang.py": 'print("after the hang")\n',
    "crashes.py": "import os\n\nos._exit(3)\n",
    "after_crash.py": 'print("after the crash")\n',
    "raises.py": "x = 1\ny = x / 0\n",
    "warns.py": 'import warnings\n\nwarnings.warn("careful")\nprint("done")\n',
    "prints_other.py": 'print("something else")\n',
}


def _page(names: list[str]) -> str:
    blocks = []
    for name in names:
        stem = name.removesuffix(".py")
        blocks.append(
            f'```python title="{name}"\n--8<-- "scratch/{name}"\n```\n\n'
            f'```text title="输出"\n--8<-- "scratch/{stem}.out"\n```\n'
        )
    return "# Scratch\n\n" + "\n".join(blocks)


@pytest.fixture
def scratch_site(pytester, monkeypatch):
    """A site of one page whose fences show the snippets above; every .out is right
    but the one of prints_other.py. Its workers import torch and the rest only
    where a snippet does."""
    monkeypatch.setenv("TESTED_DOCS_PRELOAD", "0")
    pytester.makefile(
        ".yml",
        mkdocs=textwrap.dedent(
            """\
            site_name: scratch
            markdown_extensions:
              - pymdownx.snippets:
                  base_path: [snippets]
                  check_paths: true
            """
        ),
    )
    folder = pytester.path / "snippets" / "scratch"
    folder.mkdir(parents=True)
    for name, source in SNIPPETS.items():
        (folder / name).write_text(source, encoding="utf-8")
        (folder / name).with_suffix(".out").write_text("hello\n", encoding="utf-8")
    outputs = {"after_hang": "after the hang\n", "after_crash": "after the crash\n"}
    for stem, text in {**outputs, "warns": "done\n"}.items():
        (folder / f"{stem}.out").write_text(text, encoding="utf-8")
    page = pytester.path / "docs" / "scratch.md"
    page.parent.mkdir()
    names = [*SNIPPETS, "missing.py"]
    page.write_text(_page(names), encoding="utf-8")
    return pytester


def _run(pytester, *args):
    return pytester.runpytest_subprocess(
        "-p",
        "tested_docs.pytest_plugin",
        "--markdown-docs",
        "-p",
        "no:randomly",
        "-p",
        "no:cacheprovider",
        *args,
        "docs/scratch.md",
    )


def _section(output: str, name: str) -> str:
    """The failure report of one item (between its ___ name ___ header and the next)."""
    found = re.search(
        rf"_+ {re.escape(name)} \(line \d+\) _+\n(.*?)(?=\n_{{3,}} |\n=+ )",
        output,
        re.DOTALL,
    )
    assert found, f"no failure reported for {name}:\n{output}"
    return found[1]


def test_failures_name_the_file_and_the_cause(scratch_site):
    result = _run(scratch_site, "-v")
    output = result.stdout.str()
    result.assert_outcomes(passed=3, failed=6)
    assert "ran longer than its time limit of 2 s" in _section(output, "hangs.py")
    assert "snippets/scratch/hangs.py" in _section(output, "hangs.py")
    crash = _section(output, "crashes.py")
    assert "snippets/scratch/crashes.py killed the Python interpreter" in crash
    assert "exit status 3" in crash
    raised = _section(output, "raises.py")
    assert "snippets/scratch/raises.py, line 2 raised ZeroDivisionError" in raised
    assert "y = x / 0" in raised
    warned = _section(output, "warns.py")
    assert "snippets/scratch/warns.py wrote to stderr" in warned
    assert ".../warns.py:3: UserWarning: careful" in warned
    differs = _section(output, "prints_other.py")
    assert "snippets/scratch/prints_other.out differs" in differs
    assert "-hello" in differs and "+something else" in differs
    missing = _section(output, "missing.py")
    assert "docs/scratch.md:" in missing and "scratch/missing.py" in missing
    assert "does not exist" in missing
    # The snippets after a hang and after a crash ran, in a fresh worker.
    for name in ("prints.py", "after_hang.py", "after_crash.py"):
        assert f"docs/scratch.md::{name} PASSED" in output


def test_one_chapter_keeps_its_fences_and_the_tests_it_parametrizes(scratch_site):
    """--chapter NAME (./dev chapter NAME) keeps the fences of docs/NAME.md and the
    tests whose parameter id names that page in any of its forms; an unknown page is
    a usage error naming the file it looked for."""
    (scratch_site.path / "docs" / "other.md").write_text(_page(["prints.py"]))
    scratch_site.makepyfile(
        test_pages=(
            "import pytest\n\n"
            "@pytest.mark.parametrize('page', "
            "['scratch', 'scratch.md', 'notebooks/scratch', 'other', 'scratchy'])\n"
            "def test_page(page):\n    pass\n"
        )
    )
    result = scratch_site.runpytest_subprocess(
        "-p", "tested_docs.pytest_plugin", "--markdown-docs", "-p", "no:randomly",
        "--chapter", "scratch", "--collect-only", "-q", "docs", "test_pages.py",
    )  # fmt: skip
    collected = [line for line in result.stdout.lines if "::" in line]
    assert collected[-3:] == [
        "test_pages.py::test_page[scratch]",
        "test_pages.py::test_page[scratch.md]",
        "test_pages.py::test_page[notebooks/scratch]",
    ]
    assert all(line.startswith("docs/scratch.md::") for line in collected[:-3])
    assert len(collected) == len(SNIPPETS) + 1 + 3  # its fences, with missing.py
    unknown = scratch_site.runpytest_subprocess(
        "-p", "tested_docs.pytest_plugin", "--chapter", "nosuch", "--collect-only",
    )  # fmt: skip
    assert unknown.ret == pytest.ExitCode.USAGE_ERROR
    assert "--chapter nosuch: there is no" in unknown.stderr.str()
    assert "docs/nosuch.md" in unknown.stderr.str()


def test_rewrite_writes_stderr_and_then_it_passes(scratch_site):
    """./dev regen writes .err; then the page shows it and the snippet passes, also
    where torch shows the warning once per process (two snippets in one worker)."""
    folder = scratch_site.path / "snippets" / "scratch"
    once = (
        "import numpy as np\nimport torch\n\na = np.zeros(2)\n"
        "a.setflags(write=False)\nprint(torch.from_numpy(a))\n"
    )
    for name in ("once_a.py", "once_b.py"):
        (folder / name).write_text(once, encoding="utf-8")
    names = ["warns.py", "once_a.py", "once_b.py"]
    (scratch_site.path / "docs" / "scratch.md").write_text(_page(names), "utf-8")
    _run(scratch_site, "--rewrite-outputs")
    for name in names:
        err = (folder / name).with_suffix(".err").read_text(encoding="utf-8")
        assert err.startswith(f".../{name}:"), err
    shown = _page(names)
    for name in names:
        stem = name.removesuffix(".py")
        output = f'--8<-- "scratch/{stem}.out"\n```\n'
        shown = shown.replace(
            output,
            f'{output}\n```text title="标准错误"\n--8<-- "scratch/{stem}.err"\n```\n',
        )
    (scratch_site.path / "docs" / "scratch.md").write_text(shown, "utf-8")
    result = _run(scratch_site)
    result.assert_outcomes(passed=3)


def test_reader_paths_are_written_as_dots(tmp_path):
    snippet = tmp_path / "demo.py"
    text = f"{snippet}:3: UserWarning: x\n{sys.prefix}/nothing\n"
    shown = as_reader_sees(text, snippet, tmp_path / "work")
    assert shown.startswith(".../demo.py:3: UserWarning: x\n")


def test_figures_are_compared_to_a_hundredth_of_a_pixel():
    svg = '<path d="M 1.000000 2.500000 L 3.25 4"/>'
    assert same_figure(svg, '<path d="M 1.000004 2.499996 L 3.25 4"/>')
    assert not same_figure(svg, '<path d="M 1.02 2.5 L 3.25 4"/>')
    assert not same_figure(svg, '<path d="M 1.0 2.5 L 3.25 4 Z"/>')
