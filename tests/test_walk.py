from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from factcheck.walk import WalkError, find_files

INCLUDE = ["**/*.md", "**/*.markdown", "**/*.txt"]


def tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def rels(found: Sequence[Path | str], base: Path) -> list[str]:
    """Found paths relative to ``base``, whatever directory spelling they were found under."""
    return [
        item if isinstance(item, str) else Path(os.path.abspath(item)).relative_to(base).as_posix()
        for item in found
    ]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tree(
        tmp_path,
        {
            "README.md": "",
            "notes.txt": "",
            "script.py": "",
            "docs/b.md": "",
            "docs/a.markdown": "",
            "docs/drafts/wip.md": "",
            "docs/build/out.md": "",
            "docs/keep.log": "",
            "docs/sub/deep/z.md": "",
            ".hidden/secret.md": "",
            ".git/HEAD.md": "",
            "node_modules/pkg/readme.md": "",
            ".gitignore": "docs/build/\n*.log\n",
        },
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_walk_filters_and_sorts(project: Path) -> None:
    found = find_files(["."], INCLUDE, [], project)
    assert rels(found, project) == [
        "README.md",
        "docs/a.markdown",
        "docs/b.md",
        "docs/drafts/wip.md",
        "docs/sub/deep/z.md",
        "notes.txt",
    ]


def test_walk_keeps_spelling_of_given_directory(project: Path) -> None:
    found = find_files(["docs"], ["**/*.md"], [], project)
    assert found == [Path("docs/b.md"), Path("docs/drafts/wip.md"), Path("docs/sub/deep/z.md")]


def test_exclude_globs(project: Path) -> None:
    found = find_files(["."], INCLUDE, ["docs/drafts/", "*.txt"], project)
    assert rels(found, project) == ["README.md", "docs/a.markdown", "docs/b.md", "docs/sub/deep/z.md"]


def test_globs_are_relative_to_root_even_for_a_subdirectory(project: Path) -> None:
    found = find_files(["docs"], ["docs/sub/**/*.md"], [], project)
    assert found == [Path("docs/sub/deep/z.md")]


def test_root_gitignore_applies_when_walking_a_subdirectory(project: Path) -> None:
    found = find_files(["docs"], ["**/*"], [], project)
    assert Path("docs/build/out.md") not in found
    assert Path("docs/keep.log") not in found


def test_nested_gitignore_and_negation(project: Path) -> None:
    tree(project, {"docs/.gitignore": "drafts/\n!keep.log\n", "docs/sub/.gitignore": "*.md\n"})
    found = find_files(["."], ["**/*.md", "**/*.log"], [], project)
    assert rels(found, project) == ["README.md", "docs/b.md", "docs/keep.log"]


def test_explicit_files_are_always_taken(project: Path) -> None:
    found = find_files(["script.py", "docs/build/out.md", ".hidden/secret.md"], INCLUDE, ["*.py"], project)
    assert found == [Path("script.py"), Path("docs/build/out.md"), Path(".hidden/secret.md")]


def test_stdin_passes_through_in_place(project: Path) -> None:
    found = find_files(["README.md", "-", "notes.txt"], INCLUDE, [], project)
    assert found == [Path("README.md"), "-", Path("notes.txt")]


def test_duplicates_are_removed(project: Path) -> None:
    found = find_files(["README.md", ".", "./README.md"], ["*.md"], ["docs/"], project)
    assert found == [Path("README.md")]


def test_missing_path(project: Path) -> None:
    with pytest.raises(WalkError) as info:
        find_files(["README.md", "nope.md"], INCLUDE, [], project)
    assert info.value.path == "nope.md"
    assert str(info.value) == "nope.md: no such file or directory"


def test_directory_outside_root_uses_itself_as_base(tmp_path: Path) -> None:
    tree(tmp_path / "other", {"a.md": "", "skip/b.md": "", ".gitignore": "skip/\n"})
    (tmp_path / "root").mkdir()
    found = find_files([str(tmp_path / "other")], ["*.md"], [], tmp_path / "root")
    assert found == [tmp_path / "other" / "a.md"]


def test_hidden_and_vendor_directories_skipped_even_when_included(project: Path) -> None:
    found = find_files(["."], ["**/*"], [], project)
    names = rels(found, project)
    assert not any(n.startswith((".git/", ".hidden/", "node_modules/")) for n in names)
    assert ".gitignore" in names  # hidden files are not hidden directories


def test_explicit_hidden_directory_is_walked(project: Path) -> None:
    assert find_files([".hidden"], INCLUDE, [], project) == [Path(".hidden/secret.md")]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlinked_directories_are_not_followed(project: Path) -> None:
    os.symlink(project / "docs", project / "loop", target_is_directory=True)
    found = find_files(["."], INCLUDE, [], project)
    assert not any(str(p).startswith("loop") for p in found)


def test_invalid_glob(project: Path) -> None:
    with pytest.raises(WalkError, match="invalid exclude glob"):
        find_files(["."], INCLUDE, ["!"], project)


def test_invalid_glob_with_named_files_only(project: Path) -> None:
    """pathspec is loaded only to walk or to check a glob, yet a bad glob is an error whatever is named."""
    with pytest.raises(WalkError, match="invalid include glob"):
        find_files(["README.md"], ["!"], [], project)
    with pytest.raises(WalkError, match="invalid exclude glob"):
        find_files(["README.md"], INCLUDE, ["!"], project)
    assert rels(find_files(["README.md"], INCLUDE, ["docs/"], project), project) == ["README.md"]


def test_invalid_gitignore_line_does_not_disable_the_file(project: Path) -> None:
    (project / ".gitignore").write_text("!\nnotes.txt\n", encoding="utf-8")
    found = find_files(["."], ["*.txt"], [], project)
    assert found == []
