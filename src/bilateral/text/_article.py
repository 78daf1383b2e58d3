"""
Recovering the parts of a news page from its text: headline, byline, dateline, body.

Pages copied from news sites carry site furniture around the article: a breadcrumb
("Home » World » ..."), the headline (sometimes twice), a byline, a publication line, and
after the story "You may also like", comment forms and spam-filter notices. `parse_article`
finds these by the shape of whole lines, so bare text (paragraphs only, as in most corpora)
comes back as all body. Every offset indexes the text as given.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from bilateral.model import Author, Span
from bilateral.text._calendar import MONTHS, WEEKDAYS
from bilateral.text._dates import parse_printed_date
from bilateral.text._document import Article, Document
from bilateral.text._lexicons import EntryKind, lexicon, tokenize
from bilateral.text._segment import line_blocks, line_ranges, strip_span

__all__ = ["ArticleStage", "parse_article"]

#: Lines longer than this are never furniture (headline, byline, date, boilerplate).
_SHORT = 300
#: How many non-blank lines at the top may hold the headline, byline and date.
_HEADER_LINES = 8
_TITLE_MAX = 200
_TITLE_MAX_WORDS = 30
_ROLE_MAX_WORDS = 8
_NAME_MAX_TOKENS = 6
_SECTION_MAX = 40
#: A lone crumb after "Home" is a section only when it is this short ("World News").
_SECTION_WORDS = 3
#: Section labels printed alone above a headline (a kicker): "Africa", "World News", "ANALYSIS".
#: Places and regions the gazetteer knows count too ("East Africa", "Middle East").
_KICKERS = frozenset(
    {"world", "world news", "news", "politics", "diplomacy", "analysis", "exclusive", "opinion", "business",
     "economy", "international", "nation", "national", "region", "americas", "asia pacific", "asia-pacific",
     "middle east", "africa", "europe", "asia", "usa", "us news", "u.s.", "south asia", "east asia",
     "latin america", "explainer", "interview", "feature", "features", "breaking news", "live", "defense",
     "defence", "security", "trade", "foreign affairs", "global", "top stories"}
)  # fmt: skip
_KICKER_WORDS = 3
#: Without a "Home" crumb, a trail needs this many crumbs to be told from a headline.
_MIN_CRUMBS = 3
_LINK_MAX = 150

_SPACES = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")

# -- breadcrumbs ---------------------------------------------------------------------------
#: Guillemets and arrows separate crumbs as they are; ">" and "/" only with spaces around them,
#: since they also occur inside headlines ("Senkaku/Diaoyu").
_CRUMB_SEPARATOR = re.compile(r"\s*[\u00bb\u203a\u2192\u226b]\s*|\s+[>/|]\s+")
_HOME = frozenset({"home", "homepage", "home page", "start", "front page", "main", "news", "inicio"})

# -- bylines -------------------------------------------------------------------------------
_BYLINE = re.compile(r"(?i:(?:written|posted|story|words|reported)\s+)?(?i:by)(?:\s*:\s*|\s+)(?P<rest>\S.*)")
_ROLE_SEPARATOR = re.compile(r"\s+[-\u2013\u2014|]\s+|\s*[|\u2022\u00b7]\s*")
_NAME_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
#: The outlet glued to the last name when a byline and the outlet line under it are copied
#: onto one line: AP prints the names in capitals ("By MAURICIO SAVARESE and ASTRID SUÁREZ
#: Associated Press"), so words in lower case after two or more in capitals are the outlet;
#: a wire service's name ends a name in any case ("By Jane Doe Reuters").
_GLUED_OUTLET = re.compile(
    r"(?<=[A-Z\u00c0-\u00de][ \t])(?:[A-Z][a-z][\w.'\u2019-]*[ \t]*){1,4}\Z"
    r"|[ \t]+(?:Associated[ \t]+Press|Reuters|AFP|Agence[ \t]+France-Presse|Bloomberg|VOA(?:[ \t]+News)?)\Z"
)
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "van",
        "von",
        "bin",
        "al",
        "el",
        "la",
        "le",
        "del",
        "der",
        "du",
        "ibn",
        "di",
        "dos",
        "das",
        "y",
        "ter",
        "den",
    }
)
_NAME_TOKEN = re.compile(r"[A-Z\u00c0-\u024f][\w'\u2019.-]*|[A-Z]\.")
_NOT_NAMES = (
    WEEKDAYS
    | MONTHS
    | {
        "accident",
        "chance",
        "comparison",
        "contrast",
        "default",
        "design",
        "far",
        "law",
        "now",
        "that",
        "the",
        "then",
        "this",
    }
)

#: The outlet printed under a byline: "Associated Press", "VOA News", "Voice of America".
_AFFILIATION = re.compile(
    r"[A-Z][\w&'\u2019.-]*(?:[ \t\u00a0]+(?:of|the|for|and|[A-Z][\w&'\u2019.-]*)){0,4}(?<!\.)"
)

#: A wire service's tag before a headline: "UPDATE 2-", "REFILE-", "EXCLUSIVE-", "Analysis:",
#: and the bracketed ones of Yonhap and Xinhua: "(LEAD) ", "(2nd LD) ", "(URGENT) ",
#: "(News Focus) ", "(Yonhap Interview) ", "(Update) ".
_TITLE_TAG = re.compile(
    r"(?:(?:UPDATE|WRAPUP)[ \t]*\d+|RPT|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|EXPLAINER|"
    r"BREAKING|Exclusive|Analysis|Factbox|Explainer|Breaking)[ \t]*[-:][ \t]*(?=[A-Z\u201c\"'\u2018])"
    r"|\((?:LEAD|URGENT|\d+(?:st|nd|rd|th)[ \t]+LD|(?:UPDATE|Update)(?:[ \t]+\d+)?"
    r"|(?:(?:Yonhap|News|Xinhua|XINHUA)[ \t]+)?(?:Focus|FOCUS|Interview|INTERVIEW|Analysis|Feature|FEATURE))"
    r"(?:[ \t]*,[ \t]*(?:LEAD|CORRECTED|Corrected|URGENT))?\)[ \t]*(?=[A-Z\u201c\"'\u2018])"
)

#: How many words an author's name printed without "By" may have (see `_bare_byline`).
_BARE_NAME_WORDS = (2, 4)
#: A rule across the page ("___", "* * *", "----"): after the story, the credits follow it.
_RULE = re.compile(r"[_=~#-]{3,}|(?:\*[ \t]*){3,}")
#: How many short lines after a rule are taken as credits.
_CREDIT_LINES = 4

#: A sign-off at the end of the story's last line: "... and education. Enditem", "(END)".
_SIGNOFF = re.compile(r"([.!?\u201d\"][ \t]+)(?:Enditem|ENDITEM|\(END\)|\(Ends\)|\(ENDS\))[ \t]*\Z")
_SIGNOFF_MAX = 20
#: How many lines under the header a labelled date line may stand (below a standfirst).
_STANDFIRST_LINES = 3

# -- publication lines ---------------------------------------------------------------------
_DATE_LABEL = re.compile(
    r"(?i:(?P<label>published|updated|update|last\s+updated|first\s+published|posted|date|modified|issued)"
    r"(?:\s+on)?\s*[:\u2013-]?\s*)?"
    r"(?P<rest>.+)"
)
#: A clock time after the date: "10:44 AM", "at 10:44 a.m. EST", "| 10:44 GMT+1", and the
#: zone in brackets as Korean pages print it ("10:14 (KST)").
_CLOCK = re.compile(
    r"(?:\s*[,|•·\u2013\u2014-]?\s*(?i:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?i:[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,5}|\([A-Z]{2,5}\)|(?i:GMT|UTC)\s*[+-]?\d{0,2}(?::?\d{2})?))?)\s*$"
)

# -- datelines -----------------------------------------------------------------------------
#: "WASHINGTON —", "NEW DELHI (Reuters) -", "KYIV, Ukraine (AP) —", "UNITED NATIONS, March 12 —",
#: "ISLAMABAD/RIYADH, Nov 25 (Reuters) -", "NEW DELHI/ISLAMABAD (Reuters) -" (a story filed
#: from two or three places),
#: and the agency styles that print the place in mixed case or with no dash: "Paris (AFP) -",
#: "Cucuta (Colombia) (AFP) -", "New Delhi, Dec 4 (PTI) Prime Minister ...",
#: "ABU DHABI, 12th February, 2026 (WAM) --", "New Delhi [India], November 26 (ANI):",
#: "Riyadh, November 26, 2026, SPA --", "Dubai: ...". Letters are any script's (``[^\W\d_]``): "BOGOTÁ".
#: The pattern only finds the shape; `_dateline` decides (capitals, or an agency).
_PLACE_WORD = r"[^\W\d_][\w.'\u2019-]*"
#: One city of a dateline, up to four words; a story filed from several is written with
#: slashes between them: "NEW DELHI/ISLAMABAD", "BEIRUT/JERUSALEM/CAIRO".
_PLACE_CITY = rf"{_PLACE_WORD}(?:[ \t\u00a0]{_PLACE_WORD}){{0,3}}"
_MONTH_DAY = (
    r"(?:[A-Z][a-z]{2,8}\.?[ \t\u00a0]+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t\u00a0]+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?[ \t\u00a0]+\d{4})?"
)
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_CITY}(?:/{_PLACE_CITY}){{0,2}}"
    rf"(?:,[ \t\u00a0]+{_PLACE_WORD}(?:[ \t\u00a0]{_PLACE_WORD}){{0,3}}){{0,2}}?)"
    r"(?:[ \t\u00a0]*\((?P<country>[^\W\d_][^()\n]{1,30})\)(?=[ \t\u00a0]*\())?"
    # ANI puts the country in square brackets: "New Delhi [India], November 26 (ANI):".
    r"(?:[ \t\u00a0]*\[(?P<bracketed>[^\W\d_][^\[\]\n]{1,30})\])?"
    rf"(?:,[ \t\u00a0]+(?P<day>{_MONTH_DAY})"
    # Kyodo and TASS name themselves after the date without brackets: "TOKYO, Aug. 30 Kyodo -",
    # "MOSCOW, May 9. /TASS/." (only after a date: "WASHINGTON Post -" is no dateline).
    r"(?:[ \t\u00a0]+(?P<bare>[A-Z][a-z]{2,10})(?=[ \t\u00a0]*(?:\u2014|\u2013|-))"
    r"|\.?[ \t\u00a0]*/(?P<slashed>[A-Za-z]{2,10})/\.?(?=[ \t\u00a0]+[A-Z\u201c\"])"
    # SPA after a comma: "Riyadh, November 26, 2026, SPA --".
    r"|,[ \t\u00a0]+(?P<plain>[A-Z]{2,8})(?=[ \t\u00a0]*(?:\u2014|\u2013|-)))?)?"
    # Yonhap may keep the comma of a dateline whose date is left out: "SEOUL, (Yonhap) --".
    r"(?:,?[ \t\u00a0]*\((?P<agency>[^()\n]{1,40})\))?"
    # The story may start on the next line: "ISTANBUL —" alone above the first paragraph.
    r"(?:[ \t\u00a0]*(?P<dash>\u2014|\u2013|--|-|:)(?:[ \t\u00a0]+|[ \t\u00a0]*(?:\r\n|[\n\r])\s*)"
    r"|[ \t\u00a0]+(?=[A-Z\u201c\"]))"
)
_DATELINE_MIN = 2
#: The dashes after a dateline in mixed case with no agency ("Washington —"): a hyphen
#: ("Petro - who met Trump -") is too common inside a story's first words.
_DASHES = frozenset({"\u2014", "\u2013", "--"})
_PLACE_KINDS = frozenset({EntryKind.CITY, EntryKind.COUNTRY, EntryKind.REGION, EntryKind.VENUE})
_CITY_KINDS = frozenset({EntryKind.CITY})
#: An agency's name in brackets: a word or two of letters ("AFP", "Reuters", "dpa", "Press Trust").
_AGENCY = re.compile(r"[A-Za-z][A-Za-z.&]+(?: [A-Za-z][A-Za-z.&]+)?")
#: Photo-caption words in brackets after a name ("Jake Sullivan (left)"): never an agency.
_CAPTION_WORDS = frozenset(
    {"left", "right", "center", "centre", "top", "bottom", "front", "back", "file", "photo"}
)
#: Lower-case words inside a place name written in mixed case ("Rio de Janeiro (AFP) -").
_PLACE_PARTICLES = frozenset({"de", "da", "do", "del", "dos", "la", "el", "al", "es", "of", "on", "upon"})

# -- boilerplate ---------------------------------------------------------------------------
_BOILER_WORDS = r"[\s:.…!]*"
#: A line that opens the site furniture after the story: everything from it on is boilerplate.
_CUT = re.compile(
    r"(?i:you\s+(?:may|might)\s+also\s+(?:like|enjoy)|leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|"
    r"add\s+a\s+comment|\d*\s*comments?|join\s+the\s+(?:conversation|discussion)|about\s+the\s+author|"
    r"post\s+navigation|more\s+(?:from|stories|news|in)\b.{0,60}|most\s+(?:read|popular|viewed)|"
    r"popular\s+(?:posts|stories|articles)|trending(?:\s+now)?|recommended(?:\s+for\s+you)?|latest\s+(?:news|stories|posts)|"
    r"what\s+to\s+read\s+next|don['\u2019]t\s+miss|top\s+stories)" + _BOILER_WORDS
)
#: A line that opens a box of links ("Related", "Read more"): it and the short lines after it.
_LINKS = re.compile(
    r"(?i:related(?:\s+(?:articles|posts|stories|news|content|coverage|topics|reading))?|read\s+(?:more|next|also)|"
    r"also\s+read|see\s+also|further\s+reading|share\s+this(?:\s+(?:article|story|post|page))?|share|"
    r"like\s+this|subscribe(?:\s+to\s+.{1,60})?|sign\s+up(?:\s+for\s+.{1,60})?|newsletter|tags|topics|filed\s+under|"
    r"suggested\s+topics|more\s+on\s+this\s+story|explore\s+more\s+on\s+th(?:ese|is)\s+topics?)"
    + _BOILER_WORDS
)
#: The heading of a box of the story's points in headline style, above the story or in it
#: (Gulf News's "Highlights", "Key points", "At a glance"): the story tells them in full.
_POINTS_BOX = re.compile(
    r"(?i:(?:story\s+)?highlights|key\s+(?:points|takeaways|highlights)|at\s+a\s+glance)" + _BOILER_WORDS
)
_POINTS_INITIALS = frozenset("HhKkAaSs")
#: Lines that are furniture wherever they stand.
_SINGLE = re.compile(
    r"(?i:advertisement|advertising|sponsored(?:\s+content)?|promoted(?:\s+content)?|"
    r"this\s+site\s+uses\s+akismet\b.*|your\s+email\s+address\s+will\s+not\s+be\s+published\b.*|"
    r"(?:save|remember)\s+my\s+name\b.*|required\s+fields\s+are\s+marked\b.*|"
    r"(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies\b.*|by\s+(?:using|continuing\s+to\s+use)\s+this\s+(?:web)?site\b.*|"
    r"accept(?:\s+all)?\s+cookies\b.*|cookie\s+(?:policy|settings|preferences)\b.*|click\s+here\b.*|"
    r"follow\s+us\b.*|(?:copyright\b|©).*|.*\ball\s+rights\s+reserved\.?|(?:tags?|filed\s+under|topics)\s*:.*|"
    r"(?:also\s+read|read\s+more|read\s+also|see\s+also|related(?:\s+video)?|recommended|watch|listen|video|audio|"
    r"photos?|gallery|in\s+pictures)\s*[:|].*|"
    r"disclaimer\s*:.*|follow\s+\S+(?:\s+\S+)?\s+on\s+(?:x|twitter|facebook|instagram|whatsapp|telegram|youtube|threads|linkedin)\b.*|"
    r"(?:name|email|e-mail|website|comment)\s*\*?|post\s+comment|submit|cancel\s+reply|"
    # Share buttons, under their label or not: "Share this article: Facebook Twitter WhatsApp".
    r"(?:share(?:\s+this(?:\s+(?:article|story|post|page))?)?(?:\s+(?:on|via))?\s*[:|]?\s*)?"
    r"(?:facebook|twitter|x|whatsapp|email|linkedin|telegram|print|reddit|pinterest|copy\s+link)"
    r"(?:[\s,|•·]+(?:facebook|twitter|x|whatsapp|email|linkedin|telegram|print|reddit|pinterest|copy\s+link))*|"
    r"\d+\s+min(?:ute)?s?\s+read|listen\s+to\s+this\s+article\b.*|share\s+(?:on|via)\s+.{1,40}|"
    # A media player's controls, as broadcasters' pages copy out: "Embed", "Download",
    # "Popout", "No media source currently available", "0:00 0:01:45 0:00".
    r"share|embed|download|pop-?\s?out|no\s+media\s+source\s+currently\s+available|"
    r"your\s+browser\s+does\s*n[o'\u2019]?t\s+support\b.*|(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})+|"
    r"(?:sign\s+up|subscribe)\s+(?:for|to|now|here)\b.*|"
    # BBC pages: the story's age and the "Save" button above the byline.
    r"save|(?:\d{1,2}|an?)\s+(?:hours?|minutes?|mins?|days?)\s+ago|"
    # Buttons and notices of news sites: "Link copied", "Print this article", "Comments (3)".
    r"link\s+copied|copy\s+link|download\s+file|print\s+this\s+(?:article|story|page)|"
    r"listen\s+to\s+this\s+story|loading|comments?\s*\(\d+\)|sign\s+in\s+to\s+comment|"
    r"(?:gift|save|share)\s+(?:this\s+|full\s+)?article|report\s+an\s+error|click\s+to\s+share\b.*|"
    # A photo's agency alone on a line: "AFP", "Getty Images", "Anadolu Agency".
    r"afp|reuters|epa(?:-efe)?|xinhua|anadolu(?:\s+agency)?|"
    # Xinhua's sign-off on a line of its own (after the last paragraph it is `_SIGNOFF`'s).
    r"enditem)" + _BOILER_WORDS
)
#: Photo captions: "FILE - Kenyan President ... speaks ...", "FILE PHOTO: ...", "Photo caption:
#: ...", "In this photo released by ...". A caption describes a picture, not the story.
_CAPTION = re.compile(
    # Kyodo and others print the caption in brackets: "(Photo: Ishiba, right, shakes hands ...)".
    r"FILE(?:\s+PHOTO)?\s*(?:[-\u2013\u2014:|]|--)\s*\S|[(\[]?(?i:(?:photo|image|picture)(?:\s+caption)?\s*:)\s*\S"
    # BBC pages copied out: "Image caption, Ruto and Abiy at State House".
    r"|(?i:image|photo|video)\s+caption,\s*\S"
    # Reuters pages number the pictures of a story: "[1/3] Indian Foreign Minister ... shakes hands".
    r"|\[\d{1,2}/\d{1,2}\][ \t]*\S"
    # "In this photo released by the Kenyan presidency, ...", "This handout image ...".
    r"|In\s+this\s+(?:(?:handout|undated|file|pool|combination)\s+)*(?:photo(?:graph)?|image|picture|frame\s+grab)\b"
    r"|This\s+(?:(?:handout|undated|file|pool|combination)\s+)*(?:photo(?:graph)?|image|picture|frame\s+grab)\s+"
    r"(?:released|provided|taken|made|shows|showing|distributed|obtained|shot|courtesy)\b"
)
#: A photo credit ending a line makes it a caption: "... in Hanoi, May 5, 2025. (AP Photo/Hau
#: Dinh)", "... REUTERS/Thomas Mukoya", "Photo: Xinhua", "(Getty Images)", and so does a
#: date after a comma at the end ("... in Nairobi, Kenya, Oct. 3, 2025."). Looked for in the
#: line's last `_CREDIT_TAIL` characters only.
_PHOTO_CREDIT = re.compile(
    r"(?:\((?:[A-Z][\w.&'-]*\s+){0,3}Photo(?:/[^()\n]{1,60})?\)"
    r"|\b(?:REUTERS|AFP|EPA(?:-EFE)?|XINHUA|ANADOLU)/[A-Z][^/\n]{1,40}|(?i:photo(?:\s+credit)?\s*:)\s*[^.\n]{1,60}"
    r"|\(?\bGetty\s+Images\)?"
    # "(Photo by Simon Maina / AFP)", "(Kenya Presidential Press Service via AP)", "Credit:
    # Reuters", Al Jazeera's "[Kenyan Presidency/Handout via Reuters]", "..., in this handout
    # photo released by the Kenyan presidency."
    r"|\((?i:photo(?:graph)?\s+by)\s[^()\n]{1,60}\)"
    r"|\([^()\n]{1,60}\svia\s(?:AP|AFP|Reuters|REUTERS|EPA|Getty\s+Images|Anadolu|Xinhua|ANI|PTI)\)"
    r"|(?i:credit)\s*:\s*[^.\n]{1,60}\.?"
    r"|\[[^\[\]\n]{0,60}(?:/|\bvia\b|Reuters|AFP|Getty|Handout|File)[^\[\]\n]{0,60}\]"
    r"|,?\s+in\s+this\s+(?:(?:handout|undated|file|pool)\s+)*(?:photo(?:graph)?|image|picture)\b[^\n]{0,60}"
    # A caption ends with where and when the picture was taken, after a comma: "... speaks at
    # State House in Nairobi, Kenya, Oct. 3, 2025." (a story says "on Oct. 3, 2025").
    r"|,[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]+\d{4}\."
    # Reuters pages: "... REUTERS/Ibraheem Al Omari Purchase Licensing Rights, opens new tab".
    r"|Purchase[ \t]+Licensing[ \t]+Rights(?:,[ \t]*opens[ \t]+new[ \t]+tab)?)\s*\Z"
)
_CREDIT_TAIL = 80
#: The words of a credit line: names, places and the next credit ("; Editing by ...").
_CREDIT_WORD = r"(?:[A-Z][\w.'\u2019-]*|in|and|from|at|by|with|&|(?i:writing|editing|additional|reporting))"
#: The credits after a story: "(Reporting by ... ; Editing by ...)", "Some information for this
#: report came from Reuters", "This story originated in ...", an agency's initials
#: ("cdm/sbk/ach") or name between marks ("==Kyodo", "(END)"), and lines of rules ("___").
_CREDIT = re.compile(
    rf"[(*]?(?i:(?:additional\s+)?reporting|writing|editing|edited|compiled|produced|research)\s+by\s*:?\s+{_CREDIT_WORD}"
    rf"(?:[\s;,]+{_CREDIT_WORD})*[\s;,.)]*"
    r"|(?i:(?:some\s+)?(?:information|material)\s+(?:for|in)\s+this\s+(?:report|story|article)\s+"
    r"(?:came|comes|was|is)\s+(?:from|provided)\b).*"
    r"|(?i:this\s+(?:story|report|article)\s+(?:originated|(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published))"
    r"\s+(?:in|on|at|by))\b.*"
    # Indian copy: "(With inputs from PTI)", "With inputs from agencies"; the syndicated
    # feed's note: "(This story has not been edited by NDTV staff and is auto-generated
    # from a syndicated feed.)"; Reuters pages: "Our Standards: The Thomson Reuters Trust Principles."
    r"|\(?(?i:with\s+inputs?\s+from)(?:\s+[\w&'.-]+,?){1,6}\)?"
    r"|\([^()\n]{0,200}(?i:syndicated\s+feed)[^()\n]{0,40}\)"
    r"|(?i:our\s+standards)\s*:.*"
    # Agencies' notes on what their subscribers get: "Anadolu Agency website contains only a
    # portion of the news stories offered to subscribers in the AA News Broadcasting System
    # (HAS), and in summarized form.", "The full story is available to subscribers only."
    r"|(?i:[^.\n]{0,60}\b(?:website|site|page)\s+(?:contains|carries|shows)\s+only\s+(?:a\s+portion|part|some)\s+of\b).*"
    r"|(?i:(?:the\s+)?full\s+(?:story|text|report|article)\s+is\s+(?:only\s+)?available\s+(?:only\s+)?to\s+(?:our\s+)?subscribers\b).*"
    # "Source: Al Jazeera and news agencies", "Sources: AFP, Reuters".
    r"|(?i:sources?)[ \t]*:[ \t]*[^.\n]{1,80}"
    r"|[a-z]{2,6}(?:[/-][a-z]{2,6})+"
    # Agencies' sign-offs: "PTI AB CD KV" (editors' initials), "WAM/Hatem Mohamed/Tariq alfaham".
    r"|[A-Z]{2,5}(?:[ \t]+[A-Z]{2,4}){2,6}|[A-Z]{2,6}(?:/[\w .'\u2019-]{2,40}){1,4}"
    r"|(?:[=_*~]{2,}|-{2,}|[\u2013\u2014])\s*[A-Za-z]{2,12}\s*[=_*~\u2013\u2014-]*|\(\s*[A-Za-z]{2,12}\s*\)"
    r"|[=_*~#\s\u2013\u2014-]{3,}"
    # Dawn's and The Express Tribune's print edition: "Published in Dawn, December 3rd, 2026".
    r"|Published[ \t]+in[ \t]+(?:The[ \t]+)?[A-Z][\w'\u2019.&-]*"
    r"(?:[ \t]+[A-Z][\w'\u2019.&-]*){0,3},[^\n]{1,40}"
    # DW's author line under the story: "Jan Kowalski with Reuters, AFP", "jsi/rt (Reuters, AFP)";
    # France 24's "(FRANCE 24 with AFP)" and "(With AFP)".
    r"|\(?(?:[A-Z0-9][\w'\u2019.-]*[ \t]+){0,3}[Ww]ith[ \t]+(?:AFP|AP|Reuters|dpa|KNA|epd|EFE|ANSA|Xinhua)"
    r"(?:(?:,[ \t]*|[ \t]+and[ \t]+)(?:AFP|AP|Reuters|dpa|KNA|epd|EFE|ANSA|Xinhua))*\)?"
    r"|[a-z]{2,6}(?:/[a-z]{2,6})+[ \t]*\((?:AFP|AP|Reuters|dpa|KNA|epd|EFE|ANSA|Xinhua)"
    r"(?:,[ \t]*(?:AFP|AP|Reuters|dpa|KNA|epd|EFE|ANSA|Xinhua))*\)"
    # Xinhua's and other Asian pages' editor under the story: "Editor: Liu Wei", "[Editor:
    # huaxia]", "Edited by: Jane Doe" (a "Reporter:" line may be a transcript's question).
    r"|\[?(?i:editors?|edited[ \t]+by|translators?|translated[ \t]+by|producers?|produced[ \t]+by)"
    r"[ \t]*:[ \t]*"
    r"[\w'\u2019.-]+(?:(?:[ \t]*[,&][ \t]*|[ \t]+)[\w'\u2019.-]+){0,5}\]?"
    # The reporter's address alone on a line, as Yonhap signs off: "yoonsoo@yna.co.kr".
    r"|(?i:e-?mail[ \t]*:[ \t]*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
#: Who helped write it: "VOA's ... contributed to this report", "Associated Press writers ...
#: contributed.", "Associated Press writer ... reported from Guatemala City." Tried only on
#: lines holding "contributed" or "reported from".
_CONTRIBUTED = re.compile(
    r".*\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting|this\s+report)\b.*"
    r"|[^.]{0,80}?\b(?:[Ww]riters?|[Cc]orrespondents?|[Rr]eporters?|[Jj]ournalists?|[Ss]taff)\s"
    r"[^\n]{0,120}?\b(?:contributed|reported\s+from\s[^\n]{1,80})\.?"
)

#: Notes from the newsroom about the story, not part of it: "EDITOR'S NOTE: ...",
#: "Correction: An earlier version ...", "This story has been updated to ...", "(This story
#: has been corrected to ...)", "The interview has been edited for length and clarity.",
#: and the wire's "(Updates with ...)", "(Adds comment from ..., paragraphs 5-6)", "(ATTN: UPDATES
#: with details in paras 6-8)", "UPDATED: Adds comment from ...". A story's own sentence
#: about a report ("The U.N. report was revised ...") names no "this story".
_NOTE = re.compile(
    r"\(?(?:(?i:editor['\u2019]?s[ \t]+note|corrections?|clarification)"
    # The note's date between the label and its colon: "Correction, Nov. 4, 2026: ...".
    r"(?:,?[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?"
    r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}(?:[ \t]+\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}))?[ \t]*[:\u2014\u2013-]"
    r"|(?i:this[ \t]+(?:story|article|report|version|post|piece|page|item)[ \t]+"
    r"(?:has[ \t]+been|had[ \t]+been|was|is|have[ \t]+been)[ \t]+(?:\w+[ \t]+)?"
    r"(?:updated|corrected|edited|amended|refiled|revised|clarified|changed|expanded)\b)"
    r"|(?i:(?:this|the)[ \t]+(?:following[ \t]+)?"
    r"(?:(?:interview|conversation|transcript|q\s?&\s?a|exchange|discussion)[ \t]+)?"
    r"(?:has[ \t]+been|was|have[ \t]+been)[ \t]+(?:\w+[ \t]+)?(?:edited|condensed|abridged|translated)\b)"
    r"|(?i:an?[ \t]+(?:earlier|previous)[ \t]+version[ \t]+of[ \t]+this[ \t]+(?:story|article|report|post)\b)"
    r"|(?i:this[ \t]+version[ \t]+(?:corrects|adds|updates|removes|clarifies)\b)"
    r"|(?i:this[ \t]+is[ \t]+a[ \t]+(?:developing|breaking)[ \t]+(?:news[ \t]+)?(?:story|report)\b)).*"
    r"|\((?:Updates|Adds|Recasts|Corrects|Rewrites|Refiles|Changes|Removes|Writes[ \t]+through)\b"
    r"[^()\n]{0,200}\)"
    r"|\((?:ATTN|Attn)[ \t]*:[^()\n]{0,200}\)"
    # "UPDATED: Adds comment from ... in paragraph 9." (a date after the label is a date line).
    r"|(?:UPDATED?|Updated?)[ \t]*[:\u2014\u2013-][ \t]*"
    r"(?:Adds|Updates|Recasts|Corrects|Rewrites|Refiles|Changes|Removes|Includes|Writes[ \t]+through)\b.*"
)


#: Where a person stands in a photo, as captions say: "Ruto, right, greets ...", "Ruto (R)".
_POSITION = re.compile(
    r",[ \t](?:left|right|center|centre)[,)]|[ \t]\((?:L|R|C|2nd[ \t][LR]|left|right|center)\)[ \t]"
)
#: An agency in brackets after the last stop: "... in Nairobi on Monday. (AFP)".
_AGENCY_AFTER_STOP = re.compile(r"[.!?][ \t]*\([A-Za-z]{2,10}\)[ \t]*\Z")


def _furniture(line: str) -> bool:
    """Whether a short *line* is a photo caption or a credit (see `_CAPTION`, `_CREDIT`)."""
    if line.endswith(")") and _AGENCY_AFTER_STOP.search(line) and _POSITION.search(line):
        return True  # a caption credited to an agency: a story line names no one "right"
    if (
        _CAPTION.match(line)
        or _CREDIT.fullmatch(line)
        or _NOTE.fullmatch(line)
        or _PHOTO_CREDIT.search(line, max(0, len(line) - _CREDIT_TAIL))
    ):
        return True
    return ("contributed" in line or "reported from" in line) and _CONTRIBUTED.fullmatch(line) is not None


_SENTENCE_END = '.!?…"\u201d\u2019'


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines of *text* as (start, end), trimmed of white space and invisible characters."""
    found: list[tuple[int, int]] = []
    for start, end in line_ranges(text, 0, len(text)):
        _add_line(text, start, end, found)
    return found


