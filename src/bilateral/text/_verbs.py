# ruff: noqa: RUF001  (typographic apostrophes in clitics are what the lexicon matches)
"""
The attribution lexicon for the statement rules.

Reporting verbs and nouns, verb-group words, and the closed classes the rules walk over.

Everything here is a plain lower-case word list; inflected forms are generated once, lazily
(`functools.cache`), so a lookup is one dictionary access. The lists follow the PolNeAR
notion of attribution (speech, belief, intention, evaluation and proposals), not one corpus.
"""

from __future__ import annotations

import enum
import functools
import re

import attrs

from bilateral.text._calendar import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

__all__ = [
    "ADJECTIVE_CUES",
    "AFTER_OBJECT_HER",
    "AUXILIARIES",
    "CLAUSE_WORDS",
    "CONJUNCTIONS",
    "DETERMINERS",
    "EVIDENTIAL_ADVERBS",
    "INFERENCE_VERBS",
    "IRREGULAR_PAST",
    "LIGHT_VERBS",
    "NEGATIONS",
    "NOUN_CUES",
    "NOUN_MODIFIERS",
    "OBJECT_PRONOUNS",
    "PASSIVE_CUES",
    "POSSESSIVES",
    "PREPOSITIONS",
    "RAISING_VERBS",
    "RECIPIENT_NOUNS",
    "RELATIVE_PRONOUNS",
    "SUBJECT_PRONOUNS",
    "SUBORDINATORS",
    "TIME_WORDS",
    "TITLE_WORDS",
    "VG_ADVERBS",
    "CueKind",
    "Form",
    "NounCue",
    "VerbCue",
    "cue_kind_of",
    "lemma_forms",
    "object_her",
    "verb_cue",
    "verb_forms",
]


class CueKind(enum.StrEnum):
    """What a cue says about its content; claims come from `ASSERT` cues only."""

    #: Assertions: said, stated, claimed, insisted, noted, alleged.
    ASSERT = "assert"
    #: Evaluations of something: praised, decried, welcomed, credited.
    EVALUATE = "evaluate"
    #: Requests and calls: urged, called on, demanded, asked.
    DIRECT = "direct"
    #: Promises, agreements, offers, proposals, invitations.
    COMMIT = "commit"
    #: Beliefs, wishes and intentions: believed, hoped, wanted, expected.
    BELIEF = "belief"
    #: Topics raised: discussed, debated.
    DISCUSS = "discuss"


class Form(enum.Enum):
    """The inflection of a verb token."""

    BASE = "base"
    THIRD = "third"  # says
    PAST = "past"  # said, stated (also the past participle)
    ING = "ing"  # saying


@attrs.frozen
class VerbCue:
    """A reporting verb and how it combines with what follows it."""

    lemma: str
    kind: CueKind
    #: Takes a recipient before its content ("told VOA that", "assured Payne that").
    tell: bool = False
    #: Only a cue next to a quotation or before "that" ("he continued", "underlined that").
    weak: bool = False
    #: Prepositions that join the cue when a noun phrase follows ("agreed to", "pointed to").
    particles: frozenset[str] = frozenset()
    #: Not a cue without one of its particles ("pointed" alone is not reporting).
    needs_particle: bool = False
    #: May follow its source after a quotation, inverted: "..., said Pant."
    inverts: bool = False


