"""Every public parser on junk: a clean result or the typed error, never a crash."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given

import vnpolparse
from strategies import any_text
from vnpolparse import Article, ParseError, Span

FINDERS: dict[str, Callable[[str], Any]] = {
    "find_dates": vnpolparse.find_dates,
    "find_quantities": vnpolparse.find_quantities,
    "find_people": vnpolparse.find_people,
    "find_bodies": vnpolparse.find_bodies,
    "find_documents": vnpolparse.find_documents,
    "find_directives": vnpolparse.find_directives,
    "parse_article": vnpolparse.parse_article,
}
STRICT: dict[str, Callable[[str], Any]] = {
    "parse_date": vnpolparse.parse_date,
    "parse_quantity": vnpolparse.parse_quantity,
    "parse_document": vnpolparse.parse_document,
}

JUNK = {
    "empty": "",
    "whitespace": " \t\n\u00a0\u3000",
    "control characters": "".join(chr(c) for c in range(32)) + "\x7f",
    "lone combining marks": "\u0301\u0309\u0323 \u0300",
    "superscript digit": "3²",
    "roman numeral character": "ⅷ",
    "circled digits": "① ② ⑳",
    "nfd text": unicodedata.normalize("NFD", "Ngày 16/7, Bí thư Tỉnh ủy Nguyễn Văn An đạt 14,14%."),
    "mixed scripts": "Tỉnh ủy 省委 Бишкек ١٢٣ 16/7 ٪",
    "a hundred thousand digits": "9" * 100_000,
    "digits with separators": "1.2.3.4.5.6.7.8/9/10-11-12,13%",
    "html": "<html><body><p class='x'>Ngày <b>16/7</b> &amp; 14,14%</p><script>alert(1)</script></body></html>",
    "surrogate-free emoji": "🇻🇳 Tỉnh ủy 🎉 ngày 1/1/2024",
    "lone quotes and dashes": "\" ' “ ” – — - / % :",
    "long single token": "a" * 50_000,
}


def _mentions(value: Any) -> list[Any]:
    out = []
    if isinstance(value, tuple):
        for item in value:
            out += _mentions(item)
    elif attrs.has(type(value)):
        fields = attrs.fields_dict(type(value))
        if "span" in fields and "text" in fields and isinstance(value.span, Span):
            out.append(value)
        for name in fields:
            if name != "text":
                out += _mentions(getattr(value, name))
    return out


def _check(text: str, result: Any) -> None:
    if isinstance(result, Article):
        mentions = _mentions(result)
    else:
        assert isinstance(result, tuple)
        mentions = _mentions(result)
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.text


@pytest.mark.parametrize("junk", list(JUNK.values()), ids=list(JUNK))
@pytest.mark.parametrize("finder", list(FINDERS.values()), ids=list(FINDERS))
def test_finders_return_clean_results_on_junk(finder: Callable[[str], Any], junk: str) -> None:
    _check(junk, finder(junk))


@pytest.mark.parametrize("junk", list(JUNK.values()), ids=list(JUNK))
@pytest.mark.parametrize("strict", list(STRICT.values()), ids=list(STRICT))
def test_strict_parsers_raise_only_parse_error(strict: Callable[[str], Any], junk: str) -> None:
    try:
        result = strict(junk)
    except ParseError:
        return
    assert junk[result.span.start : result.span.end] == result.text


@pytest.mark.parametrize("value", [None, b"16/7", 16.7, ["16/7"]])
@pytest.mark.parametrize("func", [*FINDERS.values(), *STRICT.values()], ids=[*FINDERS, *STRICT])
def test_non_str_input_raises_input_type_error(func: Callable[[Any], Any], value: object) -> None:
    with pytest.raises(vnpolparse.InputTypeError):
        func(value)


@given(any_text)
def test_fuzz_every_finder(text: str) -> None:
    for finder in FINDERS.values():
        _check(text, finder(text))
