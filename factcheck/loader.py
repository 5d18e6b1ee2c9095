"""Read claims files, check everything that can be wrong with them, and build a claim base.

Every problem in every file is collected before anything is raised, so an
editor fixes a whole batch in one pass instead of one error per run.
"""

from __future__ import annotations

import calendar
import difflib
import json
import math
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from factcheck import _jsonpos
from factcheck.claimfiles import claim_files
from factcheck.errors import ClaimsError, Problem
from factcheck.records import (
    ISO_DURATION,
    VALUE_KINDS,
    ActorValue,
    Claim,
    ClaimsFile,
    CountValue,
    DatePoint,
    DateValue,
    DurationValue,
    Entity,
    PlaceValue,
    Provenance,
    QuantityValue,
    Source,
    TargetValue,
    Value,
    _ValueBase,
)
from factcheck.schemas import pointer, schema_errors


@dataclass(frozen=True)
class LoadedFile:
    """A claims file that parsed and validated, with what is needed to point back into it."""

    path: str
    text: str
    record: ClaimsFile
    offsets: dict[str, int]
    # False when the file has schema errors: ``record`` then holds what could be salvaged, so references,
    # anchors and lint rules are still checked in the same pass; ``dropped`` names the parts left out
    complete: bool = True
    dropped: frozenset[str] = frozenset()

    def problem(self, where: str, message: str) -> Problem:
        located = _jsonpos.locate(self.text, where, self.offsets)
        line, column = located if located else (None, None)
        return Problem(self.path, message, line, column, where)


def read_claims_file(path: Path, *, schema: bool = True) -> tuple[LoadedFile | None, list[Problem]]:
    """Read, parse and schema-check one file; every problem found, with line, column and JSON pointer."""
    shown = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        return None, [Problem(shown, f"cannot read file: {exc.strerror or exc}")]
    except UnicodeDecodeError as exc:
        return None, [Problem(shown, f"not UTF-8: invalid byte at offset {exc.start}")]
    return parse_claims_text(text, shown, schema=schema)


class _NonFinite(float):
    """NaN and Infinity, which Python's json accepts but JSON does not: kept so the schema names the place."""

    def __new__(cls, name: str) -> _NonFinite:
        value = super().__new__(cls, name.replace("Infinity", "inf"))
        value.name = name
        return value

    name: str

    def __repr__(self) -> str:
        return self.name


