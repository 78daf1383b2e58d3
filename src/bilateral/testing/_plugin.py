"""
The hypothesis entry point: makes ``st.from_type`` generate valid bilateral values.

Declared in ``pyproject.toml`` under ``[project.entry-points.hypothesis]``; hypothesis
calls `_hypothesis_setup_hook` once, when it is first imported, in every environment where
bilateral is installed. It only registers strategies: it never touches settings or
profiles, which belong to the test suite that imports hypothesis.
"""

from __future__ import annotations

from hypothesis import strategies as st

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
from bilateral.testing import strategies as bst

__all__: list[str] = []


def _hypothesis_setup_hook() -> None:
    """
    Register a strategy for every concrete public model type.

    The union aliases `bilateral.Actor` and `bilateral.Outcome` cannot be registered, and
    need not be: ``st.from_type`` resolves a union to its members. Strategies are
    registered as functions so nothing is built while hypothesis is still importing (a
    strategy built then would trigger `hypothesis.errors.HypothesisSideeffectWarning`).
    """
    st.register_type_strategy(Span, lambda _: bst.spans())
    st.register_type_strategy(Author, lambda _: bst.authors())
    st.register_type_strategy(Source, lambda _: bst.sources())
    st.register_type_strategy(Extraction, lambda _: bst.extractions())
    st.register_type_strategy(Role, lambda _: bst.roles())
    st.register_type_strategy(Person, lambda _: bst.persons())
    st.register_type_strategy(Organization, lambda _: bst.organizations())
    st.register_type_strategy(Country, lambda _: bst.countries())
    st.register_type_strategy(Group, lambda _: bst.groups())
    st.register_type_strategy(Place, lambda _: bst.places())
    st.register_type_strategy(TimeExpression, lambda _: bst.time_expressions())
    st.register_type_strategy(Duration, lambda _: bst.durations())
    st.register_type_strategy(Statement, lambda _: bst.statements())
    st.register_type_strategy(Claim, lambda _: bst.claims())
    st.register_type_strategy(Agreement, lambda _: bst.agreements())
    st.register_type_strategy(Invitation, lambda _: bst.invitations())
    st.register_type_strategy(Proposal, lambda _: bst.proposals())
    st.register_type_strategy(Commitment, lambda _: bst.commitments())
    st.register_type_strategy(Disagreement, lambda _: bst.disagreements())
    st.register_type_strategy(Meeting, lambda _: bst.meetings())
    st.register_type_strategy(Record, lambda _: bst.records())
