"""``parse_article``: one call from a scraped page to a typed :class:`Article`.

The page is normalised once (:mod:`vnpolparse.text`), its structure read
(:mod:`vnpolparse.structure`), site chrome blanked out, and every parser run
on what is left; all spans are then mapped back to the text the caller gave.

>>> page = '''Tỉnh ủy Hòa Bình sơ kết công tác quý I
... HBĐT - Sáng 5/4, Ban Thường vụ Tỉnh ủy Hòa Bình họp sơ kết công tác quý I/2024.
... Minh Phương'''
>>> a = parse_article(page)
>>> a.title, a.dateline, a.province, a.event_date, a.authors
('Tỉnh ủy Hòa Bình sơ kết công tác quý I', 'HBĐT', 'Hòa Bình', '2024-04-05', ('Minh Phương',))
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable

import attrs

from vnpolparse import bodies as _bodies
from vnpolparse import dates as _dates
from vnpolparse import directives as _directives
from vnpolparse import documents as _documents
from vnpolparse import people as _people
from vnpolparse import quantities as _quantities
from vnpolparse._orgs import historical_figures
from vnpolparse.errors import InputTooLargeError, ParseError
from vnpolparse.lexicon import alternation, load_table
from vnpolparse.models import Article, DateMention, Paragraph, Precision, Span
from vnpolparse.places import by_slug, find_districts, find_provinces, province
from vnpolparse.structure import Layout, read_layout
from vnpolparse.text import check_text, normalize

__all__ = ["parse_article"]

#: How far into the body the main event's date may stand.
_EVENT_WINDOW = 600
_NOT_EVENT_LEADS = ("trước", "đến", "tới", "từ", "sau", "cho đến", "chậm nhất", "tính đến", "hết")


def parse_article(
    text: str,
    *,
    published: str | dt.date | dt.datetime | None = None,
    max_chars: int | None = None,
) -> Article:
    """Parse a scraped Vietnamese political news page into an :class:`Article`.

    ``published`` is the publication date if the caller knows it (it then
    wins over a date printed on the page); ``max_chars`` refuses longer
    inputs with :class:`~vnpolparse.InputTooLargeError`.

    An empty page gives an empty article:

    >>> parse_article("   ").title is None
    True
    """
    check_text(text)
    if max_chars is not None and len(text) > max_chars:
        raise InputTooLargeError(f"text has {len(text)} characters, more than max_chars={max_chars}")
    if not text.strip():
        return Article(text=text)
    norm = normalize(text)
    t = norm.text
    layout = read_layout(t)
    proper = _blank(t, layout.chrome)
    entities = _blank(proper, layout.credits)

    documents = _documents.scan(entities)
    document_spans = [d.span for d in documents]
    mentions = _dates.scan(proper)
    event = _event_mention(t, mentions, layout, documents_spans=document_spans)
    pub_mention = _published(t, layout, published)
    pub_at = layout.published if published is None else None
    if pub_mention is None and published is None and layout.masthead is not None:
        pub_mention = _masthead(t, layout.masthead, mentions, document_spans, event)
        if pub_mention is not None:
            # The date line is the article's: its date is one of the article's dates.
            pub_at = layout.masthead
            shown = _dates.scan(" " * pub_at.start + t[pub_at.start : pub_at.end])
            mentions = tuple(sorted((*mentions, *shown), key=lambda m: m.span.start))
            event = _event_mention(t, mentions, layout, documents_spans=document_spans)
        else:
            pub_at = None
    reference = _reference(pub_mention, event, mentions, document_spans, proper)
    if reference is not None:
        mentions = _dates.anchor(mentions, reference)
        if event is not None:
            event = next((m for m in mentions if m.span == event.span), event)

    place = _province(entities, layout, _site_province(t, layout))
    bodies = _bodies.scan(entities, province=place)
    people = _people.scan(entities, province=place)
    directives = _directives.scan(entities, people=people, bodies=bodies)
    if reference is not None:
        directives = tuple(
            attrs.evolve(d, deadline=_deadline(d.deadline, reference)) if d.deadline else d for d in directives
        )

    original = norm.original

    def sliced(span: Span | None) -> tuple[str | None, Span | None]:
        if span is None:
            return None, None
        mapped = norm.span(span.start, span.end)
        return original[mapped.start : mapped.end], mapped

    title, title_span = sliced(layout.title)
    dateline, dateline_span = sliced(layout.dateline_span)
    pub_value: str | None = None
    pub_span: Span | None = None
    if pub_mention is not None:
        pub_value = pub_mention.value
        if pub_at is not None:
            pub_span = norm.span(pub_at.start, pub_at.end)
    event_span = norm.span(event.span.start, event.span.end) if event is not None else None
    # One remap call: a directive's speaker is mapped once, with the people.
    people, bodies, mentions, quantities, directives, documents = norm.remap(
        (people, bodies, mentions, _quantities.scan(entities), directives, documents)
    )
    return Article(
        text=text,
        title=title.strip() if title else None,
        title_span=title_span,
        published=pub_value,
        published_span=pub_span,
        dateline=dateline,
        dateline_span=dateline_span,
        authors=tuple(original[s.start : s.end] for s in (norm.span(*sp) for _, sp in layout.authors)),
        province=place,
        event_date=event.value.split("/")[0] if event is not None else None,
        event_date_span=event_span,
        paragraphs=tuple(
            Paragraph(original[m.start : m.end], m, kind)
            for m, kind in ((norm.span(*sp), kind) for sp, kind in layout.paragraphs)
        ),
        people=people,
        bodies=bodies,
        dates=_dates.endpoints(mentions),
        quantities=quantities,
        directives=directives,
        documents=documents,
    )


def _deadline(deadline: DateMention, reference: dt.date) -> DateMention:
    """A deadline without a year falls on or after the article's date."""
    anchored = _dates.anchor((deadline,), reference)[0]
    if anchored.year_inferred and anchored.start is not None and anchored.start < reference:
        anchored = _dates.anchor((deadline,), dt.date(reference.year + 1, 1, 1))[0]
    return anchored


