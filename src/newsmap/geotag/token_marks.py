"""Which of the place rules' cue words a document's tokens hold, read in the language pass.

Several place rules run only where a word of theirs stands in the text ("the Kavač clan",
"FK Sarajevo", "the Court of Bosnia", "US envoy"), and each asked by a substring search of the
whole text: a dozen scans of every document, most of them finding nothing.  Each cue, as those
rules spell it, cannot stand in a text unless one whitespace-separated token has a certain
shape (" clan" opens a token with "clan", "Court of " ends one with "Court", "US" lies inside
one).  ``home.text_reads`` already looks every token of a document up once, kept across
documents, so each token's marks (one bit per cue) ride along with its language weights, and a
document's marks are the union of its tokens'.  A rule then asks its search only when its bit
is set: a missing bit proves the cue absent, and where the bit is set the rule's own search
decides as before, so no answer changes.

The locative words of ``locative_names`` ("in Qirez", "near Lauša") are one more mark: the
document's tokens that end with one are kept in order, so that ``after_locatives`` reads those
few tokens instead of looking up every token again.
"""

from __future__ import annotations

#: A token ending with a locative word, no word character before it (``locative_end``).
LOCATIVE = 1
#: A token ending with a club's prefix ("FK", "NK", "HNK"...: ``club_short_names``).
CLUB = 2
#: A token opening with a crime group's noun ("clan", "cartel": ``called``).
GROUP = 4
#: The token "called" or "named" (``called``).
CALLED = 8
#: A token ending with a state body's noun before "of" ("Court", "Bank": ``state_bodies``).
BODY = 16
#: A token holding "US" or "U.S" (``us_institutions``).
US = 32
#: A token ending with "nother", or the token "other" or "second" (``another_town``).
OTHER = 64
#: A token holding "BiH" or "BH" (``outlets``' short state names).
BIH = 128
#: A token holding "Luka" (``outlets``' port firms).
PORT = 256
#: A token ending with "Camp" ("Camp Bondsteel": ``resolve``'s camps abroad).
CAMP = 512
#: A token ending with "Western" ("Western Balkan": ``region_lists``' summits).
WESTERN = 1024
#: Every mark: what a text too long for ``text_reads`` is said to hold.
ALL = (1 << 11) - 1

#: The locative words of ``locative_names``, the longest first.
LOCATIVES: tuple[str, ...] = ("in", "at", "near", "from", "around", "past", "towards")
LOCATIVES += ("toward", "through", "outside", "via", "and", "to", "above", "below", "beyond")
LOCATIVES += ("into", "across")
_BY_LENGTH = tuple(sorted(LOCATIVES, key=len, reverse=True))

#: What each cue leaves in the token it stands in (see each rule for its cues).
_CLUB_ENDS = ("FK", "NK", "KF", "RK", "KK", "FC", "SC")
_GROUP_STARTS = ("clan", "cartel", "gang", "mafia")
_BODY_ENDS = ("Court", "Forces", "Bank", "Presidency", "Parliament", "Office")


def locative_end(token: str) -> str:
    """The locative word the token ends with, no word character before it, or ""."""
    for word in _BY_LENGTH:
        if token.endswith(word):
            i = len(token) - len(word) - 1
            if i < 0 or not (token[i].isalnum() or token[i] == "_"):
                return word
    return ""


def token_marks(token: str) -> int:
    """The marks of one whitespace-separated token (computed once per token: kept by
    ``home``'s memo)."""
    marks = 0
    if locative_end(token):
        marks |= LOCATIVE
    if token.endswith(_CLUB_ENDS):
        marks |= CLUB
    if token.startswith(_GROUP_STARTS):
        marks |= GROUP
    if token == "called" or token == "named":
        marks |= CALLED
    if token.endswith(_BODY_ENDS):
        marks |= BODY
    if "US" in token or "U.S" in token:
        marks |= US
    if token.endswith("nother") or token == "other" or token == "second":
        marks |= OTHER
    if "BiH" in token or "BH" in token:
        marks |= BIH
    if "Luka" in token:
        marks |= PORT
    if token.endswith("Camp"):
        marks |= CAMP
    if token.endswith("Western"):
        marks |= WESTERN
    return marks