class _OutOfRange:
    """A number no double can hold (``1e400``, a 5,000-digit integer): kept as written so its place is named.

    Left as Python reads it, ``1e400`` became infinity and was reported as "expected inf diplomats",
    and an integer past 4,300 digits stopped the run with a traceback.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        digits = self.text.lstrip("-")
        unit = "digits" if digits.isdigit() else "characters"
        return f"{self.text[:12]}… ({len(digits)} {unit})" if len(self.text) > 24 else self.text


# A claims file is a handful of levels deep; this leaves room for anything a schema accepts and stops
# a file nested thousands deep before any recursive code (the schema, the records) sees it.
MAX_DEPTH = 64
_FLOAT_DIGITS = len(str(int(sys.float_info.max)))


def _parse_int(text: str) -> int | _OutOfRange:
    if len(text.lstrip("-")) > _FLOAT_DIGITS:
        return _OutOfRange(text)
    value = int(text)
    return _OutOfRange(text) if abs(value) > sys.float_info.max else value


def _parse_float(text: str) -> float | _OutOfRange:
    value = float(text)
    return _OutOfRange(text) if math.isinf(value) else value


def _unusable(data: Any) -> tuple[list[tuple[str, str]], bool]:
    """Values JSON or a double cannot hold, as (pointer, message); and whether the nesting is too deep.

    An explicit stack, not recursion: this is the check that makes deep files safe for the rest.
    """
    found: list[tuple[str, str]] = []
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, _NonFinite):
            found.append((where, "NaN and Infinity are not JSON numbers"))
        elif isinstance(value, _OutOfRange):
            found.append((where, f"number {value!r} is out of range: numbers must be finite and at most "
                                 f"about 1.8e308"))
        elif isinstance(value, dict | list):
            if depth >= MAX_DEPTH:
                return [(where, f"nested more than {MAX_DEPTH} levels deep")], True
            items = value.items() if isinstance(value, dict) else enumerate(value)
            children = [(v, f"{where}/{pointer([k])[1:]}", depth + 1) for k, v in items]
            stack.extend(reversed(children))
    return found, False


def _too_deep(text: str, shown: str) -> Problem:
    offset = _jsonpos.deep_offset(text, MAX_DEPTH)
    line, column = _jsonpos.line_col(text, offset) if offset is not None else (None, None)
    return Problem(shown, f"invalid JSON: nested more than {MAX_DEPTH} levels deep", line, column)


def parse_claims_text(text: str, shown: str, *, schema: bool = True) -> tuple[LoadedFile | None, list[Problem]]:
    """Parse and check the text of a claims file that is shown to the user as ``shown``.

    ``schema=False`` accepts a file the records validate in strict mode without running the JSON Schema
    (about a millisecond a claim); a file they reject still gets the schema's messages.
    """
    try:
        data = json.loads(text, parse_constant=_NonFinite, parse_int=_parse_int, parse_float=_parse_float)
    except json.JSONDecodeError as exc:
        return None, [Problem(shown, f"invalid JSON: {exc.msg}", exc.lineno, exc.colno)]
    except RecursionError:
        return None, [_too_deep(text, shown)]
    unusable, deep = _unusable(data)
    if deep:
        return None, [_too_deep(text, shown)]
    offsets = _jsonpos.value_offsets(text)
    locator = LoadedFile(shown, text, ClaimsFile(), offsets)

    def at(where: str, message: str) -> Problem:
        problem = locator.problem(where, message)
        return problem if where else Problem(shown, message, problem.line, problem.column, "/")

    if not isinstance(data, dict):
        return None, [at("", "a claims file must be a JSON object with 'claims' and/or 'entities'")]
    if unusable:
        return None, [at(where, message) for where, message in unusable]
    if not schema:
        try:
            return LoadedFile(shown, text, ClaimsFile.model_validate_json(text, strict=True), offsets), []
        except ValidationError:
            pass  # the schema below names every problem, as ``validate`` does
    errors = [hinted for where, message in schema_errors(data) for hinted in near_miss(data, where, message)]
    if not errors:
        try:
            record = ClaimsFile.model_validate(data)
        except ValidationError as exc:  # the schema should have caught it; report it the same way
            errors = [hinted for e in exc.errors()
                      for hinted in near_miss(data, pointer(_untagged(e["loc"])), _unprefixed(e["msg"]))]
        else:
            return LoadedFile(shown, text, record, offsets), []
    # what the schema accepts is still checked (values, references, anchors, lint), so one pass shows
    # every problem of the file
    salvaged, dropped = salvage(data, shown)
    reported = [where for where, _ in errors]
    for where, message in dropped.items():  # what only the records reject, such as a malformed date
        if message and not any(where == p or where.startswith(p + "/") or p.startswith(where + "/")
                                for p in reported):
            errors.extend(near_miss(data, where, message))
    return (LoadedFile(shown, text, salvaged, offsets, complete=False, dropped=frozenset(dropped)),
            [at(where, message) for where, message in errors])


def _value_problems(loaded: LoadedFile, claims: Iterable[tuple[int, Claim]]) -> list[Problem]:
    """Checks a schema cannot express: payloads that disagree with their kind or with the calendar."""
    problems = []
    for ci, claim in claims:
        base = f"/claims/{ci}"
        if claim.status.value == "alleged" and not claim.attribution and base + "/attribution" not in loaded.dropped:
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
                problems.append(f.problem(f"/entities/{i}/part_of", f"unknown entity {entity.part_of!r}"
                                                                     + did_you_mean_entity(entity.part_of, files)))
        for i, claim in enumerate(f.record.claims):
            for where, ref in _entity_refs(claim):
                if ref not in entity_ids:
                    problems.append(f.problem(f"/claims/{i}{where}",
                                              f"unknown entity {ref!r}" + did_you_mean_entity(ref, files)))
            if claim.provenance and claim.provenance.source not in source_ids:
                problems.append(f.problem(f"/claims/{i}/provenance/source",
                                          f"unknown source {claim.provenance.source!r}"
                                          + did_you_mean(claim.provenance.source, source_ids)))
    problems.extend(_part_of_cycles(files))
    return problems


def _part_of_cycles(files: Sequence[LoadedFile]) -> list[Problem]:
    """Each ``part_of`` cycle once, at the member defined first: a place cannot be inside itself.

    Code that climbs from a place to the region it belongs to would otherwise never stop.
    """
    parent: dict[str, str | None] = {}
    place: dict[str, tuple[LoadedFile, int]] = {}
    for f in files:
        for i, entity in enumerate(f.record.entities):
            if entity.id not in parent:
                parent[entity.id] = entity.part_of
                place[entity.id] = (f, i)
    order = {entity_id: n for n, entity_id in enumerate(parent)}
    problems: list[Problem] = []
    done: set[str] = set()
    for start in parent:
        chain: list[str] = []
        seen: dict[str, int] = {}
        current: str | None = start
        while current is not None and current in parent and current not in done:
            if current in seen:
                cycle = chain[seen[current]:]
                first = min(cycle, key=order.__getitem__)
                turn = cycle.index(first)
                ordered = [*cycle[turn:], *cycle[:turn], first]
                f, i = place[first]
                problems.append(f.problem(f"/entities/{i}/part_of",
                                          "part_of forms a cycle: " + " → ".join(ordered)))
                break
            seen[current] = len(chain)
            chain.append(current)
            current = parent[current]
        done.update(chain)
    return problems


def _entity_refs(claim: Claim) -> list[tuple[str, str]]:
    refs = [(f"/attribution/{i}", ref) for i, ref in enumerate(claim.attribution)]
    for i, value in enumerate(claim.values):
        entity = getattr(value, "entity", None)
        if entity is not None:
            refs.append((f"/values/{i}/entity", entity))
    return refs


def load_files(paths: Iterable[str | os.PathLike[str]], *, partial: bool = False,
               schema: bool = True) -> tuple[list[LoadedFile], list[Problem]]:
    """Read and check every claims file below ``paths``; return the good files and all problems.

    Files with schema errors take part in the checks across files with what they hold that is valid, so
    a broken ``entities.json`` does not turn every reference to it into an error. ``partial`` also
    returns those files (``complete`` False), for ``validate`` to lint and anchor them in the same run.
    """
    files, problems = claim_files(paths)
    loaded: list[LoadedFile] = []
    for path in files:
        item, found = read_claims_file(path, schema=schema)
        if item is not None:
            found.extend(_value_problems(item, enumerate(item.record.claims)))
            if not item.complete:
                found.sort(key=lambda p: (p.line or 0, p.column or 0))
            loaded.append(item)
        problems.extend(found)
    problems.extend(_cross_file_problems(loaded))
    if not files and not problems:
        problems.append(Problem(", ".join(str(p) for p in paths) or ".", "no claims files (*.json) found"))
    return (loaded if partial else [f for f in loaded if f.complete]), problems


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


# --- what can still be read of a broken file, and what the author probably meant ------------------

_STAND_IN = "x"  # a valid value for a required string field while the rest of a record is validated


def _untagged(loc: Sequence[Any]) -> list[Any]:
    """A pydantic error location without the value kind its union adds ("values/0/count/..."): the
    file has no such key, and the pointer must name a place in it."""
    return [part for i, part in enumerate(loc)
            if not (i >= 2 and loc[i - 2] == "values" and isinstance(loc[i - 1], int) and part in VALUE_KINDS)]


def _unprefixed(message: str) -> str:
    """A validator's own message, without the "Value error, " pydantic puts before it."""
    return message.removeprefix("Value error, ")


