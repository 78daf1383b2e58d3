"""
"The two" standing alone ("The two also agreed", "where the two met") refers to the pair.

The paragraphs are written for these tests; "the two" before a noun keeps its own reading.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract

_MEETING = (
    "Moroccan Foreign Minister Nasser Bourita met Mauritanian Foreign Minister Mohamed Salem Ould"
    " Merzoug in Rabat on Monday. "
)


def _speakers(text: str, cue: str) -> set[str]:
    """The names of the speakers of the statement whose cue is *cue*."""
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    for s in record.statements:
        if s.cue is not None and text[s.cue.start : s.cue.end] == cue:
            return {names[x] for x in s.speakers}
    msg = f"no statement with the cue {cue!r}"
    raise AssertionError(msg)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The two also agreed to reopen the border crossing at Guerguerat.", "also agreed"),
        ("Bourita said the two would sign a fisheries deal, and the two agreed to meet again.", "agreed"),
    ],
)
def test_the_two_alone_is_the_pair_just_named(sentence: str, cue: str) -> None:
    assert _speakers(_MEETING + sentence, cue) == {"Nasser Bourita", "Mohamed Salem Ould Merzoug"}


def test_the_two_before_a_noun_it_does_not_cover_is_not_the_pair() -> None:
    # "the two officials" may be the unnamed officials a story quotes.
    text = _MEETING + "The two officials said the talks had gone well."
    assert _speakers(text, "said") == set()
