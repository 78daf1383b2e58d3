"""
Title-case headlines, monarchs' titles that are given names, shared venues and "the Kingdom".

The paragraphs were written for these tests in the styles of VOA, Reuters and the Gulf
agencies; the people and events are invented or composed from public roles.
"""

from __future__ import annotations

import pytest

from bilateral.model import Country, Organization, Person
from bilateral.text import extract


def _orgs(text: str) -> set[str]:
    return {a.name for a in extract(text).actors if isinstance(a, Organization)}


@pytest.mark.parametrize(
    "title",
    [
        "Rubio, Gabonese Counterpart Discuss Port Security Mission",
        "Lesotho, Eswatini Leaders Sign Water Transfer Treaty",
        "Tinubu Hails Trade Mission From Brazil",
        "Nepal Pledges Support for Bhutan Refugee Council",
    ],
)
def test_a_title_case_headline_makes_no_organization_the_story_never_names(title: str) -> None:
    body = (
        "The two governments said on Tuesday that their officials had met in the capital and"
        " would meet again next month to review progress."
    )
    assert _orgs(f"{title}\n\n{body}") == set()


def test_a_headline_organization_the_story_names_is_still_one() -> None:
    text = (
        "Rubio Meets Southern African Development Community Envoys\n\n"
        "Secretary of State Marco Rubio met envoys of the Southern African Development Community"
        " in Washington on Friday. The Port Authority of Walvis Bay said it welcomed the talks.\n\n"
        "Port Authority of Walvis Bay Backs Corridor Plan"
    )
    orgs = _orgs(text)
    assert "Southern African Development Community" in orgs
    assert "Port Authority of Walvis Bay" in orgs


def test_a_verb_inside_a_headline_run_of_names_ends_the_subject() -> None:
    text = (
        "Mnangagwa Seeks Investors at Lusaka Forum\n\n"
        "Zimbabwean President Emmerson Mnangagwa asked investors in Lusaka on Monday to fund"
        " a new rail line, his spokesman said."
    )
    orgs = _orgs(text)
    assert not any("Seeks" in name or "Mnangagwa" in name for name in orgs)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            (
                "Afghan Foreign Minister Amir Khan Muttaqi arrived in Tashkent on Wednesday for talks"
                " with his Uzbek counterpart."
            ),
            "Amir Khan Muttaqi",
            "Foreign Minister",
        ),
        (
            (
                "Emirati Industry Minister Sultan Al Jaber told an energy forum in Abu Dhabi that output"
                " would rise next year."
            ),
            "Sultan Al Jaber",
            "Industry Minister",
        ),
        (
            "Amir Khan Muttaqi said on Sunday that Kabul wanted the railway finished by 2028.",
            "Amir Khan Muttaqi",
            None,
        ),
    ],
)
def test_a_monarchs_title_after_an_office_or_in_a_listed_name_is_a_given_name(
    text: str, name: str, title: str | None
) -> None:
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    assert name in persons
    titles = [r.title for r in persons[name].roles]
    assert titles == ([title] if title else [])


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Sultan Haitham bin Tarik received the Indian delegation in Muscat on Monday.",
            "Haitham bin Tarik",
            "Sultan",
        ),
        ("King Abdullah II met the Iraqi prime minister in Amman on Sunday.", "Abdullah II", "King"),
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan arrived in Cairo on Monday.",
            "Faisal bin Farhan",
            "Foreign Minister",
        ),
        ("Kuwait's Emir Sheikh Mishal met the visiting French minister on Tuesday.", "Mishal", "Emir"),
    ],
)
def test_a_monarchs_title_before_a_name_is_still_a_title(text: str, name: str, title: str) -> None:
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    assert name in persons
    assert title in [r.title for r in persons[name].roles]


def _venue_country(text: str, name: str) -> str | None:
    places = {p.name: p for p in extract(text).places}
    return places[name].country


def test_the_chancellery_of_a_story_in_another_capital_is_there() -> None:
    text = (
        "Austrian Chancellor Christian Stocker welcomed Slovak Prime Minister Robert Fico in Vienna"
        " on Thursday. The two men spoke for an hour at the Chancellery before lunch."
    )
    assert _venue_country(text, "Chancellery") == "AT"


