"""Shared fixtures for the browser tier: Debian's chromium driven by Playwright, offline.

Every page fixture here records each request the page makes and every console error, so a test
can assert that nothing left the machine and that no script failed.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from newsmap.export import CHROMIUM_ARGS

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
        browser = pw.chromium.launch(
            executable_path=executable, args=list(CHROMIUM_ARGS), headless=True
        )
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


@contextmanager
def running_streamlit(
    script: Path, *, cwd: Path, env: dict[str, str] | None = None, timeout_s: float = 60
) -> Iterator[str]:
    """Start `streamlit run script` on a free loopback port; yield its URL; stop it after.

    Readiness is Streamlit's own health endpoint, polled; if the server dies or never answers,
    the test fails with the server's log instead of hanging.
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log_path = Path(tempfile.mkstemp(prefix="streamlit-", suffix=".log")[1])
    log = log_path.open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(script),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.enableStaticServing",
            "true",
            "--server.fileWatcherType",
            "none",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=cwd,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as resp:
                    if resp.read() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("streamlit did not start:\n" + log_path.read_text())
            time.sleep(0.25)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        log_path.unlink(missing_ok=True)


def wait_for_script_idle(page: object, timeout_ms: int = 60_000) -> None:
    """Wait until Streamlit has finished running the script (after a load or an interaction)."""
    page.wait_for_selector(  # type: ignore[attr-defined]
        '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout_ms
    )


@pytest.fixture(scope="session")
def start_streamlit():
    """The `running_streamlit` context manager, for module-scoped app fixtures."""
    return running_streamlit


@pytest.fixture(scope="session")
def script_idle():
    """The `wait_for_script_idle` helper, as a fixture."""
    return wait_for_script_idle


@pytest.fixture(scope="session")
def dashboard_db(tmp_path_factory) -> Path:
    """The store the dashboard serves: the samples and one hostile title (a test reads it to
    know what a page must show)."""
    from datetime import date

    from pagekit import HOSTILE_TITLE

    from newsmap.engines.local import ingest_paths
    from newsmap.model import Article
    from newsmap.pipeline import make_tagger
    from newsmap.store import Store

    repo = Path(__file__).resolve().parents[2]
    db = tmp_path_factory.mktemp("dash") / "newsmap.db"
    store = Store.open(str(db))
    tagger = make_tagger()
    report = ingest_paths(store, [str(repo / "data" / "samples")], tagger)
    assert report.new >= 60
    hostile = Article(
        text="Thousands marched in Skopje on Sunday against the government.",
        title=HOSTILE_TITLE,
        published=date(2024, 6, 3),
        source="<b>Hostile</b> source",
        url="javascript:alert(2)",
    )
    store.add_article(hostile, *tagger(hostile))
    store.close()
    return db


@pytest.fixture(scope="session")
def dashboard(dashboard_db, start_streamlit):
    """The dashboard (app.py) served on `dashboard_db`; one server for every dashboard test."""
    repo = Path(__file__).resolve().parents[2]
    env = {"NEWSMAP_DB": str(dashboard_db)}
    with start_streamlit(repo / "app.py", cwd=repo, env=env) as url:
        yield url
