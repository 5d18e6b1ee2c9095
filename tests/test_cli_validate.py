"""``factcheck validate`` and ``factcheck search`` as an editor or a CI job runs them.

Most cases call ``factcheck.cli.main`` in-process (fast, output captured); a few
run ``python -m factcheck`` in a subprocess so the real entry point, exit status
and streams are covered too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main

REPO = Path(__file__).resolve().parents[1]
BROKEN = Path("tests/fixtures/claims_broken")  # relative to REPO: messages show the path as given
OK = Path("tests/fixtures/claims_ok")
SEED_ARTICLE = Path(__file__).resolve().parents[2] / "shared/seed/000_63eb337d2ba5c646.txt"


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository root, as the commands are documented."""
    monkeypatch.chdir(REPO)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, check=False)


def problem_lines(out: str) -> list[str]:
    """The problem lines of text output: everything before the summary line."""
    lines = out.splitlines()
    assert lines, "no output"
    assert " claims: " in lines[-1], lines[-1]
    return lines[:-1]


# --- each broken fixture ------------------------------------------------------------------------

BROKEN_CASES = [
    ("bad_json.json", ":5:3: invalid JSON: Expecting value"),
    ("missing_id.json", ":3:5: /claims/0: 'id' is required"),
    ("wrong_kind.json", ":7:18: /claims/0/values/0/kind: unknown value kind 'counts'; expected one of count,"),
    ("count_without_noun.json", ":7:9: /claims/0/values/0: 'noun' is required"),
    ("unknown_entity.json", ":11:38: /claims/0/values/1/entity: unknown entity 'southland'"),
    ("alleged_unattributed.json", ":6:17: /claims/0/status: an alleged claim needs 'attribution'"),
    ("impossible_date.json", ":7:59: /claims/0/values/0/day: day 31 does not exist in month 9"),
]


@pytest.mark.parametrize(("name", "expected"), BROKEN_CASES, ids=[c[0] for c in BROKEN_CASES])
def test_broken_fixture_is_reported_with_file_and_place(
        capsys: pytest.CaptureFixture[str], name: str, expected: str) -> None:
    code, out, _err = cli(capsys, "validate", str(BROKEN / name))
    assert code == 1
    (line,) = problem_lines(out)
    assert line.startswith(f"{BROKEN / name}{expected}"), line
    assert out.splitlines()[-1].endswith("invalid (1 problems)")


