"""One exit code per meaning: 0 clean, 1 findings, 2 bad input with its file and place, 3 a bug in factcheck.

CI decides on the code alone, so a crash must never look like a verdict (1) and a silent pass must
never look like a clean run (0). Each case here was once one or the other.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.claimbase import ClaimBase
from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims"
WRONG = "France expelled three Azerbaijani diplomats from their embassy in Paris."


def factcheck(cwd: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_") and k != "CI"}
    proc = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, input=stdin,
                          env=env, check=False, timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"),
                                       proc.stderr.decode("utf-8", "replace"))


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with the seed claims and a draft holding one contradiction, entered as the working directory."""
    shutil.copytree(CLAIMS, tmp_path / "claims")
    (tmp_path / "draft.md").write_text(f"# Draft\n\n{WRONG}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / ".cache"))
    return tmp_path


# --- 3: an internal error is never a verdict -----------------------------------------------------------


def _explode(self: ClaimBase, *args: object, **kwargs: object) -> object:
    raise ValueError("could not convert string to float: '³'")


def test_an_exception_while_checking_a_document_is_exit_3_naming_it(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ClaimBase, "check_document", _explode)
    code, _out, err = cli(capsys, "check", "draft.md", "--no-cache")
    assert code == 3
    assert "factcheck: draft.md: internal error while checking this document: ValueError: could not convert" in err
    assert "Traceback" not in err and "--debug" in err


def test_debug_shows_the_traceback(project: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ClaimBase, "check_document", _explode)
    for argv in (["--debug", "check", "draft.md"], ["check", "draft.md", "--debug"]):
        code, _out, err = cli(capsys, *argv, "--no-cache")
        assert code == 3
        assert "Traceback (most recent call last)" in err and "_explode" in err


def test_the_other_documents_are_still_reported_and_no_baseline_is_written(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "other.md").write_text("# Other\n\nA quiet day in Lyon.\n", encoding="utf-8")
    real = ClaimBase.check_document

    def only_draft(self: ClaimBase, document: object, *args: object, **kwargs: object) -> object:
        if getattr(document, "path", "") == "draft.md":
            raise RecursionError("maximum recursion depth exceeded")
        return real(self, document, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ClaimBase, "check_document", only_draft)
    code, out, err = cli(capsys, "check", "draft.md", "other.md", "--no-cache")
    assert code == 3 and "in 1 document" in out and "draft.md: internal error" in err
    code, _out, err = cli(capsys, "check", "draft.md", "other.md", "--no-cache", "--write-baseline", "b.json")
    assert code == 3 and not (project / "b.json").exists()


def test_an_exception_outside_any_document_is_exit_3(project: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("the walk went wrong")

    monkeypatch.setattr("factcheck.cli.find_files", broken)
    code, _out, err = cli(capsys, "check", "draft.md")
    assert code == 3
    assert "internal error: RuntimeError: the walk went wrong" in err and "Traceback" not in err


@pytest.mark.parametrize("sentence", ["France expelled two diplomats¹ from Paris.",
                                      "France expelled 10³ Azerbaijani diplomats.",
                                      "Azerbaijan gave the French embassy employees 48² hours to leave."])
def test_footnotes_and_superscripts_in_an_article_are_read_not_crashed_on(project: Path, sentence: str) -> None:
    (project / "draft.md").write_text(f"# Draft\n\n{sentence}\n", encoding="utf-8")
    run = factcheck(project, "check", "draft.md")
    assert "Traceback" not in run.stderr
    assert run.returncode in (0, 1), run.stderr


# --- 2: bad input, with the file and the place --------------------------------------------------------

NUMBER_CLAIM = ('{{"claims": [{{"id": "x", "statement": "France expelled diplomats.",\n'
                '  "values": [{{"kind": "count", "number": {}, "noun": "diplomats"}}]}}]}}\n')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NUMBER_CLAIM.format("9" * 5000), "zz-bad.json:2:42: /claims/0/values/0/number: number 999999999999… "
                                          "(5000 digits) is out of range"),
        (NUMBER_CLAIM.format("1e400"), "zz-bad.json:2:42: /claims/0/values/0/number: number 1e400 is out of range"),
        (NUMBER_CLAIM.format("-1E+999"), "/claims/0/values/0/number: number -1E+999 is out of range"),
        (NUMBER_CLAIM.format("NaN"), "zz-bad.json:2:42: /claims/0/values/0/number: NaN and Infinity are not JSON"),
        (NUMBER_CLAIM.format("Infinity"), "zz-bad.json:2:42: /claims/0/values/0/number: NaN and Infinity"),
        (NUMBER_CLAIM.format("-Infinity"), "zz-bad.json:2:42: /claims/0/values/0/number: NaN and Infinity"),
        ('{"claims": ' + "[" * 3000 + "]" * 3000 + "}", "zz-bad.json:1:75: invalid JSON: nested more than 64"),
        ('{"claims": ' + "[" * 100 + "]" * 100 + "}", "zz-bad.json:1:75: invalid JSON: nested more than 64"),
        (json.dumps({"entities": [{"id": "aa", "name": "Aland", "part_of": "bb"},
                                  {"id": "bb", "name": "Bland", "part_of": "aa"}]}, indent=1),
         "zz-bad.json:6:15: /entities/0/part_of: part_of forms a cycle: aa → bb → aa"),
        (json.dumps({"entities": [{"id": "aa", "name": "Aland", "part_of": "aa"}]}),
         "/entities/0/part_of: part_of forms a cycle: aa → aa"),
    ],
    ids=["5000-digit-integer", "1e400", "-1E+999", "NaN", "Infinity", "-Infinity", "nested-3000", "nested-100",
         "part_of-cycle", "part_of-itself"],
)
def test_bad_claims_files_are_located_input_errors(project: Path, capsys: pytest.CaptureFixture[str],
                                                   text: str, expected: str) -> None:
    (project / "claims" / "zz-bad.json").write_text(text, encoding="utf-8")
    code, out, err = cli(capsys, "check", "draft.md", "--no-cache")
    assert code == 2 and out == ""
    assert expected in err, err
    code, out, _err = cli(capsys, "validate", "claims")
    assert code == 1 and expected in out  # validate's verdict on claims files is its 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('format = "xml"', "format: expected one of github, html, json, junit, markdown, sarif, text, got 'xml'"),
        ('reports = ["xml:out.xml"]', "reports: unknown format 'xml' in 'xml:out.xml'"),
        ("min_score = nan", "min_score: expected a number between 0 and 1, got nan"),
        ("min_score = 1e400", "min_score: expected a number between 0 and 1, got inf"),
        ("uncovered = 1", "uncovered: expected true or false, got number 1"),
        ("fail_on = 'sometimes'", "fail_on: expected one of contradicted, unverified, uncovered, never"),
        ("min_score = " + "1" * 5000, ".factcheck.toml:1:13: invalid TOML: number too large"),
        ("exclude = " + "[" * 3000 + "]" * 3000, ".factcheck.toml:1:75: invalid TOML: nested too deeply"),
    ],
)
def test_bad_config_values_are_located_input_errors(project: Path, capsys: pytest.CaptureFixture[str],
                                                    body: str, expected: str) -> None:
    (project / ".factcheck.toml").write_text(body + "\n", encoding="utf-8")
    code, out, err = cli(capsys, "check", "draft.md")
    assert code == 2 and out == ""
    assert err.startswith(f"factcheck: {project / '.factcheck.toml'}") and expected in err, err


