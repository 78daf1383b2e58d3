"""
Statement rules that must hold across news writing, not just the dev articles.

Each rule is checked on several paragraphs written in the styles of different outlets
(wire copy, state media, broadsheets), with negative cases that must keep their reading.
Sources follow the PolNeAR conventions: identifying appositives are part of the source,
incidental relative clauses and time adverbials are not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Record, Span, Statement


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


def _by_cue(record: Record, cue: str) -> list[Statement]:
    text = record.source.text
    return [s for s in record.statements if _cut(text, s.cue) == cue]


def _one(text: str, cue: str) -> tuple[str | None, str, tuple[str, ...]]:
    """The (source, content, speaker names) of the one statement whose cue is *cue*."""
    record = extract(text)
    rows = [(src, content, speakers) for src, c, content, speakers in _rows(record) if c == cue]
    assert len(rows) == 1, _rows(record)
    return rows[0]


# -- S1: a comma list of names heading a headline -------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "speakers"),
    [
        (
            (
                "Modi, Albanese urge deeper defence ties at Sydney summit\n\n"
                "SYDNEY, May 24 (Reuters) - Indian Prime Minister Narendra Modi and Australian Prime "
                "Minister Anthony Albanese met in Sydney on Wednesday.\n"
            ),
            "Modi, Albanese",
            ("Narendra Modi", "Anthony Albanese"),
        ),
        (
            (
                "Scholz, Macron warn against trade war with Washington\n\n"
                "BERLIN — German Chancellor Olaf Scholz and French President Emmanuel Macron held "
                "talks in Berlin on Tuesday.\n"
            ),
            "Scholz, Macron",
            ("Olaf Scholz", "Emmanuel Macron"),
        ),
        (
            (
                "Ruto, Mahama, Tinubu call for open West African trade routes\n\n"
                "ABUJA — Kenyan President William Ruto, Ghanaian President John Mahama and Nigerian "
                "President Bola Tinubu met in Abuja on Monday.\n"
            ),
            "Ruto, Mahama, Tinubu",
            ("William Ruto", "John Mahama", "Bola Tinubu"),
        ),
    ],
)
def test_a_headline_list_of_surnames_is_the_whole_source(
    text: str, source: str, speakers: tuple[str, ...]
) -> None:
    record = extract(text)
    first = record.statements[0]
    assert _cut(text, first.speaker_mention) == source
    names = {a.id: a.name for a in record.actors}
    assert tuple(names[x] for x in first.speakers) == speakers


def test_a_headline_list_may_end_with_a_common_noun() -> None:
    text = (
        "S. Korea, Japan leaders warn of N. Korea threats\n\n"
        "SEOUL -- President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed "
        "Thursday to resume regular summit talks.\n"
    )
    assert _one(text, "warn")[0] == "S. Korea, Japan leaders"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # A singular verb: the comma does not join two subjects.
        (
            (
                "Ukraine, Russia says talks to resume next week\n\n"
                "KYIV — Ukrainian and Russian negotiators met in Istanbul on Monday.\n"
            ),
            "says",
            "Russia",
        ),
        # A fronted adverbial, not a list of names, with a plural verb.
        (
            (
                "In Sydney, Albanese and Modi urge deeper defence ties\n\n"
                "SYDNEY — Australian Prime Minister Anthony Albanese met Indian Prime Minister "
                "Narendra Modi on Wednesday.\n"
            ),
            "urge",
            "Albanese and Modi",
        ),
        # A fronted adverbial, not a list of names.
        (
            (
                "In Sydney, Albanese says defence pact is on track\n\n"
                "SYDNEY — Australian Prime Minister Anthony Albanese met Indian Prime Minister "
                "Narendra Modi on Wednesday.\n"
            ),
            "says",
            "Albanese",
        ),
    ],
)
def test_a_headline_without_a_list_keeps_its_subject(text: str, cue: str, source: str) -> None:
    assert _one(text, cue)[0] == source


# -- S2: "state" before a noun is a noun ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "content"),
    [
        (
            "Xi warned Biden against “playing with fire” over Taiwan, Chinese state media reported.",
            "reported",
            "Chinese state media",
            "Xi warned Biden against “playing with fire” over Taiwan",
        ),
        (
            "Iran's state news agency IRNA said the two ministers had agreed to reopen embassies.",
            "said",
            "Iran's state news agency IRNA",
            "the two ministers had agreed to reopen embassies",
        ),
        (
            "Russian state broadcaster RT said the talks in Minsk had gone well.",
            "said",
            "Russian state broadcaster RT",
            "the talks in Minsk had gone well",
        ),
        (
            "The talks lasted three hours, state television said.",
            "said",
            "state television",
            "The talks lasted three hours",
        ),
    ],
)
def test_state_media_is_a_source_not_a_cue(sentence: str, cue: str, source: str, content: str) -> None:
    record = extract(sentence + "\n")
    rows = _rows(record)
    assert (source, cue, content) in [r[:3] for r in rows]
    assert not _by_cue(record, "state")


@pytest.mark.parametrize(
    "sentence",
    [
        "Lula was welcomed at a state dinner, where he said Brazil wanted peace.",
        "Heads of state gathered in Brussels, where Macron said Europe must act.",
        "The king is on a state visit to Japan, and officials said he would meet the emperor.",
        "Kerala state government officials said the visit would go ahead.",
    ],
)
def test_state_as_a_noun_opens_no_statement(sentence: str) -> None:
    record = extract(sentence + "\n")
    assert not _by_cue(record, "state")
    assert _by_cue(record, "said")


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The ministers state that the agreement is fair to both sides.",
            "state",
            "that the agreement is fair to both sides",
        ),
        (
            "The communique did not state whether the two sides had agreed on a date.",
            "did not state",
            "whether the two sides had agreed on a date",
        ),
        ("Both governments stated that the border would reopen.", "stated", "that the border would reopen"),
    ],
)
def test_the_verb_state_is_still_a_cue(sentence: str, cue: str, content: str) -> None:
    assert _one(sentence + "\n", cue)[1] == content


def test_a_rating_agency_is_a_source() -> None:
    assert _one("Credit rating agency Fitch said the deal would help Egypt.\n", "said")[0] == (
        "Credit rating agency Fitch"
    )


def test_a_named_outlet_does_not_resolve_to_its_country() -> None:
    # The outlet speaks for itself (an organization), never for Germany.
    source, _, speakers = _one(
        "German newspaper Bild reported that Scholz would travel to Kyiv.\n", "reported"
    )
    assert source == "German newspaper Bild"
    assert speakers == ("Bild",)


# -- S3: a lower-case title and the name in apposition --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "content"),
    [
        (
            (
                "The two leaders spoke for about 90 minutes, the spokesman, Steffen Hebestreit, said in a "
                "statement."
            ),
            "said in a statement",
            "the spokesman, Steffen Hebestreit,",
            "The two leaders spoke for about 90 minutes",
        ),
        (
            "The ministry's spokeswoman, Maria Zakharova, told reporters that Moscow would respond.",
            "told",
            "The ministry's spokeswoman, Maria Zakharova,",
            "that Moscow would respond",
        ),
        (
            "Talks will resume next month, his deputy, Ursula von der Leyen, said on Friday.",
            "said",
            "his deputy, Ursula von der Leyen,",
            "Talks will resume next month",
        ),
        (
            "Relations are improving, the envoy, a veteran of the border talks, said.",
            "said",
            "the envoy, a veteran of the border talks,",
            "Relations are improving",
        ),
    ],
)
def test_a_title_keeps_the_name_in_apposition(sentence: str, cue: str, source: str, content: str) -> None:
    assert _one(sentence + "\n", cue)[:2] == (source, content)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # No appositive: the plain subject.
        ("The talks ended without a deal, the officials said.", "the officials"),
        # A relative clause after the title is incidental and left out.
        (
            "Relations are improving, the spokeswoman, whose office handles the talks, said.",
            "the spokeswoman",
        ),
    ],
)
def test_a_title_without_a_name_stays_alone(sentence: str, source: str) -> None:
    assert _one(sentence + "\n", "said")[0] == source


def test_the_speaker_of_a_titled_appositive_is_the_named_person() -> None:
    text = (
        "BERLIN (AP) — German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelenskiy "
        "in Berlin on Sunday.\n\n"
        "The two leaders spoke for about 90 minutes, the spokesman, Steffen Hebestreit, said in a "
        "statement.\n"
    )
    _, _, speakers = _one(text, "said in a statement")
    assert speakers == ("Steffen Hebestreit",)


# -- S4: a time adverbial between the subject and its verb ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        (
            (
                "Brazilian President Luiz Inacio Lula da Silva and French President Emmanuel Macron on "
                "Tuesday announced a plan to raise 1 billion euros for the Amazon."
            ),
            "announced",
            "Brazilian President Luiz Inacio Lula da Silva and French President Emmanuel Macron",
        ),
        ("The Kremlin late Monday said that the talks had been postponed.", "said", "The Kremlin"),
        (
            "Kremlin spokesman Dmitry Peskov earlier this week told reporters that no summit was planned.",
            "told",
            "Kremlin spokesman Dmitry Peskov",
        ),
        (
            "Japanese Prime Minister Fumio Kishida on March 26 announced that Tokyo would double its aid.",
            "announced",
            "Japanese Prime Minister Fumio Kishida",
        ),
        ("A joint statement Monday said the two sides would meet again.", "said", "A joint statement"),
        # Set off by commas, the adverbial is an aside.
        (
            "French President Emmanuel Macron, on Tuesday, said the deal was flawed.",
            "said",
            "French President Emmanuel Macron",
        ),
    ],
)
def test_a_time_adverbial_is_not_part_of_the_source(sentence: str, cue: str, source: str) -> None:
    assert _one(sentence + "\n", cue)[0] == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # A time word inside the subject stays: it is not between the subject and the verb.
        ("The Monday statement said the two sides would meet again.", "The Monday statement"),
        # A place is a modifier of the subject, not a time.
        ("Officials in Washington said the visit would go ahead.", "Officials in Washington"),
    ],
)
def test_other_modifiers_stay_in_the_source(sentence: str, source: str) -> None:
    assert _one(sentence + "\n", "said")[0] == source


# -- S5: surnames with lower-case particles -------------------------------------------------


_PARTICLES = (
    "RIYADH — Saudi Crown Prince Mohammed bin Salman received Iraqi Prime Minister Mohammed Shia "
    "al-Sudani, European Commission President Ursula von der Leyen and Spanish Economy Minister "
    "Luis de la Fuente in Riyadh on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "source", "speaker"),
    [
        (
            (
                "Speaking at a joint press conference, al-Sudani said Iraq would not allow attacks on its "
                "neighbours."
            ),
            "al-Sudani",
            "Mohammed Shia al-Sudani",
        ),
        (
            "After the talks, bin Salman said the kingdom would expand investment.",
            "bin Salman",
            "Mohammed bin Salman",
        ),
        (
            "Spain backed the plan, and de la Fuente said Madrid would contribute.",
            "de la Fuente",
            "Luis de la Fuente",
        ),
        ("Von der Leyen said Europe was ready to help.", "Von der Leyen", "Ursula von der Leyen"),
    ],
)
def test_a_surname_with_a_particle_resolves(sentence: str, source: str, speaker: str) -> None:
    found = [row for row in _rows(extract(_PARTICLES + sentence + "\n")) if row[0] == source]
    assert len(found) == 1
    assert found[0][3] == (speaker,)


def test_a_content_stops_before_a_particle_surname_after_and() -> None:
    record = extract(_PARTICLES + "Spain backed the plan, and de la Fuente said Madrid would contribute.\n")
    rows = _rows(record)
    assert ("de la Fuente", "said", "Madrid would contribute", ("Luis de la Fuente",)) in rows
    assert all("de la Fuente said" not in content for _, _, content, _ in rows)


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "speaker"),
    [
        ("“The talks were productive,” said al-Sudani.", "said", "al-Sudani", "Mohammed Shia al-Sudani"),
        ("The kingdom will invest more, said bin Salman.", "said", "bin Salman", "Mohammed bin Salman"),
        (
            "Spain backed the plan, according to de la Fuente.",
            "according to",
            "de la Fuente",
            "Luis de la Fuente",
        ),
    ],
)
def test_an_inverted_source_may_open_with_a_particle(
    sentence: str, cue: str, source: str, speaker: str
) -> None:
    assert _one(_PARTICLES + sentence + "\n", cue)[::2] == (source, (speaker,))


# -- S6: "according to" and an incidental relative clause -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        (
            (
                "The call lasted about an hour and 45 minutes, according to a senior administration "
                "official, who briefed reporters on condition of anonymity."
            ),
            "a senior administration official",
            "The call lasted about an hour and 45 minutes",
        ),
        (
            (
                "According to a senior official, who spoke on condition of anonymity, the talks stalled "
                "over tariffs."
            ),
            "a senior official",
            "the talks stalled over tariffs",
        ),
        (
            "The talks stalled over tariffs, according to the statement, which was released late on Tuesday.",
            "the statement",
            "The talks stalled over tariffs",
        ),
    ],
)
def test_according_to_leaves_out_a_relative_clause(sentence: str, source: str, content: str) -> None:
    record = extract(sentence + "\n")
    rows = [r for r in _rows(record) if r[1] is not None and r[1].casefold() == "according to"]
    assert [r[0] for r in rows] == [source]
    assert rows[0][2] == content


def test_according_to_keeps_an_identifying_appositive() -> None:
    source, content, _ = _one(
        "The talks stalled over tariffs, according to Harsh Pant, the vice president of the "
        "Observer Research Foundation.\n",
        "according to",
    )
    assert source == "Harsh Pant, the vice president of the Observer Research Foundation"
    assert content == "The talks stalled over tariffs"


# -- S7: "they" after a sentence closed by an attribution tag ------------------------------


_HOSTS = "President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on Monday.\n\n"


@pytest.mark.parametrize(
    ("second", "cue"),
    [
        (
            (
                "The two men sat down for about two hours, according to French officials. "
                "They discussed tariffs and air defence."
            ),
            "discussed",
        ),
        (
            (
                "Macron and Scholz dined at the Elysee, according to French diplomats. They said the talks "
                "had been frank."
            ),
            "said",
        ),
        (
            (
                "The two leaders met for three hours, officials said. They agreed that Europe must spend "
                "more on defence."
            ),
            "agreed",
        ),
        (
            (
                "Macron and Scholz met for three hours, said German officials. They said that Europe must "
                "spend more."
            ),
            "said",
        ),
        (
            (
                "The two leaders met for three hours, officials said.\n\nLater, they told reporters that "
                "Europe must act."
            ),
            "told",
        ),
        (
            (
                "On Monday evening, the two men dined at the Elysee, according to French officials. "
                "They discussed air defence."
            ),
            "discussed",
        ),
    ],
)
def test_they_is_the_plural_subject_not_the_tag_source(second: str, cue: str) -> None:
    record = extract(_HOSTS + second + "\n")
    text = record.source.text
    names = {a.id: a.name for a in record.actors}
    they = [s for s in _by_cue(record, cue) if (_cut(text, s.speaker_mention) or "").casefold() == "they"]
    assert len(they) == 1
    assert {names[x] for x in they[0].speakers} == {"Emmanuel Macron", "Olaf Scholz"}


def test_they_after_a_sentence_whose_subject_is_the_group_keeps_the_group() -> None:
    text = (
        _HOSTS
        + "Russian officials said the two leaders had dined together. They said the talks had been hostile.\n"
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    they = [s for s in _by_cue(record, "said") if _cut(text, s.speaker_mention) == "They"]
    # No closing tag: the entity stage's reading stands (the plural it resolved last).
    assert len(they) == 1
    assert {names[x] for x in they[0].speakers} == {"Emmanuel Macron", "Olaf Scholz"}


def test_they_after_a_tag_without_a_plural_subject_keeps_the_tag_source() -> None:
    text = (
        _HOSTS
        + "Macron spoke for two hours, according to German officials. They said the talks had been frank.\n"
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    they = [s for s in _by_cue(record, "said") if _cut(text, s.speaker_mention) == "They"]
    assert len(they) == 1
    assert [names[x] for x in they[0].speakers] == ["German officials"]


# -- Inverted tags after a comma, and subjects joined by "and" ------------------------------


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        ("The talks went well, said Pant.", "Pant", "The talks went well"),
        (
            "Relations have never been better, said Russian state broadcaster RT.",
            "Russian state broadcaster RT",
            "Relations have never been better",
        ),
    ],
)
def test_an_inverted_tag_after_a_comma_takes_the_source_after_the_cue(
    sentence: str, source: str, content: str
) -> None:
    assert _one(sentence + "\n", "said")[:2] == (source, content)


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        (
            (
                "Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva met in "
                "Beijing on Friday and pledged to deepen trade ties."
            ),
            "pledged",
            "Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva",
        ),
        ("Trump and Ishiba met at the White House and agreed to cut tariffs.", "agreed", "Trump and Ishiba"),
        ("The ministers met in Cairo and said that the talks were useful.", "said", "The ministers"),
    ],
)
def test_a_chained_cue_shares_the_whole_subject(sentence: str, cue: str, source: str) -> None:
    assert _one(sentence + "\n", cue)[0] == source


# -- Cues joined by "but", asides in the subject, audiences of "told" -----------------------


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            (
                "Wang told Blinken that the relationship was “beginning to stabilize” but warned that "
                "negative factors were still “increasing and accumulating.”"
            ),
            ("Wang", "told", "that the relationship was “beginning to stabilize”"),
            ("Wang", "warned", "that negative factors were still “increasing and accumulating.”"),
        ),
        (
            "The minister praised the agreement but cautioned that implementation would take years.",
            ("The minister", "praised", "the agreement"),
            ("The minister", "cautioned", "that implementation would take years"),
        ),
    ],
)
def test_a_cue_after_but_shares_the_subject(
    sentence: str, first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    assert [row[:3] for row in _rows(extract(sentence + "\n"))] == [first, second]


def test_but_before_a_new_subject_is_not_a_chain() -> None:
    rows = _rows(extract("The deal was signed but officials said it would take years to implement.\n"))
    assert [row[:3] for row in rows] == [("officials", "said", "it would take years to implement")]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            (
                "Biden, speaking alongside Kishida in the Rose Garden, said the alliance had never been "
                "stronger."
            ),
            "Biden",
        ),
        ("The envoy, citing security concerns, said the convoy would not leave before dawn.", "The envoy"),
    ],
)
def test_a_participle_aside_is_left_out_of_the_source(sentence: str, source: str) -> None:
    assert _one(sentence + "\n", "said")[0] == source


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        (
            (
                "Two officials with knowledge of the discussions told Reuters the meeting would take "
                "place in Geneva."
            ),
            "told",
            "Two officials with knowledge of the discussions",
        ),
        (
            "A source close to the negotiations said a deal was near.",
            "said",
            "A source close to the negotiations",
        ),
        (
            "A diplomat privy to the talks said the plan would be unveiled next week.",
            "said",
            "A diplomat privy to the talks",
        ),
        (
            "Diplomats briefed on the plan said it would be unveiled next week.",
            "said",
            "Diplomats briefed on the plan",
        ),
        ("Officials involved in the talks said a deal was close.", "said", "Officials involved in the talks"),
    ],
)
def test_a_source_keeps_its_idiomatic_modifier(sentence: str, cue: str, source: str) -> None:
    assert _one(sentence + "\n", cue)[0] == source


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Starmer told parliament on Wednesday that Britain would send more aid.",
            "that Britain would send more aid",
        ),
        ("Starmer told lawmakers the aid would arrive within weeks.", "the aid would arrive within weeks"),
        ("Lagarde assured investors that the bank would act.", "that the bank would act"),
    ],
)
def test_a_bare_audience_is_not_content(sentence: str, content: str) -> None:
    cue = sentence.split()[1]
    assert _one(sentence + "\n", cue)[1] == content


# -- Asides between a subject and its verb, modifiers after a cue's phrase ------------------


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Trump, in a post on Truth Social, said the meeting was “very good.”", "Trump"),
        ("Lula, while visiting Beijing, said Brazil would not take sides.", "Lula"),
        # An affiliation identifies the speaker and stays.
        (
            "Jane Smith, of the Brookings Institution, said the summit was a success.",
            "Jane Smith, of the Brookings Institution,",
        ),
    ],
)
def test_an_adjunct_aside_is_left_out_of_the_source(sentence: str, source: str) -> None:
    assert _one(sentence + "\n", "said")[0] == source


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "The ministry said in a statement posted on its website that the visit had been postponed.",
            "said in a statement",
        ),
        (
            "The ministry said in a statement released late on Tuesday that the visit had been postponed.",
            "said in a statement",
        ),
        # A participle before the noun is part of the phrase.
        (
            "The ministry said in a televised address that the visit had been postponed.",
            "said in a televised address",
        ),
    ],
)
def test_a_modifier_after_the_cue_phrase_is_skipped(sentence: str, cue: str) -> None:
    assert _one(sentence + "\n", cue)[1] == "that the visit had been postponed"


def test_a_reporting_noun_after_an_article_heads_a_source() -> None:
    source, content, _ = _one(
        "A White House readout of the call said Biden raised concerns about human rights.\n", "said"
    )
    assert (source, content) == (
        "A White House readout of the call",
        "Biden raised concerns about human rights",
    )


# -- Headlines: possessive names in a list, quotations -------------------------------------


def test_a_headline_list_of_possessive_names_names_the_people() -> None:
    text = (
        "China's Xi, Brazil's Lula urge deeper ties\n\n"
        "BEIJING — Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva "
        "met on Friday.\n"
    )
    source, _, speakers = _one(text, "urge")
    assert source == "China's Xi, Brazil's Lula"
    assert speakers == ("Xi Jinping", "Luiz Inacio Lula da Silva")


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        ("Putin says ready to meet Trump 'at any time'", "ready to meet Trump 'at any time'"),
        (
            "Zelenskiy says Ukraine 'will never recognise' occupied land as Russian",
            "Ukraine 'will never recognise' occupied land as Russian",
        ),
    ],
)
def test_a_headline_quotation_is_read_as_one(headline: str, content: str) -> None:
    text = (
        headline + "\n\nKYIV — Ukrainian President Volodymyr Zelenskiy met Polish President Andrzej Duda.\n"
    )
    record = extract(text)
    says = _by_cue(record, "says")
    assert len(says) == 1
    assert [text[c.start : c.end] for c in says[0].content] == [content]
    assert says[0].mode.value == "mixed"


# -- Passive agents after the content, questions as content, adjuncts after the cue --------


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        ("The talks were described as “frank” by a diplomat.", "a diplomat", "The talks as “frank”"),
        (
            "The talks were described as constructive by both governments.",
            "both governments",
            "The talks as constructive",
        ),
        (
            "The plan was described as a breakthrough by officials in Washington.",
            "officials in Washington",
            "The plan as a breakthrough",
        ),
        # The agent right after the cue keeps working.
        ("The talks were described by both as constructive.", "both", "The talks as constructive"),
    ],
)
def test_a_passive_agent_after_the_content_is_the_source(sentence: str, source: str, content: str) -> None:
    record = extract(sentence + "\n")
    text = record.source.text
    [statement] = record.statements
    assert _cut(text, statement.speaker_mention) == source
    assert " ".join(text[c.start : c.end] for c in statement.content) == content


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("Officials did not say when the talks would resume.", "did not say", "when the talks would resume"),
        (
            "Peskov said when asked about the summit that no date had been set.",
            "said",
            "that no date had been set",
        ),
        (
            "Peskov said after meeting Witkoff that the talks had been useful.",
            "said",
            "that the talks had been useful",
        ),
    ],
)
def test_when_opens_a_question_or_an_adjunct(sentence: str, cue: str, content: str) -> None:
    assert _one(sentence + "\n", cue)[1] == content


def test_a_without_clause_ends_the_content() -> None:
    _, content, _ = _one(
        "Macron's office said the two leaders had agreed to meet again, without giving a date.\n", "said"
    )
    assert content == "the two leaders had agreed to meet again"


# -- A participle aside between the subject and its verb ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "content"),
    [
        (
            (
                "China's foreign ministry spokesperson Lin Jian, asked about the agreement at a regular "
                "briefing in Beijing, said the region did not need “military blocs”."
            ),
            "said",
            "China's foreign ministry spokesperson Lin Jian",
            "the region did not need “military blocs”",
        ),
        (
            "Peskov, asked whether Putin would attend, said no decision had been made.",
            "said",
            "Peskov",
            "no decision had been made",
        ),
        (
            "Smith, appointed envoy last year, told reporters the talks were stalled.",
            "told",
            "Smith",
            "the talks were stalled",
        ),
    ],
)
def test_a_past_participle_aside_is_no_cue(sentence: str, cue: str, source: str, content: str) -> None:
    rows = _rows(extract(sentence + "\n"))
    assert [row[:3] for row in rows] == [(source, cue, content)]


def test_a_finite_verb_after_a_stray_comma_is_still_a_cue() -> None:
    source, content, _ = _one("“We are ready,” Representative Derrick Van Orden, told VOA.\n", "told")
    assert (source, content) == ("Representative Derrick Van Orden", "“We are ready,”")


# -- Welcoming a visitor is an act ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "President Joe Biden welcomed Kenyan President William Ruto to the White House on Thursday.",
        "Modi welcomed Albanese at the airport in New Delhi.",
        (
            "European Commission President Ursula von der Leyen welcomed Japanese Prime Minister "
            "Shigeru Ishiba in Brussels."
        ),
    ],
)
def test_welcoming_a_visitor_is_no_statement(sentence: str) -> None:
    assert not _by_cue(extract(sentence + "\n"), "welcomed")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Lawmakers welcomed Ukraine's agreement to a ceasefire.", "Ukraine's agreement to a ceasefire"),
        ("The minister welcomed the agreement to reopen the border.", "the agreement to reopen the border"),
        ("Zelenskiy welcomed Trump's decision to resume aid.", "Trump's decision to resume aid"),
    ],
)
def test_welcoming_a_decision_is_an_evaluation(sentence: str, content: str) -> None:
    assert _one(sentence + "\n", "welcomed")[1] == content


# -- Two titled names joined by "and" -------------------------------------------------------


def test_two_titled_appositives_joined_by_and_are_one_source() -> None:
    text = (
        "The British prime minister, Keir Starmer, and the French president, Emmanuel Macron, have "
        "agreed to lead a “coalition of the willing” to guarantee any ceasefire in Ukraine.\n"
    )
    source, _, speakers = _one(text, "have agreed")
    assert source == "The British prime minister, Keir Starmer, and the French president, Emmanuel Macron,"
    assert speakers == ("Keir Starmer", "Emmanuel Macron")


def test_a_clause_before_and_is_not_joined_to_the_source() -> None:
    text = "The talks ended without a deal, and the minister, Sergei Lavrov, said Moscow would respond.\n"
    assert _one(text, "said")[0] == "the minister, Sergei Lavrov,"


# -- Adjuncts after a verb of speech ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            (
                "“The relationship is moving in a positive direction,” Albanese said in an interview with "
                "the ABC after the meeting.\n"
            ),
            "said in an interview",
            "“The relationship is moving in a positive direction,”",
        ),
        ("“It is a good day,” Albanese said on Monday in Beijing.\n", "said", "“It is a good day,”"),
        ("“We are ready,” the minister said late Tuesday at the airport.\n", "said", "“We are ready,”"),
        (
            "Albanese said on Monday in Beijing that ties were improving.\n",
            "said",
            "that ties were improving",
        ),
        (
            "Albanese said in an interview with the ABC that ties were improving.\n",
            "said in an interview",
            "that ties were improving",
        ),
        ("Albanese said on Tuesday the deal was done.\n", "said", "the deal was done"),
    ],
)
def test_a_place_or_company_adjunct_after_the_verb_is_not_the_content(
    text: str, cue: str, content: str
) -> None:
    assert _one("Australian Prime Minister Anthony Albanese arrived.\n\n" + text, cue)[1] == content


def test_a_particle_after_a_time_adjunct_still_belongs_to_the_cue() -> None:
    text = "Chancellor Olaf Scholz and President William Ruto did not agree on Monday on a debt plan.\n"
    assert _one(text, "did not agree")[1] == "a debt plan"


def test_a_closed_aside_in_the_content_keeps_the_subject_before_it() -> None:
    text = (
        "Prime Minister Narendra Modi met Maldivian President Mohamed Muizzu on Monday. Muizzu, who is "
        "on a four-day visit to India, invited Modi to visit the Maldives, officials said.\n"
    )
    assert (
        _one(text, "said")[1]
        == "Muizzu, who is on a four-day visit to India, invited Modi to visit the Maldives"
    )
