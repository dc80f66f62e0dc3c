"""The seed article (a scraped DW piece on NATO in the Balkans): every region toponym found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsmap.geotag import Gazetteer, TagResult, tag_text
from newsmap.ingest.text import split_front_matter
from newsmap.model import REGION_COUNTRIES

#: The seed article as the repository keeps it: the page as saved, under a front-matter block.
SEED = (
    Path(__file__).resolve().parents[3]
    / "data"
    / "samples"
    / "2023-11-23-dw-nato-plan-for-the-balkans.txt"
)


@pytest.fixture(scope="module")
def seed_text() -> str:
    """The saved page without its front matter: the text the user gave us, byte for byte."""
    _, page = split_front_matter(SEED.read_text(encoding="utf-8"))
    assert "NATO" in page and len(page) > 3000
    return page


@pytest.fixture(scope="module")
def result(gazetteer: Gazetteer, seed_text: str) -> TagResult:
    return tag_text(gazetteer, seed_text)


def _covering(result: TagResult, start: int, end: int):
    return [m for m in result.mentions if m.start <= start and end <= m.end]


# Every occurrence of these names must be inside a mention of this country.
REGION_TOPONYMS = [
    ("Skopje", "MK"),
    ("Kosovo", "XK"),
    ("Bosnia-Herzegovina", "BA"),
    ("Bosnia", "BA"),
    ("Belgrade", "RS"),
    ("Pristina", "XK"),
    ("Albania", "AL"),
    ("Montenegro", "ME"),
    ("North Macedonia", "MK"),
    ("Serbia", "RS"),
    ("Republika Srpska", "BA"),
    ("Croatia", "HR"),
]


@pytest.mark.parametrize(("name", "country"), REGION_TOPONYMS, ids=[n for n, _ in REGION_TOPONYMS])
def test_every_region_toponym_found_with_its_country(
    result: TagResult, seed_text: str, name: str, country: str
) -> None:
    occurrences = [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", seed_text)]
    assert occurrences, name
    for start, end in occurrences:
        covering = _covering(result, start, end)
        assert covering, f"{name} at {start} not tagged"
        assert covering[0].country == country, (name, start, covering[0])


EXACT = [
    ("Republika Srpska", "BA", "admin1"),
    ("northern Kosovo", "XK", "admin1"),
    ("Serbian border", "RS", "demonym"),
    ("Yugoslavia", None, "region"),
    ("Western Balkans", None, "region"),
    ("Kosovo Serbs", "XK", "demonym"),
]


@pytest.mark.parametrize(("surface", "country", "level"), EXACT, ids=[s for s, _, _ in EXACT])
def test_exact_spans(result: TagResult, surface: str, country: str | None, level: str) -> None:
    found = [(m.country, m.level) for m in result.mentions if m.surface == surface]
    assert found and set(found) == {(country, level)}


def test_ethnic_groups_add_no_mention(result: TagResult, seed_text: str) -> None:
    """ "ethnic Serbs", "the Serbian ethnic minority", "the Albanian majority" name peoples."""
    for phrase in ("ethnic Serbs", "Serbian ethnic minority", "Albanian majority"):
        start = seed_text.index(phrase)
        assert not _covering(result, start, start + len(phrase)), phrase


def test_belgrade_and_pristina_as_governments(result: TagResult, seed_text: str) -> None:
    pair = seed_text.index("between Belgrade and Pristina")
    belgrade = _covering(result, pair + 8, pair + 16)[0]
    pristina = _covering(result, pair + 21, pair + 29)[0]
    assert (belgrade.surface, belgrade.metonymic) == ("Belgrade", True)
    assert (pristina.surface, pristina.metonymic) == ("Pristina", True)
    visit = seed_text.index("Stoltenberg in Pristina") + len("Stoltenberg in ")
    assert _covering(result, visit, visit + 8)[0].metonymic is False


@pytest.mark.parametrize("name", ["Russia", "Moscow", "Moka", "Ukraine", "US", "EU"])
def test_outside_names_never_get_a_region_code(
    result: TagResult, seed_text: str, name: str
) -> None:
    for m in re.finditer(rf"\b{re.escape(name)}\b", seed_text):
        for mention in _covering(result, *m.span()):
            assert mention.country not in REGION_COUNTRIES, mention


def test_outside_places_keep_their_real_country(result: TagResult) -> None:
    by_surface = {m.surface: m.country for m in result.mentions}
    assert by_surface["Russia"] == "RU"
    assert by_surface["Moscow"] == "RU"
    assert by_surface["Ukraine"] == "UA"
    assert by_surface["US"] == "US"


def test_offsets_are_exact_and_sorted(result: TagResult, seed_text: str) -> None:
    assert result.mentions == sorted(result.mentions, key=lambda m: m.start)
    for m in result.mentions:
        assert seed_text[m.start : m.end] == m.surface
        assert m.reason


def test_document_countries(result: TagResult) -> None:
    """About Kosovo first, then Bosnia and Serbia; the NATO-members list is in passing."""
    assert result.countries[0] == "XK"
    assert set(result.countries) == {"XK", "BA", "RS"}
