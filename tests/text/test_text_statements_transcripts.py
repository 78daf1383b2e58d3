"""
Transcript turns: "RUTO: ...", "MS. OKAFOR: ..." are the named person's words.

Briefing and interview transcripts (State Department, White House, wire "as recorded"
excerpts) open each turn with the speaker's name in capitals and a colon. The turn, to the
end of its paragraph, is one direct statement whose cue is the colon. A reporter's turn
("QUESTION:", "Q:") attributes nothing, and a capitalised label that names no person of the
article (a dateline such as "NAIROBI:") leaves the sentence to the other rules.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from bilateral.text import extract

_TEXT = (
    "Ruto, Tinubu discuss trade corridor\n\n"
    "Kenyan President William Ruto met Nigerian President Bola Tinubu in Abuja on Monday.\n\n"
    "The exchange at the start of their meeting, as recorded by the presidency:\n\n"
    "RUTO: Mr. President, thank you for having us. Our two countries have a lot to build together.\n\n"
    "TINUBU: You are welcome, brother.\n\n"
    "QUESTION: Did you discuss the visa regime? Will it change?\n\n"
    "PRESIDENT RUTO: We did. I believe it will change soon.\n\n"
    "Presidency spokeswoman Amina Okafor later briefed reporters.\n\n"
    "MS. OKAFOR: The meeting was warm and productive.\n"
)


def _rows(text: str) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    rows = []
    for s in record.statements:
        source = "" if s.speaker_mention is None else text[s.speaker_mention.start : s.speaker_mention.end]
        cue = "" if s.cue is None else text[s.cue.start : s.cue.end]
        content = " ".join(text[c.start : c.end] for c in s.content)
        rows.append((source, cue, content, s.mode.value, tuple(names[x] for x in s.speakers)))
    return rows


def test_turns_are_direct_statements_of_the_named_people() -> None:
    assert [r for r in _rows(_TEXT) if r[1] == ":"] == [
        (
            "RUTO",
            ":",
            "Mr. President, thank you for having us. Our two countries have a lot to build together.",
            "direct",
            ("William Ruto",),
        ),
        ("TINUBU", ":", "You are welcome, brother.", "direct", ("Bola Tinubu",)),
        (
            "PRESIDENT RUTO",
            ":",
            "We did. I believe it will change soon.",
            "direct",
            ("William Ruto",),
        ),
        ("MS. OKAFOR", ":", "The meeting was warm and productive.", "direct", ("Amina Okafor",)),
    ]


def test_a_question_turn_attributes_nothing() -> None:
    rows = _rows(_TEXT)
    assert not [r for r in rows if "visa" in r[2] and r[1] != ":"]
    # The cues inside a turn ("I believe") are the speaker's words, not statements of their own.
    assert not [r for r in rows if r[1] == "believe"]


def test_q_and_a_labels_naming_no_person_are_left_alone() -> None:
    text = (
        "Talks in Abuja\n\n"
        "Kenyan President William Ruto met Nigerian President Bola Tinubu on Monday.\n\n"
        "Q: Do you think the corridor will open this year?\n\n"
        "A: Analysts say it will open in 2027."
    )
    assert [(r[0], r[1], r[2]) for r in _rows(text)] == [("Analysts", "say", "it will open in 2027")]


def test_a_dateline_in_capitals_is_no_speaker() -> None:
    text = (
        "Talks in Abuja\n\nABUJA: President Bola Tinubu said on Monday that the corridor would open in May."
    )
    assert [(r[0], r[1], r[2]) for r in _rows(text)] == [
        ("President Bola Tinubu", "said", "that the corridor would open in May")
    ]
