"""
A meeting only recalled ("their first call since Lula's visit in February") takes nothing the
story reports after it: the outcomes, topics and joint acts are the reported meeting's.

The paragraphs are written for these tests; the events are made up.
"""

from __future__ import annotations

from bilateral.text import extract

_CALL = (
    "Japanese Prime Minister Shigeru Ishiba and Indian Prime Minister Narendra Modi held a"
    " 30-minute video call on Nov. 3, the Japanese foreign ministry said. It was their first"
    " conversation since Modi's visit to Tokyo in August.\n\n"
)


def _meetings(text: str) -> list[tuple[str, list[str], list[str]]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [
        (
            m.date.text if m.date is not None else "",
            [f"{o.kind.value}:{names[o.by[0]] if o.by else ''}" for o in m.outcomes],
            list(m.topics),
        )
        for m in record.meetings
    ]


def test_outcomes_after_a_recalled_visit_belong_to_the_call() -> None:
    text = _CALL + (
        "According to a Japanese readout, Ishiba invited Modi to attend a summit in Osaka next"
        " spring. The two leaders also agreed to launch a working group on semiconductors."
    )
    assert _meetings(text) == [
        (
            "Nov. 3",
            ["invitation:Shigeru Ishiba", "agreement:Shigeru Ishiba"],
            ["working group on semiconductors"],
        )
    ]


def test_a_later_meeting_that_is_reported_not_recalled_takes_what_follows() -> None:
    text = (
        "Japanese Prime Minister Shigeru Ishiba and Indian Prime Minister Narendra Modi held a"
        " video call on Nov. 3.\n\nIshiba met Modi in Tokyo in December. Ishiba invited Modi to"
        " attend a summit in Osaka next spring."
    )
    assert _meetings(text) == [("Nov. 3", [], []), ("December", ["invitation:Shigeru Ishiba"], [])]