def salvage(data: dict[str, Any], shown: str) -> tuple[ClaimsFile, dict[str, str]]:
    """What can be read of a file with schema errors, every entity and claim at its own index.

    Invalid optional fields are left out and invalid values or required fields are stood in for, so the
    checks that follow point at the right places and stay silent about the gaps; ``dropped`` maps the
    pointer of everything left out or stood in for to what the records said of it.
    """
    dropped: dict[str, str] = {}
    source = None
    if data.get("source") is not None:
        source = _salvage_record(Source, data["source"], "/source", shown, dropped)
    entities = tuple(_salvage_record(Entity, raw, f"/entities/{i}", shown, dropped)
                     for i, raw in enumerate(_items(data.get("entities"))))
    claims = tuple(_salvage_claim(raw, f"/claims/{i}", shown, dropped)
                   for i, raw in enumerate(_items(data.get("claims"))))
    return ClaimsFile.model_construct(source=source, entities=entities, claims=claims), dropped


def _items(raw: Any) -> list[Any]:
    return raw if isinstance(raw, list) else []


_Model = TypeVar("_Model", bound=BaseModel)


def _salvage_record(model: type[_Model], raw: Any, where: str, shown: str, dropped: dict[str, str]) -> _Model:
    """``raw`` validated as ``model`` without the fields that fail; a broken id keeps its spelling."""
    if not isinstance(raw, dict):
        dropped[where] = ""
        raw = {}
    fields = dict(raw)
    required = [name for name, info in model.model_fields.items() if info.is_required()]
    restore: dict[str, Any] = {}
    for _round in range(len(fields) + len(required) + 1):
        try:
            return model.model_validate(fields).model_copy(update=restore)
        except ValidationError as exc:
            keys = {str(e["loc"][0]): e["msg"] for e in exc.errors() if e["loc"]}
        if not keys:
            break
        for key, message in keys.items():
            dropped.setdefault(where + pointer([key]), message)
            if key in required:
                original = raw.get(key)
                # a placeholder that names its file and place can never equal a real id or name
                restore[key] = original if isinstance(original, str) and original else f"\x00{shown}{where}/{key}"
                fields[key] = _STAND_IN
            else:
                fields.pop(key, None)
    dropped[where] = ""
    stand_in = model.model_validate({key: _STAND_IN for key in required})
    return stand_in.model_copy(update={key: f"\x00{shown}{where}/{key}" for key in required})


