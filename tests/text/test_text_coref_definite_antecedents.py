"""
"The latter", "the leftist leader", "the scholar", "the spokesperson": definite phrases no mention covers.

The entity stage makes no mention of them, so `resolve_speaker` reads them against what the
text has just said. The paragraphs were written for these tests in the style of wire copy;
the people are invented.
"""

from __future__ import annotations

from bilateral.text import extract


def _speakers(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[i] for i in s.speakers] for s in record.statements]


def test_the_latter_and_the_former_are_the_last_two_people_named_in_one_sentence() -> None:
    text = (
        "Ghanaian President John Mahama met Senegalese President Bassirou Faye in Accra on Monday."
        "\n\nThe latter told reporters the talks had been useful. The former said trade was"
        " the priority."
    )
    assert _speakers(text) == [["Bassirou Faye"], ["John Mahama"]]


def test_the_latter_after_names_listed_after_a_plural_title_is_the_second_of_them() -> None:
    # The ministers are named after "their foreign ministers,": the last two people named
    # are they, not the presidents at the start of the sentence.
    text = (
        "Argentine President Javier Milei and Uruguayan President Yamandu Orsi were joined by"
        " their foreign ministers, Pablo Quirno of Argentina and Tomas Lindner of Uruguay."
        "\n\nThe latter told reporters the talks had gone well."
    )
    assert _speakers(text) == [["Tomas Lindner"]]


def test_the_latter_with_people_in_two_sentences_is_no_one() -> None:
    text = (
        "Kenyan President William Ruto spoke on Monday. Ugandan President Yoweri Museveni"
        " stayed home.\n\nThe latter said nothing would change."
    )
    assert _speakers(text) == [[]]


def test_a_modified_title_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Bolivian President Rodrigo Paz met Peruvian President Jose Jeri in La Paz on Friday."
        "\n\nJeri, a former congressman, appeared relaxed. The centrist president said the"
        " border would stay open."
    )
    assert _speakers(text) == [["Jose Jeri"]]


def test_a_modified_title_the_subject_does_not_hold_is_no_one() -> None:
    # The subject is a president; "the veteran minister" is someone else.
    text = (
        "Bolivian President Rodrigo Paz met Peruvian Foreign Minister Hugo de Zela in La Paz."
        "\n\nPaz appeared relaxed. The veteran minister said the border would stay open."
    )
    assert _speakers(text) == [[]]


def test_a_past_or_visiting_modifier_is_not_read_as_the_subject() -> None:
    text = (
        "Bolivian President Rodrigo Paz hosted Peruvian President Jose Jeri on Friday."
        "\n\nPaz appeared relaxed. The outgoing president said the border would stay open."
    )
    assert _speakers(text) == [[]]


def test_a_modified_title_after_another_mention_in_its_sentence_is_no_one() -> None:
    text = (
        "Bolivian President Rodrigo Paz met Peruvian President Jose Jeri in La Paz on Friday."
        "\n\nJeri appeared relaxed. After the talks with Chile, the centrist president said the"
        " border would stay open."
    )
    assert _speakers(text)[-1] == []


def test_the_scholar_is_the_commentator_described_by_another_noun() -> None:
    text = (
        "Anna Kowalska, a senior fellow at the Polish Institute of International Affairs, said"
        " the visit was overdue. The scholar told VOA that Warsaw needed Berlin more than ever."
    )
    assert _speakers(text) == [["Anna Kowalska"], ["Anna Kowalska"]]


def test_the_scholar_with_no_commentator_described_before_is_no_one() -> None:
    text = (
        "Polish Prime Minister Donald Tusk said the visit was overdue. The scholar told VOA that"
        " Warsaw needed Berlin more than ever."
    )
    assert _speakers(text)[-1] == []


def test_an_office_word_is_no_modifier_of_a_shorter_title() -> None:
    # "prime" is part of the office, not a modifier of "minister": a deputy prime minister is
    # not "the prime minister".
    text = (
        "Deputy Prime Minister Mohammad Rahimi met the Chinese ambassador in Kabul.\n\nRahimi"
        " smiled. The prime minister said the road would be finished."
    )
    assert _speakers(text)[-1] == []


