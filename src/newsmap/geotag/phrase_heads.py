"""Where a state adjective's phrase ends: at the noun that closes it.

"The Albanian football federation", "the Serbian health ministry spokesman", "a Turkish
commando battalion": the mention of the state runs on past the adjective's first noun to the
body, office or holder the phrase names, as every gold set writes it.  Kept apart from
``demonyms`` (which decides what an adjective stands for) because it only measures a span once
that is decided, from word lists of its own.
"""

from __future__ import annotations

from newsmap.geotag import words
from newsmap.geotag.context import Doc

#: Words after a state adjective that are no noun it qualifies: function words and the
#: conjunctions a list or a comparison goes on with ("Serbian or Croatian", "Serbian into").
NOT_A_NOUN = words.ENGLISH_FUNCTION_WORDS | frozenset({"or", "but", "nor", "than", "into"})
#: Nouns that close a state adjective's noun phrase: a body, an office, its holder, a unit,
#: a settlement ("the Albanian football federation", "the Serbian health ministry spokesman",
#: "a Turkish commando battalion", "the Albanian coastal town of").
_HEADS = frozenset(
    """
    service services board federation association union organisation organization commission
    committee council agency agencies office offices operator operators company companies
    bank authority ministry ministries institute directorate inspectorate corporation
    regulator minister ministers spokesman spokeswoman spokesperson governor officer officers
    chief director inspector inspectors guards sergeant commander commanders battalion
    brigade regiment contingent town village city chancellor
    """.split()
)
#: Words that end the phrase where a noun would follow ("Serbian police said officers").
_NOT_MODIFIERS = NOT_A_NOUN | words.METONYMY_VERBS


def head_end(doc: Doc, end: int) -> int:
    """``end`` moved to the noun that closes the phrase: the next word when it is one of
    ``_HEADS``, or the word after a lower-case modifier ("power transmission company"), at
    most twice ("the Serbian health ministry spokesman")."""
    text = doc.text
    for _ in range(2):
        if text[end : end + 1] != " ":
            break  # (and a possessive, which ``next_word`` skips: "prosecutor's office")
        between, nxt = doc.next_word(end)
        if between != " " or not nxt:
            break
        if nxt.lower() in _HEADS and (nxt.islower() or nxt[1:].islower()):
            end += 1 + len(nxt)
            continue
        if not nxt.islower() or nxt in _NOT_MODIFIERS:
            break
        after = end + 1 + len(nxt)
        between2, head = doc.next_word(after)
        if between2 != " " or head not in _HEADS or text[after : after + 1] != " ":
            break
        end = after + 1 + len(head)
    return end
