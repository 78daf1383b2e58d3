"""
Kyodo and Yonhap datelines that give no date ("TOKYO (Kyodo) --", "SEOUL, (Yonhap) --").

The page's date then comes from the stamp it prints elsewhere: under the headline ("Nov 27,
2026 | 10:14 KST", "2026-11-27 10:14", "10:14 KST, Nov 27, 2026", "Published: 27 November
2026") or, when none is printed above, as the page's last line with the clock time. The
pages are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract, parse_article

_HEADLINE = "Japan, Philippines agree to speed up talks on defence pact"
_FIRST = (
    "Japanese Foreign Minister Toshimitsu Motegi and his Philippine counterpart Theresa Lazaro"
    " agreed on Thursday to speed up talks on a pact for the supply of fuel and ammunition."
)
_SECOND = "The two ministers also discussed maritime security in the South China Sea."
_DATELINES = ["TOKYO (Kyodo) -- ", "SEOUL, (Yonhap) -- ", "Seoul, (Yonhap) -- ", "MANILA (Kyodo) -- "]
_DAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize("dateline", _DATELINES)
@pytest.mark.parametrize(
    "stamp",
    [
        "Nov 27, 2026 | 10:14 KST",
        "2026-11-27 10:14",
        "Published: 27 November 2026",
        "10:14 KST, Nov 27, 2026",
        "Nov. 27, 2026 10:14 (KST)",
        "Published 10:14 JST, November 27, 2026",
    ],
)
def test_a_stamp_under_the_headline_dates_a_dateline_without_a_date(dateline: str, stamp: str) -> None:
    text = f"{_HEADLINE}\n\n{stamp}\n\n{dateline}{_FIRST}\n\n{_SECOND}\n"
    article = parse_article(text)
    assert article.published == _DAY
    assert article.dateline is not None
    assert article.dateline.upper() == dateline.split(",", maxsplit=1)[0].split(" (", maxsplit=1)[0].upper()
    assert [text[p.start : p.end] for p in article.paragraphs] == [_FIRST, _SECOND]


@pytest.mark.parametrize("dateline", _DATELINES)
@pytest.mark.parametrize(
    "stamp", ["Nov 27, 2026 | 10:14 KST", "2026-11-27 10:14", "Published: Nov 27, 2026 10:14"]
)
def test_a_stamp_ending_the_page_dates_it(dateline: str, stamp: str) -> None:
    third = "Lazaro is due to visit Tokyo again early next year."
    text = f"{_HEADLINE}\n\n{dateline}{_FIRST}\n\n{_SECOND}\n\n{third}\n\n{third}\n\n{stamp}\n"
    article = parse_article(text)
    assert article.published == _DAY
    assert stamp not in [text[p.start : p.end] for p in article.paragraphs]
    meeting = extract(text).meetings[0]
    assert meeting.date is not None
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2026, 11, 26)


def test_a_stamp_above_wins_over_one_below() -> None:
    text = f"{_HEADLINE}\n\n2026-11-27 10:14\n\nTOKYO (Kyodo) -- {_FIRST}\n\n{_SECOND}\n\n2026-11-29 18:02\n"
    assert parse_article(text).published == _DAY


@pytest.mark.parametrize("last", ["27 November 2026", "Published On 27 Nov 2026"])
def test_a_date_without_a_clock_ending_the_page_is_not_taken(last: str) -> None:
    # It may close a timeline or date a related story under a link.
    third = "Lazaro is due to visit Tokyo again early next year."
    text = f"{_HEADLINE}\n\nTOKYO (Kyodo) -- {_FIRST}\n\n{_SECOND}\n\n{third}\n\n{third}\n\n{last}\n"
    assert parse_article(text).published is None


def test_a_clock_in_a_story_line_is_no_stamp() -> None:
    last = "The talks ended at 10:14 on Nov 27, 2026, and the two left for lunch."
    text = f"{_HEADLINE}\n\nTOKYO (Kyodo) -- {_FIRST}\n\n{_SECOND}\n\n{last}\n"
    article = parse_article(text)
    assert article.published is None
    assert [text[p.start : p.end] for p in article.paragraphs][-1] == last


@pytest.mark.parametrize("opening", ["Motegi, (left) -- ", "Lazaro, (R) -- met", "Officials, (who) said -- "])
def test_a_comma_and_brackets_in_a_first_sentence_is_no_dateline(opening: str) -> None:
    text = f"{_HEADLINE}\n\n{opening}{_FIRST}\n"
    assert parse_article(text).dateline is None
