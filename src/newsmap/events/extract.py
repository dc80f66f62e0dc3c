"""Sentences with a resolved date and a happening become events, placed by the sentence's mentions.

Placing an event by the places named in its own sentence, not in the whole article, keeps a
report about Skopje from painting a Pristina statement onto North Macedonia.  Only when the
sentence names no place does the event fall back to the article's main country.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date

from newsmap.events.classify import classify_event, is_happening
from newsmap.events.sentences import split_sentences
from newsmap.events.temporal import TimeExpr, find_dates
from newsmap.lexicon.local import family_code
from newsmap.model import Event, Mention

__all__ = ["extract_events"]


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


def _sentence_places(
    mentions: Sequence[Mention], start: int, end: int, fallback: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Countries and place ids named inside [start, end).

    Region-level names ("the Western Balkans") never locate an event on one country.  Place
    names outrank demonyms: in "police and ethnic Serbs clashed in Zvečan" the people named are
    actors, the town is where it happened.  A metonymic capital ("Belgrade said") counts for its
    country but is no marker on the map, so it gives no place id.
    """
    inside = [m for m in mentions if start <= m.start < end and m.country and m.level != "region"]
    places = [m for m in inside if m.level != "demonym"] or inside
    countries = _unique([m.country or "" for m in places])
    place_ids = _unique([m.place_id for m in places if not m.metonymic])
    if not countries:
        countries = _unique(list(fallback[:1]))
    return countries, place_ids


def _masked(text: str, start: int, end: int, exprs: Sequence[TimeExpr]) -> str:
    """The sentence with its date phrases blanked, so "yesterday" is not read as a past verb."""
    parts = []
    pos = start
    for e in exprs:
        parts.append(text[pos : e.start])
        parts.append(" " * (e.end - e.start))
        pos = e.end
    parts.append(text[pos:end])
    return "".join(parts)


def extract_events(
    text: str,
    published: date | None,
    mentions: Sequence[Mention],
    doc_countries: Sequence[str],
    languages: Sequence[str | None] = (),
) -> list[Event]:
    """One Event per dated statement of ``text`` (DESIGN.md section 4, ``events``).

    A sentence yields events only when it reports a happening (see ``is_happening``); each
    distinct date in it becomes one event.  A date that only restates the publication
    ("today", "this week") is dropped when the same sentence names a more specific date.
    ``languages``: the languages of the text (given or detected); their date rules and event
    words are read beside the English ones.
    """
    families = tuple(dict.fromkeys(f for f in map(family_code, languages) if f))
    exprs = find_dates(text, published, languages)
    if not exprs:
        return []
    spans = split_sentences(text)
    starts = [s for s, _ in spans]
    by_sentence: dict[int, list[TimeExpr]] = {}
    for expr in exprs:
        idx = bisect_right(starts, expr.start) - 1
        if idx < 0:
            continue
        by_sentence.setdefault(idx, []).append(expr)
    ordered = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in ordered]
    events: list[Event] = []
    for idx, group in sorted(by_sentence.items()):
        s0, s1 = spans[idx]
        group = [e for e in group if e.start < s1]
        if not group:
            continue
        if not is_happening(_masked(text, s0, s1, group)):
            continue
        if any(e.date_source != "published" for e in group):
            group = [e for e in group if e.date_source != "published"]
        seen: set[tuple[str, str]] = set()
        etype = classify_event(text[s0:s1], group[0].start - s0, families)
        # Only the mentions inside the sentence, a slice of the sorted list, need a look.
        near = ordered[bisect_left(mention_starts, s0) : bisect_left(mention_starts, s1)]
        countries, place_ids = _sentence_places(near, s0, s1, doc_countries)
        for expr in group:
            key = (expr.date, expr.precision)
            if key in seen:
                continue
            seen.add(key)
            events.append(
                Event(
                    date=expr.date,
                    precision=expr.precision,
                    date_source=expr.date_source,
                    surface=expr.surface,
                    start=expr.start,
                    end=expr.end,
                    sentence_start=s0,
                    sentence_end=s1,
                    type=etype,
                    countries=countries,
                    place_ids=place_ids,
                )
            )
    return events
