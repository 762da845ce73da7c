"""People named in a text, with every title the text gives them.

A person is found by what stands around a run of capitalised syllables:

* titles before the name ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư
  Hà Quang Vinh"; "Theo Chủ tịch UBND tỉnh Bắc Giang Lê Quang Dũng");
* titles after it, after a comma, a dash or a bracket ("Đặng Văn Tùng, Ủy
  viên T.Ư Đảng, Bí thư Tỉnh ủy"; "Ông Thái Minh - Phó Chủ tịch UBND tỉnh");
* a title shared over a list ("các Phó Chủ tịch UBND tỉnh: Mai Tiến, Lê Văn
  Hiệp");
* a form of address, a rank or a degree ("đồng chí", "ông", "Thượng tướng");
* a delegation the person heads ("Đoàn kiểm tra ... do ... làm Trưởng đoàn");
* the delegation a member sits in, in brackets ("đại biểu A (Đoàn ĐBQH tỉnh Y)": "đại
  biểu Quốc hội").

Titles are posts (``data/titles.tsv``) with the body they belong to, read by
the body grammar of :mod:`vnpolparse._orgs`. A title's text is the complete
title: the words written, then the body's name where the writer leaves it to
the context (the title's span stays on the words written). The context is
the next post of the same person ("Phó Bí thư Đảng ủy, Chủ tịch UBND xã X":
"Phó Bí thư Đảng ủy xã X"; "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh
ủy": "Ủy viên Ban Thường vụ Tỉnh ủy"), the one ministry the sentence or the
text names ("Thay mặt Bộ Y tế, Bộ trưởng ..."), the head post named before a
deputy in the paragraph ("... Chủ tịch Hội Nông dân tỉnh; A và B được bầu
giữ chức Phó Chủ tịch"), or the full name of a body written short
("Trưởng Ban Chỉ đạo" after the Ban Chỉ đạo was named in full). Where the
context does not tell, or all that lacks is the province ("Chủ tịch UBND
tỉnh"), the title stays as written. A run with none of the above is
a person only when it is a historical figure (``data/historical_figures.tsv``),
a person already found, or a full name of the usual shape (a family name of
``data/surnames.tsv``, then "Văn" or "Thị", then a given name). Places,
bodies, years of the sexagenary cycle ("Giáp Thìn") and words in capitals are
never people. Mentions of one person are merged: by the same name, by the
given name after a form of address ("ông Dũng"), and by a title that exactly
one person holds ("đồng chí Bí thư Tỉnh ủy").

>>> for p in find_people("Dự có đồng chí Trần Văn Nam, Phó Chủ tịch UBND tỉnh; "
...                      "các Phó Chủ tịch HĐND tỉnh: Mai Tiến, Lê Văn Hiệp."):
...     print(p.name, [t.text for t in p.titles])
Trần Văn Nam ['Phó Chủ tịch UBND tỉnh']
Mai Tiến ['Phó Chủ tịch HĐND tỉnh']
Lê Văn Hiệp ['Phó Chủ tịch HĐND tỉnh']
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from vnpolparse import _orgs, places
from vnpolparse.lexicon import load_table
from vnpolparse.models import BodyKind, Level, Mention, Person, Span, Title
from vnpolparse.text import check_text, remap

__all__ = ["find_people", "scan"]

_UP, _LO = _orgs.UPPER, _orgs.LOWER
_UPPER_CLASS = f"(?-i:[{_UP}])"
# One syllable of a name: "Nguyễn", "Ô", "H'Hen", "Na-ren-đra"; never a word in capitals.
_SYL = rf"[{_UP}][{_LO}]*(?:['’][{_UP}]?[{_LO}]+)?(?:-[{_UP}]?[{_LO}]+)*(?![\w'’])"
# A run of syllables not glued to a word before it. The pattern opens with the capital itself
# (the check of the character before is a lookbehind over two characters), so that ``re``
# skips in C to the next capital.
_RUN = re.compile(
    rf"[{_UP}](?<![\w'’.\-&/].)[{_LO}]*(?:['’][{_UP}]?[{_LO}]+)?(?:-[{_UP}]?[{_LO}]+)*(?![\w'’])(?:[ ]+{_SYL})*"
)
_WORD = re.compile(r"\S+")
_SPACES = re.compile(r"[ ]+")
# Between two titles of one person; between a name and its titles; between names of a list.
# A note in brackets after a body, which says whether it is the body before or after a merger:
# "xã An Lão (cũ)", "tỉnh X (mới)", "huyện Y (nay là thị xã Y)". It does not end the titles.
_BODY_NOTE = r"(?:[ ]*\((?:cũ|mới|trước[ ]+đây|trước[ ]+sáp[ ]+nhập|(?:nay|trước[ ]+đây)[ ]+là[ ]+[^()\n]{1,60})\))?"
_SEP_TITLES = re.compile(rf"{_BODY_NOTE}(?:[ ]*,[ ]*(?:tân[ ]+)?|[ ]+kiêm[ ]+|[ ]+-[ ]+)", re.IGNORECASE)
_SEP_NAME_TITLES = re.compile(r"[ ]*(?:,|-|\()[ ]*(?:tân[ ]+)?", re.IGNORECASE)
_SEP_NAME_TITLES_FIRST = (" ", ",", "-", "(")  # the characters it can start with
#: A bracket of dates or years after a name, a life span ("(15-3-1920 - 7-9-2001)", "(1920 - 2001)"):
#: it stands between the name and its titles without breaking them apart.
_LIFESPAN = re.compile(r"[ ]*\((?=[^)]{0,40}\d{4})[\d ./–-]{4,40}\)")
_LIST_SEP = re.compile(r"[ ]*,[ ]*|[ ]+và[ ]+")
_COLON = re.compile(r"[ ]*:[ ]*")
_SEMICOLON = re.compile(r"[ ]*;[ ]*")
# After a name's own titles in brackets, the next name of a list: "A (Chủ tịch Hội X), B".
_ITEM_AFTER_BRACKET = re.compile(r"[ ]*\)(?:[ ]*[,;][ ]*|[ ]+và[ ]+)")
# What may stand between a plural post and the colon that opens its list of names: "các Phó Chủ
# tịch Ủy ban MTTQ tỉnh là người đứng đầu các đoàn thể: ...".
_BEFORE_COLON = re.compile(r"(?:[ ]+[^\s.;:!?()\[\]\"“”]+){0,8}?[ ]*:[ ]*")
_PLURAL = re.compile(r"(?<!\w)các[ ]+(?:đồng[ ]+chí[ ]+)?$", re.IGNORECASE)
_PLURAL_LAST = ("c", "C", "í", "Í")  # the last letters of "các" and "chí", in either case
# "... do NAME làm Trưởng đoàn": the post a person holds in a delegation.
_LEADS = re.compile(r"[ ]+làm[ ]+(?P<t>(?:phó[ ]+)?trưởng[ ]+(?:đoàn|ban))(?!\w)", re.IGNORECASE)
_DELEGATION = re.compile(r"đoàn[ ]+(?:kiểm[ ]+tra|công[ ]+tác|giám[ ]+sát|khảo[ ]+sát)", re.IGNORECASE)
_MASK = "\x00"
# Between a person (name and titles) and a post the sentence gives them: "X, Chủ tịch ... được
# phân công kiêm Trưởng Ban ...", "X được bầu làm Phó Bí thư ...", "X đồng thời là Chủ tịch ...".
_APPOINTED = re.compile(
    _BODY_NOTE
    + r"""
    [ ]*,?[ ]+
    (?:(?:đồng[ ]+thời|hiện|cũng|nay|vẫn)[ ]+)?
    (?:
        # A move or a seat before the post: "đến nhận công tác tại Ban X, giữ chức ...",
        # "(được chỉ định) tham gia Ban Chấp hành, Ban Thường vụ và giữ chức ...".
        (?:(?:được|đã|vừa)[ ]+)?(?:(?:điều[ ]+động|chỉ[ ]+định|luân[ ]+chuyển)[ ]+)?
        (?:(?:đến|về)[ ]+nhận[ ]+công[ ]+tác[ ]+tại|tham[ ]+gia)
        [ ]+[^.;:!?\n]{1,160}?(?:[ ]*,[ ]*(?:và[ ]+)?|[ ]+và[ ]+)
        (?:giữ|đảm[ ]+nhận|đảm[ ]+nhiệm)[ ]+chức(?:[ ]+vụ)?
      | là
      | (?:(?:đã|vừa|tiếp[ ]+tục)[ ]+)?được
        # who appoints: "được Bộ Chính trị chỉ định"; not a candidacy: "được giới thiệu để bầu ..."
        (?:[ ]+(?!giới[ ]+thiệu|đề[ ]+cử|ứng[ ]+cử)[^\s,.;:]+){0,6}?[ ]+
        (?:bầu(?:[ ]+(?:lại|bổ[ ]+sung))?|phân[ ]+công|bổ[ ]+nhiệm(?:[ ]+lại)?|điều[ ]+động|chỉ[ ]+định|giao
          |luân[ ]+chuyển
          # "được (hiệp thương) cử"; not a candidacy: "được giới thiệu (ứng cử)", "được đề cử".
          |(?<!ứng[ ])(?<!đề[ ])cử)
        (?:[ ]+(?:làm|giữ[ ]+chức(?:[ ]+vụ)?|kiêm(?:[ ]+nhiệm)?|kiêm[ ]+giữ[ ]+chức|tham[ ]+gia))?
        # Won an election: "trúng cử", "(tái) đắc cử", "tái cử", and the post: "tái đắc cử chức ...".
      | (?:(?:đã|vừa|tiếp[ ]+tục)[ ]+)?(?:tái[ ]+(?:đắc|trúng)|đắc|trúng|tái)[ ]+cử
        (?:[ ]+(?:làm|(?:giữ[ ]+)?chức(?:[ ]+vụ)?))?
      | (?:được[ ]+)?(?:giữ|đảm[ ]+nhận|đảm[ ]+nhiệm)[ ]+chức(?:[ ]+vụ)?
      | kiêm(?:[ ]+nhiệm)?
      | làm                                    # "điều động ông X làm Phó Giám đốc ..."
    )
    [ ]+
    """,
    re.VERBOSE | re.IGNORECASE,
)
_APPOINTED_FIRST = (" ", ",")  # the characters it can start with


class _Phrases:
    """Phrases looked up by the words that end right before an offset."""

    def __init__(self, phrases: Iterable[str]) -> None:
        by_last: dict[str, set[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(phrase.lower().split())
            if words:
                by_last.setdefault(words[-1], set()).add(words)
        self._by_last = {last: sorted(entries, key=len, reverse=True) for last, entries in by_last.items()}
        #: The last letters of the phrases (lower-cased).
        self._last_letters = frozenset(last[-1] for last in self._by_last)

    def before(self, text: str, pos: int, *, colon: bool = False) -> tuple[int, str] | None:
        """``(start, phrase as written)`` of a phrase that ends right before ``pos``
        (then spaces, and a colon if ``colon``), or ``None``."""
        # The phrase must be a word of its own: a space (or the colon) right before ``pos``,
        # which the window below then loses from its end.
        if pos <= 0:
            return None
        glued = text[pos - 1]
        if glued != " " and (glued != ":" or not colon):
            return None
        if glued == " " and pos >= 2:
            # The last word then ends with the character before the space: when no phrase ends
            # with that letter lower-cased, none is there. ("Σ" lower-cases by its context.)
            letter = text[pos - 2]
            if (
                letter != " "
                and letter != ":"
                and letter != "Σ"
                and not letter.isspace()
                and letter.lower()[-1] not in self._last_letters
            ):
                return None
        lo = pos - 48 if pos > 48 else 0
        stripped = text[lo:pos].rstrip(" ")
        if colon and stripped[-1:] == ":":
            stripped = stripped[:-1].rstrip(" ")
        last = stripped.rsplit(None, 1)
        if not last:
            return None
        word = last[-1]
        entries = self._by_last.get(word.lower())
        if entries is None:
            return None
        start = len(stripped.rstrip()) - len(word)  # where the last word starts
        head = stripped[:start]
        for entry in entries:  # the longest first
            size = len(entry)
            if size == 1:
                return lo + start, stripped[start:]
            # The words before the last one: as many as the entry has, or all there are.
            parts = head.rsplit(None, size - 1)
            if len(parts) < size - 1:
                continue
            words = parts[len(parts) - size + 1 :]
            if words and tuple([w.lower() for w in words]) == entry[:-1]:
                rest = head[len(parts[0]) :] if len(parts) == size else head  # from the entry's first word
                first = len(head) - len(rest.lstrip())
                return lo + first, stripped[first:]
        return None


@functools.cache
def _non_names(kind: str) -> frozenset[str]:
    """The words of ``data/non_names.tsv`` of one kind (stop, year, context)."""
    return frozenset(row["word"] for row in load_table("non_names") if row["kind"] == kind)


@functools.cache
def _seats() -> _Phrases:
    return _Phrases(_non_names("seat"))


@functools.cache
def _contexts() -> _Phrases:
    return _Phrases(_non_names("context"))


@functools.cache
def _middles() -> frozenset[str]:
    return _orgs.middle_names()


@functools.cache
def _honorific_kinds() -> dict[str, str]:
    """Folded-space, lower-case honorific -> its kind (address, rank, degree)."""
    return {" ".join(r["honorific"].lower().split()): r["kind"] for r in load_table("honorifics")}


@functools.cache
def _honorifics() -> _Phrases:
    return _Phrases(r["honorific"] for r in load_table("honorifics"))


@functools.cache
def _historical() -> dict[str, str]:
    """Every name and alias of a historical figure -> the figure's name."""
    return _orgs.historical_aliases()


