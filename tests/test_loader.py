"""Loading claims: every problem of every file, each with its file, line, column and JSON pointer.

``problems(tmp_path, {...})`` writes small claims files and returns what the
loader says about them as ``(pointer, line, message)``, so each check reads as
input → expected complaints.
"""

from __future__ import annotations

import json
from pathlib import Path
from textwrap import dedent

import pytest

import factcheck
from factcheck.claimbase import ClaimBase
from factcheck.errors import ClaimsError, Problem
from factcheck.loader import anchor_problems, as_json, load_files, normalise_for_anchor, paragraphs
from factcheck.records import CountValue, DateValue, DurationValue, Status

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
OK = FIXTURES / "claims_ok"
BROKEN = FIXTURES / "claims_broken"

Found = tuple[str | None, int | None, str]


def write(directory: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dedent(text), encoding="utf-8")
        paths.append(path)
    return paths


def problems(tmp_path: Path, files: dict[str, str]) -> list[Found]:
    """What the loader reports for these files, as ``(pointer, line, message)``."""
    paths = write(tmp_path, files)
    _loaded, found = load_files(paths)
    return [(p.pointer, p.line, p.message) for p in found]


def assert_found(found: list[Found], expected: list[tuple[str | None, int | None, str]]) -> None:
    """Same problems in the same order: equal pointers and lines, and each message contains its fragment."""
    assert [(p, line) for p, line, _ in found] == [(p, line) for p, line, _ in expected], found
    for (_, _, message), (_, _, fragment) in zip(found, expected, strict=True):
        assert fragment in message


def one_claim(body: str) -> dict[str, str]:
    """A file whose single claim has ``body`` from line 5 on (line 3 opens the claim, line 4 has its id)."""
    head = '{\n  "claims": [\n    {\n      "id": "c", "statement": "s",\n'
    return {"c.json": head + body + "\n    }\n  ]\n}\n"}


# --- load_claims ---------------------------------------------------------------------------------


def test_load_claims_builds_a_base_from_a_folder() -> None:
    base = factcheck.load_claims(OK)
    assert isinstance(base, ClaimBase)
    assert len(base) == 5
    assert len(base.entities) == 5
    assert set(base.sources) == {"ferry-report"}
    assert [c.id for c in base.claims] == [
        "archive-0001", "archive-0002",
        "northland-reopens-ferry", "treasury-funds-ferry", "coast-watch-alleges-delays",
    ]  # files in path order: archive.json, entities.json, ferry.json
    assert "treasury-funds-ferry" in base
    assert "no-such-claim" not in base


def test_loaded_claims_are_typed_records() -> None:
    base = factcheck.load_claims(OK / "ferry.json", OK / "entities.json")
    reopen = base.get("northland-reopens-ferry")
    kinds = [type(v) for v in reopen.values]
    assert DurationValue in kinds and DateValue in kinds
    duration = next(v for v in reopen.values if isinstance(v, DurationValue))
    assert duration.iso == "P6W"
    assert reopen.values[1].field == "destination"  # the slot names it
    count = next(v for v in base.get("treasury-funds-ferry").values if isinstance(v, CountValue))
    assert (count.number, count.noun, count.field) == (2, "ferries", "count")
    assert base.get("coast-watch-alleges-delays").status is Status.alleged
    assert base.entities.ancestors("northland-treasury") == ["northland"]


def test_plain_archive_loads_on_its_own(tmp_path: Path) -> None:
    (path,) = write(tmp_path, {"a.json": '{"claims": [{"id": "x", "statement": "y"}]}'})
    base = factcheck.load_claims(path)
    assert len(base) == 1
    assert base.get("x").statement == "y"
    assert base.get("x").status is Status.verified


def test_load_claims_defaults_to_the_claims_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    shipped = sum(len(json.loads(p.read_text(encoding="utf-8")).get("claims", []))
                  for p in (REPO / "claims").rglob("*.json"))
    assert shipped > 0
    assert len(factcheck.load_claims()) == shipped


