"""
A labelled date line under a standfirst ("Published On 4 Sep 2024") is the publication date.

The pages are written for these tests in the layout Al Jazeera and others use: headline,
a summary, then the date line, then the story. A one-line summary right under the headline is
read as a subhead by the header reader; a summary of two paragraphs is read as story text, and
the labelled date line after it is still the publication date.
"""

from __future__ import annotations

import datetime as dt

from bilateral.text import extract, parse_article

_STANDFIRST = (
    "Ghana's president has made his first visit to Togo in a decade, holding talks with his"
    " counterpart as the two neighbours mend ties."
)
_STANDFIRST_2 = "The visit comes weeks after a border incident strained relations between the neighbours."
_STORY = (
    "Ghanaian President John Mahama and Togolese President Faure Gnassingbe met in Lome on"
    " Wednesday and signed three agreements, officials said."
)


def _page(date_line: str) -> str:
    summary = f"{_STANDFIRST}\n\n{_STANDFIRST_2}"
    return f"Ghana and Togo sign three agreements\n\n{summary}\n\n{date_line}\n\n{_STORY}\n"


def test_published_on_under_the_standfirst() -> None:
    text = _page("Published On 4 Sep 2024")
    article = parse_article(text)
    assert article.published == dt.date(2024, 9, 4)
    # The date line is no paragraph of the story; the standfirst and the story are.
    assert [text[p.start : p.end] for p in article.paragraphs] == [_STANDFIRST, _STANDFIRST_2, _STORY]
    (meeting,) = extract(text).meetings
    assert meeting.date is not None
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2024, 9, 4)


def test_an_update_line_is_used_when_nothing_says_published() -> None:
    assert parse_article(_page("Updated: March 3, 2025 10:15 GMT")).published == dt.date(2025, 3, 3)


def test_a_bare_date_under_the_standfirst_is_not_taken() -> None:
    # Without a label the line could be the story's own; it stays in the body.
    text = _page("4 Sep 2024")
    article = parse_article(text)
    assert article.published is None
    assert "4 Sep 2024" in [text[p.start : p.end] for p in article.paragraphs]


def test_a_labelled_line_deep_in_the_story_is_story_text() -> None:
    story = "\n\n".join(f"Paragraph {i} of the story goes on about the talks." for i in range(5))
    text = f"Ghana and Togo sign three agreements\n\n{_STANDFIRST}\n\n{story}\n\nPublished On 4 Sep 2024\n"
    assert parse_article(text).published is None