def _add_line(text: str, start: int, end: int, found: list[tuple[int, int]]) -> None:
    # Trimmed, a blank line (white space and invisible characters only) leaves nothing.
    line = strip_span(text, start, end)
    if line[0] < line[1]:
        found.append(line)


def _squash(words: str) -> str:
    return _SPACES.sub(" ", words).strip()


def _breadcrumb(line: str) -> tuple[str | None, str | None] | None:
    """(section, last crumb) when *line* is a breadcrumb trail, else None."""
    crumbs = [_squash(c) for c in _CRUMB_SEPARATOR.split(line)]
    if len(crumbs) < 2 or any(not c for c in crumbs):  # noqa: PLR2004
        return None
    homeward = crumbs[0].lower() in _HOME
    strong = _CRUMB_SEPARATOR.search(line) is not None and any(
        ch in line for ch in "\u00bb\u203a\u2192\u226b"
    )
    if not homeward and not (
        strong and len(crumbs) >= _MIN_CRUMBS and all(len(c) <= _SECTION_MAX for c in crumbs[:-1])
    ):
        return None
    rest = crumbs[1:] if homeward else crumbs
    section = (
        rest[0]
        if rest and len(rest[0]) <= _SECTION_MAX and (len(rest) > 1 or len(rest[0].split()) <= _SECTION_WORDS)
        else None
    )
    last = rest[-1] if rest and (len(rest) > 1 or section is None) else None
    return section, last


