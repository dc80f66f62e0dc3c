"""Checks on the sample corpus in data/samples/.

The demo, the tagger benchmarks and the timeline all read this corpus, so a malformed front matter
block or a silently edited seed article would skew every figure built on it. The front matter is
parsed here with a small local regex on purpose: the test must not depend on newsmap.ingest, whose
parser it helps to validate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "data" / "samples"
SEED_NAME = "2023-11-23-dw-nato-plan-for-the-balkans.txt"
# sha256 of the seed article exactly as received (no trailing newline). The body after the front
# matter must stay byte-identical so the tagger quality bar is measured on the original text.
SEED_BODY_SHA256 = "25d741a8f6c961ca8a8e8abd747ba58aa8ffaace60298d8c7878090c2b32b068"
BRIEF_SOURCE = "newsmap sample brief"
BRIEF_LANGUAGES = {"en", "sr", "sr-Cyrl", "hr", "bs", "cnr", "sq", "mk", "sl"}
LOCAL_LANGUAGES = BRIEF_LANGUAGES - {"en"}
# The language groups the demo's language filter and timeline show, five dated briefs each.
LANGUAGE_GROUPS = {
    "sr": "BCMS Latin",
    "hr": "BCMS Latin",
    "bs": "BCMS Latin",
    "cnr": "BCMS Latin",
    "sr-Cyrl": "BCMS Cyrillic",
    "sq": "Albanian",
    "mk": "Macedonian",
    "sl": "Slovenian",
}
YEARS = range(2019, 2026)
COUNTRY_NAMES = (
    "Albania",
    "Bosnia and Herzegovina",
    "Kosovo",
    "Montenegro",
    "North Macedonia",
    "Serbia",
)

_FRONT_MATTER = re.compile(r"\A---\n(?P<head>.*?)\n---\n(?P<body>.*)\Z", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[a-z_]+): (?P<value>.+)$")
_BRIEF_NAME = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")


@dataclass(frozen=True)
class Sample:
    """One corpus file split into its front matter fields and its body."""

    name: str
    meta: dict[str, str]
    body: str


def _parse(path: Path) -> Sample:
    """Split a file into front matter and body; fail loudly on anything malformed."""
    text = path.read_bytes().decode("utf-8")
    match = _FRONT_MATTER.match(text)
    assert match, f"{path.name}: no front matter block (--- ... ---)"
    meta: dict[str, str] = {}
    for line in match["head"].splitlines():
        field = _FIELD.match(line)
        assert field, f"{path.name}: bad front matter line {line!r}"
        assert field["key"] not in meta, f"{path.name}: duplicate key {field['key']!r}"
        meta[field["key"]] = field["value"].strip()
    return Sample(path.name, meta, match["body"])


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    return [_parse(p) for p in sorted(SAMPLES_DIR.iterdir()) if p.is_file()]


@pytest.fixture(scope="module")
def briefs(samples: list[Sample]) -> list[Sample]:
    return [s for s in samples if s.name != SEED_NAME]


@pytest.fixture(scope="module")
def seed(samples: list[Sample]) -> Sample:
    found = [s for s in samples if s.name == SEED_NAME]
    assert len(found) == 1, f"seed article {SEED_NAME} missing"
    return found[0]


def test_corpus_size(samples: list[Sample], briefs: list[Sample]) -> None:
    assert len(samples) >= 61
    assert len(briefs) >= 60


def test_only_expected_file_types() -> None:
    names = [p.name for p in SAMPLES_DIR.iterdir()]
    assert all(n == SEED_NAME or n.endswith(".md") for n in names), names


def test_seed_body_is_byte_identical(seed: Sample) -> None:
    digest = hashlib.sha256(seed.body.encode("utf-8")).hexdigest()
    assert digest == SEED_BODY_SHA256
    # The scraped-page chrome is kept on purpose: ingest must learn to drop it.
    assert seed.body.startswith("Flash News\n")
    assert seed.body.endswith("Taken from Deutsche Welle\n\nLatest news")


def test_seed_front_matter(seed: Sample) -> None:
    assert seed.meta == {
        "title": "What is NATO's plan for the Balkans?",
        "published": "2023-11-23",
        "source": "Deutsche Welle",
        "language": "en",
        "note": "The Skopje press conference it reports was on Wednesday 22 November 2023.",
    }


def test_every_file_has_required_fields(samples: list[Sample]) -> None:
    for s in samples:
        for key in ("title", "published", "source", "language"):
            assert s.meta.get(key), f"{s.name}: missing {key}"
        dt.date.fromisoformat(s.meta["published"])


def test_brief_front_matter(briefs: list[Sample]) -> None:
    for b in briefs:
        name = _BRIEF_NAME.match(b.name)
        assert name, f"{b.name}: expected YYYY-MM-DD-short-slug.md"
        published = dt.date.fromisoformat(b.meta["published"])
        assert published.year in YEARS, b.name
        assert name["date"] == b.meta["published"], f"{b.name}: file date != published"
        assert b.meta["source"] == BRIEF_SOURCE, b.name
        assert b.meta["language"] in BRIEF_LANGUAGES, b.name
        assert re.match(r"^https?://\S+$", b.meta.get("url", "")), f"{b.name}: bad url"
        assert set(b.meta) <= {"title", "published", "source", "url", "language"}, b.name


def test_brief_length(briefs: list[Sample]) -> None:
    for b in briefs:
        words = len(b.body.split())
        assert 80 <= words <= 250, f"{b.name}: {words} words"


def test_local_language_briefs(briefs: list[Sample]) -> None:
    groups: dict[str, int] = {}
    for b in briefs:
        if b.meta["language"] in LOCAL_LANGUAGES:
            group = LANGUAGE_GROUPS[b.meta["language"]]
            groups[group] = groups.get(group, 0) + 1
    assert set(groups) == set(LANGUAGE_GROUPS.values())
    assert min(groups.values()) >= 5, groups
    cyrillic = re.compile(r"[\u0400-\u04FF]")
    for b in briefs:
        if b.meta["language"] in {"sr-Cyrl", "mk"}:
            assert cyrillic.search(b.body), f"{b.name}: expected Cyrillic script"
        elif b.meta["language"] in LOCAL_LANGUAGES:
            assert not cyrillic.search(b.body), f"{b.name}: expected Latin script"


def test_local_briefs_open_with_a_dateline_or_a_dated_sentence(briefs: list[Sample]) -> None:
    """Every local brief names its day, so the demo's timeline shows it in its language."""
    weekday = re.compile(
        r"\b(?:u|у|në|të|во|в|v)\s+\w*(?:ned|pon|uto|sri|sre|čet|pet|sub|нед|пон|уто|сре|чет|пет|суб"
        r"|hën|mar|mër|enj|pre|sht|die|tor|sob)\w*",
        re.IGNORECASE,
    )
    for b in briefs:
        if b.meta["language"] in LOCAL_LANGUAGES:
            assert weekday.search(b.body), f"{b.name}: no weekday that dates the news"


def test_all_six_countries_named(samples: list[Sample]) -> None:
    corpus = "\n".join(s.body for s in samples)
    missing = [name for name in COUNTRY_NAMES if name not in corpus]
    assert missing == []


def test_every_year_covered(briefs: list[Sample]) -> None:
    years = {dt.date.fromisoformat(b.meta["published"]).year for b in briefs}
    assert set(YEARS) <= years


def test_bodies_and_titles_are_unique(samples: list[Sample]) -> None:
    bodies = [s.body.strip() for s in samples]
    titles = [s.meta["title"] for s in samples]
    assert len(set(bodies)) == len(bodies)
    assert len(set(titles)) == len(titles)
