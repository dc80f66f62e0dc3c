"""`newsmap demo` / `serve`: the samples load once, and the server is started offline-ready."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsmap.cli import cli
from newsmap.cli.serve import APP, SAMPLES, load_samples, streamlit_command
from newsmap.store import Store


def test_samples_load_once_and_reload_as_duplicates(tmp_path):
    db = str(tmp_path / "demo.db")
    n_files = len([p for p in SAMPLES.iterdir() if p.suffix in {".md", ".txt"}])
    assert load_samples(db) == f"{n_files} new, 0 duplicate, 0 rejected"
    with Store.open(db) as store:
        first = store.counts()
    assert load_samples(db) == f"0 new, {n_files} duplicate, 0 rejected"
    with Store.open(db) as store:
        again = store.counts()
        seed = store.query_frame(
            "SELECT title, source, published FROM articles WHERE source = 'Deutsche Welle'"
        )
    assert again == first  # re-tagging replaces, never adds
    assert first["articles"] == n_files and first["mentions"] > 5 * n_files
    assert seed.to_dict("records") == [
        {
            "title": "What is NATO's plan for the Balkans?",
            "source": "Deutsche Welle",
            "published": "2023-11-23",
        }
    ]


def test_streamlit_is_started_headless_with_static_serving():
    cmd = streamlit_command(8600, "localhost")
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[4] == str(APP)
    flags = dict(zip(cmd[5::2], cmd[6::2], strict=True))
    assert flags["--server.port"] == "8600"
    assert flags["--server.enableStaticServing"] == "true"
    assert flags["--server.headless"] == "true"
    assert flags["--browser.gatherUsageStats"] == "false"


@pytest.mark.parametrize(
    "command", [[], ["demo"], ["serve"], ["analyze"], ["ingest"], ["export"], ["watch"]]
)
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    if command:
        assert "Example" in result.output or "example" in result.output


def test_store_that_cannot_be_opened_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["demo", "--db", str(tmp_path / "missing" / "x.db")])
    assert result.exit_code == 1
    assert "Error:" in result.output and "missing" in result.output


def test_every_store_command_shares_one_db_option():
    from newsmap.cli.options import DB_HELP

    lines = set()
    for command in ("ingest", "export", "serve", "demo", "watch", "db migrate"):
        result = CliRunner().invoke(cli, [*command.split(), "--help"], terminal_width=400)
        assert result.exit_code == 0
        line = next(ln for ln in result.output.splitlines() if ln.strip().startswith("--db"))
        lines.add(" ".join(line.split()))
    (line,) = lines  # the same option, word for word, everywhere
    assert line.endswith(" ".join(DB_HELP.split()))


def test_library_errors_become_one_error_line(tmp_path, monkeypatch):
    """A NewsmapError from any command ends as `Error: ...` and exit 1, with no traceback."""
    monkeypatch.setenv("NEWSMAP_GEO_DIR", str(tmp_path / "no-geo"))
    result = CliRunner().invoke(cli, ["analyze", "-"], input='{"id": 1, "text": "x"}\n')
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output
