"""Directives: who may give an instruction, and sentences of a debate that look like one.

A request is an instruction when a leader or a body makes it. In a debate, a question
session or a meeting with voters, other requests are heard too: a delegate's question, a
voter's petition, a participant's proposal, an opinion with a caveat. These tests keep
them apart, in both directions.

Every example sentence here is written for these tests (fictional people, generic
content); none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from vnpolparse.directives import find_directives

#: An opening sentence that sets the scene (and holds no directive).
SESSION = "Chiều 12/4, HĐND tỉnh tổ chức phiên chất vấn về công tác y tế. "
DEBATE = "Sáng 12/4, Quốc hội thảo luận dự án Luật Khoáng sản (sửa đổi). "
CONFERENCE = "Sáng 12/4, Bộ Công Thương tổ chức hội nghị tổng kết công tác năm. "
MEETING = "Sáng 12/4, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri phường Đông Hải. "
SESSION_UBND = "Chiều 12/4, UBND tỉnh họp phiên thường kỳ tháng 4. "


def found(text: str) -> list[tuple[str, str | None]]:
    """The first three words and the speaker of each directive found in ``text``."""
    return [
        (" ".join(d.text.split()[:3]), d.speaker.name if d.speaker is not None else None) for d in find_directives(text)
    ]


# --- a delegate's question ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Đại biểu Hà Thị Ngọc chất vấn Giám đốc Sở Y tế về tình trạng thiếu thuốc. "
        "Đại biểu đề nghị Giám đốc Sở cho biết giải pháp khắc phục trong quý tới.",
        "Chất vấn Giám đốc Sở Y tế, đại biểu Hà Thị Ngọc đề nghị làm rõ trách nhiệm của Sở, "
        "đồng thời cho biết lộ trình bổ sung thuốc cho các trạm y tế.",
        "Đại biểu Hà Thị Ngọc đề nghị Giám đốc Sở Y tế trả lời rõ nguyên nhân chậm thanh toán bảo hiểm.",
    ],
)
def test_a_delegates_question_is_no_directive(sentence: str) -> None:
    assert found(SESSION + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # What the delegate asks is to be done, not told.
        ("Đại biểu Hà Thị Ngọc đề nghị Sở Y tế sớm bổ sung thuốc cho các trạm y tế.", "Đại biểu Hà"),
        # An answer to voters that closes an instruction does not make it a question.
        (
            "Kết thúc buổi tiếp xúc, đại biểu Hà Thị Ngọc đề nghị UBND tỉnh xem xét, trả lời cử tri trước ngày 30/6.",
            "Kết thúc buổi",
        ),
    ],
)
def test_a_delegates_request_to_act_stays_a_directive(sentence: str, start: str) -> None:
    assert found(SESSION + sentence) == [(start, "Hà Thị Ngọc")]


def test_a_bodys_request_to_clarify_stays_a_directive() -> None:
    text = DEBATE + "Ủy ban Kinh tế đề nghị làm rõ cơ sở của quy định về thuế tài nguyên."
    assert [start for start, _ in found(text)] == ["Ủy ban Kinh"]


# --- a petition --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Cử tri Đào Văn Lực đề nghị tỉnh sớm nâng cấp tuyến đường liên phường.",
        "Cử tri Đào Văn Lực (tổ dân phố 6) kiến nghị tỉnh sớm nâng cấp tuyến đường liên phường.",
        "Cử tri đề nghị tỉnh sớm nâng cấp tuyến đường liên phường.",
        "Đại diện doanh nghiệp đề nghị các sở rút ngắn thời gian cấp phép.",
    ],
)
def test_a_petition_is_no_directive(sentence: str) -> None:
    assert found(MEETING + sentence) == []


def test_a_leaders_request_to_firms_stays_a_directive() -> None:
    text = MEETING + "Bí thư Tỉnh ủy Phùng Đức Hậu đề nghị doanh nghiệp chủ động đổi mới công nghệ."
    assert found(text) == [("Bí thư Tỉnh", "Phùng Đức Hậu")]


# --- a participant's proposal --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Phát biểu tại hội nghị, ông Mạc Văn Toàn, Giám đốc Sở Công Thương tỉnh Yên Bái đề xuất Bộ "
        "sớm hướng dẫn cơ chế giá điện.",
        "Bà Kiều Thị Nga, Phó Giám đốc Sở Công Thương tỉnh Lào Cai, kiến nghị có chính sách hỗ trợ doanh nghiệp nhỏ.",
        # The name opens its sentence: the sentence before is not part of it.
        "Nhiều ý kiến tập trung vào thị trường điện. Ông Mạc Văn Toàn, Giám đốc Sở Công Thương tỉnh "
        "Yên Bái kiến nghị có cơ chế hỗ trợ điện mặt trời.",
    ],
)
def test_a_participants_proposal_is_no_directive(sentence: str) -> None:
    assert found(CONFERENCE + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A leader named by title first.
        (
            "Chủ tịch UBND tỉnh Yên Bái Mạc Văn Toàn kiến nghị Chính phủ sớm bố trí vốn cho tuyến cao tốc.",
            "Mạc Văn Toàn",
        ),
        (
            "Bộ trưởng Bộ Công Thương Lục Minh Quân đề xuất các địa phương chủ động rà soát quy hoạch điện.",
            "Lục Minh Quân",
        ),
        # A request ("đề nghị") of someone named by name and then title is no proposal.
        (
            "Đồng chí Lục Minh Quân, Bí thư Tỉnh ủy, đề nghị các sở, ngành tập trung tháo gỡ vướng mắc.",
            "Lục Minh Quân",
        ),
    ],
)
def test_a_leaders_proposal_stays_a_directive(sentence: str, speaker: str) -> None:
    assert [who for _, who in found(CONFERENCE + sentence)] == [speaker]


# --- an opinion with a caveat ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Đại biểu Tạ Quang Vinh (Đoàn ĐBQH tỉnh Hà Giang) cho rằng việc bổ sung quy định này là cần "
        "thiết, song cần có lộ trình phù hợp.",
        "Đại biểu Tạ Quang Vinh cho rằng việc sửa đổi thuế suất là đúng đắn, nhưng phải đánh giá kỹ tác động.",
    ],
)
def test_a_caveat_to_an_opinion_is_no_directive(sentence: str) -> None:
    assert found(DEBATE + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # The modal has an addressee of its own.
        ("Nhiều đại biểu cho rằng, thời gian tới, các địa phương cần siết chặt khai thác cát.", "Nhiều đại biểu"),
        ("Đại biểu Tạ Quang Vinh cho rằng đây là vấn đề lớn, Chính phủ cần sớm có hướng dẫn.", "Đại biểu Tạ"),
        # The opinion is the instruction itself.
        ("Đại biểu Tạ Quang Vinh cho rằng, cần quy định rõ trách nhiệm hoàn thổ sau khai thác.", "Đại biểu Tạ"),
        # A leader who stresses a caveat instructs.
        (
            "Chủ tịch Quốc hội Trịnh Văn Phong nhấn mạnh việc sửa luật là cần thiết, nhưng phải bảo đảm tính ổn định.",
            "Chủ tịch Quốc",
        ),
    ],
)
def test_an_instruction_in_an_opinion_stays_a_directive(sentence: str, start: str) -> None:
    assert [s for s, _ in found(DEBATE + sentence)] == [start]


def test_a_delegate_with_a_note_in_brackets_is_the_speaker() -> None:
    text = DEBATE + "Đại biểu Tạ Quang Vinh (Đoàn ĐBQH tỉnh Hà Giang) đề nghị Chính phủ sớm ban hành nghị định."
    assert found(text) == [("Đại biểu Tạ", "Tạ Quang Vinh")]


# --- a task named in a speech ----------------------------------------------------------------


def test_a_speech_that_names_a_task_is_a_directive() -> None:
    text = (
        SESSION_UBND + "Phát biểu kết luận, ông Lý Văn Cường đánh giá cao các sở, ngành. Ông nhấn mạnh, "
        "thời gian còn lại không nhiều, phấn đấu giải ngân hết vốn đầu tư công là nhiệm vụ trọng tâm."
    )
    assert found(text) == [("Ông nhấn mạnh,", "Lý Văn Cường")]


@pytest.mark.parametrize(
    "sentence",
    [
        # The article's own narration of plans.
        "Năm nay, tỉnh xác định cải cách hành chính là nhiệm vụ trọng tâm.",
        # A report.
        "Giám đốc Sở Tài chính Lý Văn Cường cho biết, năm qua, tập trung thu ngân sách là nhiệm vụ trọng tâm.",
        # What the task was.
        "Ông Lý Văn Cường nhấn mạnh, năm qua, tăng cường thu ngân sách đã là nhiệm vụ trọng tâm.",
        # What was done, judged.
        "Ông Lý Văn Cường nhấn mạnh, năm qua, công tác giải ngân đã được đẩy mạnh, là nhiệm vụ trọng tâm.",
    ],
)
def test_a_task_named_outside_an_instruction_is_no_directive(sentence: str) -> None:
    assert found(SESSION_UBND + sentence) == []


# --- a written instruction just given ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("UBND tỉnh vừa có văn bản yêu cầu các sở, ngành rà soát dự án chậm tiến độ.", "Ủy ban nhân dân tỉnh"),
        ("Chủ tịch UBND tỉnh Lý Văn Cường vừa ký công văn yêu cầu các sở rà soát dự án.", "Lý Văn Cường"),
    ],
)
def test_a_written_instruction_just_given_has_its_speaker(sentence: str, speaker: str) -> None:
    assert [who for _, who in found(SESSION_UBND + sentence)] == [speaker]


# --- a conclusion that quotes the body ----------------------------------------------------------

NOTICE = "Ngày 12/4, Văn phòng Tỉnh ủy ban hành Thông báo kết luận của Thường trực Tỉnh ủy. "


def test_a_conclusion_that_quotes_the_body_has_the_body_for_speaker() -> None:
    text = (
        NOTICE
        + "Thông báo kết luận nêu rõ: Thường trực Tỉnh ủy yêu cầu các cấp ủy hoàn thành kiểm điểm trước ngày 20/12."
    )
    assert found(text) == [("Thông báo kết", "Thường trực Tỉnh ủy")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # What the body is quoted saying is no instruction.
        ("Thông báo kết luận nêu rõ: Thường trực Tỉnh ủy đánh giá cao kết quả kiểm điểm.", []),
        # A document that states an obligation itself speaks for no one.
        ("Kết luận nêu rõ, các cấp ủy cần hoàn thành kiểm điểm trước ngày 20/12.", [("Kết luận nêu", None)]),
    ],
)
def test_a_conclusion_quotes_no_instruction_or_gives_its_own(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(NOTICE + sentence) == expected
