"""Text normalisation with an offset map back to the original.

Scraped Vietnamese text comes in many spellings of the same word: composed
(NFC) or decomposed (NFD) Unicode, old or new tone-mark placement ("Tỉnh uỷ"
and "Tỉnh ủy", "hoá" and "hóa"), a mis-encoded "ǎ" (U+01CE) for "ă",
non-breaking and other odd spaces, several dashes and quotes. The parsers work
on one canonical spelling; :func:`normalize` produces it together with a map
that sends every offset in the normalised text back to the original, so that
spans always point into the text the caller passed in.

>>> n = normalize("Tỉnh uỷ\\u00a0Bắc Giang")
>>> n.text
'Tỉnh ủy Bắc Giang'
>>> nfd = "Ti\\u0309nh u\\u0309y"
>>> n = normalize(nfd)
>>> n.text, n.to_original(5), len(nfd)
('Tỉnh ủy', 6, 9)
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import functools
import re
import types
import typing
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar, cast

import attrs

from vnpolparse.errors import InputTypeError
from vnpolparse.models import Span

__all__ = ["Normalized", "check_text", "fold", "normalize", "remap"]

T = TypeVar("T")

# Combining marks (with the character they sit on): the only places where NFC
# changes the length of Vietnamese text.
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# Characters dropped from the normalised text: zero-width characters, the soft
# hyphen, the byte-order mark, and the CR of a CRLF pair.
_DROPPED = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
# A run of combining marks, a run of dropped characters, or the CR of a CRLF.
# Written as one leading character class (then a branch on what it was) so
# that the engine skips ahead in C to the next candidate; a plain alternation
# of the three makes it try every position. A run of combining marks is
# joined to the character before it in normalize().
_LENGTH_CHANGING = re.compile(
    rf"[{_COMBINING}{_DROPPED}\r](?:(?<=[{_COMBINING}])[{_COMBINING}]*|(?<=[{_DROPPED}])[{_DROPPED}]*|(?<=\r)(?=\n))"
)


def _translation_table() -> dict[int, str]:
    table: dict[int, str] = {}
    spaces = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
    for ch in spaces:
        table[ord(ch)] = " "
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d":
        table[ord(ch)] = "-"
    # (Not the guillemets "«" "»": on Vietnamese pages they separate breadcrumbs, not quotes.)
    for ch in "\u201c\u201d\u201e\u201f\u2033":
        table[ord(ch)] = '"'
    for ch in "\u2018\u2019\u201a\u201b\u2032":
        table[ord(ch)] = "'"
    # "ǎ"/"Ǎ" (a with caron) is what some CMSs emit for "ă"/"Ă" (a with breve).
    table[0x01CE] = "ă"
    table[0x01CD] = "Ă"
    for cp in (0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029):
        table[cp] = "\n"
    for cp in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]:
        table[cp] = " "
    return table


_TRANSLATE = _translation_table()
# str.translate walks every character in Python-level dict lookups; a regex
# that visits only the characters to change is several times faster.
_TRANSLATE_RE = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")


def _translate(text: str) -> str:
    return _TRANSLATE_RE.sub(lambda m: _TRANSLATE[ord(m.group())], text)

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng


def _tone_pairs() -> dict[str, str]:
    """Old-style to new-style tone placement: "oà" -> "òa", "uỷ" -> "ủy" ..."""
    pairs: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for f in (first, first.upper()):
            for s in (second, second.upper()):
                for tone in _TONES:
                    old = f + unicodedata.normalize("NFC", s + tone)
                    new = unicodedata.normalize("NFC", f + tone) + s
                    pairs[old] = new
    return pairs


_TONE_PAIRS = _tone_pairs()
# Only an open syllable ends on the pair ("hoà", not "hoàn"), and "qu" + "ý" is
# already new-style ("quý").
_TONE_RE = re.compile("[oOuU][" + "".join(sorted({pair[1] for pair in _TONE_PAIRS})) + r"](?![^\W\d_])")


def _fix_tones(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        pair = m.group()
        if m.start() and text[m.start() - 1] in "qQ":
            return pair  # "quý": the u belongs to the consonant
        return _TONE_PAIRS.get(pair, pair)

    return _TONE_RE.sub(fix, text)


def check_text(text: object, *, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; raise :class:`InputTypeError` otherwise.

    >>> check_text(b"abc")
    Traceback (most recent call last):
    ...
    vnpolparse.errors.InputTypeError: text must be str, not bytes (decode it first)
    """
    if not isinstance(text, str):
        hint = " (decode it first)" if isinstance(text, (bytes, bytearray)) else ""
        raise InputTypeError(f"{name} must be str, not {type(text).__name__}{hint}")
    return text


