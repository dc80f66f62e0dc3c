"""Rules from the local dev11 round (tests/data/events/local/README.md, ``## dev11.jsonl``), each
on made-up sentences in our own words.

- Albanian "që nga" (since) before a weekday is the last such day, whatever the verb.
- A condition after a comma ("..., če uprava ne bo ...", "..., ako ...") is a clause of its
  own: its future does not turn the date before it ahead.
- Albanian "brenda" (within) before a month is a deadline: the nearest month of its name.
- A day set by a scheduling verb ("ka caktuar derbin ... më 14 mars") is the nearest of its
  name, even when the verb is in the perfect.
- A feast in a yearly habit's clause ("Svake godine dolazim za Bajram") or in a "when" clause
  after a day named right before it ("na Badnji dan, kada ... za Božić") is no event.
- "Today" set against a time long gone in its sentence ("..., a danas ...") is nowadays.
- A "next" weekday after a coming day of its sentence ("U nedjelju ..., a sljedeće subote")
  is the first of its name after that day.
- Shrove Tuesday ("pustni torek") and Ash Wednesday ("Pepelnica", "pepelnična sreda") are 47
  and 46 days before the Catholic Easter.
- The genitives of nouns in -al ("finala", "kanala") are no l-participles: "U sredu se igra
  revanš polufinala" is told in the present.
- "This year" dates a happening when it is "earlier this year" ("ranije ove godine", no date
  apposed after it) or a first told in the future or the past ("će ove godine prvi put",
  "годинава за прв пат беа"); a count's or a programme's "this year" stays no event.
- Macedonian "до крајот на неделава" (this week's end) is a deadline, the week's month, and a
  verb of expecting before a week's or a month's end ("očekuju ... do kraja sedmice") sets it
  as one to come.
- A "last" weekday ("prošlog četvrtka", "минатиот петок", "prejšnji torek") is the day of its
  name in the calendar week before the publication's, even when a nearer one is yesterday.
- "Today" before a verb of a lasting state or a word of how often ("koja danas živi u Beču",
  "денес трае еден час", "danas o tome retko govore") is nowadays.
- A Serbo-Croatian passive participle that qualifies a noun right before a weekday ("zbog
  povrede zadobijene u subotu") dates that noun's happening, gone by, in a future sentence;
  after a future auxiliary ("biće otvoren u petak") it stays ahead.
- A year word, then a clitic auxiliary and the feast's preposition ("Prošle godine smo za
  Božić bili ...") gives the feast its year: one date, as "Lani na Martinje" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events

THU = date(2025, 3, 6)  # a Thursday


def _days(text: str, language: str, pub: date = THU) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.date) for e in extract_events(text, pub, [], [], [language])]


def _dates(text: str, language: str, pub: date = THU) -> list[str]:
    return [d for _, d in _days(text, language, pub)]


def test_albanian_since_weekday_is_the_last_one() -> None:
    text = "Policia patrullon në kufi bashkë me ushtrinë që nga e hëna."
    assert _dates(text, "sq") == ["2025-03-03"]
    # "nga e hëna" alone with a present of a timetable still looks ahead
    ahead = "Autobusi i ri qarkullon nga e hëna çdo orë."
    assert _dates(ahead, "sq") != ["2025-03-03"]


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "Sindikat voznikov je v torek napovedal stavko, če direktor do petka ne bo odstopil.",
            "sl",
            "2025-03-04",
        ),
        (
            "Sindikat je u utorak upozorio upravu, ako ugovor ne bude potpisan, radnici će stati.",
            "sr",
            "2025-03-04",
        ),
        (
            "Радниците во вторникот најавија штрајк, ако управата не го потпише договорот, ќе "
            "ја блокираат фабриката.",
            "mk",
            "2025-03-04",
        ),
    ],
)
def test_condition_after_comma_is_its_own_clause(text: str, language: str, day: str) -> None:
    assert _dates(text, language)[0] == day


def test_albanian_within_a_month_is_a_deadline() -> None:
    text = "Ministri tha se ligji duhet të miratohet brenda prillit."
    assert _dates(text, "sq") == ["2025-04"]


def test_albanian_scheduled_day_is_the_nearest() -> None:
    text = "Komuna ka caktuar seancën dëgjimore për buxhetin më 20 mars."
    assert _dates(text, "sq") == ["2025-03-20"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Svake godine putujemo kod roditelja za Bajram i ostajemo dvije sedmice.", "bs"),
        ("Секоја година доаѓаме во селото за Божиќ.", "mk"),
    ],
)
def test_feast_in_a_yearly_habit_is_no_event(text: str, language: str) -> None:
    assert _days(text, language) == []


def test_feast_in_a_when_clause_after_a_day_is_no_event() -> None:
    text = (
        "Policija najveće gužve očekuje u petak, a zatim na Badnji dan, kada se radnici iz "
        "inostranstva vraćaju kući za Božić."
    )
    found = _dates(text, "sr", date(2025, 12, 30))
    assert "2026-01-07" not in found
    assert "2026-01-06" in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Škola je otvorena 1958. godine, a danas u nju ide samo devet učenika.", "sr"),
        ("Родитељи су се одселили још осамдесетих, а деца данас долазе само лети.", "sr"),
        ("Nekada je selo imalo petsto stanovnika, a danas ih živi tridesetak.", "bs"),
    ],
)
def test_today_against_a_time_long_gone_is_nowadays(text: str, language: str) -> None:
    assert all(d != THU.isoformat() for d in _dates(text, language))


def test_today_after_a_plain_clause_stays_today() -> None:
    text = "Sednica je počela u ponedeljak, a danas su poslanici usvojili budžet."
    assert THU.isoformat() in _dates(text, "sr")


def test_next_weekday_after_a_coming_day_of_its_sentence_follows_it() -> None:
    # told on a Thursday: Sunday is the 9th, and the "next Saturday" after it the 15th
    text = "U nedjelju Rijeka dočekuje Osijek, a sljedeće subote putuje u Varaždin."
    assert _dates(text, "hr") == ["2025-03-09", "2025-03-15"]
    alone = "Rijeka sljedeće subote putuje u Varaždin."
    assert _dates(alone, "hr") == ["2025-03-08"]


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Povorka mask bo po mestu krenila na pustni torek popoldne.", "sl", "2025-03-04"),
        ("Zadnji ples pred postom bo na pustni torek v dvorani.", "sl", "2025-03-04"),
        ("Misa će biti održana na Pepelnicu u župnoj crkvi.", "hr", "2025-03-05"),
    ],
)
def test_shrove_tuesday_and_ash_wednesday(text: str, language: str, day: str) -> None:
    assert day in _dates(text, language, date(2025, 2, 20))


def test_noun_in_al_is_no_participle() -> None:
    # told on a Monday: the match is played on the coming Wednesday
    text = "U sredu se igra revanš polufinala kupa u Kraljevu."
    assert _dates(text, "sr", date(2025, 3, 3)) == ["2025-03-05"]


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("Ministar je ranije ove godine dva puta posjetio Tiranu.", "bs", "2025"),
        ("Opština će ove godine prvi put podijeliti stipendije studentima.", "cnr", "2025"),
        ("Виното годинава за прв пат беше извезено во Јапонија.", "mk", "2025"),
    ],
)
def test_this_year_dating_a_happening(text: str, language: str, year: str) -> None:
    assert _dates(text, language) == [year]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ovo je četvrta takva nesreća ove godine.", "sr"),
        ("Ranije ove godine, u januaru, sud je odbio žalbu.", "sr"),
        ("Ove godine prvi put nastupaju i orkestri iz Grčke.", "sr"),
    ],
)
def test_this_year_as_a_span_stays_no_event(text: str, language: str) -> None:
    assert "2025" not in _dates(text, language)


def test_macedonian_end_of_this_week_expected() -> None:
    text = "Земјоделците очекуваат парите да бидат исплатени до крајот на неделава."
    assert _dates(text, "mk") == ["2025-03"]


@pytest.mark.parametrize(
    ("text", "language", "pub", "day"),
    [
        ("Ekipa je prošlog četvrtka izgubila u Splitu.", "hr", date(2025, 3, 7), "2025-02-27"),
        ("Сабор је прошле суботе изабрао нову владу.", "sr", date(2025, 3, 9), "2025-03-01"),
        ("Министерот минатиот вторник го посети Охрид.", "mk", date(2025, 3, 5), "2025-02-25"),
        ("Ekipa je prošlog petka izgubila u Splitu.", "hr", date(2025, 3, 6), "2025-02-28"),
    ],
)
def test_last_weekday_is_in_the_week_before(text: str, language: str, pub: date, day: str) -> None:
    assert _dates(text, language, pub) == [day]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Jedna od svjedokinja, koja danas živi u Beču, doći će na ročište.", "bs"),
        ("Возот од Скопје до Битола денес трае речиси четири часа.", "mk"),
        ("Mladi danas o ratu rijetko razgovaraju s roditeljima.", "hr"),
    ],
)
def test_today_before_a_state_is_nowadays(text: str, language: str) -> None:
    assert THU.isoformat() not in _dates(text, language)


def test_passive_participle_before_a_weekday_is_its_own_past() -> None:
    text = "Napadač će propustiti utakmicu zbog povrede zadobijene u subotu na treningu."
    assert _dates(text, "sr") == ["2025-03-01"]
    ahead = "Novi most biće otvoren u subotu ujutro."
    assert _dates(ahead, "sr") == ["2025-03-08"]


def test_year_word_with_a_clitic_before_a_feast_is_one_date() -> None:
    text = "Prošle godine smo za Božić bili kod bake u Čačku."
    assert _dates(text, "sr") == ["2024-01-07"]
