"""Free-text search folds case and diacritics on both backends, and the languages filter
keeps the articles written in the languages asked for."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from storekit import raw_sql

from newsmap import query
from newsmap.errors import InvalidFilterError
from newsmap.model import Article
from newsmap.query import Filters
from newsmap.store import SCHEMA_VERSION, Store

ARTICLES = {
    "cacak": Article(
        text="Protest u Čačku: građani Čačak okupili su se ispred opštine.",
        title="Čačak",
        language="sh",
    ),
    "beograd": Article(
        text="Протест у Београду против закона о медијима.", title="Вести", language="sr"
    ),
    "gjakova": Article(text="Në Đakovica u mbajt një tubim paqësor.", title="Tubim", language="sq"),
    "ohrid": Article(text="Festivali i Ohërit u hap mbrëmë.", title="Festival", language="sq"),
    "english": Article(
        text="Talks in Brussels went on late; no deal on energy.",
        title="Brussels talks",
        language="en",
    ),
}


@pytest.fixture
def store(store_location: str) -> Iterator[Store]:
    with Store.open(store_location) as s:
        for article in ARTICLES.values():
            s.add_article(article, [], [])
        yield s


def found(store: Store, f: Filters) -> set[str]:
    titles = set(query.articles(store.query_frame, f)["title"])
    return {key for key, a in ARTICLES.items() if a.title in titles}


@pytest.mark.parametrize(
    ("words", "want"),
    [
        ("Čačak", {"cacak"}),
        ("čačak", {"cacak"}),
        ("ČAČAK", {"cacak"}),
        ("Cacak", {"cacak"}),
        ("cačak", {"cacak"}),
        ("Београд", {"beograd"}),
        ("БЕОГРАД", {"beograd"}),
        ("београд", {"beograd"}),
        ("Đakovica", {"gjakova"}),
        ("đakovica", {"gjakova"}),
        ("Dakovica", {"gjakova"}),
        ("Ohër", {"ohrid"}),
        ("OHËR", {"ohrid"}),
        ("oher", {"ohrid"}),
        ("вести", {"beograd"}),  # the title is searched too
        ("brussels TALKS", {"english"}),
        ("100%", set()),  # LIKE's wildcards are plain characters here
        ("_", set()),
    ],
)
def test_search_folds_case_and_diacritics(store: Store, words: str, want: set[str]) -> None:
    assert found(store, Filters(text=words)) == want


def test_search_counts_and_markers_agree_with_the_list(store: Store) -> None:
    f = Filters(text="čAčak")
    assert query.published_dates(store.query_frame, f).size == 1


def test_languages_filter_keeps_the_languages_asked_for(store: Store) -> None:
    assert found(store, Filters(languages=("sq",))) == {"gjakova", "ohrid"}
    assert found(store, Filters(languages=("sr", "sh"))) == {"cacak", "beograd"}
    assert found(store, Filters(languages=("sq",), text="ohër")) == {"ohrid"}
    assert found(store, Filters(languages=("de",))) == set()
    assert "languages: sr, sh" in Filters(languages=("sr", "sh")).summary()


@pytest.mark.parametrize("bad", ["Serbian", "s", "sr,sq", "", "sr cyrl"])
def test_a_language_that_is_no_code_is_refused(bad: str) -> None:
    with pytest.raises(InvalidFilterError, match="language"):
        Filters(languages=(bad,))


def test_migrate_folds_the_text_of_a_schema_5_store(store_location: str) -> None:
    with Store.open(store_location) as s:
        for article in ARTICLES.values():
            s.add_article(article, [], [])
    # What migrate finds in a schema-5 store: no folded text (the column itself is added
    # when it is missing).
    raw_sql(
        store_location,
        "UPDATE articles SET search = NULL",
        "UPDATE schema_version SET version = 5",
    )
    assert Store.migrate(store_location) == (5, SCHEMA_VERSION)
    with Store.open(store_location) as s:
        assert found(s, Filters(text="CACAK")) == {"cacak"}
        assert found(s, Filters(text="dakovica")) == {"gjakova"}
