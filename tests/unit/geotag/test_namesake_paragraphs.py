"""A namesake abroad holds its paragraph (issue 16, out-of-region places): the places of a
town abroad named after a region town take the town abroad's state."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


def test_the_quarters_and_waters_of_a_namesake_abroad_are_abroad(gazetteer: Gazetteer) -> None:
    text = (
        "NOVI SAD - Farmers finished the harvest early.\n\n"
        "Far from here, another Belgrade lies in Maine. Its hamlets, Belgrade Lakes and "
        "South Belgrade, are quiet in winter."
    )
    found = _found(gazetteer, text)
    assert ("Belgrade Lakes", "US") in found and ("South Belgrade", "US") in found
    assert not any(c == "RS" and "Belgrade" in s for s, c in found)
