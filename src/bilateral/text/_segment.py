"""
Sentence segmentation for news text, in one linear pass.

A sentence ends at ".", "!", "?" or "…" (with any closing quotes and brackets after it:
``country.”`` stays in its sentence) when white space and a sentence start follow, unless
the period belongs to an abbreviation ("U.S. President", "Feb. 28", "Mr. Putin",
"J. Smith", "No. 10"). Paragraph breaks always end a sentence. A quotation that goes on
across sentences is left as several sentences: statement extraction joins them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bilateral.model import Span
from bilateral.text._calendar import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from collections.abc import Callable

    from bilateral.text._document import Document

__all__ = ["SentenceStage", "line_blocks", "line_ranges", "split_sentences", "strip_span"]

#: The characters that end a line, as `str.splitlines` knows them ("\r\n" is one break).
_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
#: Characters that carry no text: white space and the invisible format characters that
#: copy-pasted news often holds (zero-width space and joiners, word joiner, BOM).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_LEADING = re.compile(rf"[\s{_INVISIBLE}]*")
_WORD = re.compile(r"\w")

#: Sentence-final punctuation, with the closing quotes and brackets that belong to it.
#: Spelled ``[.!?…][.!?…]*`` rather than ``[.!?…]+``: a pattern opening with a character
#: class lets the regex engine skip to the next such character, where one opening with a
#: repeat is tried (a match attempt) at every position of the paragraph.
#: German copy closes its low quotations with the English openers: „Wir sind bereit.“
_END = re.compile(r"[.!?…][.!?…]*[\"\u201d\u2019'\u00bb)\]\u201c\u2018]*")
#: `_END` for a paragraph without "!", "?" or "…" (most of them): every stop there opens
#: with a period, and a pattern opening with one literal character is searched with the
#: engine's tight loop for it, not a test of the class at every character.
_PERIOD_END = re.compile(r"\.[.!?…]*[\"\u201d\u2019'\u00bb)\]\u201c\u2018]*")
_CLOSERS = "\"\u201d\u2019'\u00bb)]\u201c\u2018"
#: `_END` and `_PERIOD_END` as `_split_block` reads them: the stop (group 1) when white space
#: or the block's end follows it, with the gap of white space and invisible characters
#: after it. A stop followed by anything else ("U.S", "3.5") does not match at all, and no
#: shorter match hides in it (a gap cannot open between stops and closing marks), so the
#: scan finds the stops the two patterns find that have a gap, and reads the gap with them.
_GAP = rf"(?:[\s{_INVISIBLE}]+|\Z)"
_END_GAP = re.compile(rf"({_END.pattern}){_GAP}")
_PERIOD_END_GAP = re.compile(rf"({_PERIOD_END.pattern}){_GAP}")
#: A lower-case line start, or a line end that is not the end of a sentence, marks a line
#: broken inside a paragraph (hard-wrapped text).
_TERMINAL = '.!?…:;"\u201d\u2019)\u00bb'
_WRAP_MIN = 40
#: A list item's marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ".
_BULLET = re.compile(r"(?:[-*\u2022\u2013\u2014\u25aa\u25cf]|\d{1,2}[.)])[ \t]")
#: Longest word looked at before a period when deciding if it is an abbreviation.
_TOKEN_MAX = 24

#: Abbreviations always followed by a name or a number: never the end of a sentence.
_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "st",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "gen",
        "gens",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "adm",
        "cmdr",
        "rev",
        "hon",
        "pres",
        "amb",
        "supt",
        "insp",
        "det",
        "fr",
        "mt",
        "ft",
        "messrs",
        "mme",
        "mlle",
        "vs",
        "v",
        "cf",
        "al",
        "approx",
        "dept",
        "univ",
        "assn",
        "brig",
        "cmdt",
        "rt",
        # Offices abbreviated before a name in agency and Gulf, South Asian copy: "Sec. Rubio",
        # "Dep. Foreign Minister", "Dy. NSA", "Eng. Khalid Al-Falih", "Atty. Gen.", "Cdr.",
        # "Foreign Min. Wang Yi", "Dir. Gen.", "Ret. Gen.", "Pvt.".
        "sec",
        "secy",
        "dep",
        "dy",
        "eng",
        "engr",
        "atty",
        "cdr",
        "min",
        "dir",
        "ret",
        "pvt",
        # "Jt. Secy. Anand Prakash" (joint secretary, in Indian copy).
        "jt",
        # Malaysian names abbreviate Mohamed: "Mohd. Khaled Nordin", "Muhd. Ali".
        "mohd",
        "muhd",
    }
)
#: Given names abbreviated before the rest of a name: Filipino "Ma." (Maria: "Ma. Theresa
#: Lazaro") and South Asian "Md." (Mohammad: "Md. Touhid Hossain"). "Ma" is also a surname
#: ("said Ma. Chinese officials ..."), so the period holds only before two capitalised
#: words, a name's next two parts.
_GIVEN_NAME_ABBREVIATIONS = frozenset({"Ma", "Md"})
_TWO_NAME_WORDS = re.compile(r"[A-Z][\w'\u2019-]*[ \t\u00a0]+[A-Z]")
#: Abbreviations that precede a number ("Feb. 28", "No. 10", "Art. 5").
_BEFORE_NUMBER = MONTH_ABBREVIATIONS | {
    "no",
    "nos",
    "art",
    "ch",
    "fig",
    "op",
    "p",
    "pp",
    "para",
    "sec",
    "vol",
    "ed",
    "ca",
    "approx",
    "vs",
    "v",
    # Currencies written before the amount in South Asian and East African copy: "Rs. 4,000
    # crore", "Ksh. 2 billion", "Tk. 500 crore", "Nu. 15 billion", "Rp. 3 trillion".
    "rs",
    "re",
    "ksh",
    "kshs",
    "sh",
    "shs",
    "ush",
    "tsh",
    "tk",
    "nu",
    "rp",
    "dh",
    "dhs",
}
#: Abbreviations that may also end a sentence ("... Inc. The company"): they end one only
#: before a word that usually starts a sentence.
_MAYBE_FINAL = frozenset({"inc", "ltd", "co", "corp", "jr", "sr", "bros", "etc", "plc", "llc", "esq"})
_STARTERS = frozenset(
    {
        "the",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "but",
        "and",
        "in",
        "on",
        "at",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "there",
        "however",
        "meanwhile",
        "still",
        "yet",
        "so",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
        "although",
        "some",
        "many",
        "most",
        "both",
        "neither",
        "what",
        "who",
        "why",
        "how",
        "for",
        "to",
        "with",
        "officials",
        "analysts",
        "earlier",
        "later",
        "last",
        "next",
    }
)
#: Verbs (lower case, finite) a sentence's subject takes: after "U.S." a capitalised word
#: followed by one of them opens a new sentence ("... ties with the U.S. Ruto said ...").
_SUBJECT_VERBS = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "noted", "stressed", "insisted", "argued",
     "wrote", "tweeted", "replied", "responded", "warned", "has", "had", "is", "was", "will",
     "would", "did", "does", "met", "spoke", "signed", "agreed", "visited", "arrived", "left",
     "announced", "welcomed", "thanked", "accepted", "rejected", "denied", "praised"}
)  # fmt: skip
#: Capitalised nouns a dotted country or body abbreviation modifies ("the U.S. Embassy said",
#: "the U.N. Mission has"): the phrase goes on, no sentence starts at them.
_ABBREVIATED_BODIES = frozenset(
    {"embassy", "embassies", "senate", "house", "congress", "army", "navy", "treasury", "department",
     "government", "administration", "military", "mission", "command", "ambassador", "envoy",
     "consulate", "marines", "agency", "office", "court", "forces", "council", "police", "delegation",
     "secretariat", "officials", "authorities", "chamber", "side", "team", "coast", "air"}
)  # fmt: skip
#: "a.m." and "p.m." as `_token_before` reads them: after them a sentence may end.
_CLOCK = frozenset({"a.m", "p.m"})
#: Capitalised words that go on a clock time: days, months, zones ("10 a.m. Friday").
_TIME_WORDS = (
    WEEKDAYS | MONTHS | MONTH_ABBREVIATIONS | {"eastern", "pacific", "central", "mountain", "greenwich"}
)
#: Longest time zone in capitals ("EST", "GMT", "AEDT", "UTC").
_ZONE_MAX = 5
_NEXT_WORD = re.compile(r"[\w'\u2019-]*")
#: Opening quotation marks (straight ones open when a capital follows them).
#: German and Polish copy opens quotations low (U+201E and U+201A, closed by U+201C and U+2018).
_QUOTE_OPENERS = '"\u201c\u2018\u00ab\u201e\u201a'


# `Span(start=..., end=...)` runs two range validators and an ordering check through attrs.
# Sentences here, mentions in the entity stage and the windows of the claim stage are made
# from offsets that satisfy them by construction (0 <= start <= end), one span each:
# `_new_span` fills the two slots directly, as the decoder in `bilateral.serialize` does.
# `tests/text/test_text_entities_fastpaths.py` pins the field list.
_SPAN_START: Callable[[Span, int], None] = vars(Span)["start"].__set__
_SPAN_END: Callable[[Span, int], None] = vars(Span)["end"].__set__


#: The longest sentence `split_sentences` makes, in characters. News sentences run to about
#: 400; a longer "sentence" is text without stops (a garbled page, a list run together),
#: which is cut at white space so that no stage's work on one sentence grows with the whole
#: text (a rule reading back to its sentence's start at every word is quadratic otherwise).
MAX_SENTENCE = 2000


def _new_span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` for offsets known to be valid (see above)."""
    span: Span = object.__new__(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past white space and invisible characters at either edge."""
    match = _LEADING.match(text, start, end)
    start = match.end() if match is not None else start
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return start, end


def line_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """
    The lines of ``text[start:end]`` as (start, end) without their line breaks.

    The last line runs to *end* and may be empty (after a final line break). The breaks are
    `str.splitlines`'s, found in C: a pattern for them (CR LF or one of the others) has no
    first character the regex engine can skip to, so it was tried at every position.
    """
    lines: list[tuple[int, int]] = []
    position = start
    for line in text[start:end].splitlines(keepends=True):
        # Each piece ends with one break ("\r\n" counts as one), but the last may have none.
        last = line[-1]
        if last not in _BREAKS:
            break
        stop = position + len(line)
        lines.append((position, stop - 2 if last == "\n" and line.endswith("\r\n") else stop - 1))
        position = stop
    lines.append((position, end))
    return lines


def _wrapped(text: str, previous: tuple[int, int], following: tuple[int, int]) -> bool:
    """Whether the break between two non-blank lines, trimmed, falls inside a paragraph."""
    p_start, p_end = previous
    n_start = following[0]
    last, first = text[p_end - 1], text[n_start]
    if last in _TERMINAL or _BULLET.match(text, n_start) is not None:
        return False  # a sentence ended, or a list item starts: "- cooperation on lithium"
    return first.islower() or last in ",-\u2013\u2014" or (p_end - p_start) >= _WRAP_MIN


def line_blocks(text: str, span: Span) -> list[Span]:
    """
    The paragraphs inside *span*: blocks of text between line breaks, trimmed.

    A blank line always separates paragraphs. A single line break does too, unless the text
    is hard-wrapped there: the line before does not end a sentence and either the next line
    starts in lower case or the line before is a long one.

    Args:
        text: The source text.
        span: The part of *text* to split (clamped to the text).

    Returns:
        Non-empty spans, in order, never crossing a blank line.
    """
    start = max(0, min(span.start, len(text)))
    end = max(start, min(span.end, len(text)))
    blocks: list[Span] = []
    current: tuple[int, int] | None = None
    previous_line: tuple[int, int] | None = None
    for line_start, line_end in line_ranges(text, start, end):
        # Each line is trimmed once: it is blank when nothing is left.
        line = strip_span(text, line_start, line_end)
        if line[0] == line[1]:
            if current is not None:
                blocks.append(_new_span(*current))
            current, previous_line = None, None
            continue
        if current is not None and previous_line is not None and _wrapped(text, previous_line, line):
            current = (current[0], line[1])
        else:
            if current is not None:
                blocks.append(_new_span(*current))
            current = line
        previous_line = line
    if current is not None:
        blocks.append(_new_span(*current))
    return blocks


def _token_before(text: str, position: int, floor: int) -> str:
    """The word (letters and inner periods) that ends at *position*."""
    limit = max(floor, position - _TOKEN_MAX)
    # Most often a space comes before the word, within reach: then the word is all that
    # follows the last space, if that is only letters and periods. Three calls in C
    # instead of a step in Python per letter; anything else takes the loop below.
    space = text.rfind(" ", limit, position)
    if space >= 0:
        word = text[space + 1 : position]
        if word.isalpha() or ("." in word and word.replace(".", "").isalpha()):
            return word
    start = position
    while start > limit and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:position]


#: A surname that begins with a lower-case particle opens a sentence too: ". al-Sudani said",
#: ". von der Leyen added", ". de Mistura told".
_PARTICLE_NAME = re.compile(
    r"(?:al|el|ad|ash|as|bin|ibn|von|van|de|da|di|du|dos|das|del|della|le|la|ter|zu)"
    r"(?:-|\s+(?:(?:der|den|de|la|le|da|van|von)\s+)?)[A-Z]"
)


def _starts_sentence(char: str) -> bool:
    return (
        char.isupper()
        or char.isdigit()
        or char in "\"\u201c\u2018'([\u00ab\u201e\u201a"
        or (char.isalpha() and not char.islower())
    )


def _abbreviation_holds(token: str, text: str, next_start: int, end: int, stop: int) -> bool:
    """Whether the period at *stop* after *token* belongs to an abbreviation, given what follows."""
    if not token:
        return False
    key = token.lower()
    next_char = text[next_start]
    if key in _TITLES and token[0].isupper():
        return True
    if token in _GIVEN_NAME_ABBREVIATIONS:
        name = _NEXT_WORD.match(text, next_start, end)
        return (
            name is not None
            and name.group().lower() not in _STARTERS
            and _TWO_NAME_WORDS.match(text, next_start, end) is not None
        )
    if key in _BEFORE_NUMBER and next_char.isdigit():
        return True
    initial = len(token) == 1 and token.isupper()
    dotted = "." in token  # U.S, a.m, e.g
    if (
        (dotted or key in _MAYBE_FINAL)
        and next_char in _QUOTE_OPENERS
        and next_start + 1 < end
        and text[next_start + 1].isupper()
    ):
        # "... ties with the U.S. “It's a bet on Washington,” Opalo said.": a quotation
        # opening with a capital starts a sentence. A quoted modifier after "U.S." is in
        # lower case ("the U.S. “maximum pressure” campaign").
        return False
    if initial or dotted or key in _MAYBE_FINAL:
        word = _NEXT_WORD.match(text, next_start, end)
        following = word.group() if word is not None else ""
        if key in _CLOCK and following[:1].isupper():
            # "He arrived at 9 p.m. Ruto greeted him.": a capital after the time opens a
            # sentence unless it is a day, a month or a time zone ("10 a.m. Friday", "9 p.m.
            # EST", "8 p.m. Moscow time").
            return _time_goes_on(following, text, word.end() if word is not None else next_start, end)
        if (
            dotted
            and word is not None
            # "the U.S.", "the U.N.": a country or a body; "M.K. Stalin met" is a name's initials.
            and text.endswith(("the ", "The "), 0, stop - len(token))
            and _subject_follows(following, text, word.end(), end)
        ):
            return False
        return following.lower() not in _STARTERS
    return False


def _subject_follows(following: str, text: str, after: int, end: int) -> bool:
    """
    Whether capitalised *following* after a dotted abbreviation is a new sentence's subject.

    "... build ties with the U.S. Ruto said ...": the name is followed by a verb. "the U.S.
    Embassy said" is one phrase: a body's noun after the abbreviation goes on with it.
    """
    if not following[:1].isupper() or not text.startswith(" ", after, end):
        return False
    verb = _NEXT_WORD.match(text, after + 1, end)
    return (
        verb is not None and verb.group() in _SUBJECT_VERBS and following.lower() not in _ABBREVIATED_BODIES
    )


def _time_goes_on(following: str, text: str, after: int, end: int) -> bool:
    """Whether the capitalised word *following* a clock time still belongs to the time."""
    if following.lower() in _TIME_WORDS or (following.isupper() and len(following) <= _ZONE_MAX):
        return True
    return text.startswith(" time", after, end)


#: Most digits of a list item's number ("12." opens the twelfth item).
_LIST_NUMBER_MAX = 2


def _list_number(text: str, start: int, stop: int) -> bool:
    """
    Whether the digits before the period at *stop* are a list item's number.

    The number opens the sentence (*start*: "1. A memorandum on ...") or follows a colon or
    a semicolon, as lists run on inside a paragraph do ("three points: 1. Speeding up ...;
    2. Exploring ..."). A number after other words ends a sentence ("delayed until 5.").
    """
    first = stop
    while first > start and stop - first < _LIST_NUMBER_MAX and text[first - 1].isdigit():
        first -= 1
    if first == stop or (first > start and text[first - 1].isdigit()):
        return False
    return first == start or (first - start >= 2 and text[first - 1] == " " and text[first - 2] in ":;")  # noqa: PLR2004


def _split_block(text: str, start: int, end: int, out: list[Span]) -> None:
    # *start* and *end* are a block's (see `line_blocks`): neither edge is white space or
    # invisible. Nor is either edge of a sentence cut here: one starts at a block's start
    # or at the visible character after a gap, and ends at a block's end or right after
    # its stop and closing marks. So the spans need no trimming (`strip_span`).
    sentence_start = start
    word_seen_upto = start  # text[sentence_start:word_seen_upto] has been searched for a word
    has_word = False
    rare = (
        text.find("!", start, end) >= 0 or text.find("?", start, end) >= 0 or text.find("…", start, end) >= 0
    )
    for match in (_END_GAP if rare else _PERIOD_END_GAP).finditer(text, start, end):
        # Group 1 is the stop with its closing marks; the match goes on over the gap, so
        # its end is where the next sentence would start (see `_END_GAP`).
        stop = match.end(1)
        following = match.end()
        if following >= end or not (
            _starts_sentence(text[following]) or _PARTICLE_NAME.match(text, following, end) is not None
        ):
            continue
        at = match.start()
        # The stop is a lone period (closing marks aside): "Mr.", "U.S.", "Feb." may hold it,
        # and so may a list item's number ("1. A memorandum on ...", "points: 1. Speeding
        # up"); "10..." is no such number.
        if text[at] == "." and (at + 1 == stop or text[at + 1] in _CLOSERS):
            if _abbreviation_holds(_token_before(text, at, sentence_start), text, following, end, at):
                continue
            if text[at - 1].isdigit() and _list_number(text, sentence_start, at):
                continue
        if not has_word:
            # A sentence opening with a letter or a digit has a word (``\w`` is those and "_").
            has_word = text[sentence_start].isalnum() or _WORD.search(text, word_seen_upto, stop) is not None
            word_seen_upto = stop
        if not has_word:
            continue  # "..." on its own is not a sentence: keep it with the next words
        if stop - sentence_start > MAX_SENTENCE:
            _append_long(text, sentence_start, stop, out)
        else:
            out.append(_new_span(sentence_start, stop))
        sentence_start, word_seen_upto, has_word = following, following, False
    if end - sentence_start > MAX_SENTENCE:
        _append_long(text, sentence_start, end, out)
    else:
        out.append(_new_span(sentence_start, end))


def _append_long(text: str, start: int, end: int, out: list[Span]) -> None:
    """
    Append ``text[start:end]``, longer than `MAX_SENTENCE`, as pieces of at most that length.

    Each piece ends at the last white space within the limit (or at the limit, in a run of
    that many characters with none), trimmed as every sentence is.
    """
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        gap = cut
        while gap > start and not text[gap].isspace():
            gap -= 1
        if gap > start:
            cut = gap
        s, e = strip_span(text, start, cut)
        if e > s:
            out.append(_new_span(s, e))
        start, _ = strip_span(text, cut, end)
    s, e = strip_span(text, start, end)
    if e > s:
        out.append(_new_span(s, e))


def split_sentences(text: str, spans: list[Span] | tuple[Span, ...]) -> list[Span]:
    """
    Split the parts of *text* under *spans* (paragraphs or body runs) into sentences.

    Args:
        text: The source text.
        spans: Where to look, in order (clamped to the text); paragraph breaks inside a
            span also end sentences.

    Returns:
        Sentence spans, trimmed of surrounding white space, in order, none longer than
        `MAX_SENTENCE` characters (a longer run without a stop is cut at white space).
        Linear in the length of the spans.

    .. versionadded:: 0.1.0
    """
    out: list[Span] = []
    for span in spans:
        for block in line_blocks(text, span):
            _split_block(text, block.start, block.end, out)
    return out


class SentenceStage:
    """Pipeline stage "sentences": fills `Document.sentences` from the article's paragraphs."""

    @property
    def name(self) -> str:
        """The stage name, "sentences"."""
        return "sentences"

    def __call__(self, doc: Document) -> None:
        """Segment the body paragraphs (or the whole text when no article was parsed)."""
        if doc.article is not None:
            # The article's paragraphs are `line_blocks` already (`parse_article` makes them
            # so), and a block is its own only block: they are split as they are.
            out: list[Span] = []
            text = doc.text
            for block in doc.article.paragraphs:
                _split_block(text, block.start, block.end, out)
            doc.sentences = out
            return
        if doc.source.body:
            spans: tuple[Span, ...] = doc.source.body
        else:
            spans = (Span(start=0, end=len(doc.text)),)
        doc.sentences = split_sentences(doc.text, spans)