def test_non_utf8_standard_input_is_refused(project: Path) -> None:
    run = factcheck(project, "check", "-", stdin=b"# T\n\nFrance \xff\xfe expelled three diplomats.\n")
    assert run.returncode == 2
    assert "factcheck: -: standard input is not valid UTF-8 (byte 12: invalid start byte)" in run.stderr
    assert "Traceback" not in run.stderr
    good = factcheck(project, "check", "-", stdin=WRONG.encode("utf-8"))
    assert good.returncode == 1


def test_utf16_without_a_byte_order_mark_is_refused_not_passed(project: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    (project / "draft.md").write_bytes(f"# Draft\n\n{WRONG}\n".encode("utf-16-le"))
    code, _out, err = cli(capsys, "check", "draft.md")
    assert code == 2
    assert "factcheck: draft.md: contains NUL bytes: it looks like UTF-16-LE without a byte-order mark" in err
    (project / "draft.md").write_bytes(f"# Draft\n\n{WRONG}\n".encode("utf-16-be"))
    assert "UTF-16-BE without a byte-order mark" in cli(capsys, "check", "draft.md")[2]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_a_byte_order_mark_says_how_to_read_the_file(project: Path, capsys: pytest.CaptureFixture[str],
                                                     encoding: str) -> None:
    (project / "draft.md").write_bytes(f"# Draft\n\n{WRONG}\n".encode(encoding))
    code, out, _err = cli(capsys, "check", "draft.md")
    assert code == 1 and "draft.md:3:1: contradicted" in out


def test_a_broken_utf16_file_is_refused_with_its_place(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "draft.md").write_bytes(b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    code, _out, err = cli(capsys, "check", "draft.md")
    assert code == 2 and "draft.md: not valid UTF-16-LE (byte 6:" in err


def test_a_run_that_checks_nothing_says_so(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "empty").mkdir()
    code, out, err = cli(capsys, "check", "empty")
    assert code == 2 and out == ""
    assert "no documents to check in empty" in err and "--allow-empty" in err
    code, out, _err = cli(capsys, "check", "empty", "--allow-empty")
    assert code == 0 and "in 0 documents" in out
    (project / ".factcheck.toml").write_text("allow_empty = true\n", encoding="utf-8")
    assert cli(capsys, "check", "empty")[0] == 0


def test_a_csv_with_an_unclosed_quote_imports_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = project / "t.csv"
    table.write_text('id,text\na,"France expelled two diplomats.\nb,Second row.\nc,Third row.\n', encoding="utf-8")
    code, out, err = cli(capsys, "import", "t.csv", "--id-field", "id", "--text-field", "text", "-o", "out.json")
    assert code == 2 and out == ""
    assert "factcheck: t.csv:2: a quoted cell is never closed; nothing imported" in err
    assert not (project / "out.json").exists()


def test_import_never_replaces_a_claims_file_unless_forced(project: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    (project / "t.csv").write_text("id,text\na,One.\nb,Two.\n", encoding="utf-8")
    target = project / "claims" / "entities.json"
    before = target.read_text(encoding="utf-8")
    args = ["import", "t.csv", "--id-field", "id", "--text-field", "text", "-o", "claims/entities.json"]
    code, _out, err = cli(capsys, *args)
    assert code == 2 and "claims/entities.json: already exists; nothing written (pass --force" in err
    assert target.read_text(encoding="utf-8") == before
    code, out, _err = cli(capsys, *args, "--force")
    assert code == 0 and out == "wrote 2 claims to claims/entities.json\n"
    assert len(json.loads(target.read_text(encoding="utf-8"))["claims"]) == 2


# --- 0 and 1 --------------------------------------------------------------------------------------------


def test_clean_and_findings(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "check", "draft.md")[0] == 1
    assert cli(capsys, "check", "draft.md", "--fail-on", "never")[0] == 0
    with pytest.raises(SystemExit) as usage:
        main(["check", "--no-such-flag"])
    assert usage.value.code == 2
