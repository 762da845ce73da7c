"""Sentence segmentation: where sentences end and where they do not.

The example sentences are written for these tests; none is copied from the corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import corpus_files
from vnpolparse.sentences import paragraphs, split
from vnpolparse.text import normalize


def sentences(text: str) -> list[str]:
    return [text[s.slice] for s in split(text)]


CASES = {
    "two plain sentences": (
        "Hội nghị bắt đầu lúc 8 giờ. Các đại biểu thảo luận.",
        ["Hội nghị bắt đầu lúc 8 giờ.", "Các đại biểu thảo luận."],
    ),
    "question and exclamation": (
        "Vì sao chậm? Phải làm ngay! Tiếp tục.",
        ["Vì sao chậm?", "Phải làm ngay!", "Tiếp tục."],
    ),
    "joined academic titles": (
        "Dự có PGS.TS. Lê Văn Tùng và Ths. Trần Mai. Hội thảo bế mạc.",
        ["Dự có PGS.TS. Lê Văn Tùng và Ths. Trần Mai.", "Hội thảo bế mạc."],
    ),
    "TP. before a name": (
        "Đoàn đến TP. Vinh làm việc. Sau đó trở về.",
        ["Đoàn đến TP. Vinh làm việc.", "Sau đó trở về."],
    ),
    "academic title": (
        "Hội thảo do PGS. Trần Văn Bảo chủ trì. Có 50 đại biểu dự.",
        ["Hội thảo do PGS. Trần Văn Bảo chủ trì.", "Có 50 đại biểu dự."],
    ),
    "T.Ư inside a word": (
        "Ủy ban Kiểm tra T.Ư kết luận. Đảng ủy tiếp thu.",
        ["Ủy ban Kiểm tra T.Ư kết luận.", "Đảng ủy tiếp thu."],
    ),
    "v.v. closes the sentence": (
        "Gồm nhà ở, trường học v.v. Tất cả đã hoàn thành.",
        ["Gồm nhà ở, trường học v.v.", "Tất cả đã hoàn thành."],
    ),
    "decimals and thousands": (
        "Tăng trưởng đạt 7,25%, thu 1.234,5 tỷ đồng. Xuất khẩu tăng.",
        ["Tăng trưởng đạt 7,25%, thu 1.234,5 tỷ đồng.", "Xuất khẩu tăng."],
    ),
    "closing ./.": ("Hội nghị kết thúc./. Minh Anh", ["Hội nghị kết thúc./.", "Minh Anh"]),
    "ellipsis then capital": (
        "Còn nhiều khó khăn… Năm tới phải cố gắng.",
        ["Còn nhiều khó khăn…", "Năm tới phải cố gắng."],
    ),
    "ellipsis then lower case": (
        "Còn nhiều khó khăn... nhưng đã vượt qua.",
        ["Còn nhiều khó khăn... nhưng đã vượt qua."],
    ),
    "a quote closes with the sentence": (
        'Ông nói: "Phải làm ngay." Sau đó ông rời đi.',
        ['Ông nói: "Phải làm ngay."', "Sau đó ông rời đi."],
    ),
    "sentences inside a quote": (
        'Ông nói: "Năm nay khó. Năm sau phải tốt hơn".',
        ['Ông nói: "Năm nay khó.', 'Năm sau phải tốt hơn".'],
    ),
    "numbered item": (
        "1. Tập trung thu ngân sách. 2. Giải ngân vốn đầu tư.",
        ["1. Tập trung thu ngân sách.", "2. Giải ngân vốn đầu tư."],
    ),
    "an initial": (
        "Theo quan điểm của V.I. Lênin và C. Mác, lao động tạo ra giá trị.",
        ["Theo quan điểm của V.I. Lênin và C. Mác, lao động tạo ra giá trị."],
    ),
    "a Roman numeral ends the sentence": (
        "Hội nghị Trung ương khóa X. Nội dung gồm hai phần.",
        ["Hội nghị Trung ương khóa X.", "Nội dung gồm hai phần."],
    ),
    "digit after a stop": (
        "Kết quả rất tốt. 6 tháng qua, tỉnh thu hút 20 dự án.",
        ["Kết quả rất tốt.", "6 tháng qua, tỉnh thu hút 20 dự án."],
    ),
    "paragraph break": (
        "Dòng thứ nhất không dấu chấm\nDòng thứ hai.",
        ["Dòng thứ nhất không dấu chấm", "Dòng thứ hai."],
    ),
    "photo credit closes a caption": (
        "Quang cảnh phiên họp - Ảnh: TTXVN/Minh Đức Phiên họp bắt đầu lúc 9 giờ.",
        ["Quang cảnh phiên họp - Ảnh: TTXVN/Minh Đức", "Phiên họp bắt đầu lúc 9 giờ."],
    ),
    "a credit at the end of its line": ("Đại biểu dự hội nghị. Ảnh: Thu Hà", ["Đại biểu dự hội nghị.", "Ảnh: Thu Hà"]),
    "time and dates do not end": ("Lúc 15:30 ngày 1.12.2023, đoàn đến.", ["Lúc 15:30 ngày 1.12.2023, đoàn đến."]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_split(name: str) -> None:
    text, expected = CASES[name]
    assert sentences(text) == expected


def test_empty_and_blank() -> None:
    assert split("") == ()
    assert split(" \n\n  ") == ()


def test_paragraphs() -> None:
    text = "  Một.  \n\nHai. Ba.\n"
    assert [text[s.slice] for s in paragraphs(text)] == ["Một.", "Hai. Ba."]


@given(st.text(alphabet=st.sampled_from("ab Đ.!?…\"'\n,1()TPv/"), max_size=200))
def test_spans_cover_every_word_once(text: str) -> None:
    spans = split(text)
    covered = [False] * len(text)
    previous_end = 0
    for s in spans:
        assert previous_end <= s.start < s.end
        piece = text[s.slice]
        assert piece == piece.strip() and "\n" not in piece
        for i in range(s.start, s.end):
            covered[i] = True
        previous_end = s.end
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))


@given(st.text())
def test_never_raises(text: str) -> None:
    for s in split(normalize(text).text):
        assert s.start < s.end


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_sentences_are_trimmed_lines(path: object) -> None:
    text = normalize(path.read_text(encoding="utf-8")).text  # type: ignore[attr-defined]
    spans = split(text)
    assert spans
    for s in spans:
        assert "\n" not in text[s.slice]
        assert text[s.slice] == text[s.slice].strip()