def test_load_claims_raises_with_every_problem_of_every_file() -> None:
    with pytest.raises(ClaimsError) as caught:
        factcheck.load_claims(BROKEN / "three_errors.json", BROKEN / "impossible_date.json",
                              BROKEN / "duplicate")
    found = caught.value.problems
    assert isinstance(found, tuple)
    assert all(isinstance(p, Problem) for p in found)
    assert [(Path(p.path).name, p.line, p.column, p.pointer) for p in found] == [
        ("three_errors.json", 3, 12, "/claims/0/id"),
        ("three_errors.json", 4, 5, "/claims/1"),
        ("three_errors.json", 5, 5, "/claims/2"),
        ("impossible_date.json", 7, 59, "/claims/0/values/0/day"),
        ("second.json", 4, 12, "/claims/1/id"),
    ]
    text = str(caught.value)
    assert len(text.splitlines()) == 5
    assert all(str(p) in text for p in found)


def test_load_claims_reports_a_missing_path() -> None:
    with pytest.raises(ClaimsError) as caught:
        factcheck.load_claims(OK, "no/such/folder")
    (problem,) = caught.value.problems
    assert problem == Problem("no/such/folder", "no such file or directory")


def test_empty_folder_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(ClaimsError, match=r"no claims files \(\*\.json\) found"):
        factcheck.load_claims(tmp_path)


def test_folders_are_searched_recursively_for_json_only(tmp_path: Path) -> None:
    write(tmp_path, {
        "b/deep/z.json": '{"claims": [{"id": "z", "statement": "s"}]}',
        "a.json": '{"claims": [{"id": "a", "statement": "s"}]}',
        "notes.txt": "not a claims file",
        "c.json.bak": "{ broken",
    })
    assert [c.id for c in factcheck.load_claims(tmp_path).claims] == ["a", "z"]


# --- the broken fixtures ---------------------------------------------------------------------------

BROKEN_CASES = [
    # file, pointer, line, column, message fragment
    ("bad_json.json", None, 5, 3, "invalid JSON: Expecting value"),
    ("missing_id.json", "/claims/0", 3, 5, "'id' is required"),
    ("wrong_kind.json", "/claims/0/values/0/kind", 7, 18, "unknown value kind 'counts'"),
    ("count_without_noun.json", "/claims/0/values/0", 7, 9, "'noun' is required"),
    ("unknown_entity.json", "/claims/0/values/1/entity", 11, 38, "unknown entity 'southland'"),
    ("alleged_unattributed.json", "/claims/0/status", 6, 17, "needs 'attribution'"),
    ("impossible_date.json", "/claims/0/values/0/day", 7, 59, "day 31 does not exist in month 9"),
]


@pytest.mark.parametrize(("name", "pointer", "line", "column", "fragment"), BROKEN_CASES,
                         ids=[c[0] for c in BROKEN_CASES])
def test_broken_fixture(name: str, pointer: str | None, line: int, column: int, fragment: str) -> None:
    _loaded, found = load_files([BROKEN / name])
    assert len(found) == 1, found
    (problem,) = found
    assert problem.path == str(BROKEN / name)
    assert (problem.pointer, problem.line, problem.column) == (pointer, line, column)
    assert fragment in problem.message


def test_duration_with_number_instead_of_iso() -> None:
    _loaded, found = load_files([BROKEN / "duration_number.json"])
    assert sorted((p.pointer, p.line, p.message) for p in found) == [
        ("/claims/0/values/0", 7, "'iso' is required"),
        ("/claims/0/values/0", 7, "unknown field ('number' was unexpected)"),
    ]


def test_duplicate_claim_id_names_both_files() -> None:
    _loaded, found = load_files([BROKEN / "duplicate"])
    (problem,) = found
    assert problem.path == str(BROKEN / "duplicate" / "second.json")
    assert (problem.pointer, problem.line) == ("/claims/1/id", 4)
    first = BROKEN / "duplicate" / "first.json"
    assert problem.message == f"duplicate claim id 'shared-id' (first defined in {first})"


def test_duplicate_is_blamed_on_whichever_file_comes_second() -> None:
    _loaded, found = load_files([BROKEN / "duplicate" / "second.json", BROKEN / "duplicate" / "first.json"])
    (problem,) = found
    assert problem.path.endswith("first.json")
    assert "second.json" in problem.message
    assert problem.line == 3