def _blank(text: str, spans: Iterable[Span]) -> str:
    """``text`` with ``spans`` replaced by spaces (line breaks kept, offsets unchanged)."""
    pieces = []
    pos = 0
    for span in sorted(spans):
        start = max(span.start, pos)
        if span.end <= start:
            continue
        pieces.append(text[pos:start])
        pieces.append(re.sub(r"[^\n]", " ", text[start : span.end]))
        pos = span.end
    pieces.append(text[pos:])
    return "".join(pieces)


def _published(text: str, layout: Layout, given: str | dt.date | dt.datetime | None) -> DateMention | None:
    if isinstance(given, (dt.date, dt.datetime)):
        return _dates.parse_date(given.isoformat())
    source = given if given is not None else (
        text[layout.published.start : layout.published.end] if layout.published else None
    )
    if not source:
        return None
    mention: DateMention | None
    try:
        mention = _dates.parse_date(source)
    except ParseError:
        found = [m for m in _dates.find_dates(source) if m.precision in (Precision.DATETIME, Precision.DAY)]
        mention = found[0] if found else None
    if mention is None or not mention.year_known:
        return None
    return mention


#: How many days after the event an article is published, at most, for a date line
#: above the headline to be taken as its publication date on that ground alone.
_PUBLISHED_WITHIN = 45


def _masthead(
    text: str,
    masthead: Span,
    mentions: tuple[DateMention, ...],
    document_spans: list[Span],
    event: DateMention | None,
) -> DateMention | None:
    """The date line above the headline, as the publication date of a page that prints
    no other. Above the headline most sites print the day the page was fetched, which
    may be years after the article; so the line is taken only when the article agrees:
    its main event falls in the weeks before that date, or its own dates vote for that
    year (:func:`_reference`)."""
    found = [m for m in _dates.find_dates(text[masthead.start : masthead.end]) if m.precision in _DAYS]
    if not found or found[0].start is None or not found[0].year_known:
        return None
    day = found[0].start
    if event is not None and event.value.startswith("--") and len(event.value) >= 7:
        month, dom = int(event.value[2:4]), int(event.value[5:7])
        for year in (day.year, day.year - 1):
            try:
                lag = (day - dt.date(year, month, dom)).days
            except ValueError:
                continue
            if 0 <= lag <= _PUBLISHED_WITHIN:
                return found[0]
    elif event is not None and event.start is not None and 0 <= (day - event.start).days <= _PUBLISHED_WITHIN:
        return found[0]
    voted = _reference(None, None, mentions, document_spans, text)
    return found[0] if voted is not None and voted.year == day.year else None


