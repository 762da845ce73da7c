"""People and their titles (STUB: being written; see issue #5)."""

from __future__ import annotations

from vnpolparse.models import Person
from vnpolparse.text import normalized_call


def scan(text: str, *, province: str | None = None) -> tuple[Person, ...]:
    return ()


def find_people(text: str, *, province: str | None = None) -> tuple[Person, ...]:
    return normalized_call(scan, text, province=province)
