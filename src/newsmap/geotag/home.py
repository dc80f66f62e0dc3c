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

import re

from newsmap.geotag.folding import fold
from newsmap.geotag.words import ENGLISH_FUNCTION_WORDS, LOCAL_FUNCTION_WORDS
from newsmap.model import REGION_COUNTRIES
from newsmap.tokens import tokens_of

_REGION = frozenset(REGION_COUNTRIES)

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
    """The one region state whose language and variety ``text`` is written in, if any."""
    words = _WORD.findall(text)
    if not words:
        return None
    letters = set(text)
    if _macedonian(words, letters):
        return "MK"
    folded = list(map(_folded_word, words))
    if "ë" in letters or "Ë" in letters:
        return _state_by_words(folded, _ALBANIAN_STATES) if _albanian(folded) else None
    if not _bcms(words, folded, letters):
        return None
    ekavian = sum(w.startswith(_EKAVIAN) or w in _EKAVIAN_WORDS for w in folded)
    ijekavian = sum(
        (w.startswith(_IJEKAVIAN) and not w.startswith(_BOTH_VARIETIES)) or w in _IJEKAVIAN_WORDS
        for w in folded
    )
    if ekavian and not ijekavian:
        return "RS"
    return _state_by_words(folded, _IJEKAVIAN_STATES) if ijekavian else None


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


def _albanian(folded: list[str]) -> bool:
    """Whether a text with "ë" in it is Albanian: its function words lead."""
    return sum(w in _ALBANIAN for w in folded) >= 2


def _state_by_words(folded: list[str], states: tuple[str, ...]) -> str | None:
    """The state among ``states`` whose own words the text uses most, if one leads and is in
    the region (Croatian vocabulary leads to no region state)."""
    counts = dict.fromkeys(states, 0)
    for w in folded:
        for state in states:
            exact, prefixes = _STATE_WORDS[state]
            if w in exact or w.startswith(prefixes):
                counts[state] += 1
    best = max(states, key=counts.__getitem__)
    if not counts[best] or sum(n == counts[best] for n in counts.values()) > 1:
        return None
    return best if best in _REGION else None


#: BCMS "and" and "than", which Slovenian says "in" and "kot" (Albanian's article "i" is no
#: matter here: an Albanian text is no Slovenian one either).
_BCMS_AND = frozenset(("i", "nego"))


#: The last text ``latin_language`` read and its answer: the rules of one document (its
#: state adjectives, sites, partners in talks, focus) ask about the same text up to four times.
_LAST_TEXT: list[tuple[str, str | None]] = []
#: Each word's folded lower-case form: the same function words make up most of every text, and
#: folding them one by one was most of the reading.  Bounded like ``context``'s word memo.
_FOLDED_WORDS: dict[str, str] = {}
_FOLDED_WORDS_MAX = 100_000


def latin_language(text: str) -> str | None:
    """ "sh", "sl" or "en" for a Latin-script text whose function words say which (None when
    none leads, as in Cyrillic text): what a stem spelt alike in two languages needs."""
    if _LAST_TEXT and _LAST_TEXT[0][0] == text:
        return _LAST_TEXT[0][1]
    found = _latin_language(text)
    _LAST_TEXT[:] = [(text, found)]
    return found


def _folded_word(word: str) -> str:
    found = _FOLDED_WORDS.get(word)
    if found is None:
        if len(_FOLDED_WORDS) >= _FOLDED_WORDS_MAX:
            _FOLDED_WORDS.clear()
        found = _FOLDED_WORDS[word] = fold(word).lower()
    return found


#: What a piece of text as written adds to the three counts of ``_latin_language``, one field
#: each (BCMS's in the lowest bits), keyed by a word or by a whitespace-separated token: the same
#: few hundred words and tokens ("the", "Kosovo's", "BELGRADE,") make up most texts, so each is
#: read once.  A key's value is the sum over the words ``_WORD`` finds in it, so a word and a
#: token spelt alike agree.
_FIELD = 20
#: Texts shorter than this are read by ``text_reads`` (each of its counts fits its field).
READS_LIMIT = 1 << _FIELD
_WORD_WEIGHTS: dict[str, int] = {}


def _word_weight(word: str) -> int:
    found = _WORD_WEIGHTS.get(word)
    if found is None:
        w = _folded_word(word)
        found = (
            (w in _BCMS or w in _BCMS_AND)
            + ((w in _SLOVENIAN or w == "in") << _FIELD)
            + ((w in _ENGLISH) << 2 * _FIELD)
        )
        if len(_WORD_WEIGHTS) >= _FOLDED_WORDS_MAX:
            _WORD_WEIGHTS.clear()
        _WORD_WEIGHTS[word] = found
    return found


def _token_weight(token: str) -> int:
    """The weight of the words ``_WORD`` finds in a token: the token itself when it is all
    letters (most are), else each run of letters in it ("Kosovo's", "(AP)", "2023")."""
    if token.isalpha():
        return _word_weight(token)
    found = 0
    for word in _WORD.findall(token):
        found += _word_weight(word)
    if len(_WORD_WEIGHTS) >= _FOLDED_WORDS_MAX:
        _WORD_WEIGHTS.clear()
    _WORD_WEIGHTS[token] = found
    return found


