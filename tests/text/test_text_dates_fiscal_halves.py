"""Budget years ("fiscal year 2027", "fiscal 2026") and half-year shorthand ("1H 2027")."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Span
from bilateral.text._dates import find_dates

_ANCHOR = dt.date(2026, 5, 1)


def _found(text: str) -> list[tuple[str, int | None, str | None, dt.date | None]]:
    return [
        (e.text, e.year, e.modifier, e.start) for e in find_dates(text, Span(start=0, end=len(text)), _ANCHOR)
    ]


@pytest.mark.parametrize(
    ("text", "words", "year"),
    [
        (
            "Tokyo set aside the funds in its budget for fiscal year 2027, officials said.",
            "fiscal year 2027",
            2027,
        ),
        ("The Pentagon expects the first deliveries in fiscal 2026.", "fiscal 2026", 2026),
        ("The Fiscal Year 2028 request includes the aid.", "Fiscal Year 2028", 2028),
    ],
)
def test_fiscal_year_keeps_its_year_and_no_range(text: str, words: str, year: int) -> None:
    # Budget years run over different months by country: no range is made up.
    assert _found(text) == [(words, year, "FY", None)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tokyo plans to buy the missiles in FY2027, the ministry said.", "FY2027"),
        ("The base is due to open in FY 2027.", "FY 2027"),
        ("New Delhi expects growth of 7% in FY27.", "FY27"),
    ],
)
def test_budget_year_shorthand(text: str, words: str) -> None:
    assert _found(text) == [(words, 2027, "FY", None)]


def test_half_year_capital_first() -> None:
    assert _found("Output is expected to recover in H1 2027, the ministry said.") == [
        ("H1 2027", 2027, "H1", dt.date(2027, 1, 1))
    ]


def test_half_year_shorthand() -> None:
    assert _found("Shipments are due to start in 1H 2027 and end in 2H 2028.") == [
        ("1H 2027", 2027, "H1", dt.date(2027, 1, 1)),
        ("2H 2028", 2028, "H2", dt.date(2028, 7, 1)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Spending in fiscal year 2026-27 rose sharply.",  # a split budget year: no one year
        "The plane's 1H50 engine failed.",
        "The fiscal deficit widened in the quarter.",
        "The 3H 2027 plan is a typo for no half.",
        "Spending in FY2026-27 and FY26/27 rose.",  # split budget years
        "She holds an H1 visa and an FYI memo.",
    ],
)
def test_no_fiscal_or_half_date(text: str) -> None:
    assert all(m is None for _, _, m, _ in _found(text))
