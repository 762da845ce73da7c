"""Document references: every form of number, date and issuer, and the strict parser.

The example references are written for these tests; none is copied from the corpus.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import corpus_files
from strategies_documents import Expected, named_laws, references
from vnpolparse.documents import find_documents, parse_document
from vnpolparse.errors import InputTypeError, ParseError

D = dt.date
LAWS = "Quốc hội"

FORMS = {
    # Party documents
    "Party resolution with date and issuer": (
        "Nghị quyết số 23-NQ/TW, ngày 5-3-2021, của Bộ Chính trị",
        "Nghị quyết",
        "23-NQ/TW",
        "NQ/TW",
        D(2021, 3, 5),
        "Bộ Chính trị",
    ),
    "provincial directive": (
        "Chỉ thị số 07-CT/TU ngày 12/4/2022 của Tỉnh ủy",
        "Chỉ thị",
        "07-CT/TU",
        "CT/TU",
        D(2022, 4, 12),
        "Tỉnh ủy",
    ),
    "conclusion without date or issuer": ("Kết luận số 14-KL/TW", "Kết luận", "14-KL/TW", "KL/TW", None, "Trung ương"),
    "decision with the Party term": (
        "Quyết định số 112-QĐ/TW của Bộ Chính trị khóa XI",
        "Quyết định",
        "112-QĐ/TW",
        "QĐ/TW",
        None,
        "Bộ Chính trị",
    ),
    "personnel decision with spaced dash": (
        "Quyết định số 512 – QĐNS/TW ngày 3/9/2019 của Ban Bí thư",
        "Quyết định",
        "512-QĐNS/TW",
        "QĐNS/TW",
        D(2019, 9, 3),
        "Ban Bí thư",
    ),
    "no số, code with a half space": (
        "Quyết định 476-QĐNS/TW",
        "Quyết định",
        "476-QĐNS/TW",
        "QĐNS/TW",
        None,
        "Trung ương",
    ),
    "plan": ("Kế hoạch số 04-KH/TW", "Kế hoạch", "04-KH/TW", "KH/TW", None, "Trung ương"),
    "regulation with QĐi": ("Quy định số 08-QĐi/TW", "Quy định", "08-QĐi/TW", "QĐi/TW", None, "Trung ương"),
    "bare number with date and issuer": (
        "Quy định số 02 ngày 7/8/2018 của Ban Thường vụ Tỉnh ủy",
        "Quy định",
        "02",
        None,
        D(2018, 8, 7),
        "Ban Thường vụ Tỉnh ủy",
    ),
    "bare number without số": ("Chỉ thị 15 của Bộ Chính trị", "Chỉ thị", "15", None, None, "Bộ Chính trị"),
    "lower case, issuer without của": (
        "nghị quyết số 41- NQ/TW bộ chính trị",
        "Nghị quyết",
        "41-NQ/TW",
        "NQ/TW",
        None,
        "bộ chính trị",
    ),
    "district committee": ("Nghị quyết số 09-NQ/HU", "Nghị quyết", "09-NQ/HU", "NQ/HU", None, "Huyện ủy"),
    "central department guide": (
        "Hướng dẫn số 26-HD/BTCTW",
        "Hướng dẫn",
        "26-HD/BTCTW",
        "HD/BTCTW",
        None,
        "Ban Tổ chức Trung ương",
    ),
    "plenum issuer after Hội nghị": (
        "Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII",
        "Nghị quyết",
        "19-NQ/TW",
        "NQ/TW",
        D(2022, 6, 16),
        "Ban Chấp hành Trung ương Đảng",
    ),
    "plenum cited by its number": (
        "Kết luận số 17-KL/TW ngày 9/10/2021 của Hội nghị Trung ương 4 khóa XIII",
        "Kết luận",
        "17-KL/TW",
        "KL/TW",
        D(2021, 10, 9),
        "Ban Chấp hành Trung ương",
    ),
    # State documents
    "decree": ("Nghị định 123/2020/NĐ-CP", "Nghị định", "123/2020/NĐ-CP", "NĐ-CP", None, "Chính phủ"),
    "government resolution": ("Nghị quyết số 02/NQ-CP", "Nghị quyết", "02/NQ-CP", "NQ-CP", None, "Chính phủ"),
    "number with a letter": ("Nghị quyết 17a/NQ-CP", "Nghị quyết", "17a/NQ-CP", "NQ-CP", None, "Chính phủ"),
    "law": ("Luật số 61/2020/QH14", "Luật", "61/2020/QH14", "QH14", None, "Quốc hội"),
    "National Assembly resolution": ("Nghị quyết 98/2023/QH15", "Nghị quyết", "98/2023/QH15", "QH15", None, "Quốc hội"),
    "Prime Minister's decision": (
        "Quyết định số 1520/QĐ-TTg",
        "Quyết định",
        "1520/QĐ-TTg",
        "QĐ-TTg",
        None,
        "Thủ tướng Chính phủ",
    ),
    "ministry circular, year-less date takes the number's year": (
        "Thông tư số 09/2023/TT-BTC ngày 8/2",
        "Thông tư",
        "09/2023/TT-BTC",
        "TT-BTC",
        D(2023, 2, 8),
        "Bộ Tài chính",
    ),
    "provincial decision with the province": (
        "Quyết định số 845/QĐ-UBND ngày 20 tháng 5 năm 2024 của UBND tỉnh Hà Giang",
        "Quyết định",
        "845/QĐ-UBND",
        "QĐ-UBND",
        D(2024, 5, 20),
        "UBND tỉnh Hà Giang",
    ),
    "dispatch": ("Công điện số 12/CĐ-TTg", "Công điện", "12/CĐ-TTg", "CĐ-TTg", None, "Thủ tướng Chính phủ"),
    "numbered official letter": (
        "Văn bản số 1234/BNV-CQĐP ngày 2/3/2025 của Bộ Nội vụ",
        "Văn bản",
        "1234/BNV-CQĐP",
        "BNV-CQĐP",
        D(2025, 3, 2),
        "Bộ Nội vụ",
    ),
    # Laws, codes and ordinances cited by their name before the number
    "law cited by its name": ("Luật Bảo vệ môi trường số 72/2020/QH14", "Luật", "72/2020/QH14", "QH14", None, LAWS),
    "law without số": ("Luật Thủ đô 39/2024/QH15", "Luật", "39/2024/QH15", "QH15", None, LAWS),
    "law with its year and a bracketed note": (
        "Luật Cư trú năm 2020 (sửa đổi) số 68/2020/QH14",
        "Luật",
        "68/2020/QH14",
        "QH14",
        None,
        "Quốc hội",
    ),
    "amending law naming the laws it amends": (
        "Luật sửa đổi, bổ sung một số điều của Luật Thanh tra, Luật Tiếp công dân và Luật Khiếu nại số 11/2022/QH15",
        "Luật",
        "11/2022/QH15",
        "QH15",
        None,
        "Quốc hội",
    ),
    "code of law": ("Bộ luật Tố tụng dân sự số 92/2015/QH13", "Bộ luật", "92/2015/QH13", "QH13", None, "Quốc hội"),
    "ordinance": (
        "Pháp lệnh Thư viện số 04/2021/UBTVQH15",
        "Pháp lệnh",
        "04/2021/UBTVQH15",
        "UBTVQH15",
        None,
        "Ủy ban Thường vụ Quốc hội",
    ),
    # Issuers in a passive clause after the reference, and joint issuers
    "law passed by the National Assembly on a date": (
        "Luật Thủ đô số 39/2024/QH15 được Quốc hội thông qua ngày 28/6/2024",
        "Luật",
        "39/2024/QH15",
        "QH15",
        D(2024, 6, 28),
        "Quốc hội",
    ),
    "passed at a sitting, with the term": (
        "Nghị quyết số 42/2021/QH15 đã được Quốc hội khóa XV thông qua tại Kỳ họp thứ hai ngày 13 tháng 11 năm 2021",
        "Nghị quyết",
        "42/2021/QH15",
        "QH15",
        D(2021, 11, 13),
        "Quốc hội",
    ),
    "issued by the Central Committee": (
        "Quy định số 22-QĐ/TW do Ban Chấp hành Trung ương ban hành ngày 28/7/2021",
        "Quy định",
        "22-QĐ/TW",
        "QĐ/TW",
        D(2021, 7, 28),
        "Ban Chấp hành Trung ương",
    ),
    "joint Party issuers": (
        "Kết luận số 35-KL/TW ngày 5/5/2022 của Bộ Chính trị, Ban Bí thư",
        "Kết luận",
        "35-KL/TW",
        "KL/TW",
        D(2022, 5, 5),
        "Bộ Chính trị, Ban Bí thư",
    ),
    "joint ministries": (
        "Thông tư liên tịch số 03/2016/TTLT-BNV-BTC của Bộ Nội vụ và Bộ Tài chính",
        "Thông tư liên tịch",
        "03/2016/TTLT-BNV-BTC",
        "TTLT-BNV-BTC",
        None,
        "Bộ Nội vụ và Bộ Tài chính",
    ),
    "joint local issuers": (
        "Hướng dẫn số 07-HD/TU của Ban Thường vụ Tỉnh ủy và UBND tỉnh Lai Châu",
        "Hướng dẫn",
        "07-HD/TU",
        "HD/TU",
        None,
        "Ban Thường vụ Tỉnh ủy và UBND tỉnh Lai Châu",
    ),
    "Fatherland Front plan, issuer from the code": (
        "Kế hoạch số 18/KH-MTTQ-BTT",
        "Kế hoạch",
        "18/KH-MTTQ-BTT",
        "KH-MTTQ-BTT",
        None,
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
    ),
    "Fatherland Front guide with its standing board": (
        "Hướng dẫn số 06/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
        "Hướng dẫn",
        "06/HD-MTTW-BTT",
        "HD-MTTW-BTT",
        None,
        "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
    ),
    "joint resolution with a code holding Ư": (
        "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTƯMTTQVN",
        "Nghị quyết liên tịch",
        "09/2008/NQLT-CP-UBTƯMTTQVN",
        "NQLT-CP-UBTƯMTTQVN",
        None,
        "Chính phủ",
    ),
    "number with a thousands dot": (
        "Quyết định số 1.234/QĐ-UBND",
        "Quyết định",
        "1.234/QĐ-UBND",
        "QĐ-UBND",
        None,
        "Ủy ban nhân dân",
    ),
}


@pytest.mark.parametrize("name", list(FORMS))
def test_form(name: str) -> None:
    text, kind, number, code, date, issuer = FORMS[name]
    d = parse_document(text)
    assert (d.type, d.number, d.code, d.date, d.issuer) == (kind, number, code, date, issuer)
    assert d.text == text


def test_issuer_named_before() -> None:
    (d,) = find_documents("Bộ Chính trị vừa ban hành Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng pháp luật.")
    assert (d.number, d.issuer, d.text) == ("66-NQ/TW", "Bộ Chính trị", "Nghị quyết số 66-NQ/TW")


def test_joint_issuers_before_or_after_with_a_verb() -> None:
    (before,) = find_documents("Bộ Chính trị, Ban Bí thư vừa ban hành Kết luận số 40-KL/TW về công tác cán bộ.")
    assert (before.text, before.issuer) == ("Kết luận số 40-KL/TW", "Bộ Chính trị, Ban Bí thư")
    (after,) = find_documents(
        "Chỉ thị số 09-CT/TW do Bộ Chính trị, Ban Bí thư ban hành ngày 2/8/2021 đã đi vào cuộc sống."
    )
    assert (after.issuer, after.date) == ("Bộ Chính trị, Ban Bí thư", D(2021, 8, 2))
    # a central body and a local one before the verb are not one issuer
    (mixed,) = find_documents("Quán triệt ý kiến của Bộ Chính trị, Tỉnh ủy đã ban hành Chỉ thị số 11-CT/TU.")
    assert mixed.issuer == "Tỉnh ủy"


def test_list_of_numbers_shares_type_and_issuer() -> None:
    found = find_documents("các Nghị quyết số 20-NQ/TW, 21-NQ/TW và 22-NQ/TW của Ban Chấp hành Trung ương")
    assert [(d.type, d.number, d.issuer) for d in found] == [
        ("Nghị quyết", n, "Ban Chấp hành Trung ương") for n in ("20-NQ/TW", "21-NQ/TW", "22-NQ/TW")
    ]


def test_bare_number_takes_the_full_number_and_date() -> None:
    text = (
        "Thực hiện Chỉ thị số 08-CT/TW, ngày 4/5/2022 của Ban Bí thư, huyện đã triển khai nhiều mô hình. "
        "Theo Chỉ thị 08, các chi bộ phải sinh hoạt chuyên đề hằng quý."
    )
    first, second = find_documents(text)
    assert second.text == "Chỉ thị 08"
    assert (second.number, second.code, second.date, second.issuer) == (
        "08-CT/TW",
        "CT/TW",
        D(2022, 5, 4),
        "Ban Bí thư",
    )
    assert first.number == second.number


def test_named_law_in_a_sentence() -> None:
    text = "Hộ dân được bồi thường theo Luật Đất đai số 31/2024/QH15 và Nghị định số 88/2024/NĐ-CP của Chính phủ."
    assert [(d.text, d.type, d.number) for d in find_documents(text)] == [
        ("Luật Đất đai số 31/2024/QH15", "Luật", "31/2024/QH15"),
        ("Nghị định số 88/2024/NĐ-CP của Chính phủ", "Nghị định", "88/2024/NĐ-CP"),
    ]


NAMED_NOT_TAKING_A_NUMBER = {
    # another type ends the name: the number is the decree's
    "theo Luật Đất đai và Nghị định số 12/2024/NĐ-CP.": [("Nghị định số 12/2024/NĐ-CP", "12/2024/NĐ-CP")],
    "theo Luật Đất đai và nghị quyết số 18/2023/QH15.": [("nghị quyết số 18/2023/QH15", "18/2023/QH15")],
    # a law's type ends the name: the number is the second law's
    "theo Luật Đất đai và Luật số 12/2024/QH15.": [("Luật số 12/2024/QH15", "12/2024/QH15")],
    "theo Luật Đất đai, Luật Nhà ở số 27/2023/QH15.": [("Luật Nhà ở số 27/2023/QH15", "27/2023/QH15")],
    # no year, or a code that is not a law's: not a law's number
    "Luật Doanh nghiệp số 59/QH14 được bàn kỹ.": [],
    "Luật Đầu tư số 25/2021/NĐ-CP được bàn kỹ.": [],
    "Luật Giáo dục đặt ra số 35 học sinh mỗi lớp.": [],
    # a sentence ends the name
    "Luật Đất đai có hiệu lực. Số 15/2024/QH15 nói rõ.": [],
}


@pytest.mark.parametrize("text", list(NAMED_NOT_TAKING_A_NUMBER))
def test_a_law_name_does_not_take_another_number(text: str) -> None:
    assert [(d.text, d.number) for d in find_documents(text)] == NAMED_NOT_TAKING_A_NUMBER[text]


ISSUER_LEFT_ALONE = {
    # the second body opens the next clause
    "Thực hiện Kết luận số 35-KL/TW của Bộ Chính trị, Ban Bí thư đã chỉ đạo sơ kết.": "Bộ Chính trị",
    "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Tỉnh ủy đã ban hành kế hoạch.": "Bộ Chính trị",
    # a central and a local body are not one issuer
    "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, UBND tỉnh.": "Bộ Chính trị",
    # a list of local subjects after a comma
    "Thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy, UBND tỉnh, các sở đã vào cuộc.": "Tỉnh ủy",
    # "được" with a verb that does not issue a document
    "Nghị quyết số 15/NQ-HĐND được UBND tỉnh triển khai ngày 3/1/2025.": "Hội đồng nhân dân",
}


@pytest.mark.parametrize("text", list(ISSUER_LEFT_ALONE))
def test_issuer_left_alone(text: str) -> None:
    (d,) = find_documents(text)
    assert d.issuer == ISSUER_LEFT_ALONE[text]


def test_named_law_read_back_from_any_sentence() -> None:
    """The named form is read wherever a law's name stands, after other text too."""
    text = "Dự án thực hiện theo Luật Đầu tư công số 58/2024/QH15, được Quốc hội thông qua ngày 29/11/2024."
    found = find_documents(text)
    assert [(d.number, d.date, d.issuer) for d in found] == [("58/2024/QH15", D(2024, 11, 29), "Quốc hội")]


