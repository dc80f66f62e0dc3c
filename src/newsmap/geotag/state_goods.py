"""Local state adjectives that name a state's money, plates or papers, not an act of the state.

"186 mijë dinarë serbë", "automobil sa srpskim tablicama", "srbijanskih registarskih oznaka",
"kosovski pasoš": the adjective still names its state (the gold writes these as demonyms), but
what it qualifies travels with people: cash carried across a border, a car's plates, a
passport.  A first sentence that names such a thing tells where it comes from, not that the
state acts in the story (``actors.first_sentence_actors``), as the conventions read a state
whose government, institutions, teams or citizens act.
"""

from __future__ import annotations

from newsmap.geotag.folding import fold

#: How the nouns for a state's money, licence plates and papers begin, folded (BCMS,
#: Slovenian, Macedonian transliterated, Albanian): dinar, denar, lek, kuna; plates
#: ("tablice", "registarske oznake", "targat", "tablici"); passports and identity cards.
_GOODS = (
    "dinar",
    "denar",
    "lek",
    "kun",
    "tablic",
    "registar",
    "registrsk",
    "oznak",
    "targ",
    "pasos",
    "pasaport",
    "licn",
)


def state_goods(surface: str) -> bool:
    """Whether a state adjective's phrase names money, plates or papers ("dinarë serbë")."""
    return any(word.startswith(_GOODS) for word in fold(surface).lower().split())
