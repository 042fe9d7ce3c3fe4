"""One vocabulary: no page's prose uses a variant that docs/glossary.md rejects.

The glossary page is the one source of truth. Each row of its tables reads
``| 中文 | English | page | rejected variants |``; the last cell lists the variants
separated by 「、」 (or 「—」 for none). Every other page of docs/ is scanned line by
line, outside code blocks, inline code, math and link targets. An occurrence of a
rejected variant is not reported when an occurrence of an accepted term overlaps it
and reaches beyond it: the variant is then part of another word (超参 in 超参数,
维数 in 一维数组, where 数组 is accepted). An accepted term inside the variant does
not excuse it (向量 inside 向量化 still leaves 向量化 reported).

The page a row names as the term's definition must use the term in its prose.

Self-contained on purpose: only the standard library and pytest.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GLOSSARY = DOCS / "glossary.md"

NONE = {"", "—", "-"}
# Inline code, inline math and link targets are not prose.
NOT_PROSE = [r"`[^`]*`", r"\$[^$]*\$", r"\]\([^)]*\)", r"<[^>]+>"]


def _cells(line):
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def read_glossary(path=GLOSSARY):
    """[(accepted term, [rejected variants], line number)] from the glossary's tables."""
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.lstrip().startswith("|"):
            continue
        cells = _cells(line)
        if len(cells) < 4 or set(cells[0]) <= set("-: ") or cells[0] == "中文":
            continue
        variants = [v.strip() for v in cells[-1].split("、") if v.strip() not in NONE]
        entries.append((cells[0], variants, number))
    return entries


def prose_lines(path):
    """(line number, prose) for each line of a Markdown page outside code blocks."""
    in_fence = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence or stripped.startswith("--8<--"):
            continue
        prose = line
        for pattern in NOT_PROSE:
            prose = re.sub(pattern, " ", prose)
        yield number, prose


def _occurrences(text, word):
    """[(start, end)] of every occurrence of word in text, overlapping ones included."""
    return [
        (m.start(), m.start() + len(word))
        for m in re.finditer(f"(?={re.escape(word)})", text)
    ]


def find_rejected(path, entries, root=ROOT):
    """['file:line: 「variant」 (use 「term」)'] for every rejected variant in the prose."""
    accepted = {term for term, _, _ in entries}
    rejected = {variant: term for term, variants, _ in entries for variant in variants}
    problems = []
    for number, prose in prose_lines(path):
        words = [span for term in accepted for span in _occurrences(prose, term)]
        for variant, term in rejected.items():
            for start, end in _occurrences(prose, variant):
                # Part of another word: an accepted term overlaps it and reaches beyond.
                if any(
                    s < end and e > start and (s < start or e > end) for s, e in words
                ):
                    continue
                where = path.relative_to(root)
                problems.append(f"{where}:{number}: 「{variant}」 (use 「{term}」)")
                break
    return problems


PAGES = sorted(p for p in DOCS.glob("*.md") if p != GLOSSARY)


def test_glossary_lists_rejected_variants():
    entries = read_glossary()
    assert len(entries) >= 40, "docs/glossary.md: fewer table rows than expected"
    variants = {v for _, vs, _ in entries for v in vs}
    # The variants the common vocabulary rules out, at least.
    for must in ["轮次", "正向传播", "后向传播", "自动求导", "亚导数", "亚梯度", "边缘化",
                 "逐元素", "元素级", "归并", "归约", "隐含层", "隐层", "多层感知器",
                 "向量化", "维数", "拼接", "原地运算", "原地修改", "就地", "归一化",
                 "特征抽取"]:  # fmt: skip
        assert must in variants, f"docs/glossary.md: {must!r} is not listed as rejected"
    accepted = {term for term, _, _ in entries}
    for term, vs, number in entries:
        for variant in vs:
            assert variant not in accepted, (
                f"docs/glossary.md:{number}: {variant!r} is both accepted and rejected"
            )


def defining_pages(path=GLOSSARY):
    """[(accepted term, page the row links to, line number)] from the glossary's tables."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        cells = _cells(line) if line.lstrip().startswith("|") else []
        link = re.search(r"\]\(([^)#]+)", cells[2]) if len(cells) >= 4 else None
        if link:
            rows.append((cells[0], DOCS / link.group(1), number))
    return rows


def test_each_term_is_used_on_the_page_that_defines_it():
    problems = []
    for term, page, number in defining_pages():
        # 「未规范化的预测（logit）」: the words before the parenthesis are the term.
        words = term.split("（")[0]
        if not any(words in prose for _, prose in prose_lines(page)):
            problems.append(
                f"docs/glossary.md:{number}: {page.name} never says 「{words}」"
            )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_page_uses_glossary_terms(page):
    problems = find_rejected(page, read_glossary())
    assert not problems, "rejected variants (see docs/glossary.md):\n" + "\n".join(
        problems
    )


def test_detector_skips_code_and_masks_accepted_terms(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "超参数与学习率。\n`逐元素` 在代码里\n```python\n# 逐元素\n```\n这里逐元素相乘。\n"
        "一维数组的维度。\n向量的向量化。\n",
        encoding="utf-8",
    )
    entries = [
        ("超参数", ["超参"], 1),
        ("按元素", ["逐元素"], 2),
        ("维度", ["维数"], 3),
        ("数组", [], 4),
        ("向量", ["矢量"], 5),
        ("矢量化", ["向量化"], 6),
    ]
    assert find_rejected(page, entries, root=tmp_path) == [
        "page.md:6: 「逐元素」 (use 「按元素」)",
        "page.md:8: 「向量化」 (use 「矢量化」)",
    ]
