"""'Mrs.' or 'Madam' with the surname of a man the story named is his wife, not him."""

from __future__ import annotations

import pytest

from bilateral.text import extract

_LEAD = (
    "Japanese Prime Minister Shigeru Ishiba met U.S. President Donald Trump at the White House on "
    "Monday. He said the talks were frank. "
)


@pytest.mark.parametrize("honorific", ["Mrs.", "Madam"])
def test_the_wife_is_no_mention_of_the_man_and_makes_no_meeting_of_his(honorific: str) -> None:
    sentence = f"{honorific} Ishiba, who accompanied her husband, met first lady Melania Trump."
    record = extract(_LEAD + sentence)
    ishiba = next(a for a in record.actors if a.id == "shigeru-ishiba")
    assert [record.text(m) for m in ishiba.mentions] == ["Shigeru Ishiba"]
    assert all("melania-trump" not in m.participants for m in record.meetings)


def test_mr_with_the_surname_is_still_the_man() -> None:
    record = extract(_LEAD + "Mr. Ishiba said Japan would raise defense spending.")
    ishiba = next(a for a in record.actors if a.id == "shigeru-ishiba")
    assert len(ishiba.mentions) == 2


def test_ms_with_a_womans_surname_is_still_the_woman() -> None:
    record = extract(
        "Australian Foreign Minister Penny Wong met her Chinese counterpart Wang Yi in Canberra on "
        "Monday. She said the talks were frank. Ms. Wong said Australia wanted stable ties."
    )
    wong = next(a for a in record.actors if a.id == "penny-wong")
    assert len(wong.mentions) == 2
