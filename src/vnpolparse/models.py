"""The typed results vnpolparse returns.

Every class here is a frozen, slotted :mod:`attrs` class. Mentions carry the
``text`` they were read from and its ``span`` in the text the caller passed
in, so that ``original[span.start:span.end] == text`` always holds.

>>> span = Span(4, 9)
>>> "Bác Hồ kính yêu"[span.start:span.end]
'Hồ kí'
>>> start, end = span
>>> (start, end, span.slice)
(4, 9, slice(4, 9, None))
"""

from __future__ import annotations

import datetime as dt
import enum
import operator
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs
from attrs import field, frozen

if TYPE_CHECKING:
    import pandas

__all__ = [
    "Article",
    "Body",
    "BodyKind",
    "DateMention",
    "Directive",
    "DocumentRef",
    "Level",
    "Mention",
    "Paragraph",
    "ParagraphKind",
    "Person",
    "Precision",
    "Quantity",
    "QuantityKind",
    "Span",
    "Speaker",
    "Title",
]


class _Choice(str, enum.Enum):
    """A string enum whose ``str()`` is its value ("day", not "Precision.DAY")."""

    def __str__(self) -> str:
        return str(self.value)


def _short(text: str | None, limit: int = 40) -> str:
    """``text`` quoted, cut to ``limit`` characters for compact reprs."""
    if text is None:
        return "None"
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