UNNUMBERED = {
    "Nghị quyết Trung ương 6 (khóa XIII)": ("Nghị quyết", "Ban Chấp hành Trung ương"),
    "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX": ("Nghị quyết", "Đại hội Đảng bộ tỉnh lần thứ XIX"),
    "Nghị quyết Đại hội Đảng bộ phường lần thứ I": ("Nghị quyết", "Đại hội Đảng bộ phường lần thứ I"),
    "Chương trình hành động của Tỉnh ủy": ("Chương trình hành động", "Tỉnh ủy"),
    "Nghị quyết của HĐND tỉnh": ("Nghị quyết", "HĐND tỉnh"),
}


@pytest.mark.parametrize("text", list(UNNUMBERED))
def test_unnumbered(text: str) -> None:
    (d,) = find_documents("Huyện tiếp tục thực hiện " + text + ".")
    assert (d.type, d.number, d.issuer, d.text) == (*UNNUMBERED[text][:1], None, UNNUMBERED[text][1], text)


NOT_DOCUMENTS = [
    "Kết luận hội nghị, đồng chí Bí thư đề nghị các cấp tập trung thực hiện.",
    "Quyết định 2 lần trong năm về giá đất là chưa hợp lý.",
    "Sở Kế hoạch và Đầu tư chủ trì tổng hợp.",
    "Luật sư Nguyễn Văn A tham gia tư vấn.",
    "Các nghị quyết, chỉ thị của Đảng được quán triệt kịp thời.",
    "Báo cáo cho biết tăng trưởng đạt 7%.",
    "Văn bản hướng dẫn được gửi tới các địa phương.",
]


