"""
Speaker resolution and span queries over the mentions the entity stage recorded.

The entity stage resolves every mention once, in a single forward pass (pronouns to the
subject of the nearest sentence that names a person, "the Colombian president" by role and
country, "both" and "the two leaders" to the two most salient people, "they" to the last
plural antecedent). These helpers only look mentions up: ``doc.mentions`` is sorted by start
offset, so each query is a binary search plus a walk over the mentions inside the span.

`resolve_speaker` corrects a few readings a forward pass cannot make: a sentence-initial
"they" after "..., according to officials." is the plural subject of that sentence, not the
tag's source; headline surnames the entity stage left unlinked ("Modi, Albanese agree") are
looked up among the people; a lower-case particle before a mention ("al-Sudani") is part of
the name.

Stages that add mentions after the entity stage must keep the list sorted; `add_mention`
does that.
"""

from __future__ import annotations

import bisect
import re
import weakref
from typing import TYPE_CHECKING, Final

from bilateral.model import Actor, ActorKind, Person, Span
from bilateral.text._document import Document, Mention, MentionKind
from bilateral.text._entities import _title_matches
from bilateral.text._lexicons import lexicon
from bilateral.text._verbs import POSSESSIVES, verb_cue

if TYPE_CHECKING:
    from collections.abc import Collection

__all__ = ["actors_in", "add_mention", "mentions_in", "places_in", "resolve_speaker"]

# Enum members bound once: reading ``ActorKind.PERSON`` inside a function costs several
# times a module constant, and these are tested per mention.
_PERSON: Final = ActorKind.PERSON
_COUNTRY: Final = ActorKind.COUNTRY
_ORGANIZATION: Final = ActorKind.ORGANIZATION
_GROUP: Final = ActorKind.GROUP
_MENTION_PRONOUN: Final = MentionKind.PRONOUN
_MENTION_NAME: Final = MentionKind.NAME
_MENTION_DEMONYM: Final = MentionKind.DEMONYM
_MENTION_PLURAL: Final = MentionKind.PLURAL
_MENTION_TITLE: Final = MentionKind.TITLE

_WORD = re.compile(r"\w[\w\u2019'.-]*")
# Words a speaker phrase may open with before the mention that names the speaker.
_LEADING = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "former", "then", "late", "both", "his",
     "her", "their", "its", "neither", "either",
     # Gulf agencies' abbreviated styles: "HH the Amir", "H.E. the Minister".
     "hh", "h.h.", "hrh", "h.r.h.", "h.e.", "hm", "h.m.",
     # Courtesy titles the entity stage leaves out of the name: "Dr. Denis Mukwege, the
     # Nobel Peace Prize laureate,", "Prof. Jane Roe, an economist at ...".
     "dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "sir", "dame"}
)  # fmt: skip
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
# A possessive between an owner's name and what is owned ("Japan's Foreign Ministry").
_POSSESSIVE_SPACE = ("'s ", "\u2019s ")
# Whom a spokesperson speaks for ("A State Department spokesperson", "Retailleau's spokesperson").
_SPOKEN_FOR = frozenset({ActorKind.ORGANIZATION, ActorKind.PERSON})
# Nouns for someone who speaks for a body ("A State Department spokesperson").
_SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# How far after a spokesperson noun the principal after "for" may start ("for the Chinese
# Foreign Ministry"): a few words.
_SPOKEN_FOR_GAP = 40
# The length of " for " between a spokesperson noun and the name it speaks for.
_FOR_LEN = len(" for ")
# The length of " in " between a body and the city it sits in ("the Embassy in Seoul").
_IN_LEN = len(" in ")
# "<leader>'s office", "<leader>'s media office", ending a speaker phrase.
_OFFICE_OF = re.compile(r"['\u2019]s (?:[a-z]+ )?office$")
# "The presidents of Poland and Lithuania", "the foreign ministers of both countries": a
# plural office, then "of" and the countries (read from the mentions after it).
_PLURAL_OFFICE = re.compile(r"(?:the\s+|both\s+)?(?:two\s+)?((?:[a-z]+\s+)?[a-z]+s)\s+of\s+", re.IGNORECASE)
# What may stand between the countries of such a phrase.
_COUNTRY_LIST_GAPS = frozenset({"", ",", "and", ", and", "the", "and the", ", and the"})
# The articles a document phrase opens with ("A joint statement released by ...").
_ARTICLES = ("a ", "A ", "an ", "An ", "the ", "The ")
# How many mentions before a phrase may open a titled phrase that encloses it.
_ENCLOSING_LOOKBACK = 4
# What places a name by the body it works for: " of the ", " at ", " from the ".
_EMPLOYER = re.compile(r" (?:of|at|from) (?:the )?")
# At most this many lower-case modifiers may open a speaker phrase before its mention
# ("the state news agency WAM", "veteran water policy expert Dursun Yildiz").
_MAX_MODIFIERS = 3
# Words that make what follows them a complement, not the head ("a page for Mauritius").
_NOT_MODIFIERS = frozenset(
    {"of", "for", "in", "at", "from", "with", "to", "on", "by", "about", "and", "or", "but", "who",
     "which", "that", "whose"}
)  # fmt: skip


# What separates the particles of a name: "al-", "de la ", "van der ".
_PARTICLE_SPLIT = re.compile(r"[ \-\u2010]+")
# A name opens with at most this many particles ("van der", "de la", "bin").
_MAX_PARTICLES = 3

# "according to" right before a mention (articles belong to the mention or are skipped).
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# ", said " right before a mention: an inverted closing tag.
_INVERTED_BEFORE = re.compile(r",\s*([a-z]+)\s+(?:the\s+)?$")
# A closing tag has its cue first and a few words at most ("said on Friday").
_TAG_WORDS = 5
# A fronted adverbial before a subject has at most this many words ("Later on Friday,").
_FRONTED_WORDS = 5
# Two actors make a plural subject.
_PLURAL = 2

