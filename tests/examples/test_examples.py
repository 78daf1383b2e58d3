"""The bundled example (`examples/petro_trump.*`) loads, validates and says what its text says."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bilateral.cli import main
from bilateral.model import Actor, Country, Organization, Person, Record, Span, SpeechMode
from bilateral.serialize import dumps, loads

if TYPE_CHECKING:
    from collections.abc import Iterator

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
JSON_PATH = EXAMPLES / "petro_trump.json"
TEXT_PATH = EXAMPLES / "petro_trump.txt"

PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its"})
# "both", "the two leaders", "they": a source that stands for several actors.
PLURAL_SOURCE = re.compile(r"(?i)both(?: \w+)?|they|the two \w+")
# "his country": a country named through its leader.
POSSESSED_COUNTRY = re.compile(r"(?i)(?:his|her|their) country")
QUOTES = '“”"'


@pytest.fixture(scope="module")
def raw() -> bytes:
    return JSON_PATH.read_bytes()


@pytest.fixture(scope="module")
def record(raw: bytes) -> Record:
    return loads(raw)


def _text(record: Record, spans: tuple[Span, ...]) -> str:
    """Text of a possibly discontinuous span list, fragments joined by one space (as brat does)."""
    return " ".join(record.text(s) for s in spans)


def _forms(actor: Actor) -> list[str]:
    """Name and aliases, casefolded, without a leading article ("the Colombian president")."""
    return [re.sub(r"^the ", "", f.casefold()) for f in (actor.name, *actor.aliases)]


def _contains_word(haystack: str, needle: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def _refers(actor: Actor, surface: str) -> bool:
    """Whether *surface* can name *actor*: one of its names, a pronoun, or "his country"."""
    folded = surface.casefold()
    if any(_contains_word(folded, form) for form in _forms(actor)):
        return True
    if isinstance(actor, Person) and folded in PRONOUNS:
        return True
    return isinstance(actor, Country) and POSSESSED_COUNTRY.fullmatch(surface) is not None


def _all_mentions(record: Record) -> Iterator[tuple[str, Span]]:
    for actor in record.actors:
        for span in actor.mentions:
            yield actor.id, span
    for place in record.places:
        for span in place.mentions:
            yield place.id, span


def _article_region(record: Record) -> tuple[int, int]:
    """From the headline line to the end of the body: everything outside is site boilerplate."""
    title = record.source.title
    assert title is not None
    start = record.source.text.index(f"\n{title}\n") + 1
    return start, record.source.body[-1].end


def test_example_loads_as_a_record(record: Record) -> None:
    assert isinstance(record, Record)
    assert record.extraction is None  # made by hand, not by an extractor
    assert len(record.statements) == 32
    assert len(record.claims) == 8
    assert len(record.meetings) == 1


def test_example_validates_through_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(JSON_PATH)]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_example_round_trips_byte_identically(raw: bytes, record: Record) -> None:
    assert raw.endswith(b"}\n")
    assert (dumps(record, indent=2) + "\n").encode("utf-8") == raw
    assert dumps(loads(raw), indent=2) + "\n" == raw.decode("utf-8")


def test_source_text_is_the_bundled_article(record: Record) -> None:
    text = TEXT_PATH.read_bytes().decode("utf-8")
    assert record.source.text == text
    assert not text.endswith("\n")  # kept exactly as captured, never trimmed


def test_source_metadata_is_printed_in_the_article(record: Record) -> None:
    source = record.source
    text = source.text
    assert source.title is not None
    assert f"\n{source.title}\n" in text
    for author in source.authors:
        assert f"by {author.name} - {author.role}" in text
    assert f"» {source.section} »" in text  # the breadcrumb
    assert source.published is None  # the page prints no date


def test_body_leaves_out_the_boilerplate(record: Record) -> None:
    body = _text(record, record.source.body)
    assert body.startswith("Colombian President Gustavo Petro stated")
    for boilerplate in ("Home »", "You may also like", "Leave a Comment", "Akismet", "by Ahmed Hassan"):
        assert boilerplate not in body
    assert body.rstrip() == body  # ends on the last paragraph's full stop


def test_every_span_lies_in_the_article_not_the_boilerplate(record: Record) -> None:
    start, end = _article_region(record)
    spans = [span for _, span in _all_mentions(record)]
    for statement in record.statements:
        spans += [s for s in (statement.speaker_mention, statement.cue) if s is not None]
        spans += statement.content
    for claim in record.claims:
        spans += claim.evidence
    for meeting in record.meetings:
        spans += meeting.evidence
        for outcome in meeting.outcomes:
            spans += outcome.evidence
    assert spans
    for span in spans:
        assert start <= span.start < span.end <= end, span


def test_spans_are_word_aligned(record: Record) -> None:
    text = record.source.text
    for owner, span in _all_mentions(record):
        before = text[span.start - 1] if span.start else " "
        after = text[span.end] if span.end < len(text) else " "
        assert not before.isalnum(), (owner, record.text(span))
        assert not after.isalnum(), (owner, record.text(span))
        assert record.text(span) == record.text(span).strip()


def test_mentions_are_ordered_and_disjoint_per_item(record: Record) -> None:
    for item in (*record.actors, *record.places):
        ordered = sorted(item.mentions, key=lambda s: (s.start, s.end))
        assert list(item.mentions) == ordered, item.id
        for left, right in itertools.pairwise(ordered):
            assert left.end <= right.start, item.id


def test_every_mention_refers_to_its_actor(record: Record) -> None:
    for actor in record.actors:
        assert actor.mentions, actor.id
        for span in actor.mentions:
            assert _refers(actor, record.text(span)), (actor.id, record.text(span))


def test_every_place_mention_is_its_name(record: Record) -> None:
    for place in record.places:
        assert place.mentions, place.id
        for span in place.mentions:
            assert record.text(span) == place.name


def test_every_name_occurrence_is_a_mention(record: Record) -> None:
    # Completeness: wherever a name or alias occurs in the article, some mention covers it
    # (its own actor's, or a longer name containing it: "Trump" in "the Trump administration").
    start, end = _article_region(record)
    text = record.source.text
    covering = [span for _, span in _all_mentions(record)]
    names: dict[str, list[Span]] = {}
    for actor in record.actors:
        for name in (actor.name, *actor.aliases):
            names.setdefault(name, []).extend(actor.mentions)
    for place in record.places:
        names.setdefault(place.name, []).extend(place.mentions)
    for name, own in names.items():
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[start:end], re.IGNORECASE):
            lo, hi = m.start() + start, m.end() + start
            if any(s.start <= lo and hi <= s.end for s in own):
                continue
            assert any(s.start <= lo and hi <= s.end for s in covering), (name, lo)


def test_roles_belong_to_the_country_of_the_person(record: Record) -> None:
    by_id = {a.id: a for a in record.actors}
    for actor in record.actors:
        if isinstance(actor, Person):
            assert actor.roles, actor.id
            for role in actor.roles:
                assert role.of is not None
                country = by_id[role.of]
                assert isinstance(country, Country)
                assert country.country == actor.country
        if isinstance(actor, Organization):
            assert actor.country is not None


def test_single_speaker_sources_are_mentions_of_the_speaker(record: Record) -> None:
    for statement in record.statements:
        mention = statement.speaker_mention
        if len(statement.speakers) == 1:
            assert mention is not None
            assert mention in record.actor(statement.speakers[0]).mentions, statement.id
        elif len(statement.speakers) > 1:
            assert mention is not None
            assert PLURAL_SOURCE.fullmatch(record.text(mention)), statement.id
            assert all(isinstance(record.actor(s), Person) for s in statement.speakers)
        else:
            # An implicit source: no span, or one that names nobody we know.
            assert mention is None, statement.id


def test_statement_parts_do_not_overlap(record: Record) -> None:
    for statement in record.statements:
        assert statement.cue is not None
        parts = [statement.cue, *statement.content]
        if statement.speaker_mention is not None:
            parts.append(statement.speaker_mention)
        ordered = sorted(parts, key=lambda s: s.start)
        for left, right in itertools.pairwise(ordered):
            assert left.end <= right.start, statement.id


def test_statement_mode_fits_its_quotation_marks(record: Record) -> None:
    for statement in record.statements:
        content = _text(record, statement.content)
        quoted = [c for c in content if c in QUOTES]
        if statement.mode is SpeechMode.DIRECT:
            assert content.startswith("“")
            assert content.endswith("”")
            assert len(quoted) == 2, statement.id
        elif statement.mode is SpeechMode.MIXED:
            assert quoted, statement.id
            assert not (content.startswith("“") and content.endswith("”") and len(quoted) == 2)
        else:
            assert not quoted, statement.id


def test_hedges_are_in_the_cue(record: Record) -> None:
    hedged = 0
    for statement in record.statements:
        assert statement.cue is not None
        cue = record.text(statement.cue)
        if statement.hedge is None:
            assert "reportedly" not in cue
        else:
            hedged += 1
            assert statement.hedge in cue
    assert hedged == 2


def test_claim_texts_are_their_evidence(record: Record) -> None:
    statements = {s.id: s for s in record.statements}
    known = {a.id for a in record.actors} | {p.id for p in record.places}
    for claim in record.claims:
        assert claim.evidence
        assert _text(record, claim.evidence) == claim.text
        assert set(claim.about) <= known
        assert claim.statement is not None
        statement = statements[claim.statement]
        assert set(claim.claimants) <= set(statement.speakers), claim.id
        for span in claim.evidence:
            assert any(c.start <= span.start and span.end <= c.end for c in statement.content), claim.id


def test_meeting_says_what_the_text_says(record: Record) -> None:
    (meeting,) = record.meetings
    assert meeting.date is not None
    assert meeting.date.mention is not None
    assert record.text(meeting.date.mention) == meeting.date.text
    # No publication date, so nothing beyond the printed weekday is known.
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (None, None, None)
    assert not meeting.date.is_resolved
    assert meeting.duration is not None
    assert meeting.duration.mention is not None
    assert record.text(meeting.duration.mention) == meeting.duration.text
    assert all(isinstance(record.actor(p), Person) for p in meeting.participants)
    for outcome in meeting.outcomes:
        assert outcome.evidence, outcome.text
        assert set(outcome.by) | set(outcome.to) <= set(meeting.participants)
    for span in meeting.evidence:
        assert "meeting" in record.text(span).casefold()