def test_duration_with_number_gets_both_problems(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = cli(capsys, "validate", str(BROKEN / "duration_number.json"))
    assert code == 1
    prefix = f"{BROKEN / 'duration_number.json'}:7:9: /claims/0/values/0: "
    assert sorted(problem_lines(out)) == [prefix + "'iso' is required",
                                          prefix + "unknown field ('number' was unexpected)"]


def test_duplicate_id_across_two_files(capsys: pytest.CaptureFixture[str]) -> None:
    first, second = BROKEN / "duplicate" / "first.json", BROKEN / "duplicate" / "second.json"
    code, out, _err = cli(capsys, "validate", str(first), str(second))
    assert code == 1
    assert problem_lines(out) == [
        f"{second}:4:12: /claims/1/id: duplicate claim id 'shared-id' (first defined in {first})"]


def test_every_problem_of_a_file_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    path = BROKEN / "three_errors.json"
    code, out, _err = cli(capsys, "validate", str(path))
    assert code == 1
    lines = problem_lines(out)
    assert [line.split(": ", 2)[:2] for line in lines] == [
        [f"{path}:3:12", "/claims/0/id"],
        [f"{path}:4:5", "/claims/1"],
        [f"{path}:5:5", "/claims/2"],
    ]
    assert out.splitlines()[-1].endswith("invalid (3 problems)")


def test_problems_of_all_files_are_printed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = cli(capsys, "validate", str(BROKEN))
    assert code == 1
    lines = problem_lines(out)
    named = {Path(line.split(":", 1)[0]).name for line in lines}
    assert named == {p.name for p in (REPO / BROKEN).rglob("*.json")} - {"first.json"}
    assert len(lines) == 13


# --- anchors against a source ---------------------------------------------------------------------

ARTICLE = """\
Harbour news

The ferry link reopened on Monday after six weeks of repairs.

Officials said two new boats had been ordered.
"""


def harbour(tmp_path: Path, anchors: list[tuple[int, str]]) -> tuple[Path, Path]:
    """A tiny source and a claims file anchored in it, one claim per line from line 3."""
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    rows = ",\n".join(
        f'    {{"id": "c{i}", "statement": "s", "provenance": '
        f'{{"source": "harbour", "paragraph": {par}, "anchor": {json.dumps(anchor)}}}}}'
        for i, (par, anchor) in enumerate(anchors))
    claims = tmp_path / "harbour.json"
    claims.write_text('{\n  "source": {"id": "harbour"}, "claims": [\n' + rows + "\n  ]\n}\n", encoding="utf-8")
    return claims, article


def test_anchors_confirmed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    claims, article = harbour(tmp_path, [(2, "ferry link reopened"), (3, "two new boats")])
    code, out, _err = cli(capsys, "validate", str(claims), "--source", str(article))
    assert code == 0
    assert out == "1 files, 2 claims: valid, 2 anchors confirmed in the source\n"


def test_anchor_not_in_its_paragraph(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    claims, article = harbour(tmp_path, [(2, "ferry link reopened"), (3, "six weeks"), (2, "seven weeks")])
    code, out, _err = cli(capsys, "validate", str(claims), "--source", f"harbour={article}")
    assert code == 1
    lines = problem_lines(out)
    assert [line.split(": ", 1)[1] for line in lines] == [
        "/claims/1/provenance/anchor: anchor 'six weeks' does not occur in paragraph 3 of the source "
        "(it occurs in paragraph 2)",
        "/claims/2/provenance/anchor: anchor 'seven weeks' does not occur in paragraph 2 of the source",
    ]
    assert [line.split(":")[1] for line in lines] == ["4", "5"]
    assert "anchors confirmed" not in out


def test_anchor_columns_point_at_the_anchor(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    claims, article = harbour(tmp_path, [(3, "six weeks")])
    _code, out, _err = cli(capsys, "validate", str(claims), "--source", str(article))
    line = claims.read_text(encoding="utf-8").splitlines()[2]
    column = line.index('"six weeks"') + 1
    assert problem_lines(out)[0].startswith(f"{claims}:3:{column}: ")


def test_source_without_id_needs_a_single_anchored_source(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    claims, article = harbour(tmp_path, [(2, "ferry link reopened")])
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"source": {"id": "other"}, "claims": [
        {"id": "o", "statement": "s", "provenance": {"source": "other", "anchor": "boats"}}]}), encoding="utf-8")
    code, out, err = cli(capsys, "validate", str(claims), str(other), "--source", str(article))
    assert code == 2
    assert "say which source it is, as ID=FILE (ids: harbour, other)" in err
    code, out, _err = cli(capsys, "validate", str(claims), str(other), "--source", f"other={article}")
    assert (code, out) == (0, "2 files, 2 claims: valid, 1 anchors confirmed in the source\n")


def test_unreadable_source_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    claims, _article = harbour(tmp_path, [(2, "ferry link reopened")])
    code, _out, err = cli(capsys, "validate", str(claims), "--source", str(tmp_path / "missing.txt"))
    assert code == 2
    assert "missing.txt: cannot read source" in err


def test_source_path_containing_equals_sign(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "run=1"
    folder.mkdir()
    claims, article = harbour(folder, [(2, "ferry link reopened")])
    code, out, _err = cli(capsys, "validate", str(claims), "--source", str(article))
    assert (code, out) == (0, "1 files, 1 claims: valid, 1 anchors confirmed in the source\n")


# --- exit codes and formats -----------------------------------------------------------------------


def test_valid_folder_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "validate", str(OK))
    assert (code, out, err) == (0, "3 files, 5 claims: valid\n", "")


def test_missing_path_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "validate", str(OK), "no/such/claims")
    assert code == 2
    assert out == ""
    assert err == "factcheck: no/such/claims: no such file or directory\n"


def test_exit_codes_through_the_real_entry_point() -> None:
    ok = run("validate", str(OK))
    assert (ok.returncode, ok.stdout) == (0, "3 files, 5 claims: valid\n")
    bad = run("validate", str(BROKEN / "wrong_kind.json"))
    assert bad.returncode == 1
    assert f"{BROKEN / 'wrong_kind.json'}:7:18:" in bad.stdout
    missing = run("validate", "nowhere.json")
    assert missing.returncode == 2
    assert "nowhere.json: no such file or directory" in missing.stderr
    usage = run("validate", "--format", "xml")
    assert usage.returncode == 2


