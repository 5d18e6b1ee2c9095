"""The ``factcheck`` command: parse arguments, call the library, print, return an exit code.

Exit codes: 0 clean, 1 findings at or above ``--fail-on`` (or invalid claims
for ``validate``), 2 usage or input errors, 3 an internal error (a bug, never a
verdict). The code is decided here, once, from the report; formatters only render.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as _dt
import json
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from factcheck import __version__
from factcheck._gc import collector_paused

if TYPE_CHECKING:
    from factcheck.claimbase import ClaimBase
    from factcheck.config import Settings
    from factcheck.errors import Problem
    from factcheck.loader import LoadedFile
    from factcheck.run import CheckFailure

# Each command imports what it uses when it runs, so ``--version`` and ``check`` load only their own modules.

OK, FINDINGS, USAGE, INTERNAL = 0, 1, 2, 3
# the least severe verdict that fails a run, by name (the config file's ``fail_on`` reads the same names)
FAIL_LEVELS = ("contradicted", "unverified", "uncovered", "never")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    from factcheck.config import SHOW_CHOICES
    from factcheck.formats import FORMATS

    parser = _Parser(prog="factcheck", description="Check text against verified claim records.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    v = sub.add_parser("validate", help="validate claims files")
    v.add_argument("paths", nargs="*", metavar="PATH",
                   help="claims files or folders (default: the config file's claims, else claims)")
    v.add_argument("--source", action="append", default=[], metavar="[ID=]ARTICLE",
                   help="also check that anchors occur in this source text and that it contradicts none of "
                        "its own claims")
    v.add_argument("--strict", action="store_true", help="exit 1 on warnings too, not only on errors")
    v.add_argument("--explain", action="store_true",
                   help="also print, for each claim, the keywords and values read from its statement")
    v.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    v.add_argument("--config", metavar="FILE", help="settings file (default: found by walking up)")

    sc = sub.add_parser("schema", help="print the JSON Schema of claims files",
                        description="Print the JSON Schema claims files follow, as shipped with this version, "
                                    "for editors and other tools to validate claims files on their own.")
    sc.add_argument("-o", "--output", metavar="FILE", help="write it to this file instead of standard output")
    sc.set_defaults(run=_schema)

    c = sub.add_parser("check", help="check text files against the claims")
    c.add_argument("paths", nargs="*", default=["."], metavar="PATH", help="files, folders, or - for stdin")
    c.add_argument("--claims", action="append", metavar="DIR",
                   help="claims folder or file, repeatable (default: from the config file, else claims)")
    c.add_argument("--format", choices=sorted(FORMATS), help="format printed to standard output (default: text)")
    c.add_argument("--report", action="append", metavar="FORMAT:PATH", help="also write a report file")
    c.add_argument("--fail-on", choices=sorted(FAIL_LEVELS),
                   help="least severe verdict that makes the run exit 1 (default: contradicted)")
    c.add_argument("--uncovered", action=argparse.BooleanOptionalAction, default=None,
                   help="also report checkable statements no claim covers (implied by --fail-on uncovered)")
    c.add_argument("--show", choices=SHOW_CHOICES,
                   help="least severe findings the text and HTML reports list (default: problems; all adds "
                        "agreements); the summary counts everything")
    c.add_argument("-q", "--quiet", action="store_true", help="print the summary line only")
    c.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="leave out matching files when walking folders (.gitignore syntax, repeatable)")
    c.add_argument("--baseline", metavar="FILE", help="report only findings not in this baseline")
    c.add_argument("--write-baseline", metavar="FILE", help="record today's findings and exit 0")
    c.add_argument("--config", metavar="FILE", help="settings file (default: found by walking up)")
    c.add_argument("--report-unused-suppressions", action="store_true",
                   help="also list suppression comments that silence nothing")
    c.add_argument("--no-color", action="store_true", help="never colour the text output")
    c.add_argument("--no-cache", action="store_true",
                   help="build the claim base afresh and store nothing (default: reuse the one built last time "
                        "from the same claims files)")

    s = sub.add_parser("search", help="rank claims by how well they match a text")
    s.add_argument("text", help="the text to look up, in quotes")
    s.add_argument("--claims", action="append", metavar="DIR",
                   help="claims folder or file, repeatable (default: from the config file, else claims)")
    s.add_argument("-k", type=_positive, default=5, help="how many claims to list at most (default: 5)")
    s.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    s.add_argument("--config", metavar="FILE", help="settings file (default: found by walking up)")

    i = sub.add_parser("import", help="turn a CSV/TSV table of statements into a claims file")
    i.add_argument("table", help="CSV file (TSV when it ends in .tsv or .tab) with a header row")
    i.add_argument("--id-field", required=True, metavar="COLUMN", help="column holding each claim's id")
    i.add_argument("--text-field", required=True, metavar="COLUMN", help="column holding each statement")
    i.add_argument("--source-id", metavar="ID", help="declare a source with this id and cite it in every claim")
    i.add_argument("-o", "--output", required=True, metavar="FILE", help="claims file to write (the folder must exist)")
    c.add_argument("--allow-empty", action="store_true", default=None,
                   help="exit 0 when there is no document to check (default: that is an error, exit 2)")
    i.add_argument("--force", action="store_true", help="replace the output file if it exists")
    _add_claim_commands(sub, c)
    _add_draft(sub)
    _add_debug(parser, False)
    for command in sub.choices.values():
        _add_debug(command, argparse.SUPPRESS)
    return parser


def _later(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command's entry point, imported when it runs: building the parser must not load every command's code
    (``draft`` and ``explain`` alone import as much as ``check`` needs)."""

    def run(args: argparse.Namespace) -> int:
        import importlib

        return int(getattr(importlib.import_module(module), name)(args))

    return run