def _verbs() -> dict[str, VerbCue]:
    a, e, d, c, b, s = (
        CueKind.ASSERT,
        CueKind.EVALUATE,
        CueKind.DIRECT,
        CueKind.COMMIT,
        CueKind.BELIEF,
        CueKind.DISCUSS,
    )
    table: list[VerbCue] = [
        # Speech and assertion.
        VerbCue("say", a, inverts=True),
        VerbCue("tell", a, tell=True),
        VerbCue("state", a),
        VerbCue("claim", a),
        VerbCue("assert", a),
        VerbCue("allege", a),
        VerbCue("insist", a, particles=frozenset({"on"})),
        VerbCue("argue", a, inverts=True),
        VerbCue("indicate", a, weak=True),
        VerbCue("emphasize", a),
        VerbCue("emphasise", a),
        VerbCue("stress", a),
        VerbCue("note", a, inverts=True),
        VerbCue("add", a, weak=True, inverts=True),
        VerbCue("explain", a, inverts=True),
        VerbCue("announce", a),
        VerbCue("declare", a, inverts=True),
        VerbCue("report", a),
        VerbCue("write", a, inverts=True),
        VerbCue("reiterate", a),
        VerbCue("repeat", a),
        VerbCue("confirm", a),
        VerbCue("deny", a),
        # "officials dispute that", "Kenya disputed the figures"; the noun ("a border
        # dispute", "territorial disputes with China") and the territorial sense ("dispute
        # the shoal") are kept out by the statement stage's object test.
        VerbCue("dispute", a),
        VerbCue("acknowledge", a),
        VerbCue("admit", a),
        VerbCue("concede", a),
        VerbCue("maintain", a, weak=True),
        VerbCue("contend", a),
        VerbCue("point", a, particles=frozenset({"out", "to"}), needs_particle=True),
        # "did not rule out further delays", "ruled out sending troops".
        VerbCue("rule", a, particles=frozenset({"out"}), needs_particle=True),
        VerbCue("observe", a, weak=True),
        VerbCue("remark", a),
        VerbCue("comment", a, particles=frozenset({"on"})),
        VerbCue("mention", a),
        VerbCue("reveal", a),
        VerbCue("disclose", a),
        VerbCue("clarify", a),
        VerbCue("describe", a),
        VerbCue("characterize", a),
        VerbCue("characterise", a),
        VerbCue("call", a, particles=frozenset({"on", "for", "upon"})),
        VerbCue("term", a),
        VerbCue("label", a),
        VerbCue("predict", a),
        VerbCue("warn", a, tell=True, inverts=True),
        VerbCue("caution", a, inverts=True),
        VerbCue("assure", a, tell=True),
        VerbCue("reassure", a, tell=True),
        VerbCue("inform", a, tell=True),
        VerbCue("remind", a, tell=True),
        # "apprised his counterpart of India's concerns" (Indian and Gulf readouts).
        VerbCue("apprise", a, tell=True),
        # Only with "that": "conveyed that India was ready"; "conveyed his greetings" is no cue.
        VerbCue("convey", a, weak=True),
        VerbCue("reply", a, weak=True, inverts=True),
        VerbCue("respond", a, weak=True, inverts=True),
        VerbCue("answer", a, weak=True, inverts=True),
        VerbCue("recall", a, inverts=True),
        # Only with a data source ("U.S. Census Bureau data show", "figures showed that");
        # the statement stage checks the source's head noun.
        VerbCue("show", a, weak=True, inverts=True),
        VerbCue("estimate", a),
        VerbCue("testify", a),
        VerbCue("conclude", a, weak=True),
        VerbCue("continue", a, weak=True, inverts=True),
        VerbCue("tweet", a, inverts=True),
        VerbCue("post", a, weak=True),
        VerbCue("affirm", a),
        VerbCue("reaffirm", a),
        VerbCue("accuse", a),
        # Only with "that" or a quotation: "charged that Islamabad had used terrorism"; "charged
        # with murder", "charged the battery" and "the charges that" are no speech.
        VerbCue("charge", a, weak=True),
        VerbCue("blame", a),
        VerbCue("decry", a),
        VerbCue("criticize", a),
        VerbCue("criticise", a),
        VerbCue("condemn", a),
        VerbCue("dismiss", a),
        VerbCue("reject", a),
        VerbCue("clarify", a),
        VerbCue("underline", a, weak=True),
        VerbCue("underscore", a, weak=True),
        VerbCue("highlight", a, weak=True),
        VerbCue("signal", a, weak=True),
        # Speech verbs of news copy with a manner ('"...," he quipped', "lamented that"); the
        # ambiguous ones only next to a quotation or "that". Not "counter": "to counter
        # China's clout" outnumbers "countered that" in diplomatic copy.
        VerbCue("retort", a, inverts=True),
        VerbCue("quip", a, inverts=True),
        VerbCue("opine", a, inverts=True),
        VerbCue("muse", a, weak=True, inverts=True),
        VerbCue("suggest", a, weak=True),
        VerbCue("hint", a, weak=True),
        VerbCue("refute", a),
        VerbCue("denounce", a),
        VerbCue("deplore", a),
        # Only with a quotation or "that": "complained that the tariffs", '"...," he joked';
        # "complained about delays", "boasted a record harvest" are no speech reports.
        VerbCue("complain", a, weak=True, inverts=True),
        VerbCue("joke", a, weak=True, inverts=True),
        VerbCue("boast", a, weak=True),
        VerbCue("confide", a, weak=True),
        # Speech acts with a manner that only report words next to a quotation or "that":
        # '"Never!" he exclaimed', "reasoned that", "concurred that"; "a reasoned reply",
        # "grumbled about delays" are no speech reports ("echoed that view" is left out).
        VerbCue("exclaim", a, weak=True, inverts=True),
        VerbCue("interject", a, weak=True, inverts=True),
        VerbCue("aver", a, weak=True),
        VerbCue("posit", a, weak=True),
        VerbCue("reason", a, weak=True),
        VerbCue("concur", a, weak=True),
        VerbCue("scoff", a, weak=True, inverts=True),
        VerbCue("fume", a, weak=True, inverts=True),
        VerbCue("grumble", a, weak=True, inverts=True),
        # '"That is not what we agreed," the minister countered', "protested that", "recounted
        # that"; weak, so "to counter China's clout", "protested the decision", "recounted
        # the votes" stay no speech reports.
        VerbCue("counter", a, weak=True, inverts=True),
        VerbCue("rebut", a, weak=True, inverts=True),
        VerbCue("protest", a, weak=True, inverts=True),
        VerbCue("recount", a, weak=True, inverts=True),
        VerbCue("proclaim", a, weak=True),
        VerbCue("elaborate", a, weak=True, inverts=True),
        VerbCue("surmise", b, weak=True),
        VerbCue("theorize", b, weak=True),
        VerbCue("theorise", b, weak=True),
        # Censure of a named target: "chided Washington for ...", "lambasted the plan as ...".
        VerbCue("chide", e),
        VerbCue("rebuke", e),
        VerbCue("lambast", e),
        VerbCue("castigate", e),
        VerbCue("deride", e),
        VerbCue("lament", e),
        VerbCue("bemoan", e),
        VerbCue("laud", e),
        VerbCue("commend", e),
        VerbCue("congratulate", e),
        VerbCue("attribute", e),
        VerbCue("praise", e),
        VerbCue("credit", e),
        VerbCue("welcome", e),
        VerbCue("hail", e),
        VerbCue("applaud", e),
        VerbCue("thank", e),
        VerbCue("slam", e),
        VerbCue("question", e),
        # Directives.
        VerbCue("urge", d),
        VerbCue("ask", d, inverts=True),
        VerbCue("demand", d),
        VerbCue("request", d),
        VerbCue("appeal", d, particles=frozenset({"to", "for"})),
        VerbCue("invite", d),
        VerbCue("encourage", d),
        VerbCue("recommend", d),
        VerbCue("implore", d),
        VerbCue("order", d, weak=True),
        # Commitments, agreements, proposals.
        VerbCue("promise", c),
        VerbCue("pledge", c),
        VerbCue("vow", c),
        VerbCue("agree", c, particles=frozenset({"to", "on", "with"})),
        VerbCue("disagree", c, particles=frozenset({"over", "on", "about", "with"})),
        VerbCue("propose", c),
        VerbCue("offer", c),
        VerbCue("threaten", c),
        VerbCue("refuse", c),
        VerbCue("decline", c, weak=True),
        # Beliefs, wishes and intentions.
        VerbCue("believe", b),
        VerbCue("think", b),
        VerbCue("hope", b),
        VerbCue("want", b),
        VerbCue("wish", b),
        VerbCue("expect", b),
        VerbCue("fear", b),
        VerbCue("doubt", b),
        VerbCue("intend", b),
        VerbCue("plan", b, weak=True),
        VerbCue("worry", b),
        VerbCue("speculate", b, weak=True),
        VerbCue("reckon", b, weak=True),
        VerbCue("anticipate", b, weak=True),
        # Topics.
        VerbCue("discuss", s),
        VerbCue("debate", s),
    ]
    return {v.lemma: v for v in table}


