"""English reports: region states that act in a story, and stories filed abroad.

``focus`` keeps a state that reaches a third of the leader's weight.  Two shapes of English
news escape that bar:

* a long report on one state in which a second region state acts through its own
  institutions ("In Belgrade, the Serbian justice ministry said the trial was long overdue",
  "Vučić put the Serbian army on alert"): a party to the story, though the leader, named in
  every paragraph, weighs five times more (``acting_states``);
* a headline's name that the body reads as a place abroad ("Belgrade Lakes volunteers ...",
  filed from "BELGRADE, Maine"): the body has the context the headline lacks, so the name
  weighs for neither reading (``title_states``);
* a report filed abroad about that place ("BUCHAREST (Wire) —", "BELGRADE, Maine —",
  "COSENZA, Italy —") that names a region state only further down, as the river's other
  bank, a town's namesake or where a language came from: about the state it is filed from
  alone, however often the region state is named in that one passage (``filed_abroad``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmap.geotag.layout import filed_at
from newsmap.model import REGION_COUNTRIES, Mention

_REGION = frozenset(REGION_COUNTRIES)

#: The nouns after a state adjective that make the state act: its government and its
#: officials, forces and services ("the Serbian side", "Albanian authorities").  A capital,
#: a border or a language is where, not who.
ACTING_NOUNS = frozenset(
    (
        "government",
        "governments",
        "ministry",
        "minister",
        "ministers",
        "president",
        "presidency",
        "premier",
        "army",
        "forces",
        "authorities",
        "officials",
        "police",
        "parliament",
        "prosecutors",
        "prosecutor",
        "diplomats",
        "diplomat",
        "ambassador",
        "embassy",
        "delegation",
        "institutions",
        "leadership",
        "leaders",
        "cabinet",
        "troops",
    )
)

#: The length from which a report's parties may sit below ``focus``'s bar (characters): in a
#: brief, a party named twice reaches it, and a state that does not is a voice in passing.
#: From ``VOICE_LENGTH`` (a report of 300 words) a state's civil voice counts; its forces only
#: from ``REPORT_LENGTH``: in a report of ordinary length they are most often the war's
#: history ("civilians killed by Serbian police"), while its government speaking is a
#: reaction to the story ("Serbian officials said the trial came too late").
REPORT_LENGTH = 2000
VOICE_LENGTH = 1500

#: The acting nouns of force: a party only in a long report (``REPORT_LENGTH``).
_FORCE_NOUNS = frozenset(("army", "forces", "police", "troops"))

#: The nouns by which a state speaks through its government, from its capital or by its
#: possessive ("In Tirana, ministers said", "Serbia's foreign ministry"); leaders and
#: institutions may be a town's or a faith's ("In Sarajevo, religious leaders sit ...").
_VOICES = frozenset(
    (
        "government",
        "ministry",
        "minister",
        "ministers",
        "president",
        "presidency",
        "premier",
        "parliament",
        "officials",
        "cabinet",
        "diplomats",
    )
)

#: The region's capitals by their English names: "In Belgrade, the government said" is the
#: state speaking from its seat.
_CAPITALS = frozenset(
    ("Belgrade", "Pristina", "Prishtina", "Tirana", "Skopje", "Podgorica", "Sarajevo")
)

#: How many region states a report abroad names before it is a regional story (a summit of
#: allies, a roundup of the region's reactions), which the region's states are about.
REGIONAL_ABROAD = 3


#: The levels a title's mention weighs at (every level a place has).
_TITLE_LEVELS = frozenset(("country", "admin1", "city", "site", "demonym"))


def title_states(mentions: Sequence[Mention], title_mentions: Sequence[Mention]) -> list[str]:
    """The country each of the title's mentions weighs for, in order (``focus`` adds 2 for
    each): none for a name the body reads as another country, none for an adjective of a
    state outside the region (an actor, not a place)."""
    read = {m.surface: m.country for m in reversed(mentions)}
    found: list[str] = []
    for m in title_mentions:
        country = m.country
        if country is None or m.level not in _TITLE_LEVELS:
            continue
        if m.level == "demonym" and country not in _REGION:
            continue
        if read.get(m.surface, country) != country:
            continue
        found.append(country)
    return found


def _sentence(text: str, m: Mention) -> tuple[int, int]:
    """The bounds of the sentence around ``m`` (a full stop and a space, or a line break)."""
    start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start))
    end = text.find(". ", m.end)
    return start, (end if end >= 0 else len(text))


def _acts(text: str, m: Mention, mentions: Sequence[Mention], forces: bool = True) -> bool:
    """Whether a state adjective's phrase names the state acting ("the Serbian foreign
    ministry", "Montenegrin defence minister"): its last word is an institution or office
    (of force too with ``forces``), and its sentence names none of the state's places after
    "from" (a government sending rescuers from one of its towns helps; the story is not its
    own)."""
    last = m.surface.rsplit(" ", 1)[-1].lower()
    if last not in ACTING_NOUNS or not forces and last in _FORCE_NOUNS:
        return False
    return _not_sending(text, m, mentions)


def _not_sending(text: str, m: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the sentence of ``m`` names none of its state's places after "from"."""
    start, end = _sentence(text, m)
    return not any(
        n.country == m.country and start < n.start < end and text.endswith("from ", 0, n.start)
        for n in mentions
    )


