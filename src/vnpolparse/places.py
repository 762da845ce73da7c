"""Vietnamese provinces and districts, from underthesea's address data.

underthesea ships the administrative units before and after the merger of
2025-07-01 (63 provinces and centrally run cities, then 34). This module reads
that data once, on first use, and adds the other spellings news text uses
(``data/province_aliases.tsv``).

>>> p = province("Bắc Giang")
>>> p.name, p.successor, p.current
('Bắc Giang', 'Bắc Ninh', False)
>>> [(name, text) for name, text, _ in find_provinces("Tỉnh ủy Bắc Giang và TP.HCM")]
[('Bắc Giang', 'Bắc Giang'), ('Hồ Chí Minh', 'TP.HCM')]
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import attrs

from vnpolparse.lexicon import alternation, load_table
from vnpolparse.text import fold

__all__ = [
    "Province",
    "by_slug",
    "district_names",
    "find_districts",
    "find_provinces",
    "province",
    "province_names",
    "provinces",
]


@attrs.frozen
class Province:
    """A province or centrally run city.

    >>> province("Thừa Thiên Huế").name, province("Hà Giang").successor
    ('Huế', 'Tuyên Quang')
    """

    #: Short name, as in "tỉnh Bắc Giang" ("Bắc Giang", "Hồ Chí Minh").
    name: str
    #: Full official name ("Tỉnh Bắc Giang", "Thành phố Hồ Chí Minh").
    full_name: str
    code: str
    #: Whether the unit still exists after the merger of 2025-07-01.
    current: bool
    #: The unit it belongs to after 2025-07-01 (itself when it was kept).
    successor: str


@functools.cache
def _mapping() -> dict[str, Any]:
    # Only the address package's data file is read. The file is found without
    # importing underthesea, whose package import takes half a second.
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("vnpolparse needs underthesea's address data: pip install underthesea")
    path = Path(next(iter(spec.submodule_search_locations))) / "address" / "data" / "mapping.json"
    data: dict[str, Any] = json.loads(path.read_bytes())
    return data


@functools.cache
def provinces() -> tuple[Province, ...]:
    """All 63 pre-2025 provinces and cities (the 34 current ones among them).

    >>> len(provinces()), sum(p.current for p in provinces())
    (63, 34)
    """
    data = _mapping()
    current = {v["short"] for v in data["province_names"].values()}
    out = []
    for key, info in data["old_province_names"].items():
        successor_key = data["province_mapping"].get(key, key)
        successor = data["province_names"].get(successor_key, info)["short"]
        out.append(Province(info["short"], info["name"], info["code"], info["short"] in current, successor))
    return tuple(sorted(out, key=lambda p: p.code))


@functools.cache
def _by_name() -> dict[str, Province]:
    table = {p.name: p for p in provinces()}
    for p in provinces():
        table.setdefault(p.full_name, p)
    for row in load_table("province_aliases"):
        table[row["alias"]] = table[row["province"]]
    return table


def province(name: str) -> Province | None:
    """The province called ``name`` (short, full or alias spelling), or ``None``.

    >>> province("TP.HCM").full_name, province("Atlantis")
    ('Thành phố Hồ Chí Minh', None)
    """
    return _by_name().get(" ".join(name.split()))


def province_names() -> tuple[str, ...]:
    """Every spelling :func:`find_provinces` recognises.

    >>> "Bà Rịa - Vũng Tàu" in province_names() and "TPHCM" in province_names()
    True
    """
    return tuple(_by_name())


@functools.cache
def district_names() -> dict[str, tuple[str, ...]]:
    """District-level unit names (without "Huyện", "Thị xã" ...) -> their provinces.

    >>> district_names()["Việt Yên"]
    ('Bắc Giang',)
    """
    strip = re.compile(r"^(?:Huyện|Quận|Thị xã|Thành phố)\s+", re.IGNORECASE)
    table: dict[str, set[str]] = {}
    by_full = {p.full_name: p.name for p in provinces()}
    for row in _mapping()["ward_mapping"]:
        name = strip.sub("", row["old_district"])
        table.setdefault(name, set()).add(by_full.get(row["old_province"], row["old_province"]))
    return {k: tuple(sorted(v)) for k, v in table.items()}


@functools.cache
def _province_re() -> re.Pattern[str]:
    # No look-behind in front: ``re`` then skips in C to where a name can
    # start, and :func:`find_provinces` checks the character before.
    names = alternation(province_names()).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*")
    return re.compile(rf"{names}(?!\w)")


def _word_before(text: str, start: int) -> bool:
    """Whether ``text[start - 1]`` is a word character (as ``re``'s ``\\w``) or a dot."""
    if start == 0:
        return False
    ch = text[start - 1]
    return ch.isalnum() or ch in "_."


def find_provinces(text: str) -> tuple[tuple[str, str, tuple[int, int]], ...]:
    """``(short name, text, (start, end))`` for every province named in ``text``.

    ``text`` should be normalised (:func:`vnpolparse.text.normalize`), as the
    parsers' input is.

    >>> find_provinces("Tỉnh ủy Cà Mau")
    (('Cà Mau', 'Cà Mau', (8, 14)),)
    """
    out = []
    search = _province_re().search
    pos = 0
    while (m := search(text, pos)) is not None:
        if _word_before(text, m.start()):  # inside a word: look again one character on
            pos = m.start() + 1
            continue
        pos = m.end()
        found = province(re.sub(r"\s*-\s*", " - ", m.group())) or province(m.group())
        if found is not None:
            out.append((found.name, m.group(), m.span()))
    return tuple(out)


# The words that name a district-level unit or its Party committee just before its name.
# (It opens with one character class, which ``re`` scans for in C: "(?:[Hh]uyện|...)" is
# tried at every position, three times slower.)
_DISTRICT_LEAD = r"[HhQqTt](?:(?<=[Hh])uyện(?: ủy)?|(?<=[Qq])uận(?: ủy)?|(?<=[Tt])hị (?:xã|ủy))\s+"


@functools.cache
def _district_re() -> re.Pattern[str]:
    # Only names that belong to one province tell the province; "Châu Thành" is in several.
    names = [name for name, owners in district_names().items() if len(owners) == 1]
    return re.compile(rf"{_DISTRICT_LEAD}({alternation(names)})(?!\w)")


def find_districts(text: str) -> tuple[tuple[str, str, tuple[int, int]], ...]:
    """``(province, district, span)`` for every district named after its kind in ``text``.

    Only district-level units (before the reform of 2025: "huyện", "quận", "thị
    xã", and their Party committees "Huyện ủy", "Quận ủy", "Thị ủy") whose name
    belongs to a single province are found; ``span`` covers the name.

    >>> [(p, d) for p, d, _ in find_districts("Huyện ủy Việt Yên và huyện Châu Thành")]
    [('Bắc Giang', 'Việt Yên')]
    """
    owners = district_names()
    return tuple(
        (owners[m.group(1)][0], m.group(1), m.span(1))
        for m in _district_re().finditer(text)
        if not _word_before(text, m.start())
    )


@functools.cache
def _slugs() -> dict[str, str]:
    return {fold(name).replace(" ", "").replace("-", ""): p.name for name, p in _by_name().items()}


def by_slug(slug: str) -> str | None:
    """The province whose name, without accents or spaces, is ``slug`` (as in web addresses).

    >>> by_slug("nghean"), by_slug("BACGIANG"), by_slug("vov")
    ('Nghệ An', 'Bắc Giang', None)
    """
    return _slugs().get(fold(slug))
