"""The state adjectives of the region's languages, made by rule from one stem per state.

``data/geo/state_adjectives.csv`` lists, per state and language, the stem a grammar gives
("srpsk-", "грчк-", "gršk-", "grek"); the forms come from each language's endings: the
South Slavic and Macedonian adjective before its noun in every gender, case and article
("грчката", "grškega", "njemačkoj"), the Albanian one after its noun in its masculine,
feminine and definite forms ("qeveria greke", "presidenti grek").  Facts in a data file,
rules here: a new state is a row, not code.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from newsmap.geotag.folding import fold
from newsmap.geotag.geofiles import read_csv
from newsmap.resources import geo_dir

#: The file beside the gazetteer's tables (optional: without it no state adjective is read).
STATE_ADJECTIVES_FILE = "state_adjectives.csv"


class LocalAdjective(NamedTuple):
    """A local state adjective as the matcher hands it back."""

    country: str
    after_noun: bool  # Albanian: the adjective follows its noun ("qeveria shqiptare")
    #: Read only in a text of its own language: a stem another language of the region spells
    #: alike with another sense (Slovenian "slovenska vlada"; Serbian "slovenske države" are
    #: the Slavic states, as Macedonian "словенски" is Slavic).
    only_in: str | None = None


#: Adjective endings: Serbian/Croatian/Bosnian/Montenegrin (-i -a -o -e -og(a) -om(e) -oj -u
#: -ih -im(a)), Slovenian (-ega -em -emu -imi), Macedonian with its articles ("српската",
#: "грчкиот").
SLAVIC_ENDINGS = ("i a o e og oga om ome oj u ih im ima imi ega em emu ata ite ot iot oto").split()
#: Albanian: masculine (the stem), feminine and plural (-e, -ë; folded alike), definite -it.
ALBANIAN_ENDINGS = ("", "e", "it")


def forms(language: str, stem: str) -> list[str]:
    """Every folded form of one stem in its language."""
    base = fold(stem).lower()
    endings = ALBANIAN_ENDINGS if language == "sq" else SLAVIC_ENDINGS
    return [base + ending for ending in endings]


def adjective_words(rows: list[dict[str, str]]) -> dict[str, LocalAdjective]:
    """Every form of every stem in ``rows`` (the file's lines), folded."""
    found: dict[str, LocalAdjective] = {}
    for row in rows:
        language, country = row["language"], row["country"]
        for form in forms(language, row["stem"]):
            found[form] = LocalAdjective(
                country,
                language == "sq",
                language if row.get("own_language_only") == "yes" else None,
            )
    return found


def read_adjective_words(geo: Path | None) -> dict[str, LocalAdjective]:
    """The forms of the file in ``geo`` (the bundled data/geo when None); none without it."""
    path = (geo if geo is not None else geo_dir()) / STATE_ADJECTIVES_FILE
    return adjective_words(read_csv(path)) if path.exists() else {}
