"""Propose a claim base from a source article, for an editor to review, trim and validate.

Writing a claim base by hand means finding every checkable statement, typing its values and listing
every name a party goes by. ``factcheck draft`` does the first pass with the same reader that checks
articles: every sentence of the source with an event word and a value (or two parties) becomes a claim,
its parties become entities with the aliases the article itself uses ("Sam Bankman-Fried", then
"Bankman-Fried"; "(SBF)" after the full name), and its provenance points at the paragraph and a few
words of it. What the speaker of "X accused Y of ..." says is recorded as X's allegation.

A draft must never make its own source fail: it is checked against the source before it is written,
and a value the source states two ways (an early and a later toll) is dropped from the claim rather
than kept to raise a false alarm. The result is a proposal: statements are the source's clauses, not
the editor's own words, and every claim still needs reading.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck.document import read_text, statement_text
from factcheck.entities import EntityRegistry
from factcheck.findings import Verdict
from factcheck.index import STOPWORDS
from factcheck.infer import _events, reading, values_by_kind
from factcheck.keywords import DEFAULT_LANGUAGE, lemmas
from factcheck.lexicon import lexicon
from factcheck.loader import normalise_for_anchor, paragraphs
from factcheck.mentions import Token, extract, normalise, tokenize
from factcheck.records import (
    ActorValue,
    Claim,
    ClaimsFile,
    CountValue,
    DateValue,
    Entity,
    EntityKind,
    Provenance,
    Source,
    Status,
    TargetValue,
    Value,
)

_JOINERS = frozenset(("of", "de", "du", "des", "la", "le", "von", "van", "al", "bin", "&"))
_MEASURES = ("count", "quantity", "duration", "date")


@dataclass(frozen=True)
class Words:
    titles: frozenset[str]
    allegation_verbs: frozenset[str]
    organisation_heads: frozenset[str]
    irregular_demonyms: dict[str, str]


@cache
def words(language: str = DEFAULT_LANGUAGE) -> Words:
    raw = json.loads(resources.files("factcheck").joinpath("data/draft.json").read_text(encoding="utf-8"))
    table: dict[str, Any] = raw.get(language.split("-")[0].lower()) or raw[DEFAULT_LANGUAGE]
    return Words(frozenset(table["titles"]), frozenset(table["allegation_verbs"]),
                 frozenset(table["organisation_heads"]), dict(table["irregular_demonyms"]))


# --- entities ----------------------------------------------------------------------------------------


@dataclass
class _Name:
    name: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    kind: EntityKind = EntityKind.other
    count: int = 0


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text[:1].isalpha()


def _runs(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """Spans of capitalised words, joined by hyphens, initials and particles ("Lewis A. Kaplan",
    "Bankman-Fried", "Bank of England")."""
    lex = lexicon()
    out = []
    i = 0
    n = len(tokens)

    def name_word(k: int) -> bool:
        return 0 <= k < n and _capital(tokens[k]) and tokens[k].low not in lex.months \
            and tokens[k].low not in lex.calendar_words

    while i < n:
        if not name_word(i):
            i += 1
            continue
        j = i
        while not tokens[j].low.endswith("'s"):
            if name_word(j + 1) and text[tokens[j].end:tokens[j + 1].start].strip() in ("", "."):
                j += 1
            elif j + 2 < n and name_word(j + 2) and (
                    (tokens[j + 1].low == "-" and tokens[j + 1].start == tokens[j].end)  # "Bankman-Fried"
                    or tokens[j + 1].low in _JOINERS):  # "Bank of England"
                j += 2
            else:
                break
        out.append((i, j))
        i = j + 1
    return out


def _strip_titles(tokens: Sequence[Token], i: int, j: int, w: Words) -> tuple[int, bool]:
    """Where the name proper starts after leading titles ("U.S. District Judge Lewis Kaplan" -> Lewis)."""
    if any(t.low.removesuffix("'s") in w.organisation_heads for t in tokens[i:j + 1]):
        return i, False
    k = i
    titled = False
    while k < j and (tokens[k].low in w.titles or (len(tokens[k].low) == 1 and k + 1 < j
                                                      and (len(tokens[k + 1].low) == 1
                                                           or tokens[k + 1].low in w.titles))):
        titled = titled or tokens[k].low in w.titles
        k += 1
    return k, titled


def _demonym_of(word: str, names: Sequence[str], w: Words) -> str | None:
    if word in w.irregular_demonyms:
        return w.irregular_demonyms[word]
    if not re.search(r"(an|ian|ese|i|ish|ch)$", word):
        return None
    for name in names:
        if " " not in name and len(name) >= 4 and word[:max(4, len(name) - 1)] == name[:max(4, len(name) - 1)]:
            return name
    return None


def find_entities(sentences: Sequence[str], language: str = DEFAULT_LANGUAGE) -> list[Entity]:
    """The parties and places an article names, each with the shorter names and demonyms it also uses."""
    w = words(language)
    lex = lexicon()
    found: dict[str, _Name] = {}
    singles: dict[str, int] = {}
    acronyms: dict[str, str] = {}
    demonyms: set[str] = set()
    for sentence in sentences:
        text = normalise(sentence)
        tokens = tokenize(text)
        for i, j in _runs(tokens, text):
            start, titled = _strip_titles(tokens, i, j, w)
            first = tokens[start]
            opening = start == 0 or tokens[start - 1].low in ("-", "(", ":", '"')
            if start == j and (first.low in STOPWORDS or (opening and lemmas(first.low))):
                if first.text in w.irregular_demonyms or re.search(r"(an|ian|ese)$", first.text):
                    demonyms.add(first.text)
                continue
            while start < j and (first.low in STOPWORDS or (opening and lemmas(first.low))):
                start += 1  # "The Orsa Line", "Three of Bankman-Fried's ...": an ordinary word opens the sentence
                while start < j and tokens[start].low in _JOINERS:
                    start += 1
                first = tokens[start]
            if start == j and (first.low in STOPWORDS or first.low in _JOINERS):
                continue
            name = text[tokens[start].start:tokens[j].end].removesuffix("'s").rstrip(".")
            if start == j and (_demonym_of(name, (), w) or re.search(r"(an|ian|ese)$", name)) \
                    and j + 1 < len(tokens) and tokens[j + 1].text[:1].islower():
                demonyms.add(name)
                continue
            if start == j:
                singles[name] = singles.get(name, 0) + 1
            entry = found.setdefault(name, _Name(name))
            entry.count += 1
            prev = tokens[start - 1].low if start else ""
            if titled and " " in name:
                entry.kind = EntityKind.person
            elif any(t.low.removesuffix("'s") in w.organisation_heads for t in tokens[start:j + 1]):
                entry.kind = EntityKind.organisation
            elif prev in lex.location_prepositions - {"to", "from"} and entry.kind is EntityKind.other:
                entry.kind = EntityKind.place
            # "Sam Bankman-Fried (SBF)": the acronym in parentheses is the same party
            if j + 3 < len(tokens) and tokens[j + 1].low == "(" and tokens[j + 3].low == ")" \
                    and tokens[j + 2].text.isupper() and 2 <= len(tokens[j + 2].text) <= 6:
                acronyms[tokens[j + 2].text] = name
    # shorter names that are the end or the start of a longer one are aliases of it
    names = sorted(found, key=lambda n: (-len(n.split()), -len(n)))
    canonical: dict[str, str] = {}
    for name in names:
        if name in canonical:
            continue
        canonical[name] = name
        parts = name.split()
        if len(parts) < 2 or (found[name].kind is EntityKind.organisation and "of" in parts):
            continue
        for other in names:
            if other in canonical or other == name:
                continue
            if (parts[-1] == other and found[name].kind is not EntityKind.place) or (
                    " " in other and (name.endswith(" " + other) or name.startswith(other + " "))):
                canonical[other] = name
                found[name].aliases.append(other)
                found[name].count += found[other].count
                if found[other].kind is EntityKind.person:
                    found[name].kind = EntityKind.person
    for acronym, name in acronyms.items():
        target = canonical.get(name, name)
        if acronym != target and acronym in found and canonical.get(acronym) == acronym:
            canonical[acronym] = target
            found[target].aliases.append(acronym)
        elif acronym not in found and target in found:
            found[target].aliases.append(acronym)
    heads = [n for n in found if canonical.get(n) == n]
    for demonym in sorted(demonyms):
        country = _demonym_of(demonym, heads, w)
        if country is not None and country in found:
            found[country].demonyms.append(demonym)
            found[country].kind = EntityKind.country if found[country].kind is EntityKind.other \
                else found[country].kind
    entities: list[Entity] = []
    ids: set[str] = set()
    for name in heads:
        entry = found[name]
        entity_id = _slug(name)
        while entity_id in ids:
            entity_id += "-2"
        ids.add(entity_id)
        aliases = tuple(dict.fromkeys(a for a in entry.aliases if a != name))
        entities.append(Entity(id=entity_id, name=name, kind=entry.kind, aliases=aliases,
                               demonyms=tuple(dict.fromkeys(entry.demonyms))))
    return entities


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-") or "x"


# --- claims ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    text: str  # the statement part of the sentence
    paragraph: int  # 1-based, as provenance counts
    heading: bool


def _units(text: str, path: str) -> list[_Unit]:
    document = read_text(text, path)
    starts = [m.start() for m in re.finditer(r"(?:^|\n\s*\n)(?=\S)", text.lstrip("\ufeff"))]
    blocks = paragraphs(text)
    out = []
    for sentence in document.sentences:
        plain = statement_text(sentence.text)
        if plain is None or not plain.strip():
            continue
        paragraph = sum(1 for s in starts if s <= sentence.start) or 1
        out.append(_Unit(plain, min(paragraph, len(blocks)) or 1, sentence.heading))
    return out


def _anchor(sentence: str, tokens: Sequence[Token], span: tuple[int, int], block: str) -> str | None:
    """A few words of the source around the event word that occur in its paragraph (never the sentence)."""
    folded = normalise_for_anchor(block)
    a, b = span
    for before, after in ((2, 3), (1, 3), (1, 2), (0, 2), (0, 1)):
        lo, hi = max(0, a - before), min(len(tokens) - 1, b + after)
        while hi > lo and not tokens[hi].low[:1].isalnum():
            hi -= 1
        while lo < hi and not tokens[lo].low[:1].isalnum():
            lo += 1
        anchor = sentence[tokens[lo].start:tokens[hi].end]
        if 0 < len(anchor) <= 80 and normalise_for_anchor(anchor) in folded and anchor != sentence.strip():
            return anchor
    return None


def _statement(sentence: str, tokens: Sequence[Token]) -> str:
    """The sentence without its dateline and its closing "..., officials said on Saturday"."""
    lex = lexicon()
    text = sentence.strip()
    m = re.search(r",\s+(?:[^,]{1,60}?)\s+(?:said|says|told|added|reported|confirmed|announced)\b[^,]*[.!]?$", text)
    if m is not None and m.start() > len(text) // 3:
        tail = text[m.start():].lower()
        if not any(w in tail.split() for w in ("that",)) and not any(
                c.isdigit() for c in tail) and not any(w in lex.months for w in re.findall(r"[a-z]+", tail)):
            text = text[:m.start()].rstrip() + "."
    text = re.sub(r"\s+", " ", text)
    return text if text.endswith((".", "!", "?", '"')) else text + "."


def _claim_id(keywords: Sequence[str], values: Sequence[Value], registry: EntityRegistry, taken: set[str]) -> str:
    bits = [keywords[0] if keywords else "fact"]
    for value in values:
        entity = getattr(value, "entity", None)
        if isinstance(value, ActorValue | TargetValue) and entity:
            bits.append(registry.name(str(entity)).split()[-1])
        elif value.kind in ("count", "quantity"):
            number = float(getattr(value, "number"))  # noqa: B009
            bits.append(str(int(number)) if number.is_integer() else f"{number}".replace(".", "-"))
        elif isinstance(value, DateValue) and value.year:
            bits.append(str(value.year))
        if len(bits) >= 3:
            break
    base = _slug("-".join(bits)) or "fact"
    claim_id, n = base, 2
    while claim_id in taken:
        claim_id, n = f"{base}-{n}", n + 1
    taken.add(claim_id)
    return claim_id


def _attribution(m: Any, p: Any, w: Words) -> tuple[str, ...]:
    """The speakers of an allegation ("Baku accused Paris of bias"): only verbs of alleging, not "said"."""
    if not p.speakers:
        return ()
    a = p.span[0]
    verbs = [t for t in m.tokens[:a + 1] if lemmas(t.low) & w.allegation_verbs or t.low in w.allegation_verbs]
    return tuple(dict.fromkeys(p.speakers)) if verbs else ()


_BOUNDS = {"min": "min", "over": "min", "max": "max", "under": "max"}


def _hedged_values(m: Any, p: Any, have: set[str]) -> list[Value]:
    """Figures the source hedges ("at least 157 people", "nearly 9,000"), recorded as a bound or as
    approximate, where the record format allows it: an exact figure would contradict true updates."""
    from factcheck.infer import _count_noun

    if "bound" not in CountValue.model_fields:
        return []
    lex = lexicon()
    out: list[Value] = []
    for number, after in m.counts:
        if "count" in have or not p.holds(number.first, number.last):
            continue
        hedge = next((lex.number_bounds[tuple(t.low for t in m.tokens[number.first - n:number.first])]
                      for n in (3, 2, 1) if number.first - n >= 0
                      and tuple(t.low for t in m.tokens[number.first - n:number.first]) in lex.number_bounds), None)
        noun = _count_noun(after)
        if hedge is None or noun is None or noun in lex.time_nouns:
            continue
        extra: dict[str, Any] = {"bound": _BOUNDS[hedge]} if hedge in _BOUNDS else {"approx": True}
        out.append(CountValue(number=number.value, noun=noun, phrase=f"{number.text} {noun}", **extra))
        have = have | {"count"}
    return out


def draft(text: str, path: str = "source.md", *, source_id: str | None = None, title: str | None = None,
          language: str = DEFAULT_LANGUAGE) -> ClaimsFile:
    """A claims file proposed from one source article: entities, one claim per checkable statement."""
    units = _units(text, path)
    blocks = paragraphs(text)
    if title is None:
        title = next((u.text.strip().lstrip("#").strip() for u in units if u.heading), None)
    source_id = source_id or _slug(title or Path(path).stem)
    entities = find_entities([u.text for u in units if not u.heading], language)
    registry = EntityRegistry(entities)
    rd = reading(language)
    w = words(language)
    claims: list[Claim] = []
    taken: set[str] = set()
    seen: set[tuple[Any, ...]] = set()
    for unit in units:
        if unit.heading:
            continue
        m = extract(unit.text, registry)
        events = _events(m, rd)
        if not events:
            continue
        spans = [span for span, _lemma in events]
        predications, by_kind = values_by_kind(m, spans, registry, rd)
        values = [found[0] for kind, found in by_kind.items()
                  if len(found) == 1 or kind in ("actor", "target", "place")]
        values += _hedged_values(m, predications[spans[0]], {v.kind for v in values})
        kinds = {v.kind for v in values}
        if not (kinds & set(_MEASURES) or {"actor", "target"} <= kinds):
            continue
        keywords = tuple(dict.fromkeys(lemma for _span, lemma in events))
        key = (keywords, tuple(sorted((v.kind, str(v)) for v in values if v.kind != "place")))
        if key in seen:
            continue
        seen.add(key)
        first = predications[spans[0]]
        attribution = _attribution(m, first, w)
        anchor = _anchor(m.text, m.tokens, spans[0], blocks[unit.paragraph - 1] if blocks else "")
        claims.append(Claim(
            id=_claim_id(keywords, values, registry, taken),
            statement=_statement(unit.text, m.tokens),
            status=Status.alleged if attribution else Status.verified,
            attribution=attribution,
            keywords=keywords,
            values=tuple(values),
            provenance=Provenance(source=source_id, paragraph=unit.paragraph, anchor=anchor),
        ))
    source = Source(id=source_id, title=title, language=language)
    used = {str(getattr(v, "entity")) for c in claims for v in c.values if hasattr(v, "entity")}  # noqa: B009
    used |= {a for c in claims for a in c.attribution}
    record = ClaimsFile(source=source, entities=tuple(e for e in entities if e.id in used), claims=tuple(claims))
    return _settle(record, text, path)


def _settle(record: ClaimsFile, text: str, path: str, rounds: int = 6) -> ClaimsFile:
    """Drop every value the source itself contradicts, and claims left with nothing to compare.

    A source often states a figure twice, once early and once revised ("at least 128", later 157), or
    uses one verb for two events; the claim drafted from one sentence would flag the other.
    """
    from factcheck.claimbase import ClaimBase  # the base is built here only; claimbase does not import drafts

    for _ in range(rounds):
        base = ClaimBase(record.claims, record.entities, (record.source,) if record.source else ())
        report = base.check(text, path)
        wrong: dict[str, set[str]] = {}
        for _doc, finding in report.findings():
            if finding.verdict in (Verdict.contradicted, Verdict.unverified) and finding.claim_id:
                wrong.setdefault(finding.claim_id, set()).update(d.field for d in finding.discrepancies)
        if not wrong:
            return record
        claims = []
        for claim in record.claims:
            fields = wrong.get(claim.id)
            if fields is None:
                claims.append(claim)
                continue
            if "attribution" in fields or "polarity" in fields or "status" in fields:
                continue  # the source itself states it otherwise: not a claim to propose
            values = tuple(v for v in claim.values if v.field not in fields)
            kinds = {v.kind for v in values}
            if values != claim.values and (kinds & set(_MEASURES) or {"actor", "target"} <= kinds):
                claims.append(claim.model_copy(update={"values": values}))
        record = record.model_copy(update={"claims": tuple(claims)})
    return record


def to_json(record: ClaimsFile) -> str:
    """The claims file as an editor reads it: two-space JSON, empty and default fields left out."""
    data = _clean(record.model_dump(mode="json", by_alias=True, exclude_none=True))
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _clean(data: Any) -> Any:
    """Drop empty lists and fields at their default, keeping every value's ``kind`` (the schema needs it)."""
    if isinstance(data, dict):
        out = {}
        for key, value in data.items():
            value = _clean(value)
            if value in ([], {}, False) or (key == "status" and value == "verified") or (
                    key == "kind" and value == "other"):
                continue
            out[key] = value
        return out
    if isinstance(data, list):
        return [_clean(v) for v in data]
    return data


