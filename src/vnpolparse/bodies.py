"""Party, state, Front, mass-organisation and armed-forces bodies named in a text.

:func:`find_bodies` returns one :class:`~vnpolparse.models.Body` per distinct
body, with its most complete name (abbreviations expanded, the place filled in
from the article's province when the text leaves it out), its kind and level,
and every place it is named, titles included ("Bí thư Huyện ủy Việt Yên" names
the Huyện ủy Việt Yên). Generic plurals ("các cấp ủy", "UBND các tỉnh") are
not bodies. The grammar and lexicons are described in :mod:`vnpolparse._orgs`.

>>> [(b.name, b.level.value) for b in find_bodies("Ban Thường vụ Tỉnh ủy và UBND tỉnh họp.", province="Bắc Giang")]
[('Ban Thường vụ Tỉnh ủy Bắc Giang', 'province'), ('Ủy ban nhân dân tỉnh Bắc Giang', 'province')]
>>> [b.name for b in find_bodies("Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức T.Ư; UBKT Trung ương")]
['Bộ Chính trị', 'Ban Tổ chức Trung ương', 'Ủy ban Kiểm tra Trung ương']
"""

from __future__ import annotations

from vnpolparse import _orgs
from vnpolparse.models import Body, Mention, Span
from vnpolparse.text import check_text, remap

__all__ = ["find_bodies", "scan"]


def scan(text: str, *, province: str | None = None) -> tuple[Body, ...]:
    """The bodies named in ``text``, which must be normalised
    (:func:`vnpolparse.text.normalize`); spans point into ``text``.

    ``province`` is the short name of the province the text is about
    ("Bắc Giang"): it completes names that leave the place out.

    >>> [(b.name, [m.text for m in b.mentions]) for b in scan("Tỉnh ủy họp; Tỉnh ủy Lào Cai", province="Lào Cai")]
    [('Tỉnh ủy Lào Cai', ['Tỉnh ủy', 'Tỉnh ủy Lào Cai'])]
    """
    out = []
    for best, mentions in _orgs.analyse(text, province).bodies:
        if not best.is_body:
            continue
        # A body named only inside a part's name ("Huyện ủy X" in "Ban Tổ chức Huyện ủy X") has no
        # mention of its own: mentions do not overlap.
        spans = tuple([Mention(h.text, Span(h.start, h.end)) for h in mentions if not h.implied])
        out.append(Body(best.name, best.kind, best.level, best.place, spans))
    return tuple(out)


def find_bodies(text: str, *, province: str | None = None) -> tuple[Body, ...]:
    """The bodies named in ``text`` (any spelling; never raises on a ``str``).

    >>> find_bodies("")
    ()
    >>> b = find_bodies("Bí thư Tỉnh uỷ Bắc Giang")[0]
    >>> b.name, b.kind.value, b.place, b.text
    ('Tỉnh ủy Bắc Giang', 'party', 'Bắc Giang', 'Tỉnh uỷ Bắc Giang')
    """
    check_text(text)
    norm = _orgs.normalized(text)
    return remap(scan(norm.text, province=province), norm)
