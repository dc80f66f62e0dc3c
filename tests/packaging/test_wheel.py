"""newsmap works from an installed wheel, not only from a source checkout.

The wheel is built from this tree and unpacked into a temporary folder that is put first on
``sys.path`` of a fresh interpreter, so nothing can be read from the repository by accident.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

PROBE = """
import json, sys
from newsmap import resources
from newsmap.pipeline import analyze
from newsmap.geotag import Gazetteer
from newsmap.model import Article
gaz = Gazetteer.from_path()
result = analyze(gaz, Article(title="", text="Talks in Skopje and Pristina."))
print(json.dumps({
    "package": str(resources.package_dir()),
    "geo": resources.geo_dir().is_dir(),
    "samples": len(list(resources.samples_dir().iterdir())),
    "app": resources.app_script().is_file(),
    "leaflet": (resources.app_script().parent / "static/leaflet/1.9.3/leaflet.js").is_file(),
    "places": sorted(m.name for m in result.mentions),
    "compiled": [m for m in ("newsmap.geotag.rules", "newsmap.events.temporal.find")
                 if not sys.modules[m].__file__.endswith(".py")],
}))
"""


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("newsmap-*.whl")
    target = out / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(target)
    return target


def test_installed_wheel_finds_its_data_and_tags(unpacked_wheel: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(unpacked_wheel)}
    env.pop("NEWSMAP_GEO_DIR", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert facts["package"].startswith(str(unpacked_wheel))
    assert facts["geo"] and facts["app"] and facts["leaflet"]
    assert facts["samples"] >= 50
    assert facts["places"] == ["Pristina", "Skopje"]
    # the wheel carries the compiled hot path (and runs it), with the sources beside it
    assert facts["compiled"] == ["newsmap.geotag.rules", "newsmap.events.temporal.find"]


def test_installed_wheel_keeps_its_prepared_gazetteer_outside_the_package(
    unpacked_wheel: Path, tmp_path: Path
) -> None:
    """The prepared-gazetteer pickle goes to the user's cache folder: the installed package is
    never written to (it may be read-only), and a second run reads the pickle back."""
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(unpacked_wheel), "NEWSMAP_CACHE_DIR": str(cache)}
    env.pop("NEWSMAP_GEO_DIR", None)
    before = sorted(str(p) for p in unpacked_wheel.rglob("*") if "__pycache__" not in str(p))
    runs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-B", "-c", PROBE],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        runs.append(json.loads(done.stdout)["places"])
        assert len(list(cache.glob("gazetteer-*.pickle"))) == 1
    assert runs == [["Pristina", "Skopje"]] * 2
    after = sorted(str(p) for p in unpacked_wheel.rglob("*") if "__pycache__" not in str(p))
    assert after == before
