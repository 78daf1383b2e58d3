"""
Where a content ends after a quotation or inside a relative clause.

- 'described the talks as “useful” at the ministry's weekly briefing': the venue after
  the quotation is where it was said, not what was said ("at the end of the day" is no
  venue and stays);
- 'whom Mahama has called “a patriot” and whose release Accra has demanded': a second
  relative clause coordinated with the cue's own ends the content.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Ablakwa described the talks as \u201cuseful\u201d at the ministry's weekly briefing on Friday.",
            [("Ablakwa", "described", "the talks as \u201cuseful\u201d")],
        ),
        (
            "Ablakwa called the offer \u201ca first step\u201d at a joint news conference in Accra.",
            [("Ablakwa", "called", "the offer \u201ca first step\u201d")],
        ),
        (
            "Ablakwa called the offer \u201ca first step\u201d at the end of a long day.",
            [("Ablakwa", "called", "the offer \u201ca first step\u201d at the end of a long day")],
        ),
    ],
)
def test_venue_after_a_quotation_is_no_content(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


def test_coordinated_relative_clause_ends_the_content(statement_rows: Rows) -> None:
    text = (
        "The talks followed the arrest of the activist Kofi Mensah, whom Mahama has called "
        "\u201ca patriot\u201d and whose release Accra has repeatedly demanded."
    )
    assert statement_rows(text) == [("Mahama", "has called", "\u201ca patriot\u201d")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Boric and Arce met in Arica for talks that aides on both sides said centered on water rights.",
            [("aides on both sides", "said", "that centered on water rights")],
        ),
        (
            "Boric and Arce met in Arica for talks that aides said would focus on water rights.",
            [("aides", "said", "that would focus on water rights")],
        ),
        # A complement "that" before the source is no relative pronoun: nothing changes.
        (
            "Arce noted that officials said the talks ended early.",
            [("Arce", "noted", "that officials said the talks ended early")],
        ),
    ],
)
def test_relative_pronoun_is_the_subject_of_a_past_verb_after_the_cue(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        (
            "Chile urges calm as Peru, Bolivia trade accusations - Foreign Ministry",
            "calm as Peru, Bolivia trade accusations",
        ),
        ("Peru, Bolivia agree to reopen border crossing - ministers", "to reopen border crossing"),
        # A dash before a function word goes on with the headline.
        ("Chile urges restraint - and patience", "restraint - and patience"),
    ],
)
def test_headline_attribution_suffix_is_no_content(headline: str, content: str, statement_rows: Rows) -> None:
    rows = statement_rows(f"{headline}\n\nThe talks continued on Monday in Lima.")
    assert [c for _, _, c in rows] == [content]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The corridor, which was described as vital by both leaders, remains the main obstacle.",
            [("both leaders", "was described", "which as vital")],
        ),
        (
            "The loan, which critics call a debt trap, includes a clause on arbitration.",
            [("critics", "call", "which a debt trap")],
        ),
    ],
)
def test_an_s_verb_with_its_object_ends_the_relative_clause(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The ministry said the two sides had agreed to: cut tariffs; open consulates; and meet in May.",
            [
                (
                    "The ministry",
                    "said",
                    "the two sides had agreed to: cut tariffs; open consulates; and meet in May",
                )
            ],
        ),
        # Without a colon a semicolon still ends the content.
        (
            "Ruto said the deal was good; critics disagreed.",
            [("Ruto", "said", "the deal was good")],
        ),
        (
            "Kenya, the statement added, would host the next round.",
            [("the statement", "added", "Kenya would host the next round")],
        ),
    ],
)
def test_inline_lists_and_weak_tags_inside_a_clause(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            (
                "Mutharika said the dam, valued at more than $400 million, "
                "\u201cis fully funded\u201d by the bank."
            ),
            [
                (
                    "Mutharika",
                    "said",
                    "the dam, valued at more than $400 million, \u201cis fully funded\u201d by the bank",
                )
            ],
        ),
        (
            "Kasaija said the pipeline, completed in 2024, carries crude to the coast at Tanga.",
            [("Kasaija", "said", "the pipeline, completed in 2024, carries crude to the coast at Tanga")],
        ),
        (
            "Kasaija said the pipeline, completed in 2024, remains the region's longest.",
            [("Kasaija", "said", "the pipeline, completed in 2024, remains the region's longest")],
        ),
        # A participle clause after the clause, then the speaker's tag or a noun: not an
        # aside inside the subject, so the participle still ends the content.
        (
            "Kasaija said the pipeline would open in March, citing delays at the port, officials reported.",
            [
                (
                    "officials",
                    "reported",
                    "Kasaija said the pipeline would open in March, citing delays at the port",
                ),
            ],
        ),
        (
            "Kasaija said the pipeline would open in March, prompting protests, talks and strikes.",
            [("Kasaija", "said", "the pipeline would open in March")],
        ),
        (
            "Kasaija said the pipeline would open in March, citing delays, analysts expect a slip.",
            [("Kasaija", "said", "the pipeline would open in March"), ("analysts", "expect", "a slip")],
        ),
    ],
)
def test_participle_aside_inside_the_subject_keeps_the_content(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Rabat's navy said a Spanish patrol boat had entered its waters, a version Madrid disputed.",
            [("Rabat's navy", "said", "a Spanish patrol boat had entered its waters")],
        ),
        (
            (
                "According to the joint communique, both sides opposed \u201cunilateral actions\u201d at sea "
                "\u2014 language that did not name Beijing."
            ),
            [
                (
                    "the joint communique",
                    "According to",
                    "both sides opposed \u201cunilateral actions\u201d at sea",
                )
            ],
        ),
        (
            "Samia said the visit was \u201cbrotherly\u201d \u2014 a word she used twice on Monday.",
            [("Samia", "said", "the visit was \u201cbrotherly\u201d")],
        ),
        # A dash before a list or a clause is no aside: the content goes on.
        (
            "Samia said the deal covered three areas \u2014 language, trade and health.",
            [("Samia", "said", "the deal covered three areas \u2014 language, trade and health")],
        ),
        (
            "Samia said the talks were useful \u2014 and would resume in May.",
            [("Samia", "said", "the talks were useful \u2014 and would resume in May")],
        ),
    ],
)
def test_reporters_comment_after_a_comma_or_dash_ends_the_content(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Officials said the talks covered border security, shipping on Lake Victoria and fisheries.",
            [
                (
                    "Officials",
                    "said",
                    "the talks covered border security, shipping on Lake Victoria and fisheries",
                )
            ],
        ),
        (
            "Ruto said the two sides discussed trade, mining in the Rift Valley and tourism.",
            [("Ruto", "said", "the two sides discussed trade, mining in the Rift Valley and tourism")],
        ),
        # A participle of the reporter's still ends the content.
        (
            "Ruto said the two sides discussed trade, prompting criticism from farmers.",
            [("Ruto", "said", "the two sides discussed trade")],
        ),
    ],
)
def test_a_sector_noun_in_ing_is_a_list_item(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # An aside opened by "after" / "as" and closed before the clause's verb, even with a
        # list of names inside it, breaks nothing.
        (
            "Sall questioned whether Paris, after leaving Mali, Niger and Chad, was still a partner.",
            [
                (
                    "Sall",
                    "questioned",
                    "whether Paris, after leaving Mali, Niger and Chad, was still a partner",
                )
            ],
        ),
        (
            "Wang said that China and Chile, as major trading nations, should deepen ties.",
            [("Wang", "said", "that China and Chile, as major trading nations, should deepen ties")],
        ),
        # Not closed by the clause's verb: the aside still ends the content.
        (
            "Wang said the talks were useful, despite the rain, and would resume soon.",
            [("Wang", "said", "the talks were useful")],
        ),
    ],
)
def test_a_subordinate_aside_inside_the_clause_keeps_the_content(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A participle saying what the noun before it is made of or spans goes on with
        # the speaker's clause.
        (
            "Misri said the minister had brought 80 people, comprising bankers and two governors.",
            "the minister had brought 80 people, comprising bankers and two governors",
        ),
        (
            "Odinga said the two sides signed seven agreements, covering roads, ports and health.",
            "the two sides signed seven agreements, covering roads, ports and health",
        ),
        # The reporter's participle of a consequence still ends the content.
        (
            "Odinga said the two sides signed seven agreements, prompting protests from traders.",
            "the two sides signed seven agreements",
        ),
    ],
)
def test_participle_describing_the_noun_stays_in_the_content(
    text: str, content: str, statement_rows: Rows
) -> None:
    assert [row[2] for row in statement_rows(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Boakai said the island was Liberian territory \u2014 a position Freetown rejects \u2014 and "
            "that Monrovia would defend it."
        ),
        (
            "Boakai said the island was Liberian territory, a position Freetown rejects, and that "
            "Monrovia would defend it."
        ),
    ],
)
def test_reported_clause_resumes_after_the_reporters_aside(text: str, statement_rows: Rows) -> None:
    # The aside is left out; "and that ..." after it goes on with the speaker's clause.
    assert [row[2] for row in statement_rows(text)] == [
        "the island was Liberian territory and that Monrovia would defend it"
    ]


def test_a_clause_of_its_own_after_the_aside_is_not_resumed(statement_rows: Rows) -> None:
    text = "Boakai said the island was Liberian \u2014 a claim Freetown disputes \u2014 and Accra protested."
    assert [row[2] for row in statement_rows(text)] == ["the island was Liberian"]
