# ruff: noqa: RUF001  (typographic quotation marks are what this module strips)
"""
Claims: checkable propositions asserted in statements, with their claimants.

A claim comes from a statement whose cue asserts (said, stated, claimed, alleged, insisted,
argued, noted, emphasized, decried ...; see `bilateral.text._verbs.CueKind.ASSERT`), not
from questions, invitations, proposals, promises, wishes or evaluations. Its text is the
statement's content in the source's words, without a leading "that", the quotation marks
around a fully quoted content, or the final punctuation.
"""

from __future__ import annotations

import re

import attrs

from bilateral.model import Claim, Span, SpeechMode, Statement
from bilateral.text._coref import actors_in, places_in
from bilateral.text._document import Document, MentionKind
from bilateral.text._verbs import CueKind, cue_kind_of, verb_cue

__all__ = ["ClaimStage", "claim_text"]

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_OPENERS = "“„‟«\"‘'"
_CLOSERS = "”»\"’'"
_TRAIL = " \t\n,.;:—–-"
# Content opening with these is a question, a proposal or an intention, not a proposition.
_NOT_PROPOSITION = frozenset({"to", "whether", "if", "how", "why", "what", "who", "when", "where", "which"})
#: Shortest claim kept, in words: "energy production" is a topic, not a claim.
MIN_WORDS = 4
# Speech verbs whose bare complement is a clause ("Rubio said the U.S. is ..."); other
# assertive verbs ("acknowledged a shift", "noted a shared love") often take a noun phrase,
# which is a topic rather than a proposition, so they need "that" or a quotation.
_CLAUSE_VERBS = frozenset(
    {"say", "tell", "state", "claim", "assert", "allege", "insist", "argue", "indicate", "emphasize",
     "emphasise", "stress", "add", "declare", "report", "write", "confirm", "deny", "admit",
     "concede", "maintain", "contend", "warn", "assure", "reveal", "disclose", "clarify", "conclude",
     "predict", "estimate", "reiterate", "repeat", "testify", "affirm", "reaffirm", "remark",
     "recall", "tweet", "post", "answer", "reply", "respond", "according"}
)  # fmt: skip
# Accusations state their proposition as an object: "decried X as a tool of power".
_ACCUSE_VERBS = frozenset({"decry", "criticize", "criticise", "condemn", "accuse", "blame", "allege"})
# Attitudes whose "that" clause the holder takes as true: "expressed concern that ...".
_FACTIVE_NOUNS = frozenset({"concern", "fear", "worry", "view", "belief", "conviction", "assessment"})
# First-person singular opinions ("I think", "I'm hoping") report a state of mind.
_FIRST_PERSON = re.compile(r"^[“„«\"‘']?I(?:\b|['’](?:m|d|ve|ll)\b)")
# Mentions that say what a claim is about: names, titles and demonyms, not pronouns.
_ABOUT_KINDS = frozenset({MentionKind.NAME, MentionKind.TITLE, MentionKind.DEMONYM})


def claim_text(text: str, content: tuple[Span, ...]) -> str:
    """
    The proposition a statement's *content* states, in the words of *text*.

    Fragments are joined with one space; a leading "that", the quotation marks around a
    content that is all quotation, and trailing punctuation are dropped.
    """
    raw = " ".join(text[s.start : s.end].strip() for s in content)
    raw = raw.strip()
    if raw[:5].casefold() == "that " or raw[:5].casefold() == "that\n":
        raw = raw[5:].lstrip()
    if len(raw) > 1 and raw[0] in _OPENERS and raw.rstrip(_TRAIL)[-1:] in _CLOSERS:
        inner = raw[1:].rstrip(_TRAIL)[:-1]
        # Only when the marks enclose the whole content ("“A,” “B.”" keeps its inner marks).
        if not any(c in _OPENERS or c in _CLOSERS for c in inner if c not in "'’"):
            raw = inner
    return raw.rstrip(_TRAIL).strip()


def _lemmas(words: list[str]) -> set[str]:
    out = set()
    for word in words:
        hit = verb_cue(word)
        if hit is not None:
            out.add(hit[0].lemma)
        elif word == "according":
            out.add(word)
    return out


def _assertive(doc: Document, statement: Statement) -> bool:
    """Whether the statement's cue asserts its content as a proposition."""
    if statement.cue is None:
        return False
    words = [w.casefold() for w in _WORD.findall(doc.text[statement.cue.start : statement.cue.end])]
    first = doc.text[statement.content[0].start : statement.content[0].end].lstrip()
    clausal = first[:5].casefold() in {"that ", "that\n"} or first[:1] in _OPENERS
    kind = cue_kind_of(words)
    if kind is CueKind.BELIEF:
        return clausal and first[:1] not in _OPENERS and bool(_FACTIVE_NOUNS.intersection(words))
    if kind is not CueKind.ASSERT:
        return False
    lemmas = _lemmas(words)
    if "call" in lemmas and {"on", "for", "upon"}.intersection(words):
        return False  # "called on nations to ...": a directive
    if statement.mode is SpeechMode.DIRECT or clausal:
        return True
    return bool(lemmas & _CLAUSE_VERBS or lemmas & _ACCUSE_VERBS)


def _proposition(text: str) -> bool:
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS or _FIRST_PERSON.match(text):
        return False
    if words[0].casefold() in _NOT_PROPOSITION:
        return False
    return not text.rstrip(_TRAIL + "”’\"'").endswith("?")


@attrs.frozen
class ClaimStage:
    """Turn assertive statements into claims (claimants = the statement's speakers)."""

    @property
    def name(self) -> str:
        """The stage name, "claims"."""
        return "claims"

    def __call__(self, doc: Document) -> None:
        """Append one claim per assertive statement of *doc* to ``doc.claims``."""
        for statement in doc.statements:
            # A claim needs someone who asserts it, and a proposition to check.
            if not statement.speakers or not _assertive(doc, statement):
                continue
            text = claim_text(doc.text, statement.content)
            if not _proposition(text):
                continue
            about: dict[str, None] = {}
            for span in statement.content:
                for actor in actors_in(doc, span, _ABOUT_KINDS):
                    about.setdefault(actor, None)
                for place in places_in(doc, span):
                    about.setdefault(place, None)
            doc.claims.append(
                Claim(
                    id=doc.new_id("claim"),
                    claimants=statement.speakers,
                    text=text,
                    about=tuple(about),
                    statement=statement.id,
                    evidence=statement.content,
                )
            )
