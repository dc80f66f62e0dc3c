"""A command imports only what it needs: `newsmap analyze` never loads the store's libraries
(pandas, SQLAlchemy, the PostgreSQL driver), which once cost it more start-up CPU than the
gazetteer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from newsmap.cli import cli
try:
    cli.main(["analyze", sys.argv[1]], prog_name="newsmap", standalone_mode=False)
finally:
    sys.stdout.flush()
heavy = sorted(m for m in ("pandas", "sqlalchemy", "psycopg", "newsmap.store") if m in sys.modules)
print("HEAVY=" + ",".join(heavy), file=sys.stderr)
"""


def test_analyze_tags_without_importing_the_store(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "a", "text": "Talks resumed in Skopje.", "published": "2024-05-02"})
        + "\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(docs)], capture_output=True, text=True, check=True
    )
    (line,) = done.stdout.splitlines()
    assert [m["surface"] for m in json.loads(line)["mentions"]] == ["Skopje"]
    (heavy,) = [x for x in done.stderr.splitlines() if x.startswith("HEAVY=")]
    assert heavy == "HEAVY="


def test_every_command_is_listed_and_loads_by_name() -> None:
    import click

    from newsmap.cli import COMMANDS, cli

    ctx = click.Context(cli)
    assert cli.list_commands(ctx) == sorted(COMMANDS)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None and command.name == name
    assert cli.get_command(ctx, "no-such-command") is None
