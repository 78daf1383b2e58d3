"""
"Sultan Ibrahim" after "Anwar Ibrahim": a royal named by one word is not the person whose surname it is.

Royals go by given names ("Sultan Ibrahim", "King Charles"), which are often the surnames or
given names of others in the story. A royal title before one word that is only another
person's surname names someone else; a given name the person bears is still theirs
("Prince Faisal" after "Faisal bin Farhan"). Paragraphs written for these tests.
"""

from __future__ import annotations

from bilateral.model import Person, Source
from bilateral.text import default_pipeline


def _people(text: str) -> dict[str, list[str]]:
    record = default_pipeline().extract(Source(text=text))
    return {a.name: [r.title for r in a.roles] for a in record.actors if isinstance(a, Person)}


def _speakers(text: str) -> list[str]:
    record = default_pipeline().extract(Source(text=text))
    names = {a.id: a.name for a in record.actors}
    return [names[s.speakers[0]] for s in record.statements if len(s.speakers) == 1]


_LEDE = "Prime Minister Anwar Ibrahim met Singapore Prime Minister Lawrence Wong in Putrajaya on Monday. "


def test_a_royal_title_before_another_persons_surname_is_someone_else() -> None:
    people = _people(_LEDE + "Wong also called on Sultan Ibrahim, King of Malaysia, at Istana Negara.")
    assert "Sultan" not in people["Anwar Ibrahim"]
    assert "Ibrahim" in people
    assert "Sultan" in people["Ibrahim"]


def test_the_royal_is_found_again_and_the_surname_still_names_the_other() -> None:
    text = _LEDE + (
        "Wong also called on Sultan Ibrahim. Sultan Ibrahim said the ties were strong. "
        "Ibrahim later told reporters the talks went well."
    )
    assert _speakers(text) == ["Ibrahim", "Anwar Ibrahim"]
    assert len(_people(text)) == 3


def test_a_given_name_after_a_royal_title_is_still_the_persons() -> None:
    # Near miss: "Prince Faisal" is how the foreign minister named first is styled.
    text = "Foreign Minister Faisal bin Farhan met Marco Rubio. Prince Faisal said the talks were good."
    assert _speakers(text) == ["Faisal bin Farhan"]


def test_a_royal_named_before_is_found_by_the_same_word() -> None:
    # Near miss: the royal named in full first keeps the later short mention.
    text = "King Charles III met President Emmanuel Macron. King Charles said the ties were old."
    assert _speakers(text) == ["Charles III"]
