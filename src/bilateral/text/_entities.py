"""
The entity stage: people, countries, organizations, groups and places, with every mention.

What becomes what (the decisions later stages rely on):

* A country named in the text ("Colombia", "U.S.", "the Philippines") or implied by a
  demonym ("Colombian President ...") is a `Country` actor; the demonym mention has kind
  `_MENTION_DEMONYM`. When the country is also used as a location ("visit India",
  "talks in the Philippines"), a `Place` of kind ``country`` is made as well (id suffixed
  ``-place``) so a meeting can take place there; claims may be about either.
* Cities, regions, seas and venues are `Place`s. A national capital or a seat-of-government
  venue used as an agent ("sanctioned by Beijing", "the Kremlin said") also refers to its
  country (for a capital) or to an `Organization` named after the venue.
* Titled names ("Colombian President Gustavo Petro", "Prime Minister Narendra Modi of
  India", "Zelenskyy's chief of staff Andriy Yermak") and names with a title or descriptor
  in apposition ("Harsh Pant, the vice president of ...") are `Person`s with a `Role` whose
  ``of`` is the country or organization the text ties the title to. Untitled names become
  people only with evidence: an honorific ("Mr. Putin"), an appositive descriptor, a
  verb of saying or meeting right after ("Adrianna Zhang contributed"), or "said"/"according
  to" right before. Later surname-only mentions link to the person already known.
* "Ukrainian officials", "U.S. lawmakers", "a Ukrainian delegation", "Quad leaders" are
  `Group`s with the country (or organization) that qualifies them.
* Capitalised phrases ending in an organization word ("Hudson Institute", "Foreign
  Ministry") or named in the lexicon (NATO, Xinhua) are `Organization`s.

Coreference is resolved in the same single forward pass: pronouns, "the Colombian
president", "both", "the two leaders", "they", "the organization" are recorded in
``doc.mentions`` with the actors they refer to (see `bilateral.text._coref`). The mentions
list is sorted by start offset (longer first on ties) when the stage ends.

Everything is linear in the text: each sentence is tokenized once, lexicon lookups are dict
probes keyed by token, and salience is kept in small recency lists.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from typing import TYPE_CHECKING, Final

import attrs

from bilateral.model import Country, Group, Organization, Person, Place, PlaceKind, Role, Span
from bilateral.text._document import Document, Mention, MentionKind
from bilateral.text._lexicons import (
    Entry,
    EntryKind,
    Lexicon,
    fold_name,
    lexicon,
    longest_match,
    split_tokens,
    title_case,
    tokenize,
)
from bilateral.text._officeholders import officeholder_countries, officeholder_name_words
from bilateral.text._roles import commentator_roles
from bilateral.text._segment import _new_span
from bilateral.text._verbs import AFTER_OBJECT_HER, AUXILIARIES, IRREGULAR_PAST, TIME_WORDS, Form, verb_cue

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from bilateral.model import Actor

__all__ = ["EntityStage"]

# Entry kinds bound once: reading ``EntryKind.COUNTRY`` goes through the enum class (several
# times a global lookup), and these are tested at nearly every lexicon hit. Sets of them are
# frozen once for the same reason (a ``{EntryKind.A, EntryKind.B}`` literal is rebuilt per test).
_COUNTRY = EntryKind.COUNTRY
_DEMONYM = EntryKind.DEMONYM
_NATIONALS = EntryKind.NATIONALS
_CITY = EntryKind.CITY
_REGION = EntryKind.REGION
_VENUE = EntryKind.VENUE
_ORGANIZATION = EntryKind.ORGANIZATION
_CALENDAR = EntryKind.CALENDAR
_NATIONAL_KINDS = frozenset({_COUNTRY, _DEMONYM, _NATIONALS})
_LAND_KINDS = frozenset({_COUNTRY, _DEMONYM})
#: Honorifics only a married woman bears ("Ms." may be any woman, so the man's surname
#: after it may still be a woman of that name).
_WIFE_HONORIFICS = frozenset({"Mrs.", "Mrs", "Madam", "Madame"})
#: The people of a trade, after a country or demonym and at most one word of what they make
#: ("French cognac makers", "Chinese exporters"): a group of that country, not its state.
_TRADE_NOUNS = frozenset(
    {"makers", "producers", "exporters", "importers", "manufacturers", "farmers", "growers", "automakers",
     "carmakers", "winemakers", "steelmakers", "chipmakers", "shipbuilders", "businesses", "firms",
     "companies", "investors", "fishermen", "traders", "retailers"}
)  # fmt: skip
# Mention, place and verb-form kinds bound once for the same reason.
_MENTION_NAME = MentionKind.NAME
_MENTION_DEMONYM = MentionKind.DEMONYM
_MENTION_PRONOUN: Final = MentionKind.PRONOUN
_MENTION_PLURAL: Final = MentionKind.PLURAL
_MENTION_TITLE: Final = MentionKind.TITLE
_PLACE_CITY: Final = PlaceKind.CITY
_PLACE_VENUE: Final = PlaceKind.VENUE
_PLACE_REGION: Final = PlaceKind.REGION
_PLACE_UNKNOWN: Final = PlaceKind.UNKNOWN
_FORM_ING: Final = Form.ING
_FORM_BASE: Final = Form.BASE
# Words that make the country after them a location ("visit India", "in the Philippines").
_LOCATIVE = frozenset(
    {
        "in", "to", "into", "at", "from", "visit", "visits", "visited", "visiting", "inside",
        "within", "across", "throughout", "toward", "towards", "near", "via", "arrived", "entered",
        "leave", "left", "leaving", "tour", "toured", "touring", "trip", "travel", "traveled",
        "travelled", "travels", "trips", "outside",
    }
)  # fmt: skip
#: Verbs after which "for" names a destination ("left Oman for Qatar", "headed for Doha").
_DEPARTURE_VERBS = frozenset(
    {"left", "leave", "leaves", "leaving", "departed", "departs", "depart", "departing", "headed",
     "heading", "heads", "head", "bound"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_POSSESSIVE = frozenset({"'s", "\u2019s"})
#: Verbs headlines write in the present, capitalised like the names around them ("Leaders
#: Discuss Haiti Mission", "Kenya, Uganda Sign Pipeline Deal"): none begins an organization's
#: name, so a title-case run of words holding one is cut there. Words that are also the head
#: nouns of bodies' names ("Forum", "Talks", "Open") are left out.
_HEADLINE_VERBS = frozenset(
    {"discuss", "discusses", "agree", "agrees", "meet", "sign", "signs", "seek", "seeks", "vow", "vows",
     "pledge", "pledges", "urge", "urges", "mull", "mulls", "weigh", "weighs", "hold", "holds", "host",
     "hosts", "hail", "hails", "eye", "eyes", "ink", "inks", "seal", "seals", "reaffirm", "reaffirms",
     "renew", "renews", "review", "reviews", "explore", "explores", "deepen", "deepens", "boost",
     "boosts", "bolster", "bolsters", "strengthen", "strengthens", "expand", "expands", "tout", "touts",
     "resume", "resumes", "reject", "rejects", "warn", "welcome", "welcomes", "affirm", "affirms",
     "forge", "forges", "clinch", "clinches", "visit", "press", "presses", "push", "pushes", "back",
     "backs", "oppose", "opposes", "criticize", "criticizes", "condemn", "condemns"}
)  # fmt: skip
#: Venues of the lexicon several governments have one of: the country is the city's the text
#: is in, when it names one (see `_Sentence.venue_country`), and the lexicon's otherwise.
_SHARED_VENUES = frozenset({"Chancellery"})
#: Lower-case nouns for a government or movement after its name, before a possessive mark
#: and an office ("the Taliban administration's chief spokesman").
_OWNER_BODY_NOUNS = frozenset(
    {"administration", "government", "presidency", "regime", "authorities", "leadership", "movement",
     "military", "army", "junta", "cabinet", "delegation"}
)  # fmt: skip
#: Military ranks, written between an office and the name ("army chief Gen. Asim Munir").
_RANKS = frozenset(
    {"captain", "colonel", "lieutenant colonel", "major", "general", "lieutenant general", "major general",
     "brigadier general", "admiral", "vice admiral", "rear admiral", "field marshal", "air marshal",
     "air chief marshal", "air vice marshal", "commodore", "air commodore", "brigadier",
     "lieutenant commander", "colonel general"}
)  # fmt: skip
#: Nouns after a country's name that make it a federal state's ("Niger State", "Kogi and
#: Niger states"), for the names `ambiguous_country_names` lists.
_STATE_NOUNS = frozenset({"state", "states"})
#: What a country's "state" owns or holds, after that word: the country itself is meant.
_STATE_OWNED = frozenset(
    {"media", "television", "tv", "broadcaster", "radio", "news", "agency", "newspaper", "press",
     "company", "companies", "firm", "firms", "enterprise", "enterprises", "oil", "visit", "funeral",
     "dinner", "banquet", "banquets", "secretary", "department", "security", "prosecutor", "-", "\u2011",
     "of", "and", "to", "'s"}
)  # fmt: skip
#: A company's offices, between its name and its officer's ("Rosatom CEO Alexey Likhachev",
#: "Aramco Chief Executive Amin Nasser"): the company's name ends before them.
_COMPANY_OFFICES = frozenset(
    {"ceo", "chief executive", "chief executive officer", "chairman", "chairwoman", "chairperson",
     "managing director", "founder", "co-founder"}
)  # fmt: skip
#: The first words of `_COMPANY_OFFICES`, a cheap test before the lexicon's.
_COMPANY_OFFICE_WORDS = frozenset(
    {"ceo", "chief", "chairman", "chairwoman", "chairperson", "managing", "founder", "co-founder"}
)
#: Institutions only a state has, after a capital's possessive ("Jakarta's foreign ministry").
_CAPITAL_INSTITUTIONS = frozenset({"ministry", "embassy", "consulate", "presidency"})
#: Tokens before a name listed after a plural title and a comma: the comma, or a
#: possessive mark ("ministers, Chile's Alberto van Klaveren").
_LIST_OPENERS = frozenset({",", "'s", "\u2019s"})
#: Words for a party's side before its name ("Opposition Maldivian Democratic Party").
_SIDE_WORDS = frozenset({"opposition", "ruling", "governing"})
#: Lexicon bodies of no country that every one-party state has ("China's Politburo").
_NATIONAL_ORGANS = frozenset({"Politburo"})
#: Malaysian styles of address: the first word, and the words that may follow it.
_MALAY_STYLE_FIRST = frozenset({"Datuk", "Dato", "Datin", "Tun", "Tan", "Puan", "Toh", "Pehin"})
_MALAY_STYLE_SECOND = {
    "Datuk": {"Seri"},
    "Dato": {"Sri", "Seri"},
    "Tan": {"Sri"},
    "Puan": {"Sri"},
    "Toh": {"Puan"},
}
#: Styles that stand alone before a name ("Datuk Mohamad Hasan", "Tun Dr Mahathir").
_MALAY_STYLE_ALONE = frozenset({"Datuk", "Dato", "Datin", "Tun"})


def _malay_style_end(texts: list[str], i: int) -> int:
    """Where the name starts after a Malaysian style at *i* ("Datuk Seri", "Tan Sri", "Dato'"), or *i*."""
    t = texts[i]
    j = i + 1
    if t == "Pehin":
        # Brunei's "Pehin Dato Erywan Yusof": a style that comes before a Malay one.
        if j < len(texts) and texts[j] in _MALAY_STYLE_FIRST and texts[j] != t:
            end = _malay_style_end(texts, j)
            return end if end > j else i
        return i
    if j < len(texts) and texts[j] in {"'", "\u2019"}:
        j += 1  # "Dato' Sri"
    if j < len(texts) and texts[j] in _MALAY_STYLE_SECOND.get(t, ()):
        j += 1
        if j < len(texts) and texts[j] == "Utama":
            j += 1  # "Datuk Seri Utama Mohamad Hasan"
    elif t not in _MALAY_STYLE_ALONE:
        return i
    if j < len(texts) and texts[j] in {"Dr", "Dr."}:
        j += 2 if j + 1 < len(texts) and texts[j + 1] == "." else 1
    return j if j < len(texts) and texts[j][:1].isupper() and texts[j][:1].isalpha() else i


#: Head words of bodies that a text names by the word alone ("Parliament approved", "the
#: Cabinet said"); other heads alone ("Energy", "Office", "College") name no body.
_LONE_BODY_HEADS = frozenset(
    {"Parliament", "Senate", "Congress", "Cabinet", "Army", "Navy", "Police", "Junta", "Assembly",
     "Secretariat", "Tribunal", "Court", "Command", "Politburo", "Directorate", "Embassy", "Consulate",
     "Ministry", "Presidency", "Guard", "Guards", "Corps", "Party", "TV", "Television", "Radio"}
)  # fmt: skip
#: Names of a state's missions abroad ("the U.S. Embassy", "the Indian High Commission"): the
#: name alone says not whose, so the country word written before one stays in its name (a
#: ministry keeps the bare name and the country: "Foreign Ministry" of RU).
_MISSION_NAMES = frozenset(
    {"Embassy", "Consulate", "Consulate General", "Consulate-General", "High Commission", "Mission"}
)
#: Honorifics written without a full stop before a name ("Mr Martin", "Sir Keir").
_BARE_HONORIFICS = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Madam", "Madame"}
)
#: Words opening a definite or owned noun phrase before a person noun in apposition
#: ("The DUP leader, X,", "the party's spokesman, X,").
_DEFINITE_OR_OWNED = frozenset({"the", "'s", "\u2019s"})
#: Person nouns that also describe a body ("its largest investor, Temasek Holdings,").
_BODY_DESCRIPTORS = frozenset({"partner", "member", "investor", "successor", "predecessor", "founder"})
#: Possessive determiners before a person noun in apposition ("Her colleague, X,").
_OWNER_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my"})
#: Military offices whose holder is written with a rank after a comma ("Uganda's Chief of
#: Defence Forces, Gen. Muhoozi Kainerugaba"); other offices set off a list there.
_SERVICE_CHIEFS = frozenset(
    {"army chief", "defence chief", "defense chief", "chief of defence", "chief of defense",
     "chief of general staff", "chief of the general staff", "chief of defence staff",
     "chief of defense staff", "chief of the defence staff", "chief of the defense staff",
     "chief of army staff", "chief of the army staff", "chief of naval staff", "chief of the naval staff",
     "chief of air staff", "chief of the air staff", "chief of defence forces", "chief of defense forces",
     "chief of the defence force", "chief of the defense force", "military commander", "commander",
     "commander-in-chief", "commander in chief", "chairman of the joint chiefs of staff"}
)  # fmt: skip
#: Plural offices a headline names two countries' officials by ("Egypt, Qatar FMs say").
_HEADLINE_OFFICE_PLURALS = {
    "presidents": "president", "premiers": "prime minister", "pms": "prime minister",
    "fms": "foreign minister", "ministers": "minister",
}  # fmt: skip
#: Words that open such a plural: the plurals and the first words of "<portfolio> ministers".
_HEADLINE_OFFICE_WORDS = frozenset(
    {*_HEADLINE_OFFICE_PLURALS, "foreign", "defense", "defence", "prime", "finance", "trade", "interior",
     "energy", "economy", "health"}
)  # fmt: skip
#: First words of a role that make it another office than the title after them.
_SUBORDINATE_PREFIXES = frozenset({"vice", "deputy", "assistant", "under"})
#: The states news calls by the word for their kind ("the Kingdom", "the Sultanate").
#: Commonwealth realms are kingdoms no one calls so.
_STATE_NOUN_COUNTRIES: dict[str, frozenset[str]] = {
    "Kingdom": frozenset(
        {"SA", "JO", "MA", "BH", "ES", "TH", "GB", "NL", "BE", "SE", "NO", "DK", "KH", "BT", "LS", "SZ", "TO"}
    ),
    "Sultanate": frozenset({"OM", "BN"}),
}
#: Collective nouns whose possessive opens the name of a party or movement ("People's Party",
#: "the Women's League"): the possessive is inside the organization's name.
_COLLECTIVE_POSSESSORS = frozenset({"People", "Peoples", "Women", "Workers", "Farmers", "Citizens", "Nation"})
_OPENERS = frozenset({"\u201c", '"', "\u2018", "'", "(", "[", "\u2014", "\u2013", ":", "-"})
_CONNECTORS = frozenset({"of", "for", "and", "on", "the", "de", "du", "des", "la", "&"})
_CLOSING_QUOTES = frozenset({"\u201d", '"', "\u2019", "'"})
_DASHES = frozenset({"-", "\u2014", "\u2013", ":"})
_JOINERS = frozenset({"-", "/", "\u2013"})
_PRONOUNS_M = frozenset({"he", "him", "his", "himself"})
#: Quotation marks, opening or closing, as tokens.
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
_PRONOUNS_F = frozenset({"she", "her", "hers", "herself"})
_PRONOUNS_PL = frozenset({"they", "them", "their", "themselves"})
# An acronym of a person's initials ("MBS", "AMLO") needs this many letters: two-letter ones
# ("PM", "EU") are too often something else.
_MIN_ACRONYM = 3
# "von der", "de la", "van den": particles come in runs of at most this many.
_MAX_PARTICLES = 3
# A word that two people named so far share: `_Run.by_part` keeps it to resolve nothing.
_SHARED = "\x00shared"


# Nouns for "the two leaders", "both presidents", "the prime ministers": noun -> role filter.
_PLURAL_NOUNS: dict[tuple[str, ...], str | None] = {
    ("leaders",): "leader",
    ("presidents",): "president",
    ("prime", "ministers"): "prime minister",
    ("premiers",): "premier",
    ("ministers",): "minister",
    ("foreign", "ministers"): "foreign minister",
    # "The two defense chiefs agreed ...": the two defence ministers (`_TITLE_SYNONYMS`).
    ("defense", "chiefs"): "defense chief",
    ("defence", "chiefs"): "defence chief",
    ("top", "diplomats"): "top diplomat",
    ("chancellors",): "chancellor",
    ("men",): None,
    ("women",): None,
    ("pair",): None,
    ("duo",): None,
    ("sides",): None,
    ("heads", "of", "state"): "leader",
    ("officials",): None,
    ("diplomats",): None,
    ("envoys",): None,
    ("counterparts",): None,
}


def _by_first_word(
    table: dict[tuple[str, ...], str | None],
) -> dict[str, list[tuple[tuple[str, ...], str | None]]]:
    index: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
    for noun, role in table.items():
        index.setdefault(noun[0], []).append((noun, role))
    return index


# The same, by first word, so the usual "the" + anything else costs one dict probe.
_PLURAL_NOUNS_BY_FIRST = _by_first_word(_PLURAL_NOUNS)
# The role filter of "both sides", "the two sides": people holding a government office.
_SIDES = "\x00sides"
# What sets off an appositive after a name: a comma, or a dash ("Bruno Retailleau \u2014 the
# interior minister \u2014 told Le Figaro").
_APPOSITIVE_MARKS = frozenset({",", "\u2014", "\u2013"})
# Hyphens joining two countries' names before a joint body ("the Saudi-Pakistani council").
_JOINT_HYPHENS = frozenset({"-", "\u2013"})
# French and Italian elided articles and particles that open a word of a name ("l'Afrique",
# "d'Ivoire", "dell'Economia").
_ELISIONS = frozenset({"l'", "d'", "l\u2019", "d\u2019"})
# Owners of a pair's office holders ("the countries' foreign ministers") and the possessive
# mark after a plural (its own token).
_PAIR_OWNERS = frozenset({"countries", "nations", "governments", "sides"})
_PLURAL_POSSESSIVE = frozenset({"'", "\u2019"})
# Counts past two in "the three leaders" (the people last named, that many).
_LARGER_COUNTS = {"three": 3, "four": 4}
# Offices whose plural refers only to people holding them (not "leaders", which also
# means a president and a prime minister).
_STRICT_PLURAL_ROLES = frozenset({"foreign minister"})
# Nouns that refer to the pair only with a number ("the two men", not "the men").
_PLURAL_NOUNS_NEED_NUMBER = frozenset(
    {("men",), ("women",), ("sides",), ("officials",), ("diplomats",), ("envoys",)}
)
# Nouns that never mean the two leaders ("both officials" are other people).
_PLURAL_NOUNS_NOT_LEADERS = frozenset({("officials",), ("diplomats",), ("envoys",), ("counterparts",)})
# ... except when counted: "the two diplomats", "both envoys" are the pair just named
# ("the two officials" may be the unnamed officials a story quotes, and stays out).
_PLURAL_NOUNS_COUNTED = frozenset({("diplomats",), ("envoys",), ("counterparts",)})
# An unnamed person and a relative clause about them, up to a pronoun in the same sentence:
# "a Japanese official who spoke on condition of anonymity because he ...".
_UNNAMED_WHO = re.compile(
    r"\b(?:an?|one|another)\s+(?:[\w-]+\s+){0,3}?(?:official|diplomat|source|aide|officer|person|adviser|advisor)"
    r"\s+(?:who|familiar\s+with|with\s+knowledge|close\s+to|speaking|briefed)\b[^.;:\u201c\u201d\"]*$",
    re.IGNORECASE,
)
#: The marks `_UNNAMED_WHO` cannot match across, and how far back it is tried (an unnamed
#: person's clause runs a line or two, never a paragraph).
_UNNAMED_WHO_STOPS = (".", ";", ":", "\u201c", "\u201d", '"')
_UNNAMED_WHO_REACH = 400
# Nouns for "the organization", "his organization", "the government" (anaphora to an org).
_ORG_ANAPHORS = frozenset(
    {"organization", "organisation", "group", "government", "agency", "alliance", "ministry",
     "bloc", "company", "institute", "outlet", "publication", "newspaper", "administration",
     "council", "commission", "presidency", "embassy", "committee", "parliament", "department",
     "bank", "party", "foundation", "fund", "union", "bureau", "directorate", "secretariat",
     "authority"}
)  # fmt: skip
_ORG_ANAPHOR_DETERMINERS = frozenset({"the", "this", "that", "his", "her", "its", "their"})
# Bare plural nouns that name people without saying who ("Analysts said"): they are recorded
# so "they" in the next sentence does not jump to the last two named people.
_ANONYMOUS_PLURALS = frozenset(
    {"analysts", "officials", "experts", "observers", "critics", "lawmakers", "diplomats",
     "sources", "residents", "witnesses", "activists", "scholars", "economists", "researchers",
     "reporters", "journalists", "authorities", "investors", "people", "leaders", "legislators",
     "negotiators", "protesters", "voters", "members"}
)  # fmt: skip
_GROUP_LIST_CUES = frozenset(
    {"includes", "included", "including", "include", "comprises", "comprised", "comprising"}
)
# Adverbs allowed between a name and its verb ("Rubio also credited", "Trump himself said").
_ADVERBS = frozenset(
    {"also", "later", "earlier", "then", "reportedly", "previously", "recently", "once", "himself",
     "herself", "has", "had", "have", "will", "would", "personally", "publicly", "separately",
     "further", "again", "repeatedly", "first"}
)  # fmt: skip
_NAME_BEFORE_CUES = frozenset({"said", "says", "according", "wrote", "told", "added", "asked"})
_FEMALE_TITLES = frozenset(
    {"queen", "princess", "crown princess", "empress", "congresswoman", "chairwoman",
     "spokeswoman", "first lady", "businesswoman"}
)  # fmt: skip
# The last word of a role title that tells its bearer's gender.
_TITLE_GENDER = dict.fromkeys(
    ("spokeswoman", "chairwoman", "congresswoman", "businesswoman", "assemblywoman",
     "councilwoman", "stateswoman", "queen", "princess", "empress", "duchess", "countess",
     "baroness", "lady"),
    "f",
) | dict.fromkeys(
    ("spokesman", "congressman", "businessman", "assemblyman", "councilman", "statesman",
     "king", "prince", "emperor", "duke", "baron"),
    "m",
)  # fmt: skip
_GENERIC_TITLES = frozenset(
    {"major", "general", "captain", "head", "chief", "justice", "chair", "judge", "official",
     "deputy", "fellow", "analyst", "leader", "aide", "editor", "director", "speaker", "whip",
     "king", "queen", "prince", "princess", "founder", "co-founder", "lecturer", "researcher",
     "economist", "correspondent", "adviser", "advisor", "secretary", "professor", "senior fellow",
     "supervisor", "col", "gen", "adm", "rep", "sen", "mp", "diplomat", "minister", "chairman",
     "senior official", "commander", "colonel"}
)  # fmt: skip
# Titles that may be referred to as "the <title>" ("the Colombian president").
_ANAPHORIC_TITLE_EXCLUDE = frozenset(
    {"major", "counterpart", "general", "captain", "head", "chief", "justice", "chair", "judge", "official",
     "deputy", "fellow", "analyst", "aide", "editor", "director", "whip", "founder", "co-founder",
     "lecturer", "researcher", "economist", "correspondent", "adviser", "advisor",
     "professor", "senior fellow", "supervisor", "diplomat", "senior official", "lawmaker",
     "legislator", "col", "gen", "adm", "rep", "sen", "mp"}
)  # fmt: skip
# Fallback segmentation (only used when no sentence stage ran): a boundary is end punctuation
# followed by space, unless the word before it is an abbreviation or an initial.
_BOUNDARY = re.compile(r"[.!?]+[\"\u201d\u2019)\]]*(?=\s)|\n")
_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Prof|Jr|Sr"
    r"|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|No|Inc|Corp|Co|Ltd|vs|etc|Mt|Ft)\.?$"
)
_MAX_PERSON_NAME = 5
# How far after ", the" a title may come in an appositive that makes a lone word a person.
_APPOSITIVE_TITLE_WINDOW = 5
# Salience reaches back over this many most recently mentioned people (or organizations):
# "the two leaders" and "the president" refer to someone mentioned lately, and the bound
# keeps each lookup constant-time however many people a long document names.
_SALIENCE_WINDOW = 100
# Below any (offset, -creation order) key with the same offset.
_MIN_KEY = -(2**63)
_HEADING_TOKENS = 30
# Title-case check: words longer than this count, and a heading has at least this many.
_SHORT_WORD = 3
_HEADING_MIN_WORDS = 4
# "both" and "the two leaders" name a pair.
_PAIR = 2
_OFFSETS = operator.attrgetter("start", "end")
_SPAN_START_OF = operator.attrgetter("span.start")
_SPAN_END_OF = operator.attrgetter("span.end")
# "India and Japan are both concerned": a floating quantifier, not a reference.
_BE_VERBS = frozenset(
    {"are", "were", "is", "was", "be", "been", "have", "had", "has", "will", "would", "can"}
)
# Tokens a hyphenated lower-case particle adds before a surname: "al", "-".
_PARTICLE_AND_HYPHEN = 2


def _is_calendar(entry: Entry | None) -> bool:
    return entry is not None and entry.kind is _CALENDAR


# Abbreviations that open a place name before their full stop ("St. Peter's", "Mt. Fuji").
_PLACE_ABBREVIATIONS = frozenset({"St", "Ste", "Mt", "Ft"})
# Given names written abbreviated, with a full stop, before the rest of the name: Filipino
# "Ma." (Maria), South Asian and Malay "Md."/"Mohd." (Mohammad), "Mst." (Mosammat): "his
# Philippine counterpart Ma. Theresa Lazaro" made two people, "Ma" and "Theresa Lazaro".
_GIVEN_ABBREVIATIONS = frozenset({"Ma", "Md", "Mohd", "Muhd", "Mst"})
# The words a chunk reads on past the full stop after (one probe per capitalised word).
_DOTTED_WORDS = _PLACE_ABBREVIATIONS | _GIVEN_ABBREVIATIONS
# Titles of rank rather than office: after an office ("Emir Sheikh Tamim") they are skipped.
_COURTESY_TITLES = frozenset({"sheikh", "prince", "princess"})
_MILITARY_RANKS = frozenset(
    {"general", "field marshal", "lieutenant general", "major general", "admiral", "vice admiral", "colonel",
     "rear admiral", "air marshal", "air chief marshal", "air vice marshal", "commodore", "air commodore",
     "brigadier", "lieutenant commander", "colonel general"}
)  # fmt: skip
# Lower-case nouns for a country's institutions: after a country or demonym they make one
# organization ("the Egyptian foreign ministry", "Russia's defence ministry", "the Chinese
# embassy"). Capitalised forms ("the Russian Defence Ministry") are read as names already.
_INSTITUTIONS = frozenset(
    {"government", "ministry", "embassy", "presidency", "cabinet", "parliament", "consulate", "party"}
)  # fmt: skip
# Words that may stand between the country and an institution noun: the possessive and the
# portfolio of a ministry ("foreign", "defence", "foreign affairs", "trade").
_INSTITUTION_MODIFIERS = frozenset(
    {"'s", "\u2019s", "foreign", "defence", "defense", "affairs", "interior", "finance", "trade",
     "economy", "energy", "justice", "health", "home", "external", "commerce", "security",
     # "Sri Lanka's main opposition party", "Kenya's ruling party".
     "main", "opposition", "ruling", "governing", "largest"}
)  # fmt: skip
# Offices written after "party" ("the Vietnamese party chief").
_PARTY_TITLES = frozenset(
    {"chief", "leader", "secretary", "boss", "head", "chairman", "official", "officials"}
)
# Longest run of modifiers read before the institution noun ("'s foreign affairs ministry").
_MAX_INSTITUTION_MODIFIERS = 3


def _institution_end(texts: list[str], lowered: list[str], start: int) -> int:
    """
    The end of a lower-case institution noun phrase at token *start*, or 0 if none is there.

    Only lower-case words count ("government", "foreign ministry"): a capitalised one begins
    a name the phrase reader handles. An institution noun followed by "of" is not this
    country's ("the Chinese ministry of ..." is read no further than the country).
    """
    n = len(texts)
    j = start
    while j < n and j - start < _MAX_INSTITUTION_MODIFIERS and lowered[j] in _INSTITUTION_MODIFIERS:
        if not texts[j].islower() and texts[j][:1] not in {"'", "\u2019"}:
            return 0
        j += 1
    if (
        j < n
        and lowered[j] in _INSTITUTIONS
        and texts[j].islower()
        and not (j + 1 < n and lowered[j + 1] == "of")
        # "the Vietnamese party chief": a title, whose holder is a person.
        and not (lowered[j] == "party" and j + 1 < n and lowered[j + 1] in _PARTY_TITLES)
    ):
        return j + 1
    return 0


# Group nouns that are also adjectives: a group only when no noun follows ("military base").
_ADJECTIVAL_GROUP_NOUNS = frozenset(
    {"military", "government", "police", "press", "public", "media", "leadership", "side", "team",
     "people", "official", "counterpart", "lawmaker", "state media", "diplomat"}
)  # fmt: skip
# People who speak for or advise someone: "a spokesman for the Kenyan president, X".
_AIDE_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "assistant", "secretary"}
)
# The longest acronym read as a body's name before the noun for its kind ("the MAP news agency").
_MAX_ACRONYM = 6
# Last words of titles that are offices of a state, whatever body an "of" after the name gives.
_STATE_OFFICE_HEADS = frozenset({"minister", "president", "secretary", "ambassador", "envoy", "senator"})
# Group nouns for one unnamed person: "a Brazilian diplomat" is a group of one, "the Brazilian
# diplomat" is that group only once the story has introduced it (else a person it named).
_ONE_PERSON_NOUNS = frozenset({"official", "diplomat", "source", "diplomatic source", "government source"})
# Adjectives of a bloc or region that name no one country but make an unnamed group with a
# noun for officials after them ("Western diplomats said", "a senior European official told").
# Lower-case words after a name that make it a party's or a coalition's ("the ruling
# Georgian Dream party", "the Kenya Kwanza coalition").
_LOWER_PARTY_HEADS = frozenset({"party", "coalition", "alliance", "movement", "bloc"})
_BLOC_ADJECTIVES = frozenset(
    {"Western", "European", "Arab", "African", "Asian", "Gulf", "Nordic", "Baltic", "Balkan",
     "Caribbean", "Scandinavian"}
)  # fmt: skip
# Compass words that widen such an adjective ("West African diplomats").
_BLOC_COMPASS = frozenset({"West", "East", "North", "South", "Central", "Southeast", "Eastern", "Western"})
# The nouns for officials such a bloc adjective or a seat of government ("White House
# officials", "a Kremlin official") makes a group of; the singular only after "a"/"one".
_BLOC_GROUP_PLURALS = frozenset(
    {"officials", "diplomats", "sources", "aides", "advisers", "advisors", "leaders", "negotiators", "envoys",
     "governments"}
)  # fmt: skip
_BLOC_GROUP_NOUNS = _BLOC_GROUP_PLURALS | {"official", "diplomat", "source", "aide", "adviser", "advisor"}
_INDEFINITE = frozenset({"a", "an", "one", "another"})
#: Words after "in <demonym>" that make it a language ("in Spanish and English", "in Arabic to").
_LANGUAGE_AFTER = frozenset({"and", "or", "to", "with", "on", "at", "during", "before", "after"})
#: Titles of ceremonial monarchs, who receive leaders but negotiate nothing with them.
_FIGUREHEADS = frozenset({"Emperor", "Empress"})
#: Particles of Arabic names, whose first word is a given name ("Mohammed bin Zayed").
_NASAB_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "abu", "ould", "ben"})
_PAIR_DETERMINERS = frozenset({"the", "two", "both", "three", "their", "its", "his", "her", "these", "those"})
# Lower-case nouns that make the capitalised word before them a place ("Himalayan border").
_LOWER_PLACE_HEADS = frozenset(
    {"islands", "island", "sea", "seas", "border", "region", "province", "strait", "coast",
     "peninsula", "river", "valley", "mountains", "archipelago", "reef", "atoll", "desert"}
)  # fmt: skip
_PLACE_KINDS = {
    EntryKind.CITY: _PLACE_CITY,
    EntryKind.REGION: _PLACE_REGION,
    EntryKind.VENUE: _PLACE_VENUE,
}
_VENUE_HEADS = frozenset(
    {"Palace", "Square", "Airport", "Base", "Airbase", "Bridge", "Dam", "Harbor", "Harbour", "Hotel",
     "Bhavan", "Residence", "Stadium", "Basilica", "Cathedral", "Mosque", "Abbey", "Guesthouse"}
)  # fmt: skip
# Prepositions after which an unknown capitalised word is taken for a place ("in Agalega").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near"})
# Nouns of "the border town of Urena", "the Red Sea port of Berbera": a place's name follows.
_SETTLEMENT_NOUNS = {
    **dict.fromkeys(
        ("town", "city", "village", "port", "resort", "capital", "township", "hamlet", "oasis"),
        _PLACE_CITY,
    ),
    **dict.fromkeys(
        ("region", "province", "district", "enclave", "island", "territory", "state"), _PLACE_REGION
    ),
}
_MAX_SETTLEMENT_WORDS = 3
# How far before the noun a demonym may give the place's country ("the Venezuelan border town").
_MAX_SETTLEMENT_MODIFIERS = 4
# Cities that, acting, stand for the body seated there rather than for their country.
_SEATS = {"Brussels": "European Union"}
# Words before a capital that make it a government, not a city: "sanctioned by Beijing",
# "talks between Washington and Kyiv", "sanctions against Moscow".
_AGENT_BEFORE = frozenset({"by", "between", "against", "versus", "vs"})
# Nouns of a relation after which "with <capital>" names the other government ("ties with Moscow").
_RELATION_NOUNS = frozenset(
    {"talks", "ties", "relations", "relationship", "dialogue", "negotiations", "deal", "agreement",
     "tensions", "tension", "cooperation", "partnership", "alliance", "rift", "dispute", "standoff",
     "engagement", "contacts", "contact", "feud", "row", "spat", "trade", "treaty", "accord", "pact",
     "rapprochement", "détente", "detente", "confrontation", "conflict", "disagreement", "protest",
     "complaint"}
)  # fmt: skip
# What a government (not a city) holds: "Beijing's position", "Washington's demands".
# Nouns for what a government issues, and who speaks for it: a seat before one is the
# government ("a White House readout", "a Kremlin spokesman"), as the seat before "said" is.
_ISSUED_NOUNS = frozenset(
    {"statement", "statements", "readout", "readouts", "communique", "communiqu\u00e9", "transcript",
     "announcement", "spokesman", "spokeswoman", "spokesperson"}
)  # fmt: skip
#: What a seat's press staff issues or is ("the Kremlin press service said", "the Elysee
#: press office"); not "the White House press room", "press corps" (a place, reporters).
_PRESS_ISSUERS = frozenset({"service", "office", "release", "statement", "department", "secretary"})
_STANCE_NOUNS = frozenset(
    {"position", "positions", "stance", "policy", "policies", "demand", "demands", "decision",
     "decisions", "response", "refusal", "offer", "proposal", "proposals", "plan", "plans", "claim",
     "claims", "concerns", "concern", "objections", "support", "backing", "opposition", "view",
     "views", "approach", "strategy", "insistence", "reluctance", "willingness", "request",
     "requests", "allies", "ally", "partners", "envoy", "envoys", "ambassador", "diplomats",
     "sanctions", "assurances", "commitment", "commitments", "intentions", "ambitions", "efforts",
     "pressure", "threat", "threats", "warning", "warnings", "accusations", "denial", "reaction",
     "message", "aims", "goals", "interests", "influence", "pivot", "outreach", "diplomacy",
     "pledge", "invitation", "retaliation", "objection", "priorities", "role", "military",
     "government", "embassy", "ministry", "army", "navy", "forces", "troops", "delegation",
     "negotiators", "officials", "leadership"}
)  # fmt: skip
# Adjectives allowed between the possessive and the stance noun ("Moscow's latest proposal").
_STANCE_MODIFIERS = frozenset(
    {"latest", "new", "own", "official", "long-standing", "longstanding", "firm", "growing",
     "repeated", "stated", "main", "key", "core", "recent", "initial", "formal", "strong",
     "expanding", "military", "diplomatic", "economic"}
)  # fmt: skip
# Verbs of government action a capital is the subject of ("Moscow has expelled ...") that
# are not verbs of saying.
_GOVERNMENT_VERBS = frozenset(
    {"imposed", "imposes", "sanctioned", "sanctions", "retaliated", "retaliates", "expelled",
     "expels", "summoned", "summons", "recalled", "approved", "approves", "blocked", "blocks",
     "opposed", "opposes", "backed", "backs", "supported", "supports", "sought", "seeks",
     "pushed", "pushes", "pressed", "presses", "wants", "wanted", "needs", "sees", "views",
     "viewed", "considers", "considered", "refused", "refuses", "vetoed", "vetoes", "protested",
     "protests", "lodged", "signaled", "signalled", "signals", "offered", "offers", "threatened",
     "threatens", "demanded", "demands", "responded", "responds", "reacted", "reacts", "agreed",
     "agrees", "objected", "objects", "declined", "declines", "announced", "announces",
     "launched", "launches", "suspended", "suspends", "halted", "halts", "froze", "freezes",
     "dispatched", "deployed", "denounced", "denounces", "rebuffed", "rebuffs",
     "held", "holds", "struck", "reached", "reaches", "sealed", "resumed", "resumes", "began",
     "sent", "sends", "hopes",
     "hoped", "plans", "planned", "insisted", "insists", "maintains", "maintained"}
)  # fmt: skip
# Words of a verb group between a capital and its verb ("would not", "has long", "did n't").
_VERB_GROUP = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "does", "did", "will", "would", "could",
     "should", "may", "might", "must", "can", "cannot", "not", "n't", "never", "long", "still", "already",
     "repeatedly", "firmly", "quickly", "swiftly", "strongly", "so", "far", "been", "now"}
)  # fmt: skip
# Dispositions only a government has: "Ankara was ready to help", "Beijing is furious".
_ATTITUDES = frozenset(
    {"ready", "willing", "unwilling", "prepared", "concerned", "worried", "unhappy", "furious",
     "angry", "determined", "committed", "keen", "eager", "reluctant", "opposed", "confident",
     "open", "wary", "skeptical", "sceptical", "adamant", "satisfied", "dissatisfied", "alarmed",
     "disappointed", "pleased", "grateful", "interested", "unlikely", "likely", "expected",
     "seeking", "considering", "pushing", "pressing", "insisting"}
)  # fmt: skip
# Modals: "Washington will ...", "New Delhi would not ..." (a city does not will).
_MODALS = frozenset({"will", "would", "could", "should", "may", "might", "must", "can", "cannot"})
_MAX_VERB_GROUP = 8
# The longest aside between a capital and its verb: ", for its part,".
_MAX_ASIDE = 4
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been"})
# What follows a capital that is the object of a verb of saying or accusing ("urged Beijing to").
_AFTER_OBJECT = frozenset({"of", "to", "against", "for", "over", "that", ".", ",", ";"})
_MAX_COORDINATED = 3
# Prepositions tying a title to its country ("President of Colombia") and, for a
# counterpart, where the person comes from ("his counterpart from China").
_TITLE_JOINERS = frozenset({"of"})
#: The last word of a state's formal name before "of": "the Islamic Republic of Pakistan",
#: "the Hashemite Kingdom of Jordan", "the Sultanate of Oman".
_STATE_WORDS = frozenset(
    {"Republic", "Kingdom", "Sultanate", "Emirate", "State", "Federation", "Commonwealth", "Principality"}
)
#: Words a formal state name may have before "of" ("Federal Democratic Republic").
_MAX_FORMAL_STATE_WORDS = 4
_COUNTERPART_JOINERS = frozenset({"of", "from", "in"})
_SPOKES_JOINERS = frozenset({"of", "for"})
# A news agency credited in brackets after a dateline ("JAKARTA, June 27 (Bernama) --").
_AGENCY = re.compile(r"\(([A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20}){0,2})\)")
_AGENCY_REACH = 40
# Wires whose reporters name no country's officials without a demonym.
_INTERNATIONAL_WIRES = frozenset({"Reuters", "AP", "AFP", "Bloomberg", "UPI", "dpa", "EFE", "VOA"})
# Governments whose cabinet members are secretaries, not ministers ("Defense Secretary").
_NO_MINISTERS = frozenset({"US", "PH"})
# Titles written as part of a name after an office or a comma ("his counterpart, General X").
_NAME_RANKS = _COURTESY_TITLES | _MILITARY_RANKS
# Possessive marks after a name (straight and curly apostrophes).
_POSSESSIVE_MARKS = ("'s", "\u2019s")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# Legislatures the lexicon gives to the United States, also the names of others'.
_US_LEGISLATURE = frozenset({"Congress", "House of Representatives"})
# Last words of names that are never a person's: agreements, plans, events.
_NOT_PERSON_HEADS = frozenset(
    {"Treaty", "Agreement", "Accord", "Accords", "Pact", "Declaration", "Protocol", "Charter",
     "Convention", "Memorandum", "Plan", "Act", "Law", "Corridor", "Summit", "Dialogue",
     "Strategy", "Partnership", "Framework", "Roadmap", "Process", "Conference", "Talks", "Games",
     "Cup", "Award", "Prize", "Doctrine", "Deal", "Initiative", "Program", "Programme", "Project"}
)  # fmt: skip
# Prepositions between an office and its brief ("Minister of ...", "Secretary for ...").
_BRIEF_PREPOSITIONS_OF = frozenset({"of", "for"})
# Words that join the briefs of one ministry ("Trade, Industry and Energy Minister").
_PORTFOLIO_JOINERS = frozenset({"and", ",", "&"})
# Tokens a list of briefs may span.
_MAX_PORTFOLIO_LIST = 10
# Last words of the titles of ministers, read whole even when their first words name an
# organization ("Armed Forces Minister", "Home Affairs Secretary").
_OFFICE_HEADS = frozenset({"minister", "secretary"})
# Head words of regions, after which an office may begin ("Kurdistan Region President
# Nechirvan Barzani"), unlike buildings ("Hotel President Wilson").
_REGION_HEADS = frozenset(
    {"Region", "Province", "Governorate", "Prefecture", "Oblast", "County", "District", "Territory"}
)
# Offices named after a region or city the lexicon may not know ("Nuevo Leon Governor Samuel
# Garcia", "Karnataka Chief Minister Siddaramaiah").
_REGIONAL_OFFICES = frozenset({"governor", "mayor", "chief minister", "paramount chief"})
# Small words of place names, lower case in the gazetteer ("Rio de Janeiro", "Dar es Salaam").
_PLACE_SMALL_WORDS = frozenset({"de", "da", "do", "dos", "das", "es", "el", "al", "la", "of", "the", "upon"})
# Ranks whose abbreviation is also a given name ("Gen Nakatani", "Sen" in Cambodia): after a
# civilian office ("Defense Minister Gen Nakatani"), without a dot, they start the name.
_BARE_RANKS = frozenset({"Gen", "Col", "Sen", "Rep", "Adm"})
_CIVILIAN_TITLE_HEADS = frozenset(
    {"minister", "secretary", "president", "premier", "ambassador", "spokesperson"}
)
# Styles of address between a title and a name ("President His Highness Sheikh Mohamed",
# "H.E. Dr. Thani Al Zeyoudi"), as Gulf and African state media write them.
_STYLES = frozenset({"highness", "majesty", "excellency", "eminence", "holiness"})
_MAX_STYLES = 3
# Every capitalised token a style of address may show (one set probe per capitalised word).
_STYLE_TOKENS = frozenset(
    {"H.H.", "H.E.", "H.R.H.", "H.M.", "HH", "HRH", "HM", "Highness", "Majesty", "Excellency", "Eminence",
     "Holiness", "Royal"}
)  # fmt: skip
_STYLE_OWNERS = frozenset({"his", "her", "their", "royal"})
_STYLE_ABBREVIATIONS = frozenset({"H.H.", "H.E.", "H.R.H.", "H.M.", "HH", "HRH", "HM"})
#: Every word the tokenizer reads as a style or honorific before a name, for one probe.
_PRE_NAME_WORDS = _BARE_HONORIFICS | _MALAY_STYLE_FIRST | _STYLE_TOKENS
# The offices "top diplomat" and "defence chief" stand for, whichever spelling a text uses.
_FOREIGN_MINISTERS = frozenset(
    {"foreign minister", "secretary of state", "foreign secretary", "external affairs minister",
     "minister of foreign affairs", "foreign affairs minister"}
)  # fmt: skip
_DEFENCE_MINISTERS = frozenset(
    {"defense minister", "defence minister", "secretary of defense", "defense secretary",
     "defence secretary", "armed forces minister"}
)  # fmt: skip
# Ministers whose title says secretary (the U.S. cabinet's, Britain's secretaries of state).
_CABINET_SECRETARIES = _FOREIGN_MINISTERS | _DEFENCE_MINISTERS | frozenset(
    {"home secretary", "treasury secretary", "secretary of the treasury", "commerce secretary",
     "secretary of commerce", "energy secretary", "secretary of energy", "interior secretary",
     "trade secretary", "homeland security secretary", "war secretary", "secretary of war",
     "health secretary", "agriculture secretary", "business secretary", "chancellor of the exchequer"}
)  # fmt: skip
# Foreign ministers' titles as countries write them, by their opening words.
_FOREIGN_OFFICES = (
    *sorted(_FOREIGN_MINISTERS),
    "minister of foreign affairs",
    "minister for foreign affairs",
    "minister for europe and foreign affairs",
    "minister of international relations",
    "cabinet secretary for foreign affairs",
    "secretary of foreign affairs",
)
# Titles that name a foreign minister whatever the country calls the office.
_FOREIGN_MINISTER_WORDS = frozenset({"foreign minister", "top diplomat", "chief diplomat"})
# Titles a text uses for another's holder in later mentions ("the Indian premier" for Prime
# Minister Narendra Modi).
_TITLE_SYNONYMS = {
    "head of state": frozenset(
        {"president", "king", "queen", "emir", "amir", "sultan", "emperor", "monarch"}
    ),
    "head of government": frozenset({"prime minister", "premier", "chancellor", "taoiseach"}),
    "premier": frozenset({"prime minister"}),
    "prime minister": frozenset({"premier"}),
    "top diplomat": _FOREIGN_MINISTERS,
    "chief diplomat": _FOREIGN_MINISTERS,
    "defense chief": _DEFENCE_MINISTERS,
    "defence chief": _DEFENCE_MINISTERS,
    # Two spellings of one title ("Emir Tamim ... the Amir said").
    "amir": frozenset({"emir"}),
    "emir": frozenset({"amir"}),
}  # fmt: skip
#: Titles some other title is taken for ("the premier" for a prime minister): only for these
#: can the person last named hold an equivalent, not the very, title.
_EQUIVALENT_TITLES = frozenset(_TITLE_SYNONYMS) | _FOREIGN_MINISTER_WORDS
# Abbreviated days and months that are also names: before a capitalised word that is no date
# ("Sun Weidong", "Jan Lipavsky", but "Sun, Nov. 3", "Jan. 5") they start a name.
_SURNAME_DAYS = frozenset({"Sun", "Mon", "Jan"})
# Last words of the titles of a government's officials (see `_home_office`).
_GOVERNMENT_TITLE_HEADS = frozenset(
    {"minister", "secretary", "adviser", "advisor", "spokesperson", "spokesman", "spokeswoman", "ambassador",
     "ruler"}
)  # fmt: skip
#: A head of state's or government's deputy, an office of the state like the leader's ("NEW
#: DELHI (PTI) - Vice-President Jagdeep Dhankhar" is India's).
_DEPUTY_LEADER_TITLES = frozenset(
    {"vice president", "deputy president", "vice premier", "first vice president"}
)
_ORDER_OF = operator.attrgetter("order")
#: Titles of reigning monarchs, which no minister holds (princes and princesses are ministers).
_MONARCH_TITLES = frozenset({"king", "queen", "emir", "amir", "sultan", "emperor"})
# Offices held by birth, whose holders' given names other office holders share ("King Abdullah").
_ROYAL_TITLES = frozenset(
    {"king", "queen", "prince", "princess", "crown prince", "emir", "amir", "sultan", "emperor", "monarch"}
)
# Heads of organizations whose names begin with a demonym ("Australian National University",
# "Russian Academy of Sciences"): the demonym is part of the name, not its country's mark.
# Agencies and companies too: "Japan International Cooperation Agency", "Indian Space Research
# Organisation", "China National Petroleum Corporation", "Kuwait Fund for Arab Economic
# Development", "the Japan Program at the Stimson Center" are names, unlike "Russian Foreign
# Ministry" or "U.S. State Department", where the country qualifies a generic body.
_NAMED_WITH_DEMONYM = frozenset(
    {"University", "Academy", "College", "Museum", "Airlines", "Airways", "Agency", "Organisation",
     "Organization", "Institute", "Corporation", "Company", "Authority", "Alliance", "Party",
     "League", "Movement", "Service", "Fund", "Foundation", "Program", "Programme", "Project",
     "Initiative", "Society", "Group",
     # Papers and broadcasters: "The Japan Times", "the Korea Herald", "Kenya Broadcasting".
     "Times", "Herald", "Post", "Tribune", "Daily", "Gazette", "Journal", "Express", "Broadcasting",
     "Television", "Radio", "Weekly", "Telegraph"}
)  # fmt: skip
# Lower-case words between a country and a title that say what kind of government it is
# ("Bangladesh's interim government head Muhammad Yunus", "Myanmar's military leader").
_TITLE_QUALIFIERS = frozenset(
    {"interim", "transitional", "caretaker", "military", "government", "junta", "ruling", "de", "facto",
     "veteran", "longtime", "long-serving", "powerful", "hawkish",
     # "Haiti's transitional council president", "Venezuela's opposition leader", "Libya's
     # unity government head", "Vietnam's top leader".
     "council", "unity", "presidential", "top", "new", "newly", "elected", "opposition", "exiled",
     "incoming", "outgoing"}
)  # fmt: skip
# Titles that make a deputy of the title after them.
_DEPUTY_WORDS = frozenset({"deputy", "vice"})
# Articles, never a syllable of a name ("The Hindu" is the newspaper's own name).
_ARTICLES = frozenset({"The", "A"})
# Organization head words written first, in other languages ("Banco Base", "Banque Misr").
_LEADING_HEADS = frozenset(
    {"Banco", "Banque", "Grupo", "Société", "Compagnie", "Groupe", "Empresa", "Companhia",
     "Instituto", "Institut", "Fundación", "Fundação", "Partido", "Movimiento", "Ministerio", "Ministère",
     # Broadcasters named head first: "Radio Mitre", "Radio Free Europe", "Television Nacional".
     "Radio", "Television"}
)  # fmt: skip
# Words that make a description name a past office ("the former Nigerian president").
_PAST_OFFICE = frozenset({"former", "ex", "ex-", "onetime", "one-time"})
#: A currency sign right after a country's abbreviation ("US$", "US $") makes it a currency.
_CURRENCY_SIGNS = ("$", " $")
#: Words before an office that still mean its sitting holder ("the outgoing prime minister").
_SITTING_PREFIXES = frozenset(
    {"acting", "interim", "outgoing", "caretaker", "current", "sitting", "junta", "military", "transitional"}
)
#: Determiners opening a definite title ("the prime minister", "his foreign minister").
_TITLE_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})
# Titles that may carry a brief after "for" ("Special Envoy for North Korea").
_BRIEF_TITLES = frozenset(
    {
        "envoy",
        "adviser",
        "advisor",
        "representative",
        "coordinator",
        "rapporteur",
        "negotiator",
        "czar",
        "ambassador",
        "director",
        "minister",
    }
)
_MAX_BRIEF_WORDS = 4
# British titles that carry a brief after "for" ("Secretary of State for Business and Trade").
_OF_STATE_TITLES = frozenset({"secretary of state", "minister of state"})
# Fewest words of an office holder's listed name that a longer nasab may open with.
_NASAB_MIN = 3
# Lower-case tokens between "the two" and its noun ("right", "-", "wing").
_MAX_PLURAL_MODIFIERS = 4
# Relatives named after a leader's possessive ("Kishida's wife, Yuko").
_KIN_NOUNS = frozenset({"wife", "husband", "son", "daughter", "brother", "sister", "spouse"})
# Titles of people who speak for a body, and how far back (characters) the body may be named.
_SPOKES_TITLES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
_SPOKES_REACH = 300
_SPOKES_BODIES = frozenset(
    {"ministry", "department", "presidency", "office", "government", "kremlin", "council", "commission",
     "secretariat", "army", "forces", "embassy", "cabinet", "palace", "house"}
)  # fmt: skip
# Endings of a lower-case word after a hyphen that make a modifier ("Geneva-based",
# "Iran-backed", "U.S.-led", "Paris-born").
_PARTICIPLE_ENDINGS = ("based", "ed", "led", "born", "run", "owned")
# Words that open a relative clause.
_RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom"})
# Verbs of "X, who heads the Y": X is the head of Y.
_HEADS_VERBS = frozenset({"heads", "headed", "leads", "led", "chairs", "chaired", "directs", "runs"})
# Prepositions that open a phrase before a sentence's subject ("In his statement, Modi said").
_OPENING_PREPOSITIONS = frozenset({"in", "during", "at", "on", "after", "before", "for", "despite", "upon"})
# Tokens an opening phrase may have before its comma.
_MAX_OPENING_PHRASE = 8
# Last words of a capitalised brief ("for Political Affairs", "for International Relations").
_BRIEF_HEADS = frozenset({"Affairs", "Relations", "Cooperation", "Security", "Development"})
# Prepositions inside a brief before the place it is about ("normalization with Armenia").
_BRIEF_PREPOSITIONS = frozenset({"with", "in", "of", "on", "to"})
# Ministerial titles whose portfolio is not their first words ("Secretary of State": foreign).
_PORTFOLIO_TITLES = {
    "secretary of state": "foreign",
    "foreign secretary": "foreign",
    "external affairs minister": "foreign",
    "foreign affairs minister": "foreign",
    "secretary of defense": "defense",
    "defense secretary": "defense",
    "defence secretary": "defense",
    "defence minister": "defense",
    "secretary of the treasury": "finance",
    "treasury secretary": "finance",
    "chancellor of the exchequer": "finance",
    "home secretary": "interior",
    "home minister": "interior",
    "home affairs minister": "interior",
    "minister of foreign affairs": "foreign",
    "minister for foreign affairs": "foreign",
    "minister of external affairs": "foreign",
    "cabinet secretary for foreign affairs": "foreign",
    "minister of defense": "defense",
    "minister of defence": "defense",
    "minister for defence": "defense",
    "minister of national defense": "defense",
    "national defense minister": "defense",
    "armed forces minister": "defense",
    "minister of the armed forces": "defense",
    "minister of finance": "finance",
    "finance secretary": "finance",
    "minister of trade": "trade",
    "minister of commerce": "commerce",
    "minister of interior": "interior",
    "minister of the interior": "interior",
    "interior secretary": "interior",
}
# First words of "... minister" titles that name no portfolio a counterpart shares.
_NOT_PORTFOLIOS = frozenset(
    {"prime", "deputy", "vice", "cabinet", "state", "junior", "assistant", "acting", "chief",
     "first", "senior", "former", "permanent", "principal", "under", "general"}
)  # fmt: skip
# Where a country names a portfolio otherwise than "<portfolio> Minister".
_NATIONAL_PORTFOLIO_TITLES = {
    ("US", "foreign"): "Secretary of State",
    ("US", "defense"): "Secretary of Defense",
    ("US", "finance"): "Treasury Secretary",
    ("GB", "foreign"): "Foreign Secretary",
    ("GB", "defense"): "Defence Secretary",
    ("GB", "finance"): "Chancellor of the Exchequer",
    ("GB", "interior"): "Home Secretary",
    ("PH", "foreign"): "Foreign Secretary",
    ("PH", "defense"): "Defense Secretary",
    ("PH", "finance"): "Finance Secretary",
    ("IN", "foreign"): "External Affairs Minister",
    ("IN", "interior"): "Home Minister",
}
# Words that end an appositive: what follows is a clause, not a title ("Modi, who was chief guest").
_CLAUSE_WORDS = frozenset(
    {"who", "whom", "whose", "which", "that", "was", "is", "are", "were", "has", "had", "have",
     "will", "would", "said", "says", "told", "and", "but", "or", "when", "where", "while", "as",
     "after", "before", "because", "if", "to", "in", "on", "at", "by", "with", "from"}
)  # fmt: skip


@attrs.define(eq=False)
class _Actor:
    """An actor being built: mutable while the stage runs, frozen into the model at the end."""

    kind: str
    id: str
    name: str
    country: str | None = None
    aliases: list[str] = attrs.Factory(list)
    mentions: list[Span] = attrs.Factory(list)
    roles: list[Role] = attrs.Factory(list)
    members: list[str] = attrs.Factory(list)
    gender: str | None = None
    #: The gender was told by a title or honorific ("spokeswoman", "Ms."), not guessed from
    #: a pronoun.
    gender_told: bool = False
    #: Introduced as "the visiting ..." or "visiting President ...": a guest, so not of the
    #: dateline's country.
    guest: bool = False
    #: Introduced with a past office ("Former Prime Minister Peter O'Neill"): not one of
    #: "both leaders" of the story.
    past: bool = False
    #: Last position (character offset) where the actor was mentioned.
    seen: int = -1
    #: Creation number, the tie-break between actors last seen at the same offset.
    order: int = 0
    #: The recency list that keeps this actor in order of `seen`, if any.
    recency: _Recency | None = attrs.field(default=None, repr=False)

    def touch(self, offset: int) -> None:
        """Record a mention at *offset* (``seen`` only moves forward)."""
        if offset > self.seen:
            old, self.seen = self.seen, offset
            if self.recency is not None:
                self.recency.moved(self, old)

    def add_mention(self, span: Span, surface: str) -> None:
        self.mentions.append(span)
        if span.start > self.seen:
            self.touch(span.start)
        if surface != self.name and surface not in self.aliases:
            self.aliases.append(surface)

    def add_role(self, role: Role) -> None:
        """Add *role*, unless a role already known says the same or more ("President" of Colombia)."""
        title = role.title.casefold()
        if self.gender is None:
            # "Foreign Ministry Spokeswoman", "Crown Princess": a gendered title's last word
            # tells whom a later "she" (or "he") can be; no names-gender lexicon is needed.
            self.gender = _TITLE_GENDER.get(title.rpartition(" ")[2])
            self.gender_told = self.gender is not None
        for n, known in enumerate(self.roles):
            known_title = known.title.casefold()
            if known_title == title and known.of is None and role.of is not None:
                self.roles[n] = role
                return
            if title in known_title and (role.of is None or role.of == known.of):
                return
        self.roles.append(role)

    def freeze(self) -> Actor:
        aliases = tuple(a for a in self.aliases if a != self.name)
        mentions = _sorted_spans(self.mentions)
        if self.kind == "person":
            return Person(
                id=self.id,
                name=self.name,
                aliases=aliases,
                country=self.country,
                mentions=mentions,
                roles=tuple(self.roles),
            )
        if self.kind == "organization":
            return Organization(
                id=self.id, name=self.name, aliases=aliases, country=self.country, mentions=mentions
            )
        if self.kind == "country":
            return Country(
                id=self.id, name=self.name, aliases=aliases, country=self.country, mentions=mentions
            )
        return Group(
            id=self.id,
            name=self.name,
            aliases=aliases,
            country=self.country,
            mentions=mentions,
            members=tuple(dict.fromkeys(self.members)),
        )


# The stage builds a span (`_new_span`, see there) and a `Mention` per mention. Mention has no
# validators, but attrs sets each frozen field through a lookup: the mention's slots are
# filled directly, as `_new_span` does. `tests/text/test_text_entities_fastpaths.py` pins
# the field list, so a new field cannot be left unset.
_MENTION_SPAN: Callable[[Mention, Span], None] = vars(Mention)["span"].__set__
_MENTION_KIND: Callable[[Mention, MentionKind], None] = vars(Mention)["kind"].__set__
_MENTION_ACTORS: Callable[[Mention, tuple[str, ...]], None] = vars(Mention)["actors"].__set__
_MENTION_PLACE: Callable[[Mention, str | None], None] = vars(Mention)["place"].__set__


#: Titles of a head of government, whom "President X and Prime Minister Y" makes of X's state.
_HEADS_OF_GOVERNMENT = frozenset({"prime minister", "premier"})


#: The word after a mention, past an appositive's comma: "Faisal bin Farhan, met him".
_NEXT_WORD_AFTER = re.compile(r",?\s+([a-z]+)\b")


#: Initials written with dots, as one token: "K.P.", "M.K.".
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _before_verb(text: str, end: int) -> bool:
    """Whether a verb (or an auxiliary) follows the mention ending at *end*: its subject."""
    found = _NEXT_WORD_AFTER.match(text, end)
    if found is None:
        return False
    word = found.group(1)
    if word in AUXILIARIES or word.endswith("ed") or word in IRREGULAR_PAST:
        return True
    form = verb_cue(word)
    return form is not None and form[1] is not _FORM_ING


def _new_mention(span: Span, kind: MentionKind, actors: tuple[str, ...], place: str | None) -> Mention:
    """``Mention(span=span, kind=kind, actors=actors, place=place)`` (see above)."""
    mention: Mention = object.__new__(Mention)
    _MENTION_SPAN(mention, span)
    _MENTION_KIND(mention, kind)
    _MENTION_ACTORS(mention, actors)
    _MENTION_PLACE(mention, place)
    return mention


def _sorted_spans(spans: list[Span]) -> tuple[Span, ...]:
    """*spans* without repeats, by start then end."""
    # Keyed by offset tuples: they hash and sort in C, where `Span` (an attrs class) would
    # run its generated ``__hash__`` and a key function per element; the maps keep the
    # whole of it out of bytecode.
    by_offsets = dict(zip(map(_OFFSETS, spans), spans, strict=True))
    return tuple(map(by_offsets.__getitem__, sorted(by_offsets)))


class _Recency:
    """
    Actors in order of their last mention, so salience queries read the most recent few.

    Resolving "the two leaders" or "the Colombian president" by scanning every person would
    cost time proportional to the people named so far, at every such phrase: quadratic in a
    long document. Keys are ``(seen, -order)``: walking backwards gives the most recent
    first and, between actors last seen at the same offset, the one created first, which is
    what a stable sort by recency gave.
    """

    def __init__(self) -> None:
        self._keys: list[tuple[int, int]] = []
        self._actors: list[_Actor] = []

    def moved(self, actor: _Actor, old: int) -> None:
        """Re-file *actor*, last seen at *old* (-1: never), under its new ``seen``."""
        keys = self._keys
        if old >= 0 and keys[-1] == (old, -actor.order):
            # The actor was the most recent and stays so (it moved forward): most moves in a
            # forward pass are the last-named person named again.
            keys[-1] = (actor.seen, -actor.order)
            return
        if old >= 0:
            i = bisect.bisect_left(self._keys, (old, -actor.order))
            del self._keys[i]
            del self._actors[i]
        key = (actor.seen, -actor.order)
        i = bisect.bisect_left(self._keys, key)
        self._keys.insert(i, key)
        self._actors.insert(i, actor)

    def latest(self, before: int, limit: int = _SALIENCE_WINDOW) -> list[_Actor]:
        """Up to *limit* actors last seen before offset *before*, most recent first."""
        end = bisect.bisect_left(self._keys, (before, _MIN_KEY))
        return self._actors[max(0, end - limit) : end][::-1]


@attrs.define(eq=False)
class _Place:
    id: str
    name: str
    country: str | None
    kind: PlaceKind
    mentions: list[Span] = attrs.Factory(list)

    def freeze(self) -> Place:
        mentions = _sorted_spans(self.mentions)
        return Place(id=self.id, name=self.name, country=self.country, kind=self.kind, mentions=mentions)


@attrs.define(eq=False)
class _Item:
    """A recognised stretch of tokens ``[start, end)`` in one sentence."""

    start: int
    end: int
    kind: str  # title, name (lexicon entry), chunk, org, place, party, group
    entry: Entry | None = None
    title: str | None = None
    #: For "org"/"place" chunks: the country from a demonym or country just before.
    country: str | None = None


class EntityStage:
    """Find actors, places and mentions (see the module docstring for what becomes what)."""

    @property
    def name(self) -> str:
        """The stage name, ``"entities"``."""
        return "entities"

    def __call__(self, doc: Document) -> None:
        """Add actors, places and mentions to *doc*."""
        _Run(doc, lexicon()).run()


def _segments(doc: Document) -> list[Span]:
    if doc.sentences:
        return list(doc.sentences)
    body = list(doc.article.body) if doc.article is not None and doc.article.body else []
    if not body:
        body = [Span(start=0, end=len(doc.text))]
    text = doc.text
    out = []
    for span in body:
        start = span.start
        for m in _BOUNDARY.finditer(text, span.start, span.end):
            if m.group() != "\n" and _ABBREVIATION.search(text, max(start, m.start() - 12), m.start() + 1):
                continue
            if text[start : m.end()].strip():
                out.append(Span(start=start, end=m.end()))
            start = m.end()
        if text[start : span.end].strip():
            out.append(Span(start=start, end=span.end))
    return out


class _Run:
    """One run of the stage over one document."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.text = doc.text
        self.actors: list[_Actor] = []
        #: Every actor by id, so a reference resolves without a scan of `actors`.
        self.by_id: dict[str, _Actor] = {}
        self.places: list[_Place] = []
        self.mentions: list[Mention] = []
        self.countries: dict[str, _Actor] = {}
        self.country_places: dict[str, _Place] = {}
        self.orgs: dict[tuple[str, str | None], _Actor] = {}
        # Each name's body when the story has placed only one body of that name in a country
        # (None once a second country's is made: "Foreign Ministry" of Iran and of Turkey).
        self.org_by_name: dict[str, _Actor | None] = {}
        # The lower-case noun a body was named with ("the ruling Georgian Dream party"), by
        # id: "the party" is that body though its name holds no "party".
        self.org_nouns: dict[str, str] = {}
        self.groups: dict[tuple[str, str], _Actor] = {}
        self.named_places: dict[tuple[str, str | None], _Place] = {}
        self.by_full: dict[str, _Actor] = {}
        self.by_surname: dict[str, _Actor] = {}
        self.by_given: dict[str, _Actor] = {}
        self.shared_given: set[str] = set()
        #: Royals named by one word whose word is another person's surname ("Sultan Ibrahim"
        #: after "Anwar Ibrahim"), by that word: only a royal title finds them again.
        self.royals: dict[str, _Actor] = {}
        #: Every contiguous part of every person's name that may stand for the whole
        #: ("Lula", "Lopez Obrador", "bin Salman", "Erdogan"), folded by `fold_name`, plus
        #: initials ("MBS"); a part two people share maps to `_SHARED`.
        self.by_part: dict[str, _Actor | str] = {}
        self.indexed: set[tuple[str, str]] = set()
        self.persons: list[_Actor] = []
        # Salience: person ids per sentence, in order of mention (pronouns resolved included).
        self.sentence_persons: list[list[_Actor]] = []
        #: Per sentence, parallel to `sentence_persons`: the people named only inside a
        #: phrase fronted before the subject ("Asked about Trump's threat, ...").
        self.sentence_fronted: list[set[str]] = []
        # The last plural antecedent (a group or a plural mention) and its sentence number.
        self.last_plural: tuple[int, tuple[str, ...]] | None = None
        self.last_org: _Actor | None = None
        #: The sentence number and country of the last city named (see `venue_country`).
        self.last_city: tuple[int, str] | None = None
        # (phrase, title, country, whether only people named before the phrase may be it)
        self.deferred_titles: list[tuple[Span, str, str | None, bool]] = []
        # People and organizations in order of their last mention (see `_Recency`).
        self.person_recency = _Recency()
        self.org_recency = _Recency()
        self.spans: dict[tuple[int, int], Span] = {}
        # Unknown single capitalised words, linked at the end if someone turns out to bear
        # that surname ("Trump himself said ..." before "U.S. President Donald Trump").
        self.pending: list[tuple[int, int, str]] = []
        #: Name suffixes without their dot ("Jr", "Sr"), made once rather than per name.
        self.bare_suffixes = frozenset(s.rstrip(".") for s in lex.name_suffixes)
        #: Whether the sentence being read is a headline (see `name_stop`).
        self.in_headline = False
        #: Whether the sentence being read is the article's title (read after the story).
        self.reading_title = False

    # -- output ---------------------------------------------------------------------------------

    @functools.cached_property
    def _dateline_country(self) -> str | None:
        dateline = self.doc.source.dateline
        if not dateline:
            return None
        head = dateline.split(",")[0].strip()
        # Datelines are printed in capitals ("RIO DE JANEIRO"): the gazetteer's spelling has
        # title case with the small words of place names in lower case.
        words = [
            t.text.lower() if n and t.text.lower() in _PLACE_SMALL_WORDS else t.text.title()
            for n, t in enumerate(tokenize(head))
        ]
        found = self.lex.match_name(words, 0) if words else None
        if found is None or found[0] != len(words):
            # "LETICIA, Colombia (AP)": a town the gazetteer lacks, in the country after it.
            return self.dateline_town[1] if self.dateline_town is not None else None
        entry = found[1]
        return entry.country if entry.kind in {_CITY, _COUNTRY} else None

    @functools.cached_property
    def dateline_town(self) -> tuple[str, str] | None:
        """
        The dateline's town the gazetteer lacks and its country: ("leticia", "CO").

        AP and AFP print a small town's country after it ("LETICIA, Colombia (AP)"); the town
        is then a city of that country wherever the story names it.
        """
        dateline = self.doc.source.dateline
        if not dateline or dateline.count(",") != 1:
            return None
        head, tail = (part.strip() for part in dateline.split(","))
        if not head or not tail or self.lex.names.get((head.title(),)) is not None:
            return None
        found = self.lex.match_name([t.text for t in tokenize(tail)], 0)
        if found is None or found[1].kind is not _COUNTRY or found[1].country is None:
            return None
        return head.casefold(), found[1].country

    def home_country(self) -> str | None:
        """The country whose officials go without a demonym: the agency's, else the dateline's."""
        dateline = self.doc.source.dateline
        agency = self.agency_country(dateline) if dateline else None
        return agency if agency is not None else self.dateline_country()

    def agency_country(self, dateline: str) -> str | None:
        """
        The country of a national news agency credited after the dateline ("JAKARTA (Bernama)").

        An agency names its own country's officials without a demonym wherever it files
        from ("JAKARTA, June 27 (Bernama) -- Prime Minister Anwar Ibrahim" is Malaysia's);
        the international wires (Reuters, AP, AFP) follow the dateline's country instead.
        """
        text = self.doc.source.text
        at = text.find(dateline)
        if at < 0:
            return None
        m = _AGENCY.search(text, at + len(dateline), at + len(dateline) + _AGENCY_REACH)
        if m is None or m.group(1) in _INTERNATIONAL_WIRES:
            return None
        found = self.lex.match_name(m.group(1).split(), 0)
        if found is None or found[1].kind is not _ORGANIZATION:
            return None
        return found[1].country

    def dateline_country(self) -> str | None:
        """The country of the dateline's city ("BRASILIA, Nov 18 (Reuters) -"), if the lexicon knows it."""
        return self._dateline_country

    def story_state(self, noun: str) -> str | None:
        """
        The country "the Kingdom" or "the Sultanate" (*noun*) is in this story.

        The home country of the agency or dateline when it is such a state (SPA's "the
        Kingdom" is Saudi Arabia, Petra's Jordan), else the only such state the text has named.
        """
        states = _STATE_NOUN_COUNTRIES[noun]
        home = self.home_country()
        if home in states:
            return home
        named = [code for code in self.countries if code in states]
        return named[0] if len(named) == 1 else None

    def known_countries(self) -> None:
        """
        Give a person the text left without a country the one the office-holder list has.

        Only the full name is looked up ("Joe Biden", not "Biden"), and only once the whole
        text is read, so any country the text itself gives wins.
        """
        countries = officeholder_countries()
        home = self.home_country()
        here = self.dateline_country()
        own = self.countries.get(home) if home is not None and here is not None and here != home else None
        if own is not None and any(r.of == own.id for p in self.persons for r in p.roles):
            # "KATHMANDU (PTI) - Indian Foreign Secretary Vikram Misri called on Prime
            # Minister K P Sharma Oli": an agency that writes its own country's officials
            # with a demonym abroad leaves the host's without one.
            home = here
        monarchies = self.lex.monarchies
        # "ANKARA (AA) - Turkish Defence Minister Yasar Guler met Defence Minister Ruben
        # Brekelmans": an office the text already gave a home official is not a second
        # person's at home, so he is left without the home country.
        own_home = self.countries.get(home) if home is not None else None
        held = (
            {r.title for p in self.persons for r in p.roles if r.of == own_home.id}
            if own_home is not None
            else set()
        )
        for person in self.persons:
            if person.country is None:
                person.country = countries.get(fold_name(person.name)) or _longer_name_country(
                    person.name, countries
                )
            if (
                person.country is None
                and " " not in person.name
                and any(_home_office(r) and r.title.casefold() not in _ROYAL_TITLES for r in person.roles)
            ):
                # "President Erdogan", "PM Modi": one word after an office the list's holder has.
                person.country = officeholder_name_words().get(fold_name(person.name))
            if (
                person.country is None
                and home is not None
                and not person.guest
                and not (
                    held and not person.past and any(r.of is None and r.title in held for r in person.roles)
                )
                and any(
                    _home_office(r)
                    and (home in monarchies or r.title.casefold() not in _ROYAL_TITLES)
                    and self.office_exists(r.title.casefold(), home)
                    for r in person.roles
                )
            ):
                # "NEW DELHI (PTI) - ... PM Modi", "TOKYO (Kyodo) - ... Foreign Secretary": the
                # press names its own country's officials without a demonym (not its guests:
                # "visiting President Ferdinand Marcos Jr"; nor a king in a republic's story).
                person.country = home

    def office_exists(self, title: str, code: str) -> bool:
        """
        Whether country *code* has an office called *title* ("prime minister": not the US).

        A story datelined in Washington may name "former Prime Minister Junichiro Koizumi"
        without a demonym: the dateline's country cannot be his.
        """
        words = title.split(" ")
        if "minister" in words or "premier" in words:
            if code in _NO_MINISTERS:
                return False
            if ("prime" in words or "premier" in words) and code in self.lex.no_prime_minister:
                return False
        return not (words[-1] == "president" and len(words) == 1 and code in self.lex.monarchies)

    def run(self) -> None:
        segments = _segments(self.doc)
        for n, span in enumerate(segments):
            self.sentence(span, n, headline=False)
        title = self.doc.article.title if self.doc.article is not None else None
        if title is not None and not any(s.start < title.end and title.start < s.end for s in segments):
            self.reading_title = True
            self.sentence(title, len(segments), headline=True)
            self.reading_title = False
        self.resolve_deferred()
        self.known_countries()
        self.doc.actors.extend(a.freeze() for a in self.actors)
        # The genders the pronouns were resolved by, for the later stages ("her country").
        genders = self.doc.genders
        for a in self.actors:
            if a.gender is not None and a.kind == "person":
                genders[a.id] = a.gender
        self.doc.places.extend(p.freeze() for p in self.places)
        self.doc.mentions.extend(self.mentions)
        # By start, longer first on ties: two stable sorts (by end, descending, then by
        # start) order as one sort on (start, -end) does, with C key functions instead
        # of a lambda building a tuple per mention.
        self.doc.mentions.sort(key=_SPAN_END_OF, reverse=True)
        self.doc.mentions.sort(key=_SPAN_START_OF)

    def make_span(self, start: int, end: int) -> Span:
        """A `Span`, shared by every mention and actor that covers the same characters."""
        key = (start, end)
        span = self.spans.get(key)
        if span is None:
            span = self.spans[key] = _new_span(start, end)
        return span

    def mention(
        self,
        start: int,
        end: int,
        kind: MentionKind,
        actors: tuple[str, ...] = (),
        place: str | None = None,
    ) -> Mention:
        # `make_span` inlined: most mentions pass here.
        key = (start, end)
        span = self.spans.get(key)
        if span is None:
            span = self.spans[key] = _new_span(start, end)
        m = _new_mention(span, kind, actors, place)
        self.mentions.append(m)
        return m

    def mention_at(
        self, span: Span, kind: MentionKind, actors: tuple[str, ...] = (), place: str | None = None
    ) -> None:
        """`mention` for a caller that already holds the span (from `make_span`)."""
        self.mentions.append(_new_mention(span, kind, actors, place))

    # -- actor factories ------------------------------------------------------------------------

    def new_actor(self, kind: str, name: str, country: str | None = None) -> _Actor:
        recency = {"person": self.person_recency, "organization": self.org_recency}.get(kind)
        actor = _Actor(
            kind=kind,
            id=self.doc.new_id(name),
            name=name,
            country=country,
            order=len(self.actors),
            recency=recency,
        )
        self.actors.append(actor)
        self.by_id[actor.id] = actor
        return actor

    def country(self, code: str) -> _Actor:
        actor = self.countries.get(code)
        if actor is None:
            info = self.lex.countries.get(code)
            actor = self.new_actor("country", info.name if info else code, code)
            self.countries[code] = actor
        return actor

    def country_place(self, code: str) -> _Place:
        place = self.country_places.get(code)
        if place is None:
            name = self.country(code).name
            place = _Place(
                id=self.doc.new_id(f"{name} place"), name=name, country=code, kind=PlaceKind.COUNTRY
            )
            self.country_places[code] = place
            self.places.append(place)
        return place

    def org(self, name: str, country: str | None, *, display: str | None = None) -> _Actor:
        """The body *name* of *country* (made on first use, then called *display* if given)."""
        key = (name, country)
        actor = self.orgs.get(key) or self.orgs.get((name, None))
        if actor is None and country is None:
            # "the head of the Communications Directorate" after "Türkiye's Communications
            # Directorate": the body the story named with its country, not a second one.
            actor = self.org_by_name.get(name)
        if actor is None:
            actor = self.new_actor("organization", display or name, country)
            self.orgs[key] = actor
            self.org_by_name[name] = None if name in self.org_by_name else actor
        elif actor.country is None and country is not None:
            actor.country = country
        return actor

    def place(self, name: str, country: str | None, kind: PlaceKind, *, seat: bool = False) -> _Place:
        """
        The place *name* in *country* (made on first use).

        A seat of government (*seat*: "the Kremlin", "the White House") takes the id
        "<name>-place", so the organization it stands for is "kremlin", not "kremlin-2".
        """
        key = (name, country)
        place = self.named_places.get(key)
        if place is None:
            place = _Place(
                id=self.doc.new_id(f"{name} place" if seat else name), name=name, country=country, kind=kind
            )
            self.named_places[key] = place
            self.places.append(place)
        return place

    def group(self, name: str, key: tuple[str, str], country: str | None) -> _Actor:
        actor = self.groups.get(key)
        if actor is None:
            actor = self.new_actor("group", name, country)
            self.groups[key] = actor
        return actor

    def person(self, starts: list[int], texts: list[str], idx: list[int], *, royal: bool = False) -> _Actor:
        """
        The person named by tokens *idx* (a known one when the name or surname matches).

        After a royal title (*royal*) one word is a given name: "Sultan Ibrahim" is not "Anwar
        Ibrahim" named before, unless that one holds a royal title too.
        """
        full = self.text[starts[idx[0]] : starts[idx[-1]] + len(texts[idx[-1]])]
        words = [texts[k] for k in idx if texts[k][:1].isalpha()]
        while len(words) > 1 and words[-1].rstrip(".") in self.bare_suffixes:
            words.pop()
        surname = words[-1] if words else full
        known = self.by_full.get(full)
        if known is None and len(idx) == 1:
            known = self.by_surname.get(surname) or self.by_given.get(surname)
        if (
            royal
            and known is not None
            and len(idx) == 1
            and not known.name.startswith(full)
            and not _royal(known)
        ):
            # (A given name is how royals are named: "Prince Faisal" after "Foreign Minister
            # Faisal bin Farhan" is he.)
            known = self.royals.get(full)
            if known is None:
                # A new royal: the word stays the surname of the one named before it.
                known = self.royals[full] = self.new_actor("person", full)
                self.persons.append(known)
            return known
        if known is None and len(idx) > 1:
            # "Foreign Minister Al-Yahya" after "Abdullah Al-Yahya" (one hyphenated word, a
            # family name like any other), "King Abdullah II" after "King Abdullah II bin
            # Al-Hussein": part of a longer name the story gave first.
            found = self.by_alias(full)
            if found is not None and (" " not in full or len(found.name) > len(full)):
                known = found
        if known is None and len(idx) > 1:
            candidate = self.by_surname.get(surname)
            # "President Trump" came first: upgrade that person to the fuller "Donald Trump".
            if candidate is not None and candidate.name == surname:
                candidate.aliases.append(candidate.name)
                candidate.name = full
                known = candidate
        if known is None:
            known = self.new_actor("person", full)
            self.persons.append(known)
        self.by_full[full] = known
        self.by_full[known.name] = known
        self.by_surname[surname] = known
        if len(words) > 1:
            # "Wang Yi" ... "Wang said": family names come first in many languages.
            # A given name two people bear ("Mohammed bin Salman", "Mohammed bin Zayed")
            # names neither of them.
            given = self.by_given.setdefault(words[0], known)
            if given is not known:
                self.by_given.pop(words[0])
                self.shared_given.add(words[0])
            elif words[0] in self.shared_given:
                self.by_given.pop(words[0])
        self.index_parts(known, full)
        if known.name != full:
            self.index_parts(known, known.name)
        return known

    def index_parts(self, person: _Actor, name: str) -> None:
        """
        Make every short form of *name* find *person* ("Lula", "Lopez Obrador", "MBS").

        Any run of the name's words may stand for it: the family name is not always last
        ("Xi Jinping", "Luiz Inacio Lula da Silva") and may have two words ("Andrés Manuel
        López Obrador"). A run may open with a particle ("bin Salman") but not end with one
        ("Lula da"). Names have a handful of words, so this is a few dozen keys per person,
        made once per spelling however often the name recurs.
        """
        if (person.id, name) in self.indexed:
            return
        self.indexed.add((person.id, name))
        words = name.split()
        suffixes = self.lex.name_suffixes
        while len(words) > 1 and words[-1] in suffixes:
            words.pop()
        particles = self.lex.name_particles
        folded = [fold_name(w) for w in words]
        keys = {
            " ".join(folded[a:b])
            for a in range(len(folded))
            for b in range(a + 1, len(folded) + 1)
            if folded[b - 1] not in particles and (b - a > 1 or folded[a] not in particles)
        }
        if len(words) >= _MIN_ACRONYM:
            keys.add("".join(w[0] for w in words if w[:1].isalpha()).upper())
        for key in keys:
            known = self.by_part.setdefault(key, person)
            if known is not person:
                self.by_part[key] = _SHARED

    def by_alias(self, surface: str) -> _Actor | None:
        """The one person named so far whose name *surface* is a part of (see `index_parts`)."""
        if len(surface) >= _MIN_ACRONYM and surface.isalpha() and surface.isupper():
            found = self.by_part.get(surface)
        elif surface.isupper() and len(surface) < _MIN_ACRONYM:
            # "UN", "US", "EU" are not "Kim Jong Un" or "Ji Us" in capitals.
            return None
        else:
            found = self.by_part.get(fold_name(" ".join(surface.split())))
        return found if isinstance(found, _Actor) else None

    # -- one sentence ---------------------------------------------------------------------------

    def sentence(self, span: Span, number: int, *, headline: bool) -> None:
        # The token texts and start offsets (a token ends at its start plus its length).
        texts, starts = split_tokens(self.text, span.start, span.end)
        if not texts:
            self.sentence_persons.append([])
            self.sentence_fronted.append(set())
            return
        lowered = list(map(str.lower, texts))
        # Headings are short: only short sentences are checked for title case.
        headline = headline or (len(texts) <= _HEADING_TOKENS and _title_case_line(texts))
        # The only tokens either pass acts on: capitalised words, words that can start a title
        # (`classify`) and the lower-case words `_Sentence.on_word` reads. Found in one
        # comprehension, so neither pass visits the other words of the sentence.
        triggers = _triggers(self.lex)
        # A token differs from its lower-case form when it has a capital: a comparison, where
        # `texts[k][0].isupper()` made a method call per token (the few tokens with a capital
        # past their first letter, "eBay", are dropped again by `classify`).
        cand = [k for k in range(len(texts)) if texts[k] != lowered[k] or lowered[k] in triggers]
        self.in_headline = headline
        items = self.classify(starts, texts, lowered, cand, headline=headline)
        walker = _Sentence(self, starts, texts, lowered, items, number=number, headline=headline)
        walker.walk(cand)
        # A substring search in C, not a scan of the token list: most sentences have no such verb.
        if (
            not headline
            and self.text.find("accompanied ", span.start, span.end) >= 0
            and "accompanied" in lowered
        ):
            walker.companions(lowered.index("accompanied"))

    @staticmethod
    def officeholder_at(texts: list[str], i: int) -> bool:
        """Whether two to four words from token *i* are a listed office holder's whole name."""
        countries = officeholder_countries()
        return any(
            fold_name(" ".join(texts[i:k])) in countries
            and fold_name(" ".join(texts[i + 1 : k])) not in countries
            for k in range(i + 2, min(len(texts), i + 4) + 1)
        )

    def name_stop(self, starts: list[int], texts: list[str], k: int) -> bool:
        """
        Whether the capitalised stop word at token *k* is a word of a name ("To Lam", "He Lifeng").

        Vietnamese, Chinese and Korean names are made of short syllables, some of which spell
        English function words ("To", "Do", "He", "An", "So"). Written with a capital inside a
        clause (after a word or a comma, never after a full stop, a quote or a dash) and
        followed by another capitalised word, such a word is not the function word: English
        capitalises one there only as part of a name ("Government House", "Doctors Without
        Borders"). At the start of a sentence the reading stays the function word's, unless
        the two words begin the name of someone already named ("To Lam accepted"). Asked
        only of stop words, so it costs nothing for the other words of a sentence.
        """
        t = texts[k]
        if self.in_headline or t not in self.lex.stopwords or k + 1 >= len(texts):
            return False
        nxt = texts[k + 1]
        if not nxt[:1].isupper():
            return False
        by_part = self.by_part
        if (
            by_part
            and isinstance(person := by_part.get(fold_name(f"{t} {nxt}")), _Actor)
            and person.name.startswith(t + " ")
        ):
            return True
        return bool(
            k
            and len(t) > 1
            and t not in _ARTICLES
            and nxt[:1].isalpha()
            and nxt not in self.lex.stopwords
            # "said In Russia": the word before a country or an organization keeps its own
            # reading (a city may be a syllable of a name: "Do Hung Viet").
            and not (
                nxt in self.lex.names_max
                and (hit := self.lex.match_name(texts, k + 1)) is not None
                and hit[1].kind is not _CITY
            )
            # "His Highness", "Her Majesty": a style of address, not a name.
            and nxt.lower() not in _STYLES
            and nxt != "Royal"
            and (
                texts[k - 1][:1].isalpha()
                or texts[k - 1] == ","
                # '"...," To Lam said': a quotation closed by its comma goes on the sentence.
                or (k > 1 and texts[k - 1] in _CLOSING_QUOTES and texts[k - 2] == ",")
            )
            and (starts[k - 1] + len(texts[k - 1])) < starts[k]
        )

    def initial(self, starts: list[int], texts: list[str], i: int) -> bool:
        """Whether token *i* starts the sentence (or a quotation or clause after a colon)."""
        j = i - 1
        while j >= 0 and texts[j] in _OPENERS:
            if texts[j] in _DASHES or j == 0 or starts[j] == 0:
                return True
            if self.text[starts[j] - 1].isspace():
                return True
            j -= 1
        return j < 0

    def cap_word(self, text: str) -> bool:
        return text[:1].isupper() and text[:1].isalpha() and text not in self.lex.stopwords

    def office_before_name(self, texts: list[str], j: int, low: str) -> bool:
        """Whether a leader's or minister's title starts at *j* and a capitalised word follows it."""
        window = [t.lower() for t in texts[j : j + self.lex.titles_max[low]]]
        hit = self.lex.match_title(window, 0)
        if hit is None:
            return False
        end, title = hit
        if (
            title not in self.lex.leader_titles
            and title.rsplit(" ", 1)[-1] not in _OFFICE_HEADS
            and title not in _REGIONAL_OFFICES
            and title not in _COMPANY_OFFICES
        ):
            return False
        return j + end < len(texts) and self.cap_word(texts[j + end])

    @staticmethod
    def title_owning(items: list[_Item | None], texts: list[str], i: int) -> int:
        """The start of a title followed by a possessive right before token *i*, or -1."""
        if i < _PAIR or texts[i - 1] not in _POSSESSIVE:
            return -1
        for k in range(i - 2, max(-1, i - 6), -1):
            it = items[k]
            if it is not None:
                return k if it.kind == "title" and it.end == i - 1 else -1
        return -1

    def ends_with_country(self, texts: list[str], i: int, j: int) -> bool:
        """Whether the words ``[i, j)`` end with "of [the] <country>" ("Bank of South Africa")."""
        names = self.lex.names
        for size in (1, 2):
            k = j - size
            if k - 1 <= i:
                return False
            entry = names.get(tuple(texts[k:j]))
            if entry is not None and entry.kind is _COUNTRY:
                return texts[k - 1] == "of" or (texts[k - 1] == "the" and k - 2 > i and texts[k - 2] == "of")
        return False

    def company_office_at(self, texts: list[str], j: int) -> bool:
        """Whether a company's office (`_COMPANY_OFFICES`) starts at *j*, a name after it."""
        window = [t.lower() for t in texts[j : j + self.lex.titles_max.get(texts[j].lower(), 1)]]
        hit = self.lex.match_title(window, 0)
        return (
            hit is not None
            and hit[1] in _COMPANY_OFFICES
            and j + hit[0] < len(texts)
            and self.cap_word(texts[j + hit[0]])
        )

    def title_at(self, texts: list[str], j: int) -> bool:
        """Whether a title starts at token *j* (of a sentence's capitalised words)."""
        low = texts[j].lower()
        size = self.lex.titles_max.get(low)
        if size is None:
            return False
        return self.lex.match_title([t.lower() for t in texts[j : j + size]], 0) is not None

    def surname_day(self, texts: list[str], i: int) -> bool:
        """Whether the day abbreviation at *i* is a surname ("Vice Foreign Minister Sun Weidong")."""
        if texts[i] not in _SURNAME_DAYS or i + 1 >= len(texts):
            return False
        nxt = texts[i + 1]
        return self.cap_word(nxt) and not _is_calendar(self.lex.names.get((nxt,)))

    def may_extend(self, texts: list[str], end: int) -> bool:
        """
        Whether `read_chunk`, from a token before *end*, could read past *end*.

        False means the chunk stops at or before *end*: the token there neither continues a
        name (capitalised word, particle, joiner, the dot of an initial) nor is a connector
        before a capitalised word. Lexicon names are mostly followed by such a token
        ("U.S. officials", "India, "), and this check saves reading their chunk.
        """
        if end >= len(texts):
            return False
        t = texts[end]
        if t[:1].isupper() and t[:1].isalpha():
            # A capitalised word continues the name; so may a stop word before a capital, as
            # a syllable of a name (`name_stop`).
            return (
                t not in self.lex.stopwords
                or (end + 1 < len(texts) and texts[end + 1][:1].isupper())
                # "Tigray People's Liberation Front".
                or t in _COLLECTIVE_POSSESSORS
            )
        if t in _JOINERS or t == "." or t in self.lex.name_particles:
            return True
        return t in _CONNECTORS and end + 1 < len(texts) and self.cap_word(texts[end + 1])

    def read_chunk(self, starts: list[int], texts: list[str], i: int) -> tuple[int, bool, bool]:
        """
        Read the capitalised phrase at token *i*.

        Returns ``(end, org_head, place_head)``: connectors ("of", "for", "and") are kept only
        when an organization or place head word follows them ("Alliance of Democracies").
        """
        lex = self.lex
        names, org_heads, place_heads, stopwords = lex.names, lex.org_heads, lex.place_heads, lex.stopwords
        titles_max = lex.titles_max
        n = len(texts)
        j = i
        end = i
        first_connector: int | None = None
        and_at = -1
        org_at = place_at = first_head = -1
        while j < n:
            t = texts[j]
            # `cap_word`, inlined: this loop runs over every capitalised word of the text.
            if (
                t[0].isupper()
                and t[0].isalpha()
                and (
                    t not in stopwords
                    or (
                        j + 1 < n
                        and texts[j + 1][:1].isupper()
                        and self.name_stop(starts, texts, j)
                        # "the Communist Party of Vietnam To Lam": after the country that ends
                        # an organization's name, a syllable begins the next name.
                        and not (
                            org_at >= 0
                            and (e := names.get((texts[j - 1],))) is not None
                            and e.kind is _COUNTRY
                        )
                    )
                    or (t in _COLLECTIVE_POSSESSORS and _collective_org(texts, j, org_heads))
                )
            ):
                if (
                    j > i
                    and (low := t.lower()) in titles_max
                    and (
                        (org_at < 0 and (place_at < 0 or texts[place_at] in _REGION_HEADS))
                        # "Reserve Bank of India Governor Sanjay Malhotra": a body's name
                        # ends with its country, and an office follows.
                        or (org_at >= 0 and self.ends_with_country(texts, i, j))
                    )
                    and self.office_before_name(texts, j, low)
                ):
                    # "Western Australia Premier Roger Cook": an office between two names (not
                    # inside a building's: "Hotel President Wilson").
                    break
                entry = names.get((t,))
                if (
                    entry is not None
                    and entry.kind is _CALENDAR
                    and (j == i or (j + 1 < n and texts[j + 1][:1].isdigit()))
                    and not self.surname_day(texts, j)
                ):
                    break
                if t in org_heads:
                    org_at = j
                    if first_head < 0:
                        first_head = j
                if t in place_heads:
                    place_at = j
                    if first_head < 0:
                        first_head = j
                j += 1
                if (
                    ((len(t) == 1 and t.isupper()) or t in _DOTTED_WORDS)
                    and j < n
                    and texts[j] == "."
                    # "wrote on X. Kamikawa said": the platform ends its sentence.
                    and not (t == "X" and j >= _PAIR and texts[j - 2] in {"on", "via"})
                ):
                    j += 1  # an initial, or "St." of "St. Peter's Basilica"
                if (
                    j + 1 < n
                    and texts[j] in _POSSESSIVE
                    and (
                        (texts[j + 1] in place_heads and t not in org_heads and t not in place_heads)
                        or (t in _COLLECTIVE_POSSESSORS and _collective_org(texts, j - 1, org_heads))
                    )
                    and (starts[j - 1] + len(texts[j - 1])) == starts[j]
                ):
                    # "St. Peter's Basilica": the possessive inside a place name whose head
                    # follows it ("the Hudson Institute's Center" is two names); and a party
                    # or front named for whom it speaks ("People's Party").
                    j += 1
                # "East-West", "Senkaku/Diaoyu", "Jean-Yves": joined with no space (not
                # "Geneva-based", "Iran-backed": a participle makes a modifier of the name).
                while (
                    j + 1 < n
                    and texts[j] in _JOINERS
                    and (starts[j - 1] + len(texts[j - 1])) == starts[j]
                    and (starts[j] + len(texts[j])) == starts[j + 1]
                    and texts[j + 1][:1].isalpha()
                    and not (texts[j + 1].islower() and texts[j + 1].endswith(_PARTICIPLE_ENDINGS))
                ):
                    j += 2
                end = j
            elif t in lex.name_particles and j > i and (m := self._after_particles(texts, j)) is not None:
                j = m
            elif j > i and t[:2] in _ELISIONS and t[2:3].isupper() and texts[j - 1] in lex.name_particles:
                # "Banque des Etats de l'Afrique Centrale": an elided article before a
                # capitalised word, after a particle, goes on with the name.
                j += 1
                end = j
            elif (
                t in _CONNECTORS
                and j > i
                and j + 1 < n
                and (
                    self.cap_word(texts[j + 1])
                    # "University of New South Wales": a place whose first word is a stop
                    # word, after a head word.
                    or (
                        max(org_at, place_at) >= 0
                        and texts[j + 1][:1].isupper()
                        and texts[j + 1] not in _ARTICLES
                        and j + 2 < n
                        and self.cap_word(texts[j + 2])
                    )
                    # "University of the Witwatersrand": "of the" before a capital, after a
                    # head word ("John Smith of the Brookings Institution" is two names).
                    or (
                        t == "of"
                        and max(org_at, place_at) >= 0
                        and texts[j + 1] == "the"
                        and j + 2 < n
                        and self.cap_word(texts[j + 2])
                    )
                )
                and not _is_calendar(names.get((texts[j + 1],)))
            ):
                # Not "Bank of China on Monday": a connector before a day or month ends the name.
                if first_connector is None:
                    first_connector = j
                if t == "and" and and_at < 0:
                    and_at = j
                j += 1
            else:
                break
        if and_at >= 0 and (
            (
                max(org_at, place_at) < and_at < end
                # "Centre for Arab and Mediterranean Studies": "and" inside the complement
                # of the head word joins two of its words, not two names.
                and not (
                    org_at >= 0
                    and first_connector is not None
                    and org_at < first_connector < and_at
                    # "... of the Council of Ministers and National Security Advisor": a
                    # title after "and" starts the next item of a list.
                    and not self.title_at(texts, and_at + 1)
                )
            )
            # "Hyundai Motor Group and LG Energy Solution": a name that ends in its head
            # word right before "and" is complete (not "Center for Strategic and ...").
            or (and_at < end and texts[and_at - 1] in org_heads and first_connector == and_at)
        ):
            # "the Western Indian Ocean and Africa": a list, not one name.
            end = and_at
            org_at = org_at if org_at < end else (end - 1 if texts[end - 1] in org_heads else -1)
            place_at = place_at if place_at < end else -1
        if (
            first_connector is not None
            and first_head > first_connector > i + 1
            and texts[first_connector] == "of"
            and names.get((texts[i],)) is None
        ):
            # "Ken Opalo of Georgetown University": a head word only after "of" (unlike "Bank
            # of China", "University of Ghana") places a name by its workplace.
            end = first_connector
            org_at = place_at = -1
        if first_connector is not None and max(org_at, place_at) < 0 and first_connector < end:
            end = first_connector
            org_at = org_at if org_at < end else -1
            place_at = place_at if place_at < end else -1
        if (
            org_at >= 0
            and org_at + 1 < end
            and texts[org_at + 1] not in _CONNECTORS
            and texts[org_at] not in _LEADING_HEADS
        ):
            # "Sinovac Biotech COVID-19": the name stops at its head word.
            tail_connector = any(texts[k] in _CONNECTORS for k in range(org_at + 1, end))
            if not tail_connector:
                end = org_at + 1
        return end, org_at >= 0, place_at >= 0 and org_at < 0

    def _after_particles(self, texts: list[str], j: int) -> int | None:
        """
        Where a name resumes after the particles at *j* ("da Silva", "von der Leyen", "al-Sudani").

        None when no capitalised word follows them: the particle then ends the name.
        """
        n = len(texts)
        particles = self.lex.name_particles
        m = j
        while m < n and m - j < _MAX_PARTICLES and texts[m] in particles:
            m += 1
        if m < n and texts[m] in _JOINERS:
            m += 1
        if m < n and m > j and texts[m][:2] in _ELISIONS and texts[m][2:3].isupper():
            return m  # "de l'Afrique": the elided article opens the next word
        return m if m < n and m > j and self.cap_word(texts[m]) else None

    def portfolio_list(self, texts: list[str], i: int, *, lower: bool = False) -> tuple[int, bool]:
        """
        The end of the ministry words joined by "and" or commas at *i*, and whether "and" joined them.

        "Energy and Natural Resources", "Trade, Industry and Energy": a government's own
        combination of briefs, read from the words ministries are named with. A comma must
        lead to an "and" ("Industry, Yersayin Nagaspayev" is a title and a name). With
        *lower*, the words are written in lower case ("the minister of finance and planning").
        """
        words = self.lex.portfolio_words

        def brief(t: str) -> bool:
            return (t.islower() and t.capitalize() in words) if lower else t in words

        n = len(texts)
        j = end = i
        joined = False
        while j < n and j - i < _MAX_PORTFOLIO_LIST:
            t = texts[j]
            if brief(t):
                j += 1
                if joined:
                    end = j
            elif t in _PORTFOLIO_JOINERS and j > i and j + 1 < n and brief(texts[j + 1]):
                joined = joined or t != ","
                j += 1
            elif t == "and" and j > i and j + 2 < n and texts[j + 1] == "the" and brief(texts[j + 2]):
                # "Sustainability and the Environment".
                joined = True
                j += 2
            else:
                break
        return (end, True) if joined else (i, False)

    def portfolio_title(self, texts: list[str], lowered: list[str], i: int) -> tuple[int, str] | None:
        """
        A minister's title whose portfolio is a list of briefs at *i*: (end index, title).

        "Energy and Natural Resources Minister", "Trade, Industry and Energy Minister": the
        lexicon lists "energy minister", not every combination, so the list is read whole up
        to the office word (else "Energy" is an organization and "Trade" a person).
        """
        end, joined = self.portfolio_list(texts, i)
        if not joined or end >= len(texts) or lowered[end] not in self.lex.titles_max:
            return None
        office = self.lex.match_title(lowered, end)
        if office is None or office[1].rsplit(" ", 1)[-1] not in _OFFICE_HEADS:
            return None
        return office[0], " ".join(lowered[i : office[0]]).replace(" ,", ",")

    def brief_words(self, texts: list[str], lowered: list[str], i: int) -> int:
        """
        The end of the ministry words at *i* when a name follows them, else *i*.

        "[International Trade] Maninder Sidhu", "[Energy and Mineral Resources] Bahlil
        Lahadalia": words ministries are named with, joined as in `portfolio_list`.
        """
        n = len(texts)
        words = self.lex.portfolio_words
        m = i
        while m < n and m - i < _MAX_PORTFOLIO_LIST and texts[m] in words:
            m += 1
        more, joined = self.portfolio_list(texts, m - 1)
        if joined:
            m = more
        if (
            m + 1 < n
            and self.cap_word(texts[m])
            # ("... Affairs Sheikh Mohammad Al-Sabah": a courtesy title opens the name.)
            and (lowered[m] not in self.lex.titles_max or lowered[m] in _COURTESY_TITLES)
            and self.lex.match_name(texts, m) is None
        ):
            return m
        return i

    def portfolio_more(self, texts: list[str], lowered: list[str], end: int) -> int:
        """
        The end of more briefs after a title that ends in one ("Minister of Industry [and Construction]").

        Read only when a name follows them, so "Secretary of State and Defense Secretary X"
        stays two titles; else *end*.
        """
        n = len(texts)
        if not (end + 1 < n and texts[end] in _PORTFOLIO_JOINERS):
            return end
        last = texts[end - 1]
        lower = last.islower()
        if not (last.capitalize() in self.lex.portfolio_words if lower else last in self.lex.portfolio_words):
            return end
        more, joined = self.portfolio_list(texts, end - 1, lower=lower)
        if lower:
            # "the minister of finance and planning, Mthuli Ncube,": in lower case, only before
            # a name set off by a comma (not "the minister of trade and industry leaders").
            more_ok = more + 2 < n and texts[more] == "," and self.cap_word(texts[more + 1])
            return more if joined and more_ok else end
        if (
            joined
            and more + 1 < n
            and self.cap_word(texts[more])
            and lowered[more] not in self.lex.titles_max
            and self.lex.match_name(texts, more) is None
        ):
            return more
        return end

    def heads_between(self, texts: list[str], start: int, end: int) -> bool:
        """Whether an organization or place head word lies in ``texts[start:end]``."""
        lex = self.lex
        return any(t in lex.org_heads or t in lex.place_heads for t in texts[start:end])

    def classify(
        self,
        starts: list[int],
        texts: list[str],
        lowered: list[str],
        cand: list[int],
        *,
        headline: bool,
    ) -> list[_Item | None]:
        """
        Pass 1: mark lexicon entries, titles, parties and capitalised phrases.

        Only capitalised words and words that can start a title can start an item: *cand*
        holds them (and the words `_Sentence.on_word` reads, skipped here).
        """
        lex = self.lex
        titles_max, names_max, parties = lex.titles_max, lex.names_max, lex.parties
        portfolio_words = lex.portfolio_words
        match_title = lex.match_title
        # The two lookups made at every candidate token call `longest_match` directly: the
        # `Lexicon` methods would add a Python call each.
        names, names_prefixes = lex.names, lex.names_prefixes
        titles, titles_prefixes = lex.titles, lex.titles_prefixes
        n = len(texts)
        items: list[_Item | None] = [None] * n
        pos = 0
        civilian_end = title_end = -1
        for i in cand:
            if i < pos:
                continue
            t = texts[i]
            upper = t[0].isupper()
            title_start = lowered[i] in titles_max
            if not (upper or title_start or t in names_max):
                # (A lexicon name may open in lower case: "fighting al-Shabaab".)
                continue
            if not t[0].isalnum():
                pos = i + 1
                continue
            if t in _PRE_NAME_WORDS:
                # One probe for the styles and honorifics below (most capitalised words are
                # none of them).
                if (
                    t in _BARE_HONORIFICS
                    and i + 1 < n
                    and texts[i + 1][:1].isupper()
                    and texts[i + 1][:1].isalpha()
                    and t in lex.honorifics
                ):
                    # "Mr Martin", "Ms O'Neill", "Sir Keir Starmer": British style writes the
                    # honorific without a full stop; it is no part of the name
                    # (`honorific_before` reads it), as "Mr." is not.
                    pos = i + 1
                    continue
                if t in _MALAY_STYLE_FIRST and (m := _malay_style_end(texts, i)) > i:
                    # "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin": Malaysian
                    # styles, no part of the name (Bernama writes them before every
                    # dignitary's).
                    pos = m
                    continue
                if t in _STYLE_TOKENS and (
                    t in _STYLE_ABBREVIATIONS or (i and lowered[i - 1] in _STYLE_OWNERS)
                ):
                    # "H.H. Sheikh Tahnoun", "His Royal Highness Prince William": a style of
                    # address, no part of the name or title after it.
                    pos = i + 1
                    if (
                        i >= _PAIR
                        and lowered[i - 2] == "of"
                        and i + 2 < n
                        and lowered[i + 1] == "the"
                        and lowered[i + 2] in _ROYAL_TITLES
                    ):
                        # "Director of the Office of His Majesty the King Yousef Al-Issawi":
                        # the ruler's style inside an office's name; "the King" is not
                        # Yousef's title.
                        pos = i + 3
                    continue
            # Most tokens start no entry: two dict probes decide that before any call.
            title = longest_match(titles, titles_prefixes, lowered, i) if title_start else None
            name = longest_match(names, names_prefixes, texts, i) if t in names_max else None
            if name is not None and name[1].kind is _CALENDAR and self.surname_day(texts, i):
                name = None
            if title is None and name is None and not upper:
                pos = i + 1
                continue
            if (
                title is not None
                and title[1] in _ROYAL_TITLES
                and i
                and (
                    texts[i - 1] in lex.honorifics
                    or (i > 1 and texts[i - 1] == "." and texts[i - 2] + "." in lex.honorifics)
                )
            ):
                # "Dr. Sultan Ahmed Al Jaber", "Sheikh Sultan bin Mohammed": after an honorific
                # or a courtesy title, "Sultan" is a given name.
                title = None
            if (
                title is not None
                and title[1] in _MONARCH_TITLES
                and title[0] < n
                and texts[title[0]][:1].isupper()
                and (i == title_end or self.officeholder_at(texts, i))
            ):
                # "Foreign Minister Amir Khan Muttaqi", "Industry Minister Sultan Al Jaber":
                # right after an office, a monarch's title is a given name (no minister is
                # a reigning emir, though many are princes); so it is in the name of a listed
                # office holder opening a sentence ("Amir Khan Muttaqi said", not "King
                # Abdullah II", whose name without the title is listed too).
                title = None
            if (
                title is not None
                and i == civilian_end
                and t in _BARE_RANKS
                and (i + 1 >= n or texts[i + 1] != ".")
                and title[0] == i + 1
            ):
                # "Defense Minister Gen Nakatani": a name, not a general's rank (a minister
                # is no general, and the rank is written "Gen." before a name).
                title = None
            if title is not None and title[1] == "official" and upper and not self.initial(starts, texts, i):
                # "Japan's Official Security Assistance program": capitalised inside a
                # sentence, "Official" opens a name; no one is titled "Official" before a name.
                title = None
            if (
                title is not None
                and title[1] in _DEPUTY_WORDS
                and title[0] < n
                and lowered[title[0]] in titles_max
                and (office := match_title(lowered, title[0])) is not None
            ):
                # "Deputy Chief Cabinet Secretary Seiji Kihara": the deputy of an office the
                # lexicon lists without one.
                title = (office[0], f"{title[1]} {office[1]}")
            if title is None:
                if upper and t in portfolio_words:
                    title = self.portfolio_title(texts, lowered, i)
            elif (
                title[0] + 2 < n
                and lowered[title[0]] in _BRIEF_PREPOSITIONS_OF
                and texts[title[0] + 1] in portfolio_words
                and title[1].rsplit(" ", 1)[-1] in _OFFICE_HEADS
                and (brief := self.brief_words(texts, lowered, title[0] + 1)) > title[0] + 1
            ):
                # "Minister of International Trade Maninder Sidhu": a brief the lexicon does
                # not list, in the words ministries are named with, then a name.
                title = (brief, " ".join(lowered[i:brief]).replace(" ,", ","))
            if title is not None and (name is None or title[0] >= name[0]):
                if (
                    title[0] + 1 < n
                    and texts[title[0]] in _PORTFOLIO_JOINERS
                    and (more := self.portfolio_more(texts, lowered, title[0])) > title[0]
                ):
                    # "Minister of Industry and Construction Yersayin Nagaspayev".
                    title = (more, " ".join(lowered[i:more]).replace(" ,", ","))
                items[i] = _Item(i, title[0], "title", title=title[1])
                pos = title_end = title[0]
                if title[1].rsplit(" ", 1)[-1] in _CIVILIAN_TITLE_HEADS:
                    civilian_end = title[0]
                continue
            if (
                t in parties
                and i + 1 < n
                and (
                    lex.match_title(lowered, i + 1) is not None
                    or lex.match_group_noun(lowered, i + 1) is not None
                )
            ):
                items[i] = _Item(i, i + 1, "party", title=t)
                pos = i + 1
                continue
            if name is not None:
                end, entry = name
                if entry.kind is _CALENDAR:
                    pos = end
                    continue
                chunk_end, org_head, place_head = (end, False, False)
                # (A capitalised word is a `cap_word` or a stop word: the first test suffices.)
                if upper and self.may_extend(texts, end):
                    chunk_end, org_head, place_head = self.read_chunk(starts, texts, i)
                ambiguous = (
                    entry.kind is _COUNTRY
                    and t in lex.ambiguous_country_names
                    and end < n
                    and (
                        # "Kogi and Niger states", "Niger State", "Georgia state
                        # lawmakers": a federal state named like the country.
                        (
                            lowered[end] in _STATE_NOUNS
                            # (but "Niger state media", "Niger's state-run television": the
                            # country's own.)
                            and (end + 1 >= n or lowered[end + 1] not in _STATE_OWNED)
                        )
                        or (
                            self.cap_word(texts[end])
                            and lex.match_name(texts, end) is None
                            and lex.match_title(lowered, end) is None
                        )
                    )
                    # "the Hashemite Kingdom of Jordan Abdullah II", "King of Jordan
                    # Abdullah II": after a state's or a ruler's "of", the country.
                    and not (
                        i >= _PAIR
                        and texts[i - 1] == "of"
                        and (texts[i - 2] in _STATE_WORDS or lowered[i - 2] in lex.leader_titles)
                    )
                )
                if (
                    chunk_end > end
                    and not (org_head or place_head)
                    and entry.kind in _LAND_KINDS
                    and (
                        (
                            chunk_end < n
                            and lowered[chunk_end] in _LOWER_PARTY_HEADS
                            and texts[chunk_end].islower()
                            and match_title(lowered, end) is None
                            # (not "the U.S.-Japan alliance": two countries' pact.)
                            and texts[end] not in _JOINT_HYPHENS
                            and self.lex.match_name(texts, end) is None
                        )
                        or " ".join(texts[i:chunk_end]) in self.org_by_name
                    )
                ):
                    # "the ruling Georgian Dream party", "the Kenya Kwanza coalition": a party
                    # named with its country's word, then (once named) "Georgian Dream said".
                    noun = lowered[chunk_end] if chunk_end < n else None
                    if noun not in _LOWER_PARTY_HEADS or not texts[chunk_end].islower():
                        noun = None
                    items[i] = _Item(i, chunk_end, "org", title=noun, country=entry.country)
                    pos = chunk_end
                    continue
                if (
                    not headline
                    and chunk_end > end
                    and (org_head or place_head)
                    and not ambiguous
                    and self.heads_between(texts, end, chunk_end)
                ):
                    if entry.kind in _LAND_KINDS and not (
                        org_head and not _NAMED_WITH_DEMONYM.isdisjoint(texts[end:chunk_end])
                    ):
                        # "Russian Foreign Ministry": the demonym qualifies the organization
                        # (but "Australian National University" is a name, demonym and all).
                        items[i] = _Item(i, end, "name", entry=entry)
                        if (
                            lowered[end] in titles_max
                            and (office := match_title(lowered, end)) is not None
                            and not _OFFICE_HEADS.isdisjoint(office[1].split(" "))
                        ) or (
                            texts[end] in lex.portfolio_words
                            and self.portfolio_title(texts, lowered, end) is not None
                        ):
                            # "French Armed Forces Minister Sebastien Lecornu": a minister's
                            # title, whose first words would read as an organization (but
                            # "Foreign Ministry spokesperson" is the ministry's spokesperson).
                            pos = end
                            continue
                        rest_end, rest_org, _ = self.read_chunk(starts, texts, end)
                        if rest_end > end:
                            kind = "org" if rest_org else "place"
                            items[end] = _Item(end, rest_end, kind, country=entry.country)
                            pos = rest_end
                            continue
                        pos = end
                        continue
                    items[i] = _Item(i, chunk_end, "org" if org_head else "place", country=entry.country)
                    pos = chunk_end
                    continue
                if not ambiguous:
                    items[i] = _Item(i, end, "name", entry=entry)
                    # "the Philippine government", "Japanese government sources", "the
                    # Egyptian foreign ministry", "Russia's defence ministry".
                    institution = _institution_end(texts, lowered, end) if entry.kind in _LAND_KINDS else 0
                    if institution:
                        items[i] = _Item(i, institution, "org", entry=entry, country=entry.country)
                        pos = institution
                        continue
                    if (
                        entry.kind is _CITY
                        and entry.capital
                        and end < n
                        and texts[end] in _POSSESSIVE
                        and (institution := _institution_end(texts, lowered, end))
                        and lowered[institution - 1] in _CAPITAL_INSTITUTIONS
                    ):
                        # "Jakarta's foreign ministry", "Beijing's embassy": the capital
                        # stands for its state, whose institution this is (a city has no
                        # ministry; "Delhi's government" may be the city's, so not that).
                        items[i] = _Item(i, institution, "org", country=entry.country)
                        pos = institution
                        continue
                    pos = end
                    continue
            if (
                lowered[i] in _SIDE_WORDS
                and i + 1 < n
                and (
                    ((side := lex.match_name(texts, i + 1)) is not None and side[1].kind in _LAND_KINDS)
                    # ("Opposition People Power Party floor leader Song Eon-seog".)
                    or (side is not None and side[1].kind is _ORGANIZATION)
                )
            ):
                # "Opposition Maldivian Democratic Party (MDP) leader Abdulla Shahid": which
                # side a party is on, capitalised at the start of a sentence, is no part of
                # its name (the party is named with its demonym).
                pos = i + 1
                continue
            if (
                lowered[i] in lex.title_prefixes
                and i + 1 < n
                and (lex.match_title(lowered, i + 1) is not None or lex.match_name(texts, i + 1) is not None)
            ):
                # "Former U.S. President Barack Obama" opening a sentence: the prefix of a
                # title, not the first word of a name.
                pos = i + 1
                continue
            if (
                self.cap_word(t)
                or (i + 1 < n and texts[i + 1][:1].isupper() and self.name_stop(starts, texts, i))
                or (t in _COLLECTIVE_POSSESSORS and _collective_org(texts, i, lex.org_heads))
            ) and not (t.isupper() and len(t) > 1 and headline):
                end, org_head, place_head = self.read_chunk(starts, texts, i)
                if end > i:
                    party = False
                    kind = "org" if org_head else "place" if place_head else "chunk"
                    if (
                        kind == "chunk"
                        and end < n
                        and lowered[end] in _LOWER_PLACE_HEADS
                        and texts[end].islower()
                    ):
                        # "Senkaku/Diaoyu islands", "the Himalayan border".
                        kind, end = "place", end + 1
                    elif (
                        kind == "org"
                        and end == i + 1
                        and t not in _LONE_BODY_HEADS
                        # (not "the Office of His Majesty", "Office National de l'eau").
                        and (end >= n or not (texts[end][:1].isupper() or lowered[end] in _CONNECTORS))
                    ):
                        owner_title = self.title_owning(items, texts, i)
                        if owner_title < 0:
                            # "Energy was another topic", "King's College London": a head word
                            # alone names no body (but "Parliament", "the Cabinet" do).
                            pos = i + 1
                            continue
                        # "the Prime Minister's Office", "the President's Office": the office
                        # of the title's holder, named with the title.
                        items[owner_title] = _Item(owner_title, end, "org")
                        pos = end
                        continue
                    elif (
                        kind == "chunk"
                        and end < n
                        and texts[end] == "party"
                        and not headline
                        # ("the Pakistan Muslim League-Nawaz party": a name's last part.)
                        and not (i and texts[i - 1] in _JOINT_HYPHENS)
                    ):
                        # "Hungary's ruling Fidesz party": the name a lower-case "party"
                        # follows is the party's.
                        kind = "org"
                        party = True
                    elif (
                        kind == "chunk"
                        and end + 1 < n
                        and lowered[end] in _COMPANY_OFFICE_WORDS
                        and self.company_office_at(texts, end)
                    ):
                        # "Rosatom CEO Alexey Likhachev": the name a company's office follows
                        # is the company's.
                        kind = "org"
                    if headline and kind == "org":
                        verb = next(
                            (
                                j
                                for j in range(i, end)
                                if lowered[j] in lex.person_verbs or lowered[j] in _HEADLINE_VERBS
                            ),
                            end,
                        )
                        if verb == i:
                            # "US Envoy Meets Sudan Army Chief", "Blinken, Kenyan Counterpart
                            # Discuss Haiti Mission": a headline's verb, capitalised, opens no
                            # organization's name.
                            pos = i + 1
                            continue
                        if verb < end:
                            # "Ruto Discusses Trade Mission": the names before the verb are
                            # the subject, and the organization can only begin after it.
                            items[i] = _Item(i, verb, "chunk")
                            pos = verb + 1
                            continue
                    if headline and kind == "place":
                        # Headlines capitalise every word: an unknown phrase there is no
                        # evidence of a place ("Leaders Meet in Ankara to Ease Port Dispute");
                        # an organization's head word ("House Committee") still is, and a
                        # chunk's words may be surnames the story names ("Araghchi, Iraqi
                        # counterpart discuss ...", see `_Sentence.on_chunk`).
                        pos = end
                        continue
                    if kind == "org" and i == title_end and "and" in texts[i:end]:
                        # "President Luong Cuong and National Assembly Chairman Tran Thanh
                        # Man": after a title, the words before "and" are the titled person's
                        # name, and the organization begins the next person's title.
                        and_at = texts.index("and", i, end)
                        if not self.heads_between(texts, i, and_at):
                            items[i] = _Item(i, and_at, "chunk")
                            pos = and_at
                            continue
                    items[i] = _Item(i, end, kind, title="party" if kind == "org" and party else None)
                    pos = end
                    continue
            pos = i + 1
        return items

    # -- resolution helpers ---------------------------------------------------------------------

    def recent_persons(self, before: int) -> list[_Actor]:
        """The people last mentioned before offset *before*, most recent first (a bounded few)."""
        return self.person_recency.latest(before)

    def by_title(self, title: str, country: str | None, before: int | None) -> list[_Actor]:
        """
        People holding *title* (of *country*, if given), most recent first.

        With *before*, only the recently mentioned people before that offset are asked;
        without it, everyone (for the titles resolved once the whole text is read).
        """
        if before is None:
            # Read once the text is done ("UAE President" in a headline): a person's country
            # may still come from the office-holder list.
            candidates = sorted(self.persons, key=lambda p: -p.seen)
            return [
                p
                for p in candidates
                if (country is None or _known_country(p) == country)
                and any(_title_matches(r.title, title) for r in p.roles)
            ]
        candidates = self.recent_persons(before)
        found = [
            p
            for p in candidates
            if (country is None or p.country == country)
            and any(_title_matches(r.title, title) for r in p.roles)
        ]
        if (
            title in _EQUIVALENT_TITLES
            and len(found) > 1
            # (Two prime ministers, the usual pair, hold the same title: one comparison.)
            and found[0].roles[0].title != found[1].roles[0].title
            and all(r.title.casefold() != title for r in found[0].roles)
            and any(r.title.casefold() == title for r in found[1].roles)
        ):
            # "the two sides" named both just before "The foreign minister declined"; "Li
            # Qiang met Prime Minister Viktor Orban ... the premier said": of the last two
            # people who hold the title or an equivalent one, the one holding that very
            # title ("Foreign Minister Ronald Lamola", not "Secretary of State Marco Rubio").
            found[0], found[1] = found[1], found[0]
        return found

    def resolve_deferred(self) -> None:
        """Link what only later text explains: surnames, and headline titles ("Colombian President")."""
        for start, end, word in self.pending:
            found = self.by_surname.get(word) or self.by_alias(word)
            if found is not None:
                found.add_mention(self.make_span(start, end), word)
                self.mention(start, end, _MENTION_NAME, (found.id,))
        # Many unresolved phrases share a title ("the president"): ask once per title.
        asked: dict[tuple[str, str | None], list[_Actor]] = {}
        # Where each candidate was first mentioned, read once per person (mentions added
        # below come later in the list but may lie earlier in the text).
        first: dict[str, int] = {}
        for span, title, country, backward in self.deferred_titles:
            matches = asked.get((title, country))
            if matches is None:
                matches = asked[title, country] = self.by_title(title, country, None)
                for p in matches:
                    if p.id not in first:
                        first[p.id] = min(m.start for m in p.mentions)
            if backward and matches:
                # "Lam said ... The Vietnamese leader proposed ...": in the body, a definite
                # description refers back, never to someone the story names only later
                # ("Later, Vietnamese Prime Minister Pham Minh Chinh spoke").
                matches = [p for p in matches if first[p.id] < span.start]
            if len(matches) == 1:
                person = matches[0]
                self.mention(span.start, span.end, _MENTION_TITLE, (person.id,))
                person.mentions.append(span)


