"""Villages and small towns the gazetteer lacks, named after a place preposition in local text.

Local news names the region's villages, resort villages and suburbs as it names towns, in a case
form after a preposition of place and with no noun that says what they are: "u Kumboru",
"na Zabjelu", "iz Vranjine i Murića", "у Постењу и Пазаришту", "во Трпејца", "nga Lini",
"v Igalu, Kumboru in Bijeli".  The gazetteer (GeoNames' places of 500 people and more) lacks
most of them, and some of those it has cannot be indexed in a case form that is also a common
word ("Igalu", "Bijeloj").  ``locative_names`` reads such names in English text; this reads
them in the region's languages.

A single capitalised word after a preposition of place (BCMS "u", "na", "iz", "kod", "do",
"ka", "prema", Slovenian "v", "pri", Macedonian "во", "кај", Albanian "në", "nga", "pranë" ...)
or after "and" or a comma that continue a list of places the same way, which no matcher hit
covers (the gazetteer's names, rejected or not, keep their rules' verdicts), is a settlement,
unless it is what else such a word is in local news: an institution ("u Vladi", "iz
Ministarstva", "во Собранието"), a feast day ("na Vidovdan", "do Božića", "në Ditën e
Pavarësisë"), a league or a club ("u Evroligi", "kod Zrinjskog"), a news programme ("u
Dnevniku"), a name of several capitalised words (whose span this rule cannot tell), an acronym.
A word that is a case form of a town the gazetteer has but could not index in that form
(``case_form_clashes.txt``: "u Igalu", "u Bijeloj") is that town, the namesake in the state
the context names first.  Otherwise the mention is a ``city`` at the village score, placed
where a site the gazetteer lacks would be (``site_anchor``), and only inside the region and its
two neighbours (HR, SI): a name placed abroad by its context is as often a town of another
state ("u Pragu, Parizu").

Not read: a word with an adjective's ending before a lower-case noun ("na Županijskom sudu",
"u Jadranskoj ligi", "v Šaleški dolini"), a word before a linking word and a capital (a longer
name: "Radlje ob Dravi", "Pallatin e Kongreseve"), a people's or residents' noun ("na Srbe",
"Srebreničani"), a word before a number ("Koridor 8").
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.local_border_sides import side_after
from newsmap.geotag.local_landscapes import landscape
from newsmap.geotag.local_states import PEOPLE_NOUNS, institution
from newsmap.geotag.local_towns_abroad import (
    CASE_ENDS,
    KNOWN_SCORE,
    NOMINATIVE_ENDS,
    rejected_town_abroad,
    town_abroad,
)
from newsmap.geotag.locative_names import REASON
from newsmap.geotag.side_words import site_nouns
from newsmap.geotag.site_anchor import anchored
from newsmap.geotag.sites import VILLAGE_SCORE
from newsmap.geotag.words import LOCAL_FUNCTION_WORDS

__all__ = ["local_locative_names"]

#: A town of the gazetteer found by its case form: a place as sure as its indexed forms.
KNOWN_REASON = "a town's case form after a place word"
#: Where a place named so may stand: the region, Croatia and Slovenia.
_NEAR = frozenset(("AL", "BA", "XK", "ME", "MK", "RS", "HR", "SI"))

#: A capitalised word of three letters or more, Latin or Cyrillic (it opens with a class, so
#: the engine skips to capitals).
_WORD = re.compile(r"[A-ZČĆŠŽĐÇËА-ЯЂЈЉЊЋЏЃЌЅ][a-zčćšžđçëа-яђјљњћџѓќѕ]{2,}(?![\w-])")
#: Prepositions of place, lower case (a capitalised one opens a sentence: "U Kumboru ...").
#: Not "od"/"од", "s"/"sa" and "za": "izgubio od Borca", "s Hajdukom" name clubs and people.
_PLACE_WORDS = frozenset(
    "u na iz kod do ka prema pored blizu kroz iza ispod iznad "
    "v pri proti pod nad "
    "у на из код до ка према поред кроз "
    "во кај кон низ покрај "
    "në ne nga te pranë prane drejt".split()
)
#: Words before where people or goods come from ("iz Beljaka", "nga Gjermania").
_ORIGIN_WORDS = frozenset(("iz", "z", "из", "од", "nga", "prej"))
#: Words that continue a list of places ("u Postenju i Pazarištu", "v Igalu, Kumboru in Bijeli").
_AND = frozenset(("i", "in", "ili", "ali", "и", "или", "dhe", "e", ","))
#: How the capitalised common nouns of local news begin (folded): feast days, leagues, news
#: programmes, unions, councils, offices, municipalities, schools and houses of culture,
#: parties, clubs' abstract names; institutions are ``local_states.institution``'s.
_NOT_PLACES = tuple(
    (
        "vidovdan bozic bozik badnj badnik uskrs vaskrs cvet petrovd mitrovd nikoljd ilinden "
        "ilindan veligden velikden velikdan svijecnic sretenj martinj stefanj bajram ramazan "
        "kurban djurdjevd durdevd spasovd jovanj krstov vodic bogorodic uspeni silvestr "
        "presern pokladn dit denot den dan nov star svet sveti svetog sveta svetom "
        "evrolig lig evrop europ unij unio alijans dnevnik vijest vesti fond agencij "
        "uprav savjet savet sovet vijec vece opstin opcin obcin opshtin bashki komun "
        "grad dom muzej fakultet univerzitet univerz skol shkoll bolnic klinik spital "
        "narod zajednic manjin strank crkv partij pokret savez koalicij federacij republik "
        "kancelarij sekretarijat direkcij zavod institut komisij kuvend kuvendi qeveri "
        "gjykat ministr sobran predsj predsed kabinet ured biro sluzb inspekc "
        "budu partizan zvezd borac borc sloboda slobod zeljeznic velez zrinjsk hajduk "
        "dinamo vardar skendij shkendij sutjesk olimpij celik radnick naprede napret "
        "tekstilc teut vllazni skenderbe drita ballkan metalurg rabotnick buducnost "
        "radnik mornar schengen sengen ustav koridor bog alah gospod boga"
    ).split()
)


#: Site nouns in their case forms ("Trgu", "Mostu"): a site's name, not a settlement's.
_SITE_NOUNS = frozenset(site_nouns())
#: Endings of adjectives (folded), which before a lower-case noun make a name's first word.
_ADJECTIVE_ENDS = (
    "ski ska sko skoj skom skog ske skih skim sku skem skega cki cka cko ckoj ckom ckog cke "
    "ckih ckem ni nom noj nog nem nih nega oj om og em ega im ih iot ata oto ite"
).split()
#: Linking words inside a longer name, before its next capitalised word ("Radlje ob Dravi",
#: "Šmartno v Rožni dolini", "Pallatin e Kongreseve", "Zonës së Mbrojtur").
_LINKS = frozenset(("ob", "pri", "nad", "pod", "v", "na", "u", "e", "se", "te"))
#: Residents' nouns (folded endings: "Srebreničani", "Beranci" are people).
_RESIDENTS = ("cani", "cane", "ljani", "ljane", "jani", "jane")


def local_locative_names(doc: Doc, places: list[Choice], extra: list[Choice]) -> list[Choice]:
    """The settlements after place prepositions that no matcher hit covers (local text)."""
    text = doc.text
    taken = sorted((c.start, c.end) for c in (*places, *extra))
    found: list[Choice] = []
    # where each place ends, and the place: a list of places may go on from it
    listed: dict[int, Choice] = {c.end: c for c in (*places, *extra)}
    gplaces = doc.gaz.places
    for match in _WORD.finditer(text):
        start, end = match.span()
        before = _after_place_word(doc, text, start, listed)
        if before is False:
            continue
        if any(s < end and start < e for s, e in taken):
            continue  # a name a rule has read keeps its verdict
        rejected = [h for h in doc.hits if h.start < end and start < h.end]
        if rejected:
            # a town abroad the matcher left for want of its state in the story ("iz Graca,
            # Pariza i Vintertura"): the place word says it is a place; else the verdict stands
            town = rejected_town_abroad(doc, rejected, start, end)
            if town is not None and _a_place_word(doc, doc.fold(match.group()).lower(), end):
                found.append(town)
                listed[end] = town
            continue
        folded = doc.fold(match.group()).lower()
        listed_before = before if isinstance(before, Choice) else None
        region = landscape(doc, places, start, end, listed_before)
        if region is not None:
            found.append(region)  # "v Šaleški dolini", "na Staroj planini"
            continue
        if not _a_place_word(doc, folded, end):
            continue
        if _foreign_spelling(folded, text, start):
            # "blizu Wolfsberga", "u Dachauu i Mauthausenu": spelt as no language of the region
            # spells, a town abroad the gazetteer knows or none
            known = town_abroad(doc, places, folded, start, end, foreign=True)
            if known is not None:
                found.append(known)
                listed[end] = known
            continue
        known = _known_town(doc, places, folded, start, end)
        if known is None:
            known = town_abroad(doc, places, folded, start, end)
        if known is not None:
            found.append(known)
            listed[end] = known
            continue
        choice: Choice | None = None
        side = side_after(doc, extra, end)
        named = _named_before(text, (*places, *extra, *found), match.group())
        if named is not None:
            # "rrjetin në Xhepçisht": a village the story has placed keeps its place
            choice = Choice(start, end, named.place, VILLAGE_SCORE, f"{REASON}, named before")
        elif side is not None:
            # "do Karasovića na hrvatskoj strani": the side the text names
            choice = Choice(start, end, side, VILLAGE_SCORE, f"{REASON}, on a named side", "city")
        elif isinstance(before, Choice) and gplaces[before.place].level == "country":
            continue  # "iz Njemačke i Koreje": a list of states goes on with a state
        elif isinstance(before, Choice):
            # "iz Vranjine i Murića": the next of a list stands where the one before it does
            if gplaces[before.place].country not in _NEAR:
                continue
            why = f"{REASON}, in a list"
            choice = Choice(start, end, before.place, VILLAGE_SCORE, why, "city")
        else:
            abroad = _abroad_in_sentence(doc, (*places, *extra), start)
            if abroad is not None:
                if len(abroad) != 1 or _diaspora(doc, start):
                    # "iz Lentija ... Madžarske", "rrjetin në X ... nga mërgimtarët në Cyrih":
                    # a town abroad as often as at home, a home the emigrants are from
                    continue
                why = f"{REASON}, in its sentence's state abroad"
                choice = Choice(start, end, abroad.pop(), VILLAGE_SCORE, why, "city")
            else:
                choice = anchored(doc, places, start, end, "city", VILLAGE_SCORE, REASON)
                if choice is None or gplaces[choice.place].country not in _NEAR:
                    continue
        found.append(choice)
        listed[end] = choice
    return found


def _named_before(text: str, chosen: tuple[Choice, ...], name: str) -> Choice | None:
    """A place of the story spelt as ``name`` (the same word, the same case)."""
    return next((c for c in chosen if text[c.start : c.end] == name), None)


#: How the words for emigrants and the diaspora begin (folded): a sentence with one names the
#: state abroad where they live and the village at home they come from.
_DIASPORA = ("mergimtar", "diaspor", "dijaspor", "iseljen", "izseljen", "iselen", "gastarbajt")


def _diaspora(doc: Doc, start: int) -> bool:
    """Whether the sentence of ``start`` speaks of emigrants or the diaspora."""
    s_start, s_end = doc.sentence_bounds(start)
    folded = doc.fold(doc.text[s_start:s_end]).lower()
    return any(stem in folded for stem in _DIASPORA)


#: Letters and pairs no spelling of the region writes (folded, so "č" is "c"), and those only
#: Albanian writes ("y", "x", "q", "th", "dh").
_FOREIGN = ("w", "ch", "aa", "ee", "oo", "uu", "ae", "ph")
_ALBANIAN_ONLY = ("y", "x", "q", "th")


def _foreign_spelling(folded: str, text: str, start: int) -> bool:
    """Whether a word is spelt as no language of the region spells it."""
    if any(pair in folded for pair in _FOREIGN):
        return True
    return any(pair in folded for pair in _ALBANIAN_ONLY) and not _albanian(text, start)


def _albanian(text: str, start: int) -> bool:
    """Whether the text around ``start`` is Albanian (its ë), where y and x are letters."""
    return "ë" in text[max(0, start - 200) : start + 200]


def _abroad_in_sentence(doc: Doc, chosen: tuple[Choice, ...], start: int) -> set[int] | None:
    """None when no place or state outside the region and its neighbours stands in the
    sentence of ``start``; else the states (their country places) of those that say where
    things happen: not a state's adjective ("Talijanski konzulat") nor where people come
    from ("iz Beljaka")."""
    s_start, s_end = doc.sentence_bounds(start)
    gplaces = doc.gaz.places
    country_place = doc.gaz.country_place
    abroad = [
        c
        for c in chosen
        if s_start <= c.start < s_end
        and gplaces[c.place].country is not None
        and gplaces[c.place].country not in _NEAR
    ]
    if not abroad:
        return None
    return {
        country_place[country]
        for c in abroad
        if c.level != "demonym"
        and doc.prev_word(c.start)[0].lower() not in _ORIGIN_WORDS
        and (country := gplaces[c.place].country) in country_place
    }


def _a_place_word(doc: Doc, folded: str, end: int) -> bool:
    """Whether a capitalised word after a place preposition may be a settlement's name."""
    if institution(folded) or folded.startswith(_NOT_PLACES) or folded in PEOPLE_NOUNS:
        return False
    if folded in _SITE_NOUNS or folded.startswith(("zracn", "hal")):
        return False  # "na Trgu kosovskih junaka", "na Zračnu luku", "u Hali sportova"
    if folded.endswith(_RESIDENTS):
        return False
    between, nxt = doc.next_word(end)
    if between != " " or not nxt:
        return True
    if nxt[:1].isupper() or nxt[:1].isdigit():
        return False  # "u Vladi Srbije", "na Trgu slobode", "Koridor 8": a longer name
    low = doc.fold(nxt).lower()
    if low in _LINKS:
        after, word = doc.next_word(end + len(between) + len(nxt))
        if after == " " and word[:1].isupper():
            return False  # "Radlje ob Dravi", "Pallatin e Kongreseve"
    if low not in LOCAL_FUNCTION_WORDS and folded.endswith(tuple(_ADJECTIVE_ENDS)):
        return False  # "na Županijskom sudu", "u Jadranskoj ligi"
    return True


