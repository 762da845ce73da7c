"""``import vnpolparse`` stays light: heavy dependencies load on first use."""

from __future__ import annotations

import subprocess
import sys


def _loaded_after(statement: str, modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh interpreter has loaded after running ``statement``."""
    code = f"import sys, vnpolparse; {statement}; print(','.join(m for m in {modules!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return [m for m in out.strip().split(",") if m]


def test_import_does_not_load_heavy_dependencies() -> None:
    assert _loaded_after("pass", ("underthesea", "dateparser", "cattrs", "vnpolparse.article")) == []


def test_parsing_an_article_does_not_import_underthesea_or_dateparser() -> None:
    statement = "vnpolparse.parse_article('Tin\\nSáng 1/2/2024, Tỉnh ủy Lào Cai họp; đạt 5%.')"
    assert _loaded_after(statement, ("underthesea", "dateparser")) == []


def test_public_api_is_complete() -> None:
    import vnpolparse

    for name in vnpolparse.__all__:
        assert getattr(vnpolparse, name) is not None
