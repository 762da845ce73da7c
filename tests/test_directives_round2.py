"""Directives, second round: clauses whose subject is left out, modals that instruct no one,
and where a speech ends (narration that opens with a time, section headings).

Every example sentence here is written for these tests (fictional people, generic content);
none is taken from the corpus or from an evaluation set.
"""

from __future__ import annotations

import pytest

from vnpolparse.directives import find_directives


def found(text: str) -> list[tuple[str, str | None]]:
    """The first three words and the speaker of each directive found in ``text``."""
    return [
        (" ".join(d.text.split()[:3]), d.speaker.name if d.speaker is not None else None) for d in find_directives(text)
    ]


# --- a directive verb in a clause whose subject is that of the clause before -------------


@pytest.mark.parametrize(
    "text",
    [
        # A decision, then a request: "...; đề nghị ...".
        "Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức Cảnh cáo đối với ông Hồ Văn Tư; "
        "đề nghị Ban Thường vụ Huyện ủy xem xét, xử lý trách nhiệm của bà Lý Thị Năm.",
        # The same after an opening phrase with commas of its own.
        "Căn cứ Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương về kỷ luật tổ chức đảng, đảng viên, "
        "Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức Khiển trách đối với ông Hồ Văn Tư; "
        "đồng thời đề nghị Ban Thường vụ Huyện ủy kiểm điểm bà Lý Thị Năm.",
    ],
)
def test_request_after_a_decision_is_the_bodys(text: str) -> None:
    [(start, speaker)] = found(text)
    assert text.startswith(start)
    assert speaker is not None and speaker.startswith("Ủy ban Kiểm tra Tỉnh ủy")


def test_request_after_a_verb_that_gives_no_speech() -> None:
    text = (
        "Bí thư Tỉnh ủy Lạc Văn Thành hoan nghênh sự chủ động của huyện, "
        "đồng thời đề nghị huyện sớm hoàn thành việc sắp xếp trụ sở."
    )
    assert found(text) == [("Bí thư Tỉnh", "Lạc Văn Thành")]


@pytest.mark.parametrize(
    ("follow", "expected"),
    [
        ("; đồng thời đề nghị các doanh nghiệp tiếp tục hỗ trợ học sinh vùng cao.", [("Bí thư Tỉnh", "Lạc Văn Thành")]),
        ("; cũng đề nghị các doanh nghiệp tiếp tục hỗ trợ học sinh vùng cao.", [("Bí thư Tỉnh", "Lạc Văn Thành")]),
        # Thanks, then wishes: no instruction.
        ("; đồng thời chúc các đại biểu mạnh khỏe, hạnh phúc.", []),
    ],
)
def test_thanks_then_a_request(follow: str, expected: list[tuple[str, str | None]]) -> None:
    text = "Bí thư Tỉnh ủy Lạc Văn Thành cảm ơn các nhà tài trợ đã đồng hành với tỉnh" + follow
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A name inside the clause before is no subject.
        "Tỉnh thành lập tổ công tác do ông Hồ Văn Tư làm tổ trưởng; đề nghị các xã phối hợp.",
        # Nor a name tied to the noun before it.
        "Báo cáo của Ủy ban Kiểm tra Tỉnh ủy về công tác năm; đề nghị các xã phối hợp.",
    ],
)
def test_request_after_a_clause_with_no_subject(text: str) -> None:
    assert found(text) == []


# --- modals that instruct no one ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # What is praised or judged: a noun phrase ("những tồn tại cần khắc phục") ...
        "Phát biểu chỉ đạo, Bí thư Huyện ủy Nông Văn Bắc biểu dương sự chuẩn bị của xã, "
        "đồng thời chỉ rõ những tồn tại cần khắc phục như thu ngân sách còn thấp.",
        # ... or part of the result praised.
        "Kết luận buổi làm việc, Chủ tịch UBND tỉnh Tô Thị Hạnh ghi nhận, đánh giá cao kết quả của huyện, "
        "nhất là việc giải ngân sớm, không để tồn đọng vốn.",
        # A clause of contrast states a fact.
        "Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Đinh Văn Lực nhấn mạnh, thời gian còn lại của năm không nhiều, "
        "trong khi khối lượng vốn còn phải giải ngân rất lớn.",
        # "Phải nói rằng" says nothing must be done.
        "Giám đốc Sở Xây dựng Lò Văn Sơn phát biểu tại buổi làm việc. "
        "Phải nói rằng, huyện đã có nhiều cố gắng trong năm qua.",
    ],
)
def test_modal_that_instructs_no_one(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # After the praise, a speech verb opens an instruction ...
        "Bí thư Huyện ủy Nông Văn Bắc biểu dương sự chuẩn bị của xã, đồng thời nhấn mạnh, "
        "cần khắc phục ngay tình trạng nợ đọng thuế.",
        # ... or a modal has its own addressee.
        "Bí thư Huyện ủy Nông Văn Bắc biểu dương sự chuẩn bị của xã; các thôn cần khắc phục ngay tình trạng nợ thuế.",
        # A clause of contrast that gives way to the main one, and one that ends before the modal.
        "Bí thư Huyện ủy Nông Văn Bắc nhấn mạnh, mặc dù còn khó khăn nhưng các xã phải hoàn thành chỉ tiêu.",
        "Bí thư Huyện ủy Nông Văn Bắc nhấn mạnh, trong khi chờ hướng dẫn, các xã phải rà soát hồ sơ.",
    ],
)
def test_modal_that_still_instructs(text: str) -> None:
    assert found(text) == [("Bí thư Huyện", "Nông Văn Bắc")]


