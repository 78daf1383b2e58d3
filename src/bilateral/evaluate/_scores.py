"""
Score containers: counts, not ratios, so documents add up (micro-averaging).

Every metric is a `Score` holding four counts. Precision is ``predicted_hits / predicted``
and recall ``gold_hits / gold``; the two numerators differ for token-overlap metrics
(predicted tokens found in the gold vs gold tokens found in the predictions) and are equal
for one-to-one matches. A ratio with a zero denominator is 0.0, except when there is
nothing on either side (no prediction and no gold), where the metric is undefined and
reported as ``None``.
"""

from __future__ import annotations

from typing import Self, cast

import attrs

__all__ = [
    "AttributionScores",
    "ClaimScores",
    "DocumentScores",
    "MeetingScores",
    "Report",
    "Score",
    "Scores",
]


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        msg = f"'{attribute.name}' must not be negative (got {value})"
        raise ValueError(msg)


class _Summable:
    """Field-wise addition, so per-document scores sum to corpus scores."""

    __slots__ = ()

    def __add__(self, other: Self) -> Self:
        if type(other) is not type(self):
            return NotImplemented
        cls = type(self)
        fields = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
        return cls(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields})


@attrs.frozen(kw_only=True)
class Score(_Summable):
    """Precision, recall and F1 from counts."""

    #: Predictions (items, or tokens for overlap metrics): the precision denominator.
    predicted: int = attrs.field(default=0, validator=_non_negative)
    #: Of those, the ones that are right: the precision numerator.
    predicted_hits: int = attrs.field(default=0, validator=_non_negative)
    #: Gold items (or tokens): the recall denominator.
    gold: int = attrs.field(default=0, validator=_non_negative)
    #: Of those, the ones found: the recall numerator.
    gold_hits: int = attrs.field(default=0, validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.predicted_hits > self.predicted or self.gold_hits > self.gold:
            msg = f"hits cannot exceed their totals (got {self!r})"
            raise ValueError(msg)

    @property
    def defined(self) -> bool:
        """Whether there is anything to score (a prediction or a gold item)."""
        return self.predicted > 0 or self.gold > 0

    @property
    def precision(self) -> float | None:
        """``predicted_hits / predicted``; 0.0 when nothing was predicted; ``None`` if undefined."""
        if not self.defined:
            return None
        return self.predicted_hits / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float | None:
        """``gold_hits / gold``; 0.0 when the gold is empty; ``None`` if undefined."""
        if not self.defined:
            return None
        return self.gold_hits / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @classmethod
    def matched(cls, hits: int, predicted: int, gold: int) -> Score:
        """A score from one-to-one matching: *hits* pairs, both numerators equal."""
        return cls(predicted=predicted, predicted_hits=hits, gold=gold, gold_hits=hits)


@attrs.frozen(kw_only=True)
class AttributionScores(_Summable):
    """Statement scores (DESIGN section 6), for one subset: all, DIRECT or INDIRECT."""

    #: Identical content token sets; P over all predictions, R over all gold.
    content_exact: Score = Score()
    #: Token level: predicted content tokens inside some gold content, and the reverse.
    content_overlap: Score = Score()
    #: Source vs speaker mention on matched pairs, identical token sets.
    source_exact: Score = Score()
    #: Source vs speaker mention on matched pairs, shared tokens.
    source_overlap: Score = Score()
    #: Cue on matched pairs, identical token sets.
    cue_exact: Score = Score()
    #: Cue on matched pairs, shared tokens.
    cue_overlap: Score = Score()


@attrs.frozen(kw_only=True)
class MeetingScores(_Summable):
    """Meeting scores: set P/R of meetings, then their fields on aligned pairs."""

    #: Meetings aligned by at least two shared participants.
    meetings: Score = Score()
    #: Participants matched by surname inside aligned meetings (all meetings count in totals).
    participants: Score = Score()
    #: Dates right on every part the gold gives (aligned pairs).
    date: Score = Score()
    #: Place names equal after normalisation (aligned pairs).
    place: Score = Score()
    #: Place country codes equal (aligned pairs).
    place_country: Score = Score()
    #: Duration seconds within 10% of the gold (aligned pairs).
    duration: Score = Score()
    #: Duration qualifier equal (aligned pairs).
    duration_qualifier: Score = Score()
    #: Topics matched leniently: one normalised topic contains the other (aligned pairs).
    topics: Score = Score()
    #: Outcomes of the document matched by kind (DESIGN section 6).
    outcomes: Score = Score()
    #: Outcomes matched by kind, ``by``/``to`` surnames and evidence overlap (gold README).
    outcomes_strict: Score = Score()


@attrs.frozen(kw_only=True)
class ClaimScores(_Summable):
    """Claim scores."""

    #: Claims matched by claimant (DESIGN section 6).
    claimant: Score = Score()
    #: Claims matched by claimant and text covering at least half the gold text (gold README).
    claimant_text: Score = Score()
    #: ``about`` names, on the claims matched by claimant and text.
    about: Score = Score()


@attrs.frozen(kw_only=True)
class Scores(_Summable):
    """All the scores of one document, or of a corpus (the sum of its documents)."""

    #: Statements, all of them.
    attributions: AttributionScores = AttributionScores()
    #: Statements whose content holds a quotation mark (each side classified by its own content).
    direct: AttributionScores = AttributionScores()
    #: Statements whose content holds none.
    indirect: AttributionScores = AttributionScores()
    meetings: MeetingScores = MeetingScores()
    claims: ClaimScores = ClaimScores()


@attrs.frozen(kw_only=True)
class DocumentScores:
    """The scores of one gold document."""

    #: The gold file stem.
    name: str
    scores: Scores


@attrs.frozen(kw_only=True)
class Report:
    """
    The result of an evaluation.

    `total` is the micro-average: the sum of every document's counts.
    """

    #: Sum over `documents`.
    total: Scores
    #: One entry per gold document, in gold order.
    documents: tuple[DocumentScores, ...]
    #: Gold documents with no prediction (scored as an empty record).
    missing: tuple[str, ...] = ()
    #: Predictions with no gold document (ignored).
    extra: tuple[str, ...] = ()
    #: Documents the extractor failed on, with the error message (scored as empty records).
    failures: tuple[tuple[str, str], ...] = ()
