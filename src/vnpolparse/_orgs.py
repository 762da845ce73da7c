"""The grammar of body names, shared by :mod:`vnpolparse.bodies` and :mod:`vnpolparse.people`.

A body name is read as *part* + *head* + *place*: "Ban Thường vụ" (a part,
``data/body_parts.tsv``) of "Tỉnh ủy" (a head, ``data/local_bodies.tsv``) of
"Bắc Giang" (a place, :mod:`vnpolparse.places`). Heads are the bodies that
exist at every level ("Ủy ban nhân dân", "Công an", "Tỉnh ủy" ...), the fixed
national bodies (``data/bodies.tsv``: "Bộ Chính trị", "Quốc hội" ...), the
Party Central Committee ("Trung ương Đảng", "T.Ư") and the units named by a
field ("Bộ", "Sở", "Phòng", "Cục", "Vụ" + ``data/sectors.tsv``).
Abbreviations (``data/abbreviations.tsv``) are accepted wherever their
expansion is, and expanded in the names returned.

>>> [(h.name, h.text) for h in scan("Ban Thường vụ Tỉnh ủy và UBND tỉnh họp.", province="Bắc Giang")]
[('Ban Thường vụ Tỉnh ủy Bắc Giang', 'Ban Thường vụ Tỉnh ủy'), ('Ủy ban nhân dân tỉnh Bắc Giang', 'UBND tỉnh')]
>>> match_at("Huyện ủy Việt Yên Nguyễn Văn A", 0).name
'Huyện ủy Việt Yên'

This module is private: its names may change without notice.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

import attrs

from vnpolparse import places
from vnpolparse.lexicon import alternation, load_table
from vnpolparse.models import BodyKind, Level
from vnpolparse.text import Normalized, fold, normalize

__all__ = [
    "LOWER",
    "UPPER",
    "OrgHit",
    "Reader",
    "Resolved",
    "Role",
    "alternation_of",
    "analyse",
    "country_name",
    "country_pattern",
    "historical_figures",
    "match_at",
    "ministry_by_field",
    "normalized",
    "opens_name",
    "phrase_pattern",
    "reader",
    "role_of",
    "role_pattern",
    "scan",
    "surnames",
    "triggers",
]


def _letters(upper: bool) -> str:
    """Every Latin letter of the given case (Vietnamese included), as a regex class body."""
    ranges = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
    chars = (chr(c) for c in ranges)
    return "".join(re.escape(c) for c in chars if c.isalpha() and (c.isupper() if upper else c.islower()))


#: Regex class bodies of the upper- and lower-case letters Vietnamese uses.
UPPER = _letters(upper=True)
LOWER = _letters(upper=False)

# Enum members, read once (looking a member up on its class is slow).
_CENTRAL, _PROVINCE_LEVEL, _DISTRICT, _COMMUNE = Level.CENTRAL, Level.PROVINCE, Level.DISTRICT, Level.COMMUNE
_PARTY, _STATE, _OTHER = BodyKind.PARTY, BodyKind.STATE, BodyKind.OTHER
_LEVELS = {"province": _PROVINCE_LEVEL, "district": _DISTRICT, "commune": _COMMUNE, "central": _CENTRAL}
# Each level as written in a key (formatting an enum member is slow).
_LEVEL_TEXT: dict[Level | None, str] = {None: f"{None}", **{level: f"{level}" for level in Level}}
_PROVINCE = _LEVEL_TEXT[_PROVINCE_LEVEL]
# Place keywords as written in names, and the level each one gives.
_KEYWORDS = {
    "tinh": ("tỉnh", _PROVINCE_LEVEL),
    "thanh pho": ("thành phố", None),  # a centrally run city or a provincial city
    "tp": ("thành phố", None),
    "tp.": ("thành phố", None),
    "huyen": ("huyện", _DISTRICT),
    "quan": ("quận", _DISTRICT),
    "thi xa": ("thị xã", _DISTRICT),
    "xa": ("xã", _COMMUNE),
    "phuong": ("phường", _COMMUNE),
    "thi tran": ("thị trấn", _COMMUNE),
    "dac khu": ("đặc khu", _COMMUNE),
}


@functools.lru_cache(maxsize=8192)
def _norm_key(text: str) -> str:
    """A loose key: folded, single-spaced, no space around "-" and ","."""
    return re.sub(r"\s*([-,])\s*", r"\1", " ".join(fold(text).split()))


def phrase_pattern(phrase: str) -> str:
    """A regex for ``phrase`` with flexible spaces around words, "-" and ","; compile
    it with :data:`re.IGNORECASE`.

    >>> bool(re.fullmatch(phrase_pattern("Ban Chấp hành"), "ban chấp  Hành", re.IGNORECASE))
    True
    """
    return "".join(_SEPARATORS.get(sep, "") + re.escape(word) for sep, word in _words(phrase))


_SEPARATORS = {" ": r"[ ]+", "-": r"[ ]*-[ ]*", ",": r"[ ]*,[ ]*"}


def _words(phrase: str) -> list[tuple[str, str]]:
    """``(separator before, word)`` pairs of a phrase; the first separator is empty."""
    out = []
    sep = ""
    for token in re.split(r"(\s*-\s*|\s*,\s*|\s+)", phrase.strip()):
        stripped = token.strip()
        if not token:
            continue
        if not stripped or stripped in "-,":
            sep = stripped or " "
        else:
            out.append((sep, token))
            sep = ""
    return out


#: A word trie: (separator, word, "" or "end") -> the words that may follow.
_Trie = dict[tuple[str, str, str], "_Trie"]


def _alternation(phrases: Iterable[str], *, caseless: bool = False) -> str:
    """A regex matching any of ``phrases``, the longest one first.

    The phrases are merged into a word trie, each level guarded by a one-letter
    lookahead, so that the regex engine only tries the few branches that can
    match where it stands (a plain alternation of hundreds of phrases is slow).
    Compile it with :data:`re.IGNORECASE` (the case a phrase needs is checked
    after matching). Spaces, "-" and "," between words may vary.

    With ``caseless`` the regex is only for :data:`re.IGNORECASE`: each first
    letter is read as a case-sensitive class of every character that matches it
    ignoring case (:func:`case_variants`), which ``re`` tests far faster where
    many branches start (it skips a branch whose class does not match without
    entering it; a lookahead or a case-insensitive letter it enters).

    >>> bool(re.fullmatch(_alternation(["Ban Chấp hành", "Ban Bí thư"]), "ban  chấp Hành", re.I))
    True
    >>> bool(re.fullmatch(_alternation(["Ban Chấp hành", "Ban Bí thư"], caseless=True), "ban  chấp Hành", re.I))
    True
    """
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for sep, word in _words(phrase):
            node = node.setdefault((sep, word.lower(), ""), {})
        node[("", "", "end")] = {}
    return _emit(trie, caseless)


@functools.lru_cache(maxsize=512)
def _first_letter_class(first: str) -> str | None:
    """A case-sensitive class of the characters that ``(?i:first)`` matches, or ``None``
    where :func:`case_variants` does not apply."""
    try:
        variants = case_variants(first)
    except ValueError:
        return None
    return "(?-i:[" + "".join(re.escape(v) for v in variants) + "])"


def _emit(node: _Trie, caseless: bool = False) -> str:
    """The regex of a trie node: its words grouped by first letter, the longest first."""
    branches: dict[tuple[str, str], list[tuple[str, str]]] = {}
    terminal = False
    for (sep, word, flag), child in node.items():
        if flag == "end":
            terminal = True
            continue
        branches.setdefault((sep, word[:1].lower()), []).append((word, _emit(child, caseless) if child else ""))
    groups = []
    for (sep, first), items in sorted(branches.items()):
        items.sort(key=lambda item: (-len(item[0]), item[0]))
        opening = _first_letter_class(first) if caseless else None
        if opening is not None and all(word[:1] == first for word, _ in items):
            # The class reads the first letter; each branch goes on from the second.
            body = "|".join(re.escape(word[1:]) + rest for word, rest in items)
        else:
            letters = re.escape("".join(sorted({first, first.upper()})))
            opening = f"(?=[{letters}])"
            body = "|".join(re.escape(word) + rest for word, rest in items)
        body = f"(?:{body})" if len(items) > 1 else body
        groups.append(f"{_SEPARATORS.get(sep, '')}{opening}{body}")
    if not groups:
        return ""
    alternation = "(?:" + "|".join(groups) + ")"
    return alternation + "?" if terminal else alternation


@functools.cache
def _abbreviations() -> tuple[tuple[str, str], ...]:
    """``(abbreviation, expansion)`` for the expansions that are parts of proper names."""
    rows = load_table("abbreviations")
    return tuple(
        (r["abbreviation"], r["expansion"])
        for r in rows
        if r["expansion"][:1].isupper() and " " in r["expansion"] and r["expansion"] != "Thành phố"
    )


def _variants(phrase: str) -> set[str]:
    """``phrase`` with its abbreviated spellings ("Ủy ban nhân dân" -> "UBND")."""
    out = {phrase}
    for _ in range(2):
        for v in list(out):
            for abbr, expansion in _abbreviations():
                pattern = rf"(?<!\w){re.escape(expansion)}(?!\w)"
                if re.search(pattern, v, re.IGNORECASE):
                    out.add(re.sub(pattern, abbr.replace("\\", r"\\"), v, flags=re.IGNORECASE))
    return out


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


class _Entry(NamedTuple):
    """One name of a lexicon: what it displays as and the row it comes from."""

    display: str
    row: dict[str, str]


def _spellings(rows: Iterable[dict[str, str]], key: str = "name") -> Iterator[tuple[str, _Entry]]:
    """Every spelling of every row (its name, its variants, their abbreviations)."""
    for row in rows:
        for written in [row[key], *_split(row.get("variants", ""))]:
            # A longer form of the name shows as written ("Ban Bí thư Trung ương Đảng"),
            # another spelling as the name ("Bộ Kế hoạch - Đầu tư").
            display = written if written.startswith(row[key]) else row[key]
            for spelling in _variants(written):
                yield spelling, _Entry(display, row)


def _index(rows: Iterable[dict[str, str]], *, key: str = "name") -> tuple[dict[str, _Entry], str]:
    """A lookup from loose key to entry, and the regex alternation of every spelling."""
    table: dict[str, _Entry] = {}
    phrases: list[str] = []
    for spelling, entry in _spellings(rows, key):
        table.setdefault(_norm_key(spelling), entry)
        phrases.append(spelling)
    return table, _alternation(phrases, caseless=True)


@functools.cache
def _fixed() -> tuple[dict[str, _Entry], str]:
    return _index(load_table("bodies"))


@functools.cache
def _local() -> tuple[dict[str, _Entry], str]:
    return _index(load_table("local_bodies"))


@functools.cache
def _parts() -> tuple[dict[str, _Entry], str, str]:
    rows = load_table("body_parts")
    table, pattern = _index(rows)
    _, bare = _index(r for r in rows if r["bare"] != "no")
    return table, pattern, bare


@functools.cache
def _sectors() -> tuple[dict[str, _Entry], str]:
    return _index(load_table("sectors"), key="sector")


@functools.cache
def _field_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<sector>{_sectors()[1]})(?![\w&])", re.IGNORECASE)


def ministry_by_field(text: str, pos: int) -> tuple[int, str] | None:
    """``(end, name)`` of the ministry that a field written alone at ``pos`` names after a
    minister's post ("Thứ trưởng Ngoại giao", "Bộ trưởng Công an"), or ``None``.

    >>> ministry_by_field("Thứ trưởng Ngoại giao Lê An", 11)
    (21, 'Bộ Ngoại giao')
    """
    m = _field_re().match(text, pos)
    if m is None or not text[pos].isupper():
        return None
    entry = _sectors()[0][_norm_key(m.group("sector"))]
    if "Bộ" not in _split(entry.row["heads"]):
        return None
    return m.end(), f"Bộ {entry.display}"


# "Ty" is the provincial department before 1976 ("Ty Tư pháp Thanh Hóa"), in history articles.
_UNITS = {
    "bo": "Bộ", "so": "Sở", "phong": "Phòng", "tong cuc": "Tổng cục", "chi cuc": "Chi cục", "cuc": "Cục", "vu": "Vụ",
    "ty": "Ty",
}
_UNIT_LEVEL = {"Bộ": _CENTRAL, "Tổng cục": _CENTRAL, "Vụ": _CENTRAL, "Sở": _PROVINCE_LEVEL,
               "Cục": None, "Chi cục": _DISTRICT, "Phòng": _DISTRICT, "Ty": _PROVINCE_LEVEL}
_UNIT_CLASS = {"Bộ": "ministry", "Sở": "department", "Phòng": "department", "Ty": "department"}

# The Party Central Committee, as a head: "Trung ương Đảng", "T.Ư Đảng", "TW" ...
_TW = r"(?:trung[ ]+ương|T\.[ ]?Ư|T\.W|TƯ|TW)(?P<twd>[ ]+đảng)?"
# Words in lower case that end a department's field: the sentence goes on ("Vụ Kế hoạch năm 2025").
_FIELD_STOP = r"(?!(?:năm|tháng|quý|ngày|đã|đang|sẽ|và|với|của|tại|trong|cho|về|để|là|được)(?!\w))"
# A word of a name; a foreign name transliterated syllable by syllable goes on in lower case after
# its hyphens ("Chăm-pa-xắc", "Xa-van-na-khẹt").
_TOKEN = rf"(?:[{UPPER}][\w'’.]*(?:-[{LOWER}][\w'’]*)*|\d+)"
_NAMEISH = rf"{_TOKEN}(?:(?:[ ]+|[ ]*-[ ]*){_TOKEN}){{0,4}}"


@functools.cache
def _body_re(*, parts_first: bool = True) -> re.Pattern[str]:
    """The body grammar. With ``parts_first`` a part is read before the head
    ("Văn phòng" + "Quốc hội"); without, only whole names are ("Văn phòng Đoàn
    đại biểu Quốc hội và Hội đồng nhân dân tỉnh")."""
    _, fixed = _fixed()
    _, local = _local()
    _, parts, bare = _parts()
    _, sectors = _sectors()
    # "Ty" only with its capital, and not in "Công ty" (a company).
    units = "(?:Bộ|Sở|Phòng|Tổng[ ]+cục|Chi[ ]+cục|Cục|Vụ|(?<![Cc]ông[ ])(?-i:Ty))"
    # Without a part, a fixed name after the (empty) part is one that ``whole`` has
    # already tried, followed by the same tests: it can never match, and is left out
    # (which halves the time to compile the pattern).
    fixed_after_part = fixed if parts_first else "(?!)"
    pattern = rf"""
        (?<![\w&./-])                       # not inside a word, a code ("NQ/TW") or "TP.HCM"
        (?:
            (?P<whole>{fixed})               # a national body with a fixed name, read whole first
          | (?:(?P<part>{parts})[ ]+){"?" if parts_first else "{0}"}       # a part: "Ban Thường vụ" ...
            (?:
                (?P<fixed>{fixed_after_part})    # a national body with a fixed name
              | (?P<tw>{_TW})                # the Party Central Committee
              | (?P<unit>{units})[ ]+(?P<sector>{sectors})   # "Bộ Xây dựng", "Sở Nội vụ"
              | (?-i:(?P<dept>Vụ|Cục)[ ]+(?P<field>       # a department the lexicon lacks: one field,
                    [{UPPER}][{LOWER}]*(?:[ ]+{_FIELD_STOP}[{LOWER}]+){{0,3}}  # "Vụ Quản lý khoa học",
                    (?:[ ]+(?:[IVX]+|số[ ]+\d+)(?![\w/]))?))       # "Vụ Địa phương I", "... số 5"
              | (?P<local>{local})           # a body of every level: "Tỉnh ủy", "UBND" ...
            )
          | (?P<bare>{bare})                 # a part alone: "Ban Thường vụ", "Ban cán sự đảng"
        )
        (?![\w&])
        (?![ ]+(?-i:viên)(?!\w))              # "Tỉnh ủy viên" is a title
    """
    compiled = re.compile(pattern, re.VERBOSE | re.IGNORECASE)
    if tuple(compiled.groupindex) != _Groups._fields:
        raise AssertionError("the groups of the body grammar are not those of _Groups")
    return compiled


def _prefix(phrase: str) -> str:
    """The first two words of ``phrase`` (the whole phrase if shorter)."""
    words = _words(phrase)[:2]
    return "".join((sep if sep in "-," else " ") + word if i else word for i, (sep, word) in enumerate(words))


@functools.cache
def _prefix_spellings() -> dict[str, int]:
    """The first two words of every body name (bit 1) and of every post (bit 2), as written."""
    bodies = {"Trung ương", "T.Ư", "T. Ư", "T.W", "TƯ", "TW", "Vụ", "Cục"}
    for table in ("bodies", "local_bodies", "body_parts"):
        bodies.update(_prefix(spelling) for spelling, _ in _spellings(load_table(table)))
    sectors = {_words(spelling)[0][1] for spelling, _ in _spellings(load_table("sectors"), "sector")}
    bodies.update(f"{unit} {first}" for unit in _UNITS.values() for first in sectors)
    out = dict.fromkeys(bodies, 1)
    for row in load_table("titles"):
        for written in [row["title"], *_split(row["variants"])]:
            key = _prefix(written)
            out[key] = out.get(key, 0) | 2
    return out


@functools.cache
def _first_words() -> dict[str, int]:
    """The first word of every prefix, lower-cased -> the kinds it may start."""
    out: dict[str, int] = {}
    for prefix, kinds in _prefix_spellings().items():
        first = _words(prefix)[0][1].lower()
        out[first] = out.get(first, 0) | kinds
    return out


# Characters that ``re`` matches case-insensitively with a letter that is not the letter's
# own lower, upper or title case (the Kelvin sign with "k", the long s with "s", ...).
_CASE_EXTRAS = "\u212a\u017f\u0130\u0131\u212b\u2126\u1e9e\u00dfiIsSkKṡẛμµ"


def case_variants(letter: str) -> list[str]:
    """Every character that ``(?i:letter)`` matches, for a Latin ``letter`` (checked against
    every code point for the Latin letters): a pattern may then open with them as
    case-sensitive literals, which lets ``re`` skip in C to where a match can start.

    >>> case_variants("k") == ["K", "k", "\\u212a"]  # the Kelvin sign too
    True
    """
    if not ("a" <= letter.lower() <= "z" or "\u00c0" <= letter < "\u0370" or "\u1e00" <= letter <= "\u1eff"):
        raise ValueError(f"not a Latin letter: {letter!r}")
    candidates = {letter, letter.lower(), letter.upper(), letter.title(), *_CASE_EXTRAS}
    return sorted(c for c in candidates if len(c) == 1 and re.fullmatch(f"(?i:{re.escape(letter)})", c))


def _tail_branches(tails: dict[str, str], atom: Callable[[str], str]) -> list[tuple[str, str]]:
    """The words of ``tails`` laid out as a trie, each followed by its own tail regex:
    ``(first letter, regex of the rest)`` for each first letter, every later character
    written as ``atom`` gives it. Where several words match at one place the longest is
    tried first (as in an alternation sorted longest first)."""
    root: dict[str, Any] = {}
    for word, tail in tails.items():
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = tail

    def emit(node: dict[str, Any]) -> str:
        branches = [atom(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(node[""])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return [(letter, emit(child)) for letter, child in sorted(root.items())]


def case_trie(tails: dict[str, str], opening: str) -> str:
    """A regex of the words of ``tails`` (lower case), matched case-insensitively, each
    followed by its own tail regex, and the ``opening`` lookbehind after the first letter.

    The words are laid out as a trie (:func:`_tail_branches`). The first letter is written
    as case-sensitive literals, one branch for each of its :func:`case_variants`, so that
    ``re`` skips in C to the characters a word can start with; the lookbehind, which
    then spans the first letter and the character before, is only tried there."""
    return "(?:" + "|".join(
        f"{re.escape(variant)}{opening}(?i:{rest})"
        for letter, rest in _tail_branches(tails, re.escape)
        for variant in case_variants(letter)
    ) + ")"


@functools.lru_cache(maxsize=256)
def _lowered_atom(char: str) -> str:
    """A case-sensitive regex of the lower cases (:meth:`str.lower`, one character long) of
    every character that ``(?i:char)`` matches, for a lower-case ``char``: what the pattern
    reads in a lower-cased copy of a text where ``(?i:char)`` would read in the text
    ("s" -> ``[sſ]``: the long s is its own lower case, and ``re`` matches it with "s").

    >>> _lowered_atom("s"), _lowered_atom("a"), _lowered_atom(".")
    ('[sſ]', 'a', '\\\\.')
    """
    try:
        variants = case_variants(char)
    except ValueError:
        variants = [char]  # not a letter: the character alone (tests/test_bodies.py checks)
    forms = sorted({v.lower() for v in variants if len(v.lower()) == 1})
    return re.escape(forms[0]) if len(forms) == 1 else "[" + "".join(map(re.escape, forms)) + "]"


def _lowered_trie(tails: dict[str, str]) -> str:
    """:func:`case_trie` with no opening, for a lower-cased text and without ``re.IGNORECASE``:
    each character of a word is written as :func:`_lowered_atom` gives it, and so is the
    first letter, once (its case variants lower to the characters of that one class).
    Branch for branch, it tests the characters of the lower-cased text as
    :func:`case_trie` tests those of the text, so it matches at the same places and
    reads as far, wherever lower-casing keeps the length of the text."""
    return "(?:" + "|".join(_lowered_atom(letter) + rest for letter, rest in _tail_branches(tails, _lowered_atom)) + ")"


@functools.cache
def _trigger_tails(lowered: bool = False) -> dict[str, str]:
    """Each first word (lower case) -> the regex of what must follow it: a second word it
    may go with (one trie per separator), or the end of a word. With ``lowered``, the
    regexes are for a lower-cased text, without ``re.IGNORECASE`` (see :func:`_lowered_trie`)."""
    seconds: dict[str, set[tuple[str, str]]] = {}
    for prefix in _prefix_spellings():
        words = _words(prefix)
        follow = seconds.setdefault(words[0][1].lower(), set())
        follow.add((words[1][0] or " ", words[1][1].lower()) if len(words) > 1 else ("", ""))
    tails: dict[str, str] = {}
    for first, follow in seconds.items():
        by_sep: dict[str, list[str]] = {}
        for sep, word in follow:
            if word:
                by_sep.setdefault(sep, []).append(word)
        alone = ("", "") in follow  # the word is a whole name or post by itself
        if not by_sep:
            tails[first] = r"(?!\w)"
        else:
            ends = "|".join(_SEPARATORS[sep] + (alternation(words, _lowered_atom) if lowered else alternation(words))
                            for sep, words in sorted(by_sep.items()))
            or_alone = r"|(?!\w)" if alone else ""
            tails[first] = rf"(?=(?:{ends})(?!\w){or_alone})"
    # The scan in :func:`triggers` takes a word right after another one for granted.
    assert all(re.fullmatch(r"[\w.]+", first) for first in tails), "a first word with other characters"
    return tails


@functools.cache
def _trigger_re() -> re.Pattern[str]:
    """A first word followed by a second word it may go with. Only the first word is
    consumed, so that a name may start at the second ("Trưởng Ban Tổ chức ...").

    The first words are laid out as a trie (see :func:`case_trie`), and each one's second
    words too (one trie per separator): the engine follows one branch per character
    instead of trying every word in turn at every word start."""
    # Not inside a word, a code or an abbreviation: no such character before the first letter.
    return re.compile(case_trie(_trigger_tails(), r"(?<![\w&./-].)"))


@functools.cache
def _trigger_after_space_re() -> re.Pattern[str]:
    """:func:`_trigger_re` after a space, which it consumes. A pattern that opens with a
    literal character is searched for in C; most words follow a space."""
    return re.compile("[ ]" + case_trie(_trigger_tails(), ""))


@functools.cache
def _lowered_trigger_re() -> re.Pattern[str]:
    """:func:`_trigger_after_space_re` for the lower-cased text (:func:`_lowered_trie`): a
    case-sensitive pattern, which ``re`` runs much faster (it tests a branch that opens
    with a literal without entering it; a letter read ignoring case it enters)."""
    return re.compile("[ ]" + _lowered_trie(_trigger_tails(lowered=True)))


@functools.cache
def _other_gap_re() -> re.Pattern[str]:
    """A character other than a space that a first word may follow, before a letter that
    may open one."""
    letters = {variant for first in _trigger_tails() for variant in case_variants(first[0])}
    # The class lists the characters of the Basic Multilingual Plane that are not in
    # [\w&./ -] (a bitmap in ``re``, much faster to test than a negated \w), and every
    # character beyond it: the look-behind of :func:`_trigger_re` tells those apart.
    bmp = "".join(map(chr, range(0x10000)))
    runs = (m.span() for m in re.finditer(r"[^\w&./ -]+", bmp))
    ranges = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b - 1))}" for a, b in runs)
    return re.compile(f"[{ranges}\U00010000-\U0010ffff](?=[{re.escape(''.join(sorted(letters)))}])")


