"""Where newsmap's bundled files live, found through the installed package.

The data (boundaries, gazetteer, alliance tables, sample articles) and the offline web assets
ship inside the ``newsmap`` package, so an installed wheel finds them as a source checkout
does; in the repository, ``src/newsmap/data`` links to the top-level ``data/`` folder.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Environment variable naming another data/geo directory (tests, custom builds).
GEO_DIR_ENV = "NEWSMAP_GEO_DIR"
#: Environment variable naming the cache folder (the prepared gazetteer, the regex table);
#: ``off`` disables the cache.
CACHE_DIR_ENV = "NEWSMAP_CACHE_DIR"


def package_dir() -> Path:
    """The folder of the installed ``newsmap`` package (this module's own: newsmap runs from
    a folder, never from a zip, and ``importlib.resources`` would add its imports to every
    start-up)."""
    return Path(__file__).parent


def geo_dir() -> Path:
    """data/geo: ``$NEWSMAP_GEO_DIR`` if set, else the copy bundled with the package."""
    env = os.environ.get(GEO_DIR_ENV)
    if env:
        return Path(env)
    return package_dir() / "data" / "geo"


def samples_dir() -> Path:
    """The sample articles ``newsmap demo`` loads."""
    return package_dir() / "data" / "samples"


def assets_dir() -> Path:
    """Leaflet and its plugins (JS, CSS, fonts): served by the dashboard, inlined in exports."""
    return package_dir() / "assets"


def app_script() -> Path:
    """The Streamlit entry script ``newsmap serve`` runs; its ``static`` folder is the assets."""
    return package_dir() / "streamlit_app.py"


def feeds_file() -> Path:
    """The bundled OPML list of the region's news feeds (``newsmap watch`` reads it)."""
    return package_dir() / "data" / "feeds" / "western-balkans.opml"


def cache_dir() -> Path | None:
    """The folder of newsmap's caches (``geotag.prepared``, ``regex_cache``), or None when the
    cache is turned off."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "no") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsmap"
