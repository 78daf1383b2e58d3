"""'called on <person>' is a courtesy call; 'called on <person> ... to <verb>' is a demand."""

from __future__ import annotations

import pytest

from bilateral.text import extract


@pytest.mark.parametrize(
    "text",
    [
        (
            "GENEVA (Reuters) - UN Secretary-General Antonio Guterres called on Russian President "
            "Vladimir Putin on Monday to withdraw his troops."
        ),
        (
            "ANKARA (AA) - Turkish President Recep Tayyip Erdogan called on Israeli Prime Minister "
            "Benjamin Netanyahu and his government to halt the attacks."
        ),
        (
            "ANKARA (AA) - Turkish President Recep Tayyip Erdogan called on Israeli Prime Minister "
            "Benjamin Netanyahu in a speech in Ankara to accept the truce."
        ),
        (
            "PARIS (AFP) - French President Emmanuel Macron called on Chinese President Xi Jinping "
            "once again to use his influence with Moscow."
        ),
    ],
)
def test_a_demand_later_in_the_clause_is_no_meeting(text: str) -> None:
    assert extract(text).meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        (
            "BEIJING (APP) - Pakistani Foreign Minister Ishaq Dar called on Chinese Premier Li Qiang "
            "in Beijing on Monday and discussed trade."
        ),
        (
            "BEIJING (APP) - Pakistani Foreign Minister Ishaq Dar called on Chinese Premier Li Qiang "
            "in Beijing on Monday, according to state media."
        ),
        (
            "BEIJING (APP) - Pakistani Foreign Minister Ishaq Dar called on Chinese Premier Li Qiang "
            "at the Great Hall of the People to discuss the corridor."
        ),
    ],
)
def test_a_courtesy_call_is_a_meeting(text: str) -> None:
    (meeting,) = extract(text).meetings
    assert set(meeting.participants) == {"ishaq-dar", "li-qiang"}


@pytest.mark.parametrize("the", ["the ", ""])
def test_calling_on_the_visitor_makes_the_caller_host(the: str) -> None:
    text = (
        f"Pakistani Prime Minister Shehbaz Sharif called on {the}visiting Saudi Foreign Minister "
        "Prince Faisal bin Farhan on Tuesday."
    )
    (meeting,) = extract(text).meetings
    assert meeting.host == "shehbaz-sharif"
    assert set(meeting.participants) == {"shehbaz-sharif", "faisal-bin-farhan"}
