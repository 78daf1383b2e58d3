"""
Speaker phrases found by probing new wire and broadcaster copy.

Snippets are written for this test; none is taken from the dev set or the probes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.model import Source, Span
from bilateral.text._coref import add_mention, resolve_speaker
from bilateral.text._document import Document, Mention, MentionKind
from bilateral.text._entities import EntityStage

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            (
                "Ghanaian President John Mahama and his Togolese counterpart Faure Gnassingbe agreed"
                " to reopen the border on Monday."
            ),
            "Ghanaian President John Mahama and his Togolese counterpart Faure Gnassingbe",
            {"John Mahama", "Faure Gnassingbe"},
        ),
        (
            "Prime Minister Anthony Albanese and her deputy, Richard Marles, said nothing.",
            "Prime Minister Anthony Albanese",
            {"Anthony Albanese"},
        ),
    ],
)
def test_and_his_counterpart_joins_both(
    text: str, phrase: str, expected: set[str], resolved_speakers: Callable[[str, str], list[str]]
) -> None:
    assert set(resolved_speakers(text, phrase)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # The possessor's reporter is not the possessor: the entity stage records the name
        # before the aside, and the speaker is that person.
        (
            "Al Jazeera's Resul Serdar, reporting from Doha, said the convoy had left.",
            "Al Jazeera's Resul Serdar",
            ["Resul Serdar"],
        ),
        # A possessor before an office noun still speaks for itself.
        (
            "Kenya's foreign ministry said the convoy had left the border town.",
            "Kenya's foreign ministry",
            ["Kenya's foreign ministry"],
        ),
    ],
)
def test_possessor_before_unrecorded_name(
    text: str, phrase: str, expected: list[str], resolved_speakers: Callable[[str, str], list[str]]
) -> None:
    assert resolved_speakers(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # A common-noun head no mention covers: the appositive name is the speaker.
        (
            "The country's top diplomat, Maria Lopez, said the port would grow.",
            "The country's top diplomat, Maria Lopez,",
            ["Maria Lopez"],
        ),
        # A name that does not close the phrase is no appositive of its head.
        (
            "Officials close to Maria Lopez said the port would grow.",
            "Officials close to Maria Lopez",
            [],
        ),
    ],
)
def test_appositive_name_after_common_noun_head(
    text: str, phrase: str, expected: list[str], resolved_speakers: Callable[[str, str], list[str]]
) -> None:
    assert resolved_speakers(text, phrase) == expected


def _with_mentions(text: str, names: dict[str, str]) -> Document:
    """A document whose only mentions are the given names (as the entity stage would record them)."""
    doc = Document(source=Source(text=text))
    for name, ident in names.items():
        start = text.index(name)
        add_mention(
            doc,
            Mention(span=Span(start=start, end=start + len(name)), kind=MentionKind.NAME, actors=(ident,)),
        )
    return doc


def _resolve(doc: Document, phrase: str, occurrence: int = 1) -> tuple[str, ...]:
    start = -1
    for _ in range(occurrence):
        start = doc.text.index(phrase, start + 1)
    return resolve_speaker(doc, Span(start=start, end=start + len(phrase)))


def test_bare_honorific_is_the_ruler_it_named_before() -> None:
    text = (
        "His Highness Sheikh Tamim bin Hamad received President William Ruto on Monday. "
        "His Highness welcomed the guest and said ties were strong."
    )
    doc = _with_mentions(text, {"Sheikh Tamim bin Hamad": "tamim", "William Ruto": "ruto"})
    assert _resolve(doc, "His Highness", occurrence=2) == ("tamim",)


def test_bare_honorific_without_a_named_use_is_unresolved() -> None:
    # "His" is no pronoun for the last man named.
    text = "President William Ruto arrived on Monday. His Majesty received him at the palace."
    doc = _with_mentions(text, {"William Ruto": "ruto"})
    doc.mentions.append(
        Mention(
            span=Span(start=text.index("His"), end=text.index("His") + 3),
            kind=MentionKind.PRONOUN,
            actors=("ruto",),
        )
    )
    assert _resolve(doc, "His Majesty") == ()


def test_bare_honorific_skips_an_earlier_bare_use() -> None:
    # The earlier "His Highness welcomed the Kenyan President" names the guest, not the ruler.
    text = (
        "His Highness Sheikh Tamim received President William Ruto on Monday. "
        "His Highness welcomed the Kenyan President. His Highness said ties were strong."
    )
    doc = _with_mentions(text, {"Sheikh Tamim": "tamim", "the Kenyan President": "ruto"})
    assert _resolve(doc, "His Highness", occurrence=3) == ("tamim",)


def test_title_before_an_appositive_name_is_the_name() -> None:
    # "Its leader" would go to the last leader named; the name after it is who speaks.
    text = (
        "President Javier Milei met Prime Minister Pedro Sanchez. The People's Party welcomed the talks."
        " Its leader, Alberto Nunez Feijoo, said the meeting was late."
    )
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    phrase = "Its leader, Alberto Nunez Feijoo,"
    start = text.index(phrase)
    names = {a.id: a.name for a in doc.actors}
    found = [names[i] for i in resolve_speaker(doc, Span(start=start, end=start + len(phrase)))]
    assert found == ["Alberto Nunez Feijoo"]


def test_headline_list_adds_unlinked_surnames() -> None:
    from bilateral.text import extract  # noqa: PLC0415 - the whole pipeline, only here

    text = (
        "Iraqi PM Sudani, Rubio urge troop drawdown\n"
        "Iraqi Prime Minister Mohammed Shia al-Sudani met U.S. Secretary of State Marco Rubio"
        " in Washington on Wednesday."
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    heads = [s for s in record.statements if s.speaker_mention is not None and s.speaker_mention.start == 0]
    assert [sorted(names[x] for x in s.speakers) for s in heads] == [
        ["Marco Rubio", "Mohammed Shia al-Sudani"]
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            (
                "Chinese Foreign Minister Wang Yi met Vietnamese Foreign Minister Bui Thanh Son on Thursday."
                " The Chinese diplomat said the sea issue must be handled properly."
            ),
            "The Chinese diplomat",
            ["Wang Yi"],
        ),
        # Two people of that country: the one named last before the phrase.
        (
            (
                "Chinese Foreign Minister Wang Yi met Bui Thanh Son on Monday. Later, Chinese Vice President"
                " Han Zheng hosted him. The Chinese diplomat said the sea issue must be handled properly."
            ),
            "The Chinese diplomat",
            ["Han Zheng"],
        ),
        # Nobody of that country: unresolved, never the country itself.
        (
            (
                "Vietnamese Foreign Minister Bui Thanh Son arrived on Monday."
                " The Chinese diplomat said the sea issue must be handled properly."
            ),
            "The Chinese diplomat",
            [],
        ),
    ],
)
def test_demonym_and_office_is_a_person(text: str, phrase: str, expected: list[str]) -> None:
    start = text.index(phrase, text.index(".") + 1)
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    names = {a.id: a.name for a in doc.actors}
    found = [names[i] for i in resolve_speaker(doc, Span(start=start, end=start + len(phrase)))]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            (
                "Kenyan President William Ruto met Japanese Prime Minister Shigeru Ishiba on Tuesday."
                " In a joint statement, the two countries said ties were strong."
            ),
            "the two countries",
            ["Kenya", "Japan"],
        ),
        # Only one country named: no guess.
        (
            "Kenyan President William Ruto arrived on Tuesday. Both countries said ties were strong.",
            "Both countries",
            [],
        ),
    ],
)
def test_the_two_countries(text: str, phrase: str, expected: list[str]) -> None:
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    start = text.index(phrase)
    names = {a.id: a.name for a in doc.actors}
    assert [names[i] for i in resolve_speaker(doc, Span(start=start, end=start + len(phrase)))] == expected
