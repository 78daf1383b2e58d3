# ruff: noqa: RUF001, RUF003  (typographic quotation marks are what this module reads)
"""
Statements (attributions in the PolNeAR sense): a source, a cue and a content, from news text.

The stage works sentence by sentence ("units": the document's sentences, merged where a
quotation runs across a sentence boundary). Each unit is tokenised once; cue candidates are
found with the lexicons of `bilateral.text._verbs` (reporting verbs, nouns, adjectives,
passives, evidential adverbs, "according to"), each candidate gets its source and content
from local patterns, and the candidates are then accepted so that only the outermost
attribution survives: a cue inside an accepted content is nested and dropped.

Patterns handled (examples from news):

* SOURCE CUE [that] CONTENT: "Petro stated ... that the primary source ...",
  "Rubio said Monday the United States hopes ...", "He told VOA that ...".
* CONTENT, SOURCE CUE / CONTENT, CUE SOURCE: "“...,” Pifer said.", "..., say analysts."
* quotations split around the cue, and quotation-only sentences that continue one.
* "according to SOURCE": before or after its content.
* passives ("was described by both as ..."), reduced passives ("the raid referenced by
  Trump"), raising verbs ("it appears to have ..."), evidential adverbs ("He reportedly
  handed over ...").
* noun cues ("Petro's assertion that", "expressed concern that", "extended an invitation
  to Trump to visit ...", "a willingness to ..."), adjective cues ("critical of").
* participle and coordinated cues sharing a source: "..., adding that ...",
  "characterized Petro as “terrific” and said ...", "praised the deal but cautioned ...".
* sources as PolNeAR bounds them: identifying appositives kept ("the spokesman, Steffen
  Hebestreit,"), incidental relative clauses, participle and adjunct asides and time
  adverbials left out ("Biden, speaking in the Rose Garden, said", "Macron on Tuesday
  said"), a comma list of names heading a headline ("Modi, Albanese agree").

Everything is linear in the length of the text: precompiled regexes, one tokenisation per
unit, bounded look-around, and arrays of "next boundary" positions built once per unit.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import Final

import attrs

from bilateral.model import ActorKind, Span, SpeechMode, Statement
from bilateral.text._coref import actors_in, mentions_in, resolve_speaker
from bilateral.text._document import Document, MentionKind
from bilateral.text._lexicons import EntryKind, lexicon
from bilateral.text._quotes import QuoteIndex, find_quotes
from bilateral.text._segment import split_sentences
from bilateral.text._verbs import (
    ADJECTIVE_CUES,
    AUXILIARIES,
    CLAUSE_WORDS,
    CONJUNCTIONS,
    DETERMINERS,
    EVIDENTIAL_ADVERBS,
    INFERENCE_VERBS,
    IRREGULAR_PAST,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    NEGATIONS,
    NOUN_CUES,
    NOUN_MODIFIERS,
    OBJECT_PRONOUNS,
    PASSIVE_CUES,
    POSSESSIVES,
    PREPOSITIONS,
    RAISING_VERBS,
    RECIPIENT_NOUNS,
    REDUCED_PASSIVES,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    TIME_WORDS,
    TITLE_WORDS,
    VG_ADVERBS,
    VG_RAISERS,
    CueKind,
    Form,
    VerbCue,
    verb_cue,
    verb_forms,
)

__all__ = ["Resolver", "StatementStage", "units"]

#: Resolves a source mention to actor ids (``bilateral.text._coref.resolve_speaker``).
Resolver = Callable[[Document, Span], tuple[str, ...]]

# Enum members as module constants: reading `Form.PAST` goes through the enum's metaclass
# and costs about eight times a global's, and the rules test forms and kinds thousands of
# times per document (`_verb` alone a dozen times per candidate).
_BASE_FORM, _THIRD_FORM, _PAST_FORM, _ING_FORM = Form.BASE, Form.THIRD, Form.PAST, Form.ING
_BELIEF_CUE = CueKind.BELIEF
_PERSON_KIND, _COUNTRY_KIND, _ORGANIZATION_KIND = ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.ORGANIZATION
_DIRECT_MODE, _MIXED_MODE, _INDIRECT_MODE = SpeechMode.DIRECT, SpeechMode.MIXED, SpeechMode.INDIRECT
_NAME_MENTION, _TITLE_MENTION = MentionKind.NAME, MentionKind.TITLE

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.K.
    r"|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|St|Jr|Sr|Capt|Adm|Maj|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Vol|Inc|Corp|Ltd|Co)\.(?=\s|,)"
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial: C. Raja Mohan
    r"|\d+(?:[.,:]\d+)*"
    r"|(?<=\w)['’](?:s|re|ve|ll|d|m|t)\b"  # clitics: Petro’s, we're, didn't
    r"|\w+(?:[-‐]\w+|['’](?!(?:s|re|ve|ll|d|m|t)\b)\w+)*"  # Nyong'o, O'Brien, Sana'a
    r"|--"  # a dash typed as two hyphens, as wire copy does
    r"|\S"
)
#: `_TOKEN` with the white space before it. No token starts with white space and every
#: other character belongs to one (``\S`` is the last alternative), so the tokens of a span
#: are exactly these matches: ``findall`` gives them as strings, faster than match objects.
#:
#: Its first alternatives are shortcuts for the commonest tokens, tried in order:
#:
#: 1. an ASCII word (letters and digits) followed by none of: a period, an apostrophe, a
#:    hyphen, an underscore or a non-ASCII character. Whatever may follow such a run, no
#:    alternative below makes a longer or different token of it. Ranges of characters are
#:    cheaper for `re` than the Unicode ``\w`` class the next shortcut needs.
#: 2. a comma, a period or a double quotation mark: no other alternative starts with one.
#: 3. a word starting with an ASCII letter whose run of word characters is not followed by a
#:    period or an apostrophe (clitics and names such as "Nyong'o" take `_TOKEN`'s own way):
#:    `_TOKEN` tries abbreviations and initials first (dozens of alternatives, each failing
#:    at such a word) before it reaches ``\w+(?:[-‐]\w+)*``, and all of them need that
#:    period. The run is matched possessively so that "said." cannot shrink to "sai" to
#:    pass the check.
#:
#: Any other token falls through to `_TOKEN`'s own alternatives, so the matches are the same.
_SPACED_TOKEN = re.compile(
    r"(\s*)("
    r"[A-Za-z][A-Za-z0-9]*+(?![.'’\-‐_\x80-\U0010ffff])"
    r"|[,.“”\"]"
    r"|[A-Za-z]\w*+(?![.'’])(?:[-‐]\w+)*+(?![.'’])"
    rf"|{_TOKEN.pattern})"
)
# Marks on tokens.
_OPEN, _CLOSE = 1, 2
# Bounds of the look-around windows, in tokens: they keep every search local (linear time).
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][a-z]{0,4}")
_WINDOW = 12
# How far an aside between a subject and its verb may run: "China and Brazil, as the largest
# developing countries in the Eastern and Western hemispheres respectively, are ...".
_ASIDE_WINDOW = 18
_SOURCE_MAX = 18
_SUBJECT_MAX = 20
_APPOSITIVE_MAX = 30
_ACCORDING_MAX = 25
_RECIPIENT_MAX = 8
_PP_MAX = 7
_NAME_MAX = 6
_TIME_MAX = 4
# A word shorter than this is not judged for headline case or inflection.
_SHORT = 4
_HEADLINE_MIN_WORDS = 3
_MIN_CONTENT = 2
#: A closing tag's source is short: "he", "the spokesman", "a foreign ministry spokesperson".
_TAG_SOURCE_MAX = 8
#: Inverting verbs that do not close a sentence as a tag without a quotation ("..., the war continued.").
_NOT_TAGS = frozenset({"continue"})
_QUOTE_CHARS = frozenset("“”„‟«»\"‘’'")
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "’s", "'s"})
_HARD_STOPS = frozenset({".", "!", "?", ";", "|", "(", ")", "[", "]", "{", "}"})
_DASHES = frozenset({"—", "–", "--"})
#: Tokens `_Unit._is_breaker` can accept (it is asked only about these).
_BREAK_MARKS = frozenset({",", ";", "|"})
#: Tokens that end an open-ended content of the "noun" kind: commas, colons, dashes, stops.
_CLAUSE_MARKS = frozenset({",", ";", ":"}) | _DASHES | _HARD_STOPS
# Groups that headline a colon headline as its speakers: "Analysts: Deal Unlikely Before Vote".
_GROUP_LABELS = frozenset(
    {
        "analysts",
        "experts",
        "officials",
        "diplomats",
        "sources",
        "critics",
        "observers",
        "lawmakers",
        "activists",
    }
)
# Adverbs before a reduced passive: "first reported by Bloomberg".
_REPORT_ADVERBS = frozenset({"first", "previously", "initially", "earlier", "widely"})
# How someone told something: "told VOA by phone".
_MEANS = frozenset({"phone", "telephone", "video", "videolink", "email", "text", "letter"})
# Attitudes a readout says something "with": "noted with satisfaction".
_MANNER_NOUNS = frozenset(
    {"satisfaction", "concern", "appreciation", "interest", "regret", "pleasure", "approval"}
)
# Adjectives of degree inside a noun cue: "Japan's serious concern", "his deep appreciation".
_CUE_ADJECTIVES = frozenset(
    {"serious", "deep", "grave", "strong", "full", "firm", "sincere", "profound", "great", "growing",
     "continued", "earnest", "warm", "utmost", "particular", "strongest", "deepest", "heartfelt"}
)  # fmt: skip
# Audiences named by their event, whose noun is also a verb form: "told a media briefing".
_EVENT_NOUNS = frozenset({"briefing", "briefings", "hearing", "gathering", "meeting", "rally"})
# Records that "show" something: "U.S. Census Bureau data show", "trade figures showed".
_DATA_NOUNS = frozenset(
    {"data", "figures", "statistics", "records", "polls", "poll", "survey", "surveys", "estimates", "numbers",
     "documents"}
)  # fmt: skip
# What a government recalls when it withdraws it: "recalled its ambassador".
_RECALLED = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat", "troops", "forces", "staff",
     "consul", "charge", "chargé", "delegation", "team"}
)  # fmt: skip
# Participles used as adjectives of an office: "founding director", "acting president".
_TITLE_PARTICIPLES = frozenset(
    {"founding", "managing", "acting", "outgoing", "incoming", "retired", "presiding", "visiting",
     "serving", "ruling", "governing", "reigning"}
)  # fmt: skip
# Participles that describe the noun before their comma, what it is made of or how big it is
# ("had brought the largest delegation, comprising more than 120 CEOs", "signed 11 deals,
# covering energy and rail", "loans, totalling $2 billion"): the clause goes on with the
# speaker's words, unlike the reporter's "..., prompting criticism".
_NOUN_PARTICIPLES = frozenset(
    {"comprising", "involving", "covering", "totaling", "totalling", "numbering", "containing",
     "consisting", "ranging", "spanning", "stretching", "linking", "connecting", "valued"}
)  # fmt: skip
_NOT_PARTICIPLES = frozenset(
    {
        "including",
        "according",
        "regarding",
        "concerning",
        "notwithstanding",
        "nothing",
        "something",
        "anything",
        "everything",
        "during",
        "morning",
        "evening",
        "king",
        "thing",
        "things",
        "spring",
        "string",
        "wing",
        "ring",
        "building",
        "meeting",
        "beijing",
        "nanjing",
        "pyongyang",
        "bring",
        # Nouns of a trade or sector, items of topic lists ("focused on security, shipping
        # in the Gulf and ...") far more often than participles opening a clause.
        "shipping",
        "housing",
        "mining",
        "trafficking",
        "smuggling",
        "peacekeeping",
        "banking",
        "manufacturing",
        "farming",
        "clothing",
        "wedding",
        "ceiling",
    }
)
_COMMA_BREAKERS = frozenset(
    {
        "while",
        "whereas",
        "as",
        "despite",
        "following",
        "after",
        "before",
        "prompting",
        "amid",
        "although",
        "though",
        "unless",
        "in",
        "at",
        "during",
        "even",
        "without",
    }
)
_SUBORDINATE_OPENERS = frozenset(
    {
        "although",
        "though",
        "while",
        "if",
        "when",
        "as",
        "because",
        "since",
        "after",
        "before",
        "once",
        "unless",
    }
)
_CONDITIONS = frozenset({"if", "unless"})
_LEADING_JUNK = frozenset(
    {
        "but",
        "and",
        "so",
        "yet",
        "or",
        "however",
        "meanwhile",
        "then",
        "now",
        "still",
        "instead",
        "finally",
        "separately",
        "also",
        "later",
        "earlier",
        "today",
        "yesterday",
        "therefore",
        "thus",
        "hence",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "accordingly",
        "consequently",
        "additionally",
    }
)
_ADJUNCT_PREPS = frozenset(
    {"in", "at", "on", "aboard", "from", "via", "during", "after", "before", "following", "over"}
)
# After a verb of speech ("said in an interview with the ABC", "said with a smile"), a
# phrase opening with these is an adjunct: what was said is elsewhere (a quotation before,
# or a "that" further on). Other cues take them as objects ("agreed with", "discussed with").
_SPEECH_ADJUNCT_PREPS = frozenset({"with", "by", "through", "alongside", "beside"})
_ADJUNCT_CLAUSE = frozenset(
    {"while", "before", "after", "as", "when", "during", "following", "amid", "despite"}
)
_TIME_ANCHORS = TIME_WORDS - {
    "on",
    "in",
    "late",
    "early",
    "this",
    "again",
    "previously",
    "recently",
    "last",
    "next",
}
_NOT_RECIPIENT = PREPOSITIONS | AUXILIARIES | TIME_WORDS | SUBORDINATORS | CONJUNCTIONS
_NOUN_BEFORE = frozenset(
    {
        "a",
        "an",
        "the",
        "no",
        "any",
        "every",
        "each",
        "much",
        "little",
        "more",
        "less",
        "this",
        "these",
        "those",
        "another",
    }
)
_NP_PREPS = frozenset({"in", "at", "from", "for", "with", "on"})
_ASIDES = frozenset({"too", "though", "in", "turn", "for", "his", "her", "their", "its", "part", "however"})
# Adverbs of manner and time that stay outside a bare clause after the cue: "said
# privately they were relieved" (not "only", "once", "just": "said only the UN could ...").
_MANNER_ADVERBS = frozenset(
    {"privately", "publicly", "separately", "openly", "bluntly", "firmly", "explicitly", "later", "earlier",
     "previously", "repeatedly", "again", "flatly"}
)  # fmt: skip
# Words that open a bare reported clause after such an adverb: a subject pronoun or an article.
_CLAUSE_OPENERS = frozenset(
    {"he", "she", "they", "we", "i", "it", "the", "a", "an", "his", "her", "its", "their"}
)
# Adverbs between a cue and its "that" or quotation, outside the content ("said only that").
_FOCUS_ADVERBS = frozenset(
    {
        "only",
        "simply",
        "merely",
        "again",
        "repeatedly",
        "once",
        "just",
        "flatly",
        # Manner and time: "said privately that ...", "told reporters later that ...".
        "privately",
        "publicly",
        "separately",
        "openly",
        "bluntly",
        "firmly",
        "explicitly",
        "later",
        "earlier",
        "previously",
    }
)
# Plural subjects without "-s" before a base-form verb: "the people want", "the police say".
_COLLECTIVE = frozenset(
    {"people", "police", "public", "media", "military", "government", "leadership", "youth"}
)
# What may follow a welcomed guest: "and his delegation", "at the palace", "to Nairobi".
_GREETING_ENDS = frozenset({"and", "on", "at", "to", "in", "with", "before", "after"})
# Who is welcomed in person: "welcomed the guests", "welcomed the visiting delegation".
_GUEST_NOUNS = frozenset({"guest", "guests", "visitor", "visitors", "delegation", "delegations", "visiting"})
# Platforms named alone after "on": "wrote on X", "said on Telegram".
_PLATFORMS = frozenset(
    {"x", "twitter", "facebook", "telegram", "instagram", "weibo", "wechat", "linkedin", "youtube",
     "tiktok", "threads", "bluesky", "vk", "whatsapp"}
)  # fmt: skip
# Outlets named after their description: "told state broadcaster CCTV", "told radio station W".
_MEDIA_NOUNS = frozenset(
    {"station", "broadcaster", "agency", "newspaper", "daily", "network", "outlet", "magazine",
     "channel", "weekly", "radio", "television", "tv", "website", "podcast"}
)  # fmt: skip
# What "state" names before it is an outlet, not a verb: "state television", "state news agency".
_STATE_OUTLETS = _MEDIA_NOUNS | {"media", "news", "broadcaster", "press"}
# Speech events named by a word that is also a verb form: "a conference call", "a news briefing".
_SPEECH_EVENTS = frozenset({"call", "briefing", "address", "interview", "comments"})
# Where statements are posted: "on its website", "on his Telegram channel".
_PLATFORM_NOUNS = frozenset(
    {"website", "site", "account", "channel", "page", "platform", "feed", "blog", "media", "television",
     "tv", "radio"}
)  # fmt: skip
# Verbs whose negation reports that nothing was said: "did not respond", "has not commented".
_SILENCE_VERBS = frozenset({"respond", "reply", "answer", "comment"})
#: Verbs whose refusal says nothing either: "declined to confirm (deny) the report" is no
#: statement, though "confirmed the report" is.
_UNCONFIRMED = frozenset({"confirm", "deny"})
#: Nouns a bare "discussed" after them qualifies ("the issues discussed", "matters
#: discussed at the talks"): a reduced relative naming topics, no one's speech.
_DISCUSSED_NOUNS = frozenset({"issues", "topics", "subjects", "matters", "questions", "areas", "themes"})
# Verbs of saying nothing (or less) that are no reporting cue: "gave no details", "did not
# elaborate", "stopped short of".
_RETICENT_VERBS = frozenset(
    {
        "gave",
        "give",
        "gives",
        "provided",
        "provide",
        "provides",
        "elaborate",
        "elaborated",
        "specify",
        "specified",
        "stopped",
        "go",
    }
)
# Words that open the short subject of a coordinated refusal ("but the ministry declined").
_RETICENT_SUBJECTS = frozenset({"he", "she", "it", "they", "the", "his", "her", "its", "their"})
_RETICENT_SUBJECT_MAX = 4
# Prepositions opening an adjunct after a closing tag: "said of the plan", "said about it".
# A reporter's framing of a content in time or in a series, after a comma (see `_Unit._reporter_frame`).
_TIME_QUANTITIES = frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "several", "few", "just", "only", "barely", "some"}
)
_TIME_UNITS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"})
_SERIES_OPENERS = frozenset({"the", "his", "her", "their", "its"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "latest", "last"})
_FRAME_OPENERS = _TIME_QUANTITIES | _TIME_UNITS | _SERIES_OPENERS
# Labels a wire headline opens with before a colon: "Exclusive: ...", "Analysis: ...".
_HEADLINE_LABELS = frozenset(
    {"exclusive", "analysis", "explainer", "factbox", "breaking", "update", "insight", "interview", "opinion",
     "watch"}
)  # fmt: skip
# Verbs of an outlet carrying someone's words: "quoted the minister as saying".
_QUOTING = frozenset({"quoted", "quoting", "quotes", "cited", "citing", "cites"})
# Words that open a candidate of their own kind: quoting verbs and refusals to say more.
_RARE_OPENERS = _QUOTING | _RETICENT_VERBS
# What a warning or reminder is about, after the one it is addressed to.
_WARNING_PREPS = frozenset({"over", "about", "of", "against"})
_TAG_PREPOSITIONS = frozenset({"of", "about", "after", "before", "during", "outside", "upon"})
# Small words inside a title in quotation marks: "Meet the Press", "Face the Nation".
_TITLE_LINKS = frozenset({"the", "of", "and", "a", "in", "on", "with"})
# Verbs whose object a following base form is: "hold call", "made request", "took questions".
_OBJECT_TAKERS = frozenset(
    {"hold", "holds", "held", "holding", "make", "makes", "made", "making", "take", "takes", "took",
     "receive", "receives", "received", "reject", "rejects", "rejected", "accept", "accepts", "accepted"}
)  # fmt: skip
# A participle and the noun before it: "statement released by ...".
_PLURAL_TOKENS = 2
# Speech nouns that follow "in" without an article: "said in remarks", "said in comments to".
_BARE_SPEECH_NOUNS = frozenset({"remarks", "comments", "statements", "interviews", "testimony"})
# Participles without "-ed" that open a modifier of a speech noun: "remarks broadcast on ...".
_IRREGULAR_PARTICIPLES = frozenset(
    {"broadcast", "written", "sent", "made", "given", "shown", "read", "run", "seen"}
)
# Nouns of a reporter's comment set off after a content: ", a phrase ...", ", an apparent
# reference to ...", ", a move seen as ...".
_ASIDE_NOUNS = frozenset(
    {"phrase", "term", "reference", "nod", "euphemism", "allusion", "expression", "move", "sign", "signal",
     "swipe", "jab", "dig", "claim", "charge", "accusation", "allegation", "assertion", "position", "stance",
     "view", "assessment", "sentiment", "ruling", "verdict", "decision", "version", "account",
     "characterization", "characterisation", "description", "portrayal", "word", "wording", "language"}
)  # fmt: skip
# Adverbs that can follow a cue with nothing said after them: "a line he repeated twice".
_BARE_ADVERBS = frozenset(
    {"twice", "again", "often", "repeatedly", "later", "earlier", "too", "also", "once"}
)
# Nouns of the reporter's aside when a relative clause with a named subject follows: "...,
# a status Hanoi has long sought", "..., a demand Kyiv has rejected".
_GOAL_NOUNS = frozenset({"status", "goal", "demand", "request", "designation", "aim", "ambition", "proposal"})
# How far back (in tokens) a coordinated cue looks for the "that" of a reported clause.
_THAT_REACH = 40
# How far (in characters) an "it" source may follow the institution's statement it continues.
_IT_REACH = 400
_INSTITUTIONS = (_ORGANIZATION_KIND, _COUNTRY_KIND)
# Mentions that name a person inside a quotation (not pronouns: "he" in a quote is someone else).
_NAMING = (_NAME_MENTION, _TITLE_MENTION)
# Quantifiers opening an inverted source: "said one of the sources", "said another official".
_QUANTIFIERS = frozenset({"one", "another", "several", "some", "many", "each", "most", "both"})
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "it", "you", "both"})
_SUBJECT_PRONOUNS = _PERSONAL - {"both"}
#: Cues whose object is warned of something: "warned Turkey against ...", "cautioned X of ...".
_WARNING_LEMMAS = frozenset({"warn", "caution"})
#: Words after "on", "last" or "earlier" that make a time adverbial ("on Friday", "last week").
_WEEKDAYS_AND_TIMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month",
     "year", "today", "this", "morning", "afternoon", "evening", "night"}
)  # fmt: skip
#: Words after which a preposition stays inside a source: "a source close to the talks",
#: "officials familiar with the matter", "a diplomat privy to the plan".
#: "el-Sisi", "al-Sudani", "ash-Shaibani": an Arabic surname written with its article, lower
#: case even inside a name. Such a token is a word of the name like a capitalised one.
# A name opening with an article: Arabic "al-Hayya", "el-Sisi"; French elision "l'Afrique",
# "d'Ivoire" (one token, lower case before the apostrophe).
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)[-\u2010][A-Z]|[ld]['’][A-Z]")
_PP_ADJECTIVES = frozenset({"close", "familiar", "involved", "knowledgeable", "privy", "near"})
#: Nouns after "with" inside a source: "two officials with knowledge of the matter".
_PP_NOUNS = frozenset({"knowledge", "direct", "access", "ties", "links"})
#: Words opening an aside between a subject and its verb ("Trump, in a post on Truth
#: Social, said", "Lula, while visiting Beijing, said"): not part of the source. "of" and
#: "from" are missing on purpose: "Smith, of the Brookings Institution," identifies.
_ASIDE_OPENERS = frozenset(
    {"in", "at", "on", "aboard", "during", "after", "before", "following", "amid", "despite", "while",
     "when", "speaking", "writing", "asked", "via", "through"}
)  # fmt: skip
#: Capitalised words that open a headline's adverbial, not a name: "In Sydney, ...".
_NOT_LIST_OPENERS = PREPOSITIONS | DETERMINERS | SUBORDINATORS | _LEADING_JUNK | _ADJUNCT_CLAUSE
#: Name particles that do not open a surname used alone ("How do Democrats say ...").
_NOT_SURNAME_OPENERS = frozenset({"do", "y", "st.", "le", "la"})
#: Words opening a non-restrictive relative clause after a comma.
_RELATIVE_OPENERS = frozenset({"who", "whom", "whose", "which"})
#: Words a source cannot end with: what precedes a time adverbial must be the subject's head.
_NOT_SOURCE_ENDS = DETERMINERS | POSSESSIVES | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES
# Unions the rules test in loops, built once (an enum is compared with `is` for the same
# reason: a set of members calls the enum's Python-level __hash__ on every test).
_CONJUNCTIONS_WHILE = CONJUNCTIONS | {"while"}
_DETERMINERS_POSSESSIVES = DETERMINERS | POSSESSIVES
_NUMBER_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "several", "many", "some", "most", "few", "other"}
)
_CARDINALS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


#: A token of a unit: start and end offsets, text, lower-case text, index of the quotation
#: holding it (-1 if none), quotation mark (1 = the opening mark of its quotation, 2 = the
#: closing one, 0 = neither), whether it is a word or a number (its first character is
#: alphanumeric), and whether it starts with a capital. A plain tuple read through the
#: constants below: every sentence is tokenised, and a tuple is built for half the cost of
#: a class instance, which was the largest cost of the stage.
_Tok = tuple[int, int, str, str, int, int, bool, bool]
_START: Final = 0
_END: Final = 1
_TEXT: Final = 2
_LOW: Final = 3
_Q: Final = 4
_MARK: Final = 5
_IS_WORD: Final = 6
_CAP: Final = 7


_Range = tuple[int, int]


def _spaced_hyphens(text: str, toks: list[_Tok], marks: list[int]) -> None:
    """
    Read each hyphen with a space on both sides as an en dash, a clause mark.

    The token keeps its offsets (spans still point at the hyphen); only its text changes,
    so every rule about dashes sees it. Out of quotations it joins *marks* in order.
    """
    added = False
    for k, t in enumerate(toks):
        if t[_TEXT] != "-" or k == 0 or k + 1 >= len(toks):
            continue
        s, e = t[_START], t[_END]
        if text[s - 1] not in " \u00a0" or text[e] not in " \u00a0":
            continue  # a bullet opening a line ("\n- expanding joint exercises") is no dash
        toks[k] = (s, e, "–", "–", t[_Q], t[_MARK], False, False)
        if t[_Q] < 0:
            marks.append(k)
            added = True
    if added:
        marks.sort()


@attrs.define
class _Cand:
    """A candidate attribution inside one unit, in token indices."""

    frame: str
    cue: _Range
    src: _Range | None = None
    #: The source is taken from a neighbouring statement ("..., adding that").
    chain: bool = False
    #: Open-ended content starts here (ends at the first clause boundary).
    c_start: int | None = None
    #: How open-ended content stops: "clause", or "noun" (also at commas and inference verbs).
    stop: str = "clause"
    #: Fixed content before the cue (subject of a passive, content of "..., X said").
    left: _Range | None = None
    #: For post-cue frames, the content ends here and its start is found at acceptance.
    post_end: int | None = None
    #: Content that continues after the cue ("“...,” he added, “...”").
    tail: _Range | None = None
    #: Token index where a content running into this candidate must stop.
    cut: int | None = None
    #: Token index where this candidate's own open-ended content must stop (the comma
    #: closing the non-restrictive relative clause the cue sits in).
    limit: int | None = None
    hedge: str | None = None
    content: list[_Range] = attrs.Factory(list)
    #: Speakers known without resolving the source: the interviewee of an "A:" turn.
    speakers: tuple[str, ...] = ()


class _Unit:
    """One sentence (or several joined by a quotation), tokenised, with boundary tables."""

    #: The unit is the article's headline (set by the stage on that one unit).
    headline = False

    def __init__(
        self, text: str, span: Span, quotes: QuoteIndex, bounds: tuple[list[int], list[int]]
    ) -> None:
        self.span = span
        toks: list[_Tok] = []
        append = toks.append
        starts, ends = bounds
        nq = len(ends)
        qi = quotes.first_ending_after(span.start)
        # Tokens and the white space before each, as strings: offsets follow from lengths.
        pairs = _SPACED_TOKEN.findall(text, span.start, span.end)
        e = span.start
        # The tokens that can open a candidate and the clause marks outside quotations are
        # noted while the tokens are built: one test per token here is cheaper than another
        # pass over the tokens later.
        # One lookup of the lower-case token in a table of both (`_token_kinds`).
        kinds = _token_kinds()
        hits: list[int] = []
        marks: list[int] = []
        closes: list[int] = []
        #: A quotation reaches into the unit (else no token is quoted).
        self.quoted = not (qi >= nq or starts[qi] >= span.end)
        if not self.quoted:
            # No quotation reaches into the unit (the common case): no token is quoted.
            for space, g in pairs:
                s = e + len(space)
                e = s + len(g)
                c = g[0]
                low = g.lower()
                kind = kinds.get(low)
                if kind is not None:
                    (hits if kind else marks).append(len(toks))
                append((s, e, g, low, -1, 0, c.isalnum(), c.isupper()))
        else:
            # Walk the quotations alongside the tokens (both in text order) rather than
            # search the index for every token. *qi* is the first quotation ending after
            # the token's start, spanning [qstart, qend): a token is inside it when it
            # starts at or after qstart, and the walk moves on only once a token starts
            # at or after qend, so most tokens cost one comparison or two.
            far = len(text) + 1
            qstart, qend = starts[qi], ends[qi]
            for space, g in pairs:
                s = e + len(space)
                e = s + len(g)
                if s >= qend:
                    while qi < nq and ends[qi] <= s:
                        qi += 1
                    qstart, qend = (starts[qi], ends[qi]) if qi < nq else (far, far)
                c = g[0]
                low = g.lower()
                if s < qstart:
                    kind = kinds.get(low)
                    if kind is not None:
                        (hits if kind else marks).append(len(toks))
                    append((s, e, g, low, -1, 0, c.isalnum(), c.isupper()))
                    continue
                mark = 0
                if (s == qstart or e == qend) and g in _QUOTE_CHARS:
                    if s == qstart:
                        mark = _OPEN
                    else:
                        mark = _CLOSE
                        closes.append(len(toks))
                append((s, e, g, low, qi, mark, c.isalnum(), c.isupper()))
        if text.find(" - ", span.start, span.end) >= 0:
            # "... no risk downstream - a position Egypt rejects": wire copy typed as plain
            # text sets a dash off with a hyphen between spaces. Such a hyphen is read as the
            # dash it stands for (a hyphen inside "2020-2023" or "Gabd-Rimdan" is not).
            _spaced_hyphens(text, toks, marks)
        self.toks = toks
        #: Tokens outside quotations that can open a candidate (see `_candidates`).
        self.hits = hits
        #: Commas, colons, dashes and stops outside quotations.
        self.marks = marks
        #: Closing quotation marks.
        self.closes = closes
        self.n = len(toks)
        self._title_case: bool | None = None
        #: -1 until computed.
        self._first_comma: int | None = -1
        self._breakers: list[int] | None = None
        self._infer: list[int] | None = None
        self._relative: list[int] | None = None
        self._text = text
        self._has_dash: bool | None = None

    # The lookups below are needed only for units with a cue candidate (a quarter of the
    # sentences of news text have none): what each needs is built on first use, then kept
    # in a plain attribute (`functools.cached_property` takes a lock on every first use, and
    # a unit is short-lived). Positions are kept as sorted lists and searched with `bisect`:
    # a comprehension over the tokens is cheaper than a per-token table filled in a loop,
    # and a unit asks only a few questions.

    @property
    def title_case(self) -> bool:
        """A headline: nearly every long word capitalised and no final period."""
        if self._title_case is None:
            toks = self.toks
            words = [t for t in toks if t[_IS_WORD] and len(t[_TEXT]) >= _SHORT and t[_Q] < 0]
            last = toks[-1][_TEXT] if toks else ""
            self._title_case = (
                len(words) >= _HEADLINE_MIN_WORDS
                and sum(t[_CAP] for t in words) >= 0.9 * len(words)
                and last != "."
            )
        return self._title_case

    @property
    def first_comma(self) -> int | None:
        """The first comma outside quotations."""
        if self._first_comma == -1:
            self._first_comma = next(
                (i for i, t in enumerate(self.toks) if t[_Q] < 0 and t[_TEXT] == ","), None
            )
        return self._first_comma

    @property
    def has_dash(self) -> bool:
        """Whether a dash (em or en dash, or "--") occurs in the unit (a search in C, no token walk)."""
        if self._has_dash is None:
            text, lo, hi = self._text, self.span.start, self.span.end
            self._has_dash = (
                text.find("—", lo, hi) >= 0
                or text.find("–", lo, hi) >= 0
                or text.find("--", lo, hi) >= 0
                or text.find(" - ", lo, hi) >= 0
            )
        return self._has_dash

    def has_text(self, needle: str) -> bool:
        """Whether *needle* occurs in the unit's text (a search in C, no token walk)."""
        return self._text.find(needle, self.span.start, self.span.end) >= 0

    def next_breaker(self, i: int) -> int:
        """The first clause breaker outside quotations at or after token *i* (``n`` if none)."""
        if self._breakers is None:
            toks = self.toks
            # Every breaker mark is a clause mark: only those positions are judged.
            breakers = [
                k
                for k in self.marks
                if (toks[k][_TEXT] in _BREAK_MARKS and self._is_breaker(k))
                or (toks[k][_TEXT] in _DASHES and self._dash_aside(k))
            ]
            # '“... Indian Ocean,” a phrase Tokyo uses ...': the comma sits inside the marks.
            closed = [
                k + 1
                for k in self.closes
                if k + 2 < self.n
                and toks[k - 1][_TEXT] == ","
                and toks[k + 1][_Q] < 0
                and self._after_closing_comma(k + 1)
            ]
            self._breakers = sorted(breakers + closed) if closed else breakers
        return _next_in(self._breakers, i, self.n)

    def next_comma(self, i: int) -> int:
        """The first comma, colon, dash or stop outside quotations at or after token *i*."""
        return _next_in(self.marks, i, self.n)

    def next_infer(self, i: int) -> int:
        """The first inference verb outside quotations at or after token *i* (``n`` if none)."""
        if self._infer is None:
            self._infer = [k for k, t in enumerate(self.toks) if t[_Q] < 0 and t[_LOW] in INFERENCE_VERBS]
        return _next_in(self._infer, i, self.n)

    def last_relative(self, i: int) -> int:
        """The last ", which|who" outside quotations at or before token *i* (-1 if none)."""
        if self._relative is None:
            toks = self.toks
            self._relative = [
                k
                for k, t in enumerate(toks)
                if t[_Q] < 0 and t[_LOW] in {"which", "who"} and k > 0 and toks[k - 1][_TEXT] == ","
            ]
        if i >= self.n:
            return -1
        k = bisect.bisect_right(self._relative, i)
        return self._relative[k - 1] if k else -1

    def _is_breaker(self, i: int) -> bool:
        t = self.toks[i]
        if t[_TEXT] in {";", "|"}:
            return True
        if t[_TEXT] != "," or i + 1 >= self.n:
            return False
        nxt = self.toks[i + 1]
        if nxt[_Q] >= 0 or not nxt[_IS_WORD] or nxt[_CAP]:
            return False
        if nxt[_LOW] in _COMMA_BREAKERS:
            if self.toks[i - 1][_LOW] == "that" and self.toks[i - 1][_Q] < 0:
                # "said that, while Türkiye valued its ties, it could not stay silent": an
                # aside opening the reported clause, which goes on after it.
                return False
            # "whether France, after being pushed out of Mali, was the right partner": an
            # aside closed before the clause's verb breaks nothing.
            return not self._closed_aside(i + 1)
        if nxt[_LOW] in {"a", "an"} and (self.reporter_aside(i + 2) or self.gap_clause(i + 2)):
            return True
        if nxt[_LOW] == "something" and i + 2 < self.n:
            # "..., something The Hague has so far refused to do": the reporter's aside.
            after = self.toks[i + 2]
            if after[_Q] < 0 and (after[_CAP] or after[_LOW] in DETERMINERS or after[_LOW] in _PERSONAL):
                return True
        if (nxt[_LOW] in _FRAME_OPENERS or nxt[_LOW].isdigit()) and self.reporter_frame(i + 1):
            return True
        return (
            (_participle(nxt[_LOW]) or _past_form(nxt[_LOW]))
            and nxt[_LOW] not in _NOUN_PARTICIPLES
            and not self._closed_aside(i + 1)
            and not self._opened_aside(i)
        )

    def _opened_aside(self, i: int) -> bool:
        """
        Whether the comma at *i* closes an aside opened after a subject: the verb after it is the clause's.

        "She said Duda, whose term ends in August, wanted to leave on good terms", "Duda,
        the outgoing president, wanted ...": a relative clause (or an appositive after a
        name) set off by commas; the past form after the second comma is the subject's verb,
        not a participle of the reporter's.
        """
        toks = self.toks
        for k in range(i - 1, max(0, i - _WINDOW), -1):
            t = toks[k]
            if t[_Q] >= 0 or t[_TEXT] in _HARD_STOPS or t[_TEXT] in {";", ":"}:
                return False
            if t[_TEXT] == ",":
                opener = toks[k + 1][_LOW]
                if opener in {"who", "whose"}:
                    return True
                if opener in {"as", "despite"} and i + 2 < self.n and toks[i + 2][_LOW] != "by":
                    # "Germany and Turkey, as NATO allies, shared ...": a role or a concession
                    # between the subject and its verb (not "..., as X arrived, greeted by").
                    return True
                return opener in {"the", "a", "an"} and toks[k - 1][_CAP] and toks[k - 1][_Q] < 0
        return False

    def reporter_frame(self, i: int) -> bool:
        """
        Whether the reporter frames the clause before the comma at *i* - 1 in time or in a series.

        "..., a day after the two sides signed a pact", "..., weeks before the vote": when
        it was said, relative to another event. "..., his third visit since taking office",
        "..., the first such meeting since 2019": where it stands in a series. Neither is
        what the speaker said; an aside closed before the verb it interrupts ("the pact,
        the first of its kind, was ...") is left in.
        """
        k = i
        if self.low(k) in _TIME_QUANTITIES or self.low(k).isdigit():
            k += 1
            if self.low(k) in _TIME_QUANTITIES:
                k += 1  # "just two days after"
        if self.low(k) in _TIME_UNITS and self.low(k + 1) in {"after", "before", "ahead", "since"}:
            return True
        return (
            self.low(i) in _SERIES_OPENERS
            and self.low(i + 1) in _ORDINALS
            and self.outside(i + 1)
            and not self._closed_aside(i)
        )

    def _after_closing_comma(self, i: int) -> bool:
        """
        Whether the words at *i*, after a comma inside closing quotation marks, end a clause.

        '... the deal “will not be signed this year,” citing legal hurdles': as after a
        plain comma, a participle, a subordinator or a reporter's aside breaks the clause.
        """
        nxt = self.toks[i]
        if not nxt[_IS_WORD] or nxt[_CAP]:
            return False
        if nxt[_LOW] in {"a", "an"}:
            return self.reporter_aside(i + 1)
        if nxt[_LOW] in _COMMA_BREAKERS:
            return True
        return (_participle(nxt[_LOW]) or _past_form(nxt[_LOW])) and not self._closed_aside(i)

    def reporter_aside(self, i: int) -> bool:
        """
        Whether ", a phrase ...", ", an apparent reference to ..." starts at *i* (after the article).

        The reporter's comment on the clause before it ("..., a phrase Tokyo often uses to
        signal concern about China") is not what the speaker said.
        """
        for k in range(i, min(self.n, i + 2)):
            t = self.toks[k]
            if t[_Q] >= 0 or not t[_IS_WORD]:
                return False
            if t[_LOW] in _ASIDE_NOUNS:
                return True
            if (
                t[_LOW] in _GOAL_NOUNS
                and k + 1 < self.n
                and (self.toks[k + 1][_CAP] or self.toks[k + 1][_LOW] in _ZERO_RELATIVE_SUBJECTS)
                and self.toks[k + 1][_Q] < 0
            ):
                # "..., a status Hanoi has long sought", "..., a request the Polish president
                # said he would take up": a relative clause on the goal.
                return True
        return False

    def _dash_aside(self, i: int) -> bool:
        """
        Whether the dash at *i* opens the reporter's comment on the words before it.

        '... over “coercive actions” — language that did not name China', '“historic” — a
        word he used three times': a noun of wording or of a claim, with or without an
        article, then what the reporter says about it.
        """
        if self.toks[i][_Q] >= 0 or i + 2 >= self.n:
            return False
        k = i + 1
        if self.low(k) in {"a", "an"}:
            k += 1
        noun = self.toks[k]
        if noun[_Q] >= 0 or noun[_LOW] not in _ASIDE_NOUNS or k + 1 >= self.n:
            return False
        nxt = self.toks[k + 1]
        return nxt[_Q] < 0 and (
            nxt[_CAP] or nxt[_LOW] in _ZERO_RELATIVE_SUBJECTS or nxt[_LOW] in {"that", "which", "it"}
        )

    def gap_clause(self, i: int) -> bool:
        """
        Whether ", a step both men said could end ..." starts at *i* (after the article).

        A noun, then a relative clause without its pronoun whose verb reports a clause
        about the noun: a statement of its own, by the clause's subject, so the content
        before the comma ends there.
        """
        noun = self.tok(i)
        subject = self.tok(i + 1)
        if noun is None or subject is None or noun[_Q] >= 0 or subject[_Q] >= 0:
            return False
        if not noun[_IS_WORD] or noun[_CAP] or noun[_LOW] in _NOT_RECIPIENT or noun[_LOW] in DETERMINERS:
            return False
        if not (subject[_CAP] or subject[_LOW] in _ZERO_RELATIVE_SUBJECTS):
            return False
        for k in range(i + 2, min(self.n - 1, i + 2 + _PLURAL_TOKENS + 1)):
            t = self.toks[k]
            if t[_Q] >= 0 or not t[_IS_WORD]:
                return False
            hit = verb_cue(t[_LOW])
            if hit is not None and hit[0].lemma in _SAY_LEMMAS:
                nxt = self.toks[k + 1]
                return nxt[_Q] < 0 and nxt[_IS_WORD] and (nxt[_LOW] in AUXILIARIES or self.s_verb(k + 1))
        return False

    def _closed_aside(self, i: int) -> bool:
        """
        Whether a participle clause at *i* is an aside closed by a comma and the verb it interrupts.

        "the Indian community, numbering 3.5 million people, was a living bridge": the
        clause sits between a subject and its verb, so the comma before it ends nothing.
        The verb may be an -s form before its object or preposition ("the claim, published
        in 2021, overlaps with ...") or open a quotation ('the financing, estimated at $1
        billion, “is largely secured”').
        """
        toks = self.toks
        for k in range(i + 1, min(self.n - 1, i + _ASIDE_WINDOW)):
            t = toks[k]
            if t[_Q] >= 0 or t[_TEXT] in _HARD_STOPS or t[_TEXT] in {";", ":"}:
                return False
            if t[_TEXT] == "," and toks[k + 1][_CAP] and toks[k + 1][_Q] < 0:
                continue  # "after being pushed out of Mali, Burkina Faso and Niger,": a list of names
            if t[_TEXT] == ",":
                nxt = toks[k + 1]
                if nxt[_Q] >= 0:
                    # 'estimated at $1 billion, “is largely secured”': the verb opens a quotation.
                    return (
                        nxt[_TEXT] in _QUOTE_CHARS
                        and k + 2 < self.n
                        and toks[k + 2][_LOW] in AUXILIARIES
                        and toks[k + 2][_LOW] not in {"'s", "’s"}
                    )
                low = nxt[_LOW]
                if low in AUXILIARIES:
                    return low not in {"'s", "’s"}
                if (
                    (_past_form(low) or low in IRREGULAR_PAST)
                    and (obj := self.tok(k + 2)) is not None
                    and obj[_IS_WORD]
                    and obj[_LOW] != "by"
                ):
                    # "Germany and Turkey, as NATO allies, shared an interest ...": a past verb
                    # (not a participle's "welcomed by") goes on with the clause.
                    return True
                return self.s_verb(k + 1)
        return False

    def s_verb(self, k: int) -> bool:
        """
        Whether the lower-case -s word at *k* is a verb: its object or a preposition follows.

        A plural noun opening a tag ("officials said", "analysts expect") is followed by its
        own verb, which rules it out.
        """
        t = self.toks[k]
        low = t[_LOW]
        if t[_CAP] or len(low) < _SHORT or not low.endswith("s") or low.endswith(("ss", "'s", "’s")):
            return False
        if low in PREPOSITIONS or low in CONJUNCTIONS or low in DETERMINERS or low in _RELATIVE_OPENERS:
            return False
        nxt = self.toks[k + 1] if k + 1 < self.n else None
        if nxt is None or nxt[_Q] >= 0:
            return False
        after = nxt[_LOW]
        if after in DETERMINERS or after in POSSESSIVES or after in PREPOSITIONS or after == "to":
            return True
        return (
            nxt[_IS_WORD]
            and after not in CONJUNCTIONS
            and not _past_form(after)
            and after not in IRREGULAR_PAST
            and after not in AUXILIARIES
            and verb_cue(after) is None
        )

    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < self.n else None

    def low(self, i: int) -> str:
        return self.toks[i][_LOW] if 0 <= i < self.n else ""

    def outside(self, i: int) -> bool:
        return 0 <= i < self.n and self.toks[i][_Q] < 0