@pytest.mark.parametrize("text", NOT_DOCUMENTS)
def test_not_a_document(text: str) -> None:
    assert find_documents(text) == ()


def test_parse_document_is_strict() -> None:
    with pytest.raises(ParseError):
        parse_document("Hội nghị tổng kết năm")
    with pytest.raises(ParseError):
        parse_document("Nghị định 100/2019/NĐ-CP và Nghị định 123/2020/NĐ-CP")
    with pytest.raises(ParseError):
        parse_document("Theo Nghị định 100/2019/NĐ-CP, mức phạt tăng")
    assert parse_document(" Nghị định 100/2019/NĐ-CP. ").number == "100/2019/NĐ-CP"


def test_find_documents_rejects_bytes() -> None:
    with pytest.raises(InputTypeError):
        find_documents(b"x")  # type: ignore[arg-type]


@pytest.mark.parametrize("junk", ["", " ", "\u0301", "3²", "ⅷ", "1" * 100_000, "<b>Nghị quyết</b>", "\x00"])
def test_junk(junk: str) -> None:
    for d in find_documents(junk):
        assert junk[d.span.slice] == d.text


@given(references())
def test_reference_read_back(expected: Expected) -> None:
    found = find_documents("Thực hiện " + expected.text + ", các cấp ủy cần quán triệt.")
    assert len(found) == 1
    d = found[0]
    assert (d.type, d.number, d.code, d.date, d.issuer) == (
        expected.type,
        expected.number,
        expected.code,
        expected.date,
        expected.issuer,
    )
    assert d.text == expected.text


