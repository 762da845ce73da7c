"""Bodies, second round: units whose code closes their name, kinds of bodies that what follows
makes of a body (a level, a count or a list of kinds of places), and bodies the lexicons lacked."""

from __future__ import annotations

import pytest

from vnpolparse import find_bodies, parse_article


def names(text: str, province: str | None = None) -> list[str]:
    return [b.name for b in find_bodies(text, province=province)]


def titles(text: str) -> dict[str, list[str]]:
    return {p.name: [t.text for t in p.titles] for p in parse_article(text).people}


CODED = {
    "a police unit closed by its code": (
        "Phòng Cảnh sát phòng, chống tội phạm về môi trường (PC05) đã bắt giữ 4 đối tượng.",
        ["Phòng Cảnh sát phòng, chống tội phạm về môi trường"]),
    "an intelligence unit, then its parent": (
        "Phòng An ninh kinh tế (PA04) Công an tỉnh Hà Nam báo cáo.",
        ["Phòng An ninh kinh tế", "Công an tỉnh Hà Nam"]),
    # negative cases: no code, no longer name; a unit before the coded one stays whole and apart
    "no code": ("Phòng Cảnh sát cơ động tham gia diễn tập.", ["Phòng Cảnh sát"]),
    "a list of units": (
        "Phòng Tư pháp, Phòng Cảnh sát giao thông (PC08) phối hợp.",
        ["Phòng Tư pháp", "Phòng Cảnh sát giao thông"]),
}


@pytest.mark.parametrize(("text", "expected"), CODED.values(), ids=CODED.keys())
def test_a_unit_code_closes_the_units_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_post_in_a_unit_named_by_its_code() -> None:
    found = titles("Trung tá Đỗ Văn Khang, Phó Trưởng phòng PV01, và Thiếu tá Lê Minh Hải, Trưởng phòng PA02 "
                   "Công an tỉnh Hà Nam, dự họp.")
    assert found["Đỗ Văn Khang"] == ["Phó Trưởng phòng PV01"]
    assert found["Lê Minh Hải"] == ["Trưởng phòng PA02 Công an tỉnh Hà Nam"]


KINDS = {
    "a part of a whole": ("Gần 2/3 đảng bộ phường đã sơ kết nghị quyết.", []),
    "the same level, with the body listed before": (
        "Tỉnh ủy Hà Nam yêu cầu đảng ủy phối hợp với HĐND và UBND cùng cấp.", ["Tỉnh ủy Hà Nam"]),
    "every level": ("MTTQ các cấp đã tổ chức giám sát.", []),
    "a count of places after": ("Nguyên Chủ tịch UBND 2 phường dự lễ.", []),
    "a list of kinds of places": ("Mỗi đảng ủy xã, phường, đặc khu đều có quy chế.", []),
    # negative cases: a named place, a date, posts joined by a comma, a province named after "và"
    "a named commune": (
        "Đảng ủy xã, phường Tân An và UBND xã Tân Lập họp.", ["Đảng ủy xã", "Ủy ban nhân dân xã Tân Lập"]),
    "a date before": ("Ngày 2/9 Tỉnh ủy Hà Nam họp.", ["Tỉnh ủy Hà Nam"]),
    "two posts": ("Ông Sổm-phăn, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nậm Thà, dự.", ["Tỉnh ủy"]),
    "a body with its place then a level": (
        "UBND tỉnh Hà Nam và các sở cùng cấp họp.", ["Ủy ban nhân dân tỉnh Hà Nam"]),
}


@pytest.mark.parametrize(("text", "expected"), KINDS.values(), ids=KINDS.keys())
def test_what_follows_makes_a_kind_of_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


NAMED = {
    "the standing committee of a people's committee's Party committee": (
        "Ban Thường vụ Đảng ủy UBND tỉnh Hà Nam họp.", ["Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Hà Nam"]),
    "the inspection commission of the police's Party committee": (
        "Ủy ban Kiểm tra Đảng ủy Công an tỉnh Hà Nam họp.", ["Ủy ban Kiểm tra Đảng ủy Công an tỉnh Hà Nam"]),
    "the presidium of a Front committee": (
        "Đoàn Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Nam họp.",
        ["Đoàn Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Nam"]),
    "a provisional executive committee": (
        "Năm 1931, Ban Chấp hành lâm thời Đảng bộ tỉnh Hà Nam ra đời.",
        ["Ban Chấp hành lâm thời Đảng bộ tỉnh Hà Nam"]),
    "the first units of the army": (
        "Đội Việt Nam Tuyên truyền Giải phóng quân, rồi Việt Nam Giải phóng quân ra đời.",
        ["Đội Việt Nam Tuyên truyền Giải phóng quân", "Việt Nam Giải phóng quân"]),
    "a project board's Party cell, and the board": (
        "Chi bộ Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Hà Nam bị nhắc nhở.",
        ["Chi bộ Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Hà Nam",
         "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Hà Nam"]),
    "a department's Party cell": ("Chi bộ Sở Tư pháp tỉnh Hà Nam họp.", ["Chi bộ Sở Tư pháp tỉnh Hà Nam",
                                                                        "Sở Tư pháp tỉnh Hà Nam"]),
    # negative cases: a commune's standing committee as before; a congress's presidium and a village's
    # Party cell are no bodies
    "a village's Party cell": ("Chi bộ thôn Đông Hà họp.", []),
    "a commune's standing committee": ("Ban Thường vụ Đảng ủy xã Tân An họp.", ["Ban Thường vụ Đảng ủy xã Tân An"]),
    "a congress's presidium": ("Đoàn Chủ tịch điều hành phiên bế mạc Đại hội.", []),
}


