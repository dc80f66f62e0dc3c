"""English document countries: paragraphs that round up the region, capitals named twice.

On tuning19_long a paragraph of reactions from four states or more made one of them a
subject (document-country F1 0.929 -> 0.937); on tuning20_abroad a concert in Belgrade,
"the band's first in the Serbian capital", weighed as two places (0.923 -> 0.933).
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text

#: A report on Montenegro's vote, Montenegro in every paragraph.
_MONTENEGRO = (
    "PODGORICA — Montenegro's opposition won the most seats in Sunday's vote, the election "
    "commission in Podgorica said, ending the governing party's long run in Nikšić, "
    "Pljevlja and Berane.\n\n"
    "In Budva, Bar and Herceg Novi turnout was the highest in years, and in Cetinje the "
    "governing party held on by a few hundred votes.\n\n"
)


def _countries(gaz: Gazetteer, text: str) -> list[str]:
    return tag_text(gaz, text).countries


def test_a_paragraph_of_reactions_from_four_states_leads_none(gazetteer: Gazetteer) -> None:
    text = _MONTENEGRO + (
        "Officials in Zagreb and Tirana said they would watch the talks. In Bosnia and "
        "Herzegovina, leaders in Sarajevo and Banja Luka welcomed the result, and in "
        "Kosovo the ministry in Pristina said it expected the border deal to hold."
    )
    assert _countries(gazetteer, text) == ["ME"]


def test_a_paragraph_led_by_one_neighbour_still_counts(gazetteer: Gazetteer) -> None:
    text = _MONTENEGRO + (
        "In Bosnia and Herzegovina, leaders in Sarajevo and Banja Luka welcomed the "
        "result, and crowds in Trebinje and Bileća drove through the streets at night."
    )
    assert _countries(gazetteer, text) == ["ME", "BA"]


def test_a_capital_renamed_by_its_state_adjective_weighs_once(gazetteer: Gazetteer) -> None:
    text = (
        "SARAJEVO — A rock band will tour Bosnia and Herzegovina this spring, its manager "
        "said on Monday, after two years in which its members lived and recorded abroad. "
        "Tickets go on sale next week at kiosks and online.\n\n"
        "The tour opens in Mostar in May and goes on to Tuzla. It ends with a concert in "
        "Belgrade, the band's first in the Serbian capital."
    )
    assert _countries(gazetteer, text) == ["BA"]
