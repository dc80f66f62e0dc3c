"""Villages and quarters the gazetteer lacks, named after a locative word in English text.

English news names the region's villages, hamlets and city quarters as it names towns, with
no noun that says what they are: "the clinic in Qirez", "a landfill at Sharrë", "past
Kuqishtë", "near Lauša", "a derby played in Železnik".  The gazetteer (GeoNames' places of
500 people and more) lacks most of them, and ``villages`` reads only the names a settlement
noun introduces.  A capitalised name after a locative word ("in", "at", "near", "from", "to",
"around", "past", "towards", "through", "outside", "via", "above", "below") that no rule read
and that is spelt the region's way is a settlement: a letter of the region's alphabets that
English spells no word with (č, ć, š, ž, đ, ë, ç), one of Albanian's digraphs zh, xh, gj, dh,
or its q before a letter other than u, or South Slavic nj and lj before a vowel ("Vusanje").
The name after "and" continues such a list when a place ends right before it ("in Stenje and
Oteševo", "between Dhërmi and Palasë").  The mention is a ``city`` at the village score,
placed where a site the gazetteer lacks would be
(``site_anchor``): a name abroad takes the country of the places around it.

Spelt so, a name is also a person, a club, a party or a language.  Not read: a name the text
writes after a given name elsewhere ("Jakup Krasniqi"), before a verb of saying or with a
possessive; surnames' endings (-ić, -vić); the adjectives and abstract nouns clubs and parties
are named with ("Čukarički", "Zrinjski", "Budućnost"); the names of the region's languages.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.home import locative_tokens
from newsmap.geotag.persons import NOT_GIVEN
from newsmap.geotag.site_anchor import anchored
from newsmap.geotag.sites import VILLAGE_SCORE
from newsmap.geotag.token_marks import locative_end
from newsmap.tokens import token_at

__all__ = ["REASON", "locative_names"]

REASON = "settlement after a locative word"

#: A locative word and the capital after it; "and" continues a list of places.  What it finds
#: is found by ``after_locatives``.
_AFTER = re.compile(
    r"\b(?:in|at|near|from|around|past|towards|toward|through|outside|via|and|to|above|below|"
    r"beyond|into|across) "
    r"(?=[A-ZČĆŠŽĐÇ])"
)
#: Its words (``token_marks.LOCATIVES``); each match of it ends with a blank before a capital.


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZČĆŠŽĐÇ")
#: What follows a name inside a list of places ("past Ljubaništa, Peštani and Trpejca").
_LIST_GOES_ON = (", ", " and ", " or ")
#: Sport's "at home to" names the visiting club, not a place.
_AT_HOME = "at home to "
#: A name of one to three capitalised words, Albanian links inside ("Reka e Allagës").
_NAME = re.compile(r"[A-ZČĆŠŽĐÇ][a-zčćšžđëç]+(?: (?:(?:i|e) )?[A-ZČĆŠŽĐÇ][a-zčćšžđëç]+){0,2}")
#: Letters of the region's alphabets that English spells no word with.
_REGION_LETTERS = frozenset("čćšžđëçČĆŠŽĐËÇ")
#: Albanian digraphs English spells no name with, and q not before u ("Qirez", "Kuqishtë").
_ALBANIAN = re.compile(r"zh|xh|gj|dh|q(?!u)", re.IGNORECASE)
#: South Slavic nj and lj before a vowel, in a word that ends in a vowel ("Vusanje", "Bukinje";
#: not "Benjamin").
_SLAVIC = re.compile(r"[nl]j[aeiou](?:\w*[aeiou])?\b")
#: The states whose languages spell names with Albanian letters, and with South Slavic ones.
_ALBANIAN_STATES = frozenset(("AL", "XK", "MK", "ME", "RS"))
_SLAVIC_STATES = frozenset(("BA", "RS", "ME", "HR", "SI", "MK", "XK"))
#: Endings of surnames, and of the adjectives and abstract nouns that name clubs, parties
#: and beers ("Čukarički", "Zrinjski", "Nikšićko", "Budućnost", "Željezničar").
_NOT_PLACE_ENDINGS = ("ić", "ski", "čki", "čko", "ćko", "ost", "čar")
#: The region's languages, dialects and their peoples in their own spelling ("lessons in
#: Arbëresh", "choirs from Arbëreshë villages").
_LANGUAGES = ("Arbëresh", "Arbërisht", "Shqip", "Gegërisht", "Toskërisht")
#: What follows a person's name: a verb of saying, or a possessive.
_PERSON_AFTER = re.compile(r"(?:'s|’s| said| says| told| added)\b")
#: Words before a name that make it a person's: titles and given-name slots.
_TITLES = frozenset(("Mr", "Mrs", "Ms", "Dr", "President", "Prime", "Minister", "Mayor"))


def locative_names(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The settlements after locative words that no decided place covers (English text)."""
    text = doc.text
    found: list[Choice] = []
    spans = [(c.start, c.end) for c in places]
    for opening, start, word in sorted(after_locatives(text) + _after_commas(text)):
        name = _NAME.match(text, start)
        if name is None:
            continue
        end = name.end()
        if text[end : end + 1].isalnum() or text.startswith("-", end):
            continue  # "Čelik-Zenica", a word cut short
        surface = name.group()
        if not _spelt_here(surface) or not _a_place(text, surface, end):
            continue
        if any(s < end and start < e for s, e in spans):
            continue  # a name a rule has read keeps that reading
        if text.endswith(_AT_HOME, 0, start):
            continue  # "lost at home to Posušje": a club
        if word == "and" and (" " in surface or not _listed(text, spans, found, opening)):
            continue  # "... in Pristina and Besa Krasniqi in ...": a list of people
        if word == "," and not _comma_listed(text, spans, found, opening, end):
            continue  # "in Prizren, Gëzim said": a list runs on past the name, or it is none
        choice = anchored(doc, places, start, end, "city", VILLAGE_SCORE, REASON)
        if _by_ending(surface) and (choice is None or _placed_by_a_site(doc, places, choice)):
            continue  # a name told by its ending alone goes by its own sentence's towns
        if choice is None or doc.gaz.places[choice.place].country not in _spelt_in(surface):
            choice = _spelt_beside(doc, places, start, end, _spelt_in(surface))
        if choice is not None:
            found.append(choice)
    return found


