"""JSON, JSON Lines, CSV, feeds and HTML: each entry is an article or a named rejection."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsmap.errors import IngestError
from newsmap.ingest.csvfmt import parse_csv
from newsmap.ingest.feed import parse_feed
from newsmap.ingest.fields import Entry
from newsmap.ingest.html import html_to_text, parse_html
from newsmap.ingest.jsonfmt import parse_json, parse_jsonl


def _summary(entries: list[Entry]) -> list[tuple[str | None, str]]:
    """(where, title or error) per entry: the whole outcome of a reader in one value."""
    return [(e.where, e.article.title if e.article else f"ERR {e.error}") for e in entries]


def test_jsonl_rejects_bad_lines_and_keeps_the_rest(data_dir: Path, today: date) -> None:
    entries = list(parse_jsonl((data_dir / "lines.jsonl").read_text(), today=today))
    assert _summary(entries) == [
        ("line 1", "Ohrid tourism record"),
        ("line 2", "Novi Pazar flood clean-up"),
        ("line 4", "ERR no text (expected a non-empty field: text, body, content)"),
        ("line 5", "ERR published date 2999-05-21 is in the future (today is 2026-11-26)"),
        (
            "line 6",
            "ERR published date 'the thirty-second of Maytember' is not a date newsmap can "
            "read (use YYYY-MM-DD)",
        ),
        ("line 7", "ERR invalid JSON: Expecting ',' delimiter at column 25"),
        ("line 8", "Banja Luka assembly session"),
    ]
    assert entries[0].article is not None
    assert entries[0].article.published == date(2023, 9, 1)


def test_json_array_with_loose_field_names(data_dir: Path, today: date) -> None:
    entries = list(parse_json((data_dir / "many.json").read_text(), today=today))
    assert _summary(entries) == [
        ("entry 1", "Tirana council approves budget"),
        ("entry 2", "ERR no text (expected a non-empty field: text, body, content)"),
        ("entry 3", "ERR expected an object with a text field, got str"),
        ("entry 4", "Podgorica tram study"),
    ]
    tram = entries[3].article
    assert tram is not None
    assert (tram.published, tram.source) == (date(2023, 12, 15), "Coastal Times")


def test_json_object_and_wrapped_list(data_dir: Path, today: date) -> None:
    one = list(parse_json((data_dir / "one.json").read_text(), today=today))
    assert _summary(one) == [("object", "Border crossing reopens at Merdare")]
    assert one[0].article is not None and one[0].article.url == "https://example.org/merdare"
    wrapped = list(parse_json((data_dir / "wrapped.json").read_text(), today=today))
    assert _summary(wrapped) == [("entry 1", "Sarajevo air quality warning")]


@pytest.mark.parametrize(
    ("text", "message"),
    [("{broken", "invalid JSON at line 1, column 2"), ("42", "got int"), ("[]", "empty JSON")],
)
def test_json_whole_file_errors(text: str, message: str, today: date) -> None:
    with pytest.raises(IngestError, match=message):
        list(parse_json(text, today=today))


def test_csv_semicolons_and_dotted_dates(data_dir: Path, today: date) -> None:
    entries = list(parse_csv((data_dir / "export.csv").read_text(), today=today))
    assert _summary(entries) == [
        ("line 2", "Shkodër lake levels rise"),
        ("line 3", "ERR no text (expected a non-empty field: text, body, content)"),
        ("line 4", "Budva summer permits"),
    ]
    lake = entries[0].article
    assert lake is not None
    assert (lake.published, lake.source, lake.url) == (
        date(2024, 1, 12),
        "Lake News",
        "https://example.org/shkoder",
    )
    budva = entries[2].article
    assert budva is not None and "beach bars; several owners" in budva.text


def test_csv_without_text_column(data_dir: Path, today: date) -> None:
    with pytest.raises(IngestError, match="no text column.*header is: title, date, url"):
        list(parse_csv((data_dir / "notext.csv").read_text(), today=today))


def test_csv_long_cells_are_read() -> None:
    body = "Word " * 60_000  # beyond the csv module's default 128 KiB field limit
    entries = list(parse_csv(f'title,text\nLong,"{body}"\n', today=date(2026, 1, 1)))
    assert entries[0].article is not None and len(entries[0].article.text) == len(body.strip())


def test_rss_entries(data_dir: Path, today: date) -> None:
    entries = list(parse_feed((data_dir / "feed.rss").read_bytes(), today=today))
    assert _summary(entries) == [
        ("entry 1", "Prizren film festival opens"),
        ("entry 2", "ERR no text (expected a non-empty field: text, body, content)"),
        ("entry 3", "ERR published date 2998-01-01 is in the future (today is 2026-11-26)"),
        ("entry 4", "Kumanovo road works"),
    ]
    first = entries[0].article
    assert first is not None
    assert first.text == (
        "The documentary festival in Prizren opened with a screening in the old fortress."
    )
    assert (first.source, first.url, first.published, first.language) == (
        "Western Balkans Wire",
        "https://example.org/prizren",
        date(2024, 8, 5),
        "en",
    )


def test_atom_entry_uses_content(data_dir: Path, today: date) -> None:
    (entry,) = parse_feed((data_dir / "feed.atom").read_bytes(), today=today)
    assert entry.article is not None
    assert entry.article.text == (
        "Work began on a new quay in Durrës, the largest port in the country.\n"
        "The project is due to finish in two years."
    )
    assert entry.article.source == "Adriatic Notes"
    assert entry.article.published == date(2024, 4, 2)


def test_not_a_feed(today: date) -> None:
    with pytest.raises(IngestError, match="not an RSS/Atom feed|no entries"):
        list(parse_feed(b"just some words", today=today))


def test_html_page_main_text_and_metadata(data_dir: Path, today: date) -> None:
    a = parse_html((data_dir / "page.html").read_text(), today=today, url="https://x.test/a")
    assert a.title == "Students rally in Novi Sad"
    assert a.source == "Danube Daily"
    assert a.published == date(2024, 12, 3)
    assert a.language == "en"
    assert a.url == "https://x.test/a"
    assert a.text.startswith("Several thousand students gathered in the centre of Novi Sad")
    assert "Kragujevac" in a.text
    for chrome in ("cookies", "Most read", "all rights reserved", "tracker", "Sport"):
        assert chrome not in a.text


def test_html_of_scripts_is_rejected(data_dir: Path, today: date) -> None:
    with pytest.raises(IngestError, match="no article text found in the HTML page"):
        parse_html((data_dir / "scripts-only.html").read_text(), today=today)


def test_html_fragment_to_text() -> None:
    assert html_to_text("A &amp; B<br>C<style>p{}</style>") == "A & B\nC"


def test_language_given_by_a_field_or_detected(today: date) -> None:
    """A record's language field wins (normalised); without one the text's language is found."""
    lines = "\n".join(
        [
            '{"title": "a", "text": "Policija je juče uhapsila dvojicu.", "lang": "SR_latn"}',
            '{"title": "b", "text": "Policija je juče uhapsila dvojicu u Nišu."}',
            '{"title": "c", "text": "Полицијата вчера уапси двајца во Скопје."}',
            '{"title": "d", "text": "Policia arrestoi dje dy persona në Prishtinë."}',
        ]
    )
    languages = [e.article.language for e in parse_jsonl(lines, today=today) if e.article]
    assert languages == ["sr-Latn", "sh", "mk", "sq"]
