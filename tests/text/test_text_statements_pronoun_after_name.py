"""
"He said" right after a statement by a name the entity stage made no actor for.

The pronoun would otherwise go to a person named earlier (a wrong claimant); no speaker is
better. When the name is the resolved person's, the resolution stays. Paragraphs written
for this test (invented people).
"""

from __future__ import annotations

from bilateral.text import extract

_BEFORE = "Tunde Bakare, an energy lawyer in Lagos, said the pipeline was a dream.\n\n"


def _speakers(text: str) -> list[tuple[str, ...]]:
    return [s.speakers for s in extract(text).statements]


def test_pronoun_after_unknown_name_has_no_speaker() -> None:
    text = (
        _BEFORE
        + "Some officials dispute that view.\n\n"
        + "“We have the gas,” Ekpo said at a conference in Abuja last week.\n\n"
        + "He said the first phase could be completed by 2029."
    )
    speakers = _speakers(text)
    assert speakers[0] == ("tunde-bakare",)
    assert speakers[-1] == ()


def test_pronoun_after_a_name_introduced_with_its_office_is_that_person() -> None:
    # The entity stage reads the lower-case office with a bracketed brief before the name.
    text = (
        _BEFORE
        + "Nigeria's minister of state for petroleum resources (gas), Ekperikpe Ekpo, disputes that view.\n\n"
        + "“We have the gas,” Ekpo said at a conference in Abuja last week.\n\n"
        + "He said the first phase could be completed by 2029."
    )
    assert _speakers(text)[-2:] == [("ekperikpe-ekpo",)] * 2


def test_pronoun_after_known_name_keeps_the_person() -> None:
    text = _BEFORE + "“We have the gas,” Bakare said.\n\nHe said the first phase could be completed by 2029."
    assert _speakers(text) == [("tunde-bakare",)] * 3
