"""Kinds of titles the stages tell apart (one list, used by the entity and meeting stages)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from bilateral.model import Role

__all__ = ["COMMENTATOR_TITLES", "commentator_roles"]

#: Last words of the titles of people who report or comment on talks rather than hold them:
#: "State Department spokesperson", "senior fellow", "political analyst".
COMMENTATOR_TITLES = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "analyst", "expert", "researcher", "professor",
     "fellow", "correspondent", "reporter", "scholar", "economist"}
)  # fmt: skip


def commentator_roles(roles: Collection[Role]) -> bool:
    """
    Whether *roles* are some, and all a spokesperson's or a commentator's ("Senior Fellow").

    A person known by no title, or by any other one, may have taken part in the talks.
    """
    return bool(roles) and all(r.title.rsplit(" ", 1)[-1].casefold() in COMMENTATOR_TITLES for r in roles)