def _kicker(line: str) -> bool:
    """Whether *line* is a section label printed alone above the headline ("Africa", "ANALYSIS")."""
    words = line.split()
    if not 0 < len(words) <= _KICKER_WORDS or line[-1] in _SENTENCE_END + ",;:":
        return False
    key = _squash(line).lower()
    return key in _KICKERS or (
        _capitalised(words) and _known_place(line.title() if line.isupper() else line, bodies=False)
    )


def _is_name(words: str) -> bool:
    tokens = words.split()
    if not tokens or len(tokens) > _NAME_MAX_TOKENS or tokens[0].lower() in _NOT_NAMES:
        return False
    for token in tokens:
        if token.lower() in _PARTICLES:
            continue
        if not _NAME_TOKEN.fullmatch(token):
            return False
    return tokens[-1].lower() not in _PARTICLES


def _drop_glued_outlet(name: str) -> str:
    """*name* without an outlet glued to it (see `_GLUED_OUTLET`), if a name is left."""
    match = _GLUED_OUTLET.search(name)
    if match is None:
        return name
    head = name[: match.start()].rstrip()
    # Capitals then lower case: two capitalised words at least, so "JOHN Smith" stays a name.
    if match.group().startswith((" ", "\t")) or len([w for w in head.split() if w.isupper()]) >= 2:  # noqa: PLR2004
        return head or name
    return name


def _byline(line: str) -> tuple[tuple[tuple[str, str | None], ...], dt.date | None] | None:
    """The authors (name, role) and any date a byline line gives, or None if it is not one."""
    match = _BYLINE.fullmatch(line)
    if match is None:
        return None
    parts = [p for p in (_squash(x) for x in _ROLE_SEPARATOR.split(match.group("rest"))) if p]
    if not parts:
        return None
    published: dt.date | None = None
    kept: list[str] = []
    for part in parts:
        day = parse_printed_date(_CLOCK.sub("", part)) if published is None else None
        if day is not None:
            published = day
        else:
            kept.append(part)
    if not kept:
        return None
    names_part, role = kept[0], (" - ".join(kept[1:]) or None)
    if role is None and "," in names_part:
        # Where the last "and" of the list stands ("A, B and C"; the words are squashed).
        joined = max(names_part.rfind(" and "), names_part.rfind(" & "))
        if joined < 0:
            # "By NAME, ROLE": a list of several names is joined by "and" before the last one.
            first, _, rest = names_part.partition(",")
            names_part, role = first.strip(), rest.strip() or None
        elif (comma := names_part.find(",", joined)) >= 0:
            # "By Jane Doe and John Roe, Reuters": the list ended at the name after "and", so
            # what a comma adds after it is their outlet or role, not a third author.
            names_part, role = names_part[:comma].strip(), names_part[comma + 1 :].strip() or None
    names = [n for n in _NAME_SEPARATOR.split(names_part) if n]
    if names:
        names[-1] = _drop_glued_outlet(names[-1])
    if not names or not all(_is_name(n) for n in names):
        return None
    if role is not None and (len(role.split()) > _ROLE_MAX_WORDS or role.endswith(".")):
        return None
    authors = tuple((name, role) for name in names)
    return authors, published


#: A clock time before the date: "3:45 PM EST, November 3, 2026", "3:12 PM GMT+2, Nov. 25, 2026"
#: (AP's pages abroad give the offset).
_LEADING_CLOCK = re.compile(
    r"\A\d{1,2}:\d{2}(?:\s*(?i:[ap]\.?m\.?)(?:\s+(?:(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}))?"
    # A 24-hour clock needs its zone ("10:14 KST, Nov 27, 2026", as Korean and Japanese pages print it).
    r"|\s+(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{3,4}))"
    r",?\s+(?=\S)"
)
#: A date with dots, day first, as Anadolu and European outlets print it: "20.11.2026".
_DOTTED_DATE = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})")


