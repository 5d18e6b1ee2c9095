"""Every example in README.md and docs/*.md runs as written, so the documentation cannot drift from the tool.

Each Markdown file is followed the way a new user would follow it: its examples run in order, in one
scratch copy of the repository's `claims/`, `schemas/` and `examples/`, with the installed `factcheck`
on the PATH and no network.

* ```sh / ```bash blocks run with bash and must exit 0; a block that fails on purpose says so with
  `<!-- docs-test: exit N -->` before it.
* ```console blocks hold `$ command` lines, each followed by the output it prints; the real output
  must match (a line `...` stands for any number of lines).
* ```python blocks run with this Python and must exit 0.
* ```toml blocks are config files: written under the name their first comment gives
  (`# pyproject.toml`), they must be accepted by `factcheck validate` and `factcheck check`.
* A ```text block after `<!-- docs-test: output -->` is the output of the block before it.
* ```yaml blocks (CI configuration) must be valid YAML; they run only on a CI service, so, like any
  block that cannot run here (a download, a clone), they carry `<!-- docs-test: skip REASON -->`,
  and the skipped blocks are counted and listed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUNNABLE = {"sh", "bash", "console", "python", "toml"}
CHECKED = RUNNABLE | {"yaml", "yml"}
_MARKER = re.compile(r"<!--\s*docs-test:\s*(skip|exit|output)\b\s*(.*?)\s*-->")
_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<lang>[\w+-]*)[^\n]*$")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # 1-based line of the opening fence
    lang: str
    code: str
    marker: str | None = None  # skip, exit or output
    argument: str = ""

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line} ({self.lang})"


def blocks(path: Path) -> list[Block]:
    """Fenced blocks in document order, each with the docs-test marker of the line before it, if any."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[Block] = []
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        indent, fence = len(opening["indent"]), opening["fence"]
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            body.append(lines[j][indent:] if lines[j][:indent].strip() == "" else lines[j])
            j += 1
        previous = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        marker = _MARKER.search(previous)
        out.append(Block(path, i + 1, opening["lang"].lower(), "\n".join(body) + "\n",
                         marker[1] if marker else None, marker[2] if marker else ""))
        i = j + 1
    return out


def _sandbox(tmp_path: Path) -> Path:
    work = tmp_path / "project"
    for name in ("claims", "schemas", "examples"):
        shutil.copytree(ROOT / name, work / name)
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q"], cwd=work, check=True)
    return work


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GITHUB_", "FACTCHECK_")) and k not in ("CI", "NO_COLOR")}
    env["PATH"] = os.pathsep.join((str(Path(sys.executable).parent), env.get("PATH", "")))
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run(args: list[str], cwd: Path, stdin: str | None = None,
         merged: bool = False) -> subprocess.CompletedProcess[str]:
    """Run a command as a user's shell would; ``merged`` interleaves stderr with stdout as a terminal shows them."""
    return subprocess.run(args, cwd=cwd, env=_env(), input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT if merged else subprocess.PIPE, text=True,
                          timeout=300, check=False)


def _matches(expected: str, actual: str) -> bool:
    """Line by line, trailing spaces ignored; an expected line ``...`` matches any run of lines."""
    want = [line.rstrip() for line in expected.rstrip("\n").splitlines()]
    got = [line.rstrip() for line in actual.rstrip("\n").splitlines()]

    def match(i: int, j: int) -> bool:
        if i == len(want):
            return j == len(got)
        if want[i] == "...":
            return any(match(i + 1, k) for k in range(j, len(got) + 1))
        return j < len(got) and want[i] == got[j] and match(i + 1, j + 1)

    return match(0, 0)


def _console(code: str) -> list[tuple[str, str]]:
    steps: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
    return [(command, "\n".join(output)) for command, output in steps]


def _config_name(code: str) -> str:
    first = code.lstrip().splitlines()[0] if code.strip() else ""
    found = re.match(r"#\s*(pyproject\.toml|\.factcheck\.toml)\b", first)
    return found[1] if found else ".factcheck.toml"


def run_block(block: Block, work: Path) -> tuple[str | None, str]:
    """Run one block; return (what went wrong or None, its standard output)."""
    if block.lang in ("sh", "bash"):
        result = _run(["bash", "-e", "-o", "pipefail", "-c", block.code], work)
        expected = int(block.argument) if block.marker == "exit" else 0
        if result.returncode != expected:
            return (f"exited {result.returncode}, expected {expected}\n{result.stdout}{result.stderr}",
                    result.stdout)
        return None, result.stdout
    if block.lang == "python":
        result = _run([sys.executable, "-"], work, stdin=block.code)
        if result.returncode != 0:
            return f"exited {result.returncode}\n{result.stdout}{result.stderr}", result.stdout
        return None, result.stdout
    if block.lang == "console":
        shown = ""
        steps = _console(block.code)
        if not steps:
            return "a console block needs `$ command` lines", ""
        for command, expected in steps:
            result = _run(["bash", "-c", command], work, merged=True)
            shown = result.stdout
            if not _matches(expected, shown):
                return f"`{command}` printed:\n{shown}\nthe document shows:\n{expected}", shown
        return None, shown
    if block.lang == "toml":
        config = work / _config_name(block.code)
        config.write_text(block.code, encoding="utf-8")
        try:
            for args in (["validate"], ["check", "examples/explainer.md"]):
                result = _run(["factcheck", *args, "--config", config.name], work)
                if result.returncode == 2:
                    return f"`factcheck {' '.join(args)}` with this config exited 2\n{result.stderr}", ""
        finally:
            config.unlink()
        return None, ""
    return None, ""


def _documents() -> list[Path]:
    return [p for p in DOCS if any(b.lang in CHECKED for b in blocks(p))]


@pytest.mark.parametrize("doc", _documents(), ids=lambda p: str(p.relative_to(ROOT)))
def test_examples_run_as_written(doc: Path, tmp_path: Path) -> None:
    work = _sandbox(tmp_path)
    failures: list[str] = []
    previous_output: str | None = None
    for block in blocks(doc):
        if block.marker == "output":
            if previous_output is None:
                failures.append(f"{block}: an output block must follow a block that ran")
            elif not _matches(block.code, previous_output):
                failures.append(f"{block}: the block before it printed:\n{previous_output}")
            continue
        if block.lang not in CHECKED:
            continue
        if block.lang in ("yaml", "yml"):
            try:
                yaml.safe_load(block.code)
            except yaml.YAMLError as exc:
                failures.append(f"{block}: invalid YAML: {exc}")
        if block.marker == "skip":
            assert block.argument, f"{block}: say why it is skipped: <!-- docs-test: skip REASON -->"
            previous_output = None
            continue
        if block.lang not in RUNNABLE:
            failures.append(f"{block}: cannot run here; mark it <!-- docs-test: skip REASON -->")
            continue
        problem, previous_output = run_block(block, work)
        if problem:
            failures.append(f"{block}: {problem}")
    assert not failures, "\n\n".join(failures)


def test_every_example_is_run_or_skipped_with_a_reason() -> None:
    """Counts the skips, so a run shows how much of the documentation is not exercised, and why."""
    checked = [b for doc in DOCS for b in blocks(doc) if b.lang in CHECKED]
    skipped = [b for b in checked if b.marker == "skip"]
    assert all(b.argument for b in skipped), [str(b) for b in skipped if not b.argument]
    assert all(b.marker in (None, "skip", "exit") for b in checked)
    # Most examples run: a skip is for what needs a network or a CI service, not for convenience.
    assert len(skipped) < len(checked) - len(skipped), "\n".join(f"{b}: {b.argument}" for b in skipped)
    print(f"{len(checked)} examples, {len(checked) - len(skipped)} run, {len(skipped)} skipped:")
    for b in skipped:
        print(f"  {b}: {b.argument}")


def test_block_parser_reads_markers_indented_fences_and_console_output(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text(
        "Intro.\n\n<!-- docs-test: skip needs the network -->\n```sh\npip install x\n```\n\n"
        "- item:\n\n  <!-- docs-test: exit 1 -->\n  ```bash\n  false\n  ```\n\n"
        "```console\n$ echo a\na\n$ printf 'b\\nc\\n'\nb\n...\n```\n",
        encoding="utf-8")
    found = blocks(doc)
    assert [(b.lang, b.marker, b.argument, b.line) for b in found] == [
        ("sh", "skip", "needs the network", 4), ("bash", "exit", "1", 11), ("console", None, "", 15)]
    assert found[1].code == "false\n"
    assert _console(found[2].code) == [("echo a", "a"), ("printf 'b\\nc\\n'", "b\n...")]
    assert run_block(found[1], tmp_path)[0] is None  # exits 1 as its marker says
    assert run_block(found[2], tmp_path)[0] is None
    wrong = Block(doc, 1, "console", "$ echo a\nb\n")
    problem, _ = run_block(wrong, tmp_path)
    assert problem is not None and "printed" in problem
    assert _matches("a\n...\nd", "a\nb\nc\nd") and not _matches("a\n...\nd", "a\nb\nc")
