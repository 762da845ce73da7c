"""Dates and periods in Vietnamese text, with the precision the text gives.

The grammar covers the forms Vietnamese news writers use: days ("ngày 16/7",
"16-7-2024", "Chiều 21.4", "ngày 16 tháng 7 năm 2024", "Sáng nay (27/6)"),
days with a clock time ("15:34 01/12/2023", "Thứ 3, 04/04/2023 | 16:10:37"),
ranges of days ("mùng 6-7/7", "từ ngày 30/5-7/6", "từ ngày 15 đến 17/10"), two days
sharing a month ("ngày 6 và 7/7"), days named by their occasion ("Quốc khánh 2/9"), months ("tháng 7/2024",
"tháng Bảy", "(12/2016)"), quarters ("quý II/2024", "quý I"), half-years
("6 tháng đầu năm 2024", "những tháng cuối năm"), years ("năm 2023", "đến năm
2030", "Bước sang 2024", "cùng kỳ năm ngoái") and spans of years ("nhiệm kỳ
2020 - 2025", "giai đoạn 2021-2025", "3 năm 2024-2026").

>>> [(d.text, d.value) for d in find_dates("Ngày 16/7, hội nghị sơ kết quý II/2024 và 6 tháng đầu năm.")]
[('Ngày 16/7', '--07-16'), ('quý II/2024', '2024-Q2'), ('6 tháng đầu năm', '--H1')]

A range of days or months has an ISO 8601 interval for its value ("mùng 6-7/7/2024" is
"2024-07-06/2024-07-07", "tháng 6-7/2024" is "2024-06/2024-07"), with its first and
last day as ``start`` and ``end``.

A day, month, quarter or half-year written without a year keeps an unknown
year ("--07-16"; "--" for a year relative to an unknown one) unless a
``reference`` date says which year the text means, or a date joined to it
writes the year ("quý I và quý II/2024"):

>>> [d.value for d in find_dates("Ngày 16/7, hội nghị sơ kết 6 tháng đầu năm.", reference=dt.date(2024, 7, 20))]
['2024-07-16', '2024-H1']
>>> [d.value for d in find_dates("Kết quả quý I và quý II/2024.")]
['2024-Q1', '2024-Q2']

Numbers that only look like dates are left alone: percentages, decimals,
ranks, fractions, document numbers, ordinals, durations, Party congress
terms, and month names inside the name of an event ("Cách mạng tháng Tám").

>>> find_dates("Tăng 14,14%, đứng thứ 2/63, hoàn thành 9/11 dự án theo Nghị quyết số 11-NQ/TW khóa XII; "
...            "hội nghị lần thứ tư; 6 tháng qua; gần 40 năm; 100/2019/NĐ-CP.")
()

How it works. Each form is a ``re.VERBOSE`` pattern registered with
:func:`_pattern` above the small builder that checks its context and returns
the parts of the date (:class:`_Parts`); :data:`_PATTERNS` is that table, in
order of priority. It is compiled into one alternation, which is tried only
where a cheap pre-filter finds a word that can start a date, so a scan is
linear in the length of the text. The vocabulary (weekdays, month names,
times of day, cue words ...) comes from ``data/date_words.tsv``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import NamedTuple

import attrs

from vnpolparse.errors import ParseError
from vnpolparse.lexicon import alternation, load_table
from vnpolparse.models import DateMention, Precision, Span
from vnpolparse.text import check_text, lower_as_re, normalize, normalized_call

__all__ = ["anchor", "endpoints", "find_dates", "parse_date", "scan"]

# The precisions as plain module constants: reading an enum member off its
# class (``Precision.DAY``) is a comparatively slow lookup, paid per match.
_P_DATETIME, _P_DAY, _P_MONTH, _P_QUARTER, _P_HALF, _P_YEAR, _P_YEARS = (
    Precision.DATETIME, Precision.DAY, Precision.MONTH, Precision.QUARTER, Precision.HALF, Precision.YEAR,
    Precision.YEARS,
)  # fmt: skip


# ---------------------------------------------------------------------------
# Vocabulary (data/date_words.tsv)
# ---------------------------------------------------------------------------

# Kinds whose words are matched case-sensitively ("tháng Bảy", "quý II").
_CASED_KINDS = ("month_name", "roman")


def _key(word: str) -> str:
    """Lookup key for a vocabulary word: lower case as ``re.IGNORECASE`` reads it
    (:func:`~vnpolparse.text.lower_as_re`: "ſáng" is "sáng"), single spaces."""
    return " ".join(lower_as_re(word).split())


@attrs.frozen
class _Vocab:
    """The rows of ``date_words.tsv``: kind -> word -> value."""

    kinds: Mapping[str, Mapping[str, str]]
    #: Relative years that may stand alone ("năm nay", not "năm tới").
    standalone_years: frozenset[str]

    def words(self, kind: str) -> list[str]:
        return list(self.kinds.get(kind, {}))

    def has(self, kind: str, word: str | None) -> bool:
        return word is not None and _key(word) in self.kinds[kind]

    def value(self, kind: str, word: str) -> str:
        table = self.kinds[kind]
        spaced = " ".join(word.split())
        return table[spaced] if spaced in table else table[_key(word)]


@functools.cache
def _vocab() -> _Vocab:
    kinds: dict[str, dict[str, str]] = {}
    standalone = set()
    for row in load_table("date_words"):
        kind = row["kind"]
        word = row["word"] if kind in _CASED_KINDS else _key(row["word"])
        kinds.setdefault(kind, {})[word] = row["value"]
        if kind == "relative_year" and "standalone" in row.get("note", ""):
            standalone.add(word)
    return _Vocab(kinds, frozenset(standalone))


# ---------------------------------------------------------------------------
# Regex building blocks
# ---------------------------------------------------------------------------


@attrs.define
class _Node:
    """A node of a character trie."""

    children: dict[str, _Node] = attrs.Factory(dict)
    #: For each word ending here, the regex that must follow it.
    ends: set[str] = attrs.Factory(set)


def _spaced(ch: str) -> str:
    """How a trie writes one character of a date word: a space matches one to three."""
    return "[ ]{1,3}" if ch == " " else re.escape(ch)


def _trie(words: Mapping[str, str] | list[str], *, prefixes: bool = False) -> str:
    """A regex alternation of ``words`` built as a character trie, so that
    ``re`` tries one branch per distinct character instead of every word.

    A space inside a word matches one to three spaces. The longest word is
    preferred (``re`` backtracks to a shorter one if what follows fails): this
    is :func:`vnpolparse.lexicon.alternation`. With ``prefixes``, matching
    stops at the first whole word, which is enough for a pre-filter; ``words``
    may then map each word to a regex that must follow it (the loosest wins
    where two words end together).

    >>> _trie(["năm", "năm học", "nay"])
    '(?:n(?:ay|ăm(?:[ ]{1,3}học)?))'
    >>> _trie({"năm": "", "năm học": "x", "nay": "(?=y)"}, prefixes=True)
    '(?:n(?:ay(?=y)|ăm))'
    >>> _trie({"Q": "[1-4]", "Quý": ""}, prefixes=True)
    '(?:Q(?:[1-4]|uý))'
    """
    if not prefixes:
        return alternation((" ".join(word.split()) for word in words), atom=_spaced)
    root = _Node()
    for word, suffix in (words if isinstance(words, Mapping) else dict.fromkeys(words, "")).items():
        node = root
        for ch in " ".join(word.split()):
            node = node.children.setdefault(ch, _Node())
        if node is not root:
            node.ends.add(suffix)

    def emit(node: _Node) -> str:
        if "" in node.ends:
            return ""  # a whole word with nothing required after it: enough
        branches = [*sorted(node.ends), *(_spaced(ch) + emit(child) for ch, child in sorted(node.children.items()))]
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" if branches else ""

    return "(?:" + emit(root) + ")"


def _guarded_trie(words: list[str]) -> str:
    """:func:`_trie` behind a lookahead for the first letters of ``words``.

    Under ``re.IGNORECASE`` the engine enters every branch of an
    alternation to test its first letter; the lookahead tests them all at
    once as one character set (which matches whatever the letters match,
    with or without ``IGNORECASE``), so a place where no word starts is
    passed over at the cost of one test.

    >>> _guarded_trie(["năm", "nay", "tới"])
    '(?=[nt])(?:(?:n(?:ay|ăm)|tới))'
    """
    firsts = sorted({word.split()[0][0] for word in words if word.strip()})
    return ("(?=[" + "".join(map(re.escape, firsts)) + "])" if firsts else "") + _trie(words)


def _words(kind: str) -> str:
    """The words of a vocabulary kind as a regex alternation (see :func:`_guarded_trie`)."""
    return _guarded_trie(_vocab().words(kind))


def _expand(pattern: str, frag: Mapping[str, str]) -> str:
    """Replace every ``<<NAME>>`` in ``pattern`` with ``frag[NAME]``."""
    return re.sub(r"<<(\w+)>>", lambda m: frag[m.group(1)], pattern)


_SP = r"[ ]{1,3}"  # a word break: one to three spaces
_OSP = r"[ ]{0,3}"
# A day, a month, a year (1000-2199), each a whole number ("16", not "163").
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?![0-9])"
_MONTH = r"(?:1[0-2]|0?[1-9])(?![0-9])"
_YEAR = r"(?:1[0-9]|20|21)[0-9][0-9](?![0-9])"
# Where a number may start: not inside a word, a number ("1.234", "0,5"), a
# code ("11-NQ/TW", "100/2019") or a clock time.
_NUM_START = r"(?<![\w/.,:-])"
# Where a date may end: not before a letter or digit, "/" (a document code),
# "%", or a ".,:-" that continues a number or a code.
_END = r"(?![\w/%]|[.,:-][^\W_])"
# Number words before "năm" in "ba năm 2024-2026".
_NUMBER_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")


@functools.cache
def _fragments() -> dict[str, str]:
    """The pieces the patterns share (``<<NAME>>`` in a pattern), as regex source."""
    v = _vocab()
    month_names = sorted(v.words("month_name"), key=len, reverse=True)
    frag = {
        "SP": _SP,
        "OSP": _OSP,
        "DAY": _DAY,
        "MONTH": _MONTH,
        "YEAR": _YEAR,
        "NUM_START": _NUM_START,
        "END": _END,
        "WEEKDAY": _words("weekday"),
        # Month names are capitalised: "tháng Bảy", never "tháng bảy lần".
        "MONTH_NAME": "(?-i:" + "|".join(_SP.join(map(re.escape, w.split())) for w in month_names) + r")(?!\w)",
        "DAY_LEAD": _words("day_lead"),
        # "ngày 3/2 hằng năm": after a day or month, it recurs every year (see _annual).
        "ANNUAL": rf"(?:{_SP}(?P<an>{_words('annual')})(?!\w))?",
        "REL_DAY": _words("relative_day"),
        "CUE": _words("cue"),
        "REL_YEAR": _words("relative_year"),
        "SPAN_LEAD": _words("span_lead"),
        "HALF_COUNT": _words("half_count"),
        "PART": _words("part"),
        "ROMAN": "(?-i:" + "|".join(sorted(v.words("roman"), key=len, reverse=True)) + ")",
        "NUMBER_WORD": rf"(?:{_NUM_START}[0-9]{{1,2}}|{_guarded_trie(list(_NUMBER_WORDS))})",
    }
    # A clock time: "15:34", "16:10:37", "16h30", "8h", "8 giờ 30 (phút)",
    # with an optional time of day ("8 giờ sáng") and time zone ("(GMT+7)").
    frag["TIME"] = _expand(
        r"""
        <<NUM_START>>(?P<hh>[01]?[0-9]|2[0-3])
        (?: :(?P<mi>[0-5][0-9])(?::(?P<ss>[0-5][0-9]))?
          | h(?P<mi>[0-5][0-9])?'?
          | <<SP>>giờ(?:<<SP>>(?P<mi>[0-5]?[0-9])(?:<<SP>>phút)?)?
        )(?!\w)
        (?:<<SP>>(?P<ampm><<DAY_LEAD>>|(?-i:AM|PM|SA|CH))(?!\w))?
        (?:<<OSP>>(?: [(\[]?GMT[ ]?[+-][ ]?[0-9]{1,2}(?::?[0-9]{2})?[)\]]?     # (GMT+7)
                    | \+[0-9]{2}:[0-9]{2}(?![0-9])                            # +07:00
        ))?
        """,
        frag,
    )
    # A relative year after "năm": "năm nay", "năm sau" (not "năm sau đó").
    frag["REL_YEAR_WORD"] = _expand(r"(?P<ry><<REL_YEAR>>)(?!\w)(?!<<SP>>(?:đó|kia|nữa)(?!\w))", frag)
    # The year of a month, quarter or half: "/2024", "-2024", "năm 2024",
    # "(2024)", "năm nay".
    frag["YEAR_TAIL"] = _expand(
        r"""
        (?: <<OSP>>[/-]<<OSP>>(?P<y><<YEAR>>)
          | <<OSP>>,?<<SP>>năm<<SP>>(?: (?P<y><<YEAR>>) | <<REL_YEAR_WORD>> )
          | <<OSP>>\(<<OSP>>(?P<y><<YEAR>>)<<OSP>>\)
        )
        """,
        frag,
    )
    # A day and month, maybe a range and a year: "16/7", "6-7/7", "30/5-7/6",
    # "16-7-2024", "16.7.2024", "16 tháng 7 năm 2024".
    frag["DMY"] = _expand(
        r"""
        (?P<d><<DAY>>)
        (?: [ ]?-[ ]?(?P<d2><<DAY>>)                                          # 6-7
          | <<SP>>(?P<to>đến|tới)<<SP>>(?:hết<<SP>>)?(?:ngày<<SP>>)?(?P<d2><<DAY>>)(?=[/.-])  # đến (hết ngày) 17/10
        )?
        (?: [/.-](?P<m><<MONTH>>)
            (?:<<OSP>>-<<OSP>>(?P<d3><<DAY>>)[/.-](?P<m3><<MONTH>>))?         # -7/6
            (?: [/.-](?P<y><<YEAR>>)                                          # /2024
              | <<OSP>>,?<<SP>>năm<<SP>>(?: (?P<y><<YEAR>>) | <<REL_YEAR_WORD>> )
            )?
          | <<SP>>tháng<<SP>>(?P<m><<MONTH>>|<<MONTH_NAME>>)(?:<<YEAR_TAIL>>)?  # 16 tháng 7
        )
        """,
        frag,
    )
    # After a listed day, the days that follow it up to the last, which writes their month:
    # "(ngày 6), 7 và 8/7/2024".
    frag["LISTED_MONTH"] = _expand(
        r"""
        (?=(?:<<OSP>>,<<OSP>><<DAY>>)*                                          # , 7
           <<OSP>>(?:,|và|hoặc)<<OSP>>(?:(?:ngày|mùng|mồng)<<SP>>)?             # và (ngày)
           <<DAY>>[/.-](?P<m><<MONTH>>)(?:[/.-](?P<y><<YEAR>>))?(?![0-9]))       # 8/7(/2024)
        """,
        frag,
    )
    return frag


# ---------------------------------------------------------------------------
# What a match gives: the parts of a date
# ---------------------------------------------------------------------------


class _Parts(NamedTuple):
    """The parts of one date expression, before a year is chosen for it.

    (A named tuple rather than an attrs class: one is built for every match,
    and a tuple is much cheaper to build.)
    """

    precision: Precision
    #: The year as written; for a range of days, the year of its last day.
    year: int | None = None
    #: Years from the reference year ("năm nay" 0, "năm ngoái" -1).
    rel_year: int | None = None
    month: int | None = None
    day: int | None = None
    #: The last day of a range of days ("6-7/7", "30/5-7/6"), or the last
    #: month of a range of months ("tháng 6-7/2024").
    month2: int | None = None
    day2: int | None = None
    #: The quarter (1-4) or half (1-2).
    part: int | None = None
    #: The last year of a span of years.
    year2: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    #: +1 when the text points ahead ("tới"), -1 back ("vừa qua").
    direction: int = 0
    #: The day or month recurs every year ("hằng năm vào ngày 3/2"): no one year is meant.
    annual: bool = False

    @property
    def wraps(self) -> int:
        """1 when a range of days runs into the next year ("30/12-2/1")."""
        return _wraps(self.month, self.day, self.month2, self.day2)


def _wraps(month: int | None, day: int | None, month2: int | None, day2: int | None) -> int:
    """1 when the range of days from ``day/month`` to ``day2/month2`` runs into the next year."""
    if month is None or day is None or month2 is None or day2 is None:
        return 0  # (a range of months stays in its year)
    return int((month2, day2) < (month, day))


class _Context(NamedTuple):
    """Where a match sits, for the builders that look around it."""

    text: str
    start: int
    end: int
    #: The preposition before the match ("từ", "đến"), if any.
    prep: str | None
    #: The match is the whole input of parse_date or anchor: the caller says it
    #: is a date, so the checks for a date in running text are waived.
    standalone: bool


_Builder = Callable[[Mapping[str, str], _Context], "_Parts | None"]


@attrs.frozen
class _Pattern:
    name: str
    source: str
    builder: _Builder


#: The grammar: every form, in order of priority (at one position the first
#: that matches wins). Each may be preceded by a preposition and a modifier.
_PATTERNS: list[_Pattern] = []


def _pattern(source: str) -> Callable[[_Builder], _Builder]:
    """Register ``source`` (a ``re.VERBOSE`` pattern with ``<<FRAGMENT>>``s)
    with the builder it decorates, which turns a match's named groups into
    :class:`_Parts` or rejects it with ``None``."""

    def register(builder: _Builder) -> _Builder:
        _PATTERNS.append(_Pattern(builder.__name__.lstrip("_"), source, builder))
        return builder

    return register


# ---------------------------------------------------------------------------
# Looking around a match
# ---------------------------------------------------------------------------

_PREV_WORD = re.compile(r"(\w+)[ ]{1,3}$")
# After a bare "1-6" with a preposition: a break, a cue or a joining word.
_FOLLOW_OK = re.compile(r"[ ]{0,3}(?:$|[,.;:!?)\"\]\n])|[ ]{1,3}(?:đến|tới|và|hoặc|năm)(?!\w)", re.IGNORECASE)


def _prev_word(ctx: _Context) -> str | None:
    m = _PREV_WORD.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    return m.group(1) if m else None


@functools.cache
def _count_noun() -> re.Pattern[str]:
    return re.compile(_OSP + _words("count_noun") + r"(?!\w)", re.IGNORECASE)


def _count_follows(ctx: _Context) -> bool:
    """Whether a counted noun follows the match ("2025 người", "2-3%")."""
    return _count_noun().match(ctx.text, ctx.end) is not None


def _quantified(ctx: _Context) -> bool:
    """Whether a number or quantifier precedes ("2 năm trước", "những năm trước")."""
    word = _prev_word(ctx)
    return word is not None and (word.isdigit() or _vocab().has("quantifier", word))


@functools.cache
def _day_name() -> re.Pattern[str]:
    """A word before a bare day and month that names the day: "Quốc khánh 2/9", "dịp 30/4"."""
    return re.compile(r"(?<!\w)" + _words("day_name") + r"[ ]{1,3}$", re.IGNORECASE)


@functools.cache
def _event_name() -> re.Pattern[str]:
    """A word that makes a month name after it part of the name of an event ("Cách mạng tháng Tám")."""
    return re.compile(r"(?<!\w)" + _words("event_before_month") + r"[ ]{1,3}$", re.IGNORECASE)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]``, without computing the weekday.

    >>> [_days_in_month(y, 2) for y in (1900, 2000, 2023, 2024)], _days_in_month(2023, 12)
    ([28, 29, 28, 29], 31)
    """
    if not 1 <= month <= 12:
        return calendar.monthrange(year, month)[1]  # raises calendar.IllegalMonthError
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month]


