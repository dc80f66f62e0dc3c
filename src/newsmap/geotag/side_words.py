"""Words of the region's languages the matcher's side pass finds, in their case forms.

Site nouns ("trg", "aerodromu", "sheshin", "мостот") for ``local_sites``, and the party and
club words ("koalicija", "stranke", "lëvizja", "trener", "navijači") that tell ``named_after``
a document may name a party or club after a place.  Kept apart from those modules (which read
the words around them) because the gazetteer builds its matcher from these before any document
is read; found by the same one pass over the text, they cost nothing more.
"""

from __future__ import annotations

from typing import NamedTuple


class LocalSiteWord(NamedTuple):
    """What the matcher hands back for a local site noun (``sites`` reads English ones)."""

    noun: str  # the noun's folded base form, for the reason
    settlement: bool = False  # introduces a village's name ("selo Bajice", "fshati ...")
    unit: bool = False  # introduces a unit by its seat's name ("qarku i Shkodrës")


#: Site nouns by their case forms (folded, lower case).  BCMS and Slovenian nouns on a
#: consonant (square, bridge, airport, monastery, crossing, stadium, station, boulevard,
#: monument, camp, faculty, canyon, museum) and on -a (street, fortress, mosque, church,
#: cathedral, station, hospital, arena, gorge, hall; not "luka", a port and a first name
#: alike).  Slovenian "letališče" (airport) declines as a neuter: "letališču", "letališča".
_MASCULINE = (
    "trg most aerodrom manastir samostan prelaz prijelaz prehod premin stadion kolodvor bulevar "
    "spomenik letalisce kamp fakultet kanjon park muzej"
).split()
_FEMININE = "ulic tvrdav dzamij crkv katedral stanic bolnic aren klisur dvoran".split()
#: Forms the rule above does not make: "luci" (the port's locative), Slovenian neuters, the
#: lake ("jezero", Macedonian "езерото").
_IRREGULAR = (
    "luci letaliscu letalisca letaliscem jezero jezera jezeru jezerom ezero ezeroto".split()
)
#: The port ("luka") in its other cases: a port only in lower case ("do luke Ploče", "Zračna
#: luka Split"); capitalised it is a first name or a firm ("Luka Modrić", "Luka Koper"), which
#: ``local_sites`` leaves alone.
_PORT_FORMS = "luka luke luku lukom".split()
#: A centre ("Klinički centar Niš", "Клиничкиот центар во Скопје", "Spominski center
#: Potočari"): a site only after a capitalised adjective that names it (``local_sites``).
_CENTRE_FORMS = "centar centra centru centrom center centarot".split()
#: Albanian nouns with their definite forms (square, bridge, airport, monastery, stadium,
#: street, boulevard, castle, mosque, church, port, lake, hall, museum) and Macedonian ones
#: with their articles (the hospital, the hall, the museum: "болницата", "салата", "музејот").
_WHOLE = (
    "sheshi sheshin sheshit ura uren ures aeroporti aeroportin aeroportit manastiri manastirin "
    "manastirit stadiumi stadiumin stadiumit rruga rrugen rruges bulevardi bulevardin "
    "bulevardit kalaja kalane kalase xhamia xhamine xhamise kisha kishen kishes "
    "plostad plostadot mostot aerodromot manastirot stadionot ulicata bulevarot tvrdina "
    "tvrdinata preminot stanicata porti portin portit liqeni liqenin liqenit "
    "arena arenen arenes salla sallen salles muzeu muzeun muzeut "
    "bolnicata salata muzejot"
).split()


def site_nouns() -> dict[str, LocalSiteWord]:
    """Every local site noun form, folded, for the matcher's side pass."""
    found = {w + e: LocalSiteWord(w) for w in _MASCULINE for e in ("", "a", "u", "om")}
    found |= {w + e: LocalSiteWord(w + "a") for w in _FEMININE for e in "aeiu"}
    found |= {w + "om": LocalSiteWord(w + "a") for w in _FEMININE}
    found |= {w: LocalSiteWord(w) for w in _WHOLE + _IRREGULAR}
    found |= {w: LocalSiteWord("luka") for w in _PORT_FORMS}
    found |= {w: LocalSiteWord("centar") for w in _CENTRE_FORMS}
    found |= {w: LocalSiteWord(w, settlement=True) for w in _SETTLEMENTS}
    found |= {w: LocalSiteWord(w, unit=True) for w in _UNITS}
    return found