def after_locatives(text: str) -> list[tuple[int, int, str]]:
    """Where each match of ``_AFTER`` starts and ends, and its word, in order.

    The pattern opens with a word boundary, which gives the regex engine nothing to skip ahead
    with: it tried a match at every character of the text, a twentieth of the tagger's time;
    a pattern that finds each blank before a capital with the locative word before it (in
    lookbehinds) still cost two per cent of a document's instructions.  A match's word ends a
    whitespace-separated token (right before its blank), so only the tokens that end with a
    locative word no word character precedes are read: the language pass over the document's
    tokens keeps them, in order (``home.locative_tokens``), and each is looked for in the
    text, where the blank after it and the capital after that are checked.
    """
    found: list[tuple[int, int, str]] = []
    memo = _ENDS
    size = len(text)
    at = 0  # where the last token ending with a locative word ended
    for token in locative_tokens(text):
        word = memo.get(token)
        if word is None:
            if len(memo) >= _TOKENS_MAX:
                memo.clear()
            word = memo[token] = locative_end(token)
        at = token_at(text, token, at) + len(token)
        if at + 1 < size and text[at] == " " and text[at + 1] in _CAPITALS:
            found.append((at - len(word), at + 1, word))
    return found


#: Each token's locative word (``locative_end``), kept across documents.
_ENDS: dict[str, str] = {}
#: How many different tokens ``_ENDS`` keeps (a bound on memory).
_TOKENS_MAX = 50_000


def _after_commas(text: str) -> list[tuple[int, int, str]]:
    """Where each comma before a capital stands and its name starts, as ``after_locatives``
    gives its words: the places of a list after its first ("past Ljubaništa, Peštani")."""
    found: list[tuple[int, int, str]] = []
    at = text.find(", ")
    while at >= 0:
        if text[at + 2 : at + 3] in _CAPITALS:
            found.append((at, at + 2, ","))
        at = text.find(", ", at + 2)
    return found


def _comma_listed(
    text: str, spans: list[tuple[int, int]], found: list[Choice], comma: int, end: int
) -> bool:
    """Whether a name after a comma is a list's next place: a place ends at the comma, the
    list runs on after the name ("past Ljubaništa, Peštani and Trpejca"), and the place
    before the comma does not open its sentence ("In Mostar, Velež and Zrinjski drew": the
    sentence's setting, then its subject)."""
    if not text.startswith(_LIST_GOES_ON, end):
        return False
    starts = [s for s, e in spans if e == comma] + [c.start for c in found if c.end == comma]
    if not starts:
        return False
    before = text[max(0, starts[0] - 12) : starts[0]].rstrip()
    opener = before.rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
    return not opener[:1].isupper()


def albanian_digraph(surface: str) -> bool:
    """``_ALBANIAN.search(surface) is not None``, by a few substring tests: a case-blind
    pattern gives the regex engine nothing to skip ahead with."""
    low = surface.lower()
    if "zh" in low or "xh" in low or "gj" in low or "dh" in low:
        return True
    at = low.find("q")
    while at >= 0:
        if not low.startswith("u", at + 1):
            return True
        at = low.find("q", at + 1)
    return False


def _spelt_in(surface: str) -> frozenset[str]:
    """The states whose languages spell a name so: Albanian letters, else South Slavic ones."""
    if "ë" in surface or "ç" in surface or albanian_digraph(surface):
        return _ALBANIAN_STATES
    return _SLAVIC_STATES


