"""The statement rules' tokens, read as strings with their leading space, are `_TOKEN`'s matches."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bilateral.text import extract
from bilateral.text._statements import _SPACED_TOKEN, _TOKEN

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"


def _spaced(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    position = start
    for space, token in _SPACED_TOKEN.findall(text, start, end):
        first = position + len(space)
        position = first + len(token)
        out.append((first, position, token))
    return out


def _matched(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def test_spaced_tokens_are_the_token_matches_on_the_dev_articles() -> None:
    paths = sorted(DEV.glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text("utf-8")
        for start in range(0, len(text), 97):
            end = min(len(text), start + 400)
            assert _spaced(text, start, end) == _matched(text, start, end)


_PIECES = st.sampled_from(
    [
        "U.S.",
        "Mr.",
        "C.",
        "Raja",
        "1,000.5",
        "Petro\u2019s",
        "we're",
        "Nyong'o",
        "O\u2019Brien's",
        "d'Ivoire",
        "didn't",
        "leaders'",
        "well-known",
        "said.",
        "Co.",
        "e.g.",
        "Jan.",
        "A.",
        "end-game.",
        "x_y.",
        # The ASCII-word shortcut stops before these followers: "_", a non-ASCII letter, a
        # hyphen, a digit run, an en dash.
        "G7_",
        "Caf\u00e9",
        "Zelenskyy\u2010led",
        "B2B",
        "Kyiv\u2013Moscow",
        '"',
        ".",
        "\u201c",
        "\u201d",
        "'",
        "-",
        ",",
    ]
)


@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=12),
    st.lists(st.sampled_from(["", " ", "  ", "\n", "\t", "\u00a0"]), min_size=12, max_size=12),
    st.data(),
)
def test_spaced_tokens_are_the_token_matches_on_any_text(
    pieces: list[str], gaps: list[str], data: st.DataObject
) -> None:
    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _spaced(text, start, end) == _matched(text, start, end)


def test_an_apostrophe_inside_a_name_keeps_one_token() -> None:
    text = "Nyong'o and O\u2019Brien's aide met in N'Djamena; we're sure they didn't. The leaders' 'reset'"
    words = [t for _, t in _SPACED_TOKEN.findall(text)]
    assert words[:6] == ["Nyong'o", "and", "O\u2019Brien", "'s", "aide", "met"]
    assert "N'Djamena" in words
    assert words[words.index("we") : words.index("we") + 2] == ["we", "'re"]
    assert words[words.index("didn") : words.index("didn") + 2] == ["didn", "'t"]
    assert words[-5:] == ["leaders", "'", "'", "reset", "'"]


def test_a_name_with_an_apostrophe_is_a_whole_source() -> None:
    record = extract("Kenyan Foreign Minister Peter Nyong'o said the loan would be repaid by 2031.")
    mention = record.statements[0].speaker_mention
    assert mention is not None
    assert record.source.text[mention.start : mention.end] == "Kenyan Foreign Minister Peter Nyong'o"
