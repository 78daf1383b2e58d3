"""
Meetings in news text: who met whom, when, where, for how long, about what, with what result.

`MeetingStage` reads the sentences of the body once, in order:

1. Trigger words mark each mention of a meeting: "met with", "a meeting between", "held
   talks", "summit", "visit", "will travel to ... to meet", "hosted", "welcomed X to",
   "phone call", "spoke by phone", "video call", "virtual summit".
2. Participants come from the trigger's subject (the nearest references before it, with
   "A and B" and "X will join Y" taken together) and from the list after it ("with A and
   B", "between A and B"); pronouns and "the two leaders" go through the coreference
   helper. A visit to a country stands for a meeting with someone of that country,
   named later ("Suga will visit India ... meeting India's Prime Minister Narendra Modi").
3. Each mention takes the date, place and duration nearest to it in its sentence, its
   status from the verb group (held, planned, cancelled) and its medium from the trigger.
4. Mentions of the same meeting are merged: same participants or a subset of them,
   compatible dates, places and media; "the meeting", "the talks" refer back to the
   meeting mentioned last. "A separate meeting" starts a new one.
5. Topics ("discussed X", "the focus of the discussions was X", "talks on X"), delegation
   members ("The Ukrainian delegation includes ...") and outcomes
   (`bilateral.text._outcomes`) are attached to their meeting.

What is emitted: encounters of two or three sides (countries) with at least one named
person. Multilateral sessions (G7, Quad, more than three countries) are not meetings here;
a bilateral meeting "on the sidelines of" one still is. Calls are emitted with their
medium (phone, video), so a consumer counting in-person meetings can filter them. Countries
and groups standing for a side that a named person already represents are dropped
("Ukraine" beside Ukraine's foreign minister).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from bilateral.model import (
    Direction,
    Duration,
    Granularity,
    Medium,
    Meeting,
    MeetingStatus,
    Organization,
    Outcome,
    OutcomeKind,
    Person,
    Place,
    PlaceKind,
    Span,
    Statement,
    TimeExpression,
)
from bilateral.text._dates import _has_fold_trap, clause_direction, find_dates_folded, place_anaphor
from bilateral.text._document import MentionKind
from bilateral.text._durations import find_durations_folded
from bilateral.text._lexicons import EntryKind, fold_name, lexicon, tokenize
from bilateral.text._outcomes import (
    _CUE_KEYED,
    ActorRefs,
    FoundOutcome,
    Keyed,
    Party,
    Ref,
    _latest_dated_year,
    find_outcomes,
    make_outcome,
)
from bilateral.text._roles import commentator_roles

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from bilateral.text._document import Document

__all__ = ["MeetingStage"]

# Enum members read per sentence and mention, bound once: a module constant is read
# several times faster than an enum member's attribute in Python 3.11.
_DIRECTION_FUTURE: Final = Direction.FUTURE
_DIRECTION_PAST: Final = Direction.PAST
_ENTRY_CITY: Final = EntryKind.CITY
_ENTRY_COUNTRY: Final = EntryKind.COUNTRY
_GRANULARITY_DAY: Final = Granularity.DAY
_MEDIUM_IN_PERSON: Final = Medium.IN_PERSON
_MEDIUM_PHONE: Final = Medium.PHONE
_MEDIUM_UNKNOWN: Final = Medium.UNKNOWN
_MEDIUM_VIDEO: Final = Medium.VIDEO
_MENTION_DEMONYM: Final = MentionKind.DEMONYM
_MENTION_NAME: Final = MentionKind.NAME
_MENTION_PLURAL: Final = MentionKind.PLURAL
_MENTION_PRONOUN: Final = MentionKind.PRONOUN
_MENTION_TITLE: Final = MentionKind.TITLE
_OUTCOME_AGREEMENT: Final = OutcomeKind.AGREEMENT
_OUTCOME_DISAGREEMENT: Final = OutcomeKind.DISAGREEMENT
_OUTCOME_INVITATION: Final = OutcomeKind.INVITATION
_PARTY_ALL: Final = Party.ALL
_PARTY_OTHERS: Final = Party.OTHERS
_PLACE_CITY: Final = PlaceKind.CITY
_PLACE_COUNTRY: Final = PlaceKind.COUNTRY
_PLACE_REGION: Final = PlaceKind.REGION
_PLACE_UNKNOWN: Final = PlaceKind.UNKNOWN
_PLACE_VENUE: Final = PlaceKind.VENUE
_STATUS_CANCELLED: Final = MeetingStatus.CANCELLED
_STATUS_HELD: Final = MeetingStatus.HELD
_STATUS_PLANNED: Final = MeetingStatus.PLANNED
_STATUS_UNKNOWN: Final = MeetingStatus.UNKNOWN


# -- lexicon ------------------------------------------------------------------------------

_TRIGGER = re.compile(
    r"""
    (?P<phone>
        \b(?:telephon(?:e|ic)|phone)\s+(?:calls?|conversations?|talks|discussions?)\b
      # "held a conversation (talks) over the phone with Albanese": the noun, then the medium.
      | \b(?:conversations?|talks)\s+over\s+(?:the\s+)?(?:tele)?phone\b
      | \bcalls?\s+(?=(?:with|between)\b)
      # "told Netanyahu in a call on Thursday": the call the clause happened in.
      | \bcall\b(?:(?<=\bin\sa\scall)|(?<=\bduring\sa\scall)|(?<=\bon\sa\scall)|(?<=\bover\sa\scall))
      | \b(?:spoke|spoken|speak|speaks|talked)\s+(?:(?:again|briefly|directly|separately|also)\s+)?
        (?:by|on\s+the|over\s+(?:the\s+)?)\s*(?:tele)?phone\b
      | \b(?:phoned|telephoned)\b
      # "Modi dialled Putin" (PTI's verb for a call); "dialled down (back) tensions" is none.
      | \bdiall?ed\b(?!\s+(?:down|back|up|in|into|out)\b)
      # "received a phone call from Erdogan" (state agencies' formula): the call, not a visit.
      | \breceiv(?:e|es|ed|ing)\s+an?\s+(?:(?:tele)?phone\s+)?call\b
      # "X and Y discussed trade by phone (over the phone)": kept only after "discussed" in its clause
      # (`_DISCUSSED`); "spoke (met) with Xi by phone" is read from the verb.
      | \bby\s+(?:tele)?phone\b
      | \bover\s+(?:the\s+(?:tele)?phone|(?:tele)?phone)\b
    )
  | (?P<video>
        \bvideo\s*(?:calls?|conferences?|link|chat|conversation)\b
      | \bvideoconferences?\b
      | \b(?:virtual|online)\s+(?:meetings?|summits?|talks|calls?)\b
      | \bmet\s+virtually\b
    )
  # "spoke with Xi by phone": a call only if the medium follows the object (`_MEDIUM_AFTER`).
  | (?P<spoke>\b(?:spoke|speak|speaks)(?=\s+(?:with|to)\b))
  | (?P<meet>\b(?:met|meet|meets|meeting|meetings)\b)
  # "Wang called on Prime Minister Narendra Modi": a courtesy call, if a person follows and
  # no appeal ("called on Putin to end the war"; see `_CALL_ON_APPEAL`).
  | (?P<callon>\bcall(?:ed|s)?\s+on\b)
  | (?P<talks>\btalks\b|\btalked\s+with\b|\bconsultations\b|\b(?:sat|sits?)\s+down(?=\s+with\b))
  | (?P<summit>\bsummits?\b)
  | (?P<visit>
        \b(?:visit|visits|visited|visiting)\b
      | \b(?:travel(?:s|ed|led|ing|ling)?|fly|flies|flew|flying|head(?:s|ed|ing)?|arrived?|arrives|arriving)
        \s+(?:to|in)\b
    )
  | (?P<host>\b(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing))\b)
  | (?P<clash>\b(?:clash|confrontation|spat|showdown)\s+(?=between\b))
  # "The call", "their call", "the 30-minute call", "their hour-long call".
  | (?P<callback>(?:\bcall\b(?:(?<=\bthe\scall)|(?<=\btheir\scall)
            |(?<=-minute\scall)|(?<=-hour\scall)|(?<=-long\scall))
        |\bconversation\b(?:(?<=\bthe\sconversation)|(?<=\btheir\sconversation)))(?!\s+(?:for|to)\b))
  | (?P<encounter>\b(?:encounter|sit-down|tête-à-tête|joint\s+(?:press|news)\s+conference)\b
        # "held a working lunch", "hosted Ruto for a working dinner": a meeting over a meal.
      | \bworking\s+(?:lunch|dinner|breakfast)\b
        # "the annual consultation held at Seri Perdana", "the Annual Leaders' Consultation": a yearly
        # summit of two governments (singular: "in consultation with" is no meeting).
      | \bannual\s+(?:leaders['\u2019]?\s+)?consultation\b(?!\s+(?:mechanism|process|paper)\b))
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: "the call" may be by phone or video: the call it refers back to says which.
_MEDIUM = {"phone": _MEDIUM_PHONE, "video": _MEDIUM_VIDEO, "callback": _MEDIUM_UNKNOWN}
#: The medium after the object of "spoke with", "met with": "spoke with Xi by phone", "met
#: with Modi via video link". A new clause ("and", "before") ends the search.
_MEDIUM_AFTER = re.compile(
    # "held talks by video link Wednesday": the medium right after the verb's noun.
    r"\s+(?:(?:with|to)\s(?:(?!\s(?:and|but|before|after|while|then)\s)[^;]){1,120}?\b)?"
    r"(?:by|over|on|via|through)\s+(?:the\s+|a\s+)?(?P<medium>(?:tele)?phone|video)",
    re.IGNORECASE,
)
#: A call referred back to: "The call", "during their call". After "spoke with X" in the
#: same sentence or the next (`_CALL_LATER_REACH` characters past the sentence), it says the
#: talk was a call.
_CALL_LATER = re.compile(
    r"\b(?:the|their|that|this)\s+(?:(?:tele)?phone\s+|video\s+)?call\b(?!\s+(?:for|on)\b)", re.IGNORECASE
)
_CALL_LATER_REACH = 160
#: Trigger kinds whose verb may be a call, by the medium after its object.
_MAY_CALL = frozenset({"spoke", "meet", "talks"})
_VERBAL_CALL = re.compile(r"(?:spoke|spoken|speak|speaks|talked|phoned|telephoned|diall?ed|met)\b")
#: Triggers that are nouns by nature ("talks", "summit"), whatever comes before them.
_NOUN_KINDS = frozenset({"talks", "summit", "clash", "encounter", "phone", "video", "callback"})

#: Words that make the next trigger word a noun ("a meeting", "his visit", "the talks").
_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "their",
        "his",
        "her",
        "its",
        "our",
        "any",
        "another",
        "each",
        "every",
        "no",
        "'s",
        "\u2019s",
        "'",
        "\u2019",
    }
)
#: Adjectives between a determiner and the noun ("a separate meeting", "Suga's expected visit").
_ADJECTIVES = frozenset(
    {
        "separate",
        "first",
        "second",
        "third",
        "next",
        "last",
        "previous",
        "recent",
        "upcoming",
        "planned",
        "expected",
        "scheduled",
        "proposed",
        "bilateral",
        "trilateral",
        "official",
        "state",
        "working",
        "brief",
        "private",
        "closed-door",
        "high-level",
        "face-to-face",
        "in-person",
        "landmark",
        "historic",
        "rare",
        "lengthy",
        "long-awaited",
        "formal",
        "informal",
        "surprise",
        "peace",
        "security",
        "trade",
        "leaders",
        "leaders'",
        "summit",
        "phone",
        "one-on-one",
        "new",
        "fresh",
        "follow-up",
        "further",
        "initial",
        "later",
        "earlier",
        "key",
        "crucial",
        "tense",
        "cordial",
        "productive",
        "long",
        "short",
        "day-long",
        "hour-long",
        # Meals and settings of a meeting: "the lunch meeting", "their dinner talks".
        "lunch",
        "luncheon",
        "dinner",
        "breakfast",
        "working-lunch",
        "restricted",
        "delegation-level",
        "extended",
        "wide-ranging",
        "frank",
        "candid",
        # An approximate length: "the roughly 90-minute meeting", "their nearly two-hour talks".
        "roughly",
        "nearly",
        "almost",
        "approximately",
        "some",
    }
)
#: Adjectives that make a mention a new meeting, never one already reported.
#: After a description: its "of" complement ("the foreign ministers of Japan and South Korea").
_OF_AFTER = re.compile(r"\s+of\s+(?-i:[A-Z])", re.IGNORECASE)
#: After a meeting noun: "of" and the body whose meeting it is ("the sixth meeting of the
#: High-Level Strategic Cooperation Council").
_OF_BODY = re.compile(r" of\s+(?:the\s+)?")
#: After a possessor: a relative or a member of their staff ("Kishida's wife", "Putin's
#: envoy"), who is the one taking part, not the possessor.
#: A place after a noun for an event or state of affairs ("the war in Ukraine", "the crisis in
#: Sudan", "elections in Bangladesh"): where that is, not where the meeting was.
_EVENT_IN_PLACE = re.compile(
    r"\b(?:war|wars|conflict|crisis|fighting|violence|invasion|attacks?|elections?|situation|unrest"
    r"|tensions|ceasefire|genocide|famine|floods?|earthquake|protests?|coup)\s+(?:in|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Every `_EVENT_IN_PLACE` match holds one of these (lower case).
_EVENT_WORDS = (
    *("war", "conflict", "crisis", "fighting", "violence", "invasion", "attack", "election", "situation"),
    *("unrest", "tensions", "ceasefire", "genocide", "famine", "flood", "earthquake", "protest", "coup"),
)
#: How much farther a meeting reported after an outcome counts than one reported before it.
_AFTER_WEIGHT = 2
#: After a country's possessive: a lower-case office and a comma, the holder's name next
#: ("Bangladesh's interim foreign affairs adviser, Touhid Hossain").
_COUNTRY_ROLE_THEN_NAME = re.compile(
    r"[\u2019']s\s+(?:(?-i:[a-z])[\w-]*\s+){0,4}?(?:minister|president|adviser|advisor|secretary|envoy|"
    r"ambassador|chancellor|premier|chief|spokes(?:man|woman|person)|counterpart|leader|commander)\s*,\s*(?=(?-i:[A-Z]))"
)
_RELATION_AFTER = re.compile(
    r"[\u2019']s\s+(?:wife|husband|spouse|son|daughter|mother|father|brother|sister|family|widow"
    r"|children|aides?|spokes(?:man|woman|person)|envoys?|advis[eo]rs?|deputy|representatives?"
    r"|chief\s+of\s+staff|lawyers?|doctors?|predecessors?|successors?)\b"
)
#: A quotation right after a topic cue, then the list it introduces.
_QUOTED_THEN_LIST = re.compile(
    r"\s*[\u201c\"][^\u201d\"]{1,160}[\u201d\"]\s*,?\s*(?:including|such\s+as|notably|among\s+them)\s+",
    re.IGNORECASE,
)
#: A long appositive inside a topic list: "the Lobito rail corridor, a U.S.-backed project linking
#: Angola's coast to Congo and Zambia, as well as trade": not a topic of its own.
_LONG_APPOSITIVE = re.compile(r",\s+an?\s+[^,]{25,}?(?=,)")
#: What a place named before is: "El-Fasher, the capital of North Darfur state" (no topic).
_PLACE_APPOSITIVE = re.compile(
    r",\s+the\s+(?:[\w-]+\s+)?(?:capital|city|town|port|region|province|state|district|seat|hometown|"
    r"birthplace|headquarters|hub|gateway|enclave|island|territory|stronghold)\s+(?:of|in|on)\s+[^,]*(?=,|$)"
)
#: A topic fronted before the sides' clause (`_Reader._fronted_topic`), and the words (lower
#: case) one of which begins every match.
_FRONTED_TOPIC = re.compile(
    r"\s*(?:Regarding|Concerning|As\s+for|As\s+to|As\s+regards|With\s+regard\s+to|With\s+respect\s+to|"
    r"On\s+the\s+(?:issue|question|subject|matter)\s+of)\s+([^,;:\"\u201c]{2,80}?),\s+"
    r"(?:the\s+two\s+(?:sides|leaders|ministers|presidents|prime\s+ministers|men|countries|governments|delegations)"
    r"|both\s+(?:sides|leaders|men|countries)|they)\s+",
    re.IGNORECASE,
)
_FRONTED_WORDS = (
    "regarding",
    "concerning",
    "as for",
    "as to",
    "as regards",
    "with regard",
    "with respect",
    "on the ",
)
#: Another name of the item before: ", also known as the Middle Corridor" (no topic of its own).
#: "including in hydrogen and chips", "including on trade": the preposition repeats the one of
#: the item before ("cooperation in ..."); the items after it are topics as after "including".
#: A field's own phrase ("including in the fields of ...") keeps it for the area split.
_INCLUDING_PREPOSITION = re.compile(
    r"\bincluding\s+(?:in|on)\s+(?!(?:the|such|areas|fields|sectors|domains)\b)", re.IGNORECASE
)
_ALIAS = re.compile(r",\s*(?:(?:also|otherwise|formerly|better|commonly)\s+)?known\s+as\s+[^,]*(?=,|$)")
#: A length before a meeting noun: "their 90-minute meeting", "a two-hour call", "hour-long talks"
#: (digits are no tokens: "90-minute" reads "-", "minute").
_LENGTH_MODIFIER = re.compile(r"-|(?:[\w]+-)?(?:minute|hour|day|week)s?(?:-long)?|(?:hour|day|week)-long")
#: Before a meeting noun: "it was", "this is" with what counts it ("It was his third visit").
_COPULA_REFERENCE = re.compile(
    r"\b(?:it|this|that)\s+(?:was|is|marked|marks|will\s+be)\s+(?:(?:the|a|an)\s+)?"
    r"(?:[\w-]+[\u2019']s\s+)?(?:(?:first|second|third|fourth|fifth|latest|last|\w+th)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SEPARATE = frozenset({"separate", "another", "second", "third", "new", "fresh", "follow-up", "further"})
#: Verbs that make a noun trigger an event of the subject ("MBS held a separate meeting").
_GOVERNING = re.compile(
    r"\b(?:hold|holds|held|holding|have|has|had|having|attend|attends|attended|attending|join|joins|"
    r"joined|joining|lead|leads|led|leading|chair|chairs|chaired|host|hosts|hosted|hosting|conduct|"
    r"conducted|wrap|wrapped|began|begin|begins|start|started|opened|concluded|concludes|sought|seek|"
    r"seeks|request|requested|arrange|arranged|set\s+up|took\s+part\s+in|take\s+part\s+in|after|"
    r"following|before|during|ahead\s+of)\b",
    re.IGNORECASE,
)
#: After a meeting noun: "of" and officials other than the pair ("of defense ministers",
#: "of their senior officials"), not "of the two ministers" nor "of the foreign ministers of
#: China, Pakistan and Afghanistan" (who are named by their countries).
_OF_OTHERS_AFTER = re.compile(
    r"\s+of\s+(?!(?:the\s+)?(?:two|both|three)\b)(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:ministers|officials|envoys|experts|delegates|negotiators|commanders|chiefs|diplomats|lawmakers"
    r"|parliamentarians|governors|mayors)\b(?!\s+of\b)"
)
#: Lower-case words allowed inside a list of participants ("and", titles, determiners).
_LIST_WORDS = frozenset(
    {
        "and",
        "the",
        "of",
        "his",
        "her",
        "their",
        "its",
        "'s",
        "\u2019s",
        "as",
        "well",
        "both",
        "other",
        "several",
        "some",
        "two",
        "three",
        "four",
        "many",
        "president",
        "vice",
        "prime",
        "minister",
        "ministers",
        "secretary",
        "foreign",
        "defense",
        "defence",
        "finance",
        "trade",
        "interior",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "crown",
        "emir",
        "sheikh",
        "sultan",
        "leader",
        "leaders",
        "counterpart",
        "counterparts",
        "envoy",
        "envoys",
        "ambassador",
        "adviser",
        "advisor",
        "chief",
        "staff",
        "official",
        "officials",
        "commander",
        "military",
        "national",
        "security",
        "general",
        "state",
        "deputy",
        "senior",
        "top",
        "former",
        "visiting",
        "head",
        "heads",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "representative",
        "representatives",
        "delegation",
        "delegations",
        "team",
        "lawmakers",
        "director",
        "mayor",
        "governor",
        "speaker",
        "special",
        "u.s.",
        "new",
        "then",
        "fellow",
        "acting",
        "incoming",
        "outgoing",
        "opposition",
    }
)
_DAY_WORDS = (
    r"(?:(?:on|this|last|next|late|early)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)"
)
#: Between a verb of receiving and its object, in the formula of state news agencies: "at
#: Al-Yamamah Palace in Riyadh today", "in his office on Monday". A day must close it, and a
#: capitalised word (the guest's title or name) follow.
_FRONTED_PLACE_DAY = re.compile(
    # "... this morning", "... on Sunday evening": a part of the day closes it too.
    rf"\s+(?:at|in)\s+(?:[^\s,.;]+\s+){{1,7}}?(?:{_DAY_WORDS}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|this\s+(?:morning|afternoon|evening))\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: What may come between a trigger and its list: a day, then a preposition.
#: After "received a (phone) call": the caller ("on Tuesday from President Erdogan").
_CALLER_AFTER = re.compile(rf"\s*(?:{_DAY_WORDS}\b\s*)?from\b\s*", re.IGNORECASE)
_LEAD = re.compile(
    # "held talks in the Kremlin on Thursday with A" (TASS, Xinhua): a named place, then "with".
    r"\s*(?:(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3}\s+"
    rf"(?=(?:{_DAY_WORDS}\s+)?(?:with|between)\b))?"
    # "held a series of meetings on Tuesday, including with A and B".
    rf"\s*(?:{_DAY_WORDS}\b\s*)?(?:,?\s*(?:including|notably)\s+(?=with\b))?"
    r"(?P<prep>with|between|by|to|among|alongside|and)?\b\s*",
    re.IGNORECASE,
)
#: Before a plural meeting noun: one meeting with each side listed ("held bilateral meetings
#: with A and B", "separate talks with A and B", "a series of meetings, including with A and B").
_EACH_SIDE = re.compile(
    r"\b(?:bilateral|separate|several|a\s+series\s+of|a\s+(?:number|string|flurry)\s+of)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\u2019']s\b|[A-Za-z](?:[\w.-]|[\u2019'](?!s\b))*|[^\w\s]")
#: Words after a comma that open a new clause rather than continue a list: ";", ":", dashes,
#: parentheses, "that", "while", "although", "though", "whereas", "because", and "as" before
#: a clause ("as Trump ...", not "as well as").
#:
#: Every alternative begins with a literal character, so that the engine skips ahead to
#: those characters instead of trying the whole pattern at every position (this regex is
#: searched through the rest of the sentence for every trigger). A letter followed by
#: ``(?<!\w\w)`` is a letter with ``\b`` before it, and ``as\b(?<!as well as)`` is
#: ``(?<!as well )\bas\b``.
_CLAUSE_STOP = re.compile(
    r";|:|\u2014|\u2013|\(|\)|t(?<!\w\w)h(?:at|ough)\b|w(?<!\w\w)h(?:ile|ereas)\b|b(?<!\w\w)ecause\b"
    r"|a(?<!\w\w)(?:lthough\b|s\b(?<!as well as)(?=\s+(?:[A-Z]|the\s|he\s|she\s|they\s|it\s)))",
)
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no\s+plans?\s+to|refused\s+to|declined\s+to|without|instead\s+of)|n[\u2019']t)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Every `_NEGATION` match holds one of these (lower case): a window without one is not searched.
_NEGATION_WORDS = ("not", "never", "plan", "refused", "declined", "without", "instead", "n't", "n\u2019t")
#: "hosted Xi for talks", "met Modi for closed-door talks": the meeting named before, by its purpose.
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
#: Before a verb trigger: what happened after the event reported before ("Blinken later met Xi").
_LATER = re.compile(r"\b(?:later|afterwards?|subsequently|then)\s+(?:(?:also|on)\s+)?$", re.IGNORECASE)
#: The same, opening the sentence: "Later, Blinken met ...".
_LATER_OPENING = re.compile(r"\s*(?:later|afterwards?|subsequently)\s*,", re.IGNORECASE)
#: After the person "called on": an appeal, not a visit ("to end the war", "for restraint").
_CALL_ON_APPEAL = re.compile(r"\s*,?\s*(?:to|for|not|never|instead|again\s+to)\b", re.IGNORECASE)
#: The same appeal after more words of the clause: "called on Putin on Monday to withdraw",
#: "called on Netanyahu and his government to halt", "called on Netanyahu, whose forces ...,
#: to stop". Not across a report ("according to"), a relative or a second verb of the
#: subject ("called on Modi and discussed ..."), nor a purpose of the call ("to discuss").
_CALL_ON_APPEAL_LATER = re.compile(
    r"(?:(?!\b(?:according|due|prior|next|close|ahead|who|which|that|where|said|says|and\s+(?:discuss|held|"
    r"hold|met|talk|exchang|review|brief|agree|sign|call))|\bto\b)[^.;:?!\n])*\bto\s+"
    r"(?!(?:the|a|an|his|her|their|its|this|that|these|those|be|attend|discuss|review|brief|exchange|pay|"
    r"convey|hand|deliver|present|extend|greet|meet|talk|hold|sign)\b)(?-i:[a-z]+)\b",
    re.IGNORECASE,
)
#: How far `_CALL_ON_APPEAL_LATER` looks (characters).
_APPEAL_REACH = 90
#: Right before a trigger: "called on" ("called on visiting Saudi Foreign Minister Faisal").
_CALLED_ON_BEFORE = re.compile(r"\bcall(?:ed|s)?\s+on\s+$", re.IGNORECASE)
#: One of these (lower case) is in every `_AGREED_TO` match.
_AGREED_KEYS = re.compile(r"agree|decid|pledg|promis|vow|resolved")
#: After a verb trigger: "meet again", the next meeting of the same sides.
_AGAIN = re.compile(r"\s+again\b", re.IGNORECASE)
#: Before a verb trigger: a meeting the sides agreed or decided to hold ("agreed to meet",
#: "agreed to reopen talks ... and to meet again"); up to twelve words between.
_AGREED_TO = re.compile(
    r"\b(?:agreed|agree|agrees|agreeing|decided|deciding|pledged|pledging|promised|promising|vowed|vowing"
    r"|resolved)\s+(?:[^\s.;]+\s+){0,12}?to\s+"
    r"(?:(?:also|then|again|soon|regularly)\s+)?$",
    re.IGNORECASE,
)
#: Before a noun trigger: a meeting the sides agreed to hold ("agreed to set up a committee and
#: to hold a face-to-face meeting", "decided to convene another round of talks").
_AGREED_TO_HOLD = re.compile(
    r"\b(?:agreed|agree|agrees|agreeing|decided|deciding|pledged|pledging|promised|promising|vowed|vowing"
    r"|resolved)\s+(?:[^\s.;]+\s+){0,14}?to\s+(?:hold|have|convene|organi[sz]e|schedule|arrange)\s+"
    r"(?:(?:a|an|another|the|their|new|further|regular|annual)\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: "discussed the possibility of meeting in person": a meeting talked about, not held or planned.
_HYPOTHETICAL = re.compile(
    r"\b(?:possibility|possibilities|prospect|prospects|idea|chance|chances|likelihood|feasibility)\s+of\s+"
    r"(?:(?:an?|the|another|further|future|possible)\s+)?$",
    re.IGNORECASE,
)
_INVITATION = re.compile(r"\binvit(?:ed|es|e|ing|ation|ations)\b", re.IGNORECASE)
_PRONOUN_VERB = re.compile(r"\b(?:it|he|she|who|which|that)\s+$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|of|for|on|in|from|against|about|over|toward|towards|into|at|under|with|between|among|"
    r"than|like|including|by|after|before|within|across|through|per|via)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A verb of telling right before a reference: an outlet or a body told ("told VOA", "told
#: Reuters the two sides had agreed") hears of the talks and is neither their subject nor a
#: side. A person told ("told Abiy after the talks") is the other side, and stays one.
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:told|tells|tell|telling|informed|informs|briefed|briefs)\s+$", re.IGNORECASE
)
#: Before "the visit": a verb whose subject makes the visit ("paid the visit", "is on the
#: visit", "began his three-day visit").
_VISIT_DOER = re.compile(
    r"\b(?:made|make|makes|making|paid|pay|pays|paying|began|begin|begins|beginning|started|starts|"
    r"concluded|concludes|wrapped\s+up|undertook|undertakes|ended|ends|cut\s+short|continued|continues|"
    r"(?:is|was|are|were|be)\s+on|during|on|at\s+the\s+end\s+of)\s+"
    r"(?:(?:the|this|that|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: "after", "before", "since", "until" open a clause when a verb follows the name: "two weeks
#: after President Tinubu spoke by phone with ...". Only adverbs and auxiliaries between.
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:after|before|since|until)\s+(?:the\s+)?$", re.IGNORECASE)
#: A second conjunct of a preposition's object: "the situation in the Gaza Strip and (Sudan)".
_PP_CONJUNCT_BEFORE = re.compile(
    r"\b(?:to|of|for|on|in|from|against|about|over|toward|towards|into|at|with|between|among)\s+"
    r"(?:[\w.'\u2019-]+\s+){1,5}(?:and|or)\s+$",
    re.IGNORECASE,
)
_SUBJECT_VERB_GAP = re.compile(
    # "before Barrot was received by Tebboune": a passive auxiliary too.
    r"\s*(?:(?:had|has|have|also|first|last|briefly|finally|then|would|will|was|were|been|later)\s+){0,2}",
    re.IGNORECASE,
)
#: ", and " between two references: a list's last item, or the start of a new clause.
_CLAUSE_AND = re.compile(r"\s*,\s*and\s+", re.IGNORECASE)
_COORDINATION = re.compile(
    # A name may end in an abbreviation whose full stop is not in the reference ("Jr.").
    # "A and his counterpart B": the counterpart's determiner stays outside the reference.
    r"\.?\s*(?:,|,?\s*and(?:\s+(?:his|her|their))?|&|,?\s*(?:along|together)\s+with|(?:will\s+|would\s+|to\s+)?"
    r"(?:join|joins|joined|joining|accompan(?:y|ies|ied|ying))(?:\s+(?:the|by))?)\s*",
    re.IGNORECASE,
)
_MULTILATERAL = re.compile(
    r"\b(?:G-?7|G-?8|G-?20|Quad|Quadrilateral|ASEAN|BRICS|APEC|SCO|OPEC\+?|Davos|CHOGM"
    r"|(?:NATO|EU|European|U\.?N\.?|United\s+Nations|African\s+Union|Arab\s+League|Commonwealth"
    r"|Democracy)\s+(?:[Ss]ummit|[Mm]eeting|[Ll]eaders|[Mm]inisters|[Ss]ession)"
    r"|General\s+Assembly|multilateral)\b",
)
#: Every `_MULTILATERAL` match holds one of these (as written: the regex minds case).
_MULTILATERAL_WORDS = (
    *("G", "Q", "ASEAN", "BRICS", "APEC", "SCO", "OPEC", "Davos", "CHOGM", "NATO", "EU", "European", "UN"),
    *("U.N", "United", "African", "Arab", "Commonwealth", "Democracy", "multilateral"),
)
#: Before a meeting noun: "global (climate) talks", "an international conference on Sudan",
#: "the world summit": a gathering of many countries, whatever its subject. Only the
#: trigger's own noun counts: "met on Monday ahead of the global talks" is bilateral.
_GATHERING_BEFORE = re.compile(
    r"\b(?:global|international|world|worldwide|multinational)\s+(?:[a-z]+\s+)?$", re.IGNORECASE
)
#: "Suga's travels", "his trip": a possessor that is the one who travels and meets.
_TRIP_NOUN = re.compile(
    r"[\u2019']?s?\s+(?:\w+\s+)?(?:travels|trip|trips|tour|itinerary|schedule|agenda|journey|plans?|programme|"
    r"program|stops?|mission)\b",
    re.IGNORECASE,
)
#: A meeting beside a summit: "on the sidelines of the Organisation of Turkic States summit".
_SIDELINES_SUMMIT = re.compile(
    r"\b(?:sidelines|margins|side-lines|fringes?)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[^\s.;,]+\s+){0,6}?summits?\b",
    re.IGNORECASE,
)
_SIDELINES = re.compile(
    r"\b(?:sidelines|margins|side-lines|fringes?)\s+of\s+(?:the\s+|a\s+)?$", re.IGNORECASE
)
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|will|would|while|when|after|before|during|by|of|for|on|"
    r"to|am|also|still|currently|now)\s+$",
    re.IGNORECASE,
)

# Status cues: the one nearest the trigger wins (the trigger's own tense counts at distance 0).
_STATUS_CUE = re.compile(
    r"""
    (?P<cancelled>\b(?:cancel(?:l?ed|s|ling|led)?|called\s+off|calls?\s+off|postponed|scrapped|
        shelved|aborted)\b)
  | (?P<planned>\b(?:will|shall|'ll|would|plans?|planned|planning|plan\s+to|scheduled|expected|expects|
        due|set\s+to|slated|upcoming|intends?|hopes?|hoping|going\s+to|is\s+to|are\s+to|next|
        tomorrow|later\s+this|soon|prepare[sd]?\s+to|preparing\s+to)\b)
  | (?P<held>\b(?:met|held|took\s+place|visited|hosted|welcomed|received|spoke|talked|talks\s+ended|
        was|were|had|has\s+been|have\s+been|after|following|last|earlier|ago|yesterday|
        concluded|wrapped\s+up|lasted|ended|arrived|travell?ed|flew|headed|phoned|telephoned|diall?ed|joined|led)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: Called off or put off (`_Reader._postponed` tells the two apart).
_CANCELLED = re.compile(
    r"\b(?:cancell?ed|called\s+off|postponed|scrapped|shelved|aborted|put\s+off|pushed\s+back|rescheduled)\b",
    re.IGNORECASE,
)
#: A meeting put off rather than called off (`_Reader._postponed`), and what it is put off to.
_POSTPONED = re.compile(r"\b(?:postponed|put\s+off|pushed\s+back|rescheduled)\b", re.IGNORECASE)
_POSTPONED_TO = re.compile(r"\s+(?:until|till|to|for)\s+", re.IGNORECASE)
#: Words that call a meeting off for good, even next to "postponed".
_CALLED_OFF_FOR_GOOD = re.compile(
    r"\b(?:cancel|called\s+off|calls?\s+off|scrapped|shelved|aborted|indefinitely|until\s+further\s+notice|sine\s+die)",
    re.IGNORECASE,
)
#: Every `_CANCELLED` match holds one of these (lower case).
_CANCELLED_WORDS = ("cancel", "off", "postponed", "scrapped", "shelved", "aborted", "back", "rescheduled")


def _letter_first(named: Sequence[tuple[str, Sequence[str]]]) -> str:
    r"""
    ``(?P<name>\b(?:alternatives)\b)|...``, written so that each alternative begins with a literal.

    The regex engine then skips ahead to those first characters instead of trying the whole
    alternation at every position of the text (the boundary before a word is checked after
    its first letter, as ``(?<!\w\w)``; before an apostrophe, as ``(?<=\w')``). Each group
    is split by first character into groups named ``<name>_<n>``; the alternatives keep their
    order, so each position gives the match the plain form gives, in the group of that name.
    An empty name stands for no group (``\b(?:alternatives)\b``).

    Args:
        named: Group names with their alternatives (regexes, each starting with a lower-case
            letter or an apostrophe).
    """
    by_first: dict[str, list[tuple[str, str]]] = {}
    for name, alternatives in named:
        for alternative in alternatives:
            by_first.setdefault(alternative[0], []).append((name, alternative[1:]))
    parts: list[str] = []
    for number, (first, items) in enumerate(by_first.items()):
        runs: list[tuple[str, list[str]]] = []
        for name, rest in items:
            if runs and runs[-1][0] == name:
                runs[-1][1].append(rest)
            else:
                runs.append((name, [rest]))
        body = "|".join(
            f"(?P<{name}_{number}_{i}>{'|'.join(rests)})" if name else f"(?:{'|'.join(rests)})"
            for i, (name, rests) in enumerate(runs)
        )
        boundary = r"(?<!\w\w)" if first.isalpha() else r"(?<=\w" + re.escape(first) + ")"
        parts.append(f"{re.escape(first)}{boundary}(?:{body})")
    return "(?:" + "|".join(parts) + r")\b"


#: The words of `_STATUS_CUE`'s groups, for `_STATUS_CUE_FOLDED`.
_STATUS_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "cancelled",
        (
            r"cancel(?:l?ed|s|ling|led)?",
            r"called\s+off",
            r"calls?\s+off",
            "postponed",
            "scrapped",
            "shelved",
            "aborted",
        ),
    ),
    (
        "planned",
        (
            *("will", "shall", "'ll", "would", "plans?", "planned", "planning", r"plan\s+to", "scheduled"),
            *(
                "expected",
                "expects",
                "due",
                r"set\s+to",
                "slated",
                "upcoming",
                "intends?",
                "hopes?",
                "hoping",
            ),
            *(r"going\s+to", r"is\s+to", r"are\s+to", "next", "tomorrow", r"later\s+this", "soon"),
            *(r"prepare[sd]?\s+to", r"preparing\s+to"),
        ),
    ),
    (
        "held",
        (
            *("met", "held", r"took\s+place", "visited", "hosted", "welcomed", "received", "spoke", "talked"),
            *(r"talks\s+ended", "was", "were", "had", r"has\s+been", r"have\s+been", "after", "following"),
            *(
                "last",
                "earlier",
                "ago",
                "yesterday",
                "concluded",
                r"wrapped\s+up",
                "lasted",
                "ended",
                "arrived",
            ),
            *("travell?ed", "flew", "headed", "phoned", "telephoned", "diall?ed", "joined", "led"),
        ),
    ),
)
#: `_STATUS_CUE` and `_CANCELLED` for the lower-cased text (`bilateral.text._outcomes.fold`):
#: their words are all lower case, and lower-casing keeps word and space characters as they
#: are. Each alternative begins with its first letter (`_letter_first`): these are searched
#: through most of a clause for every trigger.
_STATUS_CUE_FOLDED = re.compile(_letter_first(_STATUS_WORDS))
_CANCELLED_FOLDED = re.compile(
    _letter_first(
        [
            (
                "",
                (
                    *(r"cancell?ed", r"called\s+off", "postponed", "scrapped", "shelved", "aborted"),
                    *(r"put\s+off", r"pushed\s+back", "rescheduled"),
                ),
            )
        ]
    )
)
#: The status a `_STATUS_CUE` or `_STATUS_CUE_FOLDED` group names (a dict lookup: building
#: the enum from its value costs a call per cue).
_STATUS_OF_GROUP = {status.value: status for status in MeetingStatus} | {
    name: MeetingStatus(name.split("_", 1)[0]) for name in _STATUS_CUE_FOLDED.groupindex
}


def _cue_start(statement: Statement) -> int:
    """Where *statement*'s cue starts (only called on statements that have one)."""
    return statement.cue.start if statement.cue is not None else -1


def _may_hold(window: str, words: tuple[str, ...]) -> bool:
    """
    Whether a case-blind regex, each match of which holds one of *words*, may match in *window*.

    *words* are lower case and tested on the window lower-cased (a few substring tests of a
    short string: far cheaper than the search). Where the window holds a character that
    matching without case equates with a letter but lower-casing does not
    (`bilateral.text._dates._FOLD_TRAPS`), the search decides.
    """
    return _holds(window.lower(), words) or _has_fold_trap(window)


def _holds(window: str, words: tuple[str, ...]) -> bool:
    """Whether *window* holds one of *words* (a loop: no generator for a handful of tests)."""
    for word in words:  # noqa: SIM110 - `any` over a generator costs more than the tests
        if word in window:
            return True
    return False


def _reported_date(text: str, start: int, end: int) -> bool:
    """Whether `_REPORTED_DATE` matches in ``text[start:end]`` ("said on": a date of the report)."""
    return _may_hold(text[start:end], _REPORTED_WORDS) and _REPORTED_DATE.search(text, start, end) is not None


_SELF_HELD = re.compile(
    r"^(?:met|called\s+on|visited|hosted|welcomed|received|spoke|talked|phoned|telephoned|diall?ed|arrived|"
    r"travell?ed|flew|"
    r"headed)\b",
    re.IGNORECASE,
)
_SELF_PLANNED = re.compile(r"^(?:meets|visits|hosts|welcomes|receives|heads|travels|flies)\b", re.IGNORECASE)

_REPORTED_DATE = re.compile(
    r"\b(?:said|says|told|tells|announced|announces|stated|added|wrote|reported|posted|tweeted|"
    r"confirmed|noted|insisted|argued|claimed|released|published|issued)\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
#: Every `_REPORTED_DATE` match holds one of these (lower case).
_REPORTED_WORDS = (
    *("said", "says", "told", "tells", "announc", "stated", "added", "wrote", "reported", "posted"),
    *("tweeted", "confirmed", "noted", "insisted", "argued", "claimed", "released", "published", "issued"),
)
#: "welcomed Modi to Tokyo": where a host receives a visitor.
#: A part of a topic list that is the attribution of the sentence: "a spokesman said".
_ATTRIBUTION_TAIL = re.compile(r"\b(?:said|says|added|adds|told|reported|noted|stated)$", re.IGNORECASE)
#: Where a coordinated clause with its own verb begins: "... and was scheduled to meet".
_NEW_CLAUSE = re.compile(
    r";|\bbut\b|\band\s+(?:was|were|is|are|will|would|has|have|had|then|later|also)\b", re.IGNORECASE
)
#: "at the invitation of President Joe Biden", after a visit: the host.
_AT_INVITATION = re.compile(r"\bat\s+the\s+invitation\s+of\s+(?:the\s+)?", re.IGNORECASE)
#: Outcome cues that upgrade relations ("upgraded their ties", "elevated ties").
_UPGRADE = re.compile(r"(?:elevated|upgraded|raised)\s", re.IGNORECASE)
#: "met X, his counterpart, in Tokyo": the comma closing an apposition, then the place.
_CLOSING_COMMA_IN = re.compile(r"\s*,\s*(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
#: After a place: "-Colombia relations", " ties": the place modifies a noun, it is not a venue.
#: (Module-level like every regex here: a pattern compiled inside a function may drop out of
#: the `re` cache, which other stages fill, and be compiled again per document.)
_PLACE_AS_MODIFIER = re.compile(r"[-\u2013]\w|\s+(?:relations|ties|policy|policies)\b")
#: Between sentences, when no sentence stage ran.
_SENTENCE_GAP = re.compile(r"(?<=[.!?])[”\"\u2019]?\s+(?=[A-Z“\"])|\n\s*\n")
#: After a meeting noun (and a short phrase of place or time, but no gathering): the third
#: party who mediated or hosted the meeting ("talks in Ankara mediated by Erdogan").
_MEDIATED_AFTER = re.compile(
    r"(?:\s*\b(?:in|at|on)\s+(?:(?!summit|conference|forum|sidelines|margins|fringes|gathering)[^.;,]){1,40}?)?"
    r",?\s+(?P<verb>mediated|brokered|hosted|facilitated|chaired|convened)\s+by\b",
    re.IGNORECASE,
)
#: Right before "hosted by": a noun for an event, which the participle describes.
_EVENT_NOUN_BEFORE = re.compile(
    r"\b(?:summit|conference|forum|meeting|meetings|talks|dinner|banquet|reception|ceremony|event|"
    r"gathering|session|dialogue|negotiations)\s*,?\s+(?:(?:in|at|on)\s+[^.;,]{1,30}?\s+)?$",
    re.IGNORECASE,
)
#: Lower-case heads of a description of one person ("his Saudi counterpart").
_ROLE_NOUNS = frozenset(
    {"counterpart", "minister", "president", "leader", "premier", "chancellor", "secretary", "envoy",
     "ambassador", "chief", "king", "prince", "emir", "monarch", "head", "adviser", "advisor", "host",
     "official", "spokesperson", "spokesman", "spokeswoman", "commander", "speaker"}
)  # fmt: skip
#: A second topic verb inside a topic phrase: "... and explored", "and also discussed".
_SECOND_TOPIC_VERB = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:discussed|reviewed|explored|addressed|examined|assessed|debated|"
    r"touched\s+(?:on|upon)|exchanged\s+views\s+on)\s+",
    re.IGNORECASE,
)
#: Before "focus on": "with a", "with a special", "with the main".
_WITH_A_BEFORE = re.compile(
    r"\bwith\s+(?:a|an|the)\s+(?:(?:special|particular|strong|key|major|greater|renewed|sharp|main)\s+)?$",
    re.IGNORECASE,
)
#: A topic cue about a trip ("visit is aimed at", "trip expected to focus on").
_TRIP_CUE = re.compile(r"(?:visit|trip|tour)\b", re.IGNORECASE)
#: Right before a date: a deadline ("by 2027", "until the end of June").
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|till)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?"
    # "by March next year": the year after the month is the deadline's too.
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?$",
    re.IGNORECASE,
)
#: Right before a meeting noun: "ahead of (the) talks", "in the run-up to the summit".
_AHEAD_OF_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+(?:(?:the|a|an|their|his|her|planned|"
    r"expected|upcoming)\s+){0,2}$",
    re.IGNORECASE,
)
#: Right before a meeting noun: an adjective that says it is still to come.
_PLANNED_BEFORE = re.compile(
    r"\b(?:expected|planned|upcoming|scheduled|proposed|forthcoming)\s+$", re.IGNORECASE
)
#: Right before a meeting verb: "last met", "had previously met", "first met in 2019".
#: Between a trigger and a place: what the meeting was about comes first, so the place is
#: the subject's ("held a call to discuss maritime security in the South China Sea").
#: Lower-case substrings one of which every `_SUBJECT_BETWEEN` match holds.
_SUBJECT_BETWEEN_WORDS = ("discuss", "regarding", "concerning", "focus", "came ", "come", "before ")
#: Between a meeting and a place, a phrase that makes the place another matter's: "a call to
#: discuss security in the Red Sea", "The meeting came weeks after clashes in Guatemala",
#: "met Bessent before flying to New York".
_SUBJECT_BETWEEN = re.compile(
    r"\b(?:discuss\w*|regarding|concerning|focus\w*\s+on"
    r"|c(?:ame|omes?)\s+(?:[\w-]+\s+){0,3}?(?:after|amid|following)"
    # "will meet Bessent on Wednesday before flying to New York": where the trip goes next.
    r"|before\s+(?:fl(?:ying|ew)|travell?ing|heading|leaving|departing|returning|going|continuing|moving))\b",
    re.IGNORECASE,
)
#: Right before a place: someone arriving there ("came a day after Hassan arrived in Lusaka":
#: where the meeting is, whatever "came after" says).
_ARRIVED_IN = re.compile(
    r"\b(?:arriv\w*|landed|flew|travell?ed)\s+(?:in|to|at)\s+(?:the\s+)?$", re.IGNORECASE
)
#: "on" or "aboard" right before a venue: "met on the Simon Bolivar International Bridge".
_ON_VENUE = re.compile(r"\b(?:on|aboard|on\s+board)\s+(?:the\s+)?$", re.IGNORECASE)
#: A passive auxiliary before a verb of hosting: "was (later) received by", "will be hosted by".
_PASSIVE_AUX = re.compile(
    r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+|later\s+|also\s+)?$", re.IGNORECASE
)
#: After a date: the trip on after the meeting dated ("on Wednesday before flying to New York").
_BEFORE_LEG = re.compile(
    r"[ \t]*,?[ \t]*before[ \t]+"
    r"(?:fl(?:ying|ew)|travell?ing|heading|leaving|departing|returning|going|continuing)\b",
    re.IGNORECASE,
)
#: Right before a trip trigger: "before" ("before flying to New York"): a leg after the meeting.
_BEFORE_RIGHT_BEFORE = re.compile(r"\bbefore[ \t]+$", re.IGNORECASE)
#: A meeting told before a trip on in the same sentence ("will meet Bessent ... before flying");
#: "was welcomed at the Invalides before heading to the Elysee for talks" tells none.
_MET_EARLIER = re.compile(r"\b(?:meet|meets|met|meeting|talks|hosted|received)\b", re.IGNORECASE)
#: A sentence opening placed by the talks just reported: "Prior to the talks, ...".
_AROUND_THE_TALKS = re.compile(
    r"\s*(?:prior\s+to|before|ahead\s+of|after|following)\s+(?:the|their|these|those)\s+"
    r"(?:talks|meeting|discussions|negotiations)\s*,",
    re.IGNORECASE,
)
#: Right before a length: one planned ("scheduled for 30 minutes", "expected to last an hour").
_PLANNED_LENGTH = re.compile(
    r"\b(?:(?:scheduled|planned|slated|set|due|meant|supposed|expected)\s+(?:to\s+last\s+|for\s+)"
    r"|(?:scheduled|planned)\s+)(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)
#: Right before a reciprocal "met": a relative clause on the pair ("The two, who last met in March,").
_WHO_LAST_BEFORE = re.compile(
    r",\s*who\s+(?:had\s+|have\s+)?(?:last|previously|first|earlier|most\s+recently|already|also)?\s*$",
    re.IGNORECASE,
)
#: A relative clause on a person, open before a trigger: "Lee, who arrived in Tokyo".
_WHO_BEFORE = re.compile(r",\s*who\s+[^,;]*$", re.IGNORECASE)
#: A relative clause on a thing, open before a date: ", which took effect in".
_WHICH_OPEN = re.compile(r",\s*which\b[^;()]*$", re.IGNORECASE)
#: A relative clause open before a date: ", which took effect in", ", who arrived ... on".
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whom|whose|where|when)\b[^,;()]*$", re.IGNORECASE)
#: "had met X (only once) before," / "had met X twice before.": meetings before the one reported.
_BEFORE_THEN = re.compile(r"\bbefore\s*[,.;]", re.IGNORECASE)
_LAST_BEFORE = re.compile(r"\b(?:last|previously|first)\s+$", re.IGNORECASE)
#: Every `_LAST_BEFORE` match holds one of these (lower case).
_LAST_WORDS = ("last", "previously", "first")
#: Right before a past meeting verb: the span of time the story's event came after it ("The
#: call came a week after the two leaders met at APEC", "days after they held talks").
_SPAN_AFTER_BEFORE = re.compile(
    r"\b(?:hours?|days?|weeks?|months?)\s+after\s[^,;]{0,60}?(?P<held>\b(?:held|had)\s+(?:(?:a|an|the|their|his|her)\s+)?)?$",
    re.IGNORECASE,
)
#: A relative clause on the meeting before it: "..., where they agreed", "at which they signed".
_RELATIVE_CLAUSE = re.compile(r",\s+(?:where|at\s+which|during\s+which)\b", re.IGNORECASE)
#: Every `_RELATIVE_CLAUSE` match holds one of these.
_RELATIVE_WORDS = ("where", "which")
#: How far a recalled meeting's trigger and a later trigger of the same clause may stand apart.
_CLAUSE_REACH = 100
#: How far before an outcome's cue the trigger of the meeting its relative clause is on may stand.
_RELATIVE_REACH = 200
#: Trigger words told in the past (a planned "two weeks after Trump visits Delhi" is no background).
_PAST_TRIGGERS = frozenset(
    {"met", "visited", "spoke", "talked", "phoned", "telephoned", "hosted", "received"}
)
#: How many days before the publication date a meeting dated in the year before may end and
#: still be the story's own ("met in December 2025" in a story of January 10, 2026).
_RECENT_DAYS = 60
#: "was originally scheduled for", "had initially been planned for": the date a meeting had
#: before it was put off.
_ORIGINALLY_SET = re.compile(
    r"\b(?:originally|initially)\s+(?:been\s+)?(?:scheduled|planned|set|slated|due|expected)\b", re.IGNORECASE
)
#: After a quoted formula: a noun for a meeting, which the formula names ('"two-plus-two"
#: security dialogue', '"shuttle diplomacy" visits').
_MEETING_FORMAT_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:dialogue|talks|meetings?|summits?|consultations|format|forum|visits|diplomacy)\b",
    re.IGNORECASE,
)
#: "signed a memorandum of understanding with Somaliland": the other party of a deal.
_NAME_REACH = 60
_SIGNED_WITH = re.compile(
    r"\bsign(?:ed|s|ing)?\b[^.;]{0,80}?\bwith\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.IGNORECASE
)
#: Before "talks between A and B": the verb of a third party who held them for the two.
_MEDIATOR_VERB_BEFORE = re.compile(
    r"\b(?:hosted|hosts|hosting|mediated|mediates|mediating|brokered|brokers|brokering|facilitated|"
    r"chaired|convened)\s+(?:(?:the|a|an|new|fresh|direct|further|indirect|peace|trilateral|"
    r"three-way|landmark|rare|first|second)\s+){0,3}$",
    re.IGNORECASE,
)
#: A reporting verb right after a reference: the reference is who reported, not listed.
_SAID_AFTER = re.compile(
    r"\s*(?:has\s+|had\s+)?(?:said|says|told|reported|announced|added|noted|stated|confirmed)\b",
    re.IGNORECASE,
)
_TO_PLACE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
#: "which" or "that" as the subject of a verb: a thing or a body acts ("a commission, which will meet
#: in January"); people take "who".
_WHICH_SUBJECT = re.compile(
    r"\b(?:which|that)\s+(?:(?:will|would|is|are|was|were|could|should|shall|may|must|has|have|had|also|first|"
    r"then|to|due|set|expected|scheduled|likely|regularly|usually|again)\s+){0,4}$",
    re.IGNORECASE,
)
#: Right before such a "which" or "that": people, who do meet ("a delegation that will meet").
_PEOPLE_BEFORE = re.compile(
    r"\b(?:delegations?|teams?|officials|envoys?|ministers?|leaders|diplomats|negotiators|missions?|"
    r"representatives|advisers|aides)\W*$",
    re.IGNORECASE,
)
#: "travelled to", "flew on to", "welcomed Macron to", "arrived back to": a going to a place.
_MOTION_TO = re.compile(
    r"\b(?:travel\w*|fl(?:ew|ies|y|ying|own)|arriv\w*|came|come|comes|coming|went|go|goes|going|gone|head\w*|"
    r"return\w*|trips?|journey\w*|welcom\w*|invit\w*|way|moved|rushed|sailed|drove|visits?|visited)"
    r"\s+(?:[\w.'\u2019-]+\s+){0,6}?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: "in Jeddah", "at the White House", "in the Red Sea port city of Jeddah".
_PLACE_CONTEXT = re.compile(
    r"\b(?:in|at|inside|near|outside)\s+(?:the\s+)?(?:[\w\u2019'-]+\s+){0,5}?(?:of\s+)?$",
    re.IGNORECASE,
)
_PLACE_RANK = {
    _PLACE_VENUE: 0,
    _PLACE_CITY: 1,
    _PLACE_REGION: 2,
    _PLACE_UNKNOWN: 3,
    _PLACE_COUNTRY: 4,
}

_TOPIC_CUE = re.compile(
    r"""
    \b(?:discuss(?:ed|es|ing)?|debated|talked\s+about|touched\s+(?:on|upon)|addressed|reviewed|
        deliberat(?:ed|es|e|ing)\s+(?:on|over|upon))\s+
  # Readouts: "underscored the importance of X", "stressed the need for X", "expressed
  # concern over X".
  | \b(?:underscored|stressed|emphasi[sz]ed|highlighted|reaffirmed|noted)\s+the\s+
        (?:importance|need|value|significance|urgency)\s+(?:of|for)\s+
  # 'expressed "serious concern" over X': the reporter quotes the readout's words.
  | \b(?:expressed|voiced|shared)\s+[“"]?(?:(?:their|deep|serious|grave|growing|mutual|strong)\s+)?
        concerns?[”"]?\s+(?:over|about|at|regarding|on)\s+
  # "Mahama pressed Merz on vaccine technology": what one side pressed the other on. The
  # object is a few words, so "pressed ahead with" or "pressed X to act" do not match.
  | \bpress(?:ed|es|ing)?\s+(?![Oo]n\b)(?:[\w.'\u2019-]+\s+){1,5}?on\s+
  # "to press for debt relief", "pressed Netanyahu for a ceasefire".
  | \bpress(?:ed|es|ing)?\s+(?!(?:conference|release|freedom|secretary|office|briefing|corps)\b)
        (?:[\w.'\u2019-]+\s+){0,3}?for\s+
  # "held talks with Tinubu with a focus on boosting cooperation": only after "with a"
  # (`_WITH_A_BEFORE`), checked when it matches; "with" is too common a word to start on.
  | \b(?P<focus>focus)\s+on\s+
  # "The two leaders spoke about regional security", "talked of trade".
  | \b(?:spoke|speak|speaks|talked)\s+(?:about|of)\s+
  # "The focus was on trade".
  | \bfocus\s+(?:was|is|will\s+be|has\s+been)\s+(?:on|upon)\s+
  # "exchanged in-depth views on" (Xinhua), "exchanged frank and candid views on".
  | \b(?:exchang(?:ed|e|es|ing)\s+(?:(?:in-depth|frank|candid|detailed|extensive|useful|thorough|broad|
        substantive|wide-ranging|constructive|open)\s+(?:and\s+[\w-]+\s+)?)?(?:views|opinions|ideas|notes)
        |exchanges?\s+of\s+(?:views|opinions))\s+
        (?:on|about|over|regarding|concerning)\s+
  | \b(?:raised|raise|raises|raising)\s+(?:(?:his|her|their|its|the|serious|deep|strong|grave)\s+)?
        (?:concerns?|worries|questions|the\s+(?:issue|matter|question|case))\s+(?:about|over|on|of|regarding)\s+
  | \b(?:focus|centre|center|subject|topics?|theme)\s+of\s+(?:the\s+|their\s+)?(?:discussions?|talks|meeting|
        conversation|call|summit|visit)\s+(?:was|were|is|are|has\s+been|will\s+be)\s+
  # "The meeting on Sunday focused on", "talks that focused on": a short place or time phrase,
  # or a relative pronoun, between the noun and its verb. Before the bare "talks on" below,
  # which would take the day for the topic and miss the verb.
  # "in a meeting Nigerian officials said focused on": who reported it, inside the relative.
  | \b(?:talks|discussions?|meeting|negotiations|conversation|call|summit)
        (?:\s+(?:at|in|between|on)\s[^.;,]{1,60}?\s|,?\s+(?:that|which)\s+(?:(?:was|were|have|has|had)\s+)?
        |\s+(?:(?:that|which)\s+)?(?:(?!(?:with|and|to|of|for)\s)[\w.'\u2019-]+\s+){1,4}?(?:said|say|says)\s+
        (?:(?:was|were|had|has|have)\s+)?)
        (?:also\s+)?(?:focused\s+on|centered\s+on|centred\s+on|covered|touched\s+on|dealt\s+with|
        dominated\s+by|revolved\s+around|included)\s+
  # "The talks, which lasted two hours, covered"; "The talks on Wednesday, ..., covered"
  # (before the bare "talks on" below, which would take the day for the topic).
  | \b(?:talks|discussions?|meeting|negotiations|conversation|call|summit)
        (?:\s+(?:at|in|on)\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,2}?)?\s*,[^,.;]{1,100},\s+(?:also\s+)?
        (?:covered|included|focused\s+on|centred\s+on|centered\s+on|touched\s+on|dealt\s+with)\s+
  | \b(?:talks|discussions?|meeting|negotiations|conversation|call(?!\s+on\b))\s+(?:also\s+)?
        (?:(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?=(?:dominated|focused|centred|centered)\b))?
        (?:on|about|over|
        focused\s+(?:(?:primarily|mainly|largely|mostly|heavily)\s+)?on|focusing\s+on|centered\s+on|centred\s+on|
        covered|included|includes|touched\s+on|
        dominated\s+by|centered\s+around|centred\s+around|revolving\s+around)\s+
  # 'the discussions were "productive and focused" and covered energy': the noun's second verb.
  | \b(?:talks|discussions?|meeting|negotiations)\b[^.;]{1,80}?\band\s+(?:also\s+)?
        (?:covered|focused\s+on|touched\s+on|centered\s+on|centred\s+on)\s+
  | \b(?P<participle>covering|focusing\s+on|focused\s+on|centring\s+on|centering\s+on|centred\s+on|
        centered\s+on)\s+
  | \b(?:topics|issues|agenda)\s+(?:(?:discussed|raised|covered|addressed)\s+)?
        (?:(?:also\s+)?(?:included|include|includes)|(?:were|was)(?:\s+also)?
        # "Topics were wide-ranging", "The agenda was not disclosed": what the topics were
        # like, not which they were.
        (?!\s+(?:not|never|un[a-z]+|wide|wide-ranging|broad|broad-ranging|far-ranging|varied|diverse|
        many|numerous|extensive|kept|classified|confidential|secret|sensitive|packed|full|heavy|long)\b)
        |such\s+as)\s+
  # "Topics ranged from trade to security", "The talks ranged from X to Y": the two ends
  # of the range are topics (`_range_ends`).
  | \b(?:topics|issues|subjects|agenda|talks|discussions?|conversation|meeting|call)\s+
        (?:(?:discussed|raised|covered|addressed)\s+)?(?:also\s+)?(?P<ranged>ranged)\s+from\s+
  # "Topics on the agenda in Nara are likely to include": a short phrase, then the verb.
  | \b(?:topics|issues|agenda)\s+(?:on|for|of)\s[^.;,]{1,40}?\s(?:are|is|were|was|will)\s+
        (?:(?:likely|expected|set|due)\s+to\s+)?(?:include|included|includes|cover|covered|be)\s+
  | \b(?:talks|discussions?|meeting|negotiations|conversation|call|summit|visit)\b
        (?:,?\s+which\s+(?:was|were|is|are)\s+(?:\w+\s+){0,2}?(?:as|to)\s+|\s+(?:also\s+)?)
        (?:emphasi[sz](?:ed|ing)|highlight(?:ed|ing)|concentrated\s+on|dealt\s+with|dealing\s+with|
        covering|centering\s+on|revolved\s+around|aimed\s+at\s+(?:resolving|addressing|settling))\s+
  # "talks expected to focus on security", "a meeting likely to centre on trade".
  | \b(?:visit|trip|tour|talks|meeting|summit|discussions)\s+(?:(?:is|was|are|were|will\s+be)\s+)?
        (?:expected|likely|set|due)\s+to\s+(?:(?:focus|center|centre|concentrate|touch)\s+(?:on|upon)|cover|address|
        tackle)\s+
  # "The visit will focus on trade", "the talks would centre on security".
  | \b(?:visit|trip|tour|talks|meeting|summit|discussions)\s+(?:will|would|is\s+to|are\s+to)\s+(?:also\s+)?
        (?:focus|center|centre|concentrate)\s+(?:on|upon)\s+
  | \b(?:visit|trip|tour|talks|meeting|summit)\b(?:,[^,.;]{1,90},)?\s+(?:is|was|are|were|will\s+be)\s+
        (?:aimed|intended|designed|meant|expected)\s+(?:at|to)\s+
        (?:(?:deepen|boost|strengthen|expand|improv|enhanc|promot|discuss|address|resolv|bolster|increas|attract)
        [a-z]*\s+)?
  | \bto\s+(?:resolve|settle|tackle|address|discuss)\s+(?=[^.;]{1,120}?\b(?:during|at|in)\s+
        (?:the\s+|their\s+|Tuesday's\s+)?(?:talks|meeting|summit|negotiations)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: A comma right before: the participle opens a phrase about the clause before it.
_AFTER_COMMA = re.compile(
    # ", with the two sides focusing on": the participle of the meeting's sides (PTI, ANI).
    r",\s*(?:with\s+(?:the\s+|both\s+)?(?:two\s+)?(?:sides|leaders|countries|delegations|ministers|nations)\s+)?$",
    re.IGNORECASE,
)
#: What is addressed as an audience, not a subject: a gathering or people ("reporters", "a
#: joint news conference", "the nation"). An organization named there is one too (`_audience`).
_AUDIENCE = re.compile(
    r"(?:the\s+|an?\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?:(?:joint|special|extraordinary|emergency|closing|"
    r"opening|plenary)\s+)?(?:reporters|journalists|media|press|nation|parliament|assembly|audience|crowd|gathering|"
    r"(?:news\s+|press\s+)?conference|forum|summit|meeting|session|house|senate|congress|lawmakers|"
    r"legislators|students|rally|dinner|luncheon|banquet|business\s+forum)\b(?=[^\w'\u2019-]|$)(?!\s+(?-i:[a-z]+)\b(?<!\bon)(?<!\bin)"
    r"(?<!\bat)(?<!\bafter)(?<!\bbefore)(?<!\bduring)(?<!\band)(?<!\bto)(?<!\bfor)(?<!\bwith)(?<!\bof))",
    re.IGNORECASE,
)
#: After an organization addressed as an audience: the end of its phrase.
_AUDIENCE_END = re.compile(
    r"\s*(?:[,.;:]|$|(?:on|in|at|before|after|during|and|to|for|with|of|summit|conference|forum|assembly|"
    r"session|meeting|gathering)\b)",
    re.IGNORECASE,
)
#: A day between a verb and its object: "discussed on Sunday the corridor" (not "on Sunday,").
_DAY_THEN_OBJECT = re.compile(rf"{_DAY_WORDS}\s+(?=(?:the|a|an|their|ways|how)\b|(?-i:[a-z]))", re.IGNORECASE)
#: A topic cue in the past tense: "discussed", "touched on", "exchanged views on".
_PAST_CUE = re.compile(r"\w+ed\b|(?:spoke|touched)\b", re.IGNORECASE)
#: Gerunds that are nouns of a field or an activity ("shipping lanes", "mining", "trafficking
#: routes"): after a comma in a list of topics, an item, not a participle clause.
_GERUND_NOUNS = (
    r"(?:mining|farming|fishing|shipping|banking|housing|trafficking|peacekeeping|peacebuilding|financing|"
    r"funding|training|processing|manufacturing|refining|logging|poaching|smuggling|drilling|lending|pricing|"
    r"licensing|policing|trading|shipbuilding|demining|dredging|recycling|restructuring|rebuilding|"
    r"screening|testing|computing|engineering)"
)
_TOPIC_STOP = re.compile(
    # ", including the Ukraine crisis and ...": the list goes on with the items it singles out.
    # ", saying it was vital": a participle clause; ", mining and farming", ", shipping lanes in
    # the Red Sea": a gerund noun, a list item (alone before a comma or "and", or a known one).
    r"(?-i:(?<![A-Z]))\.(?!\d)|[;:!?“”\"()—\u2013]|,\s*(?=(?!including\b|"
    rf"{_GERUND_NOUNS}\b)\w+ing\b(?!\s*(?:[,.;]|and\b|or\b|as\s+well\s+as\b))|which\b|who\b|while\b|but\b|although\b|as\b(?!\s+well\s+as\b)|according\b|"
    # ", and the leaders agreed": a new clause, its verb a few words on; ", and the war in
    # Sudan" (a serial comma) is the list's last item.
    # ("and the removal of unexploded ordnance": a noun phrase goes on after "of", no verb.)
    # ", and to ensure the security of ...": a second infinitive of the clause, no item.
    r"and\s+(?:they|he|she|it)\b|and\s+to\s+(?-i:[a-z])|and\s+the\s+(?:(?!of\s)[\w'\u2019-]+\s+){1,3}?"
    r"(?:(?-i:[a-z]+ed)|said|says|will|would|also|have|has|had|are|were|is|was|can|could|must|should)\b"
    # ", the Egyptian foreign ministry said in a statement": who reported it.
    # ", the Ministry of External Affairs (MEA) said": an acronym in brackets is one of its words.
    # ", Zelenskyy wrote on X": a post reports it too.
    r"|(?:[\w.'\u2019()-]+\s+){0,10}?(?:said|says|told|reported|added|noted|stated|announced|confirmed|wrote|"
    r"posted|tweeted)\b)"
    # "mechanisms such as BRICS": "as" after "such" is part of the topic, not a new clause.
    r"|\s(?:that|which|while|but|although|because|as(?<!\bsuch\sas)(?<!\bwell\sas)(?<!\bknown\sas)(?<!\bareas\sas)(?<!\bfields\sas)(?<!\bsectors\sas)(?!\s+well\s+as\b)|after|before|"
    # "the indirect talks between Iran and the United States hosted by Oman": who brought the
    # item about says nothing of what it is.
    r"when|where|with|without|despite|since|during|though|so"
    r"|(?:hosted|brokered|mediated|sponsored|organi[sz]ed|facilitated)\s+by)\s"
    # "discussed trade in a phone call on Monday", "at a meeting in Ankara", "by phone": the
    # meeting the topics were discussed in, no part of them ("role in the talks" may be one).
    r"|\s(?:in|at|over|on|during)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:tele)?phone\s+(?:calls?|conversations?|talks)|calls?|meetings?|conversations?|videoconference"
    r"|video\s+(?:calls?|conference)|summit)\b(?!-|\s+level)|\s(?:by|over(?:\s+the)?)\s+(?:tele)?phone\b"
    # "discussed energy and agreed to meet again": the subject's second verb.
    r"|\sand\s+(?:also\s+)?(?:agreed|pledged|vowed|signed|decided|promised|urged|called|welcomed|announced|"
    r"invited|accepted|stressed|expressed|reaffirmed|"
    # '... "dialogue and diplomatic solutions" and told his guest that ...'.
    r"told|said|assured|informed|briefed|noted|added|underlined|underscored|emphasi[sz]ed|thanked|praised|"
    r"congratulated|conveyed)\b",
    re.IGNORECASE,
)
_TOPIC_AFTER = re.compile(
    r"\s*,?\s*(?:on|about|over|concerning|regarding|focused\s+on|focusing\s+on|to\s+discuss)\s+",
    re.IGNORECASE,
)
#: After the participants, before a topic: the medium and the day ("by phone on Tuesday",
#: "via video link earlier this month").
_MEDIUM_AND_DAY = re.compile(
    r"(?:\s+(?:by|over|on|via)\s+(?:the\s+|a\s+)?(?:(?:tele)?phone|video(?:\s+link)?))?"
    rf"(?:\s+{_DAY_WORDS}|\s+(?:earlier|later)\s+(?:this|last)\s+(?:week|month)|\s+(?:last|this|next)\s+(?:week|month))?",
    re.IGNORECASE,
)
#: What follows "on" after a meeting without being its topic: a day, "the sidelines", ...
_NOT_TOPIC = re.compile(
    r"(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|"
    r"dec)\b|\d|the\s+\d{1,2}(?:st|nd|rd|th)\b(?=[,.;:)]|\s*$|\s+(?:of|for|to|and|when|at|in|with|after|before|but|as|where|"
    r"while|or|ahead|amid|during)\b)|the\s+(?:sidelines|margins|fringes?|phone|telephone|eve|way|day|weekend|occasion)\b|behalf\b"
    r"|(?:this|last|next|that)\s+(?:week|month|year|day)\b|(?:(?:a|the)\s+)?(?:tele)?phone\b",
    re.IGNORECASE,
)
#: A comma between digits ("the 2,600-kilometer border") is no list separator; one after a
#: number and before a space is ("trade to $150 billion by 2030, nuclear cooperation").
_TOPIC_SPLIT = re.compile(
    r"(?:(?<!\d),(?!\d)|(?<=\d),(?=\s))\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+"
    # "regional issues such as the war in Sudan": the examples of a generic head are topics
    # of their own ("regional bodies such as ASEAN" stays one topic).
    r"|(?<=issues|topics)\s+(?:such\s+as|including)\s+|(?<=matters|threats)\s+(?:such\s+as|including)\s+"
    r"|(?<=challenges)\s+(?:such\s+as|including)\s+"
    # "cooperation in areas such as trade": the cooperation, and each field.
    r"|\s+in\s+(?:the\s+|several\s+|various\s+|many\s+|key\s+|a\s+(?:number|range)\s+of\s+)?(?:areas|fields|sectors|domains)\s+"
    r"(?:such\s+as|of|including)\s+"
    # "cooperation in such areas as industry and mining" (Xinhua).
    r"|\s+in\s+such\s+(?:areas|fields|sectors|domains)\s+as\s+",
    re.IGNORECASE,
)
#: `_TOPIC_SPLIT` as one group (`re.split` keeps the separators), written for speed: every
#: match starts with a comma or white space, so that character class comes first (the engine
#: skips ahead to it) and each alternative then checks, looking back, which one it was.
_TOPIC_SPLIT_KEEP = re.compile(
    r"([,\s](?:(?<=,)(?<!\d,)(?!\d)\s*(?:and\s+|as\s+well\s+as\s+)?|(?<=\d,)(?=\s)\s*(?:and\s+|as\s+well\s+as\s+)?"
    r"|(?<=\s)\s*and\s+|(?<=\s)\s*as\s+well\s+as\s+"
    r"|(?<=(?:issues|topics)\s)\s*(?:such\s+as|including)\s+|(?<=(?:matters|threats)\s)\s*(?:such\s+as|including)\s+"
    r"|(?<=challenges\s)\s*(?:such\s+as|including)\s+"
    r"|(?<=\s)\s*in\s+(?:the\s+|several\s+|various\s+|many\s+|key\s+|a\s+(?:number|range)\s+of\s+)?"
    r"(?:areas|fields|sectors|domains)\s+(?:such\s+as|of|including)\s+"
    # "cooperation in such areas as industry and mining" (Xinhua).
    r"|(?<=\s)\s*in\s+such\s+(?:areas|fields|sectors|domains)\s+as\s+))",
    re.IGNORECASE,
)
#: A list part that is a name of at most four capitalised words ("Burkina Faso", "the
#: Philippines", "South China seas": a lower-case head noun may close it).
_NAME_PART = re.compile(
    r"\s*(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,2}(?:\s+[\w-]+)?\s*$"
)
#: Before "whether ... discussed": the question left open ("did not say whether", "unclear whether").
_LEFT_OPEN = re.compile(
    r"(?:\bnot|n't|n\u2019t|\bdeclined\s+to|\brefused\s+to|\bunclear|\bunknown|\bno\s+word\s+on)\b[^.;]{0,30}\bwhether\b"
)
#: An article and one noun: an apposition after a closed list ("..., a visit").
_ARTICLE_NOUN = re.compile(r"\s*(?:a|an)\s+[\w-]+\s*", re.IGNORECASE)
#: The last part of a list of areas: one word and the head they share ("energy fields").
_SHARED_AREA = re.compile(r"\s*([\w-]+)\s+(?:fields|sectors|areas|domains|spheres)\s*", re.IGNORECASE)
#: A phrase ending in the first of a list of areas: "... in the economic", "especially the economic".
_AREA_OPENED = re.compile(
    r"\s+(?:in|especially|notably|particularly|including|such\s+as)\s+(?:the\s+)?([\w-]+)\s*$", re.IGNORECASE
)
#: A short quotation followed by more words of the same phrase (a lower-case word, no comma).
#: A quoted adverbial ("in the coming days") or a word after the quote that opens another
#: clause or item ("and invited") is not one.
_QUOTED_MODIFIER = re.compile(
    '[\u201c"](?!(?:in|on|at|for|with|by|to|from|during|within|over|after|before|as)\\b)'
    '([^\u201d".,;]{1,60})[\u201d"][ ]+(?=[a-z])(?!(?:and|or|but|while|as|to|in|on|at|for|with|by)\\b)'
)
#: Adverbs that a quotation or a cut may leave alone as a would-be topic.
_LONE_ADVERBS = frozenset(
    {"likewise", "similarly", "otherwise", "accordingly", "meanwhile", "too", "also", "again"}
)
#: A closing quotation mark (or a straight one).
_CLOSING_QUOTE = re.compile('[\u201d"]')
#: A list part that is a year or a decade ("1980s", "the 1990s"), and a part ending in one.
_YEARS_PART = re.compile(r"\s*(?:the\s+)?(?:early\s+|mid-|late\s+)?\d{4}s?\s*$", re.IGNORECASE)
_ENDS_IN_YEARS = re.compile(r"\d{4}s?\s*$")
#: A part ending in a name that a preposition of movement or link governs ("from Mali",
#: "linking Subic Bay"), or in a bare compass word ("in the East"): the next names join it.
_ENDS_IN_NAME_OBJECT = re.compile(
    r"\b(?:from|linking|connecting|joining|to|via|across|through)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,2}\s*$"
    r"|\bthe\s+(?:East|West|North|South)\s*$",
    re.IGNORECASE,
)
#: "relations between India and China", "ties between the UAE and France": the "and" joins the
#: two sides of one topic (a few words after "between", no comma), it does not list two.
#: "between the two countries", "between their countries" and "between them" are whole
#: already: an "and" after them lists.
_BETWEEN_PAIR = re.compile(
    r"(?P<head>\bbetween\s+(?!(?:the\s+)?(?:two|three|both)\b|them\b|us\b|their\s+(?:two\s+)?(?:countries|nations|"
    r"states|peoples|governments)\b)(?:[^\s,;]+\s+){1,4}?)and\s+",
    re.IGNORECASE,
)
#: Words a topic does not start with: determiners, and the cue verb of a second clause
#: ("reviewed relations and discussed regional developments").
#: Verbs of "ways to ..." and "how to ...": how, not what ("how to boost trade" is about trade).
_HOW_VERBS = (
    r"boost|strengthen|deepen|expand|enhance|improve|promote|increase|bolster|develop|advance|broaden|diversify|"
    r"elevate|upgrade|consolidate|reinforce|curb|reduce|tackle|combat|counter|fight|address|attract|facilitate|"
    r"ensure|build|step\s+up|accelerate|intensify|resolve|end|stop|prevent|protect|secure|encourage"
)
_TOPIC_LEAD = re.compile(
    # "and the war in Sudan": the conjunction of a list's last item, when the list was cut before it.
    r"^(?:and\s+)?(?:(?:discuss(?:ed|es|ing)?|debated|reviewed|addressed|talked\s+about|touched\s+on|exchanged\s+views\s+on)\s+)?"
    # "particularly in the fields of energy", "in addition to the situation in Gaza", "foremost
    # among them the war": words that rank or add a list item, and the field it is in.
    # "concern over A, and over B": the cue's preposition repeated before a later item.
    # "exchanged views on North Korea ... and on economic coercion": before a lower-case word too.
    r"(?:(?:over|about|on|regarding)\s+(?=the\b|(?-i:[a-z]))|of\s+(?=\w+ing\b))?"
    r"(?:(?:particularly|especially|notably|most\s+notably|mainly|chiefly|primarily|in\s+particular|"
    # ", such as the conflict in Gaza": the examples of the item before, set off by a comma.
    r"in\s+addition\s+to(?:\s+(?:discussing|reviewing|addressing|exploring))?|including|as\s+well\s+as|such\s+as|"
    r"(?:foremost|chief|first|prominent)\s+among\s+them)\s+"
    # "particularly in the Gaza Strip and Lebanon": the place singled out is the item.
    r"(?:(?<=particularly\s)(?:in|on)\s+|(?<=especially\s)(?:in|on)\s+|(?<=notably\s)(?:in|on)\s+)?)?"
    r"(?:in\s+the\s+(?:fields?|areas?|sectors?|domains?|spheres?)\s+of\s+)?"
    # "documents covering fields including the Belt and Road Initiative": the fields named.
    # "(remove) more than a dozen non-tariff barriers", "(share) more data": a quantity, not the what.
    r"(?:(?:the|a|an|their|his|her|its|more\s+than\s+(?:a\s+)?[\w,.]+|more|additional|"
    r"(?:issues?|areas?|fields?|sectors?|domains?)\s+(?:of|such\s+as|including)|"
    r"questions?\s+of|"
    r"(?:ways|how|opportunities|avenues|prospects)\s+to(?:\s+(?:further|jointly|significantly))?"
    rf"(?:\s+(?:{_HOW_VERBS}))?|"
    # "ways of enhancing them", "means of boosting trade".
    r"(?:ways|means)\s+of|"
    # "with a focus on boosting cooperation in defence": the act is how, the field is what.
    r"(?:boosting|strengthening|deepening|expanding|enhancing|improving|promoting|increasing|bolstering))\s+){0,2}"
    # "the entire gamut of bilateral ties", "all aspects of cooperation": the ties themselves.
    r"(?:(?:(?:entire|whole|full)\s+(?:gamut|range|spectrum)|(?:all|various|different|several)\s+aspects|"
    r"aspects)\s+of\s+(?:the\s+)?)?"
    # "(agreed to reopen) talks on a gas pipeline", "(and) an agreement on joint patrols": the
    # subject of the talks or the deal is the topic.
    r"(?:(?:talks|negotiations|discussions?|dialogue|agreements?|deals?|declarations?|pacts?|accords?)\s+"
    r"(?:on|about|over|covering)\s+(?:(?:the|a|an)\s+)?)?",
    re.IGNORECASE,
)
_TOPIC_NEGATED = re.compile(r"\bno\s+(?:\w+\s+)?$|\bnot\s+(?:\w+\s+)?$", re.IGNORECASE)
_TOPIC_SUBJECT = re.compile(
    r"\b(?:the\s+(?:discussions?|talks|meeting|conversation|call|summit|visit|agenda)|discussions|they|"
    r"both|the\s+two\s+\w+|the\s+pair|the\s+(?:leaders|sides|presidents|ministers|prime\s+ministers)"
    # "Among the issues discussed were ...": the meeting's issues; "The focus was on ...".
    r"|(?:the\s+)?(?:issues|topics|subjects)\s+(?:discussed|raised|covered|addressed)|the\s+focus"
    # "Topics included trade, migration and security": the topics of the meeting reported.
    r"|(?:the\s+)?(?:topics|agenda)\s+(?:included|include|were)\b"
    # "Topics ranged from trade to security", "The issues discussed ranged from ...".
    r"|(?:the\s+)?(?:topics|issues|subjects)\s+(?:(?:discussed|raised|covered|addressed)\s+)?ranged\b)\b",
    re.IGNORECASE,
)
_TOPIC_WORD = re.compile(r"\w+")
#: A passive auxiliary right before a topic verb: "was (also) discussed".
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:also\s+)?$", re.IGNORECASE)
#: "Talks also covered ...": the plural meeting noun without an article opens the clause, as
#: the subject of the topic cue; in a report it is the meeting just reported.
_BARE_TALKS = re.compile(r"\s*(?:talks|discussions|negotiations)\b", re.IGNORECASE)
#: Talks named after their subject: "peace talks", "trade negotiations".
_TALKS_TOPIC = re.compile(
    r"\b(peace|trade|ceasefire|cease-fire|security|nuclear|climate|border|arms|energy|defen[cs]e|"
    r"investment|migration|tariff|debt|aid|minerals?|maritime|fisheries|water|gas|oil|territorial|"
    r"disarmament|reconciliation|normalization|normalisation|unification|reunification)\s+"
    r"(?:talks|negotiations)\b",
    re.IGNORECASE,
)
#: The longest topic word of `_TALKS_TOPIC` ("reconciliation").
_LONGEST_TALKS_TOPIC = 14
#: Words that do not make two topics the same when they share them ("of the").
_TOPIC_FILLER = frozenset(
    {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "with", "by", "at", "s"}
)
#: "last spoke in June, when ...": the clause after "when" tells of that earlier encounter.
_LAST_ENCOUNTER_WHEN = re.compile(
    r"\blast\s+(?:spoke|met|talked|held\s+talks|conferred)\b[^.;]{0,60}?,\s+when\b", re.IGNORECASE
)
#: Words that open a time or manner phrase, never a noun phrase: a quotation opening with one
#: ('cut export taxes "within 90 days"', 'meet "as soon as possible"') names no topic.
_ADVERBIAL_OPENERS = frozenset(
    {"within", "before", "after", "until", "till", "during", "since", "as", "without", "soon", "once"}
)
#: Modal verbs: a quotation opening with one is a verb phrase ('"will spare no effort"').
_MODAL_WORDS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must"})
#: A short quoted formula in an outcome: "enhanced strategic partnership".
_QUOTED_FORMULA = re.compile(r"[“\"]([^”\"]{3,80}?)[”\"]")
#: After a closing quotation mark: the noun phrase it modifies goes on (a lower-case word that
#: opens no new clause or phrase).
_NOUN_AFTER_QUOTE = re.compile(
    r"[ ]+(?=[a-z])(?!(?:and|or|but|while|as|to|in|on|at|for|with|by|of|that|which|against|from|into|over"
    r"|under|about|between|among|during|after|before|through|across|amid|toward|towards|within|without|via"
    r"|is|are|was|were|will|would|has|have|had|together|again|soon|now|later|too|also|further|next|this"
    r"|last|early|[a-z]+ly)\b)"
)
#: Right before a quotation: it says how something was judged ("described as", "called it").
_JUDGED_AS = re.compile(
    r"\b(?:described|characteri[sz]ed|hailed|praised|branded|labell?ed|termed|called|dubbed)\s+"
    r"(?:(?:it|them|the\s+\w+|as)\s+){0,2}$",
    re.IGNORECASE,
)
#: A quoted manner, not a subject: "forward “based on mutual trust”", "“in line with” the plan".
_QUOTED_MANNER = re.compile(r"\w+(?:ed|ing)\s+(?:on|upon|in|with|to|by|for|from)\b", re.IGNORECASE)
#: The subject of an agreed "that" clause that is the sides themselves: no topic.
_SIDES_SUBJECT = re.compile(
    r"(?:(?:their|the\s+two|both|the)\s+)?(?:countries|nations|sides|leaders|governments|peoples)|they|we|it",
    re.IGNORECASE,
)
#: Outcome cues whose object follows a preposition or "that": agreed on X, disagreed over X.
_OBJECT_CUES = re.compile(r"agree|clash|differ|commitment|committed|odds|pledg|vow|promis")
#: Pledges whose object is a course of action: only its subject ("to work more closely on
#: defence" gives "defence"), not the act ("pledged to send troops").
_PLEDGE_CUES = re.compile(r"pledg|vow|promis")
#: A day between the cue and its object is skipped: "agreed on Wednesday to deepen ties".
#: A date written with its month: "on Nov. 3", "on 3 November 2025", "Sept. 30,".
_MONTH_DATE = (
    r"(?:on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?),?"
)
_OUTCOME_OBJECT = re.compile(
    rf"\s*(?:(?:{_DAY_WORDS}|{_MONTH_DATE})\s+)?(?:(?:over|on|upon|about|to|that)\s+)", re.IGNORECASE
)
#: Purposes and objects of outcomes: "to boost X", "invest ... in X".
_OUTCOME_PURPOSE = re.compile(
    r"\bcalling\s+for\s+|\bto\s+(?:boost|strengthen|deepen|expand|enhance|improve|promote|address|tackle|combat|counter|"
    r"increase|bolster|resolve|end)\s+|\binvest\b[^.;]{0,40}?\bin\s+|\bin\s+the\s+face\s+of\s+",
    re.IGNORECASE,
)
#: Every `_OUTCOME_PURPOSE` match holds one of these (lower case).
_PURPOSE_WORDS = (
    *("calling", "invest", "face", "boost", "strengthen", "deepen", "expand", "enhance", "improve"),
    *("promote", "address", "tackle", "combat", "counter", "increase", "bolster", "resolve", "end"),
)
#: A named deal the sides signed or were to sign: "supposed to sign a minerals deal".
_SIGNED_DEAL = re.compile(
    r"\b(?:sign|signed|signing|to\s+sign)\s+(?:an?\s+|the\s+|their\s+)?"
    r"(?P<deal>(?P<mods>(?:(?!(?:an?|the|their)\s)[\w-]+\s+){1,4}?)"
    r"(?:deal|agreement|pact|accord|treaty|memorandum\s+of\s+understanding|charter))\b",
    re.IGNORECASE,
)
#: What a deal is on: "a memorandum of understanding on space cooperation".
_DEAL_ON = re.compile(
    r"\b(?:deals?|agreements?|pacts?|accords?|treaty|treaties|memorand(?:um|a)(?:\s+of\s+understanding)?|"
    r"charter|documents|declarations?|roadmaps?)\s+(?:on|for|covering)\s+",
    re.IGNORECASE,
)
#: One of these (lower case) is in every `_DEAL_ON` match.
_DEAL_WORDS = (
    "deal",
    "agreement",
    "pact",
    "accord",
    "treat",
    "memorand",
    "charter",
    "document",
    "declaration",
    "roadmap",
)
#: Verbs an agreed course of action opens with ("agreed to strengthen cooperation on X").
_ACTION_VERB = re.compile(
    # "agreed to further deepen the partnership": the adverb goes with the verb.
    r"^(?:(?:further|jointly|also|gradually|quickly|swiftly|significantly|substantially|urgently)\s+)?"
    r"(?:strengthen|boost|deepen|expand|enhance|improve|promote|resume|reopen|"
    r"restart|revive|renew|increase|ease|lift|relax|simplify|expedite|finali[sz]e|implement|upgrade|elevate|"
    r"form|restore|relaunch|normali[sz]e|rebuild|mend|repair|"
    r"intensify|accelerate|step\s+up|"
    # "agreed to remove non-tariff barriers and share surveillance data": verbs that are no nouns.
    r"remove|share|activate|build|double|triple|cut|reduce|lower|scrap|eliminate|develop|conclude|tackle|combat|"
    r"counter|protect|facilitate|extend|deploy|conduct|allow|grant|fast-track|speed\s+up|keep\s+up|"
    r"maintain|sustain|reinforce|consolidate|diversify|broaden|widen|streamline|harmoni[sz]e|moderni[sz]e|"
    r"negotiate|sign|complete|"
    r"establish|launch|create|set\s+up|explore|continue|bolster|pursue|start|begin|"
    r"work\s+(?:(?:more|together|closely|jointly)\s+){0,3}(?:on|in|to\s+(?:strengthen|boost|deepen|expand))|"
    r"hold)\s+",
    re.IGNORECASE,
)
#: Modifiers that do not say what a deal is about ("eight pacts", "a new agreement").
_DEAL_FILLER = frozenset(
    {"new", "final", "formal", "first", "second", "landmark", "historic", "separate", "several", "two",
     "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "key", "major", "joint",
     "bilateral", "broad", "long-awaited", "draft", "preliminary", "this", "that", "such", "any"}
)  # fmt: skip
#: An infinitive: what an outcome is about follows it ("to visit Canberra in February").
_INFINITIVE = re.compile(
    r"\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]+\b|\b(?:would|will|shall)\s+[a-z]+\b"
)
#: A date expression whose words fix it in time: "last year", "two weeks ago", "in 2019".
_FIXED_DATE = re.compile(r"\b(?:last|ago|previous|yesterday|\d{4})\b", re.IGNORECASE)
#: After a meeting noun: a past verb that says the meeting is over.
_DONE_AFTER = re.compile(
    r"(?:,\s+which)?\s+(?:(?:had|have|has)\s+)?(?:lasted|ended|concluded|wrapped\s+up|took\s+place|were\s+held|was\s+held)\b",
    re.IGNORECASE,
)
#: An outcome cue in the past tense: what it reports is done.
_DONE_CUE = re.compile(r"ed\b|\b(?:struck|inked|reached)\b", re.IGNORECASE)
#: An agreed action that is itself a meeting: "to meet again", "to hold talks", "to visit".
_MEETING_VERB = re.compile(
    # "agreed to travel to China early next year": a trip, no subject of the talks either.
    r"(?:meet|visit|travel|fly|come|go|hold\s+(?:(?:further|more|regular|annual|another)\s+)?"
    r"(?:talks|meetings?|summits?)|convene\s+(?:the|a|an|another|their)\b"
    # "agreed to hold the annual defense policy dialogue in Washington in December".
    r"|hold\s+(?:the|a|an|their|another|its|next)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:dialogue|consultations|talks|meetings?|summits?|session|round|forum|council)"
    # "agreed to remain in touch", "to stay in close contact": more talks, no subject.
    r"|(?:remain|stay|keep|be)\s+in\s+(?:close\s+|regular\s+|constant\s+)?(?:touch|contact)"
    r"|maintain\s+(?:close\s+|regular\s+)?(?:contact|communication))\b",
    re.IGNORECASE,
)
#: Meeting nouns that may refer back to a call ("The talks went on for an hour").
_TALKS_NOUN = re.compile(r"talks|discussions?", re.IGNORECASE)
#: Before a meeting noun: words that say it was held in person.
_IN_PERSON_BEFORE = re.compile(
    r"\b(?:in-person|in\s+person|face-to-face|face\s+to\s+face)\W*$", re.IGNORECASE
)
#: A place in capitals and a comma opening a sentence: what a date after it belongs to is the
#: dateline ("TOKYO, Feb. 12 Kyodo -", "ABU DHABI, 3rd March").
_DATELINE_PLACE = re.compile(r"\s*(?-i:[A-Z][A-Z.'/-]+(?: [A-Z][A-Z.'/-]+){0,3}),\s*")
_DATELINE_REACH = 40
_DANGLING = re.compile(r"\s+(?:and|or|but)$", re.IGNORECASE)
_WH_WORD = re.compile(r"(?:who|what|whether|how|when|why|which|where)\b", re.IGNORECASE)
#: The verb group that ends the subject of a "that" clause ("sanctions were not ...").
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|should|can|must|did|do|does|not|remain(?:s|ed)?)\b",
    re.IGNORECASE,
)
_MAX_TOPIC_WORDS = 8
_MAX_TOPICS = 12

_DELEGATION = re.compile(
    # "The Venezuelan side was headed by ...", "the U.S. team is led by ...": a side's delegation too.
    r"\b(?:delegation|side|team)\b[^.;]{0,80}?\b(?:includes|included|including|comprises|comprised|consists\s+of|"
    r"consisted\s+of|is\s+made\s+up\s+of|was\s+made\s+up\s+of|led\s+by|headed\s+by|was\s+led\s+by|"
    r"is\s+led\s+by)\b",
    re.IGNORECASE,
)

#: Substrings every trigger, topic cue and delegation sentence contains (lower case).
_TRIGGER_KEYS = (
    "sat down",
    "sit down",
    "sits down",
    # "spoke with X ... The call": a call only when one is named right after (`_CALL_LATER`).
    "spoke",
    "consultation",
    "met",
    "meet",
    "talk",
    "summit",
    "visit",
    "travel",
    "fl",
    "head",
    "arriv",
    "host",
    "welcom",
    "receiv",
    "clash",
    "confront",
    "spat",
    "showdown",
    "encounter",
    "sit-down",
    "t\u00eate",
    "conference",
    "phone",
    "call",
    "video",
    "conversation",
    "dial",
    "working",
)
_TOPIC_KEYS = (
    "importance",
    "need",
    "value",
    "significance",
    "urgency",
    "concern",
    "deliberat",
    "press",
    "spoke",
    "speak",
    "covering",
    "exchang",
    "rais",
    "aimed",
    "intended",
    "designed",
    "meant",
    "expected",
    "discuss",
    "debat",
    "talk",
    "touched",
    "address",
    "review",
    "focus",
    "cent",
    "subject",
    "topic",
    "theme",
    "issues",
    "agenda",
    "meeting",
    "negotiation",
    "conversation",
    "call",
)
#: Every `_TRIGGER` match starts with one of these (lower case).
_TRIGGER_STARTS = (
    "sat",
    "sit",
    "consultations",
    "annual",
    "tele",
    "phone",
    "dial",
    "working",
    "call",
    "spoke",
    "speak",
    "talk",
    "video",
    "virtual",
    "online",
    "met",
    "meet",
    "summit",
    "visit",
    "travel",
    "fl",
    "head",
    "arriv",
    "host",
    "welcom",
    "receiv",
    "clash",
    "confrontation",
    "spat",
    "showdown",
    "encounter",
    "sit-down",
    "t\u00eate",
    "joint",
    "conversation",
    "by",
    "over",
)
#: Every `_TOPIC_CUE` match starts with one of these (lower case).
_TOPIC_STARTS = (
    "underscored",
    "stressed",
    "emphasi",
    "highlighted",
    "reaffirmed",
    "noted",
    "expressed",
    "voiced",
    "shared",
    "deliberat",
    "press",
    "spoke",
    "speak",
    "covering",
    "centring",
    "exchang",
    "rais",
    "discuss",
    "debated",
    "talk",
    "touched",
    "addressed",
    "reviewed",
    "focus",
    "centre",
    "center",
    "subject",
    "topic",
    "theme",
    "meeting",
    "negotiations",
    "conversation",
    "call",
    "issues",
    "agenda",
    "summit",
    "visit",
    "trip",
    "tour",
    "to",
)
_TRIGGER_KEYED = Keyed(
    _TRIGGER,
    _TRIGGER_KEYS,
    _TRIGGER_STARTS,
    follows=(
        ("joint", ("press", "news")),
        ("by", ("phone", "telephone")),
        ("over", ("the", "phone", "telephone")),
        ("working", ("lunch", "dinner", "breakfast")),
        ("annual", ("consultation", "leaders", "leaders'", "leaders\u2019")),
    ),
)
#: Verbs whose coordinated subject acts together ("Macron and Lula agreed ..."): the pair is
#: a meeting's participants once the text mentions a meeting without naming who held it
#: ("after a meeting of about 90 minutes", "the talks").
_JOINT = re.compile(
    r"\b(?:agree[ds]?|pledge[ds]?|pledging|sign(?:ed|s)?|vow(?:ed|s)?|reaffirm(?:ed|s)?|discuss(?:ed|es)?"
    r"|commit(?:ted|s)?|promis(?:ed|es)|reiterated|underlined|stressed|welcomed|adopted|launched"
    r"|announced|unveiled)\b",
    re.IGNORECASE,
)
_JOINT_KEYS = (
    "agree",
    "pledg",
    "sign",
    "vow",
    "reaffirm",
    "discuss",
    "commit",
    "promis",
    "reiterated",
    "underlined",
    "stressed",
    "welcomed",
    "adopted",
    "launched",
    "announced",
    "unveiled",
)
#: After "signed": an instrument the sides sign together ("the deal", "a defence pact", "two
#: memorandums of understanding", "a joint declaration"); a letter or a petition is not one.
_SIGNED_INSTRUMENT = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:deals?|agreements?|pacts?|accords?|treaty|treaties|memorand(?:um|a|ums)|"
    r"MoUs?|protocols?|declarations?|communiqu[e\u00e9]s?|conventions?)\b",
    re.IGNORECASE,
)
#: Between a joint verb and the place it happened: "agreed (on Tuesday) in Hanoi".
_RIGHT_AFTER_VERB = re.compile(rf"\s+(?:{_DAY_WORDS}\s+)?(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
#: A place introduced by "at" after the object: "signed the deal at La Moneda presidential palace in".
_AT_PLACE = re.compile(r"\bat\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}(?:in\s+)?$", re.IGNORECASE)
#: Before a participle: "to be signed", "will have agreed" is still ahead.
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|have|will|would|shall)\s+$", re.IGNORECASE)
_JOINT_KEYED = Keyed(_JOINT, _JOINT_KEYS, _JOINT_KEYS)
#: After a meeting noun, what names its own participants ("a meeting between their deputies",
#: "a meeting of donors"), unresolved or not: such a meeting is not the joint pair's. A
#: length after "of" is the meeting's ("a meeting of about 90 minutes").
_OWN_PARTIES = re.compile(
    r"\s*(?:between|with|among|amongst|alongside|by|of\s+(?!(?:about|around|nearly|almost|some|more|less|"
    r"over|under|roughly|just|an?|one|two|three|four|five|six|several|\d)\b))",
    re.IGNORECASE,
)
#: What may stand between a joint subject and its verb: adverbs, auxiliaries, a day.
_JOINT_GAP = re.compile(
    # "A and his counterpart, B, discussed": the comma closing an apposition.
    r"\s*,?\s*(?:(?:also|have|has|had|jointly|together|both|on|last|this|late|early|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|today|yesterday)\s+){0,3}",
    re.IGNORECASE,
)
_TOPIC_KEYED = Keyed(
    _TOPIC_CUE,
    _TOPIC_KEYS,
    _TOPIC_STARTS,
    follows=(("to", ("resolve", "settle", "tackle", "address", "discuss")),),
)
#: Talking for a length of time, without a meeting word: "spoke for about 90 minutes",
#: "sat down for two hours", "talked privately for an hour".
_TALKED_FOR = re.compile(
    r"\b(?:spoke|talked|conferred|huddled|negotiated|sat\s+down|sat\s+together)"
    r"\s+(?:(?:together|privately|alone|face\s+to\s+face|[a-z]+ly)\s+)?for\s+(?!the\b|their\b|his\b|her\b)",
    re.IGNORECASE,
)
#: "The session ran for four hours", "Their closed-door session lasted 90 minutes": at the
#: start of a sentence, the duration right after; not a body's session ("The plenary session").
_SESSION_LASTED = re.compile(
    r"\s*(?:The|Their|That)\s+(?:(?!(?:plenary|parliamentary|legislative|court|council|assembly|senate|house|"
    r"cabinet|opening|closing)\b)[\w-]+\s+){0,2}?sessions?\s+(?:ran|went\s+on|continued|stretched\s+on"
    r"|dragged\s+on|lasted)\s+(?:for\s+)?",
    re.IGNORECASE,
)
#: Substrings (lower case) one of which every `_TALKED_FOR` match holds.
_TALKED_KEYS = ("spoke", "talked", "conferred", "huddled", "negotiated", "sat ")
#: A topic's cue after it: "(with) migration expected to top the agenda", "trade dominated the talks".
_AGENDA = re.compile(
    r"\b(?:top|tops|topped|topping|dominate|dominates|dominated|dominating|headline|headlines|headlined"
    r"|high\s+on|at\s+the\s+top\s+of)\s+(?:the\s+|their\s+)?(?:agenda|talks|discussions|meeting|summit|visit)\b"
    # "Security in Somalia was also discussed", "The issue of water also came up".
    r"|\b(?:was|were)\s+(?:also\s+)?(?:discussed|addressed|raised)\b|\b(?:also\s+)?came\s+up\b"
    # "Water sharing was at the center of the talks", "Refugees were also on the table".
    r"|\bat\s+the\s+(?:center|centre|heart)\s+of\s+(?:the\s+|their\s+)?(?:agenda|talks|discussions|meeting|summit)\b"
    r"|\b(?:was|were)\s+(?:also\s+)?on\s+the\s+(?:table|agenda)\b"
    # "Trade will also be on the agenda".
    r"|\b(?:is|are|will|would)\s+(?:also\s+)?(?:be\s+)?(?:also\s+)?on\s+the\s+(?:agenda|table)\b",
    re.IGNORECASE,
)
#: `_AGENDA` cues naming a topic as an issue, searched only in sentences that hold "issue",
#: "topic" or "subject" (a branch of `_AGENDA` would be tried at every character of every
#: sentence that one searches).
_AGENDA_ISSUES = re.compile(
    # "Energy was another topic", "Migration was also a key issue".
    r"\b(?:was|were)\s+(?:also\s+)?(?:another|a\s+(?:key|major|main|central|further))\s+(?:topic|issue|subject)\b"
    # "Energy security ... was one of the main issues".
    r"|\b(?:was|were)\s+(?:also\s+)?(?:one\s+of|among)\s+the\s+(?:(?:main|key|major|central|top|other)\s+)?"
    r"(?:issues|topics|subjects)\b"
    # "with a swap line, lithium and China among the subjects discussed" (not "Among the issues
    # discussed were ...", which names them after).
    r"|\bamong\s+(?:the\s+)?(?:subjects|topics|issues|matters)\s+(?:discussed|raised|covered|addressed)\b"
    r"(?!\s+(?:were|was|are|is|included|include))",
    re.IGNORECASE,
)


def _names_issues(folded: str) -> bool:
    """Whether the lower-cased sentence *folded* holds the words of every `_AGENDA_ISSUES` match."""
    return ("issue" in folded or "topic" in folded or "subject" in folded) and (
        "another" in folded
        or "one of the" in folded
        or "among" in folded
        or "a key" in folded
        or "a major" in folded
        or "a main" in folded
        or "a central" in folded
        or "a further" in folded
    )


#: How far back from an `_AGENDA` verb its subject is looked for first (characters).
_AGENDA_REACH = 80
#: How far back from an `_AGENDA` verb a list of topics may start (characters).
_LISTED_AGENDA_REACH = 320
#: An opening phrase before a list of topics that is the subject of an `_AGENDA` verb.
_LIST_OPENER = re.compile(
    r"\s*(?:During|At|In|Throughout|Over|Before|After|According\s+to|With|Amid|Ahead\s+of|On|As|Earlier|Later"
    r"|Meanwhile)\b[^,;]{1,80},\s*"
)
#: A reporting verb opening the subject of an `_AGENDA` verb: "(Merz ...,) said trade ...".
_SAID_THEN = re.compile(r"(?:said|says|added|noted|stressed|told\s+reporters)\s+(?:that\s+)?", re.IGNORECASE)
#: The most words of an item of a list without a serial comma that `_agenda` runs back over.
_SHORT_LIST_ITEM = 4
#: The verb group before an `_AGENDA` verb: "is expected to", "are likely to be".
#: One of these (lower case) is in every `_DELEGATION` match's verb.
_LISTING_VERB_KEYS = re.compile(r" by|includ|compris|consist|made up")
_AGENDA_AUX = re.compile(
    r"(?:\s+(?:is|are|was|were|will|would|has|have|had))?(?:\s+(?:also\s+)?(?:expected|likely|set|due|poised|"
    r"tipped|certain|sure|bound)\s+to(?:\s+be)?)?\s*$",
    re.IGNORECASE,
)
#: A subject standing for every side of the meeting last reported.
_BOTH_SIDES = re.compile(
    r"\b(?:they|both(?:\s+(?:sides|leaders|men|presidents|ministers))?|the\s+two\s+\w+"
    r"|the\s+(?:leaders|sides|presidents|prime\s+ministers|ministers|delegations))\b",
    re.IGNORECASE,
)
#: Words one of which every `_BOTH_SIDES` match holds (lower case).
_BOTH_SIDES_WORDS = ("they", "both", "two", "leaders", "sides", "presidents", "ministers", "delegations")
#: Dates that take their day from the one named before ("earlier in the day", "the next day").
_DAY_ANAPHOR = re.compile(
    r"\b(?:the|that|same|next|following|previous)\s+(?:day|morning|evening|night)\b", re.IGNORECASE
)
#: `_DAY_ANAPHOR` for the lower-cased text (`bilateral.text._outcomes.fold`), each alternative
#: beginning with a literal letter (see `_CLAUSE_STOP`) so that the search skips ahead.
_DAY_ANAPHOR_FOLDED = re.compile(
    r"(?:t(?<!\w\w)h(?:e|at)|s(?<!\w\w)ame|n(?<!\w\w)ext|f(?<!\w\w)ollowing|p(?<!\w\w)revious)"
    r"\s+(?:day|morning|evening|night)\b"
)
#: From a possessive date to the noun it possesses: "'s talks", "'s closed-door high-level meeting".
_POSSESSED = re.compile(
    r"['\u2019]s\s+(?:(?!(?:after|before|ahead|following|and|or|of|in|on|at|for|with|to|by|during)\b)"
    r"[a-z][\w-]*\s+){0,3}"
)
#: How far back the subject of a trigger is looked for.
_SUBJECT_WINDOW = 250
#: How far from its trigger a date, place or duration may lie to belong to it.
_ATTACH_WINDOW = 140
#: Before a date: a "since" clause it belongs to ("since he took office in October").
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;]{0,60}$", re.IGNORECASE)
#: What a comma between a date and the trigger after it adds to their distance (characters).
_ACROSS_COMMA = 100
#: Right before a noun trigger: a preposition that places something else in time by it.
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:ahead\s+of|before|after|following|since|prior\s+to|until|in\s+the\s+run-up\s+to)\s+"
    r"(?:(?:the|a|an|their|his|her|its|this|next|last|planned|upcoming|expected)\s+){0,2}$",
    re.IGNORECASE,
)
#: Right before a verb trigger: the "and" that opens its conjunct ("... in March and met ...").
_CONJUNCT_BEFORE = re.compile(
    r"\band\s+(?:(?:then|later|also|subsequently|afterwards|briefly)\s+)?$", re.IGNORECASE
)
#: A meeting has at most this many sides; more is a multilateral session.
_MAX_SIDES = 3
#: "in a phone call", "during their meeting": the event of the clause it ends.
#: A joint verb right before a date: "agreed Saturday", "signed on Tuesday".
_JOINT_VERB_BEFORE = re.compile(
    r"\b(?:agreed|signed|pledged|vowed|committed|announced)\s+(?:on\s+)?$", re.IGNORECASE
)
#: "discussed" (the verb of a call told as "discussed X with Y in a phone call / by phone").
_DISCUSSED = re.compile(r"\bdiscuss(?:ed|es)?\b", re.IGNORECASE)
_DISCUSSED_REACH = 200
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
_IN_THE_COURSE = re.compile(
    r"\b(?:in|during|over)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
#: A verb in the past tense (lower case, so no name ending in "-ed" such as "Mohammed"; a
#: stray "need" only makes an undated call in the clause held).
_CLAUSE_PAST = re.compile(r"\b(?:told|said|spoke|met|held|had|made|gave|took|[a-z]{3,}ed)\b")
#: The opening phrase of a sentence up to its meeting noun: "During their roughly 70-minute ".
_OPENING_DURING = re.compile(r"\s*(?:During|In|At|Over)\s+(?:the|their|his|her|a|an)\s+(?:[\w-]+\s+){0,3}$")
#: The main clause after that phrase, up to a verb in the past: " Takaichi said", " the two
#: leaders agreed" (no "will", "are expected" or "is to" on the way).
_MAIN_PAST = re.compile(
    r"\s+(?:[A-Z][\w.'-]*\s+){0,3}?(?:(?:the|both|two|leaders?|sides?|men|ministers?|presidents?)\s+){0,3}?"
    r"(?:told|said|spoke|met|held|had|made|gave|took|[a-z]{3,}ed)\b(?!\s+to\b)"
)
#: An opening phrase holding the trigger: "After talks in Ankara, ...", "Following the meeting, ...".
_OPENING = re.compile(r"\s*(?:after|following|during|before|ahead\s+of|at|in)\b", re.IGNORECASE)
#: Plural triggers that name meetings in general unless a list or a possessor pins them down.
_GENERIC_PLURALS = frozenset({"visits", "meetings", "summits", "calls"})
#: "the" opening the noun phrase that ends at a trigger ("the tripartite summits").
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: How many days a trip may last around a meeting during it.
_TRIP_DAYS = 7
#: How many sentences after a summit's city a meeting "on the sidelines" is placed there.
_GATHERING_REACH = 4
#: How many sentences away from its meeting's mentions an outcome may be reported.
_OUTCOME_REACH = 30
#: Clusters searched when merging a mention (the most recent ones).
_RECENT = 24
#: Words of a gathering a trip may be for ("for a summit of the African Union").
_GATHERING_WORDS = ("summit of", "conference", "forum", "assembly", "olympics", "cop")
#: Words of a head of state or government's title, and of a title below one.
_HEAD_WORDS = (
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "emir",
    "sultan",
    "crown prince",
)
_DEPUTY_WORDS = ("vice", "deputy", "assistant", "under", "former")
#: How far after a meeting noun a relative clause ("that had been planned") may start.
_RELATIVE_REACH = 120


# -- working structures --------------------------------------------------------------------


@attrs.define
class _Trigger:
    kind: str
    start: int
    end: int
    medium: Medium
    noun: bool
    definite: bool
    separate: bool
    possessor: Ref | None
    #: "It was his third visit": the meeting being reported, if it fits (`_Mention.counted`).
    counted: bool = False


@attrs.define
class _Mention:
    """One mention of a meeting in one sentence."""

    sentence: int
    evidence: Span
    trigger: Span
    medium: Medium
    status: MeetingStatus
    actors: list[str]
    #: Country codes of sides named only as a destination ("visit India"): a person of that
    #: country named later takes the place.
    pending: list[str]
    host: str | None = None
    place: str | None = None
    date: TimeExpression | None = None
    duration: Duration | None = None
    #: "the meeting", "Tuesday's talks": refers back to a meeting already reported.
    definite: bool = False
    separate: bool = False
    #: "talks with Lavrov on energy and defense cooperation".
    topics: list[str] = attrs.Factory(list)
    #: Where the participants listed after the trigger end (the trigger's end if none).
    list_end: int = 0
    #: "Macron and Lula agreed ...": a pair acting together, a meeting only once one is mentioned.
    joint: bool = False
    #: "after a meeting of about 90 minutes": a meeting noun naming nobody, for a joint pair.
    bare: bool = False
    #: "the call", "the conversation": refers back to a phone or video call only.
    remote: bool = False
    #: "X later met Y": after the meeting reported before, on its day unless dated.
    later: bool = False
    #: "Dar also met Vice President Han Zheng": a verb meeting someone besides (`_someone_else`).
    also: bool = False
    #: A joint act that needs the sides in one room: "signed the deal", "signed a pact".
    together: bool = False
    #: "It was his third visit": the current meeting if it fits, else a meeting of its own.
    counted: bool = False
    #: "Lee, who arrived in Tokyo on Friday for a two-day visit, told Ishiba ...": a trip told
    #: in passing, with no other meeting after it in its sentence (`_trip_to_meeting`).
    passing: bool = False


@attrs.define
class _Cluster:
    """One meeting, as its mentions accumulate."""

    actors: list[str]
    pending: list[str]
    medium: Medium
    status: MeetingStatus
    first: int
    last: int
    host: str | None = None
    places: list[str] = attrs.Factory(list)
    date: TimeExpression | None = None
    duration: Duration | None = None
    topics: list[str] = attrs.Factory(list)
    evidence: list[Span] = attrs.Factory(list)
    sentences: list[int] = attrs.Factory(list)
    outcomes: list[Outcome] = attrs.Factory(list)
    cancelled: bool = False
    #: Made of joint actions only so far: not a meeting until a meeting noun joins it.
    joint: bool = False
    #: One of its joint acts needs the sides in one room (`_Mention.together`).
    together: bool = False
    #: Where its triggers start: which of two meetings in one sentence an outcome is nearer.
    triggers: list[int] = attrs.Factory(list)
    #: Only recalled so far ("their first call since Lula's visit in February"): what the
    #: story reports next belongs to the meeting reported, not to this one.
    #: Made by a verb meeting someone besides ("Dar also met Han Zheng"): it does not report
    #: what an earlier joint pair of the same sides did (`_promote_joint`).
    also: bool = False
    recalled: bool = False
    #: Told as held a span of time before the story's event ("a week after they met"), when
    #: it was made: it takes no place from the dateline (`_after_a_span`).
    earlier: bool = False
    #: "X later met Y": the meeting reported before it, whose city it is likely in too.
    follows: _Cluster | None = None
    #: `evidence` and `sentences` as sets: whether a mention adds a new one is a set probe, not
    #: a pass over the lists (a meeting told in every paragraph of a long text made that
    #: quadratic). The lists keep the order.
    evidence_seen: set[Span] = attrs.Factory(set)
    sentences_seen: set[int] = attrs.Factory(set)


@attrs.frozen
class MeetingStage:
    """
    The ``"meetings"`` stage: meetings, their outcomes, dates, places and durations.

    Reads `Document.sentences`, `Document.mentions`, `Document.actors` and
    `Document.places`; appends to `Document.meetings`.

    .. versionadded:: 0.1.0
    """

    @property
    def name(self) -> str:
        """The stage name, ``"meetings"``."""
        return "meetings"

    def __call__(self, doc: Document) -> None:
        """Find the meetings of *doc* and append them to ``doc.meetings``."""
        _Reader(doc).run()


# -- the reader ----------------------------------------------------------------------------


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.refs = ActorRefs(doc)
        self.clusters: list[_Cluster] = []
        self.current: _Cluster | None = None
        #: The current meeting before the sentence being read (its triggers may change it).
        self._before: _Cluster | None = None
        self._dates: dict[tuple[int, int], list[TimeExpression]] = {}
        self._sentence_starts: list[int] = []
        self._clause_starts: dict[tuple[int, int], int] = {}
        self._clause_stops: dict[tuple[int, int], int] = {}
        #: The statements with a cue, in order of the cue's start, and those starts: made on
        #: first use by `_speaker_place`, which looks up the cues between two offsets.
        self._cued: tuple[list[int], list[Statement]] | None = None
        self._stripped: dict[tuple[int, int], Span] = {}
        # Status cues are matched on the lower-cased text when its offsets are the text's:
        # the same matches, found faster than case-insensitively.
        folded = self.refs.folded
        self._status_text = folded if folded is not None else self.text
        self._status_cue = _STATUS_CUE_FOLDED if folded is not None else _STATUS_CUE
        self._cancelled = _CANCELLED_FOLDED if folded is not None else _CANCELLED
        self._day_anaphor = _DAY_ANAPHOR_FOLDED if folded is not None else _DAY_ANAPHOR
        #: The sentence index and city of the last summit or forum whose place the text gives.
        self._gathering: tuple[int, str] | None = None
        # Where the story first says a meeting was held on the sidelines of a summit: "the
        # summit" after that is the gathering, not a meeting of its own (one scan per text,
        # only when a sidelines word is in it).
        lowered = folded if folded is not None else self.text.lower()
        sidelines = None
        if "sidelines" in lowered or "margins" in lowered or "side-lines" in lowered or "fringe" in lowered:
            # A match starts with one of these words: with offsets kept by the lower-casing,
            # the search starts at the first of them instead of at every position before it.
            first = 0
            if folded is not None:
                first = min(
                    at
                    for word in ("sidelines", "margins", "side-lines", "fringe")
                    if (at := folded.find(word)) >= 0
                )
            sidelines = _SIDELINES_SUMMIT.search(self.text, first)
        self._sidelines_summit = sidelines.start() if sidelines is not None else None

    def _may(self, start: int, end: int, words: tuple[str, ...]) -> bool:
        """
        `_may_hold` of ``text[start:end]``: whether a regex whose matches hold one of *words* may match.

        With the lower-cased text (`ActorRefs.folded`, which holds no fold trap), its slice is
        tested as it is, with no lower-casing of the window and no test for the traps.
        """
        if self.refs.folded is not None:
            return _holds(self._status_text[start:end], words)
        return _may_hold(self.text[start:end], words)

    # ---- driver

    def run(self) -> None:
        sentences = self._sentences()
        self._sentence_starts = [s.start for s in sentences]
        folded_text = self.refs.folded
        # Most sentences hold no start word of a trigger, a joint action or a topic cue: they
        # are passed over without the calls that would each find nothing.
        triggers, joints, topics = (self.refs.scan(k) for k in (_TRIGGER_KEYED, _JOINT_KEYED, _TOPIC_KEYED))
        for index, sentence in enumerate(sentences):
            # Lower-cased once: cheap substring tests decide which regexes a sentence needs.
            # A slice of the folded document holds the same words (only a final sigma may
            # differ) and costs no second lower-casing.
            folded = (
                folded_text[sentence.start : sentence.end]
                if folded_text is not None
                else self.text[sentence.start : sentence.end].lower()
            )
            touched: list[_Cluster] = []
            acting: list[_Cluster] = []
            self._before = self.current
            possible = triggers.possible(sentence.start, sentence.end)
            if possible and ("summit" in folded or "conference" in folded or "forum" in folded):
                # "summit" and "conference" are trigger words: the test costs nothing elsewhere.
                self._note_gathering(index, sentence)
            if possible or joints.possible(sentence.start, sentence.end):
                for mention in self._mentions(index, sentence, folded):
                    known = len(self.clusters)
                    cluster = self._merge(mention)
                    if cluster is not None and cluster.joint:
                        acting.append(cluster)
                    if cluster is not None and not cluster.joint and not self._aside(cluster):
                        earlier = self._after_a_span(sentence, mention.trigger)
                        recalled = (
                            earlier
                            or self._background(sentence, mention)
                            or self._dated_years_before(mention.date or cluster.date)
                            or (
                                cluster.recalled
                                and cluster in touched
                                and self._same_clause(cluster, mention)
                            )
                        )
                        if len(self.clusters) > known and self.clusters[-1] is cluster:
                            cluster.recalled = recalled  # new: only recalled if this mention is
                            cluster.earlier = earlier
                        elif not recalled:
                            cluster.recalled = False
                        if not (recalled and (touched or self.current is not None)):
                            # "spoke by phone ..., their first conversation since meeting in
                            # California": what follows is about the call, not the earlier meeting.
                            self.current = cluster
                        touched.append(cluster)
            self._delegation(sentence, folded, touched)
            if (touched or self.current is not None) and folded.lstrip().startswith(_FRONTED_WORDS):
                self._fronted_topic(sentence)
            if touched or self.current is not None:
                # Both readers add to a meeting already reported; the length of one named in
                # this sentence is attached with its trigger ("met ... for two hours").
                if " for " in folded:
                    self._spoke_for(sentence, folded)
                if "session" in folded:
                    self._session_length(sentence)
                if (
                    "agenda" in folded
                    or "dominat" in folded
                    # "was (also) discussed": a passive; "X discussed Y" (no "was") is no cue here.
                    or (
                        ("discussed" in folded or "addressed" in folded)
                        and ("was" in folded or "were" in folded)
                    )
                    or "was raised" in folded
                    or "were raised" in folded
                    or "also raised" in folded
                    or "came up" in folded
                    or "center of" in folded
                    or "centre of" in folded
                    or "heart of" in folded
                    or "table" in folded
                ):
                    # One of these is in every `_AGENDA` match (substring tests: far cheaper
                    # than a search of the sentence).
                    self._agenda(sentence, touched, main=True, issues=_names_issues(folded))
                elif _names_issues(folded):
                    self._agenda(sentence, touched, main=False, issues=True)
            if touched or topics.possible(sentence.start, sentence.end):
                # "A and B discussed X on Sunday" before any meeting is named: the pair's, for
                # the meeting it becomes ("The ministers met in New Delhi ...").
                self._topics(sentence, folded, touched, acting)
        self._promote_joint()
        self._host_planned_trips()
        # Each cluster's participants, found once: which clusters are emitted, whom the
        # outcomes of each may be given to, and whom its record names (outcomes add no actor).
        participants = {
            id(c): people for c in self.clusters if not c.joint and (people := self._participants(c))
        }
        emitted = [c for c in self.clusters if id(c) in participants]
        self._outcomes(sentences, emitted, participants)
        for number, cluster in enumerate(emitted, start=1):
            self.doc.meetings.append(self._meeting(cluster, number, participants[id(cluster)]))

    def _aside(self, cluster: _Cluster) -> bool:
        """
        Whether *cluster* is no meeting to become the current one instead of the meeting reported.

        That is a trip of one side of the current meeting going nowhere named, or talks of
        bodies with no one named.

        "Ruto and Abiy held talks in Nairobi. Abiy, who flew in on Monday for a one-day visit,
        ...": the trip is how one side came to the talks; "the talks" and the topics after it
        are still the meeting's.
        """
        current = self.current
        if (
            current is None or current is cluster or cluster.pending or len(self._sides(current.actors)) < 2  # noqa: PLR2004 - no meeting to keep
        ):
            return False
        if cluster.actors and all(self.refs.is_organization(a) for a in cluster.actors):
            # "to revive trade talks between the Mercosur bloc and the EU": talks of bodies
            # with no one named are no meeting to refer back to either.
            return True
        return len(self._sides(cluster.actors)) < 2 and set(cluster.actors) <= set(current.actors)  # noqa: PLR2004

    def _sentences(self) -> list[Span]:
        if self.doc.sentences:
            return list(self.doc.sentences)
        # No sentence stage ran: fall back to the body (or the text) split at full stops.
        body = self.doc.article.body if self.doc.article is not None and self.doc.article.body else ()
        spans = body or (Span(start=0, end=len(self.text)),)
        found: list[Span] = []
        for span in spans:
            start = span.start
            for match in _SENTENCE_GAP.finditer(self.text[: span.end]):
                if match.start() <= start:
                    continue
                found.append(Span(start=start, end=match.start()))
                start = match.end()
            if start < span.end:
                found.append(Span(start=start, end=span.end))
        return found

    # ---- triggers

    def _triggers(self, sentence: Span, folded: str) -> list[_Trigger]:
        text = self.text
        found: list[_Trigger] = []
        for match in self.refs.scan(_TRIGGER_KEYED).matches(sentence.start, sentence.end, folded):
            kind = match.lastgroup or ""
            start, end = match.span()
            if self.refs.in_quote(start):
                continue
            lo = max(sentence.start, start - 40)
            before = text[lo:start]
            if self._may(lo, start, _NEGATION_WORDS) and _NEGATION.search(before):
                continue
            if "of " in before and _HYPOTHETICAL.search(before):
                continue
            if kind == "talks" and _PRONOUN_VERB.search(before):
                continue  # "it talks about ...": the verb, not a meeting
            if kind == "phone" and text[start : start + 3].casefold() in {"by ", "ove"}:
                # "X and Y discussed trade by phone" ("over the phone"): the call is the
                # clause's, once "discussed" comes before it and no other meeting word
                # between ("spoke with Xi by phone" is read from "spoke").
                discussed = self._discussed_before(sentence, start)
                if discussed is None or (found and found[-1].start >= discussed):
                    continue
            clause_start = self._clause_start(sentence, start)
            if kind in {"meet", "visit"} and _INVITATION.search(text, clause_start, start):
                continue  # "invited Trump to visit Cartagena": an invitation, not a meeting
            if kind == "meet" and not match.group().casefold().startswith("meeting"):
                # "a commission, which will meet"; not the noun: "That meeting, which lasted ...".
                which = _WHICH_SUBJECT.search(before)
                if which is not None and not _PEOPLE_BEFORE.search(before, 0, which.start()):
                    continue  # "a commission, which will meet in La Paz": a body meets, not the sides
            if kind in _MAY_CALL and ("phone" in folded or "video" in folded):
                verb = match.group().split(maxsplit=1)[0].casefold()
                if verb in {"spoke", "speak", "speaks", "talked", "met"}:
                    after = _MEDIUM_AFTER.match(text, start + len(verb), sentence.end)
                    if after is not None:
                        kind = "video" if after.group("medium").casefold() == "video" else "phone"
                        end = start + len(verb)
                elif kind == "talks" and match.group().casefold() == "talks":
                    # "held talks by video link", "held talks with Xi by phone".
                    after = _MEDIUM_AFTER.match(text, end, sentence.end)
                    if after is not None:
                        kind = "video" if after.group("medium").casefold() == "video" else "phone"
            if kind == "spoke":
                # "Rubio spoke with Wang Yi for an hour. The call, the first since August, ...":
                # the call named right after says the talk was one; else "spoke with
                # reporters" is no call, no meeting.
                if not _CALL_LATER.search(text, end, min(sentence.end + _CALL_LATER_REACH, len(text))):
                    continue
                kind = "phone"
            noun, definite, separate = self._noun_form(kind, before, match.group())
            if not noun and _AGAIN.match(text, end, sentence.end):
                separate = True  # "to meet again in February": the next meeting, not this one
            elif (
                not noun
                and before.rstrip().lower().endswith(("last", "previously", "first"))
                and _LAST_BEFORE.search(before)
            ):
                separate = True  # "the two last met in New York": an earlier meeting, not this one
            elif (
                not noun
                and before.rstrip().lower().endswith("had")
                and _BEFORE_THEN.search(text, end, min(sentence.end, end + 80))
            ):
                separate = True  # "Faye had met Macron only once before, at ...": an earlier one
            possessor = self._possessor(sentence, start) if noun else None
            if possessor is not None:
                definite = True
            # "It was al-Sharaa's third visit to Turkey": the trip being reported, counted.
            window = self._status_text[max(sentence.start, start - 50) : start]
            counted = (
                noun
                and ("it " in window or "this " in window or "that " in window)
                and _COPULA_REFERENCE.search(text, max(sentence.start, start - 50), start) is not None
            )
            found.append(
                _Trigger(
                    kind=kind,
                    start=start,
                    end=end,
                    medium=_MEDIUM.get(kind, _MEDIUM_IN_PERSON),
                    noun=noun,
                    definite=definite,
                    separate=separate,
                    possessor=possessor,
                    counted=counted,
                )
            )
        return found

    def _discussed_before(self, sentence: Span, position: int) -> int | None:
        """Where "discussed" stands in the clause before *position* (at most `_DISCUSSED_REACH` back)."""
        lo = max(self._clause_start(sentence, position), position - _DISCUSSED_REACH)
        if "discuss" not in self._status_text[lo:position]:
            return None
        last = None
        for match in _DISCUSSED.finditer(self.text, lo, position):
            last = match.start()
        return last

    def _discussed_with(self, sentence: Span, position: int, used: set[tuple[int, int]]) -> list[Ref]:
        """
        The person after "with" between "discussed" and *position*.

        "Erdogan discussed the war in Ukraine with Putin in a phone call": the other side.
        """
        verb = self._discussed_before(sentence, position)
        if verb is None:
            return []
        text = self.text
        for ref in _outermost(list(self.refs.refs(verb, position))):
            if (
                (ref.start, ref.end) not in used
                and not ref.possessive
                and ref.actors
                and all(self.refs.is_person(a) for a in ref.actors)
                and _WITH_BEFORE.search(text, max(verb, ref.start - 8), ref.start)
            ):
                return [ref]
        return []

    @staticmethod
    def _noun_form(kind: str, before: str, word: str) -> tuple[bool, bool, bool]:
        """
        Whether the trigger is a noun, a definite one ("the talks"), a new one ("a separate meeting").

        *before* is the text before the trigger in its sentence (40 characters at most).
        """
        # The tokens right before the trigger decide its form. Tokens never span white space,
        # so the tokens after the third space from the end are the last ones of *before*:
        # only those are made, unless the form reaches back past them.
        cut = len(before)
        for _ in range(3):
            cut = before.rfind(" ", 0, cut)
            if cut < 0:
                break
        words = _TOKEN.findall(before, cut + 1)
        while True:
            lowered = [w.casefold() for w in words]
            i = len(lowered) - 1
            separate = False
            # Step back over adjectives and capitalised modifiers ("his White House meeting").
            while (
                i >= 0
                and lowered[i] not in _DETERMINERS
                and (
                    lowered[i] in _ADJECTIVES
                    or (words[i][:1].isupper() and lowered[i] != "i")
                    or _LENGTH_MODIFIER.fullmatch(lowered[i]) is not None
                )
            ):
                separate = separate or lowered[i] in _SEPARATE
                i -= 1
            if i >= 0 or cut < 0:
                break
            words, cut = _TOKEN.findall(before), -1
        det = lowered[i] if i >= 0 else ""
        has_det = det in _DETERMINERS
        separate = separate or det == "another"
        folded = word.casefold()
        # A capitalised modifier makes a noun only of words that can be one ("White House meeting").
        modified = i < len(lowered) - 1 and folded in {
            "meeting",
            "meetings",
            "visit",
            "visits",
            "call",
            "calls",
        }
        noun = kind in _NOUN_KINDS or has_det or modified
        if kind == "host":
            noun = False
        if kind in {"meet", "visit"} and folded in {"met", "meet", "meets", "visited", "visits"}:
            noun = False
        if folded == "meetings":
            noun = True
        if kind in {"phone", "video"} and _VERBAL_CALL.match(folded):
            noun = False  # "spoke by phone", "met virtually"
        if kind == "visit" and word.casefold() == "visit" and has_det:
            noun = True
        definite = has_det and det not in {"a", "an", "another", "any", "each", "every", "no"}
        return noun, definite, separate

    def _possessor(self, sentence: Span, start: int) -> Ref | None:
        """The possessor of a noun trigger: "Suga's visit", "his White House meeting"."""
        lo = max(sentence.start, start - 60)
        for ref in reversed(self.refs.refs(lo, start)):
            if not ref.possessive or ref.kind is _MENTION_DEMONYM:
                continue
            gap = self.text[ref.end : start]
            tokens = _TOKEN.findall(gap)
            if tokens and tokens[0] in {"'s", "\u2019s", "'", "\u2019"}:
                tokens = tokens[1:]
            elif self.text[ref.start : ref.end].casefold() not in {"his", "her", "their", "its"}:
                return None
            if all(t.casefold() in _ADJECTIVES or t[:1].isupper() for t in tokens):
                return ref
            return None
        return None

    def _clause_stop_after(self, position: int, end: int) -> int:
        """Where the first clause stop after *position* begins, else *end* (asked twice per trigger)."""
        key = (position, end)
        known = self._clause_stops.get(key)
        if known is None:
            stop = _CLAUSE_STOP.search(self.text, position, end)
            known = self._clause_stops[key] = stop.start() if stop is not None else end
        return known

    def _clause_start(self, sentence: Span, position: int) -> int:
        # Asked several times per trigger (its subject, status, invitation test): once is enough.
        key = (sentence.start, position)
        known = self._clause_starts.get(key)
        if known is not None:
            return known
        lo = max(sentence.start, position - _SUBJECT_WINDOW)
        for stop in _CLAUSE_STOP.finditer(self.text, lo, position):
            lo = stop.end()
        self._clause_starts[key] = lo
        return lo

    # ---- participants

    def _gap_ok(self, gap: str, *, listing: bool) -> bool:
        tokens = _TOKEN.findall(gap)
        if len(tokens) > 8:  # noqa: PLR2004 - a title is a handful of words
            return False
        for token in tokens:
            low = token.casefold()
            if listing and token in {",", "&", ";"}:
                continue
            if low in _LIST_WORDS or token[:1].isupper():
                continue
            return False
        return True

    def _list_after(
        self, position: int, limit: int
    ) -> tuple[str | None, list[Ref], list[tuple[int, int, str]], int]:
        """
        The participants listed right after *position*: "with A and B", "between A and B".

        Returns the preposition, the references and places in the list, and where it ends.
        """
        text = self.text
        lead = _LEAD.match(text, position, limit)
        prep = lead.group("prep").casefold() if lead is not None and lead.group("prep") else None
        cursor = lead.end() if lead is not None else position
        # "the foreign ministers of Japan and South Korea": a plural description with its own
        # "of" complement names those countries' people, not the pair last mentioned.
        refs = [
            r
            for r in self.refs.refs(cursor, limit)
            if r.kind is not _MENTION_DEMONYM
            and not (r.kind in {_MENTION_PLURAL, _MENTION_TITLE} and _OF_AFTER.match(text, r.end))
        ]
        places = self.refs.places_in(cursor, limit)
        items: list[tuple[int, int, Ref | None, tuple[int, int, str] | None]] = [
            (r.start, r.end, r, None) for r in refs
        ] + [(p[0], p[1], None, p) for p in places]
        items.sort(key=lambda item: (item[0], -item[1]))
        taken_refs: list[Ref] = []
        taken_places: list[tuple[int, int, str]] = []
        end = cursor
        first = True
        for start, stop, ref, place in items:
            if start < end:  # nested in the last item taken ("U.S." in "U.S. President Trump")
                if ref is not None and stop <= end and not taken_refs:
                    continue
                if place is not None and stop <= end:
                    taken_places.append(place)
                continue
            if ref is not None and ref.possessive and ref.kind is not _MENTION_NAME:
                continue  # "his Japanese counterpart": the pronoun modifies what follows
            if (
                ref is not None
                and ref.possessive
                and ref.actors
                and all(self.refs.is_country(a) for a in ref.actors)
                and (role := _COUNTRY_ROLE_THEN_NAME.match(text, ref.end, limit)) is not None
            ):
                # "with Bangladesh's interim foreign affairs adviser, Touhid Hossain": the
                # country's office holder, named after the comma, is who took part.
                end = role.end()
                first = False
                continue
            if (
                ref is not None
                and ref.possessive
                and (relation := _RELATION_AFTER.match(text, ref.end)) is not None
            ):
                # "hosted Kishida's wife, Yuko", "met Putin's envoy": the relation is who
                # took part, not the possessor; the relation's name may follow.
                end = relation.end()
                first = False
                continue
            # A comma may follow a first item ("his Japanese counterpart, Yoko Kamikawa"), not
            # open the list ("at the summit, Modi met ...": the comma ends the phrase).
            if not self._gap_ok(text[end:start], listing=not first):
                break
            if taken_refs and "," in text[end:start] and _SAID_AFTER.match(text, stop, limit + 40):
                break  # "to meet Rubio, the Foreign Relations Department said": the source
            first = False
            if ref is not None and taken_refs and self._apposition(taken_refs[-1], ref, text[end:start]):
                # "his Japanese counterpart, Foreign Minister Yoko Kamikawa": one person, named.
                if self._unnamed(taken_refs[-1]) or self._described(taken_refs[-1]):
                    taken_refs[-1] = ref
                end = stop
                continue
            if ref is not None:
                taken_refs.append(ref)
            if place is not None:
                taken_places.append(place)
            end = stop
        return prep, taken_refs, taken_places, end

    def _unnamed(self, ref: Ref) -> bool:
        """Whether *ref* names nobody in particular ("his Japanese counterpart", "officials")."""
        return all(self.refs.is_group(a) for a in ref.actors)

    def _described(self, ref: Ref) -> bool:
        """
        Whether *ref* is a description without a name ("his Saudi counterpart").

        Whomever the coreference helper resolved it to, it ends in a lower-case role noun (a
        name may end in a lower-case particle: "al-Sudani").
        """
        if ref.kind is _MENTION_NAME:
            return False
        words = self.text[ref.start : ref.end].rsplit(maxsplit=1)
        return bool(words) and words[-1] in _ROLE_NOUNS

    def _apposition(self, previous: Ref, ref: Ref, gap: str) -> bool:
        """Whether *ref* and the item before it, a comma apart, are one person described twice."""
        if gap.strip() != ",":
            return False
        if (
            self._described(previous)
            and not self._described(ref)
            and all(self.refs.is_person(a) for a in ref.actors)
        ):
            return True  # "his Saudi counterpart, Prince Faisal bin Farhan": the name says who
        named = [r for r in (previous, ref) if not self._unnamed(r)]
        people = [r for r in named if all(self.refs.is_person(a) for a in r.actors)]
        return len(named) == 1 and len(people) == 1

    def _subject(self, sentence: Span, position: int, used: set[tuple[int, int]]) -> list[Ref]:
        """
        The subject of the trigger at *position*.

        That is the nearest reference before it that is not the object of a preposition or
        of an earlier trigger, with what is coordinated with it ("A and B", "A will join B").
        """
        text = self.text
        lo = self._clause_start(sentence, position)
        candidates = _outermost([r for r in self.refs.refs(lo, position) if r.kind is not _MENTION_DEMONYM])
        candidates = [r for r in candidates if (r.start, r.end) not in used]
        chosen: list[Ref] = []
        for ref in reversed(candidates):
            if (
                ref.kind in {_MENTION_PLURAL, _MENTION_TITLE}
                and _OF_AFTER.match(text, ref.end)
                and not self._hold_role(ref)
            ):
                # "The foreign ministers of Ethiopia and Somalia" resolved to the prime minister
                # and the president named before: the description's own "of" complement names
                # the countries, and those people do not hold its office.
                break
            if ref.possessive:
                if chosen and ref.kind is _MENTION_PRONOUN and not text[ref.end : chosen[-1].start].strip():
                    # "A and his Brazilian counterpart B": the determiner of B's phrase; the
                    # coordination is read from A to B across it.
                    continue
                if chosen:
                    break
                if not _TRIP_NOUN.match(text, ref.end):
                    continue  # "Zelenskyy's chief of staff": the head noun follows
                # "Suga's travels will include meeting ...": the traveller is the subject.
            if (
                # Each verb of `_ADDRESSEE_BEFORE` ends in one of these letters: a cheap test first.
                text[max(lo, ref.start - 2) : ref.start - 1] in {"d", "s", "l", "g"}
                and _ADDRESSEE_BEFORE.search(text, max(lo, ref.start - 9), ref.start)
            ) and not any(self.refs.is_person(a) for a in ref.actors):
                if chosen:
                    break  # "Iqbal told Reuters the two sides had agreed": a new clause
                continue  # "Hichilema told VOA after the talks": the teller is the subject
            if not chosen:
                if _PREPOSITION_BEFORE.search(text, max(lo, ref.start - 12), ref.start) and not (
                    _SUBORDINATOR_BEFORE.search(text, max(lo, ref.start - 12), ref.start)
                    and _SUBJECT_VERB_GAP.fullmatch(text, ref.end, position)
                ):
                    continue  # "aid to Ukraine": an object, not the subject
                if (
                    text[max(lo, ref.start - 5) : ref.start].rstrip().endswith(("and", "or"))
                    and _PP_CONJUNCT_BEFORE.search(text, max(lo, ref.start - 60), ref.start)
                    and not _SUBJECT_VERB_GAP.fullmatch(text, ref.end, position)
                ):
                    continue  # "discussed the situation in Gaza and Sudan during talks": an object
                chosen.append(ref)
                continue
            gap = text[ref.end : chosen[-1].start]
            if _CLAUSE_AND.fullmatch(gap) and _PREPOSITION_BEFORE.search(
                text, max(lo, ref.start - 12), ref.start
            ):
                break  # "discussed the war in Sudan, and the leaders agreed": a new clause
            if _COORDINATION.fullmatch(gap) or (self._gap_ok(gap, listing=True) and "," not in gap):
                chosen.append(ref)
                continue
            break
        chosen.reverse()
        return chosen

    def _hold_role(self, ref: Ref) -> bool:
        """Whether every person *ref* was resolved to holds the office its words name."""
        words = self.text[ref.start : ref.end].casefold().split()
        if words and words[0] == "the":
            words = words[1:]
        office = " ".join(words).removesuffix("s")
        for actor_id in ref.actors:
            actor = self.refs.actors.get(actor_id)
            if not isinstance(actor, Person):
                continue
            if not any(office in role.title.casefold() for role in actor.roles):
                return False
        return True

    # ---- mentions of a sentence

    def _mentions(self, index: int, sentence: Span, folded: str) -> list[_Mention]:
        triggers = self._triggers(sentence, folded)
        used: set[tuple[int, int]] = set()
        mentions: list[_Mention] = []
        spans: list[tuple[_Trigger, _Mention]] = []
        for trigger in triggers:
            for mention in self._read_trigger(index, sentence, trigger, used):
                mentions.append(mention)
                spans.append((trigger, mention))
        lengths = spans
        if any(m.actors and m.status is not _STATUS_PLANNED for m in mentions):
            # The sentence names who met: its bare meeting nouns add nothing, except where a
            # length is given: "hosted Xi ... for talks lasting about four hours" is the length
            # of the meeting named before the noun.
            kept = [(t, m) for t, m in spans if not m.bare]
            lengths = kept + [
                (t, owner)
                for t, m in spans
                if m.bare
                and _FOR_BEFORE.search(self.text, max(sentence.start, t.start - 20), t.start)
                and (owner := self._named_before(kept, t)) is not None
            ]
            spans = kept
            mentions = [m for _, m in spans]
        else:
            # Nobody named as meeting, or only a meeting to come ("agreed Thursday to ... and
            # to hold their next talks early next year"): a pair acting together may be the
            # participants of the meeting held.
            joint = self._joint(index, sentence, folded)
            spans = joint + spans
            mentions = [m for _, m in spans]
        if not mentions:
            return []
        for i, mention in enumerate(mentions):
            # "Wang, who arrived on Monday, also held talks with Jaishankar": the trip is the
            # one the later meeting happens on, not a trip told in passing.
            mention.passing = (
                bool(mention.pending)
                and _WHO_BEFORE.search(
                    self.text, max(sentence.start, mention.trigger.start - 60), mention.trigger.start
                )
                is not None
                and not any(
                    not later.definite and set(later.actors) - set(mention.actors)
                    for later in mentions[i + 1 :]
                )
            )
        self._attach_dates(sentence, spans)
        self._attach_places(sentence, spans)
        if " at the " in self.text[sentence.start : sentence.end]:
            self._attach_seats(sentence, spans)
        if " capital" in self.text[sentence.start : sentence.end]:
            self._attach_capitals(sentence, spans)
        self._attach_durations(sentence, lengths)
        gathering = self._gathering
        if (
            gathering is not None
            and index - gathering[0] <= _GATHERING_REACH
            and ("sidelines" in folded or "margins" in folded or "fringe" in folded or "side-lines" in folded)
        ):
            # "Leaders gathered in Rio de Janeiro for the BRICS summit. On the sidelines, Modi
            # met Prabowo": a meeting beside the gathering is held where it is.
            for mention in mentions:
                if mention.place is None and mention.medium is not _MEDIUM_PHONE and not mention.remote:
                    mention.place = gathering[1]
        return mentions

    def _each_side(
        self, trigger: _Trigger, prep: str | None, subject: list[Ref], listed: list[Ref]
    ) -> list[list[str]]:
        """
        The participants of each meeting a plural "bilateral meetings with A and B" stands for.

        Empty unless the noun is plural, said to be held with each side apart, and two or more
        people of different sides are listed after "with".
        """
        text = self.text
        if not (trigger.noun and prep == "with" and text[trigger.end - 1 : trigger.end].casefold() == "s"):
            return []
        if _EACH_SIDE.search(text, max(0, trigger.start - 40), trigger.start) is None:
            return []
        own = [a for r in subject for a in r.actors]
        own_sides = {self.refs.code(a) for a in own}
        others: list[list[str]] = []
        sides: set[str] = set()
        for ref in listed:
            people = [a for a in ref.actors if self.refs.is_person(a) and self.refs.code(a) not in own_sides]
            if len(people) != 1 or self.refs.code(people[0]) in sides:
                return []
            sides.add(self.refs.code(people[0]))
            others.append([*own, people[0]])
        return others if own and len(others) > 1 else []

    def _background(self, sentence: Span, mention: _Mention) -> bool:
        """Whether *mention* recalls an earlier meeting ("since meeting in California", "last met")."""
        start = mention.trigger.start
        lo = max(sentence.start, start - 70)
        before = self.text[lo:start]
        return (self._may(lo, start, ("since",)) and _SINCE_BEFORE.search(before) is not None) or (
            self._may(lo, start, _LAST_WORDS) and _LAST_BEFORE.search(before) is not None
        )

    def _same_clause(self, cluster: _Cluster, mention: _Mention) -> bool:
        """
        Whether *mention* continues the clause of *cluster*'s latest trigger before it.

        "days after they held talks on the sidelines of the G20 summit": the summit is where the
        recalled talks were, so it does not make them the meeting the story reports.
        """
        start = mention.trigger.start
        # The triggers are in text order: the one before this mention's is at the end.
        last = next((t for t in reversed(cluster.triggers) if t < start), -1)
        if last < 0 or start - last > _CLAUSE_REACH:
            return False
        return not any(mark in self.text[last:start] for mark in ",;.")

    def _told_of(self, cluster: _Cluster, sentence: Span, cue: int) -> bool:
        """
        Whether the outcome at *cue* is told in a clause on *cluster*'s meeting in *sentence*.

        "... a month after the leaders met in Kuala Lumpur, where they agreed to ...": what a
        relative clause after a recalled meeting tells came of that meeting.
        """
        lo = max(sentence.start, cue - _RELATIVE_REACH)
        for start in cluster.triggers:
            if (
                lo <= start < cue
                and self._may(start, cue, _RELATIVE_WORDS)
                and _RELATIVE_CLAUSE.search(self.text, start, cue) is not None
            ):
                return True
        return False

    def _after_a_span(self, sentence: Span, trigger: Span) -> bool:
        """
        Whether the past *trigger* follows a span of time the story's event came after it.

        "The call came a week after the two leaders met at APEC": a meeting before the story.
        What follows in its sentence ("where they agreed to ...") may be its own, so it is not
        `_Cluster.recalled`; it only takes no place from the dateline.
        """
        start = trigger.start
        lo = max(sentence.start, start - 70)
        if not self._may(lo, start, (" after ",)):
            return False
        found = _SPAN_AFTER_BEFORE.search(self.text, lo, start)
        if found is None:
            return False
        return found.group("held") is not None or self.text[start : trigger.end].lower() in _PAST_TRIGGERS

    def _dated_years_before(self, date: TimeExpression | None) -> bool:
        """
        Whether *date* prints a year before the story's, so the meeting is background.

        "Fidan met Hussein in Ankara on Thursday. ... The two met in Baghdad in August 2023":
        in a 2026 story the 2023 meeting is recalled, and what follows it ("The two ministers
        agreed ...") is Thursday's. A date within `_RECENT_DAYS` of the publication date
        ("December 2025" in a story of early January) may be the story's own. With no
        publication date, the year must be two or more before the story's latest dated year
        (as for outcomes, `_latest_dated_year`).
        """
        if date is None or date.year is None or date.end is None or str(date.year) not in date.text:
            return False
        if self.doc.anchor is None:
            latest = _latest_dated_year(self.text)
            return latest is not None and date.year < latest.year
        anchor = _as_date(self.doc.anchor)
        return date.year < anchor.year and (anchor - date.end).days > _RECENT_DAYS

    def _note_gathering(self, index: int, sentence: Span) -> None:
        """Remember the city a summit or forum of *sentence* is held in ("in Rio for the summit")."""
        text = self.text
        for start, _, place_id in self.refs.places_in(sentence.start, sentence.end):
            place = self.refs.places[place_id]
            if place.kind not in {_PLACE_CITY, _PLACE_VENUE, _PLACE_UNKNOWN}:
                continue
            if _PLACE_CONTEXT.search(text, max(sentence.start, start - 45), start):
                self._gathering = (index, place_id)
                return

    @staticmethod
    def _named_before(kept: list[tuple[_Trigger, _Mention]], bare: _Trigger) -> _Mention | None:
        """The mention naming its participants whose trigger is the last before *bare*, if any."""
        best: _Mention | None = None
        for trigger, mention in kept:
            if trigger.end <= bare.start and mention.actors:
                best = mention
        return best

    def _read_trigger(
        self, index: int, sentence: Span, trigger: _Trigger, used: set[tuple[int, int]]
    ) -> list[_Mention]:
        text = self.text
        limit = self._clause_stop_after(trigger.end, sentence.end)
        kind = trigger.kind
        subject: list[Ref] = []
        listed: list[Ref] = []
        places: list[tuple[int, int, str]] = []
        visitors: list[Ref] = []
        host: str | None = None
        start_list = trigger.end
        if kind == "host" or (kind == "meet" and not trigger.noun):
            # "received at Al-Yamamah Palace in Riyadh today Prime Minister ... Sharif": state
            # agencies put the place and the day before the guest.
            fronted = _FRONTED_PLACE_DAY.match(text, trigger.end, limit)
            if fronted is not None:
                start_list = fronted.end()
        # "received a phone call on Tuesday from X": X is the other side, as "with X" is.
        caller = (
            _CALLER_AFTER.match(text, trigger.end, limit)
            if kind == "phone" and text[trigger.start : trigger.start + 6].casefold() == "receiv"
            else None
        )
        if caller is not None:
            start_list = caller.end()
        prep, listed, places, list_end = self._list_after(start_list, limit)
        if caller is not None:
            prep = "with"
        if (
            listed
            and text.startswith(" of ", trigger.end)
            and (of := _OF_BODY.match(text, trigger.end)) is not None
            and of.end() == listed[0].start
            and not any(self.refs.is_person(a) or self.refs.is_country(a) for r in listed for a in r.actors)
        ):
            # "before chairing the sixth meeting of the High-Level Strategic Cooperation
            # Council": the body whose meeting ("session") it is names it; the subject takes part.
            listed = []
        if (
            kind == "host"
            and prep == "by"
            and _EVENT_NOUN_BEFORE.search(text, max(sentence.start, trigger.start - 30), trigger.start)
        ):
            # "a regional summit hosted by Ruto", "talks in Ankara hosted by Erdogan": the
            # participle describes the event; the meeting noun's own mention takes the host.
            return []
        third_party: list[Ref] = []
        after = max(list_end, trigger.end)
        if (
            trigger.noun
            and kind in {"talks", "meet", "summit"}
            and "ed by" in self._status_text[after : after + 60]
        ):
            mediated = _MEDIATED_AFTER.match(text, after, limit)
            if mediated is not None:
                # "talks in Ankara on Wednesday mediated (hosted) by Erdogan": the third party.
                _, by, _, _ = self._list_after(mediated.end(), limit)
                third = [r for r in by if all(self.refs.is_person(a) for a in r.actors)]
                if third and mediated.group("verb").casefold().startswith("host"):
                    host = third[0].actors[0] if third[0].actors else None
                third_party = third
        if kind == "callon" and (
            not listed
            or not all(self.refs.is_person(a) for r in listed for a in r.actors)
            or _CALL_ON_APPEAL.match(text, list_end, sentence.end)
            or _CALL_ON_APPEAL_LATER.match(text, list_end, min(sentence.end, list_end + _APPEAL_REACH))
        ):
            return []  # "called on countries to ...", "called on Putin to end the war"
        # References that stand after the trigger as its objects ("with A", "by A", "visiting A").
        objects = list(listed)
        if kind == "visit":
            word = text[trigger.start : trigger.end].casefold()
            if prep == "by":
                visitors = listed
                prep2, listed, places, list_end = self._list_after(list_end, limit)
                objects.extend(listed)
                if prep2 not in {"to", None}:
                    listed, places = [], []
            elif (
                word == "visiting"
                and listed
                and all(self.refs.is_person(a) or self.refs.is_group(a) for r in listed for a in r.actors)
                and (
                    not _AUXILIARY_BEFORE.search(text, max(sentence.start, trigger.start - 12), trigger.start)
                    # "Sharif called on visiting Saudi Foreign Minister Faisal": a courtesy call
                    # on the visitor ("on visiting Japan" alone is a time, the trip's).
                    or _CALLED_ON_BEFORE.search(text, max(sentence.start, trigger.start - 16), trigger.start)
                )
            ):
                # "assured visiting Australian Foreign Minister Marise Payne": the visitor
                # is listed, the subject is the host.
                visitors = listed
                listed, places = [], []
                subject = self._subject(sentence, trigger.start, used)
                host = next((a for r in subject for a in r.actors if self.refs.is_person(a)), None)
            elif prep not in {None, "to"}:
                listed, places = [], []
            if not visitors and not subject:
                visitors = [trigger.possessor] if trigger.possessor is not None else []
                if not visitors and not (
                    trigger.definite
                    and trigger.noun
                    and not _VISIT_DOER.search(text, max(sentence.start, trigger.start - 40), trigger.start)
                ):
                    # "Mao Ning said the visit had positive outcomes": the subject of a verb
                    # that only speaks of the visit did not make it; "paid the visit" did.
                    visitors = self._subject(sentence, trigger.start, used)
            subject = [*subject, *visitors]
        else:
            if trigger.noun and prep not in {"with", "between", "among", "alongside"}:
                listed, places = [], []
            if kind == "host" and not any(
                self.refs.is_person(a) or self.refs.is_group(a) for r in listed for a in r.actors
            ):
                return []
            if prep == "between":
                subject = []
                if trigger.noun and _MEDIATOR_VERB_BEFORE.search(
                    text, max(sentence.start, trigger.start - 30), trigger.start
                ):
                    # "Erdogan hosted (mediated, brokered) talks between Abiy and Mohamud": the
                    # third party at the table is a participant too (a trilateral meeting).
                    subject = [
                        r
                        for r in self._subject(sentence, trigger.start, used)
                        if all(self.refs.is_person(a) for a in r.actors)
                    ]
                    host = next((a for r in subject for a in r.actors), None)
            elif trigger.possessor is not None:
                subject = [trigger.possessor]
            elif (
                trigger.noun
                and not listed
                and (
                    text.startswith(("by", "over"), trigger.start)
                    or _IN_THE_COURSE.search(text, sentence.start, trigger.start)
                )
            ):
                # "Erdogan told Kristersson in a phone call": both sides of the clause.
                subject = self._clause_parties(sentence, trigger.start, used)
                sides = {self.refs.code(a) for r in subject for a in r.actors}
                if kind in {"phone", "video"} and len(sides) < 2:  # noqa: PLR2004 - two sides make a call
                    # "Erdogan discussed the war with Putin in a phone call (by phone)".
                    subject = [*subject, *self._discussed_with(sentence, trigger.start, used)]
            elif not trigger.noun or listed or self._governed(sentence, trigger):
                subject = self._subject(sentence, trigger.start, used)
            if not subject and not listed and trigger.noun and not trigger.definite:
                # "After talks in Ankara, Erdogan and Scholz told reporters ...".
                subject = self._subject_after_opening(sentence, trigger)
            elif not subject and listed and trigger.noun:
                # "At a meeting with Store on Tuesday, Ruto asked for ...": the other side is
                # the subject of the main clause.
                subject = self._subject_after_opening(sentence, trigger)
            if (
                kind == "host"
                and prep == "by"
                and _PASSIVE_AUX.search(text, max(sentence.start, trigger.start - 24), trigger.start)
            ):
                # "Cho was later received by President Prabowo": the one after "by" receives.
                host = next((a for r in listed for a in r.actors if self.refs.is_person(a)), None)
            elif kind == "host" and subject:
                host = next((a for r in subject for a in r.actors if self.refs.is_person(a)), None)
        if (
            kind == "meet"
            and not trigger.noun
            and not listed
            and "who" in self._status_text[max(sentence.start, trigger.start - 40) : trigger.start]
            and _WHO_LAST_BEFORE.search(text, max(sentence.start, trigger.start - 40), trigger.start)
            and not self.refs.places_in(trigger.end, _comma_or(text, trigger.end, sentence.end))
        ):
            # "The two men, who last met in person in March, spoke for about an hour": an aside
            # on the pair of the meeting reported, no meeting of its own (and no place, length
            # or date of it to take). One told with its place ("who last met in Caracas in
            # April") is a past meeting the story reports.
            return []
        if kind in {"meet", "host", "clash", "encounter"} and not trigger.noun and not listed:
            # "meet" with nothing after it must have a plural or coordinated subject.
            sides = {self.refs.code(a) for r in subject for a in r.actors}
            if len(sides) < 2:  # noqa: PLR2004 - two sides make a meeting
                return []
        if trigger.noun and not listed and subject:
            # "Rubio underscored ..., spokesperson Tammy Bruce said after the meeting", "He
            # (the spokesperson) did not comment on the visit": who reports or comments on a
            # meeting did not take part in it.
            subject = [r for r in subject if not self._commentators(r)]
        region_start = min([r.start for r in subject] + [trigger.start])
        # A trip is multilateral when its clause says so ("travel to Canada ... for meetings
        # with G7 foreign ministers").
        region_end = limit if kind == "visit" else max(list_end, trigger.end)
        if self._multilateral(sentence, region_start, region_end, trigger):
            return []

        actors: list[str] = []
        for ref in [*subject, *listed, *third_party]:
            for actor in ref.actors:
                if actor not in actors:
                    actors.append(actor)
        pending: list[str] = []
        place_ids: list[str] = []
        if kind == "visit":
            # Countries and places visited stand for a counterpart named later.
            kept: list[str] = []
            for actor in actors:
                if any(actor in r.actors for r in listed) and self.refs.is_country(actor):
                    code = self.refs.code(actor)
                    if code not in pending:
                        pending.append(code)
                else:
                    kept.append(actor)
            actors = kept
            for _, _, place_id in places:
                place = self.refs.places[place_id]
                place_ids.append(place_id)
                if place.country is not None and place.country not in pending:
                    pending.append(place.country)
            visitor_codes = {self.refs.code(a) for r in visitors for a in r.actors}
            pending = [c for c in pending if c not in visitor_codes]
            inviter = self._inviter(list_end, sentence.end)
            if inviter is not None and self.refs.code(inviter) not in visitor_codes:
                # "will visit the United States at the invitation of President Joe Biden".
                if inviter not in actors:
                    actors.append(inviter)
                pending = [c for c in pending if c != self.refs.code(inviter)]
                host = inviter
        bare = (
            not actors
            and trigger.noun
            and not trigger.definite
            and trigger.possessor is None
            and not _OWN_PARTIES.match(text, trigger.end, sentence.end)
        )
        if not actors and not trigger.definite and not bare:
            return []
        if (
            not actors
            and trigger.kind == "summit"
            and self._sidelines_summit is not None
            and self._sidelines_summit <= trigger.start
        ):
            # "met Pezeshkian on the sidelines of the ... summit in Baku. ... The summit ends on
            # Friday": the gathering the meeting was held beside, not a meeting.
            return []
        # What this trigger lists after it is its own: a later trigger does not take it as a
        # subject. Its own subject stays free ("X will visit Y to meet Z": X meets Z too).
        used.update((r.start, r.end) for r in objects)
        word = text[trigger.start : trigger.end].casefold()
        if word in _GENERIC_PLURALS and not listed and not places and trigger.possessor is None:
            return []  # "agreed to resume regular visits": visits in general, not one meeting
        if (
            word in _GENERIC_PLURALS
            and listed
            and not any(self.refs.is_person(a) for r in listed for a in r.actors)
            and _THE_BEFORE.search(text, max(sentence.start, trigger.start - 30), trigger.start)
        ):
            # "the projects agreed upon at the tripartite summits with Egypt": a series held
            # with a country, not one meeting of the subject's.
            return []
        if not listed and _OF_OTHERS_AFTER.match(text, trigger.end, sentence.end):
            # "agreed to launch an annual meeting of defense ministers": a meeting of other
            # people (unnamed), not of the subject ("meeting of" is a noun, whatever the
            # trigger reader took "an annual meeting" for).
            return []
        status = self._status(sentence, trigger)
        evidence = self._strip(sentence)
        base = _Mention(
            sentence=index,
            evidence=evidence,
            trigger=Span(start=trigger.start, end=trigger.end),
            medium=trigger.medium,
            status=status,
            actors=actors,
            pending=pending,
            host=host,
            definite=trigger.definite and not listed,
            separate=trigger.separate,
            counted=trigger.counted,
            bare=bare,
            remote=kind == "callback",
            later=kind in {"meet", "host", "talks"}
            and not trigger.noun
            and self._may_be_later(sentence)
            and (
                _LATER.search(text, max(sentence.start, trigger.start - 20), trigger.start) is not None
                or _LATER_OPENING.match(text, sentence.start, trigger.start) is not None
            ),
            also=kind in {"meet", "talks"}
            and not trigger.noun
            and text.endswith(("also ", "also\u00a0"), max(sentence.start, trigger.start - 5), trigger.start),
            topics=self._topics_after(list_end, limit) if listed else [],
            list_end=max(list_end, trigger.end) if listed else trigger.end,
        )
        if (
            kind == "visit"
            and _BEFORE_RIGHT_BEFORE.search(text, max(sentence.start, trigger.start - 8), trigger.start)
            and _MET_EARLIER.search(text, sentence.start, trigger.start)
        ):
            # "will meet Bessent before flying to New York for meetings at the UN": the trip
            # after the meeting is a leg of its own, not where the meeting is.
            base.separate = True
        each = self._each_side(trigger, prep, subject, listed)
        if each:
            # "held bilateral meetings with Oli and the Kuwaiti crown prince": two meetings.
            return [attrs.evolve(base, actors=actors_of) for actors_of in each]
        if kind == "visit" and len(pending) > 1 and not any(self._counterpart(a, actors) for a in actors):
            # "visit India and the Philippines": one trip, one meeting per country.
            out: list[_Mention] = []
            for code in pending:
                mention = attrs.evolve(base, actors=list(actors), pending=[code])
                mention.place = next(
                    (p for p in place_ids if self.refs.places[p].country == code),
                    None,
                ) or self._country_place(code, listed)
                out.append(mention)
            return out
        if place_ids:
            base.place = place_ids[0]
        elif len(pending) == 1:
            base.place = self._country_place(pending[0], listed)
        return [base]

    def _joint(self, index: int, sentence: Span, folded: str) -> list[tuple[_Trigger, _Mention]]:
        """
        Pairs acting together in *sentence*: "Macron and Lula agreed on Thursday to ...".

        A coordinated (or plural) subject of two sides or more, with a person among them,
        right before a joint-action verb. Such a pair is a meeting's participants only once
        a meeting naming nobody is mentioned next to it (see `_fits`).
        """
        text = self.text
        found: list[tuple[_Trigger, _Mention]] = []
        used: set[tuple[int, int]] = set()
        for match in self.refs.scan(_JOINT_KEYED).matches(sentence.start, sentence.end, folded):
            start, end = match.span()
            lo = max(sentence.start, start - 40)
            if self.refs.in_quote(start) or (
                self._may(lo, start, _NEGATION_WORDS) and _NEGATION.search(text, lo, start)
            ):
                continue
            subject = self._subject(sentence, start, used)
            if not subject or not _JOINT_GAP.fullmatch(text, subject[-1].end, start):
                continue
            actors: list[str] = []
            for ref in subject:
                actors.extend(a for a in ref.actors if a not in actors)
            if len(self._sides(actors)) < 2 or not any(self.refs.is_person(a) for a in actors):  # noqa: PLR2004
                continue
            used.update((r.start, r.end) for r in subject)
            trigger = _Trigger(
                kind="joint",
                start=start,
                end=end,
                medium=_MEDIUM_UNKNOWN,
                noun=False,
                definite=False,
                separate=False,
                possessor=None,
            )
            status = self._status(sentence, trigger)
            if (
                status is not _STATUS_CANCELLED
                and match.group().casefold().endswith("ed")
                and not _PASSIVE_BEFORE.search(text, max(sentence.start, start - 12), start)
            ):
                # "agreed", "signed", "announced a plan": done, so the meeting was held,
                # whatever the object plans ("are to be signed" is still ahead).
                status = _STATUS_HELD
            mention = _Mention(
                sentence=index,
                evidence=self._strip(sentence),
                trigger=Span(start=start, end=end),
                medium=_MEDIUM_UNKNOWN,
                status=status,
                actors=actors,
                pending=[],
                joint=True,
                list_end=end,
                together=(
                    match.group()[:4].casefold() == "sign"
                    and _SIGNED_INSTRUMENT.match(text, end, sentence.end) is not None
                )
                or self._acted_at(end, sentence),
            )
            found.append((trigger, mention))
        return found

    def _acted_at(self, verb_end: int, sentence: Span) -> bool:
        """
        Whether the joint verb ending at *verb_end* is placed ("agreed in Hanoi on Tuesday").

        "signed the deal at La Moneda palace" is placed too. The place must follow the verb
        itself (a day may come between) or be introduced by "at"; "discussed a ceasefire in
        Ukraine" names where the ceasefire is, not where the pair acted.
        """
        text = self.text
        for start, _, _ in self.refs.places_in(verb_end, min(sentence.end, verb_end + 90)):
            gap = text[verb_end:start]
            if _RIGHT_AFTER_VERB.fullmatch(gap) or _AT_PLACE.search(gap):
                return True
        return False

    def _inviter(self, start: int, end: int) -> str | None:
        """The person a visit is made at the invitation of, named right after the phrase."""
        match = _AT_INVITATION.search(self.text, start, end)
        if match is None:
            return None
        for ref in self.refs.refs(match.end(), min(end, match.end() + 80), anaphors=False):
            if ref.kind is _MENTION_DEMONYM:
                continue
            if not self._gap_ok(self.text[match.end() : ref.start], listing=False):
                return None
            return next((a for a in ref.actors if self.refs.is_person(a)), None)
        return None

    def _country_place(self, code: str, listed: list[Ref]) -> str | None:
        """
        The place of a visited country ("visit India and the Philippines").

        The entity stage makes a country a place when a locative word comes right before it;
        the second country of a list has none, so its place is made here.
        """
        for place in self.refs.places.values():
            if place.kind is _PLACE_COUNTRY and place.country == code:
                return place.id
        for ref in listed:
            for actor_id in ref.actors:
                actor = self.refs.actors[actor_id]
                if self.refs.is_country(actor_id) and actor.country == code:
                    place = Place(
                        id=self.doc.new_id(f"{actor.name} place"),
                        name=actor.name,
                        country=code,
                        kind=_PLACE_COUNTRY,
                        mentions=(Span(start=ref.start, end=ref.end),),
                    )
                    self.doc.places.append(place)
                    self.refs.places[place.id] = place
                    return place.id
        return None

    def _clause_parties(self, sentence: Span, position: int, used: set[tuple[int, int]]) -> list[Ref]:
        """The subject and object of the clause before *position* (not objects of prepositions)."""
        lo = self._clause_start(sentence, position)
        refs = _outermost([r for r in self.refs.refs(lo, position) if r.kind is not _MENTION_DEMONYM])
        return [
            r
            for r in refs
            if (r.start, r.end) not in used
            and not r.possessive
            and not _PREPOSITION_BEFORE.search(self.text, max(lo, r.start - 12), r.start)
        ]

    def _subject_after_opening(self, sentence: Span, trigger: _Trigger) -> list[Ref]:
        """The subject after an opening phrase holding the trigger ("After talks in Ankara, X and Y ...")."""
        text = self.text
        comma = text.find(",", trigger.end, sentence.end)
        if comma == -1 or _OPENING.match(text, sentence.start, trigger.start) is None:
            return []
        if self.refs.refs(sentence.start, trigger.start, anaphors=False):
            return []
        refs = _outermost(
            [r for r in self.refs.refs(comma + 1, sentence.end) if r.kind is not _MENTION_DEMONYM]
        )
        chosen: list[Ref] = []
        end = comma + 1
        for ref in refs:
            gap = text[end : ref.start]
            if chosen and not _COORDINATION.fullmatch(gap):
                break
            if not chosen and gap.strip():
                break  # the clause does not start with a name
            chosen.append(ref)
            end = ref.end
        return chosen

    def _topics_after(self, position: int, limit: int) -> list[str]:
        """Topics right after the participants: "talks with Lavrov on energy and defense"."""
        skipped = _MEDIUM_AND_DAY.match(self.text, position, limit)
        if skipped is not None and skipped.end() > position:
            # "spoke with Macron by phone earlier this month about the Sahel".
            position = skipped.end()
        match = _TOPIC_AFTER.match(self.text, position, limit)
        if match is None or _NOT_TOPIC.match(self.text, match.end(), limit):
            return []
        return _split_topics(_topic_phrase(self.text, match.end(), limit))

    def _counterpart(self, actor: str, actors: list[str]) -> bool:
        """Whether *actor* is from another side than the first actor (someone already met)."""
        return bool(actors) and self.refs.code(actor) != self.refs.code(actors[0])

    def _commentators(self, ref: Ref) -> bool:
        """Whether *ref* names only people titled as spokespeople or commentators."""
        actors = [self.refs.actors.get(a) for a in ref.actors]
        return bool(actors) and all(isinstance(a, Person) and commentator_roles(a.roles) for a in actors)

    def _governed(self, sentence: Span, trigger: _Trigger) -> bool:
        """Whether a verb governs the noun trigger ("MBS held a separate meeting")."""
        lo = max(sentence.start, trigger.start - 45)
        return _GOVERNING.search(self.text, lo, trigger.start) is not None

    def _multilateral(self, sentence: Span, start: int, end: int, trigger: _Trigger) -> bool:
        text = self.text
        lo = max(sentence.start, min(start, trigger.start - 30))
        hi = min(sentence.end, max(end, trigger.end + 40))
        before = self._status_text[max(sentence.start, trigger.start - 40) : trigger.start]
        if (
            trigger.noun
            and ("global" in before or "international" in before or "world" in before or "multinat" in before)
            and _GATHERING_BEFORE.search(text, max(sentence.start, trigger.start - 40), trigger.start)
        ):
            return True  # "next month's global climate talks": a gathering of many countries
        if not _holds(text[lo:hi], _MULTILATERAL_WORDS):
            return False  # `_MULTILATERAL` is searched only where one of its words is
        for match in _MULTILATERAL.finditer(text, lo, hi):
            if _SIDELINES.search(text, max(sentence.start, match.start() - 30), match.start()):
                continue
            return True
        return False

    def _status(self, sentence: Span, trigger: _Trigger) -> MeetingStatus:
        text = self.text
        word = text[trigger.start : trigger.end]
        if _SELF_HELD.match(word):
            base = _STATUS_HELD
        elif _SELF_PLANNED.match(word):
            base = _STATUS_PLANNED
        else:
            base = _STATUS_UNKNOWN
        lo = self._clause_start(sentence, trigger.start)
        if (
            base is _STATUS_UNKNOWN
            and not trigger.noun
            and _AGREED_KEYS.search(self._status_text, max(lo, trigger.start - 120), trigger.start)
            and _AGREED_TO.search(text, max(lo, trigger.start - 120), trigger.start)
        ):
            # "agreed to reopen talks ... and to meet again in February": a meeting they
            # agreed (decided, pledged) to hold is ahead, whatever tense the clause is in.
            return _STATUS_PLANNED
        if (
            base is _STATUS_UNKNOWN
            and trigger.noun
            and _AGREED_KEYS.search(self._status_text, max(lo, trigger.start - 140), trigger.start)
            and _AGREED_TO_HOLD.search(text, max(lo, trigger.start - 140), trigger.start)
        ):
            return _STATUS_PLANNED
        if (
            base is _STATUS_UNKNOWN
            and trigger.noun
            and _IN_THE_COURSE.search(text, max(lo, trigger.start - 30), trigger.start)
            and _CLAUSE_PAST.search(text, lo, trigger.start)
        ):
            # "Biden told Netanyahu in a call that he would ...": the call is the event of a
            # clause in the past, whatever the clause reports about the future.
            base = _STATUS_HELD
        if (
            base is _STATUS_UNKNOWN
            and trigger.noun
            and lo == sentence.start
            and _OPENING_DURING.match(text, lo, trigger.start)
        ):
            comma = text.find(",", trigger.end, min(sentence.end, trigger.end + 80))
            past = _MAIN_PAST.match(text, comma + 1, sentence.end) if comma != -1 else None
            if past is not None:
                # "During their roughly 70-minute meeting at the prime minister's office,
                # Takaichi said ...": the meeting is the setting of a main clause in the past.
                base = _STATUS_HELD
        window = self._status_text[max(lo, trigger.start - 25) : trigger.start] if trigger.noun else ""
        if (
            base is _STATUS_UNKNOWN
            and ("ahead" in window or "run-up" in window or "preparation" in window)
            and _AHEAD_OF_BEFORE.search(text, max(lo, trigger.start - 25), trigger.start)
        ):
            # "arrived on Wednesday ahead of talks with Store on Thursday": the talks were
            # still to come when he arrived; whether they are by the time of the report, the
            # date says (`_meeting`).
            return _STATUS_UNKNOWN
        # "A planned meeting between A and B was cancelled": the clause says it, wherever.
        stop = self._clause_stop_after(trigger.end, sentence.end)
        if (
            trigger.noun
            and self._status_text.startswith("that ", stop)
            and stop - trigger.end < _RELATIVE_REACH
            and "," not in text[trigger.end : stop]
        ):
            # "A visit by Sheinbaum that had been planned for December was called off": the
            # relative clause describes the visit; the verb of its own clause comes after it.
            stop = self._clause_stop_after(stop + 5, sentence.end)
        if self._may(lo, stop, _CANCELLED_WORDS) and self._cancelled.search(self._status_text, lo, stop):
            return _STATUS_CANCELLED
        hi = min(sentence.end, trigger.end + 30)
        best: tuple[int, MeetingStatus] | None = None
        for match in self._status_cue.finditer(self._status_text, lo, hi):
            if match.start() >= trigger.start and match.end() <= trigger.end:
                continue
            status = _STATUS_OF_GROUP[match.lastgroup or "unknown"]
            if status is _STATUS_CANCELLED:
                return status
            distance = (
                trigger.start - match.end() if match.end() <= trigger.start else match.start() - trigger.end
            )
            # Cues after the trigger count only if close ("talks ended", "held on Tuesday").
            if match.start() >= trigger.end:
                distance += 15
            if best is None or distance < best[0]:
                best = (distance, status)
        if base is not _STATUS_UNKNOWN and (best is None or best[1] is not _STATUS_PLANNED):
            return base
        if best is not None and (base is _STATUS_UNKNOWN or best[0] < 25):  # noqa: PLR2004
            return best[1]
        return base

    @staticmethod
    def _strip_span(text: str, start: int, end: int) -> Span:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(start=start, end=end)

    def _strip(self, sentence: Span) -> Span:
        # Every mention of a sentence takes the same evidence span: made once (spans are frozen).
        key = (sentence.start, sentence.end)
        stripped = self._stripped.get(key)
        if stripped is None:
            text, start, end = self.text, sentence.start, sentence.end
            if start == end or not (text[start].isspace() or text[end - 1].isspace()):
                stripped = sentence  # nothing to strip: the sentence's own span, not an equal new one
            else:
                stripped = self._strip_span(text, start, end)
            self._stripped[key] = stripped
        return stripped

    # ---- dates, places, durations

    def _dates_in(self, sentence: Span) -> list[TimeExpression]:
        """
        The time expressions of *sentence* (cached per sentence).

        The search starts at the previous sentence, so that "earlier in the day" takes the
        day named just before it ("Later on Monday, ... MBS held a separate meeting ...
        earlier in the day"), and keeps only the expressions inside *sentence*. Only
        sentences that mention a meeting or an outcome are searched.
        """
        key = (sentence.start, sentence.end)
        cached = self._dates.get(key)
        if cached is None:
            start = sentence.start
            if self._day_word_in(sentence) and self._day_anaphor.search(
                self._status_text, sentence.start, sentence.end
            ):
                i = bisect.bisect_left(self._sentence_starts, sentence.start)
                if 0 < i <= len(self._sentence_starts):
                    start = min(self._sentence_starts[i - 1], sentence.start)
            # Resolved looking back; `_redirect` turns a planned meeting's date around. Giving
            # the direction saves `find_dates` inferring the tense of every expression.
            found = find_dates_folded(
                self.text,
                self.refs.folded,
                sentence if start == sentence.start else Span(start=start, end=sentence.end),
                self.doc.anchor,
                _DIRECTION_PAST,
            )
            cached = [
                d
                for d in found
                if d.mention is not None
                and d.mention.start >= sentence.start
                # "TOKYO, Feb. 12 Kyodo - ...": the filing date of a dateline the article
                # stage did not split off, not the day of anything reported.
                and not (
                    d.mention.start - sentence.start < _DATELINE_REACH
                    and _DATELINE_PLACE.fullmatch(self.text, sentence.start, d.mention.start)
                )
            ]
            self._dates[key] = cached
        return cached

    def _day_word_in(self, sentence: Span) -> bool:
        """
        Whether *sentence* may hold a `_DAY_ANAPHOR` match: one of its day words is in it.

        Three sentences in four hold none, and four substring tests of the lower-cased
        sentence cost far less than the regex search of it. Without the lower-cased text the
        search decides alone.
        """
        if self.refs.folded is None:
            return True
        window = self._status_text[sentence.start : sentence.end]
        return "day" in window or "morning" in window or "evening" in window or "night" in window

    def _attach_dates(self, sentence: Span, spans: list[tuple[_Trigger, _Mention]]) -> None:
        text = self.text
        first_comma = text.find(",", sentence.start, sentence.end)
        # Each meeting mention takes the best date offered to it: each date goes to its
        # nearest trigger, and of the dates a trigger gets, the nearest wins, a date before
        # the trigger across a comma counting as farther ("since X took office in October,
        # following their first talks ... on Oct. 30": the talks were on Oct. 30).
        chosen: dict[int, tuple[int, TimeExpression, _Mention]] = {}
        # "During their meeting in Manila, ...": a trigger in an opening phrase.
        opening_phrase = first_comma != -1 and _OPENING.match(text, sentence.start, first_comma) is not None
        for expr in self._dates_in(sentence):
            mention = expr.mention
            if mention is None:
                continue
            if _reported_date(text, max(sentence.start, mention.start - 25), mention.start):
                continue  # "said Monday": when it was said, not when they met
            deadline = _DEADLINE_BEFORE.search(text, max(sentence.start, mention.start - 20), mention.start)
            since = (
                _SINCE_BEFORE.search(text, max(sentence.start, mention.start - 70), mention.start)
                if "since" in self._status_text[max(sentence.start, mention.start - 70) : mention.start]
                else None
            )
            if since is not None and not any(since.start() <= t.start < mention.start for t, _ in spans):
                continue  # "since he took office in October": when something began, not the meeting
            opening = (
                first_comma != -1
                and mention.end <= first_comma
                and not self.refs.refs(sentence.start, first_comma, anaphors=False)
            )
            # "visited Tokyo in March and met Hegseth in Washington in July": a date in the
            # conjunct before a verb trigger's "and" is that conjunct's, not the trigger's.
            earlier = any(t.kind != "joint" and t.end <= mention.start for t, _ in spans)
            open_to = [(t, m) for t, m in spans if not self._earlier_conjunct(t, mention, earlier=earlier)]
            if (
                opening_phrase
                and any(t.end <= first_comma for t, _ in open_to)
                and mention.start > first_comma
                and clause_direction(text, mention) is _DIRECTION_FUTURE
            ):
                # "During their meeting in Manila, the ministers confirmed plans for a
                # dialogue early next year": the main clause looks ahead, past the meeting.
                open_to = [(t, m) for t, m in open_to if t.end > first_comma]
            relative = (
                _RELATIVE_OPEN.search(text, max(sentence.start, mention.start - 80), mention.start)
                if "wh" in self._status_text[max(sentence.start, mention.start - 80) : mention.start]
                else None
            )
            if relative is not None:
                # "the agreement, which took effect in September, would be used ...": the
                # relative clause dates its own verb; only a trigger inside it takes the date
                # ("Lee, who arrived in Tokyo on Friday").
                close = text.find(",", mention.end, sentence.end)
                inside_end = close if close != -1 else sentence.end
                open_to = [(t, m) for t, m in open_to if relative.start() < t.start < inside_end]
                if not open_to:
                    continue
            # A date belongs to a trigger of its own clause: in "talks on Sunday and was
            # scheduled to meet Xi on Monday", Sunday is not the day of the meeting with Xi.
            own = [(t, m) for t, m in open_to if not self._clause_between(t, mention)]
            candidates = own or open_to
            if deadline is not None:
                # "pledged to finish the pipeline by 2027 after talks in Kampala": a deadline
                # dates only the talks it follows ("will begin talks by the end of July").
                candidates = [(t, m) for t, m in candidates if t.end <= mention.start]
            if text.startswith(("'s", "\u2019s"), mention.end):
                # "pledged to defend the pact ahead of next year's review, after talks ...": a
                # possessive date is the day of the noun it possesses, so only a trigger that
                # is that noun takes it ("Tuesday's talks", "last week's closed-door meeting").
                candidates = [
                    (t, m) for t, m in candidates if _POSSESSED.fullmatch(text, mention.end, t.start)
                ]
            if _BEFORE_LEG.match(text, mention.end, sentence.end):
                # "to meet Bessent on Wednesday before flying to New York": the meeting's day,
                # not the later trip's.
                candidates = [(t, m) for t, m in candidates if t.end <= mention.start] or candidates
            found = self._nearest(
                candidates, mention.start, mention.end, limit=None if opening else _ATTACH_WINDOW
            )
            if _JOINT_VERB_BEFORE.search(text, max(sentence.start, mention.start - 14), mention.start):
                # "A and B agreed Saturday to ..., during their second meeting": the day of the
                # joint act is that of the meeting it was done in, however long the clause.
                during = [
                    (t, m)
                    for t, m in candidates
                    if t.noun
                    and t.start > mention.end
                    and _IN_THE_COURSE.search(text, max(sentence.start, t.start - 30), t.start)
                ]
                found = self._nearest(during, mention.start, mention.end, limit=None) or found
            if found is None:
                continue
            distance, trigger, best = found
            if not opening and mention.end <= trigger.start and "," in text[mention.end : trigger.start]:
                distance += _ACROSS_COMMA
                # "to visit Vietnam in early May, after meeting Trump": a trigger before the
                # date in its own clause is nearer than one past the comma.
                before = self._nearest(
                    [(t, m) for t, m in candidates if t.end <= mention.start],
                    mention.start,
                    mention.end,
                    limit=_ATTACH_WINDOW,
                )
                if before is not None and before[0] < distance:
                    distance, trigger, best = before
            if best.date is not None:
                continue
            known = chosen.get(id(best))
            if known is None or distance < known[0]:
                chosen[id(best)] = (distance, expr, best)
        for _, expr, best in chosen.values():
            # One trip to two countries: both meetings take the trip's date.
            for _, other in spans:
                if other.trigger == best.trigger:
                    other.date = self._redirect(expr, other.status)

    def _earlier_conjunct(self, trigger: _Trigger, where: Span, *, earlier: bool) -> bool:
        """
        Whether *where*, before *trigger*, is outside the trigger's phrase.

        It is when the trigger is a verb opening a new conjunct ("in March and met"), or,
        when a meeting is reported *earlier* in the sentence, a noun after a time
        preposition ("spoke by phone on Tuesday ahead of the summit": the summit is what
        the call is placed by in time, not an event of that day). A joint act reports
        no meeting of its own: "signed a pact on Monday following talks" dates the talks.
        """
        if where.end > trigger.start:
            return False
        lo = max(where.end, trigger.start - 40)
        if trigger.noun:
            if not earlier:
                return False
            return _TIME_PREPOSITION_BEFORE.search(self.text, lo, trigger.start) is not None
        return _CONJUNCT_BEFORE.search(self.text, lo, trigger.start) is not None

    def _clause_between(self, trigger: _Trigger, where: Span) -> bool:
        """Whether a new clause ("; ...", "and was scheduled ...", "but ...") separates the two."""
        lo, hi = (trigger.end, where.start) if trigger.end <= where.start else (where.end, trigger.start)
        return lo < hi and _NEW_CLAUSE.search(self.text, lo, hi) is not None

    def _redirect(self, expr: TimeExpression, status: MeetingStatus) -> TimeExpression:
        """Resolve the expression again when the meeting's status contradicts its direction."""
        anchor = self.doc.anchor
        if anchor is None or expr.start is None or expr.mention is None or expr.end is None:
            return expr
        if status is _STATUS_PLANNED:
            direction = _DIRECTION_FUTURE
        elif status is _STATUS_HELD:
            direction = _DIRECTION_PAST
        else:
            direction = clause_direction(self.text, expr.mention)
        if direction is _DIRECTION_PAST:
            return expr  # found looking back already

        # A little context around the words: the date finder reads "in February", not "February".
        where = Span(start=max(0, expr.mention.start - 20), end=min(len(self.text), expr.mention.end + 20))
        for again in find_dates_folded(self.text, self.refs.folded, where, anchor, direction):
            if again.mention == expr.mention:
                return again
        return expr

    @staticmethod
    def _nearest(
        spans: list[tuple[_Trigger, _Mention]], start: int, end: int, limit: int | None
    ) -> tuple[int, _Trigger, _Mention] | None:
        """The trigger nearest ``[start, end)`` (within *limit* characters), its distance and mention."""
        best: tuple[int, _Trigger, _Mention] | None = None
        for trigger, mention in spans:
            if end <= trigger.start:
                distance = trigger.start - end
            elif start >= trigger.end:
                distance = start - trigger.end
            else:
                distance = 0
            if limit is not None and distance > limit:
                continue
            if best is None or distance < best[0]:
                best = (distance, trigger, mention)
        return best

    def _attach_places(self, sentence: Span, spans: list[tuple[_Trigger, _Mention]]) -> None:
        text = self.text
        for start, end, place_id in self.refs.places_in(sentence.start, sentence.end):
            if self.refs.in_quote(start):
                continue
            lo = max(sentence.start, start - 45)
            before = text[lo:start]
            nearest = None
            spaced = " " + before[-7:]
            if spaced[-4:] in {" in ", " at "} or spaced[-8:] in {" in the ", " at the "}:
                # "held talks with Tamim in Doha on his first visit to the Gulf state": a place
                # after "in" completes the trigger before it, not the one it precedes.
                nearest = self._nearest(
                    [(t, m) for t, m in spans if t.end <= start], start, end, limit=_ATTACH_WINDOW
                )
            nearest = nearest or self._nearest(spans, start, end, limit=_ATTACH_WINDOW)
            if nearest is None:
                continue
            _, trigger, best = nearest
            right_before = end <= trigger.start and not text[end : trigger.start].strip(" ")
            right_before = right_before or (
                end <= trigger.start and self._gap_ok(text[end : trigger.start], listing=False)
            )
            to_place = trigger.kind in {"host", "visit"} and _TO_PLACE.search(before) is not None
            # Before the trigger, only where someone went: "travelled to Rabat for a state
            # visit", not "agreed to extend the rail line to Marrakesh, during a state visit".
            went = (
                to_place
                and start < trigger.end
                and _MOTION_TO.search(text, max(sentence.start, start - 80), start) is not None
            )
            after_in = (
                _PLACE_CONTEXT.search(before)
                or (to_place and (start >= trigger.end or went))
                # "met Saturday on the Simon Bolivar International Bridge", "aboard the ship".
                or (self.refs.places[place_id].kind is _PLACE_VENUE and _ON_VENUE.search(before) is not None)
            )
            if not (right_before or after_in):
                continue
            if _PLACE_AS_MODIFIER.match(text[end : end + 12]):
                continue  # "in U.S.-Colombia relations": a modifier, not where they met
            if before.endswith("this ") and _SETTLEMENT_AFTER.match(text, end):
                # "met Friday in this Amazon border town": the town the story is filed
                # from (the dateline's), which the region only describes.
                continue
            if self._may(lo, start, _EVENT_WORDS) and _EVENT_IN_PLACE.search(before):
                continue  # "since the war in Ukraine began": where the war is, not the meeting
            if (
                start >= trigger.end
                and any(w in self._status_text[trigger.end : start] for w in _SUBJECT_BETWEEN_WORDS)
                and _SUBJECT_BETWEEN.search(text, trigger.end, start)
                and not _ARRIVED_IN.search(before)
            ):
                continue  # "a video call to discuss security in the South China Sea": the subject's place
            # Measured from the end of the list, whose appositions may hold commas.
            follows_from = best.list_end if trigger.end <= best.list_end <= start else trigger.end
            if start >= trigger.end and not self._place_follows(follows_from, start):
                continue  # ", an island nation that sits ... in the Indian Ocean": another clause
            if after_in and end <= trigger.start and not right_before and not went:
                # "On Thursday in Washington, ...": only an opening phrase may come first.
                comma = text.find(",", sentence.start, sentence.end)
                if comma == -1 or end > comma or self._speaker_place(end, trigger.start, best.actors):
                    continue
            # A trip's destination stays its place, unless the text is more precise inside
            # the same country ("visit to Saudi Arabia ... in Jeddah").
            if (
                best.pending
                and best.place is not None
                and self.refs.places[best.place].country != self.refs.places[place_id].country
            ):
                continue
            best.place = self._better_place(best.place, place_id)
            for other_trigger, other in spans:
                if other_trigger is trigger and other.place is None and not other.pending:
                    # "held bilateral meetings in New York with A and B": each one is there.
                    other.place = best.place

    def _attach_seats(self, sentence: Span, spans: list[tuple[_Trigger, _Mention]]) -> None:
        """
        Place a meeting held at a government seat in its country's capital.

        "Rubio met Payne on Thursday at the State Department": the department is an
        organization, not a place, but as a venue it is in Washington (so are the Pentagon
        in news usage, a foreign ministry, a defence ministry).
        """
        text = self.text
        at = text.find(" at the ", sentence.start, sentence.end)
        while at != -1:
            start = at + 8
            for ref in self.refs.refs(at + 4, min(sentence.end, start + 60), anaphors=False):
                if ref.start > start and not _CAPITALIZED_WORDS.fullmatch(text, start, ref.start):
                    break  # "at the Chinese Foreign Ministry" goes on; "at the time, ..." not
                actor = self.refs.actors[ref.actors[0]] if len(ref.actors) == 1 else None
                if (
                    not isinstance(actor, Organization)
                    or actor.country is None
                    or not _SEAT_OF_GOVERNMENT.search(actor.name)
                ):
                    continue
                self._attach_capital(spans, at, ref.end, actor.country)
            at = text.find(" at the ", start, sentence.end)

    def _attach_capitals(self, sentence: Span, spans: list[tuple[_Trigger, _Mention]]) -> None:
        """
        Place a meeting "in the Kenyan capital" in Nairobi.

        Wire copy names the city by its country's adjective ("met in the Egyptian capital on
        Monday", "in the Kenyan capital, Nairobi"); the demonym is a mention of the country.
        """
        text = self.text
        at = text.find(" the ", sentence.start, sentence.end)
        while at != -1:
            start = at + 5
            match = _DEMONYM_CAPITAL.match(text, start, sentence.end)
            if match is not None and text[max(sentence.start, at - 3) : at] in {" in", " at"}:
                for ref in self.refs.refs(start, match.end(1), anaphors=False):
                    if ref.kind is _MENTION_DEMONYM and ref.end == match.end(1):
                        country = self.refs.actors[ref.actors[0]].country if len(ref.actors) == 1 else None
                        if country is not None:
                            self._attach_capital(spans, at - 3, match.end(), country)
                        break
            at = text.find(" the ", start, sentence.end)

    def _attach_capital(self, spans: list[tuple[_Trigger, _Mention]], at: int, end: int, code: str) -> None:
        """Give the capital of *code* to the meeting whose phrase the words at *at* complete."""
        nearest = self._nearest([(t, m) for t, m in spans if t.end <= at], at, end, limit=_ATTACH_WINDOW)
        if nearest is None or nearest[2].place is not None or nearest[2].pending:
            return
        _, trigger, mention = nearest
        follows_from = mention.list_end if trigger.end <= mention.list_end <= at else trigger.end
        if self._place_follows(follows_from, at):
            mention.place = self._capital_place(code)

    def _capital_place(self, code: str) -> str | None:
        """The capital of the country *code*, as a place (made when the text names it not)."""
        info = lexicon().countries.get(code)
        if info is None or info.capital is None:
            return None
        key = fold_name(info.capital)
        for place in self.refs.places.values():
            if place.kind is _PLACE_CITY and place.country == code and fold_name(place.name) == key:
                return place.id
        place = Place(id=self.doc.new_id(info.capital), name=info.capital, country=code, kind=_PLACE_CITY)
        self.doc.places.append(place)
        self.refs.places[place.id] = place
        return place.id

    def _speaker_place(self, end: int, start: int, actors: list[str]) -> bool:
        """
        Whether someone else's words, told between *end* and *start*, hold the trigger.

        "In Washington, State Department spokesperson Tommy Pigott said the United States
        supports the talks": the opening place is where the spokesperson spoke, not where
        the talks were held. A participant's own words keep it ("In Doha, Sheikh Mohammed
        said the talks had been frank").
        """
        if not actors and self.current is not None:
            actors = self.current.actors  # "the talks": those of the meeting reported
        if self._cued is None:
            cued = sorted((s for s in self.doc.statements if s.cue is not None), key=_cue_start)
            self._cued = ([_cue_start(s) for s in cued], cued)
        starts, statements = self._cued
        # Only cues starting in [end, start] can lie between the two offsets: a bisection, not
        # a pass over every statement of the document per trigger (quadratic on long texts).
        for index in range(bisect.bisect_left(starts, end), bisect.bisect_right(starts, start)):
            statement = statements[index]
            cue = statement.cue
            if (
                cue is not None
                and cue.end <= start
                and not set(statement.speakers) & set(actors)
                and any(c.start <= start < c.end for c in statement.content)
            ):
                return True
        return False

    def _place_follows(self, position: int, start: int) -> bool:
        """Whether the place at *start* belongs to the phrase that goes on from *position*."""
        gap = self.text[position:start]
        if _CLAUSE_STOP.search(gap):
            return False
        if "," not in gap or _CLOSING_COMMA_IN.fullmatch(gap):
            return True
        # "in Jeddah, Saudi Arabia": a place right after a comma right after another place.
        comma = position + gap.rfind(",")
        if self.text[comma + 1 : start].strip():
            return False
        return any(
            end <= comma and not self.text[end:comma].strip()
            for _, end, _ in self.refs.places_in(position, comma)
        )

    def _better_place(self, current: str | None, candidate: str) -> str:
        if current is None:
            return candidate
        a, b = self.refs.places[current], self.refs.places[candidate]
        return candidate if _PLACE_RANK[b.kind] < _PLACE_RANK[a.kind] else current

    def _attach_durations(self, sentence: Span, spans: list[tuple[_Trigger, _Mention]]) -> None:
        durations = find_durations_folded(self.text, self.refs.folded, sentence)
        if len(durations) > 1:
            # "The meeting, which had been scheduled for 30 minutes, ran for nearly an hour":
            # the length planned is not the length it ran.
            durations = [
                d
                for d in durations
                if d.mention is None
                or not _PLANNED_LENGTH.search(
                    self.text, max(sentence.start, d.mention.start - 24), d.mention.start
                )
            ]
        for duration in durations:
            if duration.mention is None:
                continue
            # Measured from the end of the participants listed after the trigger: "met with
            # Ukraine's delegation headed by Defense Minister Rustem Umerov for 12 hours".
            listed = [
                (attrs.evolve(t, end=max(t.end, m.list_end)) if m.list_end > t.end else t, m)
                for t, m in spans
            ]
            nearest = self._nearest(listed, duration.mention.start, duration.mention.end, limit=60)
            best = nearest[2] if nearest is not None else None
            if best is not None and not _may_last(best.medium, duration):
                # "spoke by phone with Trump, who agreed to delay tariffs for 90 days": the
                # length of what was agreed, not of the call.
                continue
            if best is not None and best.duration is None:
                for _, other in spans:
                    if other.trigger == best.trigger:
                        other.duration = duration

    # ---- merging

    def _sides(self, actors: Iterable[str], pending: Iterable[str] = ()) -> set[str]:
        return {self.refs.code(a) for a in actors} | set(pending)

    def _compatible(self, cluster: _Cluster, mention: _Mention, *, trip: bool = False) -> bool:
        """
        Whether *mention* may report the same meeting as *cluster* (medium, status, date, place).

        With *trip*, the cluster is a visit being given its counterpart: a trip lasts days,
        so its status and date may differ from those of the meeting during it.
        """
        if (
            _MEDIUM_UNKNOWN not in {cluster.medium, mention.medium}
            and cluster.medium is not mention.medium
            and not self._talks_of_call(cluster, mention)
        ):
            return False
        both = {cluster.status, mention.status}
        if not trip and {_STATUS_HELD, _STATUS_PLANNED} <= both:
            if not mention.definite:
                return False  # one meeting is not both held and still to come
            if cluster.status is _STATUS_HELD and _PLANNED_BEFORE.search(
                self.text, max(0, mention.trigger.start - 12), mention.trigger.start
            ):
                return False  # "Suga's expected visit": not the meeting he has held
        if (
            not trip
            and not mention.definite
            and mention.status is _STATUS_CANCELLED
            and cluster.status is _STATUS_HELD
            and not cluster.cancelled
        ):
            # "They met on Tuesday. ... A planned visit by Rubio to Lobito has been postponed":
            # a meeting called off is not the one held (an indefinite one is another meeting).
            return False
        if not trip and cluster.status is _STATUS_CANCELLED and mention.status is _STATUS_HELD:
            # "... was called off in October. ... Washington had been briefed on the talks":
            # talks held are not the visit called off.
            return False
        if (
            not trip
            and mention.definite
            and cluster.status is _STATUS_PLANNED
            and mention.status is _STATUS_HELD
            and _DONE_AFTER.match(self.text, mention.trigger.end)
        ):
            # "The talks lasted around eight hours": a meeting over, not the one announced
            # for later ("will begin technical talks by the end of February").
            return False
        if trip and cluster.date is not None and mention.date is not None:
            a, b = cluster.date.start, mention.date.start
            if a is not None and b is not None and abs((a - b).days) > _TRIP_DAYS:
                return False
        elif (
            cluster.date is not None
            and mention.date is not None
            and not _same_date(cluster.date, mention.date)
        ):
            # "Tuesday's talks" may have been resolved the other way round from "talks Tuesday".
            weekday = cluster.date.weekday
            if not (mention.definite and weekday is not None and weekday is mention.date.weekday):
                return False
        if cluster.places and mention.place is not None:
            new = self.refs.places[mention.place]
            old = [self.refs.places[p] for p in cluster.places]
            # A venue of no known country ("Admiralty House") may lie in any of them.
            if new.country is not None and all(
                p.id != new.id and p.country is not None and p.country != new.country for p in old
            ):
                return False
        return True

    def _talks_of_call(self, cluster: _Cluster, mention: _Mention) -> bool:
        """
        Whether *mention* is "the talks" referring back to the call just reported.

        "Lula received a phone call from Tinubu on Monday. The talks went on for more than an
        hour": a bare definite "talks" or "discussions" names nobody new and no place, so it
        is the call, unless the text says it was in person ("face-to-face talks").
        """
        if (
            cluster is not self.current
            or cluster.medium not in {_MEDIUM_PHONE, _MEDIUM_VIDEO}
            or mention.medium is not _MEDIUM_IN_PERSON
            or not mention.definite
            or mention.place is not None
            or not set(mention.actors) <= set(cluster.actors)
        ):
            return False
        text = self.text
        start, end = mention.trigger.start, mention.trigger.end
        return _TALKS_NOUN.fullmatch(text, start, end) is not None and not _IN_PERSON_BEFORE.search(
            text, max(0, start - 20), start
        )

    def _merge(self, mention: _Mention) -> _Cluster | None:
        recent = self.clusters[-_RECENT:]
        if mention.date is not None and mention.date.start is None and mention.date.weekday is None:
            # "Araghchi met the crown prince on Sunday. He also held talks with Prince Faisal
            # earlier in the day": the day of the meeting just reported (a meeting, not the
            # arrival for it reported since).
            reported = next(
                (
                    c
                    for c in reversed(self.clusters[-_RECENT:])
                    if c.date is not None and _one_day(c.date) and len(self._sides(c.actors)) >= 2  # noqa: PLR2004
                ),
                None,
            )
            if reported is not None and reported.date is not None:
                mention.date = place_anaphor(mention.date, reported.date)
        if mention.joint:
            # "The two presidents agreed ..." after "their first call since Lula's visit in
            # February": the act is the reported meeting's, not the recalled one's.
            current = self.current
            return self._merge_joint(mention, [c for c in recent if not c.recalled or c is current])
        current = self.current
        if (
            mention.counted
            and current is not None
            and self._compatible(current, mention)
            and self._fits(current, mention)
        ):
            self._absorb(current, mention)
            return current
        if not mention.separate:
            # 1. A visit's destination country gets its person ("visit India" + "Modi").
            upgraded = self._upgrade(mention, recent)
            if upgraded is not None:
                return upgraded
            # 2. The same meeting again, or part of it; a meeting only recalled ("since Lula's
            # visit in February") only when no meeting reported fits.
            recalled: _Cluster | None = None
            for cluster in reversed(recent):
                if (
                    self._compatible(cluster, mention) or self._trip_to_meeting(cluster, mention)
                ) and self._fits(cluster, mention):
                    if self._someone_else(cluster, mention):
                        continue
                    if cluster.recalled and cluster is not self.current:
                        recalled = recalled or cluster
                        continue
                    self._absorb(cluster, mention)
                    return cluster
            if recalled is not None:
                self._absorb(recalled, mention)
                return recalled
        if mention.definite and not mention.actors:
            return None  # "the meeting" with nothing to refer to
        if not mention.actors:
            return None
        previous = self.current
        if (
            mention.later
            and mention.date is None
            and mention.status is _STATUS_HELD
            and previous is not None
            and previous.status is _STATUS_HELD
            and previous.date is not None
            and _one_day(previous.date)
            and set(mention.actors) & set(previous.actors)
        ):
            # "Blinken met Wang on Friday ... Blinken later met Xi": the same day, after it.
            mention.date = previous.date
        if (
            mention.date is None
            and previous is not None
            and previous.date is not None
            and _one_day(previous.date)
            and mention.status is not _STATUS_PLANNED
            and _AROUND_THE_TALKS.match(self.text, mention.evidence.start)
        ):
            # "Prior to the talks, Madbouly met with Li Qiang": the day of the talks just
            # reported (not the arrival told later).
            mention.date = previous.date
        cluster = _Cluster(
            actors=[],
            pending=[],
            medium=mention.medium,
            status=mention.status,
            first=mention.sentence,
            last=mention.sentence,
        )
        if (
            mention.later
            and previous is not None
            and previous.status is _STATUS_HELD
            and mention.status is _STATUS_HELD
            and set(mention.actors) & set(previous.actors)
        ):
            cluster.follows = previous
        cluster.also = mention.also
        self._absorb(cluster, mention)
        self.clusters.append(cluster)
        return cluster

    def _trip_to_meeting(self, cluster: _Cluster, mention: _Mention) -> bool:
        """
        Whether *mention* is the trip of one side to the other's country, for *cluster*'s meeting.

        "Ishiba and Lee agreed Saturday ... during their meeting. Lee, who arrived in Tokyo on
        Friday for a two-day visit, ...": the trip lasts days, so its day may differ from the
        meeting's (the meeting keeps its own day).
        """
        return (
            # Only a trip told in passing: a trip told in its own clause, or before another
            # meeting, may be the one later meetings happen on.
            mention.passing
            and cluster.date is not None
            and len(self._sides(cluster.actors)) >= 2  # noqa: PLR2004 - a meeting
            and self._sides(mention.actors, mention.pending) <= self._sides(cluster.actors)
            and self._compatible(cluster, mention, trip=True)
        )

    def _merge_joint(self, mention: _Mention, recent: list[_Cluster]) -> _Cluster | None:
        """Keep a joint pair for a meeting mentioned later, unless its meeting is known already."""
        if not mention.separate:
            # "Macron arrived in Brazil ... The two leaders agreed": the host joins the visit.
            upgraded = self._upgrade(mention, recent)
            if upgraded is not None:
                return upgraded
        sides = self._sides(mention.actors)
        for cluster in reversed(recent):
            if sides <= self._sides(cluster.actors, cluster.pending) and self._compatible(cluster, mention):
                if not cluster.joint:
                    return None  # "X met Y. X and Y agreed ...": the meeting is reported already
                self._absorb(cluster, mention)
                return cluster
        cluster = _Cluster(
            actors=[],
            pending=[],
            medium=mention.medium,
            status=mention.status,
            first=mention.sentence,
            last=mention.sentence,
            joint=True,
        )
        self._absorb(cluster, mention)
        self.clusters.append(cluster)
        return cluster

    def _may_be_later(self, sentence: Span) -> bool:
        """Whether *sentence* holds a word of `_LATER` (a substring test on the folded text)."""
        if self.refs.folded is None:
            return True  # no folded text to test: let the regex decide
        folded = self.refs.folded[sentence.start : sentence.end]
        return "later" in folded or "then" in folded or "afterward" in folded or "subsequent" in folded

    def _someone_else(self, cluster: _Cluster, mention: _Mention) -> bool:
        """
        Whether *mention* is a new meeting with someone else of a side the cluster has met.

        "Blinken met Wang Yi on Friday. Blinken later met President Xi Jinping": a verb
        meeting a new person of a side whose person is in the meeting already, with "later"
        ("then", "afterwards") before it, is the next meeting, not more of the first. So is one
        with "also" ("Dar and Wang agreed ... Dar also met Vice President Han Zheng"): a
        meeting besides the one reported, on no day of its own.
        """
        if not (mention.later or mention.also):
            return False
        new = [a for a in mention.actors if a not in cluster.actors and self.refs.is_person(a)]
        if not new:
            return False
        met = {self.refs.code(a) for a in cluster.actors if self.refs.is_person(a)}
        return any(self.refs.code(a) in met for a in new)

    def _fits(self, cluster: _Cluster, mention: _Mention) -> bool:
        """Whether *mention* may be (part of) *cluster*."""
        if (
            mention.remote
            and cluster.medium not in {_MEDIUM_PHONE, _MEDIUM_VIDEO}
            and not (
                # "Ruto met Merz in Berlin. Their conversation went on for three hours": a
                # conversation may be the meeting being reported, if it names no one else.
                cluster is self.current
                and self.text[mention.trigger.start : mention.trigger.end].casefold() == "conversation"
                and set(mention.actors) <= set(cluster.actors)
            )
        ):
            return False  # "the call" is no meeting in person
        if not mention.actors:
            anchor = self.doc.anchor
            if (
                anchor is not None
                and cluster.date is not None
                and cluster.date.start is not None
                and cluster.date.start > _as_date(anchor)
                and _DONE_AFTER.match(self.text, mention.trigger.end)
            ):
                # "They agreed to hold the next session in Paris in 2027. The meeting, which
                # lasted more than an hour, ...": a meeting over is none still to come.
                return False
            if cluster.joint:
                # "Macron and Lula agreed ... after a meeting of about 90 minutes": the pair
                # acting together in this sentence or the one before held the meeting.
                return mention.sentence - cluster.last <= 1
            if self.text.endswith(("its ", "its\u00a0"), 0, mention.trigger.start):
                # "ECOWAS is expected to endorse the project at its summit": a body's own
                # gathering, not the sides' meeting reported.
                return False
            # "The meeting lasted nearly two hours": the meeting last mentioned, if any.
            return mention.definite and cluster is self.current
        shared = set(mention.actors) & set(cluster.actors)
        sides = self._sides(cluster.actors, cluster.pending)
        new_sides = self._sides(mention.actors, mention.pending)
        if not shared:
            # A pure back reference whose sides are the cluster's ("Ukraine" for its officials).
            if mention.definite and cluster is self.current and new_sides <= sides:
                return True
            # "Talks between U.S. and Ukrainian delegations ended Monday. The U.S. team, led
            # by A, met with Ukraine's delegation": the people of the sides named so far only
            # as delegations.
            return (
                cluster is self.current
                and new_sides == sides
                and not any(self.refs.is_person(a) for a in cluster.actors)
            )
        if new_sides <= sides:
            return not self._another_counterpart(cluster, mention)
        # The cluster so far names one side only (and no destination): the mention completes it.
        return (
            not cluster.pending
            and len(self._sides(cluster.actors)) < 2  # noqa: PLR2004 - two sides make a meeting
            and set(cluster.actors) <= set(mention.actors)
        )

    def _another_counterpart(self, cluster: _Cluster, mention: _Mention) -> bool:
        """
        Whether *mention* meets someone else of a side the cluster has met already.

        "Blinken met Wang Yi ... Blinken met President Xi Jinping": a second meeting verb
        that names, for the same country, only a person the first meeting did not have is a
        second meeting. A mention that also names the earlier person ("Xi and Wang received
        Blinken"), or names nobody new, is the same one.
        """
        if mention.definite or mention.joint or mention.bare or mention.remote:
            return False
        refs = self.refs
        new = [a for a in mention.actors if a not in cluster.actors and refs.is_person(a)]
        if not new:
            return False
        for actor in new:
            code = refs.code(actor)
            met = [a for a in cluster.actors if refs.is_person(a) and refs.code(a) == code]
            if not met or any(a in mention.actors for a in met):
                return False
        return True

    def _upgrade(self, mention: _Mention, recent: list[_Cluster]) -> _Cluster | None:
        """Give visited countries their people: returns the last cluster upgraded, if any."""
        absorbed: set[str] = set()
        last: _Cluster | None = None
        for cluster in recent:
            if not cluster.pending or not self._compatible(cluster, mention, trip=True):
                continue
            if cluster.status is _STATUS_PLANNED and mention.status is _STATUS_HELD:
                # "He will travel to China early next year. ... they had agreed in June to resume
                # talks": what was done is no meeting of the trip still to come.
                continue
            if not set(mention.actors) & set(cluster.actors):
                continue
            for code in list(cluster.pending):
                people = [
                    a
                    for a in mention.actors
                    if self.refs.code(a) == code and a not in cluster.actors and not self.refs.is_country(a)
                ]
                if not people and len(cluster.pending) == 1:
                    # "visit Washington ... to meet President Joe Biden": whoever is met on a
                    # trip to one country, with no country of their own given, is its host.
                    people = [
                        a
                        for a in mention.actors
                        if self.refs.is_person(a)
                        and self.refs.actors[a].country is None
                        and a not in cluster.actors
                    ]
                if not people:
                    continue
                # "met Foreign Minister Hakan Fidan and intelligence chief Ibrahim Kalin": a
                # person of no known country listed with the visited side's is on that side.
                people += [
                    a
                    for a in mention.actors
                    if self.refs.is_person(a)
                    and self.refs.actors[a].country is None
                    and a not in cluster.actors
                    and a not in people
                    and not any(a in c.actors for c in recent if c is not cluster)
                ]
                cluster.pending.remove(code)
                for person in people:
                    cluster.actors.append(person)
                    absorbed.add(person)
                # The meeting is what the mention says (the trip may be under way, the
                # meeting ahead), and the visited side hosts it.
                if mention.status is not _STATUS_UNKNOWN:
                    cluster.status = mention.status
                if mention.date is not None:
                    cluster.date = mention.date
                if cluster.host is None:
                    cluster.host = people[0]
                self._absorb(cluster, mention, actors=False)
                last = cluster
        if last is None:
            return None
        rest = [a for a in mention.actors if a not in absorbed]
        known = {self.refs.code(a) for a in last.actors} | set(last.pending)
        if any(self.refs.code(a) not in known for a in rest):
            return None  # someone else is named too: let the normal merge decide
        return last

    def _absorb(self, cluster: _Cluster, mention: _Mention, *, actors: bool = True) -> None:
        if not mention.joint:
            cluster.joint = False
        cluster.together = cluster.together or mention.together
        if actors:
            for actor in mention.actors:
                if actor not in cluster.actors:
                    cluster.actors.append(actor)
            have = self._sides(cluster.actors)
            for code in mention.pending:
                if code not in cluster.pending and code not in have:
                    cluster.pending.append(code)
        if cluster.medium is _MEDIUM_UNKNOWN:
            cluster.medium = mention.medium
        if mention.status is _STATUS_CANCELLED and not (
            cluster.status is _STATUS_HELD and self._put_off_before(mention)
        ):
            cluster.cancelled = True
        if cluster.status is _STATUS_UNKNOWN:
            cluster.status = mention.status
        if cluster.host is None and mention.host is not None:
            cluster.host = mention.host
        if mention.place is not None and mention.place not in cluster.places:
            cluster.places.append(mention.place)
        if cluster.date is None and mention.date is not None:
            cluster.date = mention.date
        elif (
            cluster.date is not None
            and mention.date is not None
            and not _one_day(cluster.date)
            and _one_day(mention.date)
            and _same_date(cluster.date, mention.date)
        ):
            # "scheduled for next week ... set to meet on Dec. 4": the day within the range.
            cluster.date = mention.date
        if mention.duration is not None and (
            cluster.duration is None or mention.duration.seconds < cluster.duration.seconds
        ):
            # The meeting lasts the shorter: "a two-day visit" holds "seven hours of talks".
            cluster.duration = mention.duration
        for topic in mention.topics:
            _add_topic(cluster, topic)
        if mention.evidence not in cluster.evidence_seen:
            cluster.evidence_seen.add(mention.evidence)
            cluster.evidence.append(mention.evidence)
        if mention.sentence not in cluster.sentences_seen:
            cluster.sentences_seen.add(mention.sentence)
            cluster.sentences.append(mention.sentence)
        cluster.last = max(cluster.last, mention.sentence)
        cluster.triggers.append(mention.trigger.start)

    # ---- delegations and topics

    def _delegation(self, sentence: Span, folded: str, touched: list[_Cluster]) -> None:
        """
        Add the members a delegation sentence lists ("The Ukrainian delegation includes A; B").

        Each delegation phrase of the sentence lists its own members, up to the next one: "The
        U.S. team, led by A and B, met with Ukraine's delegation headed by C".
        """
        if "delegation" not in folded and " side" not in folded and " team" not in folded:
            return
        if not _LISTING_VERB_KEYS.search(folded):
            return  # no verb that lists members: the regex would find nothing
        matches = list(_DELEGATION.finditer(self.text, sentence.start, sentence.end))
        previous = sentence.start
        for n, match in enumerate(matches):
            limit = matches[n + 1].start() if n + 1 < len(matches) else sentence.end
            self._delegation_members(sentence, previous, match, limit, touched)
            previous = match.end()

    def _delegation_members(
        self, sentence: Span, lo: int, match: re.Match[str], limit: int, touched: list[_Cluster]
    ) -> None:
        """Add the members listed after one delegation phrase (*match*) up to *limit*."""
        members = [
            a
            for r in self.refs.refs(match.end(), limit)
            if not r.possessive and r.kind is _MENTION_NAME
            for a in r.actors
            if self.refs.is_person(a)
        ]
        if not members:
            return
        codes = [c for c in (self.refs.actors[a].country for a in members) if c is not None]
        # The side is named right before the phrase's verb: the last country or group there.
        head = [
            a
            for r in self.refs.refs(lo, match.end())
            for a in r.actors
            if not self.refs.is_person(a) and self.refs.actors[a].country is not None
        ]
        code = (
            self.refs.actors[head[-1]].country if head else (max(codes, key=codes.count) if codes else None)
        )
        if code is None:
            return
        candidates = [c for c in self.clusters[-_RECENT:] if code in self._sides(c.actors, c.pending)]
        # The meeting the sentence itself reports, else the one whose group is the delegation
        # already at the table ("talks with Ukrainian officials").
        candidates.sort(
            key=lambda c: (
                c in touched,
                any(self.refs.is_group(a) and self.refs.code(a) == code for a in c.actors),
                c.last,
            )
        )
        for member in members:
            if self.refs.actors[member].country is None:
                self.refs.sides.setdefault(member, code)  # who leads or sits in a side is on it
        for cluster in reversed(candidates):
            for member in members:
                if member not in cluster.actors and self.refs.actors[member].country in {code, None}:
                    cluster.actors.append(member)
            if code in cluster.pending and code in self._sides(cluster.actors):
                cluster.pending.remove(code)
            evidence = self._strip(sentence)
            if evidence not in cluster.evidence_seen:
                cluster.evidence_seen.add(evidence)
                cluster.evidence.append(evidence)
            return

    def _spoke_for(self, sentence: Span, folded: str) -> None:
        """
        A length the sides talked for: "The two leaders spoke for about 90 minutes".

        The verb is no meeting word, so the sentence names no meeting; its plural subject
        ("the two leaders", "they", both sides by name) is the meeting last reported.
        """
        if not any(word in folded for word in _TALKED_KEYS):
            return
        text = self.text
        match = _TALKED_FOR.search(text, sentence.start, sentence.end)
        if match is None or self.refs.in_quote(match.start()):
            return
        cluster = self._both_sides(sentence, match.start())
        if cluster is None or cluster.duration is not None:
            return
        window = Span(start=match.end(), end=min(sentence.end, match.end() + 60))
        duration = next(iter(find_durations_folded(text, self.refs.folded, window)), None)
        if duration is not None and duration.mention is not None and duration.mention.start == match.end():
            cluster.duration = duration

    def _session_length(self, sentence: Span) -> None:
        """
        A length given to "the session" that opens a sentence: "The session ran for four hours".

        "Session" is no meeting word (a parliament or a summit has sessions too), so only a
        sentence that starts with it and names no one else refers back to the meeting reported,
        and only to one held.
        """
        cluster = self.current
        if cluster is None or cluster.status is not _STATUS_HELD:
            return
        text = self.text
        match = _SESSION_LASTED.match(text, sentence.start, sentence.end)
        if match is None:
            return
        met = set(cluster.actors)
        if any(not set(r.actors) <= met for r in self.refs.refs(sentence.start, match.end())):
            return  # "Their" may be the sides; a session of anyone else is not the meeting
        window = Span(start=match.end(), end=min(sentence.end, match.end() + 60))
        duration = next(iter(find_durations_folded(text, self.refs.folded, window)), None)
        if (
            duration is not None
            and duration.mention is not None
            and duration.mention.start == match.end()
            and _may_last(cluster.medium, duration)
            # The meeting lasts the shorter: "a five-day visit" holds a four-hour session.
            and (cluster.duration is None or duration.seconds < cluster.duration.seconds)
        ):
            cluster.duration = duration

    def _agenda(self, sentence: Span, touched: list[_Cluster], *, main: bool, issues: bool) -> None:
        """
        A topic named before its cue: "with illegal migration expected to top the agenda".

        Called only for sentences holding "agenda" or "dominat", the words of nearly every
        such cue ("top the agenda", "high on the agenda", "dominate the talks"), with *main*
        (search `_AGENDA`), or "issue", "topic" or "subject", with *issues* (`_AGENDA_ISSUES`).

        The topic runs back from the cue to "with", a comma or the start of the sentence;
        a person there ("Trump, who is expected to dominate the summit") is no topic.
        """
        text = self.text
        match = _AGENDA.search(text, sentence.start, sentence.end) if main else None
        if match is None and issues:
            match = _AGENDA_ISSUES.search(text, sentence.start, sentence.end)
        if match is None or self.refs.in_quote(match.start()):
            return
        cluster = touched[-1] if touched else self.current
        if cluster is None:
            return
        for reach in (_AGENDA_REACH, _LISTED_AGENDA_REACH):
            # "..., smuggling of subsidised goods and the proposed rail link between Padang Besar
            # and Hat Yai were also raised": a long last item may need the wider reach.
            lo = max(sentence.start, match.start() - reach)
            head = text[lo : match.start()]
            cut = max(head.rfind(","), head.rfind(";"))
            # The last "with " that starts a word ("with migration expected to ..."), not "forthwith".
            with_at = head.lower().rfind("with ")
            if with_at != -1 and (with_at == 0 or not head[with_at - 1].isalnum()):
                cut = max(cut, with_at + len("with"))
            if cut != -1 or lo == sentence.start:
                break
        else:
            return  # no start found within reach
        start = lo + cut + 1
        topics = self._topics_before(start, match.start())
        if not topics and cut != -1 and text[lo + cut] == "," and not text[start : match.start()].strip():
            # "Energy security, including the TurkStream pipeline and gas exports, was one of
            # the main issues": the comma closes an aside of examples; the subject is before it.
            aside = max(
                text.rfind(", including ", sentence.start, lo + cut),
                text.rfind(", such as ", sentence.start, lo + cut),
            )
            if aside != -1:
                opener = _LIST_OPENER.match(text, sentence.start, aside)
                topics = self._topics_before(opener.end() if opener is not None else sentence.start, lo + cut)
        if (
            cut != -1
            and text[lo + cut] == ","
            and " and " in text[start : match.start()]
            and match.start() - sentence.start <= _LISTED_AGENDA_REACH
        ):
            # "During the meeting, the fight against the PKK, water sharing, and the Development
            # Road project were on the agenda": the comma only closed an item before the last;
            # the list runs back to the start of the sentence, less an opening phrase. Without
            # a serial comma ("Trade, migration and security were ...") only short items do.
            # An item that is a clause ("..., which have doubled since 2022, and ...") is none.
            # "met on Monday, with a swap line, lithium and China among the subjects discussed":
            # "with" opens the list.
            opener = _LIST_OPENER.match(text, sentence.start, match.start())
            begin = opener.end() if opener is not None else sentence.start
            with_at = text.rfind(" with ", begin, lo + cut)
            if with_at != -1:
                begin = with_at + len(" with ")
            items = text[begin : lo + cut].split(",")
            relative = [k for k, item in enumerate(items) if k and item.startswith((" which ", " who "))]
            if relative and text.startswith(" and ", start):
                # "Bilateral trade, which reached $6.4 billion last year, and the target of $10
                # billion were also among the issues": a relative clause after an item is no
                # item; the items around it are.
                bounds: list[tuple[int, int]] = []
                at = begin
                for item in items:
                    bounds.append((at, at + len(item)))
                    at += len(item) + 1
                plain = [bounds[k] for k in range(len(items)) if k not in relative]
                if not any(
                    _WH_WORD.match(text[a:b].strip()) or _CLAUSE_VERB.search(text, a, b) for a, b in plain
                ):
                    listed = [t for a, b in plain for t in self._topics_before(a, b)] + topics
                    if len(listed) > len(topics):
                        topics = listed
            elif not any(_WH_WORD.match(item.strip()) or _CLAUSE_VERB.search(item) for item in items) and (
                text.startswith(" and ", start)
                or with_at != -1
                or all(len(item.split()) <= _SHORT_LIST_ITEM for item in items)
            ):
                listed = self._topics_before(begin, match.start())
                if len(listed) > len(topics):
                    topics = listed
        for topic in topics:
            _add_topic(cluster, topic)

    def _fronted_topic(self, sentence: Span) -> None:
        """
        A topic fronted before the sides: "Regarding trade, the two sides are negotiating ...".

        Only when the main clause's subject stands for the sides together, so that what they
        do with it is about their meeting ("Regarding cocoa, Forson told reporters ..." is one
        side's remark).
        """
        match = _FRONTED_TOPIC.match(self.text, sentence.start, sentence.end)
        if match is None or self.refs.in_quote(match.start(1)):
            return
        cluster = self._topic_owner(sentence, match.end())
        if cluster is None:
            return
        for topic in _split_topics(match.group(1)):
            _add_topic(cluster, topic)

    def _topics_before(self, start: int, end: int) -> list[str]:
        """The topics of ``text[start:end]``, the subject of an `_AGENDA` verb at *end*."""
        text = self.text
        if any(
            self.refs.is_person(a)
            for r in self.refs.refs(start, end)
            # "the target set by the two presidents were also among the issues": the agent of
            # a participle inside an item is no person as the subject.
            if not text.startswith("by ", r.start - 3)
            for a in r.actors
        ):
            return []
        phrase = _AGENDA_AUX.sub("", self.text[start:end]).strip()
        said = _SAID_THEN.match(phrase)
        if said is not None:
            phrase = phrase[said.end() :]  # "X, who ..., said trade and migration were on the agenda"
        if _WH_WORD.match(phrase):
            return []
        return _split_topics(phrase)

    def _both_sides(self, sentence: Span, position: int) -> _Cluster | None:
        """The current meeting, when the subject before *position* stands for its sides together."""
        cluster = self.current
        if cluster is None:
            return None
        lo = self._clause_start(sentence, position)
        if _BOTH_SIDES.search(self.text, lo, position):
            return cluster
        actors = {a for r in self.refs.refs(lo, position) for a in r.actors}
        if len(self._sides(actors)) >= 2 and actors <= set(cluster.actors):  # noqa: PLR2004
            return cluster
        return None

    def _topics(
        self, sentence: Span, folded: str, touched: list[_Cluster], acting: Sequence[_Cluster] = ()
    ) -> None:
        text = self.text
        owner: _Cluster | None = None  # the meeting of the sentence's last cue
        # Without a topic word in the sentence there is no cue; the "peace talks" rule below
        # needs "talks" or "negotiations", topic words too.
        for match in self.refs.scan(_TOPIC_KEYED).matches(sentence.start, sentence.end, folded):
            if self.refs.in_quote(match.start()):
                continue
            if _TOPIC_NEGATED.search(text, max(sentence.start, match.start() - 20), match.start()):
                continue
            window = folded[max(0, match.start() - sentence.start - 60) : match.start() - sentence.start]
            if "whether" in window and _LEFT_OPEN.search(window):
                # "She did not say whether the two had discussed the Dokdo islets", "declined to
                # say whether they discussed tariffs": left open, not a topic reported. ("Asked
                # whether they discussed X, Lula said only ..." puts X to a participant.)
                continue
            head = match.end()
            day = _DAY_THEN_OBJECT.match(text, head, sentence.end) if match.group()[-3:-1] == "ed" else None
            if day is not None:
                head = day.end()  # "discussed on Sunday the corridor": the object follows the day
            elif _NOT_TOPIC.match(text, head, sentence.end):
                continue  # "a phone call on Sunday": a day, not a topic
            if _BE_BEFORE.search(text, max(sentence.start, match.start() - 14), match.start()):
                continue  # "X was also discussed": the topic comes before (`_agenda`)
            if match.group("focus") and not _WITH_A_BEFORE.search(
                text, max(sentence.start, match.start() - 30), match.start()
            ):
                continue  # "focus on" is a topic cue only in "with a (special) focus on"
            if match.group().casefold().startswith("addressed") and self._audience(match.end(), sentence.end):
                continue  # "addressed the Corporate Council on Africa": an audience, not a topic
            if match.group("participle") and not _AFTER_COMMA.search(text, sentence.start, match.start()):
                continue  # "..., covering trade": only a participle after the meeting's clause
            if touched:
                last = touched[-1]
                before = self._before
                cluster: _Cluster | None = last
                if (
                    last.status is _STATUS_PLANNED
                    and before is not None
                    and before.status is _STATUS_HELD
                    and _PAST_CUE.match(match.group())
                    and set(last.actors) <= set(before.actors)
                ):
                    # "The two leaders discussed trade and agreed to meet again": what they
                    # discussed is the meeting held, not the one agreed on.
                    cluster = before
                else:
                    # "The two ministers discussed the agenda for Sunday's talks, ...": the
                    # subject is the sides of the meeting reported, not of the talks named.
                    cluster = self._said_by(last, sentence, match.start()) or last
            elif match.group()[:5].casefold() in {"spoke", "speak"}:
                # "The two leaders spoke about X": both sides speaking together; one person
                # speaking about something ("Ruto spoke about the economy") need not be the talks.
                cluster = self._both_sides(sentence, match.start())
            else:
                # "Topics ranged from ...": the past tense is the verb's, after the noun.
                past = bool(_PAST_CUE.match(match.group()) or match.group("ranged"))
                cluster = self._topic_owner(sentence, match.start(), past=past)
            if cluster is None and owner is not None and match.group().casefold().startswith("discussing"):
                # "They reviewed relations while discussing Gaza": the participle's subject
                # is the clause's, whose cue found the meeting already.
                cluster = owner
            if cluster is None and acting:
                cluster = acting[-1]
            if cluster is None:
                continue
            owner = cluster
            quoted = _QUOTED_THEN_LIST.match(text, head, sentence.end)
            if quoted is not None:
                # 'discussed "areas of cooperation as well as areas of difference," including
                # counternarcotics and Taiwan': the quote is a formula; the list names the topics.
                head = quoted.end()
                phrase = _topic_phrase(text, head, sentence.end)
            else:
                phrase = _quoted_topic_phrase(text, head, sentence.end)
            if match.group("ranged"):
                phrase = _range_ends(phrase)
            second = _SECOND_TOPIC_VERB.search(phrase)
            if second is not None:
                # "reviewed the strategic partnership and explored opportunities to expand
                # cooperation in trade": two objects of two verbs, read as two lists.
                phrase = f"{phrase[: second.start()]}, {phrase[second.end() :]}"
            owners = [cluster]
            if _TRIP_CUE.match(match.group()):
                # "Suga's expected visit is aimed at boosting cooperation": what the trip is
                # for is what each of its meetings is about.
                owners += self._legs(cluster)
            for topic in _split_topics(phrase):
                for leg in owners:
                    _add_topic(leg, topic)
        if touched and ("talks" in folded or "negotiations" in folded):
            for match in _TALKS_TOPIC.finditer(text, self._talks_from(sentence, folded), sentence.end):
                owner = touched[-1] if touched else None
                if _TIME_PREPOSITION_BEFORE.search(
                    text, max(sentence.start, match.start() - 40), match.start()
                ):
                    continue  # "sought common ground ahead of climate talks": other talks, later
                if owner is not None and not self.refs.in_quote(match.start()):
                    _add_topic(owner, match.group(1).casefold())

    def _talks_from(self, sentence: Span, folded: str) -> int:
        """
        Where the first `_TALKS_TOPIC` match of *sentence* can start at the earliest.

        Every match ends in "talks" or "negotiations" after white space and one topic word
        (`_LONGEST_TALKS_TOPIC` letters at most): the search starts there instead of at the
        start of the sentence, when the lower-cased sentence keeps the text's offsets.
        """
        if self.refs.folded is None:
            return sentence.start
        found = [at for word in ("talks", "negotiations") if (at := folded.find(word)) >= 0]
        at = sentence.start + min(found)
        text = self.text
        while at > sentence.start and text[at - 1].isspace():
            at -= 1
        return max(sentence.start, at - _LONGEST_TALKS_TOPIC)

    def _audience(self, head: int, limit: int) -> bool:
        """Whether what "addressed" takes at *head* is an audience: people, a gathering, a body."""
        if _AUDIENCE.match(self.text, head, limit):
            return True
        first = next(iter(self.refs.refs(head, min(limit, head + 80), anaphors=False)), None)
        return (
            first is not None
            and not self.text[head : first.start].strip(" ").casefold().strip("the ")
            and not first.possessive
            and bool(first.actors)
            and all(self.refs.is_organization(a) or self.refs.is_group(a) for a in first.actors)
            and _AUDIENCE_END.match(self.text, first.end, limit) is not None
        )

    def _said_by(self, last: _Cluster, sentence: Span, position: int) -> _Cluster | None:
        """
        The latest meeting whose sides the clause before *position* names, if not *last*'s.

        Its subject must name two sides or more, all people of that meeting.
        """
        lo = self._clause_start(sentence, position)
        subject = {a for r in self.refs.refs(lo, position) for a in r.actors}
        if len(self._sides(subject)) < 2 or subject <= set(last.actors):  # noqa: PLR2004
            return None
        return next((c for c in reversed(self.clusters[-_RECENT:]) if subject <= set(c.actors)), None)

    def _legs(self, cluster: _Cluster) -> list[_Cluster]:
        """The other meetings of *cluster*'s trip: same status and date, and its first participant."""
        if cluster.date is None or not cluster.actors:
            return []
        traveller = cluster.actors[0]
        return [
            other
            for other in self.clusters[-_RECENT:]
            if other is not cluster
            and other.status is cluster.status
            and traveller in other.actors
            and other.date is not None
            and other.date.text == cluster.date.text
        ]

    def _topic_owner(self, sentence: Span, position: int, *, past: bool = False) -> _Cluster | None:
        """
        The meeting a topic sentence without a trigger is about: the current one, if the subject fits.

        With *past* (the cue says the talk happened: "discussed"), a planned meeting of the
        sides of one held just before is not it: "Erdogan said Turkey and Egypt would hold a
        council meeting every year. The leaders also discussed Sudan" is about the talks held.
        """
        cluster = self.current
        if cluster is None:
            return None
        if past and (
            cluster.status is _STATUS_PLANNED
            # "The two sides also reviewed preparations for Modi's visit to Japan ... The
            # ministers discussed X": a one-sided trip of unknown status is not what was discussed.
            or (cluster.status is _STATUS_UNKNOWN and len(self._sides(cluster.actors)) < 2)  # noqa: PLR2004
        ):
            sides = self._sides(cluster.actors, cluster.pending)
            cluster = next(
                (
                    c
                    for c in reversed(self.clusters[-_RECENT:])
                    if c.status is _STATUS_HELD and sides <= self._sides(c.actors)
                ),
                cluster,
            )
        lo = self._clause_start(sentence, position)
        if (
            self._may(lo, position, _BOTH_SIDES_WORDS)
            and len(self._sides(cluster.actors)) < 2  # noqa: PLR2004
            and _BOTH_SIDES.search(self.text, lo, position)
        ):
            # "X and Macron held talks during an official visit by His Highness to Paris. The
            # two leaders discussed ...": the two leaders are the sides of the talks, not of a
            # one-sided visit named after them.
            held = set(cluster.actors)
            cluster = next(
                (
                    c
                    for c in reversed(self.clusters[-_RECENT:])
                    if len(self._sides(c.actors)) >= 2 and held <= set(c.actors)  # noqa: PLR2004
                ),
                cluster,
            )
        if _TOPIC_SUBJECT.search(self.text, lo, position + 25) or _BARE_TALKS.match(
            self.text, lo, position + 20
        ):
            return cluster
        subject = [a for r in self.refs.refs(lo, position) for a in r.actors]
        if subject and set(subject) <= set(cluster.actors):
            return cluster
        if len(self._sides(subject)) >= 2:  # noqa: PLR2004 - both sides named
            # "Modi and Tinubu were expected to discuss X", after a paragraph on another
            # trip: the latest meeting of the two named.
            for other in reversed(self.clusters[-_RECENT:]):
                if set(subject) <= set(other.actors):
                    return other
        return None

    # ---- outcomes

    def _outcomes(
        self, sentences: Sequence[Span], emitted: list[_Cluster], participants: dict[int, list[str]]
    ) -> None:
        """Give each outcome reported to the emitted meeting it came out of (*participants*: by id)."""
        if not emitted:
            return
        by_first = sorted(emitted, key=lambda c: min(c.sentences))
        firsts = [min(c.sentences) for c in by_first]
        by_last = sorted(emitted, key=lambda c: max(c.sentences))
        lasts = [max(c.sentences) for c in by_last]
        seen: set[tuple[str, int, int]] = set()
        upgrades: dict[int, list[tuple[int, Outcome]]] = {}
        cues = self.refs.scan(_CUE_KEYED)
        for index, sentence in enumerate(sentences):
            if not cues.possible(sentence.start, sentence.end):
                continue  # no outcome cue can start in the sentence
            found_here = find_outcomes(self.refs, sentence)
            if not found_here:
                continue
            # Only meetings reported near the outcome can own it: a bounded window keeps
            # this linear in long inputs with many meetings.
            lo, hi = index - _OUTCOME_REACH, index + _OUTCOME_REACH
            near = by_first[bisect.bisect_left(firsts, lo) : bisect.bisect_right(firsts, hi)]
            near += [
                c
                for c in by_last[bisect.bisect_left(lasts, lo) : bisect.bisect_right(lasts, hi)]
                if c not in near
            ]
            near.sort(key=lambda c: min(c.sentences))
            deals: list[str] | None = None
            recalled = (
                _LAST_ENCOUNTER_WHEN.search(self.text, sentence.start, sentence.end)
                if " last " in self.text[sentence.start : sentence.end]
                else None
            )
            for found in found_here:
                cluster = self._outcome_owner(sentences, index, found, near, participants)
                if cluster is None or self._signed_with_another(found, cluster):
                    continue
                if (
                    recalled is not None
                    and recalled.end() <= found.cue.start
                    and index not in cluster.sentences
                ):
                    # "The leaders last spoke in June, when Trump said they had agreed to
                    # resume trade talks": an outcome of that earlier encounter (a meeting of
                    # its own when the sentence makes one), not of the meeting reported.
                    own = [c for c in near if index in c.sentences]
                    if len(own) != 1:
                        continue
                    cluster = own[0]
                people = participants[id(cluster)]
                to = None if isinstance(found.to, Party) else self._onto(found.to, people)
                if (
                    not to
                    and not isinstance(found.to, Party)
                    and found.to
                    and all(self.refs.is_person(a) for a in found.to)
                ):
                    # "Zelenskyy invited Trump to visit the front line" in a story on his talks
                    # with an envoy: addressed to someone who was not there, so no outcome of them.
                    continue
                if found.by is _PARTY_OTHERS and to:
                    # "Xi accepted an invitation": the side that did not accept invited.
                    by = [p for p in people if p not in to]
                else:
                    by = people if isinstance(found.by, Party) else self._onto(found.by, people)
                outcome = make_outcome(found, by, to, people)
                if outcome is None:
                    continue
                if (
                    outcome.kind not in {_OUTCOME_AGREEMENT, _OUTCOME_DISAGREEMENT}
                    and not isinstance(found.by, Party)
                    and all(self.refs.is_country(a) for a in found.by)
                ):
                    # "the United States said that it would resume ...": the text gives the
                    # country, not who spoke for it; the outcome is the country's.
                    outcome = attrs.evolve(outcome, by=found.by, to=self._countries_after(found, people))
                key = (found.kind.value, found.evidence.start, found.evidence.end)
                if key in seen:
                    continue
                seen.add(key)
                cluster.outcomes.append(outcome)
                if (
                    cluster.date is None or _unplaced_anaphor(cluster.date)
                ) and cluster.status is not _STATUS_PLANNED:
                    # An undated meeting happened when what came out of it was announced; so
                    # did one dated only "earlier in the day" with no day to place it on (a
                    # news conference held "earlier in the day" in an aside of a later sentence).
                    cluster.date = self._outcome_day(sentence) or cluster.date
                if deals is None:
                    # Once per sentence, not per outcome.
                    folded = self.refs.folded
                    deals = _deal_topics(
                        self.text,
                        sentence,
                        folded[sentence.start : sentence.end] if folded is not None else None,
                    )
                for topic in (*_outcome_topics(self.text, found), *deals):
                    _add_topic(cluster, topic)
                if _UPGRADE.search(self.text, found.cue.start, found.cue.end):
                    upgrades.setdefault(id(cluster), []).append((index, outcome))
        # Ties are upgraded once per meeting: a lede and the body report the same upgrade.
        # The report at or after the meeting's first mention is the one that says how.
        for cluster in emitted:
            reports = upgrades.get(id(cluster), [])
            if len(reports) < 2:  # noqa: PLR2004 - one report needs no choice
                continue
            first = min(cluster.sentences)
            kept = next((o for i, o in reports if i >= first), reports[0][1])
            dropped = {id(o) for _, o in reports if o is not kept}
            cluster.outcomes = [o for o in cluster.outcomes if id(o) not in dropped]

    def _signed_with_another(self, found: FoundOutcome, cluster: _Cluster) -> bool:
        """
        Whether *found* is a deal signed with someone who is no side of *cluster*.

        "Relations soured after Ethiopia signed a memorandum with Somaliland": the deal's
        other party (a name after "signed ... with") is of no side of the meeting, or of no
        known country, so the deal did not come out of it.
        """
        if found.kind is not _OUTCOME_AGREEMENT or "sign" not in self.text[found.cue.start : found.cue.end]:
            return False
        match = _SIGNED_WITH.search(self.text, found.cue.start, found.evidence.end)
        if match is None:
            return False
        sides = self._sides(cluster.actors, cluster.pending)
        other = [r for r in self.refs.refs(match.end(), match.end() + _NAME_REACH) if r.start == match.end()]
        return not other or not any(self.refs.code(a) in sides for r in other[:1] for a in r.actors)

    def _countries_after(self, found: FoundOutcome, people: Sequence[str]) -> tuple[str, ...]:
        """
        Whom an outcome a country made is addressed to.

        The other sides' countries the clause names after the cue ("resume cooperation with
        Ukraine"), else the participants of the other sides.
        """
        own = {self.refs.code(a) for a in found.by} if not isinstance(found.by, Party) else set()
        others = {self.refs.code(p) for p in people} - own
        named: list[str] = []
        for ref in self.refs.refs(found.cue.end, found.evidence.end, anaphors=False):
            named.extend(
                a
                for a in ref.actors
                if self.refs.is_country(a) and self.refs.code(a) in others and a not in named
            )
        return tuple(named) or tuple(p for p in people if self.refs.code(p) in others)

    def _outcome_day(self, sentence: Span) -> TimeExpression | None:
        """
        The day a sentence reporting an outcome gives, as the date of an undated meeting.

        "Lawmakers welcomed Tuesday's announcement that Ukraine had agreed to a ceasefire"
        dates the talks that reached it. Only a single past day counts, outside quotations
        and not as the day something was said ("said Monday that ..."). Without a publication
        date to place it, a weekday alone counts ("SEOUL, Dec. 3 (Yonhap) -- ... agreed
        Wednesday to ...": a dateline without a year gives no anchor).
        """
        anchor = _as_date(self.doc.anchor) if self.doc.anchor is not None else None
        for expr in self._dates_in(sentence):
            mention = expr.mention
            if mention is None or self.refs.in_quote(mention.start):
                continue
            if expr.start is None:
                if anchor is not None or expr.weekday is None or expr.modifier is not None:
                    continue
            elif expr.start != expr.end or (anchor is not None and expr.start > anchor):
                continue
            if _reported_date(self.text, max(sentence.start, mention.start - 25), mention.start):
                continue
            return expr
        return None

    def _onto(self, actors: Sequence[str], people: Sequence[str]) -> list[str]:
        """Map actors onto participants: themselves, or the participants of their country."""
        out: list[str] = []
        for actor in actors:
            if actor in people:
                matches = [actor]
            elif actor in self.refs.actors and not self.refs.is_person(actor):
                code = self.refs.code(actor)
                matches = [p for p in people if self.refs.code(p) == code]
            else:
                matches = []
            out.extend(m for m in matches if m not in out)
        return out

    def _outcome_owner(
        self,
        sentences: Sequence[Span],
        index: int,
        found: FoundOutcome,
        emitted: list[_Cluster],
        participants: dict[int, list[str]],
    ) -> _Cluster | None:
        # "according to a readout released Friday": when it was reported, not what came out.
        found_dates = [
            d
            for d in self._dates_in(sentences[index])
            if d.mention is None
            or not (
                _reported_date(self.text, max(0, d.mention.start - 25), d.mention.start)
                # "reviewed the talks, which began in 2023 and ..., and agreed to": the date
                # of the relative clause before the cue, not of the outcome.
                or (
                    d.mention.end < found.cue.start
                    and _WHICH_OPEN.search(self.text, max(0, d.mention.start - 80), d.mention.start)
                )
            )
        ]
        sentence_dates = [d.start for d in found_dates if d.start is not None and d.start == d.end]
        # Dates in the past: the words place them ("last year", "in 2019"), or the tense does
        # ("signed ... in January"); "agreed to meet again in February" looks ahead.
        ranges = [
            (d.start, d.end)
            for d in found_dates
            if d.start is not None
            and d.end is not None
            and d.mention is not None
            # "an invitation to visit Canberra in February": the date of what is invited,
            # agreed or proposed, not of the outcome.
            and not (
                d.mention.start > found.cue.end
                and _INFINITIVE.search(self.text, found.cue.end, d.mention.start) is not None
            )
            and (_FIXED_DATE.search(d.text) or clause_direction(self.text, d.mention) is _DIRECTION_PAST)
        ]
        # "signed", "agreed": done, so it came out of a meeting held, not of one to come.
        done = _DONE_CUE.search(self.text, found.cue.start, found.cue.end) is not None and not (
            _PASSIVE_BEFORE.search(self.text, max(0, found.cue.start - 12), found.cue.start)
        )
        # The people an outcome is addressed to, when the sentence names them.
        addressees = (
            [a for a in found.to if self.refs.is_person(a)] if not isinstance(found.to, Party) else []
        )
        best: tuple[tuple[int, int, int, int, int, int], _Cluster] | None = None
        for cluster in emitted:
            people = participants[id(cluster)]
            if not isinstance(found.by, Party):
                mapped = self._onto(found.by, people)
                if not mapped or len(mapped) < len({self.refs.code(a) for a in found.by}):
                    continue
            date = cluster.date
            if (
                sentence_dates
                and date is not None
                and date.start is not None
                and date.start == date.end
                and date.start not in sentence_dates
            ):
                continue  # the sentence dates the outcome to another day
            if (
                ranges
                and date is not None
                and date.start is not None
                and date.start == date.end
                and all(end < date.start for _, end in ranges)
            ):
                continue  # "signed a treaty last year": before the meeting, not of it
            if done and (cluster.status in {_STATUS_PLANNED, _STATUS_CANCELLED} or cluster.cancelled):
                # "has offered to act as a pacemaker": done, not out of a meeting to come (or
                # of one called off).
                continue
            before = [s for s in cluster.sentences if s <= index]
            if before:
                key = (index - max(before), self._cue_distance(cluster, sentences[index], found.cue.start))
            elif found.by is _PARTY_ALL:
                continue  # "they agreed" before any meeting: nothing to refer to
            else:
                # A meeting reported only after the outcome counts as twice as far: news
                # reports a meeting first and what came of it after, so "The leaders agreed"
                # three sentences after the talks is theirs, not a dinner's two sentences on.
                key = (_AFTER_WEIGHT * (min(cluster.sentences) - index), 1)
            if found.by is _PARTY_ALL and key[0] > 6:  # noqa: PLR2004 - "they" reaches a few sentences back
                continue
            # "Blinken invited Wang": of the meetings the inviter had, the one with the invitee
            # (not his later one with Xi); only then the nearest.
            missed = int(bool(addressees) and not self._onto(addressees, people))
            # A meeting only recalled ("since Lula's visit in February") comes after the
            # meeting the story reports, however near; so does one told after the outcome and
            # dated in the past by its own words ("Teodoro invited Giang to visit Manila. The
            # two previously met in Manila in January 2024"): background.
            # So does a meeting told after it as held earlier ("Earlier in the day, Jaishankar
            # called on Oli"): a side meeting before the talks the outcome came from.
            background = int(
                not before
                and date is not None
                and (
                    _FIXED_DATE.search(date.text) is not None
                    or date.text.casefold().startswith(("earlier", "the day before", "the previous day"))
                )
            )
            # "spoke by phone, agreeing to meet in person next month", "agreed to hold a
            # face-to-face meeting in Nairobi": the meeting agreed on is what the outcome is
            # about; it came out of the one in which they agreed, when there is one.
            agreed_on = int(
                cluster.status is _STATUS_PLANNED
                and any(found.cue.end <= t < found.evidence.end for t in cluster.triggers)
            )
            recalled = cluster.recalled and not self._told_of(cluster, sentences[index], found.cue.start)
            ranked = (agreed_on, missed, int(recalled), background, *key)
            if best is None or ranked < best[0]:
                best = (ranked, cluster)
        return best[1] if best is not None else None

    @staticmethod
    def _cue_distance(cluster: _Cluster, sentence: Span, cue: int) -> int:
        """
        How far the outcome cue at *cue* is from *cluster*'s nearest trigger in *sentence*.

        "The call came two weeks after the leaders met in Gyeongju, where they agreed to ...":
        both meetings are in the sentence; the agreement is the one the cue follows. A trigger
        after the cue counts double (news names a meeting before what came of it).
        """
        distances = [
            cue - t if t <= cue else _AFTER_WEIGHT * (t - cue)
            for t in cluster.triggers
            if sentence.start <= t < sentence.end
        ]
        return min(distances, default=0)

    # ---- output

    def _participants(self, cluster: _Cluster) -> list[str]:
        """
        The participants to report, or ``[]`` when the cluster is not a meeting to emit.

        Countries, groups and organizations standing for a side a person represents are
        dropped; two or three sides and at least one person are required.
        """
        refs = self.refs
        people = [a for a in cluster.actors if refs.is_person(a)]
        if not people:
            return []
        person_codes = {refs.code(a) for a in people}
        group_codes = {refs.code(a) for a in cluster.actors if refs.is_group(a)}
        kept: list[str] = []
        for actor in cluster.actors:
            code = refs.code(actor)
            if refs.is_person(actor):
                kept.append(actor)
            elif refs.is_group(actor):
                if code not in person_codes:
                    kept.append(actor)
            elif code not in person_codes and code not in group_codes:
                kept.append(actor)
        sides = {refs.code(a) for a in kept}
        if not 2 <= len(sides) <= _MAX_SIDES:  # noqa: PLR2004 - two sides make a meeting
            return []
        return kept

    def _host_planned_trips(self) -> None:
        """
        Give a trip still to come, to the country of the other side of the story's meeting, that side.

        "Takaichi and Lee held their first summit in Tokyo. ... Takaichi said she hoped to
        visit South Korea early next year": the visit is to the leader the story paired her
        with, though the sentence names no one there. Only when the meeting reported first
        has exactly one person of that country, and the trip one person of another.
        """
        if not any(c.pending for c in self.clusters):
            return
        first = next(
            (
                c
                for c in self.clusters
                if not c.joint and c.status is _STATUS_HELD and len(self._sides(c.actors)) >= 2  # noqa: PLR2004
            ),
            None,
        )
        if first is None:
            return
        # "Ruto will travel to Shanghai on Friday" after talks in Beijing: a trip on inside the
        # country of the meeting is not to its host. Where the meeting was must be known.
        where = next((self.refs.places[p].country for p in first.places), None)
        if where is None and first.host is not None:
            where = self.refs.code(first.host)
        if where is None and first.medium is not _MEDIUM_PHONE and first.medium is not _MEDIUM_VIDEO:
            # "GYEONGJU, South Korea (Reuters) - Lee and Takaichi held their first summit":
            # the meeting is where the story is filed from, as `_meeting` places it.
            dateline = self._dateline_place(self._sides(first.actors))
            where = self.refs.places[dateline].country if dateline in self.refs.places else None
        if where is None:
            return
        people = [a for a in first.actors if self.refs.is_person(a)]
        for cluster in self.clusters:
            if cluster.joint or cluster.status is not _STATUS_PLANNED or len(cluster.pending) != 1:
                continue
            travellers = [a for a in cluster.actors if self.refs.is_person(a)]
            if len(travellers) != 1 or travellers[0] not in people or len(self._sides(cluster.actors)) != 1:
                continue
            code = cluster.pending[0]
            if code == where or self._gathering_trip(cluster):
                continue
            hosts = [a for a in people if self.refs.code(a) == code]
            if len(hosts) != 1 or self._rank(hosts[0]) != self._rank(travellers[0]):
                # "Mahama is expected to travel to Washington" after talks with a deputy
                # secretary of state: a head of state is not going to see the deputy.
                continue
            cluster.pending.clear()
            cluster.actors.append(hosts[0])
            if cluster.host is None:
                cluster.host = hosts[0]

    def _gathering_trip(self, cluster: _Cluster) -> bool:
        """
        Whether the sentence of *cluster*'s trip names a gathering ("for a summit of the AU").

        "The next summit" told later may be the planned meeting itself: only the first
        sentence, the trip's, is read.
        """
        if not cluster.evidence:
            return False
        span = cluster.evidence[0]
        folded = self.refs.folded
        words = (
            folded[span.start : span.end] if folded is not None else self.text[span.start : span.end].lower()
        )
        return any(w in words for w in _GATHERING_WORDS)

    def _rank(self, actor_id: str) -> str | None:
        """
        "head" for a head of state or government, else the person's first title (folded).

        Two office holders of the same rank are counterparts: presidents and prime ministers
        meet each other, foreign ministers meet foreign ministers.
        """
        actor = self.refs.actors.get(actor_id)
        if not isinstance(actor, Person) or not actor.roles:
            return None
        titles = [role.title.casefold() for role in actor.roles]
        for title in titles:
            if any(w in title for w in _DEPUTY_WORDS):
                continue
            if any(w in title for w in _HEAD_WORDS):
                return "head"
        return titles[0]

    def _promote_joint(self) -> None:
        """
        Make meetings of joint pairs the story places together, though it names no meeting.

        "TOKYO (Reuters) - Philippine President Marcos and Japanese Prime Minister Kishida
        agreed on Thursday to ...": office holders of two countries who did something
        together, in a story filed from one side's country, met there. So did a pair who
        signed a deal together, or acted at a place the text names. Otherwise the pair may
        have acted apart ("signed an open letter"), and a pair whose sides hold a meeting
        already is reported by it.
        """
        if not any(c.joint for c in self.clusters):
            return
        dateline = bool(self.doc.source.dateline)
        # A meeting still to come does not report what the pair did ("signed the deal ...
        # and agreed to meet again in February").
        # A meeting of other people of the same countries does not either ("the ministers
        # signed ...; the presidents met last month in Madrid").
        met = [
            (self._sides(c.actors), {a for a in c.actors if self.refs.is_person(a)}, c.also)
            for c in self.clusters
            if not c.joint and c.status not in {_STATUS_PLANNED, _STATUS_CANCELLED}
        ]
        titled = {a for m in self.doc.mentions if m.kind is _MENTION_TITLE for a in m.actors}
        for cluster in self.clusters:
            if not cluster.joint or cluster.status is not _STATUS_HELD or cluster.pending:
                continue
            codes = self._office_codes(cluster, titled)
            people = {a for a in cluster.actors if self.refs.is_person(a)}
            if len(codes) < 2 or any(  # noqa: PLR2004
                len(codes & sides) >= 2  # noqa: PLR2004
                and (not persons or persons & people)
                and (not also or people <= persons)
                for sides, persons, also in met
            ):
                continue
            # Without the dateline, what they did must have put them in one room: they signed
            # a deal together, or acted at a place the text names ("signed the deal at La
            # Moneda palace", "agreed in Hanoi on Tuesday").
            if not cluster.together and (not dateline or self._dateline_place(codes) is None):
                continue
            cluster.joint = False
            if cluster.medium is _MEDIUM_UNKNOWN:
                cluster.medium = _MEDIUM_IN_PERSON
            met.append((codes, people, False))

    def _office_codes(self, cluster: _Cluster, titled: set[str]) -> set[str]:
        """
        The countries of the cluster's people who hold a role ("President", "Prime Minister").

        A person introduced as someone's counterpart ("his Brazilian counterpart Lula") holds
        an office too, though the text does not say which: *titled* holds everyone a title
        mention names.
        """
        codes: set[str] = set()
        for actor_id in cluster.actors:
            actor = self.refs.actors[actor_id]
            if (
                isinstance(actor, Person)
                and actor.country is not None
                and (actor.roles or actor_id in titled)
            ):
                codes.add(actor.country)
        return codes

    def _made_by_sides(self, by: Sequence[str], participants: Sequence[str]) -> bool:
        """Whether every author of an outcome is a participant or a country one represents."""
        sides = {self.refs.code(p) for p in participants}
        return all(a in participants or (self.refs.is_country(a) and self.refs.code(a) in sides) for a in by)

    def _put_off_before(self, mention: _Mention) -> bool:
        """
        Whether *mention* tells a held meeting was put off before it took place.

        "held a virtual meeting on Wednesday ... The virtual meeting was originally scheduled for
        last week but was postponed": the meeting was held all the same, on its new day.
        """
        window = self.text[mention.evidence.start : mention.evidence.end]
        return (
            _ORIGINALLY_SET.search(window) is not None
            and _POSTPONED.search(window) is not None
            and _CALLED_OFF_FOR_GOOD.search(window) is None
        )

    def _postponed(self, cluster: _Cluster) -> tuple[TimeExpression | None] | None:
        """
        Whether a meeting called off was only put off, and the date it is to take place.

        Returns None unless its sentences postpone it ("postponed", "put off", "pushed back")
        without calling it off for good ("cancelled", "scrapped", "postponed indefinitely");
        else a 1-tuple of its date: the new one ("postponed until next month"), none when the
        date known is the one it was put off from ("had been set to meet on Sept. 4, but the
        meeting was postponed"), else the date known.
        """
        new: TimeExpression | None = None
        postponed = from_there = False
        old = cluster.date.mention if cluster.date is not None else None
        for span in cluster.evidence:
            window = self.text[span.start : span.end]
            if _CALLED_OFF_FOR_GOOD.search(window):
                return None
            found = _POSTPONED.search(window)
            if found is None:
                continue
            postponed = True
            from_there = from_there or (old is not None and span.start <= old.start < span.end)
            if new is None:
                to = span.start + found.end()
                new = next(
                    (
                        d
                        for d in self._dates_in(span)
                        if d.mention is not None
                        and to <= d.mention.start <= to + 7
                        and _POSTPONED_TO.fullmatch(self.text, to, d.mention.start)
                    ),
                    None,
                )
        if not postponed:
            return None
        if new is not None:
            return (self._redirect(new, _STATUS_PLANNED),)
        return (None if from_there else cluster.date,)

    def _meeting(self, cluster: _Cluster, number: int, participants: list[str]) -> Meeting:
        """The record of *cluster*, the *number*-th meeting emitted, with its `_participants`."""
        refs = self.refs
        place = None
        for candidate in cluster.places:
            place = self._better_place(place, candidate)
        if place is None and cluster.status is _STATUS_HELD and cluster.medium is _MEDIUM_IN_PERSON:
            sides = {refs.code(a) for a in participants}
            # "Fidan met Bayramov in Baku on Sunday. The Turkish minister was later received
            # by President Aliyev": a meeting told after one of its people met someone in a
            # city of its sides took place there too, wherever the story was filed from.
            place = self._followed_place(cluster, sides)
            # "BRASILIA, March 28 (Reuters) - ... after a meeting": the story is filed from
            # where the meeting it reports was held, when that city is one side's.
            # A meeting only recalled ("The call came a week after the two met at APEC") was
            # held before the story, which says nothing of where.
            if not (cluster.recalled or cluster.earlier):
                place = place or self._dateline_place(sides)
        elif place is not None and cluster.status is not _STATUS_PLANNED:
            where = refs.places[place]
            if where.kind is _PLACE_COUNTRY and where.country is not None:
                # "the first Australian leader to visit China" in a story filed from BEIJING:
                # the dateline city names the same country more closely.
                place = self._dateline_place({where.country}) or place
        host = cluster.host if cluster.host in participants else None
        if host is None and place is not None:
            country = refs.places[place].country
            sides = {refs.code(a) for a in participants}
            if country is not None and country in sides and len(sides) > 1:
                host = next((a for a in participants if refs.code(a) == country and refs.is_person(a)), None)
        status = _STATUS_CANCELLED if cluster.cancelled else cluster.status
        date = cluster.date
        if status is _STATUS_CANCELLED:
            # "The talks ... have been postponed until next month": put off, not called off; the
            # meeting is still to come, on the new date if the text gives one.
            postponed = self._postponed(cluster)
            if postponed is not None:
                status = _STATUS_PLANNED
                date = postponed[0]
        if (
            status in {_STATUS_UNKNOWN, _STATUS_HELD}
            and cluster.date is not None
            and self.doc.anchor is not None
        ):
            # A date after the day of publication is still to come, even in a cluster a
            # past arrival made held ("arrived on Wednesday ahead of talks on Thursday").
            anchor = _as_date(self.doc.anchor)
            if cluster.date.start is not None and cluster.date.start > anchor:
                status = _STATUS_PLANNED
            elif cluster.date.end is not None and cluster.date.end <= anchor:
                status = _STATUS_HELD
        if (
            status is _STATUS_PLANNED
            and date is not None
            and date.end is not None
            and self.doc.anchor is not None
            and date.end < _as_date(self.doc.anchor)
        ):
            # "Ruto heads to Oslo on Tuesday for talks": a mention of no tense of its own
            # resolved the day back; the meeting is ahead, so is the day.
            date = self._redirect(date, status)
        return Meeting(
            id=self.doc.new_id(f"meeting-{number}"),
            participants=tuple(participants),
            host=host,
            medium=cluster.medium,
            status=status,
            date=date,
            place=place,
            duration=cluster.duration,
            topics=tuple(cluster.topics),
            outcomes=tuple(o for o in cluster.outcomes if self._made_by_sides(o.by, participants)),
            evidence=tuple(sorted(cluster.evidence, key=lambda s: (s.start, s.end))),
        )

    def _followed_place(self, cluster: _Cluster, sides: set[str]) -> str | None:
        """The city of the held meeting *cluster* came "later" than, if in one of *sides*."""
        before = cluster.follows
        if before is None or before.medium is not _MEDIUM_IN_PERSON:
            return None
        for candidate in before.places:
            where = self.refs.places[candidate]
            if where.kind is _PLACE_CITY and where.country in sides:
                return candidate
        return None

    def _dateline_place(self, sides: set[str]) -> str | None:
        """The city of the dateline, as a place, if it lies in the country of one of *sides*."""
        dateline = self.doc.source.dateline
        if not dateline:
            return None
        parts = dateline.split(",")
        head = parts[0].strip()
        key = fold_name(head)
        for place in self.refs.places.values():
            if place.kind is _PLACE_CITY and fold_name(place.name) == key:
                return place.id if place.country in sides else None
        # "LETICIA, Colombia (AP) -": a town the gazetteer lacks, placed by the dateline in
        # a country, is a city of that country. The entity stage already made it one where
        # the story names it (`_Run.dateline_town`, found by the loop above); a town named
        # only in the dateline gets its place below.
        named = _dateline_country_name(parts[1]) if len(parts) > 1 else None
        if named is not None and named not in sides:
            return None
        # The dateline is left out of the story text, so no place was made of it: look it up.
        # Capitals as printed ("RIO DE JANEIRO", "DAR ES SALAAM"): title case, with the small
        # words of place names in lower case as the gazetteer writes them.
        words = [
            t.text.lower() if n and t.text.lower() in _PLACE_SMALL_WORDS else t.text.title()
            for n, t in enumerate(tokenize(head))
        ]
        found = lexicon().match_name(words, 0) if words else None
        if found is not None and found[0] == len(words) and found[1].kind is _ENTRY_CITY:
            name, country = found[1].name, found[1].country
        elif named is not None and words and found is None:
            name, country = " ".join(words), named
        else:
            return None
        if country not in sides:
            return None
        at = self.text.find(head)
        place = Place(
            id=self.doc.new_id(name),
            name=name,
            country=country,
            kind=_PLACE_CITY,
            mentions=(Span(start=at, end=at + len(head)),) if at != -1 else (),
        )
        self.doc.places.append(place)
        self.refs.places[place.id] = place
        return place.id


def _dateline_country_name(part: str) -> str | None:
    """The country code of the second part of a dateline ("Colombia (AP) -"), if one."""
    words = [t.text for t in tokenize(part)]
    found = lexicon().match_name(words, 0) if words else None
    if found is None or found[1].kind is not _ENTRY_COUNTRY:
        return None
    return found[1].country


#: A place word modifying a settlement noun: "(this Amazon) border town", "(this Baltic) port city".
_SETTLEMENT_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:town|city|village|capital|port|resort|hamlet)\b", re.IGNORECASE
)
#: Organizations that are buildings in their capital: "at the State Department", "at the
#: Pentagon", "at the Foreign Ministry".
_SEAT_OF_GOVERNMENT = re.compile(r"(?:Department|Ministry|Pentagon|Chancellery|Foreign Office)\b")
#: "(in the) Kenyan capital": a capitalized word, then "capital" (not "capital of").
_DEMONYM_CAPITAL = re.compile(
    r"([A-Z][\w-]*) capital\b(?! of\b)(?! (?:markets?|gains?|flows?|goods|expenditure|spending|investment)\b)"
)
_CAPITALIZED_WORDS = re.compile(r"(?:[A-Z][\w.'-]*\s+){1,2}")
#: Lower-case words inside city names ("Rio de Janeiro", "Dar es Salaam", "Frankfurt am Main").
_PLACE_SMALL_WORDS = frozenset(
    {"de", "da", "do", "dos", "das", "del", "la", "le", "les", "es", "el", "al", "am", "an", "of", "the",
     "upon", "sur", "en", "di", "du"}
)  # fmt: skip


#: Adjectives that open a coordinated modifier of one noun ("full and unconditional ceasefire").
_TOPIC_ADJECTIVES = frozenset(
    {"full", "complete", "comprehensive", "immediate", "lasting", "unconditional", "durable", "just",
     "bilateral", "regional", "mutual", "strategic", "economic", "political", "military", "permanent",
     "temporary", "fair", "free", "open", "secure", "stable", "sustainable", "peaceful", "nuclear",
     "financial", "technical", "cultural", "humanitarian", "scientific", "commercial", "social",
     "international", "global", "digital", "environmental", "educational", "maritime", "diplomatic"}
)  # fmt: skip
#: A list part that is an apposition to the part before: "a deal that ...", "an issue ...".
_APPOSITIVE_PART = re.compile(r"\s*an?\s+\w+(?:\s+(?:that|which|who)\b|\s*$)", re.IGNORECASE)
#: The head noun of a body or instrument that two modifiers share: "a defense and security
#: council", "a trade and investment agreement" (one council, not "defense" and a council).
_SHARED_HEAD = re.compile(
    r"\s(?:council|commission|committee|mechanism|framework|fund|agreement|pact|treaty|accord|"
    r"partnership|corridor|dialogue|forum|task\s+force|working\s+group|programme|program|initiative|"
    r"board|body)\s*$",
    re.IGNORECASE,
)
#: Head nouns said of things of a kind, that two modifiers often share ("steel and aluminum
#: tariffs", "rail and road connectivity"): `_modifier_pair`. Not "cooperation" nor "ties":
#: "energy and defense cooperation" is read as energy, and defense cooperation (tests pin it).
_KIND_HEADS = frozenset(
    {"tariffs", "duties", "exports", "imports", "prices", "issues", "threats", "programs", "programmes",
     "sectors", "industries", "connectivity", "projects", "policies", "policy", "investments",
     "markets", "sanctions", "shipments", "supplies", "subsidies",
     "quotas", "standards", "talks", "matters", "concerns", "disputes", "boundaries", "borders", "claims",
     "routes"}
)  # fmt: skip
#: Words before a pair of modifiers that scope over the pair and its head: "the remaining land
#: and maritime boundaries" is the remaining (land and maritime) boundaries.
_PAIR_SCOPE = frozenset(
    {"remaining", "outstanding", "unresolved", "disputed", "pending", "existing", "overlapping", "contested"}
)
_DETERMINER_START = re.compile(
    r"\s*(?:(?:the|a|an|their|its|his|her|our|this|that|these|those|new|joint|bilateral)\b"
    # "trade, as well as Iran's nuclear program": a possessive name is the part's own determiner.
    r"|(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?-i:[A-Z])[\w.-]*['\u2019]s\s)",
    re.IGNORECASE,
)
#: A day closing a topic: "discussed trade on Sunday", "the Sahel earlier this month".
_TRAILING_DAY = re.compile(
    rf"\s+(?:{_DAY_WORDS}|(?:earlier|later)\s+(?:this|last)\s+(?:week|month)|(?:last|this|next)\s+(?:week|month)"
    r"|by\s+the\s+end\s+of\s+(?:the|this|next)\s+(?:year|month|week))"
    # "signed agreements on ... security cooperation Thursday in Paris": the day, then the city.
    r"(?:\s+in\s+(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*)?)?$",
    re.IGNORECASE,
)
#: A time limit closing a topic: "within 60 days", "by March next year", "before the end of 2026".
_TRAILING_LIMIT = re.compile(
    r"\s+(?:within|by|before|until)\s+(?:[\w-]+\s+){0,4}?(?:days?|weeks?|months?|years?|quarters?|\d{4}|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+(?:next|this)\s+year|\s+\d{4})?$",
    re.IGNORECASE,
)
#: A part that is a clause, not a noun phrase: "violations of the ceasefire must end", "Lavrov
#: declined to give details" (after "Asked about the talks on Sudan,").
_CLAUSE_PART = re.compile(
    r"\b(?:must|should|would|could|cannot|can't|declined|refused|said|says|told)\b", re.IGNORECASE
)
#: A list of topics that opens with "ways to", "how to", "opportunities to" ... (`_split_topics`).
_WAYS_TO = re.compile(
    r"\s*(?:the\s+)?(?:ways|how|opportunities|avenues|prospects|means|steps)\s+to\b|\s*(?:ways|means)\s+of\b",
    re.IGNORECASE,
)
#: The verb of a later infinitive in such a list ("and boost connectivity").
_LATER_INFINITIVE = re.compile(rf"\s*(?:to\s+)?(?:(?:further|jointly)\s+)?(?:{_HOW_VERBS})\s+", re.IGNORECASE)
#: Verbs of `_ACTION_VERB` that are also adjectives before a noun.
_ADJECTIVE_VERBS = frozenset({"double", "triple", "lower", "complete", "open"})
#: A preposition next: "increase in tariffs", "cut of 10%" (a noun, not a verb before its object).
_PREPOSITION_NEXT = re.compile(r"(?:in|of|on|to|for|with|from|at|by|between)\b", re.IGNORECASE)
#: A topic that ends in a pronoun for items named before it ("the efforts made regarding them").
_REFERS_BACK = re.compile(r"\b(?:regarding|concerning|about|on|over|towards?)\s+(?:them|it)$", re.IGNORECASE)
#: A pronoun for the whole object after such a verb ("develop them in various fields").
_PRONOUN_OBJECT = re.compile(r"(?:it|them|this|these|those|that)\b", re.IGNORECASE)
_BARE_HEADS = frozenset({"cooperation", "collaboration", "ties", "relations", "partnership"})
#: A list part opening with a preposition is a phrase about the clause ("in service of their
#: mutual interests", "to meet again"), not a subject.
_PART_PREPOSITIONS = frozenset({"to", "in", "for", "with", "by", "at", "from", "into", "within", "under"})
#: A topic that names none: "a range of issues", "a number of topics", "mutual interest".
_VAGUE_TOPIC = re.compile(
    r"(?:(?:a|the)\s+)?(?:(?:wide|broad|whole|full|number\s+of)\s+)?(?:range|host|number|variety|series|raft|list)"
    r"\s+of\s+(?:\w+\s+)?(?:issues|topics|matters|subjects|questions)|(?:various|several|many|other)\s+"
    # "other international and regional issues of common concern" (Xinhua).
    r"(?:\w+\s+(?:and\s+\w+\s+)?)?(?:issues|topics|matters|subjects)(?:\s+of\s+(?:common|mutual|shared)\s+"
    r"(?:concern|interest))?|(?:mutual|common|shared)\s+(?:interests?|concerns?)",
    re.IGNORECASE,
)
_TRAILING_CONJUNCTION = re.compile(r"(?:\s+(?:and|or|as\s+well\s+as))+$", re.IGNORECASE)
#: A manner adverb closing an agreed act: "restore cooperation on migration immediately".
_TRAILING_ADVERB = re.compile(
    r"\s+(?:immediately|quickly|swiftly|soon|gradually|fully|further|promptly|urgently)$", re.IGNORECASE
)


#: In an over-long topic, where the noun phrase ends: a relative clause or a past participle
#: with its preposition ("revenues transferred to Qatar", "the dam built on the Nile").
_REDUCED_RELATIVE = re.compile(
    r"\s(?:which|that|who)\s|\s(?-i:[a-z]{2,}[^e\s]ed)\s+(?:to|in|by|under|from|at|for|since|during|into|on|over)\s"
)
#: Stands for an "and " that `_split_topics` must not split at (a control character: no
#: sentence of news text holds one).
_KEPT_AND = "\x00"


def _comma_or(text: str, start: int, end: int) -> int:
    """Where the first comma in ``text[start:end]`` is, else *end* (the end of a relative clause)."""
    comma = text.find(",", start, end)
    return end if comma == -1 else comma


#: An "and" inside a capitalised name: "the Belt and Road Initiative", "the African Growth
#: and Opportunity Act" (a capitalised word before it; the run after it ends in the head noun
#: of a programme or an instrument and goes on with no capitalised word), and the countries
#: named with one ("Bosnia and Herzegovina"). The name is one topic. Heads that also follow a
#: country in a plain list ("the U.S. and European Union officials") are left out.
_NAME_AND = re.compile(
    r" and (?=(?:[A-Z][\w'\u2019-]*\s+){0,3}"
    r"(?:Act|Initiative|Program|Programme|Strategy|Plan|Framework|Corridor|Partnership|Dialogue|Agreement"
    r"|Treaty|Accord|Pact|Convention|Declaration|Charter|Cooperation)\b(?![\w'\u2019-]|\s+[A-Z]))"
    r"|(?<=Bosnia) and (?=Herzegovina)|(?<=Trinidad) and (?=Tobago)|(?<=Antigua) and (?=Barbuda)"
    r"|(?<=Kitts) and (?=Nevis)|(?<=Turks) and (?=Caicos)",
)


def _name_and(match: re.Match[str]) -> str:
    """*match* (a `_NAME_AND`) hidden from `_TOPIC_SPLIT` when a capitalised word precedes it."""
    before = match.string[: match.start()].rsplit(maxsplit=1)
    word = before[-1] if before else ""
    if word[:1].isupper() and "." not in word:
        return " " + _KEPT_AND
    return match.group()


def _protect_and(match: re.Match[str]) -> str:
    """*match* (a `_BETWEEN_PAIR`) with its "and" hidden from `_TOPIC_SPLIT`."""
    return match.group("head") + _KEPT_AND


#: The longest a call lasts (a day), and the longest any meeting or visit does (four weeks).
_CALL_LONGEST = 24 * 3600
_MEETING_LONGEST = 28 * 24 * 3600


def _may_last(medium: Medium, duration: Duration) -> bool:
    """Whether a meeting by *medium* may last *duration*: a length of days is no call's."""
    longest = _CALL_LONGEST if medium in {_MEDIUM_PHONE, _MEDIUM_VIDEO} else _MEETING_LONGEST
    return duration.seconds <= longest


#: A short aside in brackets inside a list of topics: an acronym ("the fight against ISIL
#: (ISIS)", "the World Trade Organization (WTO)") or a remark ("the conflict in Sudan (where
#: both have tried to mediate)"). It is left out and the list goes on after it.
_BRACKETED = re.compile(r"\([^()]{1,80}\)")


#: An aside between two dashes inside a list: "the Catatumbo crisis — where fighting has
#: displaced 50,000 people — and trade". One dash alone ends the list.
_DASHED = re.compile(r"([\u2014\u2013])[^\u2014\u2013;]{1,160}?\1(?=\s*(?:,|and\b|or\b))")


#: "with" and its object inside a list item, when a last item follows ("the war with
#: Hezbollah, and the ceasefire"): the object is left out and the list goes on.
_WITH_THEN_ITEM = re.compile(r" with\s+[^,;.()]{1,40}?(?=,\s*and\s+the\s)", re.IGNORECASE)


#: After a relative clause inside a list: ", and" and a determiner or a possessive name, the
#: list's last item ("..., which Milei has threatened to leave, and Chile's stalled bid").
_AND_NOUN_PHRASE = re.compile(
    r",\s+and\s+(?:the|a|an|its|their|his|her|(?-i:[A-Z])[\w-]*[\u2019']s)\s+(?!(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:said|says|told|added|will|would|has|have|had|is|are|was|were)\b)",
    re.IGNORECASE,
)
#: The longest relative clause inside a list of topics that `_topic_phrase` steps over (characters).
_RELATIVE_IN_LIST = 100


def _quoted_topic_phrase(text: str, head: int, limit: int) -> str:
    """
    `_topic_phrase`, also when the list opens with a short quotation.

    'discussed "the importance of freedom of navigation" in the South China Sea, efforts to
    recover remains, and ...': the quoted words are the first item's (a readout's wording);
    the list goes on after the closing mark.
    """
    start = head
    while start < limit and text[start] == " ":
        start += 1
    if start >= limit or text[start] not in '\u201c"':
        return _topic_phrase(text, head, limit)
    close = _CLOSING_QUOTE.search(text, start + 1, min(limit, start + 160))
    if close is None or close.start() == start + 1:
        return _topic_phrase(text, head, limit)
    inner = text[start + 1 : close.start()].rstrip(" ")
    rest = _topic_phrase(text, close.end(), limit)
    if not rest or inner.endswith("."):
        if "," in inner and (" and " in inner or " as well as " in inner):
            # 'said the meeting would focus on "trade, investment and the relationship with
            # the United States."': a quoted list is the readout's list of subjects.
            return _topic_phrase(text, start + 1, close.start())
        # The quotation is the whole object ('discussed "the way forward"'): a formula more
        # often than a subject, as before.
        return _topic_phrase(text, head, limit)
    return f"{inner} {rest.lstrip(' ')}".strip(" ,")


def _topic_phrase(text: str, head: int, limit: int) -> str:
    """The list of topics from *head* to the first `_TOPIC_STOP` before *limit*, less short brackets."""
    pieces: list[str] = []
    position = head
    while True:
        stop = _TOPIC_STOP.search(text, position, limit)
        end = stop.start() if stop is not None else limit
        pieces.append(text[position:end].rstrip())
        if stop is None:
            break
        if text[end] in '\u201c"' and (end == 0 or text[end - 1] == " "):
            # "discussed China's \u201cdangerous and destabilizing\u201d actions in the South China
            # Sea": a quoted modifier inside an item; the item goes on after the closing mark.
            inner = _QUOTED_MODIFIER.match(text, end, limit)
            if inner is None and pieces[-1].endswith("so-called"):
                # 'lithium mining in the so-called "lithium triangle," and a tunnel': the quoted
                # name is the item's end; a comma inside the marks goes on with the list.
                closing = _CLOSING_QUOTE.search(text, end + 1, min(limit, end + 80))
                if closing is not None:
                    quoted = text[end + 1 : closing.start()]
                    pieces.append(" " + quoted.rstrip(",. ") + ("," if quoted.endswith(",") else ""))
                    position = closing.end()
                    continue
            if inner is not None:
                # Its "and" joins two modifiers, it lists no two items (`_split_topics`).
                pieces.append(" " + inner.group(1).replace("and ", _KEPT_AND) + " ")
                position = inner.end()
                continue
            break
        if text.startswith((", which ", ", who "), end):
            # "the resumption of oil exports, which has been halted since March, as well as the
            # situation in Syria": a relative clause inside the list; the list goes on after it.
            close = text.find(",", end + 2, min(limit, end + _RELATIVE_IN_LIST))
            if close != -1 and (
                text.startswith(", as well as ", close) or _AND_NOUN_PHRASE.match(text, close, limit)
            ):
                position = close
                continue
        if text[end] not in "(\u2014\u2013":
            within = _WITH_THEN_ITEM.match(text, end, limit) if text.startswith(" with ", end) else None
            if within is None:
                break
            position = within.end()  # "Israel's war with Hezbollah, and the ceasefire": next item
            continue
        bracket = (_BRACKETED if text[end] == "(" else _DASHED).match(text, end, limit)
        if bracket is None:
            break
        position = bracket.end()
    return "".join(pieces).strip(" ,")


#: A name of several capitalised words ("the East China Sea", "Second Thomas Shoal").
_NAME_RUN = re.compile(r"(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*)+")


def _topic_length(topic: str) -> int:
    """The words of *topic*, a name of several words counting as one ("around the Senkaku Islands")."""
    words = len(topic.split())
    # Names only shorten a topic: one short enough already needs no second look.
    return words if words <= _MAX_TOPIC_WORDS else len(_NAME_RUN.sub("N", topic).split())


def _drop_place_appositive(match: re.Match[str]) -> str:
    """Drop a `_PLACE_APPOSITIVE` after a capitalised name ("to El-Fasher, the capital of ...")."""
    before = match.string[: match.start()].rsplit(None, 1)
    return "" if before and before[-1][:1].isupper() else match.group()


def _range_ends(phrase: str) -> str:
    """
    The two ends of "(ranged from) X to Y" as a list of two: "X, Y".

    The first " to " divides them, unless a noun that takes an infinitive comes before it
    ("from efforts to end the war to trade"); a phrase without one is left as it is.
    """
    for match in _RANGE_TO.finditer(phrase):
        if match.group(1).casefold() not in _TO_TAKERS:
            return f"{phrase[: match.start(2)]}, {phrase[match.end(2) :]}"
    return phrase


#: The " to " of a range, with the word before it.
_RANGE_TO = re.compile(r"([\w-]+)(\s+to\s+)(?=\S)")
#: Words that take an infinitive after them: their "to" is no end of a range.
_TO_TAKERS = frozenset(
    {
        "efforts",
        "effort",
        "ways",
        "plans",
        "steps",
        "moves",
        "measures",
        "bid",
        "attempts",
        "push",
        "need",
        "how",
    }
)


def _split_topics(phrase: str) -> list[str]:
    """Split a phrase that lists topics ("energy and defense") unless a part is too long to be one."""
    if not phrase:
        return []
    phrase = _LONG_APPOSITIVE.sub("", phrase)
    if "known as " in phrase:
        phrase = _ALIAS.sub("", phrase)
    if "including " in phrase:
        phrase = _INCLUDING_PREPOSITION.sub("including ", phrase)
    if ", the " in phrase:
        phrase = _PLACE_APPOSITIVE.sub(_drop_place_appositive, phrase)
    if " and " in phrase:
        phrase = _NAME_AND.sub(_name_and, phrase)
    pieces = _TOPIC_SPLIT_KEEP.split(_BETWEEN_PAIR.sub(_protect_and, phrase))
    pieces = [p.replace(_KEPT_AND, "and ") for p in pieces]
    if len(pieces) == 3 and "," in pieces[1] and _APPOSITIVE_PART.match(pieces[2]):  # noqa: PLR2004
        # "plans to buy F-15EX jets, a deal that has stalled": one topic and its apposition
        # (a list of two joins them with "and").
        pieces = pieces[:1]
        phrase = pieces[0]
    if (
        len(pieces) >= 5  # noqa: PLR2004 - a list of three parts or more
        and pieces[-2].strip() == ","
        and any("and" in sep for sep in pieces[1:-2:2])
        and _ARTICLE_NOUN.fullmatch(pieces[-1])
    ):
        # "talks on defence, migration and support for Ukraine, a visit that had been
        # planned ...": after a list closed by "and", "a visit" is an apposition to the talks.
        pieces = pieces[:-2]
        phrase = "".join(pieces)
    parts = pieces[::2]
    named: set[str] = set()
    lead_free: dict[str, str] = {}
    # Counted without a leading article: "the development of a transport corridor to the Gulf".
    long_at = [k for k, p in enumerate(parts) if _topic_length(_lead_free(p, lead_free)) > _MAX_TOPIC_WORDS]
    if (
        len(long_at) == 1
        and len(parts) >= 3  # noqa: PLR2004 - a list of three or more
        and all("," in sep for sep in pieces[1::2])
    ):
        # "discussed freedom of navigation, efforts to recover the remains of U.S. service
        # members missing from the Vietnam War, and ordnance removal": every item set off by
        # a comma, so it is a list; the one over-long item is left out, not the whole list.
        kept = [p for k, p in enumerate(parts) if k != long_at[0]]
        pieces = [x for p in kept for x in (p, ", ")][:-1]
        parts = pieces[::2]
        long_at = []
    if long_at or len(parts) == 1:
        parts = [phrase]
    else:
        # "withdrawal of troops from Mali, Burkina Faso and Niger", "a railway linking Subic
        # Bay and Clark", "the East and South China seas": names listed after a preposition
        # (or a bare compass word before a name) complete the part before; they are not
        # topics alone. Such a part may then run past the usual length.
        parts = [pieces[0]]
        naming = False
        for separator, part in zip(pieces[1::2], pieces[2::2], strict=True):
            if _YEARS_PART.match(part) and _ENDS_IN_YEARS.search(parts[-1]):
                # "citizens abducted in the 1970s and 1980s", "in 2023 and 2024": the years
                # complete the part before; a year is no topic.
                parts[-1] = f"{parts[-1]}{separator}{part}"
                named.add(parts[-1])
                continue
            if _NAME_PART.match(part) and (naming or _ENDS_IN_NAME_OBJECT.search(parts[-1])):
                parts[-1] = f"{parts[-1]}{separator}{part}"
                named.add(parts[-1])
                # "from the Tigris and Euphrates rivers, and the Development Road project": a
                # lower-case head noun closes the names; the next name is an item of its own.
                last_word = part.rsplit(maxsplit=1)[-1:]
                naming = not (last_word and last_word[0][:1].islower())
            else:
                parts.append(part)
                naming = False
    # "in the economic, trade and investment fields": one-word parts sharing the last part's
    # head noun ("fields", "sectors") are the topics; the head says only that they are areas.
    # The first area may close a phrase ("ways of enhancing them in the economic"): split off.
    areas: set[int] = set()
    for i in range(1, len(parts)):
        shared = _SHARED_AREA.fullmatch(parts[i])
        if shared is None:
            continue
        j = i - 1
        while j >= 0 and len(_lead_free(parts[j], lead_free).split()) == 1:
            j -= 1
        if j == i - 1 and j >= 0:
            opened = _AREA_OPENED.search(parts[j])
            if opened is None:
                continue  # "cooperation in the energy sector": one topic, nothing shared
        elif j >= 0:
            opened = _AREA_OPENED.search(parts[j])
        else:
            opened = None
        if opened is not None:
            parts[j] = parts[j][: opened.start()]
            parts.insert(j + 1, opened.group(1))
            i += 1  # noqa: PLW2901 - the part moved one on
            j += 1
        else:
            j += 1
        parts[i] = shared.group(1)
        areas.update(range(j, i + 1))
        break  # one list of areas per phrase
    # "a full and unconditional ceasefire", "North Korea's nuclear and missile programs": a part
    # that ends in an adjective has no noun; the adjective qualifies the noun of the next part.
    merged: list[str] = []
    for index, part in enumerate(parts):
        if index in areas or index - 1 in areas:
            merged.append(part)
            continue
        last = (
            merged[-1].strip(" ,").rsplit(maxsplit=1)[-1].casefold()
            if merged and merged[-1].strip(" ,")
            else ""
        )
        if (
            last in _TOPIC_ADJECTIVES
            or (
                merged
                and _SHARED_HEAD.search(part)
                and not _DETERMINER_START.match(part)
                and len(_lead_free(merged[-1], lead_free).split()) <= 2  # noqa: PLR2004
            )
            or (last and _modifier_pair(_lead_free(merged[-1], lead_free), merged, part))
        ):
            merged[-1] = f"{merged[-1].strip()} and {part.strip()}"
        else:
            merged.append(part)
    # "ways to deepen ties and develop them in various fields", "how to expand investment and
    # boost connectivity": the later parts are more infinitives of the same "ways to"; their
    # verb is how, not what. One whose object is a pronoun only refers back to an item before.
    infinitives = False
    topics: list[str] = []
    for index, part in enumerate(merged):
        if not infinitives:
            infinitives = bool(_WAYS_TO.match(part))
        else:
            verb = _LATER_INFINITIVE.match(part)
            if verb is not None:
                if _PRONOUN_OBJECT.match(part, verb.end()):
                    continue
                part = part[verb.end() :]  # noqa: PLW2901 - the part without its verb
        if index and not infinitives:
            # "negotiations on a free trade agreement and expand cooperation in maritime
            # security": a later part opening with a verb is the object of another verb of the
            # sentence ("agreed to fast-track ... and expand ..."); that object is the topic.
            bare = part.lstrip()
            verb = _ACTION_VERB.match(bare)
            if (
                verb is not None
                and not _PREPOSITION_NEXT.match(bare, verb.end())
                # "double taxation", "lower tariffs", "complete withdrawal": adjectives too.
                and bare[: verb.end()].split()[-1].casefold() not in _ADJECTIVE_VERBS
            ):
                part = _TOPIC_LEAD.sub("", bare[verb.end() :])  # noqa: PLW2901
        topic = _lead_free(part.replace(_KEPT_AND, "and "), lead_free).strip(" ,")
        # A list cut off before a quotation ("ceasefire and “lasting peace”") leaves its "and".
        topic = _TRAILING_DAY.sub("", _TRAILING_ADVERB.sub("", _TRAILING_CONJUNCTION.sub("", topic)))
        if " within " in topic or " by " in topic or " before " in topic or " until " in topic:
            # "a joint steering committee within 60 days", "a free trade agreement by March
            # next year": the time limit of the act, not part of its subject.
            topic = _TRAILING_LIMIT.sub("", topic)
        if topic.endswith(".") and "." not in topic[topic.rfind(" ") + 1 : -1]:
            # The sentence's full stop after an acronym ("against the PKK."), which the stop
            # pattern leaves as a possible abbreviation; "the U.S." keeps its dots.
            topic = topic[:-1]
        longest = _MAX_TOPIC_WORDS * (2 if part in named else 1)
        if _topic_length(topic) > longest:
            # "the $6bn in Iranian oil revenues transferred to Qatar in 2023 under a prisoner
            # exchange deal": the head before a reduced relative clause is the topic.
            relative = _REDUCED_RELATIVE.search(topic)
            if relative is not None and len(topic[: relative.start()].split()) >= 2:  # noqa: PLR2004
                topic = _lead_free(topic[: relative.start()], lead_free).strip(" ,")
        words = topic.split()
        if not words or _topic_length(topic) > longest:
            continue
        if len(words) == 1 and words[0].casefold() in _LONE_ADVERBS:
            continue  # 'Xi would "likewise" make a visit': an adverb left alone
        if len(words) > 2 and _CLAUSE_PART.search(topic):  # noqa: PLR2004
            continue  # a clause with its own verb: no subject discussed
        if words[0].casefold() in {"it", "them"} or (
            topic.endswith((" them", " it")) and _REFERS_BACK.search(topic)
        ):
            # "ways to develop it in the economic ... sectors", "the efforts made regarding
            # them": about items named before, no topic of its own.
            continue
        if words[0].casefold() in _PART_PREPOSITIONS or _ACTION_VERB.fullmatch(topic + " "):
            # "... and to meet again in February", "agreed to resume": a course of action
            # (an outcome's verb), not a subject discussed.
            continue
        if topic.casefold() in {
            "it",
            "this",
            "that",
            "them",
            "the issue",
            "issue",
            "issues",
            "matter",
            "matters",
            # "Topics such as A and B were on the table": the generic head left by the split.
            "topic",
            "topics",
            "subjects",
            # What was agreed is more talks ("agreed to start talks"): no subject of them.
            "talks",
            "negotiations",
            "discussions",
            "dialogue",
            "meeting",
            "meetings",
            # A possessive left alone by a cut ("its “destabilizing” actions" before the
            # quotation), and the people who will work on something, are no subjects.
            "its",
            "their",
            "his",
            "her",
            "our",
            "teams",
            "officials",
            "delegations",
            "sides",
            # "the relationship between the two parties and countries": the sides again.
            "countries",
            "nations",
            "peoples",
            "parties",
            # A ranking word left before "in the fields of X" ("ties, particularly in ...").
            "particularly",
            "especially",
            "notably",
            "mainly",
            "chiefly",
            "primarily",
            # The vague last of a list of areas ("energy and other sectors", "all fields").
            "other",
            "all",
            "various",
            "several",
            "many",
            "different",
            "related",
        }:
            continue
        if _VAGUE_TOPIC.fullmatch(topic):
            continue  # "a range of issues": no subject named
        if _ATTRIBUTION_TAIL.search(topic):
            continue  # "..., a presidential spokesman said": who reported it, not a topic
        topics.append(topic)
    if len(topics) > 1:
        # "cooperation in the fields of trade and energy": the fields say what the cooperation
        # is in; a bare "cooperation" next to them would only absorb later, narrower topics.
        topics = [t for t in topics if t.casefold() not in _BARE_HEADS]
    return topics


def _modifier_pair(before: str, merged: list[str], part: str) -> bool:
    """
    Whether *part* and the one bare word before it share *part*'s head noun.

    *before* is the part before (`merged[-1]`) without its lead. "steel and aluminum tariffs",
    "rail and road connectivity", "labor and wartime history issues": two modifiers of one
    head that is said of things of a kind (`_KIND_HEADS`), one topic. A list of one-word items
    before ("water, energy and security issues") is left split: which items the head takes is
    unclear there.
    """
    before = before.strip(" ,")
    if " " in before and before.split(maxsplit=1)[0].casefold() in _PAIR_SCOPE:
        before = before.split(maxsplit=1)[1]  # "remaining land and maritime boundaries"
    if " " in before or not before.islower() or (len(merged) > 1 and " " not in merged[-2].strip(" ,")):
        return False
    words = part.split()
    return (
        2 <= len(words) <= 4  # noqa: PLR2004
        and words[0].islower()
        and words[-1].casefold() in _KIND_HEADS
        and not _DETERMINER_START.match(part)
    )


def _lead_free(part: str, known: dict[str, str]) -> str:
    """*part* stripped, without its `_TOPIC_LEAD` (made once per part: a phrase asks up to three times)."""
    found = known.get(part)
    if found is None:
        found = known[part] = _TOPIC_LEAD.sub("", part.strip())
    return found


def _topic_key(topic: str) -> tuple[str, set[tuple[str, str]]]:
    """A topic's words (spaced, for whole-word containment) and its pairs of content words."""
    words = _TOPIC_WORD.findall(topic.casefold())
    pairs = {
        (a, b) for a, b in itertools.pairwise(words) if a not in _TOPIC_FILLER and b not in _TOPIC_FILLER
    }
    return " " + " ".join(words) + " ", pairs


def _add_topic(cluster: _Cluster, topic: str) -> None:
    """
    Add *topic* unless the meeting has one that says as much.

    One topic that contains the other as whole words ("drug trafficking" in "combating drug
    trafficking"), or that shares two content words in a row with it ("drug trafficking
    along the border"), is the same topic.
    """
    words, pairs = _topic_key(topic)
    if not any(w not in _TOPIC_FILLER and len(w) > 2 for w in words.split()):  # noqa: PLR2004
        return  # "a", "the status of": nothing to discuss
    if len(cluster.topics) >= _MAX_TOPICS:
        return
    for known in cluster.topics:
        other, other_pairs = _topic_key(known)
        if words in other or other in words or pairs & other_pairs:
            return
    cluster.topics.append(topic)


def _deal_topics(text: str, sentence: Span, folded: str | None = None) -> list[str]:
    """
    Deals a sentence says were signed or to be signed, named by what they are about.

    *folded* is the sentence in lower case (`bilateral.text._outcomes.fold`), when known: a
    regex whose every match holds a word absent from it is not run.
    """
    out: list[str] = []
    signing = folded is None or "sign" in folded
    for match in _SIGNED_DEAL.finditer(text, sentence.start, sentence.end) if signing else ():
        modifiers = match.group("mods").casefold().split()
        if any(w not in _DEAL_FILLER and not w[:1].isdigit() for w in modifiers):
            out.append(match.group("deal"))
    if folded is not None and not any(word in folded for word in _DEAL_WORDS):
        return out
    for match in _DEAL_ON.finditer(text, sentence.start, sentence.end):
        if _NOT_TOPIC.match(text, match.end(), sentence.end):
            continue  # "signed a pact on Thursday": a day, not what the pact is about
        out.extend(_split_topics(_topic_phrase(text, match.end(), sentence.end)))
    return out


def _outcome_topics(text: str, found: FoundOutcome) -> list[str]:
    """
    What an outcome is about, as topics of its meeting.

    "agreed that sanctions were not ..." gives "sanctions", "disagreed over U.S. aid" gives
    "U.S. aid", "signed pacts to boost cooperation in ..." gives "cooperation in ...", a
    short quoted formula ("enhanced strategic partnership") gives itself.
    """
    start, end = found.cue.end, found.evidence.end
    if end <= start:
        return []
    phrases: list[str] = []
    for quoted in _QUOTED_FORMULA.finditer(text, start, end):
        phrase = quoted.group(1).strip(" ,.;:")
        words = phrase.split()
        if (
            0 < len(words) <= _MAX_TOPIC_WORDS
            and words[0].casefold() not in _TOPIC_FILLER | {"from"}
            and words[0].casefold() not in _ADVERBIAL_OPENERS
            # 'the Sultanate "will spare no effort"': a quoted verb phrase, no subject.
            and words[0].casefold() not in _MODAL_WORDS
            # '"violations of the ceasefire must end"': a quoted clause, no subject.
            and not _CLAUSE_PART.search(phrase)
            # 'Xi would "likewise" make a visit': one quoted word that is no noun.
            and not (len(words) == 1 and words[0].casefold() in _LONE_ADVERBS)
            and not _QUOTED_MANNER.match(phrase)
            # 'a meeting both sides described as "frank and forward-looking"': a judgement.
            and not _JUDGED_AS.search(text, max(start, quoted.start() - 40), quoted.start())
            # 'a "two-plus-two" security dialogue': the name of a meeting format, no subject.
            and not _MEETING_FORMAT_AFTER.match(text, quoted.end(), end)
            # 'her "Sembrando Vida" tree-planting program': a name modifying the noun after it.
            and (quoted.group(1).endswith((",", ".")) or not _NOUN_AFTER_QUOTE.match(text, quoted.end(), end))
        ):
            phrases.append(phrase)
    cue = text[found.cue.start : found.cue.end].casefold()
    heads: list[int] = []
    lead: re.Match[str] | None = None
    if found.kind is not _OUTCOME_INVITATION:
        lead = _OUTCOME_OBJECT.match(text, start, end) if _OBJECT_CUES.search(cue) else None
        if lead is not None:
            heads.append(lead.end())
        if _may_hold(text[start:end], _PURPOSE_WORDS):
            heads.extend(m.end() for m in _OUTCOME_PURPOSE.finditer(text, start, end))
    for head in heads:
        if _WH_WORD.match(text, head, end):
            continue  # "disagreed about who was responsible": a question, not a subject
        phrase = _topic_phrase(text, head, end)
        if lead is not None and head == lead.end() and lead.group().rstrip().casefold().endswith("that"):
            verb = _CLAUSE_VERB.search(phrase)
            phrase = phrase[: verb.start()].strip() if verb is not None else ""
            if _SIDES_SUBJECT.fullmatch(phrase):
                continue  # "agreed that their countries were partners": the sides, no topic
        if _MEETING_VERB.match(phrase):
            continue  # "agreed to meet again in February": a meeting, not a subject
        if (
            head == (lead.end() if lead is not None else -1)
            and _PLEDGE_CUES.search(cue)
            and not _ACTION_VERB.match(phrase)
        ):
            continue  # "pledged to send troops": an act, not a subject of the talks
        for topic in _split_topics(_ACTION_VERB.sub("", _DANGLING.sub("", phrase))):
            # "agreed to resume direct flights, ease visa rules and set up a joint business
            # council": each later item has its own verb.
            verb = _ACTION_VERB.match(topic)
            phrases.append(_TOPIC_LEAD.sub("", topic[verb.end() :]) if verb is not None else topic)
    return phrases


def _outermost(refs: list[Ref]) -> list[Ref]:
    """Drop references nested in a longer one ("Mike Waltz" in "adviser Mike Waltz"); *refs* in text order."""
    out: list[Ref] = []
    reach = -1
    for ref in refs:
        if ref.end <= reach:
            continue
        out.append(ref)
        reach = max(reach, ref.end)
    return out


def _as_date(value: dt.date) -> dt.date:
    """A datetime's day (the anchor may be an aware datetime)."""
    return value.date() if isinstance(value, dt.datetime) else value


def _unplaced_anaphor(expr: TimeExpression) -> bool:
    """Whether *expr* is a day anaphor ("earlier in the day") with no day known to place it on."""
    return (
        expr.start is None
        and expr.weekday is None
        and expr.day is None
        and expr.month is None
        and expr.year is None
        and expr.granularity is _GRANULARITY_DAY
        and expr.modifier is not None
    )


def _one_day(expr: TimeExpression) -> bool:
    """Whether *expr* names a single day ("Friday", "April 26"), resolved or not."""
    if expr.start is not None:
        return expr.start == expr.end
    # "today", "yesterday" with no anchor to place them: a single day all the same.
    return expr.weekday is not None or expr.day is not None or expr.granularity is _GRANULARITY_DAY


def _same_date(a: TimeExpression, b: TimeExpression) -> bool:
    """Whether two expressions may name the same day (what both give agrees)."""
    if a.start is not None and b.start is not None and a.end is not None and b.end is not None:
        return a.start <= b.end and b.start <= a.end
    for field in ("year", "month", "day", "weekday"):
        x, y = getattr(a, field), getattr(b, field)
        if x is not None and y is not None and x != y:
            return False
    return True