def test_the_expert_after_a_colleague_the_entity_stage_missed_is_not_the_first_one() -> None:
    text = (
        "Anna Kowalska, a senior fellow at the Polish Institute of International Affairs, said"
        " the visit was overdue. Her colleague, Marta Zielinska-Nowak, was more skeptical. The"
        " expert said Warsaw had little leverage."
    )
    assert _speakers(text)[-1] != ["Anna Kowalska"]


# "The spokesperson added" after "A Downing Street spokesperson said": the same body speaks.
# The paragraphs were written for these tests; the people are invented.
def test_the_spokesperson_speaks_for_the_body_an_unnamed_one_was_introduced_with() -> None:
    text = (
        "U.S. Secretary of State Marco Rubio met Ugandan President Ruth Nakato in Kampala on"
        " Monday. A State Department spokesperson said the talks had covered the pipeline.\n\n"
        "Ugandan troops remain in Somalia.\n\nThe spokesperson added that a new meeting would be"
        " held in May."
    )
    assert _speakers(text)[-2:] == [["State Department"], ["State Department"]]


def test_the_spokesperson_after_a_named_one_is_not_read_from_an_article() -> None:
    # "spokesman Ali Hassan" has no article: the entity stage links a named spokesperson, so
    # no body is guessed from a phrase that does not introduce one.
    text = (
        "Sudanese army spokesman Ali Hassan Idris, speaking to a crowd, said the city was calm."
        " The spokesman added that the talks were over."
    )
    assert _speakers(text)[-1] in ([], ["Ali Hassan Idris"])


def test_the_spokesperson_with_no_earlier_one_is_no_one() -> None:
    text = "A Kenyan official said the talks went well. The spokesperson added that more would follow."
    assert _speakers(text)[-1] == []


def test_the_two_with_no_noun_is_the_pair_named_in_the_sentence() -> None:
    text = (
        "Ghanaian President John Mahama met Senegalese President Bassirou Faye in Accra on Monday,"
        " with the two agreeing that the border should stay open."
    )
    assert sorted(_speakers(text)[-1]) == ["Bassirou Faye", "John Mahama"]


def test_the_two_after_people_in_two_sentences_is_no_one() -> None:
    text = (
        "Ghanaian President John Mahama arrived on Monday. Senegalese President Bassirou Faye"
        " arrived later, with the two agreeing that the border should stay open."
    )
    assert _speakers(text)[-1] == []


def test_their_office_holders_are_those_of_the_countries_opening_the_sentence() -> None:
    text = (
        "Peruvian Foreign Minister Hugo de Zela and Bolivian Foreign Minister Fernando Aramayo"
        " met in Lima.\n\nPeru and Bolivia on Thursday played down a spat over the border, with"
        " their foreign ministers saying that the crossing would stay open."
    )
    assert sorted(_speakers(text)[-1]) == ["Fernando Aramayo", "Hugo de Zela"]


def test_their_office_holders_when_no_one_holds_the_office_are_no_one() -> None:
    text = (
        "Peru and Bolivia on Thursday played down a spat over the border, with their foreign"
        " ministers saying that the crossing would stay open."
    )
    assert _speakers(text) == [[]]


def test_the_host_and_the_guest_are_the_subject_and_object_of_hosted() -> None:
    text = (
        "Kenyan Foreign Minister Daniel Omondi hosted his Ugandan counterpart Ruth Nakato in"
        " Nairobi on Monday.\n\nAsked about the border, the host said the talks had gone well."
        " The guest said Uganda wanted a new road."
    )
    assert _speakers(text) == [["Daniel Omondi"], ["Ruth Nakato"]]


def test_the_host_with_no_hosting_before_is_no_one() -> None:
    text = (
        "Kenyan Foreign Minister Daniel Omondi met his Ugandan counterpart Ruth Nakato in"
        " Nairobi on Monday.\n\nAsked about the border, the host said the talks had gone well."
    )
    assert _speakers(text) == [[]]


