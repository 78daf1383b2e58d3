"""
Dates in news text, anchored to the publication date and never to today.

`find_dates` finds the expressions a report uses ("on Tuesday", "Feb. 28", "late April",
"last week", "earlier in the day") and returns them as `TimeExpression` values holding only
what the text gives. With an anchor (the publication date), each is resolved in the
direction the tense around it gives (`clause_direction`): "met on Tuesday" looks back,
"will meet on Tuesday" looks ahead. Without an anchor nothing is resolved that the text
does not state: "held on Tuesday, ," stays a Tuesday of unknown date.

Explicit calendar dates go through `dateutil.parser` twice, with two defaults that differ
in every part; only the parts on which both parses agree came from the text (STYLE.md
section 5), so the parser never fills in a year or a day the article did not print.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, NamedTuple

import attrs
from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from bilateral.model import Direction, Granularity, Span, TimeExpression, Weekday

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping

__all__ = ["clause_direction", "find_dates", "parse_printed_date", "place_anaphor"]

_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAY_NAMES: dict[str, Weekday] = {w.value.lower(): w for w in Weekday}

#: Two defaults that differ in year, month and day (both leap years, so "Feb. 29" parses).
_DEFAULT_A = dt.datetime(2000, 1, 1)  # noqa: DTZ001  (a parse default, not a moment)
_DEFAULT_B = dt.datetime(2004, 2, 2)  # noqa: DTZ001
#: A date-less expression resolved further than this from the anchor in the inferred
#: direction is taken the other way, when that is nearer ("on Feb. 28" in March is past).
#: Nine months, not six: "they met in March" in an October story is seven months back, and
#: the tense that says so is right far more often than the nearer March ahead.
_FLIP_REACH = dt.timedelta(days=274)
#: How far around an expression `clause_direction` looks for the verb group.
_CLAUSE_WINDOW = 160


def _cased(words: list[str]) -> str:
    """An alternation of *words* as written in news: Capitalised or UPPER, longest first."""
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return "|".join(sorted(forms, key=lambda w: (-len(w), w)))


def _trie(words: Iterable[str], tails: Mapping[str, str] | None = None, *, _prefix: str = "") -> str:
    """
    An alternation of *words* (letters only) as a trie: "a(?:fter|n(?:d)?)".

    It matches what the flat alternation matches, but tries each letter once instead of
    every word in turn: the scans for `_TRIGGER` and `_START` run at every word start.
    *tails* gives a pattern (a lookaround) that must hold right after a word.
    """
    groups: dict[str, list[str]] = {}
    complete = False
    for word in sorted(set(words)):
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            complete = True
    tail = tails.get(_prefix, "") if tails is not None and complete else ""
    alternatives = [letter + _trie(rest, tails, _prefix=_prefix + letter) for letter, rest in groups.items()]
    if tail:
        alternatives.append(tail)
    elif not alternatives:
        return ""
    if len(alternatives) == 1 and (tail or not complete):
        return alternatives[0]
    body = "|".join(alternatives)
    return f"(?:{body})?" if complete and not tail else f"(?:{body})"


_H = r"[^\S\r\n]"  # horizontal white space (NBSP included): a date never spans a line break
_SP = _H + "{1,8}"  # bounded, so a match has a bounded length (see _REACH_BACK)
_MONTH_FULL = rf"(?:{_cased(list(_MONTHS))})\b"
# Only an abbreviation takes a full stop: "Nov. 3", but "on 3 November." ends its sentence.
_MONTH_ANY = rf"(?:(?:{_cased(list(_MONTHS))})\b|(?:{_cased(list(_MONTH_ABBREVIATIONS))})\b\.?)"
_WEEKDAY = rf"(?:{_cased(list(_WEEKDAY_NAMES))})\b"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)\b"
_YEAR = r"(?:1[89]|2[01])\d\d(?![\d%]|[.,]\d)"
_PREP = (
    r"(?i:in|on|since|until|till|by|from|during|through|throughout|before|after|of|to|and|between|for"
    r"|around|as[^\S\r\n]{1,8}of)"
)
_REL = r"(?i:last|next|this|coming|past)"
# "end-2027", "by end-March" (Reuters): "end" only with the hyphen.
_MOD = r"(?i:early|mid|late|end\b(?=-)|the[^\S\r\n]{1,8}(?:end|beginning|start|middle)[^\S\r\n]{1,8}of)"
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
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
}
_SMALL_NUMBER = r"(?i:\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"

_PATTERN = re.compile(
    # Every expression starts a word: failing fast inside words makes the scan several times
    # faster than trying each alternative at every position.
    r"(?<!\w)(?=\w)(?:"
    + "|".join(
        [
            # 2025-03-12 (machine dates in text)
            r"(?P<iso>(?<![\w-])(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})(?![\w-]))",
            # Tuesday, March 11, 2025 / March 12 / Feb. 28
            (
                rf"(?P<mdy>\b(?:(?P<mdy_wd>{_WEEKDAY}),?{_SP})?(?P<mdy_m>{_MONTH_ANY}){_SP}"
                rf"(?P<mdy_d>{_DAY})(?:,?{_SP}(?P<mdy_y>{_YEAR}))?)"
            ),
            # 12 March 2025 / Tuesday 12 March / the 12th of March
            (
                rf"(?P<dmy>(?<![\w.,])(?:(?P<dmy_wd>{_WEEKDAY}),?{_SP})?(?:(?i:the){_SP})?"
                # "6-7 October", "21 and 22 June": a range of days names its first day.
                rf"(?:(?P<dmy_d0>{_DAY})(?:[-\u2013]|{_SP}(?i:and|to){_SP}))?(?P<dmy_d>{_DAY}){_SP}"
                rf"(?:(?i:of){_SP})?(?P<dmy_m>{_MONTH_ANY})(?:,?{_SP}(?P<dmy_y>{_YEAR}))?)"
            ),
            # three days ago
            rf"(?P<ago>\b(?P<ago_n>{_SMALL_NUMBER}){_SP}(?P<ago_u>(?i:day|week|month|year))s?{_SP}(?i:ago)\b)",
            # the first quarter of 2025 / Q1 2025 / the third quarter of next year / the
            # first half of 2027 ("the first half of the match" is no date: a half takes a year)
            (
                rf"(?P<quarter>\b(?P<q_n>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last)){_SP}"
                rf"(?P<q_unit>(?i:quarter|half|six{_SP}months))(?:{_SP}(?i:of){_SP}(?:(?P<q_y>{_YEAR})"
                rf"|(?P<q_rel>(?i:this|next|last|the)){_SP}(?i:year)\b(?!{_SP}(?i:of|before|after)\b|[-\u2011])))?\b)"
            ),
            rf"(?P<quarter2>\bQ(?P<q2_n>[1-4]){_SP}(?P<q2_y>{_YEAR}))",
            # "1H 2027" (a half year, the shorthand of company and budget reports).
            rf"(?P<half2>\b(?P<h2_n>[12])H{_SP}(?P<h2_y>{_YEAR}))",
            # "fiscal year 2027", "in fiscal 2026": a budget year, whose months differ by
            # country (October to September in the U.S., April to March in Japan and India),
            # so it keeps its year and no range.
            rf"(?P<fiscal>\b(?i:fiscal){_SP}(?:(?i:year){_SP})?(?P<fy_y>{_YEAR})(?![-\u2013/]\d))",
            # in the autumn / this spring / next summer / in the winter of 2024 / spring 2026:
            # a relative word, a preposition or a year must come with it ("the Arab Spring",
            # "a fall in prices" and "the fall of Kabul" are no dates).
            (
                rf"(?P<season>(?:\b(?P<se_prep>(?i:in|during|by|until|since|for|before|after)){_SP})?"
                rf"(?:(?i:the){_SP}|(?:\b(?P<se_rel>{_REL}){_SP})?(?:\b(?P<se_mod>(?i:early|mid|late))(?:-|{_SP}))?)"
                # "in the Winter Olympics", "at the Summer Palace": a name, not a season.
                rf"\b(?P<se>(?i:spring|summer|autumn|fall|winter))\b(?!-|{_SP}(?!(?:Of|In|On|At)\b)[A-Z])"
                rf"(?:{_SP}(?i:of){_SP}(?P<se_y>{_YEAR})|,?{_SP}(?P<se_y2>{_YEAR})|(?!{_SP}(?i:of)\b))"
                r"(?(se_prep)|(?(se_rel)|(?(se_y)|(?(se_y2)|(?!))))))"
            ),
            # earlier this week / early next month / last year / over the weekend
            (
                rf"(?P<relunit>\b(?:(?P<ru_mod>(?i:early|mid|late|earlier|later))(?:-|{_SP})"
                # "by the end of the year", "at the start of next month": "the year" after a
                # part of it is the story's own.
                # "by end of next year" (no "the"): "end" only, before "of".
                rf"|(?P<ru_part>(?i:the{_SP}(?:end|beginning|start|middle){_SP}of|end{_SP}of(?={_SP}(?:next|this|last|the)\b))){_SP})?"
                # "this past weekend" is the last one; "the last week of September", "the last
                # year of his term" are no week or year before the story's.
                rf"(?P<ru_rel>(?i:last|this(?:{_SP}past)?|next)|(?(ru_part)(?i:the)|(?!))){_SP}"
                # "the start of the month-long talks" holds no month.
                rf"(?P<ru_unit>(?i:week|weekend|month|year))\b(?![-\u2011])"
                rf"(?!{_SP}(?i:of)\b))"
            ),
            rf"(?P<weekend>\b(?i:over|during|at){_SP}(?i:the){_SP}(?P<we_text>(?i:weekend))\b)",
            # "by year-end", "before year end", "by end-year" (Reuters): late in the story's year.
            rf"(?P<yearend>\b(?i:year\b(?:[-\u2011]|{_SP})end|end-year)\b(?![-\u2011]))",
            # in the coming weeks / within the next few days / in the months ahead / within days
            (
                rf"(?P<coming>\b(?:(?i:in|within|over){_SP}(?i:the){_SP}"
                rf"(?:(?i:coming|next(?:{_SP}(?:few|couple{_SP}of))?){_SP}(?P<co_u>(?i:days|weeks|months))"
                rf"|(?P<co_u2>(?i:days|weeks|months)){_SP}(?i:ahead))"
                rf"|(?i:within){_SP}(?P<co_u3>(?i:days|weeks)))\b)"
            ),
            # yesterday / today / tomorrow / last night / this morning
            (
                r"(?P<relday>\b(?i:the[^\S\r\n]{1,8}day[^\S\r\n]{1,8}before[^\S\r\n]{1,8}yesterday|the[^\S\r\n]{1,8}day[^\S\r\n]{1,8}after[^\S\r\n]{1,8}tomorrow|yesterday|today|"
                r"tomorrow|tonight|last[^\S\r\n]{1,8}night|this[^\S\r\n]{1,8}(?:morning|afternoon|evening))\b)"
            ),
            # earlier in the day / the next day: relative to the date mentioned before
            (
                r"(?P<anaphor>\b(?i:earlier[^\S\r\n]{1,8}in[^\S\r\n]{1,8}the[^\S\r\n]{1,8}day|later[^\S\r\n]{1,8}in[^\S\r\n]{1,8}the[^\S\r\n]{1,8}day|(?:later|earlier)[^\S\r\n]{1,8}that[^\S\r\n]{1,8}day|"
                r"(?:that[^\S\r\n]{1,8})?same[^\S\r\n]{1,8}day|the[^\S\r\n]{1,8}same[^\S\r\n]{1,8}day|the[^\S\r\n]{1,8}(?:next|following)[^\S\r\n]{1,8}(?:day|morning)|"
                r"the[^\S\r\n]{1,8}(?:day|night)[^\S\r\n]{1,8}before|the[^\S\r\n]{1,8}previous[^\S\r\n]{1,8}day|a[^\S\r\n]{1,8}day[^\S\r\n]{1,8}(?:earlier|later))\b)"
            ),
            # in late April / last November / March 2025 / mid-May
            (
                rf"(?P<month>(?:\b(?P<my_prep>{_PREP}){_SP})?(?:\b(?P<my_rel>{_REL}){_SP})?"
                rf"(?:\b(?P<my_mod>{_MOD})(?:-|{_SP}))?(?P<my_m>{_MONTH_FULL})"
                # "by March next year", "in June of last year": the year told relative.
                rf"(?:,?{_SP}(?P<my_y>{_YEAR})|{_SP}(?:(?i:of){_SP})?(?P<my_ry>(?i:next|last|this)){_SP}(?P<my_ryw>(?i:year))\b"
                rf"|(?!\.?,?{_H}{{0,8}}\d)))"
            ),
            # in 2019 / since 2014 / by early 2026
            rf"(?P<year>\b(?:(?P<yr_prep>{_PREP}){_SP})?(?:(?P<yr_mod>{_MOD})(?:-|{_SP}))?(?P<yr>{_YEAR})\b)",
            # "will travel to Moscow on the 25th for talks": a day of the month alone, after a
            # preposition and before the end of the phrase (no "the 25th anniversary", "the
            # 5th round"); the month and year come from the anchor and the tense.
            # "on the 25th of next month", "the 3rd of this month": the month told relative to
            # the story's, which needs no preposition before it.
            (
                rf"(?P<nth>(?:\b(?P<nth_prep>(?i:on|by|until|till|from|since|before|after)){_SP})?(?P<nth_text>(?i:the){_SP}"
                rf"(?P<nth_d>3[01]|[12][0-9]|0?[1-9])(?i:st|nd|rd|th)\b(?:{_SP}(?i:of){_SP}(?P<nth_rel>(?i:this|next|last))"
                rf"{_SP}(?i:month)\b(?![-\u2011]))?)(?(nth_rel)|(?(nth_prep)(?=[,.;:)]|{_SP}(?i:for|to|and|when"
                rf"|at|in|with|after|before|but|as|where|while|or|ahead|amid|during)\b)|(?!))))"
            ),
            # on Tuesday / Tuesday's / last Tuesday / late Monday / Tuesday night
            (
                rf"(?P<weekday>\b(?:(?P<wd_rel>{_REL}){_SP})?(?:(?P<wd_mod>(?i:early|late)){_SP})?(?P<wd>{_WEEKDAY})"
                rf"(?:{_SP}(?P<wd_part>(?i:morning|afternoon|evening|night)\b))?)"
            ),
        ]
    )
    + ")"
)

#: Every match holds one of these words or a digit, so the full pattern only runs near them
#: (it is slow to try at every position of a megabyte). Lookarounds never reach further.
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
_TRIGGER_WORDS = [
    "ago",
    *_SEASONS,
    "quarter",
    "week",
    "weekend",
    "month",
    "year",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "night",
    "morning",
    "afternoon",
    "evening",
    "day",
]
_TRIGGER = re.compile(
    r"\d+|\b"
    + _trie(
        [
            *_cased([*_MONTHS, *_MONTH_ABBREVIATIONS, *_WEEKDAY_NAMES, *_TRIGGER_WORDS]).split("|"),
            *_TRIGGER_WORDS,
        ]
    )
    + r"s?\b"
)
#: `_TRIGGER` is tried at every position of the text it searches (its two alternatives start
#: with no one character the engine could skip ahead to). It is searched as three regexes
#: with the same matches between them (`_trigger_spans`): the digits, the words that start
#: with a capital (each alternative a literal letter, then no word character before it), and
#: the lower-case words, found from the character before them, as `_START_FOLDED` is.
_TRIGGER_DIGITS = re.compile(r"\d\d*")  # `\d+`, written so the engine skips ahead to digits
_CAPITALISED_TRIGGERS: dict[str, list[str]] = {}
for _word in _cased([*_MONTHS, *_MONTH_ABBREVIATIONS, *_WEEKDAY_NAMES, *_TRIGGER_WORDS]).split("|"):
    _CAPITALISED_TRIGGERS.setdefault(_word[0], []).append(_word[1:])
_TRIGGER_CAPITALISED = re.compile(
    "(?:"
    + "|".join(letter + r"(?<!\w\w)" + _trie(rest) for letter, rest in sorted(_CAPITALISED_TRIGGERS.items()))
    + r")s?\b"
)
#: The class before the word is every character but an ASCII letter, digit or underscore: all
#: non-word characters are in it, and a bitmap test costs far less than ``[^\w]``'s Unicode
#: category test; a match after a word character outside ASCII ("é") is dropped.
_TRIGGER_LOWER = re.compile(r"[^0-9_a-zA-Z](" + _trie(_TRIGGER_WORDS) + r"s?\b)")
#: Each of `_TRIGGER_WORDS` holds one of these ("weekend" holds "week", "today" "day").
_LOWER_TRIGGER_CORES = tuple(
    word for word in _TRIGGER_WORDS if not any(other != word and other in word for other in _TRIGGER_WORDS)
)
#: `_TRIGGER_LOWER` at the start of the searched text, where the character before may lie outside it.
_TRIGGER_LOWER_AT = re.compile(r"\b" + _trie(_TRIGGER_WORDS) + r"s?\b")
#: The words a match can begin with (lower case): the first word of every alternative of
#: `_PATTERN`, optional parts included ("in" of "in late April", "the" of "the next day").
#: Checked against the pattern by the tests.
_FIRST_WORDS = (
    *_MONTHS,
    *_MONTH_ABBREVIATIONS,
    *_WEEKDAY_NAMES,
    *_NUMBER_WORDS,
    *("first", "second", "third", "fourth", "final", "end", "year"),
    *("early", "mid", "late", "earlier", "later", "last", "this", "next", "coming", "past"),
    *("over", "during", "at", "yesterday", "today", "tomorrow", "tonight", "that", "same", "the"),
    *("in", "on", "since", "until", "till", "by", "from", "through", "throughout", "before"),
    *("after", "of", "to", "and", "between", "for", "around", "as", "within"),
    "fiscal",
    *_SEASONS,
)
#: First words that begin a match only before one of a few words (after horizontal space):
#: a preposition before a month, a year or their modifiers ("in March", "by 2026", "in
#: late April"), "the" before a day or a part ("the 12th", "the next day", "the end of"), a
#: number before a unit ("two weeks ago"). They are common words: the pattern is tried
#: after them only when the next word fits. Checked against the pattern by the tests.
_AFTER_PREPOSITION = (
    "end",  # "by end-2027"
    "last",
    "next",
    "this",
    "coming",
    "past",
    "early",
    "mid",
    "late",
    "the",
    *_MONTHS,
    *_SEASONS,
    r"\d",
)
_FOLLOWERS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("on", "since", "until", "till", "by", "from", "during", "through", "throughout", "before"),
        _AFTER_PREPOSITION,
    ),
    **dict.fromkeys(("after", "of", "to", "and", "between", "for", "around"), _AFTER_PREPOSITION),
    # "in the coming weeks", "in the days ahead" (only these: "in the" alone is too common).
    "in": (*_AFTER_PREPOSITION, rf"the{_SP}(?:coming|next|days|weeks|months)"),
    "within": ("the", "days", "weeks"),
    "as": ("of",),
    # "over the weekend", and the seasons: "over the winter", "over last summer".
    "over": ("the",),
    "at": ("the",),
    "the": (
        r"\d",
        "day",
        "same",
        "next",
        "following",
        "night",
        "previous",
        "end",
        "beginning",
        "start",
        "middle",
        # "the winter of 2024".
        *_SEASONS,
    ),
    "that": ("same",),
    "fiscal": ("year", r"\d"),
    **dict.fromkeys(_NUMBER_WORDS, ("day", "week", "month", "year")),
    **dict.fromkeys(("first", "second", "third", "fourth", "final"), ("quarter", "half", "six")),
}
#: Each first word as `_START` takes it: whole, or before one of its followers.
_FIRST_WORD_TAILS = {
    word: f"(?={_SP}(?:{'|'.join(_FOLLOWERS[word])}))" if word in _FOLLOWERS else r"(?!\w)"
    for word in _FIRST_WORDS
}
_FIRST_WORD_TAILS["end"] = rf"(?=-|{_SP}of{_SP})"  # "end-2027", "end-March", "end of next year"
_FIRST_WORD_TAILS["year"] = rf"(?=(?:[-\u2011]|{_SP})end\b)"  # "year-end", "year end"
#: Where a match of `_PATTERN` can start: a word start holding a digit, "Q" ("Q1 2025") or
#: a first word (with its follower, if it needs one). Each is a plain word in the pattern,
#: so matching them here without case is a superset of what the pattern accepts there
#: (exotic case forms included).
_START = re.compile(r"(?<!\w)(?:\d|Q|(?i:" + _trie(_FIRST_WORDS, _FIRST_WORD_TAILS) + "))")
#: `_START` on lower-cased text, past the first character of a region: the character before
#: a start (not a word character) begins the match, so the engine skips ahead to such
#: characters, and the words are compared without the cost of ignoring case.
#: (Every character but an ASCII letter, digit or underscore, as for `_TRIGGER_LOWER`: the
#: matches after a word character outside ASCII are dropped by `_starts_in`.)
_START_FOLDED = re.compile(r"[^0-9_a-z](?=\d|q|" + _trie(_FIRST_WORDS, _FIRST_WORD_TAILS) + ")")
#: How far before its trigger word a match may start ("as of the beginning of May": 72
#: characters with the longest runs of spaces allowed) and how far after it a match and
#: its lookaheads may reach ("Wednesday, 30th of September, 2025").
_REACH_BACK = 96
_REACH_AHEAD = 96

_MODIFIER_ALIASES = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "the end of": "late",
    "end of": "late",
    "end": "late",
    "the beginning of": "early",
    "the start of": "early",
    "the middle of": "mid",
}
#: Months of a year that "early", "mid" and "late" cover.
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
#: Days of an ISO week (Monday = 0) that "early", "mid", "late" and "weekend" cover.
_SATURDAY = 5
_WEEK_PARTS = {"early": (0, 2), "mid": (1, 3), "late": (3, 6), "weekend": (5, 6)}
_RELDAY_OFFSETS = {
    "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None),
    "yesterday": (-1, None),
    "today": (0, None),
    "tomorrow": (1, None),
    "tonight": (0, "night"),
    "last night": (-1, "night"),
    "this morning": (0, "morning"),
    "this afternoon": (0, "afternoon"),
    "this evening": (0, "evening"),
}
_QUARTERS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}
_UNIT_GRANULARITY = {
    "day": Granularity.DAY,
    "week": Granularity.WEEK,
    "weekend": Granularity.WEEK,
    "month": Granularity.MONTH,
    "year": Granularity.YEAR,
}


def _norm(words: str) -> str:
    return " ".join(words.split()).lower()


# -- tense ---------------------------------------------------------------------------------

#: Words that make a verb group look ahead ("will meet", "is scheduled to", "next").
_FUTURE_WORDS = frozenset(
    {
        "will",
        "shall",
        "won't",
        "won\u2019t",
        "gonna",
        "scheduled",
        "expected",
        "upcoming",
        "forthcoming",
        "next",
        "tomorrow",
    }
)
#: Words that look ahead when "to" follows them ("plans to", "is set to", "going to").
_FUTURE_BEFORE_TO = frozenset(
    [
        "going",
        "is",
        "are",
        "am",
        "plan",
        "plans",
        "planning",
        "planned",
        "set",
        "slated",
        "poised",
        "intend",
        "intends",
        "intending",
        "hope",
        "hopes",
        "hoping",
        "aim",
        "aims",
        "aiming",
        "want",
        "wants",
        "seek",
        "seeks",
        "prepare",
        "prepares",
        "preparing",
        "due",
    ]
)
#: "agreed to meet again in February", "decided to hold talks in March": before "to", these
#: look ahead for a date after them (what was agreed is to come) and back for one before
#: them ("a call on March 31, during which they agreed to ...": the call is past).
_AGREED_BEFORE_TO = frozenset(
    {"agreed", "agree", "agrees", "decided", "pledged", "promised", "vowed", "resolved"}
)
#: Verbs of a second agreed act after "and to" ("and to meet again in February").
_AGREED_ACTS = frozenset(
    {
        "meet",
        "visit",
        "hold",
        "sign",
        "resume",
        "continue",
        "launch",
        "convene",
        "return",
        "establish",
        "open",
    }
)
#: Modal verbs that look ahead less surely ("said he would meet"): they count as twice as far.
_WEAK_WORDS = frozenset({"would", "could", "may", "might"})
#: Words that look back: past-tense forms that do not end in -ed, auxiliaries, "ago", "last".
_PAST_WORDS = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "been",
        "ago",
        "last",
        "yesterday",
        "earlier",
        "previously",
        "already",
        "recently",
        "met",
        "held",
        "said",
        "told",
        "took",
        "made",
        "gave",
        "went",
        "came",
        "spoke",
        "saw",
        "left",
        "began",
        "brought",
        "sent",
        "won",
        "lost",
        "wrote",
        "led",
        "paid",
        "kept",
        "sought",
        "thought",
        "felt",
        "flew",
        "heard",
        "ran",
        "stood",
        "struck",
        "found",
        "got",
        "knew",
        "meant",
        "sat",
        "spent",
        "understood",
        "withdrew",
        "became",
        "drew",
        "fought",
        "forgot",
        "grew",
        "rose",
        "shook",
        "showed",
        "sold",
        "taught",
        "threw",
        "wore",
    ]
)
#: Words in -ed that are not past-tense verbs (or are spelled like one by chance).
_NOT_PAST = frozenset(
    [
        "need",
        "indeed",
        "proceed",
        "exceed",
        "succeed",
        "speed",
        "seed",
        "feed",
        "hundred",
        "united",
        "sacred",
        "wicked",
        "naked",
        "breed",
        "creed",
        "greed",
        "embed",
        "shred",
        "bled",
        "fled",
        "red",
        "bed",
        "wed",
        "shed",
    ]
)
#: Adverbs that may sit inside a verb group ("will likely be held", "was also held").
_ADVERBS = frozenset(
    {"not", "also", "likely", "then", "soon", "still", "now", "later", "probably", "reportedly"}
)
_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_FUTURE, _WEAK, _PAST, _AGREED = 0, 1, 2, 3


def _cue_kind(tokens: list[tuple[str, int, int]], index: int) -> int | None:
    """Whether the word at *index* looks ahead, weakly ahead, back, or says nothing of tense."""
    word = tokens[index][0]
    lower = word.lower()
    following = tokens[index + 1][0].lower() if index + 1 < len(tokens) else ""
    if lower in _FUTURE_WORDS or lower.endswith(("'ll", "\u2019ll")):
        return _FUTURE
    if following == "to" and lower in _FUTURE_BEFORE_TO:
        return _FUTURE
    if following == "to" and lower in _AGREED_BEFORE_TO:
        return _AGREED
    if (lower == "ahead" and following == "of") or (lower == "later" and following == "this"):
        return _FUTURE
    if lower == "to" and following in _AGREED_ACTS and index > 0 and tokens[index - 1][0].lower() == "and":
        # "agreed to reopen talks on a stalled project and to meet again in February": the
        # second infinitive of what was agreed, as far ahead as the first.
        return _FUTURE
    if lower in _WEAK_WORDS and word != "May":
        return _WEAK  # capitalised, "May" is the month ("met in May"), not the modal
    past = lower in _PAST_WORDS or (
        lower.endswith("ed") and len(lower) > 3 and word[0].islower() and lower not in _NOT_PAST  # noqa: PLR2004
    )
    if not past:
        return None
    # "will be held", "to be signed", "could be hosted": a participle after "be" is not past.
    back = index - 1
    while back >= 0 and tokens[back][0].lower() in _ADVERBS:
        back -= 1
    if back >= 0 and tokens[back][0].lower() == "be" and lower != "been":
        return _FUTURE
    return _PAST


#: Clause ends: line breaks, ";", "!", "?", and "." after a lower-case word or a digit
#: (so "U.S." and "Feb." do not end a clause).
_CLAUSE_END = re.compile(r"[\r\n;!?]|(?<=[a-z0-9]{2})\.(?=\s)|(?<=[\u201d\"\u2019])\.?(?=\s+[A-Z\u201c\"])")
_SUBCLAUSE_END = re.compile(r"[,\u2014\u2013(:)]")


def clause_direction(text: str, span: Span) -> Direction:
    """
    The direction the tense around *span* gives: past ("met", "was held") or future.

    The verb group nearest to the expression decides, first within its comma-delimited part
    of the clause ("Petro, who met Trump on Tuesday, will travel" is past for Tuesday), then
    within the whole clause ("On Tuesday, Rubio will join" is future). "will", "is scheduled
    to", "is expected to", "plans to", "next", "tomorrow" look ahead; past-tense verbs,
    "was"/"were"/"had", "last", "ago" look back; "would", "could", "may" look ahead but
    count as twice as far. With no verb group at all, reports are taken to look back.

    Args:
        text: The source text.
        span: Where the time expression lies in *text*.

    Returns:
        `Direction.PAST` or `Direction.FUTURE`.
    """
    start = max(0, min(span.start, len(text)))
    end = max(start, min(span.end, len(text)))
    lo = max(0, start - _CLAUSE_WINDOW)
    hi = min(len(text), end + _CLAUSE_WINDOW)
    for match in _CLAUSE_END.finditer(text, lo, start):
        lo = match.end()
    found = _CLAUSE_END.search(text, end, hi)
    if found is not None:
        hi = found.start()
    sub_lo, sub_hi = lo, hi
    for match in _SUBCLAUSE_END.finditer(text, lo, start):
        sub_lo = match.end()
    found = _SUBCLAUSE_END.search(text, end, hi)
    if found is not None:
        sub_hi = found.start()
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, lo, hi)]
    for window in ((sub_lo, sub_hi), (lo, hi)):
        direction = _nearest_cue(tokens, window, start, end)
        if direction is not None:
            return direction
    return Direction.PAST


def _nearest_cue(
    tokens: list[tuple[str, int, int]], window: tuple[int, int], start: int, end: int
) -> Direction | None:
    best: tuple[int, int, Direction] | None = None
    lo, hi = window
    for index, (_, cs, ce) in enumerate(tokens):
        if cs < lo or ce > hi:
            continue
        kind = _cue_kind(tokens, index)
        if kind is None:
            continue
        if ce <= start:
            distance, side = start - ce, 0
        elif cs >= end:
            distance, side = cs - end, 1
        else:
            distance, side = 0, 0  # the cue is inside the expression ("next week")
        if kind == _WEAK:
            distance *= 2
        if kind == _AGREED:
            kind = _FUTURE if side == 0 and ce <= start else _PAST
        if best is None or (distance, side) < best[:2]:
            best = (distance, side, Direction.PAST if kind == _PAST else Direction.FUTURE)
    return None if best is None else best[2]


# -- resolution helpers ---------------------------------------------------------------------


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _distance(expr: TimeExpression, anchor: dt.date) -> dt.timedelta:
    if expr.start is None or expr.end is None:
        return dt.timedelta.max
    if expr.start <= anchor <= expr.end:
        return dt.timedelta(0)
    return min(abs(expr.start - anchor), abs(expr.end - anchor))


def _opposite(direction: Direction) -> Direction:
    return Direction.FUTURE if direction is Direction.PAST else Direction.PAST


def _resolve_yearless(
    expr: TimeExpression, anchor: dt.date, direction: Direction | None, infer: Callable[[], Direction]
) -> TimeExpression:
    """
    Resolve a date without a year in the given direction, or the inferred one.

    An inferred direction is only a guess from the verbs, so when it lands more than half a
    year from the anchor and the other direction lands nearer, the nearer one is taken
    ("would cease aid ... following the clash on Feb. 28" in a March story is last Feb. 28).
    """
    if direction is not None:
        return expr.resolve(anchor, direction)
    guess = infer()
    resolved = expr.resolve(anchor, guess)
    if _distance(resolved, anchor) > _FLIP_REACH:
        other = expr.resolve(anchor, _opposite(guess))
        if _distance(other, anchor) < _distance(resolved, anchor):
            return other
    return resolved


def _week_range(expr: TimeExpression, first: dt.date, last: dt.date) -> TimeExpression:
    """*expr* resolved to a range of days; year and month are set when the range lies in one."""
    year = first.year if first.year == last.year else None
    month = first.month if year is not None and first.month == last.month else None
    return attrs.evolve(expr, year=year, month=month, start=first, end=last)


def _shift_day(previous: TimeExpression, expr: TimeExpression, days: int) -> TimeExpression:
    """
    *expr* ("earlier in the day", "the next day") placed *days* after the day of *previous*.

    A resolved day moves by calendar; a bare weekday moves by weekday; what *previous*
    does not know stays unknown.
    """
    if previous.start is not None and previous.granularity is Granularity.DAY:
        day = previous.start + dt.timedelta(days=days)
        return attrs.evolve(TimeExpression.from_date(day, text=expr.text), modifier=expr.modifier)
    if previous.year is not None and previous.month is not None and previous.day is not None:
        day = dt.date(previous.year, previous.month, previous.day) + dt.timedelta(days=days)
        return attrs.evolve(expr, year=day.year, month=day.month, day=day.day, weekday=Weekday.of(day))
    weekday = None if previous.weekday is None else list(Weekday)[(previous.weekday.number + days) % 7]
    if days == 0:
        return attrs.evolve(expr, year=previous.year, month=previous.month, day=previous.day, weekday=weekday)
    return attrs.evolve(expr, weekday=weekday)


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


# -- explicit dates through dateutil -------------------------------------------------------


@functools.lru_cache(maxsize=4096)  # the same printed dates recur in a story and across a batch
def _given_parts(words: str) -> tuple[int | None, int | None, int | None] | None:
    """
    The year, month and day that *words* state, each None when the text does not give it.

    dateutil fills every missing part from its default, so the words are parsed with two
    defaults that differ in every part: a part both parses agree on came from the text.
    None when the words are not a valid date ("Feb. 30").
    """
    try:
        first = date_parser.parse(words, default=_DEFAULT_A)
        second = date_parser.parse(words, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        return None
    return (
        first.year if first.year == second.year else None,
        first.month if first.month == second.month else None,
        first.day if first.day == second.day else None,
    )


_LEADING_THE = re.compile(r"^(?i:the)\s+")


def _explicit(
    match: re.Match[str],
    prefix: str,
    anchor: dt.date | None,
    direction: Direction | None,
    infer: Callable[[], Direction],
) -> TimeExpression | None:
    words = match.group(prefix)
    weekday_words = match.group(f"{prefix}_wd")
    date_words = words[match.end(f"{prefix}_wd") - match.start(prefix) :] if weekday_words else words
    first = match.group("dmy_d0") if prefix == "dmy" else None
    if first is not None:
        date_words = match.string[match.start("dmy_d") : match.end(prefix)]
    date_words = _LEADING_THE.sub("", date_words.lstrip(" ,\u00a0\t"))
    parts = _given_parts(date_words)
    if parts is None:
        return None
    year, month, day = parts
    if month is None or day is None:
        return None
    if first is not None and int(first.rstrip("stndrh")) < day:
        day = int(first.rstrip("stndrh"))
    weekday = _WEEKDAY_NAMES[weekday_words.lower()] if weekday_words else None
    if year is not None:
        date = dt.date(year, month, day)
        if weekday is not None and Weekday.of(date) is not weekday:
            weekday = None  # the printed date wins over a contradicting weekday name
        expr = TimeExpression.from_date(date, text=words)
        return attrs.evolve(expr, weekday=weekday if weekday is not None else Weekday.of(date))
    expr = TimeExpression(text=words, month=month, day=day, weekday=weekday)
    if anchor is None:
        return expr
    return _resolve_yearless(expr, anchor, direction, infer)


def parse_printed_date(words: str) -> dt.date | None:
    """
    The calendar date that *words* consist of ("March 12, 2025", "12 March 2025", "2025-03-12").

    Used for publication lines. Returns None unless the words are one complete date (year,
    month and day) and nothing else; a weekday before it is allowed.
    """
    match = _PATTERN.fullmatch(words.strip())
    if match is None or match.lastgroup not in {"iso", "mdy", "dmy"}:
        return None
    try:
        expr = _build(match, match.string, None, None, None)
    except (ValueError, OverflowError):
        return None
    if expr is None or expr.year is None or expr.month is None or expr.day is None:
        return None
    return dt.date(expr.year, expr.month, expr.day)


# -- the expression builders ----------------------------------------------------------------


def _build(
    match: re.Match[str],
    text: str,
    anchor: dt.date | None,
    direction: Direction | None,
    previous: TimeExpression | None,
) -> TimeExpression | None:
    """Turn one match into an expression (None when it is not a date after all)."""
    kind = match.lastgroup
    if kind is None:
        return None
    infer_cache: list[Direction] = []

    def infer() -> Direction:
        if not infer_cache:
            infer_cache.append(clause_direction(text, Span(start=match.start(kind), end=match.end(kind))))
        return infer_cache[0]

    def wanted() -> Direction:
        return direction if direction is not None else infer()

    if kind == "iso":
        try:
            date = dt.date(int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"]))
        except ValueError:
            return None
        return TimeExpression.from_date(date, text=match.group(kind))
    if kind in {"mdy", "dmy"}:
        return _explicit(match, kind, anchor, direction, infer)
    if kind == "weekday":
        return _weekday(match, anchor, direction, wanted)
    if kind == "nth":
        return _day_of_month(match, anchor, wanted)
    if kind == "month":
        return _month(match, anchor, direction, infer)
    if kind == "year":
        return _year(match)
    if kind == "relday":
        words = match.group(kind)
        offset, part = _RELDAY_OFFSETS[_norm(words)]
        if anchor is None:
            return TimeExpression(text=words, modifier=part)
        day = anchor + dt.timedelta(days=offset)
        expr = TimeExpression.from_date(day, text=words)
        return attrs.evolve(expr, modifier=part)
    if kind == "anaphor":
        return _anaphor(match.group(kind), previous)
    if kind in {"relunit", "weekend", "yearend"}:
        return _relative_unit(match, anchor, wanted)
    if kind == "ago":
        return _ago(match, anchor)
    if kind == "coming":
        return _coming(match, anchor, direction, infer)
    if kind in {"quarter", "quarter2", "half2"}:
        return _quarter(match, kind, anchor, wanted)
    if kind == "fiscal":
        return _fiscal_year(match.group(kind), int(match.group("fy_y")))
    if kind == "season":
        return _season(match, anchor, wanted)
    return None


def _weekday(
    match: re.Match[str], anchor: dt.date | None, direction: Direction | None, wanted: Callable[[], Direction]
) -> TimeExpression:
    start = (
        match.start("wd_rel")
        if match.group("wd_rel")
        else match.start("wd_mod")
        if match.group("wd_mod")
        else match.start("wd")
    )
    end = match.end("wd_part") if match.group("wd_part") else match.end("wd")
    words = match.string[start:end]
    weekday = _WEEKDAY_NAMES[match.group("wd").lower()]
    modifier = (match.group("wd_mod") or match.group("wd_part") or "").lower() or None
    expr = TimeExpression(text=words, weekday=weekday, modifier=modifier)
    if anchor is None:
        return expr
    relation = (match.group("wd_rel") or "").lower()
    if relation in {"last", "past"}:
        return expr.resolve(anchor - dt.timedelta(days=1), Direction.PAST)
    if relation in {"next", "coming"}:
        return expr.resolve(anchor, Direction.FUTURE)
    return expr.resolve(anchor, direction if direction is not None else wanted())


def _day_of_month(
    match: re.Match[str], anchor: dt.date | None, wanted: Callable[[], Direction]
) -> TimeExpression | None:
    """
    "on the 25th": that day of the anchor's month, or of the next (previous) month with one.

    "The 25th of next month" is that day of the month named; without an anchor, the day alone.
    The tense says which way: "will travel on the 25th" in a story of the 14th is this month's
    25th, in a story of the 28th next month's; "met on the 25th" looks back.
    """
    day = int(match.group("nth_d"))
    if anchor is None:
        # The day alone is what the text says; month and year wait for an anchor.
        return TimeExpression(text=match.group("nth_text"), day=day)
    relation = match.group("nth_rel")
    if relation is not None:
        # "the 25th of next month": that month's day, whatever the tense.
        shift = {"this": 0, "next": 1, "last": -1}[relation.lower()]
        first = anchor.replace(day=1) + relativedelta(months=shift)
        if day > calendar.monthrange(first.year, first.month)[1]:
            return None
        return TimeExpression.from_date(first.replace(day=day), text=match.group("nth_text"))
    step = 1 if wanted() is Direction.FUTURE else -1
    if (step == 1 and day < anchor.day) or (step == -1 and day > anchor.day):
        first = anchor.replace(day=1) + relativedelta(months=step)
    else:
        first = anchor.replace(day=1)
    for _ in range(3):  # the 31st skips the months without one
        if day <= calendar.monthrange(first.year, first.month)[1]:
            return TimeExpression.from_date(first.replace(day=day), text=match.group("nth_text"))
        first += relativedelta(months=step)
    return None


def _month(
    match: re.Match[str], anchor: dt.date | None, direction: Direction | None, infer: Callable[[], Direction]
) -> TimeExpression | None:
    relation = (match.group("my_rel") or "").lower()
    raw_modifier = match.group("my_mod")
    year_words = match.group("my_y")
    month_word = match.group("my_m")
    if not (year_words or raw_modifier or relation or match.group("my_prep")):
        return None  # a bare "March" or "May" is too often a noun, a verb or a name
    if month_word.lower() == "may" and not (year_words or raw_modifier or relation):
        # "may" after "to", "and", "in" is usually the verb: "He may meet", "in May" is fine.
        prep = _norm(match.group("my_prep") or "")
        if prep not in {
            "in",
            "since",
            "until",
            "till",
            "by",
            "during",
            "through",
            "throughout",
            "before",
            "after",
            "of",
            "early",
            "late",
            "mid",
        }:
            return None
    start = min(i for i in (match.start("my_rel"), match.start("my_mod"), match.start("my_m")) if i >= 0)
    relative_year = (match.group("my_ry") or "").lower()
    if year_words:
        end = match.end("my_y")
    elif relative_year:
        end = match.end("my_ryw")
    else:
        end = match.end("my_m")
    words = match.string[start:end]
    month = _MONTHS[month_word.lower()]
    modifier = _MODIFIER_ALIASES[_norm(raw_modifier)] if raw_modifier else None
    year = int(year_words) if year_words else None
    if relative_year and anchor is not None:
        year = anchor.year + {"next": 1, "last": -1}.get(relative_year, 0)
    elif relative_year:
        return TimeExpression(text=words, month=month, granularity=Granularity.MONTH, modifier=modifier)
    expr = TimeExpression(
        text=words, year=year, month=month, granularity=Granularity.MONTH, modifier=modifier
    )
    if year is not None:
        # The year is printed (or told relative to the anchor's), so the range is fixed.
        return expr.resolve(dt.date(year, month, 1))
    if anchor is None:
        return expr
    if relation in {"last", "past"}:
        return expr.resolve(dt.date(anchor.year, anchor.month, 1) - dt.timedelta(days=1), Direction.PAST)
    if relation in {"next", "coming"}:
        return expr.resolve(
            dt.date(anchor.year, anchor.month, _month_end(anchor.year, anchor.month)), Direction.FUTURE
        )
    if relation == "this":
        return attrs.evolve(expr, year=anchor.year).resolve(anchor)
    return _resolve_yearless(expr, anchor, direction, infer)


def _year(match: re.Match[str]) -> TimeExpression | None:
    raw_modifier = match.group("yr_mod")
    if not (match.group("yr_prep") or raw_modifier):
        return None  # a bare four-digit number is more often a count than a year
    start = match.start("yr_mod") if raw_modifier else match.start("yr")
    words = match.string[start : match.end("yr")]
    year = int(match.group("yr"))
    modifier = _MODIFIER_ALIASES[_norm(raw_modifier)] if raw_modifier else None
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if modifier is not None:
        lo, hi = _YEAR_PARTS[modifier]
        first, last = dt.date(year, lo, 1), dt.date(year, hi, _month_end(year, hi))
    return TimeExpression(
        text=words, year=year, granularity=Granularity.YEAR, modifier=modifier, start=first, end=last
    )


#: The words of a day anaphor, as `_anaphor` reads them.
_ANAPHOR_WORDS = re.compile(
    r"(?:earlier|later)\s+(?:in\s+the|that)\s+day|(?:that\s+|the\s+)?same\s+day|"
    r"the\s+(?:next|following)\s+(?:day|morning)|the\s+(?:day|night)\s+before|the\s+previous\s+day|"
    r"a\s+day\s+(?:earlier|later)",
    re.IGNORECASE,
)


def place_anaphor(expr: TimeExpression, previous: TimeExpression) -> TimeExpression:
    """
    *expr*, a day anaphor left unplaced ("earlier in the day", "the next day"), on the day of *previous*.

    `find_dates` places an anaphor on a date found before it in the same call; a caller
    that searches sentence by sentence gives the date it knows from an earlier sentence
    here (the day of the meeting reported just before). Any other expression, or one placed
    already, is returned as it is.
    """
    if expr.start is not None or expr.weekday is not None or not _ANAPHOR_WORDS.fullmatch(expr.text):
        return expr
    return attrs.evolve(_anaphor(expr.text, previous), mention=expr.mention)


def _anaphor(words: str, previous: TimeExpression | None) -> TimeExpression:
    """Place "earlier in the day", "the next day" on the day of the date mentioned before, if any."""
    key = _norm(words)
    if key in {
        "the next day",
        "the following day",
        "the next morning",
        "the following morning",
        "a day later",
    }:
        offset = 1
    elif key in {"the day before", "the night before", "the previous day", "a day earlier"}:
        offset = -1
    else:
        offset = 0
    expr = TimeExpression(text=words, modifier=key)
    if previous is None:
        return expr
    try:
        return _shift_day(previous, expr, offset)
    except (ValueError, OverflowError):
        return expr


def _relative_unit(
    match: re.Match[str], anchor: dt.date | None, wanted: Callable[[], Direction]
) -> TimeExpression:
    words = match.group(match.lastgroup or "")
    if match.lastgroup == "weekend":
        words = match.group("we_text")
        relation, unit, raw_modifier = "", "weekend", None
    elif match.lastgroup == "yearend":
        relation, unit, raw_modifier = "this", "year", "late"  # as "the end of the year"
    else:
        relation = match.group("ru_rel").lower()
        if relation.endswith("past"):
            relation = "last"
        elif relation == "the":
            relation = "this"  # "the end of the year": of the story's year
        unit = match.group("ru_unit").lower()
        part = match.group("ru_part")
        raw_modifier = (
            _MODIFIER_ALIASES[_norm(part)] if part else (match.group("ru_mod") or "").lower() or None
        )
    modifier = "weekend" if unit == "weekend" else raw_modifier
    granularity = _UNIT_GRANULARITY[unit]
    expr = TimeExpression(text=words, granularity=granularity, modifier=modifier)
    if anchor is None:
        return expr
    if unit in {"week", "weekend"}:
        monday = _week_start(anchor)
        if not relation:  # "over the weekend": the last one, or the coming one if the verb looks ahead
            past = wanted() is Direction.PAST
            weekend_now = anchor.weekday() >= _SATURDAY
            relation = ("this" if weekend_now else "last") if past else ("next" if weekend_now else "this")
        monday += dt.timedelta(days={"last": -7, "this": 0, "next": 7}[relation])
        first, last = monday, monday + dt.timedelta(days=6)
        part = modifier if modifier in _WEEK_PARTS else None
        if part is not None:
            lo, hi = _WEEK_PARTS[part]
            first, last = monday + dt.timedelta(days=lo), monday + dt.timedelta(days=hi)
        elif relation == "this" and modifier == "earlier":
            last = max(first, anchor - dt.timedelta(days=1))
        elif relation == "this" and modifier == "later":
            first = min(last, anchor + dt.timedelta(days=1))
        return _week_range(expr, first, last)
    if unit == "month":
        month_start = dt.date(anchor.year, anchor.month, 1) + relativedelta(
            months={"last": -1, "this": 0, "next": 1}[relation]
        )
        first = month_start
        last = month_start.replace(day=_month_end(month_start.year, month_start.month))
        if modifier in {"early", "mid", "late"}:
            lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}[modifier]
            first, last = first.replace(day=lo), last.replace(day=min(hi, last.day))
        elif relation == "this" and modifier == "earlier":
            last = max(first, anchor - dt.timedelta(days=1))
        elif relation == "this" and modifier == "later":
            first = min(last, anchor + dt.timedelta(days=1))
        return attrs.evolve(expr, year=first.year, month=first.month, start=first, end=last)
    year = anchor.year + {"last": -1, "this": 0, "next": 1}[relation]
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if modifier in _YEAR_PARTS:
        lo, hi = _YEAR_PARTS[modifier]
        first, last = dt.date(year, lo, 1), dt.date(year, hi, _month_end(year, hi))
    elif relation == "this" and modifier == "earlier":
        last = max(first, anchor - dt.timedelta(days=1))
    elif relation == "this" and modifier == "later":
        first = min(last, anchor + dt.timedelta(days=1))
    return attrs.evolve(expr, year=year, start=first, end=last)


def _ago(match: re.Match[str], anchor: dt.date | None) -> TimeExpression | None:
    words = match.group("ago")
    count_words = match.group("ago_n").lower()
    count = int(count_words) if count_words.isdigit() else _NUMBER_WORDS[count_words]
    unit = match.group("ago_u").lower()
    expr = TimeExpression(text=words, granularity=_UNIT_GRANULARITY[unit])
    if anchor is None:
        return expr
    try:
        if unit == "day":
            return TimeExpression.from_date(anchor - dt.timedelta(days=count), text=words)
        if unit == "week":
            monday = _week_start(anchor - dt.timedelta(days=7 * count))
            first, last = monday, monday + dt.timedelta(days=6)
            return _week_range(expr, first, last)
        if unit == "month":
            first = dt.date(anchor.year, anchor.month, 1) - relativedelta(months=count)
            last = first.replace(day=_month_end(first.year, first.month))
            return attrs.evolve(expr, year=first.year, month=first.month, start=first, end=last)
        year = anchor.year - count
        return attrs.evolve(expr, year=year, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
    except (ValueError, OverflowError):
        return expr


#: How far ahead "in the coming days (weeks, months)" reaches from the anchor, in days.
_COMING_REACH = {"days": 14, "weeks": 56, "months": 183}


def _coming(
    match: re.Match[str], anchor: dt.date | None, direction: Direction | None, infer: Callable[[], Direction]
) -> TimeExpression:
    """
    "in the coming weeks", "within days": the stretch of time after the anchor.

    Reporters use these for what is ahead ("coming" and "ahead" say so, whatever the
    reporting verb); "the next few days" in a clause in the past ("Over the next few days,
    the two met twice") runs from a day the text gave before, so it is left unresolved.
    """
    words = match.group("coming")
    ahead = "coming" in words.lower() or "ahead" in words.lower()
    unit = (match.group("co_u") or match.group("co_u2") or match.group("co_u3")).lower()
    expr = TimeExpression(text=words, granularity=Granularity.MONTH if unit == "months" else Granularity.WEEK)
    if anchor is None or (not ahead and (direction if direction is not None else infer()) is Direction.PAST):
        return expr
    first, last = anchor + dt.timedelta(days=1), anchor + dt.timedelta(days=_COMING_REACH[unit])
    year = first.year if first.year == last.year else None
    month = first.month if year is not None and first.month == last.month else None
    return attrs.evolve(expr, year=year, month=month, start=first, end=last)


def _quarter(
    match: re.Match[str], kind: str, anchor: dt.date | None, wanted: Callable[[], Direction]
) -> TimeExpression | None:
    """
    "the first quarter of 2025", "Q1 2025", "the third quarter of next year", "the first half of 2027".

    "the final quarter", "the last quarter of 2026" are the fourth; "the first six months of
    2027" is the first half.

    A quarter keeps its number as the modifier ("Q3"); a half year is a year with "H1" or
    "H2". A quarter without a year ("by the third quarter") is the next one when the verb
    looks ahead and the last one when it looks back, as a bare season is; a half without a
    year is no date ("the first half of the match").
    """
    if kind == "quarter2":
        number, year_words, relation = int(match.group("q2_n")), match.group("q2_y"), None
        half = False
    elif kind == "half2":
        number, year_words, relation = int(match.group("h2_n")), match.group("h2_y"), None
        half = True
    else:
        number, year_words = _QUARTERS[match.group("q_n").lower()], match.group("q_y")
        relation = (match.group("q_rel") or "").lower() or None
        half = not match.group("q_unit").lower().startswith("q")  # "half", "six months"
        if match.group("q_n").lower() == "last" and year_words is None and relation is None:
            return None  # "in the last quarter": the one before the story's, not the fourth
    words = match.group(kind)
    if half:
        if kind == "quarter" and match.group("q_n").lower() in {"last", "final"}:
            number = 2  # "the last six months of 2026", "the final half of the year"
        if number > 2 or (year_words is None and relation is None):  # noqa: PLR2004 - two halves
            return None
        modifier, first_month, months = f"H{number}", 6 * number - 5, 6
        granularity = Granularity.YEAR
    else:
        modifier, first_month, months = f"Q{number}", 3 * number - 2, 3
        granularity = Granularity.QUARTER
    expr = TimeExpression(text=words, granularity=granularity, modifier=modifier)
    if year_words is not None:
        year = int(year_words)
    elif anchor is None:
        return expr
    elif relation is not None:
        year = anchor.year + {"next": 1, "last": -1}.get(relation, 0)
    else:
        year = anchor.year
        begins = dt.date(year, first_month, 1)
        ends = begins + relativedelta(months=months) - dt.timedelta(days=1)
        tense = wanted()
        if tense is Direction.FUTURE and ends < anchor:
            year += 1
        elif tense is Direction.PAST and begins > anchor:
            year -= 1
    return _months(
        words, year, granularity=granularity, modifier=modifier, first_month=first_month, months=months
    )


def _months(
    words: str, year: int, *, granularity: Granularity, modifier: str, first_month: int, months: int
) -> TimeExpression:
    """A quarter or half year of *year*: *months* months from *first_month*, with its range."""
    first = dt.date(year, first_month, 1)
    last = first + relativedelta(months=months) - dt.timedelta(days=1)
    return TimeExpression(
        text=words, year=year, granularity=granularity, modifier=modifier, start=first, end=last
    )


def _fiscal_year(words: str, year: int) -> TimeExpression:
    """
    A budget year ("fiscal year 2027", "FY27"): the year kept, no range.

    Its months differ by country (October to September in the U.S., April to March in Japan
    and India).
    """
    return TimeExpression(text=words, year=year, granularity=Granularity.YEAR, modifier="FY")


#: The first month of each season (northern hemisphere, where most of the news is written);
#: each lasts three months, winter into the next year.
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(match: re.Match[str], anchor: dt.date | None, wanted: Callable[[], Direction]) -> TimeExpression:
    """
    "in the autumn", "next spring", "the summer of 2024": three months, the season's name kept.

    A bare season ("in the spring") is the next one when the verb looks ahead and the last
    one when it looks back; "this" is the one of the publication year.
    """
    words = match.group("season")
    name = match.group("se").lower()
    modifier = "autumn" if name == "fall" else name
    if match.group("se_mod"):
        modifier = f"{match.group('se_mod').lower()} {modifier}"
    expr = TimeExpression(text=words, granularity=Granularity.QUARTER, modifier=modifier)
    first_month = _SEASON_START[name]
    printed = match.group("se_y") or match.group("se_y2")
    if printed is not None:
        year = int(printed)
    elif anchor is None:
        return expr
    else:
        relation = (match.group("se_rel") or "").lower()
        # The season of the anchor's year, moved a year by the relation or the tense.
        year = anchor.year if not (first_month == 12 and anchor.month <= 2) else anchor.year - 1  # noqa: PLR2004
        begins = dt.date(year, first_month, 1)
        ends = begins + relativedelta(months=3) - dt.timedelta(days=1)
        tense = wanted() if not relation else None
        ahead = relation in {"next", "coming"} or tense is Direction.FUTURE
        back = relation in {"last", "past"} or tense is Direction.PAST
        if ahead and (ends < anchor or (relation in {"next", "coming"} and begins <= anchor)):
            year += 1
        elif back and (begins > anchor or (relation in {"last", "past"} and ends >= anchor)):
            year -= 1
    first = dt.date(year, first_month, 1)
    last = first + relativedelta(months=3) - dt.timedelta(days=1)
    return attrs.evolve(expr, year=year, start=first, end=last)


def find_dates(
    text: str, span: Span, anchor: dt.date | None, direction: Direction | None = None
) -> list[TimeExpression]:
    """
    The time expressions in ``text[span.start:span.end]``, resolved against *anchor*.

    Each expression keeps the words used (`TimeExpression.text`) and its place
    (`TimeExpression.mention`, into *text*). Parts the text gives are filled in; with an
    anchor, the rest is resolved where the anchor makes it certain, looking back or ahead
    as *direction* says (or as `clause_direction` infers from the verbs around each
    expression when *direction* is None). Without an anchor nothing is resolved that the
    text does not print: "held on Tuesday, ," gives a Tuesday with no date.

    "earlier in the day", "the next day" and the like take the day of the expression found
    before them in the same call, so pass a whole paragraph or body to chain them.

    Args:
        text: The source text.
        span: The part of *text* to search (clamped to the text).
        anchor: The publication date; never today's date. None resolves nothing relative.
        direction: Force the direction for every expression instead of inferring it.

    Returns:
        The expressions, in text order, not overlapping.

    .. versionadded:: 0.1.0
    """
    return find_dates_folded(text, None, span, anchor, direction)


def find_dates_folded(
    text: str, folded: str | None, span: Span, anchor: dt.date | None, direction: Direction | None = None
) -> list[TimeExpression]:
    """
    `find_dates`, given *text* lower-cased as well, for a caller that has it.

    *folded* must be ``text.lower()`` with every offset kept and no `_FOLD_TRAPS` character
    (`bilateral.text._outcomes.fold`), or ``None``: the regions searched are then sliced
    from it instead of being lower-cased one by one.
    """
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    start = max(0, min(span.start, len(text)))
    end = max(start, min(span.end, len(text)))
    found: list[TimeExpression] = []
    previous: TimeExpression | None = None
    for match in _matches(text, start, end, folded):
        try:
            expr = _build(match, text, anchor, direction, previous)
        except (ValueError, OverflowError, KeyError):
            # A combination the calendar rejects (e.g. year 9999 + "next year"): not a date.
            continue
        if expr is None:
            continue
        expr = _placed(expr, _mention(text, expr.text, match))
        found.append(expr)
        if expr.granularity is Granularity.DAY and (expr.weekday is not None or expr.day is not None):
            previous = expr
    if (
        text.find("FY", start, end) >= 0
        or text.find("H1 ", start, end) >= 0
        or text.find("H2 ", start, end) >= 0
    ):
        found = _with_shorthand(text, start, end, found)
    return found


#: Report shorthand for a budget year or a half year, in capitals: "FY2027", "FY 2027",
#: "FY27", "H1 2027". Searched apart from `_PATTERN` (whose matches begin at words,
#: `_START`), only in a region that holds "FY" or "H1 "/"H2 ". A split budget year
#: ("FY2026-27") names no one year: left out; "H1 FY2027" keeps the budget year.
_SHORTHAND = re.compile(
    rf"(?<![\w-])(?:FY[^\S\r\n]?(?P<fy>{_YEAR}|\d\d(?!\d))|H(?P<half>[12]){_SP}(?P<half_y>{_YEAR}))"
    r"(?![\w%]|[-\u2013/]\d)"
)


def _with_shorthand(text: str, start: int, end: int, found: list[TimeExpression]) -> list[TimeExpression]:
    """
    *found* with the `_SHORTHAND` dates of ``text[start:end]`` that overlap none of it, in order.

    "FY2027" is a budget year (year kept, no range: its months differ by country, as for
    "fiscal year 2027"); "H1 2027" the half year "1H 2027" and "the first half of 2027" are.
    """
    extra: list[TimeExpression] = []
    for match in _SHORTHAND.finditer(text, start, end):
        if any(
            e.mention is not None and e.mention.start < match.end() and match.start() < e.mention.end
            for e in found
        ):
            continue
        words = match.group()
        if match.group("fy") is not None:
            digits = match.group("fy")
            year = int(digits) if len(digits) == 4 else 2000 + int(digits)  # noqa: PLR2004 - "FY27"
            expr = _fiscal_year(words, year)
        else:
            number = int(match.group("half"))
            expr = _months(
                words,
                int(match.group("half_y")),
                granularity=Granularity.YEAR,
                modifier=f"H{number}",
                first_month=6 * number - 5,
                months=6,
            )
        extra.append(_placed(expr, Span(start=match.start(), end=match.end())))
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda e: e.mention.start if e.mention is not None else -1)


def _placed(expr: TimeExpression, mention: Span) -> TimeExpression:
    """
    *expr* with *mention* as its place: ``attrs.evolve(expr, mention=mention)``, made directly.

    Every expression found gets its place; `attrs.evolve` walks the class's fields to copy
    them and costs about as much again as the constructor. The test suite checks that the
    fields named here are all of `TimeExpression`'s.
    """
    return TimeExpression(
        text=expr.text,
        year=expr.year,
        month=expr.month,
        day=expr.day,
        weekday=expr.weekday,
        granularity=expr.granularity,
        modifier=expr.modifier,
        start=expr.start,
        end=expr.end,
        mention=mention,
    )


def _matches(text: str, start: int, end: int, folded: str | None = None) -> Iterator[re.Match[str]]:
    """
    The matches `_PATTERN.finditer` would give over ``text[start:end]``, found faster.

    Every match contains a trigger and lies within `_REACH_BACK` / `_REACH_AHEAD` of it, so scanning only the
    merged neighbourhoods of the triggers finds the same matches in the same order.
    """
    region: list[int] | None = None
    for trigger_start, trigger_end in _trigger_spans(text, start, end):
        lo, hi = max(start, trigger_start - _REACH_BACK), min(end, trigger_end + _REACH_AHEAD)
        if region is not None and lo <= region[1]:
            region[1] = hi
            continue
        if region is not None:
            yield from _matches_from(_FINDER, text, region[0], region[1], folded)
        region = [lo, hi]
    if region is not None:
        yield from _matches_from(_FINDER, text, region[0], region[1], folded)


def _trigger_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """
    The spans of ``_TRIGGER.finditer(text, start, end)``, in text order.

    Its digits, capitalised words and lower-case words start with different characters and
    end where no word character follows a word, so no match of one part overlaps one of
    another: together they are `_TRIGGER`'s matches. Three scans that skip ahead cost a
    third of one that tries the alternation at every position.
    """
    spans = [found.span() for found in _TRIGGER_DIGITS.finditer(text, start, end)]
    spans += [found.span() for found in _TRIGGER_CAPITALISED.finditer(text, start, end)]
    # A lower-case trigger is one of these words as written: most searched texts hold none,
    # and a substring test costs a fraction of the scan.
    region = text[start:end]
    for word in _LOWER_TRIGGER_CORES:
        if word in region:
            first = _TRIGGER_LOWER_AT.match(text, start, end)
            if first is not None:
                spans.append(first.span())
            spans += [
                found.span(1)
                for found in _TRIGGER_LOWER.finditer(text, start, end)
                if not text[found.start()].isalnum()
            ]
            break
    spans.sort()
    return spans


#: Characters that case-insensitive matching equates with an ASCII letter although
#: ``str.lower`` keeps them apart (dotted and dotless i, long s): where one occurs, the
#: lower-cased text cannot stand for the text.
_FOLD_TRAPS = ("\u0130", "\u0131", "\u017f")


def _has_fold_trap(text: str) -> bool:
    """Whether *text* holds a `_FOLD_TRAPS` character (three substring tests, no generator)."""
    return "\u0130" in text or "\u0131" in text or "\u017f" in text


def _folded_region(text: str, start: int, end: int, folded_text: str | None) -> str | None:
    """
    ``text[start:end]`` lower-cased with its offsets and letters kept, or ``None`` if not.

    Sliced from *folded_text* (the whole text so lower-cased) when given; else lower-cased
    here, ``None`` when that changes a length or meets a `_FOLD_TRAPS` character.
    """
    if folded_text is not None:
        return folded_text[start:end]
    region = text[start:end]
    folded = region.lower()
    if len(folded) != len(region) or _has_fold_trap(region):
        return None
    return folded


def _starts_in(
    starts: re.Pattern[str],
    folded_starts: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    *,
    folded_text: str | None = None,
) -> list[int]:
    """
    Where *starts* matches in ``text[start:end]``.

    Past the first position the lower-cased region is searched with *folded_starts* (the
    same test, one character earlier), unless lower-casing does not keep the region's
    offsets and letters. The region is sliced from *folded_text*, the whole text
    lower-cased with its offsets kept (`find_dates_folded`), when given: only a final
    sigma may differ there, which no start pattern matches either way.
    """
    folded = _folded_region(text, start, end, folded_text)
    if folded is None:
        return [found.start() for found in starts.finditer(text, start, end)]
    found = [start] if starts.match(text, start, end) is not None else []
    # The start patterns test an ASCII class before the start: one outside ASCII is kept only
    # if it is no word character (the class stands for ``[^\w]``).
    found += [
        start + hit.end() for hit in folded_starts.finditer(folded) if not folded[hit.start()].isalnum()
    ]
    return found


class Finder(NamedTuple):
    """A large pattern with the cheap searches for where its matches can begin (see `_matches_from`)."""

    #: The pattern.
    pattern: re.Pattern[str]
    #: Matches at every word start where a match of *pattern* can begin (and maybe more).
    starts: re.Pattern[str]
    #: *starts* for lower-cased text, matching one character earlier (see `_starts_in`).
    folded_starts: re.Pattern[str]


def _matches_from(
    finder: Finder, text: str, start: int, end: int, folded_text: str | None = None
) -> Iterator[re.Match[str]]:
    """
    The matches of ``finder.pattern.finditer(text, start, end)``, tried only where a match can begin.

    A pattern of a dozen alternatives costs a microsecond or more at every word it is tried
    on; most words cannot begin a match, and the start searches (a cheap trie of the words
    that can, matched without case) pass over them in one scan (see `_starts_in`). ``match``
    at a start sees what ``finditer`` sees there (same string, same end), and a start inside
    the last match is skipped as ``finditer`` would skip it, so the result is the same as
    long as every match of the pattern begins where the start searches match.
    """
    pattern, starts, folded_starts = finder
    match = pattern.match
    position = start
    for at in _starts_in(starts, folded_starts, text, start, end, folded_text=folded_text):
        if at < position:
            continue
        found = match(text, at, end)
        if found is not None:
            yield found
            position = found.end()


def _mention(text: str, words: str, match: re.Match[str]) -> Span:
    """The span of *words* inside the match (the match may include a leading preposition)."""
    offset = text.find(words, match.start(), match.end())
    if offset < 0:
        offset = match.start()
        return Span(start=offset, end=match.end())
    return Span(start=offset, end=offset + len(words))


_FINDER = Finder(_PATTERN, _START, _START_FOLDED)