#: A date with slashes: "26/11/2026" (day first, as France 24 prints it) or "11/26/2026".
_SLASHED_DATE = re.compile(r"(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})")
_MONTHS_IN_YEAR = 12
#: A date year first with slashes or dots, as Korean and Japanese pages print it:
#: "2026/12/02 15:30 KST", "2026.12.02", "2026. 12. 2." (ISO "2026-12-02" is `parse_printed_date`'s).
_YEAR_FIRST_DATE = re.compile(r"(?P<year>\d{4})[./][ \t]?(?P<month>\d{1,2})[./][ \t]?(?P<day>\d{1,2})\.?")
#: What pages print before the date of a publication line: the outlet in capitals and a
#: dash ("KYODO NEWS - Nov 26, 2026 - 19:34"), an abbreviated weekday ("Wed 26 Nov 2026").
_DATE_PREFIX = re.compile(
    # Xinhua's header: "Source: Xinhua| 2026-12-02 21:35:10|Editor: huaxia".
    r"(?:Source[ \t]*:[ \t]*[A-Za-z][A-Za-z .&]{1,30}\|[ \t]*)?"
    # Yonhap's page line: the section and a 24-hour clock before the date ("All News 15:02
    # November 26, 2026"); a month name must follow the clock.
    r"(?:(?:[A-Z][a-z]+[ \t]+){0,3}\d{1,2}:\d{2}[ \t]+(?=[A-Z]))?"
    r"(?:[A-Z][A-Z&.]+(?:[ \t][A-Z][A-Z&.]+){0,3}[ \t]+[-\u2013\u2014|][ \t]+)?"
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[ \t]+)?"
)
#: And after it: the sections ("... - 19:34 | World, All") or the story's age, glued on in
#: copies of Reuters pages ("November 26, 202610:44 AM GMT+3Updated 2 hours ago").
_DATE_SUFFIX = re.compile(
    r"[ \t]*\|[^|\d\n]*\Z"
    r"|[ \t]*(?:Updated|Published)[ \t]+(?:\d{1,2}|an?)[ \t]+(?:hours?|minutes?|mins?|days?)[ \t]+ago\Z"
    # The update's date after the publication's on one line: "Published : 2026-12-02 15:30
    # Updated : 2026-12-02 16:01", "Dec. 2, 2026 | Updated: Dec. 3, 2026", "Nov 3, 2026 |
    # Updated 9:41 PM IST" (the label's colon left out).
    # Anadolu's "29.10.2026 - Update : 29.10.2026": a dash before the label, which lacks its "d".
    r"|[ \t|]+(?:[-\u2013][ \t]+)?(?:Updated?|UPDATED?|Modified|Last[ \t]+[Uu]pdated)"
    r"(?:[ \t]*[:\u2013-][ \t]*|[ \t]+)\S[^\n]*\Z"
    # Who posted it: "Posted on December 2, 2026 by Amina Yusuf", "... 9:41PM by PIB Delhi".
    r"|[ \t]+by[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}\Z"
)
#: A year and the clock after it with no space between them ("202610:44 AM").
_GLUED_CLOCK = re.compile(r"(\d{4})(\d{1,2}:\d{2})")


def _printed_date(words: str) -> dt.date | None:
    """The date *words* consist of (a clock time, the outlet and sections around it allowed), or None."""
    prefix = _DATE_PREFIX.match(words)
    if prefix is not None:
        words = words[prefix.end() :]
    words = _CLOCK.sub("", _GLUED_CLOCK.sub(r"\1 \2", _DATE_SUFFIX.sub("", words)))
    stripped = words.strip()
    dotted = _DOTTED_DATE.fullmatch(stripped) or _YEAR_FIRST_DATE.fullmatch(stripped)
    slashed = _SLASHED_DATE.fullmatch(stripped) if dotted is None else None
    if dotted is None and slashed is None:
        return parse_printed_date(words)
    if dotted is not None:
        year, month, day = int(dotted.group("year")), int(dotted.group("month")), int(dotted.group("day"))
    elif slashed is not None:
        first, second, year = (
            int(slashed.group("first")),
            int(slashed.group("second")),
            int(slashed.group("year")),
        )
        if first > _MONTHS_IN_YEAR:
            day, month = first, second
        elif second > _MONTHS_IN_YEAR:
            month, day = first, second
        else:
            return None  # "05/11/2026": May 11 or 5 November, the page does not say
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _bare_byline_parts(line: str) -> tuple[tuple[tuple[str, str | None], ...], dt.date | None] | None:
    """
    Authors printed without "By" but with the outlet or the date on the same line.

    "Ayaz Gul | VOA News", "Ahmet Gencturk and Ali Jawad |20.11.2026 - Update : 20.11.2026":
    names (two to four words each) and, after a bar, only an outlet or dates.
    """
    if "|" not in line:
        return None
    names_part, _, rest = line.partition("|")
    names = [n for n in _NAME_SEPARATOR.split(names_part.strip()) if n]
    if not names or not all(
        _BARE_NAME_WORDS[0] <= len(n.split()) <= _BARE_NAME_WORDS[1] and _is_name(n) for n in names
    ):
        return None
    published: dt.date | None = None
    outlet: str | None = None
    for part in (_squash(x) for x in _ROLE_SEPARATOR.split(rest)):
        if not part:
            continue
        dated = _date_line(part)
        if dated is not None:
            published = published or dated[0]
        elif outlet is None and len(part.split()) <= _BARE_NAME_WORDS[1] and _AFFILIATION.fullmatch(part):
            outlet = part
        else:
            return None
    return tuple((name, outlet) for name in names), published


def _date_line(line: str, *, labelled: bool = False) -> tuple[dt.date, bool] | None:
    """
    (date, is_update) when *line* is a publication or update line, else None.

    With *labelled*, only a line that says what it is ("Published On ...", "Updated: ...").
    """
    match = _DATE_LABEL.fullmatch(line)
    if match is None or (labelled and match.group("label") is None):
        return None
    # AP prints the time first: "Published 3:45 PM EST, November 3, 2026".
    day = _printed_date(_LEADING_CLOCK.sub("", match.group("rest"), count=1))
    if day is None:
        return None
    label = (match.group("label") or "").lower()
    return day, label.startswith(("updated", "last", "modified"))


#: The place a date line ends with, as The Hindu prints it: "Updated - November 03, 2026 09:41
#: pm IST - NEW DELHI".
_DATE_THEN_PLACE = re.compile(
    r"[ \t]+[-\u2013\u2014][ \t]+(?P<place>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3})[ \t]*\Z"
)


_SECTION_WORDS = 2


def _date_line_with_place(state: _Parse, line: str) -> tuple[dt.date, bool] | None:
    """
    (date, is_update) of a date line that ends with the dateline's place, recorded as it.

    The place is a city the gazetteer knows, in capitals or not ("... IST - Thiruvananthapuram").
    """
    if "-" not in line and "\u2013" not in line and "\u2014" not in line:
        return None
    match = _DATE_THEN_PLACE.search(line)
    if match is None:
        return None
    place = match.group("place")
    if not _known_place(place.title() if place.isupper() else place, _CITY_KINDS, bodies=False):
        # "Nov 3, 2026 - WORLD", "Nov 3, 2026 - Middle East": the page's section after its
        # date; the date is the page's all the same (the section is not kept: an unknown
        # town in capitals would look the same).
        return _date_line(line[: match.start()]) if len(place.split()) <= _SECTION_WORDS else None
    dated = _date_line(line[: match.start()])
    if dated is not None:
        state.dated_place = place
    return dated


def _title_like(line: str) -> bool:
    if (
        len(line) > _TITLE_MAX
        or line[-1] in ".,;:"
        or not (line[0].isupper() or line[0].isdigit() or line[0] in "\"\u201c\u2018'")
    ):
        return False
    words = line.split()
    return 2 <= len(words) <= _TITLE_MAX_WORDS  # noqa: PLR2004


#: Words a headline broken over two lines may end its first line with ("... Port Deal," /
#: "Critical Minerals at ..."): a finished headline never ends with them.
_TITLE_BREAK_WORDS = frozenset(
    {
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "for",
        "with",
        "as",
        "at",
        "on",
        "the",
        "a",
        "an",
        "from",
        "over",
        "after",
        "amid",
        "by",
        "into",
        "&",
    }
)


def _title_wraps(state: _Parse, index: int) -> bool:
    """
    Whether the headline on line *index* goes on in the next line.

    Its first line ends with a comma or a word that cannot end a headline; the second is a
    headline's end (short, no period), and the line after it does not go on in lower case
    (a hard-wrapped paragraph's would), so a story's first sentence is not taken. A second
    line in lower case ("Milei, Kast meet in Buenos Aires," / "vow to deepen trade") needs
    the byline or the date right after it.
    """
    line, following, after = state.line(index), state.line(index + 1), state.line(index + 2)
    last = line.rsplit(None, 1)[-1].lower()
    if not (line.endswith(",") or last in _TITLE_BREAK_WORDS):
        return False
    if not (line[0].isupper() or line[0] in "\"\u201c\u2018'") or len(line) + len(following) > _TITLE_MAX:
        return False
    if len(line.split()) + len(following.split()) > _TITLE_MAX_WORDS or after[:1].islower():
        return False
    if following[:1].islower():
        return following[-1] not in ".,;:" and (_byline(after) is not None or _date_line(after) is not None)
    return _title_like(following)


def _capitalised(words: list[str]) -> bool:
    """Whether *words* are a place name: capitalised, small words inside ("Rio de Janeiro")."""
    return (
        bool(words) and words[0][0].isupper() and all(w[0].isupper() or w in _PLACE_PARTICLES for w in words)
    )


def _known_place(name: str, kinds: frozenset[EntryKind] = _PLACE_KINDS, *, bodies: bool = True) -> bool:
    """
    Whether the gazetteer knows *name* as a place or a government building or body.

    Cities, countries, regions and venues ("Washington", "Capitol Hill"), and bodies of a
    government ("State Department", "Pentagon"): the newsrooms a dateline names. With
    *kinds*, only entries of those kinds; without *bodies*, no bodies of a government.
    """
    words = [t.text for t in tokenize(name)]
    found = lexicon().match_name(words, 0) if words else None
    if found is None or found[0] != len(words):
        return False
    entry = found[1]
    return entry.kind in kinds or (
        bodies and entry.kind is EntryKind.ORGANIZATION and entry.country is not None
    )


