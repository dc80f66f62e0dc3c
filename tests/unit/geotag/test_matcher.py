"""The matcher alone: folding, whole-token matching and offsets back into the original text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.geotag.folding import FOLD_TABLE, fold, fold_key
from newsmap.geotag.matcher import Matcher
from newsmap.geotag.morphology import inflections

NAMES = [
    "Ljubljana",
    "Belgrade",
    "Pristina",
    "Bosnia and Herzegovina",
    "Bosnia-Herzegovina",
    "Bosnia & Herzegovina",
    "Bosnia",
    "Niš",
    "Zvečan",
    "Kosovo",
    "Novi Sad",
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((fold_key(n), n) for n in NAMES)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Priština", "pristina"),
        ("PRIŠTINA", "pristina"),
        ("Приштина", "pristina"),
        ("Љубљана", "ljubljana"),
        ("Đakovica", "dakovica"),
        ("Prishtinë", "prishtine"),
        ("Kosovo's", "kosovo s"),
        ("Bosnia-Herzegovina", "bosnia herzegovina"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks in Belgrade.", [("Belgrade", "Belgrade")]),
        ("BELGRADE, May 2", [("BELGRADE", "Belgrade")]),
        ("Kosovo's north", [("Kosovo", "Kosovo")]),
        ("Zvecan and Nis", [("Zvecan", "Zvečan"), ("Nis", "Niš")]),
        ("Звечан и Ниш", [("Звечан", "Zvečan"), ("Ниш", "Niš")]),
        ("Nisava Kosovoski xBelgrade", []),
        (
            "Bosnia & Herzegovina",
            [("Bosnia & Herzegovina", "Bosnia & Herzegovina"), ("Bosnia", "Bosnia")],
        ),
        (
            "Bosnia-Herzegovina",
            [("Bosnia-Herzegovina", "Bosnia-Herzegovina"), ("Bosnia", "Bosnia")],
        ),
        ("Љубљана, Novi Sad", [("Љубљана", "Ljubljana"), ("Novi Sad", "Novi Sad")]),
    ],
)
def test_find_offsets_map_back(matcher: Matcher, text: str, expected: list) -> None:
    hits = matcher.find(text)
    assert [(text[h.start : h.end], h.value) for h in hits] == expected


def test_offsets_after_two_letter_cyrillic() -> None:
    """љ/њ fold to two letters; later offsets must still point into the original string."""
    m = Matcher([(fold_key("Pristina"), 1)])
    text = "Њњ љљ џ, Приштина"
    (hit,) = m.find(text)
    assert text[hit.start : hit.end] == "Приштина"


def test_inflections_cover_common_case_forms() -> None:
    assert {"Beogradu", "Beograda"} <= set(inflections("Beograd"))
    assert {"Prištine", "Prištini", "Prištinu"} <= set(inflections("Priština"))
    assert {"Kosovu", "Kosova", "Kosovës"} <= set(inflections("Kosovo"))
    assert {"Prishtina", "Prishtinës"} <= set(inflections("Prishtinë"))
    assert {"Novom Sadu", "Novog Sada"} <= set(inflections("Novi Sad"))
    assert "Banjoj Luci" in inflections("Banja Luka")


@pytest.mark.parametrize("text", ["Љ Pristina Њ", "ЉЉ, Pristina", "Pristina џ", "a Љубљана b"])
def test_offsets_with_wide_letters_anywhere(text: str) -> None:
    m = Matcher([(fold_key("Pristina"), 1), (fold_key("Ljubljana"), 2), (fold_key("Lj"), 3)])
    for hit in m.find(text):
        assert fold(text[hit.start : hit.end]) == hit.key.strip()


@given(
    st.text(alphabet=st.sampled_from(list("aZ 9.,-–’'\nčćžšđČŠëçßљњџЉЖжбд漢\u00a0")), max_size=200)
)
def test_fast_fold_equals_the_character_table(text: str) -> None:
    """Long texts are folded through a bytes table plus per-run fixes: same result."""
    assert fold(text) == text.translate(FOLD_TABLE)


_LINES = ["Приштина и Љубљана, џ", "Prishtinë, Kosovë – ç", "Priština, Kosovo’s “č”", "漢 ß", ""]


@given(st.lists(st.sampled_from(_LINES), min_size=2, max_size=12))
def test_lines_of_several_scripts_fold_as_the_character_table(lines: list[str]) -> None:
    """A text no one code page holds is folded line by line, each line by its own path (a code
    page's bytes table or run by run): the same as folding it whole."""
    text = "\n".join(line * 3 for line in lines)
    assert fold(text) == text.translate(FOLD_TABLE)


_CP1250 = bytes(range(256)).decode("cp1250", "ignore")
_CP1251 = bytes(range(256)).decode("cp1251", "ignore")


@settings(max_examples=300)
@given(
    st.sampled_from([_CP1250, _CP1251, _CP1251 + "Ǆǆ€№"]).flatmap(
        lambda alphabet: st.text(alphabet=st.sampled_from(alphabet), min_size=40, max_size=300)
    )
)
def test_code_page_fold_equals_the_character_table(text: str) -> None:
    """Texts one of the region's code pages holds (every character of it, controls and wide
    letters such as "љ" included) are folded through its bytes table: same result."""
    assert fold(text) == text.translate(FOLD_TABLE)


def test_capitalised_hits_only(matcher: Matcher) -> None:
    text = "in belgrade, Belgrade and novi Sad; novi sad"
    hits = matcher.find(text, capitalised=True)
    assert [text[h.start : h.end] for h in hits] == ["Belgrade", "novi Sad"]


def test_the_sample_articles_joined_fold_as_the_character_table() -> None:
    """The shipped articles, each alone and joined in every pair of neighbours (English beside
    Cyrillic, Albanian beside Serbian): every path of ``fold`` gives the table's result."""
    samples = Path(__file__).resolve().parents[3] / "data" / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.iterdir())]
    for a, b in zip(texts, texts[1:] + texts[:1], strict=True):
        for text in (a, f"{a}\n\n{b}"):
            assert fold(text) == text.translate(FOLD_TABLE)
