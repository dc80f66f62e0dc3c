"""`newsmap analyze`: the stable JSON Lines contract of DESIGN.md section 4."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmap.cli import cli

SEED = Path(__file__).resolve().parents[2] / "data" / "samples"
MENTION_KEYS = {
    "start",
    "end",
    "surface",
    "place_id",
    "name",
    "country",
    "admin1",
    "level",
    "lat",
    "lon",
    "score",
    "metonymic",
}
EVENT_KEYS = {
    "date",
    "precision",
    "date_source",
    "surface",
    "start",
    "end",
    "sentence_start",
    "sentence_end",
    "type",
    "countries",
    "place_ids",
}


def _seed_text() -> str:
    raw = next(SEED.glob("2023-11-23-dw-*.txt")).read_text(encoding="utf-8")
    return raw.split("---\n", 2)[2]


def _run(lines: list[str]):
    result = CliRunner().invoke(cli, ["analyze", "-"], input="\n".join(lines) + "\n")
    out = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, out


def test_seed_article_shape_and_offsets():
    text = _seed_text()
    doc = {"id": "seed", "text": text, "published": "2023-11-23"}
    result, out = _run([json.dumps(doc)])
    assert result.exit_code == 0, result.output
    (rec,) = out
    # The contract's four fields, and the additive language field after them.
    assert list(rec) == ["id", "countries", "mentions", "events", "language"]
    assert rec["language"] == "en"
    assert rec["id"] == "seed"
    assert rec["countries"][0] == "XK"
    assert {"XK", "BA", "RS"} <= set(rec["countries"])
    for m in rec["mentions"]:
        assert set(m) == MENTION_KEYS
        assert text[m["start"] : m["end"]] == m["surface"]
    for e in rec["events"]:
        assert set(e) == EVENT_KEYS
        assert text[e["start"] : e["end"]] == e["surface"]
        assert e["sentence_start"] <= e["start"] < e["end"] <= e["sentence_end"]
    dates = {(e["date"], e["precision"]) for e in rec["events"]}
    assert {
        ("2023-09-24", "day"),
        ("2023-05", "month"),
        ("2004", "year"),
        ("1990", "decade"),
        ("2023-11-20", "day"),
        ("2023-11-22", "day"),
    } <= dates
    moscow = [m for m in rec["mentions"] if m["surface"] == "Moscow"]
    assert moscow and all(m["country"] == "RU" for m in moscow)


def test_order_is_kept_and_ids_echo_unchanged():
    docs = [{"id": 7, "text": "Talks in Tirana."}, {"id": "b", "text": "Rain over Podgorica."}]
    result, out = _run([json.dumps(d) for d in docs])
    assert result.exit_code == 0
    assert [r["id"] for r in out] == [7, "b"]
    assert out[0]["mentions"][0]["country"] == "AL"
    assert out[1]["mentions"][0]["country"] == "ME"


def test_relative_dates_need_a_publication_date():
    text = "Protesters gathered in Belgrade on Monday."
    _, with_date = _run([json.dumps({"id": 1, "text": text, "published": "2024-03-14"})])
    _, without = _run([json.dumps({"id": 1, "text": text})])
    assert [e["date"] for e in with_date[0]["events"]] == ["2024-03-11"]
    assert without[0]["events"] == []


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        ('["a list"]', "line 2: expected a JSON object"),
        ('{"id": 1}', "line 2: field 'text' is missing"),
        ('{"id": 1, "text": "x", "published": "23/11/2023"}', "line 2: field 'published'"),
    ],
)
def test_a_malformed_line_is_named_and_the_rest_still_run(bad, message):
    good = json.dumps({"id": "ok", "text": "News from Skopje."})
    result, out = _run([good, bad, good])
    assert result.exit_code == 1
    assert message in result.stderr
    assert [r["id"] for r in out] == ["ok", "ok"]


@pytest.mark.parametrize(
    ("doc", "language", "dates"),
    [
        (
            {
                "id": "a",
                "text": "Policija je juče uhapsila dvojicu u Nišu.",
                "published": "2024-03-20",
            },
            "sh",
            ["2024-03-19"],
        ),
        (
            {
                "id": "b",
                "text": "Полицијата вчера уапси двајца во Скопје.",
                "published": "2024-03-20",
            },
            "mk",
            ["2024-03-19"],
        ),
        (  # a given language is kept, even a wrong one; the dates still come from the text
            {
                "id": "c",
                "text": "Policija je juče uhapsila dvojicu u Nišu.",
                "published": "2024-03-20",
                "language": "SQ",
            },
            "sq",
            ["2024-03-19"],
        ),
        ({"id": "d", "text": "12:00 — 2024", "published": "2024-03-20"}, None, ["2024"]),
    ],
)
def test_language_field_given_or_detected(doc, language, dates):
    result, (rec,) = _run([json.dumps(doc, ensure_ascii=False)])
    assert result.exit_code == 0, result.output
    assert rec["language"] == language
    assert [e["date"] for e in rec["events"]] == dates