def _counterpart_title(title: str, country: str | None, lex: Lexicon) -> str | None:
    """The same portfolio as *title*, as *country* names it ("Secretary of State" -> "Foreign Minister")."""
    low = title.casefold()
    if low == "president":
        # Every republic has a president; a monarchy's leader is no counterpart by title.
        return "President" if country is not None and country not in lex.monarchies else None
    if low in {"prime minister", "premier"}:
        if country is None or country in lex.no_prime_minister:
            return None
        return "Premier" if country in {"CN", "TW"} else "Prime Minister"
    portfolio = _PORTFOLIO_TITLES.get(low)
    if portfolio is None:
        words = low.split(" ")
        if len(words) < _PAIR or words[-1] not in {"minister", "secretary"}:
            return None
        if words[0] in _NOT_PORTFOLIOS:
            return None
        portfolio = " ".join(words[:-1])
    named = _NATIONAL_PORTFOLIO_TITLES.get((country or "", portfolio))
    if named is not None:
        return named
    generic = f"{portfolio} minister"
    if tuple(generic.split(" ")) not in lex.titles:
        return None
    return title_case(generic)


def _longer_name_country(name: str, countries: Mapping[str, str]) -> str | None:
    """
    The office-holder country of a name written out longer than the list has it.

    Gulf agencies give the whole nasab ("Faisal bin Farhan bin Abdullah", "Mohammed bin
    Salman bin Abdulaziz Al Saud"): a listed name of three words or more that opens it is
    the same person. Only names with a particle are asked (one split, no other work).
    """
    if " bin " not in name and " bint " not in name:
        return None
    words = name.split(" ")
    for size in range(len(words) - 1, _NASAB_MIN - 1, -1):
        code = countries.get(fold_name(" ".join(words[:size])))
        if code is not None:
            return code
    return None


