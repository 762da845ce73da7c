"""parse_many: order, process pool, errors reported by index."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from vnpolparse import BatchError, batch, parse_article, parse_many

SAMPLE = (Path(__file__).resolve().parents[1] / "examples" / "sample_article.txt").read_text(encoding="utf-8")
TEXTS = [SAMPLE, "Tin ngắn thứ hai\nSáng 3/4/2024, Huyện ủy họp.", "", "Tin thứ tư\nChiều 5/5/2023, HĐND tỉnh họp."]


def test_results_keep_input_order_and_match_parse_article() -> None:
    assert parse_many(TEXTS, workers=1) == [parse_article(t) for t in TEXTS]


def test_process_pool_gives_the_same_results() -> None:
    assert parse_many(TEXTS * 3, workers=2, chunksize=2) == parse_many(TEXTS * 3, workers=1)


def test_one_bad_item_is_reported_with_its_index(capsys: pytest.CaptureFixture[str]) -> None:
    items = [TEXTS[1], None, TEXTS[3], 7]
    with pytest.raises(BatchError) as info:
        parse_many(items, workers=2, chunksize=1, progress=True)  # type: ignore[arg-type]
    err = info.value
    assert sorted(err.errors) == [1, 3]
    assert err.results[0] == parse_article(TEXTS[1])
    assert err.results[2] == parse_article(TEXTS[3])
    assert err.results[1] is None and err.results[3] is None
    assert "parsing" in capsys.readouterr().err


def test_empty_input() -> None:
    assert parse_many([], workers=2) == []


_CALLS_HERE: list[int] = []
_ORIGINAL_CHUNK = batch._parse_chunk


def _counting_chunk(chunk: Sequence[tuple[int, Any]], published: Any) -> list[tuple[int, Any, Any]]:
    _CALLS_HERE.append(len(chunk))  # only this process's list: a worker's appends stay in the worker
    return _ORIGINAL_CHUNK(chunk, published)


def test_with_several_workers_every_input_is_parsed_in_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "_parse_chunk", _counting_chunk)
    _CALLS_HERE.clear()
    texts = TEXTS * 10
    assert parse_many(texts, workers=2) == [parse_article(t) for t in texts]
    assert _CALLS_HERE == []  # none in this process
    assert parse_many(texts[:3], workers=1) == [parse_article(t) for t in texts[:3]]
    assert sum(_CALLS_HERE) == 3  # the counter does see this process's calls


def test_chunks_shrink_towards_the_end_of_the_batch() -> None:
    sizes = []
    remaining = 500
    while remaining:
        size = batch._chunk_size(remaining, 2, None)
        sizes.append(size)
        remaining -= size
    assert sizes[0] == 16 and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)
    assert batch._chunk_size(500, 2, 5) == 5


def test_a_chunksize_below_one_is_an_error() -> None:
    with pytest.raises(ValueError, match="chunksize"):
        parse_many(TEXTS, workers=2, chunksize=0)
