"""Rebuild src/newsmap/assets/ (the offline copies of every JS/CSS file our maps load).

Why: folium, branca and streamlit-folium point at five CDN hosts. Analysts work offline, and an
iframe whose first script fails stays blank without any error, so every asset must come from the
project. This script fetches the exact versions those packages reference, with `npm pack` from the
npm registry (pinned version and sha512 integrity), copies the files the maps need, and writes
`manifest.json`: CDN URL -> path relative to the assets folder, plus a sha256 per file.

Run: `.venv/bin/python scripts/build_assets.py` (or `make assets`). Needs `npm` and the registry.
The output is committed, so normal use (and the tests) never needs the network.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "src" / "newsmap" / "assets"

# npm spec -> sha512 integrity as published by the registry (checked after download).
PACKAGES: dict[str, str] = {
    "leaflet@1.9.3": "sha512-iB2cR9vAkDOu5l3HAay2obcUHZ7xwUBBjph8+PGtmW/2lYhbLizWtG7nTeYht36WfOslixQF9D/uSIzhZgGMfQ==",  # noqa: E501
    "jquery@3.7.1": "sha512-m4avr8yL8kmFN8psrbFFFmB/If14iN5o9nw/NgnnM+kybDJpRsAynV2BsfpTYrTRysYUdADVD7CkUUizgkpLfg==",  # noqa: E501
    "bootstrap@5.2.2": "sha512-dEtzMTV71n6Fhmbg4fYJzQsw1N29hJKO1js5ackCgIpDcGid2ETMGC6zwSYw09v05Y+oRdQ9loC54zB1La3hHQ==",  # noqa: E501
    "bootstrap@3.4.1": "sha512-yN5oZVmRCwe5aKwzRj6736nSmKDX7pLYwsXiCj/EYmo16hODaBiT4En5btW/jhBF/seV+XMx3aYwukYC3A49DA==",  # noqa: E501
    "@fortawesome/fontawesome-free@6.2.0": "sha512-CNR7qRIfCwWHNN7FnKUniva94edPdyQzil/zCwk3v6k4R6rR2Fr8i4s3PM7n/lyfPA6Zfko9z5WDzFxG9SW1uQ==",  # noqa: E501
    "drmonty-leaflet-awesome-markers@2.0.2": "sha512-g508pdnnHQr9l4kU6McvJzcSd0w1FvHFlZZCYc4oT+zjwYJi1qtj0fFBFEWMKoNfHK4UcBya1eccyjKfu4chjQ==",  # noqa: E501
    "leaflet.markercluster@1.1.0": "sha512-eI+XkCiLiHwCC3uZ4/n4+Vq3rXcqEHN2lhHRVG1WVziy/3Q0TTipWkzEa1zO0dKZI2AnI5ppFDWrOjnQ7MJLKQ==",  # noqa: E501
    "d3@3.5.5": "sha512-JPx0wEFxcYVcCZXgUbsy8NzVzD3zKat1KLtdCeOHPsmrpFlc09nr2/5Ls9ey7mo8SV6cWew0piLrmPVybj9I8w==",  # noqa: E501
    "d3@4.13.0": "sha512-l8c4+0SldjVKLaE2WG++EQlqD7mh/dmQjvi2L2lKPadAVC+TbJC4ci7Uk9bRi+To0+ansgsS0iWfPjD7DBy+FQ==",  # noqa: E501
}


@dataclass(frozen=True)
class Copy:
    """One file taken from a package tarball: where it comes from and where it goes."""

    package: str
    source: str  # path inside the tarball
    dest: str  # path relative to ASSETS
    transform: str = ""  # name of a function in TRANSFORMS, "" for a byte-exact copy


COPIES: list[Copy] = [
    Copy("leaflet@1.9.3", "package/dist/leaflet.js", "leaflet/1.9.3/leaflet.js", "strip_map"),
    Copy("leaflet@1.9.3", "package/dist/leaflet.css", "leaflet/1.9.3/leaflet.css"),
    *[
        Copy("leaflet@1.9.3", f"package/dist/images/{name}", f"leaflet/1.9.3/images/{name}")
        for name in (
            "layers.png",
            "layers-2x.png",
            "marker-icon.png",
            "marker-icon-2x.png",
            "marker-shadow.png",
        )
    ],
    Copy("leaflet@1.9.3", "package/LICENSE", "licenses/leaflet.txt"),
    Copy("jquery@3.7.1", "package/dist/jquery.min.js", "jquery/3.7.1/jquery.min.js", "strip_map"),
    Copy("jquery@3.7.1", "package/LICENSE.txt", "licenses/jquery.txt"),
    Copy(
        "bootstrap@5.2.2",
        "package/dist/js/bootstrap.bundle.min.js",
        "bootstrap/5.2.2/js/bootstrap.bundle.min.js",
        "strip_map",
    ),
    Copy(
        "bootstrap@5.2.2",
        "package/dist/css/bootstrap.min.css",
        "bootstrap/5.2.2/css/bootstrap.min.css",
        "strip_map",
    ),
    Copy("bootstrap@5.2.2", "package/LICENSE", "licenses/bootstrap.txt"),
    Copy(
        "bootstrap@3.4.1",
        "package/dist/css/bootstrap.css",
        "bootstrap/3.4.1/css/glyphicons.css",
        "glyphicons_only",
    ),
    Copy(
        "bootstrap@3.4.1",
        "package/dist/fonts/glyphicons-halflings-regular.woff2",
        "bootstrap/3.4.1/fonts/glyphicons-halflings-regular.woff2",
    ),
    Copy(
        "bootstrap@3.4.1",
        "package/dist/fonts/glyphicons-halflings-regular.woff",
        "bootstrap/3.4.1/fonts/glyphicons-halflings-regular.woff",
    ),
    Copy(
        "@fortawesome/fontawesome-free@6.2.0",
        "package/css/all.min.css",
        "fontawesome-free/6.2.0/css/all.min.css",
        "woff2_only",
    ),
    *[
        Copy(
            "@fortawesome/fontawesome-free@6.2.0",
            f"package/webfonts/{name}.woff2",
            f"fontawesome-free/6.2.0/webfonts/{name}.woff2",
        )
        for name in ("fa-brands-400", "fa-regular-400", "fa-solid-900", "fa-v4compatibility")
    ],
    Copy("@fortawesome/fontawesome-free@6.2.0", "package/LICENSE.txt", "licenses/fontawesome.txt"),
    Copy(
        "drmonty-leaflet-awesome-markers@2.0.2",
        "package/js/leaflet.awesome-markers.js",
        "leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.js",
    ),
    Copy(
        "drmonty-leaflet-awesome-markers@2.0.2",
        "package/css/leaflet.awesome-markers.css",
        "leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.css",
    ),
    *[
        Copy(
            "drmonty-leaflet-awesome-markers@2.0.2",
            f"package/css/images/{name}",
            f"leaflet.awesome-markers/2.0.2/images/{name}",
        )
        for name in (
            "markers-soft.png",
            "markers-soft@2x.png",
            "markers-shadow.png",
            "markers-shadow@2x.png",
        )
    ],
    # drmonty-leaflet-awesome-markers ships no licence file; its MIT notice is in the JS header.
    Copy(
        "leaflet.markercluster@1.1.0",
        "package/dist/leaflet.markercluster.js",
        "leaflet.markercluster/1.1.0/leaflet.markercluster.js",
        "strip_map",
    ),
    Copy(
        "leaflet.markercluster@1.1.0",
        "package/dist/MarkerCluster.css",
        "leaflet.markercluster/1.1.0/MarkerCluster.css",
    ),
    Copy(
        "leaflet.markercluster@1.1.0",
        "package/dist/MarkerCluster.Default.css",
        "leaflet.markercluster/1.1.0/MarkerCluster.Default.css",
    ),
    Copy("leaflet.markercluster@1.1.0", "package/MIT-LICENCE.txt", "licenses/markercluster.txt"),
    Copy("d3@3.5.5", "package/d3.min.js", "d3/3.5.5/d3.min.js"),
    Copy("d3@3.5.5", "package/LICENSE", "licenses/d3-3.txt"),
    Copy("d3@4.13.0", "package/build/d3.min.js", "d3/4.13.0/d3.min.js"),
    Copy("d3@4.13.0", "package/LICENSE", "licenses/d3-4.txt"),
]

ROTATE_CSS = "folium/leaflet.awesome.rotate.min.css"

# Every CDN URL that folium 0.20.0 (Map defaults, MarkerCluster, FastMarkerCluster), branca 0.8.2
# (ColorMap) and streamlit-folium 0.27.4 (its hard-coded d3 links) emit -> our local path.
URLS: dict[str, str] = {
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js": "leaflet/1.9.3/leaflet.js",
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css": "leaflet/1.9.3/leaflet.css",
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery/3.7.1/jquery.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js": (
        "jquery/3.7.1/jquery.min.js"
    ),
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js": (
        "bootstrap/5.2.2/js/bootstrap.bundle.min.js"
    ),
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css": (
        "bootstrap/5.2.2/css/bootstrap.min.css"
    ),
    "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css": (
        "bootstrap/3.4.1/css/glyphicons.css"
    ),
    "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css": (
        "fontawesome-free/6.2.0/css/all.min.css"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.js": (  # noqa: E501
        "leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.js"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.css": (  # noqa: E501
        "leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.css"
    ),
    "https://cdn.jsdelivr.net/gh/python-visualization/folium/folium/templates/leaflet.awesome.rotate.min.css": (  # noqa: E501
        ROTATE_CSS
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js": (  # noqa: E501
        "leaflet.markercluster/1.1.0/leaflet.markercluster.js"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css": (
        "leaflet.markercluster/1.1.0/MarkerCluster.css"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css": (  # noqa: E501
        "leaflet.markercluster/1.1.0/MarkerCluster.Default.css"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/d3/3.5.5/d3.min.js": "d3/3.5.5/d3.min.js",
    "https://d3js.org/d3.v4.min.js": "d3/4.13.0/d3.min.js",
}

_SOURCE_MAP = re.compile(rb"\n?(//# sourceMappingURL=[^\n]*|/\*# sourceMappingURL=[^*]*\*/)\s*$")


def _strip_map(data: bytes) -> bytes:
    """Drop the trailing sourceMappingURL comment: the .map files are not shipped."""
    return _SOURCE_MAP.sub(b"\n", data)


def _glyphicons_only(data: bytes) -> bytes:
    """Keep Bootstrap 3's @font-face and `.glyphicon*` rules; nothing else of Bootstrap 3.

    folium asks for `bootstrap-glyphicons.css` (Bootstrap 3.0.0 on a retired CDN) only for the
    glyph icons of awesome-markers; loading all of Bootstrap 3 would fight Bootstrap 5's styles.
    """
    css = data.decode("utf-8")
    rules = re.findall(r"[^{}]+\{[^{}]*\}", css)
    kept: list[str] = []
    for rule in rules:
        selector = rule.split("{", 1)[0].strip()
        if selector.startswith("@font-face") and "Glyphicons" in rule:
            kept.append(
                "@font-face {\n  font-family: 'Glyphicons Halflings';\n"
                '  src: url("../fonts/glyphicons-halflings-regular.woff2") format("woff2"),'
                ' url("../fonts/glyphicons-halflings-regular.woff") format("woff");\n}'
            )
        elif all(part.strip().startswith(".glyphicon") for part in selector.split(",")):
            kept.append(selector + " {" + rule.split("{", 1)[1])
    if len(kept) < 200:
        raise SystemExit(f"glyphicons extraction found only {len(kept)} rules; layout changed?")
    header = "/* Glyphicons rules and font from bootstrap@3.4.1 (MIT), extracted for folium. */\n"
    return (header + "\n".join(kept) + "\n").encode("utf-8")


def _woff2_only(data: bytes) -> bytes:
    """Drop the .ttf fallbacks from Font Awesome's @font-face rules.

    Every browser we target reads woff2; the .ttf files would add 650 KB to the repository.
    """
    css = re.sub(rb',url\(\.\./webfonts/[^)]+\.ttf\) format\("truetype"\)', b"", data)
    if b".ttf" in css:
        raise SystemExit("fontawesome css still references .ttf files; layout changed?")
    return _strip_map(css)


TRANSFORMS = {
    "strip_map": _strip_map,
    "glyphicons_only": _glyphicons_only,
    "woff2_only": _woff2_only,
}


def _rotate_css() -> bytes:
    """folium adds `fa-rotate-<angle>` to rotated icons; one rule per whole degree covers it."""
    rules = (f".fa-rotate-{n}{{transform:rotate({n}deg)}}" for n in range(360))
    return ("\n".join(rules) + "\n").encode("ascii")


def _pack(spec: str, workdir: Path) -> Path:
    """`npm pack` one pinned package into workdir and verify its sha512 against PACKAGES."""
    out = subprocess.run(
        ["npm", "pack", spec, "--json", "--pack-destination", str(workdir)],
        check=True,
        capture_output=True,
        text=True,
        cwd=workdir,
    )
    info = json.loads(out.stdout)[0]
    tarball = workdir / info["filename"]
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    expected = PACKAGES[spec]
    if digest != expected or info.get("integrity") != expected:
        raise SystemExit(f"integrity mismatch for {spec}: got {digest}, expected {expected}")
    return tarball


def _write(rel: str, data: bytes, files: dict[str, dict], package: str, source: str) -> None:
    path = ASSETS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    files[rel] = {
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "package": package,
        "source": source,
    }


#: The folder of our own scripts inside the assets (the place markers): kept by a rebuild.
OWN_ASSETS = "newsmap"


def build() -> dict:
    """Fetch, verify, copy and describe every asset; returns the manifest it wrote."""
    if shutil.which("npm") is None:
        raise SystemExit("npm is required (Debian: apt-get install npm)")
    for child in ASSETS.glob("*"):
        if child.name == OWN_ASSETS:
            continue  # our own scripts, not built from a package
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()
    ASSETS.mkdir(parents=True, exist_ok=True)
    files: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        tarballs = {spec: _pack(spec, work) for spec in PACKAGES}
        for copy in COPIES:
            with tarfile.open(tarballs[copy.package]) as tar:
                member = tar.extractfile(copy.source)
                if member is None:
                    raise SystemExit(f"{copy.source} is not a file in {copy.package}")
                data = member.read()
            if copy.transform:
                data = TRANSFORMS[copy.transform](data)
            _write(copy.dest, data, files, copy.package, copy.source)
    _write(ROTATE_CSS, _rotate_css(), files, "generated", "scripts/build_assets.py")
    missing = sorted(set(URLS.values()) - set(files))
    if missing:
        raise SystemExit(f"URL targets not built: {missing}")
    manifest = {
        "generator": "scripts/build_assets.py",
        "packages": PACKAGES,
        "urls": dict(sorted(URLS.items())),
        "files": dict(sorted(files.items())),
    }
    (ASSETS / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main() -> int:
    manifest = build()
    total = sum(f["bytes"] for f in manifest["files"].values())
    print(
        f"wrote {len(manifest['files'])} files, {total / 1e6:.2f} MB, "
        f"{len(manifest['urls'])} CDN URLs -> {ASSETS.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
