"""Every state's name in the region's languages, from CLDR (through babel), with case forms.

Local news names foreign states in its own words: "v Turčijo", "ministrat e Polonisë",
"Полска", "iz Njemačke".  The country table has the English and official names; CLDR has
each state's name in Serbian (both scripts), Croatian, Bosnian, Albanian, Macedonian and
Slovenian, so no list is typed here.  The builder indexes each name with its case forms, as it
does the region's own names ("Irak" -> "Irakut", "Iran" -> "Iranin", "Turčija" -> "Turčijo").

A name is left out where it would read a common word as a state: one that is a word of
English place names ("Island" is Iceland in Serbian, and the "island" of "Christmas Island"),
a demonym, a given name or a common or function word the tagger already knows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from newsmap.geotag import words
from newsmap.geotag.folding import fold

#: The CLDR locales of the region's languages: Serbian Latin and Cyrillic, Croatian, Bosnian,
#: Albanian, Macedonian, Slovenian.
LOCALES = ("sr_Latn", "sr", "hr", "bs", "sq", "mk", "sl")


@cache
def _english_place_words() -> frozenset[str]:
    """The words of English territory names that are no name alone ("island", "republic",
    "south"), folded."""
    from babel import Locale

    names = [fold(n).lower().replace("-", " ") for n in Locale.parse("en").territories.values()]
    return frozenset(w for n in names for w in n.split()) - frozenset(names)


def _ambiguous(name: str) -> bool:
    folded = fold(name).lower()
    if " " not in folded and folded in _english_place_words():
        return True
    return (
        folded in words.COMMON_WORDS
        or folded in words.GIVEN_NAMES
        or folded in words.LOCAL_FUNCTION_WORDS
        or folded in words.ENGLISH_FUNCTION_WORDS
        or folded in demonym_forms()
        or "(" in name
    )


def local_country_names(codes: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(code, name) for each state in ``codes`` and each of its names in the region's
    languages, without the ambiguous ones; each pair once."""
    from babel import Locale

    wanted = set(codes)
    seen: set[tuple[str, str]] = set()
    for locale in LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            if code in wanted and (code, name) not in seen and not _ambiguous(name):
                seen.add((code, name))
                yield code, name


@cache
def demonym_forms() -> frozenset[str]:
    """Folded English demonyms ("pakistani", "iraqi"): a case form that spells one is none."""
    return frozenset(fold(d).lower() for d in words.FOLDED_DEMONYMS)
