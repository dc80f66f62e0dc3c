"""The state a local-language text's own language points to, for a text that names no place.

Domestic news often names no place at all: "the government", "parliament", the prime
minister by name ("Владата ја донесе одлуката", "Vučić je osvojio drugi mandat").  Such a
text is about the state whose language and variety it is written in, when only one state
writes it: Macedonian is North Macedonia's; the ekavian variety of Serbian is Serbia's (the
Serbs of Bosnia and Montenegro write ijekavian, as Croats and Bosniaks do, so ijekavian
points to no single state).  Slovenian (outside the region) points to none.

Where a language is written in several states, the words of one state's own institutions and
parties say which (``_STATE_WORDS``): Albanian about municipalities is Kosovo's ("komuna") or
Albania's ("bashkia", "qarku"), with its special prosecution, its currency and its parties;
ijekavian about cantons, entities and the Presidency is Bosnia's, about "opština" and
"skupština" Montenegro's, and Croatian vocabulary (its months, "tisuća", "Sabor") points
outside the region.
"""

from __future__ import annotations

from newsmap.geotag.home_words import BCMS as _BCMS
from newsmap.geotag.home_words import ENGLISH as _ENGLISH
from newsmap.geotag.home_words import SLOVENIAN as _SLOVENIAN
from newsmap.geotag.home_words import WORD as _WORD
from newsmap.geotag.home_words import folded_word as _folded_word
from newsmap.model import REGION_COUNTRIES
from newsmap.tokens import tokens_of

_REGION = frozenset(REGION_COUNTRIES)

#: Letters only Macedonian Cyrillic has (ѓ ќ ѕ), and Serbian Cyrillic's own (ђ ћ).
_MK_LETTERS = frozenset("ѓќѕЃЌЅ")
_SR_LETTERS = frozenset("ђћЂЋ")
_SR_CYRILLIC = _SR_LETTERS | frozenset("јЈ")
#: Function words, as written, that only one of the two Cyrillic standards uses.
_MK_WORDS = frozenset("во ќе што кој која беше овие".split())
_SR_WORDS = frozenset("у је су ће који која што".split()) - _MK_WORDS
#: Macedonian's definite articles on nouns ("премиерот", "владата", "пратениците").
_MK_ARTICLES = ("от", "ата", "ите")
#: How frequent news words begin in each variety (folded): president, Sunday/week, time,
#: month, place, after, before, where, world, next, price, two, marked, session, seat, value,
#: use, change, Germany, northern.
_EKAVIAN = tuple(
    (
        "predsedn nedelj vreme mesec mesto mesta posle gde svet sledec cena cene dve obelez "
        "sednic sedist vrednost vredn primen promen zamen nemack severn"
    ).split()
)
_IJEKAVIAN = tuple(
    (
        "predsjedn nedjelj vrijeme mjesec mjesto mjesta poslije prije gdje djece djeca svijet "
        "svjet sljedec cijen dvije obiljez sjednic sjedist vrijedn primjen promjen zamjen "
        "njemack sjevern"
    ).split()
)
#: Whole words of each variety whose beginnings other words share ("dece" begins "decembar",
#: a month both varieties' Serbian, Bosnian and Montenegrin say; "pre" begins "predsjednik"):
#: children, before, part, whole, always, here, wanted, word.
_EKAVIAN_WORDS = frozenset(
    "dece deca decu pre deo ceo cela celu celog celoj uvek ovde hteo rec".split()
)
_IJEKAVIAN_WORDS = frozenset("djecu dio cio cijela cijelu cijelog uvijek ovdje htio rijec".split())
#: Words of both varieties that begin like one variety's marker: "prijem" (a reception) begins
#: like "prije" (before).
_BOTH_VARIETIES = ("prijem",)


def home_country(text: str) -> str | None:
    """The one region state whose language and variety ``text`` is written in, if any.

    Every test is a count of words (a run of letters) of some kind, and a word never spans
    whitespace: the counts are summed over the text's whitespace-separated tokens, each token's
    read once (``_token_counts``) and kept across documents, and the rules of one document ask
    about the same text several times (its last answer is kept).  Reading each word of the text
    afresh cost more than all the rest of a local document's places.
    """
    if _LAST_HOME and _LAST_HOME[0][0] == text:
        return _LAST_HOME[0][1]
    found = _home_of(_counts(text), text)
    _LAST_HOME[:] = [(text, found)]
    return found


def _home_of(counts: list[int], text: str) -> str | None:
    """The decision of ``home_country`` from the text's counts (``_COUNTED``) and letters."""
    if not counts[0]:
        return None  # no word at all
    mk = counts[1] + 3 * _has_any(text, _MK_LETTERS)
    sr = counts[2] + 3 * _has_any(text, _SR_LETTERS)
    if mk >= 2 and mk > sr:
        return "MK"  # Macedonian: its own letters, function words and the article -от
    if "ë" in text or "Ë" in text:
        return _state_by_counts(counts, _ALBANIAN_STATES) if counts[3] >= 2 else None
    # Serbian Cyrillic by its own letters (ј ђ ћ, which Russian and Bulgarian lack), Latin text
    # by BCMS's function words outnumbering Slovenian's and English's
    if not _has_any(text, _SR_CYRILLIC) and counts[4] <= max(counts[5], counts[6]):
        return None
    ekavian, ijekavian = counts[7], counts[8]
    if ekavian and not ijekavian:
        return "RS"
    return _state_by_counts(counts, _IJEKAVIAN_STATES) if ijekavian else None


