"""The exceptions vnpolparse raises.

All of them derive from :class:`VnpolparseError`, itself a :class:`ValueError`,
so ``except ValueError`` keeps working for callers who do not care which.

>>> import vnpolparse
>>> issubclass(vnpolparse.ParseError, ValueError)
True
"""

from __future__ import annotations

__all__ = ["InputTooLargeError", "InputTypeError", "ParseError", "VnpolparseError"]


class VnpolparseError(ValueError):
    """Base class of every error raised by vnpolparse.

    >>> import vnpolparse
    >>> try:
    ...     vnpolparse.parse_date("không phải ngày")
    ... except vnpolparse.VnpolparseError as err:
    ...     type(err).__name__
    'ParseError'
    """


class InputTypeError(VnpolparseError, TypeError):
    """The input is not a ``str`` (``bytes`` must be decoded by the caller).

    It is also a :class:`TypeError`, which is what Python code usually expects
    for a wrong argument type.

    >>> import vnpolparse
    >>> vnpolparse.find_dates(b"16/7")
    Traceback (most recent call last):
    ...
    vnpolparse.errors.InputTypeError: text must be str, not bytes (decode it first)
    """


class InputTooLargeError(VnpolparseError):
    """The input is larger than the ``max_chars`` limit the caller allowed.

    >>> import vnpolparse
    >>> vnpolparse.parse_article("x" * 20, max_chars=10)
    Traceback (most recent call last):
    ...
    vnpolparse.errors.InputTooLargeError: text has 20 characters, more than max_chars=10
    """


class ParseError(VnpolparseError):
    """A strict ``parse_*`` function found nothing of its kind in the text.

    The lenient ``find_*`` functions never raise it: they return an empty tuple.

    >>> import vnpolparse
    >>> vnpolparse.find_quantities("không có số"), issubclass(ParseError, ValueError)
    ((), True)
    """
