"""The roll-ups answer exactly what the article rows answer, through every kind of write.

The dashboard's counts and markers come from per-day roll-ups when the filters are dates
alone.  Here a seeded random store is counted three ways: from the roll-ups, by the plain SQL
over mentions (the path other filters take), and by a few lines of Python over the stored
rows (the oracle).  The timeline's dots are compared with merging and stacking every selected
event report the long way, and the marker popups with sorting every (place, article) pair.
They must agree on every filter, after inserts, retags, deletes and upgrades of stores
written before each roll-up existed; and the roll-up tables kept up write by write must equal
the same tables rebuilt from scratch.
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from storekit import ROLLUPS, check_rebuild, dump

from newsmap import dots, query
from newsmap.errors import StoreError
from newsmap.events import merge_reports
from newsmap.model import Article, Event, Mention
from newsmap.query import Filters
from newsmap.query import sql as query_sql
from newsmap.query.areas import plain_counts
from newsmap.query.event_counts import selected_counts, subtracted_counts
from newsmap.store import COUNTED_LEVELS, SCHEMA_VERSION, Store, cells
from newsmap.view import timeline

#: Event dates of every precision; the decade puts the axis past three years (monthly dots;
#: `test_weekly_and_daily_dots_equal_the_oracle` moves the thresholds to see the others).
DATES = [
    ("2024-01-05", "day"),
    ("2024-01-06", "day"),
    ("2024-01-07", "day"),
    ("2024-02-01", "day"),
    ("2024-02", "month"),
    ("2024-01", "month"),
    ("2024", "year"),
    ("2020", "decade"),
    ("2021-03-01", "day"),
]

#: place id -> (name, country, admin1, level); one gazetteer for every article.
GAZ = {
    "gn:pr": ("Pristina", "XK", "XK-PR", "city"),
    "gn:mi": ("Mitrovica", "XK", "XK-MI", "city"),
    "gn:bg": ("Belgrade", "RS", "RS-00", "city"),
    "gn:ns": ("Novi Sad", "RS", "RS-VO", "city"),
    "gn:sk": ("Skopje", "MK", "MK-85", "city"),
    "gn:gz": ("Gazimestan", "XK", "XK-PR", "site"),
    "c:XK": ("Kosovo", "XK", None, "country"),
    "c:BA": ("Bosnia", "BA", None, "country"),
    "a:RS": ("Republika Srpska", "BA", "BA-SRP", "admin1"),
    "d:sr": ("Serbs", "RS", None, "demonym"),
    "r:wb": ("Western Balkans", None, None, "region"),
    "gn:mo": ("Moscow", "RU", "RU-MOW", "city"),
}
DAY0 = date(2024, 1, 1)
TYPES = ("violence", "protest", "diplomacy", "other")


def tagger_for(seed: int):
    """A tagger that places random gazetteer names in the text (seeded per article text)."""

    def tag(article: Article) -> tuple[list[Mention], list[Event]]:
        rng = random.Random(f"{seed}:{article.text}")
        mentions = []
        for word_start, word in _words(article.text):
            if word.startswith("P") and rng.random() < 0.9:
                pid = rng.choice(list(GAZ))
                name, country, admin1, level = GAZ[pid]
                lat = None if level == "region" or rng.random() < 0.05 else 42.0
                mentions.append(
                    Mention(
                        word_start,
                        word_start + len(word),
                        word,
                        pid,
                        name,
                        country,
                        admin1,
                        level,
                        lat,
                        21.0,
                        0.9,
                        rng.random() < 0.1,
                    )
                )
        events = []
        starts = rng.sample(range(len(article.text) - 1), rng.randrange(0, 5))
        for start in starts:
            # Few places, dates and types, so that many reports merge into one event.
            named = [m.place_id for m in mentions if m.place_id in ("gn:pr", "gn:bg")]
            places = tuple(rng.sample(named, min(len(named), rng.randrange(0, 3))))
            countries = tuple(rng.sample(["XK", "RS"], rng.randrange(0, 3)))
            when, precision = rng.choice(DATES[:3] * 3 + DATES[3:])
            end = rng.randrange(start + 1, len(article.text) + 1)
            events.append(
                Event(
                    when,
                    precision,
                    "explicit",
                    article.text[start : start + 1],
                    start,
                    start + 1,
                    start,
                    end,
                    rng.choice(TYPES[:2] * 3 + TYPES),
                    countries,
                    places,
                )
            )
        return mentions, events

    return tag


def _words(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for word in text.split(" "):
        yield pos, word
        pos += len(word) + 1


def _article(rng: random.Random, i: int) -> Article:
    words = " ".join(rng.choice(["Place", "Pact", "the", "and", "Post"]) for _ in range(12))
    published = None if rng.random() < 0.15 else DAY0 + timedelta(days=rng.randrange(0, 40))
    return Article(
        text=f"x{i} {words}", title=f"t{i}", published=published, source=rng.choice(["A", "B", "C"])
    )


def _random_filters(rng: random.Random, *, dates_only: bool) -> Filters:
    lo = DAY0 + timedelta(days=rng.randrange(-5, 45)) if rng.random() < 0.7 else None
    hi = DAY0 + timedelta(days=rng.randrange(-5, 45)) if rng.random() < 0.7 else None
    if lo and hi and lo > hi:
        lo, hi = hi, lo
    f = Filters(date_from=lo, date_to=hi, include_undated=rng.random() < 0.5)
    if rng.random() < 0.4:
        f = f.with_(countries=tuple(rng.sample(["XK", "RS", "MK", "BA", "AL"], 2)))
    if dates_only:
        return f
    pick = rng.randrange(4)
    if pick == 0:
        return f.with_(sources=(rng.choice("ABC"),))
    if pick == 1:
        return f.with_(admin1=(rng.choice(["XK-PR", "RS-VO", "BA-SRP"]),))
    if pick == 2:
        return f.with_(event_types=(rng.choice(TYPES),))
    return f.with_(text=rng.choice(["pact", "post", "x1"]))


# --------------------------------------------------------------------------- the oracle


def _selected(store: Store, f: Filters) -> set[int]:
    """Article ids the filters keep, by the plain article WHERE clause."""
    where, params = query.article_where(f)
    return set(store.query_frame(f"SELECT a.id FROM articles a WHERE {where}", params)["id"])


def oracle_counts(store: Store, f: Filters, level: str, metric: str) -> dict[str, int]:
    """Counts per area in plain Python over the stored mentions and events."""
    keep = _selected(store, f)
    col = "country" if level == "country" else "admin1"
    got: Counter[str] = Counter()
    if metric == "events":
        ments = store.mentions_frame()
        triples = zip(ments["article_id"], ments["place_id"], ments["admin1"], strict=True)
        units = {(int(a), p): u for a, p, u in triples if isinstance(u, str)}
        for rec in store.events_frame().to_dict("records"):
            aid = int(rec["article_id"])
            # The selected articles' events whose own date overlaps the range and whose type
            # is chosen (query.events).
            lo, hi = dots.event_span(rec["date"], rec["precision"])
            if (
                aid not in keep
                or (f.date_from and hi < f.date_from)
                or (f.date_to and lo > f.date_to)
                or (f.event_types and rec["type"] not in f.event_types)
            ):
                continue
            if level == "country":
                keys = {c for c in rec["countries"].split(",") if c}
            else:
                keys = {units[(aid, p)] for p in rec["place_ids"].split(",") if (aid, p) in units}
            got.update(keys)
    else:
        m = store.mentions_frame()
        m = m[m["article_id"].isin(keep) & m["level"].isin(COUNTED_LEVELS) & m[col].notna()]
        if metric == "articles":
            got.update(m.drop_duplicates(["article_id", col])[col])
        else:
            got.update(m[col])
    if f.countries and level == "country":
        got = Counter({k: v for k, v in got.items() if k in f.countries})
    return dict(got)


def mention_counts(run, f: Filters, level: str, metric: str) -> pd.DataFrame:
    """Articles or mentions per area straight from ``mentions`` in SQL: what ``article_areas``
    summarises."""
    where, params = query.article_where(f)
    key = "m.country" if level == "country" else "m.admin1"
    levels = ",".join("?" * len(COUNTED_LEVELS))
    agg = "COUNT(DISTINCT m.article_id)" if metric == "articles" else "COUNT(*)"
    sql = (
        f"SELECT {key} AS key, {agg} AS n FROM mentions m "
        f"JOIN articles a ON a.id = m.article_id "
        f"WHERE m.level IN ({levels}) AND {key} IS NOT NULL AND {where} GROUP BY {key} "
        f"ORDER BY {key}"
    )
    return run(sql, [*COUNTED_LEVELS, *params])


def oracle_places(store: Store, f: Filters) -> dict[str, int]:
    m = store.mentions_frame()
    m = m[
        m["article_id"].isin(_selected(store, f))
        & m["level"].isin(["city", "site"])
        & m["lat"].notna()
    ]
    return m.drop_duplicates(["article_id", "place_id"])["place_id"].value_counts().to_dict()


def oracle_dots(store: Store, f: Filters) -> pd.DataFrame:
    """The timeline's dots the long way: every selected report, merged, then stacked."""
    rows = query.events(store.query_frame, f)
    if rows.empty:
        return pd.DataFrame()
    merged = pd.DataFrame([m.to_dict() for m in merge_reports(rows.to_dict("records"))])
    points = timeline.event_points(merged)
    span = points["day"].max() - points["day"].min()
    period = dots.dot_period(span)
    return timeline.stack_points(points, period=period).assign(period=period)


