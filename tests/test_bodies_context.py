"""Bodies completed from their context: places shared along a chain of posts, bare names that stand
for a body named in full (inside a part's name too), commissions that name their Party committee,
one body under two names, and historical bodies."""

from __future__ import annotations

import pytest

from vnpolparse import find_bodies


def names(text: str, province: str | None = None) -> list[str]:
    return [b.name for b in find_bodies(text, province=province)]


CHAINS = {
    "a commune's Party committee shares the place of the next post": (
        "Ông Lê Văn Tâm, nguyên Phó Bí thư Đảng ủy, nguyên Chủ tịch UBND xã Tân Lập bị kỷ luật.",
        ["Đảng ủy xã Tân Lập", "Ủy ban nhân dân xã Tân Lập"]),
    "posts joined by 'kiêm'": (
        "Bà Hà Thị Nga, Bí thư Đảng ủy kiêm Chủ tịch HĐND phường Mỹ An, phát biểu.",
        ["Đảng ủy phường Mỹ An", "Hội đồng nhân dân phường Mỹ An"]),
    "above the commune, the Party committee of the body after it": (
        "Đại tá Trần Văn Hòa, Bí thư Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự tỉnh dự họp.",
        ["Đảng ủy Bộ Chỉ huy Quân sự tỉnh Yên Bái", "Bộ Chỉ huy Quân sự tỉnh Yên Bái"]),
}


@pytest.mark.parametrize(("text", "expected"), CHAINS.values(), ids=CHAINS.keys())
def test_place_shared_along_a_chain_of_posts(text: str, expected: list[str]) -> None:
    assert names(text, "Yên Bái") == expected


def test_no_place_shared_across_a_sentence() -> None:
    # A full stop ends the chain: "Đảng ủy" alone stays no body.
    assert names("Ông Nam là Phó Bí thư Đảng ủy. Chủ tịch UBND xã Tân Lập phát biểu.") == [
        "Ủy ban nhân dân xã Tân Lập"]


def test_bare_name_stands_for_the_place_last_named() -> None:
    text = ("Ông Phan Văn Long, Bí thư Đảng ủy xã Tân Lập, và ông Vũ Minh, Chủ tịch UBND xã Tân Lập, dự họp; "
            "UBND xã Hòa Bình vắng mặt. Sau đó, ông Long, Bí thư Đảng ủy xã Tân Lập, cho biết UBND xã đã "
            "thu hồi đất.")
    found = find_bodies(text)
    assert [b.name for b in found] == ["Đảng ủy xã Tân Lập", "Ủy ban nhân dân xã Tân Lập",
                                       "Ủy ban nhân dân xã Hòa Bình"]
    assert [m.text for m in found[1].mentions] == ["UBND xã Tân Lập", "UBND xã"]


def test_bare_name_without_a_place_before_it_stays_apart() -> None:
    text = "UBND xã đã giao đất. Về sau UBND xã Tân Lập và UBND xã Hòa Bình rà soát."
    assert names(text) == ["Ủy ban nhân dân xã", "Ủy ban nhân dân xã Tân Lập", "Ủy ban nhân dân xã Hòa Bình"]


def test_bare_name_stands_for_the_body_inside_a_part() -> None:
    text = "Ban Chấp hành Đảng bộ huyện Yên Lạc họp. Đảng bộ huyện có 40 tổ chức cơ sở đảng."
    assert names(text) == ["Ban Chấp hành Đảng bộ huyện Yên Lạc", "Đảng bộ huyện Yên Lạc"]


COMMISSIONS = {
    "a commission names its committee": (
        "Bà Lê Thu, Trưởng Ban Dân vận Đảng ủy phường Hòa Khánh, phát biểu.",
        ["Ban Dân vận Đảng ủy phường Hòa Khánh", "Đảng ủy phường Hòa Khánh"]),
    "a provincial commission, the province from the article": (
        "Phó Trưởng Ban Tổ chức Tỉnh ủy dự họp.",
        ["Ban Tổ chức Tỉnh ủy Nam Định", "Tỉnh ủy Nam Định"]),
}


@pytest.mark.parametrize(("text", "expected"), COMMISSIONS.values(), ids=COMMISSIONS.keys())
def test_commission_names_its_party_committee(text: str, expected: list[str]) -> None:
    found = find_bodies(text, province="Nam Định")
    assert [b.name for b in found] == expected
    assert found[1].mentions == ()  # named inside the commission's mention only


NOT_PARENTS = {
    "the standing committee is no commission": ("Ban Thường vụ Đảng ủy xã Tân Lập họp.",
                                                ["Ban Thường vụ Đảng ủy xã Tân Lập"]),
    "the inspection commission neither": ("Ủy ban Kiểm tra Huyện ủy Yên Lạc làm việc.",
                                          ["Ủy ban Kiểm tra Huyện ủy Yên Lạc"]),
    "a central commission is a body of its own": ("Ban Tổ chức Trung ương hướng dẫn.", ["Ban Tổ chức Trung ương"]),
}


@pytest.mark.parametrize(("text", "expected"), NOT_PARENTS.values(), ids=NOT_PARENTS.keys())
def test_other_parts_do_not_name_their_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