_RELATIVES = frozenset({"who", "which"})
# How far (in characters) before a relative pronoun its antecedent mention may start.
_ANTECEDENT_REACH = 120
# What may separate coordinated speakers: "Trump and Zelenskyy", "Lula, Macron and Xi",
# "the British prime minister, Keir Starmer, and the French president, ..." (a title
# mention leaves its article out).
_COORDINATORS = frozenset({"and", ", and", ",", "and the", ", and the", "nor"})
# Mention kinds that may follow "and" in a list of speakers; also the kinds that may head a
# phrase after its modifiers. A tuple: membership tests identity first, where a set would
# call the enum's Python-level __hash__.
_COORDINATED = (MentionKind.NAME, MentionKind.TITLE)
# A ruler named by an honorific alone ("His Highness", "His Majesty", "Her Royal Highness").
_HONORIFIC = re.compile(r"(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\b", re.IGNORECASE)
_HIS_HER = ("His ", "Her ", "his ", "her ")
#: Lower-case nouns then a possessive mark after a mention: " administration's ", " press office's ".
_OWNER_TAIL = re.compile(r"(?: [a-z][a-z-]*){1,2}['\u2019]s ")
# Earlier uses of the honorific looked at, and how far after one its name may start.
_HONORIFIC_TRIES = 8
_HONORIFIC_REACH = 40
# The two countries of a bilateral story, named by a plural noun phrase.
_TWO_COUNTRIES = re.compile(
    r"(?:the\s+)?(?:two|both)\s+(?:countries|nations|governments|neighbou?rs|capitals)", re.IGNORECASE
)
# A document and who issued it: "A joint statement released by ...", "a statement by ...",
# "the readout issued by ...".
_ISSUED_BY = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|readout|communiqu[eé]|report|declaration|letter|transcript|note|text|summary|document)\s+"
    r"(?:(?:released|issued|published|sent|signed|posted|read)\s+)?(?:by|from)\s+",
    re.IGNORECASE,
)
# "The official", "the diplomat", "the source": a definite noun for one unnamed person, which
# refers back to the last one the story introduced ("a Ghanaian diplomat").
_UNNAMED_ANAPHOR = re.compile(r"the\s+(?:senior\s+)?(officials?|diplomats?|sources?)\b[\s,]*", re.IGNORECASE)
# Nouns describing commentators, which are no roles but are referred back to ("the analyst").
_DESCRIBED_NOUNS = (
    "analyst", "economist", "expert", "scholar", "historian", "researcher", "professor", "academic"
)  # fmt: skip
_DESCRIBED = re.compile(
    r"[Tt]he\s+(?:[\w-]+\s+){0,2}?(analyst|economist|expert|scholar|historian|researcher|professor|academic)"
)
# How far before the noun the name set off by a comma may start.
_DESCRIBED_REACH = 80
# Descriptions of a commentator that another such noun may refer back to: "Christian Wagner,
# a senior fellow at ...; the scholar told VOA".
# A think tank's "deputy director for Asia at the International Crisis Group" is referred back to
# as "the analyst" or "the researcher" too.
_COMMENTATOR_NOUNS = (*_DESCRIBED_NOUNS, "fellow", "lecturer", "director")
# "The leftist leader", "the veteran minister": a title after lower-case modifiers that the
# entity stage made no mention of; it continues the story of the previous sentence's subject.
_MODIFIED_TITLE = re.compile(
    r"[Tt]he\s+((?:[a-z][\w-]*\s+){1,2}?)(leader|president|premier|chancellor|prime\s+minister|"
    r"(?:foreign|defen[cs]e|finance)\s+minister|monarch|king|emir|envoy)"
)
# Modifiers that make the title someone else's: a past, future or visiting holder, a deputy.
_NOT_SUBJECT_MODIFIERS = frozenset(
    {
        "former", "late", "then", "ex", "visiting", "outgoing", "incoming", "ousted", "deposed",
        "exiled", "previous", "next", "future", "other", "two", "both", "three", "vice", "deputy",
        "opposition", "host", "new", "prime", "foreign", "defense", "defence", "finance",
    }
)  # fmt: skip
# "The latter said", "the former added": one of the two people named last, in that order.
_LATTER_FORMER = re.compile(r"[Tt]he\s+(latter|former)")
# How far before a document's noun "joint" may qualify it: "a joint press statement".
_JOINT_REACH = 14
# Seats of power named for their president: "the Kremlin chief" is Russia's president.
_SEATS = {"kremlin": "RU", "elysee": "FR", "\u00e9lys\u00e9e": "FR"}
_SEAT_OPENERS = tuple(
    f"{the}{seat} " for the in ("the ", "The ") for seat in ("Kremlin", "Elysee", "\u00c9lys\u00e9e")
)
_SEAT_LEADER = re.compile(
    r"[Tt]he\s+(Kremlin|Elysee|\u00c9lys\u00e9e)\s+(?:chief|leader|boss|head|strongman)"
)
# Words of a diplomatic office: a foreign minister, an ambassador or an envoy is "the diplomat".
_DIPLOMATIC_TITLE_WORDS = (
    "foreign",
    "external affairs",
    "secretary of state",
    "ambassador",
    "envoy",
    "diplomat",
)
# The titles of reigning monarchs, whom "the monarch" refers back to.
_MONARCHS = ("king", "queen", "emir", "amir", "sultan", "emperor", "empress")
# The words that make a grade of a rank: "Lieutenant General", "Rear Admiral", "Field Marshal";
# "Attorney General" and "Secretary-General" are no generals.
_RANK_GRADES = frozenset(
    {
        "lieutenant",
        "lt.",
        "major",
        "maj.",
        "brigadier",
        "brig.",
        "vice",
        "rear",
        "field",
        "air",
        "chief",
        "fleet",
    }
)
# "The general", "the retired admiral", "the four-star general": a military rank referred back to.
_RANKED = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?:general|admiral|colonel|marshal)")
# "The 80-year-old leftist said", "the 45-year-old told reporters": a person described by age
# alone (and at most two more words) continues the story of the previous sentence's subject.
_AGED = re.compile(r"[Tt]he\s+[\w-]+-year-old(?:\s+[a-z][\w-]*){0,2}")
# Quotation marks that open a sentence.
_QUOTE_OPENERS = frozenset("\"\u201c\u201e\u00ab\u2018'")
# Blanks and the quotation marks that may open a sentence before its first word (German
# and Polish „, French «).
_BLANK_OR_OPENING = " \t\n\"\u201c\u201e\u00ab\u2018'"
# How many of the last statements may hold the tag of the sentence before.
_TAG_STATEMENTS = 4
# "The host said", "the guest added": the subject or the object of "hosted" before.
_HOST_ANAPHOR = re.compile(r"[Tt]he\s+(host|guest|visitor)[\s,]*")
_HOSTED = re.compile(r"host(?:ed|s|ing)\s")
# How far after "hosted" the guest's mention may start ("hosted his Australian counterpart ...").
_GUEST_REACH = 60
# The last word of a definite phrase no mention covers, and which reader resolves it.
_DEFINITE_HEADS: dict[str, str] = {
    **dict.fromkeys(("statement", "readout", "communique", "communiqu\u00e9", "declaration"), "document"),
    **dict.fromkeys(("spokesperson", "spokesman", "spokeswoman"), "spokes"),
    "two": "two",
    **dict.fromkeys(("host", "guest", "visitor"), "host"),
    **dict.fromkeys(
        ("latter", "former", "leader", "president", "premier", "chancellor", "minister", "monarch", "king"),
        "title",
    ),
    **dict.fromkeys(("emir", "envoy"), "title"),
    "office": "office",
    **dict.fromkeys(("general", "admiral", "colonel", "marshal"), "rank"),
    **dict.fromkeys(("kingdom", "sultanate"), "realm"),
}
# Countries a story calls "the kingdom" / "the sultanate" (SPA, WAM, Petra, MAP copy).
_REALMS = {
    "kingdom": frozenset(
        {"SA", "JO", "MA", "BH", "TH", "KH", "ES", "NL", "BE", "NO", "SE", "DK", "BT", "SZ", "LS"}
    ),
    "sultanate": frozenset({"OM", "BN"}),
}
# "The presidential office said" (Yonhap, Kyiv and Manila copy): the president's own office.
_PRESIDENTIAL_OFFICE = re.compile(r"[Tt]he\s+presidential\s+(?:press\s+|media\s+)?office")
# A sentence opening with a described person set off by commas: "The DUP leader, Gavin
# Robinson,", "Her colleague, Liesl Louw-Vaudran,"; group 1 is the name.
_APPOSITIVE_SUBJECT = re.compile(
    r"(?:The|His|Her|Their|Its|[A-Z][\w.\u2019'-]*[\u2019']s)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*,\s+"
    r"((?:[A-Z][\w.\u2019'-]*\s+){1,3}[A-Z][\w.\u2019'-]*),"
)
# "The two" with no noun after it (", with the two agreeing that ...").
_BARE_TWO = re.compile(r"[Tt]he\s+two")
# "Their foreign ministers", "their leaders": an office's holders in the countries "their" is.
_THEIR_OFFICE = re.compile(r"[Tt]heir\s+((?:[a-z]+\s+)?[a-z]+s)")
# How far before "the latter" its two antecedents may lie.
_LATTER_REACH = 400
# "The statement said", "according to the readout": a document named before, which speaks for
# whoever issued it.
_DOCUMENT_ANAPHOR = re.compile(
    r"[Tt]he\s+(?:(?:joint|official|written|brief|same|ministry['\u2019]s)\s+)?"
    r"(statement|readout|communiqu[eé]|declaration)\s*"
)
# "The spokesperson added": an unnamed spokesperson introduced before ("A Downing Street
# spokesperson said"), who speaks for the same body.
_SPOKES_ANAPHOR = re.compile(r"[Tt]he\s+(spokesperson|spokesman|spokeswoman)[\s,]*")
# How far before the noun the indefinite article of its first use may lie.
_SPOKES_PHRASE = 60
# "The top government spokesman", "the chief spokesperson": at most two lower-case modifiers.
_MODIFIED_SPOKES = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){1,2}spokes(?:person|man|woman)")
# Characters that close the phrase naming a document's issuer.
_PHRASE_STOPS = frozenset(',.;:()"\u201c\u201d\n')
# Earlier uses of the noun tried, back to the one that says who issued the document.
_DOCUMENT_TRIES = 4
# A definite use before the noun ("the statement", "the joint statement"): the same document,
# named again without its issuer.
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?$")
# The issuer named after the document: "a statement from Kenya's State House", "a readout
# released by spokesperson Tammy Bruce".
_ISSUER_AFTER = re.compile(
    r"\s+(?:(?:released|issued|published|posted|sent|read)\s+)?(?:by|from)\s+(?:the\s+)?"
)
# The document as the place a clause's speaker said something: "the ministry said in a
# statement", "Bruce said in a readout"; the reporting verb is group 1.
_SAID_IN_BEFORE = re.compile(r"(\w+)\s+in\s+(?:a|an|its|their|his|her)\s+(?:[a-z]+\s+)?$")
# "<name>'s host", "<name>'s Indian counterpart": the other side of a meeting, after a
# possessive mark (and at most one capitalised modifier), ending the phrase.
_PARTNER_OF = re.compile(r"['\u2019]s (?:[A-Z][a-z]+ )?(?:host|counterpart|guest|visitor)\b[\s,]*$")
# How many people named before such a phrase are looked at for the partner.
_PARTNER_TRIES = 6
# The longest parenthesis between a name and its comma: "(QNA)", "(pictured)", "(R-Texas)".
_PARENTHESIS = 16
# The openings of a plural that stands for a pair ("the two leaders", "both presidents").
_PAIR_OPENERS = ("The two ", "the two ", "Both ", "both ")
# Monarchs who reign without governing: never one of "the two leaders" who held talks.
_FIGUREHEADS = frozenset({"emperor", "empress"})
# "His guest", "her host", "his Indian counterpart": a partner named by whose partner they are.
_OWNED_PARTNER = re.compile(r"(?:[Hh]is|[Hh]er)\s+(?:[A-Z][a-z]+\s+)?(?:host|counterpart|guest|visitor)")
# The end of an earlier definite use of the noun ("according to the official", "the senior
# official"), which names no one itself.
_DEFINITE_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:senior\s+)?$")
# How far before such a phrase (in characters) its antecedent's noun is looked for.
_UNNAMED_REACH = 2000
# How many earlier uses of the noun are tried when they are parts of longer words ("officials").
_UNNAMED_TRIES = 4
# Units of a body that speak for it ("the presidency's communications directorate").
_UNIT_NOUNS = frozenset(
    {"directorate", "office", "bureau", "secretariat", "service", "division", "department"}
)
# Nouns of bodies and documents that "it" refers back to as a source.
_IT_NOUNS = frozenset(
    {
        *_UNIT_NOUNS,
        *("ministry", "presidency", "government", "embassy", "cabinet", "palace", "council", "agency"),
        *("statement", "readout", "communique", "communiqu\u00e9", "declaration", "report"),
    }
)
# "The Maryland Democrat", "the Texas Republican": a member of Congress named by state and party.
_PARTY_NOUNS = ("Democrat", "Republican")
_PARTY_TAG = {
    "Democrat": re.compile(r",? ?\(?D-[A-Z]"),
    "Republican": re.compile(r",? ?\(?R-[A-Z]"),
}
# How many mentions back "the Russian diplomat" looks for the last person of that country.
_RECENT_MENTIONS = 40
# At most this many words make an appositive name ("Alberto Núñez Feijóo").
_NAME_WORDS = 5
# Characters a title and a preposition take at least before a complement ("PM to ").
_COMPLEMENT_MIN = 5
# Prepositions after a title that open its complement: "ambassador to Nepal", "envoy for the Sahel".
_COMPLEMENT_PREPOSITIONS = frozenset({"to", "for", "of", "at", "in", "from", "on"})
# Possessives that may open a coordinated speaker phrase ("and his counterpart ...").
_OWNERS = frozenset({"his", "her", "their"})
_OWNER_AFTER = re.compile(r"\s+(?:his|her|their)$")


def _start(m: Mention) -> int:
    return m.span.start


def _span_start(s: Span) -> int:
    return s.start


def _order(m: Mention) -> tuple[int, int]:
    return m.span.start, -m.span.end


def mentions_in(doc: Document, span: Span) -> list[Mention]:
    """The mentions lying wholly inside *span*, in text order."""
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, span.start, key=_start)
    out = []
    while i < len(mentions) and mentions[i].span.start < span.end:
        m = mentions[i]
        if m.span.end <= span.end:
            out.append(m)
        i += 1
    return out


def _starting_in(doc: Document, start: int, end: int) -> list[Mention]:
    """The mentions that start in ``[start, end)``, in text order."""
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, start, key=_start)
    j = bisect.bisect_left(mentions, end, lo=i, key=_start)
    return mentions[i:j]


def add_mention(doc: Document, mention: Mention) -> None:
    """Insert *mention* into ``doc.mentions`` keeping it sorted (start, then longer first)."""
    # A binary search over the list itself: building a list of keys first would make every
    # insertion linear and a stage that adds a mention per sentence quadratic.
    at = bisect.bisect_right(doc.mentions, (mention.span.start, -mention.span.end), key=_order)
    doc.mentions.insert(at, mention)


def _modifiers_only(text: str, start: int, first: Mention) -> bool:
    """
    Whether only a lower-case modifier or two lie before the first mention of a source phrase.

    "presidential spokesman Ahmed Fahmy", "veteran diplomat Jane Roe": the modifiers are
    not part of any mention but the phrase names the person. A preposition or clause word
    among them ("a page for Mauritius", "leaders of both countries") means the mention is
    not the head.
    """
    if first.kind not in _COORDINATED or first.span.start <= start:
        return False
    between = _WORD.findall(text, start, first.span.start)
    if not 0 < len(between) <= _MAX_MODIFIERS or text[start : first.span.start].strip(" ").count(","):
        return False
    if between[0][:1].isupper() and (
        between[-1] in lexicon().descriptors or between[-1] in lexicon().org_descriptors
    ):
        # "Water expert Dursun Yildiz", "State news agency WAM" opening a sentence: the
        # capital is the sentence's.
        between = [between[0].lower(), *between[1:]]
    return all(w.isalpha() and w.islower() and w not in _NOT_MODIFIERS for w in between)


def _unlinked_name_last(text: str, span: Span, inside: list[Mention]) -> bool:
    """
    Whether *span* ends with a name no mention covers, after a descriptor ("broadcaster RT").

    "German newspaper Bild", "Russian state broadcaster RT", "Chinese analyst Wang": the
    phrase names a paper or a person the entity stage did not record, not the country of
    its demonym. "Colombian President" (a title, no descriptor) is left alone.
    """
    words = _WORD.findall(text, span.start, span.end)
    if len(words) < _PLURAL or not words[-1][:1].isupper() or not words[-2].islower():
        return False
    lex = lexicon()
    if words[-2] not in lex.org_descriptors and words[-2] not in lex.descriptors:
        return False
    at = span.end - len(words[-1])
    return text.startswith(words[-1], at) and not any(m.span.start <= at < m.span.end for m in inside)


def _unlinked_after_owner(text: str, span: Span, inside: list[Mention]) -> bool:
    """
    Whether a possessor is followed by a name no mention covers: "Al Jazeera's Resul Serdar".

    The phrase names a person of the possessor (its reporter, its minister) whom the entity
    stage did not record; the possessor is not the speaker. Only capitalised words may
    follow the possessive mark, up to the end of the phrase (an appositive comma may close it).
    """
    last = inside[-1]
    rest = text[last.span.end : span.end]
    for mark in _POSSESSIVE:
        if rest.startswith(mark):
            words = _WORD.findall(rest, len(mark))
            return bool(words) and all(w[:1].isupper() for w in words)
    return False


def _names_body(doc: Document, inside: list[Mention]) -> bool:
    """Whether the last mention of a phrase names a body or a person ("A State Department spokesperson")."""
    last = max(inside, key=lambda m: m.span.end)
    by_id, _ = _actor_index(doc)
    actor = by_id.get(last.actors[0]) if len(last.actors) == 1 else None
    return actor is not None and actor.kind in _SPOKEN_FOR


def _spoken_for(doc: Document, span: Span, head_end: int, inside: list[Mention]) -> tuple[str, ...]:
    """
    Whom "a spokesman for <person or body>" speaks for: the one the phrase ends with.

    "A spokesman for the president", "a spokeswoman for the Foreign Ministry": as "his
    spokesperson" and "a State Department spokesperson" do, the phrase speaks for its
    principal. Only a person or body after "for the" that ends the phrase counts ("a
    spokesman for the talks" names no one).
    """
    text = doc.source.text
    if not text.startswith((" for the ", " for The "), head_end):
        if not text.startswith(" for ", head_end):
            return ()
        # "A spokesperson for Boric", "a spokesman for Hamas": a name right after "for",
        # which must be a mention of its own (not "for Latin American affairs").
        bare = True
    else:
        bare = False
    end = _phrase_end(text, span)
    if text.endswith("office", head_end, end) and (office := _OFFICE_OF.search(text, head_end, end)):
        # "A spokesperson for the prime minister's office", "for Kishida's office": the
        # office's holder.
        end = office.start()
    last = max(inside, key=lambda m: m.span.end)
    if last.place is not None and last.span.end == end and text.startswith(" in ", last.span.start - _IN_LEN):
        # "A spokesman for the Vietnamese Embassy in Seoul": the body before the place it
        # sits in.
        at = last.span.start - _IN_LEN
        body = [m for m in inside if m.span.end == at and m.actors]
        if not body:
            return ()
        last, end = body[-1], at
    if last.span.end != end or last.span.start - head_end > _SPOKEN_FOR_GAP or len(last.actors) != 1:
        return ()
    if bare and not _bare_principal(text, head_end + _FOR_LEN, last, inside):
        return ()
    if text.find(",", head_end, end) >= 0 or text.find(" and ", head_end, end) >= 0:
        return ()  # "a spokesman for the ministry, Jane Roe": the name set off is who speaks
    by_id, _ = _actor_index(doc)
    actor = by_id.get(last.actors[0])
    return last.actors if actor is not None and actor.kind in _SPOKEN_FOR else ()


