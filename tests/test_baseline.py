from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from factcheck.baseline import (
    BaselineError,
    fingerprint,
    legacy_fingerprint,
    load_baseline,
    normalise_sentence,
    write_baseline,
)
from factcheck.findings import ClaimInfo, DocumentReport, Finding, Position, Report, Verdict


def make(
    sentence: str,
    claim_id: str | None = "c1",
    verdict: Verdict = Verdict.contradicted,
    offset: int = 0,
    suppressed: bool = False,
) -> Finding:
    return Finding(
        verdict=verdict,
        start=Position(offset, 1, offset + 1),
        end=Position(offset + len(sentence), 1, offset + len(sentence) + 1),
        sentence=sentence,
        message="m",
        claim=ClaimInfo(claim_id, "statement") if claim_id else None,
        suppressed=suppressed,
    )


def report(*docs: tuple[str, list[Finding]]) -> Report:
    return Report(documents=tuple(DocumentReport(path, "", tuple(fs)) for path, fs in docs))


# --- fingerprints --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("France expelled two diplomats.", "france expelled two DIPLOMATS"),
        ("France expelled\n  two diplomats.", "France expelled two diplomats."),
        ("Paris “said” so — again.", 'Paris "said" so again'),
        ("ﬁnal figure: １２ days", "final figure 12 days"),  # NFKC folds ligatures and full-width digits
        ("STRASSE", "straße"),  # casefold, not lower
    ],
)
def test_fingerprint_survives_cosmetic_edits(a: str, b: str) -> None:
    assert fingerprint(make(a)) == fingerprint(make(b))


def test_fingerprint_ignores_position() -> None:
    assert fingerprint(make("Two diplomats.", offset=0)) == fingerprint(make("Two diplomats.", offset=500))


@pytest.mark.parametrize(
    "other",
    [
        make("France expelled three diplomats."),
        make("France expelled two diplomats.", claim_id="c2"),
        make("France expelled two diplomats.", claim_id=None),
        make("France expelled two diplomats.", verdict=Verdict.unverified),
        make("France expelled two diplomats.", claim_id=None, verdict=Verdict.uncovered),
    ],
)
def test_fingerprint_changes_with_content(other: Finding) -> None:
    assert fingerprint(make("France expelled two diplomats.")) != fingerprint(other)


def test_fingerprint_is_sha256_hex() -> None:
    fp = fingerprint(make("x"))
    assert len(fp) == 64
    int(fp, 16)


def test_normalise_sentence() -> None:
    assert normalise_sentence("  The U.S.  said:\n'No.'  ") == "the us said no"


# --- writing ---------------------------------------------------------------------------------------


def test_write_and_load_round_trip(tmp_path: Path) -> None:
    out = tmp_path / ".factcheck-baseline.json"
    rep = report(
        (str(tmp_path / "b.md"), [make("Zeta.", "c2"), make("Alpha.", None, Verdict.uncovered)]),
        (str(tmp_path / "docs" / "a.md"), [make("Beta.", "c1")]),
    )
    write_baseline(out, rep)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert [(e["path"], e["claim_id"], e["verdict"], e["sentence"]) for e in data["entries"]] == [
        ("b.md", None, "uncovered", "Alpha."),
        ("b.md", "c2", "contradicted", "Zeta."),
        ("docs/a.md", "c1", "contradicted", "Beta."),
    ]
    assert data["entries"][2]["fingerprint"] == fingerprint(make("Beta.", "c1"))
    loaded = load_baseline(out)
    assert len(loaded.entries) == 3
    assert loaded.root == tmp_path


