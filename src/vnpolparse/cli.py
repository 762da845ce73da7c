"""The command line: ``vnpolparse parse FILE... [-] [--format json|jsonl]``.

Each FILE (``-`` for standard input) is read as UTF-8 and parsed with
:func:`vnpolparse.parse_article`. With one input and ``--format json`` the
output is one JSON object; with several it is a JSON array, or one line per
article with ``--format jsonl``. A file that cannot be read (missing,
unreadable, not UTF-8) is reported on standard error and skipped; the exit
status is then 1. With more than one file a progress bar is shown on
standard error (``--no-progress`` turns it off).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from vnpolparse import __version__

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="vnpolparse", description="Parse Vietnamese political news text.")
    ap.add_argument("--version", action="version", version=f"vnpolparse {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse article files into JSON")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files to parse; '-' reads standard input")
    p.add_argument("--format", choices=("json", "jsonl"), default="json", help="output format (default: json)")
    p.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    p.add_argument("--published", help="publication date to use for every input (ISO date or datetime)")
    p.add_argument("--compact", action="store_true", help="leave out the text and paragraphs")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, default=None, help="processes to use for many files (default: CPUs)")
    return ap


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8")


#: Files are read and parsed in batches of this many, so that output streams.
_BATCH = 256


def _records(files: Sequence[str], args: argparse.Namespace, errors: list[str]) -> Iterator[dict[str, Any]]:
    from vnpolparse.batch import BatchError, parse_many

    progress = len(files) > 1 and not args.no_progress
    bar: Any = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(files), desc="parsing", unit="file", file=sys.stderr)
    workers = args.workers if len(files) > 1 else 1
    try:
        for at in range(0, len(files), _BATCH):
            names, texts = [], []
            for name in files[at : at + _BATCH]:
                try:
                    texts.append(_read(name))
                    names.append(name)
                except UnicodeDecodeError as exc:
                    errors.append(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})")
                except OSError as exc:
                    errors.append(f"{name}: cannot read ({exc.strerror or exc})")
            try:
                articles: list[Any] = parse_many(texts, workers=workers, published=args.published)
            except BatchError as exc:
                articles = exc.results
                errors.extend(f"{names[i]}: {err}" for i, err in sorted(exc.errors.items()))
            for name, article in zip(names, articles, strict=True):
                if article is None:
                    continue
                record = article.to_dict()
                if args.compact:
                    record.pop("text", None)
                    record.pop("paragraphs", None)
                record["file"] = name
                yield record
            if bar is not None:
                bar.update(len(files[at : at + _BATCH]))
    finally:
        if bar is not None:
            bar.close()


def _write(records: Iterator[dict[str, Any]], args: argparse.Namespace, out: TextIO, many: bool) -> None:
    if args.format == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    items = list(records)
    payload: Any = items if many else (items[0] if items else None)
    if payload is not None:
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["--version"])
    Traceback (most recent call last):
    ...
    SystemExit: 0
    """
    args = _parser().parse_args(argv)
    errors: list[str] = []
    records = _records(args.files, args, errors)
    many = len(args.files) > 1
    if args.output is not None:
        with args.output.open("w", encoding="utf-8") as out:
            _write(records, args, out, many)
    else:
        _write(records, args, sys.stdout, many)
    for message in errors:
        print(f"vnpolparse: {message}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
