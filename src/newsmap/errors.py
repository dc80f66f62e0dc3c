"""One exception family, so the CLI and the dashboard can turn any of them into a clear message."""


class NewsmapError(Exception):
    """Base of every error newsmap raises on purpose."""


class IngestError(NewsmapError):
    """An input could not be read; the message names the input and the reason."""


class GazetteerError(NewsmapError):
    """The geodata under data/geo is missing or inconsistent."""


class StoreError(NewsmapError):
    """The article store could not be opened or written."""


class ExportError(NewsmapError):
    """A map or data export could not be produced."""


class InvalidFilterError(NewsmapError, ValueError):
    """A filter value (date, country, level) is not one newsmap understands."""


class StoreUnavailableError(StoreError):
    """The store as a whole cannot take writes (disk full, read-only, damaged file): no
    later article could be stored either, so the work stops with this one reason."""


class EngineError(NewsmapError):
    """A cluster run could not go on: the scheduler is unreachable or gone, or no worker is left."""
