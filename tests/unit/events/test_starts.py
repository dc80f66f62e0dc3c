"""A rule tried only at its starts reads the dates its full scan reads (events/temporal/starts).

Every rule of every language family is held to ``gate, then pattern.finditer`` on the event
corpora, the local-language set and generated text made of the words the starts are found from,
run together with blanks, punctuation and the characters where lower-casing could mislead.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events.temporal import find as F
from newsmap.events.temporal import local_words as W
from newsmap.events.temporal.record import Rule
from newsmap.events.temporal.rules import ENGLISH_WORDS, RULES
from newsmap.events.temporal.shared_words import find_all
from newsmap.events.temporal.starts import Anchor, Either, Scan, Trigger, digit_runs, year_runs
from newsmap.lexicon import EN_MONTHS, EN_WEEKDAYS, LOCAL_MONTHS
from newsmap.lexicon.local import family

DATA = Path(__file__).resolve().parents[2] / "data" / "events"
TEXTS = [(DATA / "seed.txt").read_text(encoding="utf-8")] + [
    json.loads(line)["text"]
    for path in (DATA / "corpus.jsonl", DATA / "heldout.jsonl", *(DATA / "local").glob("*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
ALL_RULES = F.rules_of(["sh", "sl", "sq", "mk"])
PUBS = (date(2023, 11, 23), None)


def _gate_passes(rule: Rule, scan: Scan) -> bool:
    gate = rule.gate
    return not gate or (gate(scan) if callable(gate) else any(g in scan.low for g in gate))


def _readings(rule: Rule, matches: list[re.Match[str]], text: str, pub: date | None) -> list:
    """The matches that read as a date, with what they read as (the others never reach the
    output: ``find_dates`` skips them as if they had not matched)."""
    out = []
    for m in matches:
        resolved = rule.handler(m, text, pub)
        if resolved is not None:
            out.append((m.span(), resolved))
    return out


def check_starts(text: str) -> None:
    scan = Scan(text)
    for rule in ALL_RULES:
        plain = list(rule.pattern.finditer(text)) if _gate_passes(rule, Scan(text)) else []
        fast = list(scan.matches(rule))
        for pub in PUBS:
            assert _readings(rule, fast, text, pub) == _readings(rule, plain, text, pub), rule.name


# Where a start could be missed first: words glued to the one before ("tomorrowkëtë javë" is
# read from "këtë"), units inside words, numbers with endings, blanks of every kind.
EDGES = [
    "tomorrowkëtë javë, aktivitetit vit, Milani lani, xpre 5 dana, 5 ditë më parë, muajin e kaluar",
    "1990-ih i devedesetih, 90-тите, vitet e '90-ta, od 1941. do 1945., nga 1997 deri në 2001",
    "u  prošlu\n\tsrijedu, do kraja   prošle godine marta, Krajem februara, sredinom 2023. godine",
    "two\u00a0days later, a couple of weeks before, the next\nday, 3 days ago, this\tweek",
    "FALL 2019, the summer of 2020, in the  spring, last Winter",
    "maja. 2023, Sept., 2021, 5th of May, at 14:20, shortly after 9:30, earlier in  the day",
    # rules that open a few words before their last word or their year
    "Dva dana\nkasnije, Sljedećeg  dana, 5-dana kasnije, Një ditë më  vonë, Наредниот ден",
    "dan prej, još od 2012. godine, od\t2018. do 2019., Od 2014., kada, që nga viti 2015",
    "уште од 2017 година, Од 1999",
    # days before their month: ordinals, full stops, Roman months, runs too long or glued
    "1st of May, 22nd\tJune, 3rd  March, 4th May 2023, 5.maja, 6. maja, 29.III 2022, 45 maja",
    "123 maja, 07 May, 7-May, 8,May, ٣ maja, ٣٣ maja, 31st\nMay, 9th, 10.",
    # decades in digits before their ending or full stop, years of three centuries
    "v 90. letih, 1980-ih, 20-тите, 1990.-ih, od 1899 do 1901, od 1799 do 1801, 2100-ih",
    "do kraja ove godine, DO KRAJA GODINE, deri në fund të vitit, до крајот на годината, do konca",
    "pre godinu dana, Prije tačno mjesec  dana, пре недељу дана, pred mesecem dni, xpre god dana",
    # capitalised month names where a word starts, and where none does (month_starts)
    "March 2024 (March 5, “May 2023”, xMarch 2020, _May 2021, ½June 3, 5May 2020, MARCH 2023",
    "Sept. 5, Sep 2020, Decembers 2020, Mayday, Maj 2023, Јуни 2023, 5.Јуни 2023, Marchx 5",
]


@pytest.mark.parametrize("text", TEXTS + EDGES)
def test_starts_read_what_the_full_scan_reads_on_the_corpora(text):
    check_starts(text)


def _local_tokens() -> list[str]:
    words: set[str] = set()
    for code in ("sh", "sl", "sq", "mk"):
        fam = family(code)
        for forms in (fam.months, fam.weekdays, fam.days, fam.units):
            words.update(sorted(forms)[::3])
        for phrases in (*fam.ago.values(), *fam.ahead.values()):
            words.update(p.replace("{0}", "5") for p in phrases[:2])
        words.update(W.WEEKDAY_PREPS[code] + W.MODS[code][:3] + W.MONTH_PREPS[code][:6])
        words.update(W.RANGE_FROM[code] + W.RANGE_TO[code] + list(W.NUMBERS[code])[:4])
    words.update(list(W.DECADE_WORDS)[:4])
    return sorted(words) + [w.capitalize() for w in sorted(words)[::4]]


_TOKENS = (
    _local_tokens()
    + [m.capitalize() for m in EN_MONTHS]
    + [m.upper() for m in list(EN_MONTHS)[::4]]
    + [m.capitalize() for m in sorted(LOCAL_MONTHS)[::5]]
    + [w.capitalize() for w in EN_WEEKDAYS]
    + "on in of the last this next past previous week weekend month year day days later after "
    "before earlier following ago a two couple tomorrow yesterday night today tonight overnight "
    "morning spring summer fall winter between from to and at by around shortly 1 5 12 24 "
    "1990 2023 1992-1995 1990s 90 -ih -тите ih vite 14:20 9:30 maja jula ulica".split()
    + "kasnije ranije dana dan ден dni vonë më kraja краја крајот konca fund do до deri në".split()
    + "pre prije пре pred tačno godinu mesec nedelju mesecem od од još që nga viti 2015.".split()
    + [" ", " ", " ", "  ", "\n", "\t", "\u00a0", ",", ".", ". ", "-", "–", "'", "x", "_"]
    + ["İ", "ı", "ſ", "\u212a", "٣", "½"]
)
texts = st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_starts_read_what_the_full_scan_reads_on_generated_text(text):
    check_starts(text)


def _anchors(rules: tuple[Rule, ...]) -> list[Anchor]:
    found = []
    for rule in rules:
        parts = rule.starts.parts if isinstance(rule.starts, Either) else (rule.starts,)
        found += [part for part in parts if isinstance(part, Anchor)]
    return found


def test_english_anchor_letters_lower_case_to_themselves():
    """Every character a case-insensitive English pattern reads as a letter of an anchor word
    lower-cases to that letter, but for the two that ``Scan.exact`` turns away and those whose
    lower case is longer (which change the text's length, also turned away)."""
    letters = sorted({c for anchor in _anchors(RULES) for w in anchor.words for c in w})
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for x in set(re.findall("(?i)[" + "".join(letters) + "]", everything)):
        for letter in letters:
            if re.fullmatch("(?i)" + re.escape(letter), x):
                assert x.lower() == letter or x in "ıſ" or len(x.lower()) > 1, (x, letter)


def test_local_anchor_words_are_found_in_either_case():
    """The local patterns take a word lower-case or capitalised; both lower-case to the anchor."""
    for anchor in _anchors(ALL_RULES[len(RULES) :]):
        for word in anchor.words:
            assert word == word.lower()
            assert (word[:1].upper() + word[1:]).lower() == word


def test_starts_are_the_places_their_words_give():
    scan = Scan("Two days later, 12 and 345; the\tnext  day. maja, 2023")
    assert scan.exact
    assert digit_runs(scan) == [16, 23, 49]
    assert year_runs(Scan("in 1990, 345 and 2023")) == [3, 17]
    assert Anchor(("day",), back=2)(scan) == [0, 28, 32]  # "Two", "the", "next"
    # up to two words before each number, over a comma or full stop: "later", "days", "and"...
    assert Anchor(back=2, digits=True)(scan) == [4, 9, 16, 19, 38, 43]
    assert Anchor(("later",), back=0, itself=True)(scan) == [9]


@pytest.mark.parametrize("text", ["İstanbul last week", "thıs week", "thiſ week"])
def test_texts_lower_casing_could_mislead_are_scanned_whole(text):
    assert not Scan(text).exact
    check_starts(text)


def _triggers() -> list[Trigger]:
    found = {
        id(rule.starts.trigger): rule.starts.trigger
        for rule in ALL_RULES
        if isinstance(rule.starts, Anchor) and rule.starts.trigger is not None
    }
    return list(found.values())


def check_trigger(low: str) -> None:
    for trigger in _triggers():
        plain = [(m.start(), m.group()) for m in trigger.pattern.finditer(low)]
        assert trigger.find(low) == plain


@pytest.mark.parametrize("text", TEXTS + EDGES)
def test_a_trigger_finds_what_its_pattern_finds_on_the_corpora(text):
    check_trigger(text.lower())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            sorted({w for t in _triggers() for w in t._words})
            + ["x", "_", "1", "ž", "pre", " ", "  ", ".", "-", "\n", "a", "dan", "é"]
        ),
        max_size=12,
    ).map("".join)
)
def test_a_trigger_finds_what_its_pattern_finds_on_generated_text(low):
    """Words glued to each other and to letters, digits and underscores before and after."""
    check_trigger(low)


