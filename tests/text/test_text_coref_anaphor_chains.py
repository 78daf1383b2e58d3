"""
Chains of "the official" and pairs of ministers that include a cabinet secretary.

The paragraphs were written for these tests in the styles of Kyodo, VOA and Reuters; the
people and events are invented or composed from public roles.
"""

from __future__ import annotations

from bilateral.model import Group, Person
from bilateral.text import extract


def _speakers(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[i] for i in s.speakers] for s in record.statements]


def test_a_second_the_official_refers_back_through_the_first() -> None:
    text = (
        "The two foreign ministers met for an hour in Hanoi, a South Korean official told reporters."
        " They agreed to open a consulate in Da Nang, according to the official."
        " The ministers also discussed supply chains, the official said."
    )
    record = extract(text)
    group = next(a for a in record.actors if isinstance(a, Group))
    assert group.name == "South Korean official"
    assert [s.speakers for s in record.statements][-2:] == [(group.id,), (group.id,)]


def test_the_official_after_a_named_official_stays_unresolved() -> None:
    text = (
        "Deputy Foreign Minister Kim Jin-a told reporters the meeting went well."
        " An hour later the official said the talks would continue, the official said."
    )
    speakers = _speakers(text)
    assert ["Kim Jin-a"] in speakers
    assert not any(s and s != ["Kim Jin-a"] for s in speakers)


def test_the_two_ministers_include_a_defense_secretary_not_an_analyst() -> None:
    text = (
        "U.S. Defense Secretary Lloyd Austin hosted his Estonian counterpart, Hanno Pevkur, at the"
        " Pentagon on Monday. Kalev Stoicescu of the International Centre for Defence and Security"
        " in Tallinn said the visit was overdue."
        " The two ministers agreed to meet again in Vilnius in June."
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors if isinstance(a, Person)}
    agreed = next(
        s for s in record.statements if "meet again" in text[s.content[0].start : s.content[-1].end]
    )
    assert sorted(names[i] for i in agreed.speakers) == ["Hanno Pevkur", "Lloyd Austin"]


def test_the_two_ministers_skip_a_press_secretary() -> None:
    text = (
        "Kenyan Defense Minister Soipan Tuya met her Ugandan counterpart, Jacob Oboth, in Kampala."
        " Press Secretary Anne Kiguta said the talks were cordial."
        " The two ministers later signed a border protocol, Kiguta said."
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors if isinstance(a, Person)}
    mentions = list(record.meetings)
    assert mentions
    assert sorted(names[p] for p in mentions[0].participants if p in names) == ["Jacob Oboth", "Soipan Tuya"]


def _resolve(text: str, phrase: str) -> list[str]:
    from bilateral.model import Source, Span  # noqa: PLC0415
    from bilateral.text import default_pipeline  # noqa: PLC0415
    from bilateral.text._coref import resolve_speaker  # noqa: PLC0415

    doc = (
        default_pipeline().without("statements").without("claims").without("meetings").run(Source(text=text))
    )
    at = text.rindex(phrase)
    names = {a.id: a.name for a in doc.actors}
    return [names[i] for i in resolve_speaker(doc, Span(start=at, end=at + len(phrase)))]


_WAM = (
    "ABU DHABI, 4th March, 2027 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan"
    " today received Bola Ahmed Tinubu, President of the Federal Republic of Nigeria.\n\n"
    "During the meeting, His Highness and the Nigerian President discussed trade and investment."
)


def test_the_style_and_a_titled_guest_are_both_speakers() -> None:
    assert _resolve(_WAM, "His Highness and the Nigerian President") == [
        "Mohamed bin Zayed Al Nahyan",
        "Bola Ahmed Tinubu",
    ]


def test_the_style_alone_is_still_the_ruler() -> None:
    assert _resolve(_WAM, "His Highness") == ["Mohamed bin Zayed Al Nahyan"]


def test_the_style_and_an_unknown_person_resolve_to_nothing() -> None:
    text = _WAM + " His Highness and the visiting delegation head later toured the port."
    assert _resolve(text, "His Highness and the visiting delegation head") == []


def test_the_secretary_is_the_secretary_of_state_named_before() -> None:
    text = (
        "Secretary of State Marco Rubio met Indonesian Foreign Minister Sugiono in Washington on"
        " Tuesday. The secretary said the two countries would expand naval exercises."
    )
    assert _speakers(text) == [["Marco Rubio"]]


def test_the_secretary_without_a_secretary_named_is_no_one() -> None:
    text = (
        "Indonesian Foreign Minister Sugiono met Thai Foreign Minister Sihasak Phuangketkeow in"
        " Bangkok. The secretary said the minutes would be published."
    )
    assert _speakers(text) == [[]]


def test_a_named_persons_host_is_the_last_person_of_another_country() -> None:
    text = (
        "Philippine Foreign Secretary Theresa Lazaro met Japanese Foreign Minister Takeshi Iwaya in"
        " Tokyo on Monday. Lazaro said the talks were warm. Lazaro's host later wrote on X that the"
        " meeting had been productive."
    )
    assert _speakers(text)[-1] == ["Takeshi Iwaya"]


def test_a_host_with_no_one_from_elsewhere_named_is_no_one() -> None:
    text = (
        "Kenyan President William Ruto toured a factory in Nairobi on Monday. Ruto's host later"
        " said the plant would double its output."
    )
    assert _speakers(text)[-1] == []