_VALUE: TypeAdapter[Value] = TypeAdapter(Value)


def _salvage_claim(raw: Any, where: str, shown: str, dropped: dict[str, str]) -> Claim:
    fields = dict(raw) if isinstance(raw, dict) else raw
    values_raw = fields.pop("values", []) if isinstance(fields, dict) else []
    provenance_raw = fields.pop("provenance", None) if isinstance(fields, dict) else None
    claim = _salvage_record(Claim, fields, where, shown, dropped)
    values: list[Any] = []
    if not isinstance(values_raw, list):
        dropped[f"{where}/values"] = ""
    for j, value in enumerate(_items(values_raw)):
        try:
            values.append(_VALUE.validate_python(value))
        except ValidationError:
            dropped[f"{where}/values/{j}"] = ""
            values.append(_ValueBase.model_construct())  # holds the index; no check looks inside it
    provenance = None
    if provenance_raw is not None:
        try:
            provenance = Provenance.model_validate(provenance_raw)
        except ValidationError:
            dropped[f"{where}/provenance"] = ""
    return claim.model_copy(update={"values": tuple(values), "provenance": provenance})


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A hint naming the closest candidate, or nothing when none is close enough to be a slip."""
    close = difflib.get_close_matches(word, sorted(set(candidates)), n=1, cutoff=0.6)
    return f": did you mean {close[0]!r}?" if close else ""


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise_for_anchor(name)).strip("-")


def did_you_mean_entity(ref: str, files: Sequence[LoadedFile]) -> str:
    """The entity an unknown id probably means, by id or by one of the entity's names ('sbf')."""
    by_name: dict[str, str] = {}
    for f in files:
        for entity in f.record.entities:
            by_name.setdefault(entity.id, entity.id)
            for name in (entity.name, *entity.aliases):
                by_name.setdefault(_slug(name), entity.id)
    if ref in by_name and by_name[ref] != ref:
        return f": did you mean {by_name[ref]!r}?"
    close = difflib.get_close_matches(ref, sorted(by_name), n=1, cutoff=0.6)
    return f": did you mean {by_name[close[0]]!r}?" if close else ""


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def _resolve(data: Any, where: str) -> Any:
    for part in (_unescape(p) for p in where.split("/")[1:]):
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


