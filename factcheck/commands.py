"""The subcommands that read the claim base rather than articles: ``claims``, ``explain``, ``search``,
``validate``'s settings, and the ``pre-commit`` entry point.

They live outside :mod:`factcheck.cli` so the CLI module stays a thin dispatcher, and so ``check``,
whose parser :mod:`factcheck.cli` builds beside theirs, never imports them. Every one of them
reads the same config file as ``check`` (found by walking up, or named with ``--config``), so a
project that keeps its claims somewhere other than ``claims/`` says so once.
"""

from __future__ import annotations

import argparse
import difflib
import fnmatch
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.claimbase import ClaimBase, build
from factcheck.config import Settings, find_config, load_settings
from factcheck.findings import Discrepancy, Finding, Verdict
from factcheck.loader import LoadedFile, load_files
from factcheck.mentions import extract, iso_seconds
from factcheck.records import (
    ActorValue,
    Claim,
    CountValue,
    DateValue,
    DurationValue,
    Entity,
    PlaceValue,
    QuantityValue,
    Status,
    TargetValue,
)
from factcheck.render import describe_date, describe_duration, describe_number

OK, FINDINGS, USAGE = 0, 1, 2

__all__ = ["claim_entities", "config_settings", "contradicting_example", "pre_commit_paths",
           "supporting_example"]


def config_settings(config: str | None, claims: Sequence[str] | None = None) -> Settings:
    """The config file's settings with ``--claims`` applied: what every subcommand starts from."""
    path = Path(config) if config else find_config(Path.cwd())
    settings = load_settings(path) if path else Settings()
    return settings.merged(claims=claims) if claims else settings


def _load(settings: Settings) -> tuple[list[LoadedFile], ClaimBase] | None:
    files, problems = load_files(settings.claims)
    if problems:
        print("factcheck: the claims are invalid:", file=sys.stderr)
        for problem in problems:
            print(problem, file=sys.stderr)
        return None
    return files, build((f.record for f in files), min_score=settings.min_score)


# --- claims ---------------------------------------------------------------------------------------------


def claim_entities(claim: Claim) -> list[str]:
    """Entity ids a claim names, in the order it names them (values first, then attribution)."""
    ids = [v.entity for v in claim.values if isinstance(v, PlaceValue | ActorValue | TargetValue)]
    return list(dict.fromkeys([*ids, *claim.attribution]))


def list_claims(args: argparse.Namespace) -> int:
    settings = config_settings(args.config, args.claims)
    loaded = _load(settings)
    if loaded is None:
        return USAGE
    files, base = loaded
    if args.entity and args.entity not in base.entities:
        known = sorted(e.id for f in files for e in f.record.entities)
        hint = difflib.get_close_matches(args.entity, known, n=1)
        print(f"factcheck: --entity {args.entity}: no such entity"
              + (f"; did you mean {hint[0]}?" if hint else ""), file=sys.stderr)
        return USAGE
    rows: list[tuple[str, Claim]] = []
    for f in files:
        for claim in f.record.claims:
            if args.id and not fnmatch.fnmatchcase(claim.id, args.id):
                continue
            if args.status and claim.status.value != args.status:
                continue
            if args.entity and not any(
                    args.entity == e or args.entity in base.entities.ancestors(e) for e in claim_entities(claim)):
                continue
            rows.append((f.path, claim))
    total = sum(len(f.record.claims) for f in files)
    if args.format == "json":
        print(json.dumps({"claims": [{"file": path, **claim.model_dump(mode="json", exclude_none=True)}
                                     for path, claim in rows],
                          "count": len(rows), "total": total}, indent=2, ensure_ascii=False))
        return OK
    if not rows:
        print(f"no claim matches the filters ({total} claims in the base)")
        return OK
    width = max(len(claim.id) for _path, claim in rows)
    for _path, claim in rows:
        print(f"{claim.id:<{width}}  {claim.status.value:<9}  {claim.statement}")
    shown = f"{len(rows)} of {total} claims" if len(rows) != total else f"{total} claims"
    print(f"{shown} in {len(files)} files")
    return OK


# --- search ---------------------------------------------------------------------------------------------


