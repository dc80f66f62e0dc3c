"""Briefing-ready exports: the map as PNG or standalone HTML, the data as CSV or GeoJSON.

Why these choices:
- PNG: folium cannot draw an image itself. We render the same standalone HTML the HTML export
  writes in headless Chromium (Debian's ``chromium``, driven by Playwright) from a temporary
  file, abort every request that is not ``file:`` or ``data:``, wait for the page's own
  ready signal (`mapview.MapReady`, then fonts and two animation frames; never a fixed
  sleep) and screenshot at the requested CSS size and device scale. Interactive controls
  (zoom, layer switcher) are hidden in the picture and the text is set a little larger, so
  the image can go into a slide unchanged.
- One Chromium per process: `Chromium` starts the browser on first use and keeps it. All
  Playwright calls run on one worker thread owned by the holder, because Playwright's sync
  API is bound to the thread that started it and Streamlit runs each script run on a
  different thread.
- CSV: three tables (articles, mentions, events) cannot share one header row, so the export
  is a ``.zip`` holding ``articles.csv``, ``mentions.csv`` and ``events.csv`` (one file to
  attach to an e-mail), or, for any path not ending in ``.zip``, a folder holding the same
  three files. Files are UTF-8 with a byte-order mark so Excel shows Cyrillic and Albanian
  letters correctly, and text cells that a spreadsheet would run as a formula are prefixed
  with an apostrophe. The rows are exactly those ``query.articles/mentions/events`` return.
- GeoJSON: the country or admin-1 polygons with names, population and the counted metric,
  EPSG:4326 (RFC 7946), readable by geopandas and QGIS.
- Files are written to a temporary name in the target folder and then renamed, so a failed
  export never leaves half a file behind.

This is the only module that imports playwright (lazily, when a PNG is asked for).
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import pandas as pd

from newsmap import query
from newsmap.errors import ExportError
from newsmap.geodata import GeoData
from newsmap.query import Filters, Runner
from newsmap.view import mapview
from newsmap.view.scene import Scene, SceneData, build_scene_map, collect

FORMATS = ("png", "html", "csv", "geojson")
TABLES = ("articles", "mentions", "events")
DEFAULT_SIZE: tuple[int, int] = (1600, 1000)
DEFAULT_SCALE = 2
#: Flags that behave on an offline, GPU-less, unprivileged machine (see FOLIUM.md).
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
CHROMIUM_NAMES = ("chromium", "chromium-browser")
READY_TIMEOUT_S = 60.0
#: A picture is not a map you can use: hide the controls, make the text slide-sized.
SNAPSHOT_CSS = """<style id="newsmap-snapshot">
.leaflet-control-zoom, .leaflet-control-layers { display: none !important; }
.newsmap-info > div, .newsmap-legend > div { font-size: 15px !important; }
.newsmap-legend i { width: 17px !important; height: 17px !important; }
.leaflet-control-attribution { font-size: 12px !important; }
.leaflet-control-scale-line { font-size: 12px !important; }
</style>"""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# ------------------------------------------------------------------------------ paths


def check_target(path: str | os.PathLike[str], *, folder: bool = False) -> Path:
    """The output path, or a clear ExportError before any work is done.

    Parameters
    ----------
    folder : bool
        The export writes a folder (CSV without ``.zip``): it may exist as a folder.
    """
    target = Path(path).expanduser()
    parent = target.parent
    if target.is_dir() and not folder:
        raise ExportError(f"cannot write {str(target)!r}: it is a folder; give a file name")
    if target.exists() and folder and not target.is_dir():
        raise ExportError(f"cannot write folder {str(target)!r}: a file of that name exists")
    if not parent.is_dir():
        raise ExportError(
            f"cannot write {str(target)!r}: folder {str(parent)!r} does not exist; create it "
            "or choose another output path"
        )
    if not os.access(parent, os.W_OK | os.X_OK) or (
        target.exists() and not os.access(target, os.W_OK)
    ):
        raise ExportError(
            f"cannot write {str(target)!r}: permission denied; choose a folder you can write to"
        )
    return target


def _write_atomic(target: Path, write: Callable[[io.BufferedWriter], object]) -> Path:
    """Write through a temporary file in the same folder, then rename it into place."""
    check_target(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _write_bytes(target: Path, blob: bytes) -> Path:
    return _write_atomic(target, lambda fh: fh.write(blob))


def empty_selection_error(filters: Filters) -> ExportError:
    """The error for "nothing to export", naming the filters that selected nothing."""
    return ExportError(
        f"no articles match these filters ({filters.summary()}); widen the date range or "
        "remove a country or text filter, then export again"
    )


# ------------------------------------------------------------------------------ HTML


def render_html(fmap: folium.Map, *, snapshot: bool = False) -> str:
    """Self-contained HTML of the map (assets inlined); `snapshot` adds the picture styling."""
    page = mapview.render_standalone_html(fmap)
    if snapshot:
        page = page.replace("</head>", SNAPSHOT_CSS + "\n</head>", 1)
    return page


def export_html(fmap: folium.Map, path: str | os.PathLike[str]) -> Path:
    """Write one self-contained HTML file that opens from disk with no network.

    Raises
    ------
    ExportError
        The path cannot be written, or the map needs an asset we have no local copy of.
    """
    target = check_target(path)
    data = render_html(fmap).encode("utf-8")
    return _write_atomic(target, lambda fh: fh.write(data))


# ------------------------------------------------------------------------------ PNG


def find_chromium() -> str:
    """Path of the system Chromium, or an ExportError that says how to install it."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise ExportError(
        "PNG export needs Chromium, which is not installed (no `chromium` on PATH); install "
        "it with `apt-get install chromium` (Debian/Ubuntu) or `make chromium`, or export "
        "HTML instead"
    )


