"""`newsmap analyze` imports only what analysing needs.

Its start-up is serial (every ``--jobs`` worker waits for it), so a module it imports without
using costs every run: the store and the dashboard stack, the readers of ``newsmap ingest``
(HTTP, TLS, e-mail dates, XML), ``importlib.metadata`` and ``importlib.resources``, the
gazetteer's build modules (a run that loads the prepared cache does not build) and, on one
process, the worker pool's.  The run is a real one in a separate process, listed by
``python -X importtime``; no timing is asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsmap import native

#: Modules (and their submodules) `newsmap analyze` must not import.
FORBIDDEN = (
    # the store, the map and the dashboard
    "pandas",
    "geopandas",
    "shapely",
    "pyarrow",
    "numpy",
    "folium",
    "streamlit",
    "sqlalchemy",
    "psycopg",
    "psycopg2",
    "newsmap.store",
    "newsmap.view",
    "newsmap.dashboard",
    "newsmap.export",
    # the readers of `newsmap ingest`, and the standard library they bring
    "newsmap.ingest.reading",
    "newsmap.ingest.fetch",
    "newsmap.ingest.feed",
    "newsmap.ingest.html",
    "http",
    "ssl",
    "email",
    "xml",
    "urllib.request",
    # the gazetteer's build: a run that loads the prepared cache never runs it
    "newsmap.geotag.builder",
    "newsmap.geotag.curated_keys",
    "newsmap.geotag.index_rules",
    "newsmap.geotag.exonyms",
    # the worker pool: only a run on several processes (``--jobs``) forks
    "multiprocessing",
    "concurrent.futures",
    # package metadata and resource lookups (each imports zip, CSV or e-mail readers)
    "importlib.metadata",
    "importlib.resources",
    "importlib.abc",
)


def _imported(stderr: str) -> set[str]:
    """The modules ``-X importtime`` lists (each first import, nested or not)."""
    names = set()
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":
                names.add(name)
    return names


def _forbidden(names: set[str]) -> list[str]:
    return sorted(n for n in names if any(n == f or n.startswith(f + ".") for f in FORBIDDEN))


@pytest.fixture(scope="module")
def analyze_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], list[dict]]:
    """One `newsmap analyze` of a made-up four-document file (English, Croatian, Albanian,
    Macedonian): its imports and its output."""
    folder = tmp_path_factory.mktemp("startup")
    docs = folder / "docs.jsonl"
    day = "2024-02-07"  # the publication day the weekdays count from
    lines = [
        {"id": "a", "text": "Farmers blocked the road near Kragujevac on 4 May 2023, police said."},
        {"id": "b", "text": "Vijeće je u Mostaru 12. ožujka 2022. usvojilo proračun grada."},
        {"id": "c", "text": "Policia arrestoi të hënën dy persona në Prizren.", "published": day},
        {"id": "d", "text": "Владата во Скопје во петокот ја усвои одлуката.", "published": day},
    ]
    docs.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines), encoding="utf-8"
    )
    env = {**os.environ, "NEWSMAP_CACHE_DIR": str(folder / "cache")}
    for _ in range(2):  # the second run loads the prepared gazetteer, as most runs do
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "newsmap", "analyze", str(docs)],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
            check=True,
        )
    assert any(Path(folder / "cache").glob("gazetteer-*.pickle"))
    out = [json.loads(line) for line in done.stdout.splitlines()]
    return _imported(done.stderr), out


def test_analyze_imports_none_of_the_heavy_modules(
    analyze_run: tuple[set[str], list[dict]],
) -> None:
    names, out = analyze_run
    # the run really analysed: the listing covers the gazetteer, dates and language model
    assert [d["id"] for d in out] == ["a", "b", "c", "d"]
    assert "newsmap.geotag" in names and "newsmap.ingest.language" in names
    assert _forbidden(names) == []


def test_every_module_analyze_imports_is_compiled_or_interpreted_on_purpose(
    analyze_run: tuple[set[str], list[dict]],
) -> None:
    """A rule module left out of ``native.COMPILED`` runs interpreted on every document (the
    compiled ones call it through Python): each newsmap module a real run imports is either
    compiled or named in ``native.INTERPRETED`` with its reason."""
    names, out = analyze_run
    # the four documents were tagged and dated: the listing covers the local-language paths
    assert [sorted(d["countries"]) for d in out] == [["RS"], ["BA"], ["XK"], ["MK"]]
    assert all(d["events"] for d in out)
    known = {native.module_name(rel) for rel in (*native.COMPILED, *native.INTERPRETED)}
    packages = {n for n in names if n.count(".") and _is_package(n)}
    loose = sorted(n for n in names if n.startswith("newsmap.") and n not in known | packages)
    assert loose == []
    assert not set(native.COMPILED) & set(native.INTERPRETED)


def _is_package(name: str) -> bool:
    path = Path(native.PACKAGE_DIR).parent.joinpath(*name.split("."))
    return (path / "__init__.py").exists()


def test_the_forbidden_list_catches_a_heavy_import() -> None:
    # the listing parser and the prefix rule, on lines as -X importtime writes them
    stderr = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       120 |        120 |     email.errors\n"
        "import time:       300 |        900 |   http.client\n"
        "import time:        80 |         80 | httpx_like\n"
        "import time:        50 |         50 | newsmap.ingest.language\n"
    )
    assert _forbidden(_imported(stderr)) == ["email.errors", "http.client"]


def test_ingest_api_still_reads_through_the_package() -> None:
    # the readers moved behind a lazy package attribute; importing them by name still works
    from newsmap import ingest
    from newsmap.ingest import ReadItem, read_inputs
    from newsmap.ingest.reading import read_inputs as direct

    assert read_inputs is direct
    assert ReadItem.__name__ == "ReadItem"
    with pytest.raises(AttributeError):
        _ = ingest.no_such_name  # type: ignore[attr-defined]
