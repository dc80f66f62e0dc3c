"""Date rules for the region's languages, one set per language family, built from the lexicon.

The shapes follow the English rules with each language's grammar: a weekday after its
preposition ("u sredu", "v sredo", "të mërkurën", "во средата") or its modifier ("prošlog
ponedeljka", "minatiot petok"); a relative day ("jučer", "dje", "вчера"); a relative week, month
or year ("prošle godine", "javën e kaluar", "lani"); "N days ago" in CLDR's own patterns; a month
after a preposition or with a year ("u martu", "krajem lipnja", "novembra prošle godine"); and a
decade ("devedesetih", "1990-ih", "90-тите").  The resolution rules are the English ones
(``absolute``, ``relative``): the tense of the clause decides whether a bare weekday or a
yearless month looks back or forward, here read from each language's future markers.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from newsmap.events.temporal import local_tense as T
from newsmap.events.temporal import local_words as W
from newsmap.events.temporal import spans as P
from newsmap.events.temporal.gates import digit_after
from newsmap.events.temporal.local_apposed_days import opens_sentence
from newsmap.events.temporal.local_feasts import croatian, feast_rules
from newsmap.events.temporal.local_guards import counted, in_outlet_name
from newsmap.events.temporal.local_lead_days import lead_day_rules, says_still
from newsmap.events.temporal.local_more import more_rules
from newsmap.events.temporal.local_nowadays import nowadays
from newsmap.events.temporal.local_seasons import season_rules
from newsmap.events.temporal.local_seasons_ahead import season_ahead_rules
from newsmap.events.temporal.local_this_year import dates_a_happening
from newsmap.events.temporal.local_week_of import after_date_told
from newsmap.events.temporal.local_weekday_cues import (
    announced_before,
    begins,
    held_since,
    looks_ahead,
    passive_past_before,
    starts_today,
    weekday_date,
)
from newsmap.events.temporal.local_weekend import weekend_rules
from newsmap.events.temporal.periods import iso_month, nearest_month_year, shift_month, span
from newsmap.events.temporal.record import Handler, Resolved, Rule
from newsmap.events.temporal.spelling import alt
from newsmap.events.temporal.starts import Anchor, Either, RunsBefore, Trigger, century_runs
from newsmap.lexicon.local import Family, family, fold

_YEAR = r"(?P<year>1[89]\d\d|20\d\d)(?!\d)"


def _cased(words: set[str] | list[str]) -> list[str]:
    """Each word as written in running text: lower case, or capitalised at a sentence start."""
    return sorted({w for word in words for w in (word, word[:1].upper() + word[1:])})


def _words(words: set[str] | list[str]) -> str:
    """A trie of the words as written in text; one that never matches when there are none.

    The patterns open with ``(?<!\\w)`` rather than with these tries spelled to skip ahead (as
    the English month names are): the local words begin with the commonest letters, and a
    failed look-behind inside a word is cheaper than entering a trie there.
    """
    return alt(_cased(words)) if words else "(?!)"


def is_future_local(fam: Family, text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] is in the future tense, by its language's marks."""
    return T.is_future_local(fam.code, text, start, end)


def _h_weekday(fam: Family) -> Handler:
    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None:
            return None
        form = m["wd"].lower()
        wd = fam.weekdays[form]
        prep = (m["prep"] or "").lower()
        mod = (m["mod"] or "").lower()
        if (
            wd == 6
            and fam.code in W.WEEK_IS_SUNDAY
            and (mod or not prep)
            and not croatian(text)  # Croatian's week is "tjedan": its "nedjelja" is Sunday
        ):
            return None  # "prošle nedelje", "za sledeću nedelju": the week, not Sunday
        if not prep and not mod:
            return None
        after = (m["after"] or "").lower().split()  # "e ardhshme", "e kaluar"
        shift = W.shift_of(fam.code, mod or (after[-1] if after else ""))
        if shift != 0:
            # "prošle srijede", "e ardhshme": the week is told, and the clause's tense (its
            # future, its present) changes nothing, so it is not read
            return weekday_date(pub, wd, shift, False).isoformat(), "day", "relative"
        # the clause's marks read in turn, each only while the day still depends on it: a
        # future told makes it the coming one whatever the present says
        # "povrede zadobijene u subotu" (Serbo-Croatian; Albanian verbs end so too: "shpallen")
        gone = fam.code == "sh" and passive_past_before(text, m.start())
        future = prep in W.FUTURE_PREPS[fam.code] or (
            not gone and is_future_local(fam, text, *m.span())
        )
        if not future and not gone:
            since = held_since(prep, text, *m.span())  # "od subote stoje", "që nga e hëna"
            present = not since and T.in_present(fam.code, text, *m.span())
            if present and starts_today(prep, wd, pub):
                return pub.isoformat(), "day", "relative"  # "prodaju se od petka" on a Friday
            future = present or (not since and looks_ahead(fam.code, text, *m.span()))
        d = weekday_date(pub, wd, 0, future)
        d = after_date_told(fam.months, text, m.start(), pub, wd) or d
        return d.isoformat(), "day", "relative"

    return handle


