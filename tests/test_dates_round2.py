"""Dates, second round: lists of days that share the month written after the last one, and days that
recur every year ("hằng năm vào ngày 3/2").

The example sentences are written for these tests (fictional).
"""

from __future__ import annotations

import datetime as dt

import pytest

from vnpolparse import parse_article
from vnpolparse.dates import anchor, find_dates

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


# --- a day or month that recurs every year keeps no year ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Làng mở hội hằng năm vào ngày 12/4.", ["--04-12"]),
        ("Hàng năm, vào dịp 27/7, đoàn viên viếng nghĩa trang.", ["--07-27"]),
        ("Xã tổ chức lễ dâng hương vào ngày 9/3 hằng năm.", ["--03-09"]),
        ("Mỗi năm vào tháng 10, hội nông dân ra quân.", ["--10"]),
    ],
)
def test_a_day_that_recurs_every_year_keeps_no_year(text: str, expected: list[str]) -> None:
    assert values(text) == expected
    # anchoring afterwards (as parse_article does) keeps it too
    assert [d.value for d in anchor(find_dates(text), REFERENCE)] == expected
    assert not any(d.year_inferred for d in find_dates(text, reference=REFERENCE))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hằng năm vào ngày 12/4/2024 làng mở hội.", ["2024-04-12"]),  # a written year is kept
        ("Ngày 12/4, làng mở hội.", ["2025-04-12"]),  # no cue: the reference's year
        ("Sáng 27/7, đoàn viên viếng nghĩa trang.", ["2025-07-27"]),
        ("Kế hoạch hằng năm 2025 đã được duyệt.", ["2025"]),
        ("Xã họp mỗi năm 2 lần, lần đầu vào ngày 5/6.", ["2025-06-05"]),  # the cue is not next to the date
        ("Trong những tháng cuối năm, tỉnh tập trung giải ngân.", ["2025-H2"]),  # a half of this year
    ],
)
def test_without_the_cue_next_to_it_a_date_takes_the_year(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_an_article_keeps_a_recurring_day_without_its_year() -> None:
    text = "Xã mở hội làng\n\nSáng 5/3/2025, xã họp bàn. Làng mở hội hằng năm vào ngày 12/4; năm nay mở ngày 20/4.\n"
    dates = [d["value"] for d in parse_article(text).to_dict()["dates"]]
    assert "--04-12" in dates and "2025-04-20" in dates and "2025-04-12" not in dates
