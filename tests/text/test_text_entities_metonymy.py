"""
Capital-city metonymy: a capital acting stands for its country's government.

Every snippet is written for this test, in the styles of wire copy, broadsheets and
broadcasters' web pages; none is taken from the dev set.
"""

from __future__ import annotations

import pytest

from bilateral.model import Country, Source
from bilateral.text import extract
from bilateral.text._document import Document
from bilateral.text._entities import EntityStage


def run(text: str) -> Document:
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    return doc


def refers_to(doc: Document, surface: str, occurrence: int = 0) -> tuple[tuple[str, ...], str | None]:
    """The actors and the place recorded for the *occurrence*-th *surface* in the text."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(surface, start + 1)
    found = [m for m in doc.mentions if m.span.start == start and m.span.end == start + len(surface)]
    assert found, f"no mention of {surface!r} at {start}"
    return found[0].actors, found[0].place


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        ("New Delhi would not accept any mediation on Kashmir, officials made clear.", "New Delhi", "IN"),
        ("Washington said on Tuesday it was deeply concerned by the vote.", "Washington", "US"),
        ("Moscow has rejected the allegations as baseless.", "Moscow", "RU"),
        ("Beijing accused the coast guard of dangerous maneuvers near the shoal.", "Beijing", "CN"),
        ("The sanctions imposed by Ottawa took effect at midnight.", "Ottawa", "CA"),
        ("Relations between Seoul and Tokyo have thawed since the spring.", "Seoul", "KR"),
        ("Relations between Seoul and Tokyo have thawed since the spring.", "Tokyo", "JP"),
        ("Canberra and Wellington agreed to pool their patrol aircraft.", "Wellington", "NZ"),
        ("The minister urged Tehran to return to the table.", "Tehran", "IR"),
        ("Ankara's position on the pipeline has hardened, diplomats say.", "Ankara", "TR"),
        ("Trade talks with Brasilia stalled over beef quotas.", "Brasilia", "BR"),
        ("The proposal was welcomed, according to Riyadh.", "Riyadh", "SA"),
        ("Paris has long insisted that the treaty be honored in full.", "Paris", "FR"),
        ("Hanoi on Thursday lodged a protest with Beijing over the survey ship.", "Hanoi", "VN"),
        ("Hanoi on Thursday lodged a protest with Beijing over the survey ship.", "Beijing", "CN"),
        ("Tokyo, for its part, said the visit was a private one.", "Tokyo", "JP"),
        ("New Delhi and Islamabad traded accusations after the shelling.", "Islamabad", "PK"),
        ("Seoul's military said the launch came shortly after dawn.", "Seoul", "KR"),
        ("Manila and Hanoi held talks on the maritime code on Friday.", "Hanoi", "VN"),
        ("The minister said Nairobi was ready to send more police officers.", "Nairobi", "KE"),
        ("Canberra is deeply concerned about the detention.", "Canberra", "AU"),
        ('The envoy said Ottawa and Canberra should "stop meddling."', "Ottawa", "CA"),
        ('The envoy said Ottawa and Canberra should "stop meddling."', "Canberra", "AU"),
    ],
)
def test_capital_acting_is_its_country(text: str, capital: str, country: str) -> None:
    doc = run(text)
    actors, place = refers_to(doc, capital)
    assert place is not None  # the city itself is still recorded
    assert len(actors) == 1
    found = next(a for a in doc.actors if a.id == actors[0])
    assert isinstance(found, Country)
    assert found.country == country


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The delegation landed in Washington late on Sunday.", "Washington"),
        ("She flew to New Delhi for the summit.", "New Delhi"),
        ("The Washington Post first reported the talks.", "Washington"),
        ("A Moscow-based analyst said the move was symbolic.", "Moscow"),
        ("New Delhi's airport was shut by fog for six hours.", "New Delhi"),
        ("He visited Beijing to open a trade fair.", "Beijing"),
        ("Officials from Tokyo arrived on Monday.", "Tokyo"),
        ("Moscow was hit by heavy snow overnight.", "Moscow"),
        ("London and Paris were hit by strikes on Monday.", "Paris"),
        ("Seoul's mayor opened the new subway line.", "Seoul"),
        ("Beijing, where the talks were held last spring, saw protests.", "Beijing"),
        ("Washington, D.C., hosted the summit.", "Washington"),
        ("Delegates from Manila and Hanoi met on the sidelines.", "Hanoi"),
        ("Nairobi was quiet on Sunday morning.", "Nairobi"),
    ],
)
def test_capital_as_a_place_refers_to_no_country(text: str, capital: str) -> None:
    doc = run(text)
    found = [m for m in doc.mentions if doc.text[m.span.start : m.span.end] == capital]
    countries = {a.id for a in doc.actors if isinstance(a, Country)}
    assert not any(set(m.actors) & countries for m in found)


def test_no_country_actor_for_a_capital_used_only_as_a_place() -> None:
    doc = run("The foreign ministers met in Canberra on Friday.")
    assert not any(isinstance(a, Country) for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Beijing said the exercises were routine and posed no threat.", "China"),
        ("The drills will continue, Seoul said in a statement.", "South Korea"),
        ("Moscow warned that it would respond to any new sanctions.", "Russia"),
    ],
)
def test_capital_speaker_resolves_to_the_country(text: str, speaker: str) -> None:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    assert record.statements
    assert [names[s] for s in record.statements[0].speakers] == [speaker]


def test_capital_claimant_is_the_country() -> None:
    record = extract("Washington insisted that the strait must stay open to shipping.")
    names = {a.id: a.name for a in record.actors}
    assert record.claims
    assert [names[c] for c in record.claims[0].claimants] == ["United States"]


def test_brussels_acting_is_the_european_union() -> None:
    doc = run("Brussels wants member states to share the cost of the new border agency.")
    actors, _ = refers_to(doc, "Brussels")
    assert [a.name for a in doc.actors if a.id in actors] == ["European Union"]
    assert not any(isinstance(a, Country) for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The two heads of state signed nine accords, according to the Elysee.", "Elysee"),
        ("The leaders spoke for two hours, according to the Kremlin.", "Kremlin"),
    ],
)
def test_a_seat_with_its_article_after_according_to_is_the_body(text: str, body: str) -> None:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [[names[i] for i in s.speakers] for s in record.statements] == [[body]]


def test_a_seat_after_in_the_stays_a_place() -> None:
    record = extract("The two leaders met in the Kremlin on Monday, according to Tass.")
    assert "Kremlin" not in [a.name for a in record.actors]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Neither Nairobi nor Addis Ababa wants a war over the port, the envoy said.", {"KE", "ET"}),
        ("Either Seoul or Tokyo will host the next round, officials said.", {"KR", "JP"}),
    ],
)
def test_capitals_coordinated_by_nor_or_or_act_together(text: str, countries: set[str]) -> None:
    record = extract(text)
    assert {a.country for a in record.actors if isinstance(a, Country)} >= countries


def test_capitals_coordinated_after_a_locative_stay_places() -> None:
    record = extract("The envoy will travel to Nairobi or Addis Ababa next week.")
    assert not [a for a in record.actors if isinstance(a, Country)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The two presidents signed four accords on Friday, the Kremlin press service said.", "Kremlin"),
        ("Macron will travel to Rabat in May, the Elysee press office said in a statement.", "Elysee"),
    ],
)
def test_a_seats_press_service_speaks_for_the_seat(text: str, body: str) -> None:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [[names[i] for i in s.speakers] for s in record.statements] == [[body]]


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister later took questions in the White House press room.",
        "She thanked the White House press corps before leaving for Ottawa.",
    ],
)
def test_a_seats_press_room_or_press_corps_is_no_speaker(text: str) -> None:
    assert "White House" not in [a.name for a in extract(text).actors]


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        # A destination after "for" and a verb of leaving, or after the place left.
        ("The foreign minister left Bahrain for Kuwait on Sunday evening.", "Kuwait", "kuwait-place"),
        ("The foreign minister left Bahrain for Kuwait on Sunday evening.", "Bahrain", "bahrain-place"),
        ("After the talks the envoy headed for Ethiopia, his aides said.", "Ethiopia", "ethiopia-place"),
        # "for" after anything else names no location.
        ("The minister reaffirmed support for Ukraine on Sunday.", "Ukraine", None),
        ("The minister left little room for Kuwait to object.", "Kuwait", None),
    ],
)
def test_a_destination_after_for_is_a_place(text: str, country: str, place: str | None) -> None:
    _, found = refers_to(run(text), country)
    assert found == place
