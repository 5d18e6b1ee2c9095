"""``factcheck import``: a fact-checker's table of statements becomes a valid claims file, or nothing.

The promise that matters most is the second half: a table that cannot be
imported leaves no new file and does not touch an existing one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.cli import main
from factcheck.importer import slugify

TABLE = """\
id,claim,checked_by
Bridge-1,The bridge toll was abolished in 2019.,ana
bridge-2,"The harbour has three piers, not four.",ben
Café 3,  The market opens at seven.  ,cy
"""


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def import_args(table: Path, out: Path, *extra: str) -> list[str]:
    return ["import", str(table), "--id-field", "id", "--text-field", "claim", *extra, "-o", str(out)]


def read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# --- a good table ---------------------------------------------------------------------------------


def test_csv_import_writes_a_valid_claims_file(tmp_path: Path) -> None:
    table = write(tmp_path / "table.csv", TABLE)
    run = subprocess.run(
        [sys.executable, "-m", "factcheck", "import", "table.csv", "--id-field", "id", "--text-field", "claim",
         "--source-id", "archive", "-o", "out.json"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "wrote 3 claims to out.json\n"
    assert read(tmp_path / "out.json") == {
        "$schema": "../schemas/claims.schema.json",
        "source": {"id": "archive", "title": table.name},
        "claims": [
            {"id": "bridge-1", "statement": "The bridge toll was abolished in 2019.",
             "provenance": {"source": "archive"}},
            {"id": "bridge-2", "statement": "The harbour has three piers, not four.",
             "provenance": {"source": "archive"}},
            {"id": "cafe-3", "statement": "The market opens at seven.", "provenance": {"source": "archive"}},
        ],
    }
    check = subprocess.run([sys.executable, "-m", "factcheck", "validate", "out.json"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=120, check=False)
    assert check.returncode == 0, check.stdout
    assert check.stdout == "1 files, 3 claims: valid\n"


def test_imported_file_loads_as_a_claim_base(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert cli(capsys, *import_args(write(tmp_path / "t.csv", TABLE), out))[0] == 0
    base = factcheck.load_claims(out)
    assert len(base) == 3
    assert base.get("bridge-2").statement == "The harbour has three piers, not four."
    assert base.get("bridge-1").provenance is None
    assert base.sources == {}


def test_without_source_id_there_is_no_source(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    cli(capsys, *import_args(write(tmp_path / "t.csv", TABLE), out))
    data = read(out)
    assert "source" not in data
    assert all(set(c) == {"id", "statement"} for c in data["claims"])


@pytest.mark.parametrize("suffix", [".tsv", ".TSV", ".tab"])
def test_tsv_by_suffix(capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str) -> None:
    table = write(tmp_path / f"table{suffix}",
                  "claim\tid\nPiers, bridges and tolls were discussed.\tp-1\nA second row.\tp-2\n")
    out = tmp_path / "out.json"
    code, stdout, err = cli(capsys, *import_args(table, out))
    assert (code, err) == (0, "")
    assert stdout == f"wrote 2 claims to {out}\n"
    assert [(c["id"], c["statement"]) for c in read(out)["claims"]] == [
        ("p-1", "Piers, bridges and tolls were discussed."), ("p-2", "A second row.")]


def test_csv_with_bom_and_quoted_newline(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_bytes('\ufeffid,claim\nq1,"Two lines\nin one cell"\n'.encode())
    out = tmp_path / "out.json"
    assert cli(capsys, *import_args(table, out))[0] == 0
    assert read(out)["claims"] == [{"id": "q1", "statement": "Two lines\nin one cell"}]


def test_existing_output_is_replaced_on_success(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = write(tmp_path / "out.json", "old content")
    assert cli(capsys, *import_args(write(tmp_path / "t.csv", TABLE), out, "--force"))[0] == 0
    assert len(read(out)["claims"]) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "t.csv"]  # no scratch files left


@pytest.mark.parametrize(("raw", "slug"), [("Bridge-1", "bridge-1"), ("Café 3", "cafe-3"), ("  A/B  C ", "a-b-c"),
                                           ("-lead.", "lead"), ("2024_07.x", "2024_07.x")])
def test_slugify(raw: str, slug: str) -> None:
    assert slugify(raw) == slug


def test_long_ids_are_cut_to_the_schema_limit() -> None:
    assert len(slugify("x" * 300)) == 120


# --- a bad table: exit 2, and no file written --------------------------------------------------------

BAD_TABLES = {
    "missing column": ("ident,text\na,b\n", ["no column 'id'", "columns: ident, text"]),
    "duplicate id": ("id,claim\na,one\nb,two\nA,three\n", ["t.csv:4: duplicate id 'a' (first on line 2)"]),
    "duplicate after slugify": ("id,claim\nx y,one\nx-y,two\n", ["t.csv:3: duplicate id 'x-y'"]),
    "empty statement": ("id,claim\na,one\nb,   \n", ["t.csv:3: empty claim"]),
    "id with no usable characters": ("id,claim\n!!!,one\n", ["t.csv:2: empty id"]),
    "short row": ("id,claim\na\n", ["t.csv:2: empty claim"]),
}


@pytest.mark.parametrize(("text", "fragments"), BAD_TABLES.values(), ids=BAD_TABLES.keys())
def test_bad_table_exits_2_and_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str,
                                              fragments: list[str]) -> None:
    table = write(tmp_path / "t.csv", text)
    out = tmp_path / "out.json"
    code, stdout, err = cli(capsys, *import_args(table, out))
    assert code == 2
    assert stdout == ""
    assert err.startswith(f"factcheck: {table}")
    for fragment in fragments:
        assert fragment in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]


def test_missing_text_column_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    table = write(tmp_path / "t.csv", "id,statement\na,b\n")
    code, _out, err = cli(capsys, "import", str(table), "--id-field", "id", "--text-field", "claim",
                          "-o", str(tmp_path / "o.json"))
    assert code == 2
    assert "no column 'claim' (columns: id, statement)" in err


@pytest.mark.parametrize("text", ["id,claim\na,one\na,two\n", "ident,claim\na,one\n"])
def test_failed_import_leaves_an_existing_output_untouched(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                           text: str) -> None:
    out = write(tmp_path / "out.json", '{"claims": []}\n')
    before = out.stat().st_mtime_ns
    code, _out, _err = cli(capsys, *import_args(write(tmp_path / "t.csv", text), out))
    assert code == 2
    assert out.read_text(encoding="utf-8") == '{"claims": []}\n'
    assert out.stat().st_mtime_ns == before


def test_invalid_source_id_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = write(tmp_path / "out.json", "keep")
    code, _out, err = cli(capsys, *import_args(write(tmp_path / "t.csv", TABLE), out, "--source-id", "Old Archive"))
    assert code == 2
    assert "'Old Archive' must be a lowercase id" in err
    assert out.read_text(encoding="utf-8") == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "t.csv"]


def test_missing_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = cli(capsys, *import_args(tmp_path / "none.csv", tmp_path / "out.json"))
    assert code == 2
    assert "none.csv: cannot read table" in err
    assert not (tmp_path / "out.json").exists()


def test_missing_required_option_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["import", "t.csv", "--id-field", "id", "-o", "out.json"])
    assert caught.value.code == 2


# --- known gaps ---------------------------------------------------------------------------------------


def test_duplicate_line_after_a_blank_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    table = write(tmp_path / "t.csv", "id,claim\na,one\n\na,two\n")
    _code, _out, err = cli(capsys, *import_args(table, tmp_path / "out.json"))
    assert f"{table}:4: duplicate id 'a' (first on line 2)" in err


def test_duplicate_line_after_a_multiline_cell(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    table = write(tmp_path / "t.csv", 'id,claim\na,"one\nand more"\na,two\n')
    _code, _out, err = cli(capsys, *import_args(table, tmp_path / "out.json"))
    assert f"{table}:4: duplicate id 'a' (first on line 2)" in err


def test_missing_column_in_a_header_only_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    code, _out, err = cli(capsys, *import_args(write(tmp_path / "t.csv", "ident,text\n"), out))
    assert code == 2
    assert "no column 'id' (columns: ident, text)" in err
    assert not out.exists()


def test_output_in_a_missing_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = cli(capsys, *import_args(write(tmp_path / "t.csv", TABLE), tmp_path / "no" / "out.json"))
    assert code == 2
    assert "out.json" in err


def test_import_does_not_delete_a_neighbouring_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    neighbour = write(tmp_path / "out.json.check", "an editor's notes")
    assert cli(capsys, *import_args(write(tmp_path / "t.csv", TABLE), tmp_path / "out.json"))[0] == 0
    assert neighbour.is_file()
    assert neighbour.read_text(encoding="utf-8") == "an editor's notes"


def test_validation_problems_name_a_file_the_user_knows(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    _code, _out, err = cli(capsys, *import_args(write(tmp_path / "t.csv", TABLE), out, "--source-id", "Bad Id"))
    assert ".check" not in err
