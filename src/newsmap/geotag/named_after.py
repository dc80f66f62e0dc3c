"""Parties, coalitions, movements and clubs named after a place, in the region's languages.

"Koalicija Srbija protiv nasilja", "Pokret Evropa sad", "koalicija Za budućnost Crne Gore",
"Demokratska stranka Srbije", "Lidhja Demokratike e Kosovës", "trener Sarajeva": the place
inside such a name is no place of the story, as "Vardar fans" or "FK Partizan" are not in
English (``candidates.club_name``).  A name is read as a party's when it follows a party word
(coalition, party, movement, list, alliance, front) and is written as a name: the party word
opens a capitalised name ("Demokratska stranka Srbije", "Partia Demokratike e Kosovës"), or a
capitalised word follows it that is not the place in a case of its own ("koalicija Srbija
protiv nasilja" names the coalition; "stranke Crne Gore" are Montenegro's parties).  A club is
read after a word for its coach, fans or players ("trener Sarajeva", "navijači Partizana"),
and, in a story about sport, after a word for its opponent ("protiv Sarajeva", "gostuje
Osijeku", "pobedio Čačak"), with or without a result.

Only in local-language text, and only where the matcher's side pass found a party or club word
(``side_words``), so the rule costs nothing elsewhere.  One rule reads every language: a state,
unit or river right before a town of its own state is a club's or company's name ("Bosna
Sarajevo", "Vojvodina Novi Sad"; ``before_its_town``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from newsmap.geotag import words as words_module
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.geotag.matcher import Hit
from newsmap.geotag.parties import has_result, speaks_of_sport
from newsmap.geotag.side_words import MATCH_WORDS, CueWord, MatchWord

_CLAUSE_END = re.compile(r"[.,;:!?()\[\]–—\n]")
_QUOTES = "„“”\"«»'‘’"
#: Albanian linking articles ("Partia Demokratike e Kosovës", "Partisë Demokratike të Kosovës").
_LINKS = frozenset(("e", "i", "te"))
#: The words that link a club's people to its name in Albanian and Macedonian ("Trajneri i
#: Prishtinës", "tifozët e Tiranës", "Ракометарите на Вардар"), folded.
_CLUB_LINKS = frozenset(("i", "e", "te", "na"))
_WORDS_BETWEEN = 4  # how many words may stand between a party word and the place in its name
_REACH = 80  # characters read before a place for a party or club word


class Cues(NamedTuple):
    """The party and club words the matcher's side pass found, in text order, and their ends."""

    hits: list[Hit]
    ends: list[int]


def cue_hits(side: list[Hit]) -> Cues | None:
    """The party and club words among the side pass's words (None when there are none)."""
    hits = [h for h in side if type(h.value) is CueWord]
    return Cues(hits, [h.end for h in hits]) if hits else None


