"""
Coordinated sources: "X and Y said", with names such as "el-Sisi", and what is no conjunct.

The paragraphs are written for these tests; the negative cases keep their one-person reading.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract


def _sources(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """(source as written, speaker names) of every statement, in text order."""
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    out: list[tuple[str | None, tuple[str, ...]]] = []
    for s in record.statements:
        mention = s.speaker_mention
        written = None if mention is None else text[mention.start : mention.end]
        out.append((written, tuple(names[x] for x in s.speakers)))
    return out


@pytest.mark.parametrize(
    ("text", "source", "speakers"),
    [
        (
            (
                "Egyptian President Abdel Fattah el-Sisi and Sudanese leader Abdel Fattah al-Burhan said"
                " on Monday that the border would stay open."
            ),
            "Egyptian President Abdel Fattah el-Sisi and Sudanese leader Abdel Fattah al-Burhan",
            ("Abdel Fattah el-Sisi", "Abdel Fattah al-Burhan"),
        ),
        (
            (
                "Jordan's King Abdullah II and Iraqi Prime Minister Mohammed Shia al-Sudani said in a"
                " joint statement that trade would double."
            ),
            "Jordan's King Abdullah II and Iraqi Prime Minister Mohammed Shia al-Sudani",
            ("Abdullah II", "Mohammed Shia al-Sudani"),
        ),
    ],
)
def test_a_surname_with_its_article_joins_a_coordinated_source(
    text: str, source: str, speakers: tuple[str, ...]
) -> None:
    assert _sources(text)[0] == (source, speakers)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A lower-case word before "and" is no name: only the second conjunct speaks.
        ("Prices rose in the region and local officials said the harvest had failed.", "local officials"),
        # A clause with its own verb before "and" is no first conjunct, with a name in it or not.
        (
            "Jets struck targets in al-Hudaydah and Yemeni officials said ten people were killed.",
            "Yemeni officials",
        ),
        (
            "Jets struck targets in Hudaydah and Yemeni officials said ten people were killed.",
            "Yemeni officials",
        ),
        (
            "Protesters gathered in Cairo and Egyptian officials said the march was illegal.",
            "Egyptian officials",
        ),
        # A place inside the phrase keeps it whole: no verb comes before the "and".
        (
            "Officials in Washington and Beijing said the talks were useful.",
            "Officials in Washington and Beijing",
        ),
    ],
)
def test_only_names_join_a_coordinated_source(text: str, source: str) -> None:
    assert _sources(text)[0][0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            (
                "Foreign Minister Ahmed Attaf on Friday met his Tunisian counterpart and said the"
                " border would reopen."
            ),
            "Foreign Minister Ahmed Attaf",
        ),
        ("The envoy earlier this week toured the camps and said aid was not arriving.", "The envoy"),
        ("The envoy also toured the camps and said aid was not arriving.", "The envoy"),
        # A possessive inside the shared subject keeps it whole.
        (
            "Indonesia's Foreign Ministry later issued a clarification, saying the text was no concession.",
            "Indonesia's Foreign Ministry",
        ),
        # No time adverbial: the subject is read as before.
        ("Foreign Minister Ahmed Attaf met his Tunisian counterpart and said the border would reopen.", None),
    ],
)
def test_an_adverbial_after_a_shared_subject_is_left_out(text: str, source: str | None) -> None:
    expected = source or "Foreign Minister Ahmed Attaf"
    assert _sources(text)[-1][0] == expected
