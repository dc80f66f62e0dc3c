"""CSV, GeoJSON and HTML exports and their errors (no browser: PNG is in tests/browser)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import geopandas as gpd
import pytest
from test_scene import build_store  # tests/unit is on sys.path (rootdir-style tests)

from newsmap import export, query
from newsmap.errors import ExportError
from newsmap.model import Article
from newsmap.query import Filters
from newsmap.view.offline import external_urls
from newsmap.view.scene import Scene, build_scene_map, collect, load_geo

MADE = datetime(2024, 1, 2, 9, 30, tzinfo=UTC)
IN_2023 = Filters(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31), include_undated=False)
NOTHING = Filters(date_from=date(2030, 1, 1), include_undated=False)


@pytest.fixture(scope="module")
def geo():
    return load_geo()


@pytest.fixture
def store(tmp_path):
    s = build_store(str(tmp_path / "export.db"))
    yield s
    s.close()


def _rows(blob: bytes) -> list[dict[str, str]]:
    assert blob.startswith(b"\xef\xbb\xbf"), "CSV must carry a BOM so Excel reads UTF-8"
    return list(csv.DictReader(io.StringIO(blob.decode("utf-8-sig"))))


# ------------------------------------------------------------------ CSV


@pytest.mark.parametrize(
    "filters", [Filters(), IN_2023, Filters(countries=("XK",))], ids=["all", "2023", "XK"]
)
def test_csv_zip_row_counts_equal_the_query(store, tmp_path, filters):
    run = store.query_frame
    path = export.export_scene(
        run, {}, Scene(filters=filters), "csv", tmp_path / "sel.zip", now=MADE
    )
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["README.txt", "articles.csv", "events.csv", "mentions.csv"]
        got = {name: _rows(zf.read(f"{name}.csv")) for name in export.TABLES}
        readme = zf.read("README.txt").decode()
    expected = {
        "articles": query.articles(run, filters),
        "mentions": query.mentions(run, filters),
        "events": query.events(run, filters),
    }
    for name, frame in expected.items():
        assert len(got[name]) == len(frame), name
        assert f"{name}.csv: {len(frame)} rows" in readme
    defused = {("'" + t if t.startswith("=") else t) for t in expected["articles"]["title"]}
    assert {r["title"] for r in got["articles"]} == defused
    assert filters.summary() in readme and "2024-01-02 09:30" in readme


def test_csv_folder_and_formula_cells_are_defused(store, tmp_path):
    frames = export.selected_tables(store.query_frame, Filters())
    out = export.export_csv(frames, tmp_path / "tables")
    assert sorted(p.name for p in out.iterdir()) == [
        "README.txt",
        "articles.csv",
        "events.csv",
        "mentions.csv",
    ]
    arts = _rows((out / "articles.csv").read_bytes())
    assert len(arts) == 4
    assert "'=Talks in Tirana" in {r["title"] for r in arts}
    mentions = _rows((out / "mentions.csv").read_bytes())
    assert {r["surface"] for r in mentions} == {
        "Pristina",
        "Belgrade",
        "Tirana",
        "Sarajevo",
        "Skopje",
    }


def test_csv_articles_carry_their_language_and_keep_their_columns(store, tmp_path):
    for text, language in (("Protesta në Tiranë.", "sq"), ("Протест у Београду.", "sr-Cyrl")):
        store.add_article(
            Article(text, title=text, published=date(2023, 7, 1), language=language), [], []
        )
    assert query.languages(store.query_frame) == ["sq", "sr-Cyrl"]  # the sidebar's list
    path = export.export_scene(
        store.query_frame, {}, Scene(filters=Filters(languages=("sq",))), "csv", tmp_path / "sq.zip"
    )
    with zipfile.ZipFile(path) as zf:
        blob = zf.read("articles.csv")
    header = blob.decode("utf-8-sig").splitlines()[0].split(",")
    assert header == ["id", "title", "source", "url", "published", "language", "text", "countries"]
    assert [(r["title"], r["language"]) for r in _rows(blob)] == [("Protesta në Tiranë.", "sq")]
    everything = _rows(
        export.render_csv(export.selected_tables(store.query_frame, Filters())["articles"])
    )
    assert sorted(r["language"] for r in everything) == ["", "", "", "", "sq", "sr-Cyrl"]


def test_csv_refuses_a_csv_name_and_an_empty_selection(store, tmp_path):
    frames = export.selected_tables(store.query_frame, Filters())
    with pytest.raises(ExportError, match="three tables.*name a .zip file or a folder"):
        export.export_csv(frames, tmp_path / "out.csv")
    empty = export.selected_tables(store.query_frame, NOTHING)
    with pytest.raises(ExportError, match="no articles match"):
        export.export_csv(empty, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


# ------------------------------------------------------------------ GeoJSON


def test_geojson_country_counts_load_in_geopandas(store, geo, tmp_path):
    scene = Scene(filters=IN_2023)
    data = collect(store.query_frame, scene)
    path = export.export_geojson(geo, scene, data, tmp_path / "countries.geojson")
    gdf = gpd.read_file(path)
    assert gdf.crs.to_epsg() == 4326
    assert len(gdf) == len(geo.admin0)
    counts = dict(zip(gdf["code"], gdf["articles"], strict=True))
    assert {k: v for k, v in counts.items() if v} == {"XK": 1, "RS": 1, "AL": 1}
    assert counts["BA"] == 0
    assert gdf.loc[gdf["code"] == "XK", "name"].item() == "Kosovo"
    meta = json.loads(path.read_text(encoding="utf-8"))["newsmap"]
    assert meta["articles"] == 2 and meta["as_of"] == "2023-12-31"


def test_geojson_admin1_per_100k(store, geo, tmp_path):
    scene = Scene(level="admin1", metric="mentions", per_100k=True)
    data = collect(store.query_frame, scene)
    gdf = gpd.read_file(export.export_geojson(geo, scene, data, tmp_path / "units.geojson"))
    assert len(gdf) == len(geo.admin1)
    row = gdf.set_index("id").loc["AL-11"]
    assert row["name"] == "Tirana" and row["mentions"] == 1
    assert row["mentions_per_100k"] == pytest.approx(round(1e5 / row["population"], 3))
    assert gdf["mentions"].sum() == 5


def test_geojson_empty_selection(store, geo, tmp_path):
    scene = Scene(filters=NOTHING)
    data = collect(store.query_frame, scene)
    with pytest.raises(ExportError, match=r"no articles match these filters \(from 2030-01-01"):
        export.export_geojson(geo, scene, data, tmp_path / "x.geojson")


# ------------------------------------------------------------------ HTML


def test_html_is_self_contained(store, geo, tmp_path):
    scene = Scene(filters=Filters(countries=("XK",)), overlays=("nato",))
    path = export.export_scene(store.query_frame, geo, scene, "html", tmp_path / "m.html", now=MADE)
    page = path.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert external_urls(page) == []
    assert "<script src=" not in page and 'rel="stylesheet" href=' not in page
    assert "data-newsmap-ready" in page and "Made 2024-01-02 09:30 UTC" in page
    assert export.SNAPSHOT_CSS not in page  # the interactive file keeps its controls


def test_snapshot_html_hides_controls(store, geo):
    scene = Scene()
    fmap = build_scene_map(geo, scene, collect(store.query_frame, scene), tiles=None)
    page = export.render_html(fmap, snapshot=True)
    assert "newsmap-snapshot" in page and page.index("newsmap-snapshot") < page.index("</head>")


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_empty_selection_is_a_clear_error_for_every_format(store, geo, tmp_path, fmt):
    target = tmp_path / ("out.zip" if fmt == "csv" else f"out.{fmt}")
    with pytest.raises(ExportError, match="no articles match these filters"):
        export.export_scene(
            store.query_frame,
            geo,
            Scene(filters=NOTHING),
            fmt,
            target,
            browser=export.Chromium(executable="/unused"),
        )
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("export.db")]


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_unwritable_paths(store, geo, tmp_path, fmt):
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    run = store.query_frame
    with pytest.raises(ExportError, match="folder .* does not exist"):
        export.export_scene(run, geo, Scene(), fmt, tmp_path / "missing" / "out.zip")
    with pytest.raises(ExportError, match="does not exist"):
        export.export_scene(run, geo, Scene(), fmt, a_file / "out.zip")


def test_a_folder_is_not_a_file_name(tmp_path):
    with pytest.raises(ExportError, match="it is a folder; give a file name"):
        export.check_target(tmp_path)
    (tmp_path / "taken").write_text("x")
    with pytest.raises(ExportError, match="a file of that name exists"):
        export.check_target(tmp_path / "taken", folder=True)


def test_missing_chromium_says_how_to_install(store, geo, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no chromium on it
    with pytest.raises(ExportError, match="apt-get install chromium"):
        export.find_chromium()
    with pytest.raises(ExportError, match="apt-get install chromium"):
        export.export_scene(store.query_frame, geo, Scene(), "png", tmp_path / "m.png")
    fmap = build_scene_map(geo, Scene(), collect(store.query_frame, Scene()))
    with pytest.raises(ExportError, match="Chromium, which is not installed"):
        export.render_png_bytes(fmap)
    assert not (tmp_path / "m.png").exists()


def test_png_size_and_scale_are_checked(store, geo):
    fmap = build_scene_map(geo, Scene(), collect(store.query_frame, Scene()))
    with pytest.raises(ValueError, match="size 100x1000 is outside"):
        export.render_png_bytes(fmap, size=(100, 1000))
    with pytest.raises(ValueError, match="scale must be between 0.5 and 4"):
        export.render_png_bytes(fmap, scale=9)


def test_failed_write_leaves_no_partial_file(tmp_path):
    def boom(fh) -> None:
        fh.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="No space left on device"):
        export.write_atomic(tmp_path / "m.png", boom)
    assert list(Path(tmp_path).iterdir()) == []
