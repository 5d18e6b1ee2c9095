"""The ``factcheck`` command: parse arguments, call the library, print, return an exit code.

Exit codes: 0 clean, 1 findings at or above ``--fail-on`` (or invalid claims
for ``validate``), 2 usage or input errors. The code is decided here, once,
from the report; formatters only render.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from factcheck import __version__
from factcheck.baseline import BaselineError, write_baseline
from factcheck.claimbase import DEFAULT_MIN_SCORE, ClaimBase, build
from factcheck.config import ConfigError, Settings, find_config, load_settings
from factcheck.errors import Problem
from factcheck.findings import Verdict
from factcheck.formats import FORMATS, get_formatter, write_atomic
from factcheck.importer import ImportError_, import_table
from factcheck.loader import anchor_problems, anchored_sources, as_json, load_files
from factcheck.records import SLUG
from factcheck.run import check_files
from factcheck.walk import WalkError, find_files

OK, FINDINGS, USAGE = 0, 1, 2
FAIL_LEVELS = {"contradicted": Verdict.contradicted, "unverified": Verdict.unverified,
               "uncovered": Verdict.uncovered, "never": None}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description="Check text against verified claim records.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    v = sub.add_parser("validate", help="validate claims files")
    v.add_argument("paths", nargs="*", default=["claims"], metavar="PATH")
    v.add_argument("--source", action="append", default=[], metavar="[ID=]ARTICLE",
                   help="also check that anchors occur in this source text")
    v.add_argument("--format", choices=("text", "json"), default="text")

    c = sub.add_parser("check", help="check text files against the claims")
    c.add_argument("paths", nargs="*", default=["."], metavar="PATH", help="files, folders, or - for stdin")
    c.add_argument("--claims", action="append", metavar="DIR")
    c.add_argument("--format", choices=sorted(FORMATS))
    c.add_argument("--report", action="append", metavar="FORMAT:PATH", help="also write a report file")
    c.add_argument("--fail-on", choices=sorted(FAIL_LEVELS))
    c.add_argument("--uncovered", action=argparse.BooleanOptionalAction, default=None,
                   help="also report checkable statements no claim covers (implied by --fail-on uncovered)")
    c.add_argument("--exclude", action="append", default=[], metavar="GLOB")
    c.add_argument("--baseline", metavar="FILE", help="report only findings not in this baseline")
    c.add_argument("--write-baseline", metavar="FILE", help="record today's findings and exit 0")
    c.add_argument("--config", metavar="FILE", help="settings file (default: found by walking up)")
    c.add_argument("--report-unused-suppressions", action="store_true")
    c.add_argument("--no-color", action="store_true")

    s = sub.add_parser("search", help="rank claims by how well they match a text")
    s.add_argument("text")
    s.add_argument("--claims", action="append", metavar="DIR")
    s.add_argument("-k", type=_positive, default=5)
    s.add_argument("--format", choices=("text", "json"), default="text")

    i = sub.add_parser("import", help="turn a CSV/TSV table of statements into a claims file")
    i.add_argument("table")
    i.add_argument("--id-field", required=True)
    i.add_argument("--text-field", required=True)
    i.add_argument("--source-id")
    i.add_argument("-o", "--output", required=True)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "validate":
            return _validate(args.paths, args.source, args.format)
        if args.command == "check":
            return _check(args)
        if args.command == "search":
            return _search(args)
        return _import(args)
    except (ConfigError, WalkError, BaselineError, ImportError_) as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return USAGE
    except OSError as exc:  # a file the run had to write or read outside the checked documents
        print(f"factcheck: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        return 130


def _print_problems(problems: Sequence[Problem], stream: TextIO | None = None) -> None:
    for problem in problems:
        print(problem, file=stream or sys.stderr)


def _validate(paths: list[str], sources: list[str], fmt: str) -> int:
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        for p in missing:
            print(f"factcheck: {p}: no such file or directory", file=sys.stderr)
        return USAGE
    files, problems = load_files(paths)
    checked = 0
    for spec in sources:
        source_id, _, article = spec.partition("=")
        if not article or not re.fullmatch(SLUG, source_id):
            source_id, article = "", spec
        if not source_id:
            ids = anchored_sources(files)
            if len(ids) != 1:
                print(f"factcheck: --source {spec}: say which source it is, as ID=FILE (ids: {', '.join(ids)})",
                      file=sys.stderr)
                return USAGE
            source_id = ids[0]
        try:
            text = Path(article).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"factcheck: {article}: cannot read source: {exc}", file=sys.stderr)
            return USAGE
        problems.extend(anchor_problems(files, source_id, text))
        checked += sum(1 for f in files for c in f.record.claims
                       if c.provenance and c.provenance.source == source_id and c.provenance.anchor)
    claims = sum(len(f.record.claims) for f in files)
    if fmt == "json":
        print(json.dumps({"valid": not problems, "files": len(files), "claims": claims,
                          "anchors_checked": checked, "problems": as_json(problems)}, indent=2))
    else:
        _print_problems(problems, sys.stdout)
        status = "invalid" if problems else "valid"
        anchors = f", {checked} anchors confirmed in the source" if checked and not problems else ""
        print(f"{len(files)} files, {claims} claims: {status}{anchors}"
              + (f" ({len(problems)} problems)" if problems else ""))
    return FINDINGS if problems else OK


def _settings(args: argparse.Namespace) -> Settings:
    path = Path(args.config) if args.config else find_config(Path.cwd())
    base = load_settings(path) if path else Settings()
    return base.merged(
        claims=args.claims,
        exclude=[*base.exclude, *args.exclude] if args.exclude else None,
        fail_on=args.fail_on,
        format=args.format,
        reports=[*base.reports, *args.report] if args.report else None,
        baseline=args.baseline,
        uncovered=args.uncovered,
    )


def _load_base(claims: Sequence[str], min_score: float = DEFAULT_MIN_SCORE) -> tuple[ClaimBase | None, int]:
    files, problems = load_files(claims)
    if problems:
        print("factcheck: the claims are invalid:", file=sys.stderr)
        _print_problems(problems)
        return None, USAGE
    return build((f.record for f in files), min_score=min_score), OK


def _check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    fmt = settings.format
    if os.environ.get("GITHUB_ACTIONS") == "true" and args.format is None and fmt == "text":
        fmt = "github"
    reports = []
    for spec in settings.reports:
        name, sep, target = spec.partition(":")
        if not sep or name not in FORMATS or not target:
            print(f"factcheck: --report {spec}: expected FORMAT:PATH with FORMAT one of "
                  f"{', '.join(sorted(FORMATS))}", file=sys.stderr)
            return USAGE
        reports.append((name, target))
    base, status = _load_base(settings.claims, settings.min_score)
    if base is None:
        return status
    files = find_files(args.paths, settings.include, settings.exclude, Path.cwd())
    progress = _progress if sys.stderr.isatty() and len(files) > 1 and not os.environ.get("CI") else None
    result = check_files(base, files, settings, stdin=sys.stdin.read, progress=progress,
                         root=Path.cwd())
    if progress is not None:
        print("\r\033[K", end="", file=sys.stderr)
    for error in result.errors:
        print(f"factcheck: {error}", file=sys.stderr)
    for problem in result.suppression_problems:
        print(f"factcheck: {problem}", file=sys.stderr)
    if args.write_baseline:
        recorded = result.checked or result.report
        write_baseline(Path(args.write_baseline), recorded, root=Path.cwd())
        print(f"wrote a baseline of {args.write_baseline} from {len(recorded.documents)} documents",
              file=sys.stderr)
        return USAGE if result.errors else OK
    color = fmt == "text" and sys.stdout.isatty() and not os.environ.get("NO_COLOR") and not args.no_color
    fail_level = settings.fail_verdict
    sys.stdout.write(get_formatter(fmt, color=color, fail_level=fail_level).render(result.report))
    for name, target in reports:
        try:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            formatter = get_formatter(name, base_dir=str(Path.cwd()), fail_level=fail_level)
            write_atomic(target, formatter.render(result.report))
        except OSError as exc:
            print(f"factcheck: {target}: cannot write report: {exc.strerror or exc}", file=sys.stderr)
            return USAGE
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt == "github" and summary_file:
        with open(summary_file, "a", encoding="utf-8") as handle:
            handle.write(get_formatter("markdown", fail_level=fail_level).render(result.report))
    if args.report_unused_suppressions:
        for path, unused in result.unused_suppressions:
            print(f"{path}: {unused.message}", file=sys.stderr)
    if result.errors:
        return USAGE
    return FINDINGS if result.report.fails(fail_level) else OK


def _progress(n: int, total: int, path: str) -> None:
    width = 24
    done = width * n // total
    print(f"\r[{'#' * done}{'.' * (width - done)}] {n}/{total} {path[-40:]}\033[K", end="", file=sys.stderr,
          flush=True)


def _search(args: argparse.Namespace) -> int:
    base, status = _load_base(args.claims or ["claims"])
    if base is None:
        return status
    results = base.search(args.text, k=args.k)
    if args.format == "json":
        print(json.dumps({"results": [{"claim_id": c.id, "score": s, "statement": c.statement}
                                      for c, s in results]}, indent=2, ensure_ascii=False))
    else:
        for claim, score in results:
            print(f"{score:.3f}  {claim.id}  {claim.statement}")
    return OK


def _import(args: argparse.Namespace) -> int:
    count = import_table(Path(args.table), id_field=args.id_field, text_field=args.text_field,
                         source_id=args.source_id, output=Path(args.output))
    print(f"wrote {count} claims to {args.output}")
    return OK