def _h_day(fam: Family) -> Handler:
    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None:
            return None
        word = m.group().lower()
        if (
            word in W.STILL_TODAY
            and W.STILL.search(text, max(0, m.start() - 8), m.start())
            and says_still(text, m.start())
        ):  # "od kojih se većina i danas vodi kao nestala": still; "i danas pretražuju" today
            return None
        if word in W.STILL_TODAY and nowadays(text, m.start(), m.end()):
            return None  # "Prvi sabor održan je 1961., a danas se ...": the present age
        if in_outlet_name(text, m.start(), m.end()):
            return None  # "SKOPJE, 5. maja (Glas danas) –": the outlet's name, no date
        offset = fam.days.get(word)
        if offset is None:
            offset = next(v for k, v in W.DAY_ADJECTIVES[fam.code].items() if word.startswith(k))
        source = "published" if offset == 0 else "relative"
        return (pub + timedelta(days=offset)).isoformat(), "day", source

    return handle


def _resolve_unit(unit: str, shift: int, pub: date) -> Resolved:
    if unit == "week":  # "ta teden", "prošle sedmice": the week's month (its year if it runs
        # over two months), as the region's weeks are told (tests/data/events/local/README.md)
        monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * shift)
        date_s, precision = span(monday, monday + timedelta(days=6))
        return date_s, precision, "relative"
    if unit == "month":
        y, mo = shift_month(pub.year, pub.month, shift)
        return iso_month(y, mo), "month", "relative"
    return f"{pub.year + shift:04d}", "year", "relative"


def _h_unit(fam: Family) -> Handler:
    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None:
            return None
        if m["one"]:
            if m["one"].lower() == "годинава" and not dates_a_happening(
                fam.code, text, m.start(), m.end()
            ):
                return None  # "this year", as "оваа година": the year so far, a period
            unit, shift = fam.units[m["one"].lower()]
            if counted(fam.code, text, m.start()):
                return None  # "2 vjet", "katër vjet" count years; "vjet" alone is last year
            return _resolve_unit(unit, shift, pub)
        if not (m["prev"] or m["this"] or m["next"]):
            return None
        unit = "week" if m["week"] else "month" if m["month"] else "year"
        shift = -1 if m["prev"] else 1 if m["next"] else 0
        if (
            unit == "year"
            and shift == 0
            and not dates_a_happening(fam.code, text, m.start(), m.end())
        ):
            return None  # "ove godine", "оваа година": the year so far, a period, no day
        return _resolve_unit(unit, shift, pub)

    return handle


def _h_ago(fam: Family, templates: dict[str, tuple[str, int]]) -> Handler:
    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None:
            return None
        groups = m.groupdict()  # Albanian puts no word before the number: no "pre" group
        if not (groups.get("pre") or groups.get("post")):
            return None
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else W.NUMBERS[fam.code][raw]
        key = m.group()[: m.start("n") - m.start()] + "{0}" + m.group()[m.end("n") - m.start() :]
        found = templates.get(" ".join(key.lower().split()))
        if found is None:
            return None
        unit, sign = found
        k = sign * n
        if (
            fam.code == "sq"
            and groups.get("post")
            and not groups.get("pre")
            and opens_sentence(text, m.start())
        ):
            return None  # "Një ditë më parë u ngrit flamuri": a day earlier, counted (local_more)
        if unit == "day":
            return (pub + timedelta(days=k)).isoformat(), "day", "relative"
        if unit == "week":  # "prije dvije sedmice": that many weeks to the day
            return (pub + timedelta(days=7 * k)).isoformat(), "day", "relative"
        if unit == "month":
            y, mo = shift_month(pub.year, pub.month, k)
            return iso_month(y, mo), "month", "relative"
        return f"{pub.year + k:04d}", "year", "relative"

    return handle