def _after_comma(u: _Unit, k: int) -> bool:
    """
    Whether the token at *k* follows a comma outside quotations, or one just inside them.

    '... “an oversized delegation,” a charge the presidency denied': American style puts
    the comma that sets off the reporter's aside inside the closing quotation mark.
    """
    if u.low(k - 1) == ",":
        return u.outside(k - 1)
    t = u.tok(k - 1)
    return t is not None and t[_MARK] == _CLOSE and u.low(k - 2) == ","


def _next_in(positions: list[int], i: int, n: int) -> int:
    """The first of the sorted *positions* at or after *i*, else *n*."""
    k = bisect.bisect_left(positions, i)
    return positions[k] if k < len(positions) else n


def _participle(word: str) -> bool:
    return len(word) > _SHORT and word.endswith("ing") and word.isalpha() and word not in _NOT_PARTICIPLES


def _past_form(word: str) -> bool:
    return (
        len(word) > _SHORT
        and word.endswith("ed")
        and word.isalpha()
        and word not in {"need", "speed", "seed"}
    )


def units(doc: Document, quotes: QuoteIndex) -> list[Span]:
    """
    Split the document into the spans statements are looked for in.

    The spans statements are looked for in: the document's sentences (or a plain split
    when there are none), the headline when it lies outside them, and sentences joined
    wherever a quotation runs across their boundary.
    """
    text = doc.text
    sentences = sorted(doc.sentences, key=lambda s: s.start)
    if not sentences:
        body = list(doc.article.body) if doc.article and doc.article.body else [Span(start=0, end=len(text))]
        sentences = split_sentences(text, body)
    title = doc.article.title if doc.article else None
    if title is not None and not any(s.start < title.end and title.start < s.end for s in sentences):
        sentences = sorted([*sentences, title], key=lambda s: s.start)
    merged: list[Span] = []
    for s in sentences:
        if s.end <= s.start:
            continue
        if merged:
            last = merged[-1]
            q = quotes.at(last.end - 1)
            # A sentence boundary inside a quotation: the quotation holds both sentences.
            if q >= 0 and quotes.quotes[q].span.end > last.end and s.start < quotes.quotes[q].span.end:
                merged[-1] = Span(start=last.start, end=max(last.end, s.end))
                continue
            if text[last.end - 1] in _CLOSING_MARKS and _question_then_tag(text, last, s):
                # "“Where is our seat?” Pifer asked.": the tag belongs to the quotation.
                merged[-1] = Span(start=last.start, end=s.end)
                continue
        merged.append(s)
    return merged


def _question_then_tag(text: str, last: Span, s: Span) -> bool:
    """
    Whether sentence *s* is only the closing tag of a quotation ending *last* in "?" or "!".

    The splitter ends a sentence after "?”", but "“Where is our seat?” Pifer asked." is
    one: a few capitalised words or a pronoun, then an inverting verb ("said", "asked"),
    then at most a short adjunct before a period or a comma.
    """
    tail = text[max(last.start, last.end - _TAIL_CHARS) : last.end].rstrip()
    bare = tail.rstrip(_CLOSING_MARKS)
    if len(bare) == len(tail) or not bare.endswith(("?", "!")):
        return False
    match = _TAG_START.match(text, s.start, min(s.end, s.start + _TAG_CHARS))
    if match is None:
        return False
    hit = verb_cue(match.group(1).casefold())
    return hit is not None and (hit[0].inverts or hit[0].tell) and hit[1] in {_PAST_FORM, _THIRD_FORM}


_CLOSING_MARKS = "”’\"'»"
# What may lie between a statement and the next sentence's closing tag that goes on with it.
_GAP_CHARS = " \t\n.,;”’\"'»)"
# A question mark and at most two closing quotation marks ("?’”").
_TAIL_CHARS = 4
#: A closing tag's opening: a name or pronoun and the verb ("Pifer asked", "he said").
_TAG_START = re.compile(
    r"\s*(?:(?:[A-Z][\w.’'-]*|he|she|they|the|a)\s+){1,5}?([a-z]+)\b"
    # Then an audience ("told VOA", "told reporters") and an adjunct ("after the meeting",
    # "on Tuesday", "later"), or nothing: "“Why not?” Ruto said the deal was fine." has a
    # content of its own.
    r"(?:\s+(?:reporters|journalists|[A-Z][\w.’'-]*))?"
    r"(?:\s+(?:after|at|in|on|during|before|of|about|to|from|outside|later|afterward|then|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.!?“\"]{0,60}?)?"
    r"\s*[.,]\s*(?:[“\"]|$)"
)
_TAG_CHARS = 120

# --------------------------------------------------------------------------------------
# Candidate finding
# --------------------------------------------------------------------------------------


#: "went on to say", "goes on to add": the forms of "go" before "on to" in a verb group.
_GO_FORMS = frozenset({"went", "goes", "go", "going", "gone"})


def _verb_group_start(u: _Unit, i: int) -> int:
    """Walk left from the verb at *i* over auxiliaries, negations and verb-group adverbs."""
    j = i
    while j > 0 and i - j < _WINDOW:
        t = u.toks[j - 1]
        if t[_Q] >= 0:
            break
        low = t[_LOW]
        if low in AUXILIARIES or low in NEGATIONS or low in VG_ADVERBS:
            if low in {"'s", "’s"} and j - 2 >= 0 and u.toks[j - 2][_CAP]:
                break  # "Petro’s" is a possessive, not "has"
            j -= 1
            continue
        if low == "to" and u.low(j - 2) in VG_RAISERS:
            j -= 1
            continue
        if low == "to" and u.low(j - 2) == "on" and u.low(j - 3) in _GO_FORMS:
            j -= 3  # "went on to say that ...": one verb group
            continue
        if low in VG_RAISERS and j - 2 >= 0 and u.low(j - 2) in _BE:
            j -= 1
            continue
        if low in {"declined", "refused"} and u.low(j) == "to":
            j -= 1  # "declined to say whether ...": one verb group
            continue
        break
    # "no" and "longer" only count inside the group, never as its first word.
    while j < i and u.low(j) in {"no", "longer", "then", "now"}:
        j += 1
    return j


def _strong_boundary(u: _Unit, k: int) -> int | None:
    """
    If the token before index *k* closes a clause, the index where a preceding content ends.

    Strong boundaries: a comma, semicolon, colon or dash outside quotations, ", and" /
    ", but", or a closing quotation mark (the content then keeps the mark).
    """
    prev = u.tok(k - 1)
    if prev is None:
        return None
    if prev[_MARK] == _CLOSE:
        return k
    if prev[_Q] >= 0:
        return None
    if prev[_TEXT] in {",", ";", ":"} or prev[_TEXT] in _DASHES:
        return k - 1
    if prev[_LOW] in _CONJUNCTIONS_WHILE:
        before = u.tok(k - 2)
        if before is not None and before[_Q] < 0 and before[_TEXT] == ",":
            return k - 2
        if before is not None and before[_MARK] == _CLOSE:
            return k - 1
    return None


# The other party of a meeting, named by a possessive after "X and": "Macron and his guest".
_PARTY_NOUNS = frozenset({"guest", "host", "counterpart", "visitor", "guests", "hosts", "counterparts"})
# Plural nouns of people who speak as a group, beside the lexicon's ("analysts", "officials").
_PEOPLE_NOUNS = frozenset(
    {"workers", "residents", "farmers", "traders", "economists", "scholars", "academics", "researchers",
     "journalists", "executives", "campaigners", "opponents", "supporters", "members", "monitors",
     "advocates", "specialists", "activists", "critics", "observers", "sources", "aides", "advisers",
     "advisors", "spokespeople", "spokesmen", "spokeswomen", "businessmen", "analysts", "officials"}
)  # fmt: skip


# Bounded: the words come from the documents, and a long-running process must not grow
# without limit (a few thousand distinct words cover a news stream's repeats).
@functools.lru_cache(maxsize=4096)
def _people(word: str) -> bool:
    """Whether *word* is a plural noun of people who speak as a group ("officials", "aid workers")."""
    if word in _PEOPLE_NOUNS:
        return True
    return word.endswith("s") and (word,) in lexicon().group_nouns and word not in {"forces", "press"}


def _np_left(u: _Unit, end: int, *, limit: int = _SOURCE_MAX) -> tuple[int, int] | None:
    """
    The noun phrase ending just before *end*, walking left: (start, stopper index).

    Returns None when no word can start it. Names may carry lower-case titles
    ("political analyst C. Raja Mohan"); once a name is passed, other lower-case words end
    the phrase ("handover Indian officials" -> "Indian officials").
    """
    k = end - 1
    first = u.tok(k)
    if first is None or first[_Q] >= 0 or not first[_IS_WORD]:
        return None
    if first[_LOW] in _PERSONAL or first[_LOW] in RELATIVE_PRONOUNS:
        return k, k - 1
    seen_cap = False
    start = end
    # The last "and" crossed (walking left) joining two names, -1 if none.
    joined_at = -1
    # A lower-case possessor was crossed ("the Hamas movement's"): its article ends the phrase.
    possessor = False
    reach = limit
    while k >= 0 and end - k <= reach:
        t = u.toks[k]
        if t[_Q] >= 0 or t[_MARK]:
            break
        low = t[_LOW]
        if joined_at >= 0 and not t[_CAP] and (_past_form(low) or low in IRREGULAR_PAST) and _finite(u, k):
            # "Protesters gathered in Cairo and Egyptian officials said": what comes before
            # "and" is a clause with its own verb, not a first conjunct of the source.
            start = joined_at + 1
            k = joined_at
            break
        if low == ")" and start < end:
            # "Secretary (East) in the Ministry of External Affairs P Kumaran", "Joint
            # Secretary (South East Asia) in ...": a bracketed part of a title.
            opener = _title_bracket(u, k)
            if opener is None and k >= _PLURAL_TOKENS + 1 and u.toks[k - 1][_TEXT].isupper():
                # "Maldivian Democratic Party (MDP) leader Abdulla Shahid": an acronym after
                # the institution's name, inside the title.
                opener = _acronym_open(u, k)
                if opener is not None and opener != k - 2:
                    opener = None
            if opener is not None:
                start = opener - 1
                seen_cap = True
                k = opener - 2
                continue
        if not t[_IS_WORD]:
            # A hyphen or slash joins words only without spaces: "Paris (AFP) - French
            # President ..." has a dash, not a compound.
            joined = low not in {"-", "/"} or u.toks[k + 1][_START] == t[_END]
            if low in {"'s", "’s", "&", "-", "/"} and start < end and joined:
                start = k
                k -= 1
                continue
            if (
                low in {"'", "’"}
                and start < end
                and k > 0
                and u.toks[k - 1][_LOW].endswith("s")
                and u.toks[k - 1][_END] == t[_START]
            ):
                # "the countries' foreign ministers said": a plural possessive.
                start = k
                k -= 1
                continue
            break
        # "Media reports said": a plural head may look like a reporting verb.
        head_noun = k == end - 1 and low.endswith("s") and low not in AUXILIARIES
        if (
            low in {"after", "following", "at", "on", "in"}
            and start < end
            and u.low(k - 1) in _ISSUING_VERBS
            and u.low(k - 2) in _ISSUED_DOCUMENTS
            and u.outside(k - 1)
        ):
            # "A joint statement issued after the talks said": the participle and its time
            # or place belong to the document, which heads the source.
            start = k - 1
            seen_cap = False
            k -= 2
            continue
        if low == "whose" and start < end and u.low(k - 1) == ",":
            # "Nawrocki, whose office said ...": the relative opens the source.
            start = k
            break
        if (
            low in AUXILIARIES
            or (low in CLAUSE_WORDS and low not in {"and", "nor"})
            or (
                verb_cue(low) is not None
                and not t[_CAP]
                and not head_noun
                and not _noun_modifier(u, k)
                # "the call", "a White House readout of the call": a noun after an article;
                # "The head of state", "the secretary of state": a noun after "of".
                and u.low(k - 1) not in _NOUN_BEFORE
                and u.low(k - 1) != "of"
                and not (k > 1 and u.toks[k - 1][_CAP] and _after_singular_name(u, k))
            )
        ):
            break
        if low in {"and", "nor"}:
            # "Macron and Tinubu", "Macron and his Nigerian counterpart Bola Tinubu",
            # "President Abdel Fattah el-Sisi and Prime Minister Abiy Ahmed".
            if (
                k - 1 >= 0
                and (u.toks[k - 1][_CAP] or _ARTICLE_NAME.match(u.toks[k - 1][_TEXT]))
                and start < end
                and (
                    u.toks[start][_CAP]
                    or (u.toks[start][_LOW] in POSSESSIVES and seen_cap)
                    or _ARTICLE_NAME.match(u.toks[start][_TEXT])
                    # "Japan and the Philippines agreed": a country named with its article.
                    or (u.toks[start][_LOW] == "the" and start + 1 < end and u.toks[start + 1][_CAP])
                    # "Macron and his guest agreed": the other party of the meeting.
                    or (u.toks[start][_LOW] in POSSESSIVES and u.low(end - 1) in _PARTY_NOUNS)
                )
            ):
                # Two titled names joined are longer than one ("Egypt's Foreign Minister
                # Badr Abdelatty and Qatar's Prime Minister and Foreign Minister Sheikh
                # Mohammed bin Abdulrahman Al Thani"): the first conjunct gets room too.
                reach = limit + limit // 2
                joined_at = k
                start = k
                k -= 1
                continue
            if k - 1 >= 0 and start < end and _people(u.low(k - 1)) and _people(u.low(end - 1)):
                # "Western officials and analysts say", "Kenyan officials and their Ugandan
                # counterparts said": two groups of people joined are one subject. The
                # first conjunct is read afresh: a capitalised adjective of the second
                # ("Ugandan") does not make "officials" a word before a name.
                joined_at = k
                start = k
                seen_cap = False
                k -= 1
                continue
            break
        if (
            low == "by"
            and start < end
            and k >= _PLURAL_TOKENS
            and (_past_form(u.low(k - 1)) or u.low(k - 1) in _IRREGULAR_PARTICIPLES)
            and u.outside(k - 1)
            and u.toks[k - 2][_IS_WORD]
            and u.toks[k - 2][_Q] < 0
        ):
            # "A joint statement released by the two governments said": a participle
            # modifier naming who issued the document.
            start = k - 1
            seen_cap = False
            k -= 2
            continue
        if low in PREPOSITIONS and low != "of":
            # "Officials in Washington", "a spokesman for the ministry", "two officials
            # familiar with the matter": a modifier naming a place or an institution.
            nxt = u.toks[k + 1]
            # "a source close to the talks", "two officials with knowledge of the matter".
            idiom = (
                u.low(k - 1) in _PP_ADJECTIVES
                or (low == "with" and nxt[_LOW] in _PP_NOUNS)
                # "ambassador to Nepal", "special envoy to the Sahel", "adviser to the president";
                # "minister for foreign affairs", "minister of state for foreign affairs".
                or (
                    low in {"to", "for"}
                    and (_title_word(u.low(k - 1)) or (u.low(k - 1) == "state" and u.low(k - 2) == "of"))
                    and k + 1 < end
                    and nxt[_LOW] != "be"
                )
            )
            if (
                (low in _NP_PREPS or idiom)
                and start < end
                and k + 1 < end
                and (nxt[_CAP] or nxt[_LOW] in DETERMINERS or idiom or _counted(u, k))
            ):
                start = k
                seen_cap = False
                k -= 1
                continue
            break
        if joined_at > k and u.low(k + 1) == "of" and not t[_CAP] and low.endswith("s") and _office_word(low):
            # "The prime ministers of the UK and Ireland", "the foreign ministers of Chile and
            # Peru": a plural office of two countries names both holders, so the phrase runs
            # on over the office words to its article (the conjuncts are no preposition's
            # objects here).
            k -= 1
            while (
                k >= 0 and end - k <= reach and u.outside(k) and not u.toks[k][_CAP] and _title_word(u.low(k))
            ):
                k -= 1
            start = k + 1
            if u.outside(k) and u.low(k) in {"the", "both"}:
                start = k
                k -= 1
            joined_at = -1
            break
        if _inside_name(u, k, start, end):
            # "Lula da Silva", "Ursula von der Leyen": the particle belongs to the name.
            pass
        elif (
            t[_CAP]
            or low in DETERMINERS
            or low in POSSESSIVES
            or low == "of"
            or low in _NUMBER_WORDS
            # "one Western diplomat told VOA", "one senior Kenyan official said": a count of one.
            or low == "one"
        ):
            if (
                possessor
                and low in DETERMINERS
                and not t[_CAP]
                and u.toks[k - 1][_IS_WORD]
                and u.low(k - 1) not in PREPOSITIONS
                and (not u.toks[k - 1][_CAP] or u.low(k - 1) in TIME_WORDS)
            ):
                # "After the talks the movement's chief": a bare word before the possessor's
                # article is another phrase's ("on the ministry's website" goes on).
                start = k
                k -= 1
                break
            seen_cap = seen_cap or t[_CAP]
        elif _ARTICLE_NAME.match(t[_TEXT]):
            seen_cap = True
        elif t[_TEXT][0].isdigit():
            pass
        elif start == k + 1 and u.low(start) in {"'s", "’s"} and low not in _PERSONAL:
            # "The Hamas movement's political chief Khalil al-Hayya": the possessor's noun
            # opens a phrase of its own before the clitic, which its article ends.
            seen_cap = False
            possessor = True
        elif (
            seen_cap
            and low not in TITLE_WORDS
            # "presidential aide Yury Ushakov", "veteran diplomat Kishore Mahbubani": a
            # descriptor right before the name is its title.
            and not (u.toks[k + 1][_CAP] and (low in lexicon().descriptors or _office_word(low)))
            # "People Power Party floor leader Song Eon-seog": a plain word between an
            # institution's name and the office it qualifies is part of the title.
            and not _title_modifier(u, k)
            # "the founding director of Confluence Advisory": an article opens the phrase.
            and not (
                u.low(k - 1) in {"the", "a", "an"}
                and (_participle(low) or _title_word(low))
                and not u.toks[k + 1][_CAP]
            )
        ) or low in _PERSONAL:
            break
        start = k
        k -= 1
    if k >= 0 and end - k > reach and start < end:
        # The walk ran out of room inside a long name or a possessor ("Egypt's Foreign
        # Minister Badr Abdelatty and Qatar's Prime Minister and Foreign Minister Sheikh
        # Mohammed bin Abdulrahman Al Thani said"): a capitalised word or a possessive
        # cannot open the phrase cut off from the word before it, which goes with it.
        stop = k - _SHORT
        while (
            k > stop
            and k >= 0
            and (u.toks[start][_CAP] or u.toks[start][_LOW] in {"'s", "’s"})
            and u.toks[k][_Q] < 0
            and (u.toks[k][_CAP] or (u.toks[k][_LOW] in {"'s", "’s"} and start > 0))
            and not u.toks[k][_MARK]
        ):
            start = k
            k -= 1
    if start >= end:
        return None
    # Leading "of" or a determiner alone cannot end a phrase; leading "But", "Later"... go.
    while start < end and (
        u.low(start) in _LEADING_JUNK or u.low(start) in _TIME_ANCHORS or u.low(start) == "of"
    ):
        start += 1
    if start >= end:
        return None
    if joined_at > start and u.low(start - 1) in PREPOSITIONS:
        # "targets in al-Hudaydah and Yemeni officials said", "the port of Aden and officials
        # said": a first conjunct after a preposition is its object, not a speaker.
        return joined_at + 1, joined_at
    return start, k


def _capitals_bracket(u: _Unit, close: int) -> int | None:
    """
    The "(" of a short bracket of capitalised words, none quoted, closing at *close*.

    Not at the unit's first token, and not an empty bracket "()".
    """
    opener = close - 1
    while opener > 0 and close - opener <= _SHORT:
        x = u.toks[opener]
        if x[_TEXT] == "(":
            break
        if x[_Q] >= 0 or not x[_IS_WORD] or not x[_CAP]:
            return None
        opener -= 1
    if opener <= 0 or opener >= close - 1 or u.toks[opener][_TEXT] != "(":
        return None
    return opener


def _title_bracket(u: _Unit, close: int) -> int | None:
    """
    The "(" of a bracket of capitalised words at *close* that follows a capitalised title word.

    "Secretary (East)", "Joint Secretary (South East Asia)": a part of an Indian or
    British title, not an aside. Not "(AFP)" after a dateline: the word before the bracket
    must be a title.
    """
    opener = _capitals_bracket(u, close)
    if opener is None:
        return None
    before = u.toks[opener - 1]
    if before[_Q] >= 0 or not before[_CAP] or not _office_word(before[_LOW]):
        return None
    return opener


def _finite(u: _Unit, k: int) -> bool:
    """
    Whether the past form at token *k* is a verb with a subject ("Jets struck").

    Not a modifier: "the newly elected president", "its embattled leader".
    """
    before = u.tok(k - 1)
    return (
        before is not None
        and before[_Q] < 0
        and before[_IS_WORD]
        and before[_LOW] not in DETERMINERS
        and before[_LOW] not in POSSESSIVES
        and not before[_LOW].endswith("ly")
    )


def _counted(u: _Unit, k: int) -> bool:
    """
    Whether the preposition at *k* opens a counted object in a source's modifier.

    "an executive at one of the companies", "a spokesman for several of the groups",
    "officials from two countries": the head noun before the preposition is the source's,
    not a participle ("checked on several paragraphs").
    """
    word, before = u.low(k + 1), u.low(k - 1)
    counted = (word in _QUANTIFIERS or word in _NUMBER_WORDS) and u.low(k + 2) == "of"
    if not counted and word not in _CARDINALS:
        return False
    return u.outside(k - 1) and u.toks[k - 1][_IS_WORD] and not _past_form(before) and not _participle(before)


@functools.cache
def _name_particles() -> frozenset[str]:
    """The lexicon's name particles and French "des" inside names ("Société ... des Hydrocarbures")."""
    return frozenset(lexicon().name_particles) | {"des"}


def _inside_name(u: _Unit, k: int, start: int, end: int) -> bool:
    """
    Whether token *k* is a name particle before a capitalised word of the phrase ``[start, end)``.

    Inside a name ("Lula da Silva", "Ursula von der Leyen") or opening a surname used alone
    ("bin Salman said", "..., and de la Fuente said"), which a few particles cannot do.
    """
    particles = _name_particles()
    low = u.toks[k][_LOW]
    if low not in particles or start >= end or start != k + 1:
        return False
    nxt = u.toks[start]
    if not (
        nxt[_CAP]
        or (nxt[_LOW] in particles and start + 1 < end and u.toks[start + 1][_CAP])
        or _ARTICLE_NAME.match(nxt[_TEXT])  # "de l'Afrique Centrale"
    ):
        return False
    before = u.tok(k - 1)
    if before is not None and before[_Q] < 0 and (before[_CAP] or before[_LOW] in particles):
        return True
    return low not in _NOT_SURNAME_OPENERS


def _acronym_open(u: _Unit, close: int) -> int | None:
    """
    The "(" of a short bracket of capitalised words closing at *close* after a capital.

    "the Arab and Mediterranean World (CERMAM)", "Affairs (PISM)": an institution's
    acronym, part of the name phrase before it.
    """
    opener = _capitals_bracket(u, close)
    if opener is None or u.toks[opener][_Q] >= 0:
        return None
    return opener if u.toks[opener - 1][_CAP] else None


def _bracket_aside(u: _Unit, close: int) -> _Range | None:
    """
    The source before a bracketed aside closing at *close*: "The statement (issued late Monday) said".

    The aside is the reporter's; the noun phrase before the bracket is the source.
    """
    opener = close - 1
    while opener > 0 and close - opener <= _APPOSITIVE_MAX:
        x = u.toks[opener]
        if x[_Q] >= 0 or x[_TEXT] in {".", "!", "?", ";", ")"}:
            return None
        if x[_TEXT] == "(":
            break
        opener -= 1
    if opener <= 0 or u.toks[opener][_TEXT] != "(":
        return None
    found = _np_left(u, opener)
    if found is None or not _boundary_ok(u, found[1]):
        return None
    if any(
        not u.toks[x][_CAP]
        and (u.low(x) in IRREGULAR_PAST or _past_form(u.low(x)) or u.low(x).endswith("ly"))
        for x in range(found[0], opener)
    ):
        return None  # "Trade rose sharply (see the chart) said the report": a clause, no source
    return found[0], opener


def _first_relative_comma(u: _Unit, a: int) -> int:
    """
    The comma opening the first of several relative clauses in a row ending at the comma *a*.

    In "Erdogan, who arrived from Doha, where he met the emir, said" the comma before
    "where" (*a*) follows another relative clause, opened by the comma after "Erdogan".
    """
    j = a - 1
    while j > 0 and a - j <= _APPOSITIVE_MAX:
        t = u.toks[j]
        if t[_Q] < 0 and (t[_TEXT] in _HARD_STOPS or t[_TEXT] in {";", ":"} or t[_TEXT] in _DASHES):
            break
        if t[_TEXT] == "," and t[_Q] < 0:
            if u.low(j + 1) in _RELATIVE_OPENERS:
                a = j
            else:
                break
        j -= 1
    return a


def _named_appositive(u: _Unit, end: int) -> int | None:
    """
    Where a name starts whose appositive after a comma runs up to *end* (a dash).

    "Ashley Tellis, of the Carnegie Endowment — ...", "Tellis, a fellow at the think tank
    — ...": the comma is followed by "of/at/from" or an article, and only capitalised words
    (a name) come before it. None otherwise.
    """
    lo = max(0, end - _APPOSITIVE_MAX)
    for c in range(end - 1, lo, -1):
        t = u.toks[c]
        if t[_Q] >= 0 or (t[_TEXT] in _CLAUSE_MARKS and t[_TEXT] != ","):
            return None
        if t[_TEXT] == ",":
            if c + 2 >= end or u.low(c + 1) not in {"of", "at", "from", "a", "an", "the"}:
                return None
            name = _np_left(u, c)
            if name is None or not _boundary_ok(u, name[1]) or not _names_only(u, name[0], c):
                return None
            return name[0]
    return None


def _dash_appositive(u: _Unit, close: int) -> _Range | None:
    """
    A name and its appositive between dashes, closing at *close*, before the verb.

    "Bruno Retailleau — the interior minister — told Le Figaro ...": the source is the
    name with its appositive, as between commas; a relative clause inside the dashes ("—
    the interior minister, who has pushed for a tougher line —") is left out.
    """
    opener = close - 1
    rel = -1
    while opener > 0 and close - opener <= _APPOSITIVE_MAX:
        x = u.toks[opener]
        if x[_Q] >= 0 or x[_TEXT] in _HARD_STOPS or x[_TEXT] in {";", ":"}:
            return None
        if x[_TEXT] in _DASHES:
            break
        if x[_TEXT] == "," and u.low(opener + 1) in _RELATIVE_OPENERS:
            rel = opener
        opener -= 1
    if opener <= 0 or opener >= close - 1 or u.toks[opener][_TEXT] not in _DASHES:
        return None
    named = _named_appositive(u, opener)
    if named is not None:
        start = named
    else:
        head = _np_left(u, opener)
        if (
            head is None
            or not _boundary_ok(u, head[1])
            or not u.toks[opener - 1][_CAP]
            or not any(u.toks[x][_CAP] for x in range(head[0], opener))
        ):
            return None
        start = head[0]
    if rel < 0 and u.low(opener + 1) in _RELATIVE_OPENERS:
        # "Tellis — who helped negotiate the 2005 deal — said": a relative clause between
        # dashes is left out, as one between commas is.
        return start, opener
    return start, (rel if rel > 0 else close + 1)


def _source_left(u: _Unit, vg: int) -> _Range | None:
    """The source ending just before the verb group starting at *vg* (with appositives)."""
    k = vg - 1
    t = u.tok(k)
    if t is not None and t[_MARK] == _CLOSE and u.low(k - 1) == ",":
        # "Faye, who was elected on a promise to restore “sovereignty,” has said": the
        # comma closing the relative clause sits inside the quotation marks.
        rel = u.last_relative(k)
        if rel > 1 and k - rel <= _APPOSITIVE_MAX:
            head = _np_left(u, rel - 1)
            if head is not None and _boundary_ok(u, head[1]):
                return head[0], rel - 1
            return None
        # 'Lula, the veteran leftist who has criticized “unfair subsidies,” said': the clause
        # hangs on an appositive, and the name with its appositive is the source.
        rel = next(
            (j for j in range(k - 1, max(0, k - _APPOSITIVE_MAX), -1) if u.low(j) in {"who", "which"}), -1
        )
        comma = _appositive_comma(u, rel) if rel > 0 and u.outside(rel) else None
        if comma is not None:
            head = _np_left(u, comma)
            if (
                head is not None
                and _boundary_ok(u, head[1])
                and any(u.toks[x][_CAP] for x in range(head[0], comma))
            ):
                return head[0], rel
        return None
    if t is None or t[_Q] >= 0:
        return None
    if t[_LOW] in RELATIVE_PRONOUNS:
        return k, k + 1
    if t[_TEXT] == ")" and u.low(k - 1) in _PHOTO_NOTES and u.low(k - 2) == "(":
        # "Ruto (pictured) said ...", "Duda (right) told ...": a note on the photograph.
        found = _np_left(u, k - 2)
        if found is None or not _boundary_ok(u, found[1]):
            return None
        return found[0], k - 2
    if t[_TEXT] == ")":
        # "the Ministry of External Affairs (MEA) said": an acronym in brackets after the name.
        opener = k - 1
        while opener > 0 and k - opener <= _SHORT and u.toks[opener][_TEXT] != "(":
            x = u.toks[opener]
            if x[_Q] >= 0 or not x[_IS_WORD] or not x[_CAP]:
                # "The statement (issued late Monday) said": the reporter's aside.
                return _bracket_aside(u, k)
            opener -= 1
        if opener >= k - 1 or u.toks[opener][_TEXT] != "(" or u.toks[opener][_Q] >= 0:
            return _bracket_aside(u, k)
        found = _np_left(u, opener)
        if found is None or not u.toks[opener - 1][_CAP] or not _boundary_ok(u, found[1]):
            return _bracket_aside(u, k)
        return found[0], vg
    if t[_TEXT] == ",":
        # "Harsh Pant, the vice president of ...," / "Modi, who was chief guest ...,".
        a = k - 1
        quoted = False
        while a >= 0 and k - a <= _APPOSITIVE_MAX:
            x = u.toks[a]
            if x[_Q] >= 0 and u.toks[k][_Q] < 0:
                # 'Abiy, who has said that access to the sea is an “existential” matter for
                # Ethiopia, thanked his host': words quoted inside a relative clause.
                quoted = True
                a -= 1
                continue
            if x[_TEXT] == "." and _abbreviation_stop(u, a):
                a -= 1  # "Rep. Brian Fitzpatrick, R-Pa., told": the period of an abbreviation
                continue
            if x[_TEXT] == ")" and x[_Q] < 0:
                # "Hasni Abidi, director of the ... World (CERMAM), said": the acronym of
                # the institution in brackets belongs to the appositive.
                bracket = _acronym_open(u, a)
                if bracket is not None:
                    a = bracket - 1
                    continue
            if x[_Q] >= 0 or x[_TEXT] in _HARD_STOPS or x[_TEXT] in _DASHES or x[_TEXT] in {";", ":"}:
                a = -1
                break
            if x[_TEXT] == "," and a == k - 1 - _place_aside_length(u, a, k):
                # "Ali Traoré, a trader in Bouaké, in central Côte d'Ivoire, said": a place
                # set off after the appositive belongs to it.
                a -= 1
                continue
            if x[_TEXT] == ",":
                break
            a -= 1
        if quoted and (a < 1 or u.low(a + 1) not in _RELATIVE_OPENERS):
            a = -1  # a quotation in an appositive: no source read across it
        if a >= 1 and u.toks[a][_TEXT] == "," and u.low(a + 1) in {"where", "who", "which", "whose", "whom"}:
            # "Erdogan, who arrived from Doha, where he met the emir, said": relative
            # clauses in a row; the name is before the first of them.
            a = _first_relative_comma(u, a)
        if a >= 1 and u.toks[a][_TEXT] == ",":
            head = _np_left(u, a)
            if (
                head is not None
                and head[0] == a - 1
                and u.toks[a - 1][_TEXT].isdigit()
                and u.low(a - 2) == ","
            ):
                # "González, 76, who fled to Spain, told VOA": the age is an appositive.
                owner = _np_left(u, a - 2)
                if owner is not None and u.toks[a - 3][_CAP]:
                    head = owner[0], head[1]
            if (
                head is not None
                and head[0] == 1
                and a == head[0] + 1
                and u.toks[0][_TEXT] == "To"
                and u.toks[1][_CAP]
            ):
                # "To Lam, general secretary of the party, said": Vietnam's leader, whose
                # name opens with "To"; a fronted "To"-phrase has no appositive or aside.
                head = 0, head[1]
            if head is not None and a + 1 < k:
                # "Macron, on Tuesday, said": a time adverbial is an aside as well.
                aside = all(
                    u.low(x) in _ASIDES
                    or u.low(x) in _LEADING_JUNK
                    or u.low(x).endswith("ly")
                    or u.low(x) in TIME_WORDS
                    or u.toks[x][_TEXT].isdigit()
                    for x in range(a + 1, k)
                )
                # "Biden, speaking alongside Kishida, said": a participle clause is an
                # aside like a relative clause, left out of the source.
                if (
                    u.low(a + 1) in RELATIVE_PRONOUNS
                    or u.low(a + 1) == "whose"
                    or (aside and k - a <= _TIME_MAX)
                    # Not a name: "Ahmed", "Mohammed" and "Saeed" end in "-ed" too.
                    or (
                        (_participle(u.low(a + 1)) or _past_form(u.low(a + 1)))
                        and u.outside(a + 1)
                        and not u.toks[a + 1][_CAP]
                        # "Khair, founding director of ...", "Ncube, acting president of ...",
                        # "Lim, retired ambassador ...": an adjective before an office.
                        and not (u.low(a + 1) in _TITLE_PARTICIPLES and _title_word(u.low(a + 2)))
                    )
                    or u.low(a + 1) in _ASIDE_OPENERS
                ):
                    return head[0], a
                if any(u.toks[x][_CAP] for x in range(head[0], a)) or _titled_name(u, a, k):
                    return _coordinated_appositive(u, _named_before(u, head[0])), k + 1
        # A stray comma ("“...,” Representative Derrick Van Orden, told VOA"): the phrase
        # must open its clause, or "their ties, say analysts" would read as a source.
        stray = _np_left(u, k)
        if stray is not None and _opens_clause(u, stray[1]):
            named = _named_before(u, stray[0]) if u.low(stray[0]) in {"a", "an", "the"} else stray[0]
            return (named, k + 1) if named < stray[0] else (stray[0], k)
        return None
    if t[_TEXT] in _DASHES:
        return _dash_appositive(u, k)
    restrictive = _restrictive_head(u, vg)
    if restrictive is not None:
        return restrictive, vg
    # Most subjects touch their verb: the adverbial is looked for only after a time word.
    before = u.low(vg - 1)
    end = _time_left(u, vg) if before in TIME_WORDS or before.isdigit() else vg
    found = _np_left(u, end)
    if (
        found is not None
        and found == (1, 0)
        and end - found[0] == 1
        and u.toks[0][_TEXT] == "To"
        and u.toks[1][_CAP]
    ):
        # "To Lam said ...": Vietnam's leader, whose name opens with "To"; a fronted
        # "To"-phrase would need its comma before the subject.
        return 0, end
    if found is None or not _boundary_ok(u, found[1]):
        return None
    return found[0], end


