"""Population of the shipped admin-1 units, groups and countries comes from the censuses.

The national totals are read from SOURCES.md (what a reader of the data sees), the unit figures
from census_admin1.csv, and both are checked against every shipped file that carries population.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import shutil
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from newsmap import geodata
from newsmap.view import choropleth
from newsmap.view.text import fmt_number

ROOT = Path(__file__).resolve().parents[2]
GEO = ROOT / "data" / "geo"
REGION = ("AL", "BA", "XK", "ME", "MK", "RS")
YEARS = {"AL": 2023, "BA": 2013, "XK": 2024, "ME": 2023, "MK": 2021, "RS": 2022}


def _apply_census():
    spec = importlib.util.spec_from_file_location(
        "apply_census", ROOT / "scripts" / "apply_census.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def national() -> dict[str, int]:
    """The national census totals as SOURCES.md states them."""
    text = (GEO / "SOURCES.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| ([A-Z]{2}) \| (\d{4}) \|.*\| ([\d,]+)[^|]*\|$", text, re.M)
    out = {code: int(total.replace(",", "")) for code, year, total in rows}
    assert {code: int(year) for code, year, _ in rows} == YEARS
    return out


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return pd.read_csv(GEO / "census_admin1.csv", dtype={"id": str}, keep_default_na=False)


@pytest.fixture(scope="module")
def admin1() -> gpd.GeoDataFrame:
    return geodata.load_admin1()


def test_census_table_has_one_positive_row_per_unit_from_its_countrys_census(table, admin1):
    assert list(table.columns) == ["id", "name", "population", "census_year", "note"]
    assert table["id"].is_unique
    assert set(table["id"]) == set(admin1["id"]) and len(table) == 190
    assert (table["population"] > 0).all()
    assert (table["census_year"] == table["id"].str[:2].map(YEARS)).all()
    assert dict(zip(table["id"], table["name"], strict=True)) == dict(
        zip(admin1["id"], admin1["name"], strict=True)
    )


@pytest.mark.parametrize("loader", [geodata.load_admin1, geodata.load_admin1_full])
def test_every_shipped_unit_carries_its_census_population(loader, table):
    units = loader()
    assert (units["population"] > 0).all()
    got = dict(zip(units["id"], units["population"].astype(int), strict=True))
    assert got == dict(zip(table["id"], table["population"], strict=True))
    # the GeoNames sums they replace: Centar had 0, Klina a fifth of its people
    assert got["MK-77"] == 43_893 and got["XK-08"] == 30_574


def test_each_countrys_units_sum_to_its_national_census_total(admin1, national):
    sums = admin1.groupby("country")["population"].sum()
    assert set(sums.index) == set(REGION) == set(national)
    for code in REGION:
        assert sums[code] == pytest.approx(national[code], rel=0.02), code


@pytest.mark.parametrize("suffix", ["geojson", "parquet"])
def test_groups_are_the_sums_of_their_units(suffix):
    if suffix == "geojson":
        units, groups = geodata.load_admin1(), geodata.load_groups()
    else:
        units = gpd.read_parquet(GEO / "admin1_full.parquet")
        groups = gpd.read_parquet(GEO / "groups_full.parquet")
    sums = units[units["group"].notna()].groupby("group")["population"].sum()
    got = dict(zip(groups["id"], groups["population"].astype(int), strict=True))
    assert got == {str(k): int(v) for k, v in sums.items()}
    assert got["BA-SRP"] == 1_228_423 and got["RS-VO"] == 1_740_230


def test_the_six_countries_carry_their_national_totals(national):
    for frame in (geodata.load_admin0(), gpd.read_parquet(GEO / "admin0_full.parquet")):
        six = frame[frame["code"].isin(REGION)]
        assert dict(zip(six["code"], six["population"].astype(int), strict=True)) == national
        assert frame.set_index("code").loc["HR", "population"] > 3_000_000  # others untouched
    countries = geodata.load_countries().set_index("code")["population"]
    assert {c: int(countries[c]) for c in REGION} == national


def test_per_100k_uses_the_census_population(admin1, table):
    pops = dict(zip(table["id"], table["population"], strict=True))
    counts = pd.Series({"MK-77": 5, "XK-09": 3})
    layer = choropleth.build_choropleth(
        admin1, counts, level="admin1", metric_label="Articles", per_100k=True
    )
    (gj,) = [c for c in layer._children.values() if hasattr(c, "data")]
    tips = {f["id"]: f["properties"]["tip"] for f in gj.data["features"]}
    for uid, n in counts.items():
        rate = n / pops[uid] * 1e5
        assert 1 < rate < 20  # a handful of articles over tens of thousands of people
        assert f"Articles per 100k people: {fmt_number(rate, False)} ({n} articles)" in tips[uid]
    assert "no population data" not in "".join(tips.values())


def test_applying_the_census_again_changes_no_byte(tmp_path):
    geo = tmp_path / "geo"
    shutil.copytree(GEO, geo)
    totals = _apply_census().apply(geo)
    assert totals["AL"] == 2_402_113
    for path in sorted(GEO.iterdir()):
        assert (geo / path.name).read_bytes() == path.read_bytes(), path.name


def test_a_bad_census_row_is_refused_with_the_line_named(tmp_path):
    geo = tmp_path / "geo"
    shutil.copytree(GEO, geo)
    rows = list(csv.reader((geo / "census_admin1.csv").open(encoding="utf-8")))
    rows[5][2] = "0"
    with (geo / "census_admin1.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    before = (geo / "admin1.geojson").read_bytes()
    with pytest.raises(SystemExit, match=r"census_admin1.csv line 6: population '0'"):
        _apply_census().apply(geo)
    assert (geo / "admin1.geojson").read_bytes() == before
