"""
"All three said ...", "all four leaders": a counted subject is the people the story just named.

As "the three leaders", the count must match the people just named (two named make "all
three" no one's). The paragraphs were written for these tests in the style of wire copy.
"""

from __future__ import annotations

from bilateral.text import extract

_SUMMIT = (
    "TOKYO (AP) - Japanese Prime Minister Shigeru Ishiba, South Korean President Lee Jae-myung"
    " and U.S. President Donald Trump met in Tokyo on Friday.\n\n"
)


def _speakers(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [sorted(names[i] for i in s.speakers) for s in record.statements]


def test_all_three_is_the_three_people_of_the_summit() -> None:
    text = _SUMMIT + "All three said they would deepen security cooperation."
    assert _speakers(text) == [["Donald Trump", "Lee Jae-myung", "Shigeru Ishiba"]]


def test_all_three_leaders_is_the_three_people_of_the_summit() -> None:
    text = _SUMMIT + "All three leaders said North Korea must give up its nuclear weapons."
    assert _speakers(text) == [["Donald Trump", "Lee Jae-myung", "Shigeru Ishiba"]]


def test_the_three_leaders_still_is_the_three() -> None:
    text = _SUMMIT + "The three leaders said the talks were productive."
    assert _speakers(text) == [["Donald Trump", "Lee Jae-myung", "Shigeru Ishiba"]]


def test_all_three_after_two_people_is_no_one() -> None:
    text = (
        "TOKYO (AP) - Japanese Prime Minister Shigeru Ishiba met South Korean President Lee"
        " Jae-myung in Tokyo on Friday.\n\nAll three said they would deepen security cooperation."
    )
    assert _speakers(text) == [[]]


def test_all_four_after_three_people_is_no_one() -> None:
    text = _SUMMIT + "All four said the region must stay stable."
    assert _speakers(text) == [[]]


def test_all_of_them_and_all_countries_are_no_people() -> None:
    text = _SUMMIT + "All three countries said the region must stay stable."
    assert _speakers(text) == [[]]