def _bare_principal(text: str, at: int, last: Mention, inside: list[Mention]) -> bool:
    """
    Whether *last* is named right at *at* (after "for "), or owned by a name there.

    "A spokesperson for Boric", "a spokesman for Japan's Foreign Ministry" (not "for Latin
    American affairs", nor "for regional affairs in Seoul").
    """
    if last.kind is not _MENTION_NAME:
        return False
    if last.span.start == at:
        return True
    return any(
        m.span.start == at and m.kind is _MENTION_NAME and text.startswith(_POSSESSIVE_SPACE, m.span.end)
        and m.span.end + len(_POSSESSIVE_SPACE[0]) == last.span.start
        for m in inside
    )  # fmt: skip


def _unnamed_person_head(text: str, end: int, inside: list[Mention]) -> str:
    """
    The lower-case person noun no mention covers that ends the phrase ending at *end*, or "".

    "An Ethiopian government adviser", "Algeria's energy minister", "a Brazilian diplomat":
    the head is a person the entity stage did not name; the mentions before it qualify them.
    A comma ends the phrase's head ("a diplomat, who asked not to be named,").
    """
    last = max(m.span.end for m in inside)
    if (
        last >= end
        or text.find(",", inside[0].span.start, last) >= 0
        or text.find("\n", last, end) >= 0
        # "Mexico's Sheinbaum and US envoy": a list, whose named member still speaks.
        or text.find(" and ", inside[0].span.start, end) >= 0
    ):
        return ""  # "Steven Pifer, a Brookings Institution senior fellow": the name is the head
    if inside[0].kind is _MENTION_DEMONYM and text.startswith(("the ", "The "), inside[0].span.start - 4):
        return ""  # "The Chinese diplomat": the one of that country the story named
    words = _WORD.findall(text[last:end].split(",", 1)[0])
    if not words or not words[-1].islower():
        return ""
    lex = lexicon()
    return words[-1] if words[-1] in lex.descriptors or (words[-1],) in lex.titles else ""


def _owned_body(text: str, span: Span, inside: list[Mention]) -> bool:
    """
    Whether a possessor is followed by a body no mention covers: "Benin's main opposition party".

    The party, company or group speaks, not the possessor's country; its name may follow in
    apposition ("..., The Democrats,"), which the entity stage may not have recorded.
    """
    last = inside[-1]
    for mark in _POSSESSIVE:
        if text.startswith(mark, last.span.end):
            head = text[last.span.end + len(mark) : span.end].split(",", 1)[0]
            words = _WORD.findall(head)
            return bool(words) and words[-1] in lexicon().org_descriptors and all(w.islower() for w in words)
    return False


def _owned_unit(doc: Document, span: Span, inside: list[Mention]) -> tuple[str, ...]:
    """
    The body a unit of it speaks for: "the Turkish presidency's communications directorate".

    A possessed organization followed by lower-case words ending in a unit noun ("press
    office", "press service", "communications directorate") is that organization speaking,
    as a leader's office speaks for the leader; not the country of its demonym.
    """
    text = doc.text
    # The outermost mention ending last ("Turkish presidency", not its demonym "Turkish").
    last = min(inside, key=lambda m: (-m.span.end, m.span.start))
    if len(last.actors) != 1:
        return ()
    for mark in _POSSESSIVE:
        if text.startswith(mark, last.span.end):
            words = _WORD.findall(text, last.span.end + len(mark), _phrase_end(text, span))
            if not words or len(words) > _NAME_WORDS or words[-1] not in _UNIT_NOUNS:
                return ()
            if not all(w.islower() for w in words):
                return ()
            by_id, _ = _actor_index(doc)
            owner = by_id.get(last.actors[0])
            return last.actors if owner is not None and owner.kind is _ORGANIZATION else ()
    return ()


def _appositive_name(text: str, span: Span, inside: list[Mention]) -> tuple[str, ...]:
    """
    The name set off by commas after a common-noun head: "The head of the ports authority, Jane Roe,".

    The head names no one the entity stage recorded, but the appositive does: it is the
    speaker. The name must follow a comma and end the phrase (a closing comma aside).
    """
    for m in reversed(inside):
        if m.kind is not _MENTION_NAME or not m.actors:
            continue
        before = text[span.start : m.span.start].rstrip()
        after = text[m.span.end : span.end].strip()
        if before.endswith(",") and after == ",":
            return m.actors
        break
    # "Another analyst, Jane Roe of the Carnegie Endowment, said": the name is placed by
    # the organization after it, which the phrase ends with.
    for n, m in enumerate(inside[:-1]):
        if m.kind is _MENTION_NAME and m.actors and text[span.start : m.span.start].rstrip().endswith(","):
            employer = _EMPLOYER.match(text, m.span.end, span.end)
            if employer is not None and employer.end() == inside[n + 1].span.start:
                return m.actors
            break
    return ()


def _honored(doc: Document, span: Span, honorific: str) -> tuple[str, ...]:
    """
    The person a bare honorific refers to: "His Highness welcomed ...".

    Gulf and royal agencies name a ruler once in full ("President His Highness Sheikh
    Mohamed bin Zayed") and then by the honorific alone; its "His" is no pronoun for the
    last man named. The latest earlier use of the same honorific followed by a name
    gives the person; without one the phrase is left unresolved.
    """
    text = doc.text
    folded = text.casefold()
    end = span.start
    for _ in range(_HONORIFIC_TRIES):
        at = folded.rfind(honorific, 0, end)
        if at < 0:
            break
        after = at + len(honorific)
        # Mentions that start within reach, however long ("His Majesty King of the Hashemite
        # Kingdom of Jordan Abdullah II" is one titled mention).
        for m in _starting_in(doc, after, after + _HONORIFIC_REACH):
            # Only capitalised words ("Sheikh", "King") may stand between the two.
            gap = _WORD.findall(text, after, m.span.start)
            if (
                m.kind in _COORDINATED
                and m.actors
                and all(w[:1].isupper() for w in gap)
                and "," not in text[after : m.span.start]
            ):
                return m.actors
            break
        end = at
    return ()


def _unlinked_appositive(text: str, span: Span, inside: list[Mention]) -> bool:
    """Whether the phrase ends in a name set off by a comma that no mention covers."""
    body = text[span.start : span.end].rstrip(" ,")
    comma = body.rfind(",")
    if comma < 0:
        return False
    at = span.start + comma + 1
    words = _WORD.findall(text, at, span.start + len(body))
    # Two words at least: "R-Pa." or "D-N.Y." after a lawmaker's name is a party and state.
    if len(words) < _PLURAL or len(words) > _NAME_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return not any(m.span.end > at for m in inside)


# The last document indexed (a weak reference, so no document is kept alive), its actor
# count then, actors by id and person ids by country code. One slot: a stage works on one
# document at a time, and a mismatch only costs a rebuild.
_INDEX: list[tuple[weakref.ref[Document], int, dict[str, Actor], dict[str, list[str]]]] = []


def _actor_index(doc: Document) -> tuple[dict[str, Actor], dict[str, list[str]]]:
    """
    Actors by id and person ids by country code, built once per document (again if actors are added).

    The speaker rules ask for them per statement: scanning ``doc.actors`` each time would be
    quadratic in long documents.
    """
    if _INDEX:
        ref, count, by_id, people = _INDEX[0]
        if ref() is doc and count == len(doc.actors):
            return by_id, people
    by_id = {a.id: a for a in doc.actors}
    people = {}
    for a in doc.actors:
        if a.kind is _PERSON and a.country:
            people.setdefault(a.country, []).append(a.id)
    _INDEX[:] = [(weakref.ref(doc), len(doc.actors), by_id, people)]
    return by_id, people


def _last_two_countries(doc: Document, span: Span) -> tuple[str, ...]:
    """
    The two countries "the two countries" refers to: the last two named before it.

    Demonyms count ("Kenyan President Ruto met Japanese Prime Minister Ishiba ... the two
    countries said"); fewer than two within reach leaves the phrase unresolved.
    """
    by_id, _ = _actor_index(doc)
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, span.start, key=_start) - 1
    stop = max(-1, i - _RECENT_MENTIONS)
    found: list[str] = []
    while i > stop and len(found) < _PLURAL:
        for a in mentions[i].actors:
            actor = by_id.get(a)
            if (
                actor is not None
                and actor.kind is _COUNTRY
                and a not in found
                and len(mentions[i].actors) == 1
            ):
                found.append(a)
        i -= 1
    return tuple(reversed(found)) if len(found) == _PLURAL else ()


def _demonym_person(doc: Document, span: Span, inside: list[Mention]) -> tuple[str, ...] | None:
    """
    The person "the Chinese diplomat" or "the Kenyan envoy" refers to, or None.

    When the phrase is a demonym followed by a word that names a person's office and the
    entity stage linked only the demonym, the speaker is the one person of that country
    among the actors (``()`` when there are several or none): never the country itself.
    """
    text = doc.text
    demonym = inside[0]
    if demonym.kind is not _MENTION_DEMONYM or len(demonym.actors) != 1:
        return None
    words = _WORD.findall(text, demonym.span.end, span.end)
    if not words or (words[0].casefold(),) not in lexicon().titles:
        return None
    by_id, by_country = _actor_index(doc)
    owner = by_id.get(demonym.actors[0])
    if owner is None or owner.kind is not _COUNTRY:
        return None  # "State Department spokesperson": the department's, not a person's country
    if _WORD.findall(text, span.start, demonym.span.start)[:1] in (["a"], ["A"], ["an"], ["An"]):
        return ()  # "a Chinese diplomat": someone unnamed, neither the one we know nor China
    country = owner.country
    if country is None:
        return ()
    people = set(by_country.get(country, ()))
    if len(people) <= 1:
        return tuple(people)
    # Several: the one named last before the phrase ("Lavrov ... The Russian diplomat noted").
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, span.start, key=_start) - 1
    stop = max(-1, i - _RECENT_MENTIONS)
    while i > stop:
        m = mentions[i]
        if m.kind in _COORDINATED and len(m.actors) == 1 and m.actors[0] in people:
            return m.actors
        i -= 1
    return ()


def _office_holders_of(doc: Document, span: Span, inside: list[Mention]) -> tuple[str, ...]:
    """
    The holders of an office in the countries a plural phrase lists: "The presidents of Poland and Lithuania".

    Each country must have exactly one person holding that office among the actors, found
    anywhere in the story (a lede names them this way before the next sentence names them
    in full). A country without one leaves the phrase unresolved: "the foreign ministers of
    Ethiopia and Somalia" are not the leaders the story named.
    """
    text = doc.text
    m = _PLURAL_OFFICE.match(text, span.start, span.end)
    if m is None:
        return ()
    singular = m.group(1).casefold()[:-1]
    singular = " ".join(singular.split())
    if singular != "leader" and tuple(singular.split(" ")) not in lexicon().titles:
        return ()
    by_id, _ = _actor_index(doc)
    countries: list[str] = []
    at = m.end()
    for mention in inside:
        if mention.span.start < at:
            continue
        actor = by_id.get(mention.actors[0]) if len(mention.actors) == 1 else None
        gap = " ".join(text[at : mention.span.start].split())
        if actor is None or actor.kind is not _COUNTRY or gap not in _COUNTRY_LIST_GAPS:
            return ()
        if actor.country is not None and actor.country not in countries:
            countries.append(actor.country)
        at = mention.span.end
    if len(countries) < _PLURAL or text[at : span.end].strip(" ,"):
        return ()
    return _holders(doc, countries, singular)


