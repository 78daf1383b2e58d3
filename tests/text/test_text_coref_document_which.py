"""
", which said ..." after a document named with its issuer speaks for the issuer.

"according to a Vietnamese government statement, which described the talks as ...": the
relative pronoun refers to the statement, and a statement speaks for whoever issued it (as
"the statement said" does). Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract

_OPENING = "U.S. Secretary of State Antony Blinken met Vietnamese Foreign Minister Bui Thanh Son on Monday. "


def _which_speakers(text: str) -> list[str]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    (statement,) = [
        s
        for s in record.statements
        if s.speaker_mention is not None and record.text(s.speaker_mention) == "which"
    ]
    return [names[i] for i in statement.speakers]


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        (
            (
                "Son accepted, according to a Vietnamese government statement, which described the"
                " talks as “frank and constructive.”"
            ),
            "Vietnamese government",
        ),
        (
            "Son accepted, according to the Foreign Ministry's readout, which called the talks “frank.”",
            "Foreign Ministry",
        ),
    ],
)
def test_which_after_an_issuers_document_is_the_issuer(sentence: str, issuer: str) -> None:
    assert _which_speakers(_OPENING + sentence) == [issuer]


def test_which_after_a_document_with_no_issuer_named_has_no_speaker() -> None:
    text = _OPENING + "The talks followed a trade report, which said exports had doubled since 2020."
    assert _which_speakers(text) == []


def test_which_after_a_named_body_is_still_that_body() -> None:
    text = _OPENING + "Son thanked the Asian Development Bank, which said it would fund the port."
    assert _which_speakers(text) == ["Asian Development Bank"]


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        (
            "Vietnam's Foreign Ministry issued a statement, which said the visit had been “productive.”",
            "Foreign Ministry",
        ),
        ("On Tuesday, Son released a brief statement, which said the talks were frank.", "Bui Thanh Son"),
        (
            "Blinken's office put out a readout, which said the two discussed maritime security.",
            "Antony Blinken",
        ),
    ],
)
def test_which_after_issuing_a_document_is_the_issuer(sentence: str, issuer: str) -> None:
    # "X issued a statement, which said": the relative is the statement, spoken for by X.
    assert _which_speakers(_OPENING + sentence) == [issuer]


def test_which_after_a_document_someone_received_is_not_the_receiver() -> None:
    # Only issuing verbs tie the document to the subject: a statement Son read is no one's.
    text = _OPENING + "Son welcomed a statement, which said the talks would go on."
    assert _which_speakers(text) == []


def test_which_after_an_acronym_in_parentheses_is_the_name_before_it() -> None:
    text = (
        "Omani Foreign Minister Badr Albusaidi met Iranian Foreign Minister Abbas Araghchi in"
        " Muscat on Sunday, according to the Oman News Agency (ONA), which said the talks"
        " covered shipping in the Gulf."
    )
    assert _which_speakers(text) == ["Oman News Agency"]


def test_which_after_a_long_parenthesis_is_no_one() -> None:
    # A parenthesis longer than an acronym or a tag is a clause of its own.
    text = (
        "Omani Foreign Minister Badr Albusaidi met Iranian Foreign Minister Abbas Araghchi in"
        " Muscat on Sunday, according to the Oman News Agency (which is run by the state"
        " information ministry), which said the talks covered shipping in the Gulf."
    )
    assert _which_speakers(text) == []
