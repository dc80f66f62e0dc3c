"""Why a name became (or did not become) a place: every candidate's verdict, for analysts.

``Mention.reason`` says why the winner won ("capital; XK supported; unambiguous name").  An
analyst who asks "why is this Pristina and not the village?" or "why was Bar not tagged?"
also wants the losers: ``explain`` runs the same rules on every candidate of every name and
lists each verdict.  It is a debugging path, not part of ``newsmap analyze``'s output.

Run: ``python -m newsmap.geotag.explain "Talks between Belgrade and Pristina stalled."``
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate, DemonymWord
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.geotag.metonymy import decide
from newsmap.geotag.resolve import resolve
from newsmap.geotag.rules import judge, key_facts
from newsmap.model import Mention


@dataclass(frozen=True)
class Verdict:
    """One candidate place for one name: its score, or None when a rule rejected it."""

    place_id: str
    name: str
    country: str | None
    level: str
    score: float | None
    reason: str


@dataclass(frozen=True)
class NameReport:
    """A name found in the text, what it became and how each candidate fared."""

    start: int
    end: int
    surface: str
    mention: Mention | None  # the mention covering exactly this span, if any
    covered_by: Mention | None  # a longer mention this name lies inside, if any
    verdicts: tuple[Verdict, ...]
    notes: tuple[str, ...]  # demonym roles, metonymy for capitals


def explain(gaz: Gazetteer, text: str) -> list[NameReport]:
    """Every name the matcher found in ``text``, with the verdict on each candidate."""
    mentions = resolve(gaz, text)
    hits, folded = gaz.matcher.scan(text, capitalised=True)
    doc = Doc(gaz, text, hits, folded)
    reports = []
    for hit in hits:
        exact = next((m for m in mentions if (m.start, m.end) == (hit.start, hit.end)), None)
        covering = next(
            (m for m in mentions if m.start <= hit.start and hit.end <= m.end and m is not exact),
            None,
        )
        verdicts = []
        notes = []
        cands = hit.value
        for cand, facts in zip(cands, key_facts(gaz, hit.key, cands), strict=True):
            if isinstance(cand, DemonymWord):
                notes.append(f"demonym of {cand.country} ({cand.role})")
                continue
            if facts is None or not isinstance(cand, Candidate):
                continue
            place = gaz.places[cand.place]
            score, reason = judge(doc, hit, cand, facts)
            verdicts.append(
                Verdict(place.place_id, place.name, place.country, place.level, score, reason)
            )
            if cand.place in gaz.capitals:
                meto, why = decide(doc, hit)
                notes.append(f"{'metonymic' if meto else 'literal'} capital: {why}")
        reports.append(
            NameReport(
                hit.start,
                hit.end,
                text[hit.start : hit.end],
                exact,
                covering,
                tuple(verdicts),
                tuple(notes),
            )
        )
    return reports


def format_report(report: NameReport) -> str:
    """A few lines an analyst can read: the name, its outcome, then each candidate."""
    head = f"{report.surface!r} [{report.start}:{report.end}]"
    if report.mention is not None:
        m = report.mention
        head += f" -> {m.name} ({m.country}, {m.level}, {m.score}): {m.reason}"
    elif report.covered_by is not None:
        head += f" -> inside {report.covered_by.surface!r}"
    else:
        head += " -> not a place"
    lines = [head]
    for v in report.verdicts:
        outcome = "rejected" if v.score is None else f"{v.score:.3f}"
        lines.append(f"    {v.place_id} {v.name} ({v.country}, {v.level}): {outcome}: {v.reason}")
    lines.extend(f"    note: {n}" for n in report.notes)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = " ".join(args) if args else sys.stdin.read()
    gaz = Gazetteer.from_path()
    for report in explain(gaz, text):
        print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
