"""One event, many reports: merge events that several articles report into one timeline point.

Fully automatic event data counts the same clash once per article that mentions it, so a story
picked up by ten outlets looks like ten clashes.  Events with the same date (at the same
precision), type and place are merged, and the number of distinct articles behind each one is
kept as ``sources`` so the timeline can size the point by it instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from newsmap.model import Event

__all__ = ["MergedEvent", "merge_reports"]


@dataclass(frozen=True)
class MergedEvent:
    """An event as reported by one or more articles.

    ``place`` is the merge key's place part: the first place id, else the first country, else
    the empty string.  ``sources`` counts distinct articles; ``reports`` counts merged events
    (one article can state the same event twice).  ``first`` is the earliest report as given,
    kept for hover text (its sentence, title, source).
    """

    date: str
    precision: str
    type: str
    place: str
    countries: tuple[str, ...]
    place_ids: tuple[str, ...]
    sources: int
    article_ids: tuple[str, ...]
    reports: int
    first: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """A flat record (the first report's fields, overridden by the merged ones)."""
        out = dict(self.first)
        out.update(
            date=self.date,
            precision=self.precision,
            type=self.type,
            place=self.place,
            countries=list(self.countries),
            place_ids=list(self.place_ids),
            sources=self.sources,
            article_ids=list(self.article_ids),
            reports=self.reports,
        )
        return out


def _codes(value: Any) -> tuple[str, ...]:
    """A list column as stored or passed: a sequence, a JSON list, or a comma-separated string."""
    if value is None:
        return ()
    if isinstance(value, str):
        raw = value.strip()
        if raw.startswith("["):
            try:
                parsed = json.loads(raw)
            except json.JSONDecodeError:
                parsed = []
            return tuple(str(v) for v in parsed if v)
        return tuple(p.strip() for p in raw.split(",") if p.strip())
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value if v)
    return ()  # a missing value from a data frame (NaN)


def _record(item: Any) -> dict[str, Any]:
    """Any accepted report shape as a plain dict with an ``article_id`` key."""
    if isinstance(item, Mapping):
        return dict(item)
    if isinstance(item, tuple) and len(item) == 2 and not isinstance(item[0], Event):
        article_id, ev = item
        rec = _record(ev)
        rec["article_id"] = article_id
        return rec
    if hasattr(item, "to_json"):
        rec = dict(item.to_json())
        rec.setdefault("article_id", getattr(item, "article_id", None))
        return rec
    raise TypeError(f"cannot merge {item!r}: expected a dict, an Event or (article_id, Event)")


def merge_reports(events: Iterable[Any]) -> list[MergedEvent]:
    """Merge reports of the same event; the result is ordered by date, type and place.

    Accepts dicts (store rows or ``Event.to_json()`` plus ``article_id``), ``(article_id,
    Event)`` pairs, or objects with ``to_json()`` and an ``article_id`` attribute.  A report
    without an article id counts as its own source.
    """
    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = {}
    for item in events:
        rec = _record(item)
        place_ids = _codes(rec.get("place_ids"))
        countries = _codes(rec.get("countries"))
        place = place_ids[0] if place_ids else countries[0] if countries else ""
        key = (
            str(rec.get("date") or ""),
            str(rec.get("precision") or "day"),
            str(rec.get("type") or "other"),
            place,
        )
        rec["_countries"], rec["_place_ids"] = countries, place_ids
        groups.setdefault(key, []).append(rec)
    merged = []
    for (date_s, precision, etype, place), recs in sorted(groups.items()):
        ids: dict[str, None] = {}
        anonymous = 0
        for rec in recs:
            aid = rec.get("article_id")
            if aid is None or aid != aid:  # None or NaN
                anonymous += 1
            else:
                ids.setdefault(str(aid), None)
        first = {k: v for k, v in recs[0].items() if not k.startswith("_")}
        merged.append(
            MergedEvent(
                date=date_s,
                precision=precision,
                type=etype,
                place=place,
                countries=tuple(dict.fromkeys(c for r in recs for c in r["_countries"])),
                place_ids=tuple(dict.fromkeys(p for r in recs for p in r["_place_ids"])),
                sources=len(ids) + anonymous,
                article_ids=tuple(ids),
                reports=len(recs),
                first=first,
            )
        )
    return merged