def named_after_place(doc: Doc, hit: Hit, choice: Choice, cues: Cues) -> bool:
    """Whether the place ``choice`` found at ``hit`` is part of a party's or club's name."""
    start = hit.start
    i = bisect_right(cues.ends, start) - 1  # the last word ending before the place
    if i < 0 or cues.ends[i] < start - _REACH:
        return False
    cue = cues.hits[i]
    text = doc.text
    between = text[cue.end : start]
    words = between.split()
    if _CLAUSE_END.search(between) or len(words) > _WORDS_BETWEEN:
        return False
    if cue.value.club:
        # "trener Sarajeva", "navijači Partizana"; "košarkaši Srbije" are the state's team;
        # "protiv Sarajeva" is a club's name only in a story about sport; Albanian and
        # Macedonian link the club with a word ("Trajneri i Prishtinës", "Ракометарите на
        # Вардар"), after which a BCMS place in a case form is a place ("navijači na Poljudu")
        if doc.gaz.places[choice.place].level == "country":
            return False
        if words and (
            len(words) > 1
            or doc.fold(words[0]).lower() not in _CLUB_LINKS
            or (words[0] == "на" and "case form" in choice.reason)
        ):
            return False
        return not cue.value.opponent or speaks_of_sport(text)
    if words and not _name_runs_on(doc, words):
        return False  # "Partija ВМРО-ДПМНЕ победи во Битола": the name ended before the place
    head = text[cue.start : cue.end]
    before, gap = doc.prev_word(cue.start)
    if (head[:1].isupper() and not doc.sentence_initial(cue.start)) or (
        gap == " "
        and before[:1].isupper()
        and not doc.sentence_initial(cue.start - len(gap) - len(before))
    ):
        # "Lidhja Demokratike e Kosovës", "Demokratska stranka Srbije": the party word is part
        # of a name written with capitals, which runs on to the place
        return True
    first = words[0] if words else text[start : hit.end]
    if not first.lstrip(_QUOTES)[:1].isupper():
        return False
    # "koalicija Za budućnost Crne Gore": a capitalised word after the party word opens the
    # name; "koalicija Srbija protiv nasilja": the place itself does, uninflected ("stranke
    # Crne Gore" are Montenegro's parties)
    return bool(words) or "case form" not in choice.reason


def _name_runs_on(doc: Doc, words: list[str]) -> bool:
    """Whether the words between a party word and a place can be the rest of one name: no
    place preposition right before the place ("... pobedila je u Beogradu"), and at most one
    lower-case word ("Za budućnost Crne Gore", "Demokratike e Kosovës") unless a capitalised
    word leads into the place ("Stranka demokratske akcije i HDZ BiH")."""
    last = words[-1].strip(_QUOTES)
    folded = doc.fold(last).lower()
    linked = folded in _LINKS and len(words) > 1 and words[-2][:1].isupper()
    if folded in words_module.LOCATIVE_PREPOSITIONS and not linked:
        return False  # Albanian "të" links a name's genitive: "Demokratike të Kosovës"
    lower = sum(1 for w in words if w.strip(_QUOTES)[:1].islower())
    return lower <= 1 or last[:1].isupper()


#: Levels of a name that, right before a town of its state, makes a club's or a company's
#: name with it ("Bosna Sarajevo", "Vojvodina Novi Sad", "Vardar Skopje"), in any language.
_BEFORE_TOWN_LEVELS = frozenset(("country", "admin1", "site"))
#: "In Serbia Belgrade ...": after "in" the name is where something happens, no club's.
_IN_WORDS = frozenset(("in", "u", "ne", "v", "vo", "na"))


