"""Rebuild data/geo/case_form_clashes.txt: the case forms of small places that are common words.

Towns of 10,000 and more and administrative seats get every case form the morphology rules
make ("Beogradu", "Prištine"); smaller places of the region, Croatia and Slovenia get only the
forms that are no common word of the region's languages, because "u Vodama" or "na Polju" must
not become villages.  Administrative seats under 10,000 and larger towns but capitals get all
their forms, but those that are common words are weak, as common words are ("Kuće", houses, is
also a form of the seat Kuç; "Visoka", high, of the town Visoko).
A form is common when simplemma's dictionary of Serbo-Croatian,
Slovenian, Macedonian or Albanian lists it in lower case (as a word, not as a name): a rule on
the languages' vocabularies, not a list fitted to our texts.  Forms are compared folded, as the
matcher compares them (so "šuma" also blocks "suma").

    .venv/bin/python scripts/build_case_clashes.py
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from newsmap.geotag.builder import GazetteerBuilder
from newsmap.geotag.folding import fold
from newsmap.geotag.geofiles import CLASHES_FILE, read_csv

GEO = Path(__file__).resolve().parents[1] / "data" / "geo"
#: simplemma's dictionaries of the region's languages (Serbo-Croatian covers Serbian,
#: Croatian, Bosnian and Montenegrin).
LANGUAGES = ("hbs", "sl", "mk", "sq")


def common_words() -> set[str]:
    """Every lower-case word form (and lemma) of the region's languages, folded."""
    factory = DefaultDictionaryFactory()
    found: set[str] = set()
    for lang in LANGUAGES:
        for form, lemma in factory.get_dictionary(lang).items():
            for word in (form, lemma):
                if word == word.lower() and any(ch.isalpha() for ch in word):
                    found.add(fold(word).strip())
    return found


def small_place_forms(geo: Path) -> set[str]:
    """Every folded case form the builder would give a small place, or a seat or larger town
    (whose clashing forms are indexed, but weak)."""
    b = GazetteerBuilder()
    b.case_form_clashes = frozenset()
    b.add_countries(read_csv(geo / "countries.csv"))
    b.add_places(read_csv(geo / "places.csv"))
    b.add_aliases(read_csv(geo / "aliases.csv"))
    return b.checked_forms | b.seat_forms


def clashes(geo: Path) -> list[str]:
    return sorted(small_place_forms(geo) & common_words())


def render(forms: list[str]) -> str:
    head = (
        "# Case forms of small places that are common words of the region's languages: not\n"
        f"# indexed. Made by scripts/build_case_clashes.py from simplemma {version('simplemma')}"
        f" ({', '.join(LANGUAGES)}).\n"
    )
    return head + "".join(f"{f}\n" for f in forms)


def main() -> None:
    forms = clashes(GEO)
    (GEO / CLASHES_FILE).write_text(render(forms), encoding="utf-8")
    print(f"{len(forms)} clashing forms written to {GEO / CLASHES_FILE}")


if __name__ == "__main__":
    main()
