"""A checkout factcheck runs in may be hostile: it must not be able to steer a write anywhere else.

The attack these tests stand for: a pull request plants a config entry, a symbolic link or a file
name so that a report lands in ``site-packages/*.pth``, which Python executes at its next start.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from factcheck.atomic import WriteRefused, write_atomic
from factcheck.baseline import BaselineError, load_baseline
from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims"
WRONG = "France expelled three Azerbaijani diplomats from their embassy in Paris."
needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
needs_fifos = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """Stands for a folder outside the checkout, such as the interpreter's ``site-packages``."""
    folder = tmp_path / "site-packages"
    folder.mkdir()
    return folder


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    checkout = tmp_path / "checkout"
    shutil.copytree(CLAIMS, checkout / "claims")
    (checkout / "draft.md").write_text(f"# Draft\n\n{WRONG}\n", encoding="utf-8")
    monkeypatch.chdir(checkout)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    return checkout


# --- what a config file may name --------------------------------------------------------------------------


@pytest.mark.parametrize("entry", ["text:{outside}/evil.pth", "text:../site-packages/evil.pth",
                                   "text:link/evil.pth"])
def test_a_config_file_cannot_send_a_report_out_of_the_project(
        project: Path, outside: Path, capsys: pytest.CaptureFixture[str], entry: str) -> None:
    if hasattr(os, "symlink"):
        (project / "link").symlink_to(outside, target_is_directory=True)
    (project / ".factcheck.toml").write_text(f"reports = [{json.dumps(entry.format(outside=outside))}]\n",
                                             encoding="utf-8")
    code, out, err = cli(capsys, "check", "draft.md")
    assert code == 2 and out == ""
    assert ".factcheck.toml: reports:" in err and "a config file may only name paths inside" in err
    assert list(outside.iterdir()) == []