def test_the_chancellery_said_in_a_warsaw_story_is_the_polish_one() -> None:
    record = extract(
        "Polish Prime Minister Donald Tusk met Lithuanian President Gitanas Nauseda in Warsaw on"
        " Friday. The Chancellery said the talks covered air defense."
    )
    places = {p.name: p for p in record.places}
    assert places["Chancellery"].country == "PL"


def test_the_chancellery_without_another_city_is_berlins() -> None:
    text = "Chancellor Friedrich Merz received the Kenyan president at the Chancellery on Tuesday."
    assert _venue_country(text, "Chancellery") == "DE"


def _kingdom(text: str) -> str | None:
    """The country of the actor "Kingdom" in *text* is a mention of, if any."""
    at = text.index("Kingdom")
    for actor in extract(text).actors:
        if isinstance(actor, Country) and any(m.start == at for m in actor.mentions):
            return actor.country
    return None


def test_the_kingdom_in_an_spa_story_is_saudi_arabia() -> None:
    text = (
        "RIYADH, March 3, 2027 (SPA) -- The Minister of Foreign Affairs received a phone call today"
        " from the Foreign Minister of Uruguay, who praised the Kingdom's efforts for peace."
        " The two countries agreed to open embassies."
    )
    assert _kingdom(text) == "SA"


def test_the_kingdom_is_the_one_kingdom_a_story_names() -> None:
    text = (
        "Jordanian and Chilean officials met in Santiago on Monday. A Chilean diplomat said"
        " the Kingdom had offered to train police officers."
    )
    assert _kingdom(text) == "JO"


def test_the_sultanate_is_the_sultanate_a_story_names() -> None:
    text = "Omani and Japanese officials met in Tokyo. Japan thanked the Sultanate for its mediation."
    at = text.index("Sultanate")
    oman = next(a for a in extract(text).actors if isinstance(a, Country) and a.country == "OM")
    assert any(m.start == at for m in oman.mentions)


@pytest.mark.parametrize(
    "text",
    [
        # Two kingdoms: no telling which.
        "Moroccan and Spanish ministers met in Rabat on Monday; the Kingdom would host the next round.",
        # No kingdom at all.
        "Kenyan and Ugandan ministers met in Kampala; the Kingdom was not mentioned.",
        # A formal name is the lexicon's ("the Kingdom of Bhutan"), not the story's state.
        "Kenyan and Saudi envoys met; the Kingdom of Bhutan sent an observer.",
    ],
)
def test_the_kingdom_is_left_alone_when_the_story_does_not_tell_one(text: str) -> None:
    assert _kingdom(text) in {None, "BT"}


_MINISTERS = ["Abraham Korir Sing'Oei", "Gedion Timothewos"]


def _headline_speakers(text: str) -> list[str]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    headline = next(
        s for s in record.statements if s.speaker_mention is not None and s.speaker_mention.start == 0
    )
    return [names[i] for i in headline.speakers]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kenya, Ethiopia foreign ministers say border talks to resume", _MINISTERS),
        ("Kenya, Ethiopia FMs say border talks to resume", _MINISTERS),
        ("Kenya, Ethiopia presidents say border talks to resume", ["William Ruto", "Taye Atske Selassie"]),
    ],
)  # fmt: skip
def test_a_headlines_two_countries_officials_are_the_ones_the_story_names(
    title: str, expected: list[str]
) -> None:
    body = (
        "Kenyan Foreign Minister Abraham Korir Sing'Oei met Ethiopian Foreign Minister Gedion"
        " Timothewos in Nairobi on Monday, a week after Kenyan President William Ruto spoke with"
        " Ethiopian President Taye Atske Selassie by phone."
    )
    assert sorted(_headline_speakers(f"{title}\n\n{body}")) == sorted(expected)


def test_a_headlines_officials_the_story_does_not_name_for_both_countries_are_no_one() -> None:
    text = (
        "Kenya, Ethiopia defense ministers say border talks to resume\n\n"
        "Kenyan Defense Minister Soipan Tuya said on Monday that talks with Ethiopia would resume."
    )
    assert "Soipan Tuya" not in _headline_speakers(text)