@functools.lru_cache(maxsize=8)
def triggers(text: str) -> tuple[tuple[int, int], ...]:
    """``(offset, kinds)`` of every word where a body name (kinds & 1) or a title
    (kinds & 2) can start: where the first two words of one stand.

    Trying a whole grammar only there is several times faster than letting the
    regex engine try it at every word; one pass serves both grammars.
    """
    # The matches of :func:`_trigger_re` are all the places where it matches: none can
    # start inside another, whose first word holds only letters and dots. They are found
    # after a space in one pass, and at the start and after other characters one by one.
    # No two of them start at the same place (a space, another character or none stands
    # before), so that they sort by their offsets alone.
    lowered = text.lower()
    if len(lowered) == len(text):
        # Each character lowered to one: the lower-cased copy lines up with the text.
        spans = map(re.Match.span, _lowered_trigger_re().finditer(lowered))
    else:
        spans = map(re.Match.span, _trigger_after_space_re().finditer(text))
    found = [(a + 1, kind) for a, b in spans if (kind := _word_kinds(text[a + 1 : b]))]
    anywhere = _trigger_re()
    others = []
    first = anywhere.match(text)
    if first is not None:
        others.append((0, first.group()))
    for gap in _other_gap_re().finditer(text):
        m = anywhere.match(text, gap.end())
        if m is not None:
            others.append((m.start(), m.group()))
    if others:
        found = sorted(found + [(pos, kind) for pos, word in others if (kind := _word_kinds(word))])
    return tuple(found)


# Unit words that name no body when written in lower case (outside a title); so do the
# fields that name a 2025 agency alone ("Thuế tỉnh X", not "nộp thuế tỉnh X").
_LOWER_UNITS = frozenset({"vụ", "cục", "sở", "phòng", "thuế", "thống"})


