"""
A reader who installs what a page says can import what the page imports.

`test_docs_examples.py` runs the pages in the development environment, which has every
extra and more (``.[dev]``), so it cannot see that a page imports a package its install
line does not bring: the tutorial installed ``.[testing]`` and then imported
``jsonschema``. Here each page's Python code is read for the modules it imports, and
each must be in the standard library, bilateral or its core dependencies, or brought by
a ``pip install`` the page itself names (in a code block or in the text).
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import textwrap
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

#: Pages whose code is the reader's own (not run by the test suite either).
UNCHECKED = {DOCS / "how-to" / "evaluate.md", DOCS / "how-to" / "write-an-extractor.md"}
PAGES = [ROOT / "README.md", *(p for p in sorted(DOCS.rglob("*.md")) if "_build" not in p.parts)]
CHECKED = [p for p in PAGES if p not in UNCHECKED]

_BLOCK = re.compile(
    r"^(?P<fence>`{3,})(?P<language>python|pycon)[^\n]*\n(?P<body>.*?)^(?P=fence)\s*$",
    re.MULTILINE | re.DOTALL,
)
_PIP_INSTALL = re.compile(r"pip install (?P<args>[^`\n&;|]*)")
_EXTRAS = re.compile(r"^(?:\.|bilateral)\[(?P<extras>[^\]]*)\]$")


def _code(block: str, language: str) -> str:
    """The Python source of a block: a pycon block's prompts and outputs dropped."""
    if language == "python" and ">>>" not in block:
        return textwrap.dedent(block)
    lines = [line[4:] for line in block.splitlines() if line.startswith((">>> ", "... "))]
    return "\n".join(lines)


def imported_modules(markdown: str) -> set[str]:
    """The top-level modules the Python code blocks of a page import."""
    modules: set[str] = set()
    for match in _BLOCK.finditer(markdown):
        tree = ast.parse(_code(match["body"], match["language"]))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules.update(alias.name.partition(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules.add(node.module.partition(".")[0])
    return modules


def _requirements(extras: set[str]) -> set[str]:
    """The distributions bilateral needs with *extras* (the core ones always)."""
    names: set[str] = set()
    for line in importlib.metadata.requires("bilateral") or ():
        requirement = Requirement(line)
        if requirement.marker is None or any(requirement.marker.evaluate({"extra": e}) for e in extras):
            names.add(requirement.name)
    return names


def installed_modules(markdown: str) -> set[str]:
    """The top-level modules a reader has after the ``pip install`` commands the page names."""
    distributions: set[str] = set()
    extras: set[str] = set()
    for match in _PIP_INSTALL.finditer(markdown):
        for raw in match["args"].split():
            word = raw.strip("'\"")
            if not word or word.startswith("-"):
                continue
            named = _EXTRAS.match(word)
            if named is not None:
                extras.update(e.strip() for e in named["extras"].split(","))
            elif word not in {".", "bilateral"}:
                distributions.add(Requirement(word).name)
    distributions |= _requirements(extras)
    normalized = {_normalize(d) for d in distributions}
    modules = {
        name
        for name, dists in importlib.metadata.packages_distributions().items()
        if any(_normalize(d) in normalized for d in dists)
    }
    # A distribution not installed here is taken to provide the module of its own name.
    return modules | {d.replace("-", "_") for d in normalized}


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_imports_are_found_in_code_blocks() -> None:
    page = (
        "```pycon\n>>> import json\n>>> from hypothesis import given\n>>> x = 1\n```\n\n"
        "```python\nimport dask.bag as db\nfrom .local import thing\n```\n\n"
        "```py\nimport not_run\n```\n"
    )
    assert imported_modules(page) == {"json", "hypothesis", "dask"}


def test_pip_install_brings_extras_and_named_packages() -> None:
    modules = installed_modules("```sh\npip install -q -e '.[testing]' jsonschema\n```\n")
    assert {"hypothesis", "jsonschema", "attrs", "cattrs", "dateutil"} <= modules
    assert "dask" not in modules
    assert "dask" in installed_modules("Install it: `pip install 'bilateral[dask]'`.")


@pytest.mark.parametrize("page", CHECKED, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_page_installs_what_it_imports(page: Path) -> None:
    markdown = page.read_text(encoding="utf-8")
    available = set(sys.stdlib_module_names) | {"bilateral"} | installed_modules(markdown)
    missing = sorted(imported_modules(markdown) - available)
    assert not missing, f"{page.relative_to(ROOT)} imports {missing} but no `pip install` on it brings them"