@given(named_laws())
def test_named_law_read_back(expected: Expected) -> None:
    found = find_documents("Các cơ quan thực hiện theo " + expected.text + ", bảo đảm đúng tiến độ.")
    assert [(d.text, d.type, d.number, d.code, d.date, d.issuer) for d in found] == [
        (expected.text, expected.type, expected.number, expected.code, expected.date, expected.issuer)
    ]


@given(references())
def test_nfd_input_gives_the_same_reference(expected: Expected) -> None:
    nfd = unicodedata.normalize("NFD", expected.text)
    (d,) = find_documents(nfd)
    assert d.text == nfd
    assert (d.number, d.date) == (expected.number, expected.date)


@given(st.text())
def test_never_raises_and_mentions_do_not_overlap(text: str) -> None:
    end = 0
    for d in find_documents(text):
        assert text[d.span.slice] == d.text
        assert d.span.start >= end
        end = d.span.end


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_spans_hold(path: object) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    for d in find_documents(text):
        assert text[d.span.slice] == d.text
        assert d.number is None or " " not in d.number


@pytest.mark.xfail(strict=True, reason="laws cited by name without a number are not read yet")
def test_named_law_without_number() -> None:
    (d,) = find_documents("Việc thu hồi đất thực hiện theo Luật Đất đai năm 2024.")
    assert (d.type, d.text) == ("Luật", "Luật Đất đai năm 2024")


