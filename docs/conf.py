"""Sphinx configuration: MyST Markdown, the furo theme, doctests.

Every page is Markdown in the repository, so it reads on a code host as it does here.
The reference pages (API, schemas, vocabularies) are generated from the package and
committed by ``python -m briefschema._schemagen``; a test fails when they drift.
"""

from __future__ import annotations

from importlib.metadata import version as _version

project = "briefschema"
author = "briefschema developers"
release = _version("briefschema")
extensions = ["myst_parser", "sphinx.ext.doctest"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"briefschema {release}"
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