#: Village and settlement nouns: BCMS "selo", "naselje" (a settlement, a town's quarter) and
#: "(mjesna) zajednica" (a village's local community) in their cases, Slovenian "vas" and
#: "naselje", Albanian "fshati" and "lagjja" (a quarter; plural "lagjet", and the villages'
#: "fshatrave"), Macedonian "село" and "населба"
#: with their articles, and a hamlet: BCMS "zaseok", "zaselak", Slovenian "zaselek".
_SETTLEMENTS = (
    "selo sela selu selom selima vas vasi fshati fshatin fshatit fshatra fshatrat seloto "
    "selata naselje naselja naselju naseljem naseljima naselbata naselba naselbi naselbite "
    "lagjja lagjen lagjes lagjet lagjeve fshatrave vaseh zajednica zajednici zajednice zajednicama "
    "zaseok zaseoka zaseoku zaselak zaselek zaselka zaselku"
).split()


#: Albanian "qark" (county) in its definite forms: the county is named by its seat's
#: genitive ("në qarkun e Shkodrës", "Qarku i Vlorës"); "rajon" (Kosovo's districts, North
#: Macedonia's regions) by its seat's or its own ("rajonin e Prizrenit", "rajoni i Pollogut").
_UNITS = "qarku qarkun qarkut rajoni rajonin rajonit".split()


class CueWord(NamedTuple):
    """What the matcher hands back for a party or club word."""

    club: bool
    opponent: bool = False  # "protiv", "dočekuje": a club after it only in a sport story


#: Party words (coalition, party, movement, league, alliance, union, front, bloc, list,
#: initiative) in BCMS, Slovenian, Albanian and Macedonian (folded, with Macedonian's article
#: "-ata"), by stem and endings.
_PARTY_FORMS = {
    "koalicij": "a e i u om o ata",
    "koalicion": "i it in",
    "strank": "a e i u om o ata",
    "partij": "a e i u om ata",
    "parti": "_ a se ne te",
    "pokret": "_ a u om",
    "gibanj": "e a u",
    "levizj": "a e es en",
    "lidhj": "a es en",
    "aleanc": "a es en",
    "savez": "_ a u om",
    "sojuz": "_ ot",
    "zvez": "a e i o",
    "front": "_ a u",
    "blok": "_ a u",
    "list": "a e i u om o es en ata",
    "inicijativ": "a e i u om ata",
    "iniciativ": "a e i o",
    "nism": "a es en",
    "dvizenj": "e eto",
}
#: Words for a club's people: coach, fans, players, footballers, basketball and handball
#: players, captain, scorer; and its camp ("u taboru Borca").
_CLUB_FORMS = {
    "trener": "_ a u om i ot",
    "trajner": "i it in",
    "navijac": "i a ima",
    "navivac": "i ite",
    "tifoz": "et at",
    "igrac": "i a ima ite",
    "igralc": "i ev em",
    "lojtar": "et ete",
    "fudbaler": "i a ima ite",
    "nogometas": "i a ima",
    "kosarkas": "i a ima",
    "kapiten": "_ a",
    "golman": "_ a",
    "rakometar": "i ite",
    "kosarkar": "i ite",
    "strelec": "_ ot",
    "tabor": "u",
}


#: Words right before an opponent in a match report, folded: against (BCMS, Slovenian,
#: Albanian; Cyrillic "против" folds to "protiv"), hosts, visits, beat ("protiv Sarajeva",
#: "dočekuje Borac", "gostuje Osijeku", "pobijedio Zrinjski"): a town right after one is a club
#: when the story speaks of sport, with or without a result.
_OPPONENT_FORMS = (
    "protiv proti kunder docekuje docekuju docekao docekala gostuje gostuju gostovao "
    "gostovala pobijedio pobijedila pobijedili pobedio pobedila pobedili savladao savladala "
    "savladali svladao svladala svladali premagal premagala premagali "
    # drew with, beat (Albanian), against (Albanian), hosts (Slovenian)
    "remizirao remizirala remizirali remiziral remizirale mundi munden mposhti mposhten ndaj gosti "
    "gostijo"
).split()