# Lemmas whose final consonant doubles before -ed/-ing.
_DOUBLING = frozenset(
    {
        *("admit", "commit", "regret", "refer", "plan", "slam", "omit", "submit", "label", "quip", "signal"),
        *("concur", "aver", "rebut"),
    }
)
# Verbs in -l doubled in British spelling ("labelled", "signalled") and not in American.
_BOTH_SPELLINGS = frozenset({"label", "signal"})
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "think": ("thought",),
    "make": ("made",),
}


def lemma_forms(lemma: str) -> dict[str, Form]:
    """The inflected forms of a regular (or listed irregular) English verb."""
    forms = {lemma: Form.BASE}
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms[lemma + "es"] = Form.THIRD
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms[lemma[:-1] + "ies"] = Form.THIRD
    else:
        forms[lemma + "s"] = Form.THIRD
    if lemma in _IRREGULAR:
        for past in _IRREGULAR[lemma]:
            forms[past] = Form.PAST
    elif lemma.endswith("e"):
        forms[lemma + "d"] = Form.PAST
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms[lemma[:-1] + "ied"] = Form.PAST
    elif lemma in _DOUBLING:
        forms[lemma + lemma[-1] + "ed"] = Form.PAST
    else:
        forms[lemma + "ed"] = Form.PAST
    if lemma.endswith("ee"):
        forms[lemma + "ing"] = Form.ING
    elif lemma.endswith("e"):
        forms[lemma[:-1] + "ing"] = Form.ING
    elif lemma in _DOUBLING:
        forms[lemma + lemma[-1] + "ing"] = Form.ING
    else:
        forms[lemma + "ing"] = Form.ING
    if lemma in _BOTH_SPELLINGS:  # "signaled" (AP, VOA) and "signalled" (AFP, Reuters UK)
        forms.update({lemma + "ed": Form.PAST, lemma + "ing": Form.ING})
    return forms


