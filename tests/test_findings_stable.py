"""Findings on known text must not move when the checker is made faster or safer.

The snapshot ``tests/golden/findings-stable.json`` holds ``(path, line, verdict, claim id)`` of every
finding, uncovered ones included, on the example articles, on every article of ``tests/articles/`` and
on each of their planted edits. Speed work (caching, windowing, running files in parallel) must leave it
exactly as it is. A change of matching rules that is meant to change verdicts regenerates it, on purpose:

    UPDATE_FINDINGS_SNAPSHOT=1 python -m pytest tests/test_findings_stable.py

and the diff of the snapshot is then reviewed like any other change of behaviour.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import pytest

from factcheck import ClaimBase, load_claims
from factcheck.config import Settings
from factcheck.document import read_text
from factcheck.evaluation import find_stories, read_story
from factcheck.run import check_files

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "golden" / "findings-stable.json"
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".md", ".txt"))

Row = tuple[str, int, str, str | None]


@cache
def _base(*claims: Path) -> ClaimBase:
    return load_claims(*claims)


def _rows(base: ClaimBase, text: str, shown: str, kind_of: str) -> list[Row]:
    report = base.check_document(read_text(text, kind_of), uncovered=True)
    return [(shown, f.start.line, f.verdict.value, f.claim_id) for f in report.findings]


def current() -> list[Row]:
    """Every finding of the snapshot's texts, as the checker gives them today."""
    rows: list[Row] = []
    seed = _base(ROOT / "claims")
    for path in EXAMPLES:
        rows += _rows(seed, path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix(), path.name)
    for folder in find_stories(ROOT / "tests" / "articles"):
        story = read_story(folder)
        base = _base(*story.claims)
        for article in story.articles:
            shown = article.path.relative_to(ROOT).as_posix()
            rows += _rows(base, article.text, shown, article.path.name)
            for n, edit in enumerate(article.planted):
                rows += _rows(base, edit.apply(article.text), f"{shown}#planted-{n}", article.path.name)
    return rows


def _load() -> list[Row]:
    return [(p, int(line), v, c) for p, line, v, c in json.loads(SNAPSHOT.read_text(encoding="utf-8"))]


def test_findings_match_the_snapshot() -> None:
    rows = current()
    if os.environ.get("UPDATE_FINDINGS_SNAPSHOT"):
        lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
        SNAPSHOT.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    stored = _load()
    assert len(stored) > 500, "the snapshot should cover hundreds of findings"
    missing = sorted(set(stored) - set(rows), key=str)
    extra = sorted(set(rows) - set(stored), key=str)
    assert not missing and not extra, f"gone: {missing[:20]}\nnew: {extra[:20]}"
    assert rows == stored  # same findings, and in the same order


def test_a_parallel_run_gives_the_serial_findings_in_the_same_order(tmp_path: Path) -> None:
    """Many files are checked on several processes; the report must not depend on it."""
    sources = [p for folder in find_stories(ROOT / "tests" / "articles") if folder.name == "france-azerbaijan"
               for p in sorted(folder.glob("*.md"))]
    sources += [p for p in EXAMPLES if p.suffix == ".md"]
    files = []
    for n in range(3):  # enough files to pass the threshold for working in parallel
        for source in sources:
            target = tmp_path / f"{n:02d}-{source.name}"
            target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
            files.append(target)
    base = _base(ROOT / "claims")
    settings = Settings(uncovered=True)
    serial = check_files(base, files, settings, jobs=1)
    parallel = check_files(base, files, settings, jobs=2)

    def flat(result: object) -> list[tuple[str, int, str, str | None]]:
        report = result.report  # type: ignore[attr-defined]
        return [(d.path, f.start.line, f.verdict.value, f.claim_id) for d, f in report.findings()]

    assert [d.path for d in parallel.report.documents] == [str(p) for p in files]
    assert flat(parallel) == flat(serial)
    assert len(flat(serial)) > 50


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_the_examples_are_in_the_snapshot(path: Path) -> None:
    shown = path.relative_to(ROOT).as_posix()
    assert any(row[0] == shown for row in _load())
