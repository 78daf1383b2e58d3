"""Claims: propositions asserted by an actor, for fact-checkers."""

from __future__ import annotations

import attrs

from bilateral.model._validators import non_empty, optional_non_empty, unique
from bilateral.model.provenance import Span

__all__ = ["Claim"]


@attrs.frozen(kw_only=True)
class Claim:
    """A checkable proposition and who asserted it."""

    #: Unique within the record (across all kinds of item).
    id: str = attrs.field(validator=non_empty)
    #: Ids of the actors who assert it.
    claimants: tuple[str, ...] = attrs.field(default=(), validator=unique)
    #: The proposition, in the words of the source where possible.
    text: str = attrs.field(validator=non_empty)
    #: Ids of the actors and places the claim is about.
    about: tuple[str, ...] = attrs.field(default=(), validator=unique)
    #: Id of the statement the claim comes from, when there is one.
    statement: str | None = attrs.field(default=None, validator=optional_non_empty)
    #: Where the claim is stated in the text.
    evidence: tuple[Span, ...] = ()