def test_their_defence_ministers_match_the_defense_ministers_named() -> None:
    text = (
        "Indian Defence Minister Arjun Mehra hosted Australian Defence Minister Tom Whitlam in New"
        " Delhi.\n\nIndia and Australia agreed on Monday to expand joint patrols, their defence"
        " ministers said."
    )
    assert sorted(_speakers(text)[0]) == ["Arjun Mehra", "Tom Whitlam"]


def test_a_pronoun_after_a_person_with_no_actor_is_not_the_one_named_before() -> None:
    # Whether or not the entity stage makes the second analyst an actor, "She" is not the first.
    text = (
        "Anna Kowalska, a senior fellow at the Polish Institute of International Affairs, said"
        " the visit was overdue.\n\nHer colleague, Marta Zielinska-Nowak, was more skeptical. She"
        " said Warsaw had little leverage."
    )
    assert _speakers(text)[-1] != ["Anna Kowalska"]


def test_a_pronoun_after_an_appositive_person_with_an_actor_is_that_person() -> None:
    text = (
        "Kenyan President Daniel Omondi met Ugandan President Ruth Nakato in Kampala.\n\nThe"
        " Kenyan leader, Daniel Omondi, was upbeat. He said the road would be finished in May."
    )
    assert _speakers(text)[-1] == ["Daniel Omondi"]


def test_a_pronoun_after_her_colleague_named_is_the_colleague() -> None:
    # "Her colleague, X," names the colleague as the subject; the owner of "Her" is no
    # longer the first candidate for the next "She".
    text = (
        "Ines Duarte, a researcher at the Lisbon Institute of Strategic Studies, called the"
        " deal overdue.\n\nHer colleague, Beatriz Montenegro, was less sure. She said the"
        " money would arrive late."
    )
    assert _speakers(text)[-1] == ["Beatriz Montenegro"]


def test_a_pronoun_after_her_visit_is_still_the_owner() -> None:
    # "Her visit" is no office or person noun: the owner stays the antecedent.
    text = (
        "Foreign Minister Ines Duarte arrived in Luanda on Monday.\n\nHer visit was the"
        " first in a decade. She said trade would grow."
    )
    assert _speakers(text)[-1] == ["Ines Duarte"]


# "The expert" with no earlier "expert": the commentator the story has just turned to, when
# the sentence before opens with that person (an official there is no "expert").
def test_the_expert_is_the_colleague_the_story_has_turned_to() -> None:
    text = (
        "Tomas Varga, a senior fellow at the Central European Policy Institute, said the summit"
        " was a success.\n\nHis colleague, Ildiko Balogh-Sandor, was less upbeat. She said that"
        " Budapest had gained little. The expert added that the pipeline deal was years away."
    )
    speakers = _speakers(text)
    assert speakers[-2] == speakers[-1]
    assert speakers[-1] not in ([], ["Tomas Varga"])


def test_the_expert_is_not_an_official_who_spoke_last() -> None:
    text = (
        "Tomas Varga, a senior fellow at the Central European Policy Institute, said the summit"
        " was a success.\n\nHungarian Foreign Minister Peter Szabo met his Slovak counterpart on"
        " Monday. Szabo said Budapest had gained a great deal. The expert added that the pipeline"
        " deal was years away."
    )
    assert _speakers(text)[-1] == []


def test_the_analyst_is_the_fellow_named_again_by_surname() -> None:
    # No earlier "analyst": the fellow described last, whose surname opens the sentence before.
    text = (
        "Nigerian President Musa Danjuma met French President Claire Morel in Abuja on Monday.\n\n"
        "Ngozi Balogun, a senior Africa fellow at the Atlantic Policy Centre, told VOA that such"
        ' pledges were common.\n\n"Promises are cheap," she said.\n\nBalogun also doubted that'
        " Paris was the right partner. The analyst said investors would wait for results."
    )
    assert _speakers(text)[-1] == ["Ngozi Balogun"]


