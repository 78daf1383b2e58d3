"""
The default pipeline on damaged real news: pieces of the dev articles, cut anywhere and
sprinkled with stray quotation marks, dashes, invisible characters and reporting words.

Random Unicode (`test_text_pipeline.py`) rarely reaches the rules, which act on names,
titles, cues and quotation marks; text that is almost news does. Held-out articles arrive
truncated, re-wrapped and with broken quotation marks, and one exception loses the whole
article, so every such input must give a valid record that survives a JSON round trip.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.model import Record, Source
from bilateral.serialize import dumps, loads
from bilateral.text import default_pipeline

_DEV = Path(__file__).resolve().parent.parent / "data" / "eval" / "dev"
_ARTICLES = tuple(path.read_text(encoding="utf-8") for path in sorted(_DEV.glob("*.txt")))

#: What damaged copy contains: quotation marks of every kind, unbalanced; dashes and
#: brackets; invisible and odd white space; letters whose case folding changes length or
#: offsets; and the words the rules key on, out of place.
_NOISE = (
    '"',
    "“",
    "”",
    "'",
    "\u2018",
    "\u2019",
    "«",
    "»",
    "—",
    "\u2013",
    "(",
    ")",
    ",",
    ".",
    ":",
    ";",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u00a0",
    "\u200b",
    "\u2028",
    "\ufeff",
    "\u0301",
    "İ",
    "\u0131",
    "\u017f",
    "ß",
    "…",
    " Mr.",
    " U.S.",
    " Jr.",
    " said ",
    " told ",
    " met ",
    " President ",
    " according to ",
    " on Tuesday",
    " he ",
)


@st.composite
def _damaged(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(_ARTICLES))
    start = draw(st.integers(0, len(text) - 1))
    text = text[start : start + draw(st.integers(1, 3000))]
    for position, noise in draw(st.lists(st.tuples(st.floats(0, 1), st.sampled_from(_NOISE)), max_size=25)):
        at = int(position * len(text))
        text = text[:at] + noise + text[at:]
    for position in draw(st.lists(st.floats(0, 1), max_size=10)):
        at = int(position * len(text))
        text = text[:at] + text[at + 1 :]
    case = draw(st.sampled_from(("as printed", "upper", "lower")))
    return text.upper() if case == "upper" else text.lower() if case == "lower" else text


def test_the_dev_articles_are_there() -> None:
    assert len(_ARTICLES) >= 5
    assert all(len(text) > 1000 for text in _ARTICLES)


@settings(max_examples=60, deadline=None)
@given(_damaged())
def test_damaged_news_gives_a_valid_record_that_round_trips(text: str) -> None:
    record = default_pipeline().extract(Source(text=text))
    assert isinstance(record, Record)
    assert record.source.text == text
    assert loads(dumps(record)) == record
