"""Event typing and the "did something happen here?" test, from weighted keyword rules.

The vocabulary follows ACLED's broad classes (violence, protest, riot, political and legal,
diplomacy, military and security, disaster, other) because analysts already think in them.
Rules are word families with weights: a strong trigger ("killed", "protesters", "earthquake")
outweighs context words that appear in almost every Balkan security story ("NATO", "police",
"border").  Ties go to the more severe class, since missing violence costs an analyst more than
over-reporting it.  A sentence with a date but no happening ("Today, three of the six countries
are in NATO.") is stative and yields no event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsmap.events.classify_local import local_type_scores

__all__ = ["classify_event", "is_happening", "type_scores"]

# Severity order for ties.
_ORDER = (
    "violence",
    "riot",
    "protest",
    "disaster",
    "military_security",
    "political_legal",
    "diplomacy",
)

_RANK = {etype: rank for rank, etype in enumerate(_ORDER)}

# stem -> weight, per type; each stem also matches its common inflections (see _forms).
_RULES: dict[str, dict[str, float]] = {
    "violence": {
        "kill": 3,
        "killing": 3,
        "murder": 3,
        "shot": 3,
        "shoot": 3,
        "shooting": 3,
        "shootout": 3,
        "gunfire": 3,
        "gunman": 3,
        "gunmen": 3,
        "attack": 2.5,
        "ambush": 3,
        "wound": 3,
        "injur": 2.5,
        "dead": 2,
        "die": 1.5,
        "died": 1.5,
        "fighting": 2.5,
        "fought": 2,
        "clash": 2,
        "massacre": 3,
        "genocide": 3,
        "bomb": 2.5,
        "bombing": 2.5,
        "explosive": 2,
        "grenade": 3,
        "stab": 3,
        "assault": 2.5,
        "hostage": 3,
        "casualt": 2.5,
        "beaten": 2.5,
        "beat": 1,
        "violence": 1.5,
        "violent": 1,
        "war": 1.5,
        "wars": 1.5,
        "kidnap": 3,
        "abduct": 3,
        "torture": 2.5,
        "executed": 2,
        "sniper": 3,
        "mortar": 2.5,
        "shell": 1.5,
        "shelling": 2.5,
        "fatal": 2,
        "victim": 1.5,
    },
    "protest": {
        "protest": 3,
        "protester": 3,
        "demonstration": 3,
        "demonstrator": 3,
        "rally": 3,
        "rallied": 3,
        "rallies": 3,
        "marched": 2.5,
        "picket": 3,
        "petition": 2,
        "sit-in": 3,
        "boycott": 2,
        "blockade": 1.5,
        "block": 1,
        "blocked": 1.5,
        "blocking": 1.5,
        "gathered": 1.5,
        "strike": 1,
        "strikers": 3,
        "walkout": 3,
        "vigil": 2.5,
        "activist": 1.5,
        "students": 0.5,
    },
    "riot": {
        "riot": 4,
        "rioter": 4,
        "unrest": 2.5,
        "loot": 3,
        "tear": 0.5,
        "molotov": 4,
        "torched": 3.5,
        "vandal": 3,
        "vandalis": 3,
        "vandaliz": 3,
        "stone": 1,
        "stones": 1.5,
        "hurled": 2.5,
        "threw": 1,
        "thrown": 1,
        "mob": 3,
        "arson": 3,
        "smashed": 2.5,
        "barricade": 1.5,
        "barricaded": 1.5,
        "hooligan": 3,
    },
    "political_legal": {
        "election": 3,
        "elected": 3,
        "vote": 2,
        "voting": 2,
        "ballot": 2,
        "referendum": 3,
        "parliament": 1.5,
        "parliamentary": 1.5,
        "government": 1,
        "coalition": 2,
        "resign": 3,
        "resignation": 3,
        "law": 1.5,
        "court": 2.5,
        "sentenced": 3,
        "verdict": 3,
        "indict": 3,
        "indictment": 3,
        "arrest": 2.5,
        "charged": 2,
        "trial": 2.5,
        "convicted": 3,
        "acquitted": 3,
        "constitution": 2,
        "constitutional": 2,
        "decree": 2,
        "appointed": 2.5,
        "sworn": 2.5,
        "secede": 2.5,
        "secession": 2.5,
        "independence": 2,
        "prosecutor": 2.5,
        "judge": 2,
        "tribunal": 2.5,
        "sanction": 2,
        "banned": 1.5,
        "ban": 1,
        "adopted": 2,
        "passed": 1,
        "amendment": 2,
        "dissolved": 2.5,
        "president": 0.5,
        "premier": 0.5,
        "minister": 0.5,
        "candidate": 1.5,
        "candidacy": 2,
        "accession": 1.5,
        "legislation": 2,
        "detained": 2,
        "corruption": 2,
        "opposition": 1,
        "ruling": 1,
        "mayor": 1,
        "party": 0.5,
    },
    "diplomacy": {
        "visit": 3,
        "talks": 3,
        "met": 2.5,
        "meeting": 2.5,
        "summit": 3,
        "agreement": 2.5,
        "agreed": 2,
        "signed": 2.5,
        "treaty": 2.5,
        "dialogue": 2.5,
        "normalization": 2,
        "normalisation": 2,
        "ambassador": 2,
        "envoy": 2.5,
        "recognition": 2,
        "recognized": 1.5,
        "recognised": 1.5,
        "negotiation": 2.5,
        "negotiator": 2,
        "diplomatic": 2,
        "diplomat": 2,
        "bilateral": 2,
        "tour": 2,
        "hosted": 0.5,
        "delegation": 2,
        "mediat": 2,
        "memorandum": 2,
        "ministerial": 1.5,
        "conference": 1,
        "welcomed": 1.5,
        "invited": 1.5,
        "embassy": 1.5,
        "foreign": 1,
        "statement": 0.5,
    },
    "military_security": {
        "nato": 0.5,
        "kfor": 1.5,
        "eufor": 1.5,
        "troops": 1.5,
        "soldier": 1.5,
        "army": 1.5,
        "military": 2,
        "peacekeeping": 2.5,
        "peacekeeper": 2.5,
        "deploy": 3,
        "deployment": 3,
        "reinforced": 2.5,
        "reinforcement": 2.5,
        "exercise": 2,
        "drill": 2,
        "mission": 1.5,
        "patrol": 2,
        "police": 1,
        "security": 1,
        "weapon": 2,
        "arms": 1.5,
        "seized": 2,
        "raid": 2.5,
        "operation": 1.5,
        "intervened": 2.5,
        "intervention": 2.5,
        "airstrike": 3,
        "cyber": 1.5,
        "navy": 2,
        "alliance": 1,
        "defence": 1.5,
        "defense": 1.5,
        "border": 0.5,
        "base": 1,
        "camp": 1,
        "joined": 1,
        "member": 0.5,
        "membership": 1,
        "smuggl": 2,
        "checkpoint": 2,
        "stabiliz": 1.5,
        "stabilis": 1.5,
        "commander": 1.5,
        "mobiliz": 2.5,
        "mobilis": 2.5,
        "gendarmerie": 2,
        "drone": 2,
    },
    "disaster": {
        "flood": 3.5,
        "earthquake": 4,
        "quake": 4,
        "wildfire": 4,
        "landslide": 4,
        "storm": 3,
        "snowstorm": 4,
        "drought": 3.5,
        "heatwave": 3.5,
        "avalanche": 4,
        "collapse": 2,
        "crash": 2,
        "accident": 2.5,
        "pandemic": 3,
        "epidemic": 3,
        "outbreak": 2.5,
        "covid": 3,
        "evacuat": 2,
        "blaze": 3,
        "firefighter": 3,
        "rainfall": 2.5,
        "tremor": 3,
        "magnitude": 2,
        "derail": 3,
        "pollution": 2,
        "smog": 2.5,
    },
}

# Multi-word rules: (pattern, type, weight, and the single-word hits the phrase cancels).
_PHRASES: list[tuple[re.Pattern[str], str, float, tuple[tuple[str, float], ...]]] = [
    (re.compile(r"\bcold war\b"), "military_security", 1.0, (("violence", 1.5),)),
    (re.compile(r"\bopen(?:ed|s)? fire\b"), "violence", 3.0, ()),
    (re.compile(r"\bset (?:on )?fire\b|\bset ablaze\b"), "riot", 3.0, ()),
    (re.compile(r"\bair ?strikes?\b"), "military_security", 3.0, (("protest", 1.0),)),
    (re.compile(r"\b(?:general|hunger) strike|\b(?:on|went on) strike\b"), "protest", 3.0, ()),
    (re.compile(r"\btear ?gas\b|\bwater cannon"), "riot", 3.0, ()),
    (re.compile(r"\btook to the streets\b"), "protest", 3.0, ()),
    (re.compile(r"\bpress conference\b"), "diplomacy", 0.5, (("diplomacy", 1.0),)),
    (re.compile(r"\btook over\b"), "military_security", 1.0, ()),
    (re.compile(r"\bforest fires?\b|\bwild ?fires?\b"), "disaster", 3.0, ()),
    (re.compile(r"\bstate of emergency\b"), "disaster", 2.0, ()),
    (re.compile(r"\btraffic accident|\bcar crash|\bbus crash"), "disaster", 1.0, ()),
]

# One scan tells whether any phrase occurs at all; most sentences hold none, and twelve
# separate scans cost several times the rest of the typing.
_ANY_PHRASE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, *_ in _PHRASES))
# ... and that scan opens with ``\b``, so the engine tries it at every character.  Every phrase
# above contains one of these literal pieces, so a sentence with none of them (plain substring
# tests, far cheaper) cannot hold a phrase.  Keep this list in step with _PHRASES.
_PHRASE_PIECES = (
    "cold war",
    "fire",
    "set ablaze",
    "strike",
    "gas",
    "water cannon",
    "took to the streets",
    "press conference",
    "took over",
    "state of emergency",
    "traffic accident",
    " crash",
)

# Short or common stems that would catch unrelated words if inflected ("met" -> "meter").
_EXACT = {
    "met",
    "war",
    "wars",
    "ban",
    "base",
    "camp",
    "beat",
    "die",
    "died",
    "dead",
    "shot",
    "mob",
    "tear",
    "tour",
    "arms",
    "law",
    "block",
    "stone",
    "stones",
    "shell",
    "strike",
    "party",
    "fatal",
    "premier",
    "ruling",
    "foreign",
    "member",
    "joined",
    "passed",
    "statement",
    "threw",
    "thrown",
    "hurled",
    "talks",
    "mission",
    "army",
    "navy",
    "drone",
    "crash",
    "quake",
}

_SUFFIXES = (
    "",
    "s",
    "es",
    "ed",
    "d",
    "ing",
    "er",
    "ers",
    "ings",
    "ion",
    "ions",
    "e",
    "ated",
    "ation",
    "ations",
    "ly",
)


def _forms(stem: str) -> Iterable[str]:
    if stem in _EXACT:
        yield stem
        if stem in {
            "tour",
            "law",
            "mission",
            "drone",
            "crash",
            "quake",
            "strike",
            "base",
            "camp",
            "member",
            "army",
        }:
            yield stem + "s"
        return
    for suf in _SUFFIXES:
        yield stem + suf


def _build_index() -> dict[str, list[tuple[str, float]]]:
    """Expand stems into word forms once, so typing a sentence is one dict lookup per word."""
    index: dict[str, dict[str, float]] = {}
    for etype, stems in _RULES.items():
        for stem, weight in stems.items():
            for form in _forms(stem):
                slot = index.setdefault(form, {})
                slot[etype] = max(slot.get(etype, 0.0), weight)
    return {w: sorted(d.items()) for w, d in index.items()}


_INDEX = _build_index()
_WORDS = re.compile(r"[a-z][a-z'\-]*")

_PAST_VERBS = {
    "took",
    "met",
    "went",
    "came",
    "held",
    "began",
    "left",
    "made",
    "gave",
    "saw",
    "won",
    "lost",
    "broke",
    "fled",
    "hit",
    "shot",
    "struck",
    "sent",
    "brought",
    "led",
    "ran",
    "fell",
    "rose",
    "paid",
    "spoke",
    "wrote",
    "chose",
    "drove",
    "flew",
    "fought",
    "caught",
    "threw",
    "became",
    "stood",
    "laid",
    "sought",
    "built",
    "tore",
    "said",
    "told",
    "did",
    "had",
    "was",
    "were",
    "arrived",
    "happened",
    "occurred",
    "erupted",
    "set",
    "oversaw",
    "withdrew",
    "overthrew",
    "undertook",
    "drew",
    "swore",
    "shook",
    "sank",
    "froze",
    "hid",
    "bit",
    "bought",
    "dealt",
    "dug",
    "fed",
    "forgave",
    "forgot",
    "got",
    "heard",
    "meant",
    "overtook",
    "quit",
    "rode",
    "rang",
    "sold",
    "shut",
    "slid",
    "spent",
    "spread",
    "stole",
    "stuck",
    "swept",
    "taught",
    "understood",
    "upheld",
    "woke",
    "withstood",
    "forbade",
    "lit",
}
# Common English function words: a sentence without any is in another language (Serbian,
# Albanian, Macedonian), where these English cues say nothing, so any dated sentence counts.
_ENGLISH = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "that",
    "it",
    "is",
    "are",
    "was",
    "were",
    "has",
    "had",
    "have",
    "will",
    "this",
    "his",
    "her",
    "their",
    "after",
    "before",
    "said",
}
# ... less those that are also common words of the region's languages ("a", "to" and "on" in
# Serbian and Croatian, "in" and "a" in Slovenian), so a local sentence is never taken for English.
_ENGLISH_ONLY = _ENGLISH - {"a", "in", "on", "to"}
_NOT_PAST = {
    "need",
    "speed",
    "indeed",
    "seed",
    "feed",
    "united",
    "based",
    "related",
    "hundred",
    "limited",
    "interested",
    "concerned",
    "so-called",
    "red",
    "bed",
    "shed",
    "ahmed",
    "mohammed",
    "mehmed",
    "advanced",
    "armed",
    "aged",
    "unprecedented",
    "detailed",
    "dedicated",
    "located",
    "situated",
    "required",
    "supposed",
    "proceed",
    "exceed",
    "succeed",
    "called",
    "named",
    "considered",
    "regarded",
    "known",
    "recognized",
    "recognised",
    "populated",
    "dominated",
    "divided",
    "landlocked",
    "embedded",
    "isolated",
    "concentrated",
}
_STATIVE_ONLY = {"was", "were", "had", "did"}
_FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|is due to|are due to|plans? to|is set to|"
    r"are set to|is expected to|are expected to|is scheduled to)\b"
)


# Words that open a clause about what came before or caused the reported happening ("blocked
# the bridges, three months after the canopy collapsed"); such a clause tells the background.
_BACKGROUND = re.compile(
    r"\b(?:after|since|following|amid|because of|in the wake of|in response to|in protest at|"
    r"in protest against|which|who)\b"
)
_BACKGROUND_WEIGHT = 0.4
# Literal pieces, one of which every _BACKGROUND match contains: without any of them in a
# sentence its regex scan (tried at every character, it opens with ``\b``) is skipped.
_BACKGROUND_PIECES = (
    "after",
    "since",
    "following",
    "amid",
    "because of",
    "in the wake of",
    "in response to",
    "in protest a",
    "which",
    "who",
)


def _background(low: str, anchor: int | None) -> tuple[int, int] | None:
    """The span of ``low`` that is background to the happening dated at ``anchor``, if any.

    A leading clause ("After clashes on Monday, NATO sent troops") runs to its comma; one that
    starts later runs to the end of the sentence.  When the date itself sits in that clause,
    the clause is the news and nothing is discounted.
    """
    if anchor is None or not any(map(low.__contains__, _BACKGROUND_PIECES)):
        return None
    for m in _BACKGROUND.finditer(low):
        start = m.start()
        if not low[:start].strip(" \"'“‘("):
            end = low.find(",", start)
            if end < 0:
                continue
        else:
            end = len(low)
        if start <= anchor < end:
            return None  # the dated clause is the news
        return start, end
    return None


def _trigger_words(low: str, back: tuple[int, int] | None) -> list[tuple[str, float]]:
    """The trigger words of a lower-cased sentence in order, each with its weight factor.

    Most words are no trigger, so the plain word list is filtered in C; word positions (a
    slower scan) would only tell which words lie in the background clause, and the clause's
    edges can be cut instead: it starts at a word boundary and ends at a comma or the end.
    """
    if back is None:
        return [(word, 1.0) for word in filter(_INDEX.__contains__, _WORDS.findall(low))]
    b0, b1 = back
    if b0 and low[b0 - 1] in "'-":  # a word may run into the clause across ' or -: use positions
        return [
            (m.group(), _BACKGROUND_WEIGHT if b0 <= m.start() < b1 else 1.0)
            for m in _WORDS.finditer(low)
            if m.group() in _INDEX
        ]
    found: list[tuple[str, float]] = []
    for lo, hi, factor in ((0, b0, 1.0), (b0, b1, _BACKGROUND_WEIGHT), (b1, len(low), 1.0)):
        words = _WORDS.findall(low, lo, hi)
        found.extend((word, factor) for word in filter(_INDEX.__contains__, words))
    return found


def type_scores(sentence: str, anchor: int | None = None) -> dict[str, float]:
    """Summed rule weights per event type for one sentence (types without a hit are absent).

    With ``anchor`` (where the event's date phrase starts in the sentence), trigger words in a
    background clause that does not hold the date count for less: "Students blocked the
    bridges on Saturday, months after the collapse killed 15 people" is a protest.
    """
    low = sentence.lower()
    scores: dict[str, float] = {}
    for word, factor in _trigger_words(low, _background(low, anchor)):
        for etype, weight in _INDEX[word]:
            scores[etype] = scores.get(etype, 0.0) + weight * factor
    if any(map(low.__contains__, _PHRASE_PIECES)) and _ANY_PHRASE.search(low):
        for pattern, etype, weight, cancels in _PHRASES:
            hits = len(pattern.findall(low))
            if hits:
                scores[etype] = scores.get(etype, 0.0) + weight * hits
                for other, minus in cancels:
                    scores[other] = scores.get(other, 0.0) - minus * hits
    return {k: v for k, v in scores.items() if v > 0}


def classify_event(sentence: str, anchor: int | None = None, families: Sequence[str] = ()) -> str:
    """The event type of one sentence: the highest-scoring class, or ``other`` below one point.

    ``anchor``: where the date phrase starts within ``sentence`` (see ``type_scores``).
    ``families``: the region's language families the text is in; their words count too.
    """
    scores = type_scores(sentence, anchor)
    if families:
        for etype, weight in local_type_scores(sentence).items():
            scores[etype] = scores.get(etype, 0.0) + weight
    if not scores:
        return "other"
    # Only scored types can win (every score kept is positive), so only they are compared.
    best = max(scores, key=lambda t: (scores[t], -_RANK[t]))
    return best if scores[best] >= 1.0 else "other"


def is_happening(sentence: str) -> bool:
    """Whether a sentence reports something that happened or will happen, not just a state.

    Evidence is any event trigger of two or more points, an action verb in the past tense
    (irregular, or an -ed form that is not an adjective such as "located"), or a future
    construction ("will", "is to", "is expected to").  Forms of "be" and "have" alone are stative.
    A sentence that is not English (no English function word at all) counts as a happening.
    """
    low = sentence.lower()
    words = _WORDS.findall(low)
    if _ENGLISH_ONLY.isdisjoint(words):
        return True
    # Any one piece of evidence suffices, so the cheapest test goes first: news sentences
    # nearly always carry a past-tense verb, and the trigger scores are then never needed.
    for word in words:
        if word in _PAST_VERBS and word not in _STATIVE_ONLY:
            return True
        if len(word) >= 5 and word.endswith("ed") and word not in _NOT_PAST:
            return True
    if _FUTURE.search(low):
        return True
    scores = type_scores(sentence)
    return any(v >= 2.0 for v in scores.values())
