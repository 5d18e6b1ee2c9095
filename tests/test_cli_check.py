"""`factcheck check` as a CI job runs it: a real process, a scratch git repository, real files."""

from __future__ import annotations

import hashlib
import json
import os
import pty
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factcheck.baseline import normalise_sentence

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = str(ROOT / "claims")
WRONG = "France expelled three Azerbaijani diplomats from their embassy in Paris."
RIGHT = "Azerbaijan's Foreign Ministry had declared two French embassy employees personae non gratae."
ALLEGATION = "France has been supplying weapons to Armenia."
# Checkable (parties and numbers) but about nothing the seed claims record: an uncovered statement.
BACKGROUND = "Azerbaijan has a population of about 10 million, and Armenia of roughly three million."
UNCOVERED_LINE = "draft.md:3:1: uncovered: states checkable facts that no claim in the record covers"


def factcheck(cwd: Path, *args: str, env: dict[str, str] | None = None,
              stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_") and k not in ("CI", "NO_COLOR")}
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True,
                          env={**base, **(env or {})}, input=stdin, check=False)


def _drain(leader: int) -> bytes:
    """Everything written to a pseudo-terminal whose other end is closed."""
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # Linux reports the closed end as EIO
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return shown


def article(path: Path, *sentences: str) -> Path:
    path.write_text("# Desk draft\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    return path


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "desk", "GIT_AUTHOR_EMAIL": "desk@example.invalid",
                        "GIT_COMMITTER_NAME": "desk", "GIT_COMMITTER_EMAIL": "desk@example.invalid"})


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to build a scratch repository")
def test_baseline_survives_moved_lines_and_catches_new_contradictions(tmp_path: Path) -> None:
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q")
    draft = article(repo / "draft.md", RIGHT, WRONG)
    assert factcheck(repo, "check", "draft.md", "--claims", CLAIMS).returncode == 1

    written = factcheck(repo, "check", ".", "--claims", CLAIMS, "--write-baseline", ".factcheck-baseline.json")
    assert written.returncode == 0, written.stderr
    entries = json.loads((repo / ".factcheck-baseline.json").read_text(encoding="utf-8"))["entries"]
    assert [(e["path"], e["claim_id"], e["verdict"]) for e in entries] == [
        ("draft.md", "france-expels-azerbaijani-diplomats", "contradicted")]
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "baseline")

    # a new paragraph above the known contradiction moves it down; nothing is new
    article(draft, "A new opening paragraph about the weather in Lyon.", RIGHT, WRONG)
    moved = factcheck(repo, "check", ".", "--claims", CLAIMS, "--baseline", ".factcheck-baseline.json",
                      "--format", "json")
    assert moved.returncode == 0, moved.stdout
    report = json.loads(moved.stdout)
    assert report["summary"]["contradicted"] == 0
    assert report["summary"]["suppressed"] == 1

    # rewriting the baseline while using it keeps what it accepted
    again = factcheck(repo, "check", ".", "--claims", CLAIMS, "--baseline", ".factcheck-baseline.json",
                      "--write-baseline", ".factcheck-baseline.json")
    assert again.returncode == 0
    assert len(json.loads((repo / ".factcheck-baseline.json").read_text(encoding="utf-8"))["entries"]) == 1

    # a new contradiction fails the run, and only it is reported
    article(draft, "A new opening paragraph about the weather in Lyon.", RIGHT, WRONG,
            "The French diplomats were given 72 hours to leave Azerbaijan.")
    new = factcheck(repo, "check", ".", "--claims", CLAIMS, "--baseline", ".factcheck-baseline.json")
    assert new.returncode == 1
    assert "french-diplomats-48-hour-deadline" in new.stdout
    assert "found three" not in new.stdout


def test_github_actions_gets_annotations_and_a_job_summary(tmp_path: Path) -> None:
    article(tmp_path / "draft.md", WRONG)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    run = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS,
                    env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert run.returncode == 1
    assert "::error file=draft.md,line=3,col=1," in run.stdout
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n")
    assert "2 diplomats" in written and "three Azerbaijani diplomats" in written


def test_one_run_prints_text_and_writes_several_reports(tmp_path: Path) -> None:
    article(tmp_path / "draft.md", WRONG)
    run = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS,
                    "--report", "sarif:out/report.sarif", "--report", "html:report.html")
    assert run.returncode == 1, run.stderr
    assert "draft.md:3:1: contradicted france-expels-azerbaijani-diplomats" in run.stdout
    assert json.loads((tmp_path / "out" / "report.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "<mark" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "\x1b[" not in run.stdout  # not a terminal: no colour


def test_bad_report_spec_is_a_usage_error(tmp_path: Path) -> None:
    article(tmp_path / "draft.md", WRONG)
    run = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS, "--report", "pdf:x.pdf")
    assert run.returncode == 2
    assert "--report pdf:x.pdf" in run.stderr


@pytest.mark.parametrize(("fail_on", "text", "code"), [
    ("contradicted", ALLEGATION, 0),
    ("unverified", ALLEGATION, 1),
    ("never", WRONG, 0),
    ("contradicted", WRONG, 1),
    ("contradicted", RIGHT, 0),
    ("contradicted", BACKGROUND, 0),
    ("unverified", BACKGROUND, 0),
    ("uncovered", BACKGROUND, 1),
    ("uncovered", ALLEGATION, 1),
    ("uncovered", RIGHT, 0),
])
def test_fail_on_levels(tmp_path: Path, fail_on: str, text: str, code: int) -> None:
    article(tmp_path / "draft.md", text)
    assert factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS, "--fail-on", fail_on).returncode == code


def test_stdin_and_unreadable_input(tmp_path: Path) -> None:
    piped = factcheck(tmp_path, "check", "-", "--claims", CLAIMS, stdin=WRONG)
    assert piped.returncode == 1
    assert piped.stdout.startswith("-:1:1: contradicted")
    (tmp_path / "bad.txt").write_bytes(b"France \xff expelled")
    bad = factcheck(tmp_path, "check", "bad.txt", "--claims", CLAIMS)
    assert bad.returncode == 2
    assert "bad.txt" in bad.stderr and "Traceback" not in bad.stderr
    missing = factcheck(tmp_path, "check", "nope.md", "--claims", CLAIMS)
    assert missing.returncode == 2
    assert "nope.md: no such file or directory" in missing.stderr


def test_invalid_claims_are_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "x.json").write_text('{"claims": [{"id": "a"}]}', encoding="utf-8")
    article(tmp_path / "draft.md", WRONG)
    run = factcheck(tmp_path, "check", "draft.md")
    assert run.returncode == 2
    assert "x.json:1:13: /claims/0: 'statement' is required" in run.stderr


def test_config_file_sets_defaults_and_flags_override(tmp_path: Path) -> None:
    shutil.copytree(CLAIMS, tmp_path / "records")  # a config file names only paths inside its project
    (tmp_path / ".factcheck.toml").write_text('claims = ["records"]\nfail_on = "never"\n', encoding="utf-8")
    article(tmp_path / "draft.md", WRONG)
    assert factcheck(tmp_path, "check", "draft.md").returncode == 0
    assert factcheck(tmp_path, "check", "draft.md", "--fail-on", "contradicted").returncode == 1
    (tmp_path / ".factcheck.toml").write_text('fail_on = "sometimes"\n', encoding="utf-8")
    bad = factcheck(tmp_path, "check", "draft.md")
    assert bad.returncode == 2
    assert ".factcheck.toml" in bad.stderr and "fail_on" in bad.stderr


def test_suppressed_findings_are_counted_not_dropped(tmp_path: Path) -> None:
    article(tmp_path / "draft.md", "<!-- factcheck-ignore-next france-expels-azerbaijani-diplomats -->", WRONG)
    run = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS)
    assert run.returncode == 0
    assert "(1 suppressed)" in run.stdout


