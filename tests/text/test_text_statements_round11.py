"""
Round 11 misses: speech cues and content edges found over the real-news corpus.

"charged that ..." is speech ("charged with", "charged the battery" are not); the paragraphs
are written for these tests (invented events; real-sounding names).
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
    ("text", "row"),
    [
        (
            "Modi charged that Islamabad had used terrorism as an instrument of policy.",
            ("Modi", "charged", "that Islamabad had used terrorism as an instrument of policy"),
        ),
        (
            "Critics charge that the deal favours Beijing.",
            ("Critics", "charge", "that the deal favours Beijing"),
        ),
        (
            "\u201cThey have used terrorism as policy,\u201d Modi charged.",
            ("Modi", "charged", "\u201cThey have used terrorism as policy,\u201d"),
        ),
    ],
)
def test_charged_that_is_speech(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "The police charged him with murder after the summit.",
        "Modi charged Islamabad with sheltering militants.",
        "He was charged with fraud after the talks.",
        "Prosecutors dropped the charges that were filed against him.",
        "The delegation charged its phones at the airport.",
    ],
)
def test_charged_without_that_is_no_speech(text: str) -> None:
    assert [r for r in _rows(text) if r[1].startswith("charge")] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A bare clause whose subject is one name: no audience.
        ("Modi warned Pakistan would pay a heavy price.", "Pakistan would pay a heavy price"),
        ("Sharif insisted Islamabad had no role in the attack.", "Islamabad had no role in the attack"),
        ("Modi warned the Taliban would exploit the vacuum.", "the Taliban would exploit the vacuum"),
        # The one warned is part of what he is warned to do, as with "warned ... against".
        ("Modi warned Islamabad not to test India's patience.", "Islamabad not to test India's patience"),
        ("Modi warned Islamabad to stop the shelling.", "Islamabad to stop the shelling"),
    ],
)
def test_a_name_after_the_cue_opens_the_clause(text: str, content: str) -> None:
    assert [r[2] for r in _rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # An audience, then "that" or a second name: the audience stays out.
        ("Modi warned Pakistan that it would pay a heavy price.", "that it would pay a heavy price"),
        ("Modi told Sharif that the talks were useful.", "that the talks were useful"),
        ("Modi told reporters the talks would continue.", "the talks would continue"),
    ],
)
def test_an_audience_stays_out_of_the_content(text: str, content: str) -> None:
    assert [r[2] for r in _rows(text)] == [content]


def test_two_names_are_no_subject() -> None:
    # "told Sharif India would ...": whom he told is no part of the content (the subject
    # "India" is still dropped; a known miss).
    assert not _rows("Modi told Sharif India would not back down.")[0][2].startswith("Sharif")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "\u201cThe talks were useful.\u201d \u2014 Modi",
            ("Modi", "\u2014", "\u201cThe talks were useful.\u201d"),
        ),
        (
            '"We will not back down" -- Shehbaz Sharif.',
            ("Shehbaz Sharif", "--", '"We will not back down"'),
        ),
    ],
)
def test_a_quotation_signed_after_a_dash(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        # An outlet's credit or a place is no speaker; a phrase after the dash is no signature.
        '"The talks were useful" \u2014 Reuters.',
        '"The talks were useful" \u2014 New Delhi.',
        '"The talks were useful" \u2014 a view shared by many in Delhi.',
    ],
)
def test_no_person_after_the_dash_no_signature(text: str) -> None:
    assert [r for r in _rows(text) if r[1] in {"\u2014", "--"}] == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Pakistan was accused by India of harbouring militants.",
            ("India", "was accused", "Pakistan of harbouring militants"),
        ),
        (
            "Islamabad has been blamed by Delhi for the attack.",
            ("Delhi", "has been blamed", "Islamabad for the attack"),
        ),
        (
            "Pakistan was accused by the Ministry of External Affairs of backing the raid.",
            ("the Ministry of External Affairs", "was accused", "Pakistan of backing the raid"),
        ),
    ],
)
def test_an_accusation_in_the_passive_with_its_agent(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        # Without its agent the passive names no one; "the accused" is a noun.
        "Pakistan was accused of harbouring militants.",
        "The accused was brought before a court in Lahore.",
    ],
)
def test_an_accusation_without_an_agent_is_no_statement(text: str) -> None:
    assert [r for r in _rows(text) if "accused" in r[1]] == []


def test_a_warning_inside_an_officials_tag_is_the_officials_statement() -> None:
    # The outermost attribution convention (test_text_statements_nested_tags.py): the
    # official's tag takes the whole clause, "Modi warned that" included.
    text = "Modi warned that the sanctions would stay, an Indian official said."
    assert _rows(text) == [("an Indian official", "said", "Modi warned that the sanctions would stay")]