@functools.lru_cache(maxsize=1024)
def _word_kinds(word: str) -> int:
    """The kinds (see :func:`triggers`) of what may start at ``word``, a first word as written."""
    kind = _first_words().get(word.lower(), 3)
    if word in _LOWER_UNITS:
        kind &= ~1  # "nhiệm vụ", "dịch vụ": a unit is written with a capital
    return kind


@functools.cache
def _loc_re() -> re.Pattern[str]:
    keywords = r"(?i:tỉnh|thành[ ]+phố|thị[ ]+xã|thị[ ]+trấn|huyện|quận|xã|phường|đặc[ ]+khu)(?!\w)|T[Pp]\.|T[Pp](?!\w)"
    return re.compile(
        rf"""
        [ ]+
        (?:
            (?P<generic>(?i:các|cấp|những|mọi)(?!\w))      # "UBND các tỉnh", "UBND cấp huyện"
          | (?P<kw>{keywords})(?:[ ]*(?P<kname>{_NAMEISH}))?   # "tỉnh Bắc Giang", "huyện", "TP.HCM"
          | (?P<area>(?i:khu[ ]+vực)[ ]+(?:\d+|[IVX]+)(?!\w)            # "Tòa án nhân dân khu vực 3",
                (?:[ ]*-[ ]*{_NAMEISH})?)                                 # "... khu vực 3 - Thanh Hóa" (2025-)
          | (?P<tw>(?i:trung[ ]+ương)|T\.[ ]?Ư|TW|TƯ)(?![\w])            # "Công an Trung ương"
          | (?P<vn>Việt[ ]+Nam)(?!\w)                                   # "Hội Nông dân Việt Nam"
          | (?P<direct>{_NAMEISH})                                      # "Tỉnh ủy Bắc Giang"
        )
        """,
        re.VERBOSE,
    )


@functools.cache
def surnames() -> frozenset[str]:
    """Vietnamese family names (``data/surnames.tsv``)."""
    return frozenset(r["name"] for r in load_table("surnames") if r["part"] == "surname")


@functools.cache
def _districts() -> frozenset[str]:
    return frozenset(places.district_names())


@functools.cache
def _wards() -> frozenset[str]:
    strip = re.compile(r"^(?:Xã|Phường|Thị trấn|Đặc khu)\s+", re.IGNORECASE)
    out: set[str] = set()
    for row in places._mapping()["ward_mapping"]:
        for key in ("old_ward", "new_ward"):
            if row.get(key):
                out.add(strip.sub("", row[key]))
    return frozenset(out)


@functools.lru_cache(maxsize=1024)
def _is_city(name: str | None) -> bool:
    """Whether ``name`` is a centrally run city ("Hà Nội")."""
    found = places.province(name) if name else None
    return found is not None and found.full_name.startswith("Thành phố")


def _province_keyword(name: str) -> str:
    return "thành phố" if _is_city(name) else "tỉnh"


class _Place(NamedTuple):
    end: int
    level: Level | None
    place: str | None
    #: How the place is written in a keyword-style name ("tỉnh Bắc Giang").
    phrase: str | None
    generic: bool = False


_WORD = re.compile(r"[\w'’.]+")


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the words of the run ``text[start:end]``."""
    return [w.span() for w in _WORD.finditer(text, start, end)]


def _longest_known(
    text: str, start: int, end: int, known: frozenset[str] | Callable[[str], str | None]
) -> int | None:
    """End of the longest prefix of the run ``text[start:end]`` that ``known`` knows."""
    spans = _tokens(text, start, end)
    if callable(known):
        for k in range(len(spans), 0, -1):
            candidate = text[start : spans[k - 1][1]].rstrip(".")
            if known(candidate):
                return start + len(candidate)
        return None
    for k in range(len(spans), 0, -1):
        candidate = text[start : spans[k - 1][1]].rstrip(".")
        if " ".join(candidate.split()) in known:
            return start + len(candidate)
    return None


def _fallback_end(text: str, start: int, end: int) -> int | None:
    """End of an unknown place name: up to three words, stopping before a person's name."""
    spans = [s for s in _tokens(text, start, end) if "-" not in text[start : s[1]]]
    names = surnames()
    if not spans or (len(spans) >= 2 and text[spans[0][0] : spans[0][1]] in names):
        return None  # a person's name, not a place
    for i in range(1, len(spans)):
        if text[spans[i][0] : spans[i][1]] in names and len(spans) - i >= 2:
            spans = spans[:i]
            break
    spans = spans[:3]
    last = text[spans[-1][0] : spans[-1][1]]
    return spans[-1][1] - (1 if last.endswith(".") else 0)


@functools.lru_cache(maxsize=4096)
def _province_of(candidate: str) -> str | None:
    """The short name of the province ``candidate`` names: Vietnam's, or a neighbour's
    (``data/foreign_provinces.tsv``) as its Party committee or government is named.

    >>> _province_of("Bắc Giang"), _province_of("Luông-pha-bang"), _province_of("Tân An")
    ('Bắc Giang', 'Luông Pha Bang', None)
    """
    found = places.province(candidate) or places.province(re.sub(r"\s*-\s*", " - ", candidate))
    return found.name if found else _foreign_provinces().get(_squeezed(candidate))


def _squeezed(name: str) -> str:
    """A key of a foreign place's name that ignores case, tone-mark spelling, spaces and hyphens."""
    return re.sub(r"[\s-]+", "", fold(name))


@functools.cache
def _foreign_provinces() -> dict[str, str]:
    """Every spelling of a neighbour's province (squeezed: :func:`_squeezed`) -> its name."""
    out: dict[str, str] = {}
    for row in load_table("foreign_provinces"):
        for written in [row["name"], *_split(row["variants"])]:
            out.setdefault(_squeezed(written), row["name"])
    return out


def _place_after(text: str, pos: int, naming: str, levels: str, province: str | None) -> _Place | None:
    """The place written after a head that ends at ``pos``, or ``None``.

    ``naming`` and ``levels`` are those of the head (``data/local_bodies.tsv``).
    """
    if text[pos : pos + 1] != " ":
        return None  # the place grammar opens with a space
    m = _loc_re().match(text, pos)
    if m is None:
        return None
    if naming == "named" and m.group("direct"):
        return _own_name(text, m.start("direct"), m.end("direct"))  # reads on past the match
    # Every other reading depends on the words matched alone: it is read once per phrase,
    # where the phrase alone matches the same way (the same groups: see :func:`_loc_shape`).
    kw_end = m.end("kw")
    same, place = _place_in(m.group(), m.lastindex or 0, kw_end - pos if kw_end >= 0 else -1, naming, levels, province)
    if not same:
        return _read_place(text, m, naming, levels, province)
    if place is None:
        return None
    return _Place(place.end + pos, place.level, place.place, place.phrase, place.generic)


def _loc_shape(m: re.Match[str]) -> tuple[int, int, int]:
    """What tells apart two matches of the place grammar (:func:`_loc_re`) over the same
    phrase: its end, its last group and where the keyword ends (-1 without one), offsets
    from its start.

    The spaces it opens with run up to the first other character (no branch opens with a
    space), and one branch matched, whose group runs on to the end of the match, but for a
    keyword followed by a name, which starts after the keyword's spaces: with the phrase,
    these three give the span of every group.
    """
    start = m.start()
    kw_end = m.end("kw")
    return m.end() - start, m.lastindex or 0, kw_end - start if kw_end >= 0 else -1


@functools.lru_cache(maxsize=4096)
def _place_in(
    phrase: str, last: int, kw_end: int, naming: str, levels: str, province: str | None
) -> tuple[bool, _Place | None]:
    """``(True, place)``, :func:`_read_place` of ``phrase`` alone (offsets from its start),
    if the place grammar matches it whole with the last group and keyword end given (the
    groups of a match over ``phrase``: :func:`_loc_shape`); else ``(False, None)``."""
    m = _loc_re().match(phrase)
    if m is None or _loc_shape(m) != (len(phrase), last, kw_end):
        return False, None
    return True, _read_place(phrase, m, naming, levels, province)


def _read_place(text: str, m: re.Match[str], naming: str, levels: str, province: str | None) -> _Place | None:
    """The place that ``m``, a match of the place grammar, names (see :func:`_place_after`);
    but for a name of its own, it reads nothing past the match."""
    if m.group("generic"):
        return _Place(m.end(), None, None, None, generic=True)
    if m.group("area"):
        return _area(text, m) if "district" in levels and naming == "keyword" else None
    if m.group("tw") or m.group("vn"):
        return _Place(m.end(), _CENTRAL, None, None) if "central" in levels or naming == "keyword" else None
    if m.group("kw"):
        if naming == "direct":
            return None  # "Huyện ủy" takes its place's name, not "huyện X"
        word, level = _KEYWORDS[_norm_key(m.group("kw"))]
        named = _named_place(text, m, word, level, province) if m.group("kname") else None
        return named or _unnamed_place(m.end("kw"), word, level, province)
    if naming == "named":
        return _own_name(text, m.start("direct"), m.end("direct"))
    return _direct_place(text, m.start("direct"), m.end("direct"), naming, levels)


_ZONE_TAIL = re.compile(r"[ ]+và[ ]+các[ ]+khu[ ]+công[ ]+nghiệp(?!\w)", re.IGNORECASE)


def _own_name(text: str, start: int, end: int) -> _Place | None:
    """A body named by a name of its own, not a place's: "Ban Quản lý Khu kinh tế Nghi Sơn và
    các khu công nghiệp" (``naming`` "named" in ``data/local_bodies.tsv``)."""
    found = _fallback_end(text, start, end)
    if found is None:
        return None
    tail = _ZONE_TAIL.match(text, found)
    if tail is not None:
        found = tail.end()
    phrase = " ".join(text[start:found].split())
    return _Place(found, None, None, phrase)


def _area(text: str, m: re.Match[str]) -> _Place:
    """A region that courts, procuracies and state agencies serve since 2025 ("khu vực 3"),
    with the province it lies in when one follows a dash ("khu vực 3 - Thanh Hóa").

    >>> match_at("Tòa án nhân dân khu vực 3 - Thanh Hóa xét xử", 0).name
    'Tòa án nhân dân khu vực 3 - Thanh Hóa'
    """
    area = re.match(r"(?i:khu[ ]+vực)[ ]+(?:\d+|[IVX]+)", m.group("area"))
    assert area is not None
    end = m.start("area") + area.end()
    dash = re.compile(r"[ ]*-[ ]*").match(text, end)
    name = " ".join(area.group().split())
    if dash is not None and m.end("area") > dash.end():
        known = _longest_known(text, dash.end(), m.end("area"), _province_of)
        if known is not None:
            province = _province_of(text[dash.end() : known])
            name, end = f"{name} - {province}", known
    return _Place(end, _DISTRICT, name, name)


def _named_place(
    text: str, m: re.Match[str], word: str, level: Level | None, province: str | None
) -> _Place | None:
    """ "tỉnh Bắc Giang", "TP.HCM", "thành phố Quy Nhơn", "huyện Việt Yên", "xã Tân Lập" ...

    In an article about a centrally run city, "Thành phố" before words that name no
    place the lexicons know is that city ("Công an Thành phố Tẩn Láo Phin" is a person's).
    """
    kstart, kend = m.span("kname")
    city_word = level is None
    if level in (_PROVINCE_LEVEL, None):
        for start in (kstart, m.start("kw")):  # in "TP.HCM" the keyword is part of the name
            end = _longest_known(text, start, kend, _province_of)
            name = _province_of(text[start:end]) if end is not None else None
            if end is not None and name is not None and (level is _PROVINCE_LEVEL or _is_city(name)):
                return _Place(end, _PROVINCE_LEVEL, name, f"{_province_keyword(name)} {name}")
        if level is _PROVINCE_LEVEL:
            return None
        level = _DISTRICT  # "thành phố Quy Nhơn": a provincial city
    known = _districts() if level is _DISTRICT else _wards()
    end = _longest_known(text, kstart, kend, known)
    if end is not None and end < kend:
        split = _place_before_name(text, kstart, end, kend, known, level)
        if split == kstart:  # the whole run is a person's name: the body is the bare one
            return _unnamed_place(m.end("kw"), word, level, province)
        end = split
    if end is None and city_word and _is_city(province):
        return _unnamed_place(m.end("kw"), word, None, province)
    if end is None:
        end = _fallback_end(text, kstart, kend)
    if end is None:
        return None
    name = " ".join(text[kstart:end].split())
    return _Place(end, level, name, f"{word} {name}")


def _full_name(words: list[str]) -> bool:
    """Whether ``words`` make a Vietnamese full name: a family name, then one to three syllables."""
    return 2 <= len(words) <= 4 and words[0] in surnames()


