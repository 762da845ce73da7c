"""References to Party and state documents.

:func:`find_documents` reads references such as "Nghị quyết số 11-NQ/TW, ngày
10-2-2022, của Bộ Chính trị", "Chỉ thị 05 của Bộ Chính trị", "Nghị định
100/2019/NĐ-CP" or "Nghị quyết Trung ương 4 (khóa XII)" into
:class:`~vnpolparse.models.DocumentRef` objects.

A reference is a document type (``data/document_types.tsv``), then a number:

* a Party number, ``NUMBER-TYPECODE/ISSUERCODE`` ("11-NQ/TW", "439 - QĐNS/TW",
  "19-CT/TU"), normalised without spaces;
* a state number, ``NUMBER[/YEAR]/TYPECODE-ISSUERCODE`` ("100/2019/NĐ-CP",
  "01/NQ-CP", "36a/NQ-CP"), or ``NUMBER/YEAR/QHn`` for laws;
* a bare number ("Quy định số 01", "Chỉ thị 05"), which takes the full number
  of a reference to the same document elsewhere in the text;

or, for laws, codes and ordinances (``named`` in the data file), their name and
then the number ("Luật Đất đai số 31/2024/QH15", "Luật sửa đổi, bổ sung một số
điều của Luật ... số ..."); followed, in either order, by a date ("ngày
10-2-2022") and the issuer ("của Bộ Chính trị"; ``data/document_issuers.tsv``;
several named together: "của Bộ Chính trị, Ban Bí thư"; or in a passive clause:
"được Quốc hội thông qua ngày ..."), and a Party term ("khóa X").
The issuer may also stand before the document as the subject of a verb that issues it
("Bộ Chính trị ban hành Nghị quyết ..."); a day that opens that clause is then the
document's date ("Ngày 20-11-2024, Quốc hội thông qua Luật ..."), while the day of a
clause that only uses one ("Ngày 5/3, Tỉnh ủy quán triệt Nghị quyết ...") is not. Bodies
outside that list (police, departments, mass organisations, Front committees, and the
posts that sign for them: "của Công an tỉnh", "của Giám đốc Sở Y tế") are read by the
body grammar of :mod:`vnpolparse._orgs`.
When the text names no issuer, the issuer code inside the number gives it
("NQ-CP" is the Government's; "/TW" says only "Trung ương"). A few kinds of
references without a number are read too ("Nghị quyết Trung ương 4",
"Nghị quyết Đại hội Đảng bộ tỉnh", "Chương trình công tác của Tỉnh ủy").

>>> d = parse_document("Nghị quyết số 11-NQ/TW, ngày 10-2-2022, của Bộ Chính trị")
>>> d.type, d.number, d.code, d.issuer
('Nghị quyết', '11-NQ/TW', 'NQ/TW', 'Bộ Chính trị')
>>> d = find_documents("theo Nghị định 100/2019/NĐ-CP")[0]
>>> d.number, d.code, d.issuer
('100/2019/NĐ-CP', 'NĐ-CP', 'Chính phủ')
>>> d = parse_document("Luật Phòng, chống ma túy số 73/2021/QH14 được Quốc hội thông qua ngày 30/3/2021")
>>> d.type, d.number, d.date, d.issuer
('Luật', '73/2021/QH14', datetime.date(2021, 3, 30), 'Quốc hội')
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from typing import NamedTuple

import attrs

from vnpolparse import _orgs, dates
from vnpolparse._orgs import case_trie, case_variants
from vnpolparse.errors import ParseError
from vnpolparse.lexicon import alternation, load_table
from vnpolparse.models import DocumentRef, Span
from vnpolparse.text import normalized_call

__all__ = ["find_documents", "parse_document", "scan"]

_UPPER = "A-ZĐÀ-ÝĂÂÊÔƠƯẠ-Ỹ"

# --- numbers -------------------------------------------------------------------

_PARTY_NUMBER = r"""
    (?P<pn> \d{1,4} [a-zđ]? )                     # 11, 36a
    [ ]? - [ ]?                                   # "11-", "439 - ", "35- "
    (?P<pt> [A-ZĐ] [A-ZĐa-zđ]{0,5} )              # the type code: NQ, CT, QĐNS, QĐi, CTr
    [ ]? / [ ]?
    (?P<pi> [A-ZĐƯ] [A-ZĐƯa-zđ]{0,8} )            # the issuer code: TW, TU, HU, ĐU, BTCTW
    (?![\w/-])
"""

_STATE_NUMBER = r"""
    (?P<sn> (?: \d{1,2} \. \d{3} | \d{1,5} ) [a-zđ]? )   # 100, 36a, 1.234 (thousands written with a dot)
    (?: / (?P<sy> (?:19|20)\d\d ) )?              # the year, for legal documents
    /
    (?P<sc>                                       # NĐ-CP, QĐ-TTg, TT-BTC, QH14, NQ-UBTVQH15
        [A-ZĐ] [A-ZĐƯa-zđ&]* \d{0,2}
        (?: - [A-ZĐ] [A-ZĐƯa-zđ&]* \d{0,2} )*
    )
    (?![\w/-])
"""

# A bare number: not the start of a longer number, a decimal, a percentage or a code.
_BARE_NUMBER = r"""
    (?P<bn> \d{1,4} [a-zđ]? )
    (?! [\w%] | [.,/-] \w )
