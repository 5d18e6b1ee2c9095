"""How good is a drafted claim base? Draft one from each story's source, then score it like the hand-written one.

    python bench/draft.py [--split dev|test] [--story NAME] [--show]

For every story of ``tests/articles`` (dev stories by default), the source article is found from the
claims' source title (the story's own articles, then ``../shared/seed``), ``factcheck draft`` proposes a
base from it (with the publication date the claims give the source, as an editor would pass
``--published``), and the article evaluation runs twice: with the hand-written base and with the drafted one.
The labels name hand-written claims, so each drafted claim is aligned to the hand-written claim it states
(shared values first, wording second) and its findings are reported under that id; a drafted claim
aligned to none keeps its own id, so any contradiction it raises counts as false.

Printed per story: planted recall and false contradictions of both bases, the ratio of the recalls (the
target is at least 0.8), contradictions the drafted base raises on its own source (the target is none),
and how many fields of the hand-written base an editor would still add or correct on the draft.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from rapidfuzz import fuzz

from factcheck.claimbase import ClaimBase
from factcheck.draft import draft
from factcheck.evaluation import evaluate_story, find_stories, load_story
from factcheck.findings import Report, Verdict
from factcheck.records import Claim, ClaimsFile, Entity

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "articles"
SEED = ROOT.parent / "shared" / "seed"


def _first_line(path: Path) -> str:
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()
    return ""


def find_source(folder: Path, title: str, hand: ClaimBase) -> Path | None:
    """The source the hand-written claims were verified against: among the articles whose headline is
    close to the claims' source title (the story's own, then the seed), the one where most of those
    claims are found supported."""
    candidates = sorted(folder.glob("*.md"))
    if SEED.is_dir():
        candidates += sorted(SEED.glob("*.txt"))
    close = [p for p in candidates if fuzz.token_set_ratio(title.lower(), _first_line(p).lower()) >= 60]

    def supported(path: Path) -> int:
        report = hand.check(path.read_text(encoding="utf-8-sig"), path.name)
        return len({f.claim_id for _d, f in report.findings() if f.verdict is Verdict.supported})

    return max(close, key=supported) if close else None


def _names(entity: Entity) -> set[str]:
    return {n.lower() for n in (entity.name, *entity.aliases)}


def _entity_map(drafted: ClaimsFile, hand: ClaimBase) -> dict[str, str]:
    """Drafted entity id -> hand-written entity id, when they share a name or alias."""
    hand_names = {}
    for entity_id in _hand_entities(hand):
        entity = hand.entities.get(entity_id)
        if entity is not None:
            for name in _names(entity):
                hand_names.setdefault(name, entity_id)
    out = {}
    for entity in drafted.entities:
        match = next((hand_names[n] for n in sorted(_names(entity)) if n in hand_names), None)
        if match is not None:
            out[entity.id] = match
    return out


def _hand_entities(hand: ClaimBase) -> list[str]:
    ids = {str(getattr(v, "entity")) for c in hand.claims for v in c.values if hasattr(v, "entity")}  # noqa: B009
    ids |= {a for c in hand.claims for a in c.attribution}
    for claim in hand.claims:
        for value in claim.values:
            entity = getattr(value, "entity", None)
            if entity:
                ids.update(hand.entities.ancestors(str(entity)))
    return sorted(ids)


def _key(value: object, entities: dict[str, str]) -> tuple[str, str]:
    """A comparable form of a typed value: drafted entities translated to hand-written ids."""
    kind = str(getattr(value, "kind"))  # noqa: B009
    if hasattr(value, "entity"):
        entity = str(getattr(value, "entity"))  # noqa: B009
        return kind, entities.get(entity, "draft:" + entity)
    if hasattr(value, "iso"):
        return kind, str(getattr(value, "iso"))  # noqa: B009
    if kind == "date":
        return kind, "-".join(str(getattr(value, part)) for part in ("year", "month", "day"))
    return kind, f"{float(getattr(value, 'number')):g}"  # noqa: B009


def align(drafted: ClaimsFile, hand: ClaimBase, entities: dict[str, str]) -> dict[str, str]:
    """Drafted claim id -> the hand-written claim it states (shared values first, wording second): two
    shared values, or one with similar wording, or very similar wording alone."""
    out = {}
    for claim in drafted.claims:
        mine = {_key(v, entities) for v in claim.values}
        best, best_score = None, 0.0
        for other in hand.claims:
            theirs = {_key(v, entities) for v in other.values}
            shared = len(mine & theirs)
            words = fuzz.token_set_ratio(claim.statement.lower(), other.statement.lower()) / 100
            score = shared + words
            if (shared >= 2 or (shared and words >= 0.45) or words >= 0.75) and score > best_score:
                best, best_score = other.id, score
        if best is not None:
            out[claim.id] = best
    return out


def renamed(report: Report, ids: dict[str, str]) -> Report:
    """The report with each drafted claim's findings under the hand-written claim it is aligned to."""
    documents = []
    for doc in report.documents:
        findings = []
        for finding in doc.findings:
            if finding.claim is not None and finding.claim.id in ids:
                finding = dataclasses.replace(finding, claim=dataclasses.replace(finding.claim,
                                                                                  id=ids[finding.claim.id]))
            findings.append(finding)
        documents.append(dataclasses.replace(doc, findings=tuple(findings)))
    return dataclasses.replace(report, documents=tuple(documents))


