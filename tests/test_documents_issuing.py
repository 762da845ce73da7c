"""Document references: the clause that issues a document (a date opening it, the issuer and
an issuing verb before the document), any body named as the issuer after "của", and the issuer
codes of police and departments inside a number.

The example sentences are written for these tests; none is copied from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vnpolparse.documents import find_documents

D = dt.date


def _only(text: str) -> tuple[str | None, dt.date | None, str | None]:
    """(number, date, issuer) of the one reference in ``text``."""
    (d,) = find_documents(text)
    return d.number, d.date, d.issuer


# --- a date opening the clause that issues the document -------------------------------------

DATED_CLAUSES = {
    "law passed, day written first": (
        "Ngày 20-11-2024, Quốc hội thông qua Luật Lưu trữ số 33/2024/QH15 với đa số phiếu tán thành.",
        ("33/2024/QH15", D(2024, 11, 20), "Quốc hội"),
    ),
    "resolution voted at a session, term between": (
        "Ngày 28/6/2024, tại Kỳ họp thứ 7, Quốc hội khóa XV đã biểu quyết thông qua Nghị quyết số "
        "129/2024/QH15 về chương trình giám sát.",
        ("129/2024/QH15", D(2024, 6, 28), "Quốc hội"),
    ),
    "year from the number": (
        "Chiều 9/10, HĐND tỉnh thông qua Nghị quyết số 41/2023/NQ-HĐND về học phí.",
        ("41/2023/NQ-HĐND", D(2023, 10, 9), "HĐND tỉnh"),
    ),
    "day in words, after a dateline": (
        "NINH BÌNH - Ngày 2 tháng 8 năm 2023, UBND tỉnh ra Quyết định số 611/QĐ-UBND về giá đất.",
        ("611/QĐ-UBND", D(2023, 8, 2), "UBND tỉnh"),
    ),
    "a police force, not in the issuer list": (
        "Ngày 14/3/2025, Công an tỉnh đã ban hành Kế hoạch số 52/KH-CAT-PV01 về cao điểm trấn áp tội phạm.",
        ("52/KH-CAT-PV01", D(2025, 3, 14), "Công an tỉnh"),
    ),
    "the Party committee of a police force, read in full": (
        "Ngày 14/3/2025, Đảng ủy Công an tỉnh ban hành Nghị quyết số 20-NQ/ĐU về công tác cán bộ.",
        ("20-NQ/ĐU", D(2025, 3, 14), "Đảng ủy Công an tỉnh"),
    ),
    "a post signing for its body": (
        "Ngày 7/5/2024, Giám đốc Sở Tài chính ký Quyết định số 88/QĐ-STC về kiểm tra quyết toán.",
        ("88/QĐ-STC", D(2024, 5, 7), "Giám đốc Sở Tài chính"),
    ),
    "the signer's name after the issuer": (
        "Ngày 7/5/2024, Thủ tướng Chính phủ Lê Văn Khải đã ký Quyết định số 390/QĐ-TTg phê duyệt quy hoạch.",
        ("390/QĐ-TTg", D(2024, 5, 7), "Thủ tướng Chính phủ"),
    ),
    "a connective before the day": (
        "Trước đó, ngày 2/1/2025, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 31-CT/TU về dịp Tết.",
        ("31-CT/TU", D(2025, 1, 2), "Ban Thường vụ Tỉnh ủy"),
    ),
    "adverbs before the verb": (
        "Ngày 16/1/2025, UBND tỉnh cũng đã chính thức ban hành Quyết định số 120/QĐ-UBND về bảng giá.",
        ("120/QĐ-UBND", D(2025, 1, 16), "UBND tỉnh"),
    ),
    "this morning, the day in brackets": (
        "Sáng nay (19/2), Quốc hội biểu quyết thông qua Luật Tổ chức Chính phủ số 63/2025/QH15.",
        ("63/2025/QH15", D(2025, 2, 19), "Quốc hội"),
    ),
    "office style: a department 'has' its dispatch": (
        "Ngày 11/9/2024, Sở Xây dựng có Công văn số 1530/SXD-QLN gửi các huyện.",
        ("1530/SXD-QLN", D(2024, 9, 11), "Sở Xây dựng"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), DATED_CLAUSES.values(), ids=DATED_CLAUSES.keys())
def test_date_opening_the_issuing_clause(text: str, expected: tuple[str, dt.date, str]) -> None:
    assert _only(text) == expected


def test_date_opening_the_clause_goes_to_every_number_it_issues() -> None:
    refs = find_documents("Ngày 4/4/2024, Ban Bí thư ban hành Chỉ thị số 32-CT/TW và số 33-CT/TW.")
    assert [(d.number, d.date, d.issuer) for d in refs] == [
        ("32-CT/TW", D(2024, 4, 4), "Ban Bí thư"),
        ("33-CT/TW", D(2024, 4, 4), "Ban Bí thư"),
    ]


def test_signed_on_behalf_of_the_issuer() -> None:
    text = (
        "Ngày 21/10/2024, thay mặt Ban Bí thư, đồng chí Phan Quang Minh, Ủy viên Bộ Chính trị, Thường trực "
        "Ban Bí thư đã ký ban hành Chỉ thị số 39-CT/TW về bầu cử."
    )
    assert _only(text) == ("39-CT/TW", D(2024, 10, 21), "Ban Bí thư")


def test_handing_over_on_behalf_is_not_issuing() -> None:
    text = "Ngày 21/10/2024, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Minh trao Quyết định số 77-QĐ/TU cho cán bộ."
    assert _only(text) == ("77-QĐ/TU", None, "Tỉnh ủy")


def test_documents_listed_after_the_verb_share_the_clause() -> None:
    refs = find_documents(
        "Ngày 15/5/2025, Bộ Chính trị ban hành Nghị quyết số 68-NQ/TW, Nghị quyết số 70-NQ/TW và "
        "Nghị quyết số 71-NQ/TW về phát triển."
    )
    assert [(d.number, d.date, d.issuer) for d in refs] == [
        ("68-NQ/TW", D(2025, 5, 15), "Bộ Chính trị"),
        ("70-NQ/TW", D(2025, 5, 15), "Bộ Chính trị"),
        ("71-NQ/TW", D(2025, 5, 15), "Bộ Chính trị"),
    ]


def test_a_listed_document_with_its_own_issuer_keeps_it_and_takes_no_date() -> None:
    plan, resolution = find_documents(
        "Ngày 2/6/2025, Tỉnh ủy ban hành Kế hoạch số 40-KH/TU và Nghị quyết số 68-NQ/TW của Bộ Chính trị."
    )
    assert (plan.date, plan.issuer) == (D(2025, 6, 2), "Tỉnh ủy")
    assert (resolution.date, resolution.issuer) == (None, "Bộ Chính trị")


NOT_THE_DOCUMENTS_DATE = {
    # the verb uses the document, it does not issue it
    "studied": "Ngày 6/2/2025, Huyện ủy tổ chức hội nghị học tập Nghị quyết số 45-NQ/TW của Bộ Chính trị.",
    "passed on": "Ngày 6/2/2025, Tỉnh ủy gửi Nghị quyết số 45-NQ/TW đến các chi bộ.",
    "registered, not issued": "Ngày 6/2/2025, Huyện ủy đăng ký Chương trình số 4-CTr/HU với Tỉnh ủy.",
    "signed an agreement": "Ngày 6/2/2025, Tỉnh ủy ký kết Chương trình phối hợp số 4/CTr-TU với các đoàn thể.",
    # the clause that opens with the day is a report of a meeting, the issuing is reported in it
    "reported speech": "Ngày 6/2/2025, tại hội nghị, đồng chí Bí thư cho biết Bộ Chính trị đã ban hành "
    "Nghị quyết số 45-NQ/TW.",
    # the day is where something starts, not when it is issued
    "a starting day": "Từ ngày 6/2/2025, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND về giờ làm việc.",
    # the day is in another sentence
    "another sentence": "Hội nghị diễn ra ngày 6/2/2025. Bộ Chính trị ban hành Nghị quyết số 45-NQ/TW.",
}


@pytest.mark.parametrize("text", NOT_THE_DOCUMENTS_DATE.values(), ids=NOT_THE_DOCUMENTS_DATE.keys())
def test_a_date_not_in_the_issuing_clause_is_not_the_documents(text: str) -> None:
    assert all(d.date is None for d in find_documents(text))


def test_only_the_document_right_after_the_verb_takes_the_date() -> None:
    plan, resolution = find_documents(
        "Ngày 9/9/2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 70-KH/TU thực hiện Nghị quyết số 45-NQ/TW."
    )
    assert (plan.date, plan.issuer) == (D(2024, 9, 9), "Ban Thường vụ Tỉnh ủy")
    assert (resolution.date, resolution.issuer) == (None, "Trung ương")


def test_the_date_written_after_the_document_wins() -> None:
    text = "Ngày 9/9/2024, UBND tỉnh đã ban hành Quyết định số 900/QĐ-UBND ngày 3/9/2024 về việc giao vốn."
    assert _only(text) == ("900/QĐ-UBND", D(2024, 9, 3), "UBND tỉnh")


def test_a_day_without_a_year_and_no_year_in_the_number_gives_no_date() -> None:
    # never a guessed year
    assert _only("Ngày 9/9, Bộ Chính trị ban hành Chỉ thị số 46-CT/TW về chuyển đổi số.") == (
        "46-CT/TW",
        None,
        "Bộ Chính trị",
    )


# --- any body after "của", or issuing in a passive clause --------------------------------------

OF_BODIES = {
    "provincial police": ("Kế hoạch số 61/KH-CAT-PV01 ngày 2-4-2025 của Công an tỉnh về an ninh", "Công an tỉnh"),
    "department with its place": (
        "Hướng dẫn số 7/HD-SNV ngày 3/3/2025 của Sở Nội vụ tỉnh Quảng Trị về sắp xếp",
        "Sở Nội vụ tỉnh Quảng Trị",
    ),
    "department named by its field": ("Công văn số 40/SVHTTDL-QLVH của Sở Văn hóa, Thể thao và Du lịch về lễ hội",
                                      "Sở Văn hóa, Thể thao và Du lịch"),
    "farmers' association": ("Kế hoạch số 15-KH/HNDT của Hội Nông dân tỉnh về thi đua", "Hội Nông dân tỉnh"),
    "Front committee": (
        "Kế hoạch số 3/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh về giám sát",
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh",
    ),
    "Youth Union central committee, not the Party's": (
        "Chương trình số 8-CTr/TWĐTN của Ban Chấp hành Trung ương Đoàn về thanh niên",
        "Ban Chấp hành Trung ương Đoàn",
    ),
    "provincial military command": ("Kế hoạch số 30/KH-BCH của Bộ Chỉ huy Quân sự tỉnh về diễn tập",
                                    "Bộ Chỉ huy Quân sự tỉnh"),
    "tax office": ("Thông báo số 5/TB-CT của Cục Thuế tỉnh về quyết toán", "Cục Thuế tỉnh"),
    "a post of a department": ("Quyết định số 17/QĐ-SYT của Giám đốc Sở Y tế về khen thưởng", "Giám đốc Sở Y tế"),
    "passive, a department": ("Kế hoạch số 17/KH-SYT do Sở Y tế tỉnh ban hành ngày 2/5/2024", "Sở Y tế tỉnh"),
}


@pytest.mark.parametrize(("text", "issuer"), OF_BODIES.values(), ids=OF_BODIES.keys())
def test_any_body_after_cua_is_the_issuer(text: str, issuer: str) -> None:
    assert _only(text)[2] == issuer


def test_issuers_of_the_list_keep_their_reading() -> None:
    # several named together, a plenum, a person's name after the committee's place
    assert _only("Kết luận số 9-KL/TW của Bộ Chính trị, Ban Bí thư về việc này")[2] == "Bộ Chính trị, Ban Bí thư"
    assert _only("Nghị quyết số 9-NQ/TW của Hội nghị Trung ương 6 khóa XIII")[2] == "Ban Chấp hành Trung ương"
    assert _only("Quyết định số 9/QĐ-UBND của UBND tỉnh, Sở Tài chính đã triển khai")[2] == "UBND tỉnh"


NOT_BODIES = {
    "a generic plural": "Kế hoạch số 5/KH-XYZ của các sở, ngành về việc này",
    "a place, not a body": "Kế hoạch số 5/KH-XYZ của tỉnh về việc này",
    "an honorific before a post": "Kế hoạch số 5/KH-XYZ của đồng chí Giám đốc về việc này",
}


@pytest.mark.parametrize("text", NOT_BODIES.values(), ids=NOT_BODIES.keys())
def test_what_is_no_body_after_cua_is_no_issuer(text: str) -> None:
    assert _only(text)[2] is None


# --- issuer codes in the number ---------------------------------------------------------------

CODES = {
    "police after the type": ("Kế hoạch số 12/KH-CAT-PV01", "Công an tỉnh"),
    "city police": ("Kế hoạch số 12/KH-CATP", "Công an thành phố"),
    "department after the type": ("Hướng dẫn số 12/HD-SNV", "Sở Nội vụ"),
    "department first in a dispatch, its office after": ("Công văn số 12/SNV-TCBC", "Sở Nội vụ"),
    "the Prime Minister's dispatch": ("Công văn số 12/TTg-KTTH", "Thủ tướng Chính phủ"),
    "the province's dispatch": ("Công văn số 12/UBND-KT", "Ủy ban nhân dân"),
    "the Government Office": ("Thông báo số 12/TB-VPCP", "Văn phòng Chính phủ"),
}


@pytest.mark.parametrize(("text", "issuer"), CODES.values(), ids=CODES.keys())
def test_issuer_codes_of_police_departments_and_offices(text: str, issuer: str) -> None:
    assert _only(text)[2] == issuer


def test_unknown_codes_give_no_issuer() -> None:
    assert _only("Quyết định số 12/QĐ-XYZ")[2] is None
    assert _only("Công văn số 12/XYZ-TCBC")[2] is None
