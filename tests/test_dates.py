"""Dates and periods: every written form, anchoring, the strict parser, and
the numbers that are not dates.

The example sentences are written for these tests; none is copied from the corpus.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import GOLD_DIR, corpus_files
from strategies_dates import Written, carried, non_dates, token_soup, written_dates
from vnpolparse import dates
from vnpolparse.dates import anchor, find_dates, parse_date, scan
from vnpolparse.errors import InputTypeError, ParseError
from vnpolparse.lexicon import source_of
from vnpolparse.models import DateMention, Precision
from vnpolparse.text import normalize

D = dt.date

# name: (text, reference, [(mention text, value), ...])
FORMS: dict[str, tuple[str, dt.date | None, list[tuple[str, str]]]] = {
    # days
    "day after ngày, no year known": ("Ngày 16/7, Ban Thường vụ họp.", None, [("Ngày 16/7", "--07-16")]),
    "day after ngày, year from the reference": (
        "Ngày 16/7, Ban Thường vụ họp.",
        D(2024, 8, 1),
        [("Ngày 16/7", "2024-07-16")],
    ),
    "day, month, year with dashes": (
        "Hội nghị ngày 16-7-2024 thông qua nghị quyết.",
        None,
        [("ngày 16-7-2024", "2024-07-16")],
    ),
    "day, month, year with dots, bare": (
        "Lễ ký kết diễn ra 16.7.2024 tại Hà Nội.",
        None,
        [("16.7.2024", "2024-07-16")],
    ),
    "zero-padded, bare": ("Văn bản ký 01/07/2024 có hiệu lực.", None, [("01/07/2024", "2024-07-01")]),
    "time of day and a dot": (
        "Chiều 21.4, đoàn công tác làm việc tại xã.",
        D(2025, 4, 22),
        [("Chiều 21.4", "2025-04-21")],
    ),
    "morning with ngày": ("Sáng ngày 4/4, hội nghị khai mạc.", D(2023, 4, 4), [("Sáng ngày 4/4", "2023-04-04")]),
    "in words": (
        "Quyết định có hiệu lực từ ngày 16 tháng 7 năm 2024.",
        None,
        [("từ ngày 16 tháng 7 năm 2024", "2024-07-16")],
    ),
    "in words without a year": (
        "Ngày 2 tháng 9, nhân dân cả nước mừng Quốc khánh.",
        None,
        [("Ngày 2 tháng 9", "--09-02")],
    ),
    "this morning, in brackets": (
        "Sáng nay (27/6), Hội đồng nhân dân tỉnh khai mạc kỳ họp.",
        D(2024, 6, 27),
        [("Sáng nay (27/6)", "2024-06-27")],
    ),
    "this afternoon": ("Chiều nay 25-5, Văn phòng phát thông cáo.", D(2023, 5, 25), [("Chiều nay 25-5", "2023-05-25")]),
    "yesterday afternoon": (
        "Chiều qua (6/7), đoàn kiểm tra làm việc.",
        D(2024, 7, 7),
        [("Chiều qua (6/7)", "2024-07-06")],
    ),
    "tomorrow morning": ("Sáng mai (8/7), đoàn lên đường.", D(2024, 7, 7), [("Sáng mai (8/7)", "2024-07-08")]),
    "after mùng": ("Lễ hội khai mạc mùng 10/3.", None, [("mùng 10/3", "--03-10")]),
    "weekday in digits": ("Thứ 3, 30/07/2024", None, [("Thứ 3, 30/07/2024", "2024-07-30")]),
    "weekday in words": ("Thứ tư, 17/7/2024, Tỉnh ủy họp.", None, [("Thứ tư, 17/7/2024", "2024-07-17")]),
    "Sunday, in brackets": ("Chủ nhật (21/7), đoàn viên ra quân.", None, [("Chủ nhật (21/7)", "--07-21")]),
    "all capitals": ("THỨ HAI, NGÀY 15/7/2024", None, [("THỨ HAI, NGÀY 15/7/2024", "2024-07-15")]),
    "ordinal before a day is not a weekday": (
        "Hội nghị lần thứ năm, ngày 16/7/2024.",
        None,
        [("ngày 16/7/2024", "2024-07-16")],
    ),
    "before a day": ("Hoàn thành trước ngày 10/1/2024.", None, [("trước ngày 10/1/2024", "2024-01-10")]),
    "from 1-6 on": ("Quy định áp dụng từ 1-6 tới.", D(2017, 5, 25), [("từ 1-6 tới", "2017-06-01")]),
    # ranges of days
    "range within a month": ("Kỳ họp diễn ra mùng 6-7/7.", D(2024, 7, 1), [("mùng 6-7/7", "2024-07-06/2024-07-07")]),
    "range across months": (
        "Đợt kiểm tra từ ngày 30/5-7/6/2024.",
        None,
        [("từ ngày 30/5-7/6/2024", "2024-05-30/2024-06-07")],
    ),
    "range across the new year": (
        "Kỳ nghỉ từ ngày 30/12-2/1/2025.",
        None,
        [("từ ngày 30/12-2/1/2025", "2024-12-30/2025-01-02")],
    ),
    # days with a clock time
    "time then date": ("15:34 01/12/2023", None, [("15:34 01/12/2023", "2023-12-01T15:34")]),
    "date | time with seconds": (
        "Thứ 3, 04/04/2023 | 16:10:37",
        None,
        [("Thứ 3, 04/04/2023 | 16:10:37", "2023-04-04T16:10:37")],
    ),
    "date, time (GMT+7)": (
        "Thứ sáu, 29/12/2023, 13:54 (GMT+7)",
        None,
        [("Thứ sáu, 29/12/2023, 13:54 (GMT+7)", "2023-12-29T13:54")],
    ),
    "date, time[GMT+7]": (
        "Thứ 3, 30/07/2024, 05:20[GMT+7]",
        None,
        [("Thứ 3, 30/07/2024, 05:20[GMT+7]", "2024-07-30T05:20")],
    ),
    "hours in h": ("Lúc 14h30 ngày 5/3/2024, đoàn đến.", None, [("Lúc 14h30 ngày 5/3/2024", "2024-03-05T14:30")]),
    "hours in giờ, morning": (
        "Đúng 8 giờ sáng ngày 2/9/2025, lễ diễu binh bắt đầu.",
        None,
        [("8 giờ sáng ngày 2/9/2025", "2025-09-02T08:00")],
    ),
    "hours in giờ, afternoon": (
        "Khoảng 3 giờ chiều ngày 5/3/2024, trời mưa.",
        None,
        [("3 giờ chiều ngày 5/3/2024", "2024-03-05T15:00")],
    ),
    "ISO timestamp": ("2024-07-30T05:20:00+07:00", None, [("2024-07-30T05:20:00+07:00", "2024-07-30T05:20:00")]),
    # months
    "month slash year": ("Dự án vận hành vào tháng 7/2024.", None, [("vào tháng 7/2024", "2024-07")]),
    "month năm year": ("Tháng 12 năm 2023, tỉnh tổng kết.", None, [("Tháng 12 năm 2023", "2023-12")]),
    "month dash year": ("Từ tháng 5-2010, xã triển khai.", None, [("Từ tháng 5-2010", "2010-05")]),
    "month by name": ("Tháng Bảy, mùa mưa bão bắt đầu.", D(2024, 5, 1), [("Tháng Bảy", "2024-07")]),
    "month by name and year": ("Cách mạng Tháng Tám năm 1945 thành công.", None, [("Tháng Tám năm 1945", "1945-08")]),
    "month and year in brackets": ("Số liệu cập nhật (12/2016) cho thấy.", None, [("(12/2016)", "2016-12")]),
    "month and year, bare": ("Từ 5/2010, xã triển khai mô hình.", None, [("Từ 5/2010", "2010-05")]),
    "beginning of a month ahead": (
        "Đầu tháng 1 tới, đoàn sẽ kiểm tra.",
        D(2024, 12, 2),
        [("Đầu tháng 1 tới", "2025-01")],
    ),
    # quarters
    "quarter, Roman, slash": ("Giao ban quý II/2024.", None, [("quý II/2024", "2024-Q2")]),
    "quarter, Roman, dash": ("Kết quả quý I-2023 khả quan.", None, [("quý I-2023", "2023-Q1")]),
    "quarter, digit": ("Trong quý 3/2017, sản lượng tăng.", None, [("Trong quý 3/2017", "2017-Q3")]),
    "quarter, year from the reference": ("Nhiệm vụ quý I đã hoàn thành.", D(2023, 4, 4), [("quý I", "2023-Q1")]),
    "quarter, year from the next one": (
        "Kết quả quý I và quý II/2024.",
        None,
        [("quý I", "2024-Q1"), ("quý II/2024", "2024-Q2")],
    ),
    "quarter as Q": ("Doanh thu Q2/2024 tăng.", None, [("Q2/2024", "2024-Q2")]),
    "first three months": (
        "Trong 3 tháng đầu năm 2024, thu ngân sách tăng.",
        None,
        [("Trong 3 tháng đầu năm 2024", "2024-Q1")],
    ),
    # half years
    "first half with year": ("Sơ kết 6 tháng đầu năm 2024.", None, [("6 tháng đầu năm 2024", "2024-H1")]),
    "first half, year in brackets": ("Sơ kết 6 tháng đầu năm (2024).", None, [("6 tháng đầu năm (2024)", "2024-H1")]),
    "second half from the reference": ("Nhiệm vụ 6 tháng cuối năm.", D(2024, 7, 16), [("6 tháng cuối năm", "2024-H2")]),
    "six in words": ("Sáu tháng đầu năm 2024, GRDP tăng.", None, [("Sáu tháng đầu năm 2024", "2024-H1")]),
    "the last months": ("Nhiệm vụ những tháng cuối năm 2017.", None, [("những tháng cuối năm 2017", "2017-H2")]),
    "first half in nửa": ("Trong nửa đầu năm 2024, xuất khẩu tăng.", None, [("Trong nửa đầu năm 2024", "2024-H1")]),
    # years
    "year after năm": ("Kế hoạch năm 2023 đạt.", None, [("năm 2023", "2023")]),
    "target years": (
        "Đến năm 2030, tầm nhìn đến năm 2045.",
        None,
        [("Đến năm 2030", "2030"), ("tầm nhìn đến năm 2045", "2045")],
    ),
    "stepping into a year": ("Bước sang 2024, tỉnh tập trung phát triển.", None, [("Bước sang 2024", "2024")]),
    "year in brackets": ("Báo cáo tổng kết (2019) đã nêu rõ.", None, [("(2019)", "2019")]),
    "year after a proper noun": ("Đề án Bình Định 2025 được thông qua.", None, [("2025", "2025")]),
    "same period last year": ("Tăng 8% so với cùng kỳ năm ngoái.", D(2024, 3, 1), [("cùng kỳ năm ngoái", "2023")]),
    "this year": ("Trong năm nay, tỉnh phấn đấu.", D(2024, 3, 1), [("Trong năm nay", "2024")]),
    "this year, reference unknown": ("Trong năm nay, tỉnh phấn đấu.", None, [("Trong năm nay", "--")]),
    # spans of years
    "term": ("Đại hội nhiệm kỳ 2020 - 2025.", None, [("nhiệm kỳ 2020 - 2025", "2020/2025")]),
    "term with đại hội": (
        "Mục tiêu nhiệm kỳ đại hội 2020- 2025.",
        None,
        [("nhiệm kỳ đại hội 2020- 2025", "2020/2025")],
    ),
    "stage": ("Các dự án giai đoạn 2021-2025.", None, [("giai đoạn 2021-2025", "2021/2025")]),
    "N years": ("Kế hoạch tài chính 3 năm 2024-2026.", None, [("3 năm 2024-2026", "2024/2026")]),
    "plan for N years": ("Kế hoạch 5 năm 2021-2025 đã đề ra.", None, [("Kế hoạch 5 năm 2021-2025", "2021/2025")]),
    "Năm with a span": ("Năm 2021-2022 là giai đoạn khởi động.", None, [("Năm 2021-2022", "2021/2022")]),
    "from year to year": ("Từ năm 2021 đến năm 2025, tỉnh đầu tư.", None, [("Từ năm 2021 đến năm 2025", "2021/2025")]),
    "school year": ("Năm học 2023-2024 kết thúc.", None, [("Năm học 2023-2024", "2023/2024")]),
    "term in brackets": ("Quốc hội khóa XV (2021-2026).", None, [("(2021-2026)", "2021/2026")]),
    # years shared and rolled over
    "shared year": (
        "Kết quả tháng 6 và tháng 7/2024.",
        None,
        [("tháng 6", "2024-06"), ("tháng 7/2024", "2024-07")],
    ),
    "shared year, a year back": (
        "Đợt nghỉ từ ngày 28/12 đến ngày 3/1/2025.",
        None,
        [("từ ngày 28/12", "2024-12-28"), ("đến ngày 3/1/2025", "2025-01-03")],
    ),
    "rollover ahead": ("Hạn chót là ngày 5/1 tới.", D(2024, 12, 20), [("ngày 5/1 tới", "2025-01-05")]),
    "rollover back": (
        "Hội nghị ngày 28/12 vừa qua đã thống nhất.",
        D(2025, 1, 3),
        [("ngày 28/12 vừa qua", "2024-12-28")],
    ),
    "no rollover without a cue": ("Hạn chót là ngày 5/1.", D(2024, 12, 20), [("ngày 5/1", "2024-01-05")]),
    # more forms seen on news sites
    "time of day before the weekday": (
        "Sáng thứ Hai (15/7), đoàn lên đường.",
        D(2024, 7, 10),
        [("Sáng thứ Hai (15/7)", "2024-07-15")],
    ),
    "clock time with SA": ("10:30 SA 15/07/2024", None, [("10:30 SA 15/07/2024", "2024-07-15T10:30")]),
    "clock time with PM": ("10:30 PM 15/07/2024", None, [("10:30 PM 15/07/2024", "2024-07-15T22:30")]),
    "time | date": ("10:30 | 15/07/2024", None, [("10:30 | 15/07/2024", "2024-07-15T10:30")]),
    "vision year": (
        "Quy hoạch thời kỳ 2021-2030, tầm nhìn 2050.",
        None,
        [
            ("thời kỳ 2021-2030", "2021/2030"),
            ("tầm nhìn 2050", "2050"),
        ],
    ),
    "range after a preposition": ("Hội thảo diễn ra từ 15-17/7 tại Hà Nội.", None, [("từ 15-17/7", "--07-15/--07-17")]),
    "range of months": ("Số liệu tháng 6-7/2024 cho thấy.", None, [("tháng 6-7/2024", "2024-06/2024-07")]),
    "listed years": (
        "Các năm 2023, 2024 và 2025 đều tăng.",
        None,
        [("năm 2023", "2023"), ("2024", "2024"), ("2025", "2025")],
    ),
}


@pytest.mark.parametrize(("text", "reference", "expected"), FORMS.values(), ids=FORMS.keys())
def test_forms(text: str, reference: dt.date | None, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in find_dates(text, reference=reference)] == expected


NOT_DATES = {
    "percentage": "Tăng trưởng đạt 14,14%, cao nhất cả nước.",
    "range of percentages": "Lạm phát dự kiến 2-3%, tín dụng tăng từ 16-17%.",
    "range of counts after a preposition": "Mỗi hộ được hỗ trợ từ 2-3 lần.",
    "rank": "Chỉ số PCI đứng thứ 2/63 tỉnh, thành phố.",
    "fraction": "Đã hoàn thành 9/11 dự án thành phần và 50/53 đại biểu tán thành.",
    "decimals and thousands": "Diện tích 21.576,5 km², dân số 3,153 triệu người, thu 54.203,7 tỷ đồng.",
    "Party documents": "Thực hiện Nghị quyết số 11-NQ/TW và Quyết định số 290-QĐ/TW.",
    "state documents": "Theo Nghị định số 100/2019/NĐ-CP và Thông tư 12/2019/TT-BTC.",
    "document number without its code": "Căn cứ Nghị quyết số 12/2019 của HĐND tỉnh.",
    "ordinals": "Hội nghị lần thứ tư, phiên thứ 16, nhiệm kỳ thứ ba.",
    "durations": "Gần 40 năm qua; 6 tháng qua; trong 3 năm tới; 10 năm trước.",
    "congress terms": "Ban Chấp hành khóa XII, Đại hội XIII.",
    "view count": "20,037 lượt xem",
    "a count that could be a year": "Toàn tỉnh có 2025 hộ nghèo.",
    "a frequency": "Họp mỗi tháng 2 lần.",
    "a clock time alone": "Lúc 15:34, đoàn đến.",
    "a path": "https://example.vn/wp-content/uploads/2021/01/2408_anh.jpg",
    "version and package numbers": "Cách mạng công nghiệp 4.0 và gói thầu 5.10.",
    "telephone": "Điện thoại: 080.43162",
    "next year, alone": "Trong năm tới, cần tập trung.",
    "lunar dates": "Rằm tháng Bảy, tức ngày 15/7 âm lịch.",
    "decades": "Trong những năm 1990 và thập niên 2000, kinh tế khó khăn.",
}


@pytest.mark.parametrize("text", NOT_DATES.values(), ids=NOT_DATES.keys())
def test_not_dates(text: str) -> None:
    assert find_dates(text) == ()


def test_two_days_sharing_a_month() -> None:
    assert [m.value for m in find_dates("Ngày 6 và 7/7/2024, tỉnh tổ chức lễ hội.")] == ["2024-07-06", "2024-07-07"]
    assert [m.text for m in find_dates("Trong 2 ngày 24 và 25/12, Bộ tập huấn.")] == ["ngày 24", "25/12"]
    assert find_dates("Hoàn thành 3 và 4/5 dự án.") == ()  # no "ngày": not days


def test_clock_time_with_a_utc_offset() -> None:
    d = parse_date("10/09/2024 17:05:32 +07:00")
    assert (d.value, d.text) == ("2024-09-10T17:05:32", "10/09/2024 17:05:32 +07:00")


def test_anchor_gives_a_listed_day_its_year() -> None:
    found = find_dates("Ngày 21 và 22/9, đại hội diễn ra.")
    assert [m.value for m in anchor(found, D(2024, 9, 22))] == ["2024-09-21", "2024-09-22"]


def test_range_of_days_with_den() -> None:
    found = find_dates("Từ ngày 15 đến 17/10/2024, Ủy ban họp; kỳ họp từ ngày 9 đến ngày 11/7.")
    assert [(m.text, m.value) for m in found] == [
        ("Từ ngày 15 đến 17/10/2024", "2024-10-15/2024-10-17"),
        ("từ ngày 9 đến ngày 11/7", "--07-09/--07-11"),
    ]
    assert [m.value for m in find_dates("Tăng từ 2 đến 3/4 số dự án.")] == []  # a fraction, no "ngày"


def test_day_named_by_its_occasion() -> None:
    found = find_dates("Chào mừng Quốc khánh 2/9; nghỉ dịp 30/4 - 1/5; đạt 2/9 chỉ tiêu.")
    assert [m.value for m in found] == ["--09-02", "--04-30/--05-01"]


def test_range_of_days_after_a_preposition() -> None:
    assert [m.value for m in find_dates("Hội chợ diễn ra từ 20 đến 25/3.")] == ["--03-20/--03-25"]
    assert find_dates("Tăng từ 2 đến 3/4 số dự án.") == ()


def test_event_named_after_a_month() -> None:
    found = find_dates("Kỷ niệm 80 năm Cách mạng tháng Tám; tháng Tám năm 2025 có nhiều sự kiện.")
    assert [m.value for m in found] == ["2025-08"]


@pytest.mark.xfail(strict=True, reason="relative days without a written date ('Hôm qua') are not resolved")
def test_gap_relative_day_without_a_date() -> None:
    assert [m.value for m in find_dates("Hôm qua, hội nghị đã bế mạc.", reference=D(2024, 7, 17))] == ["2024-07-16"]


@pytest.mark.xfail(strict=True, reason="lunar-calendar dates ('mùng 3 Tết') are not converted")
def test_gap_lunar_dates() -> None:
    assert [m.value for m in find_dates("Mùng 3 Tết Giáp Thìn, lãnh đạo tỉnh đi kiểm tra.")] == ["2024-02-12"]


# --------------------------------------------------------------------------
# Mentions: precision, start and end
# --------------------------------------------------------------------------

PERIODS = {
    "day": ("ngày 16/7/2024", Precision.DAY, D(2024, 7, 16), D(2024, 7, 16)),
    "day and time": ("15:34 01/12/2023", Precision.DATETIME, D(2023, 12, 1), D(2023, 12, 1)),
    "range": ("mùng 6-7/7/2024", Precision.DAY, D(2024, 7, 6), D(2024, 7, 7)),
    "month": ("tháng 2/2024", Precision.MONTH, D(2024, 2, 1), D(2024, 2, 29)),
    "quarter": ("quý IV/2023", Precision.QUARTER, D(2023, 10, 1), D(2023, 12, 31)),
    "half": ("6 tháng cuối năm 2023", Precision.HALF, D(2023, 7, 1), D(2023, 12, 31)),
    "year": ("năm 2023", Precision.YEAR, D(2023, 1, 1), D(2023, 12, 31)),
    "target year": ("đến năm 2030", Precision.YEAR, D(2030, 1, 1), D(2030, 12, 31)),
    "years": ("nhiệm kỳ 2025-2030", Precision.YEARS, D(2025, 1, 1), D(2030, 12, 31)),
}


@pytest.mark.parametrize(("text", "precision", "start", "end"), PERIODS.values(), ids=PERIODS.keys())
def test_precision_start_end(text: str, precision: Precision, start: dt.date, end: dt.date) -> None:
    (m,) = find_dates(text)
    assert (m.precision, m.start, m.end, m.year_inferred) == (precision, start, end, False)


def test_unknown_year_has_no_start_or_end() -> None:
    (m,) = find_dates("Ngày 8/2, tỉnh họp.")
    assert (m.value, m.start, m.end, m.year_known, m.year) == ("--02-08", None, None, False, None)


def test_29_february_stays_unknown_in_a_common_year() -> None:
    (m,) = find_dates("ngày 29/2", reference=D(2023, 5, 1))
    assert (m.value, m.year_inferred) == ("--02-29", False)


# --------------------------------------------------------------------------
# anchor
# --------------------------------------------------------------------------


def test_anchor_gives_the_reference_year_and_keeps_written_years() -> None:
    found = scan(normalize("Ngày 16/7, quý I, 6 tháng đầu năm, năm ngoái, tháng 5/2010.").text)
    assert [m.value for m in found] == ["--07-16", "--Q1", "--H1", "--", "2010-05"]
    anchored = anchor(found, D(2024, 7, 20))
    assert [(m.value, m.year_inferred) for m in anchored] == [
        ("2024-07-16", True),
        ("2024-Q1", True),
        ("2024-H1", True),
        ("2023", True),
        ("2010-05", False),
    ]
    assert anchored[0].start == anchored[0].end == D(2024, 7, 16)
    assert [m.span for m in anchored] == [m.span for m in found]
    assert anchor(anchored, D(2030, 1, 1)) == anchored


def test_anchor_reads_mentions_mapped_back_to_the_original() -> None:
    text = "Chie\u0302\u0300u 25/12, tỉnh họp báo."  # NFD: the mention's text is not normalised
    (m,) = find_dates(text)
    (anchored,) = anchor((m,), D(2020, 12, 26))
    assert (anchored.value, anchored.text) == ("2020-12-25", text[: anchored.span.end])


@given(written_dates())
def test_anchor_agrees_with_scanning_with_a_reference(written: Written) -> None:
    reference = written.reference or D(2020, 6, 15)
    norm = normalize(written.text).text
    assert anchor(scan(norm), reference) == scan(norm, reference=reference)


# --------------------------------------------------------------------------
# parse_date
# --------------------------------------------------------------------------

PUBLISHED = {
    "time and date": ("15:34 01/12/2023", "2023-12-01T15:34", Precision.DATETIME),
    "weekday, date | time": ("Thứ 3, 04/04/2023 | 16:10:37", "2023-04-04T16:10:37", Precision.DATETIME),
    "weekday, date, time (GMT+7)": ("Thứ sáu, 29/12/2023, 13:54 (GMT+7)", "2023-12-29T13:54", Precision.DATETIME),
    "weekday, date, time[GMT+7]": ("Thứ 3, 30/07/2024, 05:20[GMT+7]", "2024-07-30T05:20", Precision.DATETIME),
    "ISO timestamp": ("2024-07-30T05:20:00+07:00", "2024-07-30T05:20:00", Precision.DATETIME),
    "ISO date": ("2024-07-30", "2024-07-30", Precision.DAY),
    "date only": ("Thứ tư, 28/10/2020", "2020-10-28", Precision.DAY),
    "bare day and month": ("16/7", "--07-16", Precision.DAY),
    "bare year": ("2024", "2024", Precision.YEAR),
    "English date": ("July 30, 2024", "2024-07-30", Precision.DAY),
    "English timestamp": ("Tuesday, 30 July 2024 05:20", "2024-07-30T05:20", Precision.DATETIME),
    "English month": ("July 2024", "2024-07", Precision.MONTH),
    "English date without a year": ("July 16", "--07-16", Precision.DAY),
}


@pytest.mark.parametrize(("text", "value", "precision"), PUBLISHED.values(), ids=PUBLISHED.keys())
def test_parse_date(text: str, value: str, precision: Precision) -> None:
    m = parse_date(text)
    assert (m.value, m.precision, m.text, tuple(m.span)) == (value, precision, text, (0, len(text)))


def test_parse_date_keeps_the_span_of_the_trimmed_original() -> None:
    text = "  Chie\u0302\u0300u 21.4\n"
    m = parse_date(text, reference=D(2025, 5, 1))
    assert (m.value, m.text, m.year_inferred) == ("2025-04-21", text.strip(), True)
    assert text[m.span.start : m.span.end] == m.text


def test_parse_date_relative_english_needs_a_reference() -> None:
    with pytest.raises(ParseError):
        parse_date("yesterday")
    m = parse_date("yesterday", reference=D(2024, 7, 17))
    assert (m.value, m.year_inferred) == ("2024-07-16", True)
    assert parse_date("July 16", reference=D(2024, 1, 1)).value == "2024-07-16"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "14,14%",
        "2/63",
        "11-NQ/TW",
        "100/2019/NĐ-CP",
        "lần thứ tư",
        "ngày 16/7 và ngày 17/7",
        "Ngày 16/7, tỉnh họp",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_date(text)


@given(written_dates())
def test_parse_date_reads_every_written_form(written: Written) -> None:
    assert parse_date(written.text, reference=written.reference).value == written.value


@pytest.mark.parametrize("function", [find_dates, parse_date])
def test_bytes_are_refused(function: object) -> None:
    with pytest.raises(InputTypeError):
        function("ngày 16/7".encode())  # type: ignore[operator]


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------


@given(written_dates(), st.data())
def test_round_trip(written: Written, data: st.DataObject) -> None:
    """A date written in any form, in a sentence, is read back exactly once."""
    sentence, offset, text = data.draw(carried(st.just(written.text)))
    (m,) = find_dates(sentence, reference=written.reference)
    assert (m.value, m.text, m.span.start) == (written.value, text, offset)


@given(carried(non_dates()))
def test_numbers_that_are_not_dates(carried_text: tuple[str, int, str]) -> None:
    assert find_dates(carried_text[0]) == ()


def _check_mentions(text: str, mentions: tuple[DateMention, ...]) -> None:
    previous_end = 0
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.text
        assert m.span.start >= previous_end, "sorted and not overlapping"
        previous_end = m.span.end
        assert m.value.startswith("--") != m.year_known or not m.year_known
        assert (m.start is None) == (not m.year_known)


@given(st.text())
def test_any_text(text: str) -> None:
    _check_mentions(text, find_dates(text))


@given(token_soup())
def test_date_like_soup(text: str) -> None:
    _check_mentions(text, find_dates(text, reference=D(2024, 7, 1)))


@given(written_dates(), st.data())
def test_decomposed_and_spaced_input(written: Written, data: st.DataObject) -> None:
    """NFD input and extra spaces around the date give the same values."""
    sentence = data.draw(carried(st.just(written.text)))[0]
    nfd = "  " + unicodedata.normalize("NFD", sentence) + "  "
    found = find_dates(nfd, reference=written.reference)
    assert [m.value for m in found] == [written.value]
    _check_mentions(nfd, found)


def _slow_scan(text: str) -> list[tuple[int, int, object]]:
    """The grammar's regex tried at every position, without the pre-filter."""
    grammar, out, pos = dates._grammar(), [], 0
    while (m := grammar.regex.search(text, pos)) is not None:
        parts = dates._match_parts(m, text)
        if parts is None:
            pos = m.start() + 1
            continue
        out.append((m.start(), m.end(), parts))
        pos = m.end()
    return out


