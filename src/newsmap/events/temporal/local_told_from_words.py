"""The words of a date told from the one before in the region's languages (``local_more``'s
"told from a date" rule): the units counted ("dva dana kasnije"), the words for later and
earlier, and the phrases of the next, previous or same day ("sutradan", "istog dana", "tog
dana", "istog popodneva", "Наредниот ден", "atë ditë").
"""

from __future__ import annotations

__all__ = ["DIRECTION", "NEXT_DAY", "UNITS"]

# The units of a date told from another, by their stems: day, week, month, year.
UNITS = {
    "sh": {
        "day": "dan dana дан дана",
        "week": "nedelj nedjelj sedmic tjed недељ седмиц",
        "month": "mesec mjesec месец",
        "year": "godin годин",
    },
    "sl": {"day": "dan dni dneva", "week": "ted", "month": "mesec", "year": "let leto"},
    "sq": {"day": "ditë dite ditë", "week": "javë jave", "month": "muaj", "year": "vit vjet"},
    "mk": {"day": "ден дена дни", "week": "недел седмиц", "month": "месец", "year": "годин"},
}
# The words after the unit: later (+1) or earlier (-1).
DIRECTION = {
    "sh": {"kasnije": 1, "potom": 1, "касније": 1, "potonje": 1, "ranije": -1, "раније": -1},
    "sl": {"kasneje": 1, "pozneje": 1, "prej": -1},
    # "më parë" opening a sentence ("Një ditë më parë u ngrit flamuri"); after its verb it is a
    # day ago, read first by the "ago" rule
    "sq": {"më vonë": 1, "me vone": 1, "më parë": -1, "me pare": -1},
    "mk": {"подоцна": 1, "порано": -1},
}
# The next or the previous day as one phrase: "sljedećeg dana", "Наредниот ден", "naslednji dan".
NEXT_DAY = {
    "sh": {
        "sledećeg dana": 1,
        "sljedećeg dana": 1,
        "narednog dana": 1,
        "idućeg dana": 1,
        "следећег дана": 1,
        "наредног дана": 1,
        "prethodnog dana": -1,
        "претходног дана": -1,
        "sutradan": 1,  # one word: "obavljen je sutradan", "Sjutradan je pod vodom bio put"
        "sjutradan": 1,
        "сутрадан": 1,
        "сјутрадан": 1,
        "istog dana": 0,  # the day named before: "izglasana je u petak, a istog dana ..."
        "истог дана": 0,
        "istoga dana": 0,
        # that day, the same morning, afternoon or evening: "potjera je počela istog popodneva"
        "tog dana": 0,
        "toga dana": 0,
        "тог дана": 0,
        "istog jutra": 0,
        "istog popodneva": 0,
        "iste večeri": 0,
        "истог јутра": 0,
        # "the day after" standing alone before a comma ("Dan poslije, drugog dana Bajrama");
        # before a noun it counts from that happening (``local_happenings``)
        "dan poslije": 1,
        "dan posle": 1,
        "dan nakon": 1,
        "дан после": 1,
        "дан послије": 1,
        "дан након": 1,
        "истог поподнева": 0,
        "исте вечери": 0,
    },
    "sl": {
        "naslednji dan": 1,
        "naslednjega dne": 1,
        "naslednjega dneva": 1,
        "dan prej": -1,
        "istega dne": 0,
        "isti dan": 0,
    },
    "sq": {
        "ditën tjetër": 1,
        "të nesërmen": 1,
        "ditën pasardhëse": 1,
        "të njëjtën ditë": 0,
        "atë ditë": 0,
    },
    "mk": {
        "наредниот ден": 1,
        "следниот ден": 1,
        "претходниот ден": -1,
        "истиот ден": 0,
        "тој ден": 0,
        "истата вечер": 0,
    },
}
