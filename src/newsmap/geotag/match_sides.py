"""Towns that name a side in a local match report: no place of the story.

"Vojvodina gostuje u Sarajevu", "Tirana fitoi 2:0 ndaj Vllaznisë", "Gorica je u Velikoj Gorici
pobijedila Šibenik, a Varaždin je izgubio u Puli": a town right before a verb of a match, or
after "od"/"nga" in a clause of a defeat, is the club named after it, in a local sentence about
sport.  Apart from ``named_after`` (party and club words before a place), which reads the
opponent after a verb of a match with this module's words of when and where.
"""

from __future__ import annotations

import re

from newsmap.geotag import words as words_module
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.matcher import Hit
from newsmap.geotag.parties import has_result, speaks_of_sport
from newsmap.geotag.side_words import MATCH_WORDS, CueWord, MatchWord

_REACH = 80  # characters read before a side for a word of defeat


#: Verbs of a match, folded, as written right after the side that plays it: hosts, visits,
#: drew, beat, lost, plays (BCMS, Slovenian, Albanian, Macedonian folded to Latin): "Vojvodina
#: gostuje u Sarajevu", "Tirana fitoi 2:0 ndaj Vllaznisë", "Prishtina barazoi në Tetovë",
#: "Вардар го игра" is read with its clitic.  A town right after which one stands, in a
#: story about sport, is the club named after it: a town hosts no match.  The matcher's side
#: pass finds them (``side_words.MatchWord``).
_MATCH_VERBS = frozenset(MATCH_WORDS)
#: Of those, the verbs that only a match has (visits, drew): the story is about sport
#: whatever else it names ("SPORT - Vojvodina gostuje u Sarajevu" in a news summary).
_MATCH_ONLY = frozenset(
    "gostuje gostuju gostovao gostovala gostuva remizirao remizirala remizirali remiziral "
    "remizira remiziraa barazoi barazon".split()
)
#: Macedonian and Slovenian clitics that may stand between a side and its verb ("Вардар го
#: игра", "Olimpija je izgubila", "Olimpija bo že igrala").
_CLITICS = frozenset(("go", "ja", "gi", "je", "su", "so", "se", "e", "ka", "bo", "bodo", "ze"))
#: When a match is played, folded, as written between a side and its verb ("Vojvodina u
#: subotu dočekuje", "Prishtina mbrëmë barazoi", "Вардар во сабота гостува"): "on", the
#: weekdays in the accusative, and last night, tonight, today, tomorrow.
WHEN_WORDS = frozenset(
    (
        "u v ne vo te ponedeljak ponedjeljak utorak sredu srijedu cetvrtak petak subotu "
        "nedelju nedjelju ponedeljek torek sredo cetrtek petek soboto nedeljo henen marten "
        "merkuren enjten premten shtunen dielen ponedelnik vtornik sreda cetvrtok petok "
        "sabota nedela sinoc veceras danas sutra sinoci nocoj danes jutri mbreme sonte sot "
        "neser sinoka vecerva denes utre"
    ).split()
)
#: Place prepositions that open a venue between a side and its verb, folded ("u Puli",
#: "v Celovcu", "në Gjilan", "во Струга").
VENUE_WORDS = frozenset(("u", "na", "v", "ne", "vo"))
#: How the words for losing and being beaten begin, folded: "poraženi su ... od Borca",
#: "izgubili od Borca", "u mund nga Tirana", "загубија од Будучност": the side after "od"
#: or "nga" in such a clause is the club that won.
_BEATEN = re.compile(r"\b(?:porazen|porazeni|porazena|izgubi|zagubi|humb|u mund|poraz)")
_BY = frozenset(("od", "nga"))
#: A region's name may be a club's too (Albanian "Ballkani", the Balkans).
_SIDE_LEVELS = frozenset(("city", "admin1", "site", "region"))
#: How surely a verb after a town makes it a side: a verb only a match has, one with a
#: capitalised opponent after it, or a verb alone.
_SURE, _OPPONENT_NAMED, _PLAIN = 3, 2, 1


