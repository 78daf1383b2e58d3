"""
Anadolu's foot "29.10.2026 - Update : 29.10.2026": the update's label after a dash, and
without its "d", is cut off as "| Updated: ..." is, and the first date dates the page.

The pages are written for these tests; the names are real office holders, the events made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import parse_article

_LEDE = (
    "Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev in Ankara on"
    " Tuesday, the Communications Directorate said."
)


@pytest.mark.parametrize(
    "foot",
    [
        "29.10.2026 - Update : 29.10.2026",
        "29.10.2026 - Update : 30.10.2026",
        "29.10.2026 | Update: 30.10.2026",
    ],
)
def test_the_foot_dates_the_page(foot: str) -> None:
    article = parse_article(f"Erdogan receives Aliyev\n\nANKARA\n\n{_LEDE}\n\n{foot}\n")
    assert article.published == dt.date(2026, 10, 29)


@pytest.mark.parametrize("foot", ["29.10.2026 - Updates to follow", "29.10.2026 - Turkey and Azerbaijan"])
def test_other_words_after_a_dash_are_no_update(foot: str) -> None:
    assert parse_article(f"Erdogan receives Aliyev\n\nANKARA\n\n{_LEDE}\n\n{foot}\n").published is None