def check_trigger_cased(text: str) -> None:
    """Read from the text's own tokens (``newsmap.tokens``), a trigger finds what it finds
    splitting the lower-cased text."""
    low = text.lower()
    for trigger in _triggers():
        assert trigger.find(low, text.split()) == trigger.find(low)


@pytest.mark.parametrize("text", TEXTS + EDGES)
def test_a_trigger_reads_the_texts_own_tokens_alike_on_the_corpora(text):
    check_trigger_cased(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            sorted({w for t in _triggers() for w in t._words} | {"MAJA", "Maj", "Ponedeljak"})
            + ["x", "İ", "İmaj", "ẞ", "majİ", " ", "  ", ".", "\n", "\u00a0", "A", "é"]
        ),
        max_size=12,
    ).map("".join)
)
def test_a_trigger_reads_the_texts_own_tokens_alike_on_generated_text(text):
    """Capitals, letters whose lower case is longer (İ) and other blanks."""
    check_trigger_cased(text)


def test_a_trigger_takes_only_words_of_word_characters():
    trigger = Trigger()
    with pytest.raises(ValueError):
        trigger.add(["1. maj"])
    trigger.add(["maj"])
    assert trigger.find("1. maj, xmaj, maja") == [(3, "maj"), (14, "maj")]


def test_a_trigger_places_each_token_where_it_stands():
    """A token holding an anchor is placed at its own occurrence, not inside an earlier token
    that holds its spelling (read token by token, see ``Trigger.find``)."""
    trigger = Trigger()
    trigger.add(["maj", "maja"])
    text = "xmaj maj\tdo_maj (maja maj\u1680maj. xmaj maj"
    assert trigger.find(text) == [(m.start(), m.group()) for m in trigger.pattern.finditer(text)]
    assert trigger.find(text) == [(5, "maj"), (17, "maja"), (22, "maj"), (26, "maj"), (36, "maj")]