def _place_before_name(
    text: str, start: int, end: int, run_end: int, known: frozenset[str], level: Level | None
) -> int:
    """Where the place ends in the capitalised run ``text[start:run_end]`` after "xã", "huyện" ...,
    where the longest known place ends at ``end``, when a title, a place and a name run together
    ("Bí thư Đảng ủy xã Tân Lập Nguyễn Văn An"): the known place stands when the words left are a
    full name; else, when the run ends in a full name, the place is the longest known one (for a
    commune, which the lexicons do not all know, any of two or more syllables) that leaves one, and
    ``start`` when none does (the name swallowed the place's: "xã Phan" in "xã Phan Văn Hùng" is
    a commune, but a one-syllable commune before a name is rarer than a three-syllable name).

    >>> t = "Đảng ủy xã Phan Văn Hùng dự"
    >>> _place_before_name(t, 11, 15, 24, _wards(), _COMMUNE) == 11
    True
    """
    spans = _tokens(text, start, run_end)
    words = [text[a:b] for a, b in spans]
    cut = sum(1 for a, _ in spans if a < end)  # the words of the known place
    if cut == len(words) or _full_name(words[cut:]):
        return end  # the known place is the whole run, or a name follows it
    for i in range(len(words) - 2, -1, -1):
        if not _full_name(words[i:]):
            continue
        place = " ".join(words[:i])
        if i == 0:
            # The whole run a name: only one of three syllables or more that names no
            # historical figure ("phường Ngô Quyền", "phường Lê Chân" are wards).
            if len(words) >= 3 and " ".join(words) not in historical_figures():
                return start
            continue
        if place in known or (level is _COMMUNE and i >= 2):
            return spans[i - 1][1]
    return end  # no name ends the run: the known place stands


@functools.cache
def historical_figures() -> frozenset[str]:
    """Historical figures' names (``data/historical_figures.tsv``), which many wards and
    streets bear, and which name a leader, not a place, when written alone ("Đoàn Thanh
    niên Cộng sản Hồ Chí Minh")."""
    return frozenset(historical_aliases().values())


@functools.cache
def historical_aliases() -> dict[str, str]:
    """Every name and alias of a historical figure (``data/historical_figures.tsv``) -> the figure's name."""
    table = {}
    for row in load_table("historical_figures"):
        table[row["name"]] = row["name"]
        for alias in row["aliases"].split("|"):
            if alias.strip():
                table[alias.strip()] = row["name"]
    return table


def _unnamed_place(end: int, word: str, level: Level | None, province: str | None) -> _Place:
    """A kind of place with no name: "UBND tỉnh" is the article's province's."""
    if level is None:  # "thành phố" alone: the article's city, if it is about one
        if _is_city(province):
            return _Place(end, _PROVINCE_LEVEL, province, f"thành phố {province}")
        return _Place(end, _DISTRICT, None, "thành phố")
    if level is _PROVINCE_LEVEL:
        return _Place(end, level, province, f"tỉnh {province}" if province else "tỉnh")
    return _Place(end, level, None, word)


def _direct_place(text: str, start: int, end: int, naming: str, levels: str) -> _Place | None:
    """A place named with no keyword: "Tỉnh ủy Bắc Giang", "Sở Nội vụ Hà Nội", "Huyện ủy Việt Yên"."""
    if "province" in levels:
        found = _longest_known(text, start, end, _province_of)
        name = _province_of(text[start:found]) if found is not None else None
        if found is not None and name is not None:
            return _Place(found, _PROVINCE_LEVEL, name, f"{_province_keyword(name)} {name}")
    if naming == "direct" and "district" in levels:
        found = _longest_known(text, start, end, _districts())
        if found is None and levels == "district":
            found = _fallback_end(text, start, end)
        if found is not None:
            name = " ".join(text[start:found].split())
            return _Place(found, _DISTRICT, name, name)
    return None


# Not slotted: a frozen class with a ``__dict__`` is built several times faster (its
# ``__init__`` writes the dict instead of calling ``object.__setattr__`` per field).
@attrs.frozen(slots=False)
class OrgHit:
    """One body name found in a text (internal to the parsers).

    ``key`` identifies the body within an article; ``name`` is its complete
    name as far as this mention tells it; ``bare`` is set when the mention
    names a kind of body without saying which one ("Ban Thường vụ"), and says
    how to resolve it (see ``data/local_bodies.tsv``).
    """

    start: int
    end: int
    text: str
    name: str
    key: str
    kind: BodyKind
    level: Level | None
    place: str | None
    #: The family of bodies it belongs to ("Ban Thường vụ", "Ủy ban nhân dân").
    family: str
    bare: str | None = None
    #: False for what titles name but is no standing body ("Đoàn kiểm tra").
    is_body: bool = True
    #: For a part ("Ban Tổ chức Huyện ủy X"), the body it belongs to as written inside it
    #: ("Huyện ủy X"): a full name that a bare mention of that body may stand for.
    parent: OrgHit | None = None
    #: True for the body a part belongs to ("Huyện ủy X" of "Ban Tổ chức Huyện ủy X"): it is named
    #: inside the part's mention, which stays the only mention there.
    implied: bool = False


@functools.cache
def _kind(value: str) -> BodyKind:
    try:
        return BodyKind(value)
    except ValueError:
        return _OTHER


class _Head(NamedTuple):
    name: str
    key: str
    kind: BodyKind
    level: Level | None
    place: str | None
    cls: str
    family: str
    end: int
    bare: str | None
    generic: bool = False


@functools.cache
def _family(name: str) -> str:
    """The family of a fixed body: the local head it is one of ("Ban Chỉ đạo"), else itself."""
    heads = sorted((r["name"] for r in load_table("local_bodies")), key=len, reverse=True)
    return next((h for h in heads if name.startswith(h + " ")), name)


class _Groups(NamedTuple):
    """The groups of one match of the body grammar (:func:`_body_re`), in their order
    there: ``m.groups()`` reads them all in one call."""

    whole: str | None
    part: str | None
    fixed: str | None
    tw: str | None
    twd: str | None
    unit: str | None
    sector: str | None
    dept: str | None
    field: str | None
    local: str | None
    bare: str | None


def _head(g: _Groups, end: int, text: str, province: str | None, after_role: bool, asked: list[bool]) -> _Head | None:
    """The head of a body match (without its part) whose groups are ``g`` and that ends at
    ``end``, with its place (``after_role`` and ``asked``: see :func:`_read_at`)."""
    fixed = g.whole or g.fixed
    if fixed:
        found = _fixed_head(fixed)
        if found is None:
            return None
        display, key, kind, level, cls, family = found
        return _Head(display, key, kind, level, None, cls, family, end, None)
    if g.tw:
        written = "Trung ương Đảng" if g.twd else "Trung ương"
        return _Head(written, "tw", _PARTY, _CENTRAL, None, "central_committee", "Trung ương", end, None)
    if g.unit:
        if not g.unit[0].isupper():
            asked.append(True)
            if not after_role:
                return None  # "cán bộ tài chính" is no ministry; "Trưởng phòng Nội vụ" names an office
        unit = _UNITS[_norm_key(g.unit)]
        entry = _sectors()[0][_norm_key(g.sector or "")]
        kind = _kind(entry.row.get("kind") or "state")
        head = f"{unit} {entry.display}"
        level = _UNIT_LEVEL[unit]
        cls = _UNIT_CLASS.get(unit, "agency")
        if unit == "Bộ":
            return _Head(head, "unit:" + head, kind, level, None, cls, head, end, None)
        return _place_head(head, kind, cls, "province|district|commune", "keyword", "province" if unit == "Sở"
                           else "keep", level, text, end, province)
    if g.dept:
        head = " ".join(f"{g.dept} {g.field}".split())
        return _Head(head, "unit:" + head, _STATE, _CENTRAL, None, "agency", head, end, None)
    name, kind, cls, levels, naming, bare = _local_head(g.local or "")
    return _place_head(name, kind, cls, levels, naming, bare, None, text, end, province)


@functools.lru_cache(maxsize=1024)
def _fixed_head(fixed: str) -> tuple[str, str, BodyKind, Level | None, str, str] | None:
    """``(name, key, kind, level, class, family)`` of the national body that ``fixed`` (a match
    of its name) names, or ``None`` where it must be written with a capital and is not."""
    entry = _fixed()[0][_norm_key(fixed)]
    row = entry.row
    if row["case"] == "capital" and not fixed[0].isupper():
        return None
    return entry.display, "fixed:" + row["name"], _kind(row["kind"]), _LEVELS.get(row["level"]), row["class"], \
        _family(row["name"])


@functools.lru_cache(maxsize=1024)
def _local_head(local: str) -> tuple[str, BodyKind, str, str, str, str]:
    """``(name, kind, class, levels, naming, bare)`` of the head of every level that ``local``
    (a match of its name) names (``data/local_bodies.tsv``)."""
    row = _local()[0][_norm_key(local)].row
    return row["name"], _kind(row["kind"]), row["class"], row["levels"], row["naming"], row["bare"]


@functools.cache
def _same_body(head: str, local: bool = False) -> str:
    """The family and key of a local body's head: "Việt Nam" ending a national organisation's
    name is often left out of its local bodies' ("Ủy ban MTTQ tỉnh X" is "Ủy ban MTTQ Việt Nam
    tỉnh X"), so the two forms are one body, named by the most complete mention. With a place
    (``local``), a body is the one its ``same`` column of ``data/local_bodies.tsv`` names.

    >>> _same_body("Ủy ban Mặt trận Tổ quốc Việt Nam"), _same_body("Hội Nông dân")
    ('Ủy ban Mặt trận Tổ quốc', 'Hội Nông dân')
    >>> _same_body("Tỉnh đoàn", local=True), _same_body("Mặt trận Tổ quốc Việt Nam", local=True)
    ('Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Ủy ban Mặt trận Tổ quốc')
    """
    if local:
        entry = _local()[0].get(_norm_key(head))
        if entry is not None and entry.row["same"]:
            head = entry.row["same"]
    return head.removesuffix(" Việt Nam")


def _place_head(head: str, kind: BodyKind, cls: str, levels: str, naming: str, bare: str, level: Level | None,
                text: str, end: int, province: str | None) -> _Head:
    fam = _same_body(head)
    place = _place_after(text, end, naming, levels, province)
    if place is not None and place.generic:
        return _Head(head, "", kind, None, None, cls, fam, place.end, None, generic=True)
    if place is not None and (place.place or place.phrase):
        fam = _same_body(head, local=True)
        if naming == "direct":
            name = f"{head} {place.place}" if place.place else head
        else:
            name = f"{head} {place.phrase}" if place.phrase else head
        lvl = place.level or level
        return _Head(name, f"{fam}|{_LEVEL_TEXT[lvl]}|{place.place or ''}", kind, lvl, place.place, cls, fam,
                     place.end, None if place.place else "keep")
    if place is not None and place.level is _CENTRAL:
        return _Head(f"{head} Trung ương" if naming == "keyword" else head, f"{fam}|central|", kind,
                     _CENTRAL, None, cls, fam, place.end, None)
    # No place written: what the name alone means.
    default = _LEVELS.get(levels.split("|")[0]) if "|" not in levels else level
    if bare == "province" or (bare == "city" and _is_city(province)):
        fam = _same_body(head, local=True)
        if province:
            sep = f" {_province_keyword(province)} " if naming == "keyword" else " "
            return _Head(f"{head}{sep}{province}", f"{fam}|{_PROVINCE}|{province}", kind, _PROVINCE_LEVEL,
                         province, cls, fam, end, None)
        return _Head(head, f"{fam}|{_PROVINCE}|", kind, _PROVINCE_LEVEL, None, cls, fam, end, None)
    if bare == "central":
        return _Head(head, f"{fam}|central|", kind, _CENTRAL, None, cls, fam, end, None)
    if bare == "resolve" and levels == "province" and province:
        # Resolved against the text later; failing that, the body of the article's province.
        sep = f" {_province_keyword(province)} " if naming == "keyword" else " "
        return _Head(f"{head}{sep}{province}", f"{fam}|{_PROVINCE}|{province}", kind, _PROVINCE_LEVEL,
                     province, cls, fam, end, "resolve")
    return _Head(head, f"{fam}||", kind, default, None, cls, fam, end, bare)


@functools.cache
def _after_role_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){role_pattern()}[ ]+$", re.IGNORECASE)


def _hit(m: re.Match[str], text: str, province: str | None, after_role: bool, asked: list[bool]) -> OrgHit | None:
    """Interpret one match of the body grammar (``after_role`` and ``asked``: see :func:`_read_at`)."""
    start = m.start()
    g = tuple.__new__(_Groups, m.groups())  # as many groups as fields: see _body_re
    if g.bare:
        entry = _parts()[0][_norm_key(g.bare)]
        row = entry.row
        after = _loc_re().match(text, m.end())
        if after is not None and after.group("generic"):
            return None
        return OrgHit(start, m.end(), m.group(), row["name"], "part:" + row["name"], _kind(row["kind"]),
                      None, None, row["name"], row["bare"])
    part_row = None
    head_start = start
    if g.part:
        part_row = _parts()[0][_norm_key(g.part)].row
        # Where the head starts: the first of these groups that matched (one did).
        head_start = m.start("fixed" if g.fixed else "tw" if g.tw else "unit" if g.unit else "dept" if g.dept
                             else "local")
    elif g.tw and not g.twd and (not text[start].isupper() or not _TW_BEFORE.search(text, max(0, start - 12), start)):
        # "Trung ương" alone is the Central Committee only in "Ủy viên Trung ương", "của Trung ương"
        # (tested before the head is read: the head of "Trung ương" is always read, and asks nothing).
        asked.append(True)
        if not after_role:
            return None
    head = _head(g, m.end(), text, province, after_role, asked)
    if head is None or head.generic:
        return None
    if part_row is not None:
        allowed = head.cls in part_row["parents"].split("|")
        if allowed and part_row["after_role"] == "no":
            allowed = _after_role_re().search(text, max(0, start - 60), start) is None
        if not allowed:
            # Not a part here ("Phó Bí thư Thường trực" + "Đảng ủy Chính phủ"): read anew from the head.
            again = _body_re().match(text, head_start, m.endpos)
            return _hit(again, text, province, after_role, asked) if again is not None else None
    if part_row is None:
        if _inside_a_name(text, start, m.end(), head.family):
            return None
        name = "Ban Chấp hành Trung ương Đảng" if head.key == "tw" else head.name
        return OrgHit(start, head.end, text[start : head.end], name, head.key, head.kind, head.level, head.place,
                      head.family, head.bare)
    part = part_row["name"]
    kind = _kind(part_row["kind"]) if part_row["kind"] else head.kind
    if head.key == "tw" and part == "Ban Chấp hành":
        return OrgHit(start, head.end, text[start : head.end], "Ban Chấp hành Trung ương Đảng", "tw",
                      _PARTY, _CENTRAL, None, "Trung ương")
    parent_name, parent_key, parent_family, parent_kind = head.name, head.key, head.family, head.kind
    if part == "Ban Chấp hành" and head.family in ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy"):
        # The executive committee of a Party committee is that of its Party organisation.
        word = {"Tỉnh ủy": "tỉnh", "Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}.get(
            head.family, "thành phố")
        parent_name = f"Đảng bộ {word} {head.place}" if head.place else f"Đảng bộ {word}"
        parent_key = f"Đảng bộ|{_LEVEL_TEXT[head.level]}|{head.place or ''}"
        parent_family, parent_kind = "Đảng bộ", _PARTY
    parent = OrgHit(head_start, head.end, text[head_start : head.end], parent_name, parent_key, parent_kind,
                    head.level, head.place, parent_family, head.bare, implied=True)
    return OrgHit(start, head.end, text[start : head.end], f"{part} {parent_name}", f"{part}@{parent_key}", kind,
                  head.level, head.place, part, head.bare, parent=parent)