def _spelt_beside(
    doc: Doc, places: list[Choice], start: int, end: int, states: frozenset[str]
) -> Choice | None:
    """The nearest place before the name, else after it, in a state whose language spells
    the name ("the village school in Kamičani" in a story filed from St. Louis that named
    Prijedor before; "herders from Gjakova ... past Vërdhiqë", where no place of the story
    stands): a name spelt the region's way stands in the region."""
    gplaces = doc.gaz.places
    before = [c for c in places if c.end <= start and gplaces[c.place].country in states]
    after = [c for c in places if c.start >= end and gplaces[c.place].country in states]
    there = before[-1] if before else after[0] if after else None
    if there is None or there.level is not None:
        return None
    return Choice(start, end, there.place, VILLAGE_SCORE, f"{REASON}, by its spelling", "city")


def _spelt_here(surface: str) -> bool:
    """``spelt_here_read(surface)``, kept per name across documents: most names after a
    locative word are English ones ("in London"), asked again and again, and each answer took
    four scans of the name."""
    found = _SPELT.get(surface)
    if found is None:
        if len(_SPELT) >= _TOKENS_MAX:
            _SPELT.clear()
        found = _SPELT[surface] = spelt_here_read(surface)
    return found


#: ``spelt_here_read`` of the names read lately.
_SPELT: dict[str, bool] = {}


def spelt_here_read(surface: str) -> bool:
    """Whether a name is spelt the region's way (a region letter or an Albanian digraph, or
    a South Slavic place name's ending)."""
    return (
        not _REGION_LETTERS.isdisjoint(surface)
        or albanian_digraph(surface)
        or _SLAVIC.search(surface) is not None
        or _slavic_ending(surface)
    )


#: Endings of South Slavic place names that English spells no word or name with, written
#: without the region's letters: "Batajnica", "Kravica", "Trpejca", "Smokovac", "Mavrovo",
#: "Dragoevo".
_PLACE_ENDINGS = ("nica", "vica", "jca", "ovac", "evac", "ovo", "evo")
#: Given names of those endings (South Slavic and English).
_GIVEN = frozenset(("danica", "monica", "veronica", "jovica", "novica", "slavica"))
#: The shortest such name read (a shorter word is a given name: "Evo").
_ENDING_MIN = 6


def _by_ending(surface: str) -> bool:
    """Whether only its ending spells the name the region's way (``_slavic_ending``)."""
    return (
        _REGION_LETTERS.isdisjoint(surface)
        and not albanian_digraph(surface)
        and _SLAVIC.search(surface) is None
    )


def _placed_by_a_site(doc: Doc, places: list[Choice], choice: Choice) -> bool:
    """Whether a site or river of the text placed the name ("Skavica, on the Black Drin"):
    a river runs through several states, and a crossing stands on two."""
    return any(c.place == choice.place and doc.gaz.places[c.place].level == "site" for c in places)


def _slavic_ending(surface: str) -> bool:
    """Whether the name's last word ends as a South Slavic place name does."""
    last = surface.rsplit(" ", 1)[-1].lower()
    return len(last) >= _ENDING_MIN and last.endswith(_PLACE_ENDINGS) and last not in _GIVEN


def _a_place(text: str, surface: str, end: int) -> bool:
    """Whether the name may be a place: no surname's or club's ending, no language, no
    person's sign after it, and never written after a given name or a title."""
    words = surface.split(" ")
    if words[0] in _TITLES or surface.startswith(_LANGUAGES):
        return False
    if words[-1].endswith(_NOT_PLACE_ENDINGS):
        return False  # "Mirko Dačić"; "Konjević Polje" is a village
    own = words[-2] if len(words) > 1 else ""
    return not _a_person(text, words[-1], own)


def _a_person(text: str, word: str, own: str) -> bool:
    """Whether the text writes ``word`` as a person's name somewhere in the story: right after
    a capitalised word that is no given name (a sentence's opening word, a preposition, a
    title) nor the name's own first word ("Jakup
    Krasniqi" against "Šćepan Polje"), or before a verb of saying or a possessive."""
    i = text.find(word)
    while i != -1:
        end = i + len(word)
        if not text[end : end + 1].isalnum():
            if _PERSON_AFTER.match(text, end):
                return True
            if i > 1 and text[i - 1] == " ":
                before = text[text.rfind(" ", 0, i - 1) + 1 : i - 1]
                if (
                    before[:1].isupper()
                    and before[-1:].isalpha()
                    and before != own
                    and before.lower() not in NOT_GIVEN
                ):
                    return True
        i = text.find(word, end)
    return False


def _listed(text: str, spans: list[tuple[int, int]], found: list[Choice], at: int) -> bool:
    """Whether a place ends right before the "and" at ``at`` ("Stenje and Oteševo")."""
    return any(e == at - 1 for _s, e in spans) or any(c.end == at - 1 for c in found)