def _place_aside_length(u: _Unit, a: int, k: int) -> int:
    """
    The length of ", in western Côte d'Ivoire," between the commas at *a* and *k* if it is a place, else -1.

    "in" or "near", then a few words with a capital and no verb.
    """
    if k - a - 1 > _NAME_MAX or u.low(a + 1) not in {"in", "near"} or not u.outside(a + 1):
        return -1
    words = u.toks[a + 2 : k]
    if not words or not any(t[_CAP] for t in words):
        return -1
    for t in words:
        if t[_Q] >= 0 or not (
            t[_CAP] or t[_LOW] in _PLACE_WORDS or (t[_IS_WORD] and _ARTICLE_NAME.match(t[_TEXT]))
        ):
            return -1  # "in a readout released late Wednesday": no place
    return k - a - 1


# Lower-case words of a place phrase: "in western Côte d'Ivoire", "in the north of Mali".
_PLACE_WORDS = frozenset(
    {"the", "of", "western", "eastern", "northern", "southern", "central", "northwestern", "northeastern",
     "southwestern", "southeastern", "north", "south", "east", "west", "northwest", "northeast", "southwest",
     "southeast", "neighbouring", "neighboring", "rural", "coastal"}
)  # fmt: skip


# Notes on a photograph in brackets after a name: "Ruto (pictured) said".
_PHOTO_NOTES = frozenset({"pictured", "left", "right", "center", "centre", "above", "below", "inset", "file"})


def _abbreviation_stop(u: _Unit, a: int) -> bool:
    """Whether the period at *a* closes a short capitalised abbreviation ("R-Pa.", "D-N.Y.", "Jr.")."""
    x = u.toks[a]
    if x[_TEXT] != "." or x[_Q] >= 0 or a == 0:
        return False
    prev = u.toks[a - 1]
    if not prev[_CAP] or prev[_END] != x[_START]:
        return False
    # A U.S. lawmaker's party and state: "D-Calif.", "R-Tenn.", "I-Vt." (the state's
    # abbreviation runs to five letters).
    return len(prev[_TEXT]) <= _SHORT + 1 or _PARTY_STATE.fullmatch(prev[_TEXT]) is not None


def _time_left(u: _Unit, vg: int) -> int:
    """
    Where a subject ends before a time adverbial between it and its verb group at *vg*.

    "Lula and Macron on Tuesday announced", "The ministry late Monday said", "Peskov earlier
    this week told": the adverbial belongs to the verb, not to the source. It must name a
    time (a weekday, a month, "week", "today") and leave a word before it; otherwise *vg*.
    """
    k = vg
    anchored = False
    while k > 0 and vg - k < _TIME_MAX:
        t = u.toks[k - 1]
        if t[_Q] >= 0 or not (t[_LOW] in TIME_WORDS or t[_TEXT].isdigit()):
            break
        anchored = anchored or t[_LOW] in _TIME_ANCHORS
        k -= 1
    if not anchored or k == vg:
        return vg
    before = u.tok(k - 1)
    if before is None or before[_Q] >= 0 or not before[_IS_WORD] or before[_LOW] in _NOT_SOURCE_ENDS:
        return vg
    return k


def _headline_list(u: _Unit, src: _Range) -> _Range:
    """
    The whole list of names opening a headline, when *src* is its last item.

    Headlines join their subjects with commas: "Modi, Albanese agree to deepen defence
    ties", "Xi, Lula, Ramaphosa pledge ...", "S. Korea, Japan leaders agree". The verb's
    plural form (the caller checks it is not "agrees") and names that make up the whole
    phrase down to the start of the headline tell such a list from "Ukraine, Russia says
    ..." (no plural) or "In Sydney, Albanese and Modi agree" (a preposition opens it).
    """
    lo, hi = src
    # The last item may end with a common noun: "Japan leaders", "Biden aides".
    last = hi - 1 if hi - lo > 1 and u.toks[hi - 1][_LOW].endswith("s") else hi
    if not _names_only(u, lo, last) and not _titled_item(u, lo, hi):
        return src
    k = _list_start(u, lo)
    # A headline of two clauses: "India, Brazil set trade target; Modi, Lula discuss energy".
    opens = k == 0 or (u.toks[k - 1][_TEXT] == ";" and u.toks[k - 1][_Q] < 0)
    return (k, hi) if opens and k < lo else src


def _list_start(u: _Unit, lo: int) -> int:
    """Where a headline's comma list ending in the item at *lo* starts (*lo* if it does not)."""
    k = lo
    # Each earlier item needs a word and its comma.
    while k > 1 and u.toks[k - 1][_TEXT] == "," and u.toks[k - 1][_Q] < 0:
        j = k - 1
        while j > 0 and k - 1 - j < _NAME_MAX and u.toks[j - 1][_TEXT] not in {",", ";"}:
            j -= 1
        if not (_names_only(u, j, k - 1) or _titled_item(u, j, k - 1)) or u.low(j) in _NOT_LIST_OPENERS:
            return lo
        k = j
    return k


def _title_modifier(u: _Unit, k: int) -> bool:
    """
    Whether the lower-case word at *k* qualifies an office between a name and the office.

    "Party floor leader", "Senate majority leader", "Army deputy chief": the word after is
    an office, the word before is capitalised, and the word itself is no verb, function
    word or participle ("Lee met opposition leader Kim" has a verb there).
    """
    low = u.toks[k][_LOW]
    if k < 1 or not u.toks[k - 1][_CAP] or not low.isalpha() or not _office_word(u.low(k + 1)):
        return False
    return (
        u.outside(k - 1)
        and u.outside(k + 1)
        and low not in CLAUSE_WORDS
        and low not in PREPOSITIONS
        and low not in DETERMINERS
        and low not in AUXILIARIES
        and low not in IRREGULAR_PAST
        and not _past_form(low)
        and not _participle(low)
        and not low.endswith("s")
        and verb_cue(low) is None
    )


def _title_word(low: str) -> bool:
    """A lower-case office word: "emir", "president", "leaders", "ministers", "foreign"."""
    titles = lexicon().titles
    return low in TITLE_WORDS or (low,) in titles or (low.endswith("s") and (low[:-1],) in titles)


def _office_word(low: str) -> bool:
    """An office held by a person ("president", "minister", "emirs"), not an institution word."""
    titles = lexicon().titles
    return (low,) in titles or (low.endswith("s") and (low[:-1],) in titles)


def _titled_item(u: _Unit, lo: int, hi: int) -> bool:
    """
    A headline item naming an office holder by country: "Qatar's emir", "Iran's president".

    Capitalised words (with "'s") followed by at most three lower-case office words.
    """
    k = hi
    while k > lo and hi - k < _SHORT - 1 and u.toks[k - 1][_Q] < 0 and not u.toks[k - 1][_CAP]:
        if u.toks[k - 1][_LOW] in {"’s", "'s"}:
            break
        if not _title_word(u.toks[k - 1][_LOW]):
            return False
        k -= 1
    if k == hi:
        return False
    if k - 1 > lo and u.low(k - 1) in {"’s", "'s"}:
        k -= 1
    return _names_only(u, lo, k)


# Verbs a title-case headline's first clause opens with: "Mahama Visits Nigeria, Urges ...".
_HEADLINE_VERBS = frozenset(
    {
        *("visits", "meets", "hosts", "receives", "welcomes", "tours", "arrives", "travels", "signs"),
        *("discusses", "visit", "meet", "host", "sign", "discuss"),
    }
)


def _headline_verb(low: str) -> bool:
    """Whether *low* is a headline's verb: of travel or meeting, or a reporting verb's "-s" form."""
    if low in _HEADLINE_VERBS:
        return True
    hit = verb_cue(low)
    return hit is not None and hit[1] is _THIRD_FORM


def _headline_not_inverted(u: _Unit, cue_end: int) -> bool:
    """
    Whether the words after a headline's inverting verb are its content, not its source.

    "..., says minister" ends with the source; in "Ruto rejects IMF terms, says Kenya will
    find its own way" a verb follows the would-be source, which is the content's subject.
    """
    inv = _inverted_source(u, cue_end)
    return inv is None or (inv[1] < u.n and u.toks[inv[1]][_IS_WORD] and u.toks[inv[1]][_Q] < 0)


def _headline_subject(u: _Unit, vg: int) -> _Range | None:
    """
    The comma list opening a headline as the subject of a second verb after a comma.

    "Kenya, Japan sign infrastructure deals, pledge to deepen ties": "pledge" shares the
    subject "Kenya, Japan" of "sign"; the phrase between the commas is a verb phrase, not
    an appositive. The list must run from the start of the headline to a lower-case word
    (the first verb), with no other comma up to the one before *vg*.
    """
    comma = vg - 1
    if u.low(comma) != "," or not u.outside(comma):
        return None
    f = 0
    while (
        f < comma
        and u.toks[f][_Q] < 0
        and (
            u.toks[f][_CAP]
            or u.toks[f][_TEXT] == ","
            or u.toks[f][_LOW] in {"’s", "'s", "and"}
            or u.toks[f][_LOW] in lexicon().name_particles
        )
    ):
        f += 1
    if u.title_case:
        # "Ghana's Mahama Visits Nigeria, Urges Joint Push ...": in a title-case headline
        # the first verb is capitalised too; a verb of travel or meeting ends the subject.
        f = next(
            (
                x
                for x in range(1, min(f, comma - 1))
                if _headline_verb(u.toks[x][_LOW]) and u.toks[x - 1][_LOW] not in {"’s", "'s", "and"}
            ),
            f,
        )
    if f == 0 or f >= comma - 1 or u.toks[f - 1][_TEXT] == ",":
        return None
    verb = u.toks[f]
    if not verb[_IS_WORD] or verb[_Q] >= 0 or verb[_LOW] in _NOT_RECIPIENT or verb[_LOW] in DETERMINERS:
        return None
    if any(u.toks[x][_TEXT] == "," for x in range(f + 1, comma)):
        return None
    # The last item (from after the list's last comma) and every earlier one are names.
    lo = f - 1
    while lo > 0 and u.toks[lo - 1][_TEXT] != "," and f - lo < _NAME_MAX:
        lo -= 1
    if not _names_only(u, lo, f) or _list_start(u, lo) != 0:
        return None
    return 0, f


