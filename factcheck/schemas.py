"""The public JSON Schema of claims files, generated from the pydantic records.

Generating the schema (rather than writing it by hand) keeps the editor-facing
contract and the loader's models provably identical: ``tests/test_schemas.py``
fails when the committed ``schemas/claims.schema.json`` is stale. Regenerate it
with ``python -m factcheck.schemas schemas/``, which also refreshes the copy that
ships inside the package (``factcheck/data/``): ``factcheck schema`` prints that
copy, so a ``$schema`` reference works where only the package is installed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.records import ISO_DURATION, ONE_WORD, SLUG, VALUE_KINDS, ClaimsFile

if TYPE_CHECKING:  # jsonschema is imported only when a schema check runs: ``check`` never needs it
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

_PATTERN_HINTS = {
    SLUG: "must be a lowercase id of letters, digits, '-', '.' or '_' (e.g. 'france-expels-diplomats')",
    ISO_DURATION: "must be an ISO 8601 duration such as PT48H, P2D or P30Y",
    ONE_WORD: "must be one word (a vocabulary list matches single words; list each word of a phrase the story "
              "needs, or put the phrase in a claim's keywords)",
}

DIALECT = "https://json-schema.org/draft/2020-12/schema"
CLAIMS_SCHEMA_FILE = "claims.schema.json"
PACKAGE_DATA = Path(__file__).resolve().parent / "data"  # where the shipped copy is regenerated


def claims_schema() -> dict[str, Any]:
    """The claims-file schema, draft 2020-12, with ``kind`` required on every value."""
    schema = ClaimsFile.model_json_schema(by_alias=True, mode="validation")
    for name, definition in schema.get("$defs", {}).items():
        props = definition.get("properties", {})
        if name.endswith("Value") and "kind" in props:
            definition["required"] = sorted({"kind", *definition.get("required", [])})
    return {
        "$schema": DIALECT,
        "$id": "claims.schema.json",
        "title": "factcheck claims file",
        "description": "Verified facts of one source, and the entities they name. "
        "Only a claim's id and statement are required.",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(claims_schema())


def pointer(parts: Iterator[Any] | Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def schema_errors(document: Any) -> list[tuple[str, str]]:
    """Every schema violation as ``(json_pointer, readable message)``, in document order."""
    found: list[tuple[str, str]] = []
    for error in _validator().iter_errors(document):
        found.extend(_explain(error))
    found.sort(key=lambda item: [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in item[0].split("/")])
    return found


def _explain(error: ValidationError) -> list[tuple[str, str]]:
    """Turn one jsonschema error into messages an editor can act on.

    A value's ``oneOf`` failure says nothing useful by itself; the branch whose
    ``kind`` matches the value is the one the editor meant, so its errors are
    reported instead.
    """
    where = pointer(error.absolute_path)
    if error.validator in ("oneOf", "anyOf") and isinstance(error.instance, dict) and error.context:
        kind = error.instance.get("kind")
        if "kind" in error.instance and kind not in VALUE_KINDS:
            return [(where + "/kind", f"unknown value kind {kind!r}; expected one of {', '.join(VALUE_KINDS)}")]
        if "kind" not in error.instance and error.validator == "oneOf":
            return [(where, "a value needs a 'kind': one of " + ", ".join(VALUE_KINDS))]
        branches: dict[Any, list[ValidationError]] = {}
        for sub in error.context:
            branches.setdefault(sub.schema_path[0], []).append(sub)
        for subs in branches.values():
            if not any(s.validator == "const" and list(s.path) == ["kind"] for s in subs):
                out: list[tuple[str, str]] = []
                for s in subs:
                    out.extend(_explain(s))
                return out
    if error.validator == "pattern" and error.validator_value in _PATTERN_HINTS:
        return [(where, f"{error.instance!r} {_PATTERN_HINTS[error.validator_value]}")]
    if error.validator == "additionalProperties":
        return [(where, error.message.replace("Additional properties are not allowed", "unknown field"))]
    if error.validator == "required":
        return [(where, error.message.replace("is a required property", "is required"))]
    return [(where, error.message)]


def packaged_schema() -> str:
    """The schema as shipped with the installed package, byte for byte."""
    return resources.files("factcheck").joinpath("data", CLAIMS_SCHEMA_FILE).read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Write the generated schema into a folder (the repository's ``schemas/``) and into the package data.

    Both copies are written every time, so regenerating one can never leave the shipped copy stale.
    """
    args = sys.argv[1:] if argv is None else argv
    text = render(claims_schema())
    for target in (Path(args[0] if args else "schemas"), PACKAGE_DATA):
        target.mkdir(parents=True, exist_ok=True)
        (target / CLAIMS_SCHEMA_FILE).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
