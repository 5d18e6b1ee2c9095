"""factcheck: keep published text consistent with verified claim records.

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
