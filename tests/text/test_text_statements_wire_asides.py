"""
Wire-copy shapes around a source: asides after quotations, appositive chains, trailing sources.

- a reporter's aside after a comma inside closing quotation marks ('“...,” a charge the
  presidency denied') is not a statement, and the statement before it is kept;
- a name, then two appositives (or a lawmaker's party and state, then an appositive) is
  one source that starts at the name;
- "according to X" ends before the reporter's participle or subordinate clause after it,
  and a plural subject's plain verb resumes the clause ("Some officials, according to X,
  want ...");
- '“...,” X was quoted as saying at the outset of the meeting' is a direct statement.

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
                "Senator Ama Boateng said in a statement that the minister had hired "
                "“a fleet of private jets,” a charge the ministry denied."
            ),
            [
                (
                    "Senator Ama Boateng",
                    "said in a statement",
                    "that the minister had hired “a fleet of private jets,”",
                )
            ],
        ),
        (
            "The union called the pay offer “an insult,” an accusation the employers rejected on Friday.",
            [("The union", "called", "the pay offer “an insult,”")],
        ),
        # Without the aside, a quotation and a later tag are one statement as before.
        (
            "“The offer is an insult,” the union said.",
            [("the union", "said", "“The offer is an insult,”")],
        ),
    ],
)
def test_aside_after_closing_comma(text: str, rows: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            (
                "Marta Kowalczyk, director of the Institute of Baltic Affairs, a think tank that advises "
                "the Senate, told reporters the pipeline was safe."
            ),
            (
                "Marta Kowalczyk, director of the Institute of Baltic Affairs, a think tank that advises "
                "the Senate,"
            ),
        ),
        (
            (
                "Rep. Joaquin Castro, D-Texas, a member of the Intelligence Committee, said the sale "
                "should be delayed."
            ),
            "Rep. Joaquin Castro, D-Texas, a member of the Intelligence Committee,",
        ),
        ("Sen. Tim Kaine, D-Va., said the sale should be delayed.", "Sen. Tim Kaine, D-Va.,"),
        ("Sen. Chris Murphy, D-Conn., said the sale should be delayed.", "Sen. Chris Murphy, D-Conn.,"),
        (
            "Rep. Ann Kuster, D-N.H., a member of the committee, said the sale should be delayed.",
            "Rep. Ann Kuster, D-N.H., a member of the committee,",
        ),
        # Not a name before the chain: a fronted place or time stays out of the source.
        (
            "In Warsaw, Poland's deputy minister, Anna Nowak, said the pipeline was safe.",
            "Poland's deputy minister, Anna Nowak,",
        ),
        (
            "On Friday, Nowak, the deputy minister, said the pipeline was safe.",
            "Nowak, the deputy minister,",
        ),
    ],
)
def test_appositive_chain_source(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            (
                "Kenya has since sent police officers to Haiti, according to Kenyan officials, "
                "in a move that critics called hasty."
            ),
            ("Kenyan officials", "according to", "Kenya has since sent police officers to Haiti"),
        ),
        (
            (
                "Zambia owes Beijing about $4 billion, according to the country's treasury, "
                "making China its largest creditor."
            ),
            ("the country's treasury", "according to", "Zambia owes Beijing about $4 billion"),
        ),
        (
            "Exports to Europe fell sharply, according to customs data, as demand slowed.",
            ("customs data", "according to", "Exports to Europe fell sharply"),
        ),
        # The warrant of the source stays in it (as in the dev gold).
        (
            "The trip will include Seoul, according to Yonhap, citing government sources.",
            ("Yonhap, citing government sources", "according to", "The trip will include Seoul"),
        ),
        (
            (
                "Some Senegalese officials, according to diplomats briefed on the talks, want the base "
                "to close by June."
            ),
            (
                "diplomats briefed on the talks",
                "according to",
                "Some Senegalese officials want the base to close by June",
            ),
        ),
    ],
)
def test_according_source_end(text: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(text) == [row]


def test_quoted_as_saying_with_adjunct(statement_rows: Rows) -> None:
    text = "“Mongolia is a partner,” Ishiba was quoted by the official as saying at the start of the talks."
    assert statement_rows(text) == [
        ("Ishiba", "was quoted by the official as saying", "“Mongolia is a partner,”")
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # The outermost attribution only (PolNeAR): the speech verb inside is content.
        (
            (
                "Albanese, according to the Australian government's summary of the call, told Luxon that "
                "Canberra would join the patrols."
            ),
            (
                "the Australian government's summary of the call",
                "according to",
                "Albanese told Luxon that Canberra would join the patrols",
            ),
        ),
        # A one-word subject before a mid tag is content as well.
        (
            "Hungary, Orban noted, is grateful for the support.",
            ("Orban", "noted", "Hungary is grateful for the support"),
        ),
    ],
)
def test_one_word_subject_before_mid_source(
    text: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert statement_rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Secretary (West) in the External Affairs Ministry Tanmaya Lal said the leaders discussed rail.",
            "Secretary (West) in the External Affairs Ministry Tanmaya Lal",
        ),
        # An agency's bracket after a dateline is no title.
        (
            "Nairobi (AFP) - Kenyan President William Ruto said the deal was fair.",
            "Kenyan President William Ruto",
        ),
    ],
)
def test_bracketed_title_in_source(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "think tank" is a noun.
        (
            "Aly Verjee, chief analyst at the Rift Valley think tank in Nairobi, said the talks were weak.",
            [
                (
                    "Aly Verjee, chief analyst at the Rift Valley think tank in Nairobi,",
                    "said",
                    "the talks were weak",
                )
            ],
        ),
        # A wire byline is no statement.
        ("Reporting by Ana Flor in Brasilia; Editing by Paul Simao", []),
        # An author's work is no statement; the quotation goes on with the speaker.
        (
            (
                "“Beijing is losing patience,” said Ana Flor, a fellow at the institute who has written "
                "a book on Brazil-China ties."
            ),
            [("Ana Flor", "said", "“Beijing is losing patience,”")],
        ),
        # An article and a participle or title open the appositive; the name before it too.
        (
            (
                "Amani Ndege, the founding director of Kilele Advisory, a Nairobi think tank, said "
                "neither side could win."
            ),
            [
                (
                    "Amani Ndege, the founding director of Kilele Advisory, a Nairobi think tank,",
                    "said",
                    "neither side could win",
                )
            ],
        ),
        # An age between the name and a relative clause.
        (
            "Ochieng, 71, who fled to London after the vote, told VOA the talks were a trap.",
            [("Ochieng, 71", "told", "the talks were a trap")],
        ),
        # "a ruling ... reject" is the reporter's aside.
        ("The court ruled that the strait was open, a ruling Bolivian nationalists still reject.", []),
    ],
)
def test_source_shapes_round3(text: str, rows: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # Plain-text wire copy types a dash as a hyphen between spaces: the reporter's comment
        # after it is left out, and a relative clause between two of them stays out of the source.
        (
            "Kenyan officials say the levy breaks no trade rule - a position Kampala rejects.",
            [("Kenyan officials", "say", "the levy breaks no trade rule")],
        ),
        (
            "The governor of Kano - who visited Lagos last week - said the port would reopen in May.",
            [("The governor of Kano", "said", "the port would reopen in May")],
        ),
        # An aside between such dashes inside the reported clause stays in the content.
        (
            "The envoy said the ceasefire - agreed in June - was holding.",
            [("The envoy", "said", "the ceasefire - agreed in June - was holding")],
        ),
        # Hyphens inside words and ranges are no dashes.
        (
            "Exports through the Busia-Malaba crossing grew in 2019-2021, the minister said.",
            [("the minister", "said", "Exports through the Busia-Malaba crossing grew in 2019-2021")],
        ),
    ],
)
def test_spaced_hyphen_is_a_dash(text: str, rows: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(text) == rows
