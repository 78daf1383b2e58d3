"""National news agencies keep the demonym or country their name begins with."""

from __future__ import annotations

import pytest

from bilateral.model import Organization
from bilateral.text import extract


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Prince Faisal received the envoy on Monday, the Saudi Press Agency reported.",
            "Saudi Press Agency",
            "SA",
        ),
        ("The two ministers discussed trade, the Emirates News Agency said.", "Emirates News Agency", "AE"),
        (
            "The leaders met in Damascus, the Syrian Arab News Agency reported.",
            "Syrian Arab News Agency",
            "SY",
        ),
        (
            "The talks were constructive, the Islamic Republic News Agency said.",
            "Islamic Republic News Agency",
            "IR",
        ),
        ("The meeting lasted an hour, Vietnam News Agency reported.", "Vietnam News Agency", "VN"),
    ],
)
def test_the_agency_is_one_organization_of_its_country(sentence: str, name: str, country: str) -> None:
    record = extract(sentence)
    orgs = [a for a in record.actors if isinstance(a, Organization)]
    assert [(o.name, o.country) for o in orgs] == [(name, country)]
    (statement,) = record.statements
    assert statement.speakers == (orgs[0].id,)
