"""The English words around a date that tell how to read it: context, labels, counts, tense."""

from __future__ import annotations

from typing import Final

# English month names that are also verbs, nouns or given names.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "april", "june", "august"})

# English month names that are also verbs, nouns or given names (AMBIGUOUS_MONTHS) are read as
# a month only next to a day or a year, or after one of these words ("in May", "early June").
MONTH_CONTEXT = frozenset(
    "after and around before beginning between by during early end from in last late mid middle "
    "next of or since start that this through throughout till to until".split()
)

# A bare four-digit number right after one of these words is a label or a count, not a year.
YEAR_LABELS = frozenset(
    "about above additional agenda almost altitude another approximately around article articles "
    "below bus case chapter code decree directive elevation estimated exactly extra fax flight "
    "gate height highway horizon item just law least line model nearly no nr number only over "
    "page pages paragraph phone point regulation reportedly resolution resolutions room roughly "
    "route section some strategy tel than total under version vision vol volume".split()
)

# ... and before one of these words it is a count ("2000 people") or a measure.
COUNT_NOUNS = frozenset(
    "apartments beds buildings cars cases children citizens copies dead deaths delegates "
    "demonstrators denars dinars dollars eur euros families feet firefighters followers guests "
    "hectares homes hours houses inhabitants jobs kg kilometers kilometres km lei leks m marks "
    "members men meters metres migrants miles minutes officers participants people per percent "
    "personnel persons police policemen pounds protesters refugees rescuers residents rounds "
    "seats signatures soldiers square staff students times tonnes tons troops units usd users "
    "vehicles victims views voters votes women workers".split()
)

# ... and before one of these it names a year of account ("the 2022 budget", "the 2024
# financial year", "approved the 2024 accounts"): a period books are kept for, no happening.
ACCOUNT_NOUNS = frozenset("accounts budget budgets financial fiscal".split())

# Words that put a clause in the future or in the past (see ``english_tense.tense_of``).
FUTURE_MARKERS: Final = frozenset(
    "'ll aims coming due expect expected expects forthcoming going hope hopes intend intends "
    "forward must next perhaps plan planned planning plans possibly probably scheduled shall to-be "
    "tomorrow threatening threatens vowing pledging "
    "upcoming want wants will warn warns predict predicts "
    "would".split()
)

# Verbs of a timetable in the present, which news writes of what is set to come ("talks resume
# on Monday", "voters go to the polls on Sunday", "the two sides meet again in March", "Partizan
# host Red Star on Saturday"), and those of a state that lasts to a date ahead ("the ban runs
# until 23 April", "the show stays open until May"); those that are also nouns ("the return")
# count only as verbs.
SCHEDULE_VERBS: Final = frozenset(
    "arrive arrives begin begins closes continues convene convenes ends expire expires gather "
    "gathers go goes host hosts kicks lasts meet meets open opens play plays reconvene "
    "reconvenes remains "
    "resume resumes return returns runs starts stays travel travels remain stay continue comes "
    "restarts enters joins face faces mark marks applies holds flies names sits".split()
)


PAST_MARKERS: Final = frozenset(
    "ago became began bought broke brought built came caught chose did drew drove earlier fell "
    "felt fled flew sold withdrew "
    "fought gave grew had held hit kept knew laid last led left lost made met paid ran rose said "
    "saw sent set shot sought spoke stood struck thought threw told took tore was went were won "
    "wore wrote yesterday".split()
)

# Words ending in -ed that are not past-tense verbs.
ED_NOT_PAST: Final = frozenset(
    "accused advanced aged ahmed alleged armed based bed concerned dedicated detailed "
    "ethnic-based exceed feed hundred indeed injured interested limited mehmed mohammed muhamed "
    "need needed proceed red related required seed shed skilled so-called sophisticated speed "
    "succeed supposed talented united unprecedented wed wounded".split()
)

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "couple of": 2,
}
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASONS = ("spring", "summer", "autumn", "fall", "winter")

# The words before "two weeks ago" that leave its time vague ("almost", "more than").
ABOUT_AGO = (
    ["almost"],
    ["nearly"],
    ["about"],
    ["around"],
    ["some"],
    ["over"],
    ["roughly"],
    ["than"],
)


_PUT_FORWARD = frozenset("mentioned floated proposed suggested".split())
_TALK = frozenset("talk talked talks spoke speak spoken".split())
_SET_FOR = frozenset("planned scheduled slated pencilled penciled earmarked booked due".split())


def put_forward(before: list[str]) -> bool:
    """Whether the words right before a month (nearest first) put it forward as a date for
    what is yet to be set ("officials have mentioned November", "diplomats talk of June"): the
    nearest month of its name, whatever the tense."""
    if not before:
        return False
    if before[0] in _PUT_FORWARD:
        return True
    if before[0] == "for" and len(before) > 1 and before[1] in _SET_FOR:
        return True  # "an exercise planned for June": the date it is set for
    return before[0] == "of" and len(before) > 1 and before[1] in _TALK