@given(token_soup())
def test_prefilter_misses_nothing(text: str) -> None:
    norm = normalize(text).text
    assert list(dates._matches(norm)) == _slow_scan(norm)


_CASE_TWINS = {"i": "ıİ", "s": "ſ", "k": "\u212a"}  # letters re.IGNORECASE matches with "i", "s", "k"


def _recased(text: str, rnd: random.Random) -> str:
    """``text`` with each letter in a random case, now and then as a twin ``re`` equates with it."""
    out = []
    for ch in text:
        twins = _CASE_TWINS.get(ch.lower())
        if twins and rnd.random() < 0.2:
            out.append(rnd.choice(twins))
        else:
            out.append(ch.upper() if rnd.random() < 0.5 else ch.lower())
    return "".join(out)


@given(token_soup(), st.randoms(use_true_random=False))
def test_prefilter_misses_nothing_in_any_case(text: str, rnd: random.Random) -> None:
    """The pre-filter reads a lower-cased text: a date in mixed case ("CÙNG kỳ năm trước",
    "Các THÁNG cuối năm") is found as the case-blind grammar finds it."""
    norm = normalize(_recased(text, rnd)).text
    assert list(dates._matches(norm)) == _slow_scan(norm)


@pytest.mark.parametrize("phrase", ["CÙNG kỳ năm trước", "Các THÁNG cuối năm", "SÁU tháng đầu năm 2024"])
def test_date_phrase_in_mixed_case(phrase: str) -> None:
    (m,) = find_dates(f"Kết quả {phrase} đạt khá.", reference=dt.date(2024, 7, 1))
    assert m.text == phrase