def _names_only(u: _Unit, lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi)`` are capitalised words (with particles, "and", "China's Xi")."""
    if hi <= lo:
        return False
    particles = lexicon().name_particles
    return all(
        t[_Q] < 0
        and (
            (t[_IS_WORD] and (t[_CAP] or t[_LOW] in particles or t[_LOW] == "and")) or t[_LOW] in {"’s", "'s"}
        )
        for t in u.toks[lo:hi]
    ) and bool(u.toks[hi - 1][_CAP])


def _coordinated_appositive(u: _Unit, start: int) -> int:
    """
    Where a source starting at *start* really starts when another titled name is joined to it.

    "The British prime minister, Keir Starmer, and the French president, Emmanuel Macron,
    have agreed": the phrase before "and" is a source of the same shape, with its closing
    comma. Otherwise *start*.
    """
    if u.low(start - 1) != "and" or not u.outside(start - 1):
        return start
    comma = u.tok(start - 2)
    if comma is None or comma[_Q] >= 0 or comma[_TEXT] != ",":
        return start
    first = _source_left(u, start - 1)
    if first is None or first[1] != start - 1 or first[0] >= start - 2:
        return start
    return first[0]


def _named_before(u: _Unit, start: int) -> int:
    """
    Where a source whose last appositive starts at *start* starts, when a name opens the chain.

    "Jeffry Pondaag, chairman of the Committee of Dutch Debts of Honor, a foundation ...,
    told" and "Rep. Sara Jacobs, D-Calif., a member of the committee, said": a second
    appositive (or a lawmaker's party and state) comes between the name and the one next
    to the verb. Only a capitalised name opening its clause is taken, so "In Nairobi,
    Kenya's envoy, ...," and "said that the envoy, ...," are left alone. Otherwise *start*.
    """
    s = start
    particles = lexicon().name_particles
    for _ in range(2):
        comma = u.tok(s - 1)
        if comma is None or comma[_TEXT] != "," or comma[_Q] >= 0:
            return s
        b = s - 2
        while b >= 0 and s - b <= _NAME_MAX + 2:
            x = u.toks[b]
            if x[_TEXT] == "." and _abbreviation_stop(u, b):
                b -= 1
                continue
            if x[_Q] >= 0 or not x[_IS_WORD] or not (x[_CAP] or x[_LOW] in particles):
                break
            b -= 1
        if b >= s - 2 or (not u.toks[s - 2][_CAP] and u.low(s - 2) != "."):
            return s
        if b >= 0 and not _opens_clause(u, b):
            return s
        first = u.low(b + 1)
        if first in PREPOSITIONS or first in TIME_WORDS or first in _LEADING_JUNK:
            return s
        party = _PARTY_STATE.fullmatch(u.toks[b + 1][_TEXT]) is not None
        s = b + 1
        if not party:
            return s
    return s


def _titled_name(u: _Unit, comma: int, end: int) -> bool:
    """
    Whether a title ends before *comma* and ``(comma, end)`` identifies its holder.

    "the spokesman, Steffen Hebestreit," / "her deputy, Jane Roe," / "the envoy, a veteran
    of the talks,": a lower-case title phrase and the name or description in apposition
    to it make up the source.
    """
    head = u.low(comma - 1)
    if comma + 1 >= end or (head not in TITLE_WORDS and head not in lexicon().descriptors):
        return False
    particles = lexicon().name_particles
    name = u.toks[comma + 1 : end]
    described = name[0][_LOW] in {"a", "an", "the"} or name[0][_LOW] in POSSESSIVES
    if described or (len(name) > 1 and name[1][_LOW] in {"’s", "'s"}):  # "Japan's top envoy"
        return all(t[_IS_WORD] or t[_TEXT] in {"’s", "'s", "-"} for t in name)
    return name[0][_CAP] and name[-1][_CAP] and all(t[_CAP] or t[_LOW] in particles for t in name)


def _restrictive_head(u: _Unit, vg: int) -> int | None:
    """
    The start of a subject ending in a restrictive "who" clause, the verb group at *vg*.

    "Officials who spoke on condition of anonymity said ...": the clause picks out which
    officials, so the source is the whole phrase. Only a short clause with no punctuation
    is followed; after a comma the clause is an aside (see `_source_left`).
    """
    k = vg - 1
    while k > 0 and vg - k <= _TAG_SOURCE_MAX:
        t = u.toks[k]
        if t[_Q] >= 0 or not t[_IS_WORD]:
            return None
        if t[_LOW] == "who":
            break
        if t[_LOW] in RELATIVE_PRONOUNS or t[_LOW] in SUBORDINATORS or t[_LOW] in _PERSONAL:
            return None
        k -= 1
    else:
        return None
    if k + 1 >= vg:
        return None
    last = u.toks[k - 1]
    if last[_Q] >= 0 or not last[_IS_WORD] or last[_LOW] in _PERSONAL or last[_LOW] in RELATIVE_PRONOUNS:
        return None
    head = _np_left(u, k, limit=_TAG_SOURCE_MAX)
    if head is None or head[0] >= k or not _boundary_ok(u, head[1]):
        return None
    return head[0]


def _opens_clause(u: _Unit, stopper: int) -> bool:
    t = u.tok(stopper)
    return (
        t is None
        or t[_MARK] == _CLOSE
        or (t[_Q] < 0 and (t[_TEXT] in {",", ";", ":"} or t[_TEXT] in _DASHES))
    )


def _boundary_ok(u: _Unit, stopper: int) -> bool:
    """A subject cannot follow a preposition or an article: "names to President Trump"."""
    t = u.tok(stopper)
    if t is None:
        return True
    if t[_Q] >= 0 or not t[_IS_WORD] or t[_LOW] in SUBORDINATORS:
        return True
    return t[_LOW] not in PREPOSITIONS and t[_LOW] not in {"a", "an", "the"}


def _recipient_end(u: _Unit, p: int) -> int:
    """Skip the recipient of "told VOA Mandarin", "told a news conference", "told reporters"."""
    t = u.tok(p)
    if t is None or t[_Q] >= 0 or not t[_IS_WORD]:
        return p
    media = _media_recipient(u, p)
    if media > p:
        return media
    if t[_LOW] in OBJECT_PRONOUNS or t[_LOW] in RECIPIENT_NOUNS:
        return p + 1
    if t[_LOW] == "that":
        # "warned that Egyptian troops had been deployed": the content's "that", not a
        # demonstrative before an audience noun.
        return p
    # "told business leaders", "told foreign journalists": modifiers before an audience noun.
    for k in range(p + 1, min(u.n, p + 3)):
        x = u.toks[k]
        if x[_Q] >= 0 or not x[_IS_WORD] or x[_LOW] in _NOT_RECIPIENT or x[_LOW] == "that":
            break
        if x[_LOW] in RECIPIENT_NOUNS or x[_LOW] in {"reporters", "journalists"}:
            if u.low(k + 1) in _EVENT_NOUNS and u.outside(k + 1):
                return k + 2  # "told a media briefing", "told a press briefing"
            return k + 1
    k = p
    if t[_LOW] in DETERMINERS or t[_LOW] in POSSESSIVES or t[_LOW] == "visiting":
        # "a news conference", "his counterpart", "the BBC".
        k = p + 1
        while k < u.n and (k - p <= _TIME_MAX or u.toks[k][_CAP]) and k - p < _RECIPIENT_MAX:
            x = u.toks[k]
            if _owner_mark(u, k):
                k += 1  # "the BBC's Newsnight"
                continue
            if (
                x[_Q] >= 0
                or not x[_IS_WORD]
                or x[_LOW] in _NOT_RECIPIENT
                # "told a media briefing": the event noun ends the audience, not a verb;
                # nor is "States" in "the United States" one (a capital after a capital).
                or (
                    verb_cue(x[_LOW]) is not None
                    and x[_LOW] not in _EVENT_NOUNS
                    and not (x[_CAP] and k > p + 1 and u.toks[k - 1][_CAP] and not u.title_case)
                )
            ):
                break
            if x[_LOW] in {"the", "a", "an"}:
                break  # "told his cabinet the troops would stay": a second article opens the content
            if x[_LOW] in _SUBJECT_PRONOUNS:
                break  # "told the envoy he would ...": a subject pronoun opens the content
            k += 1
            if u.low(k) in {"of", "for"} and x[_CAP] and (nxt := u.tok(k + 1)) is not None and nxt[_CAP]:
                k += 1  # "told the Ministry of Foreign Affairs": a particle inside the name
        return k if k > p + 1 else p
    while k < u.n and k - p < _RECIPIENT_MAX:
        x = u.toks[k]
        if k > p and _owner_mark(u, k):
            k += 1  # "told VOA's Mandarin Service"
            continue
        if x[_Q] >= 0 or not x[_IS_WORD] or x[_LOW] == "that":
            break
        if k > p and x[_LOW] in PREPOSITIONS and u.title_case:
            break  # a headline capitalises its prepositions: "Warns China Over Support for Russia"
        if (
            x[_LOW] in {"of", "for"}
            and k > p
            and u.toks[k - 1][_CAP]
            and (nxt := u.tok(k + 1)) is not None
            and nxt[_CAP]
            and nxt[_Q] < 0
        ):
            k += 1  # "told VOA's Horn of Africa Service": a particle inside the name
            continue
        if x[_CAP] or x[_LOW] in TITLE_WORDS or (k > p and x[_LOW] in RECIPIENT_NOUNS):
            k += 1
            continue
        break
    if k == p and u.low(_time_end(u, p + 1)) == "that" and u.outside(p + 1):
        return p + 1  # "told parliament that", "assured investors on Monday that"
    return k


def _owner_mark(u: _Unit, k: int) -> bool:
    """A possessive "'s" inside a capitalised recipient: "VOA's Mandarin Service"."""
    nxt = u.tok(k + 1)
    return (
        u.low(k) in {"'s", "’s"}
        and u.outside(k)
        and nxt is not None
        and nxt[_Q] < 0
        and (bool(nxt[_CAP]) or nxt[_LOW] in RECIPIENT_NOUNS or _title_word(nxt[_LOW]))
    )


def _media_recipient(u: _Unit, p: int) -> int:
    """
    Skip an outlet described before its name: "local radio station Radio Formula".

    Also "the Qatari state news agency QNA", "Brazilian newspaper Folha": lower-case words
    (a demonym or article may open them) up to a media noun, then the capitalised name.
    Otherwise *p*.
    """
    k = p
    if u.low(k) in {"the", "a", "an"}:
        k += 1
    noun = -1
    while k < u.n and k - p < _RECIPIENT_MAX:
        t = u.toks[k]
        if t[_Q] >= 0 or not t[_IS_WORD] or t[_LOW] == "that":
            break
        if t[_LOW] in _MEDIA_NOUNS:
            noun = k
        elif (
            noun >= 0
            or k - p > _SHORT - 1
            or t[_LOW] in _NOT_RECIPIENT
            or t[_LOW] in RECIPIENT_NOUNS
            or t[_LOW] in OBJECT_PRONOUNS
            # "state" is a verb form, but "state television" and "state news agency" are outlets.
            or (
                (t[_LOW] in DETERMINERS or t[_LOW] in POSSESSIVES or verb_cue(t[_LOW]) is not None)
                and t[_LOW] != "state"
            )
        ):
            break
        k += 1
    if noun < 0 or _owner_mark(u, noun + 1):
        return p  # "told the agency's director": the possessive goes on with the audience
    nxt = u.tok(noun + 1)
    if (
        nxt is not None
        and nxt[_Q] < 0
        and nxt[_IS_WORD]
        and not nxt[_CAP]
        and nxt[_LOW] not in _NOT_RECIPIENT
        and nxt[_LOW] not in _DETERMINERS_POSSESSIVES
        and nxt[_LOW] not in _PERSONAL
        and nxt[_LOW] != "that"
    ):
        return p  # "told a weekly news briefing": an adjective, the audience goes on
    k = noun + 1
    while k < u.n and k - noun <= _NAME_MAX and u.toks[k][_Q] < 0:
        t = u.toks[k]
        if not (t[_CAP] and t[_IS_WORD]) and not (k > noun + 1 and _inside_outlet_name(u, k)):
            break
        k += 1
    return k


def _inside_outlet_name(u: _Unit, k: int) -> bool:
    """
    A particle or a joined initial's dot inside an outlet's name: "Folha de S.Paulo", "Corriere della Sera".

    A lower-case particle of the lexicon, or a dot with no space around it after one
    capital ("S.Paulo"), with a capitalised word right after.
    """
    nxt = u.tok(k + 1)
    if nxt is None or not nxt[_CAP] or nxt[_Q] >= 0:
        return False
    t = u.toks[k]
    if t[_TEXT] == ".":
        before = u.toks[k - 1]
        return len(before[_TEXT]) == 1 and before[_END] == t[_START] and t[_END] == nxt[_START]
    return t[_LOW] in _name_particles()


def _time_end(u: _Unit, p: int) -> int:
    """Skip a time adjunct ("Monday", "last week", "on Tuesday", "late Monday")."""
    k = p
    anchored = False
    while k < u.n and k - p < _TIME_MAX:
        t = u.toks[k]
        if t[_Q] >= 0 or t[_LOW] not in TIME_WORDS:
            break
        if u.low(k + 1) in {"’s", "'s"}:
            break  # "Tuesday’s announcement" is content, not a time adjunct
        anchored = anchored or t[_LOW] in _TIME_ANCHORS
        k += 1
    if not anchored:
        return p
    # A time adjunct ends in its anchor: in "said on Monday in Beijing" the "in" opens a
    # place adjunct, not more of the time ("Beijing" is no content).
    while k > p and u.toks[k - 1][_LOW] not in _TIME_ANCHORS:
        k -= 1
    return k


def _lookahead_that(u: _Unit, p: int, limit: int = _WINDOW + 3) -> int | None:
    """A "that" opening the content after an adjunct: "stated following a meeting ... that"."""
    k = p
    while k < u.n and k - p <= limit:
        t = u.toks[k]
        if t[_MARK] == _OPEN:
            # A programme or paper named in quotation marks: 'on NBC's “Meet the Press” that'.
            end = _quote_end(u, k)
            if end - k > _NAME_MAX or not all(
                x[_CAP] or not x[_IS_WORD] or x[_LOW] in _TITLE_LINKS for x in u.toks[k:end]
            ):
                return None
            k = end
            continue
        if t[_TEXT] == "," and t[_Q] < 0 and (u.low(k + 1) in _RELATIVE_OPENERS or u.low(k + 1) == "where"):
            # "said after the meeting, which lasted two hours, that ...": the relative
            # clause describes the adjunct; the content's "that" follows its closing comma.
            return _that_after_relative(u, k + 2)
        if t[_Q] >= 0 or t[_TEXT] in {",", ";", ":"} or t[_TEXT] in _HARD_STOPS:
            return None
        if t[_LOW] == "that":
            return k
        possessive = t[_LOW] in {"'s", "’s"} and k > p and u.toks[k - 1][_CAP]  # "NBC's"
        if not t[_CAP] and verb_cue(t[_LOW]) is not None:
            # A capitalised "State" names something ("CNN's State of the Union"), and a cue
            # word after a determiner is a noun ("to VOA's questions", "to the request").
            before = u.toks[k - 1][_LOW] if k > p else ""
            if (
                before not in _DETERMINERS_POSSESSIVES
                and before not in {"'s", "’s"}
                # "in remarks carried by state television that ...": an outlet, no verb.
                and not (t[_LOW] == "state" and (u.low(k + 1) in _STATE_OUTLETS))
                # "told reporters on a conference call that", "in his weekly news briefing
                # that": the noun heads a phrase a determiner opened two or three words back.
                and not (
                    t[_LOW] in _SPEECH_EVENTS
                    and k - 2 >= p
                    and (u.low(k - 2) in _DETERMINERS_POSSESSIVES or u.low(k - 3) in _DETERMINERS_POSSESSIVES)
                    and verb_cue(before) is None
                )
            ):
                return None
        if t[_LOW] in AUXILIARIES and not possessive:
            return None
        k += 1
    return None


def _that_after_relative(u: _Unit, p: int) -> int | None:
    """The "that" right after the comma closing a relative clause that runs from *p*."""
    for k in range(p, min(u.n - 1, p + _APPOSITIVE_MAX)):
        t = u.toks[k]
        if t[_Q] >= 0:
            continue
        if t[_TEXT] in _HARD_STOPS or t[_TEXT] in {";", ":"}:
            return None
        if t[_TEXT] == ",":
            return k + 1 if u.low(k + 1) == "that" and u.outside(k + 1) else None
    return None


def _to_np(u: _Unit, p: int) -> bool:
    """After "to" at *p*: a noun phrase ("to a free Indian Ocean"), not an infinitive."""
    t = u.tok(p + 1)
    if t is None:
        return False
    if t[_MARK] == _OPEN or t[_CAP] or t[_TEXT][0].isdigit():
        return True
    return (
        t[_LOW] in DETERMINERS
        or t[_LOW] in POSSESSIVES
        or t[_LOW] in OBJECT_PRONOUNS
        or t[_LOW] in _NUMBER_WORDS
    )


def _pp_absorb(u: _Unit, p: int) -> int:
    """Absorb a PP into the cue: "wrote in the Indian Express newspaper", "agreed at a virtual summit"."""
    if u.low(p) not in {"in", "at"} or not u.outside(p):
        return p
    nxt = u.tok(p + 1)
    if nxt is None or nxt[_Q] >= 0:
        return p
    if nxt[_LOW] in _BARE_SPEECH_NOUNS:
        return p + 2  # "said in remarks broadcast on Skai TV that ..."
    if nxt[_LOW] not in {"a", "an", "the"} and nxt[_LOW] not in POSSESSIVES:
        return p  # "said in a statement", "said in his nightly video address"
    k = p + 2
    while k < u.n and k - p <= _PP_MAX:
        t = u.toks[k]
        if (
            t[_Q] >= 0
            or not t[_IS_WORD]
            or t[_LOW] in {"that", "to"}
            or t[_LOW] in TIME_WORDS
            or t[_LOW] in PREPOSITIONS
            # "said in a statement the talks were useful": a new phrase opens the content.
            or t[_LOW] in DETERMINERS
            or t[_LOW] in _PERSONAL  # "said in a joint statement they rejected ..."
            or t[_LOW] in POSSESSIVES
            or t[_LOW] in AUXILIARIES
            # "said in a statement posted on its website": the participle opens a modifier.
            or (k > p + 2 and ((_past_form(t[_LOW]) and not t[_CAP]) or t[_LOW] in _IRREGULAR_PARTICIPLES))
        ):
            break
        k += 1
    if k <= p + 2:
        return p
    return _platform_end(u, k)


def _formerly_aside(u: _Unit, k: int) -> int:
    """
    Skip the aside after a platform: "wrote on X, formerly Twitter, that ..." (or in brackets).

    The former name is the reporter's gloss, neither cue nor content. *k* when none follows.
    """
    opener = u.low(k)
    if opener not in {",", "("} or u.low(k + 1) != "formerly" or not u.outside(k):
        return k
    for end in range(k + 2, min(u.n, k + 6)):
        low = u.low(end)
        if not u.outside(end):
            break
        if (opener == "," and low == ",") or (opener == "(" and low == ")"):
            return end + 1
        if opener == "," and low == ":":
            return end  # "wrote on X, formerly Twitter: “...”": the colon opens the content
    return k


def _platform_end(u: _Unit, k: int) -> int:
    """
    Absorb where a post appeared: "in a post on X", "in a statement on its website".

    "on" and a named platform ("X", "Facebook", "Truth Social"), or at most four words
    ending in a platform noun ("social media", "state television", "his Telegram channel").
    A place ("said on Capitol Hill") stays out.
    """
    if u.low(k) != "on" or not u.outside(k):
        return k
    first = u.tok(k + 1)
    if first is None or first[_Q] >= 0 or not first[_IS_WORD]:
        return k
    if first[_LOW] in _PLATFORMS:
        return k + 2
    if first[_LOW] == "truth" and u.low(k + 2) == "social":
        return k + 3
    # "on social media", "on state television", "on its website", "on his Telegram channel".
    for end in range(k + 1, min(u.n, k + 5)):
        t = u.toks[end]
        if t[_Q] >= 0 or not t[_IS_WORD] or t[_LOW] == "that":
            break
        if t[_LOW] in _PLATFORM_NOUNS:
            return end + 1
    return k


@attrs.define
class _After:
    kind: str  # "pre", "post", "embedded" or "none"
    cue_end: int
    c_start: int | None = None
    #: For "post": where a parenthetical cue gives way to the rest of its content
    #: ("The talks, he said, were productive").
    resume: int | None = None


# Telling verbs whose recipient may be followed by "of" and what was said.
_OF_TELLERS = frozenset({"assure", "inform", "remind", "brief", "tell", "warn", "notify"})


def _after_verb(u: _Unit, i: int, cue: VerbCue) -> _After:
    """Decide what follows the verb at *i*: content (pre), nothing (post), or an embedded verb."""
    p = i + 1
    cue_end = p
    low = u.low(p)
    if cue.particles and low in cue.particles and u.outside(p):
        # "agreed on Thursday to ...": the particle opens a time adjunct, not the cue's object.
        if cue.needs_particle or (low != "to" and _time_end(u, p) == p) or (low == "to" and _to_np(u, p)):
            cue_end = p = p + 1
    elif cue.needs_particle:
        return _After("none", cue_end)
    if not cue.tell:
        # "wrote in the Indian Express", "said in a post on X", "wrote on X", "said on social media".
        absorbed = _pp_absorb(u, p)
        if absorbed == p and u.low(p) == "on":
            absorbed = _platform_end(u, p)
        if absorbed > p:
            cue_end = p = absorbed
            p = _formerly_aside(u, p)
    if cue.tell:
        r = _recipient_end(u, p)
        if r != p and cue.lemma in _OF_TELLERS:
            # "assured Samia of Kenya's support": a named recipient, then what was said
            # after "of" (not an audience "of" a name, as in "the Ministry of Foreign
            # Affairs": a possessive or a lower-case word follows it).
            q = p
            while q < u.n and q - p < _NAME_MAX and u.toks[q][_CAP] and u.toks[q][_Q] < 0:
                q += 1
            if (
                q > p
                and u.low(q) == "of"
                and u.outside(q)
                and (not u.toks[q + 1][_CAP] or u.low(q + 2) in {"'s", "’s"})
            ):
                r = q
        # "warned Turkey against setting up bases": the one warned is part of the content,
        # as with "urged Turkey to"; only before "that" or a quotation is it an audience.
        warned = cue.lemma in _WARNING_LEMMAS and u.low(r) in {"against", "of"} and u.outside(r)
        audience = u.low(p) in RECIPIENT_NOUNS or u.low(p) in {"reporters", "journalists"}
        named = _named_subject(u, cue, p, r) if r > p and not audience and u.outside(r) else None
        p = p if r > p and warned and not audience else r
        if named is not None:
            # "warned Pakistan would pay a heavy price", "insisted Delhi had no role": the
            # name is the subject of the content, no audience; "warned Islamabad not to ..."
            # keeps the one warned, as with "against". "told Sharif India would ...": the
            # audience, then the country that opens the content.
            p = cue_end if named == _WHOLE else named
        if (
            r > cue_end
            and u.low(p) in {"in", "at"}
            and u.outside(p)
            and (place := u.tok(p + 1))
            and place[_CAP]
        ):
            # "told reporters in Riyadh the kingdom backed the plan": where they were told.
            q = p + 2
            while q < u.n and q - p <= _SHORT and u.toks[q][_CAP] and u.toks[q][_Q] < 0:
                q += 1
            opener = u.low(q)
            if u.outside(q) and (
                opener in DETERMINERS or opener in POSSESSIVES or opener in _PERSONAL or opener == "that"
            ):
                p = q
        if r > cue_end and u.low(p) in {"by", "from"} and u.outside(p):
            # "told VOA by phone from Nairobi the talks were overdue": how and where from.
            q = p
            for _ in range(2):
                if u.low(q) == "by" and u.low(q + 1) in _MEANS and u.outside(q + 1):
                    q += 2
                elif u.low(q) == "from" and (place := u.tok(q + 1)) is not None and place[_CAP]:
                    q += 2
                    while q < u.n and q - p <= _WINDOW and u.toks[q][_CAP] and u.toks[q][_Q] < 0:
                        q += 1
            opener = u.low(q)
            if q > p and u.outside(q) and (opener in _DETERMINERS_POSSESSIVES or opener in _PERSONAL):
                p = q
        t = u.tok(p)
        if (
            t is not None
            and t[_Q] < 0
            and t[_IS_WORD]
            and not t[_CAP]
            and t[_LOW] != "that"
            # "told them the deal that was signed ...": an article opens the content.
            and t[_LOW] not in DETERMINERS
            and t[_LOW] not in POSSESSIVES
            and t[_LOW] not in _PERSONAL
        ):
            # "told a television interviewer that ...": the rest of the audience, then "that".
            that = _lookahead_that(u, p, _SHORT - 1)
            if that is not None:
                p = that
        elif (
            t is not None
            and r > cue_end
            and t[_TEXT] == ","
            and t[_Q] < 0
            and u.low(p + 1) in _RELATIVE_OPENERS
        ):
            # "told reporters, who had waited for hours, that ...": a clause on the audience.
            that = _that_after_relative(u, p + 2)
            if that is not None:
                p = that
    if u.low(p) == "with" and u.low(p + 1) in _MANNER_NOUNS and u.outside(p + 1):
        # "noted with satisfaction the growth in trade", "welcomed with appreciation ...":
        # the attitude the words were said with, part of the cue, then the content.
        if cue_end == p:
            cue_end = p + 2
        p += 2
    timed = _time_end(u, p)
    if (
        timed > p
        and cue.particles
        and u.low(timed) in cue.particles
        and u.low(timed) != "to"
        and u.outside(timed)
    ):
        # "did not agree on Monday on a debt plan": the cue's particle after the time adjunct.
        timed += 1
    p = timed
    t = u.tok(p)
    if t is None or (t[_Q] < 0 and t[_TEXT] in {".", "!", "?"} and p + 1 >= u.n):
        return _After("post", cue_end)
    if t[_MARK] == _OPEN:
        return _After("pre", cue_end, p)
    if t[_Q] >= 0:
        return _After("pre", cue_end, p)
    if t[_TEXT] == ",":
        nxt = u.tok(p + 1)
        if nxt is not None and nxt[_MARK] == _OPEN:
            return _After("pre", cue_end, p + 1)
        if (
            nxt is not None
            and nxt[_Q] < 0
            and (nxt[_LOW] in _LEADING_JUNK or nxt[_LOW] in {"though", "too"})
            and u.low(p + 2) == ","
            and u.outside(p + 2)
            and (t3 := u.tok(p + 3)) is not None
            and (
                t3[_MARK] == _OPEN
                or (t3[_Q] < 0 and (t3[_LOW] in DETERMINERS or t3[_LOW] in _PERSONAL or t3[_CAP]))
            )
        ):
            # "Sène noted, however, that ...": a sentence adverb set off between cue and content.
            return _After("pre", cue_end, p + 3)
        if (
            nxt is not None
            and nxt[_Q] < 0
            and not nxt[_CAP]
            and (nxt[_LOW] in PREPOSITIONS or nxt[_LOW].endswith("ing"))
            and (that := _that_after_relative(u, p + 2)) is not None
        ):
            # "said, without elaborating, that ...", "said, citing an official, that ...":
            # an adjunct set off by commas, then the content.
            return _After("pre", cue_end, that)
        resumes = (
            nxt is not None
            and nxt[_Q] < 0
            and nxt[_IS_WORD]
            and (not nxt[_CAP] or _capital_resumes(u, p + 1))
            and not _participle(nxt[_LOW])
            # '“...,” Sharif said, flanked by his ministers.': a past participle's aside on
            # the speaker, as with an -ing form.
            and not _past_form(nxt[_LOW])
            # '“...,” Merz said, and praised the French leader.': the speaker's next act
            # after a quotation; after a clause the tag interrupts ("The leaders met, the
            # office said, and discussed ...") the clause goes on.
            and not (
                nxt[_LOW] in {"and", "but"}
                and u.outside(p + 2)
                and u.toks[0][_MARK] == _OPEN
                and _quote_end(u, 0) <= i
            )
            and nxt[_LOW] not in _COMMA_BREAKERS
            and nxt[_LOW] not in _ADJUNCT_CLAUSE
            and nxt[_LOW] != "according"
            # '“...,” the minister told reporters, who had waited for hours.': a clause on
            # the audience, not the content resumed; so is '“...,” Macron told the
            # parliament, where he received a standing ovation.' (about the place).
            and nxt[_LOW] not in _RELATIVE_OPENERS
            and nxt[_LOW] != "where"
            and verb_cue(nxt[_LOW]) is None
            # '“...,” Sène said, however.': a sentence adverb ends the sentence.
            and not (nxt[_LOW] in _LEADING_JUNK and u.low(p + 2) in {"", ".", ",", "!", "?"})
            # "“...,” Sheinbaum said on Tuesday, a day after Trump threatened tariffs."
            and not (nxt[_LOW] in _FRAME_OPENERS and u.reporter_frame(p + 1))
        )
        return _After("post", cue_end, resume=p + 1 if resumes else None)
    if t[_TEXT] == ":":
        return _After("pre", cue_end, p + 1)
    if t[_TEXT] == "(" and t[_Q] < 0:
        # "said (in remarks to parliament) that ...": an aside in brackets, then the content.
        close = next((j for j in range(p + 1, min(u.n - 1, p + _WINDOW)) if u.low(j) == ")"), -1)
        if close > p + 1 and u.outside(close) and _quote_or_that(u, close + 1):
            return _After("pre", cue_end, close + 1)
    if t[_TEXT] in _DASHES and t[_Q] < 0:
        # "said — without elaborating — that ...": an aside between dashes, then the content.
        close = next((j for j in range(p + 1, min(u.n - 1, p + _WINDOW)) if u.low(j) in _DASHES), -1)
        if close > p + 1 and u.outside(close) and _quote_or_that(u, close + 1):
            return _After("pre", cue_end, close + 1)
    if t[_TEXT] in _HARD_STOPS or t[_TEXT] in _DASHES:
        return _After("post", cue_end)
    if t[_LOW] == "that":
        return _After("pre", cue_end, p)
    if t[_LOW] in _FOCUS_ADVERBS and u.outside(p) and _quote_or_that(u, p + 1):
        # "saying only that ...", "said again that ...": the adverb modifies the cue.
        return _After("pre", cue_end, p + 1)
    if t[_LOW] in _MANNER_ADVERBS and u.outside(p) and u.low(p + 1) in _CLAUSE_OPENERS and u.outside(p + 1):
        # "said privately they were relieved", "said separately the talks would resume":
        # the adverb is the cue's, and a bare clause follows. ("said only the UN could
        # ..." keeps "only", which bears on the subject.)
        return _After("pre", cue_end, p + 1)
    if p == i + 1 and t[_LOW] in AUXILIARIES and t[_LOW] not in {"'s", "’s"}:
        # "analysts say is aimed at": the subject of "is" lies before the source.
        form = verb_cue(u.low(i))
        if form is not None and form[1] is _THIRD_FORM and u.low(i) not in _THIRD_VERBS_ONLY:
            return _After("none", cue_end)  # "member states have agreed": "states" is a noun
        return _After("embedded", cue_end, p)
    own = verb_cue(u.low(i))
    if (
        p == i + 1
        and own is not None
        and own[1] is _THIRD_FORM
        and (hit := verb_cue(t[_LOW]))
        and hit[1] is not _ING_FORM
    ):
        return _After("none", cue_end)  # "member states said", "media reports say": a plural noun
    if p > i + 1 and t[_Q] < 0 and not t[_CAP] and (_past_form(t[_LOW]) or t[_LOW] in _IRREGULAR_PARTICIPLES):
        # "said in a statement posted on its website that ...": skip the modifier.
        that = _lookahead_that(u, p + 1)
        if that is not None:
            return _After("pre", cue_end, that)
        if cue_end > i + 1:
            # "the palace said in a statement carried by the MAP news agency.": the
            # participle describes the statement; the content lies before the cue.
            return _After("post", cue_end)
    if t[_LOW] == "to" and t[_Q] < 0 and not cue.tell and _addressee(u, p + 1):
        # "reiterated to Li that ...", "confirmed to AFP on Tuesday that ...": whom it was
        # said to, then the content.
        that = _time_end(u, _recipient_end(u, p + 1))
        if that > p + 1 and u.low(that) == "that" and u.outside(that):
            return _After("pre", cue_end, that)
    if (
        t[_LOW] in _ADJUNCT_PREPS
        or t[_LOW] in _ADJUNCT_CLAUSE
        or (cue.inverts and t[_LOW] in _SPEECH_ADJUNCT_PREPS and t[_Q] < 0)
        # "said in remarks to reporters that ...": the addressee after an absorbed phrase.
        or (t[_LOW] == "to" and cue_end > i + 1 and t[_Q] < 0 and _to_np(u, p))
        # "said in a readout of the call that ...": the absorbed noun's own complement.
        or (t[_LOW] in {"of", "about", "for"} and cue_end > i + 1 and t[_Q] < 0)
    ):
        word_after = u.low(p + 1)
        # "said when asked about the summit that ...": the participle is no cue of its own.
        reduced = t[_LOW] in _ADJUNCT_CLAUSE and (_participle(word_after) or _past_form(word_after))
        that = _lookahead_that(u, p + 2 if reduced else p + 1)
        if that is not None:
            return _After("pre", cue_end, that)
        colon = _lookahead_colon(u, p + 1)
        if colon is not None:
            return _After("pre", cue_end, colon + 1)  # "said in Madrid: “...”"
        if (
            t[_LOW] == "when"
            and word_after
            and not _participle(word_after)
            and not _past_form(word_after)
            and u.outside(p + 1)
        ):
            # "did not say when the talks would resume": a question is the content ("said
            # when asked about ..." is an adjunct).
            return _After("pre", cue_end, p)
        if cue.tell and cue.lemma != "tell" and p > cue_end and t[_LOW] in _WARNING_PREPS and t[_Q] < 0:
            # "warned China over its support for Russia", "reminded Tokyo of its pledge":
            # after the one warned, the phrase says what about.
            return _After("pre", cue_end, p)
        return _After("post", cue_end)
    if not t[_IS_WORD]:
        return _After("none", cue_end)
    colon = _lookahead_colon(u, p)
    if colon is not None:
        return _After("pre", cue_end, colon + 1)
    return _After("pre", cue_end, p)


_CLAUSE_AUXILIARIES = frozenset(
    {
        "would",
        "will",
        "could",
        "can",
        "must",
        "should",
        "might",
        "may",
        "had",
        "has",
        "was",
        "is",
        "were",
        "are",
    }
)


#: What `_named_subject` answers when the whole capitalised span opens the content.
_WHOLE: Final = -1
#: Names that, after an audience, open the content as its subject: "told Sharif India would".
_SUBJECT_ENTRIES: Final = frozenset({EntryKind.COUNTRY})


def _named_subject(u: _Unit, cue: VerbCue, p: int, r: int) -> int | None:
    """
    Where the content opens in the capitalised "recipient" p..r of a telling verb, if it does.

    `_WHOLE` when the span is the content's subject ("warned Pakistan would", "warned the
    United States would": one word, a name the lexicon knows whole, or a phrase opening with
    a determiner, "warned the industry could"); the position of a country or capital that
    follows an audience ("told Sharif India would", "told his counterpart Beijing would");
    None when the span is the audience only.
    """
    after = u.low(r)
    head = p + 1 if u.low(p) == "the" else p  # "warned the Taliban would ..."
    if head >= r:
        return None
    if after not in _CLAUSE_AUXILIARIES:
        if cue.lemma in _WARNING_LEMMAS and (after == "to" or (after == "not" and u.low(r + 1) == "to")):
            return _WHOLE if _all_capitals(u, head, r) else None
        return None
    if r - head == 1 and _all_capitals(u, head, r):
        return _WHOLE
    # Several words: the leftmost name the lexicon knows that runs up to the auxiliary.
    names = lexicon().names
    texts = [u.toks[k][_TEXT] for k in range(head, r)]
    for j in range(head, r):
        entry = names.get(tuple(texts[j - head :]))
        if entry is None or not _all_capitals(u, j, r):
            continue
        if j == head:
            return _WHOLE if entry.kind != EntryKind.CALENDAR else None
        before = u.toks[j - 1]
        if (
            before[_IS_WORD]
            and before[_Q] < 0
            and before[_LOW] not in _NOT_RECIPIENT
            and before[_LOW] not in DETERMINERS
            and (entry.kind in _SUBJECT_ENTRIES or entry.capital or entry.metonym)
        ):
            return j
        break  # "the Afghan Taliban", "the Bank of Japan": a name inside the phrase, no audience
    if u.low(p) in DETERMINERS or u.low(p) in POSSESSIVES:
        # "warned the industry could lose ...", "warned the Israeli government would bear
        # ...": an object of the verb is never followed by an auxiliary; its subject is.
        return _WHOLE
    return None


def _all_capitals(u: _Unit, lo: int, hi: int) -> bool:
    return all(u.toks[k][_CAP] and u.toks[k][_Q] < 0 for k in range(lo, hi))


def _addressee(u: _Unit, k: int) -> bool:
    """
    Whether the word at *k*, after "to", opens whom something was said to.

    A name ("to Li", "to AFP"), a pronoun or audience ("to reporters", "to lawmakers"), or
    a possessive ("to his guest"); not a noun with an article ("to the fact that", "to
    reports that"), whose "that" clause is the noun's.
    """
    t = u.tok(k)
    if t is None or t[_Q] >= 0 or not t[_IS_WORD]:
        return False
    low = t[_LOW]
    return bool(t[_CAP]) or low in OBJECT_PRONOUNS or low in RECIPIENT_NOUNS or low in POSSESSIVES


# -s forms that are never plural nouns: "a move Kampala says is overdue" reads as a verb.
_THIRD_VERBS_ONLY = frozenset(
    {"says", "insists", "argues", "believes", "thinks", "contends", "maintains", "admits", "concedes"}
)


def _capital_resumes(u: _Unit, k: int) -> bool:
    """
    Whether the capitalised word at *k*, after a mid-sentence tag's comma, goes on with the content.

    "A decade ago, he said, Australian aircraft would have been ...": the tag interrupts
    a clause whose subject opens with a capital. Not a date ("..., he said, Monday"), and
    not a second attribution ("..., he said, Kenyan media reported"): no reporting verb
    may follow within a few words.
    """
    if k < _PLURAL_TOKENS + 1 or u.low(k - 1) != "," or u.low(k) in TIME_WORDS:
        return False
    nxt = u.tok(k + 1)
    if nxt is None or not nxt[_IS_WORD] or nxt[_Q] >= 0:
        return False
    return not any(
        verb_cue(u.low(x)) is not None or u.low(x) in {".", "!", "?"}
        for x in range(k + 1, min(u.n, k + _SHORT + 1))
        if u.outside(x)
    )


def _lookahead_colon(u: _Unit, p: int) -> int | None:
    """
    A colon and quotation after a short adjunct: "told reporters outside the palace: “...”".

    The words before the colon must be a plain phrase (no quotation, verb or clause mark).
    """
    colon = u.next_comma(p)
    if colon >= u.n or colon - p >= _RECIPIENT_MAX or u.toks[colon][_TEXT] != ":":
        return None  # the first clause mark is no colon: most candidates stop here
    for k in range(p, min(u.n, p + _RECIPIENT_MAX)):
        t = u.toks[k]
        if t[_TEXT] == ":" and t[_Q] < 0:
            # The quotation follows, or opens the next paragraph ("... wrote for the Council:").
            return k if k > p and (k + 1 == u.n or u.toks[k + 1][_MARK] == _OPEN) else None
        if t[_Q] >= 0 or not t[_IS_WORD] or t[_LOW] in AUXILIARIES or t[_LOW] == "that":
            return None
        if verb_cue(t[_LOW]) is not None or (_past_form(t[_LOW]) and not t[_CAP]):
            return None
    return None


def _inverted_source(u: _Unit, p: int) -> _Range | None:
    """The source after an inverted cue: "..., said Pant." / "..., say leaders of both countries —"."""
    k = p
    while k < u.n and k - p < _WINDOW:
        t = u.toks[k]
        if t[_Q] >= 0 or t[_TEXT] in {",", ";", ":"} or t[_TEXT] in _HARD_STOPS or t[_TEXT] in _DASHES:
            break
        if k > p and _owner_mark(u, k) and u.toks[k - 1][_CAP]:
            k += 1  # "says Nigeria's Tuggar"
            continue
        if not t[_IS_WORD]:
            break
        if k > p and t[_LOW] in {"who", "whom"}:
            # "..., said a diplomat who asked not to be named.": a restrictive clause
            # belongs to the source phrase, as before a verb ("a diplomat who asked not to
            # be named said").
            j = k + 1
            while j < u.n and j - k <= _APPOSITIVE_MAX:
                x = u.toks[j]
                if (
                    x[_Q] >= 0
                    or x[_TEXT] in _HARD_STOPS
                    or x[_TEXT] in {",", ";", ":"}
                    or x[_TEXT] in _DASHES
                ):
                    break
                j += 1
            if j >= u.n or u.toks[j][_TEXT] in {".", "!", "?"}:
                return p, j
            break
        if (
            t[_LOW] in AUXILIARIES
            or (verb_cue(t[_LOW]) is not None and not t[_CAP] and not _noun_modifier(u, k))
            or t[_LOW] in SUBORDINATORS
            # "said both governments needed a truce": a past verb taking an object is the
            # reported clause's own verb, so this is no inverted tag.
            or (
                k > p
                and not t[_CAP]
                and (_past_form(t[_LOW]) or t[_LOW] in IRREGULAR_PAST)
                and (u.low(k + 1) in _DETERMINERS_POSSESSIVES or u.low(k + 1) in {"more", "no"})
            )
        ):
            return None
        if t[_LOW] in PREPOSITIONS and t[_LOW] != "of":
            if (
                t[_LOW] == "for"
                and k > p
                and u.toks[k - 1][_CAP]
                and u.toks[k + 1 if k + 1 < u.n else k][_CAP]
                and (_office_word(u.toks[k - 1][_LOW]) or (u.low(k - 1) == "state" and u.low(k - 2) == "of"))
            ):
                # "said Minister for Trade and Industry Gan Kim Yong", "said Secretary for
                # Commerce X", "Minister of State for Foreign Affairs X": the portfolio after a
                # capitalized office is part of the title.
                k += 1
                continue
            break
        k += 1
    if k == p:
        return None
    first = u.toks[p]
    if not (
        first[_CAP]
        or first[_LOW] in DETERMINERS
        or first[_LOW] in _PERSONAL
        or first[_LOW].endswith("s")
        or first[_LOW] in _NUMBER_WORDS
        or first[_LOW] in _QUANTIFIERS
        or _title_word(first[_LOW])  # "..., says foreign minister" (headlines drop the article)
        or _opens_surname(u, p)
    ):
        return None
    end = u.tok(k)
    if end is not None and end[_Q] < 0 and (end[_LOW] in PREPOSITIONS or end[_LOW] in {"who", "whom"}):
        # "said Pant in an interview" / "told VOA ...": the adjunct ends the source.
        return p, k
    if end is not None and end[_TEXT] == "," and end[_Q] < 0:
        # "said Smith, the foreign minister." keeps the appositive.
        j = k + 1
        while j < u.n and j - k <= _APPOSITIVE_MAX:
            x = u.toks[j]
            if x[_TEXT] == "(" and x[_Q] < 0:
                # "said Legucka, an analyst at the Polish Institute of International
                # Affairs (PISM).": the institution's acronym is part of the appositive.
                close = j + 1
                while close < u.n and close - j <= _SHORT and u.toks[close][_CAP] and u.toks[close][_Q] < 0:
                    close += 1
                if close > j + 1 and u.low(close) == ")":
                    j = close + 1
                    continue
            if x[_Q] >= 0 or x[_TEXT] in _HARD_STOPS or x[_TEXT] in {",", ";"}:
                break
            if (
                (x[_LOW] in AUXILIARIES and not (x[_LOW] in {"'s", "’s"} and u.toks[j - 1][_CAP]))
                or x[_LOW] in SUBORDINATORS
                or _participle(x[_LOW])
                or verb_cue(x[_LOW])
            ):
                return p, k  # "said Smith, who ..." / "said Smith, adding ..."
            j += 1
        if j > k + 1 and (j >= u.n or u.toks[j][_TEXT] in {".", "!", "?"}):
            return p, j
        return p, k
    if end is None or end[_TEXT] in {".", "!", "?", ";"} or end[_TEXT] in _DASHES:
        return p, k
    return None


def _opens_surname(u: _Unit, k: int) -> bool:
    """Whether a lower-case name particle opens a surname at *k*: "al-Sudani", "bin Salman"."""
    t = u.toks[k]
    particles = lexicon().name_particles
    head, dash, rest = t[_TEXT].partition("-")
    if dash:
        return head.lower() in particles and rest[:1].isupper()
    nxt = u.tok(k + 1)
    return t[_LOW] in particles and t[_LOW] not in _NOT_SURNAME_OPENERS and nxt is not None and nxt[_CAP]


def _content_floor(u: _Unit, end: int) -> int:
    """Where the content before a post-cue frame begins: after a leading subordinate clause."""
    start = 0
    first = u.tok(0)
    if u.headline and first is not None and first[_LOW] in _HEADLINE_LABELS and u.low(1) == ":":
        start = 2  # "Exclusive: India, US near deal on tariffs, sources say"
    comma = u.first_comma
    # A condition ("If Moscow agrees to the truce, sanctions could be eased, Rubio said") is
    # part of what was said; a time or concession clause ("After the talks, ...") frames it.
    opener = (
        first is not None
        and first[_LOW] in _SUBORDINATE_OPENERS
        and first[_LOW] not in _CONDITIONS
        and not _participle(u.low(1))
    )
    if opener and comma is not None and comma < end:
        start = comma + 1
    # A non-restrictive relative clause before the cue is the content: "..., which Duterte described as".
    rel = u.last_relative(end - 1) if end > 0 else -1
    if rel >= 0 and u.next_comma(rel + 1) < end:
        # Closed before the content ends ("Muizzu, who is on a visit to India, invited Modi
        # ..., officials said"): an aside inside the content, whose subject comes before it.
        rel = -1
    elif rel >= 0 and rel < end - 1:
        # Only a clause with its own reporting word stands alone ("which Duterte described
        # as ..., according to Xinhua"); "..., which uses Japanese technology, the official
        # said" is said of the whole sentence.
        k = bisect.bisect_right(u.hits, rel)
        # "which India put "in abeyance" in April": "put" reports only in "as X put it".
        while (
            k < len(u.hits) and u.hits[k] < end and u.low(u.hits[k]) == "put" and u.low(u.hits[k] + 1) != "it"
        ):
            k += 1
        if k >= len(u.hits) or u.hits[k] >= end:
            rel = -1
    # (A pronoun right before the tag, "business leaders, who, he said, were keen to
    # invest", opens the content: what he said is about them.)
    start = max(start, rel)
    # "... by 2029 -- an ambitious timeline, analysts say": a lone dash sets off the
    # reporter's or another source's comment on the clause before it (a pair of dashes
    # brackets an aside inside the content instead).
    if u.has_dash:
        dashes = [k for k in u.marks if k < end and u.toks[k][_TEXT] in _DASHES]
        if len(dashes) % 2 == 1:
            start = max(start, dashes[-1] + 1)
    # "Ruto said the port would open in 2027; the railway will follow, officials say": a
    # clause before a semicolon with a reporting word of its own is its own statement, no
    # part of the later tag's content (without one, the tag covers the whole sentence).
    k = bisect.bisect_left(u.marks, end) - 1
    while k >= 0 and u.marks[k] >= start:
        semi = u.marks[k]
        if u.toks[semi][_TEXT] == ";":
            h = bisect.bisect_left(u.hits, start)
            if h < len(u.hits) and u.hits[h] < semi:
                start = semi + 1
            break
        k -= 1
    while start < end and (u.low(start) in {"but", "and", "so", "yet", "however"} or u.low(start) == ","):
        start += 1
    return start


def _subject_left(u: _Unit, end: int, *, to_det: bool = False) -> _Range | None:
    """
    Find the subject (a content part) just before *end*.

    It is a relative pronoun, a pronoun, or a noun phrase that may hold prepositions
    ("The meeting between the two leaders").

    A parenthetical right before ("..., held on Tuesday, , was") sends it to the clause start.
    """
    k = end - 1
    t = u.tok(k)
    if t is None:
        return None
    if t[_Q] < 0 and t[_LOW] in RELATIVE_PRONOUNS:
        return k, end
    if t[_Q] < 0 and t[_LOW] in _PERSONAL:
        return k, end
    if t[_Q] < 0 and t[_TEXT] == ",":
        first_comma = u.first_comma
        if first_comma is None or first_comma == 0 or first_comma >= end:
            return None
        return 0, first_comma
    start = end
    while k >= 0 and end - k <= _SUBJECT_MAX:
        t = u.toks[k]
        if t[_Q] < 0:
            low = t[_LOW]
            if not t[_IS_WORD] and t[_TEXT] not in {"’s", "'s", "-", "&", "%", "$"}:
                break
            if low in AUXILIARIES or (low in CLAUSE_WORDS and low != "and") or low in RELATIVE_PRONOUNS:
                break
            hit = verb_cue(low)
            # A head noun may look like a verb ("The plan was criticized"); a past form cannot.
            if (
                hit is not None
                and not t[_CAP]
                and (k < end - 1 or hit[1] is _PAST_FORM or hit[1] is _ING_FORM)
                and not _noun_modifier(u, k)
            ):
                break
        start = k
        if to_det and t[_Q] < 0 and t[_LOW] in _DETERMINERS_POSSESSIVES:
            break
        k -= 1
    while start < end and u.low(start) in _LEADING_JUNK:
        start += 1
    if start >= end:
        return None
    return start, end


@functools.cache
def _token_kinds() -> dict[str, bool]:
    """
    Lower-case tokens the tokeniser notes: True for a cue word, False for a clause mark.

    Clause marks have no case (a token is one when its lower case is one), and no cue word
    is one: a token is at most one of the two, found with a single lookup.
    """
    kinds = dict.fromkeys(_CLAUSE_MARKS, False)
    kinds.update(dict.fromkeys(_cue_words(), True))
    return kinds


@functools.cache
def _cue_words() -> frozenset[str]:
    """The words that can open a candidate: a reporting verb form or a word of another lexicon."""
    return frozenset(
        {"according", "put", "words"}
        | _ANSWER_NOUNS
        | _QUOTING
        | _RETICENT_VERBS
        | EVIDENTIAL_ADVERBS
        | RAISING_VERBS
        | PASSIVE_CUES.keys()
        | REDUCED_PASSIVES
        | NOUN_CUES.keys()
        | LIGHT_NOUNS
        | ADJECTIVE_CUES.keys()
        | verb_forms()
    )


# Auxiliaries that open a yes/no question.
_QUESTION_OPENERS = frozenset(
    {"are", "is", "was", "were", "do", "does", "did", "will", "would", "can", "could", "should", "has",
     "have", "had", "shall", "may", "might"}
)  # fmt: skip


# Question words that open a question with an auxiliary after them ("What did you ask ...?").
_WH_WORDS = frozenset({"what", "why", "how", "when", "where", "which", "who", "whom", "whose"})


def _candidates(u: _Unit) -> list[_Cand]:
    """
    The cue candidates of *u*, in order.

    Most tokens can open no candidate: the unit notes those that can while it is built
    (`_Unit.hits`, one set lookup per token), and only they are looked at.
    """
    out: list[_Cand] = []
    toks = u.toks
    if toks and toks[-1][_TEXT] == "?" and toks[-1][_Q] < 0:
        # "Are you worried about Russian influence?", "Did Ruto say the deal was done?",
        # "VOA: Are you ...?": a question of the reporter's (or an interviewer's, after a
        # transcript label) asserts nothing.
        q = 0
        while q < _SHORT and q < u.n and toks[q][_IS_WORD] and toks[q][_CAP] and toks[q][_Q] < 0:
            q += 1
        q = q + 1 if 0 < q < u.n - 1 and toks[q][_TEXT] == ":" else 0
        if toks[q][_Q] < 0 and toks[q][_CAP] and toks[q][_LOW] in _QUESTION_OPENERS:
            return out
        if toks[q][_Q] < 0 and toks[q][_CAP] and toks[q][_LOW] in _WH_WORDS:
            # "What did you ask Hegseth for?", "How do you respond?", "Which sites will
            # U.S. troops use?": a question word, at most two words, then an auxiliary.
            for k in range(q + 1, min(u.n, q + 4)):
                if toks[k][_Q] >= 0 or not toks[k][_IS_WORD]:
                    break
                if toks[k][_LOW] in _QUESTION_OPENERS:
                    return out
    # Tokens before *skip* belong to the cue of the last candidate found.
    skip = _question_end(u) if toks and toks[0][_LOW] in {"asked", "when", "if"} else 0
    for i in u.hits:
        if i < skip:
            continue
        t = toks[i]
        if not t[_IS_WORD]:
            continue
        low = t[_LOW]
        # Capitalised cues only open a sentence ("While noting", "According to").
        opener = i == 1 and u.low(0) in _SUBORDINATE_OPENERS
        if t[_CAP] and i > 0 and not u.title_case and not opener and low != "according":
            continue
        cand: _Cand | None = None
        if low == "according" and u.low(i + 1) == "to":
            cand = _according(u, i)
        elif low == "words":
            # "in the words of one analyst": a source after "of", as after "according to".
            if u.low(i + 1) == "of" and u.low(i - 1) == "the" and u.low(i - 2) == "in" and u.outside(i - 2):
                cand = _according(u, i, i - 2)
            else:
                cand = _in_words(u, i)
        elif low == "put":
            cand = _as_put_it(u, i)
        elif low in EVIDENTIAL_ADVERBS:
            cand = _evidential(u, i)
        elif low in RAISING_VERBS and u.low(i + 1) in {"to", "that"}:
            cand = _raising(u, i)
        elif low in _ANSWER_NOUNS and (answer := _quoted_answer(u, i)) is not None:
            cand = answer
        elif low in _RARE_OPENERS and (rare := _rare_opener(u, i, low)) is not None:
            cand = rare
        elif low in PASSIVE_CUES and _passive_ok(u, i):
            cand = _passive(u, i)
        elif low in REDUCED_PASSIVES and u.low(i + 1) == "by" and u.low(i - 1) not in AUXILIARIES:
            cand = _reduced_passive(u, i)
        elif low in NOUN_CUES or low in LIGHT_NOUNS:
            cand = _noun(u, i)
        elif low in ADJECTIVE_CUES:
            cand = _adjective(u, i)
        if cand is None:
            hit = verb_cue(low)
            if (
                hit is not None
                and not _light_then_noun(u, i)
                and (low not in NOUN_MODIFIERS or not _noun_modifier(u, i))
                and (low not in _BARE_SPEECH_NOUNS or not _object_of_past(u, i))
            ):
                cand = _aside_passive(u, i) if u.low(i + 1) == "by" else None
                if cand is None:
                    cand = _verb(u, i, hit[0], hit[1])
        if cand is not None:
            out.append(cand)
            skip = max(i + 1, cand.cue[1])
    return out


#: Nouns of a reply that a quotation before "was X's ..." is: '"Not yet," was Lammy's answer'.
_ANSWER_NOUNS = frozenset({"answer", "reply", "response", "retort", "verdict"})


def _quoted_answer(u: _Unit, i: int) -> _Cand | None:
    """
    '"Not yet," was Lammy's answer (when asked ...)': the quotation is the owner's reply.

    The quotation closes right before "was" (a comma may come between), and the owner is a
    name with "'s" or a possessive pronoun ("was his reply"); the cue is the noun with its
    "'s", as in "Abiy's remarks".
    """
    j = i - 1
    low = u.low(j)
    if low in {"'s", "’s"}:
        s = j
        while (
            s - 1 >= 0
            and j - s < _NAME_MAX
            and u.toks[s - 1][_CAP]
            and u.toks[s - 1][_IS_WORD]
            and u.outside(s - 1)
        ):
            s -= 1
        if s == j:
            return None
        src, cue = (s, j), (j, i + 1)
    elif low in POSSESSIVES and u.outside(j):
        src, cue = (j, i), (i, i + 1)
    else:
        return None
    b = src[0] - 1
    if b < 1 or u.low(b) != "was" or not u.outside(b):
        return None
    c = b - 1 if u.toks[b - 1][_TEXT] == "," and u.outside(b - 1) else b
    if c < 1 or u.toks[c - 1][_MARK] != _CLOSE:
        return None
    return _Cand("post", cue, src=src, post_end=c)


def _rare_opener(u: _Unit, i: int, low: str) -> _Cand | None:
    """The candidate of a word of the round's small lexicons (one set test per hit finds them)."""
    return _quoted_as(u, i) if low in _QUOTING else _reticent(u, i)


def _quoted_as(u: _Unit, i: int) -> _Cand | None:
    """
    "State media quoted the minister as saying ...": the one quoted is the source.

    The outlet only carried the words, as in the passive "X was quoted as saying" (read
    by the passive lexicon). The cue is "as saying" (a cue is one stretch of text); the
    source is the noun phrase between "quoted" and "as".
    """
    if u.low(i - 1) in _BE or u.low(i + 1) == "by":
        return None  # the passive "was quoted (by ERT) as saying": the passive lexicon's
    k = i + 1
    while k < u.n and k - i <= _RECIPIENT_MAX:
        t = u.toks[k]
        if t[_Q] >= 0 or t[_TEXT] in _CLAUSE_MARKS:
            return None
        if t[_LOW] == "as":
            break
        k += 1
    else:
        return None
    if k == i + 1 or u.low(k + 1) not in {"saying", "telling", "stating"} or not u.outside(k + 1):
        return None
    start = _recipient_end(u, k + 2) if u.low(k + 1) == "telling" else k + 2
    if u.outside(start) and (u.low(start) in _ADJUNCT_PREPS or u.low(start) in TIME_WORDS):
        # "quoted him as saying after the talks that ...": the adjunct is the cue's.
        that = _lookahead_that(u, start + 1)
        if that is not None:
            start = that
    return _Cand("pre", (k, k + 2), src=(i + 1, k), c_start=start, cut=i)


def _question_end(u: _Unit) -> int:
    """
    The end of a fronted question put to the source: "Asked whether X had agreed to Y, Z said".

    The question's verbs ("had agreed to", "had discussed") report nothing anyone said; the
    answer after the comma is the statement. 0 when the unit opens otherwise.
    """
    first = u.low(0)
    if first != "asked" and not (first in {"when", "if"} and u.low(1) == "asked"):
        return 0
    comma = u.first_comma
    return comma if comma is not None else 0


# Words after a plural belief noun that no verb "fears"/"hopes"/"doubts" takes.
_AFTER_BELIEF_NOUN = frozenset(
    {"of", "over", "among", "grow", "grew", "mount", "mounted", "rise", "rose", "persist"}
)


def _after_singular_name(u: _Unit, i: int) -> bool:
    """
    Whether the word at *i* follows "a"/"an" and one or two capitalised words.

    "a U.N. report said", "an Al Jazeera report": after a singular indefinite subject a
    verb would take "-s", so the base form is the noun.
    """
    k = i - 1
    while k >= 0 and i - k <= _PLURAL_TOKENS and u.toks[k][_CAP] and u.toks[k][_Q] < 0:
        k -= 1
    return i - k > 1 and k >= 0 and u.low(k) in {"a", "an"} and u.outside(k)


# Subjects of an absolute participle: "with some praising the deal and others calling it ...".
_ABSOLUTE_SUBJECTS = frozenset({"some", "others", "many", "most", "few", "several", "critics", "supporters"})


def _with_subject(u: _Unit, i: int) -> int | None:
    """
    The start of the subject of an absolute "with" clause whose participle is at *i*.

    ", with the two heads of state agreeing to ...", ", with both sides insisting ...": a
    short noun phrase opened by an article, "both" or a name right after ", with".
    """
    j = i - 1
    while j > 0 and i - j <= _NAME_MAX:
        t = u.toks[j]
        if t[_Q] >= 0 or not t[_IS_WORD]:
            return None
        low = t[_LOW]
        if low == "with":
            break
        if low in AUXILIARIES or (low in PREPOSITIONS and low != "of") or low in CLAUSE_WORDS:
            return None
        j -= 1
    if u.low(j) != "with" or j + 1 >= i or not _after_comma(u, j):
        return None
    first = u.toks[j + 1]
    if first[_LOW] in {"the", "both", "all", "their", "his", "her", "its"} or first[_CAP]:
        return j + 1
    return None


def _absolute_participle(u: _Unit, i: int, cue: VerbCue, src: _Range | None = None) -> _Cand | None:
    """
    "Kenyans were divided, with some praising the deal and others calling it a sellout".

    After "with" (or "and" continuing it) a bare quantifier is the subject of the
    participle: each pair is a statement of its own.
    """
    if cue.lemma == "call" and not _naming(u, i + 1) and u.low(i + 1) not in {"for", "on"}:
        return None  # "calling it a sellout" names; "calling for calm" appeals
    after = _after_verb(u, i, cue)
    if after.kind != "pre" or after.c_start is None:
        return None
    if cue.weak and not _weak_content(u, after.c_start, cue):
        return None
    # The content ends before the next pair: "... the deal and others calling ...".
    limit = next(
        (
            j
            for j in range(after.c_start + 1, min(u.n - 1, after.c_start + _WINDOW))
            if u.low(j) == "and" and u.outside(j) and u.low(j + 1) in _ABSOLUTE_SUBJECTS
        ),
        None,
    )
    return _Cand("pre", (i, after.cue_end), src=src or (i - 1, i), c_start=after.c_start, limit=limit)


# Documents issued with a participle of speech: "issued a statement saying ...".
_ISSUED_DOCUMENTS = frozenset(
    {"statement", "readout", "communique", "communiqué", "release", "note", "letter", "message", "notice"}
)
# Participles a document carries besides "saying": "a joint communique calling for a ceasefire".
_DOCUMENT_LEMMAS = frozenset(
    {"state", "announce", "call", "urge", "pledge", "reaffirm", "affirm", "welcome", "condemn", "reject",
     "demand", "stress", "express"}
)  # fmt: skip
# Verbs that issue such a document.
_ISSUING_VERBS = frozenset(
    {"issued", "released", "published", "sent", "posted", "circulated", "put", "issues", "releases", "posts"}
)


def _document_saying(u: _Unit, i: int, cue: VerbCue) -> _Cand | None:
    """
    "The ministry issued a statement saying the talks had been productive".

    The participle follows the document with no comma; the issuer is the source, and the
    verb group, the document and the participle together are the cue ("issued a statement
    saying"), as "reaffirmed their commitment to" is.
    """
    if cue.lemma not in _SAY_LEMMAS and cue.lemma not in _DOCUMENT_LEMMAS:
        return None
    j = i - 1
    if u.low(j) in TIME_WORDS:
        # "issued a joint statement on Tuesday pledging ...": when, between the two.
        j = _time_left(u, i) - 1
    if u.low(j) not in _ISSUED_DOCUMENTS or not u.outside(j):
        return None
    # "a statement", "a joint statement", "a brief written statement".
    j -= 1
    while (
        j >= 0
        and i - j <= _SHORT
        and u.outside(j)
        and u.low(j) not in DETERMINERS
        and u.low(j) not in POSSESSIVES
    ):
        t = u.toks[j]
        if not t[_IS_WORD] or t[_CAP] or _past_form(t[_LOW]):
            return None
        j -= 1
    if j < 1 or (u.low(j) not in DETERMINERS and u.low(j) not in POSSESSIVES):
        return None
    v = j - 1
    if u.low(v) == "out" and u.low(v - 1) == "put":
        v -= 1  # "put out a statement saying"
    if u.low(v) not in _ISSUING_VERBS or not u.outside(v):
        return None
    after = _after_verb(u, i, cue)
    if after.kind != "pre" or after.c_start is None:
        return None
    vg = _verb_group_start(u, v)
    src = _source_left(u, vg)
    if src is None:
        return None
    return _Cand("pre", (vg, after.cue_end), src=src, c_start=after.c_start, cut=_strong_boundary(u, src[0]))


def _noun_modifier(u: _Unit, k: int) -> bool:
    """Whether the verb form at *k* modifies the noun after it: "state media", "state visit"."""
    nouns = NOUN_MODIFIERS.get(u.toks[k][_LOW])
    return nouns is not None and u.outside(k + 1) and u.low(k + 1) in nouns


#: How far before "remarks" a past verb may take it as its object ("posted derogatory remarks").
_OBJECT_REACH = 3


def _object_of_past(u: _Unit, i: int) -> bool:
    """
    Whether "remarks"/"comments" at *i* is the object of a past verb, no verb of its own.

    "three of his ministers posted derogatory remarks about Modi", "He deleted offensive
    comments": a past form, then at most two lower-case modifiers; the noun reports no one
    saying anything ("The minister remarks that ..." still does).
    """
    for k in range(i - 1, max(i - 1 - _OBJECT_REACH, -1), -1):
        t = u.toks[k]
        if t[_Q] >= 0 or t[_CAP] or not t[_IS_WORD] or t[_LOW] in DETERMINERS:
            return False
        if (t[_LOW] in IRREGULAR_PAST or _past_form(t[_LOW])) and _finite(u, k):
            return True
    return False


def _light_then_noun(u: _Unit, i: int) -> bool:
    """Whether a light verb comes before a noun cue ("reiterated his concern", "voiced interest")."""
    if u.low(i) not in LIGHT_VERBS:
        return False
    j = i + 1
    if u.low(j) in DETERMINERS or u.low(j) in POSSESSIVES:
        j += 1
    return u.outside(j) and (u.low(j) in NOUN_CUES or u.low(j) in LIGHT_NOUNS)


def _fronted_tag(u: _Unit) -> _Cand | None:
    """
    An inverted tag opening the sentence: 'Said Lula: “...”', 'Said Lula, when asked: “...”'.

    The name after the verb is the source and the quotation after the colon the content. A
    person named Said ("Said Djinnit told ...") has no colon and quotation after the name.
    """
    first = u.tok(1)
    if first is None or not (first[_CAP] or first[_LOW] in {"the", "a", "an"}):
        return None
    k = 1
    while (
        k < u.n
        and k <= _NAME_MAX
        and u.toks[k][_IS_WORD]
        and u.toks[k][_Q] < 0
        and u.toks[k][_LOW] not in AUXILIARIES
        and (u.toks[k][_CAP] or verb_cue(u.toks[k][_LOW]) is None)
    ):
        k += 1
    if k == 1 or u.low(k) not in {",", ":"}:
        return None
    colon = k
    while colon < u.n and colon - k <= _WINDOW and u.toks[colon][_Q] < 0 and u.toks[colon][_TEXT] != ":":
        if u.toks[colon][_TEXT] in _HARD_STOPS:
            return None
        colon += 1
    opener = u.tok(colon + 1)
    if colon >= u.n or u.toks[colon][_Q] >= 0 or opener is None or opener[_MARK] != _OPEN:
        return None
    return _Cand("pre", (0, 1), src=(1, k), c_start=colon + 1)


# Participles of a document an outlet has had in hand: "a draft seen by Reuters".
_SEEN = frozenset({"seen", "reviewed", "obtained", "viewed"})


def _seen_by(u: _Unit, i: int) -> bool:
    """
    Whether the word before *i* ends "seen by OUTLET" (a document is the source).

    "A draft of the agreement seen by Reuters shows ...", "Documents reviewed by VOA show ...".
    """
    k = i - 1
    while k > 0 and i - k <= _NAME_MAX and (u.toks[k][_CAP] or u.low(k) == "the") and u.toks[k][_Q] < 0:
        k -= 1
    return k < i - 1 and u.low(k) == "by" and u.low(k - 1) in _SEEN and u.outside(k - 1)


def _verb(u: _Unit, i: int, cue: VerbCue, form: Form) -> _Cand | None:
    prev = u.low(i - 1)
    if i == 0 and cue.inverts and form is not _ING_FORM and u.toks[0][_CAP] and (fronted := _fronted_tag(u)):
        return fronted
    if cue.lemma == "show" and (
        form is _ING_FORM or (prev not in _DATA_NOUNS and not _seen_by(u, i)) or u.low(i) == "shown"
    ):
        return None  # only "data show", "figures showed that ...": a record as the source
    if (
        form is _THIRD_FORM
        and i > 0
        and not u.toks[i - 1][_CAP]
        and u.outside(i - 1)
        and (
            prev in IRREGULAR_PAST
            or _past_form(prev)
            or (
                cue.lemma == "claim"
                and (
                    (prev.endswith(("al", "ing")) and not _title_word(prev))
                    or (u.low(i + 1) in {"with", "over", "in"} and u.outside(i + 1))
                )
            )
        )
    ):
        # "Bruce took questions", "which has overlapping territorial claims": a plural noun
        # after a verb or an adjective, not a finite verb.
        return None
    if cue.lemma == "recall" and u.low(i + 2) in _RECALLED and u.low(i + 1) in _DETERMINERS_POSSESSIVES:
        return None  # "Algiers recalled its ambassador": withdrawn, not remembered
    if form is _PAST_FORM and ((prev in _BE and prev not in {"’s", "'s"}) or prev == "being"):
        return None  # a passive: handled by the passive lexicon
    if form is _PAST_FORM and (prev in NEGATIONS or prev in VG_ADVERBS) and u.outside(i - 1):
        # "Peru, which was not invited, said ...", "who was also asked": a passive with a
        # negation or an adverb inside its verb group is a passive too.
        k = i - 1
        while k > 0 and i - k <= _SHORT and (u.low(k) in NEGATIONS or u.low(k) in VG_ADVERBS):
            k -= 1
        if u.low(k) in _BE and u.low(k) not in {"’s", "'s"} and u.outside(k):
            return None
    if form is not _ING_FORM and (prev in _NOUN_BEFORE or prev in POSSESSIVES):
        return None  # a noun ("the claims", "his call") or an adjective ("the stated goal")
    if (form is _THIRD_FORM or form is _BASE_FORM) and prev in {"'s", "’s"}:
        # "The Colombian leader's comments drew a response": "'s" before a present form
        # is a possessive ("he's" or "it's" go with a participle, never with "comments").
        return None
    if (
        (form is _BASE_FORM or form is _THIRD_FORM)
        and prev in PREPOSITIONS
        and prev != "to"
        and u.outside(i - 1)
    ):
        return None  # a noun after a preposition: "heads of state", "a call for reports"
    if (form is _BASE_FORM or form is _THIRD_FORM) and (
        ("-" in prev.strip("-") and prev[:1].isalnum()) or (prev[:1].isalpha() and u.low(i - 2) in {"-", "‐"})
    ):
        return None  # a noun after a compound modifier: "an hour-long call", "the 30-minute call"
    if (
        form is _BASE_FORM
        and prev == "to"
        and u.low(i - 2) not in VG_RAISERS
        and not (u.low(i - 2) == "on" and u.low(i - 3) in _GO_FORMS)  # "went on to say"
    ):
        return None  # "aims to understand"
    if form is _BASE_FORM and i > 1 and u.toks[i - 1][_CAP] and _after_singular_name(u, i):
        return None  # "a U.N. report said", "an AP report": a singular subject takes "-s"
    if (
        form is _THIRD_FORM
        and cue.kind is _BELIEF_CUE
        and (u.low(i + 1) in _AFTER_BELIEF_NOUN or (_past_form(prev) and u.outside(i - 1)))
    ):
        return None  # "raised fears of a new war", "as war fears grow", "sparked hopes that"
    if (form is _BASE_FORM or form is _THIRD_FORM) and _participle(prev) and u.outside(i - 1):
        return None  # a noun after a participle adjective: "overlapping claims", "growing fears"
    if (form is _BASE_FORM or form is _THIRD_FORM) and prev in LIGHT_VERBS and u.outside(i - 1):
        # 'said Ankara would "stand by Baku" and expressed hope that ...': a noun after a
        # light verb ("voiced hope", "reiterated hopes") is the noun cue's (`_noun`), never a
        # finite verb whose subject is the light verb.
        return None
    if form is _BASE_FORM and prev in _OBJECT_TAKERS and u.outside(i - 1):
        return None  # the object of a verb: "Biden, Xi hold call on trade", "made an offer"
    if (
        form is _BASE_FORM
        and (u.low(i - 2) in _NOUN_BEFORE or u.low(i - 2) in POSSESSIVES)
        and prev.isalpha()
        and prev.islower()
        and not prev.endswith(("s", "ly"))
        and prev not in _COLLECTIVE
        and prev not in AUXILIARIES
        and prev not in VG_ADVERBS
        and prev not in _NUMBER_WORDS
        and u.outside(i - 1)
    ):
        return None  # a noun after an adjective: "the warm welcome", "a firm pledge", "his formal request"
    chain = False
    quoted_comma = False
    if form is _ING_FORM:
        # 'could take place “in the coming weeks,” adding that ...': the comma closing the
        # clause sits inside the quotation marks.
        quoted_comma = i > 1 and u.toks[i - 1][_MARK] == _CLOSE and u.toks[i - 2][_TEXT] == ","
        if prev in _BE:
            pass  # "is urging": a finite group
        elif (
            prev in {",", "while", "before", "after", "when", "by"}
            or quoted_comma
            or i == 0
            or (i == 1 and u.low(0) in _SUBORDINATE_OPENERS)
        ):
            chain = True
        elif prev in _ABSOLUTE_SUBJECTS and u.low(i - 2) in {"with", "and"} and u.outside(i - 1):
            return _absolute_participle(u, i, cue)
        elif (subject := _with_subject(u, i)) is not None:
            # "..., with the two leaders calling for a ceasefire": the phrase after "with"
            # is the participle's subject.
            return _absolute_participle(u, i, cue, src=(subject, i))
        else:
            return _document_saying(u, i, cue)
    after = _after_verb(u, i, cue)
    if after.kind == "none":
        return None
    if cue.lemma == "think" and u.low(i + 1) in {"tank", "tanks", "tank's"}:
        return None  # "the Sahan Research think tank": a noun
    if cue.lemma == "discuss" and u.low(i - 1) in _DISCUSSED_NOUNS and u.outside(i - 1):
        return None  # "Issues discussed included trade": the participle names the topics
    if form is _ING_FORM and u.low(i + 1) == "by" and u.low(i) in {"reporting", "writing", "editing"}:
        return None  # "Reporting by Ethan Wang; Editing by Kim Coghill": the wire byline
    if cue.lemma == "write" and _written_work(u, after.c_start):
        return None  # "who has written a book on China-Pakistan relations": an author's work
    if cue.lemma == "dispute" and not _disputed_object(u, after.cue_end):
        return None  # "border disputes with China", "trade disputes remain": the noun
    if cue.lemma in {"call", "term", "label"} and form is not _ING_FORM and (named := _relative_naming(u, i)):
        return named  # "The deal, which critics call a debt trap, was signed ..."
    if (
        cue.lemma == "call"
        and after.cue_end == i + 1
        and form is not _ING_FORM
        and not _naming(u, i + 1)
        and not _gap_subject(u, i)
    ):
        return None  # "called Smith on Tuesday" is a phone call; "called it “a disgrace”" names
    if (
        cue.lemma == "call"
        and u.low(after.cue_end - 1) in {"on", "upon"}
        and not _to_follows(u, after.cue_end)
    ):
        return None  # "Dar called on Yunus at his office": a courtesy visit, not an appeal
    if (
        cue.lemma == "state"
        and form is _THIRD_FORM
        and not _quote_or_that(u, after.c_start)
        and u.low((after.c_start or 0) - 1) != ":"
    ):
        return None  # "Gulf states seek ...", "member states back ...": the plural noun
    if (
        cue.lemma in _SILENCE_VERBS
        and (
            u.low(i - 1) in NEGATIONS
            or u.low(i - 2) in NEGATIONS
            or (u.low(i - 1) == "to" and u.low(i - 2) in {"declined", "refused"})
        )
    ) or (cue.lemma in _UNCONFIRMED and u.low(i - 1) == "to" and u.low(i - 2) in {"declined", "refused"}):
        # "which did not respond", "refused to comment on ...", "declined to confirm the
        # report": nothing was said.
        return _reticence_cut(u, i)
    if (
        cue.lemma in {"refuse", "decline"}
        and after.c_start is not None
        and u.low(after.c_start) == "to"
        and (
            u.low(after.c_start + 1) in _SILENCE_VERBS | {"elaborate", "discuss", "say", "specify", "confirm"}
            # "refused to provide a timeline", "declined to give details".
            or (u.low(after.c_start + 1) in {"give", "provide"} and _details_follow(u, after.c_start + 1))
        )
    ):
        # "declined to elaborate": nothing was said ("declined to say whether" is "say"'s).
        return _reticence_cut(u, i, after.c_start + 2)
    if cue.lemma == "rule" and form is _THIRD_FORM:
        return None  # "a policy that rules out foreign bases": a rule, not someone speaking
    if cue.lemma == "offer" and u.low(i + 1) == "no" and u.outside(i + 1):
        return _reticence_cut(u, i)  # "offered no details": nothing was said
    if cue.lemma in {"ask", "request"} and after.c_start is not None and _anonymity(u, after.c_start):
        return None  # "who asked not to be named": the reporter's sourcing, not a statement
    if (
        cue.lemma == "welcome"
        and after.c_start is not None
        and (_hosting(u, after.c_start) or _greeting(u, after.c_start))
    ):
        return None  # "welcomed President Ruto to the White House" is an act, not an evaluation
    if chain:
        if after.kind != "pre" or after.c_start is None:
            return None
        if cue.weak and not _weak_content(u, after.c_start, cue):
            return None
        k = i - 1
        while k >= 0 and u.low(k) in {"while", "before", "after", "when", "by"}:
            k -= 1
        cut = k if k >= 0 and u.toks[k][_TEXT] == "," else (i - 1 if i > 0 else None)
        if quoted_comma:
            cut = i  # the content before ends with its closing quotation mark
        limit: int | None = None
        if k < i - 1 and k >= 0 and u.toks[k][_TEXT] == "," and after.c_start is not None:
            # "The president, while thanking India for its support, said ...": an aside set
            # off by commas ends at its closing comma, before the main verb.
            nxt = u.next_comma(after.c_start)
            if nxt < u.n and u.toks[nxt][_TEXT] == "," and verb_cue(u.low(_time_end(u, nxt + 1))) is not None:
                limit = nxt
        return _Cand("chain", (i, after.cue_end), chain=True, c_start=after.c_start, cut=cut, limit=limit)
    vg = _verb_group_start(u, i)
    hedge = next((u.low(x) for x in range(vg, i) if u.low(x) in EVIDENTIAL_ADVERBS), None)
    # Coordinated cue sharing the subject: "characterized Petro as “terrific” and said ...",
    # "praised the deal but cautioned that ...".
    if u.low(vg - 1) in {"and", "but"} and u.outside(vg - 1) and after.kind == "pre":
        if cue.weak and not _weak_content(u, after.c_start, cue):
            return None
        if (
            u.low(vg) in {"had", "would"}
            # "said the talks went well, but would not say whether ...": the speaker's
            # refusal, as "but did not say", not the reported clause's verb.
            and not (
                cue.lemma == "say"
                and u.low(vg - 1) == "but"
                and u.low(vg + 1) in NEGATIONS
                and u.low(after.c_start or 0) in _UNSAID_OPENERS
            )
            and (_inside_that_clause(u, vg - 1) or _after_said_clause(u, vg - 1))
        ):
            # "said that the two sides had affirmed ... and had discussed energy": the
            # backshifted verb continues the reported clause, not the speaker's words.
            return None
        if form is _PAST_FORM and vg == i and cue.lemma not in _SAY_LEMMAS and _reported_action(u, vg - 1):
            # "Bruce said Rubio “emphasized ...” and welcomed Angola's role": the second
            # verb goes on with the reported clause's subject, not the spokeswoman's.
            return None
        if form is _PAST_FORM and vg == i and cue.kind is _BELIEF_CUE and _past_report(u, vg - 1):
            # "said Santiago was not in the business of containing anyone and wanted ...",
            # "said that the movement had dealt positively ... but wanted guarantees": a wish
            # or belief coordinated with a past reported clause is its subject's.
            return None
        if u.low(vg - 1) == "but" and cue.lemma not in _SAY_LEMMAS and _negated_report(u, vg - 1):
            # "said Santiago did not consider the patrols a provocation but wanted clear
            # rules": "not ... but" contrasts two verbs of the reported clause's subject.
            return None
        if u.low(0) == "according" and u.low(1) == "to" and _inside_clause(u, 2, vg - 1):
            # "According to a White House readout, Biden welcomed ... and pledged $50
            # million": the coordinated verb goes on with the readout's content, whose
            # subject ("Biden") it shares.
            return None
        k = vg - 1
        cut = k - 1 if u.low(k - 1) == "," else k
        return _Cand("chain", (vg, after.cue_end), chain=True, c_start=after.c_start, cut=cut, hedge=hedge)
    prev_tok = u.tok(vg - 1)
    src = None
    if u.headline and after.kind == "pre" and (not cue.inverts or _headline_not_inverted(u, after.cue_end)):
        # Only a verb that inverts ("..., says Pant") can have its source after it: in a
        # title-case headline "Urges Joint Push" is the verb and its object.
        src = _headline_subject(u, vg)
    # "Ruto rejects IMF terms, says Kenya will ...": the first verb's content ends at the
    # comma before the second verb that shares its subject.
    shared_cut = vg - 1 if src is not None and src[1] < vg - 1 and u.low(vg - 1) == "," else None
    if src is None:
        src = _source_left(u, vg)
        if src is not None and src[0] > 0 and u.toks[src[0] - 1][_LOW] == "nor" and u.outside(src[0] - 1):
            src = _neither_source(u, src)
    # Inverted after a comma or quotation: "..., say analysts." / "“...,” said Pant."
    inverted = prev_tok is not None and (
        prev_tok[_MARK] == _CLOSE or (prev_tok[_TEXT] == "," and prev_tok[_Q] < 0)
    )
    if (
        src is not None
        and src[1] == vg - 1
        and cue.inverts
        and inverted
        and _inverted_source(u, after.cue_end) is not None
    ):
        # A phrase before a stray comma ("The talks went well, said Pant.") is the content
        # when a source follows the cue.
        src = None
    if src is not None and src[1] == vg - 1 and form is _PAST_FORM and vg == i and _aside_participle(u, i):
        return None  # "Lin Jian, asked about the pact, said ...": the participle is an aside
    if src is None and cue.inverts and inverted and prev_tok is not None:
        src = _inverted_source(u, after.cue_end)
        if src is not None and vg > 1:
            post_end = vg if prev_tok[_MARK] == _CLOSE else vg - 1
            cand = _Cand("post", (vg, after.cue_end), src=src, post_end=post_end, hedge=hedge)
            _tail(u, cand, src[1])
            return cand
        return None
    if (
        src is not None
        and src[0] > 0
        and u.toks[src[0] - 1][_LOW] in {"what", "that", "which"}
        and u.outside(src[0] - 1)
        and u.low(after.cue_end) == "as"
        and u.outside(after.cue_end)
    ):
        # "in what Boric's spokeswoman described as a “frank” conversation": the free
        # relative is the object; the content is "what" and the "as" phrase. So with "talks
        # that both sides described as “fraternal”" (the relative pronoun is not resolved).
        # "talks that Kyiv described as “constructive” but that yielded no agreement":
        # the relative clause coordinated after it is the reporter's.
        limit = next(
            (
                j
                for j in range(after.cue_end + 1, min(u.n - 1, after.cue_end + _WINDOW))
                if u.low(j) in {"but", "and"} and u.outside(j) and u.low(j + 1) in {"that", "which", "who"}
            ),
            None,
        )
        return _Cand(
            "pre",
            (vg, after.cue_end),
            src=src,
            left=(src[0] - 1, src[0]),
            c_start=after.cue_end,
            stop="noun",
            hedge=hedge,
            limit=limit,
        )
    if (
        after.kind == "pre"
        and src is not None
        and after.c_start == i + 1
        and src[0] > 0
        and u.low(src[0] - 1) in {"which", "that", "who"}
        and u.outside(src[0] - 1)
        and (verb := u.tok(i + 1)) is not None
        and verb[_Q] < 0
        and not verb[_CAP]
        and (_past_form(verb[_LOW]) or verb[_LOW] in IRREGULAR_PAST)
        and verb_cue(verb[_LOW]) is None
    ):
        # "talks that aides on both sides said centered on security": the relative pronoun
        # is the subject of the past verb after the cue, as with "said would focus on".
        after = _After("embedded", after.cue_end, after.c_start)
    if after.kind == "embedded" and src is not None:
        return _embedded(u, vg, after, src, hedge)
    if src is None:
        return None
    if src[0] > _PLURAL_TOKENS + 1 and u.toks[src[0] - 1][_TEXT] == "," and _after_fronted_adjunct(u, src[0]):
        # "Fidan said that on Monday, the ministers discussed the ceasefire": the verb is
        # inside the reported clause of "said that", after an adjunct fronted in it.
        return None
    if src[0] > 0 and u.low(src[0] - 1) in {"whether", "if"} and u.outside(src[0] - 1):
        # "pressed Bruce on whether the United States would offer Indonesia a deal", "if
        # Moscow agrees to the truce, ...": a question or a condition, not a report of what
        # was said (an outer "asked whether ..." keeps the clause as its content).
        return None
    first = u.toks[src[0]][_LOW]
    if first in {"neither", "no", "none", "nobody"} and cue.lemma in _SILENCE_VERBS:
        return None  # "Neither side commented on the reports": nothing was said
    # "a move analysts said signals a shift": a finite verb right after the cue; "a move
    # analysts called overdue": a description of the noun.
    # Only a source opening with an article, or one after ", a NOUN", can be such a clause's.
    clause = (first in {"a", "an"} or u.low(src[0] - 2) in {"a", "an"}) and (
        (after.c_start == i + 1 and cue.lemma in _SAY_LEMMAS and u.s_verb(i + 1))
        or (
            cue.lemma in _DESCRIBING and u.outside(i + 1) and (after.c_start == i + 1 or u.low(i + 1) == "as")
        )
    )
    if first in {"a", "an"} and after.kind in {"pre", "post"} and _after_comma(u, src[0]):
        subject = _zero_relative(u, src, clause=clause)
        if subject is not None:
            # "hailed as proof that ...", "described as the start of ...": the predicate on
            # the noun is content too.
            c_start = after.cue_end if u.low(after.cue_end) == "as" else after.c_start
            # "..., a deal both sides hailed as proof that ...", "..., a charge the Taliban
            # deny": a relative clause without its pronoun on the reporter's noun; its
            # subject is the source and the noun (the verb's object) part of the content.
            return _Cand(
                "pre",
                (vg, after.cue_end),
                src=(subject, src[1]),
                left=(src[0], subject),
                c_start=c_start,
                cut=src[0] - 1 if u.low(src[0] - 1) == "," else src[0],
                hedge=hedge,
            )
    if (
        src[0] > _PLURAL_TOKENS  # room for ", a NOUN" before the subject
        and after.kind == "pre"
        and (u.low(src[0] - 1) in _ZERO_RELATIVE_NOUNS or clause)
        and u.low(src[0] - 2) in {"a", "an"}
        and u.low(src[0] - 3) == ","
        and u.outside(src[0] - 3)
        and (u.toks[src[0]][_CAP] or first in _ZERO_RELATIVE_SUBJECTS)
    ):
        # "..., a request the Polish president said he would take up": the source walk
        # stopped at the name; the noun before it is the relative clause's head, the
        # verb's object, and part of the content as in "a deal both sides hailed as ...".
        return _Cand(
            "pre",
            (vg, after.cue_end),
            src=src,
            left=(src[0] - 2, src[0]),
            c_start=after.cue_end if u.low(after.cue_end) == "as" else after.c_start,
            cut=src[0] - 3,
            hedge=hedge,
        )
    if (
        first in {"a", "an"}
        and src[1] - src[0] > _PLURAL_TOKENS
        and _after_comma(u, src[0])
        and u.reporter_aside(src[0] + 1)
    ):
        return None  # "..., an accusation the government has dismissed": the aside's relative clause
    if _something_aside(u, vg):
        return None  # "..., something The Hague has so far refused to do"
    if u.headline and form is not _THIRD_FORM:
        src = _headline_list(u, src)
    boundary = _strong_boundary(u, src[0])
    if src[1] < vg - 1 and u.toks[vg - 1][_MARK] == _CLOSE and u.low(vg - 2) == ",":
        # The relative clause after the source ends in a quotation ("Sonko, who has called
        # the bases “a relic,” said"): a content inside it stops at this cue.
        boundary = vg
    left_quote = u.tok(src[0] - 1)
    quote_before = left_quote is not None and left_quote[_MARK] == _CLOSE
    if (
        quote_before
        and after.kind == "pre"
        and (cue.tell or (u.low(after.c_start or 0) in _TAG_PREPOSITIONS and u.outside(after.c_start or 0)))
        and _recipient_only(u, after.cue_end)
    ):
        # "“...,” Lula told business leaders after the talks." / "“...,” the envoy said of
        # the plan.": the words after the cue are its audience or topic, not a content.
        after = _After("post", after.cue_end)
    if (
        after.kind == "pre"
        and after.c_start == after.cue_end + 1
        and u.low(after.cue_end) == ","
        and u.toks[after.c_start][_MARK] == _OPEN
        and src[0] >= _MIN_CONTENT
        and u.low(src[0] - 1) == ","
        and u.outside(src[0] - 1)
        and not quote_before
        # "But, he added, “...”": a lone conjunction or adverb before the tag is no content.
        and not all(u.low(x) in _LEADING_JUNK for x in range(src[0] - 1))
        and _subject_opening(u)
    ):
        # 'Lavrov, he said, “expressed understanding” of the position.': a tag inside the
        # sentence; the words before it are content as well as the quotation resumed after.
        after = _After("post", after.cue_end, resume=after.c_start)
    if (
        after.kind == "post"
        and u.low(src[0] - 1) == "as"
        and u.outside(src[0] - 1)
        and _as_opens(u, src[0] - 1)
        # "As Ruto told reporters, ...": past the audience of a "tell" verb.
        and u.low(tag_end := _time_end(u, _recipient_end(u, after.cue_end) if cue.tell else after.cue_end))
        == ","
        and tag_end + 1 < u.n
    ):
        # "As Koh said (on Monday), the hard part comes next.": the content follows the tag.
        return _Cand("pre", (vg, after.cue_end), src=src, c_start=tag_end + 1, hedge=hedge)
    if (
        after.kind == "post"
        and after.resume is None
        and not quote_before
        and u.low(after.cue_end) == ","
        and u.low(src[0] - 1) == ","
        and u.outside(src[0] - 1)
        and (resumed := u.tok(after.cue_end + 1)) is not None
        and resumed[_Q] < 0
        and not resumed[_CAP]
        and (hit := verb_cue(resumed[_LOW])) is not None
        and hit[1] in {_PAST_FORM, _THIRD_FORM}
        and _verbless_subject(u, src[0] - 1)
    ):
        # "Kishida, the statement said, told Ruto that ...": the tag is the outermost
        # attribution and the clause it interrupts, reporting verb and all, its content,
        # as with "Schoof, according to the readout, told ...".
        after = _After("post", after.cue_end, resume=after.cue_end + 1)
        interrupts = True
    else:
        interrupts = False
    if after.kind == "post" or (quote_before and _quote_resumes(u, after.cue_end)):
        if boundary is None or src[0] < _MIN_CONTENT:
            return None
        if u.low(src[0] - 1) in {"and", "but"} and u.outside(src[0] - 1) and not quote_before:
            # "Ruto said the deal was good, and Ishiba agreed.": a clause of its own, not a
            # tag; no content, but an open content before it ends at its "and".
            return _Cand("cut", (vg, after.cue_end), cut=src[0] - 1)
        if (
            cue.weak
            and not quote_before
            and not interrupts
            and not _closing_tag(u, cue, src, after)
            # "Kenya, the statement added, would host the next round": a tag set off by
            # commas inside its clause is a cue whatever its verb.
            and not (after.resume is not None and cue.inverts and u.low(src[0] - 1) == ",")
        ):
            return None
        cand = _Cand(
            "post", (vg, after.cue_end), src=src, post_end=boundary, hedge=hedge, c_start=after.resume
        )
        _tail(u, cand, after.cue_end)
        return cand
    if after.c_start is None:
        return None
    if cue.weak and cue.lemma != "show" and not _weak_content(u, after.c_start, cue):
        # "show" is only a cue after a record ("data show", "a draft seen by Reuters
        # shows"), whose object is what it reports, "that" or not.
        return None
    limit = _relative_clause_end(u, src, after.c_start)
    if limit is None and u.low(src[0] - 1) in {"whom", "which"} and u.outside(src[0] - 1):
        # 'Sansal, whom Macron has called “a great writer” and whose release France has
        # demanded': a second relative clause coordinated with the cue's own ends it.
        limit = next(
            (
                j
                for j in range(after.c_start + 1, min(u.n - 1, after.c_start + _WINDOW))
                if u.low(j) in {"and", "but"} and u.outside(j) and u.low(j + 1) in _RELATIVE_OPENERS
            ),
            None,
        )
    if limit is None and src[0] == 1 and u.low(0) in _SUBORDINATE_OPENERS:
        # "While Ruto said the talks went well, Kishida was more cautious": the content ends
        # with the fronted clause, at the comma before the main clause.
        comma = u.next_comma(after.c_start)
        if comma < u.n and u.toks[comma][_TEXT] == ",":
            limit = comma
    return _Cand(
        "pre",
        (vg, after.cue_end),
        src=src,
        c_start=after.c_start,
        cut=boundary if shared_cut is None else shared_cut,
        hedge=hedge,
        limit=limit,
    )


# Subjects that open a relative clause right after its noun ("a deal both sides hailed", "a
# request the Polish president said he would take up", "a charge they deny").
_ZERO_RELATIVE_SUBJECTS = frozenset(
    {"the", "both", "he", "she", "they", "we", "his", "her", "their", "analysts", "critics", "officials",
     "diplomats", "observers", "experts", "lawmakers", "opponents"}
)  # fmt: skip
# Nouns of an event or a claim that a relative clause with a named subject may follow ("a
# move Beijing condemned"); an adjective before a name opens a source ("a senior Brazilian
# official").
_ZERO_RELATIVE_NOUNS = (
    _GOAL_NOUNS
    | {"deal", "meeting", "visit", "trip", "agreement", "pact", "accord", "step", "offer", "plan", "summit",
       "remark", "comment", "line", "idea", "promise", "pledge", "warning", "threat"}
)  # fmt: skip


def _zero_relative(u: _Unit, src: _Range, *, clause: bool = False) -> int | None:
    """
    Where the subject starts in a source "a NOUN SUBJECT" that is a relative clause's head and subject.

    "a deal both sides", "a request the Polish president", "a move Beijing": one or two
    lower-case words after the article, then a subject. None for an ordinary source ("a
    senior Brazilian official", "a spokesman for the ministry"). The noun of a reporter's
    aside ("a charge the ministry denied") only heads one whose verb reports a *clause*
    about it ("a move analysts said signals a shift").
    """
    lo, hi = src
    k = lo + 1
    while k < hi and k - lo <= _PLURAL_TOKENS:
        t = u.toks[k]
        if t[_Q] >= 0 or not t[_IS_WORD] or t[_CAP] or t[_LOW] in _ZERO_RELATIVE_SUBJECTS:
            break
        if t[_LOW] in PREPOSITIONS or t[_LOW] in DETERMINERS or t[_LOW] in CONJUNCTIONS:
            return None  # "a spokesman for the ministry", "an aide and the minister"
        k += 1
    if k == lo + 1 or k >= hi or u.toks[k][_Q] >= 0 or (u.low(k - 1) in _ASIDE_NOUNS and not clause):
        # "..., a charge the ministry denied": the reporter's aside on the clause before.
        return None
    subject = u.toks[k]
    if subject[_LOW] in _ZERO_RELATIVE_SUBJECTS and not subject[_CAP]:
        return k
    if subject[_CAP] and (clause or u.low(k - 1) in _ZERO_RELATIVE_NOUNS):
        return k
    return None


_WORKS = frozenset(
    {"book", "books", "article", "articles", "paper", "papers", "report", "reports", "essay", "essays",
     "column", "columns", "biography", "memoir", "study", "studies", "novel", "history", "extensively",
     "widely"}
)  # fmt: skip


def _written_work(u: _Unit, k: int | None) -> bool:
    """Whether "wrote"/"has written" at *k* takes a work as its object ("a book on ...", "extensively")."""
    if k is None or not u.outside(k):
        return False
    low = u.low(k)
    if low in {"a", "an", "several", "two", "three", "many", "numerous", "his", "her", "their"}:
        return any(u.low(x) in _WORKS and u.outside(x) for x in range(k + 1, min(u.n, k + 4)))
    return low in _WORKS


def _disputed_object(u: _Unit, k: int) -> bool:
    """
    Whether the verb "dispute" has a reported object at *k*: "dispute that", "disputed the figures".

    The noun is far more common in this news ("a border dispute", "territorial disputes
    with China", "trade disputes remain"), and so is the territorial sense ("Manila and
    Beijing dispute the shoal"): only what someone said can be disputed as speech, a
    demonstrative or pronoun ("dispute that", "disputed it") or a word for a statement or
    figure ("disputed the figures", "disputes the account").
    """
    t = u.tok(k)
    if t is None or t[_Q] >= 0:
        return False
    low = t[_LOW]
    if low in {"that", "this", "these", "those", "it", "them"}:
        return u.low(k + 1) in {
            "",
            ".",
            ",",
            ";",
            "and",
            "but",
            "claim",
            "view",
            "account",
            "figure",
            "figures",
        }
    j = k + 1 if low in DETERMINERS or low in POSSESSIVES else k
    # Up to two modifiers: "disputed the official death toll".
    return any(u.low(x) in _DISPUTED_THINGS and u.outside(x) for x in range(j, j + 3))


_DISPUTED_THINGS = frozenset(
    {"figure", "figures", "claim", "claims", "account", "accounts", "report", "reports", "view",
     "assessment", "characterization", "characterisation", "estimate", "estimates", "findings",
     "allegation", "allegations", "accusation", "accusations", "statement", "version", "data",
     "numbers", "results", "count", "toll", "charge", "charges", "narrative", "assertion"}
)  # fmt: skip


def _subject_opening(u: _Unit) -> bool:
    """
    Whether the unit opens with a subject rather than a fronted adjunct.

    "Lavrov, he said, “...”" opens with its subject; "Asked if ..., Kumaran said, “...”",
    "In Moscow, he said, “...”", "Speaking to reporters, ..." and "After the talks, ..."
    open with the circumstances of the saying, which are no content.
    """
    first = u.low(0)
    return not (
        first in PREPOSITIONS
        or first in SUBORDINATORS
        or first in _SUBORDINATE_OPENERS
        or first in {"asked", "when", "pressed"}
        or _participle(first)
        or _past_form(first)
    )


def _something_aside(u: _Unit, vg: int) -> bool:
    """Whether the verb group at *vg* sits in a ", something X has ..." aside (see `_Unit._is_breaker`)."""
    if not u.has_text(", something"):
        return False  # one C search instead of a token walk for nearly every verb
    for j in range(vg - 1, max(0, vg - _TAG_SOURCE_MAX), -1):
        t = u.toks[j]
        if t[_Q] >= 0 or not t[_IS_WORD]:
            return False
        if t[_LOW] == "something":
            return u.low(j - 1) == "," and u.outside(j - 1)
    return False


def _to_follows(u: _Unit, k: int) -> bool:
    """
    Whether an infinitive "to" follows the object starting at *k*, within its clause.

    "called on the two countries to strengthen ..." is an appeal; "called on President
    Ruto at State House" is a visit. Commas are allowed ("called on Hamas, Israel and
    Egypt to ...") but not a sentence stop.
    """
    for j in range(k, min(u.n, k + _APPOSITIVE_MAX)):
        t = u.toks[j]
        if t[_Q] >= 0:
            return True  # '“called on” ... “...”': leave a quotation to the usual rules
        if t[_TEXT] in _HARD_STOPS or t[_TEXT] == ";":
            return False
        if t[_LOW] == "to":
            return True
        if (t[_LOW] == "for" and not _participle(u.low(j - 1))) or (t[_LOW] == "that" and j == k):
            # "called on Washington for restraint", "called on X that ..." ("before leaving
            # for Colombo" is the visitor's next trip).
            return True
    return False


def _reticent(u: _Unit, i: int) -> _Cand | None:
    """
    "gave no details", "did not provide a timeline", "did not elaborate": saying nothing.

    Never a statement; coordinated after one ("said the deal was fair but gave no
    details"), it ends that statement's content (see `_reticence_cut`).
    """
    low = u.low(i)
    if low == "stopped":
        # "but stopped short of committing troops": the reporter's measure of what was said.
        return _reticence_cut(u, i) if u.low(i + 1) == "short" else None
    if low == "go" and (u.low(i + 1) != "into" or not _details_follow(u, i + 1)):
        return None  # only "would not go into details", "declined to go into specifics"
    if u.low(i - 1) == "to" and u.low(i - 2) in {"declined", "refused"} and _details_follow(u, i):
        # "but declined to give details", "refused to provide a timeline": as "gave no details".
        return _reticence_cut(u, i - 2, i + 1)
    negated = u.low(i - 1) in NEGATIONS or u.low(i - 2) in NEGATIONS
    if low.startswith(("elaborat", "specif")) or low == "go":
        return _reticence_cut(u, i) if negated else None
    if negated or (u.low(i + 1) == "no" and u.outside(i + 1)):
        return _reticence_cut(u, i)
    return None


#: What someone declines to give when saying no more: "declined to give details".
_DETAIL_NOUNS = frozenset(
    {
        "details",
        "detail",
        "specifics",
        "timeline",
        "timeframe",
        "time-frame",
        "figures",
        "information",
        "date",
    }
)


def _details_follow(u: _Unit, i: int) -> bool:
    """Whether "give"/"provide" at *i* gives details ("give further details", "provide a timeline")."""
    return any(u.low(k) in _DETAIL_NOUNS and u.outside(k) for k in range(i + 1, min(u.n, i + 4)))


def _reticence_cut(u: _Unit, i: int, end: int | None = None) -> _Cand | None:
    """
    A cut before a refusal to say more coordinated after a content: "..., but declined to comment".

    "The spokesman said the talks were useful but declined to comment further": the
    refusal is the reporter's account of the source, not part of what was said, so an
    open content before it stops at the "but" (or the comma before it). The refusal may
    have a short subject of its own opened by a pronoun or a determiner ("but it gave no
    details", "and the ministry declined to comment"); a bare name ("China and Russia
    declined to comment") is more likely a coordinated subject, so it cuts nothing.
    """
    j = _verb_group_start(u, i)
    k = j - 1
    lo = max(-1, k - _RETICENT_SUBJECT_MAX)
    while k > lo and u.outside(k) and u.toks[k][_IS_WORD] and u.low(k) not in CONJUNCTIONS:
        k -= 1
    if k < 1 or not u.outside(k) or u.low(k) not in {"and", "but"}:
        return None
    if k < j - 1 and u.low(k + 1) not in _RETICENT_SUBJECTS:
        return None
    return _Cand("cut", (j, end or i + 1), cut=k - 1 if u.low(k - 1) == "," else k)


_PRESENT_AUXILIARIES = frozenset(
    {"is", "are", "am", "has", "have", "does", "do", "will", "can", "may", "must"}
)


def _past_report(u: _Unit, k: int) -> bool:
    """
    Whether the "and"/"but" at *k* follows a past-tense clause reported by a past "said".

    The clause's first verb after its subject is a past form or a past auxiliary ("said
    Canberra was ...", "said that the movement had dealt ..."); a present one ("said
    Vietnam welcomes ...") makes a past verb after "and" the speaker's own.
    """
    j = _past_say_before(u, k)
    if j is None:
        return False
    first = j + 2 if u.low(j + 1) == "that" else j + 1
    for x in range(first + 1, k):
        if not u.outside(x):
            return False
        low = u.low(x)
        if low in _PRESENT_AUXILIARIES:
            return False
        if low in AUXILIARIES or _past_form(low) or low in IRREGULAR_PAST:
            return True
    return False


def _past_say_before(u: _Unit, k: int) -> int | None:
    """The nearest past "said" (or another past reporting verb) before token *k* in its clause."""
    floor = max(0, k - _THAT_REACH)
    for j in range(k - 1, floor, -1):
        t = u.toks[j]
        if t[_Q] >= 0:
            continue
        if t[_TEXT] in _HARD_STOPS or t[_TEXT] == ":":
            return None
        found = verb_cue(t[_LOW])
        if found is not None and found[0].lemma in _SAY_LEMMAS and found[1] is _PAST_FORM:
            return j
    return None


def _after_said_clause(u: _Unit, k: int) -> bool:
    """
    Whether the "and" at *k* follows a clause reported by a past "said" in the same clause.

    "said the task force would be led by the ministries and would report to ...": a
    backshifted "would"/"had" after "and" goes on with the reported clause (the subject
    of the clause after "said" must come before a verb of its own).
    """
    j = _past_say_before(u, k)
    # A subject then its own verb between "said" and "and".
    return (
        j is not None
        and j + 2 < k
        and any(
            u.low(x) in AUXILIARIES or _past_form(u.low(x)) or u.low(x) in IRREGULAR_PAST
            for x in range(j + 2, k)
        )
    )


def _inside_that_clause(u: _Unit, k: int) -> bool:
    """Whether token *k* follows a reporting verb's "that" in the same sentence ("said that ... and")."""
    for j in range(k - 1, max(0, k - _THAT_REACH), -1):
        t = u.toks[j]
        if t[_Q] >= 0:
            continue  # 'said that both sides wanted to “turn the page” and had agreed ...'
        if t[_TEXT] in _HARD_STOPS:
            return False
        if t[_LOW] == "that":
            # "told reporters after the meeting that ...": the cue may sit before its
            # audience and occasion.
            return any(
                verb_cue(u.low(x)) is not None for x in range(max(0, j - 2 * _WINDOW), j) if u.outside(x)
            )
    return False


_SAY_LEMMAS = frozenset({"say", "tell", "announce", "report"})
#: What someone would not say: "would not say whether/when/how ...".
_UNSAID_OPENERS = frozenset({"whether", "if", "when", "how", "what", "who", "why", "where", "which"})
_READOUT_ACTIONS = frozenset(
    {"reviewed", "exchanged", "signed", "explored", "congratulated", "raised", "briefed", "held", "met",
     "visited", "attended", "witnessed", "received", "hosted", "presented", "handed", "delivered"}
)  # fmt: skip


def _action_verb(low: str) -> bool:
    """Whether the past form *low* reports something said or done at talks, not a state."""
    return verb_cue(low) is not None or low in LIGHT_VERBS or low in _READOUT_ACTIONS


def _reported_action(u: _Unit, k: int) -> bool:
    """
    Whether the "and" at *k* joins a verb to a reported clause whose verb is a past action.

    A readout reports what the leaders did: "the ministry said the leaders “reaffirmed
    their commitment ...” and agreed to ...", "said Prabowo also discussed palm oil ...,
    and urged ...". A past verb coordinated after such a clause shares its subject. After
    a state ("Tusk said the talks were difficult and urged ...") or a present tense
    ("said China is willing ... and called on ...") it is the speaker's own.
    """
    floor = max(0, k - _THAT_REACH)
    j = k - 1
    while j >= floor:
        t = u.toks[j]
        if t[_TEXT] in _HARD_STOPS and t[_Q] < 0:
            return False
        if t[_Q] < 0 and t[_IS_WORD]:
            found = verb_cue(t[_LOW])
            if found is not None and found[0].lemma in _SAY_LEMMAS and found[1] is _PAST_FORM:
                break
        j -= 1
    else:
        return False
    # The reported clause's first finite verb, skipping the speech phrase ("said in a
    # statement that", "told reporters"): a subject must come before it.
    seen_subject = False
    for x in range(j + 1, k):
        t = u.toks[x]
        low = t[_LOW]
        if not t[_IS_WORD]:
            continue
        if low == "that":
            if seen_subject:
                return False  # a relative clause's verb would be taken for the clause's own
            continue  # "said that ..."
        if low in RELATIVE_PRONOUNS:
            return False
        if low == "had" and seen_subject:
            # "said Lam had “warmly congratulated” Prabowo and invited ...": the past
            # perfect of a backshifted report is an action like the simple past.
            nxt = x + 1
            while nxt < k and (not u.toks[nxt][_IS_WORD] or u.low(nxt).endswith("ly")):
                nxt += 1
            verb = u.low(nxt)
            return nxt < k and (_past_form(verb) or verb in IRREGULAR_PAST) and _action_verb(verb)
        if low in _BE or low in AUXILIARIES:
            if seen_subject:
                return False  # "said the talks were ...", "said Kyiv would ...": a state or a plan
            continue
        if seen_subject and (_past_form(low) or low in IRREGULAR_PAST) and u.low(x - 1) != "to":
            # What was said or done at the talks ("reaffirmed", "discussed", "expressed",
            # "reviewed"); a verb of state ("Iraq valued ...", "Japan regarded ...") is the
            # speaker's own view, and a verb coordinated after it is the speaker's too.
            return _action_verb(low)
        if t[_CAP] or low in DETERMINERS or low in POSSESSIVES or low in _COLLECTIVE or low.endswith("s"):
            seen_subject = seen_subject or u.low(x - 1) not in PREPOSITIONS or t[_CAP]
    return False


def _negated_report(u: _Unit, k: int) -> bool:
    """
    Whether the "but" at *k* follows a reported clause negated with "do": "said Kyiv did not ...".

    The clause runs from a past "said"/"told" to *k* within one sentence and clause
    (no comma or stop outside quotations between), and its verb is "did/does/do not".
    """
    floor = max(0, k - _THAT_REACH)
    negated = False
    for j in range(k - 1, floor, -1):
        t = u.toks[j]
        if t[_Q] >= 0:
            return False
        low = t[_LOW]
        if t[_TEXT] in _CLAUSE_MARKS:
            return False
        if (low in {"not", "never"} and u.low(j - 1) in {"did", "does", "do"}) or (
            low in {"'t", "’t"} and u.low(j - 1) in {"didn", "doesn", "don"}
        ):
            negated = True
        found = verb_cue(low)
        if found is not None and found[0].lemma in _SAY_LEMMAS and found[1] is _PAST_FORM:
            return negated and j + 1 < k - 2
    return False


# The stops `_inside_clause` looks for, built once rather than once per token.
_CLAUSE_STOPS = _HARD_STOPS | {":"}


def _inside_clause(u: _Unit, lo: int, hi: int) -> bool:
    """Whether no sentence-internal stop (";", ":", a closing bracket) lies between *lo* and *hi*."""
    return not any(u.toks[x][_Q] < 0 and u.toks[x][_TEXT] in _CLAUSE_STOPS for x in range(lo, hi))


def _aside_participle(u: _Unit, i: int) -> bool:
    """
    Whether the past form at *i*, after a comma, opens an aside closed by the main verb.

    "Lin Jian, asked about the agreement at a briefing, said ...": a comma then a finite
    verb (or an auxiliary) follows within reach, so the participle is no finite cue.
    """
    k = i + 1
    while k < u.n - 1 and k - i <= _APPOSITIVE_MAX:
        t = u.toks[k]
        if t[_Q] < 0 and (t[_TEXT] in _HARD_STOPS or t[_TEXT] in {";", ":"}):
            return False
        if t[_Q] < 0 and t[_TEXT] == ",":
            nxt = u.toks[k + 1]
            found = verb_cue(nxt[_LOW])
            return nxt[_Q] < 0 and (
                nxt[_LOW] in AUXILIARIES or (found is not None and found[1] is not _ING_FORM)
            )
        k += 1
    return False


def _relative_clause_end(u: _Unit, src: _Range, start: int) -> int | None:
    """
    The comma closing the non-restrictive relative clause whose pronoun is the source *src*.

    In "Lula, who has criticized farm subsidies, said the deal ..." the clause ends where
    the main verb of its sentence follows a comma ("said", "has", "remained"); the content
    of "has criticized" stops there instead of swallowing the main statement. Participles
    (", adding that ...") continue the clause and do not end it. None when *src* is not such
    a pronoun or no verb follows a comma within reach.
    """
    lo, hi = src
    pronoun = (hi - lo == 1 and u.low(lo) in {"who", "which"}) or u.low(lo) == "whose"
    if not pronoun or not _after_appositive_comma(u, lo):
        return None
    for k in range(start, min(u.n - 1, start + _APPOSITIVE_MAX)):
        t = u.toks[k]
        end = k
        if t[_MARK] == _CLOSE and u.low(k - 1) == ",":
            # 'who once called Lula a "corrupt communist," struck a conciliatory tone': the
            # comma closing the clause sits inside the quotation marks.
            end = k + 1
        elif t[_Q] >= 0 or (t[_TEXT] != "," and t[_TEXT] not in _DASHES):
            # 'who once called Boric an "empobrecedor" — an impoverisher — was more
            # restrained': a dash closes the clause as a comma does.
            if t[_Q] < 0 and (t[_TEXT] in _HARD_STOPS or t[_TEXT] in {";", ":"}):
                return None
            continue
        nxt = u.toks[k + 1]
        if nxt[_Q] >= 0 or not nxt[_IS_WORD] or nxt[_CAP]:
            continue
        found = verb_cue(nxt[_LOW])
        if (
            nxt[_LOW] in AUXILIARIES
            or (found is not None and found[1] is not _ING_FORM)
            or _past_form(nxt[_LOW])
            or nxt[_LOW] in IRREGULAR_PAST
            # "The deal, which was described as historic, remains the main obstacle": an
            # -s verb with its object.
            or _finite_after(u, k + 1)
        ):
            return end
    return None


def _after_appositive_comma(u: _Unit, k: int) -> bool:
    """
    Whether the relative pronoun at *k* follows a comma, directly or after an appositive.

    "Lula, who ...", "Milei, a libertarian economist who ...": the clause is non-restrictive
    either way, and a comma will close it.
    """
    return u.low(k - 1) == "," or _appositive_comma(u, k) is not None


def _appositive_comma(u: _Unit, k: int) -> int | None:
    """The comma opening the appositive ", a libertarian economist" before token *k*, if any."""
    j = k - 1
    while j > 0 and k - j <= _APPOSITIVE_MAX:
        t = u.toks[j]
        if t[_Q] >= 0 or not t[_IS_WORD] or t[_LOW] in AUXILIARIES or verb_cue(t[_LOW]) is not None:
            return None
        if t[_LOW] in {"a", "an", "the"}:
            return j - 1 if u.low(j - 1) == "," and u.outside(j - 1) else None
        j -= 1
    return None


def _whose_owner(u: _Unit, src: _Range | None) -> Span | None:
    """
    The antecedent of a "whose" source: "Nawrocki, whose office said ..." speaks for Nawrocki.

    As "Nawrocki's office" resolves to Nawrocki, the noun phrase before the comma is what
    the source is resolved by. None for other sources.
    """
    if src is None or u.low(src[0]) != "whose" or u.low(src[0] - 1) != ",":
        return None
    head = _np_left(u, src[0] - 1)
    if head is None or head[0] >= src[0] - 1:
        return None
    return _span(u, (head[0], src[0] - 1))


def _closing_tag(u: _Unit, cue: VerbCue, src: _Range, after: _After) -> bool:
    """
    Whether a weak cue closes its sentence after a comma and its source ("..., he added.").

    Without a quotation "added" or "replied" is a cue only in this frame, where it cannot
    mean adding to something ("..., exports declined." is no tag: only verbs that may follow
    their source after a quotation qualify, and "continued" is not one here).
    """
    if not cue.inverts or cue.lemma in _NOT_TAGS or src[1] - src[0] > _TAG_SOURCE_MAX:
        return False
    comma = u.tok(src[0] - 1)
    if comma is None or comma[_Q] >= 0 or comma[_TEXT] != ",":
        return False
    # "..., he added on Tuesday." / "..., she replied, citing the ruling."
    k = after.cue_end
    while k < u.n and k - after.cue_end < _TIME_MAX and (u.low(k) in TIME_WORDS or u.low(k) == "on"):
        k += 1
    end = u.tok(k)
    if end is None:
        return True
    if end[_Q] >= 0:
        return False
    if end[_TEXT] == ",":
        return _participle(u.low(k + 1))
    return end[_TEXT] in {".", "!", "?"} and k + 1 >= u.n


def _hosting(u: _Unit, p: int) -> bool:
    """
    Whether a name at *p* is followed by where it is welcomed: "Ruto to the White House".

    Welcoming a visitor somewhere is an act; welcoming "the agreement" or "Ukraine's
    decision" evaluates it. The object must be capitalised words (a title may be among
    them) up to "to", "at" or "in".
    """
    k = p
    while k < u.n and k - p <= _NAME_MAX:
        t = u.toks[k]
        if t[_Q] >= 0 or not t[_IS_WORD]:
            return False
        if k > p and t[_LOW] in {"to", "at", "in"}:
            return True
        if not t[_CAP] and t[_LOW] not in TITLE_WORDS:
            return False
        k += 1
    return False


def _anonymity(u: _Unit, p: int) -> bool:
    """Whether the words at *p* ask for anonymity: "not to be named", "for anonymity"."""
    words = [u.low(k) for k in range(p, min(u.n, p + 4))]
    if words[:1] == ["anonymity"] or words[:2] == ["for", "anonymity"]:
        return True
    return words[:3] == ["not", "to", "be"] and words[3:4] in (["named"], ["identified"], ["quoted"])


def _greeting(u: _Unit, p: int) -> bool:
    """
    Whether a person alone is welcomed at *p*: "welcomed the Indian Prime Minister and ...".

    An article or title opens the object, which ends in an office word or a guest noun
    ("the visiting president", "the delegation", "President Ruto") before a clause mark,
    "and", a time word or the end. "welcomed the agreement" or "welcomed Ruto's decision"
    end elsewhere and stay evaluations.
    """
    k = p
    if u.low(k) in {"the", "his", "her", "their"}:
        k += 1
    titled = False
    while k < u.n and k - p <= _NAME_MAX:
        t = u.toks[k]
        if t[_Q] >= 0 or not t[_IS_WORD] or t[_LOW] in _GREETING_ENDS or t[_LOW] in TIME_WORDS:
            break
        if _office_word(t[_LOW]) or t[_LOW] in _GUEST_NOUNS:
            titled = True
        elif not t[_CAP]:
            return False
        k += 1
    if k == p or not titled:
        return False
    end = u.tok(k)
    return (
        end is None or end[_TEXT] in {",", ".", ";"} or end[_LOW] in _GREETING_ENDS or end[_LOW] in TIME_WORDS
    )


def _relative_naming(u: _Unit, i: int) -> _Cand | None:
    """
    A relative naming verb: "The deal, which critics call a debt trap, was signed".

    The relative pronoun is the object and the name after the verb completes it, as in
    "talks that both sides described as “fraternal”"; the content is the pronoun and the
    name (to the next comma), the source the words between the pronoun and the verb.
    """
    vg = _verb_group_start(u, i)
    rel = vg - 2
    while rel >= 0 and vg - rel <= _PLURAL_TOKENS + 1 and u.low(rel) not in {"which", "that", "what"}:
        rel -= 1
    if rel < 0 or u.low(rel) not in {"which", "that", "what"} or not u.outside(rel):
        return None
    for x in range(rel + 1, vg):
        t = u.toks[x]
        if t[_Q] >= 0 or not t[_IS_WORD] or t[_LOW] in AUXILIARIES or t[_LOW] in _PERSONAL:
            return None
    nxt = u.tok(i + 1)
    if nxt is None or (nxt[_Q] >= 0 and nxt[_MARK] != _OPEN):
        return None
    if nxt[_MARK] != _OPEN and nxt[_LOW] not in DETERMINERS and nxt[_LOW] not in {"it", "them"}:
        return None
    return _Cand("pre", (vg, i + 1), src=(rel + 1, vg), left=(rel, rel + 1), c_start=i + 1, stop="noun")


def _naming(u: _Unit, p: int) -> bool:
    """A naming "call": a quotation follows, or "it"/"him"/"them" + a description."""
    if u.low(p) in {"it", "him", "her", "them", "this", "that"}:
        return True
    return any(u.toks[k][_MARK] == _OPEN for k in range(p, min(u.n, p + _WINDOW)))


# Nouns that make a stance the object of a weak cue: "underlined the need for closer
# defence cooperation", "highlighted the importance of a ceasefire" report a position taken
# in talks, as "stressed the importance of" does.
# Only verbs of emphasis take it: "added the importance of trade to the agenda" is no stance.
_STANCE_NOUNS = frozenset({"importance", "need", "necessity", "significance", "urgency"})
_EMPHASIS_LEMMAS = frozenset({"underline", "underscore", "highlight", "signal", "convey", "indicate"})


def _weak_content(u: _Unit, p: int | None, cue: VerbCue) -> bool:
    """
    Whether a weak cue's content opens at *p*: a quotation, "that", "the need for", or a clause.

    A bare clause is a short subject and its auxiliary: "suggested the African Union could
    play a larger role", "indicated Tokyo would join" (not an object: "suggested a new
    approach").
    """
    if _quote_or_that(u, p) or p is None:
        return _quote_or_that(u, p)
    t = u.tok(p)
    return (
        t is not None
        and t[_Q] < 0
        and (
            (
                cue.lemma in _EMPHASIS_LEMMAS
                and t[_LOW] == "the"
                and u.low(p + 1) in _STANCE_NOUNS
                and u.low(p + 2) in {"of", "for", "to"}
                and u.outside(p + 2)
            )
            or _bare_clause(u, p)
        )
    )


def _bare_clause(u: _Unit, p: int) -> bool:
    """Whether a subject of one to four words at *p* is followed by an auxiliary ("the AU could")."""
    k = p + 1 if u.low(p) in DETERMINERS or u.low(p) in POSSESSIVES else p
    for x in range(k, min(u.n, k + _SHORT + 1)):
        t = u.toks[x]
        if t[_Q] >= 0 or not t[_IS_WORD]:
            return False
        low = t[_LOW]
        if low in _CLAUSE_AUXILIARIES:
            return x > k and u.toks[x - 1][_IS_WORD]
        if low in _NOT_RECIPIENT or low in CLAUSE_WORDS or low in DETERMINERS or verb_cue(low) is not None:
            return False
    return False


def _quote_or_that(u: _Unit, p: int | None) -> bool:
    t = u.tok(p) if p is not None else None
    return t is not None and (t[_MARK] == _OPEN or (t[_LOW] == "that" and t[_Q] < 0))


def _recipient_only(u: _Unit, p: int) -> bool:
    """
    Whether only a recipient and adjuncts follow a "tell" cue that closes a quotation.

    In "“...,” Lula told business leaders after the meeting." the quotation is the content;
    the words after "told" end the sentence with no "that", quotation, colon or finite verb
    of their own, so they are the audience ("the Qatari state news agency QNA"), not a
    second content.
    """
    k = p
    while k < u.n and k - p <= _WINDOW:
        t = u.toks[k]
        if t[_Q] >= 0:
            return False
        if t[_TEXT] in {".", "!", "?"}:
            nxt = u.tok(k + 1)
            return k > p and (nxt is None or nxt[_MARK] == _OPEN)
        if t[_TEXT] == ",":
            return k > p
        if k > p and t[_LOW] in {"who", "whom"}:
            return True  # "he told reporters who had gathered outside": about the audience
        if k > p + 1 and t[_LOW] == "that" and _relative_that(u, k):
            # "told reporters in a joint appearance that lasted about 20 minutes": a
            # relative clause on the occasion, not a reported clause.
            return True
        if not t[_IS_WORD] or t[_LOW] == "that" or t[_LOW] in AUXILIARIES:
            return False
        if _past_form(t[_LOW]) and not t[_CAP]:
            return False
        k += 1
    return k > p and k >= u.n


def _relative_that(u: _Unit, k: int) -> bool:
    """Whether "that" at *k* is a relative pronoun: a past verb follows it, not a subject."""
    nxt = u.tok(k + 1)
    if nxt is None or nxt[_Q] >= 0 or nxt[_CAP] or not nxt[_IS_WORD]:
        return False
    low = nxt[_LOW]
    return (_past_form(low) or low in IRREGULAR_PAST) and verb_cue(low) is None


def _quote_resumes(u: _Unit, p: int) -> bool:
    """After the cue of a split quotation: ", “...”" (possibly after an adjunct)."""
    k = p
    while k < u.n and k - p < _WINDOW:
        t = u.toks[k]
        if t[_MARK] == _OPEN:
            return k > p and u.toks[k - 1][_TEXT] in {",", ":"}
        if t[_Q] >= 0 or t[_TEXT] in _HARD_STOPS:
            return False
        k += 1
    return False


def _tail(u: _Unit, cand: _Cand, p: int) -> None:
    """
    Attach the second half of a quotation split around its cue.

    Either after a comma or colon (“A,” he said, “B.”), or a quotation that ends the unit
    right after the cue's sentence (“A,” Modi wrote on X. “B.”).
    """
    k = p
    while k < u.n and k - p < _WINDOW:
        t = u.toks[k]
        if t[_MARK] == _OPEN:
            if k > p and u.toks[k - 1][_TEXT] in {",", ":"}:
                cand.tail = (k, _quote_end(u, k))
            return
        if t[_Q] < 0 and t[_TEXT] == "." and k + 1 < u.n and u.toks[k + 1][_MARK] == _OPEN:
            if _pure_quote_from(u, k + 1):
                cand.tail = (k + 1, _quote_end(u, k + 1))
            return
        if t[_Q] >= 0 or t[_TEXT] in _HARD_STOPS:
            return
        if k > p and not t[_CAP] and (hit := verb_cue(t[_LOW])) is not None and hit[1] is _ING_FORM:
            return  # "“...,” he said, adding: “...”": the second quotation is the participle's
        k += 1


def _quote_end(u: _Unit, k: int) -> int:
    q = u.toks[k][_Q]
    end = k
    while end < u.n and u.toks[end][_Q] == q:
        end += 1
    return end


_DESCRIBING = frozenset({"call", "describe", "hail", "term", "label", "dub", "brand", "characterize"})


def _gap_subject(u: _Unit, i: int) -> bool:
    """Whether the verb at *i* follows ", a NOUN SUBJECT" ("..., a move analysts called overdue")."""
    for s0 in range(i - 1, max(0, i - 1 - _PLURAL_TOKENS), -1):
        t = u.toks[s0]
        if t[_Q] >= 0 or not t[_IS_WORD] or not (t[_CAP] or t[_LOW] in _ZERO_RELATIVE_SUBJECTS):
            return False
        if _gap_head(u, s0):
            return True
    return False


def _after_fronted_adjunct(u: _Unit, s0: int) -> bool:
    """
    Whether the source at *s0* follows "that ADJUNCT," after a reporting verb.

    "said that on Monday, the ministers discussed ...", "told reporters that during the
    talks, Ankara and Cairo agreed ...": the adjunct opens the reported clause, and the
    subject after its comma is that clause's.
    """
    c = s0 - 1
    if c < _PLURAL_TOKENS + 1 or u.low(c) != "," or not u.outside(c):
        return False
    for k in range(c - 1, max(0, c - _WINDOW), -1):
        t = u.toks[k]
        if t[_Q] >= 0 or not t[_IS_WORD]:
            return False
        if t[_LOW] != "that":
            continue
        first = u.low(k + 1)
        if k + 1 == c or not (first in PREPOSITIONS or first in _ADJUNCT_CLAUSE or first in TIME_WORDS):
            return False
        return any(
            u.outside(j) and not u.toks[j][_CAP] and verb_cue(u.low(j)) is not None
            for j in range(k - 1, max(-1, k - _PLURAL_TOKENS - 2), -1)
        )
    return False


def _neither_source(u: _Unit, src: _Range) -> _Range:
    """
    Widen a source after "nor" to its "neither": "Neither the White House nor the Kremlin".

    The walk to the left stops at "nor"; both names are the subject, and a silence verb
    after a "neither" subject ("... nor the Kremlin commented") reports nothing said.
    """
    for k in range(src[0] - 2, max(-1, src[0] - 2 - _SOURCE_MAX), -1):
        t = u.toks[k]
        if t[_Q] >= 0 or not t[_IS_WORD]:
            break
        if t[_LOW] == "neither":
            return (k, src[1])
    return src


def _gap_head(u: _Unit, s0: int) -> bool:
    """Whether ", a NOUN" stands right before a source at *s0*: a relative clause head without its pronoun."""
    if s0 < _PLURAL_TOKENS + 1 or not u.outside(s0 - 3) or u.low(s0 - 3) != ",":
        return False
    noun = u.toks[s0 - 1]
    low = noun[_LOW]
    return (
        u.low(s0 - 2) in {"a", "an"}
        and noun[_Q] < 0
        and noun[_IS_WORD]
        and not noun[_CAP]
        and low not in PREPOSITIONS
        and low not in CONJUNCTIONS
        and low not in AUXILIARIES
        and low not in TITLE_WORDS
    )


def _embedded(u: _Unit, vg: int, after: _After, src: _Range, hedge: str | None) -> _Cand | None:
    """Embedded source, "a move analysts say is aimed at ...": the source sits inside its content."""
    s0, s1 = src
    if s0 > 0 and u.outside(s0 - 1) and u.low(s0 - 1) in {"which", "that", "who"}:
        # "oil, which Indian officials say is necessary", "a railway that critics say has never
        # turned a profit", "investors, who he said were keen": the relative pronoun stands
        # for the content's subject, and the whole phrase after it is the source.
        return _Cand(
            "embedded",
            (vg, after.cue_end),
            src=src,
            left=(s0 - 1, s0),
            c_start=after.c_start,
            hedge=hedge,
            # "The envoy, who officials say was recalled, did not attend": the clause's end.
            limit=_relative_clause_end(u, (s0 - 1, s0), after.c_start) if after.c_start is not None else None,
        )
    k = s1 - 1
    if u.toks[k][_CAP]:
        while k - 1 >= s0 and u.toks[k - 1][_CAP]:
            k -= 1
    elif k - 1 >= s0 and (u.low(k - 1) in DETERMINERS or u.low(k - 1) in _NUMBER_WORDS):
        k -= 1
    if k <= s0 or ((u.toks[s0][_CAP] or u.low(s0) in _ZERO_RELATIVE_SUBJECTS) and _gap_head(u, s0)):
        if _gap_head(u, s0):
            # "..., a step Tusk said could end the dispute", "..., a visit European Union
            # officials said had not been coordinated": the walk stopped at the subject's
            # first word; the noun before it is the content's subject, the whole
            # subject the source.
            return _Cand(
                "embedded",
                (vg, after.cue_end),
                src=src,
                left=(s0 - 2, s0),
                c_start=after.c_start,
                hedge=hedge,
            )
        return None
    return _Cand(
        "embedded",
        (vg, after.cue_end),
        src=(k, s1),
        left=(s0, k),
        c_start=after.c_start,
        hedge=hedge,
    )


def _according(u: _Unit, i: int, lo: int | None = None) -> _Cand | None:
    """
    "according to X" at *i* (or "in the words of X", whose cue starts at *lo*).

    Before or after its content; the source runs from the word after "to"/"of".
    """
    lo = i if lo is None else lo
    p = i + 2
    if p >= u.n:
        return None
    prev = u.tok(lo - 1)
    if lo == 0 or (prev is not None and prev[_Q] < 0 and prev[_TEXT] in {";", ":"}):
        # "According to analysts, Japan wants ...".
        k = p
        while k < u.n and not (u.toks[k][_Q] < 0 and u.toks[k][_TEXT] == ",") and k - p < _ACCORDING_MAX:
            k += 1
        if k >= u.n or k == p or u.toks[k][_TEXT] != ",":
            return None
        return _Cand("pre", (lo, i + 2), src=(p, k), c_start=_past_relative(u, k), hedge=None)
    # "..., according to Harsh Pant, the vice president of ... ." (to the end of the unit),
    # or "X, according to officials, is Y" (the content resumes after the source).
    k = p
    resume: int | None = None
    bare = prev is not None and prev[_IS_WORD]  # no comma before the tag
    plain = True  # no comma yet inside the source
    while k < u.n and k - p < _APPOSITIVE_MAX:
        t = u.toks[k]
        if t[_TEXT] == "(" and t[_Q] < 0 and k > p and u.toks[k - 1][_CAP]:
            # "according to Brazil's Foreign Ministry (Itamaraty), could take ...": the
            # short name in brackets belongs to the source.
            close = k + 1
            while close < u.n and close - k <= _SHORT and u.toks[close][_CAP] and u.toks[close][_Q] < 0:
                close += 1
            if close > k + 1 and u.low(close) == ")" and u.outside(close):
                k = close + 1
                continue
        if t[_Q] < 0 and (t[_TEXT] in _HARD_STOPS or t[_TEXT] in _DASHES):
            break
        if t[_Q] >= 0:
            break
        if t[_TEXT] == ",":
            plain = False  # an appositive or participle after the comma keeps its own adjuncts
        elif k > p and plain and t[_LOW] in _TAG_TIME_OPENERS and u.low(k + 1) in _TAG_TIME_OPENERS[t[_LOW]]:
            break  # "..., according to his spokesperson on Tuesday.": when, not who
        if t[_TEXT] == "," and bare and _finite_after(u, k + 1):
            # "The talks, which lasted three hours according to his spokesperson, ended
            # without a deal": with no comma before the tag, a verb after the one behind it
            # is the main clause's.
            break
        if t[_TEXT] == ":" and k > p and k + 1 < u.n:
            # "Among the agreements, according to the statement: a new visa regime and
            # ...": the colon ends the source, and the list after it goes on with the content.
            resume = k + 1
            break
        if t[_TEXT] == "," and (
            u.low(k + 1) in AUXILIARIES
            or (_finite_after(u, k + 1, plural=u.low(lo - 2).endswith("s")) and _verbless_subject(u, lo - 1))
        ):
            resume = k + 1
            break
        if t[_TEXT] == "," and u.low(k + 1) == "that" and u.outside(k + 1) and k + 2 < u.n:
            # "Sisi told Abiy, according to the presidency, that Egypt would ...": the
            # reported clause of the verb before the tag resumes after it.
            resume = k + 1
            break
        if t[_TEXT] == "," and u.low(k + 1) in _RELATIVE_OPENERS:
            break  # "according to an official, who spoke on condition of anonymity": an aside
        if t[_TEXT] == "," and u.low(k + 1) in IRREGULAR_PAST and u.outside(k + 1):
            # "The meeting, which lasted two hours according to the ministry, took place
            # in a tent": the main clause's verb ends the source.
            break
        if t[_TEXT] == "," and _reporter_after_source(u, k + 1):
            break  # "..., according to the finance ministry, making Beijing its largest creditor"
        if (
            t[_TEXT] == ","
            and u.low(k + 1) in {"and", "but"}
            and u.outside(k + 1)
            and any(_finite_after(u, j) for j in range(k + 2, min(u.n, k + _SHORT + 3)))
        ):
            # "The emir stressed ..., according to QNA, and told his guest that ...", "Talks
            # stalled, according to two officials, and the envoy left": a second verb (of the
            # main clause's subject or of a clause of its own) ends the source.
            break
        k += 1
    end = k
    while end > p and u.toks[end - 1][_TEXT] in {",", "."}:
        end -= 1
    if end <= p:
        return None
    post_end = lo
    if prev is not None and prev[_TEXT] == "," and prev[_Q] < 0:
        post_end = lo - 1
    elif prev is not None and prev[_MARK] == _CLOSE:
        post_end = lo
    if post_end < 1:
        return None
    cand = _Cand("post", (lo, i + 2), src=(p, end), post_end=post_end, c_start=resume)
    _tail(u, cand, end)
    return cand


#: A time adverbial that ends an "according to" source: "on Tuesday", "last week", "earlier today".
_TAG_TIME_OPENERS: dict[str, frozenset[str]] = {
    "on": frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}),
    "last": frozenset({"week", "month", "year", "night", "weekend"}),
    "earlier": frozenset({"today", "this", "on"}),
}


