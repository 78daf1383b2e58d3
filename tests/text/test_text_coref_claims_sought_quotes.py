"""Claims: "sought to" done by another side is an attempt, and an interrupted quotation loses its marks."""

from __future__ import annotations

import pytest

from bilateral.text import extract


def _claims(body: str) -> list[str]:
    lead = (
        "Chinese Foreign Minister Wang Yi met Philippine Foreign Secretary Enrique Manalo in Beijing "
        "on Monday. "
    )
    return [c.text for c in extract(lead + body).claims]


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            "Manalo said China sought to change the status quo by force.",
            "China sought to change the status quo by force",
        ),
        (
            "Wang said China had 'never sought' to change the status quo in the region.",
            "China had 'never sought' to change the status quo in the region",
        ),
        (
            "Wang said Manila has sought to provoke incidents at sea.",
            "Manila has sought to provoke incidents at sea",
        ),
    ],
)
def test_an_attempt_by_a_named_side_is_a_claim(body: str, claim: str) -> None:
    assert claim in _claims(body)


@pytest.mark.parametrize(
    "body",
    [
        "Wang said he sought to build trust with Manila.",
        "Manalo said the Philippines seeks to resolve the dispute peacefully.",
        "Wang said China hoped to deepen ties with Manila.",
    ],
)
def test_an_intention_stays_no_claim(body: str) -> None:
    assert _claims(body) == []


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            (
                "'China has sent 300 ships to the reef this year,' Manalo said, "
                "'and it has blocked 40 supply runs.'"
            ),
            "China has sent 300 ships to the reef this year, and it has blocked 40 supply runs",
        ),
        (
            (
                "“China has sent 300 ships to the reef this year,” Manalo said, "
                "“and it has blocked 40 supply runs.”"
            ),
            "China has sent 300 ships to the reef this year, and it has blocked 40 supply runs",
        ),
    ],
)
def test_an_interrupted_quotation_leaves_no_marks_inside_the_claim(body: str, claim: str) -> None:
    assert claim in _claims(body)


def test_a_quoted_phrase_inside_a_clause_keeps_its_marks() -> None:
    claims = _claims("Manalo said Beijing had 'repeatedly violated' the 2016 ruling.")
    assert claims == ["Beijing had 'repeatedly violated' the 2016 ruling"]