def field_differences(drafted: ClaimsFile, hand: ClaimBase, ids: dict[str, str],
                      entities: dict[str, str]) -> dict[str, int]:
    """What an editor still does to turn the draft into the hand-written base, counted in fields.

    ``fields``: typed values, attributions and non-default statuses of the hand-written claims;
    ``matched``: those the draft already has right on an aligned claim; ``to_add_or_fix``: the rest;
    ``to_remove``: drafted values no aligned hand-written claim holds; ``missing_claims``: hand-written
    claims no drafted claim states; ``extra_claims``: drafted claims aligned to none.
    """
    by_hand: dict[str, list[Claim]] = {}
    for claim in drafted.claims:
        if claim.id in ids:
            by_hand.setdefault(ids[claim.id], []).append(claim)
    total = matched = extra = 0
    missing = 0
    for claim in hand.claims:
        wanted = {_key(v, entities) for v in claim.values}
        wanted |= {("attribution", a) for a in claim.attribution}
        if claim.status.value != "verified":
            wanted.add(("status", claim.status.value))
        total += len(wanted)
        drafts = by_hand.get(claim.id, [])
        if not drafts:
            missing += 1
            continue
        have: set[tuple[str, str]] = set()
        for d in drafts:
            have |= {_key(v, entities) for v in d.values}
            have |= {("attribution", entities.get(a, "draft:" + a)) for a in d.attribution}
            if d.status.value != "verified":
                have.add(("status", d.status.value))
        matched += len(wanted & have)
        extra += len(have - wanted)
    return {"fields": total, "matched": matched, "to_add_or_fix": total - matched, "to_remove": extra,
            "missing_claims": missing, "extra_claims": sum(1 for c in drafted.claims if c.id not in ids)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    parser.add_argument("--story")
    parser.add_argument("--show", action="store_true", help="print each drafted claim and its alignment")
    args = parser.parse_args()
    rows = []
    for folder in find_stories(ARTICLES):
        if args.story and folder.name != args.story:
            continue
        story, hand = load_story(folder)
        if not args.story and args.split != "all" and story.split != args.split:
            continue
        source_meta = next(iter(hand.sources.values()), None)
        if source_meta is None or not source_meta.title:
            print(f"{folder.name}: the claims name no source title; skipped", file=sys.stderr)
            continue
        source = find_source(folder, source_meta.title, hand)
        if source is None:
            print(f"{folder.name}: source article not found (../shared/seed is needed for the seed story); "
                  "skipped", file=sys.stderr)
            continue
        text = source.read_text(encoding="utf-8-sig")
        drafted = draft(text, source.name, source_id=source_meta.id, title=source_meta.title,
                        language=source_meta.language or "en", published=source_meta.published)
        base = ClaimBase(drafted.claims, drafted.entities, (drafted.source,) if drafted.source else ())
        entities = _entity_map(drafted, hand)
        ids = align(drafted, hand, entities)
        own = sum(1 for _d, f in base.check(text, source.name).findings() if f.verdict is Verdict.contradicted)
        hand_tally = evaluate_story(story, base=hand).tally
        draft_tally = evaluate_story(story, checker=lambda t, p, base=base, ids=ids: renamed(base.check(t, p), ids),
                                     base=hand).tally
        diff = field_differences(drafted, hand, ids, entities)
        rows.append((story.name, story.split, source.name, len(hand), len(drafted.claims), hand_tally,
                     draft_tally, own, diff))
        if args.show:
            print(f"\n{story.name}: drafted from {source.name}")
            for claim in drafted.claims:
                values = ", ".join("=".join(_key(v, entities)) for v in claim.values)
                print(f"  {claim.id} -> {ids.get(claim.id, '(none)')}: {claim.statement[:70]} [{values}]")
    print("| story | source | claims hand/draft | recall hand | recall draft | ratio | false contr. hand "
          "| false contr. draft | contradictions on own source | fields matched | to add or fix | to remove "
          "| hand claims missing | draft claims extra |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, split, source_name, n_hand, n_draft, h, d, own, diff in rows:
        ratio = d.recall / h.recall if h.recall else 0.0
        print(f"| {name} ({split}) | {source_name} | {n_hand}/{n_draft} | {h.recall:.3f} ({h.caught}/{h.planted}) "
              f"| {d.recall:.3f} ({d.caught}/{d.planted}) | {ratio:.2f} | {h.false_contradictions} "
              f"| {d.false_contradictions} | {own} | {diff['matched']}/{diff['fields']} | {diff['to_add_or_fix']} "
              f"| {diff['to_remove']} | {diff['missing_claims']} | {diff['extra_claims']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
