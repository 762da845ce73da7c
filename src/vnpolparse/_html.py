"""HTML rendering of an :class:`~vnpolparse.models.Article` for Jupyter.

``Article._repr_html_`` calls :func:`article_html`: the article proper with
its mentions highlighted by kind, then one table per kind of result.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vnpolparse.models import Article, Span

__all__ = ["article_html"]

#: Kind of mention -> (CSS colour, label), in the order overlaps are resolved.
KINDS = {
    "person": ("#f4c7c3", "person"),
    "body": ("#c6dafc", "body"),
    "document": ("#e1c4f0", "document"),
    "date": ("#b7e1cd", "date"),
    "quantity": ("#fce8b2", "quantity"),
}

_STYLE = """<style>
.vnp {font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60em}
.vnp mark {padding: 0 .15em; border-radius: .2em}
.vnp mark sub {font-size: .65em; opacity: .7; margin-left: .2em}
.vnp table {border-collapse: collapse; margin: .4em 0 1em}
.vnp th, .vnp td {border: 1px solid #ddd; padding: .15em .5em; text-align: left; vertical-align: top}
.vnp .meta td:first-child {font-weight: 600}
.vnp .para-caption, .vnp .para-heading {font-style: italic}
.vnp .para-byline {text-align: right}
</style>"""


def _highlights(article: Article) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, kind) spans, earlier kinds winning overlaps."""
    candidates: list[tuple[int, int, str]] = []
    for person in article.people:
        candidates += [(m.span.start, m.span.end, "person") for m in person.mentions]
    for body in article.bodies:
        candidates += [(m.span.start, m.span.end, "body") for m in body.mentions]
    candidates += [(d.span.start, d.span.end, "document") for d in article.documents]
    candidates += [(d.span.start, d.span.end, "date") for d in article.dates]
    candidates += [(q.span.start, q.span.end, "quantity") for q in article.quantities]
    rank = {kind: i for i, kind in enumerate(KINDS)}
    chosen: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for start, end, kind in sorted(candidates, key=lambda c: (rank[c[2]], c[0])):
        if end > start and all(end <= s or start >= e for s, e in taken):
            chosen.append((start, end, kind))
            taken.append((start, end))
    return sorted(chosen)


def _marked(text: str, offset: int, highlights: Sequence[tuple[int, int, str]]) -> str:
    out: list[str] = []
    pos = 0
    for start, end, kind in highlights:
        s, e = start - offset, end - offset
        if s < pos or e > len(text):
            continue
        colour, label = KINDS[kind]
        out.append(html.escape(text[pos:s]))
        out.append(f'<mark style="background:{colour}">{html.escape(text[s:e])}<sub>{label}</sub></mark>')
        pos = e
    out.append(html.escape(text[pos:]))
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


def _in(span: Span | None, start: int, end: int) -> bool:
    return span is not None and start <= span.start and span.end <= end


def article_html(article: Article) -> str:
    """The article as HTML: metadata, highlighted text, and tables of results."""
    meta_rows = [
        ("Title", article.title),
        ("Published", article.published),
        ("Dateline", article.dateline),
        ("Authors", ", ".join(article.authors)),
        ("Province", article.province),
        ("Event date", article.event_date),
    ]
    meta = "".join(
        f"<tr><td>{html.escape(k)}</td><td>{html.escape(v or '')}</td></tr>" for k, v in meta_rows
    )
    highlights = _highlights(article)
    paragraphs = []
    if article.title is not None and article.title_span is not None:
        start, end = article.title_span
        inside = [h for h in highlights if start <= h[0] and h[1] <= end]
        paragraphs.append(f"<h3>{_marked(article.text[start:end], start, inside)}</h3>")
    for p in article.paragraphs:
        inside = [h for h in highlights if p.span.start <= h[0] and h[1] <= p.span.end]
        paragraphs.append(
            f'<p class="para-{p.kind.value}">{_marked(p.text, p.span.start, inside)}</p>'
        )
    legend = " ".join(
        f'<mark style="background:{colour}">{label}</mark>' for colour, label in KINDS.values()
    )
    tables = [
        _table("People", ["name", "titles"], ((p.name, "; ".join(t.text for t in p.titles)) for p in article.people)),
        _table("Bodies", ["name", "kind", "level", "place"],
               ((b.name, b.kind.value, b.level.value if b.level else None, b.place) for b in article.bodies)),
        _table("Dates", ["text", "value", "precision"],
               ((d.text, d.value, d.precision.value) for d in article.dates)),
        _table("Quantities", ["text", "kind", "value", "unit", "qualifier"],
               ((q.text, q.kind.value, q.value, q.unit, q.qualifier) for q in article.quantities)),
        _table("Directives", ["speaker", "cue", "sentence"],
               ((d.speaker.name if d.speaker else None, d.cue, d.text) for d in article.directives)),
        _table("Documents", ["type", "number", "date", "issuer"],
               ((d.type, d.number, d.date, d.issuer) for d in article.documents)),
    ]
    return (
        f'{_STYLE}<div class="vnp"><table class="meta">{meta}</table>'
        f"<div>{legend}</div>{''.join(paragraphs)}{''.join(tables)}</div>"
    )