# --------------------------------------------------------------------------
# Robustness
# --------------------------------------------------------------------------

JUNK = {
    "empty": "",
    "control characters": "\x00\x01\x1f\x7f ngày\x0b16/7",
    "lone combining marks": "\u0301\u0300\u0323 16\u0301/7",
    "superscript": "3²/7²",
    "roman numeral character": "ⅷ/ⅻ quý ⅱ",
    "100 000 digits": "1" * 100_000,
    "digits and slashes": "1/" * 50_000,
    "HTML": '<p class="date">Ngày <b>16/7</b>,</p><script>var d="2024-07-16";</script>',
    "spaces": " " * 100_000 + "ngày 16/7",
}


@pytest.mark.parametrize("text", JUNK.values(), ids=JUNK.keys())
def test_junk(text: str) -> None:
    _check_mentions(text, find_dates(text))


def test_long_inputs_finish() -> None:
    line = " ".join(
        f"Ngày {d % 28 + 1}/{d % 12 + 1}, tăng {d},5% so với năm {1990 + d % 40}; quý II" for d in range(4500)
    )
    assert len(line) > 200_000
    assert len(find_dates(line)) == 3 * 4500
    text = "\n".join([line] * 5)
    assert len(find_dates(text)) == 15 * 4500


def test_import_does_not_load_dateparser() -> None:
    code = "import sys, vnpolparse.dates as d; d.find_dates('ngày 16/7/2024'); print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_vocabulary_names_its_source() -> None:
    assert "Source" in source_of("date_words")


# --------------------------------------------------------------------------
# The development corpus
# --------------------------------------------------------------------------


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_mentions(path: object) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    _check_mentions(text, find_dates(text))
    norm = normalize(text).text
    assert list(dates._matches(norm)) == _slow_scan(norm)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_gold_dates_are_found(path: object) -> None:
    """Every gold date value is found, with the gold event or published day as reference."""
    gold = json.loads((GOLD_DIR / f"{path.stem}.json").read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    day = gold.get("published") or gold.get("event_date")
    reference = D.fromisoformat(day[:10]) if day and not day.startswith("--") else None
    mentions = scan(normalize(path.read_text(encoding="utf-8")).text)  # type: ignore[attr-defined]
    if reference is not None:
        mentions = anchor(mentions, reference)
    assert {d["value"] for d in gold["dates"]} <= {m.value for m in mentions}
