"""The tense of an English date's clause: does the date look forward or back?

"will be inaugurated on Sunday" looks ahead from the publication day, "was inaugurated on
Sunday" back; a year-less date takes the year its tense points to.  These readers weigh the
verbs, modals, reporting verbs and "to"/"set to" around a date, in its own clause first.  The
words themselves are read with ``context``'s readers.
"""

from __future__ import annotations

import re
from typing import Final

from newsmap.events.temporal.context import words_after, words_before, words_of
from newsmap.events.temporal.words import (
    ED_NOT_PAST,
    FUTURE_MARKERS,
    PAST_MARKERS,
    SCHEDULE_VERBS,
)


def tense_of(words: list[str], ahead: bool = False, back: list[str] | None = None) -> bool | None:
    """True for future, False for past, None when these words say nothing about tense.

    ``words`` run from the date outwards: back to the clause's start (nearest first), or
    ``ahead`` from the date on.  "is to visit", "is set to vote" and a verb of the timetable in
    the present ("talks resume on Monday", "the two sides meet in March") speak of the future.
    ``back``: all the words before the date, of which ``words`` are the first: a "could" looks
    there for a verb of the past, and a verb at the end of ``words`` for the word before it.
    """
    full = back if back is not None and not ahead else words
    for i, w in enumerate(words):
        kind = _TENSE_WORDS.get(w)
        if kind is not None:
            j = i - 1 if ahead else i + 1  # the word before it in the text
            before = full[j] if 0 <= j < len(full) else ""
            if kind == _TO_OR_SET:
                k = i + 1 if ahead else i - 1  # the word after it
                if w == "to" and before in _BE_PRESENT:
                    return True  # "is to visit"
                if w == "to" and before in _LIKELY:
                    jj = j - 1 if ahead else j + 1  # the word before "likely"
                    if 0 <= jj < len(words) and words[jj] in _BE_PRESENT:
                        return True  # "is likely to vote"
                    if 0 <= jj < len(words) and words[jj] in _BE_PAST:
                        # "said that Malta was likely to take the chair on 1 January": a future
                        # seen from the saying, on either side of the publication
                        return None
                if w == "to" and before in _INTENT_PAST:
                    return None  # "decided to hold it on 13 November": after the decision
                if w == "set" and 0 <= k < len(words) and words[k] == "to":
                    return True  # "is set to vote"
            elif kind == _MODAL:
                if w == "may" and before in _MONTH_PREPOSITIONS:
                    continue  # "on 20 May, then on 1 August": the month (its day is no word)
                k = i + 1 if ahead else i - 1  # the word after it in the text
                if 0 <= k < len(words) and words[k] in _PAST_AFTER_MODAL:
                    continue
                if not 0 <= k < len(words) or words[k] in _NO_VERB_AFTER_MODAL:
                    continue  # "the end of May, and on 24 September": the month, no modal
                if w == "could" and not ahead and _told_in_the_past((back or words)[i + 1 :]):
                    return False  # "voters who were ill could vote at home on Monday"
                return True  # "could seal the title on Sunday", "may be held on Monday"
            else:
                if w in _NOUN_TOO and not _NOT_A_SUBJECT.isdisjoint(words[i + 1 : i + 4]):
                    continue  # "a European plan to normalise relations": a noun, no tense
                if kind == _SCHEDULE and (
                    before in _NO_VERB_AFTER
                    or not 0 <= j < len(full)
                    or before.endswith("ed")
                    or _after_be(full, j, ahead)
                ):
                    # an infinitive ("to meet"), a noun ("the return", "the marked runs"), or
                    # maybe one
                    continue
                if before == "had" or (before == "been" and "had" in words[j - 1 : j + 2 : 2]):
                    # a plan of the past ("had planned", "had been due on 12 April"), since
                    # dropped or moved: the day it named is the nearest of its name
                    return None
                if before in _FIRST_PLAN:
                    return None  # "originally due to open on 20 May": a plan since moved
                if before in ("than", "as"):
                    continue  # "a week later than planned", "as expected": a comparison
                if w == "expected" and before not in _BE and not _next_to_date(words, i, ahead):
                    # "they expected a large turnout on Sunday": a verb of the past; right
                    # before the date ("the inauguration, expected on 20 May") it tells a
                    # time to come
                    return False
                return True
        if not ahead and w.endswith("ing") and words[i + 1 : i + 2] == ["after"]:
            return False  # "will resume the trial on 15 January, after adjourning it in December"
        if w in PAST_MARKERS or (w.endswith("ed") and len(w) >= 5 and w not in ED_NOT_PAST):
            if i + 1 < len(words) and words[i + 1] in {"be", "been", "being"}:
                continue  # a passive infinitive ("will be held"): its tense lies further out
            j = i - 1 if ahead else i + 1
            if w in _BARE_PAST and 0 <= j < len(full) and full[j] in _BEFORE_INFINITIVE:
                continue  # "will set off", "to hit": an infinitive, its tense lies further out
            if w not in PAST_MARKERS and 0 <= j < len(words) and words[j] in _NOT_PAST_BEFORE:
                continue  # a state ("will stay closed"), an adjective ("a survey of damaged homes")
            return False
        if w == "be":
            j = i - 1 if ahead else i + 1
            if 0 <= j < len(words) and words[j] not in _BEFORE_BE:
                return True  # "ordered that transport be free": a demand, of what is to come
    return None


