"""Article parsing of wire copy: captions, credits, outlet lines and more dateline forms."""

from __future__ import annotations

import pytest

from bilateral.model import Span  # noqa: TC001 - used at run time by the helper below
from bilateral.text._article import parse_article

HEADLINE = "Ghana, Canada Sign Cocoa and Gold Accords"
FIRST = (
    "Ghanaian President John Mahama and Canadian Prime Minister Mark Carney signed two accords on "
    "cocoa processing and gold refining on Thursday."
)
SECOND = "\u201cThis is a fair deal,\u201d Mahama told reporters after the talks."
THIRD = "Canada imported about $400 million of Ghanaian cocoa last year, trade figures show."


def texts(text: str, spans: tuple[Span, ...]) -> list[str]:
    return [s.text(text) for s in spans]


@pytest.mark.parametrize(
    "caption",
    [
        "FILE - Ghanaian President John Mahama speaks in Accra, Ghana, Jan. 7, 2025.",
        "FILE PHOTO: Cocoa pods are seen at a farm in Kumasi, Ghana, March 2, 2024.",
        "Photo caption: Workers sort cocoa beans near Kumasi.",
        "Mahama and Carney shake hands in Ottawa, Nov. 20, 2026. (AP Photo/Sean Kilpatrick)",
        "A worker pours molten gold at a refinery in Accra. REUTERS/Francis Kokoroko",
        "Mahama, right, greets Carney at Jubilee House in Accra on Thursday. (AFP)",
        "Mahama (L) and Carney sign the accords in Ottawa. Credit: Reuters",
        "Mahama and Carney at the signing in Ottawa [Ghana Presidency/Handout via Reuters]",
        "Mahama, left, and Carney in Ottawa, Nov. 20, 2026. (Ghana Presidency via AP)",
        "Mahama and Carney sign the accords in Ottawa (Photo by Dave Chan / AFP)",
        "Mahama meets Carney in Ottawa, in this handout photo released by the Ghanaian presidency.",
        "In this photo released by the Ghana Presidency, Mahama greets Carney in Accra.",
        "This handout image shows the two leaders at the signing.",
        # Reuters pages number the pictures and add the licensing link.
        "[1/3] Mahama and Carney shake hands in Ottawa, Canada, November 20, 2026.",
        (
            "Mahama and Carney shake hands in Ottawa, as officials look on. REUTERS/Blair Gable"
            " Purchase Licensing Rights, opens new tab"
        ),
    ],
)
def test_photo_captions_are_boilerplate(caption: str) -> None:
    text = f"{HEADLINE}\n\n{caption}\n\n{FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]
    assert caption in texts(text, article.boilerplate)
    assert article.dateline is None


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Kwasi Kpodo in Accra and David Ljunggren in Ottawa; Editing by Alex Richardson)",
        "Reporting by Kwasi Kpodo; Editing by Alex Richardson",
        "VOA's Peter Clottey contributed to this report from Accra.",
        "Associated Press writers Rob Gillies and Francis Kokutse contributed.",
        "Associated Press writer Francis Kokutse reported from Accra, Ghana.",
        "Some information for this report came from Reuters and Agence France-Presse.",
        "This story originated in VOA's Africa Division.",
        (
            "Anadolu Agency website contains only a portion of the news stories offered to "
            "subscribers in the AA News Broadcasting System (HAS), and in summarized form."
        ),
        "The full story is available to subscribers only.",
        "sbk/cdm/jj",
        "PTI AB CD KV",
        "WAM/Hatem Mohamed/Tariq alfaham",
        "==Kyodo",
        "(END)",
        "___",
        "*Writing by Aysu Bicer",
        "Edited by: Kofi Mensah",
        "(With inputs from PTI)",
        "With inputs from agencies",
        "This article was originally published on The Conversation.",
        "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Disclaimer: The views expressed here are the author's own.",
        "Follow VOA Africa on X @VOAAfrica",
        "Also Read | Ghana, Canada sign defence pact",
        "Image caption, Mahama and Carney at the signing",
        "Published - November 21, 2026 10:44 pm IST",
        "yoonsoo@yna.co.kr",
        "Published in Dawn, December 3rd, 2026",
        "Published in The Express Tribune, December 3rd, 2026.",
        "Kofi Mensah with Reuters, AFP",
        "jsi/rt (Reuters, dpa)",
        "(FRANCE 24 with AFP)",
        "(With AFP)",
        "Enditem",
        "With Reuters and AP",
        "Email: k.mensah@graphic.com.gh",
    ],
)
def test_credits_after_the_story_are_boilerplate(credit: str) -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{credit}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]
    assert texts(text, article.boilerplate) == [credit]