_DAYS = (Precision.DAY, Precision.DATETIME)


def _event_mention(
    text: str,
    mentions: tuple[DateMention, ...], layout: Layout, *, documents_spans: list[Span]
) -> DateMention | None:
    """The date of the main event: the first day named near the start of the body."""
    body = [sp for sp, kind in layout.paragraphs if kind.value in ("body", "lead")]
    if not body:
        return None
    start = body[0].start
    for m in mentions:
        if m.span.start < start or m.precision not in (Precision.DAY, Precision.DATETIME):
            continue
        if m.span.start > start + _EVENT_WINDOW:
            break
        if any(d.start <= m.span.start < d.end for d in documents_spans):
            continue
        # "Từ ngày 15 đến 17/10, ..." opening the lead gives the event's days.
        is_opening_range = "/" in m.value and ". " not in text[start : m.span.start]
        if m.text.casefold().startswith(_NOT_EVENT_LEADS) and not is_opening_range:
            continue
        return m
    return None


# A period named as a plan ("triển khai nhiệm vụ năm 2026", "Năm 2026, tỉnh phấn đấu ..."):
# words before it in its clause, or after it.
@functools.cache
def _year_evidence() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words around a date that make it no evidence of the article's own year (the
    ``plan_before``, ``plan_after`` and ``life_event`` rows of ``data/date_words.tsv``):
    before a planned period, after it, and before a date of someone's life."""
    words = {kind: alternation(row["word"] for row in load_table("date_words") if row["kind"] == kind)
             for kind in ("plan_before", "plan_after", "life_event")}
    return (
        re.compile(rf"(?<!\w)(?:{words['plan_before']})(?!\w)[^.;:!?\n]{{0,25}}$", re.IGNORECASE),
        re.compile(rf"[^.;:!?\n]{{0,40}}?(?<!\w)(?:{words['plan_after']})(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{words['life_event']})(?:[ ]+(?:vào|ngày|năm))?[ ]*$", re.IGNORECASE),
    )


def _is_plan(text: str, span: Span) -> bool:
    """Whether the date at ``span`` names a period planned for, not one reported on.

    >>> t = "tổng kết năm 2025, triển khai nhiệm vụ năm 2026. Năm 2027, tỉnh phấn đấu tăng 8%."
    >>> [_is_plan(t, Span(t.index(y), t.index(y) + 8)) for y in ("năm 2025", "năm 2026", "Năm 2027")]
    [False, True, True]
    """
    before, after, _ = _year_evidence()
    if text and before.search(text, max(0, span.start - 40), span.start):
        return True
    return bool(text) and after.match(text, span.end) is not None


def _month_of(mention: DateMention | None) -> int | None:
    """The month of a day mention, with or without its year ("--01-08" or "2026-01-08")."""
    if mention is None:
        return None
    value = mention.value[2:] if mention.value.startswith("--") else mention.value[5:]
    return int(value[:2]) if value[:2].isdigit() else None


