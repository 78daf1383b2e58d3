"""Short forms of a person's name: inner words, accent-free spellings, two-word family names, initials."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral.model import Source
from bilateral.text import extract
from bilateral.text._document import Document
from bilateral.text._entities import _Run
from bilateral.text._lexicons import fold_name, lexicon

if TYPE_CHECKING:
    from bilateral.model import Record


def _speakers(record: Record, cue_word: str) -> list[tuple[str, ...]]:
    """Speaker names of every statement whose cue is *cue_word*, in text order."""
    text = record.source.text
    names = {a.id: a.name for a in record.actors}
    return [
        tuple(names[s] for s in st_.speakers)
        for st_ in record.statements
        if st_.cue is not None and text[st_.cue.start : st_.cue.end] == cue_word
    ]


@pytest.mark.parametrize(
    ("intro", "short", "full"),
    [
        # An inner word that is not the family name people use.
        (
            "Brazilian President Luiz Inacio Lula da Silva welcomed German Chancellor Olaf Scholz.",
            "Lula",
            "Luiz Inacio Lula da Silva",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva welcomed German Chancellor Olaf Scholz.",
            "Lula da Silva",
            "Luiz Inacio Lula da Silva",
        ),
        # A two-word family name, written without its accents.
        (
            "Mexican President Andrés Manuel López Obrador received Canadian Prime Minister Justin Trudeau.",
            "Lopez Obrador",
            "Andrés Manuel López Obrador",
        ),
        (
            "Mexican President Andrés Manuel López Obrador received Canadian Prime Minister Justin Trudeau.",
            "López Obrador",
            "Andrés Manuel López Obrador",
        ),
        # The father's surname of a Spanish double surname.
        (
            "Spanish Prime Minister Pedro Sánchez Pérez-Castejón hosted Portugal's Luis Montenegro.",
            "Sanchez",
            "Pedro Sánchez Pérez-Castejón",
        ),
        # A dotless i and a breve: folded the way English copy usually spells them.
        (
            "Turkish President Recep Tayyip Erdoğan flew to Baku to see Azerbaijani President Ilham Aliyev.",
            "Erdogan",
            "Recep Tayyip Erdoğan",
        ),
        # Family name first.
        (
            "Chinese President Xi Jinping hosted Kenyan President William Ruto in Beijing.",
            "Xi",
            "Xi Jinping",
        ),
        # A run opening with a particle, and initials.
        (
            "Saudi Crown Prince Mohammed bin Salman hosted Indian Prime Minister Narendra Modi in Riyadh.",
            "bin Salman",
            "Mohammed bin Salman",
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman hosted Indian Prime Minister Narendra Modi in Riyadh.",
            "MBS",
            "Mohammed bin Salman",
        ),
    ],
)
def test_a_short_form_names_the_person(intro: str, short: str, full: str) -> None:
    text = f"{intro}\n\n{short} said the partnership had entered a new phase.\n"
    record = extract(text)
    assert _speakers(record, "said") == [(full,)]


def test_short_form_before_a_relative_clause_and_in_a_later_paragraph() -> None:
    text = (
        "Indonesian President Prabowo Subianto and Brazilian President Luiz Inacio Lula da Silva"
        " met in Jakarta on Friday.\n\n"
        "Prabowo told reporters the two nations would expand nickel trade.\n\n"
        "Lula, who arrived late on Thursday, said Brazil wanted a seat at the table.\n"
    )
    record = extract(text)
    assert _speakers(record, "told") == [("Prabowo Subianto",)]
    assert _speakers(record, "said") == [("Luiz Inacio Lula da Silva",)]


def test_a_given_name_two_people_share_stays_unresolved() -> None:
    text = (
        "Saudi Crown Prince Mohammed bin Salman received Emirati President Mohammed bin Zayed"
        " in Jeddah on Tuesday.\n\n"
        "Mohammed said the Gulf needed a common energy policy.\n\n"
        "Zayed said the visit had been productive.\n"
    )
    record = extract(text)
    assert _speakers(record, "said") == [(), ("Mohammed bin Zayed",)]


def test_an_inner_word_two_people_share_stays_unresolved() -> None:
    text = (
        "Former Brazilian President Luiz Inacio Lula da Silva met Brazilian diplomat Ana Lula Ferreira,"
        " the ambassador to Portugal, in Lisbon.\n\n"
        "Lula said the embassy would stay open.\n"
    )
    record = extract(text)
    assert _speakers(record, "said") == [()]


def test_a_particle_alone_names_nobody() -> None:
    text = (
        "Saudi Crown Prince Mohammed bin Salman hosted French President Emmanuel Macron in Riyadh.\n\n"
        "Da Silva, a local businessman, said prices had risen.\n"
    )
    record = extract(text)
    names = {a.name for a in record.actors}
    assert "Mohammed bin Salman" in names
    assert all(s != ("Mohammed bin Salman",) for s in _speakers(record, "said"))


@pytest.mark.parametrize(
    ("spelled", "folded"),
    [
        ("Erdoğan", "erdogan"),
        ("López Obrador", "lopez obrador"),
        ("Inácio", "inacio"),
        ("Zelenskyy", "zelenskyy"),
    ],
)
def test_fold_name(spelled: str, folded: str) -> None:
    assert fold_name(spelled) == folded


@given(st.text(max_size=30))
def test_fold_name_is_idempotent(text: str) -> None:
    once = fold_name(text)
    assert fold_name(once) == once


def test_a_run_of_particles_stays_inside_the_name() -> None:
    text = (
        "European Commission President Ursula von der Leyen welcomed Japanese Prime Minister"
        " Shigeru Ishiba in Brussels.\n\n"
        "Von der Leyen said Europe and Japan would coordinate on chips.\n"
    )
    record = extract(text)
    assert "Ursula von der Leyen" in {a.name for a in record.actors}
    assert _speakers(record, "said") == [("Ursula von der Leyen",)]


def test_a_capitalised_title_prefix_opens_the_title() -> None:
    text = (
        "Former Brazilian President Luiz Inacio Lula da Silva visited Kenyan President William Ruto.\n\n"
        "Lula said the visit was overdue.\n"
    )
    record = extract(text)
    assert _speakers(record, "said") == [("Luiz Inacio Lula da Silva",)]


def _run_with(*names: str) -> _Run:
    """An entity run that has met the people *names* and nothing else."""
    run = _Run(Document(source=Source(text="")), lexicon())
    for name in names:
        run.index_parts(run.new_actor("person", name), name)
    return run


def test_by_alias_reads_parts_initials_and_folded_spellings() -> None:
    run = _run_with("Kim Jong Un", "Andrés Manuel López Obrador")
    assert run.by_alias("Jong Un") is run.by_alias("Kim") is not None
    assert run.by_alias("AMLO") is run.by_alias("lopez  obrador") is not None
    # Two capitals are an acronym ("UN", "US"), never a name part in capitals.
    assert run.by_alias("UN") is None
    assert run.by_alias("Un") is not None


def test_by_alias_forgets_a_part_two_people_share() -> None:
    run = _run_with("Kim Jong Un", "Kim Yo Jong")
    assert run.by_alias("Kim") is None
    assert run.by_alias("Jong") is None
    assert run.by_alias("Yo Jong") is not None


def test_a_family_name_two_people_share_is_the_one_just_named() -> None:
    text = (
        "Vietnamese Foreign Minister Le Hoai Trung met his Thai counterpart in Hanoi on Monday.\n\n"
        "Le Van Tam, a researcher at the Diplomatic Academy of Vietnam, said the talks mattered.\n\n"
        '"Both sides need the Mekong," Le said.\n'
    )
    record = extract(text)
    assert _speakers(record, "said") == [("Le Van Tam",), ("Le Van Tam",)]


def test_a_shared_family_name_after_someone_else_stays_unresolved() -> None:
    text = (
        "South Korean Prime Minister Kim Min-seok met Japanese envoy Kim Jong-soo in Seoul on Monday."
        " Japanese Foreign Minister Taro Sato and U.S. envoy Anna Reed joined later.\n\n"
        "Kim said the talks mattered.\n"
    )
    record = extract(text)
    assert _speakers(record, "said") == [()]
