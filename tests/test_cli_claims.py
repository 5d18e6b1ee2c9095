"""The subcommands around the claim base (`claims`, `explain`, `search`, `validate`, `pre-commit`), the
config file every subcommand reads, help on every option, and suppression mistakes in the report."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import _parser, main
from factcheck.commands import pre_commit_paths
from factcheck.config import Settings
from factcheck.findings import Verdict
from factcheck.run import check_files

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = str(ROOT / "claims")
WRONG = "France expelled three Azerbaijani diplomats from their embassy in Paris."
RIGHT = "Azerbaijan's Foreign Ministry had declared two French embassy employees personae non gratae."


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


def test_every_option_of_every_subcommand_has_help() -> None:
    commands = _subparsers(_parser())
    assert {"check", "validate", "search", "import", "claims", "explain", "pre-commit"} <= set(commands)
    missing = [f"{name} {action.dest}" for name, sub in commands.items() for action in sub._actions
               if not action.help or action.help == argparse.SUPPRESS]
    assert missing == []


def test_claims_lists_the_base_with_filters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "claims", "--claims", CLAIMS)
    lines = out.splitlines()
    assert code == 0
    assert lines[-1] == "19 claims in 2 files"
    assert lines[0].split()[:2] == ["france-expels-azerbaijani-diplomats", "verified"]

    code, out, _ = run(capsys, "claims", "--claims", CLAIMS, "--id", "france-*", "--status", "verified")
    ids = [line.split()[0] for line in out.splitlines()[:-1]]
    assert ids and all(i.startswith("france-") for i in ids)
    assert out.splitlines()[-1] == f"{len(ids)} of 19 claims in 2 files"

    code, out, _ = run(capsys, "claims", "--claims", CLAIMS, "--status", "alleged", "--format", "json")
    data = json.loads(out)
    assert data["total"] == 19 and data["count"] == len(data["claims"]) > 0
    assert {c["status"] for c in data["claims"]} == {"alleged"}
    assert all(c["file"].endswith(".json") and c["attribution"] for c in data["claims"])


def test_claims_entity_filter_takes_in_parts_of_the_entity(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "claims", "--claims", CLAIMS, "--entity", "france", "--format", "json")
    ids = {c["id"] for c in json.loads(out)["claims"]}
    # Its actor is the French Foreign Ministry, which is part of France.
    assert "france-cites-reciprocity" in ids
    assert "azerbaijan-reclaims-nagorno-karabakh" not in ids

    code, out, err = run(capsys, "claims", "--claims", CLAIMS, "--entity", "frnace")
    assert code == 2 and "did you mean france?" in err

    code, out, _ = run(capsys, "claims", "--claims", CLAIMS, "--id", "nothing-*")
    assert code == 0 and out == "no claim matches the filters (19 claims in the base)\n"


def test_explain_shows_the_claim_and_examples_the_checker_confirms(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "french-diplomats-48-hour-deadline", "--claims", CLAIMS)
    assert code == 0
    assert out.startswith("french-diplomats-48-hour-deadline (verified) in ")
    assert "deadline: 48 hours (PT48H)" in out
    assert "Source: france-azerbaijan-expulsions" in out and "paragraph" in out
    assert "Entities:" in out and "france: France (country" in out

    code, out, _ = run(capsys, "explain", "french-diplomats-48-hour-deadline", "--claims", CLAIMS, "--format", "json")
    data = json.loads(out)
    assert data["claim"]["id"] == "french-diplomats-48-hour-deadline"
    assert data["source"]["id"] == "france-azerbaijan-expulsions"
    supports, contradicts = data["examples"]["supports"], data["examples"]["contradicts"]
    assert supports["verdict"] == "supported" and contradicts["verdict"] == "contradicted"
    assert contradicts["changed"] == "deadline"
    assert contradicts["discrepancies"] == [{"field": "deadline", "expected": "48 hours", "found": "72 hours"}]

    # The examples are real: the checker, run independently, says the same of them.
    base = factcheck.load_claims(CLAIMS)
    for example, verdict in ((supports, Verdict.supported), (contradicts, Verdict.contradicted)):
        verdicts = {f.verdict for _d, f in base.check(example["text"]).findings()
                    if f.claim_id == "french-diplomats-48-hour-deadline"}
        assert verdicts == {verdict}, example["text"]


def test_explain_attributes_an_allegation_in_its_supporting_example(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "explain", "aliyev-alleges-france-arms-armenia", "--claims", CLAIMS, "--format", "json")
    supports = json.loads(out)["examples"]["supports"]
    # Stated as plain fact the allegation would be unverified; the example says who alleges it.
    assert supports["text"].startswith("According to Ilham Aliyev, ")


def test_explain_unknown_id_suggests_the_closest(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "explain", "french-diplomats-48-hour-dedline", "--claims", CLAIMS)
    assert code == 2 and out == ""
    assert "did you mean french-diplomats-48-hour-deadline?" in err


def test_search_says_when_nothing_matches(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "zebra quokka", "--claims", CLAIMS)
    assert code == 0 and out == "no claim matches this text (19 claims searched)\n"
    code, out, _ = run(capsys, "search", "zebra quokka", "--claims", CLAIMS, "--format", "json")
    assert json.loads(out) == {"results": []}
    _, out, _ = run(capsys, "search", "France kicked out Azerbaijani envoys", "--claims", CLAIMS, "-k", "1")
    assert out.split()[1] == "france-expels-azerbaijani-diplomats"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose claims live in `records/`, named only by its config file."""
    shutil.copytree(CLAIMS, tmp_path / "records")
    (tmp_path / ".factcheck.toml").write_text('claims = ["records"]\n', encoding="utf-8")
    (tmp_path / "articles").mkdir()
    monkeypatch.chdir(tmp_path / "articles")  # the config is found by walking up
    return tmp_path


