"""
"An annual meeting of defense ministers" is no meeting of the leaders who agreed to launch it,
and "X was also on the agenda" names a topic of the meeting reported.

The paragraphs are written for these tests; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract

_VISIT = (
    "Australian Prime Minister Anthony Albanese hosted Indonesian President Prabowo Subianto in"
    " Canberra on Wednesday. "
)


def _meetings(text: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    record = extract(text)
    return [(m.date.text if m.date else None, m.place, m.topics) for m in record.meetings]


def test_a_meeting_of_other_officials_is_no_second_meeting() -> None:
    text = _VISIT + (
        "According to a joint statement released after the talks, the two sides agreed to conclude"
        " negotiations on a maritime deal by the end of next year and to launch an annual meeting of"
        " defense ministers. Prabowo is scheduled to travel to Sydney on Thursday, where he will meet"
        " business leaders."
    )
    assert _meetings(text) == [("Wednesday", "canberra", ("maritime deal",))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The pair named by number is the pair.
        ("It was the first meeting of the two leaders since 2023.", [("Wednesday", "canberra", ())]),
        # Officials named by their countries meet: a meeting of its own, dated apart.
        (
            (
                "Albanese and Prabowo last met in Beijing last month, at a trilateral meeting of the"
                " foreign ministers of China, Australia and Indonesia."
            ),
            [("Wednesday", "canberra", ()), ("last month", "beijing", ())],
        ),
    ],
)
def test_a_meeting_of_the_pair_or_of_named_sides_is_still_read(
    sentence: str, expected: list[tuple[str | None, str | None, tuple[str, ...]]]
) -> None:
    assert _meetings(_VISIT + sentence) == expected


def test_a_topic_that_was_on_the_agenda() -> None:
    topics = _meetings(_VISIT + "The South China Sea was also on the agenda.")[0][2]
    assert topics == ("South China Sea",)
