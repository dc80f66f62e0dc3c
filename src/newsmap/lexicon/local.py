"""The region's calendar words in every form a date takes, generated from CLDR by rule.

CLDR (``cldr.json``, written by scripts/build_lexicon.py) gives each language's month and weekday
names in the nominative (Croatian months also in the genitive) and its words for yesterday, last
week or next year.  News needs more: "5. marta", "u martu", "v marcu", "të hënën", "во средата",
"od petka".  Those forms are made here by the grammar rules of each language (see the project's
notes on the region's languages), never listed by hand; only the few words CLDR has no field for
("sinoć", "mbrëmë", "синоќа") are named, in ``EXTRA_DAYS``.

Languages are grouped into families that share rules: ``sh`` (Serbian, Croatian, Bosnian and
Montenegrin, Latin and Cyrillic), ``sl``, ``sq`` and ``mk``.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

FAMILY_LOCALES = {
    "sh": ("sr_Latn", "sr_Latn_ME", "hr", "bs", "sr"),
    "sl": ("sl",),
    "sq": ("sq",),
    "mk": ("mk",),
}
# Words CLDR has no field for: last night, this morning, tonight; Albanian's day (and night)
# before yesterday, which CLDR's Albanian lacks.
EXTRA_DAYS = {
    "sh": {"sinoć": -1, "синоћ": -1, "jutros": 0, "јутрос": 0, "večeras": 0, "вечерас": 0},
    "sl": {"sinoči": -1, "davi": 0, "nocoj": 0},
    "sq": {"mbrëmë": -1, "sonte": 0, "pardje": -2, "parmbrëmë": -2},
    "mk": {"синоќа": -1, "утрово": 0, "вечерва": 0},
}
# Words for a street or a square: a date right after one names the street ("Ulica 1. maja").
STREET_WORDS = frozenset(
    "ulica ulici ulicu ulice ulicom trg trgu bulevar bulevaru bulevara cesta cesti "
    "rruga rrugën rrugës rrugen rruges sheshi sheshin sheshit "
    "улица улици улицу улицом булевар булевару трг тргу плоштад".split()
)
_VOWELS = "aeiouаеиоу"


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


def _ending(word: str, latin: str) -> str:
    """A Latin ending spelled in the script of ``word`` (a, e, u have one Cyrillic letter each)."""
    return latin.translate(str.maketrans("aeu", "аеу")) if _cyrillic(word) else latin


@dataclass(frozen=True)
class Family:
    """Every form of the calendar words of one language family, lower-cased."""

    code: str
    months: dict[str, int] = field(default_factory=dict)  # any form -> 1..12
    weekdays: dict[str, int] = field(default_factory=dict)  # any form -> 0 (Monday)..6
    days: dict[str, int] = field(default_factory=dict)  # "jučer" -> -1
    units: dict[str, tuple[str, int]] = field(default_factory=dict)  # "prošle godine" -> year, -1
    weekday_phrases: dict[str, tuple[int, int]] = field(default_factory=dict)  # -> (day, shift)
    ago: dict[str, list[str]] = field(default_factory=dict)  # unit -> "pre {0} dana", ...
    ahead: dict[str, list[str]] = field(default_factory=dict)  # unit -> "za {0} dana", ...


def fold(word: str) -> str:
    """The word without diacritics ("ožujka" -> "ozujka"), as news typed in ASCII writes it."""
    out = unicodedata.normalize("NFKD", word.replace("đ", "dj").replace("Đ", "Dj"))
    return "".join(c for c in out if not unicodedata.combining(c))


def _sh_month_forms(nom: str) -> set[str]:
    """Serbian, Bosnian and Montenegrin months: "mart" -> marta (gen), martu (loc)."""
    stem = nom[:-1] if nom[-1] in "iи" else nom
    if stem[-2:] in ("ar", "ар") and stem[-3] not in _VOWELS:  # septembar -> septembr-
        stem = stem[:-2] + stem[-1]
    return {nom, stem + _ending(nom, "a"), stem + _ending(nom, "u")}


def _hr_month_forms(nom: str, gen: str) -> set[str]:
    """Croatian months: CLDR's nominative and genitive, and the locative made from the genitive."""
    forms = {nom, gen}
    if gen.endswith("oga"):  # studenoga -> studenog, studenom
        forms |= {gen[:-1], gen[:-3] + "om"}
    elif gen.endswith("a"):
        forms.add(gen[:-1] + "u")
    elif gen.endswith("e"):
        forms.add(gen[:-1] + "i")
    return forms


def _sl_month_forms(nom: str) -> set[str]:
    """Slovenian months: "marec" -> marca, marcu, marcem; "januar" -> januarja, januarjem ("s 1.
    januarjem" = as of 1 January); "junij" -> junija; "april" -> aprilom."""
    if nom.endswith(("er", "ec")):
        stem = nom[:-2] + nom[-1]
    elif nom.endswith("ar"):
        stem = nom + "j"
    else:
        stem = nom
    return {nom, stem + "a", stem + "u", stem + ("em" if stem.endswith(("j", "c")) else "om")}


def _sq_month_forms(nom: str) -> set[str]:
    """Albanian months: definite forms "marsi", "marsit", "marsin"; "korrik" takes -u."""
    vowel = "u" if nom[-1] in "kgh" else "i"
    return {nom, nom + vowel, nom + vowel + "t", nom + vowel + "n"}