def test_write_skips_supported_and_suppressed(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    rep = report(
        ("a.md", [make("Ok.", verdict=Verdict.supported), make("Hidden.", suppressed=True), make("Kept.")])
    )
    write_baseline(out, rep, root=Path.cwd())
    sentences = [e["sentence"] for e in json.loads(out.read_text())["entries"]]
    assert sentences == ["Kept."]


def test_write_is_deterministic(tmp_path: Path) -> None:
    one, two = tmp_path / "1.json", tmp_path / "2.json"
    findings = [make("B."), make("A."), make("C.", "c0")]
    write_baseline(one, report(("x.md", findings)), root=tmp_path)
    write_baseline(two, report(("x.md", list(reversed(findings)))), root=tmp_path)
    assert one.read_bytes() == two.read_bytes()


def test_failed_write_leaves_existing_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "b.json"
    out.write_text("previous contents", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_baseline(out, report(("a.md", [make("A.")])))
    assert out.read_text(encoding="utf-8") == "previous contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.json"]  # no temp file left behind


def test_write_keeps_file_mode(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    out.write_text("{}", encoding="utf-8")
    os.chmod(out, 0o640)
    write_baseline(out, report())
    assert out.stat().st_mode & 0o777 == 0o640


# --- filtering ---------------------------------------------------------------------------------------


def test_filter_suppresses_known_findings_only(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    old = report((str(tmp_path / "a.md"), [make("France expelled two diplomats.")]))
    write_baseline(out, old)
    new = report(
        (
            str(tmp_path / "a.md"),
            # Re-wrapped and moved, still the same finding; plus a new one.
            [make("Something new.", offset=0), make("france expelled\ntwo diplomats", offset=40)],
        )
    )
    filtered = load_baseline(out).filter(new)
    assert [f.suppressed for _d, f in filtered.findings(include_suppressed=True)] == [False, True]
    assert filtered.summary.suppressed == 1


def test_filter_is_count_aware(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    write_baseline(out, report(("a.md", [make("Same.")])), root=tmp_path)
    twice = report(("a.md", [make("Same.", offset=0), make("Same.", offset=10)]))
    filtered = load_baseline(out, root=tmp_path).filter(twice)
    assert [f.suppressed for _d, f in filtered.findings(include_suppressed=True)] == [True, False]


def test_filter_compares_paths(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    write_baseline(out, report((str(tmp_path / "a.md"), [make("Same.")])))
    other = report((str(tmp_path / "b.md"), [make("Same.")]))
    filtered = load_baseline(out).filter(other)
    assert filtered.summary.suppressed == 0


def test_filter_matches_relative_and_absolute_spellings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "docs").mkdir()
    out = tmp_path / "b.json"
    monkeypatch.chdir(tmp_path)
    write_baseline(out, report(("docs/a.md", [make("Same.")])))
    monkeypatch.chdir(tmp_path / "docs")
    filtered = load_baseline(out).filter(report(("a.md", [make("Same.")])))
    assert filtered.summary.suppressed == 1


def test_filter_leaves_comment_suppressed_and_supported_alone(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    write_baseline(out, report(("a.md", [make("Same.")])), root=tmp_path)
    rep = report(("a.md", [make("Same.", suppressed=True), make("Same.")]))
    filtered = load_baseline(out, root=tmp_path).filter(rep)
    # The comment-suppressed finding does not use up the entry; the second one does.
    assert [f.suppressed for _d, f in filtered.findings(include_suppressed=True)] == [True, True]


# --- baselines written before the uncovered verdict ----------------------------------------------------


SENTENCE = "Azerbaijan has a population of about 10 million."


def legacy_entry(path: str, sentence: str) -> dict[str, object]:
    """An entry as factcheck wrote it for a sentence no claim covers, before ``uncovered`` existed."""
    key = "\x1f".join(("", "unverified", normalise_sentence(sentence)))
    return {
        "path": path,
        "claim_id": None,
        "verdict": "unverified",
        "fingerprint": hashlib.sha256(key.encode("utf-8")).hexdigest(),
        "sentence": sentence,
    }


def write_old(path: Path, *entries: dict[str, object]) -> Path:
    path.write_text(json.dumps({"version": 1, "entries": list(entries)}, indent=2), encoding="utf-8")
    return path


def test_legacy_fingerprint_is_what_older_baselines_stored() -> None:
    uncovered = make(SENTENCE, None, Verdict.uncovered)
    assert legacy_fingerprint(uncovered) == legacy_entry("a.md", SENTENCE)["fingerprint"]
    assert legacy_fingerprint(uncovered) == fingerprint(make(SENTENCE, None, Verdict.unverified))
    assert legacy_fingerprint(uncovered) != fingerprint(uncovered)
    assert legacy_fingerprint(make(SENTENCE, "c1", Verdict.unverified)) is None


def test_old_claimless_unverified_entries_are_read_as_uncovered_and_accept_them(tmp_path: Path) -> None:
    old = write_old(tmp_path / "b.json", legacy_entry("a.md", SENTENCE))
    baseline = load_baseline(old)
    assert [(e.claim_id, e.verdict) for e in baseline.entries] == [(None, Verdict.uncovered)]
    rep = report(
        (
            str(tmp_path / "a.md"),
            [
                make(SENTENCE, None, Verdict.uncovered),  # what the old entry recorded
                make(SENTENCE.upper(), None, Verdict.uncovered, offset=60),  # a second copy: one entry, one finding
                make(SENTENCE, "c1", Verdict.unverified, offset=120),  # about a claim: not what was recorded
            ],
        )
    )
    filtered = baseline.filter(rep)
    assert [f.suppressed for _d, f in filtered.findings(include_suppressed=True)] == [True, False, False]


def test_old_entries_with_a_claim_are_read_unchanged(tmp_path: Path) -> None:
    about_claim = make(SENTENCE, "c1", Verdict.unverified)
    entry = {"path": "a.md", "claim_id": "c1", "verdict": "unverified",
             "fingerprint": fingerprint(about_claim), "sentence": SENTENCE}  # fmt: skip
    baseline = load_baseline(write_old(tmp_path / "b.json", entry))
    assert [(e.claim_id, e.verdict) for e in baseline.entries] == [("c1", Verdict.unverified)]
    filtered = baseline.filter(report((str(tmp_path / "a.md"), [about_claim])))
    assert filtered.summary.suppressed == 1


def test_writing_an_old_baseline_again_stores_the_new_form(tmp_path: Path) -> None:
    path = write_old(tmp_path / "b.json", legacy_entry("a.md", SENTENCE), legacy_entry("a.md", "Gone since."))
    checked = report((str(tmp_path / "a.md"), [make(SENTENCE, None, Verdict.uncovered)]))
    assert load_baseline(path).filter(checked).summary.suppressed == 1
    write_baseline(path, checked)
    [entry] = json.loads(path.read_text(encoding="utf-8"))["entries"]
    assert (entry["claim_id"], entry["verdict"], entry["sentence"]) == (None, "uncovered", SENTENCE)
    assert entry["fingerprint"] == fingerprint(make(SENTENCE, None, Verdict.uncovered))
    assert load_baseline(path).filter(checked).summary.suppressed == 1


# --- loading errors ----------------------------------------------------------------------------------


def test_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="no such file"):
        load_baseline(tmp_path / "nope.json")


def test_load_bad_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text('{\n  "version": 1,\n  "entries": [,]\n}\n', encoding="utf-8")
    with pytest.raises(BaselineError) as info:
        load_baseline(path)
    assert (info.value.line, info.value.column) == (3, 15)
    assert str(info.value).startswith(f"{path}:3:15: invalid JSON: ")


GOOD = {
    "path": "a.md",
    "claim_id": "c1",
    "verdict": "contradicted",
    "fingerprint": "0" * 64,
    "sentence": "A.",
}


@pytest.mark.parametrize(
    ("data", "pointer", "fragment"),
    [
        ([], "", "expected an object"),
        ({"version": 2, "entries": []}, "/version", "expected 1, got 2"),
        ({"version": 1}, "/entries", "expected an array"),
        ({"version": 1, "entries": [], "extra": 1}, "/extra", "unknown key"),
        ({"version": 1, "entries": [GOOD, 3]}, "/entries/1", "expected an object"),
        ({"version": 1, "entries": [{**GOOD, "verdict": "wrong"}]}, "/entries/0/verdict", "expected one of"),
        ({"version": 1, "entries": [{**GOOD, "fingerprint": "abc"}]}, "/entries/0/fingerprint", "hex"),
        ({"version": 1, "entries": [{**GOOD, "path": 3}]}, "/entries/0/path", "expected a string, got 3"),
        ({"version": 1, "entries": [{**GOOD, "x/y": 3}]}, "/entries/0/x~1y", "unknown key"),
        (
            {"version": 1, "entries": [{k: v for k, v in GOOD.items() if k != "sentence"}]},
            "/entries/0",
            "missing 'sentence'",
        ),
    ],
)
def test_load_wrong_shape_names_pointer(tmp_path: Path, data: object, pointer: str, fragment: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BaselineError) as info:
        load_baseline(path)
    assert info.value.pointer == pointer
    assert fragment in info.value.message
    assert str(info.value).startswith(str(path))


def test_load_accepts_null_claim_id(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text(json.dumps({"version": 1, "entries": [{**GOOD, "claim_id": None}]}), encoding="utf-8")
    assert load_baseline(path).entries[0].claim_id is None
