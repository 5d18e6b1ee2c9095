"""Read claims files, check everything that can be wrong with them, and build a claim base.

Every problem in every file is collected before anything is raised, so an
editor fixes a whole batch in one pass instead of one error per run.
"""

from __future__ import annotations

import calendar
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck import _jsonpos
from factcheck.errors import ClaimsError, Problem
from factcheck.records import Claim, ClaimsFile, DateValue, DurationValue
from factcheck.schemas import pointer, schema_errors


@dataclass(frozen=True)
class LoadedFile:
    """A claims file that parsed and validated, with what is needed to point back into it."""

    path: str
    text: str
    record: ClaimsFile
    offsets: dict[str, int]

    def problem(self, where: str, message: str) -> Problem:
        located = _jsonpos.locate(self.text, where, self.offsets)
        line, column = located if located else (None, None)
        return Problem(self.path, message, line, column, where)


def claim_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """Expand directories to the ``*.json`` files below them, sorted; report paths that do not exist."""
    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.json") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(raw), "no such file or directory"))
    return files, problems


def read_claims_file(path: Path) -> tuple[LoadedFile | None, list[Problem]]:
    """Read, parse and schema-check one file; every problem found, with line, column and JSON pointer."""
    shown = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        return None, [Problem(shown, f"cannot read file: {exc.strerror or exc}")]
    except UnicodeDecodeError as exc:
        return None, [Problem(shown, f"not UTF-8: invalid byte at offset {exc.start}")]
    return parse_claims_text(text, shown)


class _NonFinite(float):
    """NaN and Infinity, which Python's json accepts but JSON does not: kept so the schema names the place."""

    def __new__(cls, name: str) -> _NonFinite:
        value = super().__new__(cls, name.replace("Infinity", "inf"))
        value.name = name
        return value

    name: str

    def __repr__(self) -> str:
        return self.name


def _non_finite(data: Any, where: str = "") -> list[str]:
    if isinstance(data, _NonFinite):
        return [where]
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _non_finite(v, f"{where}/{pointer([k])[1:]}")]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _non_finite(v, f"{where}/{i}")]
    return []


def parse_claims_text(text: str, shown: str) -> tuple[LoadedFile | None, list[Problem]]:
    """Parse and check the text of a claims file that is shown to the user as ``shown``."""
    try:
        data = json.loads(text, parse_constant=_NonFinite)
    except json.JSONDecodeError as exc:
        return None, [Problem(shown, f"invalid JSON: {exc.msg}", exc.lineno, exc.colno)]
    offsets = _jsonpos.value_offsets(text)
    locator = LoadedFile(shown, text, ClaimsFile(), offsets)

    def at(where: str, message: str) -> Problem:
        problem = locator.problem(where, message)
        return problem if where else Problem(shown, message, problem.line, problem.column, "/")

    if not isinstance(data, dict):
        return None, [at("", "a claims file must be a JSON object with 'claims' and/or 'entities'")]
    bad_numbers = _non_finite(data)
    if bad_numbers:
        return None, [at(where, "NaN and Infinity are not JSON numbers") for where in bad_numbers]
    errors = schema_errors(data)
    if errors:
        # the claims the schema accepts are still checked, so one pass shows every problem of the file
        found = [at(where, message) for where, message in errors]
        broken = {int(where.split("/")[2]) for where, _ in errors if where.startswith("/claims/")}
        good = []
        for index, raw in enumerate(data.get("claims") or []):
            if index not in broken and isinstance(raw, dict):
                try:
                    good.append((index, Claim.model_validate(raw)))
                except ValidationError:
                    continue
        found.extend(_value_problems(locator, good))
        found.sort(key=lambda p: (p.line or 0, p.column or 0))
        return None, found
    try:
        record = ClaimsFile.model_validate(data)
    except ValidationError as exc:  # the schema should have caught it; report it the same way
        return None, [at(pointer(e["loc"]), e["msg"]) for e in exc.errors()]
    return LoadedFile(shown, text, record, offsets), []


def _value_problems(loaded: LoadedFile, claims: Iterable[tuple[int, Claim]]) -> list[Problem]:
    """Checks a schema cannot express: payloads that disagree with their kind or with the calendar."""
    problems = []
    for ci, claim in claims:
        base = f"/claims/{ci}"
        if claim.status.value == "alleged" and not claim.attribution:
            problems.append(loaded.problem(base + "/status", "an alleged claim needs 'attribution': who alleges it"))
        for vi, value in enumerate(claim.values):
            where = f"{base}/values/{vi}"
            if isinstance(value, DurationValue) and (value.iso in ("P", "PT") or value.iso.endswith("T")):
                problems.append(loaded.problem(where + "/iso", f"empty ISO 8601 duration {value.iso!r}"))
            if isinstance(value, DateValue):
                problems.extend(_date_problems(loaded, where, value))
    return problems


def _date_problems(loaded: LoadedFile, where: str, value: DateValue) -> list[Problem]:
    problems = []
    points = [("", value.year, value.month, value.day)]
    if value.end is not None:
        points.append(("/end", value.end.year, value.end.month, value.end.day))
    for suffix, year, month, day in points:
        if year is None and month is None and day is None:
            problems.append(loaded.problem(where + suffix, "a date needs at least a year, a month or a day"))
        if day is not None and month is None:
            problems.append(loaded.problem(where + suffix + "/day", "a day needs a month"))
        if day is not None and month is not None:
            last = calendar.monthrange(year or 2000, month)[1]  # 2000 is a leap year: 29 Feb allowed
            if day > last:
                problems.append(loaded.problem(where + suffix + "/day", f"day {day} does not exist in month {month}"))
    if value.end is not None and None not in (value.year, value.end.year):
        start = (value.year, value.month or 0, value.day or 0)
        end = (value.end.year, value.end.month or 99, value.end.day or 99)
        if end < start:
            problems.append(loaded.problem(where + "/end", "a date range must not end before it starts"))
    return problems


