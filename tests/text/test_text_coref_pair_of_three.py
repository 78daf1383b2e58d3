"""
"The two" / "Both men" after three people were named.

The pair is the two the text set apart ("Biden and Kishida met first. Both men said"); when
the last two named were named with a third in one sentence, no pair stands out and the
phrase gets no speakers rather than two picked by order. The paragraphs were written for
these tests in the style of wire copy.
"""

from __future__ import annotations

from bilateral.text import extract


def _speakers(text: str) -> list[set[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [{names[i] for i in s.speakers} for s in record.statements]


def test_the_two_after_three_named_together_is_no_one() -> None:
    text = (
        "BERLIN, April 9 (AFP) - German Chancellor Olaf Scholz, French President Emmanuel"
        " Macron and Polish Prime Minister Donald Tusk met in Berlin on Friday.\n\nThe two"
        " said Europe must spend more on defence."
    )
    assert _speakers(text)[-1] == set()


def test_both_leaders_after_a_trilateral_lead_is_no_one() -> None:
    text = (
        "President Joe Biden hosted Japanese Prime Minister Fumio Kishida and Philippine"
        " President Ferdinand Marcos Jr. at the White House on Thursday. Both leaders said"
        " the region faced new threats."
    )
    assert _speakers(text)[-1] == set()


def test_both_men_after_two_set_apart_from_the_third() -> None:
    # Near miss: the last sentence naming the pair leaves the third out.
    text = (
        "President Joe Biden hosted Japanese Prime Minister Fumio Kishida and Philippine"
        " President Ferdinand Marcos Jr. at the White House on Thursday.\n\nBiden and Kishida"
        " met first for bilateral talks. Both men said the alliance had never been stronger."
    )
    assert _speakers(text)[-1] == {"Joe Biden", "Fumio Kishida"}


def test_the_three_leaders_after_three_named_together() -> None:
    # Near miss: a count that takes in all of them.
    text = (
        "German Chancellor Olaf Scholz, French President Emmanuel Macron and Polish Prime"
        " Minister Donald Tusk met in Berlin on Friday. The three leaders said Europe must"
        " spend more on defence."
    )
    assert _speakers(text)[-1] == {"Olaf Scholz", "Emmanuel Macron", "Donald Tusk"}


def test_the_two_after_a_two_person_meeting() -> None:
    # Near miss: two named, no third.
    text = (
        "Japanese Prime Minister Shigeru Ishiba held talks with Malaysian Prime Minister Anwar"
        " Ibrahim in Tokyo on Monday. The two said they had agreed to expand trade."
    )
    assert _speakers(text)[-1] == {"Shigeru Ishiba", "Anwar Ibrahim"}
