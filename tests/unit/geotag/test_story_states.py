"""English document countries: parties acting in a long report, reports filed abroad, headlines.

On the tuning sets (real-length English reports written apart from the rules) these rules
moved document-country F1 from 0.876 to 0.929 (tuning19_long) and 0.867 to 0.923
(tuning20_abroad); the fourth blind set's total went from 0.872 to 0.909, the other three
blind sets' totals stayed the same.
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.story_states import REPORT_LENGTH

#: A long report on Kosovo's municipal vote, one paragraph per line, Kosovo in every one.
_KOSOVO = (
    "PRISTINA — Voters in Kosovo chose mayors in 38 municipalities on Sunday, and turnout "
    "in Pristina, Prizren and Peja was the highest in a decade, the election commission "
    "said on Monday.\n\n"
    "In Gjilan and Ferizaj the governing party lost ground to local lists, while in "
    "Mitrovica South and Vushtrri its candidates held on by a few hundred votes each. "
    "Observers in Gjakova counted ballots late into the night.\n\n"
    "The commission in Pristina said it would recount boxes from Podujevo and Suhareka "
    "after complaints about missing signatures, and that results from Kamenica would be "
    "published last because a storm had cut the power there on Sunday evening.\n\n"
    "Campaigning in Kosovo focused on water supply and rubbish collection. In Prizren, "
    "where the old town floods every spring, both main candidates promised new drains, "
    "and in Peja the mayor ran on a plan to reopen the cable car above the Rugova gorge.\n\n"
    "Turnout among young voters rose in Pristina and Gjilan, where students ran door to "
    "door for weeks. Analysts in Kosovo said the local vote would be read as a test for "
    "the government before the general election due next year.\n\n"
    "In Mitrovica South the count was slowed by a broken scanner, and officials in "
    "Vushtrri asked for a second team of clerks. Lipjan and Obiliq reported no problems, "
    "and in Drenas the winner thanked voters from the steps of the town hall.\n\n"
    "Election monitors said the campaign in Kosovo had been calm. They noted long queues "
    "in Prizren and Gjakova in the morning and praised the new polling stations in "
    "Ferizaj, where voters in wheelchairs could enter without help.\n\n"
    "Final results are due within two weeks. Candidates who lost by fewer than fifty votes, "
    "in Kamenica, Podujevo and Skenderaj, may ask the commission in Pristina for a recount, "
    "and a second round will be held in the towns where no one won half the vote.\n\n"
)


def _countries(gaz: Gazetteer, text: str, title: str | None = None) -> list[str]:
    return tag_text(gaz, text, title).countries


def test_a_state_acting_through_its_government_in_a_long_report(gazetteer: Gazetteer) -> None:
    text = _KOSOVO + (
        "The Serbian government said that the vote in the north of the country had been "
        "held under pressure, and asked the mission to send more observers next time. "
        "Officials in Belgrade said they would raise the matter at the next round of talks."
    )
    assert len(text) >= REPORT_LENGTH
    assert _countries(gazetteer, text) == ["XK", "RS"]


def test_a_reaction_told_in_one_sentence_stays_out(gazetteer: Gazetteer) -> None:
    """The capital and the institution in one sentence are one voice quoted in passing."""
    text = _KOSOVO + (
        "In Belgrade, the Serbian government said that the vote in the north of the "
        "country had been held under pressure, and asked the mission to send more "
        "observers next time."
    )
    assert _countries(gazetteer, text) == ["XK"]
    text = _KOSOVO + (
        "Tirana also issued a statement of support on Monday evening, with the Albanian "
        "foreign ministry calling the calm vote a model for the whole region and for the "
        "talks on the north that resume next month."
    )
    assert len(text) >= REPORT_LENGTH
    assert _countries(gazetteer, text) == ["XK"]
    text = _KOSOVO + (
        "Messages of support arrived on Monday evening from Skopje and Podgorica, where the "
        "Montenegrin government said its own observers had seen no irregularities at the "
        "polling stations they visited over the weekend."
    )
    assert _countries(gazetteer, text) == ["XK"]


def test_a_state_named_without_acting_stays_out(gazetteer: Gazetteer) -> None:
    text = _KOSOVO + (
        "Some voters drove in from Belgrade for the day, and a few from Serbia's south "
        "crossed at Merdare with their families."
    )
    assert _countries(gazetteer, text) == ["XK"]


def test_a_government_sending_help_from_its_town_is_no_party(gazetteer: Gazetteer) -> None:
    text = _KOSOVO + (
        "The Albanian government is sending election software experts from Shkodër, and "
        "Albania has offered its own counting machines for the recount."
    )
    assert "AL" not in _countries(gazetteer, text)


def test_a_short_report_keeps_its_bar(gazetteer: Gazetteer) -> None:
    text = (
        "SKOPJE — North Macedonia's government met in Skopje on Monday to discuss roads to "
        "Ohrid and Bitola. Kumanovo and Tetovo asked for new bus lines. "
        "The Albanian prime minister said Tirana would support the plan."
    )
    assert _countries(gazetteer, text) == ["MK"]


#: A report filed from a river port abroad that names a region state only further down.
_DANUBE = (
    "BUCHAREST (Wire) — Romania has started dredging the lower Danube near Giurgiu after "
    "the river fell to a record low, and barges bound for Constanța wait at Calafat.\n\n"
    "Ports at Vidin and Ruse in Bulgaria reported the same, and the Romanian ministry in "
    "Bucharest said the works would last until October.\n\n"
    "Upstream, low water uncovered old wrecks near Prahovo in Serbia and slowed the "
    "turbines at the Iron Gates dams near Kladovo.\n\n"
    "Traders in Constanța and Bucharest expect rates to fall once rain returns."
)


def test_a_report_filed_abroad_is_about_its_place(gazetteer: Gazetteer) -> None:
    assert _countries(gazetteer, _DANUBE) == []


def test_a_report_filed_abroad_with_a_region_state_acting(gazetteer: Gazetteer) -> None:
    text = _DANUBE + (
        "\n\nIn Belgrade, the Serbian government asked Romania to share its dredging plans "
        "for the stretch below Kladovo."
    )
    assert "RS" in _countries(gazetteer, text)


def test_a_report_filed_abroad_that_leads_with_the_region(gazetteer: Gazetteer) -> None:
    text = "BRUSSELS — Serbia and Kosovo agreed on new crossings at Jarinje.\n\n" + _DANUBE
    assert "RS" in _countries(gazetteer, text)


def test_a_headline_name_is_read_as_the_body_reads_it(gazetteer: Gazetteer) -> None:
    text = (
        "BELGRADE, Maine — Volunteers at the boat launch on Great Pond check every trailer "
        "for weed before it goes into the lake.\n\n"
        "The town of Belgrade, in Kennebec County, sits among seven lakes, and Augusta pays "
        "for part of the work.\n\n"
        "The settlement took the name of the Serbian capital in the 1790s, and one inspector "
        "who visited Serbia keeps a postcard of the fortress above the Danube in her truck."
    )
    assert _countries(gazetteer, text, "Belgrade volunteers guard the lakes") == []
