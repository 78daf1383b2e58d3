"""
`Scan`: finding a cue regex from the words its matches start with gives what ``finditer`` gives.

The meeting and outcome rules search every sentence with large alternations; `Scan` tries
them only where one of their start words occurs. These tests hold it to the plain search
(a sentence filtered by the gate words, then ``finditer`` over it), on the dev articles and
on generated text made of the regexes' own words, so that a start word missing from a list
shows up as a difference.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.text._meetings import _TOPIC_KEYED, _TRIGGER_KEYED
from bilateral.text._outcomes import _CUE_KEYED, Keyed, Scan, fold

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"
KEYED = {"trigger": _TRIGGER_KEYED, "topic": _TOPIC_KEYED, "outcome": _CUE_KEYED}


#: The regex parser of the standard library (no type stubs): it gives the literal prefixes.
_PARSER: Any = importlib.import_module("re._parser")


def _prefixes(pattern: re.Pattern[str], limit: int) -> set[str]:
    """
    The literal beginnings a match of *pattern* can have, in lower case.

    Each runs up to *limit* characters or to the first element that is not a plain
    character (a class, a lookahead): the part of a match that a start word must cover.
    """
    out: set[str] = set()

    def walk(items: list[Any], prefix: str) -> None:
        if not items or len(prefix) >= limit:
            out.add(prefix)
            return
        (op, arg), rest = items[0], items[1:]
        name = str(op)
        if name == "AT":  # \b
            walk(rest, prefix)
        elif name == "LITERAL":
            walk(rest, prefix + chr(arg).lower())
        elif name == "SUBPATTERN":
            walk([*arg[3].data, *rest], prefix)
        elif name == "BRANCH":
            for alternative in arg[1]:
                walk([*alternative.data, *rest], prefix)
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            low, _, sub = arg
            if low == 0:
                walk(rest, prefix)
            walk([*sub.data, *rest], prefix)
        else:
            out.add(prefix)

    walk(list(_PARSER.parse(pattern.pattern, pattern.flags).data), "")
    return out


@pytest.mark.parametrize("name", sorted(KEYED))
def test_every_match_starts_with_a_start_word(name: str) -> None:
    keyed = KEYED[name]
    prefixes = _prefixes(keyed.pattern, limit=max(map(len, keyed.starts)) + 1)
    assert len(prefixes) > 10
    for prefix in prefixes:
        assert any(prefix.startswith(word) for word in keyed.starts), prefix
    for word in keyed.starts:
        assert word == word.lower()
        assert any(p.startswith(word) for p in prefixes), f"{word!r} starts no match"


def _reference(text: str, keyed: Keyed, start: int, end: int) -> list[tuple[int, int, str | None]]:
    folded = text[start:end].lower()
    if not any(word in folded for word in keyed.gate):
        return []
    return [(m.start(), m.end(), m.lastgroup) for m in keyed.pattern.finditer(text, start, end)]


def _scanned(scan: Scan, start: int, end: int) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in scan.matches(start, end)]


def _vocabulary(keyed: Keyed) -> list[str]:
    """The words of the regex's source (its alternatives, spelled out), and the start words."""
    words = re.findall(r"[A-Za-z\u00c0-\u00ff][A-Za-z\u00c0-\u00ff-]*", keyed.pattern.pattern)
    return sorted({*words, *keyed.starts, *keyed.gate, "the", "Trump", "Petro", "and", "with"})


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]


@pytest.mark.parametrize("name", sorted(KEYED))
def test_scan_matches_finditer_on_the_dev_articles(name: str) -> None:
    keyed = KEYED[name]
    paths = sorted(DEV.glob("*.txt"))
    assert paths
    hits = 0
    for path in paths:
        text = path.read_text("utf-8")
        scan = Scan(text, fold(text), keyed)
        assert scan.exact
        for start, end in _sentences(text):
            expected = _reference(text, keyed, start, end)
            assert _scanned(scan, start, end) == expected, text[start:end]
            hits += len(expected)
    assert hits > 0  # the comparison saw matches, not only empty lists


_SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", ". ", " (", "; ", "-", "'s ", "\u2019s ", " \u201c"])


#: One regex strategy per regex, kept here: made inside `_texts` at every example, it is
#: rebuilt (slowly, for the large alternations) whenever other tests have pushed it out of
#: hypothesis's strategy cache.
_MATCHES = {keyed: st.from_regex(keyed.pattern, fullmatch=True) for keyed in KEYED.values()}


@st.composite
def _texts(draw: st.DrawFn, keyed: Keyed) -> str:
    """A match of the regex (as hypothesis writes it) among words of the regex, in any case."""
    vocabulary = _vocabulary(keyed)
    word = st.sampled_from(vocabulary).flatmap(lambda w: st.sampled_from([w, w.lower(), w.upper()]))
    parts: list[str] = []
    for piece in (
        *draw(st.lists(word, max_size=3)),
        draw(_MATCHES[keyed]),
        *draw(st.lists(word, max_size=3)),
    ):
        parts.extend((piece, draw(_SEPARATORS)))
    return "".join(parts)


@pytest.mark.parametrize("name", sorted(KEYED))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_scan_matches_finditer_on_the_regex_words(name: str, data: st.DataObject) -> None:
    keyed = KEYED[name]
    text = data.draw(_texts(keyed))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    scan = Scan(text, fold(text), keyed)
    assert _scanned(scan, start, end) == _reference(text, keyed, start, end)


@pytest.mark.parametrize("trap", ["\u0130", "\u0131", "\u017f"])
def test_text_that_lower_case_cannot_align_falls_back_to_finditer(trap: str) -> None:
    # Long s and dotless i match "s" and "i" case-insensitively but lower() keeps them.
    text = f"Petro met Trump. The \u017fummit, a vi{trap}it, was held. Talks on trade."
    assert fold(text) is None
    for keyed in KEYED.values():
        scan = Scan(text, fold(text), keyed)
        assert not scan.exact
        for start, end in [*_sentences(text), (0, len(text))]:
            assert _scanned(scan, start, end) == _reference(text, keyed, start, end)


def test_fold_keeps_offsets() -> None:
    text = "Ministers MET in \u00c9vian; TALKS with \u0391\u0398\u0397\u039d\u0391\u03a3."
    folded = fold(text)
    assert folded == text.lower()
    assert folded is not None
    assert len(folded) == len(text)
