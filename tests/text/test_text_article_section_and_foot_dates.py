"""
Two page dates that were read as nothing. A date line with the page's section after it ("Nov
3, 2026 - WORLD", "3 November 2026 - Middle East") at the top is furniture, and its date the
page's; a numeric date with dots alone as the page's last line ("29.10.2026", Anadolu's foot)
dates a page that prints no date above. A date in words alone at the foot may close a
timeline, and a headline after a date is no section: neither is read.

The pages are written for these tests; the names are real office holders, the events made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract, parse_article

_LEDE = (
    "Turkish Foreign Minister Hakan Fidan met his Iraqi counterpart Fuad Hussein in Ankara on"
    " Tuesday, the ministry said."
)
_SECOND = "The two ministers discussed water sharing and the Development Road project."
_DAY = dt.date(2026, 11, 3)


def _body(text: str) -> str:
    article = parse_article(text)
    return " ".join(text[s.start : s.end] for s in article.body)


@pytest.mark.parametrize(
    "line", ["Nov 3, 2026 - WORLD", "3 November 2026 - Middle East", "Nov. 3, 2026 | WORLD"]
)
def test_a_date_line_with_its_section_dates_the_page(line: str) -> None:
    text = f"{line}\n\n{_LEDE}\n\n{_SECOND}\n"
    article = parse_article(text)
    assert article.published == _DAY
    assert article.title is None
    assert _body(text).startswith("Turkish Foreign Minister")
    assert [m.date.start if m.date else None for m in extract(text).meetings] == [_DAY]


def test_a_headline_after_a_date_is_no_section() -> None:
    line = "Nov 3, 2026 - Turkey And Iraq Agree On Water Sharing"
    assert parse_article(f"{line}\n\n{_LEDE}\n\n{_SECOND}\n").published is None


@pytest.mark.parametrize("foot", ["03.11.2026", "3.11.2026"])
def test_a_dotted_date_at_the_foot_dates_the_page(foot: str) -> None:
    text = f"ANKARA (AA) - {_LEDE}\n\n{_SECOND}\n\n{foot}\n"
    assert parse_article(text).published == _DAY
    assert foot not in _body(text)
    assert [m.date.start if m.date else None for m in extract(text).meetings] == [_DAY]


@pytest.mark.parametrize("foot", ["November 3, 2026", "03.11.2026 - Talks in Baghdad"])
def test_other_foot_lines_date_nothing(foot: str) -> None:
    assert parse_article(f"ANKARA (AA) - {_LEDE}\n\n{_SECOND}\n\n{foot}\n").published is None


def test_a_date_above_wins_over_the_foot() -> None:
    text = f"ANKARA, Nov 4, 2026 (AA) - {_LEDE}\n\n{_SECOND}\n\n03.11.2026\n"
    assert parse_article(text).published == dt.date(2026, 11, 4)
