"""Population of the six from their latest censuses, written into the shipped data/geo files.

GeoNames populations summed per unit undercount badly (a Skopje municipality had 0, Klina a fifth
of its people), so "per 100,000" maps take their denominators from the censuses instead:
`census_admin1.csv` holds one row per admin-1 unit, transcribed from the published tables, with the
folds of municipalities created after our boundaries explained on each row; `NATIONAL` below holds
each census's national total and the table it comes from (SOURCES.md is written from it).

    python scripts/apply_census.py [--geo data/geo]

rewrites only the population values of admin1, groups and admin0 (GeoJSON and GeoParquet) and of
the six in countries.csv, and the census section of SOURCES.md; every other byte stays as it is,
so a second run changes nothing. It needs no network. build_geo.py uses the same functions when it
rebuilds everything (`make geo`).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd

ROOT = Path(__file__).resolve().parents[1]
TABLE = "census_admin1.csv"
COLUMNS = ["id", "name", "population", "census_year", "note"]
SECTION = "## Population"


@dataclass(frozen=True)
class Census:
    """One country's latest census: who published it, in which table, and its national total."""

    year: int
    institute: str
    table: str
    total: int
    remark: str = ""


NATIONAL: dict[str, Census] = {
    "AL": Census(
        2023,
        "INSTAT (Instituti i Statistikave)",
        "Census of Population and Housing 2023, main results: resident population by prefecture",
        2_402_113,
    ),
    "BA": Census(
        2013,
        "Agency for Statistics of Bosnia and Herzegovina (BHAS)",
        "Census of Population, Households and Dwellings 2013, final results (2016): population "
        "by entity, canton and municipality",
        3_531_159,
        "Federation 2,219,220, Republika Srpska 1,228,423, Brčko District 83,516; the Republika "
        "Srpska institute publishes 1,170,342 for the entity on its own residence rule",
    ),
    "XK": Census(
        2024,
        "Kosovo Agency of Statistics (ASK/KAS)",
        "Population and Housing Census 2024: preliminary results (July 2024) by municipality; "
        "first final results (December 2024)",
        1_602_515,
        "1,586,659 counted; 1,602,515 with the agency's estimate for the four northern "
        "municipalities, where the count was boycotted",
    ),
    "ME": Census(
        2023,
        "MONSTAT (Uprava za statistiku Crne Gore)",
        "Census of Population, Households and Dwellings 2023, final results: population by "
        "municipality",
        623_633,
    ),
    "MK": Census(
        2021,
        "State Statistical Office of North Macedonia",
        "Census of Population, Households and Dwellings 2021, first set of data: total resident "
        "population by municipality",
        1_836_713,
    ),
    "RS": Census(
        2022,
        "Statistical Office of the Republic of Serbia (RZS)",
        "2022 Census of Population, Households and Dwellings: population by region, district "
        "and municipality",
        6_647_003,
        "without Kosovo; Belgrade region 1,681,405, Vojvodina 1,740,230, Šumadija and Western "
        "Serbia 1,819,318, Southern and Eastern Serbia 1,406,050",
    ),
}


