"""Whether a state adjective names a language, by the preposition before it: "in Serbian".

"translated into Albanian", "in Serbian and Albanian" are languages, which are not places;
"paid in Serbian dinars", "in Albanian waters" are the state's, by the noun after the
adjective.  Two of the demonym readings (``demonyms``) ask it: one refuses the state, the
other will not share a noun across such a run.
"""

from __future__ import annotations

from newsmap.geotag import words
from newsmap.geotag.context import Doc

#: What the state holds or pays in, after "in" and its adjective: "paid in Serbian dinars",
#: "in Albanian waters", "in Bosnian custody" name the state, not a language.
_HELD_IN = frozenset(
    "dinar dinars denar denars lek leke kuna marks currency territory waters airspace court "
    "courts custody prison prisons hands".split()
)


def language_after_in(doc: Doc, start: int, prev: str) -> bool:
    """ "in Serbian", "into Albanian", "in Serbian and Albanian": a language, by its preposition
    (but "in Serbian dinars": the state's money, by the noun after it)."""
    fprev = doc.fold(prev).strip()
    if fprev in ("in", "into"):
        end = doc.text.find(" ", start)
        if end != -1:
            between, nxt = doc.next_word(end)
            if between == " " and nxt in _HELD_IN:
                return False
        return True
    if fprev not in ("and", "or"):
        return False
    before = start - len(prev) - 1
    prev2, gap2 = doc.prev_word(before)
    if gap2.strip(" ,") or doc.fold(prev2).strip() not in words.FOLDED_DEMONYMS:
        return False
    prev3, _ = doc.prev_word(before - len(gap2) - len(prev2))
    return doc.fold(prev3).strip() in ("in", "into")
