"""Dated events from article text: temporal expressions, event typing, merging of reports.

The core of the timeline.  Pure functions over text and the shared model, standard library only,
so it runs in a batch job without the dashboard's dependencies.
"""

from newsmap.events.classify import classify_event, is_happening
from newsmap.events.extract import extract_events
from newsmap.events.merge import MergedEvent, merge_reports
from newsmap.events.sentences import split_sentences
from newsmap.events.temporal import TimeExpr, find_dates

__all__ = [
    "MergedEvent",
    "TimeExpr",
    "classify_event",
    "extract_events",
    "find_dates",
    "is_happening",
    "merge_reports",
    "split_sentences",
]
