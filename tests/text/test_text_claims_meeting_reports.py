"""What was said about the meeting itself is not a claim; what was said about the world is."""

from __future__ import annotations

import pytest

from bilateral.text import extract


@pytest.mark.parametrize(
    "text",
    [
        (
            "Crown Prince Mohammed bin Salman received Iranian Foreign Minister Abbas Araghchi in "
            "Riyadh on Wednesday, the Saudi Press Agency reported."
        ),
        (
            "During the meeting, they reviewed bilateral relations and discussed regional "
            "developments, the Saudi Press Agency said."
        ),
        "At the talks, both sides stressed the need for a ceasefire, the Egyptian foreign ministry said.",
        "According to the German government, the two also discussed the war in Ukraine and the summit.",
        (
            "French President Emmanuel Macron held a telephone conversation with Russian President "
            "Vladimir Putin on Friday, the Elysee said."
        ),
        (
            "India and Russia agreed to raise bilateral trade to $100 billion by 2030, Indian Foreign "
            "Secretary Vinay Kwatra told reporters."
        ),
        "Kremlin spokesman Dmitry Peskov said they had also discussed energy supplies.",
        # Two modifiers before the meeting; the day after "agreed"; "pledged" together.
        (
            "During their roughly 75-minute meeting, the two leaders also confirmed that Seoul and Hanoi"
            " would expand naval exchanges, a South Korean official said."
        ),
        (
            "Analyst Nguyen Khac Giang said South Korea and Vietnam agreed Thursday to begin talks on a"
            " defense equipment pact."
        ),
        "Analyst Nguyen Khac Giang said Lee Jae-myung and Pham Minh Chinh on Monday pledged to double trade.",
        # Bringing a subject up at the talks, the mood there, a summit held, a call made.
        "Armenian Foreign Minister Ararat Mirzoyan said he had raised the issue of the detained soldiers.",
        "Armenian Foreign Minister Ararat Mirzoyan said the atmosphere had been \u201cconstructive.\u201d",
        (
            "Armenian Foreign Minister Ararat Mirzoyan said he had spoken by phone with Georgian Foreign"
            " Minister Maka Botchorishvili on Monday."
        ),
        (
            "Armenian Prime Minister Nikol Pashinyan and Georgian Prime Minister Irakli Kobakhidze held a"
            " summit at the Marriott in Tbilisi, Pashinyan's office said."
        ),
        # A name in apposition to the second side; the two sides restating a position; a
        # request made at the talks.
        (
            "Malawian President Peter Mutharika and his Mozambican counterpart, Daniel Chapo, agreed"
            " Friday to reopen the Nacala rail line, a Malawian official said."
        ),
        (
            "\u201cThe Minister and the Secretary reaffirmed the close partnership between Canada and"
            " Chile,\u201d Canadian spokesperson Emma Ridley said in a readout."
        ),
        (
            "Chilean Foreign Minister Alberto van Klaveren met Bolivian Foreign Minister Celinda Sosa on"
            " Monday. He also sought La Paz's cooperation on border crossings, a Chilean official said."
        ),
        # One side's answer at the talks.
        (
            "Chilean Foreign Minister Alberto van Klaveren said he had proposed a joint study on lithium."
            " The Bolivian side, he said, responded positively."
        ),
        "Bolivian President Rodrigo Paz said the Bolivian side thanks Chile for its support on the port.",
        # A post without its subject, naming the guest by a handle.
        (
            "\u201cHad a productive conversation with FM @BuiThanhSon today. Discussed our strategic"
            " partnership,\u201d South Korean Foreign Minister Cho Hyun wrote on X."
        ),
        # The conversation's words quoted; what the two reached or signed at the talks.
        (
            "Ghana's Samuel Okudzeto Ablakwa met Togo's Robert Dussey in Lome. Ablakwa wrote on X that"
            ' he had a "warm and candid" conversation with Dussey.'
        ),
        (
            "Ghana's Samuel Okudzeto Ablakwa met Togo's Robert Dussey in Lome. Ablakwa wrote on X that"
            " he had a \u201cwarm, candid\u201d exchange with Dussey."
        ),
        (
            "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and his Togolese counterpart Robert Dussey"
            " reached a broad agreement on the border markets during talks in Lome, Ghana's ministry said."
        ),
        (
            "Togolese Foreign Minister Robert Dussey and his Beninese counterpart Olushegun Adjadi Bakari"
            " signed a memorandum on energy trade, the ministry said."
        ),
        # The signing watched by the two, the two sides' act, talks held for a while, a content
        # cut to the meeting's verb.
        (
            "Ghanaian President John Mahama and Togolese President Faure Gnassingbe witnessed the signing"
            " at the Jubilee House in Accra, Ghana's presidency said."
        ),
        (
            "Ghanaian President John Mahama and Togolese President Faure Gnassingbe on Friday oversaw the"
            " signing of six agreements, Ghana's presidency said."
        ),
        "A Ghanaian official said the two sides had signed six memorandums of understanding on Friday.",
        (
            "Ghana's Samuel Okudzeto Ablakwa met Togo's Robert Dussey in Lome. Ablakwa and Dussey held talks"
            " for about an hour at the foreign ministry, the ministry said, on the occasion of the visit."
        ),
        (
            "Ghana's John Mahama received Togo's Faure Gnassingbe in Accra on Monday for talks that the"
            " Ghana News Agency said lasted nearly two hours and covered the border markets."
        ),
    ],
)
def test_a_report_of_the_meeting_is_not_a_claim(text: str) -> None:
    record = extract(text)
    assert record.statements
    assert record.claims == ()


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Iranian Foreign Minister Abbas Araghchi said relations with Riyadh were improving.",
            "relations with Riyadh were improving",
        ),
        (
            "The Ukrainian defence ministry said Russian troops had received new orders to advance.",
            "Russian troops had received new orders to advance",
        ),
        (
            "Sergei Lavrov, the Russian foreign minister, said Washington and Kyiv had never agreed on it.",
            "Washington and Kyiv had never agreed on it",
        ),
        (
            # A person raising something that is no subject of talks: a fact about him.
            "Armenian Foreign Minister Ararat Mirzoyan said Ilham Aliyev had raised tariffs on brandy.",
            "Ilham Aliyev had raised tariffs on brandy",
        ),
        (
            "Analyst Nguyen Khac Giang said Hanoi and Seoul held 14 rounds of talks on the pact in 2019.",
            "Hanoi and Seoul held 14 rounds of talks on the pact in 2019",
        ),
        (
            # An aside after the second side with no verb of theirs after it; a verb used as an
            # adjective; a fact about a person.
            "Analyst Nguyen Khac Giang said Hanoi and Seoul, two exporters, still trade less than Tokyo.",
            "Hanoi and Seoul, two exporters, still trade less than Tokyo",
        ),
        (
            "Analyst Nguyen Khac Giang said Seoul and Hanoi face emphasized risks from tariffs.",
            "Seoul and Hanoi face emphasized risks from tariffs",
        ),
        (
            "Analyst Nguyen Khac Giang said the Chinese side had built 12 dams on the Mekong.",
            "the Chinese side had built 12 dams on the Mekong",
        ),
        (
            "Analyst Nguyen Khac Giang said the Vietnamese leader sought re-election in 2021.",
            "the Vietnamese leader sought re-election in 2021",
        ),
        (
            # Two sides that reached no deal, and a fact about a third party's agreement.
            "Analyst Kwesi Aning said Accra and Lome never reached an agreement on the border markets.",
            "Accra and Lome never reached an agreement on the border markets",
        ),
        (
            # A title's period is no sentence end: the whole sentence is judged (a fact here).
            "Mr. Misri said Mr. Tobgay's government had cut fuel imports from India by a third.",
            "Mr. Tobgay's government had cut fuel imports from India by a third",
        ),
    ],
)
def test_propositions_about_the_world_stay_claims(text: str, claim: str) -> None:
    assert [c.text for c in extract(text).claims] == [claim]


@pytest.mark.parametrize(
    "text",
    [
        # A cue inside the sentence cuts the subject off: the sentence is judged whole.
        (
            "Commission President Marta Kallas, according to her spokesperson, spoke by phone with"
            " Vucic on Friday and urged him to align with EU sanctions."
        ),
        # An aside between the subject and the meeting verb.
        (
            "Ramaphosa, on a three-day state visit, also met Zambian Vice President Mutale Nalumango,"
            " Zambia's presidency said."
        ),
    ],
)
def test_a_meeting_report_split_by_a_cue_or_an_aside_is_not_a_claim(text: str) -> None:
    record = extract(text)
    assert record.statements
    assert record.claims == ()


def test_a_fact_split_by_a_cue_stays_a_claim() -> None:
    text = (
        "Zambia, Finance Minister Situmbeko Musokotwane said, had doubled its copper exports"
        " to China since 2021."
    )
    assert [c.text for c in extract(text).claims] == [
        "Zambia had doubled its copper exports to China since 2021"
    ]
