"""
Hypothesis profiles for the whole test suite.

* ``default``: hypothesis's defaults without the 200 ms deadline. Records are drawn
  from deep composite strategies, and on a loaded two-core machine a single example can
  take longer than that without anything being wrong; a deadline there only makes
  failures flaky.
* ``ci``: hypothesis's built-in profile, left as it is. Hypothesis loads it by itself
  when ``CI`` (or a vendor variable such as ``GITHUB_ACTIONS``) is set: derandomized, no
  example database, no deadline, ``print_blob`` on, and the ``too_slow`` health check off.
* ``thorough``: bug hunting, 2000 examples per test. Select it with
  ``HYPOTHESIS_PROFILE=thorough pytest`` (or ``pytest --hypothesis-profile=thorough``).

``HYPOTHESIS_PROFILE``, when set, wins over the automatic choice.

Also the ``backend`` fixture, which runs a test once per JSON backend of
`bilateral.serialize` (it lives here, not in a sub-directory's conftest, because mypy checks
the tests as top-level modules and two ``conftest`` modules would clash).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

import bilateral.serialize._json as sjson

# Registering the active profile reloads it, so this takes effect even though hypothesis
# has already loaded its own "default". The parent is named, not implied: with no parent
# the current settings (the "ci" ones, under CI) would leak in. "ci" is not derived from it.
settings.register_profile("default", settings.get_profile("default"), deadline=None)
settings.register_profile(
    "thorough",
    settings.get_profile("default"),
    max_examples=2000,
    # Long runs draw big records; being slow is expected here, not a bug to report.
    suppress_health_check=[HealthCheck.too_slow],
)

if _profile := os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(_profile)


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
