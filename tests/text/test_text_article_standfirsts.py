"""
A summary line under the headline (a standfirst) is the page's, not the story's first sentence.

Al Jazeera, the Guardian and the BBC print one of 15 to 40 words between the headline and
the byline, the date or a datelined first paragraph, with or without a final stop. It sums
the story up without saying when or quoting anyone; a wire lede printed there (Anadolu) says
"on Friday" or "..., the ministry said." and stays story text. The pages are written for
these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract, parse_article

if TYPE_CHECKING:
    from bilateral.model import Span

_HEADLINE = "Chile and Argentina agree to reopen mountain border crossings"
_STORY = (
    "Chilean President Gabriel Boric and Argentine President Javier Milei met in Mendoza on"
    " Thursday and agreed to reopen two crossings, officials said."
)
_SECOND = "The two leaders also discussed lithium exports and a shared gas pipeline."

_SUMMARIES = [
    # ending with a stop, and without one
    (
        "The two neighbours pledged to ease customs checks and restore bus services after a day of"
        " talks in the Andean city of Mendoza."
    ),
    (
        "The two neighbours pledged to ease customs checks and restore bus services after a day of"
        " talks in the Andean city of Mendoza"
    ),
    (
        "Closer ties between the South American rivals come as both governments seek new markets for"
        " their mining exports and farm produce."
    ),
]


def _texts(text: str, spans: tuple[Span, ...]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize("summary", _SUMMARIES)
@pytest.mark.parametrize(
    "under", ["Published On 27 Nov 2025", "By Lucia Ferreyra", "Lucia Ferreyra\nBBC News, Santiago"]
)
def test_a_standfirst_above_the_byline_or_date_is_boilerplate(summary: str, under: str) -> None:
    text = f"{_HEADLINE}\n\n{summary}\n\n{under}\n\n{_STORY}\n\n{_SECOND}\n"
    article = parse_article(text)
    assert _texts(text, article.paragraphs) == [_STORY, _SECOND]
    assert summary in _texts(text, article.boilerplate)


@pytest.mark.parametrize("summary", _SUMMARIES)
@pytest.mark.parametrize(
    "dateline", ["SANTIAGO \u2014 ", "Santiago (AFP) - ", "BUENOS AIRES, Nov 27 (Reuters) - "]
)
def test_a_standfirst_above_a_datelined_paragraph_is_boilerplate(summary: str, dateline: str) -> None:
    text = f"{_HEADLINE}\n\n{summary}\n\n{dateline}{_STORY}\n\n{_SECOND}\n"
    article = parse_article(text)
    assert _texts(text, article.paragraphs) == [_STORY, _SECOND]
    # The dateline is found: it opens the story under the standfirst.
    assert article.dateline is not None
    assert article.dateline.upper() in dateline.upper()


def test_a_short_deck_above_a_datelined_paragraph_is_boilerplate() -> None:
    deck = "Boric, Milei also discuss lithium"
    text = f"{_HEADLINE}\n\n{deck}\n\nSANTIAGO \u2014 {_STORY}\n"
    article = parse_article(text)
    assert _texts(text, article.paragraphs) == [_STORY]
    assert article.dateline == "SANTIAGO"


def test_the_story_under_a_standfirst_still_gives_the_meeting() -> None:
    text = f"{_HEADLINE}\n\n{_SUMMARIES[0]}\n\nPublished On 27 Nov 2025\n\n{_STORY}\n"
    (meeting,) = extract(text).meetings
    assert meeting.date is not None
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2025, 11, 27)


@pytest.mark.parametrize(
    "lede",
    [
        # A wire lede says when, or who said it: the story's first sentence.
        (
            "Chilean Foreign Minister Alberto van Klaveren met his Argentine counterpart in Santiago on"
            " Wednesday to prepare the summit."
        ),
        (
            "Chile and Argentina will reopen two border crossings before the summer season, the foreign"
            " ministry in Santiago said."
        ),
    ],
)
def test_a_wire_lede_above_the_byline_stays_story(lede: str) -> None:
    text = f"{_HEADLINE}\n\n{lede}\n\nPublished On 27 Nov 2025\n\n{_STORY}\n"
    article = parse_article(text)
    assert _texts(text, article.paragraphs) == [lede, _STORY]
    assert article.published == dt.date(2025, 11, 27)


def test_a_one_sentence_first_paragraph_stays_story() -> None:
    # Nothing under it says header (no byline, date or dateline): it is the story's.
    first = _SUMMARIES[0]
    text = f"{_HEADLINE}\n\n{first}\n\n{_STORY}\n\n{_SECOND}\n"
    assert _texts(text, parse_article(text).paragraphs) == [first, _STORY, _SECOND]


def test_a_longer_line_under_the_headline_stays_story() -> None:
    long_line = (
        "Closer ties between the South American rivals come as both governments seek new markets"
        " for their mining exports and farm produce, and as they weigh joint bids for sporting events,"
        " new fishing rules in the far south and a rail link across the mountains."
    )
    assert len(long_line.split()) > 40
    text = f"{_HEADLINE}\n\n{long_line}\n\nBy Lucia Ferreyra\n\n{_STORY}\n"
    assert long_line in _texts(text, parse_article(text).paragraphs)


def test_a_datelined_first_line_is_not_a_deck() -> None:
    text = f"{_HEADLINE}\n\nSANTIAGO \u2014 {_STORY}\n\nBUENOS AIRES \u2014 {_SECOND}\n"
    article = parse_article(text)
    assert _texts(text, article.paragraphs)[0] == _STORY
    assert article.dateline == "SANTIAGO"


def test_a_first_paragraph_above_an_interview_label_stays_story() -> None:
    # "VOA: ..." labels a question, no dateline: the line above it is the story's.
    first = (
        "Chilean Foreign Minister Alberto van Klaveren met Argentine officials in Mendoza. Afterwards"
        " he spoke with VOA about the border."
    )
    interview = "VOA: What did you agree on?\n\nVan Klaveren: We agreed to reopen the passes."
    text = f"{_HEADLINE}\n\n{first}\n\n{interview}\n"
    article = parse_article(text)
    assert _texts(text, article.paragraphs)[0] == first
    assert article.dateline is None