def _latin_language(text: str) -> str | None:
    if len(text) < 1 << _FIELD:  # fewer words than that, so each count fits its field
        # A word (a run of letters) never spans whitespace, so the text's words are those of
        # its whitespace-separated tokens: splitting and looking each token up is a fifth of
        # the cost of finding every word with the pattern and counting them.
        total = text_reads(text)[0]
        mask = (1 << _FIELD) - 1
        counts = {"sh": total & mask, "sl": total >> _FIELD & mask, "en": total >> 2 * _FIELD}
    else:
        folded = list(map(_folded_word, _WORD.findall(text)))
        counts = {
            "sh": sum(w in _BCMS or w in _BCMS_AND for w in folded),
            "sl": sum(w in _SLOVENIAN or w == "in" for w in folded),
            "en": sum(w in _ENGLISH for w in folded),
        }
    best = max(counts, key=counts.__getitem__)
    tied = sum(n == counts[best] for n in counts.values()) > 1
    return None if tied else best


#: How much of a text's start ``is_local_text`` reads (``context.is_local_language``'s sample).
LOCAL_SAMPLE = 3000
#: What each folded function word adds to ``is_local_text``'s sum: 1 for a local language's,
#: one field up for English's (``context.local_words``'s weights), and a word counted two fields
#: up.
_LOCAL_WEIGHTS: dict[str, int] = {
    w: (w in LOCAL_FUNCTION_WORDS) + ((w in ENGLISH_FUNCTION_WORDS) << _FIELD)
    for w in LOCAL_FUNCTION_WORDS | ENGLISH_FUNCTION_WORDS
}
_ONE_WORD = 1 << 2 * _FIELD
#: Each whitespace-separated token as written: its weight for ``_latin_language`` and what its
#: folded words add to ``is_local_text``'s sum.  Both tests read every token of a document (its
#: places ask the one, its focus the other), so one split and one lookup per token serve both.
_TOKEN_READS: dict[str, tuple[int, int]] = {}
#: The last text ``text_reads`` read and its sums.
_LAST_READS: list[tuple[str, int, int]] = []


def _local_weight(piece: str) -> int:
    """``is_local_text``'s sum over the words of ``piece`` folded (its whitespace-separated
    tokens, as ``context.is_local_language`` splits the folded sample)."""
    found = 0
    for word in fold(piece).split():
        found += _LOCAL_WEIGHTS.get(word, 0) + _ONE_WORD
    return found


def _token_reads(token: str) -> tuple[int, int]:
    known = _WORD_WEIGHTS.get(token)
    found = (
        _token_weight(token) if known is None else known,
        _local_weight(token),
    )
    if len(_TOKEN_READS) >= _FOLDED_WORDS_MAX:
        _TOKEN_READS.clear()
    _TOKEN_READS[token] = found
    return found


def text_reads(text: str) -> tuple[int, int]:
    """``_latin_language``'s sum over the whole text (``_token_weight`` of each token) and
    ``is_local_text``'s over its first ``LOCAL_SAMPLE`` characters, in one pass over its tokens.

    Folding maps each character on its own and whitespace to whitespace, so the folded sample's
    words are those of each token folded in turn; the token that the sample's end cuts is folded
    apart.  For a text shorter than ``1 << _FIELD`` characters (each count fits its field).
    """
    if _LAST_READS and _LAST_READS[0][0] == text:
        return _LAST_READS[0][1], _LAST_READS[0][2]
    reads = _TOKEN_READS
    latin = 0
    local = 0
    if len(text) <= LOCAL_SAMPLE:
        for token in tokens_of(text):
            found = reads.get(token)
            if found is None:
                found = _token_reads(token)
            latin += found[0]
            local += found[1]
    else:
        cut = LOCAL_SAMPLE  # where the token holding the sample's last character starts
        while cut > 0 and not text[cut - 1].isspace():
            cut -= 1
        for token in text[:cut].split():
            found = reads.get(token)
            if found is None:
                found = _token_reads(token)
            latin += found[0]
            local += found[1]
        local += _local_weight(text[cut:LOCAL_SAMPLE])
        for token in text[cut:].split():
            found = reads.get(token)
            if found is None:
                found = _token_reads(token)
            latin += found[0]
    _LAST_READS[:] = [(text, latin, local)]
    return latin, local


def is_local_text(text: str) -> bool:
    """``context.is_local_language`` (function words of the region's languages outnumber
    English's in the text's first ``LOCAL_SAMPLE`` characters) from ``text_reads``, for a text
    shorter than ``1 << _FIELD`` characters."""
    total = text_reads(text)[1]
    mask = (1 << _FIELD) - 1
    local = total & mask
    english = total >> _FIELD & mask
    return local > english and local >= min(3, 1 + (total >> 2 * _FIELD) // 10)


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
