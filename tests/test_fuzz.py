"""Hostile input through the command's entry points: every run ends in 0, 1 or 2, never in a traceback.

Exit 3 means factcheck itself failed, so no input may ever cause it. The budget is small and fixed and
the examples are derandomised, so the suite costs the same on every CI run and fails the same way
everywhere when it finds something.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims"
BUDGET = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces a hostile or careless article is made of: superscripts and other digits Python reads as numbers
# (or does not), numbers past any float, fractions, separators, and the words the seed claims are about.
_AWKWARD = ["¹", "²", "³", "⁰", "10³", "2¹⁰", "½", "⅔", "٣", "१२", "𝟗", "1e400", "9" * 400, "1" * 5000,
            "-0", "0x1F", "1,000,000,000,000,000,000,000", "72-hour", "48h", "3.", ".5", "∞", "NaN", "\u2028",
            "\u202e", "\x00", "\x1b[31m", "**", "`", "<!--", "-->", "[^1]", "---", "|", "#", "\r\n", "\t"]
_WORDS = ["France", "expelled", "three", "Azerbaijani", "diplomats", "from", "Paris", "Azerbaijan", "gave",
          "the", "French", "embassy", "employees", "hours", "to", "leave", "in", "December", "2023", "on",
          "weapons", "Armenia", "million", "percent", "of", "and", "."]
_TOKEN = st.one_of(st.sampled_from(_AWKWARD), st.sampled_from(_WORDS), st.text(min_size=1, max_size=12),
                   st.integers(min_value=-(10**30), max_value=10**30).map(str))
ARTICLES = st.one_of(
    st.lists(_TOKEN, max_size=60).map(" ".join),
    st.text(max_size=400),
    st.builds(lambda word, n: word * n, st.sampled_from(["x", "9", "³", "a" * 7 + " "]), st.integers(1, 3000)),
)


def _json_values(max_leaves: int = 12) -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(), st.booleans(), st.text(max_size=20),
        st.integers(min_value=-(10**40), max_value=10**40),
        st.floats(allow_nan=True, allow_infinity=True),
    )
    return st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=max_leaves)


@st.composite
def claims_texts(draw: st.DrawFn) -> str:
    """A claims file that is nearly right: a real claim with one field replaced, or raw hostile JSON."""
    kind = draw(st.sampled_from(["field", "raw", "deep", "huge"]))
    if kind == "deep":
        depth = draw(st.integers(1, 3000))
        return '{"claims": ' + "[" * depth + "]" * depth + "}"
    if kind == "huge":
        digits = draw(st.integers(300, 6000))
        return ('{"claims": [{"id": "x", "statement": "France expelled diplomats.", "values": '
                f'[{{"kind": "count", "number": {"9" * digits}, "noun": "diplomats"}}]}}]}}')
    if kind == "raw":
        return json.dumps(draw(_json_values()))
    claim: dict[str, Any] = {"id": "france-expels", "statement": "France expelled two Azerbaijani diplomats.",
                             "values": [{"kind": "count", "number": 2, "noun": "diplomats"}]}
    entity: dict[str, Any] = {"id": "fr", "name": "Fredonia"}
    target, key = draw(st.sampled_from([(claim, "id"), (claim, "statement"), (claim, "values"),
                                        (claim["values"][0], "number"), (claim["values"][0], "kind"),
                                        (entity, "part_of"), (entity, "name"), (claim, "attribution")]))
    target[key] = draw(_json_values(4))
    return json.dumps({"entities": [entity], "claims": [claim]}, ensure_ascii=draw(st.booleans()))


_CONFIG_KEYS = ["claims", "include", "exclude", "fail_on", "format", "reports", "min_score", "baseline",
                "uncovered", "allow_empty", "show", "fail-on", ""]
_TOML_VALUES = st.one_of(
    st.sampled_from(['"xml"', '"text"', '"never"', "nan", "inf", "-inf", "1e400", "9" * 5000, "true", "0.5",
                     '["claims"]', '["json:-"]', '["xml:x.xml"]', '["text:/tmp/x.pth"]', '["sarif:../x"]', "[]",
                     '"../b.json"', '"/etc/passwd"', "[" * 2000 + "]" * 2000, "{a = 1}", '"\\u0000"']),
    st.text(max_size=20).map(json.dumps),
    st.integers().map(str),
)


@st.composite
def configs(draw: st.DrawFn) -> str:
    keys = draw(st.lists(st.sampled_from(_CONFIG_KEYS), unique=True, max_size=4))
    lines = [f"{json.dumps(key)} = {draw(_TOML_VALUES)}" for key in keys]
    if draw(st.booleans()):
        lines.append(draw(st.text(max_size=30)))  # and maybe something that is not TOML at all
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module", autouse=True)
def _private_cache() -> Iterator[None]:
    """Built claim bases go to a scratch folder, not the user's cache."""
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACTCHECK_CACHE_DIR", folder)
        patch.delenv("GITHUB_ACTIONS", raising=False)
        patch.delenv("GITHUB_STEP_SUMMARY", raising=False)
        yield