_VALUE_MODELS: dict[str, type[BaseModel]] = {
    str(model.model_fields["kind"].default): model
    for model in (CountValue, QuantityValue, DurationValue, DateValue, PlaceValue, ActorValue, TargetValue)
}


def _model_at(data: Any, where: str) -> type[BaseModel] | None:
    """The record type the object at ``where`` is read as, for naming the fields it may hold."""
    parts = [_unescape(p) for p in where.split("/")[1:]]
    shapes: list[tuple[list[str], type[BaseModel]]] = [
        ([], ClaimsFile), (["source"], Source), (["entities", "#"], Entity), (["claims", "#"], Claim),
        (["claims", "#", "provenance"], Provenance), (["claims", "#", "values", "#", "end"], DatePoint)]
    for shape, model in shapes:
        pattern = ["#" if p.isdigit() else p for p in parts]
        if shape == pattern:
            return model
    if len(parts) == 4 and parts[0] == "claims" and parts[2] == "values":
        value = _resolve(data, where)
        return _VALUE_MODELS.get(str(value.get("kind"))) if isinstance(value, dict) else None
    return None


def near_miss(data: Any, where: str, message: str) -> list[tuple[str, str]]:
    """The schema's complaint, with the spelling or form the author probably meant where it can be told.

    An unknown field close to a known one is reported at the field itself with the known name; a date or a
    duration written the way people write them gets the form the record wants, read by the same reader that
    reads articles.
    """
    instance = _resolve(data, where)
    parts = where.split("/")
    kind = _resolve(data, "/".join(parts[:5])).get("kind") if len(parts) >= 5 and parts[3] == "values" \
        and isinstance(_resolve(data, "/".join(parts[:5])), dict) else None
    if message.startswith("unknown field (") and isinstance(instance, dict):
        model = _model_at(data, where)
        if model is None:
            return [(where, message)]
        allowed = [info.alias or name for name, info in model.model_fields.items()]
        unknown = [key for key in instance if key not in allowed]
        hints = {key: _field_hint(key, instance[key], allowed, kind) for key in unknown}
        if not any(hints.values()):
            return [(where, message)]
        return [(where + pointer([key]), f"unknown field {key!r}{hints[key]}") for key in unknown]
    if isinstance(instance, str) and ("ISO 8601 duration" in message or (
            kind == "duration" and parts[-1] in ("iso", "min", "max", "tolerance"))):
        if "ISO 8601 duration" not in message:  # an optional field's "not valid under any" says too little
            message = f"{instance!r} must be an ISO 8601 duration such as PT48H, P2D or P30Y"
        return [(where, message + _did_you_mean_form(_duration_form(instance)))]
    if kind == "date" and parts[-1] in ("year", "month", "day"):
        return [(where, message + _date_field_hint(instance, parts[-1], _resolve(data, "/".join(parts[:-1]))))]
    if where == "/source/published":
        date = _date_form(instance) if isinstance(instance, str) else None
        hint = f": write {_iso_date(date)!r}" if date and None not in date else ""
        return [(where, message + (hint or " (write it as YYYY-MM-DD)"))]
    if message.endswith("is not of type 'array'") and isinstance(instance, str):
        return [(where, message + f": write {json.dumps([instance], ensure_ascii=False)}")]
    if len(parts) == 5 and parts[3] == "values" and isinstance(instance, str):
        return [(where, message + _did_you_mean_form(_value_form(instance)))]
    return [(where, message)]


def _did_you_mean_form(form: str | None) -> str:
    return f": did you mean {form}?" if form else ""


