"""Shared fixtures for the browser tier: Debian's chromium driven by Playwright, offline.

Every page fixture here records each request the page makes and every console error, so a test
can assert that nothing left the machine and that no script failed.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
LOCAL_SCHEMES = {"file", "data", "blob", "about", "chrome-error"}


def is_local_url(url: str) -> bool:
    """True for URLs that stay on this machine (file:, data:, loopback http)."""
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return parts.scheme in {"http", "https", "ws", "wss"} and parts.hostname in LOCAL_HOSTS


@dataclass
class PageLog:
    """What a page did: every request URL, the non-local ones (aborted), console errors, dialogs."""

    requests: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        """Fail with the evidence if anything left the machine, errored or opened a dialog."""
        assert self.external == [], f"requests left the machine: {self.external}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"


@pytest.fixture(scope="session")
def chromium_browser() -> Iterator[object]:
    """One headless chromium for the session (Debian's package, never a downloaded one)."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("chromium is not installed; run `make chromium` (Debian package `chromium`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def attach_recorders(page: object, log: PageLog) -> None:
    """Abort and record every non-local request; collect console errors, page errors, dialogs."""

    def route(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        log.requests.append(url)
        if is_local_url(url):
            route.continue_()  # type: ignore[attr-defined]
        else:
            log.external.append(url)
            route.abort()  # type: ignore[attr-defined]

    def on_console(msg: object) -> None:
        if msg.type == "error":  # type: ignore[attr-defined]
            log.console_errors.append(msg.text)  # type: ignore[attr-defined]

    def on_dialog(dialog: object) -> None:
        log.dialogs.append(f"{dialog.type}: {dialog.message}")  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    page.route("**/*", route)  # type: ignore[attr-defined]
    page.on("console", on_console)  # type: ignore[attr-defined]
    page.on("pageerror", lambda err: log.console_errors.append(f"pageerror: {err}"))  # type: ignore[attr-defined]
    page.on("dialog", on_dialog)  # type: ignore[attr-defined]


@pytest.fixture
def offline_page(chromium_browser: object) -> Iterator[tuple[object, PageLog]]:
    """A fresh page (1200x800) whose non-local requests are aborted and recorded."""
    context = chromium_browser.new_context(viewport={"width": 1200, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    log = PageLog()
    attach_recorders(page, log)
    try:
        yield page, log
    finally:
        context.close()
