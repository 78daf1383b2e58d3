"""
"US$150 billion": a country's abbreviation before a currency sign names no country.

Yonhap, Xinhua and PTI write dollar sums as "US$4 billion" or "US $4 billion"; the story's
actors should not gain the United States from them. Paragraphs written for these tests.
"""

from __future__ import annotations

import pytest

from bilateral.model import Country, Source
from bilateral.text import default_pipeline


def _countries(text: str) -> set[str]:
    record = default_pipeline().extract(Source(text=text))
    return {a.name for a in record.actors if isinstance(a, Country)}


@pytest.mark.parametrize("amount", ["US$150 billion", "US $150 billion"])
def test_a_currency_sign_after_us_names_no_country(amount: str) -> None:
    text = f"South Korean President Lee Jae-myung met Vietnamese leaders in Hanoi. Trade reached {amount}."
    assert _countries(text) == {"South Korea", "Vietnam"}


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: the country itself, and a sum written after it.
        "South Korea and the US signed a deal in Hanoi worth $150 billion.",
        "South Korea said the US pledged $150 billion.",
    ],
)
def test_the_country_before_other_words_is_still_named(text: str) -> None:
    assert "United States" in _countries(text)
