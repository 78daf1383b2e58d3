"""
The shortcuts the meeting stage's searches take give what the plain regex searches give.

Dates (`bilateral.text._dates`) and durations (`bilateral.text._durations`) try their large
patterns only at words that can begin a match (`_START`); the cue regexes of the meeting
and outcome rules (`Keyed`) are tried only where one of their start words begins a word
(`start_positions`). These tests hold each shortcut to the plain search: structurally
(every way a pattern can begin is covered, read from the regex parser) and by comparing
results on the dev articles and on generated text made of the patterns' own words.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.text import _dates, _durations
from bilateral.text._dates import _trie
from bilateral.text._meetings import _JOINT_KEYED, _TOPIC_KEYED, _TRIGGER_KEYED
from bilateral.text._outcomes import _CUE_KEYED, _REGISTRY, Keyed, Scan, fold, start_positions

if TYPE_CHECKING:
    from types import ModuleType

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"
KEYED = {"trigger": _TRIGGER_KEYED, "topic": _TOPIC_KEYED, "joint": _JOINT_KEYED, "outcome": _CUE_KEYED}
FINDERS = {"dates": _dates, "durations": _durations}

#: The regex parser of the standard library (no type stubs).
_PARSER: Any = importlib.import_module("re._parser")


def _beginnings(pattern: re.Pattern[str]) -> set[tuple[str, str]]:
    """
    How a match of *pattern* can begin: its literal text up to the end of its first word.

    Each item is the literal prefix (as written, before any case folding) and what stops
    it: ``""`` when a literal character other than a letter follows the first word, else
    the name of the regex element that comes next (``"AT"``, ``"IN"``, ...). Leading
    assertions are skipped.
    """
    out: set[tuple[str, str]] = set()

    def walk(items: list[Any], prefix: str) -> None:
        letters = re.match(r"[A-Za-z]*", prefix)
        if letters is not None and 0 < len(letters.group()) < len(prefix):
            out.add((prefix, ""))
            return
        if not items:
            out.add((prefix, "END"))
            return
        (op, arg), rest = items[0], items[1:]
        name = str(op)
        if name in {"AT", "ASSERT", "ASSERT_NOT"} and not prefix:
            walk(rest, prefix)
        elif name == "LITERAL":
            walk(rest, prefix + chr(arg))
        elif name == "SUBPATTERN":
            walk([*arg[3].data, *rest], prefix)
        elif name == "BRANCH":
            for alternative in arg[1]:
                walk([*alternative.data, *rest], prefix)
        elif name == "GROUPREF_EXISTS" and not prefix:
            # "(?(part)the|(?!))" before any text: the group it tests has matched nothing
            # yet, so only the "no" branch can begin a match, and "(?!)" begins none.
            no = arg[2]
            fails = no is not None and [str(o) for o, _ in no.data] == ["ASSERT_NOT"] and not no.data[0][1][1]
            if no is not None and not fails:
                walk([*no.data, *rest], prefix)
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            low, _, sub = arg
            if low == 0:
                walk(rest, prefix)
            walk([*sub.data, *rest], prefix)
        else:
            out.add((prefix, f"{name}:{arg!r}"))

    walk(list(_PARSER.parse(pattern.pattern, pattern.flags).data), "")
    return out


#: What may follow a first word in a pattern: a boundary or horizontal white space, so the
#: word is whole, as `_START` requires.
_WORD_ENDS = ("AT:AT_BOUNDARY", "IN:[(NEGATE, None), (CATEGORY, CATEGORY_NOT_SPACE)")
_DIGITS = frozenset("0123456789")


@pytest.mark.parametrize("name", sorted(FINDERS))
def test_every_match_begins_where_start_matches(name: str) -> None:
    module = FINDERS[name]
    beginnings = _beginnings(module._PATTERN)
    words = set(module._FIRST_WORDS)
    seen: set[str] = set()
    for prefix, stop in beginnings:
        if not prefix:
            # A digit class: the category, or literals and ranges of digits only.
            assert "CATEGORY_DIGIT" in stop or all(chr(int(n)) in _DIGITS for n in re.findall(r"\d+", stop))
            continue
        if prefix[0] in _DIGITS:
            continue
        if prefix == "Q" and name == "dates":
            continue  # "Q1 2025": `_START` takes a capital Q before anything
        word = re.match(r"[A-Za-z]+", prefix)
        assert word is not None, prefix
        first = word.group()
        assert first.lower() in words, prefix
        seen.add(first.lower())
        # The first word ends where the pattern puts a non-letter: `_START` wants it whole.
        assert stop == "" or stop.startswith(_WORD_ENDS), (prefix, stop)
        if stop == "":
            assert not re.match(r"\w", prefix[len(first)]), prefix
    assert seen <= words
    assert len(seen) > 20  # the walk reached the words, not only the digits


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]


def _plain(module: ModuleType, text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in module._PATTERN.finditer(text, start, end)]


def _fast(module: ModuleType, text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in module._matches(text, start, end)]


@pytest.mark.parametrize("name", sorted(FINDERS))
def test_matches_are_finditer_on_the_dev_articles(name: str) -> None:
    module = FINDERS[name]
    paths = sorted(DEV.glob("*.txt"))
    assert paths
    hits = 0
    for path in paths:
        text = path.read_text("utf-8")
        spans = [*_sentences(text), (0, len(text))]
        for start, end in spans:
            expected = _plain(module, text, start, end)
            assert _fast(module, text, start, end) == expected, text[start:end]
            hits += len(expected)
    assert hits > 10


_SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", ". ", "-", "'s ", "\u2019s ", "\u00a0", " (", "; "])
_EXOTIC = st.sampled_from(["\u017f", "\u0131", "\u0130", "\u212a", "\u00e9", "\u0663"])


def _vocabulary(module: ModuleType) -> list[str]:
    words = re.findall(r"[A-Za-z][A-Za-z-]*", module._PATTERN.pattern)
    return sorted({*words, *module._FIRST_WORDS, "Tuesday", "March", "hours", "ago", "the", "Petro"})


def _cased_word(word: str, form: int) -> str:
    # One strategy for all words (a strategy made per word fills hypothesis's strategy
    # cache, which then rebuilds the other tests' regex strategies at every example).
    return (word, word.lower(), word.upper(), word.capitalize())[form]


def _variant(word: str, form: int) -> str:
    return (word, word.upper(), "x" + word, word + "s")[form]


@st.composite
def _texts(draw: st.DrawFn, module: ModuleType) -> str:
    """Words of the pattern and numbers, in any case, with separators and the odd exotic letter."""
    vocabulary = _vocabulary(module)
    word = st.one_of(
        st.builds(_cased_word, st.sampled_from(vocabulary), st.integers(0, 3)),
        st.integers(0, 2100).map(str),
        st.sampled_from(["1st", "2nd", "3rd", "12th", "Q1", "Q4", "2025-03-12", "1.5"]),
        _EXOTIC,
    )
    parts: list[str] = []
    for piece in draw(st.lists(word, min_size=1, max_size=14)):
        parts.extend((piece, draw(_SEPARATORS)))
    return "".join(parts)


@pytest.mark.parametrize("name", sorted(FINDERS))
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_matches_are_finditer_on_the_patterns_words(name: str, data: st.DataObject) -> None:
    module = FINDERS[name]
    text = data.draw(_texts(module))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _fast(module, text, start, end) == _plain(module, text, start, end)


@settings(max_examples=300, deadline=None)
@given(
    words=st.sets(st.text("abcde", min_size=1, max_size=5), min_size=1, max_size=12),
    probe=st.text("abcde", max_size=6),
)
def test_a_trie_matches_exactly_its_words(words: set[str], probe: str) -> None:
    trie = re.compile(_trie(words))
    for word in words:
        assert trie.fullmatch(word) is not None
    assert (trie.fullmatch(probe) is not None) == (probe in words)


# -- the start words of the cue regexes -----------------------------------------------------


def test_every_cue_regex_is_registered() -> None:
    assert all(any(k is keyed for k in _REGISTRY) for keyed in KEYED.values())


@pytest.mark.parametrize("name", sorted(KEYED))
def test_cue_regexes_begin_with_a_boundary_before_a_letter(name: str) -> None:
    # `start_positions` keeps word starts only: right for a regex that begins with \b.
    keyed = KEYED[name]
    paths = _first_elements(keyed.pattern)
    assert paths == {"AT:AT_BOUNDARY"}, paths
    for word in keyed.starts:
        assert word[:1].isalpha(), word
        # A start word holding a non-word character would hide a word start inside it.
        for i, char in enumerate(word):
            if not re.match(r"\w", char):
                rest = word[i + 1 :]
                assert not any(rest.startswith(w) or w.startswith(rest) for w in keyed.starts), word


def _first_elements(pattern: re.Pattern[str]) -> set[str]:
    """The first element of every alternative path through *pattern*."""
    out: set[str] = set()

    def walk(items: list[Any]) -> None:
        (op, arg), rest = items[0], items[1:]
        name = str(op)
        if name == "SUBPATTERN":
            walk([*arg[3].data, *rest])
        elif name == "BRANCH":
            for alternative in arg[1]:
                walk([*alternative.data, *rest])
        else:
            out.add(f"{name}:{arg}")

    walk(list(_PARSER.parse(pattern.pattern, pattern.flags).data))
    return out


def _found_by_find(folded: str, text: str, keyed: Keyed, *, followers: bool = True) -> list[int]:
    """
    Every word start in *folded* where one of the start words occurs, found word by word.

    A start word with followers counts only before one of them; at least where another
    start word of the regex begins too.
    """
    follows = dict(keyed.follows) if followers else {}
    found: set[int] = set()
    for word in keyed.starts:
        at = folded.find(word)
        while at != -1:
            after = folded[at + len(word) :]
            wanted = word not in follows or re.match(rf"\s+(?:{'|'.join(follows[word])})", after)
            if (at == 0 or not re.match(r"\w", text[at - 1])) and wanted:
                found.add(at)
            at = folded.find(word, at + 1)
    return sorted(found)


def _check_positions(text: str, folded: str, keyed: Keyed, positions: list[int]) -> None:
    """*positions* hold every word start where the regex matches, and only start-word starts."""
    every = _found_by_find(folded, text, keyed)
    assert set(every) <= set(positions)
    plain = _found_by_find(folded, text, keyed, followers=False)
    assert set(positions) <= set(plain)
    for at in plain:
        if keyed.pattern.match(text, at) is not None:
            assert at in positions, (text[at : at + 30], keyed.starts[:3])


def test_start_positions_are_the_word_starts_of_the_start_words() -> None:
    paths = sorted(DEV.glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text("utf-8")
        folded = fold(text)
        assert folded is not None
        positions = start_positions(folded, list(KEYED.values()))
        for keyed in KEYED.values():
            _check_positions(text, folded, keyed, positions[keyed])
            assert positions[keyed]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_start_positions_on_the_regexes_words(data: st.DataObject) -> None:
    vocabulary = sorted({w for k in KEYED.values() for w in (*k.starts, *k.gate)} | {"that", "attend"})
    word = st.builds(_variant, st.sampled_from(vocabulary), st.integers(0, 3))
    parts = data.draw(st.lists(st.tuples(word, _SEPARATORS), max_size=12))
    text = "".join(w + s for w, s in parts)
    folded = fold(text)
    assert folded is not None
    positions = start_positions(folded, list(KEYED.values()))
    for keyed in KEYED.values():
        _check_positions(text, folded, keyed, positions[keyed])
        scan = Scan(text, folded, keyed)
        assert scan._starts == positions[keyed]


def _second_words(pattern: re.Pattern[str], gated: set[str]) -> set[tuple[str, str, str]]:
    """
    For every way a match can begin with a word of *gated*: the word, what follows it, and the
    literal beginning of the next word (``"SP"`` stands for the pattern's run of spaces).
    """
    out: set[tuple[str, str, str]] = set()

    def walk(items: list[Any], first: str, gap: str, second: str) -> None:
        if gap and (not items or (second and not second[-1].isalnum())):
            out.add((first, gap, second))
            return
        if not items:
            return
        (op, arg), rest = items[0], items[1:]
        name = str(op)
        if name == "SUBPATTERN":
            walk([*arg[3].data, *rest], first, gap, second)
        elif name == "BRANCH":
            for alternative in arg[1]:
                walk([*alternative.data, *rest], first, gap, second)
        elif name in {"AT", "ASSERT", "ASSERT_NOT"} and (not first or gap):
            walk(rest, first, gap, second)
        elif name == "LITERAL" and not gap and chr(arg).isalpha():
            walk(rest, first + chr(arg).lower(), gap, second)
        elif not gap and first:
            if first not in gated:
                return  # a first word without followers: `_START` takes it whole
            space = (
                name == "MAX_REPEAT"
                and arg[0] >= 1
                and "SPACE" in str(arg[2])
                and "NEGATE" not in str(arg[2])
            )
            # (the dates' run of horizontal spaces is a negated class of non-spaces)
            space = space or (name == "MAX_REPEAT" and arg[0] >= 1 and "CATEGORY_NOT_SPACE" in str(arg[2]))
            out.add((first, "SP" if space else f"{name}:{arg}", ""))
            if space:
                walk(rest, first, "SP", second)
        elif name == "LITERAL" and gap:
            walk(rest, first, gap, second + chr(arg).lower())
        elif name in {"MAX_REPEAT", "MIN_REPEAT"}:
            if arg[0] == 0:
                walk(rest, first, gap, second)
            walk([*arg[2].data, *rest], first, gap, second)
        elif gap:
            out.add((first, gap, second + f"<{name}:{arg}>"))
        # anything else before the first word ends is a digit or "Q" (see the test above)

    walk(list(_PARSER.parse(pattern.pattern, pattern.flags).data), "", "", "")
    return out


def test_first_words_with_followers_begin_matches_only_before_them() -> None:
    followers = _dates._FOLLOWERS
    assert set(followers) <= set(_dates._FIRST_WORDS)
    found = _second_words(_dates._PATTERN, set(followers))
    seen = {first for first, _, _ in found}
    assert seen == set(followers)  # the walk reached every gated word
    for first, gap, second in found:
        assert gap == "SP", (first, gap)  # a gated word is always followed by spaces
        if not second:
            continue  # (the bare record made when the spaces were reached)
        allowed = followers[first]
        digit = second[0].isdigit() or (
            second.startswith("<IN:")
            and (
                "CATEGORY_DIGIT" in second or all(chr(int(n)) in _DIGITS for n in re.findall(r"\d+", second))
            )
        )
        assert any(second.startswith(word) for word in allowed if word != r"\d") or (
            digit and r"\d" in allowed
        ), (first, second)


def _units_plain(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _durations._TRIGGER.finditer(text, start, end)]


def test_duration_units_are_found_as_finditer_finds_them() -> None:
    paths = sorted(DEV.glob("*.txt"))
    hits = 0
    for path in paths:
        text = path.read_text("utf-8")
        for start, end in [*_sentences(text), (0, len(text))]:
            expected = _units_plain(text, start, end)
            assert _durations._units_in(text, start, end) == expected
            hits += len(expected)
    assert hits > 0


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_duration_units_on_the_patterns_words(data: st.DataObject) -> None:
    text = data.draw(_texts(_durations))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _durations._units_in(text, start, end) == _units_plain(text, start, end)


@pytest.mark.parametrize("name", sorted(KEYED))
def test_start_words_with_followers_begin_matches_only_before_them(name: str) -> None:
    keyed = KEYED[name]
    follows = dict(keyed.follows)
    assert set(follows) <= set(keyed.starts)
    # A word that begins a match and has a gated start word as its longest start word must
    # be that word: the start search wants white space right after it.
    for prefix, _ in _beginnings(keyed.pattern):
        letters = re.match(r"[A-Za-z]*", prefix)
        word = letters.group().lower() if letters is not None else ""
        starts = [start for start in keyed.starts if word.startswith(start)]
        if starts and max(starts, key=len) in follows:
            assert word == max(starts, key=len), (name, prefix)
    if not follows:
        return
    found = _second_words(keyed.pattern, set(follows))
    assert {first for first, _, _ in found} == set(follows)
    for first, gap, second in found:
        assert gap == "SP", (first, gap)
        if second:
            assert any(second.startswith(word) for word in follows[first]), (first, second)
