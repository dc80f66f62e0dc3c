"""The compiled build: the per-document modules really run compiled, and never stale.

An editable install keeps each compiled extension beside its source, and Python imports the
extension first; these tests hold the guard in ``newsmap.native`` to what it promises: an edited
source (or an extension the build did not make) runs the whole compiled group from source, with
one warning naming the rebuild command, and ``NEWSMAP_INTERPRETED=1`` does the same on purpose.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsmap import native

COMPILED_NAMES = [native.module_name(rel) for rel in native.COMPILED]
forced = os.environ.get(native.INTERPRETED_ENV, "").strip() not in ("", "0")

PROBE = """
import importlib, json, sys, warnings
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as caught:
    import newsmap
    from newsmap import native
    files = {m: importlib.import_module(m).__file__ for m in sys.argv[1:]}
print(json.dumps({"files": files, "warnings": [str(w.message) for w in caught],
                  "interpreted": native.is_interpreted()}))
"""


@pytest.mark.skipif(forced, reason=f"{native.INTERPRETED_ENV} asks for the source on purpose")
def test_the_per_document_modules_run_compiled() -> None:
    assert native.read_manifest() is not None, (
        f"no compiled build beside {native.PACKAGE_DIR}: rebuild with {native.REBUILD_HINT}"
    )
    assert not native.is_interpreted(), f"stale compiled build: {native.stale_modules()}"
    not_compiled = [
        m for m in COMPILED_NAMES if importlib.import_module(m).__file__.endswith(".py")
    ]
    assert not_compiled == []


@pytest.fixture()
def package_copy(tmp_path: Path) -> Path:
    """The installed package (its compiled build included) copied into a folder of its own."""
    if native.read_manifest() is None:
        pytest.fail(f"no compiled build to copy: rebuild with {native.REBUILD_HINT}")
    site = tmp_path / "site"
    shutil.copytree(
        native.PACKAGE_DIR,
        site / "newsmap",
        ignore=shutil.ignore_patterns("__pycache__", "assets", "static", "data"),
    )
    for group in native.PACKAGE_DIR.parent.glob("*__mypyc*"):
        shutil.copy2(group, site / group.name)
    return site


def _probe(site: Path, **env: str) -> dict:
    environ = {k: v for k, v in os.environ.items() if k != native.INTERPRETED_ENV}
    environ.update(PYTHONPATH=str(site), **env)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *COMPILED_NAMES],
        cwd=site.parent,
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    )
    facts = json.loads(done.stdout)
    assert all(f.startswith(str(site)) for f in facts["files"].values())
    return facts


def _from_source(facts: dict) -> list[str]:
    return sorted(m for m, f in facts["files"].items() if f.endswith(".py"))


def test_a_fresh_build_runs_compiled_without_a_word(package_copy: Path) -> None:
    facts = _probe(package_copy)
    assert facts["warnings"] == [] and not facts["interpreted"]
    assert _from_source(facts) == []


def test_an_edited_source_runs_the_whole_group_from_source_with_one_warning(
    package_copy: Path,
) -> None:
    rules = package_copy / "newsmap" / "geotag" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    facts = _probe(package_copy)
    assert facts["interpreted"]
    assert _from_source(facts) == sorted(COMPILED_NAMES)  # all of them: never a mix
    (warning,) = facts["warnings"]
    assert "newsmap.geotag.rules" in warning and native.REBUILD_HINT in warning


def test_interpreted_on_request_runs_from_source_silently(package_copy: Path) -> None:
    facts = _probe(package_copy, **{native.INTERPRETED_ENV: "1"})
    assert facts["interpreted"] and facts["warnings"] == []
    assert _from_source(facts) == sorted(COMPILED_NAMES)


def test_an_extension_the_build_did_not_make_is_stale(tmp_path: Path) -> None:
    package = tmp_path / "newsmap"
    (package / "geotag").mkdir(parents=True)
    (package / "geotag" / "rules.py").write_text("X = 1\n", encoding="utf-8")
    digest = native.source_digest(package / "geotag" / "rules.py")
    manifest = {"build": "b1", "sources": {"newsmap.geotag.rules": digest}}
    (package / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    suffix = native._EXTENSION_SUFFIXES[0]
    (package / "geotag" / f"rules{suffix}").write_bytes(b"")
    assert native.stale_modules(package) == []
    (package / "geotag" / f"matcher{suffix}").write_bytes(b"")  # left over from an older list
    assert native.stale_modules(package) == ["newsmap.geotag.matcher"]
    (package / "geotag" / "rules.py").write_text("X = 2\n", encoding="utf-8")
    assert sorted(native.stale_modules(package)) == [
        "newsmap.geotag.matcher",
        "newsmap.geotag.rules",
    ]


def test_the_examples_in_the_compiled_modules_hold_compiled() -> None:
    """A compiled function keeps no docstring, so the doctest collector skips these modules
    (see conftest.py): their examples are read from the source and run against the module as
    it is loaded, compiled or not."""
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    attempted = 0
    for rel, name in zip(native.COMPILED, COMPILED_NAMES, strict=True):
        path = native.PACKAGE_DIR / rel
        module = importlib.import_module(name)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef):
                continue
            doc = ast.get_docstring(node, clean=True)
            if doc and ">>>" in doc:
                label = f"{name}.{getattr(node, 'name', '')}"
                test = parser.get_doctest(doc, dict(vars(module)), label, str(path), 0)
                result = runner.run(test, out=lambda _s: None)
                assert result.failed == 0, f"an example of {label} fails"
                attempted += result.attempted
    assert attempted >= 3  # geotag.folding's


def test_a_source_as_the_build_saw_it_is_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "newsmap"
    (package / "geotag").mkdir(parents=True)
    rules = package / "geotag" / "rules.py"
    rules.write_text("X = 1\n", encoding="utf-8")
    name = "newsmap.geotag.rules"
    manifest = {
        "build": "b1",
        "sources": {name: native.source_digest(rules)},
        "stats": {name: native.file_stat(rules)},
    }
    (package / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    hashed: list[Path] = []
    digest = native.source_digest

    def counted(path: Path) -> str:
        hashed.append(path)
        return digest(path)

    monkeypatch.setattr(native, "source_digest", counted)
    assert native.stale_modules(package) == [] and hashed == []
    # the same bytes written again (a new time): hashed, and still the source compiled
    os.utime(rules, ns=(1, 1))
    assert native.stale_modules(package) == [] and hashed == [rules]
    # an edit of the same size: another time, another digest
    rules.write_text("X = 2\n", encoding="utf-8")
    assert native.stale_modules(package) == [name]
