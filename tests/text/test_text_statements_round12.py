"""
Round 12 misses: statement sources and content edges in news paragraphs.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Span

_HEAD = (
    "Indian Prime Minister Narendra Modi met Pakistani Prime Minister Shehbaz Sharif in Delhi on Tuesday. "
)


def _cut(text: str, span: Span | None) -> str:
    return text[span.start : span.end] if span is not None else ""


def _rows(text: str) -> list[tuple[str, str, str]]:
    record = extract(_HEAD + text)
    t = record.source.text
    return [
        (_cut(t, s.speaker_mention), _cut(t, s.cue), " ".join(t[c.start : c.end] for c in s.content))
        for s in record.statements
        if s.cue is None or s.cue.start >= len(_HEAD)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A name the lexicon knows whole opens the content after "warned"/"told".
        ("Modi warned the United States would pay a price.", "the United States would pay a price"),
        ("Sharif warned Saudi Arabia would lose credibility.", "Saudi Arabia would lose credibility"),
        ("Modi told the European Union it had to act.", "it had to act"),
        # An audience, then a country or a capital that is the content's subject.
        ("Modi told Sharif India would respond to any attack.", "India would respond to any attack"),
        ("Sharif told his counterpart Islamabad had no role.", "Islamabad had no role"),
        ("Modi told the Financial Times Pakistan would not win.", "Pakistan would not win"),
        # "States" inside "the United States" is no reporting verb ending the audience.
        ("Sharif told the United States that Islamabad was ready.", "that Islamabad was ready"),
        # A subject pronoun after an audience with an article opens the content.
        ("Modi told the visiting envoy he had to act.", "he had to act"),
        ("Sharif told the BBC it would not back down.", "it would not back down"),
        # A phrase with a determiner before an auxiliary is the subject, never the one told.
        ("Sharif warned the move would destabilise the region.", "the move would destabilise the region"),
        ("Modi warned the Pakistani army could face a response.", "the Pakistani army could face a response"),
        # A name the lexicon knows inside the phrase opens no content of its own.
        ("Modi warned the Afghan Taliban would not change.", "the Afghan Taliban would not change"),
        ("Modi told the Bank of Japan would help.", "the Bank of Japan would help"),
        ("Sharif assured his hosts Pakistan had no such plans.", "Pakistan had no such plans"),
    ],
)
def test_named_subject_after_telling_verb(text: str, content: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0][2] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The audience alone: no name the lexicon knows, or one inside an institution's name.
        ("Modi told Sharif that India would respond.", "that India would respond"),
        ("Modi warned Pakistan against any attack.", "Pakistan against any attack"),
    ],
)
def test_audience_stays_out_of_content(text: str, content: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0][2] == content


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The meeting ran long. Sharif: \u201cWe will not accept this.\u201d",
            ("Sharif", ":", "\u201cWe will not accept this.\u201d"),
        ),
        (
            'Talks ended late. Prime Minister Narendra Modi: "Dialogue must go on."',
            ("Prime Minister Narendra Modi", ":", '"Dialogue must go on."'),
        ),
        # An owner and a title before the name.
        (
            'Talks ended late. Modi\'s spokesman Randhir Jaiswal: "The talks were cordial."',
            ("Modi's spokesman Randhir Jaiswal", ":", '"The talks were cordial."'),
        ),
        # "was" and the manner of speaking before the colon.
        (
            "The meeting ran long. Sharif was blunt: \u201cWe will not accept this.\u201d",
            ("Sharif", ":", "\u201cWe will not accept this.\u201d"),
        ),
        (
            'Talks ended late. Modi was equally defiant: "Dialogue must go on."',
            ("Modi", ":", '"Dialogue must go on."'),
        ),
    ],
)
def test_person_colon_quotation_in_running_text(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        # A place, a country label or an institution before the colon: no speaker.
        'Talks ended late. Islamabad: "We will respond."',
        'Talks ended late. Pakistan: "Sanctions must go."',
        'Talks ended late. Islamabad was clear: "Sanctions must go."',
        'Talks ended late. Pakistan\'s foreign ministry: "We welcome the outcome."',
        # A colon after a lower-case word is no signature.
        'Talks ended late. The message was plain: "No more delays."',
        # No quotation after the colon: a label.
        "Talks ended late. Sharif: the talks were useful.",
    ],
)
def test_colon_quotation_needs_a_person_and_a_quotation(text: str) -> None:
    assert _rows(text) == []


def test_audience_with_determiner_before_that_stays_out() -> None:
    assert _rows("Sharif told the visiting delegation that the talks were useful.") == [
        ("Sharif", "told", "that the talks were useful")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A long "as" aside between the reported clause's subject and its verb.
        (
            (
                "Modi said that India and Pakistan, as the two largest countries of South Asia and "
                "its oldest rivals respectively, must talk."
            ),
            (
                "that India and Pakistan, as the two largest countries of South Asia and its oldest "
                "rivals respectively, must talk"
            ),
        ),
        (
            (
                "Sharif said the agreement, signed in 2019 after four years of talks between the "
                "two sides in Geneva, was still valid."
            ),
            (
                "the agreement, signed in 2019 after four years of talks between the two sides in "
                "Geneva, was still valid"
            ),
        ),
    ],
)
def test_long_aside_before_the_verb_keeps_the_content(text: str, content: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0][2] == content


def test_as_clause_after_the_verb_still_ends_the_content() -> None:
    rows = _rows(
        "Sharif said trade had grown, as both countries had expanded their links in energy, "
        "farming and mining over the past decade."
    )
    assert [r[2] for r in rows] == ["trade had grown"]


@pytest.mark.parametrize(
    "aside",
    ["flanked by army chief Asim Munir", "accompanied by his ministers", "surrounded by reporters"],
)
def test_past_participle_aside_after_tag_is_no_content(aside: str) -> None:
    text = f"\u201cWe will not bow to pressure,\u201d Sharif said on Tuesday, {aside}."
    assert _rows(text) == [("Sharif", "said", "\u201cWe will not bow to pressure,\u201d")]


def test_quotation_resumed_after_tag_still_joins() -> None:
    text = "\u201cWe will not bow,\u201d Sharif said, \u201cnor will we walk away.\u201d"
    assert _rows(text) == [
        ("Sharif", "said", "\u201cWe will not bow,\u201d \u201cnor will we walk away.\u201d")
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "\u201cThere can be no talks and terror together,\u201d Modi was heard telling Sharif.",
            ("Modi", "was heard telling", "\u201cThere can be no talks and terror together,\u201d"),
        ),
        (
            "In a video posted online, Sharif could be heard saying that Pakistan wanted peace.",
            ("Sharif", "could be heard saying", "that Pakistan wanted peace"),
        ),
    ],
)
def test_heard_saying_reports_speech(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "The case was heard by the Supreme Court on Monday.",
        "Explosions were heard across the capital during the visit.",
        "Sharif was heard in silence by the assembled delegates.",
    ],
)
def test_heard_without_saying_is_no_statement(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    "refusal",
    [
        ", but declined to give details",
        " but declined to give further details",
        ", but refused to provide a timeline",
    ],
)
def test_refusal_to_give_details_ends_the_content(refusal: str) -> None:
    rows = _rows(f"Sharif said the two sides also discussed Kashmir{refusal}.")
    assert rows == [("Sharif", "said", "the two sides also discussed Kashmir")]


def test_refusal_inside_the_content_stays() -> None:
    rows = _rows("Sharif said Islamabad declined to give details of the plan to the lenders.")
    assert [r[2] for r in rows] == ["Islamabad declined to give details of the plan to the lenders"]


def test_but_would_not_say_whether_is_the_speakers_refusal() -> None:
    rows = _rows("Sharif said the talks went well, but would not say whether a deal was near.")
    assert rows == [
        ("Sharif", "said", "the talks went well"),
        ("Sharif", "would not say", "whether a deal was near"),
    ]


def test_backshifted_would_not_say_stays_in_the_content() -> None:
    rows = _rows("Sharif said Delhi had agreed to the plan but would not say so publicly.")
    assert [r[2] for r in rows] == ["Delhi had agreed to the plan but would not say so publicly"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Sharif went on to say that Pakistan would support the plan.",
            ("Sharif", "went on to say", "that Pakistan would support the plan"),
        ),
        (
            "Modi goes on to add that trade must grow.",
            ("Modi", "goes on to add", "that trade must grow"),
        ),
    ],
)
def test_went_on_to_say_is_one_cue(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    ["Sharif went on to Lahore to meet party leaders.", "The talks went on to the early hours."],
)
def test_went_on_without_a_reporting_verb_is_no_statement(text: str) -> None:
    assert _rows(text) == []


def test_and_after_a_quotation_tag_is_the_speakers_next_act() -> None:
    rows = _rows("\u201cWe are ready,\u201d Sharif said, and praised the Indian leader's courage.")
    assert rows == [
        ("Sharif", "said", "\u201cWe are ready,\u201d"),
        ("Sharif", "praised", "the Indian leader's courage"),
    ]


def test_and_after_an_interrupting_tag_goes_on_with_the_clause() -> None:
    rows = _rows("The two leaders met at the palace, officials said, and discussed trade.")
    assert [r[2] for r in rows] == ["The two leaders met at the palace and discussed trade"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Sharif is quoted as having said that the talks were at a decisive stage.",
            ("Sharif", "is quoted as having said", "that the talks were at a decisive stage"),
        ),
        (
            "Modi was quoted by PTI as having told Sharif that India wanted peace.",
            ("Modi", "was quoted by PTI as having told", "that India wanted peace"),
        ),
        (
            "\u201cWe are neighbours,\u201d Sharif was quoted as having said.",
            ("Sharif", "was quoted as having said", "\u201cWe are neighbours,\u201d"),
        ),
    ],
)
def test_quoted_as_having_said(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Sharif was of the view that trade could double by 2030.",
            ("Sharif", "was of the view", "that trade could double by 2030"),
        ),
        (
            "The two leaders were also of the view that the corridor must open.",
            ("The two leaders", "were also of the view", "that the corridor must open"),
        ),
    ],
)
def test_was_of_the_view_that(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]


def test_of_the_view_without_be_has_no_holder() -> None:
    rows = _rows("Sharif spoke in support of the view that trade could double by 2030.")
    assert "Sharif" not in [source for source, _, _ in rows]


def _speakers(text: str) -> list[tuple[str, tuple[str, ...]]]:
    record = extract(_HEAD + text)
    t = record.source.text
    return [
        (_cut(t, s.speaker_mention), s.speakers)
        for s in record.statements
        if s.cue is not None and s.cue.start >= len(_HEAD)
    ]


def test_the_statement_refers_to_one_named_in_a_fronted_adjunct() -> None:
    found = _speakers(
        "In a joint statement issued after the talks, the two prime ministers said they would "
        "resume trade. The statement added that visas would be eased."
    )
    assert found[-1][0] == "The statement"
    assert set(found[-1][1]) == {"narendra-modi", "shehbaz-sharif"}


def test_a_statement_responded_to_is_not_the_sources_own() -> None:
    found = _speakers(
        "Responding to a statement by Islamabad, Modi said India would not back down. "
        "The statement said Pakistan wanted talks."
    )
    assert found[-1][0] == "The statement"
    assert "narendra-modi" not in found[-1][1]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Sharif's aides said privately they were relieved.", "they were relieved"),
        ("The ministry said separately the talks would resume in March.", "the talks would resume in March"),
        # "only" bears on the clause's subject and stays in it.
        (
            "Sharif said only the parliament could approve the deal.",
            "only the parliament could approve the deal",
        ),
    ],
)
def test_manner_adverb_before_a_bare_clause(text: str, content: str) -> None:
    assert [r[2] for r in _rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Sharif said tariffs had been discussed but would not go into details.",
            "tariffs had been discussed",
        ),
        (
            "Sharif said tariffs had been discussed, but declined to go into specifics.",
            "tariffs had been discussed",
        ),
        # No refusal: "go into" something else, or no negation.
        (
            "Sharif said Pakistan would not go into the red this year.",
            "Pakistan would not go into the red this year",
        ),
        (
            "Sharif said the talks would go into details of the tariff plan.",
            "the talks would go into details of the tariff plan",
        ),
    ],
)
def test_would_not_go_into_details(text: str, content: str) -> None:
    assert [r[2] for r in _rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Sharif suggested the African Union could play a larger role.",
            ("Sharif", "suggested", "the African Union could play a larger role"),
        ),
        (
            "Modi indicated India would join the corridor.",
            ("Modi", "indicated", "India would join the corridor"),
        ),
        ("Sharif complained the deal was unfair.", ("Sharif", "complained", "the deal was unfair")),
    ],
)
def test_weak_cue_with_a_bare_clause(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "Sharif suggested a new approach to the crisis.",
        "Modi highlighted the progress made since 2018.",
        "Sharif showed the visitors around the old fort.",
    ],
)
def test_weak_cue_with_an_object_is_no_statement(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Modi added that India and Pakistan, as nuclear powers, shared an interest in calm.",
            "that India and Pakistan, as nuclear powers, shared an interest in calm",
        ),
        (
            "Sharif said the two countries, despite their differences, agreed to keep talking.",
            "the two countries, despite their differences, agreed to keep talking",
        ),
    ],
)
def test_aside_then_past_verb_keeps_the_content(text: str, content: str) -> None:
    assert [r[2] for r in _rows(text)] == [content]


def test_as_clause_then_participle_still_ends_the_content() -> None:
    rows = _rows("Sharif said the talks were useful, as Modi arrived, greeted by protesters.")
    assert [r[2] for r in rows] == ["the talks were useful"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Modi was quoted by Pakistan's foreign ministry as telling Sharif that the talks must go on.",
            ("Modi", "was quoted by Pakistan's foreign ministry as telling", "that the talks must go on"),
        ),
        (
            "The plan was criticised by India's foreign ministry as one-sided.",
            ("India's foreign ministry", "was criticised", "The plan as one-sided"),
        ),
    ],
)
def test_passive_agent_with_an_owner(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]
