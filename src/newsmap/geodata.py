"""Read the shipped geodata (boundaries, gazetteer tables, alliance and mission facts).

The files in data/geo are built by scripts/build_geo.py and committed, so reading them needs no
network. Nothing is cached here: loading is I/O, and each caller (the CLI once per run, the
dashboard per server process) decides how long to keep the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from newsmap.errors import GazetteerError
from newsmap.model import REGION_COUNTRIES
from newsmap.resources import GEO_DIR_ENV, geo_dir

__all__ = ["GEO_DIR_ENV", "GeoData", "geo_dir", "load_geo"]


_STR = "string"


def _path(name: str, directory: Path | None) -> Path:
    path = (Path(directory) if directory is not None else geo_dir()) / name
    if not path.exists():
        raise GazetteerError(
            f"geodata file {str(path)!r} is missing; set {GEO_DIR_ENV} to a built data/geo "
            "directory or rebuild it with `make geo`"
        )
    return path


def _read_geojson(name: str, directory: Path | None) -> gpd.GeoDataFrame:
    frame = gpd.read_file(_path(name, directory), engine="pyogrio")
    return frame.set_crs(4326, allow_override=True)


def _read_csv(name: str, directory: Path | None, dtype: dict[str, str]) -> pd.DataFrame:
    # keep_default_na=False: "NA" is Namibia's code, not a missing value.
    return pd.read_csv(
        _path(name, directory), dtype=dtype, keep_default_na=False, na_values={}, encoding="utf-8"
    )


def load_admin0(directory: Path | None = None) -> gpd.GeoDataFrame:
    """Countries of the map window (simplified): code, name, name_local, in_region, population."""
    frame = _read_geojson("admin0.geojson", directory)
    frame["in_region"] = frame["in_region"].astype(bool)
    return frame


def load_admin1(directory: Path | None = None) -> gpd.GeoDataFrame:
    """Admin-1 units of the six (simplified): id, name, name_local, country, group, population.

    Kosovo units also carry name_sq, name_sr and name_sr_cyrl.
    """
    return _read_geojson("admin1.geojson", directory)


def load_groups(directory: Path | None = None) -> gpd.GeoDataFrame:
    """Groups of admin-1 units (BA entities, Serbia's regions, Kosovo's districts)."""
    return _read_geojson("groups.geojson", directory)


def load_admin1_full(directory: Path | None = None) -> gpd.GeoDataFrame:
    """Admin-1 units at full resolution, for point-in-polygon work rather than display."""
    return gpd.read_parquet(_path("admin1_full.parquet", directory))


def load_admin0_full(directory: Path | None = None) -> gpd.GeoDataFrame:
    """Countries of the map window at full resolution."""
    return gpd.read_parquet(_path("admin0_full.parquet", directory))


def load_countries(directory: Path | None = None) -> pd.DataFrame:
    """All countries: code, name, name_local, population, lat, lon (label point), aliases."""
    return _read_csv(
        "countries.csv",
        directory,
        {
            "code": _STR,
            "name": _STR,
            "name_local": _STR,
            "population": "int64",
            "lat": "float64",
            "lon": "float64",
            "aliases": _STR,
        },
    )


def load_places(directory: Path | None = None) -> pd.DataFrame:
    """Gazetteer places (GeoNames plus the hand-made supplement); admin1/group empty abroad."""
    return _read_csv(
        "places.csv",
        directory,
        {
            "place_id": _STR,
            "name": _STR,
            "asciiname": _STR,
            "country": _STR,
            "admin1": _STR,
            "group": _STR,
            "level": _STR,
            "feature_code": _STR,
            "lat": "float64",
            "lon": "float64",
            "population": "int64",
        },
    )


#: Towns of at least this many people are named on a zoomed-in map.
TOWN_MIN_POPULATION = 5_000


def load_towns(
    directory: Path | None = None, min_population: int = TOWN_MIN_POPULATION
) -> pd.DataFrame:
    """The six countries' towns of at least `min_population` people (name, country, lat, lon,
    population), largest first: offline there are no tiles to name them."""
    places = load_places(directory)
    towns = places[
        places["country"].isin(REGION_COUNTRIES)
        & (places["level"] == "city")
        & (places["population"] >= min_population)
    ]
    cols = ["place_id", "name", "country", "lat", "lon", "population"]
    return towns.sort_values("population", ascending=False)[cols].reset_index(drop=True)


def load_aliases(directory: Path | None = None) -> pd.DataFrame:
    """alias, place_id, kind (name, ascii, cyrillic, local, alternate)."""
    return _read_csv("aliases.csv", directory, {"alias": _STR, "place_id": _STR, "kind": _STR})


def load_alliances(directory: Path | None = None) -> pd.DataFrame:
    """country, org (NATO|EU), status, start, end (dates; end NaT when still current), source."""
    frame = _read_csv(
        "alliances.csv",
        directory,
        {c: _STR for c in ("country", "org", "status", "start", "end", "source")},
    )
    return _with_dates(frame, ("start", "end"))


def load_missions(directory: Path | None = None) -> pd.DataFrame:
    """KFOR/EUFOR facts: camps (name, lat, lon) and strengths (date, strength), with sources."""
    frame = _read_csv(
        "missions.csv",
        directory,
        {
            "mission": _STR,
            "record": _STR,
            "name": _STR,
            "country": _STR,
            "lat": _STR,
            "lon": _STR,
            "date": _STR,
            "strength": _STR,
            "role": _STR,
            "source": _STR,
        },
    )
    for col in ("lat", "lon"):
        frame[col] = pd.to_numeric(frame[col].replace("", None), errors="raise")
    frame["strength"] = pd.to_numeric(frame["strength"].replace("", None)).astype("Int64")
    return _with_dates(frame, ("date",))


def _with_dates(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """Parse ISO date columns to datetime64 (empty -> NaT) so comparisons are by date."""
    for col in columns:
        frame[col] = pd.to_datetime(frame[col].replace("", None), format="%Y-%m-%d")
    return frame


@dataclass(frozen=True, eq=False)
class GeoData:
    """What the maps draw besides the news: boundaries, alliance and mission tables, labels.

    Attributes
    ----------
    admin0 : GeoDataFrame
        Countries of the map window (`load_admin0`).
    admin1 : GeoDataFrame, optional
        Admin-1 units of the six (`load_admin1`); needed for the admin-1 level.
    alliances : DataFrame, optional
        NATO and EU status spans (`load_alliances`); needed for the overlays.
    missions : DataFrame, optional
        KFOR and EUFOR camps and strengths (`load_missions`).
    countries : DataFrame, optional
        Names, populations and label points of every country (`load_countries`).
    towns : DataFrame, optional
        The region's towns to name on a zoomed-in map (`load_towns`).
    """

    admin0: gpd.GeoDataFrame
    admin1: gpd.GeoDataFrame | None = None
    alliances: pd.DataFrame | None = None
    missions: pd.DataFrame | None = None
    countries: pd.DataFrame | None = None
    towns: pd.DataFrame | None = None

    def polygons(self, level: str) -> gpd.GeoDataFrame:
        """The polygons of a map level ("country" or "admin1")."""
        if level == "country":
            return self.admin0
        if level == "admin1" and self.admin1 is not None:
            return self.admin1
        raise GazetteerError(f"no {level!r} boundaries are loaded; load them with load_geo()")

    def area_names(self) -> dict[str, str]:
        """Name by country code and by admin-1 id ("XK" -> "Kosovo", "XK-30" -> "Zvečan")."""
        names = self.country_names()
        if self.admin1 is not None:
            names.update(
                {
                    str(i): str(n)
                    for i, n in zip(self.admin1["id"], self.admin1["name"], strict=True)
                }
            )
        return names

    def country_names(self) -> dict[str, str]:
        """English name by country code ("XK" -> "Kosovo"), for every country known."""
        frame = self.countries if self.countries is not None else self.admin0
        return {str(c): str(n) for c, n in zip(frame["code"], frame["name"], strict=True)}


def load_geo(directory: Path | None = None) -> GeoData:
    """Boundaries, alliance tables and country label points from data/geo.

    Reading is I/O: the caller keeps the result (the CLI for one run, the dashboard per
    server process).
    """
    return GeoData(
        admin0=load_admin0(directory),
        admin1=load_admin1(directory),
        alliances=load_alliances(directory),
        missions=load_missions(directory),
        countries=load_countries(directory),
        towns=load_towns(directory),
    )
