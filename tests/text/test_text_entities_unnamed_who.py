"""
"According to an official who spoke on condition of anonymity because he was not authorized
...": the pronoun is the unnamed official, not a person named earlier, and it does not give
that person a gender (a later "she" must still find her).

The paragraphs are written for these tests; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Source
from bilateral.text import default_pipeline, extract
from bilateral.text._document import MentionKind

_MET = (
    "Tanzanian President Samia Suluhu Hassan met Japanese Prime Minister Shigeru Ishiba in Tokyo"
    " on Tuesday.\n\n"
)


def _says(text: str, start: int, word: str) -> bool:
    return text.startswith(word, start) and not text[start + len(word) : start + len(word) + 1].isalpha()


@pytest.mark.parametrize(
    "sourcing",
    [
        (
            "according to a Japanese official who spoke on condition of anonymity because he was not"
            " authorized to brief reporters"
        ),
        "said one senior official familiar with the talks, adding that he could not be named",
        "according to a diplomat close to the talks, who said he was not allowed to speak",
    ],
)
def test_a_later_she_finds_the_woman_named_before(sourcing: str) -> None:
    text = (
        _MET
        + f"The session ran for three hours, {sourcing}.\n\n"
        + "Hassan told VOA that Tanzania wanted partners.\n\n"
        + '"We came for investment," she said, adding that Japan had agreed to fund a bridge.'
    )
    record = default_pipeline().extract(Source(text=text))
    names = {a.id: a.name for a in record.actors}
    she = [s for s in record.statements if s.speaker_mention and record.text(s.speaker_mention) == "she"]
    assert [[names[i] for i in s.speakers] for s in she] == [["Samia Suluhu Hassan"]] * 2


def test_the_pronoun_after_an_unnamed_official_names_no_one() -> None:
    text = _MET + "The talks went well, according to an official who said he was not authorized to speak."
    doc = default_pipeline().run(Source(text=text))
    (he,) = [
        m for m in doc.mentions if m.kind is MentionKind.PRONOUN and text[m.span.start : m.span.end] == "he"
    ]
    assert he.actors == ()


def test_a_pronoun_after_a_named_person_is_still_resolved() -> None:
    text = _MET + "Ishiba, who hosted the talks, said he was pleased."
    doc = default_pipeline().run(Source(text=text))
    names = {a.id: a.name for a in doc.actors}
    (he,) = [
        m for m in doc.mentions if m.kind is MentionKind.PRONOUN and text[m.span.start : m.span.end] == "he"
    ]
    assert [names[i] for i in he.actors] == ["Shigeru Ishiba"]


def test_a_pronoun_inside_a_quotation_gives_no_one_a_gender() -> None:
    text = (
        "Kenya and US resume trade talks\n\n"
        '"Ruto has handled Washington well," said Peter Hollis, a senior adviser at the Brookings'
        ' Institution. "She gives him room to move, and he knows it."\n\n'
        "Hollis said the talks had gone better than expected.\n\n"
        '"Nobody wants a trade war," he told VOA.'
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    last = record.statements[-1]
    assert [names[i] for i in last.speakers] == ["Peter Hollis"]


def test_a_pronoun_outside_a_quotation_still_gives_a_gender() -> None:
    text = (
        "Kenya and US resume trade talks\n\n"
        "Peter Hollis, a senior adviser at the Brookings Institution, said the talks went well. She said"
        " more work was needed.\n\n"
        '"Nobody wants a trade war," he told VOA.'
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [names[i] for i in record.statements[-1].speakers] != ["Peter Hollis"]
