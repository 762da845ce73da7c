"""Document references (STUB: being written; see issue #6)."""

from __future__ import annotations

from vnpolparse.errors import ParseError
from vnpolparse.models import DocumentRef
from vnpolparse.text import normalized_call


def scan(text: str) -> tuple[DocumentRef, ...]:
    return ()


def find_documents(text: str) -> tuple[DocumentRef, ...]:
    return normalized_call(scan, text)


def parse_document(text: str) -> DocumentRef:
    raise ParseError(f"no document reference in {text!r}")
