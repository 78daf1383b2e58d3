"""
Unnamed people of a country: "a Brazilian diplomat" is a group of one, "the diplomat" refers back.

Wire copy quotes officials it does not name ("A Ghanaian diplomat, who asked not to be named,
said ...") and goes on with a definite noun ("The diplomat said ..."). The gold names such a
claimant as a delegation is named ("Brazilian diplomat", like "Indian officials"), so the
first mention is a group of one of that country, and "the diplomat", "the official", "the
source" is the last such group whose noun the story used. Paragraphs written for this test;
the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilateral.model import Group, Record
from bilateral.text import extract

Speakers = Callable[[str | Record], dict[str, list[str]]]


_OPENING = "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Friday.\n\n"


@pytest.mark.parametrize(
    ("first", "second", "group"),
    [
        (
            "A Chilean diplomat, who asked not to be named, said the talks covered lithium.",
            "The diplomat said a second round would follow in Santiago.",
            "Chilean diplomat",
        ),
        (
            "A Peruvian diplomatic source told reporters the two presidents spoke alone for an hour.",
            "The source said Boluarte raised the border crossings.",
            "Peruvian diplomatic source",
        ),
        (
            "A senior Chilean official said the deal was ready.",
            "The official said it would be signed in March.",
            "Chilean official",
        ),
    ],
)
def test_the_noun_refers_back_to_the_unnamed_person(
    first: str, second: str, group: str, source_speakers: Speakers
) -> None:
    record = extract(_OPENING + first + " " + second)
    (actor,) = [a for a in record.actors if isinstance(a, Group)]
    assert actor.name == group
    assert actor.country is not None
    spoken = source_speakers(record)
    definite = second.split(" said", 1)[0]
    assert spoken[definite] == [group]
    assert [group] in spoken.values()


def test_a_named_diplomat_is_no_group_and_the_diplomat_is_them(source_speakers: Speakers) -> None:
    record = extract(
        _OPENING
        + "Chilean diplomat Alberto van Klaveren joined the talks. The Chilean diplomat said they went well."
    )
    assert not [a for a in record.actors if isinstance(a, Group)]
    assert source_speakers(record)["The Chilean diplomat"] == ["Alberto van Klaveren"]


def test_the_last_use_of_the_noun_decides(source_speakers: Speakers) -> None:
    # The last diplomat before "The diplomat" has no country or bloc: no older group is taken
    # instead. (A "European diplomat" may be a group of the bloc, so it is not used here.)
    record = extract(
        _OPENING + "A Chilean diplomat said the talks covered lithium. A diplomat in Lima said the"
        " visit was overdue. The diplomat said Brussels was watching."
    )
    assert source_speakers(record)["The diplomat"] == []


@pytest.mark.parametrize(
    ("first", "group"),
    [
        ("Chilean officials said the two presidents also discussed migration.", "Chilean officials"),
        ("Peruvian diplomats in Santiago said the visit had been planned for months.", "Peruvian diplomats"),
    ],
)
def test_the_plural_noun_refers_back_to_the_unnamed_group(
    first: str, group: str, source_speakers: Speakers
) -> None:
    # "White House officials said ... The officials said ...": the plural refers back as the
    # singular does, to the group the entity stage made of the first use.
    noun = group.rsplit(maxsplit=1)[-1]
    record = extract(_OPENING + first + f" The {noun} said a working group would meet in March.")
    spoken = source_speakers(record)
    assert spoken[first.split(" said", 1)[0]] == [group]
    assert spoken[f"The {noun}"] == [group]


def test_the_officials_with_only_bare_officials_before_stay_unresolved(source_speakers: Speakers) -> None:
    # Officials of no country or body are no group: "the officials" gets no older group either.
    record = extract(
        _OPENING + "Chilean officials said the talks covered lithium. Officials in Lima said the"
        " visit was overdue. The officials said more meetings would follow."
    )
    assert source_speakers(record)["The officials"] == []


def test_an_unrelated_definite_noun_stays_unresolved(source_speakers: Speakers) -> None:
    record = extract(_OPENING + "The official said the border would reopen on Monday.")
    assert source_speakers(record)["The official"] == []


def test_the_diplomat_with_none_introduced_is_the_foreign_minister_just_named() -> None:
    text = (
        "Peruvian President Jose Jeri spoke by phone with Bolivian President Rodrigo Paz on"
        " Friday.\n\nBolivia's foreign minister, Fernando Aramayo, told local radio the deal was"
        ' conditional. "Nothing is automatic," the diplomat said.'
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [names[i] for i in record.statements[-1].speakers] == ["Fernando Aramayo"]


def test_the_diplomat_after_a_trade_minister_is_no_one() -> None:
    text = (
        "Peruvian President Jose Jeri spoke by phone with Bolivian President Rodrigo Paz on"
        " Friday.\n\nBolivia's trade minister, Fernando Aramayo, told local radio the deal was"
        ' conditional. "Nothing is automatic," the diplomat said.'
    )
    assert extract(text).statements[-1].speakers == ()


def test_it_after_an_office_spoke_is_that_office() -> None:
    text = (
        "Peruvian President Jose Jeri spoke by phone with Bolivian President Rodrigo Paz on"
        " Friday.\n\nPaz's office said in a statement that the two leaders had agreed to lower"
        " tariffs. It said duties would fall to zero by March."
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [names[i] for i in record.statements[-1].speakers] == ["Rodrigo Paz"]


def test_it_after_a_person_spoke_is_no_one() -> None:
    text = (
        "Peruvian President Jose Jeri spoke by phone with Bolivian President Rodrigo Paz on"
        " Friday.\n\nPaz said the two leaders had agreed to lower tariffs. It said duties would"
        " fall to zero by March."
    )
    assert extract(text).statements[-1].speakers == ()
