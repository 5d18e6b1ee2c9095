"""The public claims schema: generated from the records, committed, and usable without factcheck.

Editors and other tools validate claims files with the committed schema alone,
so it must be current, valid draft 2020-12, agree with the pydantic records, and
accept every file the project ships.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from factcheck import schemas
from factcheck.records import VALUE_KINDS, ClaimsFile

REPO = Path(__file__).resolve().parents[1]
SCHEMA_FILE = REPO / "schemas" / "claims.schema.json"
PACKAGED_FILE = REPO / "factcheck" / "data" / "claims.schema.json"
SHIPPED = sorted((REPO / "claims").rglob("*.json"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"
OK_FIXTURES = sorted((FIXTURES / "claims_ok").rglob("*.json"))
BROKEN_FIXTURES = sorted((FIXTURES / "claims_broken").rglob("*.json"))
PLAIN_ARCHIVE: dict[str, Any] = {"claims": [{"id": "x", "statement": "y"}]}


def committed() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


def plain_errors(document: Any) -> list[str]:
    """Errors from jsonschema alone, as a tool outside factcheck would see them."""
    return [e.message for e in Draft202012Validator(committed()).iter_errors(document)]


def schema_accepts(document: Any) -> bool:
    return not plain_errors(document)


def records_accept(document: Any) -> bool:
    try:
        ClaimsFile.model_validate(document)
    except ValidationError:
        return False
    return True


def claim_with(**fields: Any) -> dict[str, Any]:
    return {"claims": [{"id": "c", "statement": "s", **fields}]}


# --- the committed file ----------------------------------------------------------------------


@pytest.mark.parametrize("path", [SCHEMA_FILE, PACKAGED_FILE], ids=["repository", "package"])
def test_committed_schema_is_current(path: Path) -> None:
    expected = schemas.render(schemas.claims_schema()).encode("utf-8")
    assert path.read_bytes() == expected, (
        f"{path.relative_to(REPO)} is out of date with factcheck/records.py; "
        "regenerate it with `python -m factcheck.schemas schemas/`"
    )


def test_regeneration_command_writes_the_committed_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One command refreshes both copies, so the shipped one cannot be forgotten."""
    package = tmp_path / "package" / "data"
    monkeypatch.setattr(schemas, "PACKAGE_DATA", package)
    target = tmp_path / "new" / "schemas"
    assert schemas.main([str(target)]) == 0
    assert (target / "claims.schema.json").read_bytes() == SCHEMA_FILE.read_bytes()
    assert (package / "claims.schema.json").read_bytes() == SCHEMA_FILE.read_bytes()


def test_the_package_ships_the_same_schema() -> None:
    """``factcheck schema`` prints the packaged copy; it must be the committed one, byte for byte."""
    assert PACKAGED_FILE.read_bytes() == SCHEMA_FILE.read_bytes(), (
        "factcheck/data/claims.schema.json differs from schemas/claims.schema.json; "
        "regenerate both with `python -m factcheck.schemas schemas/`"
    )
    assert schemas.packaged_schema() == PACKAGED_FILE.read_text(encoding="utf-8")
    assert PACKAGED_FILE.parent == schemas.PACKAGE_DATA


