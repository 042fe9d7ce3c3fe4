"""Every snippet runs and prints exactly its documented output, the same twice.

Each snippet runs in the worker process (``tested_docs.worker``), within its time
limit: first as a reader runs it, then again under ``torch.set_num_threads(1)``.
Both runs must print and draw the same (an unseeded random call, or a result that
depends on the number of threads, shows up as a difference), and the first must
match the committed ``.out`` and figures (``./dev regen`` rewrites them).
"""

import pytest

from tested_docs.snippets import Snippet, SnippetFailed, all_snippets

SNIPPETS = all_snippets()


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.name for s in SNIPPETS])
def test_snippet_output(snippet: Snippet, snippet_worker, tmp_path, file_regression):
    failure = None
    try:
        first = snippet_worker.run(snippet, tmp_path / "first")
        second = snippet_worker.run(snippet, tmp_path / "second", threads=1)
    except SnippetFailed as error:
        failure = str(error)
    if failure:
        pytest.fail(failure, pytrace=False)

    assert first == second, (
        f"{snippet.relpath} printed or drew something different on a second run, "
        "under torch.set_num_threads(1): is a random call left unseeded "
        "(torch.manual_seed / np.random.seed), or is a result printed to more "
        "digits than stay the same across thread counts?"
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