def _in_words(u: _Unit, i: int) -> _Cand | None:
    """
    "In Ruto's words, ..." or "..., in his words, ..." with "words" at *i*.

    The possessor is the source (a name before "'s", or a possessive pronoun), "'s words"
    or "words" the cue (as with the noun cues: "Petro's assertion"); the content is the
    clause after the comma when the phrase opens the sentence, else the clause around it.
    """
    j = i - 1
    if u.low(j) in POSSESSIVES and u.outside(j):
        src, cue_lo, opener = (j, i), i, j - 1
    elif u.low(j) in {"'s", "’s"} and u.outside(j):
        s = j
        while (
            s - 1 >= 0
            and j - s < _NAME_MAX
            and u.toks[s - 1][_CAP]
            and u.toks[s - 1][_IS_WORD]
            and u.low(s - 1) != "in"
        ):
            s -= 1
        if s == j:
            return None
        src, cue_lo, opener = (s, j), j, s - 1
    else:
        return None
    if (
        u.low(opener) != "in"
        or not u.outside(opener)
        or u.low(i + 1) not in {",", "."}
        or not u.outside(i + 1)
    ):
        return None
    before = u.tok(opener - 1)
    if opener == 0 or (before is not None and before[_Q] < 0 and before[_TEXT] in {";", ":"}):
        if u.low(i + 1) != "," or i + 2 >= u.n:
            return None
        return _Cand("pre", (cue_lo, i + 1), src=src, c_start=i + 2, hedge=None)
    if before is None or before[_TEXT] != "," or before[_Q] >= 0 or opener < _MIN_CONTENT:
        return None
    # "It was, in his words, “a turning point.”": the content resumes after the phrase.
    resume = i + 2 if u.low(i + 1) == "," and i + 2 < u.n else None
    if resume is not None and verb_cue(u.low(resume)) is not None:
        return None  # "Mohamud, in his words, called the deal ...": the verb is the cue
    return _Cand("post", (cue_lo, i + 1), src=src, post_end=opener - 1, c_start=resume)


