"""A town named with its municipality word in local text is a mention of the town's name."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _surfaces(gaz: Gazetteer, text: str) -> list[str]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return [m.surface for m in result.mentions]


def test_the_municipality_word_is_no_part_of_the_mention(gazetteer: Gazetteer) -> None:
    mk = "Во Кочани, Општина Кочани објави нов тендер за улиците."
    found = _surfaces(gazetteer, mk)
    assert found == ["Кочани", "Кочани"]
    sl = "Občina Jesenice je v petek na Jesenicah obnovila most, je sporočil župan iz Kranja."
    found = _surfaces(gazetteer, sl)
    assert "Jesenice" in found
    assert not any(s.startswith("Občina") for s in found)


def test_english_keeps_its_reading(gazetteer: Gazetteer) -> None:
    text = "Officials of the Kumanovo municipality met on Monday in Skopje."
    assert "Kumanovo" in _surfaces(gazetteer, text)
