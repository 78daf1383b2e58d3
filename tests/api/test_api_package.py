"""The package's public surface: every exported name resolves, heavy parts load lazily."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest

import bilateral
import bilateral.serialize
import bilateral.text


@pytest.mark.parametrize("name", bilateral.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(bilateral, name) is not None
    assert name in dir(bilateral)


def test_lazy_names_are_the_submodules_own() -> None:
    assert bilateral.dumps is bilateral.serialize.dumps
    assert bilateral.loads is bilateral.serialize.loads
    assert bilateral.Limits is bilateral.serialize.Limits
    assert bilateral.extract is bilateral.text.extract
    assert bilateral.Pipeline is bilateral.text.Pipeline


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = bilateral.nope


def test_importing_the_package_loads_neither_serializer_nor_extractor() -> None:
    code = (
        "import sys, bilateral\n"
        "heavy = [m for m in ('bilateral.serialize', 'bilateral.text', 'cattrs') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603 - our own interpreter
    assert out.stdout.strip() == ""


def test_the_package_ships_its_py_typed_marker() -> None:
    data = (resources.files("bilateral").joinpath("py.typed")).read_bytes()
    assert data == b"" or data.strip() in {b"", b"partial"}


@pytest.mark.parametrize(
    "first", ["bilateral.testing._plugin", "bilateral.testing.strategies", "bilateral.testing", "hypothesis"]
)
def test_the_hypothesis_hook_works_whatever_is_imported_first(first: str) -> None:
    # hypothesis runs the entry point while it is importing; neither side may see the
    # other half loaded (Sphinx autodoc imports the plugin module on its own).
    code = (
        f"import {first}\n"
        "import hypothesis.strategies as st, bilateral\n"
        "assert isinstance(st.from_type(bilateral.Span).example(), bilateral.Span)\n"
    )
    subprocess.run([sys.executable, "-W", "ignore", "-c", code], check=True, timeout=120)  # noqa: S603 - our own interpreter
