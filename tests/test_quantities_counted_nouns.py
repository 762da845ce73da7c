"""Counts of nouns outside the listed heads: agent nouns ("thẩm định viên") and "việc".

The example sentences are written for these tests (fictional).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from vnpolparse.quantities import find_quantities


def counts(text: str) -> list[tuple[str, Decimal, str | None]]:
    """(text, value, unit) of every count in ``text``."""
    return [(q.text, q.value, q.unit) for q in find_quantities(text) if q.kind.value == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Agent nouns of roles and trades, not in the list of heads: any one or two syllables before "viên".
        (
            "Cả tỉnh có khoảng 2.450 giám định viên tư pháp.",
            [("khoảng 2.450 giám định viên tư pháp", Decimal(2450), "giám định viên tư pháp")],
        ),
        ("Mỗi phòng có 1 thẩm định viên.", [("1 thẩm định viên", Decimal(1), "thẩm định viên")]),
        # a second syllable that is a label word elsewhere ("tập 5") still makes an agent noun
        ("Tòa soạn có 12 biên tập viên.", [("12 biên tập viên", Decimal(12), "biên tập viên")]),
        (
            "Ngành có hơn 3,2 nghìn đấu giá viên.",
            [("hơn 3,2 nghìn đấu giá viên", Decimal(3200), "đấu giá viên")],
        ),
        # "việc" counts tasks and cases, with a scale word too.
        (
            "Năm qua thực hiện trên 4,5 triệu việc chứng thực, cao hơn năm trước.",
            [("trên 4,5 triệu việc chứng thực", Decimal(4500000), "việc chứng thực")],
        ),
        ("Đoàn chỉ ra 7 việc cần làm ngay.", [("7 việc", Decimal(7), "việc")]),
    ],
)
def test_counts_of_nouns_outside_the_list(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sau 5 năm thành viên tổ chức ổn định.",  # a length of time before "thành viên"
        "Anh ấy 20 tuổi đoàn viên ưu tú.",  # an age
        "Có 3 Hà Viên ở đây.",  # a name, not an agent noun
        "Họp lần thứ tư với các kiểm định viên.",  # an ordinal
        "Hàng nghìn hòa giải viên tham gia.",  # "hàng nghìn" states no number
        "Tỷ lệ đạt 14,14% số kiểm định viên.",  # a percentage stays a percentage
        "Kế hoạch năm 2025 việc chuyển đổi số được ưu tiên.",  # a year
    ],
)
def test_no_count_where_no_number_counts_an_agent_noun(text: str) -> None:
    assert counts(text) == []


def test_a_percentage_next_to_an_agent_noun_is_kept() -> None:
    assert [(q.text, q.kind.value) for q in find_quantities("Tỷ lệ đạt 14,14% số kiểm định viên.")] == [
        ("14,14%", "percent")
    ]
