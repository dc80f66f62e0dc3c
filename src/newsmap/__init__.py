"""newsmap: geotag Western Balkan news, extract dated events, map them."""

from newsmap import native as _native

__version__ = "0.1.0"

# Before any compiled module can load: an edited source must never run as its stale compiled self.
_native.guard()
