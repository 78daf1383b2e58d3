"""Fixtures shared by the serialize tests."""

from __future__ import annotations

import pytest

import bilateral.serialize._json as sjson


@pytest.fixture(params=["orjson", "json"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test with each JSON backend, as `bilateral.serialize._json` picks them."""
    name: str = request.param
    if name == "orjson":
        if not sjson._USE_ORJSON:
            pytest.skip("orjson (the 'fast' extra) is not installed or not byte-identical")
    else:
        monkeypatch.setattr(sjson, "_orjson", None)
        monkeypatch.setattr(sjson, "_USE_ORJSON", False)
        monkeypatch.setattr(sjson, "backend", "json")
    return name
