"""Local dates read by the clause's own tense, local words of the day, and local sentences
whose words hold English letters ("održan" is no "an")."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events, find_dates, is_happening

PUB = date(2025, 3, 3)  # a Monday


def dates(text: str, language: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


@pytest.mark.parametrize(
    ("text", "language", "surface", "date_s"),
    [
        # a yearless date in a future clause looks ahead
        ("Rasprava će biti održana 12. marta u sali opštine.", "sr", "12. marta", "2025-03-12"),
        ("Сајам ће бити отворен 20. априла.", "sr", "20. априла", "2025-04-20"),
        ("Takimi do të mbahet më 10 prill në Vlorë.", "sq", "10 prill", "2025-04-10"),
        ("Седницата ќе се одржи на 5 април.", "mk", "5 април", "2025-04-05"),
        ("Razstava bo odprta 9. aprila.", "sl", "9. aprila", "2025-04-09"),
        # fused "biće" is the future too
        ("Koncert biće održan 8. aprila na trgu.", "sr", "8. aprila", "2025-04-08"),
        # a date something is due by or set for is the nearest of its name
        ("Izvođač mora da završi radove do 2. aprila.", "sr", "2. aprila", "2025-04-02"),
        # a past clause looks back, even with a reported future after it
        ("Odbor je 20. marta zaključio da će se sastati opet.", "sr", "20. marta", "2024-03-20"),
        # the dot after the date ends its sentence: the next one's tense is not its own
        (
            "Izbori su održani 9. februara. Komisija će rezultate objaviti.",
            "sr",
            "9. februara",
            "2025-02-09",
        ),
    ],
)
def test_yearless_dates_by_their_own_clause(text, language, surface, date_s):
    assert (surface, date_s) in dates(text, language)


@pytest.mark.parametrize(
    ("text", "language", "date_s"),
    [
        (
            "Nastava bi trebalo da počne, a rektor očekuje da bude nastavljena u aprilu.",
            "sr",
            "2025-04",
        ),
        ("U maju planiramo i manji koncert.", "sr", "2025-05"),
    ],
)
def test_plans_look_ahead(text, language, date_s):
    assert [d for _, d in dates(text, language)] == [date_s]


@pytest.mark.parametrize(
    ("text", "language", "date_s"),
    [
        ("Судот закажа нови рочишта за мај.", "mk", "2025-05"),
        ("Во април се зборуваше дека клубот ќе биде распуштен.", "mk", "2024-04"),
        ("Savez je u petak najavio da će protesti biti nastavljeni.", "sr", "2025-02-28"),
        ("Ugovor smo potpisali u utorak, pa će na ulazu biti i lekari.", "sr", "2025-02-25"),
        ("Radovi su počeli juče, a nastaviće se u sredu.", "sr", "2025-03-05"),
        ("Vlada će se sastati sutra, a Vijeće u nedjelju.", "bs", "2025-03-09"),
        ("Punimet kanë filluar të enjten dhe do të përfundojnë në verë.", "sq", "2025-02-27"),
    ],
)
def test_the_tense_of_the_dates_own_clause(text, language, date_s):
    assert date_s in [d for _, d in dates(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "date_s"),
    [
        ("Policija je noćas uhapsila vozača.", "sr", "2025-03-03"),
        ("Полиција је ноћас ухапсила возача.", "sr", "2025-03-03"),
        ("Igrači će sjutra imati slobodan dan.", "cnr", "2025-03-04"),
        ("Policisti so ponoči prijeli moškega.", "sl", "2025-03-03"),
        ("Владата денеска ја донесе одлуката.", "mk", "2025-03-03"),
        ("Golman je gledao sinoćnju utakmicu s tribina.", "sr", "2025-03-02"),
        ("Festimet e nesërme u anuluan.", "sq", "2025-03-04"),
    ],
)
def test_local_words_of_the_day(text, language, date_s):
    assert [d for _, d in dates(text, language)] == [date_s]


def test_today_beside_another_date_is_its_own_happening():
    text = "Klub je u četvrtak prošao dalje, pa je trener danas najavio odmor."
    found = extract_events(text, PUB, [], [], ["hr"])
    assert [e.date for e in found] == ["2025-02-27", "2025-03-03"]


def test_local_words_with_english_letters_are_no_english():
    assert is_happening("Najveći skup održan je na trgu, gde se okupilo sto ljudi.")
    assert is_happening("Përmbytjet goditën fshatin, ndërsa banorët u larguan.")
    assert is_happening("Dhjetë ushtarë të KFOR-it u plagosën në Zveçan.")
    assert not is_happening("The hall is large and it has a roof.")


@pytest.mark.parametrize(
    ("text", "language", "date_s"),
    [
        ("Nove autobuske linije počinju da saobraćaju u sredu.", "sr", "2025-03-05"),
        ("Uprava je saopštila da linije počinju u sredu.", "sr", "2025-03-05"),
        ("Od srede nam stiže zahlađenje sa severa.", "sr", "2025-03-05"),
        ("V sredo se začne festival.", "sl", "2025-03-05"),
        # the past, by an auxiliary or an l-participle
        ("Vlada se sastala u sredu.", "hr", "2025-02-26"),
        ("Uprava je u sredu potpisala ugovor.", "sr", "2025-02-26"),
        ("V sredo so odprli novo cesto.", "sl", "2025-02-26"),
    ],
)
def test_a_weekday_in_the_present_is_to_come(text, language, date_s):
    assert [d for _, d in dates(text, language)] == [date_s]
