"""Quantities: percentages, money, multipliers, counts, ranks and measurements.

Vietnamese writes the decimal mark as a comma and groups thousands with dots
("1.234,5"), and scales numbers with words ("181,9 nghìn tỷ đồng"). This
module reads those forms, with the words around them that say what the number
measures, and returns one :class:`~vnpolparse.models.Quantity` per mention:

>>> for q in find_quantities("Thu ngân sách ước đạt 12.345,6 tỷ đồng, tăng 8,5%, gấp 1,5 lần cùng kỳ."):
...     print(q.kind.value, q.value, q.unit, q.qualifier)
money 12345600000000 VND ước đạt
percent 8.5 % None
multiplier 1.5 lần None

A count names what it counts; a range keeps both bounds, a part of a whole
keeps the whole, and a rank its field:

>>> [(q.text, q.value, q.unit) for q in find_quantities("Huyện có hơn 1,2 nghìn đảng viên mới.")]
[('hơn 1,2 nghìn đảng viên', Decimal('1200'), 'đảng viên')]
>>> q = parse_quantity("từ 5 đến 7%")
>>> q.value, q.value_max
(Decimal('5'), Decimal('7'))
>>> q = parse_quantity("9/11 công trình")
>>> q.value, q.total, q.unit
(Decimal('9'), Decimal('11'), 'công trình')
>>> q = parse_quantity("đứng thứ 5/63 tỉnh, thành phố")
>>> q.kind.value, q.value, q.unit
('rank', Decimal('5'), '/63')
>>> q = parse_quantity("lớn thứ 3")  # a rank by size, with no field written
>>> q.kind.value, q.value, q.unit
('rank', Decimal('3'), None)

Where the sentence says what a number measures, the quantity names it:

>>> [(q.text, q.indicator) for q in find_quantities("Tốc độ tăng trưởng GRDP đạt 14,14%.")]
[('14,14%', 'tăng trưởng GRDP')]

Lengths of time ("6 tháng"), ordinals ("phiên thứ 16"), dates, years,
document numbers ("số 12", "35-NQ/TW") and names with numbers ("Quận 1") are
not quantities:

>>> find_quantities("Sau 6 tháng, phiên thứ 16 ngày 3/2/2024 bàn Nghị quyết 35-NQ/TW.")
()

The word lists live in ``data/units.tsv`` (scale words, currencies, units,
qualifiers, the verbs that link an indicator to its value), ``data/number_words.tsv`` (numbers written out) and
``data/count_words.tsv`` (the nouns a number can count, and the words that end
a counted noun phrase).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation, localcontext
from typing import NamedTuple

import attrs

from vnpolparse.errors import ParseError
from vnpolparse.lexicon import load_table
from vnpolparse.models import Quantity, QuantityKind, Span
from vnpolparse.places import find_provinces
from vnpolparse.text import check_text, normalized_call

__all__ = ["find_quantities", "parse_quantity", "scan"]

#: How far back (in characters) the words before a number are read.
_LOOKBEHIND = 40
#: Number words that are read as numbers only with a scale word: "một" is also "a", "năm" also "year".
_AMBIGUOUS_WORDS = frozenset({"một", "năm"})
#: The regex groups that close a quantity's unit.
_UNIT_GROUPS = frozenset({"pct", "cur", "per", "mea", "mper", "lan", "head", "hper"})
#: How many syllables after the counted noun may still belong to its phrase.
_MAX_MODIFIERS = 4


def _words(form: str) -> str:
    """A regex for a lexicon entry: its words separated by one or more spaces."""
    return r"[ ]+".join(re.escape(w) for w in form.split())


def _alternation(forms: list[str], *, blockers: dict[str, list[str]] | None = None) -> str:
    """Longest-first alternation of ``forms``, each a whole word, never followed by its blocker words."""
    parts = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        pattern = _words(form)
        rest = (blockers or {}).get(form)
        if rest:
            pattern += r"(?![ ]+(?:" + "|".join(_words(r) for r in sorted(rest, key=len, reverse=True)) + r")(?!\w))"
        if form[-1].isalnum():
            pattern += r"(?!\w)"
        parts.append(pattern)
    return "(?:" + "|".join(parts) + ")"


#: How many leading characters :func:`_factored` takes out of its branches.
_FACTOR_DEPTH = 2


def _factored(forms: list[str], *, blockers: dict[str, list[str]] | None = None, ignorecase: bool = False) -> str:
    r"""The alternation of :func:`_alternation`, with the branches grouped by their first characters.

    It matches exactly what ``_alternation(forms, blockers=blockers)`` matches, in the same order:
    branches that start with different characters never match at the same place, and each group
    keeps the longest-first order. The regex engine, though, tries a few groups instead of every
    form. ``ignorecase`` says that the pattern is used case-insensitively: forms are then grouped
    by lower-case character, and left as they are if the engine's case rules would mix two groups.

    >>> print(_factored(["ba", "bốn", "hai"]))
    (?:b(?:ố(?:n(?!\w))|a(?:(?!\w)))|h(?:ai(?!\w)))
    """
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    branches = [(form, _alternation([form], blockers=blockers)[3:-1]) for form in ordered]
    return "(?:" + _grouped(branches, 0, ignorecase) + ")"


def _grouped(branches: list[tuple[str, str]], depth: int, ignorecase: bool) -> str:
    """``branches`` (a form, and the regex for its characters from ``depth`` on), grouped by character ``depth``."""
    flat = "|".join(pattern for _, pattern in branches)
    if depth == _FACTOR_DEPTH or len(branches) < 2:
        return flat
    groups: dict[str, list[tuple[str, str]]] = {}
    for form, pattern in branches:
        char = form[depth : depth + 1]
        if not char or char.isspace() or not pattern.startswith(re.escape(char)):
            return flat  # a form that ends here, or whose words are joined by "[ ]+"
        groups.setdefault(char.lower() if ignorecase else char, []).append((form, pattern[len(re.escape(char)) :]))
    if ignorecase and not _case_groups_hold([form[depth] for form, _ in branches], groups):
        return flat
    return "|".join(
        re.escape(members[0][0][depth]) + "(?:" + _grouped(members, depth + 1, ignorecase) + ")"
        for members in groups.values()
    )


def _case_groups_hold(chars: list[str], groups: dict[str, list[tuple[str, str]]]) -> bool:
    """Whether, case-insensitively, the regex engine matches two of ``chars`` alike exactly when they share a group."""
    for one in set(chars):
        same = re.compile("(?i:" + re.escape(one) + ")")
        for other in set(chars):
            if (same.fullmatch(other) is not None) != (one.lower() == other.lower()):
                return False
    return len(groups) == len({c.lower() for c in chars})


#: Letters that open Vietnamese syllables ("nh", "th", "ch", "ng" ...): common, so no good place to look for a word.
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxzđ")


def _anchored(forms: list[str], *, then_digit: bool = True) -> str:
    r"""A regex for the whole words ``forms`` where :func:`_glued` does not hold, found by a rarer letter.

    The regex engine skips quickly to the first characters of a regex's branches, and tries the
    whole regex at each one: here it starts at the first letter of each word's first word that is
    not a consonant ("ă" in "năm", "a" in "hai"), as those are much rarer than the consonants that
    open Vietnamese syllables. A look-behind then checks the letters before it, and what precedes the
    word. A match therefore starts inside its word, which runs back to the last non-word character.
    Unless ``then_digit``, a word followed by a digit (after spaces, if any) is left out.

    >>> [m.start() for m in re.finditer(_anchored(["hai", "năm"]), "hai năm, khai, năm-2 năm2")]
    [1, 5, 16]
    """
    branches: dict[str, list[str]] = {}
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        first, *others = form.split()
        at = next((i for i, c in enumerate(first) if c.lower() not in _CONSONANTS), 0)
        pattern = (
            (rf"(?<={re.escape(first[: at + 1])})" if at else "")
            + re.escape(first[at + 1 :])
            + rf"(?<![\w.,/]{re.escape(first)})(?<![^\W_]-{re.escape(first)})"  # not _glued
            + "".join(r"[ ]+" + re.escape(word) for word in others)
            + (r"(?!\w)" if form[-1].isalnum() else "")
            + ("" if then_digit else r"(?![ ]*[0-9])")
        )
        branches.setdefault(first[at], []).append(pattern)
    return "(?:" + "|".join(re.escape(char) + "(?:" + "|".join(rests) + ")" for char, rests in branches.items()) + ")"


def _blockers(forms: list[str], phrases: list[str]) -> dict[str, list[str]]:
    """For each form, the words that, following it, make a phrase in ``phrases`` ("đồng" + "chí")."""
    out: dict[str, list[str]] = {}
    for phrase in phrases:
        for form in forms:
            if phrase.lower().startswith(form.lower() + " "):
                out.setdefault(form, []).append(phrase[len(form) + 1 :])
    return out


@attrs.frozen
class _Phrases:
    """A set of lower-case phrases, matched against the words next to a number.

    >>> p = _Phrases.of(["hơn", "ước đạt"])
    >>> p.ending(["doanh", "thu", "ước", "đạt"]), p.starting(["hơn", "năm"])
    (2, 1)
    """

    phrases: frozenset[str]
    first_words: frozenset[str]
    last_words: frozenset[str]
    longest: int
    #: For each last word, the lengths (in words, longest first) of the phrases that end with it.
    by_last: dict[str, tuple[int, ...]]
    #: For each first word, the lengths of the phrases that start with it.
    by_first: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, phrases: list[str]) -> _Phrases:
        lowered = {" ".join(p.lower().split()) for p in phrases}
        by_last: dict[str, set[int]] = {}
        by_first: dict[str, set[int]] = {}
        for p in lowered:
            by_last.setdefault(p.rsplit(" ", 1)[-1], set()).add(p.count(" ") + 1)
            by_first.setdefault(p.split(" ", 1)[0], set()).add(p.count(" ") + 1)
        return cls(
            frozenset(lowered),
            frozenset(by_first),
            frozenset(by_last),
            max((p.count(" ") + 1 for p in lowered), default=0),
            {w: tuple(sorted(n, reverse=True)) for w, n in by_last.items()},
            {w: tuple(sorted(n, reverse=True)) for w, n in by_first.items()},
        )

    def ending(self, words: list[str]) -> int:
        """How many of the last ``words`` make a phrase (the longest one), or 0."""
        lengths = self.by_last.get(words[-1]) if words else None
        if lengths:
            for n in lengths:  # only phrases that end with the last word can match
                if n == 1 or (n <= len(words) and " ".join(words[-n:]) in self.phrases):
                    return n
        return 0

    def starting(self, words: list[str]) -> int:
        """How many of the first ``words`` make a phrase (the longest one), or 0."""
        lengths = self.by_first.get(words[0]) if words else None
        if lengths:
            for n in lengths:
                if n == 1 or (n <= len(words) and " ".join(words[:n]) in self.phrases):
                    return n
        return 0


@attrs.frozen
class _Grammar:
    """Everything the scanner needs, built once from the data files."""

    numerals: re.Pattern[str]
    spelled_out: re.Pattern[str]
    spelled_start: re.Pattern[str]
    doubled: re.Pattern[str]
    token: re.Pattern[str]
    after_lan: re.Pattern[str]
    rank_of: re.Pattern[str]
    head_after: re.Pattern[str]
    rank_field: re.Pattern[str]
    more_qualifier: re.Pattern[str]
    #: The words after a counted noun that :func:`_extend_count` may look at.
    next_words: re.Pattern[str]
    scales: dict[str, Decimal]
    currencies: dict[str, str]
    #: The currency words that are also common nouns ("4 kíp" are four shifts): money only after a scale word.
    scaled_currencies: frozenset[str]
    measures: dict[str, str]
    number_words: dict[str, tuple[str, Decimal]]
    times: dict[str, Decimal]
    qualifiers: _Phrases
    rank_cues: _Phrases
    #: Adjectives that make "thứ N" after them a rank ("lớn thứ 4"), and only that.
    rank_adjectives: _Phrases
    multiplier_cues: _Phrases
    thu: _Phrases
    tu: _Phrases
    stops: _Phrases
    labels: _Phrases
    not_labels: _Phrases
    nouns: _Phrases
    #: Every counted head noun, one word or more ("xã", "đảng viên").
    heads: _Phrases
    #: The stop and label words, which never start an agent noun ("5 năm thành viên").
    not_agent: frozenset[str]
    #: The heads that, after the written-out "hai" (the two), name both parties of a relation ("hai nước").
    pairs: frozenset[str]
    links: _Phrases
    indicator_ends: _Phrases
    indicator_starts: _Phrases
    indicator_drops: _Phrases
    #: The last words of every phrase that may stand right before a number and change its reading.
    prefix_words: frozenset[str]
    #: Those phrases that are one word.
    prefix_single_words: frozenset[str]
    #: The last two words of the others.
    prefix_pairs: frozenset[str]


@functools.cache
def _grammar() -> _Grammar:
    units = load_table("units")
    by_kind: dict[str, list[dict[str, str]]] = {}
    for row in units:
        by_kind.setdefault(row["kind"], []).append(row)
    forms = {kind: [r["form"] for r in rows] for kind, rows in by_kind.items()}
    not_unit = forms.get("not_unit", [])

    words = load_table("number_words")
    roles: dict[str, list[str]] = {}
    number_words: dict[str, tuple[str, Decimal]] = {}
    for row in words:
        roles.setdefault(row["role"], []).append(row["word"])
        if row["role"] != "times":
            number_words[row["word"]] = (row["role"], Decimal(row["value"]))
    times = {r["word"]: Decimal(r["value"]) for r in words if r["role"] == "times"}

    count_words = load_table("count_words")
    by_role: dict[str, list[str]] = {}
    for row in count_words:
        by_role.setdefault(row["role"], []).append(row["word"])

    def alt(names: list[str]) -> str:
        return _factored(names, blockers=_blockers(names, not_unit))

    digit = roles["digit"]
    # After "mười"/"mươi" five is "lăm", never "năm" ("mười năm" is ten years).
    after_ten = alt([w for w in digit if number_words[w][1] != 5] + roles["after"])

    def spelled(*, capital: bool) -> str:
        """A number written in words; its first word may be capitalised when ``capital``."""
        first = alt(digit + [w[0].upper() + w[1:] for w in digit]) if capital else alt(digit)
        tens = rf"mười(?:[ ]+{after_ten})?|{alt(digit)}[ ]+mươi(?:[ ]+{after_ten})?"
        return rf"""(?:
            {first}(?:[ ]+trăm                    # hai trăm ...
                       (?:[ ]+(?:{alt(roles["zero"])}[ ]+{alt(digit)}|{tens}))?  # ... linh năm, hai mươi
                     |[ ]+mươi(?:[ ]+{after_ten})?)?  # ba mươi tư
          | {"[Mm]" if capital else "m"}ười(?:[ ]+{after_ten})?  # mười, mười lăm
        )(?!\w)"""

    words_first = spelled(capital=True)
    words_later = spelled(capital=False)
    numeral_rest = r"""
        (?:[0-9]{0,2}(?:\.[0-9]{3}){1,6}(?:,[0-9]{1,6})?  # 1.234.567,5: dots group thousands
          | [0-9]{0,2}(?:,[0-9]{3}){2,6}                   # 1,234,567: English grouping, two groups or more
          | [0-9]{0,14}(?:[,.][0-9]{1,6})?                 # 14,14 (or an English 6.5)
        )(?![0-9]|[.,][0-9])                               # never a piece of a longer number
    """
    numeral = "[0-9]" + numeral_rest
    scale = alt(forms["scale"])
    scale_chain = rf"{scale}(?:[ ]+{scale})?"
    amount_tail = rf"""
        (?:[ ]*{scale_chain}(?:[ ]+{alt(roles["half"])})?     # nghìn tỷ; hai triệu rưỡi
           (?:[ ]+(?:[0-9]{{1,3}}(?![0-9,.])|{words_later})[ ]*{scale_chain})*  # 566 tỷ 384 triệu
        )?"""
    amount = rf"(?:{numeral}|{words_later}){amount_tail}"
    currency = alt(forms["currency"] + forms.get("currency_scaled", []))
    head_blockers = _blockers(by_role["head"], by_role.get("not_head", []))
    heads = _factored(by_role["head"], blockers=head_blockers, ignorecase=True)
    # An agent noun not in the list: one or two syllables and an agent syllable ("công chứng viên").
    # (Tried after the listed heads; _agent_ok checks its syllables.)
    agents = rf"(?:[^\W\d_]+[ ]+){{1,2}}{alt(by_role.get('agent', []))}" if by_role.get("agent") else "(?!)"

    per = r"(?:/[^\W\d_][\w²³]*)+"  # a rate: "/m3", "/người/năm"
    bare_numeral = r"| (?![^\W\d_])  # a bare numeral, not glued to a word (not 5G)\n"

    def quantity(first: str, *, bare: bool) -> re.Pattern[str]:
        """The regex for a quantity whose first number is ``first``."""
        return re.compile(
            rf"""
            (?P<a>{first}{amount_tail})           # the number, with its scale words
            (?:
              (?:[ ]*(?P<p1>%)|[ ]*(?P<c1>{currency}))?  # "từ 5% đến 7%", "83,2%/50%"
              (?:
                (?:[ ]*-[ ]*|[ ]+(?:đến|tới)[ ]+)
                (?P<b>{amount})                   # the upper bound of a range
              | /(?P<t>{numeral}{amount_tail})    # the whole (or the target): "9/11", "45.799/36.875"
              )
            )?
            (?![.,/-]?[0-9])                      # no date ("16/7/2024") or list of numbers
            (?:
                [ ]*(?P<pct>{alt(forms["percent"])})
              | [ ]*(?P<cur>{currency})(?P<per>{per})?    # 55.000đ/m3
              | [ ]*(?P<mea>{alt(forms["measure"])})(?P<mper>{per})?   # 6,2 tấn/ha
              | [ ]+(?P<lan>{alt(forms["multiplier"])})
              | [ ]+(?P<head>(?i:{heads})|{agents})(?P<hper>{per})?  # what a count counts: "317 đảng viên"
              {bare_numeral if bare else ""}
            )
            """,
            re.VERBOSE,
        )

    # A numeral starts with a digit, so that the regex engine can skip to digits quickly; the
    # look-behinds then check the character before it: not inside a word, a code ("11-NQ") or a number.
    numerals = quantity(rf"(?P<d1>[0-9](?<![\w.,/][0-9])(?<!\w-[0-9]){numeral_rest})", bare=True)
    # Written-out numbers need a unit, and are checked in Python for what precedes them.
    spelled_out = quantity(rf"(?P<sp>{words_first})", bare=False)
    # Where a written-out number may start: one flat alternation, which the regex engine scans
    # much faster than the number grammar itself.
    first_words = [*digit, "mười"]
    # A written-out number is followed by its unit, a scale or another number word (or "%", "-", "/"):
    # a digit right after its first word leaves it out, unless some of those words start with one.
    after_number = [*(r["form"] for r in units), *number_words, *times, *(r["word"] for r in count_words)]
    spelled_start = re.compile(
        _anchored(
            first_words + [w[0].upper() + w[1:] for w in first_words],
            then_digit=any(f[:1].isdigit() for f in after_number),
        )
    )
    doubled = re.compile(rf"[Gg]ấp[ ]+(?P<gd>{alt(list(times))})")  # gấp đôi, gấp rưỡi

    token = re.compile(
        r"(?P<num>[0-9][0-9.,]*)|(?P<word>[^\W\d_]+)",
    )
    nouns = _Phrases.of([w for w in by_role["head"] if " " in w])
    stops = _Phrases.of(by_role["stop"] + forms["qualifier"])
    prefix_phrases = {
        " ".join(f.lower().split())
        for f in [*forms["qualifier"], *forms["rank_cue"], *forms["multiplier_cue"], *by_role["label"], "thứ", "từ"]
    }
    # _extend_count looks at up to _MAX_MODIFIERS words, each maybe the first of a phrase.
    lookahead = _MAX_MODIFIERS - 1 + max(nouns.longest, stops.longest, 1)
    return _Grammar(
        numerals=numerals,
        spelled_out=spelled_out,
        spelled_start=spelled_start,
        doubled=doubled,
        token=token,
        after_lan=re.compile(r"[ ]+(?:so[ ]+với|so[ ]+cùng[ ]+kỳ|cùng[ ]+kỳ)(?!\w)"),
        rank_of=re.compile(r"[ ]+trên[ ]+(?:tổng[ ]+số[ ]+)?(?P<of>[0-9]{1,4})(?![0-9/]|[.,][0-9]|[^\W\d_])"),
        head_after=re.compile(rf"[ ]+(?i:{heads})"),
        rank_field=re.compile(r"[ ]+(?:(?:trên|trong)[ ]+)?(?:cả[ ]+nước|toàn[ ]+quốc)(?!\w)"),
        more_qualifier=re.compile(r"[ ]+(?P<q>trở[ ]+lên|trở[ ]+xuống)(?!\w)"),
        next_words=re.compile(rf"(?:[ ]+[^\W\d_][\w-]*(?![\w-])){{1,{lookahead}}}"),
        scales={r["form"]: Decimal(r["value"]) for r in by_kind["scale"]},
        currencies={r["form"]: r["canonical"] for r in by_kind["currency"] + by_kind.get("currency_scaled", [])},
        scaled_currencies=frozenset(forms.get("currency_scaled", [])),
        measures={r["form"]: r["canonical"] for r in by_kind["measure"]},
        number_words=number_words,
        times=times,
        qualifiers=_Phrases.of(forms["qualifier"]),
        rank_cues=_Phrases.of(forms["rank_cue"]),
        rank_adjectives=_Phrases.of(forms.get("rank_adjective", [])),
        multiplier_cues=_Phrases.of(forms["multiplier_cue"]),
        thu=_Phrases.of(["thứ"]),
        tu=_Phrases.of(["từ"]),
        stops=stops,
        labels=_Phrases.of(by_role["label"]),
        not_labels=_Phrases.of(by_role["not_label"]),
        nouns=nouns,
        heads=_Phrases.of(by_role["head"]),
        not_agent=frozenset(" ".join(w.lower().split()) for w in by_role["stop"] + by_role["label"]),
        pairs=frozenset(by_role.get("pair", [])),
        links=_Phrases.of(forms["link"]),
        indicator_ends=_Phrases.of(forms["indicator_end"]),
        indicator_starts=_Phrases.of(forms["indicator_start"]),
        indicator_drops=_Phrases.of(forms["indicator_drop"]),
        prefix_words=frozenset(p.rsplit(" ", 1)[-1] for p in prefix_phrases),
        prefix_single_words=frozenset(p for p in prefix_phrases if " " not in p),
        prefix_pairs=frozenset(" ".join(p.split()[-2:]) for p in prefix_phrases if " " in p),
    )


# --- numbers -----------------------------------------------------------------


def _digits_value(s: str) -> Decimal:
    """The value of a number written with digits, Vietnamese style first.

    >>> [_digits_value(s) for s in ("1.234.567", "1.234,5", "14,14", "6.5", "1,234,567", "05")]
    [Decimal('1234567'), Decimal('1234.5'), Decimal('14.14'), Decimal('6.5'), Decimal('1234567'), Decimal('5')]
    """
    if "." in s and "," in s:
        return Decimal(s.replace(".", "").replace(",", "."))
    if "." in s:
        groups = s.split(".")
        if len(groups) > 2 or len(groups[1]) == 3:
            return Decimal(s.replace(".", ""))
        return Decimal(s)
    if "," in s:
        groups = s.split(",")
        if len(groups) > 2:
            return Decimal(s.replace(",", ""))
        return Decimal(s.replace(",", "."))
    return Decimal(s)


#: What a word that is not a number word reads as.
_NO_ROLE = ("", Decimal(0))


def _amount(text: str, g: _Grammar) -> tuple[Decimal, Decimal | None, int] | None:
    """Evaluate an amount ("181,9 nghìn tỷ", "hai mươi lăm", "566 tỷ 384 triệu").

    Returns the value, the scale of its first group ("tỷ" in "566 tỷ 384
    triệu"; ``None`` without a scale word) and the number of groups, or
    ``None`` when the words do not make one number.
    """
    if text[-1].isdigit() and text.isascii() and " " not in text:  # the common case: "14,14", "1.234"
        return _digits_value(text), None, 1
    groups: list[tuple[Decimal, Decimal | None]] = []
    current = Decimal(0)
    pending: Decimal | None = None  # a digit word waiting for "mươi"/"trăm"
    scale: Decimal | None = None  # the scale word(s) of the group being read
    after_scale = False
    with localcontext() as ctx:
        ctx.prec = 60
        for m in g.token.finditer(text):
            num, word = m.groups()
            word = (word or "").lower()
            role, value = g.number_words.get(word, _NO_ROLE)
            factor = g.scales.get(word)
            if num or role == "digit":
                if after_scale:  # a new group: "566 tỷ | 384 triệu"
                    groups.append((current, scale))
                    current, pending, scale, after_scale = Decimal(0), None, None, False
                if num:
                    current = _digits_value(num)
                elif pending is not None:
                    return None
                else:
                    pending = value
            elif factor is not None and factor >= 1000:
                if after_scale and scale is not None:  # "nghìn tỷ"
                    current, scale = current * factor, scale * factor
                else:
                    current, scale = (current + (pending or 0)) * factor, factor
                    pending = None
                after_scale = True
            elif role == "hundred":  # "hai trăm", inside a group
                current, pending = (current + (pending or 0) or 1) * value, None
            elif role == "tens":
                current, pending = current + (pending or 1) * value, None
            elif role in ("ten", "after"):
                current += value
            elif role == "half" and scale is not None:
                current += scale * value
            elif role != "zero":
                return None
        groups.append((current + (pending or 0), scale))
        if len(groups) > 1 and any(
            s is None or (prev is not None and s >= prev) for (_, prev), (_, s) in itertools.pairwise(groups)
        ):
            return None
        value = Decimal(0)
        for group, _ in groups:  # as sum() would, in this context
            value += group
        return value, groups[0][1], len(groups)


_ONE = Decimal(1)


def _clean(value: Decimal) -> Decimal:
    """``value`` without trailing zeros, and with exponent 0 when it is whole."""
    try:
        if value == value.to_integral_value():
            return value.quantize(_ONE)
        return value.normalize()
    except InvalidOperation:  # pragma: no cover - values are bounded by the grammar
        return value


def _is_whole(*values: Decimal | None) -> bool:
    return all(v is None or v == v.to_integral_value() for v in values)


# --- the words around a number ---------------------------------------------


class _Prefix(NamedTuple):
    """What the words before a number say about it (a tuple: one is made for most numbers)."""

    start: int  # where the quantity's text starts (a qualifier, "gấp", "thứ" ...)
    qualifier: str | None = None
    thu: bool = False  # "thứ" right before the number
    rank_cue: bool = False  # "đứng", "xếp hạng" ...
    multiplier_cue: str | None = None
    label: bool = False  # the number follows a label noun or a name: not a count


#: The letters that end a word ("GRDP" in "(GRDP"), as the regex ``[^\W\d_]+`` reads a word.
_WORD_END = re.compile(r"[^\W\d_]+\Z")


def _prefix(text: str, start: int, floor: int, g: _Grammar) -> _Prefix:
    """Read the words before the number at ``start`` (not before ``floor``), right to left."""
    lo = max(floor, start - _LOOKBEHIND)
    window = text[lo:start]
    if not window.endswith(" "):
        return _Prefix(start)  # "(5 ...", "5" at the start of a line: no word before the number
    stripped = window.rstrip(" ")
    last = stripped.rsplit(" ", 1)[-1]
    if last.isalpha():
        if last.islower() and last not in g.prefix_words:
            return _Prefix(start)  # the common case: "có 5 ...", "với 5 ..."
        lowered = last.lower()
        # No cue, qualifier or label ends here: "đạt" ends "ước đạt", but "doanh thu đạt" is no phrase.
        # (The word before ``last`` is the one _words_before reads: the letters that end what precedes it.)
        if lowered not in g.prefix_words or (
            lowered not in g.prefix_single_words
            and (
                (before := _WORD_END.search(stripped[: len(stripped) - len(last)].rstrip(" "))) is None
                or f"{before.group().lower()} {lowered}" not in g.prefix_pairs
            )
        ):
            return _Prefix(start, label=_after_name(text, lo + len(stripped) - len(last)))
    words, offsets = _words_before(window, lo)

    def take(phrases: _Phrases) -> tuple[str, int] | None:
        """Remove the phrase of ``phrases`` that ends ``words``; return it and its offset."""
        n = phrases.ending(words)
        if not n:
            return None
        found = " ".join(words[-n:]), offsets[-n]
        del words[-n:], offsets[-n:]
        return found

    # ``last`` is the last word left; a phrase is looked for only where one can end with it.
    last = words[-1] if words else ""
    if last in g.thu.by_last and (thu := take(g.thu)):
        cue = take(g.rank_cues) if words and words[-1] in g.rank_cues.by_last else None
        if cue is None and words and words[-1] in g.rank_adjectives.by_last:
            cue = take(g.rank_adjectives)  # "đối tác lớn thứ 4": a rank by what is largest
        return _Prefix(cue[1] if cue else thu[1], thu=True, rank_cue=cue is not None)
    if last in g.rank_cues.by_last and (cue := take(g.rank_cues)):
        return _Prefix(cue[1], rank_cue=True)
    begin = start
    tu = take(g.tu) if last in g.tu.by_last else None
    if tu:
        begin = tu[1]
        last = words[-1] if words else ""
    # "cao hơn 2 lần": the cue is read before "hơn" can be read as a qualifier.
    multiplier_cue = take(g.multiplier_cues) if last in g.multiplier_cues.by_last else None
    qualifiers: list[str] = []
    while multiplier_cue is None and len(qualifiers) < 2 and last in g.qualifiers.by_last:
        found = take(g.qualifiers)
        if not found:
            break
        qualifiers.insert(0, found[0])
        begin = found[1]
        last = words[-1] if words else ""
    if multiplier_cue is None and last in g.multiplier_cues.by_last:
        multiplier_cue = take(g.multiplier_cues)
    if multiplier_cue and multiplier_cue[0] == "gấp":
        begin = multiplier_cue[1]
    if qualifiers or multiplier_cue:
        return _Prefix(begin, " ".join(qualifiers) or None, multiplier_cue=multiplier_cue and multiplier_cue[0])
    if tu or not words:
        return _Prefix(begin)
    # A label noun ("năm 2024", "số 12", "giai đoạn 2"; but "tổng số 120 đảng viên" counts) or a name.
    if last in g.labels.by_last and g.labels.ending(words) > g.not_labels.ending(words):
        return _Prefix(begin, label=True)
    return _Prefix(begin, label=text[offsets[-1]].isupper() and _after_name(text, offsets[-1]))


def _words_before(window: str, lo: int) -> tuple[list[str], list[int]]:
    r"""The words that end ``window`` (text from ``lo`` on), as long as only spaces separate them.

    Returns them lower-cased, with where each starts in the text. A word is a run of
    ``[^\W\d_]`` characters: "GRDP" in "(GRDP", not "5".

    >>> _words_before("Năm 2024, GDP tăng ", 10)
    (['gdp', 'tăng'], [20, 24])
    """
    words: list[str] = []
    offsets: list[int] = []
    end = len(window)
    # Lower-casing the window splits like lower-casing each token: lower() never makes or takes a space.
    for token, lowered in zip(reversed(window.split(" ")), reversed(window.lower().split(" ")), strict=True):
        end -= len(token)
        if token:
            if token.isalpha():  # letters only (str.isalpha is stricter than the regex, never looser)
                words.append(lowered)
                offsets.append(lo + end)
            else:
                tail = _WORD_END.search(token)
                if tail is None:
                    break
                words.append(tail.group().lower())
                offsets.append(lo + end + tail.start())
                if tail.start():
                    break  # "(GRDP": the word ends the run
        end -= 1
    words.reverse()
    offsets.reverse()
    return words, offsets


def _after_name(text: str, word: int) -> bool:
    """Whether the word that starts at ``word``, right before a number, is a name ("Quận 1", "Trung ương 4").

    A capitalised word is a name unless it opens a sentence or a line.
    """
    if not text[word].isupper():
        return False
    before = text[max(0, word - _LOOKBEHIND) : word].rstrip(" ")
    return bool(before) and before[-1] not in "\n.!?:;\"'(-"


def _extend_count(text: str, end: int, g: _Grammar) -> int:
    """Where the counted noun phrase whose head ends at ``end`` ends.

    The phrase runs on over the words that qualify the head ("dự án | đường
    sắt", "sản phẩm | OCOP") and stops at punctuation, a number, a count
    written out ("xã | hai huyện"), a name, a function word or common verb
    ("đảng viên | mới", "doanh nghiệp | đăng ký"), or after a few syllables.
    """
    # The next words, as long as only spaces separate them: as many as the loop below may look at.
    following = g.next_words.match(text, end)
    if following is None:
        return end
    words = text[end : following.end()].split()
    lowered = text[end : following.end()].lower().split()  # word by word: lower() neither makes nor takes whitespace
    nouns, stops = g.nouns, g.stops
    i = 0
    while i < _MAX_MODIFIERS and i < len(words):
        word = words[i]
        if word[0].isupper() and not (word.isupper() and len(word) > 1):
            break  # a name ("Sở", "Ban Chỉ đạo"); acronyms ("OCOP", "FDI") still qualify the noun
        rest = lowered[i:]
        if g.number_words.get(rest[0], ("",))[0] == "digit" and g.heads.starting(rest[1:]):
            break  # "5 xã | hai huyện": a count of its own starts
        noun = nouns.starting(rest)  # a compound noun is read whole: "cảng hàng không"
        if not noun and stops.starting(rest):
            break
        i += max(noun, 1)
    if not i:
        return end
    for word in words[:i]:  # the end of the i-th word: only spaces come before each
        end = text.index(word, end) + len(word)
    return end


# --- building a quantity ----------------------------------------------------


def _agent_ok(head: str, g: _Grammar) -> bool:
    """Whether ``head``, an agent noun that is not a listed head, is one: its syllables before the
    agent syllable are lower-case, none is a stop word, and the first is no label word either (a
    unit of time or an age right after the number: "5 năm thành viên", "20 tuổi đoàn viên").

    >>> g = _grammar()
    >>> [_agent_ok(h, g) for h in ("công chứng viên", "biên tập viên", "năm thành viên", "Hà Viên")]
    [True, True, False, False]
    """
    first, *others = head.lower().split()[:-1]
    return head[0].islower() and first not in g.not_agent and not any(s in g.stops.phrases for s in others)


def _date_like(first: str, second: str) -> bool:
    """Whether "first/second" may be a day and a month ("16/7", "05/12").

    >>> _date_like("16", "7"), _date_like("9", "11"), _date_like("45.799", "36.875")
    (True, True, False)
    """
    return first.isdigit() and second.isdigit() and 1 <= int(first) <= 31 and 1 <= int(second) <= 12


def _rank_words(text: str, start: int, floor: int) -> bool:
    """Whether the words just before ``start`` may make a rank ("thứ", "hạng", "vị trí")."""
    before = text[max(floor, start - 16) : start].lower()
    return "thứ" in before or "hạng" in before or "vị trí" in before


#: The first number of a change ("tăng từ | 120"), at the end of the text before it.
_CHANGE_FROM = re.compile(r"(?<!\w)(?i:tăng|giảm)[ ]+từ[ ]+\Z")
#: The words between the two numbers of a change ("120 | xuống còn | 80", "120 | lên | 150").
_CHANGE_TO = r"[ ]+(?:xuống|lên)(?:[ ]+(?:còn|mức))?[ ]+"
#: What follows the first number: the second one.
_CHANGE_NEXT = re.compile(_CHANGE_TO + r"(?=[0-9])")
#: What precedes the second number: the verb, "từ" and the first number, bare.
_CHANGE_BEFORE = re.compile(
    r"(?<!\w)(?i:tăng|giảm)[ ]+từ[ ]+[0-9][0-9.,]*(?P<noun>(?:[ ]+[^\W\d_]+){1,6}?)?" + _CHANGE_TO + r"\Z"
)
#: "số" (the number of) before the counted noun of a change: "số hộ nghèo giảm từ ...".
_NUMBER_OF = re.compile(r"(?<!\w)(?i:số)(?:[ ]+lượng)?(?=[ ])")
_CLAUSE_END = re.compile(r"(?s:.*)[.;:!?\n()]")
#: How far before the second number of a change its verb may be.
_CHANGE_REACH = 80


def _digits_only(number: str) -> bool:
    """Whether ``number`` may count: whole (no decimals, as a measure has) and no year ("từ 2020 lên ...").

    >>> _digits_only("1.200"), _digits_only("5,2"), _digits_only("2020")
    (True, False, False)
    """
    return number[-1].isdigit() and "," not in number and not (len(number) == 4 and number[:2] in ("19", "20"))


def _change_count(text: str, start: int, end: int, floor: int, g: _Grammar) -> Quantity | None:
    """The count that the bare number at ``start`` makes in a change of a counted noun, or ``None``.

    Either number of "số <noun> tăng/giảm từ N xuống (còn)/lên M", both bare or the second
    with its noun, counts the noun that "số" (the number of) names earlier in the clause:
    that is what changes. The second counts the noun of the first, too: "giảm từ N xã xuống M".

    >>> [(q.text, q.unit) for q in scan("Số hộ nghèo giảm từ 1.200 xuống còn 950.")]
    [('1.200', 'hộ nghèo'), ('950', 'hộ nghèo')]
    >>> [(q.text, q.unit) for q in scan("Toàn tỉnh giảm từ 1.200 hộ nghèo xuống còn 950.")]
    [('từ 1.200 hộ nghèo', 'hộ nghèo'), ('950', 'hộ nghèo')]
    >>> scan("Giá giảm từ 120 xuống 95."), scan("Số hộ giảm từ 9 xuống 5 tỷ.")
    ((), ())
    """
    if text.endswith("từ ", floor, start):
        cue = _CHANGE_FROM.search(text, max(floor, start - 12), start)
        then = _CHANGE_NEXT.match(text, end)
        if cue is None or then is None:
            return None
        # The second number: bare, or a count of its own ("xuống 80 xã"); not "xuống 5 tỷ", "lên 7%".
        second = g.numerals.match(text, then.end())
        unit = None if second is None else second.lastgroup
        if (
            second is None
            or (unit in _UNIT_GROUPS and unit != "head")
            or second.group("p1", "c1") != (None, None)
            or " " in second.group("a")  # a scale word: an amount of money
        ):
            return None
    elif text.endswith((" còn ", " lên ", " xuống ", " mức "), floor, start):
        # (The first number, a quantity already, lies before ``floor``: look back past it.)
        cue = _CHANGE_BEFORE.search(text, max(0, start - _CHANGE_REACH), start)
        if cue is None:
            return None
        if cue.start("noun") >= 0:  # the first number's noun: "giảm từ 120 xã | xuống 80"
            head = g.head_after.match(text, cue.start("noun"), cue.end("noun"))
            if head is None or not _digits_only(text[start:end]):
                return None
            unit = " ".join(text[head.start() : cue.end("noun")].split())
            return _quantity(text, start, end, QuantityKind.COUNT, _digits_value(text[start:end]), unit, None)
    else:
        return None
    number = text[start:end]
    if not _digits_only(number):
        return None
    # The counted noun: after the last "số" of the clause that ends at the verb.
    clause = _CLAUSE_END.match(text, max(0, cue.start() - 200), cue.start())
    head = None
    for found in _NUMBER_OF.finditer(text, clause.end() if clause else max(0, cue.start() - 200), cue.start()):
        head = g.head_after.match(text, found.end(), cue.start()) or head
    if head is None:
        return None
    noun_end = _extend_count(text[: cue.start()].rstrip(), head.end(), g)
    unit = " ".join(text[head.start() : noun_end].split())
    return _quantity(text, start, end, QuantityKind.COUNT, _digits_value(number), unit, None)


def _glued(text: str, start: int) -> bool:
    """Whether the match at ``start`` continues a word, a number or a code ("Bahai", "11-hai")."""
    before = text[max(0, start - 2) : start]
    if not before:
        return False
    return before[-1].isalnum() or before[-1] in "_.,/" or (before[-1] == "-" and before[:1].isalnum())


def _build(m: re.Match[str], text: str, floor: int, g: _Grammar) -> Quantity | None:
    """The quantity that the regex match ``m`` makes, or ``None`` when it is not one."""
    d = m.group  # one group at a time: most matches are dropped after reading two or three
    if m.re is g.doubled:
        if _glued(text, m.start()):
            return None
        pre = _prefix(text, m.start(), floor, g)
        return _quantity(text, pre.start, m.end(), QuantityKind.MULTIPLIER, g.times[d("gd")], "lần", pre.qualifier)
    a, b, p1, c1 = d("a", "b", "p1", "c1")
    bare = m.lastgroup not in _UNIT_GROUPS and not (p1 or c1)
    rank_words = bare and _rank_words(text, m.start(), floor)
    if bare and " " not in a and not rank_words:
        # A bare numeral is a quantity only as a rank ("đứng thứ 17", "xếp hạng 10/63"), or as
        # a count whose noun the sentence names before a change ("số xã giảm từ 120 xuống 80").
        return None if d("b") or d("t") else _change_count(text, m.start(), m.end(), floor, g)
    if a.lower() in _AMBIGUOUS_WORDS or (b or "").lower() in _AMBIGUOUS_WORDS:
        return None  # "một" is also "a", "năm" also "year": read them only with a scale word ("năm tỷ")

    if a[-1].isdigit() and a.isascii() and " " not in a:  # _amount's common case, without the call
        parsed: tuple[Decimal, Decimal | None, int] | None = _digits_value(a), None, 1
    else:
        parsed = _amount(a, g)
    if parsed is None:
        return None
    value, a_scale, groups = parsed
    if bare and groups == 1 and not rank_words:
        return None  # "3 tỷ" alone; "24 tỷ 450 triệu" is an amount of money
    value_max = total = None
    t = d("t")
    for name, written in (("b", b), ("t", t)) if b or t else ():
        if written:
            other = _amount(written, g)
            if other is None:
                return None
            if a_scale is None and other[1] is not None:
                value *= other[1]  # "5 - 7 tỷ", "2.477/10.825 tỷ": the scale word is written once
            if name == "b":
                value_max = other[0]
            else:
                total = other[0]
    if value_max is not None and value_max <= value:
        return None  # "2023 - 5": not a range
    if total is not None and total < value and _date_like(a, t):
        return None  # "16/7": a date, not 16 out of 7

    pre = _prefix(text, m.start(), floor, g)
    end = m.end()
    kind: QuantityKind
    unit: str | None
    pct, cur, mea, lan, head, hper = d("pct", "cur", "mea", "lan", "head", "hper")
    if pct or p1:
        kind, unit = QuantityKind.PERCENT, "%"
    elif cur or c1:
        form = " ".join((cur or c1).split())
        if a_scale is None and form in g.scaled_currencies:
            return None  # "làm việc 3 ca, 4 kíp": shifts, not Lao money ("3 tỷ kíp" is)
        kind, unit = QuantityKind.MONEY, g.currencies[form]
        # A unit price or a rate ("55.000đ/m3", "95,2 triệu đồng/người/năm") is an amount of that
        # currency: the unit is the currency alone, the text keeps what it is per.
    elif mea:
        kind, unit = QuantityKind.MEASURE, g.measures[" ".join(mea.split())] + (d("mper") or "")
    elif hper:
        kind, unit = QuantityKind.MEASURE, head + hper  # a density: "258 người/km2"
    elif lan:
        ratio = pre.multiplier_cue is not None or g.after_lan.match(text, end) or not _is_whole(value, value_max)
        if not ratio:
            return None  # "họp 3 lần" counts occurrences
        kind, unit = QuantityKind.MULTIPLIER, "lần"
    elif pre.thu or (pre.rank_cue and total is not None):
        if not (pre.rank_cue or total is not None) or not _is_whole(value, total) or value_max is not None:
            return None  # "phiên thứ 16": an ordinal
        counted = head is not None
        of = None if total is not None or counted else g.rank_of.match(text, end)
        if of and int(of.group("of")) >= value:  # "đứng thứ 5 trên 63 tỉnh": the field is written out
            total, end = Decimal(of.group("of")), of.end()
            field_noun = g.head_after.match(text, end)
            counted, end = field_noun is not None, field_noun.end() if field_noun else end
        if counted:
            end = _extend_count(text, end, g)
        field = g.rank_field.match(text, end)  # "đứng thứ 17 trên cả nước"
        end = field.end() if field else end
        unit = None if total is None else f"/{_clean(total)}"
        indicator = _indicator(text, pre.start, QuantityKind.RANK, None, g)
        return _quantity(text, pre.start, end, QuantityKind.RANK, value, unit, None, indicator=indicator)
    elif head:
        if pre.label or not _is_whole(value, value_max, total):
            return None  # "Quận 1 ...", "20,5 người"
        counted_noun = " ".join(head.lower().split())
        if counted_noun not in g.heads.phrases and not _agent_ok(head, g):
            return None  # "5 năm thành viên": a length of time, not a count of members
        if g.number_words.get(a.lower(), _NO_ROLE) == ("digit", Decimal(2)) and counted_noun in g.pairs:
            return None  # "hai nước", "Hai Bộ trưởng": the two parties, named together, not counted
        year = (d("d1") if m.re is g.numerals else None) or ""
        if year.isdigit() and len(year) == 4 and a_scale is None and 1900 <= int(year) <= 2100:
            return None  # a year: "kế hoạch 2025 các dự án"
        kind = QuantityKind.COUNT
        end = _extend_count(text, end, g)
        unit = " ".join(text[m.start("head") : end].split())
    elif groups > 1:
        kind, unit = QuantityKind.MONEY, "VND"  # "24 tỷ 450 triệu": an amount in đồng
    else:
        return None
    if pre.thu:
        return None  # "lần thứ 3", "thứ 2 %"
    qualifier = pre.qualifier
    after = g.more_qualifier.match(text, end)
    if after and qualifier is None:
        qualifier, end = " ".join(after.group("q").split()), after.end()
    start = pre.start
    lo = max(floor, start - 8)
    negative = (
        _NEGATIVE.search(text, lo, start)
        if kind is QuantityKind.PERCENT and ("m" in (near := text[lo:start]) or "M" in near)  # "âm" has an m
        else None
    )
    if negative is not None and value_max is None and total is None:
        # "tăng trưởng âm 1,5%": a negative rate keeps its sign, and "âm" its place in the text
        start, value = negative.start(), -value
    indicator = None if kind is QuantityKind.COUNT else _indicator(text, start, kind, qualifier, g)
    return _quantity(text, start, end, kind, value, unit, qualifier, value_max, total, indicator)


#: "âm" (minus) right before a percentage: "tăng trưởng âm 1,5%".
_NEGATIVE = re.compile(r"(?<!\w)âm[ ]+$", re.IGNORECASE)


#: What ends the clause in which an indicator is named; "(GRDP)" asides are removed first.
_CLAUSE_BREAK = re.compile(r"[.;:!?\n()\[\]\"]|,(?=[ ])")
#: Everything up to the last clause break (linear: ``.*`` backs off one character at a time).
_LAST_BREAK = re.compile(rf"(?s:.*)(?:{_CLAUSE_BREAK.pattern})")
_ASIDE = re.compile(r"\([^()\n]*\)")
#: The characters of clause breaks and asides (a comma breaks a clause only before a space).
_BREAK_CHARS = frozenset('.;:!?\n()[]",')
_MAX_INDICATOR_WORDS = 8


def _indicator(text: str, start: int, kind: QuantityKind, qualifier: str | None, g: _Grammar) -> str | None:
    """The indicator that the quantity at ``start`` measures, where its clause names it.

    The clause must read "<indicator> <verb> <quantity>" ("Tốc độ tăng
    trưởng GRDP đạt 14,14%" gives "tăng trưởng GRDP"); a rank's own cue
    ("đứng thứ") is its verb.

    >>> _indicator("Kim ngạch xuất khẩu năm 2024 đạt ", 33, QuantityKind.MONEY, None, _grammar())
    'kim ngạch xuất khẩu'
    """
    before = text[max(0, start - 160) : start]
    links = g.links
    needs_link = kind is not QuantityKind.RANK and (qualifier is None or not links.starting(qualifier.split()))
    if needs_link:
        # The quick answer: the last word, when no clause break or aside can cut it, is no verb's end.
        last = before.rsplit(None, 1)[-1:]
        if not last or (_BREAK_CHARS.isdisjoint(last[0]) and last[0].lower() not in links.by_last):
            return None  # no verb ties the quantity to what comes before it
    if "(" in before:
        before = _ASIDE.sub(" ", before)
    last_break = _LAST_BREAK.match(before)
    clause = before[last_break.end() :] if last_break else before
    words = clause.split()
    lowered = clause.lower().split()  # word by word as words: lower() neither makes nor takes whitespace
    link = links.ending(lowered)
    if not link and needs_link:
        return None  # no verb ties the quantity to what comes before it
    if link:
        del words[-link:], lowered[-link:]
        hedge = g.qualifiers.ending(lowered)  # "doanh thu | ước | tăng 8%"
        if hedge:
            del words[-hedge:], lowered[-hedge:]
    ends, starts = g.indicator_ends, g.indicator_starts
    for i in range(1, len(lowered) if not ends.first_words.isdisjoint(lowered) else 0):
        if lowered[i] in ends.first_words and ends.starting(lowered[i:]):  # "Tổng sản phẩm | trên địa bàn"
            del words[i:], lowered[i:]
            break
    for i in range(len(lowered) - 1 if not starts.first_words.isdisjoint(lowered) else -1, -1, -1):
        n = starts.starting(lowered[i:]) if lowered[i] in starts.first_words else 0
        if n:  # "đặc biệt khi | mức tăng trưởng": the indicator starts after the last function word
            del words[: i + n], lowered[: i + n]
            break
    drop = g.indicator_drops.starting(lowered)
    if drop:  # "tốc độ | tăng trưởng", "mức | xuất siêu"
        del words[:drop], lowered[:drop]
    if not words or len(words) > _MAX_INDICATOR_WORDS:
        return None
    name = " ".join(words)
    if not name.replace("-", "").replace(" ", "").isalpha() or ("-" in name and not all(w.strip("-") for w in words)):
        return None  # numbers, codes: not the name of an indicator
    if find_provinces(name):
        return None  # "Hà Nội tăng 3,98%": a place, not an indicator
    return name[0].lower() + name[1:] if name[1:2].islower() else name


def _quantity(
    text: str,
    start: int,
    end: int,
    kind: QuantityKind,
    value: Decimal,
    unit: str | None,
    qualifier: str | None,
    value_max: Decimal | None = None,
    total: Decimal | None = None,
    indicator: str | None = None,
) -> Quantity:
    return Quantity(
        text[start:end],
        Span(start, end),
        kind,
        _clean(value),
        unit,
        qualifier,
        None if value_max is None else _clean(value_max),
        None if total is None else _clean(total),
        indicator,
    )


# --- public API ---------------------------------------------------------------


def scan(text: str) -> tuple[Quantity, ...]:
    """Find the quantities in already-normalised ``text`` (see :mod:`vnpolparse.text`).

    Results are sorted and never overlap; spans point into ``text``.

    >>> [(q.text, q.kind.value) for q in scan("Có 41 xã và 17 phường, giảm 62,58%.")]
    [('41 xã', 'count'), ('17 phường', 'count'), ('62,58%', 'percent')]
    """
    g = _grammar()
    numerals = g.numerals
    numeral = numerals.search(text)
    written = _spelled_out(text, g)
    spelled = next(written, None)
    doubles = _doubled(text, g)
    doubled = next(doubles, None)
    # Where each kind of match starts (past the end of the text when there is none).
    never = len(text) + 1
    at_numeral = numeral.start() if numeral else never
    at_spelled = spelled.start() if spelled else never
    at_doubled = doubled.start() if doubled else never
    out: list[Quantity] = []
    pos = floor = 0
    while True:
        if at_numeral < pos:
            numeral = numerals.search(text, pos)
            at_numeral = numeral.start() if numeral else never
        while at_spelled < pos:
            spelled = next(written, None)
            at_spelled = spelled.start() if spelled else never
        while at_doubled < pos:
            doubled = next(doubles, None)
            at_doubled = doubled.start() if doubled else never
        # The first match in the text; a numeral before a written-out number before "gấp đôi".
        if at_numeral <= at_spelled and at_numeral <= at_doubled:
            m = numeral
        elif at_spelled <= at_doubled:
            m = spelled
        else:
            m = doubled
        if m is None:
            return tuple(out)
        q = _build(m, text, floor, g)
        if q is not None:
            out.append(q)
            pos = floor = q.span.end
            continue
        # The upper bound of a rejected range may start a quantity of its own.
        b = -1 if m.re is g.doubled else m.start("b")
        pos = b if b >= 0 else m.end()


def _doubled(text: str, g: _Grammar) -> Iterator[re.Match[str]]:
    """Every match of ``g.doubled`` ("gấp đôi", "gấp rưỡi"), in the order of the text.

    The regex starts with "[Gg]ấp", which ``str.find`` finds much faster than the regex engine;
    the first match from a position on is the first one yielded that starts there or later.
    """
    lower, upper = text.find("gấp"), text.find("Gấp")
    while lower >= 0 or upper >= 0:
        at = lower if upper < 0 or 0 <= lower < upper else upper
        m = g.doubled.match(text, at)
        if m:
            yield m
        if at == lower:
            lower = text.find("gấp", at + 1)
        else:
            upper = text.find("Gấp", at + 1)


def _spelled_out(text: str, g: _Grammar) -> Iterator[re.Match[str]]:
    """The quantities whose number is written out ("hai mươi dự án"), in the order of the text.

    Each is the match of ``g.spelled_out`` at a place where a number word starts a word; the
    text is scanned once, however often the caller moves on.
    """
    match = g.spelled_out.match
    for found in g.spelled_start.finditer(text):
        at = found.start()  # inside the number's first word, which starts after the last non-word character
        while at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            at -= 1
        m = match(text, at)
        if m:
            yield m


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Find the quantities in ``text``; never raises on a ``str``.

    Spans and texts refer to ``text`` as given (before normalisation).

    >>> [(q.text, q.value, q.unit) for q in find_quantities("GRDP khoảng 7,6 tỷ USD; 317 đảng viên")]
    [('khoảng 7,6 tỷ USD', Decimal('7600000000'), 'USD'), ('317 đảng viên', Decimal('317'), 'đảng viên')]
    >>> find_quantities("")
    ()
    """
    return normalized_call(scan, check_text(text))


def parse_quantity(text: str) -> Quantity:
    """Read ``text`` as exactly one quantity (surrounding whitespace aside).

    >>> q = parse_quantity(" hơn ba tỷ USD ")
    >>> q.kind.value, q.value, q.unit, q.qualifier, q.span
    ('money', Decimal('3000000000'), 'USD', 'hơn', Span(1, 14))
    >>> parse_quantity("6 tháng")
    Traceback (most recent call last):
    ...
    vnpolparse.errors.ParseError: not a quantity: '6 tháng'
    """
    check_text(text)
    found = find_quantities(text)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if len(found) == 1 and found[0].span == Span(lead, lead + len(stripped)):
        return found[0]
    raise ParseError(f"not a quantity: {stripped!r}")
