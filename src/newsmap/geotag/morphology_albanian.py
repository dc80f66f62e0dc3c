"""Albanian case forms of place names: the definite, genitive and accusative of a name in its
indefinite form ("Plavë" -> "Plava", "Plavës", "Plavën") and of a name with its linked
genitive or adjective ("Mitrovica e Veriut", "Mali i Zi")."""

from __future__ import annotations


def albanian_forms(name: str) -> list[str]:
    """The definite, genitive and accusative of an Albanian name given in its indefinite
    form: "Plavë" -> "Plava", "(e) Plavës", "(në) Plavën".  One word only: a name of several
    words declines its noun and its article together, which ``morphology.inflections`` makes
    where it knows the pattern.

    >>> albanian_forms("Kërçovë")
    ['Kërçova', 'Kërçovës', 'Kërçovën']
    """
    if " " in name or "-" in name or len(name) < 4 or not name.endswith("ë"):
        return []
    stem = name[:-1]
    return [stem + "a", stem + "ës", stem + "ën"]


def albanian_linked(noun: str, tail: str) -> list[str]:
    """An Albanian feminine name with its linked genitive: "Mitrovica e Veriut" -> "(në)
    Mitrovicë të Veriut", "Mitrovicën e Veriut", "Mitrovicës së Veriut"; "Maqedonia e Veriut"
    -> "Maqedoni të Veriut", "Maqedoninë e Veriut", "Maqedonisë së Veriut"."""
    if noun.endswith("ia"):
        bare = noun[:-1]
        acc, gen = bare + "në", bare + "së"
    elif noun.endswith(("a", "ë")):
        bare = noun[:-1] + "ë"
        acc, gen = noun[:-1] + "ën", noun[:-1] + "ës"
    else:
        return []
    return [f"{bare} të {tail}", f"{acc} e {tail}", f"{gen} së {tail}"]


def albanian_linked_masculine(noun: str, tail: str) -> list[str]:
    """An Albanian masculine name with its linked adjective (the definite noun ends in -i or
    -u, which no South Slavic "X i Y" pair's first noun does): "Mali i Zi" -> "Malit të Zi",
    "Malin e Zi", "(në) Mal të Zi"."""
    stem, vowel = noun[:-1], noun[-1]
    return [f"{stem}{vowel}t të {tail}", f"{stem}{vowel}n e {tail}", f"{stem} të {tail}"]
