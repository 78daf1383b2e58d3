"""The recency list behind salience: the same order a stable sort by last mention gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bilateral.text._entities import _Actor, _Recency


@given(
    st.integers(1, 8),
    st.lists(st.tuples(st.integers(0, 7), st.integers(0, 60)), max_size=60),
    st.integers(0, 70),
    st.integers(1, 10),
)
def test_latest_is_a_stable_sort_by_last_mention(
    n_actors: int, touches: list[tuple[int, int]], before: int, limit: int
) -> None:
    recency = _Recency()
    actors = [
        _Actor(kind="person", id=f"p{i}", name=f"P {i}", order=i, recency=recency) for i in range(n_actors)
    ]
    for who, offset in touches:
        actors[who % n_actors].touch(offset)
    expected = sorted((a for a in actors if 0 <= a.seen < before), key=lambda a: -a.seen)
    assert recency.latest(before, limit) == expected[:limit]


def test_seen_only_moves_forward() -> None:
    recency = _Recency()
    actor = _Actor(kind="person", id="p", name="P", recency=recency)
    actor.touch(10)
    actor.touch(4)
    assert actor.seen == 10
    assert recency.latest(11) == [actor]
    assert recency.latest(10) == []
