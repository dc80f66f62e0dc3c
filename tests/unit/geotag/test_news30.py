"""English rules of the tuning30 round, each on made-up sentences.

- only a court named "of" its state spans the whole name ("the Court of Bosnia and
  Herzegovina"); its parliament, army, central bank or constitutional court give the state's
  name alone: ``state_bodies``;
- in a report of ordinary length (300 words) a region state speaking through its government
  is a party to another state's story: by adjective ("Serbian officials said"), by possessive
  ("Serbia's government rejected") or from its capital ("In Tirana, ministers said"), when
  the state is named outside that sentence too; its forces there stay history: ``story_states``;
- a South Slavic prefix before a name makes one village name ("Donja Jablanica", "Veliki
  Trnovac"), standing where the place inside it stands or where its context puts it; not a
  name known whole, a club's, a longer name or a paper's: ``prefixed_places``;
- places just across the borders the gazetteer lacked (Montana only in Bulgaria's context,
  Belogradchik, Vrashka Chuka, Baba Vida, Promachonas, Stara Gradiška), "East Sarajevo" as
  Istočno Sarajevo's English name, the Danube's Bulgarian and Romanian stretches: curated.
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.story_states import REPORT_LENGTH, VOICE_LENGTH


def _spans(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    return {m.surface: m.country for m in tag_text(gaz, text).mentions}


def test_a_court_of_a_state_spans_its_name(gazetteer: Gazetteer) -> None:
    text = "The Court of Bosnia and Herzegovina upheld the sentence on Friday."
    assert _spans(gazetteer, text) == {"Court of Bosnia and Herzegovina": "BA"}


def test_other_bodies_of_a_state_give_its_name_alone(gazetteer: Gazetteer) -> None:
    for body in ("Parliament", "Armed Forces", "Central Bank", "Constitutional Court"):
        text = f"A spokesman for the {body} of Montenegro said the plan would be reviewed."
        assert _spans(gazetteer, text) == {"Montenegro": "ME"}, body


#: A made-up Kosovo report of ordinary length: Kosovo in every paragraph, Serbia named once
#: in passing (a road to it), so that Serbia is below the bar on weight alone.
_REPORT = (
    "PRISTINA — Water engineers were still working on Sunday at a broken section of the "
    "main supply pipe near Podujevo, two days after a landslide cut the line that serves "
    "the capital and several towns on the plain.\n\n"
    "Households in Pristina, Fushë Kosovë and Obiliq were asked to save water, and schools "
    "in Lipjan closed early on Friday. Tankers brought drinking water to the hospital in "
    "Pristina and to care homes in Drenas.\n\n"
    "The utility said repairs would take until Wednesday. Crews from Prizren and Gjilan "
    "joined the local team on Saturday, and the army lent two pumps that can move water "
    "around the damaged stretch.\n\n"
    "Farmers near Vushtrri said their wells were low after a dry summer. The ministry of "
    "agriculture in Pristina promised help with fodder if the outage lasts into the "
    "autumn, when cattle are brought down from the hills.\n\n"
    "Traffic on the road north towards Serbia was diverted through Mitrovica while "
    "diggers cleared the slope. Police in Kosovo said the detour adds about forty minutes "
    "for lorries.\n\n"
    "In Gjakova and Peja the supply held, because both towns draw on their own springs. "
    "The mayor of Gjakova offered to send a tanker to Pristina each morning until the "
    "line is mended, and bakers in Peja said they would keep prices where they were.\n\n"
    "Engineers in Kosovo have warned for years that the pipe, laid in the 1980s, runs "
    "along slopes that slide in heavy rain. A study paid for by the utility proposed a "
    "second line through Ferizaj, but the money was never found.\n\n"
)


def _countries(gaz: Gazetteer, text: str) -> list[str]:
    return tag_text(gaz, text).countries


def test_the_report_alone_is_about_kosovo(gazetteer: Gazetteer) -> None:
    text = _REPORT + "Officials in Pristina said the pipe would be replaced next year."
    assert VOICE_LENGTH <= len(text) < REPORT_LENGTH
    assert _countries(gazetteer, text) == ["XK"]


def test_a_state_speaking_by_its_possessive(gazetteer: Gazetteer) -> None:
    text = _REPORT + "Serbia's government rejected any suggestion that it was to blame."
    assert VOICE_LENGTH <= len(text) < REPORT_LENGTH
    assert _countries(gazetteer, text) == ["XK", "RS"]


def test_a_state_speaking_from_its_capital(gazetteer: Gazetteer) -> None:
    text = _REPORT + "In Belgrade, the government office for the province called it sabotage."
    assert _countries(gazetteer, text) == ["XK", "RS"]
    text = _REPORT + "In Belgrade, religious leaders prayed for the workers on the slope."
    assert _countries(gazetteer, text) == ["XK"]


def test_a_state_speaking_by_its_adjective(gazetteer: Gazetteer) -> None:
    text = _REPORT + "Serbian officials said the outage showed the pipe had been neglected."
    assert _countries(gazetteer, text) == ["XK", "RS"]


def test_a_states_forces_in_a_short_report_are_history(gazetteer: Gazetteer) -> None:
    text = _REPORT + "The old pipe was shelled by Serbian forces in the last weeks of the war."
    assert len(text) < REPORT_LENGTH
    assert _countries(gazetteer, text) == ["XK"]


def test_a_prefix_and_a_known_town_name_a_village(gazetteer: Gazetteer) -> None:
    text = "MOSTAR — A landslide buried much of Donja Jablanica on Friday, police said."
    assert _spans(gazetteer, text) == {"MOSTAR": "BA", "Donja Jablanica": "BA"}


def test_a_prefix_and_an_unknown_name_is_a_village_of_its_context(gazetteer: Gazetteer) -> None:
    text = (
        "Bujanovac is short of water again. In the municipality, Veliki Trnovac has had no "
        "supply for a week."
    )
    found = _spans(gazetteer, text)
    assert found.get("Veliki Trnovac") == "RS"


def test_prefixed_names_that_are_no_village(gazetteer: Gazetteer) -> None:
    found = _spans(gazetteer, "Fans of FK Novi Pazar travelled to Belgrade.")
    assert "Novi Pazar" not in found
    found = _spans(gazetteer, "The Skopje daily Nova Makedonija printed the letter.")
    assert "Nova Makedonija" not in found
    found = _spans(gazetteer, "Trucks crossed the Mala Rijeka Viaduct near Podgorica.")
    assert "Mala Rijeka" not in found
    assert _spans(gazetteer, "The fair opened in Novi Sad on Monday.") == {"Novi Sad": "RS"}


def test_places_across_the_border(gazetteer: Gazetteer) -> None:
    text = (
        "The road from Sofia through Montana to Vidin is slow. Tourists visit Belogradchik "
        "and the Baba Vida fortress, and cross into Serbia at Vrashka Chuka."
    )
    found = _spans(gazetteer, text)
    assert found["Montana"] == "BG"
    assert found["Belogradchik"] == "BG"
    assert found["Vrashka Chuka"] == "BG"
    assert _spans(gazetteer, "Ranchers in Montana sold their cattle early.") == {}
    text = "Lorries queued at Promachonas on the Greek side of the border with Bulgaria."
    assert _spans(gazetteer, text)["Promachonas"] == "GR"
    assert _spans(gazetteer, "Police from East Sarajevo were sent.") == {"East Sarajevo": "BA"}


def test_the_danube_in_bulgaria(gazetteer: Gazetteer) -> None:
    text = "Vidin, in Bulgaria, sits on the Danube."
    assert _spans(gazetteer, text)["Danube"] == "BG"
