"""Sentences that end with a dotted abbreviation ("the U.S.") before the next one's subject."""

from __future__ import annotations

import pytest

from bilateral.model import Span
from bilateral.text._segment import split_sentences


def sentences(text: str) -> list[str]:
    return [s.text(text) for s in split_sentences(text, [Span(start=0, end=len(text))])]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Analysts said Lourenco wanted closer ties with the U.S.",
            "Lourenco said Angola would stay neutral.",
        ),
        ("The loan was approved by the U.N.", "Guterres welcomed it on Friday."),
        ("Angola's oil went mostly to the U.K.", "Starmer has promised to buy more."),
        ("The corridor was financed by the U.S.", "Zambia signed the deal a year later."),
    ],
)
def test_a_subject_and_its_verb_after_the_abbreviation_start_a_sentence(first: str, second: str) -> None:
    assert sentences(f"{first} {second}") == [first, second]


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for the U.S. Embassy said the talks had gone well.",
        "The U.S. Senate voted on the deal in May.",
        "The U.N. Mission has left the town.",
        "Tamil Nadu Chief Minister M.K. Stalin met the delegation in Chennai.",
        "The U.S. President Joe Biden said he would come.",
        "He lives in the U.S. Ruto, however, stayed in Nairobi.",
    ],
)
def test_a_phrase_going_on_after_the_abbreviation_stays_one_sentence(sentence: str) -> None:
    assert sentences(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sec. Rubio met Eng. Khalid Al-Falih in Riyadh on Monday.",
        "Dep. Foreign Minister Park Yoon-joo met Atty. Gen. Pam Bondi in Seoul.",
        "The talks were led by Dy. NSA Vikram Misri and Cdr. Ahmed Ali.",
        "Foreign Min. Wang Yi met the Dir. Gen. of the IAEA in Vienna.",
        "The council voted 10 vs. 2 in favour of the deal.",
    ],
)
def test_abbreviated_offices_before_a_name_do_not_end_a_sentence(sentence: str) -> None:
    assert sentences(sentence) == [sentence]


def test_a_lower_case_minute_or_second_still_ends_a_sentence() -> None:
    assert sentences("The call lasted 30 min. The leaders then met.") == [
        "The call lasted 30 min.",
        "The leaders then met.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "India offered a line of credit of Rs. 750 crore for the port in Colombo.",
        "Kenya will contribute Ksh. 3.5 billion and Uganda Ush. 900 billion to the pipeline.",
        "Dhaka set aside Tk. 120 crore for the border haats with India.",
        "Bhutan's hydropower exports earned Nu. 22 billion last year.",
        "Talks with Jt. Secy. Anand Prakash of the Ministry of External Affairs went well.",
    ],
)
def test_a_currency_before_its_amount_does_not_end_a_sentence(sentence: str) -> None:
    assert sentences(sentence) == [sentence]


def test_a_currency_word_before_a_capital_still_ends_a_sentence() -> None:
    # Only an amount after it holds the sentence together.
    first, second = "The fee was quoted in Rs.", "Officials did not say how much."
    assert sentences(f"{first} {second}") == [first, second]


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's minister met his Philippine counterpart Ma. Theresa Lazaro in Manila on Friday.",
        "Bangladesh's foreign adviser Md. Touhid Hossain received the envoy on Sunday.",
        "Malaysia's Higher Education Minister Mohd. Zambry Abdul Kadir attended the talks.",
    ],
)
def test_an_abbreviated_given_name_does_not_end_a_sentence(sentence: str) -> None:
    assert sentences(sentence) == [sentence]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # "Ma" as a surname ends a sentence before a starter or a single capitalised word.
        ("The vice minister was Ma.", "The talks lasted an hour."),
        ("Wang spoke after Ma.", "Beijing said nothing."),
    ],
)
def test_the_surname_ma_still_ends_a_sentence(first: str, second: str) -> None:
    assert sentences(f"{first} {second}") == [first, second]
