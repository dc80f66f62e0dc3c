"""Where a state's name begins and ends in the region's languages.

"Republike Srbije", "Република Северна Македонија", "Republikës së Kosovës": the state's
long official name is one mention, as "Republic of Serbia" is in English, so the word
"Republic" in any case joins the name after it.  Albanian hyphens its case ending to an
abbreviation ("Qeveria e RMV-së", "Ambasadori i SHBA-së"): the ending is part of the name's
form, as "Kosovës" is of "Kosova".

Only in local-language text, and only where the text holds the words asked for: both rules look
at the word next to a state's mention, never at every character.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc

#: "Republic" in the cases of the region's languages (BCMS, Slovenian, Macedonian; Latin and
#: Cyrillic), capitalised as the official name writes it.
_REPUBLIC = frozenset(
    (
        "Republika Republike Republici Republiku Republikom Republiki Republiko "
        "Република Републике Републици Републику Републиком Републиката"
    ).split()
)
#: Albanian "Republic" and the link word before its genitive state ("Republika e Shqipërisë",
#: "Republikës së Kosovës", "Republikën e Shqipërisë").
_REPUBLIC_SQ = frozenset(("Republika", "Republikës", "Republikën"))
_LINKS_SQ = frozenset(("e", "së", "të"))
#: Albanian case endings hyphened to an abbreviation ("RMV-së", "SHBA-në", "BE-ja").
_ENDINGS_SQ = frozenset("së në ja ne se ja ës it in ve".split())


def state_name_edges(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The state mentions of a local text, widened over "Republic" before them and an
    Albanian case ending hyphened after them."""
    text = doc.text
    republic = "Republi" in text or "Републи" in text
    hyphen = "-" in text
    if not (republic or hyphen):
        return places
    gplaces = doc.gaz.places
    out: list[Choice] = []
    for c in places:
        if c.level is None and gplaces[c.place].level == "country":
            if republic:
                wide = _with_republic(doc, c)
                if not out or out[-1].end <= wide.start:  # "Trg Republike" keeps its word
                    c = wide
            if hyphen and text.startswith("-", c.end):
                c = _with_ending(text, c)
        out.append(c)
    return out


def _with_republic(doc: Doc, c: Choice) -> Choice:
    prev, gap = doc.prev_word(c.start)
    if gap != " ":
        return c
    if prev in _REPUBLIC:
        return c._replace(start=c.start - 1 - len(prev))
    if prev in _LINKS_SQ:
        before, gap2 = doc.prev_word(c.start - 1 - len(prev))
        if gap2 == " " and before in _REPUBLIC_SQ:
            return c._replace(start=c.start - 2 - len(prev) - len(before))
    return c


def _with_ending(text: str, c: Choice) -> Choice:
    name = text[c.start : c.end]
    if not name.isupper():
        return c  # a name, not an abbreviation: "Bosna-Hercegovina" stays as it is
    end = c.end + 1
    while end < len(text) and text[end].isalpha():
        end += 1
    if text[c.end + 1 : end] in _ENDINGS_SQ:
        return c._replace(end=end)
    return c
