"""
Name matching for meetings, outcomes and claims (the gold README, "How a scorer should match").

Names are compared through small sets of *keys*: a gold name matches a predicted actor when
their key sets share one.

* Normalisation: Unicode NFKD, accents dropped, case folded, punctuation and symbols removed
  (so "U.S." is ``us``), white space collapsed.
* Gold name (a string): its surname (last normalised token) and the whole normalised name;
  a meeting participant without a title (a delegation such as "Russian officials") adds its
  country code.
* Predicted `Person`: the surname of its name. Predicted `Group`, `Country` or
  `Organization`: the whole normalised name and the country code, when it has one.
  Predicted `Place` (in a claim's ``about``): the whole normalised name.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, TypeVar

from bilateral.model import Person

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from bilateral.model import Actor, Place

_G = TypeVar("_G")
_P = TypeVar("_P")

__all__ = ["actor_keys", "gold_keys", "max_matching", "normalize", "place_keys", "surname"]


def normalize(name: str) -> str:
    """Casefold, strip accents and punctuation, collapse white space: "U.S.-Japan" -> "us japan"."""
    decomposed = unicodedata.normalize("NFKD", name)
    kept: list[str] = []
    for ch in decomposed:
        cat = unicodedata.category(ch)
        if cat.startswith(("M", "P", "S")):
            # Combining marks are the stripped accents; punctuation and symbols go too,
            # except that dashes separate words ("U.S.-Japan" -> "us japan").
            if cat == "Pd":
                kept.append(" ")
            continue
        kept.append(ch)
    return " ".join("".join(kept).casefold().split())


def surname(name: str) -> str:
    """The last normalised token of *name* ("" when nothing is left)."""
    parts = normalize(name).split()
    return parts[-1] if parts else ""


def gold_keys(name: str, *, country: str | None = None) -> frozenset[str]:
    """
    Keys of a gold name: surname and whole name, plus *country* (a delegation's code).

    Args:
        name: The name as the gold gives it.
        country: ISO code to add, for a participant that is a delegation; ``None`` otherwise.
    """
    keys = {surname(name), normalize(name)}
    if country:
        keys.add(country.casefold())
    keys.discard("")
    return frozenset(keys)


def actor_keys(actor: Actor) -> frozenset[str]:
    """Keys of a predicted actor: a person's surname; otherwise whole name and country code."""
    if isinstance(actor, Person):
        keys = {surname(actor.name)}
    else:
        keys = {normalize(actor.name)}
        if actor.country:
            keys.add(actor.country.casefold())
    keys.discard("")
    return frozenset(keys)


def place_keys(place: Place) -> frozenset[str]:
    """Keys of a predicted place: its whole normalised name."""
    key = normalize(place.name)
    return frozenset({key}) if key else frozenset()


def max_matching(
    gold: Sequence[_G], predicted: Sequence[_P], fits: Callable[[_G, _P], bool]
) -> list[tuple[int, int]]:
    """
    A largest one-to-one pairing of *gold* and *predicted* items that *fits*.

    Kuhn's augmenting paths: exact (unlike a greedy pass, an early pair never blocks a
    better assignment) and deterministic. Written without recursion, so a document with
    thousands of items cannot exhaust the stack.

    Returns:
        The pairs ``(gold index, predicted index)``, sorted by gold index.
    """
    edges = [[j for j, p in enumerate(predicted) if fits(g, p)] for g in gold]
    owner: list[int] = [-1] * len(predicted)  # predicted j -> gold i, or -1
    for root in range(len(gold)):
        seen = [False] * len(predicted)
        # Depth-first search for an augmenting path. `stack` holds the gold items on the
        # path with the position of their next edge to try; `via[k]` is the predicted item
        # through which `stack[k + 1]` was reached.
        stack: list[list[int]] = [[root, 0]]
        via: list[int] = []
        found = -1
        while stack:
            frame = stack[-1]
            i, k = frame
            if k >= len(edges[i]):
                stack.pop()
                if via:
                    via.pop()
                continue
            frame[1] += 1
            j = edges[i][k]
            if seen[j]:
                continue
            seen[j] = True
            if owner[j] == -1:
                found = j
                break
            via.append(j)
            stack.append([owner[j], 0])
        if found == -1:
            continue
        # Flip the path: each gold item on it takes the predicted item after it.
        for (i, _), j in zip(stack, [*via, found], strict=True):
            owner[j] = i
    return sorted((i, j) for j, i in enumerate(owner) if i != -1)