def _named_apart(text: str, m: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the state of ``m`` is named outside ``m``'s sentence too.  A reaction told in
    one sentence ("In Belgrade, the Serbian president called the ruling political", "Tirana
    issued a statement, with the Albanian foreign ministry calling it ...") is a voice
    quoted in passing, as the capital beside the institution is the same voice."""
    start, end = _sentence(text, m)
    return any(n.country == m.country and not start < n.start < end for n in mentions)


def _civil_noun(text: str, pos: int) -> bool:
    """Whether a noun of the state's voice ("government", "ministers") stands at ``pos``, after an
    article and up to two lower-case modifiers ("the government office", "the foreign
    ministry")."""
    if text.startswith("the ", pos):
        pos += 4
    for _ in range(3):
        end = pos
        while end < len(text) and (text[end].isalpha() or text[end] == "-"):
            end += 1
        word = text[pos:end]
        if not word.islower():
            return False
        if word in _VOICES:
            return True
        if not text.startswith(" ", end):
            return False
        pos = end + 1
    return False


def _voiced(text: str, m: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether a state's name or its capital's names the state speaking: "Serbia's
    government rejected ...", "Serbia's foreign ministry", "In Tirana, ministers have said
    ...", "In Belgrade, the government office for Kosovo called ..."."""
    if m.level == "country" and m.country in _REGION:
        if text.startswith(("'s ", "’s "), m.end):
            return _civil_noun(text, m.end + 3) and _not_sending(text, m, mentions)
        return False
    if m.level != "city" or m.surface not in _CAPITALS or not text.startswith(", ", m.end):
        return False
    if not text.endswith("In ", 0, m.start):
        return False
    return _civil_noun(text, m.end + 2) and _not_sending(text, m, mentions)


def acting_states(
    text: str, mentions: Sequence[Mention], weights: dict[str, float], keep: list[str]
) -> list[str]:
    """Region states outside ``keep`` that act through their own institutions in a story
    about another region state, and are named twice at least (the institution and a place or
    another institution), once outside the institution's sentence: "In Belgrade, President
    Vučić said the Serbian side would ...", and Belgrade again further on.  A state named
    once by its minister, or in one sentence of reaction, is a voice quoted in passing.
    Below ``REPORT_LENGTH`` only a civil voice counts, by adjective ("Serbian officials
    said"), by the state's possessive ("Serbia's government") or from its capital ("In
    Tirana, ministers said")."""
    if not keep or not any(c in _REGION for c in keep):
        return []
    forces = len(text) >= REPORT_LENGTH
    found: list[str] = []
    for m in mentions:
        country = m.country
        if (
            country in _REGION
            and country not in keep
            and country not in found
            and weights.get(country, 0.0) >= 2.0
            and (
                _acts(text, m, mentions, forces)
                if m.level == "demonym"
                else _voiced(text, m, mentions)
            )
            and _named_apart(text, m, mentions)
        ):
            found.append(country)
    return found


def filed_abroad(
    text: str,
    mentions: Sequence[Mention],
    titled: Sequence[str],
    weights: dict[str, float],
    keep: list[str],
) -> list[str]:
    """``keep`` without the region states of a report filed abroad about that place.

    The report opens with a dateline of a place outside the region ("BUCHAREST (Wire) —",
    "MACEDONIA, Ohio —"), its first paragraph and its title (``titled``: the states the title
    weighs for) name no region place, it names
    fewer than ``REGIONAL_ABROAD`` region states, and the dateline's state outweighs each of
    them: the region states are named in passing (the far bank of a river, the town a
    namesake was named after, the homeland of a language spoken abroad).  A region state
    whose own institutions act is a party to the story wherever it is filed ("the Serbian
    government insists it sells arms only to end users")."""
    if not mentions or not keep:
        return keep
    first = mentions[0]
    country = first.country
    if country is None or country in _REGION or first.level not in ("city", "country"):
        return keep
    if not filed_at(text, first.start, first.end):
        return keep
    if any(c in _REGION for c in titled):
        return keep
    para_end = text.find("\n", first.end)
    if para_end < 0:
        return keep  # one paragraph: nothing is further down
    for m in mentions:
        if m.start >= para_end:
            break
        if m.country in _REGION:
            return keep
    if sum(c in _REGION for c in weights) >= REGIONAL_ABROAD:
        return keep
    top = weights.get(country, 0.0)
    acting = {m.country for m in mentions if m.level == "demonym" and _acts(text, m, mentions)}
    return [c for c in keep if c not in _REGION or c in acting or weights.get(c, 0.0) > top]


def renamed_capitals(text: str, mentions: Sequence[Mention]) -> set[int]:
    """Starts of state-adjective phrases that rename a capital named just before in their
    sentence ("a concert in Belgrade, the band's first in the Serbian capital"), or name it
    just after ("the Serbian capital, Belgrade"): one place, which its name already weighs."""
    found: set[int] = set()
    last = len(mentions) - 1
    for i, m in enumerate(mentions):
        if m.level != "demonym" or not m.surface.endswith(" capital"):
            continue
        if i < last:  # "the Serbian capital, Belgrade"
            nxt = mentions[i + 1]
            if nxt.country == m.country and nxt.level == "city" and nxt.start - m.end <= 2:
                found.add(m.start)
                continue
        if i == 0:
            continue
        prev = mentions[i - 1]
        if (
            prev.country == m.country
            and prev.level == "city"
            and ". " not in text[prev.end : m.start]
            and m.start - prev.end < 200
        ):
            found.add(m.start)
    return found
