"""
Speech verbs with a manner ("quipped", "retorted", "lamented", "commended") are cues.

The paragraphs were written for these tests in the style of wire copy; the people are
invented. The ambiguous verbs ("suggest", "hint", "muse") are weak: a cue only next to a
quotation or before "that".
"""

from __future__ import annotations

import pytest

from bilateral.text import extract
from bilateral.text._verbs import CueKind, Form, verb_cue

_LEAD = "Kenyan President Daniel Omondi met Ugandan President Ruth Nakato in Kampala on Monday. "


def _cues(text: str) -> list[tuple[str, list[str]]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    source = record.source.text
    return [
        (source[s.cue.start : s.cue.end] if s.cue is not None else "", [names[i] for i in s.speakers])
        for s in record.statements
    ]


@pytest.mark.parametrize(
    ("word", "kind", "form"),
    [
        ("quipped", CueKind.ASSERT, Form.PAST),
        ("quipping", CueKind.ASSERT, Form.ING),
        ("laments", CueKind.EVALUATE, Form.THIRD),
        ("commended", CueKind.EVALUATE, Form.PAST),
        ("congratulated", CueKind.EVALUATE, Form.PAST),
        ("encouraged", CueKind.DIRECT, Form.PAST),
        ("speculated", CueKind.BELIEF, Form.PAST),
    ],
)
def test_manner_verbs_are_in_the_lexicon(word: str, kind: CueKind, form: Form) -> None:
    found = verb_cue(word)
    assert found is not None
    assert (found[0].kind, found[1]) == (kind, form)


def test_a_quip_after_a_quotation_is_a_cue() -> None:
    text = _LEAD + '"We have waited long enough for this road," Nakato quipped.'
    assert ("quipped", ["Ruth Nakato"]) in _cues(text)


def test_suggested_that_and_countered_that_are_cues() -> None:
    # "counter" is weak: "countered that" reports words, "to counter China's clout" does not.
    text = _LEAD + (
        "Omondi suggested that the two countries share the cost of the pipeline. Nakato countered"
        " that Uganda had already paid for the survey."
    )
    assert [c for c, _ in _cues(text)] == ["suggested", "countered"]


def test_rejoinders_next_to_a_quotation_or_that_are_cues() -> None:
    text = _LEAD + (
        '"That is not what we signed in Entebbe," Nakato countered. "There is no backlog at the'
        ' port," Omondi rebutted. Nakato protested that Kenyan trucks paid lower fees at the'
        " border. Omondi recounted that his father had traded cattle across the same frontier."
        " The Kenyan cabinet proclaimed that Friday would be a public holiday."
    )
    assert _cues(text) == [
        ("countered", ["Ruth Nakato"]),
        ("rebutted", ["Daniel Omondi"]),
        ("protested", ["Ruth Nakato"]),
        ("recounted", ["Daniel Omondi"]),
        ("proclaimed", ["Kenyan cabinet"]),
    ]


def test_rejoinder_verbs_as_actions_are_no_cues() -> None:
    # The same verbs with a plain object or an infinitive report no words.
    text = _LEAD + (
        "Both governments want to counter the smuggling of sugar. Traders protested the new levy"
        " outside the customs office. Election officials recounted the ballots in Busia. Omondi"
        " elaborated on the plan in a speech to traders."
    )
    assert [c for c, _ in _cues(text) if c in {"counter", "protested", "recounted", "elaborated"}] == []


def test_commended_and_encouraged_take_their_objects() -> None:
    text = _LEAD + (
        "Omondi commended Uganda for its role in Somalia and encouraged both sides in South Sudan"
        " to return to the talks."
    )
    assert [c for c, _ in _cues(text)] == ["commended", "encouraged"]


def test_weak_manner_verbs_without_that_or_a_quotation_are_no_cues() -> None:
    # "suggested" before a noun phrase, "countered" as an action: no speech reported.
    text = _LEAD + (
        "The figures suggested a slowdown in trade. Ugandan troops countered the attack within hours."
    )
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("signalled", Form.PAST),  # British spelling (AFP, Reuters UK)
        ("signaled", Form.PAST),
        ("signalling", Form.ING),
        ("complained", Form.PAST),
        ("joked", Form.PAST),
        ("boasted", Form.PAST),
        ("confided", Form.PAST),
    ],
)
def test_both_spellings_and_weak_speech_verbs_are_in_the_lexicon(word: str, form: Form) -> None:
    found = verb_cue(word)
    assert found is not None
    assert (found[0].kind, found[0].weak, found[1]) == (CueKind.ASSERT, True, form)


def test_complained_and_signalled_that_are_cues() -> None:
    text = _LEAD + (
        "Nakato complained that Kenyan trucks still faced long delays at the border. Omondi"
        " signalled that Nairobi would scrap the new levy."
    )
    assert _cues(text) == [("complained", ["Ruth Nakato"]), ("signalled", ["Daniel Omondi"])]


def test_a_joke_after_a_quotation_is_a_cue() -> None:
    text = _LEAD + '"At least the coffee is better in Kampala," Omondi joked.'
    assert ("joked", ["Daniel Omondi"]) in _cues(text)


def test_complained_about_and_boasted_an_object_are_no_cues() -> None:
    # No speech reported: a grievance's topic and a thing possessed.
    text = _LEAD + (
        "Traders complained about delays at the Malaba crossing. Uganda boasted a record coffee"
        " harvest last year, and the central bank signalled its concern with a rate rise."
    )
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("word", "kind", "form"),
    [
        ("exclaimed", CueKind.ASSERT, Form.PAST),
        ("averred", CueKind.ASSERT, Form.PAST),
        ("concurred", CueKind.ASSERT, Form.PAST),
        ("interjected", CueKind.ASSERT, Form.PAST),
        ("surmised", CueKind.BELIEF, Form.PAST),
        ("lambasted", CueKind.EVALUATE, Form.PAST),
        ("chiding", CueKind.EVALUATE, Form.ING),
    ],
)
def test_more_manner_and_censure_verbs_are_in_the_lexicon(word: str, kind: CueKind, form: Form) -> None:
    found = verb_cue(word)
    assert found is not None
    assert (found[0].kind, found[1]) == (kind, form)


def test_exclaimed_and_scoffed_after_a_quotation_and_reasoned_that_are_cues() -> None:
    text = _LEAD + (
        '"Not one more shilling," Nakato exclaimed. "That is absurd," Omondi scoffed. Nakato'
        " reasoned that a shared refinery would halve the cost."
    )
    assert _cues(text) == [
        ("exclaimed", ["Ruth Nakato"]),
        ("scoffed", ["Daniel Omondi"]),
        ("reasoned", ["Ruth Nakato"]),
    ]


def test_censure_verbs_take_their_targets() -> None:
    text = _LEAD + 'Nakato lambasted the survey as "a fantasy." Omondi chided donors for their delays.'
    assert [c for c, _ in _cues(text)] == ["lambasted", "chided"]


def test_weak_manner_verbs_alone_or_as_adjectives_are_no_cues() -> None:
    text = _LEAD + (
        "Nakato concurred. Omondi grumbled about the delays at the border. The talks were a"
        " reasoned exchange of views."
    )
    assert _cues(text) == []
