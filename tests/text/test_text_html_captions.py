"""HTML pages: a figure's caption is no story text; the story around the figure is kept."""

from __future__ import annotations

from bilateral.text._html import html_to_text


def test_a_figure_caption_is_dropped_and_the_story_kept() -> None:
    page = (
        "<html><body><article><h1>Kenya, Haiti Leaders Meet in Nairobi</h1>"
        "<p>Kenyan President William Ruto met Haitian Prime Minister Alix Didier Fils-Aime on Monday.</p>"
        "<figure><img src='a.jpg'><figcaption>FILE - Ruto speaks in Nairobi, Kenya, Oct. 3, 2025. "
        "(AP Photo/Brian Inganga)</figcaption></figure>"
        "<p>Ruto said Kenya had sent about 800 officers to Haiti.</p>"
        "</article></body></html>"
    )
    text = html_to_text(page).text
    assert "AP Photo" not in text
    assert "Ruto speaks in Nairobi" not in text
    assert "met Haitian Prime Minister Alix Didier Fils-Aime on Monday." in text
    assert "Ruto said Kenya had sent about 800 officers to Haiti." in text
