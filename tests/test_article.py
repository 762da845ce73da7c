"""parse_article: the whole page, bad input, and invariants over every result."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnpolparse
from conftest import GOLD_DIR, corpus_files
from strategies import any_text
from vnpolparse import Article, InputTooLargeError, InputTypeError, Span, parse_article
from vnpolparse.article import _has_local_cue
from vnpolparse.models import Title

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample_article.txt"


def _mentions(value: Any) -> Iterator[Any]:
    """Every attrs object with a ``span`` and a ``text`` inside ``value``."""
    if isinstance(value, tuple):
        for item in value:
            yield from _mentions(item)
    elif attrs.has(type(value)):
        fields = attrs.fields_dict(type(value))
        if "span" in fields and "text" in fields and isinstance(value.span, Span):
            yield value
        for name in fields:
            if name != "text":
                yield from _mentions(getattr(value, name))


def _check_spans(article: Article) -> None:
    text = article.text
    for mention in _mentions(article):
        written = text[mention.span.start : mention.span.end]
        if isinstance(mention, Title):  # the complete title: the words written, then the body the context gives
            assert mention.text == written or mention.text.startswith(written + " "), mention
        else:
            assert written == mention.text, mention
    for name in ("title", "published", "dateline", "event_date"):
        span = getattr(article, f"{name}_span")
        if span is not None and name in ("title", "dateline"):
            assert text[span.start : span.end].strip() == getattr(article, name)


def test_sample_article_metadata() -> None:
    article = parse_article(SAMPLE.read_text(encoding="utf-8"))
    assert article.title == "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang sơ kết công tác quý I/2025"
    assert article.published == "2025-03-13T09:42"
    assert article.dateline == "TUYÊN QUANG"
    assert article.authors == ("Lâm Khánh Linh",)
    assert article.province == "Tuyên Quang"
    assert article.event_date == "2025-03-12"
    _check_spans(article)


def test_sample_article_leaves_chrome_out() -> None:
    article = parse_article(SAMPLE.read_text(encoding="utf-8"))
    body = " ".join(p.text for p in article.paragraphs)
    for chrome in ("Sign In", "lượt xem", "20/03/2025", "Tag:"):
        assert chrome not in body
    assert all("20/03/2025" not in d.text for d in article.dates)


def test_published_given_by_the_caller_wins() -> None:
    article = parse_article("Hội nghị Huyện ủy\nSáng 4/1, Huyện ủy họp.", published="2024-01-05")
    assert article.published == "2024-01-05"
    assert article.event_date == "2024-01-04"


def test_year_of_a_dayless_event_comes_from_the_article() -> None:
    page = "Hội nghị Tỉnh ủy\nSáng nay (3/8), Tỉnh ủy họp đánh giá công tác năm 2016 và 7 tháng năm 2016."
    assert parse_article(page).event_date == "2016-08-03"


def test_unknown_year_is_left_out() -> None:
    page = "Hội nghị Tỉnh ủy\nSáng 3/8, Tỉnh ủy họp."
    assert parse_article(page).event_date == "--08-03"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_an_empty_article(text: str) -> None:
    article = parse_article(text)
    assert article == Article(text=text)


@pytest.mark.parametrize("value", [b"Tinh uy", None, 42, ["a"]])
def test_non_str_input_is_a_typed_error(value: object) -> None:
    with pytest.raises(InputTypeError):
        parse_article(value)  # type: ignore[arg-type]


def test_input_over_max_chars_is_a_typed_error() -> None:
    with pytest.raises(InputTooLargeError):
        parse_article("x" * 11, max_chars=10)
    with pytest.raises(ValueError, match="max_chars"):
        parse_article("x" * 11, max_chars=10)


def test_binary_junk_does_not_crash() -> None:
    junk = bytes(range(256)).decode("latin-1") * 20
    article = parse_article(junk)
    _check_spans(article)


def test_nfc_and_nfd_give_the_same_article() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    nfc = parse_article(text).to_dict()
    nfd = parse_article(unicodedata.normalize("NFD", text)).to_dict()
    for key in ("title", "published", "dateline", "authors", "province", "event_date"):
        assert unicodedata.normalize("NFC", json.dumps(nfd[key], ensure_ascii=False)) == json.dumps(
            nfc[key], ensure_ascii=False
        )
    for key in ("dates", "quantities", "people", "bodies", "documents", "directives"):
        assert len(nfd[key]) == len(nfc[key])


@given(any_text)
def test_spans_slice_to_their_text_for_any_input(text: str) -> None:
    _check_spans(parse_article(text))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_spans_slice_to_their_text(path: Path) -> None:
    _check_spans(parse_article(path.read_text(encoding="utf-8")))


def _gold(path: Path) -> dict[str, Any]:
    gold_path = GOLD_DIR / f"{path.stem}.json"
    return json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}


@pytest.mark.parametrize("path", [p for p in corpus_files() if _gold(p)], ids=lambda p: p.name)
def test_corpus_metadata_matches_gold(path: Path) -> None:
    gold = _gold(path)
    article = parse_article(path.read_text(encoding="utf-8"))
    assert article.title == gold["title"]
    assert article.dateline == gold["dateline"]
    assert list(article.authors) == gold["authors"]
    assert article.province == gold["province"]
    assert article.published == gold["published"]
    assert article.event_date == gold["event_date"]


def test_lazy_names_resolve() -> None:
    assert vnpolparse.parse_article is parse_article
    with pytest.raises(AttributeError):
        vnpolparse.no_such_name  # noqa: B018


def test_a_yearless_deadline_falls_after_the_article_date() -> None:
    page = (
        "Hội nghị Tỉnh ủy\nSáng 2/12/2023, Tỉnh ủy họp. Đồng chí Bí thư Tỉnh ủy Nguyễn Văn An đề nghị "
        "các cấp hoàn thành tổng kết trước ngày 10/1."
    )
    (directive,) = parse_article(page).directives
    assert directive.deadline is not None
    assert directive.deadline.value == "2024-01-10"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Thứ Hai, 15/07/2024 - 10:25 AM", "2024-07-15T10:25"),
        ("Cập nhật lúc 10:25, 15/7/2024", "2024-07-15T10:25"),
        ("Ngày đăng: 15/07/2024", "2024-07-15"),
        ("10:25 | 15/07/2024", "2024-07-15T10:25"),
        ("15-07-2024 10:25:33", "2024-07-15T10:25:33"),
        ("2024-07-15T10:25:00+07:00", "2024-07-15T10:25:00"),
        ("15/07/2024, 10:25 (GMT+7)", "2024-07-15T10:25"),
    ],
)
def test_published_date_lines_of_many_sites(line: str, published: str) -> None:
    article = parse_article(f"Tiêu đề bài viết\n{line}\nSáng 14/7, Tỉnh ủy họp.")
    assert article.published == published
    assert article.event_date == "2024-07-14"


@pytest.mark.parametrize(
    "lead", ["Trong 2 ngày 15 - 16/7/2024, Tỉnh ủy tổ chức hội nghị.", "Từ ngày 15 đến 17/7/2024, Tỉnh ủy họp."]
)
def test_an_event_over_several_days_dates_from_its_first(lead: str) -> None:
    assert parse_article(f"Hội nghị Tỉnh ủy\n{lead}").event_date == "2024-07-15"


def test_a_deadline_in_a_later_year_does_not_decide_the_article_year() -> None:
    page = (
        "Đoàn kiểm tra làm việc với huyện\nSáng 9/9, đoàn kiểm tra làm việc tại huyện về kết quả năm 2024. "
        "Đồng chí Trưởng đoàn đề nghị huyện hoàn thành trước ngày 30/6/2025."
    )
    assert parse_article(page).event_date == "2024-09-09"


def test_a_province_named_once_in_a_central_article_is_not_its_province() -> None:
    page = (
        "Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật\nSáng 12/9/2025, Ủy ban Thường vụ Quốc hội họp. "
        "Đại biểu Quốc hội tỉnh Cao Bằng phát biểu ý kiến."
    )
    assert parse_article(page).province is None


def test_a_province_debated_by_the_national_assembly_is_not_the_province_of_a_central_article() -> None:
    page = (
        "Quốc hội thảo luận dự án luật\nVOV.VN - Sáng 5/6/2025, Quốc hội thảo luận dự án Luật Địa chất. "
        "Chiều cùng ngày, Quốc hội cho ý kiến về cơ chế đặc thù phát triển tỉnh Điện Biên và tỉnh Điện Biên."
    )
    assert parse_article(page).province is None


def test_a_central_article_about_one_province_keeps_it() -> None:
    page = (
        "Phó Thủ tướng làm việc với tỉnh Điện Biên\nTTXVN - Sáng 5/6/2025, Phó Thủ tướng làm việc với "
        "Tỉnh ủy Điện Biên về phát triển kinh tế - xã hội."
    )
    assert parse_article(page).province == "Điện Biên"


def test_a_provincial_dateline_gives_way_to_the_province_the_article_is_about() -> None:
    # "LSO" stands for Lạng Sơn; the page never names Lạng Sơn and is about Cà Mau.
    page = (
        "Tỉnh ủy Cà Mau tiếp đoàn công tác\nLSO - Sáng 5/6/2025, Tỉnh ủy Cà Mau tiếp đoàn công tác. "
        "Bí thư Tỉnh ủy Cà Mau phát biểu; UBND tỉnh Cà Mau báo cáo."
    )
    assert parse_article(page).province == "Cà Mau"
    own = page.replace("tiếp đoàn công tác. ", "tiếp đoàn công tác tỉnh Lạng Sơn. ")
    assert parse_article(own).province == "Lạng Sơn"


def test_districts_tell_the_province_when_no_province_is_named() -> None:
    page = (
        "Huyện ủy Mường Nhé sơ kết giữa nhiệm kỳ\nSáng 5/6/2024, Huyện ủy Mường Nhé họp sơ kết. "
        "Đảng bộ huyện Mường Nhé đạt 19/24 chỉ tiêu."
    )
    assert parse_article(page).province == "Điện Biên"
    # A district name found in several provinces tells nothing.
    assert parse_article(page.replace("Mường Nhé", "Châu Thành")).province is None


@pytest.mark.parametrize(("dateline", "province"), [("Baodienbienphu.vn", None), ("Baolaichau.vn", "Lai Châu"),
                                                     ("VOV.VN", None), ("Baolangson.vn", "Lạng Sơn")])
def test_a_site_as_dateline_names_its_province(dateline: str, province: str | None) -> None:
    page = f"Hội nghị sơ kết\n{dateline} - Sáng 5/6/2025, hội nghị sơ kết công tác quý II được tổ chức."
    assert parse_article(page).province == province


def test_the_site_name_above_the_headline_names_the_province_of_a_page_without_dateline() -> None:
    page = "BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ\nHội nghị sơ kết quý II\nSáng 5/6/2025, hội nghị sơ kết công tác quý II."
    assert parse_article(page).province == "Điện Biên"
    # ... unless the article is plainly about another province it names.
    other = page.replace("hội nghị sơ kết công tác", "Tỉnh ủy Sơn La và UBND tỉnh Sơn La sơ kết công tác")
    assert parse_article(other).province == "Sơn La"


def test_a_province_named_once_by_its_own_body_is_its_province() -> None:
    assert parse_article("Hội nghị\nSáng 3/3/2025, Tỉnh ủy Lào Cai họp.").province == "Lào Cai"


def test_a_range_of_days_later_in_the_lead_is_not_the_event() -> None:
    page = (
        "Ban Bí thư ban hành Kết luận\nThay mặt Ban Bí thư, đồng chí Thường trực Ban Bí thư vừa ký ban hành "
        "Kết luận số 12-KL/TW về công tác cán bộ. Hội nghị Trung ương diễn ra từ ngày 18 đến 20/9/2024 đã thống nhất."
    )
    assert parse_article(page).event_date is None


_LOCAL_CUE_REFERENCE = re.compile(  # the cue search with its leading \b, as it was written first
    r"\b(?:Tỉnh ủy|Thành ủy|UBND tỉnh|HĐND tỉnh|Ủy ban nhân dân tỉnh|Hội đồng nhân dân tỉnh|Đảng bộ tỉnh|"
    r"Ban Thường vụ Tỉnh ủy|tỉnh ta|toàn tỉnh|Công an tỉnh)\b(?!\s+[A-ZĐ])"
)


@given(
    st.lists(
        st.sampled_from(["Tỉnh ủy", "tỉnh ta", " ", "x", "_", "1", "Cà", "\n", "Ban Thường vụ ", "toàn ", "tỉnh"]),
        max_size=12,
    ).map("".join)
)
def test_local_cue_search_keeps_the_word_boundary(text: str) -> None:
    assert _has_local_cue(text) == bool(_LOCAL_CUE_REFERENCE.search(text))


# --- page headers: site chrome above the headline (pages written for these tests) --------------

_BODY = (
    "Sáng 14/7, Ban Thường vụ Huyện ủy Tân Phong tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024. "
    "Đồng chí Bí thư Huyện ủy đề nghị các chi bộ rà soát nhiệm vụ."
)


@pytest.mark.parametrize(
    "header",
    [
        "BÁO TÂN PHONG ĐIỆN TỬ",
        "CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA BÌNH - HUYỆN TÂN PHONG - TỈNH HẢI DƯƠNG",
        "TÂN PHONG ONLINE",
        "NHÂN DÂN TÂN PHONG - Cơ quan của Đảng bộ, chính quyền và nhân dân huyện Tân Phong",
        "BÁO TÂN PHONG - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN HUYỆN TÂN PHONG",
        "TANPHONG.VN - Tiếng nói của nhân dân Tân Phong",
        "Thời sự | Chính trị | Kinh tế | Xã hội",
        "Đăng nhập | Đăng ký",
        "Kinh tế | Tài chính - Ngân hàng",
        "Thời sự > Hoạt động của Huyện ủy",
        "Trang chủ » Chính trị » Tin tức",
        "Xây dựng Đảng › Tin tức",
    ],
)
def test_site_chrome_above_the_headline_is_not_the_title(header: str) -> None:
    page = f"{header}\nHuyện ủy Tân Phong sơ kết 6 tháng đầu năm\n14/07/2024 18:05\n{_BODY}"
    article = parse_article(page)
    assert article.title == "Huyện ủy Tân Phong sơ kết 6 tháng đầu năm"
    assert article.published == "2024-07-14T18:05"
    assert header not in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    "title",
    [
        "BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI ĐẢNG BỘ HUYỆN",
        "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 | Chính trị",
        "Tinh thần \"dám nghĩ, dám làm\" của cán bộ trẻ",
    ],
)
def test_a_headline_that_looks_like_chrome_stays_the_title(title: str) -> None:
    assert parse_article(f"{title}\n{_BODY}").title == title


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Cập nhật lúc: 18:05 14/07/2024 | Lượt xem: 412", "2024-07-14T18:05"),
        ("Cập nhật: 14/07/2024, 18:05 | 3.905 lượt đọc", "2024-07-14T18:05"),
        ("Ngày xuất bản: 14/07/2024 - 18:05", "2024-07-14T18:05"),
        ("Published Date: Chủ nhật, 14/07/2024, 18:05 (GMT+7)", "2024-07-14T18:05"),
        ("TANPHONG.VN Chủ nhật, 14/07/2024 | 18:05 GMT+7", "2024-07-14T18:05"),
        ("Ngày đăng: 14-07-2024 | 18:05     Lượt đọc: 2.106", "2024-07-14T18:05"),
    ],
)
def test_labelled_date_lines_with_counters(line: str, published: str) -> None:
    article = parse_article(f"Huyện ủy Tân Phong sơ kết 6 tháng đầu năm\n{line}\n{_BODY}")
    assert article.published == published
    assert article.event_date == "2024-07-14"
    assert not [q for q in article.quantities if q.value in (412, 3905, 2106)]  # counters are chrome


def test_a_date_line_above_the_headline_dates_a_page_that_prints_no_other() -> None:
    page = f"Báo Tân Phong điện tử\n15/07/2024 - 09:30 (GMT+7)\nHuyện ủy Tân Phong sơ kết 6 tháng đầu năm\n{_BODY}"
    article = parse_article(page)
    assert article.published == "2024-07-15T09:30"
    assert article.published_span is not None
    assert article.text[article.published_span.start : article.published_span.end] == "15/07/2024 - 09:30 (GMT+7)"
    assert "2024-07-15T09:30" in [d.value for d in article.dates]


def test_a_date_line_above_the_headline_in_another_year_is_the_sites_date() -> None:
    # A page fetched in 2020 for an article on the first half of 2017.
    page = (
        "Thứ tư, 28/10/2020\nHuyện ủy Tân Phong sơ kết 6 tháng đầu năm\n"
        "Sáng nay (14/7), Huyện ủy Tân Phong sơ kết công tác 6 tháng đầu năm 2017, "
        "bàn nhiệm vụ những tháng cuối năm 2017."
    )
    article = parse_article(page)
    assert article.published is None
    assert article.event_date == "2017-07-14"


def test_an_author_line_with_degrees_under_the_headline() -> None:
    page = (
        "Đổi mới công tác cán bộ trong giai đoạn mới\nPGS, TS TRẦN VĂN MINH - Học viện Chính trị khu vực I\n"
        "Ngày xuất bản: 12/11/2024 - 08:30\nTCCS - Cán bộ là gốc của mọi công việc; "
        "những năm qua, Đảng ta luôn coi trọng công tác cán bộ."
    )
    article = parse_article(page)
    assert article.authors == ("TRẦN VĂN MINH",)
    assert article.published == "2024-11-12T08:30"
    assert article.dateline == "TCCS"
    assert not article.people


@pytest.mark.parametrize("byline", ["Thu Hà/TANPHONG.VN", "Thu Hà/baotanphong.vn"])
def test_a_site_after_the_author_is_not_an_author(byline: str) -> None:
    assert parse_article(f"Huyện ủy Tân Phong sơ kết 6 tháng đầu năm\n{_BODY}\n{byline}").authors == ("Thu Hà",)


def test_two_capitalised_authors_before_a_comment_counter() -> None:
    page = f"Huyện ủy Tân Phong sơ kết 6 tháng đầu năm\n{_BODY}\nTHU HÀ - MINH ĐỨC\nBình luận (0)\nTin khác\nx"
    assert parse_article(page).authors == ("THU HÀ", "MINH ĐỨC")


def test_the_youth_union_named_after_ho_chi_minh_is_not_the_city() -> None:
    page = (
        "Hội nghị giao ban\nSáng 3/3/2025, UBND tỉnh Lào Cai phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh "
        "tỉnh tổ chức hội nghị; Tỉnh đoàn học tập tư tưởng Hồ Chí Minh."
    )
    assert parse_article(page).province == "Lào Cai"
    city = "Tin\nSáng 3/3/2025, UBND thành phố Hồ Chí Minh họp. Thành phố Hồ Chí Minh tăng trưởng."
    assert parse_article(city).province == "Hồ Chí Minh"


@pytest.mark.parametrize(
    ("caption", "title"),
    [
        ("Ảnh: Phó Chủ tịch Quốc hội Lê Quang Minh điều hành phiên họp.", "Phó Chủ tịch Quốc hội"),
        ("Ảnh: Bí thư Tỉnh ủy Trịnh Văn An phát biểu tại hội nghị.", "Bí thư Tỉnh ủy"),
    ],
)
def test_a_caption_opening_with_the_photo_mark_keeps_its_first_words(caption: str, title: str) -> None:
    article = parse_article(f"Tin\nSáng 5/3/2025, Tỉnh ủy họp.\n{caption}")
    (person,) = article.people
    assert [t.text for t in person.titles] == [title]
    assert article.authors == ()


@pytest.mark.parametrize(("caption", "authors"), [("Ảnh: Minh Anh", ("Minh Anh",)), ("Ảnh: VGP", ())])
def test_photo_credits_stay_credits(caption: str, authors: tuple[str, ...]) -> None:
    article = parse_article(f"Tin\nSáng 5/3/2025, Tỉnh ủy họp.\nQuang cảnh hội nghị. {caption}")
    assert article.authors == authors
    assert [b.text for b in article.bodies] == ["Tỉnh ủy"]


@pytest.mark.parametrize(
    "header",
    [
        "BÁO TÂN PHONG ĐIỆN TỬ | Chủ nhật, 21/07/2024",
        "Giáo dục  /  Y tế",
        "Chia sẻ: Facebook | Zalo | In bài",
        "[Cỡ chữ: A- A A+]",
    ],
)
def test_more_header_chrome(header: str) -> None:
    page = f"{header}\nHuyện ủy Tân Phong sơ kết 6 tháng đầu năm\nNgày đăng: 14/07/2024 | Số lượt xem: 512\n{_BODY}"
    article = parse_article(page)
    assert article.title == "Huyện ủy Tân Phong sơ kết 6 tháng đầu năm"
    assert article.published == "2024-07-14"
    assert "2024-07-21" not in [d.value for d in article.dates]


def test_a_date_line_above_the_headline_days_after_the_event_dates_the_page() -> None:
    # The lead names next year's tasks, so the article's own years alone do not tell.
    page = (
        "Trang chủ > Kinh tế\nThứ ba, 16/07/2024 - 16:42\nHuyện Tân Phong sơ kết giai đoạn 2021-2024\n"
        "Sáng 14/7, huyện tổng kết giai đoạn 2021-2024, triển khai nhiệm vụ năm 2025. "
        "Năm 2025, huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới trong năm 2025."
    )
    article = parse_article(page)
    assert article.published == "2024-07-16T16:42"
    assert article.event_date == "2024-07-14"


@pytest.mark.parametrize(
    "footer",
    [
        "Tin liên quan: Huyện ủy Tân Phong họp phiên thường kỳ (02/07/2024) · Hơn 2.000 suất quà",
        "Bài viết cùng chủ đề:\n* Huyện ủy Tân Phong họp phiên thứ 8 (10/06/2024)",
        "Đánh giá bài viết: ★★★★☆\nTin khác:\n- Huyện ủy họp (01/07/2024)",
    ],
)
def test_link_lists_after_the_article_are_chrome(footer: str) -> None:
    page = f"Huyện ủy Tân Phong sơ kết 6 tháng đầu năm\n{_BODY}\nTHU HÀ\n{footer}"
    article = parse_article(page)
    assert article.authors == ("THU HÀ",)
    assert {d.value for d in article.dates}.isdisjoint({"2024-07-02", "2024-06-10", "2024-07-01"})
    assert not [q for q in article.quantities if q.value == 2000]


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("Baotanphong.vn - Ngày 14/7, Huyện ủy Tân Phong họp.", "Baotanphong.vn"),
        ("(Tanphong.vn) - Ngày 14/7, Huyện ủy Tân Phong họp.", "Tanphong.vn"),
        ("TANPHONG.VN - Ngày 14/7, Huyện ủy Tân Phong họp.", "TANPHONG.VN"),
    ],
)
def test_a_site_name_opening_the_body_is_its_dateline(lead: str, dateline: str) -> None:
    assert parse_article(f"Huyện ủy Tân Phong sơ kết\n{lead}").dateline == dateline


def test_a_headline_run_into_its_body_on_one_line() -> None:
    body = " ".join(
        f"Đại biểu thứ {n} phát biểu về công tác công đoàn. Ảnh: Minh Anh Hội nghị thảo luận nhiều nội dung."
        for n in range(1, 9)
    )
    page = f"Đại hội Công đoàn huyện Tân Phong thành công tốt đẹp Sáng 4/12/2025, huyện tổ chức đại hội. {body} THU HÀ"
    article = parse_article(page)
    assert article.title == "Đại hội Công đoàn huyện Tân Phong thành công tốt đẹp"
    assert article.event_date == "2025-12-04"
    assert article.paragraphs[0].kind.value == "body"


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 18/12, Công an huyện tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.",
        "Chiều 18-12, đoàn làm việc tại xã. Năm 2025, xã thu ngân sách 5 tỷ đồng. "
        "Trong năm 2026, xã đặt mục tiêu tăng thu 10%.",
        "Sáng 18/12, huyện tổng kết năm 2025. Kế hoạch năm 2026 và phương hướng quý I/2026 được thông qua.",
    ],
)
def test_next_years_plans_do_not_decide_the_article_year(lead: str) -> None:
    assert parse_article(f"Tổng kết công tác năm\n{lead}").event_date == "2025-12-18"


def test_a_review_held_in_january_dates_in_the_year_of_its_plans() -> None:
    lead = "Sáng 8/1, Công an huyện tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026."
    assert parse_article(f"Tổng kết công tác năm\n{lead}").event_date == "2026-01-08"


def test_more_header_forms() -> None:
    page = (
        "Hôm nay: Thứ Hai, 23/06/2025\nTÂN PHONG điện tử\nHuyện ủy Tân Phong sơ kết 6 tháng đầu năm\n"
        f"Thứ Ba, 16/07/2024 | 16:20    Bản in   Cỡ chữ A A\n{_BODY}"
    )
    article = parse_article(page)
    assert article.title == "Huyện ủy Tân Phong sơ kết 6 tháng đầu năm"
    assert article.published == "2024-07-16T16:20"
    assert not [q for q in article.quantities if q.value == 20]
    assert "2025-06-23" not in [d.value for d in article.dates]


def test_the_headline_repeated_under_a_metadata_header() -> None:
    page = (
        "Title: Huyện ủy Tân Phong sơ kết 6 tháng đầu năm\nPublished Date: 16/07/2024\nTags: Tân Phong\n\n"
        "Huyện ủy Tân Phong sơ kết 6 tháng đầu năm\n===\n\n(TPO) - Sáng 14/7, Huyện ủy Tân Phong họp."
    )
    article = parse_article(page)
    assert article.dateline == "TPO"
    assert article.event_date == "2024-07-14"
    assert [p.kind.value for p in article.paragraphs] == ["body"]


def test_a_labelled_date_line_closing_the_article_is_its_date() -> None:
    page = "Hội nghị HĐND huyện\nTÂN PHONG - Chiều 20/10, HĐND huyện họp.\nMinh Đức\nCập nhật: 20/10/2025 17:05"
    article = parse_article(page)
    assert article.published == "2025-10-20T17:05"
    assert article.event_date == "2025-10-20"


def test_a_birth_year_does_not_date_the_article() -> None:
    page = "Hội nghị\nChiều 3/10, ông Lò Văn Hải, Bí thư Huyện ủy dự hội nghị. Ông Hải sinh năm 1970."
    assert parse_article(page).event_date == "--10-03"
