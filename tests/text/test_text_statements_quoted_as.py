"""
"X was quoted as saying": after a quotation, and with who relayed the words ("by Kang").

The paragraphs are written for these tests; the names are real office holders.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract


def _rows(text: str) -> list[tuple[str | None, str | None, str]]:
    """(source, cue, content) of every statement, in text order."""
    record = extract(text)
    rows: list[tuple[str | None, str | None, str]] = []
    for s in record.statements:
        source = None if s.speaker_mention is None else text[s.speaker_mention.start : s.speaker_mention.end]
        cue = None if s.cue is None else text[s.cue.start : s.cue.end]
        rows.append((source, cue, " ".join(text[c.start : c.end] for c in s.content)))
    return rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "“Vietnam is a key partner,” Lee was quoted as saying.",
            ("Lee", "was quoted as saying", "“Vietnam is a key partner,”"),
        ),
        (
            "“Vietnam is a key partner,” Lee was quoted as saying by spokesperson Kang Yu-jung.",
            ("Lee", "was quoted as saying", "“Vietnam is a key partner,”"),
        ),
        (
            "Lee was quoted as saying by Kang that Vietnam is a key partner.",
            ("Lee", "was quoted as saying", "that Vietnam is a key partner"),
        ),
        # The outlet before "as saying" keeps its place in the cue.
        (
            "Lee was quoted by Yonhap as saying that Vietnam is a key partner.",
            ("Lee", "was quoted by Yonhap as saying", "that Vietnam is a key partner"),
        ),
    ],
)
def test_quoted_as_saying(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]
