"""How a document is laid out, for its countries: datelines, paragraphs, a digest's items.

A dateline names where a report was filed, not what it is about (``filed_at``).  English
documents are also read paragraph by paragraph (``paragraph_states``) and, when several lines
open with a dateline, item by item (``digest_states``).

``focus`` weighs a whole document at once, and a state needs a third of the leader's weight.
A long English report often gives a second state a paragraph of its own (the neighbour whose
market is merged with the leader's, the state whose arms turn up at a front abroad, the
country a writer wrote about): the story is about that state too, though the leader, named in
every paragraph, weighs four times more.  A state named in passing shares its paragraph with
places that weigh more, so it leads none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmap.geotag.locative_cues import dateline
from newsmap.model import REGION_COUNTRIES, Mention

_REGION = frozenset(REGION_COUNTRIES)

#: The weight a state needs in one paragraph to be a subject of it: three places or
#: institutions of its own (two are a comparison or a neighbour named in passing).
PARAGRAPH_BAR = 3.0
#: How many states a paragraph names before it is a roundup (the neighbours' reactions, the
#: weather across the region, other divided towns compared), which makes none a subject.
ROUNDUP_PARAGRAPH = 4


def paragraph_states(text: str, counted: Sequence[tuple[int, int, str, float]]) -> list[str]:
    """Region states that lead a paragraph of ``text`` alone, with ``PARAGRAPH_BAR`` at least.

    ``counted`` holds what ``focus`` weighed: each mention's start, end, country and weight
    before the lead's bonus (places abroad included, so a paragraph about a war abroad that
    names a region state once is led by the state abroad).  Paragraphs are split at line
    breaks.  Places that people or help come from ("rescuers from Serbia, Montenegro and
    Slovenia", "firefighters from Struga") are where the story is not: they lead nothing."""
    found: list[str] = []
    per: dict[int, dict[str, float]] = {}
    para_end = -1  # where the paragraph of the last mention ends (its line break)
    k = 0
    origin_end = -1
    for start, end, country, w in counted:
        if _from_there(text, start, origin_end):
            origin_end = end
            continue
        if start > para_end:
            para_end = text.find("\n", start)
            if para_end < 0:
                para_end = len(text)
            k += 1
        sums = per.setdefault(k, {})
        sums[country] = sums.get(country, 0.0) + w
    for _, sums in sorted(per.items()):
        if len(sums) >= ROUNDUP_PARAGRAPH:
            continue  # each state in a sentence of its own: reactions, a comparison
        top = max(sums.values())
        leaders = [c for c, w in sums.items() if w == top]
        if len(leaders) == 1 and top >= PARAGRAPH_BAR and leaders[0] in _REGION:
            if leaders[0] not in found:
                found.append(leaders[0])
    return found


#: What joins the places of one English list ("from Serbia, Montenegro and Slovenia"), and a
#: route's far end to its start ("the night train from Bar to Belgrade"): a route's ends are
#: where it runs between, not where the paragraph's story happens.
_LIST_JOINS = frozenset(("", "and", "or", "to"))


def _from_there(text: str, start: int, origin_end: int) -> bool:
    """Whether the place at ``start`` follows "from", or continues a list or a route that
    "from" opened (``origin_end``: where the list's last place ends)."""
    if 0 <= origin_end and start - origin_end <= 6:
        if text[origin_end:start].strip(" ,") in _LIST_JOINS:
            return True
    return text.endswith(("from ", "From "), 0, start)


#: What follows a dateline's place: a date or an agency, then a dash ("Beograd, 3. marta
#: (Beta) – ", "Tiranë, 2 shkurt – ", "Скопје – ").
DATELINE_TAIL = re.compile(r"(?:,[^\n–—]{0,40}?|\s\([^)\n]{1,20}\))?\s[–—-]\s")


def filed_at(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` opens a dateline, in capitals or not."""
    if dateline(text, start, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and DATELINE_TAIL.match(text, end) is not None


def digest_states(text: str, mentions: Sequence[Mention]) -> list[str]:
    """Region states of the items of a digest: a text with two lines at least, after its
    first, that open with a dateline ("KULA, Serbia — Workers ...", "NIKŠIĆ — A new bus
    line ...") gives each item its own place, and each item's state is what that part is
    about, however much more the first item's state weighs.  One dateline is a report's."""
    found: list[str] = []
    items = 0
    for m in mentions:
        start = m.start
        if start == 0 or text[start - 1] != "\n" or not filed_at(text, start, m.end):
            continue
        items += 1
        if m.country in _REGION and m.country not in found:
            found.append(m.country)
    return found if items >= 2 else []


#: How many dateline items a local text needs to be read as a bulletin of items: a TV news
#: summary or a regional roundup gives each of several capitals its own paragraph.
LOCAL_DIGEST_ITEMS = 3
#: How many region states a local text's dateline items must name to be a regional roundup
#: without a section line ("SARAJEVO - Predsjedništvo ...", "BEOGRAD - Studenti ...",
#: "PRIŠTINA - ...", "SKOPJE - ..."): a story followed from capitals for their reactions
#: rarely has four.
LOCAL_DIGEST_STATES = 4
#: A line that opens with a word or two in capitals and a dash, as datelines do: in a bulletin
#: some such lines name no place but a section or the programme ("SPORT - ", "ВРЕМЕ - ",
#: "MOTI - ", "ДНЕВНИК - НАЈВАЖНИЈЕ ВИЈЕСТИ").
_CAPS_LINE = re.compile(r"^([^\W\d_a-zа-я]{2,}(?: [^\W\d_a-zа-я]{2,})?) [–—-] ", re.MULTILINE)


def local_digest_states(text: str, mentions: Sequence[Mention]) -> list[str]:
    """Region states of a local bulletin's items: three lines at least that open with a
    dateline ("БАЊА ЛУКА - Влада ...", "SHKUP - Qeveria ..."), each the item of its own
    place, as in ``digest_states``, in a text that also heads a line with a section's or a
    programme's name the same way ("SPORT - ", "ВРЕМЕ - "): a TV or radio summary of the day's
    news; or whose items name ``LOCAL_DIGEST_STATES`` region states, a regional roundup.  A
    report with datelines from fewer states and no sections (a story followed from several
    capitals, each a reaction) keeps the weights' reading."""
    found: list[str] = []
    items: set[int] = set()
    for m in mentions:
        start = m.start
        if start == 0 or text[start - 1] != "\n" or not filed_at(text, start, m.end):
            continue
        items.add(start)
        if m.country in _REGION and m.country not in found:
            found.append(m.country)
    if len(items) < LOCAL_DIGEST_ITEMS:
        return []
    if len(found) >= LOCAL_DIGEST_STATES:
        return found  # a regional roundup: each capital's item is news of its own state
    sections = (m.start() for m in _CAPS_LINE.finditer(text))
    return found if any(start not in items for start in sections) else []


#: How many region states a story must be about to be about the region as a whole.
REGIONAL_STATES = 4
#: What a further state must weigh in such a story: two places or institutions of its own.
REGIONAL_BAR = 2.0


def regional_states(weights: dict[str, float], keep: list[str]) -> list[str]:
    """In a story about ``REGIONAL_STATES`` region states at least (an analysis of the
    region's trade clubs, a survey of its elections), the other region states it names twice
    are part of it too ("where trade with Bosnia and Herzegovina and Montenegro matters
    most"): the leader's weight, which ``focus``'s bar of a third follows, measures how much
    the story says of one state, not whether the region's others are in it."""
    if sum(c in _REGION for c in keep) < REGIONAL_STATES:
        return []
    return [c for c, w in weights.items() if c in _REGION and c not in keep and w >= REGIONAL_BAR]


#: How a sentence opens that gives a roundup's item to a state: "In Montenegro, ...".
_ITEM_OPENINGS = (". In ", "\nIn ")


def items_of_their_own(
    text: str, mentions: Sequence[Mention], weights: dict[str, float], keep: list[str]
) -> list[str]:
    """Region states under the bar that open a sentence of their own with "In <state>," and
    weigh as one place at least ("In Montenegro, the hamlet of Vusanje near Gusinje was cut
    off"): a roundup gives each state an item, and the item's state is what that part of the
    story is about even when the first state, with the dateline, weighs three times more, and
    even when the item names no town of it ("In Kosovo, Bosniaks in the south asked for
    schools"); a state that only acts (0.5) opens no item, nor does a reaction (``_reaction``)."""
    found: list[str] = []
    for m in mentions:
        c = m.country
        if c in keep or c in found or c not in _REGION or m.level != "country":
            continue
        if weights.get(c, 0.0) < 1.0 or not text.startswith(", ", m.end):
            continue
        if text[max(0, m.start - 5) : m.start] in _ITEM_OPENINGS and not _reaction(text, m.end):
            found.append(c)
    return found


#: An official who reacts, and a verb of reacting, in an item's sentence: "In Kosovo, the
#: foreign ministry said it expected ...", "In Bosnia, the Serb leader welcomed the outcome".
_OFFICIALS = re.compile(
    r"\b(?:ministry|minister|government|president|leader|leaders|officials|spokesman"
    r"|spokeswoman|spokesperson|presidency|embassy)\b"
)
_REACTS = re.compile(
    r"\b(?:said|says|welcomed|welcomes|congratulated|condemned|critici[sz]ed|praised"
    r"|regretted|reacted|urged)\b"
)


def _reaction(text: str, end: int) -> bool:
    """Whether the sentence of an item ("In Kosovo, ...") is a reaction to the story: an
    official of that state who speaks about it ("the foreign ministry said it expected the new
    government to respect the border") makes the state a voice in the story, not a place of it
    (a roundup's item tells what happened there: "In Kosovo, hail hit Drenica")."""
    stop = text.find(". ", end)
    sentence = text[end : stop if stop >= 0 else len(text)]
    return _OFFICIALS.search(sentence) is not None and _REACTS.search(sentence) is not None
