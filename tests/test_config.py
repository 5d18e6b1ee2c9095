from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcheck.config import ConfigError, FailOn, Settings, find_config, load_settings
from factcheck.findings import Verdict


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- defaults and construction -------------------------------------------------------------


def test_defaults() -> None:
    s = Settings()
    assert s.claims == ("claims",)
    assert s.include == ("**/*.md", "**/*.markdown", "**/*.txt")
    assert s.exclude == ()
    assert s.fail_on == "contradicted"
    assert s.format == "text"
    assert s.reports == ()
    assert s.min_score == 0.8
    assert s.baseline is None
    assert s.uncovered is False
    assert s.shows_uncovered is False


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [
        ("contradicted", Verdict.contradicted),
        ("unverified", Verdict.unverified),
        ("uncovered", Verdict.uncovered),
        ("never", None),
    ],
)
def test_fail_verdict(fail_on: FailOn, expected: Verdict | None) -> None:
    assert Settings(fail_on=fail_on).fail_verdict is expected


@pytest.mark.parametrize(
    ("uncovered", "fail_on", "shown"),
    [
        (False, "contradicted", False),
        (False, "unverified", False),
        (False, "never", False),
        (True, "contradicted", True),
        (True, "never", True),
        (False, "uncovered", True),  # a run never fails on findings it hides
    ],
)
def test_uncovered_findings_are_shown_only_on_request(uncovered: bool, fail_on: FailOn, shown: bool) -> None:
    assert Settings(uncovered=uncovered, fail_on=fail_on).shows_uncovered is shown


def test_settings_is_frozen() -> None:
    s = Settings()
    with pytest.raises(AttributeError):
        s.fail_on = "never"  # type: ignore[misc]


def test_lists_given_in_code_become_tuples() -> None:
    s = Settings(claims=["a", "b"])  # type: ignore[arg-type]
    assert s.claims == ("a", "b")


def test_invalid_settings_built_in_code_are_rejected() -> None:
    with pytest.raises(ConfigError, match="min_score"):
        Settings(min_score=1.5)


# --- finding the file ------------------------------------------------------------------------


def test_find_config_walks_up(tmp_path: Path) -> None:
    cfg = write(tmp_path / ".factcheck.toml", "")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == cfg


def test_find_config_skips_pyproject_without_table(tmp_path: Path) -> None:
    outer = write(tmp_path / "pyproject.toml", "[tool.factcheck]\nfail_on = 'never'\n")
    write(tmp_path / "pkg" / "pyproject.toml", "[tool.black]\nline-length = 100\n")
    assert find_config(tmp_path / "pkg") == outer


def test_find_config_prefers_dedicated_file_in_same_directory(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\n")
    dedicated = write(tmp_path / ".factcheck.toml", "")
    assert find_config(tmp_path) == dedicated


def test_find_config_nearest_wins(tmp_path: Path) -> None:
    write(tmp_path / ".factcheck.toml", "")
    inner = write(tmp_path / "sub" / "pyproject.toml", "[tool.factcheck]\n")
    assert find_config(tmp_path / "sub") == inner


def test_find_config_none(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    # Parents of tmp_path are outside the test's control; only assert nothing in the tree was taken.
    found = find_config(tmp_path)
    assert found is None or tmp_path not in found.parents


# --- loading ---------------------------------------------------------------------------------


def test_load_pyproject_resolves_paths_against_file(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "pyproject.toml",
        """
[tool.factcheck]
claims = ["data/claims", "more"]
include = ["**/*.md"]
exclude = ["drafts/**"]
fail_on = "unverified"
format = "json"
reports = ["sarif:out/f.sarif", "junit:-"]
min_score = 0.7
baseline = ".factcheck-baseline.json"
""",
    )
    s = load_settings(cfg)
    assert s.claims == (str(tmp_path / "data/claims"), str(tmp_path / "more"))
    assert s.include == ("**/*.md",)
    assert s.exclude == ("drafts/**",)
    assert s.fail_on == "unverified"
    assert s.format == "json"
    assert s.reports == (f"sarif:{tmp_path / 'out/f.sarif'}", "junit:-")
    assert s.min_score == 0.7
    assert s.baseline == str(tmp_path / ".factcheck-baseline.json")


def test_load_dedicated_file_is_the_whole_table(tmp_path: Path) -> None:
    cfg = write(tmp_path / ".factcheck.toml", 'fail_on = "never"\nmin_score = 1\n')
    s = load_settings(cfg)
    assert s.fail_on == "never"
    assert s.min_score == 1.0
    assert s.claims == ("claims",)  # untouched default stays relative to the working directory


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("pyproject.toml", '[tool.factcheck]\nuncovered = true\nfail_on = "uncovered"\n'),
        (".factcheck.toml", 'uncovered = true\nfail_on = "uncovered"\n'),
    ],
)
def test_load_uncovered_and_fail_on_uncovered(tmp_path: Path, name: str, body: str) -> None:
    s = load_settings(write(tmp_path / name, body))
    assert s.uncovered is True and s.shows_uncovered
    assert s.fail_on == "uncovered" and s.fail_verdict is Verdict.uncovered