def _royal(person: _Actor) -> bool:
    """Whether *person* holds a royal title ("King", "Sultan", "Crown Prince")."""
    return any(r.title.casefold() in _ROYAL_TITLES for r in person.roles)


def _holds_title(person: _Actor, title: str) -> bool:
    """Whether *person* holds the very *title* (lower case), not an equivalent or a longer one."""
    return any(r.title.casefold() == title for r in person.roles)


def _known_country(person: _Actor) -> str | None:
    """
    The country the text gives *person*, else the office-holder list's.

    People the text gives no country yet may have one there ("President Donald Trump" in a
    story from Washington).
    """
    return person.country or officeholder_countries().get(fold_name(person.name))


def _collective_org(texts: list[str], i: int, org_heads: frozenset[str]) -> bool:
    """
    Whether ``texts[i]`` opens "People's Party": a collective noun, its possessive, a head word.

    One capitalised word may come before the head ("People's Liberation Army", "People's
    Action Party"); without a head ("People's Daily") the possessive ends the phrase.
    """
    n = len(texts)
    if i + 2 >= n or texts[i + 1] not in _POSSESSIVE:
        return False
    return texts[i + 2] in org_heads or (
        i + 3 < n and texts[i + 2][:1].isupper() and texts[i + 3] in org_heads
    )