def cue_words() -> dict[str, CueWord]:
    """Every party and club word form, folded."""
    found: dict[str, CueWord] = {}
    for club, table in ((False, _PARTY_FORMS), (True, _CLUB_FORMS)):
        for stem, endings in table.items():
            for ending in endings.split():
                found[stem + ("" if ending == "_" else ending)] = CueWord(club)
    for word in _OPPONENT_FORMS:
        found.setdefault(word, CueWord(True, True))
    return found


class MatchWord(NamedTuple):
    """What the matcher hands back for a verb of a match or a word of defeat (folded), which
    ``match_sides.match_sides`` reads around the places before it: a text with none of them
    (and no opponent word) costs that rule nothing."""

    defeat: bool


#: Verbs of a match as written after the side that plays it (``match_sides._MATCH_VERBS``
#: reads them) and the words of a defeat before "od"/"nga" and the winner, folded.
MATCH_WORDS = (
    "gostuje gostuju gostovao gostovala docekuje docekuju docekao docekala remizirao "
    "remizirala remizirali pobijedio pobijedila pobedio pobedila savladao savladala "
    "svladao svladala porazio porazila izgubio izgubila igra igrao igrala igrace igraju "
    "pobijedili pobedili savladali svladali slavili "
    "slavio slavila premagal premagala izgubil zmagal zmagala remiziral "
    "fitoi fiton humbi humb barazoi barazon mundi mposhti luan luajti pret priti "
    "pobedi pobedija zagubi zagubija izgubi gostuva docekuva remizira remiziraa "
    "odigrao odigrala odigrali igral"
).split()
_DEFEAT_WORDS = (
    "porazen porazeni porazena porazeno izgubili izgubile izgubilo izgubija zagubila "
    "zagubile mund porazom poraz"
).split()


def match_words() -> dict[str, MatchWord]:
    """The verbs of a match and the words of a defeat, folded."""
    found = {w: MatchWord(False) for w in MATCH_WORDS}
    found |= {w: MatchWord(True) for w in _DEFEAT_WORDS if w not in found}
    return found


class NameCue(NamedTuple):
    """What the matcher hands back for an English word that tells ``club_towns`` a document
    may name a club (a sport word) or a company (a company word) after a place."""

    sport: bool


#: Words, written in lower case, that say a sentence is about a match, a club or a league
#: (words that politics uses as often, "won", "against", "play", "defeat", are left out).
SPORT_WORDS: frozenset[str] = frozenset(
    """
    beat beats beaten drew derby league leagues match matches fans supporters champions
    championship cup club clubs coach striker midfielder goalkeeper defender goals scored
    football basketball handball volleyball polo friendly fixture fixtures meet meets squad
    referee stadium qualifier qualifiers goal penalty playoff playoffs play-off play-offs
    semi-final semi-finals semifinal semifinals quarter-final quarter-finals relegation
    relegated tournament half-time halftime scorer rebounds assists euroleague eurocup
    bundesliga
    """.split()
)


#: Capitalised words right before a place that make it a company's name ("Air Serbia",
#: "Telekom Srbija", "Hotel Tirana", "Radio Sarajevo"), folded.
COMPANY_BEFORE: frozenset[str] = frozenset(
    "air telekom telecom radio television hotel airlines bank".split()
)
#: Capitalised words right after a place that make it a company's name ("Montenegro
#: Airlines", "Kosovo Telecom", "Lovćen Transport", "Drina Holding", "Serbia Train", "Pristina
#: Trans", "Boka Lines", "Kosovo Energy Corporation", "China Railway"), as written.
COMPANY_AFTER: frozenset[str] = frozenset(
    "Airlines Airways Telecom Telekom Transport Logistics Holding Shipping Tours Invest Petrol "
    "Pharma Motors Trans Train Lines Railway Railways Energy Copper".split()
)


def name_cues() -> dict[str, NameCue]:
    """The sport words and the company words, folded (lower case)."""
    found = {w: NameCue(True) for w in SPORT_WORDS}
    found |= {w.lower(): NameCue(False) for w in COMPANY_BEFORE | COMPANY_AFTER}
    return found
