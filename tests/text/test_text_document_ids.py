"""Ids the working document hands out: readable slugs, unique, deterministic."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bilateral.model import Source
from bilateral.text._document import Document


def _doc() -> Document:
    return Document(source=Source(text="x"), anchor=None)


def test_accented_letters_keep_their_base_letter() -> None:
    doc = _doc()
    assert doc.new_id("Belém") == "belem"
    assert doc.new_id("São Paulo") == "sao-paulo"
    assert doc.new_id("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert doc.new_id("Belem") == "belem-2"


def test_names_without_latin_letters_fall_back_to_item() -> None:
    doc = _doc()
    assert doc.new_id("Владимир") == "item"
    assert doc.new_id("习近平") == "item-2"


@given(st.lists(st.text(max_size=30), max_size=30))
def test_ids_are_unique_slugs_and_the_same_calls_give_the_same_ids(bases: list[str]) -> None:
    first, second = _doc(), _doc()
    ids = [first.new_id(b) for b in bases]
    assert ids == [second.new_id(b) for b in bases]
    assert len(set(ids)) == len(ids)
    for identifier in ids:
        assert identifier
        assert identifier.isascii()
        assert identifier == identifier.strip("-")