def match_sides(doc: Doc, places: list[Choice], side: list[Hit]) -> list[Choice]:
    """``places`` less the towns that name a side in a match: a town (or a province, or a
    river named like a club) right before a verb of a match ("Vojvodina gostuje", "Tirana
    fitoi"), after "od"/"nga" in a clause of a defeat ("poraženi su u Banjoj Luci od
    Borca") or after "domaći" (the home side), in a local sentence about sport.  A state's
    own name is its national side, which stays the state (``parties.club_starts`` weighs
    it)."""
    if not any(_match_word(h.value) for h in side) or not doc.local:
        return places  # no verb of a match, no defeat (the side pass's words): nothing to read
    text = doc.text
    gaz_places = doc.gaz.places
    # each side, and whether it is sure: a verb a match only has ("gostuje", "barazoi"), or
    # one with a capitalised opponent after it ("Vardar go pobedi Rabotnički")
    found: list[tuple[Choice, int]] = []
    for c in places:
        if c.level is not None or gaz_places[c.place].level not in _SIDE_LEVELS:
            continue
        if not text[c.start : c.start + 1].isupper():
            continue
        verb, end = _verb_after(doc, c)
        if verb in _MATCH_VERBS:
            gap, nxt = doc.next_word(end)
            if verb in _MATCH_ONLY:
                found.append((c, _SURE))
            else:
                named = gap == " " and nxt[:1].isupper()
                found.append((c, _OPPONENT_NAMED if named else _PLAIN))
        elif _beaten_by(doc, c.start) or _home_side(doc, c.start):
            found.append((c, _PLAIN))
    if not found:
        return places
    # a verb a match only has names a side wherever it stands; one a government shares
    # ("Tirana luan një rol", "Beograd igra dvostruku igru") only in a sentence about sport or
    # with a result, or, with an opponent named after it, in a story about sport
    sport: bool | None = None
    dropped = []
    for c, how in found:
        if how == _SURE or sport_sentence(text, c.start):
            dropped.append(c)
        elif how == _OPPONENT_NAMED:
            if sport is None:
                sport = speaks_of_sport(text)
            if sport:
                dropped.append(c)
    # "Gorica je pobijedila Šibenik, a Varaždin je izgubio u Puli": a side's verb in the
    # sentence of a side already read is the same round of results
    read = {doc.sentence_bounds(c.start) for c in dropped}
    read |= {doc.sentence_bounds(h.start) for h in side if _result_word(doc, h)}
    dropped += [
        c
        for c, _ in found
        if c not in dropped
        and gaz_places[c.place].level == "city"  # a ground is no side ("pred punim Poljudom")
        and doc.sentence_bounds(c.start) in read
    ]
    if not dropped:
        return places
    # the same side elsewhere in the story, wherever no preposition places it ("Borac
    # nastavlja pripreme", "Pobedu Borcu doneo"): one name, one reading in one report
    sides = {c.place for c in dropped}
    for c in places:
        if (
            c.place in sides
            and c not in dropped
            and c.level is None
            and c.start > 0
            and text[c.start - 1] != "\n"  # a dateline is where the report was filed
        ):
            prev, _ = doc.prev_word(c.start)
            if doc.fold(prev).lower() not in words_module.LOCAL_PREPOSITIONS and not _listed(
                doc, c, places, dropped
            ):
                dropped.append(c)
    return [c for c in places if c not in dropped]


#: Words that join a place to the one before it in a list ("kroz Slavoniju i Zagreb").
_AND = frozenset(("i", "in", "dhe", "ili", "a"))


def _listed(doc: Doc, c: Choice, places: list[Choice], dropped: list[Choice]) -> bool:
    """Whether the place follows "i"/"dhe" right after a place that stays one ("kroz
    Slavoniju i Zagreb"): a list of places the trip went through, no side."""
    prev, gap = doc.prev_word(c.start)
    if gap != " " or doc.fold(prev).lower() not in _AND:
        return False
    joint = c.start - len(gap) - len(prev)
    return any(
        p.end <= joint and not doc.text[p.end : joint].strip() and p not in dropped for p in places
    )


