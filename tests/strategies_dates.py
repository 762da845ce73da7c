"""Hypothesis strategies that write dates, periods and date-like numbers the
way Vietnamese news texts do.

:func:`written_dates` draws a date or period rendered in one of the forms the
grammar covers, with the value a parser should read back; :func:`non_dates`
draws numbers that only look like dates; :func:`carried` embeds either in a
carrier sentence. The carrier sentences are written for these tests.
"""

from __future__ import annotations

import calendar
import datetime as dt

import attrs
from hypothesis import strategies as st

from vnpolparse.lexicon import load_table


def _words(kind: str) -> list[str]:
    return [row["word"] for row in load_table("date_words") if row["kind"] == kind]


#: Weekday names by ISO weekday, as written in date lines ("Thứ 3", "Thứ Ba").
WEEKDAYS: dict[int, list[str]] = {}
for _row in load_table("date_words"):
    if _row["kind"] == "weekday":
        WEEKDAYS.setdefault(int(_row["value"]), []).append(_row["word"])
TIMES_OF_DAY = ["sáng", "trưa", "chiều", "tối", "đêm", "rạng sáng", "chiều tối"]
MONTH_NAMES = {int(r["value"]): r["word"] for r in load_table("date_words") if r["kind"] == "month_name"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@attrs.frozen
class Written:
    """A date written out, the value it means, and the reference it needs."""

    text: str
    value: str
    reference: dt.date | None = None


def _cap(text: str, upper: bool) -> str:
    return text[:1].upper() + text[1:] if upper else text


_dates = st.dates(min_value=dt.date(1945, 1, 1), max_value=dt.date(2099, 12, 31))
_space = st.sampled_from([" ", " ", "  "])
_sep = st.sampled_from(["/", "-", "."])


def _num(draw: st.DrawFn, n: int) -> str:
    """A day or month number, zero-padded or not."""
    return f"{n:02d}" if draw(st.booleans()) else str(n)


@st.composite
def _day_with_year(draw: st.DrawFn) -> Written:
    d = draw(_dates)
    sep, sp = draw(_sep), draw(_space)
    dmy = f"{_num(draw, d.day)}{sep}{_num(draw, d.month)}{sep}{d.year}"
    form = draw(st.sampled_from(["ngày", "bare", "tod", "weekday", "words", "tod-ngày"]))
    if form == "ngày":
        text = f"ngày{sp}{dmy}"
    elif form == "bare":
        text = dmy
    elif form == "tod":
        text = f"{draw(st.sampled_from(TIMES_OF_DAY))}{sp}{dmy}"
    elif form == "tod-ngày":
        text = f"{draw(st.sampled_from(TIMES_OF_DAY))}{sp}ngày{sp}{dmy}"
    elif form == "weekday":
        text = f"{draw(st.sampled_from(WEEKDAYS[d.isoweekday()]))},{sp}{dmy}"
    else:
        text = f"ngày{sp}{d.day}{sp}tháng{sp}{d.month}{sp}năm{sp}{d.year}"
    return Written(text, d.isoformat())


@st.composite
def _day_without_year(draw: st.DrawFn) -> Written:
    d = draw(_dates)
    sep, sp = draw(_sep), draw(_space)
    dm = f"{_num(draw, d.day)}{sep}{_num(draw, d.month)}"
    form = draw(st.sampled_from(["ngày", "mùng", "tod", "tod-nay", "paren", "weekday"]))
    if form in ("ngày", "mùng"):
        text = f"{form}{sp}{dm}"
    elif form == "tod":
        text = f"{draw(st.sampled_from(TIMES_OF_DAY))}{sp}{dm}"
    elif form == "tod-nay":  # "Sáng nay (27/6)" in an article of that day
        rel = draw(st.sampled_from(["nay", "qua", "hôm nay"]))
        text = f"{draw(st.sampled_from(TIMES_OF_DAY))}{sp}{rel}{sp}({dm})"
    elif form == "paren":
        text = f"({dm})"
    else:
        text = f"{draw(st.sampled_from(WEEKDAYS[d.isoweekday()]))}{sp}({dm})"
    if d.month == 2 and d.day == 29 and not calendar.isleap(d.year):  # pragma: no cover - dates are valid
        d = d.replace(day=28)
    if draw(st.booleans()):
        return Written(text, d.isoformat(), reference=d)
    return Written(text, f"--{d.month:02d}-{d.day:02d}")


@st.composite
def _datetime(draw: st.DrawFn) -> Written:
    d = draw(_dates)
    hour, minute, second = draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59))
    dmy = f"{d.day:02d}/{d.month:02d}/{d.year}"
    form = draw(st.sampled_from(["time first", "pipe", "comma gmt", "bracket gmt", "h"]))
    value = f"{d.isoformat()}T{hour:02d}:{minute:02d}"
    if form == "time first":  # 15:34 01/12/2023
        text = f"{hour:02d}:{minute:02d} {dmy}"
    elif form == "pipe":  # Thứ 3, 04/04/2023 | 16:10:37
        text = f"{draw(st.sampled_from(WEEKDAYS[d.isoweekday()]))}, {dmy} | {hour:02d}:{minute:02d}:{second:02d}"
        value += f":{second:02d}"
    elif form == "comma gmt":  # Thứ sáu, 29/12/2023, 13:54 (GMT+7)
        text = f"{draw(st.sampled_from(WEEKDAYS[d.isoweekday()]))}, {dmy}, {hour:02d}:{minute:02d} (GMT+7)"
    elif form == "bracket gmt":  # 30/07/2024, 05:20[GMT+7]
        text = f"{dmy}, {hour:02d}:{minute:02d}[GMT+7]"
    else:  # 16h30 ngày 16/7/2024
        text = f"{hour}h{minute:02d} ngày {d.day}/{d.month}/{d.year}"
    return Written(text, value)


