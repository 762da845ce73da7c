"""Dates, second round: lists of days that share the month written after the last one.

The example sentences are written for these tests (fictional).
"""

from __future__ import annotations

import datetime as dt

import pytest

from vnpolparse.dates import find_dates

REFERENCE = dt.date(2025, 3, 1)


def values(text: str) -> list[str]:
    """The values of the dates in ``text``, anchored at :data:`REFERENCE`."""
    return [d.value for d in find_dates(text, reference=REFERENCE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kỳ họp diễn ra trong các ngày 4, 5 và 6/8.", ["2025-08-04", "2025-08-05", "2025-08-06"]),
        ("Đoàn làm việc các ngày 21, 22, 23/9.", ["2025-09-21", "2025-09-22", "2025-09-23"]),
        (
            "Ngày 2, 3, 4 và 5/10/2024 tỉnh tổ chức hội chợ.",
            ["2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05"],
        ),
        ("Các ngày 14 hoặc 15/5 sẽ khai mạc.", ["2025-05-14", "2025-05-15"]),
        # two days, as before
        ("Hội thảo diễn ra ngày 7 và 8/11.", ["2025-11-07", "2025-11-08"]),
    ],
)
def test_listed_days_share_the_last_month(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_a_middle_day_is_its_own_mention() -> None:
    texts = [d.text for d in find_dates("Các ngày 4, 5 và 6/8 có mưa.", reference=REFERENCE)]
    assert texts == ["ngày 4", "5", "6/8"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Có 5, 6 và 7/7 xã đạt chuẩn.", []),  # numbers without "ngày": no list of days
        ("Xã có 4, 5 hoặc 6 thôn.", []),
        ("Ngày 4, 12 hộ được hỗ trợ.", []),  # a day and a count, no month after
        ("Ngày 3/6 và 20 hộ nhận quà.", ["2025-06-03"]),
    ],
)
def test_numbers_that_are_no_list_of_days(text: str, expected: list[str]) -> None:
    assert values(text) == expected
