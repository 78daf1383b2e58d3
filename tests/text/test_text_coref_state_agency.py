"""Up to three lower-case modifiers before a named body or person: "the state news agency WAM"."""

from __future__ import annotations

import pytest

from bilateral.text import extract

_LEAD = (
    "UAE President Sheikh Mohamed bin Zayed Al Nahyan met French President Emmanuel Macron in Abu "
    "Dhabi on Monday. "
)


@pytest.mark.parametrize(
    "subject",
    ["The state news agency WAM", "State news agency WAM", "The official news agency WAM", "WAM"],
)
def test_a_described_agency_speaks(subject: str) -> None:
    record = extract(_LEAD + f"{subject} said the two leaders discussed trade.")
    assert record.statements[-1].speakers == ("emirates-news-agency",)


def test_a_described_unknown_name_is_not_its_country() -> None:
    # The paper is no mention: the phrase resolves to nothing rather than to France.
    record = extract(_LEAD + "The French daily evening newspaper Le Canard said the talks were tense.")
    assert record.statements[-1].speakers != ("france",)
