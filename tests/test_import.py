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
