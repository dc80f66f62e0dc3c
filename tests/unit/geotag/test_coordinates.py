"""Mentions land in the right spot: towns near their true position, units inside themselves.

A right country with a wrong point still misleads a map reader, and the toponym scores cannot
see it: they compare spans and countries only.  Gold positions for the corpus's towns and
sites are in tests/data/geotag/gold_coords.csv; unit outlines come from data/geo.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest
from shapely.geometry import Point, shape
from shapely.prepared import prep

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.scoring import load_corpus
from newsmap.model import Mention

from .conftest import GEO_DIR

DATA = Path(__file__).resolve().parents[2] / "data" / "geotag"
TOLERANCE_KM = 50.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _gold_coords() -> dict[tuple[str, str], tuple[float, float]]:
    with open(DATA / "gold_coords.csv", encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {
            (surface, row["country"]): (float(row["lat"]), float(row["lon"]))
            for row in rows
            for surface in row["surfaces"].split("|")
        }


@pytest.fixture(scope="module")
def tagged(gazetteer: Gazetteer) -> list[tuple[dict, dict[tuple[int, int], Mention]]]:
    docs = load_corpus(DATA / "corpus.jsonl")
    out = []
    for d in docs:
        mentions = tag_text(gazetteer, d["text"], d.get("title")).mentions
        out.append((d, {(m.start, m.end): m for m in mentions}))
    return out


def _features(name: str, prefix: str) -> dict[str, object]:
    path = GEO_DIR / name
    with open(path, encoding="utf-8") as fh:
        features = json.load(fh)["features"]
    key = "code" if prefix == "country" else "id"
    return {f"{prefix}:{f['properties'][key]}": prep(shape(f["geometry"])) for f in features}


@pytest.fixture(scope="module")
def outlines() -> dict[str, object]:
    """Prepared polygons by place id: admin-1 units, their groups and countries."""
    found: dict[str, object] = {}
    for name, prefix in (
        ("admin1.geojson", "admin1"),
        ("groups.geojson", "group"),
        ("admin0.geojson", "country"),
    ):
        if (GEO_DIR / name).exists():
            found.update(_features(name, prefix))
    return found


def test_every_gold_town_in_the_corpus_has_gold_coordinates(tagged) -> None:
    gold = _gold_coords()
    missing = {
        (g["surface"], g["country"])
        for d, _ in tagged
        for g in d["gold"]["mentions"]
        if g["level"] in ("city", "site") and (g["surface"], g["country"]) not in gold
    }
    # the state, in "Albany, New York"; rivers have no single point to hold them to
    rivers = {("Drina", "RS"), ("Sava river", "BA"), ("Ibar river", "XK"), ("Danube", "RS")}
    rivers |= {("Neretva", "BA")}
    assert missing <= {("New York", "US")} | rivers


def test_towns_and_sites_are_within_50_km(tagged) -> None:
    """95% of gold city and site mentions are found with a point within 50 km of the truth.

    A gold mention the tagger misses counts as a failure too.
    """
    gold = _gold_coords()
    far: list[tuple[str, str, float | None]] = []
    total = 0
    for doc, by_span in tagged:
        for g in doc["gold"]["mentions"]:
            where = gold.get((g["surface"], g["country"]))
            if g["level"] not in ("city", "site") or where is None:
                continue
            total += 1
            m = by_span.get((g["start"], g["end"]))
            if m is None or m.lat is None or m.lon is None:
                far.append((doc["id"], g["surface"], None))
                continue
            dist = _km(where[0], where[1], m.lat, m.lon)
            if dist > TOLERANCE_KM:
                far.append((doc["id"], g["surface"], round(dist)))
    assert total >= 150
    assert (total - len(far)) / total >= 0.95, far


def test_found_towns_and_sites_are_never_far(tagged) -> None:
    """Of the towns and sites found, none is placed in a namesake far away."""
    gold = _gold_coords()
    far = []
    for doc, by_span in tagged:
        for g in doc["gold"]["mentions"]:
            m = by_span.get((g["start"], g["end"]))
            where = gold.get((g["surface"], g["country"]))
            if m is None or where is None or m.lat is None or m.lon is None:
                continue
            if _km(where[0], where[1], m.lat, m.lon) > TOLERANCE_KM:
                far.append((doc["id"], g["surface"], m.place_id))
    assert far == []


def test_admin1_mentions_carry_a_point_inside_their_unit(tagged, outlines) -> None:
    """A unit with an outline holds its own point; an informal region lies in its country.  A
    county the gazetteer lacks ("Zadar County") holds the point of the town it is named
    after, which the checks on towns cover."""
    checked = 0
    problems = []
    for doc, by_span in tagged:
        for m in by_span.values():
            if m.level != "admin1" or m.lat is None or m.lon is None:
                continue
            if m.place_id.startswith("gn:"):
                continue
            outline = outlines.get(m.place_id) or outlines.get(f"country:{m.country}")
            if outline is None:
                continue
            checked += 1
            if not outline.contains(Point(m.lon, m.lat)):  # type: ignore[attr-defined]
                problems.append((doc["id"], m.surface, m.place_id))
    assert checked >= 20
    assert problems == []


def test_every_unit_point_lies_inside_its_outline(gazetteer: Gazetteer, outlines) -> None:
    """Also for crescent-shaped units, whose vertex mean falls outside them."""
    units = [p for p in gazetteer.places if p.place_id.startswith(("admin1:", "group:"))]
    assert len(units) >= 150
    outside = [
        p.place_id
        for p in units
        if p.place_id in outlines
        and p.lat is not None
        and p.lon is not None
        and not outlines[p.place_id].contains(Point(p.lon, p.lat))
    ]  # type: ignore
    assert outside == []
