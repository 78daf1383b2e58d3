"""
Coordinated reporting nouns after a light verb, and "thanks" among them.

Gulf and South Asian agency copy writes "expressed his thanks and appreciation to the
Kingdom for ..." and "voiced concern and regret over ...": the two nouns share the owner,
the light verb and the content, as one noun does ("expressed his appreciation to ...").
"thanks" after a light verb is a reporting noun like "gratitude". Nouns without a light
verb or an owner ("Thanks and appreciation poured in", "received thanks") stay no cue.

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
                "The Omani foreign minister expressed his thanks and appreciation to Jordan for hosting "
                "the talks."
            ),
            [
                (
                    "The Omani foreign minister",
                    "expressed his thanks and appreciation to",
                    "Jordan for hosting the talks",
                )
            ],
        ),
        (
            "Al Busaidi conveyed his thanks to King Abdullah for the warm welcome.",
            [("Al Busaidi", "conveyed his thanks to", "King Abdullah for the warm welcome")],
        ),
        (
            "The two ministers voiced concern and regret over the shelling of the camp.",
            [("The two ministers", "voiced concern and regret over", "the shelling of the camp")],
        ),
    ],
)
def test_coordinated_nouns_share_the_cue(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Thanks and appreciation poured in from across the region after the rescue.",
        "The king received thanks and appreciation from the visiting delegation.",
        "Muscat's thanks and praise were published on the front page.",
    ],
)
def test_nouns_without_a_light_verb_say_nothing(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            (
                "The Omani foreign minister expressed his appreciation to Jordan for its mediation, and "
                "handed over a letter from Sultan Haitham."
            ),
            [("The Omani foreign minister", "expressed his appreciation to", "Jordan for its mediation")],
        ),
        (
            "Al Busaidi voiced concern over the shelling, and urged both sides to return to talks.",
            [
                ("Al Busaidi", "voiced concern over", "the shelling"),
                ("Al Busaidi", "urged", "both sides to return to talks"),
            ],
        ),
    ],
)
def test_a_second_verb_phrase_ends_the_nouns_content(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


def test_a_list_inside_the_content_stays(statement_rows: Rows) -> None:
    text = "Al Busaidi voiced concern over the shelling of Gaza, Rafah and Khan Younis, and the blockade."
    assert statement_rows(text) == [
        ("Al Busaidi", "voiced concern over", "the shelling of Gaza, Rafah and Khan Younis, and the blockade")
    ]


def test_a_light_verb_is_never_the_subject_of_the_noun_after_it(statement_rows: Rows) -> None:
    # After a quotation ends the first content, "hope" is not a verb whose subject is
    # "voiced": the coordinated light-verb phrase goes on with the first speaker's words.
    rows = statement_rows(
        "Talks in Tashkent\n\n"
        'Mirziyoyev said Uzbekistan would "keep the railway open to all" and voiced hope that '
        "the corridor would carry freight by spring.\n"
    )
    assert [row[0] for row in rows] == ["Mirziyoyev"]
    assert rows[0][2].endswith("voiced hope that the corridor would carry freight by spring")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # The light verb with its subject keeps the noun cue.
        (
            "The two envoys expressed hope that the pass would reopen before winter.",
            ("The two envoys", "expressed hope", "that the pass would reopen before winter"),
        ),
        # A past participle closing a relative clause is no light verb: "hope" is the verb.
        (
            "Traders who travelled hope the pass will reopen before winter.",
            ("Traders who travelled", "hope", "the pass will reopen before winter"),
        ),
    ],
)
def test_hope_after_other_words_is_unchanged(
    text: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert statement_rows("Talks in Tashkent\n\n" + text) == [row]
