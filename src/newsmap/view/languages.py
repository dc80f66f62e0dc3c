"""Language codes as an analyst reads them: "Albanian (sq)", "Serbian, Cyrillic (sr-Cyrl)".

The store keeps the code an article's source gave (normalised: "sr-Cyrl", "cnr") or the one
detected (``newsmap.ingest.language``); the sidebar, the page's subtitle and the export
captions name it in English with the code beside it, so a code nobody has a name for still
reads as itself.
"""

from __future__ import annotations

from collections.abc import Iterable

#: English names of the codes the detector gives and those the region's sources use.
NAMES = {
    "sq": "Albanian",
    "bs": "Bosnian",
    "bg": "Bulgarian",
    "hr": "Croatian",
    "en": "English",
    "fr": "French",
    "de": "German",
    "el": "Greek",
    "hu": "Hungarian",
    "it": "Italian",
    "mk": "Macedonian",
    "cnr": "Montenegrin",
    "ro": "Romanian",
    "ru": "Russian",
    "sr": "Serbian",
    "sh": "Serbo-Croatian",
    "sl": "Slovenian",
    "tr": "Turkish",
}
SCRIPTS = {"Latn": "Latin", "Cyrl": "Cyrillic"}
#: The script a bare code implies: the detector writes the Latin-script text of the
#: Serbo-Croatian family as ``sh`` (its Cyrillic text is ``sr``, which sources also give for
#: Latin text, so ``sr`` names no script).
IMPLIED_SCRIPT = {"sh": "Latn"}


def language_name(code: str) -> str:
    """The English name of a code, with its script when the code says or implies one.

    >>> language_name("sr-Cyrl"), language_name("sh"), language_name("cnr")
    ('Serbian, Cyrillic', 'Serbo-Croatian, Latin', 'Montenegrin')
    >>> language_name("xx-Latn")
    'xx-Latn'
    """
    base, *rest = code.split("-")
    name = NAMES.get(base.lower())
    if name is None:
        return code
    script = next((SCRIPTS[p.title()] for p in rest if p.title() in SCRIPTS), None)
    script = script or SCRIPTS.get(IMPLIED_SCRIPT.get(base.lower(), ""))
    return f"{name}, {script}" if script else name


def language_label(code: str) -> str:
    """The name and the code, as the sidebar lists it: "Slovenian (sl)".

    >>> language_label("sq"), language_label("zz")
    ('Albanian (sq)', 'zz')
    """
    name = language_name(code)
    return code if name == code else f"{name} ({code})"


def by_name(codes: Iterable[str]) -> list[str]:
    """The codes in the order of their names, as a list to pick from reads best.

    >>> by_name(["sr-Cyrl", "en", "sq", "sr"])
    ['sq', 'en', 'sr', 'sr-Cyrl']
    """
    return sorted(set(codes), key=lambda c: (language_name(c).casefold(), c))
