"""Baselines: accept the findings a project has today, fail only on new ones.

A team adopting the tool on an existing archive records the current findings once and
then only new findings fail CI. Entries are keyed by a fingerprint of the claim id, the
verdict and the sentence normalised for case, Unicode form, whitespace and punctuation,
so moving a paragraph, re-wrapping lines or fixing capitalisation does not turn an
accepted finding into a new one. Line numbers are deliberately not part of the key.

Baselines written before the ``uncovered`` verdict existed recorded sentences no claim covers as
``unverified`` entries without a claim id. Such entries are read as ``uncovered`` and still accept
the same sentences; writing the baseline again stores them in the new form.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Any, NamedTuple

from factcheck._jsonpos import deep_offset, line_col
from factcheck.atomic import write_atomic
from factcheck.errors import Problem
from factcheck.findings import DocumentReport, Finding, Report, Verdict

__all__ = [
    "BASELINE_VERSION",
    "Baseline",
    "BaselineEntry",
    "BaselineError",
    "fingerprint",
    "legacy_fingerprint",
    "load_baseline",
    "normalise_sentence",
    "write_baseline",
]

BASELINE_VERSION = 1
_SPACE = re.compile(r"\s+")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_FIELDS = ("path", "claim_id", "verdict", "fingerprint", "sentence")


class BaselineError(Exception):
    """A baseline file that cannot be read; names the file and where in it the problem is."""

    def __init__(
        self,
        path: str | Path,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        pointer: str | None = None,
    ) -> None:
        self.path = str(path)
        self.message = message
        self.line = line
        self.column = column
        self.pointer = pointer
        super().__init__(str(self))

    def __str__(self) -> str:
        return str(Problem(self.path, self.message, self.line, self.column, self.pointer))


def normalise_sentence(sentence: str) -> str:
    """The form of a sentence that survives re-wrapping, case changes and punctuation edits."""
    text = unicodedata.normalize("NFKC", sentence)
    text = unicodedata.normalize("NFKC", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return _SPACE.sub(" ", text).strip()


def fingerprint(finding: Finding) -> str:
    """A stable key for a finding: sha256 of claim id, verdict and normalised sentence."""
    return _digest(finding.claim_id or "", finding.verdict, finding.sentence)


def legacy_fingerprint(finding: Finding) -> str | None:
    """The key an older baseline gave an ``uncovered`` finding (then ``unverified``); ``None`` for others."""
    if finding.verdict is not Verdict.uncovered:
        return None
    return _digest(finding.claim_id or "", Verdict.unverified, finding.sentence)


def _digest(claim_id: str, verdict: Verdict, sentence: str) -> str:
    parts = (claim_id, verdict.value, normalise_sentence(sentence))
    # A separator that cannot occur in any part keeps ("a", "bc") and ("ab", "c") apart.
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# Named tuples, not dataclasses: every check imports this module, and a dataclass compiles its methods at
# import (0.3 ms or more a class) where a named tuple compiles one.


class BaselineEntry(NamedTuple):
    """One accepted finding. An entry read from an older baseline keeps the fingerprint it was
    written with, so a claim-less ``uncovered`` entry may hold the key of :func:`legacy_fingerprint`."""

    path: str
    claim_id: str | None
    verdict: Verdict
    fingerprint: str
    sentence: str

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "claim_id": self.claim_id,
            "verdict": self.verdict.value,
            "fingerprint": self.fingerprint,
            "sentence": self.sentence,
        }

    def sort_key(self) -> tuple[str, str, str, str, str]:
        return (self.path, self.claim_id or "", self.verdict.value, self.fingerprint, self.sentence)


class Baseline(NamedTuple):
    """Accepted findings; ``root`` is the directory entry paths are relative to."""

    entries: tuple[BaselineEntry, ...]
    root: Path

    def filter(self, report: Report) -> Report:
        """The report with findings present in the baseline marked suppressed.

        Matching counts: one baseline entry accepts one finding, so a second identical
        sentence added later is still reported. Findings already suppressed (by a comment)
        and supported findings never use up an entry. An ``uncovered`` finding is also accepted
        by the entry an older baseline wrote for it (see :func:`legacy_fingerprint`).
        """
        remaining = Counter((e.path, e.fingerprint) for e in self.entries)
        documents: list[DocumentReport] = []
        for doc in report.documents:
            key_path = relative_key(doc.path, self.root)
            changed: list[Finding] = []
            for f in doc.findings:
                if not f.suppressed and f.verdict is not Verdict.supported:
                    keys = [(key_path, fp) for fp in (fingerprint(f), legacy_fingerprint(f)) if fp is not None]
                    for key in keys:
                        if remaining[key] > 0:
                            remaining[key] -= 1
                            f = replace(f, suppressed=True)
                            break
                changed.append(f)
            documents.append(replace(doc, findings=tuple(changed)))
        return report.with_documents(documents)


def relative_key(path: str, root: Path) -> str:
    """A document path as a posix path relative to ``root`` when it lies under it.

    Paths are made absolute against the working directory first, so a baseline written
    from the repository root still matches when the tool runs from a subdirectory.
    """
    if path == "-":
        return path
    absolute = Path(os.path.abspath(path))
    base = Path(os.path.abspath(root))
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return PurePath(absolute).as_posix()


def entries_for(report: Report, root: Path) -> list[BaselineEntry]:
    """The entries a baseline of ``report`` holds: every active finding that is not supported."""
    entries = [
        BaselineEntry(
            path=relative_key(doc.path, root),
            claim_id=f.claim_id,
            verdict=f.verdict,
            fingerprint=fingerprint(f),
            sentence=f.sentence,
        )
        for doc, f in report.findings()
        if f.verdict is not Verdict.supported
    ]
    return sorted(entries, key=BaselineEntry.sort_key)


def write_baseline(path: Path, report: Report, *, root: Path | None = None) -> None:
    """Write the baseline atomically: readers see the old file or the new one, never a mix.

    ``root`` (default: the baseline file's directory) is what entry paths are relative to.
    Pass the report before :meth:`Baseline.filter`, or findings accepted earlier are dropped.
    """
    root = path.parent if root is None else root
    data = {"version": BASELINE_VERSION, "entries": [e.as_json() for e in entries_for(report, root)]}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    write_atomic(path, text, root=root)


def _climbs(path: str) -> bool:
    """Whether an entry path has a ``..`` part, which :func:`relative_key` never writes."""
    return ".." in PurePosixPath(path).parts or ".." in PureWindowsPath(path).parts


def load_baseline(path: Path, *, root: Path | None = None) -> Baseline:
    """Read a baseline file, raising :class:`BaselineError` with the place of any problem."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise BaselineError(path, "no such file") from exc
    except UnicodeDecodeError as exc:
        raise BaselineError(path, f"not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise BaselineError(path, f"cannot read: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(path, f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno) from exc
    except RecursionError as exc:
        offset = deep_offset(text, 64)
        line, column = line_col(text, offset) if offset is not None else (None, None)
        raise BaselineError(path, "invalid JSON: nested too deeply", line=line, column=column) from exc
    except ValueError as exc:  # an integer longer than Python converts (over 4,300 digits)
        match = re.search(r"\d{1000,}", text)
        line, column = line_col(text, match.start()) if match else (None, None)
        raise BaselineError(path, "invalid JSON: number too large", line=line, column=column) from exc
    entries = tuple(_parse(path, data))
    return Baseline(entries, path.parent if root is None else root)


def _parse(path: Path, data: Any) -> Iterable[BaselineEntry]:
    def fail(pointer: str, message: str) -> BaselineError:
        return BaselineError(path, message, pointer=pointer)

    if not isinstance(data, dict):
        raise fail("", "expected an object with 'version' and 'entries'")
    version = data.get("version")
    if version != BASELINE_VERSION or isinstance(version, bool):
        raise fail("/version", f"expected {BASELINE_VERSION}, got {json.dumps(version)}")
    unknown = sorted(set(data) - {"version", "entries"})
    if unknown:
        raise fail(f"/{_escape(unknown[0])}", "unknown key")
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise fail("/entries", "expected an array")
    verdicts = {v.value: v for v in Verdict}
    for i, raw in enumerate(entries):
        where = f"/entries/{i}"
        if not isinstance(raw, dict):
            raise fail(where, "expected an object")
        for key in raw:
            if key not in _FIELDS:
                raise fail(f"{where}/{_escape(key)}", "unknown key")
        for key in _FIELDS:
            if key not in raw:
                raise fail(where, f"missing '{key}'")
            value = raw[key]
            if not (isinstance(value, str) or (key == "claim_id" and value is None)):
                expected = "a string or null" if key == "claim_id" else "a string"
                shown = json.dumps(value) if not isinstance(value, dict | list) else type(value).__name__
                raise fail(f"{where}/{key}", f"expected {expected}, got {shown[:40]}")
        if _climbs(raw["path"]):
            raise fail(f"{where}/path", "expected a path relative to the project root, without '..'")
        if raw["verdict"] not in verdicts:
            raise fail(f"{where}/verdict", f"expected one of {', '.join(verdicts)}, got {raw['verdict']!r}")
        if not _HEX64.match(raw["fingerprint"]):
            raise fail(f"{where}/fingerprint", "expected 64 lowercase hex digits (sha256)")
        verdict = verdicts[raw["verdict"]]
        if verdict is Verdict.unverified and raw["claim_id"] is None:
            verdict = Verdict.uncovered  # written before the verdict existed; matched by legacy_fingerprint
        yield BaselineEntry(
            path=raw["path"],
            claim_id=raw["claim_id"],
            verdict=verdict,
            fingerprint=raw["fingerprint"],
            sentence=raw["sentence"],
        )


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
