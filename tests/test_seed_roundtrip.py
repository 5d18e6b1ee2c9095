"""The source article, checked against the claims drawn from it, must support every claim and contradict none."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Verdict, load_claims
from factcheck.document import read_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_63eb337d2ba5c646.txt"


def test_the_source_supports_all_its_claims() -> None:
    if not SEED.is_file():
        pytest.skip("the seed article is only present beside the repository in the development and CI workspace")
    base = load_claims(ROOT / "claims")
    report = base.check_document(read_file(SEED))
    contradicted = [(f.claim_id, f.sentence) for f in report.findings if f.verdict is Verdict.contradicted]
    assert contradicted == []
    seed_claims = {c.id for c in base.claims if c.provenance and c.provenance.source == "france-azerbaijan-expulsions"}
    supported = {f.claim_id for f in report.findings if f.verdict is Verdict.supported}
    assert seed_claims - supported == set()
