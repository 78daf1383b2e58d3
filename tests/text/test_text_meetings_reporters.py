"""
Who reports on a meeting ("spokesperson Tammy Bruce said after the meeting") did not hold it.

The paragraphs are written for these tests. A speaker titled only as a spokesperson or a
commentator is left out of the meeting the sentence's noun refers to; a leader who speaks
"after the talks" is still a participant.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract

_MET = (
    "Secretary of State Marco Rubio met Philippine Foreign Secretary Theresa Lazaro in Washington"
    " on Thursday. "
)


def _participants(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[x] for x in m.participants] for m in record.meetings]


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Rubio stressed the alliance, State Department spokesperson Tammy Bruce said in a"
            " statement after the meeting."
        ),
        "The talks were frank, spokesman Ali Hassan told reporters after the meeting.",
        "The alliance is stronger than ever, Gregory Poling, a senior fellow at CSIS, said after the talks.",
    ],
)
def test_a_spokesperson_or_analyst_is_no_participant(sentence: str) -> None:
    assert _participants(_MET + sentence) == [["Marco Rubio", "Theresa Lazaro"]]


def test_a_participant_who_speaks_after_the_talks_stays_one() -> None:
    text = (
        "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud said in a joint"
        " statement after three hours of talks in Nairobi on Monday that they would reopen the border."
    )
    assert _participants(text) == [["William Ruto", "Hassan Sheikh Mohamud"]]


def test_a_spokesperson_who_comments_on_the_visit_did_not_make_it() -> None:
    text = (
        "Pakistani Prime Minister Shehbaz Sharif had been due to meet Afghan leader Hibatullah"
        " Akhundzada in Kandahar on Jan. 21. Pakistan's Foreign Office spokesperson Shafqat Ali Khan"
        " told a weekly news briefing that Islamabad remained committed to dialogue. He did not"
        " comment on the visit."
    )
    assert _participants(text) == [["Shehbaz Sharif", "Hibatullah Akhundzada"]]
