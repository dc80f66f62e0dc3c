"""A document's tokens, split once and shared (newsmap/tokens.py)."""

from __future__ import annotations

from newsmap.tokens import forget, lower_of, tokens_of


def test_the_tokens_are_the_split_of_the_text():
    text = "Sarajevo, 5. maja\u00a02023 —\tthe  talks\nresumed."
    assert tokens_of(text) == text.split()
    assert tokens_of("") == []


def test_a_text_read_again_gives_the_same_list():
    text = "The talks resumed in Skopje on Monday."
    first = tokens_of(text)
    assert tokens_of("".join(text)) is first  # an equal text, another object: the same list


def test_the_lower_case_tokens_are_the_tokens_lower_cased():
    """What the date rules rely on: no character lower-cases to or from a blank."""
    text = "İSTANBUL\u00a0and ẞ Maja\u2003 ŠTRAJK"
    assert [t.lower() for t in tokens_of(text)] == text.lower().split()


def test_the_lower_case_is_the_text_lower_cased_once():
    text = "ŠTRAJK u Novom Sadu, “the talks” resumed İN SKOPJE"
    low = lower_of(text)
    assert low == "štrajk u novom sadu, “the talks” resumed i̇n skopje"
    assert lower_of("".join(text)) is low  # an equal text, another object: the same string
    assert lower_of("") == ""


def test_forget_drops_the_kept_lower_cases():
    text = "Kept until FORGOTTEN"
    first = lower_of(text)
    forget()
    again = lower_of(text)
    assert again == first == "kept until forgotten"
    assert again is not first