# --- checks beyond the schema -----------------------------------------------------------------------


def test_problem_lines_with_several_claims(tmp_path: Path) -> None:
    found = problems(tmp_path, {"c.json": """\
        {
          "claims": [
            {"id": "a", "statement": "fine"},
            {"id": "b", "statement": "alleged", "status": "alleged"},
            {"id": "c", "statement": "dated",
             "values": [{"kind": "date", "year": 2023, "month": 2, "day": 29}]}
          ]
        }
        """})
    assert_found(found, [
        ("/claims/1/status", 4, "an alleged claim needs 'attribution'"),
        ("/claims/2/values/0/day", 6, "day 29 does not exist in month 2"),
    ])


@pytest.mark.parametrize(("date", "ok"), [
    ('"year": 2024, "month": 2, "day": 29', True),  # leap year
    ('"month": 2, "day": 29', True),  # no year: some year has it
    ('"year": 1900, "month": 2, "day": 29', False),  # century, not a leap year
    ('"year": 2023, "month": 4, "day": 30', True),
    ('"year": 2023, "month": 4, "day": 31', False),
    ('"year": 2023, "month": 12, "day": 31', True),
])
def test_calendar_days(tmp_path: Path, date: str, ok: bool) -> None:
    found = problems(tmp_path, one_claim('      "values": [{"kind": "date", ' + date + "}]"))
    assert (found == []) is ok, found
    if not ok:
        assert_found(found, [("/claims/0/values/0/day", 5, "does not exist in month")])


def test_day_without_month(tmp_path: Path) -> None:
    assert_found(problems(tmp_path, one_claim('      "values": [{"kind": "date", "year": 2020, "day": 3}]')),
                 [("/claims/0/values/0/day", 5, "a day needs a month")])


def test_date_with_nothing_in_it(tmp_path: Path) -> None:
    assert_found(problems(tmp_path, one_claim('      "values": [{"kind": "date"}]')),
                 [("/claims/0/values/0", 5, "needs at least a year")])


def test_date_range_ending_before_it_starts(tmp_path: Path) -> None:
    body = ('      "values": [\n'
            '        {"kind": "date", "year": 2024, "month": 5,\n'
            '         "end": {"year": 2024, "month": 4, "day": 31}}\n'
            "      ]")
    assert_found(problems(tmp_path, one_claim(body)), [
        ("/claims/0/values/0/end/day", 7, "day 31 does not exist in month 4"),
        ("/claims/0/values/0/end", 7, "must not end before it starts"),
    ])


def test_open_ended_range_within_a_year_is_fine(tmp_path: Path) -> None:
    body = '      "values": [{"kind": "date", "year": 2024, "month": 5, "end": {"year": 2024}}]'
    assert problems(tmp_path, one_claim(body)) == []


def test_empty_iso_duration(tmp_path: Path) -> None:
    assert_found(problems(tmp_path, one_claim('      "values": [{"kind": "duration", "iso": "P"}]')),
                 [("/claims/0/values/0/iso", 5, "empty ISO 8601 duration 'P'")])


def test_tally_with_a_bound(tmp_path: Path) -> None:
    body = '      "values": [{"kind": "count", "number": 23, "noun": "people", "tally": "rising", "bound": "min"}]'
    assert_found(problems(tmp_path, one_claim(body)),
                 [("/claims/0/values/0", 5, "cannot be combined with 'to' or 'bound'")])


def test_tally_takes_a_direction(tmp_path: Path) -> None:
    body = '      "values": [{"kind": "count", "number": 23, "noun": "people", "tally": "final"}]'
    found = problems(tmp_path, one_claim(body))
    assert [where for where, _line, _message in found] == ["/claims/0/values/0/tally"], found


def test_alleged_claim_attributed_to_an_unknown_entity(tmp_path: Path) -> None:
    body = '      "status": "alleged",\n      "attribution": ["ghost"]'
    assert_found(problems(tmp_path, one_claim(body)),
                 [("/claims/0/attribution/0", 6, "unknown entity 'ghost'")])


