"""
Round trips through JSON-LD over generated records.

* ``from_jsonld(to_jsonld(r)) == r`` for every record: nothing bilateral has is lost.
* The document is JSON: it survives ``json.dumps``/``json.loads`` unchanged.
* With pyld: expanding the document and compacting it again against `CONTEXT` gives the
  very same document (so `to_jsonld` writes what compaction writes), and `from_jsonld`
  reads the expanded form, or the form compacted with a base IRI, into the same record.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.jsonld import compact, expand, from_jsonld, iso_duration, parse_iso_duration, to_jsonld
from bilateral.testing.strategies import records

if TYPE_CHECKING:
    from bilateral.model import Record


@given(records())
def test_jsonld_round_trip_is_lossless(record: Record) -> None:
    document = to_jsonld(record)
    assert from_jsonld(document) == record
    assert from_jsonld(json.loads(json.dumps(document))) == record


@given(records())
def test_jsonld_documents_are_fresh(record: Record) -> None:
    first = to_jsonld(record)
    first["@context"][1]["url"] = "changed"
    assert to_jsonld(record) != first


@given(st.integers(0, 2**63 - 1))
def test_jsonld_iso_duration_round_trip(seconds: int) -> None:
    text = iso_duration(seconds)
    assert text.startswith("PT")
    assert parse_iso_duration(text) == seconds


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("PT0S", 0), ("PT2H", 7200), ("PT1H50M", 6600), ("PT90M", 5400), ("P1DT1S", 86401), ("P2D", 172800)],
)
def test_jsonld_iso_duration_examples(text: str, seconds: int) -> None:
    assert parse_iso_duration(text) == seconds


@pytest.mark.parametrize(
    "text",
    [
        "",
        "P",
        "PT",
        "P1DT",
        "PT1.5H",
        "P1M",
        "P1Y",
        "P1W",
        "PT-1S",
        "1H",
        "pt1h",
        "PT1H ",
        "P" + "9" * 20 + "D",
    ],
)
def test_jsonld_iso_duration_refuses_inexact_or_malformed(text: str) -> None:
    assert parse_iso_duration(text) is None


@settings(max_examples=25)
@given(records(max_items=2, max_text_size=60))
def test_jsonld_survives_expansion_and_compaction(record: Record) -> None:
    pytest.importorskip("pyld")
    document = to_jsonld(record)
    expanded = expand(document)
    assert compact(expanded) == document
    assert from_jsonld(expanded) == record
    with_base = compact(expand(document, base="https://example.com/records/1"), base=None)
    assert with_base["bilateral:source"]["id"] == "https://example.com/records/1#source"
    assert from_jsonld(with_base) == record