def check_dots(store: Store, f: Filters) -> None:
    got = query.timeline_dots(store.query_frame, f)
    want = oracle_dots(store, f)
    everything = query.events(store.query_frame, f)
    assert got.reports == len(everything), f
    if want.empty:
        assert got.points.empty and got.events == 0, f
        return
    assert got.period == want["period"].iloc[0], f
    assert got.events == len(merge_reports(everything.to_dict("records"))), f
    shown = timeline.dot_points(got.points)
    want = want[shown.columns]
    for frame in (shown, want):
        frame["day"] = frame["day"].dt.strftime("%Y-%m-%d")
    pd.testing.assert_frame_equal(
        shown.reset_index(drop=True).astype(str),
        want.reset_index(drop=True).astype(str),
        obj=str(f),
    )


def oracle_popups(store: Store, f: Filters, per_place: int) -> list[tuple[str, int]]:
    """(place, article) of the newest `per_place` articles per marker place, by sorting all."""
    m = store.mentions_frame()
    m = m[
        m["article_id"].isin(_selected(store, f))
        & m["level"].isin(["city", "site"])
        & m["lat"].notna()
    ]
    pairs = m.drop_duplicates(["place_id", "article_id"])[["place_id", "article_id"]]
    dates = store.articles_frame().set_index("id")["published"]
    pairs = pairs.assign(published=pairs["article_id"].map(dates))
    pairs = pairs.sort_values(
        ["place_id", "published", "article_id"], ascending=[True, False, True], na_position="last"
    )
    top = pairs.groupby("place_id", sort=False).head(per_place)
    return list(zip(top["place_id"], top["article_id"].astype(int), strict=True))