_BE_FORMS: Final = frozenset("was were is are be been".split())
_BETWEEN_BE: Final = frozenset("also still already not only again".split())


def _after_be(full: list[str], j: int, ahead: bool) -> bool:
    """Whether the word before a verb of the timetable (``full[j]``, an adverb between them
    aside) is a form of "be": then the verb is an adjective ("were also open on Saturday")."""
    word = full[j]
    if word in _BETWEEN_BE:
        k = j - 1 if ahead else j + 1
        word = full[k] if 0 <= k < len(full) else ""
    return word in _BE_FORMS


_DATE_PREPOSITIONS: Final = frozenset("on in at around".split())


def _next_to_date(words: list[str], i: int, ahead: bool) -> bool:
    """Whether ``words[i]`` stands right before the date, its preposition at most between."""
    return not ahead and (i == 0 or (i == 1 and words[0] in _DATE_PREPOSITIONS))


# The verbs of PAST_MARKERS spelled as their infinitive, and the words that make them one ("will
# set off on Thursday", "is expected to hit the coast on Monday").
_BARE_PAST: Final = frozenset({"set", "hit"})
_BEFORE_INFINITIVE: Final = frozenset(
    "will would 'll shall can could may might must should to".split()
)
# The words before an -ed form that make it no past tense: a participle of a state ("will stay
# closed until 18 January", "the road is closed").
_NOT_PAST_BEFORE: Final = frozenset(
    "stay stays remain remains is are get gets "
    "a an the of their his her its our your this these those some many".split()
)
# The words before a bare "be" that leave its tense to the words further out (a modal, "to", an
# adverb between them); after any other word it is a subjunctive or follows a clause cut in
# ("would, if the wind dropped, be under control by Monday").
_BEFORE_BE: Final = frozenset(
    "will would to can could may might must should shall not also never still then only "
    "already soon now 'll cannot likely".split()
)


