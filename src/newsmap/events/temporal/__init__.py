"""Temporal expressions: find the dates a news text names and resolve them against its publication.

A hand-written matcher rather than a general date parser, for three reasons analysts care about:
news uses a small set of date shapes; each must keep its true precision ("In May" is a month, not
the 1st of May, and "the 1990s" is a decade); and general parsers read "We", "may", "1,000
troops" or a phone number as dates.  Only the standard library is used, so the matcher stays fast
in batch runs.

The package follows the matcher's steps: ``rules`` lists the date shapes, one ``Rule`` record
each (pattern, handler, gate, anchor); ``spelling`` builds their patterns, ``gates`` the cheap
tests that skip them; ``absolute`` and ``relative`` hold the handlers that resolve a match
(their docstrings state the resolution rules); ``context`` reads the words and tense around a
date; ``find`` runs the rules over a text.
"""

from newsmap.events.temporal.english_tense import is_future_clause
from newsmap.events.temporal.find import find_dates
from newsmap.events.temporal.record import TimeExpr

__all__ = ["TimeExpr", "find_dates", "is_future_clause"]
