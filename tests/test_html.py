"""Jupyter rendering (``Article._repr_html_``) and ``Article.to_dataframes``."""

from __future__ import annotations

import html.parser
from decimal import Decimal
from pathlib import Path

import pytest

import vnpolparse
from vnpolparse.models import (
    Article,
    Body,
    BodyKind,
    DateMention,
    Directive,
    DocumentRef,
    Mention,
    Paragraph,
    Person,
    Precision,
    Quantity,
    QuantityKind,
    Span,
    Title,
)

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample_article.txt"


@pytest.fixture(scope="module")
def sample() -> Article:
    return vnpolparse.parse_article(SAMPLE.read_text(encoding="utf-8"))


class _Marks(html.parser.HTMLParser):
    """Collects the text inside each <mark class="vnp-KIND"> (without its <sub> label)."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, list[str]] | None] = []
        self.marks: list[tuple[str, str]] = []
        self.in_sub = 0
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "mark":
            cls = dict(attrs).get("class") or ""
            self.stack.append((cls.removeprefix("vnp-"), []))
        elif tag == "sub":
            self.in_sub += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            entry = self.stack.pop()
            if entry is not None:
                self.marks.append((entry[0], "".join(entry[1])))
        elif tag == "sub":
            self.in_sub -= 1

    def handle_data(self, data: str) -> None:
        if not self.in_sub:
            for entry in self.stack:
                if entry is not None:
                    entry[1].append(data)


def _marks(markup: str) -> list[tuple[str, str]]:
    parser = _Marks()
    parser.feed(markup)
    return parser.marks


def test_html_highlights_every_kind(sample: Article) -> None:
    marks = _marks(sample._repr_html_())
    kinds = {kind for kind, _ in marks}
    assert kinds >= {"person", "body", "date", "quantity", "document", "directive"}
    assert ("person", "Hoàng Minh Khôi") in marks
    assert ("date", "Sáng 12/3") in marks
    assert ("quantity", "ước đạt 7,85%") in marks
    # Documents enclose the date and issuer inside them.
    assert ("document", "Nghị quyết số 57-NQ/TW, ngày 22-12-2024, của Bộ Chính trị") in marks
    assert ("date", "ngày 22-12-2024") in marks


def test_html_marked_text_is_the_mention_text(sample: Article) -> None:
    marks = _marks(sample._repr_html_())
    texts = {kind: set() for kind in ("person", "body", "date", "quantity", "document", "directive")}
    for kind, text in marks:
        texts.setdefault(kind, set()).add(text)
    # Every mention in the title or a paragraph is shown (the date line is in the metadata table).
    blocks = [sample.title_span, *(p.span for p in sample.paragraphs)]

    def shown(span: Span) -> bool:
        return any(b is not None and b.start <= span.start and span.end <= b.end for b in blocks)

    assert {d.text for d in sample.dates if shown(d.span)} <= texts["date"]
    assert {q.text for q in sample.quantities if shown(q.span)} <= texts["quantity"]
    assert {m.text for p in sample.people for m in p.mentions if shown(m.span)} <= texts["person"]
    assert {d.text for d in sample.documents} <= texts["document"]
    assert {d.text for d in sample.directives} <= texts["directive"]


def test_html_has_metadata_and_tables(sample: Article) -> None:
    out = sample._repr_html_()
    for heading in ("People", "Bodies", "Dates", "Quantities", "Directives", "Documents"):
        assert f"<h4>{heading}</h4>" in out
    assert "<td>Dateline</td><td>TUYÊN QUANG</td>" in out
    assert "<td>Lâm Khánh Linh</td>" in out
    # Site chrome is not shown.
    assert "lượt xem" not in out
    assert "Sign In" not in out


def test_html_escapes_text_and_tooltips() -> None:
    text = 'Ông <b>A</b> & "B" đạt 5%'
    q = Quantity("5%", Span(22, 24), QuantityKind.PERCENT, Decimal(5), "%", indicator='<"x">')
    a = Article(text=text, paragraphs=(Paragraph(text, Span(0, len(text))),), quantities=(q,))
    out = a._repr_html_()
    assert "<b>" not in out
    assert "&lt;b&gt;A&lt;/b&gt; &amp; &quot;B&quot;" in out
    assert 'title="percent: 5 %\nindicator: &lt;&quot;x&quot;&gt;"' in out


def test_html_of_an_empty_article() -> None:
    out = Article(text="")._repr_html_()
    assert out.count("<table") == 1  # the metadata only
    assert "<h4>" not in out


def test_html_overlapping_mentions_do_not_break_markup() -> None:
    text = "Bí thư Tỉnh ủy Trần Văn An"
    person = Person("Trần Văn An", (Title("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy"),),
                    mentions=(Mention("Trần Văn An", Span(15, 26)),))
    # A body overlapping the person: the person wins.
    body = Body("Tỉnh ủy", BodyKind.PARTY, mentions=(Mention("Tỉnh ủy Trần", Span(7, 19)),))
    # A document that straddles the body: the body inside it is dropped, never cut.
    doc = DocumentRef("Bí thư Tỉnh", Span(0, 11), "Quy định")
    a = Article(text=text, paragraphs=(Paragraph(text, Span(0, len(text))),),
                people=(person,), bodies=(body,), documents=(doc,))
    out = a._repr_html_()
    marks = _marks(out)
    assert ("person", "Trần Văn An") in marks
    assert ("document", "Bí thư Tỉnh") in marks
    assert out.count("<mark") == out.count("</mark>")
    visible = "".join(t for k, t in marks if k in ("person", "body", "document"))
    assert "Tỉnh ủy Trần" not in visible


def test_reprs_are_compact(sample: Article) -> None:
    for name in ("people", "bodies", "dates", "quantities", "directives", "documents", "paragraphs"):
        for item in getattr(sample, name):
            r = repr(item)
            assert len(r) < 250, r
            assert "\n" not in r
    assert repr(sample).startswith("Article('Ban Chấp hành Đảng bộ tỉnh Tuyên Quang")
    assert "5 people" in repr(sample)


# --- to_dataframes -----------------------------------------------------------------------------

pd = pytest.importorskip("pandas")

COLUMNS = {
    "people": ["name", "title", "role", "body", "former"],
    "bodies": ["name", "kind", "level", "place", "mentions"],
    "dates": ["text", "value", "precision", "start", "end", "span_start", "span_end"],
    "quantities": ["text", "kind", "value", "unit", "qualifier", "value_max", "total", "indicator"],
    "directives": ["text", "cue", "speaker", "addressee", "deadline"],
    "documents": ["text", "type", "number", "code", "date", "issuer"],
}


def test_dataframes_one_table_per_kind(sample: Article) -> None:
    frames = sample.to_dataframes()
    assert set(frames) == set(COLUMNS)
    for name, columns in COLUMNS.items():
        assert list(frames[name].columns) == columns, name
    assert len(frames["bodies"]) == len(sample.bodies)
    assert len(frames["dates"]) == len(sample.dates)
    assert len(frames["quantities"]) == len(sample.quantities)
    assert len(frames["directives"]) == len(sample.directives)
    assert len(frames["documents"]) == len(sample.documents)


def test_dataframes_people_is_one_row_per_title(sample: Article) -> None:
    people = sample.to_dataframes()["people"]
    assert len(people) == sum(max(1, len(p.titles)) for p in sample.people)
    khoi = people[people["name"] == "Hoàng Minh Khôi"]
    assert list(khoi["title"]) == [t.text for t in sample.people[0].titles]
    assert "Tỉnh ủy Tuyên Quang" in set(khoi["body"])


def test_dataframes_values(sample: Article) -> None:
    frames = sample.to_dataframes()
    q = frames["quantities"].set_index("text")
    assert q.loc["hơn 1.250,6 tỷ đồng", "value"] == Decimal("1250600000000")
    assert q.loc["hơn 1.250,6 tỷ đồng", "unit"] == "VND"
    assert q.loc["18/104 xã", "total"] == Decimal(104)
    dates = frames["dates"]
    row = dates[dates["text"] == "Sáng 12/3"].iloc[0]
    assert (row["value"], row["precision"], row["span_start"]) == ("2025-03-12", "day", 156)
    assert sample.text[row["span_start"]:row["span_end"]] == "Sáng 12/3"
    docs = frames["documents"]
    assert list(docs["number"]) == ["57-NQ/TW", "08-CT/TU"]


def test_dataframes_of_an_empty_article_have_columns() -> None:
    frames = Article(text="").to_dataframes()
    for name, columns in COLUMNS.items():
        assert frames[name].empty
        assert list(frames[name].columns) == columns


def test_dataframes_person_without_title_and_directive_speaker() -> None:
    text = "Ông Lê Văn Tám đề nghị các sở báo cáo trước ngày 5/1/2025."
    deadline = DateMention("ngày 5/1/2025", Span(44, 57), "2025-01-05", Precision.DAY)
    tam = Person("Lê Văn Tám", mentions=(Mention("Lê Văn Tám", Span(4, 14)),))
    a = Article(text=text, people=(tam,), directives=(
        Directive(text, Span(0, len(text)), cue="đề nghị", speaker=tam, addressee="các sở", deadline=deadline),))
    frames = a.to_dataframes()
    assert frames["people"].to_dict("records") == [
        {"name": "Lê Văn Tám", "title": None, "role": None, "body": None, "former": False}]
    assert frames["directives"].iloc[0][["speaker", "deadline"]].tolist() == ["Lê Văn Tám", "2025-01-05"]
