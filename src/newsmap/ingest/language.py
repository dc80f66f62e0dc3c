"""The language of an article: the one its source gives, or one detected offline.

Detection uses lingua (its models ship inside the wheel: nothing is downloaded at run time), in
its low-accuracy mode (trigram models, about 40 ms to load and a tenth of a millisecond per
article) over the start of the text, restricted to the region's languages, English and the
languages the region's news quotes most, so that a German or Russian text is not forced into a
Balkan code.  Serbian, Croatian, Bosnian and Montenegrin are too close to tell apart reliably in
a few sentences: Latin-script text of that family is ``sh`` (the family's code), Cyrillic ``sr``.
English is recognised before lingua by the share of its commonest words ("the", "of", "was"),
which keeps English news fast; a local text quoting an English phrase has far too few of them.
The model is asked only where the cheaper evidence leaves doubt: the region's Cyrillic letters,
and the function words only one of English, Albanian, Slovenian and Serbo-Croatian has, decide
most texts, each test answering only where the model's reading would give that same answer.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from newsmap.lexicon.trie import alt

__all__ = ["detect_language", "detect_languages", "normalise_language"]

#: How much of an article is read to tell its language: the opening is enough, and keeps it fast.
SAMPLE_CHARS = 400
_CODE = re.compile(r"^(?P<base>[A-Za-z]{2,3})(?P<rest>(?:[-_][A-Za-z0-9]{2,8})*)$")
_ENGLISH = re.compile(r"\b(?:" + alt("the and of to in was were said has is".split()) + r")\b")
_BCMS = ("SERBIAN", "CROATIAN", "BOSNIAN")
_CODES = {
    "ENGLISH": "en",
    "ALBANIAN": "sq",
    "MACEDONIAN": "mk",
    "SLOVENE": "sl",
    "GERMAN": "de",
    "FRENCH": "fr",
    "ITALIAN": "it",
    "RUSSIAN": "ru",
    "BULGARIAN": "bg",
    "TURKISH": "tr",
    "GREEK": "el",
    "HUNGARIAN": "hu",
}


def normalise_language(value: Any) -> str | None:
    """A language code as a source gives it ("sr-Cyrl", "EN", "sq_AL"), or None if it is none.

    >>> normalise_language("SR_cyrl")
    'sr-Cyrl'
    >>> normalise_language("Serbian please") is None
    True
    """
    if not isinstance(value, str):
        return None
    m = _CODE.match(value.strip())
    if m is None:
        return None
    parts = [p for p in re.split(r"[-_]", m["rest"]) if p]
    tail = [p.title() if len(p) == 4 else p.upper() if len(p) == 2 else p.lower() for p in parts]
    return "-".join([m["base"].lower(), *tail])


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in (*_BCMS, *_CODES)]
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


#: The signs and combining marks of the Cyrillic block (U+0400-U+04FF); the rest are letters.
_CYRILLIC_NON_LETTERS = tuple(c for c in map(chr, range(0x400, 0x500)) if not c.isalpha())
#: The lead bytes of the block's characters in UTF-8 (U+0400-U+04FF is D0 80 to D3 BF).
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")


def _cyrillic_share(sample: str) -> float:
    """The share of the sample's letters that are Cyrillic.

    Counted in C: the block's characters by their lead bytes in UTF-8 (a byte count runs at
    memory speed, a regex scan or a Python loop builds a string per letter), less its signs.
    """
    encoded = sample.encode("utf-8", "surrogatepass")
    block = sum(map(encoded.count, _CYRILLIC_LEADS))
    if not block:
        return 0.0  # a Latin text: its letters need no count
    letters = sum(map(str.isalpha, sample))
    if not letters:
        return 0.0
    block -= sum(map(sample.count, _CYRILLIC_NON_LETTERS))
    return block / letters


#: Letters that only the region's Cyrillic alphabets have (not Russian's, not Bulgarian's).
_SOUTH_SLAVIC_CYRILLIC = frozenset("јљњџђћѓќѕЈЉЊЏЂЋЃЌЅ")
#: Letters and words that tell Macedonian from Serbian Cyrillic (LANGUAGES.md §5).
_MACEDONIAN_LETTERS = frozenset("ѓќѕЃЌЅ")
_SERBIAN_LETTERS = frozenset("ђћЂЋ")
_TELLING_LETTERS = _SOUTH_SLAVIC_CYRILLIC | _MACEDONIAN_LETTERS | _SERBIAN_LETTERS
_MACEDONIAN_WORDS = re.compile(r"(?<!\w)(?:во|ќе|е)(?!\w)|\w\w(?:от|ата|ите)(?!\w)")
_SERBIAN_WORDS = re.compile(r"(?<!\w)(?:је|у|ће|су)(?!\w)|\w\w(?:ију|ају)(?!\w)")


def _words(words: str) -> re.Pattern[str]:
    """A pattern for whole words among ``words`` (blank-separated), spelled as a trie: a whole
    word matches one alternative whatever their order, and the trie rejects the others together
    (the list of every function word searched twice as fast on a sample)."""
    return re.compile(r"(?<!\w)(?:" + alt(words.split()) + r")(?!\w)")


#: Function words that one of Slovenian and Serbo-Croatian uses and the other does not: the
#: trigram model mixes up the two when a text is short or full of the region's names.
_SLOVENE = "v ki so tudi že bo bodo kot pri le ob"
_SERBO_CROATIAN = "u su će koji koja koje kao što nije već gdje gde"
#: Slovenian "le" (only) is also the plural article of French and Italian: it tells Slovenian
#: from Serbo-Croatian, but alone it never makes a text Slovenian rather than French.
_SHARED_ABROAD = "le"
#: English function words that are no word of the region's languages ("in", "to", "so", "a" and
#: "on" are Slovenian or Serbo-Croatian ones as well); the marks among them are no common word
#: of the other languages the model knows either (German has "was", "will" and "an", Hungarian
#: "is" and "had", Turkish "at").
_ENGLISH_MARKS = "the of and were said has have for with that by from its their after this are"
_ENGLISH_ONLY = _ENGLISH_MARKS + " was had is an at will far"
#: Albanian function words that neither Slovenian nor Serbo-Croatian has (Albanian uses "u" too),
#: with and without their diacritics.
_ALBANIAN = "dhe nga të në një nje për që qe është eshte janë jane tij saj"
_SLOVENE_WORDS, _BCMS_WORDS = _words(_SLOVENE), _words(_SERBO_CROATIAN)
#: Which of those lists each word is in, for one scan of a text that counts them all (a whole
#: word matches one alternative, so each list's count is what its own pattern finds).
_WORD_LIST: dict[str, str] = {
    **{w: "sl" for w in _SLOVENE.split()},
    _SHARED_ABROAD: "sl?",
    **{w: "sh" for w in _SERBO_CROATIAN.split()},
    **{w: "sq" for w in _ALBANIAN.split()},
    **{w: "en" for w in _ENGLISH_ONLY.split()},
    **{w: "en!" for w in _ENGLISH_MARKS.split()},
}
_ANY_LISTED = _words(" ".join(_WORD_LIST))
#: A capitalised word inside a sentence: mostly a name, which is the same in every language
#: and pulls a trigram model towards the language the name comes from ("Talks in Skopje").
_INNER_NAME = re.compile(r"(?<=[^\s.!?:\"'«»„“(\n])(\s+)[A-ZÀ-ÞĀ-Ž\u0400-\u042f][\w'’-]*")


#: Each whitespace-separated token's words that ``_ENGLISH`` and ``_ANY_LISTED`` find in it:
#: the same few hundred tokens ("the", "said", "Kosovo's") make up most samples.  Bounded.
_ENGLISH_IN: dict[str, tuple[str, ...]] = {}
_LISTED_IN: dict[str, tuple[str, ...]] = {}
_TOKENS_MAX = 50_000


def _whole_words(pattern: re.Pattern[str], memo: dict[str, tuple[str, ...]], low: str) -> list[str]:
    """``pattern.findall(low)`` for a pattern of whole words made of word characters.

    Such a word never spans whitespace and what stands outside its token is whitespace or the
    text's end, which its boundaries read alike: the matches are those of each token in turn,
    each token's looked up once (the scan tried the pattern at every character, a third of
    telling an English sample).
    """
    found: list[str] = []
    for token in low.split():
        words = memo.get(token)
        if words is None:
            if len(memo) >= _TOKENS_MAX:
                memo.clear()
            words = memo[token] = tuple(pattern.findall(token))
        if words:
            found.extend(words)
    return found


def _cyrillic_by_letters(sample: str) -> str | None:
    """Serbian or Macedonian when the text uses letters Russian and Bulgarian do not have."""
    # The set of the few telling letters present: a search each, no string per character.
    letters = {c for c in _TELLING_LETTERS if c in sample}
    if not letters & _SOUTH_SLAVIC_CYRILLIC:
        return None
    if letters & _MACEDONIAN_LETTERS and not letters & _SERBIAN_LETTERS:
        return "mk"
    if letters & _SERBIAN_LETTERS and not letters & _MACEDONIAN_LETTERS:
        return "sr"
    low = sample.lower()
    mk, sr = len(_MACEDONIAN_WORDS.findall(low)), len(_SERBIAN_WORDS.findall(low))
    if mk == sr:
        return None  # the trigram model decides, read as one of the two
    return "mk" if mk > sr else "sr"


def _without_names(sample: str) -> str:
    """The sample with its inner capitalised words left out, when enough text remains."""
    stripped = _INNER_NAME.sub(r"\1", sample)
    return stripped if sum(map(str.isalpha, stripped)) >= 12 else sample


def detect_language(text: str, title: str | None = None) -> str | None:
    """The language code of a text, or None when it has no words to tell by."""
    sample = ((title + "\n") if title else "") + text[:SAMPLE_CHARS]
    if not any(map(str.isalpha, sample)):
        return None
    low = sample.lower()
    common = _whole_words(_ENGLISH, _ENGLISH_IN, low)
    if "the" in common and len(common) >= 2 and len(common) * 12 >= low.count(" "):
        return "en"  # English function words, one in twelve words or more
    cyrillic = _cyrillic_share(sample) > 0.5
    if cyrillic:
        by_letters = _cyrillic_by_letters(sample)
        if by_letters:
            return by_letters
    else:
        by_words = _latin_by_words(low)
        if by_words:
            return by_words
    return _by_model(sample, low, cyrillic)


def _by_model(sample: str, low: str, cyrillic: bool) -> str | None:
    """The trigram model's reading, corrected by the letters and words it mixes up."""
    found = _detector().detect_language_of(_without_names(sample))
    if found is None:
        return None
    code = ("sr" if cyrillic else "sh") if found.name in _BCMS else _CODES[found.name]
    if cyrillic:
        return _south_slavic_cyrillic(code, sample, low)
    if code not in ("en", "sq"):
        return _slovene_or_bcms(code, low)
    return code


