"""
Meeting, outcome and claim scoring (DESIGN section 6 and the gold README).

* Predicted meetings by phone or video are left out (the gold counts in-person meetings
  only); meetings whose medium is unknown are kept, since the gold counts meetings whose
  medium the text leaves implicit ("met with").
* Meetings are aligned one-to-one, greedily, by the number of participants they share (a
  largest one-to-one pairing by name keys, see `bilateral.evaluate._names`), at least two,
  largest first; ties go to the earlier gold meeting, then the earlier prediction.
* Meetings: aligned pairs / predicted, / gold. Participants: participants matched inside
  aligned pairs / all predicted participants, / all gold participants.
* Date, place, place country, duration, duration qualifier and topics are scored on
  aligned pairs: P over the pairs whose prediction has the field, R over those whose gold
  has it. A date is right when every part the gold gives (year, month, day, weekday; its
  text when it gives none) is equal; a duration when its seconds are within 10% of the
  gold's; places compare by normalised name without a leading "the"; a topic matches
  when one normalised topic contains the other as whole words.
* Outcomes (all those of the document's meetings): by kind (DESIGN), and strictly by kind,
  at least one shared name in ``by`` and in ``to`` (where the gold lists any), and
  predicted evidence overlapping the gold evidence (README). Largest one-to-one matching.
* Claims: by claimant (a gold claimant matches when it is among the predicted claim's
  claimants), and strictly by claimant plus predicted text covering at least half of the
  gold text's characters (the prediction's evidence spans, else the first occurrence of
  its text). ``about`` is scored as a set of names on the strictly matched claims.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilateral.evaluate._names import actor_keys, gold_keys, max_matching, normalize, place_keys
from bilateral.evaluate._scores import ClaimScores, MeetingScores, Score
from bilateral.model import Medium

if TYPE_CHECKING:
    from collections.abc import Sequence

    from bilateral.evaluate._gold import GoldDate, GoldDocument, GoldMeeting, GoldOutcome
    from bilateral.model import Meeting, Outcome, Record, Span, TimeExpression

__all__ = ["score_claims", "score_meetings"]

_Keys = frozenset[str]
#: Gold occurrences are capped: a claim or evidence string repeated more often is noise.
_MAX_OCCURRENCES = 100


class _Names:
    """Name keys of a gold document and of a predicted record."""

    def __init__(self, doc: GoldDocument, record: Record | None) -> None:
        self.participants: dict[str, _Keys] = {}
        for m in doc.meetings:
            for p in m.participants:
                self.participants.setdefault(
                    p.name, gold_keys(p.name, country=p.country if p.is_delegation else None)
                )
        self.ids: dict[str, _Keys] = {}
        if record is not None:
            self.ids.update((a.id, actor_keys(a)) for a in record.actors)
            self.ids.update((p.id, place_keys(p)) for p in record.places)

    def gold(self, name: str) -> _Keys:
        """A gold name's keys; a participant's name brings its delegation code along."""
        return self.participants.get(name) or gold_keys(name)

    def predicted(self, ids: Sequence[str]) -> _Keys:
        """The union of the keys of predicted actors or places."""
        return frozenset().union(*(self.ids.get(i, frozenset()) for i in ids))


def _shares(names: _Names, gold_names: Sequence[str], pred_ids: Sequence[str]) -> list[tuple[int, int]]:
    gk = [names.gold(n) for n in gold_names]
    pk = [names.predicted((i,)) for i in pred_ids]
    return max_matching(gk, pk, lambda g, p: bool(g & p))


def _kept(record: Record | None) -> list[Meeting]:
    if record is None:
        return []
    return [m for m in record.meetings if m.medium not in {Medium.PHONE, Medium.VIDEO}]


def _align(names: _Names, gold: Sequence[GoldMeeting], pred: Sequence[Meeting]) -> list[tuple[int, int, int]]:
    candidates = []
    for gi, g in enumerate(gold):
        gnames = [p.name for p in g.participants]
        for pi, p in enumerate(pred):
            shared = len(_shares(names, gnames, p.participants))
            if shared >= 2:  # noqa: PLR2004 - the README's threshold: two shared participants
                candidates.append((-shared, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int, int]] = []
    for neg, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi, -neg))
    return out


def _date_ok(gold: GoldDate, pred: TimeExpression) -> bool:
    given = [
        (g, p)
        for g, p in (
            (gold.year, pred.year),
            (gold.month, pred.month),
            (gold.day, pred.day),
            (gold.weekday, pred.weekday),
        )
        if g is not None
    ]
    if not given:
        return normalize(gold.text) == normalize(pred.text)
    return all(g == p for g, p in given)


def _place_name(name: str) -> str:
    return normalize(name).removeprefix("the ")


def _field(hit: bool, has_pred: bool, has_gold: bool) -> Score:  # noqa: FBT001
    return Score(
        predicted=int(has_pred),
        predicted_hits=int(hit and has_pred),
        gold=int(has_gold),
        gold_hits=int(hit and has_gold),
    )


def _topic_fits(gold: str, pred: str) -> bool:
    g, p = normalize(gold), normalize(pred)
    return bool(g and p) and (f" {g} " in f" {p} " or f" {p} " in f" {g} ")


def _occurrences(text: str, sub: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = text.find(sub)
    while start != -1 and len(out) < _MAX_OCCURRENCES:
        out.append((start, start + len(sub)))
        start = text.find(sub, start + 1)
    return out


def _overlap(spans: Sequence[tuple[int, int]], start: int, end: int) -> int:
    """Characters of ``[start, end)`` covered by the union of *spans*."""
    covered = 0
    cursor = start
    for a, b in sorted(spans):
        lo, hi = max(a, cursor), min(b, end)
        if lo < hi:
            covered += hi - lo
            cursor = hi
    return covered


def _spans(spans: Sequence[Span]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in spans]


def score_meetings(doc: GoldDocument, record: Record | None) -> MeetingScores:
    """Score one document's meetings and outcomes."""
    names = _Names(doc, record)
    pred = _kept(record)
    gold = doc.meetings
    aligned = _align(names, gold, pred)
    places = {p.id: p for p in record.places} if record is not None else {}

    fields = {
        n: Score() for n in ("date", "place", "place_country", "duration", "duration_qualifier", "topics")
    }
    for gi, pi, _ in aligned:
        g, p = gold[gi], pred[pi]
        fields["date"] += _field(
            g.date is not None and p.date is not None and _date_ok(g.date, p.date),
            p.date is not None,
            g.date is not None,
        )
        place = places.get(p.place) if p.place is not None else None
        fields["place"] += _field(
            g.place is not None
            and place is not None
            and _place_name(g.place.name) == _place_name(place.name),
            place is not None,
            g.place is not None,
        )
        gc = g.place.country if g.place is not None else None
        pc = place.country if place is not None else None
        fields["place_country"] += _field(gc is not None and gc == pc, pc is not None, gc is not None)
        gd, pd = g.duration, p.duration
        fields["duration"] += _field(
            gd is not None and pd is not None and 10 * abs(pd.seconds - gd.seconds) <= gd.seconds,
            pd is not None,
            gd is not None,
        )
        fields["duration_qualifier"] += _field(
            gd is not None and pd is not None and gd.qualifier == pd.qualifier, pd is not None, gd is not None
        )
        fields["topics"] += Score.matched(
            len(max_matching(g.topics, p.topics, _topic_fits)), len(p.topics), len(g.topics)
        )

    gold_outcomes = [o for m in gold for o in m.outcomes]
    pred_outcomes = [o for m in pred for o in m.outcomes]

    def strict(g: GoldOutcome, p: Outcome) -> bool:
        if g.kind != p.kind:
            return False
        for gold_side, pred_side in ((g.by, p.by), (g.to, p.to)):
            if gold_side and not _shares(names, gold_side, pred_side):
                return False
        evidence = _spans(p.evidence)
        return any(_overlap(evidence, a, b) for a, b in _occurrences(doc.text, g.evidence))

    n_go, n_po = len(gold_outcomes), len(pred_outcomes)
    return MeetingScores(
        meetings=Score.matched(len(aligned), len(pred), len(gold)),
        participants=Score.matched(
            sum(shared for *_, shared in aligned),
            sum(len(m.participants) for m in pred),
            sum(len(m.participants) for m in gold),
        ),
        outcomes=Score.matched(
            len(max_matching(gold_outcomes, pred_outcomes, lambda g, p: g.kind == p.kind)), n_po, n_go
        ),
        outcomes_strict=Score.matched(len(max_matching(gold_outcomes, pred_outcomes, strict)), n_po, n_go),
        **fields,
    )


