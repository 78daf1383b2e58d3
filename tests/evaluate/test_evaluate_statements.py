"""Statement scoring on hand-made cases: the DESIGN section 6 definitions, one by one."""

from __future__ import annotations

from itertools import permutations
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral import Record, Source, Span, Statement
from bilateral.evaluate import (
    QUOTATION_MARKS,
    AttributionScores,
    EvaluationError,
    GoldAttribution,
    GoldDocument,
    Score,
    score_document,
)
from bilateral.evaluate._attribution import Item, match, score_attributions
from bilateral.evaluate._tokens import Tokens, is_direct

if TYPE_CHECKING:
    import random

# Typographic quotation marks and apostrophes, spelled out so the source stays unambiguous.
LQ, RQ, LSQ, RSQ = "\u201c", "\u201d", "\u2018", "\u2019"


def sp(text: str, sub: str, nth: int = 0) -> Span:
    """The span of the *nth* occurrence of *sub* in *text*."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(sub, at + 1)
    return Span(start=at, end=at + len(sub))


def gold(text: str, *attributions: GoldAttribution, discard: tuple[Span, ...] = ()) -> GoldDocument:
    return GoldDocument(name="doc", text=text, attributions=attributions, discard=discard)


def ga(content: tuple[Span, ...], cue: Span, source: Span | None = None, eid: str = "E1") -> GoldAttribution:
    return GoldAttribution(id=eid, source=None if source is None else (source,), cue=cue, content=content)


def record(text: str, *statements: tuple[tuple[Span, ...], Span | None, Span | None]) -> Record:
    return Record(
        source=Source(text=text),
        statements=tuple(
            Statement(id=f"s{i}", content=content, cue=cue, speaker_mention=source)
            for i, (content, cue, source) in enumerate(statements)
        ),
    )


def prf(score: Score) -> tuple[float | None, float | None, float | None]:
    return score.precision, score.recall, score.f1


TEXT = 'Petro said "drugs come from Dubai." Trump said that sanctions never worked.'
G1 = ga((sp(TEXT, '"drugs come from Dubai."'),), sp(TEXT, "said"), sp(TEXT, "Petro"), "E1")
G2 = ga((sp(TEXT, "that sanctions never worked"),), sp(TEXT, "said", 1), sp(TEXT, "Trump"), "E2")
DOC = gold(TEXT, G1, G2)


def as_prediction(a: GoldAttribution) -> tuple[tuple[Span, ...], Span | None, Span | None]:
    return a.content, a.cue, None if a.source is None else a.source[0]


def test_tokens() -> None:
    tokens = Tokens(f"Petro{RSQ}s {LQ}kingpins,{RQ} said.")
    assert [tokens.token_text(i) for i in range(len(tokens))] == [
        "Petro",
        RSQ,
        "s",
        LQ,
        "kingpins",
        ",",
        RQ,
        "said",
        ".",
    ]
    # A span covers every token it touches; an empty span covers none.
    assert list(tokens.covered(2, 4)) == [0]
    assert list(tokens.covered(4, 5)) == [0]
    assert list(tokens.covered(4, 6)) == [0, 1]
    assert list(tokens.covered(5, 7)) == [1, 2]
    assert list(tokens.covered(3, 3)) == []
    assert list(tokens.covered(7, 8)) == []  # the space between "s" and "“"
    assert is_direct(tokens, tokens.covered(8, 19))
    assert not is_direct(tokens, tokens.covered(0, 7))  # the apostrophe is not a quotation mark
    assert {'"', LQ, RQ, "\u201e", "\u00ab", "\u00bb"} <= QUOTATION_MARKS
    assert not {"'", LSQ, RSQ} & QUOTATION_MARKS


def test_perfect_prediction_scores_one_everywhere() -> None:
    scores = score_document(DOC, record(TEXT, as_prediction(G1), as_prediction(G2)))
    for group in (scores.attributions, scores.direct, scores.indirect):
        for name in ("content_exact", "content_overlap", "source_exact", "source_overlap", "cue_exact"):
            assert prf(getattr(group, name)) == (1.0, 1.0, 1.0), name


def test_empty_prediction_has_zero_recall_and_zero_precision() -> None:
    for prediction in (None, record(TEXT)):
        a = score_document(DOC, prediction).attributions
        assert prf(a.content_exact) == (0.0, 0.0, 0.0)
        assert prf(a.content_overlap) == (0.0, 0.0, 0.0)
        assert a.content_exact.gold == 2
        # Source and cue are scored on matched pairs only: with no pair they are undefined.
        assert prf(a.source_exact) == (None, None, None)
        assert not a.cue_overlap.defined


def test_precision_and_recall_are_not_swapped() -> None:
    text = "Officials said alpha beta gamma delta and epsilon zeta eta theta today."
    g1 = ga((sp(text, "alpha beta gamma delta"),), sp(text, "said"), eid="E1")
    g2 = ga((sp(text, "epsilon zeta eta theta"),), sp(text, "said"), eid="E2")
    # One prediction: the second half of g1 and the first half of g2 (plus "and").
    pred = record(text, ((sp(text, "gamma delta and epsilon zeta"),), None, None))
    a = score_document(gold(text, g1, g2), pred).attributions
    # 4 of its 5 tokens lie in gold content; 4 of the 8 gold tokens are found.
    assert a.content_overlap == Score(predicted=5, predicted_hits=4, gold=8, gold_hits=4)
    assert a.content_overlap.precision == 0.8
    assert a.content_overlap.recall == 0.5
    # Not exact: P = 0/1, R = 0/2.
    assert a.content_exact == Score(predicted=1, predicted_hits=0, gold=2, gold_hits=0)


def test_a_prediction_inside_one_gold_has_full_precision() -> None:
    text = "Officials said alpha beta gamma delta and epsilon zeta eta theta today."
    g1 = ga((sp(text, "alpha beta gamma delta"),), sp(text, "said"), eid="E1")
    g2 = ga((sp(text, "epsilon zeta eta theta"),), sp(text, "said"), eid="E2")
    pred = record(text, ((sp(text, "alpha beta"),), None, None))
    overlap = score_document(gold(text, g1, g2), pred).attributions.content_overlap
    assert (overlap.precision, overlap.recall) == (1.0, 0.25)


def test_greedy_matching_takes_the_largest_overlap_first() -> None:
    text = "A said one two three four five six seven eight. B said nine ten eleven twelve."
    ga_ = ga((sp(text, "one two three four five six seven eight"),), sp(text, "said"), sp(text, "A"), "E1")
    gb = ga((sp(text, "nine ten eleven twelve"),), sp(text, "said", 1), sp(text, "B"), "E2")
    # p0 (listed first) shares 3 tokens with ga and 4 with gb; p1 shares 6 with ga.
    p0 = ((sp(text, "six seven eight. B said nine ten eleven twelve"),), sp(text, "said", 1), sp(text, "B"))
    p1 = ((sp(text, "one two three four five six"),), sp(text, "said"), sp(text, "A"))
    a = score_document(gold(text, ga_, gb), record(text, p0, p1)).attributions
    # Largest first: (ga, p1) with 6, then (gb, p0) with 4: each source and cue lines up.
    assert prf(a.source_exact) == (1.0, 1.0, 1.0)
    assert prf(a.cue_exact) == (1.0, 1.0, 1.0)
    tokens = Tokens(text)
    gi = [
        Item(content=tokens.of(g.content), source=None, cue=None, direct=False, position=(0, 0, i))
        for i, g in enumerate((ga_, gb))
    ]
    pi = [
        Item(content=tokens.of(p[0]), source=None, cue=None, direct=False, position=(0, 0, i))
        for i, p in enumerate((p0, p1))
    ]
    assert match(gi, pi) == [(0, 1), (1, 0)]


def test_matching_needs_one_shared_token_and_is_one_to_one() -> None:
    text = "X said alpha beta. Y said gamma delta."
    g = ga((sp(text, "alpha beta"),), sp(text, "said"), sp(text, "X"))
    twice = ((sp(text, "alpha beta"),), sp(text, "said"), sp(text, "X"))
    elsewhere = ((sp(text, "gamma delta"),), sp(text, "said", 1), sp(text, "Y"))
    a = score_document(gold(text, g), record(text, twice, twice, elsewhere)).attributions
    assert a.content_exact == Score(predicted=3, predicted_hits=1, gold=1, gold_hits=1)
    # Only the one matched pair is scored for source and cue.
    assert a.source_exact == Score(predicted=1, predicted_hits=1, gold=1, gold_hits=1)


def test_ties_prefer_the_closer_fit() -> None:
    text = "X said alpha beta gamma."
    g = ga((sp(text, "alpha beta"),), sp(text, "said"), sp(text, "X"))
    wider = ((sp(text, "alpha beta gamma"),), None, None)
    exact = ((sp(text, "alpha beta"),), sp(text, "said"), sp(text, "X"))
    for order in ((wider, exact), (exact, wider)):
        a = score_document(gold(text, g), record(text, *order)).attributions
        assert a.content_exact.gold_hits == 1
        assert a.source_exact.gold_hits == 1


def test_discontinuous_spans_compare_as_token_sets() -> None:
    text = "The meeting was described by both as optimistic and constructive."
    g = ga(
        (sp(text, "The meeting"), sp(text, "as optimistic and constructive")),
        sp(text, "was described"),
        sp(text, "both"),
    )
    doc = gold(text, g)
    same = (
        (sp(text, "The meeting"), sp(text, "as optimistic and constructive")),
        sp(text, "was described"),
        None,
    )
    assert score_document(doc, record(text, same)).attributions.content_exact.gold_hits == 1
    # The same tokens cut differently, with a span ending inside a word: still exact.
    recut = (
        (Span(start=0, end=3), Span(start=4, end=9), sp(text, "as optimistic"), sp(text, "and construct")),
        sp(text, "described"),
        None,
    )
    a = score_document(doc, record(text, recut)).attributions
    assert a.content_exact.gold_hits == 1
    assert a.cue_exact.gold_hits == 0
    assert a.cue_overlap == Score(predicted=1, predicted_hits=1, gold=2, gold_hits=1)
    # The covering span also takes "was described by both": 4 tokens too many.
    covering = ((Span(start=0, end=text.index(".")),), None, None)
    a = score_document(doc, record(text, covering)).attributions
    assert a.content_exact.gold_hits == 0
    assert a.content_overlap == Score(predicted=10, predicted_hits=6, gold=6, gold_hits=6)


def test_predictions_inside_discard_are_ignored() -> None:
    text = "Home | Petro said drugs | World\nPetro said drugs come from Dubai."
    discard = (Span(start=0, end=text.index("\n")),)
    g = ga((sp(text, "drugs come from Dubai", 0),), sp(text, "said", 1), sp(text, "Petro", 1))
    doc = gold(text, g, discard=discard)
    in_boilerplate = ((sp(text, "drugs"),), sp(text, "said"), sp(text, "Petro"))
    right = ((sp(text, "drugs come from Dubai"),), sp(text, "said", 1), sp(text, "Petro", 1))
    a = score_document(doc, record(text, in_boilerplate, right)).attributions
    assert prf(a.content_exact) == (1.0, 1.0, 1.0)
    assert prf(a.content_overlap) == (1.0, 1.0, 1.0)
    # A prediction reaching into the boilerplate only counts its tokens outside it.
    straddling = ((Span(start=text.index("World"), end=text.index(".")),), None, None)
    a = score_document(doc, record(text, straddling)).attributions
    assert a.content_overlap.predicted == len(["Petro", "said", "drugs", "come", "from", "Dubai"])
    assert a.content_overlap.predicted_hits == 4


def test_direct_and_indirect_are_scored_apart() -> None:
    perfect = score_document(DOC, record(TEXT, as_prediction(G1), as_prediction(G2)))
    assert perfect.direct.content_exact == Score(predicted=1, predicted_hits=1, gold=1, gold_hits=1)
    assert perfect.indirect.content_exact == Score(predicted=1, predicted_hits=1, gold=1, gold_hits=1)
    # A prediction that drops the quotation marks is INDIRECT: it counts against the
    # indirect precision, while the gold it misses counts against the direct recall.
    unquoted = ((sp(TEXT, "drugs come from Dubai"),), sp(TEXT, "said"), sp(TEXT, "Petro"))
    s = score_document(DOC, record(TEXT, unquoted))
    assert s.direct.content_exact == Score(predicted=0, predicted_hits=0, gold=1, gold_hits=0)
    assert s.indirect.content_exact == Score(predicted=1, predicted_hits=0, gold=1, gold_hits=0)
    assert s.direct.source_exact == Score(predicted=0, predicted_hits=0, gold=1, gold_hits=1)
    assert s.indirect.source_exact == Score(predicted=1, predicted_hits=1, gold=0, gold_hits=0)
    assert s.attributions == s.direct + s.indirect
    # Guillemets make a content direct too.
    text = "Macron a dit « non »."
    g = ga((sp(text, "« non »"),), sp(text, "a dit"), sp(text, "Macron"))
    assert score_document(gold(text, g), None).direct.content_exact.gold == 1


def test_source_and_cue_count_only_what_each_side_has() -> None:
    text = "It was reported that talks failed. Petro said talks worked."
    no_source = ga((sp(text, "that talks failed"),), sp(text, "was reported"), None, "E1")
    with_source = ga((sp(text, "talks worked"),), sp(text, "said"), sp(text, "Petro"), "E2")
    doc = gold(text, no_source, with_source)
    # The first prediction invents a source; the second has none and no cue either.
    pred = record(
        text,
        ((sp(text, "that talks failed"),), sp(text, "was reported"), sp(text, "It")),
        ((sp(text, "talks worked"),), None, None),
    )
    a = score_document(doc, pred).attributions
    assert a.source_exact == Score(predicted=1, predicted_hits=0, gold=1, gold_hits=0)
    assert a.source_overlap == Score(predicted=1, predicted_hits=0, gold=1, gold_hits=0)
    assert a.cue_exact == Score(predicted=1, predicted_hits=1, gold=2, gold_hits=1)
    assert a.cue_overlap == Score(predicted=2, predicted_hits=2, gold=3, gold_hits=2)


def test_a_shared_gold_source_counts_once_per_attribution() -> None:
    text = "Trump himself characterized Petro as terrific and said they got along."
    src = sp(text, "Trump himself")
    g1 = ga((sp(text, "Petro as terrific"),), sp(text, "characterized"), src, "E1")
    g2 = ga((sp(text, "they got along"),), sp(text, "said"), src, "E2")
    pred = record(text, (g1.content, g1.cue, src), (g2.content, g2.cue, src))
    a = score_document(gold(text, g1, g2), pred).attributions
    assert a.source_exact == Score(predicted=2, predicted_hits=2, gold=2, gold_hits=2)
    assert a.source_overlap == Score(predicted=4, predicted_hits=4, gold=4, gold_hits=4)


def test_a_record_of_another_text_is_refused() -> None:
    with pytest.raises(EvaluationError, match="differs from the gold text"):
        score_document(DOC, Record(source=Source(text=TEXT + " ")))


# --------------------------------------------------------------------------- properties


@st.composite
def items(draw: st.DrawFn, n_tokens: int = 30) -> list[Item]:
    contents = draw(
        st.lists(st.frozensets(st.integers(0, n_tokens - 1), min_size=1, max_size=8), max_size=6, unique=True)
    )
    out = []
    for i, content in enumerate(contents):
        source = draw(st.none() | st.frozensets(st.integers(0, n_tokens - 1), min_size=1, max_size=3))
        cue = draw(st.none() | st.frozensets(st.integers(0, n_tokens - 1), min_size=1, max_size=2))
        out.append(
            Item(
                content=content,
                source=source,
                cue=cue,
                direct=draw(st.booleans()),
                position=(min(content), max(content), i),
            )
        )
    return out


def _all_scores(scores: AttributionScores) -> list[Score]:
    return [getattr(scores, f.name) for f in attrs.fields(AttributionScores)]


@settings(max_examples=200, deadline=None)
@given(items(), items())
def test_ratios_stay_between_zero_and_one(gold_items: list[Item], pred_items: list[Item]) -> None:
    overall, direct, indirect = score_attributions(gold_items, pred_items)
    assert overall == direct + indirect
    for score in _all_scores(overall):
        for value in (score.precision, score.recall, score.f1):
            assert value is None or 0.0 <= value <= 1.0
    assert overall.content_exact.gold == len(gold_items)
    assert overall.content_exact.predicted == len(pred_items)
    assert direct.content_exact.gold == sum(g.direct for g in gold_items)


@settings(max_examples=200, deadline=None)
@given(items(), items())
def test_swapping_gold_and_predictions_swaps_precision_and_recall(
    gold_items: list[Item], pred_items: list[Item]
) -> None:
    forward, _, _ = score_attributions(gold_items, pred_items)
    backward, _, _ = score_attributions(pred_items, gold_items)
    for name in ("content_exact", "content_overlap"):
        f, b = getattr(forward, name), getattr(backward, name)
        assert (f.precision, f.recall) == (b.recall, b.precision)


@settings(max_examples=200, deadline=None)
@given(items())
def test_items_scored_against_themselves_are_perfect(gold_items: list[Item]) -> None:
    overall, _, _ = score_attributions(gold_items, gold_items)
    for score in _all_scores(overall):
        assert score.precision in {None, 1.0}
        assert score.recall in {None, 1.0}


@settings(max_examples=100, deadline=None)
@given(items(), items(), st.randoms(use_true_random=False))
def test_content_scores_do_not_depend_on_prediction_order(
    gold_items: list[Item], pred_items: list[Item], rnd: random.Random
) -> None:
    shuffled = list(pred_items)
    rnd.shuffle(shuffled)
    a, _, _ = score_attributions(gold_items, pred_items)
    b, _, _ = score_attributions(gold_items, shuffled)
    assert (a.content_exact, a.content_overlap) == (b.content_exact, b.content_overlap)


def test_ties_are_broken_by_position_not_by_list_order() -> None:
    content = frozenset({1, 2})
    gold_items = [
        Item(content=content, source=None, cue=None, direct=False, position=(1, 2, i)) for i in range(3)
    ]
    for order in permutations(range(3)):
        pred_items = [
            Item(content=content, source=None, cue=None, direct=False, position=(1, 2, i)) for i in order
        ]
        # Gold i always goes to the prediction at position i, wherever it sits in the list.
        assert sorted(match(gold_items, pred_items)) == [(i, order.index(i)) for i in range(3)]
