"""`newsmap ingest`: summary line, one line per rejection, exit status, --retag, --db."""

from __future__ import annotations

import io
import re
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsmap.cli.ingest as ingest_cli
from newsmap.cli import cli
from newsmap.model import Article, Event, Mention
from newsmap.store import Store

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _tagger(article: Article) -> tuple[list[Mention], list[Event]]:
    """Test double: one mention per capitalised word."""
    return [
        Mention(m.start(), m.end(), m[0], f"t:{m[0]}", m[0], "MK", None, "city", 42.0, 21.4, 1.0)
        for m in _WORD.finditer(article.text)
    ], []


@pytest.fixture(autouse=True)
def fake_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's tagger factory returns the test double, so counts are exact."""
    monkeypatch.setattr(ingest_cli, "load_tagger", lambda err: _tagger)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "news.db")


def test_good_inputs_exit_zero(db: str) -> None:
    inputs = [str(DATA / n) for n in ("scraped-page.txt", "one.json", "page.html", "feed.atom")]
    result = CliRunner().invoke(cli, ["ingest", "--db", db, *inputs], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout == "4 new, 0 duplicate, 0 rejected\n"
    assert result.stderr == ""
    again = CliRunner().invoke(cli, ["ingest", "--db", db, *inputs], catch_exceptions=False)
    assert (again.exit_code, again.stdout) == (0, "0 new, 4 duplicate, 0 rejected\n")
    with Store.open(db) as s:
        assert s.counts()["articles"] == 4
        texts = s.articles_frame()["text"]
        assert s.counts()["mentions"] == sum(len(_WORD.findall(t)) for t in texts)


def test_bad_inputs_are_named_and_the_rest_go_in(db: str) -> None:
    inputs = [str(DATA / n) for n in ("lines.jsonl", "empty.txt", "binary.txt", "future.md")]
    result = CliRunner().invoke(cli, ["ingest", "--db", db, *inputs, str(DATA / "missing.txt")])
    assert result.exit_code == 1
    assert result.stdout == "3 new, 0 duplicate, 8 rejected\n"
    assert result.stderr.splitlines() == [
        f"rejected: {DATA / 'missing.txt'}: no such file or directory",
        f"rejected: {DATA / 'lines.jsonl'} (line 4): no text (expected a non-empty field: "
        "text, body, content)",
        f"rejected: {DATA / 'lines.jsonl'} (line 5): published date 2999-05-21 is in the "
        f"future (today is {date.today()})",
        f"rejected: {DATA / 'lines.jsonl'} (line 6): published date 'the thirty-second of "
        "Maytember' is not a date newsmap can read (use YYYY-MM-DD)",
        f"rejected: {DATA / 'lines.jsonl'} (line 7): invalid JSON: Expecting ',' delimiter at "
        "column 25",
        f"rejected: {DATA / 'empty.txt'}: empty file",
        f"rejected: {DATA / 'binary.txt'}: looks like a binary file (NUL bytes), not text",
        f"rejected: {DATA / 'future.md'}: published date 2999-01-01 is in the future (today is "
        f"{date.today()})",
    ]


def test_folder_recursion(db: str, tmp_path: Path) -> None:
    nested = tmp_path / "news" / "2024" / "march"
    nested.mkdir(parents=True)
    shutil.copy(DATA / "front-matter.md", nested)
    shutil.copy(DATA / "export.csv", tmp_path / "news")
    result = CliRunner().invoke(cli, ["ingest", "--db", db, str(tmp_path / "news")])
    assert result.exit_code == 1
    assert result.stdout == "3 new, 0 duplicate, 1 rejected\n"
    assert result.stderr == (
        f"rejected: {tmp_path / 'news' / 'export.csv'} (line 3): no text (expected a "
        "non-empty field: text, body, content)\n"
    )


def test_retag_recomputes_from_stored_text(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_cli, "load_tagger", lambda err: lambda a: ([], []))
    first = CliRunner().invoke(cli, ["ingest", "--db", db, str(DATA / "scraped-page.txt")])
    assert first.exit_code == 0
    with Store.open(db) as s:
        assert s.counts()["mentions"] == 0
    monkeypatch.setattr(ingest_cli, "load_tagger", lambda err: _tagger)
    result = CliRunner().invoke(cli, ["ingest", "--db", db, "--retag"], catch_exceptions=False)
    assert result.exit_code == 0
    with Store.open(db) as s:
        n = s.counts()["mentions"]
        text = s.articles_frame()["text"][0]
    assert n == len(_WORD.findall(text)) > 0
    assert result.stdout == f"retagged 1 articles: {n} mentions, 0 events\n"


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMAP_DB", str(tmp_path / "env.db"))
    result = CliRunner().invoke(cli, ["ingest", str(DATA / "one.json")])
    assert (result.exit_code, result.stdout) == (0, "1 new, 0 duplicate, 0 rejected\n")
    assert (tmp_path / "env.db").exists()


def test_no_inputs_is_a_usage_error(db: str) -> None:
    result = CliRunner().invoke(cli, ["ingest", "--db", db])
    assert result.exit_code == 2
    assert "give at least one INPUT (file, folder or URL), or --retag" in result.stderr


def test_unusable_store_is_one_error_line() -> None:
    nowhere = "postgresql://x@127.0.0.1:1/y"  # a server that is not there
    result = CliRunner().invoke(cli, ["ingest", "--db", nowhere, str(DATA / "one.json")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot connect to store {nowhere!r}: ")
    assert len(result.stderr.splitlines()) == 1


def test_help_has_examples() -> None:
    result = CliRunner().invoke(cli, ["ingest", "--help"])
    assert result.exit_code == 0
    assert "newsmap ingest ~/news/saved-pages/" in result.stdout
    assert "--retag" in result.stdout and "--db PATH" in result.stdout


def test_missing_tagger_falls_back_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real factory, not the autouse double
    monkeypatch.setitem(sys.modules, "newsmap.pipeline", None)
    err = io.StringIO()
    tagger = ingest_cli.load_tagger(err)
    assert tagger(Article(text="Skopje")) == ([], [])
    assert err.getvalue().startswith("warning: the geotagger is not available (")
    assert "newsmap ingest --retag" in err.getvalue()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_terminal_only() -> None:
    from newsmap.engines.local import Progress

    term = _Terminal()
    line = ingest_cli._ProgressLine(term)
    line(Progress(3, 10, 120, "a.jsonl"))
    line.retag(5, 5)
    line.end()
    assert term.getvalue() == (
        "\ringesting: 3/10 inputs, 120 articles \x1b[K\rretagging: 5/5 articles \x1b[K\r\x1b[K"
    )
    piped = io.StringIO()
    quiet = ingest_cli._ProgressLine(piped)
    quiet(Progress(3, 10, 120, "a.jsonl"))
    quiet.end()
    assert piped.getvalue() == ""