def _known_town(doc: Doc, places: list[Choice], folded: str, start: int, end: int) -> Choice | None:
    """A town of the gazetteer of which the word is a case form it could not index ("Igalu"
    of Igalo), the namesake in the state its context names if there are several."""
    lookup = doc.gaz.matcher.lookup
    gplaces = doc.gaz.places
    for ending in CASE_ENDS:
        if ending and not folded.endswith(ending):
            continue
        stem = folded[: len(folded) - len(ending)] if ending else folded
        if len(stem) < 3:
            continue
        for nominative in NOMINATIVE_ENDS:
            key = stem + nominative
            if key == folded:
                continue
            found = lookup(f" {key} ")
            if not found:
                continue
            towns = [c.place for c in found if gplaces[c.place].country in _NEAR]
            towns = [p for p in towns if gplaces[p].level == "city"]
            if not towns:
                continue
            named = {gplaces[c.place].country for c in places}
            towns = [p for p in towns if gplaces[p].country in named]
            if len(towns) > 1:
                near = anchored(doc, places, start, end, "city", VILLAGE_SCORE, REASON)
                country = gplaces[near.place].country if near is not None else None
                towns = [p for p in towns if gplaces[p].country == country]
            if len(towns) != 1:
                continue
            return Choice(start, end, towns[0], KNOWN_SCORE, KNOWN_REASON)
    return None


def _after_place_word(doc: Doc, text: str, start: int, listed: dict[int, Choice]) -> bool | Choice:
    """Whether the word at ``start`` follows a preposition of place (True), or "and"/a comma
    right after a place (a list: "iz Vranjine i Murića"): then that place."""
    word, gap = doc.prev_word(start)
    if gap == ", ":
        return listed.get(start - 2, False)
    if gap != " ":
        return False
    if word in _PLACE_WORDS:
        return True
    if word[:1].isupper() and word.lower() in _PLACE_WORDS:
        return doc.sentence_initial(start - len(gap) - len(word))  # "U Kumboru ..."
    if word in _AND:
        return listed.get(start - 1 - len(word) - 1, False)
    return False
