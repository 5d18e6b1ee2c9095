"""factcheck: keep published text consistent with verified claim records.

Every :class:`Finding` carries one of four :class:`Verdict` values, from best to worst for CI:

* ``supported``: the sentence agrees with a claim;
* ``uncovered``: a checkable statement (a party with a number, a date or a duration) that no
  claim covers; reported only when asked for (``ClaimBase.check(..., uncovered=True)``);
* ``unverified``: the record does not settle what the sentence says of a claim, such as an
  allegation stated as fact;
* ``contradicted``: the sentence disagrees with a claim.

The public API is what this module exports; modules whose names start with an
underscore are internal.
"""

from __future__ import annotations

__version__ = "0.1.0"

from factcheck.claimbase import ClaimBase, load_claims
from factcheck.errors import ClaimsError, Problem
from factcheck.findings import (
    ClaimInfo,
    Discrepancy,
    DocumentReport,
    Finding,
    Position,
    Report,
    Summary,
    Verdict,
)
from factcheck.records import Claim, ClaimsFile, Entity, Source, Status

__all__ = [
    "Claim",
    "ClaimBase",
    "ClaimInfo",
    "ClaimsError",
    "ClaimsFile",
    "Discrepancy",
    "DocumentReport",
    "Entity",
    "Finding",
    "Position",
    "Problem",
    "Report",
    "Source",
    "Status",
    "Summary",
    "Verdict",
    "__version__",
    "load_claims",
]