def _finite_after(u: _Unit, k: int, *, plural: bool = False) -> bool:
    """
    Whether a finite verb resumes the clause at *k*: "The deal, according to X, includes ...".

    A past form ("stalled", "met") or an -s form followed by its object ("includes a
    clause", "remains the main obstacle"); a plural noun ("..., analysts say") is not
    followed by an article. After a *plural* subject the plain form counts too ("Some
    officials, according to people briefed on the talks, want the route to ...").
    """
    t = u.tok(k)
    if t is None or t[_Q] >= 0 or t[_CAP] or not t[_IS_WORD]:
        return False
    low = t[_LOW]
    if _past_form(low) or low in IRREGULAR_PAST:
        return True
    found = verb_cue(low)
    if found is not None and found[1] is _PAST_FORM:
        return True  # "Schoof, according to the readout, told Prabowo that ..."
    nxt = u.low(k + 1)
    if not (nxt in DETERMINERS or nxt in POSSESSIVES or nxt in {"to", "that"}) or len(low) < _SHORT - 1:
        return False
    if low.endswith("s"):
        return len(low) >= _SHORT and not low.endswith("ss")
    return (
        plural
        and not low.endswith(("ing", "ly"))
        and low not in PREPOSITIONS
        and low not in CONJUNCTIONS
        and low not in DETERMINERS
        and low not in TITLE_WORDS
    )


def _reporter_after_source(u: _Unit, k: int) -> bool:
    """
    Whether the reporter's own clause starts at *k*, after the comma closing a trailing source.

    "..., according to Somali officials, in a move that Ethiopia said could ...", "...,
    according to the finance ministry, making Beijing its largest creditor", "...,
    according to diplomats, as talks stalled": a participle, a subordinator or "in a
    move" after the source is not part of it (an appositive is: "according to Harsh
    Pant, the vice president of ...", and so is the warrant "..., citing officials").
    """
    t = u.tok(k)
    if t is None or t[_Q] >= 0 or t[_CAP] or not t[_IS_WORD]:
        return False
    low = t[_LOW]
    if low in {"in", "at"}:
        return u.low(k + 1) == "what" or (
            u.low(k + 1) == "a" and u.low(k + 2) in {"move", "sign", "step", "blow"}
        )
    if low in {"citing", "quoting"}:
        return False  # "according to Kyodo News, citing government sources": the source's own warrant
    return low in _COMMA_BREAKERS or low in _FIGURE_COMMENTS or (low.endswith("ing") and _participle(low))


# Words opening the reporter's comment on a figure after its source ("$9 billion, according
# to the central bank, enough to cover three months of imports", "..., up 10% from 2023"):
# none can open an appositive naming the source.
_FIGURE_COMMENTS = frozenset(
    {"enough", "up", "down", "nearly", "almost", "roughly", "double", "twice", "compared", "equivalent"}
)


def _verbless_subject(u: _Unit, end: int) -> bool:
    """
    Whether the words before *end* (back to the unit's start) are a bare subject.

    "The deal, according to X, includes ...": the verb comes after the source. In "Trade
    rose 10%, according to a report by X, released on Monday" the clause already has its
    verb, so the participle after the source describes the report.
    """
    if end <= 0 or end > _SUBJECT_MAX:
        return False
    for k in range(end):
        t = u.toks[k]
        low = t[_LOW]
        if t[_Q] >= 0 or low in AUXILIARIES or low in IRREGULAR_PAST or (_past_form(low) and not t[_CAP]):
            return False
    return True


