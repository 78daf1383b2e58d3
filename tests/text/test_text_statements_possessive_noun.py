"""
A plural noun after a possessive "'s" is no reporting verb.

"The Colombian leader's comments drew a quick response" used to read "'s comments" as a
verb group ("has comments") with "The Colombian leader" as its source. A clitic "'s" goes
with a participle ("he's said", "she's warning"), never with a present form, so such a
word is the possessor's noun. A reporting verb after a possessor's noun ("Tinubu's
spokesman says ...") and other cues in the sentence still give statements.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    "text",
    [
        "The Ecuadorian president's comments drew a sharp rebuke from lawmakers in Quito.",
        "Mahama's remarks prompted a flurry of calls between Accra and Abuja.",
        "The envoy's claims angered officials in Kinshasa on Tuesday.",
    ],
)
def test_a_possessor_with_a_plural_noun_says_nothing(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            (
                "The Ecuadorian president's comments drew a rebuke from Lima, where officials said "
                "the remarks were unhelpful."
            ),
            [("officials", "said", "the remarks were unhelpful")],
        ),
        (
            "Tinubu's spokesman says the visit was a success.",
            [("Tinubu's spokesman", "says", "the visit was a success")],
        ),
    ],
)
def test_real_cues_next_to_a_possessor_remain(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A lower-case possessor before "'s" opens its own phrase, up to its article.
        (
            "The Houthi movement's political chief Mahdi al-Mashat said the group would talk.",
            "The Houthi movement's political chief Mahdi al-Mashat",
        ),
        (
            "On Monday the coalition's deputy leader Ana Mendes said the group would talk.",
            "the coalition's deputy leader Ana Mendes",
        ),
        # French names with an elided article ("l'", "d'") are one name with their particles.
        (
            "The Banque des Etats de l'Afrique Centrale said the group would talk.",
            "The Banque des Etats de l'Afrique Centrale",
        ),
        (
            "Governor Abbas Tolli of the Banque des Etats de l'Afrique Centrale said the group would talk.",
            "Governor Abbas Tolli of the Banque des Etats de l'Afrique Centrale",
        ),
    ],
)
def test_possessor_and_elided_article_stay_in_the_source(
    text: str, source: str, statement_rows: Rows
) -> None:
    assert statement_rows(text) == [(source, "said", "the group would talk")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # An institution's acronym in brackets inside a title before a name.
        (
            "Opposition Kenya African National Union (KANU) leader Gideon Moi said the group would talk.",
            "Opposition Kenya African National Union (KANU) leader Gideon Moi",
        ),
        # A bracket of lower-case words is an aside, not part of the name.
        ("Gideon Moi (pictured) said the group would talk.", "Gideon Moi"),
    ],
)
def test_acronym_inside_a_title_stays_in_the_source(text: str, source: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == [(source, "said", "the group would talk")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # The content of a possessed reporting noun ends before the sentence's own verb.
        ("Mahama's call for calm was echoed by Tinubu.", [("Mahama", "'s call for", "calm")]),
        ("Mahama's demand for talks is unlikely to be met.", [("Mahama", "'s demand for", "talks")]),
        # A verb inside a relative clause on the content is the clause's.
        (
            "Mahama renewed his call for a deal that was fair to both sides.",
            [("Mahama", "renewed his call for", "a deal that was fair to both sides")],
        ),
    ],
)
def test_possessed_noun_content_ends_at_the_main_verb(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows
