"""Numbers that a page's prose quotes from a run, and whether its outputs show them.

The site promises that what a page prints is what the reader gets. A sentence that
quotes a result ("the test accuracy reaches 0.9583", "344/360 correct", "约 0.1")
makes the same promise, so a quoted number must appear in an output block of the same
page (the text of its ``输出`` fences, the ``.out`` files they include).

What counts as a quoted number, in the prose of a page (every line outside fences and
headings, with inline code, link targets, image descriptions and HTML comments taken
out):

* a decimal (``0.1414``, ``2.5``), a number in scientific notation (``1e-6``, and an
  inline formula that is nothing but a number, ``$2 \\times 10^{-6}$``), a percentage
  (``95.8%``), a fraction of two integers (``344/360``);
* an integer with at least 3 significant digits (``1797``, ``344``; not ``20``,
  ``200`` or ``1000``: round counts are settings far more often than results);
* any number after 约, 大约, 近, 接近, 将近, ≈, ~ or ``\\approx``, or before 左右 or
  上下, and the second number of a pair such as 约 5.7 和 6.8 (approximate quotes,
  whatever their size).

What does not count: formulas (``$...$`` with anything besides a number in it, and
``$$...$$`` blocks: a constant of a formula, ``0.01^2/2``, is derived, not run),
inline code, ordinals and references (``第 2 行``, ``3.4 节``, ``D2L 3.1``, ``4 章``,
a section number opening a table cell), years (``2026 年``), versions (``2.13.0``,
``Python 3.11``), digits that are part of a name (``float32``, ``AVX-512``), sizes
written with × (``28×28``), the year of a citation (``Zhang 等人，2021``), addresses, a setting named right before its value
(``学习率 0.5``, ``小批量 256``, ``标准差 0.01``), and an exact number that is a literal of a
snippet the page shows (a setting such as a learning rate ``0.03``, not a result).

How a quoted number matches an output: an exact quote must equal a number printed in
an output block of the page (as a value: ``0.50`` matches ``0.5``; a fraction must be
printed as the same fraction, an integer may be one side of a printed fraction
(352 matches ``352/360``); a percentage matches ``p%`` or the fraction ``p/100``;
the sign is ignored, since prose says "下降了 0.05" of a printed ``-0.05``). An
approximate quote matches a printed number that rounds to it at the quote's own
significant digits (约 0.1 matches 0.1032; 约 100 matches 102.3).

The way out, for a number that is not from a run on the page (D2L's own figure for
Fashion-MNIST, a value read off a figure, a count stated in the book), is an HTML
comment on the same line naming it: ``<!-- 非运行结果: 0.85 -->``. It must be rare,
and it names each exempted number, so it never covers a line's other numbers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from tested_docs.chapter import Chapter

# Per-line opt-out: <!-- 非运行结果: 0.85, 784 -->
OPT_OUT = re.compile(r"<!--\s*非运行结果[:：]\s*(?P<numbers>[^>]*?)\s*-->")
HTML_COMMENT = re.compile(r"<!--.*?-->")

# Words before a number that make it approximate, and words after it.
APPROX_BEFORE = r"(?:约为|约等于|约|大约|近|接近|将近|≈|~|～|\\approx)"
APPROX_AFTER = r"(?:左右|上下)"

NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+−]?\d+)?"
# A candidate in prose: a fraction, a percentage or a number, with its sign.
CANDIDATE = re.compile(
    rf"(?P<sign>[-−+])?(?P<number>\d+/\d+|{NUMBER}%?)(?![\d.,]*[.,]\d)"
)
# An inline formula that is nothing but a number: $2 \times 10^{-6}$, $-0.049$.
MATH_NUMBER = re.compile(
    r"^\s*(?P<sign>[-−+])?\s*(?P<mantissa>\d+(?:\.\d+)?)"
    r"(?:\s*\\times\s*10\^\{?(?P<exponent>[-−+]?\d+)\}?)?\s*(?P<percent>\\%)?\s*$"
)
INLINE_MATH = re.compile(r"(?<!\\)\$(?P<tex>[^$]+)\$")
DISPLAY_MATH = re.compile(r"\$\$.*?\$\$")
INLINE_CODE = re.compile(r"`[^`]*`")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
URL = re.compile(r"<?https?://[^\s>)]+>?")
# A D2L section number that begins a table cell: | 2.1 数据操作 |
TABLE_SECTION = re.compile(r"(?<=\|)\s*\d+(?:\.\d+)+(?=\s)")
# Numbers in snippets and outputs (code and printed text).
PRINTED = re.compile(
    r"(?<![\w.])[-−]?(?:\d+/\d+|\d{1,3}(?:,\d{3})+(?!\d)|\d*\.?\d+(?:[eE][-+]?\d+)?%?)"
)

# References and other numbers that are not quotes, matched around a candidate.
NOT_QUOTED_BEFORE = re.compile(
    r"(?:第|D2L|d2l|Python|PyTorch|torch|NumPy|numpy|pandas|MkDocs|Material|"
    r"CUDA|Chrome|macOS|Windows|Ubuntu|版本|[×x*^_]|\d\.)\s*$"
    r"|[A-Za-z_][-]?$"  # part of a name: float32, AVX-512, top-1
    r"|(?:等人|et al\.)[，,]?\s*$"  # the year of a citation: Zhang 等人，2021
)
# A setting named just before its value: 学习率 0.5, 小批量 256, 标准差 0.01.
SETTING_BEFORE = re.compile(
    r"(?:学习率|小批量(?:大小)?|批量(?:大小)?|标准差|种子|容差|暂退概率|正则化常数)"
    r"(?:都|也|仍)?(?:取|为|是|用|设为|改成|=)?\s*$"
)
NOT_QUOTED_AFTER = re.compile(
    r"^\s*(?:节|章|版|年|月|日|世纪|号|次方|[×x*^]\s*\d|\.\d)|^[A-Za-z_]"
)


@dataclass(frozen=True)
class Quote:
    """A number that a line of prose quotes."""

    line: int  # 1-based line of the page
    text: str  # as written: "0.1414", "344/360", "95.8%", "$2 \times 10^{-6}$"
    value: Decimal  # its value (a percentage: its value in percent)
    approximate: bool
    percent: bool = False
    fraction: str | None = None  # "344/360"

    def matches(self, printed: list[str]) -> bool:
        """Whether some number printed in the outputs is this quote."""
        if self.fraction is not None:
            return self.fraction in printed
        parts = [part for token in printed if "/" in token for part in token.split("/")]
        for token in [*printed, *parts]:
            if "/" in token:
                continue
            value = _decimal(token.rstrip("%"))
            if value is None:
                continue
            candidates = [value]
            if self.percent and not token.endswith("%"):
                candidates = [value * 100]
            if any(self._equal(abs(c)) for c in candidates):
                return True
        return False

    def _equal(self, value: Decimal) -> bool:
        quoted = abs(self.value)
        if not self.approximate:
            return value == quoted
        return _round_like(value, quoted) == quoted


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace("−", "-").replace(",", ""))
    except InvalidOperation:
        return None


def _significant_digits(text: str) -> int:
    """Significant digits of a number as written: 0.010 has 2, 100 has 1, 2.5e-6 2."""
    mantissa = re.split(r"[eE]", text)[0].lstrip("+-−").replace("%", "")
    mantissa = mantissa.replace(",", "")
    digits = mantissa.replace(".", "").lstrip("0")
    if "." not in mantissa:
        digits = digits.rstrip("0")
    return max(len(digits), 1)


def _round_like(value: Decimal, quoted: Decimal) -> Decimal:
    """``value`` rounded to the last significant place of ``quoted``."""
    if value == 0 or quoted == 0:
        return value
    written = format(quoted, "f")
    places = _significant_digits(written)
    magnitude = math.floor(math.log10(abs(quoted)))
    exponent = magnitude - places + 1
    with localcontext() as context:
        context.prec = 100
        return value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


def _is_quote(number: str, percent: bool, approximate: bool) -> bool:
    if "/" in number:  # 344/360; not 0/1 or 1/2
        numerator, denominator = number.split("/")
        return len(denominator) >= 2 and int(numerator) > 0
    if approximate or percent or "." in number or "e" in number:
        return True
    return _significant_digits(number) >= 3


def prose_lines(chapter: Chapter) -> list[tuple[int, str]]:
    """(line, text) for every line of prose: outside fences, headings and $$ math."""
    skip = chapter.fence_lines()
    for heading in chapter.headings:
        skip.update(range(heading.line, heading.end))
    for block in chapter.blocks:
        if block.kind == "math_block":
            skip.update(range(block.line, block.end))
    lines = []
    in_display_math = False
    for number, line in enumerate(chapter.text.splitlines(), start=1):
        if number in skip:
            continue
        if line.strip().startswith("$$"):
            closes = line.strip() != "$$" and line.strip().endswith("$$")
            if not (closes and len(line.strip()) > 2):
                in_display_math = not in_display_math
            continue
        if in_display_math:
            continue
        lines.append((number, line))
    return lines


def quotes_in(line: str, number: int) -> list[Quote]:
    """The quoted numbers of one line of prose."""
    opted_out = set()
    for found in OPT_OUT.finditer(line):
        opted_out.update(n.strip() for n in re.split(r"[,，、\s]+", found["numbers"]))
    text = HTML_COMMENT.sub(" ", line)
    text = DISPLAY_MATH.sub(" ", text)
    text = INLINE_CODE.sub(" ", text)
    text = IMAGE.sub(" ", text)
    text = LINK_TARGET.sub("]", text)
    text = URL.sub(" ", text)
    text = TABLE_SECTION.sub(" ", text)
    quotes: list[Quote] = []

    # Inline formulas: a bare number counts, any other formula is left out.
    def math(found: re.Match) -> str:
        bare = MATH_NUMBER.match(found["tex"])
        if bare and (bare["exponent"] or "." in bare["mantissa"] or bare["percent"]):
            mantissa = Decimal(bare["mantissa"])
            exponent = int((bare["exponent"] or "0").replace("−", "-"))
            before = text[: found.start()]
            approximate = re.search(APPROX_BEFORE + r"\s*$", before) is not None
            written = found.group().strip("$")
            if written not in opted_out:
                quotes.append(
                    Quote(
                        line=number,
                        text=found.group(),
                        value=mantissa.scaleb(exponent),
                        approximate=approximate or bool(bare["exponent"]),
                        percent=bool(bare["percent"]),
                    )
                )
        return " ∎ "

    text = INLINE_MATH.sub(math, text)
    previous_end, previous_approximate = -1, False
    for found in CANDIDATE.finditer(text):
        written = found["number"]
        before, after = text[: found.start()], text[found.end() :]
        if re.search(r"[\d.]$", before) or NOT_QUOTED_BEFORE.search(before):
            continue
        if SETTING_BEFORE.search(before):
            continue
        if NOT_QUOTED_AFTER.match(after):
            continue
        if re.fullmatch(r"\d+\.\d+\.\d+", written) or written in opted_out:
            continue
        approximate = bool(
            re.search(APPROX_BEFORE + r"\s*$", before)
            or re.match(r"\s*" + APPROX_AFTER, after)
            # the second of a pair: 约 5.7 和 6.8, 约 0.4 到 1.4
            or (
                previous_approximate
                and re.fullmatch(
                    r"\s*(?:和|、|到|至|与|或|,|，)\s*",
                    text[previous_end : found.start()],
                )
            )
        )
        previous_end, previous_approximate = found.end(), approximate
        percent = written.endswith("%")
        if not _is_quote(written.rstrip("%"), percent, approximate):
            continue
        if "/" in written:
            quotes.append(
                Quote(number, written, Decimal(0), approximate, fraction=written)
            )
            continue
        value = _decimal(written.rstrip("%"))
        if value is None:
            continue
        quotes.append(Quote(number, written, value, approximate, percent))
    return quotes


def printed_numbers(text: str) -> list[str]:
    """Every number in a program's text or output, as written (sign dropped)."""
    return [t.lstrip("-−") for t in PRINTED.findall(text)]


def outputs_of(chapter: Chapter) -> str:
    """The text of every output block of the page, includes expanded."""
    return "\n".join(chapter.expand(b) for b in chapter.fences if b.is_output)


def settings_of(chapter: Chapter) -> set[Decimal]:
    """The numeric literals of the snippets the page shows (settings, not results)."""
    values = set()
    for fence in chapter.fences:
        if fence.is_snippet:
            for token in printed_numbers(chapter.expand(fence)):
                value = _decimal(token) if "/" not in token else None
                if value is not None and not token.endswith("%"):
                    values.add(value)
    return values


def unmatched_quotes(chapter: Chapter) -> list[str]:
    """``docs/<page>.md:<line>: <number>`` for each quoted number no output shows."""
    printed = printed_numbers(outputs_of(chapter))
    settings = settings_of(chapter)
    problems = []
    for number, line in prose_lines(chapter):
        for quote in quotes_in(line, number):
            if quote.matches(printed):
                continue
            exact_value = not (quote.approximate or quote.fraction or quote.percent)
            if exact_value and abs(quote.value) in settings:
                continue
            problems.append(
                f"{chapter.where}:{quote.line}: {quote.text}"
                f"{' (约)' if quote.approximate else ''} is in no output of the page"
            )
    return problems
