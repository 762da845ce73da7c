"""places: the province table and finding province names in text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from vnpolparse import places
from vnpolparse.lexicon import alternation


def _reference(text: str) -> list[tuple[int, int]]:
    """The spans a plain look-behind regex finds: what find_provinces must give."""
    names = alternation(places.province_names()).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*")
    return [m.span() for m in re.finditer(rf"(?<![\w.]){names}(?!\w)", text)]


def test_names_inside_words_are_not_provinces() -> None:
    text = "Tỉnh ủy Cà Mau; xCà Mau, .Hà Nội, 3Hà Nam Định, Hà Nội1 và Bà Rịa - Vũng Tàu."
    found = places.find_provinces(text)
    assert [name for name, _, _ in found] == ["Cà Mau", "Nam Định", "Bà Rịa - Vũng Tàu"]
    assert [span for _, _, span in found] == _reference(text)


_PIECES = st.sampled_from(["Hà Nội", "Hà Nam", "Nam Định", "Bà Rịa - Vũng Tàu", "Cà Mau", "x", "3", ".", " ", "_",
                           "-", "tỉnh ", "Đ", "\n", "ê"])


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_spans_match_a_look_behind_regex(text: str) -> None:
    assert [span for _, _, span in places.find_provinces(text)] == _reference(text)