def check_popups(store: Store, f: Filters, per_place: int) -> None:
    got = query.place_articles(store.query_frame, f, per_place=per_place)
    titles = store.articles_frame().set_index("title")["id"]
    pairs = [(p, int(titles[t])) for p, t in zip(got["place_id"], got["title"], strict=True)]
    assert pairs == oracle_popups(store, f, per_place), f


def check(store: Store, rng: random.Random, rounds: int, *, dates_only: bool) -> None:
    run = store.query_frame
    for _ in range(rounds):
        f = _random_filters(rng, dates_only=dates_only)
        if rng.random() < 0.5 and len(f.countries) == 2:
            f = f.with_(countries=f.countries[:1])  # the timeline's single-country scope
        check_dots(store, f)
        check_popups(store, f, rng.choice([1, 3, 5]))
        for level in query.LEVELS:
            for metric in query.METRICS:
                want = oracle_counts(store, f, level, metric)
                got = query.counts(run, f, level=level, metric=metric).to_dict()
                assert got == want, (f, level, metric)
                if not f.countries and metric != "events":  # the plain path agrees as well
                    plain = plain_counts(run, f, level, metric)
                    assert dict(zip(plain["key"], plain["n"], strict=True)) == want
                    raw = mention_counts(run, f, level, metric)
                    assert dict(zip(raw["key"], raw["n"], strict=True)) == want
                if metric == "events" and query_sql.dates_only(f):
                    # Each way of counting events by dates answers alike, whichever is used.
                    for way in (selected_counts, subtracted_counts):
                        frame = way(run, f, level)
                        assert dict(zip(frame["key"], frame["n"], strict=True)) == want, way
        markers = query.places(run, f)
        assert dict(zip(markers["place_id"], markers["count"], strict=True)) == oracle_places(
            store, f
        )
        for row in markers.itertuples():
            assert (row.name, row.country, row.admin1, row.level) == GAZ[row.place_id]


# --------------------------------------------------------------------------- tests


def _fill(location: str) -> Store:
    rng = random.Random(11)
    store = Store.open(location)
    tag = tagger_for(1)
    for i in range(60):
        art = _article(rng, i)
        store.add_article(art, *tag(art))
    return store


