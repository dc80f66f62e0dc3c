"""Rebuild src/newsmap/lexicon/cldr.json, the region's calendar words, from CLDR through babel.

The date matcher reads month and weekday names, relative days ("jučer", "dje", "вчера"), relative
weeks, months and years ("prošle godine", "javën e kaluar") and "N days ago" patterns from this
file; the case forms CLDR lacks are generated from them by rule in ``newsmap.lexicon.local``.
Written once here so that reading news needs no babel at run time and starts in milliseconds.

    .venv/bin/python scripts/build_lexicon.py
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale, __version__

OUT = Path(__file__).resolve().parents[1] / "src" / "newsmap" / "lexicon" / "cldr.json"
# Montenegrin has no CLDR locale of its own: Serbian Latin as used in Montenegro stands for it.
LOCALES = ("hr", "bs", "sr", "sr_Latn", "sr_Latn_ME", "sq", "mk", "sl")
UNITS = ("day", "week", "month", "year")
WEEKDAY_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _locale_words(code: str) -> dict:
    loc = Locale.parse(code)
    fields = loc._data["date_fields"]  # babel exposes CLDR's relative fields only here

    def relative(field: str) -> dict[str, str]:
        return {str(k): v for k, v in sorted(fields[field]["relative"].items())}

    def patterns(field: str, way: str) -> list[str]:
        return sorted(set(fields[field][way].values()))

    return {
        "months": {
            "format": [loc.months["format"]["wide"][i] for i in range(1, 13)],
            "stand-alone": [loc.months["stand-alone"]["wide"][i] for i in range(1, 13)],
        },
        # Monday first, as date.weekday() counts.
        "weekdays": {
            "format": [loc.days["format"]["wide"][i] for i in range(7)],
            "stand-alone": [loc.days["stand-alone"]["wide"][i] for i in range(7)],
        },
        "relative": {u: relative(u) for u in UNITS},
        "relative_weekdays": [relative(f) for f in WEEKDAY_FIELDS],
        "past": {u: patterns(u, "past") for u in UNITS},
        "future": {u: patterns(u, "future") for u in UNITS},
    }


def build() -> dict:
    return {
        "source": f"CLDR through babel {__version__}",
        "locales": {code: _locale_words(code) for code in LOCALES},
    }


def main() -> None:
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