@functools.cache
def _verb_index() -> dict[str, tuple[VerbCue, Form]]:
    index: dict[str, tuple[VerbCue, Form]] = {}
    for cue in _verbs().values():
        for form, kind in lemma_forms(cue.lemma).items():
            index.setdefault(form, (cue, kind))
    return index


def verb_cue(word: str) -> tuple[VerbCue, Form] | None:
    """The reporting verb *word* (lower case) is a form of, with its inflection."""
    return _verb_index().get(word)


def verb_forms() -> frozenset[str]:
    """Every word `verb_cue` knows: the inflected forms of all reporting verbs."""
    return frozenset(_verb_index())


@attrs.frozen
class NounCue:
    """A reporting noun ("assertion", "willingness") and the complements it takes."""

    kind: CueKind
    #: Words that may open its content: "that", "to" (an infinitive), "of", "about"...
    takes: frozenset[str]


def _nouns() -> dict[str, NounCue]:
    that = frozenset({"that"})
    to = frozenset({"to"})
    about = frozenset({"about", "over", "that"})
    a, b, c, d = CueKind.ASSERT, CueKind.BELIEF, CueKind.COMMIT, CueKind.DIRECT
    entries: dict[str, NounCue] = {}
    for noun in (
        "assertion",
        "claim",
        "statement",
        "argument",
        "allegation",
        "accusation",
        "insistence",
        "contention",
        "assessment",
        "conclusion",
        "prediction",
        "assurance",
        "assurances",
        "admission",
        "acknowledgment",
        "acknowledgement",
        "denial",
        "warning",
        "remark",
        "remarks",
        "message",
        "suggestion",
    ):
        entries[noun] = NounCue(a, that)
    entries["announcement"] = NounCue(a, frozenset({"that", "of"}))
    for noun in ("view", "belief", "expectation", "conviction", "fear", "hope", "concern", "worry"):
        entries[noun] = NounCue(b, about if noun in {"concern", "worry", "fear"} else that)
    for noun in (
        "willingness",
        "desire",
        "intention",
        "readiness",
        "determination",
        "eagerness",
        "wish",
        "bid",
        "plan",
        "plans",
        "decision",
        "refusal",
        "reluctance",
    ):
        entries[noun] = NounCue(b, to)
    for noun in ("promise", "pledge", "vow", "commitment", "offer", "threat", "proposal"):
        entries[noun] = NounCue(c, frozenset({"to", "that"}))
    for noun in ("demand", "request", "appeal", "plea", "recommendation"):
        entries[noun] = NounCue(d, frozenset({"to", "that", "for"}))
    # "A call for talks", "an invitation to visit": not "that". After these nouns "that"
    # opens a relative clause or the content of an earlier verb ("told reporters after the
    # call that ...").
    for noun in ("call", "invitation"):
        entries[noun] = NounCue(d, frozenset({"to", "for"}))
    return entries