def test_progress_only_on_a_terminal(tmp_path: Path) -> None:
    for n in range(3):
        article(tmp_path / f"d{n}.md", RIGHT)
    piped = factcheck(tmp_path, "check", ".", "--claims", CLAIMS)
    assert piped.returncode == 0
    assert "[" not in piped.stderr

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", ".", "--claims", CLAIMS], cwd=tmp_path,
                          stdout=subprocess.PIPE, stderr=follower, env=env, check=False)
    os.close(follower)
    shown = _drain(leader)
    assert proc.returncode == 0
    assert b"3/3" in shown
    assert b"[" not in proc.stdout


def _on_terminal(cwd: Path, env: dict[str, str]) -> bytes:
    leader, follower = pty.openpty()
    base = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR") and not k.startswith("GITHUB_")}
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "draft.md", "--claims", CLAIMS], cwd=cwd,
                          stdout=follower, stderr=subprocess.PIPE, env={**base, **env}, check=False)
    os.close(follower)
    shown = _drain(leader)
    assert proc.returncode == 1
    return shown


def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path: Path) -> None:
    article(tmp_path / "draft.md", WRONG)
    assert b"\x1b[" in _on_terminal(tmp_path, {})
    plain = _on_terminal(tmp_path, {"NO_COLOR": "1"})
    assert b"\x1b[" not in plain
    assert b"contradicted france-expels-azerbaijani-diplomats" in plain


def test_min_score_decides_when_an_archive_statement_is_matched(tmp_path: Path) -> None:
    claims = tmp_path / "archive"
    claims.mkdir()
    (claims / "a.json").write_text(json.dumps({"claims": [
        {"id": "harbour-ferry", "statement": "The harbour ferry to Lisbon runs twice a day from May."}]}),
        encoding="utf-8")
    article(tmp_path / "draft.md", "The Lisbon ferry leaves the harbour twice daily in summer.")  # similarity 0.72
    strict = factcheck(tmp_path, "check", "draft.md", "--claims", str(claims), "--format", "json")
    assert json.loads(strict.stdout)["summary"]["supported"] == 0
    (tmp_path / ".factcheck.toml").write_text("min_score = 0.6\n", encoding="utf-8")
    loose = factcheck(tmp_path, "check", "draft.md", "--claims", str(claims), "--format", "json")
    findings = json.loads(loose.stdout)["documents"][0]["findings"]
    assert [(f["claim_id"], f["verdict"]) for f in findings] == [("harbour-ferry", "supported")]


def test_uncovered_statements_are_shown_only_on_request(tmp_path: Path) -> None:
    article(tmp_path / "draft.md", BACKGROUND)
    hidden = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS)
    assert hidden.returncode == 0
    assert "uncovered" not in hidden.stdout
    assert hidden.stdout.splitlines()[-1] == "0 contradicted, 0 unverified, 0 supported (0 suppressed) in 1 document"
    data = json.loads(factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS, "--format", "json").stdout)
    assert data["summary"]["uncovered"] == 0 and data["documents"][0]["findings"] == []

    shown = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS, "--uncovered")
    assert shown.returncode == 0, "uncovered statements never fail a run by default"
    assert shown.stdout.splitlines() == [
        UNCOVERED_LINE, "0 contradicted, 0 unverified, 1 uncovered, 0 supported (0 suppressed) in 1 document"]

    # failing on them shows them, so a run never fails on findings it hides
    failing = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS, "--fail-on", "uncovered")
    assert failing.returncode == 1
    assert UNCOVERED_LINE in failing.stdout


def test_uncovered_from_the_config_file_and_the_flag_that_turns_it_off(tmp_path: Path) -> None:
    article(tmp_path / "draft.md", BACKGROUND)
    shutil.copytree(CLAIMS, tmp_path / "records")  # a config file names only paths inside its project
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nclaims = ["records"]\nuncovered = true\n',
                                             encoding="utf-8")
    on = factcheck(tmp_path, "check", "draft.md")
    assert on.returncode == 0 and UNCOVERED_LINE in on.stdout
    off = factcheck(tmp_path, "check", "draft.md", "--no-uncovered")
    assert off.returncode == 0 and "uncovered" not in off.stdout
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nuncovered = "yes"\n', encoding="utf-8")
    bad = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS)
    assert bad.returncode == 2
    assert "[tool.factcheck] uncovered: expected true or false, got string 'yes'" in bad.stderr


