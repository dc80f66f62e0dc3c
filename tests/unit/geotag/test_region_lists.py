"""Document countries: a list of five region states or more in one phrase is the region's story.

On the tuning sets this moved document-country F1 from 0.921 to 0.957 (tuning26_news), 0.911
to 0.932 (tuning25_news) and 0.872 to 0.950 (local_tuning13); the other sets stayed the same.
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.region_lists import listed_states

#: A summit hosted in Montenegro: the host in every paragraph, the guests listed once.
_SUMMIT = (
    "BUDVA — Ministers of the region gathered in Budva on Thursday for a two-day meeting on "
    "rail links, hosted by Montenegro's transport ministry at a hotel above the old town.\n\n"
    "The ministers of Albania, Serbia, Kosovo, North Macedonia and Bosnia and Herzegovina "
    "signed a plan to run one timetable for night trains across the six by 2030.\n\n"
    "Officials in Podgorica said the line from Bar to Podgorica would be the first to be "
    "rebuilt, and that work near Kolašin and Mojkovac could start in the spring. Budva's "
    "mayor thanked the guests and took them on a boat trip to Petrovac and Sveti Stefan.\n\n"
    "Montenegro will host the next round in Kotor, and engineers from Nikšić and Cetinje "
    "will draw up the plans for the Bar line before then, the ministry said.\n\n"
)

#: A meeting abroad that lists the region's delegations among others: about none of them.
_ABROAD = (
    "OSLO — Delegations from forty states met in Oslo on Friday to discuss fishing quotas. "
    "From the Balkans, Albania, Montenegro, Serbia, Kosovo and North Macedonia sent "
    "observers. Norway's fisheries minister said talks in Bergen and Tromsø would follow.\n\n"
    "Fishermen in Bergen and Tromsø said the quotas were too low, and a union in Oslo "
    "called for a strike in Stavanger and Ålesund if the plan went ahead.\n\n"
)


def test_a_list_of_five_states_is_the_regions_story(gazetteer: Gazetteer) -> None:
    countries = tag_text(gazetteer, _SUMMIT).countries
    assert countries[0] == "ME"
    assert sorted(countries) == ["AL", "BA", "ME", "MK", "RS", "XK"]


def test_a_list_in_a_story_about_none_of_them_adds_none(gazetteer: Gazetteer) -> None:
    assert tag_text(gazetteer, _ABROAD).countries == []


def test_only_a_list_of_five_counts(gazetteer: Gazetteer) -> None:
    five = "Firms from Albania, Serbia, Kosovo, Montenegro and North Macedonia came."
    four = "Firms from Albania, Serbia, Kosovo and Montenegro came. North Macedonia did not."
    assert listed_states(five, tag_text(gazetteer, five).mentions) == [
        "AL",
        "RS",
        "XK",
        "ME",
        "MK",
    ]
    assert listed_states(four, tag_text(gazetteer, four).mentions) == []
