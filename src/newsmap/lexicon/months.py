"""Month and weekday names: English, and the region's languages in the forms dates use."""

from __future__ import annotations

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

# Serbian, Bosnian and Montenegrin (Latin and Cyrillic), Croatian, Macedonian and Albanian, in
# the nominative and the genitive or definite forms a date takes ("5. maja", "më 5 majit").
_LOCAL = (
    "januar januara јануар јануара јануари siječanj siječnja janar janari janarit",
    "februar februara фебруар фебруара февруари veljača veljače shkurt shkurti shkurtit",
    "mart marta март марта ožujak ožujka mars marsi marsit",
    "april aprila април априла travanj travnja prill prilli prillit",
    "maj maja мај маја svibanj svibnja maji majit",
    "jun juna juni јун јуна јуни lipanj lipnja qershor qershori qershorit",
    "jul jula juli јул јула јули srpanj srpnja korrik korriku korrikut",
    "avgust avgusta август августа kolovoz kolovoza gusht gushti gushtit",
    "septembar septembra септембар септембра септември rujan rujna shtator shtatori shtatorit",
    "oktobar oktobra октобар октобра октомври listopad listopada tetor tetori tetorit",
    "novembar novembra новембар новембра ноември studeni studenoga studenog nëntor nëntori "
    "nëntorit",
    "decembar decembra децембар децембра декември prosinac prosinca dhjetor dhjetori dhjetorit",
)
#: Local month names, lower-cased, to their number.
LOCAL_MONTHS: dict[str, int] = {}
for _number, _forms in enumerate(_LOCAL, start=1):
    for _form in _forms.split():
        LOCAL_MONTHS.setdefault(_form, _number)

#: Every month name and abbreviation above, for readers that take any of them.
MONTHS: dict[str, int] = {**LOCAL_MONTHS, **EN_MONTH_ABBR, **EN_MONTHS}