def _claims_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--claims", action="append", metavar="DIR",
                        help="claims folder or file, repeatable (default: from the config file, else claims)")


def _config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="settings file (default: found by walking up)")


def _add_claim_commands(sub: Any, check: argparse.ArgumentParser) -> None:
    """``claims``, ``explain`` and ``pre-commit`` (run by :mod:`factcheck.commands`); ``check`` lends
    ``pre-commit`` its options."""
    from factcheck.plain import Status

    c = sub.add_parser("claims", help="list the claim base", description="List the claims of the claim base.")
    _claims_option(c)
    c.add_argument("--id", metavar="GLOB", help="only claims whose id matches this glob, e.g. 'france-*'")
    c.add_argument("--entity", metavar="ID",
                   help="only claims that name this entity (or an entity that is part of it)")
    c.add_argument("--status", choices=[s.value for s in Status], help="only claims with this status")
    c.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    _config_option(c)
    c.set_defaults(run=_later("factcheck.commands", "list_claims"))

    e = sub.add_parser("explain", help="show a claim and examples of text that supports and contradicts it",
                       description="Show one claim: its values, entities, source and provenance, and two "
                                   "examples the checker confirms, one that supports the claim and one that "
                                   "contradicts it.")
    e.add_argument("claim_id", metavar="ID", help="the claim's id (see `factcheck claims`)")
    _claims_option(e)
    e.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    _config_option(e)
    e.set_defaults(run=_later("factcheck.commands", "explain"))

    p = sub.add_parser("pre-commit", parents=[check], conflict_handler="resolve",
                       help="what the pre-commit hook runs: check the staged files, or every article when a "
                            "claims file changed",
                       description="Check the files pre-commit passes. Claims files among them (JSON files "
                                   "inside a claims folder) are not articles: when one changed, every article "
                                   "the config file's include and exclude select is checked instead. Takes the "
                                   "options of `check`.")
    p.set_defaults(run=_pre_commit)


def _pre_commit(args: argparse.Namespace) -> int:
    from factcheck.commands import pre_commit

    return pre_commit(args, _check)


def _add_draft(sub: Any) -> None:
    """The ``draft`` subcommand (run by :mod:`factcheck.draft`)."""
    from factcheck.keywords import DEFAULT_LANGUAGE

    d = sub.add_parser("draft", help="propose a claims file from a source article, for an editor to review",
                       description="Read a source article and propose one claim per checkable statement, "
                                   "with typed values, entities and provenance. Review every claim before use.")
    d.add_argument("source", metavar="SOURCE", help="the source article (Markdown or plain text)")
    d.add_argument("-o", "--output", metavar="FILE", help="write the claims file here (never over an existing file)")
    d.add_argument("--source-id", metavar="ID", help="id of the source in provenance (default: from the title)")
    d.add_argument("--language", default=DEFAULT_LANGUAGE, help="the source's language (default: en)")
    d.add_argument("--published", metavar="YYYY-MM-DD", type=_dt.date.fromisoformat,
                   help="the source's publication date, to resolve the days it names relative to itself "
                        "(\"on Friday\"); default: the front matter's 'published', if any")
    d.set_defaults(run=_later("factcheck.draft", "run"))