def _holders(doc: Document, countries: list[str], singular: str) -> tuple[str, ...]:
    """The one holder of the office *singular* in each country, or ``()`` if one has none or several."""
    by_id, by_country = _actor_index(doc)
    # Roles carry the American spelling ("Defense Minister" for "Defence Minister").
    singular = singular.replace("defence", "defense")
    found: list[str] = []
    for code in countries:
        holders = [
            a
            for a in by_country.get(code, ())
            if any(_title_matches(r.title, singular) for r in by_id[a].roles)  # type: ignore[union-attr]
        ]
        if len(holders) != 1:
            return ()
        found.append(holders[0])
    return tuple(found)


def _complement(text: str, start: int, m: Mention) -> bool:
    """Whether *m* follows a preposition inside the phrase starting at *start* ("envoy to the Sahel")."""
    if m.span.start - start < _COMPLEMENT_MIN:
        return False  # the mention opens the phrase ("Ruto", "Kenyan President Ruto")
    words = _WORD.findall(text, start, m.span.start)
    if words and words[-1].casefold() in {"the", "a", "an"}:
        words.pop()
    return len(words) > 1 and words[-1].casefold() in _COMPLEMENT_PREPOSITIONS


def _particles_only(text: str, start: int, first: Mention) -> bool:
    """
    Whether only name particles lie before the first mention: "al-Sudani", "bin Salman".

    A surname with a lower-case particle may be recorded without it ("Sudani"); the
    particle, attached by a hyphen or a space, belongs to the same name.
    """
    gap = text[start : first.span.start]
    if first.kind is not _MENTION_NAME or not gap or gap[-1] not in " -\u2010":
        return False
    particles = lexicon().name_particles
    words = _PARTICLE_SPLIT.split(gap.strip(" -\u2010"))
    return len(words) <= _MAX_PARTICLES and all(w.casefold() in particles for w in words)


def resolve_speaker(doc: Document, span: Span) -> tuple[str, ...]:
    """
    The actors a source mention refers to ("Petro", "he", "the Colombian president", "both").

    The head of the phrase decides: in "Zelenskyy's chief of staff Andriy Yermak" and
    "U.S. Secretary of State Marco Rubio" the possessor and the demonym are skipped; in
    "Harsh Pant, the vice president of ..." the name comes first. A phrase whose head is a
    common noun no mention covers ("a page for Mauritius", "leaders of both countries",
    "which") resolves to nothing.

    Args:
        doc: A document the entity stage has run over.
        span: The speaker phrase, as offsets into ``doc.text``.

    Returns:
        Actor ids, one for a person or organization, two for "both"/"the two leaders";
        ``()`` when the phrase cannot be resolved.
    """
    text = doc.text
    # Cheap tests first: most phrases are neither an honorific nor a document "... by ...".
    honorific = (
        _HONORIFIC.match(text, span.start, span.end) if text.startswith(_HIS_HER, span.start) else None
    )
    if honorific is not None:
        if honorific.end() == _phrase_end(text, span):
            return _honored(doc, span, honorific.group().casefold())
        # "His Royal Highness the Crown Prince", "His Majesty King Abdullah": the style's "His"
        # is no pronoun for the last man named; the title or name after it is the speaker.
        rest = honorific.end()
        while rest < span.end and text[rest].isspace():
            rest += 1
        if text.startswith("and ", rest) and rest + 4 < span.end:
            # "His Highness and the Ethiopian Prime Minister discussed" (WAM): the ruler the
            # style stands for, and the person after "and".
            ruler = _honored(doc, Span(start=span.start, end=honorific.end()), honorific.group().casefold())
            other = resolve_speaker(doc, Span(start=rest + 4, end=span.end))
            return tuple(dict.fromkeys((*ruler, *other))) if ruler and other else ()
        if rest < span.end:
            return resolve_speaker(doc, Span(start=rest, end=span.end))
    if text.startswith(_SEAT_OPENERS, span.start):
        seat = _SEAT_LEADER.fullmatch(text, span.start, _phrase_end(text, span))
        if seat is not None:
            # "The Kremlin chief said", "the Elysee leader": the head of state who sits there.
            return _seat_holder(doc, seat.group(1))
    if text.startswith(_HIS_HER, span.start):
        partner = _OWNED_PARTNER.fullmatch(text, span.start, _phrase_end(text, span))
        owners = mentions_in(doc, span) if partner is not None else []
        if len(owners) == 1 and owners[0].kind is _MENTION_PRONOUN:
            # "Macron and his guest also agreed": the guest of the man "his" stands for, not
            # that man (a titled "his Senegalese counterpart" is a mention of its own).
            return _partner(doc, owners[0])
    # Anchored at the phrase's first word, the match fails at once unless it opens with
    # an article.
    issued = _ISSUED_BY.match(text, span.start, span.end) if text.startswith(_ARTICLES, span.start) else None
    if issued is not None:
        # "A joint statement released by the two governments": who issued the document.
        return resolve_speaker(doc, Span(start=issued.end(), end=span.end))
    if text.startswith(("the ", "The "), span.start) and text.endswith(
        _PARTY_NOUNS, span.start, _phrase_end(text, span)
    ):
        member = _party_member(doc, span)
        if member:
            return member
    if text.startswith(("the ", "The "), span.start) and text.endswith(
        _DESCRIBED_NOUNS, span.start, _phrase_end(text, span)
    ):
        described = _described_antecedent(doc, span)
        if described:
            return described
    inside = mentions_in(doc, span)
    if inside and (
        text.find("'s ", span.start, span.end) >= 0 or text.find("\u2019s ", span.start, span.end) >= 0
    ):
        partner = _PARTNER_OF.search(text, span.start, span.end)
        if partner is not None:
            # "Jaishankar's host later posted", "Rubio's Indian counterpart said".
            possessor = next((m for m in inside if m.span.end == partner.start() and m.actors), None)
            return _partner(doc, possessor)
    if not inside:
        if _TWO_COUNTRIES.fullmatch(text, span.start, span.end):
            return _last_two_countries(doc, span)
        if span.end - span.start == len("it") and text[span.start : span.end] in {"It", "it"}:
            # "Noboa's office said in a statement that ... It said tariffs would fall": the
            # body or document that spoke in the sentence before.
            return _it_antecedent(doc, span)
        found = (
            _relative_antecedent(doc, span) or _unnamed_antecedent(doc, span) or _headline_names(doc, span)
        )
        if found or not text.startswith(("the ", "The "), span.start):
            return found
        return _definite_antecedent(doc, span)
    if text.startswith(_PAIR_OPENERS, span.start) and (
        (inside[0].kind is _MENTION_PLURAL and not inside[0].actors) or _groups(doc, inside[0].actors)
    ):
        # A standfirst above the lede: "The two East African leaders have pledged ..." are
        # the two people the headline names ("Kenya's Ruto and Somalia's Mohamud"), not a
        # plural left unresolved or an unnamed group of the region.
        pair = _headline_pair(doc, span)
        if pair:
            return pair
    # Most phrases are one name and nothing else ("Petro", "Rubio"): its actors, as the rules
    # below find them (they look at a head word, a possessive mark after the phrase, a final
    # "office", a comma in a headline), without reading the phrase word by word. A name that
    # opens with a word character has a first word; one name alone has no other head.
    only = inside[0]
    if (
        len(inside) == 1
        and only.kind is _MENTION_NAME
        and only.span.start == span.start
        and only.span.end == span.end
        and text[span.start].isalnum()
        and not text.startswith(_POSSESSIVE, span.end)
        and text.find(",", span.start, span.end) < 0
        and not text.endswith("office", span.start, _phrase_end(text, span))
    ):
        return only.actors
    # Only the first word and the first one that is not a determiner or "former" matter:
    # the words are read lazily, up to that one.
    words = _WORD.finditer(text, span.start, span.end)
    first = next(words, None)
    if first is None:
        return ()
    head_word: re.Match[str] | None = first
    while head_word is not None and head_word.group().casefold() in _LEADING:
        head_word = next(words, None)
    first_at = first.start()
    anchor_at = head_word.start() if head_word is not None else first_at
    if head_word is not None and head_word.group().casefold() in _SPOKES_NOUNS:
        principal = _spoken_for(doc, span, head_word.end(), inside)
        if principal:
            return principal
    # The head word must be part of some mention; determiners may themselves open one
    # ("the two leaders", "his organization").
    if (
        not any(m.span.start <= anchor_at < m.span.end for m in inside)
        and not any(m.span.start <= first_at < m.span.end for m in inside)
        and not _modifiers_only(text, anchor_at, inside[0])
        and not _particles_only(text, anchor_at, inside[0])
    ):
        return (
            _appositive_name(text, span, inside)
            or _office_holders_of(doc, span, inside)
            or _enclosing_title(doc, span)
            # "EAM Jaishankar meets ...": a headline's abbreviation before a surname.
            or (_headline_names(doc, span) if _in_title(doc, span) else ())
        )
    if (
        inside[0].kind is _MENTION_PLURAL
        and not inside[0].actors
        and text.startswith(("their ", "Their "), span.start)
    ):
        # "Chile and Argentina played down the spat, with their foreign ministers saying ...":
        # the office holders of the countries the sentence opens with.
        holders = _their_office_holders(doc, span)
        if holders:
            return holders
    if inside[0].kind is _MENTION_PLURAL and not inside[0].actors:
        # "The presidents of Poland and Lithuania": no antecedent before, but holders of
        # the office in the countries listed.
        holders = _office_holders_of(doc, span, inside[1:])
        if holders:
            return holders
    body_end = _phrase_end(text, span)
    # (Most phrases end in a name or a pronoun a mention covers: one character tells.)
    person_noun = _unnamed_person_head(text, body_end, inside) if text[body_end - 1].islower() else ""
    if person_noun and not (person_noun in _SPOKES_NOUNS and _names_body(doc, inside)):
        # "An Ethiopian government adviser", "Algeria's energy minister": a person no mention
        # names, not the body or country that qualifies them (but a spokesperson speaks for
        # the body: "A State Department spokesperson said").
        return ()
    office = (
        _OFFICE_OF.search(text, span.start, body_end)
        if text.endswith("office", span.start, body_end)
        else None
    )
    if office is not None:
        # "Iraqi Prime Minister Mohammed Shia al-Sudani's office said", "the Iraqi prime
        # minister's media office": a leader's office speaks for the leader (as "a statement
        # from his office" does).
        owner = [m for m in inside if m.span.end == office.start() and m.actors]
        if owner:
            return owner[0].actors
    # A mention followed by a possessive mark names the possessor, not the speaker.
    owned = [m for m in inside if not text.startswith(_POSSESSIVE, m.span.end)]
    if text.find("'s ", span.start, span.end) >= 0 or text.find("\u2019s ", span.start, span.end) >= 0:
        # "The Taliban administration's chief spokesman, Zabihullah Mujahid": the possessive
        # mark closes a phrase the mention opens (looked for only when the phrase has one).
        owned = [m for m in owned if not _OWNER_TAIL.match(text, m.span.end, span.end)]
    if (
        len(owned) > 1
        and owned[0].kind is _MENTION_PRONOUN
        and text[owned[0].span.start : owned[0].span.end].casefold() in POSSESSIVES
    ):
        # "his spokesman, Hasan Nasbi", "their envoy Jane Roe": the possessive determiner
        # names whom the speaker works for; the mention after it is who speaks.
        owned = owned[1:]
    candidates = [m for m in owned if m.kind is not _MENTION_DEMONYM]
    if not candidates:
        # "Brazil's Lula" in a headline: the entity stage may have linked only the possessor.
        named = _headline_names(doc, span)
        if named:
            return named
        unit = _owned_unit(doc, span, inside)
        if unit:
            return unit  # "the Turkish presidency's communications directorate"
        if (
            _unlinked_name_last(text, span, inside)
            or _unlinked_after_owner(text, span, inside)
            or _owned_body(text, span, inside)
        ):
            return ()  # "German newspaper Bild": the paper, not Germany
        person = _demonym_person(doc, span, inside)
        if person is not None:
            return person  # "the Chinese diplomat": a person of that country, not the country
        candidates = owned or inside
    # "Former Indian ambassador to Nepal Ranjit Rae": a place or body after a preposition
    # complements the title; the name after it is the speaker.
    while (
        candidates
        and candidates[0].span.start - span.start >= _COMPLEMENT_MIN
        and _complement(text, span.start, candidates[0])
    ):
        candidates = candidates[1:]
    if not candidates:
        # "The U.N. special envoy to Yemen, <a name no mention covers>": Yemen is no speaker
        # (but a headline's "Vietnam's To Lam, Indonesia's Prabowo" names people the story
        # names in full).
        return _headline_names(doc, span) if _in_title(doc, span) else ()
    if (
        candidates[0].kind is not _MENTION_NAME
        and text.find(" and ", span.start, span.end) < 0
        and not _in_title(doc, span)
    ):
        # "Its leader, Alberto Núñez Feijóo,": the name set off after the title is who
        # speaks, whoever the title alone would have been resolved to (one title: a
        # coordination of titled names is read below).
        named = _appositive_name(text, span, inside)
        if named:
            return named
    if (
        candidates[0].kind is not _MENTION_NAME
        and _unlinked_appositive(text, span, inside)
        and not _in_title(doc, span)
    ):
        # "Its leader, Alberto Núñez Feijóo,": the title was resolved to someone else, but
        # the name set off after it, which no mention covers, is who speaks.
        return ()
    # Prefer the outermost mention that starts first ("The organization" over a name inside it).
    head = candidates[0]
    if (
        head.kind is _MENTION_PRONOUN
        and len(candidates) == 1
        and text[head.span.start : head.span.end] in {"He", "She"}
        and _after_unlinked_appositive(doc, head)
    ):
        # "Her colleague, Liesl Louw-Vaudran, was more skeptical. She said ...": the pronoun
        # is the person just introduced, whom the entity stage made no actor; the one it
        # picked instead was named before.
        return ()
    if (
        head.kind is _MENTION_PRONOUN
        and len(candidates) == 1
        and text[head.span.start : head.span.end] in {"he", "she"}
    ):
        # "He cautioned that ... - a constraint, he said, the Pentagon rarely discusses": a
        # second "he" in the sentence is the first one's person when no one is named between.
        same = _sentence_pronoun(doc, head)
        if same:
            return same
    if head.kind is _MENTION_PLURAL and text[head.span.start : head.span.end].casefold() == "they":
        subject = _they_subject(doc, head)
        if subject:
            return subject
    if (
        head.kind is _MENTION_TITLE
        and len(candidates) == 1
        and len(head.actors) == 1
        and text.startswith(("the ", "The "), head.span.start)
    ):
        # "He said ... The foreign minister declined to say": the previous sentence's subject
        # when that person holds the very title and the one the entity stage picked holds
        # only an equivalent (a Secretary of State is a foreign minister too).
        subject = _literal_holder(doc, head)
        if subject:
            return subject
    # "Trump and Zelenskyy", "French President Emmanuel Macron and Brazilian President Lula":
    # coordinated names are all speakers.
    found = head.actors if len(candidates) == 1 else _coordinated(text, candidates, 0)
    if len(candidates) > 1:
        found = _with_owned_partner(doc, span, candidates[-1], found)
    if head.kind is _MENTION_PLURAL and len(found) == _PLURAL:
        found = _without_figurehead(doc, found)
    if "," in text[span.start : span.end] and _in_title(doc, span):
        # "Iraqi PM Sudani, Rubio discuss": a headline list whose later items are bare
        # surnames the entity stage left unlinked.
        found = tuple(dict.fromkeys((*found, *_headline_names(doc, span))))
    return found


