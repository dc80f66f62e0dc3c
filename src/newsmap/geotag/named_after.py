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
from newsmap.geotag.match_sides import VENUE_WORDS, WHEN_WORDS, sport_sentence
from newsmap.geotag.matcher import Hit
from newsmap.geotag.parties import speaks_of_sport
from newsmap.geotag.side_words import CueWord

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
    limit = _WORDS_BETWEEN + 2 if cue.value.opponent else _WORDS_BETWEEN
    if _CLAUSE_END.search(between) or len(words) > limit:
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
            # "pobedili su u subotu Novi Pazar sa 2:1", "remizirao sa Vojvodinom 1:1",
            # "mundi të dielën Tiranën në derbin": the opponent after its verb's clitics, day
            # and venue, in a sentence that gives a result or speaks of sport
            return cue.value.opponent and _opponent_gap(doc, words) and sport_sentence(text, start)
        if cue.value.opponent and doc.fold(text[cue.start : cue.end]).lower() == "proti":
            # Slovenian "proti" is "towards" as often ("promet proti Ljubljani"): against
            # only in a sentence about a match
            return sport_sentence(text, start)
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


#: Words that may stand between a verb of a match and the opponent it names, folded: the
#: auxiliaries and clitics, and "with" after a draw ("remizirao sa Vojvodinom", "barazoi me").
_GAP_WORDS = frozenset(("su", "je", "ka", "kane", "e", "go", "ja", "gi", "so", "se", "bo"))
_WITH = frozenset(("sa", "s", "z", "me"))


def _opponent_gap(doc: Doc, words: list[str]) -> bool:
    """Whether the words between a verb of a match and a town are only its auxiliaries, when
    and where it was played ("su u nedjelju na Rujevici"), and "with" at the end."""
    last = doc.fold(words[-1]).lower()
    if last in words_module.LOCAL_PREPOSITIONS and last not in _WITH:
        return False  # "pobedili su u četvrtak u Solunu": where the match was played
    venue = 0  # capitalised words a place preposition may still open
    for i, word in enumerate(words):
        folded = doc.fold(word).lower()
        if word[:1].isupper():
            if venue == 0:
                return False
            venue -= 1
            continue
        if folded in _WITH:
            if i != len(words) - 1:
                return False
            continue
        venue = 2 if folded in VENUE_WORDS else 0
        if not venue and folded not in _GAP_WORDS and folded not in WHEN_WORDS:
            return False
    return True


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
