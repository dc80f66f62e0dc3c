"""Event types from local words: the same classes as English, in every language of the region."""

from __future__ import annotations

import pytest

from newsmap.events import classify_event
from newsmap.events.classify_local import local_type_scores


@pytest.mark.parametrize(
    ("sentence", "family", "etype"),
    [
        ("Hiljade ljudi protestovale su u subotu u Beogradu.", "sh", "protest"),
        ("Prosvjednici su blokirali cestu kod Zagreba.", "sh", "protest"),
        ("Протестот се одржа пред Собранието.", "mk", "protest"),
        ("Protesta u mbajt para qeverisë.", "sq", "protest"),
        ("Policija je uhapsila dvojicu osumnjičenih.", "sh", "political_legal"),
        ("Policia arrestoi dy persona.", "sq", "political_legal"),
        ("Полицијата уапси двајца.", "mk", "political_legal"),
        ("Poplave su pogodile Donju Jablanicu.", "sh", "disaster"),
        ("Përmbytjet goditën veriun e vendit.", "sq", "disaster"),
        ("Поплавите ги уништија куќите.", "mk", "disaster"),
        ("Izbori su održani u nedelju.", "sh", "political_legal"),
        ("Zgjedhjet u mbajtën të dielën.", "sq", "political_legal"),
        ("Изборите се одржаа во недела.", "mk", "political_legal"),
        ("Volitve so bile v nedeljo.", "sl", "political_legal"),
        ("Napadač je ubio deset osoba.", "sh", "violence"),
        ("Demonstranti su se sukobili s policijom, koja je upotrebila suzavac.", "sh", "riot"),
        ("Premijeri takoi homologun e tij në Tiranë.", "sq", "diplomacy"),
        ("Lideri su potpisali sporazum u Briselu.", "sh", "diplomacy"),
        ("V požaru v nočnem klubu je umrlo 59 ljudi.", "sl", "disaster"),
        ("Potres je stresel Albanijo.", "sl", "disaster"),
        ("NATO šalje još 700 vojnika na Kosovo.", "sh", "military_security"),
        ("Војска Србије је подигла борбену готовост.", "sh", "military_security"),
        ("NATO dërgon 700 ushtarë në Kosovë.", "sq", "military_security"),
        ("Армијата е ставена во состојба на готовност.", "mk", "military_security"),
        ("Vojska je okrepila prisotnost na meji.", "sl", "military_security"),
        # every form of a verb whose other forms already count ("napad", "sastal", "средб")
        ("Naoružana grupa je napala policiju kod manastira.", "sh", "violence"),
        ("Наоружана група је напала полицију.", "sh", "violence"),
        ("Премијери су се састали у Тирани.", "sh", "diplomacy"),
        ("Министрите се сретнаа во Брисел.", "mk", "diplomacy"),
        ("Ministra sta se sestala v Bruslju.", "sl", "diplomacy"),
    ],
)
def test_local_words_give_the_type(sentence, family, etype):
    assert classify_event(sentence, None, [family]) == etype


@pytest.mark.parametrize(
    "sentence",
    [
        "To je bila njegova sudbina.",  # sud- is fate here, not a court
        "Rekao je to glasno.",  # glas- is aloud
        "Ovo je moj izbor.",  # a choice, not an election
        "Stigao je iz Požarevca.",  # the town, not a fire
        "Sestavili so nov seznam.",  # composed, not met
    ],
)
def test_stem_traps_score_nothing(sentence):
    assert local_type_scores(sentence) == {}


def test_without_a_local_family_only_english_words_count():
    assert classify_event("Policija je uhapsila dvojicu.") == "other"