@functools.cache
def _countries() -> re.Pattern[str]:
    """A country (``data/countries.tsv``), or Vietnam's mission in one ("Việt Nam tại Nhật Bản")."""
    country = _orgs.country_pattern()  # written with a capital ("Anh", not "anh")
    return re.compile(rf"{country}(?:[ ]+tại[ ]+{country})?(?![\w-])", re.IGNORECASE)


@functools.cache
def _role_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<role>{_orgs.role_pattern()})(?![\w])", re.IGNORECASE)


# The field a post has charge of, in lower case, up to a name or the end of the clause.
_DUTY = re.compile(rf"[ ]+phụ[ ]+trách(?:[ ]+[{_LO}][\w-]*){{1,6}}(?=[ ]+{_UPPER_CLASS}|[ ]*[,.;:)]|$)")
# "nguyên" (former), "cựu" (former) or "quyền" (acting) before a post.
#: "Thường trực" written after the body ("Phó Chủ tịch Quốc hội Thường trực"), not opening a body of its own.
_STANDING = re.compile(r"[ ]+(?P<w>Thường[ ]+trực)(?![\w])")
_MODIFIER = re.compile(r"(?<![\w.])(?P<mod>nguyên|cựu|quyền)[ ]+$", re.IGNORECASE)
_MODIFIER_LAST = ("n", "N", "u", "U")  # the last letters of its words, in either case


def _is_city(name: str) -> bool:
    found = places.province(name)
    return found is not None and found.full_name.startswith("Thành phố")


@functools.lru_cache(maxsize=4096)
def _place_level(name: str) -> str | None:
    """"province" or "district" if ``name`` names a province or a district, else ``None``."""
    if places.province(name) is not None:
        return "province"
    if name in places.district_names():
        return "district"
    return None


def _is_place(name: str) -> bool:
    return _place_level(name) is not None


def _may_be_place_name(name: str, via: set[str]) -> bool:
    """Whether a run that names a place is a person here: a province's name only with a
    form of address or in a list of people, a district's also right after a title."""
    level = _place_level(name)
    if level == "province":
        return bool(via & {"address", "list"})
    if level == "district":
        return bool(via & {"address", "list", "before"})
    return True


# --- Titles ------------------------------------------------------------------------------------------


class _Title(NamedTuple):
    """A title found in the text; the :class:`Title` it gives a person is made by :meth:`public`."""

    start: int
    end: int
    #: The title as written (``text[start:end]``).
    text: str
    role: str
    #: The complete name of the body.
    body: str | None
    #: The identity of the body (see :class:`vnpolparse._orgs.OrgHit`), to tell posts apart.
    body_key: str | None
    former: bool = False
    #: Whether the body is not written but implied by the post ("Thủ tướng" -> "Chính phủ").
    implied: bool = False
    #: Whether the body is not written but told by the context ("Thay mặt Bộ X, Bộ trưởng").
    context: bool = False
    #: An acting post ("quyền Chủ tịch"): another post than the one held after the election.
    acting: bool = False

    def public(self) -> Title:
        """The title as :func:`scan` returns it."""
        return Title(self.text, self.role, self.body, Span(self.start, self.end), self.former)


@functools.cache
def _key_of(name: str) -> str:
    """The identity of a body named in full (as the body grammar reads it)."""
    hit = _orgs.match_at(name, 0, after_role=False)
    return hit.key if hit is not None and hit.end == len(name) else name


def _implied_body(body: str, province: str | None) -> str | None:
    """The body of a post that names none ("Thủ tướng" -> "Chính phủ")."""
    if not body:
        return None
    if body in ("Tỉnh ủy", "Thành ủy") and province:
        return f"{body} {province}"
    return body


@functools.cache
def _combines() -> tuple[tuple[re.Pattern[str], _orgs.Role], ...]:
    """The words that form a post with the body after them ("Trưởng" + "Ban ..."), longest first."""
    out = []
    for row in sorted(load_table("titles"), key=lambda r: -len(r["title"])):
        role = _orgs.role_of(row["title"])
        if role is not None and role.combine:
            out.append((re.compile(_orgs.phrase_pattern(row["title"]) + "[ ]+", re.IGNORECASE), role))
    return tuple(out)


