"""Speakers named through a document ("a statement from ...") or a royal honorific."""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


def _speaker_names(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[i] for i in s.speakers] for s in record.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ministers discussed trade, according to a statement from Kenya's Foreign Ministry.",
            "Foreign Ministry",
        ),
        (
            "The talks were frank, according to a statement from the International Crisis Group.",
            "International Crisis Group",
        ),
    ],
)
def test_a_statement_from_a_body_is_the_bodys(text: str, speaker: str) -> None:
    assert _speaker_names(text) == [[speaker]]


def test_a_report_from_a_city_names_no_speaker() -> None:
    assert _speaker_names("The talks collapsed, according to a report from Nairobi.") == [[]]


def test_a_long_titled_ruler_is_his_majesty_later() -> None:
    text = (
        "His Majesty King of the Hashemite Kingdom of Jordan Abdullah II received the Egyptian"
        " foreign minister on Sunday. His Majesty stressed the need for a ceasefire in Gaza."
    )
    record = extract(text)
    (king,) = [a for a in record.actors if isinstance(a, Person) and a.name == "Abdullah II"]
    assert [s.speakers for s in record.statements] == [(king.id,)]


def test_a_leaders_office_speaks_for_the_leader() -> None:
    text = (
        "Iraqi Prime Minister Mohammed Shia al-Sudani's office said on Saturday that he had"
        " discussed the water crisis with the Iranian ambassador."
    )
    assert _speaker_names(text) == [["Mohammed Shia al-Sudani"]]


def test_who_after_an_appositive_is_the_person_not_the_body_ending_it() -> None:
    text = (
        "Ukraine's team was headed by Oleh Marchenko, the secretary of the country's National"
        " Security and Defense Council, who told reporters the talks were productive."
    )
    assert _speaker_names(text) == [["Oleh Marchenko"]]


def test_which_after_a_body_is_the_body() -> None:
    text = "The plan was drafted by the International Crisis Group, which said the ceasefire would not hold."
    assert _speaker_names(text) == [["International Crisis Group"]]


def test_the_two_with_modifiers_are_the_two_leaders() -> None:
    text = (
        "Argentine President Javier Milei hosted Chilean President Jose Antonio Kast on Monday,"
        " and the two right-wing leaders agreed to coordinate policies on lithium."
    )
    assert sorted(_speaker_names(text)[0]) == ["Javier Milei", "Jose Antonio Kast"]


def test_a_countrys_possessive_owns_a_generic_lexicon_body() -> None:
    record = extract("Analysts said Chile's Congress would not give Kast a blank check.")
    congress = [a for a in record.actors if a.name == "Congress"]
    assert [a.country for a in congress] == ["CL"]


_MEETING = (
    "Kenyan President William Ruto met Chinese President Xi Jinping in Beijing on Monday,"
    " and Indian External Affairs Minister Subrahmanyam Jaishankar met Russian Foreign Minister"
    " Sergey Lavrov. "
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ruto thanked Xi. His host said ties were strong.", ["Xi Jinping"]),
        ("India's foreign minister said ties were strong.", ["Subrahmanyam Jaishankar"]),
        ("Russia's veteran foreign minister said talks were useful.", ["Sergey Lavrov"]),
        ("The top Russian diplomat said talks were useful.", ["Sergey Lavrov"]),
    ],
)
def test_descriptions_of_officials_in_later_sentences(sentence: str, speaker: list[str]) -> None:
    assert _speaker_names(_MEETING + sentence)[-1] == speaker


def test_the_pair_is_the_two_leaders() -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskyy met Polish President Karol Nawrocki in Warsaw."
        " The pair said the talks were useful."
    )
    assert sorted(_speaker_names(text)[0]) == ["Karol Nawrocki", "Volodymyr Zelenskyy"]


def test_the_council_is_the_council_named_before() -> None:
    text = (
        "Abdel Fattah al-Burhan, who heads Sudan's Sovereignty Council, said the army was ready"
        " to help. The army would open two corridors, according to a statement from the council."
    )
    assert _speaker_names(text)[-1] == ["Sovereignty Council"]


