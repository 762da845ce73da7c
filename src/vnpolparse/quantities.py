"""Quantities (STUB: being written; see issue #4)."""

from __future__ import annotations

from vnpolparse.errors import ParseError
from vnpolparse.models import Quantity
from vnpolparse.text import normalized_call


def scan(text: str) -> tuple[Quantity, ...]:
    return ()


def find_quantities(text: str) -> tuple[Quantity, ...]:
    return normalized_call(scan, text)


def parse_quantity(text: str) -> Quantity:
    raise ParseError(f"no quantity in {text!r}")
