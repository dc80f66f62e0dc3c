"""Where a name written before or after a site's noun begins and ends.

A site, a village or a quarter the gazetteer lacks is found by its noun ("bridge", "selo",
"Square"); its name is the run of capitalised words next to it.  These readers decide where
that run stops: at a sentence's or a clause's end, a possessive, a word that opens sentences
("When", "Near", "Во"), with the links and small words a name may hold inside ("Hani i Elezit",
"Church of St. Sava").  Shared by ``sites`` and ``villages``.
"""

from __future__ import annotations

from typing import Final

#: Characters read around a site noun for its name.
REACH: Final = 80

#: Words that may stand inside a site's name without a capital ("Church of St. Sava").
_LOWER_INSIDE = frozenset({"of", "the", "St."})
#: Abbreviations of "saint" and "saints", whose stop ends no name ("Church of Sts. Cyril").
_SAINTS = frozenset(("St.", "Sts.", "Ss."))
#: Albanian linking articles and BCMS "od" inside a name ("Hani i Elezit", "Qafa e Thanës",
#: "Zmaja od Bosne Street").
_LINKS = frozenset({"i", "e", "të", "od"})
#: Capitalised words that start a sentence or a title, not a site's name.
_NOT_NAMES = (
    frozenset(
        "The A An In At On From To This That Its His Her Their Our New Old Main Central Western "
        "Eastern Northern Southern National State Federal Public Police City Town Another Each "
        "Every Some Both Such Many Several".split()
    )
    | frozenset(
        # words that open a sentence or a clause before a name ("When Durmitor National Park
        # opened", "After Lovćen National Park closed", "Near Ohrid Airport")
        "When After Before While Since Until Once If As Although Though Because Where Near Inside "
        "Outside Along Across Beyond Behind Below Above Under Into Through During Like Unlike "
        "Within Without With For By But And Or So Yet Then Now Today Yesterday Here There".split()
    )
    | frozenset(
        # the region's prepositions opening a sentence ("Во Пелагонискиот регион", "U Srpskoj
        # ulici"): "Po" and "Ob" are left out, rivers' names too ("the Po Delta")
        "U У Na На V В Во Vo Në Nga Od Од Iz Из Kod Код Кај Za За Pri При Из".split()
    )
)
#: Capitalised words that make a site's whole name after "the" when the site noun is
#: capitalised too ("the Old Bridge", "the Main Square", "the National Theatre"): the name
#: every city may have, placed by its context.
_PLAIN_NAMES = frozenset("Old New Main Central National City".split())
#: Words of ``_NOT_NAMES`` that stand inside a name after a town's ("Podgorica City Stadium",
#: "Skopje City Park"), right before the site noun.
_INNER_NAMES = frozenset(("City",))


def name_start(text: str, start: int, end: int) -> int | None:
    """Where the run of capitalised words that ends at ``end`` begins (at most four words).

    A possessive ends the run unless it is the word right before the site noun ("Belgrade's
    Nikola Tesla airport" is Belgrade's airport named Nikola Tesla; "Branko's bridge" is a
    name); Albanian links stand inside a name ("Hani i Elezit crossing").
    """
    parts = text[start:end].split(" ")
    if start > 0:
        parts = parts[1:]  # the first may be cut
    kept: list[str] = []
    last = parts[-4:]
    for k, word in enumerate(reversed(last)):
        if "\n" in word:
            # a line break ends the name ("the northern Adriatic.\n\nThe region of ...")
            word = word.rsplit("\n", 1)[1]
            if word[:1].isupper() and word not in _NOT_NAMES and not _ends_clause(word):
                kept.append(word)  # not a heading's last word ("Towers.\n... Kula is")
            break
        if word in _LINKS and kept:
            kept.append(word)
            continue
        if word in _PLAIN_NAMES and len(last) > k + 1 and last[-k - 2] in ("the", "The"):
            # "the Old Bridge", "the National Theatre", "the National History Museum": a
            # plain name
            kept.append(word)
            break
        if word in _INNER_NAMES and not kept and len(last) > k + 1:
            before = last[-k - 2]
            if before[:1].isupper() and before not in _NOT_NAMES and before[-1] not in ".,;:":
                kept.append(word)  # "Podgorica City Stadium": a town's own "City"
                continue
        if not word[:1].isupper() or word in _NOT_NAMES:
            break
        if not kept and _ends_clause(word):
            break  # "Inland, Lake Skadar", "SERBIA. Bridge inspectors": no name before the noun
        if kept and (word.endswith(("'s", "’s")) or (word[-1] in ".!?,;:" and word != "St.")):
            break  # a possessive, or the end of the sentence or clause before ("Podgorica.
            # Split airport", "drew with Liverpool; Crystal Palace")
        kept.append(word)
    while kept and kept[-1] in _LINKS:
        kept.pop()
    if not kept:
        return None
    return end - len(" ".join(reversed(kept)))


def _ends_clause(word: str) -> bool:
    """Whether ``word`` ends a sentence, a heading or a clause ("SERBIA.", "Towers.", "Inland,")."""
    return word[-1] in ",;:.!?" and word not in _SAINTS


#: Closing quotes after a name's last word ("... the Fortress of St. John," she said).
_QUOTES = "\"”’'"


def leading_name_end(text: str, start: int) -> int | None:
    """Where the capitalised run that starts at ``start`` ends ("Durrës" of "Durrës on ...")."""
    parts = text[start : start + REACH].split(" ")
    if start + REACH < len(text):
        parts = parts[:-1]  # the last may be cut
    kept: list[str] = []
    for word in parts[:5]:
        if "\n" in word:
            word = word.split("\n", 1)[0]  # the name ends with its line
            if word[:1].isupper() and word not in _NOT_NAMES:
                kept.append(word)
            break
        if word[:1].isupper() and word not in _NOT_NAMES:
            kept.append(word)
            if word.rstrip(_QUOTES)[-1:] in ".,;:!?)" and word not in _SAINTS:
                break  # the name ends with its sentence or clause (a quote's too: 'John,"')
        elif word in _LOWER_INSIDE and kept:
            kept.append(word)
        else:
            break
    while kept and kept[-1] in _LOWER_INSIDE:
        kept.pop()
    if not kept:
        return None
    return start + len(" ".join(kept).rstrip(_QUOTES).rstrip(".,;:"))