# "The statement said", "the readout added": the document named before speaks for whoever
# issued it. The paragraphs were written for these tests; the people are invented.
_VISIT = "Ghanaian President Kwame Asante met Togolese President Afi Mensah in Lome on Monday. "


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        (
            "The talks covered trade, according to a statement from the International Crisis Group.",
            "International Crisis Group",
        ),
        ("The talks covered trade, according to a Pentagon readout.", "Pentagon"),
        (
            "In a statement, the International Crisis Group said the talks had covered trade.",
            "International Crisis Group",
        ),
        ("Asante said in a statement that the talks had covered trade.", "Kwame Asante"),
    ],
)
def test_the_statement_is_the_issuers_of_the_one_named_before(first: str, speaker: str) -> None:
    # (A paragraph about something else lies between: the document is not the last source.)
    text = (
        _VISIT + first + "\n\nTogo has long relied on Ghana's ports for its trade with the region."
        "\n\nThe two leaders also agreed to reopen the border, the statement said."
    )
    text = text.replace("the statement said", "the readout said") if "readout" in first else text
    assert _speaker_names(text)[-1] == [speaker]


def test_the_statement_repeated_goes_back_to_the_first_use() -> None:
    text = (
        _VISIT + "The talks covered trade, according to a statement from the International Crisis"
        " Group. Security was discussed, according to the statement. The two leaders also agreed"
        " to reopen the border, the statement said."
    )
    assert _speaker_names(text)[-2:] == [["International Crisis Group"], ["International Crisis Group"]]


def test_a_joint_statement_with_no_issuer_named_gives_no_speaker() -> None:
    text = (
        _VISIT + "The talks covered trade, according to a joint statement released after the"
        " meeting. The two leaders also agreed to reopen the border, the statement said."
    )
    assert _speaker_names(text)[-1] == []


def test_the_statement_after_only_plural_statements_gives_no_speaker() -> None:
    text = (
        _VISIT + "Both governments issued statements from the International Crisis Group's office."
        " The two leaders also agreed to reopen the border, the statement said."
    )
    assert _speaker_names(text)[-1] == []


def test_the_readout_many_statements_later_is_still_the_issuers() -> None:
    text = (
        _VISIT
        + "The talks covered trade, according to a Pentagon readout.\n\n"
        + "".join(
            f'"We are {w} about the future," Asante said. Mensah said Togo was {w}.\n\n'
            for w in ("hopeful", "confident", "optimistic")
        )
        + "The two leaders also agreed to reopen the border, the readout said."
    )
    assert _speaker_names(text)[-1] == ["Pentagon"]


def test_the_statement_with_none_named_before_is_the_body_that_just_spoke() -> None:
    text = (
        "Prime Minister Kofi Mensah and Emirati President Khalid Al Nahyan agreed on Tuesday to"
        " expand trade, the Prime Minister's Office said.\n\nMensah thanked his host for the"
        " investment. The statement added that a business council would meet in March."
    )
    assert _speaker_names(text)[-1] == ["Prime Minister's Office"]


def test_the_statement_with_only_people_speaking_before_is_no_one() -> None:
    text = (
        "Prime Minister Kofi Mensah and Emirati President Khalid Al Nahyan agreed on Tuesday to"
        " expand trade, Mensah said.\n\nThe statement added that a business council would meet"
        " in March."
    )
    assert _speaker_names(text)[-1] == []


def test_the_joint_statement_is_not_the_one_leader_who_spoke_at_it() -> None:
    text = (
        "Indian Prime Minister Narendra Modi met British Prime Minister Keir Starmer in Mumbai on"
        " Thursday.\n\nIn his remarks at the joint press statement, Modi said the two countries"
        " were natural partners.\n\nAccording to the joint statement, the two sides agreed to set"
        " up a centre on critical minerals."
    )
    assert _speaker_names(text)[-1] == []


def test_a_statement_issued_by_one_body_is_still_that_bodys() -> None:
    text = (
        "Indian Prime Minister Narendra Modi met British Prime Minister Keir Starmer in Mumbai on"
        " Thursday.\n\nIn a statement, India's Ministry of External Affairs said the talks were"
        " productive.\n\nAccording to the statement, the two sides agreed to set up a centre on"
        " critical minerals."
    )
    assert _speaker_names(text)[-1] == ["Ministry of External Affairs"]
