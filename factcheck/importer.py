"""Turn a table of statements (a fact-checker's archive) into a claims file.

The output is validated with the same loader as hand-written files before it
is written, and written atomically, so a failed import never leaves a broken
or half-written claims file behind.
"""

from __future__ import annotations

import csv
import json
import os
import re
import unicodedata
from pathlib import Path

from factcheck.atomic import write_atomic
from factcheck.loader import parse_claims_text

_SLUG_BAD = re.compile(r"[^a-z0-9._-]+")


class ImportError_(Exception):
    """A table that cannot become a claims file; names the file and the row."""


def slugify(value: str) -> str:
    text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return _SLUG_BAD.sub("-", text).strip("-._")[:120]


def import_table(table: Path, *, id_field: str, text_field: str, source_id: str | None, output: Path,
                 force: bool = False, root: Path | None = None) -> int:
    """Write ``output`` from ``table`` (CSV, or TSV by suffix); return the number of claims.

    An existing ``output`` is replaced only with ``force``: an import run twice with the wrong
    name must not turn a hand-kept claims file of many claims into one of a few.
    """
    delimiter = "\t" if table.suffix.lower() in (".tsv", ".tab") else ","
    rows: list[tuple[int, dict[str, str]]] = []
    start = 1
    try:
        with table.open(encoding="utf-8-sig", newline="") as handle:
            # strict: an unclosed quote is an error, not a cell that swallows every row after it
            reader = csv.DictReader(handle, delimiter=delimiter, strict=True)
            fields = list(reader.fieldnames or [])
            start = reader.line_num + 1
            for row in reader:
                # the line the row starts on, even after blank lines or cells spanning lines
                spanned = sum((v or "").count("\n") for v in row.values() if isinstance(v, str))
                rows.append((reader.line_num - spanned, row))
                start = reader.line_num + 1
    except OSError as exc:
        raise ImportError_(f"{table}: cannot read table: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ImportError_(f"{table}: not UTF-8 (byte {exc.start}: {exc.reason}); nothing imported") from exc
    except csv.Error as exc:
        reason = "a quoted cell is never closed" if "end of data" in str(exc) else str(exc)
        raise ImportError_(f"{table}:{start}: {reason}; nothing imported") from exc
    for name in (id_field, text_field):
        if name not in fields:
            raise ImportError_(f"{table}: no column {name!r} (columns: {', '.join(fields)})")
    if not output.parent.is_dir():
        raise ImportError_(f"{output}: the folder {output.parent} does not exist")
    claims = []
    seen: dict[str, int] = {}
    for line, row in rows:
        statement = (row.get(text_field) or "").strip()
        claim_id = slugify(row.get(id_field) or "")
        if not statement or not claim_id:
            raise ImportError_(f"{table}:{line}: empty {id_field if not claim_id else text_field}")
        if claim_id in seen:
            raise ImportError_(f"{table}:{line}: duplicate id {claim_id!r} (first on line {seen[claim_id]})")
        seen[claim_id] = line
        claim: dict[str, object] = {"id": claim_id, "statement": statement}
        if source_id:
            claim["provenance"] = {"source": source_id}
        claims.append(claim)
    document: dict[str, object] = {"$schema": "../schemas/claims.schema.json"}
    if source_id:
        document["source"] = {"id": source_id, "title": table.name}
    document["claims"] = claims
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    _loaded, problems = parse_claims_text(text, str(output))
    if problems:
        raise ImportError_("; ".join(str(p) for p in problems))
    # checked last, so a table with mistakes reports them first
    if not force and os.path.lexists(output):
        raise ImportError_(f"{output}: already exists; nothing written (pass --force to replace it)")
    try:
        write_atomic(output, text, root=root)
    except OSError as exc:
        raise ImportError_(f"{output}: cannot write: {exc.strerror or exc}") from exc
    return len(claims)