def _reference(
    pub: DateMention | None,
    event: DateMention | None,
    mentions: tuple[DateMention, ...],
    document_spans: list[Span],
    text: str,
) -> dt.date | None:
    """The date that anchors year-less mentions: the publication date, else
    the event's day in the year the article itself makes clear."""
    if pub is not None and pub.start is not None:
        return pub.start
    weight = {Precision.DAY: 6, Precision.DATETIME: 6, Precision.MONTH: 4, Precision.QUARTER: 4, Precision.HALF: 4,
              Precision.YEAR: 2}
    votes: Counter[int] = Counter()
    cited: Counter[int] = Counter()  # dates of the documents the article cites
    plans: Counter[int] = Counter()  # periods planned for
    for m in mentions:
        if not m.year_known or m.year_inferred or m.precision not in weight:
            continue
        if m.precision is Precision.YEAR and m.text.casefold().startswith(("đến", "tầm nhìn", "tới", "trước")):
            continue  # a target year ("đến năm 2030"), not the article's own
        if text and _year_evidence()[2].search(text, max(0, m.span.start - 16), m.span.start):
            continue  # "sinh năm 1970": a person's life, not the article's year
        if any(d.start <= m.span.start < d.end for d in document_spans):
            cited[m.year or 0] += 1
        elif m.text.casefold().startswith(_NOT_EVENT_LEADS):
            votes[m.year or 0] += 1  # a deadline or a range's end: weak evidence of the article's year
        elif _is_plan(text, m.span):
            plans[m.year or 0] += weight[m.precision]
        else:
            votes[m.year or 0] += weight[m.precision]
    # A plan counts as a report of its year ("nhiệm vụ 6 tháng cuối năm 2017" in the middle
    # of 2017), unless the article reports on an earlier year: "tổng kết năm 2025, triển
    # khai nhiệm vụ năm 2026" is written at the turn of the year.
    reported = set(votes)
    for planned, weight_of in plans.items():
        if not any(y < planned for y in reported):
            votes[planned] += weight_of
    if not votes:
        if not cited:
            return None
        votes = Counter({max(cited): 1})  # the article is no older than what it cites
    year = max(votes, key=lambda y: (votes[y], y))
    month = _month_of(event)
    if plans[year + 1] and month is not None and month <= 2:
        year += 1  # "Sáng 8/1, tổng kết năm 2025, triển khai nhiệm vụ năm 2026": the review comes in the new year
    if event is not None and event.value.startswith("--"):
        month, day = int(event.value[2:4]), int(event.value[5:7])
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    if event is not None and event.start is not None:
        return event.start
    return dt.date(year, 7, 1)


@functools.cache
def _datelines() -> dict[str, str]:
    return {row["dateline"].casefold(): row["province"] for row in load_table("datelines")}


_ANCHOR_WORDS = frozenset(["tỉnh", "thành", "phố", "tp", "tp.", "ủy", "thành", "ủy", "tỉnh", "ủy"])
# "Tỉnh ủy Lào Cai", "UBND tỉnh Lào Cai": the province's own bodies.
_BODY_BEFORE = re.compile(
    r"(?:\b(?:Tỉnh|Thành) ủy|\b(?:UBND|HĐND|nhân dân|Đảng bộ|Công an|Ủy ban MTTQ Việt Nam) (?:tỉnh|thành phố))\s+$",
    re.IGNORECASE,
)
# Every cue opens with a letter; the word boundary before it is checked by
# :func:`_has_local_cue` (a leading ``\b`` stops ``re`` skipping ahead in C).
_LOCAL_CUE = re.compile(
    r"(?:Tỉnh ủy|Thành ủy|UBND tỉnh|HĐND tỉnh|Ủy ban nhân dân tỉnh|Hội đồng nhân dân tỉnh|Đảng bộ tỉnh|"
    r"Ban Thường vụ Tỉnh ủy|tỉnh ta|toàn tỉnh|Công an tỉnh)\b(?!\s+[A-ZĐ])"
)


def _has_local_cue(text: str) -> bool:
    """Whether ``text`` names the province's own bodies as the writer's ("tỉnh ta").

    >>> _has_local_cue("Tỉnh ủy đã họp"), _has_local_cue("Tỉnh ủy Cà Mau"), _has_local_cue("xTỉnh ủy")
    (True, False, False)
    """
    pos = 0
    while (m := _LOCAL_CUE.search(text, pos)) is not None:
        start = m.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            return True
        pos = start + 1
    return False


# A site's address or name as a dateline: "Baonghean.vn", "VOV.VN", "Báo Lạng Sơn".
_SITE = re.compile(r"^(?:báo\s*|bao)?(.+?)(?:\.com)?(?:\.vn)?$", re.IGNORECASE)