@pytest.mark.parametrize(
    "paragraph",
    [
        # Story text that mentions photos, reporting or contributions stays.
        "Reporting by state media said the accords were worth $2 billion in all.",
        "Ghana contributed troops to the mission, and Canada contributed funds.",
        "The minister reported from the talks that both sides had agreed on prices.",
        "Photos of the signing were posted by the presidency on X.",
        "- Cocoa",
        "This photograph of the signing was shared by both governments, officials said.",
        "The state website carries the accords in full, and only parts of them were read out.",
        "Shares in the refinery were offered to subscribers in Accra and Toronto on Friday.",
        "With inputs from both ministries, the accords were drafted in three weeks.",
        "Our standards on cocoa quality are the highest in Africa, Mahama said.",
        "Follow-up talks on gold will be held in Ottawa in March.",
        "Published figures show cocoa exports rose 8% last year.",
        "Updated forecasts expect a second accord on timber by 2027.",
        "Carney said Mahama was right, and that the accords were fair. (Reuters)",
        "The ministers spoke by phone (connected via a secure line from Accra).",
        "The accords [signed in Ottawa] take effect in January, officials said.",
        "This is a story of two economies that need each other, Carney said.",
        "Questions can be sent to the ministry at trade@gov.gh until Friday.",
        "Published in Accra, the report found cocoa prices had doubled since 2024.",
        "Mahama met Carney with AFP reporters present.",
        "With AFP and Reuters reporters watching, the two leaders signed.",
    ],
)
def test_story_paragraphs_are_not_credits(paragraph: str) -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{paragraph}\n\n{THIRD}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, paragraph, THIRD]


def test_outlet_line_under_a_byline_is_header() -> None:
    byline = "By RIO YAMAT and ROB GILLIES\nAssociated Press"
    text = f"{HEADLINE}\n\n{byline}\n\nOTTAWA, Ontario (AP) \u2014 {FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert [name for name, _ in article.authors] == ["RIO YAMAT", "ROB GILLIES"]
    assert article.dateline == "OTTAWA, Ontario"
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("KINSHASA, DEMOCRATIC REPUBLIC OF CONGO \u2014 ", "KINSHASA, DEMOCRATIC REPUBLIC OF CONGO"),
        ("Washington \u2014 ", "Washington"),
        ("State Department \u2014 ", "State Department"),
        ("Accra -- ", "Accra"),
        # ANI's country in square brackets, SPA's name after a comma, the Gulf papers' colon.
        ("Accra [Ghana], November 20 (ANI): ", "Accra, Ghana"),
        ("Accra, November 20, 2026, GNA -- ", "Accra"),
        ("Ottawa: ", "Ottawa"),
    ],
)
def test_more_dateline_forms(opening: str, dateline: str) -> None:
    text = f"{HEADLINE}\n\n{opening}{FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert article.dateline == dateline
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "opening",
    [
        # Mixed case with a dash but no agency: only a place the gazetteer knows is a dateline.
        "Senator Jane Roe \u2014 a critic of the accords \u2014 said they were rushed.",
        "President Mahama \u2014 who took office in January \u2014 signed the accords.",
        # A hyphen after a known place is the story's own words.
        "Ghana - the world's second cocoa grower - signed the accords.",
        # After a comma, lower-case words are no region.
        "ACCRA, officials said \u2014 the accords were signed.",
        # A pair of words with a slash, not two known places, before a dash.
        "Cocoa/Gold Board \u2014 a state buyer \u2014 signed the accords.",
        # A colon after a country or a person labels the paragraph; only a city is a dateline.
        "Ghana: the accords were signed on Thursday.",
        "Mahama: the accords are fair to both sides.",
    ],
)
def test_openings_that_are_not_datelines(opening: str) -> None:
    text = f"{HEADLINE}\n\n{opening}\n\n{SECOND}"
    article = parse_article(text)
    assert article.dateline is None
    assert texts(text, article.paragraphs) == [opening, SECOND]


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        # The dateline alone on a line above the first paragraph (web copies of broadcasters).
        ("ACCRA \u2014\n\n", "ACCRA"),
        ("OTTAWA, CANADA \u2014\n", "OTTAWA, CANADA"),
        # A story filed from two places.
        ("ACCRA/OTTAWA, Nov 20 (Reuters) - ", "ACCRA/OTTAWA"),
        # Cities of several words, and three of them.
        ("SAO PAULO/BUENOS AIRES (Reuters) - ", "SAO PAULO/BUENOS AIRES"),
        ("LAGOS/ABIDJAN/DAKAR, May 7 (Reuters) - ", "LAGOS/ABIDJAN/DAKAR"),
        ("Accra/Ottawa (AFP) - ", "Accra/Ottawa"),
        # In mixed case with a dash alone, every city must be a known place.
        ("Accra/Ottawa \u2014 ", "Accra/Ottawa"),
    ],
)
def test_dateline_on_its_own_line_or_from_two_places(opening: str, dateline: str) -> None:
    text = f"{HEADLINE}\n\n{opening}{FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert article.dateline == dateline
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_a_heading_line_ending_in_a_hyphenated_word_is_no_dateline() -> None:
    text = f"{HEADLINE}\n\nCocoa And Gold -\n{FIRST}"
    article = parse_article(text)
    assert article.dateline is None


@pytest.mark.parametrize("tag", ["UPDATE 2-", "REFILE-", "EXCLUSIVE-", "Analysis: "])
def test_wire_tags_are_not_part_of_the_headline(tag: str) -> None:
    text = f"{tag}{HEADLINE}\n\n{FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text(text) == HEADLINE


