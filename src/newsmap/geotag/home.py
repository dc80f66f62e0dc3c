"""The language a Latin-script text is written in, and whether a text is local, from its words.

``latin_language`` tells Serbo-Croatian, Slovenian and English apart by the function words only
one of them uses (what a stem spelt alike in two languages needs); ``is_local_text`` whether a
text's opening is written in a language of the region rather than English.  Both read each
whitespace-separated token once (``text_reads``).  The state a local text's language points to
is ``home_state``'s (``home_country``, imported here for the rules that ask it).
"""

from __future__ import annotations

from newsmap.geotag.folding import fold
from newsmap.geotag.home_state import home_country as home_country
from newsmap.geotag.home_words import BCMS as _BCMS
from newsmap.geotag.home_words import ENGLISH as _ENGLISH
from newsmap.geotag.home_words import FOLDED_WORDS_MAX as _FOLDED_WORDS_MAX
from newsmap.geotag.home_words import SLOVENIAN as _SLOVENIAN
from newsmap.geotag.home_words import WORD as _WORD
from newsmap.geotag.home_words import folded_word as _folded_word
from newsmap.geotag.token_marks import ALL, LOCATIVE, locative_end, token_marks
from newsmap.geotag.words import ENGLISH_FUNCTION_WORDS, LOCAL_FUNCTION_WORDS
from newsmap.tokens import tokens_of

#: BCMS "and" and "than", which Slovenian says "in" and "kot" (Albanian's article "i" is no
#: matter here: an Albanian text is no Slovenian one either).
_BCMS_AND = frozenset(("i", "nego"))


#: The last text ``latin_language`` read and its answer: the rules of one document (its
#: state adjectives, sites, partners in talks, focus) ask about the same text up to four times.
_LAST_TEXT: list[tuple[str, str | None]] = []


def latin_language(text: str) -> str | None:
    """ "sh", "sl" or "en" for a Latin-script text whose function words say which (None when
    none leads, as in Cyrillic text): what a stem spelt alike in two languages needs."""
    if _LAST_TEXT and _LAST_TEXT[0][0] == text:
        return _LAST_TEXT[0][1]
    found = _latin_language(text)
    _LAST_TEXT[:] = [(text, found)]
    return found


#: What a piece of text as written adds to the three counts of ``_latin_language``, one field
#: each (BCMS's in the lowest bits), keyed by a word or by a whitespace-separated token: the same
#: few hundred words and tokens ("the", "Kosovo's", "BELGRADE,") make up most texts, so each is
#: read once.  A key's value is the sum over the words ``_WORD`` finds in it, so a word and a
#: token spelt alike agree.
_FIELD = 20
#: Texts shorter than this are read by ``text_reads`` (each of its counts fits its field).
READS_LIMIT = 1 << _FIELD
_WORD_WEIGHTS: dict[str, int] = {}


def _word_weight(word: str) -> int:
    found = _WORD_WEIGHTS.get(word)
    if found is None:
        w = _folded_word(word)
        found = (
            (w in _BCMS or w in _BCMS_AND)
            + ((w in _SLOVENIAN or w == "in") << _FIELD)
            + ((w in _ENGLISH) << 2 * _FIELD)
        )
        if len(_WORD_WEIGHTS) >= _FOLDED_WORDS_MAX:
            _WORD_WEIGHTS.clear()
        _WORD_WEIGHTS[word] = found
    return found


def _token_weight(token: str) -> int:
    """The weight of the words ``_WORD`` finds in a token: the token itself when it is all
    letters (most are), else each run of letters in it ("Kosovo's", "(AP)", "2023")."""
    if token.isalpha():
        return _word_weight(token)
    found = 0
    for word in _WORD.findall(token):
        found += _word_weight(word)
    if len(_WORD_WEIGHTS) >= _FOLDED_WORDS_MAX:
        _WORD_WEIGHTS.clear()
    _WORD_WEIGHTS[token] = found
    return found


def _latin_language(text: str) -> str | None:
    if len(text) < 1 << _FIELD:  # fewer words than that, so each count fits its field
        # A word (a run of letters) never spans whitespace, so the text's words are those of
        # its whitespace-separated tokens: splitting and looking each token up is a fifth of
        # the cost of finding every word with the pattern and counting them.
        total = text_reads(text)[0]
        mask = (1 << _FIELD) - 1
        counts = {"sh": total & mask, "sl": total >> _FIELD & mask, "en": total >> 2 * _FIELD}
    else:
        folded = list(map(_folded_word, _WORD.findall(text)))
        counts = {
            "sh": sum(w in _BCMS or w in _BCMS_AND for w in folded),
            "sl": sum(w in _SLOVENIAN or w == "in" for w in folded),
            "en": sum(w in _ENGLISH for w in folded),
        }
    best = max(counts, key=counts.__getitem__)
    tied = sum(n == counts[best] for n in counts.values()) > 1
    return None if tied else best


