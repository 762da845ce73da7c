"""parse_article over a Dask bag on a local cluster gives what parse_many gives."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import dask.bag as db

from vnpolparse import parse_bag, parse_many

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "examples" / "sample_article.txt").read_text(encoding="utf-8")
TEXTS = [SAMPLE, "Tin thứ hai\nSáng 3/4/2024, Huyện ủy họp.", "Tin thứ ba\nChiều 5/5/2023, HĐND tỉnh Long An họp."]


def test_parse_bag_matches_parse_many() -> None:
    bag = parse_bag(db.from_sequence(TEXTS, npartitions=2))
    assert bag.compute(scheduler="sync") == parse_many(TEXTS, workers=1)


def _load_example():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("dask_pipeline", ROOT / "examples" / "dask_pipeline.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dask_pipeline"] = module
    spec.loader.exec_module(module)
    return module


def test_example_on_a_local_cluster(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for i, text in enumerate(TEXTS):
        (articles / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    written = _load_example().run(articles, tmp_path / "out", workers=2)
    records = [json.loads(line) for path in written for line in path.read_text(encoding="utf-8").splitlines()]
    expected = [a.to_dict() for a in parse_many(TEXTS, workers=1)]
    assert [r.pop("file") for r in records] == [str(articles / f"{i:02d}.txt") for i in range(len(TEXTS))]
    assert records == expected
