"""Every benchmark figure of factcheck, printed as Markdown tables: ``python bench/run.py [--quick]``.

Five questions, each answered in the same run and on the same machine so the
figures can be compared with each other:

1. How fast is a long article checked, and how does that cost grow with the
   claim base (seed claims, then synthetic bases of 1k, 10k and 100k claims)?
   Each base is built and measured in a fresh process, so its peak memory is
   its own and not what an earlier, larger base left behind.
2. What does one ``ClaimBase.search`` cost at 10k claims, beside the BM25
   lookup it starts from?
3. How long does the command line take to start?
4. How good is ``search`` at finding the claim a text is about (CLEF
   CheckThat! 2020 task 2, MAP@5), beside plain BM25?
5. Does a CI gate meet its targets: a one-article check against the cost of importing pydantic and
   rapidfuzz, a repeated run on a 10k-claim base against the seed base, check time against reading
   and parsing the same Markdown, the memory of a 50 MB article, and 1,000 small files?

Progress goes to stderr; stdout is only the report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import clef
import synthetic

from factcheck import __version__
from factcheck.claimbase import ClaimBase
from factcheck.document import Sentence, read_text
from factcheck.index import BM25Index, terms
from factcheck.keywords import KeywordIndex
from factcheck.mentions import extract
from factcheck.records import Claim

REPO = Path(__file__).resolve().parent.parent
CLAIMS = REPO / "claims"


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _mib(kib: int) -> float:
    """``ru_maxrss`` is in KiB on Linux."""
    return kib / 1024


# --- 1. check throughput -------------------------------------------------------------------------


@dataclass(frozen=True)
class Throughput:
    label: str
    claims: int
    entities: int
    load_s: float
    build_s: float
    idle_rss_mib: float
    peak_rss_mib: float
    sentences: int
    check_s: float
    check_runs: int
    candidates: float  # claims whose keywords a sentence uses, on average: what the matcher must judge
    candidates_named: float  # of those, claims naming a party the sentence names
    findings: int


def _candidates(base: ClaimBase, sentences: Sequence[Sentence]) -> tuple[float, float]:
    """Mean claims per sentence that share a keyword with it, and of those, the ones that also name
    a party the sentence names (what an entity filter before scoring would leave)."""
    keywords = KeywordIndex((i, c.keywords) for i, c in enumerate(base.claims) if c.keywords)
    registry = base.entities
    parties = [{getattr(v, "entity") for v in c.values if hasattr(v, "entity")} | set(c.attribution)  # noqa: B009
               for c in base.claims]
    shared: list[int] = []
    named: list[int] = []
    for sentence in sentences:
        mentions = extract(sentence.text, registry)
        found = keywords.occurrences([t.low for t in mentions.tokens])
        present = {p.mention.entity for p in mentions.parties}
        shared.append(len(found))
        named.append(sum(1 for i in found
                         if any(registry.compatible(a, b) for a in present for b in parties[i])))
    return statistics.fmean(shared), statistics.fmean(named)


def measure_throughput(label: str, size: int | None, sentences: int) -> Throughput:
    """Load (or generate) one base, build its indexes, check the article once. Runs in its own process."""
    idle = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    if size is None:
        claims, entities = synthetic.seed_records(CLAIMS)
    else:
        claims, entities = synthetic.synthetic_base(size, CLAIMS)
    loaded = time.perf_counter()
    base = ClaimBase(claims, entities)
    # ClaimBase builds its matcher and search index on first use: force both so build time is all here
    base.search("France expelled two Azerbaijani diplomats", 5)
    base.check("France expelled two Azerbaijani diplomats.")
    built = time.perf_counter()
    text = synthetic.article(sentences)
    document = read_text(text, "article.txt")
    # up to three checks, stopping once 15 s are spent: the median damps a noisy neighbour on small bases
    times: list[float] = []
    while len(times) < 3 and sum(times) < 15:
        began = time.perf_counter()
        report = base.check(text, "article.txt")
        times.append(time.perf_counter() - began)
    check_s = statistics.median(times)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    judged, named = _candidates(base, document.sentences)
    return Throughput(label, len(base), len(entities), loaded - started, built - loaded, _mib(idle), _mib(peak),
                      len(document.sentences), check_s, len(times), judged, named,
                      sum(1 for _ in report.findings()))


def throughput_table(sizes: Sequence[int], sentences: int) -> list[str]:
    runs: list[tuple[str, int | None]] = [("seed `claims/`", None)]
    runs += [(f"synthetic {n // 1000}k", n) for n in sizes]
    results: list[Throughput] = []
    for label, size in runs:
        _log(f"throughput: {label}")
        # one fresh interpreter per base: ru_maxrss only ever grows, so a shared process would hide small bases
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            results.append(pool.submit(measure_throughput, label, size, sentences).result())
    reference = next((r for r in results if r.claims >= 1000), results[0])
    per_sentence = reference.check_s / reference.sentences
    lines = [
        "| claim base | claims | entities | load/generate s | build s | peak RSS MiB | check s | sentences/s "
        "| cost vs 1k | claims sharing a keyword per sentence | of which name a party (judged) | findings |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r.label} | {r.claims:,} | {r.entities:,} | {r.load_s:.2f} | {r.build_s:.2f} | "
            f"{r.peak_rss_mib:.0f} | {r.check_s:.2f} | {r.sentences / r.check_s:,.0f} | "
            f"{r.check_s / r.sentences / per_sentence:.1f}× | {r.candidates:.1f} | {r.candidates_named:.1f} | "
            f"{r.findings:,} |"
        )
    lines.append("")
    lines.append(
        f"Article: {results[0].sentences:,} sentences of plain text, about 60 % on the France–Azerbaijan "
        "expulsions (true, altered and uncovered statements), the rest unrelated local news. "
        "*Load/generate*: reading the seed files, plus generating the synthetic claims as pydantic records. "
        "*Build*: `ClaimBase(claims, entities)` and the first `search` and `check`, which build the "
        "matcher and the search index. *Check*: `ClaimBase.check(article)`, sentence splitting "
        "included; the median of three runs, or of fewer when they pass 15 s "
        f"(runs: {', '.join(str(r.check_runs) for r in results)}). "
        "*Peak RSS*: the measuring process's `ru_maxrss` after the check "
        f"(an idle worker that has imported factcheck: {results[0].idle_rss_mib:.0f} MiB). "
        "*Cost vs 1k*: check time per sentence relative to the 1k base. *Claims sharing a keyword*: "
        "claims whose keywords the sentence uses (mean over sentences); this grows with the base. "
        "*Of which name a party*: the claims the matcher actually judges, since its keyword index is "
        "intersected with the sentence's parties before any claim is scored; this stays flat, and the "
        "check time with it."
    )
    return lines


# --- 2. search latency ---------------------------------------------------------------------------


def _queries(claims: Sequence[Claim], count: int, seed: int = 11) -> list[str]:
    """Half article sentences, half claim wordings with a third of their words dropped (a rough paraphrase)."""
    rng = random.Random(seed)
    doc = read_text(synthetic.article(max(count, 200), seed=seed))
    picked = [s.text for s in rng.sample(doc.sentences, count // 2)]
    for claim in rng.sample(list(claims), count - len(picked)):
        words = (claim.aliases[0] if claim.aliases and rng.random() < 0.5 else claim.statement).split()
        kept = [w for w in words if rng.random() > 0.33] or words
        picked.append(" ".join(kept))
    rng.shuffle(picked)
    return picked


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def latency_table(size: int, count: int) -> list[str]:
    _log(f"search latency: {size // 1000}k claims, {count} queries")
    claims, entities = synthetic.synthetic_base(size, CLAIMS)
    base = ClaimBase(claims, entities)
    index = BM25Index(terms(" ".join((c.statement, *c.aliases))) for c in claims)
    queries = _queries(claims, count)
    base.search(queries[0], 5)  # builds the index
    index.top(terms(queries[0]), 5)
    timings: dict[str, list[float]] = {"`ClaimBase.search(text, k=5)`": [], "plain BM25 top-5": []}
    search_t, bm25_t = timings.values()
    for query in queries:
        began = time.perf_counter()
        base.search(query, 5)
        middle = time.perf_counter()
        index.top(terms(query), 5)
        ended = time.perf_counter()
        search_t.append((middle - began) * 1000)
        bm25_t.append((ended - middle) * 1000)
    lines = ["| method | median ms | p95 ms | mean ms |", "| --- | ---: | ---: | ---: |"]
    for name, values in timings.items():
        lines.append(f"| {name} | {statistics.median(values):.3f} | {_percentile(values, 0.95):.3f} | "
                     f"{statistics.fmean(values):.3f} |")
    lines.append("")
    lines.append(
        f"{len(queries)} queries against the synthetic {size // 1000}k base ({len(claims):,} claims): half "
        "sentences of the article, half claim wordings with about a third of their words dropped; both "
        "methods timed on each query in turn, after one warm-up query. The baseline indexes statement "
        "and aliases; `search` also indexes keywords and entity names, then re-ranks its BM25 shortlist "
        "by fuzzy similarity."
    )
    return lines


# --- 3. CLI start-up -----------------------------------------------------------------------------


def _bytecode_env(folder: Path) -> dict[str, str]:
    """The environment of a measured command, with compiled bytecode kept in ``folder``.

    An installed package runs from compiled bytecode; a checkout run with PYTHONDONTWRITEBYTECODE (or
    from a read-only tree) would compile every module of factcheck at every start while the libraries it
    is compared with load theirs compiled. The untimed first run fills ``folder`` for every module alike.
    """
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(folder))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _wall(command: Sequence[str], runs: int, env: dict[str, str] | None = None) -> tuple[list[float], int]:
    subprocess.run(command, cwd=REPO, capture_output=True, check=False, env=env)  # warm the file cache
    times = []
    code = 0
    for _ in range(runs):
        began = time.perf_counter()
        done = subprocess.run(command, cwd=REPO, capture_output=True, check=False, env=env)
        times.append((time.perf_counter() - began) * 1000)
        code = done.returncode
    return times, code


def startup_table(runs: int) -> list[str]:
    _log(f"CLI start-up: {runs} runs each")
    script = shutil.which("factcheck")
    validate = [script] if script else [sys.executable, "-m", "factcheck"]
    commands = {
        "`python -m factcheck --version`": [sys.executable, "-m", "factcheck", "--version"],
        "`factcheck validate claims/`": [*validate, "validate", "claims/"],
        "`python -c \"import factcheck.cli\"` (imports only)": [sys.executable, "-c", "import factcheck.cli"],
        "`python -c pass` (interpreter alone)": [sys.executable, "-c", "pass"],
    }
    lines = ["| command | median ms | min ms | max ms | exit code |", "| --- | ---: | ---: | ---: | ---: |"]
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        env = _bytecode_env(Path(tmp) / "pycache")
        measured = {name: _wall(command, runs, env) for name, command in commands.items()}
    for name, (times, code) in measured.items():
        lines.append(f"| {name} | {statistics.median(times):.0f} | {min(times):.0f} | {max(times):.0f} | {code} |")
    lines.append("")
    how = "the installed `factcheck` script" if script else "`python -m factcheck` (no `factcheck` on PATH)"
    lines.append(f"Wall time of {runs} runs each after one untimed run, from the repository root, with "
                 f"bytecode compiled as an installed package has it; `validate` runs through {how}.")
    return lines


# --- 4. CLEF -------------------------------------------------------------------------------------


def clef_table(root: Path) -> list[str]:
    if not root.is_dir():
        return [f"Skipped: the CLEF CheckThat! 2020 data (`{root}`) is only present in the development "
                "workspace, not in this checkout."]
    _log("CLEF CheckThat! 2020 task 2")
    data = clef.load(root)
    began = time.perf_counter()
    base = clef.build_base(data)
    search = clef.search_ranker(base)
    search("warm-up")
    build_s = time.perf_counter() - began
    rankers: dict[str, Callable[[str], list[str]]] = {"search": search, "bm25": clef.bm25_ranker(data.claims)}
    lines = ["| split | tweets | `ClaimBase.search` MAP@5 | plain BM25 MAP@5 | search ms/tweet |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for split in clef.SPLITS:
        queries, qrels = data.queries[split], data.qrels[split]
        began = time.perf_counter()
        found = clef.mean_average_precision(rankers["search"], queries, qrels)
        per_query = (time.perf_counter() - began) * 1000 / max(1, len(queries))
        plain = clef.mean_average_precision(rankers["bm25"], queries, qrels)
        lines.append(f"| {split} | {len(qrels)} | {found:.4f} | {plain:.4f} | {per_query:.2f} |")
    lines.append("")
    lines.append(
        f"{len(data.claims):,} verified claims (statement = claim, alias = title), built in {build_s:.2f} s. "
        "MAP@5 as the task defines it: per tweet, the precision at each of the first five ranks that holds "
        "a relevant claim, summed and divided by the number of relevant claims; mean over judged tweets. "
        "Plain BM25 ranks by `BM25Index` over claim and title alone, which is exactly the shortlist "
        "`search` re-ranks. `search` runs with its shipped settings; any tuning (`python bench/clef.py "
        "--tune`) looks at train and dev only, and test is reported, never tuned on."
    )
    return lines


# --- 5. targets of a CI gate ---------------------------------------------------------------------


def _env(cache: Path) -> dict[str, str]:
    """The environment of a measured command: its own cache folder, compiled bytecode, and the checkout
    first on the path."""
    env = dict(_bytecode_env(cache.parent / "pycache"), FACTCHECK_CACHE_DIR=str(cache), CI="true")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def _timed(command: Sequence[str], runs: int, env: dict[str, str], cwd: Path = REPO) -> tuple[float, int]:
    """Median wall ms of ``runs`` runs after one untimed run (which also fills the cache), and the exit code."""
    subprocess.run(command, cwd=cwd, capture_output=True, check=False, env=env)
    times = []
    code = 0
    for _ in range(runs):
        began = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, capture_output=True, check=False, env=env)
        times.append((time.perf_counter() - began) * 1000)
        code = done.returncode
    return statistics.median(times), code


def _paired(first: Sequence[str], second: Sequence[str], runs: int, env: dict[str, str]) -> tuple[float, float, int]:
    """Median wall ms of each of two commands run in turn, ``runs`` times each after one untimed run of
    both, and the second's exit code. Taking turns, the two meet the same load on the machine: timed one
    batch after the other, a ratio of the two moved with whatever else ran meanwhile."""
    for command in (first, second):
        subprocess.run(command, cwd=REPO, capture_output=True, check=False, env=env)
    times: tuple[list[float], list[float]] = ([], [])
    code = 0
    for _ in range(runs):
        for command, out in zip((first, second), times, strict=True):
            began = time.perf_counter()
            done = subprocess.run(command, cwd=REPO, capture_output=True, check=False, env=env)
            out.append((time.perf_counter() - began) * 1000)
            code = done.returncode
    return statistics.median(times[0]), statistics.median(times[1]), code


# one-article check against the imports: at least this many runs each, the ratio being a CI target
_PAIRED_RUNS = 15


def write_base(size: int, folder: Path) -> Path:
    """The seed claims files plus one file of generated claims: a claims folder of ``size`` claims."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(CLAIMS.glob("*.json")):
        shutil.copy(path, folder / path.name)
    seed_claims, seed_entities = synthetic.seed_records(CLAIMS)
    claims, entities = synthetic.synthetic_base(size, CLAIMS)
    known = {e.id for e in seed_entities}
    data = {"entities": [e.model_dump(mode="json", exclude_none=True) for e in entities if e.id not in known],
            "claims": [c.model_dump(mode="json", exclude_none=True, by_alias=True)
                       for c in claims[len(seed_claims):]]}
    (folder / "synthetic.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def markdown_article(sentences: int, seed: int = 7) -> str:
    """The benchmark article as Markdown: a heading, then its paragraphs."""
    return "# Diplomats expelled\n\n" + synthetic.article(sentences, seed=seed)


def _read_vs_check(sentences: int) -> tuple[float, float, int]:
    """Median ms to read and parse a Markdown article, and to check it once read (seed claims)."""
    base = ClaimBase(*synthetic.seed_records(CLAIMS))
    text = markdown_article(sentences)
    base.check(text[:2000], "warm.md")
    reads, checks = [], []
    count = 0
    for _ in range(3):
        began = time.perf_counter()
        document = read_text(text, "article.md")
        middle = time.perf_counter()
        base.check_document(document)
        ended = time.perf_counter()
        reads.append((middle - began) * 1000)
        checks.append((ended - middle) * 1000)
        count = len(document.sentences)
    return statistics.median(reads), statistics.median(checks), count


def _peak(command: Sequence[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall s and peak RSS MiB of one run of ``command`` in a fresh process."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode; "
             "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)")
    done = subprocess.run([sys.executable, "-c", probe, *command], cwd=REPO, capture_output=True, text=True,
                          check=True, env=env)
    wall, rss, code = done.stdout.split()
    return float(wall), _mib(int(rss)), int(code)


def targets_table(runs: int, big_mb: float, small_files: int, base_size: int) -> list[str]:
    """The figures a CI gate is judged by, each beside the target it must meet."""
    _log("CI targets: start-up, claim-base cache, read vs check, a big article, many files")
    cli = [sys.executable, "-m", "factcheck"]
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        root = Path(tmp)
        env = _env(root / "cache")
        article = "examples/desk-draft.md"
        imports, one, code = _paired([sys.executable, "-c", "import pydantic, rapidfuzz"],
                                     [*cli, "check", article, "--claims", "claims"], max(runs, _PAIRED_RUNS), env)
        rows.append(("one-article CLI check (`factcheck check examples/desk-draft.md`)",
                     f"{one:.0f} ms (exit {code})", f"{one / imports:.2f}× `import pydantic, rapidfuzz` "
                     f"({imports:.0f} ms)", "≤ 1.5×"))
        version, _ = _timed([*cli, "--version"], runs, env)
        rows.append(("`factcheck --version`", f"{version:.0f} ms", f"{version / imports:.2f}× the imports", "—"))

        _log(f"CI targets: a {base_size // 1000}k-claim base")
        big_base = write_base(base_size, root / "claims-big")
        seed_run, _ = _timed([*cli, "check", article, "--claims", "claims"], runs, env)
        big_run, code = _timed([*cli, "check", article, "--claims", str(big_base)], runs, env)
        rows.append((f"repeated run, {base_size // 1000}k-claim base", f"{big_run:.0f} ms (exit {code})",
                     f"{big_run / seed_run:.2f}× the seed base ({seed_run:.0f} ms)", "≤ 2×"))
        began = time.perf_counter()
        subprocess.run([*cli, "check", article, "--claims", str(big_base), "--no-cache"], cwd=REPO,
                       capture_output=True, check=False, env=env)
        cold = time.perf_counter() - began
        rows.append((f"first run, {base_size // 1000}k-claim base (no cache)", f"{cold:.1f} s", "", "—"))

        _log("CI targets: read and parse vs check")
        read_ms, check_ms, count = _read_vs_check(2_000)
        rows.append((f"check time per sentence ({count:,}-sentence Markdown article, seed claims)",
                     f"{check_ms * 1000 / count:.0f} µs",
                     f"{check_ms / read_ms:.2f}× reading and parsing it ({read_ms * 1000 / count:.0f} µs)",
                     "≤ 3×"))

        _log(f"CI targets: a {big_mb:g} MB article")
        unit = markdown_article(2_000)
        big = root / "big.md"
        big.write_text((unit * int(big_mb * 1e6 / len(unit) + 1))[: int(big_mb * 1e6)], encoding="utf-8")
        wall, rss, code = _peak([*cli, "check", str(big), "--claims", "claims"], env)
        rows.append((f"a {big_mb:g} MB Markdown article", f"{rss:,.0f} MiB peak RSS (exit {code})",
                     f"{wall:.0f} s, {big.stat().st_size / 1e6 / wall:.2f} MB/s", "< 1 GiB"))

        _log(f"CI targets: {small_files:,} small files")
        folder = root / "many"
        folder.mkdir()
        for n in range(small_files):
            (folder / f"{n:04d}.md").write_text(markdown_article(6, seed=n), encoding="utf-8")
        many, code = _timed([*cli, "check", str(folder), "--claims", "claims"], max(1, runs // 3), env)
        rows.append((f"{small_files:,} small files (6 sentences each)", f"{many / 1000:.2f} s (exit {code})",
                     f"{many / small_files:.1f} ms a file", "< 2 s"))
    lines = ["| measure | figure | relative | target |", "| --- | ---: | --- | --- |"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    lines.append("")
    lines.append(
        f"Wall times are medians of {runs} runs after one untimed run, which also builds the claim-base cache "
        "and compiles the bytecode of every module imported, factcheck's and the libraries' alike (both kept "
        "in a temporary folder for this report); the one-article check and the imports it is compared with "
        f"run in turn, {max(runs, _PAIRED_RUNS)} times each, so both meet the same load on the machine. "
        "Every command runs through `python -m factcheck` "
        "from the repository root, exit code 1 meaning findings were reported. The per-sentence row is "
        "measured in one process: `read_text` on the Markdown, then `ClaimBase.check_document` on the "
        "document read. Peak RSS is the checking process's `ru_maxrss`. The big article and the small files "
        "repeat the benchmark article's paragraphs."
    )
    return lines


# --- report --------------------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _revision() -> str:
    """The commit measured, and whether the working tree differed from it."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "outside a git checkout"
    return f"at commit {head}" + (" with uncommitted changes in tracked files" if dirty else "")


def machine(argv: Sequence[str], elapsed: float) -> list[str]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    command = " ".join(["python", "bench/run.py", *argv])
    return [
        f"Python {platform.python_version()} ({platform.python_implementation()}) on {platform.system()} "
        f"{platform.release()} ({platform.machine()}), {_cpu_model()}, {usable} usable cores of "
        f"{os.cpu_count()}; factcheck {__version__}. Every measurement runs on one core, except the "
        "command-line runs of section 5, which may check files on every usable core. "
        f"Command: `{command}`, run from the repository root {_revision()} on "
        f"{dt.date.today().isoformat()}; "
        f"whole run {elapsed / 60:.1f} min."
    ]


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description="Print factcheck's benchmark figures as Markdown.")
    parser.add_argument("--quick", action="store_true",
                        help="smaller run: 500-sentence article, bases up to 10k, 100 queries, 3 CLI runs, "
                             "a 5 MB article instead of 50 MB")
    parser.add_argument("--section", type=int, action="append", choices=range(1, 6), metavar="N",
                        help="run only section N (repeatable; default: all five)")
    parser.add_argument("--clef", type=Path, default=clef.default_root(REPO),
                        help="CLEF CheckThat! 2020 task 2 data folder")
    args = parser.parse_args(args_list)
    started = time.perf_counter()
    sentences, sizes, queries, runs = (500, (1_000, 10_000), 100, 3) if args.quick else \
        (2_000, (1_000, 10_000, 100_000), 200, 10)
    big_mb = 5.0 if args.quick else 50.0
    measures: list[tuple[str, Callable[[], list[str]]]] = [
        ("1. Check throughput", lambda: throughput_table(sizes, sentences)),
        ("2. Search latency at 10k claims", lambda: latency_table(10_000, queries)),
        ("3. CLI start-up", lambda: startup_table(runs)),
        ("4. Search quality: CLEF CheckThat! 2020 task 2 (English)", lambda: clef_table(args.clef)),
        ("5. Targets of a CI gate", lambda: targets_table(runs, big_mb, 1_000, 10_000)),
    ]
    chosen = set(args.section or range(1, len(measures) + 1))
    sections = [(title, measure()) for n, (title, measure) in enumerate(measures, 1) if n in chosen]
    # third-level headings, so the report can sit under a section of a README as it is
    out: list[str] = []
    for title, lines in sections:
        out += [f"### {title}", "", *lines, ""]
    out += ["### Machine", "", *machine(args_list, time.perf_counter() - started)]
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
