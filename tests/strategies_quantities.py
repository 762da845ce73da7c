"""Hypothesis strategies that write amounts the way Vietnamese news texts do.

:func:`written_quantities` draws a percentage, an amount of money, a
multiplier, a count, a range, a part of a whole or a rank, rendered with
Vietnamese separators ("1.234,5"), scale words ("nghìn tỷ"), currencies,
qualifiers ("hơn", "ước đạt") or in words ("hai mươi lăm"), together with the
:class:`Written` values a parser must read back.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
from hypothesis import strategies as st

from vnpolparse.lexicon import load_table


@attrs.frozen
class Written:
    """A quantity written out, and what it means."""

    text: str
    kind: str
    value: Decimal
    unit: str | None
    qualifier: str | None = None
    value_max: Decimal | None = None
    total: Decimal | None = None


QUALIFIERS = sorted({row["form"] for row in load_table("units") if row["kind"] == "qualifier"})
#: Nouns a number counts, taken from the package's own list.
HEADS = sorted(row["word"] for row in load_table("count_words") if row["role"] == "head")
#: Heads that the written-out "hai" (the two) names as the parties of a relation, not as a count.
PAIRS = frozenset(row["word"] for row in load_table("count_words") if row["role"] == "pair")
#: Adjectives that make "thứ N" a rank ("lớn thứ 4").
RANK_ADJECTIVES = sorted(row["form"] for row in load_table("units") if row["kind"] == "rank_adjective")
SCALES = [("nghìn", 10**3), ("ngàn", 10**3), ("triệu", 10**6), ("tỷ", 10**9), ("tỉ", 10**9), ("nghìn tỷ", 10**12)]
CURRENCIES = [
    ("đồng", "VND"),
    ("VNĐ", "VND"),
    ("VND", "VND"),
    ("đ", "VND"),
    ("USD", "USD"),
    ("đô la Mỹ", "USD"),
    ("EUR", "EUR"),
]
DIGIT_WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín"}


def group_thousands(n: int) -> str:
    """``n`` with dots between groups of three digits: 1234567 -> "1.234.567"."""
    return f"{n:,}".replace(",", ".")


def render(value: Decimal) -> str:
    """A non-negative number as Vietnamese writes it: "1.234,5"."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int) and not sign
    whole = int(value)
    if exponent >= 0:
        return group_thousands(whole)
    fraction = "".join(map(str, digits))[exponent:].rjust(-exponent, "0")
    return f"{group_thousands(whole)},{fraction}"


