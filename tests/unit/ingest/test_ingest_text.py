"""Plain-text articles: front matter, and the chrome of copied pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsmap.errors import IngestError
from newsmap.ingest.text import parse_text, split_front_matter, strip_page_chrome

SEED = Path(__file__).resolve().parents[3] / "data" / "samples"
SEED_FILE = SEED / "2023-11-23-dw-nato-plan-for-the-balkans.txt"


def test_scraped_page_chrome_is_peeled(data_dir: Path, today: date) -> None:
    a = parse_text((data_dir / "scraped-page.txt").read_text(), today=today)
    assert a.title == "Bridge reopens over the Ibar in Mitrovica"
    assert a.source == "Balkan Desk"
    assert a.text.startswith("Pedestrians crossed the main bridge in Mitrovica")
    assert a.text.endswith("review the arrangement in March.")
    for chrome in ("Breaking news", "Latest news", "Source:", "Bridge reopens"):
        assert chrome not in a.text
    # A heading in the middle of the article stays: only the edges are chrome.
    assert "\nWhat changes for residents\n" in a.text


def test_seed_article_without_front_matter(today: date) -> None:
    _, raw = split_front_matter(SEED_FILE.read_text(encoding="utf-8"))
    a = parse_text(raw, today=today)
    assert a.title == "What is NATO's plan for the Balkans?"
    assert a.source == "Deutsche Welle"
    assert a.published is None
    assert a.text.startswith("The Secretary General of NATO")
    assert a.text.endswith("Zoric told DW.")
    assert "Flash News" not in a.text and "Latest news" not in a.text
    assert "Taken from" not in a.text and "What is NATO's plan" not in a.text


def test_seed_article_with_front_matter(today: date) -> None:
    a = parse_text(SEED_FILE.read_text(encoding="utf-8"), today=today)
    assert (a.title, a.source, a.published, a.language) == (
        "What is NATO's plan for the Balkans?",
        "Deutsche Welle",
        date(2023, 11, 23),
        "en",
    )
    assert a.text.startswith("The Secretary General of NATO")
    assert "Flash News" not in a.text and "Latest news" not in a.text


def test_front_matter_fields_win(data_dir: Path, today: date) -> None:
    a = parse_text((data_dir / "front-matter.md").read_text(), today=today)
    assert a.title == "Municipal vote called in Tetovo"
    assert a.published == date(2024, 3, 18)
    assert a.source == "Regional Wire"
    assert a.url == "https://example.org/tetovo-vote"
    assert a.language == "en"
    # The body's first short line is not mistaken for a headline when front matter has one.
    assert a.text.startswith("Short heading line\n\nThe election commission in Skopje")


def test_markdown_heading_becomes_title(today: date) -> None:
    a = parse_text("# Ferry resumes on Lake Ohrid\n\nThe ferry runs again since May.", today=today)
    assert a.title == "Ferry resumes on Lake Ohrid"
    assert a.text == "The ferry runs again since May."


def test_plain_paragraph_is_not_a_title(today: date) -> None:
    body = "Officials met in Skopje on Monday.\n\nThey agreed to meet again."
    a = parse_text(body, today=today)
    assert a.title is None
    assert a.text == body


def test_crlf_is_normalised_so_offsets_are_stable(today: date) -> None:
    a = parse_text("Headline here\r\n\r\nFirst line.\r\nSecond line.\r\n", today=today)
    assert a.title == "Headline here"
    assert a.text == "First line.\nSecond line."


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("future.md", "2999-01-01 is in the future"),
        ("bad-date.md", "'sometime last spring' is not a date"),
        ("unclosed.md", "is not 'key: value'"),
        ("chrome-only.txt", "only a headline or page chrome"),
        ("blank.txt", "empty file"),
    ],
)
def test_bad_text_files(data_dir: Path, today: date, name: str, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        parse_text((data_dir / name).read_text(), today=today)


def test_front_matter_never_closed(today: date) -> None:
    with pytest.raises(IngestError, match="never closed"):
        parse_text("---\ntitle: x\n", today=today)


def test_credit_line_at_the_top(today: date) -> None:
    title, source, body = strip_page_chrome("Source: Tirana Times\n\nA short report here.")
    assert (title, source, body) == (None, "Tirana Times", "A short report here.")
