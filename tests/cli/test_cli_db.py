"""`newsmap db migrate` and `newsmap db copy`, and any command on a PostgreSQL store named the
way a team names it: in the environment, password included, never echoed."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result
from pgserver import PASSWORD, PgServer
from storekit import ROLLUPS, check_rebuild, raw_sql

import newsmap.cli.ingest as ingest_cli
from newsmap.cli import cli
from newsmap.model import Article, Event, Mention
from newsmap.store import SCHEMA_VERSION, Store

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
_WORD = re.compile(r"\b[A-Z][a-z]+\b")
INPUTS = [str(DATA / n) for n in ("scraped-page.txt", "one.json", "page.html", "feed.atom")]
#: Rows of every table, in an order that makes two stores comparable.
EVERYTHING = {
    "articles": "id",
    "mentions": 'article_id, start, "end"',
    "events": 'article_id, start, "end"',
    **ROLLUPS,
}


def _tagger(article: Article) -> tuple[list[Mention], list[Event]]:
    """Test double: one mention per capitalised word, an event on the first of them."""
    mentions = [
        Mention(m.start(), m.end(), m[0], f"t:{m[0]}", m[0], "MK", "MK-85", "city", 42.0, 21.4, 1.0)
        for m in _WORD.finditer(article.text)
    ]
    first = mentions[0]
    event = Event(
        "2024-05",
        "month",
        "explicit",
        first.surface,
        first.start,
        first.end,
        0,
        10,
        "protest",
        ("MK",),
        (first.place_id,),
    )
    return mentions, [event]


@pytest.fixture(autouse=True)
def fake_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_cli, "load_tagger", lambda err: _tagger)


def run(*args: str, db: str | None = None, **env: str) -> Result:
    """The CLI with the store in $NEWSMAP_DB (as a team sets it), not on the command line."""
    if db:
        env["NEWSMAP_DB"] = db
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def everything(store: Store) -> dict[str, pd.DataFrame]:
    columns = {
        "articles": "id, url, source, title, published, language, text, content_hash",
        "mentions": 'article_id, start, "end", surface, place_id, name, country, admin1, level, '
        "lat, lon, score, metonymic",
    }
    return {
        table: store.query_frame(f"SELECT {columns.get(table, '*')} FROM {table} ORDER BY {order}")
        for table, order in EVERYTHING.items()
    }


def test_ingest_on_postgresql_names_the_store_without_its_password(store_location: str) -> None:
    result = run("ingest", *INPUTS, db=store_location)
    assert (result.exit_code, result.stdout) == (0, "4 new, 0 duplicate, 0 rejected\n")
    assert PASSWORD not in result.output
    with Store.open(store_location) as s:
        assert s.counts()["articles"] == 4
        check_rebuild(s)


def test_migrate_creates_then_reports_the_store_current(new_location) -> None:  # noqa: ANN001
    location = new_location()
    first = run("db", "migrate", db=location)
    assert first.exit_code == 0
    assert first.stdout.startswith("created store ")
    assert first.stdout.endswith(f"at schema version {SCHEMA_VERSION}\n")
    again = run("db", "migrate", db=location)
    assert again.stdout.endswith(f"is already at schema version {SCHEMA_VERSION}\n")
    assert PASSWORD not in first.output + again.output


def test_an_older_store_is_refused_until_migrated(store_location: str) -> None:
    assert run("ingest", *INPUTS[:2], db=store_location).exit_code == 0
    raw_sql(store_location, "DROP TABLE feeds", "UPDATE schema_version SET version = 4")
    refused = run("ingest", *INPUTS[2:], db=store_location)
    assert refused.exit_code == 1
    lines = refused.stderr.splitlines()
    assert len(lines) == 1 and "run `newsmap db migrate`" in lines[0], refused.stderr
    upgraded = run("db", "migrate", db=store_location)
    assert upgraded.stdout.endswith(f"from schema version 4 to {SCHEMA_VERSION}\n")
    done = run("ingest", *INPUTS, db=store_location)
    assert (done.exit_code, done.stdout) == (0, "2 new, 2 duplicate, 0 rejected\n")


def test_copy_sqlite_to_postgresql_and_back_keeps_every_row(
    tmp_path: Path, pg_server: PgServer
) -> None:
    first = str(tmp_path / "first.db")
    assert run("ingest", *INPUTS, db=first).exit_code == 0
    with Store.open(first) as s:
        s.delete_article(2)  # a gap in the ids, which a copy keeps
    schema = pg_server.fresh_schema()
    server, no_password = pg_server.url(schema=schema), pg_server.url(schema=schema, password=None)
    back = str(tmp_path / "back.db")
    refused = run("db", "copy", first, no_password, PGPASSWORD="")
    assert refused.exit_code == 1  # no password anywhere: the server refuses, in one line
    assert len(refused.stderr.splitlines()) == 1 and "password" in refused.stderr
    to_server = run("db", "copy", first, no_password, PGPASSWORD=PASSWORD)
    assert to_server.exit_code == 0, to_server.output
    assert to_server.stderr == ""  # no password on the command line: nothing to warn about
    assert "  articles                  3 rows\n" in to_server.stdout
    # Vacuumed as well as analysed: every page of the copy is marked all-visible, so the
    # roll-ups' covering indexes answer the first queries without reading the tables.
    pages = raw_sql(
        server,
        "SELECT relname, relallvisible, relpages FROM pg_class WHERE relkind = 'r' "
        f"AND relnamespace = '{schema}'::regnamespace AND relpages > 0 "
        "AND relname <> 'schema_version'",
    )
    assert len(pages) > 5 and all(seen == total for _name, seen, total in pages), pages
    assert run("db", "copy", "-", back, db=server).exit_code == 0
    with Store.open(first) as a, Store.open(server) as b, Store.open(back) as c:
        want = everything(a)
        for other in (b, c):
            for table, frame in everything(other).items():
                pd.testing.assert_frame_equal(frame, want[table], obj=table, check_dtype=False)
        assert b.add_article(Article(text="New talks in Ohrid."), [], []).article_id == 5


def test_exports_of_a_postgresql_store_equal_those_of_the_same_sqlite_store(
    tmp_path: Path, pg_server: PgServer
) -> None:
    """`newsmap export` reads a server store as it reads a file: the same rows and counts."""
    sqlite = str(tmp_path / "same.db")
    assert run("ingest", *INPUTS, db=sqlite).exit_code == 0
    server = pg_server.fresh_url()
    assert run("db", "copy", "-", server, db=sqlite).exit_code == 0
    written: dict[str, dict[str, str]] = {}
    for name, location in (("sqlite", sqlite), ("postgresql", server)):
        folder = tmp_path / name
        folder.mkdir()
        tables = run("export", "--format", "csv", "-o", str(folder / "csv"), db=location)
        units = folder / "units.geojson"
        areas = run(
            "export", "--level", "admin1", "--metric", "mentions", "-o", str(units), db=location
        )
        assert (tables.exit_code, areas.exit_code) == (0, 0), tables.output + areas.output
        assert PASSWORD not in tables.output + areas.output
        files = sorted((folder / "csv").iterdir()) + [units]
        written[name] = {f.name: f.read_text(encoding="utf-8-sig") for f in files}
    assert written["postgresql"] == written["sqlite"]
    got = written["sqlite"]
    articles = pd.read_csv(io.StringIO(got["articles.csv"]))
    assert len(articles) == len(INPUTS)
    features = json.loads(got["units.geojson"])["features"]
    counted = {f["properties"]["id"]: f["properties"]["mentions"] for f in features}
    assert counted["MK-85"] > 0 and sum(counted.values()) == counted["MK-85"]


def test_copy_into_a_store_that_holds_articles_is_refused(store_location: str, tmp_path: Path):
    source = str(tmp_path / "source.db")
    assert run("ingest", *INPUTS[:1], db=source).exit_code == 0
    assert run("ingest", *INPUTS[1:], db=store_location).exit_code == 0
    refused = run("db", "copy", source, "-", db=store_location)
    assert refused.exit_code == 1
    assert "already holds 3 articles" in refused.stderr
    with Store.open(store_location) as s:
        assert s.counts()["articles"] == 3


def test_a_password_typed_on_the_command_line_is_warned_about_and_never_echoed(
    store_location: str,
) -> None:
    result = CliRunner().invoke(cli, ["db", "migrate", "--db", store_location])
    assert result.exit_code == 0
    if "://" in store_location:
        assert "Warning: the password of postgresql://newsmap:***@" in result.stderr
    else:
        assert result.stderr == ""
    assert PASSWORD not in result.output


def test_the_top_level_help_says_a_store_may_be_a_server() -> None:
    text = run("--help").stdout
    assert "postgresql:// URL in $NEWSMAP_DB" in text
    assert "`newsmap db --help`" in text
