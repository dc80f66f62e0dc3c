"""Make folium output work without internet: swap every CDN asset for the project's own copy.

Why: folium, branca and streamlit-folium load Leaflet and its plugins from five CDN hosts. On an
analyst's offline machine those requests fail, and streamlit-folium's iframe then stays blank with
no error at all. The copies live in `newsmap/assets/` (built by scripts/build_assets.py, described
by `assets/manifest.json`). This module rewrites URLs three ways:

- ``inline``: embed every script, stylesheet, font and image, so a single HTML file works from
  ``file://`` with no network (HTML export, PNG snapshots);
- ``relative``: point at a copy of the assets folder next to the HTML file (``assets/...``);
- ``prefix``: point at a server path, by default Streamlit's static route ``/app/static/``.

An external URL we have no copy of is an error, never passed through: a new plugin must fail
loudly in a test rather than silently break the offline map. Tile URL templates are not assets
(a tile layer degrades to a blank background), so they are checked against an allow-list instead.

Nothing here imports streamlit or folium; streamlit-folium's component links are rewritten with
`localize_links` by ``newsmap.view.component``.
"""

from __future__ import annotations

import base64
import json
import mimetypes
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from newsmap.errors import ExportError
from newsmap.resources import assets_dir

ASSETS_DIR = assets_dir()
STATIC_PREFIX = "/app/static/"

# Tile servers we accept in a map: fetched only when the user switches the layer on and the
# network is there. Any other template must be added here on purpose.
KNOWN_TILE_TEMPLATES: frozenset[str] = frozenset(
    {
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
    }
)

Mode = Literal["inline", "relative", "prefix"]

_SCRIPT_SRC = re.compile(
    r"<script\b[^>]*?\bsrc\s*=\s*([\"'])(?P<url>[^\"']*)\1[^>]*>\s*</script\s*>", re.IGNORECASE
)
_LINK_HREF = re.compile(
    r"<link\b[^>]*?\bhref\s*=\s*([\"'])(?P<url>[^\"']*)\1[^>]*?/?>", re.IGNORECASE
)
_TILE_LAYER = re.compile(r"L\.tileLayer(?:\.wms)?\(\s*([\"'])(?P<url>[^\"']*)\1")
_CSS_URL = re.compile(r"url\(\s*([\"']?)(?P<url>[^)\"']*)\1\s*\)")
_CSS_IMPORT = re.compile(r"@import\s+([\"'])(?P<url>[^\"']*)\1")
_EXTERNAL = re.compile(r"^(?:https?:)?//", re.IGNORECASE)


@dataclass(frozen=True)
class AssetManifest:
    """Which CDN URL each local file stands for, and where the files are."""

    urls: Mapping[str, str]
    root: Path

    def local_path(self, url: str) -> str | None:
        """The asset path (relative to `root`) for a known CDN URL, else None."""
        return self.urls.get(url)


def load_manifest(root: Path = ASSETS_DIR) -> AssetManifest:
    """Read `manifest.json` from an assets folder (the packaged one by default)."""
    path = root / "manifest.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ExportError(
            f"asset manifest {path} is missing; rebuild it with `make assets`"
        ) from exc
    return AssetManifest(urls=dict(data["urls"]), root=root)


def is_external(url: str) -> bool:
    """True for URLs that would leave the machine (http, https, protocol-relative)."""
    return bool(_EXTERNAL.match(url.strip()))


def _unknown(url: str, where: str) -> ExportError:
    return ExportError(
        f"{where} loads {url!r}, which has no offline copy; add it to scripts/build_assets.py "
        "(URLS and COPIES), run `make assets`, or stop using the plugin that needs it"
    )


def _join(prefix: str, rel: str) -> str:
    """`prefix` + `rel` with exactly one slash between them (an empty prefix keeps `rel`)."""
    if not prefix:
        return rel
    return prefix.rstrip("/") + "/" + rel


def localize_links(
    links: Iterable[str],
    prefix: str = STATIC_PREFIX,
    manifest: AssetManifest | None = None,
) -> list[str]:
    """Map streamlit-folium's `js_links`/`css_links` to our served copies, in order, deduplicated.

    Local links (already relative or absolute paths) pass through; an external URL without a copy
    raises ExportError naming it.

    >>> localize_links(["https://d3js.org/d3.v4.min.js", "/app/static/x.js"])
    ['/app/static/d3/4.13.0/d3.min.js', '/app/static/x.js']
    """
    manifest = manifest or load_manifest()
    out: list[str] = []
    for link in links:
        rel = manifest.local_path(link)
        if rel is not None:
            out.append(_join(prefix, rel))
        elif is_external(link):
            raise _unknown(link, "the map component")
        else:
            out.append(link)
    return list(dict.fromkeys(out))


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or _FONT_TYPES.get(path.suffix, "")
    if not mime:
        raise ExportError(f"cannot embed {path}: unknown file type")
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


_FONT_TYPES = {".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf"}