#: Reporting nouns, with the words that may open their content.
NOUN_CUES: dict[str, NounCue] = _nouns()

#: Verbs that make a noun cue of a following noun: "expressed concern", "extended an invitation".
LIGHT_VERBS = frozenset(
    {
        "express",
        "expressed",
        "expresses",
        "expressing",
        "voice",
        "voiced",
        "voices",
        "voicing",
        "reiterate",
        "reiterated",
        "reiterates",
        "reiterating",
        "reaffirm",
        "reaffirmed",
        "reaffirms",
        "reaffirming",
        "extend",
        "extended",
        "extends",
        "extending",
        "issue",
        "issued",
        "issues",
        "issuing",
        "renew",
        "renewed",
        "renews",
        "convey",
        "conveyed",
        "conveys",
        "signal",
        "signaled",
        "signalled",
        "signals",
        "register",
        "registered",
        "share",
        "shared",
        "shares",
        "repeat",
        "repeated",
        "repeats",
        "make",
        "made",
        "makes",
    }
)
#: Nouns (beyond `NOUN_CUES`) that form a cue only after a light verb: "voiced interest in".
LIGHT_NOUNS = frozenset(
    {
        "interest",
        "support",
        "opposition",
        "confidence",
        "optimism",
        "skepticism",
        "regret",
        "appreciation",
        "gratitude",
        "thanks",
        "satisfaction",
        "solidarity",
        "condolences",
    }
)

#: Adjectives that report an attitude after a copula: "had been openly critical of".
ADJECTIVE_CUES: dict[str, frozenset[str]] = {
    "critical": frozenset({"of"}),
    "supportive": frozenset({"of"}),
    "skeptical": frozenset({"of", "about", "that"}),
    "sceptical": frozenset({"of", "about", "that"}),
    "wary": frozenset({"of", "about"}),
    "confident": frozenset({"that", "of"}),
    "optimistic": frozenset({"that", "about"}),
    "pessimistic": frozenset({"that", "about"}),
    "hopeful": frozenset({"that", "of"}),
    "adamant": frozenset({"that"}),
    "convinced": frozenset({"that", "of"}),
    "eager": frozenset({"to"}),
    "keen": frozenset({"to", "on"}),
    "determined": frozenset({"to"}),
}

#: Passive reporting participles and what must follow them ("" = nothing is required).
PASSIVE_CUES: dict[str, frozenset[str]] = {
    "described": frozenset({"as"}),
    "characterized": frozenset({"as"}),
    "characterised": frozenset({"as"}),
    "seen": frozenset({"as"}),
    "viewed": frozenset({"as"}),
    "regarded": frozenset({"as"}),
    "portrayed": frozenset({"as"}),
    "hailed": frozenset({"as"}),
    "expected": frozenset({""}),
    "believed": frozenset({"to", "that"}),
    "thought": frozenset({"to", "that"}),
    "said": frozenset({"to", "that"}),
    "reported": frozenset({"to", "that"}),
    "rumored": frozenset({"to", "that"}),
    "rumoured": frozenset({"to", "that"}),
    "alleged": frozenset({"to", "that"}),
    "understood": frozenset({"to", "that"}),
    "quoted": frozenset({"as"}),
    # "was cited (by RIA Novosti) as saying": only with "as saying" (`_passive` checks), not
    # "was cited as a reason".
    "cited": frozenset({"as"}),
    # "was heard telling Sharif ...", "could be heard saying ...": words caught on a recording
    # or by those present; only before "saying"/"telling" (`_passive` checks).
    "heard": frozenset({"saying", "telling"}),
    "disclosed": frozenset({""}),
    # Readouts' impersonal decisions: "It was agreed that both sides would ...".
    "agreed": frozenset({"that"}),
    "decided": frozenset({"that"}),
    "revealed": frozenset({""}),
    "confirmed": frozenset({""}),
    "announced": frozenset({""}),
    "clear": frozenset({""}),  # "was not made clear"; the group requires "made"
    # Evaluations reported in the passive only with their agent: "was criticized by X".
    **dict.fromkeys(
        (
            "criticized",
            "criticised",
            "praised",
            "welcomed",
            "condemned",
            "rejected",
            "denied",
            "dismissed",
            "questioned",
            "disputed",
            "endorsed",
            "applauded",
            "slammed",
            "proposed",
            "demanded",
            "requested",
            # "Pakistan was accused by India of harbouring militants": the agent is the source.
            "accused",
            "blamed",
        ),
        frozenset({"by"}),
    ),
}

