"""
`_units_in`: the unit words found (after a substring test per unit) are `_TRIGGER`'s matches.

`_TRIGGER.finditer` over the same text is the reference, from any start to any end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from bilateral.text import _durations

if TYPE_CHECKING:
    from collections.abc import Callable


def _reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _durations._TRIGGER.finditer(text, start, end)]


def test_every_unit_holds_a_core() -> None:
    assert all(any(core in unit for core in _durations._UNIT_CORES) for unit in _durations._UNITS)


def test_units_of_the_dev_articles_from_any_start(
    dev_windows: Callable[[int | str, int, int], list[tuple[str, int, int]]],
) -> None:
    found = 0
    for text, start, end in dev_windows(5, 300, 400):
        spans = _durations._units_in(text, start, end)
        assert spans == _reference(text, start, end), (start, end)
        found += len(spans)
    assert found > 0


_PIECES = st.sampled_from(
    [
        *("hour", "Hours", "HOUR", "hourlong", "hour-long", "minutes", "min", "ministers", "sec", "security"),
        *("day", "Monday", "days", "weeklong", "fortnight", "year", "yearly", "hr", "hrs", "\u0130", "x"),
        *(" ", "-", "two", "90", ",", "\n", "'", "\u00e9", "\u00e9two"),
    ]
)


@given(st.lists(_PIECES, max_size=20), st.data())
def test_units_equal_the_regex_on_generated_text(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _durations._units_in(text, start, end) == _reference(text, start, end)