def _known_agency(name: str) -> bool:
    """Whether *name* is one word the gazetteer knows as an organization ("IRNA", "Bernama")."""
    if not name or " " in name:
        return False
    found = lexicon().match_name([t.text for t in tokenize(name)], 0)
    return found is not None and found[1].kind is EntryKind.ORGANIZATION


def _dateline(text: str, start: int, end: int) -> tuple[str, int, dt.date | None] | None:
    """
    The dateline place at the start of a paragraph, where the story text begins, and its date.

    The date is the full one some agencies print ("RIYADH, November 3, 2026 (SPA) --",
    "ABU DHABI, 12th February, 2026 (WAM) --"); "Nov 3" without a year gives None.

    A place in capitals is a dateline before a dash or colon ("WASHINGTON —"). A place in
    mixed case is one only with an agency's name in brackets after it ("Paris (AFP) -"), as
    is a dateline with no dash ("New Delhi, Dec 4 (PTI) Prime Minister ..."): an opening
    phrase of the story itself ("Colombian President Gustavo Petro -") has neither.
    """
    match = _DATELINE.match(text, start, end)
    if match is None or match.end() >= end:
        return None
    agency = match.group("agency") or match.group("bare") or match.group("slashed") or match.group("plain")
    if agency is not None and (_AGENCY.fullmatch(agency) is None or agency.lower() in _CAPTION_WORDS):
        # "(R-Texas)", "(left)"... are no agency: only capitals and a dash make the dateline.
        agency = None
    if match.group("dash") is None and (agency is None or not agency.isupper()):
        # With no dash, only the capitals of an agency's initials ("(PTI)", "(IANS)") end it.
        return None
    place = match.group("place").rstrip(",")
    head, *regions = place.split(",")
    if regions and _known_agency(regions[-1].strip()):
        # IRNA names itself after a comma: "Tehran, IRNA --" is Tehran, not a region of it.
        regions.pop()
        place = ",".join([head, *regions])
    letters = [c for c in head if c.isalpha()]
    if len(letters) < _DATELINE_MIN:
        return None
    # "KINSHASA, DEMOCRATIC REPUBLIC OF CONGO —", "KYIV, Ukraine (AP) —": what follows the
    # city is a country or a state, capitalised ("WASHINGTON, officials said -" is no dateline).
    if not all(_capitalised(region.split()) for region in regions):
        return None
    if not all(c.isupper() for c in letters):
        # Mixed case: capitalised words (particles inside: "Rio de Janeiro") and an agency
        # ("Paris (AFP) -"), or a dash after a place or newsroom the gazetteer knows
        # ("Washington —", "State Department —"): "Senator Ted Cruz —" opens the story.
        words = head.split()
        if not _capitalised(words):
            return None
        dash = match.group("dash")
        cities = head.split("/")
        if (
            agency is None
            and not (dash in _DASHES and all(_known_place(city) for city in cities))
            # Gulf papers write "Dubai: ..." and "Doha: ...": a colon after a city (not a
            # country or region: "Ukraine: ..." may label a paragraph).
            and not (dash == ":" and all(_known_place(city, _CITY_KINDS, bodies=False) for city in cities))
        ):
            return None
    country = match.group("country") or match.group("bracketed")
    printed = match.group("day")
    day = parse_printed_date(printed) if printed is not None else None
    return (f"{place}, {country}" if country else place), match.end(), day


@attrs.define
class _Parse:
    """Scratch state for one `parse_article` call."""

    text: str
    lines: list[tuple[int, int]]
    title: Span | None = None
    authors: tuple[tuple[str, str | None], ...] = ()
    byline: Span | None = None
    section: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    boilerplate: list[Span] = attrs.Factory(list)
    header: set[int] = attrs.Factory(set)  # indices of lines taken as header (not body)
    dateline: str | None = None  # a dateline printed alone without a dash ("ANKARA")
    #: The place a date line ends with ("... IST - NEW DELHI"): the dateline when the story
    #: opens with none of its own.
    dated_place: str | None = None
    lede: list[int] = attrs.Factory(list)  # the story's first sentence printed above the byline
    date_line: int = -1  # the publication line read in the header
    late_byline: int = -1  # a byline found under the first lines of the body
    deck_end: int = -1  # where the deck under the headline ends (a lede may follow it)
    foot_dated: bool = False  # the date was read from the page's last line (`_bottom_date`)

    def line(self, index: int) -> str:
        start, end = self.lines[index]
        return self.text[start:end]

    def span(self, index: int) -> Span:
        start, end = self.lines[index]
        return Span(start=start, end=end)

    def note_date(self, day: dt.date, *, is_update: bool) -> None:
        """Keep the first publication (or update) date the page prints."""
        if is_update:
            self.updated = self.updated or day
        else:
            self.published = self.published or day


def _after_byline(state: _Parse, index: int) -> bool:
    """Whether line *index* comes right after the byline."""
    return state.byline is not None and index > 0 and state.lines[index - 1][0] == state.byline.start


def _bare_byline(state: _Parse, index: int) -> bool:
    """
    Whether line *index* is an author's name printed without "By" under the headline.

    Broadcasters' pages print "Timothy Obiezu" alone above the date or the dateline; the
    line after it must be one of these, so a short heading of capitalised words is not taken.
    """
    line = state.line(index)
    if not _outlet_line(line) and (
        not _BARE_NAME_WORDS[0] <= len(line.split()) <= _BARE_NAME_WORDS[1]
        or not _is_name(line)
        or _known_place(line)
    ):
        return False
    start, end = state.lines[index + 1]
    following = state.text[start:end]
    return (
        _date_line(following) is not None
        or _dateline(state.text, start, len(state.text)) is not None
        or _city_line(following)
        or _bare_dateline(following)
        or ("," in following and _outlet_city(following) is not None)
    )


#: Most words of an outlet credited in capitals instead of an author ("DAILY SABAH WITH AA").
_OUTLET_WORDS = 5


def _outlet_line(line: str) -> bool:
    """
    Whether *line* credits an outlet in capitals where the author's name stands.

    "DAILY SABAH WITH AA", "REUTERS" above the city or the date: letters only, no place
    (a city in capitals is the dateline, see `_bare_dateline`).
    """
    words = line.split()
    return (
        0 < len(words) <= _OUTLET_WORDS
        and line.isupper()
        and all(w.isalpha() or w == "&" for w in words)
        and not _known_place(line.title(), bodies=False)
    )


def _outlet_city(line: str) -> str | None:
    """
    The city of an outlet line with the reporter's city ("BBC News, Nairobi"), or None.

    BBC pages print it under the reporter's name: the outlet's words, a comma, a city the
    gazetteer knows.
    """
    outlet, comma, city = line.rpartition(",")
    city = city.strip()
    if (
        not comma
        or not outlet
        or len(outlet.split()) > _BARE_NAME_WORDS[1]
        or _AFFILIATION.fullmatch(outlet.strip()) is None
        or not 0 < len(city.split()) <= _BARE_DATELINE_WORDS
    ):
        return None
    return city if _known_place(city, _CITY_KINDS, bodies=False) else None


def _name_under_date(state: _Parse, index: int) -> bool:
    """
    Whether line *index* is the author's name printed alone under the publication line.

    VOA's pages may print "November 26, 2026 10:44 PM" and then "Nike Ching" above the
    story: a name of two to four words, no place, right under the date, and a paragraph
    (a line ending a sentence) after it.
    """
    line = state.line(index)
    if (
        state.date_line != index - 1
        or not _BARE_NAME_WORDS[0] <= len(line.split()) <= _BARE_NAME_WORDS[1]
        or not _is_name(line)
        or _known_place(line)
    ):
        return False
    return state.line(index + 1)[-1] in _SENTENCE_END


def _city_line(line: str) -> bool:
    """
    Whether *line* is a city alone, in mixed case ("Abu Dhabi"): a dateline in a page's header.

    Pages such as The National print it between the author's name and the date.
    """
    words = line.split()
    return (
        0 < len(words) <= _BARE_DATELINE_WORDS
        and _capitalised(words)
        and _known_place(line, _CITY_KINDS, bodies=False)
    )


#: Most words of a dateline printed alone in capitals without a dash ("ANKARA", "NEW DELHI").
_BARE_DATELINE_WORDS = 3


def _bare_dateline(line: str) -> bool:
    """
    Whether *line* is a dateline printed alone, in capitals and without a dash ("ANKARA").

    Anadolu prints the city on its own line above the story. The gazetteer must know it as
    a place: a heading in capitals ("BREAKING NEWS") is none.
    """
    words = line.split()
    if (
        not 0 < len(words) <= _BARE_DATELINE_WORDS
        or not line.isupper()
        or not all(w.isalpha() for w in words)
    ):
        return False
    return _known_place(line.title(), bodies=False)


#: Fewest words of a line under the headline that is the story's first sentence, not a deck.
_LEDE_WORDS = 15


def _lede(line: str) -> bool:
    """
    Whether *line*, printed where a deck stands, is the story's first sentence instead.

    Anadolu prints the lede above the byline ("Turkish Foreign Minister Hakan Fidan met his
    Syrian counterpart ... on Monday, the ministry said."), Al Jazeera a standfirst that
    names the people in full above "Published On ...". Both are a whole sentence, long and
    ending with a full stop; a deck is a headline's sequel ("Fidan, Bayramov also review
    regional developments") or one short sentence ("Talks in Cairo come as RSF tightens
    siege.").
    """
    return line.rstrip("\"\u201d\u2019'").endswith(".") and len(line.split()) >= _LEDE_WORDS


