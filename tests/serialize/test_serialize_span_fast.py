"""The fast structure path decides spans exactly as the model does (it inlines Span's checks)."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral.errors import RecordError
from bilateral.model import Span
from bilateral.model._validators import INT64_MAX, non_negative_int64
from bilateral.serialize import loads
from bilateral.serialize._converter import fast_fn

EDGES = st.sampled_from([-1, 0, 1, INT64_MAX - 1, INT64_MAX, INT64_MAX + 1, -(2**63)])
OFFSETS = st.one_of(st.integers(-5, 50), EDGES)


def test_span_is_still_what_the_fast_path_assumes() -> None:
    # The generated code replaces Span's validators and post-init with one comparison;
    # a change to Span must revisit it.
    fields = attrs.fields(Span)
    assert [f.name for f in fields] == ["start", "end"]
    assert all(f.validator is non_negative_int64 for f in fields)


@given(OFFSETS, OFFSETS)
def test_fast_and_model_agree_on_every_span(start: int, end: int) -> None:
    try:
        expected: Span | None = Span(start=start, end=end)
    except (ValueError, TypeError):
        expected = None
    fn = fast_fn(Span)
    assert fn is not None
    try:
        fast: Span | None = fn({"start": start, "end": end}, [])
    except (KeyError, TypeError, ValueError):
        fast = None
    assert fast == expected
    text = json.dumps({"start": start, "end": end})
    if expected is None:
        with pytest.raises(RecordError):
            loads(text, Span)
    else:
        assert loads(text, Span) == expected
