"""Lint the claim base that ships in ``claims/``.

These checks use the pydantic records only, so the data can be trusted on its
own: a broken reference, an unattributed allegation or an anchor that drifted
from its source would otherwise surface only as a puzzling verdict at check time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from factcheck.records import ActorValue, Claim, ClaimsFile, PlaceValue, Status, TargetValue

REPO = Path(__file__).resolve().parents[1]
CLAIMS_DIR = REPO / "claims"
SEED_ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_63eb337d2ba5c646.txt"
SEED_SOURCE_ID = "france-azerbaijan-expulsions"

MAX_ANCHOR_WORDS = 8
SHARED_RUN = 8  # a statement sharing this many consecutive words with its source is copied, not rewritten

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"'})
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Straight quotes and single spaces, so anchors need not reproduce the article's typography."""
    return " ".join(text.translate(_QUOTES).split())


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text).lower())


def paragraphs(text: str) -> list[str]:
    """Non-empty blocks separated by blank lines, the counting the provenance format uses (title = 1)."""
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def keyword_words(text: str) -> list[str]:
    """Lowercase words as the keyword gate sees them: hyphens split, a possessive 's dropped."""
    tokens = re.findall(r"\w+(?:'\w+)*", normalise(text).lower())
    return [t[:-2] if t.endswith("'s") else t for t in tokens]


def keyword_hit(keyword: str, text: str) -> bool:
    """A keyword's words each start consecutive words of the text: 'expel' reaches 'expelled'."""
    needle = keyword_words(keyword)
    hay = keyword_words(text)
    return any(all(hay[i + k].startswith(w) for k, w in enumerate(needle)) for i in range(len(hay) - len(needle) + 1))


def longest_shared_run(text: str, source: str) -> int:
    """The most consecutive words ``text`` has in common with ``source``."""
    a, b = words(text), words(source)
    best = 0
    previous = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        current = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def claim_files() -> list[Path]:
    return sorted(CLAIMS_DIR.glob("*.json"))


@cache
def load(path: Path) -> ClaimsFile:
    return ClaimsFile.model_validate_json(path.read_text(encoding="utf-8"))


def all_claims() -> Iterator[tuple[Path, Claim]]:
    for path in claim_files():
        for claim in load(path).claims:
            yield path, claim


def entity_ids() -> set[str]:
    return {entity.id for path in claim_files() for entity in load(path).entities}


@pytest.fixture(scope="module")
def article() -> str:
    if not SEED_ARTICLE.exists():
        pytest.skip("the seed article is only present beside the repository in the development and CI workspace")
    return SEED_ARTICLE.read_text(encoding="utf-8")


def seed_claims() -> list[Claim]:
    return [
        claim
        for _path, claim in all_claims()
        if claim.provenance is not None and claim.provenance.source == SEED_SOURCE_ID
    ]


# --- structure -----------------------------------------------------------------------------


def test_claims_directory_has_the_seed_files() -> None:
    names = {path.name for path in claim_files()}
    assert {"entities.json", "france-azerbaijan-expulsions.json"} <= names


@pytest.mark.parametrize("path", claim_files(), ids=lambda p: p.name)
def test_file_parses_and_declares_the_schema(path: Path) -> None:
    claims_file = load(path)
    assert claims_file.schema_ == "../schemas/claims.schema.json"


def test_claim_ids_are_unique_across_files() -> None:
    counts = Counter(claim.id for _path, claim in all_claims())
    assert [claim_id for claim_id, n in counts.items() if n > 1] == []


def test_entity_ids_are_unique_across_files() -> None:
    counts = Counter(entity.id for path in claim_files() for entity in load(path).entities)
    assert [entity_id for entity_id, n in counts.items() if n > 1] == []


def test_entity_names_resolve_to_one_entity() -> None:
    owners: dict[str, set[str]] = {}
    for path in claim_files():
        for entity in load(path).entities:
            for name in (entity.name, *entity.aliases, *entity.demonyms):
                owners.setdefault(normalise(name).casefold(), set()).add(entity.id)
    assert {name: ids for name, ids in owners.items() if len(ids) > 1} == {}


def test_every_referenced_entity_exists() -> None:
    known = entity_ids()
    missing: list[str] = []
    for path in claim_files():
        for entity in load(path).entities:
            if entity.part_of is not None and entity.part_of not in known:
                missing.append(f"{entity.id}.part_of -> {entity.part_of}")
    for _path, claim in all_claims():
        for value in claim.values:
            if isinstance(value, ActorValue | TargetValue | PlaceValue) and value.entity not in known:
                missing.append(f"{claim.id}.{value.kind} -> {value.entity}")
        missing.extend(f"{claim.id}.attribution -> {who}" for who in claim.attribution if who not in known)
    assert missing == []


def test_part_of_has_no_cycles() -> None:
    parent = {e.id: e.part_of for path in claim_files() for e in load(path).entities}
    for start in parent:
        seen = {start}
        current = parent.get(start)
        while current is not None:
            assert current not in seen, f"part_of cycle through {start}"
            seen.add(current)
            current = parent.get(current)


def test_capitals_belong_to_their_countries() -> None:
    entities = {e.id: e for path in claim_files() for e in load(path).entities}
    assert entities["paris"].part_of == "france"
    assert entities["baku"].part_of == "azerbaijan"
    assert entities["armenian-separatists"].part_of is None


