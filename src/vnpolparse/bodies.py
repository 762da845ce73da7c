"""Party, state and Front bodies (STUB: being written; see issue #5)."""

from __future__ import annotations

from vnpolparse.models import Body
from vnpolparse.text import normalized_call


def scan(text: str, *, province: str | None = None) -> tuple[Body, ...]:
    return ()


def find_bodies(text: str, *, province: str | None = None) -> tuple[Body, ...]:
    return normalized_call(scan, text, province=province)
