# ruff: noqa: RUF001  (typographic quotation marks are what this module strips)
"""
Claims: checkable propositions asserted in statements, with their claimants.

A claim comes from a statement whose cue asserts (said, stated, claimed, alleged, insisted,
argued, noted, emphasized, decried ...; see `bilateral.text._verbs.CueKind.ASSERT`), not
from questions, invitations, proposals, promises, wishes or evaluations; what a government
or another institution "believes" is its position and counts too. Its text is the
statement's content in the source's words, without a leading "that", the quotation marks
around a fully quoted content, or the final punctuation.

What the speaker asserts must be a proposition someone could check, so these are left out
(each is judged on the content's first sentence, the part a reader takes as its point):

* the headline, which restates a claim the body reports with its context;
* promises and announcements of one's own acts ("assured Payne that the United States will
  not ...", "said it would resume cooperation", "announced New Delhi would invest"): they
  are commitments, which the meeting stage records as outcomes;
* intentions, hopes, wishes and requests ("the United States hopes to resolve ...", "he was
  inclined to", "India is reluctant to", "Turkey wanted “an Aegean of peace”", "We ask for
  respect");
* descriptions of the meeting itself ("discussions included ...", "they got along very
  well" said by one of "them"): its topics and outcomes say that;
* judgments that are not statements of fact: extraposed evaluations ("it is hard to
  predict ..."), conditionals ("it helps if ...") and prescriptions ("should never have");
* forecasts, hedges and schedules ("will probably become", "could take years", "would
  begin this year", "the deal would end decades of quarrels"; a fact joined to one by
  "and" stays: "had reached $6 billion and could double"), moods ("there was a lot of
  anxiety in Accra") and states of mind ("We believe ...", "he was not sure ...");
* courtesy between the sides ("relations between the two countries are built on mutual
  trust" said by one of them, "Egypt appreciates China's support", "the UAE's keenness
  to ...", "India is our closest neighbor"), greetings ("Good to welcome FM ... of
  Maldives", "Delighted to receive President ...") and reports of what a person said or did at
  the talks ("Sisi reaffirmed ...", "Modi also invited ..."), statements inside the
  statement.

What a claim is about is what the first sentence of its content that names anyone names,
with "these cities", "the two countries" and "bilateral trade" standing for the places and
countries they point back to, and a group of a country ("the Chinese military") for its
country.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

import attrs

from bilateral.model import Actor, Claim, Country, Group, Person, PlaceKind, Span, SpeechMode, Statement
from bilateral.text._coref import mentions_in
from bilateral.text._document import Document, Mention, MentionKind
from bilateral.text._lexicons import lexicon, tokenize
from bilateral.text._segment import _new_span
from bilateral.text._verbs import CueKind, Form, cue_kind_of, verb_cue

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["ClaimStage", "claim_text", "first_sentence"]

_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: Runs of lower-case ASCII letters. A word of the sentence (as `\b` delimits it) spelled
#: in them is one such run, since the characters around it are no word characters: that is
#: all the word tests of `_checkable` need, their words being lower-case ASCII. Cheaper than
#: runs of ``\w`` (a range test per character, no Unicode category lookup) and fewer.
#: `_words` reads them without the regex engine; the pattern says what it reads (and the
#: tests compare the two).
_WORD_RUN = re.compile(r"[a-z][a-z]*")
_OPENERS = "“„‟«\"‘'"
_CLOSERS = "”»\"’'"
_TRAIL = " \t\n,.;:—–-"
#: A quotation mark inside a content: any opener or closer but the apostrophes.
_INNER_MARK = re.compile("[" + re.escape("".join(sorted(set(_OPENERS + _CLOSERS) - set("'’")))) + "]")
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
# Denials assert the opposite of their content: "denied that Ethiopian troops had crossed
# into Kenya" is no claim that they had; the content is what the speaker says is false.
_DENIALS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest"})
# A noun phrase of need or importance is a topic stressed, not a proposition: "stressed the
# need for regional integration", "underlined the importance of the corridor".
_STRESSED_NOUN = re.compile(
    r"(?:the\s+)?(?:(?:urgent|pressing|great|vital|crucial)\s+)?(?:need|importance|necessity|significance|urgency)"
    r"\s+(?:for|of|to)\b",
    re.IGNORECASE,
)
# A particle ending the cue makes its object a topic or a demand, not a proposition:
# "insisted on a dialogue over Kashmir", "commented on the visit", "reported on the talks".
_TOPIC_PARTICLES = frozenset({"on", "upon"})
# What is claimed as one's due rather than asserted: "claimed responsibility for the attack",
# "claimed victory", "claimed credit for the deal", "claimed sovereignty over the islands".
_CLAIMED_OBJECT = re.compile(
    r"(?:(?:the|full|sole|partial)\s+)?(?:responsibility|credit|victory|ownership|sovereignty|asylum|compensation|"
    r"damages|the\s+(?:title|win|lives?|seat))\b",
    re.IGNORECASE,
)
# A warning to someone against an act is a directive: "warned Pakistan against any
# misadventure", "warned Israel not to ..." (the object is a few words at most).
# The object may be cut off the content ("warned Islamabad not to ..." as "not to ..."); a
# clause with "against" inside ("warned the dispute against the backdrop of ...") stays.
_WARNED_AGAINST = re.compile(
    r"(?:[\w.'’-]+\s+){0,5}?(?:against\s+(?!the\s+(?:backdrop|background)\b)|not\s+to\s)"
)
# Accusations state their proposition as an object: "decried X as a tool of power".
_ACCUSE_VERBS = frozenset({"decry", "criticize", "criticise", "condemn", "accuse", "blame", "allege"})
# Attitudes whose "that" clause the holder takes as true: "expressed concern that ...".
_FACTIVE_NOUNS = frozenset({"concern", "fear", "worry", "view", "belief", "conviction", "assessment"})
# First-person singular opinions ("I think", "I'm hoping") report a state of mind.
_FIRST_PERSON = re.compile(r"^[“„«\"‘']?I(?:\b|['’](?:m|d|ve|ll)\b)")
# A state of mind of the speaker's side, in the first person plural or reported in the third
# ("We believe that our interests are interlinked", "he was not sure the partnership would
# survive"): an opinion held, not a fact asserted. "We support ..." (a stance) stays.
_MIND = re.compile(
    r"^(?:we\s+(?:(?:firmly|strongly|really|all|also|still)\s+)?(?:believe|think|feel|consider|are\s+(?:not\s+)?"
    r"(?:confident|convinced|sure|certain|optimistic|hopeful))"
    # No comment: "it had no comment on the meeting", "it had “no information” on the matter".
    r"|(?:it|he|she|they)\s+(?:had|has|have)\s+[“\"]?no\s+(?:comment|information|knowledge|details)"
    r"|(?:he|she)\s+(?:was|is|remained|remains)\s+(?:not\s+|still\s+|very\s+|quite\s+)*"
    r"(?:sure|certain|confident|convinced|optimistic|pessimistic|hopeful|doubtful|unsure|uncertain|skeptical|sceptical))\b",
    re.IGNORECASE,
)
# First-person wishes ("We want more", "we would like to"): a wish, whatever follows.
# A side's wish with a noun object ("Turkey wanted “an Aegean of peace”", "Nairobi wants the
# trade deal"): the capitalised subject is a country, a capital or a person; case-sensitive.
_SIDE_WANTS = re.compile(
    r"^(?:(?:[A-Z][\w’'.-]*\s+){1,3}?|(?:[Bb]oth|[Tt]he\s+two)\s+[a-z]+\s+)(?:really\s+|also\s+|still\s+)?"
    r"(?:wants|wanted)\s"
)
_WE_WANT = re.compile(
    r"^(?:(?:we|i|he|she)\s+(?:really\s+|also\s+|just\s+|all\s+|still\s+|therefore\s+|again\s+)?"
    r"(?:wants?|wanted|wish(?:es|ed)?|hopes?|hoped|would\s+like|['’]d\s+like"
    # Requests in the first person are directives too: "We ask for respect", "we call on",
    # "We ask our brothers in Egypt to stand with ...", "we invite investors to come".
    r"|ask(?:s|ed)?|request(?:s|ed)?|call(?:s|ed)?\s+(?:on|upon|for)|demand(?:s|ed)?|urge(?:s|d)?|"
    r"appeal(?:s|ed)?\s+(?:to|for)|invite(?:s|d)?|encourage(?:s|d)?|implore(?:s|d)?|beg(?:s|ged)?"
    # Thanks and greetings are courtesy: "We thank our Turkish brothers", "we salute".
    r"|thank(?:s|ed)?|salute(?:s|d)?|congratulate(?:s|d)?|commend(?:s|ed)?)"
    # And so is the imperative: "Please come and see for yourselves", "Let us be clear".
    r"|please|kindly|let\s+us|let['’]s)\b",
    re.IGNORECASE,
)
# A greeting, as leaders post them and agencies quote them: "Good to welcome FM ... of
# Maldives.", "Delighted to receive my friend President Ruto", "It was a pleasure to call on
# ...", "We were honoured to host ...": courtesy about the meeting, whatever it names. Only
# at the start of the point ("Kenya was glad to host investors ..." is a claim) and only
# with a verb of meeting someone ("Great to see trade cross $4 billion" states a fact).
_GREETING = re.compile(
    r"^(?:it\s+(?:was|is|has\s+been)\s+|(?:we|i)\s+(?:are|were|am|was)\s+)?"
    r"(?:(?:very|so|really|truly|most|extremely|deeply|always)\s+)?"
    r"(?:good|great|glad|happy|pleased|delighted|honou?red|nice|wonderful|lovely|privileged|thrilled|"
    r"(?:a|an)\s+(?:great\s+|real\s+|true\s+)?(?:pleasure|honou?r|privilege)|pleasure|honou?r|privilege)"
    r"\s+to\s+(?:(?:warmly|once\s+again|again|finally)\s+)?"
    r"(?:meet|welcome|receive|host|greet|speak|talk|chat|call\s+on|visit|be\s+(?:back|here|in)|join|catch\s+up)\b"
    # A post drops its subject: "Had a productive conversation with FM ... today.".
    r"|^(?:just\s+)?(?:had|held)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|talks|conversation|discussions?|call|exchange|dialogue|interaction)\b",
    re.IGNORECASE,
)
#: The words `_GREETING` can open with: a set lookup spares most sentences the pattern.
_GREETING_STARTS = frozenset(
    {"it", "we", "i", "very", "so", "really", "truly", "most", "extremely", "deeply", "always", "good",
     "great", "glad", "happy", "pleased", "delighted", "honoured", "honored", "nice", "wonderful",
     "lovely", "privileged", "thrilled", "a", "an", "pleasure", "honour", "honor", "privilege", "just",
     "had", "held"}
)  # fmt: skip
# Mentions that say what a claim is about: names, titles and demonyms, not pronouns. A
# tuple: membership tests identity first, where a set would call the enum's Python __hash__.
_ABOUT_KINDS = (MentionKind.NAME, MentionKind.TITLE, MentionKind.DEMONYM)
# Enum members read per statement or mention, held as module constants: a module global
# costs a fraction of an enum attribute read in Python 3.11.
_PRONOUN: Final = MentionKind.PRONOUN
_NAME: Final = MentionKind.NAME
_DEMONYM: Final = MentionKind.DEMONYM
_PLURAL: Final = MentionKind.PLURAL
_DIRECT: Final = SpeechMode.DIRECT
_BELIEF: Final = CueKind.BELIEF
_ASSERT: Final = CueKind.ASSERT
_CITY: Final = PlaceKind.CITY
_COUNTRY: Final = PlaceKind.COUNTRY
# Cues that commit the speaker rather than describe the world: "assured X that ...".
_COMMISSIVE_CUES = frozenset({"assure", "reassure"})
# A sentence end inside a content: a period after a lower-case word or a figure, not "U.S.".
# Group 1 is the gap after the stop. The pattern opens with the stop itself (checked with
# the character before it by the lookbehind) so that the search can skip ahead to the next
# stop character instead of trying the lookbehind at every position.
#: A title or a given name abbreviated before a name holds its period ("Mr. Misri said ...",
#: "his counterpart Ma. Theresa Lazaro", "Dr. Tedros"): checked only where a stop was found.
_SENTENCE_END = re.compile(
    r"[.!?](?<=[a-z0-9%][.!?])(?<!\b(?:Mr|Ms|Dr|Ma|Md|Lt|St)\.)(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Amb)\.)"
    # German copy: „We are ready.“ Merz said.
    r"(?<!\b(?:Prof|Capt|Mohd)\.)([”“\"’‘']?\s+)(?=[“„\"‘‚']?[A-Z])"
)
# A modal of the future or of volition right after the subject: an announced act.
_MODAL = (
    r"(?:will|would|shall|['’]ll|['’]d|is\s+going\s+to|are\s+going\s+to|was\s+going\s+to|were\s+going\s+to)"
)
#: A part of every spelling of `_MODAL`: a pattern needing a modal cannot match a sentence
#: this finds nothing in (case-sensitive, like `_OWN_ACT`).
_MODAL_HINT = re.compile(r"will|would|shall|'ll|’ll|'d|’d|going")
# "it would resume ...", "he will travel ...": the speaker's own announced act.
_SELF_ACT = re.compile(rf"^(?:it|he|she|they|we)\s*{_MODAL}\s+(?!be\b|have\b)", re.IGNORECASE)
# An announced act with any subject, for cues that announce ("announced New Delhi would").
_ANNOUNCED_ACT = re.compile(rf"^(?:\S+\s+){{0,5}}?{_MODAL}\b", re.IGNORECASE)
# Intentions, hopes and plans: "hopes to resolve", "aims to understand", "“inclined” to".
_INTENTION = (
    r"(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|want(?:s|ed|ing)?|plan(?:s|ned|ning)?|"
    r"intend(?:s|ed|ing)?|seek(?:s|ing)?|wish(?:es|ed|ing)?|inclined|willing|ready|eager|keen|"
    # "sought to" is an intention only as the speaker's own, reported in the past ("he said
    # he sought to build trust"); with any other subject it is an attempt made ("said China
    # sought to change the status quo", "had 'never sought' to", "Manila has sought to").
    r"(?:(?<=\bhe\s)|(?<=\bwe\s)|(?<=\bit\s)|(?<=\bshe\s)|(?<=\bthey\s))sought|"
    # Reluctance is an attitude too: "India is reluctant to join an alliance".
    r"reluctant|unwilling|hesitant|loath|"
    r"determined|going|looking\s+forward|look(?:s|ed)?\s+forward|"
    # The same as nouns: "affirmed the UAE's keenness to support ...", "its readiness to".
    r"keenness|readiness|willingness|eagerness|desire|intention|determination)[”\"’']?\s+to\b|hopefully\b"
)
# Subjects that are the meeting itself or its sides taken together.
_MEETING_SUBJECT = re.compile(
    r"^(?:the\s+|their\s+|his\s+|her\s+|its\s+|this\s+|that\s+|[\w’'.-]+[’']s\s+)?"
    r"(?:[\w-]+\s+)?(?:talks|discussions?|meetings?|visit|trip|travels|summit|negotiations|"
    r"conversation|call)\b"
    # The people who met: "the two leaders spoke for 90 minutes", "the ministers dined".
    r"|^(?:the\s+two|both)\s+(?:leaders|presidents|ministers|men|women)\b"
    r"|^the\s+(?:leaders|ministers|presidents|delegations)\b"
    # One side's act at the talks or its courtesy: "The Japanese side responded positively",
    # "the other side expressed interest", "the Serbian side thanks China for its support"
    # ("the Chinese side had built 12 dams" stays a claim).
    r"|^the\s+(?:[\w-]+\s+)?side\s+(?:(?:also|then|later|had|has)\s+)*(?:responded|expressed|welcomed|"
    r"proposed|raised|briefed|invited|accepted|reaffirmed|reiterated|stressed|emphasi[sz]ed|thanked|"
    r"appreciated|agreed|promised|pledged|thanks|welcomes|appreciates)\b"
    # "During the meeting, they reviewed ...", "At the talks, ...": what happened there.
    r"|^(?:during|at|in|after)\s+(?:the|their|this|that)\s+(?:[\w-]+\s+){0,2}"
    r"(?:talks|discussions?|meetings?|visit|summit|negotiations|conversation|call)\b"
    # "the two also discussed ...", "they reviewed ...": the sides, with a verb of the meeting.
    r"|^(?:(?:the\s+two|both)(?:\s+(?:sides|countries|leaders|ministers|delegations|governments|nations))?|they|we)"
    r"\s+(?:(?:also|then|later|had|have|reportedly|both|all)\s+)*"
    r"(?:discussed|reviewed|exchanged\s+views|met|held\s+talks|talked|spoke|agreed|signed|witnessed)\b"
    # "We had a very good meeting", "they held frank talks": how the meeting went.
    # The words may be quoted: "he had a “constructive and frank” conversation with ...".
    r"|^(?:we|they|i|he|she)\s+(?:have\s+|had\s+|just\s+)?(?:had|held)\s+"
    r"(?:an?\s+|very\s+|really\s+|[“\"‘']?[\w-]+[”\"’']?,?\s+){0,5}?"
    r"(?:meeting|talks|conversation|discussions?|call|exchange|dialogue)\b",
    re.IGNORECASE,
)
# "India and Russia agreed to ...": two sides agreeing is an outcome of their meeting. Kept
# apart from `_MEETING_SUBJECT` so that it runs only on a sentence that says "agreed": its
# two lazy runs up to 60 characters are tried at every length otherwise.
_SIDES_AGREED = re.compile(
    r"^[^,;:]{1,60}?\sand\s[^,;:]{1,60}?\s(?:(?:have|had|also)\s+)*(?<!never\s)(?<!not\s)(?<!n[’']t\s)"
    r"agreed\s+(?:to|on|that)\b",
    re.IGNORECASE,
)
# The same with a pledge or a vow, or the day beside the verb as the wires put it ("agreed
# Wednesday to begin negotiations", "on Tuesday pledged to raise trade"), a name in
# apposition to the second side ("X and his Angolan counterpart, João Lourenço, agreed"), or
# the two sides restating a position together ("The Secretary and the Foreign Minister
# reaffirmed the strong partnership ...": what they said at the talks, a statement inside the
# statement; "face emphasized risks" is no such verb). Tried only when the sentence has one
# of these words and `_SIDES_AGREED` fails: its alternatives cost more.
_SIDES_PLEDGED = re.compile(
    r"^[^,;:]{1,60}?\sand\s[^,;:]{1,60}?(?:,[^,;:]{1,40},)?\s(?:(?:have|had|also|on\s+[a-z]+day)\s+)*"
    r"(?<!never\s)(?<!not\s)(?<!n[’']t\s)"
    r"(?:(?:agreed|pledged|vowed)\s+(?:(?:on\s+)?[a-z]+day\s+)?(?:to|on|that)\b"
    r"|(?:reaffirmed|reiterated|underscored|emphasi[sz]ed)\s+(?:the|their|its|that|a|an|support|commitment)\s"
    # What the two reached or signed at the talks: "X and his counterpart Y reached the
    # agreement during talks in Manila", "X and Y signed an agreement on ..." (an outcome).
    r"|(?:reached|signed)\s+(?:an?|the|a\s+broad|broad)\s+(?:[\w-]+\s+)?"
    r"(?:agreement|deal|consensus|understanding|memorandum|accord|pact)\b"
    # "Lula and Tinubu witnessed the signing at the villa", "X and Y oversaw the signing of 18 deals".
    r"|(?:witnessed|oversaw|attended)\s+(?:the\s+)?signing\b)",
    re.IGNORECASE,
)
#: " and " where `_SIDES_PLEDGED` can find it: after at most 60 characters of the first side.
_EARLY_AND = re.compile(r"\sand\s", re.IGNORECASE)
_EARLY_AND_END = 66
#: The verbs of `_SIDES_PLEDGED` that need no day or apposition to be tried.
_SIDES_VERBS = (
    "pledged", "vowed", "reaffirmed", "reiterated", "underscored", "emphasi", "reached", "signed", "signing",
)  # fmt: skip


def _sides_agreed(head: str) -> bool:
    """Whether *head* says that two sides agreed, pledged, vowed or reaffirmed something together."""
    # (No letter of the verbs matches another in the patterns' case-insensitive sense than
    # its two cases: the lower-cased sentence holds one whenever a pattern can.)
    low = head.lower()
    agreed = "agreed" in low
    if agreed and _SIDES_AGREED.match(head):
        return True
    return (
        ((agreed and ("day " in low or "," in low)) or any(verb in low for verb in _SIDES_VERBS))
        # The pattern's first side ends with " and " within its first 60 characters: a
        # sentence without one (most with "signed" or "reached") spares its lazy runs.
        and _EARLY_AND.search(head, 0, _EARLY_AND_END) is not None
        and bool(_SIDES_PLEDGED.match(head))
    )


# The meeting as the subject of a verb of evidence ("the call showed that Kinshasa was trying
# to split Kampala from Kigali", "the visit signalled ..."): a reading of the meeting, a
# claim when someone other than the two sides makes it.
_MEETING_EVIDENCE = re.compile(
    r"^(?:the\s+|their\s+|his\s+|her\s+|its\s+|this\s+|that\s+|[\w’'.-]+[’']s\s+)?(?:[\w-]+\s+)?"
    r"(?:talks|discussions?|meetings?|visit|trip|summit|negotiations|conversation|call)\s+"
    r"(?:(?:also|clearly|only)\s+)?"
    r"(?:show(?:s|ed)?|suggest(?:s|ed)?|signal(?:s|ed|led)?|reflect(?:s|ed)?|demonstrat(?:es|ed)|"
    r"underscor(?:es|ed)|highlight(?:s|ed)?|indicat(?:es|ed)|prov(?:es|ed)|reveal(?:s|ed)?|"
    r"expos(?:es|ed)|confirm(?:s|ed)?|mean(?:s|t))\b",
    re.IGNORECASE,
)
# How a source introduces someone who speaks for no side: "Adam Isacson, a defense analyst
# at the Washington Office on Latin America", "Analyst Remadji Hoinathy", "a senior fellow".
# Looked for in the case-folded source mention with `in`, cheaper than a pattern.
_ANALYST_WORDS = (
    "analyst", "researcher", "fellow", "professor", "scholar", "lecturer", "economist", "consultant",
    "historian", "political scientist", "think tank",
)  # fmt: skip


def _analyst(text: str, ident: str, index: _Index) -> bool:
    """
    Whether person *ident* is introduced as an analyst (see `_ANALYST_WORDS`).

    The words are looked for where the person first appears, in the clause around the name:
    before it ("Analyst Remadji Hoinathy") and in the apposition after it, up to the end of
    the clause ("Adam Isacson, a defense analyst at ..."). Worked out once per person.
    """
    known = index.analysts.get(ident)
    if known is None:
        actor = index.by_id.get(ident)
        known = False
        if isinstance(actor, Person) and actor.mentions:
            first = actor.mentions[0]
            before = text[max(0, first.start - 30) : first.start].casefold()
            before = before[max(before.rfind(","), before.rfind("."), before.rfind(";")) + 1 :]
            after = text[first.end : first.end + 100]
            after = after[: len(after) - len(after.lstrip(" ,"))] + after.lstrip(" ,").split(".", 1)[0]
            window = before + " " + after.split(";", 1)[0].casefold()
            known = any(word in window for word in _ANALYST_WORDS)
        index.analysts[ident] = known
    return known


# The two sides as the subject ("the two countries still disagree on ...", "both sides had
# been mobilising troops"): said by one of the sides, it describes the encounter or the
# relationship; said by an analyst or a third party, it is a claim like any other.
_PAIR_SUBJECT = re.compile(
    r"^(?:the\s+two|both|the)\s+(?:countries|sides|nations|governments)\b", re.IGNORECASE
)
# What an agreement or a project will do is a forecast: "the deal would end decades of
# quarrels", "the joint force would include about 1,500 troops", "the pipeline will carry";
# what it provides for is its terms.
_DEAL_FUTURE = re.compile(
    r"^(?:the|this|that|their|our|its|the\s+new)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deal|agreement|accord|pact|treaty|memorandum|project|plan|arrangement|force|initiative|corridor|"
    r"pipeline|railway|programme|program|mechanism|framework|partnership)s?\s+"
    rf"(?:{_MODAL}\b"
    # What the agreement says: "The agreement commits the two governments to ...", "the
    # memorandum provides for joint patrols": the outcome's terms, which the meeting records.
    r"|(?:also\s+)?(?:commits|obliges|provides\s+for|calls\s+for|envisages|sets\s+out|lays\s+out)\b)",
    re.IGNORECASE,
)
# "it is hard to predict", "it's important that": a judgment about the proposition.
_EXTRAPOSED = re.compile(
    r"^it\s*(?:is|was|['’]s|will\s+be|would\s+be)\s+(?:\w+\s+){0,2}?\w+\s+(?:to|that)\b",
    re.IGNORECASE,
)
# "Biden spoke by phone with Netanyahu", "the two ministers met in Rome": the meeting itself.
# (The lookahead holds the verbs' first letters: it spares most of the up to 90 positions
# the lazy prefix stops at a try of the whole alternation.)
_MEETING_PREDICATE = re.compile(
    # An aside between the subject and the verb: "Marcos, on a two-day state visit, also met ...".
    r"^[^,;:]{0,90}?(?:,[^,;:]{1,60},[^,;:]{0,40}?)?\b(?=[ghmrstvw])(?:met|meets|meet|meeting(?=\s+with\b)|(?<!.)meeting|held\s+talks|holds\s+talks|hold\s+talks|spoke|spoken|speaks|talked|"
    r"hosted|hosts|visited|visits|will\s+visit|will\s+host|received|receives|will\s+receive|greeted|"
    r"held\s+(?:a\s+)?(?:(?:tele)?phone|video)\s+(?:call|conversation|talks)"
    # "Lee and Chinh held a summit at Cheong Wa Dae", "held their first meeting in ...".
    r"|held\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks)(?:\s+at)?)\s+"
    r"(?:(?:by\s+(?:tele)?phone|virtually|separately|briefly|privately)\s+)?(?:with\s+)?"
    # "held talks for about an hour at the defense ministry", "spoke for 90 minutes".
    r"(?:[A-Z]|his\b|her\b|their\b|the\b|in\b|on\b|for\b|at\b)",
)
# "X and his counterpart Y discussed fishing rights": a topic of the meeting.
_DISCUSSED = re.compile(r"^[^,;:]{0,120}?\b(?:discussed|reviewed)\b")
# "Oli accepted the invitation", "he had accepted an invitation to visit Ankara": an outcome.
_ACCEPTED = re.compile(r"^[^;:]{0,90}?\baccepted\s+(?:the\s+|an\s+|his\s+|her\s+|their\s+)?invitation\b")
#: The verbs `_MEETING_PREDICATE` opens with, each a whole word (a space follows it): it
#: cannot match a sentence without one (lower-casing the first letter adds none).
_MEETING_VERBS = frozenset(
    {"met", "meets", "meet", "meeting", "held", "holds", "hold", "spoke", "spoken", "speaks", "talked",
     "hosted", "hosts", "host", "visited", "visits", "visit", "received", "receives", "receive", "greeted"}
)  # fmt: skip


#: Every byte but a lower-case ASCII letter to a space (see `_words`).
_RUN_BYTES = bytes(b if ord("a") <= b <= ord("z") else ord(" ") for b in range(256))


def _words(text: str) -> set[str]:
    """
    The runs of lower-case ASCII letters in *text*: what `_WORD_RUN` finds, read in C.

    Each character becomes one byte ("?" if it is not ASCII), every byte but a lower-case
    letter a space, and the runs are what `split` leaves: some 13K instructions for a
    sentence of a dozen words where `findall` took 25K (a match object's work per word).
    """
    return set(text.encode("ascii", "replace").translate(_RUN_BYTES).decode("ascii").split())


# Verbs of a stated position: "New Delhi would support the deal" is a claim about a stance,
# "Germany would send air defence" an announced act.
_STANCE = frozenset(
    {"support", "back", "oppose", "welcome", "recognize", "recognise", "reject", "accept", "endorse",
     "favor", "favour", "respect", "stand", "remain", "continue"}
)  # fmt: skip
# The verb may follow an opening quotation mark and an adverb: "Vietnam would “resolutely
# protect” its sovereignty", "Ghana will firmly defend ..." (`_own_act` steps over the adverb).
_OWN_ACT = re.compile(
    rf"^(?P<subject>[^,;:]{{1,60}}?)\s*{_MODAL}\s+(?:not\s+|also\s+|soon\s+)?[“\"‘']?(?P<verb>[a-z]+)\b"
    r"(?:\s+(?P<next>[a-z]+))?"
)
# Verbs that end like an adverb: "would apply", "will rely on".
_LY_VERBS = frozenset({"apply", "rely", "supply", "reply", "fly", "ally", "multiply", "comply", "imply"})
# Conditionals ("it helps if ...") and prescriptions ("should never have").
# "The question is whether ...", "it was unclear whether ...": an open question.
_CONDITIONAL = r"if\b|unless\b|whether\b"
_PRESCRIPTION = r"should(?:n['’]t)?\b|ought\s+to\b"
# Forecasts and hedges: what may or will probably happen cannot be checked yet. Possibility
# modals count in lower case only ("in May" is a month) and not negated ("could not agree"
# reports a fact). A future "will/would be" (or "become", "remain") forecasts a state ("India
# will always be more cautious", "would not be that provocative"); "would support" stays,
# since a stance or an act reported in the past tense is checked elsewhere (see `_STANCE`).
_HEDGE = (
    r"(?:may|might|could)\b(?!\s+not\b|n['’]t|\s+\d)"
    r"|(?:probably|(?:un)?likely|perhaps|possibly|maybe|(?:expected|poised|scheduled|slated)\s+to)\b"
    # "The next exercise is scheduled for early next year", "consultations are planned for spring".
    r"|(?:is|are|was|were)\s+(?:scheduled|slated|planned)\s+for\b"
    # A schedule is a plan, not a fact yet: "work would begin this year", "the troops would
    # leave by July", "Macron and Tebboune are to meet later this year".
    r"|(?:will|would|['’]ll)\s+(?:(?:not|never|always|still|also|soon|eventually|\w+ly)\s+){0,2}"
    r"(?:be|become|remain|begin|start|resume|take\s+place|go\s+ahead|continue|keep|go\s+on|leave|arrive|"
    # A trip to come: "the president would fly to Doha on Monday", "Abdelatty will travel to
    # St. Petersburg", "the chancellor would travel on to Bengaluru".
    r"travel|fly|visit|head|attend|meet|come\s+up)\b"
    r"|(?:is|are|was|were)\s+(?:due\s+|set\s+)?to\s+(?:meet|visit|travel|hold|sign|attend|host)\b"
)
# Sentiment toward the other side: "his country values the UAE's role", "Kenya appreciates
# China's support", "attaches great importance to": courtesy, not a checkable fact. The
# object must follow ("the yuan appreciated 3%" is a fact).
_APPRECIATION = (
    r"(?:values|valued|appreciates|appreciated|cherishes|cherished|treasures|attaches|attached)"
    r"\s+(?:great\s+|high\s+|special\s+)?(?:importance\b|the\s|its\s|his\s|her\s|their\s|our\s|[A-Z])"
)
#: Intentions, conditionals, prescriptions, hedges and courtesy in one search: every
#: alternative starts at a word boundary, so one scan of the sentence (not five) tells
#: whether any occurs. The
#: lookahead holds the first letters of all the alternatives: one class test rejects most
#: positions before the long alternation is tried there.
#: It is case-sensitive, so a capitalised "May" is the month and a capital after "values"
#: a name; `_not_fact` lower-cases the sentence's first letter ("If ...", "Perhaps ...").
#: (A case-insensitive scan costs half as much again.)
_NOT_FACT = re.compile(
    rf"\b(?=[acdeghiklmoprstuvw'’])(?:{_INTENTION}|{_CONDITIONAL}|{_PRESCRIPTION}|{_HEDGE}|{_APPRECIATION})"
)


# The modals of a forecast, and a finite verb before them: "had reached", "grew", "is".
_MODALS = ("could", "may", "might", "will", "would", "'ll", "’ll")
_FINITE_VERB = re.compile(r"\b(?:had|has|have|was|were|is|are|did|does|do|[a-z]{2,}ed)\b")


#: A word `_NOT_FACT` cannot match without: every alternative is a whole word of the
#: sentence (it opens at a word boundary and a space, a quotation mark or a word boundary
#: follows it). "is due to meet" needs its verb, "we'll be" the "ll" after the apostrophe.
_NOT_FACT_WORDS = frozenset(
    {"hope", "hopes", "hoped", "hoping", "aim", "aims", "aimed", "aiming", "want", "wants", "wanted",
     "wanting", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending",
     "seek", "seeks", "seeking", "sought", "wish", "wishes", "wished", "wishing", "inclined", "willing",
     "ready", "eager", "keen", "reluctant", "unwilling", "hesitant", "loath", "determined", "going",
     "looking", "look", "looks", "looked", "keenness", "readiness", "willingness", "eagerness", "desire",
     "intention", "determination", "hopefully",
     "if", "unless", "whether",
     "should", "shouldn", "ought",
     "may", "might", "could", "probably", "likely", "unlikely", "perhaps", "possibly", "maybe",
     "expected", "poised", "scheduled", "slated", "will", "would", "ll",
     "meet", "visit", "travel", "hold", "sign", "attend", "host",
     "values", "valued", "appreciates", "appreciated", "cherishes", "cherished", "treasures", "attaches",
     "attached"}
)  # fmt: skip


def _not_fact(head: str, words: set[str] | None = None) -> bool:
    """
    Whether *head* holds an intention, a condition, a prescription, a hedge or courtesy.

    A forecast joined to a fact by "and" or "but" ("trade had reached $6 billion and could
    double by 2030") leaves the fact: only what comes before the modal is judged then.
    *words* are those of *head* with its first letter in lower case, when already known
    (see `_words`): without one of `_NOT_FACT_WORDS` the pattern is not run.
    """
    text = head[:1].lower() + head[1:]
    if (words if words is not None else _words(text)).isdisjoint(_NOT_FACT_WORDS):
        return False
    found = _NOT_FACT.search(text)
    if found is None:
        return False
    before = text[: found.start()]
    if (
        before.endswith(("and ", "but "))
        and found.group().startswith(_MODALS)
        and _FINITE_VERB.search(before) is not None
    ):
        return _not_fact(before)
    return True


# Moods and attitudes of a group ("there was a lot of anxiety in Accra", "there is still a
# great deal of uncertainty", "the mood among officials was optimistic"): an impression the
# speaker reports, not an event or a state of the world. "There have been no discussions
# about ..." is a fact and stays.
_MOOD_NOUNS = (
    r"(?:uncertainty|anxiety|anxieties|frustration|concerns?|optimism|pessimism|skepticism|"
    r"scepticism|hopes?|fears?|anger|confusion|unease|nervousness|confidence|doubts?|enthusiasm|"
    r"excitement|relief|disappointment|mistrust|distrust|suspicion|impatience|fatigue|momentum|"
    r"goodwill|urgency|alarm|resentment|expectations?)\b"
)
_MOOD = re.compile(
    # A short fronted adverbial may come first: "For three years now, there's been ...".
    r"^(?:[^,;:]{1,40},\s*)?there\s*(?:is|was|are|were|['’]s(?:\s+been)?|has\s+been|have\s+been|had\s+been|remains?|remained)\s+"
    r"(?:(?:still|now|also|clearly|certainly|already)\s+)*"
    r"(?:too\s+(?:much|many)\b"
    r"|(?:(?:a\s+)?(?:lot|great\s+deal|good\s+deal|sense|mood|feeling)\s+of\s+|a\s+|much\s+|some\s+|"
    r"growing\s+|increasing\s+|mounting\s+|widespread\s+|deep\s+|considerable\s+|real\s+|"
    r"little\s+|new\s+|renewed\s+|cautious\s+|great\s+|high\s+)*" + _MOOD_NOUNS + ")"
    r"|^(?:the\s+)?(?:mood|atmosphere|sentiment)\b[^,;:]{0,60}?\b(?:is|was|were|remains|remained|has\s+been|had\s+been)\b",
    re.IGNORECASE,
)


# Courtesy in a predicate: "India is our closest neighbor", "Mongolia is “an important partner
# that shares fundamental values”", "Kenya remains a trusted friend and ally". A relationship
# of a kind a register records stays a claim: "Spain is Morocco's top trading partner", "the
# Philippines is a treaty ally of the United States".
_PARTNER = re.compile(
    r"^[^,;:]{1,60}?\s(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+[“\"‘']?"
    r"(?:(?:a|an|the|our|their|its|his|her|[\w’'.-]+[’']s)\s+)?(?:(?:very|most|truly|really|always|still|also)\s+)*"
    r"(?:(?:important|key|trusted|reliable|close|closest|dear|good|true|great|strategic|natural|valued|"
    r"sincere|steadfast|old|oldest|time-tested|all-weather|comprehensive|indispensable|privileged|best|"
    r"friendly|brotherly|longtime|long-standing|longstanding|historic|special|vital|dependable|genuine)"
    r",?\s+(?:and\s+)?)+"
    r"(?:partners?|friends?|all(?:y|ies)|neighbou?rs?|brothers?|partnerships?|friendships?)\b"
)


#: `_courtesy` looks for the nouns `_PARTNER` ends with ("partner", "friend", "ally"/"allies",
#: "neighbour", "brother") with `in` first: a few C scans of the head are cheaper than trying
#: the pattern's lazy subject at every position up to the copula.


def _courtesy(head: str) -> bool:
    """Whether *head* is courtesy in the predicate (see `_PARTNER`)."""
    return (
        "partner" in head or "friend" in head or " all" in head or "neighbo" in head or "brother" in head
    ) and _PARTNER.match(head) is not None


# A reporting verb in a finite form after a person opening the content: "Burhan thanked".
_FINITE = (Form.PAST, Form.THIRD)
# Acts of a visit the verb lexicon does not hold as cues: "Sisi expressed support for ...".
#: Verbs of bringing a subject up, an act of the talks only with a noun of one after them
#: ("pressed" always is: "Mahama pressed Merz on access to ...").
_RAISED = frozenset({"raised", "broached"})
_RAISED_NOUNS = (
    "issue", "matter", "question", "concern", "case", "subject", "topic", "demand", "request", "possibility",
    "proposal",
)  # fmt: skip
#: What a side "sought" from the other at the talks ("She also sought Seoul's cooperation in
#: ...", "he sought Egypt's support for ..."): a request made there. "sought re-election" or
#: "sought asylum" is a fact about the person.
_SOUGHT_NOUNS = ("cooperation", "support", "help", "assistance", "backing", "understanding", "assurance")
_REPORTED_ACTS = frozenset(
    {"expressed", "conveyed", "extended", "briefed", "congratulated", "expresses", "attended", "promised"}
)
# The verb after a person opening a content, past an auxiliary, an adverb or a quotation
# mark: "Kim also attended", "the leader had invited", "Rubio “underscored".
# A phrase of time or occasion fronted before the subject of a content: "During their
# talks in Hanoi, ", "At the meeting, ", "Later on Tuesday, ".
_FRONTED = re.compile(
    r"(?:[Dd]uring|[Aa]t|[Ii]n|[Aa]fter|[Bb]efore|[Oo]n|[Ee]arlier|[Ll]ater|[Ff]ollowing|[Tt]hroughout)\b"
    r"[^,;:.“”\"]{0,100},\s+"
)
_VERB_AFTER = re.compile(
    # An aside between the person and the verb: "Mr Wang, on his part, said ...".
    # A relative clause or the source too: "Burhan, who arrived in Cairo on Tuesday, thanked
    # Egypt ...", "Tuggar, according to his spokesperson, described the talks as ...".
    r"(?:,\s*(?:(?:on|for)\s+(?:his|her|its|their)\s+part|in\s+turn|for\s+(?:his|her)\s+side|too"
    r"|who\s[^,;:.“”\"]{1,100}|according\s+to\s[^,;:.“”\"]{1,60}),)?"
    r"\s*(?:(?:also|had|has|then|later|further|reportedly|separately|personally)\s+){0,2}[“\"‘']?(?P<verb>\w+)"
)


#: An honorific before a person's name, with or without its period.
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+")


#: How far after the person `_VERB_AFTER` looks: an aside and the verb.
_VERB_WINDOW = 140


def _he_or_she(text: str, mention: Mention) -> bool:
    """Whether *mention* is the pronoun "he" or "she" ("He promised to come")."""
    return mention.kind is _PRONOUN and text[mention.span.start : mention.span.end].casefold() in {
        "he",
        "she",
    }


# A quantity a fact-checker can look up: "10%", "12 percent", "$5 billion", "2 million tonnes".
# The figure's digit first, found by the search's skip to digits and currency signs.
_FIGURE = re.compile(
    r"[$€£¥]\s?\d|\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per\s+cent\b|(?:billion|million|trillion|bn)\b"
    r"|(?:tonnes|tons|barrels|megawatts)\b)"
)
# The coordination between two subjects: "China and Kenya", "India, and Mauritius".
_AND = re.compile(r",?\s+and\s+")


# A plural noun pointing back at cities or countries named before it: "reside in these
# cities", "trade between the two countries", "both nations".
# The scan looks for the rare plural noun first (a case-sensitive search that skips to the
# space before it: fewer positions than the nouns' many first letters), then at the few
# words before it: a pattern opening with the determiners would be tried at every "the".
_BACK_NOUN = re.compile(
    r"\s(?P<noun>cities|capitals|countries|nations|neighbou?rs|governments|navies|armies|militaries|economies|peoples)\b"
)
# What a leader's state does, after the possessive: "Trump's anti-drug policy", "Modi's
# government", "Putin's administration". The claim is about the country then.
_STATE_POLICY = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:policy|policies|administration|government|tariffs?|sanctions|strategy|regime)\b"
)
# "bilateral trade", "bilateral ties": between the story's two main countries.
_BILATERAL = re.compile(r"\b[Bb]ilateral\b")
#: The nouns that point back only as a pair ("the two navies", "both neighbours"): the
#: story's two main countries. "These governments" may be any run of them.
_PAIR_NOUNS = frozenset(
    {"neighbours", "neighbors", "governments", "navies", "armies", "militaries", "economies", "peoples"}
)
_BACK_DETERMINER = re.compile(
    r"\b(?:these|those|(?:the|our)\s+(?P<count>two|three|four|five)|(?P<both>both)(?:\s+our)?)\s+\Z",
    re.IGNORECASE,
)
_COUNT = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
# How many mentions before the phrase are looked at: the referents are in the sentences
# just before, and the walk stays bounded however long the text.
_BACK_REACH = 10


# A relationship as the subject: "relations between the two countries are built on mutual
# trust", "bilateral ties have never been better". Said by one of the sides, it is the
# courtesy of a visit, not a proposition (`_relations_of_own_side`).
_RELATIONS = re.compile(
    r"^(?:the\s+|(?P<own>bilateral|our)\s+|[\w’'.-]+[’']s\s+|(?:strategic|close|historic|friendly|"
    r"brotherly|longstanding|long-standing|economic|excellent|good|deep)\s+)*"
    r"(?:relations|ties|relationship|friendship|partnership|cooperation)\b",
    re.IGNORECASE,
)


#: The shortest quotation: two marks and a character.
_SHORTEST_QUOTED = 3


def _unquoted(part: str) -> str | None:
    """*part* without the quotation marks enclosing all of it, or None if they do not."""
    if len(part) < _SHORTEST_QUOTED or part[0] not in _OPENERS:
        return None
    body = part.rstrip(_TRAIL)
    if body[-1:] not in _CLOSERS:
        # The stop inside the marks stays out: "“... trucks,” “and ...”".
        return None
    inner = body[1:-1]
    if _INNER_MARK.search(inner):
        return None
    return inner.strip()


def claim_text(text: str, content: tuple[Span, ...]) -> str:
    """
    The proposition a statement's *content* states, in the words of *text*.

    Fragments are joined with one space; a leading "that", the quotation marks around a
    content that is all quotation, and trailing punctuation are dropped.
    """
    parts = [text[s.start : s.end].strip() for s in content]
    if len(parts) > 1:
        # A quotation the tag interrupts ("'A,' he said, 'and B.'", "“A,” he said, “B.”"):
        # each fragment loses its own marks, so none is left inside the claim.
        inner_parts = [_unquoted(part) for part in parts]
        if all(inner is not None for inner in inner_parts):
            parts = [inner for inner in inner_parts if inner is not None]
    raw = " ".join(parts).strip()
    if raw[:5].casefold() == "that " or raw[:5].casefold() == "that\n":
        raw = raw[5:].lstrip()
    if len(raw) > 1 and raw[0] in _OPENERS and raw.rstrip(_TRAIL)[-1:] in _CLOSERS:
        inner = raw[1:].rstrip(_TRAIL)[:-1]
        # Only when the marks enclose the whole content ("“A,” “B.”" keeps its inner marks).
        if not _INNER_MARK.search(inner):
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


def _cue_words(text: str, statement: Statement) -> list[str]:
    """The statement's cue as case-folded words (none without a cue)."""
    if statement.cue is None:
        return []
    return [w.casefold() for w in _WORD.findall(text, statement.cue.start, statement.cue.end)]


def _assertive(text: str, statement: Statement, words: list[str]) -> bool:
    """Whether the statement's cue (its case-folded *words*) asserts its content as a proposition."""
    if statement.cue is None:
        return False
    first = text[statement.content[0].start : statement.content[0].end].lstrip()
    clausal = first[:5].casefold() in {"that ", "that\n"} or first[:1] in _OPENERS
    kind = cue_kind_of(words)
    if kind is _BELIEF:
        return clausal and first[:1] not in _OPENERS and bool(_FACTIVE_NOUNS.intersection(words))
    if kind is not _ASSERT:
        return False
    lemmas = _lemmas(words)
    if "call" in lemmas and {"on", "for", "upon"}.intersection(words):
        return False  # "called on nations to ...": a directive
    if lemmas & _DENIALS:
        return False
    if statement.mode is _DIRECT or clausal:
        return True
    if words[-1] in _TOPIC_PARTICLES:
        return False  # "insisted on a dialogue", "commented on the talks": a demand or a topic
    if ("claim" in lemmas and _CLAIMED_OBJECT.match(first)) or (
        "warn" in lemmas and _WARNED_AGAINST.match(first)
    ):
        return False
    return bool(lemmas & _CLAUSE_VERBS or lemmas & _ACCUSE_VERBS)


# Verbs of a view held to be true ("believed", "suspects", "concluded"), not of a wish or
# an expectation ("Brussels wants member states to share the cost").
_HELD_VIEWS = frozenset({"believe", "think", "suspect", "consider", "conclude", "assess", "know"})


def _institution_believes(statement: Statement, words: list[str], by_id: dict[str, Actor]) -> bool:
    """
    Whether a government or another body holds the content as its view.

    "The government, which believed the vessels were operated by the Chinese military": what
    an institution believes is its stated position, a claim; a person's belief ("he believes
    the deal will hold") stays a state of mind.
    """
    # The speakers first: most statements are a person's, and the cue is not read again then.
    if not statement.speakers or any(
        isinstance(by_id.get(i), Person) or by_id.get(i) is None for i in statement.speakers
    ):
        return False
    return cue_kind_of(words) is _BELIEF and bool(_lemmas(words) & _HELD_VIEWS)


#: The first `MIN_WORDS` words of a text as successive `_WORD` matches find them: only
#: non-word characters before and between them, each word taken whole (the atomic groups
#: keep "it's" one word, as `_WORD` does). One match instead of a match object per word.
_FIRST_WORDS = re.compile(rf"\W*(?P<first>(?>{_WORD.pattern}))(?:\W+(?>{_WORD.pattern})){{{MIN_WORDS - 1}}}")


def _proposition(text: str) -> bool:
    # Only the first MIN_WORDS words matter: a long content is not scanned to its end.
    words = _FIRST_WORDS.match(text)
    if words is None or _FIRST_PERSON.match(text):
        return False
    if words.group("first").casefold() in _NOT_PROPOSITION:
        return False
    stressed = _STRESSED_NOUN.match(text)
    if stressed is not None:
        # The noun phrase alone, or with the reporting verb's next one ("the need for
        # integration and underlined the importance of ..."); "the need for gas had grown"
        # is a clause.
        head = first_sentence(text)
        return any(
            not head.endswith(("and ", "or "), 0, verb.start())
            for verb in _FINITE_VERB.finditer(head, stressed.end())
        )
    return not text.rstrip(_TRAIL + "”’\"'").endswith("?")


def first_sentence(text: str) -> str:
    """The first sentence of a claim's text, without an opening quotation mark."""
    end = _SENTENCE_END.search(text)
    head = text[: end.start(1)] if end is not None else text
    return head.lstrip(_OPENERS + " ")


def _checkable(doc: Document, statement: Statement, text: str, lemmas: set[str], index: _Index) -> bool:
    """
    Whether the claim's point is a statement of fact, not an act, a wish or a judgment.

    See the module docstring for the cases left out and why.
    """
    # A quotation resumed after its cue ("…,” Pifer said. “We saw …") goes on in a new
    # fragment: the first fragment is the first sentence at most.
    head = first_sentence(claim_text(doc.text, statement.content[:1]) if len(statement.content) > 1 else text)
    # A lead-in cut off by the cue ("“That said,” he added, “holding a summit would ...”",
    # "“Frankly,” she said, “...”") is not the point: the next fragment carries it. Nor is a
    # subject the cue cuts off ("European Council President Antonio Costa, according to his
    # spokesperson, spoke by phone with Orban", "Egypt, the minister stressed, values ..."):
    # a fragment ending in a word, without a stop or a quotation mark, runs on in the next.
    if len(statement.content) > 1 and (
        len(_WORD.findall(head, 0, 40)) < MIN_WORDS
        or doc.text[statement.content[0].start : statement.content[0].end].rstrip()[-1:].isalnum()
    ):
        head = first_sentence(claim_text(doc.text, statement.content[:2]))
    if lemmas & _COMMISSIVE_CUES or _SELF_ACT.match(head):
        return False
    if "announce" in lemmas and _ANNOUNCED_ACT.match(head):
        return False
    # A post drops its subject ("Spoke with PM ... today."): the verb opens the sentence.
    bare = head[:1].lower() + head[1:]
    # The words of the point, read once: several patterns below need one of a few words,
    # and a set lookup spares running them over a sentence that has none.
    words = _words(bare)
    if (
        _EXTRAPOSED.match(head)
        or _DEAL_FUTURE.match(head)
        or _not_fact(head, words)
        or _WE_WANT.match(head)
        or (head[:12].split(" ", 1)[0].lower() in _GREETING_STARTS and _GREETING.match(head))
        or ("want" in head and _SIDE_WANTS.match(head))
    ):
        return False
    if _MOOD.match(head) or _MIND.match(head) or _courtesy(head):
        return False
    if (
        (
            (_MEETING_SUBJECT.match(head) or _sides_agreed(head))
            and not (
                _MEETING_EVIDENCE.match(head)
                and not _own_side(statement, _main_pair(doc, index), index, doc.text)
            )
        )
        or (_PAIR_SUBJECT.match(head) and _own_side(statement, _main_pair(doc, index), index, doc.text))
        or (
            not words.isdisjoint(_MEETING_VERBS)
            and (_MEETING_PREDICATE.match(head) or _MEETING_PREDICATE.match(bare))
        )
        or ("accepted" in words and _ACCEPTED.match(head))
        # A content cut to its verb after the meeting's noun ("... the talks, which lasted
        # nearly two hours and covered ..."): how long the meeting went on.
        or head.startswith(("lasted ", "took place "))
        or (("discussed" in words or "reviewed" in words) and _DISCUSSED.match(head))
    ):
        return False
    by_id = index.by_id
    if _own_act(doc, statement, head, by_id) or _relations_of_own_side(doc, statement, head, index):
        return False
    return not _about_themselves(doc, statement, index)


def _relations_of_own_side(doc: Document, statement: Statement, head: str, index: _Index) -> bool:
    """
    Whether the content praises the relationship between the speaker's side and another.

    "Relations between the two countries are built on mutual trust" from one of the two
    sides is courtesy; the same from an analyst ("relations between the two neighbours had
    rarely been so good") is a judgment that stays a claim.
    """
    match = _RELATIONS.match(head)
    if match is None:
        return False
    if match.group("own"):
        return True
    first = statement.content[0]
    # The sides are named right after the noun: "relations between Kenya and China".
    window = _new_span(first.start, min(first.end, first.start + match.end() + 80))
    ids: list[str] = [i for m in mentions_in(doc, window) if m.kind in _ABOUT_KINDS for i in m.actors]
    if any(_back_phrases(head, 0, match.end() + 40)):
        ids.extend(_main_pair(doc, index))
    return _own_side(statement, tuple(ids), index, doc.text)


def _own_act(doc: Document, statement: Statement, head: str, by_id: dict[str, Actor]) -> bool:
    """
    Whether the content announces an act of the speaker's own country.

    "Scholz said Germany would send air defence systems" is a commitment; a stated position
    ("New Delhi would support the deal") stays a claim.
    """
    # The speakers' countries first: without one there is no own country, and the pattern
    # (a lazy subject tried at every length) is not run.
    countries = {a.country for a in (by_id.get(i) for i in statement.speakers) if a is not None and a.country}
    if not countries or _MODAL_HINT.search(head) is None:
        return False
    act = _OWN_ACT.match(head)
    if act is None:
        return False
    verb = act.group("verb")
    if verb.endswith("ly") and verb not in _LY_VERBS:
        verb = act.group("next") or verb  # "would firmly support": the verb after the adverb
    if verb in _STANCE:
        return False
    first = statement.content[0]
    window = _new_span(first.start, min(first.end, first.start + act.end("subject") + 8))
    for mention in mentions_in(doc, window):
        for ident in mention.actors:
            actor = by_id.get(ident)
            if actor is not None and isinstance(actor, Country) and actor.country in countries:
                return True
    return False


def _reported_act(text: str, first: Mention, by_id: dict[str, Actor]) -> bool:
    """Whether person mention *first* is followed by a reporting verb or an act of a visit."""
    if first.kind is _DEMONYM or not first.actors:
        return False
    if (first.kind not in _ABOUT_KINDS and not _he_or_she(text, first)) or not any(
        isinstance(by_id.get(i), Person) for i in first.actors
    ):
        return False
    # "Kim also attended", "the Nigerian leader had invited", "Rubio “underscored”".
    word = _VERB_AFTER.match(text, first.span.end, first.span.end + _VERB_WINDOW)
    if word is None:
        return False
    verb = word.group("verb")
    hit = verb_cue(verb.casefold())
    if verb == "sought":
        after = text[word.end() : word.end() + 50]
        return any(noun in after for noun in _SOUGHT_NOUNS)
    if verb in _RAISED:
        # "he had raised the visa issue", "she raised Sansal's case with Tebboune": what he
        # said at the talks; "Ruto raised taxes in 2024" is a fact about him.
        after = text[word.end() : word.end() + 50]
        return any(noun in after for noun in _RAISED_NOUNS)
    return (hit is not None and hit[1] in _FINITE) or verb in _REPORTED_ACTS or verb == "pressed"


def _about_themselves(doc: Document, statement: Statement, index: _Index) -> bool:
    """
    Whether the content's subject is the speaker's side, or what a person did or said.

    * A group the speaker belongs to ("they got along"), or the speaker's country with
      another ("China and Kenya are good friends and partners"): what a side says about
      "us" and "them" together describes the encounter or the relationship, not the world a
      fact-checker could look at.
    * A person followed by a reporting verb ("Sisi reaffirmed Egypt's support", "Burhan
      thanked Egypt for ...", "Boric told Lee that ..."): the content reports what someone
      said or did at the meeting, a statement inside a statement, not the claimant's own
      proposition.
    """
    content = statement.content[0]
    start = content.start
    text = doc.text
    by_id = index.by_id
    # Step over "that" and an opening quotation mark to the subject.
    while start < content.end and (text[start].isspace() or text[start] in _OPENERS):
        start += 1
    if text[start : start + 5].casefold() == "that ":
        start += 5
    if start >= content.end:
        # A content part that is only "that" (the relative pronoun of "in a meeting that
        # officials said was aimed at ..."): no subject to look at.
        return False
    mentions = mentions_in(doc, _new_span(start, min(content.end, start + 80)))
    if mentions and mentions[0].span.start != start and text[start] in "MDP":
        # "Mr Dar reaffirmed ...", "Dr. Wang had thanked ...": the person's mention starts
        # after the honorific (British and South Asian copy write "Mr" without a period).
        honorific = _HONORIFIC.match(text, start, content.end)
        if honorific is not None and mentions[0].span.start == honorific.end():
            start = honorific.end()
    if mentions and mentions[0].span.start != start:
        # "During their talks in Hanoi, Takaichi said ...", "At the meeting, Sisi
        # reaffirmed ...": a fronted phrase of time or occasion before the person.
        fronted = _FRONTED.match(text, start, content.end)
        if fronted is not None:
            subject = next((m for m in mentions if m.span.start >= fronted.end()), None)
            return (
                subject is not None
                and subject.span.start == fronted.end()
                and _reported_act(text, subject, by_id)
            )
    if not mentions or mentions[0].span.start != start:
        return False
    first = mentions[0]
    if first.kind is _PLURAL:
        return set(statement.speakers) < set(first.actors)
    if (first.kind not in _ABOUT_KINDS and not _he_or_she(text, first)) or not first.actors:
        return False
    if _reported_act(text, first, by_id):
        return True
    after = text[first.span.end : first.span.end + 40]
    joined = _AND.match(after)
    second = mentions[1:2]
    if joined is None or not second or second[0].span.start != first.span.end + joined.end():
        return False
    if _own_side(statement, (*first.actors, *second[0].actors), index):
        # "Russia and Kazakhstan had increased trade by nearly 10%": a figure about the two
        # sides is a fact to check, not a word about the relationship.
        return _FIGURE.search(text, first.span.end, min(content.end, first.span.end + 200)) is None
    return False


def _own_side(statement: Statement, ids: tuple[str, ...], index: _Index, text: str = "") -> bool:
    """
    Whether one of *ids* is a speaker of *statement* or the country a speaker belongs to.

    With the *text*, an analyst (see `_analyst`) speaks for no side, whatever country the
    entity stage gave them: "The relationship has been the backbone of U.S. policy" from a
    Washington analyst is a judgment, not one side's courtesy.
    """
    by_id = index.by_id
    speakers = [
        a
        for a in (by_id.get(i) for i in statement.speakers)
        if a is not None and not (text and _analyst(text, a.id, index))
    ]
    countries = {a.country for a in speakers if a.country}
    for ident in ids:
        actor = by_id.get(ident)
        if ident in statement.speakers or (isinstance(actor, Country) and actor.country in countries):
            return True
    return False


@attrs.frozen
class _Index:
    """What `_about` looks up, built once per document."""

    #: Actor and place ids to their case-folded names (one name counts once).
    names: dict[str, str]
    by_id: dict[str, Actor]
    #: Place ids to their kinds.
    kinds: dict[str, PlaceKind]
    #: Country codes to the ids of the country actors.
    countries: dict[str, str]
    #: A group of one country to that country's actor ("the Chinese military" -> China).
    group_country: dict[str, str]
    #: The story's two main countries, counted on first use (see `_main_pair`).
    pair: list[tuple[str, ...]] = attrs.field(factory=list)
    #: City place ids to their country's actor id when the city is a national capital,
    #: else to None; filled on first use (see `_capital_country`).
    capitals: dict[str, str | None] = attrs.field(factory=dict)
    #: Whether a person is introduced as an analyst, worked out on first use (see `_analyst`).
    analysts: dict[str, bool] = attrs.field(factory=dict)
    #: City place ids to their country codes and names.
    city_country: dict[str, tuple[str, str]] = attrs.field(factory=dict)


def _main_pair(doc: Document, index: _Index) -> tuple[str, ...]:
    """
    The two countries "the two countries" means: the two a bilateral story names most.

    A country counts at each mention of it and of one of its people; the last two countries
    named before the phrase are often a third country the talks were about ("discussed
    Gaza and Sudan ... trade between the two countries"). Counted once per document.
    """
    if index.pair:
        return index.pair[0]
    country_of = index.countries
    # Which country each actor counts for, worked out once per actor rather than per mention.
    owner: dict[str, str] = {}
    for actor in index.by_id.values():
        if isinstance(actor, Country):
            owner[actor.id] = actor.id
        elif isinstance(actor, Person) and actor.country and actor.country in country_of:
            owner[actor.id] = country_of[actor.country]
    counts: dict[str, int] = {}
    count_of = counts.get
    for mention in doc.mentions:
        actors = mention.actors
        if len(actors) == 1:
            ident = owner.get(actors[0])
            if ident is not None:
                counts[ident] = count_of(ident, 0) + 1
    # Ties go to the country named first (dicts keep insertion order; the sort is stable).
    ranked = sorted(counts, key=lambda i: -counts[i])
    pair = tuple(ranked[:2]) if len(ranked) >= 2 else ()  # noqa: PLR2004 - a pair
    index.pair.append(pair)
    return pair


def _mention_start(mention: Mention) -> int:
    return mention.span.start


def _back_phrases(text: str, start: int, end: int) -> Iterator[tuple[int, str | None, str]]:
    """
    Each plural noun that points back between *start* and *end* of *text*.

    Yields where its phrase starts, its count word ("two", "both"; None for "these") and
    the noun.
    """
    for found in _BACK_NOUN.finditer(text, start, end):
        at = found.start("noun")
        det = _BACK_DETERMINER.search(text, max(start, at - 24), at)
        if det is not None:
            yield det.start(), det.group("count") or det.group("both"), found.group("noun")


def _back_reference(doc: Document, at: int, count: str | None, noun: str, index: _Index) -> list[str]:
    """
    The cities or countries a phrase such as "these cities" at *at* points back to.

    They are the nearest run of them named before it, never further than
    `_BACK_REACH` mentions. A count ("the three cities") must be met exactly; "the two
    countries" and "both nations" are the story's two main countries.
    """
    want = _COUNT[count.casefold()] if count else None
    if noun in _PAIR_NOUNS and want != 2:  # noqa: PLR2004 - a pair
        return []
    cities = noun in {"cities", "capitals"}
    if want == 2 and not cities:  # noqa: PLR2004 - a pair
        return list(_main_pair(doc, index))
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, at, key=_mention_start) - 1
    stop = max(-1, i - _BACK_REACH)
    found: list[str] = []
    while i > stop and (want is None or len(found) < want):
        mention = mentions[i]
        i -= 1
        ident = _referent(mention, index, cities=cities)
        if ident is not None:
            if ident not in found:
                found.append(ident)
        elif found and mention.kind is _NAME:
            break  # the run of places ends at another name
    if want is not None and len(found) != want:
        return []
    return found[::-1]


def _referent(mention: Mention, index: _Index, *, cities: bool) -> str | None:
    """The id of the city or country *mention* names, if it names one (cities or not)."""
    if cities:
        if mention.place is not None and index.kinds.get(mention.place) is _CITY:
            return mention.place
        return None
    if len(mention.actors) == 1 and mention.kind in _ABOUT_KINDS:
        if isinstance(index.by_id.get(mention.actors[0]), Country):
            return mention.actors[0]
        return None
    if not mention.actors and mention.place is not None and index.kinds.get(mention.place) is _COUNTRY:
        return mention.place
    return None


def _capital_country(place: str, index: _Index) -> str | None:
    """The country actor a national capital *place* stands for, or None (not a capital)."""
    if place in index.capitals:
        return index.capitals[place]
    code, name = index.city_country[place]
    country = index.countries.get(code)
    if country is not None:
        words = [t.text for t in tokenize(name)]
        found = lexicon().match_name(words, 0) if words else None
        if found is None or found[0] != len(words) or not found[1].capital:
            country = None
    index.capitals[place] = country
    return country


def _subject_at(text: str, start: int, at: int) -> bool:
    """Whether a mention at *at* opens the sentence at *start* (after "that" or an opening mark)."""
    if at - start > 6:  # noqa: PLR2004 - "that “" at most
        return False
    lead = text[start:at].strip(_OPENERS + " \n")
    return not lead or lead.casefold() == "that"


def _sentences(doc: Document, statement: Statement) -> Iterator[Span]:
    """
    The sentences of a statement's content, fragment by fragment, in text order.

    The spans (here and the windows `mentions_in` is asked about) lie inside a content by
    construction: `_new_span` makes them without the validators a `Span` runs.
    """
    text = doc.text
    for fragment in statement.content:
        start = fragment.start
        for end in _SENTENCE_END.finditer(text, fragment.start, fragment.end):
            yield _new_span(start, end.start(1))
            start = end.end(1)
        if start < fragment.end:
            yield _new_span(start, fragment.end)


def _leader_country(ident: str, index: _Index) -> str:
    """The country actor of person *ident*, else *ident* (see `_STATE_POLICY`)."""
    actor = index.by_id.get(ident)
    if isinstance(actor, Person) and actor.country:
        return index.countries.get(actor.country, ident)
    return ident


#: "his country", "her government", "its nation": a possessive pronoun before these stands
#: for the country of the one it refers to ("Trump said drugs come out of his country").
_OWN_COUNTRY_NOUNS = (" country", " nation", " government", " administration")
#: "our country", "my government": the country of the speaker (no mention stands there);
#: so is "his government" opening what the speaker said, reported ("Museveni said his
#: government had no troops there"), where the pronoun was left unresolved.
_SPEAKERS_COUNTRY = re.compile(
    r"\b(?:(?P<own>[Oo]ur|[Mm]y)|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:country|nation|government|administration)\b"
)


#: The gender a possessive pronoun tells ("his country", "her government").
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
#: Honorifics that tell a gender, opening a speaker's mention ("Mr. Ruto", "Ms Hassan").
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f"}


def _fits_speaker(doc: Document, statement: Statement, possessive: str) -> bool:
    """
    Whether the "his"/"her" opening *possessive* ("her country") can be the lone speaker's.

    "Ruto said her country had imposed new fees", Ruto a "he" elsewhere (or "Mr. Ruto"): the
    country is someone else's, not the speaker's. Unknown genders and other pronouns fit.
    """
    told = _POSSESSIVE_GENDER.get(possessive[:3].casefold())
    if told is None or len(statement.speakers) != 1:
        return True
    mention = statement.speaker_mention
    if mention is not None:
        head = doc.text[mention.start : mention.start + 7].partition(" ")[0].rstrip(".").casefold()
        gender = _HONORIFIC_GENDER.get(head)
        if gender is not None:
            return gender == told
    gender = doc.genders.get(statement.speakers[0])
    return gender is None or gender == told


def _country_of(ident: str, index: _Index) -> str | None:
    """The country actor of actor *ident* (itself for a country), or None."""
    actor = index.by_id.get(ident)
    if isinstance(actor, Country):
        return ident
    if actor is not None and actor.country:
        return index.countries.get(actor.country)
    return None


def _bilateral(text: str, span: Span) -> bool:
    """Whether *span* of *text* says "bilateral" ("bilateral trade", "Bilateral ties")."""
    return _BILATERAL.search(text, span.start, span.end) is not None


#: How far into the content the accused pronoun may stand: a space or two ("accused him of").
_ACCUSED_GAP = 2


def _accusation(text: str, statement: Statement) -> bool:
    """Whether the statement's cue accuses or blames ("accused him of ...", "blamed them for ...")."""
    return not _ACCUSE_VERBS.isdisjoint(_lemmas(_cue_words(text, statement)))


def _about(doc: Document, statement: Statement, index: _Index) -> tuple[str, ...]:
    """
    The actors and places the content names, each once, in text order.

    A capital standing for its government ("Manila claims") is its country, not the city;
    a country named both as an actor and as a place ("in Colombia") counts once. A plural
    noun that points back ("reside in these cities", "trade between the two countries")
    stands for the cities or countries it refers to.
    """
    about: dict[str, None] = {}
    seen: set[str] = set()
    text = doc.text
    names = index.names
    group_country = index.group_country

    def add(ident: str) -> None:
        name = names.get(ident, ident)
        if ident not in about and name not in seen:
            about[ident] = None
            seen.add(name)

    # What a claim is about is what its point names: the first sentence that names anything
    # ("This was not an accident. This was a test of NATO's reaction" is about NATO). A long
    # quotation goes on to other matters a reader does not take as the claim's.
    quoted = statement.mode is _DIRECT
    for span in _sentences(doc, statement):
        if about:
            break
        owner = -1  # where a pronoun resolved to its country's owner stands ("his country")
        for mention in mentions_in(doc, span):
            if text.startswith("$", mention.span.end) or text.startswith(" dollar", mention.span.end):
                continue  # "US$83 billion", "260 billion U.S. dollars": a currency, not the country
            if mention.actors:
                if mention.kind not in _ABOUT_KINDS:
                    if (
                        mention.kind is _PRONOUN
                        and mention.span.start - statement.content[0].start <= _ACCUSED_GAP
                        and not text[statement.content[0].start : mention.span.start].strip()
                        and _accusation(text, statement)
                    ):
                        # "accused him of ignoring the treaty": the accused, whom the pronoun
                        # opening the content refers to, is what the claim is about.
                        for ident in mention.actors:
                            if ident not in statement.speakers:
                                add(group_country.get(ident, ident))
                    elif mention.kind is _PRONOUN and text.startswith(_OWN_COUNTRY_NOUNS, mention.span.end):
                        # "his country", "its government": the country of whom it refers to.
                        owner = mention.span.start
                        for ident in mention.actors:
                            if quoted and ident in statement.speakers:
                                continue  # quoted, a speaker says "my country": "his" is another's
                            country = _country_of(ident, index)
                            if country is not None:
                                add(country)
                    continue
                # "the Chinese military", "Kenyan police": a group of a country is what the
                # claim is about through its country (often named by the demonym inside it).
                ids: tuple[str, ...] = mention.actors
                if text.startswith(("'s ", "’s "), mention.span.end) and _STATE_POLICY.match(
                    text, mention.span.end + 3
                ):
                    # "Trump's anti-drug policy", "Modi's government": the leader's country.
                    ids = tuple(_leader_country(i, index) for i in ids)
            elif mention.place is not None:
                ids = (mention.place,)
                if mention.place in index.city_country and _subject_at(text, span.start, mention.span.start):
                    # "Quito blinked first", "Baku had fulfilled its obligations": a capital
                    # opening the claim acts, so it is its government, as "Manila claims" is.
                    country = _capital_country(mention.place, index)
                    if country is not None:
                        ids = (country,)
            else:
                continue
            for ident in ids:
                add(group_country.get(ident, ident))
        own = (
            _SPEAKERS_COUNTRY.search(text, span.start, span.end)
            # The nouns first, found by plain search: the pattern is tried at every position.
            if text.find(" country", span.start, span.end) >= 0
            or text.find(" nation", span.start, span.end) >= 0
            or text.find(" government", span.start, span.end) >= 0
            or text.find(" administration", span.start, span.end) >= 0
            else None
        )
        if own is not None and (
            own.group("own") is not None
            or (
                not quoted
                and own.start() != owner
                and _subject_at(text, span.start, own.start())
                and _fits_speaker(doc, statement, own.group())
            )
        ):
            # "our country would never accept ...", "his government had no troops there": the
            # speaker's country.
            for ident in statement.speakers:
                country = _country_of(ident, index)
                if country is not None:
                    add(country)
        for at, count, noun in _back_phrases(text, span.start, span.end):
            for ident in _back_reference(doc, at, count, noun, index):
                add(ident)
        if not about and _bilateral(text, span):
            # "bilateral trade had passed 22 billion euros": between the story's two countries.
            for ident in _main_pair(doc, index):
                add(ident)
    return tuple(about)


def _in_title(doc: Document, statement: Statement) -> bool:
    title = doc.article.title if doc.article is not None else None
    return title is not None and title.start <= statement.content[0].start < title.end


def _numbered(base: str, n: int) -> str:
    """
    The id `Document.new_id` would give the *n*-th item called *base* ("claim", "claim-2").

    Asking for it directly keeps allocation constant-time: asking for *base* every time
    makes `new_id` walk past every id already taken, quadratic in long inputs.
    """
    return base if n == 1 else f"{base}-{n}"


@attrs.frozen
class ClaimStage:
    """Turn assertive statements into claims (claimants = the statement's speakers)."""

    @property
    def name(self) -> str:
        """The stage name, "claims"."""
        return "claims"

    def __call__(self, doc: Document) -> None:
        """Append one claim per assertive statement of *doc* to ``doc.claims``."""
        source = doc.text
        by_id = {a.id: a for a in doc.actors}
        names = {a.id: a.name.casefold() for a in doc.actors}
        names.update((p.id, p.name.casefold()) for p in doc.places)
        countries = {a.country: a.id for a in doc.actors if isinstance(a, Country) and a.country}
        group_country = {
            a.id: countries[a.country] for a in doc.actors if isinstance(a, Group) and a.country in countries
        }
        index = _Index(
            names=names,
            by_id=by_id,
            kinds={p.id: p.kind for p in doc.places},
            countries=countries,
            group_country=group_country,
            city_country={p.id: (p.country, p.name) for p in doc.places if p.kind is _CITY and p.country},
        )
        for statement in doc.statements:
            # A claim needs someone who asserts it, and a proposition to check.
            if not statement.speakers:
                continue
            # The cue's words are read once, for both the assertion test and the lemmas.
            words = _cue_words(source, statement)
            if not (
                _assertive(source, statement, words) or _institution_believes(statement, words, by_id)
            ) or _in_title(doc, statement):
                continue
            text = claim_text(source, statement.content)
            if not _proposition(text) or not _checkable(doc, statement, text, _lemmas(words), index):
                continue
            about = _about(doc, statement, index)
            doc.claims.append(
                Claim(
                    id=doc.new_id(_numbered("claim", len(doc.claims) + 1)),
                    claimants=statement.speakers,
                    text=text,
                    about=about,
                    statement=statement.id,
                    evidence=statement.content,
                )
            )
