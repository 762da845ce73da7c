"""to_dict / to_json / from_dict."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from conftest import corpus_files
from vnpolparse import Article, parse_article
from vnpolparse.export import from_dict, to_dict, to_json

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample_article.txt"
SCHEMA_KEYS = {"title", "published", "event_date", "dateline", "authors", "province", "people", "bodies",
               "dates", "quantities", "directives", "documents"}


@pytest.mark.parametrize("path", [SAMPLE, *corpus_files()], ids=lambda p: p.name)
def test_round_trip(path: Path) -> None:
    article = parse_article(path.read_text(encoding="utf-8"))
    data = json.loads(to_json(article))
    assert data.keys() >= SCHEMA_KEYS
    assert from_dict(data) == article
    assert Article.from_dict(article.to_dict()) == article


def test_export_is_json_ready_and_keeps_vietnamese() -> None:
    article = parse_article(SAMPLE.read_text(encoding="utf-8"))
    text = article.to_json()
    assert "Tuyên Quang" in text
    assert json.loads(text) == to_dict(article)


def test_empty_article_exports_empty_lists_not_nulls() -> None:
    data = to_dict(Article(text=""))
    for key in ("authors", "people", "bodies", "dates", "quantities", "directives", "documents"):
        assert data[key] == []


@pytest.mark.parametrize("path", [SAMPLE, *corpus_files()], ids=lambda p: p.name)
def test_pickle_round_trip(path: Path) -> None:
    article = parse_article(path.read_text(encoding="utf-8"))
    assert pickle.loads(pickle.dumps(article)) == article


def test_every_result_class_pickles_by_its_field_values() -> None:
    import attrs

    from vnpolparse import models

    classes = [getattr(models, n) for n in models.__all__ if attrs.has(getattr(models, n))]
    assert len(classes) == 11
    for cls in classes:
        assert "__reduce_ex__" in vars(cls), cls.__name__
    span = models.Span(1, 4)
    assert span.__reduce_ex__(5) == (models.Span, (1, 4))


def test_a_subclass_keeps_the_default_pickling() -> None:
    from vnpolparse.models import Mention, Span

    class Tagged(Mention):
        pass

    tagged = Tagged("Tỉnh ủy", Span(0, 7))
    assert tagged.__reduce_ex__(5)[0] is not Tagged  # copyreg's protocol, not the field tuple
