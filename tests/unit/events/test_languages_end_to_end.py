"""Languages through the pipeline: given, detected, wrong, mixed, or from outside the region."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.geotag import Gazetteer
from newsmap.model import Article
from newsmap.pipeline import analyze

PUB = date(2024, 3, 20)
SERBIAN = (
    "Demonstranti su juče blokirali autoput kod Niša. Policija je u ponedeljak uhapsila dvojicu."
)
ALBANIAN = "Protesta u mbajt dje në Prishtinë. Policia arrestoi dy persona të hënën."


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_path()


def _events(gazetteer: Gazetteer, text: str, language: str | None) -> list[tuple[str, str]]:
    result = analyze(gazetteer, Article(text=text, published=PUB, language=language))
    return [(e.date, e.type) for e in result.events]


def test_detected_language_is_kept_and_used(gazetteer):
    result = analyze(gazetteer, Article(text=SERBIAN, published=PUB))
    assert result.language == "sh"
    assert [(e.date, e.type) for e in result.events] == [
        ("2024-03-19", "protest"),
        ("2024-03-18", "political_legal"),
    ]


@pytest.mark.parametrize("hint", ["sq", "mk", "de", "en", "sr-Cyrl", "xx"])
def test_a_wrong_hint_costs_nothing(gazetteer, hint):
    """The hint is stored as the article's language, but the text's own language still reads
    its dates: a wrong hint finds no less than no hint."""
    assert _events(gazetteer, SERBIAN, hint) == _events(gazetteer, SERBIAN, None)
    assert _events(gazetteer, ALBANIAN, hint) == _events(gazetteer, ALBANIAN, None)
    assert analyze(gazetteer, Article(text=SERBIAN, published=PUB, language=hint)).language == hint


def test_a_language_outside_the_region_invents_no_date(gazetteer):
    german = (
        "Die Polizei hat am Montag in Belgrad zwei Männer festgenommen. Sie sind seit Mai in Haft."
    )
    result = analyze(gazetteer, Article(text=german, published=PUB))
    assert result.language == "de"
    assert result.events == []


def test_mixed_script_and_plain_ascii_text(gazetteer):
    mixed = "Demonstranti su juce blokirali put kod Nisa. Полиција је у понедељак uhapsila dvojicu."
    dates = [d for d, _ in _events(gazetteer, mixed, None)]
    assert dates == ["2024-03-19", "2024-03-18"]


def test_an_english_report_quoting_local_words_stays_english(gazetteer):
    text = (
        "Protesters blocked the motorway near Niš on Monday, chanting 'Ne damo Jadar'. "
        "The police said the march was peaceful and that the crowd had left by the evening."
    )
    result = analyze(gazetteer, Article(text=text, published=PUB))
    assert result.language == "en"
    assert [e.date for e in result.events] == ["2024-03-18"]


def test_a_mixed_language_article_is_read_in_both(gazetteer):
    english = (
        "Thousands of people marched through the centre of Belgrade on Saturday, and the police "
        "said that the protest was peaceful. The organisers said that the march was the largest "
        "in the city since the spring, and that more rallies were planned for the coming weeks. "
    )
    serbian = (
        "Organizatori su saopštili da je protest protekao mirno i da će se okupljanja nastaviti. "
        "Studenti su juče blokirali još dva fakulteta, a u ponedeljak su im se pridružili i "
        "profesori. Policija je prekjuče privela trojicu mladića ispred zgrade skupštine grada. "
    )
    result = analyze(gazetteer, Article(text=english * 3 + serbian * 3, published=PUB))
    assert result.language == "en"
    assert {"2024-03-16", "2024-03-19", "2024-03-18"} <= {e.date for e in result.events}
