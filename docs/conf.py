"""Sphinx configuration for the vnpolparse documentation."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

project = "vnpolparse"
author = "The vnpolparse developers"
copyright = "2026, The vnpolparse developers"
release = importlib.metadata.version("vnpolparse")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
exclude_patterns = ["_build"]

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": True}
# The online inventories come first; the small ones in _inventories (written by
# _inventories/make_inventories.py) keep the build working offline.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", (None, "_inventories/python.inv")),
    "attrs": ("https://www.attrs.org/en/stable/", (None, "_inventories/attrs.inv")),
}
intersphinx_timeout = 5
exclude_patterns += ["_inventories"]
nitpicky = False

html_theme = "furo"
html_title = "vnpolparse"

_EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
doctest_global_setup = f"import vnpolparse\nfrom pathlib import Path\nEXAMPLES = Path({str(_EXAMPLES)!r})"
# Docstring examples are run by pytest (--doctest-modules) in their module's
# namespace; the doctest builder runs the examples written in these pages.
doctest_test_doctest_blocks = ""
