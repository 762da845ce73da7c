"""``import vnpolparse`` stays light: heavy dependencies load on first use."""

from __future__ import annotations

import subprocess
import sys


def test_import_does_not_load_heavy_dependencies() -> None:
    code = (
        "import sys, vnpolparse;"
        "heavy = [m for m in ('underthesea', 'dateparser', 'cattrs', 'vnpolparse.article') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_public_api_is_complete() -> None:
    import vnpolparse

    for name in vnpolparse.__all__:
        assert getattr(vnpolparse, name) is not None


def test_parsing_an_article_does_not_import_underthesea_or_dateparser() -> None:
    code = (
        "import sys, vnpolparse;"
        "vnpolparse.parse_article('Tin\\nSáng 1/2/2024, Tỉnh ủy Lào Cai họp; đạt 5%.');"
        "print(','.join(m for m in ('underthesea', 'dateparser') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""
