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
    return ap


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8")


def _records(files: Sequence[str], args: argparse.Namespace, errors: list[str]) -> Iterator[dict[str, Any]]:
    from vnpolparse.article import parse_article

    progress = len(files) > 1 and not args.no_progress
    iterable: Any = files
    if progress:
        from tqdm import tqdm

        iterable = tqdm(files, desc="parsing", unit="file", file=sys.stderr)
    for name in iterable:
        try:
            text = _read(name)
        except UnicodeDecodeError as exc:
            errors.append(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})")
            continue
        except OSError as exc:
            errors.append(f"{name}: cannot read ({exc.strerror or exc})")
            continue
        record = parse_article(text, published=args.published).to_dict()
        if args.compact:
            record.pop("text", None)
            record.pop("paragraphs", None)
        record["file"] = name
        yield record


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
    """Run the command line; returns the exit status."""
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
