"""Officials and growth figures from a folder of articles, from the command line.

    python examples/officials.py OUT_DIR [ARTICLES...]

Parses the articles (by default ``examples/articles/*.txt`` and
``examples/sample_article.txt``) with :func:`vnpolparse.parse_many`, then
writes to ``OUT_DIR``:

- ``officials.csv``: one row per (official, title), with the article's
  province and event date;
- ``growth.csv``: the GRDP growth figure each article reports;
- ``growth.png``: those figures over time, one line per province.

It does what ``examples/explore.ipynb`` does, without Jupyter. It needs the
``examples`` extra (pandas and matplotlib): ``pip install 'vnpolparse[examples]'``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import vnpolparse
from vnpolparse import Article

HERE = Path(__file__).resolve().parent
DEFAULT_FILES = [*sorted((HERE / "articles").glob("*.txt")), HERE / "sample_article.txt"]


def officials_table(articles: Sequence[Article]):  # -> pandas.DataFrame
    """One row per (official, title), from each article's ``people`` table."""
    import pandas as pd

    frames = []
    for article in articles:
        people = article.to_dataframes()["people"]
        people.insert(0, "province", article.province)
        people.insert(1, "event_date", article.event_date)
        frames.append(people)
    return pd.concat(frames, ignore_index=True)


def growth_table(articles: Sequence[Article]):  # -> pandas.DataFrame
    """The GRDP growth figure of each article: a percentage in the body whose
    sentence names GRDP, outside the directives (which state targets)."""
    import pandas as pd

    rows = []
    for article in articles:
        body_start = article.title_span.end if article.title_span else 0
        targets = [d.span for d in article.directives]
        for q in article.quantities:
            if q.kind is not vnpolparse.QuantityKind.PERCENT or q.span.start < body_start:
                continue
            if any(s.start <= q.span.start < s.end for s in targets):
                continue
            sentence = article.text[: q.span.start].rsplit(". ", 1)[-1]
            if "GRDP" in sentence:
                rows.append({"province": article.province, "event_date": pd.Timestamp(article.event_date),
                             "growth": float(q.value), "text": q.text})
                break
    return pd.DataFrame(rows).sort_values("event_date", ignore_index=True)


def plot_growth(growth, path: Path) -> None:
    """Growth over time, one line per province, saved as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5))
    for province, rows in growth.groupby("province"):
        ax.plot(rows["event_date"], rows["growth"], marker="o", label=province)
    ax.set_xlabel("event date")
    ax.set_ylabel("GRDP growth reported (%)")
    ax.set_title("GRDP growth reported in the articles, by province")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder for officials.csv, growth.csv and growth.png")
    ap.add_argument("files", type=Path, nargs="*", help="articles (default: the bundled examples)")
    args = ap.parse_args(argv)
    files = args.files or DEFAULT_FILES
    texts = [path.read_text(encoding="utf-8") for path in files]
    # A handful of articles: parse in this process. Leave `workers` out for
    # a big folder, to use one process per CPU.
    articles = vnpolparse.parse_many(texts, workers=1)

    args.out.mkdir(parents=True, exist_ok=True)
    officials = officials_table(articles)
    officials.to_csv(args.out / "officials.csv", index=False)
    growth = growth_table(articles)
    growth.to_csv(args.out / "growth.csv", index=False)
    plot_growth(growth, args.out / "growth.png")
    print(f"{len(articles)} articles: {officials['name'].nunique()} officials, "
          f"{len(officials)} titles, {len(growth)} growth figures -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