def score_claims(doc: GoldDocument, record: Record | None) -> ClaimScores:
    """Score one document's claims."""
    names = _Names(doc, record)
    pred = record.claims if record is not None else ()
    text = doc.text

    def claimant(gi: int, pi: int) -> bool:
        return bool(names.gold(doc.claims[gi].claimant) & names.predicted(pred[pi].claimants))

    def covers(gi: int, pi: int) -> bool:
        p = pred[pi]
        spans = _spans(p.evidence) if p.evidence else _occurrences(text, p.text)[:1]
        return any(2 * _overlap(spans, a, b) >= b - a for a, b in _occurrences(text, doc.claims[gi].text))

    gold_ix, pred_ix = range(len(doc.claims)), range(len(pred))
    by_claimant = max_matching(gold_ix, pred_ix, claimant)
    by_text = max_matching(gold_ix, pred_ix, lambda g, p: claimant(g, p) and covers(g, p))

    about = Score()
    for gi, pi in by_text:
        g_about, p_about = doc.claims[gi].about, pred[pi].about
        about += Score.matched(len(_shares(names, g_about, p_about)), len(p_about), len(g_about))
    n_g, n_p = len(doc.claims), len(pred)
    return ClaimScores(
        claimant=Score.matched(len(by_claimant), n_p, n_g),
        claimant_text=Score.matched(len(by_text), n_p, n_g),
        about=about,
    )
