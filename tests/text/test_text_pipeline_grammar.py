"""
The default pipeline on news sentences put together from the pieces the rules key on.

Damaged real text (`test_text_pipeline_mutated.py`) keeps the dev articles' sentence shapes;
held-out news brings new ones. Here each sentence is drawn from a small grammar of what wire
copy is made of (sources with titles, appositives and possessives; reporting verbs and
phrases; contents that are clauses, quotations, a bare "that" or nothing; fronted questions,
relative clauses, dates and meeting nouns; headlines, bylines, datelines and transcript
tags), in orders that are often ungrammatical. A content that is only the relative "that"
once made the claim stage build an inverted span and lose the whole article; every such text
must give a valid record that survives a JSON round trip.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.model import Record, Source
from bilateral.serialize import dumps, loads
from bilateral.text import default_pipeline

_SOURCES = (
    "Colombian President Gustavo Petro",
    "Petro",
    "he",
    "they",
    "the two leaders",
    "U.S. President Donald Trump",
    "Kenya's foreign ministry",
    "a State Department spokesperson",
    "a senior official who asked not to be named",
    "Analysts",
    "the ministry",
    "Both sides",
    "his spokesman, Bayo Adeyemi,",
    "The Taliban administration's chief spokesman, Zabihullah Mujahid,",
    "Indian Prime Minister Narendra Modi and his Japanese counterpart Shigeru Ishiba",
    "a joint statement released after the talks",
)
_CUES = (
    "said",
    "told reporters",
    "said in a statement",
    "added",
    "warned",
    "stressed",
    "agreed",
    "wrote on X",
    "told VOA",
    "denied",
    "announced",
    "invited Trump to visit Bogota",
    "proposed",
    "described the talks as",
)
_CONTENTS = (
    "that the talks were productive",
    "the two countries would sign a deal",
    '"We will not back down,"',
    "that",
    "",
    "it",
    "\u201cthe relationship is strong\u201d",
    "that the meeting, which lasted two hours, was frank",
    "whether the deal would hold",
    "that Kenya and Uganda had agreed to meet again next week in Kampala",
    "(in Spanish)",
    "\u2014",
    "the",
)
_ADJUNCTS = (
    "in a meeting that Colombian officials said was aimed at easing tensions",
    "after the talks",
    "on Tuesday",
    "at the White House",
    "during a two-hour meeting in Nairobi",
    "according to the readout",
    "Asked whether he would resign,",
    "Not everyone agreed.",
    "The session ran for four hours.",
    ", who took office last year,",
    "since their meeting in February",
    "the readout said,",
    "",
)
_HEADS = (
    "Petro, Trump Meet at White House",
    "UPDATE 2-Kenya, Uganda agree",
    "Published On 4 Sep 2024",
    "By Jane Doe | VOA News",
    "WASHINGTON \u2014",
    "Q:",
    "MR MILLER:",
    "* ",
    "EDITOR'S NOTE:",
    "",
)
_ENDS = (".", "", '."', "?", ":", ";", "\n")


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    source, cue, content, adjunct = (
        st.sampled_from(_SOURCES),
        st.sampled_from(_CUES),
        st.sampled_from(_CONTENTS),
        st.sampled_from(_ADJUNCTS),
    )
    shape = draw(st.integers(0, 5))
    if shape == 5:
        parts = [draw(source), draw(adjunct), draw(cue), draw(content)]
    elif shape == 0:
        parts = [draw(adjunct), draw(source), draw(cue), draw(content), draw(adjunct)]
    elif shape == 1:
        parts = [draw(content), ",", draw(source), draw(cue), draw(adjunct)]
    elif shape == 2:
        parts = [draw(source), "met", draw(source), draw(adjunct), draw(adjunct)]
    elif shape == 3:
        parts = [draw(st.sampled_from(_HEADS)), draw(source), draw(cue), draw(content)]
    else:
        parts = [
            draw(source),
            draw(cue),
            draw(source),
            draw(content),
            draw(adjunct),
            draw(cue),
            draw(content),
        ]
    return " ".join(p for p in parts if p) + draw(st.sampled_from(_ENDS))


@st.composite
def _article(draw: st.DrawFn) -> str:
    paragraphs = draw(
        st.lists(st.lists(_sentence(), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=5)
    )
    return draw(st.sampled_from(("\n\n", "\n", " "))).join([draw(st.sampled_from(_HEADS)), *paragraphs])


@settings(max_examples=80, deadline=None)
@given(_article())
def test_news_shaped_text_gives_a_valid_record_that_round_trips(text: str) -> None:
    record = default_pipeline().extract(Source(text=text))
    assert isinstance(record, Record)
    assert record.source.text == text
    assert loads(dumps(record)) == record
