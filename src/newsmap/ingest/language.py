"""The language of an article: the one its source gives, or one detected offline.

Detection uses lingua (its models ship inside the wheel: nothing is downloaded at run time), in
its low-accuracy mode (trigram models, about 40 ms to load and a tenth of a millisecond per
article) over the start of the text, restricted to the region's languages, English and the
languages the region's news quotes most, so that a German or Russian text is not forced into a
Balkan code.  Serbian, Croatian, Bosnian and Montenegrin are too close to tell apart reliably in
a few sentences: Latin-script text of that family is ``sh`` (the family's code), Cyrillic ``sr``.
English is recognised before lingua by the share of its commonest words ("the", "of", "was"),
which keeps English news fast; a local text quoting an English phrase has far too few of them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = ["detect_language", "detect_languages", "normalise_language"]

#: How much of an article is read to tell its language: the opening is enough, and keeps it fast.
SAMPLE_CHARS = 400
_CODE = re.compile(r"^(?P<base>[A-Za-z]{2,3})(?P<rest>(?:[-_][A-Za-z0-9]{2,8})*)$")
_ENGLISH = re.compile(r"\b(?:the|and|of|to|in|was|were|said|has|is)\b")
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


#: The letters of the Cyrillic block (not its signs and combining marks), for one regex scan.
_CYRILLIC_LETTER = re.compile(
    "[" + "".join(c for c in map(chr, range(0x400, 0x500)) if c.isalpha()) + "]"
)


def _cyrillic_share(sample: str) -> float:
    """The share of the sample's letters that are Cyrillic (counted in C: per-character Python
    generators were most of the cost of telling a language by its letters)."""
    letters = sum(map(str.isalpha, sample))
    if not letters:
        return 0.0
    return len(_CYRILLIC_LETTER.findall(sample)) / letters


#: Letters that only the region's Cyrillic alphabets have (not Russian's, not Bulgarian's).
_SOUTH_SLAVIC_CYRILLIC = frozenset("јљњџђћѓќѕЈЉЊЏЂЋЃЌЅ")
#: Letters and words that tell Macedonian from Serbian Cyrillic (LANGUAGES.md §5).
_MACEDONIAN_LETTERS = frozenset("ѓќѕЃЌЅ")
_SERBIAN_LETTERS = frozenset("ђћЂЋ")
_MACEDONIAN_WORDS = re.compile(r"(?<!\w)(?:во|ќе|е)(?!\w)|\w\w(?:от|ата|ите)(?!\w)")
_SERBIAN_WORDS = re.compile(r"(?<!\w)(?:је|у|ће|су)(?!\w)|\w\w(?:ију|ају)(?!\w)")
#: Function words that one of Slovenian and Serbo-Croatian uses and the other does not: the
#: trigram model mixes up the two when a text is short or full of the region's names.
_SLOVENE_WORDS = re.compile(r"(?<!\w)(?:v|ki|so|tudi|že|bo|bodo|kot|pri|le|ob)(?!\w)")
_BCMS_WORDS = re.compile(r"(?<!\w)(?:u|su|će|koji|koja|koje|kao|što|nije|već|gdje|gde)(?!\w)")
#: English function words that are no word of the region's languages ("in", "to", "so", "a" and
#: "on" are Slovenian or Serbo-Croatian ones as well).
_ENGLISH_ONLY = re.compile(
    r"(?<!\w)(?:the|of|and|was|were|said|has|have|had|is|are|an|for|with|that|at|by|from|its|"
    r"their|will|far|after|this)(?!\w)"
)
#: Albanian function words that neither Slovenian nor Serbo-Croatian has (Albanian uses "u" too),
#: with and without their diacritics.
_ALBANIAN_WORDS = re.compile(
    r"(?<!\w)(?:dhe|nga|të|në|një|nje|për|që|qe|është|eshte|janë|jane|tij|saj)(?!\w)"
)
#: A capitalised word inside a sentence: mostly a name, which is the same in every language
#: and pulls a trigram model towards the language the name comes from ("Talks in Skopje").
_INNER_NAME = re.compile(r"(?<=[^\s.!?:\"'«»„“(\n])(\s+)[A-ZÀ-ÞĀ-Ž\u0400-\u042f][\w'’-]*")


def _cyrillic_by_letters(sample: str) -> str | None:
    """Serbian or Macedonian when the text uses letters Russian and Bulgarian do not have."""
    letters = set(sample)
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
    common = _ENGLISH.findall(low)
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
    """Albanian, Slovenian or Serbo-Croatian when the sample's words leave no doubt, which
    spares the trigram model (the slowest step by far, and its large tables evict the rest of
    the pipeline's data from the cache).  A text mostly in English is left to the model: its
    own function words must be more than twice English's.

    Albanian: its "ë" in one letter of thirty or more, and its own function words three times
    those of the other two (a text half in each stays with the model).  Slovenian or
    Serbo-Croatian: one family's function words outnumber the other's by two or more, and no
    Albanian one is there; whatever the model would have said but English or Albanian,
    ``_slovene_or_bcms`` gives that same answer then.
    """
    sl, sh = len(_SLOVENE_WORDS.findall(low)), len(_BCMS_WORDS.findall(low))
    sq = len(_ALBANIAN_WORDS.findall(low))
    english = 2 * len(_ENGLISH_ONLY.findall(low))
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
    sl, sh = len(_SLOVENE_WORDS.findall(low)), len(_BCMS_WORDS.findall(low))
    if code in ("sh", "sl") and sl != sh:
        return "sl" if sl > sh else "sh"
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