def _latin_by_words(low: str) -> str | None:
    """English, Albanian, Slovenian or Serbo-Croatian when the sample's words leave no doubt,
    which spares the trigram model (the slowest step by far, and its large tables evict the rest
    of the pipeline's data from the cache).

    English (a short brief, or one with few "the"s): a function word only English has, and none
    of the region's.  A text partly in English is left to the model unless the region's function
    words are more than twice English's.

    Albanian: its "ë" in one letter of thirty or more, and its own function words three times
    those of the other two (a text half in each stays with the model).  Slovenian or
    Serbo-Croatian: one family's function words outnumber the other's by two or more, and no
    Albanian one is there; whatever the model would have said but English or Albanian,
    ``_slovene_or_bcms`` gives that same answer then.
    """
    counts = Counter(map(_WORD_LIST.__getitem__, _whole_words(_ANY_LISTED, _LISTED_IN, low)))
    sl, sh, sq = counts["sl"], counts["sh"], counts["sq"]
    if sl:  # "le" counts beside Slovenian's own words, never alone (French, Italian)
        sl += counts["sl?"]
    if not (sl or sh or sq):
        return "en" if counts["en!"] else None
    english = 2 * (counts["en"] + counts["en!"])
    if sq:
        letters = sum(map(str.isalpha, low))
        if low.count("ë") * 30 >= letters and sq > max(3 * (sl + sh), english):
            return "sq"
        return None
    if abs(sl - sh) >= 2 and max(sl, sh) > english:
        return "sl" if sl > sh else "sh"
    return None


