"""Reading the structure of scraped pages (pages written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnpolparse.models import ParagraphKind
from vnpolparse.structure import (
    _PHOTO_CREDIT,
    _chrome_patterns,
    _CreditMarks,
    _lines,
    _tail_matches,
    byline_names,
    read_layout,
)
from vnpolparse.text import normalize


def _layout(page: str):  # type: ignore[no-untyped-def]
    text = normalize(page).text
    return text, read_layout(text)


def _get(text: str, span) -> str | None:  # type: ignore[no-untyped-def]
    return None if span is None else text[span.start : span.end]


TITLE_THEN_PARAGRAPHS = """Đăng nhập

Thứ 2, 03/03/2025, 07:10[GMT+7]

Huyện ủy Na Rì tổng kết công tác năm 2024

14:05 02/03/2025
1,204 lượt xem
BẮC KẠN - Sáng 1/3, Huyện ủy Na Rì tổ chức hội nghị tổng kết công tác năm 2024.

Quang cảnh hội nghị.

Quang cảnh hội nghị.

Đồng chí Bí thư Huyện ủy phát biểu chỉ đạo hội nghị |

Đồng chí đề nghị các chi bộ tập trung thực hiện tốt nhiệm vụ năm 2025.

Bài, ảnh: Hồng Nhung

Tag:

Huyện ủy
"""


def test_title_date_line_and_dateline() -> None:
    text, layout = _layout(TITLE_THEN_PARAGRAPHS)
    assert _get(text, layout.title) == "Huyện ủy Na Rì tổng kết công tác năm 2024"
    assert _get(text, layout.published) == "14:05 02/03/2025"
    assert layout.dateline == "BẮC KẠN"
    assert [name for name, _ in layout.authors] == ["Hồng Nhung"]


def test_site_chrome_is_not_in_the_article() -> None:
    text, layout = _layout(TITLE_THEN_PARAGRAPHS)
    kept = " ".join(_get(text, span) or "" for span, _ in layout.paragraphs)
    for chrome in ("Đăng nhập", "03/03/2025", "lượt xem", "Tag:", "|"):
        assert chrome not in kept


def test_caption_printed_twice_is_kept_once() -> None:
    text, layout = _layout(TITLE_THEN_PARAGRAPHS)
    captions = [_get(text, s) for s, kind in layout.paragraphs if kind is ParagraphKind.CAPTION]
    assert captions == ["Quang cảnh hội nghị.", "Đồng chí Bí thư Huyện ủy phát biểu chỉ đạo hội nghị"]


ONE_LINE_BODY = (
    "Chủ tịch nước tiếp đoàn đại biểu người có công\n"
    "Hôm nay, Chủ tịch nước tiếp đoàn đại biểu người có công tỉnh Cà Mau\n"
    "Chủ tịch nước phát biểu. Ảnh: Minh Khôi/TTXVN Sáng 20-7, tại Phủ Chủ tịch, Chủ tịch nước đã tiếp "
    "đoàn đại biểu người có công với cách mạng tỉnh Cà Mau. Chủ tịch nước đề nghị tỉnh tiếp tục chăm lo "
    "tốt hơn nữa đời sống người có công./. Thanh Tùng © Báo điện tử XYZ. Giấy phép số 1/GP-BTTTT."
)


def test_one_line_body_with_inline_credit_and_byline() -> None:
    text, layout = _layout(ONE_LINE_BODY)
    assert _get(text, layout.title) == "Chủ tịch nước tiếp đoàn đại biểu người có công"
    assert [name for name, _ in layout.authors] == ["Thanh Tùng", "Minh Khôi"]
    kept = " ".join(_get(text, span) or "" for span, _ in layout.paragraphs)
    assert "©" not in kept and "Giấy phép" not in kept


METADATA_HEADER = """Title: Thủ tướng chủ trì phiên họp Chính phủ thường kỳ
Source: example.gov.vn
Link: https://example.gov.vn/bai-viet-1.htm
Published Date: Thứ sáu, 29/12/2023, 13:54 (GMT+7)
Author: Quang Hiếu
Tags: phiên họp, Chính phủ
Summary: Thủ tướng chủ trì phiên họp.
Content: Chiều 29/12, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 12/2023.
"""


def test_metadata_header() -> None:
    text, layout = _layout(METADATA_HEADER)
    assert _get(text, layout.title) == "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ"
    assert _get(text, layout.published) == "Thứ sáu, 29/12/2023, 13:54 (GMT+7)"
    assert [name for name, _ in layout.authors] == ["Quang Hiếu"]
    kept = " ".join(_get(text, span) or "" for span, _ in layout.paragraphs)
    assert kept.startswith("Chiều 29/12") and "phiên họp, Chính phủ" not in kept


MARKDOWN_MIRROR = """Hà Tĩnh khởi công dự án đường ven biển
======================================

