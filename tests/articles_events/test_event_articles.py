"""Fictional articles in styles the dev corpus lacks, against expectations written by hand.

Each ``*.txt`` here is a made-up Vietnamese political news article (invented people, real
institutions) with a ``*.json`` beside it that states, in the gold format of the evaluation
guidelines, the dates, quantities, documents and directives a careful reader expects. The
expectations were written before the parsers were run on the texts; the comparison is the
evaluation scorer's: sets of date values, of (kind, value, unit) for quantities, of (type,
number) for numbered documents, and each expected directive's opening words found in a
directive the parser returns, with its speaker.

Gaps that are not fixed are strict xfails in :data:`KNOWN_GAPS`, each with its reason.
"""

from __future__ import annotations

import json
import re
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import vnpolparse

HERE = Path(__file__).resolve().parent
ARTICLES = sorted(p.stem for p in HERE.glob("*.json"))
FIELDS = ("dates", "quantities", "documents", "directives", "speakers")

#: (article, field) -> why the parser still differs from the expectation.
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("ban_bi_thu_ket_luan", "documents"): (
        "'Thông báo kết luận số 45-TB/TW' keeps the type 'Thông báo kết luận' of document_types.tsv; "
        "the expectation files it under 'Thông báo'"
    ),
    ("ban_bi_thu_ket_luan", "speakers"): (
        "a document that speaks ('Kết luận nêu rõ, ...') is not tied to its issuer: the speaker is None"
    ),
}


def _canon(text: str | None) -> str:
    """Case, dashes, spacing and Unicode form folded, as the scorer compares text."""
    s = unicodedata.normalize("NFC", text or "").casefold()
    s = re.sub(r"[\"“”'‘’(),.;:|…]", " ", s)
    s = re.sub(r"\s*[-–—]\s*", " ", s)
    return " ".join(s.split())


def _quantity_keys(items: list[dict[str, Any]]) -> set[tuple[str, Decimal, str | None]]:
    keys = set()
    for q in items:
        kind = str(q["kind"])
        if kind not in ("percent", "money", "multiplier", "count", "rank"):
            continue
        unit = q.get("unit") if kind in ("money", "percent", "rank") else None
        for name in ("value", "value_max", "total"):
            if q.get(name) is not None:
                keys.add((kind, round(Decimal(str(q[name])), 6), unit))
    return keys


def _document_keys(items: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(_canon(d["type"]), re.sub(r"\b0+(?=\d)", "", _canon(d["number"]))) for d in items if d.get("number")}


def _directives(expected: list[dict[str, Any]], found: list[dict[str, Any]], *, speakers: bool) -> tuple[Any, Any]:
    """The expected (start, speaker) pairs, and what the parser gives for each (a start it misses
    is ``None``); with any directive left over that matches no expected one."""
    texts = [(_canon(d["text"]), (d.get("speaker") or {}).get("name")) for d in found]
    used: set[int] = set()
    got, want = [], []
    for g in expected:
        start = _canon(g["start"])
        want.append((g["start"], g["speaker"] if speakers else None))
        hit = next((i for i, (t, _) in enumerate(texts) if i not in used and start in t), None)
        if hit is None:
            got.append((g["start"], "MISSING"))
            continue
        used.add(hit)
        got.append((g["start"], texts[hit][1] if speakers else None))
    extra = [] if speakers else [found[i]["text"] for i in range(len(found)) if i not in used]
    return got + extra, want


def _load(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    expected = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
    text = (HERE / expected["file"]).read_text(encoding="utf-8")
    return expected, vnpolparse.parse_article(text).to_dict()


def _cases() -> list[Any]:
    cases = []
    for name in ARTICLES:
        for field in FIELDS:
            reason = KNOWN_GAPS.get((name, field))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(name, field, marks=marks, id=f"{name}-{field}"))
    return cases


@pytest.mark.parametrize(("name", "field"), _cases())
def test_article_matches_expectation(name: str, field: str) -> None:
    expected, found = _load(name)
    if field == "dates":
        assert {d["value"] for d in found["dates"]} == {d["value"] for d in expected["dates"]}
    elif field == "quantities":
        assert _quantity_keys(found["quantities"]) == _quantity_keys(expected["quantities"])
    elif field == "documents":
        assert _document_keys(found["documents"]) == _document_keys(expected["documents"])
    else:
        got, want = _directives(expected["directives"], found["directives"], speakers=field == "speakers")
        assert got == want


def test_every_article_has_its_expectation() -> None:
    texts = sorted(p.stem for p in HERE.glob("*.txt"))
    assert texts == ARTICLES
    assert len(ARTICLES) >= 8
    for name in ARTICLES:
        expected = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
        assert expected["file"] == f"{name}.txt"
        assert {"dates", "quantities", "documents", "directives"} <= set(expected)