#: Last tokens of sentences and list items, which headings do not end with.
_NOT_HEADING_ENDS = frozenset({".", "\u201d", '"', ";", ","})
#: Marks opening the items of a list.
_BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u2014", "\u00b7"})


def _title_case_line(texts: list[str]) -> bool:
    """A heading inside the body ("Colombian President Claims Drug Trafficking Hubs in Dubai")."""
    if texts[-1] in _NOT_HEADING_ENDS:
        # Headings do not end like sentences ("... met U.S. President Donald Trump on Tuesday.")
        # nor like items of a list ("- Ethiopian Foreign Minister Gedion Timothewos;").
        # Asked first: it settles most sentences without reading their words.
        return False
    if texts[0] in _BULLETS:
        return False  # "- Kenyan President William Ruto": a list item, whatever its case
    words = [t for t in texts if t[:1].isalpha() and len(t) > _SHORT_WORD]
    if len(words) < _HEADING_MIN_WORDS:
        return False
    capitalised = sum(1 for t in words if t[:1].isupper())
    return capitalised * 4 >= len(words) * 3 and not any(t in {".", "!", "?"} for t in texts[:-1])


def _home_office(role: Role) -> bool:
    """Whether *role* is a government office named without its country ("Foreign Secretary")."""
    if role.of is not None:
        return False
    title = role.title.casefold()
    if title in lexicon().leader_titles or title in _DEPUTY_LEADER_TITLES:
        return True
    # "Minister of State for Foreign Trade", "Deputy Ruler of Abu Dhabi": the office is
    # named before its brief.
    head = title.split(" of ", 1)[0].split(" for ", 1)[0]
    return head.rsplit(" ", 1)[-1] in _GOVERNMENT_TITLE_HEADS


def _title_matches(role_title: str, title: str) -> bool:
    role = role_title.casefold()
    if role.endswith(("-designate", " designate")) and not title.endswith("designate"):
        # "The ambassador said" after "Ambassador-designate Kevin Kim": the office he is
        # named to. (A president-elect stays "the president-elect": "the president" is the
        # sitting one.)
        role = role[: -len("-designate")]
    if " for " in role or " to " in role:
        # "Special Envoy for North Korea" is "the envoy"; "Ambassador to Japan" "the ambassador".
        role = role.split(" for ", 1)[0].split(" to ", 1)[0]
    synonyms = _TITLE_SYNONYMS.get(title)
    if synonyms is not None and role in synonyms:
        # "the Indian premier" for a prime minister, "China's top diplomat" for its foreign minister.
        return True
    if title in _FOREIGN_MINISTER_WORDS and role.startswith(_FOREIGN_OFFICES):
        # "India's foreign minister" for "External Affairs Minister", "the foreign minister"
        # for "Minister of Foreign Affairs and Expatriates".
        return True
    if title == "leader":
        # "The leaders" after "Opposition leader Jarosław Kaczyński said ...": the people in
        # power, not those who oppose them.
        return role in lexicon().leader_titles or (
            role.endswith("leader") and not role.startswith("opposition")
        )
    if title == "minister":
        # "The two ministers" after "Defense Secretary Pete Hegseth hosted his Polish
        # counterpart": a cabinet secretary is a minister.
        return "minister" in role or role in _CABINET_SECRETARIES
    if role == title:
        return True
    size = len(title)
    if role.endswith(title) and role[-size - 1 : -size] == " ":
        # "The two presidents" are no vice president, "the prime minister" no deputy one.
        first = role[: role.find(" ")]
        return first not in _SUBORDINATE_PREFIXES or title.startswith(first)
    # "The secretary said" for a Secretary of State.
    return role.startswith(title) and role[size : size + 4] == " of "