def _colon_opening(u: _Unit, cands: list[_Cand]) -> _Cand | None:
    """The candidate whose content would start after a colon ending the unit ("He said:")."""
    if not cands or u.n == 0 or u.toks[-1][_TEXT] != ":" or u.toks[-1][_Q] >= 0:
        return None
    last = cands[-1]
    if last.c_start != u.n or last.src is None:
        return None
    return last


# Verbs that report an act rather than speech: a headline's "Kenya, Japan agree to expand
# ties", "Xi pledges support", "Erdogan, Sisi discuss Gaza" sums up what the leaders did,
# and the body says who said so. "Proposes", "threatens" and the assertion and request
# verbs ("says", "warns", "urges", "claims") stay speech in a headline too.
_HEADLINE_ACTS = frozenset(
    {"agree", "disagree", "pledge", "vow", "promise", "offer", "refuse", "discuss", "debate"}
)


def _headline_speech(u: _Unit, cands: list[_Cand]) -> list[_Cand]:
    """
    The headline's candidates that report speech.

    A headline without a quotation whose verb names an agreement, a pledge or a discussion
    reports an act, not an attribution: the same verbs in the body stay cues, since there the
    report names its source ("..., the ministry said"). A quotation makes the headline
    attributed speech ("Modi, Albanese vow 'new chapter' in ties"), and so does a wire
    suffix naming who says it ("... agree to reopen border -sources").
    """
    if _headline_suffix(u) < u.n or any(t[_Q] >= 0 for t in u.toks):
        return cands  # "... agree to reopen border -sources": the wire names who says it
    kept: list[_Cand] = []
    for cand in cands:
        lo, hi = cand.cue
        hit = next((h for x in range(lo, hi) if (h := verb_cue(u.low(x))) is not None), None)
        if hit is None or hit[0].lemma not in _HEADLINE_ACTS:
            kept.append(cand)
    return kept


def _colon_headline(u: _Unit) -> _Cand | None:
    """
    A headline that quotes a person after a colon: "Jaishankar: India, China must resolve ...".

    One to three capitalised words, the colon, then the content to the end; the stage keeps
    it only when the words resolve to a person ("Sudan: ..." or "Analysis: ..." do not).
    """
    c = 0
    while c < u.n and c < _SHORT and u.toks[c][_IS_WORD] and u.toks[c][_CAP] and u.toks[c][_Q] < 0:
        c += 1
    if c == 0 or c >= u.n - 1 or u.toks[c][_TEXT] != ":" or u.toks[c][_Q] >= 0:
        return None
    return _Cand("colon", (c, c + 1), src=(0, c), c_start=c + 1)


#: How many words on the manner may follow "was" before a colon: 'was equally blunt:'.
_MANNER_WORDS: Final = 2


def _colon_quotation(u: _Unit) -> _Cand | None:
    """
    A person's name, a colon and a quotation in running text: 'Putin: “We will not accept this.”'.

    Up to `_NAME_MAX` capitalised words open the sentence ("Foreign Minister Wang Yi:"), maybe
    "was" and a word or two on the manner ('Xi was blunt:', 'He was equally defiant:'), and a
    quotation mark follows the colon; the stage keeps it only when the words resolve to a
    person ('Moscow: “...”', 'Washington was clear: “...”' do not), as for a headline.
    """
    c = 0
    while c < u.n and c < _NAME_MAX + 2 and u.toks[c][_Q] < 0:
        t = u.toks[c]
        if not (
            (t[_IS_WORD] and (t[_CAP] or (c > 0 and t[_LOW] in TITLE_WORDS))) or (c > 0 and _owner_mark(u, c))
        ):
            break
        c += 1  # "Ruto's spokesman Hussein Mohamed:": an owner and a title before the name
    end = c
    if c > 0 and u.low(c) in {"was", "is"}:
        # 'Xi was blunt: “...”', 'Erdogan was equally defiant: “...”': a word or two on the
        # manner, then the words.
        k = c + 1
        while (
            k < u.n
            and k - c <= _MANNER_WORDS
            and u.toks[k][_IS_WORD]
            and not u.toks[k][_CAP]
            and u.toks[k][_Q] < 0
        ):
            k += 1
        c = k if k > c + 1 else c
    if end == 0 or c >= u.n - 2 or u.toks[c][_TEXT] != ":" or u.toks[c][_Q] >= 0:
        return None
    if u.toks[c + 1][_MARK] != _OPEN:
        return None
    return _Cand("colon", (c, c + 1), src=(0, end), content=[(c + 1, u.n)])


# Labels of the questions in a transcript: the reporter's turns.
_QUESTIONERS = frozenset({"question", "q", "reporter", "questioner"})
# Honorifics a transcript prints before a speaker's surname: "MS. BRUCE:", "SEN. KAINE:".
_TRANSCRIPT_TITLES = frozenset(
    {"mr", "ms", "mrs", "dr", "sen", "rep", "president", "secretary", "minister", "ambassador", "general"}
)


def _transcript_label(u: _Unit, *, titled: bool = False) -> _Cand | None:
    """
    A transcript turn: "BIDEN: Mr. President, it's good to see you.", "MS. BRUCE: We ...".

    Briefing and interview transcripts open each turn with the speaker's name in capitals
    and a colon; the turn is the speaker's words. Only a label wholly in capitals counts
    ("Sudan: ..." in running text is a place), or with *titled* (a unit opening its
    paragraph) a capitalised name: VOA prints interviews as "Maka Botchorishvili: We agreed
    ...". The stage keeps it only when the label names a person of the article
    ("QUESTION:", "Q:", "REPORTER:", "Sudan:" do not).
    """
    c = 0
    words = 0
    particles = lexicon().name_particles if titled else ()
    while c < u.n and c < _SHORT + 1:
        t = u.toks[c]
        if t[_Q] >= 0:
            return None
        if t[_TEXT] == "." and c > 0 and u.low(c - 1) in _TRANSCRIPT_TITLES:
            c += 1
            continue
        if titled and (t[_TEXT] == "-" or (t[_IS_WORD] and (t[_CAP] or (c > 0 and t[_LOW] in particles)))):
            words += t[_IS_WORD]
            c += 1
            continue
        if not (t[_IS_WORD] and t[_TEXT].isupper()):
            break
        words += 1
        c += 1
    if words == 0 or c >= u.n - 1 or u.toks[c][_TEXT] != ":" or u.toks[c][_Q] >= 0:
        return None
    return _Cand("transcript", (c, c + 1), src=(0, c), c_start=c + 1)


def _as_put_it(u: _Unit, i: int) -> _Cand | None:
    """
    A tag opening its sentence: "As one senior official put it, “Nobody wants a conflict.”".

    The source lies between "as" and "put it", the content after the comma.
    """
    if u.low(i + 1) == "it" and u.outside(i + 1) and u.low(i - 1) != "as":
        # "put it: ...", "put it bluntly: ...", "put it this way: ...".
        if u.low(i + 2) == ":":
            colon = i + 2
        elif u.low(i + 2).endswith("ly"):
            colon = i + 3
        else:
            colon = i + 4 if u.low(i + 2) in {"this", "that"} and u.low(i + 3) == "way" else -1
        if (
            0 < colon < u.n - 1
            and u.low(colon) == ":"
            and u.outside(colon)
            and u.toks[colon + 1][_MARK] == _OPEN
        ):
            # 'Ruto put it bluntly: “We will not wait forever.”': the subject before
            # "put" said the quotation after the colon.
            src = _source_left(u, i)
            if src is not None:
                return _Cand("pre", (i, colon), src=src, c_start=colon + 1)
    if u.low(i + 1) != "it" or u.low(i + 2) != "," or not u.outside(i + 2) or i + 3 >= u.n:
        return None
    a = i - 1
    while a >= 0 and i - a <= _SOURCE_MAX and u.low(a) != "as":
        t = u.toks[a]
        if t[_Q] >= 0 or not t[_IS_WORD]:
            return None
        a -= 1
    if a < 0 or u.low(a) != "as" or a + 1 >= i or not u.outside(a):
        return None
    if not _as_opens(u, a):
        return None
    return _Cand("pre", (i, i + 2), src=(a + 1, i), c_start=i + 3)


def _as_opens(u: _Unit, a: int) -> bool:
    """Whether the "as" at *a* opens the sentence or a clause ("..., but as Koh put it,")."""
    return a == 0 or u.toks[a - 1][_TEXT] in {",", ";", ":"} or u.low(a - 1) in {"but", "and", "yet"}


def _past_relative(u: _Unit, comma: int) -> int:
    """
    Where the content resumes after the source of "According to X, ...", past a relative clause.

    "According to an official, who spoke on condition of anonymity, the talks stalled": the
    clause describes the source and is left out of both (PolNeAR leaves out incidental
    relative clauses); the content starts after the comma that closes it.
    """
    if u.low(comma + 1) not in _RELATIVE_OPENERS or not u.outside(comma + 1):
        return comma + 1
    k = comma + 2
    while k < u.n and k - comma <= _APPOSITIVE_MAX:
        t = u.toks[k]
        if t[_Q] >= 0 or t[_TEXT] in _HARD_STOPS:
            break
        if t[_TEXT] == ",":
            return k + 1
        k += 1
    return comma + 1


def _evidential(u: _Unit, i: int) -> _Cand | None:
    nxt = u.tok(i + 1)
    if nxt is None or nxt[_Q] >= 0 or not nxt[_IS_WORD]:
        return None
    if verb_cue(nxt[_LOW]) is not None or nxt[_LOW] in AUXILIARIES or nxt[_LOW] in RAISING_VERBS:
        return None  # "reportedly agreed": the verb's group holds the adverb
    subj = _subject_left(u, i)
    if subj is None:
        return None
    return _Cand("evidential", (i, i + 1), left=subj, c_start=i + 1, hedge=u.low(i))


def _raising(u: _Unit, i: int) -> _Cand | None:
    subj = _subject_left(u, i)
    if u.low(i + 1) == "that":
        return _Cand("raising", (i, i + 1), c_start=i + 1)
    if subj is None:
        return None
    return _Cand("raising", (i, i + 1), left=subj, c_start=i + 1)


def _passive_ok(u: _Unit, i: int) -> bool:
    low = u.low(i)
    j = i - 1
    if low == "clear":
        if u.low(j) != "made":
            return False
        j -= 1
    while j >= 0 and (u.low(j) in NEGATIONS or u.low(j) in VG_ADVERBS):
        j -= 1
    if u.low(j) not in _BE:
        return False
    need = PASSIVE_CUES[low]
    nxt = u.low(i + 1)
    if nxt == "by":
        return True
    return "" in need or nxt in need


def _passive(u: _Unit, i: int) -> _Cand | None:
    low = u.low(i)
    if low == "heard" and u.low(i + 1) not in {"saying", "telling"}:
        return None  # "was heard by the court": no words reported
    if u.low(i + 1) == "to" and verb_cue(u.low(i + 2)) is not None and low in VG_RAISERS:
        return None  # "is expected to say": the verb's group holds "expected to"
    vg = _verb_group_start(u, i - 1 if u.low(i) == "clear" else i)
    if u.low(i) == "clear":
        vg = min(vg, i - 1)
    cue = (vg, i + 1)
    p = i + 1
    src: _Range | None = None
    if u.low(p) == "by" and u.outside(p):
        k = p + 1
        while k < u.n and k - p < _WINDOW:
            t = u.toks[k]
            if t[_LOW] in {"'s", "’s"} and k > p + 1 and u.toks[k - 1][_CAP] and t[_Q] < 0:
                k += 1  # "was quoted by China's foreign ministry as telling ...": the owner's
                continue
            if (
                t[_Q] >= 0
                or not t[_IS_WORD]
                or t[_LOW] in {"as", "to", "that"}
                or (t[_LOW] in PREPOSITIONS and t[_LOW] != "of")
                # "accused by India of harbouring": "of" a lower-case word is no name's particle.
                or (t[_LOW] == "of" and (nxt := u.tok(k + 1)) is not None and not nxt[_CAP])
            ):
                break
            if t[_LOW] in AUXILIARIES or (t[_LOW] in TIME_WORDS and not t[_CAP]):
                break
            k += 1
        if k > p + 1:
            src = (p + 1, k)
            p = k
        else:
            return None
    subj = _subject_left(u, vg)
    if subj is None:
        return None
    if u.low(subj[0]) == "by" and u.low(subj[0] - 1) in NOUN_CUES and u.outside(subj[0]):
        # "A pledge by Ruto to cut tariffs was welcomed by traders": the subject is Ruto's
        # pledge, a statement of its own; the traders' welcome reports no words of theirs.
        return None
    if (
        subj[0] > 1
        and u.low(subj[0] - 1) == "that"
        and u.low(subj[0] - 2) in NOUN_CUES
        and u.outside(subj[0] - 1)
    ):
        # "The minister's remark that Tokyo remained committed ... was welcomed by civic
        # groups": the remark's own clause, no words of the agent's.
        return None
    if low == "welcomed" and all(
        u.toks[x][_CAP] or u.low(x) in TITLE_WORDS or not u.toks[x][_IS_WORD] for x in range(subj[0], subj[1])
    ):
        # "French President Emmanuel Macron was welcomed by King Mohammed VI in Rabat": a
        # guest received, an act; "The deal was welcomed by ..." evaluates the deal.
        return None
    if low == "disputed" and not any(u.low(x) in _DISPUTED_THINGS for x in range(subj[0], subj[1])):
        return None  # "The islands are disputed by both countries": the territorial sense
    if low == "heard":
        # "Modi was heard telling Sharif ...": the subject is the source, as after "quoted as".
        return _quoted_as_saying(u, (vg, p + 1), subj)
    if low in _QUOTING and u.low(p) == "as" and u.low(p + 1) in {"saying", "telling"}:
        # "X was quoted as saying Y", "X was cited by RIA Novosti as saying Y": the subject
        # is the source (the outlet only carried the words).
        return _quoted_as_saying(u, (vg, p + 2), subj)
    if low in _QUOTING and u.low(p) == "as" and u.low(p + 1) == "having" and u.low(p + 2) in {"said", "told"}:
        return _quoted_as_saying(u, (vg, p + 3), subj)  # "was quoted as having said that ..."
    if low == "cited":
        return None  # "was cited as a reason", "was cited by analysts": no speech reported
    if subj[1] - subj[0] == 1 and u.low(subj[0]) == "it" and u.low(p) == "that":
        return _Cand("passive", cue, src=src, c_start=p)  # "It is understood that ..."
    after = u.tok(p)
    bare = after is None or (after[_Q] < 0 and (after[_TEXT] in _HARD_STOPS or after[_TEXT] in {",", ";"}))
    c_start = None if bare else p
    limit: int | None = None
    if src is None and u.low(p) == "as" and u.outside(p):
        late = _late_agent(u, p + 1)
        if late is not None:
            limit, src = late
    if limit is None and c_start is not None:
        # "Muizzu, who had been seen as leaning towards China, is on his first visit": the
        # content ends with the relative clause, before the sentence's own verb.
        limit = _relative_clause_end(u, subj, c_start)
    return _Cand("passive", cue, src=src, left=subj, c_start=c_start, limit=limit)


def _quoted_as_saying(u: _Unit, cue: _Range, subj: _Range) -> _Cand:
    """
    "X was quoted as saying Y", with who relayed the words after the cue or the words before.

    "Lee was quoted as saying by Kang that ...": "by Kang" is neither cue nor content.
    '"...," Lee was quoted as saying (by Kang).': the quotation before the subject is the
    content, as after "said".
    """
    q = cue[1]
    if u.low(q) == "by" and u.outside(q):
        k = q + 1
        while k < u.n and k - q < _WINDOW and u.outside(k) and u.toks[k][_IS_WORD] and u.low(k) != "that":
            k += 1
        q = k
    elif u.low(q - 1) in {"telling", "told"}:
        # "was quoted as telling Araghchi that ...": the one told is no content, as after
        # the active "quoted X as telling Y"; a comma after it opens a quotation.
        q = _recipient_end(u, q)
        if q > cue[1] and u.low(q) == "," and (t := u.tok(q + 1)) is not None and t[_MARK] == _OPEN:
            q += 1
    close = max((k for k in range(subj[0], subj[1]) if u.toks[k][_MARK] == _CLOSE), default=-1)
    ends = q >= u.n or (u.outside(q) and u.toks[q][_TEXT] in _HARD_STOPS)
    if not ends and u.outside(q) and (u.low(q) in _ADJUNCT_PREPS or u.low(q) in TIME_WORDS):
        # '"...," Ishiba was quoted as saying at the outset of the meeting.': an adjunct of
        # the cue, with no words of the speaker after it, ends the sentence.
        ends = all(t[_Q] < 0 for t in u.toks[q:])
    if close > 0 and close + 1 < subj[1] and ends:
        return _Cand("post", cue, src=(close + 1, subj[1]), post_end=close + 1)
    if close < 0 and ends and subj[0] > 1 and u.toks[subj[0] - 1][_MARK] == _CLOSE:
        # '"...," he was quoted as saying.': a pronoun subject right after the quotation.
        return _Cand("post", cue, src=subj, post_end=subj[0])
    return _Cand("pre", cue, src=subj, c_start=q, cut=_strong_boundary(u, subj[0]))


def _late_agent(u: _Unit, start: int) -> tuple[int, _Range] | None:
    """
    The "by" phrase closing the clause of a passive cue: "described as “frank” by a diplomat".

    Returns the index of "by" (where the content stops) and the source after it, which
    must run to the end of the clause; None when the clause has no such phrase.
    """
    k = start
    while k < u.n and k - start < _WINDOW:
        t = u.toks[k]
        if t[_Q] < 0 and (t[_TEXT] in _CLAUSE_MARKS or t[_LOW] in CLAUSE_WORDS):
            return None
        if t[_Q] < 0 and t[_LOW] == "by":
            break
        k += 1
    else:
        return None
    j = k + 1
    while j < u.n and j - k <= _NAME_MAX:
        t = u.toks[j]
        place = t[_LOW] in _NP_PREPS and j + 1 < u.n and u.toks[j + 1][_CAP]  # "officials in Kyiv"
        if t[_Q] >= 0 or not t[_IS_WORD] or (t[_LOW] in PREPOSITIONS and t[_LOW] != "of" and not place):
            break
        if t[_LOW] in AUXILIARIES or t[_LOW] in CLAUSE_WORDS:
            return None
        j += 1
    end = u.tok(j)
    if j == k + 1 or (end is not None and not (end[_Q] < 0 and end[_TEXT] in _CLAUSE_MARKS)):
        return None
    return k, (k + 1, j)


def _reduced_passive(u: _Unit, i: int) -> _Cand | None:
    k = i + 2
    start = k
    while k < u.n and k - start < _NAME_MAX and u.toks[k][_Q] < 0 and u.toks[k][_IS_WORD]:
        if not u.toks[k][_CAP] and (
            # "praised by Lima and Bogota": two names joined.
            u.low(k) != "and" or k == start or k + 1 >= u.n or not u.toks[k + 1][_CAP]
        ):
            break
        k += 1
    if k == start:
        return None
    # "The plan, first reported by Bloomberg, would ...": an adverb opens the participle
    # phrase, set off by a comma from the noun it describes.
    cue_start = i - 1 if u.low(i - 1) in _REPORT_ADVERBS and u.outside(i - 1) else i
    end = cue_start - 1 if cue_start < i and u.low(cue_start - 1) == "," else cue_start
    subj = _subject_left(u, end, to_det=True)
    if subj is None:
        return None
    return _Cand("reduced", (cue_start, i + 1), src=(start, k), left=subj)


def _aside_passive(u: _Unit, i: int) -> _Cand | None:
    """
    ", a move welcomed by Seoul", ", a step criticized by nationalists": a reduced passive on a noun.

    The noun after the comma is what the agent after "by" welcomed or criticized: the
    agent is the source (any noun phrase up to the clause's end, not only a name) and the
    noun the content.
    """
    if not (_past_form(u.low(i)) or u.low(i) in _IRREGULAR_PARTICIPLES) or not u.outside(i + 1):
        return None
    a = i - 2 if u.low(i - 2) in {"a", "an"} else i - 3
    if a < 1 or u.low(a) not in {"a", "an"} or not _after_comma(u, a):
        return None
    if any(not u.toks[x][_IS_WORD] or u.toks[x][_CAP] or u.toks[x][_Q] >= 0 for x in range(a + 1, i)):
        return None
    start = i + 2
    k = start
    while k < u.n and k - start <= _NAME_MAX:
        t = u.toks[k]
        low = t[_LOW]
        if low == "and" and k > start and u.toks[k - 1][_CAP] and k + 1 < u.n and u.toks[k + 1][_CAP]:
            k += 1  # "by Seoul and Washington"
            continue
        if t[_Q] >= 0 or not t[_IS_WORD] or low in CONJUNCTIONS or low in SUBORDINATORS:
            break
        if low in PREPOSITIONS:
            nxt = u.low(k + 1)
            if (nxt in TIME_WORDS and nxt not in PREPOSITIONS) or nxt[:1].isdigit():
                break  # "announced by the two governments on Monday": when, not who
        elif low in TIME_WORDS:
            break  # "... last week"
        if not t[_CAP] and low not in DETERMINERS and (verb_cue(low) is not None or low in AUXILIARIES):
            break
        k += 1
    if k == start or k - start > _NAME_MAX:
        return None
    return _Cand("reduced", (i, i + 1), src=(start, k), left=(a, i))


# The complements of a light noun with no entry in NOUN_CUES, built once rather than per call.
_LIGHT_NOUN_TAKES = frozenset({"in", "for", "about", "over", "that", "to"})


def _noun(u: _Unit, i: int) -> _Cand | None:
    low = u.low(i)
    info = NOUN_CUES.get(low)
    takes = info.takes if info is not None else _LIGHT_NOUN_TAKES
    j = i - 1
    first = i
    if u.low(j) == "and" and u.outside(j) and (u.low(j - 1) in NOUN_CUES or u.low(j - 1) in LIGHT_NOUNS):
        # "expressed his thanks and appreciation to the Kingdom", "voiced concern and regret
        # over": two coordinated reporting nouns share the owner, the verb and the content.
        first = j - 1
        j -= 2
    # "conveyed Japan's serious concern over ...", "expressed his deep appreciation": an
    # adjective of degree between the owner and the noun belongs to the cue.
    if u.low(j) in _CUE_ADJECTIVES and u.outside(j):
        first = j
        j -= 1
    det = u.low(j) in DETERMINERS and u.low(j) not in {"that", "this", "these", "those"}
    poss = u.low(j) in POSSESSIVES
    clitic = u.low(j) in {"’s", "'s"} and j - 1 >= 0 and (u.toks[j - 1][_CAP] or _office_word(u.low(j - 1)))
    if first < i and not (det or poss or clitic) and u.low(j) not in LIGHT_VERBS:
        return None
    k = j - 1 if det or poss else j
    light = u.outside(k) and u.low(k) in LIGHT_VERBS
    if info is None and not light:
        return None
    if low in _ASIDE_NOUNS and u.low(j) in {"a", "an"} and _after_comma(u, j):
        return None  # "..., a claim that analysts questioned": the reporter's aside, no cue
    if low == "bid" and u.low(j) == "a" and u.low(j - 1) == "in" and u.outside(j - 1):
        return None  # "raised tariffs in a bid to cut costs": a purpose, no one's proposal
    if low in _MANDATE_NOUNS and u.low(j - 1) == "on" and _mandate(u, j):
        return None
    # The complement: "that ...", "to VP", "of SOURCE to VP", "about/over NP".
    p = i + 1
    nxt = u.low(p)
    if not u.outside(p) or (nxt not in takes and nxt not in {"of", "to", "by"}):
        return None
    if nxt == "for" and u.low(p + 1) in {"comment", "comments"}:
        return None  # "did not respond to a request for comment": no one said anything
    cue_end = i + 1
    src: _Range | None = None
    if nxt == "to" and "to" in takes and _to_np(u, p):
        # "invitation to Trump to visit": skip the recipient; "commitment to a ..." takes the NP.
        r = _recipient_end(u, p + 1)
        if r > p + 1 and u.low(r) == "to" and not _to_np(u, r):
            c_start = r
        elif light or info is None or nxt in takes:
            cue_end = p + 1
            c_start = p + 1
        else:
            return None
    elif nxt == "to":
        if "to" not in takes:
            return None
        c_start = p
    elif nxt == "of":
        k2 = p + 1
        while (
            k2 < u.n
            and k2 - p < _RECIPIENT_MAX
            and u.outside(k2)
            and u.toks[k2][_IS_WORD]
            and u.low(k2) != "to"
        ):
            k2 += 1
        if u.low(k2) == "to" and k2 > p + 1 and not _to_np(u, k2) and "to" in takes:
            src = (p + 1, k2)
            c_start = k2
        elif "of" in takes:
            cue_end = p + 1
            c_start = p + 1
        else:
            return None
    elif nxt == "that":
        c_start = p
    elif nxt == "by" and "by" not in takes:
        # "A pledge by Ruto to cut tariffs", "The claim by Abiy that ...": the owner follows.
        if light or not det:
            return None
        k2 = _by_owner_end(u, p + 1)
        if k2 == p + 1 or u.low(k2) not in takes or u.low(k2) not in {"to", "that"}:
            return None
        if u.low(k2) == "to" and _to_np(u, k2):
            return None
        src = (p + 1, k2)
        c_start = k2
    else:
        cue_end = p + 1
        c_start = p + 1
    if light:
        vg = _verb_group_start(u, k)
        if vg == k and _participle(u.low(k)) and u.low(k - 1) == "," and u.outside(k - 1):
            # "The Amir welcomed the delegation, expressing his hope that ...": the
            # participle shares the clause's subject, like a participle cue.
            return _Cand("chain", (vg, cue_end), chain=True, c_start=c_start, cut=k - 1)
        src = _source_left(u, vg)
        if src is None:
            return None
        cand = _Cand("pre", (vg, cue_end), src=src, c_start=c_start, cut=_strong_boundary(u, src[0]))
        if cue_end == p + 1 and nxt in PREPOSITIONS:
            cand.limit = _coordinated_verb(u, c_start)
        return cand
    if clitic:
        s = j - 1
        while s - 1 >= 0 and u.toks[s - 1][_CAP] and u.outside(s - 1) and u.toks[s - 1][_IS_WORD]:
            s -= 1
        if not u.toks[j - 1][_CAP]:
            # "The Japanese minister's remark that ...": an office, with its article.
            if s == j - 1 or u.low(s) not in {"the", "a"}:
                s = s - 1 if s - 1 >= 0 and u.low(s - 1) == "the" and u.outside(s - 1) else s
            if u.low(s) not in {"the", "a"}:
                return None
        return _Cand("noun", (j, cue_end), src=(s, j), c_start=c_start, stop="noun")
    if poss:
        return _Cand("noun", (first, cue_end), src=(j, first), c_start=c_start, stop="noun")
    if det and low == "view" and u.low(j) == "the" and u.low(j - 1) == "of" and u.outside(j - 1):
        # "Aliyev was (also) of the view that ...": the subject holds the view, as in
        # "expressed the view that".
        vg = _verb_group_start(u, j - 1)
        held = _source_left(u, vg) if any(u.low(x) in _BE_FINITE for x in range(vg, j - 1)) else None
        if held is not None:
            return _Cand("pre", (vg, cue_end), src=held, c_start=c_start, cut=_strong_boundary(u, held[0]))
    if det:
        return _Cand("noun", (j, cue_end), src=src, c_start=c_start, stop="noun")
    return None


_BE_FINITE = frozenset({"was", "is", "were", "are"})


def _by_owner_end(u: _Unit, k: int) -> int:
    """
    The end of a noun cue's owner after "by" at *k* - 1: "by Ruto", "by the Kenyan president".

    Names and titles only, a few words at most; *k* itself when there is none.
    """
    start = k
    while k < u.n and k - start < _NAME_MAX:
        t = u.toks[k]
        if t[_Q] >= 0 or not t[_IS_WORD]:
            break
        if not (t[_CAP] or _title_word(t[_LOW]) or (k == start and t[_LOW] == "the")):
            break
        k += 1
    return k if k > start and u.toks[k - 1][_LOW] != "the" else start


#: The nouns of a mandate won at the polls: "elected on a pledge to", "ran on a promise to".
_MANDATE_NOUNS = frozenset({"pledge", "promise", "vow", "commitment", "pledges", "promises"})

#: The verbs (or their last word) that a mandate follows: "was elected on", "swept to power on".
_MANDATE_VERBS = frozenset(
    {
        "elected",
        "re-elected",
        "reelected",
        "campaigned",
        "campaigning",
        "ran",
        "running",
        "won",
        "power",
        "office",
        "landslide",
        "victory",
        "election",
        "vote",
        "ticket",
        "platform",
    }
)


def _mandate(u: _Unit, j: int) -> bool:
    """
    Whether the noun cue after *j* names a mandate ("on" at *j* - 1): background, no statement.

    "Lee, who was elected on a pledge to improve ties", "Sheinbaum, who campaigned on a
    promise to cut violence", "swept to power on his vow to end the war": the promise was
    made to voters long before, and the story tells no one saying it. "a/an" after "on"
    is enough ("delivered on its pledge to" still reports the owner's pledge); after a
    possessive the verb before "on" must be one of an election.
    """
    if not u.outside(j - 1):
        return False
    if u.low(j) in {"a", "an"}:
        return True
    return u.low(j) in POSSESSIVES and u.low(j - 2) in _MANDATE_VERBS


def _coordinated_verb(u: _Unit, start: int) -> int | None:
    """
    Where ", and VERBED" after a noun cue's phrase content starts a second verb phrase.

    "expressed his thanks to the Kingdom for its support, and conveyed an invitation ...":
    the content after "thanks to" is a noun phrase, so a past-tense verb after "and" goes
    on with the subject, not with the content.
    """
    k = u.next_comma(start)
    while k + 2 < u.n:
        if u.toks[k][_TEXT] == "," and u.low(k + 1) in {"and", "but"} and u.outside(k + 1):
            verb = u.toks[k + 2]
            if not verb[_CAP] and (verb[_LOW] in IRREGULAR_PAST or _past_form(verb[_LOW])):
                return k
        k = u.next_comma(k + 1)
    return None


def _adjective(u: _Unit, i: int) -> _Cand | None:
    preps = ADJECTIVE_CUES[u.low(i)]
    nxt = u.low(i + 1)
    if nxt not in preps or not u.outside(i + 1):
        return None
    j = i - 1
    while j >= 0 and (
        u.low(j) in VG_ADVERBS or u.low(j) in NEGATIONS or u.low(j) in {"very", "more", "most"}
    ):
        j -= 1
    if u.low(j) not in _BE:
        return None
    vg = _verb_group_start(u, j + 1)
    vg = min(vg, j)
    vg = _verb_group_start(u, vg) if vg > 0 else vg
    src = _source_left(u, vg)
    if src is None:
        return None
    if nxt in {"that", "to"}:
        return _Cand("pre", (vg, i + 1), src=src, c_start=i + 1, cut=_strong_boundary(u, src[0]))
    return _Cand("pre", (vg, i + 2), src=src, c_start=i + 2, cut=_strong_boundary(u, src[0]))


# --------------------------------------------------------------------------------------
# Acceptance: outermost attributions only, contents bounded by their neighbours
# --------------------------------------------------------------------------------------


class _Claims:
    """Accepted content ranges of a unit, kept sorted for "is this inside?" lookups."""

    def __init__(self) -> None:
        self.ranges: list[_Range] = []

    def add(self, r: _Range) -> None:
        if r[1] > r[0]:
            bisect.insort(self.ranges, r)

    def inside(self, i: int) -> bool:
        if not self.ranges:
            return False  # nothing accepted yet (the first candidate of every unit)
        k = bisect.bisect_right(self.ranges, (i, 1 << 62)) - 1
        # Ranges may nest after truncation; look back a few for a covering one.
        for x in range(k, max(-1, k - 4), -1):
            lo, hi = self.ranges[x]
            if lo <= i < hi:
                return True
        return False

    def next_start(self, i: int) -> int | None:
        k = bisect.bisect_right(self.ranges, (i, 1 << 62))
        return self.ranges[k][0] if k < len(self.ranges) else None


def _trim(u: _Unit, lo: int, hi: int) -> _Range:
    """Drop punctuation, conjunctions and final periods outside quotations at both ends."""
    while lo < hi:
        t = u.toks[lo]
        if t[_Q] < 0 and (t[_TEXT] in {",", ":", ";"} or t[_TEXT] in _DASHES):
            lo += 1
            continue
        if lo == 0 and t[_TEXT] in _BULLETS:
            lo += 1  # "* The two countries commit to ...": a fact-box bullet is no content
            continue
        break
    while hi > lo:
        t = u.toks[hi - 1]
        if t[_Q] >= 0:
            break
        if not t[_IS_WORD] and t[_TEXT] not in {"%", "$", ")", "]"}:
            hi -= 1
            continue
        if t[_LOW] in CONJUNCTIONS or t[_LOW] == "while":
            hi -= 1
            continue
        break
    return lo, hi


def _headline_suffix(u: _Unit) -> int:
    """
    Where a wire headline's attribution suffix starts: "... after Modi-Xi talks -sources".

    Reuters ends headlines with " -sources", " -report" or " -minister": a dash after a
    space, glued to one last lower-case word. It names who says the headline, so it is
    not part of any content. Otherwise ``u.n``.
    """
    n = u.n
    if n < _SHORT:
        return n
    dash, word = u.toks[n - 2], u.toks[n - 1]
    before = u.toks[n - 3]
    if (
        dash[_TEXT] in {"-", "‐"}
        and dash[_START] > before[_END]
        and word[_START] == dash[_END]
        and word[_IS_WORD]
        and not word[_CAP]
    ):
        return n - 2
    # " - State Dept", " - ministers", " – Kremlin": the dash set off by spaces, then one to
    # three words without a verb.
    for d in range(max(1, n - 4), n - 1):
        t = u.toks[d]
        if (
            t[_TEXT] in {"-", "‐", "–", "—"}
            and t[_Q] < 0
            and t[_START] > u.toks[d - 1][_END]
            and u.toks[d + 1][_START] > t[_END]
            and u.low(d + 1) not in _NOT_RECIPIENT
            and u.low(d + 1) not in DETERMINERS
            and all(
                x[_IS_WORD] and x[_Q] < 0 and (x[_CAP] or verb_cue(x[_LOW]) is None)
                for x in u.toks[d + 1 : n]
            )
        ):
            return d
    return n


def _open_end(u: _Unit, cand: _Cand, claims: _Claims, cuts: list[int]) -> int:
    start = cand.c_start
    assert start is not None  # noqa: S101 (callers check)
    end = u.n
    end = min(end, u.next_breaker(start))
    if cand.limit is not None:
        end = min(end, cand.limit)
    if cand.stop == "noun":
        end = min(end, u.next_comma(start))
        probe = start + 2
        if probe < u.n:
            end = min(end, u.next_infer(probe))
        if u.low(start) == "that":
            end = _clause_then_verb(u, start, end)
        elif u.low(start) == "to" and _subject_cue(u, cand):
            # "A pledge by Ruto to cut tariffs drew praise": the infinitive's verb is the
            # content's; a finite one after it is the sentence's.
            end = _clause_then_verb(u, start, end, seen=True)
        else:
            for x in range(start + 1, end):
                low = u.low(x)
                if not u.outside(x) or low in RELATIVE_PRONOUNS or low == "that":
                    break
                if low in _BE and low not in {"'s", "’s", "be", "been", "being"}:
                    # "Ruto's call for calm was echoed by Samia": the sentence's own verb.
                    end = x
                    break
    if u.headline:
        end = min(end, _headline_suffix(u))
    nxt = claims.next_start(cand.cue[0])
    if nxt is not None and nxt > start:
        end = min(end, nxt)
    if (
        end < u.n
        and u.toks[end][_TEXT] == ";"
        and any(u.low(x) == ":" and u.outside(x) for x in range(start, end))
    ):
        # "said the two sides had agreed to: cut tariffs; open consulates; and ...": after a
        # colon, semicolons separate the items of one list.
        stop = end
        while stop < u.n and not (u.toks[stop][_TEXT] in {".", "!", "?"} and u.outside(stop)):
            stop += 1
        end = stop if cand.limit is None else min(stop, cand.limit)
    k = bisect.bisect_right(cuts, start)
    if k < len(cuts):
        end = min(end, cuts[k])
    for c in u.closes:
        if start < c < end - 2 and _speech_adjunct(u, c + 1):
            # 'called the deal “a surrender” in a post on social media': where the words
            # were said, after the quotation, belongs to the cue's circumstances.
            return c + 1
    return end


#: Finite verbs that open a verb group whatever precedes them.
_GROUP_OPENERS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
     "should", "must", "did", "does"}
)  # fmt: skip


#: Irregular past forms common in a reported clause, beyond `IRREGULAR_PAST`.
_CLAUSE_PAST = frozenset(
    {"bore", "knew", "meant", "felt", "grew", "became", "paid", "spent", "built", "sold", "got", "lay",
     "wanted", "said", "told", "thought", "understood", "did", "wrote", "seemed", "appeared"}
)  # fmt: skip


def _subject_cue(u: _Unit, cand: _Cand) -> bool:
    """Whether the noun cue's phrase (owner included) opens its clause: the sentence's subject."""
    head = cand.cue[0] if cand.src is None else min(cand.cue[0], cand.src[0])
    return head == 0 or (u.outside(head - 1) and u.low(head - 1) in {",", "but", "and"})


def _clause_then_verb(u: _Unit, start: int, end: int, *, seen: bool = False) -> int:
    """
    Where the sentence's own verb follows a noun cue's "that" clause, or *end*.

    "Abiy's remarks that Ethiopia needed a port drew criticism", "The claim that the talks
    had stalled was denied": the clause's first finite verb is its own ("needed", "had
    stalled"); a second one after a noun ("drew", "was") is the verb of the sentence whose
    subject the noun cue is. A verb after a conjunction is joined to the clause ("had lost its
    coast and needed a port"); a subordinator opens another clause ("... needed a port
    because talks stalled"), and the search stops there. After an infinitive (*seen*) the
    first finite verb is already the sentence's.
    """
    for x in range(start + 1, end):
        t = u.toks[x]
        low = t[_LOW]
        if t[_Q] >= 0 or low in SUBORDINATORS:
            return end
        if low in CONJUNCTIONS:
            seen = False  # "... had lost its coast and needed a port": the joined verb is the clause's
            continue
        if t[_CAP] or not t[_IS_WORD]:
            continue
        if low in _GROUP_OPENERS or (
            # "prisoners held by Ethiopia": a participle with its agent, no finite verb.
            (low in IRREGULAR_PAST or low in _CLAUSE_PAST or _past_form(low))
            and _finite(u, x)
            and u.low(x + 1) != "by"
        ):
            before = u.low(x - 1)
            if not seen:
                seen = True
            elif not (
                before in AUXILIARIES
                or before in NEGATIONS
                or before in VG_ADVERBS
                or before.endswith("ly")
                or before in CONJUNCTIONS
                or before in _CLAUSE_PAST
                or before in {"to", ","}
            ):
                return x
    return end


