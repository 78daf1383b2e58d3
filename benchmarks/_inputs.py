"""The records every library is measured on: the example, a large and a small generated one."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from bilateral import (
    Agreement,
    Author,
    Claim,
    Country,
    Duration,
    DurationQualifier,
    Extraction,
    Invitation,
    Medium,
    Meeting,
    MeetingStatus,
    Person,
    Place,
    PlaceKind,
    Record,
    Role,
    Source,
    Span,
    SpeechMode,
    Statement,
    TimeExpression,
    Weekday,
)

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "petro_trump.json"

_SENTENCE = (
    "the minister said talks on trade and security were constructive and that both sides "
    "would meet again next month in the capital to sign an agreement on energy cooperation"
)
_WORDS = _SENTENCE.split()


def _text(rng: random.Random, size: int) -> str:
    words: list[str] = []
    length = 0
    while length < size:
        w = rng.choice(_WORDS)
        words.append(w)
        length += len(w) + 1
    return " ".join(words)[:size]


def generated(*, text_size: int, statements: int, claims: int, participants: int, seed: int) -> Record:
    """A deterministic record of the requested size, valid by construction."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    text = _text(rng, text_size)
    n = len(text)

    def span(length: int = 40) -> Span:
        start = rng.randrange(0, n - length)
        return Span(start=start, end=start + rng.randrange(1, length))

    countries = [
        Country(id=f"c{i}", name=f"Country {i}", country=code, mentions=(span(),))
        for i, code in enumerate(("CO", "US", "IN", "JP")[:participants])
    ]
    people = [
        Person(
            id=f"p{i}",
            name=f"Leader Number{i}",
            aliases=(f"Number{i}",),
            country=countries[i].country,
            roles=(Role(title="President", of=countries[i].id),),
            mentions=tuple(span() for _ in range(3)),
        )
        for i in range(participants)
    ]
    ids = [p.id for p in people]
    places = (Place(id="pl0", name="Cartagena", country="CO", kind=PlaceKind.CITY, mentions=(span(),)),)
    statements_ = tuple(
        Statement(
            id=f"s{i}",
            speakers=(rng.choice(ids),),
            mode=rng.choice(list(SpeechMode)),
            speaker_mention=span(20),
            cue=span(10),
            content=(span(120),) if i % 3 else (span(60), span(60)),
            hedge="reportedly" if i % 7 == 0 else None,
        )
        for i in range(statements)
    )
    claims_ = tuple(
        Claim(
            id=f"k{i}",
            claimants=(rng.choice(ids),),
            text=text[i * 20 : i * 20 + 80].strip() or "a claim",
            about=("pl0", rng.choice(ids)),
            statement=f"s{i % statements}",
            evidence=(span(80),),
        )
        for i in range(claims)
    )
    meeting = Meeting(
        id="m0",
        participants=tuple(ids),
        medium=Medium.IN_PERSON,
        status=MeetingStatus.HELD,
        date=TimeExpression(text="Tuesday", weekday=Weekday.TUESDAY, mention=span(7)),
        place="pl0",
        duration=Duration(seconds=7200, qualifier=DurationQualifier.APPROXIMATELY, text="nearly two hours"),
        topics=("drug trafficking", "energy production"),
        outcomes=(
            Agreement(by=tuple(ids[:2]), text="sanctions are not productive", evidence=(span(),)),
            Invitation(by=(ids[0],), to=(ids[1],), text="visit Cartagena", evidence=(span(),)),
        ),
        evidence=(span(100),),
    )
    return Record(
        source=Source(
            text=text,
            title="A generated report",
            authors=(Author(name="A. Writer", role="Editor"),),
            published=dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC),
            section="World",
        ),
        actors=(*people, *countries),
        places=places,
        meetings=(meeting,),
        statements=statements_,
        claims=claims_,
        extraction=Extraction(extractor="bench", version="1"),
    )


def large() -> Record:
    """About 13 KB of JSON: 24 statements, 8 claims, 4 participants, a 5 KB article."""
    return generated(text_size=5000, statements=24, claims=8, participants=4, seed=1)


def small() -> Record:
    """
    About 2 KB of JSON (2.4 KB): a 200-character article, one statement, one claim.

    Two participants with their countries, a place and a meeting with two outcomes already
    take about 2 KB, so this is as small as a complete record of a meeting gets.
    """
    return generated(text_size=200, statements=1, claims=1, participants=2, seed=2)
