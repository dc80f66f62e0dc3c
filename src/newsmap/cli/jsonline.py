"""`newsmap analyze`'s output line, spelled exactly as ``json.dumps(record, ensure_ascii=False)``.

Encoding a document's mentions was a fifth of the command's time outside the tagger: every
mention repeats its place's id, name, country, region, level and coordinates, and the encoder
spelled them (the floats above all) again each time.  Here each place's part of a mention is
encoded once and kept, and a mention's own fields (offsets, surface, score) are joined to it.
tests/unit/test_jsonline.py holds every line to ``json.dumps`` of the record.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any

from newsmap.model import Event, Mention

_PLACE_FIELDS = ("place_id", "name", "country", "admin1", "level", "lat", "lon")
# Past this many different places the kept parts are dropped and encoded afresh: the region's
# gazetteer has some thousands, so only a much larger custom one ever reaches it.
_MOST_PLACES = 100_000
_places: dict[tuple[Any, ...], str] = {}


def record_line(
    raw_id: Any,
    countries: Sequence[str],
    mentions: Sequence[Mention],
    events: Sequence[Event],
    language: str | None,
) -> str:
    """The JSON text of one output record (DESIGN.md section 4), without the newline.

    Spelled as one f-string: the line is built once at its full length, where a chain of
    ``+`` copied the growing line (its mentions most of it) at every part."""
    # a string is what the encoder spells with ``encode_basestring`` (its own Python-level
    # call costs more than the string's spelling)
    spelt_id = encode_basestring(raw_id) if type(raw_id) is str else _dumps(raw_id)
    if language is None:
        spelt_language = "null"
    elif type(language) is str:
        spelt_language = encode_basestring(language)
    else:
        spelt_language = _dumps(language)
    return (
        f'{{"id": {spelt_id}, '
        f'"countries": {_strings(tuple(countries)) or _dumps(list(countries))}, '
        f'"mentions": [{", ".join(map(_mention, mentions))}], '
        f'"events": [{", ".join(map(_event, events))}], '
        f'"language": {spelt_language}}}'
    )


#: ``json.dumps(value, ensure_ascii=False)``: that call builds a new encoder every time (its
#: arguments differ from the module's default one), which cost more than encoding a short value.
_dumps = json.JSONEncoder(ensure_ascii=False).encode


def _mention(mention: Mention) -> str:
    """``json.dumps(m.to_json())``: its place's fields from the kept part, the rest spelled here."""
    # read untyped: compiled, a field read as its declared type would be converted (an integer
    # ``lat`` to a float) or refused (a string ``start``) before the checks below see it
    m: Any = mention
    # a plain Mention's fields are its instance dictionary's items: read there, each costs a
    # look-up, where an attribute read of an interpreted class walks the type first (a tenth
    # of the line); anything else (a subclass, a field missing) is read as attributes
    fields: Any = m.__dict__ if type(m) is Mention else None
    if fields is None or len(fields) != _FIELD_COUNT:
        fields = {name: getattr(m, name) for name in _MENTION_FIELDS}
    key = (
        fields["place_id"],
        fields["name"],
        fields["country"],
        fields["admin1"],
        fields["level"],
        fields["lat"],
        fields["lon"],
    )
    place = _places.get(key)
    if place is None:
        if len(_places) >= _MOST_PLACES:
            _places.clear()
        place = _places[key] = _dumps(dict(zip(_PLACE_FIELDS, key, strict=True)))[1:-1]
    start: Any = fields["start"]
    end: Any = fields["end"]
    surface: Any = fields["surface"]
    score: Any = fields["score"]
    metonymic: Any = fields["metonymic"]
    if not (
        type(start) is int
        and type(end) is int
        and type(surface) is str
        and type(score) is float
        and score - score == 0  # finite: the encoder spells NaN and the infinities apart
        and type(metonymic) is bool
    ):
        return _dumps(m.to_json())
    flag = "true" if metonymic else "false"
    spelt = _scores.get(score) if score else None  # 0.0 and -0.0 are one key, two spellings
    if spelt is None:
        spelt = repr(score)
        if len(_scores) < _MOST_PLACES:
            _scores[score] = spelt
    return (
        f'{{"start": {start}, "end": {end}, "surface": {encode_basestring(surface)}, {place}, '
        f'"score": {spelt}, "metonymic": {flag}}}'
    )


#: Every field of a Mention, as its instance dictionary holds them.
_MENTION_FIELDS = tuple(f.name for f in dataclasses.fields(Mention))
_FIELD_COUNT = len(_MENTION_FIELDS)


#: Each score's spelling: a float's shortest repr is worked out digit by digit, and a
#: document's mentions share a few dozen scores (rounded to three places) with every other's.
_scores: dict[float, str] = {}


#: The JSON of each tuple of strings spelled so far: an event's countries and place ids are a
#: few of the document's, repeated by every event of a sentence and by the next documents.
_lists: dict[tuple[str, ...], str] = {}


def _strings(values: Any) -> str | None:
    """``json.dumps(list(values))`` for a tuple of strings, or None for anything else."""
    if type(values) is not tuple:
        return None
    try:
        found = _lists.get(values)
    except TypeError:  # an unhashable member: no tuple of strings
        return None
    if found is None:
        if not all(type(v) is str for v in values):
            return None
        if len(_lists) >= _MOST_PLACES:
            _lists.clear()
        found = _lists[values] = "[" + ", ".join(map(encode_basestring, values)) + "]"
    return found


def _event(event: Event) -> str:
    """``json.dumps(e.to_json())``, spelled here for the usual field types (strings, integers,
    tuples of strings); any other value goes through the encoder."""
    e: Any = event  # read untyped, as in ``_mention``
    countries, place_ids = _strings(e.countries), _strings(e.place_ids)
    date: Any = e.date
    precision: Any = e.precision
    source: Any = e.date_source
    surface: Any = e.surface
    etype: Any = e.type
    start: Any = e.start
    end: Any = e.end
    s0: Any = e.sentence_start
    s1: Any = e.sentence_end
    # each field's type told one by one: a generator over a tuple of them cost more than the
    # rest of the spelling
    if (
        countries is None
        or place_ids is None
        or type(date) is not str
        or type(precision) is not str
        or type(source) is not str
        or type(surface) is not str
        or type(etype) is not str
        or type(start) is not int
        or type(end) is not int
        or type(s0) is not int
        or type(s1) is not int
    ):
        return _dumps(e.to_json())
    return (
        f'{{"date": {encode_basestring(date)}, "precision": {encode_basestring(precision)}, '
        f'"date_source": {encode_basestring(source)}, "surface": {encode_basestring(surface)}, '
        f'"start": {start}, "end": {end}, "sentence_start": {s0}, "sentence_end": {s1}, '
        f'"type": {encode_basestring(etype)}, "countries": {countries}, '
        f'"place_ids": {place_ids}}}'
    )
