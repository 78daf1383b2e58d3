"""
"She" after a sentence naming a woman by a gendered title or honorific and a man by name.

"Lee told Ishiba ..., presidential spokeswoman Kang Yu-jung told reporters. She said": the
title ("spokeswoman", "Crown Princess") or "Ms." tells who can be "she", with no list of
names by gender. The paragraphs were written for these tests in the style of wire copy.
"""

from __future__ import annotations

from bilateral.text import extract


def _speakers(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[i] for i in s.speakers] for s in record.statements]


def test_she_after_a_spokeswoman_named_after_the_president_is_the_spokeswoman() -> None:
    text = (
        "SEOUL, March 4 (Yonhap) -- President Lee Jae-myung held talks with Japanese Prime"
        " Minister Shigeru Ishiba in Tokyo on Monday.\n\nLee told Ishiba that Seoul values the"
        " partnership, presidential spokeswoman Kang Yu-jung told reporters. She said the two"
        " leaders agreed to expand cooperation on supply chains."
    )
    assert _speakers(text)[-1] == ["Kang Yu-jung"]


def test_she_after_an_appositive_spokeswoman_is_the_spokeswoman() -> None:
    text = (
        "TOKYO (Kyodo) -- Prime Minister Fumio Kishida met British Foreign Secretary David Lammy"
        " on Thursday.\n\nKishida raised the issue of Chinese military activity, said Kondo"
        " Aiko, a Foreign Ministry spokeswoman. She said the two sides would meet again."
    )
    assert _speakers(text)[-1] == ["Kondo Aiko"]


def test_she_after_ms_named_second_is_that_woman() -> None:
    text = (
        "NAIROBI (AP) -- President William Ruto met his Tanzanian counterpart on Friday.\n\n"
        "Ruto promised to reopen the border, Ms. Wanjiru Kamau, his deputy chief of staff, told"
        " reporters. She said a committee would meet in May."
    )
    assert _speakers(text)[-1] == ["Wanjiru Kamau"]


def test_he_after_a_spokesman_and_a_spokeswoman_is_the_spokesman() -> None:
    # A gendered title also tells who cannot be "he".
    text = (
        "BEIJING (Xinhua) -- Foreign ministry spokeswoman Mao Ning told reporters that the"
        " visit was on schedule, spokesman Lin Jian said. He said the two sides had agreed"
        " on the dates."
    )
    assert _speakers(text)[-1] == ["Lin Jian"]


def test_she_with_no_woman_told_stays_the_first_person_of_the_sentence() -> None:
    # Nothing tells a gender: the usual order holds.
    text = (
        "MANILA (AFP) -- President Ferdinand Marcos met Foreign Minister Teresa Lazaro on"
        " Friday.\n\nLazaro told Marcos the talks had gone well. She said the two countries"
        " would hold joint patrols."
    )
    assert _speakers(text)[-1] == ["Teresa Lazaro"]


def test_she_after_her_colleague_is_the_colleague_not_the_owner_of_her() -> None:
    # A gender guessed from an earlier "her" is no title: the colleague stays first.
    text = (
        "Anna Kowalska, a senior fellow at a Warsaw institute, said the visit was overdue.\n\n"
        "Her colleague, Marta Nowak, was more skeptical. She said Warsaw had little leverage."
    )
    assert _speakers(text)[-1] == ["Marta Nowak"]


def test_a_spokesman_is_not_she() -> None:
    text = (
        "President Lee Jae-myung met Ishiba on Monday, spokesman Kim Nam-jun told reporters."
        " She said the talks were useful."
    )
    assert _speakers(text)[-1] != ["Kim Nam-jun"]
