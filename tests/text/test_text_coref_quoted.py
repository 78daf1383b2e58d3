"""
A person named only inside a quotation is no antecedent for a pronoun outside it.

The paragraphs are written for these tests; the names are real office holders and analysts.
"""

from __future__ import annotations

from bilateral.model import Source
from bilateral.text import extract
from bilateral.text._document import Document
from bilateral.text._entities import EntityStage

_TEXT = (
    "Indonesian President Prabowo Subianto met Chinese President Xi Jinping in Beijing."
    " Dewi Fortuna Anwar, an analyst in Jakarta, told VOA the episode showed poor coordination."
    " “The president's team did not consult the diplomats,” she said."
    " Prabowo, who also met U.S. President Joe Biden in Washington, has said Indonesia will stay"
    " non-aligned. “We are friends with everyone,” he told reporters."
)


def _pronouns(text: str) -> dict[str, tuple[str, ...]]:
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    names = {a.id: a.name for a in doc.actors}
    return {
        text[m.span.start : m.span.end]: tuple(names[a] for a in m.actors)
        for m in doc.mentions
        if text[m.span.start : m.span.end] in {"she", "he"}
    }


def test_a_tag_pronoun_does_not_go_to_a_person_named_in_the_quotation() -> None:
    assert _pronouns(_TEXT)["she"] == ("Dewi Fortuna Anwar",)


def test_no_wrong_gender_is_learnt_from_it() -> None:
    # Had "she" gone to Prabowo, he would have been taken for a woman and "he" lost to Biden.
    assert _pronouns(_TEXT)["he"] == ("Prabowo Subianto",)
    names = {a.id: a.name for a in extract(_TEXT).actors}
    assert [{names[x] for x in s.speakers} for s in extract(_TEXT).statements][-1] == {"Prabowo Subianto"}
