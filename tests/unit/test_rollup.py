"""The roll-ups answer exactly what the article rows answer, through every kind of write.

The dashboard's counts and markers come from per-day roll-ups when the filters are dates
alone.  Here a seeded random store is counted three ways: from the roll-ups, by the plain SQL
over mentions (the path other filters take), and by a few lines of Python over the stored
rows (the oracle).  They must agree on every filter, after inserts, retags, deletes and an
upgrade of a store written before the roll-ups existed.
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

from newsmap import query
from newsmap.model import Article, Event, Mention
from newsmap.query import Filters
from newsmap.store import COUNTED_LEVELS, SCHEMA_VERSION, Store

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
                mentions.append(Mention(word_start, word_start + len(word), word, pid, name,
                                        country, admin1, level, lat, 21.0, 0.9,
                                        rng.random() < 0.1))  # fmt: skip
        events = []
        for _ in range(rng.randrange(0, 4)):
            places = tuple(rng.sample([m.place_id for m in mentions], min(len(mentions), 2)))
            countries = tuple(rng.sample(["XK", "RS", "MK", "BA"], rng.randrange(0, 3)))
            events.append(Event("2024-02", "month", "explicit", "x", 0, 1, 0, 1,
                                rng.choice(TYPES), countries, places))  # fmt: skip
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
    return Article(text=f"x{i} {words}", title=f"t{i}", published=published,
                   source=rng.choice(["A", "B", "C"]))  # fmt: skip


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
            if aid not in keep:
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


def oracle_places(store: Store, f: Filters) -> dict[str, int]:
    m = store.mentions_frame()
    m = m[m["article_id"].isin(_selected(store, f)) & m["level"].isin(["city", "site"])
          & m["lat"].notna()]  # fmt: skip
    return m.drop_duplicates(["article_id", "place_id"])["place_id"].value_counts().to_dict()


def check(store: Store, rng: random.Random, rounds: int, *, dates_only: bool) -> None:
    run = store.query_frame
    for _ in range(rounds):
        f = _random_filters(rng, dates_only=dates_only)
        for level in query.LEVELS:
            for metric in query.METRICS:
                want = oracle_counts(store, f, level, metric)
                got = query.counts(run, f, level=level, metric=metric).to_dict()
                assert got == want, (f, level, metric)
                if not f.countries:  # the plain path, forced, agrees as well
                    plain = query._plain_counts(run, f, level, metric)
                    assert dict(zip(plain["key"], plain["n"], strict=True)) == want
        markers = query.places(run, f)
        assert dict(zip(markers["place_id"], markers["count"], strict=True)) == oracle_places(
            store, f)
        for row in markers.itertuples():
            assert (row.name, row.country, row.admin1, row.level) == GAZ[row.place_id]


# --------------------------------------------------------------------------- tests


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Store]:
    rng = random.Random(11)
    store = Store.open(str(tmp_path / "r.db"))
    tag = tagger_for(1)
    for i in range(60):
        art = _article(rng, i)
        store.add_article(art, *tag(art))
    yield store
    store.close()


def test_rollups_equal_the_oracle_on_random_date_filters(filled: Store) -> None:
    check(filled, random.Random(1), 25, dates_only=True)


def test_other_filters_fall_back_and_agree(filled: Store) -> None:
    check(filled, random.Random(2), 20, dates_only=False)


def test_retag_and_delete_keep_rollups_right(filled: Store) -> None:
    filled.retag(tagger_for(2))
    check(filled, random.Random(3), 10, dates_only=True)
    ids = filled.query_frame("SELECT id FROM articles ORDER BY id")["id"].tolist()
    for article_id in ids[::3]:
        assert filled.delete_article(int(article_id))
    assert not filled.delete_article(10_000)
    check(filled, random.Random(4), 10, dates_only=True)
    assert filled.counts()["articles"] == len(ids) - len(ids[::3])


def test_rollups_hold_no_empty_rows_after_everything_is_removed(filled: Store) -> None:
    for article_id in filled.query_frame("SELECT id FROM articles")["id"]:
        filled.delete_article(int(article_id))
    for table in ("area_days", "event_areas", "mentions", "events"):
        assert filled.query_frame(f"SELECT COUNT(*) AS n FROM {table}")["n"].iloc[0] == 0


def test_a_store_from_before_the_rollups_is_upgraded_on_open(filled: Store) -> None:
    path = filled.location
    want = filled.query_frame("SELECT * FROM area_days ORDER BY kind, day, key")
    filled.close()
    with sqlite3.connect(path) as raw:  # what a schema-1 store looked like
        for table in ("area_days", "event_areas", "place_info"):
            raw.execute(f"DROP TABLE {table}")
        raw.execute("UPDATE schema_version SET version = 1")
    with Store.open(path) as again:
        assert again.query_frame("SELECT version FROM schema_version")["version"].tolist() == [
            SCHEMA_VERSION]
        got = again.query_frame("SELECT * FROM area_days ORDER BY kind, day, key")
        pd.testing.assert_frame_equal(got, want)
        check(again, random.Random(5), 5, dates_only=True)


def test_failed_insert_leaves_rollups_untouched(filled: Store) -> None:
    before = filled.query_frame("SELECT * FROM area_days ORDER BY kind, day, key")
    text = "Pact Place in Post"
    mentions = [Mention(0, 4, "Pact", "gn:pr", "Pristina", "XK", "XK-PR", "city", 42.0, 21.0, 1.0)]
    broken = Event(None, "year", "explicit", "x", 0, 1, 0, 1, "other")  # type: ignore[arg-type]
    with pytest.raises(Exception, match="cannot store article"):
        filled.add_article(Article(text=text, published=DAY0), mentions, [broken])
    after = filled.query_frame("SELECT * FROM area_days ORDER BY kind, day, key")
    pd.testing.assert_frame_equal(after, before)