def read_units(path: Path) -> dict[str, int]:
    """Population by admin-1 id from the census table, refusing rows that cannot be right."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != COLUMNS:
            raise SystemExit(f"{path.name}: columns must be {COLUMNS}, not {reader.fieldnames}")
        out: dict[str, int] = {}
        for line, row in enumerate(reader, start=2):
            uid, pop, year = row["id"], row["population"], row["census_year"]
            census = NATIONAL.get(uid[:2])
            if census is None:
                raise SystemExit(f"{path.name} line {line}: {uid!r} is not a unit of the six")
            if uid in out:
                raise SystemExit(f"{path.name} line {line}: {uid} appears twice")
            if not pop.isdigit() or int(pop) <= 0:
                raise SystemExit(f"{path.name} line {line}: population {pop!r} is not positive")
            if year != str(census.year):
                raise SystemExit(
                    f"{path.name} line {line}: {uid} is from {year}, not the {census.year} census"
                )
            out[uid] = int(pop)
    return out


def unit_population(ids: Iterable[str], census: Mapping[str, int]) -> list[int]:
    """The census figure of every unit, in order; a unit the table lacks stops the build."""
    ids = [str(i) for i in ids]
    missing = [i for i in ids if i not in census]
    if missing:
        raise SystemExit(f"{TABLE} has no population for {', '.join(missing)}")
    return [census[i] for i in ids]


def group_population(units: gpd.GeoDataFrame) -> dict[str, int]:
    """A group's population is the sum of its units'."""
    grouped = units[units["group"].notna()].groupby("group")["population"].sum()
    return {str(k): int(v) for k, v in grouped.items()}


def national_population(codes: Iterable[str], current: Iterable[int]) -> list[int]:
    """The census total for the six, the value already there for every other country."""
    return [
        NATIONAL[c].total if c in NATIONAL else int(v) for c, v in zip(codes, current, strict=True)
    ]


def sources_lines() -> list[str]:
    """The census section of SOURCES.md."""
    lines = [
        SECTION,
        "",
        f"Admin-1 and group `population` comes from each country's latest census: `{TABLE}`",
        "has one row per unit (id, name, population, census year, note). The figures were",
        "transcribed by hand from the published tables listed here, not downloaded, so a typing",
        "slip is possible; the note column marks the figures we are less sure of, and says where",
        "only a preliminary or rounded figure was at hand or a figure was derived from a district",
        "total. Groups are the sums of their units; admin0 and countries.csv carry the national",
        "totals for the six.",
        "",
        "| country | census | institute | table | national total |",
        "|---|---|---|---|---|",
    ]
    for code, c in NATIONAL.items():
        total = f"{c.total:,}" + (f" ({c.remark})" if c.remark else "")
        lines.append(f"| {code} | {c.year} | {c.institute} | {c.table} | {total} |")
    lines += [
        "",
        "Where today's statistical units differ from our (older) polygons, the new units are",
        "folded into the polygon they were carved from, as each row's note says:",
        "",
        "- Kosovo: Gračanica into Pristina, Junik into Deçan, Mamusha into Prizren, Hani i Elezit",
        "  into Kaçanik, Klokot into Viti, Ranilug into Kamenica, Partesh into Gjilan and North",
        "  Mitrovica into Mitrovica. The four northern municipalities take the agency's estimate,",
        "  not the few hundred people counted during the boycott.",
        "- Montenegro: Tuzi and Zeta into Podgorica, Petnjica into Berane, Gusinje into Plav.",
        "- North Macedonia: Kičevo's 2021 total (the 2013 merger of Kičevo, Drugovo, Vraneštica,",
        "  Oslomej and Zajas) is split between the five old municipalities by their 2002 shares.",
        "- Bosnia and Herzegovina: each Republika Srpska region is the sum of its municipalities,",
        "  scaled so that the regions add up to the state agency's entity total; the municipal",
        "  figures at hand mix the state agency's and the entity institute's counts, whose",
        "  residence rules differ.",
        "",
    ]
    return lines


# --------------------------------------------------------------------------------------------
# Rewriting the shipped files in place.

_POPULATION = re.compile(r'("population": )(\d+)')


def rewrite_geojson(path: Path, key: str, values: Mapping[str, int]) -> None:
    """Replace the population of each feature named in `values`, byte for byte elsewhere.

    The build writes one feature per line, so the feature's key and population share a line.
    """
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    seen: set[str] = set()
    for n, line in enumerate(lines):
        found = re.search(rf'"{key}": "([^"]+)"', line)
        if found and found.group(1) in values:
            uid = found.group(1)
            new, count = _POPULATION.subn(rf"\g<1>{values[uid]}", line, count=1)
            if count != 1:
                raise SystemExit(f"{path.name}: feature {uid} has no population to replace")
            lines[n] = new
            seen.add(uid)
    missing = sorted(set(values) - seen)
    if missing:
        raise SystemExit(f"{path.name}: no feature for {', '.join(missing)}")
    path.write_text("\n".join(lines), encoding="utf-8")


def rewrite_parquet(path: Path, key: str, values: Mapping[str, int]) -> None:
    frame = gpd.read_parquet(path)
    keys = frame[key].astype(str)
    missing = sorted(set(values) - set(keys))
    if missing:
        raise SystemExit(f"{path.name}: no row for {', '.join(missing)}")
    frame["population"] = [
        values.get(k, int(v)) for k, v in zip(keys, frame["population"], strict=True)
    ]
    frame["population"] = frame["population"].astype("int64")
    frame.to_parquet(path, index=False)


def rewrite_countries(path: Path, values: Mapping[str, int]) -> None:
    """countries.csv: only the six's lines are re-serialised, the rest are kept verbatim."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        row = next(csv.reader([line]))
        if row and row[0] in values:
            row[3] = str(values[row[0]])
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerow(row)
            line = buf.getvalue()
        out.append(line)
    path.write_text("".join(out), encoding="utf-8")


def rewrite_sources(path: Path) -> None:
    """Replace (or add) the census section of SOURCES.md."""
    text = path.read_text(encoding="utf-8")
    section = "\n".join(sources_lines())
    start = text.find(SECTION + "\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        nxt = text.find("\n## ", start + len(SECTION))
        text = text[:start] + section + (text[nxt + 1 :] if nxt >= 0 else "")
    path.write_text(text, encoding="utf-8")


def apply(geo: Path) -> dict[str, int]:
    """Write the census populations into the files in `geo`; returns the units' totals."""
    census = read_units(geo / TABLE)
    units = gpd.read_parquet(geo / "admin1_full.parquet")
    units["population"] = unit_population(units["id"], census)
    by_unit = dict(zip(units["id"].astype(str), units["population"].astype(int), strict=True))
    by_group = group_population(units)
    by_country = {code: c.total for code, c in NATIONAL.items()}
    for name, key, values in (
        ("admin1", "id", by_unit),
        ("groups", "id", by_group),
        ("admin0", "code", by_country),
    ):
        rewrite_geojson(geo / f"{name}.geojson", key, values)
        rewrite_parquet(geo / f"{name}_full.parquet", key, values)
    rewrite_countries(geo / "countries.csv", by_country)
    rewrite_sources(geo / "SOURCES.md")
    return units.groupby("country")["population"].sum().astype(int).to_dict()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geo", type=Path, default=ROOT / "data" / "geo")
    args = parser.parse_args(argv)
    for code, total in apply(args.geo).items():
        stated = NATIONAL[code].total
        print(f"{code}: units {total:>9,}  census {stated:>9,}  ({total / stated - 1:+.2%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
