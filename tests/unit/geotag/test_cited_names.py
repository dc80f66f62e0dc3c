"""Names cited as words ('referred to the country as "Macedonia"') and phrases that spell an
article-led place's name ('The valley lies ...'): no places of the story."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    "text",
    [
        'In Athens the envoy spoke of the state only as "Macedonia", to protests.',
        'In Athens, officials still use the short name "Macedonia" for it.',
        'In Athens, the old guide still printed the word "Albania" in red.',
    ],
)
def test_a_name_cited_as_a_word_is_no_place(gazetteer: Gazetteer, text: str) -> None:
    assert _found(gazetteer, text) == [("Athens", "GR")]


def test_a_place_called_by_its_nickname_stays(gazetteer: Gazetteer) -> None:
    text = 'Cars crossed the so-called "Mostar" bridge near Konjic.'
    assert ("Konjic", "BA") in _found(gazetteer, text)


def test_an_article_led_name_in_lower_case_is_a_phrase(gazetteer: Gazetteer) -> None:
    text = "Preševo lies in the south. The valley lies on the main road to Skopje."
    assert not any(c == "AI" for _s, c in _found(gazetteer, text))


def test_an_article_led_name_keeps_its_capitals(gazetteer: Gazetteer) -> None:
    text = "Judges in The Hague heard the case of a Kosovo commander."
    assert ("The Hague", "NL") in _found(gazetteer, text)
