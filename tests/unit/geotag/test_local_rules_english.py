"""The focus asks its rules of local text only of text that is not English.

``focus`` skips the rules that read the region's own words (clubs after a result, partners in
talks, a match's venue, a neighbour's own story, an exporter's story) when the text is English,
where their answer never counted.  Held here: on made-up English text written to trip each of
them (results, "with" before a state, sport and export words), each rule's answer is one the
focus would have discarded, and the focus of such text, and of local text, is what the rules
say.
"""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.home import latin_language
from newsmap.geotag.parties import club_starts, partner_states

ENGLISH = [
    "Talks with Serbia on trade resumed in Brussels, and the dialog with Albania on the border "
    "continued: a sporazum was not signed. Kosovo and Serbia met 2:1 in the utakmica.",
    "Sarajevo beat Zagreb 3:1 in the derbi of the league on Saturday, and the trener of Vardar "
    "said the fans of Partizan were calm. Skopje hosted the match.",
    "Exports to Serbia rose: izvoz u Srbiju, the ministry in Podgorica said at 10:30. "
    "Montenegro and Croatia agreed on cooperation with Bosnia.",
]
LOCAL = [
    "Dinamo je svladao Sarajevo 3:1 u utakmici prvenstva, a trener je pohvalio igrače. "
    "Navijači su slavili u Zagrebu.",
    "Premijer Crne Gore najavio je u Podgorici nove razgovore sa Albanijom o pomorskoj granici.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_the_local_rules_answer_nothing_in_english(gazetteer: Gazetteer, text: str) -> None:
    assert latin_language(text) == "en"
    mentions = tag_text(gazetteer, text).mentions
    assert mentions
    assert club_starts(text, mentions) == frozenset()
    assert partner_states(text, mentions) == []


def test_the_focus_of_english_and_local_text(gazetteer: Gazetteer) -> None:
    assert [tag_text(gazetteer, t).countries for t in ENGLISH] == [["RS"], ["MK"], ["ME"]]
    assert [latin_language(t) for t in LOCAL] == ["sh", "sh"]
    assert [tag_text(gazetteer, t).countries for t in LOCAL] == [[], ["ME", "AL"]]
