"""What a state adjective describes without naming the state: media, culture, firms, goods.

"Serbian tabloids", "an Albanian documentary", "a Croatian broadcaster", "the Chinese firm",
"American goods", "Serbian tourists": the adjective says where a paper, a film, a company, a
product or a visitor comes from, not that the state or its institutions act, so the phrase is
no mention of the state (the conventions list such phrases as look-alikes, a public
broadcaster among them).  Kept apart from ``words`` so that the list stays one job's.
"""

from __future__ import annotations

__all__ = ["PRIVATE_NOUNS"]

#: The first word after the adjective that makes the phrase a private thing's, not the state's.
PRIVATE_NOUNS: frozenset[str] = frozenset(
    """
    media tabloid tabloids newspaper newspapers daily dailies broadcaster broadcasters outlet
    outlets portal portals channel channels television tv streaming
    documentary documentaries film films movie movies drama dramas series novel novels cookbook
    actor actors actress actresses filmmaker filmmakers producer producers singer singers band
    bands writer writers novelist novelists artist artists
    firm firms company companies consortium manufacturer manufacturers brand brands bakery
    bakeries goods products wine wines club clubs
    tourists holidaymakers crew family
    """.split()
)