#: Most words of a standfirst: a longer line under the headline is the story's.
_STANDFIRST_WORDS = 40
#: Words that make a long sentence under the headline a wire lede, not a standfirst: the
#: lede says when ("on Friday") or who said it ("..., the ministry said."); a standfirst
#: sums the story up ("The two neighbours pledged to reopen crossings after talks in Nairobi.").
_LEDE_MARKS = WEEKDAYS | {"said", "told"}


def _standfirst(line: str) -> bool:
    """
    Whether *line*, a long sentence printed where a deck stands, is a standfirst, not a lede.

    Al Jazeera, the Guardian and the BBC print a summary of 15 to 40 words under the
    headline, with or without a final stop; it names no day and quotes no one, where the
    wire lede Anadolu prints there does (see `_lede`).
    """
    words = line.split()
    if len(words) > _STANDFIRST_WORDS:
        return False
    return not any(w.strip(".,;:\"\u201d\u2019'").lower() in _LEDE_MARKS for w in words)


def _opens_with_dateline(state: _Parse, index: int) -> bool:
    """
    Whether the line after line *index* opens the story with a dateline and a dash.

    A line between it and the headline is then the page's (a deck, or a standfirst: see
    `_standfirst`); a sentence there that says when or who said it may be the story's own
    first paragraph, and stays. A colon ("VOA: What did you agree on?") may label an
    interview's question, and a line opening with a dateline itself is the story's.
    """
    line = state.line(index)
    if _lede(line) and not _standfirst(line):
        return False
    start = state.lines[index + 1][0]
    found = _dateline(state.text, start, len(state.text))
    if found is None or state.text[start : found[1]].rstrip().endswith(":"):
        return False
    return _dateline(state.text, *state.lines[index]) is None


def _deck(state: _Parse, index: int) -> bool:
    """
    Whether line *index* is the subhead (deck) printed between the headline and the byline.

    It follows the headline right away and the byline or the publication line follows it
    ("Talks in Cairo come as ..." above "Published On 21 Nov 2026"); without them it could
    be the story's first paragraph, so it is kept. A lede printed there (see `_lede`) is
    the story's and goes to `_Parse.lede`.
    """
    if (
        state.title is None
        or state.byline is not None
        or state.published is not None
        or index + 1 >= len(state.lines)
        or state.lines[index - 1][1] not in (state.title.end, state.deck_end)
    ):
        return False
    start, end = state.lines[index + 1]
    following = state.text[start:end]
    line = state.line(index)
    if _bare_byline_parts(line) is not None:
        return False
    if (
        _byline(following) is not None
        or _date_line(following) is not None
        or _bare_byline_parts(following) is not None
        or (index + 2 < len(state.lines) and _bare_byline(state, index + 1))
        # The story opens with its dateline ("BERLIN — ...", "Paris (AFP) -"): a line between
        # it and the headline is the page's, a deck or a standfirst, not the story's.
        or (following[:1].isupper() and _opens_with_dateline(state, index))
    ):
        return True
    # Anadolu prints a deck without a final period, then the lede, then the byline: "Erdoğan,
    # Tokayev also discuss Middle Corridor" / "Turkish President ... agreed on Tuesday to ...,
    # the directorate said." / "Name |01.12.2026 - Update : 01.12.2026". The lede, read next,
    # follows a deck (`_Parse.deck_end`) and goes to `_Parse.lede`.
    if line[-1] in _SENTENCE_END or index + 2 >= len(state.lines) or not _lede(following):
        return False
    after = state.line(index + 2)
    return (
        _byline(after) is not None or _date_line(after) is not None or _bare_byline_parts(after) is not None
    )


def _read_header(state: _Parse) -> int:
    """Take breadcrumb, headline, byline and date lines off the top; return the first body line."""
    crumb_last: str | None = None
    index = 0
    limit = min(len(state.lines), _HEADER_LINES)
    while index < limit:
        start, end = state.lines[index]
        if end - start > _SHORT:
            break
        line = state.line(index)
        is_last = index == len(state.lines) - 1
        if index <= 1 and crumb_last is None and state.section is None:
            crumb = _breadcrumb(line)
            if crumb is not None:
                state.section, crumb_last = crumb
                state.boilerplate.append(state.span(index))
                state.header.add(index)
                index += 1
                continue
        if (
            state.title is None
            and index <= 1
            and index + 2 < len(state.lines)
            and _kicker(line)
            and _title_like(state.line(index + 1))
            and len(state.line(index + 1).split()) > len(line.split())
        ):
            # "Africa" above "Kenya, Uganda agree to ...": the page's section, not its headline.
            state.section = state.section or _squash(line)
            state.boilerplate.append(state.span(index))
            state.header.add(index)
            index += 1
            continue
        if state.byline is None:
            byline = _byline(line)
            if byline is None and state.title is not None and not is_last:
                byline = _bare_byline_parts(line)
            if byline is not None:
                state.authors, day = byline
                state.byline = state.span(index)
                if day is not None and state.published is None:
                    state.published = day
                state.header.add(index)
                index += 1
                continue
        if (
            state.byline is None
            and state.title is not None
            and not is_last
            and (_bare_byline(state, index) or _name_under_date(state, index))
        ):
            state.authors = ((_squash(line), None),)
            state.byline = state.span(index)
            state.header.add(index)
            index += 1
            continue
        if state.title is not None and not is_last and _bare_dateline(line):
            state.dateline = _squash(line)  # Anadolu's "ANKARA" alone above the story
            state.header.add(index)
            index += 1
            dated = _date_line(state.line(index)) if index + 1 < len(state.lines) else None
            if dated is not None:  # and the date under it ("ISTANBUL" / "Nov 26, 2026 - 3:45 pm")
                state.note_date(dated[0], is_update=dated[1])
                state.header.add(index)
                index += 1
            break
        if (
            state.byline is not None
            and state.dateline is None
            and not is_last
            and _after_byline(state, index)
            and _city_line(line)
        ):
            state.dateline = _squash(line)  # "Abu Dhabi" under the author's name, the date below
            state.header.add(index)
            index += 1
            continue
        city = (
            _outlet_city(line)
            if "," in line and state.byline is not None and not is_last and _after_byline(state, index)
            else None
        )
        if city is not None:
            state.dateline = state.dateline or city  # "BBC News, Nairobi" under the reporter's name
            state.header.add(index)
            index += 1
            continue
        if (
            state.byline is not None
            and not is_last
            and _after_byline(state, index)
            and _AFFILIATION.fullmatch(line)
        ):
            state.header.add(index)  # "Associated Press", "VOA News" under the byline
            index += 1
            continue
        dated = _date_line(line)
        if dated is None and state.dated_place is None:
            dated = _date_line_with_place(state, line)
        if dated is not None:
            state.note_date(dated[0], is_update=dated[1])
            state.header.add(index)
            state.date_line = index
            index += 1
            continue
        if state.title is not None and _squash(line) == _squash(state.title.text(state.text)):
            state.boilerplate.append(state.span(index))  # the headline printed twice
            state.header.add(index)
            index += 1
            continue
        if (_SINGLE.fullmatch(line) or _CAPTION.match(line)) and index + 1 < len(state.lines):
            state.boilerplate.append(state.span(index))  # "5 min read", share bars, captions ...
            state.header.add(index)
            index += 1
            continue
        if _NOTE.fullmatch(line) and not is_last:
            state.boilerplate.append(state.span(index))  # "EDITOR'S NOTE: ...", "This story has been updated"
            state.header.add(index)
            index += 1
            continue
        if _deck(state, index):
            if _lede(line) and not _standfirst(line):
                state.lede.append(index)  # the story's first sentence above the byline
            else:
                state.boilerplate.append(state.span(index))  # the subhead between headline and byline
                state.deck_end = state.lines[index][1]
            state.header.add(index)
            index += 1
            continue
        if (
            state.title is None
            and state.byline is None
            and index + 2 < len(state.lines)
            and _title_wraps(state, index)
        ):
            state.title = Span(start=state.lines[index][0], end=state.lines[index + 1][1])
            state.header.update((index, index + 1))
            index += 2
            continue
        repeated = crumb_last is not None and _squash(line) == crumb_last
        tag = _TITLE_TAG.match(line) if state.title is None else None
        unmarked = line if tag is None else line[tag.end() :]
        if (
            state.title is None
            and not is_last
            and (repeated or _title_like(unmarked))
            and state.byline is None
        ):
            state.title = state.span(index)
            if tag is not None:  # "UPDATE 2-Pakistan's Sharif ...": the wire's tag is no headline
                state.title = Span(start=state.title.start + tag.end(), end=state.title.end)
            state.header.add(index)
            index += 1
            continue
        break
    return index


def _credits_follow(state: _Parse, index: int) -> bool:
    """Whether the lines after rule line *index* are a few short ones: the story's credits."""
    rest = state.lines[index + 1 :]
    return len(rest) <= _CREDIT_LINES and all(end - start <= _LINK_MAX for start, end in rest)


def _labelled_date(state: _Parse, line: str) -> bool:
    """
    Whether *line* is a labelled publication or update line ("Published On 4 Sep 2024").

    Records the date as `_read_header` does. Only labelled lines count below the header: a
    bare date there may be a paragraph of the story.
    """
    dated = _date_line(line, labelled=True) if line[:1].isalpha() else None
    if dated is None:
        return False
    state.note_date(dated[0], is_update=dated[1])
    return True