def _dateline_province(dateline: str) -> str | None:
    """The province a dateline stands for, "central" for national media, or None.

    Known codes come from ``data/datelines.tsv``; a place ("BẮC GIANG") or a
    provincial paper's site ("Baothanhhoa.vn", "Báo Lạng Sơn") is read as its
    province, and a national outlet's address as the outlet ("VOV.VN").

    >>> _dateline_province("VOV.VN"), _dateline_province("baothanhhoa.vn"), _dateline_province("BẮC GIANG")
    ('central', 'Thanh Hóa', 'Bắc Giang')
    """
    known = _datelines()
    if (code := known.get(dateline.casefold())) is not None:
        return code
    if (named := province(dateline.title())) is not None:
        return named.name
    site = _SITE.match(dateline.strip())
    if site is None:
        return None
    return known.get(site.group(1).casefold()) or by_slug(site.group(1))


def _site_province(text: str, layout: Layout) -> str | None:
    """The one province named by the site's chrome above the headline ("Báo Đắk Lắk điện tử").

    >>> from vnpolparse.structure import read_layout
    >>> page = "BÁO ĐIỆN TỬ TỈNH ĐIỆN BIÊN\\nHội nghị\\nSáng 3/3, hội nghị họp."
    >>> _site_province(page, read_layout(page))
    'Điện Biên'
    """
    if layout.title is None:
        return None
    named = {
        name
        for span in layout.chrome
        if span.end <= layout.title.start
        for name, _, _ in find_provinces(text[span.start : span.end].title())
    }
    return named.pop() if len(named) == 1 else None


def _province(text: str, layout: Layout, site: str | None = None) -> str | None:
    """The province the article is about, by dateline, title and how it is named.

    A provincial paper's dateline (or, without one, the site's name above the
    headline, ``site``) names its province, unless the article never
    names that province and is plainly about another ("BNA" over a page on
    another province's leaders). A national outlet's article is about a
    province only when the headline or the province's own bodies name it: a
    law debated in Hà Nội that mentions a province in passing is about none.
    """
    coded = (_dateline_province(layout.dateline) if layout.dateline else None) or site
    scores: Counter[str] = Counter()
    anchored: Counter[str] = Counter()
    bodies: Counter[str] = Counter()  # named as the place of a provincial body
    in_title: set[str] = set()
    for name, written, (start, _end) in find_provinces(text):
        before = text[max(0, start - 12) : start].split()
        is_anchored = bool(before) and before[-1].casefold() in _ANCHOR_WORDS
        if written in historical_figures() and not is_anchored:  # "Hồ Chí Minh" alone: the leader
            continue
        anchored[name] += is_anchored
        bodies[name] += bool(_BODY_BEFORE.search(text, max(0, start - 30), start))
        scores[name] += 2 if is_anchored else 1
        if layout.title and layout.title.start <= start < layout.title.end:
            in_title.add(name)
            scores[name] += 3
    # A district named after its kind ("huyện Việt Yên", "Huyện ủy Việt Yên") is
    # a weaker cue of its province: it counts once, as an anchored mention.
    for name, _district, _span in find_districts(text):
        anchored[name] += 1
        scores[name] += 1
    decided = _decide(scores, anchored, bodies, in_title, text)
    if coded and coded != "central":
        return decided if decided is not None and not scores[coded] else coded
    if coded == "central" and decided is not None and decided not in in_title and not bodies[decided]:
        return None
    return decided


def _decide(
    scores: Counter[str], anchored: Counter[str], bodies: Counter[str], in_title: set[str], text: str
) -> str | None:
    """The province the weighed mentions point to, or None when they do not agree enough."""
    if not scores:
        return None
    ranked = scores.most_common()
    top, top_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if top_score <= runner_up:
        return None
    if anchored[top] >= 2 or top in in_title:
        return top
    if anchored[top] >= 1 and ((len(ranked) == 1 and bodies[top]) or _has_local_cue(text)):
        return top
    return None