def _literal_holder(doc: Document, head: Mention) -> tuple[str, ...]:
    """The previous sentence's subject, if it holds *head*'s title word for word and its actor does not."""
    title = " ".join(doc.text[head.span.start + 4 : head.span.end].casefold().split())
    subject = _previous_subject(doc, head.span)
    if len(subject) != 1 or subject == head.actors:
        return ()
    by_id, _ = _actor_index(doc)
    actor, named = by_id.get(subject[0]), by_id.get(head.actors[0])
    if not isinstance(actor, Person) or not isinstance(named, Person):
        return ()
    if any(r.title.casefold() == title for r in named.roles):
        return ()
    return subject if any(r.title.casefold() == title for r in actor.roles) else ()


def _with_owned_partner(doc: Document, span: Span, last: Mention, found: tuple[str, ...]) -> tuple[str, ...]:
    """*found* and, when the phrase ends in "and his guest", the partner of whom "his" stands for."""
    if last.kind is not _MENTION_PRONOUN or not doc.text.startswith(_HIS_HER, last.span.start):
        return found
    if _OWNED_PARTNER.fullmatch(doc.text, last.span.start, _phrase_end(doc.text, span)) is None:
        return found
    return tuple(dict.fromkeys((*found, *_partner(doc, last))))


def _sentence_pronoun(doc: Document, pronoun: Mention) -> tuple[str, ...]:
    """The actors of the same pronoun opening *pronoun*'s sentence, if no person is named between."""
    sentences = doc.sentences
    at = bisect.bisect_right(sentences, pronoun.span.start, key=_span_start) - 1
    if at < 0:
        return ()
    before = mentions_in(doc, Span(start=sentences[at].start, end=pronoun.span.start))
    if not before:
        return ()
    first, text = before[0], doc.text
    if (
        first.kind is not _MENTION_PRONOUN
        or text[first.span.start : first.span.end].casefold() != text[pronoun.span.start : pronoun.span.end]
        or len(first.actors) != 1
        or first.actors == pronoun.actors
        or not _opens_sentence(text[sentences[at].start : first.span.start])
    ):
        return ()
    if any(m.kind in _COORDINATED and _persons(doc, m.actors) for m in before[1:]):
        return ()
    return first.actors


def _seat_holder(doc: Document, seat: str) -> tuple[str, ...]:
    """The one president of the country whose seat of power *seat* is ("Kremlin" -> Russia)."""
    country = _SEATS[seat.casefold()]
    holders = [
        a.id
        for a in doc.actors
        if isinstance(a, Person)
        and a.country == country
        and any(r.title.casefold() == "president" for r in a.roles)
    ]
    return (holders[0],) if len(holders) == 1 else ()


def _headline_pair(doc: Document, span: Span) -> tuple[str, ...]:
    """The two people the headline names, if no person is named between it and *span*."""
    title = doc.article.title if doc.article is not None else None
    if title is None or span.start < title.end or _names_person(doc, title.end, span.start):
        return ()
    pair = _headline_names(doc, title)
    return pair if len(pair) == _PLURAL else ()


def _without_figurehead(doc: Document, pair: tuple[str, ...]) -> tuple[str, ...]:
    """
    *pair* with a ceremonial monarch replaced by the head of government of the same country.

    "Albanese is scheduled to meet Emperor Naruhito. ... the two leaders pledged": an emperor
    takes no part in talks, so the leaders who pledge are the prime minister of his country
    and the visitor (when the story names exactly one such prime minister).
    """
    by_id, _ = _actor_index(doc)
    for i, actor_id in enumerate(pair):
        actor = by_id.get(actor_id)
        if not isinstance(actor, Person) or not any(r.title.casefold() in _FIGUREHEADS for r in actor.roles):
            continue
        heads = [
            a.id
            for a in doc.actors
            if isinstance(a, Person)
            and a.country == actor.country
            and any(r.title.casefold() == "prime minister" for r in a.roles)
        ]
        if len(heads) == 1 and heads[0] not in pair:
            return (*pair[:i], heads[0], *pair[i + 1 :])
    return pair


def _partner(doc: Document, owner: Mention | None) -> tuple[str, ...]:
    """
    Who "<person>'s host/counterpart/guest" is: the last person before of another country.

    The owner is the mention that ends at the possessive mark (or the possessive pronoun of
    "his guest"); the partner is the person most recently named before the phrase whose known
    country is neither the owner's nor unknown (an analyst of no country is nobody's host).
    """
    if owner is None or len(owner.actors) != 1:
        return ()
    by_id, _ = _actor_index(doc)
    owner_actor = by_id.get(owner.actors[0])
    home = owner_actor.country if owner_actor is not None else None
    if owner_actor is None or owner_actor.kind is not _PERSON or home is None:
        return ()
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, owner.span.start, key=_start) - 1
    seen = 0
    while i >= 0 and seen < _PARTNER_TRIES:
        m = mentions[i]
        i -= 1
        if len(m.actors) != 1 or m.kind is _MENTION_DEMONYM:
            continue
        actor = by_id.get(m.actors[0])
        if actor is None or actor.kind is not _PERSON:
            continue
        seen += 1
        if actor.country is not None and actor.country != home:
            return (actor.id,)
    return ()


def _enclosing_title(doc: Document, span: Span) -> tuple[str, ...]:
    """
    The person of a titled phrase that *span* ends, if any.

    "in the MEA Tanmaya Lal" of "Secretary (West) in the MEA Tanmaya Lal": a phrase cut
    inside the title still names its holder.
    """
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, span.start, key=_start)
    # Titled phrases are short: only the few mentions that start just before are asked.
    for m in reversed(mentions[max(0, i - _ENCLOSING_LOOKBACK) : i]):
        if m.kind is _MENTION_TITLE and m.span.end == span.end and m.span.start < span.start:
            return m.actors
    return ()


def _in_title(doc: Document, span: Span) -> bool:
    title = doc.article.title if doc.article is not None else None
    return title is not None and title.start <= span.start and span.end <= title.end


def _headline_names(doc: Document, span: Span) -> tuple[str, ...]:
    """
    The people a headline source names by surname: "Modi, Albanese" in "Modi, Albanese agree".

    Headlines drop titles and given names, and the entity stage links a bare capitalised
    word there only when it can tell it is a name. Each capitalised word of a source inside
    the headline is looked up among the words of the people's names; a word that names no
    one or more than one person is skipped.
    """
    article = doc.article
    title = article.title if article is not None else None
    if title is None or span.start < title.start or span.end > title.end:
        return ()
    particles = lexicon().name_particles
    found: dict[str, None] = {}
    for word in _WORD.findall(doc.text, span.start, span.end):
        if not word[:1].isupper():
            continue
        key = word.casefold().rstrip(".")
        owners = [
            actor.id
            for actor in doc.actors
            if actor.kind is _PERSON
            and any(
                key in (w.casefold() for w in _PARTICLE_SPLIT.split(name) if w.casefold() not in particles)
                for name in (actor.name, *actor.aliases)
            )
        ]
        if len(owners) == 1:
            found.setdefault(owners[0], None)
    return tuple(found)


def _coordinated(text: str, mentions: list[Mention], at: int) -> tuple[str, ...]:
    """
    The actors of the phrase opening with ``mentions[at]``: one mention or names joined by "and".

    "The two men" gives its two actors; "Trump and Ishiba" and "Lula, Macron and Sanchez"
    the actors of each coordinated name.
    """
    head = mentions[at]
    actors = list(head.actors)
    last = head
    for m in mentions[at + 1 :]:
        if m.span.start < last.span.end:
            continue
        # The period of a name's "Jr." or "Sr." stays outside its mention ("Ferdinand Marcos
        # Jr. and Fumio Kishida"); inside one speaker phrase a period ends no sentence.
        gap = text[last.span.end : m.span.start].strip().removeprefix(".").lstrip().casefold()
        if m.kind is _MENTION_PRONOUN and gap in _COORDINATORS:
            # "Macron and his Nigerian counterpart Bola Tinubu": the possessive opens the next
            # speaker's phrase; the title or name after it is the one to join.
            owner = text[m.span.start : m.span.end].casefold()
            if owner in _OWNERS and m.span.end < len(text) and text[m.span.end] == " ":
                continue
        gap = _OWNER_AFTER.sub("", gap)
        if gap not in _COORDINATORS or m.kind not in _COORDINATED or not m.actors:
            break
        actors.extend(a for a in m.actors if a not in actors)
        last = m
    return tuple(actors)


def _after_unlinked_appositive(doc: Document, pronoun: Mention) -> bool:
    """
    Whether sentence-initial *pronoun* follows a sentence opening with a person no actor names.

    "The DUP leader, Gavin Robinson, was more critical. He said ...": the previous sentence's
    subject is the appositive name, and no mention with an actor covers it.
    """
    sentences = doc.sentences
    at = bisect.bisect_right(sentences, pronoun.span.start, key=_span_start) - 1
    if at < 1 or doc.text[sentences[at].start : pronoun.span.start].strip(_BLANK_OR_OPENING):
        return False
    prev = sentences[at - 1]
    start = prev.start
    text = doc.text
    while start < prev.end and text[start] in _BLANK_OR_OPENING:
        start += 1
    found = _APPOSITIVE_SUBJECT.match(text, start, prev.end)
    if found is None:
        return False
    name = Span(start=found.start(1), end=found.end(1))
    return not any(m.actors for m in mentions_in(doc, name))


