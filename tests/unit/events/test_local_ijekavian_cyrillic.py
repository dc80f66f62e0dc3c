"""Ijekavian days, weeks and months in Cyrillic, as Bosnian Serb and Montenegrin news writes
them ("у сриједу", "од понедјељка", "прошлог мјесеца", "сљедеће недјеље"); "ever since" ("још
од прошлог мјесеца", "уште од јануари") dates no happening."""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates
from newsmap.lexicon.local import sh_cyrillic


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def test_the_transliteration() -> None:
    assert sh_cyrillic("ponedjeljka") == "понедјељка"
    assert sh_cyrillic("srijedu") == "сриједу"


def test_ijekavian_cyrillic_dates() -> None:
    published = date(2025, 9, 1)
    assert dates("У Требињу ће у сриједу бити отворен мост.", "sr", published) == [
        ("у сриједу", "2025-09-03")
    ]
    assert dates("Навијачи су прошлог мјесеца испунили стадион.", "sr", published) == [
        ("прошлог мјесеца", "2025-08")
    ]
    assert dates("Сљедеће недјеље почиње суђење у Бањалуци.", "sr", published) == [
        ("Сљедеће недјеље", "2025-09")
    ]


def test_ever_since_is_no_date() -> None:
    published = date(2025, 9, 1)
    assert dates("Електране раде смањено још од прошлог мјесеца.", "sr", published) == []
    assert dates("Уште од јануари работниците немаат плата.", "mk", published) == []
    assert dates("Od prošlog mjeseca vozi nova linija.", "sr", published) == [
        ("prošlog mjeseca", "2025-08")
    ]