@pytest.mark.xfail(strict=True, reason="a code shared by a list of bare numbers is not distributed to them")
def test_numbers_sharing_one_code() -> None:
    found = find_documents("các Nghị quyết số 18, 19 và 20-NQ/TW của Ban Chấp hành Trung ương")
    assert [d.number for d in found] == ["18-NQ/TW", "19-NQ/TW", "20-NQ/TW"]


def test_type_starts_finds_every_place_the_grammar_matches() -> None:
    """The fast path of scan (str.find in the lower-case text) is sound: every character
    that ``re`` matches case-insensitively with a letter of a type name lowers to that
    letter, or is one of the characters that send scan back to the grammar's search."""
    from vnpolparse.documents import _grammar, _type_starts, _type_words, _types

    _, odd = _type_words()
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    letters = {ch for k in _types() for ch in _types()[k].name.lower()}
    for letter in letters:
        for m in re.finditer(f"(?i:{re.escape(letter)})", every):
            assert m.group() == letter or m.group().lower() == letter or m.group() in odd, (letter, m.group())
    texts = ["NGHỊ QUYẾT số 11-NQ/TW; Luật số 1; bộ luật; KẾ HOẠCH 5", "Quyết định số 2 ı; chương trình hành động"]
    for text in texts:
        starts = _type_starts(text)
        matched = [p for p in range(len(text)) if _grammar().match(text, p)]
        assert starts is None or set(matched) <= set(starts), text
    assert _type_starts(texts[1]) is None


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # the organ's letters before the committee's: the organ is the issuer, at every level
        ("Theo Kế hoạch số 7-KH/UBKTTU ngày 2/3/2024, đoàn làm việc.", "Ủy ban Kiểm tra Tỉnh ủy"),
        ("Căn cứ Hướng dẫn số 3-HD/BTCHU, chi bộ họp.", "Ban Tổ chức Huyện ủy"),
        ("Theo Công văn số 41-CV/VPĐU, các chi bộ báo cáo.", "Văn phòng Đảng ủy"),
        ("Thực hiện Hướng dẫn số 9-HD/BTGDVTU, các xã tổ chức.", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        # negative cases: the committee's own code and the central organs' are unchanged
        ("Theo Nghị quyết số 5-NQ/TU, tỉnh triển khai.", "Tỉnh ủy"),
        ("Theo Hướng dẫn số 2-HD/BTCTW, các tỉnh triển khai.", "Ban Tổ chức Trung ương"),
    ],
)
def test_party_organ_issuer_codes(text: str, issuer: str) -> None:
    [d] = find_documents(text)
    assert d.issuer == issuer


def test_party_organ_named_before_the_verb() -> None:
    """The organ that issues is named whole, not only the committee it belongs to."""
    [d] = find_documents("Ban Dân vận Huyện ủy đã ban hành Kế hoạch số 8-KH/BDVHU về việc này.")
    assert d.issuer == "Ban Dân vận Huyện ủy"
    [d] = find_documents("Huyện ủy đã ban hành Kế hoạch số 8-KH/HU về việc này.")
    assert d.issuer == "Huyện ủy"
