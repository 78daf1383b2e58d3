"""
"The analyst", "the Nairobi-based economist": commentators referred back to by their description.

The paragraphs were written for these tests in VOA's style; the people are invented.
"""

from __future__ import annotations

from bilateral.text import extract


def _speakers(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[i] for i in s.speakers] for s in record.statements]


def test_the_analyst_is_the_person_described_as_one_before_a_comma() -> None:
    text = (
        "Wanjiru Gathoni, a security analyst and director of a Nairobi consultancy, said the talks"
        " were overdue. The Nairobi-based analyst told VOA that the two countries needed each other."
    )
    assert _speakers(text) == [["Wanjiru Gathoni"], ["Wanjiru Gathoni"]]


def test_the_economist_is_the_person_named_after_the_noun() -> None:
    text = (
        "Ugandan economist Fred Muhumuza said the pipeline would pay off within a decade."
        " The economist added that oil prices were the main risk."
    )
    assert _speakers(text)[-1] == ["Fred Muhumuza"]


def test_the_analyst_after_a_plural_use_is_no_one() -> None:
    text = "Analysts said the visit mattered. Some analysts disagreed. The analyst said nothing more."
    assert _speakers(text)[-1] == []


def test_the_analyst_whose_noun_named_a_body_is_no_one() -> None:
    text = (
        "The Ministry of Finance, a frequent critic of the analyst community, said the figures were"
        " wrong. The analyst said they were right."
    )
    assert _speakers(text)[-1] == []


def test_the_academic_is_the_lecturer_described_before() -> None:
    text = (
        "Nomvula Dlamini, a lecturer in politics at Rhodes University, said the visit was"
        " symbolic. The academic cautioned that trade would not recover soon."
    )
    assert _speakers(text) == [["Nomvula Dlamini"], ["Nomvula Dlamini"]]


def test_academic_as_an_adjective_names_no_commentator() -> None:
    text = (
        "Kenyan President William Ruto met students in Eldoret on academic freedom."
        " The academic said nothing had changed."
    )
    assert _speakers(text)[-1] == []