@pytest.fixture
def filled(store_location: str) -> Iterator[Store]:
    """The random store on each backend in turn."""
    store = _fill(store_location)
    yield store
    store.close()


@pytest.fixture
def filled_sqlite(tmp_path: Path) -> Iterator[Store]:
    """The random store in a SQLite file: older schemas existed only there."""
    store = _fill(str(tmp_path / "r.db"))
    yield store
    store.close()


def test_rollups_equal_the_oracle_on_random_date_filters(filled: Store) -> None:
    check(filled, random.Random(1), 25, dates_only=True)
    check_rebuild(filled)


@pytest.mark.parametrize("period", ["week", "day"])
def test_weekly_and_daily_dots_equal_the_oracle(filled: Store, monkeypatch, period: str) -> None:
    # The same store stacked per week or per day: the thresholds moved past its span.
    monkeypatch.setattr(dots, "MONTHLY_AFTER_DAYS", 100_000)
    if period == "day":
        monkeypatch.setattr(dots, "WEEKLY_AFTER_DAYS", 100_000)
    seen = set()
    rng = random.Random(3)
    for _ in range(15):
        f = _random_filters(rng, dates_only=True)
        check_dots(filled, f)
        seen.add(query.timeline_dots(filled.query_frame, f).period)
    assert period in seen and "month" not in seen


def test_other_filters_fall_back_and_agree(filled: Store) -> None:
    check(filled, random.Random(2), 20, dates_only=False)


def test_retag_and_delete_keep_rollups_right(filled: Store) -> None:
    filled.retag(tagger_for(2))
    check(filled, random.Random(3), 10, dates_only=True)
    check_rebuild(filled)
    ids = filled.query_frame("SELECT id FROM articles ORDER BY id")["id"].tolist()
    for article_id in ids[::3]:
        assert filled.delete_article(int(article_id))
    assert not filled.delete_article(10_000)
    check(filled, random.Random(4), 10, dates_only=True)
    check(filled, random.Random(6), 5, dates_only=False)
    check_rebuild(filled)
    assert filled.counts()["articles"] == len(ids) - len(ids[::3])


def test_a_retag_that_keeps_the_tags_changes_no_rollup(filled: Store) -> None:
    before = dump(filled)
    filled.retag(tagger_for(1))
    for table, frame in dump(filled).items():
        if table != "event_areas":  # same rows; only rowids moved
            pd.testing.assert_frame_equal(frame, before[table], obj=table)


def test_rollups_hold_no_empty_rows_after_everything_is_removed(filled: Store) -> None:
    for article_id in filled.query_frame("SELECT id FROM articles")["id"]:
        filled.delete_article(int(article_id))
    for table in [*ROLLUPS, "mentions", "events"]:
        if table != "place_info":  # what a marker showed of a place stays known
            assert filled.query_frame(f"SELECT COUNT(*) AS n FROM {table}")["n"].iloc[0] == 0


#: The roll-up tables each older schema lacked.
MISSING_IN = {
    1: ("area_days", "article_areas", "event_areas", "place_info", "event_groups", "event_spots"),
    2: ("article_areas", "event_groups", "event_spots"),
}


#: Schema 3 kept a row per group and scope, folded into the dots by triggers.
SCHEMA_3_GROUPS = """
CREATE TABLE event_groups (scope TEXT NOT NULL, date TEXT NOT NULL, precision TEXT NOT NULL,
    type TEXT NOT NULL, place TEXT NOT NULL, reports INTEGER NOT NULL, sources INTEGER NOT NULL,
    first_key INTEGER, country_key INTEGER, country TEXT, day TEXT, lo TEXT, hi TEXT,
    PRIMARY KEY (date, precision, type, place, scope)) WITHOUT ROWID;
CREATE TRIGGER event_groups_fold_new AFTER INSERT ON event_groups BEGIN
    UPDATE event_spots SET groups = groups + 1000; END;
INSERT INTO event_groups VALUES ('', '2024', 'year', 'other', 'XK', 1, 1, 0, NULL, NULL,
    '2024-01-01', '2024-01-01', '2024-12-31');
"""


#: Schema 6 had no monthly counts, and event_areas held only (article, kind, key).
SCHEMA_6_EVENT_AREAS = """
DROP TABLE area_months;
CREATE TABLE old_event_areas AS SELECT article_id, kind, key FROM event_areas;
DROP TABLE event_areas;
ALTER TABLE old_event_areas RENAME TO event_areas;
CREATE INDEX event_areas_article ON event_areas(article_id);
"""


