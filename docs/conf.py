"""
Sphinx configuration for bilateral's documentation.

The build is offline (no intersphinx, no downloads) and is run with warnings as errors
(``sphinx-build -W --keep-going -b html docs OUT``, see ``tests/docs/test_docs_build.py``).
Reference pages that could drift from the code (the JSON Schema, the wire-format tables,
the command-line help) are generated at build time by the directives in ``_ext/``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx

_HERE = Path(__file__).resolve().parent
# The checkout's sources come first, so the pages describe this tree even when another
# version of bilateral is installed; _ext holds the project's own directives.
sys.path[:0] = [str(_HERE.parent / "src"), str(_HERE / "_ext")]

import bilateral  # noqa: E402 - needs the path above

project = "bilateral"
author = "bilateral developers"
copyright = "2026, bilateral developers"  # Sphinx's name for it (A001 is off for docs/)
version = release = bilateral.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "bilateral_docs",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "_ext", "examples"]

# Docstrings write `Record` for a cross-reference to any Python object (reST's default
# role); names that resolve become links, the rest stay code.
default_role = "py:obj"
# The libraries of the optional extras are not needed to document the modules that use
# them, so the docs build with the docs extra alone.
autodoc_mock_imports = [name for name in ("pyld", "dask") if importlib.util.find_spec(name) is None]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_class_signature = "separated"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# References Sphinx cannot resolve offline (the standard library, hypothesis and attrs
# types, which intersphinx would fetch) stay plain code instead of failing the build.
nitpicky = False

html_theme = "furo"
html_title = f"bilateral {release}"


def _skip_napoleon_for_attributes(app: Sphinx) -> None:
    """
    Keep napoleon away from the docstrings of attributes, data and properties.

    Napoleon reads the first line of such a docstring as ``type: description``, so a field
    documented as ``#: Attributions: who said what.`` would be shown with the type
    "Attributions". bilateral documents fields with plain ``#:`` comments and types them
    with annotations, so those docstrings are left as written.
    """
    from sphinx.ext.napoleon import _process_docstring  # noqa: PLC0415 - after napoleon is set up

    event = "autodoc-process-docstring"
    for listener in list(app.events.listeners.get(event, ())):
        if listener.handler is _process_docstring:
            app.disconnect(listener.id)

            def process(  # noqa: PLR0917 - the signature Sphinx calls it with
                app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
            ) -> None:
                if what not in {"attribute", "data", "property"}:
                    _process_docstring(app, what, name, obj, options, lines)  # type: ignore[arg-type]

            app.connect(event, process, priority=listener.priority)


def setup(app: Sphinx) -> None:
    """Project-specific set-up that needs the other extensions loaded first."""
    app.connect("builder-inited", _skip_napoleon_for_attributes)