def _sh_weekday_forms(nom: str) -> set[str]:
    """ "sreda" -> sredu (acc), srede (gen); "ponedeljak" -> ponedeljka; "petak" -> petka."""
    if nom[-1] in "aа":
        return {nom, nom[:-1] + _ending(nom, "u"), nom[:-1] + _ending(nom, "e")}
    gen = nom[:-2] + nom[-1] if nom[-2] in "aа" else nom
    return {nom, gen + _ending(nom, "a")}


def _sl_weekday_forms(nom: str) -> set[str]:
    """ "sreda" -> sredo (acc), srede (gen); "ponedeljek" -> ponedeljka; "torek" -> torka."""
    if nom.endswith("a"):
        return {nom, nom[:-1] + "o", nom[:-1] + "e"}
    stem = nom[:-2] + nom[-1] if nom[-2] == "e" else nom
    return {nom, stem + "a"}


def _sq_weekday_forms(nom: str) -> set[str]:
    """ "e hënë" -> hënë, hënën ("të hënën" = on Monday), hënës ("tërmeti i së hënës" =
    Monday's earthquake), hëna (the definite nominative: "nga e hëna deri të premten" = from
    Monday to Friday); "e premte" -> premtja; "e diel" -> dielën, dielës, diela."""
    bare = nom.split()[-1]
    if bare[-1] == "ë":
        return {bare, bare + "n", bare + "s", bare[:-1] + "a"}
    if bare[-1] == "e":
        return {bare, bare + "n", bare + "s", bare[:-1] + "ja"}
    return {bare, bare + "ën", bare + "ës", bare + "a"}


def _mk_weekday_forms(nom: str) -> set[str]:
    """ "понеделник" -> понеделникот; "среда" -> средата."""
    return {nom, nom + "та" if nom.endswith("а") else nom + "от"}


def _months(code: str, locales: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for name in FAMILY_LOCALES[code]:
        data = locales[name]["months"]
        for i, (fmt, alone) in enumerate(zip(data["format"], data["stand-alone"], strict=True)):
            if code == "sh":
                forms = _hr_month_forms(alone, fmt) if fmt != alone else _sh_month_forms(alone)
            else:
                forms = {"sl": _sl_month_forms, "sq": _sq_month_forms}.get(code, lambda n: {n})(
                    alone
                )
            for form in forms:
                out.setdefault(form.lower(), i + 1)
    return out


def _weekdays(code: str, locales: dict) -> dict[str, int]:
    rule = {
        "sh": _sh_weekday_forms,
        "sl": _sl_weekday_forms,
        "sq": _sq_weekday_forms,
        "mk": _mk_weekday_forms,
    }[code]
    out: dict[str, int] = {}
    for name in FAMILY_LOCALES[code]:
        for i, nom in enumerate(locales[name]["weekdays"]["stand-alone"]):
            for form in rule(nom.lower()):
                out.setdefault(form, i)
    if code == "sh":
        # the ijekavian days in Cyrillic, as Bosnian Serb and Montenegrin news writes them
        # ("у сриједу", "од понедјељка"), which CLDR's Cyrillic (ekavian) lacks
        for form, i in list(out.items()):
            if "je" in form and form.isascii():
                out.setdefault(sh_cyrillic(form), i)
    return out


_SH_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_SH_LETTERS = dict(zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж", strict=True))


def sh_cyrillic(word: str) -> str:
    """A lower-case Serbian or Montenegrin Latin word in Cyrillic ("srijedu" -> "сриједу")."""
    out = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _SH_DIGRAPHS:
            out.append(_SH_DIGRAPHS[pair])
            i += 2
            continue
        out.append(_SH_LETTERS.get(word[i], word[i]))
        i += 1
    return "".join(out)


@cache
def family(code: str) -> Family:
    """The calendar words of one family, built once per process from the CLDR file."""
    # beside this module (a plain path: ``importlib.resources`` costs ``newsmap analyze``'s
    # start-up more imports than the file takes to read)
    raw = Path(__file__).with_name("cldr.json").read_text(encoding="utf-8")
    locales = json.loads(raw)["locales"]
    fam = Family(code, _months(code, locales), _weekdays(code, locales))
    for name in FAMILY_LOCALES[code]:
        data = locales[name]
        for unit, words in data["relative"].items():
            for shift, phrase in words.items():
                if unit == "day":
                    fam.days.setdefault(phrase.lower(), int(shift))
                else:
                    fam.units.setdefault(phrase.lower(), (unit, int(shift)))
        for day, words in enumerate(data["relative_weekdays"]):
            for shift, phrase in words.items():
                fam.weekday_phrases.setdefault(phrase.lower(), (day, int(shift)))
        for unit in data["past"]:
            fam.ago.setdefault(unit, []).extend(p.lower() for p in data["past"][unit])
            fam.ahead.setdefault(unit, []).extend(p.lower() for p in data["future"][unit])
    fam.days.update(EXTRA_DAYS[code])
    for table in (fam.months, fam.weekdays, fam.days, fam.units, fam.weekday_phrases):
        for word, value in list(table.items()):
            table.setdefault(fold(word), value)  # type: ignore[arg-type]  # same value type
    return fam


def family_code(language: str | None) -> str | None:
    """The family of a language code ("sr-Cyrl", "hr", "cnr" -> "sh"), None outside the region."""
    if not language:
        return None
    base = language.replace("_", "-").split("-")[0].lower()
    if base in ("sr", "hr", "bs", "cnr", "sh", "hbs"):
        return "sh"
    return base if base in FAMILY_LOCALES else None
