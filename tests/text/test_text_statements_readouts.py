"""
Readout and wire shapes: a coordinated action inside a reported clause, a courtesy call, and
a mid-sentence tag after a sentence adverb.

- "the ministry said the leaders “reaffirmed ...” and agreed to ...": the second past verb
  goes on with the reported clause's subject (the content runs through it); after a state
  ("said the talks were difficult and urged ...") or a present tense it is the speaker's;
- "called on X" without an infinitive is a visit, not an appeal ("called on X to ...");
- "Still, X said, the war had changed ...": the adverb is no content, the resumed clause is.

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
            (
                "In a readout, spokesman Matthew Miller said Blinken “underscored the need for restraint” "
                "and praised Jordan's role in delivering aid."
            ),
            [
                (
                    "spokesman Matthew Miller",
                    "said",
                    (
                        "Blinken “underscored the need for restraint” and praised Jordan's role in "
                        "delivering aid"
                    ),
                )
            ],
        ),
        (
            (
                "The Thai foreign ministry said in a statement that the two ministers reviewed border "
                "trade and agreed to reopen two crossings next month."
            ),
            [
                (
                    "The Thai foreign ministry",
                    "said in a statement",
                    (
                        "that the two ministers reviewed border trade and agreed to reopen two crossings "
                        "next month"
                    ),
                )
            ],
        ),
        # After a state or a plan the coordinated verb is the speaker's.
        (
            "Orban said the talks were difficult and urged Brussels to release the funds.",
            [
                ("Orban", "said", "the talks were difficult"),
                ("Orban", "urged", "Brussels to release the funds"),
            ],
        ),
        (
            "Lula said Brazil is ready to help and offered to host the next round.",
            [
                ("Lula", "said", "Brazil is ready to help"),
                ("Lula", "offered", "to host the next round"),
            ],
        ),
        # A verb of state in the reported clause is the speaker's view: what follows is theirs.
        (
            "Sall said Senegal valued its ties with Mauritania and described the talks as useful.",
            [
                ("Sall", "said", "Senegal valued its ties with Mauritania"),
                ("Sall", "described", "the talks as useful"),
            ],
        ),
        # A second speech verb stays the speaker's.
        (
            "Sanchez told reporters the two sides signed three accords and said more would follow.",
            [
                ("Sanchez", "told", "the two sides signed three accords"),
                ("Sanchez", "said", "more would follow"),
            ],
        ),
    ],
)
def test_coordinated_reported_action(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "The visiting minister also called on King Abdullah II at the royal palace.",
        "Later on Tuesday, Wong called on Prime Minister Anwar Ibrahim in Putrajaya.",
        "The envoy will call on President Tinubu before flying home.",
        "The envoy is scheduled to call on President Tinubu on Friday before leaving for Accra.",
    ],
)
def test_courtesy_call_is_no_statement(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministers called on both sides to return to talks.",
            "both sides to return to talks",
        ),
        (
            "The envoy called on Hamas, Israel and Egypt, the main parties, to accept the plan.",
            "Hamas, Israel and Egypt, the main parties, to accept the plan",
        ),
        (
            "The envoy called on Abuja for calm before leaving for Accra.",
            "Abuja for calm before leaving for Accra",
        ),
    ],
)
def test_appeal_is_a_statement(text: str, content: str, statement_rows: Rows) -> None:
    assert [row[2] for row in statement_rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Still, Haddad said, the drought had changed the calculus for exporters.",
            ("Haddad", "said", "the drought had changed the calculus for exporters"),
        ),
        (
            "However, the minister said, the pipeline would be finished on time.",
            ("the minister", "said", "the pipeline would be finished on time"),
        ),
        # A longer adverbial stays in the content, as before.
        (
            "In the end, Haddad said, the drought had changed the calculus.",
            ("Haddad", "said", "In the end the drought had changed the calculus"),
        ),
    ],
)
def test_adverb_before_tag(text: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A plain relative clause before a closing tag: the tag covers the whole sentence.
        (
            (
                "The two sides will upgrade the port of Mombasa, which handles most of the region's "
                "cargo, the official said."
            ),
            (
                "the official",
                "said",
                "The two sides will upgrade the port of Mombasa, which handles most of the region's cargo",
            ),
        ),
        # A relative clause with its own reporting verb stands alone (the dev gold's reading).
        (
            (
                "The loan followed a visit by Li Qiang, which Ruto described as “a turning point,” "
                "according to Xinhua."
            ),
            ("Xinhua", "according to", "which Ruto described as “a turning point,”"),
        ),
    ],
)
def test_relative_clause_before_tag(text: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "not ... but": the verb after "but" contrasts with the negated verb of the reported
        # clause and shares its subject.
        (
            "Mulino said Panama did not regard the visit as pressure but wanted a clear timetable.",
            [("Mulino", "said", "Panama did not regard the visit as pressure but wanted a clear timetable")],
        ),
        (
            "Mulino said Panama didn't seek a quarrel but warned that the canal was not for sale.",
            [("Mulino", "said", "Panama didn't seek a quarrel but warned that the canal was not for sale")],
        ),
        # Without the negation, or with a second "said", the speaker goes on.
        (
            "Mulino said Panama regarded the visit as pressure but urged calm.",
            [("Mulino", "said", "Panama regarded the visit as pressure"), ("Mulino", "urged", "calm")],
        ),
        (
            "Mulino said Panama did not want a quarrel but said the canal was not for sale.",
            [
                ("Mulino", "said", "Panama did not want a quarrel"),
                ("Mulino", "said", "the canal was not for sale"),
            ],
        ),
    ],
)
def test_verb_after_not_but_stays_in_the_report(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A backshifted "would" after "and" goes on with the clause reported by "said".
        (
            (
                "Arevalo said the joint commission would be chaired by the two foreign ministers and would "
                "report to both presidents twice a year."
            ),
            [
                (
                    "Arevalo",
                    "said",
                    (
                        "the joint commission would be chaired by the two foreign ministers and would report "
                        "to both presidents twice a year"
                    ),
                )
            ],
        ),
        (
            "Arevalo said his country wanted investment and would offer \u201cclear rules\u201d to firms.",
            [
                (
                    "Arevalo",
                    "said",
                    "his country wanted investment and would offer \u201cclear rules\u201d to firms",
                )
            ],
        ),
        # "said" with no clause of its own: the coordinated verb is the speaker's.
        (
            "Arevalo said little and would announce the deal on Friday.",
            [("Arevalo", "said", "little"), ("Arevalo", "would announce", "the deal on Friday")],
        ),
    ],
)
def test_backshifted_would_after_and_stays_in_the_report(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A wish or belief coordinated with a past reported clause is its subject's.
        (
            "Mulino said Panama was \u201cnot anyone's backyard\u201d and wanted \u201crespect.\u201d",
            [
                (
                    "Mulino",
                    "said",
                    "Panama was \u201cnot anyone's backyard\u201d and wanted \u201crespect.\u201d",
                )
            ],
        ),
        (
            "Mulino said that the government had studied the offer but hoped for better terms.",
            [("Mulino", "said", "that the government had studied the offer but hoped for better terms")],
        ),
        # After a present-tense clause, the past verb is the speaker's own.
        (
            "Mulino said Panama welcomes investors and hoped talks would resume.",
            [("Mulino", "said", "Panama welcomes investors"), ("Mulino", "hoped", "talks would resume")],
        ),
    ],
)
def test_belief_after_a_past_report_stays_in_it(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # Raising an issue or meeting someone is a reported action like "reviewed": the verb
        # coordinated after it shares the reported clause's subject.
        (
            "Heydari said Pezeshkian raised the issue of water rights and urged Kabul to release more water.",
            [
                (
                    "Heydari",
                    "said",
                    "Pezeshkian raised the issue of water rights and urged Kabul to release more water",
                )
            ],
        ),
        (
            "Heydari said Pezeshkian met the tribal elders and pledged aid for the border towns.",
            [("Heydari", "said", "Pezeshkian met the tribal elders and pledged aid for the border towns")],
        ),
    ],
)
def test_readout_actions_raise_and_meet(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows
