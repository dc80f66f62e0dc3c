"""Rules from the local dev9 round (tests/data/events/local/README.md, ``## dev9.jsonl``), each
on made-up sentences in our own words.

- A span of weekdays ("od srede do petka", "nga e mërkura deri të premten", "од петокот до
  неделата") gives two events, its first day by tense and its last day counted from the first.
- Albanian: "nga e hëna" (from Monday, the definite nominative) and "për të mërkurën" (the
  Wednesday a plan is for).
"""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events

TUE = date(2025, 3, 4)  # a Tuesday


def _days(text: str, language: str, pub: date = TUE) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.date) for e in extract_events(text, pub, [], [], [language])]


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        (
            "Sajam cveća biće otvoren od četvrtka do nedelje u hali.",
            "sr",
            "2025-03-06",
            "2025-03-09",
        ),
        (
            "„Od utorka do petka bit će kišovito i hladno”, rekla je meteorologinja.",
            "hr",
            "2025-03-11",
            "2025-03-14",
        ),
        (
            "Most je bio zatvoren od subote do ponedjeljka zbog popravki.",
            "bs",
            "2025-03-01",
            "2025-03-03",
        ),
        ("Киша је падала од петка до недеље у целом округу.", "sr", "2025-02-28", "2025-03-02"),
        ("Патот ќе биде затворен од средата до петокот.", "mk", "2025-03-05", "2025-03-07"),
        (
            "Razstava bo odprta od srede do sobote v mestni galeriji.",
            "sl",
            "2025-03-05",
            "2025-03-08",
        ),
        (
            "Punëtorët paralajmëruan grevë nga e mërkura deri të premten.",
            "sq",
            "2025-03-05",
            "2025-03-07",
        ),
        (
            "Festivali zgjati nga e premtja deri të dielën në qendër.",
            "sq",
            "2025-02-28",
            "2025-03-02",
        ),
    ],
)
def test_a_span_of_weekdays_gives_its_first_and_last_day(text, language, first, last):
    assert [d for _, d in _days(text, language)] == [first, last]


def test_a_past_span_ends_after_its_start_not_a_week_ahead():
    # "do ponedeljka" alone is a deadline ahead; closing a past span it is the Monday gone by
    found = _days("Kiše su padale od subote do ponedeljka i reka se izlila.", "sr")
    assert [d for _, d in found] == ["2025-03-01", "2025-03-03"]


def test_a_span_over_the_month_edge():
    found = _days("Sednica će trajati od utorka do četvrtka.", "sr", date(2023, 2, 27))
    assert [d for _, d in found] == ["2023-02-28", "2023-03-02"]


def test_a_span_of_dates_stays_no_event():
    assert _days("Sajam će trajati od 3. aprila do 9. aprila u hali.", "sr") == []


def test_albanian_from_a_weekday_alone():
    found = _days("Kontrollet do të fillojnë nga e hëna në të gjitha pikat.", "sq")
    assert [d for _, d in found] == ["2025-03-10"]


def test_albanian_a_plan_for_a_weekday_looks_ahead():
    found = _days("Qeveria shpalli ditë zie për të mërkurën.", "sq")
    assert [d for _, d in found] == ["2025-03-05"]


MON = date(2023, 2, 27)  # a Monday


def test_a_past_clause_of_its_own_after_the_future_one():
    text = "Sjednica će trajati tri dana, odlučio je kolegijum predsjednice u petak."
    assert [d for _, d in _days(text, "cnr", MON)] == ["2023-02-24"]


def test_slovenian_past_clause_joined_with_pa_after_a_future_one():
    text = "Študenti bodo spali v dvorani, meščani pa so že v ponedeljek začeli zbirati hrano."
    assert [d for _, d in _days(text, "sl")] == ["2025-03-03"]


def test_a_timetable_clause_after_the_comma_stays_ahead():
    text = "Sljedeće kolo igra u nedjelju, a u srijedu je na rasporedu zaostala utakmica."
    assert [d for _, d in _days(text, "hr", MON)] == ["2023-03-05", "2023-03-01"]


def test_albanian_future_with_the_objects_clitic():
    text = "Vëzhguesit do ta paraqesin raportin e tyre të enjten në Tiranë."
    assert [d for _, d in _days(text, "sq")] == ["2025-03-06"]


def test_macedonian_is_expected_looks_ahead():
    assert [d for _, d in _days("Најголема гужва се очекува во саботата.", "mk")] == ["2025-03-08"]
    assert [d for _, d in _days("Бранот иселеници се очекува во јули.", "mk")] == ["2025-07"]


def test_a_noun_ending_like_a_participle_is_no_past():
    # "kanala", "Bela" end like l-participles; with no auxiliary nor "se" the clause is present
    text = "Mesna zajednica Bela Voda organizuje akciju čišćenja kanala u subotu."
    assert [d for _, d in _days(text, "sr")] == ["2025-03-08"]
    text = "Mesna zajednica je organizovala akciju čišćenja kanala u subotu."
    assert [d for _, d in _days(text, "sr")] == ["2025-03-01"]


def test_ever_since_after_a_perfect_is_the_day_it_began():
    assert [d for _, d in _days("Mnogi su pješačili do manastira još od petka.", "cnr")] == [
        "2025-02-28"
    ]
    assert _days("Elektrane rade smanjenim kapacitetom još od prošlog mjeseca.", "bs") == []


SUN = date(2024, 5, 13)  # a Monday after a Sunday feast


def test_a_counted_day_counts_from_the_day_that_lands_on_its_weekday():
    text = (
        "Vjernici su juče pohodili manastir. Mnogi su pješačili još od petka. "
        "Dan ranije, u subotu, služeno je bdenije."
    )
    assert [d for _, d in _days(text, "cnr", SUN)] == [
        "2024-05-12",
        "2024-05-10",
        "2024-05-11",
        "2024-05-11",
    ]


def test_the_weekday_beside_a_counted_day_takes_its_date():
    text = (
        "Reprezentacija će igrati u Kopenhagenu 12. oktobra. "
        "Tri dana kasnije, u utorak, Srbija dočekuje Švajcarsku."
    )
    found = _days(text, "sr", date(2024, 10, 7))
    assert [d for _, d in found][-2:] == ["2024-10-15", "2024-10-15"]


def test_statehood_day_of_the_state_a_text_names_by_its_adjective_or_dateline():
    text = "HERCEG NOVI – Na prelazu su juče, na Dan državnosti, vozila čekala satima."
    assert [d for _, d in _days(text, "cnr", date(2025, 7, 14))] == ["2025-07-13", "2025-07-13"]
    text = "Crnogorska policija je juče, na Dan državnosti, pojačala kontrole kod Hrvatske."
    assert [d for _, d in _days(text, "cnr", date(2025, 7, 14))] == ["2025-07-13", "2025-07-13"]


def test_saint_basil_of_ostrog_and_sretenje_in_slovenian():
    text = "Vjernici su juče, na Svetog Vasilija Ostroškog, pohodili manastir."
    assert [d for _, d in _days(text, "cnr", date(2024, 5, 13))] == ["2024-05-12", "2024-05-12"]
    text = "Študenti bodo v soboto, na sretenje, pripravili shod v Kragujevcu."
    assert [d for _, d in _days(text, "sl", date(2025, 2, 11))] == ["2025-02-15", "2025-02-15"]


def test_slovenian_instrumental_month_and_weekend_with_its_modifier():
    pub = date(2022, 12, 22)  # a Thursday
    text = "Mejne kontrole bodo odpravili s 1. januarjem."
    assert [d for _, d in _days(text, "sl", pub)] == ["2023-01-01"]
    text = "Prejšnji konec tedna so na prehodu čakali do tri ure."
    assert [d for _, d in _days(text, "sl", pub)] == ["2022-12"]
    # a habit's weekend is none, nor the bare one
    assert _days("Smučarji vsako pomlad pridejo na ta konec tedna.", "sl", pub) == []


def test_by_the_end_of_the_week_named_by_sunday_is_that_sunday():
    text = "Predsednica očekuje da se o budžetu glasa do kraja nedelje."
    assert [d for _, d in _days(text, "sr", date(2022, 11, 21))] == ["2022-11-27"]
    text = "Председница очекује да се о буџету гласа до краја недеље."
    assert [d for _, d in _days(text, "sr", date(2022, 11, 21))] == ["2022-11-27"]


def test_the_year_a_budget_is_for_is_no_event():
    text = "Poslanici počinju raspravu o predlogu budžeta za 2023. godinu."
    assert _days(text, "sr", date(2022, 11, 21)) == []


def test_a_season_announced_in_the_passive_is_its_next_year():
    text = "Novi zakon o platama najavljen je za proleće."
    assert [d for _, d in _days(text, "sr", date(2022, 11, 21))] == ["2023"]
    assert _days("Poseta je dogovorena za proleće.", "sr", date(2022, 11, 21)) == []


KOSOVO_DAY = date(2026, 2, 18)


def test_a_counted_day_skips_a_spans_ends():
    text = (
        "Mërgimtarët në Kosovë festuan dje, në Ditën e Pavarësisë. "
        "Programi zgjati nga e premtja deri të dielën. "
        "Një ditë më parë u ngrit flamuri në Prishtinë."
    )
    found = _days(text, "sq", KOSOVO_DAY)
    assert found[-1] == ("Një ditë më parë", "2026-02-16")


def test_albanian_days_earlier_after_the_verb_are_days_ago():
    text = "Anija e parë me kontejnerë mbërriti dy ditë më parë."
    assert [d for _, d in _days(text, "sq", KOSOVO_DAY)] == ["2026-02-16"]


