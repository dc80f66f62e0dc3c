"""Step 5 of resolving: which region countries a document is about, most central first.

Not every country named once: a country counts when its mentions, weighted by where they
stand (the lead, the title), reach a share of the leading country's weight.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmap.geotag import story_states
from newsmap.geotag.acting_bodies import acting_states as acting_bodies
from newsmap.geotag.acting_bodies import paragraph_bodies
from newsmap.geotag.actors import (
    ROUNDUP_STATES,
    actor_genitive,
    first_sentence_actors,
    official_before,
    roundup_states,
)
from newsmap.geotag.crossings import REASON as CROSSING_REASON
from newsmap.geotag.curated_venues import VENUE_PREFIX
from newsmap.geotag.folding import fold
from newsmap.geotag.home import home_country, latin_language
from newsmap.geotag.layout import (
    REGIONAL_STATES,
    digest_states,
    filed_at,
    items_of_their_own,
    local_digest_states,
    paragraph_states,
    regional_states,
)
from newsmap.geotag.local_focus import (
    export_story_state,
    first_place_state,
    heaviest_region_state,
    match_venue,
    neighbour_leads,
    neighbours_own_story,
    one_sentence_details,
    opening_origins,
    own_state_behind,
    side_abroad,
    trade_destination,
)
from newsmap.geotag.locative_names import REASON as LOCATIVE_VILLAGE
from newsmap.geotag.near_twins import REASON as NEAR_REASON
from newsmap.geotag.parties import club_starts, partner_states
from newsmap.geotag.placed_names import REASON as PLACED_VILLAGE
from newsmap.geotag.prepositions import from_there, named_first
from newsmap.geotag.private_nouns import ORIGIN_ONLY
from newsmap.geotag.region_lists import region_story
from newsmap.geotag.sites import NATURE_REASON
from newsmap.geotag.villages import AGAIN as VILLAGE_AGAIN
from newsmap.geotag.villages import REASON as VILLAGE_REASON
from newsmap.model import REGION_COUNTRIES, Mention

_REGION = frozenset(REGION_COUNTRIES)

#: The longest text read as a brief that may be a roundup whatever its weights (characters).
_BRIEF = 600

#: A crossing named bare (``crossings``) is on one side of a border the story may only pass.
_CROSSING_WEIGHT = 0.5

#: The reasons of villages the gazetteer lacks, which the text names and its context places.
_TEXT_VILLAGES = (VILLAGE_REASON, VILLAGE_AGAIN, LOCATIVE_VILLAGE, PLACED_VILLAGE)

_LEVEL_WEIGHT = {"country": 1.0, "admin1": 1.0, "city": 1.0, "site": 1.0, "demonym": 1.0}


def focus(
    mentions: Sequence[Mention],
    text_length: int,
    title_mentions: Sequence[Mention] = (),
    text: str | None = None,
) -> list[str]:
    """Region countries the document is about, most central first.

    Each mention adds its level weight, times 1.5 in the lead (first fifth, at most 600
    characters); title mentions add 2.  A region country must reach a third of the leading
    country's weight, and at least 2, so a country named once in passing does not count.  The
    leader may be any country: a report on Croatia that names Bosnia three times is still not
    about Bosnia.  When no country reaches the bar (a brief that names one town once), the
    leader is what the document is about if it is in the region; region states that tie for
    the lead are each what it is about ("Protesti u Srbiji i Crnoj Gori", a minister from one
    capital in another), and of leaders that tie, the first named decides whether the leader is
    in the region at all (news names its main place first: the dateline, the lead); unless the
    text is a roundup, one item to each of several states, about each of them (``roundup_states``).
    A state outside the region named only by its adjective ("the Russian minister",
    "грчката влада") is an actor in the story, not its place: such mentions weigh nothing
    ("the Russian minister arrived in Belgrade" is Serbian news).

    In local-language text a state acting through its institutions is an actor, which weighs
    half a place: named by its adjective ("srpska vlada", "zyrtarët serbë") or, with the
    ``text`` at hand, in the genitive after an institution ("predsjednik Srbije"); and the
    states whose institutions act in the first sentence ("Српски председник, албански премијер
    и македонски премијер потписали су ...") are what the story is about, each of them
    (``actors``).
    """
    if any(m.reason in ORIGIN_ONLY for m in mentions):
        # "Serbian tourists", "the Albanian Power Corporation": an origin, no place of the story
        mentions = [m for m in mentions if m.reason not in ORIGIN_ONLY]
    weights: dict[str, float] = {}
    first: dict[str, int] = {}
    lead = min(600, max(200, text_length // 5))
    genitives: list[int] = []
    acted = False  # a local state adjective names a region state's institution
    level_weight = _LEVEL_WEIGHT.get
    origin_end = -1  # where the last place named after "from" ends (a list runs on from it)
    origins: dict[int, str] = {}  # where each place named after "from" starts: its country
    plain: set[str] = set()  # countries named by a place of the story (no actor, no origin)
    foreign_acts: list[Mention] = []  # institutions of states outside the region, by adjective
    counted: list[tuple[int, int, str, float]] = []  # what was weighed, before the lead's bonus
    # The rules of local text alone (clubs, partners in talks, a match's venue, a neighbour's
    # own story, exports) are asked only of a text that is not English: each one's answer
    # counted only then, and the language is read once per text (``latin_language``).
    # ``club_starts`` reads a result's colon first, which spares most texts the language.
    if text is not None and ":" in text and latin_language(text) != "en":
        clubs = club_starts(text, mentions)
        if clubs:  # teams named after places play wherever they are drawn (``parties``)
            mentions = [m for m in mentions if m.start not in clubs]
    renamed = story_states.renamed_capitals(text, mentions) if text is not None else set()
    for m in mentions:
        country = m.country
        if country is None or m.place_id.startswith(VENUE_PREFIX):  # grounds: see there
            continue
        # each field read once: a Mention is an interpreted class, whose every attribute read
        # from compiled code walks its type before its instance dictionary
        start = m.start
        if renamed and start in renamed:
            continue  # "Belgrade, ... the Serbian capital": one place (``story_states``)
        level = m.level
        reason = m.reason
        if level == "site" and reason.startswith(NATURE_REASON):
            continue  # a river or a mountain placed by the town beside it (``sites``)
        w = level_weight(level, 0.0)
        if level == "site" and reason.startswith(CROSSING_REASON):
            w = _CROSSING_WEIGHT
        elif reason == NEAR_REASON or reason.startswith(_TEXT_VILLAGES):
            # a village named by the town beside it, which counts on its own; a village only
            # the text names stands where its context puts it, whose places count already
            w = 0.5
        if text is not None and level != "demonym" and from_there(text, start, origin_end):
            origin_end = m.end
            if official_before(text, text.rfind(" ", 0, start - 1) + 1):
                # "Ministri i Jashtëm nga Tirana": a state's officials act for it (``actors``)
                w = 0.5
                genitives.append(start)
            else:
                # where people or goods come from, not where the story happens: weighed apart
                origins[start] = country
                continue
        elif text is not None and level == "country" and trade_destination(text, m):
            origin_end = m.end  # where goods are sold ("izvoz u Srbiju"): weighed apart too
            origins[start] = country
            continue
        elif level == "demonym":
            if country not in _REGION:
                if reason == "local state adjective":
                    foreign_acts.append(m)
                continue  # an actor from outside, not a place of the story
            if reason.startswith("ethnic"):
                w = 0.5
            elif reason == "local state adjective":
                acted = True
                w = 0.5  # the state as an actor, as "predsjednik Srbije" (``actors``)
        elif (
            level == "country"
            and ("case form" in reason or text is not None and text.endswith("на ", 0, start))
            and actor_genitive(text, m)
        ):
            w = 0.5
            genitives.append(start)
        if w == 1.0 and level != "demonym":
            plain.add(country)
        counted.append((start, m.end, country, w))
        if start < lead:
            w *= 1.5
        if country in weights:
            weights[country] += w
        else:  # 0.0 + w is w: the sums are the same floats as with a default of 0.0
            weights[country] = w
            first[country] = start
    for m in foreign_acts:
        if m.country in plain and not _envoy(m.surface):
            # a neighbour's own institution in a story that names the neighbour's places
            # ("Hrvatski sabor izglasao je ... Hrvatska"): its story, weighed as a region
            # state's institution is; a state named only by its adjective stays an actor
            # ("Ruski ministar doputovao je u Beograd"), and so do its envoys abroad
            weights[m.country] += 0.75 if m.start < lead else 0.5
    if origins and text is not None and latin_language(text) != "en":
        home = home_country(text)
        if home is not None:
            for start, country in origins.items():
                if country == home:
                    # the outlet's own people and firms, named by their towns ("компаниите
                    # од Струмица и Гевгелија испорачуваат"): its story, half a place each
                    weights[country] = weights.get(country, 0.0) + 0.5
                    first.setdefault(country, start)
    titled = story_states.title_states(mentions, title_mentions) if title_mentions else []
    for country in titled:
        weights[country] = weights.get(country, 0.0) + 2.0
        first.setdefault(country, -1)
    if origins and text is not None:  # a first sentence of people from somewhere (local)
        for country, w in opening_origins(text, mentions, origins, lead).items():
            weights[country] = weights.get(country, 0.0) + w
            first.setdefault(country, 0)
    if not weights and origins:
        # only where people come from ("Delegacija iz Prištine ..."): that is the story's
        for start, country in origins.items():
            weights[country] = weights.get(country, 0.0) + (1.5 if start < lead else 1.0)
            first.setdefault(country, start)
        origins = {}
    if not weights:
        return []
    if text is not None:
        _file_dateline(text, mentions, weights)
    top = max(weights.values())
    bar = max(2.0, top / 3)
    keep = [c for c, w in weights.items() if w >= bar and c in _REGION]
    if keep and text is not None:  # local text only (the language is asked last)
        opening = first_place_state(text, mentions, origins, genitives)
        if (
            opening is not None
            and opening not in keep
            and weights.get(opening, 0.0) >= 1.5
            and latin_language(text) != "en"
        ):
            # news names its main place first: a lead's place that weighs as one place in
            # the lead at least is what the story is about, even when a neighbour that is
            # named twice later ("Në Prishtinë ... në Kosovë") outweighs it
            keep.append(opening)
        if len(keep) > 1 and latin_language(text) != "en":
            keep = one_sentence_details(
                text, mentions, keep, weights, origins, title_mentions, opening
            )
    if top >= bar and text is not None and len(keep) < len(weights):
        keep += items_of_their_own(text, mentions, weights, keep)
    if top < bar:
        states = sum(c in _REGION for c in weights)
        keep = (
            roundup_states(text, mentions) if text is not None and states >= ROUNDUP_STATES else []
        )
        leader = min((c for c, w in weights.items() if w == top), key=first.__getitem__)
        if not keep and leader in _REGION:
            keep = [c for c, w in weights.items() if w == top and c in _REGION]
            if len(keep) > 1 and text is not None and latin_language(text) != "en":
                keep = named_first(text, keep, first, mentions)
    elif text is not None and len(keep) < ROUNDUP_STATES and text_length <= _BRIEF:
        # a brief that gives each of several states its own sentence is a roundup even
        # when one item names its state twice ("U Sarajevu ... institucija BiH")
        # (local text: English briefs keep their own reading)
        if sum(c in _REGION for c in weights) >= ROUNDUP_STATES and latin_language(text) != "en":
            keep += [c for c in roundup_states(text, mentions) if c not in keep]
    if text is not None and (acted or genitives or not keep):
        placed = [m for m in mentions if m.start not in origins] if origins else mentions
        # any place of the first sentence says what the story is about when foreign places
        # outweigh the region's, but not in a close neighbour's own story: Slovenia or
        # Croatia leading past the bar ("V Velenju dela 2.000 delavcev ... s Kosova") names
        # region states as its workers' homes and its markets (``_NEIGHBOURS``)
        any_place = not keep and not (
            top >= bar and neighbour_leads(weights, top) and latin_language(text) != "en"
        )
        acting = first_sentence_actors(text, placed, frozenset(genitives), any_place)
        keep += [c for c in acting if c not in keep]
    if text is not None and "\n" in text:  # layout (``layout``); language asked last
        para = paragraph_states(text, counted)
        more = para + digest_states(text, mentions)
        if any(c not in keep for c in more):
            if latin_language(text) == "en":
                keep += [c for c in dict.fromkeys(more) if c not in keep]
            else:  # a local paragraph's origins are out of ``counted`` already
                keep += [c for c in para if c not in keep]
                keep += [c for c in local_digest_states(text, mentions) if c not in keep]
        if len(keep) >= REGIONAL_STATES and latin_language(text) == "en":
            keep += regional_states(weights, keep)
    if text is not None and len(text) >= story_states.VOICE_LENGTH:  # (``story_states``)
        acting = story_states.acting_states(text, mentions, weights, keep)
        if acting and latin_language(text) == "en":  # the language asked last
            keep += acting
    if text is not None and keep:  # a list of the region's states (``region_lists``)
        keep += region_story(text, mentions, keep)
    if not keep and text is not None and latin_language(text) != "en":
        if top < bar:
            keep = heaviest_region_state(weights, first) or side_abroad(text, weights)
        else:
            # the outlet's own state; else, where Croatia or Slovenia leads, the region
            # states whose police or government act in it ("Srbska vlada je napovedala")
            keep = own_state_behind(text, plain) or (
                acting_bodies(text, mentions, genitives) if neighbour_leads(weights, top) else []
            )
    if text is not None and latin_language(text) != "en":
        keep += [c for c in partner_states(text, mentions) if c not in keep and c in weights]
        if keep:  # a second party's paragraph of its own (``acting_bodies``)
            keep += [
                c for c in paragraph_bodies(text, counted, mentions, genitives) if c not in keep
            ]
        venue = match_venue(text, mentions)
        if venue is not None:
            return [venue]
        if (
            keep
            and neighbours_own_story(text, mentions, weights)
            and not acting_bodies(text, mentions, genitives)
        ):
            # a neighbour's own towns' story (``local_focus``), unless a region state's
            # police or government acts in it as a sentence's subject (``acting_bodies``)
            return []
        exporter = export_story_state(text, mentions) if keep else None
        if (
            exporter is not None
            and keep != [exporter]
            and (exporter in weights or exporter in origins.values())
        ):
            return [exporter]  # its markets are no places of the story (``local_focus``)
    elif text is not None and keep:  # English (``story_states``)
        keep = story_states.filed_abroad(text, mentions, titled, weights, keep)
    return sorted(keep, key=lambda c: (-weights.get(c, 0.0), first.get(c, 0)))


#: How the words for a state's envoys begin, folded: ambassadors, diplomats, consuls,
#: counterparts and delegations, who act abroad for their state.
_ENVOYS = (
    "ambasad",
    "veleposlan",
    "diplomat",
    "konzul",
    "konsull",
    "homolog",
    "delegacij",
    "delegacion",
    "izaslanstv",
)


def _envoy(surface: str) -> bool:
    """Whether a state adjective's phrase names an envoy ("Германскиот амбасадор")."""
    return any(w.startswith(_ENVOYS) for w in fold(surface).lower().split())


def _file_dateline(text: str, mentions: Sequence[Mention], weights: dict[str, float]) -> None:
    """A dateline names where the report was filed ("SARAJEVO, 12. svibnja (Hina) – Hrvatski
    sabor ..."); when the body never names its state again but names another region state,
    the story is about that other state: the dateline weighs as a passing mention (0.5)."""
    if not mentions:
        return  # the title's places alone
    m = mentions[0]
    if m.start and text[m.start - 1] != "\n":
        return  # a dateline opens a line
    country = m.country
    if country not in _REGION or m.level != "city" or not filed_at(text, m.start, m.end):
        return
    if any(n.country == country for n in mentions[1:]):
        return
    if any(c in _REGION and c != country for c in weights):
        weights[country] -= 1.0  # 1.5 in the lead


def _grounds(m: Mention) -> bool:
    """A mention that can make a document about its country (see ``focus``)."""
    return m.level != "demonym" or m.country in _REGION


def grounded(mentions: Sequence[Mention], title_mentions: Sequence[Mention] = ()) -> bool:
    """Whether any mention could make the document about a country (a text that has none
    names no place of its own: the tagger then asks its language)."""
    return any(m.country is not None and _grounds(m) for m in (*mentions, *title_mentions))
