"""The structure of a scraped news page: title, date line, dateline, byline, body.

Scraped pages come in a few shapes: a title line then paragraphs; a headline,
a lead and the whole body run together on one line with the byline at its
very end; a metadata header ("Title:", "Published Date:", "Content:" ...);
markdown mirrors (a headline underlined with "===", image markdown). Around
the article sits site chrome: "Sign In", view counters, the site's
current-date header, tag lists, related-link lists.

:func:`read_layout` works on normalised text (see :mod:`vnpolparse.text`) and
returns a :class:`Layout` whose spans point into it. It finds where things
are; reading what they mean (dates, names) is left to the parsers.

>>> page = "Sign In\\nHội nghị Tỉnh ủy\\n15:34 01/12/2023\\nLSO - Sáng 1/12, Tỉnh ủy họp.\\nMinh Anh\\nTag:\\nx"
>>> layout = read_layout(page)
>>> [page[s.start:s.end] for s in (layout.title, layout.published, layout.dateline_span)]
['Hội nghị Tỉnh ủy', '15:34 01/12/2023', 'LSO']
>>> layout.dateline, [name for name, _ in layout.authors]
('LSO', ['Minh Anh'])
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

import attrs

from vnpolparse.lexicon import alternation, load_table
from vnpolparse.models import ParagraphKind, Span

__all__ = ["Layout", "byline_names", "read_layout"]


@attrs.frozen
class Layout:
    """Where the parts of a page are (spans into the normalised text).

    >>> read_layout("Tiêu đề\\nNội dung bài.").title
    Span(0, 7)
    """

    title: Span | None = None
    #: The date/time the site prints for the article (its text only).
    published: Span | None = None
    #: A date line above the headline: the site's current date as a rule, but the
    #: article's own on pages that print no other (the caller decides).
    masthead: Span | None = None
    dateline: str | None = None
    dateline_span: Span | None = None
    #: Byline and photo-credit names with their spans.
    authors: tuple[tuple[str, Span], ...] = ()
    #: The article proper, block by block.
    paragraphs: tuple[tuple[Span, ParagraphKind], ...] = ()
    #: Ranges that are not the article proper (blanked before parsing).
    chrome: tuple[Span, ...] = ()
    #: Byline and credit ranges (kept in the article, hidden from entity parsers).
    credits: tuple[Span, ...] = ()


# --- line classes -----------------------------------------------------------


@functools.cache
def _chrome_groups() -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {"line": [], "short": [], "rest": [], "tail": []}
    for row in load_table("chrome"):
        groups[row["scope"]].append(row["pattern"])
    return groups


@functools.cache
def _chrome_patterns() -> dict[str, re.Pattern[str]]:
    return {
        scope: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
        for scope, pats in _chrome_groups().items()
    }


@functools.cache
def _lower_tail() -> re.Pattern[str] | None:
    """The footer patterns, case-sensitive, to search a lower-cased text with.

    ``re`` skips ahead in C to the characters a match can start with only
    when the pattern is case-sensitive: searching the lower-cased text is
    several times faster than an ``IGNORECASE`` search. ``None`` when a
    pattern has capitals or case flags of its own.
    """
    pats = _chrome_groups()["tail"]
    if any(p != p.lower() or "(?" in p.replace("(?:", "") for p in pats):
        return None
    return re.compile("|".join(f"(?:{p})" for p in pats))


def _tail_matches(text: str) -> Iterator[re.Match[str]]:
    """Footer matches in ``text`` ("© Báo ...", "Bản quyền thuộc ..."), case-insensitive."""
    fast = _lower_tail()
    if fast is not None:
        lowered = text.lower()
        if len(lowered) == len(text):  # offsets agree (not so after "İ")
            return fast.finditer(lowered)
    return _chrome_patterns()["tail"].finditer(text)


_WEEKDAY = r"(?:thứ\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\s*nhật|cn)"
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch))?"
_ISO = r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_DMY = rf"(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}}|{_ISO})"
_TZ = r"[(\[]?\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*[)\]]?"
# A site's own domain name ("VOV.VN", "baochinhphu.vn"), which some pages print before their date.
_DOMAIN = r"(?:[a-z0-9-]+\.)+(?:vn|com|net|org|info)"
# A line that only states a date and time: the site's date line. A domain name or a
# place ("Gia Lai, 05/12/2025") may stand before it, and view counters or a search box
# after it ("| Lượt xem: 412"): they are site chrome (groups "site", "place" and "tail").
_DATE_LINE = re.compile(
    rf"""
    (?P<site>{_DOMAIN}\s+)?
    (?P<place>(?!{_WEEKDAY})(?-i:[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){{0,3}})\s*,\s*)?
    (?:(?P<label>cập\s*nhật|ngày\s*đăng|đăng\s*ngày|ngày\s*cập\s*nhật|ngày\s*xuất\s*bản|xuất\s*bản|
          ngày\s*đăng\s*tải|đăng\s*tải|hôm\s*nay|ngày|thời\s*gian|đăng\s*lúc|
          published\s*date|published|posted|updated)\s*(?:lúc)?\s*:?\s*)?
    [(\[]?
    (?:{_WEEKDAY}\s*[,-]?\s*)?
    (?:ngày\s*)?
    (?:{_CLOCK}\s*[,|-]?\s*(?:{_WEEKDAY}\s*[,-]?\s*)?(?:ngày\s*)?)?
    {_DMY}
    (?:\s*[,|-]?\s*(?:lúc\s*)?{_CLOCK})?
    \s*(?:{_TZ})?
    [)\]]?
    (?P<tail>(?:(?:\s*\|\s*|\s{{2,}})(?:(?:(?:số\s*)?lượt\s*(?:xem|đọc)|views?)\s*:?\s*[\d.,]+
                        |[\d.,]+\s*(?:lượt\s*(?:xem|đọc)|views?|bình\s*luận)
                        |tìm\s*kiếm\S*|bản\s*in|in\s*bài|cỡ\s*chữ.*|chia\s*sẻ.*))+)?
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _date_line(text: str, start: int, end: int) -> tuple[Span, list[Span], bool] | None:
    """If ``text[start:end]`` is a date line, the span of its date, the spans of the chrome
    around it (a domain name before, counters after) and whether a label names it the
    article's ("Cập nhật:", "Ngày đăng:"); else ``None``.

    >>> line = "VOV.VN Thứ Ba, 14/10/2025 | 19:20 | Lượt xem: 412"
    >>> date, chrome, labelled = _date_line(line, 0, len(line))
    >>> line[date.start:date.end], [line[c.start:c.end] for c in chrome], labelled
    ('Thứ Ba, 14/10/2025 | 19:20', ['VOV.VN ', ' | Lượt xem: 412'], False)
    """
    m = _DATE_LINE.fullmatch(text, start, end)
    if m is None:
        return None
    date_start = m.end("place") if m.group("place") else m.end("site") if m.group("site") else start
    date_end = m.start("tail") if m.group("tail") else end
    while text[date_end - 1].isspace():
        date_end -= 1
    chrome = [Span(start, date_start)] if date_start > start else []
    if date_end < end:
        chrome.append(Span(date_end, end))
    label = m.group("label")
    return Span(date_start, date_end), chrome, bool(label) and label.casefold() != "ngày"
