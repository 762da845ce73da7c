"""People in lists, names inside the names of things, and where a name starts after a title.

The example sentences are made up: names are fictional, as are the events.
"""

from __future__ import annotations

import pytest

from vnpolparse import find_people


def people(text: str, province: str | None = None) -> dict[str, list[str]]:
    """Name -> the titles as written."""
    return {p.name: [t.text for t in p.titles] for p in find_people(text, province=province)}


def bodies(text: str, province: str | None = None) -> dict[str, list[str | None]]:
    """Name -> the bodies of the titles."""
    return {p.name: [t.body for t in p.titles] for p in find_people(text, province=province)}


# --- A title written after the last name of a list that a plural form of address opens -----------


@pytest.mark.parametrize(
    "text",
    [
        "Tiếp đoàn có các đồng chí: Đào Văn Khải, Mạc Thị Yến, Phó Giám đốc Sở Tư pháp.",
        "Tiếp đoàn có các đồng chí Thượng tá: Đào Văn Khải, Mạc Thị Yến và Lưu Quang Hiếu, Phó Giám đốc Sở Tư pháp.",
        "Tiếp đoàn có các đồng chí Đào Văn Khải, Mạc Thị Yến, Phó Giám đốc Sở Tư pháp.",
    ],
)
def test_title_after_a_list_is_shared(text: str) -> None:
    found = people(text)
    assert len(found) >= 2
    assert all(titles == ["Phó Giám đốc Sở Tư pháp"] for titles in found.values())


def test_title_after_a_list_shared_within_its_group() -> None:
    found = people(
        "Làm việc với đoàn có các đồng chí: Đào Văn Khải, Bí thư Huyện ủy; Mạc Thị Yến, Lưu Quang Hiếu, "
        "Phó Chủ tịch UBND huyện; Tôn Thất Vĩnh, Chánh Văn phòng Huyện ủy."
    )
    assert found["Đào Văn Khải"] == ["Bí thư Huyện ủy"]
    assert found["Mạc Thị Yến"] == found["Lưu Quang Hiếu"] == ["Phó Chủ tịch UBND huyện"]
    assert found["Tôn Thất Vĩnh"] == ["Chánh Văn phòng Huyện ủy"]


def test_own_titles_in_a_list_are_not_shared_back() -> None:
    found = people("Dự có các đồng chí: Đào Văn Khải, Bí thư Huyện ủy, Mạc Thị Yến, Phó Chủ tịch UBND huyện.")
    assert found["Đào Văn Khải"] == ["Bí thư Huyện ủy"]
    assert found["Mạc Thị Yến"] == ["Phó Chủ tịch UBND huyện"]


def test_titles_in_brackets_after_the_last_name_are_its_own() -> None:
    found = people("Dự có các đồng chí: Đào Văn Khải, Mạc Thị Yến (Phó Giám đốc Sở Tư pháp).")
    assert found["Đào Văn Khải"] == []
    assert found["Mạc Thị Yến"] == ["Phó Giám đốc Sở Tư pháp"]


def test_no_plural_no_shared_title() -> None:
    # Without "các", the first name is someone the reader already knows: the title is the last one's.
    found = people("Dự có đồng chí Đào Văn Khải, Mạc Thị Yến, Phó Giám đốc Sở Tư pháp.")
    assert found["Đào Văn Khải"] == []
    assert found["Mạc Thị Yến"] == ["Phó Giám đốc Sở Tư pháp"]


# --- A list headed by a number of posts -----------------------------------------------------------


@pytest.mark.parametrize("count", ["4", "bốn", "Hai"])
def test_counted_list_head(count: str) -> None:
    found = people(
        f"Hội nghị đã hiệp thương cử {count} Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện gồm: ông Đào Văn Khải "
        "- Phó Chủ tịch kiêm Chủ tịch Hội Cựu chiến binh huyện, bà Mạc Thị Yến - Phó Chủ tịch."
    )
    for name in ("Đào Văn Khải", "Mạc Thị Yến"):
        assert "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện" in found[name]


@pytest.mark.parametrize("head", ["ngày 4", "số 4", "1", "2024"])
def test_a_date_or_one_heads_no_list(head: str) -> None:
    found = people(f"Theo thông báo {head} Phó Chủ tịch UBND huyện gồm: Đào Văn Khải và Mạc Thị Yến.")
    assert all("Phó Chủ tịch UBND huyện" not in titles for titles in found.values())


