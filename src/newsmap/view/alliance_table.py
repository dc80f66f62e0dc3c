"""The alliance overlay in words: each country's NATO and EU status on a day, as table rows.

The map shows status as colour; an analyst writing a briefing needs the sentence ("member
since 2017-06-05"), so the page puts the same facts in a small table beside the map.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import pandas as pd

from newsmap import overlays

#: How each status reads in a sentence.
STATUS_WORDS = {
    "member": "member",
    "map": "Membership Action Plan",
    "pfp": "Partnership for Peace",
    "ipap": "PfP with an IPAP",
    "candidate": "candidate",
    "applicant": "applicant",
    "potential_candidate": "potential candidate",
    "none": "neither",
}


def status_text(status: overlays.Status | None) -> str:
    """ "member since 2017-06-05", "neither", or a dash when the table says nothing.

    >>> status_text(overlays.Status("member", date(2017, 6, 5)))
    'member since 2017-06-05'
    """
    if status is None:
        return "—"
    label = STATUS_WORDS.get(status.status, status.status)
    if status.status != overlays.NONE and status.since is not None:
        return f"{label} since {status.since.isoformat()}"
    return label


def alliance_rows(
    alliances: pd.DataFrame, as_of: date, codes: Sequence[str], names: Mapping[str, str]
) -> list[dict[str, Any]]:
    """One row per country in `codes`: its name, NATO and EU status on `as_of`."""
    nato = overlays.statuses_as_of(alliances, "NATO", as_of)
    eu = overlays.statuses_as_of(alliances, "EU", as_of)
    return [
        {
            "country": names.get(code, code),
            "NATO": status_text(nato.get(code)),
            "EU": status_text(eu.get(code)),
        }
        for code in codes
    ]
