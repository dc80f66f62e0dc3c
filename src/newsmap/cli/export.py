"""`newsmap export`: the dashboard's map or data, from the command line (scheduled briefings)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newsmap.cli.options import db_option
from newsmap.cli.store_checks import require_store

if TYPE_CHECKING:
    from newsmap.view.scene import Scene

FORMAT_BY_SUFFIX = {
    ".png": "png",
    ".html": "html",
    ".htm": "html",
    ".zip": "csv",
    ".geojson": "geojson",
    ".json": "geojson",
}
_SIZE = re.compile(r"^\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*$")
_CODE = re.compile(r"^[A-Za-z]{2}$")


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """A YYYY-MM-DD option value, or a BadParameter that shows the expected form."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2023-09-24"
        ) from None


def parse_size(ctx: click.Context, param: click.Parameter, value: str) -> tuple[int, int]:
    """WIDTHxHEIGHT in CSS pixels, each between 200 and 5000."""
    match = _SIZE.match(value or "")
    if not match:
        raise click.BadParameter(f"{value!r} is not a size; write WIDTHxHEIGHT, e.g. 1600x1000")
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 5000 and 200 <= height <= 5000):
        raise click.BadParameter(
            f"{value!r} is out of range; width and height must each be 200 to 5000 pixels"
        )
    return width, height


def parse_countries(
    ctx: click.Context, param: click.Parameter, value: tuple[str, ...]
) -> tuple[str, ...]:
    """Repeatable or comma-separated ISO alpha-2 codes, upper-cased (Kosovo is XK)."""
    codes: list[str] = []
    for raw in value:
        for part in raw.split(","):
            code = part.strip()
            if not code:
                continue
            if not _CODE.match(code):
                raise click.BadParameter(
                    f"{code!r} is not a two-letter country code; use e.g. XK, RS, BA, AL, ME, MK"
                )
            if code.upper() not in codes:
                codes.append(code.upper())
    return tuple(codes)


def _format_for(fmt: str | None, output: Path) -> str:
    if fmt:
        return fmt
    guessed = FORMAT_BY_SUFFIX.get(output.suffix.lower())
    if guessed is None:
        raise click.UsageError(
            f"cannot tell the format from {output.name!r}; pass --format png|html|csv|geojson"
        )
    return guessed


@click.command("export", short_help="Write the map (PNG, HTML) or the data (CSV, GeoJSON).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["png", "html", "csv", "geojson"]),
    help="What to write (default: from the -o file's extension: .png .html .zip .geojson).",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=True, path_type=Path),
    help="File to write (for csv: a .zip, or a folder that gets three CSV files).",
)
@db_option
@click.option(
    "--from",
    "date_from",
    callback=parse_date,
    metavar="YYYY-MM-DD",
    help="First publication date to include.",
)
@click.option(
    "--to",
    "date_to",
    callback=parse_date,
    metavar="YYYY-MM-DD",
    help="Last publication date to include; also the date of the overlays.",
)
@click.option(
    "--undated/--no-undated",
    default=True,
    show_default=True,
    help="Keep articles without a publication date when dates are filtered.",
)
@click.option(
    "--country",
    "countries",
    multiple=True,
    callback=parse_countries,
    metavar="CODE",
    help="Only articles about this country (repeatable): XK, RS, ...",
)
@click.option(
    "--level",
    type=click.Choice(["country", "admin1"]),
    default="country",
    show_default=True,
    help="Colour countries or admin-1 units.",
)
@click.option(
    "--metric",
    type=click.Choice(["articles", "mentions", "events"]),
    default="articles",
    show_default=True,
    help="What to count.",
)
@click.option("--per-100k", is_flag=True, help="Colour by count per 100,000 people.")
@click.option(
    "--overlay",
    "overlays",
    multiple=True,
    type=click.Choice(["nato", "eu"]),
    help="Alliance overlay as of --to (repeatable).",
)
@click.option("--title", default=None, help="Headline of the map (default: a standard one).")
@click.option(
    "--size",
    default="1600x1000",
    show_default=True,
    callback=parse_size,
    metavar="WxH",
    help="PNG size in CSS pixels.",
)
@click.option(
    "--scale",
    type=click.IntRange(1, 4),
    default=2,
    show_default=True,
    help="PNG device pixels per CSS pixel (2 = sharp on slides and print).",
)
def export_command(
    fmt: str | None,
    output: Path,
    db: str | None,
    date_from: date | None,
    date_to: date | None,
    undated: bool,
    countries: tuple[str, ...],
    level: str,
    metric: str,
    per_100k: bool,
    overlays: tuple[str, ...],
    title: str | None,
    size: tuple[int, int],
    scale: int,
) -> None:
    """Export the map (PNG, HTML) or the filtered data (CSV, GeoJSON).

    The same map as the dashboard for the same filters, with a title, the filters and
    dates, the legend, the attribution and the time of export on it. Works offline.

    \b
    Examples:
      newsmap export -o kosovo.png --country XK --from 2023-09-01 --to 2023-10-31
      newsmap export --format png --level admin1 --metric events --size 1200x800 -o m.png
      newsmap export -o map.html --overlay nato --to 2023-12-31
      newsmap export --format csv -o selection.zip --country RS --country XK
      newsmap export --format geojson --level admin1 -o units.geojson
    """
    fmt = _format_for(fmt, output)
    if date_from and date_to and date_from > date_to:
        raise click.BadParameter(
            f"--from {date_from} is after --to {date_to}", param_hint="'--from'/'--to'"
        )
    from newsmap.query import Filters
    from newsmap.view import scene

    view = scene.Scene(
        filters=Filters(
            date_from=date_from, date_to=date_to, include_undated=undated, countries=countries
        ),
        level=level,
        metric=metric,
        per_100k=per_100k,
        overlays=tuple(dict.fromkeys(overlays)),
        title=title or scene.DEFAULT_TITLE,
    )
    path = export_view(db, view, fmt, output, size=size, scale=scale)
    click.echo(f"wrote {path}", err=True)


def export_view(
    db: str | None, view: Scene, fmt: str, output: Path, *, size: tuple[int, int], scale: int
) -> Path:
    """Open the store and geodata and export `view`; library errors propagate."""
    from newsmap import export
    from newsmap.store import Store
    from newsmap.view.scene import load_geo

    require_store(db)
    geo = load_geo() if fmt != "csv" else None
    store = Store.open(db)
    try:
        return export.export_scene(
            store.query_frame, geo, view, fmt, output, size=size, scale=scale
        )
    finally:
        store.close()
