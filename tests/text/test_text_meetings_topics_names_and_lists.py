"""
Topic lists as agencies write them: examples after a comma ("issues, such as ..."), fields
"including" the items, names with an "and" inside, a list subject of "were on the agenda",
a relative clause inside a list, adjectives before "views", and a long aside after "The talks".

The paragraphs were written for these tests in the styles of VOA, Xinhua, Anadolu and PTI.
The names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Meeting, MeetingStatus
from bilateral.text import extract

PUBLISHED = dt.date(2025, 10, 24)  # a Friday
OPENING = "Ghanaian President John Mahama met Spanish Prime Minister Pedro Sanchez in Madrid on Wednesday. "


def _held(text: str) -> Meeting:
    record = extract(text, published=PUBLISHED)
    return next(m for m in record.meetings if m.status is MeetingStatus.HELD)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Examples set off by a comma: "such as" is no part of the first example.
        (
            (
                "The two men exchanged views on international issues, such as the war in Sudan, "
                "port fees and irregular migration."
            ),
            {"international issues", "war in Sudan", "port fees", "irregular migration"},
        ),
        # "covering fields including X": the fields named, not "fields including X".
        (
            (
                "The leaders then witnessed the signing of nine documents covering fields including "
                "cocoa processing, vocational training and port logistics."
            ),
            {"cocoa processing", "vocational training", "port logistics"},
        ),
        # "cooperation in several sectors including X": the sectors named.
        (
            "They also discussed cooperation in several sectors including renewable energy and fisheries.",
            {"renewable energy", "fisheries"},
        ),
    ],
)
def test_examples_and_fields_are_the_topics(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Talks touched on the Belt and Road Initiative and debt relief.",
            {"Belt and Road Initiative", "debt relief"},
        ),
        (
            "The leaders discussed trade and the African Growth and Opportunity Act.",
            {"trade", "African Growth and Opportunity Act"},
        ),
        (
            "The leaders discussed Bosnia and Herzegovina and the Western Balkans.",
            {"Bosnia and Herzegovina", "Western Balkans"},
        ),
        # Negative: two names in a plain list stay two topics, also before a capitalised head.
        ("The leaders discussed Mali and Niger.", {"Mali", "Niger"}),
        (
            "The leaders discussed Morocco and Development Bank loans.",
            {"Morocco", "Development Bank loans"},
        ),
        # Negative: a lower-case word before "and" lists two items.
        (
            "The leaders discussed energy and the Lobito Corridor.",
            {"energy", "Lobito Corridor"},
        ),
    ],
)
def test_an_and_inside_a_name_does_not_split_it(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


def test_a_listed_subject_of_on_the_agenda_runs_back_past_its_commas() -> None:
    meeting = _held(
        OPENING + "During the talks, the return of migrants, water sharing from the Volta and Oti rivers, "
        "and the Keta Harbour project were on the agenda, officials said."
    )
    assert set(meeting.topics) == {
        "return of migrants",
        "water sharing from the Volta and Oti rivers",
        "Keta Harbour project",
    }


def test_a_list_item_after_a_relative_clause_is_cut_off_no_more() -> None:
    meeting = _held(
        OPENING + "The leaders also addressed the Accra metro line, which has been stalled since 2022, "
        "as well as the situation in the Sahel."
    )
    assert set(meeting.topics) == {"Accra metro line", "situation in the Sahel"}


def test_a_relative_clause_then_and_still_ends_the_list() -> None:
    # ", and ..." after the relative clause may open a new clause: the list stops there.
    meeting = _held(
        OPENING + "The leaders also addressed the Accra metro line, which has been stalled since 2022, "
        "and Mahama thanked Spain for its support."
    )
    assert meeting.topics == ("Accra metro line",)


def test_where_clause_before_a_serial_list_keeps_the_last_item() -> None:
    # The list subject cannot run back over "where ..."; the last item is still read, without
    # its "and".
    meeting = _held(
        OPENING + "In Madrid, where the two met for three hours, cocoa, tuna, and the war in Sudan were "
        "on the agenda."
    )
    assert meeting.topics == ("war in Sudan",)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders also exchanged in-depth views on the Ukraine crisis and the Sahel.",
        "The two leaders exchanged frank and candid views on the Ukraine crisis and the Sahel.",
    ],
)
def test_an_adjective_before_views(sentence: str) -> None:
    assert set(_held(OPENING + sentence).topics) == {"Ukraine crisis", "Sahel"}


def test_the_talks_after_a_long_aside_also_covered() -> None:
    meeting = _held(
        OPENING + "The talks, held under the framework of the third Ghana-Spain High-Level Political "
        "Consultations, also covered cocoa processing and maritime security, officials said."
    )
    assert set(meeting.topics) == {"cocoa processing", "maritime security"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A gerund noun after a comma is a list item: alone before "and" or a comma, or a known
        # noun of a field ("shipping lanes").
        ("The leaders discussed cocoa, mining and farming.", {"cocoa", "mining", "farming"}),
        (
            "The leaders discussed energy, shipping lanes in the Gulf of Guinea and visas.",
            {"energy", "shipping lanes in the Gulf of Guinea", "visas"},
        ),
        # Negative: a participle clause after the comma still ends the list.
        ("The leaders discussed energy, saying it was vital.", {"energy"}),
        ("The leaders discussed the Sahel, calling for elections there.", {"Sahel"}),
        ("The leaders discussed cocoa, adding that prices had doubled.", {"cocoa"}),
    ],
)
def test_a_gerund_after_a_comma(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # No serial comma: short items run back to the start of the sentence.
        ("Cocoa, tuna and migration were on the agenda.", {"Cocoa", "tuna", "migration"}),
        # An opening phrase is no item.
        ("With elections looming, cocoa and migration were on the agenda.", {"cocoa", "migration"}),
        # Who said it is no item either.
        (
            "Sanchez, who has led the government since 2018, said cocoa and migration were on the agenda.",
            {"cocoa", "migration"},
        ),
        # A relative clause is no item of the list; the item it describes is.
        (
            "Cocoa prices, which have doubled since 2022, and migration topped the agenda.",
            {"Cocoa prices", "migration"},
        ),
    ],
)
def test_a_list_subject_of_the_agenda(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "was also raised" names its topic before it, like "was also discussed".
        (
            "The issue of Ghana's debt to the International Monetary Fund was also raised, officials said.",
            {"Ghana's debt to the International Monetary Fund"},
        ),
        # A long last item: the subject is looked for farther back. (Without a serial comma a
        # list item of more than four words is not run back over: it may be a clause.)
        (
            (
                "According to a statement, the welfare of Ghanaians working in Spain, the smuggling of "
                "fuel and the proposed ferry link between Tema and the Canary Islands were also raised."
            ),
            {
                "smuggling of fuel",
                "proposed ferry link between Tema and the Canary Islands",
            },
        ),
        # Negative: "Among the issues discussed were ..." names them after the cue, once.
        (
            "Among the issues discussed were cocoa prices and irregular migration.",
            {"cocoa prices", "irregular migration"},
        ),
    ],
)
def test_topics_named_before_raised_and_among(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


def test_with_opens_a_list_of_subjects_discussed() -> None:
    meeting = _held(
        "Ghanaian President John Mahama met Spanish Prime Minister Pedro Sanchez in Madrid on Wednesday, "
        "with a $3 billion credit line, access to Ghana's lithium deposits and irregular migration among "
        "the subjects discussed, officials said."
    )
    assert set(meeting.topics) == {
        "$3 billion credit line",
        "access to Ghana's lithium deposits",
        "irregular migration",
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "Sanchez's spokesman said the talks also dealt with a possible visa deal and cooperation "
                "against people smuggling."
            ),
            {"possible visa deal", "cooperation against people smuggling"},
        ),
        # The place singled out by "particularly in" is the item.
        (
            "The leaders discussed developments in West Africa, particularly in Mali and Niger.",
            {"developments in West Africa", "Mali", "Niger"},
        ),
        # The adverb goes with the agreed verb, not the topic.
        (
            "The two leaders agreed to further deepen the strategic partnership.",
            {"strategic partnership"},
        ),
        # An over-long item keeps its head before a participle and its preposition.
        (
            (
                "Mahama also raised the issue of the $2 billion in Ghanaian cocoa revenues deposited "
                "in Spanish banks since 2023 under a court order obtained by creditors."
            ),
            {"$2 billion in Ghanaian cocoa revenues"},
        ),
        # Negative: vague catch-alls are no topics; the sides are none either.
        (
            (
                "They exchanged views on the Sahel and other international and regional issues of "
                "common concern."
            ),
            {"Sahel"},
        ),
        (
            (
                "The two leaders agreed to deepen the special relationship between the two parties "
                "and countries."
            ),
            {"special relationship between the two parties"},
        ),
    ],
)
def test_readout_phrasings(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


def test_what_the_ministers_discussed_is_not_a_one_sided_trip_named_before() -> None:
    text = (
        "Spanish Foreign Minister Jose Manuel Albares held talks with his Ghanaian counterpart Samuel "
        "Okudzeto Ablakwa in Accra on Wednesday. The two sides also reviewed preparations for Prime "
        "Minister Pedro Sanchez's visit to Ghana for a business forum later this year, the ministry said. "
        "According to the ministry, the ministers discussed the security situation in the Sahel."
    )
    record = extract(text, published=PUBLISHED)
    held = next(m for m in record.meetings if m.status is MeetingStatus.HELD)
    assert "security situation in the Sahel" in held.topics


def test_subject_talks_after_ahead_of_are_other_talks() -> None:
    # Talks named after their subject but held later ("ahead of climate talks") are other
    # talks; the talks reported named so still give it.
    text = (
        "Ghanaian President John Mahama and Spanish Prime Minister Pedro Sanchez agreed on Wednesday "
        "to double trade, as the two countries sought common ground ahead of climate talks. The two "
        "leaders, meeting at La Moncloa in Madrid, discussed cocoa prices."
    )
    held = _held(text)
    assert "climate" not in held.topics
    assert "cocoa prices" in held.topics


def test_subject_talks_reported_still_give_their_subject() -> None:
    held = _held(
        "Sudan's army chief Abdel Fattah al-Burhan met Saudi Foreign Minister Faisal bin Farhan in "
        "Jeddah on Wednesday for peace talks that lasted three hours."
    )
    assert "peace" in held.topics


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A quoted name after "so-called" ends its item; the comma inside the marks goes on.
        (
            (
                'The talks centered around smuggling, gold mining in the so-called "Ashanti belt," and a '
                "delayed rail line."
            ),
            {"smuggling", "gold mining in the so-called Ashanti belt", "delayed rail line"},
        ),
        # A relative clause, then ", and" and a possessive name: the list's last item.
        (
            (
                "The leaders talked about the ECOWAS bloc, which Mali has left, and Ghana's bid to host its "
                "next summit."
            ),
            {"ECOWAS bloc", "Ghana's bid to host its next summit"},
        ),
        # Negative: a reporting clause after the relative clause is no item.
        (
            (
                "The leaders discussed the ECOWAS bloc, which Mali has left, and the president said "
                "he was hopeful."
            ),
            {"ECOWAS bloc"},
        ),
        ("Energy was another topic.", {"Energy"}),
        # Generic "issues including X": the examples are topics of their own.
        (
            "The two men discussed bilateral ties and global issues including Ukraine.",
            {"bilateral ties", "global issues", "Ukraine"},
        ),
    ],
)
def test_more_list_shapes(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Staying in touch is more talks, no subject of them.
        ("The two leaders agreed to remain in touch.", set()),
        # Each later infinitive of an agreement loses its verb.
        (
            (
                "The two leaders agreed to lift visa fees, expand trade and set up a joint commission "
                "on fisheries."
            ),
            {"visa fees", "trade", "joint commission on fisheries"},
        ),
    ],
)
def test_agreed_acts_give_their_objects(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


def test_the_two_leaders_are_the_talks_not_a_one_sided_visit() -> None:
    text = (
        "Ghanaian President John Mahama and Spanish Prime Minister Pedro Sanchez today held talks "
        "during an official visit by Mahama to Madrid. The two leaders discussed the strategic "
        "partnership between Ghana and Spain and ways to enhance it, especially in the fields of "
        "fisheries and renewable energy."
    )
    held = _held(text)
    assert {"fisheries", "renewable energy"} <= set(held.topics)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The subject before an aside of examples: the subject and its examples.
        (
            (
                "Energy security, including the Ghana-Spain gas link and Spanish solar investment, was one "
                "of the main issues, the minister told reporters."
            ),
            {"Energy security", "Ghana-Spain gas link", "Spanish solar investment"},
        ),
        # "and of strengthening": the repeated preposition before a later item.
        (
            (
                "They underscored the importance of expanding trade and of strengthening the role of "
                "regional bodies."
            ),
            {"trade", "role of regional bodies"},
        ),
        # Negative: a person before "was one of the main ..." is no topic.
        ("Sanchez, who arrived on Monday, was one of the main speakers.", set()),
    ],
)
def test_main_issues_and_repeated_prepositions(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected
