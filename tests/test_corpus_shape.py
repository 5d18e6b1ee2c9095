"""Shape checks for the labelled corpus and the example articles.

The corpus is the yardstick the matcher is measured against, so a malformed line, a misspelt claim id or
a planted error pointing at the wrong line would silently skew every score. These tests catch that before
any matcher runs.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "sentences.jsonl"
CLAIMS_DIR = ROOT / "claims"
EXAMPLES = ROOT / "examples"

# The claim ids the corpus is labelled against; they are fixed so labels stay valid as the base grows.
SEED_CLAIM_IDS = frozenset(
    {
        "france-expels-azerbaijani-diplomats",
        "france-cites-reciprocity",
        "azerbaijan-expels-french-diplomats",
        "french-diplomats-48-hour-deadline",
        "france-summons-azerbaijani-ambassador",
        "france-protests-azerbaijani-actions",
        "azerbaijan-alleges-pro-armenian-bias",
        "aliyev-alleges-france-arms-armenia",
        "france-armenian-diaspora",
        "azerbaijan-criticises-french-stance",
        "azerbaijan-reclaims-nagorno-karabakh",
        "armenian-control-three-decades",
        "peace-deal-expected-by-year-end",
        "eu-mediated-talks-minimal-progress",
        "aliyev-boycotts-spain-meeting",
        "aliyev-objects-to-french-stance",
        "aliyev-is-president-of-azerbaijan",
    }
)
ALLEGED_CLAIM_IDS = frozenset({"azerbaijan-alleges-pro-armenian-bias", "aliyev-alleges-france-arms-armenia"})

CATEGORY_MINIMUMS = {
    "paraphrase": 40,
    "digits-words": 15,
    "alias": 20,
    "contradiction-count": 10,
    "contradiction-duration": 10,
    "contradiction-date": 10,
    "contradiction-place": 8,
    "contradiction-actor": 10,
    "contradiction-target": 8,
    "negation": 10,
    "misattached": 8,
    "allegation-as-fact": 10,
    "allegation-attributed": 10,
    "near-miss": 30,
    "unrelated": 20,
    "two-facts": 12,
    # the mirror image of a recorded event (Azerbaijan summoning France's envoy when the record holds
    # France summoning Azerbaijan's): another event, never a contradiction of the recorded one
    "counterpart-event": 1,
}
MIN_SENTENCES = 240

VERDICTS = frozenset({"supported", "contradicted", "unverified"})
CONTRADICTION_FIELDS = frozenset(
    {"count", "deadline", "date", "expected-by", "place", "actor", "target", "polarity", "length-of-control"}
)
# The discrepancy field each contradiction category is about.
CATEGORY_FIELDS = {
    "contradiction-count": {"count"},
    "contradiction-duration": {"deadline", "length-of-control"},
    "contradiction-date": {"date", "expected-by"},
    "contradiction-place": {"place"},
    "contradiction-actor": {"actor"},
    "contradiction-target": {"target"},
    "negation": {"polarity"},
}

Row = dict[str, Any]


def _load_rows() -> list[Row]:
    rows: list[Row] = []
    for number, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"line {number}: blank line"
        row = json.loads(line)
        assert isinstance(row, dict), f"line {number}: not a JSON object"
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return _load_rows()


def test_every_line_is_a_labelled_sentence(rows: list[Row]) -> None:
    for row in rows:
        assert set(row) == {"id", "text", "category", "expect"}, row
        assert isinstance(row["text"], str) and row["text"].strip() == row["text"] != "", row
        assert isinstance(row["expect"], list), row
        for entry in row["expect"]:
            assert isinstance(entry, dict), row
            assert set(entry) <= {"claim", "verdict", "field"} and {"claim", "verdict"} <= set(entry), row


def test_ids_and_texts_are_unique(rows: list[Row]) -> None:
    ids = [row["id"] for row in rows]
    assert all(re.fullmatch(r"s\d{3,}", i) for i in ids), [i for i in ids if not re.fullmatch(r"s\d{3,}", i)]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    texts = [row["text"] for row in rows]
    assert len(texts) == len(set(texts)), [t for t, n in Counter(texts).items() if n > 1]


def test_verdicts_and_fields_are_valid(rows: list[Row]) -> None:
    for row in rows:
        claims = [e["claim"] for e in row["expect"]]
        assert len(claims) == len(set(claims)), f"{row['id']}: more than one expectation for a claim"
        for entry in row["expect"]:
            verdict, field = entry["verdict"], entry.get("field")
            assert verdict in VERDICTS, row
            if verdict == "contradicted":
                assert field in CONTRADICTION_FIELDS, row
            elif verdict == "unverified":
                # an allegation stated as fact, or parties the record holds the other way round
                # (another event, or swapped parties: the sentence alone cannot tell which)
                assert (field == "attribution" and entry["claim"] in ALLEGED_CLAIM_IDS) or (
                    field in ("actor", "target") and row["category"] in ("misattached", "actor-swap")), row
            else:
                assert field is None, row


def test_labels_use_only_seed_claims_and_cover_all_of_them(rows: list[Row]) -> None:
    used = {e["claim"] for row in rows for e in row["expect"]}
    assert used <= SEED_CLAIM_IDS, sorted(used - SEED_CLAIM_IDS)
    assert used >= SEED_CLAIM_IDS, sorted(SEED_CLAIM_IDS - used)


def _claim_base_ids() -> set[str]:
    ids: set[str] = set()
    for path in sorted(CLAIMS_DIR.glob("*.json")) if CLAIMS_DIR.is_dir() else []:
        data = json.loads(path.read_text(encoding="utf-8"))
        ids.update(claim["id"] for claim in data.get("claims", []))
    return ids


def test_labelled_claims_exist_in_claim_base(rows: list[Row]) -> None:
    base = _claim_base_ids()
    if not base:
        pytest.skip(f"no claims found under {CLAIMS_DIR}; claim ids checked only against the seed list")
    used = {e["claim"] for row in rows for e in row["expect"]}
    assert used <= base, f"labelled but missing from claims/: {sorted(used - base)}"
    assert base >= SEED_CLAIM_IDS, f"seed claims missing from claims/: {sorted(SEED_CLAIM_IDS - base)}"


def test_category_sizes(rows: list[Row]) -> None:
    counts = Counter(row["category"] for row in rows)
    assert set(counts) == set(CATEGORY_MINIMUMS), set(counts) ^ set(CATEGORY_MINIMUMS)
    short = {c: (counts[c], n) for c, n in CATEGORY_MINIMUMS.items() if counts[c] < n}
    assert not short, f"categories below their minimum (have, want): {short}"
    assert len(rows) >= MIN_SENTENCES


def test_labels_fit_their_category(rows: list[Row]) -> None:
    for row in rows:
        category, expect = row["category"], row["expect"]
        verdicts = {e["verdict"] for e in expect}
        if category in ("unrelated", "counterpart-event"):
            assert expect == [], row
        elif category == "allegation-as-fact":
            assert "unverified" in verdicts, row
        elif category == "allegation-attributed":
            assert any(e["claim"] in ALLEGED_CLAIM_IDS and e["verdict"] == "supported" for e in expect), row
        elif category in CATEGORY_FIELDS:
            fields = {e.get("field") for e in expect if e["verdict"] == "contradicted"}
            assert fields & CATEGORY_FIELDS[category], row
        elif category == "misattached":
            # swapped parties are contradicted when another slot ties the sentence to the event, and
            # unverified when every stated party disagrees (the sentence alone cannot tell)
            assert verdicts & {"contradicted", "unverified"}, row
        elif category == "two-facts":
            assert len(expect) >= 2, row
        elif category in {"paraphrase", "digits-words", "alias"}:
            assert expect and verdicts == {"supported"}, row


def test_near_misses_include_sentences_with_no_finding(rows: list[Row]) -> None:
    near = [row for row in rows if row["category"] == "near-miss"]
    assert sum(1 for row in near if not row["expect"]) >= 10
    assert all(e["verdict"] == "supported" for row in near for e in row["expect"])


# ---------------------------------------------------------------- example articles


def _lines(path: Path) -> list[str]:
    """Lines counted by ``\\n`` with any ``\\r`` left to the line end, as the document model counts them."""
    text = path.read_bytes().decode("utf-8")
    return [line.removesuffix("\r") for line in text.split("\n")]


def _words(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


@pytest.mark.parametrize(
    ("article", "planted"),
    [("desk-draft.md", 5), ("explainer.md", 0), ("wire-brief.txt", 2)],
)
def test_expected_findings_point_at_their_sentences(article: str, planted: int) -> None:
    path = EXAMPLES / article
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert isinstance(expected, list) and len(expected) == planted
    lines = _lines(path)
    for entry in expected:
        assert set(entry) == {"line", "claim", "verdict", "field", "snippet"}, entry
        assert entry["claim"] in SEED_CLAIM_IDS, entry
        assert entry["verdict"] in {"contradicted", "unverified"}, entry
        assert 1 <= entry["line"] <= len(lines), entry
        assert entry["snippet"] in lines[entry["line"] - 1], entry
        assert sum(entry["snippet"] in line for line in lines) == 1, f"snippet not unique: {entry}"
        if entry["verdict"] == "unverified":
            assert entry["field"] == "attribution" and entry["claim"] in ALLEGED_CLAIM_IDS, entry
        else:
            assert entry["field"] in CONTRADICTION_FIELDS, entry


def test_desk_draft_plants_one_error_of_each_kind() -> None:
    expected = json.loads((EXAMPLES / "desk-draft.expected.json").read_text(encoding="utf-8"))
    assert sorted(e["field"] for e in expected) == ["attribution", "count", "date", "deadline", "target"]
    assert len({e["line"] for e in expected}) == len(expected)


def test_desk_draft_uses_every_markdown_construct() -> None:
    path = EXAMPLES / "desk-draft.md"
    text = path.read_text(encoding="utf-8")
    assert 350 <= _words(path) <= 600
    assert re.match(r"---\ntitle: .+\nauthor: .+\ndate: \d{4}-\d{2}-\d{2}\n---\n", text)
    for pattern in (r"^#{1,3} ", r"^- ", r"^> ", r"^\| --- \|", r"^```json$", r"<!--.*-->", r"\]\(https?://"):
        assert re.search(pattern, text, re.MULTILINE), pattern


def test_explainer_uses_its_markdown_constructs() -> None:
    path = EXAMPLES / "explainer.md"
    text = path.read_text(encoding="utf-8")
    assert 300 <= _words(path) <= 500
    assert re.match(r"---\ntitle: .+\nauthor: .+\ndate: \d{4}-\d{2}-\d{2}\n---\n", text)
    for pattern in (r"^#{1,3} ", r"^1\. ", r"^\| --- \|", r"`[^`\n]+`", r"!\[[^\]]+\]\([^)]+\)"):
        assert re.search(pattern, text, re.MULTILINE), pattern


def test_wire_brief_is_crlf_plain_text_with_a_dateline() -> None:
    path = EXAMPLES / "wire-brief.txt"
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "every line must end in CRLF"
    assert 150 <= _words(path) <= 300
    assert re.search(r"^[A-Z]+, [A-Z][a-z]{2}\. \d{1,2} - ", raw.decode("utf-8"), re.MULTILINE)
