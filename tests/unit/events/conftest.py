"""Fixtures for the event extractor: the seed article and a hand-built mention factory."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmap.model import Mention

DATA = Path(__file__).resolve().parents[2] / "data" / "events"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The first sample article (published 2023-11-23), copied so the suite needs no share."""
    return (DATA / "seed.txt").read_text(encoding="utf-8")


def mention_at(
    text: str,
    surface: str,
    after: str,
    country: str | None,
    level: str = "city",
    place_id: str | None = None,
    metonymic: bool = False,
) -> Mention:
    """A Mention for the first ``surface`` after the marker string ``after``, offsets exact."""
    start = text.index(surface, text.index(after))
    return Mention(
        start=start,
        end=start + len(surface),
        surface=surface,
        place_id=place_id or f"test:{surface.lower().replace(' ', '-')}",
        name=surface,
        country=country,
        admin1=None,
        level=level,
        lat=None,
        lon=None,
        score=1.0,
        metonymic=metonymic,
    )


@pytest.fixture(scope="session")
def make_mention():
    """The hand-built Mention factory, for tests that place one sentence's events."""
    return mention_at


@pytest.fixture(scope="session")
def seed_mentions(seed_text: str) -> list[Mention]:
    """What a geotagger would find in the dated sentences of the seed, built by hand."""
    t = seed_text
    return [
        mention_at(t, "Western Balkans", "The Secretary General", None, "region", "rg:wb"),
        mention_at(t, "Skopje", "press conference in", "MK", "city", "gn:785842"),
        mention_at(t, "Bosnia-Herzegovina", "threats of secession in", "BA", "country", "c:BA"),
        mention_at(t, "Kosovo", "fragile security situation in", "XK", "country", "c:XK"),
        mention_at(
            t, "Belgrade", "normalization between", "RS", "city", "gn:792680", metonymic=True
        ),
        mention_at(
            t, "Pristina", "normalization between", "XK", "city", "gn:786714", metonymic=True
        ),
        mention_at(t, "Kosovo", "tensions in northern", "XK", "country", "c:XK"),
        mention_at(t, "Serbian", "near the", "RS", "demonym", "c:RS"),
        mention_at(t, "Kosovo", "fighting between", "XK", "country", "c:XK"),
        mention_at(t, "Serbs", "ethnic ", "RS", "demonym", "c:RS"),
        mention_at(t, "Pristina", "Stoltenberg in", "XK", "city", "gn:786714"),
        mention_at(t, "Kosovo", "freedom of movement for all people in", "XK", "country", "c:XK"),
        mention_at(t, "Bosnia-Herzegovina", "peacekeeping mission in", "BA", "country", "c:BA"),
        mention_at(t, "Republika Srpska", "not at all popular in", "BA", "admin1", "a1:BA-SRP"),
        mention_at(t, "Serbia", "close ties to", "RS", "country", "c:RS"),
        mention_at(t, "Russia", "close ties to Serbia and", "RU", "country", "c:RU"),
    ]