def _cross_file_problems(files: Sequence[LoadedFile]) -> list[Problem]:
    """Duplicate ids and references to entities or sources that no file defines."""
    problems: list[Problem] = []
    entity_ids: dict[str, str] = {}
    claim_ids: dict[str, str] = {}
    source_ids = {f.record.source.id for f in files if f.record.source}
    for f in files:
        for i, entity in enumerate(f.record.entities):
            if entity.id in entity_ids:
                problems.append(f.problem(f"/entities/{i}/id", f"duplicate entity id {entity.id!r} "
                                                                f"(first defined in {entity_ids[entity.id]})"))
            entity_ids.setdefault(entity.id, f.path)
        for i, claim in enumerate(f.record.claims):
            if claim.id in claim_ids:
                problems.append(f.problem(f"/claims/{i}/id", f"duplicate claim id {claim.id!r} "
                                                             f"(first defined in {claim_ids[claim.id]})"))
            claim_ids.setdefault(claim.id, f.path)
    names: dict[str, str] = {}
    for f in files:
        for i, entity in enumerate(f.record.entities):
            for name in (entity.name, *entity.aliases, *entity.demonyms):
                key = normalise_for_anchor(name)
                other = names.setdefault(key, entity.id)
                if other != entity.id:
                    problems.append(f.problem(f"/entities/{i}", f"name {name!r} also names entity {other!r}; "
                                                                "a name must resolve to one entity"))
            if entity.part_of and entity.part_of not in entity_ids:
                problems.append(f.problem(f"/entities/{i}/part_of", f"unknown entity {entity.part_of!r}"))
        for i, claim in enumerate(f.record.claims):
            for where, ref in _entity_refs(claim):
                if ref not in entity_ids:
                    problems.append(f.problem(f"/claims/{i}{where}", f"unknown entity {ref!r}"))
            if claim.provenance and claim.provenance.source not in source_ids:
                problems.append(f.problem(f"/claims/{i}/provenance/source",
                                          f"unknown source {claim.provenance.source!r}"))
    return problems


def _entity_refs(claim: Claim) -> list[tuple[str, str]]:
    refs = [(f"/attribution/{i}", ref) for i, ref in enumerate(claim.attribution)]
    for i, value in enumerate(claim.values):
        entity = getattr(value, "entity", None)
        if entity is not None:
            refs.append((f"/values/{i}/entity", entity))
    return refs


def load_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[LoadedFile], list[Problem]]:
    """Read and check every claims file below ``paths``; return the good files and all problems."""
    files, problems = claim_files(paths)
    loaded: list[LoadedFile] = []
    for path in files:
        item, found = read_claims_file(path)
        problems.extend(found)
        if item is not None:
            problems.extend(_value_problems(item, enumerate(item.record.claims)))
            loaded.append(item)
    problems.extend(_cross_file_problems(loaded))
    if not files and not problems:
        problems.append(Problem(", ".join(str(p) for p in paths) or ".", "no claims files (*.json) found"))
    return loaded, problems


# --- anchors -----------------------------------------------------------------------------------

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def normalise_for_anchor(text: str) -> str:
    """Typographic quotes and spacing must not decide whether an anchor is found."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def paragraphs(text: str) -> list[str]:
    """Non-empty blocks separated by blank lines, the title counting as paragraph 1."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    return [block for block in re.split(r"\n\s*\n", text) if block.strip()]


def anchor_problems(files: Sequence[LoadedFile], source_id: str, article: str) -> list[Problem]:
    """Check that each claim's anchor occurs in the paragraph its provenance names."""
    blocks = [normalise_for_anchor(p) for p in paragraphs(article)]
    problems = []
    for f in files:
        for i, claim in enumerate(f.record.claims):
            prov = claim.provenance
            if prov is None or prov.source != source_id or prov.anchor is None:
                continue
            anchor = normalise_for_anchor(prov.anchor)
            where = f"/claims/{i}/provenance/anchor"
            if prov.paragraph is not None:
                if prov.paragraph > len(blocks):
                    problems.append(f.problem(f"/claims/{i}/provenance/paragraph",
                                              f"paragraph {prov.paragraph} does not exist "
                                              f"(the source has {len(blocks)})"))
                elif anchor not in blocks[prov.paragraph - 1]:
                    elsewhere = [n for n, b in enumerate(blocks, 1) if anchor in b]
                    hint = f" (it occurs in paragraph {elsewhere[0]})" if elsewhere else ""
                    problems.append(f.problem(where, f"anchor {prov.anchor!r} does not occur in paragraph "
                                                     f"{prov.paragraph} of the source{hint}"))
            elif not any(anchor in b for b in blocks):
                problems.append(f.problem(where, f"anchor {prov.anchor!r} does not occur in the source"))
    return problems


def anchored_sources(files: Sequence[LoadedFile]) -> list[str]:
    return sorted({c.provenance.source for f in files for c in f.record.claims if c.provenance and c.provenance.anchor})


def raise_for(problems: list[Problem]) -> None:
    if problems:
        raise ClaimsError(problems)


def as_json(problems: Sequence[Problem]) -> list[dict[str, Any]]:
    return [{"path": p.path, "line": p.line, "column": p.column, "pointer": p.pointer, "message": p.message}
            for p in problems]
