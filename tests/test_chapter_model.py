"""The chapter model (tested_docs.chapter) on small made-up pages."""

import textwrap

from pytest_markdown_docs.plugin import extract_fence_tests

from tested_docs.chapter import Chapter, chapters, markdown_parser
from tested_docs.notebooks import chapter_to_notebook


def chapter(text: str, tmp_path=None) -> Chapter:
    text = textwrap.dedent(text).lstrip("\n")
    if tmp_path is None:
        return Chapter("made-up.md", text=text)
    path = tmp_path / "made-up.md"
    path.write_text(text, encoding="utf-8")
    return Chapter(path)


EXERCISES = """
    # 练习：广播机制

    1. 问题一？

        ??? success "参考答案"

            解释。

            ```python title="exercise_1_a.py"
            --8<-- "ch/exercise_1_a.py"
            ```

            ```text title="输出"
            --8<-- "ch/exercise_1_a.out"
            ```

            结论。

    2. 问题二？

    !!! failure "常见误解：x"

        ```python title="b.py"
        --8<-- "ch/b.py"
        ```

        ```text title="输出"
        --8<-- "ch/b.out"
        ```
    """


def test_fences_inside_admonitions_and_list_items():
    page = chapter(EXERCISES)
    fences = page.fences
    assert [(f.line, f.include) for f in fences] == [
        (9, "ch/exercise_1_a.py"),
        (13, "ch/exercise_1_a.out"),
        (23, "ch/b.py"),
        (27, "ch/b.out"),
    ]
    answer, box = fences[0].admonition, fences[2].admonition
    assert (answer.kind, answer.title, answer.marker) == ("success", "参考答案", "???")
    assert (box.kind, box.title, box.marker) == ("failure", "常见误解：x", "!!!")
    assert fences[0].indent == 8 and fences[2].indent == 4
    assert page.snippets == ["ch/exercise_1_a.py", "ch/b.py"]
    assert all(use.output is not None for use in page.snippet_uses())


def test_chinese_heading():
    page = chapter(EXERCISES)
    (heading,) = page.headings
    assert (heading.line, heading.marker, heading.content) == (1, "#", "练习：广播机制")


def test_tilde_and_four_backtick_fences():
    page = chapter(
        """
        ~~~python title="a.py"
        --8<-- "ch/a.py"
        ~~~

        ````markdown
        ```python
        --8<-- "ch/not-an-include-of-this-page.py"
        ```
        ````

        ```text title="输出"
        --8<-- "ch/a.out"
        ```
        """
    )
    tilde, four, output = page.fences
    assert output.is_output and output.include == "ch/a.out"
    assert (tilde.marker, tilde.language, tilde.title) == ("~~~", "python", "a.py")
    assert four.marker == "````" and four.language == "markdown"
    # The inner ``` of the four-backtick fence is its text, not a fence of its own;
    # its --8<-- line is shown, and is still a line pymdownx.snippets would expand.
    assert four.includes == ("ch/not-an-include-of-this-page.py",)
    assert [f.line for f in page.fences] == [1, 5, 11]
    # The markdown fence is no snippet (not python): a.py's output follows it.
    (use,) = page.snippet_uses()
    assert use.following is four and use.output is None
    assert page.fence_lines() == {1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 13}


def test_an_include_not_followed_by_its_output():
    page = chapter(
        """
        ```python title="a.py"
        --8<-- "ch/a.py"
        ```

        ```text title="输出"
        --8<-- "ch/other.out"
        ```

        ```python title="c.py"
        --8<-- "ch/c.py"
        ```
        """
    )
    first, last = page.snippet_uses()
    assert first.expected_output == "ch/a.out"
    assert first.following.include == "ch/other.out" and first.output is None
    assert last.following is None and last.output is None


def test_two_includes_in_one_fence():
    page = chapter(
        """
        ```python
        --8<-- "ch/a.py"
        --8<-- "ch/b.py"
        ```
        """
    )
    (fence,) = page.fences
    assert fence.includes == ("ch/a.py", "ch/b.py")
    assert fence.include is None and not fence.is_snippet
    assert page.includes == ["ch/a.py", "ch/b.py"] and page.snippets == []


def test_notebook_of_a_made_up_page(tmp_path):
    snippets = tmp_path / "snippets" / "ch"
    snippets.mkdir(parents=True)
    for name, text in {
        "exercise_1_a.py": 'print("a")\n',
        "exercise_1_a.out": "a\n",
        "b.py": 'print("b")\n',
        "b.out": "b\n",
    }.items():
        (snippets / name).write_text(text, encoding="utf-8")
    page = chapter(EXERCISES, tmp_path)
    page.site = type(page.site)(**{**vars(page.site), "snippets": snippets.parent})
    notebook = chapter_to_notebook(page)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert [c.metadata["snippet"] for c in code] == ["ch/exercise_1_a.py", "ch/b.py"]
    assert code[0].source == 'print("a")'
    assert code[0].outputs[0]["text"] == "a\n"
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert "> **参考答案**" in markdown and "> **常见误解：x**" in markdown
    assert "> 结论。" in markdown
    assert "--8<--" not in markdown
    assert 'title="输出"' not in markdown  # the code cells' outputs show it


def test_markdown_docs_sees_every_python_fence_of_every_chapter():
    """pytest-markdown-docs, through the project's parser, finds each python fence
    the model finds: those inside admonitions and list items too."""
    parser = markdown_parser()
    for page in chapters():
        seen = [
            test.start_line
            for test in extract_fence_tests(parser, page.text, 0, page.path)
        ]
        assert seen == [f.line for f in page.fences if f.is_python], page.where
