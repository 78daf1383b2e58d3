"""
Outcome cues beyond "agreed" and "invited": an invitation accepted, what consultations
produced, and what a pledge is about.

The paragraphs were written for these tests in the styles of wire services and public
broadcasters. The names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.model import OutcomeKind
from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Meeting, Record

PUBLISHED = dt.date(2025, 4, 11)  # a Friday

_MET = (
    "Spanish Prime Minister Pedro Sanchez met Moroccan Prime Minister Aziz Akhannouch in Rabat "
    "on Thursday.\n\n"
)


def _record(text: str) -> Record:
    return extract(text, published=PUBLISHED)


def _only(record: Record) -> Meeting:
    assert len(record.meetings) == 1, [m.participants for m in record.meetings]
    return record.meetings[0]


def _surnames(record: Record, ids: tuple[str, ...]) -> set[str]:
    by_id = {a.id: a.name for a in record.actors}
    return {by_id[i].split()[-1] for i in ids}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanchez accepted an invitation from Akhannouch to visit Marrakech next year.",
        "Sanchez accepted the invitation of Akhannouch to attend a forum in Tangier.",
    ],
)
def test_an_accepted_invitation_comes_from_the_one_named_after_from(sentence: str) -> None:
    record = _record(_MET + sentence + "\n")
    outcomes = _only(record).outcomes
    assert [o.kind for o in outcomes] == [OutcomeKind.INVITATION]
    assert _surnames(record, outcomes[0].by) == {"Akhannouch"}
    assert _surnames(record, outcomes[0].to) == {"Sanchez"}


def test_accepting_without_an_inviter_adds_no_invitation() -> None:
    record = _record(_MET + "Sanchez accepted the proposal, officials said.\n")
    assert _only(record).outcomes == ()


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        (
            (
                "The consultations also produced a declaration on water management and an agreement "
                "on seasonal workers."
            ),
            {"water management", "seasonal workers"},
        ),
        ("The talks yielded a roadmap for a fixed link across the Strait.", set()),
        ("The two sides adopted a joint declaration on migration.", {"migration"}),
    ],
)
def test_what_the_meeting_produced_is_an_agreement(sentence: str, topics: set[str]) -> None:
    meeting = _only(_record(_MET + sentence + "\n"))
    assert [o.kind for o in meeting.outcomes] == [OutcomeKind.AGREEMENT]
    assert topics <= set(meeting.topics)


def test_a_report_that_produced_figures_is_no_agreement() -> None:
    meeting = _only(_record(_MET + "The statistics office produced new figures on trade.\n"))
    assert meeting.outcomes == ()


def test_a_pledge_to_work_on_a_field_gives_the_field_as_topics() -> None:
    meeting = _only(_record(_MET + "The two leaders pledged to work more closely on migration and energy.\n"))
    assert [o.kind for o in meeting.outcomes] == [OutcomeKind.COMMITMENT]
    assert {"migration", "energy"} <= set(meeting.topics)


def test_a_pledged_act_is_no_topic() -> None:
    meeting = _only(_record(_MET + "Sanchez pledged to send two patrol boats.\n"))
    assert [o.kind for o in meeting.outcomes] == [OutcomeKind.COMMITMENT]
    assert meeting.topics == ()


def test_the_date_of_an_invited_visit_does_not_move_the_invitation() -> None:
    record = _record(
        _MET + "Sanchez said Akhannouch had accepted an invitation from him to visit Madrid in February.\n"
    )
    outcomes = _only(record).outcomes
    assert [o.kind for o in outcomes] == [OutcomeKind.INVITATION]
    assert _surnames(record, outcomes[0].by) == {"Sanchez"}


def test_the_day_a_readout_was_released_does_not_move_the_outcome() -> None:
    record = _record(
        _MET + "Sanchez accepted an invitation from Akhannouch to visit Marrakech, according to a "
        "joint readout released Friday.\n"
    )
    assert [o.kind for o in _only(record).outcomes] == [OutcomeKind.INVITATION]


def test_the_date_of_what_was_promised_does_not_move_the_promise() -> None:
    record = _record(_MET + "Akhannouch promised Sanchez that Morocco would finish the new port by June.\n")
    outcomes = _only(record).outcomes
    assert [o.kind for o in outcomes] == [OutcomeKind.COMMITMENT]
    assert _surnames(record, outcomes[0].by) == {"Akhannouch"}


def test_telling_the_counterpart_what_one_will_do_is_a_commitment_to_them() -> None:
    record = _record(_MET + "Sanchez told Akhannouch that Spain would open a consulate in Agadir.\n")
    outcomes = _only(record).outcomes
    assert [o.kind for o in outcomes] == [OutcomeKind.COMMITMENT]
    assert _surnames(record, outcomes[0].by) == {"Sanchez"}
    assert _surnames(record, outcomes[0].to) == {"Akhannouch"}


def test_telling_a_news_agency_what_ones_state_will_do_is_a_commitment() -> None:
    record = _record(_MET + "Sanchez told Reuters that Spain would open a consulate in Agadir.\n")
    outcomes = _only(record).outcomes
    assert [o.kind for o in outcomes] == [OutcomeKind.COMMITMENT]
    assert _surnames(record, outcomes[0].by) == {"Sanchez"}
    assert _surnames(record, outcomes[0].to) == {"Akhannouch"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanchez told reporters that the talks were good.",
        "Sanchez told Akhannouch that Spain would not be pressured.",
        "Sanchez told Akhannouch that the border was calm.",
        # What is told a news agency is a pledge only of the speaker's own state.
        "Sanchez told Reuters that Morocco would open a consulate in Seville.",
        "A Spanish official told The Associated Press that Madrid would send more coast guard boats.",
    ],
)
def test_telling_something_else_is_no_commitment(sentence: str) -> None:
    assert _only(_record(_MET + sentence + "\n")).outcomes == ()


@pytest.mark.parametrize("day", ["Friday", "on Friday", "yesterday"])
def test_agreed_with_a_bare_weekday_before_to_is_an_agreement(day: str) -> None:
    text = (
        "Spanish Defence Minister Margarita Robles and her Moroccan counterpart Abdellatif Loudiyi "
        f"agreed {day} to expand joint naval drills.\n\nThe two held talks in Madrid.\n"
    )
    meeting = _only(_record(text))
    assert [o.kind for o in meeting.outcomes] == [OutcomeKind.AGREEMENT]


def test_agreed_with_a_weekday_as_its_object_is_no_agreement_to_act() -> None:
    # "agreed Friday" with nothing after it: no "to", "that" or "on" follows the day.
    text = (
        "Spanish Prime Minister Pedro Sanchez met Moroccan Prime Minister Aziz Akhannouch in Rabat, "
        "a date both sides agreed Friday.\n"
    )
    assert _only(_record(text)).outcomes == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # An earlier agreement the talks were about, recalled with when it was signed.
        "Sanchez and Akhannouch discussed the fisheries agreement signed last year.",
        "The leaders reviewed the migration pact signed in 2019 in Marrakech.",
        # A document that is no agreement between the sides, with its signatory.
        "A statement from the Spanish government, signed by spokeswoman Pilar Alegria, praised the talks.",
        "The two leaders discussed a royal decree signed by King Mohammed VI on ports.",
    ],
)
def test_signed_describing_a_document_is_no_agreement(sentence: str) -> None:
    # No publication date: nothing tells "last year" from the year of the talks.
    assert _only(extract(_MET + sentence + "\n")).outcomes == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders signed a fisheries agreement.",
        "The two leaders signed a fisheries agreement on Thursday and signed no other deal.",
        "Sanchez and Akhannouch signed, in front of reporters, a fisheries agreement.",
    ],
)
def test_signed_telling_this_meetings_signing_is_an_agreement(sentence: str) -> None:
    outcomes = _only(extract(_MET + sentence + "\n")).outcomes
    assert [o.kind for o in outcomes][:1] == [OutcomeKind.AGREEMENT]


def test_a_quotation_opening_at_the_verb_quotes_the_reported_outcome() -> None:
    record = _record(
        _MET + 'Akhannouch "pledged to speed up work on the Tangier port" for Spanish exporters.\n'
    )
    outcomes = _only(record).outcomes
    assert [o.kind for o in outcomes] == [OutcomeKind.COMMITMENT]
    assert _surnames(record, outcomes[0].by) == {"Akhannouch"}


@pytest.mark.parametrize(
    "sentence",
    [
        '"We agreed to nothing new," Sanchez said.',
        'Sanchez said: "We pledged to speed up the port works."',
        '"pledged to help" is how Sanchez put it.',
    ],
)
def test_a_quotation_of_the_speakers_own_words_stays_skipped(sentence: str) -> None:
    assert _only(_record(_MET + sentence + "\n")).outcomes == ()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The two leaders announced an agreement to reopen the Ceuta crossing.", OutcomeKind.AGREEMENT),
        ("Sanchez and Akhannouch reached agreement on a new sardine quota.", OutcomeKind.AGREEMENT),
        ("The two sides hammered out a deal on seasonal workers.", OutcomeKind.AGREEMENT),
        ("Sanchez and Akhannouch came to an understanding on visas.", OutcomeKind.AGREEMENT),
        ("Sanchez presented a proposal to build a second power cable.", OutcomeKind.PROPOSAL),
        (
            "Sanchez announced additional assistance for flood relief in the Rif.",
            OutcomeKind.COMMITMENT,
        ),
        ("The two leaders remained divided over the customs posts in Melilla.", OutcomeKind.DISAGREEMENT),
        ("Sanchez and Akhannouch remain far apart on tomato tariffs.", OutcomeKind.DISAGREEMENT),
    ],
)
def test_more_wire_phrasings_of_outcomes(sentence: str, kind: OutcomeKind) -> None:
    assert [o.kind for o in _only(_record(_MET + sentence + "\n")).outcomes] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanchez announced the deal had been delayed.",
        "Sanchez reached Rabat by helicopter.",
        "Sanchez presented a gift to Akhannouch.",
        # Divided, but not the two sides.
        "Sanchez said Spanish and Moroccan fishermen remain divided over quotas.",
        "Polls show Spaniards are divided over the visit.",
    ],
)
def test_near_misses_of_the_wire_phrasings_are_no_outcomes(sentence: str) -> None:
    assert _only(_record(_MET + sentence + "\n")).outcomes == ()


@pytest.mark.parametrize(
    ("sentence", "proposer"),
    [
        ("Sanchez welcomed Morocco\u2019s offer to host the next migration conference.", "Morocco"),
        ("Sanchez welcomed Akhannouch's proposal to set up a joint water agency.", "Akhannouch"),
    ],
)
def test_welcoming_the_other_sides_offer_is_its_proposal(sentence: str, proposer: str) -> None:
    record = _record(_MET + sentence + "\n")
    outcomes = _only(record).outcomes
    assert [o.kind for o in outcomes] == [OutcomeKind.PROPOSAL]
    assert _surnames(record, outcomes[0].by) == {proposer}
    assert _surnames(record, outcomes[0].to) == {"Sanchez"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanchez welcomed the offer.",
        "Sanchez welcomed Spain's offer to help.",
        "Sanchez welcomed Akhannouch's remarks.",
    ],
)
def test_welcoming_no_offer_of_the_other_side_is_no_proposal(sentence: str) -> None:
    assert _only(_record(_MET + sentence + "\n")).outcomes == ()


_HANOI = (
    "Vietnam, Malaysia\n\nHANOI (Bernama) - Malaysian Prime Minister Anwar Ibrahim and Vietnamese Prime "
    "Minister Pham Minh Chinh held talks at the Government Office in Hanoi on Thursday. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two prime ministers later exchanged six MoUs on halal trade and energy.",
        "The leaders exchanged the signed agreements on rice and digital payments.",
    ],
)
def test_exchanged_documents_are_an_agreement(sentence: str) -> None:
    meeting = _only(_record(_HANOI + sentence + "\n"))
    assert [o.kind for o in meeting.outcomes] == [OutcomeKind.AGREEMENT]


@pytest.mark.parametrize(
    ("sentence", "by"),
    [
        ("Anwar expressed readiness to host the next round in Putrajaya.", "Ibrahim"),
        ("Chinh expressed Vietnam's readiness to supply more rice to Malaysia.", "Chinh"),
        ("Anwar expressed his willingness to visit Ho Chi Minh City next year.", "Ibrahim"),
    ],
)
def test_expressed_readiness_is_a_commitment(sentence: str, by: str) -> None:
    record = _record(_HANOI + sentence + "\n")
    meeting = _only(record)
    (outcome,) = meeting.outcomes
    assert outcome.kind is OutcomeKind.COMMITMENT
    assert isinstance(outcome.by, tuple)
    assert _surnames(record, outcome.by) == {by}


@pytest.mark.parametrize(
    "sentence",
    [
        # Views, gifts, concern and hope are exchanged or expressed; none is an outcome.
        "The two sides exchanged views on the South China Sea.",
        "The prime ministers exchanged gifts after lunch.",
        "Anwar expressed concern over the fighting in Myanmar.",
        "Chinh expressed hope that trade would double.",
    ],
)
def test_exchanged_views_and_expressed_concern_are_no_outcomes(sentence: str) -> None:
    meeting = _only(_record(_HANOI + sentence + "\n"))
    assert meeting.outcomes == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Seven agreements were signed in the presence of the two prime ministers.",
        "A number of MoUs on halal trade and tourism were also signed during the visit.",
    ],
)
def test_counted_documents_signed_in_the_passive_are_an_agreement(sentence: str) -> None:
    meeting = _only(_record(_HANOI + sentence + "\n"))
    assert [(o.kind, o.by) for o in meeting.outcomes] == [
        (OutcomeKind.AGREEMENT, meeting.participants),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # Documents of a past year, uncounted ones, and people are no agreement of the meeting.
        "The 1995 accords were signed in Kuala Lumpur.",
        "The agreements were signed long ago.",
        "Two players were signed by the club.",
    ],
)
def test_other_passive_signings_are_no_agreement(sentence: str) -> None:
    meeting = _only(_record(_HANOI + sentence + "\n"))
    assert meeting.outcomes == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chinh suggested setting up a joint rice reserve.", [OutcomeKind.PROPOSAL]),
        ("Anwar suggested holding the next round in Penang.", [OutcomeKind.PROPOSAL]),
        # A participle that describes, and "suggested nothing", propose nothing.
        ("Chinh suggested growing unease among investors.", []),
        ("Anwar suggested nothing new on the maritime dispute.", []),
    ],
)
def test_suggested_with_a_gerund_is_a_proposal(sentence: str, expected: list[OutcomeKind]) -> None:
    meeting = _only(_record(_HANOI + sentence + "\n"))
    assert [o.kind for o in meeting.outcomes] == expected