def _valid_day(year: int | None, month: int, day: int) -> bool:
    return 1 <= day <= _days_in_month(2000 if year is None else year, month)


def _int(g: Mapping[str, str], name: str) -> int | None:
    return int(g[name]) if name in g else None


def _month_number(word: str) -> int:
    return int(word) if word.isdigit() else int(_vocab().value("month_name", word))


def _rel_year(g: Mapping[str, str]) -> int | None:
    return int(_vocab().value("relative_year", g["ry"])) if "ry" in g else None


def _direction(g: Mapping[str, str]) -> int:
    """+1 / -1 where the text places the date ahead of or behind "now"."""
    if "cue" in g:
        return int(_vocab().value("cue", g["cue"]))
    if "rd" in g:  # "Chiều qua (6/7)", "Sáng mai (8/7)"
        days = int(_vocab().value("relative_day", g["rd"]))
        return (days > 0) - (days < 0)
    return 0


def _clock(g: Mapping[str, str]) -> tuple[int | None, int | None, int | None]:
    """Hour, minute and second of the match's clock time, on a 24-hour clock."""
    if "hh" not in g:
        return None, None, None
    hour = int(g["hh"])
    ampm = g.get("ampm", "")
    kind = {"AM": "am", "SA": "am", "PM": "pm", "CH": "pm"}.get(ampm) or (
        _vocab().value("day_lead", ampm) if ampm else ""
    )
    if (kind == "pm" and hour < 12) or (kind == "noon" and hour < 6) or (kind == "night" and 6 <= hour < 12):
        hour += 12
    return hour, _int(g, "mi") or 0, _int(g, "ss")