@st.composite
def _day_range(draw: st.DrawFn) -> Written:
    d = draw(_dates)
    last = calendar.monthrange(d.year, d.month)[1]
    first_day = draw(st.integers(1, last - 1))
    last_day = draw(st.integers(first_day + 1, last))
    lead = draw(st.sampled_from(["mùng", "ngày", "từ ngày"]))
    text = f"{lead} {first_day}-{last_day}/{d.month}/{d.year}"
    start, end = d.replace(day=first_day), d.replace(day=last_day)
    return Written(text, f"{start.isoformat()}/{end.isoformat()}")


@st.composite
def _month(draw: st.DrawFn) -> Written:
    d = draw(_dates)
    sp = draw(_space)
    form = draw(st.sampled_from(["slash", "dash", "năm", "name", "paren", "bare"]))
    if form == "slash":
        text = f"tháng{sp}{_num(draw, d.month)}/{d.year}"
    elif form == "dash":
        text = f"tháng{sp}{d.month}-{d.year}"
    elif form == "năm":
        text = f"tháng{sp}{d.month}{sp}năm{sp}{d.year}"
    elif form == "name":
        text = f"tháng{sp}{MONTH_NAMES[d.month]}{sp}năm{sp}{d.year}"
    elif form == "paren":
        text = f"({_num(draw, d.month)}/{d.year})"
    else:
        text = f"{_num(draw, d.month)}/{d.year}"
    return Written(text, f"{d.year}-{d.month:02d}")


@st.composite
def _quarter(draw: st.DrawFn) -> Written:
    year, q = draw(st.integers(1945, 2099)), draw(st.integers(1, 4))
    numeral = ROMAN[q] if draw(st.booleans()) else str(q)
    tail = draw(st.sampled_from([f"/{year}", f"-{year}", f" năm {year}", f" - {year}"]))
    if draw(st.booleans()):
        return Written(f"quý {numeral}{tail}", f"{year}-Q{q}")
    return Written(f"quý {numeral}", f"{year}-Q{q}", reference=dt.date(year, 6, 15))


@st.composite
def _half(draw: st.DrawFn) -> Written:
    year, h = draw(st.integers(1945, 2099)), draw(st.integers(1, 2))
    part = "đầu" if h == 1 else "cuối"
    head = draw(st.sampled_from(["6 tháng", "sáu tháng", "những tháng", "các tháng", "nửa"]))
    tail = draw(st.sampled_from([f" {year}", f" ({year})", ""]))
    text = f"{head} {part} năm{tail}"
    return Written(text, f"{year}-H{h}", reference=None if tail else dt.date(year, 7, 1))


@st.composite
def _year(draw: st.DrawFn) -> Written:
    year = draw(st.integers(1945, 2099))
    lead = draw(st.sampled_from(["năm", "đến năm", "trong năm", "từ năm", "cuối năm", "(", "Bước sang năm"]))
    text = f"({year})" if lead == "(" else f"{lead} {year}"
    return Written(text, str(year))


@st.composite
def _years(draw: st.DrawFn) -> Written:
    first = draw(st.integers(1945, 2090))
    last = first + draw(st.integers(1, 9))
    dash = draw(st.sampled_from(["-", " - ", "- ", " -"]))
    lead = draw(st.sampled_from(["nhiệm kỳ", "giai đoạn", "thời kỳ", "năm học", "3 năm", "kế hoạch 5 năm", "("]))
    text = f"({first}{dash}{last})" if lead == "(" else f"{lead} {first}{dash}{last}"
    return Written(text, f"{first}/{last}")


_FORMS = {
    "day with year": _day_with_year(),
    "day without year": _day_without_year(),
    "day and time": _datetime(),
    "range of days": _day_range(),
    "month": _month(),
    "quarter": _quarter(),
    "half year": _half(),
    "year": _year(),
    "span of years": _years(),
}


