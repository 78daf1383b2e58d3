"""Kinds of titles the stages tell apart (one list, used by the entity and meeting stages)."""

from __future__ import annotations

__all__ = ["COMMENTATOR_TITLES", "commentator_title"]

#: Last words of the titles of people who report or comment on talks rather than hold them:
#: "State Department spokesperson", "senior fellow", "political analyst".
COMMENTATOR_TITLES = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "analyst", "expert", "researcher", "professor",
     "fellow", "correspondent", "reporter", "scholar", "economist"}
)  # fmt: skip


def commentator_title(title: str) -> bool:
    """Whether *title* is a spokesperson's or a commentator's ("Senior Fellow", "Spokesman")."""
    return title.rsplit(" ", 1)[-1].casefold() in COMMENTATOR_TITLES
