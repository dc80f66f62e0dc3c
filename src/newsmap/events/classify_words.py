"""The English words of event typing: trigger stems by type and weight, tense and function words.

Kept apart from ``classify`` (the scoring) so that the rules read as a vocabulary.  Each stem
also matches its common inflections (``classify._forms``) unless it is in ``EXACT``.
"""

from __future__ import annotations

from typing import Final

# stem -> weight, per type, written as the stems of each weight.
_BY_WEIGHT: dict[str, dict[float, str]] = {
    "violence": {
        3.0: (
            "kill killing murder shot shoot shooting shootout gunfire gunman gunmen ambush wound "
            "massacre genocide grenade stab hostage kidnap abduct sniper"
        ),
        2.5: ("attack injur fighting bomb bombing assault casualt beaten torture mortar shelling"),
        2.0: ("dead fought clash explosive executed fatal"),
        1.5: ("die died violence war wars shell victim"),
        1.0: ("beat violent"),
    },
    "protest": {
        3.0: (
            "protest protester demonstration demonstrator rally rallied rallies picket sit-in "
            "strikers walkout"
        ),
        2.5: ("marched vigil"),
        2.0: ("petition boycott"),
        1.5: ("blockade blocked blocking gathered activist"),
        1.0: ("block strike"),
        0.5: ("students"),
    },
    "riot": {
        4.0: ("riot rioter molotov"),
        3.5: ("torched"),
        3.0: ("loot vandal vandalis vandaliz mob arson hooligan"),
        2.5: ("unrest hurled smashed"),
        1.5: ("stones barricade barricaded"),
        1.0: ("stone threw thrown"),
        0.5: ("tear"),
    },
    "political_legal": {
        3.0: (
            "election elected referendum resign resignation sentenced verdict indict indictment "
            "convicted acquitted"
        ),
        2.5: ("court arrest trial appointed sworn secede secession prosecutor tribunal dissolved"),
        2.0: (
            "vote voting ballot coalition charged constitution constitutional decree independence "
            "judge sanction adopted amendment candidacy legislation detained corruption"
        ),
        1.5: ("parliament parliamentary law banned candidate accession"),
        1.0: ("government ban passed opposition ruling mayor"),
        0.5: ("president premier minister party"),
    },
    "diplomacy": {
        3.0: ("visit talks summit"),
        2.5: ("met meeting agreement signed treaty dialogue envoy negotiation"),
        2.0: (
            "agreed normalization normalisation ambassador recognition negotiator diplomatic "
            "diplomat bilateral tour delegation mediat memorandum"
        ),
        1.5: ("recognized recognised ministerial welcomed invited embassy"),
        1.0: ("conference foreign"),
        0.5: ("hosted statement"),
    },
    "military_security": {
        3.0: ("deploy deployment airstrike"),
        2.5: (
            "peacekeeping peacekeeper reinforced reinforcement raid intervened intervention "
            "mobiliz mobilis"
        ),
        2.0: (
            "military exercise drill patrol weapon seized navy smuggl checkpoint gendarmerie drone"
        ),
        1.5: (
            "kfor eufor troops soldier army mission arms operation cyber defence defense stabiliz "
            "stabilis commander"
        ),
        1.0: ("police security alliance base camp joined membership"),
        0.5: ("nato border member"),
    },
    "disaster": {
        4.0: ("earthquake quake wildfire landslide snowstorm avalanche"),
        3.5: ("flood drought heatwave"),
        3.0: ("storm pandemic epidemic covid blaze firefighter tremor derail"),
        2.5: ("accident outbreak rainfall smog"),
        2.0: ("collapse crash evacuat magnitude pollution"),
    },
}
RULES: dict[str, dict[str, float]] = {
    etype: {stem: w for w, stems in by.items() for stem in stems.split()}
    for etype, by in _BY_WEIGHT.items()
}

# Short or common stems that would catch unrelated words if inflected ("met" -> "meter").
EXACT = frozenset(
    "arms army ban base beat block camp crash dead die died drone fatal foreign hurled joined law "
    "member met mission mob navy party passed premier quake ruling shell shot statement stone "
    "stones strike talks tear threw thrown tour war wars".split()
)

# Irregular past-tense verbs that tell a sentence reports a happening.
PAST_VERBS: Final = frozenset(
    "arrived beat became began bit born bought broke brought built came caught chose dealt "
    "did died drew drove dug erupted fed fell fled flew forbade forgave forgot fought found "
    "froze gave got grew had happened heard held hid hit hurt kept knew laid led left lit "
    "lost made meant met occurred oversaw overthrew overtook paid put quit ran rang rebuilt "
    "rode rose said sank saw sent set shook shot shrank shut slid sold sought spent split "
    "spoke spread stole stood struck stuck swept swore taught threw told took tore understood "
    "undertook upheld was went were withdrew withheld withstood woke won wrote "
    "begun broken chosen driven flown frozen stolen taken thrown torn written".split()
)

# Words ending in -ed that are adjectives or names, not past-tense verbs.
NOT_PAST: Final = frozenset(
    "advanced aged ahmed armed based bed called concentrated concerned considered dedicated "
    "detailed divided dominated embedded exceed feed hundred indeed interested isolated known "
    "landlocked limited located mehmed mohammed named need populated proceed recognised "
    "recognized red regarded related required seed shed situated so-called speed succeed supposed "
    "united unprecedented".split()
)

# English function words: a sentence with none is not English.
ENGLISH: Final = frozenset(
    "a after an and are at before by for from had has have her his in is it of on said that the "
    "their this to was were will with".split()
)