def test_entities_may_live_in_another_file(tmp_path: Path) -> None:
    found = problems(tmp_path, {
        "people.json": '{"entities": [{"id": "ann", "name": "Ann"}]}',
        "c.json": '{"claims": [{"id": "c", "statement": "s", "status": "alleged", "attribution": ["ann"]}]}',
    })
    assert found == []


def test_entity_problems(tmp_path: Path) -> None:
    found = problems(tmp_path, {
        "a.json": """\
            {
              "entities": [
                {"id": "north", "name": "North", "demonyms": ["Northern"]},
                {"id": "port", "name": "Port", "part_of": "nowhere"}
              ]
            }
            """,
        "b.json": """\
            {
              "entities": [
                {"id": "north", "name": "Northland"},
                {"id": "up", "name": "northern"}
              ]
            }
            """,
    })
    assert_found(found, [
        ("/entities/0/id", 3, "duplicate entity id 'north' (first defined in"),
        ("/entities/1/part_of", 4, "unknown entity 'nowhere'"),
        ("/entities/1", 4, "name 'northern' also names entity 'north'"),
    ])


def test_provenance_naming_an_unknown_source(tmp_path: Path) -> None:
    body = '      "provenance": {"source": "elsewhere", "paragraph": 1}'
    assert_found(problems(tmp_path, one_claim(body)),
                 [("/claims/0/provenance/source", 5, "unknown source 'elsewhere'")])


def test_duplicate_within_one_file(tmp_path: Path) -> None:
    text = '{"claims": [\n{"id": "a", "statement": "1"},\n{"id": "a", "statement": "2"}\n]}'
    found = problems(tmp_path, {"c.json": text})
    assert_found(found, [("/claims/1/id", 3, "duplicate claim id 'a'")])


# --- reading the file ----------------------------------------------------------------------------


def test_root_must_be_an_object(tmp_path: Path) -> None:
    assert_found(problems(tmp_path, {"c.json": '\n[{"id": "a", "statement": "s"}]'}),
                 [("/", 2, "must be a JSON object")])


def test_bad_json_line_and_column(tmp_path: Path) -> None:
    (path,) = write(tmp_path, {"c.json": '{\n  "claims": [\n    {"id": "a" "statement": "s"}\n  ]\n}\n'})
    _loaded, found = load_files([path])
    (problem,) = found
    assert (problem.line, problem.column, problem.pointer) == (3, 16, None)
    assert problem.message.startswith("invalid JSON: Expecting ','")
    assert str(problem) == f"{path}:3:16: invalid JSON: Expecting ',' delimiter"


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_bytes(b'{"claims": [{"id": "a", "statement": "caf\xe9"}]}')
    _loaded, found = load_files([path])
    assert [(p.message, p.line) for p in found] == [("not UTF-8: invalid byte at offset 41", None)]


