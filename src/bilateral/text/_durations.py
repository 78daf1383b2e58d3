"""
How long things lasted: "nearly two hours", "a two-day visit", "45-minute call".

`find_durations` returns `Duration` values in whole seconds with a qualifier for the
hedge the text puts on the figure ("nearly" is approximate, "more than" at least). Number
words up to the hundreds, digits, decimals, fractions ("an hour and a half", "half an
hour") and hyphenated compounds ("two-and-a-half-hour talks") are understood.
Offsets from another time ("two days later", "an hour after the meeting") and rates
("three times a day") are not durations and are skipped.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction
from typing import TYPE_CHECKING

from bilateral.model import Duration, DurationQualifier, Span
from bilateral.text._dates import Finder, _folded_region, _matches_from, _trie

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["find_durations"]

_UNITS: dict[str, int] = {
    "second": 1,
    "sec": 1,
    "minute": 60,
    "min": 60,
    "hour": 3600,
    "hr": 3600,
    "day": 86400,
    "week": 7 * 86400,
    "fortnight": 14 * 86400,
    # Calendar months and years vary in length; their figures are always approximate.
    "month": 30 * 86400,
    "year": 365 * 86400,
}
_CALENDAR_UNITS = frozenset({"month", "year"})
_ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}

#: Hedges before the figure, longest first so "a little more than" wins over "more than".
_QUALIFIERS: dict[str, DurationQualifier] = {
    "a little more than": DurationQualifier.AT_LEAST,
    "a little over": DurationQualifier.AT_LEAST,
    "a bit more than": DurationQualifier.AT_LEAST,
    "slightly more than": DurationQualifier.AT_LEAST,
    "more than": DurationQualifier.AT_LEAST,
    "over": DurationQualifier.AT_LEAST,
    "at least": DurationQualifier.AT_LEAST,
    "upwards of": DurationQualifier.AT_LEAST,
    "in excess of": DurationQualifier.AT_LEAST,
    "well over": DurationQualifier.AT_LEAST,
    "a little less than": DurationQualifier.AT_MOST,
    "slightly less than": DurationQualifier.AT_MOST,
    "less than": DurationQualifier.AT_MOST,
    "fewer than": DurationQualifier.AT_MOST,
    "under": DurationQualifier.AT_MOST,
    "up to": DurationQualifier.AT_MOST,
    "at most": DurationQualifier.AT_MOST,
    "no more than": DurationQualifier.AT_MOST,
    "not more than": DurationQualifier.AT_MOST,
    "just under": DurationQualifier.APPROXIMATELY,
    "just over": DurationQualifier.APPROXIMATELY,
    "just shy of": DurationQualifier.APPROXIMATELY,
    "nearly": DurationQualifier.APPROXIMATELY,
    "almost": DurationQualifier.APPROXIMATELY,
    "about": DurationQualifier.APPROXIMATELY,
    "around": DurationQualifier.APPROXIMATELY,
    "roughly": DurationQualifier.APPROXIMATELY,
    "approximately": DurationQualifier.APPROXIMATELY,
    "some": DurationQualifier.APPROXIMATELY,
    "close to": DurationQualifier.APPROXIMATELY,
    "an estimated": DurationQualifier.APPROXIMATELY,
    "the better part of": DurationQualifier.APPROXIMATELY,
}
_TRAILING: dict[str, DurationQualifier] = {
    "or so": DurationQualifier.APPROXIMATELY,
    "or more": DurationQualifier.AT_LEAST,
    "or longer": DurationQualifier.AT_LEAST,
    "or less": DurationQualifier.AT_MOST,
}
#: Nouns a compound duration may modify ("two-day visit"); kept in the mention.
_EVENT_NOUNS = (
    "meeting|meetings|visit|visits|talks|talk|call|calls|phone call|trip|tour|session|sessions|summit|"
    "conversation|conversations|discussion|discussions|negotiations|negotiation|conference|ceasefire|"
    "cease-fire|truce|stay|interview|audience|dinner|lunch|luncheon|breakfast|meal|encounter|exchange|"
    "sit-down|huddle|retreat|state visit|official visit|working visit|mission|tete-a-tete"
)

#: Agreed terms whose length in days is a rule, not the calendar of a stay.
_TERMS = frozenset({"ceasefire", "cease-fire", "truce"})
_DAY_UNITS = frozenset({"day", "week", "fortnight"})

_H = r"[^\S\r\n]"
#: Runs of spaces are bounded, so a match has a bounded length (see `_REACH_BACK`).
_SP = _H + "{1,8}"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", _SP) for w in sorted(words, key=len, reverse=True))


_NUMBER_WORD = _alternation([*_ONES, *_TENS, *_SCALES])
# "one hundred and twenty-five": number words joined by spaces, hyphens or "and"; each step
# must consume a whole word from the list, so the repetition cannot backtrack badly.
_WORDS = rf"(?:{_NUMBER_WORD})(?:(?:-|{_SP}(?:and{_SP})?)(?:{_NUMBER_WORD})\b){{0,5}}"
_DIGITS = r"\d{1,6}(?:\.\d{1,3}|(?:[^\S\r\n]|-)?(?:1/2|1/4|3/4)|[\u00bd\u00bc\u00be])?"
_QTY = (
    rf"(?:{_DIGITS}|{_WORDS}|a|an|a{_SP}couple{_SP}of|a{_SP}half|half{_SP}an?|half-an?|half"
    rf"|(?:a{_SP}|three{_SP})?quarters?{_SP}of{_SP}an?)"
)
_UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?)"
_UNIT_SINGULAR = r"(?:second|minute|hour|day|week|fortnight|month|year)"


def _fraction(name: str) -> str:
    """Match "and a half", "and a quarter" after a figure or a unit, captured as *name*."""
    return rf"(?:{_SP}(?i:and){_SP}(?:(?i:a){_SP})?(?P<{name}>(?i:half|quarter|three{_SP}quarters)))"


_PATTERN = re.compile(
    # A duration starts a word; failing fast inside words makes the scan several times faster.
    # Not inside a fraction either: "the 1/2 hour" holds no "2 hour".
    r"(?<![\w/])(?=\w)"
    rf"(?i:\b(?P<qual>{_alternation(list(_QUALIFIERS))}){_SP})?"
    r"(?:"
    # compound adjective: "two-hour", "45-minute", "two-and-a-half-hour", "hour-long", "half-hour"
    rf"(?P<compound>\b(?:(?P<c_qty>{_DIGITS}|{_WORDS}|one-and-a-half|(?:{_NUMBER_WORD})-and-a-half|half)"
    # "a 90-plus-minute meeting", "a 90+-minute call": at least the figure.
    rf"(?P<c_plus>-plus|\+)?-)?"
    rf"(?P<c_unit>(?i:{_UNIT_SINGULAR}))(?P<c_half>-and-a-half)?(?P<c_long>-?long)?\b(?![-\u2011])"
    rf"(?:{_SP}(?P<c_noun>(?i:{_EVENT_NOUNS}))\b)?)"
    r"|"
    # "nearly two hours", "an hour and a half", "90 minutes", "two hours and 30 minutes"
    rf"(?P<plain>\b(?P<qty>(?i:{_QTY})){_fraction('qty_half')}?"
    # "90-plus minutes", "two-plus hours", "90+ minutes": at least the figure.
    rf"(?P<plus>(?i:-plus)|\+)?{_SP}(?P<unit>(?i:{_UNIT}))\b(?![-\u2011])"
    rf"{_fraction('unit_half')}?"
    rf"(?:(?:,?{_SP}and{_SP}|{_SP})(?P<qty2>(?i:{_DIGITS}|{_WORDS}|a|an)){_SP}(?P<unit2>(?i:{_UNIT}))\b)?"
    rf"(?:{_SP}(?P<trail>(?i:{_alternation(list(_TRAILING))}))\b)?)"
    r")",
)
#: Words after a figure that make it an offset from another time, not a length of time.
_OFFSET_AFTER = re.compile(
    r"[^\S\r\n]+(?i:ago|later|earlier|after|before|prior|from\s+now|since|previously)\b"
)
#: Words before a figure that make it a time from now or a window, not how long something lasted.
_OFFSET_BEFORE = re.compile(r"(?i:\b(?:in|within))[^\S\r\n]+$")
#: Words before a figure that make it a rate ("three times a day", "per hour").
_RATE_BEFORE = re.compile(r"(?i:\b(?:per|every|each|times|once|twice))[^\S\r\n]+$")
#: Every duration names a unit; the full pattern only runs near one (see `_matches`).
_TRIGGER = re.compile(r"(?i:\b" + _trie(_UNITS) + r"s?(?:long)?\b)")
#: Each unit word holds one of these ("second" holds "sec"): a text holding none has no unit.
_UNIT_CORES = tuple(unit for unit in _UNITS if not any(other != unit and other in unit for other in _UNITS))
#: `_TRIGGER` for lower-cased text, from the character before the unit (see `_units_in`).
#: Its class is every character but an ASCII letter, digit or underscore (a bitmap test, far
#: cheaper than ``[^\w]``); a match after a word character outside ASCII is dropped.
_TRIGGER_FOLDED = re.compile(r"[^0-9_a-z](" + _trie(_UNITS) + r"s?(?:long)?)\b")
#: The words a match can begin with (lower case): a hedge's first word, a number word, a
#: quantity word, or the unit itself ("hour-long"). Checked against the pattern by the tests.
_FIRST_WORDS = (
    *(hedge.split()[0] for hedge in _QUALIFIERS),
    *_ONES,
    *_TENS,
    *_SCALES,
    *("a", "an", "half", "quarter", "quarters"),
    *_UNITS,
    # "hourlong", "daylong", "weeklong": AP style writes the compound closed.
    *(f"{unit}long" for unit in _UNITS),
)
#: Where a match of `_PATTERN` can start: a word start holding a digit or a whole first word.
_START = re.compile(r"(?<!\w)(?:\d|(?i:" + _trie(_FIRST_WORDS) + r")(?!\w))")
#: `_START` on lower-cased text, one character earlier (see `bilateral.text._dates._starts_in`).
#: (The class as in `_TRIGGER_FOLDED`: `_starts_in` drops the matches after a word character.)
_START_FOLDED = re.compile(r"[^0-9_a-z](?=\d|" + _trie(_FIRST_WORDS) + r"(?!\w))")
_FINDER = Finder(_PATTERN, _START, _START_FOLDED)
#: How far before its unit a match may start ("a little more than one hundred and
#: twenty-five" with the longest runs of spaces allowed) and how far after it a match and
#: its lookarounds may reach ("hours and a half, and forty-five minutes or so").
_REACH_BACK = 320
_REACH_AHEAD = 320
_SPLIT_WORDS = re.compile(r"[\s-]+")
_FRACTIONS = {"half": Fraction(1, 2), "quarter": Fraction(1, 4), "three quarters": Fraction(3, 4)}
_DIGIT_FRACTIONS = {
    "1/2": Fraction(1, 2),
    "1/4": Fraction(1, 4),
    "3/4": Fraction(3, 4),
    "\u00bd": Fraction(1, 2),
    "\u00bc": Fraction(1, 4),
    "\u00be": Fraction(3, 4),
}


def _words_value(words: str) -> Fraction | None:
    """Value of number words ("one hundred and twenty-five" -> 125)."""
    total, current = 0, 0
    seen = False
    for word in _SPLIT_WORDS.split(words.lower()):
        if not word or word == "and":
            continue
        if word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return Fraction(total + current) if seen else None


@functools.lru_cache(maxsize=1024)  # a handful of figures recur ("two hours", "a day")
def _quantity(words: str) -> Fraction | None:
    """The value of a quantity: digits, number words, "a", "half an", "a couple of"."""
    key = " ".join(words.lower().replace("-", " ").split())
    if key in {"a", "an"}:
        return Fraction(1)
    if key in {"half", "a half", "half a", "half an"}:
        return Fraction(1, 2)
    if key == "a couple of":
        return Fraction(2)
    if key.endswith((" of a", " of an")):
        return Fraction(3, 4) if key.startswith("three") else Fraction(1, 4)
    if key == "one and a half" or key.endswith(" and a half"):
        base = _words_value(key.removesuffix(" and a half")) if key != "one and a half" else Fraction(1)
        return None if base is None else base + Fraction(1, 2)
    if key[:1].isdigit():
        # The pattern lets digits through with a decimal part or a fraction ("2 1/2", "2½").
        for mark, part in _DIGIT_FRACTIONS.items():
            if key.endswith(mark):
                whole = key.removesuffix(mark).strip()
                return Fraction(whole) + part if whole else None
        return Fraction(key)
    return _words_value(key)


def _unit_seconds(word: str) -> tuple[int, bool]:
    """Seconds in a unit word, and whether it is a calendar unit (month, year)."""
    key = word.lower()
    if key not in _UNITS and key.endswith("s"):
        key = key[:-1]
    return _UNITS[key], key in _CALENDAR_UNITS


def find_durations(text: str, span: Span) -> list[Duration]:
    """
    The durations stated in ``text[span.start:span.end]``, in text order.

    Args:
        text: The source text.
        span: The part of *text* to search (clamped to the text).

    Returns:
        `Duration` values in whole seconds, each with its qualifier, the words used and a
        mention span into *text*. Months count 30 days and years 365, and their figures are
        marked approximate unless a hedge says otherwise.

    .. versionadded:: 0.1.0
    """
    return find_durations_folded(text, None, span)


def find_durations_folded(text: str, folded: str | None, span: Span) -> list[Duration]:
    """
    `find_durations`, given *text* lower-cased as well, for a caller that has it.

    *folded* must be ``text.lower()`` with every offset kept and no fold trap
    (`bilateral.text._outcomes.fold`), or ``None``: the regions searched are then sliced
    from it instead of being lower-cased one by one.
    """
    start = max(0, min(span.start, len(text)))
    end = max(start, min(span.end, len(text)))
    found: list[Duration] = []
    for match in _matches(text, start, end, folded):
        duration = _build(match, text, end)
        if duration is not None:
            found.append(duration)
    return found


def _matches(text: str, start: int, end: int, folded: str | None = None) -> Iterator[re.Match[str]]:
    """The matches `_PATTERN.finditer` would give, scanning only near unit words."""
    region: list[int] | None = None
    for unit_start, unit_end in _units_in(text, start, end, folded):
        lo, hi = max(start, unit_start - _REACH_BACK), min(end, unit_end + _REACH_AHEAD)
        if region is not None and lo <= region[1]:
            region[1] = hi
            continue
        if region is not None:
            yield from _matches_from(_FINDER, text, region[0], region[1], folded)
        region = [lo, hi]
    if region is not None:
        yield from _matches_from(_FINDER, text, region[0], region[1], folded)


def _units_in(text: str, start: int, end: int, folded_text: str | None = None) -> list[tuple[int, int]]:
    """
    The spans ``_TRIGGER.finditer(text, start, end)`` gives.

    Past the first position they are found in the lower-cased region, case-sensitively and
    one character earlier (the engine skips ahead to characters that are not word
    characters), unless lower-casing does not keep the region's offsets and letters. The
    region is sliced from *folded_text*, the whole text lower-cased with its offsets kept
    (`find_durations_folded`), when given: only a final sigma may differ there, which no
    unit word holds.
    """
    folded = _folded_region(text, start, end, folded_text)
    if folded is None:
        return [unit.span() for unit in _TRIGGER.finditer(text, start, end)]
    for core in _UNIT_CORES:
        if core in folded:
            break
    else:
        return []  # no unit word: a substring test per unit costs a fraction of the scan
    first = _TRIGGER.match(text, start, end)
    spans = [first.span()] if first is not None else []
    spans.extend(
        (start + unit.start(1), start + unit.end(1))
        for unit in _TRIGGER_FOLDED.finditer(folded)
        if not folded[unit.start()].isalnum()
    )
    return spans


def _stay(match: re.Match[str]) -> bool:
    """
    Whether the match counts days of a stay ("a two-day visit", "three-day talks").

    A visit of two days is two calendar days, not 48 hours on the clock, so its figure in
    seconds is approximate; a term that is agreed ("a 30-day ceasefire") stays exact.
    """
    noun = match.group("c_noun")
    if not match.group("compound") or noun is None:
        return False
    unit = match.group("c_unit").lower()
    return unit in _DAY_UNITS and " ".join(noun.lower().split()) not in _TERMS


def _build(match: re.Match[str], text: str, limit: int) -> Duration | None:
    if _OFFSET_AFTER.match(text, match.end(), limit) is not None:
        return None
    if (
        match.group("qual") is None
        and match.group("plain")
        and _OFFSET_BEFORE.search(text, max(0, match.start() - 12), match.start())
    ):
        return None  # "their second meeting in two months", "within two weeks": a span of time around
    if match.group("qual") is None and _RATE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None
    qualifier = DurationQualifier.EXACT
    if match.group("qual"):
        qualifier = _QUALIFIERS[" ".join(match.group("qual").lower().split())]
    if match.group("compound"):
        c_qty = match.group("c_qty")
        if c_qty is None and not (match.group("c_long") or match.group("c_noun") or match.group("c_half")):
            return None  # a bare "hour" or "day" is not a duration
        if c_qty is None and match.group("c_noun") and not (match.group("c_long") or match.group("c_half")):
            return None  # "day visit" without a figure
        value = _quantity(c_qty) if c_qty else Fraction(1)
        if value is not None and match.group("c_half"):
            value += Fraction(1, 2)  # "an hour-and-a-half meeting"
        seconds_per, calendar = _unit_seconds(match.group("c_unit"))
    else:
        half = match.group("qty_half") or match.group("unit_half")
        if not half and match.group("unit").lower() == "second" and match.group("qty").lower() in {"a", "an"}:
            # "a second contract", "a second term", "for a second time": in news copy a lone
            # "a second" is the ordinal, and no meeting is timed to the second.
            return None
        value = _quantity(match.group("qty"))
        seconds_per, calendar = _unit_seconds(match.group("unit"))
        if value is not None and half:
            value += _FRACTIONS[" ".join(half.lower().split())]
        trail = match.group("trail")
        if trail:
            qualifier = _TRAILING[" ".join(trail.lower().split())]
        elif qualifier is DurationQualifier.EXACT and "couple" in match.group("qty").lower():
            qualifier = DurationQualifier.APPROXIMATELY  # "a couple of hours" is not a count
    if value is None or value <= 0:
        return None
    seconds = value * seconds_per
    if match.group("qty2"):
        extra = _quantity(match.group("qty2"))
        extra_per, _ = _unit_seconds(match.group("unit2"))
        if extra is None or extra_per >= seconds_per:
            return None
        seconds += extra * extra_per
    if qualifier is DurationQualifier.EXACT and (match.group("plus") or match.group("c_plus")):
        qualifier = DurationQualifier.AT_LEAST
    if qualifier is DurationQualifier.EXACT and (calendar or _stay(match)):
        qualifier = DurationQualifier.APPROXIMATELY
    whole = round(seconds)
    if whole <= 0 or whole > 2**62:
        return None
    words = match.group()
    return Duration(
        seconds=whole, qualifier=qualifier, text=words, mention=Span(start=match.start(), end=match.end())
    )