def test_the_command_line_may_name_a_path_outside(project: Path, outside: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = cli(capsys, "check", "draft.md", "--report", f"json:{outside / 'report.json'}")
    assert code == 1, err
    assert json.loads((outside / "report.json").read_text(encoding="utf-8"))["summary"]["contradicted"] == 1


# --- what a write may replace -------------------------------------------------------------------------


@needs_symlinks
def test_a_planted_symlink_is_never_written_through(project: Path, outside: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    victim = outside / "evil.pth"
    victim.write_text("untouched\n", encoding="utf-8")
    (project / "report.txt").symlink_to(victim)
    code, _out, err = cli(capsys, "check", "draft.md", "--report", "text:report.txt")
    assert code == 2
    assert "factcheck: report.txt: cannot write report: is a symbolic link" in err
    assert victim.read_text(encoding="utf-8") == "untouched\n"
    assert (project / "report.txt").is_symlink()
    code, _out, err = cli(capsys, "check", "draft.md", "--write-baseline", "report.txt")
    assert code == 2 and victim.read_text(encoding="utf-8") == "untouched\n"


@needs_symlinks
def test_a_symlinked_folder_inside_the_project_cannot_lead_a_write_out(project: Path, outside: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    (project / "build").symlink_to(outside, target_is_directory=True)
    code, _out, err = cli(capsys, "check", "draft.md", "--report", "text:build/sub/evil.pth")
    assert code == 2 and "leads out of the project" in err
    assert list(outside.iterdir()) == [], "not even the missing folder is created"
    with pytest.raises(WriteRefused):
        write_atomic(project / "build" / "x.pth", "import os\n", root=project)


@needs_fifos
def test_a_fifo_is_written_into_not_replaced(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = project / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code, _out, _err = cli(capsys, "check", "draft.md", "--report", "json:pipe")
    reader.join(timeout=60)
    assert code == 1
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received[0])["summary"]["contradicted"] == 1


def test_a_character_device_is_written_into_not_replaced(tmp_path: Path) -> None:
    if os.geteuid() == 0 and hasattr(os, "mknod"):
        device = tmp_path / "null"  # a private copy of /dev/null: a bug here must not break the real one
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    elif os.path.exists("/dev/null"):
        device = Path("/dev/null")  # without root, the real one cannot be replaced anyway
    else:
        pytest.skip("no character device to write to")
    write_atomic(device, '{"report": true}\n')
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert [p.name for p in tmp_path.iterdir()] in ([], ["null"]), "no temporary file left behind"


def test_a_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "report.json").mkdir()
    with pytest.raises(WriteRefused, match="is a directory"):
        write_atomic(tmp_path / "report.json", "{}")


def test_dash_is_standard_output(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = cli(capsys, "check", "draft.md", "--format", "text", "--report", "json:-")
    assert code == 1
    text, _, report = out.partition("\n{")
    assert "draft.md:3:1: contradicted" in text
    assert json.loads("{" + report)["summary"]["contradicted"] == 1
    assert not (project / "-").exists()
    (project / ".factcheck.toml").write_text('reports = ["sarif:-"]\n', encoding="utf-8")
    code, out, _err = cli(capsys, "check", "draft.md", "--format", "json")
    assert code == 1 and '"version": "2.1.0"' in out and not (project / "-").exists()


def test_dev_stdout_names_the_process_own_output(project: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "factcheck", "check", "draft.md", "--format", "text",
                          "--report", "json:/dev/stdout"], cwd=project, capture_output=True, text=True,
                         check=False, timeout=300)
    assert run.returncode == 1, run.stderr
    assert run.stdout.index("contradicted") < run.stdout.index('"summary"'), "in the order they were written"


# --- what a file name can do to a report --------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="Windows forbids these characters in file names")
def test_control_characters_in_file_names_are_escaped(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = "a\nimport os\x1b[31m.md"
    (project / name).write_text(f"# Draft\n\n{WRONG}\n", encoding="utf-8")
    code, out, _err = cli(capsys, "check", name, "--format", "text")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("a\\nimport os\\x1b[31m.md:3:1: contradicted")
    assert not any(line.startswith("import") for line in lines)
    assert "\x1b" not in out


# --- baselines -------------------------------------------------------------------------------------------


def test_baseline_entries_may_not_climb_out(tmp_path: Path) -> None:
    entry = {"path": "../elsewhere/a.md", "claim_id": None, "verdict": "uncovered", "fingerprint": "0" * 64,
             "sentence": "x"}
    baseline = tmp_path / "b.json"
    baseline.write_text(json.dumps({"version": 1, "entries": [entry]}), encoding="utf-8")
    with pytest.raises(BaselineError, match=r"/entries/0/path: expected a path relative to the project root"):
        load_baseline(baseline)


@pytest.mark.parametrize(("text", "expected"), [
    ('{"version": ' + "1" * 5000 + "}", "b.json:1:13: invalid JSON: number too large"),
    ("[" * 3000 + "]" * 3000, "b.json:1:65: invalid JSON: nested too deeply"),
])
def test_hostile_baselines_are_located_errors(tmp_path: Path, text: str, expected: str) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError) as info:
        load_baseline(baseline)
    assert str(info.value).endswith(expected)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to mark the project root")
def test_a_baseline_works_from_a_subdirectory(project: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    (project / "docs").mkdir()
    shutil.move(project / "draft.md", project / "docs" / "draft.md")
    assert cli(capsys, "check", "docs", "--write-baseline", "b.json")[0] == 0
    paths = [e["path"] for e in json.loads((project / "b.json").read_text(encoding="utf-8"))["entries"]]
    assert paths == ["docs/draft.md"]
    monkeypatch.chdir(project / "docs")
    code, out, _err = cli(capsys, "check", ".", "--claims", "../claims", "--baseline", "../b.json")
    assert code == 0 and "(1 suppressed)" in out


def test_a_configured_baseline_from_a_subdirectory_and_before_it_exists(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (project / ".factcheck.toml").write_text('claims = ["claims"]\nbaseline = "fc-baseline.json"\n',
                                             encoding="utf-8")
    (project / "docs").mkdir()
    shutil.move(project / "draft.md", project / "docs" / "draft.md")
    code, _out, err = cli(capsys, "check", "docs")
    assert code == 2 and "fc-baseline.json: no such file" in err  # using it before it exists is an error
    code, _out, err = cli(capsys, "check", "docs", "--write-baseline", "fc-baseline.json")
    assert code == 0, err  # but writing the first one is not blocked by it
    assert cli(capsys, "check", "docs")[0] == 0
    monkeypatch.chdir(project / "docs")
    code, out, _err = cli(capsys, "check", ".")
    assert code == 0 and "(1 suppressed)" in out