_TW_BEFORE = re.compile(r"(?<!\w)(?:viên|thư|của)[ ]+$", re.IGNORECASE)
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những)[ ]+$", re.IGNORECASE)
# A count before a kind written in lower case: "168 đảng bộ phường" (not "năm 2024 Tỉnh ủy").
# A part of a whole counts too: "khoảng 1/3 đảng ủy xã".
_COUNT_BEFORE = re.compile(r"(?<![\d.,/])\d+(?:/\d+)?[ ]+$")
# The next item of a list that a plural opened: "các tỉnh ủy, thành ủy, đảng ủy trực thuộc".
_LIST_GAP = re.compile(r"[ ]*,[ ]*|[ ]+(?:và|hoặc)[ ]+")
_NAME_WORD_BEFORE = re.compile(rf"[{UPPER}][{LOWER}]*[ ]$")
_DELEGATION = re.compile(
    r"(?i:đoàn)[ ]+(?i:kiểm[ ]+tra|công[ ]+tác|giám[ ]+sát|khảo[ ]+sát|(?P<high>đại[ ]+biểu[ ]+cấp[ ]+cao))"
    r"(?:[ ]+(?i:số)[ ]+\d+)?(?!\w)")
_OWNER = re.compile(r"[ ]+(?:của|thuộc)[ ]+")


def _inside_a_name(text: str, start: int, end: int, family: str) -> bool:
    """Whether a body name written in name case follows a capitalised word: "Nguyễn Công An"
    is a person, where "Công an" would be the police."""
    # The name word before ends in a space (``$`` may stand before a final newline).
    if start < 2 or text[start - 1] not in " \n" or _name_case(family):
        return False
    if not _in_name_case(text[start:end]):
        return False
    return _NAME_WORD_BEFORE.search(text, max(0, start - 12), start) is not None


@functools.lru_cache(maxsize=4096)
def _in_name_case(written: str) -> bool:
    """Whether ``written`` has two words or more, each capitalised and the rest of it in
    lower case ("Công An", not "Công an" or "UBND Tỉnh")."""
    words = written.split()
    if len(words) < 2:
        return False
    return all(w[:1].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)


@functools.lru_cache(maxsize=1024)
def _name_case(family: str) -> bool:
    """Whether every word of ``family`` is capitalised ("Bộ Chính trị" is not)."""
    return all(w[:1].isupper() for w in family.split())


def _delegation(reader: Reader, pos: int) -> OrgHit | None:
    """A delegation a title names ("Đoàn kiểm tra số 471 của Bộ Chính trị"); not a standing body.

    >>> match_at("Trưởng Đoàn đại biểu cấp cao tỉnh Hà Nam phát biểu", 7).text
    'Đoàn đại biểu cấp cao tỉnh Hà Nam'
    """
    text = reader.text
    m = _DELEGATION.match(text, pos)
    if m is None:
        return None
    end = m.end()
    if m.group("high"):
        # "Đoàn đại biểu cấp cao tỉnh Hà Nam": a high-level delegation of a place.
        place = _place_after(text, end, "keyword", "province|district|commune", reader.province)
        if place is not None and place.place:
            end = place.end
    owner = _OWNER.match(text, end)
    if owner is not None:
        inner = reader.match_at(owner.end())
        if inner is not None:
            end = inner.end
    written = text[pos:end]
    return OrgHit(pos, end, written, " ".join(written.split()), "delegation:" + _norm_key(m.group()), _OTHER,
                  None, None, "Đoàn", is_body=False)


# "phụ trách" between a post and the body it is in charge of ("Phó Giám đốc phụ trách Sở Tư pháp").
_IN_CHARGE = re.compile(r"(?-i:phụ[ ]+trách)[ ]+")


def _in_charge(reader: Reader, pos: int) -> OrgHit | None:
    """The body a post is in charge of, read with "phụ trách" before it, which the title keeps.

    >>> match_at("Phó Giám đốc phụ trách Sở Tư pháp tỉnh Nghệ An", 13).text
    'phụ trách Sở Tư pháp tỉnh Nghệ An'
    """
    m = _IN_CHARGE.match(reader.text, pos)
    if m is None:
        return None
    hit = reader.match_at(m.end())
    if hit is None:
        return None
    return attrs.evolve(hit, start=pos, text=reader.text[pos : hit.end])


# Units that a post names by a name of their own in words of any case, then the level or
# body they serve ("Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Đa khoa huyện", "Phòng
# Quản lý ngân sách Sở Tài chính"); "phòng" also in lower case after "Trưởng".
_UNIT_NOUN = re.compile(
    rf"(?:(?-i:Trung[ ]+tâm|Bệnh[ ]+viện|Học[ ]+viện|Trường|Viện|Chi[ ]+cục|Cục|Phòng|Văn[ ]+phòng"
    rf"|Ban[ ]+[Qq]uản[ ]+lý|Ban)|(?-i:phòng))[ ]+(?=[{UPPER}\d])"
)
_UNIT_WORD = re.compile(r"[ ]*(?:\([A-ZĐ0-9&.-]+\)|[\w'’]+(?:-[\w'’]+)*)")
# Words that end a unit's name: the sentence goes on.
_UNIT_STOP = frozenset({"và", "với", "tại", "của", "cho", "đã", "đang", "sẽ", "cùng", "về", "trong", "để", "là",
                        "được", "thì", "khi", "nhằm", "theo", "các", "những"})
#: The kinds of local units, as they stand before a unit's name ("xã", "thị xã", "đặc khu").
_PLACE_KINDS = r"(?:tỉnh|thành[ ]+phố|huyện|quận|thị[ ]+xã|xã|phường|thị[ ]+trấn|đặc[ ]+khu)"
_LEVEL_WORD = re.compile(rf"(?:{_PLACE_KINDS}|Trung[ ]+ương|TW|T\.Ư)(?!\w)")
_UNIT_WORDS = 10


# A unit named by its code alone ("Trưởng phòng PC04").
_CODE_ONLY = re.compile(r"[A-ZĐ]{1,3}\d{2,3}")


def _service_unit(reader: Reader, pos: int) -> OrgHit | None:
    """A unit that a post names by a descriptive name and then the level or the body it serves
    (after a comma or not); not a body of the political system (``is_body`` is false), but
    the title runs to its end.

    >>> match_at("Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam cho biết", 9).text
    'Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam'
    >>> match_at("Giám đốc Trung tâm Kiểm soát bệnh tật cho biết", 9) is None
    True
    >>> match_at("Trưởng phòng PC04, ông An", 7).text, match_at("Trưởng phòng Ba, ông An", 7)
    ('phòng PC04', None)
    """
    text = reader.text
    m = _UNIT_NOUN.match(text, pos)
    if m is None:
        return None
    end = cur = m.end() - 1  # the space before the name's first word
    names = surnames()
    for _ in range(_UNIT_WORDS):
        if text[cur : cur + 1] == " " and _LEVEL_WORD.match(text, cur + 1):
            place = _place_after(text, cur, "keyword", "province|district|commune|central", reader.province)
            if place is None or place.generic:
                return _unit_hit(text, pos, cur)
            if place.level is _CENTRAL and text[place.end : place.end + 1] == " ":
                # "Bệnh viện Đa khoa Trung ương Thái Nguyên": a central unit and the province it stands in.
                where = _longest_known(text, place.end + 1, min(len(text), place.end + 40), _province_of)
                return _unit_hit(text, pos, where if where is not None else place.end)
            return _unit_hit(text, pos, place.end)
        word = _UNIT_WORD.match(text, cur)
        if word is None:
            # "Phòng Quản lý ngân sách, Sở Tài chính": the body the unit belongs to, after a comma.
            found = _with_parent_unit(reader, _unit_hit(text, pos, cur)) if cur > end else None
            if found is not None and found.end > cur:
                return found
            return _unit_hit(text, pos, cur) if _CODE_ONLY.fullmatch(text, end + 1, cur) else None
        start = word.end() - len(word.group().lstrip())
        token = text[start : word.end()]
        if cur > end and token[:1].isupper():
            parent = reader.body_at(start)
            if parent is not None and parent.start == start and parent.is_body and parent.level is not None:
                return _unit_hit(text, pos, parent.end)  # "Phòng Quản lý ngân sách Sở Tài chính"
            if token in names and _NEXT_WORD.match(text, word.end()):
                return None  # a person's name follows
        if token in _UNIT_STOP:
            # "Trưởng phòng PC04 và ...": a unit named by its code alone.
            return _unit_hit(text, pos, cur) if _CODE_ONLY.fullmatch(text, end + 1, cur) else None
        cur = word.end()
    return None


def _unit_hit(text: str, start: int, end: int) -> OrgHit:
    """The :class:`OrgHit` of a unit that only a title names (see :func:`_service_unit`)."""
    written = text[start:end]
    name = " ".join(written.split())
    name = name[0].upper() + name[1:]
    return OrgHit(start, end, written, name, "unit:" + _norm_key(name), _STATE, None, None, name.split()[0],
                  is_body=False)


_COMMA_PARENT = re.compile(r"[ ]*,[ ]*")


@functools.cache
def _sub_units() -> tuple[str, ...]:
    """The first words of the units that belong to a body named after a comma ("Phòng Tổ chức
    cán bộ, Sở Nội vụ"), each with the space after it (``data/sub_units.tsv``)."""
    return tuple(row["name"] + " " for row in load_table("sub_units"))


def _with_parent_unit(reader: Reader, hit: OrgHit) -> OrgHit:
    """``hit``, or, for a unit of a body with no place of its own, the unit with the body it
    belongs to when that follows a comma ("Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh").

    >>> match_at("Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Hà Nam", 7).text
    'phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Hà Nam'
    """
    if hit.place is not None or not hit.name.startswith(_sub_units()):
        return hit
    comma = _COMMA_PARENT.match(reader.text, hit.end)
    if comma is None:
        return hit
    parent = reader.body_at(comma.end())
    if parent is None or parent.start != comma.end() or not parent.is_body or parent.level is None:
        return hit
    if parent.name.startswith(_sub_units()):
        return hit  # a list of units, not a unit and its body
    return attrs.evolve(hit, end=parent.end, text=reader.text[hit.start : parent.end])


def match_at(text: str, pos: int, *, province: str | None = None, after_role: bool = True) -> OrgHit | None:
    """The body name that starts exactly at ``pos``, or ``None``.

    ``after_role`` accepts what only a title makes a body ("Ủy viên
    Trung ương" names the Central Committee) and delegations.

    >>> match_at("Ủy viên Trung ương Đảng", 8).name
    'Ban Chấp hành Trung ương Đảng'
    """
    return Reader(text, province).match_at(pos, after_role=after_role)


class Reader:
    """The body names read at the positions of one text (normalised) for one province,
    each one read once: :func:`scan` reads at every place where a body may start, and
    the people parser again after the posts, mostly at the same places.

    A reading with ``after_role`` set or not is the same unless one of the tests that
    the flag decides applied on the way (:func:`_read_at`): a reading where none did
    serves both.

    >>> reader = Reader("Trưởng phòng Nội vụ và Sở Nội vụ", None)
    >>> reader.match_at(7, after_role=False), reader.match_at(7).name
    (None, 'Phòng Nội vụ')
    >>> reader.match_at(23).name, reader.match_at(23, after_role=False).name
    ('Sở Nội vụ', 'Sở Nội vụ')
    """

    __slots__ = ("both", "by_flag", "province", "text")

    def __init__(self, text: str, province: str | None) -> None:
        self.text = text
        self.province = province
        #: Position -> the reading there, where it is the same for both values of ``after_role``.
        self.both: dict[int, OrgHit | None] = {}
        #: For each value of ``after_role``: position -> the reading there with that value,
        #: where the other one reads otherwise (or may).
        self.by_flag: tuple[dict[int, OrgHit | None], dict[int, OrgHit | None]] = ({}, {})

    def body_at(self, pos: int, after_role: bool = False) -> OrgHit | None:
        """:func:`_body_at` at ``pos``, read once."""
        both, mine = self.both, self.by_flag[after_role]
        if pos in both:
            return both[pos]
        if pos in mine:
            return mine[pos]
        asked: list[bool] = []
        hit = _read_at(self.text, pos, self.province, after_role, asked)
        (mine if asked else both)[pos] = hit
        return hit

    def match_at(self, pos: int, after_role: bool = True) -> OrgHit | None:
        """:func:`match_at` at ``pos``."""
        hit = self.body_at(pos, after_role)
        if hit is not None and hit.start == pos:
            return _with_parent_unit(self, hit) if after_role else hit
        if after_role:
            return _delegation(self, pos) or _in_charge(self, pos) or _service_unit(self, pos)
        return None


