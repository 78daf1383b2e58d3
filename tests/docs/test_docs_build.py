"""
The documentation builds offline with Sphinx, with every warning an error.

This is the check `.ci/run` relies on: a broken cross-reference, a page missing from the
table of contents, a docstring autodoc cannot render, or a generated reference page (JSON
Schema, wire-format tables, command-line help) that fails to build, fails the test.
Sphinx, myst-parser and furo come with the ``docs`` extra; without them the test is skipped,
except under CI, where skipping would hide a broken build.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
_NEEDED = ("sphinx", "myst_parser", "furo")


def _missing() -> list[str]:
    return [name for name in _NEEDED if importlib.util.find_spec(name) is None]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"the docs cannot be built under CI: {', '.join(missing)} not installed")
        pytest.skip(f"needs the docs extra ({', '.join(missing)} not installed)")
    out = tmp_path_factory.mktemp("html")
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", str(DOCS), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"sphinx-build failed:\n{done.stdout}\n{done.stderr}"
    return out


def test_docs_build_without_warnings(built: Path) -> None:
    assert (built / "index.html").is_file()


def test_every_page_is_built(built: Path) -> None:
    pages = {p.relative_to(DOCS).with_suffix("") for p in DOCS.rglob("*.md") if "_build" not in p.parts}
    missing = sorted(str(p) for p in pages if not (built / p).with_suffix(".html").is_file())
    assert not missing, f"pages not built: {missing}"


def test_generated_reference_is_in_the_pages(built: Path) -> None:
    schema = (built / "reference" / "json-schema.html").read_text(encoding="utf-8")
    assert "urn:bilateral:schema:record:1" in schema
    wire = (built / "reference" / "wire-format.html").read_text(encoding="utf-8")
    # The tables are generated from the schema and the model: keys, types and defaults.
    assert "speaker_mention" in wire
    assert "ISO 3166-1 alpha-2 code" in wire
    cli = (built / "reference" / "cli.html").read_text(encoding="utf-8")
    assert "usage: bilateral extract" in cli
    assert "usage: bilateral validate" in cli
    api = (built / "reference" / "api.html").read_text(encoding="utf-8")
    assert 'id="bilateral.testing.strategies.records"' in api
    assert 'id="bilateral.model.Record"' in api
    # Field comments are shown as written: napoleon must not read "Attributions:" as a type.
    statements = api[api.index('id="bilateral.model.Record.statements"') :]
    assert (
        "Attributions: who said what." in statements[: statements.index('id="bilateral.model.Record.claims"')]
    )