# --- A body in brackets after each name of a list ---------------------------------------------------


def test_body_in_brackets_completes_a_shared_post() -> None:
    text = (
        "Cùng dự có các Thứ trưởng: Đào Văn Khải (Bộ Xây dựng), Mạc Thị Yến (Bộ Khoa học và Công nghệ), "
        "Lưu Quang Hiếu (Bộ Y tế)."
    )
    assert people(text) == {
        "Đào Văn Khải": ["Thứ trưởng Bộ Xây dựng"],
        "Mạc Thị Yến": ["Thứ trưởng Bộ Khoa học và Công nghệ"],
        "Lưu Quang Hiếu": ["Thứ trưởng Bộ Y tế"],
    }
    assert bodies(text)["Lưu Quang Hiếu"] == ["Bộ Y tế"]


def test_body_in_brackets_after_one_name() -> None:
    assert people("Thứ trưởng Lưu Quang Hiếu (Bộ Y tế) phát biểu.") == {"Lưu Quang Hiếu": ["Thứ trưởng Bộ Y tế"]}


def test_bracket_after_a_post_with_its_body_changes_nothing() -> None:
    found = people("Có mặt các Phó Chủ tịch UBND tỉnh: Đào Văn Khải (Sở Y tế), Mạc Thị Yến.")
    assert found["Đào Văn Khải"] == ["Phó Chủ tịch UBND tỉnh"]


# --- "BODY ... do NAME làm POST": the post is the head of that body ----------------------------------


def test_do_lam_post_of_the_clause_body() -> None:
    found = people("Ủy ban Kiểm tra Đảng ủy xã gồm 5 đồng chí, do đồng chí Lưu Quang Hiếu làm Chủ nhiệm.")
    assert found == {"Lưu Quang Hiếu": ["Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"]}


def test_do_lam_head_of_a_ban() -> None:
    found = bodies("Ban Chỉ đạo gồm 11 thành viên do ông Lưu Quang Hiếu, Phó Chủ tịch UBND xã làm Trưởng ban.")
    assert found["Lưu Quang Hiếu"] == ["Ủy ban nhân dân xã", "Ban Chỉ đạo"]


def test_do_lam_head_of_a_delegation() -> None:
    text = (
        "Đoàn công tác của Bộ Nội vụ do Thứ trưởng Lưu Quang Hiếu làm Trưởng đoàn, "
        "đồng chí Mạc Thị Yến làm Phó Trưởng đoàn. Đoàn đại biểu Quốc hội tỉnh do ông Tôn Thất Vĩnh làm Trưởng đoàn."
    )
    assert "Đoàn công tác của Bộ Nội vụ" in bodies(text)["Lưu Quang Hiếu"]
    assert bodies(text)["Tôn Thất Vĩnh"] == ["Đoàn đại biểu Quốc hội tỉnh"]
    assert [t for t in people(text)["Mạc Thị Yến"] if t.startswith("Trưởng")] == []  # not the head's title


def test_gom_clause_then_the_post_held() -> None:
    found = people(
        "Ủy ban Kiểm tra Đảng ủy xã gồm 5 đồng chí: đồng chí Lưu Quang Hiếu giữ chức Chủ nhiệm, "
        "bà Mạc Thị Yến làm Phó Chủ nhiệm."
    )
    assert found["Lưu Quang Hiếu"] == ["Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"]
    assert "Chủ nhiệm" not in found["Mạc Thị Yến"]  # the post before her name is his


def test_an_electing_organ_elects_the_head_of_its_body() -> None:
    found = people("Ban Chấp hành Hội Cựu chiến binh xã gồm 7 đồng chí, trong đó ông Lưu Quang Hiếu làm Chủ tịch.")
    assert found == {"Lưu Quang Hiếu": ["Chủ tịch Hội Cựu chiến binh xã"]}


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban Kiểm tra Đảng ủy xã họp, ông Lưu Quang Hiếu làm Chủ nhiệm.",  # no "do"
        "Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy do ông Lưu Quang Hiếu làm Chủ nhiệm.",  # the owner, not the body
    ],
)
def test_do_lam_without_the_clause_body(text: str) -> None:
    assert people(text)["Lưu Quang Hiếu"] == ["Chủ nhiệm"]


# --- A neighbour's province after a title ends the title --------------------------------------------