@pytest.mark.parametrize(("text", "expected"), NAMED.values(), ids=NAMED.keys())
def test_bodies_the_lexicons_lacked(text: str, expected: list[str]) -> None:
    assert names(text) == expected


MISSIONS = {
    "a consulate general in a neighbour's province": (
        "Đoàn thăm Tổng Lãnh sự quán Việt Nam tại Chăm-pa-xắc.", ["Tổng Lãnh sự quán Việt Nam tại Chăm-pa-xắc"]),
    "an embassy in a country": (
        "Đại sứ quán Việt Nam tại Hàn Quốc và Bộ Ngoại giao phối hợp.",
        ["Đại sứ quán Việt Nam tại Hàn Quốc", "Bộ Ngoại giao"]),
    "a consulate in a city the lexicons lack": (
        "Lãnh sự quán Việt Nam tại Khon Kaen tổ chức lễ.", ["Lãnh sự quán Việt Nam tại Khon Kaen"]),
    # negative cases: another country's embassy is no body of Vietnam; no place, the name alone
    "another country's embassy": ("Đại sứ quán Hàn Quốc tại Hà Nội tài trợ.", []),
    "no place": ("Đại sứ quán Việt Nam tại đây đã hỗ trợ.", ["Đại sứ quán Việt Nam"]),
}


@pytest.mark.parametrize(("text", "expected"), MISSIONS.values(), ids=MISSIONS.keys())
def test_vietnams_missions_abroad(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_list_shares_a_level_written_without_a_name() -> None:
    assert names("Cần rõ quy chế giữa Đảng ủy, HĐND, UBND và Ủy ban MTTQ Việt Nam phường.") == [
        "Đảng ủy phường", "Hội đồng nhân dân phường", "Ủy ban nhân dân phường",
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường"]
    # negative case: posts joined by a comma share no bare level ("Bí thư Đảng ủy, Chủ tịch UBND xã")
    assert names("Ông Tạ Văn Hùng, Bí thư Đảng ủy, Chủ tịch UBND xã, phát biểu.") == ["Ủy ban nhân dân xã"]


def test_an_office_its_heads_post_names_with_its_place() -> None:
    assert names("Bà Vi Thị Hạnh, Phó Trưởng phòng Văn hóa - Xã hội phường Hòa Bình, báo cáo.") == [
        "Phòng Văn hóa - Xã hội phường Hòa Bình"]
    # negative cases: no place, no one office; "phòng" in lower case outside a post is no unit
    assert names("Ông Vi Văn Tư, Trưởng phòng Nội vụ, báo cáo.") == []
    assert names("Công tác phòng Kinh tế xã Hòa Bình rất tốt.") == []


def test_the_head_of_a_high_level_delegation() -> None:
    assert titles("Ông Hà Văn Tuấn, Trưởng Đoàn đại biểu cấp cao tỉnh Hà Nam, phát biểu.")["Hà Văn Tuấn"] == [
        "Trưởng Đoàn đại biểu cấp cao tỉnh Hà Nam"]
    # negative case: a delegation is no standing body; the National Assembly's delegation is one
    assert names("Đoàn đại biểu cấp cao tỉnh Hà Nam và Đoàn đại biểu Quốc hội tỉnh Hà Nam dự.") == [
        "Đoàn đại biểu Quốc hội tỉnh Hà Nam"]


NEIGHBOURS = {
    "a province transliterated syllable by syllable": (
        "Tỉnh ủy Chăm-pa-xắc và Tỉnh ủy Hà Nam ký kết.", ["Tỉnh ủy Chăm-pa-xắc", "Tỉnh ủy Hà Nam"]),
    "the spelling of the press": ("Tỉnh ủy Xa-vằn-na-khệt tiếp đoàn.", ["Tỉnh ủy Xa-van-na-khẹt"]),
    # negative case: a word in lower case after a hyphen with spaces is no syllable of the name
    "a dash between words": ("Tỉnh ủy Hà Nam - cơ quan lãnh đạo.", ["Tỉnh ủy Hà Nam"]),
}


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS.values(), ids=NEIGHBOURS.keys())
def test_a_neighbours_province_written_with_hyphens(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_another_countrys_central_committee_is_no_body_of_vietnam() -> None:
    text = "Ông Xổm-sạ-vạt Lển-xạ-vắt, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, dự họp."
    assert names(text) == []
    assert titles(text)["Xổm-sạ-vạt Lển-xạ-vắt"] == ["Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào"]
    # negative case: "the Party Central Committee and the people of Laos" names Vietnam's
    assert names("Trung ương Đảng và nhân dân Lào luôn ủng hộ.") == ["Ban Chấp hành Trung ương Đảng"]