def _field_hint(key: str, value: Any, allowed: list[str], kind: Any) -> str:
    if kind == "date" and isinstance(value, str) and (date := _date_form(value)):
        return f": write the date as {_date_fields(date)}"
    if kind == "duration" and isinstance(value, str) and (iso := _duration_form(value)):
        return f': write "iso": {iso}'
    return did_you_mean(key, allowed)


def _date_field_hint(value: Any, field: str, owner: Any) -> str:
    if isinstance(value, str) and (date := _date_form(value)):
        return f": write {_date_fields(date)}"
    if field == "month" and isinstance(value, int) and value > 12:
        day = owner.get("day") if isinstance(owner, dict) else None
        if isinstance(day, int) and 1 <= day <= 12 and value <= 31:
            return f": day and month swapped? write \"month\": {day}, \"day\": {value}"
        return ": months are numbered 1 to 12"
    return ""


def _date_form(text: str) -> tuple[int | None, int | None, int | None] | None:
    """Year, month and day of a date written as text: ISO 8601, or as an article would write it."""
    iso = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", text)
    if iso:
        year, month, day = (int(g) if g else None for g in iso.groups())
        if (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31):
            return year, month, day
        return None
    from factcheck.entities import EntityRegistry
    from factcheck.mentions import extract

    mentions = extract(text, EntityRegistry(()))
    if len(mentions.dates) == 1 and len(mentions.dates[0].text) >= len(text.strip()) - 1:
        found = mentions.dates[0]
        return found.year, found.month, found.day
    return None


def _date_fields(date: tuple[int | None, int | None, int | None]) -> str:
    named = zip(("year", "month", "day"), date, strict=True)
    pairs = [f'"{name}": {number}' for name, number in named if number is not None]
    return "{" + ", ".join(pairs) + "}"


def _iso_date(date: tuple[int | None, int | None, int | None]) -> str:
    year, month, day = date
    return f"{year:04d}-{month:02d}-{day:02d}"


_ISO_UNITS = (("P{}Y", "P1Y"), ("P{}M", "P1M"), ("P{}W", "P1W"), ("P{}D", "P1D"),
              ("PT{}H", "PT1H"), ("PT{}M", "PT1M"), ("PT{}S", "PT1S"))


def _duration_form(text: str) -> str | None:
    """The ISO 8601 form of a duration written another way ('48 hours', 'pt48h', 'P48H'), quoted."""
    upper = text.strip().upper().replace(" ", "")
    candidates = [upper]
    split = re.fullmatch(r"P((?:\d+(?:\.\d+)?[YMWD])*)((?:\d+(?:\.\d+)?[HMS])+)", upper)
    if split and "T" not in upper:  # time units without the T: P48H means PT48H
        candidates.append(f"P{split.group(1)}T{split.group(2)}")
    for candidate in candidates:
        if candidate != text and re.fullmatch(ISO_DURATION, candidate) and candidate not in ("P", "PT"):
            return repr(candidate)
    from factcheck.entities import EntityRegistry
    from factcheck.mentions import extract, iso_seconds

    registry = EntityRegistry(())
    durations = extract(text, registry).durations
    if len(durations) != 1 or len(durations[0].text) < len(text.strip()) - 1:
        return None
    unit_word = durations[0].text.split()[-1]
    one = extract(f"1 {unit_word}", registry).durations
    preferred = one[0].seconds if len(one) == 1 else None
    units = sorted(((fmt, iso_seconds(iso)) for fmt, iso in _ISO_UNITS),
                   key=lambda unit: (unit[1] != preferred, -unit[1]))
    for fmt, size in units:
        amount = durations[0].seconds / size
        if amount >= 1 and abs(amount - round(amount)) < 1e-9:
            return repr(fmt.format(round(amount)))
    return None


def _value_form(text: str) -> str | None:
    """A whole value written as a bare string: the typed object it should be."""
    date = _date_form(text)
    if date:
        return '{"kind": "date", ' + _date_fields(date)[1:]
    iso = _duration_form(text)
    return '{"kind": "duration", "iso": ' + iso.replace("'", '"') + "}" if iso else None