def test_uncovered_defaults_to_false_in_a_file(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path / ".factcheck.toml", 'fail_on = "unverified"\n'))
    assert s.uncovered is False and not s.shows_uncovered


@pytest.mark.parametrize(
    ("key", "value", "why"),
    [
        ("claims", ["{outside}"], "is an absolute path"),
        ("claims", ["../elsewhere"], "goes up with '..'"),
        ("claims", ["records/../../elsewhere"], "goes up with '..'"),
        ("baseline", "{outside}/b.json", "is an absolute path"),
        ("baseline", "../b.json", "goes up with '..'"),
        ("reports", ["text:{outside}/site-packages/x.pth"], "is an absolute path"),
        ("reports", ["sarif:../x.sarif"], "goes up with '..'"),
    ],
)
def test_config_paths_may_not_leave_the_project(tmp_path: Path, key: str, value: object, why: str) -> None:
    outside = (tmp_path / "elsewhere").as_posix()
    shown = json.dumps(value).replace("{outside}", outside)  # TOML accepts JSON's strings and arrays
    cfg = write(tmp_path / "proj" / ".factcheck.toml", f"{key} = {shown}\n")
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    message = str(info.value)
    assert message.startswith(f"{cfg}: {key}: ") and why in message
    assert "name other paths on the command line" in message


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_config_paths_may_not_leave_the_project_through_a_symlink(tmp_path: Path) -> None:
    project = tmp_path / "proj"
    (tmp_path / "elsewhere").mkdir()
    project.mkdir()
    (project / "out").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (project / "inner").mkdir()
    (project / "in").symlink_to(project / "inner", target_is_directory=True)
    cfg = write(project / ".factcheck.toml", 'reports = ["text:out/evil.pth"]\n')
    with pytest.raises(ConfigError, match="leads out of the project through a symbolic link"):
        load_settings(cfg)
    write(cfg, 'reports = ["text:in/report.txt", "json:-"]\n')  # a link that stays inside is fine
    assert load_settings(cfg).reports == (f"text:{project / 'in/report.txt'}", "json:-")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "fail_on = 'sometimes'",
            "pyproject.toml: [tool.factcheck] fail_on: expected one of contradicted, unverified, uncovered, never, "
            "got 'sometimes'",
        ),
        ("fail-on = 'never'", "[tool.factcheck] fail-on: unknown key; did you mean 'fail_on'?"),
        ("colour = 'red'", "[tool.factcheck] colour: unknown key; known keys: claims,"),
        ("claims = 'claims'", "[tool.factcheck] claims: expected a list of strings, got string 'claims'"),
        ("claims = []", "claims: expected at least one entry"),
        ("exclude = [1, 'x']", "exclude: expected a list of strings, got array of number, string"),
        ("min_score = 2", "min_score: expected a number between 0 and 1, got 2"),
        ("min_score = true", "min_score: expected a number between 0 and 1, got boolean true"),
        ("format = 3", "format: expected a format name, got number 3"),
        ("format = 'xml'", "[tool.factcheck] format: expected one of github, html, json, junit, markdown, sarif, "
                           "text, got 'xml'"),
        ("reports = ['xml:out.xml']", "reports: unknown format 'xml' in 'xml:out.xml'; expected one of github,"),
        ("min_score = nan", "min_score: expected a number between 0 and 1, got nan"),
        ("min_score = inf", "min_score: expected a number between 0 and 1, got inf"),
        ("allow_empty = 'yes'", "allow_empty: expected true or false, got string 'yes'"),
        ("min_score = " + "9" * 5000, "pyproject.toml:2:13: invalid TOML: number too large"),
        ("exclude = " + "[" * 3000 + "]" * 3000, "pyproject.toml:2:75: invalid TOML: nested too deeply"),
        ("reports = ['sarif']", "reports: expected FORMAT:PATH entries, got 'sarif'"),
        ("reports = ['sarif:']", "reports: expected FORMAT:PATH entries, got 'sarif:'"),
        ("baseline = ''", "baseline: expected a file path, got string ''"),
        ("fail_on = 1", "fail_on: expected one of contradicted, unverified, uncovered, never, got number 1"),
        ("uncovered = 'yes'", "[tool.factcheck] uncovered: expected true or false, got string 'yes'"),
        ("uncovered = 1", "uncovered: expected true or false, got number 1"),
    ],
)
def test_errors_name_file_and_key(tmp_path: Path, body: str, expected: str) -> None:
    cfg = write(tmp_path / "pyproject.toml", f"[tool.factcheck]\n{body}\n")
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    text = str(info.value)
    assert text.startswith(str(cfg)), text
    assert expected.removeprefix("pyproject.toml") in text