#: Participles that report by a named source in a reduced relative: "the raid referenced by Trump".
REDUCED_PASSIVES = frozenset(
    {
        "referenced",
        "mentioned",
        "described",
        "cited",
        "proposed",
        "announced",
        "reported",
        "quoted",
        "promised",
        "demanded",
        "requested",
        "criticized",
        "criticised",
        "praised",
        "claimed",
        "alleged",
    }
)

#: Adverbs that put the source at a distance; kept as the statement's hedge.
EVIDENTIAL_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "reputedly"})
#: Raising verbs: "it appears to have played a role" (content = subject + infinitive).
RAISING_VERBS = frozenset({"appear", "appears", "appeared", "seem", "seems", "seemed"})

#: Auxiliaries and modals that belong to the verb group of a cue.
AUXILIARIES = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "having",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "'s",
        "’s",
        "'ve",
        "’ve",
        "'d",
        "’d",
        "'ll",
        "’ll",
        "didn",
        "doesn",
        "don",
        "hasn",
        "haven",
        "hadn",
        "won",
        "wouldn",
        "couldn",
        "shouldn",
        "isn",
        "wasn",
        "weren",
        "aren",
    }
)
#: Negations kept in the cue ("were not disclosed").
NEGATIONS = frozenset({"not", "never", "'t", "’t", "no", "longer"})
#: Adverbs kept inside a verb-group cue ("had previously decried", "also publicly disagreed").
VG_ADVERBS = frozenset(
    {
        "also",
        "previously",
        "openly",
        "publicly",
        "privately",
        "repeatedly",
        "reportedly",
        "allegedly",
        "purportedly",
        "supposedly",
        "again",
        "already",
        "once",
        "recently",
        "later",
        "earlier",
        "often",
        "frequently",
        "strongly",
        "firmly",
        "explicitly",
        "clearly",
        "immediately",
        "personally",
        "further",
        "still",
        "even",
        "just",
        "only",
        "specifically",
        "separately",
        "subsequently",
        "initially",
        "first",
        "then",
        "now",
        "long",
        "bluntly",
        "flatly",
        "reluctantly",
        "quickly",
        "formally",
        "officially",
        "jointly",
        "commonly",
        "widely",
        "generally",
        "indeed",
        "always",
        "likely",
        "probably",
    }
)
#: Words of "is expected to say" that stay in the verb group before "to".
VG_RAISERS = frozenset(
    {
        "expected",
        "set",
        "likely",
        "due",
        "scheduled",
        "going",
        "poised",
        "about",
        "able",
        "declined",
        "refused",
    }
)

DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both"}
)
POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you", "both", "who", "which"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "it", "reporters", "journalists"})
#: Audiences a "tell" verb addresses without an article: "told lawmakers the deal was fair".
RECIPIENT_NOUNS = frozenset(
    {"lawmakers", "legislators", "parliament", "parliamentarians", "senators", "delegates", "diplomats",
     "supporters", "investors", "students", "allies", "viewers", "listeners", "media", "broadcasters",
     "congress", "colleagues", "counterparts", "partners", "donors", "residents", "troops", "parliaments",
     "leaders", "officials", "executives", "voters", "crowds", "audiences", "attendees", "participants",
     "guests", "entrepreneurs", "businessmen", "businesspeople", "correspondents", "editors", "activists"}
)  # fmt: skip
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "at",
        "with",
        "from",
        "to",
        "by",
        "for",
        "of",
        "about",
        "over",
        "into",
        "onto",
        "against",
        "between",
        "among",
        "through",
        "under",
        "across",
        "toward",
        "towards",
        "within",
        "without",
        "amid",
        "despite",
        "like",
        "near",
        "during",
        "following",
        "after",
        "before",
        "since",
        "until",
        "via",
        "aboard",
        "upon",
        "beyond",
        "behind",
        "around",
        "throughout",
        "per",
        "than",
    }
)
CONJUNCTIONS = frozenset({"and", "but", "or", "so", "yet", "nor"})
SUBORDINATORS = frozenset(
    {
        "as",
        "because",
        "since",
        "while",
        "whereas",
        "although",
        "though",
        "if",
        "unless",
        "when",
        "whenever",
        "where",
        "whether",
        "after",
        "before",
        "once",
        "until",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "how",
        "why",
        "than",
    }
)
#: Words that end a clause when met walking left from a cue.
CLAUSE_WORDS = SUBORDINATORS | CONJUNCTIONS