@functools.cache
def _combine_re() -> re.Pattern[str]:
    """Any of the words of :func:`_combines`: where it does not match, none of them does."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _combines()), re.IGNORECASE)


_Reading = tuple[int, str, str | None, str | None]  # end, role, body name, body key


@functools.lru_cache(maxsize=1024)
def _role_of(written: str) -> _orgs.Role | None:
    """:func:`vnpolparse._orgs.role_of`, worked out once for each spelling of a post."""
    return _orgs.role_of(written)


def _parse_title(
    text: str, m: re.Match[str], province: str | None, orgs: _orgs.Resolved, reader: _orgs.Reader
) -> _Reading | None:
    """``(end, role, body name, body key)`` of the title whose post ``m`` matched;
    ``reader`` is ``_orgs.reader(text, province)``.

    Of the readings "post + body" and "word + the body that forms the post
    with it" ("Trưởng đoàn" + nothing, or "Trưởng" + "đoàn ĐBQH tỉnh"), the
    longer one wins.
    """
    role = _role_of(m.group("role"))
    if role is None:
        return None
    post = None if role.combine else _post_reading(text, m, role, province, orgs, reader)
    if _combine_re().match(text, m.start("role")) is None:  # no word of _combines() stands there
        return post
    readings = _combined_readings(text, m, province, orgs, reader)
    if post is not None:
        readings.insert(0, post)
    if len(readings) <= 1:
        return readings[0] if readings else None
    # The longest reading; on a tie, the one that names the body the post heads
    # ("Chánh Văn phòng UBND tỉnh" heads the Văn phòng, not the UBND).
    return max(reversed(readings), key=lambda r: r[0])


def _post_reading(
    text: str, m: re.Match[str], role: _orgs.Role, province: str | None, orgs: _orgs.Resolved, reader: _orgs.Reader
) -> _Reading:
    """The reading "post + the body written after it" (or the body the post implies)."""
    space = _SPACES.match(text, m.end())
    if space is None:
        return _implied_reading(m, role, province)
    after = space.end()
    body = reader.match_at(after)
    if body is not None:
        resolved = orgs.by_span.get((body.start, body.end), body)  # as _named()
        return (_with_parent(text, body, province), role.role, resolved.name, resolved.key)
    if (country := _countries().match(text, after)) is not None and not _name_through(text, country):
        if _own_state(country.group()):  # "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam": Vietnam's post
            return (country.end(), *_implied_reading(m, role, province)[1:])
        # "Thủ tướng Campuchia", "Đại sứ Việt Nam tại Nhật Bản": a post of (or in) another country,
        # or in a province ("Tổng Lãnh sự Nhật Bản tại Đà Nẵng").
        end = country.end()
        if (at := _AT.match(text, end)) is not None and (where := _province_at(text, at.end())) is not None:
            end = where[0]
        return (end, role.role, None, "country:" + _orgs.country_name(country.group()))
    if (abroad := _foreign_province(text, after)) is not None:
        # "Tỉnh trưởng tỉnh Hủa Phăn", "Chủ tịch tỉnh Xiêm Riệp": a province of another country.
        return (abroad, role.role, None, "foreign:" + " ".join(text[after:abroad].split()))
    if (
        _HAMLET_POST.search(m.group("role"))
        and not _full_name_at(text, after)  # "Trưởng thôn Lê Văn An": the person, no hamlet named
        and (hamlet := _proper_name_end(text, after, min(len(text), after + 40))) is not None
    ):
        # "Trưởng thôn Bản Lốc": the hamlet, named after the post.
        return (hamlet, role.role, None, "hamlet:" + " ".join(text[after:hamlet].split()))
    if (other := _other_org(text, after)) is not None:
        # "Tổng Giám đốc Tập đoàn Dầu khí Việt Nam": an organisation outside the political system.
        name = " ".join(text[after:other].split())
        return (_parent_after(text, other, "", province), role.role, name, "org:" + name)
    if role.role in ("Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực"):
        # "Bí thư Bình Định": the secretary of that province's Party committee.
        found = _province_at(text, after)
        if found is not None:
            name = f"{'Thành ủy' if _is_city(found[1]) else 'Tỉnh ủy'} {found[1]}"
            return (found[0], role.role, name, _key_of(name))
    return _implied_reading(m, role, province)


def _full_name_at(text: str, pos: int) -> bool:
    """Whether a person's name of the usual shape (a family name, then "Văn", "Thị" ...) starts at ``pos``.

    >>> _full_name_at("Lê Văn An", 0), _full_name_at("Tân Hòa Lê Văn An", 0)
    (True, False)
    """
    words = text[pos : pos + 24].split(None, 2)
    return len(words) >= 3 and words[0] in _orgs.surnames() and words[1] in _middles() and words[2][:1].isupper()


def _name_through(text: str, country: re.Match[str]) -> bool:
    """Whether a "country" after a post opens a Vietnamese name (:func:`_orgs.opens_name`)."""
    return _orgs.opens_name(text, country.start(), country.end())


_PROVINCE_WORD = re.compile(r"(?:tỉnh|thủ[ ]+đô)[ ]+(?=[^\W\d_])", re.IGNORECASE)


def _foreign_province(text: str, pos: int) -> int | None:
    """End of "tỉnh X" (or "thủ đô X") at ``pos`` when X is a proper name that is no
    Vietnamese province or district: a post there is held in another country.

    >>> text = "Tỉnh trưởng tỉnh Viêng Xay phát biểu"
    >>> text[12 : _foreign_province(text, 12)]
    'tỉnh Viêng Xay'
    >>> _foreign_province("Chủ tịch tỉnh Nghệ An", 9) is None
    True
    """
    word = _PROVINCE_WORD.match(text, pos)
    if word is None or not text[word.end()].isupper():
        return None
    end = _proper_name_end(text, word.end(), min(len(text), word.end() + 40))
    if end is None or _is_place(" ".join(text[word.end() : end].split())):
        return None
    return end


def _own_state(written: str) -> bool:
    """Whether ``written``, a country after a post, is Vietnam's long name alone ("Chủ tịch nước
    Cộng hòa xã hội chủ nghĩa Việt Nam"): the post is Vietnam's own, with the body the post implies.

    >>> _own_state("Cộng hòa xã hội chủ nghĩa Việt Nam"), _own_state("Việt Nam tại Lào")
    (True, False)
    """
    return " tại " not in written and written != "Việt Nam" and _orgs.country_name(written) == "Việt Nam"


def _implied_reading(m: re.Match[str], role: _orgs.Role, province: str | None) -> _Reading:
    """The post alone, with the body it implies ("Thủ tướng": the Government), if any."""
    implied = _implied_body(role.body, province)
    return (m.end(), role.role, implied, _key_of(implied) if implied else None)


def _combined_readings(
    text: str, m: re.Match[str], province: str | None, orgs: _orgs.Resolved, reader: _orgs.Reader
) -> list[_Reading]:
    """The readings "word + the body that forms the post with it" ("Trưởng" + "Ban ...")."""
    out: list[_Reading] = []
    start, limit = m.start("role"), m.end() + 1
    for pattern, combine in _combines():
        word = pattern.match(text, start)
        if word is None or word.end() > limit:
            continue
        body = reader.match_at(word.end())
        if body is None or (body.key.startswith("part:") and (body.start, body.end) not in orgs.by_span):
            continue  # "Phó trưởng ban Thường trực" is a post, not the deputy head of a "Ban Thường trực"
        head = next((c for c in combine.combine if body.name.lower().startswith(c.lower() + " ")), None)
        if head is not None:
            out.append((_with_parent(text, body, province), f"{combine.role} {head}", *_named(body, orgs)))
    return out


_AT = re.compile(r"[ ]+tại[ ]+")
_LOWER_NEXT = re.compile(rf"[ ]+[{_LO}]")
_CLAUSE_END = re.compile(r"[,.;:!?()\[\]\n\"“”]")
#: Words that end an organisation's name: the sentence goes on ("Tập đoàn X và Công ty Y").
_ORG_BREAK = frozenset(
    {"và", "với", "tại", "của", "cho", "đã", "đang", "sẽ", "cùng", "về", "trong", "trên", "để", "là", "được", "thì",
     "khi", "nhằm", "theo"}
)
#: Posts in a hamlet, which its name follows ("Trưởng thôn Bản Lốc").
_HAMLET_POST = re.compile(r"(?:thôn|bản|ấp|xóm|buôn|làng|sóc|khu[ ]+phố|tổ[ ]+dân[ ]+phố)$", re.IGNORECASE)


@functools.cache
def _org_re() -> re.Pattern[str]:
    """An organisation noun (``data/non_names.tsv``, kind org), and the words after it."""
    nouns = _orgs.alternation_of(_non_names("org"))
    word = rf"(?:[{_UP}][\w'’-]*|[{_LO}][\w'’-]*|\d+)"
    return re.compile(rf"(?P<noun>{nouns})(?P<words>(?:(?:[ ]+|[ ]*-[ ]*){word}){{1,12}})", re.IGNORECASE)


@functools.cache
def _org_nouns() -> frozenset[str]:
    """The organisation nouns, lower-cased, that are written with a capital."""
    return frozenset(" ".join(n.lower().split()) for n in _non_names("org") if n[:1].isupper())


def _other_org(text: str, pos: int) -> int | None:
    """End of the name of an organisation outside the political system that starts at
    ``pos`` ("Tập đoàn Điện lực Việt Nam"): up to its last capitalised word, and never into
    the name of the person that follows ("Báo Nhân Dân Trần Thị Hoa").

    >>> text = "Tổng Biên tập Báo Nhân Dân Trần Thị Hoa"
    >>> text[14 : _other_org(text, 14)]
    'Báo Nhân Dân'
    >>> text = "Giám đốc Công ty TNHH Lọc hóa dầu Nghi Sơn cho biết"
    >>> text[9 : _other_org(text, 9)]
    'Công ty TNHH Lọc hóa dầu Nghi Sơn'
    """
    m = _org_re().match(text, pos)
    if m is None or (not text[pos].isupper() and " ".join(m.group("noun").lower().split()) in _org_nouns()):
        return None
    inner = _SPACES.match(text, m.start("words"))
    if inner is not None and text[inner.end() : inner.end() + 1].isupper() and _org_re().match(text, inner.end()):
        # "Hội đồng quản trị Công ty cổ phần X": the board of the company named after it.
        return _other_org(text, inner.end())
    return _proper_name_end(text, m.start("words"), m.end())


def _joins_name(word: str) -> bool:
    """Whether "và" before ``word`` joins two parts of one name ("Quỹ Hòa bình và Phát
    triển"), not two names ("Tập đoàn X và Công ty Y", "... và Nguyễn Văn A")."""
    if not word[:1].isupper() or word in _orgs.surnames():
        return False
    return not any(noun.split()[0] == word for noun in _non_names("org"))


def _proper_name_end(text: str, start: int, end: int) -> int | None:
    """End of the proper name that the words of ``text[start:end]`` begin: up to its last
    capitalised word (or a last word in lower case that ends the clause: "Cộng sản"),
    stopping at a function word, at four words in lower case, and before a person's name."""
    clause = _CLAUSE_END.search(text, start, end)
    words = [w for w in _WORD.finditer(text, start, clause.start() if clause else end) if w.group() != "-"]
    tokens = [w.group() for w in words]
    names, middles = _orgs.surnames(), _middles()
    person = [i for i in range(1, len(tokens) - 1) if tokens[i] in names and tokens[i + 1][:1].isupper()]
    if person:  # a person's name follows: the one whose family name comes before a middle name, else the first
        cut = next((i for i in person if tokens[i + 1] in middles), person[0])
        words, tokens = words[:cut], tokens[:cut]
    last, lower, stop = None, 0, len(tokens)
    for i, token in enumerate(tokens):
        joins = token == "và" and tokens[i + 1 : i + 2] and _joins_name(tokens[i + 1])
        if not joins and (token in _ORG_BREAK or (token == "phụ" and tokens[i + 1 : i + 2] == ["trách"])):
            stop = i
            break
        if token[:1].isupper() or token[:1].isdigit():
            last, lower = i, 0
            continue
        lower += 1
        if lower >= 4:  # "Cơ khí chính xác Đông Anh": up to three words in lower case inside a name
            stop = len(tokens) + 1  # the sentence goes on: no lower-case word ends the name
            break
    if last is None or (not tokens[0][:1].isupper() and not tokens[0][:1].isdigit()):
        return None  # a proper name opens with a capital: "Hội nghị" is no "Hội"
    if person and stop == len(tokens):
        return words[-1].end()  # "Trung tâm Y tế huyện Lê Văn Cường": all up to the person
    if last + 2 == stop:
        last += 1  # "Tạp chí Cộng sản", "Tập đoàn Dầu khí": the name's last word is in lower case
    return words[last].end()


def _province_at(text: str, pos: int) -> tuple[int, str] | None:
    """``(end, short name)`` of a province named at ``pos``."""
    words = [m for m in _WORD.finditer(text, pos, min(len(text), pos + 40))]
    for k in range(min(len(words), 5), 0, -1):  # "Thành phố Hồ Chí Minh"
        end = words[k - 1].end()
        found = places.province(text[pos:end].rstrip(",.;:"))
        if found is not None:
            return pos + len(text[pos:end].rstrip(",.;:")), found.name
    return None


def _named(body: _orgs.OrgHit, orgs: _orgs.Resolved) -> tuple[str, str]:
    """The complete name and identity of a body, as the whole text resolves it."""
    resolved = orgs.by_span.get((body.start, body.end), body)
    return resolved.name, resolved.key


def _with_parent(text: str, body: _orgs.OrgHit, province: str | None) -> int:
    """End of a body name, taking in the body it belongs to when that follows a comma
    ("Vụ Địa phương I, Ban Tổ chức Trung ương")."""
    if body.name.split(None, 1)[0] not in ("Vụ", "Cục", "Văn", "Thanh", "Viện"):
        return body.end
    return _parent_after(text, body.end, body.key, province)


_COMMA = re.compile(r"[ ]*,[ ]*")


def _parent_after(text: str, end: int, key: str, province: str | None) -> int:
    """End of the body, after a comma at ``end``, that a unit named just before belongs to
    ("Học viện Chính trị, Bộ Quốc phòng"); ``end`` itself if none."""
    comma = _COMMA.match(text, end)
    if comma is None:
        return end
    outer = _orgs.reader(text, province).match_at(comma.end(), after_role=False)
    if outer is not None and outer.level is not None and outer.key != key and outer.bare is None:
        return outer.end
    return end


class _Inside:
    """Whether an offset falls inside one of a sorted list of body names."""

    def __init__(self, hits: Sequence[_orgs.OrgHit]) -> None:
        self.starts = [h.start for h in hits]
        self.ends = [h.end for h in hits]
        #: The furthest end of the names that start at or before each one.
        self.reach = list(itertools.accumulate(self.ends, max))

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` falls strictly inside a name (after its start, before its end)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.starts[i] < pos < self.ends[i]

    def holds(self, pos: int) -> bool:
        """Whether the character at ``pos`` belongs to a name (which masking the names blanks)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos


def _titles(
    text: str, province: str | None, orgs: _orgs.Resolved, hits: Sequence[_orgs.OrgHit], inside: _Inside
) -> list[_Title]:
    """Every title in ``text``: a post and, where written, its body. A post inside a
    body's name ("Văn phòng Chủ tịch nước") is none. ``inside`` is ``_Inside(hits)``."""
    starts, ends = inside.starts, inside.ends
    bisect_right = bisect.bisect_right
    match_role = _role_re().match
    seats = _seats()
    reader = _orgs.reader(text, province)
    out: list[_Title] = []
    last_end = 0
    for pos, kinds in _orgs.triggers(text):
        if pos < last_end or not kinds & 2:
            continue
        m = match_role(text, pos)
        if m is None:
            continue
        role_start = m.start("role")
        i = bisect_right(starts, role_start) - 1  # as inside.covers(role_start)
        if i >= 0 and starts[i] < role_start < ends[i]:
            continue  # a post inside a body's name ("Văn phòng Chủ tịch nước")
        parsed = _parse_title(text, m, province, orgs, reader)
        if parsed is None:
            continue
        seat = seats.before(text, pos)  # tested after the reading, which is seldom None
        if seat is not None and seat[1][:1].isupper():
            continue  # a seat named after a post ("Phủ Chủ tịch")
        end, role, body_name, body_key = parsed
        if body_key is None and role in _MINISTERIAL and (space := _SPACES.match(text, end)) is not None:
            field = _orgs.ministry_by_field(text, space.end())  # "Thứ trưởng Ngoại giao"
            if field is not None:
                end, body_name = field[0], field[1]
                body_key = _key_of(body_name)
                after = _SPACES.match(text, end)
                country = _countries().match(text, after.end()) if after is not None else None
                if country is not None:  # "Bộ trưởng Ngoại giao Trung Quốc": that of "Bộ Ngoại giao Trung Quốc"
                    end, body_name = country.end(), None
                    body_key = f"foreign:{body_key}:{_orgs.country_name(country.group())}"
        context = False
        if body_key is None and role in _MINISTERIAL:
            ministry = _ministry_before(text, pos, hits, inside.starts, orgs)
            if ministry is not None and role in _ONE_HOLDER and _held(out, role, ministry[1]):
                ministry = None  # the minister of that ministry is named already: this one heads another
            if ministry is not None:
                body_name, body_key = ministry
                context = True
        duty = _DUTY.match(text, end)  # "Phó Giám đốc Sở phụ trách lĩnh vực y tế"
        if duty is not None:
            end = duty.end()
        elif body_name is not None and role.startswith(("Phó ", "Thứ trưởng")) and "Thường trực" not in role:
            end = _standing_after(text, end, reader)
        start, former, acting = pos, False, False
        if text[pos - 1 : pos] == " ":  # the modifier's words end in spaces
            lo = pos - 9 if pos > 9 else 0
            # They end in "n" or "u", then spaces: a cheap test before the search.
            if text[lo:pos].rstrip(" ")[-1:] in _MODIFIER_LAST and (modifier := _MODIFIER.search(text, lo, pos)):
                former = modifier.group("mod").lower() in ("nguyên", "cựu")
                acting = not former
                if modifier.start() >= last_end:
                    start = modifier.start()
        implied = end == m.end() and body_key is not None
        out.append(_Title(start, end, text[start:end], role, body_name, body_key, former, implied, context, acting))
        last_end = end
    return out


def _standing_after(text: str, end: int, reader: _orgs.Reader) -> int:
    """End of a deputy's title that goes on with "Thường trực" after its body ("Phó Chủ tịch
    UBND tỉnh Thường trực": the standing deputy), else ``end``. "Thường trực" that opens a
    body ("Thường trực HĐND tỉnh") belongs to the next title.

    >>> from vnpolparse import _orgs
    >>> text = "Phó Bí thư Tỉnh ủy Thường trực Hà Văn Minh"
    >>> text[: _standing_after(text, 18, _orgs.reader(text, None))]
    'Phó Bí thư Tỉnh ủy Thường trực'
    >>> text = "Phó Bí thư Tỉnh ủy Thường trực HĐND tỉnh"
    >>> _standing_after(text, 18, _orgs.reader(text, None))
    18
    """
    standing = _STANDING.match(text, end)
    if standing is None:
        return end
    body = reader.match_at(standing.start("w"))
    post = _role_re().match(text, standing.start("w"))
    if (body is not None and body.end > standing.end()) or (post is not None and post.end() > standing.end()):
        return end  # "Thường trực Ban Bí thư", a post of its own
    return standing.end()


#: Posts that belong to a ministry, whose ministry the sentence may have named just before.
_MINISTERIAL = frozenset({"Bộ trưởng", "Thứ trưởng", "Thứ trưởng Thường trực"})
#: Of those, the posts one person holds: a ministry has one minister, and several deputies.
_ONE_HOLDER = frozenset({"Bộ trưởng"})
_SENTENCE_END = re.compile(r"[.!?;:\n]")


def _ministry_before(
    text: str, pos: int, hits: Sequence[_orgs.OrgHit], starts: Sequence[int], orgs: _orgs.Resolved
) -> tuple[str, str] | None:
    """The one ministry named earlier in the sentence, for a post that names none
    ("Thay mặt lãnh đạo Bộ Xây dựng, Bộ trưởng ..."); failing that, the one ministry the
    text has named so far (the ministry whose meeting the article reports); else ``None``."""
    window = max(0, pos - 160)
    sentence = window + max((m.end() for m in _SENTENCE_END.finditer(text, window, pos)), default=0) - window
    i = bisect.bisect_left(starts, sentence)
    for lo in (i, 0):
        found = {orgs.by_span.get((h.start, h.end), h) for h in hits[lo:] if h.end <= pos}
        ministries = {(h.name, h.key) for h in found if h.key.startswith("unit:Bộ ")}
        if ministries:
            return ministries.pop() if len(ministries) == 1 else None
    return None


def _held(titles: Sequence[_Title], role: str, body_key: str) -> bool:
    """Whether one of ``titles`` is the post ``role`` of the body ``body_key``."""
    return any(t.role == role and t.body_key == body_key for t in titles)


@functools.cache
def _agents() -> _Phrases:
    return _Phrases(_non_names("agent"))


def _after_agent(text: str, chain: Sequence[_Title]) -> bool:
    """Whether ``chain`` opens right after a phrase that names someone other than the subject
    ("Thay mặt", "Thừa ủy quyền của", "Theo đề nghị của"): its titles are that other person's,
    and the clause ends at the next comma.

    >>> text = "Thay mặt Chủ tịch nước, Thứ trưởng"
    >>> _after_agent(text, [_Title(9, 22, "Chủ tịch nước", "Chủ tịch nước", None, None)])
    True
    """
    return _agents().before(text, chain[0].start) is not None


def _chains(text: str, titles: list[_Title]) -> list[list[_Title]]:
    """Titles joined by commas or "kiêm" into the posts one person holds. A comma after
    the titles of someone a phrase like "Thay mặt" names ends that clause: the titles after
    it are the subject's ("Thừa ủy quyền của Chủ tịch nước, Thứ trưởng X")."""
    chains: list[list[_Title]] = []
    for t in titles:
        if chains:
            gap = _SEP_TITLES.match(text, chains[-1][-1].end)
            if gap is not None and gap.end() == t.start and not (
                "," in gap.group() and _after_agent(text, chains[-1])
            ):
                chains[-1].append(t)
                continue
        chains.append([t])
    return chains


# --- Titles completed from their context -------------------------------------------------------------

#: The place words of a commune or a district, which open the place a local body is named after.
_LOCAL_PLACE = re.compile(r"(?<!\w)(?:thị[ ]+xã|thị[ ]+trấn|đặc[ ]+khu|xã|phường|huyện|quận)(?!\w)", re.IGNORECASE)
#: A province's place word, before its name in a remainder ("tỉnh Bắc Giang", "thành phố Huế").
_PROVINCE_WORD_OPENING = re.compile(r"(?:tỉnh|thành[ ]+phố|TP\.?)[ ]*", re.IGNORECASE)


def _complete(text: str, chains: Sequence[list[_Title]], hits: Sequence[_orgs.OrgHit], orgs: _orgs.Resolved) -> None:
    """Complete, in place, the text of each title whose body the writer leaves to the context
    (GUIDELINES: a title is "written as in the text but complete"). The words of the body
    that the context gives are appended to the words written; the span stays on the words
    written. A title is left as written where the context does not tell its body for sure,
    and where all it lacks is the province's name ("Chủ tịch UBND tỉnh")."""
    written: dict[int, _orgs.OrgHit] = {}  # the longest body name that ends at each offset
    for h in hits:
        if h.end not in written or h.start < written[h.end].start:
            written[h.end] = h
    paragraph_of = [text.rfind("\n", 0, c[0].start) for c in chains]
    # The deputies' posts each chain holds with no body (before any is completed): a list of deputies.
    bare_deputies = [{t.role for t in c if t.body is None and t.role.startswith("Phó ")} for c in chains]
    for n, chain in enumerate(chains):
        for i, t in enumerate(chain):
            body = _written_body(t, written)
            if t.context and t.body is not None:
                chain[i] = t._replace(text=f"{t.text} {t.body}")
            elif body is not None and (abroad := _foreign_committee(body, chain, i)) is not None:
                chain[i] = t._replace(text=f"{t.text} {abroad[0]}", body=abroad[1], body_key="foreign:" + abroad[1])
            elif body is not None and body.bare is not None:
                rest = _shared_body(text, body, chain, i, written) or _resolved_rest(body, orgs)
                if rest:
                    chain[i] = t._replace(text=f"{t.text} {rest}")
            elif body is None and t.body is None and t.body_key is None:
                if i == 0 and _plural_before(text, t.start):  # "các Phó Tỉnh trưởng: A, B"
                    peer = _peer_before(chains, n, paragraph_of, t.role)
                    if peer is not None:
                        named, rest = peer
                        chain[i] = t._replace(text=f"{t.text} {rest}", body=named.body, body_key=named.body_key)
                        continue
                if t.role.startswith("Phó "):
                    head = _head_before(chains, n, paragraph_of, bare_deputies, t.role[4:], written)
                    if head is not None:
                        named, rest = head
                        chain[i] = t._replace(text=f"{t.text} {rest}", body=named.body, body_key=named.body_key)


def _foreign_committee(body: _orgs.OrgHit, chain: Sequence[_Title], i: int) -> tuple[str, str] | None:
    """``(name, complete body)`` of a province's Party committee named with no place
    ("Tỉnh ủy") before a post of a province of another country in the same chain: that
    province's committee ("Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Viêng Xay": "Tỉnh ủy Viêng Xay")."""
    if body.kind is not BodyKind.PARTY or body.level is not Level.PROVINCE:
        return None
    if " ".join(body.text.split()).lower() != body.family.lower():
        return None  # the committee's place is written
    for t in chain[i + 1 :]:
        if t.body is None and t.body_key is not None and t.body_key.startswith("foreign:"):
            place = t.body_key.removeprefix("foreign:")
            opening = _PROVINCE_WORD.match(place)
            if opening is None:
                return None
            name = place[opening.end() :]
            return name, f"{body.family} {name}"
    return None


def _peer_before(
    chains: Sequence[list[_Title]], n: int, paragraph_of: Sequence[int], role: str
) -> tuple[_Title, str] | None:
    """The nearest title of the same post, with a body, before ``chains[n]`` in its
    paragraph, and the words that name its body: the body a plural of that post with no
    body shares ("A, Phó Tỉnh trưởng tỉnh X; cùng các Phó Tỉnh trưởng: B, C")."""
    for k in range(n - 1, -1, -1):
        if paragraph_of[k] != paragraph_of[n]:
            break
        for t in reversed(chains[k]):
            if t.role != role or t.body_key is None or t.context or t.implied:
                continue
            at = t.text.lower().find(role.lower())
            rest = t.text[at + len(role) :].strip() if at >= 0 else ""
            return (t, rest) if rest else None
    return None


def _written_body(t: _Title, written: dict[int, _orgs.OrgHit]) -> _orgs.OrgHit | None:
    """The body name written in a title, after its post."""
    body = written.get(t.end)
    return body if body is not None and body.start > t.start else None


@functools.cache
def _parent_re(parent: str) -> re.Pattern[str]:
    """The name of a parent body as a pattern, in any case (compiled once per name)."""
    return re.compile(_orgs.phrase_pattern(parent), re.IGNORECASE)

def _shared_body(
    text: str, bare: _orgs.OrgHit, chain: Sequence[_Title], i: int, written: dict[int, _orgs.OrgHit]
) -> str | None:
    """What a body left bare in ``chain[i]`` shares with the next post of the chain that names
    one: the committee of a committee's organ ("Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức
    Tỉnh ủy": "Tỉnh ủy"); the commune or district of a local body, or the unit, for a Party
    committee ("Bí thư Đảng ủy, Chủ tịch UBND xã X": "xã X"; "Bí thư Đảng ủy, Chính ủy Bộ Chỉ
    huy Quân sự tỉnh": "Bộ Chỉ huy Quân sự tỉnh"). ``None`` when the chain does not tell."""
    other = next((b for t in chain[i + 1 :] if (b := _written_body(t, written)) is not None), None)
    if other is None or (other.bare is not None and other.level is None):
        return None  # the other body is as bare: "UBND phường" still tells the level, "Ban Thường vụ" nothing
    if bare.key.startswith("part:"):
        parents = _part_parents().get(bare.family, frozenset())
        parent = other.key.partition("@")[2].partition("|")[0]
        if parent and "committee" in parents:  # an organ of a committee: the committee of the other organ
            found = _parent_re(parent).search(other.text)
            return other.text[found.start() :] if found is not None else None
        if not parent and "committee" not in parents and other.kind is not BodyKind.PARTY:
            # The Party's organ inside a state or Front body ("Ban cán sự đảng", "Đảng đoàn"): that body.
            return other.text
        return None
    if bare.kind is not BodyKind.PARTY or bare.level is not None:
        return None  # a committee whose name tells its level ("Huyện ủy") is complete
    if other.level in (Level.COMMUNE, Level.DISTRICT):  # the place of a local body
        place = _LOCAL_PLACE.search(other.text)
        return other.text[place.start() :] if place is not None else None
    if other.kind is BodyKind.ARMED_FORCES:  # a unit with its own Party committee
        return other.text
    return None


@functools.cache
def _part_parents() -> dict[str, frozenset[str]]:
    """The classes of body each organ of ``data/body_parts.tsv`` belongs to."""
    return {r["name"]: frozenset(r["parents"].split("|")) for r in load_table("body_parts")}


def _resolved_rest(bare: _orgs.OrgHit, orgs: _orgs.Resolved) -> str | None:
    """The words that the body a short name stands for adds to it, from its full name named
    elsewhere in the text ("Ban Chỉ đạo" for "Ban Chỉ đạo Trung ương về phòng, chống tham
    nhũng ..."); ``None`` when that is only the province ("Tỉnh ủy" for "Tỉnh ủy Bắc Giang")."""
    if bare.level is not None:
        return None  # the level is written ("Đảng ủy xã"): that is complete, its name is not needed
    full = orgs.by_span.get((bare.start, bare.end))
    if full is None or full.bare is not None or not full.name.lower().startswith(bare.text.lower() + " "):
        return None
    rest = full.name[len(bare.text) + 1 :]
    # Only the place of a committee whose name tells its level ("Huyện ủy" for "Huyện ủy huyện X"): complete.
    return None if _province_only(rest) or _LOCAL_PLACE.match(rest) else rest


def _province_only(rest: str) -> bool:
    """Whether ``rest`` names only a province ("tỉnh Bắc Giang", "Hà Nội").

    >>> _province_only("tỉnh Bắc Giang"), _province_only("xã Tân Lập")
    (True, False)
    """
    opening = _PROVINCE_WORD_OPENING.match(rest)
    name = rest[opening.end() :] if opening is not None else rest
    return places.province(name) is not None


def _head_before(
    chains: Sequence[list[_Title]],
    n: int,
    paragraph_of: Sequence[int],
    bare_deputies: Sequence[set[str]],
    head: str,
    written: dict[int, _orgs.OrgHit],
) -> tuple[_Title, str] | None:
    """The nearest title of the head post ``head`` ("Chủ tịch" for a bare "Phó Chủ tịch")
    before ``chains[n]`` in its paragraph, with a body written, and the body's words: the body
    a deputy named after it belongs to ("... giữ chức Chủ tịch Liên đoàn Lao động tỉnh; các
    đồng chí A và B được bầu giữ chức Phó Chủ tịch"). A chain that holds the same bare deputy's
    post is another deputy of the list, whose head post is another body's."""
    deputy = f"Phó {head}"
    for k in range(n - 1, -1, -1):
        if paragraph_of[k] != paragraph_of[n]:
            break
        chain = chains[k]
        if deputy in bare_deputies[k]:
            continue
        for t in reversed(chain):
            body = _written_body(t, written)
            if t.role == head and body is not None and (body.bare is None or body.level is not None):
                return t, body.text
    return None


def _conflicts(a: _Title, b: _Title) -> bool:
    """Whether one person cannot hold both posts (a post and its deputy in one body)."""
    if a.body_key is None or a.body_key != b.body_key:
        return False
    ra, rb = a.role, b.role
    return ra == rb or ra.startswith(f"{rb} ") or rb.startswith(f"{ra} ") or ra == f"Phó {rb}" or rb == f"Phó {ra}"


# --- Names -------------------------------------------------------------------------------------------


class _Name(NamedTuple):
    start: int
    end: int
    text: str


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked out (offsets kept), so that no name runs into them."""
    pieces: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        if end > start:
            pieces += (text[pos:start], _MASK * (end - start))
            pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


@functools.cache
def _cut_words() -> frozenset[str]:
    """The words where :func:`_segments` may cut a run: the stop words and the first
    words of the years of the sexagenary cycle. A run with none of them is one name."""
    return _non_names("stop") | {year.split(" ", 1)[0] for year in _non_names("year")}


def _segments(text: str, start: int, end: int) -> list[_Name]:
    """Cut a capitalised run at the words that never belong to a name and at years of the
    sexagenary cycle ("Tết Giáp Thìn")."""
    stops, years, givens = _non_names("stop"), _non_names("year"), _non_names("given")
    if " " not in text[start:end]:
        return [] if text[start:end] in stops else [_Name(start, end, text[start:end])]
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    out: list[_Name] = []
    current: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        a, b = words[i]
        year = i + 1 < len(words) and f"{text[a:b]} {text[words[i + 1][0] : words[i + 1][1]]}" in years
        given = (
            i + 1 == len(words) and current and text[a:b] in givens
            and text[current[0][0] : current[0][1]] in _orgs.surnames()
        )  # "Nguyễn Thực Hiện", "Hà Văn Sáng": a word that opens no name may end one
        if not given and (year or text[a:b] in stops):
            if current:
                out.append(_Name(current[0][0], current[-1][1], text[current[0][0] : current[-1][1]]))
            current = []
            i += 2 if year else 1
            continue
        current.append((a, b))
        i += 1
    if current:
        out.append(_Name(current[0][0], current[-1][1], text[current[0][0] : current[-1][1]]))
    return out


def _family_name_ong(text: str, seg: _Name, first: str, rest: str) -> bool:
    """Whether a capitalised word that is both a form of address and a family name ("Ông",
    "Bà") is the family name here: after a rank or a form of address ("Thiếu tướng Ông Văn
    Mừng"), or before a middle name ("Ông Thị Lan")."""
    if first not in _orgs.surnames():
        return False
    return rest.split()[0] in _middles() or _honorifics().before(text, seg.start, colon=True) is not None


def _strip_address(text: str, seg: _Name) -> _Name | None:
    """Drop a capitalised form of address that opens a run ("Ông Thái Minh"); a run
    that is then a place ("Bà Rịa - Vũng Tàu") is no name at all."""
    first, _, rest = seg.text.partition(" ")
    if (
        rest
        and _honorific_kinds().get(first.lower()) == "address"
        and seg.text not in _historical()
        and not _family_name_ong(text, seg, first, rest)
    ):
        if _is_place(seg.text):
            return None
        start = seg.start + len(first) + 1
        return _Name(start, seg.end, text[start : seg.end])
    return seg


class _Candidate:
    """A run of capitalised syllables that may be a name, with what stands around it."""

    __slots__ = ("anchor", "honorific", "name", "titles", "via")

    def __init__(self, name: _Name, honorific: tuple[int, str] | None = None) -> None:
        self.name = name
        #: Start and text of a form of address, rank or degree right before it.
        self.honorific = honorific
        #: Where the name and its form of address start.
        self.anchor = honorific[0] if honorific is not None else name.start
        self.titles: list[_Title] = []
        #: What makes it a name: "before" (titles before), "after", "list", "address".
        self.via: set[str] = set()


class _Found:
    """A person found, with every title and mention gathered so far."""

    __slots__ = ("honorific", "mentions", "name", "titles")

    def __init__(self, name: str) -> None:
        self.name = name
        self.titles: list[_Title] = []
        self.honorific: str | None = None
        self.mentions: list[tuple[int, int]] = []


@functools.cache
def _address_ends() -> frozenset[str]:
    """The last words of the forms of address, ranks and degrees, lower-cased."""
    return frozenset(r["honorific"].split()[-1].lower() for r in load_table("honorifics"))


@functools.cache
def _address_end_letters() -> frozenset[str]:
    """The last letters of :func:`_address_ends`."""
    return frozenset(end[-1] for end in _address_ends())


def _candidates(text: str, masked: str, in_bodies: _Inside) -> list[_Candidate]:
    """The runs of capitalised syllables that may be names, with the form of address before each.

    ``in_bodies`` tells where the bodies are: a word of a body's name is no form of
    address ("Huyện ủy Kỳ Anh: Lê Văn Hòa ..." has no "anh" before the name)."""
    out = []
    honorifics = _honorifics()
    kinds = _honorific_kinds()
    ends = _address_ends()
    end_letters = _address_end_letters()
    cuts = _cut_words()
    stops = _non_names("stop")
    for run in _RUN.finditer(masked):
        found = run.group()  # as in ``text``: a run holds no masked character
        if " " not in found:  # one word: only a given name after a form of address ("ông Dũng")
            if found in stops:
                continue  # never a name (_segments would drop it)
            start = run.start()
            if start >= 2:
                # The word before ends with this character (or the one before a space): when no
                # form of address ends with that letter lower-cased, none is there.
                letter = text[start - 1]
                if letter == " ":
                    letter = text[start - 2]
                if (
                    letter != " "
                    and letter != ":"
                    and letter != "Σ"  # lower-cased by its context
                    and not letter.isspace()
                    and letter.lower()[-1] not in end_letters
                ):
                    continue
            before = text[start - 12 if start > 12 else 0 : start].rsplit(None, 1)
            if not before or before[-1].rstrip(":").lower() not in ends:
                continue
            segments = [_Name(start, start + len(found), found)]  # as _segments() keeps a lone word
        else:
            start, end = run.span()
            segments = [_Name(start, end, found)] if cuts.isdisjoint(found.split()) else _segments(text, start, end)
        for seg in segments:
            name = seg
            first, _, rest = seg.text.partition(" ")
            if rest and kinds.get(first.lower()) == "address":  # else _strip_address keeps it as it is
                stripped = _strip_address(text, seg)
                if stripped is None:
                    continue
                name = stripped
            honorific = honorifics.before(text, name.start, colon=True)
            if honorific is not None and in_bodies.holds(honorific[0]):
                honorific = None
            if honorific is None:
                if " " not in name.text:
                    continue  # a lone capitalised word: only a given name after "ông", "bà" ...
                out.append(_Candidate(name))
                continue
            cand = _Candidate(name, honorific)
            kind = kinds.get(" ".join(honorific[1].lower().split()))
            cand.via.add("address" if kind == "address" else "rank")
            out.append(cand)
    return out


def _skip_back(text: str, pos: int, chars: str = " ") -> int:
    while pos > 0 and text[pos - 1] in chars:
        pos -= 1
    return pos


def _plural_before(text: str, pos: int) -> bool:
    """Whether "các" (or "các đồng chí") and spaces stand right before ``pos``."""
    if text[pos - 1 : pos] != " ":
        return False  # the words end in spaces
    lo = pos - 16 if pos > 16 else 0
    # The window must end in the last letter of one of the words, then spaces: tested first.
    return text[lo:pos].rstrip(" ")[-1:] in _PLURAL_LAST and _PLURAL.search(text, lo, pos) is not None


@functools.cache
def _count_words() -> frozenset[str]:
    """The numbers from two to ten written out (``data/number_words.tsv``): "năm Phó Chủ tịch"."""
    rows = load_table("number_words")
    return frozenset(r["word"] for r in rows if r["role"] in ("digit", "ten") and r["value"] != "1")


# A number of people before a plural post: "5 Phó Chủ tịch", "ba Phó Chủ tịch"; not a date or a
# number of something else ("ngày 5", "số 12", "tháng 3 ...").
_COUNT = re.compile(r"(?<![\w/.,-])(?P<n>\d{1,2}|\w+)[ ]+$")
_NOT_COUNTING = re.compile(r"(?:ngày|tháng|năm|số|lần|thứ|khóa|phiên|kỳ|hạng|loại)[ ]+$", re.IGNORECASE)


def _counted_before(text: str, pos: int) -> bool:
    """Whether a number of people (two or more) and spaces stand right before ``pos``, the post
    of a list it heads: "5 Phó Chủ tịch UBND tỉnh gồm: ...".

    >>> _counted_before("bầu 5 Phó Chủ tịch", 6), _counted_before("bầu ba Phó Chủ tịch", 7)
    (True, True)
    >>> _counted_before("ngày 5 Chủ tịch", 7), _counted_before("bầu 1 Phó Chủ tịch", 6)
    (False, False)
    """
    if text[pos - 1 : pos] != " ":
        return False
    lo = pos - 24 if pos > 24 else 0
    m = _COUNT.search(text, lo, pos)
    if m is None:
        return False
    n = m.group("n")
    counted = (len(n) <= 2 and int(n) >= 2) if n.isdigit() else n.lower() in _count_words()
    return counted and _NOT_COUNTING.search(text, lo, m.start()) is None


def _titles_before(
    text: str,
    candidates: list[_Candidate],
    chains: list[list[_Title]],
    claimed: set[int],
    bodies: _BodiesAt | None = None,
) -> None:
    """Give each name the titles right before it, and shared titles over lists: "các Phó
    Chủ tịch UBND tỉnh: A, B và C", "các Phó Chủ tịch UBND tỉnh A, B", "các đồng chí: A, B",
    "5 Phó Chủ tịch UBND tỉnh gồm: A, B". ``bodies`` (start -> end, as written, name, key of
    the body named there) completes a shared post by the body in brackets after each name:
    "các Thứ trưởng: A (Bộ Tư pháp), B (Bộ Y tế)"."""
    by_end = {c[-1].end: c for c in chains}
    by_start = {c[0].start: c for c in chains}
    lists: dict[int, Sequence[_Title]] = {}  # where a name of a list may start -> the titles it shares
    name_ends = {c.name.end for c in candidates}
    for shared_chain in chains:
        colon = _BEFORE_COLON.match(text, shared_chain[-1].end)  # seldom there: tested first
        if colon is not None and (
            _plural_before(text, shared_chain[0].start) or _counted_before(text, shared_chain[0].start)
        ):
            lists[colon.end()] = shared_chain
            claimed.add(id(shared_chain))
    for cand in candidates:
        share = lists.get(cand.anchor)  # the titles of the list this name is in
        if share is not None:
            cand.titles.extend(share)
            cand.via.add("list")
        before = cand.anchor
        while before > 0 and text[before - 1] == " ":  # as _skip_back(), inline: this runs for every name
            before -= 1
        chain: list[_Title] | None = by_end.get(before)
        if chain is None and cand.honorific is not None:  # "Trưởng Ban Công tác đại biểu Trần Thị Hoa"
            chain = by_end.get(_skip_back(text, cand.name.start))
        if chain is None and text[before - 1 : before] == "-":  # "Chủ tịch HĐND tỉnh - Lê Thị Nam"
            chain = by_end.get(_skip_back(text, before - 1))
        if chain is None and cand.honorific is not None:  # "Bí thư Tỉnh ủy, đồng chí Lê Văn An"
            chain = by_end.get(_skip_back(text, _skip_back(text, before, ",")))
            if chain is not None and (
                _after_agent(text, chain)
                or _LAM_BEFORE.search(text, max(0, chain[0].start - 16), chain[0].start)
                or _skip_back(text, chain[0].start, " ,-(") in name_ends
            ):
                # "Thay mặt Bí thư Tỉnh ủy, đồng chí Lê Văn An", "do A làm Trưởng đoàn, đồng chí B ...",
                # "ông A - Chủ tịch Hội X, bà B": someone else's
                chain = None
        if chain is not None and id(chain) not in claimed:
            kept: list[_Title] = []
            for t in reversed(chain):  # "Thủ tướng, Phó Thủ tướng X": X is only the deputy
                if any(_conflicts(t, k) for k in kept):
                    break
                kept.append(t)
            kept.reverse()
            cand.titles.extend(kept)
            cand.via.add("before")
            claimed.add(id(chain))
            if _plural_before(text, kept[0].start):
                share = kept  # "các Phó Chủ tịch UBND tỉnh A, B": the first name of a list
        elif share is None and cand.honorific is not None and _plural_before(text, cand.anchor):
            share = ()  # "các đồng chí: A, B và C"
            cand.via.add("list")
        if share is not None:
            sep = _LIST_SEP.match(text, cand.name.end)
            if sep is not None:
                lists[sep.end()] = share
            # Each name with its own titles: "các Ủy viên Ban Thường vụ: A, Trưởng Ban X; B, Chủ nhiệm Y",
            # "các Phó Chủ tịch ...: ông A (Chủ tịch Hội X), bà B (Chủ tịch Hội Y)".
            item = _SEP_NAME_TITLES.match(text, cand.name.end)
            own = by_start.get(item.end()) if item is not None else None
            if item is not None and own is not None:
                # After "A (titles)" a comma or "và"; after "A - titles" too; after "A, titles" a semicolon.
                between = item.group()
                after = (
                    _ITEM_AFTER_BRACKET if "(" in between else _LIST_SEP if "-" in between else _SEMICOLON
                ).match(text, own[-1].end)
                if after is not None:
                    lists[after.end()] = share
            elif share and item is not None and bodies is not None:
                nxt = _body_in_brackets(text, cand, share, item, bodies)  # "A (Bộ Tư pháp), B ..."
                if nxt is not None:
                    lists[nxt] = share
        elif chain is not None and bodies is not None and "(" in text[cand.name.end : cand.name.end + 2]:
            item = _SEP_NAME_TITLES.match(text, cand.name.end)  # "Thứ trưởng A (Bộ Tư pháp)"
            if item is not None and cand.titles:
                _body_in_brackets(text, cand, cand.titles, item, bodies)


class _BodiesAt:
    """The bodies named in a text, by where they start and by where they end, as
    ``(end or start, as written, complete name, key)``; worked out when first asked for."""

    __slots__ = ("_by_end", "_by_start", "_hits", "_orgs")

    def __init__(self, hits: Sequence[_orgs.OrgHit], orgs: _orgs.Resolved) -> None:
        self._hits, self._orgs = hits, orgs
        self._by_start: dict[int, tuple[int, str, str, str]] | None = None
        self._by_end: dict[int, tuple[str, str, str]] | None = None

    def get(self, start: int) -> tuple[int, str, str, str] | None:
        """``(end, as written, name, key)`` of the body named from ``start``, or ``None``."""
        if self._by_start is None:
            self._by_start = {h.start: (h.end, h.text, *_named(h, self._orgs)) for h in self._hits}
        return self._by_start.get(start)

    def by_end(self) -> dict[int, tuple[str, str, str]]:
        """End -> ``(as written, name, key)`` of every body."""
        if self._by_end is None:
            self._by_end = {h.end: (h.text, *_named(h, self._orgs)) for h in self._hits}
        return self._by_end


def _body_in_brackets(
    text: str,
    cand: _Candidate,
    posts: Sequence[_Title],
    item: re.Match[str],
    bodies: _BodiesAt,
) -> int | None:
    """Where the next name of a list starts, when the name ``cand`` is followed by a body alone
    in brackets ("A (Bộ Tư pháp), B ...") and the last of ``posts`` names no body: ``cand`` then
    gets that post in that body ("Thứ trưởng Bộ Tư pháp"). ``None`` if no such bracket is there."""
    if "(" not in item.group():
        return None
    body = bodies.get(item.end())
    post = posts[-1]
    if body is None or post.body_key is not None:
        return None
    end, written, name, key = body
    after = _ITEM_AFTER_BRACKET.match(text, end)
    if after is None and text[end : end + 1] != ")":
        return None
    # The post's span stays on the words written; its text is the complete title.
    cand.titles.append(post._replace(text=f"{post.text} {written}", body=name, body_key=key, implied=False))
    return after.end() if after is not None else None


def _titles_after(text: str, candidates: list[_Candidate], chains: list[list[_Title]], claimed: set[int]) -> None:
    """Give each name the titles after it ("Đặng Văn Tùng, Ủy viên T.Ư Đảng ...")."""
    by_start = {c[0].start: c for c in chains}
    names = _orgs.surnames()
    for cand in candidates:
        n = cand.name
        if text[n.end : n.end + 1] not in _SEP_NAME_TITLES_FIRST:
            continue  # no separator can start there
        span = _LIFESPAN.match(text, n.end) if text[n.end : n.end + 2] in (" (", "(") else None
        sep = _SEP_NAME_TITLES.match(text, span.end() if span is not None else n.end)
        chain = by_start.get(sep.end()) if sep is not None else None
        if chain is None or id(chain) in claimed:
            continue
        if cand.via or n.text.split()[0] in names or "-" in n.text:
            cand.titles.extend(chain)
            cand.via.add("after")
            claimed.add(id(chain))


def _share_back(text: str, candidates: list[_Candidate]) -> None:
    """Give the names of a list that a plural form of address or rank opens the titles written
    after its last name, when none of them has titles of its own: "các đồng chí: A, B và C, Phó
    Giám đốc Sở Y tế" gives all three the post; "các đồng chí: A, Bí thư ...; B, C, Chủ tịch ..."
    gives B and C the second."""
    i = 0
    while i < len(candidates):
        if "list" not in candidates[i].via or candidates[i].titles:
            i += 1
            continue
        j = i  # the run of names without titles, each right after the one before and a separator
        while not candidates[j].titles and j + 1 < len(candidates):
            gap = _LIST_SEP.match(text, candidates[j].name.end)
            if gap is None or candidates[j + 1].anchor != gap.end():
                break
            j += 1
        last = candidates[j]
        after = [t for t in last.titles if t.start >= last.name.end]
        # Titles in brackets are the last name's own: "các đồng chí: A, B (Chủ tịch Hội X)".
        if j > i and after and len(after) == len(last.titles) and "(" not in text[last.name.end : after[0].start]:
            for member in candidates[i:j]:
                member.titles.extend(after)
        i = j + 1


# "X gồm 5 đồng chí, do đồng chí A làm Chủ nhiệm": what stands between the body a clause is about
# and the "do" that names who heads it.
# "X do A làm ...", "X gồm 5 đồng chí, do A ...", "X gồm 5 đồng chí, trong đó A giữ chức ...".
_DO_BEFORE = re.compile(
    r"(?:[ ]*,?[ ]+gồm[ ]+[^,.;:()\n]{1,40}?)?[ ]*,?[ ]+do[ ]+$"
    r"|[ ]*,?[ ]+gồm[ ]+[^,.;:()\n]{1,40}?[ ]*[,:;][ ]*(?:trong[ ]+đó[ ]+)?$",
    re.IGNORECASE,
)
_DO_LAST = ("o", "O", ",", ":", ";", "ó")  # the last letters of the phrases above
_OWNER_BEFORE = re.compile(r"(?<!\w)(?:của|thuộc)[ ]+\Z", re.IGNORECASE)
_LAM_BEFORE = re.compile(r"(?<!\w)(?:làm|giữ[ ]+chức(?:[ ]+vụ)?)[ ]+\Z", re.IGNORECASE)


def _titles_of_subject(text: str, candidates: list[_Candidate], bodies: _BodiesAt, province: str | None) -> None:
    """Give a post that names no body, in "BODY (gồm ...) do NAME làm POST", the body the clause
    is about: "Ủy ban Kiểm tra Đảng ủy xã gồm 5 đồng chí, do đồng chí A làm Chủ nhiệm" gives A
    "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã". The head of a delegation or a "Ban" ("làm Trưởng
    đoàn") is read by :func:`_delegation_title`."""
    for cand in candidates:
        if not cand.titles:
            continue
        # Where the name and the titles before it start: "do Thứ trưởng A làm Trưởng đoàn".
        anchor = min([cand.anchor, *[t.start for t in cand.titles if t.end <= cand.anchor]])
        if text[anchor - 8 if anchor > 8 else 0 : anchor].rstrip(" ")[-1:] not in _DO_LAST:
            continue  # cheap test first: no "do" right before the name
        for i, t in enumerate(cand.titles):
            lam = _LAM_BEFORE.search(text, max(0, t.start - 16), t.start)
            if t.body_key is not None or t.start < cand.name.end or lam is None:
                continue
            lead = _LEADS.match(text, _skip_back(text, lam.start()))
            if lead is not None and lead.start("t") == t.start:  # "Đoàn kiểm tra X do A làm Trưởng đoàn"
                delegation = _delegation_title(text, lead, anchor, province)
                if delegation.body is not None:
                    cand.titles[i] = delegation
                continue
            subject = _clause_subject(text, anchor, bodies)
            if subject is not None:
                written, name, key = _elected_by(*subject)
                cand.titles[i] = t._replace(text=f"{t.text} {written}", body=name, body_key=key, implied=False)


def _elected_by(written: str, name: str, key: str) -> tuple[str, str, str]:
    """The body whose head an organ elects: the body the organ belongs to for an organ with no
    head of its own (``data/non_names.tsv``, kind electing: "Ban Chấp hành Hội Nông dân xã" ->
    "Hội Nông dân xã"), else the organ itself.

    >>> _elected_by("Ban Chấp hành Hội Nông dân xã", "Ban Chấp hành Hội Nông dân xã", "Ban Chấp hành@Hội Nông dân|x")
    ('Hội Nông dân xã', 'Hội Nông dân xã', 'Hội Nông dân|x')
    """
    for organ in _non_names("electing"):
        if written.startswith(organ + " ") and name.startswith(organ + " ") and "@" in key:
            return written[len(organ) + 1 :], name[len(organ) + 1 :], key.partition("@")[2]
    return written, name, key


def _clause_subject(text: str, before: int, bodies: _BodiesAt) -> tuple[str, str, str] | None:
    """``(as written, name, key)`` of the body that "BODY (gồm ...) do" ending at ``before``
    is about, or ``None``: not a body that owns another named before it ("Đoàn công tác của
    Ban X do ...": Ban X is not what the person heads).

    >>> from vnpolparse import _orgs
    >>> text = "Ban Chỉ đạo gồm 9 thành viên, do ông A"
    >>> _clause_subject(text, 33, _BodiesAt(_orgs.scan(text), _orgs.analyse(text, None)))[0]
    'Ban Chỉ đạo'
    """
    lo = before - 80 if before > 80 else 0
    ends = bodies.by_end()
    for m in _DO_BEFORE.finditer(text, lo, before):
        subject = ends.get(m.start())
        if subject is not None:
            start = m.start() - len(subject[0])
            return None if _OWNER_BEFORE.search(text, max(0, start - 8), start) else subject
    return None


@functools.cache
def _heads() -> frozenset[str]:
    """The nouns that open a body and end a post ("Trưởng ban", "Trưởng đoàn"), lower-cased:
    the bodies that the "Trưởng"-like rows of ``data/titles.tsv`` combine with."""
    return frozenset(
        b.strip().lower() for row in load_table("titles") for b in row["combine"].split("|") if " " not in b.strip()
    ) - {""}


def _titles_appointed(
    text: str, candidates: list[_Candidate], chains: list[list[_Title]], claimed: set[int]
) -> None:
    """Give each person the posts the sentence goes on to give them after their name and
    titles ("X, Chủ tịch ..., được phân công kiêm Trưởng Ban Dân vận"; "X là Bí thư ...")."""
    by_start = {c[0].start: c for c in chains}
    names = _orgs.surnames()
    for i, cand in enumerate(candidates):
        if not (cand.via or cand.name.text.split()[0] in names):
            continue
        end = _end_of_titles(cand)
        while text[end : end + 1] in _APPOINTED_FIRST and (link := _APPOINTED.match(text, end)) is not None:
            if _LEADS.match(text, end) is not None:
                break  # "... do NAME làm Trưởng đoàn": the post in the delegation, which scan() reads
            chain = by_start.get(link.end())
            if chain is None or id(chain) in claimed:
                break
            for member in [*_listed_before(text, candidates, i), cand]:
                member.titles.extend(chain)
                member.via.add("after")
            claimed.add(id(chain))
            end = chain[-1].end


def _titles_bracketed(
    text: str, candidates: list[_Candidate], chains: list[list[_Title]], claimed: set[int]
) -> None:
    """Give a name in brackets right after a title, and nothing else in them, that title:
    "Giám đốc Sở Y tế (Lê Văn A) báo cáo". Runs last, so a title another name already
    took ("B, Giám đốc Sở Y tế (Lê Văn A)") stays with it."""
    by_end = {c[-1].end: c for c in chains}
    for cand in candidates:
        if cand.titles or text[cand.name.end : cand.name.end + 1] != ")":
            continue
        opening = _skip_back(text, cand.anchor)
        if text[opening - 1 : opening] != "(":
            continue
        chain = by_end.get(_skip_back(text, opening - 1))
        if chain is not None and id(chain) not in claimed:
            cand.titles.extend(chain)
            cand.via.add("before")
            claimed.add(id(chain))


def _listed_before(text: str, candidates: list[_Candidate], i: int) -> list[_Candidate]:
    """The names before ``candidates[i]`` in a list that a plural opens, each with its own
    titles: "Các đồng chí A, Chủ tịch UBND xã và B, Chủ tịch ... được bầu làm Phó Bí thư"
    gives both the post; none where no plural opens the list."""
    members: list[_Candidate] = []
    anchor = candidates[i].anchor
    for prev in reversed(candidates[:i]):
        gap = _LIST_SEP.match(text, _end_of_titles(prev))
        if gap is None or gap.end() != anchor:
            break
        members.insert(0, prev)
        anchor = prev.anchor
    return members if members and _plural_before(text, anchor) else []


def scan(text: str, *, province: str | None = None) -> tuple[Person, ...]:
    """The people named in ``text``, which must be normalised
    (:func:`vnpolparse.text.normalize`); spans point into ``text``.

    ``province`` is the short name of the province the text is about: it
    completes the bodies of titles ("Bí thư Tỉnh ủy" -> "Tỉnh ủy Bắc Giang").

    >>> [(p.name, p.titles[0].body) for p in scan("Bí thư Tỉnh ủy Nguyễn Văn An phát biểu.", province="Hà Nam")]
    [('Nguyễn Văn An', 'Tỉnh ủy Hà Nam')]
    """
    if not text.strip():
        return ()
    orgs = _orgs.analyse(text, province)
    hits = _orgs.scan(text, province=province)
    in_bodies = _Inside(hits)
    titles = _foreign_places_after(text, _titles(text, province, orgs, hits, in_bodies), hits)
    chains = _chains(text, titles)
    _complete(text, chains, hits, orgs)
    masked = _mask(text, [*[(h.start, h.end) for h in hits], *[(t.start, t.end) for t in titles]])
    candidates = _candidates(text, masked, in_bodies)
    claimed: set[int] = set()  # ids of the chains given to a name
    bodies = _BodiesAt(hits, orgs)
    _titles_before(text, candidates, chains, claimed, bodies)
    _titles_after(text, candidates, chains, claimed)
    _share_back(text, candidates)
    _titles_appointed(text, candidates, chains, claimed)
    _titles_of_subject(text, candidates, bodies, province)
    _titles_bracketed(text, candidates, chains, claimed)
    people: dict[str, _Found] = {}
    weak: list[_Candidate] = []
    seats_at = {h.start: h for h in hits if h.family.startswith(_DELEGATION_OF)}
    contexts = _contexts()
    for cand in candidates:
        if not cand.titles and (
            (contexts.before(masked, cand.anchor) is not None and "address" not in cand.via)
            or _house_number(text, cand.anchor)
        ):
            # "đường Lê Lợi", "16 Lê Hồng Phong", "TP Hồ Chí Minh" (not a word of a body or title); a form
            # of address names the person the thing is for: "đền thờ đồng chí Lê Hồng Phong".
            continue
        name = _accept(cand)
        if name is None:
            if not cand.titles:
                weak.append(cand)
            continue
        found = people.get(name)
        if found is None:
            found = people[name] = _Found(name)
        found.mentions.append((cand.name.start, cand.name.end))
        found.titles.extend(cand.titles)
        if found.honorific is None and "address" in cand.via and cand.honorific is not None:
            found.honorific = " ".join(cand.honorific[1].lower().split())
        seat = _seat_title(text, cand, seats_at) if cand.honorific is not None else None
        if seat is not None:
            found.titles.append(seat)
        end = _end_of_titles(cand)
        leads = _LEADS.match(text, end) if text[end : end + 1] == " " else None  # it starts with spaces
        if leads is not None:
            found.titles.append(_delegation_title(text, leads, cand.anchor, province))
    for cand in weak:
        _weak(text, cand, people)
    _title_references(chains, claimed, people)
    ordered = sorted(people.values(), key=lambda p: min(p.mentions))
    return tuple(_person(p, text) for p in ordered)


#: The family of a body of members that sit in an assembly ("Đoàn đại biểu Quốc hội").
_DELEGATION_OF = "Đoàn đại biểu "
_OPEN_BRACKET = re.compile(r"[ ]*\([ ]*")
_CLOSE_BRACKET = re.compile(r"[ ]*\)")


def _seat_title(text: str, cand: _Candidate, seats_at: dict[int, _orgs.OrgHit]) -> _Title | None:
    """"đại biểu NAME (Đoàn ĐBQH tỉnh X)": a member of the assembly the delegation in
    brackets sits in. The title is the form of address completed by the assembly ("đại
    biểu" + "Quốc hội"); its span is the form of address."""
    assert cand.honorific is not None
    start, written = cand.honorific
    if " ".join(written.lower().split()) != "đại biểu":
        return None
    opening = _OPEN_BRACKET.match(text, cand.name.end)
    seat = seats_at.get(opening.end()) if opening is not None else None
    if seat is None or _CLOSE_BRACKET.match(text, seat.end) is None:
        return None
    assembly = seat.family[len(_DELEGATION_OF) :]
    role = f"Đại biểu {assembly}"
    return _Title(start, start + len(written), f"{written} {assembly}", role, assembly, _key_of(assembly))


def _foreign_places_after(text: str, titles: list[_Title], hits: Sequence[_orgs.OrgHit]) -> list[_Title]:
    """``titles``, each followed by the name of a neighbour's province (``data/foreign_provinces.tsv``)
    taking it in when its body names no place ("Bí thư Tỉnh ủy Luông-pha-bang X", "Phó Tỉnh trưởng
    Xa-vằn-na-khệt Y"): the place ends the title and the person's name starts after it."""
    firsts = _foreign_first_syllables()
    ends: dict[int, _orgs.OrgHit] | None = None
    out = []
    for t in titles:
        if (
            text[t.end + 1 : t.end + 2].isupper()
            and text[t.end : t.end + 1] == " "
            and _first_syllable(text, t.end + 1) in firsts  # seldom: tested before the rest
        ):
            if ends is None:
                ends = {h.end: h for h in hits}
            hit = ends.get(t.end)
            # The body of the title names no place: "Tỉnh ủy", not "Tỉnh ủy Quảng Trị".
            bare = hit is not None and hit.text == hit.family and getattr(hit.level, "value", None) == "province"
            if bare or t.body_key is None:
                t = _with_foreign_place(text, t, hit if bare else None)
        out.append(t)
    return out


_FIRST_SYLLABLE = re.compile(r"[^\s\-,.;:()]+")


def _first_syllable(text: str, pos: int) -> str:
    """The syllable at ``pos`` (up to a space, a hyphen or a mark), lower-cased."""
    m = _FIRST_SYLLABLE.match(text, pos)
    return m.group().lower() if m is not None else ""


@functools.cache
def _foreign_first_syllables() -> frozenset[str]:
    """The first syllables, lower-cased, of the names of the neighbours' provinces of more
    than one syllable (``data/foreign_provinces.tsv``), in every spelling listed."""
    out = set()
    for row in load_table("foreign_provinces"):
        for name in [row["name"], *row["variants"].split("|")]:
            syllables = name.replace("-", " ").split()
            if len(syllables) > 1:
                out.add(syllables[0].lower())
    return frozenset(out)


def _with_foreign_place(text: str, t: _Title, hit: _orgs.OrgHit | None) -> _Title:
    """``t`` taking in the neighbour's province named right after it, if any; ``hit`` is the
    bare provincial body ("Tỉnh ủy") the title ends with, or ``None`` for a post alone.

    >>> t = _Title(0, 14, "Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy", "Tỉnh ủy|province|")
    >>> _with_foreign_place("Bí thư Tỉnh ủy Luông-pha-bang Phon Xay", t, None).text
    'Bí thư Tỉnh ủy Luông-pha-bang'
    """
    words = list(itertools.islice(_WORD.finditer(text, t.end + 1, min(len(text), t.end + 60)), 4))
    for k in range(len(words), 0, -1):
        written = text[words[0].start() : words[k - 1].end()]
        if (" " not in written and "-" not in written) or places.province(written) is not None:
            continue  # one syllable ("Kép") may be a family name; a Vietnamese province is no neighbour's
        found = _orgs._province_of(written)  # the body grammar's own lookup of places
        if found is None:
            continue
        end = words[k - 1].end()
        body: str | None
        if hit is not None:
            body, key = f"{hit.family} {found}", f"{hit.family}|province|{found}"
        else:
            body, key = t.body, "foreign:" + found
        return t._replace(end=end, text=text[t.start : end], body=body, body_key=key, implied=False)
    return t


def _end_of_titles(cand: _Candidate) -> int:
    """Where the name ends, or the last of the titles after it."""
    end = start = cand.name.end
    for t in cand.titles:
        if t.start > start and t.end > end:
            end = t.end
    return end


def _accept(cand: _Candidate) -> str | None:
    """The name of the person a candidate names, if the context makes it one."""
    n = cand.name
    historical = _historical()
    if n.text in historical:
        return historical[n.text]
    if cand.honorific is not None and f"{cand.honorific[1].capitalize()} {n.text}" in historical:
        return historical[f"{cand.honorific[1].capitalize()} {n.text}"]  # "bác Hồ"
    if " " not in n.text or not cand.via or not _may_be_place_name(n.text, cand.via):
        return None
    return n.text


def _house_number(text: str, pos: int) -> bool:
    """Whether a number, then spaces, stands right before ``pos`` ("16 Lê Hồng Phong")."""
    if text[pos - 1 : pos] != " ":
        return False  # no space right before: the window below would keep its length
    return text[pos - 8 if pos > 8 else 0 : pos].rstrip(" ")[-1:].isdigit()


def _weak(text: str, cand: _Candidate, people: dict[str, _Found]) -> None:
    """A run with no title around it: a person already found, a given name after a form
    of address ("ông Dũng"), or a full name of the usual shape ("Nguyễn Văn An")."""
    n = cand.name
    words = n.text.split()
    target = None
    if n.text in people:
        target = people[n.text]
    elif len(words) == 1:
        matches = [p for p in people.values() if p.name.split()[-1] == n.text]
        target = matches[0] if len(matches) == 1 else None
    elif (
        3 <= len(words) <= 4
        and words[0] in _orgs.surnames()
        and words[1] in _middles()
        and not _is_place(n.text)
    ):
        target = people[n.text] = _Found(n.text)
    if target is not None:
        target.mentions.append((n.start, n.end))


def _delegation_title(text: str, lead: re.Match[str], before: int, province: str | None) -> _Title:
    """"Đoàn kiểm tra ... do NAME làm Trưởng đoàn": the post, with the delegation as its body."""
    body = None
    heads = list(_DELEGATION.finditer(text, max(0, before - 300), before))
    if heads:
        hit = _orgs.reader(text, province).match_at(heads[-1].start())
        if hit is not None and " do " in text[hit.end : before + 1]:
            body = hit.name
        elif (do := text.rfind(" do ", heads[-1].end(), before + 1)) >= 0 and not _CLAUSE_END.search(
            text, heads[-1].end(), do
        ):
            body = " ".join(text[heads[-1].start() : do].split())  # "Đoàn công tác của Bộ Y tế"
    bodies = _BodiesAt(_orgs.scan(text, province=province), _orgs.analyse(text, province))  # both cached
    subject = _clause_subject(text, before, bodies)
    if subject is not None and subject[0].split(None, 1)[0].lower() == lead.group("t").split()[-1].lower():
        body = subject[1]  # the body the clause is about: "Ban Chỉ đạo ... do A làm Trưởng ban"
    start, end = lead.span("t")
    words = text[start:end].split()
    role = " ".join(w.capitalize() if i == 0 or w.lower() == "trưởng" else w.lower() for i, w in enumerate(words))
    written = text[start:end]
    # The complete title: "Trưởng đoàn" + the rest of the delegation's name ("kiểm tra số 3 của ...").
    rest = body.split(None, 1)[1:] if body is not None and words[-1].lower() == "đoàn" else []
    return _Title(start, end, " ".join([written, *rest]), role, body, body)


def _title_references(chains: Sequence[list[_Title]], claimed: set[int], people: dict[str, _Found]) -> None:
    """A title with no name that exactly one person holds refers to that person."""
    holders: dict[tuple[str, str | None], list[_Found]] = {}
    for p in people.values():
        for key in {(t.role, t.body_key) for t in p.titles}:
            holders.setdefault(key, []).append(p)
    for chain in chains:
        if id(chain) in claimed:
            continue
        for t in chain:
            who = holders.get((t.role, t.body_key), [])
            if len(who) == 1 and not t.former:
                who[0].mentions.append((t.start, t.end))


def _person(found: _Found, text: str) -> Person:
    """The person with each post once (in its most complete wording) and every mention."""
    titles: dict[tuple[str, str | None, bool], _Title] = {}
    for t in found.titles:
        # An acting post is kept apart from the post itself ("quyền Chủ tịch", then "Chủ tịch").
        key = (f"quyền {t.role}" if t.acting else t.role, t.body_key, t.former)
        best = titles.get(key)
        if best is None or len(t.text) > len(best.text):
            titles[key] = t
    kept: list[_Title]
    if len(titles) == 1:  # the tests below, with the sets of that one post
        (t,) = titles.values()
        kept = [] if t.implied and (t.body_key or "").startswith("country:") else [t]
    else:
        with_body = {(role, former) for role, body, former in titles if body is not None}
        # A post whose body is only implied gives way to the same post of another country:
        # "Phó Thủ tướng Lào X ... Phó Thủ tướng X" is one post, that of Laos.
        foreign = {(t.role, t.former) for t in titles.values() if (t.body_key or "").startswith(_ABROAD)}
        kept = sorted(
            [
                t
                for (role, body, former), t in titles.items()
                if (body is not None or (role, former) not in with_body)
                and not (t.implied and (role, former) in foreign)
            ],
            key=_START,
        )
    return Person(
        found.name,
        tuple([Title(t.text, t.role, t.body, Span(t.start, t.end), t.former) for t in kept]),  # as _Title.public
        found.honorific,
        tuple([Mention(text[s:e], Span(s, e)) for s, e in sorted(set(found.mentions))]),
    )


_START = operator.itemgetter(0)  # the start of a _Title
# The keys of the bodies of another country: "country:Lào", "foreign:unit:Bộ Ngoại giao:Lào".
_ABROAD = ("country:", "foreign:")


def find_people(text: str, *, province: str | None = None) -> tuple[Person, ...]:
    """The people named in ``text`` (any spelling; never raises on a ``str``).

    >>> p = find_people("Ông Thái Minh – Phó Chủ tịch UBND tỉnh Đồng Nai phát biểu.")[0]
    >>> p.name, p.honorific, [(t.role, t.body) for t in p.titles]
    ('Thái Minh', 'ông', [('Phó Chủ tịch', 'Ủy ban nhân dân tỉnh Đồng Nai')])
    """
    check_text(text)
    norm = _orgs.normalized(text)
    return remap(scan(norm.text, province=province), norm)