@functools.lru_cache(maxsize=8)
def reader(text: str, province: str | None = None) -> Reader:
    """The :class:`Reader` of ``text`` (cached: the body and people parsers read the same
    article one after the other, at mostly the same places)."""
    return Reader(text, province)


_NEXT_WORD = re.compile(rf"[ ]+([{UPPER}][{LOWER}]*)(?!\w)")


_NAME_RUN = re.compile(rf"(?:[ ]+[{UPPER}][{LOWER}]*(?![\w'’-])){{1,5}}")


def _opens_name(text: str, last: str, end: int) -> bool:
    """Whether ``last``, the last word of a body name ending at ``end``, is the family name
    of a person named right after ("Trung ương Đoàn Văn An", "Trung ương Đoàn Kim An"), not
    part of the body ("Trung ương Đoàn Nguyễn Văn An")."""
    if last not in surnames():
        return False
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    if following.group(1) not in surnames():
        return True
    run = _NAME_RUN.match(text, end)
    return run is not None and len(run.group().split()) <= 2


def _body_at(text: str, pos: int, province: str | None, *, after_role: bool = False) -> OrgHit | None:
    """The body name the grammar reads at ``pos``. When it ends on a family name that
    a name goes on from ("Ban Tuyên giáo Trung ương Đoàn Văn An"), that word is the
    person's, and the shorter reading is taken."""
    return _read_at(text, pos, province, after_role, [])


def _read_at(text: str, pos: int, province: str | None, after_role: bool, asked: list[bool]) -> OrgHit | None:
    """:func:`_body_at`, which appends to ``asked`` each time a test that ``after_role``
    decides applies ("Trung ương" alone, a unit in lower case): it is tested, whatever
    the flag, wherever the reading reaches one. Where none applied, the reading went
    the same way as it would have with the other value of the flag."""
    grammar = _body_re()
    m = grammar.match(text, pos)
    if m is None:
        return None
    written = m.group()
    last = written[written.rfind(" ") + 1 :]
    checked = m.end()  # the end of the reading whose last word is known not to open a name (it starts at pos)
    names = surnames()
    if last in names and _opens_name(text, last, checked):
        # "Ủy ban Kiểm tra Trung ương Đoàn Văn An": the grammar's last word opens a name.
        cut = checked - len(last) - 1
        m = grammar.match(text, pos, cut) if cut > pos else None
        if m is None:
            return None
        checked = -1
    hit = _hit(m, text, province, after_role, asked)
    if m.start("part") >= 0:
        whole = _whole_re().match(text, pos, m.endpos)
        # A part alone read whole ends where it is matched, starts at pos and asks nothing
        # (see :func:`_hit`): it cannot take the place of a reading from pos that goes as far.
        if whole is not None and not (
            hit is not None and hit.start == pos and whole.end() <= hit.end and whole.start("bare") >= 0
        ):
            other = _hit(whole, text, province, after_role, asked)
            if other is not None and (hit is None or other.end > hit.end or other.start < hit.start):
                hit = other
    if hit is None:
        return None
    end = hit.end
    if hit.start != pos or end != checked:
        written = hit.text
        last = written[written.rfind(" ") + 1 :]
        if last in names and _opens_name(text, last, end):
            cut = end - len(last)
            m = grammar.match(text, pos, cut - 1) if cut - 1 > pos else None
            return _hit(m, text, province, after_role, asked) if m is not None else None
    if text[end : end + 1] == " " and hit.key.startswith(_CODED_HEADS):
        hit = _coded_unit(text, hit)
    elif hit.family in _missions():
        return _mission(text, hit)
    elif hit.key == "tw" and text[end : end + 1] == " ":
        hit = _other_party(text, hit)
    if hit.place is not None or text[end : end + 1] != " " or hit.level not in (_CENTRAL, None):
        return hit  # not a foreign body (the first tests of :func:`_foreign`)
    return _foreign(text, hit)


# The units of the police and the army that a code in brackets closes: their names run on past the
# field the lexicon knows ("Phòng Cảnh sát ... (PC04)", "Cục An ninh ... (A05)").
_CODED_HEADS = ("Phòng ", "Cục ", "Tổng cục ", "Chi cục ", "unit:Phòng ", "unit:Cục ", "unit:Tổng cục ",
                "unit:Chi cục ")
# A unit code: one to three capitals and two or three digits ("PC04", "PA05", "A05", "PV01").
UNIT_CODE = r"[A-ZĐ]{1,3}[ ]?\d{2,3}"
# Its words: a comma only before a word in lower case ("phòng, chống"), and no word that opens
# another unit ("Phòng Tư pháp, Phòng Cảnh sát ... (PC02)" are two).
_CODED_NAME = re.compile(
    rf"(?:(?:[ ]*,[ ]+(?=[{LOWER}])|[ ]+)(?!(?:Phòng|Cục|Sở|Ban|Đội|Công|Bộ|Chi|Tổng|Văn)(?!\w))"
    rf"[\w'’]+(?:-[\w'’]+)*){{1,14}}?(?=[ ]*\({UNIT_CODE}\))")


@functools.cache
def _missions() -> frozenset[str]:
    """Vietnam's missions abroad: the ``mission`` rows of ``data/bodies.tsv``."""
    return frozenset(row["name"] for row in load_table("bodies") if row["class"] == "mission")
_AT = re.compile(rf"[ ]+tại[ ]+(?=[{UPPER}])")
_CAPITAL_RUN = re.compile(rf"[{UPPER}][\w'’]*(?:(?:[ ]+|[ ]*-[ ]*)[{UPPER}][\w'’]*){{0,3}}")


# A word of a party's name: the first with a capital ("Nhân dân Cách mạng", not "và nhân dân").
_PARTY_WORD = re.compile(rf"[ ]+[{UPPER}][{LOWER}]*(?![\w-])")
_PARTY_NEXT_WORD = re.compile(r"[ ]+(?!(?:và|với|của|cùng|tại|các|đã|đang|sẽ)(?!\w))[\w]+(?![\w-])")


def _other_party(text: str, hit: OrgHit) -> OrgHit:
    """The Central Committee of another country's party, named with the party's name and its
    country ("Trung ương Đảng Nhân dân Cách mạng Lào"): no body of Vietnam, kept whole.

    >>> h = _body_at("Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư", 8, None)
    >>> h.text, h.is_body
    ('Trung ương Đảng Nhân dân Cách mạng Lào', False)
    >>> _body_at("Ủy viên Trung ương Đảng Lê Văn An", 8, None).is_body
    True
    >>> _body_at("Trung ương Đảng và nhân dân Lào", 0, None).text
    'Trung ương Đảng'
    """
    cur = hit.end
    for _ in range(5):
        country = _countries_re().match(text, cur)
        if country is not None and cur > hit.end:
            name = " ".join(text[hit.start : country.end()].split())
            return attrs.evolve(hit, end=country.end(), text=text[hit.start : country.end()], name=name,
                                key=f"foreign:tw:{country_name(country.group('country'))}", is_body=False)
        word = (_PARTY_NEXT_WORD if cur > hit.end else _PARTY_WORD).match(text, cur)
        if word is None or (cur == hit.end and word.group().strip() in surnames()):
            break  # "Ủy viên Trung ương Đảng Nguyễn Đức An": a person ("Đức" is no Germany here)
        cur = word.end()
    return hit


def _mission(text: str, hit: OrgHit) -> OrgHit:
    """A mission of Vietnam abroad with the country, the province or the city it stands in ("tại").

    >>> _body_at("Tổng Lãnh sự quán Việt Nam tại Luông Pha Bang tổ chức", 0, None).name
    'Tổng Lãnh sự quán Việt Nam tại Luông Pha Bang'
    >>> _body_at("Đại sứ quán Việt Nam tại Nhật Bản và", 0, None).name
    'Đại sứ quán Việt Nam tại Nhật Bản'
    >>> _body_at("Đại sứ quán Việt Nam tại đây", 0, None).name
    'Đại sứ quán Việt Nam'
    """
    at = _AT.match(text, hit.end)
    if at is None:
        return hit
    country = _countries_re().match(text, at.end() - 1)
    if country is not None:
        end: int | None = country.end()
    else:
        limit = min(len(text), at.end() + 40)
        run = _CAPITAL_RUN.match(text, at.end())  # a city the lexicons lack: its words with capitals
        end = _longest_known(text, at.end(), limit, _province_of) or (run.end() if run else None)
    if end is None:
        return hit
    name = f"{hit.name} tại {' '.join(text[at.end() : end].split())}"
    return attrs.evolve(hit, end=end, text=text[hit.start : end], name=name, key=f"{hit.key}@{name}")


def _coded_unit(text: str, hit: OrgHit) -> OrgHit:
    """``hit``, a unit the lexicon names by its field, with the rest of its name when a unit
    code in brackets closes it.

    >>> _body_at("Phòng Cảnh sát môi trường (PC05) Công an tỉnh", 0, None).name
    'Phòng Cảnh sát môi trường'
    >>> _body_at("Phòng Cảnh sát cơ động họp", 0, None).name
    'Phòng Cảnh sát'
    """
    m = _CODED_NAME.match(text, hit.end)
    if m is None or hit.place is not None:
        return hit
    name = " ".join(f"{hit.name}{m.group()}".split())
    return attrs.evolve(hit, end=m.end(), text=text[hit.start : m.end()], name=name, key="unit:" + name,
                        family=name)


@functools.cache
def _whole_re() -> re.Pattern[str]:
    """The body grammar that reads only whole names (see :func:`_body_re`)."""
    return _body_re(parts_first=False)


@functools.cache
def country_pattern(*, vietnam: bool = True) -> str:
    """A regex (compile it with :data:`re.IGNORECASE`) of a country's name (``data/countries.tsv``)
    written with a capital, short or long: "Chile", "nước Cộng hòa Chile", "Vương quốc Campuchia"
    (any form of state of the table before any country). Without ``vietnam``, Vietnam is left out.

    >>> bool(re.fullmatch(country_pattern(), "nước Cộng hòa Dân chủ Nhân dân Lào", re.IGNORECASE))
    True
    >>> bool(re.fullmatch(country_pattern(vietnam=False), "Việt Nam", re.IGNORECASE))
    False
    """
    rows = load_table("countries")
    names = [n for row in rows if row["kind"] == "country" and (vietnam or row["name"] != "Việt Nam")
             for n in [row["name"], *_split(row["variants"])] if n]
    forms = [row["name"] for row in rows if row["kind"] == "form"]
    capital = f"(?=[{UPPER}])"
    return (rf"(?:nước[ ]+)?{capital}(?:{_alternation(forms, caseless=True)}[ ]+{capital})?"
            rf"{_alternation(names, caseless=True)}")


@functools.cache
def _country_table() -> tuple[dict[str, str], tuple[str, ...]]:
    """Loose key of every name of a country -> the country's name; the loose keys of the
    forms of state ("cong hoa"), longest first."""
    rows = load_table("countries")
    names = {_norm_key(n): row["name"] for row in rows if row["kind"] == "country"
             for n in [row["name"], *_split(row["variants"])] if n}
    forms = sorted({_norm_key(row["name"]) for row in rows if row["kind"] == "form"}, key=len, reverse=True)
    return names, tuple(forms)


@functools.lru_cache(maxsize=256)
def country_name(written: str) -> str:
    """The name of the country that ``written`` (a match of :func:`country_pattern`) names,
    so that its short and long names are one country.

    >>> country_name("nước Cộng hòa Chilê"), country_name("Liên bang Nga")
    ('Chile', 'Nga')
    """
    names, forms = _country_table()
    key = _norm_key(written)
    if key.startswith("nuoc "):
        key = key[5:]
    if key in names:
        return names[key]
    for form in forms:
        if key.startswith(form + " ") and key[len(form) + 1 :] in names:
            return names[key[len(form) + 1 :]]
    return " ".join(written.split())


@functools.cache
def _countries_re() -> re.Pattern[str]:
    """A country other than Vietnam (``data/countries.tsv``), written with a capital."""
    return re.compile(rf"[ ]+(?P<country>{country_pattern(vietnam=False)})(?![\w-])", re.IGNORECASE)


@functools.cache
def _vietnam_re() -> re.Pattern[str]:
    """Vietnam, by its name or its long name ("nước Cộng hòa xã hội chủ nghĩa Việt Nam")."""
    forms = _alternation(_country_table_forms(), caseless=True)
    return re.compile(rf"[ ]+(?P<country>(?:(?:nước[ ]+)?(?=[{UPPER}]){forms}[ ]+)?(?-i:Việt)[ ]+(?-i:Nam))(?![\w-])",
                      re.IGNORECASE)


@functools.cache
def _country_table_forms() -> tuple[str, ...]:
    """The forms of state of ``data/countries.tsv`` ("Cộng hòa xã hội chủ nghĩa")."""
    return tuple(row["name"] for row in load_table("countries") if row["kind"] == "form")