#: Words of time adjuncts skipped after a cue ("said Monday", "announced last week").
#: Words after an object "her" ("thanked her for", "met her on Monday"), not a noun it owns.
AFTER_OBJECT_HER = frozenset(
    {"on", "in", "at", "for", "to", "and", "that", "during", "after", "before", "by", "with", "about",
     "as", "again", "last", "this", "today", "yesterday", "earlier", "later", "twice", "once"}
)  # fmt: skip
_NEXT_WORD = re.compile(r"\s*(\w*)")


def object_her(text: str, end: int) -> bool:
    """Whether the "her" ending at *end* is an object ("met her on Monday"), not "her counterpart"."""
    found = _NEXT_WORD.match(text, end)
    nxt = found.group(1).casefold() if found is not None else ""
    return not nxt or nxt in AFTER_OBJECT_HER


#: Irregular past forms that end a subject: "Trump and Ishiba met ... and agreed", "Li Qiang
#: held talks with him".
IRREGULAR_PAST = frozenset(
    {"met", "held", "spoke", "sat", "went", "came", "gave", "took", "made", "flew", "left", "began",
     "sent", "led", "shook", "saw", "sought", "stood", "struck", "found", "brought", "kept", "won",
     "lost", "ran", "rose", "fell", "fought", "chose", "drew", "broke", "set", "put", "hit"}
)  # fmt: skip


#: Words of time, lower-cased ("on Tuesday", "last week", "Feb."); not the month "may", which
#: as a word is nearly always the verb.
TIME_WORDS = (
    WEEKDAYS
    | (MONTHS - {"may"})
    | {f"{month}." for month in MONTH_ABBREVIATIONS}
    | {
        "today",
        "yesterday",
        "tonight",
        "tomorrow",
        "earlier",
        "later",
        "last",
        "next",
        "this",
        "week",
        "weekend",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "late",
        "early",
        "recently",
        "previously",
        "again",
        "on",
        "in",
    }
)

#: Lower-case words that may precede a name inside a source ("political analyst C. Raja Mohan").
TITLE_WORDS = frozenset(
    {
        "presidential",
        "ranking",
        "special",
        "whip",
        "minority",
        "majority",
        "speaker",
        "parliamentary",
        "lady",
        "first",
        "office",
        "department",
        "ministry",
        "agency",
        "news",
        "local",
        "provincial",
        "regional",
        "federal",
        "central",
        "bank",
        "committee",
        "council",
        "board",
        "managing",
        "staff",
        "home",
        "labour",
        "labor",
        "culture",
        "education",
        "agriculture",
        "commerce",
        "economic",
        "energy",
        "intelligence",
        "policy",
        "communications",
        "attorney",
        "executive",
        "associate",
        "assistant",
        "press",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "foreign",
        "defense",
        "defence",
        "national",
        "security",
        "state",
        "adviser",
        "advisor",
        "analyst",
        "political",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "official",
        "commander",
        "ambassador",
        "envoy",
        "senator",
        "representative",
        "rep.",
        "sen.",
        "lawmaker",
        "general",
        "chief",
        "leader",
        "head",
        "deputy",
        "former",
        "senior",
        "top",
        "economist",
        "professor",
        "researcher",
        "expert",
        "fellow",
        "correspondent",
        "editor",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "crown",
        "governor",
        "mayor",
        "member",
        "counterpart",
        "colleague",
        "candidate",
        "opposition",
        "party",
        "army",
        "military",
        "navy",
        "trade",
        "finance",
        "interior",
        "justice",
        "health",
        "then",
        "acting",
        "incoming",
        "outgoing",
        "new",
        "u.s.",
        "white",
        "house",
        # Media and other organizations named after their kind: "Russian state broadcaster
        # RT", "German newspaper Bild", "rating agency Fitch", "think tank Chatham House".
        "broadcaster",
        "television",
        "radio",
        "media",
        "newspaper",
        "daily",
        "tabloid",
        "outlet",
        "website",
        "channel",
        "network",
        "rating",
        "think",
        "tank",
        "watchdog",
        # "Spanish government spokeswoman ...", "a cabinet minister", "palace officials".
        "government",
        "cabinet",
        "palace",
        "embassy",
    }
)