ONE_BODY = {
    "the provincial Youth Union under its two names": (
        "Bí thư Tỉnh đoàn trao quà; Đoàn TNCS Hồ Chí Minh tỉnh phát động phong trào.",
        ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sơn La"]),
    "the Youth Union abbreviated without 'Hồ Chí Minh'": (
        "Đoàn TNCS tỉnh ra quân.", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sơn La"]),
    "the provincial Front and its committee": (
        "Đại hội MTTQ Việt Nam tỉnh lần thứ I; Ủy ban MTTQ Việt Nam tỉnh Sơn La ra mắt.",
        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La"]),
}


@pytest.mark.parametrize(("text", "expected"), ONE_BODY.values(), ids=ONE_BODY.keys())
def test_one_body_under_two_names(text: str, expected: list[str]) -> None:
    assert names(text, "Sơn La") == expected


def test_national_front_stays_apart_from_a_local_committee() -> None:
    text = "Ủy ban MTTQ Việt Nam tỉnh Sơn La cử đại biểu dự Đại hội MTTQ Việt Nam toàn quốc."
    assert names(text, "Sơn La") == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La", "Mặt trận Tổ quốc Việt Nam"]


HISTORY = {
    "the Indochinese Communist Party": ("Năm 1938 ông vào Đảng Cộng sản Đông Dương.", "Đảng Cộng sản Đông Dương"),
    "an inter-zone Party committee": ("Ông là Ủy viên Liên khu ủy Liên khu IV.", "Liên khu ủy Liên khu IV"),
    "a regional Party committee": ("Xứ ủy Nam Kỳ chỉ đạo khởi nghĩa.", "Xứ ủy Nam Kỳ"),
    "a zone committee": ("Khu ủy Tây Bắc họp.", "Khu ủy Tây Bắc"),
    "the Viet Minh": ("Mặt trận Việt Minh kêu gọi toàn dân.", "Mặt trận Việt Minh"),
    "a national-salvation association": ("Bà tham gia Hội Phụ nữ cứu quốc từ năm 1943.", "Hội Phụ nữ Cứu quốc"),
    "a provincial administrative committee": ("Chủ tịch Ủy ban Hành chính tỉnh Hải Dương ký.",
                                               "Ủy ban Hành chính tỉnh Hải Dương"),
    "a resistance and administrative committee": ("Ủy ban Kháng chiến Hành chính huyện Kim Sơn họp.",
                                                  "Ủy ban Kháng chiến Hành chính huyện Kim Sơn"),
    "a provincial department before 1976": ("Ty Tài chính Nghệ An cấp vốn.", "Ty Tài chính tỉnh Nghệ An"),
    "the provisional government of 1945": ("Chính phủ lâm thời nước Việt Nam Dân chủ Cộng hòa ra sắc lệnh.",
                                            "Chính phủ lâm thời nước Việt Nam Dân chủ Cộng hòa"),
}


@pytest.mark.parametrize(("text", "name"), HISTORY.values(), ids=HISTORY.keys())
def test_historical_bodies(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text", ["Công ty Tài chính cổ phần Sông Đà báo lãi.", "công ty Tài chính mở rộng.",
                                  "Kiểm tra khu ủy thác đầu tư."])
def test_not_historical_bodies(text: str) -> None:
    assert names(text) == []


def test_party_organisation_with_the_people_in_capitals() -> None:
    assert names("Cảm ơn Đảng bộ, chính quyền và Nhân dân các dân tộc tỉnh Điện Biên.") == ["Đảng bộ tỉnh Điện Biên"]


def test_party_organisation_without_a_place_is_no_body() -> None:
    assert names("Cảm ơn Đảng bộ, chính quyền và Nhân dân cả nước.") == []


def test_trade_union_of_a_province_is_its_labour_federation() -> None:
    text = "Liên đoàn Lao động tỉnh Kon Tum tổ chức Đại hội Công đoàn tỉnh lần thứ XII."
    assert names(text, "Kon Tum") == ["Liên đoàn Lao động tỉnh Kon Tum"]


def test_part_of_a_steering_committee_named_in_full_elsewhere() -> None:
    text = ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực họp. "
            "Cơ quan Thường trực Ban Chỉ đạo báo cáo kết quả.")
    assert names(text)[1:] == ["Cơ quan Thường trực Ban Chỉ đạo"]


def test_part_of_a_steering_committee_never_named_is_no_body() -> None:
    assert names("Cơ quan Thường trực Ban Chỉ đạo báo cáo kết quả.") == []


def test_party_committee_of_a_foreign_province_from_a_chain_of_posts() -> None:
    text = "Tiếp ông Khăm-sa Vông-phăn, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Pha Bang; Tỉnh ủy Lai Châu chủ trì."
    assert names(text, "Lai Châu") == ["Tỉnh ủy Luông Pha Bang", "Tỉnh ủy Lai Châu"]


def test_party_committee_before_a_body_keeps_the_article_province() -> None:
    assert names("Bà Lý Thị Hoa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, phát biểu.", "Lai Châu") == [
        "Tỉnh ủy Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu"]
