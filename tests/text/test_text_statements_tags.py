"""
Closing attribution tags: "..., the spokesman added." / "..., a spokesperson said."

The tag attributes the whole clause before it: it must never stay inside the content of a
statement that clause contains. Snippets are written for this test in several outlets'
styles; none comes from the dev set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from collections.abc import Callable

    from bilateral.model import Record

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "King Abdullah stressed that the crossings must reopen without delay, the royal court added.",
            "the royal court",
            "added",
        ),
        (
            "The prime minister insisted the budget would be balanced by 2027, a spokesperson said.",
            "a spokesperson",
            "said",
        ),
        (
            "Ruto told parliament that the levy was final, his office added.",
            "his office",
            "added",
        ),
        (
            "Seoul has asked for a review of the tariff schedule, a trade ministry official replied.",
            "a trade ministry official",
            "replied",
        ),
    ],
)
def test_trailing_tag_is_not_inside_the_first_statements_content(
    text: str, source: str, cue: str, statement_rows: Rows
) -> None:
    found = statement_rows(text)
    tag = f"{source} {cue}"
    assert not any(tag in content for _, _, content in found)
    assert (source, cue) in {(s, c) for s, c, _ in found}


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Turnout was higher than expected, he added.", "added", "Turnout was higher than expected"),
        (
            "Aid convoys will resume next week, the agency added on Tuesday.",
            "added",
            "Aid convoys will resume next week",
        ),
        ("The border stays shut, she replied, citing the court ruling.", "replied", "The border stays shut"),
        (
            "The corridor will stay open through the winter, she replied.",
            "replied",
            "The corridor will stay open through the winter",
        ),
        (
            "No date has been set for a second round, the embassy responded.",
            "responded",
            "No date has been set for a second round",
        ),
    ],
)
def test_weak_cue_closing_a_sentence_is_a_statement(
    text: str, cue: str, content: str, statement_rows: Rows
) -> None:
    found = statement_rows(text)
    assert [(c, body) for _, c, body in found] == [(cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Grain prices rose in March, but exports continued.",
        "The committee added a clause on data sharing to the draft.",
        "Two new members joined, and the bloc added.",
    ],
)
def test_no_tag_without_a_comma_framed_source(text: str, statement_rows: Rows) -> None:
    assert not any(cue in {"continued", "added"} for _, cue, _ in statement_rows(text))


def test_quoted_tag_still_reads_the_quotation(statement_rows: Rows) -> None:
    found = statement_rows("\u201cWe are not in a hurry,\u201d the envoy added.")
    assert found == [("the envoy", "added", "\u201cWe are not in a hurry,\u201d")]


def _speakers(record: Record) -> list[tuple[str, ...]]:
    names = {a.id: a.name for a in record.actors}
    return [tuple(names[x] for x in s.speakers) for s in record.statements]


def test_a_pronoun_tag_right_after_a_statement_goes_on_with_its_speaker() -> None:
    # State-agency style: the second minister's paragraph opens with "For his part," and
    # the next paragraph's closing "he said" is still that minister.
    text = (
        "Indonesian Foreign Minister Sugiono held talks with Brazilian Foreign Minister Mauro Vieira "
        "in Jakarta on Monday.\n\n"
        "Sugiono said that the two countries were natural partners in the Global South.\n\n"
        "For his part, Vieira said that Brazil valued Indonesia's role in ASEAN.\n\n"
        "Brazil is ready to expand trade in beef and palm oil, he said.\n"
    )
    assert _speakers(extract(text))[-2:] == [("Mauro Vieira",), ("Mauro Vieira",)]


def test_a_pronoun_tag_after_another_sentence_keeps_the_resolved_person() -> None:
    # A sentence without a statement lies between: the pronoun's own resolution stands.
    text = (
        "Indonesian Foreign Minister Sugiono held talks with Brazilian Foreign Minister Mauro Vieira "
        "in Jakarta on Monday.\n\n"
        "Vieira said that Brazil valued Indonesia's role in ASEAN.\n\n"
        "Sugiono later toured the port with business leaders.\n\n"
        "Trade in beef and palm oil will grow, he said.\n"
    )
    assert _speakers(extract(text))[-1] == ("Sugiono",)


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "The exchange over grain transit was frosty, one Western diplomat told VOA.",
            ("one Western diplomat", "told", "The exchange over grain transit was frosty"),
        ),
        (
            "Bamako has not paid its share of the dam, one senior Guinean official said.",
            ("one senior Guinean official", "said", "Bamako has not paid its share of the dam"),
        ),
        (
            "One Asian ambassador said the communique had been rewritten twice.",
            ("One Asian ambassador", "said", "the communique had been rewritten twice"),
        ),
        # A count of several keeps working as before.
        (
            "The summit ran late, two Gulf officials said.",
            ("two Gulf officials", "said", "The summit ran late"),
        ),
    ],
)
def test_a_count_of_one_before_an_adjective_opens_the_source(
    sentence: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert statement_rows("Talks in Conakry\n\n" + sentence) == [row]


def test_one_inside_no_one_is_no_source() -> None:
    # "no one" is nobody: the phrase after it names nothing that spoke.
    record = extract("Talks in Conakry\n\nNo one Western capital said so before the vote.\n")
    assert record.statements == ()