def test_a_count_from_an_untold_happening_restates_its_sentences_day():
    text = "Policia njoftoi sot se janë gjetur dy depo me armë, dy ditë pas sulmit."
    assert [d for _, d in _days(text, "sq", date(2023, 9, 26))] == ["2023-09-26", "2023-09-26"]


def test_a_decade_since_which_a_state_holds_is_no_event():
    assert _days("„Патот не е поправан од осумдесеттите“, вели тој.", "mk") == []
    assert _days("Put nije popravljan od devedesetih.", "sr") == []


def test_a_bare_copula_tells_a_weekday_to_come():
    pub = date(2024, 10, 7)  # a Monday
    text = "Prvo gostovanje je u subotu u Kopenhagenu protiv Danske, na stadionu Parken."
    assert [d for _, d in _days(text, "sr", pub)] == ["2024-10-12"]
    # a participle of either kind, anywhere in the sentence, keeps the past
    for text in (
        "Utakmica je odigrana u subotu u Kopenhagenu.",
        "Uhićen je u ponedjeljak na graničnom prijelazu.",
        "Napadač je u srijedu, oko 17.30, u restoranu ubio troje ljudi.",
        "Sastanak je bio u petak.",
    ):
        assert [d for _, d in _days(text, "sr", pub)][0] <= "2024-10-07", text


def test_slovenian_clause_joined_with_pa_after_its_first_words_is_its_own():
    text = (
        "Veleposlanik je povedal, da se je v ponedeljek sestal s predstavniki društev, "
        "prihodnji teden pa bo obiskal še Koper."
    )
    assert [d for _, d in _days(text, "sl", date(2025, 11, 26))][0] == "2025-11-24"


def test_albanian_the_next_day_with_no_day_to_count_from_is_not_tomorrow():
    text = "Festa do të mbyllet në mars me një koncert, dhe të nesërmen do të ketë panair."
    assert [s for s, _ in _days(text, "sq")] == ["në mars"]


def test_the_day_after_tomorrow_in_its_common_spellings():
    assert _days("Sastanak će biti održan preksutra u Beogradu.", "sr") == [
        ("preksutra", "2025-03-06")
    ]
    assert _days("Takimi do të mbahet pasnesër në Prishtinë.", "sq") == [("pasnesër", "2025-03-06")]


def test_this_weekday_by_the_tense_of_its_clause():
    assert _days("Protest je zakazan za ovaj petak.", "sr") == [("za ovaj petak", "2025-03-07")]
    assert _days("Ove subote održan je protest.", "sr") == [("Ove subote", "2025-03-01")]
    assert _days("Собранието ќе заседава овој четврток.", "mk") == [("овој четврток", "2025-03-06")]
    # "ove nedelje" stays this week, its month
    assert _days("Ove nedelje stiže zahlađenje.", "sr") == [("Ove nedelje", "2025-03")]


def test_macedonian_during_the_weekend():
    pub = date(2025, 3, 31)  # a Monday: the weekend gone by is in March, the next in April
    assert [d for _, d in _days("Во текот на викендот полицијата уапси пет лица.", "mk", pub)] == [
        "2025-03"
    ]
    text = "Министерот ќе ја посети Струга во текот на викендот."
    assert [d for _, d in _days(text, "mk", pub)] == ["2025-04"]


def test_slovenian_this_weekday_and_expect_as_a_future():
    assert _days("Minister bo to soboto obiskal Piran.", "sl") == [("to soboto", "2025-03-08")]
    assert _days("Odločitev pričakujejo do konca meseca.", "sl") == [("do konca meseca", "2025-03")]


def test_bcms_independence_day_by_the_state_named():
    pub = date(2025, 5, 22)
    text = "Crna Gora je juče, na Dan nezavisnosti, obilježila godišnjicu referenduma."
    assert [d for _, d in _days(text, "cnr", pub)] == ["2025-05-21", "2025-05-21"]
    text = "Građani BiH su u subotu, na Dan nezavisnosti, bili slobodni."
    assert [d for _, d in _days(text, "bs", date(2025, 3, 3))] == ["2025-03-01", "2025-03-01"]


def test_christmas_eve_by_the_texts_church_and_croatias_statehood_day():
    text = "Vjernici su na Badnjak došli u crkvu, a blagdani traju do siječnja."
    assert _days(text, "hr", date(2024, 12, 27))[0] == ("Badnjak", "2024-12-24")
    text = "Vernici su na Badnjak palili badnjake."
    assert _days(text, "sr", date(2025, 1, 8)) == [("Badnjak", "2025-01-06")]
    text = "Na Dan državnosti održan je mimohod, a u lipnju slijedi još jedan."
    assert _days(text, "hr", date(2025, 6, 2))[0] == ("Dan državnosti", "2025-05-30")
