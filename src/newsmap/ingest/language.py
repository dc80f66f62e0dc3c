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


def _cyrillic_share(sample: str) -> float:
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0400" <= c <= "\u04ff" for c in letters) / len(letters)


def detect_language(text: str, title: str | None = None) -> str | None:
    """The language code of a text, or None when it has no words to tell by."""
    sample = ((title + "\n") if title else "") + text[:SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return None
    low = sample.lower()
    common = _ENGLISH.findall(low)
    if "the" in common and len(common) >= 2 and len(common) * 12 >= low.count(" "):
        return "en"  # English function words, one in twelve words or more
    found = _detector().detect_language_of(sample)
    if found is None:
        return None
    if found.name in _BCMS:
        return "sr" if _cyrillic_share(sample) > 0.5 else "sh"
    return _CODES[found.name]


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
