"""A selection in words and in file names: "Kosovo, 2023-09-01 to 2023-10-31", not "XK".

Captions, the page's subtitle and export file names all say what was selected; they take the
names from the geodata (`GeoData.area_names`), so a briefing never shows a code an analyst
has to translate.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from newsmap.query import Filters
from newsmap.view.languages import language_label


def _named(keys: Sequence[str], names: Mapping[str, str]) -> list[str]:
    return [names.get(k, k) for k in keys]


def dates_text(filters: Filters) -> str:
    """ "2023-09-01 to 2023-10-31", "from 2023-09-01", "up to ...", or "all dates"."""
    lo, hi = filters.date_from, filters.date_to
    if lo and hi:
        return f"{lo} to {hi}"
    if lo:
        return f"from {lo}"
    if hi:
        return f"up to {hi}"
    return "all dates"


def filters_text(filters: Filters, names: Mapping[str, str]) -> str:
    """One line for captions and the page's subtitle, areas by name.

    >>> f = Filters(countries=("XK", "RS"), event_types=("military_security",))
    >>> filters_text(f, {"XK": "Kosovo", "RS": "Serbia"})
    'all dates; Kosovo, Serbia; events: military security'
    >>> filters_text(Filters(languages=("sq", "mk")), {})
    'all dates; all countries; in Albanian (sq), Macedonian (mk)'
    """
    parts = [dates_text(filters)]
    countries = _named(filters.countries, names)
    parts.append(", ".join(countries) if countries else "all countries")
    if filters.admin1:
        parts.append("units: " + ", ".join(_named(filters.admin1, names)))
    if filters.event_types:
        parts.append("events: " + ", ".join(t.replace("_", " ") for t in filters.event_types))
    if filters.sources:
        parts.append("sources: " + ", ".join(filters.sources))
    if filters.languages:
        parts.append("in " + ", ".join(language_label(c) for c in filters.languages))
    if filters.text:
        parts.append(f"text: “{filters.text}”")
    return "; ".join(parts)


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, for file names.

    >>> slug("Zvečan & Leposavić")
    'zvecan-leposavic'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def file_stem(filters: Filters, level: str, metric: str, names: Mapping[str, str]) -> str:
    """What an export is named after: where, when, which polygons, what is counted.

    >>> from datetime import date
    >>> f = Filters(date_from=date(2023, 9, 1), date_to=date(2023, 10, 31), countries=("XK",))
    >>> file_stem(f, "admin1", "articles", {"XK": "Kosovo"})
    'kosovo-2023-09-01_2023-10-31-admin1-articles'
    """
    areas = _named(filters.admin1, names) or _named(filters.countries, names)
    where = slug("-".join(areas))[:60].strip("-") or "western-balkans"
    lo, hi = filters.date_from, filters.date_to
    when = f"{lo or 'start'}_{hi or 'now'}" if lo or hi else "all-dates"
    return f"{where}-{when}-{level}-{metric}"