def test_json_format_lists_problems(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = cli(capsys, "validate", str(BROKEN / "three_errors.json"),
                          str(BROKEN / "impossible_date.json"), "--format", "json")
    assert code == 1
    report: dict[str, Any] = json.loads(out)
    assert report["valid"] is False
    assert (report["files"], report["claims"], report["anchors_checked"]) == (1, 1, 0)
    assert [(Path(p["path"]).name, p["line"], p["column"], p["pointer"]) for p in report["problems"]] == [
        ("three_errors.json", 3, 12, "/claims/0/id"),
        ("three_errors.json", 4, 5, "/claims/1"),
        ("three_errors.json", 5, 5, "/claims/2"),
        ("impossible_date.json", 7, 59, "/claims/0/values/0/day"),
    ]
    assert all(set(p) == {"path", "line", "column", "pointer", "message"} for p in report["problems"])
    assert report["problems"][3]["message"] == "day 31 does not exist in month 9"


def test_json_format_for_bad_json_has_no_pointer(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = cli(capsys, "validate", str(BROKEN / "bad_json.json"), "--format", "json")
    (problem,) = json.loads(out)["problems"]
    assert (problem["line"], problem["column"], problem["pointer"]) == (5, 3, None)


def test_json_format_when_valid(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    claims, article = harbour(tmp_path, [(2, "ferry link reopened")])
    code, out, _err = cli(capsys, "validate", str(OK), str(claims), "--source", f"harbour={article}",
                          "--format", "json")
    assert code == 0
    assert json.loads(out) == {"valid": True, "files": 4, "claims": 6, "anchors_checked": 1, "problems": [],
                               "warnings": []}


# --- the shipped data -----------------------------------------------------------------------------


def test_shipped_claims_are_valid() -> None:
    result = run("validate", "claims/")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith(": valid")


def test_validate_defaults_to_the_claims_folder(capsys: pytest.CaptureFixture[str]) -> None:
    explicit = cli(capsys, "validate", "claims")
    assert cli(capsys, "validate") == explicit
    assert explicit[0] == 0


def test_shipped_anchors_occur_in_the_seed_article() -> None:
    if not SEED_ARTICLE.is_file():
        pytest.skip("the seed article is only present beside the repository in the development and CI workspace")
    result = run("validate", "claims/", "--source", str(SEED_ARTICLE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "anchors confirmed in the source" in result.stdout


# --- search ---------------------------------------------------------------------------------------

QUERY = "France kicked out Azerbaijani envoys"


def search_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    code, out, _err = cli(capsys, "search", *args, "--format", "json")
    assert code == 0
    results: list[dict[str, Any]] = json.loads(out)["results"]
    return results


def test_search_ranks_the_expulsion_first(capsys: pytest.CaptureFixture[str]) -> None:
    results = search_json(capsys, QUERY)
    assert results[0]["claim_id"] == "france-expels-azerbaijani-diplomats"
    assert 1 < len(results) <= 5
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 1 for s in scores)
    assert results[0]["score"] > results[1]["score"]


def test_search_k_limits_the_results(capsys: pytest.CaptureFixture[str]) -> None:
    two = search_json(capsys, QUERY, "-k", "2")
    assert len(two) == 2
    assert two == search_json(capsys, QUERY, "-k", "5")[:2]


def test_search_through_the_real_entry_point() -> None:
    result = run("search", QUERY, "--format", "json", "-k", "2")
    assert result.returncode == 0, result.stderr
    ids = [r["claim_id"] for r in json.loads(result.stdout)["results"]]
    assert len(ids) == 2
    assert ids[0] == "france-expels-azerbaijani-diplomats"


def test_search_text_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = cli(capsys, "search", QUERY, "-k", "1")
    assert code == 0
    (line,) = out.splitlines()
    score, claim_id, statement = line.split("  ", 2)
    assert claim_id == "france-expels-azerbaijani-diplomats"
    assert 0 < float(score) <= 1
    assert statement.startswith("France")


def test_search_other_claims(capsys: pytest.CaptureFixture[str]) -> None:
    results = search_json(capsys, "Southland ferry reopened", "--claims", str(OK))
    assert results[0]["claim_id"] == "northland-reopens-ferry"
    assert search_json(capsys, "zzzz qqqq", "--claims", str(OK)) == []


def test_search_with_invalid_claims_exits_2() -> None:
    result = run("search", QUERY, "--claims", str(BROKEN / "wrong_kind.json"))
    assert result.returncode == 2
    assert "the claims are invalid" in result.stderr
    assert f"{BROKEN / 'wrong_kind.json'}:7:18:" in result.stdout + result.stderr


def test_search_problems_follow_a_redirected_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = cli(capsys, "search", QUERY, "--claims", str(BROKEN / "wrong_kind.json"))
    assert code == 2
    assert f"{BROKEN / 'wrong_kind.json'}:7:18:" in err


def test_search_rejects_a_negative_k(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["search", QUERY, "-k", "-1"])
    assert caught.value.code == 2


# --- the authoring assistant: one pass, near misses, warnings, self-check ---------------------------


def write_json(path: Path, document: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


def lines_about(out: str, pointer: str) -> list[str]:
    return [line for line in problem_lines(out) if f": {pointer}: " in line]


def test_one_run_reports_schema_references_and_values_together(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A schema error in one file no longer hides the reference errors of the others, or its own."""
    entities = write_json(tmp_path / "entities.json", {"entities": [
        {"id": "north", "name": "North", "kind": "country", "demonyms": ["Northern"]},
        {"id": "port", "name": "Port", "kind": "harbour"}]})
    claims = write_json(tmp_path / "story.json", {"claims": [
        {"id": "a", "statement": "s", "colour": "red",
         "values": [{"kind": "actor", "entity": "nowhere"}, {"kind": "date", "year": 2023, "month": 2, "day": 30}]},
        {"id": "b", "statement": "s", "values": [{"kind": "actor", "entity": "north"},
                                                 {"kind": "place", "entity": "port"}]}]})
    code, out, _err = cli(capsys, "validate", str(entities), str(claims))
    assert code == 1
    found = [line.split(": ", 2)[1] for line in problem_lines(out)]
    assert found == ["/entities/1/kind", "/claims/0", "/claims/0/values/0/entity", "/claims/0/values/1/day"]
    # no cascade: the entities of a file with an error are still known to the claims that cite them
    lines = problem_lines(out)
    assert [line.split(":")[0] for line in lines] == [str(entities)] + [str(claims)] * 3
    numbers = [int(line.split(":")[1]) for line in lines[1:]]
    assert numbers == sorted(numbers)


NEAR_MISSES = [
    ({"keyword": ["expel"]}, "/claims/0/keyword", "unknown field 'keyword': did you mean 'keywords'?"),
    ({"attribution": "north-ministry"}, "/claims/0/attribution", 'write ["north-ministry"]'),
    ({"values": [{"kind": "actor", "entity": "sam-bankman-fried"}]}, "/claims/0/values/0/entity",
     "unknown entity 'sam-bankman-fried': did you mean 'bankman-fried'?"),
    ({"values": [{"kind": "target", "entity": "sbf"}]}, "/claims/0/values/0/entity",
     "unknown entity 'sbf': did you mean 'bankman-fried'?"),
    ({"values": [{"kind": "date", "date": "2023-09-19"}]}, "/claims/0/values/0/date",
     'unknown field \'date\': write the date as {"year": 2023, "month": 9, "day": 19}'),
    ({"values": [{"kind": "date", "year": "2023-09-19"}]}, "/claims/0/values/0/year",
     'write {"year": 2023, "month": 9, "day": 19}'),
    ({"values": [{"kind": "date", "year": 2023, "month": 19, "day": 9}]}, "/claims/0/values/0/month",
     'day and month swapped? write "month": 9, "day": 19'),
    ({"values": [{"kind": "date", "year": 2023, "month": 20, "day": 20}]}, "/claims/0/values/0/month",
     "months are numbered 1 to 12"),
    ({"values": [{"kind": "duration", "iso": "48 hours"}]}, "/claims/0/values/0/iso", "did you mean 'PT48H'?"),
    ({"values": [{"kind": "duration", "iso": "P48H"}]}, "/claims/0/values/0/iso", "did you mean 'PT48H'?"),
    ({"values": [{"kind": "duration", "iso": "two weeks"}]}, "/claims/0/values/0/iso", "did you mean 'P2W'?"),
    ({"provenance": {"source": "stroy"}}, "/claims/0/provenance/source", "unknown source 'stroy': did you mean "
                                                                          "'story'?"),
]


@pytest.mark.parametrize(("fields", "pointer", "hint"), NEAR_MISSES, ids=[m[2][:40] for m in NEAR_MISSES])
def test_near_misses_get_a_suggestion(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                      fields: dict[str, Any], pointer: str, hint: str) -> None:
    path = write_json(tmp_path / "c.json", {
        "source": {"id": "story"},
        "entities": [{"id": "bankman-fried", "name": "Sam Bankman-Fried", "kind": "person", "aliases": ["SBF"]}],
        "claims": [{"id": "c", "statement": "s", **fields}]})
    code, out, _err = cli(capsys, "validate", str(path))
    assert code == 1
    (line,) = lines_about(out, pointer)
    assert line.endswith(hint), line


def test_published_date_gets_the_iso_form(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write_json(tmp_path / "c.json", {"source": {"id": "s", "published": "19 September 2023"},
                                            "claims": [{"id": "Bad", "statement": "s"}]})
    code, out, _err = cli(capsys, "validate", str(path))
    assert code == 1
    (line,) = lines_about(out, "/source/published")
    assert line.endswith("write '2023-09-19'")
    assert lines_about(out, "/claims/0/id")


def test_no_suggestion_when_nothing_is_close(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write_json(tmp_path / "c.json", {"claims": [{"id": "c", "statement": "s", "colour": "red"}]})
    _code, out, _err = cli(capsys, "validate", str(path))
    assert problem_lines(out)[0].endswith("/claims/0: unknown field ('colour' was unexpected)")


def warned_base(tmp_path: Path) -> Path:
    return write_json(tmp_path / "w.json", {"claims": [{"id": "c", "statement": "s", "keywords": ["Expel"]}]})


def expel_position(path: Path) -> tuple[int, int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    row = next(n for n, line in enumerate(lines) if '"Expel"' in line)
    return row + 1, lines[row].index('"Expel"') + 1


def test_warnings_do_not_fail_the_run_unless_strict(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = warned_base(tmp_path)
    code, out, _err = cli(capsys, "validate", str(path))
    assert code == 0
    row, column = expel_position(path)
    assert problem_lines(out) == [f"{path}:{row}:{column}: /claims/0/keywords/0: warning: keyword 'Expel' should "
                                  "be lowercase: 'expel' [keyword-case]"]
    assert out.splitlines()[-1] == "1 files, 1 claims: valid (1 warnings)"
    code, _out, _err = cli(capsys, "validate", str(path), "--strict")
    assert code == 1


def test_errors_and_warnings_are_interleaved_by_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write_json(tmp_path / "c.json", {"claims": [
        {"id": "a", "statement": "s", "keywords": ["Expel"]},
        {"id": "B", "statement": "s"},
        {"id": "c", "statement": "s", "keywords": ["Oust"]}]})
    code, out, _err = cli(capsys, "validate", str(path))
    assert code == 1
    lines = problem_lines(out)
    assert ["warning:" in line for line in lines] == [True, False, True]
    assert out.splitlines()[-1].endswith("invalid (1 problems, 2 warnings)")


def test_json_lists_warnings_with_their_rule(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = warned_base(tmp_path)
    code, out, _err = cli(capsys, "validate", str(path), "--format", "json")
    report = json.loads(out)
    assert (code, report["valid"], report["problems"]) == (0, True, [])
    (warning,) = report["warnings"]
    assert (warning["rule"], warning["pointer"], warning["line"], warning["column"]) == (
        "keyword-case", "/claims/0/keywords/0", *expel_position(path))


def test_each_folder_named_is_a_base_of_its_own(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for story in ("one", "two"):
        write_json(tmp_path / story / "claims.json", {
            "entities": [{"id": "north", "name": "North", "kind": "country", "demonyms": ["Northern"]}],
            "claims": [{"id": f"{story}-claim", "statement": "s", "values": [{"kind": "actor", "entity": "north"}]}]})
    code, out, _err = cli(capsys, "validate", str(tmp_path / "one"), str(tmp_path / "two"))
    assert (code, out) == (0, "2 files, 2 claims: valid\n")
    code, out, _err = cli(capsys, "validate", str(tmp_path))
    assert code == 1
    (line,) = problem_lines(out)
    assert "duplicate entity id 'north'" in line


def test_the_test_corpus_bases_validate_without_errors() -> None:
    result = run("validate", "claims", *sorted(str(p.relative_to(REPO)) for p in (REPO / "tests/articles")
                                               .glob("*/claims")))
    assert result.returncode == 0, result.stdout
    assert "warning:" not in result.stdout, result.stdout


def test_source_contradicting_its_own_claim_is_an_error(capsys: pytest.CaptureFixture[str],
                                                         tmp_path: Path) -> None:
    article = tmp_path / "harbour.md"
    article.write_text("Harbour news\n\nThe ferry link reopened on Monday.\n\n"
                       "The harbour office ordered two new boats.\n", encoding="utf-8")
    document: dict[str, Any] = {
        "source": {"id": "harbour"},
        "entities": [{"id": "harbour-office", "name": "Harbour Office", "kind": "organisation",
                      "aliases": ["harbour office"]}],
        "claims": [{"id": "boats", "statement": "The harbour office bought three boats.", "keywords": ["order"],
                    "values": [{"kind": "actor", "entity": "harbour-office"},
                               {"kind": "count", "number": 3, "noun": "boats"}],
                    "provenance": {"source": "harbour", "paragraph": 3, "anchor": "ordered two new boats"}}]}
    claims = write_json(tmp_path / "harbour.json", document)
    code, out, _err = cli(capsys, "validate", str(claims), "--source", str(article))
    assert code == 1
    (line,) = problem_lines(out)
    assert line.startswith(f"{claims}:")
    assert f": /claims/0: its own source contradicts it at {article}:5:" in line
    assert "expected 3 boats" in line
    document["claims"][0]["values"][1]["number"] = 2
    write_json(claims, document)
    code, out, _err = cli(capsys, "validate", str(claims), "--source", str(article))
    assert (code, out.splitlines()[-1]) == (0, "1 files, 1 claims: valid, 1 anchors confirmed in the source")


# --- factcheck schema -----------------------------------------------------------------------------


def test_schema_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = cli(capsys, "schema")
    assert code == 0
    assert out == (REPO / "factcheck" / "data" / "claims.schema.json").read_text(encoding="utf-8")
    assert json.loads(out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_writes_a_file_that_validates_claims_elsewhere(tmp_path: Path) -> None:
    """The schema works where only the package is installed: nothing in it points back into the repository."""
    from jsonschema import Draft202012Validator

    target = tmp_path / "claims.schema.json"
    result = run("schema", "-o", str(target), cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")
    validator = Draft202012Validator(json.loads(target.read_text(encoding="utf-8")))
    assert not list(validator.iter_errors({"$schema": "./claims.schema.json",
                                           "claims": [{"id": "a", "statement": "s"}]}))
    assert list(validator.iter_errors({"claims": [{"id": "a", "statement": "s", "keyword": []}]}))


def test_the_schema_kept_beside_the_claims_is_not_read_as_claims(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``factcheck schema -o claims/claims.schema.json`` then ``validate claims``: the schema file is the
    editor's, not a claims file (named on its own, it is read, and is no claims file)."""
    folder = tmp_path / "claims"
    folder.mkdir()
    for f in OK.glob("*.json"):
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    assert cli(capsys, "schema", "-o", str(folder / "claims.schema.json"))[0] == 0
    code, out, err = cli(capsys, "validate", str(folder))
    assert code == 0, out + err
    code, out, err = cli(capsys, "validate", str(folder / "claims.schema.json"))
    assert code == 1 and "claims.schema.json" in out + err


def test_writing_the_schema_into_a_missing_folder_names_the_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "nosuch" / "claims.schema.json"
    code, _out, err = cli(capsys, "schema", "-o", str(target))
    assert code == 2
    assert str(target) in err and "no folder" in err and ".tmp" not in err


def test_a_phrase_in_a_vocabulary_list_is_told_to_be_one_word(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"vocabulary": {"people_nouns": ["auto workers"]},
                                "claims": [{"id": "cut", "statement": "Acme cut 500 jobs."}]}), encoding="utf-8")
    code, out, err = cli(capsys, "validate", str(path))
    assert code == 1
    assert "/vocabulary/people_nouns/0: 'auto workers' must be one word" in out + err