_HEADER_KEY = re.compile(
    r"(?P<key>Title|Tiêu đề|Source|Nguồn|Link|URL|Published Date|Published|Date|Ngày đăng|Author|Tác giả|"
    r"Tags?|Summary|Tóm tắt|Sapo|Category|Chuyên mục|Content|Nội dung)\s*:\s?",
    re.IGNORECASE,
)
_HEADER_CHROME = {"source", "nguồn", "link", "url", "tags", "tag", "summary", "tóm tắt", "sapo", "category",
                  "chuyên mục"}
_MD_RULE = re.compile(r"[=\-_*]{3,}")
_MD_HEADING = re.compile(r"#{1,6}\s+")


#: The longest line the ``short`` patterns of ``data/chrome.tsv`` are tried on.
_SHORT_LINE = 220
_MENU_BAR = re.compile(r"\s*\|\s*|\s+/\s+")
#: The longest line read as a menu (items of at most 30 characters, or dates).
_MENU_MAX = 200


_SPACE = re.compile(r"\s")
#: The longest one-word line read as a site's logo above the headline.
_LOGO_MAX = 40


def _chrome_follows(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether the line after ``lines[i]`` is site chrome or a date line."""
    if i + 1 >= len(lines):
        return False
    s, e = lines[i + 1]
    return _is_chrome_line(text[s:e]) or _date_line(text, s, e) is not None


def _menu_date(text: str, start: int, end: int) -> Span | None:
    """The date closing a menu or breadcrumb line after "|" ("Trang chủ » Thời sự | Gia Lai, 05/12/2025").

    >>> line = "Trang chủ » Thời sự | Gia Lai, 05/12/2025"
    >>> span = _menu_date(line, 0, len(line))
    >>> line[span.start:span.end]
    '05/12/2025'
    """
    bar = text.rfind("|", start, end)
    if bar < 0:
        return None
    item = bar + 1
    while item < end and text[item].isspace():
        item += 1
    dated = _date_line(text, item, end) if item < end else None
    return dated[0] if dated is not None else None


def _is_chrome_line(line: str) -> bool:
    """Whether the stripped ``line`` is site chrome: a ``line`` pattern of ``data/chrome.tsv``,
    or items between "|" or " / " of which one is chrome and each is short (with no digit),
    chrome or a date ("Đăng nhập | Đăng ký", "Giáo dục / Y tế", "BÁO X ĐIỆN TỬ | Thứ Sáu, 28/11/2025").

    >>> _is_chrome_line("Thời sự | Tài chính - Ngân hàng"), _is_chrome_line("Tỉnh ủy họp | 5 nội dung")
    (True, False)
    >>> _is_chrome_line("Giáo dục / Y tế"), _is_chrome_line("Tin/ảnh: Minh Anh")
    (True, False)
    """
    patterns = _chrome_patterns()
    line_match, short_match = patterns["line"].fullmatch, patterns["short"].fullmatch

    def whole(item: str) -> bool:
        return bool(line_match(item) or (len(item) <= _SHORT_LINE and short_match(item)))

    if whole(line):
        return True
    if len(line) > _MENU_MAX or ("|" not in line and " /" not in line):
        return False  # (a cheap test first: most lines are paragraphs)
    if _DATE_LINE.fullmatch(line):
        return False  # a date line with its counters: read by _date_line
    items = _MENU_BAR.split(line)
    if len(items) < 2:
        return False
    chrome = [whole(item) for item in items]
    if not all(
        is_chrome or (0 < len(item) <= 30 and not any(c.isdigit() for c in item)) or _DATE_LINE.fullmatch(item)
        for item, is_chrome in zip(items, chrome, strict=True)
    ):
        return False
    return any(chrome)


@functools.cache
def _lead_opening() -> re.Pattern[str]:
    """Where a lead opens: a time of day (the ``day_lead`` rows of ``data/date_words.tsv``,
    capitalised) or "Ngày" with a day ("Sáng 4/12,", "Ngày 16/7,", "Sáng nay (27/6),"), or a
    dateline in brackets ("(TTXVN) -")."""
    leads = [row["word"] for row in load_table("date_words") if row["kind"] == "day_lead"]
    words = alternation(w[:1].upper() + w[1:] for w in [*leads, "ngày", "từ ngày"])
    return re.compile(
        rf"\s+(?=(?:{words})(?:\s+(?:nay|qua))?\s*\(?\s*\d{{1,2}}\s*[/.-]\s*\d{{1,2}}"
        r"|\([^()\n]{2,30}\)\s*-\s)"
    )


_SENTENCE_END = re.compile(r"[.!?:;] ")
#: A headline that runs into its lead stands in the first this many characters.
_RUN_IN_TITLE = 250


def _run_in_lead(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a headline run into its body on one line ends, and where the lead starts:
    a long line whose opening holds no sentence end before a lead's opening words.

    >>> line = "Huyện ủy Tân Phong tổng kết năm 2024 Sáng 4/12, Huyện ủy tổ chức hội nghị. " * 8
    >>> cut = _run_in_lead(line, 0, len(line))
    >>> line[: cut[0]], line[cut[1] : cut[1] + 10]
    ('Huyện ủy Tân Phong tổng kết năm 2024', 'Sáng 4/12,')
    >>> _run_in_lead("Hội nghị. Sáng 4/12, Huyện ủy họp." * 9, 0, 306) is None
    True
    """
    if end - start < 2 * _RUN_IN_TITLE:
        return None
    m = _lead_opening().search(text, start + 10, start + _RUN_IN_TITLE)
    if m is None or _SENTENCE_END.search(text, start, m.start() + 1):
        return None
    return m.start(), m.end()


#: A line with a photo mark is a caption up to this length; a longer one is a body run
#: together with its captions.
_CAPTION_MAX = 400


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with sentence punctuation (quotes and brackets aside)."""
    return line.rstrip("\"')]")[-1:] in (".", "!", "?", "…", ":", ";")


def _ends_article(line: str) -> bool:
    """Whether ``line`` ends with the "./." that closes Vietnamese news articles."""
    return line.endswith(("./.", "./", "/."))

# A dateline: a source code or place in capitals, or any source in brackets,
# then a dash, then the first sentence of the body.
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_DATELINE = re.compile(
    rf"""
    (?P<junk>[a-z]{{0,8}})                           # a glued link word ("more") in mirrors
    (?:[{_UPPER}][^\W\d_]*(?:\s[{_UPPER}][^\W\d_]*){{0,3}},\s*   # "Hà Nội, 15/7 (TTXVN) -"
       \d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?\s*(?=\())?
    (?:\((?P<paren>[^()\n]{{2,40}})\)                 # (TTXVN), (Chinhphu.vn), (BĐ)
      |(?P<domain>[A-Za-z][A-Za-z0-9-]*\.(?:vn|com|net|org)(?:\.vn)?)  # Baophutho.vn
      |(?P<caps>[{_UPPER}][{_UPPER}0-9.]*(?:\s[{_UPPER}][{_UPPER}0-9.]*){{0,3}})  # LSO, TCCS, BẮC GIANG
    )
    \s*-\s*
    (?=["']?[^\W_])                                  # the body starts
    """,
    re.VERBOSE,
)


# --- bylines ------------------------------------------------------------------


_CREDIT_PREFIX = re.compile(
    r"""(?:(?:tin|bài|ảnh|video|clip|đồ\s*họa|infographic|thực\s*hiện|nhóm\s*pv|tác\s*giả|author)
         (?:\s*(?:,|và|\+|-|&)\s*(?:tin|bài|ảnh|video|clip))*\s*:\s*)""",
    re.IGNORECASE | re.VERBOSE,
)
_THEO = re.compile(r"(?:theo\s+|nguồn\s*:\s*)", re.IGNORECASE)
_PAREN_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_SPLIT_NAMES = re.compile(r"\s+(?:-|và|&)\s+|\s*[;]\s*|,\s+")
# Words that open a capitalised phrase which is not a person's name.
_NOT_NAME_START = re.compile(
    r"(?:tỉnh|huyện|xã|phường|thành phố|quận|ban|hội|đảng|ủy|sở|bộ|phòng|trung ương|tổng|nhà|quốc hội|quốc gia"
    r"|đoàn (?:đại biểu|công tác|kiểm tra|thanh niên)|công an|toàn (?:tỉnh|quốc|thể|dân)"
    r"|quang cảnh|các|những|một|đại biểu|đồng chí|ông|bà|hội nghị|tin|bài|ảnh|video|nguồn|theo|ngày|tháng"
    r"|năm|thứ|chủ nhật|sáng|chiều|tối|báo|tạp chí|đài|cổng|trang tin|trang thông tin|truyền hình|thông tấn)(?:\s|$)",
    re.IGNORECASE,
)


@functools.cache
def _agencies() -> frozenset[str]:
    return frozenset(row["name"].casefold() for row in load_table("agencies"))


_DOMAIN_NAME = re.compile(_DOMAIN, re.IGNORECASE)


def _is_agency(name: str) -> bool:
    """Whether a byline part names an agency or a site, not a person ("TTXVN", "VOV.VN").

    >>> _is_agency("VOV"), _is_agency("VOV.VN"), _is_agency("baochinhphu.vn"), _is_agency("Thu Hằng")
    (True, True, True, False)
    """
    key = name.strip(" .*/").casefold()
    return key in _agencies() or _DOMAIN_NAME.fullmatch(key) is not None


_NAME_PARTS = re.compile(r"[.,'’]")


def _is_name(candidate: str) -> bool:
    """A byline name: capitalised syllables ("Thu Hằng", "NGUYỄN HẢI ĐĂNG", "T,Minh"), or
    the names of the Central Highlands written with an apostrophe ("K'BRÔ", "H'Hen Niê").

    >>> _is_name("K'BRÔ"), _is_name("H'Hen Niê"), _is_name("TTXVN"), _is_name("K'")
    (True, True, False, False)
    """
    tokens = candidate.split()
    if not 1 <= len(tokens) <= 5 or candidate.casefold() in _agencies():
        return False
    # An apostrophe parts a syllable from the consonant before it ("K'Brô").
    parts = [p for t in tokens for p in _NAME_PARTS.split(t) if p]
    if len(parts) < 2 or not any(len(p) >= 2 for p in parts):
        return False
    if any(not (p.isalpha() and p[0].isupper()) for p in parts):
        return False
    if _NOT_NAME_START.match(candidate):
        return False
    return not all(p.isupper() for p in parts) or len(tokens) >= 2 or len(parts) > len(tokens)


def _clean_part(part: str) -> str | None:
    part = _PAREN_TAIL.sub("", part.strip(" *_.\t")).strip()
    if "/" in part:
        sides = [s.strip() for s in part.split("/") if s.strip()]
        named = [s for s in sides if not _is_agency(s)]
        if len(named) != 1:
            return None
        part = named[0]
    return part if _is_name(part) else None


def byline_names(line: str) -> list[tuple[str, int, int]] | None:
    """Names in a byline or credit line, with their offsets in ``line``.

    Returns ``None`` when ``line`` is not a byline at all, and an empty list
    for a byline that names no person ("PV", "TTXVN", "Theo VOV").

    >>> [n for n, *_ in byline_names("Tin, ảnh: Minh Châu")]
    ['Minh Châu']
    >>> [n for n, *_ in byline_names("Lan Anh - Hữu Tài (TTXVN)")]
    ['Lan Anh', 'Hữu Tài']
    >>> byline_names("PV"), byline_names("Quang cảnh hội nghị.")
    ([], None)
    """
    text = line.strip().strip("*_-").strip()
    offset = line.find(text) if text else 0
    if not text or len(text) > 80:
        return None
    if _THEO.match(text):
        return []  # "Theo TTXVN", "Nguồn: Báo Lạng Sơn": a source, not an author
    prefix = _CREDIT_PREFIX.match(text)
    body_start = prefix.end() if prefix else 0
    body = text[body_start:]
    if not body.strip():
        return None
    if _is_agency(body):
        return []
    names: list[tuple[str, int, int]] = []
    pos = 0
    parts = _SPLIT_NAMES.split(body)
    for part in parts:
        start = body.find(part, pos)
        pos = start + len(part)
        credit = _CREDIT_PREFIX.match(part)
        if credit:  # "Minh Hà - Ảnh: Quang Vinh"
            start, part = start + credit.end(), part[credit.end() :]
        cleaned = _clean_part(part)
        if cleaned is None:
            if _is_agency(_PAREN_TAIL.sub("", part)):
                continue
            return None
        at = offset + body_start + start + part.find(cleaned)
        names.append((cleaned, at, at + len(cleaned)))
    return names


@functools.cache
def _top_byline_re() -> re.Pattern[str]:
    """An author line under the headline, as essays print it: degrees (the ``degree`` rows of
    ``data/honorifics.tsv``), the name, and perhaps where the author works ("PGS, TS NGUYỄN
    VĂN A - Học viện ...")."""
    degrees = alternation(row["honorific"] for row in load_table("honorifics") if row["kind"] == "degree")
    return re.compile(
        rf"(?:(?:{degrees})(?:\s*[,.]\s*|\s+))+"
        r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){1,4})(?:\s*[-,]\s*[^.!?;\n]{2,120})?"
    )


def _top_byline(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The author named by a degree-led author line ``text[start:end]``, with the name's span.

    >>> line = "PGS, TS NGUYỄN VĂN AN - Học viện Chính trị quốc gia Hồ Chí Minh"
    >>> _top_byline(line, 0, len(line))
    ('NGUYỄN VĂN AN', Span(8, 21))
    >>> _top_byline("TS Nguyễn Thị Bình", 0, 18), _top_byline("TS. Kinh tế phát triển.", 0, 23)
    (('Nguyễn Thị Bình', Span(3, 18)), None)
    """
    m = _top_byline_re().fullmatch(text, start, end)
    if m is None or not _is_name(m.group("name")):
        return None
    return m.group("name"), Span(m.start("name"), m.end("name"))


# Marks that make a short name line a byline wherever it stands: markdown
# bold, a credit prefix, an agency or "(tổng hợp)" after the name, capitals.
_STRONG_BYLINE = re.compile(
    r"^\*\*.*\*\*$|^(?i:tin|bài|ảnh)\b.*:|\((?i:tổng hợp|th|theo .*)\)$|\([A-ZĐ]{2,}\)$|/[A-ZĐ]{2,}$"
    r"|^[A-ZĐÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬÈẺẼÉẸÊỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢÙỦŨÚỤƯỪỬỮỨỰỲỶỸÝỴ ]+$"
)
# "Ảnh:" in any case. The look-behind stands after the first letter so that
# ``re`` can skip in C to the letter; it checks what ``\b`` would.
_PHOTO_CREDIT = re.compile(r"[Ảả](?<!\w.)(?i:nh)\s*:\s*")
_CAP_TOKEN = re.compile(r"[^\s]+")


class _CreditMarks:
    """The "Ảnh:" marks of a text, found in one pass and handed out by range.

    :meth:`within` gives what ``_PHOTO_CREDIT.finditer(text, start, end)``
    would, without a search per line: the marks of the whole text that lie
    inside the range. When a mark of the whole text runs across an end of the
    range, searching the range alone could give other marks, so the range is
    searched again.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks = list(_PHOTO_CREDIT.finditer(text))
        self.starts = [m.start() for m in self.marks]

    def within(self, start: int, end: int) -> list[re.Match[str]]:
        """The marks of ``text[start:end]``, as a search of that range finds them."""
        if not self.marks:
            return []
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end, i)
        if (i and self.marks[i - 1].end() > start) or (j > i and self.marks[j - 1].end() > end):
            return list(_PHOTO_CREDIT.finditer(self.text, start, end))
        return self.marks[i:j]


def _photo_credits(marks: _CreditMarks, start: int, end: int) -> list[tuple[str, Span, Span]]:
    """(name, name span, credit span) for "Ảnh: NAME" credits in ``text[start:end]``."""
    text = marks.text
    out = []
    for m in marks.within(start, end):
        run: list[re.Match[str]] = []
        for tok in _CAP_TOKEN.finditer(text, m.end(), min(end, m.end() + 80)):
            word = tok.group().rstrip(".,;|)")
            pieces = [p for p in re.split(r"[/.,]", word) if p]
            if not word or not pieces or not all(p[0].isupper() and p.isalpha() for p in pieces):
                break
            run.append(tok)
            if len(run) == 6 or tok.group() != word:
                break
        if not run:
            continue
        stop = run[-1].end()
        rest = text[stop:end].lstrip()
        if rest and rest[0] not in ".|)\n" and run[-1].group() == run[-1].group().rstrip(".,;|)") and len(run) > 1:
            run.pop()  # the last capitalised word opens the next sentence
            stop = run[-1].end()
        raw = text[m.end() : stop].rstrip(".,;|)")
        credit = Span(m.start(), m.end() + len(raw))
        name = _clean_part(raw)
        if name:
            at = text.find(name, m.end(), credit.end)
            out.append((name, Span(at, at + len(name)), credit))
        elif rest[:1].islower() and not _is_agency(raw):
            # "Ảnh: Phó Chủ tịch ... điều hành phiên họp": a caption that opens with the
            # mark, not a credit; only the mark is hidden.
            mark = Span(m.start(), m.end())
            out.append(("", mark, mark))
        else:
            out.append(("", credit, credit))
    return out


# --- the page -------------------------------------------------------------


# A line's text without the white space around it: from its first non-space
# character to its last (linear: the inner run backtracks only over the
# spaces that end the line).
_LINE = re.compile(r"\S(?:[^\n]*\S)?")


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line that is not blank, white space trimmed.

    >>> _lines(" a b \\n\\n  c")
    [(1, 4), (9, 10)]
    """
    return [m.span() for m in _LINE.finditer(text)]


def _header_fields(text: str, lines: list[tuple[int, int]]) -> dict[str, tuple[int, int, int]] | None:
    """{key: (line index, value start, value end)} for a metadata header, else None."""
    fields: dict[str, tuple[int, int, int]] = {}
    for i, (s, e) in enumerate(lines[:12]):
        m = _HEADER_KEY.match(text, s, e)
        if m:
            key = m.group("key").casefold()
            fields.setdefault(key, (i, m.end(), e))
    if len(fields) < 2 or not ({"title", "tiêu đề"} & fields.keys()):
        return None
    return fields


def read_layout(text: str) -> Layout:
    """Find the title, date line, dateline, byline, body and chrome of a page.

    >>> [kind.value for _, kind in read_layout("Tiêu đề\\nNội dung bài.\\nMinh Anh").paragraphs]
    ['body', 'byline']
    """
    lines = _lines(text)
    chrome: list[Span] = []
    credits: list[Span] = []
    authors: list[tuple[str, Span]] = []
    title: Span | None = None
    published: Span | None = None
    masthead: Span | None = None
    pats = _chrome_patterns()

    header = _header_fields(text, lines)
    first_body = 0
    if header is not None:
        title_key = "title" if "title" in header else "tiêu đề"
        _, vs, ve = header[title_key]
        title = Span(vs, ve) if ve > vs else None
        content_at = header.get("content") or header.get("nội dung")
        last_header = max(i for i, _, _ in header.values())
        for key, (i, vs, ve) in header.items():
            ls, le = lines[i]
            if key in ("content", "nội dung"):
                chrome.append(Span(ls, vs))
                lines[i] = (vs, le) if ve > vs else lines[i]
            elif key in ("author", "tác giả"):
                chrome.append(Span(ls, vs))
                for name, s, e in byline_names(text[vs:ve]) or []:
                    authors.append((name, Span(vs + s, vs + e)))
                    credits.append(Span(vs + s, vs + e))
            elif key in ("published date", "published", "date", "ngày đăng"):
                chrome.append(Span(ls, vs))
                if _DATE_LINE.search(text, vs, ve):
                    published = Span(vs, ve)
                else:
                    chrome.append(Span(vs, ve))
            elif key in (title_key,):
                chrome.append(Span(ls, vs))
            else:
                chrome.append(Span(ls, le))
        if content_at is not None:
            first_body = content_at[0]
            if content_at[2] == content_at[1]:
                first_body += 1
        else:
            first_body = last_header + 1
        body_lines = list(range(first_body, len(lines)))
    else:
        title_idx = None
        first = len(lines)  # the first line that is not chrome above the title
        for i, (s, e) in enumerate(lines):
            line = text[s:e]
            if _is_chrome_line(line) or _MD_RULE.fullmatch(line) or pats["rest"].fullmatch(line):
                chrome.append(Span(s, e))  # chrome, or a section header above the title
                masthead = masthead or _menu_date(text, s, e)
                continue
            if not _SPACE.search(line) and len(line) <= _LOGO_MAX and _chrome_follows(text, lines, i):
                chrome.append(Span(s, e))  # one word above a menu or date line: a site's logo ("Hànộimới")
                continue
            dated = _date_line(text, s, e)
            if dated is not None:
                chrome.append(Span(s, e))  # the site's current-date header, as a rule
                masthead = masthead or dated[0]
                continue
            first = i
            if not (_DATELINE.match(line) and len(line.split()) > 12):
                title_idx = i  # else there is no title: the page opens with the body
            break
        body_lines = list(range(first, len(lines)))
        if title_idx is not None:
            s, e = lines[title_idx]
            lead = _run_in_lead(text, s, e)
            if lead is not None:  # the headline runs into the body on one line
                lines[title_idx : title_idx + 1] = [(s, lead[0]), (lead[1], e)]
                s, e = lines[title_idx]
            heading = _MD_HEADING.match(text, s, e)
            title = Span(heading.end() if heading else s, e)
            if heading:
                chrome.append(Span(s, heading.end()))
            body_lines = list(range(title_idx + 1, len(lines)))

    # Footers run into a line ("... hội nghị./. Minh Khôi © Báo ..."), found in one pass.
    starts = [ls for ls, _ in lines]
    tails: dict[int, re.Match[str]] = {}
    for m in _tail_matches(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and lines[i][0] <= m.start() < lines[i][1]:
            tails.setdefault(lines[i][0], m)

    # Walk the body: chrome lines, the date line, duplicates, the end of the article.
    marks = _CreditMarks(text)
    paragraphs: list[tuple[Span, ParagraphKind]] = []
    previous: str | None = None
    end_index = len(lines)
    seen_body = False
    for i in body_lines:
        s, e = lines[i]
        line = text[s:e]
        if pats["rest"].fullmatch(line):
            end_index = i
            break
        if _is_chrome_line(line) or _MD_RULE.fullmatch(line):
            chrome.append(Span(s, e))
            continue
        dated = _date_line(text, s, e)
        if dated is not None:
            if published is None and (not seen_body or dated[2]):
                # (a labelled date line may close the article: "Cập nhật: 20/10/2025 17:05")
                published = dated[0]
                chrome.extend(dated[1])
            else:
                chrome.append(Span(s, e))
            continue
        tail = tails.get(s)
        if tail:
            chrome.append(Span(tail.start(), e))
            e = tail.start()
            while e > s and text[e - 1].isspace():
                e -= 1
            if e == s:
                continue
            line = text[s:e]
        if title is not None and not paragraphs and line == text[title.start : title.end]:
            chrome.append(Span(s, e))  # the headline again under a metadata header
            continue
        if previous is not None and line == previous:
            chrome.append(Span(s, e))  # a caption printed twice
            if paragraphs:
                paragraphs[-1] = (paragraphs[-1][0], ParagraphKind.CAPTION)
            continue
        previous = line
        kind = ParagraphKind.BODY
        top = _top_byline(text, s, e) if not paragraphs else None
        if top is not None:
            authors.append(top)
            credits.append(Span(s, e))
            paragraphs.append((Span(s, e), ParagraphKind.BYLINE))
            continue
        if line.endswith("|"):
            pipe = line.rstrip("| ")
            chrome.append(Span(s + len(pipe), e))
            e = s + len(pipe)
            kind = ParagraphKind.CAPTION
        elif e - s <= _CAPTION_MAX and marks.within(s, e):
            kind = ParagraphKind.CAPTION  # "Quang cảnh hội nghị. Ảnh: Minh Anh"
        elif not _ends_sentence(line) and len(line.split()) <= 14:
            kind = ParagraphKind.HEADING
        paragraphs.append((Span(s, e), kind))
        seen_body = seen_body or kind is ParagraphKind.BODY
    if end_index < len(lines):
        chrome.append(Span(lines[end_index][0], len(text)))

    # The byline: short name lines that close the article. After the byline
    # (or after a paragraph closed with "./."), what follows is site chrome.
    byline_at = None
    every_names = [byline_names(text[span.start : span.end]) for span, _ in paragraphs]
    # names_after[k]: every paragraph after k reads as a byline.
    names_after = [True] * len(paragraphs)
    for k in range(len(paragraphs) - 2, -1, -1):
        names_after[k] = names_after[k + 1] and every_names[k + 1] is not None
    for k, (span, _kind) in enumerate(paragraphs):
        names = every_names[k]
        if names is None or k == 0:
            continue
        line = text[span.start : span.end]
        before = text[paragraphs[k - 1][0].start : paragraphs[k - 1][0].end]
        closes = _ends_article(before) or k == len(paragraphs) - 1
        if closes or names_after[k] or _STRONG_BYLINE.search(line):
            byline_at = k
            break
    if byline_at is not None:
        k = byline_at
        while k < len(paragraphs):
            span = paragraphs[k][0]
            names = every_names[k]
            if names is None:
                break
            for name, ns, ne in names:
                authors.append((name, Span(span.start + ns, span.start + ne)))
            credits.append(span)
            paragraphs[k] = (span, ParagraphKind.BYLINE)
            k += 1
        for span, _ in paragraphs[k:]:
            chrome.append(span)
        paragraphs = paragraphs[:k]
    elif paragraphs:
        # A one-line body may end with its byline: "... đề ra. Minh Anh".
        span, kind = paragraphs[-1]
        tail = re.search(r"""(?:[.!?…"')]|\./\.)\s+([^.!?\n]{1,60})$""", text[span.start : span.end])
        if tail:
            names = byline_names(tail.group(1))
            if names is not None:
                ts = span.start + tail.start(1)
                for name, ns, ne in names:
                    authors.append((name, Span(ts + ns, ts + ne)))
                credits.append(Span(ts, span.end))
                body_end = ts
                while body_end > span.start and text[body_end - 1].isspace():
                    body_end -= 1
                paragraphs[-1] = (Span(span.start, body_end), kind)
                paragraphs.append((Span(ts, span.end), ParagraphKind.BYLINE))

    # Photo credits anywhere in the article proper ("Ảnh: Quang Vinh").
    for span, kind in paragraphs:
        if kind is ParagraphKind.BYLINE:
            continue
        for name, name_span, credit_span in _photo_credits(marks, span.start, span.end):
            credits.append(credit_span)
            if name:
                authors.append((name, name_span))

    # The dateline opens the first body paragraph; mirrors may carry it elsewhere.
    dateline = dateline_span = None
    body_paras = [sp for sp, kind in paragraphs if kind is ParagraphKind.BODY]
    candidates = [sp.start for sp in body_paras[:1]] + [sp.start for sp in chrome]
    for pos in candidates:
        found = _DATELINE.match(text, pos)
        if found is None:
            continue
        m = found
        if (pos != candidates[0] and not m.group("paren")):
            continue
        if m.group("junk") and pos == candidates[0] and body_paras:
            continue
        group = "paren" if m.group("paren") else "domain" if m.group("domain") else "caps"
        value = m.group(group).strip()
        if group == "caps" and (len(value) < 2 or not any(c.isalpha() for c in value)):
            continue
        dateline, dateline_span = value, Span(m.start(group), m.start(group) + len(value))
        break

    unique: dict[str, tuple[str, Span]] = {}
    for name, span in authors:
        unique.setdefault(name.casefold(), (name, span))
    return Layout(
        title=title,
        published=published,
        masthead=masthead,
        dateline=dateline,
        dateline_span=dateline_span,
        authors=tuple(unique.values()),
        paragraphs=tuple(paragraphs),
        chrome=tuple(sorted(set(chrome))),
        credits=tuple(sorted(set(credits))),
    )