@attrs.frozen
class Normalized:
    """A normalised text and the map from its offsets to the original's.

    The map is piecewise: ``_norm_starts[i]``/``_orig_starts[i]`` open segment
    ``i``, which is either copied character for character (offsets move
    together) or replaced as a whole (a composed letter, a dropped character).

    >>> n = normalize("Tỉnh uỷ")
    >>> n.text, n.is_aligned, n.span(5, 7)
    ('Tỉnh ủy', True, Span(5, 7))
    """

    original: str = attrs.field(repr=False)
    text: str
    _norm_starts: tuple[int, ...] = attrs.field(repr=False)
    _orig_starts: tuple[int, ...] = attrs.field(repr=False)
    _copied: tuple[bool, ...] = attrs.field(repr=False)

    @property
    def is_aligned(self) -> bool:
        """True when every offset is the same in both texts."""
        return len(self._norm_starts) <= 1 and len(self.text) == len(self.original)

    def to_original(self, offset: int) -> int:
        """Map an offset of :attr:`text` to the matching offset of :attr:`original`.

        Offsets inside a replaced segment (a letter composed from several code
        points) map to the end of that segment; segment boundaries map exactly.
        """
        if self.is_aligned:
            return offset
        if offset >= len(self.text):
            return len(self.original)
        i = bisect.bisect_right(self._norm_starts, offset) - 1
        if self._copied[i]:
            return self._orig_starts[i] + offset - self._norm_starts[i]
        if offset == self._norm_starts[i]:
            return self._orig_starts[i]
        return self._orig_starts[i + 1] if i + 1 < len(self._orig_starts) else len(self.original)

    def span(self, start: int, end: int) -> Span:
        """The original-text :class:`Span` of normalised offsets ``[start, end)``."""
        return Span(self.to_original(start), self.to_original(end))

    def remap(self, value: T) -> T:
        """Return ``value`` with every span mapped to the original and every
        mention's ``text`` re-read from the original (see :func:`remap`)."""
        return remap(value, self)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` (NFC, tone placement, spaces, dashes, quotes).

    Idempotent: ``normalize(normalize(t).text).text == normalize(t).text``.

    >>> normalize("Thuỷ lợi – hoá chất “sạch”").text
    'Thủy lợi - hóa chất "sạch"'
    """
    check_text(text)
    norm_starts: list[int] = [0]
    orig_starts: list[int] = [0]
    copied: list[bool] = [True]
    pieces: list[str] = []
    pos = npos = 0
    for m in _LENGTH_CHANGING.finditer(text):
        start, end = m.span()
        dropped = text[start] in _DROPPED or text[start] == "\r"
        if not dropped and start > pos:
            start -= 1  # the letter the marks sit on
        if start > pos:
            if not copied[-1]:
                norm_starts.append(npos)
                orig_starts.append(pos)
                copied.append(True)
            pieces.append(text[pos:start])
            npos += start - pos
        piece = text[start:end]
        new = "" if dropped else unicodedata.normalize("NFC", piece)
        if new == piece:
            pieces.append(piece)
            npos += len(piece)
        else:
            norm_starts.append(npos)
            orig_starts.append(start)
            copied.append(False)
            pieces.append(new)
            npos += len(new)
        pos = end
    if pos < len(text):
        if not copied[-1]:
            norm_starts.append(npos)
            orig_starts.append(pos)
            copied.append(True)
        pieces.append(text[pos:])
    joined = "".join(pieces)
    if not unicodedata.is_normalized("NFC", joined):
        # Rare: singletons (U+212B ...) or Hangul jamo. NFC keeps the length
        # of singletons; for anything else fall back to a whole-text remap.
        nfc = unicodedata.normalize("NFC", joined)
        if len(nfc) == len(joined):
            joined = nfc
        else:
            return _normalize_slow(text)
    normalized = _fix_tones(_translate(joined))
    # Drop the opening "copied" segment when a replaced one starts at 0.
    if len(norm_starts) > 1 and norm_starts[1] == 0:
        del norm_starts[0], orig_starts[0], copied[0]
    return Normalized(text, normalized, tuple(norm_starts), tuple(orig_starts), tuple(copied))


def _normalize_slow(text: str) -> Normalized:
    """Character-cluster by cluster-normalisation, for inputs NFC reorders."""
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    copied: list[bool] = []
    pieces: list[str] = []
    npos = 0
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and (unicodedata.combining(text[j]) or "\u1160" <= text[j] <= "\u11ff"):
            j += 1
        cluster = text[i:j]
        new = "" if cluster in _DROPPED else unicodedata.normalize("NFC", cluster)
        norm_starts.append(npos)
        orig_starts.append(i)
        copied.append(new == cluster)
        pieces.append(new)
        npos += len(new)
        i = j
    joined = unicodedata.normalize("NFC", "".join(pieces))
    if len(joined) != npos:  # pragma: no cover - would need a cross-cluster composition
        joined = "".join(pieces)
    normalized = _fix_tones(_translate(joined))
    return Normalized(
        text, normalized, tuple(norm_starts) or (0,), tuple(orig_starts) or (0,), tuple(copied) or (True,)
    )


def remap(value: T, norm: Normalized) -> T:
    """Map the spans inside ``value`` from ``norm.text`` to ``norm.original``.

    ``value`` may be an attrs result, a tuple or list of them, or nest them.
    Every :class:`~vnpolparse.models.Span` is mapped; every object that has
    both a ``span`` and a ``text`` field gets ``text`` re-read from the
    original, so that ``original[span.start:span.end] == text`` holds; where
    ``text`` goes on past its span (a :class:`~vnpolparse.models.Title`
    completed from its context), the words after it are kept.
    Objects that need no change are returned as they are, and an object met
    twice (a directive's speaker is also in the people list) is mapped once,
    so shared objects stay shared.

    >>> from vnpolparse.models import Mention, Span, Title
    >>> norm = normalize("Tỉnh uỷ")
    >>> remap(Mention("Tỉnh ủy", Span(0, 7)), norm)
    Mention('Tỉnh uỷ', 0:7)
    >>> remap(Title("Bí thư Đảng ủy xã X", "Bí thư", span=Span(0, 14)), normalize("Bí thư Đảng uỷ")).text
    'Bí thư Đảng uỷ xã X'
    """
    if norm.original == norm.text:
        return value
    return cast(T, _remap(value, norm.original, None if norm.is_aligned else norm.span, {}))


_ATOMS = (str, int, float, Decimal, enum.Enum, dt.date)
#: Exact types known to hold no span (grows with the enum classes met), so
#: that the walk below skips them without a call.
_LEAF_TYPES: set[type] = {type(None), str, int, float, bool, Decimal, dt.date}


@functools.cache
def _plan(cls: type) -> tuple[tuple[tuple[str, str], ...], bool] | None:
    """(field name, init name) pairs of an attrs class, and whether it has span+text."""
    if not attrs.has(cls):
        return None
    fields = attrs.fields(cls)
    names = {a.name for a in fields}
    return tuple((a.name, a.alias) for a in fields if a.name != "text"), {"span", "text"} <= names


def _is_leaf_type(hint: Any) -> bool:
    """Whether a field declared ``hint`` holds nothing an aligned remap changes:
    atoms, enums, spans (offsets agree), and unions of them."""
    if hint in _LEAF_TYPES or hint is Span or hint is dt.datetime:
        return True
    if isinstance(hint, type):
        return issubclass(hint, enum.Enum)
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType, tuple):
        return all(arg is Ellipsis or _is_leaf_type(arg) for arg in typing.get_args(hint))
    return False


@functools.cache
def _aligned_plan(cls: type) -> tuple[tuple[tuple[str, str], ...], bool] | None:
    """:func:`_plan` without the fields whose declared type is a leaf
    (:func:`_is_leaf_type`); every field is kept when the hints cannot be read."""
    plan = _plan(cls)
    if plan is None:
        return None
    fields, has_text = plan
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # unresolvable annotations: walk every field
        hints = {}
    return tuple((name, alias) for name, alias in fields if not _is_leaf_type(hints.get(name, object))), has_text


#: How :func:`_remap` treats each class met, with aligned offsets (key True) or
#: not: None (left as it is), a span to map, a sequence, or the fields to walk
#: (:func:`_aligned_plan` when aligned, else :func:`_plan`).
_KINDS: dict[bool, dict[type, Any]] = {True: {}, False: {}}
_SPAN = object()
_SEQUENCE = object()


def _kind(value: Any, aligned: bool) -> Any:
    cls: type = type(value)
    if isinstance(value, Span):
        kind: Any = None if aligned else _SPAN
    elif isinstance(value, (tuple, list)):
        kind = _SEQUENCE
    else:
        kind = (_aligned_plan if aligned else _plan)(cls)
        if kind is None and isinstance(value, _ATOMS):
            _LEAF_TYPES.add(cls)
    _KINDS[aligned][cls] = kind
    return kind


def _remap(value: Any, original: str, span_of: Callable[[int, int], Span] | None, memo: dict[int, Any]) -> Any:
    """Map ``value`` (see :func:`remap`). ``span_of`` maps a span's offsets, or is
    ``None`` when offsets agree: then spans stay and only texts are re-read, and
    the fields that cannot hold a result are not walked."""
    cls: type = type(value)
    if cls in _LEAF_TYPES:
        return value
    kinds = _KINDS[span_of is None]
    kind = kinds[cls] if cls in kinds else _kind(value, span_of is None)
    if kind is None:
        return value
    if kind is _SPAN:
        assert span_of is not None
        return span_of(value.start, value.end)
    if kind is _SEQUENCE:
        out: list[Any] | None = None
        for i, item in enumerate(value):
            if type(item) in _LEAF_TYPES:
                continue
            new = _remap(item, original, span_of, memo)
            if new is not item:
                if out is None:
                    out = list(value)
                out[i] = new
        if out is None:
            return value
        return tuple(out) if isinstance(value, tuple) else out
    # An object met twice (a speaker also in the people list) maps to one copy.
    done = memo.get(id(value))  # ``value`` lives as long as the call: its id is not reused
    if done is not None:
        return done
    fields, has_text = kind
    changes: dict[str, Any] = {}
    for name, alias in fields:
        current = getattr(value, name)
        if type(current) in _LEAF_TYPES:
            continue
        new = _remap(current, original, span_of, memo)
        if new is not current:
            changes[alias] = new
    if has_text:
        span = changes.get("span", value.span)
        if isinstance(span, Span):
            text = original[span.start : span.end]
            # A text that goes on past its span (a title completed from its context:
            # "Bộ trưởng" + " Bộ Xây dựng") keeps what it adds to the words written.
            written = value.span.end - value.span.start if isinstance(value.span, Span) else len(value.text)
            text += value.text[written:]
            if text != value.text:
                changes["text"] = text
    if not changes:
        return value
    done = memo[id(value)] = attrs.evolve(value, **changes)
    return done


def normalized_call(impl: Callable[..., T], text: str, **kwargs: Any) -> T:
    """Run ``impl`` (a parser working on normalised text) on ``text`` and map
    its results back to ``text``. The public ``find_*`` functions use this."""
    norm = normalize(text)
    return remap(impl(norm.text, **kwargs), norm)


#: Letters that ``re.IGNORECASE`` matches with an ASCII letter but :meth:`str.lower`
#: does not lower to it ("İ" lowers to two characters).
_LOWER_AS_RE = str.maketrans({"ı": "i", "ſ": "s", "İ": "i"})


def lower_as_re(text: str) -> str:
    """``text`` in lower case, letter for letter (the same offsets), with every letter that
    ``re.IGNORECASE`` matches to a letter written as that letter. A substring test or a
    case-sensitive pattern on it agrees with a case-blind pattern on ``text``.

    >>> lower_as_re("CÙNG Kỳ NĂM trƯớc, PHẢı")
    'cùng kỳ năm trước, phải'
    """
    if "ı" in text or "ſ" in text or "İ" in text:  # (translate is slow: only when needed)
        text = text.translate(_LOWER_AS_RE)
    return text.lower()


_FOLD_TABLE = str.maketrans("đĐ", "dD")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics: a key for loose matching.

    >>> fold("Tỉnh Uỷ BẮC GIANG")
    'tinh uy bac giang'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_TABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