#: Verbs that end a subject-position content ("Petro's assertion that ... suggests a need").
INFERENCE_VERBS = frozenset(
    {
        "suggests",
        "suggested",
        "indicates",
        "indicated",
        "shows",
        "showed",
        "highlights",
        "highlighted",
        "underscores",
        "underscored",
        "underlines",
        "underlined",
        "reflects",
        "reflected",
        "demonstrates",
        "demonstrated",
        "means",
        "meant",
        "signals",
        "signaled",
        "signalled",
        "represents",
        "represented",
        "remains",
        "remained",
        "came",
        "comes",
        "raises",
        "raised",
    }
)


#: Reporting-verb forms that are nouns modifying the noun after them, with those nouns:
#: "Chinese state media reported", "the state news agency said", "credit rating agency
#: Fitch said". Only a word listed for the form makes it a noun, so "state that ..." and
#: "state their case" stay verbs.
NOUN_MODIFIERS: dict[str, frozenset[str]] = {
    "state": frozenset(
        {
            "media",
            "television",
            "tv",
            "news",
            "agency",
            "agencies",
            "broadcaster",
            "broadcasters",
            "broadcasting",
            "radio",
            "newspaper",
            "newspapers",
            "press",
            "outlet",
            "outlets",
            "channel",
            "channels",
            "daily",
            "wire",
            "mouthpiece",
            "propaganda",
            "visit",
            "visits",
            "dinner",
            "banquet",
            "funeral",
            "department",
            "secretary",
            "councillor",
            "councilor",
            "council",
            "officials",
            "authorities",
            "prosecutors",
            "governments",
            "legislature",
            "legislatures",
            "lawmakers",
            "legislators",
            "enterprises",
            "companies",
            "firms",
            "company",
            "firm",
            "secrets",
            "funds",
            "sovereignty",
            "actors",
            "sponsor",
            "sponsors",
            "level",
            "capacity",
            "government",
            "governor",
            "assembly",
            "election",
            "elections",
            "police",
            "law",
            "laws",
            "ceremony",
            "honours",
            "honors",
            "guest",
            "guests",
            "guesthouse",
            "residence",
            "prosecutor",
            "apparatus",
            "subsidies",
            "support",
            "aid",
            "budget",
            "control",
            "ownership",
            "bank",
            "banks",
            "oil",
            "energy",
        }
    ),
    "credit": frozenset({"rating", "ratings", "card", "cards", "line", "lines", "agency", "agencies"}),
    # "Zambia's ruling party said ...", "the ruling coalition": the party in power.
    "ruling": frozenset(
        {
            "party",
            "parties",
            "coalition",
            "coalitions",
            "junta",
            "council",
            "alliance",
            "bloc",
            "family",
            "elite",
        }
    ),
}

# Enum members as module constants: `cue_kind_of` runs for every claim candidate and reading
# `CueKind.ASSERT` through the enum's metaclass costs several times a global's.
_ASSERT_KIND, _EVALUATE_KIND, _BELIEF_KIND = CueKind.ASSERT, CueKind.EVALUATE, CueKind.BELIEF


def cue_kind_of(words: list[str]) -> CueKind | None:
    """
    The kind of the reporting word among *words* (a cue's lower-case tokens), if any.

    Verbs win over nouns, so "expressed concern" is a belief (the noun) only when no
    reporting verb is present; "reiterated his concern" keeps the verb's kind.
    """
    noun: CueKind | None = None
    for word in words:
        hit = verb_cue(word)
        if hit is not None and word not in LIGHT_VERBS:
            return hit[0].kind
        if word == "according":
            return _ASSERT_KIND
        if word in NOUN_CUES and noun is None:
            noun = NOUN_CUES[word].kind
        if word in ADJECTIVE_CUES and noun is None:
            noun = _EVALUATE_KIND
        if word in PASSIVE_CUES and noun is None:
            noun = _BELIEF_KIND
    if noun is None:
        for word in words:
            hit = verb_cue(word)
            if hit is not None:
                return hit[0].kind
    return noun
