"""
The countries of well-known office holders, for people a text names without a demonym.

News written in a leader's own country rarely says whose president he is: "President Joe
Biden" under a WASHINGTON dateline, "President Xi Jinping" in a story from Beijing. The entity
stage takes a person's country from the text first (a demonym, "of Colombia", a counterpart);
only a person it leaves without one is looked up here, by their full name as the text gives
it, so a namesake is matched only on the whole name, never on a surname.

The list (``data/officeholders.tsv``, hand-written; see ``data/NOTICE.md``) holds heads of
state and government, foreign and defence ministers and a few other officials diplomatic news
names often, each with the country they represent and were born to, and the other spellings
the press uses ("Zelensky", "Zelenskiy", "Zelenskyy"). People who now speak for an
international body rather than their country (a NATO secretary general, an EU foreign policy
chief) are left out: their country would be the wrong answer in most stories about them.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

from bilateral.text._lexicons import fold_name

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["officeholder_countries"]


@functools.cache
def officeholder_countries() -> Mapping[str, str]:
    """
    Every spelling of every office holder's name, folded by `fold_name`, to their country code.

    Loaded on first use and cached.
    """
    text = resources.files("bilateral.text").joinpath("data", "officeholders.tsv").read_text(encoding="utf-8")
    countries: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, code, *rest = line.split("\t")
        for spelling in (name, *(rest[0].split("|") if rest and rest[0] else ())):
            countries[fold_name(" ".join(spelling.split()))] = code
    return countries
