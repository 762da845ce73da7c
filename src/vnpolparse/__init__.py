"""vnpolparse: typed, trustworthy data from Vietnamese political news text.

>>> import vnpolparse
>>> article = vnpolparse.parse_article("Hội nghị Tỉnh ủy\\nSáng 3/3/2025, Tỉnh ủy Lào Cai họp.")
>>> article.title, article.event_date, article.province
('Hội nghị Tỉnh ủy', '2025-03-03', 'Lào Cai')

Parsers and heavy dependencies are imported on first use, so that
``import vnpolparse`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from vnpolparse.errors import InputTooLargeError, InputTypeError, ParseError, VnpolparseError
from vnpolparse.models import (
    Article,
    Body,
    BodyKind,
    DateMention,
    Directive,
    DocumentRef,
    Level,
    Mention,
    Paragraph,
    ParagraphKind,
    Person,
    Precision,
    Quantity,
    QuantityKind,
    Span,
    Title,
)

if TYPE_CHECKING:
    from vnpolparse.article import parse_article
    from vnpolparse.batch import BatchError, parse_bag, parse_many
    from vnpolparse.bodies import find_bodies
    from vnpolparse.dates import find_dates, parse_date
    from vnpolparse.directives import find_directives
    from vnpolparse.documents import find_documents, parse_document
    from vnpolparse.export import from_dict, to_dict, to_json
    from vnpolparse.people import find_people
    from vnpolparse.quantities import find_quantities, parse_quantity
    from vnpolparse.text import normalize

__version__ = "0.1.0.dev0"

_LAZY = {
    "parse_article": "vnpolparse.article",
    "parse_many": "vnpolparse.batch",
    "BatchError": "vnpolparse.batch",
    "parse_bag": "vnpolparse.batch",
    "find_bodies": "vnpolparse.bodies",
    "find_dates": "vnpolparse.dates",
    "parse_date": "vnpolparse.dates",
    "find_directives": "vnpolparse.directives",
    "find_documents": "vnpolparse.documents",
    "parse_document": "vnpolparse.documents",
    "from_dict": "vnpolparse.export",
    "to_dict": "vnpolparse.export",
    "to_json": "vnpolparse.export",
    "find_people": "vnpolparse.people",
    "find_quantities": "vnpolparse.quantities",
    "parse_quantity": "vnpolparse.quantities",
    "normalize": "vnpolparse.text",
}

__all__ = [
    "Article",
    "BatchError",
    "Body",
    "BodyKind",
    "DateMention",
    "Directive",
    "DocumentRef",
    "InputTooLargeError",
    "InputTypeError",
    "Level",
    "Mention",
    "Paragraph",
    "ParagraphKind",
    "ParseError",
    "Person",
    "Precision",
    "Quantity",
    "QuantityKind",
    "Span",
    "Title",
    "VnpolparseError",
    "__version__",
    "find_bodies",
    "find_dates",
    "find_directives",
    "find_documents",
    "find_people",
    "find_quantities",
    "from_dict",
    "normalize",
    "parse_article",
    "parse_bag",
    "parse_date",
    "parse_document",
    "parse_many",
    "parse_quantity",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vnpolparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