def test_uncovered_in_report_files_follows_the_fail_level(tmp_path: Path) -> None:
    article(tmp_path / "draft.md", BACKGROUND)

    def reports(*flags: str) -> tuple[int, dict[str, object], ET.Element]:
        run = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS, "--report", "sarif:r.sarif",
                        "--report", "junit:r.xml", *flags)
        sarif = json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))
        return run.returncode, sarif, ET.fromstring((tmp_path / "r.xml").read_text(encoding="utf-8"))

    code, sarif, junit = reports("--uncovered")
    assert code == 0
    [result] = sarif["runs"][0]["results"]  # type: ignore[index]
    assert (result["ruleId"], result["level"]) == ("uncovered-statement", "note")
    case = junit.find("testsuite/testcase[@name='uncovered-statements']")
    assert case is not None and case.find("failure") is None and case.find("system-out") is not None

    code, _sarif, junit = reports("--fail-on", "uncovered")
    assert code == 1
    failure = junit.find("testsuite/testcase[@name='uncovered-statements']/failure")
    assert failure is not None and failure.get("type") == "uncovered-statement"

    code, sarif, junit = reports()
    assert code == 0 and sarif["runs"][0]["results"] == []  # type: ignore[index]
    assert junit.find(".//testcase") is None


def test_a_suppression_of_a_hidden_uncovered_statement_is_not_unused(tmp_path: Path) -> None:
    article(tmp_path / "draft.md", "<!-- factcheck-ignore-next -- background -->", BACKGROUND)
    hidden = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS, "--report-unused-suppressions")
    assert hidden.returncode == 0 and "unused suppression" not in hidden.stderr
    shown = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS, "--uncovered")
    assert "(1 suppressed)" in shown.stdout and "uncovered:" not in shown.stdout


def test_an_old_baseline_accepts_uncovered_statements_and_is_rewritten_in_the_new_form(tmp_path: Path) -> None:
    article(tmp_path / "draft.md", BACKGROUND)
    # what factcheck wrote for this sentence before the uncovered verdict existed
    key = "\x1f".join(("", "unverified", normalise_sentence(BACKGROUND)))
    old = {"path": "draft.md", "claim_id": None, "verdict": "unverified",
           "fingerprint": hashlib.sha256(key.encode("utf-8")).hexdigest(), "sentence": BACKGROUND}
    baseline = tmp_path / ".factcheck-baseline.json"
    baseline.write_text(json.dumps({"version": 1, "entries": [old]}), encoding="utf-8")

    accepted = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS, "--baseline", baseline.name,
                         "--fail-on", "uncovered", "--format", "json")
    assert accepted.returncode == 0, accepted.stdout
    assert json.loads(accepted.stdout)["summary"] == {
        "supported": 0, "contradicted": 0, "unverified": 0, "uncovered": 0, "suppressed": 1}

    # written without --uncovered, the baseline still records the statement, now as uncovered
    rewritten = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS, "--baseline", baseline.name,
                          "--write-baseline", baseline.name)
    assert rewritten.returncode == 0, rewritten.stderr
    [entry] = json.loads(baseline.read_text(encoding="utf-8"))["entries"]
    assert (entry["path"], entry["claim_id"], entry["verdict"]) == ("draft.md", None, "uncovered")
    assert entry["fingerprint"] != old["fingerprint"]
    again = factcheck(tmp_path, "check", "draft.md", "--claims", CLAIMS, "--baseline", baseline.name,
                      "--fail-on", "uncovered")
    assert again.returncode == 0 and "(1 suppressed)" in again.stdout