def _h_month(fam: Family) -> Handler:
    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        mon = fam.months[m["mon"].lower()]
        prep = (m["prep"] or "").lower()
        if fam.code == "sq" and prep in W.GENITIVE_ARTICLES and not m["mon"].endswith("t"):
            return None  # "e mars" is no date; "i korrikut" (of July) is
        digits = re.search(r"\d{4}", m["yq"] or "")  # "në mars të vitit 2023"
        year = m["year"] or (digits.group() if digits else None)
        if year:
            return iso_month(int(year), mon), "month", "explicit"
        if pub is None:
            return None
        if m["yq"]:
            shift = W.year_after_shift(fam.code, m["yq"])
            return iso_month(pub.year + shift, mon), "month", "explicit"
        rel = (m["rel"] or m["rel0"] or "").lower()
        if rel:
            _, shift = fam.units.get(rel, ("year", W.shift_of(fam.code, rel)))
            return iso_month(pub.year + shift, mon), "month", "explicit"
        shift = W.shift_of(fam.code, (m["mod"] or "").lower())
        if shift:  # "prošlog septembra", "следниот март": the last or next of its name
            y = pub.year - (mon >= pub.month) if shift < 0 else pub.year + (mon <= pub.month)
            return iso_month(y, mon), "month", "relative"
        bare_genitive = fam.code in W.BARE_GENITIVE_MONTH and m["mon"].endswith("a")
        if not m["prep"] and not bare_genitive:
            return None
        future = is_future_local(fam, text, *m.span())
        if prep.split(" ", 1)[0] in W.DUE_PREPS and not future:  # "do kraja novembra"
            y = nearest_month_year(pub, mon)
        elif future or announced_before(text, m.start()) or begins(text, *m.span()):
            # "najavila je radove u maju", "ne bo odpravila do konca junija"
            y = pub.year if mon >= pub.month else pub.year + 1
        elif (
            T.in_present(fam.code, text, *m.span())
            or T.own_clause_present(fam.code, text, *m.span())
            or (fam.code == "sq" and T.held_in_present(text, m.start(), albanian=True))
        ):
            y = nearest_month_year(pub, mon)  # "berba počinje u junu", "ndeshja luhet në shkurt"
        else:
            y = pub.year if mon <= pub.month else pub.year - 1
        return iso_month(y, mon), "month", "explicit"

    return handle


def _ago_templates(fam: Family) -> dict[str, tuple[str, int]]:
    """CLDR's "N units ago" and "in N units" patterns, blanks made single, with the forms CLDR
    lacks (``EXTRA_AGO``), each also without diacritics: unit and direction."""
    templates: dict[str, tuple[str, int]] = {}
    for unit in fam.ago:
        for p in fam.ago[unit]:
            templates[" ".join(p.split())] = (unit, -1)
        for p in fam.ahead[unit]:
            if p.split()[0] not in W.DURATION_PREPS:
                templates.setdefault(" ".join(p.split()), (unit, 1))
    templates.update(W.EXTRA_AGO[fam.code])
    for key, value in list(templates.items()):
        templates.setdefault(fold(key), value)  # "para dy ditesh", typed without diacritics
    return templates


def _weekday_rule(fam: Family, trigger: Trigger) -> Rule:
    code = fam.code
    return Rule(
        f"{code} weekday",
        re.compile(
            rf"(?<!\w)(?:(?P<prep>{_words(W.WEEKDAY_PREPS[code])})\s+)?"
            rf"(?:(?P<mod>{_words(W.WEEKDAY_MODS[code])})\w*\s+)?(?P<wd>{_words(set(fam.weekdays))})"
            rf"(?!\w)(?:\s+(?P<after>e\s+(?:kaluar|shkuar|ardhshme)|q[ëe]\s+vjen))?"
        ),
        _h_weekday(fam),
        tuple({fold(w[:4]) for w in fam.weekdays} | {w[:4] for w in fam.weekdays}),
        Anchor(tuple(fam.weekdays), back=2, itself=True, trigger=trigger),  # prep, modifier
    )


def _day_rule(fam: Family, trigger: Trigger) -> Rule:
    code = fam.code
    words = tuple(fam.days) + tuple(W.DAY_ADJECTIVES[code])
    return Rule(
        f"{code} relative day",
        re.compile(
            rf"(?<!\w)(?:{_words(set(fam.days))}|(?:{_words(set(W.DAY_ADJECTIVES[code]))})\w*)(?!\w)"
        ),
        _h_day(fam),
        words,
        Anchor(words, back=0, itself=True, trigger=trigger),
    )


def _unit_rule(fam: Family, trigger: Trigger) -> Rule:
    code = fam.code
    one_word = [p for p in fam.units if " " not in p]
    at_word_start, anywhere = W.unit_anchors(code, one_word)
    return Rule(
        f"{code} relative unit",
        re.compile(W.unit_pattern(code, one_word)),
        _h_unit(fam),
        W.unit_gate(code, one_word),
        Either(  # the unit (or the one word), or its modifier one word before
            (
                # two words back in sh: "prošlog je tjedna"
                Anchor(at_word_start, back=2 if code == "sh" else 1, itself=True, trigger=trigger),
                Anchor(anywhere, back=1, itself=True),
            )
        ),
    )