def _local(url: str) -> bool:
    return url.startswith(("file:", "data:", "blob:", "about:"))


class Chromium:
    """A headless Chromium kept for reuse by a long-lived process (the dashboard).

    Started on first use; `close` (or leaving a ``with`` block) stops it. Every Playwright
    call runs on the holder's single worker thread, so any thread may call `screenshot`.

    Parameters
    ----------
    executable : str, optional
        The browser binary; default: `find_chromium` at first use.
    timeout_s : float
        How long to wait for the map's ready signal before giving up.
    """

    def __init__(self, executable: str | None = None, *, timeout_s: float = READY_TIMEOUT_S):
        self.executable = executable
        self.timeout_s = timeout_s
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._playwright: Any = None
        self._browser: Any = None

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def screenshot(self, html: str, *, size: tuple[int, int], scale: float) -> bytes:
        """PNG bytes of `html` rendered at `size` CSS pixels and `scale` device pixels each."""
        executable = self.executable or find_chromium()
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(1, thread_name_prefix="newsmap-chromium")
            future = self._executor.submit(self._shoot, executable, html, size, scale)
        return future.result()

    def close(self) -> None:
        """Stop the browser and its thread; the holder may be used again afterwards."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.submit(self._stop).result()
            executor.shutdown(wait=True)

    # -- everything below runs on the worker thread
    def _ensure_browser(self, executable: str) -> Any:
        if self._browser is not None and self._browser.is_connected():
            return self._browser
        from playwright.sync_api import sync_playwright

        try:
            if self._playwright is None:
                self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(
                executable_path=executable, args=list(CHROMIUM_ARGS), headless=True
            )
        except Exception as exc:  # noqa: BLE001 - any launch failure means "no usable browser"
            self._stop()
            raise ExportError(
                f"Chromium at {executable!r} could not be started ({_first_line(exc)}); "
                "check the install with `chromium --version` or run `apt-get install chromium`"
            ) from exc
        return self._browser

    def _stop(self) -> None:
        browser, self._browser = self._browser, None
        pw, self._playwright = self._playwright, None
        for closer in (getattr(browser, "close", None), getattr(pw, "stop", None)):
            if closer is not None:
                try:
                    closer()
                except Exception:  # noqa: BLE001, S110 - best-effort shutdown of a dead browser
                    pass

    def _shoot(self, executable: str, html: str, size: tuple[int, int], scale: float) -> bytes:
        try:
            return self._render(self._ensure_browser(executable), html, size, scale)
        except ExportError:
            raise
        except Exception as exc:  # noqa: BLE001 - a crashed page or browser, said plainly
            raise ExportError(f"Chromium could not render the map ({_first_line(exc)})") from exc

    def _render(self, browser: Any, html: str, size: tuple[int, int], scale: float) -> bytes:
        width, height = size
        errors: list[str] = []
        context = browser.new_context(
            viewport={"width": int(width), "height": int(height)},
            device_scale_factor=scale,
            offline=True,
        )
        try:
            context.route(
                "**/*",
                lambda route: route.continue_() if _local(route.request.url) else route.abort(),
            )
            page = context.new_page()
            page.on("pageerror", lambda err: errors.append(str(err)))
            with tempfile.TemporaryDirectory(prefix="newsmap-png-") as tmp:
                page_file = Path(tmp) / "map.html"
                page_file.write_text(html, encoding="utf-8")
                timeout_ms = self.timeout_s * 1000
                page.goto(page_file.as_uri(), wait_until="load", timeout=timeout_ms)
                try:
                    page.wait_for_function("window.__newsmapReady === true", timeout=timeout_ms)
                except Exception as exc:  # noqa: BLE001 - Playwright's TimeoutError
                    detail = f"; page errors: {'; '.join(errors)}" if errors else ""
                    raise ExportError(
                        f"the map did not finish drawing within {self.timeout_s:.0f} s{detail}"
                    ) from exc
                page.evaluate(
                    "() => document.fonts.ready.then(() => new Promise(r =>"
                    " requestAnimationFrame(() => requestAnimationFrame(r))))"
                )
                return page.screenshot(type="png", full_page=False, animations="disabled")
        finally:
            context.close()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _check_size(size: tuple[int, int], scale: float) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in size)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"size must be (width, height) in pixels, not {size!r}") from exc
    if not (200 <= width <= 5000 and 200 <= height <= 5000):
        raise ValueError(f"size {width}x{height} is outside 200x200 to 5000x5000 pixels")
    if not (isinstance(scale, int | float) and 0.5 <= scale <= 4 and math.isfinite(scale)):
        raise ValueError(f"scale must be between 0.5 and 4, not {scale!r}")
    return width, height


def render_png_bytes(
    fmap: folium.Map,
    *,
    size: tuple[int, int] = DEFAULT_SIZE,
    scale: float = DEFAULT_SCALE,
    browser: Chromium | None = None,
) -> bytes:
    """PNG of the map as bytes (for a download button); pass a kept `Chromium` to reuse it.

    Raises
    ------
    ExportError
        Chromium is missing or fails, or the map never signals that it has drawn.
    """
    width, height = _check_size(size, scale)
    page = render_html(fmap, snapshot=True)
    if browser is not None:
        return browser.screenshot(page, size=(width, height), scale=scale)
    find_chromium()  # fail before starting a worker thread
    with Chromium() as own:
        return own.screenshot(page, size=(width, height), scale=scale)


def export_png(
    fmap: folium.Map,
    path: str | os.PathLike[str],
    *,
    size: tuple[int, int] = DEFAULT_SIZE,
    scale: float = DEFAULT_SCALE,
    browser: Chromium | None = None,
) -> Path:
    """Write the map as a PNG of ``size * scale`` pixels (default 3200x2000).

    Raises
    ------
    ExportError
        The path cannot be written, Chromium is missing or fails, or the map never draws.
    """
    target = check_target(path)
    data = render_png_bytes(fmap, size=size, scale=scale, browser=browser)
    return _write_atomic(target, lambda fh: fh.write(data))


# ------------------------------------------------------------------------------ CSV


def selected_tables(run: Runner, filters: Filters) -> dict[str, pd.DataFrame]:
    """The filtered articles, mentions and events, exactly as the query module selects them."""
    return {
        "articles": query.articles(run, filters),
        "mentions": query.mentions(run, filters),
        "events": query.events(run, filters),
    }


def _defuse(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def render_csv(frame: pd.DataFrame) -> bytes:
    """One table as UTF-8 CSV with a byte-order mark, formula-looking text cells defused."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(_defuse)
    return out.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def _readme(frames: Mapping[str, pd.DataFrame], note: str | None) -> bytes:
    lines = [note] if note else []
    lines += [f"{name}.csv: {len(frames[name])} rows" for name in TABLES]
    lines.append("Join mentions and events to articles on article_id = articles.id.")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def render_csv_zip(frames: Mapping[str, pd.DataFrame], *, note: str | None = None) -> bytes:
    """A zip of articles.csv, mentions.csv, events.csv (and README.txt) as bytes."""
    _check_frames(frames)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in TABLES:
            zf.writestr(f"{name}.csv", render_csv(frames[name]))
        zf.writestr("README.txt", _readme(frames, note))
    return buf.getvalue()


