"""Hypothesis strategies that write document references the way Vietnamese texts do.

:func:`references` draws a reference and the :class:`Expected` values a parser
should read back from it.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from vnpolparse.lexicon import load_table

#: Party type codes and the type each stands for (from data/document_types.tsv).
PARTY_TYPES = {
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "TB": "Thông báo",
    "KH": "Kế hoạch",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
}
#: State type codes and their types.
STATE_TYPES = {
    "NQ": "Nghị quyết",
    "NĐ": "Nghị định",
    "QĐ": "Quyết định",
    "TT": "Thông tư",
    "CT": "Chỉ thị",
    "CĐ": "Công điện",
    "KH": "Kế hoạch",
}


@attrs.frozen
class Expected:
    text: str
    type: str
    number: str
    code: str
    date: dt.date | None
    issuer: str | None


def _issuers() -> list[tuple[str, str]]:
    """(code, issuer) pairs from the data file, for codes that name one issuer."""
    return [(r["code"], r["issuer"]) for r in load_table("document_issuers") if r["code"]]


PARTY_ISSUER_CODES = ["TW", "TU", "HU", "ĐU", "BTCTW", "UBKTTW"]
STATE_ISSUER_CODES = ["CP", "TTg", "HĐND", "UBND", "BTC", "BNV", "BYT", "BXD"]
STATED_ISSUERS = [
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ban Chấp hành Trung ương",
    "Tỉnh ủy",
    "Ban Thường vụ Tỉnh ủy",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "UBND tỉnh",
    "Bộ Tài chính",
]

numbers = st.integers(min_value=1, max_value=2999).map(str) | st.integers(1, 99).map(lambda n: f"{n:02d}")
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def date_phrases(draw: st.DrawFn, day: dt.date) -> str:
    form = draw(st.sampled_from(["slash", "dash", "words", "padded"]))
    if form == "slash":
        return f"ngày {day.day}/{day.month}/{day.year}"
    if form == "dash":
        return f"ngày {day.day}-{day.month}-{day.year}"
    if form == "padded":
        return f"ngày {day.day:02d}/{day.month:02d}/{day.year}"
    return f"ngày {day.day} tháng {day.month} năm {day.year}"


@st.composite
def references(draw: st.DrawFn) -> Expected:
    """A numbered reference, with or without "số", a date and a stated issuer."""
    issuer_names = dict(_issuers())
    n = draw(numbers)
    if draw(st.booleans()):
        code, kind = draw(st.sampled_from(sorted(PARTY_TYPES.items())))
        issuer_code = draw(st.sampled_from(PARTY_ISSUER_CODES))
        sep = draw(st.sampled_from(["-", " - ", "- ", " -"]))
        written = f"{n}{sep}{code}/{issuer_code}"
        number, full_code, year = f"{n}-{code}/{issuer_code}", f"{code}/{issuer_code}", None
    else:
        code, kind = draw(st.sampled_from(sorted(STATE_TYPES.items())))
        issuer_code = draw(st.sampled_from(STATE_ISSUER_CODES))
        year = draw(st.none() | st.integers(1995, 2030))
        full_code = f"{code}-{issuer_code}"
        number = f"{n}/{year}/{full_code}" if year else f"{n}/{full_code}"
        written = number
    so = draw(st.sampled_from(["số ", "", "Số "]))
    text = f"{kind} {so}{written}"
    date = None
    if draw(st.booleans()):
        date = draw(dates)
        text += draw(st.sampled_from([" ", ", "])) + draw(date_phrases(date))
    issuer = issuer_names.get(issuer_code)
    if draw(st.booleans()):
        issuer = draw(st.sampled_from(STATED_ISSUERS))
        text += draw(st.sampled_from([" của ", ", của "])) + issuer
    return Expected(text, kind, number, full_code, date, issuer)


#: Subjects of laws, codes and ordinances, as their names write them (title case or lower case,
#: commas and brackets inside).
LAW_SUBJECTS = [
    "Đất đai",
    "Nhà ở",
    "Đầu tư công",
    "Bảo vệ môi trường",
    "Phòng, chống tham nhũng",
    "Ban hành văn bản quy phạm pháp luật",
    "Thuế thu nhập doanh nghiệp (sửa đổi)",
    "Tổ chức chính quyền địa phương",
    "tín ngưỡng, tôn giáo",
    "Cư trú năm 2020",
]
#: Named types, the code their numbers carry and the issuer that code stands for.
NAMED_TYPES = [
    ("Luật", "QH", "Quốc hội"),
    ("Bộ luật", "QH", "Quốc hội"),
    ("Pháp lệnh", "UBTVQH", "Ủy ban Thường vụ Quốc hội"),
]


@st.composite
def named_laws(draw: st.DrawFn) -> Expected:
    """A law, code or ordinance cited by its name and number ("Luật Nhà ở số 27/2023/QH15"),
    the name maybe amending other laws, then maybe "được <issuer> thông qua ngày ...".

    >>> from hypothesis import find
    >>> find(named_laws(), lambda e: e.date is not None).text.startswith(("Luật", "Bộ luật", "Pháp lệnh"))
    True
    """
    kind, code, issuer = draw(st.sampled_from(NAMED_TYPES))
    subjects = draw(st.lists(st.sampled_from(LAW_SUBJECTS), min_size=1, max_size=3, unique=True))
    if len(subjects) == 1:
        name = subjects[0]
    else:
        laws = [f"Luật {s}" for s in subjects]
        name = "sửa đổi, bổ sung một số điều của " + ", ".join(laws[:-1]) + " và " + laws[-1]
    year = draw(st.integers(2000, 2030))
    term = draw(st.integers(10, 16))
    number = f"{draw(numbers)}/{year}/{code}{term}"
    so = draw(st.sampled_from(["số ", "Số ", ""]))
    text = f"{kind} {name} {so}{number}"
    date = None
    if draw(st.booleans()):
        date = draw(dates)
        verb = draw(st.sampled_from(["thông qua", "ban hành"]))
        text += f"{draw(st.sampled_from([' ', ', ', ' đã ']))}được {issuer} {verb} " + draw(date_phrases(date))
    return Expected(text, kind, number, f"{code}{term}", date, issuer)