@frozen(repr=False)
class Span:
    """Half-open character offsets ``[start, end)`` into the original text.

    A span unpacks, indexes and sorts like a ``(start, end)`` tuple.

    >>> Span(3, 7)[1]
    7
    >>> sorted([Span(4, 6), Span(1, 9), Span(1, 2)])
    [Span(1, 2), Span(1, 9), Span(4, 6)]
    >>> Span(5, 2)
    Traceback (most recent call last):
    ...
    ValueError: span end 2 is before start 5
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check instead of per-field validators: spans are made by the thousand.
        if not 0 <= self.start <= self.end:
            if self.start < 0:
                raise ValueError(f"start must be >= 0, got {self.start}")
            raise ValueError(f"span end {self.end} is before start {self.start}")

    def __iter__(self) -> Iterator[int]:
        yield self.start
        yield self.end

    def __getitem__(self, index: int) -> int:
        return (self.start, self.end)[index]

    # Written out: attrs' generated ordering builds tuples through generators,
    # and spans are sorted by the thousand.
    def __lt__(self, other: object) -> bool:
        if type(other) is not Span:
            return NotImplemented
        return (self.start, self.end) < (other.start, other.end)

    def __le__(self, other: object) -> bool:
        if type(other) is not Span:
            return NotImplemented
        return (self.start, self.end) <= (other.start, other.end)

    def __gt__(self, other: object) -> bool:
        if type(other) is not Span:
            return NotImplemented
        return (self.start, self.end) > (other.start, other.end)

    def __ge__(self, other: object) -> bool:
        if type(other) is not Span:
            return NotImplemented
        return (self.start, self.end) >= (other.start, other.end)

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end})"

    @property
    def slice(self) -> slice:
        """The span as a :class:`slice`, for ``text[span.slice]``."""
        return slice(self.start, self.end)


@frozen(repr=False)
class Mention:
    """One place in the text where an entity is named.

    >>> Mention("Tỉnh ủy", Span(0, 7))
    Mention('Tỉnh ủy', 0:7)
    """

    text: str
    span: Span

    def __repr__(self) -> str:
        return f"Mention({_short(self.text)}, {self.span.start}:{self.span.end})"


class Precision(_Choice):
    """How precise a date or period is, as the text states it.

    >>> Precision("quarter") is Precision.QUARTER, str(Precision.HALF)
    (True, 'half')
    """

    DATETIME = "datetime"
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    YEARS = "years"


@frozen(repr=False)
class DateMention:
    """A date, a time of day or a period, with the precision the text gives.

    ``value`` follows ISO 8601 where it can: ``2024-07-16``,
    ``2023-12-01T15:34``, ``2024-07``, ``2024`` and ``2025/2030`` (a span of
    years), plus ``2024-Q2`` for a quarter and ``2024-H1`` for a half-year.
    When nothing in the text tells the year, the year is left out
    (``--07-16``, ``--07``) and ``start``/``end`` are ``None``.

    >>> d = DateMention("Ngày 16/7", Span(0, 9), "2024-07-16", Precision.DAY,
    ...                 dt.date(2024, 7, 16), dt.date(2024, 7, 16), year_inferred=True)
    >>> d.year_known, d.year
    (True, 2024)
    """

    text: str
    span: Span
    value: str
    precision: Precision
    start: dt.date | None = None
    end: dt.date | None = None
    #: True when the year was not written but taken from the reference date.
    year_inferred: bool = False

    def __repr__(self) -> str:
        return (
            f"DateMention({_short(self.text)} = {self.value}, {self.precision.value}, "
            f"{self.span.start}:{self.span.end})"
        )

    @property
    def year_known(self) -> bool:
        """Whether the value has a year (written or inferred).

        >>> DateMention("ngày 8/2", Span(0, 8), "--02-08", Precision.DAY).year_known
        False
        """
        return not self.value.startswith("--")

    @property
    def year(self) -> int | None:
        """The (first) year of the value, or ``None`` when it is unknown."""
        return None if not self.year_known else int(self.value[:4])


class QuantityKind(_Choice):
    """What a number measures.

    >>> [str(k) for k in QuantityKind][:3]
    ['percent', 'money', 'multiplier']
    """

    PERCENT = "percent"
    MONEY = "money"
    MULTIPLIER = "multiplier"
    COUNT = "count"
    RANK = "rank"
    MEASURE = "measure"


@frozen(repr=False)
class Quantity:
    """A number the text states, with its kind, unit and qualifier.

    ``value`` is a :class:`~decimal.Decimal` in whole units ("181,9 nghìn tỷ
    đồng" is ``Decimal('181900000000000')``). A range keeps its upper bound in
    ``value_max``, a part of a whole its whole in ``total`` ("9/11 dự án").

    >>> q = Quantity("hơn 3,2 tỷ USD", Span(0, 14), QuantityKind.MONEY,
    ...              Decimal("3200000000"), "USD", qualifier="hơn")
    >>> int(q.value), q.unit, q.qualifier
    (3200000000, 'USD', 'hơn')
    """

    text: str
    span: Span
    kind: QuantityKind
    value: Decimal
    unit: str | None = None
    qualifier: str | None = None
    value_max: Decimal | None = None
    total: Decimal | None = None
    #: The indicator the number measures, where the sentence names it.
    indicator: str | None = None

    def __repr__(self) -> str:
        number = f"{self.value}" + (f"-{self.value_max}" if self.value_max is not None else "")
        number += f"/{self.total}" if self.total is not None else ""
        unit = f" {self.unit}" if self.unit else ""
        return f"Quantity({_short(self.text)} = {number}{unit}, {self.kind.value}, {self.span.start}:{self.span.end})"


class BodyKind(_Choice):
    """Which branch of the political system a body belongs to.

    >>> BodyKind("front")
    <BodyKind.FRONT: 'front'>
    """

    PARTY = "party"
    STATE = "state"
    FRONT = "front"
    MASS_ORGANISATION = "mass_organisation"
    ARMED_FORCES = "armed_forces"
    OTHER = "other"


class Level(_Choice):
    """The administrative level a body works at.

    >>> str(Level.COMMUNE)
    'commune'
    """

    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


@frozen(repr=False)
class Body:
    """A Party, state, Front or mass-organisation body.

    ``name`` is the most complete name the article supports, with
    abbreviations expanded ("Ủy ban nhân dân tỉnh Bắc Giang" for "UBND tỉnh"
    in an article about Bắc Giang); ``mentions`` lists every place it is named.

    >>> b = Body("Tỉnh ủy Bắc Giang", BodyKind.PARTY, Level.PROVINCE, "Bắc Giang",
    ...          (Mention("Tỉnh ủy", Span(10, 17)),))
    >>> b.text, b.span
    ('Tỉnh ủy', Span(10, 17))
    """

    name: str
    kind: BodyKind = BodyKind.OTHER
    level: Level | None = None
    place: str | None = None
    mentions: tuple[Mention, ...] = ()

    def __repr__(self) -> str:
        level = f", {self.level.value}" if self.level else ""
        return f"Body({_short(self.name, 60)}, {self.kind.value}{level}, mentions={len(self.mentions)})"

    @property
    def text(self) -> str | None:
        """The surface form of the first mention."""
        return self.mentions[0].text if self.mentions else None

    @property
    def span(self) -> Span | None:
        """The span of the first mention."""
        return self.mentions[0].span if self.mentions else None


@frozen(repr=False)
class Title:
    """An official position given to a person.

    ``text`` is the complete title: the words as written, followed by the
    body's name where the writer leaves the body to the context ("Thay mặt
    Bộ Y tế, Bộ trưởng ..." gives "Bộ trưởng Bộ Y tế"; "Phó Bí thư Đảng ủy,
    Chủ tịch UBND xã X" gives "Phó Bí thư Đảng ủy xã X"). Abbreviations stay,
    and a province's name is not added ("Chủ tịch UBND tỉnh"). ``span``
    points at the words written, which ``text`` starts with. ``role`` is the
    post ("Bí thư", "Phó Chủ tịch Thường trực") and ``body`` the complete
    name of the body it belongs to, when there is one.

    >>> Title("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy Bắc Giang").former
    False
    """

    text: str
    role: str
    body: str | None = None
    span: Span | None = None
    #: True for a former post ("nguyên Bí thư Tỉnh ủy").
    former: bool = False

    def __repr__(self) -> str:
        former = ", former" if self.former else ""
        return f"Title({_short(self.text, 60)}, role={self.role!r}, body={_short(self.body, 60)}{former})"


@frozen(repr=False)
class Person:
    """A real person named in the text, with every title linked to them.

    >>> p = Person("Trần Minh Quân", (Title("Thường trực Ban Bí thư", "Thường trực", "Ban Bí thư"),),
    ...            mentions=(Mention("Trần Minh Quân", Span(0, 11)),))
    >>> p.text, [t.role for t in p.titles]
    ('Trần Minh Quân', ['Thường trực'])
    """

    name: str
    titles: tuple[Title, ...] = ()
    honorific: str | None = None
    mentions: tuple[Mention, ...] = ()

    def __repr__(self) -> str:
        titles = [t.text for t in self.titles]
        return f"Person({self.name!r}, titles={titles!r}, mentions={len(self.mentions)})"

    @property
    def text(self) -> str | None:
        """The surface form of the first mention."""
        return self.mentions[0].text if self.mentions else None

    @property
    def span(self) -> Span | None:
        """The span of the first mention."""
        return self.mentions[0].span if self.mentions else None


#: Who gives a directive: a person, a body, or nobody the text names.
Speaker = Person | Body


@frozen(repr=False)
class Directive:
    """A sentence in which a leader or body tells someone what to do.

    >>> d = Directive("Đề nghị các sở tập trung chỉ đạo.", Span(0, 33), cue="đề nghị")
    >>> d.speaker is None, d.actions
    (True, ())
    """

    text: str
    span: Span
    cue: str | None = None
    speaker: Person | Body | None = None
    addressee: str | None = None
    actions: tuple[str, ...] = ()
    deadline: DateMention | None = None

    def __repr__(self) -> str:
        speaker = self.speaker.name if self.speaker is not None else None
        return (
            f"Directive({_short(self.text)}, cue={self.cue!r}, speaker={speaker!r}, "
            f"{self.span.start}:{self.span.end})"
        )


@frozen(repr=False)
class DocumentRef:
    """A reference to a Party or state document.

    ``number`` is the full number with its code as normally written
    ("11-NQ/TW", "100/2019/NĐ-CP"), ``code`` the code alone ("NQ/TW").

    >>> d = DocumentRef("Nghị quyết số 11-NQ/TW", Span(0, 22), "Nghị quyết", "11-NQ/TW", "NQ/TW")
    >>> d.issuer is None
    True
    """

    text: str
    span: Span
    type: str
    number: str | None = None
    code: str | None = None
    date: dt.date | None = None
    issuer: str | None = None

    def __repr__(self) -> str:
        date = self.date.isoformat() if self.date else None
        return (
            f"DocumentRef({self.type!r}, number={self.number!r}, date={date!r}, issuer={self.issuer!r}, "
            f"{self.span.start}:{self.span.end})"
        )


class ParagraphKind(_Choice):
    """The role a block of text plays on the page.

    >>> ParagraphKind("caption").value
    'caption'
    """

    TITLE = "title"
    LEAD = "lead"
    HEADING = "heading"
    BODY = "body"
    CAPTION = "caption"
    BYLINE = "byline"


@frozen(repr=False)
class Paragraph:
    """A block of the article proper (site chrome is not kept).

    >>> Paragraph("Quang cảnh hội nghị.", Span(40, 60), ParagraphKind.CAPTION)
    Paragraph(caption, 'Quang cảnh hội nghị.', 40:60)
    """

    text: str
    span: Span
    kind: ParagraphKind = ParagraphKind.BODY

    def __repr__(self) -> str:
        return f"Paragraph({self.kind.value}, {_short(self.text)}, {self.span.start}:{self.span.end})"


@frozen(repr=False)
class Article:
    """Everything vnpolparse reads from one article.

    Build it with :func:`vnpolparse.parse_article`; export it with
    :meth:`to_dict` / :meth:`to_json` and rebuild it with :meth:`from_dict`.

    >>> a = Article(text="")
    >>> a.title is None and a.people == ()
    True
    """

    text: str = field(repr=False)
    title: str | None = None
    title_span: Span | None = None
    #: ISO date or datetime the site gives for the article.
    published: str | None = None
    published_span: Span | None = None
    dateline: str | None = None
    dateline_span: Span | None = None
    authors: tuple[str, ...] = ()
    #: Short name of the province or centrally run city the article is about.
    province: str | None = None
    #: ISO date of the main event (``--MM-DD`` when the year cannot be told).
    event_date: str | None = None
    event_date_span: Span | None = None
    paragraphs: tuple[Paragraph, ...] = field(default=(), repr=False)
    people: tuple[Person, ...] = ()
    bodies: tuple[Body, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    directives: tuple[Directive, ...] = ()
    documents: tuple[DocumentRef, ...] = ()

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{len(getattr(self, name))} {name}"
            for name in ("people", "bodies", "dates", "quantities", "directives", "documents")
        )
        return (
            f"Article({_short(self.title, 60)}, published={self.published!r}, province={self.province!r}, "
            f"event_date={self.event_date!r}, {counts})"
        )

    def _repr_html_(self) -> str:
        """The article for Jupyter: highlighted mentions and a table per kind."""
        from vnpolparse._html import article_html

        return article_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready export (see the data model page of the docs).

        >>> Article(text="", title="Tin").to_dict()["title"]
        'Tin'
        """
        from vnpolparse.export import to_dict

        return to_dict(self)

    def to_json(self, **kwargs: Any) -> str:
        """:meth:`to_dict` as a JSON string; ``kwargs`` go to :func:`json.dumps`.

        >>> '"title": "Tin"' in Article(text="", title="Tin").to_json()
        True
        """
        from vnpolparse.export import to_json

        return to_json(self, **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an :class:`Article` from :meth:`to_dict` output.

        >>> a = Article(text="Tin", title="Tin", title_span=Span(0, 3))
        >>> Article.from_dict(a.to_dict()) == a
        True
        """
        from vnpolparse.export import from_dict

        return from_dict(data)

    def to_dataframes(self) -> dict[str, pandas.DataFrame]:
        """One tidy :mod:`pandas` table per kind of result (needs ``pandas``).

        >>> sorted(Article(text="").to_dataframes())
        ['bodies', 'dates', 'directives', 'documents', 'people', 'quantities']
        """
        from vnpolparse.export import to_dataframes

        return to_dataframes(self)


def _pickle_by_fields(cls: type) -> None:
    """Pickle instances of ``cls`` as ``(cls, field values)``.

    attrs pickles slotted classes through a Python ``__getstate__`` and
    ``__setstate__``; rebuilding from the field values takes about half as long
    both ways, which counts when :func:`vnpolparse.parse_many` ships results
    between processes. Subclasses keep the default protocol.

    >>> import pickle
    >>> pickle.loads(pickle.dumps(Mention("Tỉnh ủy", Span(0, 7))))
    Mention('Tỉnh ủy', 0:7)
    """
    fields = attrs.fields(cls)
    if not all(f.init and not f.kw_only for f in fields):  # pragma: no cover - guards future fields
        raise TypeError(f"{cls.__name__} has fields that are not positional __init__ arguments")
    names = [f.name for f in fields]
    get: Callable[[Any], Any] = operator.attrgetter(*names)
    values: Callable[[Any], tuple[Any, ...]] = (lambda obj: (get(obj),)) if len(names) == 1 else get

    def __reduce_ex__(self: Any, protocol: Any) -> Any:
        if type(self) is cls:
            return cls, values(self)
        return object.__reduce_ex__(self, protocol)

    cls.__reduce_ex__ = __reduce_ex__  # type: ignore[assignment]


for _cls in (Span, Mention, DateMention, Quantity, Body, Title, Person, Directive, DocumentRef, Paragraph, Article):
    _pickle_by_fields(_cls)
del _cls