def _they_subject(doc: Document, they: Mention) -> tuple[str, ...]:
    """
    The plural subject of the sentence before *they*, when the entity stage chose a tag's source.

    "The two men sat down for two hours, according to Japanese officials. They discussed
    tariffs ...": "they" continues the story of the sentence's subject; the source of a
    trailing "according to ..." or "..., officials said." only vouches for it. Applies to a
    "they" that is the first mention of its sentence, when the actors the entity stage gave
    it are those of a mention in such a tag (none, for an unnamed "officials") and the
    previous sentence opens with a plural (a "the two leaders" phrase or coordinated
    names). Otherwise ``()``.
    """
    sentences = doc.sentences
    at = bisect.bisect_right(sentences, they.span.start, key=_span_start) - 1
    if at < 1:
        return ()
    here, prev = sentences[at], sentences[at - 1]
    text = doc.text
    if mentions_in(doc, Span(start=here.start, end=they.span.start)):
        return ()
    inside = mentions_in(doc, prev)
    if not inside or not _opens_sentence(text[prev.start : inside[0].span.start]):
        return ()
    subject = _coordinated(text, inside, 0)
    if len(subject) < _PLURAL or set(subject) == set(they.actors):
        return ()
    for m in inside:
        # With no actors, "they" was given an unnamed group ("officials"): one in the tag.
        if m.actors == they.actors and (m.actors or m.kind is _MENTION_PLURAL) and _in_tag(text, prev, m):
            return subject
    return ()


def _opens_sentence(before: str) -> bool:
    """
    Whether a mention after *before* is its sentence's subject.

    Nothing but quotation marks, or a short fronted adverbial closed by a comma ("On
    Friday, the two men ..."), may come first.
    """
    before = before.strip(_BLANK_OR_OPENING)
    return not before or (before.endswith(",") and len(_WORD.findall(before)) <= _FRONTED_WORDS)


def _in_tag(text: str, sentence: Span, m: Mention) -> bool:
    """Whether *m* is the source of an attribution that closes *sentence* ("..., officials said.")."""
    before = text[sentence.start : m.span.start]
    after = text[m.span.end : sentence.end]
    if _ACCORDING_BEFORE.search(before):
        return not _WORD.search(after)
    inverted = _INVERTED_BEFORE.search(before)
    if inverted is not None:  # "..., said German officials."
        return verb_cue(inverted.group(1).casefold()) is not None and not _WORD.search(after)
    if not before.rstrip().endswith(","):
        return False
    words = _WORD.findall(after)
    # Words may keep a final period ("said."): `_WORD` allows dots for "U.S.".
    return 0 < len(words) <= _TAG_WORDS and verb_cue(words[0].casefold().rstrip(".")) is not None


#: A document noun closing the phrase before a relative's comma, after its issuer's name:
#: "a Vietnamese government statement, which", "the ministry's readout, which".
_DOCUMENT_TAIL = re.compile(
    r"(?:[\u2019']s)?\s+(?:joint\s+)?(?:statement|readout|communiqu[eé]|declaration|report)\s*$",
    re.IGNORECASE,
)
#: A clause that issues a document, closing before a relative's comma: "the ministry issued a
#: statement, which", "State House released a brief readout, which".
_ISSUED_TAIL = re.compile(
    r"\s+(?:issued|released|published|put\s+out|sent\s+out)\s+(?:a|an|its|their|the)\s+"
    r"(?:(?:joint|brief|short|written|separate|new)\s+)?(?:statement|readout|communiqu[eé]|declaration)\s*$",
    re.IGNORECASE,
)
#: How far before a relative pronoun an appositive's comma may lie ("a veteran leftist who").
_APPOSITIVE_CHARS = 60
#: An appositive ending right before a relative pronoun: ", a libertarian economist ".
_APPOSITIVE_TAIL = re.compile(r",\s+(?:a|an|the)\s+[^\W\d][^,.;:\"\u201c\u201d()]*\s$")


def _relative_antecedent(doc: Document, span: Span) -> tuple[str, ...]:
    """
    The actors a non-restrictive "who"/"which" source refers to: the mention before its comma.

    "Lula, who has criticized farm subsidies, said ...": the source of "has criticized" is
    "who", and "who" is Lula. Only the mentions ending right at the comma are looked at.
    """
    text = doc.text
    relative = text[span.start : span.end].casefold()
    if relative not in _RELATIVES:
        return ()
    comma = _skip_space_back(text, span.start)
    if comma == 0 or text[comma - 1] != ",":
        # "Milei, a libertarian economist who ...": the clause hangs on an appositive of the
        # name before it, and "who" is that name.
        window = max(0, span.start - _APPOSITIVE_CHARS)
        tail = _APPOSITIVE_TAIL.search(text, window, span.start)
        if tail is None:
            return ()
        comma = tail.start() + 1
    found = _before_comma(doc, comma - 1)
    if not found and relative == "which":
        # "according to a Vietnamese government statement, which described the talks as ...":
        # the document speaks for whoever issued it, named right before the noun.
        tail = _DOCUMENT_TAIL.search(text, max(0, comma - 1 - _ANTECEDENT_REACH), comma - 1)
        if tail is not None:
            found = _before_comma(doc, tail.start()) or _issuer(doc, comma - 1)
    if relative == "who" and found and not _persons(doc, found):
        # "Rustem Umerov, the secretary of the country's National Security and Defense
        # Council, who told reporters": "who" is a person, so the name before the
        # appositive, not the council that ends it.
        end = comma - 1
        before = text.rfind(",", max(0, end - _ANTECEDENT_REACH), end)
        outer = _before_comma(doc, before) if before > 0 else ()
        if _persons(doc, outer):
            return outer
    return found


def _party_member(doc: Document, span: Span) -> tuple[str, ...]:
    """
    The lawmaker "the Maryland Democrat" or "the Texas Republican" refers to.

    American copy names a member of Congress once with party and office ("Democratic Senator
    Chris Van Hollen") and then by state and party: the last person introduced with that
    party's word in a titled phrase, a few mentions back.
    """
    text = doc.text
    party = "Democrat" if text.endswith("Democrat", span.start, _phrase_end(text, span)) else "Republican"
    # "Sen. Chris Van Hollen, D-Md.," / "(R-Texas)": the wires' party and state tag.
    tag = _PARTY_TAG[party]
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, span.start, key=_start) - 1
    stop = max(-1, i - _RECENT_MENTIONS)
    while i > stop:
        m = mentions[i]
        if (
            m.kind in _COORDINATED
            and len(m.actors) == 1
            and (
                (m.kind is _MENTION_TITLE and text.find(party, m.span.start, m.span.end) >= 0)
                or tag.match(text, m.span.end) is not None
            )
            and _persons(doc, m.actors)
        ):
            return m.actors
        i -= 1
    return ()


def _issuer(doc: Document, comma: int) -> tuple[str, ...]:
    """
    Who "issued a statement" in the clause that ends at the comma at offset *comma*.

    "Uganda's foreign ministry issued a statement, which said ...": "which" is the statement,
    and a statement speaks for whoever issued it, the clause's subject (read as a speaker
    phrase from the sentence's start, or from its last comma: "On Tuesday, the ministry").
    """
    text = doc.text
    tail = _ISSUED_TAIL.search(text, max(0, comma - _ANTECEDENT_REACH), comma)
    if tail is None:
        return ()
    sentences = doc.sentences
    at = bisect.bisect_right(sentences, tail.start(), key=_span_start) - 1
    start = sentences[at].start if at >= 0 else 0
    start = max(start, text.rfind(",", start, tail.start()) + 1)
    while start < tail.start() and text[start].isspace():
        start += 1
    if start >= tail.start():
        return ()
    return resolve_speaker(doc, Span(start=start, end=tail.start()))


def _unnamed_antecedent(doc: Document, span: Span) -> tuple[str, ...]:
    """
    The group of one a definite "the official/diplomat/source" refers back to.

    "A Ghanaian diplomat, who asked not to be named, said ... The diplomat said ...": the
    antecedent is the last use of the same noun before the phrase, when the entity stage made
    it a group ("Ghanaian diplomat"). A last use that is no group (a named diplomat, a
    diplomat of no country) resolves to nothing rather than to an older one.
    """
    text = doc.text
    if not text.startswith(("the ", "The "), span.start):
        return ()
    found = _UNNAMED_ANAPHOR.fullmatch(text, span.start, span.end)
    if found is None:
        return ()
    noun = found.group(1).casefold()
    window = max(0, span.start - _UNNAMED_REACH)
    stop = span.start
    for attempt in range(_UNNAMED_TRIES):
        # "Officials in Lima said": a use opening its sentence counts too.
        at = max(text.rfind(noun, window, stop), text.rfind(noun.capitalize(), window, stop))
        if at < 0:
            # "Ecuador's foreign minister, Gabriela Sommerfeld, told local radio ... "Nothing is
            # automatic," the diplomat said": with no diplomat introduced before, the one who
            # holds a diplomatic office and opened the sentence before.
            return _diplomat_subject(doc, span) if attempt == 0 and noun == "diplomat" else ()
        end = at + len(noun)
        if not text[end : end + 1].isalpha() and not _DEFINITE_ANAPHOR.search(text, max(0, at - 16), at):
            actors = _before_comma(doc, end)
            return actors if _groups(doc, actors) else ()
        # "officials": part of a longer word; "the official said ... the official said": an
        # earlier use of the same anaphor, whose antecedent is this one's too. Try the use before.
        stop = at
    return ()


def _it_antecedent(doc: Document, span: Span) -> tuple[str, ...]:
    """
    Who "it" speaks for: the body or document whose statement the sentence before reported.

    Only a source phrase that ends in an institution's or a document's noun ("Noboa's office",
    "the ministry", "the statement") is an "it"; a person ("Petro said ... It said") is not.
    """
    sentences = doc.sentences
    at = bisect.bisect_right(sentences, span.start, key=_span_start) - 1
    if at < 1 or mentions_in(doc, Span(start=sentences[at].start, end=span.start)):
        return ()
    prev = sentences[at - 1]
    text = doc.text
    for statement in reversed(doc.statements[-_TAG_STATEMENTS:]):
        cue, source = statement.cue, statement.speaker_mention
        if cue is None or not prev.start <= cue.start < prev.end:
            continue
        if source is None:
            return ()
        end = _phrase_end(text, source)
        last = text[max(text.rfind(" ", source.start, end), source.start) + 1 : end].casefold()
        return statement.speakers if last in _IT_NOUNS else ()
    return ()


def _diplomat_subject(doc: Document, span: Span) -> tuple[str, ...]:
    """The previous sentence's subject (or the person its tag names), if a diplomat by office."""
    subject = _previous_subject(doc, span)
    by_id, _ = _actor_index(doc)
    actor = by_id.get(subject[0]) if len(subject) == 1 else None
    if not isinstance(actor, Person):
        return ()
    diplomatic = any(word in r.title.casefold() for r in actor.roles for word in _DIPLOMATIC_TITLE_WORDS)
    return subject if diplomatic else ()


def _described_antecedent(doc: Document, span: Span) -> tuple[str, ...]:
    """
    The person a "the analyst", "the Abuja-based economist" refers back to.

    Commentators are introduced with a description that is no role ("Kabiru Adamu, a security
    analyst and managing director of ...", "political analyst Macharia Munene"); the last use
    of the same noun before the phrase gives the person named right before it (set off by a
    comma) or right after it. The phrase may have at most two modifiers before the noun.
    """
    text = doc.text
    found = _DESCRIBED.fullmatch(text, span.start, _phrase_end(text, span))
    if found is None:
        return ()
    noun = found.group(1).casefold()
    window = max(0, span.start - _UNNAMED_REACH)
    at = text.rfind(noun, window, span.start)
    if at >= 0:
        return _described_person(doc, at, noun)
    # "Christian Wagner, a senior fellow at ...; the scholar told VOA": no earlier use of this
    # noun, so the commentator described last by another one, unless a person the entity
    # stage missed, or anyone else, was named after that sentence ("Her colleague, Liesl
    # Louw-Vaudran, was more skeptical. The expert added").
    for other in _COMMENTATOR_NOUNS:
        other_at = text.rfind(other, window, span.start)
        if other_at > at:
            at, noun = other_at, other
    if at < 0:
        return ()
    person = _described_person(doc, at, noun)
    # (The description's sentence may end a paragraph: ".\n\n" as well as ". ".)
    stop = _sentence_end(doc, at)
    if stop >= span.start:
        return person
    if _missed_name(doc, stop, span.start):
        return ()
    if _names_person(doc, stop, span.start, but=person):
        # "Her colleague, Liesl Louw-Vaudran, was more skeptical. She said ... The expert
        # added": the commentator the story has just turned to, when the sentence before
        # opens with that person or with one who holds no office (an official is no
        # "expert"); "Hassan also questioned ... The analyst said" is still the fellow.
        subject = _previous_subject(doc, span)
        return subject if subject and (subject == person or _unofficial(doc, subject)) else ()
    return person


