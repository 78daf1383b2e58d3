"""
Which strategy function of `bilateral.testing.strategies` generates which model type.

Kept apart from the strategies themselves, and free of hypothesis: the hypothesis entry
point (`bilateral.testing._plugin`) runs while hypothesis is being imported, possibly by
`bilateral.testing.strategies` itself, so it may only name the functions, not import them.
"""

from __future__ import annotations

from typing import Final

from bilateral.model import (
    Agreement,
    Author,
    Claim,
    Commitment,
    Country,
    Disagreement,
    Duration,
    Extraction,
    Group,
    Invitation,
    Meeting,
    Organization,
    Person,
    Place,
    Proposal,
    Record,
    Role,
    Source,
    Span,
    Statement,
    TimeExpression,
)

#: Concrete public model type -> name of its strategy function (called with no arguments).
STRATEGY_NAMES: Final[dict[type[object], str]] = {
    Span: "spans",
    Author: "authors",
    Source: "sources",
    Extraction: "extractions",
    Role: "roles",
    Person: "persons",
    Organization: "organizations",
    Country: "countries",
    Group: "groups",
    Place: "places",
    TimeExpression: "time_expressions",
    Duration: "durations",
    Statement: "statements",
    Claim: "claims",
    Agreement: "agreements",
    Invitation: "invitations",
    Proposal: "proposals",
    Commitment: "commitments",
    Disagreement: "disagreements",
    Meeting: "meetings",
    Record: "records",
}
