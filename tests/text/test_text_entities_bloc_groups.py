"""
Unnamed groups of a bloc or a seat of government: "Western diplomats", "White House officials".

A bloc adjective names no one country and a seat of government is no person, so before these
rules "Western diplomats said" and "Kremlin officials said" gave their statements no speaker.
Paragraphs written for these tests; the events are made up.
"""

from __future__ import annotations

from bilateral.model import Group, Record
from bilateral.text import extract


def _groups(record: Record) -> dict[str, Group]:
    return {a.name: a for a in record.actors if isinstance(a, Group)}


def _speakers(record: Record) -> list[tuple[str, ...]]:
    names = {a.id: a.name for a in record.actors}
    return [tuple(names[s] for s in st.speakers) for st in record.statements]


def test_a_bloc_adjective_before_officials_makes_a_group_of_no_country() -> None:
    record = extract(
        "Talks in Chisinau\n\nMoldovan President Ana Lungu met Romanian Prime Minister Ilie Bolojan"
        " on Monday. Western diplomats said the talks had gone well. Gulf officials said they would"
        " send an observer. West African envoys said the summit should be delayed."
    )
    groups = _groups(record)
    assert groups["Western diplomats"].country is None
    assert groups["Gulf officials"].country is None
    assert "West African envoys" in groups
    assert ("Western diplomats",) in _speakers(record)
    assert ("Gulf officials",) in _speakers(record)


def test_a_seat_of_government_before_officials_makes_a_group_of_its_country() -> None:
    record = extract(
        "Sanctions review\n\nWhite House officials said on Tuesday the sanctions would stay."
        " Kremlin officials said Moscow would respond."
    )
    groups = _groups(record)
    assert groups["White House officials"].country == "US"
    assert groups["Kremlin officials"].country == "RU"
    assert _speakers(record)[:2] == [("White House officials",), ("Kremlin officials",)]


def test_one_unnamed_official_of_a_bloc_or_a_seat_after_an_indefinite() -> None:
    record = extract(
        "Border talks\n\nA senior European diplomat said the border would reopen. An Elysee official"
        " said Paris agreed. An Elysee adviser, speaking on condition of anonymity, said Dakar agreed."
    )
    groups = _groups(record)
    assert groups["European diplomat"].country is None
    assert groups["Elysee official"].country == "FR"
    assert _speakers(record) == [("European diplomat",), ("Elysee official",), ("Elysee adviser",)]


def test_no_group_without_the_indefinite_or_with_a_plain_place_or_noun() -> None:
    groups = _groups(
        extract(
            "Border talks\n\nThe European official said the border would reopen. Officials at the"
            " White House declined to comment. Western sanctions have hurt trade. Lima officials"
            " said the mayor was away."
        )
    )
    assert not any(name.startswith(("European", "White House", "Western", "Lima")) for name in groups)


def test_the_two_leaders_of_a_bloc_are_the_pair_not_a_group() -> None:
    record = extract(
        "Border deal\n\nKenyan President William Ruto and Tanzanian President Samia Suluhu Hassan met"
        " in Arusha on Monday. The two East African leaders pledged to reopen the crossing."
    )
    assert not any(name.endswith("leaders") for name in _groups(record))


def test_a_party_anaphor_after_a_possessive_pronoun_is_not_the_last_party_named() -> None:
    record = extract(
        "Vote\n\nThe ruling Armenian Harmony party won the vote. The opposition leader, Aram Sarkis,"
        " said his party had been cheated."
    )
    names = {a.id: a.name for a in record.actors}
    about = [names.get(x, x) for c in record.claims for x in c.about]
    assert "Armenian Harmony" not in about