def _described_person(doc: Document, at: int, noun: str) -> tuple[str, ...]:
    """The person a description's noun at *at* is about: named right after it or before it."""
    text = doc.text
    if text[at + len(noun) : at + len(noun) + 1].isalpha():
        return ()
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, at, key=_start)
    # Named right after the noun: "political analyst Macharia Munene".
    if i < len(mentions) and mentions[i].span.start - (at + len(noun)) in {1, 2} and mentions[i].actors:
        return _person_ids(doc, mentions[i].actors)
    # Named before it, set off by a comma: "Kabiru Adamu, a security analyst".
    comma = text.rfind(", ", max(0, at - _DESCRIBED_REACH), at)
    if comma < 0 or text.find(".", comma, at) >= 0:
        return ()
    return _person_ids(doc, _before_comma(doc, comma))


def _definite_antecedent(doc: Document, span: Span) -> tuple[str, ...]:
    """
    Whom a definite phrase no mention covers refers back to, read by its last word.

    "The latter", "the leftist leader", "the statement", "the spokesperson", "the two", "the
    host": each looks only at what the text said before (see the readers). One dictionary
    probe of the last word picks the reader, so most phrases cost no regular expression.
    """
    text = doc.text
    end = _phrase_end(text, span)
    if text.find("-year-old", span.start, end) >= 0:
        return (
            _person_ids(doc, _previous_subject(doc, span)) if _AGED.fullmatch(text, span.start, end) else ()
        )
    last = text[max(text.rfind(" ", span.start, end), span.start) + 1 : end].casefold()
    kind = _DEFINITE_HEADS.get(last)
    if kind is None:
        return ()
    if kind == "document":
        return _document_antecedent(doc, span)
    if kind == "spokes":
        return _spokesperson_antecedent(doc, span)
    if kind == "two":
        return _bare_pair(doc, span)
    if kind == "host":
        return _host_or_guest(doc, span)
    if kind == "office":
        return _presidential_office(doc, span)
    if kind == "rank":
        return _rank_holder(doc, span, last)
    if kind == "realm":
        return _realm(doc, last)
    return _title_or_pair(doc, span)


def _realm(doc: Document, noun: str) -> tuple[str, ...]:
    """
    The one monarchy among the story's countries that "the kingdom" / "the sultanate" is.

    "Ramaphosa arrived in Riyadh ... The kingdom pledged to invest": of Saudi Arabia and
    South Africa only the first is a kingdom. Two kingdoms (Jordan and Morocco) or none
    leave the phrase unresolved.
    """
    realms = _REALMS[noun]
    found = [a.id for a in doc.actors if a.kind is _COUNTRY and a.country in realms]
    return (found[0],) if len(found) == 1 else ()


def _rank_holder(doc: Document, span: Span, rank: str) -> tuple[str, ...]:
    """
    The person "the general" or "the admiral" refers back to: the last one named with that rank.

    "Gen. Dan Caine met ... The general said": the entity stage gives the rank as a role
    ("General", "Lieutenant General"), and the last person named before the phrase who
    holds it is meant. A person never given the rank is not guessed at ("Defense Minister
    Phan Van Giang ... The general added" stays unresolved).
    """
    if rank != "monarch" and _RANKED.fullmatch(doc.text, span.start, _phrase_end(doc.text, span)) is None:
        return ()
    titles = _MONARCHS if rank == "monarch" else (rank,)
    by_id, _ = _actor_index(doc)
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, span.start, key=_start) - 1
    stop = max(0, i - _RECENT_MENTIONS)
    while i >= stop:
        m = mentions[i]
        i -= 1
        actor = by_id.get(m.actors[0]) if len(m.actors) == 1 else None
        if isinstance(actor, Person) and any(_holds_rank(r.title.casefold(), titles) for r in actor.roles):
            return (actor.id,)
    return ()


def _holds_rank(title: str, ranks: tuple[str, ...]) -> bool:
    """Whether *title* is one of *ranks* or a grade of one ("lieutenant general", not "attorney general")."""
    if title in ranks:
        return True
    words = title.split()
    return len(words) > 1 and words[-1] in ranks and words[-2] in _RANK_GRADES


def _presidential_office(doc: Document, span: Span) -> tuple[str, ...]:
    """
    The president whose office "the presidential office" is, when the story has only one.

    A leader's office speaks for the leader ("Ruto's office said"); the bare phrase names
    no one, but a story with a single president (a Yonhap report of "President Lee" meeting
    a prime minister) leaves no doubt; a bare "the office" after it is the same office.
    With two presidents it is left unresolved.
    """
    text = doc.text
    end = _phrase_end(text, span)
    if _PRESIDENTIAL_OFFICE.fullmatch(text, span.start, end) is None and not (
        # "..., according to the office": the presidential office named before.
        end - span.start == len("the office")
        and text.find("presidential office", max(0, span.start - _UNNAMED_REACH), span.start) >= 0
    ):
        return ()
    presidents = [
        a
        for a in doc.actors
        if isinstance(a, Person) and any(r.title.casefold() == "president" for r in a.roles)
    ]
    if len(presidents) > 1:
        # "SEOUL, Nov. 27 (Yonhap) -- President Lee ... and Mongolian President ...": the
        # office of the president at home where the story is filed.
        home = _dateline_country(doc)
        presidents = [a for a in presidents if home is not None and a.country == home]
    return (presidents[0].id,) if len(presidents) == 1 else ()


def _dateline_country(doc: Document) -> str | None:
    """The country of the dateline's city ("SEOUL" -> "KR"), when the entity stage placed it."""
    dateline = doc.source.dateline
    if not dateline:
        return None
    city = dateline.split(",", 1)[0].strip().casefold()
    return next((p.country for p in doc.places if p.name.casefold() == city), None)


def _title_or_pair(doc: Document, span: Span) -> tuple[str, ...]:
    """
    "The latter" and "the former", or a title after lower-case modifiers ("the leftist leader").

    "The latter" and "the former" are the two people named last in one sentence (when no full
    name the entity stage missed lies between them and the phrase); "the leftist leader" is
    the subject of the sentence before, if that person holds the title and the phrase opens
    its own sentence.
    """
    text = doc.text
    end = _phrase_end(text, span)
    pair = _LATTER_FORMER.fullmatch(text, span.start, end)
    if pair is not None:
        return _latter_or_former(doc, span, former=pair.group(1) == "former")
    titled = _MODIFIED_TITLE.fullmatch(text, span.start, end)
    if (
        titled is None
        and text.endswith("monarch", span.start, end)
        and end - span.start == len("the monarch")
    ):
        # "Jordan's King Abdullah II met ... The monarch said": the last reigning person named.
        return _rank_holder(doc, span, "monarch")
    if titled is None or not _NOT_SUBJECT_MODIFIERS.isdisjoint(titled.group(1).casefold().split()):
        return ()
    subject = _previous_subject(doc, span)
    if len(subject) != 1:
        return ()
    by_id, _ = _actor_index(doc)
    actor = by_id.get(subject[0])
    title = " ".join(titled.group(2).casefold().split())
    if not isinstance(actor, Person):
        return ()
    return subject if any(_title_matches(r.title, title) for r in actor.roles) else ()


def _document_antecedent(doc: Document, span: Span) -> tuple[str, ...]:
    """
    Who issued the document "the statement" or "the readout" refers back to.

    The last use of the same noun that is no definite repetition says who: "a statement from
    Kenya's State House", "a Pentagon readout", "In a statement, Vietnam's Foreign Ministry
    said", "the palace said in a statement". A document whose issuer is not named ("a joint
    statement released after the talks") gives nothing.
    """
    text = doc.text
    if not text.startswith(("the ", "The "), span.start):
        return ()
    found = _DOCUMENT_ANAPHOR.fullmatch(text, span.start, span.end)
    if found is None:
        return ()
    noun = found.group(1).casefold()
    if text.rfind(noun, max(0, span.start - _UNNAMED_REACH), span.start) < 0:
        # "the Prime Minister's Office (PMO) said ... According to the PMO, ... the statement
        # added": no document named before, so the body that has just spoken issued it.
        return _last_body_speaking(doc)
    at = _indefinite_use(text, noun, span.start)
    issuer = _issued_by(doc, at, at + len(noun)) if at >= 0 else ()
    if len(issuer) == 1 and (found.group().casefold().find("joint") >= 0 or _joint_before(text, at)):
        # "In his remarks at the joint press statement, Mr. Modi said ... According to the joint
        # statement": a joint document is no one person's.
        return ()
    return issuer


def _joint_before(text: str, at: int) -> bool:
    """Whether "joint" qualifies the document noun at *at* ("a joint press statement")."""
    return text.find("joint", max(0, at - _JOINT_REACH), at) >= 0


def _last_body_speaking(doc: Document) -> tuple[str, ...]:
    """The one organization among the speakers of the last few statements, the latest first."""
    by_id, _ = _actor_index(doc)
    for statement in reversed(doc.statements[-_TAG_STATEMENTS:]):
        speakers = statement.speakers
        actor = by_id.get(speakers[0]) if len(speakers) == 1 else None
        if actor is not None and actor.kind is _ORGANIZATION:
            return speakers
    return ()


def _indefinite_use(text: str, noun: str, before: int) -> int:
    """
    Where the last whole-word use of *noun* before *before* that is no definite repetition is.

    "the statement said ... according to the statement": the use before the repetition, which
    introduced the document (or the spokesperson). Parts of longer words ("statements",
    "misstatement") are skipped; at most `_DOCUMENT_TRIES` uses within `_UNNAMED_REACH`
    characters are tried. -1 if none.
    """
    window = max(0, before - _UNNAMED_REACH)
    stop = before
    for _ in range(_DOCUMENT_TRIES):
        at = text.rfind(noun, window, stop)
        if at < 0:
            return -1
        stop = at
        end = at + len(noun)
        if text[end : end + 1].isalpha() or (at > 0 and text[at - 1].isalpha()):
            continue
        if _DEFINITE_BEFORE.search(text, max(0, at - 24), at):
            continue
        return at
    return -1


def _issued_by(doc: Document, at: int, end: int) -> tuple[str, ...]:
    """Who issued the document whose noun runs from *at* to *end* (an indefinite use)."""
    text = doc.text
    after = _ISSUER_AFTER.match(text, end)
    if after is not None:
        # "a statement from Kenya's State House on Tuesday": the phrase up to the end of the
        # last mention before the clause's next punctuation.
        start = after.end()
        limit = min(_sentence_end(doc, start), start + _ANTECEDENT_REACH)
        stop = next((i for i in range(start, limit) if text[i] in _PHRASE_STOPS), limit)
        inside = mentions_in(doc, Span(start=start, end=stop))
        if not inside or inside[0].span.start != start:
            return ()
        phrase_end = max(m.span.end for m in inside if m.span.end <= stop)
        return resolve_speaker(doc, Span(start=start, end=phrase_end))
    # "a Pentagon readout", "a Vietnamese government statement": a mention right before the noun.
    named = _before_comma(doc, at)
    if named:
        return named
    if text.startswith(",", end):
        # "In a statement, Vietnam's Foreign Ministry said ...": the subject after the comma,
        # up to its reporting verb.
        sentence = _sentence_end(doc, end)
        for word in _WORD.finditer(text, end + 1, sentence):
            # (A capitalised word is part of the subject: "State Department spokesperson".)
            if word.group()[0].islower() and verb_cue(word.group()) is not None:
                start = end + 1
                while start < word.start() and text[start].isspace():
                    start += 1
                return (
                    resolve_speaker(doc, Span(start=start, end=word.start())) if start < word.start() else ()
                )
        return ()
    said = _SAID_IN_BEFORE.search(text, max(0, at - _ANTECEDENT_REACH), at)
    if said is not None and verb_cue(said.group(1)) is not None:
        # "the palace said in a statement": the clause's subject, read from the sentence's
        # start or its last comma before the verb.
        sentences = doc.sentences
        i = bisect.bisect_right(sentences, said.start(), key=_span_start) - 1
        start = sentences[i].start if i >= 0 else 0
        start = max(start, text.rfind(",", start, said.start()) + 1)
        while start < said.start() and text[start].isspace():
            start += 1
        return resolve_speaker(doc, Span(start=start, end=said.start())) if start < said.start() else ()
    return ()