@pytest.mark.parametrize(
    "tag",
    ["(LEAD) ", "(2nd LD) ", "(3rd LD, CORRECTED) ", "(URGENT) ", "(News Focus) ", "(Yonhap Interview) "],
)
def test_bracketed_wire_tags_are_not_part_of_the_headline(tag: str) -> None:
    opening = f"ACCRA, Nov. 20 (Yonhap) -- {FIRST}"
    text = f"{tag}{HEADLINE}\n\n{opening}\n\n{SECOND}"
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text(text) == HEADLINE
    assert article.dateline == "ACCRA"
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "headline",
    ["(Seoul) Ghana, Canada Sign Cocoa and Gold Accords", "(Lead) the accords Ghana and Canada signed"],
)
def test_a_headline_opening_with_other_brackets_keeps_them(headline: str) -> None:
    text = f"{headline}\n\n{FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert article.title is None or article.title.text(text) == headline


def test_a_headline_about_an_update_keeps_its_words() -> None:
    text = f"Update on Ghana-Canada Talks Expected Friday\n\n{FIRST}"
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text(text) == "Update on Ghana-Canada Talks Expected Friday"


def test_source_line_after_the_story_is_a_credit() -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nSource: Al Jazeera and news agencies"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize("after", ["ACCRA, GHANA \u2014\n\n", "November 20, 2026 5:42 PM\n\n"])
def test_a_name_alone_under_the_headline_is_the_byline(after: str) -> None:
    text = f"{HEADLINE}\n\nPeter Clottey\n\n{after}{FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert article.authors == (("Peter Clottey", None),)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


def test_a_short_heading_under_the_headline_is_no_byline() -> None:
    text = f"{HEADLINE}\n\nCocoa Prices Rise\n\n{FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert article.authors == ()


def test_the_credits_after_a_rule_end_the_story() -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n___\n\nKokutse reported from Accra."
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]
    assert texts(text, article.boilerplate) == ["___", "Kokutse reported from Accra."]


def test_a_rule_inside_the_story_keeps_what_follows() -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n* * *\n\n{SECOND}\n\n{THIRD}\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, SECOND, THIRD, FIRST, SECOND, THIRD]


def test_a_media_players_controls_are_boilerplate() -> None:
    widget = (
        "Embed\n\nShare\n\nNo media source currently available\n\n0:00 0:02:15 0:00\n\nDownload\n\nPopout"
    )
    text = f"{HEADLINE}\n\nPeter Clottey\nNovember 20, 2026 5:42 PM\n\n{widget}\n\n{FIRST}\n\n{SECOND}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]
    assert article.authors == (("Peter Clottey", None),)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Share prices rose 4% after the accords were signed.",
        "Download speeds in Accra doubled, the minister said.",
    ],
)
def test_story_lines_opening_with_widget_words_stay(paragraph: str) -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{paragraph}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, paragraph]


def test_a_caption_without_a_label_ends_with_place_and_date() -> None:
    caption = "Cocoa farmers load sacks onto a truck near Kumasi, Ghana, Nov. 12, 2026."
    text = f"{HEADLINE}\n\n{FIRST}\n\n{caption}\n\n{SECOND}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The first accord was signed in Accra on Oct. 3, 2025.",
        "The talks, first held in Ottawa, Canada, in 2019, resumed in Accra, Ghana, in 2026.",
    ],
)
def test_story_sentences_ending_with_a_date_stay(paragraph: str) -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{paragraph}\n\n{SECOND}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, paragraph, SECOND]


@pytest.mark.parametrize("signoff", ["Enditem", "(END)"])
def test_a_signoff_closing_the_last_line_is_boilerplate(signoff: str) -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND} {signoff}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, SECOND]
    assert texts(text, article.boilerplate) == [signoff]


def test_a_last_line_mentioning_the_end_keeps_it() -> None:
    last = "Both leaders said the talks marked the end of an era."
    text = f"{HEADLINE}\n\n{FIRST}\n\n{last}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, last]


@pytest.mark.parametrize(
    "button",
    [
        "Link copied",
        "Print this article",
        "Listen to this story",
        "Comments (3)",
        "Gift this article",
        "Share full article",
        "Click to share on X (Opens in new window)",
        "Loading...",
        "AFP",
        "Getty Images",
        "Video: Mahama says the cocoa deal is fair",
        "Photos: Carney in Accra",
    ],
)
def test_site_buttons_and_labelled_media_between_paragraphs_are_boilerplate(button: str) -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{button}\n\n{SECOND}\n\n{THIRD}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, SECOND, THIRD]
    assert button in texts(text, article.boilerplate)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Video footage showed Mahama and Carney touring the refinery.",
        "Loading of the first cocoa shipment began on Friday.",
        "AFP reported that the accords were worth $2 billion.",
        "Comments by both leaders were broadcast live.",
    ],
)
def test_story_lines_opening_with_button_words_stay(paragraph: str) -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{paragraph}\n\n{SECOND}"
    article = parse_article(text)
    assert texts(text, article.paragraphs) == [FIRST, paragraph, SECOND]
