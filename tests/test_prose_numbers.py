"""A number that a page's prose quotes from a run appears in an output of that page.

What counts as a quoted number, how it matches an output, and the rare way out for a
number that is not from a run are defined in :mod:`tested_docs.prose_numbers`. A
failure names ``docs/<page>.md:<line>`` and the number.
"""

from pathlib import Path

import pytest

from tested_docs.chapter import Chapter, chapters
from tested_docs.layout import layout
from tested_docs.prose_numbers import quotes_in, unmatched_quotes

CHAPTERS = chapters()


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.relpath for c in CHAPTERS])
def test_numbers_quoted_in_prose_appear_in_an_output(chapter):
    problems = unmatched_quotes(chapter)
    assert not problems, "\n".join(problems)


# A scratch page (never written to docs/) whose output block shows a real .out file.
SCRATCH_OUTPUT = "weight-decay/norms.out"


def _scratch(prose: str) -> Chapter:
    text = (
        f'# 草稿\n\n{prose}\n\n```text title="输出"\n--8<-- "{SCRATCH_OUTPUT}"\n```\n'
    )
    return Chapter(layout().docs / "scratch.md", text=text)


def _printed_decimal() -> str:
    """A decimal that the scratch page's output really prints."""
    out = (layout().snippets / SCRATCH_OUTPUT).read_text(encoding="utf-8")
    import re

    return re.findall(r"\d+\.\d+", out)[0]


def test_a_planted_number_fails_naming_page_line_and_number():
    page = _scratch(
        "第一段。\n\n训练之后测试损失是 0.123457，精度 98.76%，答对 912/1000。"
    )
    problems = unmatched_quotes(page)
    assert problems == [
        "docs/scratch.md:5: 0.123457 is in no output of the page",
        "docs/scratch.md:5: 98.76% is in no output of the page",
        "docs/scratch.md:5: 912/1000 is in no output of the page",
    ]


def test_a_printed_number_passes_and_an_approximate_one_rounds():
    printed = _printed_decimal()
    rounded = f"{float(printed):.1g}"
    page = _scratch(f"输出是 {printed}，约 {rounded}。")
    assert unmatched_quotes(page) == []
    wrong = f"{float(printed) * 3 + 1:.1g}"
    assert unmatched_quotes(_scratch(f"输出约 {wrong}。")) == [
        f"docs/scratch.md:3: {wrong} (约) is in no output of the page"
    ]


def test_the_second_number_of_an_approximate_pair_is_approximate():
    quotes = quotes_in("标准差约 5.7 和 6.8，批量为 10 时 2.2493。", 1)
    assert [(q.text, q.approximate) for q in quotes] == [
        ("5.7", True),
        ("6.8", True),
        ("2.2493", False),
    ]


def test_a_number_set_as_math_is_a_quote():
    page = _scratch("训练损失降到约 $7 \\times 10^{-9}$，而公式 $0.01^2/2$ 不算。")
    assert unmatched_quotes(page) == [
        "docs/scratch.md:3: $7 \\times 10^{-9}$ (约) is in no output of the page"
    ]


@pytest.mark.parametrize(
    "prose",
    [
        "见第 2 行第 3 列。",
        "见 D2L 3.4 节和 4.5 节。",
        "本站用 Python 3.11 和 torch 2.13.0。",
        "图片是 28×28 像素，2026 年。",
        "公式 $\\sqrt{200} \\times 0.01 \\approx 0.1414$ 是推导。",
        "代码 `lr = 0.0371` 不是引用。",
        "样本有 20 个，特征 200 维。",
        "D2L 用小批量 256、学习率 0.1。",
        "D2L 在 Fashion-MNIST 上约 0.85。<!-- 非运行结果: 0.85 -->",
    ],
)
def test_what_is_not_a_quoted_number(prose):
    assert quotes_in(prose, 1) == []


def test_a_setting_from_the_pages_code_is_not_a_result():
    # norms.py sets lambd = 0.1; the page shows the program but not its output.
    text = (
        "# 草稿\n\n取 λ = 0.1 时惩罚是 0.7。\n\n"
        '```python title="norms.py"\n--8<-- "weight-decay/norms.py"\n```\n'
    )
    page = Chapter(layout().docs / "scratch.md", text=text)
    assert unmatched_quotes(page) == [
        "docs/scratch.md:3: 0.7 is in no output of the page"
    ]


def test_the_opt_out_names_each_number():
    quotes = quotes_in("D2L 约 0.85，本站 0.9583。<!-- 非运行结果: 0.85 -->", 7)
    assert [q.text for q in quotes] == ["0.9583"]


def test_every_page_is_checked():
    assert {c.relpath for c in CHAPTERS} >= {"index.md", "data-manipulation.md"}
    assert Path(layout().docs / "weight-decay.md") in [c.path for c in CHAPTERS]
