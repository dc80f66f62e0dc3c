"""extract_events: the seed article's evidence, and how events are placed."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events
from newsmap.model import Event

SEED_PUB = date(2023, 11, 23)


@pytest.fixture(scope="module")
def seed_events(seed_text, seed_mentions) -> list[Event]:
    return extract_events(seed_text, SEED_PUB, seed_mentions, ["XK", "BA", "RS"])


def _one(events: list[Event], date_s: str) -> Event:
    found = [e for e in events if e.date == date_s]
    assert len(found) == 1, [(e.date, e.surface) for e in events]
    return found[0]


def test_seed_dates_precisions_and_sources(seed_events):
    got = {(e.date, e.precision, e.date_source) for e in seed_events}
    assert {
        ("2023-09-24", "day", "explicit"),
        ("2023-05", "month", "explicit"),
        ("2004", "year", "explicit"),
        ("1990", "decade", "explicit"),
        ("2023-11-20", "day", "relative"),
        ("2023-11-22", "day", "relative"),
    } <= got
    # The only other event is the opening "this week" visit, dated by the week's month (the
    # week of 20-26 November lies in one month).
    assert got - {
        ("2023-09-24", "day", "explicit"),
        ("2023-05", "month", "explicit"),
        ("2004", "year", "explicit"),
        ("1990", "decade", "explicit"),
        ("2023-11-20", "day", "relative"),
        ("2023-11-22", "day", "relative"),
    } == {("2023-11", "month", "relative")}


def test_seed_events_sit_in_their_sentences(seed_text, seed_events):
    for e in seed_events:
        assert seed_text[e.start : e.end] == e.surface
        assert e.sentence_start <= e.start < e.end <= e.sentence_end
    sentence = {e.date: seed_text[e.sentence_start : e.sentence_end] for e in seed_events}
    assert "four people were killed" in sentence["2023-09-24"]
    assert sentence["2023-09-24"].startswith("On September 24")
    assert "NATO troops were injured" in sentence["2023-05"]
    assert "took over the peacekeeping mission" in sentence["2004"]
    assert "Cold War" in sentence["1990"]
    assert "Stoltenberg in Pristina said on Monday" in sentence["2023-11-20"]
    assert "press conference in Skopje on Wednesday" in sentence["2023-11-22"]


def test_seed_places_come_from_the_sentence(seed_events):
    killed = _one(seed_events, "2023-09-24")
    assert killed.countries == ("XK",)  # the ethnic Serbs are actors, Kosovo is the place
    assert killed.type == "violence"
    injured = _one(seed_events, "2023-05")
    assert injured.countries[0] == "XK"
    assert injured.type == "violence"
    eu = _one(seed_events, "2004")
    assert eu.countries[0] == "BA"
    assert eu.type == "military_security"
    monday = _one(seed_events, "2023-11-20")
    assert monday.countries[0] == "XK"
    assert monday.place_ids[0] == "gn:786714"  # Pristina
    wednesday = _one(seed_events, "2023-11-22")
    assert wednesday.countries[0] == "MK"
    assert wednesday.place_ids[0] == "gn:785842"  # Skopje
    assert wednesday.type == "diplomacy"


def test_region_level_names_never_locate_an_event(seed_events):
    visit = _one(seed_events, "2023-11")
    assert "rg:wb" not in visit.place_ids
    assert visit.countries == ("XK",)  # falls back to the article's main country


def test_no_event_from_the_stative_today_sentence(seed_text, seed_events):
    today = seed_text.index("Today, three of the six countries")
    assert not [e for e in seed_events if e.sentence_start <= today < e.sentence_end]


def test_seed_without_publication_date_keeps_only_explicit_years(seed_text, seed_mentions):
    got = extract_events(seed_text, None, seed_mentions, ["XK"])
    assert sorted((e.date, e.precision) for e in got) == [("1990", "decade"), ("2004", "year")]


def test_metonymic_capital_counts_for_its_country_but_gives_no_place(make_mention):
    text = "Belgrade rejected the plan on Monday."
    m = make_mention(text, "Belgrade", "", "RS", "city", "gn:792680", metonymic=True)
    (ev,) = extract_events(text, SEED_PUB, [m], ["XK"])
    assert ev.countries == ("RS",)
    assert ev.place_ids == ()


def test_demonym_locates_only_when_no_place_is_named(make_mention):
    text = "Kosovo Serbs protested on Friday."
    m = make_mention(text, "Kosovo Serbs", "", "XK", "demonym", "c:XK")
    (ev,) = extract_events(text, SEED_PUB, [m], ["RS"])
    assert (ev.countries, ev.type, ev.date) == (("XK",), "protest", "2023-11-17")


def test_one_event_per_distinct_date_in_a_sentence():
    text = "Serbia voted in elections on Sunday, April 3, and the war had begun in 1992."
    got = extract_events(text, date(2022, 4, 4), [], [])
    assert [(e.date, e.precision) for e in got] == [("2022-04-03", "day"), ("1992", "year")]


def test_publication_date_phrase_yields_to_a_specific_date():
    text = "Today marks the day NATO began bombing on 24 March 1999."
    got = extract_events(text, date(2024, 3, 24), [], [])
    assert [(e.date, e.date_source) for e in got] == [("1999-03-24", "explicit")]


def test_undated_and_stative_text_gives_nothing():
    assert extract_events("Police arrested two men in Skopje.", SEED_PUB, [], ["MK"]) == []
    assert extract_events("Today, Serbia is a candidate country.", SEED_PUB, [], ["RS"]) == []
    assert extract_events("", SEED_PUB, [], []) == []


def test_events_serialise_to_the_analyze_contract(seed_events):
    rec = seed_events[0].to_json()
    assert set(rec) == {
        "date",
        "precision",
        "date_source",
        "surface",
        "start",
        "end",
        "sentence_start",
        "sentence_end",
        "type",
        "countries",
        "place_ids",
    }
    assert isinstance(rec["countries"], list)


def test_events_built_without_init_equal_the_plain_ones(seed_text, seed_events):
    """Events are filled in through their dictionaries (a cheaper build than the frozen
    dataclass's __init__): each equals, field for field and in field order, the object its
    __init__ gives, hashes alike and stays frozen.  The dates they are made from (TimeExpr,
    a compiled class) are built by their constructor and hold to the same."""
    import dataclasses

    from newsmap.events.temporal import find_dates
    from newsmap.events.temporal.record import TimeExpr

    exprs = find_dates(seed_text, SEED_PUB)
    assert seed_events and exprs
    for obj, cls in [*((e, Event) for e in seed_events), *((x, TimeExpr) for x in exprs)]:
        names = [f.name for f in dataclasses.fields(cls)]
        plain = cls(**{name: getattr(obj, name) for name in names})
        assert obj == plain and hash(obj) == hash(plain) and repr(obj) == repr(plain)
        if cls is Event:
            assert list(vars(obj).items()) == list(vars(plain).items())
            assert names == list(vars(obj))
        with pytest.raises(dataclasses.FrozenInstanceError):
            obj.start = 0  # type: ignore[misc]  # the assignment a frozen dataclass refuses


def test_a_day_told_from_another_gives_way_to_the_date_beside_it():
    text = (
        "The march was set for Thursday. The banner was painted the previous evening, on 9 May, "
        "in a garage."
    )
    found = extract_events(text, date(2027, 5, 20), [], [])
    assert [(e.date, e.surface) for e in found][-1:] == [("2027-05-09", "on 9 May")]
    assert "the previous evening" not in [e.surface for e in found]


def test_an_opening_day_word_is_the_subject_only_before_a_verb():
    pub = date(2027, 6, 9)  # a Wednesday
    text = "Today the minister, who landed on Monday, opened the new bridge."
    found = [(e.date, e.surface) for e in extract_events(text, pub, [], [])]
    assert found == [("2027-06-09", "Today"), ("2027-06-07", "on Monday")]
    text = "Today marks ten years since the bridge opened on 9 June 2017."
    found = [(e.date, e.surface) for e in extract_events(text, pub, [], [])]
    assert found == [("2017-06-09", "on 9 June 2017")]
