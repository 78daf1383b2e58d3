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

from hypothesis import strategies as st

from bilateral.testing import strategies as bst

if TYPE_CHECKING:
    from collections.abc import Callable

__all__: list[str] = []


def _hypothesis_setup_hook() -> None:
    """
    Register a strategy for every concrete public model type.

    The union aliases `bilateral.Actor` and `bilateral.Outcome` cannot be registered, and
    need not be: ``st.from_type`` resolves a union to its members. Strategies are
    registered as functions so nothing is built while hypothesis is still importing (a
    strategy built then would trigger `hypothesis.errors.HypothesisSideeffectWarning`).
    """
    for cls, make in bst.BY_TYPE.items():
        st.register_type_strategy(cls, functools.partial(_call, make))


def _call(make: Callable[[], st.SearchStrategy[object]], _cls: type[object]) -> st.SearchStrategy[object]:
    return make()
