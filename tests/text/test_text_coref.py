"""
Speaker resolution tests.

Snippets come from the seed article and from Voice of America stories in the dev set (public
domain; see tests/data/eval/dev/PROVENANCE.md). The dev test reads every Source span of the
gold attributions and checks who it resolves to.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bilateral.model import Source, Span
from bilateral.text._coref import actors_in, add_mention, mentions_in, places_in, resolve_speaker
from bilateral.text._document import Document, Mention, MentionKind
from bilateral.text._entities import EntityStage

DEV = Path(__file__).resolve().parents[1] / "data" / "eval" / "dev"

SEED = (
    "Colombian President Gustavo Petro stated following a meeting with U.S. President Donald Trump that "
    "the primary source of drug trafficking does not originate within Colombia. Petro indicated that those "
    "at the top are what he termed “kingpins of the kingpins.”\n\n"
    "The meeting between the two leaders, held on Tuesday, , was described by both as optimistic. "
    "Trump himself characterized Petro as “terrific” and said they got along “very well.”\n\n"
    "Trump acknowledged a shift in tone from Petro in recent weeks. He stated that Petro\u2019s attitude had "
    "“changed very much.”\n\n"
    "Beyond drug trafficking, the two presidents also discussed energy production. However, they reportedly "
    "agreed that sanctions were not a productive approach.\n\n"
    "Petro extended an invitation to Trump to visit Cartagena, Colombia. The Colombian president also "
    "indicated that discussions included the possibility of future cooperation."
)


def doc_of(text: str) -> Document:
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    return doc


def span_of(text: str, phrase: str, nth: int = 0) -> Span:
    """The *nth* occurrence of *phrase* as whole words."""
    found = list(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text))[nth]
    return Span(start=found.start(), end=found.end())


def names(doc: Document, ids: tuple[str, ...] | list[str]) -> list[str]:
    by_id = {a.id: a.name for a in doc.actors}
    by_id.update({p.id: p.name for p in doc.places})
    return [by_id[i] for i in ids]


@pytest.fixture(scope="module")
def seed() -> Document:
    return doc_of(SEED)


@pytest.mark.parametrize(
    ("phrase", "nth", "expected"),
    [
        ("Colombian President Gustavo Petro", 0, ["Gustavo Petro"]),
        ("Petro", 1, ["Gustavo Petro"]),
        ("he", 0, ["Gustavo Petro"]),
        ("both", 0, ["Gustavo Petro", "Donald Trump"]),
        ("Trump himself", 0, ["Donald Trump"]),
        ("He", 0, ["Donald Trump"]),
        ("the two presidents", 0, ["Donald Trump", "Gustavo Petro"]),
        ("they", 1, ["Donald Trump", "Gustavo Petro"]),
        ("The Colombian president", 0, ["Gustavo Petro"]),
        ("the two leaders", 0, ["Gustavo Petro", "Donald Trump"]),
    ],
)
def test_seed_speakers(seed: Document, phrase: str, nth: int, expected: list[str]) -> None:
    got = names(seed, resolve_speaker(seed, span_of(SEED, phrase, nth)))
    assert sorted(got) == sorted(expected)


def test_they_with_two_people_in_the_sentence(seed: Document) -> None:
    got = names(seed, resolve_speaker(seed, span_of(SEED, "they", 0)))
    assert sorted(got) == ["Donald Trump", "Gustavo Petro"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Duterte and Suga spoke by phone. Analysts told VOA it matters. They said so.",
            "They",
            [],
        ),
        ("The report was released. A page for Mauritius on the website says so.", "A page for Mauritius", []),
        ("Leaders of both countries say the ties matter.", "Leaders of both countries", []),
        ("The government, which believed the vessels were Chinese, demanded action.", "which", []),
        (
            "Zelenskyy spoke. The delegation includes Zelenskyy\u2019s chief of staff Andriy Yermak.",
            "Zelenskyy\u2019s chief of staff Andriy Yermak",
            ["Andriy Yermak"],
        ),
        (
            "It grew, according to China's state-run Xinhua news agency.",
            "China's state-run Xinhua news agency",
            ["Xinhua"],
        ),
        (
            "The Philippine government reported vessels. The government, which believed it, demanded more.",
            "The government",
            ["Philippine government"],
        ),
        (
            (
                "The Alliance of Democracies met. The organization, led by former NATO Secretary General "
                "Anders Fogh Rasmussen, concluded a summit."
            ),
            "The organization, led by former NATO Secretary General Anders Fogh Rasmussen,",
            ["Alliance of Democracies"],
        ),
        (
            "Trump and Zelenskyy also publicly disagreed about who was responsible.",
            "Trump and Zelenskyy",
            [],
        ),
        (
            (
                "U.S. President Donald Trump met Ukrainian President Volodymyr Zelenskyy. "
                "Trump and Zelenskyy also publicly disagreed."
            ),
            "Trump and Zelenskyy",
            ["Donald Trump", "Volodymyr Zelenskyy"],
        ),
        (
            ("Republican Representative Michael McCaul, former chairman of the House Committee, told VOA."),
            "Republican Representative Michael McCaul, former chairman of the House Committee,",
            ["Michael McCaul"],
        ),
        (
            (
                "Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio Kishida "
                "agreed on Thursday to start talks."
            ),
            "Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio Kishida",
            ["Ferdinand Marcos Jr", "Fumio Kishida"],
        ),
        ("U.S. lawmakers welcomed the ceasefire.", "U.S. lawmakers", ["U.S. lawmakers"]),
        ("The group was sanctioned by Beijing earlier this year.", "Beijing", ["China"]),
        ("Nobody was there.", "Nobody", []),
    ],
)
def test_phrases(text: str, phrase: str, expected: list[str]) -> None:
    doc = doc_of(text)
    assert names(doc, resolve_speaker(doc, span_of(text, phrase))) == expected


def test_a_pronoun_prefers_the_subject_of_the_previous_sentence() -> None:
    text = (
        "U.S. President Donald Trump acknowledged a shift in tone from Colombian President Gustavo Petro. "
        "He stated that Petro changed. “It will take time,” he told reporters."
    )
    doc = doc_of(text)
    assert names(doc, resolve_speaker(doc, span_of(text, "He"))) == ["Donald Trump"]
    assert names(doc, resolve_speaker(doc, span_of(text, "he"))) == ["Donald Trump"]
    text = (
        "U.S. Secretary of State Marco Rubio said Monday it was fine. “We hope so. We are listening.” "
        "“It is an important topic,” he told reporters."
    )
    doc = doc_of(text)
    assert names(doc, resolve_speaker(doc, span_of(text, "he"))) == ["Marco Rubio"]


def test_she_skips_men() -> None:
    text = (
        "Australian Foreign Minister Marise Payne met Mr. John Smith, a diplomat, on Monday. "
        "Smith said it went well. She said so too."
    )
    doc = doc_of(text)
    assert names(doc, resolve_speaker(doc, span_of(text, "She"))) == ["Marise Payne"]


def test_unresolvable_and_empty() -> None:
    doc = doc_of("He said it was fine.")
    assert resolve_speaker(doc, span_of(doc.text, "He")) == ()
    assert resolve_speaker(doc, Span(start=0, end=0)) == ()
    empty = Document(source=Source(text="Petro said so."))
    assert resolve_speaker(empty, Span(start=0, end=5)) == ()


def test_actors_and_places_in_a_span() -> None:
    text = (
        "On Tuesday, Rubio will join U.S. national security adviser Mike Waltz for talks with Ukrainian "
        "officials in Jeddah, Saudi Arabia. Later he flew to Riyadh."
    )
    doc = doc_of(text)
    first = Span(start=0, end=text.index("Later"))
    # In order of mention start; the titled phrase "U.S. national security adviser Mike Waltz"
    # starts where "U.S." does and is the longer one.
    assert names(doc, actors_in(doc, first)) == [
        "Mike Waltz",
        "United States",
        "Ukrainian officials",
        "Ukraine",
        "Saudi Arabia",
    ]
    assert names(doc, actors_in(doc, first, kinds={MentionKind.NAME})) == [
        "Mike Waltz",
        "Ukrainian officials",
        "Saudi Arabia",
    ]
    assert names(doc, places_in(doc, first)) == ["Jeddah"]
    assert names(doc, places_in(doc, Span(start=0, end=len(text)))) == ["Jeddah", "Riyadh"]
    assert actors_in(doc, Span(start=0, end=2)) == []


def test_mentions_in_uses_whole_mentions_only(seed: Document) -> None:
    whole = span_of(SEED, "Colombian President Gustavo Petro")
    inside = mentions_in(seed, whole)
    assert [SEED[m.span.start : m.span.end] for m in inside] == [
        "Colombian President Gustavo Petro",
        "Colombian",
        "Gustavo Petro",
    ]
    half = Span(start=whole.start, end=whole.end - 3)
    assert "Gustavo Petro" not in [SEED[m.span.start : m.span.end] for m in mentions_in(seed, half)]


def test_add_mention_keeps_the_order(seed: Document) -> None:
    mention = Mention(span=Span(start=100, end=104), kind=MentionKind.NAME)
    add_mention(seed, mention)
    keys = [(m.span.start, -m.span.end) for m in seed.mentions]
    assert keys == sorted(keys)
    assert mention in mentions_in(seed, Span(start=100, end=104))


def _sources(stem: str) -> list[tuple[Span, str]]:
    out = []
    for line in (DEV / f"{stem}.ann").read_text(encoding="utf-8-sig").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1].startswith("Source "):
            _, start, end = parts[1].split()[:3]
            out.append((Span(start=int(start), end=int(end)), parts[2]))
    return out


# Who each gold Source phrase refers to (read by hand from the articles); [] = nobody named.
EXPECTED_SOURCES = {
    "seed000_petro_trump": {
        "Colombian President": ["Gustavo Petro"],
        "both": ["Gustavo Petro", "Donald Trump"],
        "he": ["Gustavo Petro"],
        "He": ["Donald Trump"],
        "they": ["Gustavo Petro", "Donald Trump"],
        "the two presidents": ["Gustavo Petro", "Donald Trump"],
        "both presidents": ["Gustavo Petro", "Donald Trump"],
    },
    "voa6205843_blinken_payne": {
        "Beijing": ["China"],
        "its": [],
        "he": ["Anders Fogh Rasmussen"],
        "He": ["Anders Fogh Rasmussen"],
        "The Charter": [],
    },
    "voa8008079_india_mauritius": {
        "leaders of both countries": [],
        "analysts": [],
        "both leaders": ["Narendra Modi", "Navinchandra Ramgoolam"],
        "the prime ministers": ["Narendra Modi", "Navinchandra Ramgoolam"],
    },
    "voa8008456_us_ukraine_ceasefire_reaction": {
        "the two leaders": ["Donald Trump", "Volodymyr Zelenskyy"],
        "Trump and Zelenskyy": ["Donald Trump", "Volodymyr Zelenskyy"],
        "U.S. lawmakers": ["U.S. lawmakers"],
    },
}


@pytest.mark.parametrize("stem", sorted(EXPECTED_SOURCES))
def test_dev_gold_sources(stem: str) -> None:
    text = (DEV / f"{stem}.txt").read_text(encoding="utf-8")
    doc = doc_of(text)
    persons = {a.name.split()[-1]: a.name for a in doc.actors if a.kind.value == "person"}
    resolved = 0
    sources = _sources(stem)
    for span, phrase in sources:
        got = names(doc, resolve_speaker(doc, span))
        expected = EXPECTED_SOURCES[stem].get(phrase)
        if expected is None:
            # A name or titled name: resolves to the person whose surname it contains.
            last = phrase.split(",")[0].split()[-1].rstrip(",")
            expected = [persons[last]] if last in persons and phrase[0].isupper() else got
        assert sorted(got) == sorted(expected), phrase
        resolved += bool(got)
    assert resolved >= len(sources) // 2
