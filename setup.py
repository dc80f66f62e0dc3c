"""Compile the per-document path with mypyc at install time (pyproject.toml holds the metadata).

The modules compiled are listed in src/newsmap/native.py (``COMPILED``).  After the build a
manifest of their source digests is written beside them (``newsmap/native_build.json``), which
``newsmap.native.guard`` checks at import so that an edited source never runs as its stale
compiled self.  ``pip install .`` builds a wheel holding both the extensions and the sources;
``pip install -e .`` compiles in place (the extensions land beside the sources in src/).
"""

from __future__ import annotations

import hashlib
import json
import runpy
from pathlib import Path

from mypy.version import __version__ as mypy_version
from mypyc.build import mypycify
from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "src" / "newsmap"
NATIVE = runpy.run_path(str(PACKAGE / "native.py"))
COMPILED: tuple[str, ...] = NATIVE["COMPILED"]
SOURCES = [f"src/newsmap/{rel}" for rel in COMPILED]


class BuildWithManifest(build_ext):
    """build_ext, then the manifest of the compiled sources beside the built package."""

    def run(self) -> None:
        # the digests are taken before compiling: a source edited during the build is stale
        sources = {
            NATIVE["module_name"](rel): hashlib.sha256((PACKAGE / rel).read_bytes()).hexdigest()
            for rel in COMPILED
        }
        # and each source's size and modification time, so that the guard hashes only a
        # source whose file changed since (``native.stale_modules``)
        stats = {NATIVE["module_name"](rel): NATIVE["file_stat"](PACKAGE / rel) for rel in COMPILED}
        super().run()
        recipe = json.dumps([mypy_version, sources], sort_keys=True)
        build = hashlib.sha256(recipe.encode()).hexdigest()[:16]
        record = {"build": build, "sources": sources, "stats": stats}
        text = json.dumps(record, indent=1, sort_keys=True) + "\n"
        roots = [Path(self.build_lib)]
        if self.inplace or getattr(self, "editable_mode", False):
            roots.append(HERE / "src")
        for root in roots:
            self._remove_leftovers(root)
            (root / "newsmap").mkdir(parents=True, exist_ok=True)
            (root / "newsmap" / NATIVE["MANIFEST"]).write_text(text, encoding="utf-8")
        if len(roots) > 1:
            self._write_bytecode(HERE / "src" / "newsmap")

    @staticmethod
    def _write_bytecode(package: Path) -> None:
        """Compile the package's interpreted modules to bytecode beside the sources, as
        installing a wheel does: in place, a run with ``PYTHONDONTWRITEBYTECODE`` set (or a
        read-only checkout) would otherwise compile every one of them from source again on
        each start-up (a seventh of a short ``newsmap analyze``).  An edited source still
        runs as itself: the bytecode records the source's size and time."""
        import compileall

        compileall.compile_dir(str(package), quiet=1)

    def _remove_leftovers(self, root: Path) -> None:
        """Extensions under ``root`` (src/, or the build folder a wheel is made from) that this
        build did not make (a module since dropped from the list, an older group library) would
        shadow their sources: remove them."""
        made = {ext.name for ext in self.extensions}
        for path in root.rglob("*.so"):
            name = ".".join(path.relative_to(root).with_name(path.name.split(".")[0]).parts)
            if name not in made and "assets" not in path.parts:
                path.unlink()


setup(
    ext_modules=mypycify(SOURCES, opt_level="3"),
    cmdclass={"build_ext": BuildWithManifest},
)
