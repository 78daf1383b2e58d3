"""
"his government", "her administration": the pronoun is a mention of the person it stands for.

"his country" already gave its owner a pronoun mention; a body noun after the pronoun
("government", "administration", "ministry") now does too, while the phrase still refers to the
body. Paragraphs written for these tests; the names are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Source
from bilateral.text._document import Document, MentionKind
from bilateral.text._entities import EntityStage

_LEDE = "Prime Minister Jane Roe met Indonesian President Budi Santoso in Jakarta on Monday. "


def _mentioned(text: str, name: str) -> list[str]:
    """The pronouns the entity stage linked to the person called *name*."""
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    (actor,) = [a.id for a in doc.actors if a.name == name]
    return [
        text[m.span.start : m.span.end]
        for m in doc.mentions
        if m.kind is MentionKind.PRONOUN and actor in m.actors
    ]


@pytest.mark.parametrize("noun", ["government", "administration", "ministry"])
def test_the_owner_pronoun_is_a_mention_of_the_person(noun: str) -> None:
    text = _LEDE + f"Roe said her {noun} would expand trade."
    assert "her" in _mentioned(text, "Jane Roe")


def test_a_pronoun_in_a_quotation_is_not_linked() -> None:
    # Near miss: inside a quotation "her" may be anyone the speaker talks about.
    text = _LEDE + 'Roe said: "I trust her government to keep its word."'
    assert "her" not in _mentioned(text, "Jane Roe")


def test_his_is_a_mention_of_the_man_named() -> None:
    text = _LEDE + "Santoso said his administration would cut tariffs on palm oil."
    assert "his" in _mentioned(text, "Budi Santoso")


def test_her_is_not_a_man_an_honorific_names() -> None:
    # Near miss: "Mr." before a name already known tells he is a man, so "her" is not his.
    lede = "President John Doe hosted Prime Minister Mary Major in Lagos. "
    text = lede + "Mr. Doe said her government had raised the fees twice this year."
    assert "her" not in _mentioned(text, "John Doe")
    assert "her" in _mentioned(text, "Mary Major")


def test_an_honorific_overrides_a_gender_guessed_from_a_pronoun() -> None:
    # "she" guessed the untold Doe a woman; "Mr. Doe" then tells otherwise.
    lede = "Doe met Major in Lagos on Monday. She said talks were good. "
    text = lede + "Mr. Doe said her government had raised the fees."
    assert "her" not in _mentioned(text, "Doe")


def test_mrs_before_a_leaders_surname_makes_him_no_woman() -> None:
    # Near miss: "Mrs. Doe" after "Prime Minister John Doe" is his wife, whom the surname
    # does not tell apart: no "she" goes to him.
    lede = "Prime Minister John Doe met President Carl Roe in Paris. "
    text = lede + "Mrs. Doe, who accompanied her husband, met first lady Ann Roe. She said she enjoyed it."
    assert "She" not in _mentioned(text, "John Doe")
