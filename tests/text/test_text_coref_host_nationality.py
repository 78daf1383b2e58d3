"""
A national agency's copy from abroad: whose country an official named without a demonym has.

The press names its own country's officials without a demonym ("NEW DELHI (PTI) - PM
Modi"); an agency that writes them with one abroad ("KATHMANDU (PTI) - Indian Foreign
Secretary ...") leaves the host's official without one, who is then the dateline's. The
paragraphs were written for these tests in the style of wire copy.
"""

from __future__ import annotations

from bilateral.text import extract


def _countries(text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract(text).actors if a.kind == "person"}


def test_the_host_named_without_a_demonym_is_the_datelines() -> None:
    text = (
        "KATHMANDU, Feb 12 (PTI) - Indian Foreign Secretary Vikram Misri called on Prime"
        " Minister K P Sharma Oli on Tuesday and discussed bilateral cooperation."
    )
    countries = _countries(text)
    assert countries["K P Sharma Oli"] == "NP"
    assert countries["Vikram Misri"] == "IN"


def test_the_agencys_own_official_without_a_demonym_stays_the_agencys() -> None:
    # Near miss: no official of the agency's country is written with a demonym.
    text = (
        "KATHMANDU, Feb 12 (PTI) - Foreign Secretary Vikram Rao met Nepalese Foreign Minister"
        " Arzu Rana Deuba on Tuesday."
    )
    assert _countries(text)["Vikram Rao"] == "IN"


def test_a_home_dateline_keeps_the_agencys_country() -> None:
    # Near miss: the dateline is in the agency's own country.
    text = (
        "NEW DELHI, Feb 12 (PTI) - Nepalese Foreign Minister Arzu Rana Deuba called on"
        " Foreign Secretary Vikram Rao on Tuesday."
    )
    assert _countries(text)["Vikram Rao"] == "IN"
