"""Write the small offline intersphinx inventories used when the network is not reachable.

Sphinx tries the online inventory first and falls back to these files, which
list only the Python and attrs objects our documentation links to. Run this
script again after linking to a new external object.
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

PYTHON = [
    ("str", "py:class", "library/stdtypes.html#str"),
    ("int", "py:class", "library/functions.html#int"),
    ("bool", "py:class", "library/functions.html#bool"),
    ("dict", "py:class", "library/stdtypes.html#dict"),
    ("tuple", "py:class", "library/stdtypes.html#tuple"),
    ("slice", "py:class", "library/functions.html#slice"),
    ("ValueError", "py:exception", "library/exceptions.html#ValueError"),
    ("TypeError", "py:exception", "library/exceptions.html#TypeError"),
    ("decimal", "py:module", "library/decimal.html#module-decimal"),
    ("decimal.Decimal", "py:class", "library/decimal.html#decimal.Decimal"),
    ("datetime", "py:module", "library/datetime.html#module-datetime"),
    ("datetime.date", "py:class", "library/datetime.html#datetime.date"),
    ("datetime.datetime", "py:class", "library/datetime.html#datetime.datetime"),
    ("json.dumps", "py:function", "library/json.html#json.dumps"),
    ("re.Pattern", "py:class", "library/re.html#re.Pattern"),
]
ATTRS = [
    ("attrs", "py:module", "api.html#module-attrs"),
    ("attrs.frozen", "py:function", "api.html#attrs.frozen"),
    ("attrs.evolve", "py:function", "api.html#attrs.evolve"),
]


def write(path: Path, project: str, version: str, entries: list[tuple[str, str, str]]) -> None:
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    ).encode()
    body = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in entries).encode()
    path.write_bytes(header + zlib.compress(body))


if __name__ == "__main__":
    write(HERE / "python.inv", "Python", "3", PYTHON)
    write(HERE / "attrs.inv", "attrs", "25", ATTRS)
