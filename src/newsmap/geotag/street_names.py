"""Streets and squares named after a place, written with the street word first.

"Via Tirana" in Rome, "Avenue de Belgrade" in Paris, "Rruga e Durrësit" in Tirana: many
languages put the street word before the name, and the name is often a town of the six.  The
place inside is not where the street is, so reading it as the town puts a street abroad at a
region code.  The whole phrase is a ``site``, placed where the text puts it (the town after
"in", else the nearest town of its sentence, else the last town before; ``sites.anchored``),
never at the town it is named after.  A street the text does not place is dropped with its
name: no mention is better than one in the wrong country.

The English order ("Belgrade Street", "Sarajevo Avenue") is ``sites``' work.  Read in English
text only: local-language streets ("Trg Republike", "u Ulici ...") are the local rules' work.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.sites import SITE_SCORE, anchored
from newsmap.lexicon.trie import alt

#: Street words that stand before their name, with the linking word their language puts
#: between ("Avenue de", "Piazza della", "Rruga e"): Italian, French, Spanish, Portuguese,
#: German, Albanian and the South Slavic languages.
_STREET_WORDS = (
    "Via Viale Piazza Piazzale Corso Largo Rue Avenue Boulevard Place Quai Calle Avenida Plaza "
    "Paseo Rua Praça Platz Rruga Bulevardi Sheshi Ulica Bulevar Trg"
).split()
#: ``\b(?:Via|Viale|...)(?: (?:de la|...))? $``, spelt with the word boundary tested after the
#: street word's first (capital) letter: a pattern that opens with an assertion is tried at
#: every character of its window before each decided place, one that opens with a class of a
#: few capitals skips to them (see ``lexicon.trie.alt``; the same matches).
_STREET_BEFORE = re.compile(
    "(?:" + alt(_STREET_WORDS, r"(?<!\w\w)") + ")"
    r"(?: (?:de la|de|del|della|di|du|des|e|i|të))? $"
)
_REACH = 24  # the longest street word with its link, and a margin
#: The last word of each link ("de la": "la"), and the street words as endings.
_LINK_ENDS = frozenset(("la", "de", "del", "della", "di", "du", "des", "e", "i", "të"))
_STREET_ENDS = tuple(_STREET_WORDS)


def _may_follow(text: str, start: int) -> bool:
    """Whether ``_STREET_BEFORE`` may end at ``start`` (it is searched in the window before
    each decided place; exact, so no answer changes): its match ends with a blank before the
    window's end (``$``: or before a newline that ends it, searched as it was), and the blank
    before that closes a link word or the street word itself, which a non-word character or
    nothing precedes, so the last blank-separated word ends with one."""
    last = text[start - 1]
    if last == "\n":
        return True
    if last != " ":
        return False
    word = text[max(0, start - _REACH) : start - 1].rsplit(" ", 1)[-1]
    return word in _LINK_ENDS or word.endswith(_STREET_ENDS)


def streets_named_after(doc: Doc, places: list[Choice]) -> tuple[list[Choice], list[Choice]]:
    """``places`` without the names a street word stands before, and a site for each street
    the text places.  The check reads only the few characters before each decided place."""
    text = doc.text
    kept: list[Choice] = []
    sites: list[Choice] = []
    for i, c in enumerate(places):
        m = None
        if c.level is None and c.start >= 3 and not doc.local and _may_follow(text, c.start):
            m = _STREET_BEFORE.search(text, max(0, c.start - _REACH), c.start)
        if m is None or doc.local:  # English text only: local grammar has its own rules
            kept.append(c)
            continue
        others = places[:i] + places[i + 1 :]
        site = anchored(doc, others, m.start(), c.end, "site", SITE_SCORE, "street named after")
        if site is not None:
            sites.append(site)
    return kept, sites
