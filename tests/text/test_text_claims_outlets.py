"""
Claims and non-claims found by probing new wire, broadcaster and state-media copy.

Paragraphs are written for these tests (not from the dev set or the probe articles). Open
questions, accepted invitations, greetings and subject-less posts about a call report the
meeting or ask; the factual assertions next to them stay claims.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Record, Source
from bilateral.text import Pipeline, default_pipeline

PUBLISHED = dt.date(2026, 11, 26)
_HEAD = "Leaders meet in the capital\n"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _texts(pipeline: Pipeline, body: str) -> list[str]:
    record: Record = pipeline.extract(Source(text=_HEAD + body, published=PUBLISHED))
    return [c.text for c in record.claims]


@pytest.mark.parametrize(
    "body",
    [
        # An open question is not a proposition.
        "“The real test is whether Accra can pay on time,” Ghanaian economist Kwame Mensah said.",
        "Ghanaian economist Kwame Mensah said it was unclear whether Accra could pay on time.",
        # Accepting an invitation, greeting a visitor: outcomes and protocol of the meeting.
        "Chilean President Gabriel Boric accepted the invitation, Chile's foreign ministry said.",
        "Chilean President Gabriel Boric said he had accepted an invitation to visit Lima in May.",
        "Peru's Dina Boluarte greeted Boric at the airport, presidential spokesman Juan Soto said.",
        # A post without its subject, about the call itself.
        (
            "“Spoke with President @GabrielBoric today. Our ties are strong,” Peruvian President"
            " Dina Boluarte said in a post on X."
        ),
    ],
)
def test_not_a_claim(pipeline: Pipeline, body: str) -> None:
    assert _texts(pipeline, body) == []


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            "Ghanaian economist Kwame Mensah said Ghana owed China more than $3 billion.",
            "Ghana owed China more than $3 billion",
        ),
        (
            "Chile's foreign ministry said copper exports to Peru had doubled since 2020.",
            "copper exports to Peru had doubled since 2020",
        ),
        (
            (
                "U.S. State Department spokesperson Tammy Bruce declined to comment, saying only that"
                " Washington respected Chile's sovereign choices."
            ),
            "Washington respected Chile's sovereign choices",
        ),
    ],
)
def test_still_a_claim(pipeline: Pipeline, body: str, claim: str) -> None:
    assert _texts(pipeline, body) == [claim]


@pytest.mark.parametrize(
    "body",
    [
        "“We had a very good meeting,” Chilean President Gabriel Boric told reporters in Lima.",
        "Chilean President Gabriel Boric said they had held frank and useful talks.",
    ],
)
def test_how_the_meeting_went_is_not_a_claim(pipeline: Pipeline, body: str) -> None:
    assert _texts(pipeline, body) == []


def test_currency_prefix_is_not_what_a_claim_is_about(pipeline: Pipeline) -> None:
    record = pipeline.extract(
        Source(
            text=_HEAD + "Chilean President Gabriel Boric said copper sales to Peru reached US$4 billion.",
            published=PUBLISHED,
        )
    )
    assert [c.text for c in record.claims] == ["copper sales to Peru reached US$4 billion"]
    names = {a.id: a.name for a in record.actors} | {p.id: p.name for p in record.places}
    assert [names.get(x, x) for x in record.claims[0].about] == ["Peru"]


@pytest.mark.parametrize(
    "body",
    [
        "“We want more Chilean firms in Peru,” Peruvian President Dina Boluarte said.",
        "“We would like a deal by March,” Peruvian President Dina Boluarte said.",
    ],
)
def test_first_person_wish_is_not_a_claim(pipeline: Pipeline, body: str) -> None:
    assert _texts(pipeline, body) == []


def test_first_person_fact_is_still_a_claim(pipeline: Pipeline) -> None:
    body = "“We have doubled our exports to Chile since 2020,” Peruvian President Dina Boluarte said."
    assert _texts(pipeline, body) == ["We have doubled our exports to Chile since 2020"]


@pytest.mark.parametrize(
    "body",
    [
        "“We agreed that this dispute will not define our ties,” Chilean President Gabriel Boric said.",
        "They signed a memorandum on fisheries and agreed to hold drills, Chile's foreign ministry said.",
    ],
)
def test_agreements_of_the_sides_are_outcomes_not_claims(pipeline: Pipeline, body: str) -> None:
    assert _texts(pipeline, body) == []


@pytest.mark.parametrize(
    "body",
    [
        (
            "Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart Elmer Schialer"
            " discussed fishing rights during talks in Lima, Chile's foreign ministry said."
        ),
        "The ministers also agreed to meet again in Santiago in 2027, Chile's foreign ministry said.",
    ],
)
def test_meeting_reports_by_a_ministry_are_not_claims(pipeline: Pipeline, body: str) -> None:
    assert _texts(pipeline, body) == []
