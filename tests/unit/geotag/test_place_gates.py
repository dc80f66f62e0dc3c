"""The cheap tests in front of some place rules' per-name searches change no answer: each holds
wherever the search it spares could succeed (``street_names``' street word before a name,
``indefinite_namesakes``' article, ``local_party_names``' party before a state)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.geotag import indefinite_namesakes as I
from newsmap.geotag import local_party_names as P
from newsmap.geotag import street_names as S
from newsmap.geotag.choice import Choice

STREET_PIECES = ["Via ", "Viale ", "Rue ", "Avenue ", "de ", "de la ", "della ", "Rruga ", "e "]
STREET_PIECES += [
    "të ",
    "Trg ",
    "Ulica ",
    "i ",
    "(",
    "«",
    "x",
    "Katrg ",
    " ",
    "\n",
    "Plaza",
    "Tirana",
]
STREET_PIECES += ["Boulevard", "Quai ", "Platz ", "a ", "an ", "\na ", "in ", "Paris"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(STREET_PIECES), min_size=1, max_size=8))
def test_street_gate_never_misses(parts: list[str]) -> None:
    text = "".join(parts) + "Tirana"
    for start in range(3, len(text) + 1):
        if S._STREET_BEFORE.search(text, max(0, start - S._REACH), start) is not None:
            assert S._may_follow(text, start)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(STREET_PIECES), max_size=8))
def test_after_article_as_endswith(parts: list[str]) -> None:
    text = "".join(parts)
    for start in range(len(text) + 1):
        assert I._after_article(text, start) == text.endswith(I._ARTICLES, 0, start)


def _party_name_plain(text: str, c: Choice) -> bool:
    before = text[max(0, c.start - 30) : c.start]
    if P._PARTY_FOR.search(before):
        return True
    abbreviation = P._ABBREVIATION.search(before)
    return (
        abbreviation is not None
        and text[c.start : c.end] in P._STATE_ABBREVIATIONS
        and abbreviation.group().strip() not in P._NOT_PARTIES
    )


PARTY_PIECES = ["Stranka ", "stranke ", "Савез ", "Partija ", "za ", "за ", "HDZ ", "SDP ", "EU "]
PARTY_PIECES += ["NATO ", "x ", " ", "Странка ", "SNSD ", ".", "A ", "ABCDEF ", "\n"]
STATES = ["BiH", "БиХ", "CG", "RS", "Srbiju", "Србију", "Kosovo"]


@settings(max_examples=400, deadline=None)
@given(before=st.lists(st.sampled_from(PARTY_PIECES), max_size=6), state=st.sampled_from(STATES))
def test_party_name_as_plain(before: list[str], state: str) -> None:
    head = "".join(before)
    text = head + state + " je"
    c = Choice(len(head), len(head) + len(state), 0, 1.0, "x")
    assert P._party_name(text, c) == _party_name_plain(text, c)


def test_made_up_names() -> None:
    text = "Rally of Stranka za BiH and HDZ BiH in Via Tirana, a Paris."
    at = text.index("BiH")
    assert P._party_name(text, Choice(at, at + 3, 0, 1.0, "x"))
    at = text.index("BiH", at + 1)
    assert P._party_name(text, Choice(at, at + 3, 0, 1.0, "x"))
    assert S._may_follow(text, text.index("Tirana"))
    assert I._after_article(text, text.index("Paris"))