def _shared_words() -> list[str]:
    return sorted(ENGLISH_WORDS.words)


def check_shared_words(text: str) -> None:
    scan = Scan(text)
    for word in _shared_words():
        assert scan.places(word) == find_all(scan.low, word), word
        assert scan.has(word) == (word in scan.low), word
    assert scan.exact == (
        len(scan.low) == len(text) and "ı" not in scan.low and "ſ" not in scan.low
    )


@pytest.mark.parametrize("text", TEXTS + EDGES)
def test_shared_words_are_where_a_search_finds_them_on_the_corpora(text):
    check_shared_words(text)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            _shared_words()
            + ["the", "that", "same", "in", "new", "end", "of", "x", "s", "ı", "İ", "é"]
            + [" ", "  ", "\t", "\n", "\u00a0", ",", ".", "-"]
        ),
        max_size=16,
    ).map("".join)
)
def test_shared_words_are_where_a_search_finds_them_on_generated_text(text):
    """Words glued to each other, phrases split by other blanks, at the text's ends."""
    check_shared_words(text)


def test_a_phrase_is_found_from_its_longest_uncommon_word():
    scan = Scan("In the day, that  day and that day; the same day.\nin the\tday")
    assert scan.places("in the day") == [0]
    assert scan.places("that day") == [26]  # not "that  day", nor "the\tday"
    assert scan.places("same day") == [40]
    assert scan.places("day") == [7, 18, 31, 45, 57]
