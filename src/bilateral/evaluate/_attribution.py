"""
Statement (attribution) scoring, exactly as DESIGN section 6 defines it.

* Every span becomes the set of tokens it touches (`Tokens`); Discard tokens are removed
  from predicted spans, and a predicted statement left with no content token is ignored.
  A predicted speaker mention or cue that covers no token counts as absent.
* Matching, per document: gold and predicted statements are paired one-to-one, greedily,
  by the number of shared content tokens (at least one), largest first. Ties go to the
  pair with the smaller union (the closer fit), then to the gold statement, then the
  prediction, that comes first in the text.
* Content exact: P = predictions paired with an identical gold content / all predictions;
  R = gold statements paired with an identical prediction / all gold.
* Content overlap: P = predicted content tokens inside some gold content / all predicted
  content tokens (summed per statement); R the other way round.
* Source (speaker mention) and cue, on matched pairs only: exact P = pairs with identical
  token sets / matched predictions that have one; R over matched gold that has one.
  Overlap: shared tokens / the prediction's tokens (P) or the gold's tokens (R).
* DIRECT/INDIRECT: each statement is classed by its own content (a quotation mark among
  its tokens). The precision side of a metric counts in the prediction's class, the recall
  side in the gold's class, so the two subsets add up to the overall figures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from bilateral.evaluate._scores import AttributionScores, Score
from bilateral.evaluate._tokens import Tokens, is_direct

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from bilateral.evaluate._gold import GoldDocument
    from bilateral.model import Span, Statement

__all__ = ["Item", "gold_items", "match", "predicted_items", "score_attributions"]


@attrs.frozen(kw_only=True)
class Item:
    """A statement reduced to token sets."""

    content: frozenset[int]
    source: frozenset[int] | None
    cue: frozenset[int] | None
    direct: bool
    #: Sort key for ties: first and last content token, then the original index.
    position: tuple[int, int, int]


def _item(
    tokens: Tokens,
    index: int,
    *,
    content: Iterable[Span],
    source: Iterable[Span] | None,
    cue: Iterable[Span] | None,
    drop: frozenset[int],
) -> Item | None:
    covered = tokens.of(content) - drop
    if not covered:
        return None

    def part(spans: Iterable[Span] | None) -> frozenset[int] | None:
        if spans is None:
            return None
        toks = tokens.of(spans) - drop
        return toks or None

    return Item(
        content=covered,
        source=part(source),
        cue=part(cue),
        direct=is_direct(tokens, covered),
        position=(min(covered), max(covered), index),
    )


def gold_items(doc: GoldDocument, tokens: Tokens) -> list[Item]:
    """The gold attributions of *doc* as token sets (a shared source counts once per attribution)."""
    items = (
        _item(tokens, i, content=a.content, source=a.source, cue=(a.cue,), drop=frozenset())
        for i, a in enumerate(doc.attributions)
    )
    return [it for it in items if it is not None]


def predicted_items(statements: Sequence[Statement], tokens: Tokens, discard: frozenset[int]) -> list[Item]:
    """Predicted statements as token sets, Discard tokens removed, out-of-scope ones dropped."""
    items = (
        _item(
            tokens,
            i,
            content=s.content,
            source=None if s.speaker_mention is None else (s.speaker_mention,),
            cue=None if s.cue is None else (s.cue,),
            drop=discard,
        )
        for i, s in enumerate(statements)
    )
    return [it for it in items if it is not None]


def match(gold: Sequence[Item], predicted: Sequence[Item]) -> list[tuple[int, int]]:
    """
    Pair gold and predicted statements one-to-one, greedily, by shared content tokens.

    Returns:
        ``(gold index, predicted index)`` pairs, in the order they were made.
    """
    candidates: list[tuple[int, int, tuple[int, int, int], tuple[int, int, int], int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            shared = len(g.content & p.content)
            if shared:
                union = len(g.content) + len(p.content) - shared
                candidates.append((-shared, union, g.position, p.position, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


class _Tally:
    """Mutable counts for one metric in one class (all / direct / indirect)."""

    __slots__ = ("gold", "gold_hits", "predicted", "predicted_hits")

    def __init__(self) -> None:
        self.predicted = self.predicted_hits = self.gold = self.gold_hits = 0

    def score(self) -> Score:
        return Score(
            predicted=self.predicted,
            predicted_hits=self.predicted_hits,
            gold=self.gold,
            gold_hits=self.gold_hits,
        )


_METRICS = tuple(f.name for f in attrs.fields(AttributionScores))


class _Tallies:
    """A `_Tally` per metric for the DIRECT and the INDIRECT class."""

    def __init__(self) -> None:
        self.by_class = {direct: {m: _Tally() for m in _METRICS} for direct in (True, False)}

    def pred(self, metric: str, direct: bool, total: int, hits: int) -> None:  # noqa: FBT001
        t = self.by_class[direct][metric]
        t.predicted += total
        t.predicted_hits += hits

    def gold(self, metric: str, direct: bool, total: int, hits: int) -> None:  # noqa: FBT001
        t = self.by_class[direct][metric]
        t.gold += total
        t.gold_hits += hits

    def scores(self, direct: bool) -> AttributionScores:  # noqa: FBT001
        return AttributionScores(**{m: t.score() for m, t in self.by_class[direct].items()})


def _part(
    tallies: _Tallies,
    name: str,
    pair: tuple[Item, Item],
    *,
    gpart: frozenset[int] | None,
    ppart: frozenset[int] | None,
) -> None:
    g, p = pair
    same = gpart is not None and gpart == ppart
    shared = len(gpart & ppart) if gpart is not None and ppart is not None else 0
    if ppart is not None:
        tallies.pred(f"{name}_exact", p.direct, 1, int(same))
        tallies.pred(f"{name}_overlap", p.direct, len(ppart), shared)
    if gpart is not None:
        tallies.gold(f"{name}_exact", g.direct, 1, int(same))
        tallies.gold(f"{name}_overlap", g.direct, len(gpart), shared)


def score_attributions(
    gold: Sequence[Item], predicted: Sequence[Item]
) -> tuple[AttributionScores, AttributionScores, AttributionScores]:
    """
    Score one document's statements.

    Returns:
        ``(all, direct, indirect)``; ``all`` is the sum of the other two.
    """
    tallies = _Tallies()
    pairs = match(gold, predicted)
    partner_of_gold = dict(pairs)
    partner_of_pred = {pi: gi for gi, pi in pairs}

    all_gold: set[int] = set().union(*(g.content for g in gold))
    all_pred: set[int] = set().union(*(p.content for p in predicted))
    for gi, g in enumerate(gold):
        p_ix = partner_of_gold.get(gi)
        exact = p_ix is not None and predicted[p_ix].content == g.content
        tallies.gold("content_exact", g.direct, 1, int(exact))
        tallies.gold("content_overlap", g.direct, len(g.content), len(g.content & all_pred))
    for pi, p in enumerate(predicted):
        g_ix = partner_of_pred.get(pi)
        exact = g_ix is not None and gold[g_ix].content == p.content
        tallies.pred("content_exact", p.direct, 1, int(exact))
        tallies.pred("content_overlap", p.direct, len(p.content), len(p.content & all_gold))
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        _part(tallies, "source", (g, p), gpart=g.source, ppart=p.source)
        _part(tallies, "cue", (g, p), gpart=g.cue, ppart=p.cue)

    direct, indirect = tallies.scores(direct=True), tallies.scores(direct=False)
    return direct + indirect, direct, indirect
