"""The benchmark scripts' code paths, run small: the synthetic base generator and the CLEF loader and measure.

The benchmarks themselves take minutes; these checks take a second and catch a generator that
produces claims the matcher cannot use, or a MAP@5 that is computed wrongly. No timings are asserted.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import clef  # noqa: E402
import run as bench_run  # noqa: E402
import synthetic  # noqa: E402

from factcheck.claimbase import ClaimBase  # noqa: E402
from factcheck.document import read_text  # noqa: E402
from factcheck.index import BM25Index, terms  # noqa: E402
from factcheck.records import SLUG, ActorValue, CountValue, DateValue, TargetValue  # noqa: E402

CLAIMS = ROOT / "claims"


# --- synthetic claim bases -----------------------------------------------------------------------


def test_generated_claims_are_unique_typed_and_reference_known_entities() -> None:
    claims, entities = synthetic.generate(200, seed=5)
    assert len(claims) == 200
    assert len({c.id for c in claims}) == 200
    assert all(re.match(SLUG, c.id) for c in claims)
    entity_ids = [e.id for e in entities]
    assert len(set(entity_ids)) == len(entity_ids)
    names = Counter(n.lower() for e in entities for n in (e.name, *e.aliases, *e.demonyms))
    assert max(names.values()) == 1, "an invented name resolves to two entities"
    known = set(entity_ids)
    plain = [c for c in claims if not c.keywords]
    typed = [c for c in claims if c.keywords]
    assert 5 <= len(plain) <= 40  # about a tenth are bare archive statements
    assert all(not c.values for c in plain)
    for claim in typed:
        kinds = {type(v) for v in claim.values}
        assert {ActorValue, TargetValue, DateValue} <= kinds, claim.id
        for value in claim.values:
            entity = getattr(value, "entity", None)
            assert entity is None or entity in known, (claim.id, entity)
            if isinstance(value, CountValue):
                assert value.phrase and value.phrase.split()[0] in claim.statement
            if isinstance(value, DateValue):
                assert str(value.year) in claim.statement
    assert len({c.keywords for c in typed}) > 10  # many actions, each shared by several claims


def test_generation_is_reproducible_and_the_seed_matters() -> None:
    first, _ = synthetic.generate(50, seed=1)
    again, _ = synthetic.generate(50, seed=1)
    other, _ = synthetic.generate(50, seed=2)
    assert [c.statement for c in first] == [c.statement for c in again]
    assert [c.statement for c in first] != [c.statement for c in other]


def test_entity_budget_grows_slower_than_the_base() -> None:
    small, large = synthetic.entity_budget(1_000), synthetic.entity_budget(100_000)
    assert small < large < 100 * small


def test_synthetic_base_keeps_the_seed_claims_and_does_not_change_their_findings() -> None:
    seed_claims, seed_entities = synthetic.seed_records(CLAIMS)
    claims, entities = synthetic.synthetic_base(200, CLAIMS)
    assert len(claims) == 200
    assert [c.id for c in claims[: len(seed_claims)]] == [c.id for c in seed_claims]
    assert len({c.id for c in claims}) == 200
    base = ClaimBase(claims, entities)
    seed_base = ClaimBase(seed_claims, seed_entities)

    # a synthetic claim is found from its own wording
    target = claims[-1]
    assert base.search(target.statement, 5)[0][0].id == target.id

    # the invented parties and actions must not capture sentences about the seed story
    text = synthetic.article(40, seed=3)

    def ids(b: ClaimBase) -> list[tuple[str | None, str]]:
        return [(f.claim_id, f.verdict.value) for _d, f in b.check(text, "a.txt").findings()]
    assert ids(base) == ids(seed_base)
    assert any(claim_id is not None for claim_id, _ in ids(base))


def test_article_has_the_requested_number_of_sentences() -> None:
    text = synthetic.article(60, seed=9)
    assert len(read_text(text, "a.txt").sentences) == 60
    assert "\n\n" in text  # paragraphs, not one block


# --- CLEF loader and measure ---------------------------------------------------------------------


def _tiny_clef(root: Path) -> None:
    """Four verified claims (one quoted over two lines, as in the real file) and a few tweets per split."""
    (root / "verified_claims.docs.tsv").write_text(
        "\tvclaim\ttitle\n"
        "0\tThe city council banned plastic bags in shops.\tPlastic Bag Ban\n"
        '1\t"A famous singer said the moon landing\nwas filmed in a studio."\tMoon Landing Quote\n'
        "2\tEating carrots improves night vision dramatically.\t\n"
        "3\tThe bridge will be closed for repairs all summer.\tBridge Closure\n",
        encoding="utf-8",
    )
    splits = {
        "train": ("0\tCouncil bans plastic bags in every shop! http://t.co/x\n"
                  "1\tsinger claims moon landing filmed in studio\n", "0 0 0 1\n1 0 1 1\n"),
        "dev": ("5\tdo carrots really improve night vision?\n", "5 0 2 1\n"),
        "test": ("7\tthe bridge closed for repairs this summer\n8\tnothing relevant here at all\n",
                 "7 0 3 1\n8 0 0 1\n8 0 2 1\n"),
    }
    for split, (queries, qrels) in splits.items():
        (root / split).mkdir()
        (root / split / "tweets.queries.tsv").write_text("\ttweet_content\n" + queries, encoding="utf-8")
        (root / split / "tweet-vclaim-pairs.qrels").write_text(qrels.replace(" ", "\t"), encoding="utf-8")


def test_clef_loader_reads_quoted_claims_titles_queries_and_qrels(tmp_path: Path) -> None:
    _tiny_clef(tmp_path)
    data = clef.load(tmp_path)
    assert [c.id for c in data.claims] == ["vclaim-0", "vclaim-1", "vclaim-2", "vclaim-3"]
    assert data.claims[1].statement == "A famous singer said the moon landing\nwas filmed in a studio."
    assert data.claims[1].aliases == ("Moon Landing Quote",)
    assert data.claims[2].aliases == ()  # empty title: no alias
    assert [t for t, _ in data.queries["train"]] == ["0", "1"]
    assert data.qrels["test"]["8"] == frozenset({"vclaim-0", "vclaim-2"})
    assert clef.claim_id(" 12 ") == "vclaim-12"


def test_clef_search_and_bm25_find_the_obvious_claims(tmp_path: Path) -> None:
    _tiny_clef(tmp_path)
    data = clef.load(tmp_path)
    base = clef.build_base(data)
    for rank in (clef.search_ranker(base), clef.bm25_ranker(data.claims)):
        # train and dev tweets each name their claim plainly: first place every time
        assert clef.mean_average_precision(rank, data.queries["train"], data.qrels["train"]) == 1.0
        assert clef.mean_average_precision(rank, data.queries["dev"], data.qrels["dev"]) == 1.0
        # tweet 8 shares no word with any claim: it scores 0 and halves the split's mean
        assert clef.mean_average_precision(rank, data.queries["test"], data.qrels["test"]) == 0.5


def test_tuning_rerank_reproduces_search_with_shipped_settings(tmp_path: Path) -> None:
    _tiny_clef(tmp_path)
    data = clef.load(tmp_path)
    base = ClaimBase(data.claims)
    index = BM25Index(terms(clef._index_text(c)) for c in data.claims)
    for split in clef.SPLITS:
        for _tweet, text in data.queries[split]:
            cands = clef._candidates(data.claims, index, text, 100)
            shipped = clef._rerank(cands, 0.6, 30, "token_sort_ratio", "order")
            assert shipped == [c.id for c, _ in base.search(text, 5)]


@pytest.mark.parametrize(
    ("ranked", "relevant", "expected"),
    [
        (["a", "b", "c"], {"a"}, 1.0),
        (["x", "a"], {"a"}, 0.5),
        (["a", "x", "b"], {"a", "b"}, (1 + 2 / 3) / 2),
        (["x", "y", "z", "w", "v", "a"], {"a"}, 0.0),  # beyond rank 5
        (["x", "a"], {"a", "b"}, 0.25),  # one of two relevant claims found, at rank 2
        ([], {"a"}, 0.0),
        (["a"], set(), 0.0),
    ],
)
def test_average_precision_at_5(ranked: list[str], relevant: set[str], expected: float) -> None:
    assert clef.average_precision(ranked, relevant, 5) == pytest.approx(expected)


def test_judged_tweet_without_query_text_counts_as_zero() -> None:
    qrels = {"1": frozenset({"a"}), "2": frozenset({"b"})}
    assert clef.mean_average_precision(lambda _text: ["a"], [("1", "t")], qrels) == 0.5


def test_run_skips_clef_when_the_data_is_absent(tmp_path: Path) -> None:
    lines = bench_run.clef_table(tmp_path / "absent")
    assert len(lines) == 1
    assert "only present in the development workspace" in lines[0]


# --- section 5: targets of a CI gate -------------------------------------------------------------


def test_written_base_loads_with_the_requested_number_of_claims(tmp_path: Path) -> None:
    from factcheck.claimbase import load_claims

    folder = bench_run.write_base(120, tmp_path / "claims")
    base = load_claims(folder)
    assert len(base) == 120
    assert {p.name for p in folder.iterdir()} >= {p.name for p in CLAIMS.glob("*.json")} | {"synthetic.json"}


def test_markdown_article_is_a_heading_and_the_requested_sentences() -> None:
    document = read_text(bench_run.markdown_article(12, seed=4), "a.md")
    assert document.sentences[0].heading and document.sentences[0].text == "Diplomats expelled"
    assert len(document.sentences) == 13


def test_read_versus_check_times_a_read_and_a_check_of_every_sentence() -> None:
    read_ms, check_ms, count = bench_run._read_vs_check(30)
    assert count == 31  # the heading and the thirty sentences
    assert read_ms > 0 and check_ms > 0