def _inline_css(css: str, css_rel: str, manifest: AssetManifest) -> str:
    """Embed what a stylesheet refers to (fonts, images) as data: URIs."""
    base = PurePosixPath(css_rel).parent

    def embed(match: re.Match[str]) -> str:
        url = match.group("url").strip()
        if not url or url.startswith(("data:", "#")):
            return match.group(0)
        if is_external(url):
            raise _unknown(url, f"stylesheet {css_rel}")
        target = _normalize(base / url.split("?", 1)[0].split("#", 1)[0])
        path = manifest.root / target
        if not path.is_file():
            raise ExportError(f"stylesheet {css_rel} refers to {url!r}, missing at {path}")
        return f'url("{_data_uri(path)}")'

    if _CSS_IMPORT.search(css):
        raise ExportError(f"stylesheet {css_rel} uses @import, which cannot be inlined")
    return _CSS_URL.sub(embed, css)


def _normalize(path: PurePosixPath) -> str:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if not parts:
                raise ExportError(f"asset path {path} leaves the assets folder")
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def _read_asset(manifest: AssetManifest, rel: str) -> str:
    path = manifest.root / rel
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        msg = f"asset {rel} is missing from {manifest.root}; run `make assets`"
        raise ExportError(msg) from exc


def _safe_script(js: str) -> str:
    """Keep embedded JS from closing or confusing the surrounding <script> element."""
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    return js.replace("<!--", "<\\!--")


def _safe_style(css: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def localize_html(
    html: str,
    mode: Mode = "inline",
    prefix: str | None = None,
    *,
    manifest: AssetManifest | None = None,
    allowed_tiles: Iterable[str] = KNOWN_TILE_TEMPLATES,
) -> str:
    """Rewrite a rendered folium page so that it loads nothing from a CDN.

    Parameters
    ----------
    html : str
        The page, e.g. ``folium.Map.get_root().render()``.
    mode : {"inline", "relative", "prefix"}
        ``inline`` embeds every asset (one self-contained file); ``relative`` points at
        ``prefix`` (default ``"assets/"``, a copy of the assets folder beside the file, see
        `copy_assets`); ``prefix`` points at a server path (default ``/app/static/``).
    prefix : str, optional
        Base URL for ``relative`` and ``prefix`` modes.
    allowed_tiles : iterable of str
        Tile URL templates that may stay in the page (they are optional background).

    Raises
    ------
    ExportError
        Naming the URL, for any external script or stylesheet without a local copy, or a
        tile server not in `allowed_tiles`.
    """
    if mode not in ("inline", "relative", "prefix"):
        raise ValueError(f"mode must be 'inline', 'relative' or 'prefix', not {mode!r}")
    manifest = manifest or load_manifest()
    base = prefix if prefix is not None else ("assets/" if mode == "relative" else STATIC_PREFIX)
    allowed = frozenset(allowed_tiles)
    for match in _TILE_LAYER.finditer(html):
        if match.group("url") not in allowed:
            raise ExportError(
                f"tile layer {match.group('url')!r} is not an allowed tile server; "
                "use an OpenStreetMap template or add it to KNOWN_TILE_TEMPLATES"
            )

    def script(match: re.Match[str]) -> str:
        url = match.group("url")
        rel = manifest.local_path(url)
        if rel is None:
            if is_external(url):
                raise _unknown(url, "a <script> tag")
            return match.group(0)
        if mode == "inline":
            return f"<script>/* {rel} */\n{_safe_script(_read_asset(manifest, rel))}\n</script>"
        return match.group(0).replace(url, _join(base, rel))

    def link(match: re.Match[str]) -> str:
        url = match.group("url")
        rel = manifest.local_path(url)
        if rel is None:
            if is_external(url):
                raise _unknown(url, "a <link> tag")
            return match.group(0)
        if mode == "inline":
            css = _inline_css(_read_asset(manifest, rel), rel, manifest)
            return f"<style>/* {rel} */\n{_safe_style(css)}\n</style>"
        return match.group(0).replace(url, _join(base, rel))

    html = _SCRIPT_SRC.sub(script, html)
    return _LINK_HREF.sub(link, html)


def external_urls(html: str) -> list[str]:
    """External URLs still loaded by <script src> / <link href> tags (for checks and tests)."""
    urls = [m.group("url") for m in _SCRIPT_SRC.finditer(html)]
    urls += [m.group("url") for m in _LINK_HREF.finditer(html)]
    return [u for u in urls if is_external(u)]


def copy_assets(dest: Path, manifest: AssetManifest | None = None) -> Path:
    """Copy the files the manifest's URLs need (and what their CSS refers to) into `dest`.

    For ``relative`` exports: the HTML and its ``assets/`` folder can then travel together.
    """
    manifest = manifest or load_manifest()
    files = json.loads((manifest.root / "manifest.json").read_text(encoding="utf-8"))["files"]
    for rel in files:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((manifest.root / rel).read_bytes())
    return dest
