"""Geotagging: find the places a text names, with their country, level and exact offsets.

``Gazetteer.from_path()`` loads data/geo once; ``tag_text(gazetteer, text, title)`` is the
per-document step.  Nothing is loaded at import time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsmap.geotag.actors import home_institution
from newsmap.geotag.context import is_local_language
from newsmap.geotag.focus import grounded
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.geotag.home import READS_LIMIT, home_country, is_local_text
from newsmap.geotag.resolve import focus, resolve_names
from newsmap.model import Mention

__all__ = ["Gazetteer", "TagResult", "tag_text"]


@dataclass(frozen=True)
class TagResult:
    """Mentions (sorted by start, offsets into the text) and the region countries in focus."""

    mentions: list[Mention] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)


def tag_text(gazetteer: Gazetteer, text: str, title: str | None = None) -> TagResult:
    """Tag one document.

    The title only weighs in on ``countries`` (a country in the headline is what the story is
    about); its mentions are not returned, because offsets refer to ``text`` alone.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    mentions, named = resolve_names(gazetteer, text)
    title_mentions = _weighed(*resolve_names(gazetteer, title, _local_body(text))) if title else []
    weighed = _weighed(mentions, named) if named else mentions
    countries = focus(weighed, len(text), title_mentions, text)
    if not countries and (not grounded(weighed, title_mentions) or home_institution(text, weighed)):
        # names no place, or foreign ones only after the outlet's own institutions ("the
        # American ambassador met the prime minister"): domestic news, about the state whose
        # language it is written in
        home = home_country(f"{title}\n{text}" if title else text)
        countries = [home] if home else []
    return TagResult(mentions=mentions, countries=countries)


def _weighed(mentions: list[Mention], named: list[Mention]) -> list[Mention]:
    """The mentions with the places inside party and battle names, by start: what the story
    is about counts them (``resolve_names``), the mentions do not."""
    if not named:
        return mentions
    return sorted(mentions + named, key=lambda m: m.start)


def _local_body(text: str) -> bool | None:
    """True when a body is in a region language: its title is read in that language (a
    headline's few words cannot say it: "praznik skupnosti iz Bosne in Makedonije" would
    read its case forms as no local text's); None otherwise (the title tells for itself)."""
    local = is_local_text(text) if len(text) < READS_LIMIT else is_local_language(text)
    return True if local else None