def _their_office_holders(doc: Document, span: Span) -> tuple[str, ...]:
    """
    The holders of an office in the countries "their" stands for: "their foreign ministers".

    "Their" is the plural subject its sentence opens with, when that is two countries or more
    ("Chile and Argentina on Wednesday played down ..."); each must have one holder.
    """
    text = doc.text
    found = _THEIR_OFFICE.fullmatch(text, span.start, _phrase_end(text, span))
    if found is None:
        return ()
    singular = " ".join(found.group(1).casefold()[:-1].split())
    if singular != "leader" and tuple(singular.split(" ")) not in lexicon().titles:
        return ()
    sentences = doc.sentences
    at = bisect.bisect_right(sentences, span.start, key=_span_start) - 1
    if at < 0:
        return ()
    sentence = sentences[at]
    inside = mentions_in(doc, Span(start=sentence.start, end=span.start))
    if not inside or not _opens_sentence(text[sentence.start : inside[0].span.start]):
        return ()
    by_id, _ = _actor_index(doc)
    countries: list[str] = []
    for actor_id in _coordinated(text, inside, 0):
        actor = by_id.get(actor_id)
        if actor is None or actor.kind is not _COUNTRY or actor.country is None:
            return ()
        countries.append(actor.country)
    return _holders(doc, countries, singular) if len(countries) >= _PLURAL else ()


def _bare_pair(doc: Document, span: Span) -> tuple[str, ...]:
    """
    The two people "the two" stands for when the entity stage made no mention of it.

    ", with the two agreeing that ...": the last two people named in the sentence, or in
    the one before when it names them (and no full name the entity stage missed lies after).
    """
    text = doc.text
    if _BARE_TWO.fullmatch(text, span.start, _phrase_end(text, span)) is None:
        return ()
    pair = _last_two_people(doc, span)
    if pair is None:
        return ()
    last, first = pair
    return tuple(dict.fromkeys((*first.actors, *last.actors)))


def _host_or_guest(doc: Document, span: Span) -> tuple[str, ...]:
    """
    Who "the host" or "the guest" is: the subject or the object of the last "hosted".

    "Indian Defence Minister Rajnath Singh hosted his Australian counterpart Richard Marles
    ... the host said": the person named right before the verb; "the guest" (or "the
    visitor") is the first person named after it.
    """
    text = doc.text
    if not text.startswith(("the ", "The "), span.start):
        return ()
    found = _HOST_ANAPHOR.fullmatch(text, span.start, span.end)
    if found is None:
        return ()
    window = max(0, span.start - _UNNAMED_REACH)
    at = text.rfind("host", window, span.start)
    while at >= 0 and (_HOSTED.match(text, at) is None or (at > 0 and text[at - 1].isalpha())):
        at = text.rfind("host", window, at)
    if at < 0:
        return ()
    verb = _HOSTED.match(text, at)
    if verb is None:
        return ()
    if found.group(1) == "host":
        return _person_ids(doc, _before_comma(doc, at))
    stop = min(verb.end() + _GUEST_REACH, _sentence_end(doc, verb.end()))
    for m in _starting_in(doc, verb.end(), stop):
        if m.kind in {_MENTION_PRONOUN, _MENTION_DEMONYM} or not m.actors:
            continue
        return _person_ids(doc, m.actors)
    return ()


def _spokesperson_antecedent(doc: Document, span: Span) -> tuple[str, ...]:
    """
    Whom "the spokesperson" speaks for: the body its indefinite first use named.

    "A Downing Street spokesperson said ... The spokesperson added": the last use of the noun
    that is no definite repetition, read from its article ("a", "an") as a speaker phrase. A
    last use with no article close before it (a named spokesperson the entity stage would
    have linked) gives nothing.
    """
    text = doc.text
    if not text.startswith(("the ", "The "), span.start):
        return ()
    found = _SPOKES_ANAPHOR.fullmatch(text, span.start, span.end)
    if found is None:
        modified = _MODIFIED_SPOKES.fullmatch(text, span.start, _phrase_end(text, span))
        if modified is None or text.rfind("spokes", max(0, span.start - _UNNAMED_REACH), span.start) >= 0:
            return ()
        # "Chief Cabinet Secretary Minoru Kihara told a news conference ... The top government
        # spokesman said": with no spokesperson named before, the description is the previous
        # sentence's subject's.
        return _person_ids(doc, _previous_subject(doc, span))
    noun = found.group(1)
    # An earlier "the spokesperson" is the same person, introduced before it.
    at = _indefinite_use(text, noun, span.start)
    if at < 0:
        return ()
    lo = max(0, at - _SPOKES_PHRASE)
    openers = [i + 1 for i in (text.rfind(" a ", lo, at), text.rfind(" an ", lo, at)) if i >= 0]
    for opener in ("A ", "An "):
        capital = text.rfind(opener, lo, at)
        if capital >= 0 and (capital == 0 or not text[capital - 1].isalnum()):
            openers.append(capital)
    article = max(openers, default=-1)
    if article < 0 or any(c in text[article:at] for c in ".,;:\n"):
        return ()
    return resolve_speaker(doc, Span(start=article, end=at + len(noun)))


def _sentence_end(doc: Document, offset: int) -> int:
    """The end of the sentence *offset* lies in (the text's end outside every sentence)."""
    sentences = doc.sentences
    i = bisect.bisect_right(sentences, offset, key=_span_start) - 1
    if i >= 0 and sentences[i].end > offset:
        return sentences[i].end
    return len(doc.text)


def _previous_subject(doc: Document, span: Span) -> tuple[str, ...]:
    """The subject of the sentence before *span*'s, if *span* is the first mention of its own."""
    sentences = doc.sentences
    at = bisect.bisect_right(sentences, span.start, key=_span_start) - 1
    if at < 1 or mentions_in(doc, Span(start=sentences[at].start, end=span.start)):
        return ()
    prev = sentences[at - 1]
    if doc.text[prev.start] in _QUOTE_OPENERS:
        # '"Africa is not a charity case," Lula told a forum. The 80-year-old said': a
        # sentence that opens with a quotation is about whom its tag names.
        return _tag_speaker(doc, prev)
    inside = mentions_in(doc, prev)
    if not inside or not _opens_sentence(doc.text[prev.start : inside[0].span.start]):
        return ()
    first = inside[0].span.start
    for m in inside:
        if m.span.start != first:
            break
        if m.kind is _MENTION_PRONOUN and doc.text[m.span.start : m.span.end].casefold() in POSSESSIVES:
            return ()  # "Her colleague, Marta Nowak, was more skeptical": the colleague is the subject
        if m.actors and m.kind is not _MENTION_DEMONYM:
            return m.actors
    return ()


def _tag_speaker(doc: Document, sentence: Span) -> tuple[str, ...]:
    """
    The one person a statement cued in *sentence* is attributed to, if any.

    The statement stage has read the sentence before the one being resolved, so its last few
    statements hold the tag of a quotation ('"...," Lula told a business forum.').
    """
    for statement in reversed(doc.statements[-_TAG_STATEMENTS:]):
        cue = statement.cue
        if cue is not None and sentence.start <= cue.start < sentence.end:
            return _person_ids(doc, statement.speakers)
    return ()


def _latter_or_former(doc: Document, span: Span, *, former: bool) -> tuple[str, ...]:
    """The second (or first) of the last two people named before *span*, in one sentence."""
    pair = _last_two_people(doc, span)
    if pair is None:
        return ()
    last, first = pair
    return first.actors if former else last.actors


def _last_two_people(doc: Document, span: Span) -> tuple[Mention, Mention] | None:
    """
    The mentions of the last two people named before *span* (the latest first).

    Both must be in one sentence, and no full name that no mention covers may lie between
    the later one and *span* (a person the entity stage missed would be the one meant).
    """
    by_id, _ = _actor_index(doc)
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, span.start, key=_start) - 1
    window = max(0, span.start - _LATTER_REACH)
    people: list[Mention] = []  # the latest first
    while i >= 0 and mentions[i].span.start >= window and len(people) < _PLURAL:
        m = mentions[i]
        i -= 1
        if m.kind not in _COORDINATED or len(m.actors) != 1:
            continue
        actor = by_id.get(m.actors[0])
        if actor is None or actor.kind is not _PERSON:
            continue
        if people and (m.actors == people[-1].actors or m.span.end > people[-1].span.start):
            continue  # the same person again, or a title phrase around the name just taken
        people.append(m)
    if len(people) < _PLURAL:
        return None
    last, first = people
    sentences = doc.sentences
    if bisect.bisect_right(sentences, first.span.start, key=_span_start) != bisect.bisect_right(
        sentences, last.span.start, key=_span_start
    ):
        return None
    if _missed_name(doc, last.span.end, span.start):
        return None  # "... and Mario Lubetkin of Uruguay": the latter is a person with no actor
    return last, first


def _missed_name(doc: Document, start: int, end: int) -> bool:
    """
    Whether a full name no mention covers lies between *start* and *end*.

    Two capitalised words in a row that no mention covers ("Mario Lubetkin") are a person the
    entity stage missed; one such word is more often a place or a day ("in Accra on Monday").
    """
    text = doc.text
    covered = mentions_in(doc, Span(start=start, end=end))
    previous_end = -1  # where the last capitalised word no mention covers ended
    for word in _WORD.finditer(text, start, end):
        at = word.start()
        if not word.group()[0].isupper() or any(m.span.start <= at < m.span.end for m in covered):
            continue
        if previous_end >= 0 and text[previous_end:at] == " ":
            return True
        previous_end = word.end()
    return False


def _names_person(doc: Document, start: int, end: int, *, but: tuple[str, ...] = ()) -> bool:
    """Whether a person (other than *but*) is named, not by title or pronoun, in *start*..*end*."""
    return any(
        m.kind is _MENTION_NAME and m.actors != but and _persons(doc, m.actors)
        for m in mentions_in(doc, Span(start=start, end=end))
    )


def _person_ids(doc: Document, ids: tuple[str, ...]) -> tuple[str, ...]:
    """*ids* if they name one person, else nothing."""
    if len(ids) != 1:
        return ()
    by_id, _ = _actor_index(doc)
    actor = by_id.get(ids[0])
    return ids if actor is not None and actor.kind is _PERSON else ()


def _unofficial(doc: Document, ids: tuple[str, ...]) -> tuple[str, ...]:
    """*ids* if they name one person with no role, else nothing."""
    if len(ids) != 1:
        return ()
    by_id, _ = _actor_index(doc)
    actor = by_id.get(ids[0])
    return ids if isinstance(actor, Person) and not actor.roles else ()


def _groups(doc: Document, ids: tuple[str, ...]) -> bool:
    """Whether *ids* name one group."""
    return len(ids) == 1 and any(a.id == ids[0] and a.kind is _GROUP for a in doc.actors)


def _phrase_end(text: str, span: Span) -> int:
    """The end of *span* without the spaces and commas that close it."""
    end = span.end
    while end > span.start and text[end - 1] in " ,":
        end -= 1
    return end


def _skip_space_back(text: str, end: int) -> int:
    """``len(text[:end].rstrip())``, without copying the text before *end*."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _before_comma(doc: Document, comma: int) -> tuple[str, ...]:
    """The actors of the outermost mention that ends just before the comma at offset *comma*."""
    text = doc.text
    end = _skip_space_back(text, comma)
    mentions = doc.mentions
    i = bisect.bisect_left(mentions, end, key=_start) - 1
    found: Mention | None = None
    # Mentions are sorted by start: those ending at *end* start at most a few words before.
    while i >= 0 and end - mentions[i].span.start <= _ANTECEDENT_REACH:
        m = mentions[i]
        if m.span.end == end and m.actors and m.kind is not _MENTION_DEMONYM:
            found = m  # keep walking left: the outermost mention wins
        i -= 1
    if found is None and end > 0 and text[end - 1] == ")":
        # "the Qatar News Agency (QNA), which said": a short parenthesis (an acronym, a
        # party, "pictured") after the name.
        opening = text.rfind("(", max(0, end - _PARENTHESIS), end)
        if opening > 0 and text.find(")", opening, end - 1) < 0:
            return _before_comma(doc, opening)
    return found.actors if found is not None else ()


def _persons(doc: Document, ids: tuple[str, ...]) -> bool:
    """Whether *ids* name people (the first one decides)."""
    if not ids:
        return False
    return any(a.id == ids[0] and a.kind is _PERSON for a in doc.actors)


def actors_in(doc: Document, span: Span, kinds: Collection[MentionKind] | None = None) -> list[str]:
    """
    Actor ids mentioned inside *span*, in order of first mention, each once.

    Args:
        doc: A document the entity stage has run over.
        span: Offsets into ``doc.text``.
        kinds: Only mentions of these kinds (default: all, pronouns included).
    """
    seen: dict[str, None] = {}
    for m in mentions_in(doc, span):
        if kinds is None or m.kind in kinds:
            for actor in m.actors:
                seen.setdefault(actor, None)
    return list(seen)


def places_in(doc: Document, span: Span) -> list[str]:
    """Place ids mentioned inside *span*, in order of first mention, each once."""
    seen: dict[str, None] = {}
    for m in mentions_in(doc, span):
        if m.place is not None:
            seen.setdefault(m.place, None)
    return list(seen)
