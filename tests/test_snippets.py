"""Every snippet runs and prints exactly its documented output.

Each snippet runs once here, in the worker process (``tested_docs.worker``), within
its time limit, as a reader runs it: it must print the committed ``.out`` and draw
the committed figures (``./dev regen`` rewrites them). The determinism check is its
second run, in its chapter's notebook (tests/test_notebooks.py): there it runs again
under ``torch.set_num_threads(1)``, after the cells before it, and must print and draw
the same files, so an unseeded random call or a result printed to more digits than
stay the same across thread counts fails there, named as such.
"""

import pytest

from tested_docs.snippets import Snippet, SnippetFailed, all_snippets

SNIPPETS = all_snippets()


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.name for s in SNIPPETS])
def test_snippet_output(snippet: Snippet, snippet_worker, tmp_path, file_regression):
    failure = None
    try:
        run = snippet_worker.run(snippet, tmp_path / "run")
    except SnippetFailed as error:
        failure = str(error)
    if failure:
        pytest.fail(failure, pytrace=False)

    file_regression.check(
        run.stdout,
        fullpath=snippet.output_path,
        obtained_filename=tmp_path / f"{snippet.path.stem}.obtained.out",
    )
    for figure, content in run.figures.items():
        file_regression.check(
            content.decode("utf-8"),
            fullpath=snippet.figure_dir / figure,
            obtained_filename=tmp_path / f"{figure}.obtained.svg",
        )