[Xem chi tiết](https://example.com/ha-tinh)Hà Tĩnh khởi công…
-------------------------------------------------------------

![Lễ khởi công](https://example.com/a.jpg "Lễ khởi công")

(Baohatinh) – Sáng 5/6, UBND tỉnh Hà Tĩnh khởi công dự án đường ven biển.

**Thu Hà**
"""


def test_markdown_mirror() -> None:
    text, layout = _layout(MARKDOWN_MIRROR)
    assert _get(text, layout.title) == "Hà Tĩnh khởi công dự án đường ven biển"
    assert layout.dateline == "Baohatinh"
    assert [name for name, _ in layout.authors] == ["Thu Hà"]
    kept = " ".join(_get(text, span) or "" for span, _ in layout.paragraphs)
    assert "https://" not in kept and "===" not in kept


def test_img_placeholders_and_initials_credits() -> None:
    page = "Tiêu đề bài viết về hội nghị\n[img]\nQuang cảnh hội nghị. Ảnh: T.H\nNội dung hội nghị được tổ chức."
    text, layout = _layout(page)
    assert layout.authors == ()
    kept = " ".join(_get(text, span) or "" for span, _ in layout.paragraphs)
    assert "[img]" not in kept


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Mai Lan (tổng hợp)", ["Mai Lan"]),
        ("Xuân Dần/VOV", ["Xuân Dần"]),
        ("VGP/Nhật Minh", ["Nhật Minh"]),
        ("NGUYỄN HẢI ĐĂNG", ["NGUYỄN HẢI ĐĂNG"]),
        ("Tin, ảnh: Đỗ Minh Tuấn", ["Đỗ Minh Tuấn"]),
        ("Tác giả: Trang Lê", ["Trang Lê"]),
        ("Lan Anh - Hữu Tài", ["Lan Anh", "Hữu Tài"]),
        ("Minh Hà - Ảnh: Quang Vinh", ["Minh Hà", "Quang Vinh"]),
        ("Bài: Minh Hà; ảnh: Quang Vinh", ["Minh Hà", "Quang Vinh"]),
        ("T,Minh", ["T,Minh"]),
        ("Bài, ảnh: Y'NHI - THANH TÙNG", ["Y'NHI", "THANH TÙNG"]),
        ("R'CHĂM H'LAN", ["R'CHĂM H'LAN"]),
        ("PV", []),
        ("TTXVN", []),
        ("Theo VOV", []),
        ("BBT", []),
    ],
)
def test_byline_names(line: str, names: list[str]) -> None:
    found = byline_names(line)
    assert found is not None
    assert [n for n, *_ in found] == names
    for name, start, end in found:
        assert line[start:end] == name


@pytest.mark.parametrize(
    "line", ["Quang cảnh hội nghị.", "Các đồng chí đại biểu dự hội nghị", "N.H", "Tỉnh ủy Bắc Giang", "", "K'"]
)
def test_not_bylines(line: str) -> None:
    assert not byline_names(line)


OTHER_SITES = [
    # (what it covers, page, title, published line, dateline, authors)
    (
        "breadcrumb, weekday date line, (ĐCSVN) dateline, related links after the byline",
        "Trang chủ > Thời sự\nBộ Chính trị làm việc với Tỉnh ủy Nghệ An\nThứ Hai, 15/07/2024 10:25\n"
        "(ĐCSVN) - Sáng 15/7, đồng chí Trần Quốc Bảo làm việc với Ban Thường vụ Tỉnh ủy Nghệ An.\n"
        "Thu Hằng\nTin liên quan\n- Nghệ An tổng kết công tác năm 2023 (12/01/2024)",
        "Bộ Chính trị làm việc với Tỉnh ủy Nghệ An", "Thứ Hai, 15/07/2024 10:25", "ĐCSVN", ["Thu Hằng"],
    ),
    (
        "'Cập nhật:' date line",
        "Thủ tướng chủ trì phiên họp\nCập nhật: 18:40 | 03/10/2024\n(Chinhphu.vn) - Chiều 3/10, Thủ tướng chủ trì.",
        "Thủ tướng chủ trì phiên họp", "Cập nhật: 18:40 | 03/10/2024", "Chinhphu.vn", [],
    ),
    (
        "a section header above the title, two authors in capitals",
        "TIN MỚI\nQuảng Ninh khai mạc kỳ họp HĐND tỉnh\nNDO - Sáng 10/12, HĐND tỉnh khai mạc kỳ họp.\n"
        "THU HÀ - MINH ĐỨC\nChia sẻ",
        "Quảng Ninh khai mạc kỳ họp HĐND tỉnh", None, "NDO", ["THU HÀ", "MINH ĐỨC"],
    ),
    (
        "an ISO timestamp as the date line and a source line",
        "Ban Thường vụ Tỉnh ủy họp\n2024-07-15 10:25:00\nChiều 14/7, Ban Thường vụ Tỉnh ủy họp.\nTheo TTXVN",
        "Ban Thường vụ Tỉnh ủy họp", "2024-07-15 10:25:00", None, [],
    ),
]


@pytest.mark.parametrize(
    ("covers", "page", "title", "published", "dateline", "authors"), OTHER_SITES, ids=[c[0] for c in OTHER_SITES]
)
def test_pages_of_other_sites(
    covers: str, page: str, title: str, published: str | None, dateline: str | None, authors: list[str]
) -> None:
    text, layout = _layout(page)
    assert _get(text, layout.title) == title
    assert _get(text, layout.published) == published
    assert layout.dateline == dateline
    assert [name for name, _ in layout.authors] == authors


def test_a_page_that_opens_with_the_body_has_no_title() -> None:
    _, layout = _layout(
        "Hà Nội, 15/7 (TTXVN) - Sáng nay, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, "
        "tiêu cực họp phiên thứ 26 dưới sự chủ trì của Tổng Bí thư."
    )
    assert layout.title is None
    assert layout.dateline == "TTXVN"
    assert len(layout.paragraphs) == 1


def test_a_capitalised_place_before_a_dash_is_not_a_dateline() -> None:
    _, layout = _layout("Tiêu đề bài\nĐồng chí Nguyễn Văn An - Bí thư Tỉnh ủy phát biểu tại hội nghị.")
    assert layout.dateline is None


@pytest.mark.parametrize("line", ["Nguồn: Báo Cần Thơ", "Theo Báo Nhân Dân", "Nguồn: TTXVN"])
def test_source_lines_name_no_author(line: str) -> None:
    assert byline_names(line) == []


def test_section_name_above_the_title_is_chrome() -> None:
    text, layout = _layout("Chính trị\nThường trực Tỉnh ủy làm việc với huyện\nSáng 3/4/2024, Tỉnh ủy họp.")
    assert _get(text, layout.title) == "Thường trực Tỉnh ủy làm việc với huyện"


@pytest.mark.parametrize(
    "masthead",
    [
        "Báo Lạng Sơn",
        "BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM",
        "Tạp chí Cộng sản",
        "TẠP CHÍ KIỂM SÁT | Cơ quan của Viện kiểm sát nhân dân tối cao",
        "BÁO ĐỒNG THÁP – Tiếng nói của Đảng bộ, chính quyền và nhân dân",
        "Điện Biên Online",
        "Nghe bài viết | Lượt xem: 2.104",
        "Tìm kiếm...",
    ],
)
def test_a_masthead_above_the_title_is_chrome(masthead: str) -> None:
    text, layout = _layout(f"{masthead}\nTỉnh ủy họp sơ kết quý I\nSáng 3/4/2024, Tỉnh ủy họp.")
    assert _get(text, layout.title) == "Tỉnh ủy họp sơ kết quý I"


def test_a_title_that_starts_like_a_masthead_is_kept() -> None:
    text, layout = _layout("Báo chí cách mạng Việt Nam 99 năm\nSáng 21/6/2024, Ban Tuyên giáo Tỉnh ủy gặp mặt.")
    assert _get(text, layout.title) == "Báo chí cách mạng Việt Nam 99 năm"


def test_a_short_metadata_header() -> None:
    text, layout = _layout("Title: Hội nghị toàn quốc về công tác kiểm tra\nPublished Date: 14/08/2025 16:20\n\n"
                           "(ĐCSVN) - Sáng 14/8, Bộ Chính trị tổ chức hội nghị.")
    assert _get(text, layout.title) == "Hội nghị toàn quốc về công tác kiểm tra"
    assert _get(text, layout.published) == "14/08/2025 16:20"
    assert layout.dateline == "ĐCSVN"


# --- one-pass searches against the per-line searches they replace -----------

_LAYOUT_ALPHABET = st.sampled_from(
    ["Ảnh", "ảnh", "ẢNH", "Ả", "nh", ":", " ", "\n", "a", "Minh", "©", "Copyright", "İ", "."]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LAYOUT_ALPHABET, max_size=25).map("".join), st.data())
def test_credit_marks_within_a_range_match_a_search_of_the_range(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    marks = _CreditMarks(text)
    expected = [m.span() for m in _PHOTO_CREDIT.finditer(text, start, end)]
    assert [m.span() for m in marks.within(start, end)] == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \n\t\r\x0b\x0c\x85\u2028\u3000\xa0ab")), max_size=30))
def test_lines_are_the_stripped_non_blank_lines(text: str) -> None:
    expected = []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            expected.append((at + lead, at + lead + len(line.strip())))
        at += len(line) + 1
    assert _lines(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(_LAYOUT_ALPHABET, max_size=25).map("".join))
def test_footer_search_ignores_case_like_the_ignorecase_pattern(text: str) -> None:
    expected = [m.span() for m in _chrome_patterns()["tail"].finditer(text)]
    assert [m.span() for m in _tail_matches(text)] == expected


def test_bylines_are_read_once_per_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    # Short name-like lines between body lines: each is a byline candidate that
    # does not close the article. Reading every following paragraph again for
    # each candidate made the page quadratic.
    from vnpolparse import structure

    calls = []
    real = structure.byline_names

    def counting(line: str) -> list[tuple[str, int, int]] | None:
        calls.append(line)
        return real(line)

    monkeypatch.setattr(structure, "byline_names", counting)
    page = "Tiêu đề\n" + "Tỉnh ủy họp bàn việc lớn của tỉnh.\nMinh Anh\n" * 200
    structure.read_layout(page)
    assert len(calls) <= 2 * 400


def test_one_word_above_a_menu_is_a_logo_not_the_headline() -> None:
    text, layout = _layout("Sơnlaonline\nTrang chủ » Thời sự\nTỉnh ủy họp phiên thường kỳ\nSáng 3/4/2024, Tỉnh ủy họp.")
    assert _get(text, layout.title) == "Tỉnh ủy họp phiên thường kỳ"
    # One word right above the body is the headline; one word in the body stays in the article.
    text, layout = _layout("Tin\nSáng 3/4/2024, Tỉnh ủy họp.\nKết luận\nHội nghị bế mạc.")
    assert _get(text, layout.title) == "Tin"
    assert any(text[p.start : p.end] == "Kết luận" for p, _ in layout.paragraphs)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Trang chủ » Thời sự » Chính trị | Điện Biên, 12/03/2025", "12/03/2025"),
        ("Thời sự | Xã hội | Thứ Tư, 12/03/2025", "Thứ Tư, 12/03/2025"),
        ("Hà Nội, 12/03/2025", "12/03/2025"),
    ],
)
def test_a_date_closing_a_menu_or_after_a_place_above_the_title_is_the_masthead(line: str, date: str) -> None:
    text, layout = _layout(f"{line}\nHội nghị Ban Chấp hành Đảng bộ tỉnh\nSáng 11/3, Tỉnh ủy họp.")
    assert _get(text, layout.masthead) == date
    assert _get(text, layout.title) == "Hội nghị Ban Chấp hành Đảng bộ tỉnh"


def test_a_menu_without_a_date_gives_no_masthead() -> None:
    _text, layout = _layout("Trang chủ » Thời sự | Chính trị\nHội nghị Tỉnh ủy\nSáng 11/3/2025, Tỉnh ủy họp.")
    assert layout.masthead is None


def test_a_labelled_date_line_with_a_counter_below_the_title_is_the_published_date() -> None:
    text, layout = _layout(
        "Điện Biên Online\nTìm kiếm...\nTỉnh ủy họp phiên thường kỳ\nCập nhật lúc: 20/03/2026 06:31  |  Lượt đọc: 864\n"
        "Sáng 19/3, Tỉnh ủy họp."
    )
    assert _get(text, layout.title) == "Tỉnh ủy họp phiên thường kỳ"
    assert _get(text, layout.published) == "Cập nhật lúc: 20/03/2026 06:31"