def test_error_carries_key(tmp_path: Path) -> None:
    cfg = write(tmp_path / ".factcheck.toml", "fail_on = 'x'\n")
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    assert info.value.key == "fail_on"
    assert info.value.path == str(cfg)
    assert str(info.value) == f"{cfg}: fail_on: expected one of contradicted, unverified, uncovered, never, got 'x'"


def test_invalid_toml_names_line_and_column(tmp_path: Path) -> None:
    cfg = write(tmp_path / ".factcheck.toml", 'format = "text"\nfail_on = \n')
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    err = info.value
    assert err.line == 2
    assert err.column is not None
    assert str(err).startswith(f"{cfg}:2:{err.column}: invalid TOML: ")


def test_invalid_toml_at_end_of_document(tmp_path: Path) -> None:
    cfg = write(tmp_path / ".factcheck.toml", 'format = "text"\nx = [1,')
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    assert info.value.line == 2


def test_invalid_toml_in_pyproject_is_reported_while_searching(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.factcheck\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        find_config(tmp_path)


def test_factcheck_table_must_be_a_table(tmp_path: Path) -> None:
    cfg = write(tmp_path / "pyproject.toml", "[tool]\nfactcheck = 3\n")
    with pytest.raises(ConfigError, match=r"tool\.factcheck: expected a table"):
        load_settings(cfg)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / ".factcheck.toml")


# --- overrides -------------------------------------------------------------------------------


def test_merged_applies_only_given_overrides() -> None:
    base = Settings(fail_on="unverified", exclude=("a/**",))
    merged = base.merged(fail_on=None, format="json", exclude=["b/**"], min_score=0.9)
    assert merged.fail_on == "unverified"
    assert merged.format == "json"
    assert merged.exclude == ("b/**",)
    assert merged.min_score == 0.9
    assert base.format == "text"  # the original is untouched


def test_merged_uncovered_flag_wins_over_the_file_either_way() -> None:
    from_file = Settings(uncovered=True)
    assert from_file.merged(uncovered=None).uncovered is True
    assert from_file.merged(uncovered=False).uncovered is False
    assert Settings().merged(uncovered=True).uncovered is True
    with pytest.raises(ConfigError, match="uncovered: expected true or false"):
        Settings().merged(uncovered="yes")  # type: ignore[arg-type]


def test_merged_validates_overrides() -> None:
    with pytest.raises(ConfigError) as info:
        Settings().merged(fail_on="sometimes")
    assert str(info.value).startswith("command line: fail_on: expected one of")
