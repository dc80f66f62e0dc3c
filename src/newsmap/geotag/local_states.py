"""Step 4 in the region's languages: state adjectives that name the state or its institutions.

"srpska vlada", "kosovska policija", "hrvatski sabor", "македонската влада", "qeveria
shqiptare", "srbska vlada": a state adjective next to an institution noun is a mention of the
state, in every case form.  The forms are made by rule from each adjective's stem and its
language's endings (folded, so Cyrillic matches through the same keys), and the adjective is
found in any case by the matcher's side pass.  Without an institution noun the adjective names
a people, a language or a faith ("srpska zajednica", "Srbi na Kosovu", "shqiptarët"), which is
not a place; that is the default.  Before a people noun it makes a resident compound, one
mention of its place, as "Kosovo Serbs" is in English ("kosovski Srbi", "bosanskih Hrvata").
"""

from __future__ import annotations

import operator

from newsmap.geotag import words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.folding import fold
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.geotag.home import latin_language
from newsmap.geotag.matcher import Hit
from newsmap.geotag.state_adjectives import LocalAdjective

#: How institution nouns begin (folded): government, police, court, army, parliament,
#: president, prime minister, ministry, diplomacy, embassy, border and customs services,
#: officials, institutions, chambers, the capital, a minister's counterpart, colleagues,
#: services and institutes, media and public broadcasters, civil protection, coast guards
#: (Albanian "roja"), inspectorates and inspectors, firefighters; and the state's
#: economy and trade, which English gold reads as "the Serbian economy", "Serbian exports";
#: its people as its nationals (passengers, national-team players and teams, battalions) and its
#: documents (passports, licence plates, Albanian "targat").
_INSTITUTIONS = tuple(
    "vlad vlast poslan polici vojsk armij parlament skupstin sabor sobran predsedn predsjedn "
    "pretsedat premijer premier ministarstv ministrstv ministerstv ministar minist diplomat "
    "ambasad veleposlan drzav dinar pasos tuzilast tuzilac sodisc sodnik zbor televizij "
    "carin granicn mup mvr kancel kancler konzul "
    "qeveri gjykat ushtri kuvend presiden kryeministr ministri diplomaci prokurori "
    "dogan kufitar autoritet konsull "
    "ekonomij ekonomia ekonomise privred gospodarstv izvoz uvoz "
    "duznosnik zvanicnik funkcioner sluzbenik institucij instituci komor prestolnic "
    "prijestolnic zyrtar kryeqytet homolog delegacij delegacion izaslanstv "
    "putnik putnic potnik reprezentativ reprezentacij reprezentativc tablic pasaport "
    "vojnik vojnic vojak ushtar bataljon bataljun kontingent reprezentanc "
    "koleg sluzb zavod medij radiotelevizij zastit police roj "
    "inspekc inspektor vatrogas pozarnik gasilc gasilec zjarrfik "
    "tuzioc spasioc spasilac spasilc lekar ljekar targ straz granicar registarsk oznak".split()
)
#: Court, whose stem is too short to be a prefix ("sudbina" is fate); a state's side of a
#: border ("s hrvatske strane", "на грчката страна", not "stranka", a party) and its market
#: (Albanian "tregu serb"), as English gold reads "the Serbian side", "the Serbian market".
_EXACT_FORMS = frozenset(
    "sud suda sudu sudom sudovi sudot sudski sudska "
    "strana strane strani stranu stranom stranata stran tregu tregun tregut "
    "meja meje meji mejo".split()
)


def institution(word: str) -> bool:
    """Whether a folded, lower-case word is an institution noun (government, police, court)."""
    return word in _EXACT_FORMS or word.startswith(_INSTITUTIONS)


#: A state's coast, shore, border and navy ("crnogorskoj obali", "hrvatsku granicu", "bregun
#: shqiptar", "албанскиот брег", "Marina italiane", Albanian "pala italiane" and "ana
#: shqiptare", the Italian and the Albanian side):
#: the state's territory or force, as English gold reads "the Albanian coast", "the Croatian
#: border".  Not institutions: "granica Srbije" is a place, no actor.
_TERRITORY = tuple("obal granic breg mornaric marin".split())
_TERRITORY_FORMS = frozenset("pala pales palen ana anen anes".split())


