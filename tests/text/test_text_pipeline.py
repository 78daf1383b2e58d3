"""Pipelines: named stages that can be replaced, inserted and removed one at a time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral.model import Country, Record, Source
from bilateral.text import Document, Extractor, FunctionStage, Pipeline, Stage, default_pipeline
from bilateral.text._meetings import MeetingStage

TEXT = "Chinese President Xi Jinping met with U.S. President Joe Biden in Bali on Tuesday."
DEFAULT_NAMES = ("article", "sentences", "entities", "statements", "claims", "meetings")


def _noop(name: str) -> FunctionStage:
    return FunctionStage(name, lambda _doc: None)


def test_default_pipeline_order() -> None:
    assert default_pipeline().names == DEFAULT_NAMES


def test_pipelines_and_stages_satisfy_the_protocols() -> None:
    pipeline = default_pipeline()
    assert isinstance(pipeline, Extractor)
    assert all(isinstance(stage, Stage) for stage in pipeline.stages)
    assert isinstance(MeetingStage(), Stage)


def test_extraction_records_the_stages_that_ran() -> None:
    record = default_pipeline().extract(Source(text=TEXT))
    assert record.extraction is not None
    assert record.extraction.stages == DEFAULT_NAMES


def test_insert_after_and_before() -> None:
    pipeline = default_pipeline()
    after = pipeline.insert_after("meetings", _noop("extra"))
    assert after.names == (*DEFAULT_NAMES, "extra")
    before = pipeline.insert_before("claims", _noop("extra"))
    assert before.names == ("article", "sentences", "entities", "statements", "extra", "claims", "meetings")
    assert pipeline.names == DEFAULT_NAMES  # pipelines are immutable


def test_replace_swaps_one_stage() -> None:
    seen: list[str] = []
    pipeline = default_pipeline().replace(
        "meetings", FunctionStage("meetings", lambda doc: seen.append(doc.text))
    )
    record = pipeline.extract(Source(text=TEXT))
    assert seen == [TEXT]
    assert record.meetings == ()  # the built-in meeting stage did not run
    assert pipeline.names == DEFAULT_NAMES


def test_without_removes_one_stage() -> None:
    pipeline = default_pipeline().without("meetings")
    assert "meetings" not in pipeline.names
    assert pipeline.extract(Source(text=TEXT)).meetings == ()
    assert default_pipeline().extract(Source(text=TEXT)).meetings != ()


@pytest.mark.parametrize("method", ["replace", "insert_after", "insert_before"])
def test_unknown_names_raise_key_error_listing_the_names(method: str) -> None:
    with pytest.raises(KeyError, match="meetings"):
        getattr(default_pipeline(), method)("nope", _noop("x"))
    with pytest.raises(KeyError, match="meetings"):
        default_pipeline().without("nope")


def test_stage_names_must_be_unique() -> None:
    with pytest.raises(ValueError, match="unique"):
        default_pipeline().insert_after("claims", _noop("meetings"))


def test_extra_stages_are_appended() -> None:
    assert default_pipeline(extra=[_noop("extra")]).names == (*DEFAULT_NAMES, "extra")


def test_a_custom_stage_sees_what_earlier_stages_made() -> None:
    counts: dict[str, int] = {}

    def count(doc: Document) -> None:
        counts["countries"] = sum(isinstance(a, Country) for a in doc.actors)
        counts["meetings"] = len(doc.meetings)

    default_pipeline().insert_after("meetings", FunctionStage("count", count)).extract(Source(text=TEXT))
    assert counts["meetings"] == 1
    assert counts["countries"] >= 1


def test_run_returns_the_working_document() -> None:
    published = dt.date(2026, 11, 26)
    doc = default_pipeline().run(Source(text=TEXT, published=published))
    assert doc.anchor == published
    assert doc.sentences
    assert len(doc.meetings) == 1


def test_a_pipeline_of_no_stages_returns_the_bare_article() -> None:
    record = Pipeline(stages=()).extract(Source(text=TEXT))
    assert record.actors == ()
    assert record.source.text == TEXT


@given(st.text(max_size=300))
def test_default_pipeline_makes_a_valid_record_of_any_text(text: str) -> None:
    record = default_pipeline().extract(Source(text=text))
    assert isinstance(record, Record)
    assert record.source.text == text


def test_extract_takes_the_publication_date_as_iso_text() -> None:
    from bilateral.text import extract  # noqa: PLC0415

    text = "Colombian President Gustavo Petro met U.S. President Donald Trump on Tuesday."
    by_text = extract(text, published="2025-09-25")
    by_date = extract(text, published=dt.date(2025, 9, 25))
    assert by_text == by_date
    assert by_text.source.published == dt.date(2025, 9, 25)
    (meeting,) = by_text.meetings
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2025, 9, 23)


@pytest.mark.parametrize(
    ("value", "error"), [("2025-13-01", ValueError), ("25/09/2025", ValueError), (20250925, TypeError)]
)
def test_extract_refuses_a_bad_publication_date_at_once(value: object, error: type[Exception]) -> None:
    from bilateral.text import extract  # noqa: PLC0415

    with pytest.raises(error, match="date"):
        extract("Petro met Trump on Tuesday.", published=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "hint"), [(b"Petro met Trump.", "decode it first"), (None, "NoneType")])
def test_extract_refuses_text_that_is_not_str(text: object, hint: str) -> None:
    from bilateral.text import extract  # noqa: PLC0415

    with pytest.raises(TypeError, match=f"text must be str.*{hint}"):
        extract(text)  # type: ignore[arg-type]