def _ago_rule(fam: Family, trigger: Trigger) -> Rule:
    code = fam.code
    templates = _ago_templates(fam)
    number = rf"(?P<n>\d{{1,3}}|{_words(set(W.NUMBERS[code]))})"
    pres = {t.split("{0}")[0] for t in templates} - {""}
    posts = {t.split("{0}")[1] for t in templates} - {""}
    post = alt(posts) or "(?!)"
    ago = (
        rf"(?P<pre>{_words(pres)})?{number}(?P<post>{post})?"
        if pres
        else rf"{number}(?P<post>{post})"
    )
    # A date it reads has a word before the number ("pre 5 dana") or a unit after it ("5 dana").
    words = tuple({p.split()[0].lower() for p in pres | posts})
    return Rule(
        f"{code} ago",
        re.compile(rf"(?<!\w)(?:{ago})(?!\w)"),
        _h_ago(fam, templates),
        tuple({t.replace("{0}", " ").split()[0] for t in templates}),
        Anchor(words, back=1, itself=True, trigger=trigger),
    )


def _month_rule(fam: Family, trigger: Trigger) -> Rule:
    code = fam.code
    months = [w for w in fam.months if w.islower()]
    rel_years = [p for p, (u, _) in fam.units.items() if u == "year"]
    preps = W.MONTH_PREPS[code]
    # before the name: a preposition ("do kraja") and a year ("prošle godine"), word by word
    # and a modifier ("prošlog septembra")
    back = max(len(p.split()) for p in preps) + max((len(r.split()) for r in rel_years), default=0)
    back += 1
    return Rule(
        f"{code} month",
        re.compile(
            rf"(?<!\w)(?:(?P<prep>{_words(preps)})\s+)?"
            rf"(?:(?P<rel0>{_words(rel_years)})\s+)?"
            rf"(?:(?P<mod>{_words(W.MODS[code])})\w*\s+)?(?P<mon>{alt(months)})(?!\w)"
            rf"(?:\s+{_YEAR}\.?|\s+(?P<rel>{_words(rel_years)})(?!\w)"
            rf"|\s+(?P<yq>{W.year_after_month(code)}))?"
        ),
        _h_month(fam),
        starts=Anchor(tuple(months), back=back, itself=True, trigger=trigger),
    )


# What follows the digits of a decade: "1990-ih", "90-тите"; "90. let" (see ``W.DECADE``).
_DECADE_RUNS = {"sh": RunsBefore("-"), "sl": RunsBefore("."), "mk": RunsBefore("-")}


@cache
def rules_for(code: str) -> tuple[Rule, ...]:
    """The date rules of one language family (``sh``, ``sl``, ``sq``, ``mk``), built once.

    Their anchor words are found by one scan of the text for the whole family (a ``Trigger``).
    """
    fam = family(code)
    for word, shift in W.EXTRA_UNITS[code].items():
        fam.units.setdefault(word, ("week" if "недел" in word else "year", shift))
    for word, offset in W.EXTRA_DAYS[code].items():
        fam.days.setdefault(word, offset)
    trigger = Trigger()
    decade_words, decade_digits = W.DECADE_STARTS[code]
    # a decade in digits is a run of them right before its ending's dash or its full stop
    decade_runs = _DECADE_RUNS[code] if decade_digits else None
    return (
        _weekday_rule(fam, trigger),
        _day_rule(fam, trigger),
        _unit_rule(fam, trigger),
        _ago_rule(fam, trigger),
        _month_rule(fam, trigger),
        Rule(
            f"{code} decade",
            re.compile(W.DECADE[code]),
            W.h_decade,
            W.DECADE_GATE[code],
            Anchor(decade_words, back=0, itself=True, runs=decade_runs, trigger=trigger),
        ),
        Rule(
            f"{code} year range",
            re.compile(
                rf"(?<!\w)(?:{_words(W.RANGE_FROM[code])})\s+(?:{_words(W.YEAR_WORDS[code])}\s+)?"
                rf"(?P<y1>1[89]\d\d|20\d\d)\.?\s+"
                rf"(?:{_words(W.RANGE_TO[code])})\s+(?P<y2>1[89]\d\d|20\d\d)(?!\d)\.?"
            ),
            P.h_range,
            digit_after(tuple(W.RANGE_FROM[code]) + tuple(W.YEAR_WORDS[code])),
            # the first year (a run of digits after a blank, opening with 18, 19 or 20),
            # after its preposition (and "leta")
            Anchor(back=2, runs=century_runs),
        ),
        *more_rules(fam),
        *weekend_rules(code),
        *season_rules(code),
        *season_ahead_rules(code),
        *lead_day_rules(code),
        *feast_rules(code, trigger),
    )
