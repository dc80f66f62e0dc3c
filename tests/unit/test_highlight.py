"""Marked article text: right spans, escaped everything else."""

from newsmap.view.highlight import Span, highlight_html


def test_mentions_are_marked_at_their_offsets():
    text = "Talks in Skopje and Pristina."
    out = highlight_html(text, [Span(9, 15, "city", "MK"), Span(20, 28, "city", "XK")])
    assert '<mark class="nm-city" title="MK">Skopje</mark>' in out
    assert '<mark class="nm-city" title="XK">Pristina</mark>' in out
    assert out.startswith('<div class="nm-text">Talks in ')


def test_hostile_text_is_escaped_and_only_our_tags_remain():
    text = "<script>alert(1)</script> in Tirana <img src=x onerror=alert(2)>"
    start = text.index("Tirana")
    out = highlight_html(text, [Span(start, start + 6, "city", "AL")])
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(2)&gt;" in out


def test_overlapping_and_out_of_range_spans_are_skipped():
    text = "North Macedonia"
    out = highlight_html(text, [Span(0, 15, "country"), Span(6, 15, "country"), Span(10, 99, "x")])
    assert out.count("<mark") == 1


def test_long_text_is_cut_at_a_word_with_an_ellipsis():
    text = "word " * 400
    out = highlight_html(text, [], limit=100)
    assert out.endswith(" …</div>")
    assert len(out) < 160