def search(args: argparse.Namespace) -> int:
    settings = config_settings(args.config, args.claims)
    loaded = _load(settings)
    if loaded is None:
        return USAGE
    _files, base = loaded
    results = base.search(args.text, k=args.k)
    if args.format == "json":
        print(json.dumps({"results": [{"claim_id": c.id, "score": s, "statement": c.statement}
                                      for c, s in results]}, indent=2, ensure_ascii=False))
    elif not results:
        print(f"no claim matches this text ({len(base)} claims searched)")
    else:
        for claim, score in results:
            print(f"{score:.3f}  {claim.id}  {claim.statement}")
    return OK


# --- explain --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Example:
    """A text and what the checker said of it for the claim being explained."""

    text: str
    verdict: Verdict
    discrepancies: tuple[Discrepancy, ...] = ()
    changed: str | None = None  # the slot that was altered to make a contradiction

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "verdict": self.verdict.value, "changed": self.changed,
                "discrepancies": [{"field": d.field, "expected": d.expected, "found": d.found}
                                  for d in self.discrepancies]}


def _finding(base: ClaimBase, text: str, claim_id: str) -> Finding | None:
    for _doc, finding in base.check(text).findings():
        if finding.claim_id == claim_id:
            return finding
    return None


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _clause(text: str) -> str:
    """A statement fit to follow "that": only a leading article loses its capital, never a name."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if first in ("The", "A", "An") else text


def _support_candidates(base: ClaimBase, claim: Claim) -> list[str]:
    plain = [_sentence(t) for t in (claim.statement, *claim.aliases)]
    names = [base.entities.name(e) for e in claim.attribution]
    if claim.status is Status.false:
        return [f"It is not true that {_clause(t)}" for t in plain] + [f"It is false that {_clause(t)}"
                                                                       for t in plain]
    if names and claim.status in (Status.alleged, Status.disputed):
        who = " and ".join(names)
        return [f"According to {who}, {t}" for t in plain] + [f"{who} says that {_clause(t)}" for t in plain] + plain
    return plain


def supporting_example(base: ClaimBase, claim: Claim) -> Example | None:
    """The claim restated (its statement, else an alias), confirmed as supporting it by the checker."""
    for text in _support_candidates(base, claim):
        finding = _finding(base, text, claim.id)
        if finding is not None and finding.verdict is Verdict.supported:
            return Example(text, finding.verdict)
    return None


_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_NUMBER_WORDS = {**{w: i for i, w in enumerate(_WORDS)}, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                 "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _other(number: float) -> float:
    """A clearly different figure of the same size: 2 -> 3, 48 -> 72."""
    return number + max(1, int(number) // 2)


def _spell(number: float, like: str) -> str:
    """Write ``number`` the way ``like`` was written: in words when it was a small number word."""
    whole = float(number).is_integer()
    if whole and not any(ch.isdigit() for ch in like) and int(number) < len(_WORDS):
        word = _WORDS[int(number)]
        return word.capitalize() if like[:1].isupper() else word
    if whole and "," in like:
        return f"{int(number):,}"
    return describe_number(number)


def _number_variants(text: str, base: ClaimBase, value: float) -> Iterable[str]:
    m = extract(text, base.entities)
    for number in m.numbers:
        if abs(number.value - value) <= 1e-9 * max(1.0, abs(value)):
            start, end = m.tokens[number.first].start, m.tokens[number.last].end
            yield text[:start] + _spell(_other(value), text[start:end]) + text[end:]


def _duration_variants(text: str, base: ClaimBase, value: DurationValue) -> Iterable[str]:
    m = extract(text, base.entities)
    expected = iso_seconds(value.iso)
    for duration in m.durations:
        if abs(duration.seconds - expected) > 0.005 * expected:
            continue
        start, end = m.tokens[duration.first].start, m.tokens[duration.last].end
        span = text[start:end]
        digits = _DIGITS.search(span)
        if digits:
            amount = float(digits.group().replace(",", ""))
            span = span[:digits.start()] + _spell(_other(amount), digits.group()) + span[digits.end():]
        else:
            words = [w for w in re.findall(r"[A-Za-z]+", span) if w.lower() in _NUMBER_WORDS]
            if not words:
                continue
            amount = _NUMBER_WORDS[words[0].lower()]
            span = span.replace(words[0], _spell(_other(amount), words[0]), 1)
        yield text[:start] + span + text[end:]


def _date_variants(text: str, base: ClaimBase, value: DateValue) -> Iterable[str]:
    m = extract(text, base.entities)
    for date in m.dates:
        if (date.year, date.month, date.day) == (None, None, None):
            continue
        year, month, day = date.year, date.month, date.day
        if day is not None:
            day = day + 1 if day < 28 else day - 1
        elif month is not None:
            month = month % 12 + 1
        elif year is not None:
            year += 1
        start, end = m.tokens[date.first].start, m.tokens[date.last].end
        yield text[:start] + describe_date(year, month, day) + text[end:]


def _party_variants(text: str, base: ClaimBase, claim: Claim, entity_id: str,
                    entities: Sequence[Entity]) -> Iterable[str]:
    registry = base.entities
    named = claim_entities(claim)
    # Parties of the same kind first (a country for a country), then of the kinds of what it is part of.
    kinds = [registry.kind(e) for e in (entity_id, *registry.ancestors(entity_id))]
    substitutes = [e for kind in dict.fromkeys(kinds) for e in entities
                   if e.kind == kind and not any(registry.compatible(e.id, n) for n in named)]
    for mention in registry.find(text):
        if not registry.compatible(mention.entity, entity_id):
            continue
        for other in substitutes[:_TRIES]:
            if mention.demonym and not other.demonyms:
                continue
            name = other.demonyms[0] if mention.demonym else other.name
            yield text[:mention.start] + name + text[mention.end:]


_TRIES = 6  # substitutes tried per mention: each try is one run of the checker

# Slots whose change reads as a plain factual error come first.
_ORDER = {"count": 0, "quantity": 1, "duration": 2, "date": 3, "place": 4, "target": 5, "actor": 6}


def contradicting_example(base: ClaimBase, claim: Claim, entities: Sequence[Entity],
                          start: str | None = None) -> Example | None:
    """The supporting text with one of the claim's values changed, confirmed as a contradiction.

    A claim the record holds false is contradicted by its own statement, so that comes first.
    """
    if claim.status is Status.false:
        text = _sentence(claim.statement)
        finding = _finding(base, text, claim.id)
        if finding is not None and finding.verdict is Verdict.contradicted:
            return Example(text, finding.verdict, finding.discrepancies)
    texts = dict.fromkeys([*([start] if start else []), *(_sentence(t) for t in (claim.statement, *claim.aliases))])
    for value in sorted(claim.values, key=lambda v: _ORDER[v.kind]):
        for text in texts:
            variants: Iterable[str]
            if isinstance(value, CountValue | QuantityValue):
                variants = _number_variants(text, base, value.number)
            elif isinstance(value, DurationValue):
                variants = _duration_variants(text, base, value)
            elif isinstance(value, DateValue):
                variants = _date_variants(text, base, value)
            else:
                variants = _party_variants(text, base, claim, value.entity, entities)
            for variant in variants:
                finding = _finding(base, variant, claim.id)
                if finding is not None and finding.verdict is Verdict.contradicted:
                    return Example(variant, finding.verdict, finding.discrepancies, value.field)
    return None


def _describe_value(base: ClaimBase, value: Any) -> str:
    if isinstance(value, CountValue):
        text = f"{describe_number(value.number)} {value.noun}"
        return text + (f" (also: {', '.join(value.noun_aliases)})" if value.noun_aliases else "")
    if isinstance(value, QuantityValue):
        return f"{describe_number(value.number)} {value.unit}"
    if isinstance(value, DurationValue):
        return f"{describe_duration(value.iso)} ({value.iso})"
    if isinstance(value, DateValue):
        text = describe_date(value.year, value.month, value.day)
        if value.end is not None:
            text += f" to {describe_date(value.end.year, value.end.month, value.end.day)}"
        return text
    return f"{base.entities.name(value.entity)} ({value.entity})"


def explain(args: argparse.Namespace) -> int:
    settings = config_settings(args.config, args.claims)
    loaded = _load(settings)
    if loaded is None:
        return USAGE
    files, base = loaded
    if args.claim_id not in base:
        hint = difflib.get_close_matches(args.claim_id, [c.id for c in base.claims], n=1)
        print(f"factcheck: no claim {args.claim_id!r}" + (f"; did you mean {hint[0]}?" if hint else "")
              + " (list them with `factcheck claims`)", file=sys.stderr)
        return USAGE
    claim = base.get(args.claim_id)
    path = next(f.path for f in files if any(c.id == claim.id for c in f.record.claims))
    entities = [e for f in files for e in f.record.entities]
    supports = supporting_example(base, claim)
    contradicts = contradicting_example(base, claim, entities, supports.text if supports else None)
    source = base.sources.get(claim.provenance.source) if claim.provenance else None
    # the records, not the registry's plain copies: the JSON form is the claims file's own
    by_id = {e.id: e for e in (*entities, *base.inferred.entities)}
    named = [by_id.get(e) for e in claim_entities(claim)]
    if args.format == "json":
        print(json.dumps({
            "file": path,
            "claim": claim.model_dump(mode="json", exclude_none=True),
            "entities": [e.model_dump(mode="json", exclude_none=True) for e in named if e is not None],
            "source": source.model_dump(mode="json", exclude_none=True) if source else None,
            "examples": {"supports": supports.as_json() if supports else None,
                         "contradicts": contradicts.as_json() if contradicts else None},
        }, indent=2, ensure_ascii=False))
        return OK
    out = [f"{claim.id} ({claim.status.value}) in {path}", f"  {claim.statement}"]
    if claim.attribution:
        out.append(f"  alleged by: {', '.join(base.entities.name(e) for e in claim.attribution)}")
    if claim.values:
        out += ["", "Values:"]
        for value in claim.values:
            line = f"  {value.field}: {_describe_value(base, value)}"
            out.append(line + (f'  (source words: "{value.phrase}")' if value.phrase else ""))
    if claim.keywords:
        out += ["", f"Keywords: {', '.join(claim.keywords)}"]
    if claim.aliases:
        out += ["", "Also worded as:", *(f"  {a}" for a in claim.aliases)]
    if any(named):
        out += ["", "Entities:"]
        for entity in named:
            if entity is None:
                continue
            parent = f", part of {base.entities.name(entity.part_of)}" if entity.part_of else ""
            names = [*entity.aliases, *entity.demonyms]
            out.append(f"  {entity.id}: {entity.name} ({entity.kind.value}{parent})"
                       + (f"; also {', '.join(names)}" if names else ""))
    if claim.provenance:
        prov = claim.provenance
        where = f"paragraph {prov.paragraph}" if prov.paragraph else ""
        if prov.anchor:
            where += (", " if where else "") + f'"{prov.anchor}"'
        title = f": {source.title}" if source and source.title else ""
        out += ["", f"Source: {prov.source}{title}"]
        if source and (source.publisher or source.published or source.url):
            out.append("  " + ", ".join(str(x) for x in (source.publisher, source.published, source.url) if x))
        if where:
            out.append(f"  {where}")
    if claim.note:
        out += ["", f"Note: {claim.note}"]
    out += ["", "Supports it (checked):"]
    out.append(f"  {supports.text}" if supports else "  no example could be confirmed: the checker does not read "
               "the statement or its aliases as agreeing with the claim")
    out += ["", "Contradicts it (checked):"]
    if contradicts:
        out.append(f"  {contradicts.text}")
        out += [f"    {d.field}: expected {d.expected}, found {d.found}" for d in contradicts.discrepancies]
    else:
        out.append("  no example could be confirmed: changing the claim's values did not produce a contradiction")
    print("\n".join(out))
    return OK


# --- pre-commit -----------------------------------------------------------------------------------------


def pre_commit_paths(paths: Sequence[str], claims: Sequence[str]) -> list[str]:
    """The articles to check for the files pre-commit passes.

    A changed claims file can make any article wrong, so it turns the run into a check of the whole
    project; other JSON files are never articles and are dropped.
    """
    folders = [Path(c).resolve() for c in claims]
    articles: list[str] = []
    changed = False
    for path in paths:
        if path.lower().endswith(".json"):
            resolved = Path(path).resolve()
            changed |= any(resolved == f or f in resolved.parents for f in folders)
            continue
        articles.append(path)
    return ["."] if changed else articles


def pre_commit(args: argparse.Namespace, run_check: Callable[[argparse.Namespace], int]) -> int:
    settings = config_settings(args.config, args.claims)
    args.paths = pre_commit_paths(args.paths, settings.claims)
    if not args.paths:
        return OK
    return run_check(args)
