"""A known surname followed by a country opening the next clause is two mentions, not one name."""

from __future__ import annotations

from bilateral.text import extract


def _names(text: str) -> dict[str, str]:
    return {a.id: a.kind.value if hasattr(a.kind, "value") else str(a.kind) for a in extract(text).actors}


_LEAD = "Indian Prime Minister Narendra Modi met Pakistani Prime Minister Shehbaz Sharif in Dubai on Monday. "


def test_surname_then_country_is_the_person_and_the_country() -> None:
    names = _names(_LEAD + "Modi told Sharif India would respond to any attack.")
    assert "sharif-india" not in names
    assert "shehbaz-sharif" in names
    assert "india" in names


def test_surname_then_demonym_is_the_person_and_the_nationality() -> None:
    names = _names(_LEAD + "Modi told Sharif Indian forces would respond to any attack.")
    assert not any(ident.startswith("sharif-indian") for ident in names)


def test_an_unknown_word_before_a_country_stays_one_name() -> None:
    # "Air" is no surname of the story: the airline keeps its name.
    record = extract(_LEAD + "Modi flew on Air India to Dubai.")
    india = next(a for a in record.actors if a.id == "india")
    assert [record.text(m) for m in india.mentions] == ["Indian"]


def test_a_surname_alone_still_links_to_its_person() -> None:
    record = extract(_LEAD + "Sharif said Pakistan wanted peace.")
    sharif = next(a for a in record.actors if a.id == "shehbaz-sharif")
    assert len(sharif.mentions) == 2
