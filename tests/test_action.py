"""The GitHub Action and the pre-commit hook: pinned, isolated, safe with hostile inputs, quiet.

The action's shell steps are run here with bash as the runner would run them, with a stand-in for
the runner's files (`GITHUB_OUTPUT`) and, where it matters, the real factcheck.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.cli import _parser

ROOT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
ACTION_TEXT = (ROOT / "action.yml").read_text(encoding="utf-8")
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
STEPS = {step.get("id", step["name"]): step for step in ACTION["runs"]["steps"]}
BASH = shutil.which("bash")
needs_bash = pytest.mark.skipif(BASH is None, reason="the action's steps are bash scripts")


def _outputs(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines() if "=" in line)


def run_step(step: dict[str, Any], env: dict[str, str], cwd: Path, tmp_path: Path) -> tuple[int, str, dict[str, str]]:
    """Run one `run:` step the way a runner does (bash -e -o pipefail); return status, output and outputs."""
    out = tmp_path / "github-output"
    out.write_text("", encoding="utf-8")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "FACTCHECK_")) and k != "CI"}
    base["PATH"] = os.pathsep.join((str(Path(sys.executable).parent), base.get("PATH", "")))
    result = subprocess.run([BASH or "bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step["run"]],
                            cwd=cwd, env={**base, "GITHUB_OUTPUT": str(out), **env}, capture_output=True,
                            text=True, timeout=120, check=False)
    return result.returncode, result.stdout + result.stderr, _outputs(out)


def test_actions_are_pinned_by_commit_with_the_version_beside_them() -> None:
    uses = re.findall(r"^\s*uses:\s*(\S+)(.*)$", ACTION_TEXT, re.MULTILINE)
    assert {u.split("@")[0] for u, _ in uses} == {"actions/setup-python", "github/codeql-action/upload-sarif"}
    majors = {"actions/setup-python": 6, "github/codeql-action/upload-sarif": 4}
    for ref, comment in uses:
        name, _, sha = ref.partition("@")
        assert re.fullmatch(r"[0-9a-f]{40}", sha), ref
        version = re.fullmatch(r"\s*#\s*v(\d+)\.\d+\.\d+\s*", comment)
        assert version, f"{ref}: no '# vX.Y.Z' comment"
        assert int(version[1]) >= majors[name], f"{ref} is on an old major"


def test_factcheck_runs_in_its_own_environment() -> None:
    setup = STEPS["python"]
    assert setup["with"]["update-environment"] is False  # the job's PATH and python stay as they were
    install = STEPS["install"]["run"]
    assert "-m venv" in install and "${{" not in install
    assert STEPS["install"]["env"]["FACTCHECK_PYTHON"] == "${{ steps.python.outputs.python-path }}"
    assert STEPS["check"]["env"]["FACTCHECK"] == "${{ steps.install.outputs.factcheck }}"
    assert re.search(r'^\s*"\$FACTCHECK" ', STEPS["check"]["run"], re.MULTILINE)
    assert not re.search(r"^\s*(python|pip|factcheck)\b", STEPS["check"]["run"], re.MULTILINE)


def test_inputs() -> None:
    inputs = ACTION["inputs"]
    assert {"paths", "claims", "config", "fail-on", "baseline", "args", "working-directory", "python-version",
            "sarif", "upload-sarif", "category"} <= set(inputs)
    assert all(spec.get("description") for spec in inputs.values())
    assert STEPS["check"]["working-directory"] == "${{ inputs.working-directory }}"
    # Inputs reach scripts through the environment only, never spliced into the script text.
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step["name"]


@pytest.fixture
def recorder(tmp_path: Path) -> tuple[Path, Path]:
    """A stand-in factcheck that writes its arguments one per line, to see exactly what the action passes."""
    log = tmp_path / "argv"
    script = tmp_path / "fake-factcheck"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{log}"\nexit 1\n', encoding="utf-8")
    script.chmod(0o755)
    return script, log


@needs_bash
def test_user_paths_follow_the_end_of_options(recorder: tuple[Path, Path], tmp_path: Path) -> None:
    script, log = recorder
    code, _, outputs = run_step(STEPS["check"], {
        "FACTCHECK": str(script),
        "FACTCHECK_PATHS": "docs --write-baseline=x\narticles",
        "FACTCHECK_CLAIMS": "claims\n  shared/claims",
        "FACTCHECK_CONFIG": "ci/factcheck.toml",
        "FACTCHECK_FAIL_ON": "unverified",
        "FACTCHECK_BASELINE": "",
        "FACTCHECK_ARGS": "--uncovered --exclude drafts/",
        "FACTCHECK_SARIF": "out/factcheck.sarif",
    }, tmp_path, tmp_path)
    assert code == 0  # the status is recorded, not raised, so the upload still runs
    assert outputs["exit-code"] == "1"
    assert outputs["sarif"] == f"{tmp_path}/out/factcheck.sarif"
    assert "sarif-written" not in outputs  # the stand-in wrote none
    assert log.read_text(encoding="utf-8").splitlines() == [
        "check", "--format", "github", "--report", f"sarif:{tmp_path}/out/factcheck.sarif",
        "--claims", "claims", "--claims", "shared/claims", "--config", "ci/factcheck.toml",
        "--fail-on", "unverified", "--uncovered", "--exclude", "drafts/",
        "--", "docs", "--write-baseline=x", "articles"]


@needs_bash
def test_a_path_that_looks_like_an_option_stays_a_path(tmp_path: Path) -> None:
    for name in ("claims", "examples"):
        shutil.copytree(ROOT / name, tmp_path / name)
    env = {"FACTCHECK": "factcheck", "FACTCHECK_PATHS": "examples/explainer.md --write-baseline=accepted.json",
           "FACTCHECK_SARIF": "factcheck.sarif"}
    code, shown, outputs = run_step(STEPS["check"], env, tmp_path, tmp_path)
    assert code == 0, shown
    assert outputs["exit-code"] == "2"  # no file called "--write-baseline=accepted.json"
    assert not (tmp_path / "accepted.json").exists()

    env["FACTCHECK_PATHS"] = "examples/explainer.md"
    code, shown, outputs = run_step(STEPS["check"], env, tmp_path, tmp_path)
    assert outputs["exit-code"] == "0", shown
    assert outputs["sarif-written"] == "true" and (tmp_path / "factcheck.sarif").is_file()


@needs_bash
@pytest.mark.parametrize(("event", "head", "actor", "skip"), [
    ("pull_request", "someone/fork", "someone", "true"),
    ("pull_request", "desk/newsroom", "dependabot[bot]", "true"),
    ("pull_request", "desk/newsroom", "editor", "false"),
    ("push", "", "editor", "false"),
])
def test_sarif_upload_is_skipped_with_a_notice_where_the_token_cannot_write(
        tmp_path: Path, event: str, head: str, actor: str, skip: str) -> None:
    env = {"EVENT": event, "HEAD_REPO": head, "REPO": "desk/newsroom", "ACTOR": actor, "CATEGORY": "",
           "GITHUB_WORKFLOW": "Checks", "GITHUB_JOB": "articles"}
    code, shown, outputs = run_step(STEPS["upload"], env, tmp_path, tmp_path)
    assert code == 0
    assert outputs["skip"] == skip
    assert ("::notice title=factcheck::SARIF upload skipped" in shown) == (skip == "true")
    assert outputs["category"] == "factcheck/Checks/articles"


@needs_bash
def test_category_comes_from_the_job_unless_given(tmp_path: Path) -> None:
    env = {"EVENT": "push", "REPO": "desk/newsroom", "GITHUB_WORKFLOW": "Checks", "GITHUB_JOB": "site"}
    assert run_step(STEPS["upload"], env, tmp_path, tmp_path)[2]["category"] == "factcheck/Checks/site"
    env["CATEGORY"] = "factcheck-en"
    assert run_step(STEPS["upload"], env, tmp_path, tmp_path)[2]["category"] == "factcheck-en"
    upload = next(s for s in ACTION["runs"]["steps"] if s.get("uses", "").startswith("github/codeql-action"))
    assert upload["with"]["category"] == "${{ steps.upload.outputs.category }}"
    assert "steps.upload.outputs.skip == 'false'" in upload["if"]
    assert "inputs.upload-sarif == 'true'" in STEPS["upload"]["if"]


def test_the_step_fails_after_the_upload() -> None:
    steps = ACTION["runs"]["steps"]
    assert steps[-1]["if"] == "always()" and "FACTCHECK_EXIT_CODE" in steps[-1]["run"]
    assert [s.get("id") for s in steps].index("check") < len(steps) - 2


def test_hook_is_serial_quiet_and_rechecks_when_claims_change() -> None:
    (hook,) = HOOKS
    assert hook["id"] == "factcheck"
    assert hook["require_serial"] is True and hook["pass_filenames"] is True
    assert hook["entry"] == "factcheck pre-commit"
    assert "types" not in hook and "types_or" not in hook  # types would drop the JSON claims files
    files = re.compile(hook["files"])
    for staged in ("docs/brief.md", "a.markdown", "notes/wire.txt", "claims/entities.json",
                   "desk/claims/story.json"):
        assert files.search(staged), staged
    for staged in ("package.json", "claims.md.bak", "src/app.py", "reclaims/x.json"):
        assert not files.search(staged), staged
    # The entry's subcommand exists and takes the options of `check`, with no flag that lists agreements.
    args = _parser().parse_args(["pre-commit", "--fail-on", "unverified", "a.md"])
    assert args.paths == ["a.md"] and args.fail_on == "unverified" and args.show is None


def test_documented_workflow_uses_only_real_inputs_and_the_real_hook_id() -> None:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    documents = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)]
    with_action = [step for doc in documents if isinstance(doc, dict) for job in doc.get("jobs", {}).values()
                   for step in job["steps"] if step.get("uses", "").startswith("OWNER/REPOSITORY@")]
    assert with_action and all(set(step.get("with", {})) <= set(ACTION["inputs"]) for step in with_action)
    hook_ids = [h["id"] for doc in documents if isinstance(doc, dict) for repo in doc.get("repos", [])
                for h in repo["hooks"]]
    assert hook_ids == ["factcheck"]
    for ref in re.findall(r"uses: ([\w./-]+@\S+)", text):
        if not ref.startswith("OWNER/"):
            assert re.fullmatch(r"[\w./-]+@[0-9a-f]{40}", ref), f"docs/ci.md pins {ref} by tag"
