"""What a ``factcheck check`` process imports once the claim base is cached.

Start-up is most of what a one-article check costs, so the modules a check does not run must stay out of
it: the other commands (``draft``, ``explain``, ``validate``), the validation a cached base never needs
(the loader, JSON Schema, the pydantic records and pydantic itself: a check reads the plain copies of
:mod:`factcheck.plain`), the lemmatiser, the walker's pathspec for a file named on the command line, the
report formats not asked for, the baseline module when no baseline is used, and the close-match hints of
an error message. Each of these crept in once through a module-level import; this test makes that visible.
Patterns compiled on demand stay out of it too: the long dateline and credit patterns for an article
without datelines or credit lines, and the Unicode word patterns for one in ASCII.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = str(ROOT / "examples" / "desk-draft.md")
CLAIMS = str(ROOT / "claims")

# Runs main() as the program does and reports what it printed, its exit code, what was imported, which
# patterns compiled on demand were compiled, whether the garbage collector is on again, and whether any
# claim record built its validator (the records are imported only after the modules are listed).
_PROBE = """
import contextlib, gc, io, json, sys
from factcheck.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(sys.argv[1:])
modules = sorted(sys.modules)
from factcheck import boilerplate, entities, records
from factcheck.kinds import numbers
cues = boilerplate.load_cues("en")
compiled = [n for n in ("dateline_re", "agency_list_re", "with_credit_re", "outlet_credit_re", "wire_photo_re")
            if getattr(cues, n)._compiled is not None]
compiled += [f.__name__ for f in (numbers._unicode_tokens, entities._unicode_words) if f.cache_info().currsize]
print(json.dumps({"code": code, "out": out.getvalue(), "modules": modules, "compiled": compiled,
                  "collecting": gc.isenabled(),
                  "validators": [n for n in ("Claim", "Entity", "Source", "ClaimsFile")
                                 if getattr(records, n).__pydantic_complete__]}))
"""

NOT_FOR_CHECK = (
    "factcheck.commands", "factcheck.draft", "factcheck.lint", "factcheck.loader", "factcheck.schemas",
    "factcheck.evaluation", "factcheck.importer", "jsonschema", "lemminflect",
    "factcheck.formats.html", "factcheck.formats.junit", "factcheck.formats.sarif", "xml.etree.ElementTree",
    "importlib.metadata", "email", "pydantic.type_adapter",
    # the records and what they are built with: a cached base checks with plain copies
    "factcheck.records", "factcheck.infer", "pydantic", "pydantic_core", "annotated_types",
    # named files are never walked: no gitignore matching, and none of what pathspec imports
    "pathspec", "typing_extensions", "asyncio",
    # a run without a baseline neither reads nor writes one, and the text report has no fingerprints
    "factcheck.baseline", "factcheck._jsonpos",
    # close-match hints are for a misspelt directive or config key only
    "difflib",
)


def _check(cache: Path, *args: str) -> dict[str, object]:
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(cache),
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    done = subprocess.run([sys.executable, "-c", _PROBE, "check", ARTICLE, "--claims", CLAIMS, *args],
                          cwd=ROOT, capture_output=True, text=True, env=env, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_check_from_the_cache_imports_only_what_it_runs(tmp_path: Path) -> None:
    cold = _check(tmp_path)
    assert list(tmp_path.glob("base-*.pickle")), "a first run stores the base it built"
    warm = _check(tmp_path)
    assert warm["code"] == cold["code"] == 1
    assert warm["out"] == cold["out"]
    modules = set(warm["modules"])  # type: ignore[call-overload]
    assert "factcheck.claimbase" in modules  # the probe did check something
    assert sorted(modules.intersection(NOT_FOR_CHECK)) == []
    assert warm["validators"] == [], "records restored from the cache are never validated"
    # an article in ASCII with no dateline or credit line needs none of the long or Unicode patterns
    assert warm["compiled"] == []
    assert warm["collecting"], "the collector is paused during start-up only"


def test_a_check_without_the_cache_reads_the_same(tmp_path: Path) -> None:
    warm = _check(tmp_path)
    fresh = _check(tmp_path / "unused", "--no-cache")
    assert fresh["out"] == warm["out"]
    assert not (tmp_path / "unused").exists()