# What a word may tell of the tense, looked up once per word: a marker of the future, a verb of
# the timetable, or "to" and "set" (which tell it by the words beside them).
_FUTURE: Final = 1
_SCHEDULE: Final = 2
_TO_OR_SET: Final = 3
_MODAL: Final = 4
_TENSE_WORDS: Final[dict[str, int]] = {
    **dict.fromkeys(("could", "may", "might"), _MODAL),
    **dict.fromkeys(SCHEDULE_VERBS, _SCHEDULE),
    **dict.fromkeys(FUTURE_MARKERS, _FUTURE),
    "to": _TO_OR_SET,
    "set": _TO_OR_SET,
}
_BE_PRESENT: Final = frozenset({"is", "are"})
_BE_PAST: Final = frozenset({"was", "were"})
_LIKELY: Final = frozenset({"likely", "unlikely"})
# The words before "May" that make it the month ("on 20 May", "in May", "since May").
_MONTH_PREPOSITIONS: Final = frozenset("on in of since until till from by early late mid".split())
# The words before a plan's verb that tell of a plan since changed ("first set for", "originally
# due to open"): the day it named is the nearest of its name, on either side.
_FIRST_PLAN: Final = frozenset({"originally", "initially", "first", "previously"})
# Words of the future that are as often nouns ("the plan", "a hope"), and the words before
# them that make them one.
_NOUN_TOO: Final = frozenset({"plan", "hope", "want"})
_NOT_A_SUBJECT: Final = frozenset("a an the its their his her our this that".split())
# The words after "could", "may" or "might" that leave them no word of what is to come: "could
# have won on Sunday" and "could not travel on Monday" tell of the past.
_PAST_AFTER_MODAL: Final = frozenset({"have", "not", "never", "hardly", "only", "barely"})
# The words after which "may" is the month ("in May and June", "of May, when"), no modal.
_NO_VERB_AFTER_MODAL: Final = frozenset(
    "and or but the a an of in on at to by for with from last this next that when while as "
    "after before until since".split()
)
# Past verbs of a decision or a promise: the infinitive after them ("agreed to meet on Friday")
# happens after the verb, so the verb's tense does not say which way its date lies.
_INTENT_PAST: Final = frozenset(
    "agreed decided pledged promised resolved undertook voted vowed hoped intended wanted".split()
)
# The words after which a verb of the timetable is an infinitive or a noun, no present tense.
_NO_VERB_AFTER: Final = frozenset("to a an the their his her its our your this that".split())
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
# Past verbs of saying: the future they report ("said it would") lies after the saying, on
# either side of the publication.
_SAID: Final = frozenset("said told announced stated promised added warned wrote".split())


def intended(before: list[str]) -> bool:
    """Whether the date's clause is the infinitive of a past decision or hope ("he hoped to put
    a cabinet to parliament in March", "they agreed to meet in May"): it lies after the verb, on
    either side of the publication, so the nearest of its name is meant."""
    return any(
        w == "to" and before[i + 1 : i + 2] and before[i + 1] in _INTENT_PAST
        for i, w in enumerate(before[:_NEAR])
    )


def _told_in_the_past(further: list[str]) -> bool:
    """Whether the words before a "could" (nearest first) hold a verb of the past other than
    one of saying: "could" then tells what was possible, not what may come ("the commission
    said talks could resume" looks ahead)."""
    if further[:1] and further[0] in _RELATIVES:
        return False  # "the congress, which could be held in December": its own clause
    for i, w in enumerate(further):
        if w in _SAID or w in _BE_PRESENT:
            return False
        if w in _BARE_PAST and further[i + 1 : i + 2] and further[i + 1] in _BEFORE_INFINITIVE:
            continue  # "to set a date for the congress": an infinitive, no past
        if w in PAST_MARKERS:
            return True
        if w.endswith("ed") and len(w) >= 5 and w not in ED_NOT_PAST:
            # a participle after "be" or a modal ("must be constituted") is no past verb
            return i + 1 >= len(further) or further[i + 1] not in _BEFORE_BE | _BE
    return False


# A relative word right before "could": the clause it opens is the could's own.
_RELATIVES: Final = frozenset({"which", "who", "that"})
_WAS: Final = (["was"], ["were"])
_LIKELY_TO: Final = (["likely"], ["unlikely"])


def reported_future(before: list[str]) -> bool:
    """Whether the nearest word of the future before a date is a "would" that a past verb of
    saying governs ("first said it would apply from mid-January"): a future seen from the
    saying, which may lie before the publication.  So is what "was to be" done ("the game, which
    was to be played on 29 December, has been moved") and what "was likely to" be done."""
    for i, w in enumerate(before[:_BACK]):
        if w == "to" and 0 < i < _NEAR and before[i - 1] == "be" and before[i + 1 : i + 2] in _WAS:
            return True
        if (
            w == "to"
            and i < _NEAR
            and before[i + 1 : i + 2] in _LIKELY_TO
            and before[i + 2 : i + 3] in _WAS
        ):
            return True  # "said that Malta was likely to take the chair on 1 January"
        if w in FUTURE_MARKERS:
            return w == "would" and _said_before(before, i + 1)
    return False


