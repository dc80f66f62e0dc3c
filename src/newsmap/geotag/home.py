"""The state a local-language text's own language points to, for a text that names no place.

Domestic news often names no place at all: "the government", "parliament", the prime
minister by name ("Владата ја донесе одлуката", "Vučić je osvojio drugi mandat").  Such a
text is about the state whose language and variety it is written in, when only one state
writes it: Macedonian is North Macedonia's; the ekavian variety of Serbian is Serbia's (the
Serbs of Bosnia and Montenegro write ijekavian, as Croats and Bosniaks do, so ijekavian
points to no single state).  Albanian (Albania and Kosovo) and Slovenian (outside the
region) point to none.
"""

from __future__ import annotations

import re

from newsmap.geotag.folding import fold

_WORD = re.compile(r"[^\W\d_]+")
#: Letters only Macedonian Cyrillic has (ѓ ќ ѕ), and Serbian Cyrillic's own (ђ ћ).
_MK_LETTERS = frozenset("ѓќѕЃЌЅ")
_SR_LETTERS = frozenset("ђћЂЋ")
_SR_CYRILLIC = _SR_LETTERS | frozenset("јЈ")
#: Function words, as written, that only one of the two Cyrillic standards uses.
_MK_WORDS = frozenset("во ќе што кој која беше овие".split())
_SR_WORDS = frozenset("у је су ће који која што".split()) - _MK_WORDS
#: Macedonian's definite articles on nouns ("премиерот", "владата", "пратениците").
_MK_ARTICLES = ("от", "ата", "ите")
#: Folded function words only BCMS, only Slovenian and only English use, to tell a Latin
#: text's language ("je", "da", "se" and "iz" are both BCMS and Slovenian).
_BCMS = frozenset("u su koji koja koje ce nije sa kao ili sto jos".split())
_SLOVENIAN = frozenset("v so ki tudi pa bo bodo ter pri kot ni kaj".split())
_ENGLISH = frozenset("the and of to in is was that for with on".split())
#: How frequent news words begin in each variety (folded): president, Sunday/week, time,
#: month, place, after, before, where, children, world, next, price, two.
_EKAVIAN = (
    "predsedn nedelj vreme mesec mesto mesta posle gde dece deca svet sledec cena cene dve"
).split()
_IJEKAVIAN = (
    "predsjedn nedjelj vrijeme mjesec mjesto mjesta poslije prije gdje djece djeca svijet "
    "svjet sljedec cijen dvije"
).split()


def home_country(text: str) -> str | None:
    """The one region state whose language and variety ``text`` is written in, if any."""
    words = _WORD.findall(text)
    if not words:
        return None
    letters = set(text)
    if _macedonian(words, letters):
        return "MK"
    folded = [fold(w).lower() for w in words]
    if not _bcms(words, folded, letters):
        return None
    ekavian = sum(w.startswith(tuple(_EKAVIAN)) for w in folded)
    ijekavian = sum(w.startswith(tuple(_IJEKAVIAN)) for w in folded)
    return "RS" if ekavian and not ijekavian else None


#: BCMS "and" and "than", which Slovenian says "in" and "kot" (Albanian's article "i" is no
#: matter here: an Albanian text is no Slovenian one either).
_BCMS_AND = frozenset(("i", "nego"))


def latin_language(text: str) -> str | None:
    """ "sh", "sl" or "en" for a Latin-script text whose function words say which (None when
    none leads, as in Cyrillic text): what a stem spelt alike in two languages needs."""
    folded = [fold(w).lower() for w in _WORD.findall(text)]
    counts = {
        "sh": sum(w in _BCMS or w in _BCMS_AND for w in folded),
        "sl": sum(w in _SLOVENIAN or w == "in" for w in folded),
        "en": sum(w in _ENGLISH for w in folded),
    }
    best = max(counts, key=counts.__getitem__)
    tied = sum(n == counts[best] for n in counts.values()) > 1
    return None if tied else best


def _macedonian(words: list[str], letters: set[str]) -> bool:
    """Macedonian rather than Serbian Cyrillic: its own letters, function words and the
    article -от ("премиерот", "поразот")."""
    mk = sum(w.lower() in _MK_WORDS or (len(w) > 5 and w.endswith(_MK_ARTICLES)) for w in words)
    mk += 3 * bool(letters & _MK_LETTERS)
    sr = sum(w.lower() in _SR_WORDS for w in words) + 3 * bool(letters & _SR_LETTERS)
    return mk >= 2 and mk > sr


def _bcms(words: list[str], folded: list[str], letters: set[str]) -> bool:
    """Serbian/Croatian/Bosnian/Montenegrin rather than Slovenian, English or Macedonian
    (which ``_macedonian`` has ruled out): Serbian Cyrillic by its own letters (ј ђ ћ, which
    Russian and Bulgarian lack), Latin text by its function words."""
    if letters & _SR_CYRILLIC:
        return True
    bcms = sum(w in _BCMS for w in folded)
    others = max(sum(w in _SLOVENIAN for w in folded), sum(w in _ENGLISH for w in folded))
    return bcms > others
