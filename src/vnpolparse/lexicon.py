"""Reference data: the TSV files in ``vnpolparse/data``, loaded once and cached.

Every data file is UTF-8 TSV. Lines starting with ``#`` are comments; the
first of them names the file's source. The first non-comment line is the
header row. Values are stripped; an empty cell is ``""``.

>>> rows = load_table("abbreviations")
>>> any(row["abbreviation"] == "UBND" for row in rows)
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from importlib import resources
from typing import Any

__all__ = ["alternation", "load_table", "source_of"]


def _read(name: str) -> str:
    return resources.files("vnpolparse").joinpath("data").joinpath(f"{name}.tsv").read_text(encoding="utf-8")


@functools.cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``data/<name>.tsv`` as dicts keyed by the header row.

    >>> load_table("datelines")[0]
    {'dateline': 'LSO', 'province': 'Lạng Sơn'}
    """
    lines = [line for line in _read(name).splitlines() if line.strip() and not line.startswith("#")]
    if not lines:
        return ()
    header = [h.strip() for h in lines[0].split("\t")]
    rows = []
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return tuple(rows)


def source_of(name: str) -> str:
    """The comment lines heading ``data/<name>.tsv`` (where its data comes from).

    >>> source_of("abbreviations").splitlines()[0]
    'Abbreviations of Vietnamese political bodies and titles, as written in Party and government news.'
    """
    out = []
    for line in _read(name).splitlines():
        if not line.startswith("#"):
            break
        out.append(line.lstrip("# ").rstrip())
    return "\n".join(out)


def alternation(words: Iterable[str], atom: Callable[[str], str] = re.escape) -> str:
    r"""A regex matching any of ``words``, the longest where several match.

    The words are laid out as a trie ("Bộ(?:\ Chính\ trị)?"), so that the
    regex engine follows one branch per character instead of trying every
    word at every position: a large lexicon costs little more than a small one.
    Each character is written as ``atom`` gives it (by default, escaped).

    >>> alternation(["Bộ", "Bộ Chính trị", "Ban"])
    '(?:B(?:an|ộ(?:\\ Chính\\ trị)?))'
    >>> import re
    >>> re.match(alternation(["Bộ", "Bộ Chính trị"]), "Bộ Chính trị họp").group()
    'Bộ Chính trị'
    >>> alternation(["sở", "sa"], atom=lambda ch: "[sſ]" if ch == "s" else ch)
    '(?:[sſ](?:a|ở))'
    """
    root: dict[str, Any] = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [atom(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return f"(?:{emit(root)})" if root else "(?!)"
