"""Dates and periods (STUB: being written; see issue #3)."""

from __future__ import annotations

import datetime as dt

from vnpolparse.errors import ParseError
from vnpolparse.models import DateMention
from vnpolparse.text import normalized_call


def scan(text: str, *, reference: dt.date | None = None) -> tuple[DateMention, ...]:
    return ()


def anchor(mentions: tuple[DateMention, ...], reference: dt.date) -> tuple[DateMention, ...]:
    return mentions


def find_dates(text: str, *, reference: dt.date | None = None) -> tuple[DateMention, ...]:
    return normalized_call(scan, text, reference=reference)


def parse_date(text: str, *, reference: dt.date | None = None) -> DateMention:
    raise ParseError(f"no date in {text!r}")
