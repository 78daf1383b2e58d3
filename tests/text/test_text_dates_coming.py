"""
"in the coming weeks", "within days", "in the months ahead": the stretch after the anchor.

And a month told in the past tense ("they met in March" in an October story) is the March
before, though the March ahead is nearer: only a guess more than nine months off is turned
round ("following the clash on Feb. 28" in a March story is still last February).

The sentences were written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Granularity, Span
from bilateral.text._dates import find_dates

ANCHOR = dt.date(2025, 10, 10)


def _dates(text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(d.text, d.start, d.end) for d in find_dates(text, Span(start=0, end=len(text)), anchor)]


@pytest.mark.parametrize(
    ("sentence", "words", "days"),
    [
        ("The two ministers will meet in the coming weeks, a diplomat said.", "in the coming weeks", 56),
        ("A deal could be signed within days, officials said.", "within days", 14),
        ('The leaders will talk again "in the coming days," the palace said.', "in the coming days", 14),
        ("In the next few weeks the envoys are expected to travel to Doha.", "In the next few weeks", 56),
        ("Ties are likely to deepen in the months ahead, analysts said.", "in the months ahead", 183),
        ("The presidents plan to meet within the next two weeks.", None, 0),
    ],
)
def test_a_stretch_ahead_runs_from_the_day_after_the_anchor(
    sentence: str, words: str | None, days: int
) -> None:
    found = _dates(sentence)
    if words is None:
        assert found == []  # a counted stretch is not one of these forms
        return
    assert found == [(words, ANCHOR + dt.timedelta(days=1), ANCHOR + dt.timedelta(days=days))]


def test_a_stretch_without_an_anchor_keeps_its_words() -> None:
    (expr,) = find_dates("They will meet in the coming months.", Span(start=0, end=36), None)
    assert expr.text == "in the coming months"
    assert expr.granularity is Granularity.MONTH
    assert expr.start is None


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the first visit by a Kenyan leader in weeks.",  # "in weeks" looks back
        "The talks ran for days before a deal was reached.",
        "Prices rose in the months that followed the war.",
    ],
)
def test_other_uses_of_the_units_are_no_stretch_ahead(sentence: str) -> None:
    assert _dates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The two presidents last met in March in Nairobi.", 2025),  # 7 months back, 5 ahead
        ("Ruto met Museveni in February, officials said.", 2025),
        ("Ruto will visit Kampala in March.", 2026),
        ("Ruto will meet Museveni in June.", 2026),  # 8 months ahead, 4 back: the tense holds
    ],
)
def test_the_tense_places_a_month_up_to_nine_months_off(sentence: str, year: int) -> None:
    (expr,) = find_dates(sentence, Span(start=0, end=len(sentence)), ANCHOR)
    assert expr.year == year


def test_a_guess_further_off_is_turned_round() -> None:
    sentence = "Washington would cease aid following the clash on Feb. 28, the senator said."
    (expr,) = find_dates(sentence, Span(start=0, end=len(sentence)), dt.date(2025, 3, 12))
    assert expr.start == dt.date(2025, 2, 28)
