"""
State-agency and VOA formulas that gave no meeting or no topics.

"received at Al Alam Palace this morning Iranian President ..." (ONA, WAM, SPA): a part of the day
closes the fronted place as a weekday does. "ways of enhancing them in the economic fields":
"ways of" leads like "ways to". "the indirect talks between Iran and the United States hosted by
Oman": who hosted the item ends it, so the list is not dropped as too long. "talks that officials
said focused on X": the attribution inside the relative clause.

The paragraphs were written for these tests in the styles of ONA and VOA. The names are real
office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.text import extract

PUBLISHED = dt.date(2025, 5, 27)


def test_received_at_a_palace_this_morning() -> None:
    text = (
        "MUSCAT, 27 May (ONA) -- Sultan Haitham bin Tarik received at Al Barakah Palace this morning "
        "Qatari Emir Sheikh Tamim bin Hamad Al Thani, who is on a one-day visit."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert len(meeting.participants) == 2
    assert meeting.host is not None


def test_ways_of_and_a_hosted_item_in_a_readout_list() -> None:
    text = (
        "Sultan Haitham bin Tarik received Qatari Emir Sheikh Tamim bin Hamad Al Thani in Muscat on "
        "Tuesday.\n\nThe two sides reviewed the fraternal relations binding the two countries and ways "
        "of enhancing them, as well as the latest developments in the region, notably the indirect "
        "talks between Iran and the United States hosted by Oman."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert "latest developments in the region" in meeting.topics, meeting.topics
    assert "indirect talks between Iran and the United States" in meeting.topics, meeting.topics
    assert not any("enhancing" in t or "hosted" in t for t in meeting.topics), meeting.topics


def test_talks_that_officials_said_focused_on() -> None:
    text = (
        "Malaysian Prime Minister Anwar Ibrahim hosted Thai Prime Minister Anutin Charnvirakul in "
        "Putrajaya on Monday for talks that officials said focused on border security and halal trade."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert {"border security", "halal trade"} <= set(meeting.topics), meeting.topics


def test_a_meeting_with_someone_who_said_is_no_topic_cue() -> None:
    text = (
        "Malaysian Prime Minister Anwar Ibrahim hosted Thai Prime Minister Anutin Charnvirakul in "
        "Putrajaya on Monday. After the meeting Anwar said talks with Thailand covered too little."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert "too little" not in meeting.topics
