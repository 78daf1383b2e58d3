"""
"Minister for Home Affairs and Law K Shanmugam": a Commonwealth-style "minister for X and Y".

The role is the whole portfolio and the person is the name after it, whatever briefs a
government combined ("Housing, Local Government and Heritage", "Sustainability and the
Environment"). The paragraphs were written for these tests in the style of wire copy.
"""

from __future__ import annotations

from bilateral.model import Person
from bilateral.text import extract


def _roles(text: str) -> dict[str, list[str]]:
    record = extract(text)
    return {a.name: [r.title for r in a.roles] for a in record.actors if isinstance(a, Person)}


def test_a_portfolio_ending_in_law_is_one_title() -> None:
    roles = _roles(
        "SINGAPORE (CNA) - Minister for Home Affairs and Law K Shanmugam met Malaysian Home"
        " Minister Saifuddin Nasution Ismail on Friday.\n\nShanmugam said both countries would step up"
        " cooperation."
    )
    assert roles["K Shanmugam"] == ["Minister for Home Affairs and Law"]


def test_a_portfolio_of_three_briefs_with_local_government() -> None:
    roles = _roles(
        "DUBLIN (AP) - Ireland's Minister for Housing, Local Government and Heritage James"
        " Browne met officials from Northern Ireland on Thursday.\n\nBrowne said the plan would"
        " be published soon."
    )
    assert roles["James Browne"] == ["Minister for Housing, Local Government and Heritage"]


def test_a_portfolio_joined_by_and_the() -> None:
    roles = _roles(
        "SINGAPORE (Reuters) - Minister for Sustainability and the Environment Grace Fu met"
        " Australian Climate Minister Chris Bowen on Monday.\n\nFu said the two sides would"
        " share data."
    )
    assert roles["Grace Fu"] == ["Minister for Sustainability and the Environment"]


def test_trade_and_industry_and_foreign_affairs_and_trade_stay_whole() -> None:
    roles = _roles(
        "SINGAPORE (Reuters) - Minister for Trade and Industry Gan Kim Yong met Irish Minister"
        " for Foreign Affairs and Trade Simon Harris on Tuesday.\n\nGan said the talks were useful."
    )
    assert roles["Gan Kim Yong"] == ["Minister for Trade and Industry"]
    assert roles["Simon Harris"] == ["Minister for Foreign Affairs and Trade"]


def test_briefs_with_no_minister_make_no_title() -> None:
    # "Law and Justice" is a party, "Government and opposition" no portfolio.
    roles = _roles(
        "WARSAW (Reuters) - Law and Justice leader Jaroslaw Kaczynski met Hungarian Prime"
        " Minister Viktor Orban on Monday.\n\nGovernment and opposition lawmakers welcomed the"
        " visit, Kaczynski said."
    )
    assert "Minister" not in " ".join(roles["Jaroslaw Kaczynski"])
    assert set(roles) == {"Jaroslaw Kaczynski", "Viktor Orban"}