class _Sentence:
    """Pass 2 over one sentence: people, groups, mentions and coreference."""

    def __init__(
        self,
        run: _Run,
        starts: list[int],
        texts: list[str],
        lowered: list[str],
        items: list[_Item | None],
        *,
        number: int,
        headline: bool,
    ) -> None:
        self.run = run
        self.lex = run.lex
        self.text = run.text
        self.starts = starts
        self.texts = texts
        self.lowered = lowered
        self.items = items
        self.number = number
        self.headline = headline
        self.n = len(texts)
        self.persons: list[_Actor] = []
        run.sentence_persons.append(self.persons)
        self.fronted: set[str] = set()
        run.sentence_fronted.append(self.fronted)
        #: Offset of ", attended by " in the sentence (-1 if none), found on first use.
        self.attended_at: int | None = None
        #: Where a phrase fronted before the subject ends (character offset), or -1; found
        #: when the sentence first names a person.
        self.fronted_end: int | None = None
        #: The last person named before a verb ("Li Qiang held talks with him", "Sanchez said
        #: Akhannouch had accepted an invitation from him"): the subject of the clause so far,
        #: whom an object pronoun does not refer to.
        self.subject: _Actor | None = None
        #: The last `resolve_pronoun` guessed a "she" among several people nothing told the
        #: gender of: the guess is kept, but teaches no gender.
        self.guessed = False
        #: Offsets of the sentence's quotation marks, listed on first use.
        self.quote_marks: list[int] | None = None
        # Tokens already consumed by a pattern (a name after a title, an appositive's org).
        self.done: set[int] = set()
        self.item_refs: dict[int, tuple[str, ...]] = {}
        self.group_list: _Actor | None = None
        #: How many people the last plural phrase read counts ("the three leaders").
        self.plural_count = _PAIR
        # Starts of items used as locations, for the coordinated ones that follow.
        self.locative_ends: set[int] = set()
        # Starts of places that stand for their government here ("Washington and Beijing said").
        self.agent_starts: set[int] = set()
        # Starts of places used as locations ("from Washington and Kyiv").
        self.place_starts: set[int] = set()
        # Titles read as a named person's appositive ("Kamikawa, her Japanese counterpart").
        self.apposed: dict[int, _Actor] = {}
        # The last person named after a title with a country's possessive, and the token
        # after their name ("Chile's Foreign Minister Alberto van Klaveren").
        self.possessed: tuple[int, str, frozenset[str]] | None = None
        # The first of two titles joined by "and" before one name, kept for the second:
        # (token of the second title, title, country, the actor the role is of, first token).
        self.shared_title: tuple[int, str, str | None, _Actor | None, int] | None = None

    # -- small helpers --------------------------------------------------------------------------

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.starts[i], (self.starts[j - 1] + len(self.texts[j - 1]))

    def surface(self, i: int, j: int) -> str:
        a, b = self.span(i, j)
        return self.text[a:b]

    def item(self, i: int) -> _Item | None:
        return self.items[i] if 0 <= i < self.n else None

    def in_quotation(self, start: int) -> bool:
        """Whether the character offset *start* lies between quotation marks of this sentence."""
        marks = self.quote_marks
        if marks is None:
            a, b = self.starts[0], (self.starts[-1] + len(self.texts[-1]))
            text = self.text
            # The marks are few: `str.find` walks to each in C, where a walk over the
            # sentence's tokens would run bytecode for every word.
            marks = []
            for mark in _QUOTE_MARKS:
                at = text.find(mark, a, b)
                while at >= 0:
                    marks.append(at)
                    at = text.find(mark, at + 1, b)
            marks.sort()
            if marks and (
                text[marks[0]] == "\u201d"
                or (text[marks[0]] == '"' and marks[0] > a and not text[marks[0] - 1].isspace())
            ):
                # The sentence starts inside a quotation that began in the one before
                # ('"... since 2019. They want projects," said Uzair Younus'): its first mark
                # closes it.
                marks.insert(0, a - 1)
            self.quote_marks = marks
        return bool(marks) and bisect.bisect_left(marks, start) % 2 == 1

    def note_person(self, person: _Actor, start: int, end: int, kind: MentionKind) -> None:
        span = self.run.make_span(start, end)
        attended = self.attended_at
        if attended is None:
            attended = self.attended_at = self.text.find(
                ", attended by ", self.starts[0], (self.starts[-1] + len(self.texts[-1]))
            )
        if 0 <= attended < start and kind is not _MENTION_PRONOUN:
            # "During the meeting, attended by the Crown Prince Sheikh Sabah, the two sides
            # discussed ...": someone present, not one of the sides a later "they" or "the two
            # sides" means; the mention is kept, the salience is not raised.
            person.mentions.append(span)
            self.run.mention_at(span, kind, (person.id,))
            return
        if kind is _MENTION_NAME:
            person.add_mention(span, self.text[start:end])
        elif kind is _MENTION_TITLE:
            person.mentions.append(span)
            person.touch(start)
        else:
            person.touch(start)
        self.run.mention_at(span, kind, (person.id,))
        fronted_end = self.fronted_end
        if fronted_end is None:
            fronted_end = self.fronted_end = self.fronted_phrase_end()
        # "Her colleague, Marta Nowak, was more skeptical": a possessive pronoun before an
        # office or person noun names the owner, not the sentence's subject.
        owner = (
            kind is _MENTION_PRONOUN
            and self.text[start:end].lower() in _POSSESSIVE_PRONOUNS
            and self.aide_after(end)
        )
        if (
            start < fronted_end
            or owner
            or (self.text.startswith(_POSSESSIVE_MARKS, end) and self.aide_after(end + _PAIR))
        ):
            # Named only in a phrase fronted before the subject, or as a possessor ("Lee's
            # chief of staff, Kang Hoon-sik, told ..."): not who the next "he" is, if the
            # sentence named someone else ("In his talks with Wang": "his" looks ahead).
            if (kind is not _MENTION_PRONOUN or owner) and person not in self.persons:
                self.fronted.add(person.id)
        elif self.fronted:
            self.fronted.discard(person.id)
        if (not self.persons or self.persons[-1] is not person) and not self.in_quotation(start):
            # A person named only inside a quotation ('“The president's team did not
            # consult us,” she said') is no antecedent for a pronoun outside it.
            self.persons.append(person)
        if _before_verb(self.text, end) or (
            self.subject is None
            and self.text.startswith(", ", end)
            and kind is not _MENTION_PRONOUN
            and all(w[:1].isupper() for w in self.text[self.starts[0] : start].split())
        ):
            # "Sheinbaum struck ...", and "(President) Sheinbaum, speaking after him, struck
            # ...": a name opening the sentence (after its titles) and set off by a comma is
            # its subject, not who a "him" in the phrase after the comma is.
            self.subject = person
        if (
            self.group_list is not None
            and person.kind == "person"
            and kind is not _MENTION_PRONOUN
            and not self.text.startswith(("'s", "\u2019s"), end)
        ):
            self.group_list.members.append(person.id)
            if person.country is None:
                person.country = self.group_list.country

    def country_of_entry(self, entry: Entry | None) -> str | None:
        return entry.country if entry is not None else None

    # -- the walk -------------------------------------------------------------------------------

    def walk(self, cand: list[int]) -> None:
        """Visit the tokens of *cand* (see `_Run.sentence`) that start an item or that `on_word` reads."""
        lowered, items, done = self.lowered, self.items, self.done
        todo = [k for k in cand if items[k] is not None or lowered[k] in _WORD_TRIGGERS]
        pos = 0
        headline, last = self.headline, self.n - 1
        # The dispatch on the item's kind is spelled out here rather than in a method: this
        # loop runs once per name, title and pronoun of the text.
        for i in todo:
            if i < pos or i in done:
                continue
            item = items[i]
            if item is None:
                # `on_word`'s first tests, made before the call: it reads nothing in a
                # headline, nor at "the" or "that" before an ordinary noun (most of the words
                # it is given). Not moving `pos` past the word is the same: the next token
                # visited lies after it.
                if headline or (
                    lowered[i] in _BARE_DETERMINERS and (i >= last or lowered[i + 1] not in _AFTER_DETERMINER)
                ):
                    continue
                pos = self.on_word(i)
                continue
            kind = item.kind
            if kind == "name":
                pos = self.on_name(item)
            elif kind == "title":
                # ("one Western diplomat": the noun is a title word, the group a bloc's.)
                pos = (lowered[i] in _BLOC_GROUP_NOUNS and i and self.bloc_group(i)) or self.on_title(item)
            elif kind == "party":
                pos = self.after_group(item)
            elif kind == "org":
                if self.run.reading_title and item.entry is None and not self.known_org(item):
                    # The title is read after the story and capitalises every word: a
                    # body the story never names ("Leaders Discuss Trade Mission", "Pledge
                    # Support for Somali Army") is title case, not a name.
                    pos = item.end
                    continue
                self.on_org(item)
                pos = self.after_group(item)
            elif kind == "place":
                self.on_place_chunk(item)
                pos = item.end
            else:
                pos = self.on_chunk(item)

    # -- lexicon names --------------------------------------------------------------------------

    def ensure_ref(self, item: _Item) -> tuple[str, ...]:
        """Create (once) the actor an item names and return its id (empty for plain places)."""
        if item.start in self.item_refs:
            return self.item_refs[item.start]
        ref: tuple[str, ...] = ()
        entry = item.entry
        if item.kind == "org":
            ref = (self.org_actor(item).id,)
        elif entry is not None and entry.kind in _NATIONAL_KINDS:
            assert entry.country is not None  # noqa: S101 - countries always have a code
            ref = (self.run.country(entry.country).id,)
        elif entry is not None and entry.kind is _ORGANIZATION:
            ref = (self.run.org(entry.name, self.entry_org_country(item, entry)).id,)
        self.item_refs[item.start] = ref
        return ref

    def entry_org_country(self, item: _Item, entry: Entry) -> str | None:
        """
        The country of the lexicon organization at *item*: a country's possessive before it wins.

        "Chile's Congress", "Peru's Senate": the lexicon's "Congress" is the U.S. one, but
        the possessive says whose body this is.
        """
        if (
            item.start > 1
            and self.texts[item.start - 1] in _POSSESSIVE
            # "Türkiye's EU membership bid", "Ukraine's NATO bid": an international body the
            # lexicon gives no country is no one country's (a party's Politburo is).
            and (entry.country is not None or entry.name in _NATIONAL_ORGANS)
        ):
            owner = self.prev_item(item.start - 1)
            if owner is not None and owner.entry is not None and owner.entry.kind is _COUNTRY:
                return owner.entry.country or entry.country
        if entry.name in _US_LEGISLATURE and "US" not in self.run.countries and self.run.countries:
            # "after Congress removed his predecessor" in a story about Peru: the bare name is
            # the U.S. Congress only in a story that has named the United States.
            return None
        return entry.country

    def known_org(self, item: _Item) -> bool:
        """Whether the organization *item* names (a chunk, not a lexicon name) was made already."""
        orgs = self.run.orgs
        name = self.surface(item.start, item.end)
        if item.end - item.start == 1 and item.start > 0 and self.texts[item.start - 1] == "The":
            name_with_article = self.surface(item.start - 1, item.end)
            if any(key[0] == name_with_article for key in orgs):
                return True
        return any(key[0] == name for key in orgs)

    def org_actor(self, item: _Item) -> _Actor:
        if item.entry is not None and item.entry.kind in _LAND_KINDS:
            # "Philippine government": keep the demonym in the name.
            name = self.surface(item.start, item.end)
            return self.run.org(name, item.country)
        start = item.start
        name = self.surface(start, item.end)
        if (
            item.end - start == 1
            and start > 0
            and self.texts[start - 1] == "The"
            and not self.texts[start].isupper()
        ):
            # "The Print": a one-word name keeps its article (an acronym does not: "The NTV
            # channel").
            name = self.surface(start - 1, item.end)
        country = item.country
        owned = start - 1
        if country is None and owned > 1 and self.lowered[owned] in _SIDE_WORDS:
            # "Hungary's ruling Fidesz party": the side a party is on stands between.
            owned -= 1
        if country is None and owned > 0 and self.texts[owned] in _POSSESSIVE:
            prev = self.prev_item(owned)
            if prev is not None and prev.entry is not None and prev.entry.kind is _COUNTRY:
                country = prev.entry.country
            elif prev is not None and prev.kind in {"chunk", "title"}:
                # "President Karol Nawrocki's National Security Bureau", "Tinubu's All
                # Progressives Congress": a person's body is of the person's country.
                owner = self.known_person(prev.start if prev.kind == "chunk" else prev.end, start - 1)
                if owner is not None and owner.kind == "person":
                    country = owner.country or officeholder_countries().get(fold_name(owner.name))
                elif (
                    prev.kind == "title"
                    and (land := self.prev_item(prev.start)) is not None
                    and land.entry is not None
                    and land.entry.kind in _NATIONAL_KINDS
                ):
                    # "The Sri Lankan President's Media Division": the office of a country's
                    # title holder is that country's.
                    country = land.entry.country
        if country is None:
            # "the Communist Party of Vietnam", "Central Bank of Nigeria": a body named for
            # its country is that country's.
            country = self.named_country(start, item.end)
        if country is not None and start > _PAIR and self.texts[start - 2] in _JOINT_HYPHENS:
            # "the Saudi-Pakistani Supreme Coordination Council", "the India-Pakistan Joint
            # Commission": a body of two countries is neither's.
            other = self.prev_item(start - 2)
            if (
                other is not None
                and other.entry is not None
                and other.entry.kind in _NATIONAL_KINDS
                and other.entry.country != country
            ):
                country = None
        if country is not None and name in _MISSION_NAMES:
            return self.run.org(name, country, display=self.national_name(start, item.end, country))
        return self.run.org(name, country)

    def national_name(self, start: int, end: int, country: str) -> str | None:
        """
        "U.S. Embassy", "Indian High Commission": the country word before a mission's name ``[start, end)``.

        Every state has embassies: the name alone says not whose, so the country word
        written right before it is kept in the name. None without one.
        """
        prev = self.prev_item(start)
        if (
            prev is None
            or prev.entry is None
            or prev.entry.kind not in _NATIONAL_KINDS
            or prev.entry.country != country
        ):
            return None
        # (A line break may fall inside: "Kenyan\nForeign Ministry".)
        return " ".join(self.surface(prev.start, end).split())

    def named_country(self, start: int, end: int) -> str | None:
        """The country an organization's name ``[start, end)`` says it is of ("... of [the] X")."""
        texts, names = self.texts, self.lex.names
        for k in range(start + 1, end - 1):
            if texts[k] != "of":
                continue
            m = k + 2 if texts[k + 1] == "the" else k + 1
            for size in (1, 2, 3):
                if m + size > end:
                    break
                entry = names.get(tuple(texts[m : m + size]))
                if entry is not None and entry.kind is _COUNTRY and entry.country:
                    return entry.country
        return None

    def prev_item(self, i: int) -> _Item | None:
        """The item that ends right before token *i*."""
        for k in range(i - 1, max(-1, i - _MAX_PERSON_NAME - 3), -1):
            it = self.items[k]
            if it is not None:
                return it if it.end == i else None
        return None

    def modifier(self, following: int) -> bool:
        """Whether a country or organization qualifies what follows ("U.S. President", "NATO allies")."""
        if following >= self.n:
            return False
        nxt = self.items[following]
        if nxt is not None and nxt.kind in {"title", "party", "org"}:
            return True
        if self.texts[following] in _POSSESSIVE:
            return False
        lowered = self.lowered
        return lowered[following] in self.lex.group_nouns_max and (
            self.lex.match_group_noun(lowered, following) is not None
        )

    def on_name(self, item: _Item) -> int:
        entry = item.entry
        assert entry is not None  # noqa: S101 - name items carry their entry
        run = self.run
        start, end = self.starts[item.start], (self.starts[item.end - 1] + len(self.texts[item.end - 1]))
        surface = self.text[start:end]
        # One `Span` for every record of this mention (the actor's, the place's, the mention).
        span = run.make_span(start, end)
        kind = entry.kind
        if kind is _COUNTRY and self.text.startswith(_CURRENCY_SIGNS, end):
            # "US$150 billion", "US$ 2 million": a currency's sign, not the country.
            return item.end
        if (
            kind is _CITY
            and item.start
            and self.texts[item.start - 1].islower()
            and self.lowered[item.start - 1] in self.lex.descriptors
            and item.end < self.n
            and (rest := self.items[item.end]) is not None
            and rest.kind == "chunk"
            and (self.starts[item.end - 1] + len(self.texts[item.end - 1])) < self.starts[item.end]
        ):
            # "His daughter Saida Mirziyoyeva", "analyst Santiago Rojas": a given name that
            # is also a city, after a noun for a person.
            return self.on_chunk(_Item(item.start, rest.end, "chunk"))
        if (
            kind is _CITY
            and not entry.capital
            and item.end == item.start + 1
            and (person := run.by_surname.get(self.texts[item.start])) is not None
            and person.kind == "person"
        ):
            # "Anand said" after "Canada's foreign minister, Anita Anand": the surname of
            # someone the story named, not a town of that name.
            return self.on_chunk(_Item(item.start, item.end, "chunk"))
        if (
            kind is _DEMONYM
            and item.start
            and self.lowered[item.start - 1] == "in"
            and (
                item.end >= self.n
                or not self.texts[item.end][:1].isalnum()
                or self.lowered[item.end] in _LANGUAGE_AFTER
            )
        ):
            # "Petro said, speaking in Spanish.", "a statement in Arabic and English": a
            # language, no mention of its country ("in Russian territory" still is one).
            return item.end
        if kind in _NATIONAL_KINDS:
            code = entry.country
            assert code is not None  # noqa: S101
            actor = run.country(code)
            actor.add_mention(span, surface)
            modifier = kind is _DEMONYM or self.modifier(item.end)
            place = None
            if kind is _COUNTRY and not modifier and self.locative(item.start):
                cp = run.country_place(code)
                cp.mentions.append(span)
                place = cp.id
            ref = (actor.id,)
            run.mention_at(span, _MENTION_DEMONYM if modifier else _MENTION_NAME, ref, place)
            self.item_refs[item.start] = ref
            return self.after_group(item)
        if kind is _ORGANIZATION:
            actor = run.org(entry.name, self.entry_org_country(item, entry))
            actor.add_mention(span, surface)
            if item.end < self.n and (noun := self.texts[item.end]) in _LOWER_PARTY_HEADS:
                # "the ruling Georgian Dream party": "the party" is it from now on.
                run.org_nouns.setdefault(actor.id, noun)
            modifier = self.modifier(item.end)
            ref = (actor.id,)
            run.mention_at(span, _MENTION_DEMONYM if modifier else _MENTION_NAME, ref)
            self.item_refs[item.start] = ref
            run.last_org = actor
            return self.after_group(item)
        place_kind = _PLACE_KINDS.get(kind, _PLACE_UNKNOWN)
        country = entry.country
        if kind is _CITY and country is not None:
            run.last_city = (self.number, country)
        elif kind is _VENUE and (country is None or entry.name in _SHARED_VENUES):
            # "the Presidential Palace", "Government House": in the city the text is in; and
            # "the Chancellery" too when the text is in a city (Warsaw's, Vienna's), else
            # the one news names most (Berlin's).
            country = self.venue_country(item.end) or country
        named = run.place(entry.name, country, place_kind, seat=kind is _VENUE and entry.metonym)
        named.mentions.append(span)
        actors: tuple[str, ...] = ()
        if self.agentive(item):
            seated = _SEATS.get(entry.name) if kind is _CITY else None
            if seated is not None:
                # "Brussels wants member states to pay": the Union, not Belgium.
                body = run.org(seated, None)
                body.add_mention(span, surface)
                actors = (body.id,)
            elif kind is _CITY and entry.capital and entry.country is not None:
                actors = (run.country(entry.country).id,)
                run.countries[entry.country].mentions.append(span)
            elif kind is _VENUE and entry.metonym:
                org = run.org(entry.name, country)
                org.add_mention(span, surface)
                actors = (org.id,)
        run.mention_at(span, _MENTION_NAME, actors, named.id)
        return item.end

    def venue_country(self, end: int) -> str | None:
        """
        The country of a building named without one, from the city it is in.

        The city is the one right after it ("the Presidential Palace in Hanoi", "Government
        House, Bangkok"), else one named earlier in the sentence, else the dateline's, else
        the last city the sentence before named ("... in Hanoi on Thursday. The two leaders
        met at the Presidential Palace").
        """
        if end + 1 < self.n and self.lowered[end] in {"in", ","}:
            nxt = self.items[end + 1]
            if nxt is not None and nxt.entry is not None and nxt.entry.kind is _CITY and nxt.entry.country:
                return nxt.entry.country
        last = self.run.last_city
        if last is not None and last[0] == self.number:
            return last[1]
        dateline = self.run.dateline_country()
        if dateline is not None:
            return dateline
        if last is not None and last[0] == self.number - 1:
            return last[1]
        return None

    def capital_as_country(self, item: _Item) -> None:
        """Record the capital at *item* as the city and as its country ("counterpart in Beijing")."""
        entry = item.entry
        assert entry is not None  # noqa: S101 - callers pass lexicon cities
        assert entry.country is not None  # noqa: S101 - capitals have a country
        run = self.run
        a, b = self.span(item.start, item.end)
        named = run.place(entry.name, entry.country, _PLACE_CITY)
        named.mentions.append(run.make_span(a, b))
        actor = run.country(entry.country)
        actor.mentions.append(run.make_span(a, b))
        run.mention(a, b, _MENTION_NAME, (actor.id,), named.id)

    def locative(self, i: int) -> bool:
        """Whether the country at token *i* is a location ("visit India and the Philippines")."""
        j = i - 1
        if j >= 0 and self.lowered[j] == "the":
            j -= 1
        if j >= 0 and self.lowered[j] in _LOCATIVE:
            self.locative_ends.add(i)
            return True
        if j > 0 and self.lowered[j] in {"and", "or", ","}:
            prev = self.prev_item(j)
            if prev is not None and prev.start in self.locative_ends:
                self.locative_ends.add(i)
                return True
        if j > 0 and self.lowered[j] == "for":
            # "headed for Qatar", "left Oman for Qatar": a destination ("support for Ukraine"
            # is none). The place left is read already, so only its start is looked up.
            before = j - 1
            if (prev := self.prev_item(j)) is not None and prev.start in self.locative_ends:
                before = prev.start - 1
            if before >= 0 and self.lowered[before] in _DEPARTURE_VERBS:
                self.locative_ends.add(i)
                return True
        return False

    def agentive(self, item: _Item) -> bool:
        """
        A place acting: "sanctioned by Beijing", "the Kremlin said", "Washington's demands".

        The capital (or seat) stands for its government when it is the agent of a passive,
        the source of "according to", a party "between" two sides or "against" which
        something is aimed, the subject of a verb of saying or of a modal ("New Delhi would
        not accept"), the possessor of a stance ("Moscow's position"), or coordinated with
        another place read that way ("Washington and Tokyo agreed"); time adjuncts and short
        asides may come between ("Beijing on Thursday lodged", "Tokyo, for its part, said").
        After "in", "to" or
        "from", and before anything else ("New Delhi's airport", "Moscow-based"), it stays a
        place. Every look-around is a few tokens.
        """
        lowered, n = self.lowered, self.n
        i = item.start
        prev = lowered[i - 1] if i > 0 else ""
        if prev in _AGENT_BEFORE or (prev == "to" and i > 1 and lowered[i - 2] == "according"):
            self.agent_starts.add(i)
            return True
        if prev == "the" and i > _PAIR and lowered[i - 2] == "to" and lowered[i - 3] == "according":
            # "according to the Elysee", "according to the Kremlin": a seat written with its
            # article is the source as much as "the Kremlin said" is.
            self.agent_starts.add(i)
            return True
        if prev == "with" and i > 1 and lowered[i - 2] in _RELATION_NOUNS:
            self.agent_starts.add(i)
            return True
        if prev in {"and", ",", "or", "nor"} and i > 1:
            before = self.prev_item(i - 1)
            if before is not None and before.start in self.agent_starts:
                self.agent_starts.add(i)
                return True
            if before is not None and before.start in self.place_starts:
                # "Officials from Washington and Kyiv met": both are where they come from.
                self.place_starts.add(i)
                return False
        if prev in _LOCATIVE:
            self.place_starts.add(i)
            return False
        j = item.end
        # The object of a verb of saying or accusing: "accused Manila of", "urged Beijing to".
        after = lowered[j] if j < n else "."
        if i > 0 and after in _AFTER_OBJECT and (verb_cue(prev) is not None or prev in self.lex.person_verbs):
            return self.mark_agent(i, agent=True)
        # "Washington and Tokyo agreed": read past the places coordinated with this one.
        for _ in range(_MAX_COORDINATED):
            # ("Neither Athens nor Ankara wants", "Washington or Brussels will".)
            if j + 1 < n and lowered[j] in {"and", ",", "nor", "or"}:
                nxt = self.items[j + 1]
                if nxt is not None and nxt.entry is not None and nxt.entry.kind is _CITY:
                    j = nxt.end
                    continue
            break
        coordinated = j > item.end
        if not coordinated and j < n and lowered[j] in _ISSUED_NOUNS and self.texts[j].islower():
            # "a White House readout", "a Kremlin statement": the seat issued it.
            return self.mark_agent(i, agent=True)
        if (
            not coordinated
            and j + 1 < n
            and lowered[j] == "press"
            and self.texts[j] == "press"
            and lowered[j + 1] in _PRESS_ISSUERS
        ):
            # "the Kremlin press service said": the seat speaks through its press staff.
            return self.mark_agent(i, agent=True)
        if j < n and self.texts[j] in _POSSESSIVE:
            # "Beijing's stance" (the government) against "New Delhi's airport" (the city).
            k = j + 1
            if k + 1 < n and lowered[k] not in _STANCE_NOUNS and lowered[k] in _STANCE_MODIFIERS:
                k += 1
            return self.mark_agent(i, agent=k < n and lowered[k] in _STANCE_NOUNS)
        modal = passive = False
        stop = min(n, j + _MAX_VERB_GROUP)
        while j < stop:
            low = lowered[j]
            if low in _ADVERBS or low in _VERB_GROUP or (low.endswith("ly") and self.texts[j].islower()):
                modal = modal or low in _MODALS
                passive = passive or low in _BE_FORMS
                j += 1
            elif low in TIME_WORDS or (low == "on" and j + 1 < n and lowered[j + 1] in TIME_WORDS):
                # "Beijing on Thursday lodged a protest".
                j += 1
            elif low == "," and (aside := self.aside_end(j)) is not None:
                # "Tokyo, for its part, said".
                j = aside
            else:
                break
        if modal and j + 1 < n and lowered[j] in _OPENERS:
            # 'New Delhi should "stop forming cliques"': the verb opens a quotation.
            j += 1
        if j >= n:
            return False
        word = lowered[j]
        if passive and word in _ATTITUDES:
            # "Ankara was ready to help", "Washington is concerned": a government's disposition.
            return self.mark_agent(i, agent=True)
        if passive and not word.endswith("ing"):
            # "Moscow was hit by snow": the city undergoes; "Beijing is urging" still acts.
            return False
        if word in self.lex.person_verbs or word in _GOVERNMENT_VERBS:
            return self.mark_agent(i, agent=True)
        if coordinated and not passive and word.endswith("ed") and self.texts[j].islower():
            # "New Delhi and Islamabad traded accusations": two cities do not trade.
            return self.mark_agent(i, agent=True)
        cue = verb_cue(word)
        if cue is not None and self.texts[j].islower() and (j > item.end or cue[1] is not _FORM_BASE):
            return self.mark_agent(i, agent=True)
        # "New Delhi would not accept": a place does not will or refuse.
        return self.mark_agent(i, agent=modal and word.isalpha() and self.texts[j].islower())

    def aside_end(self, j: int) -> int | None:
        """After a short lower-case aside between commas at *j* (", meanwhile,"), its end."""
        for k in range(j + 1, min(self.n, j + _MAX_ASIDE + 2)):
            if self.texts[k] == ",":
                words = range(j + 1, k)
                if words and all(self.texts[x].isalpha() and self.texts[x].islower() for x in words):
                    return k + 1
                return None
        return None

    def mark_agent(self, i: int, *, agent: bool) -> bool:
        """Remember that the place at token *i* acts (for a place coordinated after it)."""
        if agent:
            self.agent_starts.add(i)
        return agent

    def after_group(self, item: _Item) -> int:
        """After a country/org/party: "Ukrainian officials", "U.S. lawmakers", "Quad leaders"."""
        j = item.end
        if self.headline and j < self.n and self.lowered[j] in _HEADLINE_OFFICE_WORDS:
            end = self.headline_officials(item, j)
            if end:
                return end
        # Nearly every name is followed by no group noun: one set probe tells.
        if j >= self.n or self.lowered[j] not in self.lex.group_nouns_max:
            if j < self.n and (
                self.lowered[j] in _TRADE_NOUNS or (j + 1 < self.n and self.lowered[j + 1] in _TRADE_NOUNS)
            ):
                return self.trade_group(item, j)
            return j
        group = self.lex.match_group_noun(self.lowered, j)
        if group is None:
            return j
        end, noun = group
        if self.texts[j][:1].isupper() and not self.initial(j):
            # "Ukrainian Navy": a proper name, not a group.
            return item.end
        if noun in _ADJECTIVAL_GROUP_NOUNS and end < self.n:
            following = self.lowered[end]
            if (
                following[:1].isalpha()
                and following not in _CLAUSE_WORDS
                and following not in self.lex.person_verbs
            ):
                # "U.S. military base", "government sources" is handled as its own noun.
                return item.end
        apposed = self.apposed.get(j)
        if noun in _ADJECTIVAL_GROUP_NOUNS and apposed is not None:
            # "Yoko Kamikawa, her Japanese counterpart": the phrase refers to her.
            a, b = self.span(item.start, end)
            self.run.mention(a, b, _MENTION_TITLE, (apposed.id,))
            apposed.mentions.append(self.run.make_span(a, b))
            return end
        if noun in _ADJECTIVAL_GROUP_NOUNS and self.named_after_comma(end):
            # "his Japanese counterpart, Yoko Kamikawa": one person, read by the title rule.
            return item.end
        ref = self.ensure_ref(item)
        entry = item.entry
        country = entry.country if entry is not None else item.country
        if self.headline and noun == "leaders" and country is not None:
            pair = self.headline_leaders(item, country)
            if pair:
                # "Morocco, Mauritania leaders hail 'new era'": the two leaders the story names.
                a, b = self.span(pair[0], end)
                self.run.mention(a, b, _MENTION_PLURAL, pair[1])
                return end
        if noun == "counterpart" and country is not None:
            # "Yoon met his Japanese counterpart": the Japanese leader the text has named.
            a, b = self.span(item.start, end)
            found = (
                self.headline_counterpart(country)
                if self.headline
                else self.counterpart_named(item.start, country, a)
            )
            if found is not None:
                self.note_person(found, a, b, _MENTION_TITLE)
                return end
        if item.kind == "party":
            country = self.lex.parties.get(item.title or "")
        name = self.surface(item.start, end)
        key_base = ref[0] if ref else name
        if (
            noun in _ONE_PERSON_NOUNS
            and self.definite(item.start)
            and (key_base, noun) not in self.run.groups
        ):
            # "The Chinese diplomat said" with no "a Chinese diplomat" before: the person of
            # that country the story named ("Chinese diplomat Wang Lu"), which coreference
            # finds, not a new group of one.
            return item.end
        actor = self.run.group(name, (key_base, noun.casefold()), country)
        start, stop = self.span(item.start, end)
        actor.add_mention(self.run.make_span(start, stop), name)
        self.run.mention(start, stop, _MENTION_NAME, (actor.id,))
        self.run.last_plural = (self.number, (actor.id,))
        self.check_group_list(end, actor)
        if noun == "side" and item.start >= _PAIR and self.lowered[item.start - 2] in {"on", "from"}:
            # "On the Iraqi side, the meeting was attended by Foreign Minister Fuad Hussein,
            # Oil Minister ...": the people the sentence lists are that side's.
            self.group_list = actor
        return end

    def trade_group(self, item: _Item, j: int) -> int:
        """
        The group a trade's people after a country form, and where it ends (see `after_group`).

        "French cognac makers", "U.S. soybean farmers", "Chinese exporters": the people of a
        trade in that country, a group, not the country speaking.
        """
        entry = item.entry
        if entry is None or entry.kind not in _LAND_KINDS:
            return j
        end = j if self.lowered[j] in _TRADE_NOUNS else j + 1
        if end > j and not (
            self.texts[j].isalpha()
            and self.texts[j].islower()
            # Not a verb after a country subject: "Panama welcomes investors", "Kenya courted
            # investors" (what is made is a bare noun: "cognac", "soybean", "steel").
            and not self.lowered[j].endswith(("s", "ed", "ing"))
        ):
            return j
        end += 1
        name = self.surface(item.start, end)
        actor = self.run.group(name, (entry.country or name, name.casefold()), entry.country)
        start, stop = self.span(item.start, end)
        actor.add_mention(self.run.make_span(start, stop), name)
        self.run.mention(start, stop, _MENTION_NAME, (actor.id,))
        self.run.last_plural = (self.number, (actor.id,))
        return end

    def workplace_title(self, title: str) -> bool:
        """Whether *title* is a post at a body ("Professor", "Senior Fellow"), not a state office."""
        folded = title.casefold()
        head = folded.rsplit(" ", 1)[-1]
        return (
            head in self.lex.descriptors
            and head not in _STATE_OFFICE_HEADS
            and folded not in self.lex.leader_titles
        )

    def aide_of(self, first: int) -> bool:
        """
        Whether the title at token *first* is whom an aide serves ("a spokesman for the Kenyan president").

        The name set off after it ("..., Hussein Mohamed,") is the spokesman's, not the
        president's: the title phrase names someone else.
        """
        b = first - 1
        if b >= 0 and self.lowered[b] in {"the", "his", "her", "its", "their"}:
            b -= 1
        return b >= 1 and self.lowered[b] in {"for", "to"} and self.lowered[b - 1] in _AIDE_NOUNS

    def aide_named(self, first: int, at: int, country: str) -> None:
        """
        Make the aide named at token *at* a person ("a spokesman for the Kenyan president, Hussein Mohamed,").

        Their role is the aide's noun, of the country of the office they serve; the title
        phrase itself is read as usual (it names the president).
        """
        idx = self.name_tokens(at, allow_single=False)
        if not idx or idx[-1] + 1 >= self.n or self.texts[idx[-1] + 1] not in {",", "."}:
            return
        b = first - 1
        if self.lowered[b] not in {"for", "to"}:
            b -= 1
        person = self.run.person(self.starts, self.texts, idx)
        self.add_role(person, self.lowered[b - 1], None, country)
        person.country = person.country or country

    def leader_word(self, word: str) -> bool:
        """Whether *word* opens a leader's title ("president", "prime", "crown", "king")."""
        return any(t.split(" ", 1)[0] == word for t in self.lex.leader_titles)

    def unknown_body_end(self, k: int) -> int:
        """
        The end of an unknown name after the "of" at *k* when a comma and a name follow, else *k*.

        "chairman of Mubadala, Khaldoon Al Mubarak": the name after "of" is no person (the
        one after the comma is) and no known body; it is read as part of the title.
        """
        at = k + 2 if self.lowered[k + 1] == "the" else k + 1
        body = self.items[at] if at < self.n else None
        if body is None or body.kind != "chunk" or body.end + 1 >= self.n or self.texts[body.end] != ",":
            return k
        if not self.name_tokens(body.end + 1, allow_single=False):
            return k
        self.done.update(range(at, body.end))
        return body.end

    def organ_end(self, k: int) -> int:
        """
        Past an acronym in brackets and an organ of the body ending at *k*, else *k*.

        "General Secretary of the Communist Party of Vietnam (CPV) Central Committee To Lam":
        state agencies write the party's acronym and the organ whose post it is before the
        name; both belong to the title, and the name follows them.
        """
        texts = self.texts
        if not (
            k + 3 < self.n
            and texts[k] == "("
            and texts[k + 2] == ")"
            and texts[k + 1].isalpha()
            and texts[k + 1].isupper()
        ):
            return k
        organ = self.items[k + 3]
        if organ is not None and organ.kind == "org" and organ.entry is None:
            return organ.end  # "(CPV) Central Committee"
        return k + 3  # "(CPV)"

    def descriptor_after(self, j: int) -> bool:
        """Whether a lower-case noun for a body's kind ("news agency", "broadcaster") is at *j*."""
        if j >= self.n or not self.texts[j].islower():
            return False
        descriptors = self.lex.org_descriptors
        return self.lowered[j] in descriptors or (
            j + 1 < self.n and f"{self.lowered[j]} {self.lowered[j + 1]}" in descriptors
        )

    def definite(self, i: int) -> bool:
        """Whether "the" opens the phrase at token *i*, maybe before one word ("the top")."""
        lowered = self.lowered
        if i and lowered[i - 1] == "the":
            return True
        return i > 1 and lowered[i - 2] == "the" and lowered[i - 1].isalpha()

    def headline_counterpart(self, country: str) -> _Actor | None:
        """
        Who "<demonym> counterpart" in a headline is ("Vietnamese PM holds talks with Japanese counterpart").

        The headline is read after the story: the person of *country* the story introduced
        first with a leader's or minister's office, or the only person of that country.
        """
        people = [p for p in self.run.persons if p.kind == "person" and _known_country(p) == country]
        if len(people) == 1:
            return people[0]
        leaders = self.lex.leader_titles
        officials = [
            p
            for p in people
            if any(r.title.casefold() in leaders or r.title.casefold().endswith("minister") for r in p.roles)
        ]
        return min(officials, key=_ORDER_OF) if officials else None

    def headline_officials(self, item: _Item, j: int) -> int:
        """
        "Egypt, Qatar foreign ministers say ...": the two officials the story names; the end.

        A headline's "<country>, <country> <office>s" (foreign ministers, presidents, prime
        ministers, FMs) refers to the holder of the office in each country the story
        introduced first; both must be found. Returns 0 when the phrase is no such pair.
        """
        lowered = self.lowered
        word = lowered[j]
        if word in _HEADLINE_OFFICE_PLURALS:
            role, end = _HEADLINE_OFFICE_PLURALS[word], j + 1
        elif j + 1 < self.n and lowered[j + 1] == "ministers":
            role, end = f"{word} minister", j + 2
        else:
            return 0
        entry = item.entry
        country = entry.country if entry is not None else item.country
        k = item.start - 1
        if country is None or k < 1 or self.texts[k] not in {",", "and"}:
            return 0
        before = self.prev_item(k)
        other = before.entry if before is not None else None
        if (
            before is None
            or other is None
            or other.kind not in _LAND_KINDS
            or other.country in {None, country}
        ):
            return 0
        pair = []
        for code in (other.country or "", country):
            holders = [
                p
                for p in self.run.persons
                if p.kind == "person"
                and _known_country(p) == code
                and any(_title_matches(r.title, role) for r in p.roles)
            ]
            if not holders:
                return 0
            pair.append(min(holders, key=_ORDER_OF).id)
        a, b = self.span(before.start, end)
        self.run.mention(a, b, _MENTION_PLURAL, tuple(pair))
        return end

    def headline_leaders(self, item: _Item, country: str) -> tuple[int, tuple[str, ...]] | None:
        """
        The leaders of "<country>, <country> leaders" in a headline: (first token, their ids).

        Each country's leader is the one the story introduced first with a leader's office
        (see `headline_counterpart`); both must be found.
        """
        k = item.start - 1
        if k < 1 or self.texts[k] not in {",", "and"}:
            return None
        before = self.prev_item(k)
        entry = before.entry if before is not None else None
        if entry is None or entry.kind not in _LAND_KINDS or entry.country in {None, country}:
            return None
        first = self.headline_counterpart(entry.country or "")
        second = self.headline_counterpart(country)
        if first is None or second is None or first is second:
            return None
        assert before is not None  # noqa: S101 - its entry was read above
        return before.start, (first.id, second.id)

    def named_after_comma(self, j: int) -> bool:
        """Whether ", <a name of two or more words>" follows token *j* ("..., S. Jaishankar")."""
        if j + 1 >= self.n or self.texts[j] != ",":
            return False
        start = j + 1
        rank = self.items[start]
        if rank is not None and rank.kind == "title" and rank.title in _NAME_RANKS:
            # "his Vietnamese counterpart, General Phan Van Giang", "..., Prince Faisal".
            start = rank.end
        idx = self.name_tokens(start, allow_single=False)
        return len([k for k in idx if self.texts[k][:1].isalpha()]) >= _PAIR

    def check_group_list(self, j: int, group: _Actor) -> None:
        # "the Indonesian delegation, which included ...", "a team that includes ...".
        if j + 1 < self.n and self.lowered[j] in {",", "which", "that"}:
            j += 1
            if j + 1 < self.n and self.lowered[j] in {"which", "that"}:
                j += 1
        if j < self.n and self.lowered[j] in _GROUP_LIST_CUES:
            self.group_list = group

    def initial(self, i: int) -> bool:
        return self.run.initial(self.starts, self.texts, i)

    def on_org(self, item: _Item) -> None:
        actor = self.org_actor(item)
        start, end = self.span(item.start, item.end)
        surface = self.text[start:end]
        if item.entry is not None:
            # The demonym inside "Philippine government" also mentions the country.
            country = self.run.country(item.entry.country or "")
            # Only the country's own words ("Russia", not "Russia's defence").
            named = self.lex.match_name(self.texts, item.start)
            d_start, d_end = self.span(item.start, named[0] if named is not None else item.end - 1)
            country.add_mention(self.run.make_span(d_start, d_end), self.text[d_start:d_end])
            self.run.mention(d_start, d_end, _MENTION_DEMONYM, (country.id,))
        if (
            item.end - item.start == 1
            and item.start > 0
            and self.texts[item.start - 1] == "The"
            # ("The Democrats" is the party's name; "The NTV channel" opens with an article.)
            and not self.texts[item.start].isupper()
        ):
            start = self.starts[item.start - 1]
            surface = self.text[start:end]
        actor.add_mention(self.run.make_span(start, end), surface)
        modifier = self.modifier(item.end)
        self.run.mention(start, end, _MENTION_DEMONYM if modifier else _MENTION_NAME, (actor.id,))
        self.item_refs[item.start] = (actor.id,)
        self.run.last_org = actor
        if item.title is not None:
            self.run.org_nouns.setdefault(actor.id, item.title)

    def on_place_chunk(self, item: _Item, kind: PlaceKind | None = None) -> None:
        name = self.surface(item.start, item.end)
        town = self.run.dateline_town
        if town is not None and kind is _PLACE_UNKNOWN and name.casefold() == town[0]:
            # "in Leticia" under "LETICIA, Colombia (AP)": the dateline's town.
            item.country = town[1]
            kind = _PLACE_CITY
        if kind is None:
            # The head may stand first ("Hotel de Brienne") or last ("Presidential Palace").
            venue = any(t in _VENUE_HEADS for t in self.texts[item.start : item.end])
            kind = _PLACE_VENUE if venue else _PLACE_REGION
        country = item.country
        if country is None and kind is _PLACE_VENUE:
            country = self.venue_country(item.end)
        place = self.run.place(name, country, kind)
        start, end = self.span(item.start, item.end)
        place.mentions.append(self.run.make_span(start, end))
        self.run.mention(start, end, _MENTION_NAME, (), place.id)

    # -- titles ---------------------------------------------------------------------------------

    def title_modifiers(self, i: int) -> tuple[str | None, _Actor | None, int]:
        """
        What qualifies the title at token *i*, read backwards.

        Returns ``(country code, actor the role belongs to, first token of the phrase)``.
        """
        run = self.run
        country: str | None = None
        of: _Actor | None = None
        first = i
        j = i
        while j > 0:
            if (
                j > _PAIR + 1
                and self.texts[j - 1] == ")"
                and self.texts[j - 3] == "("
                and self.texts[j - 2].isupper()
                and (named := self.prev_item(j - 3)) is not None
                and named.kind == "org"
            ):
                # "National Intelligence Organization (MIT) chief Ibrahim Kalin": the acronym
                # in brackets repeats the organization's name.
                j -= 3
            prev = self.prev_item(j)
            if prev is not None and prev.kind == "party":
                party_country = self.lex.parties.get(prev.title or "")
                country = country or party_country
                first = j = prev.start
                continue
            if prev is not None and prev.kind in {"name", "org"}:
                entry = prev.entry
                if entry is not None and entry.kind is _VENUE and entry.metonym:
                    # "Kremlin spokesman": the venue stands for the government that sits there.
                    org = run.org(entry.name, entry.country)
                    of = of or org
                    country = country or entry.country
                    first = j = prev.start
                    continue
                if prev.kind == "org" or (entry is not None and entry.kind is _ORGANIZATION):
                    ref = self.ensure_ref(prev)
                    actor = run.by_id.get(ref[0]) if ref else None
                    if of is None:
                        of = actor
                    country = country or (actor.country if actor else None)
                    first = j = prev.start
                    continue
                if entry is not None and entry.kind in _LAND_KINDS and entry.country:
                    if of is None:
                        of = run.country(entry.country)
                    country = country or entry.country
                    first = j = prev.start
                    continue
                if entry is not None and entry.kind is _REGION and entry.country and prev.end == j:
                    # "Kurdistan Region President Nechirvan Barzani", "Western Australia
                    # Premier Roger Cook": the region's office, in the region's country
                    # (not shared with a list: the phrase still starts at the title).
                    country = country or entry.country
                break
            if self.texts[j - 1] in _POSSESSIVE and j > 1:
                owner = self.prev_item(j - 1)
                if owner is None and j > _PAIR and self.lowered[j - 2] in _OWNER_BODY_NOUNS:
                    # "The Taliban administration's chief spokesman", "the Hamas movement's
                    # political chief": a lower-case body noun after the name it belongs to.
                    owner = self.prev_item(j - 2)
                if owner is not None and owner.kind in {"name", "org"}:
                    entry = owner.entry
                    if entry is not None and entry.kind is _COUNTRY and entry.country:
                        of = of or run.country(entry.country)
                        country = country or entry.country
                    elif entry is not None and entry.kind is _REGION:
                        # "Northern Ireland's First Minister", "Bavaria's premier": the
                        # region's office, in the region's country (none for "Asia's").
                        country = country or entry.country
                    else:
                        ref = self.ensure_ref(owner)
                        actor = run.by_id.get(ref[0]) if ref else None
                        of = of or actor
                        country = country or (actor.country if actor else None)
                    first = j = owner.start
                    continue
                if owner is not None and owner.kind == "chunk":
                    # "Zelenskyy's chief of staff": the role belongs to the owner's country.
                    person = self.known_person(owner.start, owner.end)
                    # The owner's country may be known only from the office-holder list
                    # ("Erdogan's communications director"), which is read at the end.
                    owner_country = (
                        None
                        if person is None
                        else person.country or officeholder_countries().get(fold_name(person.name))
                    )
                    if owner_country is not None:
                        country = country or owner_country
                        of = of or run.country(owner_country)
                    first = owner.start
                    break
                break
            if (
                self.lowered[j - 1] in self.lex.title_prefixes
                or self.lowered[j - 1] == "-"
                # "Bangladesh's interim government head", "Myanmar's military leader".
                or (self.lowered[j - 1] in _TITLE_QUALIFIERS and self.texts[j - 1].islower())
            ):
                j -= 1
                continue
            break
        return country, of, first

    def known_person(self, i: int, j: int) -> _Actor | None:
        full = self.surface(i, j)
        person = self.run.by_full.get(full)
        if person is None and j - i == 1:
            person = self.run.by_surname.get(self.texts[i]) or self.run.by_given.get(self.texts[i])
        return person or self.run.by_alias(full)

    def name_tokens(self, i: int, *, allow_single: bool) -> list[int]:
        """Token indices of a personal name starting at *i* (a chunk without organization words)."""
        if i >= self.n or i in self.done:
            return []
        item = self.items[i]
        if (
            item is not None
            and item.kind == "name"
            and item.entry is not None
            and item.entry.kind is _CITY
            and item.end < self.n
            and (rest := self.items[item.end]) is not None
            and rest.kind == "chunk"
            and (self.starts[item.end - 1] + len(self.texts[item.end - 1])) < self.starts[item.end]
        ):
            # "Paraguayan President Santiago Peña": a given name that is also a city.
            item = _Item(item.start, rest.end, "chunk")
        if item is None or item.kind != "chunk":
            return []
        texts, lowered = self.texts, self.lowered
        suffixes, verbs = self.lex.name_suffixes, self.lex.person_verbs
        words = 0
        particles = self.lex.name_particles
        starts = self.starts
        for k in range(item.start, item.end):
            t = texts[k]
            if not t[:1].isalpha():
                continue
            # The length bound counts name words: not the particles of a nasab or a
            # surname, nor the second half of a hyphenated word ("Mohammed bin Salman bin
            # Abdulaziz Al Saud", "Sabah Khalid Al-Hamad Al-Sabah" are four or five words).
            if t not in particles and not (
                k > item.start
                and texts[k - 1] in _JOINERS
                and starts[k - 1] == (starts[k - 2] + len(texts[k - 2]))
                # ("al-Ansari" is a name word: the half before the hyphen is a particle.)
                and texts[k - 2] not in particles
            ):
                words += 1
            if (
                t.isupper()
                and len(t) > 1
                and t not in suffixes
                # "JD Vance", "AJ Smith": two initials written without dots open a name, and so
                # do initials written with them ("K.P. Sharma Oli", "M.K. Stalin").
                and not (
                    (len(t) == _PAIR or _DOTTED_INITIALS.fullmatch(t) is not None)
                    and k == item.start
                    and k + 1 < item.end
                    and not texts[k + 1].isupper()
                )
            ):
                return []
            if lowered[k] in verbs and not (
                k > item.start and (texts[k - 1] in _JOINERS or texts[k - 1] in particles)
            ):
                # "Colombian President Claims Drug Trafficking Hubs": a headline, not a name
                # (but "Haitham bin Tarik Al-Said", "Ahmed bin Said": a family name).
                return []
        if not words or words > _MAX_PERSON_NAME:
            return []
        if words == 1 and (not allow_single or len(texts[item.start]) == 1):
            # (A lone letter is no name: "the Gen. Z protests".)
            return []
        return list(range(item.start, item.end))

    def on_title(self, item: _Item) -> int:
        run = self.run
        title = item.title or ""
        i, j = item.start, item.end
        capitalized = self.texts[i][:1].isupper()
        country, of, first = self.title_modifiers(i)
        if title == "diplomat" and first < i and first and self.lowered[first - 1] == "top":
            # "the top U.S. diplomat": the foreign minister of the country between.
            title = "top diplomat"
            first -= 1
        # "President of Colombia Gustavo Petro" / "the vice president of ... at the Observer ...".
        k = j
        # A counterpart is told apart by where the person comes from: "counterpart from
        # China", "her counterpart in Beijing" (the capital stands for the country).
        # A spokesperson speaks "for" a body ("A spokesperson for China's foreign ministry,
        # Mao Ning, said") as a head is "of" one.
        joiners = (
            _COUNTERPART_JOINERS
            if title == "counterpart"
            else _SPOKES_JOINERS
            if title in _SPOKES_TITLES
            else _TITLE_JOINERS
        )
        role_title = title
        shared = self.shared_title if self.shared_title is not None and self.shared_title[0] == i else None
        self.shared_title = None
        if shared is not None:
            # "Qatari Prime Minister and Foreign Minister Sheikh Mohammed": the country before
            # the first title qualifies both.
            country = country or shared[2]
            of = of or shared[3]
        elif (
            j + 1 < self.n
            and self.lowered[j] == "and"
            and (nxt_title := self.items[j + 1]) is not None
            and nxt_title.kind == "title"
            # "Deputy Prime Minister and ...", and "Sri Lanka's Cabinet spokesman and ...":
            # a lower-case first office is shared only when a country or body owns it and it
            # is no leader's ("the president and Foreign Minister Wang Yi", "Kenya's
            # president and Foreign Minister ..." are two people).
            and (
                self.texts[i][:1].isupper()
                or (first < i and country is not None and title not in self.lex.leader_titles)
            )
            and self.texts[j + 1][:1].isupper()
            and self.name_follows(nxt_title.end)
        ):
            # "Deputy Prime Minister and Foreign Minister Ishaq Dar": one person holds both.
            self.shared_title = (j + 1, title, country, of, first)
            return j
        elif (
            j < self.n
            and (rank := self.items[j]) is not None
            and rank.kind == "title"
            and rank.title in _RANKS
            and title not in _RANKS
            and self.name_follows(rank.end + (rank.end + 1 < self.n and self.texts[rank.end] == "."))
        ):
            # "junta leader Capt. Ibrahim Traore", "army chief Gen. Asim Munir": an office,
            # then the holder's rank before the name; one person holds both.
            self.shared_title = (j, title, country, of, first)
            return j
        if k + 1 < self.n and self.lowered[k] in joiners:
            nxt = self.items[k + 1] or (
                self.items[k + 2] if k + 2 < self.n and self.lowered[k + 1] == "the" else None
            )
            if (nxt is None or nxt.entry is None) and self.lowered[k + 1] == "the":
                # "Prime Minister of the Islamic Republic of Pakistan Shehbaz Sharif": the
                # state's formal name, as state agencies write it.
                nxt = self.formal_state(k + 2) or nxt
            if (
                nxt is not None
                and nxt.entry is not None
                and nxt.entry.kind is _DEMONYM
                and nxt.end < self.n
                and (owned_body := self.items[nxt.end]) is not None
                and owned_body.kind == "org"
            ):
                # "spokeswoman for the Ghanaian Ministry of Foreign Affairs": the demonym's
                # country owns the body the title is of, and is mentioned.
                land = run.country(nxt.entry.country or "")
                a, b = self.span(nxt.start, nxt.end)
                land.add_mention(run.make_span(a, b), self.text[a:b])
                run.mention(a, b, _MENTION_DEMONYM, (land.id,))
                country = country or nxt.entry.country
                nxt = owned_body
            if (
                title == "counterpart"
                and nxt is not None
                and nxt.entry is not None
                and nxt.entry.kind is _CITY
                and nxt.entry.capital
                and nxt.entry.country
            ):
                of = of or run.country(nxt.entry.country)
                country = country or nxt.entry.country
                self.capital_as_country(nxt)
                k = nxt.end
            elif (
                title == "counterpart"
                and nxt is not None
                and nxt.entry is not None
                and nxt.entry.kind is _COUNTRY
                and nxt.entry.country
            ):
                # "his counterpart from China": the country is mentioned, not a location.
                land = run.country(nxt.entry.country)
                a, b = self.span(nxt.start, nxt.end)
                land.add_mention(run.make_span(a, b), self.text[a:b])
                run.mention(a, b, _MENTION_NAME, (land.id,))
                of = of or land
                country = country or nxt.entry.country
                k = nxt.end
            elif nxt is not None and nxt.kind in {"name", "org"}:
                entry = nxt.entry
                if entry is not None and entry.kind is _COUNTRY and entry.country:
                    country = country or entry.country
                    k = nxt.end
                    body = self.possessed_body(k)
                    owned = self.items[k + 1] if k + 1 < self.n and self.texts[k] in _POSSESSIVE else None
                    if (
                        owned is not None
                        and owned.kind == "org"
                        and owned.end + 1 < self.n
                        and self.texts[owned.end] == ","
                    ):
                        # "The head of Sudan's Sovereignty Council, Abdel Fattah al-Burhan":
                        # the title is of the country's body.
                        ref = self.ensure_ref(owned)
                        body_actor = run.by_id.get(ref[0]) if ref else None
                        if body_actor is not None and body_actor.country is None:
                            body_actor.country = entry.country
                        of = of or body_actor
                        k = owned.end
                    elif body > k:
                        # "the head of Turkey's intelligence agency, Ibrahim Kalin": the
                        # title is of the agency, which is the country's.
                        a, b = self.span(k + 1, body)
                        role_title = f"{title} of {self.text[a:b]}"
                        k = body
                    else:
                        of = of or run.country(entry.country)
                elif nxt.kind == "org" or (entry is not None and entry.kind is _ORGANIZATION):
                    ref = self.ensure_ref(nxt)
                    actor = run.by_id.get(ref[0]) if ref else None
                    of = of or actor
                    country = country or (actor.country if actor else None)
                    k = self.organ_end(nxt.end)
        if (
            k > j
            and k + 1 < self.n
            and self.lowered[k] == "of"
            and (styled := self.after_style(k + 1)) > k + 1
        ):
            # "Director of the Office of His Majesty Alaa Batayneh": the office is the
            # ruler's; the style names no one else, nor does the ruler's title after it
            # ("... of His Majesty the King Yousef Al-Issawi").
            k = styled
            if (
                k + 1 < self.n
                and self.lowered[k] == "the"
                and (royal := self.lex.match_title(self.lowered, k + 1)) is not None
                and royal[1] in _ROYAL_TITLES
            ):
                k = royal[0]
        body_named = False
        if k == j and k + 2 < self.n and self.lowered[k] == "of" and self.workplace_title(title):
            # "the chairman of Mubadala, Khaldoon Al Mubarak": a body the lexicon does not
            # know, then the name set off by a comma; the body is part of the title.
            k = self.unknown_body_end(k)
            if k > j:
                a, b = self.span(j + 1, k)
                role_title = f"{title} of {self.text[a:b]}"
                body_named = True
        if (
            k < self.n
            and self.texts[k] == "."
            and self.starts[k] == (self.starts[k - 1] + len(self.texts[k - 1]))
        ):
            # "Sen. Lindsey Graham", "Gen. Mark Milley".
            k += 1
        # "Special Envoy for North Korea Kevin Kim", "special adviser for international
        # affairs, Celso Amorim": the brief is part of the title, and the name follows it.
        if k + 1 < self.n and (
            (
                self.lowered[k] == "for"
                and (title.rsplit(" ", 1)[-1] in _BRIEF_TITLES or title.casefold() in _OF_STATE_TITLES)
            )
            # "ambassador-designate to the United States, Mcebisi Jonas".
            or (self.lowered[k] == "to" and title.split(" ")[0].startswith("ambassador"))
        ):
            brief_end = self.brief_end(k + 1)
            if brief_end > k + 1:
                a, b = self.span(k + 1, brief_end)
                role_title = f"{title} {self.lowered[k]} {self.text[a:b]}"
                # The brief's words name no one ("for Security Affairs said"); a country in
                # it is still mentioned ("for North Korea").
                self.done.update(
                    m
                    for m in range(k + 1, brief_end)
                    if (it := self.items[m]) is not None and it.kind == "chunk"
                )
                k = brief_end
        if (
            k + 2 < self.n
            and capitalized
            and self.lowered[k] == "and"
            and (" of " in title or " for " in title)
            and (joined := self.items[k + 1]) is not None
            and joined.kind == "chunk"
        ):
            # "Cabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi": a second
            # portfolio joined by "and" ends with its head word, and the name follows.
            head = self.brief_end(k + 1)
            if not (head > k + 1 and self.texts[head - 1] in _BRIEF_HEADS) and (
                (self.lowered[k + 1], "minister") in self.lex.titles and joined.end > k + 2
            ):
                # "Minister of Trade and Industry Ahmed Salim": one more portfolio word.
                self.items[k + 2] = _Item(k + 2, joined.end, "chunk")
                joined.end = head = k + 2
            if head > k + 1 and (self.texts[head - 1] in _BRIEF_HEADS or head == k + 2):
                a, b = self.span(k, head)
                role_title = f"{role_title} {self.text[a:b]}"
                k = head
        if k + 2 < self.n and capitalized and (" of " in title or " for " in title):
            # "Minister of Water Resources and Irrigation, Hani Sewilam": the portfolio goes
            # on past the words the lexicon knows, up to the comma before the name.
            rest_end = self.portfolio_rest(k)
            if rest_end > k:
                a, b = self.span(k, rest_end)
                role_title = f"{role_title} {self.text[a:b]}"
                k = rest_end
        if k + 2 < self.n and self.texts[k] == "(" and capitalized:
            k, role_title, of, country = self.ministry_rank(k, role_title, of, country)
        if k + 3 < self.n and self.lowered[k] == "at" and first < i:
            # "Qatar's minister of state at the foreign ministry, Mohammed Al-Khulaifi": the
            # workplace is part of the description, and the name follows its comma.
            k = self.workplace_end(k)
        elif k + 3 < self.n and not capitalized and first < i and self.texts[k].islower():
            # "Nigeria's minister of state for petroleum resources (gas), Ekperikpe Ekpo": a
            # brief in lower case, the lexicon's words and more, up to the comma before a name.
            k = self.lower_brief_end(k)
        name_start = k
        aide = self.aide_of(first)
        if aide and country is not None and k + 1 < self.n and self.texts[k] == ",":
            self.aide_named(first, k + 1, country)
        if name_start < self.n and self.texts[name_start] == "," and name_start + 1 < self.n and not aide:
            name_start += 1
        style_end = self.after_style(name_start)
        if style_end != name_start:
            # "President His Highness Sheikh Mohamed bin Zayed": the style is no part of the name.
            k = style_end if name_start == k else k
            name_start = style_end
        courtesy = self.items[name_start] if name_start < self.n and title not in _COURTESY_TITLES else None
        if (
            courtesy is not None
            and courtesy.kind == "title"
            and (
                courtesy.title in _COURTESY_TITLES
                # "army chief Field Marshal Asim Munir", "Defence Chief General X": a rank
                # after an office is how the officer's name is written.
                or (
                    courtesy.title in _MILITARY_RANKS
                    and title not in _MILITARY_RANKS
                    and (
                        name_start == k
                        or title == "counterpart"
                        # "the Chief of Defence Staff, Gen. Christopher Musa": a service
                        # chief's rank after the comma is how the holder is written.
                        or title in _SERVICE_CHIEFS
                    )
                )
            )
        ):
            # "Emir Sheikh Tamim", "the Emir of Qatar, Sheikh Tamim ...", "Foreign Minister
            # Prince Faisal": the office is the role; the courtesy title after it is part of
            # how the name is written.
            k = courtesy.end if name_start == k else k
            name_start = courtesy.end
            if name_start != k and name_start + 1 < self.n and self.texts[name_start] == ".":
                # "the Chief of Defence Staff, Gen. Christopher Musa": the rank's full stop.
                name_start += 1
        if (
            of is None
            and country is None
            and first
            and self.lowered[first - 1] == "its"
            and (last_org := run.last_org) is not None
            and 0 <= self.starts[i] - last_org.seen <= _SPOKES_REACH
        ):
            # "The talks were prepared by the National Security Bureau. Its spokesman, Jan
            # Nowak, said ...": the office is in the body just named.
            of = last_org
            country = last_org.country
        # A lower-case generic title names no one ("the minister Tuesday") unless a country
        # says whose it is: "North Korean leader Kim Jong Un", "Vietnam's leader To Lam".
        # "Official" names no one capitalised either ("its Official Security Assistance").
        generic = (
            title in _GENERIC_TITLES
            and (not capitalized or title in {"official", "senior official"})
            and country is None
            and of is None
            and not body_named
        )
        # "Indonesia's foreign minister, Sugiono, said": one name set off by commas after a
        # country's office (many Indonesians have one name).
        mononym = (
            name_start != k
            and (country is not None or of is not None)
            and name_start + 1 < self.n
            # Closed by a comma: "With the Kuwaiti crown prince, Modi discussed" opens a clause.
            and self.texts[name_start + 1] == ","
        )
        idx = (
            []
            if (self.headline or generic)
            # One word after a complement is more often the rest of a name ("director of
            # Colombia Risk Analysis") than a person ("President of Colombia Petro").
            else self.name_tokens(
                name_start, allow_single=(name_start == k and (k == j or capitalized)) or mononym
            )
        )
        if (
            idx
            and name_start != k
            and not mononym
            and len([x for x in idx if self.texts[x][:1].isalpha()]) < _PAIR
        ):
            idx = []
        if (
            idx
            and first >= _PAIR
            and self.lowered[first - 1] == "by"
            and self.lowered[first - 2] == "accompanied"
            and self.persons
            and self.persons[0].country is not None
        ):
            # "Ramaphosa was accompanied by Trade Minister Parks Tau, Agriculture Minister
            # John Steenhuisen ...": a leader's companions are of the leader's country.
            self.possessed = (first - 1, self.persons[0].country, frozenset())
        if (
            idx
            and country is None
            and of is None
            and self.possessed is not None
            and first >= 1
            and self.possessed[0] == first - 1
            and self.lowered[first - 1] in {"and", ",", "by"}
            # A leader accompanies no one but their own ("accompanied by Prime Minister ...").
            # A head of government after a head of state is of the same state ("Vietnamese
            # President Luong Cuong and Prime Minister Pham Minh Chinh"); other leaders after
            # "and" are more often the host.
            and (
                title not in self.lex.leader_titles
                or self.lowered[first - 1] == "by"
                or (
                    title in _HEADS_OF_GOVERNMENT and not self.possessed[2].isdisjoint(self.lex.leader_titles)
                )
            )
            # Two foreign ministers are counterparts, of two countries.
            and title not in self.possessed[2]
            # "... and Foreign Minister Wang Yi of China": the country follows the name.
            and not (idx[-1] + 2 < self.n and self.lowered[idx[-1] + 1] == "of")
            # "... and Secretary of State Marco Rubio": the title or the name tells another.
            and title not in self.lex.title_countries
            and officeholder_countries().get(fold_name(self.surface(idx[0], idx[-1] + 1)))
            in {None, self.possessed[1]}
        ):
            # "Chile's Foreign Minister Alberto van Klaveren and Mining Minister Aurora
            # Williams", "Saudi Foreign Minister Prince Faisal and national security adviser
            # Musaed al-Aiban": the country is shared by the ministers it lists (a leader
            # after "and" is more often the host: "... and President Joe Biden").
            country = self.possessed[1]
        if idx and country is None and of is None and title != "counterpart" and first:
            # "his spokesman Bayo Onanuga", "its own envoy, Lazarus Sumbeiywo": an aide is of
            # the country of whom the possessive names.
            country = self.possessor_country(first)
        if idx and country is None and of is None and title in _SPOKES_TITLES:
            # "The State Department did not respond. Earlier, spokesperson Tammy Bruce
            # said ...": a spokesperson named without a body speaks for the one just named.
            last = run.last_org
            if (
                last is not None
                and 0 <= self.starts[i] - last.seen <= _SPOKES_REACH
                # A government body (not a news outlet or a summit forum).
                and not _SPOKES_BODIES.isdisjoint(last.name.casefold().split(" "))
            ):
                of = last
                country = last.country
        if idx:
            person = run.person(self.starts, self.texts, idx, royal=title.casefold() in _ROYAL_TITLES)
            if first and self.lowered[first - 1] == "visiting":
                person.guest = True
            if first and (
                self.lowered[first - 1] in _PAST_OFFICE
                or (first > 1 and self.lowered[first - 2] in _PAST_OFFICE)
                or self.lowered[first] in _PAST_OFFICE
            ):
                person.past = True
            if shared is not None and shared[1] not in _NON_ROLE_TITLES:
                self.add_role(person, shared[1], shared[3], shared[2])
            self.add_role(person, role_title, of, country)
            if title == "counterpart":
                self.counterpart_role(person, first, of)
            if person.gender is None and title in _FALLBACK_FEMALE:
                person.gender = "f"
                person.gender_told = True
            a, b = self.span(idx[0], idx[-1] + 1)
            self.note_person(person, a, b, _MENTION_NAME)
            # The whole phrase ("Republican Representative Michael McCaul") refers to them too.
            phrase_start = shared[4] if shared is not None else first
            self.run.mention(self.starts[phrase_start], b, _MENTION_TITLE, (person.id,))
            end = idx[-1] + 1
            # "Prime Minister Narendra Modi of India".
            if end + 1 < self.n and self.lowered[end] == "of":
                nxt = self.items[end + 1]
                if (nxt is None or nxt.entry is None) and self.lowered[end + 1] == "the":
                    # "King Abdullah II bin Al-Hussein of the Hashemite Kingdom of Jordan", and
                    # a formal name the lexicon knows whole ("of the Kingdom of Saudi Arabia").
                    nxt = (
                        self.formal_state(end + 2)
                        or (self.items[end + 2] if end + 2 < self.n else None)
                        or nxt
                    )
                if (
                    nxt is not None
                    and nxt.entry is not None
                    and nxt.entry.kind is _COUNTRY
                    and nxt.entry.country
                ):
                    code = nxt.entry.country
                    person.roles = [
                        Role(title=r.title, of=run.country(code).id) if r.of is None else r
                        for r in person.roles
                    ]
                    person.country = person.country or code
                elif (
                    nxt is not None
                    and (nxt.kind == "org" or (nxt.entry is not None and nxt.entry.kind is _ORGANIZATION))
                    and any(r.of is None and self.workplace_title(r.title) for r in person.roles)
                ):
                    # "Professor Yang Kee-ho of Sungkonghoe University", "Senior fellow Jane Doe
                    # of the Brookings Institution": the body they work at (not a leader's:
                    # "President X of the ruling party" leads a country).
                    ref = self.ensure_ref(nxt)
                    employer = run.by_id.get(ref[0]) if ref else None
                    if employer is not None:
                        person.roles = [
                            Role(title=r.title, of=employer.id)
                            if r.of is None and self.workplace_title(r.title)
                            else r
                            for r in person.roles
                        ]
                        person.country = person.country or employer.country
                elif (
                    nxt is not None
                    and nxt.entry is not None
                    and nxt.entry.kind is _REGION
                    and nxt.entry.country
                    and person.country is None
                ):
                    # "Sen. John Cornyn of Texas", "Governor Markus Soeder of Bavaria": the
                    # region is a constituency, not what the title is of; its country is theirs.
                    person.country = nxt.entry.country
            if person.country is not None and (
                first < i or (first and self.lowered[first - 1] in {"by", ",", "and"})
            ):
                # A demonym or a possessive before the title ("Chile's", "Saudi"), or a list
                # the country was shared with.
                self.possessed = (end, person.country, frozenset(r.title.casefold() for r in person.roles))
            self.appositive(person, end)
            return end
        # No name: "the Colombian president", "the prime minister", "Colombian President" (headline).
        if title == "counterpart" and first == i and not self.headline:
            # "Rubio told his counterpart that ...": the other party, of the same office.
            a, b = self.span(i - 1, j) if i else self.span(i, j)
            found_other = (
                self.bare_counterpart(i, a) if country is None else self.counterpart_named(i, country, a)
            )
            if found_other is not None:
                self.note_person(found_other, a, b, _MENTION_TITLE)
            return j
        if country is not None and j < self.n and self.texts[j] == ",":
            # "Kishida's top aide, Deputy Chief Cabinet Secretary Seiji Kihara": the title
            # after the comma names the same person, of the same country.
            self.possessed = (j, country, frozenset())
        if title in _ANAPHORIC_TITLE_EXCLUDE:
            return j
        det = (
            first - 1
            if first > 0 and self.lowered[first - 1] in {"the", "his", "her", "their", "its"}
            else None
        )
        # "The visiting leader told his host ...": the guest, from elsewhere than the city.
        visiting = (
            first >= _PAIR and self.lowered[first - 1] == "visiting" and self.lowered[first - 2] == "the"
        )
        if visiting:
            det = first - 2
        # "The former ambassador told VOA": a past holder of the office, not a sitting one.
        former = (
            det is None
            and first >= _PAIR
            and self.lowered[first - 1] in _PAST_OFFICE
            and self.lowered[first - 2] == "the"
        )
        if former:
            if first > _PAIR and self.texts[first - 3] == ",":
                return j  # "Moussa Diallo, the former chairperson of ...": read as his appositive
            det = first - 2
        qualified = (
            det is None
            and first >= _PAIR
            and self.lowered[first - 1] in _SITTING_PREFIXES
            and self.lowered[first - 2] in _TITLE_DETERMINERS
        )
        if qualified:
            # "The outgoing prime minister said", "the interim president", "the junta
            # leader": the office's sitting holder, as "the prime minister" is.
            det = first - 2
        if det is None and not self.headline and first == i:
            return j
        if first > 0 and self.lowered[first - 1] in {"a", "an"}:
            return j
        start = self.starts[det if det is not None else first]
        end_char = self.starts[j - 1] + len(self.texts[j - 1])
        found = run.by_title(title, country, start)
        if former:
            found = [p for p in found if p.past]
        if visiting:
            host = run.last_city[1] if run.last_city is not None else run.dateline_country()
            found = [p for p in found if host is not None and p.country not in {None, host}]
            if not found:
                # Not left for the end of the text, whose lookup knows no host.
                return j
        if qualified and len(found) > 1:
            # "The junta leader" after "President Mahama hosted military leader Traore":
            # one who holds the very office, not an equivalent ("leader" for a president).
            found = [p for p in found if _holds_title(p, title)] or found
        if len(found) > 1 and not former and any(p.past for p in found):
            # "Boric met former President Mauricio Macri ... The president said": the sitting
            # one, when one is in view.
            found = [p for p in found if not p.past] or found
        if country is None and len(found) > 1 and not former and not visiting:
            found = self.one_of_rivals(found, title)
            if not found:
                return j
        if found:
            person = found[0]
            if len(found) > 1 and person.id in self.fronted and 0 <= (self.fronted_end or -1) < start:
                # "In his talks with Wang, the minister praised ...": not the one the fronted
                # phrase named.
                person = found[1]
            self.note_person(person, start, end_char, _MENTION_TITLE)
        elif first >= _PAIR and self.lowered[first - 1] in _PAST_OFFICE and self.lowered[first - 2] == "the":
            # "Olusegun Obasanjo welcomed the agreement. The former Nigerian president said
            # ...": a past office is no role the text gave, so the description names the one
            # the sentence before was about, if nothing said they were from elsewhere.
            subject = self.previous_subject()
            if (
                subject is not None
                and (country is None or subject.country in {None, country})
                # "Sheinbaum said ... The former president": not someone in that office now.
                and (subject.past or not any(_title_matches(r.title, title) for r in subject.roles))
            ):
                subject.country = subject.country or country
                self.note_person(subject, self.starts[first - 2], end_char, _MENTION_TITLE)
            elif not former:
                # (A bare "the former ambassador" is left unresolved: the end-of-text lookup
                # would find whoever holds the office now.)
                run.deferred_titles.append(
                    (run.make_span(start, end_char), title, country, not self.headline)
                )
        else:
            run.deferred_titles.append((run.make_span(start, end_char), title, country, not self.headline))
        return j

    def one_of_rivals(self, found: list[_Actor], title: str) -> list[_Actor]:
        """
        *found* (holders of *title*, most recent first), or none when two hold that very title.

        "President Biden met President Xi ... The president said": two sitting presidents of
        different (or untold) countries are both in view, and the last named is no better
        a guess than the other; the home country's one (dateline, agency) is meant.
        """
        first, second = found[0], found[1]
        if not (_holds_title(first, title) and _holds_title(second, title)) or first.past or second.past:
            return found
        one, other = _known_country(first), _known_country(second)
        if one is not None and one == other:
            return found
        home = self.run.home_country()
        if home is not None and (one == home) != (other == home):
            return [first if one == home else second]
        return []

    def workplace_end(self, k: int) -> int:
        """
        After "at" (token *k*): the end of "at the foreign ministry" when a comma and a name follow, else *k*.

        A few lower-case words or one organization, after an optional "the".
        """
        m = k + 2 if self.lowered[k + 1] == "the" else k + 1
        org = self.items[m]
        if org is not None and org.kind == "org":
            m = org.end
        else:
            start = m
            while (
                m < self.n
                and m - start < _MAX_BRIEF_WORDS
                and self.texts[m].isalpha()
                and self.texts[m].islower()
            ):
                m += 1
        if m + 1 < self.n and self.texts[m] == "," and self.name_tokens(m + 1, allow_single=False):
            return m
        return k

    def lower_brief_end(self, k: int) -> int:
        """The end of lower-case brief words (and a bracketed qualifier) at *k* before ", Name", else *k*."""
        texts = self.texts
        m = k
        verbs = self.lex.person_verbs
        while (
            m < self.n
            and m - k < _MAX_BRIEF_WORDS
            and texts[m].isalpha()
            and texts[m].islower()
            and texts[m] not in _CLAUSE_WORDS
            and texts[m] not in verbs
            and texts[m] not in TIME_WORDS
        ):
            m += 1
        if m < self.n and texts[m] == "(":
            close = m + 1
            while close < min(self.n, m + _MAX_BRIEF_WORDS) and texts[close] != ")":
                close += 1
            if close < self.n and texts[close] == ")":
                m = close + 1
        if m > k and m + 1 < self.n and texts[m] == "," and self.name_tokens(m + 1, allow_single=False):
            return m
        return k

    def portfolio_rest(self, k: int) -> int:
        """
        The end of capitalised portfolio words at *k* that a comma and a name follow, else *k*.

        "Water [Resources and Irrigation], Hani Sewilam": phrases joined by "and", at most
        `_MAX_BRIEF_WORDS` of them; also a second brief after the title's "Interior [and
        National Administration], Kipchumba Murkomen".
        """
        m = k + 1 if self.lowered[k] == "and" else k
        for _ in range(_MAX_BRIEF_WORDS):
            rest = self.items[m] if m < self.n else None
            if rest is None or rest.kind not in {"chunk", "org"}:
                return k
            m = rest.end
            if m + 1 < self.n and self.lowered[m] == "and" and self.texts[m + 1][:1].isupper():
                m += 1
                continue
            break
        if m + 1 < self.n and self.texts[m] == "," and self.name_tokens(m + 1, allow_single=False):
            return m
        return k

    def ministry_rank(
        self, k: int, title: str, of: _Actor | None, country: str | None
    ) -> tuple[int, str, _Actor | None, str | None]:
        """
        Read a division in brackets and the ministry after a title, before a name.

        "Secretary (East) in the MEA Periasamy Kumaran", "Joint Secretary (South East Asia)
        in the External Affairs Ministry Sunil Kumar": South Asian ministries name ranks by
        their division. Only read when a name follows; returns *k* and the rest unchanged
        otherwise.
        """
        texts = self.texts
        close = k + 1
        while close < min(self.n, k + _MAX_BRIEF_WORDS + 2) and texts[close] != ")":
            if not texts[close][:1].isupper():
                return k, title, of, country
            close += 1
        if close >= self.n or texts[close] != ")" or close == k + 1:
            return k, title, of, country
        a, b = self.span(k + 1, close)
        end = close + 1
        if end + 1 < self.n and self.lowered[end] == "in":
            m = end + 2 if self.lowered[end + 1] == "the" else end + 1
            ministry = self.items[m] if m < self.n else None
            if ministry is not None and (
                ministry.kind == "org"
                or (ministry.entry is not None and ministry.entry.kind is _ORGANIZATION)
            ):
                ref = self.ensure_ref(ministry)
                actor = self.run.by_id.get(ref[0]) if ref else None
                of = of or actor
                country = country or (actor.country if actor is not None else None)
                end = ministry.end
        if not self.name_tokens(end, allow_single=False):
            return k, title, of, country
        return end, f"{title} ({self.text[a:b]})", of, country

    def aide_after(self, at: int) -> bool:
        """Whether an office or a person noun follows offset *at* ("Lee's [chief of staff]")."""
        found = _NEXT_WORD_AFTER.match(self.text, at)
        if found is None:
            return False
        word = found.group(1)
        return word in self.lex.titles_max or word in self.lex.descriptors

    def fronted_phrase_end(self) -> int:
        """
        The offset of the comma that closes a phrase fronted before the subject, or -1.

        "Asked about Trump's threat to let the pact lapse, the Canadian leader ...", "In a
        call with Lula, Petro said": a preposition or a participle opens the sentence and a
        comma closes the phrase within a few words.
        """
        if self.headline or self.n < _PAIR:
            return -1
        first = self.lowered[0]
        if not (
            first in _OPENING_PREPOSITIONS
            or (self.texts[0][:1].isupper() and first.endswith(("ed", "ing")) and first not in _BE_FORMS)
        ):
            return -1
        stop = min(self.n, _MAX_OPENING_PHRASE * _PAIR)
        for k in range(1, stop):
            if self.texts[k] == ",":
                return self.starts[k]
        return -1

    def previous_subject(self) -> _Actor | None:
        """The first person the sentence before this one named, if any."""
        persons = self.run.sentence_persons
        # `persons[-1]` is this sentence's list.
        if len(persons) < _PAIR or not persons[-2]:
            return None
        first = persons[-2][0]
        return first if first.kind == "person" else None

    def counterpart_role(self, person: _Actor, first: int, of: _Actor | None) -> None:
        """
        Give "his Japanese counterpart, Yoko Kamikawa" the office of the other party.

        The other party is the person "his"/"her" refers to, or the one named before "'s"
        ("Rubio's Saudi counterpart"). A minister's portfolio carries over ("Foreign
        Minister", named "Secretary of State" for the United States), and so does a
        president's or prime minister's office where the counterpart's country has one (a
        president's Japanese counterpart is no president; see `_counterpart_title`).
        """
        owner = self.items[first]
        other: _Actor | None = None
        if (
            owner is not None
            and owner.kind == "chunk"
            and owner.end < self.n
            and self.texts[owner.end] in _POSSESSIVE
        ):
            # "Rubio's Saudi counterpart, Faisal bin Farhan".
            other = self.known_person(owner.start, owner.end)
        else:
            other = self.counterpart_owner(first)
        if other is None or other is person:
            return
        code = of.country if of is not None else person.country
        for role in other.roles:
            title = _counterpart_title(role.title, code, self.lex)
            if title is not None:
                person.add_role(Role(title=title, of=of.id if of is not None else None))
                return

    def possessed_body(self, k: int) -> int:
        """
        After a country at *k*: the end of "'s intelligence agency" when a comma and a name follow.

        Returns *k* when the text there is not a possessive and a few lower-case words closed
        by a comma ("Turkey's intelligence agency, Ibrahim Kalin").
        """
        if k + 1 >= self.n or self.texts[k] not in _POSSESSIVE:
            return k
        m = k + 1
        while (
            m < self.n
            and m - k <= _MAX_BRIEF_WORDS
            and self.texts[m].isalpha()
            and self.texts[m].islower()
            and self.lowered[m] not in _CLAUSE_WORDS
        ):
            m += 1
        return m if m > k + 1 and m < self.n and self.texts[m] == "," else k

    def name_follows(self, k: int) -> bool:
        """Whether a personal name starts at token *k*, after any style or courtesy title ("Sheikh")."""
        if k + 1 < self.n and self.texts[k] == ",":
            # "Deputy Prime Minister and Minister of Trade, Selma Ashipala-Musavyi".
            k += 1
        k = self.after_style(k)
        courtesy = self.items[k] if k < self.n else None
        if courtesy is not None and courtesy.kind == "title" and courtesy.title in _COURTESY_TITLES:
            k = courtesy.end
        return bool(self.name_tokens(k, allow_single=True))

    def after_style(self, i: int) -> int:
        """
        Where the name starts after the styles of address at token *i*, or *i*.

        Styles are "His Highness", "H.E." and honorifics other than the courtesy titles read
        as part of a title ("Foreign Minister Dr. S. Jaishankar", "H.E. Dr. Khalifa").
        """
        honorifics = self.lex.honorifics
        for _ in range(_MAX_STYLES):
            if i >= self.n:
                return i
            t = self.texts[i]
            if t in _STYLE_ABBREVIATIONS:
                i += 1
            elif t in _MALAY_STYLE_FIRST and (m := _malay_style_end(self.texts, i)) > i:
                i = m
            elif t in honorifics and self.lowered[i] not in _COURTESY_TITLES and i + 1 < self.n:
                i += 2 if self.texts[i + 1] == "." else 1
            elif self.lowered[i] in {"his", "her"} and i + 1 < self.n and self.texts[i + 1][:1].isupper():
                j = i + 2 if self.lowered[i + 1] == "royal" else i + 1
                if j >= self.n or self.lowered[j] not in _STYLES:
                    return i
                i = j + 1
            else:
                return i
        return i

    def brief_end(self, i: int) -> int:
        """
        Where the brief of an envoy or adviser starting at token *i* ends ("North Korea", "the Middle East").

        A brief is a lexicon name (a country, region or organization), optionally after
        "the", or up to four lower-case words ("international affairs"). Returns *i* when
        there is none, or when it runs into the person's name (a capitalised phrase that is
        not a lexicon name cannot be told apart from it).
        """
        k = i + 1 if i < self.n and self.lowered[i] == "the" else i
        if k >= self.n:
            return i
        if k > i and self.texts[k] in _STATE_WORDS:
            # "Ambassador to the Kingdom Patrick Maisonnave": the host state, as its own
            # agency calls it; the name after it is a chunk of its own.
            state = self.items[k]
            if state is not None and state.kind == "chunk" and state.end > k + 1:
                self.items[k + 1] = _Item(k + 1, state.end, "chunk")
                state.end = k + 1
            return k + 1
        if k == i and self.texts[k] in self.lex.portfolio_words:
            end, joined = self.run.portfolio_list(self.texts, k)
            if joined:
                # "Secretary of State for Foreign, Commonwealth and Development Affairs David
                # Lammy": briefs joined by commas and "and"; a chunk running on into the
                # name is cut where they end.
                for m in range(end - 1, k - 1, -1):
                    part = self.items[m]
                    if part is not None and part.kind == "chunk" and part.end > end:
                        self.items[end] = _Item(end, part.end, "chunk")
                        part.end = end
                        break
                return end
        item = self.items[k]
        if item is not None and item.kind == "chunk":
            # "Deputy Foreign Minister for Political Affairs Majid Takht-Ravanchi": a brief
            # in capitals ends with its head word; the name after it is a chunk of its own.
            for m in range(min(item.end, item.start + _MAX_BRIEF_WORDS) - 1, item.start - 1, -1):
                if self.texts[m] in _BRIEF_HEADS:
                    if m + 1 < item.end:
                        self.items[m + 1] = _Item(m + 1, item.end, "chunk")
                        item.end = m + 1
                    return m + 1
        if item is not None:
            return item.end if item.kind == "name" and item.entry is not None else i
        m = k
        while (
            m < self.n
            and m - k < _MAX_BRIEF_WORDS
            and self.texts[m].isalpha()
            and self.texts[m].islower()
            and self.lowered[m] not in _CLAUSE_WORDS
        ):
            m += 1
        if m > k and m + 1 < self.n:
            # "for eastern Africa", "for normalization with Armenia", "for humanitarian
            # affairs in Sudan": the words may end in a lexicon name, after a preposition.
            at = m + 1 if self.lowered[m] in _BRIEF_PREPOSITIONS else m
            at = at + 1 if at > m and at + 1 < self.n and self.lowered[at] == "the" else at
            place = self.items[at]
            if place is not None and place.kind == "name" and place.entry is not None:
                return place.end
        return (
            m
            if m > k and (m >= self.n or not self.texts[m][:1].isalpha() or self.texts[m][:1].isupper())
            else i
        )

    def counterpart_owner(self, first: int) -> _Actor | None:
        """Whose counterpart "his/her ... counterpart" at token *first* is: who the pronoun is."""
        if not first or self.lowered[first - 1] not in {"his", "her"}:
            return None
        return self.resolve_pronoun("f" if self.lowered[first - 1] == "her" else "m")

    def bare_counterpart(self, first: int, before: int) -> _Actor | None:
        """
        Who "his counterpart" at token *first* (no country given) stands for.

        The owner is who "his"/"her" refers to; the counterpart is the person last named
        before, from another country, who holds the owner's office (a leader for a leader,
        the same portfolio for a minister). None when no one does.
        """
        other = self.counterpart_owner(first)
        if other is None:
            return None
        own = _known_country(other)
        leaders = self.lex.leader_titles
        leader = any(r.title.casefold() in leaders for r in other.roles)
        for p in self.run.recent_persons(before):
            code = _known_country(p)
            if p is other or code is None or code == own:
                continue
            titles = {r.title.casefold() for r in p.roles}
            if leader and not titles.isdisjoint(leaders):
                return p
            for role in other.roles:
                named = _counterpart_title(role.title, code, self.lex)
                if named is not None and named.casefold() in titles:
                    return p
        return None

    def counterpart_named(self, first: int, country: str, before: int) -> _Actor | None:
        """
        The person of *country* that "his/her <demonym> counterpart" at token *first* stands for.

        The owner of the counterpart is who "his"/"her" refers to. Among the people of
        *country* named before, the one holding the owner's office (a leader for a leader,
        the same portfolio for a minister) is meant; failing that, the only person of that
        country the text has named. None when the text does not tell.
        """
        other = self.counterpart_owner(first)
        if other is None:
            return None
        candidates = [
            p for p in self.run.recent_persons(before) if p is not other and _known_country(p) == country
        ]
        if not candidates:
            return None
        leaders = self.lex.leader_titles
        wanted: set[str] = set()
        leader = False
        for role in other.roles:
            low = role.title.casefold()
            if low in leaders:
                leader = True
            named = _counterpart_title(role.title, country, self.lex)
            if named is not None:
                wanted.add(named.casefold())
        matches = [
            p
            for p in candidates
            if any(
                r.title.casefold() in wanted or (leader and r.title.casefold() in leaders) for r in p.roles
            )
        ]
        if len(matches) == 1:
            return matches[0]
        if (
            matches
            and leader
            and not wanted.intersection(r.title.casefold() for p in matches for r in p.roles)
        ):
            # Several leaders, none holding the owner's office ("Prabowo invited his
            # Vietnamese counterpart", with party chief To Lam and Prime Minister Pham Minh
            # Chinh named): the one the text introduced first is its principal.
            return min(matches, key=_ORDER_OF)
        return candidates[0] if not matches and len(candidates) == 1 else None

    def add_role(self, person: _Actor, title: str, of: _Actor | None, country: str | None) -> None:
        if of is None and country is None:
            code = self.lex.title_countries.get(title)
            if code is not None:
                country = code
                of = self.run.country(code)
        if of is None and country is not None:
            of = self.run.country(country)
        if title not in _NON_ROLE_TITLES:
            person.add_role(Role(title=title_case(title), of=of.id if of is not None else None))
        if person.country is None:
            person.country = country or (of.country if of is not None else None)

    def name_after_complement(self, end: int) -> bool:
        """
        Whether a capitalised title's complement ending before token *end* runs into a name.

        "Director of the Office of His Majesty Alaa Batayneh": a name right after a name,
        an organization or a style of address, with nothing between, is the titled person's
        ("Chairman of Tata Sons" has none, and a name after "of" is the complement itself).
        """
        m = end
        stop = min(self.n, end + _APPOSITIVE_TITLE_WINDOW * 2)
        while m < stop and self.texts[m] not in {",", ";", ".", "and"}:
            it = self.items[m]
            if it is None:
                m += 1
                continue
            if (
                it.kind == "chunk"
                and m > end
                and (
                    self.items[m - 1] is not None
                    or self.lowered[m - 1] in _STYLES
                    or self.prev_item(m) is not None
                )
                and self.name_tokens(m, allow_single=False)
            ):
                return True
            m = it.end
        return False

    def appositive(self, person: _Actor, i: int) -> int:
        """
        Read ", [the|a] [modifiers] TITLE [of|at ORG]" after a name and add the role.

        Returns the index after what was read (or *i* when nothing matched).
        """
        if i >= self.n or self.texts[i] not in _APPOSITIVE_MARKS:
            return i
        j = i + 1
        if j + 2 < self.n and self.lowered[j] == "who" and self.lowered[j + 1] in _HEADS_VERBS:
            # "Corneille Nangaa, who heads the Congo River Alliance": the head of that body.
            k = j + 3 if self.lowered[j + 2] == "the" else j + 2
            body = self.items[k] if k < self.n else None
            if (
                body is not None
                and body.kind == "name"
                and body.end + 1 < self.n
                and self.texts[body.end] in _POSSESSIVE
            ):
                # "who heads Sudan's Sovereignty Council".
                body = self.items[body.end + 1]
            if person.kind == "person" and body is not None and body.kind == "org":
                ref = self.ensure_ref(body)
                actor = self.run.by_id.get(ref[0]) if ref else None
                self.add_role(person, "head", actor, actor.country if actor is not None else None)
            elif person.kind == "person":
                # "Ali Vaez, who heads the Iran project at the International Crisis Group": the
                # head of a unit, of the body after "at".
                m = k
                while m < min(self.n, k + _MAX_BRIEF_WORDS + 2) and self.lowered[m] not in {
                    "at",
                    "of",
                    ",",
                    ".",
                }:
                    m += 1
                at = m + 2 if m + 2 < self.n and self.lowered[m + 1] == "the" else m + 1
                unit = self.items[at] if m > k and self.lowered[m] in {"at", "of"} and at < self.n else None
                if unit is not None and (
                    unit.kind == "org" or (unit.entry is not None and unit.entry.kind is _ORGANIZATION)
                ):
                    ref = self.ensure_ref(unit)
                    actor = self.run.by_id.get(ref[0]) if ref else None
                    a, b = self.span(k, m)
                    self.add_role(
                        person,
                        f"head of {self.text[a:b]}",
                        actor,
                        actor.country if actor is not None else None,
                    )
            return i
        if j < self.n and self.lowered[j] in {"the", "a", "an"}:
            j += 1
        country: str | None = None
        of: _Actor | None = None
        limit = min(self.n, j + 8)
        while j < limit:
            lt = self.lowered[j]
            here = self.items[j]
            title = self.lex.match_title(self.lowered, j) if here is None or here.kind == "title" else None
            if title is not None:
                end, canonical = title
                if (
                    self.name_tokens(end, allow_single=False)
                    # "Foreign Minister Osman Saleh, Eritrea's information minister, Yemane
                    # Gebremeskel, wrote": a title set off before a name is that name's.
                    or (
                        end + 2 < self.n
                        and self.texts[end] == ","
                        and j >= _PAIR
                        and self.texts[j - 1] in _POSSESSIVE
                        and (named := self.name_tokens(end + 1, allow_single=False))
                        and named[-1] + 1 < self.n
                        and self.texts[named[-1] + 1] in {",", "."}
                    )
                    or (
                        self.texts[j][:1].isupper()
                        and (
                            self.name_after_complement(end)
                            # "..., Deputy Prime Minister and Minister of Foreign Affairs Ayman
                            # Safadi": two titles of the next person.
                            or (
                                end + 1 < self.n
                                and self.lowered[end] == "and"
                                and (after := self.items[end + 1]) is not None
                                and after.kind == "title"
                                and self.texts[end + 1][:1].isupper()
                                and self.name_follows(after.end)
                            )
                        )
                    )
                ):
                    # "Trade Minister Parks Tau, Agriculture Minister John Steenhuisen", "...
                    # Director of the Office of His Majesty Alaa Batayneh": the title names the
                    # next person of a list, not this one.
                    return i
                if end < self.n and self.texts[end] in _POSSESSIVE:
                    # "Nara, the prime minister's hometown", "Akie Tanaka, the prime
                    # minister's wife": the title owns what the name is, and is not its.
                    return i
                # "... of the Observer Research Foundation" / "at the East-West Center".
                k = end
                stop = min(self.n, end + 8)
                # Not past a relative clause: "a former U.S. ambassador to Ukraine who is now
                # at the Atlantic Council" was no ambassador of the council.
                while (
                    k < stop
                    and self.texts[k] not in {",", ";", "."}
                    and self.lowered[k] not in _RELATIVE_WORDS
                ):
                    it = self.items[k]
                    if (
                        it is not None
                        and (
                            self.lowered[k - 1] in {"of", "at", "the", "for", "based"}
                            # "adviser to Qatar's prime minister": the leader served is of
                            # the adviser's country ("ambassador to Ukraine" is not of it).
                            or (
                                self.lowered[k - 1] == "to"
                                and it.end + 1 < self.n
                                and self.texts[it.end] in _POSSESSIVE
                                and self.leader_word(self.lowered[it.end + 1])
                            )
                        )
                        and it.kind in {"org", "name"}
                    ):
                        entry = it.entry
                        if it.kind == "org" or (entry is not None and entry.kind is _ORGANIZATION):
                            ref = self.ensure_ref(it)
                            of = of or self.run.by_id.get(ref[0])
                            break
                        if (
                            entry is not None
                            and entry.kind is _COUNTRY
                            and entry.country
                            # "director of the China program": the country names the program
                            # (but "adviser to the UAE president" serves that country's leader).
                            and not (
                                it.end < self.n
                                and self.texts[it.end].isalpha()
                                and self.texts[it.end].islower()
                                and not self.leader_word(self.lowered[it.end])
                            )
                        ):
                            country = country or entry.country
                            of = of or self.run.country(entry.country)
                            break
                    k += 1
                if person.kind == "person":
                    if any(low in _PAST_OFFICE for low in self.lowered[i + 1 : j]):
                        # "Arturo Sarukhan, a former Mexican ambassador": an office held before.
                        person.past = True
                    self.add_role(person, canonical, of, country)
                    # "Yoko Kamikawa, her Japanese counterpart": the title is hers, not a group's.
                    self.apposed[j] = person
                return end
            it = self.items[j]
            if (
                it is not None
                and it.kind == "chunk"
                and it.end < self.n
                and self.texts[it.end] in _POSSESSIVE
            ):
                # "Kim Tae-hyo, Yoon's deputy national security adviser".
                owner = self.known_person(it.start, it.end)
                if owner is not None and owner.country is not None:
                    country = country or owner.country
                j = it.end + 1
                continue
            if lt == "country" and j + 1 < limit and self.texts[j + 1] in _POSSESSIVE:
                # "Delcy Rodriguez, the country's vice president": the country the text is
                # about, which is the person's own.
                country = country or person.country
                j += 2
                continue
            if it is not None and it.kind in {"name", "org"}:
                entry = it.entry
                if entry is not None and entry.kind in _LAND_KINDS:
                    country = country or entry.country
                elif it.kind == "org" or (entry is not None and entry.kind is _ORGANIZATION):
                    ref = self.ensure_ref(it)
                    of = of or self.run.by_id.get(ref[0])
                j = it.end
                if j < self.n and self.texts[j] in _POSSESSIVE:
                    # "Yoko Kamikawa, Japan's foreign minister": the title belongs to Japan.
                    if entry is not None and entry.kind is _COUNTRY and entry.country:
                        of = of or self.run.country(entry.country)
                    j += 1
                    limit = min(self.n, limit + 1)
                continue
            if (
                lt in self.lex.descriptors
                or lt in self.lex.title_prefixes
                or lt
                in {
                    "senior",
                    "top",
                    "longtime",
                    "veteran",
                    "leading",
                    "prominent",
                    "political",
                    "independent",
                    "retired",
                }
            ):
                j += 1
                continue
            if (
                lt.isalpha()
                and self.texts[j].islower()
                and lt not in _CLAUSE_WORDS
                # "Sheikh Mohammed, also met the Iranian foreign minister, Abbas Araghchi": a
                # verb ends the appositive; the title after it is the object's.
                and lt not in self.lex.person_verbs
                and j < limit - 1
            ):
                j += 1
                continue
            break
        return i

    # -- capitalised phrases --------------------------------------------------------------------

    def particle_start(self, i: int) -> int:
        """
        Token *i*, or the lower-case particle joined to it by a hyphen ("al-" of "al-Sudani").

        A sentence may write the particle in lower case ("Speaking later, al-Sudani said"),
        where it is no capitalised word and the phrase starts at "Sudani"; the mention is
        the whole surname, so that the speaker "al-Sudani" finds its person.
        """
        if (
            i >= _PARTICLE_AND_HYPHEN
            and self.texts[i - 1] == "-"
            and self.lowered[i - 2] in self.lex.name_particles
        ):
            starts = self.starts
            if (
                starts[i - 2] + len(self.texts[i - 2]) == starts[i - 1]
                and starts[i - 1] + 1 == starts[i]
                and self.texts[i - 2].islower()
            ):
                return i - 2
        return i

    def on_chunk(self, item: _Item) -> int:
        run = self.run
        i, j = item.start, item.end
        if (
            j == i + 1
            and self.texts[i] in _STATE_NOUN_COUNTRIES
            and i
            and self.lowered[i - 1] == "the"
            and (j >= self.n or self.lowered[j] != "of")
            and (code := run.story_state(self.texts[i])) is not None
        ):
            # "wishing the Kingdom continued progress" (SPA), "the Sultanate's position":
            # Gulf and royal agencies name their own state so, capitalised, and a story
            # naming one such state means it.
            entry = Entry(EntryKind.COUNTRY, self.lex.countries[code].name, code)
            return self.on_name(_Item(i, j, "name", entry=entry))
        words = [k for k in range(i, j) if self.texts[k][:1].isalpha()]
        full = self.surface(i, j)
        known = run.by_full.get(full)
        if known is None and len(words) == 1:
            known = run.by_surname.get(self.texts[i]) or run.by_given.get(self.texts[i])
        if (
            known is None
            and j == i + _PAIR
            and len(words) == _PAIR
            and (person := run.by_surname.get(self.texts[i])) is not None
            and person.kind == "person"
            and (land := self.lex.names.get((self.texts[i + 1],))) is not None
            and land.kind in _LAND_KINDS
        ):
            # "Modi told Sharif India would respond", "told Lavrov Russian troops": the
            # surname of someone the story named, then a country opening the next clause,
            # are two mentions (a name of the story's "Sharif India" would be in `by_full`).
            self.on_chunk(_Item(i, i + 1, "chunk"))
            return self.on_name(_Item(i + 1, j, "name", entry=land))
        if known is None and len(words) > 1:
            last = self.texts[words[-1]]
            candidate = run.by_surname.get(last)
            if candidate is not None and candidate.name.split()[0] == self.texts[words[0]]:
                known = candidate
        if known is None:
            # "Lula" for "Luiz Inacio Lula da Silva", "Erdogan" for "Recep Tayyip Erdoğan".
            known = run.by_alias(full)
        if known is None and len(words) == 1 and self.acronym_of_org(i, j, full):
            return j
        if known is None and not self.headline:
            known = self.alias_of_previous(i, j)
        if known is None and len(words) == 1 and full in run.shared_given:
            known = self.last_bearer(full, i)
        if (
            known is not None
            and len(words) == 1
            and known.gender == "m"
            and known.kind == "person"
            and self.honorific_before(i) in _WIFE_HONORIFICS
        ):
            # "Mrs. Ishiba, who accompanied her husband, met ...": a married woman's honorific
            # with the surname of a man the story named is his wife, someone else; no mention
            # of him (and no meeting of his made of hers).
            return j
        if known is not None and not self.headline:
            if (
                not known.gender_told
                and known.kind == "person"
                and (honorific := self.honorific_before(i)) is not None
                and honorific in self.lex.male_honorifics
            ):
                # "Mr. Ruto said her government ...": the honorific of a person named before
                # tells the gender, over a guess from an earlier pronoun. (Not "Mrs. Ishiba"
                # or "Ms. Kishida" after the prime minister: a leader's wife, whom the
                # surname alone does not tell apart.)
                self.tell_gender(known, honorific)
            a, b = self.span(self.particle_start(i), j)
            self.note_person(known, a, b, _MENTION_NAME)
            self.appositive(known, j)
            return j
        if known is not None:
            a, b = self.span(i, j)
            self.note_person(known, a, b, _MENTION_NAME)
            return j
        if (
            j == i + 1
            and len(full) >= _PAIR
            and full.isupper()
            and full.isalpha()
            and j < self.n
            and (nxt := self.items[j]) is not None
            and nxt.kind == "title"
            and self.texts[j].islower()
            and not self.headline
            and self.name_tokens(nxt.end, allow_single=False)
        ):
            # "MIT chief Ibrahim Kalin", "RSF adviser Basha Tabiq": an acronym before a
            # lower-case office is the body the office is of.
            org_item = _Item(i, j, "org")
            self.items[i] = org_item
            self.on_org(org_item)
            return self.after_group(org_item)
        if (
            j == i + 1
            and not self.headline
            and _PAIR <= len(full) <= _MAX_ACRONYM
            and full.isupper()
            and full.isalpha()
            and full.lower() not in self.lex.org_descriptors
            and self.descriptor_after(j)
        ):
            # "the MAP news agency", "the ISNA agency", "the NTV channel": an acronym before
            # the noun for a body's kind names that body (as "news agency ONA" does after it).
            org_item = _Item(i, j, "org", country=self.described_country(i))
            self.items[i] = org_item
            self.on_org(org_item)
            return j
        if (
            i
            and not self.headline
            and self.texts[i - 1].islower()
            and (
                self.lowered[i - 1] in self.lex.org_descriptors
                or (i > 1 and f"{self.lowered[i - 2]} {self.lowered[i - 1]}" in self.lex.org_descriptors)
            )
            and known is None
        ):
            # "state news agency ONA", "the Qatari daily Al Sharq", "state broadcaster RT",
            # "the Dakar-based think tank WATHI": a body named after the noun for its kind,
            # of the country a possessive or demonym before the noun gives.
            org_item = _Item(i, j, "org", country=self.described_country(i))
            self.items[i] = org_item
            self.on_org(org_item)
            return self.after_group(org_item)
        if self.headline:
            # "Petro-Trump Meeting": each word may be the surname of someone named later.
            for k in words:
                self.run.pending.append((self.starts[k], self.starts[k] + len(self.texts[k]), self.texts[k]))
            return j
        if (
            i >= _PAIR
            and self.lowered[i - 1] == "of"
            and j - i <= _MAX_SETTLEMENT_WORDS
            and (code := self.settlement(i)) is not None
        ):
            # "the Venezuelan border town of Urena", "the breakaway region of Somaliland": a
            # place the lexicon does not know.
            place_item = _Item(i, j, "place", country=code or None)
            self.items[i] = place_item
            self.on_place_chunk(place_item, _SETTLEMENT_NOUNS[self.lowered[i - 2]])
            return j
        if i and self.texts[i - 1].islower() and (title := self.plural_title(i - 1)) is not None:
            listed = self.titled_list(i, title)
            if listed:
                return j
        if i >= _PAIR and self.texts[i - 1] in _LIST_OPENERS:
            # "their foreign ministers, Gerardo Werthein of Argentina and Mario Lubetkin of
            # Uruguay", "... ministers, Chile's Alberto van Klaveren and Argentina's ...".
            opener, owner = self.listed_after_plural(i)
            if opener and self.titled_list(i, opener, owner):
                return j
        if len(words) > 1 and self.texts[words[-1]] in _NOT_PERSON_HEADS:
            # "the Pukpuk Treaty at Parliament House", "the Lobito Corridor": an agreement or
            # a project, whatever verb or place follows its name (a body in apposition is
            # still read: "the Coordination Framework, the Shiite alliance").
            return self.org_appositive(item)
        if len(words) == 1:
            self.run.pending.append((self.starts[i], self.starts[i] + len(self.texts[i]), self.texts[i]))
        # Honorific before: "Mr. Putin".
        honorific = self.honorific_before(i)
        # "Kamikawa, the Japanese foreign minister, said": a title in apposition names a person.
        # "Kishida's wife, Yuko,": a relative named by a given name.
        kin = i >= _PAIR and self.texts[i - 1] == "," and self.lowered[i - 2] in _KIN_NOUNS
        idx = self.name_tokens(i, allow_single=honorific is not None or kin or self.titled_appositive(j))
        if not idx:
            if honorific is None and not self.org_appositive_check(j) and self.unknown_place(i, j):
                return self.as_place(item)
            return self.org_appositive(item)
        if honorific is not None:
            person = run.person(self.starts, self.texts, idx)
            if person.gender is None:
                self.tell_gender(person, honorific)
            a, b = self.span(i, j)
            self.note_person(person, a, b, _MENTION_NAME)
            self.appositive(person, j)
            return j
        if self.org_appositive_check(j):
            return self.org_appositive(item)
        # A name on the office-holder list is a person whatever follows it ("said leader Kim
        # Jong Un had inspected").
        evidence = (
            kin
            or self.person_evidence(i, j)
            or (
                len(words) > 1 and fold_name(" ".join(self.texts[k] for k in idx)) in officeholder_countries()
            )
        )
        if not evidence and self.unknown_place(i, j):
            return self.as_place(item)
        if evidence:
            person = run.person(self.starts, self.texts, idx)
            if (
                person.country is None
                and i > 1
                and self.texts[i - 1].islower()
                and self.lowered[i - 1] in self.lex.descriptors
                and (nation := self.prev_item(i - 1)) is not None
                and nation.entry is not None
                and nation.entry.kind in _NATIONAL_KINDS
            ):
                # "Kenyan lawyer Wanjiru Kamau", "Zimbabwean journalist Hopewell Chin'ono": the
                # demonym before the person noun gives the country, as before a title.
                person.country = nation.entry.country
            a, b = self.span(i, j)
            self.note_person(person, a, b, _MENTION_NAME)
            self.appositive(person, j)
            # "Kateryna Lisunova and Iryna Shynkarenko contributed".
            if j + 1 < self.n and self.lowered[j] == "and":
                nxt = self.items[j + 1]
                other = self.name_tokens(j + 1, allow_single=False) if nxt is not None else []
                if other:
                    second = run.person(self.starts, self.texts, other)
                    a, b = self.span(other[0], other[-1] + 1)
                    self.note_person(second, a, b, _MENTION_NAME)
                    self.done.update(range(j, other[-1] + 1))
            return j
        return j

    def plural_title(self, k: int) -> str | None:
        """
        The singular title of the plural noun at *k* ("defense ministers" -> "defense minister").

        "" for a plural of a person noun that is no title ("analysts"), None for anything else.
        """
        low = self.lowered[k]
        if len(low) <= _SHORT_WORD or not low.endswith("s"):
            return None
        singular = low[:-1]
        lex = self.lex
        if k and (two := lex.titles.get((self.lowered[k - 1], singular))) is not None:
            return two
        one = lex.titles.get((singular,))
        if one is not None:
            return one
        return "" if singular in lex.descriptors else None

    def listed_after_plural(self, i: int) -> tuple[str, str | None]:
        """
        The title of a plural set off by a comma before the name at *i*, and a country.

        The country is a possessive's between them ("foreign ministers, Chile's Alberto van
        Klaveren"). ``("", None)`` when no plural title is there.
        """
        k = i - 1
        owner: str | None = None
        if self.texts[k] in _POSSESSIVE:
            prev = self.prev_item(k)
            entry = prev.entry if prev is not None else None
            if prev is None or entry is None or entry.kind is not _COUNTRY or not entry.country:
                return "", None
            owner = entry.country
            k = prev.start - 1
        if k < 1 or self.texts[k] != "," or not self.texts[k - 1].islower():
            return "", None
        return self.plural_title(k - 1) or "", owner

    def titled_list(self, i: int, title: str, owner: str | None = None) -> bool:
        """
        Read the names listed after a plural title at *i*; whether there was one.

        "defense ministers Wladyslaw Kosiniak-Kamysz of Poland and Dovile Sakaliene of
        Lithuania", "envoys Steve Witkoff and Jared Kushner": each name is a person holding
        the title, of the country an "of" after the name gives.
        """
        texts, lowered, n = self.texts, self.lowered, self.n
        k = i
        found = False
        while True:
            idx = self.name_tokens(k, allow_single=False)
            if not idx:
                return found
            found = True
            person = self.run.person(self.starts, texts, idx)
            end = idx[-1] + 1
            a, b = self.span(idx[0], end)
            self.note_person(person, a, b, _MENTION_NAME)
            self.done.update(range(idx[0], end))
            country, owner = owner, None
            if end + 1 < n and lowered[end] == "of":
                place = self.items[end + 1]
                if place is not None and place.entry is not None and place.entry.kind is _COUNTRY:
                    country = place.entry.country
                    end = place.end
            if title:
                self.add_role(person, title, None, country)
            elif country is not None and person.country is None:
                person.country = country
            if end + 1 < n and texts[end] == "," and lowered[end + 1] == "and":
                end += 1
            if end + 1 >= n or texts[end] not in {",", "and"}:
                return found
            k = end + 1
            if (
                k + 2 < n
                and texts[k + 1] in _POSSESSIVE
                and (nxt := self.items[k]) is not None
                and nxt.end == k + 1
                and nxt.entry is not None
                and nxt.entry.kind is _COUNTRY
            ):
                # "... and Argentina's Gerardo Werthein": the next name's country before it.
                owner = nxt.entry.country
                k += 2

    def described_country(self, i: int) -> str | None:
        """The country of "Oman's state news agency" / "the Qatari daily" before the name at *i*."""
        m = i - 1
        while m > 0 and i - m <= _MAX_BRIEF_WORDS and self.texts[m].islower():
            m -= 1
        owner = self.prev_item(m) if self.texts[m] in _POSSESSIVE else self.prev_item(m + 1)
        entry = owner.entry if owner is not None else None
        return entry.country if entry is not None and entry.kind in _LAND_KINDS else None

    def acronym_of_org(self, i: int, j: int, full: str) -> bool:
        """
        Read an organization's acronym: in brackets after its name, or again later.

        "the National Intelligence Organization (MIT)", "Rapid Support Forces (RSF)": the
        acronym is the organization's alias (not the last person's), and "MIT" later in
        the text names it again.
        """
        run = self.run
        org = run.orgs.get((full, None))
        if org is None:
            if not (
                full.isupper()
                and i >= 1
                and self.texts[i - 1] == "("
                and j < self.n
                and self.texts[j] == ")"
                and (named := self.prev_item(i - 1)) is not None
                and (named.kind == "org" or (named.entry is not None and named.entry.kind is _ORGANIZATION))
            ):
                return False
            # A lexicon body ("the Rapid Support Forces (RSF)") is the actor its entry made.
            ref = self.ensure_ref(named) if named.kind != "org" else ()
            org = run.by_id[ref[0]] if ref else self.org_actor(named)
            run.orgs[(full, None)] = org
        a, b = self.span(i, j)
        org.add_mention(run.make_span(a, b), full)
        run.mention(a, b, _MENTION_DEMONYM if self.modifier(j) else _MENTION_NAME, (org.id,))
        self.item_refs[i] = (org.id,)
        self.items[i] = _Item(i, j, "org")
        return True

    def alias_of_previous(self, i: int, j: int) -> _Actor | None:
        """Take "MBS" in "Mohammed bin Salman (MBS)" or "... known as MBS" for the last person."""
        if not self.persons:
            return None
        person = self.persons[-1]
        window = self.lowered[max(0, i - 5) : i]
        paren = i > 0 and self.texts[i - 1] == "(" and j < self.n and self.texts[j] == ")"
        if not paren and "known" not in window:
            return None
        self.run.by_full[self.surface(i, j)] = person
        return person

    def settlement(self, i: int) -> str | None:
        """
        After "town of" and the like: the country a demonym or country before it gives, "" if none.

        None when the name at *i* does not follow a settlement noun and "of".
        """
        if i < _PAIR or self.lowered[i - 1] != "of" or self.lowered[i - 2] not in _SETTLEMENT_NOUNS:
            return None
        for x in range(i - 3, max(-1, i - 3 - _MAX_SETTLEMENT_MODIFIERS), -1):
            it = self.items[x]
            if it is not None and it.entry is not None and it.entry.kind in _LAND_KINDS and it.entry.country:
                return it.entry.country
        return ""

    def as_place(self, item: _Item) -> int:
        place_item = _Item(item.start, item.end, "place")
        self.items[item.start] = place_item
        self.on_place_chunk(place_item, _PLACE_UNKNOWN)
        return item.end

    def unknown_place(self, i: int, j: int) -> bool:
        """Whether an unknown one- or two-word name after "in", "at" or "near" is a place ("in Agalega")."""
        if i == 0 or self.lowered[i - 1] not in _PLACE_PREPOSITIONS or j - i > _PAIR:
            return False
        return j >= self.n or not (self.texts[j] in _POSSESSIVE or self.texts[j][:1].isupper())

    def tell_gender(self, person: _Actor, honorific: str) -> None:
        """Give *person* the gender *honorific* tells ("Mr.", "Ms"), if it tells one."""
        if honorific in self.lex.male_honorifics:
            person.gender = "m"
            person.gender_told = True
        elif honorific in self.lex.female_honorifics:
            person.gender = "f"
            person.gender_told = True

    def honorific_before(self, i: int) -> str | None:
        if i >= 1 and self.texts[i - 1] in self.lex.honorifics:
            return self.texts[i - 1]
        if i > 1 and self.texts[i - 1] == "." and self.texts[i - 2] + "." in self.lex.honorifics:
            return self.texts[i - 2] + "."
        return None

    def person_evidence(self, i: int, j: int) -> bool:
        """Whether the unknown name at ``[i, j)`` is a person: an appositive or a verb of saying."""
        lex = self.lex
        if (
            j + 2 < self.n
            and self.texts[j] == ","
            and self.texts[j + 1].isdigit()
            and self.texts[j + 2] == ","
        ):
            # "Edmundo Gonzalez, 76, who fled": an age in apposition.
            return True
        if i and self.lowered[i - 1] in lex.descriptors and self.texts[i - 1].islower():
            # "Venezuelan opposition figure Edmundo Gonzalez", "rights activist Jane Doe".
            return True
        if j + 1 < self.n and self.texts[j] == "," and self.lowered[j + 1] in {"who", "whose"}:
            # "Gilles Yabi, who heads the Dakar-based think tank WATHI, said": organizations
            # and places take "which".
            return True
        # Appositive: "Denny Roy, senior fellow ...", "Steven Pifer, a Brookings ... fellow",
        # and set off by a dash: "Bruno Retailleau \u2014 the interior minister \u2014 told".
        if j < self.n and self.texts[j] in _APPOSITIVE_MARKS:
            k = j + 1
            if k < self.n and self.lowered[k] in {"the", "a", "an"}:
                k += 1
            for m in range(k, min(self.n, k + 8)):
                lt = self.lowered[m]
                if lt in {",", ".", ";"}:
                    break
                hit = None if lt in lex.descriptors else lex.match_title(self.lowered, m)
                if hit is not None or lt in lex.descriptors:
                    # (Not a speech tag after the comma: "..., the premier said".)
                    after = hit[0] if hit is not None else m + 1
                    return after >= self.n or self.lowered[after] not in lex.person_verbs
                if lt in lex.org_descriptors and self.texts[m].islower():
                    # (A capitalised "Union" is a name's: "the European Union's envoy".)
                    return False
        if self.appositive_speaker(i, j):
            return True
        if j + _PAIR < self.n and self.texts[j] == "," and self.lowered[j + 1] in {"of", "at"}:
            # "Ashley Tellis, of the Carnegie Endowment for International Peace, said": the
            # affiliation may be set off by a comma as an appositive.
            at = j + 1
        else:
            at = j
        if at + 1 < self.n and self.lowered[at] in {"of", "at", "from"}:
            # "Behnam Ben Taleblu of the Foundation for Defense of Democracies", "said Jane
            # Doe at the Lowy Institute": a name placed by the organization they work for.
            k = at + 2 if self.lowered[at + 1] == "the" else at + 1
            org = self.items[k] if k < self.n else None
            if org is not None and (
                org.kind == "org" or (org.entry is not None and org.entry.kind is _ORGANIZATION)
            ):
                return True
        # A verb of saying, thinking or meeting right after ("Adrianna Zhang contributed").
        k = j
        if k + 1 < self.n and self.lowered[k] == "and" and self.name_tokens(k + 1, allow_single=False):
            nxt = self.items[k + 1]
            assert nxt is not None  # noqa: S101 - name_tokens found a chunk there
            k = nxt.end
        while k < self.n and self.lowered[k] in _ADVERBS:
            k += 1
        if k < self.n and self.lowered[k] in lex.person_verbs:
            return True
        # "said John Smith", "according to Jane Doe".
        b = i - 1
        if b >= 0 and self.lowered[b] == "to" and b >= 1 and self.lowered[b - 1] == "according":
            return True
        return b >= 0 and self.lowered[b] in _NAME_BEFORE_CUES and self.lowered[b] != "according"

    def formal_state(self, i: int) -> _Item | None:
        """
        The country item after a formal state name opening at token *i* ("Islamic Republic of").

        A few capitalised words ending in a word for a state ("Republic", "Kingdom",
        "Sultanate") and "of", then a country the lexicon knows.
        """
        texts = self.texts
        for k in range(i, min(self.n - 2, i + _MAX_FORMAL_STATE_WORDS)):
            if not texts[k][:1].isupper():
                return None
            if texts[k] in _STATE_WORDS and texts[k + 1] == "of":
                item = self.items[k + 2]
                ok = item is not None and item.entry is not None and item.entry.kind is _COUNTRY
                return item if ok else None
        return None

    def appositive_speaker(self, i: int, j: int) -> bool:
        """
        Whether the unknown name at ``[i, j)`` is set off by commas before a verb of saying.

        "A spokesperson for the ministry, Mao Ning, said", "Its leader, Alberto Nunez
        Feijoo, said": a name in apposition to the noun phrase before it. "Al Jazeera's
        Resul Serdar, reporting from Doha, said": a participle aside between the name and
        the verb. A place in apposition ("the capital, Nairobi,") is known to the lexicon
        and never reaches here; the nouns that introduce one are excluded all the same.
        """
        n = self.n
        if j + 1 >= n or self.texts[j] != ",":
            return False
        verbs = self.lex.person_verbs
        if (
            i > _PAIR
            and self.texts[i - 1] == ","
            and self.lowered[i - 3] in _OWNER_DETERMINERS
            and self.lowered[i - 2] in self.lex.descriptors
        ):
            # "Her colleague, Liesl Louw-Vaudran, was more skeptical": a person noun owned
            # by someone, then the name set off by commas, whatever verb follows.
            return True
        if (
            i > _PAIR
            and j - i >= _PAIR
            and self.texts[i - 1] == ","
            and self.texts[i - 2].islower()
            and self.lowered[i - 2] in self.lex.descriptors
            and self.lowered[i - 2] not in _BODY_DESCRIPTORS
            and any(self.lowered[m] in _DEFINITE_OR_OWNED for m in range(max(0, i - 5), i - 2))
        ):
            # "The DUP leader, Gavin Robinson, was more critical", "The party's spokesman,
            # Juan Pérez, was not available": a definite or owned person noun before a name
            # of two words or more set off by commas, whatever verb follows.
            return True
        if i >= _PAIR and self.texts[i - 1] == "," and self.lowered[i - 2] not in _SETTLEMENT_NOUNS:
            k = j + 1
            while k < n and self.lowered[k] not in verbs and self.lowered[k] in _ADVERBS:
                k += 1
            if k < n and self.lowered[k] in verbs:
                return True
        aside = self.lowered[j + 1]
        if not (aside.endswith("ing") and self.texts[j + 1].islower()):
            return False
        for m in range(j + 2, min(n, j + 2 + _APPOSITIVE_TITLE_WINDOW)):
            if self.texts[m] in {".", ";", ":"}:
                return False
            if self.texts[m] == ",":
                return m + 1 < n and self.lowered[m + 1] in verbs
        return False

    def titled_appositive(self, j: int) -> bool:
        """Whether ", [the|a] [modifiers] TITLE" follows token *j*, before any organization word."""
        if j + 1 >= self.n or self.texts[j] != ",":
            return False
        k = j + 1
        if self.lowered[k] in {"the", "a", "an"}:
            k += 1
        for m in range(k, min(self.n, k + _APPOSITIVE_TITLE_WINDOW)):
            lt = self.lowered[m]
            if lt in {",", ".", ";"} or (
                (lt in self.lex.org_descriptors or lt in _SETTLEMENT_NOUNS) and self.texts[m].islower()
            ):
                # ("Nara, the city where the prime minister grew up": a place's apposition;
                # "Anna Bee, the European Union's envoy": a capitalised head is a name's.)
                return False
            if (hit := self.lex.match_title(self.lowered, m)) is not None:
                # "Nara, the prime minister's hometown": the title owns what the name is; "...
                # the China International Import Expo, the premier said": a speech tag.
                return not (
                    hit[0] < self.n
                    and (self.texts[hit[0]] in _POSSESSIVE or self.lowered[hit[0]] in self.lex.person_verbs)
                )
        return False

    def org_appositive_check(self, j: int) -> bool:
        """Whether ", an Indian online publication," after a name makes it an organization."""
        if j >= self.n or self.texts[j] != ",":
            return False
        k = j + 1
        if k < self.n and self.lowered[k] in {"who", "whose"}:
            # "Amadou Sy, who heads a research group": the clause is about a person.
            return False
        if k < self.n and self.lowered[k] in {"a", "an", "the"}:
            k += 1
        for m in range(k, min(self.n, k + 6)):
            lt = self.lowered[m]
            if lt in {",", ".", ";", "at", "on", "to", "with"}:
                # "Oluwole Ojewale, a regional coordinator at the Institute for Security
                # Studies": a noun placed "at" a body is someone who works there; "Maduro,
                # speaking on state television VTV,": the body is where a person spoke.
                return False
            if lt in self.lex.org_descriptors and self.texts[m].islower():
                # (A capitalised one is a name's word: "the European Union's envoy".)
                return True
            if lt in self.lex.descriptors or self.lex.match_title(self.lowered, m) is not None:
                return False
        return False

    def org_appositive(self, item: _Item) -> int:
        if not self.org_appositive_check(item.end):
            return item.end
        org_item = _Item(item.start, item.end, "org")
        self.items[item.start] = org_item
        self.on_org(org_item)
        return item.end

    # -- words: pronouns, plurals, anaphora -----------------------------------------------------

    def _after_unnamed_who(self, position: int) -> bool:
        """
        Whether *position* is inside an unnamed person's clause ("a Japanese official who ...").

        `_UNNAMED_WHO` can only match after the last stop, colon or quotation mark before
        *position* (its words hold none, its tail allows none), and no further back than
        `_UNNAMED_WHO_REACH`: searching from the sentence's start at every pronoun made a
        text without full stops quadratic ("He said " * 10,000 took minutes).
        """
        text = self.text
        lo = max(self.starts[0], position - _UNNAMED_WHO_REACH)
        for mark in _UNNAMED_WHO_STOPS:
            found = text.rfind(mark, lo, position)
            if found >= lo:
                lo = found + 1
        return lo < position and _UNNAMED_WHO.search(text, lo, position) is not None

    def on_word(self, i: int) -> int:
        lt = self.lowered[i]
        run = self.run
        if self.headline:
            return i + 1
        if lt not in _WORD_TRIGGERS:
            return i + 1
        if lt in _BARE_DETERMINERS and (i + 1 >= self.n or self.lowered[i + 1] not in _AFTER_DETERMINER):
            # Most triggers are "the" and "that" before an ordinary noun: nothing below applies.
            return i + 1
        tok_start = self.starts[i]
        tok_end = tok_start + len(self.texts[i])
        if lt in _BLOC_GROUP_NOUNS and i and (end := self.bloc_group(i)):
            return end
        # "The organization", "his organization", "the government" (before "his" as a pronoun).
        if (
            lt in _ORG_ANAPHOR_DETERMINERS
            and i + 1 < self.n
            and self.lowered[i + 1] in _ORG_ANAPHORS
            and self.items[i + 1] is None
        ):
            noun = self.lowered[i + 1]
            org = self.resolve_org(noun, owned=lt in {"his", "her", "their"})
            if lt in {"his", "her"} and not self.in_quotation(tok_start):
                # "Baerbock said her government ...": the owner's gender, as any "her" tells.
                gender = "f" if lt == "her" else "m"
                owner = self.resolve_pronoun(gender)
                if owner is not None and owner.gender is None and not self.guessed:
                    owner.gender = gender
                if owner is not None:
                    self.note_person(owner, tok_start, tok_end, _MENTION_PRONOUN)
            a, b = tok_start, (self.starts[i + 1] + len(self.texts[i + 1]))
            run.mention(a, b, _MENTION_TITLE, (org.id,) if org is not None else ())
            if org is not None:
                org.mentions.append(self.run.make_span(a, b))
            return i + 2
        if lt in {"his", "her"} and i + 1 < self.n and self.lowered[i + 1] == "host":
            # "His host called the visit historic": the one who received the pronoun's
            # person, not that person.
            host = self.host_of("f" if lt == "her" else "m", tok_start)
            a, b = tok_start, (self.starts[i + 1] + len(self.texts[i + 1]))
            if host is not None:
                self.note_person(host, a, b, _MENTION_TITLE)
            return i + 2
        if lt in _PRONOUNS_M or lt in _PRONOUNS_F:
            gender = "f" if lt in _PRONOUNS_F else "m"
            avoid = None
            if (
                i
                and self.texts[i - 1] == ","
                and i + 2 < self.n
                and self.texts[i + 2] == ","
                and self.lowered[i + 1] in self.lex.person_verbs
                and self.persons
            ):
                # "To Lam, he said, 'expressed understanding'": the tag's speaker is not the
                # person the reported clause is about.
                avoid = self.persons[-1]
            person = (
                None
                if self.starts[0] < tok_start and self._after_unnamed_who(tok_start)
                # "according to a Japanese official who spoke on condition of anonymity
                # because he was not authorized ...": the unnamed official, no one named (and
                # whoever was named is not given his gender).
                else self.cataphor(i, gender)
                or self.resolve_pronoun(gender, objective=self.objective(i), avoid=avoid)
            )
            if person is not None:
                if person.gender is None and not self.guessed and not self.in_quotation(tok_start):
                    # Not from a pronoun quoted: '..., said Duncan Wood, a senior adviser.
                    # "She gives him wins ..."' speaks of someone else, so a guess there
                    # would make Wood female and his next "he told VOA" no one's.
                    person.gender = gender
                self.note_person(person, tok_start, tok_end, _MENTION_PRONOUN)
            else:
                run.mention(tok_start, tok_end, _MENTION_PRONOUN)
            return i + 1
        if lt in _PRONOUNS_PL:
            actors = self.resolve_they()
            run.mention(tok_start, tok_end, _MENTION_PLURAL, actors)
            if actors:
                run.last_plural = (self.number, actors)
            return i + 1
        # `plural_phrase` reads only phrases opening with "the" or "both".
        plural = self.plural_phrase(i) if lt in {"the", "both", "all"} else None
        if plural is not None:
            end, role = plural
            actors = self.two_salient(tok_start, role, self.plural_count)
            a, b = tok_start, (self.starts[end - 1] + len(self.texts[end - 1]))
            run.mention(a, b, _MENTION_PLURAL, actors)
            run.last_plural = (self.number, actors)
            for pid in actors:
                run.by_id[pid].touch(a)
            return end
        if lt in _ANONYMOUS_PLURALS and (i == 0 or self.lowered[i - 1] not in {"the", "two", "both", "of"}):
            run.mention(tok_start, tok_end, _MENTION_PLURAL)
            run.last_plural = (self.number, ())
            return i + 1
        return i + 1

    def bloc_group(self, i: int) -> int:
        """
        The unnamed group a bloc or a seat of government makes with the noun at *i*, or 0.

        "Western diplomats said", "Gulf officials", "one European diplomat told VOA": no
        country, as the bloc is no one country; "White House officials", "a Kremlin
        official": the seat's country. Without the group the statement had no speaker.
        The singular needs "a"/"one" before it ("the Western diplomat" is one named before).
        """
        texts = self.texts
        owner = i - 1
        country: str | None = None
        if texts[owner] in _BLOC_ADJECTIVES:
            if owner and texts[owner - 1] in _BLOC_COMPASS:
                owner -= 1
        elif not texts[owner][:1].isupper():
            # ("senior officials", "government sources": no name before the noun.)
            return 0
        else:
            item = self.prev_item(i)
            entry = item.entry if item is not None else None
            if item is None or entry is None or entry.kind is not _VENUE or not entry.metonym:
                return 0
            owner, country = item.start, entry.country
        noun = self.lowered[i]
        first = owner
        if owner and self.lowered[owner - 1] in _PAIR_DETERMINERS:
            # "The two East African leaders pledged": the pair the story named, not a group.
            return 0
        if noun not in _BLOC_GROUP_PLURALS:
            before = owner - 1
            if before > 0 and texts[before].islower() and self.lowered[before] not in _INDEFINITE:
                # "a senior Western official".
                before -= 1
            if before < 0 or self.lowered[before] not in _INDEFINITE:
                return 0
            if self.lowered[before] in {"one", "another"}:
                # "One European diplomat said": the numeral is the phrase's, as no article is.
                first = before
        name = self.surface(owner, i + 1)
        actor = self.run.group(name, (name.casefold(), noun), country)
        start, stop = self.span(first, i + 1)
        actor.add_mention(self.run.make_span(start, stop), name)
        self.run.mention(start, stop, _MENTION_NAME, (actor.id,))
        if noun in _BLOC_GROUP_PLURALS:
            self.run.last_plural = (self.number, (actor.id,))
        return i + 1

    def plural_phrase(self, i: int) -> tuple[int, str | None] | None:
        """Read "both", "the two leaders", "the prime ministers": returns (end, role filter)."""
        lowered = self.lowered
        j = i
        saw_number = False
        self.plural_count = _PAIR
        if lowered[j] == "the" and j + 1 < self.n:
            j += 1
            if lowered[j] == "two":
                j += 1
                saw_number = True
            elif lowered[j] in _LARGER_COUNTS and j + 1 < self.n and lowered[j + 1] in _PLURAL_NOUNS_BY_FIRST:
                # "the three leaders vowed ...": the three people the story just named.
                self.plural_count = _LARGER_COUNTS[lowered[j]]
                j += 1
                saw_number = True
        elif lowered[j] == "both":
            j += 1
            saw_number = True
        elif lowered[j] == "all" and j + 1 < self.n and lowered[j + 1] in _LARGER_COUNTS:
            # "All three said ...", "all four leaders": as "the three leaders".
            self.plural_count = _LARGER_COUNTS[lowered[j + 1]]
            j += 2
            saw_number = True
        else:
            return None
        if (
            j + 2 < self.n
            and lowered[j] in _PAIR_OWNERS
            and self.texts[j + 1] in _PLURAL_POSSESSIVE
            and lowered[j + 2] in _PLURAL_NOUNS_BY_FIRST
        ):
            # "the (two) countries' foreign ministers", "both nations' leaders": the pair's
            # office holders, as "the two foreign ministers" are.
            j += 2
            saw_number = True
        if saw_number and j < self.n and lowered[j] not in _PLURAL_NOUNS_BY_FIRST:
            # "the two right-wing leaders", "both visiting ministers": lower-case modifiers.
            m = j
            while (
                m < self.n
                and m - j < _MAX_PLURAL_MODIFIERS
                and lowered[m] not in _PLURAL_NOUNS_BY_FIRST
                and (self.texts[m].islower() or (self.texts[m] == "-" and m > j))
            ):
                m += 1
            if m > j and m < self.n and lowered[m] in _PLURAL_NOUNS_BY_FIRST:
                j = m
        for noun, role in _PLURAL_NOUNS_BY_FIRST.get(lowered[j], ()) if j < self.n else ():
            if tuple(lowered[j : j + len(noun)]) == noun:
                if not saw_number and noun in _PLURAL_NOUNS_NEED_NUMBER:
                    return None
                if noun in _PLURAL_NOUNS_NOT_LEADERS and not (saw_number and noun in _PLURAL_NOUNS_COUNTED):
                    return None
                return j + len(noun), (_SIDES if noun == ("sides",) else role)
        if (
            (lowered[i] == "both" or saw_number)
            and self.bare_both(j)
            and (i == 0 or lowered[i - 1] not in _BE_VERBS)
        ):
            # "both agreed", and "The two also agreed", "where the two met": the pair itself.
            return j, None
        return None

    def bare_both(self, j: int) -> bool:
        """Whether "both" stands on its own ("described by both as"), not as in "both X and Y"."""
        if j >= self.n:
            return True
        nxt = self.lowered[j]
        if not nxt[:1].isalnum():
            return True
        if self.texts[j][:1].isupper():
            return False
        if nxt in {
            "of",
            "as",
            "in",
            "on",
            "at",
            "to",
            "were",
            "are",
            "have",
            "had",
            "said",
            "say",
            "also",
            "agreed",
            "met",
            "spoke",
            "held",
            "will",
            "would",
            "expressed",
            "sides",
            "leaders",
            "men",
            "the",
        }:
            return nxt != "the"
        return nxt.endswith("ed") and "and" not in self.lowered[j : j + 4]

    def two_salient(self, before: int, role: str | None, count: int = _PAIR) -> tuple[str, ...]:
        """The *count* (two, or three for "the three leaders") people last named, holding *role*."""
        recent = self.run.recent_persons(before)
        if role == _SIDES:
            # "Demissie, a fellow at Chatham House, said both sides had mobilised": the sides
            # are governments, not the analyst just named.
            leaders = self.lex.leader_titles
            official = [
                p
                for p in recent
                if any(
                    (t := r.title.casefold()) in leaders
                    # The head of "Secretary of State" is before its complement.
                    or (last := t.split(" of ", 1)[0].rsplit(" ", 1)[-1]) in leaders
                    or last in _GOVERNMENT_TITLE_HEADS
                    for r in p.roles
                )
            ]
            recent = official if len(official) >= count else recent
            role = None
        # "Rubio ... , spokesperson Tammy Bruce said. The two diplomats also discussed ...",
        # "According to a readout released by spokesperson Tammy Bruce, the two sides
        # agreed": whoever only reports or comments on the talks is not one of the pair.
        actors = [p for p in recent if not commentator_roles(p.roles)]
        if len(actors) >= count:
            recent = actors
        actors = [p for p in recent if not (p.roles and p.roles[0].title in _FIGUREHEADS)]
        if len(actors) < len(recent) and len(actors) >= count:
            # "Albanese is scheduled to meet Emperor Naruhito on Friday. ... The two leaders
            # pledged": a ceremonial monarch is no party to the summit the pair held.
            recent = actors
        if role is not None:
            current = [p for p in recent if not p.past]
            if len(current) >= count:
                # "Both leaders" after a former prime minister's criticism: the sitting two.
                recent = current
            filtered = [p for p in recent if any(_title_matches(r.title, role) for r in p.roles)]
            if len(filtered) >= count or role in _STRICT_PLURAL_ROLES:
                # "the foreign ministers" are never two leaders the story named instead.
                recent = filtered
        if len(recent) > count and self.named_together(recent[count - 1], recent[count]):
            # "Scholz, Macron and Tusk met in Berlin. The two said": the last two named are
            # no pair the text set apart (as "Biden and Kishida met first. Both men said"
            # does); no speaker is better than a wrong one.
            return ()
        return tuple(p.id for p in recent[:count]) if len(recent) >= count else ()

    def named_together(self, kept: _Actor, dropped: _Actor) -> bool:
        """Whether the last sentence (of the six before) naming *kept* names *dropped* too."""
        persons = self.run.sentence_persons
        for back in range(1, min(len(persons), 6) + 1):
            if kept in persons[-back]:
                return dropped in persons[-back]
        return False

    def objective(self, i: int) -> bool:
        """
        Whether the pronoun at token *i* is an object: "him", or "her" not before a noun.

        "Li Qiang held talks with him", "thanked her for ...": not "her counterpart".
        """
        low = self.lowered[i]
        if low == "him":
            return True
        if low != "her":
            return False
        nxt = self.lowered[i + 1] if i + 1 < self.n else ""
        return not nxt[:1].isalnum() or nxt in AFTER_OBJECT_HER

    def companions(self, at: int) -> None:
        """
        Give the people listed before "accompanied X" (token *at*) X's country.

        "Foreign Minister Ishaq Dar and army chief Asim Munir accompanied Sharif": a leader's
        companions are of the leader's country, whatever the dateline ("was accompanied
        by" is read with the titles, see `on_title`).
        """
        if (
            at + 1 >= self.n
            or self.lowered[at + 1] == "by"
            or (at and self.lowered[at - 1] in {"who", "which", "that"})
        ):
            # "was accompanied by" is read with the titles; "Cho Hyun, who accompanied Lee"
            # says nothing of the people before the relative clause.
            return
        host_item = self.items[at + 1]
        if host_item is None or host_item.kind != "chunk":
            return
        host = self.known_person(host_item.start, host_item.end)
        code = _known_country(host) if host is not None and host.kind == "person" else None
        if code is None:
            return
        limit = self.starts[at]
        for person in self.persons:
            if (
                person is not host
                and person.kind == "person"
                and person.country is None
                and person.seen < limit
            ):
                person.country = code

    def possessor_country(self, first: int) -> str | None:
        """
        The country of the owner "his", "her" or "its (own)" before token *first* stands for.

        The person a pronoun resolves to, or the organization last named for "its"; their
        country, from the text or the office-holder list.
        """
        k = first - 1
        if self.lowered[k] == "own" and k:
            k -= 1
        word = self.lowered[k]
        if word == "its":
            owner = self.run.last_org
        elif word in {"his", "her"}:
            owner = self.resolve_pronoun("f" if word == "her" else "m")
        else:
            return None
        if owner is None:
            return None
        return owner.country or officeholder_countries().get(fold_name(owner.name))

    def host_of(self, gender: str, before: int) -> _Actor | None:
        """
        The host of the person "his"/"her" stands for: the last person named from elsewhere.

        One from the country the story is in (the last city named, else the dateline's)
        is preferred; None when the text names no one from another country.
        """
        guest = self.resolve_pronoun(gender)
        if guest is None:
            return None
        home = _known_country(guest)
        others = [
            p
            for p in self.run.recent_persons(before)
            if p is not guest and p.kind == "person" and _known_country(p) not in {None, home}
        ]
        if not others:
            return None
        where = self.run.last_city[1] if self.run.last_city is not None else self.run.dateline_country()
        local = [p for p in others if _known_country(p) == where]
        return (local or others)[0]

    def cataphor(self, i: int, gender: str) -> _Actor | None:
        """
        The person a possessive in an opening phrase looks ahead to, if any.

        "In his media statement, Modi said ...", "During her visit, Kamikawa met ...": before
        the sentence's subject, in a phrase that opens with a preposition and ends with a
        comma, "his"/"her" is the subject's when the subject is someone already named.
        """
        lowered = self.lowered
        if lowered[i] not in {"his", "her"} or lowered[0] not in _OPENING_PREPOSITIONS or self.persons:
            return None
        comma = i + 1
        stop = min(self.n, i + _MAX_OPENING_PHRASE)
        while comma < stop and self.texts[comma] != ",":
            if self.items[comma] is not None:
                return None
            comma += 1
        if comma + 1 >= stop or self.texts[comma] != ",":
            return None
        subject = self.items[comma + 1]
        if subject is None or subject.kind != "chunk":
            return None
        person = self.known_person(subject.start, subject.end)
        if person is None or person.kind != "person" or person.gender not in {None, gender}:
            return None
        return person

    def resolve_pronoun(
        self, gender: str, *, objective: bool = False, avoid: _Actor | None = None
    ) -> _Actor | None:
        """
        The first person of this sentence, else of the five before, that *gender* fits.

        An object pronoun is not the subject of its own clause ("Li Qiang met him" is not Li
        Qiang meeting himself): with *objective*, the sentence's likely subject is passed over.
        """
        persons = self.run.sentence_persons
        fronted = self.run.sentence_fronted
        skip = self.subject if objective else None
        # "Lee told Ishiba ..., presidential spokeswoman Kang Yu-jung said. She added": of the
        # people of one sentence, a "she" goes to one a title or "Ms." tells is a woman before
        # one whose gender nothing told, most such being men. (Not one an earlier "her" was
        # guessed to be, nor across sentences: "Her colleague, Marta, was skeptical. She
        # said" is Marta.)
        fallback: _Actor | None = None
        self.guessed = False
        # `persons[-1]` is this sentence's list (`self.persons`).
        for back in range(1, min(len(persons), 6) + 1):
            candidates = persons[-back]
            if back > 1 and fronted[-back] and len(candidates) > 1:
                # "Asked about Trump's threat, the Canadian leader was cautious. '...,' he
                # said": the subject, not a person of the phrase fronted before it.
                candidates = [p for p in candidates if p.id not in fronted[-back]] + [
                    p for p in candidates if p.id in fronted[-back]
                ]
            for p in candidates:
                if (p is skip and back == 1) or p is avoid:
                    continue
                if p.kind == "person" and (p.gender is None or p.gender == gender):
                    if gender == "f" and not p.gender_told:
                        if fallback is None:
                            fallback = p
                        elif p.gender is None and p is not fallback and fallback.gender is None:
                            # "Merz received Sandu, pledging support for her country": two
                            # people nothing told about; the first is only a guess.
                            self.guessed = True
                        continue
                    return p
            if fallback is not None:
                if fallback.gender is None:
                    # "Meloni said her government ... Modi thanked Italy ... She said": one
                    # an earlier "her" showed to be a woman, if the sentence of the person
                    # nothing told about does not mention her too ("Her colleague, Marta").
                    told = self.earlier_woman(persons, back, candidates, avoid)
                    if told is not None:
                        return told
                return fallback
        return None

    @staticmethod
    def earlier_woman(
        persons: list[list[_Actor]], back: int, skipped: list[_Actor], avoid: _Actor | None
    ) -> _Actor | None:
        """
        A person shown to be a woman in the sentences before ``persons[-back]``.

        The same bound as `resolve_pronoun`; none of *skipped* (that sentence's people).
        """
        for more in range(back + 1, min(len(persons), 6) + 1):
            for p in persons[-more]:
                if p.gender == "f" and p is not avoid and p not in skipped:
                    return p
        return None

    def resolve_they(self) -> tuple[str, ...]:
        last = self.run.last_plural
        if last is not None and last[0] >= self.number - 1:
            return last[1]
        distinct = list(dict.fromkeys(p.id for p in self.persons))
        if len(distinct) >= _PAIR:
            return tuple(distinct[:_PAIR])
        persons = self.run.sentence_persons
        if len(persons) > 1:
            prev = list(dict.fromkeys(p.id for p in persons[-2]))
            if len(prev) >= _PAIR:
                return tuple(prev[:_PAIR])
        return ()

    def last_bearer(self, family: str, i: int) -> _Actor | None:
        """
        The person whose name opens with *family*, if one of the last two people named.

        "Le Hoai Trung" then "Le Hong Hiep, a senior fellow, said ... 'Vietnam wants ...,' Le
        said": a family name written first that two people share is the one just named (a
        given name two people share, "Mohammed", stays no one's unless its bearer was).
        """
        bearers = [p for p in self.run.recent_persons(self.starts[i])[:_PAIR] if p.name.split()[0] == family]
        if not bearers:
            return None
        # (Of two seen together, the one named later.)
        person = max(bearers, key=lambda p: (p.seen, p.order))
        # ("Mohammed bin Salman": a nasab's particle tells a given name written first.)
        return None if any(w.casefold() in _NASAB_PARTICLES for w in person.name.split()[1:]) else person

    def resolve_org(self, noun: str, *, owned: bool = False) -> _Actor | None:
        # Every organization mentioned so far (the walk has not passed this sentence's end).
        orgs = self.run.org_recency.latest(len(self.text) + 1)
        if noun not in {"organization", "organisation", "group"}:
            # "the government" is the last "... government", not any organization; "the
            # party" may be one named with a lower-case "party" ("the ruling Georgian Dream
            # party"), but "his party" is the man's, whom that does not tell.
            nouns = {} if owned else self.run.org_nouns
            orgs = [a for a in orgs if noun in a.name.casefold() or nouns.get(a.id) == noun]
        return orgs[0] if orgs else None