def _check_frames(frames: Mapping[str, pd.DataFrame]) -> None:
    missing = [name for name in TABLES if name not in frames]
    if missing:
        raise ValueError(f"frames must hold {', '.join(TABLES)}; missing {', '.join(missing)}")


def export_csv(
    frames: Mapping[str, pd.DataFrame],
    path: str | os.PathLike[str],
    *,
    note: str | None = None,
) -> Path:
    """Write the three tables: a ``.zip`` for a path ending in .zip, else a folder of CSVs.

    Parameters
    ----------
    frames : {"articles", "mentions", "events": DataFrame}
        Normally `selected_tables`.
    note : str, optional
        A line for README.txt (the filter summary and export time).

    Raises
    ------
    ExportError
        No articles selected, the path ends in .csv (three tables do not fit one file), or it
        cannot be written.
    """
    _check_frames(frames)
    target = Path(path).expanduser()
    if target.suffix.lower() == ".csv":
        raise ExportError(
            f"cannot write {str(target)!r}: the CSV export holds three tables (articles, "
            "mentions, events); name a .zip file or a folder instead"
        )
    if frames["articles"].empty:
        raise ExportError(
            "no articles match these filters; widen the date range or remove a filter"
        )
    if target.suffix.lower() == ".zip":
        check_target(target)
        data = render_csv_zip(frames, note=note)
        return _write_atomic(target, lambda fh: fh.write(data))
    check_target(target, folder=True)
    try:
        target.mkdir(exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create folder {str(target)!r}: {exc.strerror}") from exc
    for name in TABLES:
        _write_bytes(target / f"{name}.csv", render_csv(frames[name]))
    readme = _readme(frames, note)
    _write_atomic(target / "README.txt", lambda fh: fh.write(readme))
    return target


# ------------------------------------------------------------------------------ GeoJSON


def geojson_frame(geo: GeoData, scene: Scene, data: SceneData) -> gpd.GeoDataFrame:
    """Polygons of the scene's level with names, population and the metric, EPSG:4326."""
    if scene.level == "country":
        key, cols = "code", ["code", "name", "name_local", "population"]
    else:
        key, cols = "id", ["id", "name", "name_local", "country", "group", "population"]
    gdf = geo.polygons(scene.level)
    if key not in gdf.columns:
        raise ExportError(f"the {scene.level} boundaries are not loaded; run `make geo`")
    out = gdf[[c for c in cols if c in gdf.columns] + ["geometry"]].copy()
    counts = {str(k): int(v) for k, v in data.counts.items()}
    out[scene.metric] = [counts.get(str(k), 0) for k in out[key]]
    if scene.per_100k and "population" in out.columns:
        pop = pd.to_numeric(out["population"], errors="coerce")
        rate = out[scene.metric] / pop.where(pop > 0) * 1e5
        out[f"{scene.metric}_per_100k"] = rate.round(3)
    out = out.set_crs(4326, allow_override=True) if out.crs is None else out.to_crs(4326)
    return out


def render_geojson(geo: GeoData, scene: Scene, data: SceneData) -> str:
    """The GeoJSON text: a FeatureCollection plus a ``newsmap`` member saying what it counts."""
    frame = geojson_frame(geo, scene, data)
    collection = json.loads(frame.to_json(drop_id=True, na="null"))
    collection["name"] = re.sub(r"[^A-Za-z0-9_]+", "_", f"newsmap_{scene.metric}_{scene.level}")
    collection["newsmap"] = {
        "title": scene.title,
        "metric": scene.metric,
        "level": scene.level,
        "per_100k": scene.per_100k,
        "filters": scene.filters.summary(),
        "articles": data.n_articles,
        "as_of": data.as_of.isoformat(),
        "attribution": "Boundaries: Natural Earth (public domain)",
    }
    return json.dumps(collection, ensure_ascii=False)


def export_geojson(
    geo: GeoData, scene: Scene, data: SceneData, path: str | os.PathLike[str]
) -> Path:
    """Write the scene's polygons with their counts as GeoJSON (EPSG:4326, for QGIS).

    Raises
    ------
    ExportError
        No articles selected, or the path cannot be written.
    """
    target = check_target(path)
    if data.n_articles == 0:
        raise empty_selection_error(scene.filters)
    text = render_geojson(geo, scene, data).encode("utf-8")
    return _write_atomic(target, lambda fh: fh.write(text))


# ------------------------------------------------------------------------------ one call


def export_scene(
    run: Runner,
    geo: GeoData | None,
    scene: Scene,
    fmt: str,
    path: str | os.PathLike[str],
    *,
    size: tuple[int, int] = DEFAULT_SIZE,
    scale: float = DEFAULT_SCALE,
    browser: Chromium | None = None,
    now: datetime | None = None,
) -> Path:
    """Export what `scene` shows in one of `FORMATS`: the CLI's (and a scheduler's) one call.

    The path is checked and the selection counted before anything slow starts.

    Raises
    ------
    ExportError
        Empty selection, unwritable path, or (PNG) no usable Chromium.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    made_at = now or datetime.now().astimezone()
    if fmt == "csv":
        target = Path(path).expanduser()
        if target.suffix.lower() != ".zip":
            check_target(target, folder=True)
        else:
            check_target(target)
        tables = selected_tables(run, scene.filters)
        if tables["articles"].empty:
            raise empty_selection_error(scene.filters)
        note = f"{scene.title}: {scene.filters.summary()}. Exported {made_at:%Y-%m-%d %H:%M %Z}."
        return export_csv(tables, target, note=note)
    target = check_target(path)
    if geo is None:
        raise ValueError(f"a {fmt} export needs the geodata (load_geo())")
    if fmt == "png":
        if browser is None:
            find_chromium()
        _check_size(size, scale)
    data = collect(run, scene, today=made_at.date())
    if data.n_articles == 0:
        raise empty_selection_error(scene.filters)
    if fmt == "geojson":
        return export_geojson(geo, scene, data, target)
    fmap = build_scene_map(
        geo, scene, data, made_at=made_at, tiles=None if fmt == "png" else "openstreetmap"
    )
    if fmt == "html":
        return export_html(fmap, target)
    return export_png(fmap, target, size=size, scale=scale, browser=browser)
