"""
A custom pipeline stage: aid pledges as commitments of a meeting.

The default pipeline records a commitment when a leader "pledged", "promised" or "announced
$200 million in aid". Reports put it other ways too: "Kishida earmarked $200 million in aid
for coastal security". This stage adds those as `bilateral.Commitment` outcomes of the
meeting the pledging leader took part in, and runs right after the built-in ``"meetings"``
stage::

    from custom_stage import pipeline

    record = pipeline().extract(Source(text=article, published=date(2026, 11, 26)))

Run it on a file: ``python docs/examples/custom_stage.py ARTICLE.txt [YYYY-MM-DD]``.
It is also an extractor the command line can score against the dev gold:
``bilateral evaluate tests/data/eval/dev --extractor custom_stage:pipeline`` (with this
folder on ``PYTHONPATH``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import sys
from pathlib import Path

import attrs

from bilateral.model import Commitment, Meeting, Source, Span
from bilateral.serialize import dumps
from bilateral.text import Document, Pipeline, default_pipeline

__all__ = ["AidPledgeStage", "pipeline"]

#: "$200 million in aid", "$1.5 billion in military assistance", "$11 million in loans".
AMOUNT = re.compile(
    r"\$\d[\d,.]*\s*(?:million|billion|bn|m)?\s+in\s+(?:[a-z-]+\s+)?(?:aid|assistance|funding|loans|grants)\b",
    re.IGNORECASE,
)
#: "earmarked", "allocated", "set aside" ... right before the amount.
VERB = re.compile(r"\b(?:earmarked|allocated|set\s+aside|approved|committed)\s+(?:about\s+|some\s+)?$")


@attrs.frozen
class AidPledgeStage:
    """Add "X earmarked $N in aid" as a commitment of the meeting X took part in."""

    @property
    def name(self) -> str:
        """The stage name: unique in the pipeline, used to replace or extend it."""
        return "aid-pledges"

    def __call__(self, doc: Document) -> None:
        """Read *doc*'s sentences and update its meetings in place."""
        text = doc.text
        # Mentions with actors, in text order, searched by offset: the stage stays linear.
        mentions = sorted((m for m in doc.mentions if m.actors), key=lambda m: m.span.start)
        starts = [m.span.start for m in mentions]
        for sentence in doc.sentences:
            for match in AMOUNT.finditer(text, sentence.start, sentence.end):
                if not VERB.search(text, sentence.start, match.start()):
                    continue
                # Who pledges: the last actor mentioned before the amount, in this sentence.
                first = bisect.bisect_left(starts, sentence.start)
                last = bisect.bisect_left(starts, match.start())
                before = [m for m in mentions[first:last] if m.span.end <= match.start()]
                if not before:
                    continue
                pledger = before[-1].actors[0]
                # The frozen meetings are replaced by updated copies (attrs.evolve).
                for i, meeting in enumerate(doc.meetings):
                    if pledger in meeting.participants:
                        doc.meetings[i] = _with_pledge(meeting, pledger, text, sentence, match)
                        break


def _with_pledge(meeting: Meeting, pledger: str, text: str, sentence: Span, match: re.Match[str]) -> Meeting:
    start = sentence.start
    while start < sentence.end and text[start].isspace():
        start += 1
    evidence = Span(start=start, end=match.end())
    pledge = Commitment(
        by=(pledger,),
        to=tuple(p for p in meeting.participants if p != pledger),
        text=match.group(),
        evidence=(evidence,),
    )
    if any(o.evidence == pledge.evidence for o in meeting.outcomes):
        return meeting  # the built-in rules found it already
    return attrs.evolve(meeting, outcomes=(*meeting.outcomes, pledge))


def pipeline() -> Pipeline:
    """The default pipeline with the aid-pledge stage right after ``"meetings"``."""
    return default_pipeline().insert_after("meetings", AidPledgeStage())


def main(argv: list[str]) -> int:
    """Print the record of the article *argv[0]* (published on *argv[1]*, if given)."""
    if not argv:
        sys.stderr.write("usage: custom_stage.py ARTICLE.txt [YYYY-MM-DD]\n")
        return 2
    published = dt.date.fromisoformat(argv[1]) if len(argv) > 1 else None
    record = pipeline().extract(Source(text=Path(argv[0]).read_text(encoding="utf-8"), published=published))
    sys.stdout.write(dumps(record, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