#: Opponent words that are no verb of a match ("protiv", "ndaj"): politics uses them too.
_AGAINST = frozenset(("protiv", "proti", "kunder", "ndaj"))


def _result_word(doc: Doc, hit: Hit) -> bool:
    """Whether a side word is a verb only a match has ("remizirao"), or one of beating with a
    capitalised opponent after it ("pobijedila Šibenik")."""
    folded = doc.fold(doc.text[hit.start : hit.end]).lower()
    if folded in _MATCH_ONLY:
        return True
    if type(hit.value) is not CueWord or not hit.value.opponent or folded in _AGAINST:
        return False
    gap, nxt = doc.next_word(hit.end)
    return gap == " " and nxt[:1].isupper()


def _match_word(value: object) -> bool:
    """Whether a side word is a verb of a match or of a defeat (an opponent word among them)."""
    return type(value) is MatchWord or (type(value) is CueWord and value.opponent)


def sport_sentence(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` speaks of sport or gives a result."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    sentence = text[start : min(ends) if ends else len(text)]
    return has_result(sentence) or speaks_of_sport(sentence)


def _verb_after(doc: Doc, c: Choice) -> tuple[str, int]:
    """The word, folded, after the name and after at most three clitics or words of when
    ("Vojvodina u subotu dočekuje"), when no preposition stands before the name ("u Splitu
    igra ...": where the match is played), and where it ends; "" when there is none."""
    end = c.end
    gap, word = doc.next_word(end)
    if gap != " ":
        return "", end
    folded = doc.fold(word).lower()
    venue = False  # whether a venue ("u Velikoj Gorici", "v Celovcu") has been passed
    for _ in range(5):
        if folded in VENUE_WORDS and not venue:
            # "Gorica je u Velikoj Gorici pobijedila", "Zagreb je u četvrtak u Kielu izgubio":
            # where the side played, one or two capitalised words after a place preposition
            after, name = doc.next_word(end + len(gap) + len(word))
            if after == " " and name[:1].isupper():
                step = len(gap) + len(word) + len(after) + len(name)
                nxt_gap, nxt = doc.next_word(end + step)
                if nxt_gap == " " and nxt[:1].isupper():
                    step += len(nxt_gap) + len(nxt)
                end += step
                venue = True
                gap, word = doc.next_word(end)
                if gap != " ":
                    return "", end
                folded = doc.fold(word).lower()
                continue
        if folded not in _CLITICS and folded not in WHEN_WORDS:
            break
        end += len(gap) + len(word)
        gap, word = doc.next_word(end)
        if gap != " ":
            return "", end
        folded = doc.fold(word).lower()
    if folded not in _MATCH_VERBS:
        return "", end
    prev, _ = doc.prev_word(c.start)
    if doc.fold(prev).lower() in words_module.LOCAL_PREPOSITIONS:
        return "", end
    return folded, end + len(gap) + len(word)


#: "Home" as an adjective, folded ("od domaćeg Širokog Brijega", "z domačim Sarajevom"): the
#: home side of a match, a club.
_HOME = "domac"


def _home_side(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows "domaći"/"domači" (the home side) in any case."""
    prev, gap = doc.prev_word(start)
    return gap == " " and doc.fold(prev).lower().startswith(_HOME)


def _beaten_by(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows "od"/"nga" in a clause that tells of a defeat."""
    prev, gap = doc.prev_word(start)
    if gap != " " or doc.fold(prev).lower() not in _BY:
        return False
    text = doc.text
    clause = text[max(0, start - _REACH) : start]
    cut = max(clause.rfind(". "), clause.rfind(", "), clause.rfind("\n"))
    return _BEATEN.search(doc.fold(clause[cut + 1 :]).lower()) is not None
