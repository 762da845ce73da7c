"""Hypothesis strategies shared by the tests: Vietnamese-looking text and junk."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

#: Syllables and words that make text look like Vietnamese political news.
WORDS = ["Tỉnh", "ủy", "Tỉnh", "uỷ", "Bắc", "Giang", "hội", "nghị", "sơ", "kết", "công", "tác", "quý", "II/2024", "ngày", "16/7", "đồng", "chí", "Nguyễn", "Văn", "An", "Bí", "thư", "Phó", "Chủ", "tịch", "UBND", "HĐND", "tỉnh", "đạt", "14,14%", "hơn", "3,2", "tỷ", "USD", "gấp", "2,5", "lần", "Nghị", "quyết", "số", "11-NQ/TW", "đề", "nghị", "các", "cấp,", "ngành", "cần", "tập", "trung", "triển", "khai", "nhiệm", "kỳ", "2025-2030", "thứ", "2/63", "lần", "thứ", "tư", "hoà", "thuỷ", "khoẻ", "Ban", "Chấp", "hành", "Đảng", "bộ", "Bộ", "Chính", "trị", "Chính", "phủ", "Sở", "Tài", "chính", "MTTQ", "317", "đảng", "viên", "Sáng", "nay", "(27/6)", "–", "—", "“", "”", "ǎ"]

vietnamese_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", "\n", ", ", ". ", "\u00a0", "\n\n"])),
    max_size=60,
).map(" ".join)

#: Text with characters scrapers produce: controls, combining marks, odd spaces, symbols.
junk_text = st.text(
    alphabet=st.characters(
        exclude_categories=("Cs",),
        include_characters="\u0300\u0301\u0303\u0309\u0323\u200b\ufeff\u00ad\r\n\t\x00\x0b²ⅷ①",
    ),
    max_size=200,
)

any_text = st.one_of(vietnamese_text, junk_text, vietnamese_text.map(lambda s: unicodedata.normalize("NFD", s)))
