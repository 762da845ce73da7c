"""Speed and memory benchmark for vnpolparse (not a test: run it by hand).

    python benchmarks/bench.py [--corpus ../shared/corpus] [--repeat 20] [--no-underthesea]

On the development corpus it reports, on one core:

- ``parse_article`` articles/s and MB/s;
- each parser's MB/s (``find_*`` on the whole raw articles, normalisation included);
- ``parse_many`` on every core: its speed-up over one worker;
- ``import vnpolparse`` time and the peak RSS of a process that parses the corpus;
- linearity: a 5 MB article and a 200 kB single line, seconds per MB compared
  with the corpus rate (a quadratic step would show as a large ratio);
- optionally underthesea's ``ner`` on the same texts, and the ratio.

Targets (from the issues) are printed beside the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
SAMPLE = HERE.parent / "examples" / "sample_article.txt"


def _texts(corpus: Path) -> list[str]:
    files = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    texts = [f.read_text(encoding="utf-8") for f in files]
    return texts or [SAMPLE.read_text(encoding="utf-8")]


def _rate(func: Callable[[str], Any], texts: list[str], repeat: int) -> float:
    """Best-of-``repeat`` seconds for one pass of ``func`` over ``texts``."""
    for t in texts:  # warm caches (lexicons, compiled patterns)
        func(t)
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for t in texts:
            func(t)
        runs.append(time.perf_counter() - start)
    return min(runs)


def _timed(func: Callable[[], Any]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _subprocess_figure(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1])


def _line(label: str, value: str, target: str = "", ok: bool | None = None) -> None:
    mark = "" if ok is None else ("  ok" if ok else "  MISSED")
    print(f"{label:<38} {value:>22}   {target}{mark}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--no-underthesea", action="store_true", help="skip the underthesea NER comparison")
    args = ap.parse_args(argv)

    import vnpolparse
    from vnpolparse import text as vtext

    texts = _texts(args.corpus)
    n = len(texts)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {n} articles, {mb:.3f} MB (UTF-8), best of {args.repeat} runs, one core\n")

    seconds = _rate(vnpolparse.parse_article, texts, args.repeat)
    article_rate = n / seconds
    _line("parse_article", f"{article_rate:,.0f} articles/s", "target >= 200 articles/s", article_rate >= 200)
    _line("parse_article", f"{mb / seconds:.2f} MB/s")

    # Targets are the issues' (None: no target set); each find_* normalises its input.
    parsers: list[tuple[str, Callable[[str], Any], float | None]] = [
        ("normalize", vtext.normalize, None),
        ("find_dates", vnpolparse.find_dates, 2.0),
        ("find_quantities", vnpolparse.find_quantities, 2.0),
        ("find_people + find_bodies", lambda t: (vnpolparse.find_people(t), vnpolparse.find_bodies(t)), 1.0),
        ("find_documents", vnpolparse.find_documents, None),
        ("find_directives (scans people, bodies)", vnpolparse.find_directives, None),
    ]
    for name, func, target in parsers:
        rate = mb / _rate(func, texts, args.repeat)
        if target is None:
            _line(name, f"{rate:.2f} MB/s")
        else:
            _line(name, f"{rate:.2f} MB/s", f"target >= {target:g} MB/s", rate >= target)

    # parse_many on every core against one process. The workers are forked
    # from this process after the warm-up above, as in a long-running job.
    cores = os.cpu_count() or 1
    batch = texts * max(1, -(-600 // n))
    one = min(_timed(lambda: vnpolparse.parse_many(batch, workers=1)) for _ in range(2))
    many = min(_timed(lambda: vnpolparse.parse_many(batch, workers=cores)) for _ in range(2))
    speedup = one / many
    if cores >= 2:
        goal = 0.85 * cores
        _line(f"parse_many, {cores} workers", f"{speedup:.2f}x ({len(batch) / many:,.0f} articles/s)",
              f"target >= {goal:.1f}x", speedup >= goal)
    else:
        _line("parse_many, 1 worker", f"{len(batch) / many:,.0f} articles/s")

    imports = [_subprocess_figure("import time; t=time.perf_counter(); import vnpolparse; "
                                  "print(time.perf_counter()-t)") for _ in range(5)]
    import_s = statistics.median(imports)
    _line("import vnpolparse", f"{import_s * 1000:.0f} ms", "target <= 300 ms", import_s <= 0.3)

    corpus_arg = repr(str(args.corpus))
    rss = _subprocess_figure(
        "import resource, sys, pathlib, vnpolparse\n"
        f"files = sorted(pathlib.Path({corpus_arg}).glob('*.txt'))\n"
        "for f in files: vnpolparse.parse_article(f.read_text(encoding='utf-8'))\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    _line("peak RSS parsing the corpus", f"{rss:.0f} MB", "target <= 200 MB", rss <= 200)

    # Linearity: time per MB on large inputs against the corpus rate.
    # Built from the articles' body paragraphs, so that no chrome cut-off
    # ("Tin cùng chuyên mục") hides most of the text from the parsers.
    body = "\n".join(p.text for t in texts for p in vnpolparse.parse_article(t).paragraphs)
    big = "Tiêu đề\n" + "\n".join([body] * max(1, int(5e6 / max(1, len(body.encode("utf-8"))))))
    one_line = "Tiêu đề\n" + (body.replace("\n", " ") * 10)[:200_000]
    corpus_spm = seconds / mb
    for label, text in (("5 MB article", big), ("200 kB single line", one_line)):
        start = time.perf_counter()
        vnpolparse.parse_article(text)
        spent = time.perf_counter() - start
        size = len(text.encode("utf-8")) / 1e6
        ratio = (spent / size) / corpus_spm
        _line(f"parse_article, {label}", f"{spent:.2f} s ({ratio:.1f}x s/MB)", "target: linear (<= 3x)",
              ratio <= 3)

    if not args.no_underthesea:
        from underthesea import ner

        ner(texts[0][:200])  # load the model before timing
        start = time.perf_counter()
        for t in texts:
            ner(t)
        ner_rate = n / (time.perf_counter() - start)
        ratio = article_rate / ner_rate
        _line("underthesea ner", f"{ner_rate:.2f} articles/s")
        _line("parse_article / underthesea ner", f"{ratio:,.0f}x", "target >= 250x", ratio >= 250)
    return 0


if __name__ == "__main__":
    sys.exit(main())
