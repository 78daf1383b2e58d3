"""
Names whose syllables spell English function words: "To Lam", "Do Hung Viet", "He Lifeng".

The snippets are written for this test, in the styles of wire copy and broadcasters' pages.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person, Source, Span
from bilateral.text._document import Document
from bilateral.text._entities import EntityStage


def run(text: str) -> Document:
    doc = Document(source=Source(text=text))
    # One sentence per line, as the sentence stage would give them.
    start = 0
    for line in text.split("\n"):
        doc.sentences.append(Span(start=start, end=start + len(line)))
        start += len(line) + 1
    EntityStage()(doc)
    return doc


def people(doc: Document) -> set[str]:
    return {a.name for a in doc.actors if isinstance(a, Person)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The delegation was received by General Secretary To Lam in Hanoi on Monday.", "To Lam"),
        ("The talks were chaired by Deputy Foreign Minister Do Hung Viet, officials said.", "Do Hung Viet"),
        ("Washington sent Treasury Secretary Scott Bessent to meet Vice Premier He Lifeng.", "He Lifeng"),
        ("The visitors later called on Chairman Vo Van Thuong at the palace.", "Vo Van Thuong"),
        ('"We will keep talking," To Lam said in Hanoi.', "To Lam"),
        ("North Korean leader Kim Jong Un inspected the site.", "Kim Jong Un"),
    ],
)
def test_a_capitalised_function_word_inside_a_clause_starts_a_name(text: str, name: str) -> None:
    assert name in people(run(text))


def test_the_whole_name_is_one_mention() -> None:
    text = "Vietnamese leader To Lam flew to Jakarta.\nThere, To Lam met business leaders."
    doc = run(text)
    lam = next(a for a in doc.actors if a.name == "To Lam")
    assert [text[m.start : m.end] for m in lam.mentions] == ["To Lam", "To Lam"]


@pytest.mark.parametrize(
    "text",
    [
        # Sentence-initial function words keep their reading.
        "To Beijing, the visit looked like a snub.",
        "He Told Reporters nothing, a headline-style aside said.",
        # A function word after a full stop inside the sentence span (an abbreviation) or a
        # lower-case word after it is no name.
        "The envoy left the U.S. He Said little.",
        "Officials want to do more, and So far they have not.",
    ],
)
def test_function_words_elsewhere_start_no_name(text: str) -> None:
    doc = run(text)
    assert not any(n.split()[0] in {"To", "He", "So"} for n in people(doc))


def test_a_demonym_makes_a_lower_case_title_name_someone() -> None:
    doc = run("Vietnamese leader To Lam flew to Jakarta on Monday.")
    lam = next(a for a in doc.actors if isinstance(a, Person) and a.name == "To Lam")
    assert lam.country == "VN"
    assert [r.title for r in lam.roles] == ["Leader"]


def test_a_lower_case_title_without_a_country_names_no_one() -> None:
    # "the leader" alone is an anaphor; the capitalised words after it are no name.
    assert people(run("As the leader Tuesday Morning Group said, prices rose.")) == set()


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("He told The Associated Press that the talks failed.", "Associated Press"),
        ("It was first reported by The Washington Post on Monday.", "The Washington Post"),
    ],
)
def test_an_article_inside_a_sentence_is_no_syllable(text: str, org: str) -> None:
    doc = run(text)
    assert org in {a.name for a in doc.actors}
    assert people(doc) == set()


def test_a_style_of_address_is_no_syllable() -> None:
    doc = run("A spokesman for His Majesty King Charles said so.")
    assert people(doc) == {"Charles"}
