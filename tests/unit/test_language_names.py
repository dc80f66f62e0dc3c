"""The sidebar names every language the store can hold: each code the detector gives and
each code the bundled samples carry reads as an English name with the code beside it."""

from __future__ import annotations

import re
from pathlib import Path

from newsmap.ingest import language as detection
from newsmap.view.languages import by_name, language_label, language_name

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


def test_every_detected_code_and_every_samples_code_has_a_name():
    given = {
        detection.normalise_language(m.group(1))
        for path in SAMPLES.glob("*.md")
        if (m := re.search(r"^language:\s*(\S+)", path.read_text(encoding="utf-8"), re.M))
    }
    codes = {*detection._CODES.values(), "sh", "sr", *given}
    assert len(given) >= 5
    assert [code for code in codes if language_name(str(code)) == code] == []


def test_names_say_the_script_a_code_gives_or_implies():
    labels = [language_label(c) for c in ("sq", "sh", "sr", "sr-Cyrl", "SR-latn", "mk", "zz")]
    assert labels == [
        "Albanian (sq)",
        "Serbo-Croatian, Latin (sh)",
        "Serbian (sr)",
        "Serbian, Cyrillic (sr-Cyrl)",
        "Serbian, Latin (SR-latn)",
        "Macedonian (mk)",
        "zz",
    ]
    assert by_name(["sr-Cyrl", "sq", "sh", "en", "sq"]) == ["sq", "en", "sr-Cyrl", "sh"]
