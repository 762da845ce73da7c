"""Compare vnpolparse with general-purpose tools on the gold-annotated corpus.

    python benchmarks/compare.py [--eval ../shared/eval] [--corpus ../shared/corpus]

For two fields it measures precision, recall and F1 against the same gold
annotations and with the same folding as ``score.py``:

- **names**: vnpolparse ``find_people`` (on the article proper, through
  ``parse_article``) against underthesea's ``ner`` (``PER`` entities);
- **dates**: vnpolparse against dateparser's ``search_dates`` (Vietnamese),
  whose day-precision results are turned into the same ISO values.

It prints a Markdown table, the one quoted in the documentation's evaluation
page. underthesea's NER is slow (about a second per article).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


def _load_scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("vnp_score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _prf(hit: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = hit / npred if npred else (1.0 if not ngold else 0.0)
    r = hit / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _underthesea_names(text: str) -> set[str]:
    from underthesea import ner

    names, current = [], []
    for token, *_, tag in ner(text):
        if tag == "B-PER":
            if current:
                names.append(" ".join(current))
            current = [token]
        elif tag == "I-PER" and current:
            current.append(token)
        else:
            if current:
                names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    return set(names)


def _dateparser_values(text: str) -> set[str]:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["vi"]) or []
    return {d.date().isoformat() for _, d in found}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=SHARED / "eval")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    args = ap.parse_args(argv)
    score = _load_scorer(args.eval)

    import vnpolparse

    tallies: dict[str, list[int]] = {k: [0, 0, 0] for k in ("ours names", "underthesea", "ours dates", "dateparser")}
    seconds: dict[str, float] = dict.fromkeys(tallies, 0.0)

    def add(key: str, pred: set[Any], gold: set[Any]) -> None:
        counts = score.prf(pred, gold)
        for i in range(3):
            tallies[key][i] += counts[i]

    for gold_path in sorted((args.eval / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (args.corpus / gold["file"]).read_text(encoding="utf-8")
        gold_names = {score.canon(p["name"]) for p in gold["people"]}
        gold_dates = score.date_values(gold["dates"])

        start = time.perf_counter()
        data = vnpolparse.parse_article(text).to_dict()
        seconds["ours names"] += time.perf_counter() - start
        add("ours names", {score.canon(p["name"]) for p in data["people"]}, gold_names)
        add("ours dates", score.date_values(data["dates"]), gold_dates)

        start = time.perf_counter()
        add("underthesea", {score.canon(n) for n in _underthesea_names(text)}, gold_names)
        seconds["underthesea"] += time.perf_counter() - start

        start = time.perf_counter()
        add("dateparser", _dateparser_values(text), gold_dates)
        seconds["dateparser"] += time.perf_counter() - start
    seconds["ours dates"] = seconds["ours names"]

    rows = [
        ("names", "vnpolparse `parse_article`", "ours names"),
        ("names", "underthesea `ner` (PER)", "underthesea"),
        ("dates", "vnpolparse `parse_article`", "ours dates"),
        ("dates", "dateparser `search_dates` (vi)", "dateparser"),
    ]
    print("| field | tool | precision | recall | F1 | seconds |")
    print("|---|---|---|---|---|---|")
    for field, tool, key in rows:
        p, r, f = _prf(*tallies[key])
        print(f"| {field} | {tool} | {p:.3f} | {r:.3f} | {f:.3f} | {seconds[key]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
