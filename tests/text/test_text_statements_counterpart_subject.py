"""
"X and his <demonym> counterpart(, Y,) met ... and agreed": both conjuncts are the subject.

Wire ledes open with a pair joined by "and his/her ... counterpart" or "and his foreign
minister", then a verb of meeting and a second, reporting verb. The reporting verb shares
the whole subject, so its source names both; an appositive name between commas belongs to
the counterpart even when the first verb is irregular ("met", "held"). "and his wife" is
no office, and a relative clause between commas ("Prabowo, who arrived on Sunday, met")
is no appositive, so both keep the first name alone.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            (
                "Ghanaian President John Mahama and his Togolese counterpart, Faure Gnassingbé, met Sunday "
                "in Lomé and agreed to reopen the border crossing at Aflao."
            ),
            "Ghanaian President John Mahama and his Togolese counterpart, Faure Gnassingbé,",
        ),
        (
            (
                "Chilean President Gabriel Boric and his Bolivian counterpart Luis Arce held talks in Arica "
                "and pledged to settle the water dispute."
            ),
            "Chilean President Gabriel Boric and his Bolivian counterpart Luis Arce",
        ),
        (
            (
                "Prime Minister Mia Mottley and her foreign minister, Kerrie Symmonds, toured the port on "
                "Monday and promised to fund a new terminal."
            ),
            "Prime Minister Mia Mottley and her foreign minister, Kerrie Symmonds,",
        ),
    ],
)
def test_counterpart_joins_the_subject(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            (
                "Ghanaian President John Mahama and his wife Lordina toured the port on Monday and pledged "
                "to return in May."
            ),
            "Ghanaian President John Mahama",
        ),
        (
            (
                "Chilean President Gabriel Boric, who arrived on Sunday, met Arce on Monday and pledged to "
                "settle the water dispute."
            ),
            "Chilean President Gabriel Boric",
        ),
    ],
)
def test_no_office_or_relative_clause_keeps_the_first_name(
    text: str, source: str, statement_rows: Rows
) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]
