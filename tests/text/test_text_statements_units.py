"""
The statement stage's per-unit lookups agree with plain scans over the unit's tokens.

A unit notes cue words and clause marks while it is tokenised and answers "next breaker",
"next comma", "next inference verb" and "last relative pronoun" by binary search; these
tests check every answer against the definition, on every unit of the dev articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.model import Source, Span
from bilateral.text import default_pipeline
from bilateral.text._document import Document
from bilateral.text._quotes import QuoteIndex, find_quotes
from bilateral.text._statements import (
    _ANSWER_NOUNS,
    _BREAK_MARKS,
    _CLAUSE_MARKS,
    _DASHES,
    _LOW,
    _Q,
    _QUOTING,
    _RETICENT_VERBS,
    _TEXT,
    _merge,
    _Unit,
    units,
)
from bilateral.text._verbs import (
    ADJECTIVE_CUES,
    EVIDENTIAL_ADVERBS,
    INFERENCE_VERBS,
    LIGHT_NOUNS,
    NOUN_CUES,
    PASSIVE_CUES,
    RAISING_VERBS,
    REDUCED_PASSIVES,
    verb_cue,
    verb_forms,
)

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"


def _dev_units() -> list[_Unit]:
    pipeline = default_pipeline()
    before_statements = pipeline.stages[: pipeline.names.index("statements")]
    out: list[_Unit] = []
    for path in sorted(DEV.glob("*.txt")):
        doc = Document(source=Source(text=path.read_text("utf-8")))
        for stage in before_statements:
            stage(doc)
        paragraphs = list(doc.article.paragraphs) if doc.article and doc.article.paragraphs else None
        quotes = QuoteIndex(find_quotes(doc.text, paragraphs))
        bounds = ([q.span.start for q in quotes.quotes], [q.span.end for q in quotes.quotes])
        out.extend(_Unit(doc.text, span, quotes, bounds) for span in units(doc, quotes))
    return out


@pytest.fixture(scope="module")
def dev_units() -> list[_Unit]:
    found = _dev_units()
    assert len(found) > 100
    return found


def _can_open(word: str) -> bool:
    return (
        word in {"according", "put"}
        or word in _ANSWER_NOUNS
        or word in _RETICENT_VERBS
        or word in _QUOTING
        or verb_cue(word) is not None
        or word in EVIDENTIAL_ADVERBS
        or word in RAISING_VERBS
        or word in PASSIVE_CUES
        or word in REDUCED_PASSIVES
        or word in NOUN_CUES
        or word in LIGHT_NOUNS
        or word in ADJECTIVE_CUES
    )


def test_cue_words_and_clause_marks_are_noted_outside_quotations(dev_units: list[_Unit]) -> None:
    quoted = 0
    for u in dev_units:
        outside = [i for i, t in enumerate(u.toks) if t[_Q] < 0]
        quoted += len(u.toks) - len(outside)
        assert u.hits == [i for i in outside if _can_open(u.toks[i][_LOW])]
        assert u.marks == [i for i in outside if u.toks[i][_TEXT] in _CLAUSE_MARKS]
    assert quoted > 0  # the dev articles quote people: both tokenising paths ran


def _next(positions: list[int], i: int, n: int) -> int:
    """The first of *positions* at or after *i* by a plain scan, else *n*."""
    return next((k for k in positions if k >= i), n)


def test_boundary_lookups_match_a_scan(dev_units: list[_Unit]) -> None:
    for u in dev_units:
        toks = u.toks
        outside = [k for k in range(u.n) if toks[k][_Q] < 0]
        commas = [k for k in outside if toks[k][_TEXT] in _CLAUSE_MARKS]
        infer = [k for k in outside if toks[k][_LOW] in INFERENCE_VERBS]
        breakers = [
            k
            for k in outside
            if (toks[k][_TEXT] in _BREAK_MARKS and u._is_breaker(k))
            or (toks[k][_TEXT] in _DASHES and u._dash_aside(k))
        ]
        relatives = [
            k for k in outside if toks[k][_LOW] in {"which", "who"} and k > 0 and toks[k - 1][_TEXT] == ","
        ]
        for i in range(u.n + 1):
            assert u.next_comma(i) == _next(commas, i, u.n)
            assert u.next_infer(i) == _next(infer, i, u.n)
            assert u.next_breaker(i) == _next(breakers, i, u.n)
            before = [k for k in relatives if k <= i]
            assert u.last_relative(i) == (before[-1] if before and i < u.n else -1)


def test_verb_forms_are_the_words_verb_cue_knows() -> None:
    forms = verb_forms()
    assert {"said", "says", "saying", "told", "insisted"} <= forms
    assert all(verb_cue(word) is not None for word in forms)
    assert verb_cue("table") is None
    assert "table" not in forms


def test_merge_sorts_and_joins_overlapping_ranges(dev_units: list[_Unit]) -> None:
    u = next(u for u in dev_units if u.n >= 12)
    toks = u.toks

    def span(lo: int, hi: int) -> Span:
        return Span(start=toks[lo][0], end=toks[hi - 1][1])

    assert _merge([(u, (5, 8)), (u, (0, 3)), (u, (2, 6)), (u, (10, 12)), (u, (4, 4))]) == (
        span(0, 8),
        span(10, 12),
    )
    assert _merge([(u, (3, 5))]) == (span(3, 5),)
    assert _merge([(u, (3, 3))]) == ()
