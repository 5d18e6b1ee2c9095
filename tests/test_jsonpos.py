"""Pointer → line/column mapping, which every claims problem relies on to name its place.

An off-by-one here would send editors to the wrong line of every error, so the
offsets are checked against independently computed positions (``text.index``).
"""

from __future__ import annotations

import json

import pytest

from factcheck._jsonpos import line_col, locate, value_offsets


def at(text: str, needle: str, nth: int = 0) -> int:
    """Offset of the ``nth`` occurrence of ``needle``: the expected position, found without the scanner."""
    offset = -1
    for _ in range(nth + 1):
        offset = text.index(needle, offset + 1)
    return offset


def test_nested_objects_and_arrays() -> None:
    text = '{"a": {"b": [10, {"c": null}, [true, false]]}, "d": "x"}'
    offsets = value_offsets(text)
    assert offsets == {
        "": 0,
        "/a": at(text, '{"b"'),
        "/a/b": at(text, "[10"),
        "/a/b/0": at(text, "10"),
        "/a/b/1": at(text, '{"c"'),
        "/a/b/1/c": at(text, "null"),
        "/a/b/2": at(text, "[true"),
        "/a/b/2/0": at(text, "true"),
        "/a/b/2/1": at(text, "false"),
        "/d": at(text, '"x"'),
    }


def test_every_pointer_resolves_to_the_value_json_reads() -> None:
    """Decoding from each recorded offset yields exactly the value the pointer names."""
    document = {
        "claims": [{"id": "a", "values": [{"n": -1.5e3}, {"s": "é\"}"}]}, {"id": "b", "e": {}, "l": []}],
    }
    text = json.dumps(document, indent=2, ensure_ascii=False)
    decoder = json.JSONDecoder()
    for pointer, offset in value_offsets(text).items():
        value: object = document
        for token in filter(None, pointer.split("/")):
            value = value[int(token)] if isinstance(value, list) else value[token]  # type: ignore[index]
        assert decoder.raw_decode(text, offset)[0] == value, pointer


def test_empty_containers_have_no_children() -> None:
    text = '{"o": {}, "a": [ ], "n": [[]]}'
    assert value_offsets(text) == {"": 0, "/o": 6, "/a": 15, "/n": 25, "/n/0": 26}


def test_scalar_root() -> None:
    assert value_offsets("  42 ") == {"": 2}


def test_strings_with_escaped_quotes_and_brackets_do_not_end_early() -> None:
    text = r'{"k\"ey": "a \"quoted\" ] } value", "next": "ends with backslash \\", "last": 1}'
    offsets = value_offsets(text)
    assert set(offsets) == {"", '/k"ey', "/next", "/last"}
    assert offsets["/last"] == at(text, "1}")
    assert offsets["/next"] == at(text, '"ends')


@pytest.mark.parametrize(
    ("key", "pointer"),
    [("a/b", "/a~1b"), ("a~b", "/a~0b"), ("~1", "/~01"), ("/", "/~1"), ("", "/")],
)
def test_keys_are_escaped_as_rfc6901_pointers(key: str, pointer: str) -> None:
    text = json.dumps({key: [7]})
    offsets = value_offsets(text)
    assert offsets[pointer] == at(text, "[7]")
    assert offsets[pointer + "/0"] == at(text, "7")


def test_escaped_slash_and_unicode_escape_in_keys_are_decoded() -> None:
    text = r'{"a\/b": 1, "caf\u00e9": 2}'
    offsets = value_offsets(text)
    assert offsets["/a~1b"] == at(text, "1")
    assert offsets["/café"] == at(text, "2")


def test_whitespace_around_colons_and_commas() -> None:
    text = '{ "a" :\t1 ,\n "b"\n :\n [ 2 ,3 ] }'
    offsets = value_offsets(text)
    assert offsets["/a"] == at(text, "1")
    assert offsets["/b"] == at(text, "[")
    assert offsets["/b/0"] == at(text, "2")
    assert offsets["/b/1"] == at(text, "3")


def test_line_col_is_one_based_and_counts_characters() -> None:
    text = "ab\ncdé\tf\ng"
    assert line_col(text, 0) == (1, 1)
    assert line_col(text, 2) == (1, 3)  # the newline itself belongs to line 1
    assert line_col(text, 3) == (2, 1)
    assert line_col(text, text.index("f")) == (2, 5)  # é and the tab are one column each
    assert line_col(text, text.index("g")) == (3, 1)


def test_locate_in_pretty_printed_file() -> None:
    text = (
        '{\n  "claims": [\n    {\n      "id": "x",\n      "values": [\n'
        '        {"kind": "counts"}\n      ]\n    }\n  ]\n}\n'
    )
    assert locate(text, "") == (1, 1)
    assert locate(text, "/claims") == (2, 13)
    assert locate(text, "/claims/0") == (3, 5)
    assert locate(text, "/claims/0/id") == (4, 13)
    assert locate(text, "/claims/0/values/0") == (6, 9)
    assert locate(text, "/claims/0/values/0/kind") == (6, 18)


def test_locate_crlf_text() -> None:
    """A \\r before \\n belongs to the line end: lines and columns match the LF version."""
    lf = '{\n  "a": {\n    "b": [1,\n      2]\n  }\n}\n'
    crlf = lf.replace("\n", "\r\n")
    for pointer in ("", "/a", "/a/b", "/a/b/0", "/a/b/1"):
        assert locate(crlf, pointer) == locate(lf, pointer), pointer
    assert locate(crlf, "/a/b/1") == (4, 7)


def test_locate_falls_back_to_the_nearest_existing_parent() -> None:
    text = '{\n  "claims": [\n    {"id": "x"}\n  ]\n}'
    assert locate(text, "/claims/0/statement") == (3, 5)
    assert locate(text, "/claims/4/values/0") == (2, 13)
    assert locate(text, "/nothing") == (1, 1)


def test_locate_reuses_a_precomputed_table() -> None:
    text = '{"a": 1}'
    assert locate(text, "/a", {"": 0, "/a": 0}) == (1, 1)  # trusts the table it is given


def test_locate_with_escaped_key() -> None:
    text = '{\n "a/b": {\n  "c~d": 5\n }\n}'
    assert locate(text, "/a~1b/c~0d") == (3, 10)
    assert locate(text, "/a~1b/missing") == (2, 9)


def test_invalid_json_is_refused_rather_than_mislocated() -> None:
    with pytest.raises(ValueError):
        value_offsets('{"a": @}')