def _state_head(word: str) -> bool:
    """Whether a folded, lower-case word after (or, in Albanian, before) a state adjective
    makes it a mention of the state; a territory noun only right next to the adjective ("u
    Mađarskoj prelaze granicu" is a country and a verb)."""
    if institution(word) or word in _TERRITORY_FORMS:
        return True
    # Albanian "bregdetar(e)" is the adjective "coastal" ("roja bregdetare greke")
    return word.startswith(_TERRITORY) and not word.startswith("bregdetar")


#: The region's peoples as nouns (folded stems: "Srbi", "Albanci", "Bošnjaci", "Срби"), and
#: their plural endings in every case of BCMS, Slovenian ("Srbov") and Macedonian ("Србите").
_PEOPLE_STEMS = (
    "srb hrvat bosnjak bosnjac albanc albanac crnogorc crnogorac makedonc makedonac "
    "slovenc slovenac"
).split()
_PEOPLE_ENDINGS = "i a e ima ama ov om ih ite".split()
PEOPLE_NOUNS = frozenset(stem + ending for stem in _PEOPLE_STEMS for ending in _PEOPLE_ENDINGS)


def local_states(doc: Doc, places: list[Choice], side: list[Hit]) -> list[Choice]:
    """State mentions made by local state adjectives with institution nouns; an adjective
    inside a place's name ("Policia e Republikës Serbe": the entity's police) makes none."""
    found = []
    unread: list[tuple[Hit, LocalAdjective]] = []
    for hit in side:
        adj = hit.value
        if not isinstance(adj, LocalAdjective):
            continue
        if any(c.start < hit.start and hit.end <= c.end for c in places):
            continue
        choice = _read(doc, hit, adj)
        if choice is not None:
            found.append(choice)
        elif not adj.after_noun:
            unread.append((hit, adj))
    if unread and found:
        found += _sharing_noun(doc, unread, found)
    return found


#: Conjunctions between two adjectives that share one noun ("nemačkim i austrijskim").
_AND = frozenset(("i", "in", "ili", "ali"))


def _sharing_noun(
    doc: Doc, unread: list[tuple[Hit, LocalAdjective]], found: list[Choice]
) -> list[Choice]:
    """ "sa nemačkim i austrijskim tablicama": an adjective joined by "and" or "or" to a state
    adjective that has its institution noun shares that noun, and is a mention of its own
    state, the adjective alone (as "Montenegrin and Serbian observers" is in English)."""
    by_start = {c.start: c for c in found if c.reason == "local state adjective"}
    shared = []
    for hit, adj in unread:
        between, conj = doc.next_word(hit.end)
        if between != " " or doc.fold(conj).lower() not in _AND:
            continue
        between, _ = doc.next_word(hit.end + 1 + len(conj))
        other = by_start.get(hit.end + 1 + len(conj) + len(between))
        idx = doc.gaz.country_place.get(adj.country)
        if between == " " and other is not None and idx is not None:
            shared.append(Choice(hit.start, hit.end, idx, 0.8, "local state adjective", "demonym"))
    return shared


def _read(doc: Doc, hit: Hit, adj: LocalAdjective) -> Choice | None:
    idx = doc.gaz.country_place.get(adj.country)
    if idx is None:
        return None
    # Slovenian "slovenska" is Slavic in Serbian, Slovenian in Croatian: in a Latin BCMS text
    # only before an institution a people of Slavs has none of ("Slovenska policija")
    strict = False
    if adj.only_in and _another_language(doc, hit, adj.only_in):
        if not _slovenian_in_croatian(doc, hit, adj.only_in):
            return None
        strict = True
    if adj.after_noun:
        start = _albanian_noun_start(doc, hit.start)
        if start is None:
            if _elided_noun(doc, hit.start):  # "Qeveria kosovare dhe ajo shqiptare"
                return Choice(hit.start, hit.end, idx, 0.8, "local state adjective", "demonym")
            return None
        return Choice(start, hit.end, idx, 0.8, "local state adjective", "demonym")
    end = hit.end
    between, nxt = doc.next_word(end)
    if between == " " and doc.fold(nxt).lower() in PEOPLE_NOUNS:
        # "kosovski Srbi", "bosanskih Hrvata": the people of a place, one mention of it
        end += len(between) + len(nxt)
        return Choice(hit.start, end, idx, 0.8, "local resident compound", "demonym")
    if presidency_member(doc, end):
        return None
    for step in range(2):  # "srbske javne televizije": one more adjective may stand between
        between, nxt = doc.next_word(end)
        if between != " " or not nxt:
            return None
        end += len(between) + len(nxt)
        folded = doc.fold(nxt).lower()
        if strict and folded.startswith(_SLAVIC_HEADS):
            return None
        if strict and not _state_head(folded) and not nxt.islower():
            return None  # one lower-case adjective may stand between ("civilna zaštita")
        if institution(folded) or (step == 0 and _state_head(folded)):
            # "hrvatska granična policija": the noun after an institution adjective
            between, nxt = doc.next_word(end)
            if between == " " and nxt and institution(doc.fold(nxt).lower()):
                end += len(between) + len(nxt)
            return Choice(hit.start, end, idx, 0.8, "local state adjective", "demonym")
    return None


