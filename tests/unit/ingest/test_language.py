"""Language detection: the region's languages in both scripts, English, hints, bad input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.ingest.language import detect_language, detect_languages, normalise_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Demonstranti su u ponedeljak blokirali autoput kod Niša, a policija je privela "
            "nekoliko ljudi.",
            "sh",
        ),
        (
            "Prosvjednici su u ponedjeljak blokirali cestu kod Zagreba, a policija je uhitila "
            "dvojicu mladića.",
            "sh",
        ),
        (
            "Демонстранти су у понедељак блокирали ауто-пут код Ниша, а полиција је привела "
            "неколико људи.",
            "sr",
        ),
        ("Protesta u mbajt të hënën në Prishtinë dhe policia arrestoi dy persona.", "sq"),
        ("Protesta u mbajt te henen ne Prishtine dhe policia arrestoi dy persona.", "sq"),
        ("Протестот се одржа во понеделникот во Скопје, а полицијата уапси двајца.", "mk"),
        (
            "Protestniki so v ponedeljek zaprli avtocesto pri Mariboru, policija je pridržala "
            "dva moška.",
            "sl",
        ),
        (
            "Police arrested two men in Mitrovica on Tuesday after a grenade was thrown at the "
            "patrol, and the mayor said the town was calm.",
            "en",
        ),
        (
            "Die Polizei hat am Montag in Berlin zwei Männer festgenommen, teilte die "
            "Staatsanwaltschaft mit.",
            "de",
        ),
    ],
)
def test_detects_the_language(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "2023-11-23 12:00", "—— ** ——"])
def test_no_words_no_language(text):
    assert detect_language(text) is None


def test_title_helps_a_short_text():
    assert detect_language("Kurti.", title="Vetëvendosje fiton zgjedhjet në Kosovë") == "sq"


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("sr-Cyrl", "sr-Cyrl"),
        ("SR_cyrl", "sr-Cyrl"),
        ("en", "en"),
        ("EN-gb", "en-GB"),
        ("sq", "sq"),
        ("Serbian please", None),
        ("", None),
        (None, None),
        (42, None),
    ],
)
def test_hints_are_normalised_or_refused(given, code):
    assert normalise_language(given) == code


def test_a_mixed_text_gives_both_languages_opening_first():
    english = "The police said that the march was peaceful and that the crowd left by evening. " * 6
    albanian = "Protesta u mbajt dje në Prishtinë dhe policia arrestoi dy persona të hënën. " * 6
    assert detect_languages(english + albanian) == ["en", "sq"]
    assert detect_languages(albanian + english) == ["sq", "en"]
    assert detect_languages(english) == ["en"]
    assert detect_languages("") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Names of the region inside an English sentence do not outvote its words.
        ("Talks in Skopje went on.", "en"),
        # Letters only the region's Cyrillic alphabets have: never Russian or Bulgarian.
        ("Влада је јуче усвојила нацрт закона.", "sr"),
        ("Владата ќе одлучи за предлогот.", "mk"),
        # Short Slovenian and Serbo-Croatian sentences told apart by their function words.
        ("Protest je bil v Ljubljani, ki so ga vodili študenti.", "sl"),
        ("Protest je bio u Zagrebu, koji su vodili studenti.", "sh"),
    ],
)
def test_short_texts_with_the_regions_names_and_letters(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le président est arrivé à Paris le lundi pour rencontrer le ministre.", "fr"),
        ("Le ministre le dit: le vote aura lieu le 5 mai à Bruxelles.", "fr"),
        ("Il presidente ha detto che le elezioni si terranno le prossime settimane.", "it"),
        ("Le forze di polizia le hanno fermate in via Roma.", "it"),
        ("Premier je le v torek odpotoval v Beograd, kjer so ga sprejeli.", "sl"),
    ],
)
def test_french_and_italian_le_is_no_slovenian(text, code):
    """ "le" (Slovenian "only") is French and Italian's article: the language out of the
    region wins where its text is."""
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Kryeministri u takua dje në Tiranë me ambasadorët e vendeve të Bashkimit Evropian "
            "dhe tha se veriu mbetet i tensionuar. Ai foli për një marrëveshje që do të "
            "nënshkruhet në pranverë.",
            "sq",
        ),
        ("Protestniki so v soboto vdrli v stavbo javne televizije, ki je bila zaprta.", "sl"),
        ("Vlada je u ponedjeljak usvojila plan koji su predložili gradonačelnici.", "sh"),
        # Half Serbo-Croatian, half Albanian: the words decide nothing, the model does.
        (
            "Analitičari kažu da su rezultati znak umora od stranaka koje vladaju. Një polic "
            "qëlloi për vdekje të martën herët në mëngjes në lagjen të Tiranës.",
            None,
        ),
        # A short English brief with no "the" to tell it by.
        ("Heavy snow cut off dozens of villages in eastern Kosovo on Monday.", "en"),
        # English with Slovenian-looking words ("v", "so"): left to the model.
        ("Slovenia v Croatia, so far a draw, said a report.", None),
        # German's "was" is no sign of English.
        ("Was die Polizei am Montag in Berlin sah, bleibt offen.", None),
        # Slovenian's "le" is French and Italian's article too: alone it decides nothing ...
        ("Le président a reçu le ministre à Paris le lundi.", None),
        # ... beside Slovenian's own words it still counts.
        ("Le v torek je bilo le malo ljudi, ki so protestirali.", "sl"),
    ],
)
def test_words_decide_a_latin_text_as_the_model_would(text, code):
    """The word test that spares the model answers only where the model's reading (with the
    corrections that follow it) gives that same answer."""
    from newsmap.ingest import language as lang

    low = text.lower()
    assert lang._latin_by_words(low) == code
    if code is not None:
        assert lang._by_model(text, low, cyrillic=False) == code
        assert detect_language(text) == code


_PIECES = (
    "the and of to in was were said has is v ki so tudi že bo bodo kot pri le ob u su će koji "
    "koja koje kao što nije već gdje gde x _ 1 ½ é ſ \u212a ж ѐ \u0483 \u0488 ҂".split()
    + [" ", "  ", "\n", "-", ".", "'"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_cyrillic_share_equals_its_plain_form(text):
    """The share is counted in C (language.py); it must be what the plain count gives."""
    from newsmap.ingest import language as lang

    letters = [c for c in text if c.isalpha()]
    share = sum("\u0400" <= c <= "\u04ff" for c in letters) / len(letters) if letters else 0.0
    assert lang._cyrillic_share(text) == share