# One capitalised syllable and then no other capitalised word: what a country would leave
# of a name.
_LONE_SYLLABLE = re.compile(r"[ ]+[^\W\d_]+(?![\w-])(?![ ]+[^\W\d_]*[A-ZĐ])")


def opens_name(text: str, start: int, end: int) -> bool:
    """Whether the country written at ``text[start:end]`` opens a Vietnamese name instead:
    its first word is a family name and one syllable follows ("Hàn Quốc An", where the
    country would leave "An" alone), or a common middle name and one syllable ("Hàn Quốc
    Văn An"; a foreigner's name after a country has none: "Hàn Quốc Park Min").

    >>> t = "Ủy viên Bộ Chính trị Hàn Quốc An phát biểu; Đại sứ Hàn Quốc Park Min"
    >>> opens_name(t, 21, 29), opens_name(t, t.rindex("Hàn"), t.rindex("Hàn") + 8)
    (True, False)
    >>> opens_name("Ủy viên Bộ Chính trị Hàn Quốc Văn An dự.", 21, 29)
    True
    """
    first = text[start:end].split()[0]
    if first not in surnames() or not first[:1].isupper():
        return False
    middle = _MIDDLE_SYLLABLE.match(text, end)
    if middle is not None and middle.group(1) in middle_names():
        end = middle.end()
    lone = _LONE_SYLLABLE.match(text, end)
    return lone is not None and lone.group().strip()[:1].isupper()


_MIDDLE_SYLLABLE = re.compile(r"[ ]+([A-ZĐÀ-Ỹ][^\W\d_]*)(?=[ ])")


@functools.cache
def middle_names() -> frozenset[str]:
    """Common Vietnamese middle names (``data/surnames.tsv``)."""
    return frozenset(r["name"] for r in load_table("surnames") if r["part"] == "middle")


def _foreign(text: str, hit: OrgHit) -> OrgHit:
    """A body of another country ("Bộ Ngoại giao Lào", "Quốc hội Campuchia") is no body of
    Vietnam's political system: it is kept whole, so that a title names it, but not listed.

    >>> _body_at("Bộ Ngoại giao Lào", 0, None).is_body
    False
    >>> _body_at("Bộ Công an Lào Cai", 0, None).name
    'Bộ Công an'
    """
    if hit.place is not None or hit.level not in (_CENTRAL, None) or text[hit.end : hit.end + 1] != " ":
        return hit
    m = _countries_re().match(text, hit.end)
    if m is None:
        own = _vietnam_re().match(text, hit.end)
        if own is not None and country_name(own.group("country")) == "Việt Nam":
            # "Quốc hội Việt Nam", "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam": Vietnam's own body.
            return attrs.evolve(hit, end=own.end(), text=text[hit.start : own.end()])
        return hit
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt is not None and places.province(f"{m.group('country')} {nxt.group(1)}") is not None:
        return hit  # "Lào Cai" is a province, not Laos
    if opens_name(text, m.start("country"), m.end()):
        return hit  # "Ủy viên Bộ Chính trị Hàn Quốc An": a person, not Korea
    country = " ".join(m.group("country").split())
    return attrs.evolve(hit, end=m.end(), text=text[hit.start : m.end()], name=f"{hit.name} {country}",
                        key=f"foreign:{hit.key}:{country_name(country)}", is_body=False)


def _preceded_by_plural(text: str, start: int, plural_end: int) -> bool:
    """ "các cấp ủy", "các Sở", "168 đảng bộ", and the items of a list that a plural
    opened ("các tỉnh ủy, thành ủy"; ``plural_end`` is where the last plural one ended):
    a kind of body, no body."""
    # Both patterns end in spaces (``$`` may stand before a final newline), and
    # "các" and "những" end in "c" and "g".
    before = text[start - 1 : start]  # empty at the start of the text
    spaced = before == " " or before == "\n"
    if spaced:
        low = max(0, start - 8)
        # The window that _PLURAL_BEFORE searches, but for its spaces (and a newline at its end):
        # it cannot match unless a "c" or a "g" stands before them.
        word = text[low : start - 1 if before == "\n" else start].rstrip(" ")
        if word and word[-1] in "cCgG" and _PLURAL_BEFORE.search(text, low, start):
            return True
    if not text[start].islower():
        return False
    if spaced and _COUNT_BEFORE.search(text, max(0, start - 8), start) is not None:
        return True
    gap = _LIST_GAP.match(text, plural_end) if plural_end else None
    return gap is not None and gap.end() == start


# A count before a body ("12 Ủy ban nhân dân xã"), not a day, month, year or number of a document.
_COUNTED_BEFORE = re.compile(
    r"(?<![\w.,/])(?<!(?i:ngày|khóa) )(?<!(?i:năm|lần) )(?<!(?i:tháng) )(?<!(?i:số) )(?!(?:19|20)\d\d[ ])\d+[ ]+$"
)
# The next kind of place of a list of kinds: "xã, phường", "xã và thị trấn".
_KIND_LIST = re.compile(
    rf"(?:[ ]*,[ ]*|[ ]+và[ ]+)(?i:{_PLACE_KINDS})(?!\w)"
)


def _counted(text: str, hit: OrgHit) -> bool:
    """A body counted by a number with no place named, or with a list of kinds of places: a
    kind of body, no body ("15 Ủy ban nhân dân xã, phường" are fifteen committees).

    >>> _counted("có 15 Ủy ban nhân dân xã, phường", _body_at("có 15 Ủy ban nhân dân xã, phường", 6, None))
    True
    >>> _counted("ngày 15 Ủy ban nhân dân xã họp", _body_at("ngày 15 Ủy ban nhân dân xã họp", 8, None))
    False
    """
    if _COUNTED_BEFORE.search(text, max(0, hit.start - 12), hit.start) is None:
        return False
    unnamed = hit.place is None and hit.level in (_DISTRICT, _COMMUNE)
    return unnamed or _KIND_LIST.match(text, hit.end) is not None


# "Đảng bộ, chính quyền và nhân dân tỉnh X": the Party organisation of the place that closes the formula.
_AND_PEOPLE = re.compile(
    # "Nhân dân" is often written with a capital ("Đảng bộ, chính quyền và Nhân dân tỉnh X").
    r"Đảng[ ]+bộ(?:(?:[ ]*,[ ]*|[ ]+và[ ]+)(?i:chính[ ]+quyền|quân|nhân[ ]+dân(?:[ ]+các[ ]+dân[ ]+tộc)?|dân"
    r"|các[ ]+dân[ ]+tộc|các[ ]+tầng[ ]+lớp"
    rf"[ ]+nhân[ ]+dân|lực[ ]+lượng[ ]+vũ[ ]+trang)){{1,4}}[ ]+(?={_PLACE_KINDS}[ ])"
)


def _organisation_and_people(text: str, pos: int, province: str | None) -> OrgHit | None:
    """ "Đảng bộ" at ``pos`` opening the formula "Đảng bộ, chính quyền và nhân dân" + a place: the
    Party organisation of that place (its span is the word "Đảng bộ").

    >>> _organisation_and_people("nhờ Đảng bộ, chính quyền và nhân dân tỉnh Lai Châu", 4, None).name
    'Đảng bộ tỉnh Lai Châu'
    """
    m = _AND_PEOPLE.match(text, pos)
    if m is None:
        return None
    joined = "Đảng bộ " + text[m.end() : m.end() + 60]
    again = _body_at(joined, 0, province)
    if again is None or again.place is None or again.family != "Đảng bộ":
        return None
    end = pos + len("Đảng bộ")
    return attrs.evolve(again, start=pos, end=end, text=text[pos:end])


# "UBND các tỉnh A, B và C": one body of each place listed.
_PLURAL_PLACES = re.compile(r"[ ]+các[ ]+(?P<kw>tỉnh|thành[ ]+phố|huyện|quận|xã|phường)[ ]+(?=[^\W\d_])")
_PLACE_LIST_GAP = re.compile(r"[ ]*,[ ]*(?:và[ ]+)?|[ ]+và[ ]+")


def _each_place(text: str, pos: int, province: str | None) -> list[OrgHit]:
    """The bodies that a body of every level followed by a plural list of places names, one
    per place ("UBND các tỉnh Lai Châu, Điện Biên"); each spans its place's name (the first
    one from the head). Only places the lexicons know are read, and only two or more.

    >>> [h.name for h in _each_place("UBND các tỉnh Lai Châu, Điện Biên và Sơn La họp", 0, None)]
    ['Ủy ban nhân dân tỉnh Lai Châu', 'Ủy ban nhân dân tỉnh Điện Biên', 'Ủy ban nhân dân tỉnh Sơn La']
    """
    m = _body_re().match(text, pos)
    if m is None or not (m.group("local") or m.group("unit")) or m.group("part"):
        return []
    plural = _PLURAL_PLACES.match(text, m.end())
    if plural is None:
        return []
    head = " ".join(m.group().split())
    kw = " ".join(plural.group("kw").split())
    known: Callable[[str], str | None] = _province_of if kw in ("tỉnh", "thành phố") else (
        lambda name: name if " ".join(name.split()) in (_districts() if kw in ("huyện", "quận") else _wards())
        else None)
    out: list[OrgHit] = []
    cur = plural.end()
    while True:
        found = _longest_known(text, cur, min(len(text), cur + 40), known)
        if found is None:
            break
        joined = f"{head} {kw} {text[cur:found]}"
        again = _body_at(joined, 0, province)
        if again is None or again.end != len(joined) or again.place is None:
            break
        start = pos if not out else cur
        out.append(attrs.evolve(again, start=start, end=found, text=text[start:found]))
        gap = _PLACE_LIST_GAP.match(text, found)
        if gap is None:
            break
        cur = gap.end()
    return out if len(out) >= 2 else []


@functools.lru_cache(maxsize=8)
def _scan_cached(text: str, province: str | None) -> tuple[OrgHit, ...]:
    """Every body name, left to right; where two readings overlap, the first one wins."""
    out: list[OrgHit] = []
    end = plural_end = 0
    # Each reading is kept for the people parser (as :meth:`Reader.body_at` would; this is
    # faster, and a reading already kept is the same).
    memo = reader(text, province)
    both, plain = memo.both, memo.by_flag[False]
    for pos, kinds in triggers(text):
        if pos < end or not kinds & 1:
            continue
        asked: list[bool] = []
        hit = _read_at(text, pos, province, False, asked)
        (plain if asked else both)[pos] = hit
        if hit is not None and hit.bare == "generic" and hit.end == pos + 7 and text.startswith("Đảng bộ", pos):
            hit = _organisation_and_people(text, pos, province) or hit
        if hit is None and text.find(" các ", pos, pos + 60) >= 0:
            each = _each_place(text, pos, province)
            if each:
                out.extend(each)
                end = each[-1].end
            continue
        if hit is None or hit.start < end:
            continue
        if _preceded_by_plural(text, hit.start, plural_end):
            plural_end = hit.end
            continue
        if _counted(text, hit):
            plural_end = end = hit.end  # no body read inside it either ("MTTQ xã" in "Ủy ban MTTQ xã")
            continue
        out.append(hit)
        end = hit.end
    if "Trưởng phòng " in text:
        out = _offices_of_heads(text, province, out)
    return _drop_kinds(text, out)


_HEAD_OF_OFFICE = re.compile(r"(?<!\w)Trưởng[ ]+(?=phòng[ ])")


def _offices_of_heads(text: str, province: str | None, hits: list[OrgHit]) -> list[OrgHit]:
    """``hits`` with the offices that their heads' posts name in lower case, with their place
    ("Trưởng phòng Nội vụ huyện Tân Yên": the Phòng Nội vụ of that district); a unit is
    written with a capital elsewhere, and with no place the post names no one office.

    >>> [h.name for h in scan("Ông An, Trưởng phòng Kinh tế xã Tân Lập, và Trưởng phòng Nội vụ dự họp")]
    ['Phòng Kinh tế xã Tân Lập']
    """
    found = []
    for m in _HEAD_OF_OFFICE.finditer(text):
        hit = _read_at(text, m.end(), province, True, [])
        if hit is not None and hit.is_body and hit.place is not None and hit.key.startswith("Phòng "):
            found.append(hit)
    if not found:
        return hits
    taken = [(h.start, h.end) for h in hits]
    fresh = [h for h in found if not any(a < h.end and h.start < b for a, b in taken)]
    return sorted(hits + fresh, key=lambda h: h.start)


# After a body with no place: the level of whoever the sentence is about ("HĐND, UBND cùng cấp",
# "MTTQ các cấp"), or a count of places ("UBND 3 xã", "Đảng ủy hai phường").
_KIND_AFTER = re.compile(
    rf"[ ]+(?:(?:cùng|các|mọi)[ ]+cấp|(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ ]+{_PLACE_KINDS})(?!\w)"
)
# A body named by a kind of place, then more kinds of places: "đảng bộ xã, phường, đặc khu" (not
# "Tỉnh ủy, Tỉnh trưởng", "Đảng ủy xã và phường Tân An").
_KIND_END = re.compile(rf"(?<!\w){_PLACE_KINDS}$")
_KINDS_AFTER = re.compile(
    rf"(?:[ ]*,[ ]*|[ ]+(?:và|hoặc)[ ]+){_PLACE_KINDS}(?!\w)(?![ ]+[{UPPER}\d])"
)


