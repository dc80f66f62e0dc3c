"""Which of overlapping readings stands: the longest span, then the higher score.

A name inside a longer name ("Kosovo" in "Kosovo Serbs", "Skopje" in "Skopje City Mall") is
read by several rules at once; every later step (lists, metonymy, focus) needs one reading per
stretch of text.  Kept apart from ``resolve`` because the rule is the tagger's one contract on
spans, and tests compare it with the plain global greedy rule it must equal.
"""

from __future__ import annotations

from newsmap.geotag.choice import START_OF, Choice

__all__ = ["select_longest"]


def select_longest(choices: list[Choice], size: int) -> list[Choice]:
    """Longest span wins among overlapping choices; ties go to the higher score.

    Choices that overlap nothing are kept as they are; the greedy rule runs on each cluster
    of overlapping spans alone ("Kosovo" inside "Kosovo Serbs"), which decides exactly as
    running it on the whole list would, because spans in different clusters never compete.
    """
    ordered = sorted(choices, key=START_OF)
    taken: list[Choice] = []
    cluster: list[Choice] = []
    reach = -1
    for c in ordered:
        if c[0] >= reach:
            if len(cluster) > 1:
                taken.extend(_greedy(cluster))
            elif cluster:
                taken.append(cluster[0])
            cluster = [c]
            reach = c[1]
        else:
            cluster.append(c)
            if c[1] > reach:
                reach = c[1]
    if len(cluster) > 1:
        taken.extend(_greedy(cluster))
    elif cluster:
        taken.append(cluster[0])
    return taken


def _greedy(cluster: list[Choice]) -> list[Choice]:
    """Longest first, then higher score, then earlier; each kept unless it overlaps a kept one."""
    kept: list[Choice] = []
    for c in sorted(cluster, key=lambda c: (-(c.end - c.start), -c.score, c.start)):
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    kept.sort(key=START_OF)
    return kept