_SPEECH_VENUES = frozenset(
    {"post", "posting", "interview", "statement", "speech", "address", "letter", "message", "tweet",
     "video", "op-ed", "column", "briefing", "broadcast", "remarks", "commentary", "editorial"}
)  # fmt: skip


def _speech_adjunct(u: _Unit, k: int) -> bool:
    """Whether "in a post ...", "in an interview ...", "on X", "on social media" starts at *k*."""
    if not u.outside(k):
        return False
    low = u.low(k)
    if low == "in":
        nxt = u.low(k + 1)
        if nxt in _SPEECH_VENUES:
            return True  # "in remarks to reporters"
        j = k + 2 if nxt in {"a", "an", "his", "her", "its", "their", "the"} else k + 1
        if u.low(j) in {"televised", "written", "joint", "separate", "brief", "radio", "television"}:
            j += 1
        return j > k + 1 and u.low(j) in _SPEECH_VENUES
    if low == "on":
        nxt = u.low(k + 1)
        return nxt in _PLATFORMS or (nxt == "social" and u.low(k + 2) == "media")
    if low == "at" and u.low(k + 1) in {"a", "an", "the", "his", "her", "its", "their"}:
        # 'described the call as “productive” at the department's regular briefing': where
        # it was said, up to the venue noun a few words on.
        for j in range(k + 2, min(u.n, k + 2 + _SHORT + 1)):
            t = u.toks[j]
            if t[_Q] >= 0 or (not t[_IS_WORD] and t[_LOW] not in {"'s", "’s"}):
                return False
            if t[_LOW] in _SPEECH_VENUES or t[_LOW] in _VENUE_EVENTS:
                return True
    return False


# Events at which something is said: "at a news conference", "at the summit".
_VENUE_EVENTS = frozenset(
    {"conference", "briefing", "summit", "forum", "rally", "ceremony", "session", "hearing"}
)


def _accept(u: _Unit, cands: list[_Cand]) -> list[_Cand]:
    if not cands:
        return []  # a quarter of the units: nothing to set up
    claims = _Claims()
    accepted: list[_Cand] = []
    last_cue = 0
    cuts = sorted({c.cut for c in cands if c.cut is not None})
    posts = [c for c in cands if c.frame == "post" and c.post_end is not None]
    if len(posts) > 1:
        posts = _outermost_tags(u, posts)
    refusals: list[int] | None = None
    for cand in posts:
        post_end = cand.post_end
        if post_end is None or claims.inside(cand.cue[0]) or _appositive_participle(u, cand, posts):
            continue
        if cand.c_start is None and u.low(post_end) == ";" and u.outside(post_end):
            # "Ruto argued that the debt was sustainable; critics disagree.": a new clause
            # after the semicolon, whose verb takes no content from the clause before.
            continue
        floor = max(_content_floor(u, post_end), last_cue)
        if 0 < last_cue == floor and cand.c_start is None:
            # '“...,” Pezeshkian told reporters after the talks, according to IRNA.': what
            # follows the tag's verb is its audience and occasion, no content of the next tag.
            continue
        lo, hi = _trim(u, floor, post_end)
        if (
            lo == 0
            and cand.c_start is None
            and u.low(0) in _SUBORDINATE_OPENERS
            and u.low(0) not in _CONDITIONS
        ):
            # "When Ruto said the deal was done, officials applauded.": a fronted time
            # clause is no content of the main clause's verb.
            continue
        if hi - lo >= _MIN_CONTENT:
            cand.content = [(lo, hi)]
        elif cand.c_start is None:
            continue
        elif all(u.low(x) in _LEADING_JUNK for x in range(lo, hi)):
            # "Still, Kurmashev said, the war had changed ...": a sentence adverb before the
            # tag is no content; the clause resumed after it is.
            cand.content = []
        else:
            # "Serbia, Vucic noted, is grateful ...", "Schoof, according to the readout,
            # told ...": a one-word subject before a tag the clause resumes after.
            cand.content = [(lo, hi)]
        if cand.tail is not None:
            cand.content.append(cand.tail)
        if cand.c_start is not None:  # "X, according to officials, is Y"
            # A refusal at the comma it resumes after ("..., the statement said, but it
            # gave no details") leaves nothing to resume; a coordinated cue ("..., the
            # office said, and discussed ...") goes on with the resumed content.
            if refusals is None:
                refusals = sorted(c.cut for c in cands if c.frame == "cut" and c.cut is not None)
            k = bisect.bisect_left(refusals, cand.c_start - 1)
            stop = min(u.next_breaker(cand.c_start), refusals[k] if k < len(refusals) else u.n)
            if cand.content and cand.content[0][1] - cand.content[0][0] == 1:
                # "The port, which, officials say, will open in 2027, cost ...": the resumed
                # relative clause ends at its closing comma, before the main verb.
                close = _relative_clause_end(u, cand.content[0], cand.c_start)
                if close is not None:
                    stop = min(stop, close)
            r = _trim(u, cand.c_start, stop)
            if r[1] > r[0]:
                cand.content.append(r)
        if not cand.content:
            continue
        for r in cand.content:
            claims.add(r)
        accepted.append(cand)
        last_cue = max(last_cue, cand.cue[1])
    for cand in cands:
        if cand.frame == "post":
            continue
        if claims.inside(cand.cue[0]) or (cand.src is not None and claims.inside(cand.src[0])):
            continue
        parts: list[_Range] = []
        if cand.left is not None:
            parts.append(cand.left)
        if cand.c_start is not None and cand.c_start < u.n:
            end = _open_end(u, cand, claims, cuts)
            r = _trim(u, cand.c_start, end)
            if r[1] > r[0]:
                parts.append(r)
                resume = (
                    _resume_after_aside(u, end) if end < u.n and u.toks[end][_TEXT] in _ASIDE_MARKS else None
                )
                if resume is not None:
                    # "said the chain was Japanese territory — a position China rejects — and
                    # that Tokyo would defend it": the reported clause goes on after the aside.
                    k = bisect.bisect_right(cuts, resume)
                    stop = min(u.next_breaker(resume + 1), cuts[k] if k < len(cuts) else u.n)
                    more = _trim(u, resume, stop)
                    if more[1] - more[0] > _MIN_CONTENT:
                        parts.append(more)
        if cand.frame == "reduced" and cand.left is not None:
            parts = [cand.left]
        if not parts:
            continue
        if any(claims.inside(lo) for lo, _ in parts):
            continue
        if len(parts) == 1 and all(u.low(x) in _BARE_ADVERBS for x in range(*parts[0])):
            continue  # "a line he repeated twice": an adverb is no content
        cand.content = parts
        for r in parts:
            claims.add(r)
        accepted.append(cand)
    accepted.sort(key=lambda c: c.cue[0])
    _share_sources(u, accepted)
    return accepted


def _outermost_tags(u: _Unit, posts: list[_Cand]) -> list[_Cand]:
    """
    Drop a tag that "according to" right after it attributes in turn.

    '“...,” Putin said, according to his spokesperson.': only the outermost attribution
    is annotated (PolNeAR, the dev set's "according to Xinhua"), so the quotation and
    "Putin said" are the content of "according to", as in the unquoted "Putin said the
    talks were useful, according to his spokesperson". Only the tag's audience and
    occasion may stand between the two ("told reporters after the talks, according to");
    a second finite tag ('“...,” Putin said, his office said.') is outermost in the same way.
    """
    out: list[_Cand] = []
    for cand in posts:
        inner = out[-1] if out else None
        if (
            inner is not None
            and cand.c_start is None
            and inner.tail is None
            and inner.cue[1] <= cand.cue[0]
            and (
                # '“...,” Putin said, his office said.': the second tag's source opens
                # where the first tag would resume its content.
                (
                    inner.c_start is not None
                    and cand.src is not None
                    and cand.src[0] == inner.c_start
                    and inner.src is not None
                    and inner.src[0] == inner.post_end
                    and u.toks[inner.post_end - 1][_MARK] == _CLOSE
                )
                or (
                    u.low(cand.cue[0]) == "according"
                    # "..., according to a translation by state TV": the same words
                    # rendered, not a second source; the speaker stays the quoted one.
                    and not (cand.src is not None and any(u.low(k) in _RENDERINGS for k in range(*cand.src)))
                    and all(
                        u.toks[k][_Q] < 0 and u.toks[k][_TEXT] not in _HARD_STOPS
                        for k in range(inner.cue[1], cand.cue[0])
                    )
                )
            )
        ):
            out[-1] = cand
            continue
        out.append(cand)
    return out


#: What renders a speaker's own words, no source of its own: "according to a transcript".
_RENDERINGS = frozenset(
    {"translation", "transcript", "interpreter", "interpretation", "recording", "video", "footage", "audio"}
)

#: Marks that can open the reporter's aside after a content (see `_resume_after_aside`).
_ASIDE_MARKS = frozenset({","}) | _DASHES


def _resume_after_aside(u: _Unit, end: int) -> int | None:
    """
    Where a reported clause resumes after the reporter's aside that ended a content at *end*.

    "— a position China rejects — and that Tokyo would ...", ", a claim Beijing disputes,
    and that ...": the aside closes with the mark that opened it, then "and/but that".
    """
    if end + 2 >= u.n or not u.outside(end):
        return None
    mark = u.toks[end][_TEXT]
    if mark == ",":
        if u.low(end + 1) not in {"a", "an"} or not u.reporter_aside(end + 2):
            return None
    elif mark not in _DASHES or not u.has_dash:
        return None
    for k in range(end + 2, min(u.n - 2, end + _WINDOW)):
        t = u.toks[k]
        if t[_Q] >= 0 or t[_TEXT] in _HARD_STOPS or t[_TEXT] in {";", ":"}:
            return None
        if t[_TEXT] == mark or (mark in _DASHES and t[_TEXT] in _DASHES):
            if u.low(k + 1) in {"and", "but"} and u.low(k + 2) == "that" and u.outside(k + 2):
                return k + 1
            return None
        if t[_TEXT] == "," or t[_TEXT] in _DASHES:
            return None
    return None


def _appositive_participle(u: _Unit, cand: _Cand, posts: list[_Cand]) -> bool:
    """
    Whether the "post" candidate *cand* is a participle modifying an appositive.

    "..., the corridor, a trade route announced at the G20 summit last year, spokesperson
    Matthew Miller said": "a trade route announced" is no source and cue but a noun with its
    reduced relative clause, inside the content of the "..., X said" that follows it.
    """
    src = cand.src
    if src is None or u.low(cand.cue[0]) not in REDUCED_PASSIVES or u.low(src[0]) not in {"a", "an"}:
        return False
    if u.low(src[1] - 1) in TITLE_WORDS or any(u.toks[k][_CAP] for k in range(src[0], src[1])):
        return False  # "a spokesman announced on Monday, state media reported": a speaker
    return any(
        later.cue[0] > cand.cue[1] and later.post_end is not None and later.post_end >= cand.cue[1]
        for later in posts
    )


def _share_sources(u: _Unit, accepted: list[_Cand]) -> None:
    """Chained cues take the source of the statement before them, else the one after."""
    after: list[_Range | None] = [None] * (len(accepted) + 1)
    for idx in range(len(accepted) - 1, -1, -1):
        c = accepted[idx]
        after[idx] = c.src if c.src is not None and not c.chain else after[idx + 1]
    before: _Range | None = None
    # Where the clause an "according to X" vouches for opens, None if no such tag came last.
    opener: int | None = None
    for idx, cand in enumerate(accepted):
        if cand.chain:
            clause = (
                _leading_subject(u, cand.cue[0], start=opener)
                if opener is not None and opener < cand.cue[0]
                else None
            )
            cand.src = clause or before or after[idx + 1] or _leading_subject(u, cand.cue[0])
        elif cand.src is not None:
            before = cand.src
            # "According to the Qatar News Agency, the emir stressed ... and told his guest
            # that ...", "The emir stressed ..., according to QNA, and told ...": the second
            # verb is the emir's, not the agency's.
            opener = None
            if u.low(cand.cue[0]) == "according" and u.outside(cand.src[1]):
                if cand.cue[0] == 0 and u.low(cand.src[1]) == ",":
                    opener = cand.src[1] + 1
                elif cand.frame == "post":
                    opener = 0


def _joins_names(u: _Unit, k: int) -> bool:
    """Whether the "and" at *k* joins two names: "Xi Jinping and Brazilian President Lula met ..."."""
    before, after = u.tok(k - 1), u.tok(k + 1)
    if u.low(k) != "and" or before is None or after is None or not before[_CAP]:
        return False
    if after[_CAP]:
        return True
    if after[_LOW] not in {"his", "her", "their"} or not u.outside(k + 1):
        return False
    # "Milei and his Uruguayan counterpart(, Yamandú Orsi,) met ... and agreed", "Ruto and
    # his foreign minister": an office of the first name's owner, its demonym before it.
    j = k + 2
    while j < k + _SHORT + 1 and u.outside(j) and u.toks[j][_CAP]:
        j += 1
    while j < k + _SHORT + 1 and u.outside(j) and _title_word(u.low(j)):
        if u.low(j) in {"counterpart", "counterparts"} or _office_word(u.low(j)):
            return True
        j += 1
    return False


def _leading_subject(u: _Unit, limit: int, *, start: int = 0) -> _Range | None:
    """
    The subject opening the unit ("The organization, led by ..., concluded ... and called on").

    With *start*, the subject of the clause opening there (after a fronted tag).
    """
    s0 = start
    first = u.low(start)
    if (
        start == 0
        and (first in PREPOSITIONS or first in _LEADING_JUNK or first in TIME_WORDS)
        and u.outside(0)
    ):
        # "For his part, Modi expressed ... and said", "Later in the day, Modi met ...,
        # expressing ...": a fronted adverbial is no subject.
        comma = u.first_comma
        if comma is None or comma >= min(limit, _TAG_SOURCE_MAX):
            return None
        s0 = comma + 1
    elif start == 0 and (question := _question_end(u)) and question < limit:
        # "Asked whether he would apologize, Milei smiled and said ...": the question put to
        # the speaker is no subject; the answer's subject follows its comma.
        s0 = question + 1
    k = s0
    while k < limit and k < u.n and k - s0 < _SOURCE_MAX:
        t = u.toks[k]
        if k > s0 and t[_LOW] in {"'s", "\u2019s"} and t[_Q] < 0:
            k += 1  # "Indonesia's Foreign Ministry ... issued a clarification, saying"
            continue
        if t[_Q] >= 0 or not t[_IS_WORD]:
            break
        if (
            k > s0
            and not t[_CAP]
            and (
                t[_LOW] in AUXILIARIES
                or _past_form(t[_LOW])
                or t[_LOW] in IRREGULAR_PAST
                or verb_cue(t[_LOW]) is not None
                or (t[_LOW] in CLAUSE_WORDS and not _joins_names(u, k))
                # "S Jaishankar on Friday held talks ... and discussed", "Iwaya also met ...
                # and invited": an adverbial between the subject and its verb is no part of it.
                or (
                    t[_LOW] in {"on", "last", "earlier", "late", "early"}
                    and u.low(k + 1) in _WEEKDAYS_AND_TIMES
                )
                or t[_LOW] in VG_ADVERBS
            )
        ):
            break
        k += 1
    while k > s0 + 1 and u.low(k - 1) in VG_ADVERBS and not u.toks[k - 1][_CAP]:
        k -= 1  # "The two leaders also exchanged views ..., stressing": the adverb is the verb's
    if k == s0:
        return None
    stop = u.tok(k)
    if stop is not None and stop[_TEXT] == "," and stop[_Q] < 0:
        j = k + 1
        while j < limit and j - k < _ACCORDING_MAX and not (u.toks[j][_TEXT] == "," and u.toks[j][_Q] < 0):
            j += 1
        nxt = u.tok(j + 1)
        if (
            j < limit
            and nxt is not None
            and not nxt[_CAP]
            # "Prabowo, who arrived on Sunday, met ... and pledged": a relative clause is no
            # appositive of the subject.
            and u.low(k + 1) not in RELATIVE_PRONOUNS
            # "... and his Uruguayan counterpart, Yamandú Orsi, met": an irregular past too.
            and (_past_form(nxt[_LOW]) or nxt[_LOW] in IRREGULAR_PAST or verb_cue(nxt[_LOW]))
        ):
            return s0, j + 1
    return s0, k


# --------------------------------------------------------------------------------------
# The stage
# --------------------------------------------------------------------------------------


def _pure_quote_from(u: _Unit, k: int) -> bool:
    """Whether the quotation opening at *k* runs to the end of the unit."""
    return not any(t[_IS_WORD] for t in u.toks[_quote_end(u, k) :])


def _dash_signature(u: _Unit) -> _Cand | None:
    """
    A quotation signed after a dash ("“The talks were useful” — Putin.").

    The whole unit is the quotation, a dash and one to three capitalised words; the stage
    keeps it only when the words resolve to a person (an outlet's credit "— Reuters" does not).
    """
    if not u.toks or u.toks[0][_MARK] != _OPEN or not u.has_dash:
        return None
    e = _quote_end(u, 0)
    if e >= u.n - 1 or u.toks[e][_TEXT] not in _DASHES or u.toks[e][_Q] >= 0:
        return None
    k = e + 1
    while k < u.n and k - e <= _SHORT and u.toks[k][_IS_WORD] and u.toks[k][_CAP] and u.toks[k][_Q] < 0:
        k += 1
    if k == e + 1 or any(t[_IS_WORD] or t[_Q] >= 0 for t in u.toks[k:]):
        return None
    return _Cand("colon", (e, e + 1), src=(e + 1, k), content=[(0, e)])


def _pure_quote(u: _Unit) -> _Range | None:
    """The quotation that makes up the whole unit, if it does ("“We saw what happened ...”")."""
    if not u.toks or u.toks[0][_MARK] != _OPEN:
        return None
    q = u.toks[0][_Q]
    end = 0
    while end < u.n and u.toks[end][_Q] == q:
        end += 1
    rest = u.toks[end:]
    if any(t[_IS_WORD] for t in rest):
        return None
    return 0, end


_BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "▪"})


def _ends_in_colon(u: _Unit, cand: _Cand) -> bool:
    """Whether *cand*'s content runs to a colon ending the unit ("... they had agreed to:")."""
    if not cand.content or u.n < _MIN_CONTENT:
        return False
    last = u.toks[-1]
    return last[_TEXT] == ":" and last[_Q] < 0 and cand.content[-1][1] >= u.n - 1


def _list_item(u: _Unit) -> _Range | None:
    """The words of a unit that is a bulleted list item ("- share intelligence on ...;"), if it is one."""
    if u.n < _MIN_CONTENT + 1 or u.toks[0][_TEXT] not in _BULLETS or u.toks[0][_Q] >= 0:
        return None
    lo, hi = _trim(u, 1, u.n)
    return (lo, hi) if hi - lo >= _MIN_CONTENT else None


def _span(u: _Unit, r: _Range) -> Span:
    return Span(start=u.toks[r[0]][_START], end=u.toks[r[1] - 1][_END])


def _mode(u: _Unit, parts: list[tuple[_Unit, _Range]]) -> SpeechMode:
    del u
    if not any(unit.quoted for unit, _ in parts):
        return _INDIRECT_MODE  # no quoted word: the count below would find none inside
    inside = outside = 0
    for unit, (lo, hi) in parts:
        for t in unit.toks[lo:hi]:
            if not t[_IS_WORD]:
                continue
            if t[_Q] >= 0:
                inside += 1
            else:
                outside += 1
    if inside and not outside:
        return _DIRECT_MODE
    if inside:
        return _MIXED_MODE
    return _INDIRECT_MODE


def _merge(parts: list[tuple[_Unit, _Range]]) -> tuple[Span, ...]:
    """The text spans of the token ranges *parts*, sorted, with overlapping ones merged."""
    # Offsets are merged as plain integers and a `Span` (whose validators make it costly to
    # build) is made only for each merged result; most contents are one range.
    if len(parts) == 1:
        unit, (lo, hi) = parts[0]
        return (Span(start=unit.toks[lo][_START], end=unit.toks[hi - 1][_END]),) if hi > lo else ()
    offsets = sorted((unit.toks[lo][_START], unit.toks[hi - 1][_END]) for unit, (lo, hi) in parts if hi > lo)
    out: list[list[int]] = []
    for start, end in offsets:
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return tuple(Span(start=start, end=end) for start, end in out)


def _speaker_not_named(
    doc: Document,
    speakers: tuple[str, ...],
    content: tuple[Span, ...],
    kinds: dict[str, ActorKind],
    *,
    tag_from: int | None = None,
) -> tuple[str, ...]:
    """
    The speaker of "“...,” he said." when the pronoun went to a person the quotation names.

    "Grigoriadis told VOA ... “Neither Mitsotakis nor Erdogan wants to be seen ...,” he
    said.": the pronoun was resolved to the person named inside the quotation, but a
    speaker rarely names himself; the previous statement's single speaker, nearby and not
    named in the quotation, is the one who goes on talking.

    A closing tag (*tag_from*: the start of its sentence) right after the previous
    statement, with nothing but punctuation between, goes on with that speaker too: "For
    his part, Nurtleu said that ... . Kazakhstan appreciates ..., he said." (the pronoun
    went to the person "his" named).
    """
    if not doc.statements:
        return speakers
    last = doc.statements[-1]
    # The cheap tests first: most tags go on with the previous speaker anyway.
    if (
        len(last.speakers) != 1
        or last.speakers == speakers
        or kinds.get(last.speakers[0]) is not _PERSON_KIND
        or content[0].start - max(s.end for s in last.content) > _IT_REACH
    ):
        return speakers
    named = {a for span in content for a in actors_in(doc, span, _NAMING)}
    if last.speakers[0] in named:
        return speakers
    if speakers[0] in named:
        return last.speakers
    if tag_from is None or kinds.get(speakers[0]) is not _PERSON_KIND:
        return speakers
    end = max(s.end for s in last.content)
    if last.cue is not None:
        end = max(end, last.cue.end)
    if end > tag_from or doc.text[end:tag_from].strip(_GAP_CHARS):
        return speakers
    return last.speakers


def _unknown_name_before(
    doc: Document, pronoun: Span, speakers: tuple[str, ...], names: dict[str, str]
) -> bool:
    """
    Whether "he"/"she" at *pronoun* follows a statement by a name no actor was made for.

    '“...,” Ekpo said at a conference.' then 'He said the first phase could be completed
    by 2029.': the entity stage knew no "Ekpo", so the pronoun went to a person named
    earlier. The last speaker named is the likelier one; no speaker is better than the
    wrong one (claims take their claimant from it).
    """
    if not doc.statements:
        return False
    last = doc.statements[-1]
    mention = last.speaker_mention
    if last.speakers or mention is None or pronoun.start - mention.end > _IT_REACH:
        return False
    words = doc.text[mention.start : mention.end].split()
    if not 0 < len(words) <= _SHORT - 1 or not all(w[:1].isupper() for w in words):
        return False
    # The pronoun's person may be the one named after all ("Ngozi Okonjo-Iweala" then
    # "Okonjo-Iweala said"): any shared word keeps the resolution.
    named = {w.casefold() for w in words}
    if not names:
        names.update((a.id, a.name) for a in doc.actors)  # once per document (*names* is its cache)
    return not any(named & {w.casefold() for w in names.get(a, "").split()} for a in speakers)


def _turn_speaker(
    doc: Document, label: Span, kinds: dict[str, ActorKind], resolver: Resolver
) -> tuple[str, ...]:
    """The person a transcript label names, or () ("WASHINGTON:", "QUESTION:", "Q:")."""
    found = tuple(a for a in resolver(doc, label) if kinds.get(a) is _PERSON_KIND)
    return found or _labelled_person(doc, label, kinds)


def _interviewee(doc: Document, start: int, kinds: dict[str, ActorKind]) -> tuple[str, ...]:
    """
    The one person the paragraph before an interview's first question (at *start*) names.

    "After the meeting, Mirzoyan spoke with VOA's Armenian Service. The interview has been
    edited." gives Mirzoyan; () when that paragraph names no person or several ("Ruto met
    Tinubu on Monday." does not say who answers).
    """
    text = doc.text
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    opening = text.rfind("\n", 0, end) + 1
    people = {
        a
        for m in mentions_in(doc, Span(start=opening, end=end))
        for a in m.actors
        if kinds.get(a) is _PERSON_KIND
    }
    return (people.pop(),) if len(people) == 1 else ()


def _labelled_person(doc: Document, label: Span, kinds: dict[str, ActorKind]) -> tuple[str, ...]:
    """
    The one person of the article whose surname a transcript label gives ("MS. BRUCE").

    Labels are in capitals, which the entity stage does not read as names; the label's last
    word is matched, case-folded, against the words of each person's name ("LULA" names
    Luiz Inácio Lula da Silva).
    """
    words = doc.text[label.start : label.end].split()
    if not words:
        return ()
    last = words[-1].casefold()
    people = [
        a.id for a in doc.actors if kinds.get(a.id) is _PERSON_KIND and last in a.name.casefold().split()
    ]
    return (people[0],) if len(people) == 1 else ()


def _paragraph_end(paragraphs: list[Span] | None, start: int) -> int:
    """The end of the paragraph holding offset *start* (-1 when paragraphs are unknown)."""
    if not paragraphs:
        return -1
    k = bisect.bisect_right([p.start for p in paragraphs], start) - 1
    return paragraphs[k].end if k >= 0 and paragraphs[k].end > start else -1


def _final_name(doc: Document, source: Span, kinds: dict[str, ActorKind]) -> tuple[str, ...]:
    """
    The person named at the end of a source nothing else resolved: its head.

    "Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz Al
    Khulaifi told QNA": a long title the entity stage split into an institution and a
    name; the name closing the source phrase is who spoke.
    """
    text = doc.text
    end = source.end
    while end > source.start and text[end - 1] in " ,":
        end -= 1
    for m in reversed(mentions_in(doc, source)):
        if m.span.end == end and m.kind is _NAME_MENTION:
            people = [a for a in m.actors if kinds.get(a) is _PERSON_KIND]
            before = text[source.start : m.span.start].split()
            if len(people) != 1 or (before and before[-1].casefold() in PREPOSITIONS):
                return ()  # "A spokesperson for Boric": the name is no head of the phrase
            # The name must be the actor's own, not an alias the entity stage misread.
            last = text[m.span.start : m.span.end].split()[-1].casefold()
            names = {a.id: a.name for a in doc.actors if a.id == people[0]}
            return (people[0],) if last in names.get(people[0], "").casefold() else ()
    return ()


def _institution_before(doc: Document, it: Span, kinds: dict[str, ActorKind]) -> tuple[str, ...]:
    """
    The institution an "it" source continues: "..., the presidency said. It said in a statement ...".

    News refers back to a ministry, an office or a country that has just spoken as "it";
    the entity stage resolves pronouns to people only. The previous statement must end
    shortly before and be spoken by organizations or countries alone.
    """
    if not doc.statements:
        return ()
    last = doc.statements[-1]
    end = max(s.end for s in last.content)
    if not last.speakers or it.start - end > _IT_REACH or it.start < end:
        return ()
    if any(kinds.get(a) not in _INSTITUTIONS for a in last.speakers):
        return ()
    return last.speakers


#: A document referred back to: "the statement said", "the joint readout added".
# A subject that denies there is a speaker: "Not everyone welcomed the deal", "No one
# disputed the figures", "Nobody expects a breakthrough". The reporter sums up a reaction;
# there is no one whose words or beliefs are attributed.
_NO_SPEAKER = re.compile(
    r"(?:not\s+(?:every(?:one|body)|all|many)|no\s+one|nobody|none|no\s+[^\W\d]\w*)\b", re.IGNORECASE
)

_DOCUMENT_ANAPHOR = re.compile(
    r"the\s+(?:joint\s+|official\s+|ministry'?s\s+|ministry\u2019s\s+)?"
    r"(statement|readout|communiqu[e\u00e9]|declaration|release|report)",
    re.IGNORECASE,
)
#: How far (in characters) before an earlier source an adjunct may name its document.
_FRONTED_DOCUMENT = 80
#: The adjunct naming the document a source spoke in: "In a joint statement issued ...".
_IN_DOCUMENT = re.compile(
    r"\b[Ii]n\s+(?:a|an|the|its|their|his|her)\s+(?:joint\s+|written\s+|separate\s+)?"
    r"(statement|readout|communiqu[e\u00e9]|declaration|release|report)\b"
)
#: How many statements back "the statement" may refer to.
_DOCUMENT_REACH = 4


def _document_issuer(doc: Document, noun: str) -> tuple[str, ...]:
    """
    Who issued the document a "the statement said" source refers back to.

    "..., according to a statement issued by the Sri Lankan foreign ministry. ..., the
    statement said": of the last few statements, the latest whose source or cue names the
    same kind of document gives its speakers.
    """
    text = doc.text
    for earlier in reversed(doc.statements[-_DOCUMENT_REACH:]):
        if not earlier.speakers:
            continue
        spans = [x for x in (earlier.speaker_mention, earlier.cue) if x is not None]
        if any(noun in text[x.start : x.end].casefold() for x in spans):
            return earlier.speakers
        mention = earlier.speaker_mention
        if mention is None:
            continue
        before = text[max(0, mention.start - _FRONTED_DOCUMENT) : mention.start]
        if noun in before.casefold():
            # "In a joint statement issued after the talks, the two sides said ...": the
            # document is named in an "in" adjunct before the source, in the same sentence
            # ("Responding to a statement by Beijing, Tokyo said" names someone else's).
            found = [m.group(1).casefold() for m in _IN_DOCUMENT.finditer(before)]
            if found and found[-1] == noun and "." not in before[before.casefold().rindex(noun) :]:
                return earlier.speakers
    return ()


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _span_start(s: Span) -> int:
    return s.start


def _numbered(base: str, n: int) -> str:
    """
    The id `Document.new_id` would give the *n*-th item called *base* ("statement", "statement-2").

    Asking for it directly keeps allocation constant-time: asking for *base* every time
    makes `new_id` walk past every id already taken, quadratic in long inputs.
    """
    return base if n == 1 else f"{base}-{n}"


@attrs.frozen
class StatementStage:
    """
    Find statements (source, cue, content) in every sentence of the document.

    Args:
        resolver: Maps a source mention to actor ids; by default
            ``bilateral.text._coref.resolve_speaker`` (which reads the entity stage's mentions).
            It is asked once per source phrase of a document (statements sharing a source
            share its answer), so it must depend only on the document and the span.
    """

    resolver: Resolver | None = None

    @property
    def name(self) -> str:
        """The stage name, "statements"."""
        return "statements"

    def __call__(self, doc: Document) -> None:
        """Append the statements found in *doc* to ``doc.statements``."""
        resolver = self.resolver or resolve_speaker
        kinds = {a.id: a.kind for a in doc.actors}
        # Filled on first use: only a pronoun after an unresolved name needs the names.
        names: dict[str, str] = {}
        # Speakers per source phrase (start, end): statements sharing a source ("X said ...
        # and added ...") resolve it once; the entity stage's mentions do not change here.
        resolved: dict[tuple[int, int], tuple[str, ...]] = {}
        text = doc.text
        paragraphs = list(doc.article.paragraphs) if doc.article and doc.article.paragraphs else None
        title = doc.article.title if doc.article else None
        if paragraphs is not None and title is not None and not any(_overlap(p, title) for p in paragraphs):
            # The headline is a unit of its own: its quotations ("Putin says ready to meet
            # Trump 'at any time'") are read like the body's.
            paragraphs = sorted([*paragraphs, title], key=_span_start)
        quotes = QuoteIndex(find_quotes(text, paragraphs))
        # Where paragraphs open: only there can a capitalised name label an interview turn.
        paragraph_starts = {p.start for p in paragraphs} if paragraphs else set()
        found: list[tuple[_Unit, _Cand, list[tuple[_Unit, _Range]]]] = []
        previous: list[tuple[_Unit, _Cand, list[tuple[_Unit, _Range]]]] = []
        # Start and end offsets of the quotations, listed once for every unit's token walk.
        bounds = ([q.span.start for q in quotes.quotes], [q.span.end for q in quotes.quotes])
        title_start = title.start if title is not None else -1
        listing = False
        # End offset of the paragraph a transcript turn runs to (-1 outside one).
        turn_end = -1
        # The person answering an interview's "Q:" turns, found at the first question.
        interviewee: tuple[str, ...] | None = None
        for span in units(doc, quotes):
            u = _Unit(text, span, quotes, bounds)
            if span.start == title_start:
                u.headline = True
            if turn_end > span.start:
                # The rest of a transcript turn ("BIDEN: ... . We have a lot in common.")
                # goes on with the speaker's words (a reporter's question is skipped); a
                # new label ends it.
                if _transcript_label(u) is None:
                    if previous:
                        previous[-1][2].append((u, (0, u.n)))
                        previous = previous[-1:]
                    continue
                turn_end = -1
            label = _transcript_label(u) if u.n and u.toks[0][_TEXT].isupper() and not u.headline else None
            if (
                label is None
                and span.start in paragraph_starts
                and u.n
                and u.toks[0][_CAP]
                and not u.headline
            ):
                label = _transcript_label(u, titled=True)
            if label is not None and u.low(label.cue[0] - 1) in _QUESTIONERS:
                # "QUESTION: Did you discuss China?": the reporter asks; nothing is attributed.
                previous = []
                turn_end = _paragraph_end(paragraphs, span.start)
                if interviewee is None:
                    interviewee = _interviewee(doc, span.start, kinds)
                continue
            if label is not None and label.cue[0] == 1 and u.low(0) == "a" and interviewee:
                # "Q: ... / A: ...": an interview's answers are the words of the one person
                # the introduction named last before the first question.
                label.speakers = interviewee
            if label is not None and (
                label.speakers or _turn_speaker(doc, _span(u, (0, label.cue[0])), kinds, resolver)
            ):
                # The label's colon is the outermost cue: the turn is one statement.
                previous = [(u, label, [(u, (label.c_start or 0, u.n))])]
                found.extend(previous)
                turn_end = _paragraph_end(paragraphs, span.start)
                listing = False
                continue
            cands = _candidates(u)
            if u.headline and cands:
                cands = _headline_speech(u, cands)
            if u.headline and not cands:
                colon = _colon_headline(u)
                cands = [colon] if colon is not None else cands
            accepted = _accept(u, cands)
            listed = False
            signed = _dash_signature(u) if not accepted else None
            if signed is None and not accepted and not u.headline:
                signed = _colon_quotation(u)
            if signed is not None:
                accepted = [signed]
            if not accepted:
                pure = _pure_quote(u)
                opening = _colon_opening(u, cands)
                bullet = _list_item(u) if listing else None
                if bullet is not None and previous:
                    # "... said they had agreed to:" then "- harmonise customs procedures;":
                    # each item of the list goes on with the content.
                    previous[-1][2].append((u, bullet))
                    previous = previous[-1:]
                    listed = True
                elif pure is not None and previous:
                    # A sentence that is only a quotation continues the last statement.
                    previous[-1][2].append((u, pure))
                    previous = previous[-1:]
                elif opening is not None:
                    # "He said:" ending its paragraph: the quotation that follows is the content.
                    previous = [(u, opening, [])]
                    found.extend(previous)
                else:
                    previous = []
            else:
                previous = [(u, c, [(u, r) for r in c.content]) for c in accepted]
                found.extend(previous)
            # A list may follow a content ending in a colon, and goes on while items follow.
            listing = _ends_in_colon(u, accepted[-1]) if accepted else listed
            # `previous` is a suffix of `found`: what comes before it can no longer grow, so
            # it is emitted now and its units are freed instead of piling up to the end.
            for item in found[: len(found) - len(previous)]:
                self._emit(doc, *item, resolver, kinds=kinds, names=names, resolved=resolved)
            del found[: len(found) - len(previous)]
        for item in found:
            self._emit(doc, *item, resolver, kinds=kinds, names=names, resolved=resolved)

    def _emit(
        self,
        doc: Document,
        u: _Unit,
        cand: _Cand,
        parts: list[tuple[_Unit, _Range]],
        resolver: Resolver,
        *,
        kinds: dict[str, ActorKind],
        names: dict[str, str],
        resolved: dict[tuple[int, int], tuple[str, ...]],
    ) -> None:
        content = _merge(parts)
        if not content:
            return
        mention = _span(u, cand.src) if cand.src is not None and cand.src[1] > cand.src[0] else None
        speakers: tuple[str, ...] = ()
        if (
            mention is not None
            and doc.text[mention.start] in "Nn"
            and _NO_SPEAKER.match(doc.text, mention.start, mention.end)
        ):
            return
        if mention is not None:
            src = cand.src
            if cand.frame == "transcript":
                speakers = cand.speakers or _turn_speaker(doc, mention, kinds, resolver)
            else:
                owner = _whose_owner(u, src) if src is not None and u.toks[src[0]][_LOW] == "whose" else None
                phrase = owner or mention
                key = (phrase.start, phrase.end)
                found = resolved.get(key)
                if found is None:
                    found = resolved[key] = tuple(dict.fromkeys(resolver(doc, phrase)))
                speakers = found
            if (
                cand.frame in {"colon", "transcript"}
                and not any(kinds.get(a) is _PERSON_KIND for a in speakers)
                and not (
                    cand.frame == "colon"
                    and doc.text[mention.start : mention.end].casefold() in _GROUP_LABELS
                )
            ):
                return  # "Sudan: ...", "Analysis: ...": a dateline or a label, not a speaker
            word = (
                doc.text[mention.start : mention.end].casefold()
                if mention.end - mention.start < _SHORT
                else ""
            )
            if not speakers and word == "it":
                speakers = _institution_before(doc, mention, kinds)
            elif not speakers and (
                document := _DOCUMENT_ANAPHOR.fullmatch(doc.text, mention.start, mention.end)
            ):
                speakers = _document_issuer(doc, document.group(1).casefold())
            elif (
                not speakers
                and src is not None
                and u.toks[src[1] - 1 - (u.toks[src[1] - 1][_TEXT] == ",")][_CAP]
            ):
                speakers = _final_name(doc, mention, kinds)  # only a capitalised word can end a name
            elif len(speakers) == 1 and word in {"he", "she"}:
                tag = mention.start > content[0].start
                speakers = _speaker_not_named(
                    doc, speakers, content, kinds, tag_from=u.span.start if tag else None
                )
                if _unknown_name_before(doc, mention, speakers, names):
                    speakers = ()
        doc.statements.append(
            Statement(
                id=doc.new_id(_numbered("statement", len(doc.statements) + 1)),
                speakers=speakers,
                mode=_DIRECT_MODE if cand.frame == "transcript" else _mode(u, parts),
                speaker_mention=mention,
                cue=_span(u, cand.cue),
                content=content,
                hedge=cand.hedge,
            )
        )