def _drop_kinds(text: str, hits: list[OrgHit]) -> tuple[OrgHit, ...]:
    """``hits`` without the kinds of bodies that what follows a body with no place makes of
    it: a level ("cùng cấp"), with the bodies listed before it ("HĐND, UBND cùng cấp"), a
    count of places, or a list of kinds of places ("đảng bộ xã, phường, đặc khu").

    >>> [h.name for h in scan("Tỉnh ủy Hà Nam chỉ đạo HĐND và UBND cùng cấp; UBND 3 xã họp")]
    ['Tỉnh ủy Hà Nam']
    >>> [h.name for h in scan("Đảng ủy xã, phường và UBND tỉnh Hà Nam")]
    ['Ủy ban nhân dân tỉnh Hà Nam']
    """
    out: list[OrgHit] = []
    listed_from = -1  # where the last body dropped as a kind starts
    for hit in reversed(hits):
        if hit.place is None and (
            _KIND_AFTER.match(text, hit.end)
            or (_KINDS_AFTER.match(text, hit.end) and _KIND_END.search(hit.text))
            or (listed_from >= 0 and (gap := _LIST_GAP.match(text, hit.end)) is not None and gap.end() == listed_from)
        ):
            listed_from = hit.start
            continue
        listed_from = -1
        out.append(hit)
    out.reverse()
    return tuple(out)


def scan(text: str, *, province: str | None = None) -> tuple[OrgHit, ...]:
    """Every body name in ``text`` (normalised), left to right, not overlapping."""
    return _scan_cached(text, province)


@functools.cache
def _local_names() -> frozenset[str]:
    """The names of the bodies of every level (``data/local_bodies.tsv``)."""
    return frozenset(row["name"] for row in load_table("local_bodies"))


# Between two bodies that share the place written after the second: "Đảng ủy, UBND xã X".
_SHARED_GAP = re.compile(r"[ ]*,[ ]*|[ ]+(?:và|,)[ ]+", re.IGNORECASE)
# Between two bodies of one chain of posts held in one place: "Phó Bí thư Đảng ủy, Chủ tịch UBND xã X"
# (both posts are that commune's), "Bí thư Đảng ủy kiêm Chủ tịch HĐND phường Y".
_POST_GAP_HEAD = r"(?:[ ]*,[ ]*|[ ]+(?:kiêm|và)[ ]+)(?:(?:nguyên|hiện[ ]+là|đồng[ ]+thời[ ]+là)[ ]+)?"


@functools.cache
def _post_gap_re() -> re.Pattern[str]:
    return re.compile(rf"{_POST_GAP_HEAD}(?:{role_pattern()})[ ]+", re.IGNORECASE)


# A place keyword inside a body's name, which opens the place it shares.
_PLACE_IN_NAME = re.compile(r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?!\w)")


def _shared_places(hits: tuple[OrgHit, ...], text: str, province: str | None) -> tuple[OrgHit, ...]:
    """Give a body written without a place the place of the body right after it in a list
    ("Đảng ủy, UBND xã Quang Minh": the Party committee of that commune too) or in a chain of
    posts ("Bí thư Đảng ủy, Chủ tịch UBND xã Quang Minh"), where its name and that place read
    as one name (its spans stay those written).

    >>> [h.name for h in _shared_places(scan("Đảng ủy, UBND xã Tân An họp"), "Đảng ủy, UBND xã Tân An họp", None)]
    ['Đảng ủy xã Tân An', 'Ủy ban nhân dân xã Tân An']
    >>> [h.name for h in _shared_places(scan("Đảng ủy, HĐND, UBND phường họp"), "Đảng ủy, HĐND, UBND phường họp", None)]
    ['Đảng ủy phường', 'Hội đồng nhân dân phường', 'Ủy ban nhân dân phường']
    """
    if not hits:
        return hits
    out = list(hits)
    for i, h in enumerate(out):
        if h.place is not None and h.bare is None and h.family == _norm_text(h.text):
            out[i] = _place_after_posts(h, text, out[i + 1].start if i + 1 < len(out) else len(text), province)
    for i in range(len(out) - 2, -1, -1):  # from the end: "Đảng ủy, HĐND, UBND xã X"
        h, nxt = out[i], out[i + 1]
        if h.place is not None or h.family not in _local_names() or h.family != h.name:
            continue  # only a body of every level written alone ("Đảng ủy", "HĐND")
        gap = _SHARED_GAP.match(text, h.end)
        posts = False
        if gap is None or gap.end() != nxt.start:
            gap, posts = _post_gap_re().match(text, h.end, nxt.start), True
        if gap is None or gap.end() != nxt.start:
            continue
        if nxt.place is None and (posts or nxt.level not in (_PROVINCE_LEVEL, _DISTRICT, _COMMUNE)):
            continue  # a list shares a level written without a name too: "Đảng ủy, HĐND, UBND phường"
        kw = _PLACE_IN_NAME.search(nxt.name, len(nxt.family))
        if kw is None:
            continue
        joined = f"{h.text} {nxt.name[kw.start():]}"
        again = _body_at(joined, 0, province)
        if again is None or again.end != len(joined) or again.place != nxt.place:
            continue
        if posts and again.level is not _COMMUNE:
            # Above the commune a Party committee is "Tỉnh ủy", "Huyện ủy": "Bí thư Đảng ủy, Chính ủy
            # Bộ Chỉ huy Quân sự tỉnh" is the committee of the body after it, where it can have one.
            joined = f"{h.text} {nxt.name}"
            again = _body_at(joined, 0, province)
            if again is None or again.end != len(joined) or again.parent is None:
                continue
        out[i] = attrs.evolve(h, name=again.name, key=again.key, level=again.level, place=again.place,
                              bare=again.bare, kind=again.kind, family=again.family, parent=again.parent)
    return tuple(out)


@functools.lru_cache(maxsize=256)
def _norm_text(written: str) -> str:
    """``written`` in the spelling of the lexicons' names ("Tỉnh uỷ" -> "Tỉnh ủy")."""
    entry = _local()[0].get(_norm_key(written))
    return entry.row["name"] if entry is not None else written


def _place_after_posts(h: OrgHit, text: str, limit: int, province: str | None) -> OrgHit:
    """``h``, a body written without its place ("Tỉnh ủy") and completed from the article's
    province, with the place a chain of posts ends in instead where no body stands between
    ("Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn" is the Party committee of Hủa Phăn).

    >>> _place_after_posts(match_at("Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn", 0, province="Sơn La"),
    ...                    "Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn", 99, "Sơn La").name
    'Tỉnh ủy Hủa Phăn'
    """
    gap = _post_gap_re().match(text, h.end, limit)
    if gap is None:
        return h
    place = _place_after(text, gap.end() - 1, "keyword", _LEVEL_TEXT[h.level] if h.level else "", province)
    if place is None or not place.place or place.place == h.place or place.level is not h.level:
        return h
    joined = f"{h.text} {place.place}"
    again = _body_at(joined, 0, province)
    if again is None or again.end != len(joined) or again.place != place.place:
        return h
    return attrs.evolve(h, name=again.name, key=again.key, place=again.place)


class Resolved(NamedTuple):
    """The bodies of one text: each one's mentions, and the body each hit names."""

    bodies: tuple[tuple[OrgHit, tuple[OrgHit, ...]], ...]
    by_span: dict[tuple[int, int], OrgHit]


@functools.cache
def _names_parent(part: str) -> bool:
    """Whether a mention of the part ``part`` names the body it belongs to as well
    (``names_parent`` in ``data/body_parts.tsv``: "Ban Dân vận Huyện ủy X" names "Huyện ủy X")."""
    entry = _parts()[0].get(_norm_key(part))
    return entry is not None and entry.row["names_parent"] == "yes"


def _with_parents(hits: tuple[OrgHit, ...]) -> tuple[list[OrgHit], list[OrgHit]]:
    """``hits`` with the bodies that parts name as well, in text order; and the full names of
    the bodies parts belong to, which bare mentions may stand for ("Đảng bộ huyện" for the
    "Đảng bộ huyện X" of "Ban Chấp hành Đảng bộ huyện X")."""
    out: list[OrgHit] = []
    parents: list[OrgHit] = []
    for h in hits:
        out.append(h)
        p = h.parent
        if p is None or p.bare is not None:
            continue
        parents.append(p)
        if p.level is not _CENTRAL and _names_parent(h.family):
            # The central commissions ("Ban Tổ chức Trung ương") are bodies of their own in the news.
            out.append(p)
    return out, parents


def _antecedent(h: OrgHit, candidates: dict[str, OrgHit], placed: list[OrgHit]) -> OrgHit | None:
    """Of several bodies a bare mention ``h`` ("UBND xã") may stand for, the one of the place
    last named at its level before it ("... Bí thư Đảng ủy xã A. UBND xã đã ..." is that of
    commune A); ``None`` if no such place comes before it."""
    by_place = {c.place: c for c in candidates.values() if c.key.startswith(h.key)}
    for p in reversed(placed):
        if p.start >= h.start or p.level is not h.level:
            continue
        found = by_place.get(p.place)
        if found is not None:
            return found
    return None


def _of_one_body(h: OrgHit, full: dict[str, dict[str, OrgHit]]) -> bool:
    """Whether ``h`` is a part of a body named alone that stands for the one body of its kind
    the text names in full ("Cơ quan Thường trực Ban Chỉ đạo" beside "Ban Chỉ đạo Trung ương
    về phòng, chống tham nhũng"): it is a body, kept as written."""
    p = h.parent
    return p is not None and p.bare == "resolve" and len(full.get(p.family, ())) == 1


def _resolve(hits: tuple[OrgHit, ...]) -> Resolved:
    """Group the hits by the body they name; name each body by its most complete mention."""
    named, parents = _with_parents(hits)
    full: dict[str, dict[str, OrgHit]] = {}
    for h in (*named, *parents):
        if h.bare is None:
            full.setdefault(h.family, {}).setdefault(h.key, h)
    placed: list[OrgHit] | None = None  # the full names with a place, in text order (when asked)
    groups: dict[str, list[OrgHit]] = {}
    canonical: dict[str, OrgHit] = {}
    for h in named:
        target = h
        if h.bare == "generic":
            continue
        if h.bare is not None:
            # A name alone means the one body of its kind the text names in full;
            # failing that, a "resolve" name is no body (unless the article's province
            # completes it), another one a body without a place.
            # A part kept alone ("Ban cán sự đảng") may belong to any body: it stays apart.
            candidates = full.get(h.family, {})
            if h.level is not None:
                # "UBND xã" beside "UBND tỉnh Lào Cai" and "UBND xã Nậm Xé": the one of its level.
                candidates = {k: c for k, c in candidates.items() if c.level is h.level}
            if len(candidates) == 1 and (h.bare == "resolve" or not h.key.startswith("part:")):
                target = next(iter(candidates.values()))
            elif len(candidates) > 1 and h.level is not None and h.key.endswith("|"):
                if placed is None:
                    placed = sorted((c for c in (*named, *parents) if c.bare is None and c.place), key=_start)
                target = _antecedent(h, candidates, placed) or h
            elif h.bare == "resolve" and not h.place and not _of_one_body(h, full):
                continue
        groups.setdefault(target.key, []).append(h)
        best = canonical.get(target.key)
        if best is None or len(target.name) > len(best.name):
            canonical[target.key] = target
    bodies = []
    by_span: dict[tuple[int, int], OrgHit] = {}
    for key, mentions in groups.items():
        best = canonical[key]
        for h in mentions:
            by_span[(h.start, h.end)] = best
        bodies.append((best, tuple(mentions)))
    bodies.sort(key=lambda b: b[1][0].start)
    return Resolved(tuple(bodies), by_span)


def _start(hit: OrgHit) -> int:
    return hit.start


@functools.lru_cache(maxsize=8)
def normalized(text: str) -> Normalized:
    """``text`` normalised (cached: the body and people parsers read the same article one
    after the other, and normalising is a third of their work)."""
    return normalize(text)


@functools.lru_cache(maxsize=8)
def analyse(text: str, province: str | None = None) -> Resolved:
    """The bodies ``text`` names, resolved across the whole text (cached: the
    body and people parsers read the same article one after the other)."""
    return _resolve(_shared_places(scan(text, province=province), text, province))


# --- Roles -------------------------------------------------------------------------------------------


class Role(NamedTuple):
    """A post of ``data/titles.tsv``."""

    title: str
    role: str
    kind: str
    combine: tuple[str, ...]
    body: str


@functools.cache
def _roles() -> tuple[dict[str, Role], str]:
    table: dict[str, Role] = {}
    phrases = []
    for row in load_table("titles"):
        role = Role(row["title"], row["role"] or row["title"], row["kind"], tuple(_split(row["combine"])),
                    row["body"])
        for written in [row["title"], *_split(row["variants"])]:
            table[_norm_key(written)] = role
            phrases.append(written)
    return table, _alternation(phrases, caseless=True)


def alternation_of(phrases: Iterable[str]) -> str:
    """A fast regex alternation of ``phrases``, the longest first (compile it with
    :data:`re.IGNORECASE`, or wrap it in ``(?-i:...)`` to keep the case written)."""
    return _alternation(phrases)


def role_pattern() -> str:
    """The regex alternation of every post (``data/titles.tsv``), longest first; compile
    it with :data:`re.IGNORECASE`."""
    return _roles()[1]


def role_of(written: str) -> Role | None:
    """The post ``written`` spells, or ``None``.

    >>> role_of("phó bí thư thường trực").role
    'Phó Bí thư Thường trực'
    """
    return _roles()[0].get(_norm_key(written))