def add_parser(sub: Any) -> None:
    """The ``draft`` subcommand."""
    d = sub.add_parser("draft", help="propose a claims file from a source article, for an editor to review",
                       description="Read a source article and propose one claim per checkable statement, "
                                   "with typed values, entities and provenance. Review every claim before use.")
    d.add_argument("source", metavar="SOURCE", help="the source article (Markdown or plain text)")
    d.add_argument("-o", "--output", metavar="FILE", help="write the claims file here (never over an existing file)")
    d.add_argument("--source-id", metavar="ID", help="id of the source in provenance (default: from the title)")
    d.add_argument("--language", default=DEFAULT_LANGUAGE, help="the source's language (default: en)")
    d.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.source)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"factcheck: {path}: cannot read source: {exc}", file=sys.stderr)
        return 2
    if args.output and Path(args.output).exists():
        print(f"factcheck: {args.output}: already exists; not overwritten (choose another name or remove it)",
              file=sys.stderr)
        return 2
    record = draft(text, str(path), source_id=args.source_id, language=args.language)
    out = to_json(record)
    if args.output:
        try:
            with open(args.output, "x", encoding="utf-8") as handle:
                handle.write(out)
        except FileExistsError:
            print(f"factcheck: {args.output}: already exists; not overwritten", file=sys.stderr)
            return 2
        print(f"wrote {len(record.claims)} claims and {len(record.entities)} entities to {args.output}; "
              "review every claim, then run: factcheck validate --explain " + args.output, file=sys.stderr)
    else:
        sys.stdout.write(out)
    return 0


__all__ = ["add_parser", "draft", "find_entities", "to_json"]
