"""Quantities, second round: label syllables inside compound words, foreign currencies, counts of a
noun named before a change ("số xã giảm từ ... xuống còn ..."), honorary titles and Party committees.

The example sentences are written for these tests (fictional).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from vnpolparse.quantities import find_quantities


def found(text: str) -> list[tuple[str, str, Decimal, str | None]]:
    """(text, kind, value, unit) of every quantity in ``text``."""
    return [(q.text, q.kind.value, q.value, q.unit) for q in find_quantities(text)]


# --- a label syllable that ends a compound word ("dứt điểm") is no label -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phường cam kết giải quyết dứt điểm 87 đơn thư.", [("87 đơn thư", "count", Decimal(87), "đơn thư")]),
        ("Tỉnh thí điểm 6 mô hình mới.", [("6 mô hình", "count", Decimal(6), "mô hình")]),
        ("Đoàn kiểm tra định kỳ 12 cơ sở.", [("12 cơ sở", "count", Decimal(12), "cơ sở")]),
    ],
)
def test_a_compound_that_ends_with_a_label_syllable_counts(
    text: str, expected: list[tuple[str, str, Decimal, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thí sinh đạt điểm 9 môn văn.",  # the label itself still names a mark
        "Theo điểm 3 khoản 2 của quy định này.",
        "Giai đoạn 2 dự án khởi công.",
    ],
)
def test_a_label_alone_still_names(text: str) -> None:
    assert found(text) == []


# --- foreign currencies ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Ngân sách tỉnh bạn đạt 4.280 tỷ kíp.", Decimal(4280) * 10**9, "LAK"),
        ("Vốn vay là 15 triệu nhân dân tệ.", Decimal(15) * 10**6, "CNY"),
        ("Dự án dùng 2,5 tỷ yên vốn ODA.", Decimal(25) * 10**8, "JPY"),
        ("Khoản viện trợ 800 triệu riel.", Decimal(8) * 10**8, "KHR"),
        ("Kim ngạch đạt 120 triệu baht.", Decimal(12) * 10**7, "THB"),
        ("Hợp đồng trị giá 9 tỷ rúp.", Decimal(9) * 10**9, "RUB"),
        ("Quỹ góp 40 triệu đô la Singapore.", Decimal(4) * 10**7, "SGD"),
        ("Nhà tài trợ cam kết 3 triệu bảng Anh.", Decimal(3) * 10**6, "GBP"),
        ("Khoản vay 70 tỷ won.", Decimal(7) * 10**10, "KRW"),
        ("Dự án nhận 6 triệu euro.", Decimal(6) * 10**6, "EUR"),
        ("Giá trị là 2.000 LAK mỗi phần.", Decimal(2000), "LAK"),
    ],
)
def test_currencies_of_partner_countries(text: str, value: Decimal, unit: str) -> None:
    money = [(q.value, q.unit) for q in find_quantities(text) if q.kind.value == "money"]
    assert money == [(value, unit)]


def test_the_dollar_alone_stays_usd() -> None:
    assert [q.unit for q in find_quantities("Tổng vốn 12 triệu đô la.")] == ["USD"]


@pytest.mark.parametrize(
    "text",
    [
        "Công nhân làm việc 3 ca, 4 kíp để kịp tiến độ.",  # shifts: a currency word without a scale word
        "Bệnh viện bố trí 2 kíp trực mỗi đêm.",
        "Người dân 5 năm yên tâm sản xuất.",
        "Hội đua có 30 yên ngựa mới.",
    ],
)
def test_a_currency_word_that_is_also_a_noun_needs_a_scale_word(text: str) -> None:
    assert [q for q in find_quantities(text) if q.kind.value == "money"] == []


# --- a count whose noun comes before a change between two bare numbers ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sau sắp xếp, số chi bộ thôn giảm từ 2.416 xuống còn 1.905.",
            [("2.416", Decimal(2416)), ("1.905", Decimal(1905))],
        ),
        ("Số lượng hợp tác xã tăng từ 85 lên 131 trong năm.", [("85", Decimal(85)), ("131", Decimal(131))]),
        ("Tổng số hộ nghèo của huyện giảm từ 640 xuống 412.", [("640", Decimal(640)), ("412", Decimal(412))]),
        # the second number with its noun: both count it
        ("Số xã giảm từ 96 xuống 48 xã.", [("96", Decimal(96)), ("48 xã", Decimal(48))]),
        # the first number with its noun: the bare second counts it too
        ("Cả vùng giảm từ 730 hộ nghèo xuống còn 515.", [("từ 730 hộ nghèo", Decimal(730)), ("515", Decimal(515))]),
    ],
)
def test_a_change_counts_the_noun_named_before(text: str, expected: list[tuple[str, Decimal]]) -> None:
    counts = [(q.text, q.value) for q in find_quantities(text) if q.kind.value == "count"]
    assert counts == expected


def test_a_change_keeps_its_noun_as_unit() -> None:
    assert {q.unit for q in find_quantities("Số hộ nghèo giảm từ 1.350 xuống còn 870.")} == {"hộ nghèo"}


@pytest.mark.parametrize(
    "text",
    [
        "Giá lúa giảm từ 120 xuống 95.",  # no counted noun: a price
        "Tỷ lệ hộ nghèo giảm từ 5,2 xuống 3,1.",  # decimals: a rate
        "Số hộ nghèo giảm từ 2020 đến nay.",  # a year
        "Số hộ nghèo đã rõ. Chỉ số giảm từ 120 xuống 95.",  # the noun is in another sentence
        "Giải ngân từ 120 lên 150.",  # no change verb before "từ"
        "Giá giảm từ 120 đồng xuống 95.",  # the first number's unit is no counted noun
        "Nhiệt độ giảm từ 30 độ xuống 25.",
    ],
)
def test_a_change_without_a_counted_noun_is_no_count(text: str) -> None:
    assert [q for q in find_quantities(text) if q.kind.value == "count"] == []


def test_a_change_into_money_is_no_count() -> None:
    assert [(q.kind.value, q.value) for q in find_quantities("Số vốn của hộ giảm từ 9 xuống 5 tỷ đồng.")] == [
        ("money", Decimal(5) * 10**9)
    ]


# --- honorary titles and Party committees as counted nouns ------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Huyện có 214 Bà mẹ Việt Nam Anh hùng còn sống.", Decimal(214)),
        ("Tỉnh có 9 Anh hùng Lao động.", Decimal(9)),
        ("Ngành y có 31 Thầy thuốc Ưu tú.", Decimal(31)),
        ("Trường có 4 Nhà giáo Nhân dân.", Decimal(4)),
        ("Khoảng 3/5 đảng ủy xã đã họp.", Decimal(3)),
        ("Có 17 cấp ủy được kiện toàn.", Decimal(17)),
    ],
)
def test_titles_and_committees_are_counted(text: str, value: Decimal) -> None:
    counts = [q.value for q in find_quantities(text) if q.kind.value == "count"]
    assert counts == [value]


def test_a_part_of_committees_keeps_its_whole() -> None:
    (q,) = find_quantities("Khoảng 3/5 đảng ủy xã đã họp.")
    assert (q.value, q.total, q.unit) == (Decimal(3), Decimal(5), "đảng ủy xã")
