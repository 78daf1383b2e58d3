"""
The hypothesis entry point: makes ``st.from_type`` generate valid bilateral values.

Declared in ``pyproject.toml`` under ``[project.entry-points.hypothesis]``; hypothesis
calls `_hypothesis_setup_hook` once, when it is first imported, in every environment where
bilateral is installed. It only registers strategies: it never touches settings or
profiles, which belong to the test suite that imports hypothesis.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from bilateral.testing._types import STRATEGY_NAMES

if TYPE_CHECKING:
    from collections.abc import Callable

    from hypothesis import strategies as st

__all__: list[str] = []


def _hypothesis_setup_hook() -> None:
    """
    Register a strategy for every concrete public model type.

    The union aliases `bilateral.Actor` and `bilateral.Outcome` cannot be registered, and
    need not be: ``st.from_type`` resolves a union to its members. Strategies are
    registered as functions so nothing is built while hypothesis is still importing (a
    strategy built then would trigger `hypothesis.errors.HypothesisSideeffectWarning`).
    """
    # Imported here so that importing this module never imports hypothesis: hypothesis
    # imports this module through its entry point, and a cycle would leave it half loaded.
    from hypothesis import strategies as st  # noqa: PLC0415

    for cls, name in STRATEGY_NAMES.items():
        st.register_type_strategy(cls, functools.partial(_build, name))


def _build(name: str, _cls: type[object]) -> st.SearchStrategy[object]:
    # Imported here, not at module level: this hook runs while hypothesis is importing,
    # perhaps on behalf of bilateral.testing.strategies, which is then only half loaded.
    from bilateral.testing import strategies  # noqa: PLC0415

    make: Callable[[], st.SearchStrategy[object]] = getattr(strategies, name)
    return make()
