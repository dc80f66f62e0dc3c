"""Offline assets: the manifest covers every CDN URL our map libraries emit, and rewriting works."""

from __future__ import annotations

import hashlib
import inspect
import json
import re
import tomllib
from pathlib import Path

import branca.colormap
import folium
import pytest
import streamlit_folium
from folium.plugins import FastMarkerCluster, Fullscreen, MarkerCluster

from newsmap.errors import ExportError
from newsmap.view.offline import (
    ASSETS_DIR,
    AssetManifest,
    copy_assets,
    external_urls,
    load_manifest,
    localize_html,
    localize_links,
)

ROOT = Path(__file__).resolve().parents[2]
CDN_HOSTS = ("jsdelivr", "cdnjs", "code.jquery", "bootstrapcdn", "d3js.org", "unpkg")


def _emitted_urls() -> set[str]:
    """Every asset URL folium, branca and streamlit-folium can put into one of our maps."""
    urls = {url for _, url in folium.Map.default_js + folium.Map.default_css}
    for cls in (MarkerCluster, FastMarkerCluster, branca.colormap.ColorMap):
        urls |= {url for _, url in getattr(cls, "default_js", [])}
        urls |= {url for _, url in getattr(cls, "default_css", [])}
    source = inspect.getsource(streamlit_folium)
    urls |= set(re.findall(r"\"(https://[^\"]+\.js)\"", source))
    return urls


def _map_html(*children: object) -> str:
    fmap = folium.Map(tiles=None, maxZoom=18)
    for child in children:
        child.add_to(fmap)  # type: ignore[attr-defined]
    return fmap.get_root().render()


@pytest.fixture(scope="module")
def manifest() -> AssetManifest:
    return load_manifest()


def test_manifest_covers_every_url_the_libraries_emit(manifest):
    emitted = _emitted_urls()
    assert len(emitted) >= 15
    assert emitted - set(manifest.urls) == set()


