"""Ranges of days and months split into their first and last day or month (:func:`endpoints`),
and "đến hết ngày" closing a range.

The example sentences are written for these tests; none is copied from the corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vnpolparse.dates import anchor, endpoints, find_dates
from vnpolparse.models import Precision

D = dt.date


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "Hội nghị diễn ra từ ngày 4 đến 7-9 tại thủ đô.",
            D(2025, 9, 7),
            [("từ ngày 4", "2025-09-04"), ("7-9", "2025-09-07")],
        ),
        ("Lễ hội kéo dài từ 21 - 23/4.", None, [("từ 21", "--04-21"), ("23/4", "--04-23")]),
        ("Đợt thi đua mùng 2-5/1/2026 kết thúc.", None, [("mùng 2", "2026-01-02"), ("5/1/2026", "2026-01-05")]),
        # across months, and across the turn of a year
        (
            "Đoàn công tác từ ngày 28/8-3/9/2025 làm việc.",
            None,
            [("từ ngày 28/8", "2025-08-28"), ("3/9/2025", "2025-09-03")],
        ),
        (
            "Kỳ nghỉ từ ngày 29/12-2/1/2026 theo lịch.",
            None,
            [("từ ngày 29/12", "2025-12-29"), ("2/1/2026", "2026-01-02")],
        ),
        # "đến (hết) ngày" inside one range
        (
            "Lớp học mở từ ngày 3 đến ngày 8/11.",
            D(2025, 11, 20),
            [("từ ngày 3", "2025-11-03"), ("8/11", "2025-11-08")],
        ),
        ("Lấy ý kiến từ ngày 3 đến hết ngày 8/11.", None, [("từ ngày 3", "--11-03"), ("8/11", "--11-08")]),
        # a range of months
        ("Số liệu tháng 4-5/2025 cho thấy.", None, [("tháng 4", "2025-04"), ("5/2025", "2025-05")]),
    ],
)
def test_a_range_gives_its_first_and_last_day(
    text: str, reference: dt.date | None, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text)
    if reference is not None:
        found = anchor(found, reference)
    parts = endpoints(found)
    assert [(m.text, m.value) for m in parts] == expected
    for m in parts:  # each part is the slice of the text at its span
        assert text[m.span.start : m.span.end] == m.text


def test_parts_keep_precision_bounds_and_inferred_year() -> None:
    first, last = endpoints(anchor(find_dates("Từ ngày 4 đến 7-9, đoàn làm việc."), D(2025, 9, 7)))
    assert [(m.precision, m.start, m.end, m.year_inferred) for m in (first, last)] == [
        (Precision.DAY, D(2025, 9, 4), D(2025, 9, 4), True),
        (Precision.DAY, D(2025, 9, 7), D(2025, 9, 7), True),
    ]
    months = endpoints(find_dates("Số liệu tháng 2-3/2024 cho thấy."))
    assert [(m.precision, m.start, m.end) for m in months] == [
        (Precision.MONTH, D(2024, 2, 1), D(2024, 2, 29)),
        (Precision.MONTH, D(2024, 3, 1), D(2024, 3, 31)),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Nhiệm kỳ 2025 - 2030 bắt đầu.", ["2025/2030"]),  # a span of years stays whole
        (
            "Ngày 16/7 họp bàn. Kết quả quý II tốt. Tháng 8/2024 tổng kết.",
            ["--07-16", "--Q2", "2024-08"],
        ),  # no range: unchanged
        ("Tăng 14,14%, lần thứ tư, tăng từ 2 đến 3/4 số xã, từ 2-3 lần.", []),  # not dates at all
    ],
)
def test_what_is_not_a_range_is_left_as_it_is(text: str, values: list[str]) -> None:
    found = find_dates(text)
    assert endpoints(found) == found
    assert [m.value for m in found] == values


def test_het_alone_is_no_range() -> None:
    assert [(m.text, m.value) for m in find_dates("Hạn chót là hết ngày 8/11.")] == [("hết ngày 8/11", "--11-08")]
