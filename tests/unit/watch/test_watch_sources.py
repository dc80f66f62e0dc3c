"""Source lists: the bundled OPML of the region's outlets, OPML files, plain URL lists."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest

from newsmap.errors import NewsmapError
from newsmap.resources import feeds_file
from newsmap.watch.schedule import backoff, interval_for
from newsmap.watch.sources import Source, read_sources


def test_bundled_feeds_cover_the_region_in_its_languages() -> None:
    sources = read_sources([str(feeds_file())])
    urls = [s.url for s in sources]
    assert len(urls) >= 20 and len(set(urls)) == len(urls)
    assert all(u.startswith("https://") for u in urls)
    languages = {
        o.get("language")
        for o in ElementTree.parse(feeds_file()).iter("outline")
        if o.get("xmlUrl")
    }
    assert {"en", "sq", "sr", "bs", "mk"} <= languages
    folders = [o.get("text") for o in ElementTree.parse(feeds_file()).getroot().find("body")]
    six = "Albania|Bosnia and Herzegovina|Kosovo|Montenegro|North Macedonia|Serbia"
    assert set(six.split("|")) <= set(folders)


def test_opml_folders_links_and_intervals(tmp_path: Path) -> None:
    opml = tmp_path / "mine.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="Folder">'
        '<outline type="rss" text="Wire" xmlUrl="https://wire.test/rss" interval="600"/>'
        '<outline type="link" text="Page" url="https://wire.test/page"/>'
        '<outline text="no url here"/>'
        "</outline></body></opml>"
    )
    assert read_sources([str(opml), "https://wire.test/rss"]) == [
        Source("https://wire.test/rss", "Wire", 600.0),
        Source("https://wire.test/page", "Page", None),
    ]


def test_url_list_with_comments(tmp_path: Path) -> None:
    listed = tmp_path / "feeds.txt"
    listed.write_text("# morning feeds\nhttps://a.test/rss\n\nhttps://b.test/rss  # slow\n")
    assert [s.url for s in read_sources([str(listed)])] == [
        "https://a.test/rss",
        "https://b.test/rss",
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.opml", "<opml><body><outline", "not an OPML file"),
        ("html.opml", "<html></html>", r"not an OPML file \(the root element is <html>\)"),
        ("empty.opml", "<opml><body/></opml>", "lists no feeds"),
        ("ftp.opml", '<opml><body><outline xmlUrl="ftp://x/rss"/></body></opml>', "not an http"),
        (
            "t.opml",
            '<opml><body><outline xmlUrl="https://x/rss" interval="0"/></body></opml>',
            "7 days",
        ),
        ("list.txt", "https://a.test/rss\nfeeds.example.org/rss\n", r"\(line 2\).*not an http"),
    ],
)
def test_bad_lists_are_named(tmp_path: Path, name: str, content: str, message: str) -> None:
    (tmp_path / name).write_text(content)
    with pytest.raises(NewsmapError, match=f"{tmp_path / name}.*{message}"):
        read_sources([str(tmp_path / name)])


def test_missing_list_is_named(tmp_path: Path) -> None:
    with pytest.raises(NewsmapError, match="no such file; give feed URLs, an OPML file"):
        read_sources([str(tmp_path / "nope.opml")])


def test_interval_order_and_backoff() -> None:
    assert interval_for(60, 600, 1800) == 60
    assert interval_for(None, 600, 1800) == 600
    assert interval_for(None, None, 1800) == 1800
    assert interval_for(None, None, None) == 900
    assert [backoff(60, n) for n in (0, 1, 2, 3)] == [60, 120, 240, 480]
    assert backoff(60, 40) == 6 * 3600
