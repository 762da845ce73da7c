"""Sentence segmentation that keeps offsets into the text.

:func:`split` cuts normalised text into sentence :class:`~vnpolparse.models.Span`
objects. A sentence never crosses a paragraph break (``"\\n"``). A sentence
ends at ``.``, ``!``, ``?``, an ellipsis (``…``, ``...``) or the ``./.`` that
closes many Vietnamese articles, together with any closing quotes or brackets,
when the next word opens a sentence (a capital letter, a digit or an opening
quote). It does not end:

* after a dotted abbreviation that runs on (``TP. Hồ Chí Minh``, ``ThS.``;
  ``data/sentence_abbreviations.tsv``) or an initial (``C. Mác``);
* inside a number (``14,14``, ``1.234``) or a code (``T.Ư``, ``v.v.``);
* after a list number at the start of a sentence (``1. Tập trung ...``);
* before a lower-case word (``... khó khăn… nhưng``).

A photo credit (``- Ảnh: VGP/Minh Khôi``) closes the caption it follows, so
that a caption run into the next sentence by a scraper is cut off from it; so
does a run of three or more spaces (page chrome blanked out by
:func:`vnpolparse.parse_article`, or the columns of a table).

>>> text = 'Ngày 1/12, TP. Hồ Chí Minh đạt 14,14%. Ông A nói: "Phải làm ngay." Tiếp tục./.'
>>> [text[s.slice] for s in split(text)]
['Ngày 1/12, TP. Hồ Chí Minh đạt 14,14%.', 'Ông A nói: "Phải làm ngay."', 'Tiếp tục./.']

Why a hand-written splitter: underthesea's ``sent_tokenize`` returns strings
(their offsets would have to be searched for again), splits inside a closing
quote (``'..."Tốt.'`` then ``'" Sau đó ...'``), does not know photo credits,
and walks the text one character at a time in Python; this module is one
regular-expression pass per paragraph (see the project's benchmark notes).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from vnpolparse.lexicon import load_table
from vnpolparse.models import Span

__all__ = ["paragraphs", "split"]

#: Upper- and lower-case letters of the Latin script (Vietnamese included).
_UPPER = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha())
_LOWER = "".join(chr(c) for c in range(0x61, 0x1F00) if chr(c).islower() and chr(c).isalpha())

_BOUNDARY_SOURCE = r"""
    (?P<term>
        STOP (?<! STOP STOP )   # the first stop of a run (so the scan stays linear) ...
        (?= (?P<rest> STOP* (?:/\.?)? ) ) (?P=rest)   # ... and the rest of it, taken whole ("./.")
    )
    (?= (?P<close> ["'”’)\]»]* ) ) (?P=close)   # closing quotes and brackets stay with the sentence
    (?= [ ]+ ["'“‘(\[«]* (?P<first> \S ) )      # a space, then the next word's first character
    """
_BOUNDARY = re.compile(_BOUNDARY_SOURCE.replace("STOP", "[.!?…]"), re.VERBOSE)
#: :data:`_BOUNDARY` for a line whose only stops are full stops (most lines): the same matches
#: there, but ``re`` skips to a literal first character much faster than to a class.
_BOUNDARY_DOTS = re.compile(_BOUNDARY_SOURCE.replace("STOP", r"\."), re.VERBOSE)

# A photo credit: "Ảnh: VGP/Minh Khôi", "- Ảnh: N.H". The credit is the first word after the
# colon and then at most four capitalised words; a capitalised word followed by a lower-case
# word or a number opens the next sentence instead ("Ảnh: VGP/Minh Khôi Mở đầu phiên họp").
_CREDIT = re.compile(
    rf"""
    Ảnh (?<! [^\s(|-] Ảnh )         # "Ảnh" at the start of a word
    [ ]? : [ ]*
    [^\s()]+                        # the first word of the credit, always part of it
    (?: [ ]+ (?! [{_UPPER}] \S* [ ]+ [{_LOWER}0-9] ) [{_UPPER}] [^\s()]* ){{0,4}}
    """,
    re.VERBOSE,
)

_GAP = re.compile(r"   +")  # (three spaces or more, written so that re skips to a literal)
_NON_SPACE = re.compile(r"\S")
_INITIALS = re.compile(rf"(?:[{_UPPER}]\.)*[{_UPPER}]")
_OPENERS = "\"'“‘([«"
_PARAGRAPH = re.compile(r"[^\n]+")
_LIST_MARKER = re.compile(r"\s*(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])")
#: The most characters a list number of :data:`_LIST_MARKER` has ("VIII").
_LIST_MARKER_LONGEST = 6
_ROMAN_CONTEXT = re.compile(r"(?:khóa|khoá|lần thứ|thứ|kỳ|quý|Đại hội|phần|chương|mục|giai đoạn)\s+$", re.IGNORECASE)


@functools.cache
def _runs_on() -> frozenset[str]:
    """Abbreviations after whose dot a sentence always continues."""
    return frozenset(row["abbreviation"] for row in load_table("sentence_abbreviations") if row["final"] == "no")


def _is_boundary(text: str, start: int, m: re.Match[str], runs_on: frozenset[str]) -> bool:
    """Whether the stop matched by ``m`` ends the sentence that began at ``start``;
    ``runs_on`` is :func:`_runs_on`."""
    first = m.group("first")
    if not (first.isupper() or first.isdigit()):
        return False
    stop = m.start()
    if m.group("term") != ".":
        return True
    window_start = max(start, stop - 40)
    # The word before the stop (within 40 characters), without opening quotes or brackets: what
    # follows the last space before it, split again for other blanks (a split is much faster
    # than a regex anchored at the end, which is tried from every position of the window).
    if window_start >= stop or text[stop - 1].isspace():
        word = ""
    else:
        space = text.rfind(" ", window_start, stop)
        word = text[window_start if space == -1 else space + 1 : stop].split()[-1]
    token = word.lstrip(_OPENERS)
    if token in runs_on:
        return False
    if "." in token and all(part in runs_on for part in token.split(".") if part):
        return False  # joined academic titles: "PGS.TS.", "GS.TSKH."
    if token[-1:].isupper() and _INITIALS.fullmatch(token):  # (an initial ends with a capital)
        # An initial ("C. Mác", "V.I. Lênin"), unless a Roman numeral after "khóa", "lần thứ" ...
        window = text[window_start:stop]
        return token in tuple("IVXLCDM") and bool(_ROMAN_CONTEXT.search(window[: len(window) - len(token)]))
    # A list number opening the sentence: "1. Tập trung ...", "II. Nhiệm vụ ..." (a longer word is none).
    return len(word) > _LIST_MARKER_LONGEST or not _LIST_MARKER.fullmatch(text, start, stop)


class _Marks(NamedTuple):
    """Which of the rarer marks a text holds at all, so that its lines are not searched for
    them one by one."""

    #: "!", "?" or "…": other stops than the full stop.
    stops: bool
    #: "Ảnh": a photo credit.
    credits: bool
    #: Three spaces: a gap.
    gaps: bool


def _marks(text: str) -> _Marks:
    """The rarer marks that ``text`` holds."""
    return _Marks(
        "!" in text or "?" in text or "…" in text,
        "Ả" in text and "Ảnh" in text,  # (credits are rare; a letter is looked for much faster than a word)
        "   " in text,
    )


def _split_paragraph(text: str, start: int, end: int, marks: _Marks) -> list[tuple[int, int]]:
    """The trimmed ``(start, end)`` bounds of the sentences of the line ``text[start:end]``;
    ``marks`` is :func:`_marks` of ``text``."""
    cuts = []
    sentence_start = start
    runs_on = _runs_on()
    # Within a line the stops' lookbehind sees at most the "\n" before it, so a line without
    # "!", "?" or "…" can be scanned for full stops alone.
    find = text.find
    dots_only = not marks.stops or (
        find("!", start, end) == -1 and find("?", start, end) == -1 and find("…", start, end) == -1
    )
    for m in (_BOUNDARY_DOTS if dots_only else _BOUNDARY).finditer(text, start, end):
        if m.start() >= sentence_start and _is_boundary(text, sentence_start, m, runs_on):
            cuts.append(m.end())
            sentence_start = m.end()
    if marks.credits and find("Ảnh", start, end) != -1:
        for m in _CREDIT.finditer(text, start, end):
            if _NON_SPACE.search(text, m.end(), end):  # something follows the credit on its line
                cuts.append(m.end())
    if marks.gaps and find("   ", start, end) != -1:
        cuts.extend(m.start() for m in _GAP.finditer(text, start, end))
    if not cuts:
        bounds = _trimmed(text, start, end)
        return [] if bounds is None else [bounds]
    if len(cuts) > 1:
        cuts.sort()
    cuts.append(end)
    out = []
    begin = start
    for cut in cuts:
        if cut > begin:
            # (what _trimmed gives, without its call in the usual cases: a sentence after a
            # stop opens with the spaces after it, and ends with no space)
            if text[cut - 1].isspace():
                bounds = _trimmed(text, begin, cut)
                if bounds is not None:
                    out.append(bounds)
            elif text[begin].isspace():
                out.append((cut - len(text[begin:cut].lstrip()), cut))
            else:
                out.append((begin, cut))
            begin = cut
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without the whitespace around ``text[start:end]``; ``None`` if blank."""
    if start >= end:
        return None
    if not text[start].isspace() and not text[end - 1].isspace():
        return start, end  # (the usual case: nothing to trim)
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + lead + len(stripped)


class Lines:
    """The non-blank lines of ``text``, each split into sentences when asked: a reader that
    skips a line does not pay for splitting it.

    >>> lines = Lines("Một. Hai.\\n\\n  Ba")
    >>> lines.bounds
    [(0, 9), (13, 15)]
    >>> lines.sentences(0), lines.sentences(1)
    ([(0, 4), (5, 9)], [(13, 15)])
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._marks = _marks(text)
        #: The ``(start, end)`` bounds of each line, as :func:`paragraphs` gives them.
        self.bounds: list[tuple[int, int]] = []
        self._untrimmed: list[tuple[int, int]] = []
        for m in _PARAGRAPH.finditer(text):
            span = m.span()
            start, end = span
            if text[start].isspace() or text[end - 1].isspace():
                bounds = _trimmed(text, start, end)
                if bounds is None:
                    continue
                self.bounds.append(bounds)
            else:
                self.bounds.append(span)  # (as _trimmed gives it: nothing to trim)
            self._untrimmed.append(span)

    def sentences(self, number: int) -> list[tuple[int, int]]:
        """The ``(start, end)`` bounds of the sentences of line ``number``, as :func:`split`
        gives them."""
        return _split_paragraph(self.text, *self._untrimmed[number], self._marks)


def paragraphs(text: str) -> tuple[Span, ...]:
    """The non-blank lines of ``text``, trimmed of surrounding whitespace.

    >>> [s.start for s in paragraphs("Một.\\n\\n  Hai.")]
    [0, 8]
    """
    out = []
    for m in _PARAGRAPH.finditer(text):
        bounds = _trimmed(text, *m.span())
        if bounds is not None:
            out.append(Span(*bounds))
    return tuple(out)


def split(text: str) -> tuple[Span, ...]:
    """Sentence spans of normalised ``text``, in order, never crossing a ``"\\n"``.

    Spans are trimmed of surrounding whitespace; blank lines give no sentence.

    >>> text = "Đồng chí nhấn mạnh… Cần làm ngay. 1. Rà soát kế hoạch của Tỉnh ủy khóa X. Xong"
    >>> [text[s.slice] for s in split(text)]
    ['Đồng chí nhấn mạnh…', 'Cần làm ngay.', '1. Rà soát kế hoạch của Tỉnh ủy khóa X.', 'Xong']
    >>> split("")
    ()
    """
    marks = _marks(text)
    return tuple(Span(*b) for m in _PARAGRAPH.finditer(text) for b in _split_paragraph(text, *m.span(), marks))
