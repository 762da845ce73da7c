"""Normalisation and the offset map back to the original text."""

from __future__ import annotations

import re
import unicodedata

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import any_text, vietnamese_text
from vnpolparse import text as _text
from vnpolparse.errors import InputTypeError
from vnpolparse.models import Mention, Span
from vnpolparse.text import fold, normalize, remap

EXAMPLES = [
    # (what it covers, input, normalised)
    ("old tone placement uỷ", "Tỉnh uỷ", "Tỉnh ủy"),
    ("old tone placement oá", "văn hoá", "văn hóa"),
    ("old tone placement uỷ inside a word", "thuỷ lợi", "thủy lợi"),
    ("old tone placement oẻ", "sức khoẻ", "sức khỏe"),
    ("capitals", "UỶ BAN", "ỦY BAN"),
    ("closed syllable keeps its mark", "hoàn thành", "hoàn thành"),
    ("qu + y is already new style", "quý II", "quý II"),
    ("a with caron for a with breve", "tǎng cường", "tăng cường"),
    ("non-breaking and thin spaces", "Bắc\u00a0Giang\u2009x", "Bắc Giang x"),
    ("dashes", "2020 – 2025 — x", "2020 - 2025 - x"),
    ("curly quotes", "“3 an” ‘x’", "\"3 an\" 'x'"),
    ("zero-width characters are dropped", "Tỉnh\u200b ủy\ufeff", "Tỉnh ủy"),
    ("CRLF becomes LF", "a\r\nb\rc", "a\nb\nc"),
    ("NFD input is composed", unicodedata.normalize("NFD", "Nguyễn Văn Hùng"), "Nguyễn Văn Hùng"),
    ("control characters become spaces", "a\x00b\x07c", "a b c"),
]


@pytest.mark.parametrize(("covers", "raw", "expected"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_normalize_examples(covers: str, raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_offsets_of_nfd_text_point_into_the_original() -> None:
    raw = unicodedata.normalize("NFD", "Bí thư Tỉnh ủy Bắc Giang")
    norm = normalize(raw)
    start = norm.text.index("Tỉnh ủy")
    span = norm.span(start, start + len("Tỉnh ủy"))
    assert unicodedata.normalize("NFC", raw[span.start : span.end]) == "Tỉnh ủy"


def test_remap_rereads_text_from_the_original() -> None:
    raw = "Ban Thường vụ Tỉnh uỷ họp"
    norm = normalize(raw)
    start = norm.text.index("Tỉnh ủy")
    mention = Mention("Tỉnh ủy", Span(start, start + 7))
    assert remap(mention, norm) == Mention("Tỉnh uỷ", Span(start, start + 7))


def test_remap_maps_a_shared_object_once_and_keeps_it_shared() -> None:
    raw = "Trưởng đoàn - Chủ tịch Tỉnh uỷ - nói"  # given in NFD below, so that offsets move
    norm = normalize(unicodedata.normalize("NFD", raw))
    start = norm.text.index("Tỉnh ủy")
    mention = Mention("Tỉnh ủy", Span(start, start + 7))
    first, second = remap((mention, [mention]), norm)
    assert first is second[0]
    assert norm.original[first.span.start : first.span.end] == first.text
    assert unicodedata.normalize("NFC", first.text) == "Tỉnh uỷ"


def test_non_str_input_is_a_typed_error() -> None:
    with pytest.raises(InputTypeError, match="decode it first"):
        normalize(b"Tinh uy")  # type: ignore[arg-type]


def test_fold_strips_marks() -> None:
    assert fold("Đảng bộ tỉnh Thừa Thiên Huế") == "dang bo tinh thua thien hue"


@given(any_text)
def test_normalisation_is_idempotent(raw: str) -> None:
    once = normalize(raw).text
    assert normalize(once).text == once


@given(any_text)
def test_offset_map_is_monotone_and_complete(raw: str) -> None:
    norm = normalize(raw)
    offsets = [norm.to_original(i) for i in range(len(norm.text) + 1)]
    # Dropped characters (soft hyphens, zero-width spaces) before the first
    # kept one are skipped, so offset 0 may map past them.
    assert raw[: offsets[0]].strip("\r\u00ad\u200b\u200c\u200d\u2060\ufeff") == ""
    assert offsets[-1] == len(raw)
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(raw) for o in offsets)


@given(vietnamese_text)
def test_nfc_and_nfd_input_normalise_alike(raw: str) -> None:
    assert normalize(unicodedata.normalize("NFD", raw)).text == normalize(raw).text


@given(vietnamese_text, st.data())
def test_word_spans_map_to_the_same_words(raw: str, data: st.DataObject) -> None:
    nfd = unicodedata.normalize("NFD", raw)
    norm = normalize(nfd)
    words = norm.text.split()
    if not words:
        return
    word = data.draw(st.sampled_from(words))
    start = norm.text.index(word)
    span = norm.span(start, start + len(word))
    assert normalize(nfd[span.start : span.end]).text == word


def test_remap_leaves_non_attrs_values_alone() -> None:
    norm = normalize("abc")
    assert remap("abc", norm) == "abc"
    assert attrs.has(Span)


_PIECES = ["a", "ê", " ", "\n", "\r", "\r\n", "\u0301", "\u0323\u0300", "\u200b", "\ufeff", "x\u00ad"]


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_length_changing_runs_are_those_of_a_plain_alternation(text: str) -> None:
    plain = re.compile(rf"[{_text._COMBINING}]+|[{_text._DROPPED}]+|\r(?=\n)")
    assert [m.span() for m in _text._LENGTH_CHANGING.finditer(text)] == [m.span() for m in plain.finditer(text)]


_OLD_SPELLINGS = st.sampled_from(
    ["Tỉnh uỷ", "“Hoà bình”", "Thuỷ lợi – hoá chất", "Ông Nguyễn Văn A", " ", "\n", "ngày 2/9/2025", "UBND", "15,5%"]
)


@given(st.lists(_OLD_SPELLINGS, min_size=1, max_size=12).map("".join))
def test_aligned_remap_equals_the_general_walk(raw: str) -> None:
    import vnpolparse

    norm = normalize(raw)
    article = vnpolparse.parse_article(norm.text)
    results = (article.people, article.bodies, article.dates, article.quantities, article.directives, article)
    if norm.is_aligned and norm.text != raw:
        # The aligned walk skips fields by their type hints; walking every field gives the same.
        assert _text._remap(results, raw, None, {}) == _text._remap(results, raw, norm.span, {})


def test_aligned_remap_keeps_shared_objects_shared() -> None:
    norm = normalize("Tỉnh uỷ")
    assert norm.is_aligned
    shared = Mention("Tỉnh ủy", Span(0, 7))
    first, second = remap((shared, [shared]), norm)
    assert first.text == "Tỉnh uỷ" and first is second[0]