def _south_slavic_cyrillic(code: str, sample: str, low: str) -> str:
    """Russian or Bulgarian read into a text with the region's own letters or articles."""
    if code in ("ru", "bg") and set(sample) & _SOUTH_SLAVIC_CYRILLIC:
        return "mk" if code == "bg" else "sr"
    if code == "bg" and len(_MACEDONIAN_WORDS.findall(low)) >= 2:
        return "mk"
    return code


def _slovene_or_bcms(code: str, low: str) -> str:
    """Slovenian and Serbo-Croatian told apart by the function words only one of them uses."""
    found = _SLOVENE_WORDS.findall(low)
    sl, sh = len(found), len(_BCMS_WORDS.findall(low))
    if code in ("sh", "sl") and sl != sh:
        return "sl" if sl > sh else "sh"
    sl -= found.count(_SHARED_ABROAD)  # the model read French or Italian: "le" is theirs
    if abs(sl - sh) >= 2:  # read as German or Turkish, but plainly one of the two
        return "sl" if sl > sh else "sh"
    return code


def detect_languages(text: str, title: str | None = None) -> list[str]:
    """The language of a text's opening first, then another one its middle is written in.

    A report that quotes a long statement, or a bilingual page, is read with the rules of
    both languages; the first is the article's language.
    """
    found = [code for code in (detect_language(text, title),) if code]
    if len(text) > 2 * SAMPLE_CHARS:
        middle = len(text) // 2
        other = detect_language(text[middle : middle + SAMPLE_CHARS])
        if other and other not in found:
            found.append(other)
    return found