def test_the_entity_list_covers_many_countries() -> None:
    countries = [e for path in claim_files() for e in load(path).entities if e.kind.value == "country"]
    assert len(countries) >= 60
    assert [country.id for country in countries if not country.demonyms] == []


# --- claim content -------------------------------------------------------------------------


def test_alleged_claims_say_who_alleges_them() -> None:
    unattributed = [
        claim.id for _path, claim in all_claims() if claim.status is Status.alleged and not claim.attribution
    ]
    assert unattributed == []


def test_keywords_are_lowercase() -> None:
    upper = [(claim.id, kw) for _path, claim in all_claims() for kw in claim.keywords if kw != kw.lower()]
    assert upper == []


def test_keywords_have_no_possessives() -> None:
    """Text is matched with "'s" dropped, so a keyword spelled "azerbaijan's" could never match."""
    possessive = [
        (claim.id, kw) for _path, claim in all_claims() for kw in claim.keywords if re.search(r"\w['’]s\b", kw)
    ]
    assert possessive == []


def test_provenance_names_a_declared_source() -> None:
    sources = {source.id for path in claim_files() if (source := load(path).source) is not None}
    orphans = [
        claim.id
        for _path, claim in all_claims()
        if claim.provenance is not None and claim.provenance.source not in sources
    ]
    assert orphans == []


def test_anchors_are_short() -> None:
    long_anchors = [
        (claim.id, claim.provenance.anchor)
        for _path, claim in all_claims()
        if claim.provenance is not None
        and claim.provenance.anchor is not None
        and len(claim.provenance.anchor.split()) > MAX_ANCHOR_WORDS
    ]
    assert long_anchors == []


# --- against the seed article --------------------------------------------------------------


def test_seed_claims_exist() -> None:
    assert len(seed_claims()) >= 17


def test_anchors_occur_in_their_paragraph(article: str) -> None:
    blocks = paragraphs(article)
    misplaced: list[str] = []
    for claim in seed_claims():
        prov = claim.provenance
        assert prov is not None and prov.paragraph is not None and prov.anchor is not None, claim.id
        assert prov.paragraph <= len(blocks), claim.id
        if normalise(prov.anchor) not in normalise(blocks[prov.paragraph - 1]):
            misplaced.append(f"{claim.id}: ¶{prov.paragraph} {prov.anchor!r}")
    assert misplaced == []


def test_keywords_reach_the_sourced_paragraph(article: str) -> None:
    """A claim with keywords must pass its own gate on the paragraph it cites, or it could never match it."""
    blocks = paragraphs(article)
    unreachable = [
        claim.id
        for claim in seed_claims()
        if claim.keywords
        and claim.provenance is not None
        and claim.provenance.paragraph is not None
        and not any(keyword_hit(kw, blocks[claim.provenance.paragraph - 1]) for kw in claim.keywords)
    ]
    assert unreachable == []


def test_statements_are_in_own_words(article: str) -> None:
    copied = [
        f"{claim.id}: {text}"
        for _path, claim in all_claims()
        for text in (claim.statement, *claim.aliases)
        if longest_shared_run(text, article) >= SHARED_RUN
    ]
    assert copied == []


# --- the guide's examples -------------------------------------------------------------------


def guide_files() -> list[ClaimsFile]:
    """The whole-file examples in docs/claims.md: editors copy them, so they must be valid."""
    guide = (REPO / "docs" / "claims.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", guide, flags=re.S)
    return [ClaimsFile.model_validate_json(block) for block in blocks if block.lstrip().startswith("{\n")]


def test_guide_examples_are_valid_and_self_contained() -> None:
    files = guide_files()
    assert len(files) >= 2
    for example in files:
        known = {entity.id for entity in example.entities}
        sources = {example.source.id} if example.source else set()
        for claim in example.claims:
            assert claim.status is not Status.alleged or claim.attribution, claim.id
            assert all(kw == kw.lower() for kw in claim.keywords), claim.id
            refs = [getattr(v, "entity") for v in claim.values if hasattr(v, "entity")]  # noqa: B009
            assert set(refs) | set(claim.attribution) <= known, claim.id
            assert claim.provenance is None or claim.provenance.source in sources, claim.id


def test_guide_example_shows_every_value_kind() -> None:
    kinds = {value.kind for example in guide_files() for claim in example.claims for value in claim.values}
    assert kinds == {"count", "quantity", "duration", "date", "place", "actor", "target"}


def test_helpers_detect_what_they_guard() -> None:
    """The lint helpers themselves: quotes, paragraph counting, keyword prefixes and copied runs."""
    assert normalise("Azerbaijan’s  embassy\n in Paris") == "Azerbaijan's embassy in Paris"
    assert paragraphs("Title\n\nOne.\n \nTwo.\n") == ["Title", "One.", "Two."]
    assert keyword_hit("expel", "France expelled two diplomats")
    assert keyword_hit("kick out", "Baku kicked out two staff")
    assert keyword_hit("azerbaijan ambassador", "summoning Azerbaijan’s ambassador")
    assert keyword_hit("tit for tat", "a tit-for-tat move")
    assert not keyword_hit("expulsion", "France expelled two diplomats")
    source = "In a widening rift, France has expelled two diplomats from the embassy in Paris."
    copy = "France has expelled two diplomats from the embassy in Paris today"
    assert longest_shared_run(copy, source) == 10
    assert longest_shared_run("Paris sent two envoys home", source) == 1
