"""Article parsing: bylines printed without "By" with the outlet or dates, bare datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Span  # noqa: TC001 - used at run time by the helper below
from bilateral.text._article import parse_article

HEADLINE = "Uzbekistan, Kazakhstan Agree to Share Water of the Syr Darya"
FIRST = (
    "Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev agreed on "
    "Monday to share the water of the Syr Darya during the summer months."
)
SECOND = "\u201cWater is our common wealth,\u201d Tokayev told reporters in Tashkent."


def texts(text: str, spans: tuple[Span, ...]) -> list[str]:
    return [s.text(text) for s in spans]


@pytest.mark.parametrize(
    ("byline", "authors", "published"),
    [
        ("Navbahor Imamova | VOA News", (("Navbahor Imamova", "VOA News"),), None),
        (
            "Ahmet Gencturk and Ali Jawad |20.11.2026 - Update : 21.11.2026",
            (("Ahmet Gencturk", None), ("Ali Jawad", None)),
            dt.date(2026, 11, 20),
        ),
        ("Navbahor Imamova | November 20, 2026", (("Navbahor Imamova", None),), dt.date(2026, 11, 20)),
    ],
)
def test_authors_without_by_and_with_the_outlet_or_date(
    byline: str, authors: tuple[tuple[str, str | None], ...], published: dt.date | None
) -> None:
    text = f"{HEADLINE}\n{byline}\nTASHKENT \u2014\n{FIRST}\n{SECOND}\n"
    article = parse_article(text)
    assert article.authors == authors
    assert article.published == published
    assert article.dateline == "TASHKENT"
    assert texts(text, article.paragraphs) == [FIRST, SECOND]
    assert byline not in texts(text, article.boilerplate)


@pytest.mark.parametrize(
    "line",
    [
        "Water talks | Central Asia",  # a heading with a bar, not names
        "Tokayev and Mirziyoyev | Tashkent talks on Syr Darya water sharing and energy",
    ],
)
def test_a_line_with_a_bar_that_is_not_a_byline_gives_no_authors(line: str) -> None:
    text = f"{HEADLINE}\n{line}\n{FIRST}\n{SECOND}\n"
    assert parse_article(text).authors == ()


def test_a_city_alone_in_capitals_under_the_byline_is_the_dateline() -> None:
    text = f"{HEADLINE}\nAhmet Gencturk |20.11.2026\nTASHKENT\n{FIRST}\n{SECOND}\n"
    article = parse_article(text)
    assert article.dateline == "TASHKENT"
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_a_heading_in_capitals_is_no_dateline() -> None:
    text = f"{HEADLINE}\nNovember 20, 2026\nBREAKING NEWS\n{FIRST}\n{SECOND}\n"
    assert parse_article(text).dateline is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Nov 20, 2026 \u2013 10:44 AM EST", dt.date(2026, 11, 20)),
        ("Published 3:45 PM EST, November 20, 2026", dt.date(2026, 11, 20)),
        ("Updated 11:02 a.m. Nov. 21, 2026", dt.date(2026, 11, 21)),
        # AP's pages abroad give the clock's offset from GMT.
        ("Updated 6:05 PM GMT+3, November 21, 2026", dt.date(2026, 11, 21)),
        ("Published 9:30 AM GMT+5:30, Nov. 22, 2026", dt.date(2026, 11, 22)),
        # An abbreviated weekday first; the outlet and the sections around it (Kyodo); the
        # clock glued to the year and the age after it (copies of Reuters pages); slashes.
        ("Sat 21 Nov 2026 18.05 GMT", dt.date(2026, 11, 21)),
        ("Sat, Nov 21, 2026", dt.date(2026, 11, 21)),
        ("KYODO NEWS - Nov 21, 2026 - 18:05 | World, All", dt.date(2026, 11, 21)),
        ("November 21, 20266:05 PM GMT+3Updated 3 hours ago", dt.date(2026, 11, 21)),
        ("Published on: 21/11/2026 - 18:05", dt.date(2026, 11, 21)),
        ("11/21/2026", dt.date(2026, 11, 21)),
        # Year first, as Korean and Japanese pages print it; the update's date on the same line.
        ("2026/11/21 18:05 KST", dt.date(2026, 11, 21)),
        ("2026.11.21 18:05", dt.date(2026, 11, 21)),
        ("2026. 11. 21. 18:05", dt.date(2026, 11, 21)),
        ("Published : 2026-11-21 18:05 Updated : 2026-11-22 09:12", dt.date(2026, 11, 21)),
        ("Nov. 21, 2026 | Updated: Nov. 22, 2026", dt.date(2026, 11, 21)),
        # Xinhua's source line, France 24's "Issued on", a post's author after the date.
        ("Source: Xinhua| 2026-11-21 21:35:10|Editor: huaxia", dt.date(2026, 11, 21)),
        ("Issued on: 21/11/2026 - 18:05 Modified: 22/11/2026 - 20:11", dt.date(2026, 11, 21)),
        ("Posted On: 21 NOV 2026 9:41PM by PIB Delhi", dt.date(2026, 11, 21)),
    ],
)
def test_publication_lines_with_the_clock_after_a_dash_or_before_the_date(
    line: str, published: dt.date
) -> None:
    text = f"{HEADLINE}\n{line}\n{FIRST}\n{SECOND}\n"
    article = parse_article(text)
    assert article.published == published
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_an_offset_clock_line_under_an_outlet_line_leaves_the_dateline_to_the_story() -> None:
    header = "By JANE ROE\nAssociated Press\n\nUpdated 6:05 PM GMT+3, November 21, 2026"
    text = f"{HEADLINE}\n{header}\n\nTASHKENT, Uzbekistan (AP) \u2014 {FIRST}\n{SECOND}\n"
    article = parse_article(text)
    assert article.published == dt.date(2026, 11, 21)
    assert article.dateline == "TASHKENT, Uzbekistan"
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "line",
    [
        "3:45 PM",
        "3:45 PM GMT+3",
        "Updated 3:45 PM GMT+3",
        # Day and month cannot be told apart.
        "05/11/2026",
        # An outlet and sections with no date.
        "KYODO NEWS - World, All",
        # No such month; an update label with no date after it.
        "2026/13/21",
        "Updated : soon",
        "Source: Xinhua",
        "November 21, 2026 by the ministry",
    ],
)
def test_a_clock_time_alone_is_no_publication_line(line: str) -> None:
    text = f"{HEADLINE}\n{line}\n{FIRST}\n{SECOND}\n"
    assert parse_article(text).published is None


def test_a_name_alone_under_the_date_is_the_byline() -> None:
    text = f"{HEADLINE}\nNovember 21, 2026 10:44 PM\nDilfuza Karimova\n{FIRST}\n{SECOND}\n"
    article = parse_article(text)
    assert article.authors == (("Dilfuza Karimova", None),)
    assert article.published == dt.date(2026, 11, 21)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "line",
    [
        # A place under the date is no author.
        "Central Asia",
        # Nor is a heading above a line that ends no sentence.
        "Water Talks\nKey points of the deal",
    ],
)
def test_a_place_or_a_heading_under_the_date_is_no_byline(line: str) -> None:
    text = f"{HEADLINE}\nNovember 21, 2026 10:44 PM\n{line}\n{FIRST}\n{SECOND}\n"
    assert parse_article(text).authors == ()


def test_a_city_between_the_authors_name_and_the_date_is_the_dateline() -> None:
    text = f"{HEADLINE}\nDilfuza Karimova\nTashkent\nNovember 21, 2026\n{FIRST}\n{SECOND}\n"
    article = parse_article(text)
    assert article.authors == (("Dilfuza Karimova", None),)
    assert article.dateline == "Tashkent"
    assert article.published == dt.date(2026, 11, 21)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize(
    ("header", "dateline"),
    [
        ("CENTRAL ASIA TIMES WITH AA\nTASHKENT\nNov 21, 2026 - 3:45 pm GMT+5", "TASHKENT"),
        ("CENTRAL ASIA TIMES\nNov 21, 2026 - 3:45 pm", None),
    ],
)
def test_an_outlet_in_capitals_above_the_city_or_date_is_the_byline(
    header: str, dateline: str | None
) -> None:
    text = f"{HEADLINE}\n{header}\n{FIRST}\n{SECOND}\n"
    article = parse_article(text)
    assert article.authors[0][0].startswith("CENTRAL ASIA TIMES")
    assert article.dateline == dateline
    assert article.published == dt.date(2026, 11, 21)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_a_city_in_capitals_above_the_date_is_no_outlet() -> None:
    text = f"{HEADLINE}\nTASHKENT\nNov 21, 2026 - 3:45 pm\n{FIRST}\n{SECOND}\n"
    article = parse_article(text)
    assert article.authors == ()
    assert article.dateline == "TASHKENT"
    assert article.published == dt.date(2026, 11, 21)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_a_broadcasters_header_with_the_age_and_the_reporters_city() -> None:
    # BBC pages: the story's age, share and save buttons, the reporter, "Outlet, City".
    header = "3 hours ago\n\nShare\n\nSave\n\nDilfuza Karimova\n\nBBC Uzbek, Tashkent"
    text = f"{HEADLINE}\n\n{header}\n\n{FIRST}\n\n{SECOND}\n"
    article = parse_article(text)
    assert article.authors == (("Dilfuza Karimova", None),)
    assert article.dateline == "Tashkent"
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_an_outlet_and_a_place_that_is_no_city_is_story_text() -> None:
    # "Outlet, X" needs a city the gazetteer knows: a name and a phrase are no header.
    text = f"{HEADLINE}\n\nDilfuza Karimova\n\nVOA News, Central Asia\n\n{FIRST}\n\n{SECOND}\n"
    article = parse_article(text)
    assert article.dateline is None
    assert FIRST in texts(text, article.paragraphs)


def test_a_section_and_a_clock_before_the_date_is_the_publication_line() -> None:
    # Yonhap: "All News 15:02 November 21, 2026" under a tagged headline.
    text = (
        f"(LEAD) {HEADLINE}\nAll News 15:02 November 21, 2026\n"
        f"TASHKENT, Nov. 21 (Yonhap) -- {FIRST}\n\n{SECOND}\n"
    )
    article = parse_article(text)
    assert article.published == dt.date(2026, 11, 21)
    assert article.dateline == "TASHKENT"
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_a_clock_before_a_number_is_no_publication_line() -> None:
    text = f"{HEADLINE}\n15:02 21 11 2026\n{FIRST}\n{SECOND}\n"
    assert parse_article(text).published is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # AP's names in capitals with the outlet line copied onto the same line.
        ("By FATIMA HUSSEIN and DIEGO OLIVARES Associated Press", ("FATIMA HUSSEIN", "DIEGO OLIVARES")),
        ("By RENATA KOWALSKA Kyodo News", ("RENATA KOWALSKA",)),
        # A wire service after a name in any case.
        ("By Tomas Lindqvist Reuters", ("Tomas Lindqvist",)),
        # Negative cases: names in mixed case or with particles keep every word.
        ("By ANNA VAN DER BERG", ("ANNA VAN DER BERG",)),
        ("By Lucia Ferreira and Mary Ann Okafor", ("Lucia Ferreira", "Mary Ann Okafor")),
        ("By JOHN Smith", ("JOHN Smith",)),
    ],
)
def test_an_outlet_glued_to_the_last_name_is_no_part_of_it(byline: str, authors: tuple[str, ...]) -> None:
    text = f"{HEADLINE}\n{byline}\n\n{FIRST} {SECOND}"
    article = parse_article(text)
    assert tuple(name for name, _ in article.authors) == authors
    assert texts(text, article.body)[0].startswith("Uzbek President")
