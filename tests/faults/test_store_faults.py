"""A PostgreSQL store that refuses, cannot be reached, or goes away in the middle of an
ingest: one clear line that names the store without its password, nothing half-written, and
the next run completes the work."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from faultkit import write_corpus
from pgserver import PASSWORD, PgServer, free_port
from storekit import check_rebuild

from newsmap.pipeline import make_tagger
from newsmap.store import Store

pytestmark = pytest.mark.slow


def newsmap(*args: str, db: str) -> subprocess.Popen[str]:
    """The real command line, the store named in the environment as a deployment names it."""
    return subprocess.Popen(
        [sys.executable, "-m", "newsmap", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NEWSMAP_DB": db},
    )


def assert_no_password(text: str) -> None:
    assert PASSWORD not in text and quote(PASSWORD, safe="") not in text, text


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Error: "), stderr
    assert_no_password(stderr)
    return lines[0]


def test_a_wrong_password_is_one_line_without_the_password(
    pg_server: PgServer, tmp_path: Path
) -> None:
    wrong = pg_server.url(password="not-" + PASSWORD)
    proc = newsmap("ingest", str(write_corpus(tmp_path / "c.jsonl", 3)), db=wrong)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    line = one_error_line(err)
    assert f"cannot connect to store 'postgresql://newsmap:***@127.0.0.1:{pg_server.port}/" in line
    assert 'password authentication failed for user "newsmap"' in line
    assert_no_password(out)
    assert "not-" not in err  # the wrong one is a password too


def test_a_password_given_as_a_url_parameter_is_masked_too(
    pg_server: PgServer, tmp_path: Path
) -> None:
    """libpq also takes the password as ``?password=``: named without it, refused or not."""
    at = f"postgresql://newsmap@127.0.0.1:{pg_server.port}/postgres"
    wrong = f"{at}?sslmode=disable&password={quote('not-' + PASSWORD, safe='')}"
    proc = newsmap("ingest", str(write_corpus(tmp_path / "c.jsonl", 3)), db=wrong)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    line = one_error_line(err)
    assert f"cannot connect to store '{at}?sslmode=disable&password=***': " in line
    assert "not-" not in err
    assert_no_password(out)
    # The right one, typed on a command line: warned about, never echoed.
    right = pg_server.url(schema=pg_server.fresh_schema(), password=None)
    right += f"&password={quote(PASSWORD, safe='')}"
    proc = newsmap("db", "migrate", "--db", right, db="")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert_no_password(out + err)
    assert err.startswith(f"Warning: the password of {at}?options=")
    assert "&password=*** is on the command line" in err
    assert out.startswith(f"created store {at}?options=") and "&password=*** at schema" in out


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    nowhere = f"postgresql://newsmap:{quote(PASSWORD, safe='')}@127.0.0.1:{free_port()}/news"
    proc = newsmap("ingest", str(write_corpus(tmp_path / "c.jsonl", 3)), db=nowhere)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    line = one_error_line(err)
    assert "cannot connect to store 'postgresql://newsmap:***@127.0.0.1:" in line
    assert "refused" in line


def _stored(url: str) -> int:
    with Store.open(url) as store:
        return store.counts()["articles"]


def test_a_server_stopped_mid_ingest_leaves_whole_articles_and_the_next_run_completes(
    tmp_path: Path,
) -> None:
    n = 3000
    corpus = write_corpus(tmp_path / "corpus.jsonl", n, words=60)
    server = PgServer()  # its own server: this test stops it
    try:
        server.start()
        url = server.url()
        Store.open(url).close()
        proc = newsmap("ingest", str(corpus), db=url)
        while _stored(url) == 0:  # the first batch is committed
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        server.stop("fast")  # every session is ended, the ingest's with it
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 1, out + err
        line = one_error_line(err)
        assert f"store 'postgresql://newsmap:***@127.0.0.1:{server.port}/postgres'" in line
        server.start()
        tagger = make_tagger()
        with Store.open(url) as store:
            articles = store.articles_frame()
            counts = store.mentions_frame().groupby("article_id").size()
            assert 0 < len(articles) < n
            for row in articles.itertuples():  # each stored article has all its mentions
                article = store.get_article(int(row.id))
                assert article is not None
                assert counts.get(row.id, 0) == len(tagger(article)[0])
            check_rebuild(store)
        again = newsmap("ingest", str(corpus), db=url)
        out, err = again.communicate(timeout=600)
        assert again.returncode == 0, err
        assert (
            out.splitlines()[-1]
            == f"{n - len(articles)} new, {len(articles)} duplicate, 0 rejected"
        )
        assert _stored(url) == n
    finally:
        server.remove()
