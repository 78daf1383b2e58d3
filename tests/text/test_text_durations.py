"""Durations: whole seconds, a qualifier for the hedge, and a span into the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral.model import DurationQualifier, Span
from bilateral.text import _durations
from bilateral.text._durations import find_durations

if TYPE_CHECKING:
    from collections.abc import Callable

#: Doubling the input may cost at most this much more work (2 is linear).
_MAX_RATIO = 2.3
#: Fewest Python lines a traced call must run: some inputs are one C-level scan.
_MIN_LINES = 20

AT_LEAST = DurationQualifier.AT_LEAST
AT_MOST = DurationQualifier.AT_MOST
ABOUT = DurationQualifier.APPROXIMATELY
EXACT = DurationQualifier.EXACT

# From the seed article and the VOA dev texts (public domain, voanews.com).
SEED = (
    "However, they reportedly agreed that sanctions were not a productive approach. "
    "The meeting lasted nearly two hours."
)
MAURITIUS = (
    "The announcement of upgraded ties came during a two-day visit by Indian Prime Minister "
    "Narendra Modi to Mauritius, an island nation that sits along vital seaways."
)
JEDDAH = (
    "Secretary of State Marco Rubio led more than eight hours of peace talks with Ukrainian "
    "officials in Jeddah, Saudi Arabia, to reach the agreement."
)


def whole(text: str) -> Span:
    return Span(start=0, end=len(text))


def test_seed_nearly_two_hours() -> None:
    [found] = find_durations(SEED, whole(SEED))
    assert (found.seconds, found.qualifier, found.text) == (7200, ABOUT, "nearly two hours")
    assert found.mention is not None
    assert found.mention.text(SEED) == "nearly two hours"


def test_dev_two_day_visit_and_more_than_eight_hours() -> None:
    [visit] = find_durations(MAURITIUS, whole(MAURITIUS))
    assert (visit.seconds, visit.qualifier, visit.text) == (172800, ABOUT, "two-day visit")
    [talks] = find_durations(JEDDAH, whole(JEDDAH))
    assert (talks.seconds, talks.qualifier, talks.text) == (28800, AT_LEAST, "more than eight hours")


@pytest.mark.parametrize(
    ("text", "seconds", "qualifier", "words"),
    [
        ("They talked for about 90 minutes.", 5400, ABOUT, "about 90 minutes"),
        ("a little more than half an hour", 1800, AT_LEAST, "a little more than half an hour"),
        ("after a two-hour meeting", 7200, EXACT, "two-hour meeting"),
        ("in less than an hour", 3600, AT_MOST, "less than an hour"),
        ("a 45-minute call with Modi", 2700, EXACT, "45-minute call"),
        ("They spoke for an hour and a half.", 5400, EXACT, "an hour and a half"),
        ("one and a half hours", 5400, EXACT, "one and a half hours"),
        ("a two-and-a-half-hour session", 9000, EXACT, "two-and-a-half-hour session"),
        ("an hour-long meeting", 3600, EXACT, "hour-long meeting"),
        ("two hours and 30 minutes", 9000, EXACT, "two hours and 30 minutes"),
        ("one hundred and twenty minutes", 7200, EXACT, "one hundred and twenty minutes"),
        ("twenty-five minutes", 1500, EXACT, "twenty-five minutes"),
        ("Twenty minutes", 1200, EXACT, "Twenty minutes"),
        ("1.5 hours", 5400, EXACT, "1.5 hours"),
        ("an hour or so", 3600, ABOUT, "an hour or so"),
        ("90 minutes or more", 5400, AT_LEAST, "90 minutes or more"),
        ("a half-hour call", 1800, EXACT, "half-hour call"),
        ("a quarter of an hour", 900, EXACT, "a quarter of an hour"),
        ("at least three days", 259200, AT_LEAST, "at least three days"),
        ("up to a week", 604800, AT_MOST, "up to a week"),
        ("a 30-day ceasefire", 2592000, EXACT, "30-day ceasefire"),
        ("a three-day state visit", 3 * 86400, ABOUT, "three-day state visit"),
        ("two-week tour of Africa", 14 * 86400, ABOUT, "two-week tour"),
        ("a 10-day truce", 10 * 86400, EXACT, "10-day truce"),
        ("a three-hour meeting", 3 * 3600, EXACT, "three-hour meeting"),
        ("the three-year conflict", 3 * 365 * 86400, ABOUT, "three-year"),
        ("for almost a year", 365 * 86400, ABOUT, "almost a year"),
        ("a couple of hours", 7200, ABOUT, "a couple of hours"),
    ],
)
def test_durations(text: str, seconds: int, qualifier: DurationQualifier, words: str) -> None:
    [found] = find_durations(text, whole(text))
    assert (found.seconds, found.qualifier, found.text) == (seconds, qualifier, words)
    assert found.mention is not None
    assert found.mention.text(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Two days later, they met again.",
        "an hour after the meeting",
        "three years ago",
        "three times a day",
        "their second meeting in two months",
        "a decision is expected within two weeks",
        "once a week",
        "They met for hours.",
        "the day visit",
        "Every hour counts.",
        "a two-day-old ceasefire",
    ],
)
def test_offsets_rates_and_bare_units_are_not_durations(text: str) -> None:
    assert find_durations(text, whole(text)) == []


def test_span_limits_the_search_and_mentions_index_the_text() -> None:
    text = SEED + " " + JEDDAH
    found = find_durations(text, Span(start=len(SEED), end=len(text)))
    assert [d.text for d in found] == ["more than eight hours"]
    assert found[0].mention is not None
    assert found[0].mention.text(text) == "more than eight hours"


def test_line_breaks_end_a_duration() -> None:
    text = "nearly two\nhours"
    assert find_durations(text, whole(text)) == []


@given(
    st.text(st.characters(exclude_categories=[])),
    st.integers(min_value=0, max_value=300),
    st.integers(min_value=0, max_value=300),
)
def test_any_text_gives_valid_durations(text: str, a: int, b: int) -> None:
    span = Span(start=min(a, b), end=max(a, b))
    for found in find_durations(text, span):
        assert found.mention is not None
        assert span.start <= found.mention.start < found.mention.end <= min(span.end, len(text))
        assert found.mention.text(text) == found.text
        assert found.seconds > 0


WORDS = st.sampled_from(
    [
        "nearly", "about", "more", "than", "a", "an", "half", "hour", "hours", "two", "-", "day",
        "and", "minutes", "twenty", "hundred", "five", "90", "1.5", "or", "so", "little", "over",
        "long", "meeting", "visit", "quarter", "of", "later", "times", " ", "\u00a0", "year",
    ]
)  # fmt: skip


@given(st.lists(WORDS, max_size=40), st.sampled_from([" ", "-", "  ", ""]))
def test_duration_word_salad(words: list[str], joiner: str) -> None:
    text = joiner.join(words)
    full = [m.span() for m in _durations._PATTERN.finditer(text)]
    assert [m.span() for m in _durations._matches(text, 0, len(text))] == full
    for found in find_durations(text, whole(text)):
        assert found.mention is not None
        assert found.mention.text(text) == found.text


@pytest.mark.parametrize(
    "text",
    [
        "two " * 250_000,
        "hours " * 170_000,
        "one hundred and " * 62_000,
        " " * 1_000_000,
        "nearly a little more than " * 40_000,
        "two-hour " * 110_000,
    ],
    ids=["numbers", "units", "number-words", "spaces", "qualifiers", "compounds"],
)
def test_adversarial_megabyte_is_linear(text: str, lines_run: Callable[[Callable[[], object]], int]) -> None:
    """No clock: the Python lines run on 20 kB and on 40 kB of the input (then the megabyte)."""

    def work(size: int) -> int:
        part = text[:size]
        return lines_run(lambda: find_durations(part, whole(part)))

    work(1_000)  # what loads once is not per-text work
    single, double = work(20_000), work(40_000)
    assert single >= _MIN_LINES
    assert double / single <= _MAX_RATIO, (single, double)
    # Work done in C (a regex that backtracks) does not show in the count: the untraced
    # full-size run guards it (super-linear matching makes the test hang) and checks the output.
    for duration in find_durations(text, whole(text)):
        assert duration.mention is not None
        assert 0 <= duration.mention.start < duration.mention.end <= len(text)