def test_hyphenated_foreign_province_ends_the_title() -> None:
    text = "Đón đoàn có Bí thư Tỉnh ủy Chăm-pa-xắc Khăm-phon Vông-xa và Phó Tỉnh trưởng Bô-ly-khăm-xay Xỉ-la Bun-nhơ."
    found = people(text, province="Quảng Trị")
    assert found == {
        "Khăm-phon Vông-xa": ["Bí thư Tỉnh ủy Chăm-pa-xắc"],
        "Xỉ-la Bun-nhơ": ["Phó Tỉnh trưởng Bô-ly-khăm-xay"],
    }
    assert bodies(text, province="Quảng Trị")["Khăm-phon Vông-xa"] == ["Tỉnh ủy Chăm-pa-xắc"]


def test_vietnamese_province_and_names_unchanged() -> None:
    assert people("Bí thư Tỉnh ủy Quảng Trị Lê Văn Hậu và Chủ tịch Xỉ-la Bun-nhơ.") == {
        "Lê Văn Hậu": ["Bí thư Tỉnh ủy Quảng Trị"],
        "Xỉ-la Bun-nhơ": ["Chủ tịch"],
    }


def test_hamlet_post_before_a_full_name() -> None:
    found = people("Trưởng thôn Hà Văn Tiến và Trưởng bản Nà Hin Lò Văn Sướng dự họp.")
    assert found == {"Hà Văn Tiến": ["Trưởng thôn"], "Lò Văn Sướng": ["Trưởng bản Nà Hin"]}


# --- Names inside the names of things; historical figures --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đơn vị được tặng Huy chương Lý Tự Trọng.",
        "Đoàn thăm khu rừng Lê Lợi và khu di tích Nguyễn Thái Học.",
        "Học sinh trường THPT Phan Bội Châu dâng hương tại tượng đài Nguyễn Trãi.",
        "Lễ trao Kỷ niệm chương Trần Quốc Toản cho các em.",
        "Trận đấu tại sân vận động Trần Hưng Đạo.",
    ],
)
def test_things_named_after_people_are_no_people(text: str) -> None:
    assert people(text) == {}


def test_address_names_the_person_a_site_is_for() -> None:
    assert list(people("Đoàn dâng hương tại đền thờ đồng chí Nguyễn Văn Cừ.")) == ["Nguyễn Văn Cừ"]


def test_a_name_the_figure_bore_at_another_time_is_kept_as_written() -> None:
    assert list(people("Năm 1925, lãnh tụ Nguyễn Ái Quốc thành lập Hội Việt Nam Cách mạng Thanh niên.")) == [
        "Nguyễn Ái Quốc"
    ]
    assert list(people("Thế hệ trẻ học tập Bác Hồ.")) == ["Hồ Chí Minh"]


def test_national_heroes_without_titles() -> None:
    assert list(people("Tấm gương Võ Thị Sáu, Vừ A Dính và Bế Văn Đàn còn mãi.")) == [
        "Võ Thị Sáu",
        "Vừ A Dính",
        "Bế Văn Đàn",
    ]


def test_list_items_with_a_dash_keep_their_own_titles() -> None:
    found = people(
        "Hội nghị bầu các Phó Chủ tịch Hội đồng nhân dân huyện gồm: ông Đào Văn Khải - Chủ tịch Hội Nông dân huyện, "
        "bà Mạc Thị Yến - Chủ tịch Hội Cựu chiến binh huyện và ông Lưu Quang Hiếu."
    )
    assert found["Đào Văn Khải"] == ["Phó Chủ tịch Hội đồng nhân dân huyện", "Chủ tịch Hội Nông dân huyện"]
    assert found["Mạc Thị Yến"] == ["Phó Chủ tịch Hội đồng nhân dân huyện", "Chủ tịch Hội Cựu chiến binh huyện"]
    assert found["Lưu Quang Hiếu"] == ["Phó Chủ tịch Hội đồng nhân dân huyện"]


def test_titles_after_a_name_are_not_the_next_persons() -> None:
    found = people("Ông Đào Văn Khải - Giám đốc Sở Y tế, bà Mạc Thị Yến cho biết.")
    assert found == {"Đào Văn Khải": ["Giám đốc Sở Y tế"], "Mạc Thị Yến": []}


def test_posts_of_a_party_cell_and_an_accountant() -> None:
    found = people("Bà Đỗ Thị Hạnh, Chi ủy viên, Kế toán trưởng, phát biểu.")
    assert found == {"Đỗ Thị Hạnh": ["Chi ủy viên", "Kế toán trưởng"]}