# --- where a speech ends -----------------------------------------------------------------


def test_narration_opening_with_a_time_ends_the_speech() -> None:
    text = (
        "Kết luận phiên họp, Chủ tịch HĐND tỉnh Lục Thị Mai đề nghị UBND tỉnh chỉ đạo các sở hoàn thành hồ sơ.\n"
        "Trong buổi sáng cùng ngày, kỳ họp đã thông qua Nghị quyết số 12/2025/NQ-HĐND về bảng giá đất.\n"
        "Cũng trong chiều 5/7, các đại biểu thảo luận ở tổ."
    )
    assert found(text) == [("Kết luận phiên", "Lục Thị Mai")]


def test_time_frame_does_not_end_the_speech() -> None:
    text = (
        "Kết luận phiên họp, Chủ tịch HĐND tỉnh Lục Thị Mai đề nghị UBND tỉnh chỉ đạo các sở hoàn thành hồ sơ.\n"
        "Trong thời gian tới, các sở cần rà soát lại quy trình cấp phép."
    )
    assert found(text) == [("Kết luận phiên", "Lục Thị Mai"), ("Trong thời gian", "Lục Thị Mai")]


SPEECH = "Phát biểu tại hội nghị, Bí thư Tỉnh ủy Mạc Văn Toàn yêu cầu các cấp ủy phải đổi mới phương thức lãnh đạo.\n"


def test_section_heading_ends_the_speech() -> None:
    text = (
        SPEECH + "Thực trạng và giải pháp\n"
        "Một là, tiếp tục hoàn thiện thể chế. Hai là, nâng cao chất lượng đội ngũ cán bộ.\n"
        "Các xã cần rà soát lại quy chế làm việc."
    )
    assert found(text) == [("Phát biểu tại", "Mạc Văn Toàn")]


def test_after_a_heading_dong_chi_is_still_the_speaker() -> None:
    text = SPEECH + "Những nhiệm vụ trọng tâm\nĐồng chí đề nghị các xã rà soát lại quy chế làm việc."
    assert found(text) == [("Phát biểu tại", "Mạc Văn Toàn"), ("Đồng chí đề", "Mạc Văn Toàn")]


@pytest.mark.parametrize(
    "line",
    [
        # A caption names whom the photo shows; a list item is an instruction.
        "Bí thư Tỉnh ủy Mạc Văn Toàn phát biểu tại hội nghị",
        "1. Rà soát quy chế làm việc của các xã",
    ],
)
def test_caption_or_list_item_is_no_heading(line: str) -> None:
    text = SPEECH + line + "\nĐồng thời, tăng cường kiểm tra, giám sát ở cơ sở."
    assert found(text)[-1] == ("Đồng thời, tăng", "Mạc Văn Toàn")


def test_numbered_tasks_in_paragraphs_of_their_own() -> None:
    text = (
        SPEECH + "Một là, tiếp tục hoàn thiện thể chế, quy chế làm việc.\n"
        "Hai là, nâng cao chất lượng đội ngũ cán bộ cơ sở.\n"
        "Thứ tư, tăng cường kiểm tra, giám sát."
    )
    assert found(text) == [
        ("Phát biểu tại", "Mạc Văn Toàn"),
        ("Một là, tiếp", "Mạc Văn Toàn"),
        ("Hai là, nâng", "Mạc Văn Toàn"),
        ("Thứ tư, tăng", "Mạc Văn Toàn"),
    ]


def test_a_petitioners_word_inside_the_clause_before_is_no_petition() -> None:
    # "doanh nghiệp" is whom the committee met, not who asks.
    text = "UBND tỉnh làm việc với các doanh nghiệp về tiến độ dự án; đề nghị các sở tháo gỡ vướng mắc về mặt bằng."
    [(start, speaker)] = found(text)
    assert start == "UBND tỉnh làm" and speaker is not None and speaker.startswith("Ủy ban nhân dân tỉnh")
