"""
A headline that sums up an act ("agree", "pledge", "vow", "discuss") is no attribution.

"Senegal, Mauritania Agree to Share Gas Revenue" reports what the two governments did; the
body says who said so. The same verbs in the body, a headline with a quotation, a wire
suffix naming who says the headline, and the speech verbs of a headline ("says", "warns",
"urges") still give statements.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_BODY = (
    "\n\nSenegalese President Bassirou Diomaye Faye met Mauritanian President Mohamed Ould "
    "Ghazouani in Nouakchott on Tuesday."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Senegal, Mauritania Agree to Share Gas Revenue as Faye Visits Nouakchott",
        "Faye, Ghazouani pledge closer ties on fisheries",
        "Faye and Ghazouani vow to fight smuggling along Senegal River",
        "Faye, Ghazouani discuss gas field, migration in Nouakchott",
        "Mauritania's president receives Faye, promises support for pipeline",
        "Faye offers Mauritania help with power grid",
    ],
)
def test_a_headline_act_is_no_statement(headline: str, statement_rows: Rows) -> None:
    assert [row for row in statement_rows(headline + _BODY) if row[2] in headline] == []


@pytest.mark.parametrize(
    ("headline", "cue"),
    [
        # Speech verbs stay attributions in a headline.
        ("Faye says gas deal with Mauritania is on track", "says"),
        ("Faye, Ghazouani warn against delays to gas project", "warn"),
        ("Ghazouani urges Senegal to speed up pipeline works", "urges"),
        # A quotation makes the headline attributed speech.
        ("Faye, Ghazouani agree to open 'a new chapter' in ties", "agree"),
        # A wire suffix names who says it.
        ("Senegal, Mauritania agree to share gas revenue -sources", "agree"),
    ],
)
def test_headline_speech_stays(headline: str, cue: str, statement_rows: Rows) -> None:
    assert [row[1] for row in statement_rows(headline + _BODY) if row[2] in headline] == [cue]


def test_the_same_verbs_in_the_body_are_cues(statement_rows: Rows) -> None:
    text = (
        "Gas talks in Nouakchott\n\n"
        "Faye and Ghazouani agreed to share the revenue of the offshore field equally, "
        "the Senegalese presidency said."
    )
    assert statement_rows(text) == [
        (
            "the Senegalese presidency",
            "said",
            "Faye and Ghazouani agreed to share the revenue of the offshore field equally",
        )
    ]
    body = "Gas talks in Nouakchott\n\nGhazouani pledged to finish the pipeline by 2027."
    assert [row[1] for row in statement_rows(body)] == ["pledged"]