def test_the_analyst_is_not_the_fellow_when_an_official_spoke_between() -> None:
    text = (
        "Ngozi Balogun, a senior Africa fellow at the Atlantic Policy Centre, told VOA that such"
        " pledges were common.\n\nNigerian Foreign Minister Musa Danjuma disagreed. Danjuma said"
        " the deal was signed. The analyst said investors would wait for results."
    )
    assert _speakers(text)[-1] == []


# "The presidential office said": the office of the story's only president.
def test_the_presidential_office_is_the_only_president() -> None:
    text = (
        "President Park Min-soo and Thai Prime Minister Anong Srisuk agreed Friday to expand"
        " cooperation in shipbuilding and batteries, the presidential office said.\n\nThe two"
        " leaders also discussed North Korea. Anong backed the plan for a summit in Busan,"
        " according to the office."
    )
    speakers = _speakers(text)
    assert (speakers[0], speakers[-1]) == (["Park Min-soo"], ["Park Min-soo"])


def test_the_office_with_no_presidential_office_before_is_no_one() -> None:
    text = (
        "President Park Min-soo met Thai Prime Minister Anong Srisuk in Seoul on Friday. Anong"
        " backed the plan for a summit in Busan, according to the office."
    )
    assert _speakers(text)[-1] == []


def test_the_presidential_office_with_two_presidents_is_no_one() -> None:
    text = (
        "Kenyan President Daniel Omondi met Ugandan President Ruth Nakato in Kampala on Monday,"
        " and the two agreed to extend the railway to Kasese, the presidential office said."
    )
    assert _speakers(text)[-1] == []


def test_an_age_description_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Chilean President Gabriel Boric met Bolivian President Rodrigo Paz in Santiago on"
        " Monday.\n\nBoric told reporters the two countries would reopen a consulate in"
        " Calama. The 39-year-old leftist said the decision was overdue."
    )
    assert _speakers(text)[-1] == ["Gabriel Boric"]


def test_an_age_description_after_a_quotation_is_the_person_its_tag_names() -> None:
    # The sentence before opens with a quotation: its subject is whom the tag names.
    text = (
        "Ghanaian President John Mahama met Togolese leader Faure Gnassingbe in Lome on"
        ' Tuesday.\n\n"We are one people on two sides of a line," Mahama told a business'
        " forum. The 67-year-old added that tariffs on cocoa would be reviewed."
    )
    assert _speakers(text)[-1] == ["John Mahama"]


def test_an_age_description_after_a_quotation_with_no_named_tag_is_no_one() -> None:
    text = (
        "Ghanaian President John Mahama met Togolese leader Faure Gnassingbe in Lome on"
        ' Tuesday.\n\n"We are one people on two sides of a line," a Ghanaian diplomat'
        " said. The 67-year-old added that tariffs on cocoa would be reviewed."
    )
    assert _speakers(text)[-1] == []


def test_an_age_description_after_an_organization_subject_is_no_one() -> None:
    text = (
        "Chilean President Gabriel Boric met Bolivian President Rodrigo Paz in Santiago on"
        " Monday.\n\nThe World Bank said the two economies were slowing. The 39-year-old"
        " said the decision was overdue."
    )
    assert _speakers(text)[-1] == []


def test_a_modified_spokesman_with_none_named_before_is_the_subject_before() -> None:
    text = (
        "Japanese Foreign Minister Takeshi Iwaya met his Indonesian counterpart Sugiono in"
        " Tokyo on Friday.\n\nChief Cabinet Secretary Yoshimasa Hayashi told a news"
        " conference that the talks had been productive. The top government spokesman said"
        " Japan would help build a port in Sulawesi."
    )
    assert _speakers(text)[-1] == ["Yoshimasa Hayashi"]


