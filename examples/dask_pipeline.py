"""Parse a folder of articles on a Dask cluster and write one JSON line per article.

    python examples/dask_pipeline.py ARTICLES_DIR OUT_DIR [--scheduler ADDRESS] [--workers N]

Without ``--scheduler`` it starts a local cluster of N worker processes; give
the address of a running ``dask scheduler`` to spread the work over several
machines (each needs ``pip install 'vnpolparse[dask]'``). The output is
``OUT_DIR/part-*.jsonl``, the same records ``vnpolparse parse --format jsonl``
writes, in the order of the sorted file names.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def run(articles: Path, out: Path, *, scheduler: str | None = None, workers: int = 2) -> list[Path]:
    """Parse every ``*.txt`` under ``articles`` into ``out``; returns the files written."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    from vnpolparse import parse_bag

    paths = sorted(str(p) for p in articles.glob("*.txt"))
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    with Client(scheduler or cluster) as client:
        texts = db.from_sequence(paths, npartitions=max(1, min(len(paths), workers * 4)))
        records = db.zip(texts, parse_bag(texts.map(lambda p: Path(p).read_text(encoding="utf-8"))))
        lines = records.map(lambda pair: json.dumps({**pair[1].to_dict(), "file": pair[0]}, ensure_ascii=False))
        out.mkdir(parents=True, exist_ok=True)
        written = lines.to_textfiles(str(out / "part-*.jsonl"), name_function=lambda i: f"{i:05d}", compute=False)
        client.compute(written, sync=True)
    if cluster is not None:
        cluster.close()
    return sorted(out.glob("part-*.jsonl"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    args = ap.parse_args(argv)
    for path in run(args.articles, args.out, scheduler=args.scheduler, workers=args.workers):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
