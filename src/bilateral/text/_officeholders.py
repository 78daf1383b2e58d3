"""
The countries of well-known office holders, for people a text names without a demonym.

News written in a leader's own country rarely says whose president he is: "President Joe
Biden" under a WASHINGTON dateline, "President Xi Jinping" in a story from Beijing. The entity
stage takes a person's country from the text first (a demonym, "of Colombia", a counterpart);
only a person it leaves without one is looked up here, by their full name as the text gives
it, so a namesake is matched only on the whole name. The one exception is a person the text
names by a single word right after a government office ("President Erdogan", "PM Modi"):
`officeholder_name_words` looks that word up, since the office makes a namesake unlikely.

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

__all__ = ["officeholder_countries", "officeholder_name_words"]

#: Words of a name that never stand alone for the person ("da" of "Lula da Silva").
_PARTICLES = frozenset({"da", "de", "do", "dos", "van", "von", "der", "bin", "bint", "al", "el", "jr", "jr."})
#: Surnames and given names shared by too many people of several countries to tell one alone
#: ("Foreign Minister Kim" may be South Korean though the list's Kims are North Korean).
_COMMON = frozenset(
    {"kim", "lee", "park", "choi", "nguyen", "tran", "khan", "ali", "singh", "ahmed", "mohammed", "muhammad",
     "mohamed", "hassan", "hussein", "abdullah"}
)  # fmt: skip


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
            folded = fold_name(" ".join(spelling.split()))
            countries[folded] = code
            # "Ferdinand Marcos Jr" and "S Jaishankar": outlets drop the dots of suffixes and
            # initials (PTI and AP styles), so the undotted spelling is listed too.
            countries.setdefault(folded.replace(".", ""), code)
    return countries


@functools.cache
def officeholder_name_words() -> Mapping[str, str]:
    """
    The first and last words of every office holder's name, folded, to their country code.

    A word two office holders of different countries share is left out. Meant only for a
    person the text names by one word after an office ("President Erdogan", "PM Modi",
    "President Xi"): the office makes a namesake unlikely, which a bare surname would not.
    """
    found: dict[str, str | None] = {}
    for spelling, code in officeholder_countries().items():
        words = [w for w in spelling.split(" ") if w not in _PARTICLES]
        if len(words) < 2:  # noqa: PLR2004 - a one-word name is matched whole already
            continue
        for word in {words[0], words[-1]} - _COMMON:
            if found.get(word, code) != code:
                found[word] = None
            else:
                found[word] = code
    return {word: code for word, code in found.items() if code is not None}