def spell(n: int) -> str:
    """A number from 1 to 999 in words: 25 -> "hai mươi lăm", 105 -> "một trăm linh năm"."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words = [DIGIT_WORDS[hundreds], "trăm"] if hundreds else []
    if tens == 0 and units:
        words += ["linh", DIGIT_WORDS[units]] if hundreds else [DIGIT_WORDS[units]]
    elif tens == 1:
        words += ["mười"] + (["lăm" if units == 5 else DIGIT_WORDS[units]] if units else [])
    elif tens:
        last = {1: "mốt", 4: "tư", 5: "lăm"}.get(units, DIGIT_WORDS.get(units, ""))
        words += [DIGIT_WORDS[tens], "mươi"] + ([last] if units else [])
    return " ".join(words)


_space = st.sampled_from([" ", " ", "  "])
_qualifier = st.one_of(st.none(), st.sampled_from(QUALIFIERS))
_whole = st.integers(min_value=0, max_value=999_999_999).map(Decimal)
_decimal = st.builds(
    lambda whole, fraction, places: Decimal(whole) + Decimal(fraction).scaleb(-places),
    st.integers(min_value=0, max_value=99_999),
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=3, max_value=4),
)
_mantissa = st.one_of(_whole, _decimal)


def _qualified(draw: st.DrawFn, text: str) -> tuple[str, str | None]:
    qualifier = draw(_qualifier)
    return (f"{qualifier}{draw(_space)}{text}" if qualifier else text), qualifier


@st.composite
def percentages(draw: st.DrawFn) -> Written:
    value = draw(st.one_of(st.integers(0, 999).map(Decimal), _decimal.filter(lambda d: d < 1000)))
    sign = draw(st.sampled_from(["%", " %", " phần trăm"]))
    text, qualifier = _qualified(draw, render(value) + sign)
    return Written(text, "percent", value, "%", qualifier)


@st.composite
def money(draw: st.DrawFn) -> Written:
    number = draw(_mantissa)
    scale_word, factor = draw(st.one_of(st.just(("", 1)), st.sampled_from(SCALES)))
    currency, code = draw(st.sampled_from(CURRENCIES))
    glue = "" if currency == "đ" and not scale_word else draw(_space)
    amount = render(number) + (draw(_space) + scale_word if scale_word else "") + glue + currency
    text, qualifier = _qualified(draw, amount)
    return Written(text, "money", number * factor, code, qualifier)


@st.composite
def compound_money(draw: st.DrawFn) -> Written:
    """ "566 tỷ 384 triệu đồng"."""
    billions, millions = draw(st.integers(1, 999)), draw(st.integers(1, 999))
    currency = draw(st.sampled_from(["đồng", "VNĐ"]))
    text = f"{billions} tỷ {millions} triệu {currency}"
    return Written(text, "money", Decimal(billions * 10**9 + millions * 10**6), "VND")


@st.composite
def spelled_money(draw: st.DrawFn) -> Written:
    """ "hơn ba tỷ USD"."""
    n = draw(st.integers(1, 999))
    scale_word, factor = draw(st.sampled_from(SCALES))
    currency, code = draw(st.sampled_from(CURRENCIES))
    text, qualifier = _qualified(draw, f"{spell(n)} {scale_word} {currency}")
    return Written(text, "money", Decimal(n * factor), code, qualifier)


@st.composite
def multipliers(draw: st.DrawFn) -> Written:
    value = draw(st.one_of(st.integers(2, 99).map(Decimal), _decimal.filter(lambda d: Decimal(1) < d < 100)))
    qualifier = draw(_qualifier)
    middle = f"{qualifier} " if qualifier else ""
    return Written(f"gấp {middle}{render(value)} lần", "multiplier", value, "lần", qualifier)


@st.composite
def counts(draw: st.DrawFn) -> Written:
    head = draw(st.sampled_from(HEADS))
    written = draw(
        st.one_of(
            st.integers(0, 999_999).map(lambda n: (group_thousands(n), Decimal(n))),
            st.integers(0, 99).map(lambda n: (f"{n:02d}", Decimal(n))),  # "05 phiên họp"
            st.integers(1, 9999).map(lambda n: (f"{render(Decimal(n).scaleb(-1))} nghìn", Decimal(n * 100))),
            st.integers(2, 999).filter(lambda n: n != 5).map(lambda n: (spell(n), Decimal(n))),
        )
    )
    if written[0] == "hai" and head in PAIRS:
        written = ("2", Decimal(2))  # "hai nước" names the two parties; "2 nước" counts
    text, qualifier = _qualified(draw, f"{written[0]} {head}")
    return Written(text, "count", written[1], head, qualifier)


@st.composite
def ranges(draw: st.DrawFn) -> Written:
    low = draw(st.integers(0, 998))
    high = draw(st.integers(low + 1, 999))
    form = draw(st.sampled_from(["từ {} đến {}%", "{}-{}%", "{} - {}%", "từ {}% đến {}%"]))
    return Written(form.format(low, high), "percent", Decimal(low), "%", value_max=Decimal(high))


@st.composite
def parts(draw: st.DrawFn) -> Written:
    whole = draw(st.integers(1, 99_999))
    part = draw(st.integers(0, whole))
    head = draw(st.sampled_from(HEADS))
    text = f"{group_thousands(part)}/{group_thousands(whole)} {head}"
    return Written(text, "count", Decimal(part), head, total=Decimal(whole))


@st.composite
def ranks(draw: st.DrawFn) -> Written:
    field = draw(st.integers(1, 200))
    place = draw(st.integers(1, field))
    cue = draw(st.sampled_from(["đứng thứ", "xếp thứ", "xếp hạng thứ", "đứng ở vị trí thứ"]))
    tail = draw(st.sampled_from(["", " tỉnh, thành phố", " cả nước"]))
    return Written(f"{cue} {place}/{field}{tail}", "rank", Decimal(place), f"/{field}")


@st.composite
def ranks_by_adjective(draw: st.DrawFn) -> Written:
    """A rank by what is largest, highest ... with no field written: "lớn thứ 4"."""
    adjective = draw(st.sampled_from(RANK_ADJECTIVES))
    place = draw(st.integers(1, 200))
    tail = draw(st.sampled_from(["", " cả nước", " trên cả nước"]))
    return Written(f"{adjective} thứ {place}{tail}", "rank", Decimal(place), None)


def written_quantities() -> st.SearchStrategy[Written]:
    """Any quantity of the forms above."""
    return st.one_of(
        percentages(),
        money(),
        compound_money(),
        spelled_money(),
        multipliers(),
        counts(),
        ranges(),
        parts(),
        ranks(),
        ranks_by_adjective(),
    )