#: "Član" (member) and Bosnia's tripartite Presidency, folded: its three members are named by
#: the people each is elected by ("hrvatski član Predsjedništva BiH"), no state's institution.
_MEMBER = "clan"
_PRESIDENCY = ("predsjednistv", "predsednistv")


def presidency_member(doc: Doc, end: int) -> bool:
    """Whether "član Predsjedništva" follows an adjective ending at ``end``: "srpski član
    Predsjedništva" is the member the Serbs of Bosnia elect, the people's, not Serbia's."""
    between, nxt = doc.next_word(end)
    if between != " " or not doc.fold(nxt).lower().startswith(_MEMBER):
        return False
    between, after = doc.next_word(end + 1 + len(nxt))
    return between == " " and doc.fold(after).lower().startswith(_PRESIDENCY)


#: Nouns a Slavic people has too (its states, lands, media, "Slavic" in Serbian), which a
#: Croatian "slovensk-" before them may not name Slovenia by.
_SLAVIC_HEADS = ("drzav", "zemlj", "medij", "narod", "jezik", "putnik", "putnic")


def _slovenian_in_croatian(doc: Doc, hit: Hit, language: str) -> bool:
    """Whether a Slovenian-only stem stands in a Latin BCMS text, where Croatian and Bosnian
    spell Slovenian so."""
    first = doc.text[hit.start]
    return language == "sl" and first.isascii() and latin_language(doc.text) == "sh"


def _another_language(doc: Doc, hit: Hit, language: str) -> bool:
    """Whether a Latin-only language's stem stands in a text of another language: written in
    Cyrillic, or in a text whose function words are another language's."""
    if not doc.text[hit.start].isascii() and "\u0400" <= doc.text[hit.start] <= "\u04ff":
        return True
    found = latin_language(doc.text)
    return found is not None and found != language


#: Albanian linking articles: "Ministri i Jashtëm grek", "ministria e jashtme greke", where
#: one adjective with its article stands between the noun and the state adjective.
_LINKS = frozenset(("i", "e", "te"))


#: Albanian pronouns that stand for a noun told just before ("ajo", that one), and how far
#: back (characters) an institution noun may stand for them to stand for it.
_PRONOUNS = frozenset(("ajo", "ai", "ato", "ata"))
_ELIDED_REACH = 60


def _elided_noun(doc: Doc, start: int) -> bool:
    """Whether an Albanian state adjective follows a pronoun standing for an institution named
    just before ("Qeveria kosovare dhe ajo shqiptare ranë dakord": the Albanian government), as
    "the Kosovo government and the Albanian one" names both states."""
    prev, gap = doc.prev_word(start)
    if gap != " " or prev.lower() not in _PRONOUNS:
        return False
    before = doc.text[max(0, start - _ELIDED_REACH) : start - len(prev) - 1]
    return any(institution(doc.fold(w).lower()) for w in before.split())


def _albanian_noun_start(doc: Doc, start: int) -> int | None:
    """Where the institution noun before an Albanian state adjective starts, if there is one:
    right before it ("qeveria greke") or before an article and an adjective ("Ministri i
    Jashtëm grek")."""
    prev, gap = doc.prev_word(start)
    if gap != " " or not prev:
        return None
    first = start - len(gap) - len(prev)
    if _state_head(doc.fold(prev).lower()):
        noun, gap2 = doc.prev_word(first)
        if gap2 == " " and noun[:1].isupper() and _state_head(doc.fold(noun).lower()):
            # "Marinës Ushtarake italiane", "Policia Kufitare greke": the noun before its
            # adjective of an institution opens the name
            return first - len(gap2) - len(noun)
        return first
    link, gap2 = doc.prev_word(first)
    if gap2 == " " and prev.islower() and _state_head(doc.fold(link).lower()):
        # "roja bregdetare italiane": one adjective without its article between
        return first - len(gap2) - len(link)
    if gap2 != " " or doc.fold(link).lower() not in _LINKS:
        return None
    noun, gap3 = doc.prev_word(first - len(gap2) - len(link))
    if gap3 == " " and _state_head(doc.fold(noun).lower()):
        return first - len(gap2) - len(link) - len(gap3) - len(noun)
    return None