def before_its_town(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less a state's, unit's or river's name that stands right before a town of the
    same state ("Bosna Sarajevo", "Vardar Skopje fans"), and less that town: a club's or
    company's name, which the town ends; no one writes a region and its town as two places
    without a comma."""
    gaz, text, by_start = doc.gaz, doc.text, doc.by_start
    clubs = [
        c
        for c in places
        if c.end + 1 in by_start
        and text[c.end : c.end + 1] == " "
        and c.level is None
        and gaz.places[c.place].level in _BEFORE_TOWN_LEVELS
        and _names_a_club(doc, c)
    ]
    if not clubs:
        return places
    towns = {c.end + 1 for c in clubs}  # the town ends the same name ("Vardar Skopje fans")
    return [c for c in places if c not in clubs and c.start not in towns]


def _names_a_club(doc: Doc, c: Choice) -> bool:
    """Whether a town of the name's state follows it, and no "in" stands before it."""
    nxt = doc.by_start[c.end + 1]
    if not _town_of(doc, nxt[0], doc.gaz.places[c.place].country):
        return False
    prev, _ = doc.prev_word(c.start)
    return doc.fold(prev).lower() not in _IN_WORDS


def _town_of(doc: Doc, hit: Hit, country: str | None) -> bool:
    """Whether the hit's first candidate is a town of ``country``."""
    first = hit.value[0] if hit.value else None
    if not isinstance(first, Candidate):
        return False
    town = doc.gaz.places[first.place]
    return town.level == "city" and town.country == country


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
#: игра", "Olimpija je izgubila").
_CLITICS = frozenset(("go", "ja", "gi", "je", "so", "se", "e", "ka"))
#: When a match is played, folded, as written between a side and its verb ("Vojvodina u
#: subotu dočekuje", "Prishtina mbrëmë barazoi", "Вардар во сабота гостува"): "on", the
#: weekdays in the accusative, and last night, tonight, today, tomorrow.
_WHEN_WORDS = frozenset(
    (
        "u v ne vo te ponedeljak ponedjeljak utorak sredu srijedu cetvrtak petak subotu "
        "nedelju nedjelju ponedeljek torek sredo cetrtek petek soboto nedeljo henen marten "
        "merkuren enjten premten shtunen dielen ponedelnik vtornik sreda cetvrtok petok "
        "sabota nedela sinoc veceras danas sutra sinoci nocoj danes jutri mbreme sonte sot "
        "neser sinoka vecerva denes utre"
    ).split()
)
#: How the words for losing and being beaten begin, folded: "poraženi su ... od Borca",
#: "izgubili od Borca", "u mund nga Tirana", "загубија од Будучност": the side after "od"
#: or "nga" in such a clause is the club that won.
_BEATEN = re.compile(r"\b(?:porazen|porazeni|porazena|izgubi|zagubi|humb|u mund|poraz)")
_BY = frozenset(("od", "nga"))
_SIDE_LEVELS = frozenset(("city", "admin1", "site"))
#: How surely a verb after a town makes it a side: a verb only a match has, one with a
#: capitalised opponent after it, or a verb alone.
_SURE, _OPPONENT_NAMED, _PLAIN = 3, 2, 1


def match_sides(doc: Doc, places: list[Choice], side: list[Hit]) -> list[Choice]:
    """``places`` less the towns that name a side in a match: a town (or a province, or a
    river named like a club) right before a verb of a match ("Vojvodina gostuje", "Tirana
    fitoi"), or after "od"/"nga" in a clause of a defeat ("poraženi su u Banjoj Luci od
    Borca"), in a local sentence about sport.  A state's own name is its national side, which
    stays the state (``parties.club_starts`` weighs it)."""
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
        elif _beaten_by(doc, c.start):
            found.append((c, _PLAIN))
    if not found:
        return places
    # a verb a match only has names a side wherever it stands; one a government shares
    # ("Tirana luan një rol", "Beograd igra dvostruku igru") only in a sentence about sport or
    # with a result, or, with an opponent named after it, in a story about sport
    sport: bool | None = None
    dropped = []
    for c, how in found:
        if how == _SURE or _sport_sentence(text, c.start):
            dropped.append(c)
        elif how == _OPPONENT_NAMED:
            if sport is None:
                sport = speaks_of_sport(text)
            if sport:
                dropped.append(c)
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
            if doc.fold(prev).lower() not in words_module.LOCAL_PREPOSITIONS:
                dropped.append(c)
    return [c for c in places if c not in dropped]


def _match_word(value: object) -> bool:
    """Whether a side word is a verb of a match or of a defeat (an opponent word among them)."""
    return type(value) is MatchWord or (type(value) is CueWord and value.opponent)


def _sport_sentence(text: str, pos: int) -> bool:
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
    for _ in range(3):
        if folded not in _CLITICS and folded not in _WHEN_WORDS:
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


def _beaten_by(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows "od"/"nga" in a clause that tells of a defeat."""
    prev, gap = doc.prev_word(start)
    if gap != " " or doc.fold(prev).lower() not in _BY:
        return False
    text = doc.text
    clause = text[max(0, start - _REACH) : start]
    cut = max(clause.rfind(". "), clause.rfind(", "), clause.rfind("\n"))
    return _BEATEN.search(doc.fold(clause[cut + 1 :]).lower()) is not None
