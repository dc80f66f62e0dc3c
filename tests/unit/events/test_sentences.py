"""Sentence spans: headings, abbreviations, quotes and local-language ordinals."""

from __future__ import annotations

from newsmap.events import split_sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_lines_and_sentences():
    text = "Heading without a stop\n\nFirst one. Second one! Third?\n"
    assert _texts(text) == ["Heading without a stop", "First one.", "Second one!", "Third?"]


def test_abbreviations_initials_and_ordinals_do_not_split():
    text = "Mr. Kurti met Gen. Smith on Sept. 5 in the U.S. capital. J. Doe left on 24. septembra."
    assert _texts(text) == [
        "Mr. Kurti met Gen. Smith on Sept. 5 in the U.S. capital.",
        "J. Doe left on 24. septembra.",
    ]


def test_quotes_close_sentences():
    text = '"The region is fragile." Stoltenberg said so. "We will act," he added.'
    assert _texts(text) == [
        '"The region is fragile."',
        "Stoltenberg said so.",
        '"We will act," he added.',
    ]


def test_offsets_cover_the_text_without_overlap():
    text = "  One.  Two.\n Three "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["One.", "Two.", "Three"]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