def test_bom_does_not_shift_columns(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_bytes('\ufeff{"claims": [{"id": "A", "statement": "s"}]}'.encode())
    _loaded, found = load_files([path])
    assert [(p.pointer, p.line, p.column) for p in found] == [("/claims/0/id", 1, 20)]


def test_crlf_file_lines(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    text = '{\n  "claims": [\n    {"id": "a"},\n    {"id": "B", "statement": "s"}\n  ]\n}\n'
    path.write_bytes(text.replace("\n", "\r\n").encode())
    _loaded, found = load_files([path])
    assert [(p.pointer, p.line, p.column) for p in found] == [("/claims/0", 3, 5), ("/claims/1/id", 4, 12)]


def test_problem_str() -> None:
    assert str(Problem("f.json", "bad", 3, 7, "/claims/0")) == "f.json:3:7: /claims/0: bad"
    assert str(Problem("f.json", "bad", 3)) == "f.json:3: bad"
    assert str(Problem("f.json", "bad")) == "f.json: bad"


def test_as_json() -> None:
    assert as_json([Problem("f.json", "bad", 3, 7, "/claims/0")]) == [
        {"path": "f.json", "line": 3, "column": 7, "pointer": "/claims/0", "message": "bad"}]


# --- anchors ------------------------------------------------------------------------------------

ARTICLE = """\
Harbour news

The ferry link reopened on Monday after six weeks of repairs.

Officials of the “Northland Treasury” said two new boats
had been ordered.
"""


def anchored(tmp_path: Path, claims: list[tuple[int | None, str]]) -> list[Found]:
    """Anchor problems for claims given as ``(paragraph, anchor)``, one claim per line from line 3."""
    provenances = [{"source": "harbour", "paragraph": par, "anchor": anchor} if par else
                   {"source": "harbour", "anchor": anchor} for par, anchor in claims]
    rows = ",\n".join(f'    {{"id": "c{i}", "statement": "s", "provenance": {json.dumps(prov)}}}'
                       for i, prov in enumerate(provenances))
    text = '{\n  "source": {"id": "harbour"}, "claims": [\n' + rows + "\n  ]\n}\n"
    (path,) = write(tmp_path, {"c.json": text})
    loaded, found = load_files([path])
    assert found == []
    return [(p.pointer, p.line, p.message) for p in anchor_problems(loaded, "harbour", ARTICLE)]


def test_paragraphs_count_the_title() -> None:
    blocks = paragraphs(ARTICLE.replace("\n", "\r\n"))
    assert len(blocks) == 3
    assert blocks[0] == "Harbour news"
    assert blocks[2].startswith("Officials")


def test_anchor_in_its_paragraph(tmp_path: Path) -> None:
    assert anchored(tmp_path, [(2, "ferry link reopened"), (3, 'the "Northland Treasury" said'),
                               (3, "two new boats had been"), (None, "six weeks")]) == []


def test_anchor_in_another_paragraph_says_which(tmp_path: Path) -> None:
    assert_found(anchored(tmp_path, [(2, "ferry link reopened"), (3, "six weeks of repairs")]), [
        ("/claims/1/provenance/anchor", 4, "anchor 'six weeks of repairs' does not occur in paragraph 3 "
                                           "of the source (it occurs in paragraph 2)"),
    ])


def test_anchor_nowhere(tmp_path: Path) -> None:
    assert_found(anchored(tmp_path, [(2, "seven weeks"), (None, "three boats")]), [
        ("/claims/0/provenance/anchor", 3, "anchor 'seven weeks' does not occur in paragraph 2 of the"),
        ("/claims/1/provenance/anchor", 4, "anchor 'three boats' does not occur in the source"),
    ])
    assert "(it occurs" not in anchored(tmp_path, [(2, "seven weeks")])[0][2]


def test_paragraph_beyond_the_end(tmp_path: Path) -> None:
    assert_found(anchored(tmp_path, [(9, "ferry")]),
                 [("/claims/0/provenance/paragraph", 3, "paragraph 9 does not exist (the source has 3)")])


def test_anchors_of_other_sources_are_not_checked(tmp_path: Path) -> None:
    claim = {"id": "c", "statement": "s", "provenance": {"source": "other", "anchor": "not there"}}
    (path,) = write(tmp_path, {"c.json": json.dumps({"source": {"id": "other"}, "claims": [claim]})})
    loaded, _ = load_files([path])
    assert anchor_problems(loaded, "harbour", ARTICLE) == []
    assert len(anchor_problems(loaded, "other", ARTICLE)) == 1


def test_anchor_normalisation() -> None:
    assert normalise_for_anchor("  The  ‘Quai’\n d’Orsay — said ") == "the 'quai' d'orsay - said"


# --- known gaps ----------------------------------------------------------------------------------


def test_nan_is_reported_not_a_crash(tmp_path: Path) -> None:
    body = '      "values": [{"kind": "count", "number": NaN, "noun": "boats"}]'
    found = problems(tmp_path, one_claim(body))
    assert [(p, line) for p, line, _ in found] == [("/claims/0/values/0/number", 5)]


def test_schema_error_does_not_hide_other_problems_of_the_file(tmp_path: Path) -> None:
    found = problems(tmp_path, {"c.json": """\
        {
          "claims": [
            {"id": "a"},
            {"id": "b", "statement": "s", "values": [{"kind": "date", "year": 2024, "month": 9, "day": 31}]}
          ]
        }
        """})
    assert [(p, line) for p, line, _ in found] == [("/claims/0", 3), ("/claims/1/values/0/day", 4)]
