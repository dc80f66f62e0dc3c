"""A forecast's sentences: weather words and no verb of the past, so their days lie ahead.

"Weather for the weekend: light rain on Saturday evening, dry and cooler on Sunday", "The
weather: dry and cold tonight, with minus eight in the capital": a forecast names its days
without a verb of the future, and what it tells is to come.
"""

from __future__ import annotations

from typing import Final

from newsmap.events.temporal.context import words_of

__all__ = ["is_forecast"]

WEATHER_WORDS: Final = frozenset(
    "weather forecast rain rainy showers shower snow snowfall sleet hail storms storm "
    "thunderstorms sunny sunshine cloudy clouds cloud fog foggy frost wind winds windy dry cold "
    "colder cool cooler warm warmer hot hotter highs lows temperatures degrees minus clearing "
    "drizzle overcast mild heat heatwave".split()
)
# How many different weather words make a forecast's sentence.
_ENOUGH: Final = 2


def is_forecast(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` (within its line) speaks of the weather: two weather
    words or more."""
    line = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    stop = len(text) if stop < 0 else stop
    lo = max(line, text.rfind(". ", line, pos) + 1)
    hi = text.find(". ", pos, stop)
    found = {w for w in words_of(text, lo, stop if hi < 0 else hi) if w.lower() in WEATHER_WORDS}
    return len({w.lower() for w in found}) >= _ENOUGH
