"""merge_reports: one event, many reports."""

from __future__ import annotations

from newsmap.events import MergedEvent, merge_reports
from newsmap.model import Event


def _event(date_s="2023-09-24", etype="violence", countries=("XK",), place_ids=("gn:1",)):
    return Event(
        date=date_s,
        precision="day",
        date_source="explicit",
        surface="On September 24",
        start=0,
        end=15,
        sentence_start=0,
        sentence_end=60,
        type=etype,
        countries=countries,
        place_ids=place_ids,
    )


def test_same_date_type_and_place_from_three_articles_merge():
    merged = merge_reports([("a1", _event()), ("a2", _event()), ("a3", _event())])
    assert len(merged) == 1
    (m,) = merged
    assert isinstance(m, MergedEvent)
    assert (m.date, m.type, m.place, m.sources, m.reports) == (
        "2023-09-24",
        "violence",
        "gn:1",
        3,
        3,
    )
    assert m.article_ids == ("a1", "a2", "a3")


def test_one_article_stating_an_event_twice_is_one_source():
    merged = merge_reports([("a1", _event()), ("a1", _event()), ("a2", _event())])
    assert [(m.sources, m.reports) for m in merged] == [(2, 3)]


def test_different_date_type_or_place_stay_apart_and_are_ordered():
    merged = merge_reports(
        [
            ("a1", _event()),
            ("a2", _event(date_s="2023-09-23")),
            ("a3", _event(etype="riot")),
            ("a4", _event(place_ids=("gn:2",))),
        ]
    )
    assert [(m.date, m.type, m.place) for m in merged] == [
        ("2023-09-23", "violence", "gn:1"),
        ("2023-09-24", "riot", "gn:1"),
        ("2023-09-24", "violence", "gn:1"),
        ("2023-09-24", "violence", "gn:2"),
    ]
    assert all(m.sources == 1 for m in merged)


def test_store_rows_with_string_lists_merge_by_country_when_no_place():
    rows = [
        {
            "article_id": 1,
            "date": "2023-05",
            "precision": "month",
            "type": "violence",
            "countries": "XK,RS",
            "place_ids": "",
            "sentence": "In May, troops were injured.",
        },
        {
            "article_id": 2,
            "date": "2023-05",
            "precision": "month",
            "type": "violence",
            "countries": '["XK"]',
            "place_ids": None,
        },
        {
            "article_id": 3,
            "date": "2023-05",
            "precision": "year",
            "type": "violence",
            "countries": ["XK"],
            "place_ids": [],
        },
    ]
    merged = merge_reports(rows)
    assert [(m.precision, m.place, m.sources) for m in merged] == [
        ("month", "XK", 2),
        ("year", "XK", 1),
    ]
    first = merged[0].to_dict()
    assert first["sentence"] == "In May, troops were injured."
    assert first["sources"] == 2 and first["article_ids"] == ["1", "2"]
    assert first["countries"] == ["XK", "RS"]


def test_reports_without_article_id_each_count_once():
    merged = merge_reports([_event().to_json(), _event().to_json()])
    assert [(m.sources, m.article_ids) for m in merged] == [(2, ())]


def test_empty_input():
    assert merge_reports([]) == []
