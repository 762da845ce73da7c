"""Directives: cues, speakers carried over sentences and paragraphs, look-alikes.

Every example sentence here is written for these tests (fictional people,
generic content); none is taken from the corpus.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import corpus_files
from vnpolparse.directives import find_directives, scan
from vnpolparse.errors import InputTypeError
from vnpolparse.models import Body, BodyKind, Directive, Level, Mention, Person, Span, Title
from vnpolparse.text import normalize


def person(text: str, name: str, *titles: tuple[str, str, str | None]) -> Person:
    """A person with every mention of ``name`` in ``text`` and the given (text, role, body) titles."""
    mentions = tuple(Mention(name, Span(m.start(), m.end())) for m in re.finditer(re.escape(name), text))
    return Person(name, tuple(Title(t, role, body) for t, role, body in titles), mentions=mentions)


def body(text: str, name: str, written: str) -> Body:
    mentions = tuple(Mention(written, Span(m.start(), m.end())) for m in re.finditer(re.escape(written), text))
    return Body(name, BodyKind.PARTY, Level.PROVINCE, None, mentions)


def speakers(found: tuple[object, ...]) -> list[tuple[str, str | None]]:
    out = []
    for d in found:
        assert isinstance(d, Directive)
        who = d.speaker.name if d.speaker is not None else None
        out.append((" ".join(d.text.split()[:3]), who))
    return out


BI_THU = ("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy")
CHU_TICH = ("Chủ tịch UBND tỉnh", "Chủ tịch", "UBND tỉnh")
THU_TUONG = ("Thủ tướng Chính phủ", "Thủ tướng", "Chính phủ")
PHO_THU_TUONG = ("Phó Thủ tướng", "Phó Thủ tướng", "Chính phủ")


# --- every cue -------------------------------------------------------------------------

CUES = {
    "đề nghị, name and title": (
        "Phát biểu kết luận, Bí thư Tỉnh ủy Hoàng Minh Tâm đề nghị các sở, ngành khẩn trương hoàn thiện đề án.",
        [("Hoàng Minh Tâm", BI_THU)],
        "đề nghị",
        "Hoàng Minh Tâm",
        "các sở, ngành",
    ),
    "yêu cầu, title alone": (
        "Chủ tịch UBND tỉnh Lê Văn Hòa dự buổi làm việc. "
        "Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng sớm hoàn thành quy hoạch chung.",
        [("Lê Văn Hòa", CHU_TICH)],
        "yêu cầu",
        "Lê Văn Hòa",
        "Sở Xây dựng",
    ),
    "chỉ đạo": (
        "Đồng chí Vũ Thị Lan chỉ đạo Ban Tuyên giáo Tỉnh ủy chuẩn bị kỹ nội dung tuyên truyền.",
        [("Vũ Thị Lan", BI_THU)],
        "chỉ đạo",
        "Vũ Thị Lan",
        "Ban Tuyên giáo Tỉnh ủy",
    ),
    "lưu ý": (
        "Bộ trưởng Đinh Quang Huy lưu ý các địa phương không được chủ quan với dịch bệnh.",
        [("Đinh Quang Huy", ("Bộ trưởng Bộ Y tế", "Bộ trưởng", "Bộ Y tế"))],
        "lưu ý",
        "Đinh Quang Huy",
        "các địa phương",
    ),
    "giao": (
        "Thủ tướng Chính phủ Phạm Văn Khải chủ trì phiên họp. "
        "Thủ tướng giao Bộ Tài chính chủ trì, phối hợp với các bộ xây dựng dự thảo nghị định.",
        [("Phạm Văn Khải", THU_TUONG)],
        "giao",
        "Phạm Văn Khải",
        "Bộ Tài chính",
    ),
    "cần after nhấn mạnh": (
        "Phát biểu tại hội nghị, đồng chí Trịnh Văn Bình nhấn mạnh, các cấp ủy cần nâng cao chất lượng sinh hoạt.",
        [("Trịnh Văn Bình", BI_THU)],
        "cần",
        "Trịnh Văn Bình",
        "các cấp ủy",
    ),
    "phải after khẳng định": (
        "Đồng chí Trịnh Văn Bình khẳng định, mỗi cán bộ, đảng viên phải gương mẫu trong công tác.",
        [("Trịnh Văn Bình", BI_THU)],
        "phải",
        "Trịnh Văn Bình",
        "mỗi cán bộ, đảng viên",
    ),
    "mong muốn": (
        "Đồng chí Lý Thị Mai mong muốn ngành giáo dục tiếp tục đổi mới phương pháp dạy học.",
        [("Lý Thị Mai", CHU_TICH)],
        "mong muốn",
        "Lý Thị Mai",
        "ngành giáo dục",
    ),
    "kiến nghị by delegates": (
        "Các đại biểu kiến nghị tỉnh sớm có cơ chế hỗ trợ hợp tác xã.",
        [],
        "kiến nghị",
        None,
        "tỉnh",
    ),
    "quoted instruction": (
        'Đồng chí Hà Văn Tú nhấn mạnh: "Tập trung cao độ cho công tác phòng, chống lụt bão".',
        [("Hà Văn Tú", BI_THU)],
        "nhấn mạnh",
        "Hà Văn Tú",
        None,
    ),
    "quoted obligation, speaker after the quote": (
        '"Các địa phương phải chủ động ứng phó với mưa lũ", Phó Thủ tướng Trần Văn Quang nhấn mạnh.',
        [("Trần Văn Quang", PHO_THU_TUONG)],
        "phải",
        "Trần Văn Quang",
        "Các địa phương",
    ),
    "theo and a speaker": (
        "Theo Bộ trưởng Nguyễn Văn Nam, các địa phương cần chủ động bố trí nguồn vốn đối ứng.",
        [("Nguyễn Văn Nam", ("Bộ trưởng Bộ Tài chính", "Bộ trưởng", "Bộ Tài chính"))],
        "cần",
        "Nguyễn Văn Nam",
        "các địa phương",
    ),
    "đề nghị opening the sentence": (
        "Đồng chí Hoàng Minh Tâm phát biểu kết luận. Vì vậy, đề nghị các huyện quan tâm bố trí vốn.",
        [("Hoàng Minh Tâm", BI_THU)],
        "đề nghị",
        "Hoàng Minh Tâm",
        "các huyện",
    ),
    "a list of tasks agreed by delegates": (
        "Các đại biểu thống nhất trong năm tới tập trung vào một số nhiệm vụ trọng tâm như: "
        "Tiếp tục cải cách hành chính; nâng cao chất lượng nguồn nhân lực.",
        [],
        "nhiệm vụ",
        None,
        None,
    ),
}


@pytest.mark.parametrize("name", list(CUES))
def test_cue(name: str) -> None:
    text, people_spec, cue, speaker, addressee = CUES[name]
    people = [person(text, n, t) for n, t in people_spec]
    found = scan(text, people=people)
    assert len(found) == 1, found
    d = found[0]
    assert d.cue == cue
    assert (d.speaker.name if d.speaker else None) == speaker
    assert d.addressee == addressee
    assert text[d.span.slice] == d.text


def test_body_speaker() -> None:
    text = "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy nghiêm túc kiểm điểm, làm rõ trách nhiệm."
    btv = body(text, "Ban Thường vụ Tỉnh ủy Lào Cai", "Ban Thường vụ Tỉnh ủy")
    (d,) = scan(text, bodies=[btv])
    assert d.speaker == btv
    assert d.addressee == "các cấp ủy"


def test_name_without_people_found() -> None:
    text = "Đồng chí Nguyễn Thị Hằng đề nghị các xã rà soát danh sách hộ nghèo."
    (d,) = scan(text)
    assert isinstance(d.speaker, Person)
    assert d.speaker.name == "Nguyễn Thị Hằng"
    assert d.speaker.mentions[0].span == Span(9, 24)


def test_given_name_refers_back() -> None:
    text = "Ông Lò Văn Sơn chủ trì cuộc họp. Ông Sơn yêu cầu các phòng chuyên môn hoàn thành hồ sơ."
    sơn = person(text, "Lò Văn Sơn", CHU_TICH)
    (d,) = scan(text, people=[sơn])
    assert d.speaker == sơn


def test_title_alone_picks_the_person_named_last() -> None:
    text = (
        "Phó Thủ tướng Đỗ Văn An dự hội nghị. Cùng ngày, Phó Thủ tướng Thường trực Mai Văn Bình "
        "đã có văn bản yêu cầu UBND tỉnh kiểm điểm. Phó Thủ tướng cũng yêu cầu Bộ Nội vụ theo dõi."
    )
    an = person(text, "Đỗ Văn An", PHO_THU_TUONG)
    binh = person(text, "Mai Văn Bình", ("Phó Thủ tướng Thường trực", "Phó Thủ tướng Thường trực", "Chính phủ"))
    assert speakers(scan(text, people=[an, binh])) == [
        ("Cùng ngày, Phó", "Mai Văn Bình"),
        ("Phó Thủ tướng", "Mai Văn Bình"),
    ]


# --- speech carried over sentences and paragraphs -----------------------------------------


def test_speech_carried_over_sentences_and_paragraphs() -> None:
    text = (
        "Kết luận hội nghị, đồng chí Phan Văn Long đề nghị các huyện tập trung thu hoạch lúa vụ mùa.\n"
        "Tăng cường công tác phòng, chống thiên tai. Chủ động phương án sơ tán dân ở vùng trũng.\n"
        "Đồng thời, rà soát các công trình thủy lợi xung yếu. Đồng chí cũng lưu ý không để dịch bệnh lây lan."
    )
    long_ = person(text, "Phan Văn Long", BI_THU)
    assert speakers(scan(text, people=[long_])) == [
        ("Kết luận hội", "Phan Văn Long"),
        ("Tăng cường công", "Phan Văn Long"),
        ("Chủ động phương", "Phan Văn Long"),
        ("Đồng thời, rà", "Phan Văn Long"),
        ("Đồng chí cũng", "Phan Văn Long"),
    ]


def test_caption_does_not_end_the_speech() -> None:
    text = (
        "Đồng chí Phan Văn Long nhấn mạnh, các cấp ủy phải khẩn trương xây dựng kế hoạch.\n"
        "Đồng chí Phan Văn Long phát biểu tại hội nghị\n"
        "Trong lãnh đạo, điều hành bảo đảm đúng quy chế làm việc."
    )
    long_ = person(text, "Phan Văn Long", BI_THU)
    assert speakers(scan(text, people=[long_])) == [
        ("Đồng chí Phan", "Phan Văn Long"),
        ("Trong lãnh đạo,", "Phan Văn Long"),
    ]


def test_evaluation_then_instruction() -> None:
    text = (
        "Kết luận hội nghị, đồng chí Đào Văn Hùng đánh giá cao kết quả mà huyện đã đạt được. "
        "Đồng chí đề nghị thời gian tới, các xã cần tập trung chỉ đạo thu ngân sách."
    )
    hung = person(text, "Đào Văn Hùng", BI_THU)
    found = scan(text, people=[hung])
    assert speakers(found) == [("Đồng chí đề", "Đào Văn Hùng")]


def test_new_speaker_and_narration_end_the_speech() -> None:
    text = (
        "Đồng chí Phan Văn Long đề nghị các huyện tập trung thu hoạch lúa.\n"
        "Giám đốc Sở Nông nghiệp Lò Văn Sơn cho biết, toàn tỉnh đã gieo cấy hơn 30.000 ha. "
        "Năng suất ước đạt 55 tạ/ha.\n"
        "Tại hội nghị, các đại biểu đã biểu quyết thông qua nghị quyết. Các địa phương cần tiếp tục theo dõi."
    )
    people = [person(text, "Phan Văn Long", BI_THU), person(text, "Lò Văn Sơn", ("Giám đốc Sở", "Giám đốc", None))]
    assert speakers(scan(text, people=people)) == [("Đồng chí Phan", "Phan Văn Long")]


def test_delegates_have_no_speaker() -> None:
    text = (
        "Đồng chí Phan Văn Long phát biểu khai mạc hội nghị. "
        "Thảo luận tại hội nghị, nhiều ý kiến đề nghị cần sớm sửa đổi quy chế làm việc."
    )
    long_ = person(text, "Phan Văn Long", BI_THU)
    assert speakers(scan(text, people=[long_])) == [("Thảo luận tại", None)]


def test_bullet_list_of_instructions() -> None:
    text = (
        "Đồng chí Giám đốc Sở Y tế Đặng Thu Trang yêu cầu:\n"
        "- Tăng cường kiểm tra an toàn thực phẩm;\n"
        "- Xử lý nghiêm các vi phạm."
    )
    trang = person(text, "Đặng Thu Trang", ("Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế"))
    assert [d.speaker for d in scan(text, people=[trang])] == [trang, trang, trang]


# --- what directives are not ------------------------------------------------------------

LOOK_ALIKES = {
    "a body's past instruction is a report": "Năm 2023, UBND tỉnh đã chỉ đạo các sở, ngành tập trung tháo gỡ khó khăn.",
    "praise": "Đồng chí Bí thư Tỉnh ủy biểu dương những kết quả mà huyện đạt được.",
    "appreciation": "Đồng chí đánh giá cao sự nỗ lực của các địa phương trong năm qua.",
    "had to, with no speech": "Nhiều doanh nghiệp phải tạm dừng sản xuất do thiếu đơn hàng.",
    "a plan narrated": "Theo kế hoạch, đoàn sẽ hoàn thành việc kiểm tra trước ngày 30/6.",
    "past narration": "Hội nghị đã thảo luận và đề ra những giải pháp cần tập trung thực hiện.",
    "nouns lãnh đạo, chỉ đạo": "Trong công tác lãnh đạo, chỉ đạo vẫn còn một số hạn chế.",
    "a task given to someone, passive": "Các sở đã hoàn thành nhiệm vụ được Thủ tướng Chính phủ giao.",
    "a wish to receive support": "Đồng chí Lý Thị Mai mong muốn tiếp tục nhận được sự quan tâm của lãnh đạo tỉnh.",
    "a report": "Giám đốc Sở Công Thương cho biết, nhiều doanh nghiệp phải thu hẹp sản xuất.",
    "a heading": "Tập trung tháo gỡ các điểm nghẽn trong đầu tư công",
    "Ban Chỉ đạo is a name": "Dự phiên họp có các thành viên Ban Chỉ đạo và đại diện các bộ, ngành.",
    "to the point of having to": "Những sai phạm đã gây hậu quả nghiêm trọng, đến mức phải xem xét kỷ luật.",
}


@pytest.mark.parametrize("name", list(LOOK_ALIKES))
def test_not_a_directive(name: str) -> None:
    text = LOOK_ALIKES[name]
    people = [person(text, "Lý Thị Mai", CHU_TICH)] if "Lý Thị Mai" in text else []
    assert scan(text, people=people) == ()


def test_report_of_results_inside_a_speech() -> None:
    text = (
        "Phát biểu kết luận, đồng chí Đào Văn Hùng nhấn mạnh, để có kết quả trên là do tỉnh đã làm tốt "
        "công tác dự báo. Nâng cao ý thức trách nhiệm của cán bộ, đảng viên."
    )
    assert scan(text, people=[person(text, "Đào Văn Hùng", BI_THU)]) == ()


# --- the parts of a directive -------------------------------------------------------------


def test_actions_split_on_semicolons() -> None:
    text = "Đồng chí Phan Văn Long đề nghị các xã rà soát hộ nghèo; hỗ trợ xây nhà; báo cáo kết quả."
    (d,) = scan(text, people=[person(text, "Phan Văn Long", BI_THU)])
    assert d.addressee == "các xã"
    assert d.actions == ("rà soát hộ nghèo", "hỗ trợ xây nhà", "báo cáo kết quả")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Đồng chí Phan Văn Long yêu cầu các sở hoàn thành báo cáo trước ngày 15/12/2024.", dt.date(2024, 12, 15)),
        ("Đồng chí Phan Văn Long yêu cầu gửi kết quả về Sở Nội vụ chậm nhất ngày 30/6/2025.", dt.date(2025, 6, 30)),
    ],
)
def test_deadline(sentence: str, day: dt.date) -> None:
    (d,) = scan(sentence, people=[person(sentence, "Phan Văn Long", BI_THU)])
    assert d.deadline is not None
    assert d.deadline.start == day
    assert sentence[d.deadline.span.slice] == d.deadline.text


def test_no_deadline_for_a_time_frame() -> None:
    text = "Đồng chí Phan Văn Long đề nghị trong năm 2025, các huyện tập trung thu ngân sách."
    (d,) = scan(text, people=[person(text, "Phan Văn Long", BI_THU)])
    assert d.deadline is None


# --- the public function ------------------------------------------------------------------


def test_find_directives_maps_spans_back() -> None:
    text = "Đồng chí Nguyễn Thị Hằng đề nghị các xã rà soát, cập nhật danh sách hộ nghèo.\u00a0Tăng cường kiểm tra."
    decomposed = text.replace("ủ", "u\u0309")
    for source in (text, decomposed):
        found = find_directives(source, people=[], bodies=[])
        assert [source[d.span.slice] == d.text for d in found] == [True, True]
        assert found[0].speaker is not None
        assert found[0].speaker.mentions[0].text == "Nguyễn Thị Hằng"


def test_find_directives_rejects_bytes() -> None:
    with pytest.raises(InputTypeError):
        find_directives(b"abc")  # type: ignore[arg-type]


@pytest.mark.parametrize("junk", ["", " ", "\u0301", "3²", "ⅷ", "9" * 100_000, "<p>Đề nghị</p>", "\x00\x1f"])
def test_junk(junk: str) -> None:
    for d in find_directives(junk, people=[], bodies=[]):
        assert junk[d.span.slice] == d.text


@given(st.text())
def test_never_raises_and_spans_hold(text: str) -> None:
    found = find_directives(text, people=[], bodies=[])
    previous_end = 0
    for d in found:
        assert text[d.span.slice] == d.text
        assert d.span.start >= previous_end
        previous_end = d.span.end


@given(st.lists(st.sampled_from([*(v[0] for v in CUES.values()), *LOOK_ALIKES.values()]), max_size=6))
def test_same_result_for_nfd_input(parts: list[str]) -> None:
    text = "\n".join(parts)
    nfd = __import__("unicodedata").normalize("NFD", text)
    assert [d.text for d in find_directives(text, people=[], bodies=[])] == [
        normalize(d.text).text for d in find_directives(nfd, people=[], bodies=[])
    ]


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_spans_hold(path: object) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    for d in find_directives(text, people=[], bodies=[]):
        assert text[d.span.slice] == d.text
        assert d.speaker is None or d.speaker.mentions[0].text in text


@pytest.mark.xfail(strict=True, reason="a name with more than one lower-case syllable is cut short in addressees")
def test_addressee_with_a_long_name() -> None:
    text = "Đồng chí Phan Văn Long giao Bộ Giao thông vận tải khẩn trương hoàn thiện hồ sơ."
    (d,) = scan(text, people=[person(text, "Phan Văn Long", BI_THU)])
    assert d.addressee == "Bộ Giao thông vận tải"


@pytest.mark.xfail(strict=True, reason="a title alone cannot be resolved when no person with that title was found")
def test_title_alone_without_people() -> None:
    (d,) = scan("Đồng chí Bí thư Tỉnh ủy đề nghị các huyện tập trung thu ngân sách.")
    assert d.speaker is not None


# --- speeches in other settings ----------------------------------------------------------


def test_schedule_after_a_speech_is_narration() -> None:
    text = (
        "Chủ tịch Quốc hội Lưu Minh Hà đề nghị Chính phủ sớm ban hành văn bản hướng dẫn. "
        "Theo chương trình, ngày mai Quốc hội thảo luận ở tổ. Kỳ họp dự kiến bế mạc vào cuối tháng."
    )
    ha = person(text, "Lưu Minh Hà", ("Chủ tịch Quốc hội", "Chủ tịch", "Quốc hội"))
    assert speakers(scan(text, people=[ha])) == [("Chủ tịch Quốc", "Lưu Minh Hà")]


def test_speaker_named_again_doing_something_is_narration() -> None:
    text = (
        "Ủy ban Kiểm tra Trung ương yêu cầu Ban Thường vụ Huyện ủy khắc phục hậu quả. "
        "Ủy ban Kiểm tra Trung ương quyết định thi hành kỷ luật bằng hình thức khiển trách đối với 2 đảng viên."
    )
    ubkt = body(text, "Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương")
    assert speakers(scan(text, bodies=[ubkt])) == [("Ủy ban Kiểm", "Ủy ban Kiểm tra Trung ương")]


def test_a_document_speaks() -> None:
    text = "Chỉ thị số 05-CT/TU nêu rõ, các cấp ủy cần tập trung lãnh đạo công tác chuẩn bị đại hội."
    (d,) = scan(text)
    assert (d.cue, d.speaker, d.addressee) == ("cần", None, "các cấp ủy")


def test_chi_thi_as_a_verb() -> None:
    text = "Thủ tướng Đinh Quốc Việt chỉ thị các bộ, ngành tập trung phòng, chống hạn mặn."
    (d,) = scan(text, people=[person(text, "Đinh Quốc Việt", THU_TUONG)])
    assert (d.cue, d.addressee) == ("chỉ thị", "các bộ, ngành")
    assert scan("Các địa phương thực hiện nghiêm chỉ thị của Thủ tướng về phòng, chống hạn mặn.") == ()


def test_title_with_a_body_of_several_lower_case_words() -> None:
    text = (
        "Đại biểu Lê Văn Hải đề nghị tỉnh sớm đầu tư tuyến đường. Giám đốc Sở Giao thông vận tải "
        "Phan Minh Tâm cho biết dự án sẽ khởi công trong năm nay."
    )
    hai = person(text, "Lê Văn Hải")
    tam = person(text, "Phan Minh Tâm", ("Giám đốc Sở Giao thông vận tải", "Giám đốc", "Sở Giao thông vận tải"))
    so = body(text, "Sở Giao thông vận tải", "Sở Giao thông vận tải")
    # "Giám đốc Sở Giao thông vận tải Phan Minh Tâm" is a speaker: his answer is a report.
    assert speakers(scan(text, people=[hai, tam], bodies=[so])) == [("Đại biểu Lê", "Lê Văn Hải")]


def test_modal_after_a_department_is_no_title() -> None:
    text = (
        "Chủ tịch HĐND thành phố Đào Thu Cúc đề nghị UBND thành phố khắc phục hạn chế. "
        "Sở Xây dựng phải báo cáo kết quả tại kỳ họp cuối năm."
    )
    cuc = person(text, "Đào Thu Cúc", ("Chủ tịch HĐND thành phố", "Chủ tịch", "HĐND thành phố"))
    assert speakers(scan(text, people=[cuc])) == [("Chủ tịch HĐND", "Đào Thu Cúc"), ("Sở Xây dựng", "Đào Thu Cúc")]


def test_speaker_named_then_titled_between_commas() -> None:
    text = (
        "Phát biểu kết luận, đồng chí Hoàng Văn Khải, Bí thư Tỉnh ủy, yêu cầu các cấp ủy tập trung triển khai "
        "nhiệm vụ quý II. Tăng cường công tác kiểm tra, giám sát."
    )
    found = find_directives(text)
    assert [d.speaker.name if d.speaker else None for d in found] == ["Hoàng Văn Khải", "Hoàng Văn Khải"]
    assert found[0].cue == "yêu cầu"


def test_deadline_probes_are_exact() -> None:
    """A letter that ``re.IGNORECASE`` matches to a letter of a deadline probe lowers to it, so
    the substring test of ``_deadline`` on the lowered sentence never misses a cue."""
    from vnpolparse.directives import _deadline_probes

    letters = sorted(set("".join(_deadline_probes())))
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in letters:
        for found in re.findall(re.escape(letter), every, re.IGNORECASE):
            assert found.lower() == letter


def test_modal_probes_are_exact() -> None:
    """Every letter that ``re.IGNORECASE`` matches to a letter of a modal probe lowers (with the
    fold ``_modal`` adds) to a text that holds it, so the pre-test never misses a modal."""
    from vnpolparse.directives import _modal_probes
    from vnpolparse.text import lower_as_re

    letters = sorted(set("".join(_modal_probes())))
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in letters:
        for found in re.findall(re.escape(letter), every, re.IGNORECASE):
            assert letter in lower_as_re(found)


def test_modal_with_a_dotless_i_is_read() -> None:
    plain = find_directives("Đồng chí Bí thư nhấn mạnh. Các cấp ủy PHẢI rà soát đội ngũ cán bộ.")
    dotless = find_directives("Đồng chí Bí thư nhấn mạnh. Các cấp ủy PHẢ\u0131 rà soát đội ngũ cán bộ.")
    assert [d.cue for d in plain] == ["phải"]
    assert [d.cue for d in dotless] == ["phả\u0131"]  # the cue as written, lower-cased


@pytest.mark.parametrize(
    "sentence",
    [
        "Đồng chí yêu cầu các sở HOÀN THÀNH việc rà soát TRƯỚC NGÀY 15/3/2025.",
        "Đồng chí yêu cầu các sở hoàn thành việc rà soát CHẬM NHẤT ngày 15/3/2025.",
        "Đồng chí yêu cầu các sở hoàn thành việc rà soát, HẠN CHÓT ngày 15/3/2025.",
    ],
)
def test_deadline_cue_in_any_case(sentence: str) -> None:
    (d,) = find_directives(sentence)
    assert d.deadline is not None
    assert d.deadline.text.endswith("3/2025")


# --- cue words inside compounds and names --------------------------------------------------

COMPOUNDS = {
    "giao in the name of a ministry": "Thứ trưởng Bộ Ngoại giao Đoàn Minh Quý tiếp đoàn công tác của tỉnh bạn.",
    "giao in a ministry after the name": "Đồng chí Đoàn Minh Quý, Thứ trưởng Bộ Ngoại giao tiếp Đại sứ Lào.",
    "bàn giao cho": "Chủ tịch UBND tỉnh Vi Văn Thắng bàn giao cho xã 15 căn nhà đại đoàn kết.",
    "chuyển giao": "Phó Chủ tịch UBND tỉnh Vi Văn Thắng chuyển giao giống lúa mới cho nông dân.",
    "Giao thông opening a sentence in a speech": (
        "Đồng chí Hà Văn Tú phát biểu tại buổi lễ. Giao thông nông thôn ngày càng thuận lợi."
    ),
    "giao lưu opening a sentence in a speech": (
        "Đồng chí Hà Văn Tú phát biểu tại buổi lễ. Giao lưu văn hóa giữa các bản ngày càng sôi nổi."
    ),
    "Cần Thơ is no modal": "Đồng chí Hà Văn Tú phát biểu tại buổi lễ. Thành phố Cần Thơ có tốc độ tăng trưởng khá.",
    "cần cù is no modal": "Đồng chí Hà Văn Tú phát biểu tại buổi lễ. Người dân Cần cù lao động, vượt khó.",
    "cần, kiệm is no modal": "Đồng chí Hà Văn Tú phát biểu tại buổi lễ. Mỗi người nêu cao tinh thần cần, kiệm.",
    "ban chỉ đạo is a name": "UBND tỉnh thành lập ban chỉ đạo phòng, chống dịch bệnh trên cây trồng.",
}


@pytest.mark.parametrize("name", list(COMPOUNDS))
def test_cue_word_inside_a_compound(name: str) -> None:
    assert find_directives(COMPOUNDS[name]) == ()


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        # A capital after "giao" opens a name: "giao Ban ...", "giao Liên đoàn ..." are no compounds.
        ("Đồng chí Hà Văn Tú giao Ban Dân vận Tỉnh ủy theo dõi, đôn đốc.", "Ban Dân vận Tỉnh ủy"),
        ("Đồng chí Hà Văn Tú giao Liên đoàn Lao động tỉnh tổ chức tốt Tháng Công nhân.", "Liên đoàn Lao động tỉnh"),
        ("Đồng chí Hà Văn Tú giao các sở ngoại vụ, công thương rà soát hồ sơ.", "các sở"),
    ],
)
def test_giao_before_a_name_still_assigns(text: str, addressee: str) -> None:
    (d,) = find_directives(text)
    assert (d.cue, d.addressee) == ("giao", addressee)
    assert d.speaker is not None and d.speaker.name == "Hà Văn Tú"


def test_a_compound_elsewhere_in_the_sentence_leaves_the_cue() -> None:
    text = "Bộ trưởng Bộ Ngoại giao Đoàn Minh Quý giao Vụ Đông Nam Á chuẩn bị nội dung hội đàm."
    (d,) = find_directives(text)
    assert (d.cue, d.addressee) == ("giao", "Vụ Đông Nam Á")


def test_addressee_goes_on_over_a_compound() -> None:
    text = "Đồng chí Hà Văn Tú đề nghị ngành giao thông khẩn trương sửa chữa mặt đường."
    (d,) = find_directives(text)
    assert d.addressee == "ngành giao thông"


def test_caption_from_right_to_left_in_a_speech() -> None:
    text = (
        "Kết luận hội nghị, đồng chí Hà Văn Tú đề nghị các xã rà soát hộ nghèo.\n"
        "Đại diện các xã (từ trái sang phải) nhận bằng khen của UBND tỉnh."
    )
    assert speakers(find_directives(text)) == [("Kết luận hội", "Hà Văn Tú")]


def test_title_holding_ban_chi_dao_before_the_verb() -> None:
    (d,) = find_directives("Đồng chí Hà Văn Tú, Trưởng ban chỉ đạo tỉnh yêu cầu các xã rà soát hộ nghèo.")
    assert (d.cue, d.addressee) == ("yêu cầu", "các xã")


def test_document_named_above_speaks() -> None:
    for said in ("nêu trên", "nói trên"):
        (d,) = find_directives(f"Nghị quyết {said} yêu cầu các cấp ủy tập trung rà soát quy hoạch cán bộ.")
        assert (d.cue, d.speaker, d.addressee) == ("yêu cầu", None, "các cấp ủy")


# --- attending and presiding over an event is no instruction -------------------------------

ATTENDANCE = {
    "dự và chỉ đạo an event": "Đồng chí Lương Văn Khoa, Bí thư Tỉnh ủy dự và chỉ đạo hội nghị.",
    "an event named with a capital": "Đồng chí Lương Văn Khoa dự và chỉ đạo Hội nghị tổng kết công tác năm 2025.",
    "dự, chỉ đạo at the end": "Đồng chí Lương Văn Khoa, Bí thư Tỉnh ủy dự, chỉ đạo.",
    "đến dự và phát biểu chỉ đạo": (
        "Đồng chí Lương Văn Khoa, Bí thư Tỉnh ủy đến dự và phát biểu chỉ đạo hội nghị sơ kết 6 tháng."
    ),
    "chủ trì và chỉ đạo": "Bí thư Tỉnh ủy Lương Văn Khoa chủ trì và chỉ đạo buổi làm việc.",
    "phát biểu chỉ đạo tại an event": "Bí thư Tỉnh ủy Lương Văn Khoa phát biểu chỉ đạo tại đại hội.",
    "attendance opening the sentence": "Dự và chỉ đạo đại hội có đồng chí Lương Văn Khoa, Bí thư Tỉnh ủy.",
    "narration after attendance": (
        "Đồng chí Lương Văn Khoa, Bí thư Tỉnh ủy dự và chỉ đạo hội nghị. Năm nay, tỉnh phải đối mặt với nhiều khó khăn."
    ),
}


@pytest.mark.parametrize("name", list(ATTENDANCE))
def test_attendance_is_no_directive(name: str) -> None:
    assert find_directives(ATTENDANCE[name]) == ()


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Phát biểu chỉ đạo, đồng chí Lương Văn Khoa yêu cầu các sở khẩn trương rà soát hồ sơ.", "yêu cầu"),
        ("Bí thư Tỉnh ủy Lương Văn Khoa chỉ đạo các sở khẩn trương rà soát hồ sơ.", "chỉ đạo"),
        ("Bí thư Tỉnh ủy Lương Văn Khoa chỉ đạo tổ chức hội nghị sơ kết trước ngày 15/7/2025.", "chỉ đạo"),
        ("Bí thư Tỉnh ủy Lương Văn Khoa phát biểu chỉ đạo, yêu cầu các sở rà soát hồ sơ.", "phát biểu chỉ đạo"),
        ("Bí thư Tỉnh ủy Lương Văn Khoa chỉ đạo tại hội nghị, yêu cầu các sở rà soát hồ sơ.", "chỉ đạo"),
        ("Bí thư Tỉnh ủy Lương Văn Khoa phát biểu chỉ đạo tại hội nghị: các sở cần rà soát.", "phát biểu chỉ đạo"),
        ('"Tập trung cao độ cho phòng, chống lụt bão", Bí thư Tỉnh ủy Lương Văn Khoa chỉ đạo.', "chỉ đạo"),
        ('"Các sở phải rà soát trước ngày 30/6/2025", đồng chí Lương Văn Khoa chỉ đạo.', "chỉ đạo"),
    ],
)
def test_chi_dao_with_an_addressee_or_a_request_instructs(text: str, cue: str) -> None:
    (d,) = find_directives(text)
    assert d.cue == cue
    assert d.speaker is not None and d.speaker.name == "Lương Văn Khoa"


def test_speech_after_attendance_keeps_its_speaker() -> None:
    text = (
        "Đồng chí Lương Văn Khoa, Bí thư Tỉnh ủy dự và chỉ đạo hội nghị.\n"
        "Đồng chí đề nghị các huyện tập trung thu ngân sách."
    )
    assert speakers(find_directives(text)) == [("Đồng chí đề", "Lương Văn Khoa")]


def test_chi_dao_before_a_list_instructs() -> None:
    text = "Đồng chí Lương Văn Khoa chỉ đạo:\n- Tăng cường kiểm tra an toàn thực phẩm;\n- Xử lý nghiêm các vi phạm."
    assert [d.cue for d in find_directives(text)] == ["chỉ đạo", None, None]


# --- a body named short by its head ---------------------------------------------------------


def test_committee_named_short_while_its_chairman_speaks() -> None:
    text = (
        "Thẩm tra dự án, Chủ nhiệm Ủy ban Kinh tế Lưu Văn Đạt cho biết, Ủy ban cơ bản tán thành. "
        "Ủy ban đề nghị Chính phủ làm rõ nguồn vốn thực hiện."
    )
    dat = person(text, "Lưu Văn Đạt", ("Chủ nhiệm Ủy ban Kinh tế", "Chủ nhiệm", "Ủy ban Kinh tế"))
    assert speakers(scan(text, people=[dat])) == [("Ủy ban đề", "Lưu Văn Đạt")]


def test_short_body_name_of_another_body_has_no_speaker() -> None:
    text = (
        "Bộ trưởng Bộ Y tế Lưu Văn Đạt cho biết, ngành đã chuẩn bị đủ thuốc. "
        "Ủy ban đề nghị Chính phủ làm rõ nguồn vốn thực hiện."
    )
    dat = person(text, "Lưu Văn Đạt", ("Bộ trưởng Bộ Y tế", "Bộ trưởng", "Bộ Y tế"))
    assert speakers(scan(text, people=[dat])) == [("Ủy ban đề", None)]


# --- a speaker acting for a body ("thay mặt", "thừa ủy quyền") -------------------------------


@pytest.mark.parametrize(
    "acting",
    [
        "thay mặt Ban Chấp hành Đảng bộ huyện khóa mới",
        "thừa uỷ quyền của Chủ tịch UBND tỉnh",
        "được sự ủy quyền của Ban Thường vụ Tỉnh ủy",
    ],
)
def test_speaker_acting_for_a_body_keeps_the_speech(acting: str) -> None:
    text = (
        f"Bế mạc hội nghị, Phó Bí thư Tỉnh ủy Ma Văn Tuấn {acting} cảm ơn các đại biểu. "
        "Đồng chí đề nghị các huyện khẩn trương xây dựng kế hoạch hành động."
    )
    tuan = person(text, "Ma Văn Tuấn", ("Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy"))
    assert speakers(find_directives(text, people=[tuan])) == [("Đồng chí đề", "Ma Văn Tuấn")]


def test_a_chunk_opening_with_thay_mat_is_unchanged() -> None:
    text = "Thay mặt lãnh đạo tỉnh, đồng chí Ma Văn Tuấn đề nghị các xã chăm lo Tết cho hộ nghèo."
    tuan = person(text, "Ma Văn Tuấn", BI_THU)
    assert speakers(find_directives(text, people=[tuan])) == [("Thay mặt lãnh", "Ma Văn Tuấn")]


# --- instructions quoted and attributed after the quotation ----------------------------------


def test_quoted_instruction_attributed_after_it() -> None:
    text = (
        "Chiều 12/4, Ban Thường vụ Tỉnh ủy họp.\n"
        '"Chương trình giảm nghèo đã về đích sớm. Tiếp tục rà soát hộ cận nghèo, hỗ trợ sinh kế bền vững", '
        "đồng chí Lục Văn Phong nhấn mạnh."
    )
    phong = person(text, "Lục Văn Phong", BI_THU)
    assert speakers(find_directives(text, people=[phong])) == [("Tiếp tục rà", "Lục Văn Phong")]


def test_quoted_statement_attributed_after_it_is_no_directive() -> None:
    text = (
        "Chiều 12/4, Ban Thường vụ Tỉnh ủy họp.\n"
        '"Kết quả giảm nghèo năm nay rất đáng ghi nhận", đồng chí Lục Văn Phong nhấn mạnh.'
    )
    phong = person(text, "Lục Văn Phong", BI_THU)
    assert find_directives(text, people=[phong]) == ()


# --- passive assignments inside a speech -----------------------------------------------------


def test_passive_assignment_in_a_speech() -> None:
    text = (
        "Kết luận phiên họp, Thủ tướng Chính phủ Phạm Văn Khải yêu cầu các bộ đẩy nhanh giải ngân.\n"
        "Bộ trưởng Bộ Công Thương Đoàn Minh Lực được giao chủ trì xây dựng phương án cung ứng điện. "
        "Bộ Nội vụ được phân công hướng dẫn sắp xếp bộ máy."
    )
    khai = person(text, "Phạm Văn Khải", THU_TUONG)
    luc = person(text, "Đoàn Minh Lực", ("Bộ trưởng Bộ Công Thương", "Bộ trưởng", "Bộ Công Thương"))
    assert speakers(find_directives(text, people=[khai, luc])) == [
        ("Kết luận phiên", "Phạm Văn Khải"),
        ("Bộ trưởng Bộ", "Phạm Văn Khải"),
        ("Bộ Nội vụ", "Phạm Văn Khải"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Tài chính đã được giao chủ trì thẩm định từ năm trước.",  # an assignment made before
        "Nhiều xã chưa hoàn thành chỉ tiêu được giao.",  # a relative clause
    ],
)
def test_passive_that_is_no_assignment(sentence: str) -> None:
    text = f"Phát biểu tại hội nghị, đồng chí Ma Văn Tuấn đánh giá cao kết quả đạt được.\n{sentence}"
    tuan = person(text, "Ma Văn Tuấn", BI_THU)
    assert find_directives(text, people=[tuan]) == ()


def test_passive_out_of_a_speech_is_narration() -> None:
    assert find_directives("Chiều 3/5, tỉnh tổ chức hội nghị.\nSở Y tế được giao chủ trì tổ chức diễn tập.") == ()


# --- proposals named as nouns, catalogues and scheduled procedures ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tờ trình đề nghị khen thưởng của Sở Nội vụ được thông qua tại kỳ họp.",
        "Báo cáo đề nghị công nhận xã đạt chuẩn gồm 12 xã.",
        "Hồ sơ đề nghị xét tặng danh hiệu gửi về Sở Nội vụ.",
        "Đề nghị của Sở Tài chính về phân bổ vốn là hợp lý.",
        "Theo đề nghị của Sở Nội vụ, đề nghị của các huyện được xem xét.",
    ],
)
def test_a_proposal_noun_is_no_directive(sentence: str) -> None:
    text = f"Phát biểu kết luận, Bí thư Tỉnh ủy Lê Văn Định đánh giá cao các sở. {sentence}"
    dinh = person(text, "Lê Văn Định", BI_THU)
    assert find_directives(text, people=[dinh]) == ()


def test_a_procedure_scheduled_in_the_passive_is_no_directive() -> None:
    text = (
        "Phát biểu kết luận, Bí thư Tỉnh ủy Lê Văn Định yêu cầu các sở rà soát hồ sơ. "
        "Các ý kiến thuộc thẩm quyền của tỉnh sẽ được Văn phòng UBND tỉnh tổng hợp, báo cáo."
    )
    dinh = person(text, "Lê Văn Định", BI_THU)
    assert speakers(find_directives(text, people=[dinh])) == [("Phát biểu kết", "Lê Văn Định")]


def test_a_proposal_verb_after_a_document_still_instructs() -> None:
    text = "Phát biểu kết luận, Bí thư Tỉnh ủy Lê Văn Định đề nghị các sở rà soát hồ sơ đề nghị khen thưởng."
    dinh = person(text, "Lê Văn Định", BI_THU)
    assert speakers(find_directives(text, people=[dinh])) == [("Phát biểu kết", "Lê Văn Định")]


def test_catalogue_of_prohibited_acts_forbids_nothing() -> None:
    text = (
        "Xét báo cáo của Đảng ủy xã, Ủy ban Kiểm tra Tỉnh ủy nhận thấy: ông Hà Văn Cường đã vi phạm "
        "quy định về những điều đảng viên không được làm. Các cấp ủy không được buông lỏng quản lý đảng viên."
    )
    ubkt = body(text, "Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy")
    assert speakers(scan(text, bodies=[ubkt])) == [("Các cấp ủy", "Ủy ban Kiểm tra Tỉnh ủy")]


GIAM_DOC = ("Giám đốc Sở Xây dựng", "Giám đốc", "Sở Xây dựng")


@pytest.mark.parametrize(
    "reply",
    [
        "Giám đốc Sở Xây dựng Phan Văn Tài tiếp thu, cam kết hoàn thành trong quý III.",
        "Thay mặt Sở Xây dựng, Giám đốc Sở Xây dựng Phan Văn Tài tiếp thu ý kiến chỉ đạo và hứa sẽ làm ngay.",
        "Giám đốc Sở Xây dựng Phan Văn Tài khẳng định sẽ hoàn thành đúng hạn.",
    ],
)
def test_a_reply_is_no_directive_of_the_previous_speaker(reply: str) -> None:
    text = f"Phát biểu kết luận, Bí thư Tỉnh ủy Lê Văn Định yêu cầu Sở Xây dựng đẩy nhanh tiến độ. {reply}"
    dinh = person(text, "Lê Văn Định", BI_THU)
    tai = person(text, "Phan Văn Tài", GIAM_DOC)
    assert speakers(find_directives(text, people=[dinh, tai])) == [("Phát biểu kết", "Lê Văn Định")]


def test_a_reply_starts_a_speech_that_gives_no_instruction() -> None:
    text = (
        "Phát biểu kết luận, Bí thư Tỉnh ủy Lê Văn Định yêu cầu Sở Xây dựng đẩy nhanh tiến độ. "
        "Giám đốc Sở Xây dựng Phan Văn Tài tiếp thu ý kiến. Sở cần thêm hai tháng để hoàn thành. "
        "Bí thư Tỉnh ủy Lê Văn Định đề nghị tỉnh hỗ trợ."
    )
    dinh = person(text, "Lê Văn Định", BI_THU)
    tai = person(text, "Phan Văn Tài", GIAM_DOC)
    assert speakers(find_directives(text, people=[dinh, tai])) == [
        ("Phát biểu kết", "Lê Văn Định"),
        ("Bí thư Tỉnh", "Lê Văn Định"),
    ]


def test_a_request_beside_a_reply_is_still_one() -> None:
    text = (
        "Phát biểu kết luận, Bí thư Tỉnh ủy Lê Văn Định yêu cầu Sở Xây dựng đẩy nhanh tiến độ. "
        "Giám đốc Sở Xây dựng Phan Văn Tài tiếp thu, đồng thời đề nghị tỉnh bố trí thêm vốn."
    )
    dinh = person(text, "Lê Văn Định", BI_THU)
    tai = person(text, "Phan Văn Tài", GIAM_DOC)
    assert speakers(find_directives(text, people=[dinh, tai])) == [
        ("Phát biểu kết", "Lê Văn Định"),
        ("Giám đốc Sở", "Phan Văn Tài"),
    ]


def test_a_bare_delegate_is_the_delegate_named_last() -> None:
    text = (
        "Phát biểu tại hội trường, đại biểu Đinh Thị Mai (Đoàn ĐBQH tỉnh Yên Bái) nêu thực trạng thiếu giáo viên. "
        "Đại biểu đề nghị Chính phủ sớm bổ sung biên chế."
    )
    mai = person(text, "Đinh Thị Mai")
    assert speakers(find_directives(text, people=[mai])) == [("Đại biểu đề", "Đinh Thị Mai")]


def test_a_bare_delegate_by_title_and_many_delegates() -> None:
    text = (
        "Trưởng Đoàn đại biểu Quốc hội tỉnh Yên Bái Vũ Văn Tùng nêu thực trạng thiếu giáo viên. "
        "Đại biểu kiến nghị Chính phủ bổ sung biên chế. Nhiều đại biểu đề nghị tăng lương giáo viên."
    )
    tung = person(text, "Vũ Văn Tùng", ("Trưởng Đoàn đại biểu Quốc hội tỉnh Yên Bái", "Trưởng Đoàn", None))
    assert speakers(find_directives(text, people=[tung])) == [
        ("Đại biểu kiến", "Vũ Văn Tùng"),
        ("Nhiều đại biểu", None),
    ]


def test_no_delegate_named_leaves_the_speaker_unknown() -> None:
    text = "Bí thư Tỉnh ủy Lê Văn Định dự phiên họp. Đại biểu đề nghị Chính phủ sớm bổ sung biên chế."
    dinh = person(text, "Lê Văn Định", BI_THU)
    assert speakers(find_directives(text, people=[dinh])) == [("Đại biểu đề", None)]


@pytest.mark.parametrize("source", ["đại biểu", "các đại biểu", "Bộ trưởng"])
def test_a_statement_according_to_someone_does_not_go_on_with_an_instruction(source: str) -> None:
    text = (
        "Phát biểu tại hội trường, đại biểu Đinh Thị Mai nhấn mạnh các bộ phải sớm bổ sung biên chế. "
        f"Theo {source}, hiện cả tỉnh có khoảng 2.500 giáo viên hợp đồng."
    )
    mai = person(text, "Đinh Thị Mai")
    assert speakers(find_directives(text, people=[mai])) == [("Phát biểu tại", "Đinh Thị Mai")]


def test_a_body_that_replies_to_a_leader_gives_no_instruction() -> None:
    text = (
        "Phát biểu kết luận, Bí thư Tỉnh ủy Lê Văn Định yêu cầu Huyện ủy rà soát quy hoạch. "
        "Huyện ủy tiếp thu, cam kết hoàn thành trong năm nay."
    )
    dinh = person(text, "Lê Văn Định", BI_THU)
    huyen_uy = body(text, "Huyện ủy", "Huyện ủy")
    assert speakers(find_directives(text, people=[dinh], bodies=[huyen_uy])) == [("Phát biểu kết", "Lê Văn Định")]
