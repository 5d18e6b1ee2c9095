"""Advice on claims that are valid but will not check well: the writing rules of ``docs/claims.md``.

A claims file can satisfy the schema and still make the checker blind (a keyword
that can never match), noisy (a keyword that is a country's name) or silent
about real errors (two claims that hide each other). Each rule here is one small
function over the loaded files; :data:`RULES` lists them explicitly, so what
``factcheck validate`` runs is exactly what this module declares. Their findings
are warnings: the files stay valid unless ``--strict`` is given.

:func:`self_check` is different: it checks a source article against its own
claims, and a contradiction there is an error, since the record then disagrees
with the very text it was verified against.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from factcheck._claimfacts import linked
from factcheck.entities import EntityRegistry
from factcheck.errors import Problem
from factcheck.keywords import KeywordIndex, base_forms, split_keyword
from factcheck.loader import LoadedFile, as_json, normalise_for_anchor, paragraphs
from factcheck.mentions import iso_seconds, normalise, tokenize
from factcheck.records import (
    ActorValue,
    Claim,
    CountValue,
    DateValue,
    DurationValue,
    Entity,
    EntityKind,
    PlaceValue,
    QuantityValue,
    Status,
    TargetValue,
)

if TYPE_CHECKING:
    from factcheck.claimbase import ClaimBase

MAX_ANCHOR_WORDS = 8
COPIED_RUN = 8  # a statement sharing this many consecutive words with its source is copied, not rewritten

_TYPED = (CountValue, QuantityValue, DurationValue, DateValue, PlaceValue, ActorValue, TargetValue)
TypedValue = CountValue | QuantityValue | DurationValue | DateValue | PlaceValue | ActorValue | TargetValue


@dataclass(frozen=True)
class Advice:
    """One warning: which rule, and where in which file."""

    rule: str
    problem: Problem

    def __str__(self) -> str:
        p = self.problem
        return str(Problem(p.path, f"warning: {p.message} [{self.rule}]", p.line, p.column, p.pointer))

    def as_json(self) -> dict[str, Any]:
        return {**as_json([self.problem])[0], "rule": self.rule}


@dataclass(frozen=True)
class Subject:
    """What the rules look at: the files of one claim base, and the text of any source given."""

    files: Sequence[LoadedFile]
    sources: Mapping[str, str] = field(default_factory=dict)
    # the file each source was read from: its suffix says whether it is Markdown, as it does for `check`
    source_paths: Mapping[str, str] = field(default_factory=dict)

    def claims(self) -> Iterator[tuple[LoadedFile, int, Claim]]:
        """Claims read in full: a claim with a schema error is judged once it is fixed, not on its remains."""
        for f in self.files:
            for i, claim in enumerate(f.record.claims):
                if _intact(f, f"/claims/{i}"):
                    yield f, i, claim

    def entities(self) -> Iterator[tuple[LoadedFile, int, Entity]]:
        for f in self.files:
            for i, entity in enumerate(f.record.entities):
                if _intact(f, f"/entities/{i}"):
                    yield f, i, entity

    @cached_property
    def registry(self) -> EntityRegistry:
        return EntityRegistry(e for _f, _i, e in self.entities())

    @cached_property
    def base(self) -> ClaimBase:
        """The claims read in full, as the checker would load them, for rules that check a source with them."""
        from factcheck.claimbase import ClaimBase

        return ClaimBase((c for _f, _i, c in self.claims()), (e for _f, _i, e in self.entities()),
                         (f.record.source for f in self.files if f.record.source is not None))


def _intact(f: LoadedFile, where: str) -> bool:
    return not any(d == where or d.startswith(where + "/") for d in f.dropped)


Check = Callable[[Subject], Iterable[tuple[LoadedFile, str, str]]]


@dataclass(frozen=True)
class Rule:
    name: str
    check: Check


# --- keywords ------------------------------------------------------------------------------------


def keyword_case(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """Keywords are compared in lowercase; an uppercase one reads as a name and misleads the next editor."""
    for f, i, claim in s.claims():
        for k, keyword in enumerate(claim.keywords):
            if keyword != keyword.lower():
                yield f, f"/claims/{i}/keywords/{k}", f"keyword {keyword!r} should be lowercase: {keyword.lower()!r}"


def keyword_possessive(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """Text is matched with a possessive 's dropped, so a keyword spelled with one can never match."""
    for f, i, claim in s.claims():
        for k, keyword in enumerate(claim.keywords):
            if re.search(r"\w['’]s\b", keyword):
                plain = re.sub(r"(\w)['’]s\b", r"\1", keyword)
                yield (f, f"/claims/{i}/keywords/{k}",
                       f"keyword {keyword!r} can never match (a possessive 's is dropped from text): write {plain!r}")


