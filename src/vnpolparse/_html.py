"""HTML rendering of an :class:`~vnpolparse.models.Article` for Jupyter.

``Article._repr_html_`` calls :func:`article_html`: the article's metadata,
the article proper with its mentions highlighted by kind, then one table per
kind of result.

Mentions nest in three layers: a directive sentence (underlined) may hold a
document reference (outlined), which may hold people, bodies, dates and
quantities (coloured). Each highlight's tooltip gives what was read from it
(a date's value, a person's titles, a body's complete name ...).

>>> from vnpolparse.models import Article, DateMention, Paragraph, Precision, Span
>>> text = "Ngày 16/7 <họp>"
>>> a = Article(text=text, paragraphs=(Paragraph(text, Span(0, 15)),),
...             dates=(DateMention("Ngày 16/7", Span(0, 9), "--07-16", Precision.DAY),))
>>> out = article_html(a)
>>> '<mark class="vnp-date" title="--07-16 (day)">Ngày 16/7<sub>date</sub></mark> &lt;họp&gt;' in out
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vnpolparse.models import Article

__all__ = ["article_html"]

#: The kinds of highlight (each a CSS class ``vnp-KIND``). People, bodies,
#: dates and quantities never overlap one another (earlier kinds win);
#: documents and directives enclose them.
KINDS = ("person", "body", "date", "quantity", "document", "directive")

_STYLE = """<style>
.vnp {font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; line-height: 1.7;
      max-width: 60em; color: #202124; text-align: left; background: #fff; padding: .5em .8em; border-radius: .3em}
.vnp mark {color: inherit; padding: 0 .15em; border-radius: .2em}
.vnp mark sub {font-size: .6em; opacity: .65; margin-left: .2em; font-family: sans-serif}
.vnp .vnp-person {background: #f4c7c3} .vnp .vnp-body {background: #c6dafc}
.vnp .vnp-date {background: #b7e1cd} .vnp .vnp-quantity {background: #fce8b2}
.vnp .vnp-document {background: none; box-shadow: 0 0 0 1.5px #8e5bb5 inset; padding: .05em .15em}
.vnp .vnp-directive {background: none; border-radius: 0; padding: 0;
      text-decoration: underline 2px #d93025; text-underline-offset: .3em}
.vnp .vnp-legend mark {margin-right: .3em}
.vnp table {border-collapse: collapse; margin: .3em 0 1em; font-size: .9em; line-height: 1.4; table-layout: auto}
.vnp table th, .vnp table td {border: 1px solid #dadce0 !important; padding: .2em .5em !important;
      text-align: left !important; vertical-align: top !important; color: #202124; background: #fff}
.vnp table th {background: #f1f3f4}
.vnp h3 {margin: .6em 0 .4em} .vnp h4 {margin: 1em 0 .2em}
.vnp .vnp-meta td:first-child {font-weight: 600}
.vnp .vnp-para-caption, .vnp .vnp-para-heading {font-style: italic}
.vnp .vnp-para-byline {text-align: right}
</style>"""

#: (start, end, kind, tooltip)
_Mark = tuple[int, int, str, str]


def _atoms(article: Article) -> list[_Mark]:
    """People, bodies, dates and quantities, not overlapping: earlier kinds win."""
    candidates: list[_Mark] = []
    for person in article.people:
        tip = person.name + "".join(f"\n{t.text}" for t in person.titles)
        candidates += [(m.span.start, m.span.end, "person", tip) for m in person.mentions]
    for body in article.bodies:
        tip = f"{body.name} ({body.kind.value}{', ' + body.level.value if body.level else ''})"
        candidates += [(m.span.start, m.span.end, "body", tip) for m in body.mentions]
    candidates += [(d.span.start, d.span.end, "date", f"{d.value} ({d.precision.value})") for d in article.dates]
    for q in article.quantities:
        number = f"{q.value}" + (f"–{q.value_max}" if q.value_max is not None else "")
        number += f"/{q.total}" if q.total is not None else ""
        tip = f"{q.kind.value}: {number}{' ' + q.unit if q.unit else ''}"
        tip += f"\nindicator: {q.indicator}" if q.indicator else ""
        candidates.append((q.span.start, q.span.end, "quantity", tip))
    rank = {kind: i for i, kind in enumerate(KINDS)}
    return _disjoint(sorted(candidates, key=lambda c: (rank[c[2]], c[0])))


def _disjoint(candidates: Iterable[_Mark]) -> list[_Mark]:
    """The candidates, in the order given, that overlap none taken before them."""
    chosen: list[_Mark] = []
    for mark in candidates:
        start, end = mark[0], mark[1]
        if end > start and all(end <= c[0] or start >= c[1] for c in chosen):
            chosen.append(mark)
    return sorted(chosen)


def _layers(article: Article) -> list[list[_Mark]]:
    """Directives, then documents, then the other mentions: outer layers first."""
    directives = _disjoint(
        (d.span.start, d.span.end, "directive",
         f"directive ({d.cue or 'no cue'}), speaker: {d.speaker.name if d.speaker else '?'}")
        for d in article.directives
    )
    documents = _disjoint(
        (d.span.start, d.span.end, "document",
         " ".join(x for x in (d.type, d.number or "", d.date.isoformat() if d.date else "", d.issuer or "") if x))
        for d in article.documents
    )
    return [directives, documents, _atoms(article)]


def _render(text: str, offset: int, start: int, end: int, layers: Sequence[Sequence[_Mark]]) -> str:
    """``text[start:end]`` (positions in the article; ``text`` begins at ``offset``)
    as HTML, with the marks of ``layers`` that lie inside it, outer layers enclosing inner ones."""
    if not layers:
        return html.escape(text[start - offset : end - offset])
    marks = [m for m in layers[0] if start <= m[0] and m[1] <= end]
    rest = layers[1:]
    out: list[str] = []
    pos = start
    for m_start, m_end, kind, tip in marks:
        out.append(_render(text, offset, pos, m_start, rest))
        inner = _render(text, offset, m_start, m_end, rest)
        label = "" if kind == "directive" else f"<sub>{kind}</sub>"
        out.append(f'<mark class="vnp-{kind}" title="{html.escape(tip)}">{inner}{label}</mark>')
        pos = m_end
    out.append(_render(text, offset, pos, end, rest))
    return "".join(out)


def _table(title: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    if not body:
        return ""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    return f"<h4>{html.escape(title)}</h4><table><tr>{head}</tr>{body}</table>"


def article_html(article: Article) -> str:
    """The article as HTML: metadata, highlighted text, and a table per kind of result."""
    meta_rows = [
        ("Title", article.title),
        ("Published", article.published),
        ("Dateline", article.dateline),
        ("Authors", ", ".join(article.authors)),
        ("Province", article.province),
        ("Event date", article.event_date),
    ]
    meta = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v or '')}</td></tr>" for k, v in meta_rows)
    layers = _layers(article)
    blocks = []
    if article.title is not None and article.title_span is not None:
        start, end = article.title_span
        blocks.append(f"<h3>{_render(article.text, 0, start, end, layers)}</h3>")
    for p in article.paragraphs:
        inner = _render(p.text, p.span.start, p.span.start, p.span.end, layers)
        blocks.append(f'<p class="vnp-para-{p.kind.value}">{inner}</p>')
    legend = "".join(f'<mark class="vnp-{kind}">{kind}</mark>' for kind in KINDS)
    tables = [
        _table("People", ["name", "titles"], ((p.name, "; ".join(t.text for t in p.titles)) for p in article.people)),
        _table("Bodies", ["name", "kind", "level", "place", "mentions"],
               ((b.name, b.kind.value, b.level.value if b.level else None, b.place, len(b.mentions))
                for b in article.bodies)),
        _table("Dates", ["text", "value", "precision"], ((d.text, d.value, d.precision.value) for d in article.dates)),
        _table("Quantities", ["text", "kind", "value", "unit", "qualifier", "indicator"],
               ((q.text, q.kind.value, q.value, q.unit, q.qualifier, q.indicator) for q in article.quantities)),
        _table("Directives", ["speaker", "cue", "addressee", "deadline", "sentence"],
               ((d.speaker.name if d.speaker else None, d.cue, d.addressee,
                 d.deadline.value if d.deadline else None, d.text) for d in article.directives)),
        _table("Documents", ["type", "number", "date", "issuer"],
               ((d.type, d.number, d.date, d.issuer) for d in article.documents)),
    ]
    return (
        f'{_STYLE}<div class="vnp"><table class="vnp-meta">{meta}</table>'
        f'<div class="vnp-legend">{legend}</div>{"".join(blocks)}{"".join(tables)}</div>'
    )