@pytest.mark.parametrize("old", [*sorted(MISSING_IN), 3, 6])
def test_an_older_store_is_upgraded_by_migrate(filled_sqlite: Store, old: int) -> None:
    path = filled_sqlite.location
    want = dump(filled_sqlite)
    filled_sqlite.close()
    with sqlite3.connect(path) as raw:  # what a store of that schema looked like
        for table in MISSING_IN.get(old, ()):
            raw.execute(f"DROP TABLE {table}")
        if old == 2:  # and a schema-2 store's roll-ups hold data to replace
            raw.execute("UPDATE area_days SET articles = articles + 7")
        if old == 3:  # a group per row and scope, and a trigger that must not fire again
            raw.execute("DROP TABLE event_groups")
            raw.executescript(SCHEMA_3_GROUPS)
        if old == 6:
            raw.executescript(SCHEMA_6_EVENT_AREAS)
        raw.execute("UPDATE schema_version SET version = ?", (old,))
    with pytest.raises(StoreError, match="run `newsmap db migrate`"):
        Store.open(path)
    assert Store.migrate(path) == (old, SCHEMA_VERSION)
    with Store.open(path) as again:
        assert again.query_frame("SELECT version FROM schema_version")["version"].tolist() == [
            SCHEMA_VERSION
        ]
        for table, frame in dump(again).items():
            pd.testing.assert_frame_equal(frame, want[table], obj=table)
        check(again, random.Random(5), 5, dates_only=True)


def test_an_interrupted_upgrade_leaves_the_old_store(filled_sqlite: Store, monkeypatch) -> None:
    path = filled_sqlite.location
    filled_sqlite.close()
    with sqlite3.connect(path) as raw:
        for table in MISSING_IN[2]:
            raw.execute(f"DROP TABLE {table}")
        raw.execute("UPDATE schema_version SET version = 2")

    def boom(db: object) -> None:
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(cells, "rebuild", boom)
    with pytest.raises(Exception, match="disk full"):
        Store.migrate(path)
    with sqlite3.connect(path) as raw:  # one transaction: nothing of the upgrade stayed
        assert raw.execute("SELECT version FROM schema_version").fetchall() == [(2,)]
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        assert not names & set(MISSING_IN[2])


def test_failed_insert_leaves_rollups_untouched(filled: Store) -> None:
    before = dump(filled)
    text = "Pact Place in Post"
    mentions = [Mention(0, 4, "Pact", "gn:pr", "Pristina", "XK", "XK-PR", "city", 42.0, 21.0, 1.0)]
    broken = Event(None, "year", "explicit", "x", 0, 1, 0, 1, "other")  # type: ignore[arg-type]
    with pytest.raises(Exception, match="cannot store article"):
        filled.add_article(Article(text=text, published=DAY0), mentions, [broken])
    for table, frame in dump(filled).items():
        pd.testing.assert_frame_equal(frame, before[table], obj=table)


def test_a_batch_stores_what_one_by_one_stores_and_keeps_a_bad_article_out(
    filled: Store, new_location
) -> None:
    """Ingestion commits articles in batches: the result must not depend on the batching, and
    one refused article must not take its batch with it."""
    rng = random.Random(11)
    tag = tagger_for(1)
    items = []
    for i in range(60):
        art = _article(rng, i)
        items.append((art, *tag(art)))
    bad_text = "Pact Place in Post"
    bad_mention = Mention(0, 4, "Pact", "gn:pr", "Pristina", "XK", "XK-PR", "city", 42.0, 21.0, 1.0)
    broken = Event(None, "year", "explicit", "x", 0, 1, 0, 1, "other")  # type: ignore[arg-type]
    bad = (Article(text=bad_text, published=DAY0), [bad_mention], [broken])
    offsets = (Article(text="Tirana", published=DAY0), [bad_mention], [])  # span says "Tira"
    with Store.open(new_location()) as batched:
        results = batched.add_articles([*items[:25], bad, offsets, *items[25:], items[3]])
        assert [type(r).__name__ for r in results[24:28]] == [
            "AddResult",
            "StoreError",
            "StoreError",
            "AddResult",
        ]
        assert "cannot store article" in str(results[25])
        assert results[-1].status == "duplicate"  # type: ignore[union-attr]
        assert [r.status for r in results[:25] + results[27:-1]] == ["new"] * 60  # type: ignore[union-attr]
        want, got = dump(filled), dump(batched)
        for table, frame in got.items():
            pd.testing.assert_frame_equal(frame, want[table], obj=table)
        check_rebuild(batched)
        assert batched.integrity_check() == "ok"