def written_dates() -> st.SearchStrategy[Written]:
    """A date or period written in one of the forms of the grammar."""
    return st.one_of(list(_FORMS.values()))


PARTY_CODES = ["NQ", "CT", "QĐ", "KL"]


def _grouped(n: int) -> str:
    """``n`` with dots between thousands, as Vietnamese writes it."""
    return f"{n:,}".replace(",", ".")


@st.composite
def non_dates(draw: st.DrawFn) -> str:
    """A number that only looks like a date: a percentage, decimal, rank,
    fraction, document number, ordinal, duration, term or view count."""
    a, b = draw(st.integers(1, 31)), draw(st.integers(1, 12))
    year = draw(st.integers(1945, 2099))
    kind = draw(st.integers(0, 16))
    return [
        f"{a},{draw(st.integers(0, 99)):02d}%",  # 14,14%
        f"{a}-{b}%",  # 2-3%
        f"từ {a}-{b} lần",  # a range of counts after a preposition
        f"{_grouped(draw(st.integers(1000, 10**9)))},{draw(st.integers(1, 9))}",  # 21.576,5
        f"thứ {a}/{draw(st.integers(32, 99))} tỉnh",  # rank
        f"{a}/{b} dự án",  # fraction
        f"{draw(st.integers(1, 999))}-{draw(st.sampled_from(PARTY_CODES))}/{draw(st.sampled_from(['TW', 'TU', 'HU']))}",
        f"{draw(st.integers(1, 300))}/{year}/{draw(st.sampled_from(['NĐ-CP', 'TT-BTC', 'QĐ-TTg', 'NQ-HĐND']))}",
        f"số {b}/{year}",  # a document number without its code
        f"lần thứ {draw(st.sampled_from(['tư', 'năm', 'hai', str(a)]))}",
        f"phiên thứ {a}",
        f"{draw(st.integers(2, 90))} năm",  # duration
        f"{b} tháng qua",
        f"khóa {draw(st.sampled_from(['X', 'XI', 'XII', 'XIII', 'XIV']))}",
        f"{draw(st.integers(1, 99))},{draw(st.integers(0, 999)):03d} lượt xem",
        f"{year} người",  # a count, not a year
        f"{draw(st.integers(2, 20))} năm trước",
    ][kind]


#: Carrier sentences: "{}" is the slot. Nothing next to a slot joins the
#: date expression (no preposition before it, no cue word after it).
CARRIERS = [
    "{}",
    "{}, Ban Thường vụ Huyện ủy tổ chức hội nghị.",
    "Hội nghị được tổ chức {} tại hội trường.",
    "Theo báo cáo, {} toàn xã đã hoàn thành chỉ tiêu.",
    "Ủy ban nhân dân xã đã họp {}.",
    "Đồng chí Chủ tịch đề nghị rà soát kết quả {}, bảo đảm chất lượng.",
    "Về kết quả thực hiện {} - đại biểu thống nhất cao.",
]


@st.composite
def carried(draw: st.DrawFn, inner: st.SearchStrategy[str]) -> tuple[str, int, str]:
    """``inner`` in a carrier sentence: (sentence, offset of the slot, inner text)."""
    carrier = draw(st.sampled_from(CARRIERS))
    text = draw(inner)
    if carrier.startswith("{}"):
        text = _cap(text, draw(st.booleans()))
    offset = carrier.index("{}")
    return carrier.replace("{}", text, 1), offset, text


#: Tokens for random texts that exercise the grammar's edges.
TOKENS = [
    "ngày", "Ngày", "NGÀY", "mùng", "tháng", "Tháng", "năm", "Năm", "quý", "Quý", "nay", "qua", "tới", "vừa qua",
    "Sáng", "chiều", "hôm", "Thứ", "thứ", "ba", "tư", "Chủ nhật", "từ", "đến", "trước", "trong", "đầu", "cuối",
    "những", "các", "nửa", "6", "sáu", "nhiệm kỳ", "giai đoạn", "cùng kỳ", "ngoái", "lần", "số", "II", "IV",
    "Bảy", "Q2", "16/7", "6-7/7", "30/5-7/6", "21.4", "2024", "2020-2025", "2020 - 2025", "(", ")", ",", ".",
    "-", "/", "15:34", "16h30", "8 giờ", "(GMT+7)", "|", "14,14%", "2/63", "11-NQ/TW", "1.234", "9/11", "1-6",
    "2025", "5/2010", "số", "Hà Nội", "người", "\n",
]  # fmt: skip


def token_soup() -> st.SearchStrategy[str]:
    """Random texts made of date words, numbers and punctuation."""
    return st.lists(st.sampled_from(TOKENS), max_size=30).flatmap(
        lambda tokens: st.lists(st.sampled_from([" ", "", "  "]), min_size=len(tokens), max_size=len(tokens)).map(
            lambda spaces: "".join(t + s for t, s in zip(tokens, spaces, strict=True))
        )
    )
