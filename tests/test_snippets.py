"""Every snippet runs and prints exactly its documented output."""

import pytest

from harness import Snippet, SnippetFailed, all_snippets, run_snippet

SNIPPETS = all_snippets()


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.name for s in SNIPPETS])
def test_snippet_output(snippet: Snippet, tmp_path, file_regression):
    failure = None
    try:
        first = run_snippet(snippet, tmp_path / "first")
        second = run_snippet(snippet, tmp_path / "second")
    except SnippetFailed as error:
        failure = str(error)
    if failure:
        pytest.fail(failure, pytrace=False)

    assert first == second, (
        f"{snippet.relpath} printed or drew something different on a second run: "
        "is a random call left unseeded (torch.manual_seed / np.random.seed)?"
    )
    file_regression.check(
        first.stdout,
        fullpath=snippet.output_path,
        obtained_filename=tmp_path / f"{snippet.path.stem}.obtained.out",
    )
    for figure, content in first.figures.items():
        file_regression.check(
            content.decode("utf-8"),
            fullpath=snippet.figure_dir / figure,
            obtained_filename=tmp_path / f"{figure}.obtained.svg",
        )
