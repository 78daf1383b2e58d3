# ruff: noqa: RUF001  (typographic quotation marks are what these paragraphs test)
"""
Statement rules found by probing new wire, broadcaster and state-media copy.

Each rule is checked on paragraphs written for these tests (not taken from any article),
with negative cases that must keep their reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Record, Span


def _cut(text: str, span: Span | None) -> str | None:
    return None if span is None else text[span.start : span.end]


def _rows(record: Record) -> list[tuple[str | None, str | None, str, tuple[str, ...]]]:
    """(source, cue, content, speaker names) of every statement, in text order."""
    text = record.source.text
    names = {a.id: a.name for a in record.actors}
    return [
        (
            _cut(text, s.speaker_mention),
            _cut(text, s.cue),
            " ".join(text[c.start : c.end] for c in s.content),
            tuple(names[x] for x in s.speakers),
        )
        for s in record.statements
    ]


def _by_cue(text: str, cue: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    return [(src, content, speakers) for src, c, content, speakers in _rows(extract(text)) if c == cue]


_HEAD = "Leaders meet in the capital\n"


# -- a "tell" cue closing a quotation: the words after it are the audience -------------------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            (
                "“Nobody can stop us trading in our own money,” Lula told business leaders after the"
                " talks. “Why should every nation depend on one currency?”"
            ),
            (
                "“Nobody can stop us trading in our own money,” “Why should every nation depend on one"
                " currency?”"
            ),
        ),
        (
            (
                "“We do not want a wider war,” Pezeshkian told the official state news agency IRNA."
                " “But we will answer any attack.”"
            ),
            "“We do not want a wider war,” “But we will answer any attack.”",
        ),
        (
            "“The port will be finished by June,” the minister told foreign journalists in Lagos.",
            "“The port will be finished by June,”",
        ),
        (
            "“Our door is open,” Ramaphosa told reporters who had gathered outside the hall.",
            "“Our door is open,”",
        ),
        (
            (
                "“Our door is open,” Ramaphosa told a gathering of investors, adding that talks would"
                " resume in March."
            ),
            "“Our door is open,”",
        ),
    ],
)
def test_tell_after_quotation_takes_no_second_content(body: str, content: str) -> None:
    rows = _by_cue(_HEAD + body, "told")
    assert [r[1] for r in rows] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # The audience noun after modifiers, then the content without "that".
        ("Lula told foreign journalists the currency plan was ready.", "the currency plan was ready"),
        ("Ruto told Kenyan business leaders the loans would be cheaper.", "the loans would be cheaper"),
        (
            "Ruto told Kenyan business leaders on Monday that the loans were cheap.",
            "that the loans were cheap",
        ),
    ],
)
def test_tell_keeps_content_after_its_audience(body: str, content: str) -> None:
    rows = _by_cue(_HEAD + body, "told")
    assert content in [r[1] for r in rows]


# -- headlines: a list of subjects shared by two verbs, and titled items --------------------


@pytest.mark.parametrize(
    ("headline", "cue", "source"),
    [
        ("Ghana, Togo sign border deal, urge end to smuggling", "urge", "Ghana, Togo"),
        (
            "Chile's Boric, Peru's Boluarte open summit, warn of crime wave",
            "warn",
            "Chile's Boric, Peru's Boluarte",
        ),
        (
            "Jordan's king, Egypt's president urge Gaza aid in Amman",
            "urge",
            "Jordan's king, Egypt's president",
        ),
        (
            "Oman's sultan, Iran's foreign minister urge restraint",
            "urge",
            "Oman's sultan, Iran's foreign minister",
        ),
    ],
)
def test_headline_subject_list(headline: str, cue: str, source: str) -> None:
    rows = _by_cue(headline + "\nThe talks were held on Monday.", cue)
    assert [r[0] for r in rows] == [source]


@pytest.mark.parametrize(
    ("headline", "cue", "source"),
    [
        # An inverted tag after the comma keeps its own source.
        ("Border talks stall, says Togo minister", "says", "Togo minister"),
        # A single verb: the list is its subject as before.
        ("Ghana, Togo urge reopening of border", "urge", "Ghana, Togo"),
        # A fronted place is not part of the list.
        ("In Accra, Mahama and Faure urge reopening of border", "urge", "Mahama and Faure"),
    ],
)
def test_headline_subject_list_negatives(headline: str, cue: str, source: str) -> None:
    rows = _by_cue(headline + "\nThe talks were held on Monday.", cue)
    assert [r[0] for r in rows] == [source]


# -- "X and his counterpart Y": one coordinated source, both speakers ------------------------


@pytest.mark.parametrize(
    ("body", "cue", "source", "speakers"),
    [
        (
            (
                "Ghanaian President John Mahama and his Togolese counterpart Faure Gnassingbe on Monday"
                " agreed to reopen the border."
            ),
            "agreed",
            "Ghanaian President John Mahama and his Togolese counterpart Faure Gnassingbe",
            ("John Mahama", "Faure Gnassingbe"),
        ),
        (
            (
                "Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart Elmer"
                " Schialer said the talks had gone well."
            ),
            "said",
            "Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart Elmer Schialer",
            ("Alberto van Klaveren", "Elmer Schialer"),
        ),
    ],
)
def test_name_and_his_counterpart(body: str, cue: str, source: str, speakers: tuple[str, ...]) -> None:
    rows = _by_cue(_HEAD + body, cue)
    assert rows
    assert rows[0][0] == source
    assert set(rows[0][2]) == set(speakers)


def test_dash_after_dateline_is_not_part_of_the_source() -> None:
    text = (
        "Leaders meet\nAccra (AFP) - Ghanaian President John Mahama said on Monday that the border reopens."
    )
    rows = _by_cue(text, "said")
    assert [r[0] for r in rows] == ["Ghanaian President John Mahama"]


# -- "states" as a plural noun ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The talks come as Gulf states seek to prevent a wider regional war.",
        "Several member states oppose the plan.",
        "Arab states want a ceasefire before the summit.",
    ],
)
def test_states_as_noun_is_no_cue(body: str) -> None:
    assert _by_cue(_HEAD + body, "states") == []


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("The communique states that both navies will share data.", "that both navies will share data"),
        ("The joint statement states: “Both navies will share data.”", "“Both navies will share data.”"),
    ],
)
def test_states_as_verb_is_a_cue(body: str, content: str) -> None:
    assert [r[1] for r in _by_cue(_HEAD + body, "states")] == [content]


# -- sources: an acronym in brackets, a title's "to" complement, names ending in "-ed" -------


@pytest.mark.parametrize(
    ("body", "cue", "source", "content"),
    [
        (
            (
                "Both sides reviewed the hydropower projects, the Ministry of External Affairs (MEA) said"
                " in a statement."
            ),
            "said in a statement",
            "the Ministry of External Affairs (MEA)",
            "Both sides reviewed the hydropower projects",
        ),
        (
            "The International Atomic Energy Agency (IAEA) said on Monday that inspectors had returned.",
            "said",
            "The International Atomic Energy Agency (IAEA)",
            "that inspectors had returned",
        ),
    ],
)
def test_source_with_bracketed_acronym(body: str, cue: str, source: str, content: str) -> None:
    assert [(r[0], r[1]) for r in _by_cue(_HEAD + body, cue)] == [(source, content)]


def test_bracket_that_is_no_acronym_gives_no_source() -> None:
    # A lower-case aside in brackets is not part of a name.
    assert _by_cue(_HEAD + "Trade rose sharply (see the chart) said the report.", "said") == []


@pytest.mark.parametrize(
    ("body", "source", "not_speaker"),
    [
        (
            "Former Kenyan ambassador to Ethiopia Catherine Mwangi said the dam talks could resume.",
            "Former Kenyan ambassador to Ethiopia Catherine Mwangi",
            "Ethiopia",
        ),
        (
            "The U.N. special envoy to Yemen, Hans Grundberg, said the truce was holding.",
            "The U.N. special envoy to Yemen, Hans Grundberg,",
            "Yemen",
        ),
        (
            "An adviser to the Nigerian president, Bayo Onanuga, said the visit was a success.",
            "An adviser to the Nigerian president, Bayo Onanuga,",
            "Nigeria",
        ),
    ],
)
def test_title_with_to_complement(body: str, source: str, not_speaker: str) -> None:
    """The place or office after "to" complements the title: it is never the speaker."""
    rows = _by_cue(_HEAD + body, "said")
    assert [r[0] for r in rows] == [source]
    assert not_speaker not in rows[0][2]


def test_title_with_to_complement_names_the_speaker() -> None:
    body = "Former Kenyan ambassador to Ethiopia Catherine Mwangi said the dam talks could resume."
    assert [r[2] for r in _by_cue(_HEAD + body, "said")] == [("Catherine Mwangi",)]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "The Saudi foreign minister, Saeed Al-Hajri, said the port would grow.",
            "The Saudi foreign minister, Saeed Al-Hajri,",
        ),
        (
            "Egypt's ambassador, Mohamed Hamed, said the port would grow.",
            "Egypt's ambassador, Mohamed Hamed,",
        ),
        ("The spokesman, Majed al-Ansari, said the port would grow.", "The spokesman, Majed al-Ansari,"),
    ],
)
def test_appositive_names_ending_in_ed_stay_in_the_source(body: str, source: str) -> None:
    assert [r[0] for r in _by_cue(_HEAD + body, "said")] == [source]


def test_participle_aside_still_left_out() -> None:
    body = "The minister, asked about the port, said it would grow."
    assert [r[0] for r in _by_cue(_HEAD + body, "said")] == ["The minister"]


# -- where a statement was posted or broadcast belongs to the cue ----------------------------


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "Ghana's president said in a post on X that the border would reopen.",
            "said in a post on X",
            "that the border would reopen",
        ),
        (
            "Togo's leader wrote in a message on Truth Social that the deal was done.",
            "wrote in a message on Truth Social",
            "that the deal was done",
        ),
        (
            "The ministry said in a statement on its website that the deal was done.",
            "said in a statement on its website",
            "that the deal was done",
        ),
        (
            "The minister said in an interview on state television that the deal was done.",
            "said in an interview on state television",
            "that the deal was done",
        ),
        # A time adjunct or a topic after "on" stays out of the cue.
        (
            "The ministry said in a statement on Monday that the deal was done.",
            "said in a statement",
            "that the deal was done",
        ),
        (
            "The ministry said in a statement on the talks that progress was made.",
            "said in a statement",
            "that progress was made",
        ),
    ],
)
def test_platform_after_statement_noun(body: str, cue: str, content: str) -> None:
    assert [r[1] for r in _by_cue(_HEAD + body, cue)] == [content]


# -- outlets and audiences after "told"; "a request for comment" ------------------------------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Ebrard told local radio station Radio Centro that Mexico would not accept foreign troops.",
            "that Mexico would not accept foreign troops",
        ),
        (
            "The minister told the Kenyan state news agency KNA the troops would stay.",
            "the troops would stay",
        ),
        (
            "The minister told Brazilian newspaper Folha that the troops would stay.",
            "that the troops would stay",
        ),
        # An audience followed by a content opening with an article.
        ("The minister told his cabinet the troops would stay.", "the troops would stay"),
        ("The minister told lawmakers the agency would close.", "the agency would close"),
    ],
)
def test_outlet_recipient_before_content(body: str, content: str) -> None:
    assert [r[1] for r in _by_cue(_HEAD + body, "told")] == [content]


@pytest.mark.parametrize(
    "body",
    [
        "The Department of Homeland Security did not respond to a request for comment from VOA.",
        "The embassy did not reply to requests for comment on Friday.",
    ],
)
def test_request_for_comment_is_no_statement(body: str) -> None:
    assert _rows(extract(_HEAD + body)) == []


def test_request_for_talks_is_still_a_cue() -> None:
    rows = _rows(extract(_HEAD + "Kenya's request for new talks was rejected by Ethiopia."))
    assert any(cue is not None and cue.endswith("request for") for _, cue, _, _ in rows)


# -- welcoming a person is an act; "the warm welcome" is a noun -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The emir welcomed the Kenyan President at the palace gate.",
        "The emir welcomed the visiting delegation on Monday.",
        "Ruto welcomed President Tinubu and his delegation.",
        "Ruto welcomed his Ghanaian counterpart, John Mahama, before the talks.",
    ],
)
def test_welcoming_a_person_is_no_statement(body: str) -> None:
    assert _by_cue(_HEAD + body, "welcomed") == []


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Ruto welcomed the agreement and called it historic.", "the agreement"),
        (
            "Ruto welcomed the President's decision to reopen the border.",
            "the President's decision to reopen the border",
        ),
        ("The lawmakers welcomed the news from Kyiv.", "the news from Kyiv"),
    ],
)
def test_welcoming_a_decision_is_still_an_evaluation(body: str, content: str) -> None:
    assert [r[1] for r in _by_cue(_HEAD + body, "welcomed")] == [content]


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        (
            "For his part, Tinubu expressed his thanks for the warm welcome and said Nigeria was open.",
            "said",
            "Tinubu",
        ),
        (
            "In a brief statement, the ministry welcomed the deal and said it was overdue.",
            "said",
            "the ministry",
        ),
    ],
)
def test_fronted_adverbial_is_no_shared_subject(body: str, cue: str, source: str) -> None:
    rows = _rows(extract(_HEAD + body))
    assert [r[1] for r in rows if r[1] in {"welcome", "warm welcome"}] == []
    assert [r[0] for r in rows if r[1] == cue] == [source]


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("The two leaders agree that trade must grow.", "agree"),
        ("The people want peace in the region.", "want"),
        ("The police say the border is calm.", "say"),
    ],
)
def test_base_form_after_plural_subject_is_still_a_cue(body: str, cue: str) -> None:
    assert len(_by_cue(_HEAD + body, cue)) == 1


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("“We agreed on a joint zone,” the president wrote on X after the meeting.", "wrote on X"),
        ("The opposition leader said on social media that the deal was a betrayal.", "said on social media"),
        ("The minister said on Telegram that the deal was a betrayal.", "said on Telegram"),
        # A place or a time after "on" is an adjunct, not where it was posted.
        ("The senator said on Capitol Hill that the deal was a betrayal.", "said"),
        ("The senator said on Monday that the deal was a betrayal.", "said"),
    ],
)
def test_platform_right_after_the_verb(body: str, cue: str) -> None:
    assert len(_by_cue(_HEAD + body, cue)) == 1


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "He added that the Kenyan community in Qatar, numbering about 90,000 people, was a bridge.",
            "that the Kenyan community in Qatar, numbering about 90,000 people, was a bridge",
        ),
        (
            "She said the pact, signed in 2019, had doubled trade.",
            "the pact, signed in 2019, had doubled trade",
        ),
        # A participle clause after the content's verb still ends it.
        ("She said trade had doubled, prompting new talks.", "trade had doubled"),
        ("She said trade had doubled, reaching $4 billion, and would grow.", "trade had doubled"),
    ],
)
def test_participle_aside_inside_content(body: str, content: str) -> None:
    assert [r[2] for r in _rows(extract(_HEAD + body))] == [content]


# -- more sources and contents from wire copy -------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Manila and Hanoi have their own overlapping claims in the Spratly Islands but avoid disputes.",
        "The growing fears of a trade war weigh on both capitals.",
    ],
)
def test_noun_after_participle_adjective_is_no_cue(body: str) -> None:
    assert _rows(extract(_HEAD + body)) == []


def test_according_to_after_a_tag_is_the_outermost_attribution() -> None:
    # Only the outermost attribution is annotated (the dev set's "according to Xinhua"):
    # the quotation and its tag are the content of "according to".
    body = (
        "“Pakistan has always stood by its friends,” Sharif said, according to the statement."
        " “Our ties are beyond comparison.”"
    )
    assert _by_cue(_HEAD + body, "said") == []
    assert [r[1] for r in _by_cue(_HEAD + body, "according to")] == [
        "“Pakistan has always stood by its friends,” Sharif said “Our ties are beyond comparison.”"
    ]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "The two met for an hour. Chilean government spokeswoman Aisén Etcheverry said it went well.",
            "Chilean government spokeswoman Aisén Etcheverry",
        ),
        ("A senior cabinet minister said the talks were cordial.", "A senior cabinet minister"),
    ],
)
def test_government_and_cabinet_modify_titles(body: str, source: str) -> None:
    assert [r[0] for r in _by_cue(_HEAD + body, "said")] == [source]


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "Asked about his remarks, Milei told reporters outside the palace: “I said what I said.”",
            "told",
            "“I said what I said.”",
        ),
        ("Milei said on Wednesday in Madrid: “I said what I said.”", "said", "“I said what I said.”"),
        # A colon inside the content stays there.
        (
            "Milei said the reason was simple: “I said what I said.”",
            "said",
            "the reason was simple: “I said what I said.”",
        ),
    ],
)
def test_colon_after_an_adjunct_opens_the_content(body: str, cue: str, content: str) -> None:
    assert [r[1] for r in _by_cue(_HEAD + body, cue)] == [content]


@pytest.mark.parametrize(
    "body",
    [
        "A Chilean official, who asked not to be named as he was not allowed to speak, said it went well.",
        "Two diplomats, who requested anonymity to discuss the talks, said talks would resume.",
    ],
)
def test_asking_for_anonymity_is_no_statement(body: str) -> None:
    rows = _rows(extract(_HEAD + body))
    assert [r[1] for r in rows] == ["said"]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Koh told VOA's Mandarin Service that the deal was symbolic.", "that the deal was symbolic"),
        ("Koh told the BBC's Newsnight that the deal was symbolic.", "that the deal was symbolic"),
        ("Koh told Japan's parliament the deal was symbolic.", "the deal was symbolic"),
    ],
)
def test_possessive_inside_recipient(body: str, content: str) -> None:
    assert [r[1] for r in _by_cue(_HEAD + body, "told")] == [content]


# -- a quotation ending in "?" or "!" keeps its tag -------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "Koh said they were worried.\n“Where is our seat at the table?” Koh asked. “We are right.”",
            "asked",
            "“Where is our seat at the table?” “We are right.”",
        ),
        (
            "Koh said the Europeans were worried.\n“The Europeans ask, ‘Where is our seat?’” Koh said.",
            "said",
            "“The Europeans ask, ‘Where is our seat?’”",
        ),
        (
            "“What a day this has been!” the minister said after the vote.",
            "said",
            "“What a day this has been!”",
        ),
    ],
)
def test_question_quote_keeps_its_tag(body: str, cue: str, content: str) -> None:
    assert content in [r[1] for r in _by_cue(_HEAD + body, cue)]


def test_question_quote_then_told_tag() -> None:
    body = "Koh said they were worried.\n“Where is our seat?” Koh told VOA on Tuesday."
    assert [r[1] for r in _by_cue(_HEAD + body, "told")] == ["“Where is our seat?”"]


def test_question_quote_then_a_statement_of_its_own_is_not_merged() -> None:
    body = "Koh said they were worried.\n“Why not?” Ruto said the deal was fine."
    assert [r[1] for r in _by_cue(_HEAD + body, "said")] == [
        "they were worried “Why not?”",
        "the deal was fine",
    ]


def test_question_quote_then_new_sentence_is_not_merged() -> None:
    body = "Koh said the Europeans were worried.\n“Where is our seat?” The question hangs over Munich."
    rows = _rows(extract(_HEAD + body))
    assert [r[1] for r in rows] == ["said"]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("“The mood was positive,” said one of the sources. “Trust will take years.”", "one of the sources"),
        ("“The mood was positive,” said another official, who asked not to be named.", "another official"),
    ],
)
def test_inverted_source_opened_by_a_quantifier(body: str, source: str) -> None:
    assert [r[0] for r in _by_cue(_HEAD + body, "said")] == [source]


def test_it_continues_the_institution_that_just_spoke() -> None:
    body = (
        "Ghana and Togo agreed to reopen the border, Ghana's foreign ministry said."
        " It said in a statement that the crossings would open on Monday."
    )
    rows = _by_cue(_HEAD + body, "said in a statement")
    assert [(r[0], r[2]) for r in rows] == [("It", ("Ghana's foreign ministry",))]


def test_it_after_a_person_stays_unresolved() -> None:
    body = (
        "Ghana and Togo agreed to reopen the border, Ghanaian President John Mahama said."
        " It said in a statement that the crossings would open on Monday."
    )
    rows = _by_cue(_HEAD + body, "said in a statement")
    assert [r[2] for r in rows] == [()]


@pytest.mark.parametrize(
    ("body", "source", "content"),
    [
        (
            "Sonko, who has called the bases “a relic,” said the troops must leave.",
            "Sonko",
            "the troops must leave",
        ),
        (
            "Faye, who won office on a promise to restore “sovereignty,” has said foreign bases must close.",
            "Faye",
            "foreign bases must close",
        ),
    ],
)
def test_relative_clause_ending_in_a_quotation(body: str, source: str, content: str) -> None:
    rows = _rows(extract(_HEAD + body))
    assert (source, content) in [(r[0], r[2]) for r in rows]
    # The content inside the relative clause stops at the quotation.
    assert all(not r[2].endswith(content) or r[0] == source for r in rows)


@pytest.mark.parametrize(
    ("headline", "cue", "content"),
    [
        ("Ghana, Togo agree to reopen border after talks -sources", "agree", "to reopen border after talks"),
        (
            "Ghana says border talks with Togo progressing -minister",
            "says",
            "border talks with Togo progressing",
        ),
        # A hyphenated word is no suffix.
        (
            "Ghana, Togo urge reopening of border after Accra-Lome talks",
            "urge",
            "reopening of border after Accra-Lome talks",
        ),
    ],
)
def test_wire_headline_suffix_is_not_content(headline: str, cue: str, content: str) -> None:
    assert [r[1] for r in _by_cue(headline + "\nThe talks were held on Monday.", cue)] == [content]


def test_backshifted_coordinated_verb_stays_in_the_reported_clause() -> None:
    body = (
        "The Ghanaian presidency said in a statement that the two sides had affirmed their ties"
        " and had discussed energy cooperation."
    )
    rows = _rows(extract(_HEAD + body))
    assert [(r[1], r[2]) for r in rows] == [
        (
            "said in a statement",
            "that the two sides had affirmed their ties and had discussed energy cooperation",
        )
    ]


def test_coordinated_cue_of_the_speaker_still_shares_the_source() -> None:
    body = "The minister criticized the plan and had warned that it would fail."
    rows = _rows(extract(_HEAD + body))
    assert [(r[0], r[1]) for r in rows] == [("The minister", "criticized"), ("The minister", "had warned")]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The minister said the sea lanes “must stay free and open,” a phrase Accra uses often.",
            "the sea lanes “must stay free and open,”",
        ),
        (
            "The minister said the sea must stay open to all, an apparent reference to Lome.",
            "the sea must stay open to all",
        ),
        # An appositive of a place in the content stays.
        (
            "The minister said the deal was signed in Accra, a city of four million people.",
            "the deal was signed in Accra, a city of four million people",
        ),
    ],
)
def test_reporter_aside_after_content(body: str, content: str) -> None:
    assert [r[2] for r in _rows(extract(_HEAD + body))] == [content]


@pytest.mark.parametrize(
    ("body", "source", "cue", "content"),
    [
        (
            "Mitsotakis was quoted by the state broadcaster ERT as saying the two countries were close.",
            "Mitsotakis",
            "was quoted by the state broadcaster ERT as saying",
            "the two countries were close",
        ),
        (
            "The spokesman said in remarks broadcast on Skai TV that the atmosphere had been good.",
            "The spokesman",
            "said in remarks",
            "that the atmosphere had been good",
        ),
        (
            "The spokesman said in remarks to reporters that the atmosphere had been good.",
            "The spokesman",
            "said in remarks",
            "that the atmosphere had been good",
        ),
        (
            "The spokesman said in a letter to Erdogan that the atmosphere had been good.",
            "The spokesman",
            "said in a letter",
            "that the atmosphere had been good",
        ),
    ],
)
def test_speech_phrases_between_cue_and_content(body: str, source: str, cue: str, content: str) -> None:
    assert [(r[0], r[1], r[2]) for r in _rows(extract(_HEAD + body))] == [(source, cue, content)]


def test_pronoun_tag_is_not_the_person_the_quotation_names() -> None:
    text = (
        "Leaders meet in Ankara\n"
        "Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan on Thursday.\n"
        "Ioannis Grigoriadis, a professor at Bilkent University, told VOA that politics limited both men.\n"
        "“Neither Mitsotakis nor Erdogan wants to be seen making concessions,” he said."
    )
    rows = _by_cue(text, "said")
    assert [r[2] for r in rows] == [("Ioannis Grigoriadis",)]


def test_pronoun_tag_keeps_its_person_when_the_quotation_names_someone_else() -> None:
    text = (
        "Leaders meet in Ankara\n"
        "Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan on Thursday.\n"
        "Mitsotakis said the talks were useful.\n"
        "“Erdogan and I agree on more than people think,” he said."
    )
    rows = _by_cue(text, "said")
    assert [r[2] for r in rows] == [("Kyriakos Mitsotakis",), ("Kyriakos Mitsotakis",)]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The secretary said Sunday on NBC's “Meet the Press” that the call had been constructive.",
            "that the call had been constructive",
        ),
        (
            "The secretary said on CNN's State of the Union that the call had been useful.",
            "that the call had been useful",
        ),
    ],
)
def test_programme_named_between_cue_and_that(body: str, content: str) -> None:
    assert [r[2] for r in _rows(extract(_HEAD + body))] == [content]


@pytest.mark.parametrize(
    "headline",
    ["Ghana, Togo hold call on border, trade", "Ghana, Togo leaders hold call on border"],
)
def test_noun_object_of_a_headline_verb_is_no_cue(headline: str) -> None:
    assert _rows(extract(headline + "\nThe talks were held on Monday.")) == []


@pytest.mark.parametrize(
    ("body", "source", "cue", "content"),
    [
        (
            "As one senior official put it, “Nobody wants a conflict.”",
            "one senior official",
            "put it",
            "“Nobody wants a conflict.”",
        ),
        (
            "The talks went well, but as Koh put it, the hard part comes next.",
            "Koh",
            "put it",
            "the hard part comes next",
        ),
        ("As Koh noted on Monday, the hard part comes next.", "Koh", "noted", "the hard part comes next"),
        # "put it (bluntly / this way):" before a quotation names who said it.
        (
            "The Malaysian envoy put it bluntly: “Nobody wants a conflict.”",
            "The Malaysian envoy",
            "put it bluntly",
            "“Nobody wants a conflict.”",
        ),
        (
            "Koh put it this way: “The hard part comes next.”",
            "Koh",
            "put it this way",
            "“The hard part comes next.”",
        ),
    ],
)
def test_as_source_said_before_its_content(body: str, source: str, cue: str, content: str) -> None:
    assert [(r[0], r[1], r[2]) for r in _rows(extract(_HEAD + body))] == [(source, cue, content)]


@pytest.mark.parametrize(
    "body",
    [
        "The minister put it on the agenda for the next round.",
        "He put it bluntly to the envoys.",
        "The minister put it aside: the agenda was full.",
    ],
)
def test_put_it_without_as_is_no_cue(body: str) -> None:
    assert _rows(extract(_HEAD + body)) == []


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        (
            "“We are ready,” he said, adding: “But not at any price.”",
            [("said", "“We are ready,”"), ("adding", "“But not at any price.”")],
        ),
        (
            "“It is too early,” the envoy said of the plan. “We need more time.”",
            [("said", "“It is too early,” “We need more time.”")],
        ),
        (
            "The minister added that the deal “will not be signed this year,” citing legal hurdles.",
            [("added", "that the deal “will not be signed this year,”")],
        ),
    ],
)
def test_quotation_around_tags_and_participles(body: str, rows: list[tuple[str, str]]) -> None:
    assert [(r[1], r[2]) for r in _rows(extract(_HEAD + body))] == rows


_BODY = "\nGhanaian President John Mahama met Togolese President Faure Gnassingbe in Accra on Monday."


@pytest.mark.parametrize(
    ("headline", "rows"),
    [
        (
            "Mahama: Ghana, Togo must reopen the border",
            [("Mahama", ":", "Ghana, Togo must reopen the border")],
        ),
        ("Border will reopen, says foreign minister", [("foreign minister", "says", "Border will reopen")]),
        (
            "‘We are ready to talk,’ says Togo's Gnassingbe",
            [("Togo's Gnassingbe", "says", "‘We are ready to talk,’")],
        ),
        # A wire label before a colon is no part of the content.
        (
            "Exclusive: Ghana, Togo near deal on power, sources say",
            [("sources", "say", "Ghana, Togo near deal on power")],
        ),
        (
            "Insight: Togo is ready to reopen the border, officials say",
            [("officials", "say", "Togo is ready to reopen the border")],
        ),
        # A place or a label before a colon is no speaker.
        ("Togo: Army reopens border crossings", []),
        ("Analysis: Why the Mahama visit matters", []),
    ],
)
def test_headline_attribution_shapes(headline: str, rows: list[tuple[str, str, str]]) -> None:
    record = extract(headline + _BODY)
    title = [r for r in _rows(record) if r[2] and r[2] in headline]
    assert [(r[0], r[1], r[2]) for r in title] == rows


def test_inverted_source_keeps_a_possessive_appositive() -> None:
    body = "“The talks were useful,” said Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's prime minister."
    assert [r[0] for r in _by_cue(_HEAD + body, "said")] == [
        "Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's prime minister"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "VOA contacted the Chinese Embassy, which did not respond.",
        "The ministry has not commented on the talks.",
        "The embassy didn't reply to questions about the talks.",
    ],
)
def test_not_responding_is_no_statement(body: str) -> None:
    assert _rows(extract(_HEAD + body)) == []


def test_indefinite_spokesperson_is_the_department_not_a_named_person() -> None:
    body = (
        "A State Department spokesperson said in an email that Washington supported the talks."
        " State Department spokesperson Tammy Bruce told reporters that the talks were useful."
    )
    rows = _rows(extract(_HEAD + body))
    assert [r[3] for r in rows] == [("State Department",), ("Tammy Bruce",)]


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        (
            "Rubio declined to say whether Kyiv had accepted the plan.",
            [("declined to say", "whether Kyiv had accepted the plan")],
        ),
        ("The ministry refused to comment on the talks.", []),
        ("The ministry declined to comment.", []),
        ("Moscow refused to recognize the vote.", [("refused", "to recognize the vote")]),
    ],
)
def test_declining_to_speak(body: str, rows: list[tuple[str, str]]) -> None:
    assert [(r[1], r[2]) for r in _rows(extract(_HEAD + body))] == rows


@pytest.mark.parametrize(
    ("body", "source", "speakers"),
    [
        (
            "Rep. Brian Fitzpatrick, R-Pa., told VOA: “We have to be careful.”",
            "Rep. Brian Fitzpatrick, R-Pa.,",
            ("Brian Fitzpatrick",),
        ),
        (
            "Senator Chuck Schumer, D-N.Y., said the deal was weak.",
            "Senator Chuck Schumer, D-N.Y.,",
            ("Chuck Schumer",),
        ),
    ],
)
def test_party_and_state_after_a_lawmaker(body: str, source: str, speakers: tuple[str, ...]) -> None:
    assert [(r[0], r[3]) for r in _rows(extract(_HEAD + body))] == [(source, speakers)]


@pytest.mark.parametrize(
    ("body", "source", "speakers"),
    [
        (
            "A joint statement released by the two leaders said Japan would fund the port.",
            "A joint statement released by the two leaders",
            {"William Ruto", "Shigeru Ishiba"},
        ),
        (
            "A statement issued by Kenya's foreign ministry said Japan would fund the port.",
            "A statement issued by Kenya's foreign ministry",
            {"Kenya's foreign ministry"},
        ),
        (
            "They discussed ports, according to a transcript released by Kenya's foreign ministry.",
            "a transcript released by Kenya's foreign ministry",
            {"Kenya's foreign ministry"},
        ),
    ],
)
def test_document_issued_by_a_speaker(body: str, source: str, speakers: set[str]) -> None:
    text = (
        "Leaders meet in Tokyo\nKenyan President William Ruto met Japanese Prime Minister Shigeru Ishiba"
        " in Tokyo on Tuesday.\n" + body
    )
    rows = [r for r in _rows(extract(text)) if r[0] == source]
    assert [set(r[3]) for r in rows] == [speakers]


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        (
            "Pifer was blunt about the risks. He said:\n“Russia does not keep ceasefires.”",
            [("He", "said", "“Russia does not keep ceasefires.”")],
        ),
        (
            "Herbst wrote in a commentary for the Atlantic Council:\n“The Kremlin will use any pause.”",
            [("Herbst", "wrote in a commentary", "“The Kremlin will use any pause.”")],
        ),
        # Without a quotation after it, a colon-ended cue gives nothing.
        ("The minister said:\nThe talks will resume in March.", []),
    ],
)
def test_colon_ending_a_paragraph_introduces_the_quotation(
    body: str, rows: list[tuple[str, str, str]]
) -> None:
    assert [(r[0], r[1], r[2]) for r in _rows(extract(_HEAD + body))] == rows


def test_neither_nor_source() -> None:
    text = (
        "Leaders meet in Ankara\nGreek Prime Minister Kyriakos Mitsotakis met Turkish President"
        " Recep Tayyip Erdogan on Thursday.\nNeither Mitsotakis nor Erdogan expected a breakthrough."
    )
    rows = _by_cue(text, "expected")
    assert [(r[0], set(r[2])) for r in rows] == [
        ("Neither Mitsotakis nor Erdogan", {"Kyriakos Mitsotakis", "Recep Tayyip Erdogan"})
    ]


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "Zelenskyy said in his nightly video address that the talks were useful.",
            "said in his nightly video address",
            "that the talks were useful",
        ),
        (
            "Zelenskyy said in a statement the talks were useful.",
            "said in a statement",
            "the talks were useful",
        ),
    ],
)
def test_speech_phrase_with_possessive_or_without_that(body: str, cue: str, content: str) -> None:
    assert [(r[1], r[2]) for r in _rows(extract(_HEAD + body))] == [(cue, content)]


def test_coordinated_clause_is_not_a_closing_tag() -> None:
    rows = _rows(extract(_HEAD + "Ruto said the deal was good, and Ishiba agreed."))
    assert [(r[0], r[1], r[2]) for r in rows] == [("Ruto", "said", "the deal was good")]


def test_closing_tag_after_a_comma_is_still_one() -> None:
    rows = _rows(extract(_HEAD + "The deal was good, Ruto said."))
    assert [(r[0], r[1], r[2]) for r in rows] == [("Ruto", "said", "The deal was good")]


def test_participle_aside_between_source_and_verb() -> None:
    body = (
        "The Maldivian president, while thanking India for its support, said the two countries shared ties."
    )
    rows = _rows(extract(_HEAD + body))
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("The Maldivian president", "thanking", "India for its support"),
        ("The Maldivian president", "said", "the two countries shared ties"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Some information for this report came from The Associated Press and Reuters.",
        "This call for talks came too late for the region.",
    ],
)
def test_noun_after_a_demonstrative_is_no_cue(body: str) -> None:
    assert _rows(extract(_HEAD + body)) == []


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Ruto told the agency's director that the loans were ready.", "that the loans were ready"),
        ("Ruto told a television interviewer that the loans were ready.", "that the loans were ready"),
        # A content opening with an article keeps its relative clause.
        ("Ruto told them the deal that was signed was fair.", "the deal that was signed was fair"),
    ],
)
def test_audience_nouns_before_that(body: str, content: str) -> None:
    assert [r[1] for r in _by_cue(_HEAD + body, "told")] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The kings “agreed to deepen trade,” the palace said in a statement carried by the news agency.",
            "The kings “agreed to deepen trade,”",
        ),
        (
            "Fuel exports will double, the ministry said in a note posted on its website.",
            "Fuel exports will double",
        ),
    ],
)
def test_participle_after_a_speech_phrase_describes_it(body: str, content: str) -> None:
    rows = _rows(extract(body))
    assert [r[2] for r in rows] == [content]


def test_participle_phrase_before_that_still_reaches_the_content() -> None:
    body = "The ministry said in a note posted on its website that fuel exports would double."
    assert [r[2] for r in _rows(extract(body))] == ["that fuel exports would double"]


def test_a_long_gulf_title_and_name_is_one_source() -> None:
    body = (
        "Minister of State at the Ministry of Foreign Affairs Dr. Khalid bin Saud Abdulrahman Al Mansouri "
        "told the agency that talks would resume."
    )
    rows = _rows(extract(body))
    assert [r[0] for r in rows] == [
        "Minister of State at the Ministry of Foreign Affairs Dr. Khalid bin Saud Abdulrahman Al Mansouri"
    ]


@pytest.mark.parametrize(
    ("body", "source", "content"),
    [
        (
            (
                "At the start of the session, His Majesty the King received the envoy and his delegation, "
                "expressing his hope that the visit would deepen ties."
            ),
            "His Majesty the King",
            "that the visit would deepen ties",
        ),
        (
            "The minister said the port deal was signed, voicing hope that a rail deal would follow.",
            "The minister",
            "that a rail deal would follow",
        ),
    ],
)
def test_a_participle_light_verb_shares_the_clause_subject(body: str, source: str, content: str) -> None:
    rows = _rows(extract(body))
    assert (source, content) in [(r[0], r[2]) for r in rows]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Rubio warned Caracas over its treatment of detained Americans.",
            "over its treatment of detained Americans",
        ),
        ("Modi reminded Dhaka of its pledge to protect minorities.", "of its pledge to protect minorities"),
        ("Lavrov warned Tokyo on Friday against deploying missiles.", "against deploying missiles"),
        (
            "Ruto Warns Somalia Over Border Incursions\n\nThe two leaders met on Monday.",
            "Over Border Incursions",
        ),
    ],
)
def test_what_a_warning_is_about_follows_the_one_warned(body: str, content: str) -> None:
    assert [r[2] for r in _rows(extract(body))][:1] == [content]


@pytest.mark.parametrize(
    "body",
    [
        # A headline's capitalised adjunct after the audience is no content.
        "Ruto Tells Reporters in Nairobi\n\nThe two leaders met on Monday.",
    ],
)
def test_tell_takes_no_topic_phrase_as_content(body: str) -> None:
    assert _rows(extract(body)) == []


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The embassy said in a written response to VOA's questions that the visit went well.",
            "that the visit went well",
        ),
        (
            "The ministry said in a reply to the request that no decision had been made.",
            "that no decision had been made",
        ),
    ],
)
def test_a_cue_word_as_a_noun_inside_the_speech_phrase(body: str, content: str) -> None:
    assert [r[2] for r in _rows(extract(body))] == [content]


def test_a_cue_verb_between_the_phrase_and_that_still_stops_the_lookahead() -> None:
    # "said in Madrid" then a verb of its own: no "that" content for the first cue.
    body = "The minister spoke in Madrid to officials who said that the talks had failed."
    assert [r[1] for r in _rows(extract(body))] == ["said"]


def test_an_outlet_quoting_someone_as_saying_gives_the_one_quoted() -> None:
    body = (
        "Russian Foreign Minister Sergei Lavrov met Egyptian Foreign Minister Badr Abdelatty in Moscow.\n\n"
        "The TASS news agency quoted Lavrov as telling reporters that the talks had been useful.\n"
    )
    rows = _rows(extract(body))
    assert ("Lavrov", "as telling", "that the talks had been useful", ("Sergei Lavrov",)) in rows


@pytest.mark.parametrize(
    ("body", "source", "content"),
    [
        (
            "State television quoted the minister as saying the border would reopen.",
            "the minister",
            "the border would reopen",
        ),
        (
            "The deal was signed, according to state TV, which quoted an aide as saying it would add jobs.",
            "an aide",
            "it would add jobs",
        ),
    ],
)
def test_quoted_as_saying(body: str, source: str, content: str) -> None:
    assert (source, "as saying", content) in [r[:3] for r in _rows(extract(body))]


def test_quoting_without_as_saying_is_no_statement_of_the_one_quoted() -> None:
    body = "The president quoted Mandela in his speech to parliament."
    assert _rows(extract(body)) == []


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "Jaishankar apprised his counterpart of India's concerns over the dam.",
            "apprised",
            "of India's concerns over the dam",
        ),
        (
            "The prime minister conveyed that Nepal was ready to resume talks.",
            "conveyed",
            "that Nepal was ready to resume talks",
        ),
        (
            "It was agreed that both sides would speed up the trade pact.",
            "was agreed",
            "that both sides would speed up the trade pact",
        ),
    ],
)
def test_readout_verbs(body: str, cue: str, content: str) -> None:
    assert [(r[1], r[2]) for r in _rows(extract(body))] == [(cue, content)]


@pytest.mark.parametrize(
    "body",
    [
        "Modi conveyed his greetings to the king.",
        "The deal was agreed on Monday after long talks.",
    ],
)
def test_readout_verbs_without_a_content_are_no_cues(body: str) -> None:
    assert _rows(extract(body)) == []


def test_a_fronted_time_adverbial_is_no_shared_subject() -> None:
    body = (
        "Later in the day, Modi met the Palestinian president, expressing concern over the situation in Gaza."
    )
    assert [(r[0], r[1]) for r in _rows(extract(body))] == [("Modi", "expressing concern over")]


def test_a_reporters_aside_noun_alone_before_a_participle_keeps_the_old_reading() -> None:
    # Only a relative clause after the aside noun ("an accusation the government has
    # dismissed") is dropped; "a move welcomed by Seoul" still reports Seoul's welcome.
    body = "Tokyo lifted the curbs, a move welcomed by Seoul."
    assert [r[1] for r in _rows(extract(body))] == ["welcomed"]


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "The Elysee said in a readout of the call that the two leaders discussed Lebanon.",
            "said in a readout",
            "that the two leaders discussed Lebanon",
        ),
        (
            "“We agreed on a lot,” Macron said in a readout of the call.",
            "said in a readout",
            "“We agreed on a lot,”",
        ),
    ],
)
def test_the_complement_of_a_speech_noun_is_not_content(body: str, cue: str, content: str) -> None:
    assert [(r[1], r[2]) for r in _rows(extract(body))] == [(cue, content)]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Ghana and Togo said in a joint statement they rejected any closure of the border.",
            "they rejected any closure of the border",
        ),
        (
            "The minister said in an interview he was optimistic about the talks.",
            "he was optimistic about the talks",
        ),
    ],
)
def test_a_pronoun_after_a_speech_phrase_opens_the_content(body: str, content: str) -> None:
    assert [r[2] for r in _rows(extract(body))] == [content]


def test_a_title_the_entity_stage_did_not_read_still_resolves_to_the_name_ending_it() -> None:
    body = (
        "Australian Prime Minister Anthony Albanese met Indonesian President Prabowo in Canberra.\n\n"
        "Opposition defence spokesman Andrew Hastie said the coalition backed the agreement.\n"
    )
    rows = _rows(extract(body))
    assert ("Opposition defence spokesman Andrew Hastie", ("Andrew Hastie",)) in [(r[0], r[3]) for r in rows]


def test_a_spokesperson_for_a_bare_name_speaks_for_that_person() -> None:
    # The name after "for" is no head of the source, but the one the spokesperson speaks
    # for, as in "a spokesman for the president".
    body = (
        "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago.\n\n"
        "A spokesperson for Boric said the president would visit Mendoza.\n"
    )
    rows = _rows(extract(body))
    assert ("A spokesperson for Boric", ("Gabriel Boric",)) in [(r[0], r[3]) for r in rows]