def test_manifest_files_exist_with_recorded_hashes():
    data = json.loads((ASSETS_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert set(data["urls"].values()) <= set(data["files"])
    total = 0
    for rel, info in data["files"].items():
        blob = (ASSETS_DIR / rel).read_bytes()
        assert hashlib.sha256(blob).hexdigest() == info["sha256"], rel
        total += len(blob)
    assert 1_000_000 < total < 3_000_000
    # every url(...) a vendored stylesheet uses resolves to a shipped file
    for rel in data["files"]:
        if rel.endswith(".css"):
            css = (ASSETS_DIR / rel).read_text(encoding="utf-8")
            for url in re.findall(r"url\(\s*[\"']?([^)\"']+)", css):
                if not url.startswith(("data:", "#")):
                    assert (ASSETS_DIR / rel).parent.joinpath(url).resolve().is_file(), (rel, url)


def test_inline_leaves_no_external_url_and_embeds_fonts(manifest):
    html = _map_html(MarkerCluster(), branca.colormap.linear.YlOrRd_09.scale(0, 5))
    assert len(external_urls(html)) >= 14
    out = localize_html(html, "inline", manifest=manifest)
    assert external_urls(out) == []
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']https?:", out)
    assert "data:font/woff2;base64," in out
    assert "/* leaflet/1.9.3/leaflet.js */" in out
    assert "/* leaflet.markercluster/1.1.0/leaflet.markercluster.js */" in out
    # inlined code cannot end its own <script> element early
    body = out.split("/* jquery/3.7.1/jquery.min.js */", 1)[1].split("</script>", 1)[0]
    assert len(body) > 80_000


@pytest.mark.parametrize(
    ("mode", "prefix", "expected"),
    [("prefix", None, "/app/static/"), ("prefix", "/x/", "/x/"), ("relative", None, "assets/")],
)
def test_prefix_and_relative_point_at_shipped_files(manifest, mode, prefix, expected):
    out = localize_html(_map_html(MarkerCluster()), mode, prefix, manifest=manifest)
    links = re.findall(r"<(?:script|link)[^>]+(?:src|href)=\"([^\"]+)\"", out)
    assert len(links) == 13  # folium's 4 scripts and 6 stylesheets, MarkerCluster's 3
    for link in links:
        assert link.startswith(expected), link
        assert (ASSETS_DIR / link[len(expected) :]).is_file(), link
    assert not any(host in out for host in CDN_HOSTS)


def test_unknown_external_script_is_an_error_naming_it(manifest):
    html = _map_html(Fullscreen())
    with pytest.raises(ExportError, match=r"leaflet\.fullscreen@3\.0\.0/Control\.FullScreen"):
        localize_html(html, "inline", manifest=manifest)


def test_tile_templates_are_checked_not_rewritten(manifest):
    osm = folium.Map(tiles="OpenStreetMap").get_root().render()
    out = localize_html(osm, "prefix", manifest=manifest)
    assert "https://tile.openstreetmap.org/{z}/{x}/{y}.png" in out
    other = folium.Map(tiles="https://tiles.example/{z}/{x}/{y}.png", attr="x")
    with pytest.raises(ExportError, match=r"tiles\.example"):
        localize_html(other.get_root().render(), "prefix", manifest=manifest)


def test_invalid_mode_is_a_value_error():
    with pytest.raises(ValueError, match="mode must be"):
        localize_html("<html></html>", "cdn")  # type: ignore[arg-type]


def test_localize_links_maps_dedups_and_rejects(manifest):
    links = [
        "https://d3js.org/d3.v4.min.js",
        "https://code.jquery.com/jquery-3.7.1.min.js",
        "https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js",
        "/app/static/own.js",
    ]
    assert localize_links(links, manifest=manifest) == [
        "/app/static/d3/4.13.0/d3.min.js",
        "/app/static/jquery/3.7.1/jquery.min.js",
        "/app/static/own.js",
    ]
    with pytest.raises(ExportError, match="https://evil.example/x.js"):
        localize_links(["https://evil.example/x.js"], manifest=manifest)
    with pytest.raises(ExportError, match="//evil.example/y.css"):
        localize_links(["//evil.example/y.css"], manifest=manifest)


def test_inline_escapes_script_and_style_terminators(tmp_path):
    (tmp_path / "a.js").write_text('var s = "</script><!-- x";', encoding="utf-8")
    (tmp_path / "b.css").write_text('p::after{content:"</style>"}', encoding="utf-8")
    manifest = AssetManifest(
        urls={"https://cdn.example/a.js": "a.js", "https://cdn.example/b.css": "b.css"},
        root=tmp_path,
    )
    html = (
        '<head><script src="https://cdn.example/a.js"></script>'
        '<link rel="stylesheet" href="https://cdn.example/b.css"/></head>'
    )
    out = localize_html(html, "inline", manifest=manifest)
    assert out.count("</script>") == 1 and out.count("</style>") == 1
    assert '"<\\/script><\\!-- x"' in out and '"<\\/style>"' in out


def test_inline_refuses_css_that_reaches_outside(tmp_path):
    (tmp_path / "c.css").write_text("p{background:url(https://x.example/i.png)}", "utf-8")
    manifest = AssetManifest(urls={"https://cdn.example/c.css": "c.css"}, root=tmp_path)
    html = '<link rel="stylesheet" href="https://cdn.example/c.css">'
    with pytest.raises(ExportError, match="https://x.example/i.png"):
        localize_html(html, "inline", manifest=manifest)


def test_missing_manifest_says_how_to_fix(tmp_path):
    with pytest.raises(ExportError, match="make assets"):
        load_manifest(tmp_path)


def test_copy_assets_copies_every_file(tmp_path, manifest):
    dest = copy_assets(tmp_path / "assets", manifest)
    assert (dest / "leaflet/1.9.3/leaflet.js").read_bytes() == (
        ASSETS_DIR / "leaflet/1.9.3/leaflet.js"
    ).read_bytes()
    assert (dest / "fontawesome-free/6.2.0/webfonts/fa-solid-900.woff2").is_file()


def test_streamlit_serves_the_assets_folder():
    static = ROOT / "static"
    assert static.is_symlink() and static.resolve() == ASSETS_DIR
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableStaticServing"] is True