def test_a_modified_spokesman_after_another_spokesman_is_not_the_subject_before() -> None:
    # A spokesman was named before: the phrase repeats that one's description, not the
    # subject's, and is left to the reading of a repeated noun.
    text = (
        "Japanese Foreign Minister Takeshi Iwaya met his Indonesian counterpart Sugiono in"
        " Tokyo on Friday, a foreign ministry spokesman told reporters.\n\nChief Cabinet"
        " Secretary Yoshimasa Hayashi told a news conference that the talks had been"
        " productive. The top government spokesman said Japan would help build a port."
    )
    assert _speakers(text)[-1] != ["Yoshimasa Hayashi"]


def test_a_director_described_before_is_the_researcher() -> None:
    text = (
        "Polish Prime Minister Donald Tusk met Lithuanian President Gitanas Nauseda in Vilnius"
        " on Monday.\n\nJustyna Gotkowska, deputy director of the Centre for Eastern Studies"
        ' in Warsaw, said the meeting was overdue. "Both capitals needed this," she said.'
        " The researcher added that the rail link would be the test."
    )
    assert _speakers(text)[-1] == ["Justyna Gotkowska"]


def test_the_presidential_office_with_two_presidents_is_the_one_at_home_in_the_dateline() -> None:
    text = (
        "Kenya, Uganda agree to extend railway\n\nKAMPALA, March 3 (Reuters) - Kenyan President"
        " Daniel Omondi met Ugandan President Ruth Nakato in Kampala on Monday.\n\nThe two"
        " agreed to extend the railway to Kasese, the presidential office said."
    )
    assert _speakers(text)[-1] == ["Ruth Nakato"]


def test_the_presidential_office_with_two_presidents_both_abroad_is_no_one() -> None:
    text = (
        "Kenya, Uganda agree to extend railway\n\nLONDON, March 3 (Reuters) - Kenyan President"
        " Daniel Omondi met Ugandan President Ruth Nakato in London on Monday.\n\nThe two"
        " agreed to extend the railway to Kasese, the presidential office said."
    )
    assert _speakers(text)[-1] == []


def test_the_general_is_the_last_person_named_with_that_rank() -> None:
    text = (
        "Army chief Gen. Tariq Hamid met Saudi Defense Minister Faisal bin Salman in Riyadh on"
        " Sunday.\n\nFaisal said the two armies would train together. The general told"
        " reporters that a joint exercise would follow in March."
    )
    assert _speakers(text)[-1] == ["Tariq Hamid"]


def test_the_general_with_no_one_named_with_the_rank_is_no_one() -> None:
    # A defense minister may well be a general, but the text never says so.
    text = (
        "Vietnamese Defense Minister Phan Van Long met Lao Defense Minister Khamlieng Outhakaysone"
        " in Hanoi on Monday.\n\nLong reiterated that Vietnam follows a policy of no alliances."
        " The general added that the border was calm."
    )
    assert _speakers(text)[-1] == []


def test_the_general_is_not_an_attorney_general() -> None:
    text = (
        "Attorney General Maria Okafor met Ghanaian Interior Minister Kwame Boateng in Abuja on"
        " Monday.\n\nThe general said the border posts would be staffed by soldiers."
    )
    assert _speakers(text)[-1] == []


def test_the_monarch_is_the_last_reigning_person_named() -> None:
    text = (
        "Morocco's King Hassan III met Spanish Prime Minister Pedro Sanchez in Rabat on Monday."
        "\n\nSanchez said migration had fallen. The monarch said the gas pipeline would be extended."
    )
    assert _speakers(text)[-1] == ["Hassan III"]


def test_the_monarch_with_no_monarch_named_is_no_one() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez met Portuguese Prime Minister Luis Montenegro in"
        " Madrid on Monday.\n\nThe monarch said the gas pipeline would be extended."
    )
    assert _speakers(text)[-1] == []


def test_an_age_description_after_a_german_style_quotation_is_the_person_its_tag_names() -> None:
    text = (
        "German Chancellor Jonas Berger met Polish Prime Minister Tomasz Nowicki in Warsaw on"
        " Monday.\n\n\u201eWe will not build a new wall in Europe,\u201c Berger said. The"
        " 58-year-old added that the border patrols would be joint."
    )
    assert _speakers(text)[-1] == ["Jonas Berger"]