def test_the_schema_is_package_data() -> None:
    """Declared in pyproject.toml, so a wheel carries it and ``$schema`` works outside this repository."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["factcheck"]
    assert any(Path("data/claims.schema.json").match(pattern) for pattern in patterns)


def test_schema_is_valid_draft_2020_12() -> None:
    schema = committed()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_value_kind_requires_its_kind() -> None:
    defs = committed()["$defs"]
    value_defs = {name: d for name, d in defs.items() if name.endswith("Value")}
    kinds = {d["properties"]["kind"]["const"] for d in value_defs.values()}
    assert kinds == set(VALUE_KINDS)
    for name, definition in value_defs.items():
        assert "kind" in definition["required"], name


def test_only_id_and_statement_are_required_on_a_claim() -> None:
    assert sorted(committed()["$defs"]["Claim"]["required"]) == ["id", "statement"]


# --- what it accepts -------------------------------------------------------------------------


def test_there_are_shipped_claims_files() -> None:
    assert SHIPPED, "claims/ holds no *.json files"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_claims_validate_with_plain_jsonschema(path: Path) -> None:
    assert plain_errors(json.loads(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("path", OK_FIXTURES, ids=lambda p: p.name)
def test_valid_fixtures_validate_with_plain_jsonschema(path: Path) -> None:
    assert plain_errors(json.loads(path.read_text(encoding="utf-8"))) == []


def test_plain_archive_form_is_valid() -> None:
    assert plain_errors(PLAIN_ARCHIVE) == []
    assert schemas.schema_errors(PLAIN_ARCHIVE) == []
    record = ClaimsFile.model_validate(PLAIN_ARCHIVE)
    assert [c.id for c in record.claims] == ["x"]


def test_empty_object_is_a_valid_claims_file() -> None:
    assert schema_accepts({})


SCHEMA_BROKEN = ["missing_id.json", "wrong_kind.json", "duration_number.json", "count_without_noun.json",
                 "three_errors.json"]


@pytest.mark.parametrize("name", SCHEMA_BROKEN)
def test_schema_level_broken_fixtures_fail_plain_jsonschema(name: str) -> None:
    """Tools outside factcheck catch these with the committed schema alone."""
    path = FIXTURES / "claims_broken" / name
    assert plain_errors(json.loads(path.read_text(encoding="utf-8")))


# --- schema and records agree ------------------------------------------------------------------

AGREEMENT_CASES: list[tuple[str, Any, bool]] = [
    ("plain", PLAIN_ARCHIVE, True),
    ("no statement", {"claims": [{"id": "x"}]}, False),
    ("no id", {"claims": [{"statement": "y"}]}, False),
    ("empty statement", claim_with(statement=""), False),
    ("uppercase id", {"claims": [{"id": "X", "statement": "y"}]}, False),
    ("id with space", {"claims": [{"id": "a b", "statement": "y"}]}, False),
    ("unknown claim field", claim_with(colour="blue"), False),
    ("unknown top-level field", {"claim": []}, False),
    ("$schema allowed", {"$schema": "../schemas/claims.schema.json", "claims": []}, True),
    ("status alleged", claim_with(status="alleged", attribution=["e"]), True),
    ("unknown status", claim_with(status="rumoured"), False),
    ("count", claim_with(values=[{"kind": "count", "number": 2, "noun": "ships"}]), True),
    ("count without noun", claim_with(values=[{"kind": "count", "number": 2}]), False),
    ("count with text number", claim_with(values=[{"kind": "count", "number": "two", "noun": "x"}]), False),
    ("quantity", claim_with(values=[{"kind": "quantity", "number": 1.5, "unit": "km"}]), True),
    ("quantity without unit", claim_with(values=[{"kind": "quantity", "number": 1.5}]), False),
    ("duration", claim_with(values=[{"kind": "duration", "iso": "PT48H"}]), True),
    ("duration with number", claim_with(values=[{"kind": "duration", "number": 48}]), False),
    ("duration not ISO", claim_with(values=[{"kind": "duration", "iso": "48 hours"}]), False),
    ("date partial", claim_with(values=[{"kind": "date", "year": 2023, "month": 12}]), True),
    ("date month 13", claim_with(values=[{"kind": "date", "month": 13}]), False),
    ("date range", claim_with(values=[{"kind": "date", "year": 2023, "end": {"year": 2024}}]), True),
    ("actor", claim_with(values=[{"kind": "actor", "entity": "france"}]), True),
    ("actor bad slug", claim_with(values=[{"kind": "actor", "entity": "France"}]), False),
    ("target", claim_with(values=[{"kind": "target", "entity": "x"}]), True),
    ("place", claim_with(values=[{"kind": "place", "entity": "x"}]), True),
    ("unknown kind", claim_with(values=[{"kind": "counts", "number": 2, "noun": "x"}]), False),
    ("value without kind", claim_with(values=[{"number": 2, "noun": "x"}]), False),
    ("value with slot", claim_with(values=[{"kind": "count", "number": 2, "noun": "x", "slot": "s"}]), True),
    ("provenance", claim_with(provenance={"source": "s", "paragraph": 2, "anchor": "a few words"}), True),
    ("paragraph 0", claim_with(provenance={"source": "s", "paragraph": 0}), False),
    ("anchor too long", claim_with(provenance={"source": "s", "anchor": "w" * 81}), False),
    ("entity", {"entities": [{"id": "e", "name": "E", "kind": "country", "part_of": "f"}]}, True),
    ("entity without name", {"entities": [{"id": "e"}]}, False),
    ("entity unknown kind", {"entities": [{"id": "e", "name": "E", "kind": "planet"}]}, False),
    ("source", {"source": {"id": "s", "language": "en-GB", "published": "2024-01-31"}}, True),
    ("source bad language", {"source": {"id": "s", "language": "English"}}, False),
]


@pytest.mark.parametrize(("document", "valid"), [(d, v) for _, d, v in AGREEMENT_CASES],
                         ids=[name for name, _, _ in AGREEMENT_CASES])
def test_schema_and_records_agree(document: Any, valid: bool) -> None:
    assert schema_accepts(document) is valid
    assert records_accept(document) is valid
    assert (schemas.schema_errors(document) == []) is valid


@pytest.mark.parametrize("path", [*OK_FIXTURES, *BROKEN_FIXTURES], ids=lambda p: p.name)
def test_schema_and_records_agree_on_fixture_files(path: Path) -> None:
    if path.name == "bad_json.json":
        with pytest.raises(json.JSONDecodeError):
            json.loads(path.read_text(encoding="utf-8"))
        return
    document = json.loads(path.read_text(encoding="utf-8"))
    assert schema_accepts(document) is records_accept(document)


# --- readable errors -------------------------------------------------------------------------


def only_error(document: Any) -> tuple[str, str]:
    errors = schemas.schema_errors(document)
    assert len(errors) == 1, errors
    return errors[0]


def test_unknown_value_kind_points_at_the_kind() -> None:
    where, message = only_error(claim_with(values=[{"kind": "counts", "number": 2, "noun": "x"}]))
    assert where == "/claims/0/values/0/kind"
    assert "unknown value kind 'counts'" in message
    assert "count, quantity, duration, date, place, actor, target" in message


def test_value_without_kind_names_the_kinds() -> None:
    values = [{"kind": "count", "number": 1, "noun": "x"}, {"iso": "P1D"}]
    where, message = only_error(claim_with(values=values))
    assert where == "/claims/0/values/1"
    assert "needs a 'kind'" in message


def test_payload_is_judged_against_its_own_kind_only() -> None:
    """A duration given a number is reported as a duration error, not as seven failed alternatives."""
    errors = schemas.schema_errors(claim_with(values=[{"kind": "duration", "number": 48}]))
    assert sorted(errors) == [
        ("/claims/0/values/0", "'iso' is required"),
        ("/claims/0/values/0", "unknown field ('number' was unexpected)"),
    ]


def test_count_without_noun() -> None:
    assert only_error(claim_with(values=[{"kind": "count", "number": 2}])) == (
        "/claims/0/values/0", "'noun' is required")


def test_wrong_type_inside_the_right_kind_points_at_the_field() -> None:
    where, message = only_error(claim_with(values=[{"kind": "count", "number": "two", "noun": "x"}]))
    assert where == "/claims/0/values/0/number"
    assert "'two'" in message


def test_bad_id_gets_a_hint_with_an_example() -> None:
    where, message = only_error({"claims": [{"id": "Bad Id", "statement": "y"}]})
    assert where == "/claims/0/id"
    assert message.startswith("'Bad Id' must be a lowercase id")


def test_bad_duration_gets_an_iso_hint() -> None:
    where, message = only_error(claim_with(values=[{"kind": "duration", "iso": "48h"}]))
    assert where == "/claims/0/values/0/iso"
    assert "ISO 8601 duration such as PT48H" in message


def test_unknown_and_missing_fields_are_worded_for_editors() -> None:
    assert schemas.schema_errors({"claims": [{"id": "a", "statement": "s", "colour": "x"}, {"id": "b"}]}) == [
        ("/claims/0", "unknown field ('colour' was unexpected)"),
        ("/claims/1", "'statement' is required"),
    ]


def test_every_error_of_a_document_is_listed() -> None:
    document = {"claims": [{"id": "A"}, {"statement": "s"}, claim_with(status="maybe")["claims"][0]], "x": 1}
    pointers = [where for where, _ in schemas.schema_errors(document)]
    assert sorted(pointers) == ["", "/claims/0", "/claims/0/id", "/claims/1", "/claims/2/status"]


@pytest.mark.parametrize(("parts", "expected"), [([], ""), (["claims", 0, "id"], "/claims/0/id"),
                                                 (["a/b", "c~d"], "/a~1b/c~0d")])
def test_pointer_escapes_per_rfc6901(parts: list[Any], expected: str) -> None:
    assert schemas.pointer(iter(parts)) == expected


def test_schema_errors_come_in_document_order() -> None:
    claims: list[dict[str, Any]] = [{"id": f"c{i}", "statement": "s"} for i in range(11)]
    del claims[2]["id"]
    del claims[10]["id"]
    pointers = [where for where, _ in schemas.schema_errors({"claims": claims})]
    assert pointers == ["/claims/2", "/claims/10"]
