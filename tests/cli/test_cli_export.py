"""`newsmap export`: options, formats and error messages, on a small hand-made store."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date

import geopandas as gpd
import pytest
from click.testing import CliRunner

from newsmap import query
from newsmap.cli import cli
from newsmap.model import Article, Event, Mention
from newsmap.query import Filters
from newsmap.store import Store


def _m(text: str, surface: str, pid: str, country: str, admin1: str, lat: float, lon: float):
    start = text.index(surface)
    return Mention(
        start, start + len(surface), surface, pid, surface, country, admin1, "city", lat, lon, 0.9
    )


@pytest.fixture
def db(tmp_path):
    """Three articles: Kosovo (2023-10), Serbia and Kosovo (2023-11), Albania (2022)."""
    path = tmp_path / "cli.db"
    store = Store.open(str(path))
    docs = [
        (
            "Police in Pristina on 24 September 2023.",
            "Pristina",
            date(2023, 10, 1),
            "2023-09-24",
            [("Pristina", "gn:786714", "XK", "XK-20", 42.67, 21.17)],
        ),
        (
            "Belgrade and Pristina met on 2 November 2023.",
            "Belgrade",
            date(2023, 11, 3),
            "2023-11-02",
            [
                ("Belgrade", "gn:792680", "RS", "RS-00", 44.8, 20.47),
                ("Pristina", "gn:786714", "XK", "XK-20", 42.67, 21.17),
            ],
        ),
        (
            "Tirana voted on 5 May 2022.",
            "Tirana",
            date(2022, 5, 6),
            "2022-05-05",
            [("Tirana", "gn:3183875", "AL", "AL-11", 41.33, 19.82)],
        ),
    ]
    for text, title, published, day, places in docs:
        mentions = [_m(text, *p) for p in places]
        on = text.index(" on ") + 1
        event = Event(
            day,
            "day",
            "explicit",
            text[on:-1],
            on,
            len(text) - 1,
            0,
            len(text),
            "other",
            (places[0][2],),
        )
        store.add_article(Article(text, title=title, published=published), mentions, [event])
    store.close()
    return path


def _invoke(*args: str):
    return CliRunner().invoke(cli, ["export", *args])


def test_help_lists_formats_and_examples():
    result = CliRunner().invoke(cli, ["export", "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "png|html|csv|geojson" in result.output
    assert "Examples:" in result.output and "newsmap export -o kosovo.png" in result.output


def test_csv_zip_counts_follow_the_options(db, tmp_path):
    out = tmp_path / "sel.zip"
    result = CliRunner().invoke(
        cli,
        [
            "export",
            "--format",
            "csv",
            "--db",
            str(db),
            "--country",
            "xk",
            "--from",
            "2023-10-15",
            "-o",
            str(out),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"wrote {out}"
    f = Filters(date_from=date(2023, 10, 15), countries=("XK",))
    store = Store.open(str(db))
    expected = {
        n: len(getattr(query, n)(store.query_frame, f)) for n in ("articles", "mentions", "events")
    }
    store.close()
    assert expected == {"articles": 1, "mentions": 2, "events": 1}
    with zipfile.ZipFile(out) as zf:
        for name, n in expected.items():
            rows = list(csv.DictReader(io.StringIO(zf.read(f"{name}.csv").decode("utf-8-sig"))))
            assert len(rows) == n, name


def test_format_is_taken_from_the_extension(db, tmp_path):
    out = tmp_path / "units.geojson"
    result = _invoke("--db", str(db), "--level", "admin1", "--metric", "mentions", "-o", str(out))
    assert result.exit_code == 0, result.output
    gdf = gpd.read_file(out)
    counts = dict(zip(gdf["id"], gdf["mentions"], strict=True))
    assert {k: v for k, v in counts.items() if v} == {"XK-20": 2, "RS-00": 1, "AL-11": 1}


def test_html_export(db, tmp_path):
    out = tmp_path / "map.html"
    result = _invoke(
        "--db",
        str(db),
        "--overlay",
        "nato",
        "--to",
        "2023-12-31",
        "--title",
        "Kosovo weekly",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Kosovo weekly" in page and "NATO (as of 2023-12-31)" in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2023-13-01"], "'2023-13-01' is not a date; write it as YYYY-MM-DD"),
        (["--to", "yesterday"], "'yesterday' is not a date"),
        (["--size", "big"], "'big' is not a size; write WIDTHxHEIGHT, e.g. 1600x1000"),
        (["--size", "100x9000"], "out of range; width and height must each be 200 to 5000"),
        (["--scale", "9"], "9 is not in the range 1<=x<=4"),
        (["--country", "Kosovo"], "'Kosovo' is not a two-letter country code"),
        (["--level", "city"], "'city' is not one of 'country', 'admin1'"),
        (["--from", "2023-12-01", "--to", "2023-01-01"], "--from 2023-12-01 is after --to"),
    ],
    ids=[
        "month13",
        "word-date",
        "size-word",
        "size-range",
        "scale",
        "country",
        "level",
        "reversed",
    ],
)
def test_bad_options_are_usage_errors(db, tmp_path, args, message):
    result = _invoke("--db", str(db), "-o", str(tmp_path / "m.png"), *args)
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "m.png").exists()


def test_unknown_extension_needs_format(db, tmp_path):
    result = _invoke("--db", str(db), "-o", str(tmp_path / "m.txt"))
    assert result.exit_code == 2
    assert "pass --format png|html|csv|geojson" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--from", "2030-01-01", "--no-undated"],
            "Error: no articles match these filters (from 2030-01-01; all countries)",
        ),
        (["--country", "ME"], "Error: no articles match these filters (all dates; ME)"),
    ],
    ids=["future", "no-montenegro"],
)
def test_empty_selection_exits_1(db, tmp_path, args, message):
    result = _invoke(
        "--db", str(db), "--format", "geojson", "-o", str(tmp_path / "x.geojson"), *args
    )
    assert result.exit_code == 1
    assert message in result.output


def test_unwritable_output_and_missing_store(db, tmp_path):
    result = _invoke("--db", str(db), "-o", str(tmp_path / "nope" / "m.html"))
    assert result.exit_code == 1
    assert f"Error: cannot write '{tmp_path / 'nope' / 'm.html'}': folder" in result.output
    missing = tmp_path / "missing.db"
    result = _invoke("--db", str(missing), "-o", str(tmp_path / "m.html"))
    assert result.exit_code == 1
    assert f"Error: there is no article store at '{missing}'" in result.output
    assert not missing.exists()


def test_png_without_chromium_exits_1(db, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    result = _invoke("--db", str(db), "-o", str(tmp_path / "m.png"))
    assert result.exit_code == 1
    assert "apt-get install chromium" in result.output
