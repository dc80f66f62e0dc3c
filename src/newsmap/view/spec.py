"""What a map shows, as one typed record: its polygons, what they count, the overlays, the day.

Why: the choropleth, the alliance overlays and the markers each need some of the same choices.
Handed down as a dozen keyword arguments through four functions they drifted apart (the EU
layer was switched on by matching its display name); one frozen `MapSpec` travels instead, and
each layer builder reads the fields it needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from newsmap.errors import InvalidFilterError
from newsmap.query import LEVELS, METRICS

#: Alliance overlays a map can draw, as of its date.
OVERLAYS: tuple[str, ...] = ("nato", "eu")
#: The organisation each overlay draws (the name in data/geo/alliances.csv).
OVERLAY_ORG = {"nato": "NATO", "eu": "EU"}


def check_view(level: str, metric: str, overlays: Sequence[str]) -> None:
    """Raise InvalidFilterError naming the first choice newsmap cannot draw.

    >>> check_view("admin1", "events", ("eu",))
    >>> check_view("district", "articles", ())
    Traceback (most recent call last):
    ...
    newsmap.errors.InvalidFilterError: level 'district' is not one of country, admin1
    """
    if level not in LEVELS:
        raise InvalidFilterError(f"level {level!r} is not one of {', '.join(LEVELS)}")
    if metric not in METRICS:
        raise InvalidFilterError(f"metric {metric!r} is not one of {', '.join(METRICS)}")
    if isinstance(overlays, str):
        raise TypeError("overlays must be a tuple such as ('nato',), not a string")
    for name in overlays:
        if name not in OVERLAYS:
            raise InvalidFilterError(f"overlay {name!r} is not one of {', '.join(OVERLAYS)}")


def level_key(level: str) -> str:
    """The id column of a level's polygons: ``code`` for countries, ``id`` for admin-1 units."""
    return "code" if level == "country" else "id"


@dataclass(frozen=True)
class MapSpec:
    """Every choice that decides the map's layers; hashable, so a rendered map can be cached.

    Parameters
    ----------
    as_of : date
        The day alliance statuses and mission strengths are drawn for (the end of the date
        filter in the dashboard and exports).
    level : {"country", "admin1"}
        Polygons of the choropleth.
    metric : {"articles", "mentions", "events"}
        What the choropleth counts.
    per_100k : bool
        Colour by count per 100,000 people.
    overlays : tuple of {"nato", "eu"}
        Alliance overlays to draw (each switched on); NATO brings the mission camps.
    places : bool
        Draw the clustered place markers.
    """

    as_of: date
    level: str = "country"
    metric: str = "articles"
    per_100k: bool = False
    overlays: tuple[str, ...] = ()
    places: bool = True

    def __post_init__(self) -> None:
        check_view(self.level, self.metric, self.overlays)

    @property
    def key(self) -> str:
        """The id column of this level's polygons."""
        return level_key(self.level)

    def metric_label(self) -> str:
        """ "Articles", "Mentions per 100k people": the legend's and tooltips' title."""
        label = self.metric.capitalize()
        return f"{label} per 100k people" if self.per_100k else label