def test_every_subcommand_reads_the_config_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "claims")[2] == ""
    assert run(capsys, "claims")[1].splitlines()[-1] == "19 claims in 2 files"
    _, out, _ = run(capsys, "search", "France kicked out Azerbaijani envoys", "-k", "1")
    assert "france-expels-azerbaijani-diplomats" in out
    assert run(capsys, "explain", "france-cites-reciprocity")[0] == 0
    code, out, _ = run(capsys, "validate")
    assert code == 0 and out == "2 files, 19 claims: valid\n"

    (project / "records" / "broken.json").write_text('{"claims": [{"id": "Bad Id"}]}', encoding="utf-8")
    assert run(capsys, "validate")[0] == 1
    for command in (["claims"], ["search", "France"], ["explain", "france-cites-reciprocity"]):
        code, _, err = run(capsys, *command)
        assert code == 2 and "broken.json" in err, command


def test_subcommands_take_an_explicit_config(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(CLAIMS, tmp_path / "records")  # a config file names only paths inside its project
    (tmp_path / "elsewhere.toml").write_text('claims = ["records"]\n', encoding="utf-8")
    assert run(capsys, "claims")[0] == 2  # no claims/ here and no config found
    assert run(capsys, "claims", "--config", "elsewhere.toml")[0] == 0
    assert run(capsys, "validate", "--config", "elsewhere.toml")[0] == 0
    (tmp_path / "bad.toml").write_text('claim = ["x"]\n', encoding="utf-8")
    code, _, err = run(capsys, "search", "France", "--config", "bad.toml")
    assert code == 2 and "did you mean 'claims'?" in err


def _draft(path: Path, *lines: str) -> Path:
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_mistyped_suppression_is_in_the_report_and_fails_the_run(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    draft = _draft(tmp_path / "draft.md", "# Draft", "<!-- factcheck-ignore-nxt -->", RIGHT)

    result = check_files(factcheck.load_claims(CLAIMS), [draft], Settings(claims=(CLAIMS,)))
    (problem,) = result.report.documents[0].directive_problems
    assert (problem.start.line, problem.start.column) == (3, 1)
    assert problem.message == "unknown directive 'factcheck-ignore-nxt'; did you mean factcheck-ignore-next?"
    assert problem.rule == "invalid-suppression"
    assert [p for _doc, p in result.report.directive_problems()] == [problem]
    assert result.report.fails(Verdict.contradicted) and not result.report.fails(None)

    code, _, err = run(capsys, "check", "draft.md", "--claims", CLAIMS)
    assert code == 1 and "draft.md:3: unknown directive" in err
    assert run(capsys, "check", "draft.md", "--claims", CLAIMS, "--fail-on", "never")[0] == 0

    _draft(draft, "# Draft", "<!-- factcheck-ignore-next -->", RIGHT)
    assert run(capsys, "check", "draft.md", "--claims", CLAIMS)[0] == 0


def test_verdicts_print_as_the_word_reports_use() -> None:
    assert str(Verdict.supported) == "supported"
    assert f"{Verdict.contradicted}" == "contradicted"


def test_pre_commit_paths_check_everything_when_a_claims_file_changes(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    (claims / "sub").mkdir(parents=True)
    inside = str(claims / "sub" / "x.json")
    assert pre_commit_paths(["a.md", "b.txt"], [str(claims)]) == ["a.md", "b.txt"]
    assert pre_commit_paths(["a.md", inside], [str(claims)]) == ["."]
    assert pre_commit_paths(["a.md", str(tmp_path / "package.json")], [str(claims)]) == ["a.md"]
    assert pre_commit_paths([str(tmp_path / "package.json")], [str(claims)]) == []


def test_pre_commit_command(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(CLAIMS, tmp_path / "claims")
    _draft(tmp_path / "clean.md", "# Clean", RIGHT)
    _draft(tmp_path / "old.md", "# Old", WRONG)
    (tmp_path / "package.json").write_text("{}", encoding="utf-8")

    code, out, _ = run(capsys, "pre-commit", "clean.md")
    assert code == 0 and "in 1 document" in out.splitlines()[-1]
    assert out.count("\n") == 1, out  # the agreement is counted in the summary, not listed
    assert run(capsys, "pre-commit", "package.json") == (0, "", "")
    # A changed claims file: old.md, not staged, is checked too, and its contradiction fails the hook.
    code, out, _ = run(capsys, "pre-commit", "--fail-on", "contradicted", "clean.md", "claims/entities.json")
    assert code == 1 and "old.md:3:1" in out and "in 2 documents" in out
