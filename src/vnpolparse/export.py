"""Export to JSON-ready dicts and back, with :mod:`cattrs`.

The export follows the schema the evaluation reads (``title``, ``published``,
``event_date``, ``dateline``, ``authors``, ``province``, ``people``,
``bodies``, ``dates``, ``quantities``, ``directives``, ``documents``) and adds
what is needed to rebuild the :class:`~vnpolparse.models.Article` exactly:
the text, spans (as ``[start, end]``) and paragraphs. Decimals become JSON
numbers, dates ISO strings, enums their string values.

>>> from vnpolparse.models import Article, Quantity, QuantityKind, Span
>>> from decimal import Decimal
>>> a = Article(text="đạt 14,14%", quantities=(
...     Quantity("14,14%", Span(4, 10), QuantityKind.PERCENT, Decimal("14.14"), "%"),))
>>> d = to_dict(a)
>>> d["quantities"][0]["value"], d["quantities"][0]["span"]
(14.14, [4, 10])
>>> from_dict(d) == a
True
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import cattrs

from vnpolparse.models import Article, Body, BodyKind, Level, ParagraphKind, Person, Precision, QuantityKind, Span

if TYPE_CHECKING:
    import pandas

__all__ = ["converter", "from_dict", "to_dataframes", "to_dict", "to_json"]


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def _speaker(value: Any, _: Any) -> Person | Body | None:
    if value is None:
        return None
    if isinstance(value, dict) and "titles" in value:
        return converter().structure(value, Person)
    return converter().structure(value, Body)


@functools.cache
def converter() -> cattrs.Converter:
    """The :class:`cattrs.Converter` vnpolparse uses (hooks for spans, decimals, dates).

    >>> converter().unstructure(Span(2, 5))
    [2, 5]
    """
    conv = cattrs.Converter()
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, lambda v, _: Span(int(v[0]), int(v[1])))
    conv.register_unstructure_hook(Decimal, _number)
    conv.register_structure_hook(Decimal, lambda v, _: Decimal(str(v)))
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    # Our enums subclass str; export their plain values, not the enum members.
    for kind in (BodyKind, Level, ParagraphKind, Precision, QuantityKind):
        conv.register_unstructure_hook(kind, _enum_value)
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_structure_hook(Person | Body | None, _speaker)
    return conv


def to_dict(article: Article) -> dict[str, Any]:
    """``article`` as a JSON-ready dict (see the module docstring).

    >>> from vnpolparse import parse_article
    >>> d = to_dict(parse_article("Tin\\nSáng 2/3/2024, Tỉnh ủy Lào Cai họp."))
    >>> d["event_date"], d["dates"][0]["precision"], type(d["dates"][0]["precision"]).__name__
    ('2024-03-02', 'day', 'str')
    """
    data: dict[str, Any] = converter().unstructure(article)
    return data


def to_json(article: Article, **kwargs: Any) -> str:
    """``article`` as JSON; keyword arguments go to :func:`json.dumps`.

    >>> to_json(Article(text=""), indent=None)[:40]
    '{"text": "", "title": null, "title_span"'
    """
    kwargs.setdefault("ensure_ascii", False)
    return json.dumps(to_dict(article), **kwargs)


def from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an :class:`~vnpolparse.models.Article` from :func:`to_dict` output.

    >>> from_dict(to_dict(Article(text="abc", title="abc"))).title
    'abc'
    """
    return converter().structure(data, Article)


def to_dataframes(article: Article) -> dict[str, pandas.DataFrame]:
    """One tidy :mod:`pandas` table per kind of result (needs the ``pandas`` extra).

    >>> list(to_dataframes(Article(text=""))["people"].columns)
    ['name', 'title', 'role', 'body', 'former']
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframes needs pandas: pip install 'vnpolparse[pandas]'") from exc
    people = [
        {"name": p.name, "title": t.text, "role": t.role, "body": t.body, "former": t.former}
        for p in article.people
        for t in (p.titles or ())
    ] + [{"name": p.name, "title": None, "role": None, "body": None, "former": False}
         for p in article.people if not p.titles]
    return {
        "people": pd.DataFrame(people, columns=["name", "title", "role", "body", "former"]),
        "bodies": pd.DataFrame(
            [{"name": b.name, "kind": str(b.kind), "level": b.level and str(b.level), "place": b.place,
              "mentions": len(b.mentions)} for b in article.bodies],
            columns=["name", "kind", "level", "place", "mentions"],
        ),
        "dates": pd.DataFrame(
            [{"text": d.text, "value": d.value, "precision": str(d.precision), "start": d.start, "end": d.end,
              "span_start": d.span.start, "span_end": d.span.end} for d in article.dates],
            columns=["text", "value", "precision", "start", "end", "span_start", "span_end"],
        ),
        "quantities": pd.DataFrame(
            [{"text": q.text, "kind": str(q.kind), "value": q.value, "unit": q.unit, "qualifier": q.qualifier,
              "value_max": q.value_max, "total": q.total, "indicator": q.indicator} for q in article.quantities],
            columns=["text", "kind", "value", "unit", "qualifier", "value_max", "total", "indicator"],
        ),
        "directives": pd.DataFrame(
            [{"text": d.text, "cue": d.cue, "speaker": d.speaker.name if d.speaker else None,
              "addressee": d.addressee, "deadline": d.deadline.value if d.deadline else None}
             for d in article.directives],
            columns=["text", "cue", "speaker", "addressee", "deadline"],
        ),
        "documents": pd.DataFrame(
            [{"text": d.text, "type": d.type, "number": d.number, "code": d.code, "date": d.date,
              "issuer": d.issuer} for d in article.documents],
            columns=["text", "type", "number", "code", "date", "issuer"],
        ),
    }
