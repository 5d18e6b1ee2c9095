"""End to end: the example articles through the whole pipeline, against golden JSON and planted errors.

Regenerate the golden files with ``UPDATE_GOLDEN=1 python -m pytest tests/test_end_to_end.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcheck import Verdict, load_claims
from factcheck.cli import main
from factcheck.config import Settings
from factcheck.run import check_files

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".md", ".txt"))
GOLDEN = ROOT / "tests" / "golden" / "e2e"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        code = main(["check", *args, "--claims", "claims"])
    finally:
        os.chdir(cwd)
    return code, capsys.readouterr().out


@pytest.mark.parametrize("article", EXAMPLES, ids=lambda p: p.name)
def test_golden_json(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, str(article.relative_to(ROOT)), "--format", "json")
    golden = GOLDEN / (article.stem + ".json")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(out.encode("utf-8"))
    assert out == golden.read_bytes().decode("utf-8")
    report = json.loads(out)
    assert code == (1 if report["summary"]["contradicted"] else 0)


@pytest.mark.parametrize("article", EXAMPLES, ids=lambda p: p.name)
def test_planted_errors_are_found(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = json.loads(article.with_name(article.stem + ".expected.json").read_text(encoding="utf-8"))
    _code, out = run(capsys, str(article.relative_to(ROOT)), "--format", "json")
    found = {(f["line"], f["claim_id"], f["verdict"]) for d in json.loads(out)["documents"] for f in d["findings"]}
    for planted in expected:
        assert (planted["line"], planted["claim"], planted["verdict"]) in found, planted


def test_same_input_same_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    article = str(EXAMPLES[0].relative_to(ROOT))
    first = run(capsys, article, "--format", "json")[1]
    assert run(capsys, article, "--format", "json")[1] == first


FORMAT_SUFFIX = {"text": "txt", "json": "json", "markdown": "md", "html": "html", "sarif": "sarif",
                 "github": "log", "junit": "xml"}


@pytest.mark.parametrize("fmt", sorted(FORMAT_SUFFIX))
@pytest.mark.parametrize("article", EXAMPLES, ids=lambda p: p.name)
def test_golden_every_format(article: Path, fmt: str, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    _code, out = run(capsys, str(article.relative_to(ROOT)), "--format", fmt)
    golden = GOLDEN / f"{article.stem}.{FORMAT_SUFFIX[fmt]}"
    if fmt == "json":
        golden = GOLDEN / (article.stem + ".json")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(out.encode("utf-8"))
    assert out == golden.read_bytes().decode("utf-8")


@pytest.mark.parametrize("article", EXAMPLES, ids=lambda p: p.name)
def test_no_contradiction_beyond_the_planted_ones(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = json.loads(article.with_name(article.stem + ".expected.json").read_text(encoding="utf-8"))
    planted_lines = {p["line"] for p in expected if p["verdict"] == "contradicted"}
    _code, out = run(capsys, str(article.relative_to(ROOT)), "--format", "json")
    false_alarms = [(f["line"], f["claim_id"], f["sentence"]) for d in json.loads(out)["documents"]
                    for f in d["findings"] if f["verdict"] == "contradicted" and f["line"] not in planted_lines]
    assert false_alarms == []


BACKGROUND = "Azerbaijan has a population of about 10 million, and Armenia of roughly three million."


def test_library_reports_uncovered_statements_only_when_asked(tmp_path: Path) -> None:
    base = load_claims(ROOT / "claims")
    assert list(base.check(BACKGROUND).findings()) == []
    [(_doc, found)] = base.check(BACKGROUND, uncovered=True).findings()
    assert (found.verdict, found.claim, found.rule) == (Verdict.uncovered, None, "uncovered-statement")

    draft = tmp_path / "draft.md"
    draft.write_text(BACKGROUND + "\n", encoding="utf-8")
    hidden = check_files(base, [draft], Settings())
    assert hidden.report.summary.uncovered == 0 and not list(hidden.report.findings())
    assert hidden.checked is not None and hidden.checked.summary.uncovered == 1, "a baseline records them anyway"
    shown = check_files(base, [draft], Settings(uncovered=True))
    assert shown.report.summary.uncovered == 1 and not shown.report.fails(Settings().fail_verdict)
    assert check_files(base, [draft], Settings(fail_on="uncovered")).report.fails(Verdict.uncovered)
