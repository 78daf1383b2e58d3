"""Meeting, outcome and claim scoring on hand-made cases; name matching; the bipartite matcher."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral import (
    Agreement,
    Claim,
    Country,
    Disagreement,
    Duration,
    DurationQualifier,
    Group,
    Invitation,
    Medium,
    Meeting,
    Person,
    Place,
    Record,
    Source,
    Span,
    TimeExpression,
    Weekday,
)
from bilateral.evaluate import (
    GoldClaim,
    GoldDate,
    GoldDocument,
    GoldDuration,
    GoldMeeting,
    GoldOutcome,
    GoldParticipant,
    GoldPlace,
    Score,
    score_document,
)
from bilateral.evaluate._names import actor_keys, gold_keys, max_matching, normalize, surname
from bilateral.model import Actor, OutcomeKind

TEXT = (
    "Colombian President Gustavo Petro met Donald Trump at the White House on Tuesday for nearly two hours. "
    "They agreed that sanctions were not productive. Petro invited Trump to Cartagena. "
    "Petro said drug lords live in Dubai and Miami. Trump said drugs come out of Colombia. "
    "Rubio met Russian officials in Riyadh on Feb. 18."
)

PETRO = GoldParticipant(name="Gustavo Petro", title="President", country="CO")
TRUMP = GoldParticipant(name="Donald Trump", title="President", country="US")
RUBIO = GoldParticipant(name="Marco Rubio", title="Secretary of State", country="US")
RUSSIANS = GoldParticipant(name="Russian officials", title=None, country="RU")

MEETING = GoldMeeting(
    participants=(PETRO, TRUMP),
    date=GoldDate(text="Tuesday", weekday=Weekday.TUESDAY),
    place=GoldPlace(name="White House", country="US"),
    duration=GoldDuration(text="nearly two hours", seconds=7200, qualifier=DurationQualifier.APPROXIMATELY),
    topics=("drug trafficking", "sanctions"),
    outcomes=(
        GoldOutcome(
            kind=OutcomeKind.AGREEMENT,
            by=("Gustavo Petro", "Donald Trump"),
            to=(),
            text="sanctions are not productive",
            evidence="They agreed that sanctions were not productive",
        ),
        GoldOutcome(
            kind=OutcomeKind.INVITATION,
            by=("Gustavo Petro",),
            to=("Donald Trump",),
            text="Trump invited to Cartagena",
            evidence="Petro invited Trump to Cartagena",
        ),
    ),
)
RIYADH = GoldMeeting(
    participants=(RUBIO, RUSSIANS),
    date=GoldDate(text="Feb. 18", year=2025, month=2, day=18),
    place=GoldPlace(name="Riyadh", country="SA"),
    duration=None,
    topics=(),
    outcomes=(),
)
CLAIMS = (
    GoldClaim(claimant="Gustavo Petro", text="drug lords live in Dubai and Miami", about=("Dubai", "Miami")),
    GoldClaim(claimant="Donald Trump", text="drugs come out of Colombia", about=("Colombia",)),
)
DOC = GoldDocument(name="doc", text=TEXT, meetings=(MEETING, RIYADH), claims=CLAIMS)

ACTORS: tuple[Actor, ...] = (
    Person(id="petro", name="Gustavo Petro", country="CO"),
    Person(id="trump", name="Donald J. Trump", country="US"),
    Person(id="rubio", name="Marco Rubio", country="US"),
    Country(id="russia", name="Russia", country="RU"),
    Person(id="lavrov", name="Sergei Lavrov", country="RU"),
)
PLACES = (
    Place(id="wh", name="the White House", country="US"),
    Place(id="riyadh", name="Riyadh", country="SA"),
    Place(id="dubai", name="Dubai"),
    Place(id="colombia", name="Colombia", country="CO"),
)


def span(sub: str) -> Span:
    at = TEXT.index(sub)
    return Span(start=at, end=at + len(sub))


def record(*meetings: Meeting, claims: tuple[Claim, ...] = ()) -> Record:
    return Record(source=Source(text=TEXT), actors=ACTORS, places=PLACES, meetings=meetings, claims=claims)


def petro_trump(**changes: object) -> Meeting:
    fields: dict[str, object] = {
        "id": "m1",
        "participants": ("petro", "trump"),
        "medium": Medium.IN_PERSON,
        "date": TimeExpression(text="Tuesday", weekday=Weekday.TUESDAY),
        "place": "wh",
        "duration": Duration(
            seconds=7200, qualifier=DurationQualifier.APPROXIMATELY, text="nearly two hours"
        ),
        "topics": ("drug trafficking", "sanctions"),
        "outcomes": (
            Agreement(by=("petro", "trump"), text="no sanctions", evidence=(span("agreed"),)),
            Invitation(by=("petro",), to=("trump",), text="Cartagena", evidence=(span("invited Trump"),)),
        ),
    }
    fields.update(changes)
    return Meeting(**fields)  # type: ignore[arg-type]


def riyadh(**changes: object) -> Meeting:
    fields: dict[str, object] = {
        "id": "m2",
        "participants": ("rubio", "russia"),
        "date": TimeExpression(text="Feb. 18", year=2025, month=2, day=18, weekday=Weekday.TUESDAY),
        "place": "riyadh",
    }
    fields.update(changes)
    return Meeting(**fields)  # type: ignore[arg-type]


def perfect(score: Score) -> bool:
    return (score.precision, score.recall) == (1.0, 1.0)


def test_names_normalise_and_match_by_surname_or_delegation() -> None:
    assert normalize("  Andrés  MANUEL López-Obrador ") == "andres manuel lopez obrador"
    assert normalize("U.S.") == "us"
    assert surname("C. Raja Mohan") == "mohan"
    assert surname("Mohammed bin Salman") == "salman"
    assert surname("...") == ""
    assert gold_keys("Gustavo Petro") == {"petro", "gustavo petro"}
    assert gold_keys("Russian officials", country="RU") == {"officials", "russian officials", "ru"}
    assert actor_keys(Person(id="x", name="Gustavo Francisco Petro Urrego")) == {"urrego"}
    assert actor_keys(Person(id="x", name="Donald J. Trump", country="US")) == {"trump"}
    assert actor_keys(Group(id="x", name="Ukrainian officials", country="UA")) == {
        "ukrainian officials",
        "ua",
    }
    assert actor_keys(Country(id="x", name="Russia", country="RU")) == {"russia", "ru"}


def test_perfect_meetings_and_claims() -> None:
    claims = (
        Claim(
            id="c1",
            claimants=("petro",),
            text="drug lords",
            about=("dubai",),
            evidence=(span("drug lords live in Dubai and Miami"),),
        ),
        Claim(id="c2", claimants=("trump",), text="drugs come out of Colombia", about=("colombia",)),
    )
    scores = score_document(DOC, record(petro_trump(), riyadh(), claims=claims))
    m = scores.meetings
    for name in (
        "meetings",
        "participants",
        "date",
        "place",
        "place_country",
        "duration",
        "duration_qualifier",
    ):
        assert perfect(getattr(m, name)), name
    assert perfect(m.topics)
    assert perfect(m.outcomes)
    assert perfect(m.outcomes_strict)
    assert perfect(scores.claims.claimant)
    assert perfect(scores.claims.claimant_text)
    # "Miami" is not in the predicted about: P 2/2, R 2/3.
    assert scores.claims.about == Score(predicted=2, predicted_hits=2, gold=3, gold_hits=2)


def test_empty_prediction_has_zero_recall() -> None:
    scores = score_document(DOC, record())
    assert scores.meetings.meetings == Score(gold=2)
    assert (scores.meetings.meetings.precision, scores.meetings.meetings.recall) == (0.0, 0.0)
    assert scores.meetings.participants == Score(gold=4)
    assert scores.meetings.outcomes == Score(gold=2)
    assert scores.claims.claimant == Score(gold=2)
    assert not scores.meetings.date.defined


def test_phone_calls_are_left_out_and_unknown_medium_kept() -> None:
    scores = score_document(DOC, record(petro_trump(medium=Medium.PHONE), riyadh(medium=Medium.UNKNOWN)))
    assert scores.meetings.meetings == Score(predicted=1, predicted_hits=1, gold=2, gold_hits=1)
    # The phone call's outcomes are left out with it.
    assert scores.meetings.outcomes == Score(predicted=0, gold=2)


def test_delegations_match_by_country_code_people_by_surname() -> None:
    by_code = score_document(DOC, record(riyadh(participants=("rubio", "russia"))))
    assert by_code.meetings.participants == Score(predicted=2, predicted_hits=2, gold=4, gold_hits=2)
    # A Russian person is not the delegation: one shared participant does not align a meeting.
    person = score_document(DOC, record(riyadh(participants=("rubio", "lavrov"))))
    assert person.meetings.meetings == Score(predicted=1, predicted_hits=0, gold=2, gold_hits=0)
    assert person.meetings.participants == Score(predicted=2, predicted_hits=0, gold=4, gold_hits=0)
    assert not person.meetings.date.defined  # fields are scored on aligned pairs only


def test_meetings_align_by_most_shared_participants() -> None:
    three = GoldMeeting(
        participants=(PETRO, TRUMP, RUBIO), date=None, place=None, duration=None, topics=(), outcomes=()
    )
    doc = GoldDocument(name="doc", text=TEXT, meetings=(MEETING, three))
    # The predicted trio shares 2 with MEETING and 3 with `three`: it must go to `three`,
    # leaving the pair for MEETING.
    trio = petro_trump(id="m3", participants=("petro", "trump", "rubio"), place=None, date=None)
    pair = petro_trump()
    for order in ((trio, pair), (pair, trio)):
        scores = score_document(doc, record(*order))
        assert perfect(scores.meetings.meetings)
        assert perfect(scores.meetings.participants)
        assert perfect(scores.meetings.place)


def test_meeting_fields() -> None:
    wrong = petro_trump(
        date=TimeExpression(text="Monday", weekday=Weekday.MONDAY),
        place="riyadh",
        duration=Duration(seconds=6400, qualifier=DurationQualifier.APPROXIMATELY),
        topics=("Drug Trafficking in the region", "energy"),
    )
    m = score_document(DOC, record(wrong, riyadh(date=None))).meetings
    assert m.date == Score(predicted=1, predicted_hits=0, gold=2, gold_hits=0)
    assert m.place == Score(predicted=2, predicted_hits=1, gold=2, gold_hits=1)
    assert m.place_country == Score(predicted=2, predicted_hits=1, gold=2, gold_hits=1)
    # 6400 s is more than 10% away from 7200 s; the qualifier is still right.
    assert m.duration == Score(predicted=1, predicted_hits=0, gold=1, gold_hits=0)
    assert m.duration_qualifier == Score(predicted=1, predicted_hits=1, gold=1, gold_hits=1)
    # "drug trafficking" is contained in the first predicted topic; "energy" matches nothing.
    assert m.topics == Score(predicted=2, predicted_hits=1, gold=2, gold_hits=1)
    close = petro_trump(duration=Duration(seconds=6500, qualifier=DurationQualifier.AT_LEAST))
    m = score_document(DOC, record(close)).meetings
    assert m.duration == Score(predicted=1, predicted_hits=1, gold=1, gold_hits=1)
    assert m.duration_qualifier == Score(predicted=1, predicted_hits=0, gold=1, gold_hits=0)


def test_dates_compare_on_the_parts_the_gold_gives() -> None:
    # The gold Riyadh date gives year, month and day but no weekday: the prediction need not give one.
    m = score_document(
        DOC, record(riyadh(date=TimeExpression(text="Feb 18", year=2025, month=2, day=18)))
    ).meetings
    assert m.date.gold_hits == 1
    m = score_document(DOC, record(riyadh(date=TimeExpression(text="Feb. 18", month=2, day=18)))).meetings
    assert m.date.gold_hits == 0
    text_only = GoldMeeting(
        participants=(PETRO, TRUMP),
        date=GoldDate(text="earlier in the day"),
        place=None,
        duration=None,
        topics=(),
        outcomes=(),
    )
    doc = GoldDocument(name="doc", text=TEXT, meetings=(text_only,))
    hit = petro_trump(date=TimeExpression(text="Earlier in the day"))
    assert score_document(doc, record(hit)).meetings.date.gold_hits == 1
    miss = petro_trump(date=TimeExpression(text="later that day"))
    assert score_document(doc, record(miss)).meetings.date.gold_hits == 0


def test_outcomes_by_kind_and_strictly() -> None:
    outcomes = (
        # Right kind, wrong evidence.
        Agreement(by=("petro", "trump"), text="x", evidence=(span("Colombian President"),)),
        # Right kind and evidence, but the invitation comes from the wrong side.
        Invitation(by=("trump",), to=("rubio",), text="x", evidence=(span("invited"),)),
        # A kind the gold does not have.
        Disagreement(by=("petro",), text="x", evidence=(span("agreed"),)),
    )
    m = score_document(DOC, record(petro_trump(outcomes=outcomes))).meetings
    assert m.outcomes == Score(predicted=3, predicted_hits=2, gold=2, gold_hits=2)
    assert m.outcomes_strict == Score(predicted=3, predicted_hits=0, gold=2, gold_hits=0)
    no_evidence = (Agreement(by=("petro",), text="x"),)
    m = score_document(DOC, record(petro_trump(outcomes=no_evidence))).meetings
    assert m.outcomes_strict.gold_hits == 0
    one_side = (Agreement(by=("trump",), text="x", evidence=(span("sanctions were"),)),)
    m = score_document(DOC, record(petro_trump(outcomes=one_side))).meetings
    assert m.outcomes_strict.gold_hits == 1


def test_claims_by_claimant_and_by_text() -> None:
    claims = (
        # Trump's claim attributed to Petro, text right: no match on either criterion for Trump's.
        Claim(id="c1", claimants=("petro",), text="drugs come out of Colombia"),
        # Petro's claim, text covering 3 of its 7 words only (less than half the characters).
        Claim(id="c2", claimants=("petro",), text="x", evidence=(span("drug lords live"),)),
        # Trump among several claimants, text found by its first occurrence.
        Claim(id="c3", claimants=("rubio", "trump"), text="drugs come out of"),
    )
    c = score_document(DOC, record(claims=claims)).claims
    # Claimant only: Petro's gold claim takes c1 or c2, Trump's takes c3.
    assert c.claimant == Score(predicted=3, predicted_hits=2, gold=2, gold_hits=2)
    # Claimant and text: only Trump's (c3 covers 17 of 26 characters).
    assert c.claimant_text == Score(predicted=3, predicted_hits=1, gold=2, gold_hits=1)
    assert c.about == Score(predicted=0, predicted_hits=0, gold=1, gold_hits=0)


def test_claimant_that_is_a_country_or_group() -> None:
    doc = GoldDocument(
        name="doc",
        text=TEXT,
        claims=(GoldClaim(claimant="Russian officials", text="Rubio met", about=()),),
    )
    actors = (Group(id="g", name="Russian Officials", country="RU"),)
    rec = Record(
        source=Source(text=TEXT),
        actors=actors,
        claims=(Claim(id="c", claimants=("g",), text="Rubio met"),),
    )
    assert perfect(score_document(doc, rec).claims.claimant_text)


def _brute_force(edges: list[list[bool]]) -> int:
    n_gold = len(edges)
    n_pred = len(edges[0]) if edges else 0
    best = 0
    for perm in permutations(range(max(n_pred, n_gold)), n_gold):
        best = max(best, sum(1 for g, p in enumerate(perm) if p < n_pred and edges[g][p]))
    return best


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 5).flatmap(lambda n: st.lists(st.lists(st.booleans(), min_size=n, max_size=n), max_size=5))
)
def test_max_matching_is_maximum_and_one_to_one(edges: list[list[bool]]) -> None:
    n_pred = len(edges[0]) if edges else 0
    pairs = max_matching(range(len(edges)), range(n_pred), lambda g, p: edges[g][p])
    assert len({g for g, _ in pairs}) == len(pairs) == len({p for _, p in pairs})
    assert all(edges[g][p] for g, p in pairs)
    assert len(pairs) == _brute_force(edges)


def test_max_matching_handles_long_augmenting_chains() -> None:
    # Gold g fits predictions g-1 and g, tried in that order: each new gold item first
    # walks a path through all earlier ones, deeper than Python's default recursion limit.
    n = 1200
    pairs = max_matching(range(n), range(n), lambda g, p: p in {g, g - 1} if g else p == 0)
    assert len(pairs) == n
