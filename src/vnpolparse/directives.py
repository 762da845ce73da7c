"""Directives: sentences in which a leader or a body tells someone what to do.

:func:`find_directives` reads a text sentence by sentence (:mod:`vnpolparse.sentences`)
and follows who is speaking. A sentence is a :class:`~vnpolparse.models.Directive` when

* a speaker gives an instruction: "Đồng chí Bí thư Tỉnh ủy đề nghị các cấp ...",
  "Thủ tướng yêu cầu ...", "Vì thế, đề nghị ...", "Đồng thời chỉ đạo ...";
* a speech states an obligation: "... nhấn mạnh, các cấp ủy phải ...",
  "Từ nay đến cuối nhiệm kỳ, tỉnh cần ...";
* speakers list tasks: "các đại biểu nhất trí ... một số nhiệm vụ như: Tiếp tục ...";
* an instruction goes on with no subject: "Tăng cường ...", "Cùng đó, bảo đảm ...",
  or with the addressee alone ("Bộ Nội vụ đôn đốc ...") right after another one;
* a speech assigns a task in the passive: "Sở Tài chính được giao chủ trì ...";
* a quotation attributed after it opens with an instruction: '"... Tiếp tục ...", đồng chí nhấn mạnh.'

A speaker who acts for a body ("X thay mặt Ban Chấp hành ... cảm ơn ...", "thừa ủy quyền")
is the speaker, not the body.

A speech is carried over sentences and paragraphs ("đồng chí" alone is the current
speaker, "Đại biểu" alone the delegate named last) until another speaker or the article's
own narration ("Tại hội nghị, ...") takes over. A reply ("Giám đốc Sở X tiếp thu, cam kết
...") starts its speaker's own speech, which gives no instruction. Reports ("cho biết"),
evaluations ("biểu dương", "đánh giá cao"), statements of past results ("đã") and attendance
("dự và chỉ đạo hội nghị") are not directives, and a cue word inside a compound or a name
("Bộ Ngoại giao", "bàn giao", "giao thông") is no cue.
Captions, headings and bylines (lines that do not end a sentence) are skipped without ending
the speech.

The cues come from ``data/directive_cues.tsv``. Speakers are the
:class:`~vnpolparse.models.Person` and :class:`~vnpolparse.models.Body` objects found
in the same text; a title alone ("Phó Thủ tướng", "đồng chí Bí thư Tỉnh ủy") is matched
against the titles of the people named before.

>>> from vnpolparse.models import Mention, Person, Span, Title
>>> text = ("Phát biểu kết luận, Bí thư Tỉnh ủy Trần Văn Minh đề nghị các sở, ngành "
...         "tập trung rà soát kế hoạch; báo cáo trước ngày 10/1/2025. Tăng cường kiểm tra.")
>>> minh = Person("Trần Văn Minh", (Title("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy"),),
...               mentions=(Mention("Trần Văn Minh", Span(35, 48)),))
>>> first, second = find_directives(text, people=[minh], bodies=[])
>>> first.cue, first.speaker.name, first.addressee, first.actions
('đề nghị', 'Trần Văn Minh', 'các sở, ngành', ('tập trung rà soát kế hoạch', 'báo cáo trước ngày 10/1/2025'))
>>> second.text, second.speaker.name
('Tăng cường kiểm tra.', 'Trần Văn Minh')
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import NamedTuple

import attrs

from vnpolparse import dates, sentences
from vnpolparse.lexicon import alternation, load_table
from vnpolparse.models import Body, DateMention, Directive, Mention, Person, Span, Speaker
from vnpolparse.text import fold, lower_as_re, normalize, remap

__all__ = ["find_directives", "scan"]

# Report, speech, evaluation, reply and directive verbs, in order of what they do to a speech.
_DIRECTIVE, _SPEECH, _REPORT, _EVALUATION, _REPLY = "directive", "speech", "report", "evaluation", "reply"
_VERB_KINDS = (_DIRECTIVE, _SPEECH, _REPORT, _EVALUATION, _REPLY)

_UPPER = "A-ZĐÀ-ÝĂÂÊÔƠƯẠ-Ỹ"
#: How far back from a verb its speaker may start, in characters.
_WINDOW = 160
#: The most words a reference to a speaker may have ("Ủy viên Bộ Chính trị, Bí thư ... Nguyễn Văn A").
_MAX_SPEAKER_WORDS = 16
#: The most words an addressee may have.
_MAX_ADDRESSEE_WORDS = 24
_CHUNK_END = re.compile(r"[,;:](?=\s)|\s[-–]\s(?=[\"“]?[A-ZĐ])|\"")
#: What ends a chunk, for :func:`_chunk_start` (the same as :data:`_CHUNK_END`).
_CHUNK_SEPARATORS = (", ", "; ", ": ", '"', " - ")
#: The separators of :data:`_CHUNK_SEPARATORS` after which a chunk begins at once (" - " is
#: followed by a title).
_CHUNK_STOPS = _CHUNK_SEPARATORS[:-1]
# "lãnh đạo, chỉ đạo" is a pair of nouns, not an instruction "chỉ đạo ...".
_PAIRED = re.compile(r"(?i:lãnh đạo),\s*$")
_PAST_FILLER = re.compile(r"(?<!\w)đã(?:\s+\S+){0,3}\s*$")
_PAST_AFTER_SUBJECT = re.compile(r"(?:\s+(?:cũng|còn|luôn|đều|thì))*\s+(?:đã|vừa)(?!\w)")
_SAYS = re.compile(r"\s*(?:rằng\s*)?[,:]?\s*\"?\s*")
# "tỉnh cần 50.000 tỷ đồng": "cần" before an amount is a need, not an obligation.
_AMOUNT = re.compile(r"\s+\d")
_ACCORDING_TO = re.compile(r"(?i:theo)\s+")
_BULLET = re.compile(r"(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\))\s+")
_LEADERSHIP = re.compile(r"(?i:lãnh đạo)\s+")
_DASH = re.compile(r"\s*[-–]\s*")
#: A note in brackets after a name, all that stands between it and the verb.
_BRACKETED = re.compile(r"\s*\([^()]{1,60}\)\s*")
# Where a clause with its subject left out may begin: "; ", ", đồng thời ", " và ", and the
# adverbs that may open it ("; đồng thời đề nghị", "; cũng đề nghị").
_NEXT_CLAUSE = re.compile(r"(?:;\s*|,\s*(?:đồng thời|và)\s+|\s(?:đồng thời|và)\s+)(?:(?:đồng thời|cũng)\s+)*")
#: What stands between a clause and a directive verb whose subject is left out: after "; ", at
#: most adverbs ("; đồng thời đề nghị"); after ", ", "đồng thời" or "và" ("..., đồng thời đề nghị").
_ELIDED_AFTER_SEMICOLON = re.compile(r"\s*(?:(?:đồng thời|cũng)\s+)*")
_ELIDED_AFTER_COMMA = re.compile(r"\s*(?:đồng thời|và)\s+(?:cũng\s+)?")
# The colon before a list of tasks: "nhiệm vụ như: ", "sau: ".
_COLON = re.compile(r"\s(?:như|sau)?\s*:\s*")
# A time of day that opens the article's narration: "Chiều cùng ngày, ...", "Sáng 9/7, ...", also
# after "trong", "vào" and "buổi" ("Trong buổi chiều cùng ngày, ...", "Cũng trong sáng 9/7, ...").
_TIME_NARRATION = re.compile(
    r"(?:(?i:cũng\s+)?(?i:trong|vào)\s+)?(?:(?i:buổi)\s+)?(?i:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:\d|nay|qua|mai|cùng)"
)
#: The last characters of a sentence that ends as one: a stop, a closing quote or bracket, ";", ":", ","
#: or the "/" of a closing "./.". Captions, headings and bylines end otherwise.
_SENTENCE_ENDS = frozenset(".!?…\"”');:,/")
_TRAILING = " \t.;:,…/"
#: A word of an addressee, after a comma or not.
_WORD = re.compile(r"\s*(,\s*)?(\S+)")


_GIVEN_NAME = re.compile(rf"[{_UPPER}][^\s,.;:]*")


@functools.cache
def _full_name() -> re.Pattern[str]:
    """A family name (``data/surnames.tsv``) and one to three more capitalised words, at the end."""
    surnames = alternation([row["name"] for row in load_table("surnames") if row["part"] == "surname"])
    return re.compile(rf"(?<!\S){surnames}(?:\s+[{_UPPER}][^\s,.;:()]*){{1,3}}$")


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007 - the loop only runs to the last match
        pass
    return last


@functools.cache
def _words(kind: str) -> tuple[str, ...]:
    return tuple(row["cue"] for row in load_table("directive_cues") if row["kind"] == kind)


@functools.cache
def _rx(*kinds: str, cased: bool = False) -> re.Pattern[str]:
    """Whole-word alternation of the cues of ``kinds``, one named group each; ``cased``
    keeps the cues lower-case (a verb inside a sentence, not "Ban Chỉ đạo")."""
    groups = [f"(?P<{k}>{alternation(_words(k))})" for k in kinds]
    return re.compile(rf"(?<!\w)(?:{'|'.join(groups)})(?!\w)", 0 if cased else re.IGNORECASE)


@functools.cache
def _compounds() -> tuple[frozenset[str], re.Pattern[str], int]:
    """The compounds of ``data/directive_cues.tsv`` ("ngoại giao", "giao thông"): the cues one
    of whose end words is a word of some compound (only these are looked at), a pattern of the
    compounds, and the length of the longest.

    A compound's first word may open with a capital ("Bộ Ngoại giao", "Giao thông nông thôn");
    its other words are matched as written, since a capital there opens a name ("giao Ban
    Tuyên giáo ..." is no "giao ban").

    >>> affected, pattern, _ = _compounds()
    >>> "giao" in affected, "giao cho" in affected, "yêu cầu" in affected
    (True, True, False)
    >>> [m.group() for m in pattern.finditer("Bộ Ngoại giao; giao Ban Tuyên giáo; Giao thông")]
    ['Ngoại giao', 'Giao thông']
    """
    compounds = _words("compound")
    words = {w for c in compounds for w in c.lower().split()}
    cues = [w for kind in (*_VERB_KINDS, "imperative") for w in _words(kind)]
    affected = frozenset(c for c in cues if c.split()[0] in words or c.split()[-1] in words)
    # (one trie of every compound as written and with a capital first letter)
    written = {f(c[0]) + c[1:] for c in compounds for f in (str.lower, str.upper)}
    pattern = re.compile(rf"(?<!\w){alternation(written, atom=_space_or_escaped)}(?!\w)")
    return affected, pattern, max(map(len, compounds), default=0)


def _space_or_escaped(ch: str) -> str:
    """A character of a word list as a regex atom, a space standing for any run of spaces."""
    return r"\s+" if ch == " " else re.escape(ch)


def _in_compound(text: str, start: int, end: int) -> bool:
    """Whether the cue ``text[start:end]`` is part of a compound that is no cue: "giao" in
    "Bộ Ngoại giao" or "giao thông", "giao cho" in "bàn giao cho".

    The compounds are looked for around the cue in the whole text, so that the answer does not
    depend on the range searched (a line or one of its sentences, see :func:`_sentence_verbs`).

    >>> text = "Thứ trưởng Bộ Ngoại giao tiếp đoàn; Bộ trưởng giao Bộ Tài chính chủ trì."
    >>> [_in_compound(text, m.start(), m.end()) for m in re.finditer("giao", text)]
    [True, False]
    """
    affected, pattern, reach = _compounds()
    if text[start:end].lower() not in affected:
        return False
    for c in pattern.finditer(text, max(0, start - reach), min(len(text), end + reach)):
        # A compound that overlaps the cue and reaches out of it ("bàn giao" and "giao cho").
        if c.start() < end and c.end() > start and (c.start() < start or c.end() > end):
            return True
    return False


def _cue_match(pattern: re.Pattern[str], text: str, pos: int, hi: int) -> re.Match[str] | None:
    """``pattern.match(text, pos, hi)``, a cue pattern of :func:`_rx`, unless the cue it finds is
    part of a compound (:func:`_in_compound`)."""
    m = pattern.match(text, pos, hi)
    return None if m is None or _in_compound(text, m.start(), m.end()) else m


@functools.cache
def _opener() -> re.Pattern[str]:
    """Connectives at the start of a sentence: "Đồng thời, ", "Trên cơ sở đó "."""
    return re.compile(rf"(?:{alternation(_words('connective'))}(?!\w)[\s,]*)+", re.IGNORECASE)


@functools.cache
def _past() -> re.Pattern[str]:
    """A past tense in the main clause; "đã" in a relative clause ("mục tiêu đã đề ra") does not count."""
    relative = alternation(_words("past_relative"))
    return re.compile(rf"(?<!\w){alternation(_words('past'))}(?!\w)(?!\s+{relative}(?!\w))")


@functools.cache
def _time_adverbial() -> re.Pattern[str]:
    """ "thời gian tới, ", "trong năm 2025, ": a time before the addressee."""
    return re.compile(rf"(?:{alternation(_words('time'))})(?:\s+\d{{4}})?\s*,\s*", re.IGNORECASE)


@functools.cache
def _document_word() -> re.Pattern[str]:
    """A document that "speaks" ("Kết luận nêu rõ", "Chỉ thị số 05-CT/TU yêu cầu"): a type of
    ``data/document_types.tsv`` or a ``document`` cue, maybe with its number."""
    words = [row["type"] for row in load_table("document_types")] + list(_words("document"))
    return re.compile(
        rf"""(?:{alternation(words)})(?!\w)
        (?:\s+(?:số\s+)?\d[\w/.-]*)?       # số 123-KL/TW
        (?:\s+(?:này|trên|(?:nói|nêu)\s+trên))?  # Kết luận này, Quyết định nêu trên
        """,
        re.IGNORECASE | re.VERBOSE,
    )


@functools.cache
def _plan() -> re.Pattern[str]:
    """A schedule or a forecast ("dự kiến"): narration, not an instruction."""
    return re.compile(rf"(?<!\w)(?:{alternation(_words('plan'))})(?!\w)", re.IGNORECASE)


@functools.cache
def _honorific() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(_words('honorific'))})(?!\w)\s*", re.IGNORECASE)


@functools.cache
def _title_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(_words('title_word') + _words('honorific'))})(?!\w)", re.IGNORECASE)


@functools.cache
def _addressee_verbs() -> re.Pattern[str]:
    """The verbs that end an addressee, in lower case: :func:`_rx` of them, looked up once."""
    return _rx("imperative", "modal", _DIRECTIVE, cased=True)


@functools.cache
def _addressee_word() -> re.Pattern[str]:
    words = _words("addressee") + _words("title_word") + _words("determiner")
    return re.compile(rf"(?:{alternation(words)})(?!\w)", re.IGNORECASE)


# --- who is speaking ----------------------------------------------------------------


class _Ref(NamedTuple):
    """A speaker reference in a sentence: who, and the verb that follows (a named tuple: one
    is made for nearly every sentence read)."""

    speaker: Speaker | None
    verb: str
    kind: str
    verb_start: int
    verb_end: int
    #: "person", "title", "honorific", "body", "group" or "document".
    how: str
    #: Whether "đã" stands before the verb: a report of something said before.
    past: bool = False

    @property
    def mode(self) -> str:
        """What the speech does from this sentence on: "directive", "report", "past", "reply"
        or "neutral".

        A past instruction is still one when a person gave it ("Phó Thủ tướng đã có văn bản
        yêu cầu ..."); a body's past instruction is a report ("UBND tỉnh đã chỉ đạo ...").
        A reply ("X tiếp thu, cam kết ...") is the answer of someone who was told what to do:
        no modal in it or after it is an instruction of theirs."""
        if self.kind == _DIRECTIVE and not (self.past and not isinstance(self.speaker, Person)):
            return "directive"
        if self.past:
            return "past"
        if self.kind == _REPLY:
            return "reply"
        return "report" if self.kind == _REPORT else "neutral"


#: The start and end of a ``(start, end, who)`` mention, to sort by.
_position = itemgetter(0, 1)


class _Index:
    """People's and bodies' mentions, searchable by position."""

    def __init__(self, text: str, people: Sequence[Person], bodies: Sequence[Body]) -> None:
        self.text = text
        self.people = tuple(people)
        mentions = [(m.span.start, m.span.end, p) for p in people for m in p.mentions]
        mentions.sort(key=_position)
        self.person_starts = [m[0] for m in mentions]
        self.person_mentions = mentions
        body_mentions = [(m.span.start, m.span.end, b) for b in bodies for m in b.mentions]
        body_mentions.sort(key=_position)
        self.body_starts = [m[0] for m in body_mentions]
        self.body_mentions = body_mentions
        #: The people a folded title can refer to, by title (see :meth:`by_title`).
        self.fitting: dict[str, list[Person]] = {}

    def people_in(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        i = bisect.bisect_left(self.person_starts, start)
        out = []
        while i < len(self.person_mentions) and self.person_mentions[i][0] < end:
            if self.person_mentions[i][1] <= end:
                out.append(self.person_mentions[i])
            i += 1
        return out

    def first_person_in(self, start: int, end: int) -> tuple[int, int, Person] | None:
        """The first of :meth:`people_in`, if any (without the list)."""
        mentions = self.person_mentions
        for i in range(bisect.bisect_left(self.person_starts, start), len(mentions)):
            mention = mentions[i]
            if mention[0] >= end:
                return None
            if mention[1] <= end:
                return mention
        return None

    def first_body_in(self, start: int, end: int) -> tuple[int, int, Body] | None:
        """The first of :meth:`bodies_in`, if any (without the list)."""
        i = bisect.bisect_left(self.body_starts, start)
        if i < len(self.body_mentions) and self.body_mentions[i][0] < end:
            return self.body_mentions[i]
        return None

    def bodies_in(self, start: int, end: int) -> list[tuple[int, int, Body]]:
        i = bisect.bisect_left(self.body_starts, start)
        out = []
        while i < len(self.body_mentions) and self.body_mentions[i][0] < end:
            out.append(self.body_mentions[i])
            i += 1
        return out

    def body_ending(self, start: int, end: int) -> Body | None:
        """The body named by exactly ``[start, end)``, or by "lãnh đạo" and that body."""
        i = bisect.bisect_left(self.body_starts, start)
        while i < len(self.body_mentions) and self.body_mentions[i][0] < end:
            b_start, b_end, body = self.body_mentions[i]
            if b_end == end and (b_start == start or _LEADERSHIP.fullmatch(self.text, start, b_start)):
                return body
            i += 1
        return None

    def last_seen(self, person: Person, before: int) -> int:
        return max((m.span.start for m in person.mentions if m.span.start < before), default=-1)

    def named(self, name: str) -> Person | None:
        """The person of that name among those found, if any."""
        return next((p for p in self.people if p.name == name), None)

    def by_given_name(self, given: str, before: int) -> Person | None:
        """The person named last before ``before`` whose name ends with ``given``."""
        candidates = [p for p in self.people if p.name.split()[-1:] == [given]]
        return max(candidates, key=lambda p: self.last_seen(p, before)) if candidates else None

    def by_title(self, title: str, before: int, current: Speaker | None) -> Person | None:
        """The person a title alone refers to: the current speaker if it fits, else the
        person with that title named last before ``before``."""
        key = _title_key(title)
        if not key:
            return None
        if isinstance(current, Person) and _fits(current, key):
            return current
        candidates = self.fitting.get(key)
        if candidates is None:
            candidates = self.fitting[key] = [p for p in self.people if _fits(p, key)]
        if not candidates:
            return None
        return max(candidates, key=lambda p: self.last_seen(p, before))

    def last_delegate(self, before: int) -> Person | None:
        """The delegate named last before ``before``: a person mentioned right after the
        ``delegate`` word ("đại biểu Nguyễn Văn A") or holding a title with it in ("Phó Trưởng
        Đoàn đại biểu Quốc hội tỉnh X")."""
        word = _rx("delegate")
        for start, _end, person in reversed(self.person_mentions[: bisect.bisect_left(self.person_starts, before)]):
            lead = self.text[max(0, start - 24) : start].rstrip()
            said = word.search(lead)
            if (said is not None and said.end() == len(lead)) or _is_delegate(person):
                return person
        return None


def _is_delegate(person: Person) -> bool:
    """Whether one of ``person``'s titles holds the ``delegate`` word ("đại biểu Quốc hội")."""
    return any(_rx("delegate").search(t.text) for t in person.titles)


@functools.lru_cache(maxsize=4096)
def _title_key(title: str) -> str:
    """:func:`~vnpolparse.text.fold` of a title phrase ("Phó Thủ tướng"), cached: the same
    titles come back in every article."""
    return fold(title)


@functools.lru_cache(maxsize=4096)
def _title_keys(text: str, role: str, body: str | None) -> tuple[tuple[str, ...], str]:
    """A title's folded forms (as written, and role with body) and its folded role; cached,
    since every speaker reference compares them for each person found."""
    forms = tuple(filter(None, (fold(text), fold(f"{role} {body}") if body else "")))
    return forms, fold(role)


def _fits(person: Person, key: str) -> bool:
    """Whether the folded title ``key`` ("pho thu tuong") can refer to ``person``."""
    for t in person.titles:
        forms, role = _title_keys(t.text, t.role, t.body)
        for cand in forms:
            if cand == key or cand.startswith(key + " ") or key.startswith(cand + " "):
                return True
        if role == key:
            return True
    return False


@functools.cache
def _not_in_titles() -> frozenset[str]:
    return frozenset(_words("not_in_title"))


@functools.lru_cache(maxsize=8192)
def _is_title_material(text: str) -> bool:
    """Whether ``text`` is made of titles, honorifics and names only: "Bí thư Tỉnh ủy",
    "Giám đốc Sở Tài nguyên và Môi trường" (a name may go on in lower case for two words)."""
    rest = _title_words().sub(" | ", text)
    run = 2
    for tok in rest.split():
        if tok == "|" or tok in "-–" or tok[0].isupper():
            run = 0
        elif tok.casefold() in _not_in_titles() or run >= 2:
            return False
        else:
            run += 1
    return True


def _masked(text: str, start: int, end: int, index: _Index) -> str:
    """``text[start:end]`` with the bodies found in it replaced by "|", so that a body's
    lower-case words ("Sở Giao thông vận tải") count as a name in :func:`_is_title_material`."""
    out, pos = [], start
    for b_start, b_end, _ in index.bodies_in(start, end):
        if b_start >= pos and b_end <= end:
            out += [text[pos:b_start], " | "]
            pos = b_end
    out.append(text[pos:end])
    return "".join(out)


def _has_title(text: str) -> bool:
    return bool(_title_words().search(text))


@functools.cache
def _filler_tail() -> tuple[re.Pattern[str], int]:
    """The last words of the fillers ("cũng", "bản" of "có văn bản"), at the end of a text, and
    the length of the longest: a filler can end a text only where one of them does."""
    last_words = {word.split(" ")[-1] for word in _words("filler")}
    return re.compile(rf"(?:{alternation(last_words)})\Z", re.IGNORECASE), max(map(len, last_words))


@functools.cache
def _speaker_lead() -> re.Pattern[str]:
    """The first letter of an honorific, of "lãnh đạo" or of a group word (as
    ``re.IGNORECASE`` matches it): a lower-case chunk that opens otherwise is no speaker
    (see :func:`_speaker_ref`)."""
    words = [*_words("honorific"), "lãnh đạo", *_words("group")]
    return re.compile(f"[{''.join(sorted({re.escape(w[0]) for w in words if w}))}]", re.IGNORECASE)


def _strip_fillers(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` with filler words ("cũng", "đã") removed from its end."""
    tail, longest = _filler_tail()
    while True:
        while end > start and text[end - 1].isspace():
            end -= 1
        # (a look at the last characters first: a chunk seldom ends with a filler, and the
        # search below reads the whole chunk)
        if tail.search(text, max(start, end - longest), end) is None:
            return end
        last = _last(_rx("filler").finditer(text, start, end))
        if last is None or last.end() != end:
            return end
        end = last.start()


def _speaker_ref(
    text: str, start: int, end: int, index: _Index, current: Speaker | None
) -> tuple[Speaker | None, str] | None:
    """Resolve ``text[start:end]`` (a chunk up to a verb) as a reference to a speaker."""
    if text.count(" ", start, end) > _MAX_SPEAKER_WORDS + 4:
        return None
    first = start
    while first < end and text[first].isspace():
        first += 1
    if first == end or (text[first].islower() and _speaker_lead().match(text, first) is None):
        # (what the region below opens with, looked at before the fillers are stripped: a
        # blank chunk, or a clause in lower case that no honorific, "lãnh đạo" or group
        # word can open, is no speaker)
        return None
    end = _strip_fillers(text, start, _before_on_behalf(text, first, end))
    region = text[start:end]
    lead = len(region) - len(region.lstrip())
    start += lead
    region = region.strip()
    if not region or len(region.split()) > _MAX_SPEAKER_WORDS:
        return None
    honorific = _honorific().match(region)
    if region[0].islower() and not (honorific or _LEADERSHIP.match(region) or _rx("group").match(region)):
        return None  # a clause ("tỉnh cần ..."), not a speaker
    bare = region[honorific.end() :] if honorific else region
    if honorific and not bare:
        return (current if isinstance(current, Person) else None), "honorific"
    if _rx("group").fullmatch(bare):
        # "Đại biểu đề nghị ..." alone and in the singular is the delegate just named, as
        # "đồng chí" alone is the current speaker; "các đại biểu" is no one person.
        return (index.last_delegate(start) if _rx("delegate").fullmatch(bare) else None), "group"
    if not honorific and _document_word().fullmatch(bare):
        return None, "document"
    for m_start, m_end, found in reversed(index.people_in(start, end)):
        before, after = _masked(text, start, m_start, index), text[m_end:end]
        # "Bí thư Tỉnh ủy Trần Văn A", "Trần Văn A - Phó Bí thư Huyện ủy"
        # "đại biểu Trần Văn A (Đoàn ĐBQH tỉnh X)": a note in brackets on who the person is.
        apposed = (
            not after.strip()
            or bool(_DASH.match(after) and _is_title_material(after))
            or _BRACKETED.fullmatch(after) is not None
        )
        if _is_title_material(before) and apposed:
            said = text[m_start:m_end]
            # A title alone ("Phó Thủ tướng") that the people found tie to someone else:
            # in a speech it is the speaker's, when it fits them.
            if (
                said != found.name
                and isinstance(current, Person)
                and current is not found
                and _fits(current, _title_key(said))
            ):
                return current, "title"
            return found, "person"
    bare_start = start + (len(region) - len(bare))
    named = _named(text, bare_start, end, honorific is not None, index)
    if named is not None:
        return named, "person"
    titled = any(tok[0].isupper() for tok in bare.split()) and _is_title_material(bare) and _has_title(bare)
    person = index.by_title(bare, start, current) if titled else None
    if person is not None:
        return person, "title"
    body = index.body_ending(bare_start, end)
    if body is not None:
        return body, "body"
    if titled:
        # "ông Bùi Văn A, Giám đốc Sở X cho biết": the title stands in apposition to a name.
        appositive = _appositive(text, start, index)
        if appositive is None and isinstance(current, Person) and _heads(current, _title_key(bare)):
            # "Ủy ban đề nghị ..." while the chairman of that committee speaks: he speaks for it.
            return current, "title"
        return appositive, "person" if appositive else "title"
    return None


@functools.cache
def _on_behalf() -> re.Pattern[str]:
    """The ``on_behalf`` cues ("thay mặt", "thừa ủy quyền"), in lower case: inside a chunk."""
    return re.compile(rf"(?<!\w)(?:{alternation(_words('on_behalf'))})(?!\w)")


def _before_on_behalf(text: str, start: int, end: int) -> int:
    """Where the chunk ``text[start:end]`` (before a verb) ends when what follows its speaker says
    for whom the speaker acts ("Bí thư Tỉnh ủy X thay mặt Ban Chấp hành Đảng bộ tỉnh khóa mới"):
    the speaker is the one who acts, so the chunk ends before "thay mặt". A chunk that opens with
    it ("Thay mặt ..., ") is left whole.

    >>> text = "Bí thư Trần Văn A thay mặt Ban Thường vụ cảm ơn"
    >>> text[: _before_on_behalf(text, 0, text.index(" cảm"))]
    'Bí thư Trần Văn A '
    """
    m = _on_behalf().search(text, start, end)
    return end if m is None or m.start() == start else m.start()


def _heads(person: Person, key: str) -> bool:
    """Whether the folded ``key`` ("uy ban") is the first words of the name of a body that one of
    ``person``'s titles is in ("Chủ nhiệm Ủy ban Pháp luật"): a short reference to that body."""
    return any(t.body and _title_key(t.body).startswith(key + " ") for t in person.titles)


def _named(text: str, start: int, end: int, honorific: bool, index: _Index) -> Person | None:
    """A person named at the end of ``text[start:end]`` whom the people found did not include:
    a full name opening with a family name ("Bí thư Trần Văn Minh"), or after an honorific a
    given name alone, for someone named in full before ("ông Minh")."""
    tail = max(start, end - 40)  # a name has at most four words
    m = _full_name().search(text, tail, end)
    if m is not None and _is_title_material(_masked(text, start, m.start(), index)):
        name = m.group()
        return index.named(name) or Person(name, mentions=(Mention(name, Span(m.start(), m.end())),))
    m = _GIVEN_NAME.fullmatch(text, start, end)
    if honorific and m is not None:
        return index.by_given_name(m.group(), start)
    return None


def _appositive(text: str, start: int, index: _Index) -> Person | None:
    """The person named in the chunk just before ``start`` ("ông Bùi Văn A, ")."""
    comma = text.rfind(",", max(0, start - 60), start)
    if comma == -1 or text[comma + 1 : start].strip():
        return None
    prev = _chunk_start(text, max(0, comma - 60), comma)
    stop = text.rfind(". ", prev, comma)
    prev = stop + 2 if stop != -1 else prev  # (the name opens its sentence at the latest)
    for m_start, m_end, person in index.people_in(prev, comma):
        if m_end == comma and _is_title_material(text[prev:m_start]):
            return person
    return None


def _chunk_start(text: str, lo: int, pos: int) -> int:
    """Where the chunk holding ``pos`` begins: after the last ",", ";", ":", quote or " - Title"
    before it, ``lo`` at the latest. Only the last :data:`_WINDOW` characters are searched (a
    longer chunk is no speaker)."""
    best = max(lo, pos - _WINDOW)
    rfind = text.rfind
    # (a separator before ``best`` could not move it: only the rest is searched, and one found
    # there always moves it)
    for sep in _CHUNK_STOPS:
        i = rfind(sep, best, pos)
        if i != -1:
            best = i + 1
    i = rfind(" - ", best, pos)
    if i != -1 and text[i + 3 : i + 4].isupper():
        best = i + 3
    return best


@functools.cache
def _verbs() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every report, speech, evaluation and directive verb in one case-sensitive trie, and the
    kind of each (the first of :data:`_VERB_KINDS` that lists it).

    The pattern opens with the trie itself, so that ``re`` skips in C to the characters a verb
    can start with; that the verb starts a word is checked by :func:`_verb_matches`.
    """
    kinds: dict[str, str] = {}
    for kind in _VERB_KINDS:
        for word in _words(kind):
            kinds.setdefault(word, kind)
    return re.compile(rf"{alternation(list(kinds))}(?!\w)"), kinds


def _verb_matches(text: str, lo: int, hi: int) -> Iterator[tuple[re.Match[str], str]]:
    """The verbs in ``text[lo:hi]`` that start a word, with their kinds, left to right; the
    same as a whole-word search ("(?<!\\w)...") from each position in turn."""
    regex, kinds = _verbs()
    affected = _compounds()[0]
    pos = lo
    while (m := regex.search(text, pos, hi)) is not None:
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            pos = m.start() + 1  # inside a word: look again from the next character
            continue
        if m.group() in affected and _in_compound(text, m.start(), m.end()):
            pos = m.end()  # "Bộ Ngoại giao", "bàn giao cho": no verb
            continue
        yield m, kinds[m.group()]
        pos = m.end()


_VerbMatch = tuple[re.Match[str], str]


def _sentence_verbs(text: str, lo: int, hi: int, line_first: _VerbMatch | None) -> Iterator[_VerbMatch]:
    """:func:`_verb_matches` of the sentence ``text[lo:hi]``, given ``line_first``, the first
    of them in the sentence's whole line (``None`` if the line has none).

    A verb that the sentence's own search finds at some position, the line's search finds too
    (see :func:`_may_attribute`), the same unless it runs past the sentence's end: so a
    sentence that ends before the line's first verb has none, and one that holds it whole
    begins with it (the text before it is not searched again)."""
    if line_first is None:
        return iter(())
    m = line_first[0]
    if m.start() >= hi:
        return iter(())
    if m.start() >= lo and m.end() <= hi:
        return itertools.chain((line_first,), _verb_matches(text, m.end(), hi))
    return _verb_matches(text, lo, hi)


def _attribution(
    text: str, lo: int, hi: int, index: _Index, current: Speaker | None, verbs: Iterator[_VerbMatch]
) -> _Ref | None:
    """The first "SPEAKER [fillers] VERB" in the sentence ``text[lo:hi]``, whose verbs are
    ``verbs`` (:func:`_verb_matches`)."""
    for m, kind in verbs:
        if kind == _DIRECTIVE and _presides(text, lo, m, hi):
            kind = _REPORT  # "đồng chí X dự và chỉ đạo hội nghị": attendance, reported
        start, end = _chunk_start(text, lo, m.start()), m.start()
        if not text[start:end].strip() and start > lo and text[start - 1] == ",":
            # "đồng chí Trần Văn A, Bí thư Tỉnh ủy, yêu cầu ...": a name, then its title in
            # apposition closed with a comma, then the verb.
            before = _chunk_start(text, lo, start - 1)
            title = text[before : start - 1].strip()
            if title and _is_title_material(title) and _has_title(title):
                person = _appositive(text, before, index)
                if person is not None:
                    if kind == _DIRECTIVE:
                        kind = _standing(text, before, m, hi, person, appositive=True)
                    return _Ref(person, m.group(), kind, m.start(), m.end(), "person", False)
        if start == end:
            continue
        ref = _speaker_ref(text, start, end, index, current)
        if ref is None and kind == _DIRECTIVE and _elided(text, lo, start, end):
            # "Ủy ban Kiểm tra X quyết định ...; đề nghị Ban Thường vụ ...": the directive verb
            # opens a clause whose subject is that of the clause before.
            subject = _clause_subject(text, lo, start - 1, index, current)
            if subject is not None:
                speaker, how, past, (named_start, named_end) = subject
                kind = _standing(text, named_start, m, hi, speaker, appositive=False, named_end=named_end)
                return _Ref(speaker, m.group(), kind, m.start(), m.end(), how, past)
        if ref is not None and ref[1] == "document" and kind != _DIRECTIVE:
            # "Thông báo kết luận nêu rõ: Thường trực Tỉnh ủy yêu cầu ...": the document quotes
            # the body that instructs.
            quoted = _quoted_speaker(text, m.end(), hi, index, current, verbs)
            if quoted is not None:
                return quoted
        if ref is not None:
            past = bool(_PAST_FILLER.search(text, start, m.start()))
            if kind == _DIRECTIVE:
                appositive = isinstance(ref[0], Person) and _appositive(text, start, index) is ref[0]
                kind = _standing(text, start, m, hi, ref[0], appositive=appositive)
            return _Ref(ref[0], m.group(), kind, m.start(), m.end(), ref[1], past)
    return _according_to(text, lo, hi, index, current)


def _elided(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the chunk ``text[start:end]`` before a verb, in the sentence that begins at ``lo``,
    leaves the verb's subject out: it follows "; " with at most adverbs ("; đồng thời"), or ", "
    with "đồng thời" or "và".

    >>> text = "Ủy ban quyết định kỷ luật ông A; đề nghị Ban X xem xét, đồng thời giao Sở Y"
    >>> semicolon, comma = text.index(";") + 1, text.index(",") + 1
    >>> _elided(text, 0, semicolon, text.index("đề nghị")), _elided(text, 0, comma, text.index("giao"))
    (True, True)
    >>> _elided("Ông A, đề nghị", 0, 6, 7)
    False
    """
    if start <= lo or text[start - 1] not in ";,":
        return False
    after = _ELIDED_AFTER_SEMICOLON if text[start - 1] == ";" else _ELIDED_AFTER_COMMA
    return after.fullmatch(text, start, end) is not None


@functools.cache
def _not_after_subject() -> frozenset[str]:
    """The ``not_in_title`` words that cannot follow the subject of a clause ("của", "và",
    "được", "là"): all of them but the ``verb_marker`` words ("đã", "cần", "không"), which
    stand before a verb."""
    return _not_in_titles() - frozenset(_words("verb_marker"))


def _clause_subject(
    text: str, lo: int, end: int, index: _Index, current: Speaker | None
) -> tuple[Speaker | None, str, bool, tuple[int, int]] | None:
    """The speaker that is the subject of the last clause of ``text[lo:end]`` that opens with one:
    a person or body named at the start of a chunk and followed by a verb ("..., Ủy ban Kiểm tra
    Tỉnh ủy quyết định ..."), as the speaker, how it is named (see :class:`_Ref`), whether "đã"
    follows it, and where the reference to it starts and ends.

    A name inside a chunk ("... đối với ông A") or followed by a word that ties it to a noun
    ("Ban X của ...") is no subject.

    >>> from vnpolparse.models import BodyKind, Level
    >>> text = "Sau khi xem xét, Ban Thường vụ Huyện ủy quyết định kỷ luật ông A; đề nghị"
    >>> at = text.index("Ban")
    >>> bt = Body("Ban Thường vụ Huyện ủy", BodyKind.PARTY, Level.DISTRICT, None,
    ...           (Mention("Ban Thường vụ Huyện ủy", Span(at, at + 22)),))
    >>> speaker, how, past, _ = _clause_subject(text, 0, text.index(";"), _Index(text, [], [bt]), None)
    >>> speaker.name, how, past
    ('Ban Thường vụ Huyện ủy', 'body', False)
    """
    named = [(s, e) for s, e, _ in index.people_in(lo, end)]
    named += [(s, e) for s, e, _ in index.bodies_in(lo, end) if e <= end]
    for m_start, m_end in sorted(named, reverse=True):
        word = _WORD.match(text, m_end, end)
        if word is None or word.group(1) or not word.group(2)[0].islower():
            continue
        if word.group(2) in _not_after_subject():
            continue
        start = _chunk_start(text, lo, m_start)
        ref = _speaker_ref(text, start, m_end, index, current)
        # (a group, "Các đại biểu", is no one person: its speaker is None)
        if ref is not None and (ref[0] is not None or ref[1] == "group"):
            return ref[0], ref[1], bool(_PAST_AFTER_SUBJECT.match(text, m_end, end)), (start, m_end)
    return None


#: What opens a quotation after a verb: a colon, maybe after a few more words ("Thông báo kết
#: luận nêu rõ: ...", where "kết luận" is read first).
_COLON_AFTER = re.compile(r"[^:,;.\"]{0,40}?:\s*")


def _quoted_speaker(
    text: str, pos: int, hi: int, index: _Index, current: Speaker | None, verbs: Iterator[_VerbMatch]
) -> _Ref | None:
    """The speaker and directive verb that open what a document says after a colon at ``pos``
    ("...: Thường trực Tỉnh ủy yêu cầu ..."); ``verbs`` are the verbs of the sentence after ``pos``.

    >>> from vnpolparse.models import BodyKind, Level
    >>> text = "Thông báo nêu rõ: Thường trực Tỉnh ủy yêu cầu các cấp ủy kiểm điểm."
    >>> body = Body("Thường trực Tỉnh ủy", BodyKind.PARTY, Level.PROVINCE, None,
    ...             (Mention("Thường trực Tỉnh ủy", Span(18, 37)),))
    >>> pos = text.index(":")
    >>> verbs = _verb_matches(text, pos, len(text))
    >>> ref = _quoted_speaker(text, pos, len(text), _Index(text, [], [body]), None, verbs)
    >>> ref.speaker.name, ref.verb
    ('Thường trực Tỉnh ủy', 'yêu cầu')
    """
    colon = _COLON_AFTER.match(text, pos, hi)
    if colon is None:
        return None
    m, kind = next(verbs, (None, ""))
    while m is not None and m.start() < colon.end():
        m, kind = next(verbs, (None, ""))  # a speech verb before the colon ("nêu rõ")
    if m is None or kind != _DIRECTIVE or _chunk_start(text, colon.end(), m.start()) != colon.end():
        return None
    ref = _speaker_ref(text, colon.end(), m.start(), index, current)
    if ref is None or ref[0] is None:
        return None
    past = bool(_PAST_FILLER.search(text, colon.end(), m.start()))
    return _Ref(ref[0], m.group(), kind, m.start(), m.end(), ref[1], past)


def _standing(
    text: str,
    start: int,
    verb: re.Match[str],
    hi: int,
    speaker: Speaker | None,
    *,
    appositive: bool,
    named_end: int | None = None,
) -> str:
    """The kind of the directive verb ``verb`` said by ``speaker``, who is named in
    ``text[start:named_end]`` (by default up to the verb; ``appositive``: by name and then title,
    "bà X, Giám đốc Sở Y"),
    in the sentence that ends at ``hi``: :data:`_DIRECTIVE`, or :data:`_REPLY` for a request that
    gives no instruction and, like a reply, opens a speech that gives none. Such are

    * a petition: a voter's or a firm's request ("Cử tri Nguyễn Văn A đề nghị tỉnh ...");
    * a participant's proposal: "kiến nghị", "đề xuất" of someone the article introduces by
      name and then title ("ông X, Giám đốc Sở Y, đề xuất Bộ ..."), the way it introduces those
      who take the floor, not the leaders who give instructions ("Bí thư Tỉnh ủy X kiến nghị ...");
    * a delegate's question: a request that the addressee first tell, explain or answer
      ("Đại biểu đề nghị Giám đốc Sở làm rõ ..., cho biết ...").

    >>> text = "Cử tri Lê Văn Ba đề nghị tỉnh sớm sửa đường."
    >>> _standing(text, 0, re.search("đề nghị", text), len(text), None, appositive=False)
    'reply'
    >>> text = "Đại biểu Lê Văn Ba đề nghị Sở Y tế cho biết giải pháp. Đại biểu đề nghị Sở Y tế rà soát."
    >>> [_standing(text, 0, m, len(text), None, appositive=False) for m in re.finditer("đề nghị", text)]
    ['reply', 'directive']
    """
    region = text[start : verb.start() if named_end is None else named_end].strip()
    if _rx("petitioner", cased=True).search(region) or _rx("petitioner").match(_honorific().sub("", region, 1)):
        return _REPLY
    if appositive and verb.group().lower() in _words("proposal"):
        return _REPLY
    delegate = _rx("delegate").search(region) is not None or (isinstance(speaker, Person) and _is_delegate(speaker))
    return _REPLY if delegate and _asks(text, verb.end(), hi) else _DIRECTIVE


def _asks(text: str, pos: int, hi: int) -> bool:
    """Whether the request whose verb ends at ``pos`` asks for an answer: the first thing the
    addressee is asked to do is a ``question`` verb ("đề nghị Giám đốc Sở cho biết ...", "đề
    nghị làm rõ ..."), not an instruction that an answer only closes ("đề nghị UBND tỉnh xem
    xét, trả lời cử tri ...").

    >>> text = "đề nghị Giám đốc Sở Xây dựng cho biết lộ trình; đề nghị UBND tỉnh xem xét, trả lời cử tri"
    >>> [_asks(text, m.end(), len(text)) for m in re.finditer("đề nghị", text)]
    [True, False]
    """
    q = _rx("question", cased=True).search(text, pos, min(hi, pos + 8 * _MAX_ADDRESSEE_WORDS))
    if q is None:
        return False
    if not text[pos : q.start()].strip(" ,"):
        return True
    addressee = _addressee_span(text, pos, q.start())
    return addressee is not None and not text[addressee[1] : q.start()].strip(" ,")


def _according_to(text: str, lo: int, hi: int, index: _Index, current: Speaker | None) -> _Ref | None:
    """ "Theo Bộ trưởng, ...": speech attributed by "theo" and a speaker."""
    m = _opener().match(text, lo, hi)
    pos = m.end() if m else lo
    m = _ACCORDING_TO.match(text, pos, hi)
    if m is None:
        return None
    comma = text.find(",", m.end(), hi)
    if comma == -1:
        return None
    ref = _speaker_ref(text, m.end(), comma, index, current)
    if ref is None:
        return None
    return _Ref(ref[0], "theo", _SPEECH, m.start(), m.end(), ref[1])


# --- what the sentence says ------------------------------------------------------------


def _after_openers(text: str, lo: int, hi: int) -> int:
    """Skip a list bullet, connectives and an introductory phrase ("Đối với ..., ")."""
    b = _BULLET.match(text, lo, hi)
    lo = b.end() if b else lo
    m = _opener().match(text, lo, hi)
    pos = m.end() if m else lo
    intro = _rx("intro").match(text, pos, hi)
    if intro:
        comma = text.find(", ", pos, hi)
        if comma != -1:
            pos = comma + 2
            m = _opener().match(text, pos, hi)
            pos = m.end() if m else pos
    return pos


def _free_directive(text: str, pos: int, hi: int, ref: _Ref | None) -> re.Match[str] | None:
    """A directive verb opening the sentence, or a clause of it with its subject left out
    ("Vì thế, đề nghị ...", "...; đề nghị ...", "..., đồng thời giao ..."); ``pos`` is where
    the sentence's clause begins, after its openers."""
    m = _cue_match(_rx(_DIRECTIVE), text, pos, hi)
    if (
        m
        and not _PAIRED.search(text, max(0, pos - 12), pos)
        and not _numbered_document(text, pos, hi)
        and not _presides(text, pos, m, hi)
    ):
        return m
    if ref is None:
        return None
    for c in _NEXT_CLAUSE.finditer(text, ref.verb_end, hi):
        m = _cue_match(_rx(_DIRECTIVE), text, c.end(), hi)
        if m and not _presides(text, pos, m, hi):
            return m
    return None


@functools.cache
def _event_after() -> re.Pattern[str]:
    """An event noun, maybe after "tại": "hội nghị", "tại buổi làm việc", "các phiên họp"."""
    events = alternation(_words("event"))
    return re.compile(rf"\s+(?:(?:tại|ở)\s+)?(?:các\s+)?{events}(?!\w)", re.IGNORECASE)


#: What may follow a verb that ends its sentence.
_NOTHING_AFTER = re.compile(r"[\s.…;!]*")


def _presides(text: str, lo: int, verb: re.Match[str], hi: int) -> bool:
    """Whether the directive verb ``verb`` in the sentence ``text[lo:hi]`` reports that a leader
    attended an event and presided over it rather than gives an instruction: a ``presiding``
    verb ("chỉ đạo") that ends the sentence after no quotation ('"...", đồng chí chỉ đạo.'
    instructs), or that an event noun follows with no instruction after it ("dự và chỉ đạo hội
    nghị tổng kết năm 2025"; but "chỉ đạo tại hội nghị: ..." and "chỉ đạo các sở ..." instruct).

    >>> text = "Đồng chí Bí thư dự và chỉ đạo hội nghị. Đồng chí chỉ đạo các sở rà soát."
    >>> [_presides(text, 0, m, text.index(".", m.end()) + 1) for m in re.finditer("chỉ đạo", text)]
    [True, False]
    """
    if verb.group().lower() not in _words("presiding"):
        return False
    end = verb.end()
    if _NOTHING_AFTER.fullmatch(text, end, hi):
        return text.find('"', lo, verb.start()) == -1
    m = _event_after().match(text, end, hi)
    if m is None or text.find(":", m.end(), hi) != -1:
        return False
    later = _rx(_DIRECTIVE, cased=True).finditer(text, m.end(), hi)
    return all(_in_compound(text, c.start(), c.end()) for c in later)


def _numbered_document(text: str, pos: int, hi: int) -> bool:
    """Whether a document with its number opens ``text[pos:hi]`` ("Chỉ thị số 05-CT/TU ..."):
    the cue word there is the document's type, not a verb."""
    m = _document_word().match(text, pos, hi)
    return m is not None and any(ch.isdigit() for ch in m.group())


def _modal(text: str, lo: int, hi: int, lowered: str) -> re.Match[str] | None:
    """The first modal of obligation ("cần", "phải") that is not "cần thiết", "không phải" ...
    in the sentence ``text[lo:hi]``, which is ``lowered`` in lower case."""
    folded = lower_as_re(lowered)  # "PHẢı" is read "phải" by the case-blind modal pattern
    for word in _modal_probes():
        if word in folded:
            break
    else:
        return None  # (a substring test in C first: most sentences hold no modal)
    for m in _rx("modal").finditer(text, lo, hi):
        around = _rx("not_modal").finditer(text, max(lo, m.start() - 12), min(hi, m.end() + 12))
        if (
            not any(b.start() <= m.start() < b.end() for b in around)
            and not _AMOUNT.match(text, m.end(), hi)
            and not _in_catalogue(text, lo, m)
            and not _in_background(text, lo, m)
        ):
            return m
    return None


@functools.cache
def _background() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ``background`` conjunctions, at the start of a chunk, and the ``main_clause`` words."""
    opening = re.compile(rf"\s*(?:{alternation(_words('background'))})(?!\w)", re.IGNORECASE)
    main = re.compile(rf"(?<!\w)(?:{alternation(_words('main_clause'))})(?!\w)", re.IGNORECASE)
    return opening, main


def _in_background(text: str, lo: int, modal: re.Match[str]) -> bool:
    """Whether ``modal`` lies in a clause of contrast, concession or cause that opens its chunk
    ("..., trong khi số vốn còn phải giải ngân rất lớn"): the clause states a fact, and no
    instruction, unless a word that opens the main clause stands before the modal ("Mặc dù
    khó khăn nhưng các xã phải ...").

    >>> text = "Thời gian còn ít, trong khi khối lượng việc phải làm rất lớn."
    >>> _in_background(text, 0, re.search("phải", text))
    True
    >>> text = "Trong khi chờ hướng dẫn, các xã phải rà soát hồ sơ."
    >>> _in_background(text, 0, re.search("phải", text))
    False
    """
    opening, main = _background()
    start = _chunk_start(text, lo, modal.start())
    m = opening.match(text, start, modal.start())
    return m is not None and main.search(text, m.end(), modal.start()) is None


@functools.cache
def _catalogue() -> re.Pattern[str]:
    """A ``catalogue`` noun and at most four words (the ones it is about) at the end of a text."""
    return re.compile(rf"(?<!\w)(?:{alternation(_words('catalogue'))})\s+(?:[^\s.;:]+\s+){{0,4}}$", re.IGNORECASE)


def _in_catalogue(text: str, lo: int, modal: re.Match[str]) -> bool:
    """Whether the prohibition ``modal`` names a catalogue of prohibited acts ("... về những điều
    đảng viên không được làm"), a noun phrase, rather than forbids something.

    >>> text = "Ông A vi phạm quy định về những điều đảng viên không được làm."
    >>> _in_catalogue(text, 0, re.search("không được", text))
    True
    """
    if modal.group().lower() != "không được":
        return False
    return _catalogue().search(text, max(lo, modal.start() - 60), modal.start()) is not None


@functools.cache
def _modal_probes() -> tuple[str, ...]:
    """The modals that hold no other one: a sentence holds a modal ("cần phải") only if it holds
    one of these ("cần"); ``tests/test_directives.py`` checks that the pre-test of
    :func:`_modal` misses no letter the pattern matches."""
    words = _words("modal")
    return tuple(w for w in words if not any(o != w and o in w for o in words))


def _imperative_start(text: str, pos: int, hi: int) -> bool:
    """Whether the clause at ``pos`` opens with an instruction verb ("Tăng cường công tác ...")."""
    m = _cue_match(_rx("imperative", _DIRECTIVE), text, pos, hi)
    if not m:
        return False
    nxt = text[m.end() : m.end() + 2].strip()
    return not (nxt and nxt[0].isupper())


def _task_list(text: str, lo: int, hi: int) -> bool:
    """ "... một số nhiệm vụ như: Tiếp tục ..." (a list of tasks)."""
    if text.find(":", lo, hi) == -1:
        return False
    for m in _COLON.finditer(text[lo:hi]):
        before = text[max(lo, lo + m.start() - 60) : lo + m.start()].rstrip()
        last = _last(_rx("task_list").finditer(before))
        if last is not None and len(before) - last.end() <= 25:
            after = lo + m.end()
            if _cue_match(_rx("imperative"), text, after, hi):
                return True
    return False


# --- the parts of a directive ---------------------------------------------------------------


def _addressee_span(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The addressee opening ``text[pos:hi]``: "các cấp, ngành, địa phương", "Văn phòng Trung ương Đảng".

    It is made of determiners, generic addressee nouns, title words and names (a capitalised
    word and at most one more syllable: "Sở Xây dựng"), and ends before the first other word,
    usually the instruction verb ("tập trung", "sớm", "cần").
    """
    while pos < hi and text[pos] == " ":
        pos += 1
    end = cur = pos
    seen_head = False
    after_name = after_sector = 0
    verbs = _addressee_verbs()
    addressee_word = _addressee_word()
    determiner = _rx("determiner")
    opening_verb = _rx("imperative", _DIRECTIVE)
    for _ in range(_MAX_ADDRESSEE_WORDS):
        m = _WORD.match(text, cur, hi)
        if not m:
            break
        tok_start = m.start(2)
        aw = addressee_word.match(text, tok_start, hi)
        verb = _cue_match(verbs, text, tok_start, hi) if aw else None
        if aw and not (verb and verb.end() >= aw.end()):
            seen_head = seen_head or not determiner.fullmatch(aw.group())
            after_name, after_sector = 0, 2 if aw.group().casefold() == "ngành" else 0
            cur = end = aw.end()
            continue
        first = text[tok_start]
        if first.isupper() and not (cur == pos and _cue_match(opening_verb, text, tok_start, hi)):
            seen_head, after_name, after_sector = True, 1, 0
            cur = end = m.end()
            continue
        if (
            (after_name or after_sector)
            and not m.group(1)
            and first.isalpha()
            and not (verb if aw else _cue_match(verbs, text, tok_start, hi))
        ):
            # "Sở Xây dựng", "ngành giáo dục": a name or a sector goes on in lower case.
            after_name, after_sector = 0, max(0, after_sector - 1)
            cur = end = m.end()
            continue
        break
    while end > pos and text[end - 1] in " ,":
        end -= 1
    if not seen_head or end <= pos or text[pos:end].split()[-1] == "và":
        return None
    return pos, end


def _subject(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """Whom a modal addresses: the addressee-like phrase right before it ("các cấp, ngành cần")."""
    starts = [_after_openers(text, lo, pos)] + [m.end() for m in _CHUNK_END.finditer(text, lo, pos)]
    for start in sorted(set(starts)):
        found = _addressee_span(text, start, pos)
        if found is not None and _strip_fillers(text, found[1], pos) <= found[1]:
            return found
    return None


def _actions(text: str, pos: int, hi: int) -> tuple[str, ...]:
    body = text[pos:hi].strip().rstrip(_TRAILING).strip()
    return tuple(filter(None, [a.strip(" ,") for a in body.split(";")]))


def _deadline(text: str, lo: int, hi: int, lowered: str) -> DateMention | None:
    """The date in ``text[lo:hi]`` (``lowered`` in lower case) that an instruction must be done
    by ("trước ngày 10/1/2025").

    :func:`vnpolparse.dates.scan` reads the dates, in the sentence alone: a date without a year
    keeps none here (``start`` is then ``None``).
    """
    if not any(word in lowered for word in _deadline_probes()):
        return None  # (a substring test in C first: the searches below find nothing then)
    if not _deadline_cue().search(text, lo, hi) and not _DONE_WITHIN.search(text, lo, hi):
        return None
    for m in dates.scan(text[lo:hi]):
        start, end = m.span.start + lo, m.span.end + lo
        before = text[max(lo, start - 90) : start]
        if (
            m.text.casefold().startswith(_DEADLINE_LEADS)
            or _deadline_cue_end().search(before)
            or _DONE_WITHIN_END.search(before)
        ):
            return attrs.evolve(m, span=Span(start, end))
    return None


@functools.cache
def _deadline_cue() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(_words('deadline'))})(?!\w)", re.IGNORECASE)


@functools.cache
def _deadline_cue_end() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(_words('deadline'))})\s+(?:(?:vào|ngày|là)\s+)*$", re.IGNORECASE)


@functools.cache
def _deadline_probes() -> tuple[str, ...]:
    """Lower-case words one of which a sentence holds (in :meth:`str.lower`) whenever
    :func:`_deadline_cue` or :data:`_DONE_WITHIN` finds something in it: the deadline cues
    that hold no other one ("trước" for "trước ngày"), and "hoàn thành".

    A letter that matches one of these words' letters under ``re.IGNORECASE`` lowers to it
    (none of them is "i", "k" or "s", whose case-insensitive matches "ı", "K", "ſ" lower
    otherwise; ``tests/test_directives.py`` checks every letter), so the test is exact."""
    words = [w.lower() for w in (*_words("deadline"), _DONE_WITHIN_LEAD)]
    return tuple(sorted({w for w in words if not any(o != w and o in w for o in words)}))


_DEADLINE_LEADS = ("trước", "chậm nhất", "hạn chót")
_DONE_WITHIN_LEAD = "hoàn thành"
_DONE_WITHIN = re.compile(rf"{_DONE_WITHIN_LEAD}[^.;]{{0,80}}?\s(?:trong|trước)\s", re.IGNORECASE)
_DONE_WITHIN_END = re.compile(r"hoàn thành[^.;]{0,80}?\s(?:trong|trước)\s+$", re.IGNORECASE)


# --- the speech, sentence by sentence -------------------------------------------------------


@attrs.define
class _Speech:
    speaker: Speaker | None = None
    active: bool = False
    #: "report", "neutral" or "directive": what the speech was doing in its last sentence.
    mode: str = "neutral"
    paragraph: int = -1

    def reset(self) -> None:
        self.speaker, self.active, self.mode = None, False, "neutral"


def _readable(text: str, para_start: int, para_end: int, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The sentences ``spans`` of the line ``text[para_start:para_end]`` that are read: all but
    captions, headings and bylines (a line with no sentence end, or a sentence cut off by
    blanked-out page chrome)."""
    item: bool | None = None  # whether the line is a list item (looked at when needed)
    last = len(spans) - 1
    for k, (lo, hi) in enumerate(spans):
        if text[hi - 1] not in _SENTENCE_ENDS:
            alone = lo == para_start and hi == para_end
            gap = k < last and text.startswith("   ", hi)
            if alone or gap:
                if item is None:
                    item = bool(_BULLET.match(text, para_start))
                if not item:
                    continue
        yield lo, hi


#: The most words a section heading has (as :mod:`vnpolparse.structure` reads headings).
_HEADING_WORDS = 14


def _heading(text: str, lo: int, hi: int, index: _Index) -> bool:
    """Whether the line ``text[lo:hi]`` is a section heading ("Những giải pháp chủ yếu"): a short
    line that ends no sentence, is no list item ("1. Tăng cường ...") and names no one (a caption
    names whom the photo shows: "Bí thư Tỉnh ủy X phát biểu tại hội nghị"), with no gap of blanked
    page chrome in it (a caption cut from its photo credit).

    >>> _heading("Một số giải pháp", 0, 16, _Index("Một số giải pháp", [], []))
    True
    >>> [_heading(t, 0, len(t), _Index(t, [], [])) for t in ("Quang cảnh hội nghị.", "1. Rà soát hồ sơ")]
    [False, False]
    """
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if hi == lo or text[hi - 1] in _SENTENCE_ENDS or text.count(" ", lo, hi) >= _HEADING_WORDS:
        return False
    if _BULLET.match(text, lo, hi) or text.find("   ", lo, hi) != -1:
        return False
    return index.first_person_in(lo, hi) is None


def _may_attribute(text: str, lo: int, hi: int, first: _VerbMatch | None) -> bool:
    """Whether a sentence of the line ``text[lo:hi]`` may name a speaker (see :func:`_attribution`):
    only one with a verb, or "theo", may. ``first`` is the first of :func:`_verb_matches` in the line.

    A verb that a sentence's own search finds is found here too: a sentence ends at the end of
    its line or before a space, a bracket or another sentence (never inside a word).
    """
    return first is not None or _ACCORDING_TO.search(text, lo, hi) is not None


def scan(text: str, *, people: Sequence[Person] = (), bodies: Sequence[Body] = ()) -> tuple[Directive, ...]:
    """Directives in normalised ``text``; ``people`` and ``bodies`` are what
    :mod:`vnpolparse.people` and :mod:`vnpolparse.bodies` found in the same text.

    >>> [d.text for d in scan("Hội nghị đã hoàn thành chương trình. Các đại biểu đề nghị tỉnh sớm ban hành đề án.")]
    ['Các đại biểu đề nghị tỉnh sớm ban hành đề án.']
    """
    index = _Index(text, people, bodies)
    speech = _Speech()
    out: list[Directive] = []
    lines = sentences.Lines(text)
    for para, (para_start, para_end) in enumerate(lines.bounds):
        known = not speech.active  # whether the line's first verb is looked for (and is ``first``)
        first = next(_verb_matches(text, para_start, para_end), None) if known else None
        if known and not _may_attribute(text, para_start, para_end, first):
            # Out of a speech, a sentence does nothing unless it names a speaker (see
            # _read_sentence), so a line where none can is not even split. (The paragraph
            # number is only compared with the next sentence's, which is on a later line.)
            continue
        if not known and _heading(text, para_start, para_end, index):
            # A section heading ends the speech: what follows is the article's again, though
            # "đồng chí" alone may still name the speaker.
            speech.active, speech.mode = False, "neutral"
            continue
        for lo, hi in _readable(text, para_start, para_end, lines.sentences(para)):
            verbs = _sentence_verbs(text, lo, hi, first) if known else _verb_matches(text, lo, hi)
            directive = _read_sentence(text, lo, hi, para, index, speech, verbs)
            if directive is not None:
                out.append(directive)
            speech.paragraph = para
    return tuple(out)


def _read_sentence(
    text: str, lo: int, hi: int, para: int, index: _Index, speech: _Speech, verbs: Iterator[_VerbMatch]
) -> Directive | None:
    """Follow the speech over the sentence ``text[lo:hi]``, whose verbs are ``verbs``
    (:func:`_verb_matches`); return it as a directive if it is one."""
    ref = _attribution(text, lo, hi, index, speech.speaker, verbs)
    if ref is None and not speech.active:
        # No speech goes on and none starts: nothing below can find a cue, and a reset
        # would leave the speech as it is (only an active speech has a speaker or a mode).
        return None
    clause = _after_openers(text, lo, hi)
    continuing = speech.active and speech.mode == "directive"
    cue: tuple[str, int | None] | None = None
    if (
        ref is not None
        and continuing
        and ref.how == "body"
        and ref.kind != _REPLY
        and isinstance(speech.speaker, Person)
    ):
        # "UBND tỉnh chỉ đạo các sở ..." inside a leader's instructions: the body is told
        # to direct, and the leader goes on speaking.
        cue = (ref.verb, ref.verb_end) if ref.kind == _DIRECTIVE else None
        ref = None
    elif ref is not None:
        if ref.how != "honorific" or not speech.active:
            speech.speaker = ref.speaker  # "đồng chí" alone lets the current speaker go on
        speech.active = True
        speech.mode = ref.mode
        continuing = False
    elif (
        _rx("narration").match(text, lo, hi)
        or _TIME_NARRATION.match(text, lo, hi)
        or _past_subject(text, clause, hi, index)
        or _own_subject(text, clause, hi, index, speech.speaker)
    ):
        speech.reset()
        return None
    # (every sentence that gets here belongs to a speech: the modal is looked for once)
    lowered = text[lo:hi].lower()
    modal = _modal(text, lo, hi, lowered)
    cue = cue or _cue(
        text, lo, hi, clause, ref, speech, modal, continuing=continuing, same_paragraph=para == speech.paragraph
    )
    if cue is None:
        if speech.active and speech.mode == "directive":
            speech.mode = "neutral"
        return None
    speech.mode = "directive"
    return _directive(text, lo, hi, clause, cue[0], cue[1], speech.speaker, modal, lowered)


def _cue(
    text: str,
    lo: int,
    hi: int,
    clause: int,
    ref: _Ref | None,
    speech: _Speech,
    modal: re.Match[str] | None,
    *,
    continuing: bool,
    same_paragraph: bool,
) -> tuple[str, int | None] | None:
    """What makes the sentence ``text[lo:hi]`` an instruction, and where the cue ends; ``None``
    if nothing does. ``modal`` is :func:`_modal` of the sentence.

    The cue is "" for a sentence that goes on with an instruction without one.
    """
    if ref is not None and ref.mode == "directive" and not _wishes_to_receive(text, ref.verb_end, hi):
        return ref.verb, ref.verb_end
    if speech.active or ref is not None:
        free = _free_directive(text, clause, hi, ref)
        if free is not None and not _wishes_to_receive(text, free.end(), hi):
            return free.group().lower(), free.end()
    if (
        speech.active
        and modal is not None
        and _modal_counts(speech.mode, ref, modal.group().lower())
        and not _judgment(text, ref, modal)
    ):
        return modal.group().lower(), modal.start()
    if ref is not None and ref.mode == "neutral" and _says_instruction(text, ref, hi):
        return ref.verb, ref.verb_end
    if ref is not None and ref.kind == _SPEECH and not ref.past and _quoted_instruction(text, lo, ref.verb_start):
        return "", None
    if speech.active and ref is None and speech.mode in ("directive", "neutral"):
        passive = _passive_assignment(text, clause, hi)
        if passive is not None:
            return passive.group().lower(), None
    if speech.active and speech.mode not in ("past", "reply") and _task_list(text, lo, hi):
        return "nhiệm vụ", None
    if continuing and _imperative_start(text, clause, hi):
        return "", None
    if (
        continuing
        and not _past().search(text, lo, hi)
        and not _plan().search(text, lo, hi)
        and (same_paragraph or clause > lo)
    ):
        return "", None
    return None


#: The copula of a judgment ("việc X là cần thiết").
_COPULA = re.compile(r"(?<!\w)là(?!\w)")


def _judgment(text: str, ref: _Ref | None, modal: re.Match[str]) -> bool:
    """Whether ``modal``, after the speaker's verb and with no addressee of its own ("các địa
    phương cần ..." has one), is part of a judgment rather than an instruction:

    - after an ``opinion`` verb ("cho rằng") that gives a judgment ("việc X là cần thiết,
      nhưng phải ..."): a caveat;
    - after an ``evaluation`` verb ("biểu dương", "đánh giá cao ..., đồng thời chỉ rõ những
      hạn chế cần khắc phục"), unless it opens what a speech or directive verb after the
      evaluation says ("..., đồng thời nhấn mạnh, cần ...").

    >>> text = "Đại biểu cho rằng việc sửa luật là cần thiết, nhưng phải có lộ trình."
    >>> ref = _Ref(None, "cho rằng", _SPEECH, 9, 17, "group")
    >>> _judgment(text, ref, re.search("phải", text))
    True
    >>> text = "Đại biểu cho rằng đây là vấn đề lớn, các địa phương cần rà soát."
    >>> _judgment(text, ref, re.search("cần", text))
    False
    >>> text = "Đồng chí biểu dương kết quả, đồng thời chỉ rõ những hạn chế cần khắc phục."
    >>> ref = _Ref(None, "biểu dương", _EVALUATION, 9, 19, "honorific")
    >>> _judgment(text, ref, re.search("cần", text))
    True
    >>> text = "Đồng chí biểu dương kết quả, đồng thời nhấn mạnh, cần khắc phục hạn chế."
    >>> _judgment(text, ref, re.search("cần", text))
    False
    >>> text = "Đồng chí biểu dương kết quả; các xã cần khắc phục hạn chế."
    >>> _judgment(text, ref, re.search("cần", text))
    False
    """
    if ref is None or modal.start() < ref.verb_end:
        return False
    if ref.kind == _EVALUATION:
        if _subject(text, ref.verb_end, modal.start()) is not None:
            return False
        return not any(
            kind in (_SPEECH, _DIRECTIVE) and _opens_with(text, verb.end(), modal.start())
            for verb, kind in _verb_matches(text, ref.verb_end, modal.start())
        )
    if ref.verb.lower() not in _words("opinion") or _COPULA.search(text, ref.verb_end, modal.start()) is None:
        return False
    return _subject(text, ref.verb_end, modal.start()) is None


def _opens_with(text: str, pos: int, target: int) -> bool:
    """Whether what a speaker says from ``pos`` on opens at ``target``, after "rằng", a comma or
    a colon, and a time ("nhấn mạnh, thời gian tới, cần ...")."""
    m = _SAYS.match(text, pos, target)
    pos = m.end() if m else pos
    when = _time_adverbial().match(text, pos, target)
    return (when.end() if when else pos) == target


@functools.cache
def _task_predicate() -> re.Pattern[str]:
    """ "là nhiệm vụ", "là một trong những giải pháp": a predicate that names a task."""
    nouns = alternation(_words("task_noun"))
    return re.compile(rf"\slà\s+(?:(?:một\s+)?trong\s+(?:các|những)\s+)?(?:{nouns})(?!\w)", re.IGNORECASE)


def _names_task(text: str, pos: int, hi: int) -> bool:
    """Whether what a speaker says from ``pos`` on holds a clause that opens with an instruction
    verb and ends by naming it a task ("..., phấn đấu giải ngân hết vốn là nhiệm vụ trọng tâm"):
    the speaker sets the task. The clause holds no comma, and no past ("tăng cường ... đã là
    nhiệm vụ trọng tâm" says what the task was).

    >>> text = "nhấn mạnh, thời gian còn ít, hoàn thành giải ngân là nhiệm vụ trọng tâm."
    >>> _names_task(text, 9, len(text))
    True
    >>> text = "nhấn mạnh, năm qua, cải cách hành chính đã được đẩy mạnh, là nhiệm vụ trọng tâm."
    >>> _names_task(text, 9, len(text))
    False
    """
    task = _task_predicate().search(text, pos, hi)
    if task is None:
        return False
    start = max(text.rfind(",", pos, task.start()) + 1, pos)
    m = _SAYS.match(text, start, task.start())
    start = m.end() if m else start
    return _imperative_start(text, start, task.start()) and _past().search(text, start, task.start()) is None


def _says_instruction(text: str, ref: _Ref, hi: int) -> bool:
    """Whether what the speaker of ``ref`` says, up to ``hi``, is an instruction: it opens with
    one (:func:`_instruction_follows`), or a speech verb's words name a task (:func:`_names_task`)."""
    return _instruction_follows(text, ref.verb_end, hi) or (ref.kind == _SPEECH and _names_task(text, ref.verb_end, hi))


def _instruction_follows(text: str, pos: int, hi: int) -> bool:
    """ "... nhấn mạnh: "Tập trung ..."", "... nhấn mạnh, tăng cường ...": what a speaker
    says opens with an instruction verb."""
    m = _SAYS.match(text, pos, hi)
    return m is not None and _cue_match(_rx("imperative", _DIRECTIVE), text, m.end(), hi) is not None


#: A closing quote and what may follow it before the speaker it is attributed to.
_QUOTE_THEN_SPEAKER = re.compile(r"[\"”]\s*[,–-]")


def _quoted_instruction(text: str, lo: int, verb_start: int) -> bool:
    """Whether the sentence ``text[lo:]``, whose speech verb starts at ``verb_start``, opens with a
    quotation attributed after it that opens with an instruction verb ('"Tiếp tục rà soát ...",
    đồng chí nhấn mạnh.'): the speaker says an instruction. The quotation may have opened in an
    earlier sentence.

    >>> text = '"Tăng cường kiểm tra các dự án", đồng chí nhấn mạnh.'
    >>> _quoted_instruction(text, 0, text.index("nhấn"))
    True
    >>> text = '"Năm nay tỉnh tăng trưởng khá", đồng chí nhấn mạnh.'
    >>> _quoted_instruction(text, 0, text.index("nhấn"))
    False
    """
    close = max(text.rfind('"', lo, verb_start), text.rfind("”", lo, verb_start))
    if close <= lo or _QUOTE_THEN_SPEAKER.match(text, close) is None:
        return False
    pos = lo
    while pos < close and text[pos] in "\"“ ":
        pos += 1  # the quotation's opening mark, if it opens in this sentence
    return _imperative_start(text, _after_openers(text, pos, close), close)


@functools.cache
def _passive() -> re.Pattern[str]:
    """The ``passive`` cues ("được giao"), followed by what the addressee is to do."""
    return re.compile(rf"(?<!\w)(?:{alternation(_words('passive'))})(?=\s+\w)")


#: "đã được giao", "vừa được phân công": an assignment made before, reported.
_DONE_BEFORE = re.compile(r"(?<!\w)(?:đã|vừa|từng)\s+$")


def _passive_assignment(text: str, pos: int, hi: int) -> re.Match[str] | None:
    """ "Bộ trưởng Bộ Tài chính X được giao chủ trì ...": in a speech, an addressee that is
    assigned a task by a passive, right after it opens the clause at ``pos``; not one assigned
    before ("đã được giao") and not a relative clause ("kế hoạch được giao", which no addressee
    opens).

    >>> text = "Sở Tài chính được giao chủ trì thẩm định. Sở Tài chính đã được giao chủ trì."
    >>> [_passive_assignment(text, lo, hi) is not None for lo, hi in ((0, 41), (42, len(text)))]
    [True, False]
    >>> _passive_assignment("các xã hoàn thành chỉ tiêu được giao trong năm.", 0, 47) is None
    True
    """
    m = _passive().search(text, pos, hi)
    if m is None or _DONE_BEFORE.search(text, max(pos, m.start() - 8), m.start()):
        return None
    subject = _addressee_span(text, pos, m.start())
    if subject is None or subject[0] != pos or _strip_fillers(text, subject[1], m.start()) > subject[1]:
        return None  # (only fillers, "cũng", may stand between the addressee and the passive)
    return m


def _modal_counts(mode: str, ref: _Ref | None, modal: str) -> bool:
    """Whether a modal makes an instruction in a speech doing ``mode``: not in a report of
    past speech, and in a report of facts only "cần" said in the same sentence ("phải"
    there is often "had to": "nhiều doanh nghiệp phải tạm dừng")."""
    if mode in ("past", "reply"):
        return False
    if mode == "report":
        return ref is not None and modal == "cần"
    return True


def _past_subject(text: str, pos: int, hi: int, index: _Index) -> bool:
    """Narration: the clause at ``pos`` opens on a person or body who did something
    ("UBND tỉnh đã ban hành ...")."""
    h = _rx("honorific").match(text, pos, hi)
    if h:
        pos = h.end() + 1
    named = index.first_person_in(pos, hi) or index.first_body_in(pos, hi)
    return named is not None and named[0] == pos and bool(_PAST_AFTER_SUBJECT.match(text, named[1], hi))


def _own_subject(text: str, pos: int, hi: int, index: _Index, speaker: Speaker | None) -> bool:
    """Narration: the clause at ``pos`` opens on the current speaker, named again, doing
    something with no instruction verb ("Ủy ban Kiểm tra Trung ương quyết định thi hành kỷ
    luật ..." after its request): what the speaker does, not what it tells others to do."""
    if speaker is None:
        return False
    h = _rx("honorific").match(text, pos, hi)
    if h:
        pos = h.end() + 1
    found = index.first_person_in(pos, hi) if isinstance(speaker, Person) else index.first_body_in(pos, hi)
    return found is not None and found[0] == pos and found[2] is speaker


def _wishes_to_receive(text: str, pos: int, hi: int) -> bool:
    """ "mong muốn (tiếp tục) nhận được ...": a wish to receive, not an instruction."""
    return bool(_rx("receive").match(text, pos + 1 if text[pos : pos + 1] == " " else pos, hi))


def _directive(
    text: str,
    lo: int,
    hi: int,
    clause: int,
    cue: str,
    cue_end: int | None,
    speaker: Speaker | None,
    modal: re.Match[str] | None,
    lowered: str,
) -> Directive:
    """The directive of the sentence ``text[lo:hi]``, which is ``lowered`` in lower case;
    ``modal`` is :func:`_modal` of it."""
    addressee: tuple[int, int] | None = None
    action_start = clause
    if cue_end is not None and cue not in ("cần", "phải", "cần phải"):
        pos = cue_end
        while pos < hi and text[pos] == " ":
            pos += 1
        when = _time_adverbial().match(text, pos, hi)  # "yêu cầu năm 2025, các cấp ủy ..."
        pos = when.end() if when else pos
        addressee = _addressee_span(text, pos, hi)
        action_start = addressee[1] if addressee else pos
    if addressee is None and modal is not None:
        addressee = _subject(text, lo, modal.start())
        if cue in ("cần", "phải", "cần phải"):
            action_start = modal.start()
    return Directive(
        text[lo:hi],
        Span(lo, hi),
        cue=cue or None,
        speaker=speaker,
        addressee=text[addressee[0] : addressee[1]] if addressee else None,
        actions=_actions(text, action_start, hi),
        deadline=_deadline(text, lo, hi, lowered),
    )


def find_directives(
    text: str, *, people: Sequence[Person] | None = None, bodies: Sequence[Body] | None = None
) -> tuple[Directive, ...]:
    """Directives in ``text``, with spans (and their speakers' and deadlines') into ``text``.

    ``people`` and ``bodies`` are the results of :func:`vnpolparse.find_people` and
    :func:`vnpolparse.find_bodies` on the same text; when left out they are looked for here.
    Never raises on a ``str``.

    >>> [d.cue for d in find_directives("Đồng chí lưu ý các địa phương phải hoàn thành sớm.")]
    ['lưu ý']
    """
    norm = normalize(text)
    if people is None or (not norm.is_aligned and people):
        from vnpolparse import people as people_module

        people = people_module.scan(norm.text)
    if bodies is None or (not norm.is_aligned and bodies):
        from vnpolparse import bodies as bodies_module

        bodies = bodies_module.scan(norm.text)
    return remap(scan(norm.text, people=people, bodies=bodies), norm)