def adjectives_are_not_places(doc: Doc, places: list[Choice], side: list[Hit]) -> list[Choice]:
    """ "Српска напредна странка": a name spelt like a state adjective of another state,
    before a lower-case word, is the adjective ("Srpska" alone is Republika Srpska; "Srpska
    lista" is a party).  A name spelt like its own state's adjective ("Grčka", "Hrvatska",
    "Njemačka") is the adjective only before a people, faith or party word ("Grčka manjina",
    "Hrvatska demokratska zajednica"); before a verb it is the state ("Grčka traži"), and
    before an institution the longer state mention wins ("Grčka vlada")."""
    adjectives = {
        (h.start, h.end): h.value
        for h in side
        if isinstance(h.value, LocalAdjective) and _noun_follows(doc, h.end)
    }
    if not adjectives:
        return places
    country_of = doc.gaz.places
    kept = []
    for c in places:
        adj = adjectives.get((c.start, c.end))
        if adj is not None and (
            country_of[c.place].country != adj.country
            or _group_follows(doc, c.end)
            or presidency_member(doc, c.end)
        ):
            continue
        kept.append(c)
    return kept


#: How people, faith and party words begin (folded): people, community, minority, party,
#: church, movement, union, diaspora, in BCMS, Slovenian, Macedonian and Albanian.
_GROUP_HEADS = (
    "narod zajednic manjin strank crkv partij pokret savez dijaspor skupnost zaednic "
    "komunitet pakic"
).split()


def _group_follows(doc: Doc, end: int) -> bool:
    """A people, faith or party word is one of the next two words."""
    for _ in range(2):
        between, nxt = doc.next_word(end)
        if between != " " or not nxt:
            return False
        if doc.fold(nxt).lower().startswith(tuple(_GROUP_HEADS)):
            return True
        end += len(between) + len(nxt)
    return False


def _noun_follows(doc: Doc, end: int) -> bool:
    """A lower-case word that is not a function word follows ("Srpska je" keeps the entity)."""
    between, nxt = doc.next_word(end)
    return (
        between == " "
        and nxt[:1].islower()
        and len(nxt) > 2
        and doc.fold(nxt) not in words.LOCAL_FUNCTION_WORDS
    )


def common_word_states(doc: Doc, places: list[Choice]) -> list[Choice]:
    """ "Mali broj ljudi" (a small number), "Mali i Dajtit" (Mount Dajti): in local text a
    state's name that is a common word of the region's languages ("mali", small; Albanian
    "mali", the mountain) is that word before a lower-case word other than a function word
    ("Mali je ..." keeps the state), or before an Albanian linking article and a name ("Mali
    i Dajtit"; "Mali i Zi" is Montenegro, one longer name)."""
    states = _common_word_states(doc.gaz)
    if states.isdisjoint(map(_PLACE_OF, places)) or not doc.local:
        return places  # the usual case, decided at C speed
    drop = []
    for c in places:
        if c.place not in states or c.level is not None:
            continue
        between, nxt = doc.next_word(c.end)
        if between != " " or not nxt:
            continue
        if (nxt[:1].islower() and doc.fold(nxt) not in words.LOCAL_FUNCTION_WORDS) or (
            nxt in _LINKS and doc.next_word(c.end + 1 + len(nxt))[1][:1].isupper()
        ):
            drop.append(c)
    return [c for c in places if c not in drop] if drop else places


_PLACE_OF = operator.itemgetter(2)
#: Per gazetteer (by identity): the states whose own name is a common word ("Mali").
_COMMON_STATES: dict[int, tuple[Gazetteer, frozenset[int]]] = {}


def _common_word_states(gaz: Gazetteer) -> frozenset[int]:
    cached = _COMMON_STATES.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    states = frozenset(
        idx
        for idx in gaz.country_place.values()
        if any(
            fold(name).lower() in words.COMMON_WORDS
            for name in (gaz.places[idx].name, gaz.places[idx].name_local or "")
        )
    )
    _COMMON_STATES[id(gaz)] = (gaz, states)
    return states