@contextlib.contextmanager
def _project() -> Iterator[Path]:
    """A scratch project with the seed claims, entered as the working directory."""
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        shutil.copytree(CLAIMS, project / "claims")
        before = Path.cwd()
        os.chdir(project)
        try:
            yield project
        finally:
            os.chdir(before)


def _run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse's own usage errors
            code = exc.code if isinstance(exc.code, int) else 2
    return code, err.getvalue()


def _assert_handled(code: int, stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    assert code in (0, 1, 2), f"exit {code}: {stderr}"


@BUDGET
@given(text=ARTICLES, suffix=st.sampled_from([".md", ".txt"]))
def test_any_article_is_checked_or_refused(text: str, suffix: str) -> None:
    with _project() as project:
        (project / f"draft{suffix}").write_text(text, encoding="utf-8", errors="surrogatepass")
        _assert_handled(*_run("check", f"draft{suffix}", "--fail-on", "uncovered"))


@BUDGET
@given(data=st.one_of(st.binary(max_size=200), ARTICLES.map(lambda t: t.encode("utf-16-le")),
                      ARTICLES.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_bytes_are_checked_or_refused(data: bytes) -> None:
    with _project() as project:
        (project / "draft.md").write_bytes(data)
        code, stderr = _run("check", "draft.md")
        _assert_handled(code, stderr)
        if code == 2:
            assert "draft.md" in stderr  # a refusal names the file


@BUDGET
@given(text=claims_texts())
def test_any_claims_file_is_loaded_or_reported_with_its_place(text: str) -> None:
    with _project() as project:
        (project / "claims" / "zz-fuzz.json").write_text(text, encoding="utf-8")
        (project / "draft.md").write_text("France expelled two Azerbaijani diplomats.\n", encoding="utf-8")
        code, stderr = _run("check", "draft.md")
        _assert_handled(code, stderr)
        if code == 2:
            assert "zz-fuzz.json" in stderr
        _assert_handled(*_run("validate", "claims"))


@BUDGET
@given(text=configs())
def test_any_config_is_used_or_refused_with_its_file(text: str) -> None:
    with _project() as project:
        (project / ".factcheck.toml").write_text(text, encoding="utf-8")
        (project / "draft.md").write_text("France expelled three Azerbaijani diplomats.\n", encoding="utf-8")
        code, stderr = _run("check", "draft.md")
        _assert_handled(code, stderr)
        assert not (Path(tempfile.gettempdir()) / "x.pth").exists()


@BUDGET
@given(baseline=st.one_of(_json_values().map(json.dumps), st.text(max_size=60),
                          st.integers(1, 3000).map(lambda d: "[" * d + "]" * d)))
def test_any_baseline_is_applied_or_refused(baseline: str) -> None:
    with _project() as project:
        (project / "b.json").write_text(baseline, encoding="utf-8")
        (project / "draft.md").write_text("France expelled three Azerbaijani diplomats.\n", encoding="utf-8")
        code, stderr = _run("check", "draft.md", "--baseline", "b.json")
        _assert_handled(code, stderr)


@BUDGET
@given(table=st.one_of(st.text(max_size=200),
                       st.lists(st.sampled_from(['"', ",", "\n", "\r\n", "a", "id", "claim", '""', "\t", "é"]),
                                max_size=40).map("".join)))
def test_any_table_is_imported_or_refused(table: str) -> None:
    with _project() as project:
        (project / "t.csv").write_text("id,claim\n" + table, encoding="utf-8", errors="surrogatepass")
        code, stderr = _run("import", "t.csv", "--id-field", "id", "--text-field", "claim", "-o", "out.json")
        _assert_handled(code, stderr)
        assert code in (0, 2)
        assert (project / "out.json").exists() == (code == 0)
