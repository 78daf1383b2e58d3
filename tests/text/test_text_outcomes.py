"""Outcome cues: kinds, who they come from and go to, what is skipped, the evidence span."""

from __future__ import annotations

import re

import pytest

from bilateral.model import Agreement, Country, OutcomeKind, Person, Proposal, Source, Span
from bilateral.text import Document, Mention, MentionKind
from bilateral.text._outcomes import ActorRefs, FoundOutcome, Party, find_outcomes, make_outcome

PEOPLE = {"Gustavo Petro": "CO", "Donald Trump": "US", "Narendra Modi": "IN"}
COUNTRIES = {"Ukraine": "UA", "China": "CN"}


def _refs(text: str) -> ActorRefs:
    doc = Document(source=Source(text=text))
    for name, code in PEOPLE.items():
        surname = name.split()[-1]
        spans = [
            Span(start=m.start(), end=m.end())
            for m in re.finditer(rf"(?<!\w)(?:{re.escape(name)}|{surname})(?!\w)", text)
        ]
        if spans:
            person = Person(id=doc.new_id(name), name=name, country=code)
            doc.actors.append(person)
            doc.mentions.extend(Mention(span=s, kind=MentionKind.NAME, actors=(person.id,)) for s in spans)
    for name, code in COUNTRIES.items():
        spans = [Span(start=m.start(), end=m.end()) for m in re.finditer(rf"\b{name}\b", text)]
        if spans:
            country = Country(id=doc.new_id(name), name=name, country=code)
            doc.actors.append(country)
            doc.mentions.extend(Mention(span=s, kind=MentionKind.NAME, actors=(country.id,)) for s in spans)
    doc.mentions.sort(key=lambda m: m.span.start)
    return ActorRefs(doc)


def _find(text: str) -> list[FoundOutcome]:
    return find_outcomes(_refs(text), Span(start=0, end=len(text)))


def _one(text: str) -> FoundOutcome:
    (found,) = _find(text)
    return found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Petro proposed a joint task force to fight cocaine trafficking.", OutcomeKind.PROPOSAL),
        ("Petro suggested a meeting of the three countries.", OutcomeKind.PROPOSAL),
        ("Trump and Petro agreed that sanctions were not productive.", OutcomeKind.AGREEMENT),
        ("Trump and Petro reached a new trade agreement.", OutcomeKind.AGREEMENT),
        ("Modi and Trump signed eight pacts on maritime security.", OutcomeKind.AGREEMENT),
        ("Petro extended an invitation to Trump to visit Cartagena.", OutcomeKind.INVITATION),
        ("Petro invited Trump to Bogota.", OutcomeKind.INVITATION),
        ("Trump pledged to lift the tariffs within a month.", OutcomeKind.COMMITMENT),
        ("Both leaders reaffirmed their commitment to a free and open ocean.", OutcomeKind.COMMITMENT),
        ("Trump and Petro disagreed over drug policy.", OutcomeKind.DISAGREEMENT),
        (
            "The two presidents discussed energy, acknowledging differing perspectives on it.",
            OutcomeKind.DISAGREEMENT,
        ),
    ],
)
def test_cue_kinds(text: str, kind: OutcomeKind) -> None:
    assert _one(text).kind is kind


def test_who_proposes_and_to_whom() -> None:
    found = _one("Petro proposed a collaborative effort to address drug trafficking.")
    refs = _refs("Petro")
    assert found.by == tuple(refs.actors)  # Petro
    assert found.to is Party.OTHERS  # no addressee named: the other side


def test_addressee_after_the_cue() -> None:
    found = _one("Petro extended an invitation to Trump to visit Cartagena, Colombia.")
    assert found.to == ("donald-trump",)
    assert found.by == ("gustavo-petro",)


def test_plural_subjects_stand_for_every_participant() -> None:
    assert (
        _one("However, they reportedly agreed that sanctions were not a productive approach.").by is Party.ALL
    )
    assert _one("The two leaders disagreed over aid.").by is Party.ALL


def test_coordinated_subjects_are_taken_together() -> None:
    assert _one("Trump and Petro disagreed over aid.").by == ("donald-trump", "gustavo-petro")


def test_negated_and_quoted_cues_are_skipped() -> None:
    assert _find("Ukraine has not agreed to the ceasefire.") == []
    assert _find("\u201cWe have agreed to everything,\u201d Trump said.") == []
    assert _find('"We proposed a deal," Petro told reporters.') == []


def test_background_without_a_source_is_skipped() -> None:
    assert _find("Relations had been strained over differing approaches to drug policy.") == []


def test_evidence_runs_from_the_subject_to_the_end_of_the_clause() -> None:
    text = "However, they reportedly agreed that sanctions were not a productive approach."
    found = _one(text)
    assert text[found.evidence.start : found.evidence.end] == (
        "they reportedly agreed that sanctions were not a productive approach"
    )
    assert found.text == "agreed that sanctions were not a productive approach"


def test_a_participle_keeps_its_own_evidence() -> None:
    text = (
        "Beyond drugs, the two presidents also discussed energy production, "
        "acknowledging differing perspectives on the issue."
    )
    found = _one(text)
    assert (
        text[found.evidence.start : found.evidence.end] == "acknowledging differing perspectives on the issue"
    )


def test_an_abbreviation_does_not_end_the_clause() -> None:
    text = "Trump and Petro disagreed over U.S. aid to Ukraine."
    found = _one(text)
    assert text[found.evidence.start : found.evidence.end].endswith("U.S. aid to Ukraine")


def test_make_outcome_binds_both_sides_of_an_agreement() -> None:
    found = _one("Ukraine agreed to a 30-day ceasefire.")
    outcome = make_outcome(found, ["ukrainian-officials"], None, ["marco-rubio", "ukrainian-officials"])
    assert isinstance(outcome, Agreement)
    assert outcome.by == ("marco-rubio", "ukrainian-officials")
    assert outcome.to == ()


def test_make_outcome_sends_a_proposal_to_the_other_side() -> None:
    found = _one("Petro proposed a joint plan.")
    outcome = make_outcome(found, ["petro"], None, ["petro", "trump"])
    assert isinstance(outcome, Proposal)
    assert (outcome.by, outcome.to) == (("petro",), ("trump",))
    assert make_outcome(found, [], None, ["petro", "trump"]) is None


def test_quote_ranges_do_not_run_past_a_paragraph() -> None:
    text = "\u201cAn open quote that never closes.\n\nTrump and Petro agreed to meet again."
    refs = _refs(text)
    assert refs.in_quote(1)
    assert not refs.in_quote(text.index("Trump"))
    assert len(find_outcomes(refs, Span(start=text.index("Trump"), end=len(text)))) == 1
