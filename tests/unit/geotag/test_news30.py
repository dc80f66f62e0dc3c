"""English rules of the tuning30 round, each on made-up sentences.

- only a court named "of" its state spans the whole name ("the Court of Bosnia and
  Herzegovina"); its parliament, army, central bank or constitutional court give the state's
  name alone: ``state_bodies``;
- in a report of ordinary length (300 words) a region state speaking through its government
  is a party to another state's story: by adjective ("Serbian officials said"), by possessive
  ("Serbia's government rejected") or from its capital ("In Tirana, ministers said"), when
  the state is named outside that sentence too; its forces there stay history: ``story_states``.
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
