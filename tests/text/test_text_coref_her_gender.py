"""
"She" in a later sentence when only an earlier "her" showed the person to be a woman.

"Meloni said her government ... Modi thanked Italy ... She said": the woman named before,
not the man named since, whose gender nothing told. The paragraphs were written for these
tests in the style of wire copy.
"""

from __future__ import annotations

from bilateral.text import extract


def _speakers(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[i] for i in s.speakers] for s in record.statements]


def test_she_after_a_man_named_since_is_the_woman_her_government_showed() -> None:
    text = (
        "ROME, June 4 (AP) - Italian Prime Minister Giorgia Meloni received Indian Prime"
        " Minister Narendra Modi in Rome on Tuesday.\n\nMeloni told reporters her government"
        " would back the corridor project. Modi said India would send a trade delegation.\n\n"
        "She said the two countries would sign a defence pact next year."
    )
    assert _speakers(text)[-1] == ["Giorgia Meloni"]


def test_she_after_her_administration_two_sentences_back() -> None:
    text = (
        "Mexican President Claudia Sheinbaum met Canadian Prime Minister Mark Carney on"
        " Friday. Sheinbaum said her administration would review the tariffs. Carney called"
        " the talks frank. She added that a deal was close."
    )
    assert _speakers(text)[-1] == ["Claudia Sheinbaum"]


def test_she_stays_the_colleague_whose_sentence_mentions_the_woman() -> None:
    # Near miss: the sentence naming the other person also mentions the woman ("Her").
    text = (
        "Anna Kowalska, a senior fellow at a Warsaw institute, said her government was"
        " cautious.\n\nHer colleague, Marta Nowak, was more skeptical. She said Warsaw had"
        " little leverage."
    )
    assert _speakers(text)[-1] == ["Marta Nowak"]


def test_he_is_unchanged_by_an_earlier_woman() -> None:
    # Near miss: "he" never looks for a woman.
    text = (
        "Italian Prime Minister Giorgia Meloni said her government would back the project."
        " Indian Prime Minister Narendra Modi thanked Italy for its support. He said India"
        " would send a trade delegation."
    )
    assert _speakers(text)[-1] == ["Narendra Modi"]
