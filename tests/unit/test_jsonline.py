"""`newsmap analyze`'s output line is what ``json.dumps(record, ensure_ascii=False)`` writes.

``cli.jsonline`` spells a record by hand, each place's part of a mention kept once encoded; every
line must be the standard encoder's, byte for byte: on the tagged sample articles, and on
records made of the values the encoder spells apart (non-finite and integer scores, missing
fields, quotes and control characters, ids of every JSON type).
"""

from __future__ import annotations

import dataclasses
import json
import math
from datetime import date

import pytest

from newsmap.cli.jsonline import record_line
from newsmap.geotag import Gazetteer
from newsmap.ingest import ReadItem, read_inputs
from newsmap.model import Event, Mention
from newsmap.pipeline import analyze
from newsmap.resources import samples_dir


def _standard(raw_id, countries, mentions, events, language) -> str:
    record = {
        "id": raw_id,
        "countries": countries,
        "mentions": [m.to_json() for m in mentions],
        "events": [e.to_json() for e in events],
        "language": language,
    }
    return json.dumps(record, ensure_ascii=False)


@pytest.fixture(scope="module")
def analyses():
    gaz = Gazetteer.from_path()
    items = read_inputs([str(samples_dir())], today=date(2100, 1, 1))
    return [analyze(gaz, i.article) for i in items if isinstance(i, ReadItem)]


def test_sample_articles_are_written_as_the_encoder_writes_them(analyses):
    assert sum(len(a.mentions) for a in analyses) > 500
    for a in analyses:
        line = record_line("x", a.countries, a.mentions, a.events, a.language)
        assert line == _standard("x", a.countries, a.mentions, a.events, a.language)
        assert json.loads(line)["mentions"] == [m.to_json() for m in a.mentions]


def _mention(**changes) -> Mention:
    fields = dict(
        start=3,
        end=9,
        surface="Skopje",
        place_id="gn:785842",
        name="Skopje",
        country="MK",
        admin1="Grad Skopje",
        level="city",
        lat=41.99646,
        lon=21.43141,
        score=0.97,
        metonymic=False,
    )
    fields.update(changes)
    return Mention(**fields)  # type: ignore[arg-type]


class _Text(str):
    """A str subclass: the encoder takes it for a string, and so must the line."""


class _Renamed(Mention):
    """A subclass whose surface is no field of its instance dictionary: read as an attribute."""

    @property  # type: ignore[misc]
    def surface(self) -> str:  # type: ignore[override]
        return "Üsküb"


def _renamed() -> Mention:
    m = _mention()
    fields = {f.name: getattr(m, f.name) for f in dataclasses.fields(Mention)}
    del fields["surface"]
    made = object.__new__(_Renamed)
    made.__dict__.update(fields)
    return made


def _with_extra_item() -> Mention:
    """A Mention whose dictionary holds one item more than its fields."""
    m = _mention(surface="Tetovo")
    m.__dict__["note"] = "kept apart"
    return m


ODD_MENTIONS = [
    _mention(),
    _renamed(),
    _with_extra_item(),
    _mention(score=1),
    _mention(score=math.nan),
    _mention(score=math.inf),
    _mention(score=-math.inf),
    _mention(score=True),
    _mention(lat=None, lon=None, country=None, admin1=None),
    _mention(lat=1e-7, lon=-0.0, metonymic=True),
    _mention(surface='Say "Skopje"\\ \n\t\x00\u2028 é Ш 😀'),
    _mention(surface=_Text("Skopje")),
    _mention(name='Kosovo "i Metohija"', place_id="cur:\x1f"),
    _mention(start=True, end=False),
]
EVENT = Event("2023-09-24", "day", "explicit", 'On "24"\n', 0, 8, 0, 40, "violence", ("XK",), ())
ODD_EVENTS = [
    EVENT,
    dataclasses.replace(EVENT, countries=("XK", "RS"), place_ids=("gn:1", 'cur:"\x1f')),
    dataclasses.replace(EVENT, surface="\\ \t\x00\u2028 é Ш 😀", type=_Text("riot")),
    dataclasses.replace(EVENT, countries=["XK"], place_ids=[]),  # type: ignore[arg-type]
    dataclasses.replace(EVENT, countries=("XK", _Text("RS")), place_ids=(None,)),  # type: ignore[arg-type]
    dataclasses.replace(EVENT, start=True, end=1.5, date=None),  # type: ignore[arg-type]
    # after the same tuples of strings were spelled (and kept): other member types
    dataclasses.replace(EVENT, countries=("XK", 1), place_ids=(["gn:1"],)),  # type: ignore[arg-type]
    dataclasses.replace(EVENT, countries=("XK",), place_ids=("gn:1", 'cur:"\x1f')),
]


@pytest.mark.parametrize("raw_id", ["a", 7, 1.5, None, True, ["x", 1], {"k": "é"}, '"\\'])
def test_odd_values_are_written_as_the_encoder_writes_them(raw_id):
    for mentions in ([], ODD_MENTIONS, ODD_MENTIONS[::-1]):
        for events in ([], [EVENT, EVENT], ODD_EVENTS):
            for language in (None, "sr-Cyrl"):
                for countries in (["XK", "RS"], [], ["XK", _Text("RS")], ("XK", 1)):
                    args = (raw_id, countries, mentions, events, language)
                    assert record_line(*args) == _standard(*args)  # type: ignore[arg-type]
