"""Event types from the region's own words: the English classes, local stems.

Each stem matches the words it begins (a prefix), so one stem holds a word's cases and tenses:
"uhapš" is uhapšen, uhapšena, uhapšeni; "përmbytj" is përmbytje, përmbytjet.  Stems that would
also begin an unrelated word are kept out by ``_NOT`` ("sudbina" is fate, "glasno" aloud,
"Požarevac" a town) or matched whole by ``_WHOLE`` ("sud" but not "sudjelovati").  The weights
follow the English rules: a strong trigger (killed, flood, protest) outweighs the words for
police, government or NATO that most stories of the region hold.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import filterfalse

_STEMS: dict[str, dict[str, float]] = {
    "violence": dict.fromkeys(
        "napad napal napao pucnjav pucal pucao ubist ubij ubio ubila ubili uboj ranjen ranio "
        "sulm vras vrau vran plagos qëllu напал напао "
        "напад пукотниц пуцњав пуцал убиств убиј убио убила убили убиен рането ранет ранио "
        "streljanj ustrelil ubil zabod".split(),
        3.0,
    )
    | dict.fromkeys("poginu погину загина žrtv жртв viktim".split(), 1.5),
    "riot": dict.fromkeys(
        "nered izgred trazir немир nemir suzavac сузавац солзавец solzivec molotov "
        "lotsjellës biber-sprej".split(),
        3.5,
    )
    | dict.fromkeys("sukob sukob сукоб судир spopad spopadl përlesh përplas".split(), 2.5)
    | dict.fromkeys("kamenj камењ kamenje gurk polomil razbil разбил камења".split(), 1.5),
    "protest": dict.fromkeys(
        "protest prosvjed demonstr blokad štrajk протест блокад демонстр штрајк grev "
        "bllokad shod stavk litij литиј".split(),
        3.0,
    )
    | dict.fromkeys("okupil окупил marš марш skup skupu mbledh".split(), 1.5),
    "political_legal": dict.fromkeys(
        "uhaps uhapš hapš uhit uhić pritvor priveden privel presud osuđ osudi optuž ostavk "
        "izbora izbori izborima izbore referendum arrest paraburgim aktgjykim dënu "
        "aktakuz zgjedhj votim votu dorëheq уапс притвор приведен привел пресуд осуд обвин "
        "оставк избори избора изборе изборима изборите гласањ aretir pridrž pripor sodb obsod "
        "obtožnic volitv glasovanj odstop nezaupnic izglasoval ukinul ukinil".split(),
        3.0,
    )
    | dict.fromkeys(
        "zakon закон sabor skupštin скупштин собрани parlament kuvend skupščin ligj "
        "mandat мандат gjykat sodišč prokuror тужилаштв".split(),
        1.5,
    )
    | dict.fromkeys("vlad влад qeveri premijer премиер kryeministr".split(), 0.5),
    "diplomacy": dict.fromkeys(
        "sporazum sastan sastal sastao poset posjet pregovor samit potpis razgovor "
        "marrëveshj takim takua takoi takuan takohen vizit negociat nënshkru "
        "договор средб сретна састан састал састао посет посјет преговор самит потпиш потпис "
        "srečanj srečal sestan sestal obisk obiskal pogovor pogajanj podpis".split(),
        2.5,
    )
    | dict.fromkeys("ambasad амбасад deklaracij декларациј protokoll".split(), 1.5),
    "military_security": dict.fromkeys(
        "vežb vježb raspoređ stërvitj распоредувањ napotit pripravnost приправност "
        "mobiliz мобилиз patrol патрол".split(),
        2.5,
    )
    | dict.fromkeys(
        "vojsk vojnik vojnic војск војник војниц ushtri ushtar армиј vojak vojaki vojakov "
        "kfor eufor".split(),
        1.5,
    )
    | dict.fromkeys("policij полициј policia polici полиц nato нато".split(), 0.5),
    "disaster": dict.fromkeys(
        "poplav požar zemljotres potres klizišt odron bujič bujic përmbytj zjarr tërmet "
        "rrëshqitj поплав пожар земљотрес земјотрес свлечишт клизишт plaz".split(),
        3.5,
    )
    | dict.fromkeys(
        "nesreć несрећ несреќ nesreč aksident srušil urušil zrušil shemb срушил".split(), 2.0
    ),
}
# Words a stem begins that mean something else.
_NOT = tuple(
    "sudbin sudjel sudar glasno požarev izborn izbornik skupo skupl skupi skupa skuplj "
    "takimi potresen napadač vojvod vojvodin".split()
)
# Stems matched only as whole words: as prefixes they begin too many others.
_WHOLE = {"skup", "skupu", "ubio", "ubila", "ubili", "izbora", "plaz", "kfor", "eufor"}
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


@cache
def _index() -> tuple[dict[str, list[tuple[str, float]]], int, int]:
    index: dict[str, list[tuple[str, float]]] = {}
    for etype, stems in _STEMS.items():
        for stem, weight in stems.items():
            index.setdefault(stem, []).append((etype, weight))
    lengths = [len(s) for s in index]
    return index, min(lengths), max(lengths)


def _hits(word: str) -> list[tuple[str, float]]:
    """The (type, weight) pairs of the longest stem ``word`` begins with."""
    index, shortest, longest = _index()
    if word in index:
        return index[word]
    if word.startswith(_NOT):
        return []
    for size in range(min(len(word) - 1, longest), shortest - 1, -1):
        stem = word[:size]
        if stem in index and stem not in _WHOLE:
            return index[stem]
    return []


# What each word seen so far gives, since the same words come back in every article: the
# words that begin no stem (nearly all of them) in a set, so that a sentence's are dropped by
# one C-level filter, and the others with their pairs.  Both are emptied past _MOST_WORDS.
_MOST_WORDS = 1 << 16
_MISSES: set[str] = set()
_FOUND: dict[str, list[tuple[str, float]]] = {}


#: Each whitespace-separated token's words (``_TOKEN.findall`` of it), bounded as above.
_TOKEN_WORDS: dict[str, tuple[str, ...]] = {}


def _tokens(low: str) -> list[str]:
    """``_TOKEN.findall(low)`` token by token: a word (letters, maybe a hyphen and letters) never
    holds whitespace and the pattern reads nothing outside its match, so the text's words are
    its tokens' in turn, each different token read once (the pattern asked the Unicode database
    about every character of every local sentence)."""
    words: list[str] = []
    memo = _TOKEN_WORDS
    for token in low.split():
        found = memo.get(token)
        if found is None:
            if len(memo) >= _MOST_WORDS:
                memo.clear()
            found = memo[token] = tuple(_TOKEN.findall(token))
        words.extend(found)
    return words


def local_type_scores(sentence: str) -> dict[str, float]:
    """Summed weights of the local trigger words of one sentence, per event type."""
    scores: dict[str, float] = {}
    for word in filterfalse(_MISSES.__contains__, _tokens(sentence.lower())):
        pairs = _FOUND.get(word)
        if pairs is None:
            pairs = _hits(word)
            if len(_MISSES) + len(_FOUND) >= _MOST_WORDS:
                _MISSES.clear()
                _FOUND.clear()
            if not pairs:
                _MISSES.add(word)
                continue
            _FOUND[word] = pairs
        for etype, weight in pairs:
            scores[etype] = scores.get(etype, 0.0) + weight
    return scores
