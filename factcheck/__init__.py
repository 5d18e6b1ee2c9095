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

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each public name and the module it lives in. They are imported on first use, so ``import factcheck``
# (and ``factcheck --version``) costs nothing and each command pays only for what it reads.
_EXPORTS = {
    "Claim": "factcheck.records",
    "ClaimBase": "factcheck.claimbase",
    "ClaimInfo": "factcheck.findings",
    "ClaimsError": "factcheck.errors",
    "ClaimsFile": "factcheck.records",
    "Discrepancy": "factcheck.findings",
    "DocumentReport": "factcheck.findings",
    "Entity": "factcheck.records",
    "Finding": "factcheck.findings",
    "Position": "factcheck.findings",
    "Problem": "factcheck.errors",
    "Report": "factcheck.findings",
    "Source": "factcheck.records",
    "Status": "factcheck.records",
    "Summary": "factcheck.findings",
    "Verdict": "factcheck.findings",
    "load_claims": "factcheck.claimbase",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


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
