"""The map as a PNG: the standalone HTML rendered in headless Chromium.

folium cannot draw an image itself. We render the same standalone HTML the HTML export
writes in headless Chromium (Debian's ``chromium``, driven by Playwright) from a temporary
file, abort every request that is not ``file:`` or ``data:``, wait for the page's own ready
signal (`view.elements.MapReady`, then fonts and two animation frames; never a fixed sleep) and
screenshot at the requested CSS size and device scale. Interactive controls (zoom, layer
switcher) are hidden in the picture and the text is set a little larger (`SNAPSHOT_CSS`), so
the image can go into a slide unchanged.

One Chromium per process: `Chromium` starts the browser on first use and keeps it. All
Playwright calls run on one worker thread owned by the holder, because Playwright's sync API
is bound to the thread that started it and Streamlit runs each script run on a different
thread. This is the only module that imports playwright (lazily, when a PNG is asked for).
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import folium

from newsmap.errors import ExportError
from newsmap.export.files import check_target, write_bytes
from newsmap.export.html import render_html

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


def check_size(size: tuple[int, int], scale: float) -> tuple[int, int]:
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
    width, height = check_size(size, scale)
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
    return write_bytes(target, data)
