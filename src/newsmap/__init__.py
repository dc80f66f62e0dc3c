"""newsmap: geotag Western Balkan news, extract dated events, map them."""

__version__ = "0.1.0"
