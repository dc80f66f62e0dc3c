"""Month and weekday names: English, and the region's languages in the forms dates use."""

from __future__ import annotations

from newsmap.lexicon.local import FAMILY_LOCALES, family

_EN = "january february march april may june july august september october november december"
#: English month names, lower-cased, to their number.
EN_MONTHS: dict[str, int] = {name: i for i, name in enumerate(_EN.split(), start=1)}
#: English abbreviations ("Sept." as well as "Sep."); "may" is its own abbreviation.
EN_MONTH_ABBR: dict[str, int] = {
    name: EN_MONTHS[full]
    for full in EN_MONTHS
    for name in ((full[:3], "sept") if full == "september" else (full[:3],))
    if name != "may"
}
#: English weekday names, lower-cased, Monday = 0 as in ``date.weekday()``.
EN_WEEKDAYS: dict[str, int] = {
    name: i
    for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}

#: The region's month names in every form a date takes ("maja", "u ožujku", "majit", "мај"),
#: lower-cased, to their number: from CLDR, with the case forms made by rule (see ``local``).
LOCAL_MONTHS: dict[str, int] = {
    form: number
    for code in FAMILY_LOCALES
    for form, number in family(code).months.items()
    if form not in EN_MONTHS and form not in EN_MONTH_ABBR
}

#: Every month name and abbreviation above, for readers that take any of them.
MONTHS: dict[str, int] = {**LOCAL_MONTHS, **EN_MONTH_ABBR, **EN_MONTHS}