def _has_any(text: str, letters: frozenset[str]) -> bool:
    """Whether any of ``letters`` is in the text (a search each, no set of the text's letters)."""
    for letter in letters:
        if letter in text:
            return True
    return False


#: Words of one state's institutions, parties, units and currency, folded: exact words, and
#: how longer ones begin (prefixes chosen so that no common word shares them: "bashkia" but
#: not "bashkimi", the union; "komuna" but not "komunist" or "komuniteti").
_STATE_WORDS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "XK": (
        frozenset("ldk pdk aak fsk nisma".split()),
        ("komuna", "komune", "komunav", "komunat", "komunal", "vetevendosj"),
    ),
    "AL": (
        frozenset("spak leke lekesh lek qarku qarkut qarkun qarqet".split()),
        ("bashkia", "bashkis", "bashkit", "bashkiv", "prefekt", "socialist"),
    ),
    "MK": (frozenset("bdi vmro lsdm sobranie sobranies".split()), ()),
    "BA": (
        frozenset("sda snsd hdzbih".split()),
        ("kanton", "entitet", "predsjednistv", "dejton", "konvertibiln"),
    ),
    "ME": (frozenset("dps pes dnp".split()), ("opstin", "skupstin")),
    "HR": (
        frozenset("hdz kuna kune studenoga studenog studeni sabor sabora saboru".split()),
        tuple(
            "zupanij tisuc sijecnj veljac ozujk travnj svibnj lipnj srpnj kolovoz rujn "
            "listopad prosinc".split()
        ),
    ),
}
_ALBANIAN_STATES = ("XK", "AL", "MK")
_IJEKAVIAN_STATES = ("BA", "ME", "HR")
#: Albanian function words, folded, that BCMS, Slovenian and English lack.
_ALBANIAN = frozenset("dhe nje eshte jane nga qe edhe per ishte kete tha nuk te ne".split())


def _state_by_counts(counts: list[int], states: tuple[str, ...]) -> str | None:
    """The state among ``states`` whose own words the text uses most, if one leads and is in
    the region (Croatian vocabulary leads to no region state)."""
    by_state = {state: counts[_STATE_FIELD[state]] for state in states}
    best = max(states, key=by_state.__getitem__)
    if not by_state[best] or sum(n == by_state[best] for n in by_state.values()) > 1:
        return None
    return best if best in _REGION else None


#: What ``home_country`` counts, one field each of a token's packed counts: words, Macedonian
#: and Serbian Cyrillic function words as written, then folded: Albanian, BCMS, Slovenian and
#: English function words, ekavian and ijekavian words, and each state's own words.
_STATE_ORDER = ("XK", "AL", "MK", "BA", "ME", "HR")
_STATE_FIELD = {state: 9 + i for i, state in enumerate(_STATE_ORDER)}
_COUNTED = 9 + len(_STATE_ORDER)
#: Bits per count: a count is at most the text's length, so a text shorter than ``1 << _BITS``
#: never carries one count into the next.
_BITS = 24
_MASK = (1 << _BITS) - 1
#: Each token's packed counts, as written; bounded like ``home_words``' memo.
_TOKEN_COUNTS: dict[str, int] = {}
_TOKENS_MAX = 100_000
#: The last text ``home_country`` read and its answer.
_LAST_HOME: list[tuple[str, str | None]] = []


def _word_counts(word: str) -> int:
    """One word's counts (0 or 1 each), packed ``_BITS`` to a field."""
    f = _folded_word(word)
    low = word.lower()
    found = 1
    if low in _MK_WORDS or (len(word) > 5 and word.endswith(_MK_ARTICLES)):
        found |= 1 << _BITS
    if low in _SR_WORDS:
        found |= 1 << 2 * _BITS
    if f in _ALBANIAN:
        found |= 1 << 3 * _BITS
    if f in _BCMS:
        found |= 1 << 4 * _BITS
    if f in _SLOVENIAN:
        found |= 1 << 5 * _BITS
    if f in _ENGLISH:
        found |= 1 << 6 * _BITS
    if f.startswith(_EKAVIAN) or f in _EKAVIAN_WORDS:
        found |= 1 << 7 * _BITS
    if (f.startswith(_IJEKAVIAN) and not f.startswith(_BOTH_VARIETIES)) or f in _IJEKAVIAN_WORDS:
        found |= 1 << 8 * _BITS
    for state in _STATE_ORDER:
        exact, prefixes = _STATE_WORDS[state]
        if f in exact or f.startswith(prefixes):
            found |= 1 << _STATE_FIELD[state] * _BITS
    return found


def _token_counts(token: str) -> int:
    found = 0
    for word in _WORD.findall(token):
        found += _word_counts(word)
    if len(_TOKEN_COUNTS) >= _TOKENS_MAX:
        _TOKEN_COUNTS.clear()
    _TOKEN_COUNTS[token] = found
    return found


def _counts(text: str) -> list[int]:
    """The text's counts, ``_COUNTED`` of them, summed over its tokens."""
    if len(text) >= 1 << _BITS:  # a count might not fit its field
        return counts_by_words(text)
    total = 0
    memo = _TOKEN_COUNTS
    for token in tokens_of(text):
        found = memo.get(token)
        if found is None:
            found = _token_counts(token)
        total += found
    return [total >> i * _BITS & _MASK for i in range(_COUNTED)]


def counts_by_words(text: str) -> list[int]:
    """``_counts`` word by word, unpacked: for a text too long for the packed fields."""
    sums = [0] * _COUNTED
    for word in _WORD.findall(text):
        packed = _word_counts(word)
        for i in range(_COUNTED):
            sums[i] += packed >> i * _BITS & _MASK
    return sums