# ---------------------------------------------------------------------------
# The grammar: patterns and their builders, in order of priority
# ---------------------------------------------------------------------------


@_pattern(
    r"""
    <<NUM_START>>(?P<y><<YEAR>>)-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12][0-9]|0[1-9])    # 2024-07-16
    (?:[T ](?P<hh>[01][0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::(?P<ss>[0-5][0-9]))?        # T05:20:00
       (?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?                                    # .123+07:00
    <<END>>
    """
)
def _iso(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """An ISO 8601 date or timestamp."""
    year, month, day = int(g["y"]), int(g["m"]), int(g["d"])
    if not _valid_day(year, month, day):
        return None
    hour, minute, second = _clock(g)
    precision = _P_DAY if hour is None else _P_DATETIME
    return _Parts(precision, year=year, month=month, day=day, hour=hour, minute=minute, second=second)


@_pattern(
    r"""
    (?:(?P<lead><<SPAN_LEAD>>)<<SP>>)?(?:(?P<lead><<NUMBER_WORD>><<SP>>năm)<<SP>>)?  # kế hoạch, nhiệm kỳ | 5 năm
    (?: \((?P<po>)<<OSP>>(?:năm<<SP>>)?(?P<y><<YEAR>>)<<OSP>>-<<OSP>>(?P<y2><<YEAR>>)<<OSP>>\)  # (2021-2026)
      | <<NUM_START>>(?:năm<<SP>>)?(?P<y><<YEAR>>)                        # 2020 - 2025
        (?: <<OSP>>-<<OSP>> | <<SP>>(?:đến|tới)<<SP>>(?:năm<<SP>>)? )    # 2021 đến năm 2025
        (?P<y2><<YEAR>>)
    )
    <<END>>
    """
)
def _span(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """A span of years: "nhiệm kỳ 2020 - 2025", "(2021-2026)"."""
    first, last = int(g["y"]), int(g["y2"])
    led = "lead" in g or "po" in g or ctx.prep is not None or ctx.standalone
    if not first < last <= first + (100 if led else 30):
        return None
    if not led and (not 1900 <= first <= 2099 or _count_follows(ctx)):
        return None
    return _Parts(_P_YEARS, year=first, year2=last)


@_pattern(
    r"""
    <<NUM_START>>
    (?: (?P<n><<HALF_COUNT>>)<<SP>>tháng<<SP>>(?P<p><<PART>>)<<SP>>(?:của<<SP>>)?năm   # 6 tháng đầu năm
      | (?:những|các)<<SP>>tháng<<SP>>(?P<p><<PART>>)<<SP>>năm                        # những tháng cuối năm
      | nửa<<SP>>(?P<p><<PART>>)<<SP>>năm                                             # nửa đầu năm
      | nửa<<SP>>năm<<SP>>(?P<p><<PART>>)                                             # nửa năm đầu
      | (?P<n>6|sáu)<<SP>>tháng<<SP>>năm(?=<<SP>><<YEAR>>)                            # 6 tháng năm 2024
    )
    (?!<<SP>>(?:học|tài<<SP>>chính)(?!\w))                                             # not "năm học"
    (?: <<SP>>(?P<y><<YEAR>>)                                                           # ... 2024
      | <<OSP>>\(<<OSP>>(?P<y><<YEAR>>)<<OSP>>\)                                        # ... (2024)
      | <<OSP>>[/-]<<OSP>>(?P<y><<YEAR>>)                                               # ... /2024
      | <<SP>><<REL_YEAR_WORD>>                                                         # ... nay
    )?
    (?!\w)<<END>>
    """
)
def _half(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """A half-year; "3 tháng đầu/cuối năm" is the first/last quarter."""
    part = int(_vocab().value("part", g["p"])) if "p" in g else 1
    months = int(_vocab().value("half_count", g["n"])) if "n" in g else 6
    if months == 3:
        return _Parts(_P_QUARTER, year=_int(g, "y"), rel_year=_rel_year(g), part=1 if part == 1 else 4)
    return _Parts(_P_HALF, year=_int(g, "y"), rel_year=_rel_year(g), part=part)


@_pattern(
    r"""
    (?<!\w)
    (?: quý<<SP>>(?P<q><<ROMAN>>|[1-4])(?!\w)                                         # quý II, quý 3
        (?: <<YEAR_TAIL>> | <<SP>>(?P<y><<YEAR>>) )?                                    # /2024, năm 2024
      | (?-i:Q)(?P<q>[1-4])<<OSP>>[/-]<<OSP>>(?P<y><<YEAR>>)                            # Q2/2024
    )
    (?:<<SP>>(?P<cue><<CUE>>)(?!\w))?                                                  # tới, vừa qua
    <<END>>
    """
)
def _quarter(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """A quarter: "quý II/2024", "quý I-2023", "quý 3/2017", "quý I"."""
    q = g["q"]
    quarter = int(q) if q.isdigit() else int(_vocab().value("roman", q))
    return _Parts(_P_QUARTER, year=_int(g, "y"), rel_year=_rel_year(g), part=quarter, direction=_direction(g))


@_pattern(
    r"""
    (?<!\w)cùng<<SP>>kỳ<<SP>>năm<<SP>>(?: (?P<y><<YEAR>>) | (?P<ry>ngoái|trước)(?!\w) )   # cùng kỳ năm ngoái
    <<END>>
    """
)
def _same_period(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """The same period of an earlier year: its year."""
    return _Parts(_P_YEAR, year=_int(g, "y"), rel_year=_rel_year(g))


@_pattern(
    r"""
    (?:(?P<dl><<DAY_LEAD>>)(?!\w)<<OSP>>,?<<SP>>)?                            # Sáng
    (?P<ng>ngày|mùng|mồng)<<SP>>(?P<d><<DAY>>)                                 # ngày 6
    <<LISTED_MONTH>>                                                           # (, 7) và 8/7(/2024)
    <<END>>
    """
)
def _listed_day(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """The first of days that share the month written after the last: "ngày 6" in
    "ngày 6 và 7/7/2024" or "ngày 6, 7 và 8/7" (the last is read as a day of its own)."""
    year, month, day = _int(g, "y"), int(g["m"]), int(g["d"])
    if not _valid_day(year, month, day):
        return None
    return _Parts(_P_DAY, year=year, month=month, day=day)


@_pattern(
    r"""
    <<NUM_START>>(?P<d><<DAY>>)                                                # 7
    <<LISTED_MONTH>>                                                           # và 8/7(/2024)
    <<END>>
    """
)
def _listed_middle(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """A bare day between the first of listed days and the last, which writes their month:
    "7" in "ngày 6, 7 và 8/7". (Only after "ngày 6," : "có 5, 6 và 7/7" is no list of days.)"""
    if not _LISTED_DAY.search(ctx.text, max(0, ctx.start - 40), ctx.start):
        return None
    return _listed_day(g, ctx)


@_pattern(
    r"""
    (?:(?P<pt><<TIME>>)(?:<<OSP>>[,|-]<<OSP>>|<<SP>>)(?:(?:ngày|hôm)<<SP>>)?)?  # 15:34 01/12/2023 | 16h30 ngày
    (?:(?P<wd><<WEEKDAY>>)(?!\w)(?:<<OSP>>,<<OSP>>|<<SP>>-<<SP>>|<<SP>>))?     # Thứ 3, | Chủ nhật
    (?:(?P<dl><<DAY_LEAD>>)(?:<<SP>>(?P<rd><<REL_DAY>>))?(?!\w)<<OSP>>,?<<SP>>)?   # Sáng | Chiều nay | hôm qua
    (?:(?P<wd><<WEEKDAY>>)(?!\w)(?:<<OSP>>,<<OSP>>|<<SP>>))?                   # Sáng thứ Hai
    (?:(?P<ng>ngày|mùng|mồng)<<SP>>)?                                          # ngày | mùng
    (?: \((?P<po>)<<OSP>><<DMY>><<OSP>>\)                                       # (27/6)
      | <<NUM_START>>(?<!tháng[ ])(?<!tháng[ ]{2})(?<!tháng[ ]{3})<<DMY>>          # not "tháng 6-7/2024"
    )
    (?:(?:<<OSP>>[,|-]<<OSP>>|<<SP>>)(?:lúc<<SP>>)?(?P<at><<TIME>>))?             # , 13:54 (GMT+7) | 16:10:37
    (?:<<SP>>(?P<cue><<CUE>>)(?!\w))?                                          # tới, vừa qua
    <<ANNUAL>>                                                                 # hằng năm
    (?!<<OSP>>\(?(?:âm<<SP>>lịch|ÂL)(?!\w))                                     # not a lunar date
    <<END>>
    """
)
def _day(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """A day, a range of days, or a day with a clock time."""
    year = _int(g, "y")
    day, month = int(g["d"]), _month_number(g["m"])
    day2 = month2 = None
    if "d3" in g:  # 30/5-7/6
        day2, month2 = int(g["d3"]), int(g["m3"])
    elif "d2" in g:  # 6-7/7, 15 đến 17/10
        day2, month2 = int(g["d2"]), month
        if day2 <= day:
            return None
    # A range's written year is that of its last day.
    if not _valid_day(None if year is None else year - _wraps(month, day, month2, day2), month, day):
        return None
    if month2 is not None and day2 is not None and not _valid_day(year, month2, day2):
        return None
    if "wd" in g and _vocab().has("ordinal_head", _prev_word(ctx)):
        return None  # "lần thứ năm, ..." is an ordinal, not Thursday
    led = "pt" in g or "wd" in g or "dl" in g or "ng" in g or "po" in g or "at" in g
    # A bare "1-6" is a date only after a preposition and before a break or
    # a cue ("từ 1-6 tới"): not "từ 2-3 lần", "9/11 dự án", "2-3%".
    # A range after a preposition is a date wherever it stands ("từ 15-17/7 tại").
    bare = year is None and "ry" not in g and not led and not ctx.standalone
    if bare and _LISTED_DAY.search(ctx.text, max(0, ctx.start - 40), ctx.start):
        bare = False  # "ngày 6 và 7/7": the second of two listed days
    if bare and _day_name().search(ctx.text, max(0, ctx.start - 30), ctx.start):
        bare = False  # "Quốc khánh 2/9", "dịp 30/4": a day named by its holiday or occasion
    if bare and _SHARE_OF.match(ctx.text, ctx.end):
        return None  # "từ 2 đến 3/4 số xã": a fraction, not days
    if bare and (ctx.prep is None or not (month2 or "cue" in g or _FOLLOW_OK.match(ctx.text, ctx.end))):
        return None
    hour, minute, second = _clock(g) if month2 is None else (None, None, None)
    return _Parts(
        _P_DAY if hour is None else _P_DATETIME,
        year=year, rel_year=_rel_year(g), month=month, day=day, month2=month2, day2=day2,
        hour=hour, minute=minute, second=second, direction=_direction(g),
    )  # fmt: skip


@_pattern(
    r"""
    (?<![0-9][ ])(?<!\w)
    tháng<<SP>>(?P<m><<MONTH>>|<<MONTH_NAME>>)                                 # tháng 7, tháng Bảy
    (?:[ ]?-[ ]?(?P<m2><<MONTH>>))?                                            # tháng 6-7
    (?:<<YEAR_TAIL>>)?                                                         # /2024, năm 2024
    (?:<<SP>>(?P<cue><<CUE>>)(?!\w))?                                          # tới, vừa qua
    <<ANNUAL>>                                                                 # hằng năm
    (?!<<OSP>>\(?(?:âm<<SP>>lịch|ÂL)(?!\w))                                     # not a lunar month
    <<END>>
    """
)
def _month(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """A month or a range of months: "tháng 7/2024", "tháng 7 năm 2024",
    "Tháng Tám", "tháng 12", "tháng 6-7/2024"."""
    year, month, last = _int(g, "y"), _month_number(g["m"]), _int(g, "m2")
    if year is None and "ry" not in g and not ctx.standalone and (_quantified(ctx) or _count_follows(ctx)):
        return None  # "mỗi tháng 2 lần"
    if (last is not None and last <= month) or _key(_prev_word(ctx) or "") == "rằm":
        return None  # "Rằm tháng Bảy" is a lunar month
    if not g["m"].isdigit() and year is None and _event_name().search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return None  # "Cách mạng tháng Tám" names an event, not a month of the text's year
    return _Parts(_P_MONTH, year=year, rel_year=_rel_year(g), month=month, month2=last, direction=_direction(g))


@_pattern(
    r"""
    (?: \((?P<po>)<<OSP>>(?P<m><<MONTH>>)/(?P<y><<YEAR>>)<<OSP>>\)             # (12/2016)
      | <<NUM_START>>(?P<m><<MONTH>>)/(?P<y><<YEAR>>)                           # 5/2010
    )
    <<END>>
    """
)
def _month_year(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """A month and year without "tháng"; not a document number ("số 12/2019")."""
    year = int(g["y"])
    if not 1900 <= year <= 2099 or _key(_prev_word(ctx) or "") in ("số", "no"):
        return None
    return _Parts(_P_MONTH, year=year, month=int(g["m"]))


@_pattern(
    r"""
    (?<!\w)năm<<SP>>(?: (?P<y><<YEAR>>) | <<REL_YEAR_WORD>> )                  # năm 2023, năm nay
    <<END>>
    """
)
def _year(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """A year after "năm", or a year relative to the reference ("năm ngoái")."""
    if "ry" in g:
        if _key(g["ry"]) not in _vocab().standalone_years or _quantified(ctx):
            return None  # "năm tới" is too vague alone; "2 năm trước" is a duration
        return _Parts(_P_YEAR, None, _rel_year(g))
    year = int(g["y"])  # (the pattern has a year where it has no "ry")
    if year % 10 == 0 and _vocab().has("quantifier", _prev_word(ctx)):
        return None  # "những năm 1990" is a decade
    return _Parts(_P_YEAR, year)


@_pattern(
    r"""
    (?: \((?P<po>)<<OSP>>(?P<y><<YEAR>>)<<OSP>>\)                              # (2024)
      | <<NUM_START>>(?P<y><<YEAR>>)                                            # Bước sang 2024
    )
    <<END>>
    """
)
def _bare_year(g: Mapping[str, str], ctx: _Context) -> _Parts | None:
    """A year alone: in brackets, after a preposition ("đến 2030") or a proper
    noun ("Expo 2025"), and not counting something ("2025 người")."""
    year = int(g["y"])
    if not 1900 <= year <= 2099 or _count_follows(ctx):
        return None
    word = _prev_word(ctx)
    proper_noun = word is not None and word[0].isupper() and not _vocab().has("quantifier", word)
    listed = _LISTED_YEAR.search(ctx.text, max(0, ctx.start - 80), ctx.start) is not None
    if "po" in g or ctx.prep is not None or ctx.standalone or proper_noun or listed:
        return _Parts(_P_YEAR, year=year)
    return None


# "số" after a fraction: "3/4 số xã" is three quarters of the communes.
_SHARE_OF = re.compile(r"[ ]{1,3}số(?!\w)", re.IGNORECASE)
# A day listed before another that writes the month: "ngày 6 và " before "7/7", "ngày 6, 7, " before "8/7".
_LISTED_DAY = re.compile(
    r"(?<!\w)(?:ngày|mùng|mồng)[ ]{1,3}(?:[12][0-9]|3[01]|0?[1-9])"
    r"(?:[ ]{0,3},[ ]{0,3}(?:[12][0-9]|3[01]|0?[1-9]))*[ ]{0,3}(?:,|và|hoặc)[ ]{0,3}$",
    re.IGNORECASE,
)
# Years listed after "năm": "năm 2023, 2024 và 2025".
_LISTED_YEAR = re.compile(
    r"(?<!\w)năm[ ]{1,3}[0-9]{4}(?:[ ]{0,3}(?:,|và|hoặc)[ ]{0,3}[0-9]{4})*[ ]{0,3}(?:,|và|hoặc)[ ]{0,3}$", re.IGNORECASE
)


# ---------------------------------------------------------------------------
# The compiled grammar
# ---------------------------------------------------------------------------


@attrs.frozen
class _Alternative:
    """One pattern of the table, compiled on its own with its named groups."""

    builder: _Builder
    detail: re.Pattern[str]
    #: The base name of each group of ``detail`` ("y" for every year), last first.
    names: tuple[str, ...]


@attrs.frozen
class _Grammar:
    #: All patterns in one alternation, each wrapped in one group and without
    #: other groups (fewer groups, faster backtracking); the pattern that
    #: matched is re-run as its ``detail`` regex to read its groups.
    regex: re.Pattern[str]
    #: Alternative by the index of the group that wraps it in ``regex``.
    alternatives: Mapping[int, _Alternative]
    #: The pre-filter (see :func:`_starts_regex`).
    starts: re.Pattern[str]
    #: Prepositions and modifiers that start nothing alone, and what must
    #: follow one of them (see :func:`_lead_follows`).
    only_leads: frozenset[str]
    lead_follows: re.Pattern[str]


_FLAGS = re.VERBOSE | re.IGNORECASE
#: The number of the grammar's group "prep" (read by number: a little faster).
_PREP_GROUP = 2
#: The number of the grammar's group "annual".
_ANNUAL_GROUP = 1
_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")
_VERBOSE_SPACE = " \t\n\r\f\v"


def _optional_as_branch(source: str) -> str:
    """``source`` (a ``re.VERBOSE`` pattern) with every optional group ``(...)?`` written
    as the alternation ``(?:(...)|)``, and without the whitespace and comments of verbose
    mode.

    Both try the group first, then nothing, so they match the same text with the same
    groups; but ``re`` runs ``?`` on a group with a repeat context (allocated on the heap
    each time it is entered, and under which every alternation inside saves all marks),
    and an alternation with neither. Lazy ``??`` and possessive ``?+`` are left alone.

    >>> _optional_as_branch("(?:a[)?]b)? (?P<x>c)? [(]? (e)?? # (d)?")
    '(?:a[)?]b|)(?:(?P<x>c)|)[(]?(e)??'
    """
    out: list[str] = []
    opened: list[int] = []  # where each open group starts in ``out``
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            out.append(source[i : i + 2])
            i += 2
        elif ch in _VERBOSE_SPACE:
            i += 1
        elif ch == "#":
            end = source.find("\n", i)
            i = n if end < 0 else end + 1
        elif ch == "[":  # a class, copied as it is ("]" right after "[" or "[^" is literal)
            j = i + 1 + (source.startswith("^", i + 1))
            j += source.startswith("]", j)
            while source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            out.append(source[i : j + 1])
            i = j + 1
        elif ch == "(":
            opened.append(len(out))
            out.append(ch)
            i += 1
        elif ch == ")":
            start = opened.pop()
            out.append(ch)
            i += 1
            while i < n and source[i] in _VERBOSE_SPACE:
                i += 1
            if source.startswith("?", i) and not source.startswith(("??", "?+"), i):
                group = "".join(out[start:])
                del out[start:]
                out.append(group[:-1] + "|)" if group.startswith("(?:") else "(?:" + group + "|)")
                i += 1
        else:
            out.append(ch)
            i += 1
    assert not opened, "unbalanced parentheses"
    return "".join(out)


@functools.cache
def _grammar() -> _Grammar:
    """Compile :data:`_PATTERNS` (once, on first use)."""
    frag = _fragments()
    branches = []
    alternatives = []
    for i, pattern in enumerate(_PATTERNS):
        source = _expand(pattern.source, frag)
        branches.append(f"(?P<alt{i}>{_NAMED_GROUP.sub('(?:', source)}\n)")
        # Fragments repeat group names ("y" in several places): number them.
        counter = itertools.count()
        bases: dict[str, str] = {}

        def rename(m: re.Match[str], bases: dict[str, str] = bases, counter: Iterator[int] = counter) -> str:
            unique = f"g{next(counter)}"
            bases[unique] = m.group(1)
            return f"(?P<{unique}>"

        detail = re.compile(_optional_as_branch(_NAMED_GROUP.sub(rename, source)), _FLAGS)
        names = sorted(bases, key=detail.groupindex.__getitem__)
        assert [detail.groupindex[n] for n in names] == list(range(1, detail.groups + 1)), "only named groups"
        alternatives.append(_Alternative(pattern.builder, detail, tuple(bases[n] for n in reversed(names))))
    regex = re.compile(
        _optional_as_branch(
            r"(?<!\w)"  # every date starts a word
            # "hằng năm (vào dịp)": a day or month that recurs (see _annual)
            rf"(?P<annual>{_words('annual')}(?!\w){_OSP},?{_SP}(?:(?:(?:vào|nhân){_SP})?dịp{_SP})?)?"
            rf"(?:(?P<prep>{_words('preposition')})(?!\w){_SP})?"  # từ, đến, trước ...
            rf"(?:(?P<mod>{_words('modifier')})(?!\w){_SP})?"  # đầu, cuối, giữa
            "(?:" + "|".join(branches) + ")"
        ),
        _FLAGS,
    )
    assert regex.groupindex["prep"] == _PREP_GROUP and regex.groupindex["annual"] == _ANNUAL_GROUP
    by_index = {regex.groupindex[f"alt{i}"]: alt for i, alt in enumerate(alternatives)}
    return _Grammar(regex, by_index, _starts_regex(), *_lead_follows())


# ---------------------------------------------------------------------------
# The pre-filter: where a date may start
# ---------------------------------------------------------------------------

# Words that start a pattern by themselves (besides digits and "(").
_FREE_STARTS = ("tháng", "quý", "năm", "cùng kỳ", "nửa", "những tháng", "các tháng", "sáu tháng", "ba tháng")
# Words that start a pattern only with a digit or "(" close behind them.
_DIGIT_LED_STARTS = ("ngày", "mùng", "mồng", *(f"{w} năm" for w in _NUMBER_WORDS))


# The pre-filter reads the text :func:`~vnpolparse.text.lower_as_re`, so that it need know
# only the lower-case spelling of each word while the grammar ignores case ("CÙNG kỳ").


def _start_words() -> tuple[dict[str, str], set[str]]:
    """Every first word of a pattern (in each spelling), with what must follow
    it; and the prepositions and modifiers, which must be followed by one."""
    v = _vocab()
    # A number followed by a day/month separator and a number ("16/7",
    # "6-7"), "/" and a year ("5/2010"), a clock mark ("15:34", "16h30", "8
    # giờ"), "tháng"/"năm" ("6 tháng", "3 năm"), "đến" ("15 đến 17/10"), another listed day ("7, 8/7");
    # or four digits (a year).
    # (No pattern starts with a number of three digits, "100%", "657.000".)
    number = r"""(?<![/.,:-][0-9])
        (?: [0-9]?(?: [ ]?[/.-][ ]?[0-9]{1,2}(?![0-9]) | /[0-9]{4}(?![0-9]) | :[0-5][0-9] | [hH](?:[0-5][0-9])?(?!\w)
                    | [ ]{1,3}(?i:giờ|tháng|năm|đến|tới)(?!\w)
                    | [ ]{0,3}(?:,|và|hoặc)[ ]{0,3}[0-9] )                 # a listed day: "ngày 6, 7 và 8/7"
          | [0-9]{3}(?![0-9]) )"""
    # Lead words come at most some 70 characters before the first digit.
    digit_near = r"(?=[^\n]{0,80}?[0-9(])"
    starts: dict[str, str] = {d: number for d in "0123456789"}
    # "(" opens a date only before a number or "năm" ("(27/6)", "(năm 2021-2026)").
    starts.update({"(": r"(?=[ ]{0,3}(?:[0-9]|(?i:năm)))", "q": "[1-4]"})
    leads = {w.lower() for w in v.words("preposition") + v.words("modifier")}
    for word in [*_DIGIT_LED_STARTS, *v.words("weekday"), *v.words("day_lead"), *v.words("annual")]:
        starts[word.lower()] = digit_near
    # A span lead ("kế hoạch", "giai đoạn") starts only a span of years: a year, "("
    # or a count of years ("5 năm", "năm năm") comes next. (A word with another
    # role keeps the looser test.)
    number_words = "(?i:" + _trie(list(_NUMBER_WORDS)) + ")"
    after_span_lead = rf"(?=[ ]{{1,3}}(?:[0-9(]|{number_words}))"
    for word in map(str.lower, v.words("span_lead")):
        starts.setdefault(word, digit_near if word in leads else after_span_lead)
    # "năm" starts a year ("năm 2023", "năm nay") or a span ("năm học 2023-2024",
    # "năm năm 2021-2025"); "cùng kỳ" only "cùng kỳ năm ...".
    year_next = [*_NUMBER_WORDS, *v.words("relative_year")]
    year_next += [w.split(None, 1)[1] for w in v.words("span_lead") if w.split()[0] == "năm" and " " in w]
    after = {
        "năm": rf"(?=[ ]{{1,3}}(?:[0-9(]|(?i:{_trie(year_next)})))",
        "cùng kỳ": r"(?=[ ]{1,3}(?i:năm))",
    }
    for word in _FREE_STARTS:  # after the span leads: "năm nay" has no digit
        starts[word] = after.get(word, "")
    return starts, leads


def _non_word_class() -> str:
    """A character class of every character ``\\W`` matches (and all of the
    astral planes), as ranges: ``re`` tests it with a lookup table, much
    faster than the Unicode category test of ``\\W``."""
    ranges = []
    start = None
    for cp in range(0x10000):
        non_word = not (0xD800 <= cp <= 0xDFFF or chr(cp).isalnum() or cp == 0x5F)
        if non_word and start is None:
            start = cp
        elif not non_word and start is not None:
            ranges.append((start, cp - 1))
            start = None
    if start is not None:
        ranges.append((start, 0xFFFF))
    ranges.append((0x10000, 0x10FFFF))
    return "[" + "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in ranges) + "]"


def _starts_regex() -> re.Pattern[str]:
    """The pre-filter: a non-word character followed by what may start a match,
    captured in a lookahead (only the character is consumed: the match ends
    where a date may start).

    It must accept every position where a pattern can match (the tests check
    it against a plain search). All first words are in one trie, so that
    ``re`` tries one branch per character, and the leading class lets it
    skip quickly to the next word start; a lookahead for the first letters
    (which the trie implies) rejects most places at once. A preposition or
    modifier need only be followed by a plausible first character here;
    :func:`_lead_follows` checks it properly. (Position 0 is tried separately.)
    Both read the text :func:`~vnpolparse.text.lower_as_re`, so that they list each word once.
    """
    starts, leads = _start_words()
    first_chars = "".join(sorted({re.escape(w[0]) for w in (*starts, *leads)}))
    for word in leads:
        starts.setdefault(word, rf"(?=[ ]{{1,3}}[{first_chars}])")
    return re.compile(_non_word_class() + f"(?=[{first_chars}])(?=(" + _first_letter_trie(starts) + "))", re.VERBOSE)


def _first_letter_trie(words: Mapping[str, str]) -> str:
    """``_trie(words, prefixes=True)`` with its first level laid out for speed.

    ``re`` tests the branches of an alternation one after the other, each
    until its first character fails, and all of them where no word matches,
    as at most places the pre-filter tries. The branches for the lower-case
    first letters (most words) come first; the others stand behind one
    lookahead for their first characters, and first characters followed by
    the same branch (the digits) share one class. The branches start with
    different characters, so at most one can match: their order and grouping
    change nothing else.

    >>> _first_letter_trie({"năm": "", "NĂM": "", "tháng": "", "1": "x", "2": "x"})
    '(?:năm|tháng|(?=[12N])(?:[12]x|NĂM))'
    """
    by_rest: dict[str, list[str]] = {}
    for first in sorted({word[0] for word in words}):
        branch = _trie({w: s for w, s in words.items() if w[0] == first}, prefixes=True)
        head = "(?:" + re.escape(first)
        assert branch.startswith(head) and branch.endswith(")"), "one branch"
        by_rest.setdefault(branch[len(head) : -1], []).append(first)
    lower, other = [], []
    for rest, firsts in by_rest.items():
        chars = "".join(map(re.escape, firsts))
        branch = (chars if len(firsts) == 1 else f"[{chars}]") + rest
        if all(first.islower() for first in firsts):
            lower.append(branch)
        else:
            other.append((chars, branch))
    if other:
        lower.append("(?=[" + "".join(c for c, _ in other) + "])(?:" + "|".join(b for _, b in other) + ")")
    return "(?:" + "|".join(lower) + ")"


def _lead_follows() -> tuple[frozenset[str], re.Pattern[str]]:
    """The prepositions and modifiers that start no pattern by themselves,
    and what must follow one of them: another, or a first word of a pattern."""
    starts, leads = _start_words()
    follow = _trie(starts, prefixes=True) + "|" + _trie(dict.fromkeys(leads, ""), prefixes=True)
    only_leads = frozenset(w for w in leads if not any(w.startswith(s) for s in starts))
    return only_leads, re.compile(r"[ ]{1,3}(?:" + follow + ")", re.VERBOSE)


# ---------------------------------------------------------------------------
# Scanning
# ---------------------------------------------------------------------------


def _match_parts(
    m: re.Match[str], text: str, *, standalone: bool = False, alternatives: Mapping[int, _Alternative] | None = None
) -> _Parts | None:
    """Run the builder of the pattern that matched ``m`` (``alternatives``: the
    grammar's, passed by a caller that has them at hand)."""
    index = m.lastindex or 0
    alternative = (_grammar().alternatives if alternatives is None else alternatives)[index]
    start, end = m.span()
    d = alternative.detail.match(text, m.start(index), m.endpos)
    assert d is not None and d.end() == end, "a pattern matches alone as in the alternation"
    # Each base name gets its first group that matched (hence the reversed order).
    groups = {name: value for name, value in zip(alternative.names, d.groups()[::-1], strict=True) if value is not None}
    lead = m.end(_ANNUAL_GROUP)  # the builders look around the date itself, after "hằng năm (vào dịp)"
    context = _Context(text, start if lead < 0 else lead, end, m.group(_PREP_GROUP), standalone)
    parts = alternative.builder(groups, context)
    return parts if parts is None or (lead < 0 and "an" not in groups) else _annual(parts)


def _annual(parts: _Parts) -> _Parts:
    """``parts`` with "hằng năm" before or after: a day or month without a written year recurs every year.

    >>> _annual(_Parts(_P_DAY, month=2, day=3)).annual, _annual(_Parts(_P_DAY, year=2024, month=2, day=3)).annual
    (True, False)
    """
    if parts.year is not None or parts.rel_year is not None or parts.precision not in (_P_DAY, _P_MONTH):
        return parts
    return parts._replace(annual=True)


def _matches(text: str) -> Iterator[tuple[int, int, _Parts]]:
    """Every date expression in ``text``, left to right, not overlapping.

    The same as searching with the grammar's regex from each position in
    turn, but the regex is only tried where the pre-filter finds a word that
    can start a date. (The pre-filter consumes one character per hit, so
    ``finditer`` yields every hit in order; those inside a date are passed over.)
    The pre-filter reads ``text`` :func:`~vnpolparse.text.lower_as_re`, the grammar ``text`` itself.
    """
    grammar = _grammar()
    match, follows, only_leads = grammar.regex.match, grammar.lead_follows.match, grammar.only_leads
    alternatives = grammar.alternatives
    pos = 0
    if text:  # the pre-filter looks for a character before the word: position 0 is always tried
        m = match(text, 0)
        if m is not None and (parts := _match_parts(m, text, alternatives=alternatives)) is not None:
            pos = m.end()
            yield 0, pos, parts
    lowered = lower_as_re(text)
    for hit in grammar.starts.finditer(lowered):
        start = hit.end()
        if start < pos:
            continue
        word_end = hit.end(1)
        if lowered[start:word_end] in only_leads and not follows(lowered, word_end):
            continue
        if (m := match(text, start)) is None:
            continue
        parts = _match_parts(m, text, alternatives=alternatives)
        if parts is None:  # rejected by its builder: look on from the next character
            continue
        pos = m.end()
        yield start, pos, parts


# ---------------------------------------------------------------------------
# From parts to a DateMention
# ---------------------------------------------------------------------------


class _Rendered(NamedTuple):
    value: str
    start: dt.date | None
    end: dt.date | None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _days_in_month(year, month))


_PADDED = tuple(f"{i:02d}" for i in range(100))


def _pad2(n: int) -> str:
    """``f"{n:02d}"``, from a table (a format spec is slow to apply in comparison).

    >>> _pad2(7), _pad2(12), _pad2(123)
    ('07', '12', '123')
    """
    return _PADDED[n] if 0 <= n < 100 else f"{n:02d}"


def _pad4(n: int) -> str:
    """``f"{n:04d}"``.

    >>> _pad4(2024), _pad4(999)
    ('2024', '0999')
    """
    return str(n) if 1000 <= n <= 9999 else f"{n:04d}"


@functools.lru_cache(maxsize=256)
def _year_rendered(year: int) -> _Rendered:
    """The rendering of a year (cached by the year: a text names few)."""
    return _Rendered(_pad4(year), dt.date(year, 1, 1), dt.date(year, 12, 31))


def _render(parts: _Parts, year: int | None) -> _Rendered | None:
    """The value, first and last day of ``parts`` with ``year`` as the year of
    its first day (``None``: unknown), or ``None`` if that day does not exist
    (29 February)."""
    p = parts.precision
    if p is _P_YEAR:
        return _Rendered("--", None, None) if year is None else _year_rendered(year)
    prefix = "-" if year is None else _pad4(year)
    if p is _P_YEARS:
        assert parts.year is not None and parts.year2 is not None
        return _Rendered(
            _pad4(parts.year) + "/" + _pad4(parts.year2), dt.date(parts.year, 1, 1), dt.date(parts.year2, 12, 31)
        )
    if p is _P_QUARTER or p is _P_HALF:
        assert parts.part is not None
        letter, months = ("Q", 3) if p is _P_QUARTER else ("H", 6)
        value = f"{prefix}-{letter}{parts.part}"
        if year is None:
            return _Rendered(value, None, None)
        last = parts.part * months
        return _Rendered(value, dt.date(year, last - months + 1, 1), _month_end(year, last))
    month = parts.month
    assert month is not None
    if p is _P_MONTH:
        last = parts.month2 or month
        value = prefix + "-" + _pad2(month) + ("" if last == month else "/" + prefix + "-" + _pad2(last))
        return _Rendered(
            value,
            None if year is None else dt.date(year, month, 1),
            None if year is None else _month_end(year, last),
        )
    day = parts.day
    assert day is not None
    if year is not None and not _valid_day(year, month, day):
        return None
    value = prefix + "-" + _pad2(month) + "-" + _pad2(day)
    start = end = None if year is None else dt.date(year, month, day)
    if parts.hour is not None:
        value += "T" + _pad2(parts.hour) + ":" + _pad2(parts.minute or 0)
        if parts.second is not None:
            value += ":" + _pad2(parts.second)
    month2, day2 = parts.month2, parts.day2
    if month2 is not None and day2 is not None:
        year2 = None if year is None else year + parts.wraps
        if year2 is not None and not _valid_day(year2, month2, day2):
            return None
        value += "/" + ("-" if year2 is None else _pad4(year2)) + "-" + _pad2(month2) + "-" + _pad2(day2)
        end = None if year2 is None else dt.date(year2, month2, day2)
    return _Rendered(value, start, end)


def _resolve(parts: _Parts, reference: dt.date | None) -> tuple[_Rendered, bool] | None:
    """Render ``parts`` with its year: the written one, else the reference's
    (rolled over where the text points past or ahead of the reference).
    Returns the rendering and whether the year was inferred; ``None`` when
    the reference's year has no such day."""
    if parts.year is not None:
        rendered = _render(parts, parts.year - parts.wraps)
        return None if rendered is None else (rendered, False)
    if reference is None or parts.annual:  # (a day that recurs every year keeps no year)
        rendered = _render(parts, None)
        return None if rendered is None else (rendered, False)
    year = reference.year + (parts.rel_year or 0)
    rendered = _render(parts, year)
    first_day = None if rendered is None else rendered.start
    if first_day is not None and parts.rel_year is None:
        if parts.direction > 0 and first_day < reference:
            rendered = _render(parts, year + 1)
        elif parts.direction < 0 and first_day > reference:
            rendered = _render(parts, year - 1)
    return None if rendered is None else (rendered, True)


def _mention(text: str, start: int, end: int, parts: _Parts, resolved: tuple[_Rendered, bool]) -> DateMention:
    rendered, inferred = resolved
    return DateMention(
        text[start:end],
        Span(start, end),
        rendered.value,
        parts.precision,
        rendered.start,
        rendered.end,
        year_inferred=inferred,
    )


class _Item(NamedTuple):
    start: int
    end: int
    parts: _Parts
    mention: DateMention


# Between a date without a year and the next one with it, what makes them
# one coordinated expression: "quý I và quý II/2024", "tháng 6, tháng 7/2024".
_JOINED = re.compile(r"[ ]{0,3}(?:,|;|-|và|hoặc|hay|cũng như)?[ ]{0,3}(?:cả[ ]{1,3})?", re.IGNORECASE)


def _share_years(text: str, items: list[_Item]) -> None:
    """Give a yearless mention the year of the next one where the text joins
    them ("tháng 6 và tháng 7/2024"), a year earlier when it would otherwise
    come after it ("ngày 28/12 và ngày 3/1/2025")."""
    for i in range(len(items) - 2, -1, -1):
        item, following = items[i], items[i + 1].mention
        if item.mention.year_known or item.parts.rel_year is not None or item.parts.annual or not following.year_known:
            continue
        if following.precision is _P_YEARS or not _JOINED.fullmatch(text, item.end, following.span.start):
            continue
        assert following.start is not None and following.end is not None
        rendered = _render(item.parts, following.start.year)
        if rendered is not None and rendered.start is not None and rendered.start > following.end:
            rendered = _render(item.parts, following.start.year - 1)
        if rendered is not None:
            items[i] = item._replace(mention=_mention(text, item.start, item.end, item.parts, (rendered, True)))


def _scan(text: str, reference: dt.date | None) -> list[_Item]:
    items = []
    for start, end, parts in _matches(text):
        # _resolve(parts, None): the written year, if any.
        # (parts.wraps is 0 without a last day: skip the call)
        year = parts.year
        if year is not None and parts.day2 is not None:
            year -= parts.wraps
        rendered = _render(parts, year)
        assert rendered is not None, "every date exists in some year"
        items.append(_Item(start, end, parts, _mention(text, start, end, parts, (rendered, False))))
    _share_years(text, items)
    if reference is not None:
        for i, item in enumerate(items):
            if not item.mention.year_known and (resolved := _resolve(item.parts, reference)) is not None:
                items[i] = item._replace(mention=_mention(text, item.start, item.end, item.parts, resolved))
    return items


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def scan(text: str, *, reference: dt.date | None = None) -> tuple[DateMention, ...]:
    """Every date expression in already-normalised ``text`` (see :mod:`vnpolparse.text`).

    Mentions are sorted by span and do not overlap. A date written without a
    year takes it from a date joined to it, else from ``reference`` (see
    :func:`anchor`), else keeps an unknown year.

    >>> for d in scan("Sáng 1/12, nhiệm kỳ 2020 - 2025; tháng 7/2024."):
    ...     print(d.text, d.value, d.precision, d.span)
    Sáng 1/12 --12-01 day Span(0, 9)
    nhiệm kỳ 2020 - 2025 2020/2025 years Span(11, 31)
    tháng 7/2024 2024-07 month Span(33, 45)
    """
    return tuple(item.mention for item in _scan(text, reference))


def anchor(mentions: tuple[DateMention, ...], reference: dt.date) -> tuple[DateMention, ...]:
    """Give the mentions whose year was not written the year of ``reference``.

    A date the text places ahead ("ngày 5/1 tới") or behind ("ngày 28/12 vừa
    qua") of the reference rolls over into the next or previous year when
    needed; "năm ngoái" is the year before the reference. Mentions with a
    year are returned unchanged.

    >>> found = find_dates("Từ ngày 5/1 tới, quý I; năm ngoái; năm 2023.")
    >>> [d.value for d in found]
    ['--01-05', '--Q1', '--', '2023']
    >>> [(d.value, d.year_inferred) for d in anchor(found, dt.date(2024, 12, 20))]
    [('2025-01-05', True), ('2024-Q1', True), ('2023', True), ('2023', False)]
    """
    out = []
    for mention in mentions:
        if not mention.year_known:
            parts = _reparse(mention.text) or _parts_of_value(mention.value)
            resolved = None if parts is None else _resolve(parts, reference)
            if resolved is not None:
                rendered = resolved[0]
                mention = DateMention(  # (attrs.evolve, without its look-up of the fields)
                    mention.text,
                    mention.span,
                    rendered.value,
                    mention.precision,
                    rendered.start,
                    rendered.end,
                    year_inferred=True,
                )
        out.append(mention)
    return tuple(out)


# Where the first day (or month) of a range ends and its last begins: "từ ngày 10 | đến | 13/6",
# "30/5 | - | 7/6/2024", "mùng 6 | - | 7/7", "tháng 6 | - | 7/2024". (A first day's month is
# written only where a dash follows it: in "6-7/7" the "-7" is the last day.)
_RANGE_SPLIT = re.compile(
    r"(?P<first>.*?(?<![0-9])[0-9]{1,2}(?:[/.-][0-9]{1,2}(?=[^\S\n]*[-–—]))?)"
    r"(?:[^\S\n]*[-–—][^\S\n]*|[^\S\n]+(?:đến|tới)[^\S\n]+(?:hết[^\S\n]+)?(?:ngày[^\S\n]+)?)(?=[0-9])",
    re.IGNORECASE,
)


def endpoints(mentions: tuple[DateMention, ...]) -> tuple[DateMention, ...]:
    """The mentions with each range of days or months split into its first and its last day or
    month, as the evaluation guidelines count them: a range names two calendar references, one per
    number, like a range of quantities. Spans of years ("nhiệm kỳ 2020-2025") stay whole.

    Each part keeps its share of the text ("từ ngày 10", "13/6") where the text can be split there,
    else the whole text of the range.

    >>> found = anchor(find_dates("Hội nghị diễn ra từ ngày 10 đến 13/6, nhiệm kỳ 2020-2025."), dt.date(2026, 6, 13))
    >>> [(d.text, d.value) for d in endpoints(found)]
    [('từ ngày 10', '2026-06-10'), ('13/6', '2026-06-13'), ('nhiệm kỳ 2020-2025', '2020/2025')]
    >>> [(d.text, d.value, str(d.precision)) for d in endpoints(find_dates("Số liệu tháng 6-7/2024."))]
    [('tháng 6', '2024-06', 'month'), ('7/2024', '2024-07', 'month')]
    """
    out: list[DateMention] = []
    for mention in mentions:
        if "/" not in mention.value or mention.precision not in (_P_DAY, _P_MONTH):
            out.append(mention)
            continue
        values = mention.value.split("/")
        text, span = mention.text, mention.span
        m = _RANGE_SPLIT.match(text)
        if m is None or len(text) != span.end - span.start:
            parts = [(text, span), (text, span)]
        else:
            parts = [
                (m["first"], Span(span.start, span.start + m.end("first"))),
                (text[m.end() :], Span(span.start + m.end(), span.end)),
            ]
        for value, (part_text, part_span) in zip(values, parts, strict=True):
            first, last = _bounds(value)
            out.append(
                DateMention(
                    part_text, part_span, value, mention.precision, first, last, year_inferred=mention.year_inferred
                )
            )
    return tuple(out)


def _bounds(value: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a day or month value ("2024-07-06", "2024-07"); ``None`` without a year.

    >>> _bounds("2024-02"), _bounds("--07-06")
    ((datetime.date(2024, 2, 1), datetime.date(2024, 2, 29)), (None, None))
    """
    if value.startswith("--"):
        return None, None
    year, month = int(value[:4]), int(value[5:7])
    if len(value) == 7:
        return dt.date(year, month, 1), _month_end(year, month)
    day = dt.date(year, month, int(value[8:10]))
    return day, day


_YEARLESS_VALUE = re.compile(r"--(?:(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?|(?P<l>[QH])(?P<p>[1-4]))")


def _parts_of_value(value: str) -> _Parts | None:
    """The parts of a yearless day, month, quarter or half from its value ("--09-21"), for a
    mention whose text alone does not say them ("ngày 21" in "ngày 21 và 22/9").

    >>> p = _parts_of_value("--09-21")
    >>> p is not None and (p.precision, p.month, p.day, p.year)
    (<Precision.DAY: 'day'>, 9, 21, None)
    >>> _parts_of_value("--Q3").part, _parts_of_value("2024")
    (3, None)
    """
    m = _YEARLESS_VALUE.fullmatch(value)
    if m is None:
        return None
    if m["l"]:
        return _Parts(Precision.QUARTER if m["l"] == "Q" else Precision.HALF, part=int(m["p"]))
    if m["d"]:
        return _Parts(Precision.DAY, month=int(m["m"]), day=int(m["d"]))
    return _Parts(Precision.MONTH, month=int(m["m"]))


@functools.lru_cache(maxsize=64)
def _reparse(text: str) -> _Parts | None:
    """The parts of a mention's own text. (Cached by that short text: an article
    often repeats a date without a year, "quý I", "năm nay".)"""
    norm = normalize(text).text
    m = _grammar().regex.fullmatch(norm)
    return None if m is None else _match_parts(m, norm, standalone=True)


def find_dates(text: str, *, reference: dt.date | None = None) -> tuple[DateMention, ...]:
    """Every date, clock time and period in ``text``; never raises on a ``str``.

    ``reference`` (the article's date) gives a year to dates written without
    one. Spans point into ``text`` as given.

    >>> text = "Chiều nay 25-5, Ban Bí thư họp; từ 1-6 tới áp dụng."
    >>> [(d.text, d.value) for d in find_dates(text, reference=dt.date(2017, 5, 25))]
    [('Chiều nay 25-5', '2017-05-25'), ('từ 1-6 tới', '2017-06-01')]
    >>> [(d.value, str(d.precision)) for d in find_dates("Thứ 3, 04/04/2023 | 16:10:37")]
    [('2023-04-04T16:10:37', 'datetime')]
    """
    return normalized_call(scan, text, reference=reference)


def parse_date(text: str, *, reference: dt.date | None = None) -> DateMention:
    """Read ``text`` as exactly one date expression, or raise :class:`ParseError`.

    The whole string (trimmed) must be one expression of the grammar, such as
    the date lines news sites print; failing that, an English timestamp is
    read with :mod:`dateparser`.

    >>> parse_date("Thứ sáu, 29/12/2023, 13:54 (GMT+7)").value
    '2023-12-29T13:54'
    >>> parse_date(" 15:34 01/12/2023 ").value
    '2023-12-01T15:34'
    >>> d = parse_date("quý I-2023")
    >>> d.value, d.start, d.end
    ('2023-Q1', datetime.date(2023, 1, 1), datetime.date(2023, 3, 31))
    >>> parse_date("2024-07-30T05:20:00+07:00").value
    '2024-07-30T05:20:00'
    >>> parse_date("14,14%")
    Traceback (most recent call last):
    ...
    vnpolparse.errors.ParseError: no date in '14,14%'
    """
    check_text(text)
    norm = normalize(text)
    stripped = norm.text.strip()
    lead = len(norm.text) - len(norm.text.lstrip())
    span = norm.span(lead, lead + len(stripped))
    m = _grammar().regex.fullmatch(norm.text, lead, lead + len(stripped)) if stripped else None
    parts = None if m is None else _match_parts(m, norm.text, standalone=True)
    if parts is not None:
        resolved = _resolve(parts, reference) or _resolve(parts, None)
        assert resolved is not None
        return _mention(text, span.start, span.end, parts, resolved)
    free = _parse_free(stripped, reference)
    if free is not None:
        parts, resolved = free
        return _mention(text, span.start, span.end, parts, resolved)
    raise ParseError(f"no date in {text!r}")


# ---------------------------------------------------------------------------
# English timestamps (dateparser), for parse_date only
# ---------------------------------------------------------------------------

_PERIODS = {"time": Precision.DATETIME, "day": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}
# Two unrelated "now"s: a result that changes with them depends on "now".
_NOWS = (dt.datetime(2001, 3, 14, 9, 26, 53), dt.datetime(2002, 10, 7, 17, 3, 11))


def _parse_free(text: str, reference: dt.date | None) -> tuple[_Parts, tuple[_Rendered, bool]] | None:
    """An English timestamp ("July 30, 2024 05:20") read by :mod:`dateparser`.

    Only text with letters is tried (dateparser reads "14,14%" as a date). It
    is read against two different "now"s: where the result changes, the text
    lacks a year (left unknown, or taken from ``reference``) or is relative
    ("yesterday": read against ``reference``, or rejected).
    """
    if not re.search(r"[A-Za-z]", text) or len(text) > 200:
        return None
    from dateparser.date import DateDataParser  # heavy: imported on first use only

    def read(now: dt.datetime) -> tuple[Precision, tuple[int, ...]] | None:
        settings = {"RELATIVE_BASE": now, "RETURN_TIME_AS_PERIOD": True}
        try:
            data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
        except (ValueError, OverflowError, TypeError):  # pragma: no cover - dateparser on odd input
            return None
        if data.date_obj is None or data.period not in _PERIODS:
            return None
        when = data.date_obj
        fields = (when.year, when.month, when.day, when.hour, when.minute, when.second)
        precision = _PERIODS[str(data.period)]
        return precision, fields[: {Precision.YEAR: 1, Precision.MONTH: 2, Precision.DAY: 3}.get(precision, 6)]

    first, second = read(_NOWS[0]), read(_NOWS[1])
    if first is None or second is None or first[0] != second[0]:
        return None
    precision, fields = first
    year: int | None = fields[0]
    relative = False
    if first != second:
        if first[1][1:] == second[1][1:] and precision is not Precision.YEAR:
            year = None  # "July 16": no year written
        elif reference is not None:
            read_at = read(dt.datetime.combine(reference, dt.time(12)))
            if read_at is None:
                return None
            precision, fields = read_at
            year, relative = fields[0], True
        else:
            return None  # relative to an unknown "now"
    month, day, hour, minute, second_ = (*fields[1:], None, None, None, None, None)[:5]
    parts = _Parts(
        precision, month=month, day=day, hour=hour, minute=minute,
        second=second_ or None if precision is Precision.DATETIME else None,
    )  # fmt: skip
    if precision is not Precision.DATETIME:
        parts = parts._replace(hour=None, minute=None)
    if year is not None:
        parts = parts._replace(year=year)
    resolved = _resolve(parts, reference)
    if resolved is None:
        return None
    return parts, (resolved[0], resolved[1] or relative)
