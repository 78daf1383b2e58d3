"""
Article parsing: page furniture of wire and news sites copied out with the story.

A byline whose list of names ends before a comma ("By Jane Doe and John Roe, Reuters") gives
the outlet as the authors' role, not as a third author; a photo caption in brackets ("(Photo:
...)"), share buttons under their label ("Share this article: Facebook Twitter") and an
editor's line ("Editor: Liu Wei") are no part of the body. The pages are written for these
tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text._article import parse_article

HEADLINE = "Japan, Indonesia agree to deepen maritime security cooperation"
FIRST = (
    "TOKYO, Oct. 2 (Kyodo) -- Japanese Prime Minister Shigeru Ishiba and Indonesian President "
    "Prabowo Subianto agreed Thursday to deepen maritime security cooperation, a Japanese official said."
)
SECOND = "Prabowo told reporters that Indonesia would buy two patrol vessels from Japan next year."


def _body(text: str) -> str:
    article = parse_article(text)
    return " ".join(s.text(text) for s in article.body)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            "By Jeff Mason and Nellie Peyton, Reuters",
            (("Jeff Mason", "Reuters"), ("Nellie Peyton", "Reuters")),
        ),
        (
            "By Jane Doe, John Roe and Ann Lee, AFP",
            (("Jane Doe", "AFP"), ("John Roe", "AFP"), ("Ann Lee", "AFP")),
        ),
        (
            "By Jane Doe & John Roe, Staff Writers",
            (("Jane Doe", "Staff Writers"), ("John Roe", "Staff Writers")),
        ),
        # Near misses: a list of names with the Oxford comma, or without one; a single name.
        ("By Jane Doe, John Roe, and Ann Lee", (("Jane Doe", None), ("John Roe", None), ("Ann Lee", None))),
        ("By Jane Doe, John Roe and Ann Lee", (("Jane Doe", None), ("John Roe", None), ("Ann Lee", None))),
        ("By Jane Doe and John Roe", (("Jane Doe", None), ("John Roe", None))),
        ("By Jane Doe, Reuters", (("Jane Doe", "Reuters"),)),
    ],
)
def test_an_outlet_after_the_list_of_names_is_their_role(
    byline: str, authors: tuple[tuple[str, str | None], ...]
) -> None:
    article = parse_article(f"{HEADLINE}\n\n{byline}\n\n{FIRST}\n\n{SECOND}\n")
    assert article.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        (
            "(Photo: Japanese Prime Minister Shigeru Ishiba, right, shakes hands with Indonesian "
            "President Prabowo Subianto at the prime minister's office in Tokyo. (Kyodo))"
        ),
        "[Photo: Prabowo Subianto inspects an honour guard in Tokyo]",
        "Share this article: Facebook Twitter WhatsApp",
        "Share on: Facebook, X, LinkedIn",
        "Editor: Liu Wei",
        "[Editor: huaxia]",
        "Edited by: Jane Doe",
    ],
)
def test_furniture_lines_are_not_body(line: str) -> None:
    body = _body(f"{HEADLINE}\n\n{FIRST}\n\n{line}\n\n{SECOND}\n")
    assert line not in body
    assert SECOND in body


@pytest.mark.parametrize(
    "line",
    [
        # Story lines that open with the same words.
        "Photographers waited outside as Prabowo told reporters the talks had gone well.",
        "Share prices of Japanese shipbuilders rose 4% after the announcement in Tokyo.",
        "Editors of Indonesian newspapers were invited to a briefing at the embassy later that day.",
        "Reporter: Will the vessels be delivered before the end of next year?",
    ],
)
def test_story_lines_like_furniture_stay(line: str) -> None:
    assert line in _body(f"{HEADLINE}\n\n{FIRST}\n\n{line}\n\n{SECOND}\n")


@pytest.mark.parametrize(
    "line",
    [
        "Nov 3, 2026 | Updated 9:41 PM IST",
        "Nov 03, 2026 Updated 21:41 IST",
        "Published: Nov 3, 2026 Last Updated Nov 4, 2026",
    ],
)
def test_a_date_with_its_update_unlabelled_by_a_colon(line: str) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{FIRST}\n\n{SECOND}\n"
    article = parse_article(text)
    assert article.published == dt.date(2026, 11, 3)
    assert line not in _body(text)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Tehran, IRNA -- ", "Tehran"),
        ("TEHRAN, IRNA -- ", "TEHRAN"),
        ("Kuala Lumpur, Bernama -- ", "Kuala Lumpur"),
        # Near misses: a country or state after the city stays in the dateline.
        ("KYIV, Ukraine (AP) \u2014 ", "KYIV, Ukraine"),
        ("Manila, Philippines (PNA) -- ", "Manila, Philippines"),
    ],
)
def test_an_agency_after_the_datelines_comma_is_no_region(opening: str, place: str) -> None:
    lede = "Iranian President Masoud Pezeshkian held talks with his Malaysian counterpart on Tuesday."
    article = parse_article(f"{HEADLINE}\n\n{opening}{lede}\n\n{SECOND}\n")
    assert article.dateline == place


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Updated - November 03, 2026 09:41 pm IST - NEW DELHI", "NEW DELHI"),
        ("Published - November 03, 2026 06:15 pm IST - Thiruvananthapuram", "Thiruvananthapuram"),
    ],
)
def test_a_date_line_ending_with_the_place(line: str, place: str) -> None:
    lede = (
        "External Affairs Minister S. Jaishankar held talks with Chinese Foreign Minister Wang Yi on Monday."
    )
    text = f"{HEADLINE}\n\n{line}\n\n{lede}\n\n{SECOND}\n"
    article = parse_article(text)
    assert (article.published, article.dateline) == (dt.date(2026, 11, 3), place)
    assert _body(text).startswith("External Affairs Minister")


def test_the_storys_own_dateline_wins_over_the_date_lines_place() -> None:
    text = f"{HEADLINE}\n\nUpdated - November 03, 2026 09:41 pm IST - NEW DELHI\n\n{FIRST}\n\n{SECOND}\n"
    article = parse_article(text)
    assert article.dateline == "TOKYO"
    assert _body(text).startswith("Japanese Prime Minister")


@pytest.mark.parametrize(
    "line",
    ["Nov 3, 2026 - WORLD", "Updated - November 03, 2026 09:41 pm IST - Opinion"],
)
def test_a_section_after_the_date_is_no_dateline(line: str) -> None:
    assert parse_article(f"{HEADLINE}\n\n{line}\n\n{FIRST}\n\n{SECOND}\n").dateline == "TOKYO"


@pytest.mark.parametrize("above", [True, False])
def test_a_box_of_highlights_is_not_body(above: bool) -> None:
    box = "Highlights\n\nJapan to supply two patrol vessels to Indonesia\nLeaders agree to hold annual talks"
    text = (
        f"{HEADLINE}\n\n{box}\n\n{FIRST}\n\n{SECOND}\n"
        if above
        else f"{HEADLINE}\n\n{FIRST}\n\n{box}\n\n{SECOND}\n"
    )
    body = _body(text)
    assert "Leaders agree" not in body
    assert "Highlights" not in body
    assert SECOND in body
    assert parse_article(text).dateline == "TOKYO"


def test_a_story_line_after_highlights_words_stays() -> None:
    line = "Highlights of the visit included a tour of the Yokosuka naval base on Friday."
    assert line in _body(f"{HEADLINE}\n\n{FIRST}\n\n{line}\n\n{SECOND}\n")


@pytest.mark.parametrize(
    "line",
    [
        "Correction, Nov. 4, 2026: An earlier version of this story misidentified a minister.",
        "Clarification 4 November 2026: This story has been amended to show the vessels are second-hand.",
    ],
)
def test_a_dated_correction_is_not_body(line: str) -> None:
    body = _body(f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{line}\n")
    assert line not in body
    assert SECOND in body


def test_a_story_line_on_corrections_stays() -> None:
    line = (
        "Corrections officers from both countries will train together, Prabowo said: the first such exchange."
    )
    assert line in _body(f"{HEADLINE}\n\n{FIRST}\n\n{line}\n\n{SECOND}\n")