def _add_debug(parser: argparse.ArgumentParser, default: object) -> None:
    """``--debug`` is accepted before or after the command; a subcommand's default must not hide the global one."""
    with contextlib.suppress(argparse.ArgumentError):  # a command that defines its own keeps it
        parser.add_argument("--debug", action="store_true", default=default,
                            help="on an internal error, print the traceback")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        print(f"factcheck {__version__}")  # what argparse prints, without building every command's parser
        return OK
    with collector_paused():
        args = _parser().parse_args(argv)
    debug = bool(getattr(args, "debug", False))
    try:
        if args.command == "validate":
            from factcheck.commands import config_settings
            from factcheck.infer import explain
            from factcheck.loader import load_files

            paths = args.paths or list(config_settings(args.config).claims)
            status = _validate(paths, args.source, args.format, separate=bool(args.paths), strict=args.strict)
            if args.explain and args.format == "text":
                print("\n".join(explain(f.record for f in load_files(paths, partial=True)[0] if f.complete)))
            return status
        if args.command == "check":
            return _check(args)
        if args.command == "search":
            from factcheck.commands import search

            return search(args)
        if args.command == "import":
            return _import(args)
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if isinstance(exc, _usage_errors()):
            print(f"factcheck: {exc}", file=sys.stderr)
            return USAGE
        if isinstance(exc, OSError):  # a file the run had to write or read outside the checked documents
            print(f"factcheck: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
            return USAGE
        # a bug: exit 3, so CI never mistakes it for a verdict (1) or bad input (2)
        if debug:
            traceback.print_exc()
        print(f"factcheck: internal error: {type(exc).__name__}: {str(exc)[:300]}", file=sys.stderr)
        print(_BUG_HINT if debug else f"{_BUG_HINT}; run again with --debug for the traceback", file=sys.stderr)
        return INTERNAL


_BUG_HINT = "factcheck: this is a bug in factcheck, not a problem with the input"


def run() -> int:
    """The ``factcheck`` program: :func:`main`, then an exit that does not walk the heap.

    At exit the interpreter collects garbage over every object the run made (the modules, the claim base,
    the report), which cost a one-article check about 30 ms of its 250. Nothing a run leaves needs it:
    files are closed where they are written and standard output is flushed at exit all the same. So the
    objects are frozen out of the collector's view first. Kept out of :func:`main`, which tests and
    embedders call many times in one process, where frozen objects would never be freed.
    """
    import gc

    code = main()
    gc.freeze()
    return code


def find_files(*args: Any, **kwargs: Any) -> list[Path | Literal["-"]]:
    """:func:`factcheck.walk.find_files`, imported when a check walks its paths."""
    from factcheck.walk import find_files as walk

    return walk(*args, **kwargs)


def _usage_errors() -> tuple[type[Exception], ...]:
    """The errors that are the user's input, not a bug: each names the file or option at fault."""
    from factcheck.baseline import BaselineError
    from factcheck.config import ConfigError
    from factcheck.importer import ImportError_
    from factcheck.walk import WalkError

    return ConfigError, WalkError, BaselineError, ImportError_


def _print_problems(problems: Sequence[Problem], stream: TextIO | None = None) -> None:
    for problem in problems:
        print(problem, file=stream or sys.stderr)


def _validate(paths: list[str], sources: list[str], fmt: str, *, separate: bool = False,
              strict: bool = False) -> int:
    """Errors, warnings and the source self-check in one run, in file and line order.

    With ``separate``, each folder named is a claim base of its own (the stories of a test corpus), and the
    files named one by one form one more; otherwise everything is one base, as ``check`` reads it.
    """
    from factcheck.lint import lint, self_check
    from factcheck.loader import anchor_problems, anchored_sources, as_json, load_files
    from factcheck.records import SLUG

    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        for p in missing:
            print(f"factcheck: {p}: no such file or directory", file=sys.stderr)
        return USAGE
    loose = [p for p in paths if not Path(p).is_dir()]
    groups = [*([p] for p in paths if Path(p).is_dir()), *([loose] if loose else [])] if separate else [paths]
    bases = [load_files(group, partial=True) for group in groups]
    files = list({f.path: f for loaded, _found in bases for f in loaded}.values())
    problems = [p for _loaded, found in bases for p in found]
    texts: dict[str, str] = {}
    read_from: dict[str, str] = {}
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
        texts[source_id], read_from[source_id] = text, article
        for loaded, _found in bases:
            if any(_cites(f, source_id) for f in loaded):
                problems.extend(anchor_problems(loaded, source_id, text))
                problems.extend(self_check(loaded, source_id, text, article))
        checked += sum(1 for f in files for c in f.record.claims
                       if c.provenance and c.provenance.source == source_id and c.provenance.anchor)
    warnings = [advice for loaded, _found in bases for advice in lint(loaded, texts, source_paths=read_from)]
    order = {f.path: n for n, f in enumerate(files)}

    def place(problem: Problem) -> tuple[int, int, int]:
        return order.get(problem.path, -1), problem.line or 0, problem.column or 0

    problems = sorted(dict.fromkeys(problems), key=place)
    warnings = sorted(dict.fromkeys(warnings), key=lambda advice: place(advice.problem))
    valid = [f for f in files if f.complete]
    claims = sum(len(f.record.claims) for f in valid)
    if fmt == "json":
        print(json.dumps({"valid": not problems, "files": len(valid), "claims": claims,
                          "anchors_checked": checked, "problems": as_json(problems),
                          "warnings": [advice.as_json() for advice in warnings]}, indent=2))
    else:
        lines = [(place(p), str(p)) for p in problems] + [(place(a.problem), str(a)) for a in warnings]
        for _place, line in sorted(lines, key=lambda item: item[0]):
            print(line)
        status = "invalid" if problems else "valid"
        anchors = f", {checked} anchors confirmed in the source" if checked and not problems else ""
        counts = [f"{len(problems)} problems"] * bool(problems) + [f"{len(warnings)} warnings"] * bool(warnings)
        print(f"{len(valid)} files, {claims} claims: {status}{anchors}" + (f" ({', '.join(counts)})" if counts else ""))
    return FINDINGS if problems or (strict and warnings) else OK


def _cites(f: LoadedFile, source_id: str) -> bool:
    return (f.record.source is not None and f.record.source.id == source_id) or any(
        c.provenance is not None and c.provenance.source == source_id for c in f.record.claims)


def _schema(args: argparse.Namespace) -> int:
    from factcheck.formats import write_atomic
    from factcheck.schemas import packaged_schema

    text = packaged_schema()
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return OK


def _settings(args: argparse.Namespace) -> tuple[Settings, Path | None]:
    """The run's settings, and the config file they were read from (found once: finding it reads TOML)."""
    from factcheck.config import ConfigError, Settings, find_config, load_settings
    from factcheck.formats import FORMATS

    for spec in args.report or ():
        name, sep, target = spec.partition(":")
        if not sep or name not in FORMATS or not target:
            raise ConfigError(f"--report {spec}", None, f"expected FORMAT:PATH with FORMAT one of "
                                                        f"{', '.join(sorted(FORMATS))}")
    path = Path(args.config) if args.config else find_config(Path.cwd())
    base = load_settings(path) if path else Settings()
    settings = base.merged(
        claims=args.claims,
        exclude=[*base.exclude, *args.exclude] if args.exclude else None,
        fail_on=args.fail_on,
        format=args.format,
        reports=[*base.reports, *args.report] if args.report else None,
        baseline=args.baseline,
        uncovered=args.uncovered,
        show=args.show,
        allow_empty=getattr(args, "allow_empty", None),
    )
    return settings, path


def _keep_for_the_process() -> None:
    """Everything made so far out of every later collection: it lives as long as the process. A
    command-line process only; the library never freezes its caller's objects."""
    import gc

    gc.freeze()


def _load_base(claims: Sequence[str], min_score: float | None = None,
               cache: bool = True) -> tuple[ClaimBase | None, int]:
    from factcheck.claimbase import DEFAULT_MIN_SCORE, load_base

    if min_score is None:
        min_score = DEFAULT_MIN_SCORE

    base, problems = load_base(claims, min_score=min_score, cache=cache)
    if base is None:
        print("factcheck: the claims are invalid:", file=sys.stderr)
        _print_problems(problems)
        return None, USAGE
    # The base lives as long as this process too, and a large one has hundreds of thousands of containers
    # that every collection while the documents are checked would walk again (20 ms of a check against
    # 10,000 claims).
    _keep_for_the_process()
    return base, OK


def _check(args: argparse.Namespace) -> int:
    with collector_paused():
        from factcheck.formats import FORMATS, get_formatter, write_atomic
        from factcheck.formats.base import repository_root
        from factcheck.run import check_files

        settings, config = _settings(args)
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
        _keep_for_the_process()
    base, status = _load_base(settings.claims, settings.min_score, cache=not args.no_cache)
    if base is None:
        return status
    files = find_files(args.paths, settings.include, settings.exclude, Path.cwd())
    if not files and not settings.allow_empty:
        print(f"factcheck: no documents to check in {' '.join(args.paths)} (looked for "
              f"{', '.join(settings.include)}); pass --allow-empty or set allow_empty = true to accept that",
              file=sys.stderr)
        return USAGE
    # SARIF and annotations name files from the repository root, where GitHub resolves them; baseline
    # entries are relative to it too, and report paths inside it may not leave it.
    root = repository_root(Path.cwd(), config)
    if args.write_baseline and settings.baseline and not os.path.lexists(settings.baseline):
        settings = dataclasses.replace(settings, baseline=None)  # nothing accepted yet: the first baseline
    progress = _progress if sys.stderr.isatty() and len(files) > 1 and not os.environ.get("CI") else None
    result = check_files(base, files, settings, stdin=sys.stdin.buffer.read, progress=progress,
                         root=Path(root))
    if progress is not None:
        print("\r\033[K", end="", file=sys.stderr)
    for error in result.errors:
        print(f"factcheck: {error}", file=sys.stderr)
    for problem in result.suppression_problems:
        print(f"factcheck: {problem}", file=sys.stderr)
    debug = bool(getattr(args, "debug", False))
    if args.write_baseline and result.failures:
        _print_failures(result.failures, debug)
        return INTERNAL  # a baseline without the failed documents would turn their findings into new ones
    if args.write_baseline:
        from factcheck.baseline import write_baseline  # only this run writes one

        recorded = result.checked or result.report
        write_baseline(Path(args.write_baseline), recorded, root=Path(root))
        print(f"wrote a baseline of {args.write_baseline} from {len(recorded.documents)} documents",
              file=sys.stderr)
        return USAGE if result.errors else OK
    color = fmt == "text" and sys.stdout.isatty() and not os.environ.get("NO_COLOR") and not args.no_color
    fail_level = settings.fail_verdict
    show = settings.show_verdict
    sys.stdout.write(get_formatter(fmt, color=color, fail_level=fail_level, show=show, quiet=args.quiet,
                                   base_dir=root).render(result.report))
    unwritten = False
    for name, target in reports:
        try:
            formatter = get_formatter(name, base_dir=root, fail_level=fail_level, show=show)
            if target == "-":
                sys.stdout.write(formatter.render(result.report))
            else:
                write_atomic(target, formatter.render(result.report), root=root, make_parents=True)
        except OSError as exc:
            print(f"factcheck: {target}: cannot write report: {exc.strerror or exc}", file=sys.stderr)
            unwritten = True
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt == "github" and summary_file:
        with open(summary_file, "a", encoding="utf-8") as handle:
            handle.write(get_formatter("markdown", fail_level=fail_level).render(result.report))
    if args.report_unused_suppressions:
        for path, unused in result.unused_suppressions:
            print(f"{path}: {unused.message}", file=sys.stderr)
    if result.failures:
        _print_failures(result.failures, debug)
        return INTERNAL
    if result.errors or unwritten:
        return USAGE
    return FINDINGS if result.report.fails(fail_level) else OK


def _print_failures(failures: Sequence[CheckFailure], debug: bool) -> None:
    for failure in failures:
        if debug:
            print(failure.traceback, end="", file=sys.stderr)
        print(f"factcheck: {failure}", file=sys.stderr)
    print(_BUG_HINT if debug else f"{_BUG_HINT}; run again with --debug for the traceback", file=sys.stderr)


def _progress(n: int, total: int, path: str) -> None:
    width = 24
    done = width * n // total
    print(f"\r[{'#' * done}{'.' * (width - done)}] {n}/{total} {path[-40:]}\033[K", end="", file=sys.stderr,
          flush=True)


def _import(args: argparse.Namespace) -> int:
    from factcheck.config import find_config
    from factcheck.formats.base import repository_root
    from factcheck.importer import import_table

    count = import_table(Path(args.table), id_field=args.id_field, text_field=args.text_field,
                         source_id=args.source_id, output=Path(args.output), force=args.force,
                         root=Path(repository_root(Path.cwd(), find_config(Path.cwd()))))
    print(f"wrote {count} claims to {args.output}")
    return OK