"""

# What may follow a bare number written without "số", so that "Quyết định 2 lần" is not read.
_AFTER_BARE = re.compile(rf"[ ]*(?:$|[,.;:)\n]|\(|(?:của|ngày|về|khóa|và)\b|[{_UPPER}])")

# --- the tail: date, issuer, term ------------------------------------------------

_DATE = re.compile(
    r"""
    [ ]* ,? [ ]* (?P<paren> \( [ ]* )?
    (?: (?:ban[ ]hành|ký[ ]ban[ ]hành|ký|thông[ ]qua) [ ]+ )? (?: vào [ ]+ )?
    (?P<text> [Nn]gày [ ]+
        (?: (?P<d1> \d{1,2} ) [ ]? [-/.] [ ]? (?P<m1> \d{1,2} ) (?: [ ]? [-/.] [ ]? (?P<y1> \d{4} ) )?
          | (?P<d2> \d{1,2} ) [ ]+ tháng [ ]+ (?P<m2> \d{1,2} ) (?: [ ]* (?:năm|,) [ ]* (?P<y2> \d{4} ) )?
        )
    )
    (?! [\d/.-]\d )
    (?(paren) [ ]* \) )
    """,
    re.VERBOSE,
)

_TERM = re.compile(r"[ ]*,?[ ]*(?P<paren>\([ ]*)?[Kk]hóa[ ]+(?:[IVXLC]+|\d{1,2})\b(?(paren)[ ]*\))")

_LOCAL_SUFFIX = rf"""
    (?: [ ]+ (?: tỉnh | thành[ ]phố | TP\.? | huyện | quận | thị[ ]xã | xã | phường ) )?
    (?: [ ]+ (?! [Kk]hóa\b ) [{_UPPER}] [^\s,.;:()"]* ){{0,3}}
"""

# A word of the name of a law ("Luật Đất đai số ..."): letters, a year ("năm 2024") or a
# bracketed note ("(sửa đổi)"). Digits and sentence punctuation end the name.
_NAME_WORD = r"(?: năm[ ]\d{4}(?!\d) | [^\W\d_]+ | \( [^\W\d_]+ (?: [ ][^\W\d_]+ )* \) )"

# Issuers joined into one ("của Bộ Chính trị, Ban Bí thư", "của Bộ Nội vụ và Bộ Tài chính"), and
# what must follow the last of them, so that the subject of the next clause ("..., Ban Bí thư đã
# chỉ đạo") is not taken for one. Local bodies join only before a clear end, not before a comma:
# after a reference, "Tỉnh ủy, UBND tỉnh, các sở ..." is more often a list of subjects.
_JOINT = r"(?: [ ]*,[ ]* | [ ]+và[ ]+ )"
_JOINT_END = r"(?= [ ]* (?: $ | [.;:()\n] | (?: về | ngày | khóa | năm | tại | và ) (?!\w) ) )"
_JOINT_END_CENTRAL = r"(?= [ ]* (?: $ | [.,;:()\n] | (?: về | ngày | khóa | năm | tại | và ) (?!\w) ) )"
# Where the issuers are the subject of issuing ("... do Bộ Chính trị, Ban Bí thư ban hành"),
# the verb ends them too.
_JOINT_END_VERB = r"(?= [ ]* (?: đã | vừa | ban[ ]hành | ký | thông[ ]qua | biểu[ ]quyết | phê[ ]duyệt | ra ) (?!\w) )"

# The verbs that issue a document, written between its issuer and it: "Bộ Chính trị ban hành
# Nghị quyết ...", "Quốc hội đã biểu quyết thông qua Luật ...", "UBND tỉnh phê duyệt Đề án ...",
# "Sở Y tế có Công văn ..." (the office style for sending one's own). Verbs that only use or
# pass on one ("quán triệt", "triển khai", "công bố", "gửi") are not among them.
_ISSUING_VERB = r"(?:ban[ ]hành|ký[ ]ban[ ]hành|ký|(?:biểu[ ]quyết[ ]+)?thông[ ]qua|phê[ ]duyệt|ra|có)"
_ISSUED_BY = rf"(?:(?:đã|vừa|cũng|chính[ ]thức)[ ]+){{0,3}}{_ISSUING_VERB}[ ]+$"  # "cũng đã chính thức ban hành"

# Between the issuer and the verb: its term ("Quốc hội khóa XV") and the name of the person who
# signs for it ("Thủ tướng Chính phủ Phạm Minh Chính ký ...").
_SIGNER = rf"(?:[ ]+[{_orgs.UPPER}][{_orgs.LOWER}]+(?![\w-])){{2,4}}"

_CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương"


class _Type(NamedTuple):
    name: str
    codes: tuple[str, ...]
    unnumbered: bool
    named: bool


#: The parts of a document number: number, code, issuer code and year.
_Parts = tuple[str, str, str | None, int | None]


class _Issuer(NamedTuple):
    code: str
    issuer: str
    names: tuple[str, ...]
    local: bool


@functools.cache
def _types() -> dict[str, _Type]:
    """Document types by their case-folded name."""
    return {
        row["type"].casefold(): _Type(
            row["type"], tuple(row["codes"].split()), row["unnumbered"] == "yes", row["named"] == "yes"
        )
        for row in load_table("document_types")
    }


@functools.cache
def _issuers() -> tuple[_Issuer, ...]:
    return tuple(
        _Issuer(row["code"], row["issuer"], tuple(row["names"].split("|")), row["local"] == "yes")
        for row in load_table("document_issuers")
    )


@functools.cache
def _issuer_by_code() -> dict[str, str]:
    return {i.code: i.issuer for i in _issuers() if i.code}


@functools.cache
def _issuer_pattern() -> str:
    """A regex for an issuer as texts name it, places after local bodies included."""
    local = [n for i in _issuers() if i.local for n in i.names]
    central = [n for i in _issuers() if not i.local for n in i.names]
    return rf"""(?:
        (?i: {alternation(local)} ) {_LOCAL_SUFFIX}
      | (?i: {alternation(central)} )
    )"""


@functools.cache
def _joint_issuer_pattern(before_verb: bool = False) -> str:
    """:func:`_issuer_pattern`, or several local or several central issuers named together;
    with ``before_verb``, as the subject of issuing ("Bộ Chính trị, Ban Bí thư ban hành").

    >>> m = re.match(_joint_issuer_pattern(), "Bộ Chính trị, Ban Bí thư về", re.VERBOSE)
    >>> m.group()
    'Bộ Chính trị, Ban Bí thư'
    >>> re.match(_joint_issuer_pattern(), "Bộ Chính trị, Ban Bí thư đã chỉ đạo", re.VERBOSE).group()
    'Bộ Chính trị'
    >>> re.match(_joint_issuer_pattern(True), "Bộ Chính trị, Ban Bí thư ban hành", re.VERBOSE).group()
    'Bộ Chính trị, Ban Bí thư'
    """
    local = alternation(n for i in _issuers() if i.local for n in i.names)
    central = alternation(n for i in _issuers() if not i.local for n in i.names)
    one_local = rf"(?i: {local} ) {_LOCAL_SUFFIX}"
    verb = f"| {_JOINT_END_VERB}" if before_verb else ""
    return rf"""(?:
        {one_local} (?: {_JOINT} {one_local} (?: {_JOINT_END} {verb} ) )*
      | (?i: {central} ) (?: {_JOINT} (?i: {central} ) (?: {_JOINT_END_CENTRAL} {verb} ) )*
    )"""


@functools.cache
def _grammar() -> re.Pattern[str]:
    # Case-insensitive, not inside a word; opening with the first letter as literals, so that
    # ``re`` skips in C to where a type can start (see :func:`vnpolparse._orgs.case_trie`).
    types = case_trie({_types()[k].name.lower(): "" for k in _types()}, r"(?<![\w-].)")
    return re.compile(
        rf"""
        (?P<type> {types} ) (?! \w )
        (?:
            (?: [ ]+ (?P<so> [Ss]ố ) )? [ ]* :? [ ]*
            (?: {_PARTY_NUMBER} | {_STATE_NUMBER} | {_BARE_NUMBER} )
        )?
        """,
        re.VERBOSE,
    )


@functools.cache
def _type_words() -> tuple[tuple[str, ...], str]:
    """The lower-case type names that no other one starts with ("luật", not "bộ luật"'s
    prefix; "nghị quyết" and not "nghị quyết liên tịch"), and the characters that ``re``
    matches case-insensitively with a letter of a type name though their lower case is
    not that letter (the dotless "ı" with "i").

    Where a text has none of those characters and its lower case keeps its length, a
    type name matched by :func:`_grammar` at ``p`` starts one of these words at ``p``
    in ``text.lower()`` (see :func:`_type_starts`).

    >>> words, odd = _type_words()
    >>> "luật" in words, "nghị quyết" in words, "nghị quyết liên tịch" in words, "ı" in odd
    (True, True, False, True)
    """
    names = sorted(_types()[k].name.lower() for k in _types())
    words = tuple(w for w in names if not any(w != v and w.startswith(v) for v in names))
    letters = {ch for name in names for ch in name if not ch.isspace()}
    odd = {v for ch in letters for v in case_variants(ch) if v.lower() != ch}
    return words, "".join(sorted(odd))


def _type_starts(text: str) -> list[int] | None:
    """Every place where a document type may start in ``text``, in order: a superset of
    the places where :func:`_grammar` matches, found with ``str.find`` in the lower-case
    text, much faster than a search with the grammar (whose first letters are among the
    commonest). ``None`` where that would not be a superset: a character whose lower
    case is longer than it or which ``re`` matches with a letter it does not lower to.

    >>> text = "theo Nghị quyết số 11 và NGHỊ QUYẾT 12; luật"
    >>> _type_starts(text)
    [5, 25, 40]
    >>> _type_starts("Luật İ") is None
    True
    """
    low = text.lower()
    words, odd = _type_words()
    if len(low) != len(text) or any(ch in text for ch in odd):
        return None
    found = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            found.add(at)
            at = low.find(word, at + 1)
    return sorted(found)


@functools.cache
def _issuer_tail() -> re.Pattern[str]:
    return re.compile(
        rf"""
        [ ]* ,? [ ]*
        (?: (?P<of> của ) [ ]+ )?
        # "Hội nghị lần thứ sáu Ban Chấp hành ..."
        (?P<plenum> Hội[ ]nghị [ ]+ (?: lần[ ]thứ[ ]+ \w+ [ ]+ | \w+[ ]+ )? )?
        (?P<issuer> {_joint_issuer_pattern()} )
        (?(plenum) (?: [ ]+ (?: lần[ ]thứ[ ]+ )? (?: \d{{1,2}} | [IVX]+ ) (?!\w) )? )   # "Hội nghị Trung ương 4"
        """,
        re.VERBOSE,
    )


@functools.cache
def _passed_by() -> re.Pattern[str]:
    """The issuer in a passive clause right after a reference: "được Quốc hội (khóa XV) thông
    qua", "do Bộ Chính trị ban hành", "được Thủ tướng Chính phủ ký ban hành tại phiên họp thứ
    5"; a date ("ngày ...") may follow it.

    >>> _passed_by().match(" được Ủy ban Thường vụ Quốc hội thông qua ngày 3/4/2024").group("issuer")
    'Ủy ban Thường vụ Quốc hội'
    >>> _passed_by().match(" được Quốc hội quan tâm") is None
    True
    """
    return re.compile(
        rf"{_PASSIVE_OPEN} (?P<issuer> {_joint_issuer_pattern(True)} ) {_PASSIVE_CLOSE}", re.VERBOSE
    )


# The passive clause around the issuer (see :func:`_passed_by`).
_PASSIVE_OPEN = r"[ ]* ,? [ ]* (?: đã[ ]+ )? (?: được | do ) [ ]+"
_PASSIVE_CLOSE = rf"""
    (?: {_TERM.pattern} )?
    [ ]+ (?: ký[ ]ban[ ]hành | ban[ ]hành | (?: biểu[ ]quyết[ ]+ )? thông[ ]qua | phê[ ]duyệt | ký )
    (?: [ ]+ tại [ ]+ (?: [Kk]ỳ[ ]họp | [Pp]hiên[ ]họp | [Hh]ội[ ]nghị ) (?: [ ]+ (?: lần[ ]+ )? thứ )? [ ]+ \w+ )?
    (?! \w )
"""
_PASSIVE_OPEN_RE = re.compile(_PASSIVE_OPEN, re.VERBOSE)
_PASSIVE_CLOSE_RE = re.compile(_PASSIVE_CLOSE, re.VERBOSE)


def _passed_by_body(text: str, pos: int) -> tuple[str, int] | None:
    """The issuer and the end of a passive clause at ``pos`` whose issuer is a body the
    issuer list does not name, read by the body grammar ("do Công an tỉnh ban hành").

    >>> _passed_by_body(" do Sở Y tế tỉnh ban hành ngày 2/5/2024", 0)
    ('Sở Y tế tỉnh', 25)
    """
    opening = _PASSIVE_OPEN_RE.match(text, pos)
    body = _issuer_at(text, opening.end()) if opening else None
    closing = _PASSIVE_CLOSE_RE.match(text, body.end) if body else None
    return (body.name, closing.end()) if body and closing else None


@functools.cache
def _named() -> re.Pattern[str]:
    """The name and number that follow a type cited by its name ("Luật" + " Đất đai số
    31/2024/QH15"): words (commas and "của Luật ..." inside), then "số" and the number. The
    name holds no other capitalised type ("Luật Đất đai và Nghị định số ..." is two
    documents) and does not end with a type ("Luật Đầu tư và Luật số ...", "Luật Đầu tư và
    nghị quyết số ..."), though a law's may end with "pháp luật"."""
    named = sorted(t.name for t in _types().values() if t.named)
    others = alternation(t.name for t in _types().values() if not t.named)
    word = rf"(?! {others} (?!\w) ) {_NAME_WORD}"
    # The name ends neither with a type (but "pháp luật") nor with "số" (a word before the number).
    ends = {*named, "số", "Số", "SỐ"} | {t.name.lower() for t in _types().values() if not t.named}
    not_a_type_before = "".join(f"(?<!{re.escape(n)})" for n in sorted(ends))
    return re.compile(
        rf"""
        [ ]+ {word} (?: (?: [ ]+ | ,[ ]+ ) {word} ){{0,39}} {not_a_type_before}
        [ ]+ (?: (?i: số ) [ ]* :? [ ]* )?
        (?: {_PARTY_NUMBER} | {_STATE_NUMBER} )
        """,
        re.VERBOSE,
    )


def _named_number(text: str, start: int, end: int, kind: _Type) -> tuple[int, int, _Parts] | None:
    """Where a ``kind`` cited by its name starts and ends, its type being ``text[start:end]``,
    and the parts of its number; ``None`` unless the number is a legal document's (with a
    year) whose code is the type's own ("QH15" for a law), so that a name never takes the
    number of another document. Where the name holds another law's type but no "của", it
    lists several laws, and the number is the last one's.

    >>> text = "Luật Bảo vệ môi trường số 72/2020/QH14 quy định"
    >>> _named_number(text, 0, 4, _types()["luật"])
    (0, 38, ('72/2020/QH14', 'QH14', 'QH', 2020))
    >>> _named_number("Luật Đầu tư, Nghị định số 31/2021/NĐ-CP", 0, 4, _types()["luật"]) is None
    True
    >>> text = "Luật Đất đai và Luật Nhà ở số 27/2023/QH15"
    >>> _named_number(text, 0, 4, _types()["luật"])[0]
    16
    """
    m = _named().match(text, end)
    if m is None or not m.group("sy"):
        return None
    parts = _number_parts(m)
    if parts is None or _TRAILING_DIGITS.sub("", parts[1].split("-")[0]) not in kind.codes:
        return None
    name = text[end : m.start("sn")]
    if "của" not in name and (laws := list(_named_in_name().finditer(name))):
        start = end + laws[-1].start(1)
    return start, m.end(), parts


@functools.cache
def _named_in_name() -> re.Pattern[str]:
    """A type cited by its name, inside the name of another."""
    return re.compile(rf"[ ,]({alternation(t.name for t in _types().values() if t.named)})[ ]")


@functools.cache
def _issuer_before() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<issuer>{_joint_issuer_pattern(True)}) (?: {_TERM.pattern} )? (?: {_SIGNER} )? [ ]+ {_ISSUED_BY}",
        re.VERBOSE,
    )


@functools.cache
def _unnumbered() -> re.Pattern[str]:
    """What identifies a document cited without a number, right after its type."""
    return re.compile(
        rf"""
        (?P<central>                                   # "Nghị quyết Trung ương 4", "... Hội nghị Trung ương 8"
            [ ]+ (?: Hội[ ]nghị [ ]+ )? (?: lần[ ]thứ [ ]+ \w+ [ ]+ )?
            (?: Ban[ ]Chấp[ ]hành [ ]+ )? Trung[ ]ương (?: [ ]+ Đảng )?
            (?: [ ]+ (?: lần[ ]thứ [ ]+ )? (?: \d{{1,2}} | [IVX]+ ) \b )?
        )
      | (?P<congress>                                  # "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII"
            [ ]+ Đại[ ]hội
            (?: [ ]+ (?: đại[ ]biểu [ ]+ )? (?: Đảng[ ]bộ (?: [ ]+ (?: tỉnh | thành[ ]phố | huyện | quận | thị[ ]xã
                                                                  | xã | phường | đặc[ ]khu ) )?
                                              (?: [ ]+ [{_UPPER}] [^\s,.;:()"]* ){{0,3}}
                                            | Đảng (?: [ ]+ toàn[ ]quốc )? | toàn[ ]quốc ) )?
            (?: [ ]+ (?: lần[ ]thứ [ ]+ )? (?: [IVXLC]+ \b | \w+ (?= [ ]+ nhiệm[ ]kỳ ) ) )?
            (?: [ ]+ nhiệm[ ]kỳ [ ]+ \d{{4}} [ ]? - [ ]? \d{{4}} )?
        )
      | (?P<of>                                        # "Chương trình công tác của Tỉnh ủy"
            (?: [ ]+ [a-zđà-ỹ]+ ){{0,3}} [ ]+ của [ ]+ (?P<issuer> {_issuer_pattern()} )
        )
        """,
        re.VERBOSE,
    )


_CONTINUATION_RE = re.compile(
    rf"[ ]*(?:,|;|và)[ ]*(?:số[ ]+)?(?:{_PARTY_NUMBER}|{_STATE_NUMBER})",
    re.VERBOSE,
)


# --- reading one reference ---------------------------------------------------------


class _Before(NamedTuple):
    """The issuer named before a document, with the verb that issues it, and the date
    that opens its sentence ("Ngày 3/4, Bộ Chính trị ban hành ...") if one does."""

    issuer: str
    date: re.Match[str] | None


@attrs.define
class _Found:
    """A reference being read; ``stated`` is False while the issuer is only inferred."""

    start: int
    end: int
    type: str
    number: str | None = None
    code: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    stated: bool = False
    year: int | None = None
    #: The clause that issues it, where its issuer or date was taken from there.
    clause: _Before | None = None


def _number_parts(m: re.Match[str]) -> _Parts | None:
    """(number, code, issuer code, year) of the number matched in ``m``, if any."""
    if m.group("pn"):
        code = f"{m.group('pt')}/{m.group('pi')}"
        return f"{m.group('pn')}-{code}", code, m.group("pi"), None
    if m.group("sn"):
        code = m.group("sc")
        year = m.group("sy")
        number = f"{m.group('sn')}/{year}/{code}" if year else f"{m.group('sn')}/{code}"
        return number, code, _state_issuer_code(code), int(year) if year else None
    return None


def _state_issuer_code(code: str) -> str:
    """The issuer's part of the code of a state number: after the type ("NĐ-CP", "KH-CAT-PV01"),
    or first where the type is not written ("SNV-XDCQ", a dispatch of the Sở Nội vụ drafted by
    one of its offices); Quốc hội's term number dropped ("QH15").

    >>> _state_issuer_code("KH-CAT-PV01"), _state_issuer_code("SNV-XDCQ"), _state_issuer_code("QH15")
    ('CAT', 'SNV', 'QH')
    """
    parts = [_TRAILING_DIGITS.sub("", part) for part in code.split("-")]
    if len(parts) > 1 and parts[1] not in _issuer_by_code() and parts[0] in _issuer_by_code():
        return parts[0]
    return parts[1] if len(parts) > 1 else parts[0]


_TRAILING_DIGITS = re.compile(r"\d+$")


def _parse_date(m: re.Match[str], year: int | None) -> dt.date | None:
    """The date matched by :data:`_DATE`, read with :mod:`vnpolparse.dates`.

    A date without a year takes the year of the document number, if it has one.
    """
    first_day = _first_day(m.group("text"))
    if first_day is not None:
        return first_day
    day = m.group("d1") or m.group("d2")
    month = m.group("m1") or m.group("m2")
    written = m.group("y1") or m.group("y2")
    y = int(written) if written else year
    if y is None:
        return None
    try:
        return dt.date(y, int(month), int(day))
    except ValueError:
        return None


@functools.lru_cache(maxsize=64)
def _first_day(date: str) -> dt.date | None:
    """The first day of ``date`` ("ngày 10-2-2022") as :func:`vnpolparse.dates.parse_date`
    reads it, or ``None`` (no such date, or no year). Cached by the date's text: an
    article often cites a document with its date several times."""
    try:
        return dates.parse_date(date).start
    except ParseError:
        return None


_OF = re.compile(r"[ ]*,?[ ]*của[ ]+")

# Capitalised words that the issuer list reads as the place after a local body.
_CAPITALISED_RUN = re.compile(rf"(?:[ ]+[{_UPPER}][^\s,.;:()\"]*)+")


def _body_issuer(text: str, pos: int) -> _orgs.OrgHit | None:
    """The body named at ``pos`` as the body grammar reads it: every Party, state, Front,
    mass-organisation and armed-forces body, places included ("Công an tỉnh Nghệ An", "Sở Nội
    vụ", "Hội Nông dân tỉnh", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh").

    >>> _body_issuer("của Công an tỉnh Nghệ An về", 4).text
    'Công an tỉnh Nghệ An'
    >>> _body_issuer("của Bí thư Tỉnh ủy", 4) is None
    True
    """
    hit = _orgs.reader(text).match_at(pos, after_role=False)
    return hit if hit is not None and hit.is_body else None


@functools.cache
def _post_re() -> re.Pattern[str]:
    """A post (``data/titles.tsv``) and the space after it."""
    return re.compile(rf"(?:{_orgs.role_pattern()})[ ]+", re.IGNORECASE)


class _BodyName(NamedTuple):
    """An issuer read by the body grammar: its name as written, and where it ends."""

    name: str
    end: int


def _issuer_at(text: str, pos: int) -> _BodyName | None:
    """The body named at ``pos`` (:func:`_body_issuer`), or the post of one that signs for it
    ("Giám đốc Sở Y tế tỉnh", "Bộ trưởng Bộ Nội vụ"), as written.

    >>> _issuer_at("Giám đốc Công an tỉnh ký", 0)
    _BodyName(name='Giám đốc Công an tỉnh', end=21)
    """
    post = _post_re().match(text, pos) if text[pos : pos + 1].isupper() else None
    body = _body_issuer(text, post.end()) if post else None
    if body is None:
        body = _body_issuer(text, pos)
    return _BodyName(text[pos : body.end], body.end) if body else None


def _better_body(text: str, listed_end: int, body: _BodyName) -> bool:
    """Whether ``body``, read by the body grammar where the issuer list read an issuer that
    ends at ``listed_end``, names the issuer better: further ("Đảng ủy Công an tỉnh", not
    "Đảng ủy Công"), or short of capitalised words that the list takes for a place and the
    grammar does not (a person's name: "UBND tỉnh Nguyễn Văn An")."""
    if body.end > listed_end:
        return True
    return body.end < listed_end and _CAPITALISED_RUN.fullmatch(text, body.end, listed_end) is not None


def _body_after_of(text: str, pos: int, listed: re.Match[str] | None) -> _BodyName | None:
    """The body named after "của" at ``pos``, where it names the issuer better than
    ``listed``, the reading of :func:`_issuer_tail` there (see :func:`_better_body`)."""
    of = _OF.match(text, pos)
    if of is None:
        return None
    body = _issuer_at(text, of.end())
    if body is None or listed is None or not listed.group("of"):
        return body
    if listed.group("plenum"):
        return None
    return body if _better_body(text, listed.end("issuer"), body) else None


def _read_tail(text: str, found: _Found) -> None:
    """Extend ``found`` over the date, issuer and term that follow it."""
    pos = found.end
    for _ in range(4):
        m = _DATE.match(text, pos)
        if m and found.date is None:
            found.date = _parse_date(m, found.year)
            pos = found.end = m.end()
            continue
        m = _issuer_tail().match(text, pos)
        body = _body_after_of(text, pos, m) if not found.stated else None
        if body is not None:  # "của Công an tỉnh", "của Sở Nội vụ"
            found.issuer, found.stated = body.name, True
            pos = found.end = body.end
            continue
        if m and not found.stated and (m.group("of") or found.number is not None):
            found.issuer, found.stated = _plenum_issuer(m), True
            pos = found.end = m.end()
            continue
        m = _passed_by().match(text, pos) if not found.stated else None
        if m:
            found.issuer, found.stated = m.group("issuer"), True
            pos = found.end = m.end()
            continue
        passed = _passed_by_body(text, pos) if not found.stated else None
        if passed is not None:
            (found.issuer, pos), found.stated = passed, True
            found.end = pos
            continue
        m = _TERM.match(text, pos)
        if m:
            pos = found.end = m.end()
            continue
        break


def _plenum_issuer(m: re.Match[str]) -> str:
    """The issuer read by :func:`_issuer_tail`: a plenum of "Trung ương" ("của Hội nghị Trung
    ương 4") is the Central Committee's, as in "Nghị quyết Trung ương 4".

    >>> _plenum_issuer(_issuer_tail().match(" của Hội nghị Trung ương 8 khóa XIII"))
    'Ban Chấp hành Trung ương'
    >>> _plenum_issuer(_issuer_tail().match(" của Trung ương"))
    'Trung ương'
    """
    issuer = m.group("issuer")
    if m.group("plenum") and issuer.casefold() in ("trung ương", "trung ương đảng"):
        return _CENTRAL_COMMITTEE
    return issuer


# The verb that issues a document, ending where the document starts, and what may stand
# between it and the issuer's name (its term, the signer's name).
_VERB_BEFORE = re.compile(rf"[ ]{_ISSUED_BY}")
_TO_VERB = re.compile(rf"(?: {_TERM.pattern} )? (?: {_SIGNER} )? [ ]+ {_ISSUED_BY}", re.VERBOSE)
_WORD_START = re.compile(rf"(?<![\w-])[{_UPPER}]")

# A sentence that opens with a day, then (after a comma and perhaps a place: "tại Kỳ họp thứ
# 9,") the issuer: "Ngày 12-6-2025, Quốc hội thông qua ...", "Chiều 3/4, UBND tỉnh ban hành ...".
_DATE_LEAD = re.compile(
    rf"""
    (?: (?<![^\n]) | (?<=[.!?][ ]) | (?<=[-:][ ]) )              # where a sentence or the body opens
    (?: [{_UPPER}] \w* (?: [ ] \w+ ){{0,2}} [ ]* , [ ]* )?         # "Trước đó, ", "Cụ thể, "
    (?: [Vv]ào [ ]+ )?
    (?P<text>
        (?: (?: [Ss]áng | [Tt]rưa | [Cc]hiều | [Tt]ối | [Đđ]êm ) [ ]+ (?: ngày [ ]+ )? | [Nn]gày [ ]+
          | (?: [Hh]ôm | [Ss]áng | [Tt]rưa | [Cc]hiều | [Tt]ối | [Đđ]êm ) [ ]+ (?: nay | qua ) [ ]* (?P<lp> \( )? [ ]*
        )                                                          # "Ngày 3/4", "Chiều 3/4", "Sáng nay (3/4)"
        (?: (?P<d1> \d{{1,2}} ) [ ]? [-/.] [ ]? (?P<m1> \d{{1,2}} ) (?: [ ]? [-/.] [ ]? (?P<y1> \d{{4}} ) )?
          | (?P<d2> \d{{1,2}} ) [ ]+ tháng [ ]+ (?P<m2> \d{{1,2}} ) (?: [ ]* (?:năm|,) [ ]* (?P<y2> \d{{4}} ) )?
        )
        (?(lp) [ ]* \) )
    )
    (?! [\d/.-]\d )
    [ ]* ,? [ ]*
    (?: tại [ ]+ [^,.;:!?\n]{{1,60}}? [ ]* , [ ]* )?
    $
    """,
    re.VERBOSE,
)


def _stated_before(text: str, start: int) -> _Before | None:
    """The issuer of the document at ``start`` as the clause that issues it names it
    ("Bộ Chính trị vừa ban hành", "Công an tỉnh đã ký", "thay mặt Ban Bí thư, đồng chí ... đã
    ký"), and the date that opens the clause.

    Only an issuing verb right before the document ties them to it: in "Ngày 5/3, Tỉnh ủy
    quán triệt Nghị quyết ..." the day is the meeting's, not the document's.

    >>> b = _stated_before("Ngày 4-5-2024, Sở Y tế ban hành Kế hoạch số 9/KH-SYT", 32)
    >>> b.issuer, b.date.group("text")
    ('Sở Y tế', 'Ngày 4-5-2024')
    >>> _stated_before("Ngày 4-5-2024, Sở Y tế quán triệt Kế hoạch số 9/KH-SYT", 34) is None
    True
    """
    if _VERB_BEFORE.search(text, max(0, start - 32), start) is None:
        return None
    subject = _subject_before(text, start)
    if subject is not None and subject.date is not None:
        return subject
    return _on_behalf_before(text, start) or subject


def _subject_before(text: str, start: int) -> _Before | None:
    """:func:`_stated_before` where the issuer is the subject of the verb."""
    window_start = max(0, start - 80)
    listed = next((m for m in _issuer_before().finditer(text, window_start, start) if m.end() == start), None)
    # The body grammar reads the bodies the issuer list does not name; the reading that
    # starts first names the issuer in full ("Đảng ủy Công an tỉnh", not "Công an tỉnh").
    for w in _WORD_START.finditer(text, window_start, listed.start() + 1 if listed else start):
        body = _issuer_at(text, w.start())
        if body is None or not _TO_VERB.fullmatch(text, body.end, start):
            continue
        if listed is None or w.start() < listed.start() or _better_body(text, listed.end("issuer"), body):
            return _Before(body.name, _DATE_LEAD.search(text, max(0, w.start() - 100), w.start()))
        break
    if listed is None:
        return None
    at = listed.start()
    return _Before(listed.group("issuer"), _DATE_LEAD.search(text, max(0, at - 100), at))


_ON_BEHALF = re.compile(r"(?<!\w)[Tt]hay[ ]mặt[ ]+")
# From the body acted for to the document: the signer and posts, in one sentence, then the verb.
_SIGNER_TO_VERB = re.compile(rf"[ ]*,[^.;!?\n]{{1,160}}?[ ]+{_ISSUED_BY}")


def _on_behalf_before(text: str, start: int) -> _Before | None:
    """:func:`_stated_before` where a person signs on behalf of the issuer: "Ngày 3/4, thay
    mặt Ban Bí thư, đồng chí ..., Thường trực Ban Bí thư đã ký ban hành Chỉ thị ...".

    >>> b = _on_behalf_before("Ngày 2/4/2024, thay mặt Bộ Chính trị, đồng chí An đã ký Kết luận số 5-KL/TW", 56)
    >>> b.issuer, b.date.group("text")
    ('Bộ Chính trị', 'Ngày 2/4/2024')
    """
    # the last "thay mặt" before the document
    behalf = next(reversed(list(_ON_BEHALF.finditer(text, max(0, start - 240), start))), None)
    if behalf is None:
        return None
    body = _issuer_at(text, behalf.end())
    listed = _issuer_tail().match(text, behalf.end())
    if listed is not None and not listed.group("of") and not listed.group("plenum") and (
        body is None or not _better_body(text, listed.end("issuer"), body)
    ):
        issuer, end = listed.group("issuer"), listed.end("issuer")
    elif body is not None:
        issuer, end = body.name, body.end
    else:
        return None
    if not _SIGNER_TO_VERB.fullmatch(text, end, start):
        return None
    at = behalf.start()
    return _Before(issuer, _DATE_LEAD.search(text, max(0, at - 100), at))


def _read(text: str, m: re.Match[str]) -> list[_Found]:
    """The references that the grammar match ``m`` opens (several for "số 18-NQ/TW và 19-NQ/TW")."""
    written_type = m.group("type")
    kind = _types()[written_type.casefold()]
    capitalised = written_type[0].isupper()
    if not (capitalised and (kind.unnumbered or kind.named)) and m.group("pn", "sn", "bn") == (None, None, None):
        return []  # no number, and not a type cited without one or by its name
    found = _Found(m.start(), m.end(), kind.name)
    parts = _number_parts(m)
    if parts is None and capitalised and kind.named and not m.group("bn"):
        named = _named_number(text, m.start(), m.end("type"), kind)
        if named is not None:  # "Luật Đất đai số 31/2024/QH15"
            found.start, found.end, parts = named
    if parts is not None:
        found.number, found.code, issuer_code, found.year = parts
        if issuer_code in _issuer_by_code():
            found.issuer = _issuer_by_code()[issuer_code]
    elif m.group("bn"):
        bare_ok = (m.group("so") or capitalised) and (
            m.group("so") or not re.fullmatch(r"(?:19|20)\d\d", m.group("bn"))
        )
        if not bare_ok or (not m.group("so") and not _AFTER_BARE.match(text, m.end())):
            found.end = m.end("type")
        else:
            found.number = m.group("bn")
    else:
        found.end = m.end("type")

    if found.number is None:
        return _read_unnumbered(text, found, kind, capitalised)

    out = [found]
    pos = found.end
    while True:
        c = _CONTINUATION_RE.match(text, pos)
        if not c or not (more := _number_parts(c)):
            break
        nxt = _Found(c.start("pn") if c.group("pn") else c.start("sn"), c.end(), kind.name)
        nxt.number, nxt.code, issuer_code, nxt.year = more
        nxt.issuer = _issuer_by_code().get(issuer_code or "")
        out.append(nxt)
        pos = c.end()
    last = out[-1]
    _read_tail(text, last)
    before = _stated_before(text, found.start) if not last.stated or last.date is None else None
    if before is not None:
        _take_clause(last, before, out)
    for other in out[:-1]:
        if last.stated:
            other.issuer, other.stated = last.issuer, True
    return out


def _take_clause(last: _Found, clause: _Before, refs: list[_Found]) -> None:
    """Give ``refs``, the numbers read together that end with ``last``, the issuer and the date
    of the clause that issues them, where the text after them does not state their own
    ("Ngày 3/4, UBND tỉnh ban hành Quyết định số 1/QĐ-UBND và số 2/QĐ-UBND")."""
    taken = False
    if not last.stated:
        last.issuer, last.stated, taken = clause.issuer, True, True
    if clause.date is not None and last.date is None:
        for f in refs:
            f.date = _parse_date(clause.date, f.year)
        taken = True
    if taken:
        last.clause = clause


# References listed one after the other ("Nghị quyết số 57-NQ/TW và Nghị quyết số 59-NQ/TW").
_LISTED = re.compile(r"[ ]*(?:,[ ]*(?:và[ ]+)?|và[ ]+)")


def _share_clauses(found: list[_Found], text: str) -> None:
    """Give the references listed right after one that a clause issues ("Bộ Chính trị ban hành
    Nghị quyết số 57-NQ/TW và Nghị quyết số 59-NQ/TW") the issuer and date of that clause, where
    they state none of their own."""
    for prev, ref in itertools.pairwise(found):
        clause = prev.clause
        if clause is None or ref.stated or ref.date is not None or not _LISTED.fullmatch(text, prev.end, ref.start):
            continue
        _take_clause(ref, clause, [ref])


def _read_unnumbered(text: str, found: _Found, kind: _Type, capitalised: bool) -> list[_Found]:
    if not (capitalised and kind.unnumbered):
        return []
    u = _unnumbered().match(text, found.end)
    if u is None:
        return []
    found.end = u.end()
    if u.group("central"):
        found.issuer, found.stated = _CENTRAL_COMMITTEE, True
    elif u.group("congress"):
        found.issuer, found.stated = u.group("congress").strip(), True
    else:
        found.issuer, found.stated = u.group("issuer"), True
    m = _TERM.match(text, found.end)
    if m:
        found.end = m.end()
    return [found]


# --- the document set ----------------------------------------------------------------


_NUMBER_BREAK = re.compile(r"[-/]")
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")


def _leading_number(number: str) -> str:
    return _LEADING_ZEROS.sub("", _NUMBER_BREAK.split(number, maxsplit=1)[0])


def _resolve(found: list[_Found]) -> None:
    """Give bare numbers the full number of the same document, and share date and issuer
    between the references to one document, so that every mention says the same."""
    full: dict[tuple[str, str], _Found] = {}
    for f in found:
        if f.number and f.code:
            full.setdefault((f.type, _leading_number(f.number)), f)
    for f in found:
        if f.number and not f.code:
            target = full.get((f.type, _leading_number(f.number)))
            if target is not None:
                f.number, f.code = target.number, target.code
    groups: dict[tuple[str, str], list[_Found]] = {}
    for f in found:
        if f.number:
            groups.setdefault((f.type, f.number), []).append(f)
    for group in groups.values():
        date = next((f.date for f in group if f.date), None)
        stated = next((f.issuer for f in group if f.stated), None)
        inferred = next((f.issuer for f in group if f.issuer), None)
        for f in group:
            f.date = f.date or date
            if not f.stated:
                f.issuer = stated or inferred


def scan(text: str) -> tuple[DocumentRef, ...]:
    """Document references in normalised ``text``, in order (see the module docs).

    >>> [d.number for d in scan("Chỉ thị số 05-CT/TW của Bộ Chính trị ... theo Chỉ thị 05 của Bộ Chính trị")]
    ['05-CT/TW', '05-CT/TW']
    >>> scan("Nghị quyết Trung ương 4 (khóa XII)")[0].issuer
    'Ban Chấp hành Trung ương'
    """
    found: list[_Found] = []
    pos = 0
    grammar = _grammar()
    starts = _type_starts(text)
    if starts is None:  # (rare) search with the grammar itself
        while (m := grammar.search(text, pos)) is not None:
            refs = _read(text, m)
            found.extend(refs)
            pos = max(m.end("type"), *(f.end for f in refs)) if refs else m.end("type")
    else:
        # The same matches as the search above: the grammar is tried, in order, at each
        # place where a type may start, from where the last reference ends.
        match = grammar.match
        for start in starts:
            if start < pos or (m := match(text, start)) is None:
                continue
            refs = _read(text, m)
            found.extend(refs)
            pos = max(m.end("type"), *(f.end for f in refs)) if refs else m.end("type")
    _share_clauses(found, text)
    _resolve(found)
    return tuple(
        DocumentRef(
            text[f.start : f.end],
            Span(f.start, f.end),
            f.type,
            number=f.number,
            code=f.code,
            date=f.date,
            issuer=f.issuer,
        )
        for f in found
    )


def find_documents(text: str) -> tuple[DocumentRef, ...]:
    """Document references in ``text`` (any spelling), with spans into ``text``.

    Never raises on a ``str``; returns ``()`` when there is none.

    >>> [(d.type, d.number, d.date) for d in find_documents("Luật số 59/2020/QH14 và Kết luận số 03-KL/TW")]
    [('Luật', '59/2020/QH14', None), ('Kết luận', '03-KL/TW', None)]
    """
    return normalized_call(scan, text)


_TRIM = " \t\n.,;:()\"'"


def parse_document(text: str) -> DocumentRef:
    """The document reference that ``text`` consists of; :class:`ParseError` otherwise.

    >>> parse_document("Quyết định số 439 – QĐNS/TW ngày 6/2/2017 của Ban Bí thư").number
    '439-QĐNS/TW'
    >>> parse_document("Hội nghị tổng kết")
    Traceback (most recent call last):
    ...
    vnpolparse.errors.ParseError: no document reference in 'Hội nghị tổng kết'
    """
    found = find_documents(text)
    if not found:
        raise ParseError(f"no document reference in {text!r}")
    first, last = found[0].span, found[-1].span
    if len(found) > 1 or text[: first.start].strip(_TRIM) or text[last.end :].strip(_TRIM):
        raise ParseError(f"{text!r} holds more than one document reference")
    return found[0]