#: How many words may stand between a "would" and the verb of saying that governs it.
_SAID_REACH = 6
# The words of the saying's own date, which do not count among them ("announced in early
# August that the enthronement would take place").
_DATE_WORDS = frozenset(
    "in on early late mid january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday".split()
)


def _said_before(before: list[str], i: int) -> bool:
    """Whether a past verb of saying stands within reach before ``before[i]`` (nearest first),
    the words of its date aside."""
    counted = 0
    for w in before[i:_BACK]:
        if w in _SAID:
            return True
        if w not in _DATE_WORDS:
            counted += 1
            if counted == _SAID_REACH:
                return False
    return False


def clause_tense(text: str, start: int, end: int, before: list[str] | None = None) -> bool | None:
    """True for a clause in the future tense, False for the past, None when it names no tense
    ("EU leaders gather in Brussels on 19 December"); read as ``is_future_clause`` reads it."""
    if before is None:
        before = words_before(text, start, _BACK)
    tense = tense_of(before[:_NEAR], back=before)
    if tense is None and len(before) > _NEAR and tense_of(before[_NEAR:_BACK]):
        # a verb of the future further back ("will deliver their final ruling in the appeal of
        # the former commander on 8 June, the court announced"); a past one that far is as
        # often another clause's ("was lifted in November, and he is now campaigning for the
        # election on 11 May")
        return True
    if tense is None and len(before) >= _BACK and _far_future(text, start):
        # "will be reviewed in the spring, in the light of the preparations for the general
        # elections in October": the sentence's one verb, further back than its clause
        return True
    if tense is not None or text[end - 1 : end] in _ENDS:
        return tense  # a date that ends its sentence ("... on 15 September.") reads no further
    after = words_after(text, end, 10)
    tense = tense_of(after, ahead=True)
    if tense and "," in text[end : end + 80]:
        # a future told only in another clause after a comma and a conjunction ("moved clear
        # on Saturday with a win, and could clinch the title next weekend") is not the date's;
        # a past one there ("in a run-off on 2 April, and ... won in June") is news's default
        cut = _NEXT_CLAUSE.search(text, end, end + 120)
        if cut is not None:
            return tense_of(after[: len(words_of(text, end, cut.start()))], ahead=True)
    return tense


_NEXT_CLAUSE: Final = re.compile(r",[ \t]+(?:and|but|while|although|though|whereas)\b")


_SENTENCE_START: Final = re.compile(r"[.!?][\"'”’)]*[ \t]+|\n")
_STRONG_FUTURE: Final = frozenset({"will", "shall", "'ll"})


def _far_future(text: str, start: int) -> bool:
    """Whether the sentence of the date at ``start`` tells only the future before it: a "will"
    and no verb of the past between its start and the date."""
    lo = max(0, start - 400)
    # The words are read from text[lo:start] and lower-cased, a character at a time as
    # ``str.lower`` does: a word that lower-cases to "will" or "shall" leaves its letters, so
    # lower-cased, in the window's lower case.  A window without them (most: a clause with
    # "will" in it reads as the future before this is asked) has no strong future, and is spared
    # the sentence marks' scan and its words.
    window = text[lo:start].lower()
    if "will" not in window and "shall" not in window:
        return False
    for m in _SENTENCE_START.finditer(text, lo, start):
        lo = m.end()
    words = [w.lower() for w in words_of(text, lo, start)]
    if _STRONG_FUTURE.isdisjoint(words):
        return False
    return tense_of(list(reversed(words))) is True


#: How many words back from a date its clause's tense is looked for ("will answer questions
#: about the call at a press conference on Monday": the verb is eleven words back).
_BACK: Final = 16
#: How many of them tell the past as well as the future.
_NEAR: Final = 10
_ENDS: Final = frozenset(".!?")


def is_future_clause(text: str, start: int, end: int, before: list[str] | None = None) -> bool:
    """Whether the clause around text[start:end] speaks of the future ("will visit on Tuesday").

    The nearest tense marker wins, looking left first (the verb usually precedes its time) and
    then right ("On Tuesday, the minister will visit").  News mostly reports the past, so the
    default is past.  ``before``: ``words_before(text, start, n)`` if the caller has read it
    (any ``n`` of ten or more), so that it is not read twice.
    """
    return bool(clause_tense(text, start, end, before))