def _late_byline(state: _Parse, index: int, line: str) -> bool:
    """
    Whether *line*, a few lines into the body, is a byline with its date or the city under it.

    Records the authors, the date and the dateline as the header reader would.
    """
    if state.late_byline == index - 1 and state.dateline is None and _bare_dateline(line):
        state.dateline = _squash(line)
        return True
    if state.byline is not None or "|" not in line:
        return False
    found = _bare_byline_parts(line)
    day = found[1] if found is not None else None
    if found is None or day is None:
        return False  # a bar in a story line, or a name with no date: not surely a byline
    state.authors = found[0]
    state.byline = state.span(index)
    state.note_date(day, is_update=False)
    state.late_byline = index
    return True


_CLOCK_TIME = re.compile(r"\d:\d\d")


def _bottom_date(state: _Parse, line: str) -> bool:
    """
    Whether *line*, the page's last, is its date stamp; records the date as `_read_header` does.

    Only when no date was read above, and only a stamp with the clock time ("2026-11-27
    10:14", "Published: Nov 27, 2026 10:14 KST") or in figures with dots, as Anadolu prints
    it at the foot ("29.10.2026"): a date in words alone ending a page may close a timeline,
    or be a related story's under a link.
    """
    if state.published is not None or state.updated is not None:
        return False
    if _CLOCK_TIME.search(line) is None and _DOTTED_DATE.match(line) is None:
        return False
    dated = _date_line(line)
    if dated is None:
        return False
    state.note_date(dated[0], is_update=dated[1])
    state.foot_dated = True
    return True


#: A live page's entry heading: the clock, a dash and a headline without a final stop ("14:05
#: GMT - Burhan meets Saudi deputy foreign minister", "13:40 GMT - US envoy: 'No military
#: solution'"). The entry under it tells its news in sentences; the heading, in headline
#: tense, would give that news again as a statement. An entry that opens with the clock and
#: goes on as story ("15:40 — Macron and Modi wrapped up ... a working lunch.") ends with a stop.
_ENTRY_HEADING = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|[A-Z]{2,4})(?:[+-]\d{1,2})?)?"
    r"[ \t]+[-\u2013\u2014|][ \t]+"
    r"[^\n]{1,120}(?<![.!?])(?<![.!?][\"'\u201d\u2019])"
)


def _read_body(state: _Parse, first: int) -> list[int]:
    """Indices of body lines from *first* on; boilerplate lines are recorded, not returned."""
    body: list[int] = []
    in_links = False
    for index in range(first, len(state.lines)):
        start, end = state.lines[index]
        short = end - start <= _SHORT
        line = state.line(index) if short else ""
        if short and body and _CUT.fullmatch(line):
            state.boilerplate.extend(state.span(i) for i in range(index, len(state.lines)))
            break
        if short and body and _RULE.fullmatch(line) and _credits_follow(state, index):
            # AP ends a story with "___" and its credits ("Goodman reported from Miami.").
            state.boilerplate.extend(state.span(i) for i in range(index, len(state.lines)))
            break
        if short and (
            (body and _LINKS.fullmatch(line))
            or (line[:1] in _POINTS_INITIALS and _POINTS_BOX.fullmatch(line))
        ):
            in_links = True
            state.boilerplate.append(state.span(index))
            continue
        if in_links and end - start <= _LINK_MAX and line[-1:] not in _SENTENCE_END:
            state.boilerplate.append(state.span(index))  # a linked headline in the box
            continue
        in_links = False
        if short and index - first <= _STANDFIRST_LINES and _late_byline(state, index, line):
            # Anadolu's byline under a deck and a lede ("Name |25.11.2026 - Update : ..."),
            # and the city alone under it ("ISTANBUL"): the header, read late.
            state.boilerplate.append(state.span(index))
            continue
        if short and index - first < _STANDFIRST_LINES and _labelled_date(state, line):
            # Al Jazeera prints "Published On 4 Sep 2024" under the standfirst, a long line
            # the header stops at: a line that says it is the date is the date.
            state.boilerplate.append(state.span(index))
            continue
        if short and (_SINGLE.fullmatch(line) or _furniture(line)):
            state.boilerplate.append(state.span(index))
            continue
        if short and line[:1].isdigit() and _ENTRY_HEADING.fullmatch(line):
            state.boilerplate.append(state.span(index))  # a live page's entry heading
            continue
        if short and body and index == len(state.lines) - 1 and _bottom_date(state, line):
            # A page that prints its date stamp under the story ("Nov 27, 2026 | 10:14 KST" as
            # the last line) and none above it, as some Asian wire pages do, whose dateline
            # ("TOKYO (Kyodo) --") gives no date.
            state.boilerplate.append(state.span(index))
            continue
        if short and line[:1] in "PpUu" and _date_line(line, labelled=True) is not None:
            # The Hindu closes with "Published - November 26, 2026 10:44 pm IST": a line that
            # says it is the date is no story text anywhere (the date is read only at the top).
            state.boilerplate.append(state.span(index))
            continue
        body.append(index)
    return body


def parse_article(text: str) -> Article:
    """
    Split a news page's text into headline, byline, section, dateline, body and boilerplate.

    Recognised, by the shape of whole lines:

    * a breadcrumb trail at the top ("Home » World » ...", also with ">" or "/"): the crumb
      after "Home" is the section; the line is boilerplate;
    * the headline: the line that repeats the breadcrumb's last crumb, or else the first
      short line at the top that does not end with a period (a wire tag such as "UPDATE 2-"
      left out);
    * a byline ("by Ahmed Hassan - World News Editor", "By NAME, ROLE", "By NAME and NAME",
      or a name alone above the date or the dateline), and the outlet line under it
      ("Associated Press");
    * a publication line ("Published March 12, 2025", "March 12, 2025 10:44 AM"), at the
      top or, when it says it is one ("Published On 4 Sep 2024"), under a standfirst;
    * a dateline opening the story ("WASHINGTON —", "NEW DELHI (Reuters) -", "Paris (AFP) -",
      "New Delhi, Dec 4 (PTI) ...", "Washington —", "ISTANBUL —" on a line of its own),
      left out of the body;
    * photo captions ("FILE - ...", "... (AP Photo/...)", "In this photo ..."), media player
      controls, and the credits after the story ("(Reporting by ...)", "... contributed to
      this report", "cdm/sbk/ach");
    * site furniture after the story ("You may also like", "Leave a Comment", "Related",
      "Share this", "Subscribe", cookie and comment forms), kept out of the body and
      paragraphs and recorded in `Article.boilerplate`.

    Text without any of these (bare paragraphs) is all body. Never raises, and runs in time
    linear in the length of the text.

    Args:
        text: The page text, exactly as it will be stored in `Source.text`.

    Returns:
        The parts found; every span indexes *text*.

    .. versionadded:: 0.1.0
    """
    state = _Parse(text=text, lines=_lines(text))
    if not state.lines:
        return Article()
    first = _read_header(state)
    body_lines = _read_body(state, first)
    # Consecutive body lines form one run; a boilerplate line between them splits the body.
    # A lede above the byline is a run of its own, before the story's first line.
    runs: list[tuple[int, int]] = [state.lines[index] for index in state.lede]
    opening = len(runs)  # the run the dateline may open
    previous = -2
    for index in body_lines:
        start, end = state.lines[index]
        if runs and index == previous + 1:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
        previous = index
    dateline: str | None = state.dateline
    if len(runs) > opening and dateline is None:
        found = _dateline(text, *runs[opening])
        if found is not None:
            dateline, story_start, printed = found
            if state.foot_dated and printed is not None:
                # The date the story opens with is read before the page's foot.
                state.published, state.updated = printed, None
            elif state.published is None and state.updated is None:
                state.published = printed
            runs[opening] = (strip_span(text, story_start, runs[opening][1])[0], runs[opening][1])
    dateline = dateline or state.dated_place
    if runs:
        # Xinhua closes the last paragraph with "Enditem" on the same line: not story text.
        last_start, last_end = runs[-1]
        signoff = _SIGNOFF.search(text, max(last_start, last_end - _SIGNOFF_MAX), last_end)
        if signoff is not None and signoff.start() > last_start:
            state.boilerplate.append(Span(start=signoff.start() + len(signoff.group(1)), end=last_end))
            runs[-1] = (last_start, signoff.start() + 1)  # the period stays with its sentence
    body = tuple(Span(start=s, end=e) for s, e in runs if e > s)
    paragraphs = tuple(p for run in body for p in line_blocks(text, run))
    return Article(
        title=state.title,
        authors=state.authors,
        byline=state.byline,
        section=state.section,
        dateline=dateline,
        published=state.published or state.updated,
        body=body,
        paragraphs=paragraphs,
        boilerplate=tuple(sorted(state.boilerplate, key=lambda s: s.start)),
    )


class ArticleStage:
    """
    Pipeline stage "article": parses the page and fills in what the source lacks.

    Sets `Document.article`; gives `Document.source` the title, authors, section and
    dateline found when it has none, and the printed publication date only when its
    `published` is None; sets `Document.anchor` from that date when there is no anchor yet.
    """

    @property
    def name(self) -> str:
        """The stage name, "article"."""
        return "article"

    def __call__(self, doc: Document) -> None:
        """Parse ``doc.text`` and update the document."""
        article = parse_article(doc.text)
        doc.article = article
        source = doc.source
        title = _squash(article.title.text(doc.text)) if article.title is not None else None
        authors = tuple(Author(name=name, role=role) for name, role in article.authors)
        doc.source = attrs.evolve(
            source,
            title=source.title if source.title is not None else title,
            authors=source.authors or authors,
            section=source.section if source.section is not None else article.section,
            dateline=source.dateline if source.dateline is not None else article.dateline,
            published=source.published if source.published is not None else article.published,
        )
        if doc.anchor is None and article.published is not None:
            doc.anchor = article.published
