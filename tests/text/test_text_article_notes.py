"""Article parsing: newsroom notes, subheads, headlines over two lines, dated datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Span  # noqa: TC001 - used at run time by the helper below
from bilateral.text._article import parse_article

HEADLINE = "Peru, Bolivia Leaders Agree to Reopen Desaguadero Crossing"
FIRST = (
    "Peruvian President Jose Jeri and Bolivian President Rodrigo Paz agreed on Friday to reopen "
    "the Desaguadero border crossing after three weeks of protests."
)
SECOND = "\u201cThe border is open again,\u201d Paz told reporters in La Paz."


def texts(text: str, spans: tuple[Span, ...]) -> list[str]:
    return [s.text(text) for s in spans]


@pytest.mark.parametrize(
    "note",
    [
        "EDITOR'S NOTE: This story contains images some readers may find disturbing.",
        "Editor\u2019s note: Reporting for this story was done under Bolivian press restrictions.",
        "This story has been updated to include a statement from Bolivia's foreign ministry.",
        "This article was updated on Saturday with the number of trucks stranded.",
        "(This story has been corrected to fix the name of the crossing in paragraph 2)",
        "Correction: An earlier version of this story misstated the length of the protests.",
        "CORRECTION - A previous headline misidentified the Bolivian president.",
        "An earlier version of this article gave the wrong date for the meeting.",
        "The interview has been edited for length and clarity.",
        "This version corrects the spelling of the minister's name.",
        "(Updates with comment from Peruvian trade minister, paragraphs 5-6)",
        "(ATTN: UPDATES with comments from Bolivian officials in paras 4-6)",
        "(ATTN: ADDS photo)",
        "UPDATED: Adds comment from Bolivian trade minister in paragraph 9.",
        "Update \u2014 Corrects the name of the border crossing.",
        "This is a developing story and will be updated.",
        "(The following transcript has been edited for length and clarity.)",
        "The following has been translated from Spanish.",
    ],
)
@pytest.mark.parametrize("where", ["top", "middle", "end"])
def test_newsroom_notes_are_boilerplate(note: str, where: str) -> None:
    if where == "top":
        text = f"{HEADLINE}\n\n{note}\n\n{FIRST}\n\n{SECOND}"
    elif where == "middle":
        text = f"{HEADLINE}\n\n{FIRST}\n\n{note}\n\n{SECOND}"
    else:
        text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{note}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]
    assert note in texts(text, article.boilerplate)


def test_an_editors_note_above_the_headline_leaves_the_header_readable() -> None:
    text = (
        "EDITOR'S NOTE: This story contains an image some readers may find disturbing.\n"
        f"{HEADLINE}\nBy MAYRA LOPEZ and CARLOS VALDEZ\nAssociated Press\n"
        f"LA PAZ, Bolivia (AP) \u2014 {FIRST}\n{SECOND}\n"
    )
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text(text) == HEADLINE
    assert [name for name, _ in article.authors] == ["MAYRA LOPEZ", "CARLOS VALDEZ"]
    assert article.dateline == "LA PAZ, Bolivia"
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "sentence",
    [
        # A story's own sentences about reports, versions and corrections stay story text.
        "The report was revised last week to include the figures from Bolivia's customs office.",
        "Bolivia said an earlier version of the treaty had been signed in 1992.",
        "Peru issued a correction to its trade figures on Thursday, officials said.",
        "The interview, broadcast on Bolivian television, was edited by the presidency.",
        "Update: Bolivia adds 200 trucks a day to the convoy, officials said, and reopens the road.",
        "Updated trade figures show Bolivia's exports to Peru rose 12% last year.",
    ],
)
def test_story_sentences_about_versions_are_kept(sentence: str) -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{sentence}\n\n{SECOND}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, sentence, SECOND]


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("By Anita Ruiz, VOA South America Correspondent", None),
        ("Published On 14 Nov 2026", dt.date(2026, 11, 14)),
        ("November 14, 2026", dt.date(2026, 11, 14)),
    ],
)
def test_a_subhead_between_headline_and_byline_or_date_is_boilerplate(
    date_line: str, published: dt.date | None
) -> None:
    deck = "Truckers had blocked the crossing for three weeks over fuel shortages."
    text = f"{HEADLINE}\n{deck}\n{date_line}\n{FIRST}\n{SECOND}\n"
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text(text) == HEADLINE
    assert deck in texts(text, article.boilerplate)
    assert article.published == published
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "date_line",
    ["Elif Demir |14.11.2026 - Update : 14.11.2026", "Published On 14 Nov 2026", "By Anita Ruiz"],
)
def test_a_lede_between_headline_and_byline_is_the_story(date_line: str) -> None:
    # Anadolu prints the story's first sentence above the byline, Al Jazeera a standfirst
    # above the date: a whole sentence, long and ending with a full stop, is story text.
    lede = (
        "Peruvian Trade Minister Ursula Desilu Leon met her Bolivian counterpart Jose Luis Lupo"
        " at the Desaguadero crossing on Friday, officials said."
    )
    text = f"{HEADLINE}\n\n{lede}\n\n{date_line}\n\nLIMA \u2014 {FIRST}\n\n{SECOND}\n"
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text(text) == HEADLINE
    assert texts(text, article.paragraphs) == [lede, FIRST, SECOND]
    assert lede not in texts(text, article.boilerplate)
    # The dateline opens the story under the byline, not the lede.
    assert article.dateline == "LIMA"


def test_a_lede_above_an_anadolu_city_line_keeps_the_city() -> None:
    lede = (
        "Turkish Trade Minister Omer Bolat held talks with his Peruvian counterpart in Lima on"
        " Friday, the ministry said in a statement."
    )
    text = f"{HEADLINE}\n\n{lede}\n\nElif Demir |14.11.2026 - Update : 14.11.2026\n\nANKARA\n\n{FIRST}\n"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [lede, FIRST]
    assert article.dateline == "ANKARA"
    assert article.published == dt.date(2026, 11, 14)
    assert article.authors == (("Elif Demir", None),)


@pytest.mark.parametrize(
    "byline", ["Elif Demir |14.11.2026 - Update : 14.11.2026", "Published On 14 Nov 2026", "By Anita Ruiz"]
)
def test_a_deck_without_a_period_above_a_lede_is_boilerplate(byline: str) -> None:
    # Anadolu: headline, a deck with no final period, the lede, then the byline.
    deck = "Bolat, Prado also review customs rules, direct flights between Lima and Istanbul"
    lede = (
        "Turkish Trade Minister Omer Bolat and Peruvian Trade Minister Teresa Prado agreed on"
        " Friday to start free trade talks next year, the ministry said."
    )
    text = f"{HEADLINE}\n\n{deck}\n\n{lede}\n\n{byline}\n\nANKARA\n\n{FIRST}\n\n{SECOND}\n"
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text(text) == HEADLINE
    assert deck in texts(text, article.boilerplate)
    assert texts(text, article.paragraphs) == [lede, FIRST, SECOND]
    assert article.dateline == "ANKARA"


def test_a_first_paragraph_without_a_period_above_a_lede_stays_without_a_byline() -> None:
    # Nothing under the long sentence says header: the line above it is the story's.
    first = "Bolat, Prado also review customs rules, direct flights between Lima and Istanbul"
    lede = (
        "Turkish Trade Minister Omer Bolat and Peruvian Trade Minister Teresa Prado agreed on"
        " Friday to start free trade talks next year, the ministry said."
    )
    text = f"{HEADLINE}\n\n{first}\n\n{lede}\n\n{SECOND}\n"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [first, lede, SECOND]


def test_a_short_sentence_above_a_lede_is_no_deck() -> None:
    # A line ending a sentence is story text even with a byline under the next one.
    first = "Peru and Türkiye will talk trade."
    lede = (
        "Turkish Trade Minister Omer Bolat and Peruvian Trade Minister Teresa Prado agreed on"
        " Friday to start free trade talks next year, the ministry said."
    )
    text = f"{HEADLINE}\n\n{first}\n\n{lede}\n\nBy Anita Ruiz\n\n{SECOND}\n"
    article = parse_article(text)
    assert first not in texts(text, article.boilerplate)


def test_a_second_line_without_a_byline_or_date_after_it_is_the_story() -> None:
    text = f"{HEADLINE}\n{FIRST}\n{SECOND}\n"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]
    assert article.boilerplate == ()


def test_a_headline_broken_after_a_comma_is_one_title() -> None:
    text = (
        "Peru's Jeri, Bolivia's Paz Agree to Reopen Border,\n"
        "Resume Gas Talks\n"
        "By Anita Ruiz, VOA South America Correspondent\n"
        "November 14, 2026\n"
        "LIMA \u2014\n"
        f"{FIRST}\n{SECOND}\n"
    )
    article = parse_article(text)
    assert article.title is not None
    assert " ".join(article.title.text(text).split()) == (
        "Peru's Jeri, Bolivia's Paz Agree to Reopen Border, Resume Gas Talks"
    )
    assert article.authors == (("Anita Ruiz", "VOA South America Correspondent"),)
    assert article.published == dt.date(2026, 11, 14)
    assert article.dateline == "LIMA"
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_a_hard_wrapped_first_paragraph_is_no_two_line_headline() -> None:
    text = (
        "Peruvian President Jose Jeri, who took office in October,\n"
        "Met Bolivian President Rodrigo Paz on the shore of\n"
        "lake Titicaca on Friday, officials said.\n"
    )
    article = parse_article(text)
    assert article.title is None or "\n" not in article.title.text(text)


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("RIYADH, November 3, 2026 (SPA) --", dt.date(2026, 11, 3)),
        ("ABU DHABI, 3rd March, 2025 (WAM) --", dt.date(2025, 3, 3)),
        ("LIMA, Nov 14 (Reuters) -", None),
    ],
)
def test_a_full_date_in_the_dateline_is_the_publication_date(
    dateline: str, published: dt.date | None
) -> None:
    text = f"{HEADLINE}\n\n{dateline} {FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert article.dateline is not None
    assert article.published == published
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_a_printed_publication_line_wins_over_the_dateline_date() -> None:
    text = f"{HEADLINE}\nPublished November 4, 2026\n\nRIYADH, November 3, 2026 (SPA) -- {FIRST}\n\n{SECOND}"
    assert parse_article(text).published == dt.date(2026, 11, 4)


def test_a_headline_going_on_in_lower_case_above_the_byline_is_one_title() -> None:
    text = (
        "Jeri, Paz meet at Lake Titicaca,\n"
        "pledge to end the border blockade\n"
        "By MAYRA LOPEZ\n"
        "Associated Press\n"
        f"LA PAZ, Bolivia (AP) \u2014 {FIRST}\n{SECOND}\n"
    )
    article = parse_article(text)
    assert article.title is not None
    assert " ".join(article.title.text(text).split()) == (
        "Jeri, Paz meet at Lake Titicaca, pledge to end the border blockade"
    )
    assert article.authors == (("MAYRA LOPEZ", None),)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_a_lower_case_second_line_without_a_byline_after_it_is_no_title() -> None:
    text = f"Jeri, Paz meet at Lake Titicaca,\npledge to end the border blockade\n{FIRST}\n{SECOND}\n"
    article = parse_article(text)
    assert article.title is None or "pledge" not in article.title.text(text)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("LIMA, Nov. 14 Kyodo - ", "LIMA"),
        ("Lima, Nov. 14 Kyodo - ", "Lima"),
        ("LIMA, Nov. 14. /TASS/. ", "LIMA"),
    ],
)
def test_an_agency_named_after_the_date_without_brackets_ends_the_dateline(
    opening: str, dateline: str
) -> None:
    text = f"{HEADLINE}\n\n{opening}{FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert article.dateline == dateline
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_a_capitalised_word_after_a_city_without_a_date_is_no_agency() -> None:
    text = f"{HEADLINE}\n\nLIMA Post - {FIRST}\n\n{SECOND}"
    assert parse_article(text).dateline is None


@pytest.mark.parametrize("order", ["deck first", "lede first"])
def test_a_byline_under_a_deck_and_a_lede_is_still_header(order: str) -> None:
    deck = "Desilu Leon, Lupo also review fuel supplies to the border towns"
    lede = (
        "Peruvian Trade Minister Ursula Desilu Leon met her Bolivian counterpart Jose Luis Lupo"
        " at the Desaguadero crossing on Friday, officials said."
    )
    top = f"{deck}\n\n{lede}" if order == "deck first" else f"{lede}\n\n{deck}"
    byline = "Elif Demir |14.11.2026 - Update : 14.11.2026"
    text = f"{HEADLINE}\n\n{top}\n\n{byline}\n\nANKARA\n\n{FIRST}\n\n{SECOND}\n"
    article = parse_article(text)
    assert article.authors == (("Elif Demir", None),)
    assert article.published == dt.date(2026, 11, 14)
    assert article.dateline == "ANKARA"
    assert texts(text, article.paragraphs)[-2:] == [FIRST, SECOND]
    assert lede in texts(text, article.paragraphs)


def test_a_bar_in_a_story_line_is_no_byline() -> None:
    line = "Peru | Bolivia trade rose 12% in 2025, the figures show."
    text = f"{HEADLINE}\n\n{FIRST}\n\n{line}\n\n{SECOND}\n"
    article = parse_article(text)
    assert article.authors == ()
    assert texts(text, article.paragraphs) == [FIRST, line, SECOND]


@pytest.mark.parametrize(
    "kicker", ["Africa", "World News", "ANALYSIS", "EAST AFRICA", "Diplomacy", "Home | Americas"]
)
def test_a_section_label_above_the_headline_is_no_headline(kicker: str) -> None:
    text = f"{kicker}\n{HEADLINE}\n{FIRST}\n\n{SECOND}\n"
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text(text) == HEADLINE
    assert article.section is not None
    assert kicker.endswith(article.section)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize(
    ("first_line", "second_line"),
    [
        # A short headline that is no section or place; a longer line above a shorter one.
        ("Peace Deal", "Talks resume"),
        ("Kenya Votes", "Ruto leads count"),
        ("Kenya and Uganda", "Talks"),
    ],
)
def test_a_short_first_line_above_no_headline_stays(first_line: str, second_line: str) -> None:
    text = f"{first_line}\n{second_line}\n\n{SECOND}\n"
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text(text) == first_line
    assert article.section is None


def test_a_label_above_a_sentence_is_no_section() -> None:
    # No headline under it: the page has no header to read.
    text = f"Africa\n{FIRST}\n\n{SECOND}\n"
    article = parse_article(text)
    assert article.section is None
    assert FIRST in texts(text, article.paragraphs)


@pytest.mark.parametrize(
    "heading",
    [
        "09:20 GMT - Jeri meets Bolivian counterpart at the border",
        "18:45 GMT+1 \u2013 Paz: 'The border is open again'",
        '7:05 pm - La Paz says crossing "reopened"',
        "16.10 \u2014 Read more: Why the Desaguadero crossing matters",
    ],
)
def test_a_live_pages_entry_heading_is_boilerplate(heading: str) -> None:
    text = f"{HEADLINE}\n\n{heading}\n\n{FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert heading in texts(text, tuple(article.boilerplate))
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "entry",
    [
        # An entry that opens with the clock and goes on as story ends with a stop: story text.
        "15:40 \u2014 Jeri and Paz wrapped up two hours of talks at the customs post.",
        "11:05 GMT - Paz said the crossing would reopen \u201cwithin hours.\u201d",
        # A score or a ratio is no clock before a dash.
        "The vote was 12:30 - a narrow margin that surprised the chamber",
    ],
)
def test_a_live_entry_in_sentences_stays_story(entry: str) -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{entry}\n\n{SECOND}"
    article = parse_article(text)
    assert entry in texts(text, article.paragraphs)