#: How much of a text's start ``is_local_text`` reads (``context.is_local_language``'s sample).
LOCAL_SAMPLE = 3000
#: What each folded function word adds to ``is_local_text``'s sum: 1 for a local language's,
#: one field up for English's (``context.local_words``'s weights), and a word counted two fields
#: up.
_LOCAL_WEIGHTS: dict[str, int] = {
    w: (w in LOCAL_FUNCTION_WORDS) + ((w in ENGLISH_FUNCTION_WORDS) << _FIELD)
    for w in LOCAL_FUNCTION_WORDS | ENGLISH_FUNCTION_WORDS
}
_ONE_WORD = 1 << 2 * _FIELD
#: Each whitespace-separated token as written: its weight for ``_latin_language``, what its
#: folded words add to ``is_local_text``'s sum, and its cue marks (``token_marks``).  Both tests
#: read every token of a document (its places ask the one, its focus the other), and the place
#: rules ask which cues it holds, so one split and one lookup per token serve all three.
_TOKEN_READS: dict[str, tuple[int, int, int]] = {}
#: The last two texts ``_reads`` read and what it found: a document's text and its title,
#: whose places are read after the text's and before the focus asks the text's language.
_LAST_READS: list[tuple[str, int, int, int, list[str]]] = []


def _local_weight(piece: str) -> int:
    """``is_local_text``'s sum over the words of ``piece`` folded (its whitespace-separated
    tokens, as ``context.is_local_language`` splits the folded sample)."""
    found = 0
    for word in fold(piece).split():
        found += _LOCAL_WEIGHTS.get(word, 0) + _ONE_WORD
    return found


def _token_reads(token: str) -> tuple[int, int, int]:
    known = _WORD_WEIGHTS.get(token)
    found = (
        _token_weight(token) if known is None else known,
        _local_weight(token),
        token_marks(token),
    )
    if len(_TOKEN_READS) >= _FOLDED_WORDS_MAX:
        _TOKEN_READS.clear()
    _TOKEN_READS[token] = found
    return found


def text_reads(text: str) -> tuple[int, int]:
    """``_latin_language``'s sum over the whole text (``_token_weight`` of each token) and
    ``is_local_text``'s over its first ``LOCAL_SAMPLE`` characters, in one pass over its tokens
    (``_reads``).  For a text shorter than ``1 << _FIELD`` characters (each count fits its
    field)."""
    found = _reads(text)
    return found[1], found[2]


def text_marks(text: str) -> int:
    """The union of the cue marks (``token_marks``) of the text's tokens: a mark missing means
    its cue stands nowhere in the text.  Every mark for a text too long for ``text_reads``."""
    if len(text) >= READS_LIMIT:
        return ALL
    return _reads(text)[3]


def locative_tokens(text: str) -> list[str]:
    """The text's tokens that end with a locative word (``token_marks.locative_end``), in
    order (do not change the list)."""
    if len(text) >= READS_LIMIT:
        return [t for t in tokens_of(text) if locative_end(t)]
    return _reads(text)[4]


def _reads(text: str) -> tuple[str, int, int, int, list[str]]:
    """The sums of ``text_reads``, the marks and the locative tokens, in one pass.

    Folding maps each character on its own and whitespace to whitespace, so the folded sample's
    words are those of each token folded in turn; the token that the sample's end cuts is folded
    apart.
    """
    for last in _LAST_READS:
        if last[0] == text:
            return last
    reads = _TOKEN_READS
    latin = 0
    local = 0
    marks = 0
    locatives: list[str] = []
    if len(text) <= LOCAL_SAMPLE:
        for token in tokens_of(text):
            found = reads.get(token)
            if found is None:
                found = _token_reads(token)
            latin += found[0]
            local += found[1]
            mark = found[2]
            if mark:
                marks |= mark
                if mark & LOCATIVE:
                    locatives.append(token)
    else:
        cut = LOCAL_SAMPLE  # where the token holding the sample's last character starts
        while cut > 0 and not text[cut - 1].isspace():
            cut -= 1
        for token in text[:cut].split():
            found = reads.get(token)
            if found is None:
                found = _token_reads(token)
            latin += found[0]
            local += found[1]
            mark = found[2]
            if mark:
                marks |= mark
                if mark & LOCATIVE:
                    locatives.append(token)
        local += _local_weight(text[cut:LOCAL_SAMPLE])
        for token in text[cut:].split():
            found = reads.get(token)
            if found is None:
                found = _token_reads(token)
            latin += found[0]
            mark = found[2]
            if mark:
                marks |= mark
                if mark & LOCATIVE:
                    locatives.append(token)
    last = (text, latin, local, marks, locatives)
    _LAST_READS[:] = [last, *_LAST_READS[:1]]
    return last


def is_local_text(text: str) -> bool:
    """``context.is_local_language`` (function words of the region's languages outnumber
    English's in the text's first ``LOCAL_SAMPLE`` characters) from ``text_reads``, for a text
    shorter than ``1 << _FIELD`` characters."""
    total = text_reads(text)[1]
    mask = (1 << _FIELD) - 1
    local = total & mask
    english = total >> _FIELD & mask
    return local > english and local >= min(3, 1 + (total >> 2 * _FIELD) // 10)
