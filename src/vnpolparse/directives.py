"""Directive sentences (STUB: being written; see issue #6)."""

from __future__ import annotations

from collections.abc import Sequence

from vnpolparse.models import Body, Directive, Person
from vnpolparse.text import normalized_call


def scan(
    text: str, *, people: Sequence[Person] = (), bodies: Sequence[Body] = ()
) -> tuple[Directive, ...]:
    return ()


def find_directives(
    text: str, *, people: Sequence[Person] | None = None, bodies: Sequence[Body] | None = None
) -> tuple[Directive, ...]:
    return normalized_call(scan, text, people=people or (), bodies=bodies or ())
