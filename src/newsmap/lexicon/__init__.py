"""Calendar words of the languages newsmap reads: month and weekday names and their forms.

One lexicon for every reader of dates, so the date an article was published (``ingest.dates``)
and the dates its text names (``events.temporal``) are read from the same words.
"""

from newsmap.lexicon.months import EN_MONTH_ABBR, EN_MONTHS, EN_WEEKDAYS, LOCAL_MONTHS, MONTHS

__all__ = ["EN_MONTHS", "EN_MONTH_ABBR", "EN_WEEKDAYS", "LOCAL_MONTHS", "MONTHS"]