def _words(text: str) -> list[str]:
    # read as the checker reads a sentence: typography made plain first ("didn’t" is "didn't")
    return [t.low for t in tokenize(normalise(text))]


def _matches_inside(keyword: str, other: str) -> tuple[int, int] | None:
    """Where ``keyword`` matches the words of ``other``, as the checker would find it in a sentence."""
    found = KeywordIndex([(0, (keyword,))]).occurrences(_words(other)).get(0)
    return found[0] if found else None


def keyword_overlap(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """Claims compete for a sentence where their keywords match the same words.

    A claim listing both "unwelcome" and "declared unwelcome" is matched at the longer phrase, a sibling
    listing only "unwelcome" at the shorter one: the two stop competing and both are judged.
    """
    claims = list(s.claims())
    for f, i, claim in claims:
        for k, inner in enumerate(claim.keywords):
            for outer in claim.keywords:
                span = _matches_inside(inner, outer) if outer != inner else None
                if span is None or span == (0, len(_words(outer)) - 1):
                    continue
                apart = [other.id for _g, _j, other in claims if other.id != claim.id
                         and split_keyword(inner) in _keys(other) and not _covers(other, outer)]
                if apart:
                    yield (f, f"/claims/{i}/keywords/{k}",
                           f"keyword {inner!r} matches inside {outer!r}: in a sentence saying {outer!r} this claim "
                           f"is matched at the longer phrase and {', '.join(map(repr, apart))} at {inner!r} alone, "
                           f"so they no longer compete for it; list {outer!r} in both or drop it here")
                    break


def _covers(claim: Claim, phrase: str) -> bool:
    return any(_matches_inside(keyword, phrase) == (0, len(_words(phrase)) - 1) for keyword in claim.keywords)


def keyword_is_a_name(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """A party's name on its own as a keyword drags in every sentence about that party, whatever it says."""
    names = {normalise_for_anchor(n): e.id for _f, _i, e in s.entities() for n in (e.name, *e.aliases, *e.demonyms)
             if len(_words(n)) == 1}
    for f, i, claim in s.claims():
        for k, keyword in enumerate(claim.keywords):
            owner = names.get(normalise_for_anchor(keyword))
            if owner is not None:
                yield (f, f"/claims/{i}/keywords/{k}",
                       f"keyword {keyword!r} is a name of entity {owner!r}: any sentence naming it would be "
                       "compared with this claim; name the action instead")


def mirror_keywords(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """Mirror claims compete for a sentence only through shared keywords, so they must share all of them."""
    claims = list(s.claims())
    for f, i, claim in claims:
        roles = _roles(claim)
        if roles is None:
            continue
        for _g, _j, other in claims:
            if _roles(other) == roles[::-1] and claim.id < other.id and claim.keywords and other.keywords:
                mine, theirs = _keys(claim), _keys(other)
                if mine != theirs and mine & theirs:
                    only = sorted(" ".join(k) for k in mine ^ theirs)
                    yield (f, f"/claims/{i}/keywords",
                           f"claims {claim.id!r} and {other.id!r} are mirror images (actor and target swapped) "
                           f"but their keywords differ ({', '.join(repr(k) for k in only)}): a sentence using "
                           "one of those is compared with only one of them; give both the same list")


def _roles(claim: Claim) -> tuple[str, str] | None:
    actor = next((v.entity for v in claim.values if isinstance(v, ActorValue)), None)
    target = next((v.entity for v in claim.values if isinstance(v, TargetValue)), None)
    return (actor, target) if actor and target and actor != target else None


def _keys(claim: Claim) -> set[tuple[str, ...]]:
    return {split_keyword(k) for k in claim.keywords}


# --- values, anchors, entities -------------------------------------------------------------------


def value_slot(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """A discrepancy is reported under the value's slot; two figures under one name cannot be told apart.

    Parties are left out: two actors of one claim (a joint decision) are both simply the actor.
    """
    for f, i, claim in s.claims():
        seen: dict[str, int] = {}
        for j, value in enumerate(claim.values):
            if not isinstance(value, CountValue | QuantityValue | DurationValue | DateValue):
                continue
            if value.field in seen:
                yield (f, f"/claims/{i}/values/{j}",
                       f"values {seen[value.field]} and {j} are both reported as {value.field!r}: give each a "
                       "'slot' that says what it is ('deadline', 'length', 'fine')")
            seen.setdefault(value.field, j)


def anchor_length(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """An anchor locates a fact in a few words; a long one quotes the source instead."""
    for f, i, claim in s.claims():
        anchor = claim.provenance.anchor if claim.provenance else None
        if anchor and len(anchor.split()) > MAX_ANCHOR_WORDS:
            yield (f, f"/claims/{i}/provenance/anchor",
                   f"anchor has {len(anchor.split())} words; keep it to a few (at most {MAX_ANCHOR_WORDS})")


def country_demonym(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """Without its adjective a country is missed in "two Azerbaijani diplomats"."""
    for f, i, entity in s.entities():
        if entity.kind is EntityKind.country and not entity.demonyms:
            yield (f, f"/entities/{i}", f"country {entity.id!r} has no demonyms: text saying "
                                        f"'the {entity.name} adjective + noun' will not be recognised as naming it")


# --- against the source --------------------------------------------------------------------------


def copied_statement(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """Statements are the editor's own words: a long shared run copies the source."""
    grams = {sid: _grams(text) for sid, text in s.sources.items()}
    for f, i, claim in s.claims():
        sid = _source_of(f, claim)
        if sid not in grams:
            continue
        for where, text in (("statement", claim.statement), *((f"aliases/{a}", t) for a, t in
                                                               enumerate(claim.aliases))):
            if _grams(text) & grams[sid]:
                yield (f, f"/claims/{i}/{where}", f"shares {COPIED_RUN} or more consecutive words with source "
                                                  f"{sid!r}: write it in your own words")


def keyword_reach(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """A claim whose keywords miss the paragraph it cites would never be matched with its own source."""
    blocks = {sid: paragraphs(text) for sid, text in s.sources.items()}
    for f, i, claim in s.claims():
        prov = claim.provenance
        if not claim.keywords or prov is None or prov.paragraph is None or prov.source not in blocks:
            continue
        if prov.paragraph > len(blocks[prov.source]):
            continue  # the anchor check reports the missing paragraph
        words = _words(blocks[prov.source][prov.paragraph - 1])
        if not KeywordIndex([(0, claim.keywords)]).occurrences(words):
            yield (f, f"/claims/{i}/keywords", f"none of the keywords occurs in paragraph {prov.paragraph} of "
                                               f"{prov.source!r}, the paragraph the claim cites: add the word it "
                                               "uses for the action")


def unconfirmed_by_source(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """A claim no sentence of its own source confirms is one the checker cannot read the way the source tells
    it: it will miss the same wording in other copy, and a wrong figure written that way goes unreported."""
    from factcheck.document import read_text
    from factcheck.findings import Verdict

    claims = [(f, i, c) for f, i, c in s.claims() if _source_of(f, c) in s.sources]
    if not claims:
        return
    base = s.base
    # a claim the reading finds nothing to check in (no event word, no value) has nothing to confirm
    checkable = {c.id for c in base.inferred.claims if c.keywords or c.values}
    confirmed: dict[str, set[str]] = {}
    for sid, text in s.sources.items():
        report = base.check_document(read_text(text, s.source_paths.get(sid, f"{sid}.md")))
        # (a contradiction is an error of its own: self_check reports it)
        confirmed[sid] = {f.claim.id for f in report.findings
                          if f.verdict in (Verdict.supported, Verdict.contradicted) and f.claim}
    for f, i, claim in claims:
        cited = _source_of(f, claim)
        if cited is not None and claim.id in checkable and claim.id not in confirmed[cited]:
            yield (f, f"/claims/{i}", f"no sentence of source {cited!r} confirms it: add the source's own "
                                      "wording as an alias or keyword, or check its values against the source")


def _grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", normalise_for_anchor(text))
    return {tuple(words[k:k + COPIED_RUN]) for k in range(len(words) - COPIED_RUN + 1)}


def _source_of(f: LoadedFile, claim: Claim) -> str | None:
    if claim.provenance:
        return claim.provenance.source
    return f.record.source.id if f.record.source else None


# --- claims that hide each other -----------------------------------------------------------------

_ROLE = {ActorValue: "actor", TargetValue: "target", PlaceValue: "place"}


def hidden_claim(s: Subject) -> Iterator[tuple[LoadedFile, str, str]]:
    """Claims sharing an event word compete for a sentence and only the best fit is reported.

    When one claim agrees with everything another records that it checks at all, but records less, a
    sentence getting the other's extra facts wrong fits the first cleanly and the error is never shown.
    """
    claims = [(f, i, c) for f, i, c in s.claims() if c.keywords]
    groups = _groups([c for _f, _i, c in claims])
    for f, i, hidden in claims:
        for _g, _j, cover in claims:
            if cover.id == hidden.id or groups[cover.id] != groups[hidden.id]:
                continue
            shared = _shared_keyword(hidden, cover)
            if shared is None:
                continue
            unchecked = _unchecked(s.registry, hidden, cover)
            if unchecked:
                what = " or ".join(unchecked)
                yield (f, f"/claims/{i}",
                       f"can be hidden by {cover.id!r}: both match {shared!r}, and {cover.id!r} agrees with "
                       f"everything else this claim records but records no {what}; a sentence that gets the "
                       f"{what} wrong fits {cover.id!r} cleanly, so the error goes unreported (give {cover.id!r} "
                       f"its own {what}, or give the two claims different keywords)")


def _groups(claims: Sequence[Claim]) -> dict[str, int]:
    """Claims linked by shared keywords, as the checker groups them for competition."""
    return {claim.id: group for claim, group in zip(claims, linked([_keys(c) for c in claims]), strict=True)}


def _shared_keyword(a: Claim, b: Claim) -> str | None:
    """A keyword of ``a`` that some keyword of ``b`` matches word for word: the two then meet at one place."""
    for keyword in a.keywords:
        for other in b.keywords:
            if split_keyword(keyword) == split_keyword(other) or (
                    _matches_inside(other, keyword) == (0, len(_words(keyword)) - 1)):
                return keyword
    return None


def _unchecked(reg: EntityRegistry, hidden: Claim, cover: Claim) -> list[str]:
    """What ``hidden`` records and ``cover`` cannot check, when ``cover`` agrees with the rest; else nothing."""
    agreed = 0
    for value in cover.values:
        if not isinstance(value, _TYPED):
            continue
        verdicts = [_agrees(reg, value, mine) for mine in hidden.values if isinstance(mine, _TYPED)]
        if False in verdicts:
            return []  # a sentence stating what hidden records contradicts cover: the two are told apart
        agreed += True in verdicts
    named = any(reg.compatible(a, b) for a in _entities(hidden) for b in _entities(cover))
    if not agreed and not named:
        return []
    theirs = [v for v in cover.values if isinstance(v, _TYPED)]
    missing = [_describe(v) for v in hidden.values
               if isinstance(v, _TYPED) and all(_agrees(reg, other, v) is None for other in theirs)]
    if hidden.status is not Status.verified and cover.status is Status.verified:
        missing.append(f"status ({hidden.status.value})")
    return list(dict.fromkeys(missing))


def _entities(claim: Claim) -> set[str]:
    return {v.entity for v in claim.values if isinstance(v, ActorValue | TargetValue | PlaceValue)} | set(
        claim.attribution)


def _describe(value: TypedValue) -> str:
    if isinstance(value, CountValue):
        return f"{value.field} of {value.noun}"
    if isinstance(value, QuantityValue):
        return f"{value.field} in {value.unit}"
    return value.field


def _agrees(reg: EntityRegistry, a: TypedValue, b: TypedValue) -> bool | None:
    """True or False when the two values speak of the same slot and agree or not; None when they do not meet."""
    if isinstance(a, ActorValue | TargetValue | PlaceValue):
        if type(a) is not type(b) or not isinstance(b, ActorValue | TargetValue | PlaceValue):
            return None
        if isinstance(a, PlaceValue):
            return a.entity == b.entity or a.entity in reg.ancestors(b.entity) or b.entity in reg.ancestors(a.entity)
        return reg.compatible(a.entity, b.entity)
    if isinstance(a, CountValue) and isinstance(b, CountValue):
        return _overlap(_interval(a), _interval(b)) if _heads(a) & _heads(b) else None
    if isinstance(a, QuantityValue) and isinstance(b, QuantityValue):
        units = base_forms(split_keyword(a.unit)[-1]) & base_forms(split_keyword(b.unit)[-1])
        return _overlap(_interval(a), _interval(b)) if units else None
    if isinstance(a, DurationValue) and isinstance(b, DurationValue):
        return _overlap(_interval(a, iso_seconds), _interval(b, iso_seconds))
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        return _dates_meet(a, b)
    return None


def _interval(value: Any, read: Callable[[Any], float] = float) -> tuple[float, float]:
    """The figures a value allows: its number (or ISO span) give or take its tolerance, or its bounds."""
    def get(name: str) -> float | None:
        raw = getattr(value, name, None)
        return None if raw is None or isinstance(raw, bool) else read(raw)

    point, tolerance = get("iso") if isinstance(value, DurationValue) else get("number"), get("tolerance") or 0.0
    if point is not None:
        if getattr(value, "approx", False):
            tolerance = max(tolerance, 0.1 * abs(point))
        return point - tolerance, point + tolerance
    low, high = get("min"), get("max")
    return (low if low is not None else float("-inf")), (high if high is not None else float("inf"))


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    slack = 1e-9 * max(1.0, abs(a[0]), abs(b[0]))
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def _heads(value: CountValue) -> set[str]:
    return {form for noun in (value.noun, *value.noun_aliases) if split_keyword(noun)
            for form in base_forms(split_keyword(noun)[-1])}


def _dates_meet(a: DateValue, b: DateValue) -> bool:
    def span(d: DateValue) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
        lo = (d.year or 0, d.month or 1, d.day or 1)
        end = d.end
        hi = ((end.year or d.year or 9999, end.month or 12, end.day or 31) if end is not None
              else (d.year or 9999, d.month or 12, d.day or 31))
        return lo, hi

    (alo, ahi), (blo, bhi) = span(a), span(b)
    return alo <= bhi and blo <= ahi


RULES: tuple[Rule, ...] = (
    Rule("keyword-case", keyword_case),
    Rule("keyword-possessive", keyword_possessive),
    Rule("keyword-overlap", keyword_overlap),
    Rule("keyword-is-a-name", keyword_is_a_name),
    Rule("mirror-keywords", mirror_keywords),
    Rule("hidden-claim", hidden_claim),
    Rule("value-slot", value_slot),
    Rule("anchor-length", anchor_length),
    Rule("country-demonym", country_demonym),
    Rule("copied-statement", copied_statement),
    Rule("keyword-reach", keyword_reach),
    Rule("unconfirmed-by-source", unconfirmed_by_source),
)


def lint(files: Sequence[LoadedFile], sources: Mapping[str, str] | None = None,
         rules: Sequence[Rule] = RULES, source_paths: Mapping[str, str] | None = None) -> list[Advice]:
    """Every warning of every rule, in file order and then line order."""
    subject = Subject(files, sources or {}, source_paths or {})
    order = {f.path: n for n, f in enumerate(files)}
    found = [Advice(rule.name, f.problem(where, message)) for rule in rules for f, where, message in
             rule.check(subject)]
    found.sort(key=lambda a: (order.get(a.problem.path, -1), a.problem.line or 0, a.problem.column or 0))
    return found


# --- the source against its own claims -----------------------------------------------------------


def self_check(files: Sequence[LoadedFile], source_id: str, article: str, path: str) -> list[Problem]:
    """Check the source article against the whole base; a contradiction of one of its own claims is an error.

    It is either a wrong value in the record or a sentence the checker misreads; both would raise false
    alarms on every text that repeats the source.
    """
    from factcheck.document import read_text
    from factcheck.findings import Verdict

    subject = Subject(files)
    base = subject.base
    where = {c.id: (f, i) for f, i, c in subject.claims() if _source_of(f, c) == source_id}
    problems = []
    for finding in base.check_document(read_text(article, path)).findings:
        if finding.verdict is not Verdict.contradicted or finding.claim is None or finding.claim.id not in where:
            continue
        f, i = where[finding.claim.id]
        details = "; ".join(f"{d.field}: expected {d.expected}, found {d.found}" for d in finding.discrepancies)
        sentence = " ".join(finding.sentence.split())
        problems.append(f.problem(f"/claims/{i}",
                                  f"its own source contradicts it at {path}:{finding.start.line}:"
                                  f"{finding.start.column}: {sentence!r} ({details or finding.message})"))
    return problems
