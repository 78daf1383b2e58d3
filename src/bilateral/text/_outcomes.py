"""
What came out of a meeting: agreements, invitations, proposals, commitments, disagreements.

`find_outcomes` reads one sentence and reports each outcome cue it finds ("agreed that",
"extended an invitation to", "proposed", "pledged", "differing perspectives") with who it
comes from and who it is addressed to, as far as the sentence says. "they", "both" and "the
two leaders" stand for every participant of the meeting the outcome belongs to; the
meeting stage (`bilateral.text._meetings`) decides which meeting that is and fills in the
actor ids. Cues inside quotations are left alone: they report someone's words, not what
the sides did.

The module also holds `ActorRefs`, the small index of actor references (built once per
document from `Document.mentions`) that both this module and the meeting stage query by
span with a binary search, so that a stage stays linear in the length of the text.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import enum
import functools
import operator
import re
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from bilateral.model import (
    Agreement,
    Commitment,
    Country,
    Disagreement,
    Group,
    Invitation,
    Organization,
    OutcomeKind,
    Person,
    Proposal,
    Span,
)
from bilateral.text._dates import _MONTHS, _has_fold_trap, _trie
from bilateral.text._document import MentionKind
from bilateral.text._quotes import mark_positions
from bilateral.text._verbs import object_her

if TYPE_CHECKING:
    from collections.abc import Sequence

    from bilateral.model import Actor, Outcome, Place
    from bilateral.text._document import Document

__all__ = [
    "ActorRefs",
    "FoundOutcome",
    "Keyed",
    "Party",
    "Ref",
    "Scan",
    "find_outcomes",
    "fold",
    "make_outcome",
    "start_positions",
]


# -- the reference index ------------------------------------------------------------------


class Ref(NamedTuple):
    """
    One reference to actors in the text ("Gustavo Petro", "he", "the two leaders").

    A named tuple rather than an attrs class: a long article has tens of thousands, and
    they are built on every run.
    """

    start: int
    end: int
    #: The actors referred to (several for "both", "the two leaders").
    actors: tuple[str, ...]
    kind: MentionKind
    #: Followed by "'s" / "'s": a possessor ("Suga's visit").
    possessive: bool = False


#: Pronouns and plural expressions that may stand for participants when the entity stage
#: left them without a mention; they are resolved with `bilateral.text._coref`.
_ANAPHOR = re.compile(
    r"\b(?:he|she|him|his|her|they|them|their|both(?:\s+(?:leaders|sides|men|presidents|ministers))?"
    r"|the\s+(?:two|three)\s+(?:leaders|presidents|prime\s+ministers|ministers|sides|men|women|"
    r"officials|heads\s+of\s+state|counterparts|diplomats|delegations))\b",
    re.IGNORECASE,
)
#: `_ANAPHOR` for the lower-cased text (`fold`): the same matches, and each alternative
#: begins with a literal letter, so that the engine skips ahead to those letters instead of
#: trying the pattern at every position. A letter followed by ``(?<!\w\w)`` is a letter
#: with ``\b`` before it.
_ANAPHOR_FOLDED = re.compile(
    r"h(?<!\w\w)(?:e|im|is|er)\b|s(?<!\w\w)he\b"
    r"|t(?<!\w\w)he(?:y|m|ir|\s+(?:two|three)\s+(?:leaders|presidents|prime\s+ministers|ministers|sides|men|"
    r"women|officials|heads\s+of\s+state|counterparts|diplomats|delegations))\b"
    r"|b(?<!\w\w)oth(?:\s+(?:leaders|sides|men|presidents|ministers))?\b"
)
_PLURAL_WORDS = frozenset({"they", "them", "their"})
_POSSESSIVE_WORDS = frozenset({"his", "her", "their", "its"})
_LONGEST_POSSESSIVE = max(map(len, _POSSESSIVE_WORDS))
_APOSTROPHES = frozenset({"'", "\u2019"})
_POSSESSIVE_AFTER = re.compile(r"[\u2019']s?\b")
_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"
_QUOTE_STRAIGHT = '"'


_QUOTE_MARK = re.compile(r'“|”|"|\n\s*\n')
#: A paragraph break: a `_QUOTE_MARK` match that starts with a line break.
_BLANK_LINE = re.compile(r"\n\s*\n")
#: The characters a `_QUOTE_MARK` match starts with.
_QUOTE_MARK_STARTS = _QUOTE_OPEN + _QUOTE_CLOSE + _QUOTE_STRAIGHT + "\n"


def _quote_marks(text: str) -> list[tuple[int, int, str]]:
    """
    The matches of `_QUOTE_MARK` in *text*, as ``(start, end, mark)``.

    Found by `mark_positions` (a ``str.find`` per character a match starts with, a
    ``memchr`` over the text, far cheaper than the regex engine testing a character class at
    every position); a line break is a match where `_BLANK_LINE` matches from it, and the
    line breaks inside that match are passed over, as ``finditer`` passes over them.
    """
    marks: list[tuple[int, int, str]] = []
    blank_end = 0
    for at in mark_positions(text, _QUOTE_MARK_STARTS):
        char = text[at]
        if char != "\n":
            marks.append((at, at + 1, char))  # a quote mark is never inside a blank line
        elif at >= blank_end and (blank := _BLANK_LINE.match(text, at)) is not None:
            blank_end = blank.end()
            marks.append((at, blank_end, "\n"))
    return marks


def _quote_ranges(text: str) -> list[tuple[int, int]]:
    """
    Quoted stretches of *text*, in one linear pass.

    Curly quotes pair “ with ”; straight quotes toggle. A quote never runs past the end of
    its paragraph (a blank line), so one stray mark cannot swallow the rest of the article.
    """
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    for start, end, char in _quote_marks(text):
        if char == _QUOTE_OPEN or (char == _QUOTE_STRAIGHT and opened is None):
            opened = start
        elif char in {_QUOTE_CLOSE, _QUOTE_STRAIGHT}:
            if opened is not None:
                ranges.append((opened, end))
            opened = None
        else:  # a paragraph break closes an unterminated quote
            if opened is not None:
                ranges.append((opened, start))
            opened = None
    if opened is not None:
        ranges.append((opened, len(text)))
    return ranges


def fold(text: str) -> str | None:
    """
    *text* in lower case, when every offset in it is the same as in *text*, else ``None``.

    That is when no character lower-cases to several (``"\u0130".lower()`` has two) and
    none is one of `bilateral.text._dates._FOLD_TRAPS`: then a word found in the result at
    an offset is the word a case-insensitive regex sees there.
    """
    folded = text.lower()
    if len(folded) != len(text) or _has_fold_trap(text):
        return None
    return folded


#: Every `Keyed` made, in order of creation: the start words of all of them are found in a
#: document in one pass (see `start_positions`).
_REGISTRY: list[Keyed] = []


@attrs.frozen(eq=False)  # hashed by identity: a document's scans are looked up per sentence
class Keyed:
    """
    A cue regex with the words that find it fast (see `Scan`).

    Both word lists are lower case and checked by the module's tests against the regex: the
    regex starts with a word boundary, and each start word with a letter.
    """

    #: The regex (case-insensitive, as the stages write them).
    pattern: re.Pattern[str]
    #: A sentence is searched only when one of these occurs in it (the stages' filter: it
    #: decides what is found, so it is kept as it is).
    gate: tuple[str, ...]
    #: Every match starts with one of these.
    starts: tuple[str, ...]
    #: Start words that are common words and begin a match only before one of a few words
    #: (after white space): "to" before "resolve" or "discuss", "has" before "signed". Their
    #: other occurrences are not searched. Checked against the regex by the tests.
    follows: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __attrs_post_init__(self) -> None:
        _REGISTRY.append(self)


#: A gate end for a start word that holds no gate word: beyond any sentence.
_NO_GATE = 1 << 62


class _StartIndex(NamedTuple):
    """The compiled search for the start words of several `Keyed`."""

    keyeds: tuple[Keyed, ...]
    #: A start word right after a character that is not an ASCII letter, digit or underscore
    #: (group 1): every character that is not a word character is one, and the engine tests
    #: that class far faster than ``[^\w]`` (a Unicode category test per character). A
    #: match after a word character outside ASCII ("é") is dropped by `_start_hits`.
    after_boundary: re.Pattern[str]
    #: A start word at the very start of the text.
    at_start: re.Pattern[str]
    #: For each keyed, the words the search can give that begin with one of its start
    #: words, each with where its first gate word ends inside it (`_NO_GATE` if none).
    owned: tuple[dict[str, int], ...]


def _gate_end(word: str, gate: tuple[str, ...]) -> int:
    """Where the earliest-ending gate word inside *word* ends (`_NO_GATE` when none is inside)."""
    ends = [word.find(g) + len(g) for g in gate if g in word]
    return min(ends) if ends else _NO_GATE


@functools.cache
def _start_index(keyeds: tuple[Keyed, ...]) -> _StartIndex:
    words = {word for keyed in keyeds for word in keyed.starts}
    # A start word is looked for only before its followers when every regex that starts
    # with it says so, with the same followers (a word a regex has without them is wanted
    # everywhere).
    tails: dict[str, str] = {}
    for word in words:
        said = {dict(keyed.follows).get(word) for keyed in keyeds if word in keyed.starts}
        followers = said.pop() if len(said) == 1 else None
        if followers:
            tails[word] = rf"(?=\s+(?:{'|'.join(followers)}))"
    trie = _trie(words, tails)
    # A regex owns the hits of its start words and of longer words they begin ("talk" in
    # "talks"), except where its start word wants followers: "to" (before "resolve", ...)
    # does not own "told".
    owned = tuple(
        {
            word: _gate_end(word, keyed.gate)
            for word in words
            if any(word == s or (word.startswith(s) and s not in dict(keyed.follows)) for s in keyed.starts)
        }
        for keyed in keyeds
    )
    return _StartIndex(keyeds, re.compile(rf"[^0-9_a-z]({trie})"), re.compile(trie), owned)


def _start_hits(folded: str, keyeds: Sequence[Keyed]) -> list[tuple[list[int], list[int]]]:
    """For each of *keyeds*: `start_positions`, and where a gate word inside each start word ends."""
    index = _start_index(tuple(keyeds))
    # One pass for every keyed; the (few dozen) hits are then dealt out per keyed.
    # The start words after a character that is not a word character: the ones ``[^\w](...)``
    # finds. A dropped match (after "é") hides none: the start word in it is all letters.
    hits = [
        (match.start(1), match.group(1))
        for match in index.after_boundary.finditer(folded)
        if not folded[match.start()].isalnum()
    ]
    first = index.at_start.match(folded)
    if first is not None:
        hits.insert(0, (0, first.group()))
    out: list[tuple[list[int], list[int]]] = []
    for owned in index.owned:
        mine = [(at, at + owned[word]) for at, word in hits if word in owned]
        out.append(([at for at, _ in mine], [gate for _, gate in mine]))
    return out


def start_positions(folded: str, keyeds: Sequence[Keyed]) -> dict[Keyed, list[int]]:
    """
    For each of *keyeds*, the sorted offsets in *folded* where a word starts with one of its start words.

    Only word starts count: every cue regex begins with a word boundary before a letter,
    so it cannot match inside a word ("at" in "that"). One regex pass finds them all: a
    trie of every start word, tried only after a character that is not a word character
    (which the engine skips to at C speed), gives the longest start word at each word
    start; the keyeds owning one of its prefixes get the offset. Finding each word with
    ``str.find`` cost a pass over the document per word.

    Args:
        folded: The document in lower case (`fold`).
        keyeds: The regexes whose start words are wanted.
    """
    return {keyed: starts for keyed, (starts, _) in zip(keyeds, _start_hits(folded, keyeds), strict=True)}


class Scan:
    """
    The matches of one `Keyed` regex in the sentences of one document.

    A large alternation of words costs time at every character it is tried on. Its
    matches all start with a few known words, which one pass over the lower-cased
    document finds at word starts, once (`start_positions`); the regex is then tried only
    where one of them starts (``pattern.match`` there is what ``finditer`` would find
    there), and the gate words are looked for only in sentences that hold a match whose
    start word does not already contain one. The result is the same as filtering each
    sentence by `Keyed.gate` and running ``finditer`` over it, in time linear in the
    document.
    """

    def __init__(
        self, text: str, folded: str | None, keyed: Keyed, hits: tuple[list[int], list[int]] | None = None
    ) -> None:
        """
        Prepare the search of *keyed* in *text*.

        Args:
            text: The document.
            folded: The document in lower case (`fold`), or ``None`` when it cannot be.
            keyed: The regex to find.
            hits: Where its start words begin in *folded* (`start_positions`) and where
                the gate word inside each ends, when found along with other regexes'.
        """
        self.text = text
        self.folded = folded
        self.keyed = keyed
        if folded is None:
            hits = ([], [])
        elif hits is None:
            hits = _start_hits(folded, (keyed,))[0]
        self._starts, self._gate_ends = hits

    @property
    def exact(self) -> bool:
        """Whether the document could be folded whole (else each sentence is searched)."""
        return self.folded is not None

    def possible(self, start: int, end: int) -> bool:
        """Whether `matches` may find anything in ``[start, end)`` (no start word there: it cannot)."""
        if self.folded is None:
            return True
        starts = self._starts
        i = bisect.bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def matches(self, start: int, end: int, folded: str | None = None) -> list[re.Match[str]]:
        """
        The regex's matches in ``[start, end)``, none when no gate word occurs there.

        Args:
            start: Where the sentence starts.
            end: Where it ends.
            folded: The sentence in lower case, when the caller has it already.
        """
        keyed = self.keyed
        text = self.text
        if self.folded is None:
            if folded is None:
                folded = text[start:end].lower()
            if not any(word in folded for word in keyed.gate):
                return []
            return list(keyed.pattern.finditer(text, start, end))
        found: list[re.Match[str]] = []
        match = keyed.pattern.match
        starts = self._starts
        gate_ends = self._gate_ends
        position = start
        # A match whose start word holds a gate word inside the sentence passes the gate
        # without looking for the gate words in the sentence.
        gated = False
        i = bisect.bisect_left(starts, start)
        count = len(starts)
        while i < count:
            at = starts[i]
            if at >= end:
                break
            if at >= position:
                hit = match(text, at, end)
                if hit is not None:
                    found.append(hit)
                    position = hit.end()
                    gated = gated or gate_ends[i] <= end
            i += 1
        if found and not gated:
            if folded is None:
                folded = self.folded[start:end]
            if not any(word in folded for word in keyed.gate):
                return []
        return found


_START = operator.itemgetter(0)
_END = operator.itemgetter(1)


def _ref_order(ref: Ref) -> tuple[int, int]:
    """Text order, the outer of two references that start together first."""
    return ref.start, -ref.end


class ActorRefs:
    """
    Actor references, places and quotations of one document, queried by span.

    Built once per document; every query is a binary search plus the items it returns.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.actors: dict[str, Actor] = {a.id: a for a in doc.actors}
        self.places: dict[str, Place] = {p.id: p for p in doc.places}
        #: Sides learnt from the text for actors of no known country: "a U.S. delegation led
        #: by special envoy Richard Grenell" puts Grenell on the U.S. side.
        self.sides: dict[str, str] = {}
        refs: list[Ref] = []
        place_refs: list[tuple[int, int, str]] = []
        # Tens of thousands of mentions in a long article: locals, and no generator for the
        # common mention of one known actor.
        text, known, places = self.text, self.actors, self.places
        new_ref = tuple.__new__  # a Ref without the Python-level `__new__` of NamedTuple
        for mention in doc.mentions:
            span = mention.span
            start, end = span.start, span.end
            place = mention.place
            if place is not None and place in places:
                place_refs.append((start, end, place))
            actors = mention.actors
            if not actors:
                continue
            if len(actors) == 1:
                if actors[0] not in known:
                    continue
            else:
                actors = tuple(a for a in actors if a in known)
                if not actors:
                    continue
            possessive = (
                text[end : end + 1] in _APOSTROPHES and _POSSESSIVE_AFTER.match(text, end) is not None
            ) or (
                end - start <= _LONGEST_POSSESSIVE
                and (word := text[start:end].casefold()) in _POSSESSIVE_WORDS
                # "met her on Monday": an object, not "her counterpart".
                and not (word == "her" and object_her(text, end))
            )
            refs.append(new_ref(Ref, (start, end, actors, mention.kind, possessive)))
        # Text order, the outer of two references that start together first (`_ref_order`):
        # two sorts on C-level keys, the second stable, cost less than one on a Python key.
        refs.sort(key=_END, reverse=True)
        refs.sort(key=_START)
        place_refs.sort()
        self._refs = refs
        self._starts = [r.start for r in refs]
        self._places = place_refs
        self._place_starts = [p[0] for p in place_refs]
        quotes = _quote_ranges(self.text)
        self._quote_starts = [q[0] for q in quotes]
        self._quote_ends = [q[1] for q in quotes]
        self._resolved: dict[tuple[int, int], tuple[str, ...]] = {}
        #: The text in lower case with the same offsets (`fold`), or ``None``.
        self.folded = fold(self.text)
        self._scans: dict[Keyed, Scan] = {}

    def scan(self, keyed: Keyed) -> Scan:
        """The `Scan` of *keyed* over this document (made once, with every other `Keyed`'s)."""
        found = self._scans.get(keyed)
        if found is None:
            folded = self.folded
            if folded is not None and keyed in _REGISTRY:
                # One pass finds the start words of every cue regex; each is scanned anyway.
                for other, hits in zip(_REGISTRY, _start_hits(folded, _REGISTRY), strict=True):
                    self._scans.setdefault(other, Scan(self.text, folded, other, hits))
                found = self._scans[keyed]
            else:
                found = self._scans[keyed] = Scan(self.text, folded, keyed)
        return found

    def in_quote(self, position: int) -> bool:
        """Whether *position* lies inside a quotation."""
        i = bisect.bisect_right(self._quote_starts, position) - 1
        return i >= 0 and position < self._quote_ends[i]

    def refs(self, start: int, end: int, *, anaphors: bool = True) -> list[Ref]:
        """
        References that start in ``[start, end)``, in text order (outer before nested).

        With *anaphors*, pronouns and plural expressions the entity stage left without a
        mention are resolved with the coreference helper and included.
        """
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        found = [r for r in self._refs[lo:hi] if r.end <= end]
        if anaphors:
            extra = self._anaphors(start, end, found)
            if extra:
                found = sorted([*found, *extra], key=_ref_order)
        return found

    def _anaphors(self, start: int, end: int, known: list[Ref]) -> list[Ref]:
        extra: list[Ref] = []
        folded = self.folded
        pattern, text = (_ANAPHOR, self.text) if folded is None else (_ANAPHOR_FOLDED, folded)
        for match in pattern.finditer(text, start, end):
            s, e = match.span()
            if any(r.start < e and s < r.end for r in known):
                continue
            actors = self.resolve(s, e)
            if not actors:
                continue
            word = match.group().casefold()
            plural = len(actors) > 1 or word in _PLURAL_WORDS or " " in word or word == "both"
            kind = MentionKind.PLURAL if plural else MentionKind.PRONOUN
            possessive = word in {"his", "her", "their"} and not (word == "her" and object_her(text, e))
            extra.append(Ref(s, e, actors, kind, possessive))
        return extra

    def resolve(self, start: int, end: int) -> tuple[str, ...]:
        """Resolve the expression at ``[start, end)`` to actor ids (cached)."""
        key = (start, end)
        if key not in self._resolved:
            from bilateral.text._coref import resolve_speaker  # noqa: PLC0415 - a sibling stage's helper

            ids = tuple(a for a in resolve_speaker(self.doc, Span(start=start, end=end)) if a in self.actors)
            self._resolved[key] = ids
        return self._resolved[key]

    def places_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Place mentions ``(start, end, place id)`` inside ``[start, end)``."""
        lo = bisect.bisect_left(self._place_starts, start)
        hi = bisect.bisect_left(self._place_starts, end)
        return [p for p in self._places[lo:hi] if p[1] <= end]

    def code(self, actor_id: str) -> str:
        """The side an actor is on: its country code, or its own id when it has none."""
        actor = self.actors[actor_id]
        return actor.country or self.sides.get(actor_id) or actor.id

    def is_person(self, actor_id: str) -> bool:
        """Whether the actor is a named individual."""
        return isinstance(self.actors.get(actor_id), Person)

    def is_country(self, actor_id: str) -> bool:
        """Whether the actor is a state."""
        return isinstance(self.actors.get(actor_id), Country)

    def is_group(self, actor_id: str) -> bool:
        """Whether the actor is a delegation or an unnamed set of people."""
        return isinstance(self.actors.get(actor_id), Group)

    def is_organization(self, actor_id: str) -> bool:
        """Whether the actor is an organization."""
        return isinstance(self.actors.get(actor_id), Organization)


# -- outcomes -----------------------------------------------------------------------------


class Party(enum.Enum):
    """Who an outcome involves when the sentence does not name them."""

    #: Every participant of the meeting ("they", "both", "the two leaders").
    ALL = "all"
    #: The participants other than the ones it comes from (the other side).
    OTHERS = "others"


# Enum members read per sentence and mention, bound once: a module constant is read
# several times faster than an enum member's attribute in Python 3.11.
_MENTION_DEMONYM: Final = MentionKind.DEMONYM
_MENTION_PLURAL: Final = MentionKind.PLURAL
_OUTCOME_AGREEMENT: Final = OutcomeKind.AGREEMENT
_OUTCOME_COMMITMENT: Final = OutcomeKind.COMMITMENT
_OUTCOME_DISAGREEMENT: Final = OutcomeKind.DISAGREEMENT
_OUTCOME_INVITATION: Final = OutcomeKind.INVITATION
_OUTCOME_PROPOSAL: Final = OutcomeKind.PROPOSAL
_PARTY_ALL: Final = Party.ALL
_PARTY_OTHERS: Final = Party.OTHERS


@attrs.frozen
class FoundOutcome:
    """An outcome cue in a sentence, before it is attached to a meeting."""

    kind: OutcomeKind
    #: Actor ids it comes from, or `Party.ALL`.
    by: tuple[str, ...] | Party
    #: Actor ids it is addressed to, or `Party.OTHERS` (the meeting decides).
    to: tuple[str, ...] | Party
    #: A short statement: the cue and what follows it in its clause.
    text: str
    #: The subject (when found) through the end of the clause.
    evidence: Span
    #: Where the cue lies (used to find the meeting nearest to it).
    cue: Span


_CUE = re.compile(
    r"""
    (?P<agreement>
        # "agreed to", and in the wire style that puts the day after the verb, "agreed (on)
        # Saturday to", "agreed today that" (AP and Kyodo drop the "on" before a weekday).
        # "agreed on Nov. 3 to", "agreed on 3 November that": a date the same way.
        \b(?:agreed|agrees|agreeing)\b(?=\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+
        |(?:today|yesterday)\s+
        |(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?,?\s+
        |(?:on\s+)?\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?,?\s+
        )?(?:that|to|on|upon|in\s+principle|with)\b)
      # "reached an agreement", and without the article: "reached agreement on quotas".
      | \breached\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?
        (?:agreement|deal|accord|understanding|consensus|compromise)\b
      # "announced an agreement to reopen the crossing", "hammered out a deal", "came to an
      # understanding": the deal named as the thing done.
      | \b(?:announced|unveiled|finali[sz]ed|hammered\s+out|came\s+to)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?
        (?:agreements?|deals?|accords?|pacts?|ceasefire|truce|understanding)\b
        (?!\s+(?:had|has|have|was|were|is|would|will)\b)  # "announced the deal had collapsed"
      # "inked seven MoUs", "sealed two deals" (PTI and ANI count what was signed).
      | \b(?:struck|sealed|clinched|concluded|inked)\s+
        (?:an?|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+dozen)\s+(?:[\w-]+\s+){0,2}?
        (?:agreements?|deals?|accords?|pacts?|mous?|memorand(?:um|a|ums)|treat(?:y|ies))\b
      # "The two prime ministers exchanged seven MoUs", "exchanged the signed agreements":
      # the hand-over of documents at a signing ceremony ("exchanged views" is none).
      | \bexchanged\s+(?:(?:an?|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+)?
        (?:[\w-]+\s+){0,2}?(?:agreements|accords|pacts|mous|memorand(?:um|a|ums)|treaties)\b
      | \b(?:signed|have\s+signed|has\s+signed)\b
      # "The consultations produced a declaration on rail links", "adopted a joint statement".
      | \b(?:produced|yielded|adopted|issued)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?
        (?:agreements?|declarations?|deals?|accords?|communiqu[e\u00e9]s?|statements?|roadmaps?)\b
      | \b(?:witnessed|oversaw|attended|presided\s+over)\s+the\s+(?:signing|exchange)\s+of\b
      | \b(?:elevated|upgraded|raised)\s+(?:their\s+|its\s+|bilateral\s+|the\s+)?
        (?:ties|relations|relationship|partnership)\b
      # "the two countries decided to conclude talks by March": said of both sides only.
      | (?P<decided>\b(?:decided|resolved)\s+to\b)
    )
  | (?P<invitation>
        \b(?:extended|issued|renewed|made|conveyed|delivered|handed|passed\s+on)\s+(?:an?\s+)?(?:[\w-]+\s+)?invitation\b
      | \binvited\b
      # "Rubio accepted an invitation from Tuggar": the inviter follows, the subject is invited.
      | (?P<accepted>\baccept(?:ed|s)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?invitation\s+(?:from|of|by)\b)
      # "Hegseth accepted Teodoro's invitation", "accepted his counterpart's invitation".
      | (?P<accepted_own>\baccept(?:ed|s)\s+
        (?:(?:(?-i:[A-Z])[\w.-]*\s+){0,3}(?-i:[A-Z])[\w.-]*|(?:his|her|their)\s+(?:[\w-]+\s+)?counterpart)
        ['\u2019]s\s+(?:[\w-]+\s+)?invitation\b)
      # "Xi accepted an invitation to visit Kenya": the other side invited him ("accepted the
      # invitation" refers back to one already reported).
      | (?P<accepted_bare>\baccept(?:ed|s)\s+an\s+(?:[\w-]+\s+)?invitation\b)
    )
  | (?P<proposal>
        # "a proposed halt", "the proposed deal": an adjective, no proposal made here.
        \bproposed\b(?<!\ba\sproposed)(?<!\ban\sproposed)(?<!\bthe\sproposed)(?<!\bits\sproposed)
        (?<!\btheir\sproposed)(?<!\bhis\sproposed)(?<!\bher\sproposed)
      # "suggested a summit", "suggested that", "suggested creating a joint fund".
      | \bsuggested\s+(?:an?|that|(?!(?:nothing|something|anything|everything|growing|rising
        |mounting|increasing|declining|falling|worsening|improving|lingering|ongoing|during)\b)[a-z]+ing)\b
      | \bput\s+forward\b
      # "presented a proposal to create a joint company", "tabled a peace plan".
      | \b(?:presented|submitted|tabled)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?
        (?:proposals?|plan|initiative|offer)\b
      | \bfloated\s+(?:an?|the)\b
      | \boffered\s+to\b
      | \bmade\s+an?\s+(?:[\w-]+\s+)?(?:proposal|offer)\b
      # "Rubio welcomed Indonesia's offer to host a conference": the possessor proposed it,
      # to the subject (see `find_outcomes`).
      | (?P<welcomed_own>\bwelcomed\s+(?=(?:(?-i:[A-Z])[\w.-]*\s+){0,3}(?-i:[A-Z])[\w.-]*['\u2019]s\s+
        (?:[\w-]+\s+)?(?:offer|proposal)\b))
    )
  | (?P<commitment>
        \b(?:pledged|vowed|promised)\b
      # "..., pledging to deepen security cooperation": the clause's subject pledges.
      | \b(?:pledging|vowing|promising)\s+(?=to\b|an?\b|more\b|further\b|\$)
      | \bcommitted\s+to\b
      # Xinhua and the Gulf agencies: "expressed readiness to", "expressed China's readiness
      # to work with", "expressed his willingness to host the next round".
      | \bexpressed\s+(?:(?:his|her|its|their)\s+|(?-i:[A-Z])[\w.-]*['\u2019]s\s+)?
        (?:full\s+|firm\s+|strong\s+)?(?:readiness|willingness)\s+to\b
      # "announced debt restructuring assistance", "announced new loans" ("announced a pause
      # in aid", "an aid freeze" are none).
      | \bannounced\s+(?:an?\s+|the\s+)?(?:(?!in\b|of\b|to\b|on\b|for\b)[\w-]+\s+){0,2}?
        (?:aid|assistance|grants?|loans?|funding|lines?\s+of\s+credit|credit\s+lines?)\b
        (?!\s+(?:freeze|cuts?|pause|suspension)\b)
      # "announced $80 million in security assistance", "announced Rs 5,000 crore in budgetary
      # support", "announced a $60m grant", "announced 30 million Australian dollars in funding":
      # a sum given ("announced $3 billion in tariffs", "a $2 billion deficit" are none).
      | \bannounced\s+(?:an?\s+(?:new\s+|additional\s+|further\s+)?|another\s+|(?:an\s+)?additional\s+)?
        (?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+)?
        (?:(?:(?:US\s?)?\$|\u20ac|\u00a3|\u00a5)\s?|(?-i:Rs)\.?\s?|(?-i:USD|EUR|INR|CNY|JPY|AED|SAR)\s?)\d[\d,.]*
        (?:\s?(?:million|billion|trillion|crore|lakh|bn|mn|m)\b)?
        (?:\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:dollars|euros|pounds|yen|yuan|rupees|riyals|dirhams|rubles|won)\b)?
        \s+(?:(?:in|of|worth\s+of|for)\s+)?(?:(?!in\b|of\b|to\b|on\b|for\b)[\w-]+\s+){0,3}?
        (?:aid|assistance|support|funding|financing|grants?|loans?|credit|relief|investments?|package)\b
        (?!\s+(?:freeze|cuts?|pause|suspension)\b)
      | \bannounced\s+(?:an?\s+(?:new\s+|additional\s+|further\s+)?|another\s+)?
        (?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|up\s+to\s+)?\d[\d,.]*\s+
        (?:million|billion|trillion|crore|lakh)\s+(?:(?-i:[A-Z])[a-z]+\s+)?
        (?:dollars|euros|pounds|yen|yuan|rupees|riyals|dirhams|rubles|won)\s+
        (?:(?:in|of|worth\s+of)\s+)?(?:(?!in\b|of\b|to\b|on\b|for\b)[\w-]+\s+){0,3}?
        (?:aid|assistance|support|funding|financing|grants?|loans?|credit|relief|investments?)\b
        (?!\s+(?:freeze|cuts?|pause|suspension)\b)
      # "reaffirmed Egypt's commitment to", "affirmed the Kingdom's firm commitment to".
      | \b(?:reaffirmed|reiterated|renewed|affirmed)\s+
        (?:their|his|her|its|(?:the\s+)?(?-i:[A-Z])[\w.-]*['\u2019]s)\s+(?:[a-z]+\s+)?commitments?\b
      | \bassured\b
      # Gulf agencies: "affirming that the Sultanate "will spare no effort" to ...", "affirmed
      # that the Kingdom will continue to support ...": a pledge of the speaker's state.
      | \b(?:reaffirmed|affirmed|reaffirming|affirming)\s+that\s+
        (?=(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){1,3}["\u201c]?(?:would|will)\s+(?=["\u201c][\w-]+(?:\s[\w'\u2019-]+){0,5}["\u201d]\s+[a-z]|[a-z])["\u201c]?(?!be\b|have\b|not\b|never\b)[a-z])
      | \bannounced\s+that\b(?=[^.;]{0,120}?\b(?:will|would)\b)
      | \b(?:said|says)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?that\s+
        (?=(?:it|he|she|they)\s+(?:would|will)\s+(?=["\u201c][\w-]+(?:\s[\w'\u2019-]+){0,5}["\u201d]\s+[a-z]|[a-z])["\u201c]?(?!be\b|have\b|not\b|never\b)[a-z])
      # "Milei said Argentina would cut export taxes", "said his government will": a pledge of
      # the speaker's own state; `find_outcomes` checks that the state named is the speaker's
      # ("Lavrov said Ukraine would ..." is no pledge of Lavrov's).
      # "Macron told reporters France would open ...": the press told, as "said".
      | (?P<said_own>\b(?:said|says|added|adding|adds|confirmed|confirming
        |told\s+(?:reporters|journalists))\s+
        (?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:that\s+)?
        (?=(?:(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*)?
        |(?:his|her|its|their)\s+(?:country|government|nation|administration))
        (?:\s+["\u201c]?(?:would|will)\s+(?=["\u201c][\w-]+(?:\s[\w'\u2019-]+){0,5}["\u201d]\s+[a-z]|[a-z])["\u201c]?(?!be\b|have\b|not\b|never\b|remain\b|stay\b)[a-z]
        # Xinhua's "Xi said China is willing to work with Vietnam to ...", "stands ready to".
        |\s+(?:is|was)\s+(?:willing|ready|prepared)\s+to\s|\s+stands\s+ready\s+to\s)))
      # "Nakatani told Giang that Japan would provide patrol vessels": a pledge to the one told.
      # (The match ends after "told": the rest is a lookahead, `_TOLD_TAIL` finds its "that".)
      | (?P<told>\btold\s+(?=(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,5}that\s+
        (?:it|he|she|they|(?-i:[A-Z])[\w.-]*)\s+(?:would|will)\s+(?=["\u201c][\w-]+(?:\s[\w'\u2019-]+){0,5}["\u201d]\s+[a-z]|[a-z])["\u201c]?(?!be\b|have\b|not\b|never\b)[a-z]))
    )
  | (?P<disagreement>
        \bdiffering\s+(?:perspectives|views|positions|approaches|opinions|stances)\b
      | \b(?:disagreed|disagree|disagrees)\b
      | \bclashed\s+(?:over|on|about)\b
      | \bdifferences\s+(?:over|on|about)\b
      | \bat\s+odds\b
      # "The two sides remained divided over the territory", "remain far apart on tariffs".
      # Said of both sides only ("Spaniards are divided over" is no outcome): see `find_outcomes`.
      | (?P<divided>\b(?:remain(?:ed|s)?|are|were)\s+(?:still\s+|deeply\s+|sharply\s+)?
        (?:(?:divided|split)\s+(?:over|on|about)\b|far\s+apart\b))
      | \bfailed\s+to\s+(?:agree|reach)\b
      # "The two sides did not reach an agreement on the issue", "could not agree on".
      | \b(?:did|could)(?:\s+not\s+|n[\u2019']t\s+)(?:agree|reach)\b
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: Substrings (lower case) one of which every cue contains.
_CUE_KEYS = (
    "told",
    "produced",
    "yielded",
    "adopted",
    "issued",
    "accept",
    "agree",
    "reached",
    "struck",
    "sealed",
    "clinched",
    "concluded",
    "inked",
    "signed",
    "signing",
    "exchange",
    "elevated",
    "upgraded",
    "raised",
    "invit",
    "propos",
    "suggested",
    "put forward",
    "floated",
    "offered",
    "welcomed",
    "made a",
    "pledged",
    "vowed",
    "promised",
    "pledging",
    "vowing",
    "promising",
    "commit",
    "readiness",
    "willingness",
    "affirm",
    "assured",
    "announced",
    "said",
    "added",
    "adding",
    "adds",
    "says",
    "confirmed",
    "confirming",
    "differ",
    "decided",
    "resolved to",
    "divided",
    "split",
    "far apart",
    "unveiled",
    "finalized",
    "finalised",
    "hammered",
    "came to",
    "presented",
    "submitted",
    "tabled",
    "clashed",
    "at odds",
    "failed to",
    "not agree",
    "not reach",
    "t agree",
    "t reach",
)
#: Every `_CUE` match starts with one of these (lower case).
_CUE_STARTS = (
    "told",
    "produced",
    "yielded",
    "adopted",
    "accept",
    # Not "agree": the noun "agreement" would be tried everywhere.
    "agreed",
    "agrees",
    "agreeing",
    "reached",
    "struck",
    "sealed",
    "clinched",
    "concluded",
    "inked",
    "signed",
    "exchanged",
    "witnessed",
    "oversaw",
    "attended",
    "presided",
    "have",
    "has",
    "elevated",
    "upgraded",
    "raised",
    "extended",
    "issued",
    "renewed",
    "made",
    "conveyed",
    "delivered",
    "handed",
    "passed",
    "invited",
    "proposed",
    "suggested",
    "put",
    "floated",
    "offered",
    "welcomed",
    "pledged",
    "vowed",
    "promised",
    "pledging",
    "vowing",
    "promising",
    "committed",
    "expressed",
    "reaffirmed",
    "reiterated",
    "affirmed",
    "affirming",
    "reaffirming",
    "assured",
    "announced",
    "said",
    "added",
    "adding",
    "adds",
    "says",
    "confirmed",
    "confirming",
    "differ",
    "disagree",
    "decided",
    "resolved",
    "remain",
    "are",
    "were",
    "unveiled",
    "finali",
    "hammered",
    "came",
    "presented",
    "submitted",
    "tabled",
    "clashed",
    "at",
    "failed",
    "did",
    "could",
    "didn",
    "couldn",
)
#: What may follow "said" in a `_CUE` match (see `Keyed.follows`), on lower-cased text.
_SAID_FOLLOWERS = (
    "on",
    *("mon", "tues", "wednes", "thurs", "fri", "satur", "sun"),
    "that",
    (
        r"(?!(?:he|she|it|they|we|i|you)\s)(?:[\w.'\u2019-]+\s+){1,3}"
        r"(?:[\"\u201c]?(?:would|will)\b|(?:is|was)\s+(?:willing|ready|prepared)\b|stands\s+ready\b)"
    ),
)

_CUE_KEYED = Keyed(
    _CUE,
    _CUE_KEYS,
    _CUE_STARTS,
    follows=(
        ("at", ("odds",)),
        ("are", ("divided", "split", "still", "deeply", "sharply", "far")),
        ("were", ("divided", "split", "still", "deeply", "sharply", "far")),
        ("came", ("to",)),
        ("hammered", ("out",)),
        # "told reporters", "told VOA": only before a few words and "that" is a match tried.
        ("told", (r"(?:[\w.'\u2019-]+\s+){1,5}that\s", "reporters", "journalists")),
        # "said" is common: it starts a match only before a day, "that", or a short subject
        # and a modal ("said Argentina would", "said the United States will", "said China
        # is willing"); trying the regex after every "said" cost 2% of the pipeline.
        # "confirmed that Japan would invest": a pledge of the speaker's state as "said" is.
        *(
            (word, _SAID_FOLLOWERS)
            for word in ("said", "says", "added", "adding", "adds", "confirmed", "confirming")
        ),
        ("did", ("not", "n't", "n\u2019t")),
        ("could", ("not", "n't", "n\u2019t")),
        ("has", ("signed",)),
        ("have", ("signed",)),
        ("put", ("forward",)),
    ),
)
#: The outcome kind a `_CUE` group names (a dict lookup rather than an enum call per cue).
_KIND_OF_GROUP = {kind.value: kind for kind in OutcomeKind}
#: A modal passive before a cue: "could (only) be signed", "would be agreed".
_HYPOTHETICAL_PASSIVE = re.compile(
    r"\b(?:could|would|might|may|can|should|must)\s+(?:only\s+|not\s+|never\s+|first\s+)?be\s+$",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|no|without)\s+(?:\w+\s+)?$|n[\u2019']t\s+$", re.IGNORECASE)
#: Cues that take their addressee right after them: "invited X", "assured X", "invitation to X".
_ADDRESSED = frozenset({_OUTCOME_INVITATION, _OUTCOME_COMMITMENT, _OUTCOME_PROPOSAL})
_ADDRESSEE_WORDS = frozenset({"of", "the", "visiting", "his", "her", "their", "fellow"})
_ADDRESSEE_LEAD = re.compile(r"\s*(?:to\s+|from\s+\S+\s+to\s+)?(?:the\s+)?", re.IGNORECASE)
#: Subjects that stand for both sides when no mention says who they are.
_PLURAL_SUBJECT = re.compile(
    r"\b(?:they|both(?:\s+(?:sides|leaders|men|presidents|ministers|countries|governments))?"
    r"|the\s+(?:two\s+)?(?:leaders|sides|presidents|prime\s+ministers|ministers|men|delegations|"
    r"countries|governments|parties|heads\s+of\s+state)"
    # "The consultations also produced a declaration": the meeting speaks for its sides.
    r"|the\s+(?:talks|consultations|meeting|summit|negotiations|discussions)"
    r"|the\s+two\s+\w+)\b",
    re.IGNORECASE,
)
#: A counted set of documents as the subject of a passive "signed" (see `find_outcomes`):
#: "Six agreements were", "A number of MoUs have been", "Several memoranda were also".
_COUNTED_DOCUMENTS = re.compile(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+number\s+of"
    r"|a\s+series\s+of|a\s+raft\s+of|a\s+dozen)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements|accords|deals|mous|memorand(?:a|ums)|documents|treaties|contracts)"
    r"(?:\s+(?:on|for)\s+[^,;]{1,40}?)?\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?$",
    re.IGNORECASE,
)
#: What joins coordinated subjects: "A and B", "A, B and C", "A & B".
#: Between coordinated subjects: "A and B", "A, B", "A and his Brazilian counterpart B" (the
#: possessive is no reference of its own there).
_SUBJECT_JOIN = re.compile(r"\s*(?:,|,?\s*and(?:\s+(?:his|her|their|its))?|&)\s*")
#: Words the subject search may step over between the subject and the cue.
_SUBJECT_WINDOW = 140
#: The same for a verb coordinated with the clause's first ("... and agreed").
_COORDINATED_WINDOW = 3 * _SUBJECT_WINDOW
#: ";", ":", dashes, "(", "that", "while", "although", "though", "whereas", "because". Each
#: alternative begins with a literal character (see `_ANAPHOR_FOLDED`).
_CLAUSE_STOP = re.compile(
    r";|:|\u2014|\u2013|\(|t(?<!\w\w)h(?:at|ough)\b|w(?<!\w\w)h(?:ile|ereas)\b|a(?<!\w\w)lthough\b"
    r"|b(?<!\w\w)ecause\b"
)
#: Clause ends; a period after a capital is an abbreviation ("U.S. aid"), not an end.
#: A comma before the attribution of the sentence ends the outcome too: "agreed to raise
#: trade to $100 billion, Indian Foreign Secretary Vinay Kwatra told reporters".
#: Outcome verbs that, after "and", begin an outcome of their own (`_CLAUSE_END`).
_NEXT_CUE = (
    r"(?:agreed|signed|pledged|vowed|promised|invited|offered|proposed|announced|committed|accepted"
    r"|reaffirmed|extended|expressed|said|told|added)"
)
_CLAUSE_END = re.compile(
    # "Nov. 3": the abbreviated month's period before the day ends nothing.
    r"[;:\u2014\u2013(]|(?<![A-Z])[!?](?=\s|$)|(?<![A-Z])\.(?=\s|$)"
    r"(?!(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)\.)\s+\d)(?!(?<=\bSept\.)\s+\d)"
    r"|\s\bbut\b|\bwhile\b|\balthough\b"
    # "announced $40 million in relief and pledged to reopen the border": a second outcome.
    r"|\s\band\s+(?:also\s+)?" + _NEXT_CUE + r"\b"
    r"|,(?=\s+(?:according\s+to\b|(?:[\w.'\u2019-]+\s+){0,6}?"
    r"(?:said|says|told|reported|added|noted|stated|announced|confirmed)\b"
    # ", and Lula agreed to ...", ", and she accepted": a new clause with its own subject and verb.
    r"|and\s+(?:(?:he|she|they)\s+|(?:[A-Z][\w.'\u2019-]*\s+){1,4}?)(?:also\s+)?(?:[a-z]+ed|said|says|will|would)\b))"
)
_MAX_TEXT = 200
#: A verb coordinated with the clause's first one, sharing its subject: "... and promised".
_COORDINATED_VERB = re.compile(
    r"\b(?:and|but)\s+(?:(?:also|then|later|subsequently|jointly|together|[a-z]+ly)\s+)?$", re.IGNORECASE
)
#: A reporting verb: the clause after it has its own subject. Verbs that also take a plain
#: object ("announced $80 million in aid", "noted the progress") report a clause only before
#: "that".
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|told|tells|added|stated|(?:announced|reported|noted|confirmed)(?=\s+that\b))\b(?:\s+that\b)?",
    re.IGNORECASE,
)
#: A preposition right before a reference: an object, not a subject.
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|of|for|on|in|from|with|by|at|about|against|between|after|before)\s+(?:the\s+)?$", re.IGNORECASE
)


#: A document noun right before "signed", which is then a participle after it:
#: "the agreement signed ...", "a statement, signed by ...". ``other`` holds nouns of
#: documents that are no agreement between sides.
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:(?P<other>statements?|letters?|communiqu[e\u00e9]s?|decrees?|orders?|laws?|bills?|readouts?|"
    r"notes?|petitions?|releases?|resolutions?)"
    r"|agreements?|deals?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|a|ums)|mous?|contracts?|"
    r"declarations?|documents?|protocols?|charters?)"
    r",?\s+$",
    re.IGNORECASE,
)
#: Documents that are no agreement between sides, near the start of a noun phrase.
_OTHER_DOCUMENT = re.compile(
    r"\b(?:statement|letter|communiqu[e\u00e9]|decree|order|law|bill|readout|note|petition|release|resolution)s?\b",
    re.IGNORECASE,
)
#: A time after "signed" that puts the signing before the story's meeting. A month with no
#: day ("the contract signed in August") is one too: a signing at the story's meeting is
#: dated by its day ("signed on Tuesday"), a month recalls an earlier one.
_EARLIER_AFTER = re.compile(
    r"\s+(?:(?:last|the\s+previous)\s+(?:year|month|week|summer|spring|autumn|fall|winter)\b"
    r"|in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\b(?:\s+(?:19|20)\d\d\b)?|(?:19|20)\d\d\b)|(?:\w+\s+){1,2}ago\b|(?:earlier|previously|decades|years)\b)",
    re.IGNORECASE,
)
#: "in 2014", "in January 2022", "in September", "since 2022" (see `_earlier_act`): a month name is
#: capitalised, so that "in may" is no month.
_IN_DATE = (
    r"(?:in|since)\s+(?:(?P<month>(?-i:"
    + "|".join(calendar.month_name[1:])
    + r"))\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?|(?P<year2>(?:19|20)\d\d)\b)"
)
#: "last month", "earlier this year", "two years ago" ("last year's level" is no date).
_PAST_UNIT = (
    r"|(?P<past>(?:last|earlier\s+this)\s+(?:week|month|year)\b(?![\u2019'-])"
    r"|(?:a|one|two|three|four|five|several|\d{1,2})\s+(?:weeks|months|years?)\s+ago\b)"
)
_DATE_RIGHT_AFTER = re.compile(r"\s+(?:" + _IN_DATE + _PAST_UNIT + ")", re.IGNORECASE)
#: A year or a month name in an agreement's clause (`_earlier_act`), then checked for "in"
#: or "since" before it: the regex starts with a digit or a capital, which the search skips
#: ahead to.
_CLAUSE_DATE = re.compile(
    r"(?P<year2>(?:19|20)\d\d)\b|(?P<month>"
    + "|".join(calendar.month_name[1:])
    + r")\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_IN_BEFORE = re.compile(r"\b(?:in|since)\s+$", re.IGNORECASE)
#: A time that opens a sentence before its subject, with its comma: "In 2019, Turkey and
#: Iraq signed ...", "Back in March 2022, ...", "Last year, ...", "Two years ago, ...".
_FRONTED_DATE = re.compile(
    r"\s*(?:(?:back|also|and|but)\s+)?(?:" + _IN_DATE.replace("(?:in|since)", "in", 1) + _PAST_UNIT + r"),",
    re.IGNORECASE,
)
_PAST_IN_CLAUSE = re.compile(r"\b(?:" + _PAST_UNIT.removeprefix("|") + ")", re.IGNORECASE)
#: Quotation marks that open a quotation right before a word.
_OPENING_QUOTES = frozenset({'"', "\u201c"})
#: A passive before a cue ("was invited", "has also been invited") and the agent after it.
_PASSIVE_BE = re.compile(r"\b(?:was|were|been|is|are|being)\s+(?:also\s+|formally\s+|personally\s+)?$")
_BY_AGENT = re.compile(r"\s+by\s+")
#: "his Moroccan counterpart", "their hosts": the other side, named by its relation.
_COUNTERPART = re.compile(r"(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:counterparts?|hosts?)\b", re.IGNORECASE)
#: The one told and "that" after a "told" cue (`_CUE` checks them in a lookahead).
_TOLD_TAIL = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){1,5}that\s+")
#: The possessive ending of the possessor after "welcomed".
_POSSESSIVE_S = re.compile(r"['\u2019]s\s")
#: The modal after the subject of a "said <state> would" cue, and how far it may lie.
_MODAL = re.compile(r"\s+(?:[\"\u201c]?(?:would|will)|is|was|stands)\s")
_OWN_STATE_REACH = 60
#: A subject that is the speaker's own state whatever the story's actors are.
_OWN_STATE_WORDS = re.compile(r"(?:his|her|its|their)\s+(?:country|government|nation|administration)$")
#: Participle cues, which follow a comma and take the subject of the clause before it.
_PARTICIPLES = ("pledging", "vowing", "promising", "affirming", "reaffirming")
#: A non-restrictive relative clause right before a cue: ", who is on a visit to India, (also)".
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;]{0,120},\s*(?:\w+\s+)?$", re.IGNORECASE)


def _subject(refs: ActorRefs, sentence: Span, cue: int) -> tuple[tuple[str, ...] | Party | None, int | None]:
    """
    Who the cue at *cue* comes from: the nearest references before it in its clause.

    Coordinated subjects ("Trump and Zelenskyy") are taken together. A participle after a
    comma ("..., acknowledging differing perspectives") keeps the clause's subject.
    Returns the actors (or `Party.ALL`) and where the subject starts.
    """
    text = refs.text
    window = _SUBJECT_WINDOW
    if "and " in text[max(sentence.start, cue - 32) : cue] and _COORDINATED_VERB.search(
        text, max(sentence.start, cue - 32), cue
    ):
        # "Both sides reviewed the CEPA, which took effect in 2022 and has lifted trade to
        # $83 billion, and agreed to ...": a second verb may stand far from its subject.
        window = _COORDINATED_WINDOW
    lo = max(sentence.start, cue - window)
    for stop in _CLAUSE_STOP.finditer(text, lo, cue):
        lo = stop.end()
    before = text[lo:cue]
    plurals = list(_PLURAL_SUBJECT.finditer(before))
    plural = plurals[-1] if plurals else None
    candidates = [r for r in refs.refs(lo, cue) if r.kind is not _MENTION_DEMONYM and not r.possessive]
    aside = _RELATIVE_ASIDE.search(before)
    if aside is not None:
        # "Muizzu, who is on a visit to India, invited Modi": India is in the aside, not the subject.
        candidates = [r for r in candidates if not lo + aside.start() <= r.start < lo + aside.end()]
    if plural is not None and (not candidates or candidates[-1].end <= lo + plural.start()):
        return _PARTY_ALL, lo + plural.start()
    # Searched in the last words only: the pattern ends at the cue.
    tail = max(0, len(before) - 32)
    coordinated = _COORDINATED_VERB.search(before, tail) if ("and " in before or "but " in before) else None
    if coordinated is not None and candidates and candidates[-1].end <= lo + coordinated.start():
        # "Scholz met Zelenskiy in Berlin and promised ...": a second verb of the clause's
        # subject, whatever the first verb's object is.
        shared = _clause_subject(refs, candidates, lo, lo + coordinated.start())
        if shared is not None:
            return shared
    if (
        candidates
        and text[cue - 2 : cue] == ", "
        and text[cue : cue + 12].casefold().startswith(_PARTICIPLES)
    ):
        # "MBS received King Abdullah in Riyadh, affirming that the Kingdom would ...": the
        # participle's subject is the clause's, not the object just before the comma.
        shared = _clause_subject(refs, candidates, lo, cue)
        if shared is not None:
            return shared
    if not candidates:
        return None, None
    last = candidates[-1]
    chosen = [last]
    # Walk back over "A and B", "A, B and C" (and nested references inside a longer one).
    for ref in reversed(candidates[:-1]):
        head = chosen[-1]
        if ref.end > head.start:  # nested in, or overlapping, the one already taken
            if ref.start <= head.start and ref.end >= head.end:
                # The longer reference holding it ("Japanese Prime Minister Fumio Kishida"):
                # what comes before it is the next coordinated subject, if any.
                chosen[-1] = ref
            continue
        gap = text[ref.end : head.start]
        if _SUBJECT_JOIN.fullmatch(gap):
            chosen.append(ref)
        else:
            break
    if len(chosen) == 1 and last.kind is _MENTION_PLURAL:
        return last.actors, last.start
    ids: list[str] = []
    for ref in reversed(chosen):
        ids.extend(a for a in ref.actors if a not in ids)
    return tuple(ids), min(r.start for r in chosen)


def _clause_subject(
    refs: ActorRefs, candidates: list[Ref], lo: int, hi: int
) -> tuple[tuple[str, ...], int] | None:
    """
    The subject of the clause in ``[lo, hi)``: its first reference, with those coordinated with it.

    A reporting verb starts the clause after it ("Scholz said Zelenskiy had arrived and
    promised ..." is Zelenskiy's promise); a reference after a preposition is no subject.
    """
    text = refs.text
    first = lo
    reported_at: int | None = None
    for reported in _REPORTING_VERB.finditer(text, lo, hi):
        reported_at = reported.start() if reported_at is None else reported_at
        lo = reported.end()
    chosen: list[Ref] = []
    for ref in candidates:
        if ref.start < lo or ref.end > hi:
            continue
        if not chosen:
            if _OBJECT_BEFORE.search(text, max(lo, ref.start - 12), ref.start):
                return None  # "In Berlin, ...", "with Zelenskiy": the subject is not named first
            chosen.append(ref)
            continue
        if ref.start < chosen[-1].end:
            continue  # nested in the reference taken
        if _SUBJECT_JOIN.fullmatch(text, chosen[-1].end, ref.start):
            chosen.append(ref)
            continue
        break
    if not chosen:
        return None
    ids: list[str] = []
    for ref in chosen:
        ids.extend(a for a in ref.actors if a not in ids)
    if reported_at is not None and all(refs.is_country(a) for a in ids):
        # "Akhannouch said Morocco was ready to finance ... and offered to host", "Modi said
        # India and France were natural partners and invited Macron": when the reported
        # clause's subject holds the speaker's own state, the second verb is the speaker's.
        speaker = _clause_subject(refs, candidates, first, reported_at)
        if (
            speaker is not None
            and all(refs.is_person(a) for a in speaker[0])
            and {refs.code(a) for a in ids} & {refs.code(a) for a in speaker[0]}
        ):
            return speaker
    return tuple(ids), chosen[0].start


def _addressee(refs: ActorRefs, cue_end: int, clause_end: int) -> tuple[str, ...] | None:
    """The actor right after the cue ("invited Trump", "an invitation to Trump", "assured Payne")."""
    lead = _ADDRESSEE_LEAD.match(refs.text, cue_end, clause_end)
    start = lead.end() if lead is not None else cue_end
    for ref in refs.refs(cue_end, min(clause_end, start + 80), anaphors=False):
        if ref.kind is _MENTION_DEMONYM:
            continue
        # Only titles and names may come between: "visiting Australian Foreign Minister Payne".
        words = refs.text[start : ref.start].split()
        if all(w[:1].isupper() or w in _ADDRESSEE_WORDS for w in words):
            return ref.actors
        return None
    return None


#: `_CLAUSE_END` with every alternative beginning with a literal character, so that the engine
#: skips ahead to those instead of trying the alternation at every position of the clause
#: (the boundary or the character before is checked after the first one). "but" is found
#: from its "b": the match of `_CLAUSE_END` starts at the white space before it (group ``but``).
_CLAUSE_END_FAST = re.compile(
    r";|:|\u2014|\u2013|\(|!(?<![A-Z]!)(?=\s|$)|\?(?<![A-Z]\?)(?=\s|$)|\.(?<![A-Z]\.)(?=\s|$)"
    r"(?!(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)\.)\s+\d)(?!(?<=\bSept\.)\s+\d)"
    r"|(?P<but>b)(?<=\sb)ut\b|w(?<!\w\w)hile\b|a(?<!\w\w)lthough\b"
    r"|(?P<and>a)(?<=\sa)nd\s+(?:also\s+)?" + _NEXT_CUE + r"\b"
    r"|,(?=\s+(?:according\s+to\b|(?:[\w.'\u2019-]+\s+){0,6}?"
    r"(?:said|says|told|reported|added|noted|stated|announced|confirmed)\b"
    r"|and\s+(?:(?:he|she|they)\s+|(?:[A-Z][\w.'\u2019-]*\s+){1,4}?)(?:also\s+)?(?:[a-z]+ed|said|says|will|would)\b))"
)


#: `_CLAUSE_END_FAST` groups whose match of `_CLAUSE_END` starts at the white space before them.
_SPACE_BEFORE = frozenset({"but", "and"})


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where ``_CLAUSE_END.search(text, start, limit)`` matches, else *limit*."""
    found = _CLAUSE_END_FAST.search(text, start, limit)
    if found is not None and found.lastgroup in _SPACE_BEFORE:
        if found.start() > start:
            return found.start() - 1
        # The white space before this "but" (or "and") lies before *start*: no match of
        # `_CLAUSE_END` there; the next match may be another alternative.
        found = _CLAUSE_END_FAST.search(text, start + 1, limit)
        if found is not None and found.lastgroup in _SPACE_BEFORE:
            return found.start() - 1
    return found.start() if found is not None else limit


def _signed_document(text: str, sentence_start: int, start: int, end: int) -> bool:
    """
    Whether the "signed" at *start* describes a document rather than telling a signing.

    "A statement from the presidency, signed by spokesman X, said": a document no side
    agreed to. "the defence agreement signed last year": an earlier agreement, which
    the story only recalls ("the agreement signed on Thursday" is the meeting's own).
    """
    before = _DOCUMENT_BEFORE.search(text, max(sentence_start, start - 40), start)
    if before is None:
        comma = text.rfind(",", max(sentence_start, start - 3), start)
        if comma < 0:
            return False
        # ", signed by": an aside on the noun phrase before the comma ("A statement from
        # the presidency, signed by ..."), which is a document when it opens with one.
        part = text.rfind(",", max(sentence_start, comma - _SUBJECT_WINDOW), comma) + 1
        part = max(part, sentence_start)
        return _OTHER_DOCUMENT.search(text, part, min(comma, part + 40)) is not None
    return before.group("other") is not None or _EARLIER_AFTER.match(text, end) is not None


#: A month with its year ("March 2026", "March 3, 2026", "3 March 2026").
_MONTH_YEAR = re.compile(
    r"\b(?:" + "|".join(_MONTHS) + r")\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b(?!-)", re.IGNORECASE
)


@functools.lru_cache(maxsize=4)
def _latest_dated_year(text: str) -> dt.date | None:
    """
    A stand-in for the publication date of a story that has none, or None.

    It is the first day of the story's latest dated year less one; None when the story
    prints no month with a year.

    "Fidan met Hussein on Tuesday, before a summit in May 2026. The two countries signed a
    water pact in March 2021": a story that dates its news in 2026 tells an act of 2021 as
    background. The year before the latest is allowed for (a story can look a year ahead), so
    only acts two years or more before it are told as background; a day without its year
    ("on Tuesday") tells nothing. Once per story text (cached), only when it has no anchor.
    """
    years = [int(m.group(1)) for m in _MONTH_YEAR.finditer(text)]
    return dt.date(max(years) - 1, 1, 1) if years else None


def _earlier_act(
    text: str, kind: OutcomeKind, cue: tuple[int, int], limit: int, anchor: dt.date | None
) -> bool:
    """
    Whether the cue at *cue* recalls an act dated before the story's month.

    "They upgraded their ties to a strategic partnership in 2014", "signed a reciprocal
    access agreement in January 2022", "signed a pact last year" (before the first comma of
    the clause), "a fund, which Qatar proposed in September," and "Iran proposed last month
    that ..." (the date right after the verb): background, no outcome of the meeting.
    "agreed to" is left alone ("agreed to hold elections in 2027" looks ahead, "agreed to
    resume flights suspended in 2020" names an earlier event of its object).
    """
    start, end = cue
    if kind is _OUTCOME_AGREEMENT and text.startswith("agree", start):
        return False
    if kind is _OUTCOME_AGREEMENT:
        comma = text.find(",", end, limit)
        stop = comma if comma >= 0 else limit
        found = None
        for date in _CLAUSE_DATE.finditer(text, end, stop):
            if _IN_BEFORE.search(text, max(end, date.start() - 7), date.start()):
                found = date
                break
        if found is None:
            # "last year", "two years ago", "earlier this month": looked for only when a key
            # word is there (a search for them tries every character of the clause).
            if (
                text.find("last ", end, stop) < 0
                and text.find(" ago", end, stop) < 0
                and text.find("earlier this", end, stop) < 0
            ):
                return False
            found = _PAST_IN_CLAUSE.search(text, end, stop)
    else:
        found = _DATE_RIGHT_AFTER.match(text, end, limit)
    if found is None:
        return False
    return _dated_before(text, found, anchor)


def _fronted_earlier(text: str, sentence_start: int, cue_start: int, anchor: dt.date | None) -> bool:
    """
    Whether a time opening the sentence dates the cue at *cue_start* before the story's month.

    "In 2019, Turkey and Iraq signed a water pact", "Last year, the two sides agreed to ...":
    background, whatever the verb, so "agreed" is read too ("In 2027, ..." looks ahead and
    is kept). The cue must be in the clause the time opens: no comma or semicolon between.
    """
    fronted = _FRONTED_DATE.match(text, sentence_start, cue_start)
    if fronted is None:
        return False
    between = text[fronted.end() : cue_start]
    return "," not in between and ";" not in between and _dated_before(text, fronted, anchor)


def _dated_before(text: str, found: re.Match[str], anchor: dt.date | None) -> bool:
    """Whether the time *found* (`_IN_DATE` or `_PAST_UNIT` groups) lies before the story's month."""
    groups = found.groupdict()
    if groups.get("past"):
        return True  # "last year", "two years ago": before the story, whatever its date
    printed = groups.get("year") or groups.get("year2")
    if anchor is None:
        # No publication date: only a printed year tells, against the story's latest.
        anchor = _latest_dated_year(text) if printed else None
        if anchor is None:
            return False
    year = int(printed) if printed else anchor.year
    month = _MONTHS[groups["month"].lower()] if groups.get("month") else None
    if year != anchor.year:
        return year < anchor.year
    return month is not None and month < anchor.month


def _own_state(refs: ActorRefs, speakers: tuple[str, ...], start: int) -> bool:
    """
    Whether the subject at *start* (before "would", "will", "is willing") is the speakers' own state.

    "his government", "her country" are; so is a name that refers to a state (or its
    capital, "Washington would") on the side of every speaker. A state of another side,
    or a name that is no state ("Barnea would lead"), is not; nor is a state that officials
    or a government speak for, which pledges no participant of the meeting.
    """
    if not all(refs.is_person(s) for s in speakers):
        return False  # "Indian officials have said that New Delhi would ...": no party's pledge
    modal = _MODAL.search(refs.text, start, start + _OWN_STATE_REACH)
    if modal is None:
        return False
    if _OWN_STATE_WORDS.match(refs.text, start, modal.start()):
        return True
    sides = {refs.code(s) for s in speakers}
    named = [a for r in refs.refs(start, modal.start(), anaphors=False) for a in r.actors]
    return bool(named) and all(refs.is_country(a) and refs.code(a) in sides for a in named)


def find_outcomes(refs: ActorRefs, sentence: Span, folded: str | None = None) -> list[FoundOutcome]:
    """
    The outcome cues in *sentence*, with their parties as far as the sentence names them.

    Negated cues ("has not agreed") and cues inside quotations are skipped, and so is a cue
    whose source the sentence does not give (background such as "relations were strained
    over differing approaches").

    Args:
        refs: The document's reference index.
        sentence: The sentence to read.
        folded: The sentence's text in lower case, when the caller has it already.

    Returns:
        The outcomes found, in text order.
    """
    text = refs.text
    anchor = refs.doc.anchor
    found: list[FoundOutcome] = []
    # Only sentences holding a cue word are searched, and only where a cue word starts.
    for match in refs.scan(_CUE_KEYED).matches(sentence.start, sentence.end, folded):
        start, end = match.span()
        if match.group("told"):
            told_tail = _TOLD_TAIL.match(text, end)
            end = told_tail.end() if told_tail is not None else end
        if refs.in_quote(start) and not (
            # 'Al Busaidi "reaffirmed Oman's commitment to ..."': a quotation that opens at
            # the (lower-case) verb quotes the reported clause, whose subject stands before it.
            text[start - 1 : start] in _OPENING_QUOTES
            and text[start - 2 : start - 1] == " "
            and text[start].islower()
        ):
            continue
        if _NEGATED.search(text, max(sentence.start, start - 25), start):
            continue
        if _HYPOTHETICAL_PASSIVE.search(text, max(sentence.start, start - 25), start):
            continue  # "a deal could only be signed if ...": a condition, nothing agreed
        if text.startswith("signed", start) and _signed_document(text, sentence.start, start, end):
            continue
        kind = _KIND_OF_GROUP[match.lastgroup or ""]
        by, subject_start = _subject(refs, sentence, start)
        if by is None and text.startswith("signed", start):
            # "Six agreements were signed in the presence of the two leaders": counted
            # documents signed at the meeting are its sides' agreement.
            counted = _COUNTED_DOCUMENTS.search(text, max(sentence.start, start - 60), start)
            if counted is not None:
                by, subject_start = _PARTY_ALL, counted.start()
        if by is None:
            continue
        if not text.startswith("agree", start) and _earlier_act(
            text, kind, (start, end), sentence.end, anchor
        ):
            continue
        if _fronted_earlier(text, sentence.start, start, anchor):
            continue
        clause_end = _clause_end(text, end, sentence.end)
        to: tuple[str, ...] | Party = _PARTY_OTHERS
        if match.group("told"):
            # The one told is the addressee: the names between "told" and "that".
            told = [a for r in refs.refs(start + len("told"), end) for a in r.actors]
            if told and not any(refs.is_organization(a) for a in told):
                to = tuple(dict.fromkeys(told))
            elif isinstance(by, Party) or not _own_state(refs, by, text.rfind("that", start, end) + 4):
                # "An official told Reuters that Israel would send a delegation": what is told
                # a news outlet (or someone the story never names again) is a pledge only as
                # "said" makes one, of a person's own state ("Sanchez told EFE Spain would").
                continue
        elif (match.group("divided") or match.group("decided")) and not (
            by is _PARTY_ALL or (isinstance(by, tuple) and len(by) > 1)
        ):
            continue
        elif match.group("said_own"):
            if isinstance(by, Party) or not _own_state(refs, by, end):
                continue
        elif match.group("accepted"):
            # The subject accepted; the one named after "from" invited it.
            inviter = _addressee(refs, end, clause_end)
            if inviter is None or isinstance(by, Party):
                continue
            by, to = inviter, by
        elif match.group("accepted_own"):
            # The subject accepted; the possessor of the invitation invited it.
            if isinstance(by, Party):
                continue
            # "his counterpart's": the pronoun is the subject, the counterpart the inviter.
            owner = [a for r in refs.refs(start + len("accepted"), end) for a in r.actors if a not in by]
            by, to = (tuple(dict.fromkeys(owner)), by) if owner else (_PARTY_OTHERS, by)
        elif match.group("welcomed_own"):
            # The match ends before the possessor (a lookahead holds the rest).
            possessive = _POSSESSIVE_S.search(text, end, min(clause_end, end + 80))
            owner_end = possessive.start() if possessive is not None else end
            owner = [a for r in refs.refs(end, owner_end) for a in r.actors]
            if (
                isinstance(by, Party)
                or not owner
                or {refs.code(a) for a in owner} & {refs.code(b) for b in by}
            ):
                continue  # no proposer, or one of the subject's own side
            by, to = tuple(dict.fromkeys(owner)), by
        elif match.group("accepted_bare"):
            if isinstance(by, Party):
                continue
            by, to = _PARTY_OTHERS, by
        elif kind is _OUTCOME_INVITATION and _PASSIVE_BE.search(text, max(sentence.start, start - 20), start):
            # "Sanchez was invited by Akhannouch to visit": the subject is the invitee, the
            # one after "by" (or, when none is named, the other side) invited.
            if isinstance(by, Party):
                continue
            agent = _BY_AGENT.match(text, end, clause_end)
            agent_ids: tuple[str, ...] | None = None
            if agent is not None and not _COUNTERPART.match(text, agent.end(), clause_end):
                agent_ids = _addressee(refs, agent.end(), clause_end)
                if agent_ids is None:
                    continue  # invited by someone the story does not name as an actor
            by, to = (agent_ids if agent_ids is not None else _PARTY_OTHERS), by
        elif kind in _ADDRESSED:
            addressee = _addressee(refs, end, clause_end)
            if addressee is not None:
                to = addressee
        # Evidence runs from the subject, when it sits in the cue's comma-part, else from
        # the start of that part ("..., acknowledging differing perspectives on the issue").
        part_start = text.rfind(",", sentence.start, start) + 1 or sentence.start
        ev_start = subject_start if subject_start is not None and subject_start >= part_start else part_start
        while ev_start < start and text[ev_start].isspace():
            ev_start += 1
        if (
            text[clause_end - 1 : clause_end] == "."
            and "." not in text[text.rfind(" ", start, clause_end - 1) + 1 : clause_end - 1]
        ):
            # The full stop after an acronym ("against the PKK."), left as a possible
            # abbreviation by `_CLAUSE_END`; "the U.S." keeps its dots.
            clause_end -= 1
        statement = text[start:clause_end].strip()
        if len(statement) > _MAX_TEXT:
            statement = statement[:_MAX_TEXT].rsplit(" ", 1)[0]
        if not statement:
            continue
        found.append(
            FoundOutcome(
                kind=kind,
                by=by,
                to=to,
                text=statement,
                evidence=Span(start=ev_start, end=clause_end),
                cue=Span(start=start, end=end),
            )
        )
    return found


_TYPES: dict[OutcomeKind, type[Outcome]] = {
    _OUTCOME_AGREEMENT: Agreement,
    _OUTCOME_INVITATION: Invitation,
    _OUTCOME_PROPOSAL: Proposal,
    _OUTCOME_COMMITMENT: Commitment,
    _OUTCOME_DISAGREEMENT: Disagreement,
}
#: Kinds that bind both sides: whoever the sentence names, the sides agreed (or differed).
_MUTUAL = frozenset({_OUTCOME_AGREEMENT, _OUTCOME_DISAGREEMENT})


def make_outcome(
    found: FoundOutcome,
    by: Sequence[str],
    to: Sequence[str] | None,
    participants: Sequence[str],
) -> Outcome | None:
    """
    Build the outcome of *found* for a meeting of *participants*.

    Agreements and disagreements bind every participant, whoever the sentence names
    ("Ukraine had agreed to a ceasefire" after talks between the two sides). The others go
    from *by* to *to*, or to the other participants when the sentence names no addressee.

    Args:
        found: The cue, as `find_outcomes` reported it.
        by: Participant ids the outcome comes from (already mapped onto the meeting).
        to: Participant ids it is addressed to, or ``None`` for "the other side".
        participants: The meeting's participants, in order.

    Returns:
        The outcome, or ``None`` when no participant is left to make it.
    """
    if found.kind in _MUTUAL:
        by_ids: tuple[str, ...] = tuple(participants)
        to_ids: tuple[str, ...] = ()
    else:
        by_ids = tuple(p for p in participants if p in by)
        to_ids = tuple(p for p in participants if to is not None and p in to and p not in by_ids)
        if not to_ids:
            to_ids = tuple(p for p in participants if p not in by_ids)
    if not by_ids:
        return None
    cls = _TYPES[found.kind]
    return cls(by=by_ids, to=to_ids, text=found.text, evidence=(found.evidence,))