_FALLBACK_FEMALE = _FEMALE_TITLES
# Words before a name that tell who someone is but hold no position ("his Russian counterpart
# Sergei Lavrov", "political analyst C. Raja Mohan"): they give a country, not a role.
_NON_ROLE_TITLES = frozenset(
    {"counterpart", "sheikh", "shaikh", "analyst", "political analyst", "senior analyst", "official",
     "senior official", "lawmaker", "legislator", "diplomat", "senior diplomat"}
)  # fmt: skip
# Lower-case words `_Sentence.on_word` acts on; every other word is skipped with one set probe.
_WORD_TRIGGERS = (
    _PRONOUNS_M
    | _PRONOUNS_F
    | _PRONOUNS_PL
    | _ORG_ANAPHOR_DETERMINERS
    | _ANONYMOUS_PLURALS
    | _BLOC_GROUP_NOUNS
    | {"both", "all"}
)


# Triggers that act only through the word after them: "the organization", "the two
# leaders", "the presidents", "that government" (not pronouns, "both" or plural nouns).
_BARE_DETERMINERS = (_ORG_ANAPHOR_DETERMINERS | {"the"}) - _PRONOUNS_M - _PRONOUNS_F - _PRONOUNS_PL
# What may follow them in a phrase `on_word` reads: an organization noun, "two", a plural noun,
# the owner of a pair's office holders ("the countries' foreign ministers").
_AFTER_DETERMINER = (
    _ORG_ANAPHORS | _PAIR_OWNERS | {"two", *_LARGER_COUNTS} | frozenset(_PLURAL_NOUNS_BY_FIRST)
)


@functools.cache
def _triggers(lex: Lexicon) -> frozenset[str]:
    """Lower-case tokens either pass may act on: the first words of titles and `_WORD_TRIGGERS`."""
    # (With the lexicon names that open in lower case: "al-Shabaab", "mainland China".)
    return frozenset(lex.titles_max).union(_WORD_TRIGGERS, (w for w in lex.names_max if w[:1].islower()))
