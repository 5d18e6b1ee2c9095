"""The HTML report in a real browser: hostile text must stay text, and the page must render.

String checks in test_formats.py show what the page contains; this shows what a browser does
with it. A positive control page proves that the browser here really runs inline scripts, so
a clean result means the payloads were neutralised, not that scripts never run in this mode.
Screenshots at a desktop and a phone width check that the first thing an editor sees, before
scrolling, is the first problem, not a list of agreements.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from formats_fixtures import SCRIPT_ATTR, injection_report, planted_report

from factcheck.cli import main
from factcheck.formats import get_formatter
from factcheck.formats.html import CSP

CHROMIUM = shutil.which("chromium")
ROOT = Path(__file__).resolve().parents[1]
DOCS_IMAGES = ROOT / "docs" / "images"
TITLE = "<title>Fact-check report</title>"
# (name, width, height) of the first screen: a desktop browser and a phone held upright.
SCREENS = (("desktop", 1200, 900), ("phone", 390, 844))
# (name, width, height) of a whole-page picture for the docs: the problems, then the article as published.
PAGES = (("desktop-page", 1200, 2200), ("phone-page", 390, 4200))
CONTRADICTED = bytes((0xA6, 0x1B, 0x12))  # the colour of a contradiction's card border

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install -y chromium)",
)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with no network chatter and a throwaway profile."""
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def dump_dom(tmp_path: Path, page: Path) -> str:
    result = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert "<html" in result.stdout, (
        f"no DOM from Chromium (exit {result.returncode}): {result.stderr[-2000:]}"
    )
    return result.stdout


def assert_not_pwned(dom: str) -> None:
    assert TITLE in dom, "the payload must not change the document title"
    assert 'data-pwned="' not in dom, "an injected script set an attribute"
    assert "<script" not in dom and "<img" not in dom, "user text became elements"


def test_injected_text_runs_nothing(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(get_formatter("html").render(injection_report()), encoding="utf-8")
    dom = dump_dom(tmp_path, page)
    assert_not_pwned(dom)
    assert dom.count('<mark id="m-1-') == 2 and "✗ Contradicts the record</span>" in dom
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom, "payloads are shown as text"


def test_escaping_holds_without_the_content_security_policy(tmp_path: Path) -> None:
    html = get_formatter("html").render(injection_report())
    meta = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
    assert meta in html
    page = tmp_path / "no-csp.html"
    page.write_text(html.replace(meta, ""), encoding="utf-8")
    assert_not_pwned(dump_dom(tmp_path, page))


def test_positive_control_scripts_do_run_here(tmp_path: Path) -> None:
    page = tmp_path / "control.html"
    page.write_text(f"<!DOCTYPE html><html><head>{TITLE}</head><body>{SCRIPT_ATTR}</body></html>", "utf-8")
    assert re.search(r'<body[^>]*data-pwned="1"', dump_dom(tmp_path, page)), "Chromium did not run scripts"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def png_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, bytes per pixel and the unfiltered rows of an 8-bit RGB(A) PNG, as Chromium writes it."""
    width, _height = png_size(data)
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        header = body if kind == b"IHDR" else header
        if kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    depth, colour, interlace = header[8], header[9], header[12]
    assert depth == 8 and colour in (2, 6) and interlace == 0, "unexpected PNG layout"
    bpp = 4 if colour == 6 else 3
    stride = width * bpp
    raw = zlib.decompress(b"".join(chunks))
    rows, prev = [], bytearray(stride)
    for y in range(len(raw) // (stride + 1)):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride) if kind else ():
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            else:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, bpp, rows


def longest_vertical_run(data: bytes, colour: bytes) -> int:
    """The tallest column of pixels of exactly ``colour``: a card's left border, not a line of text."""
    _width, bpp, rows = png_rows(data)
    runs: dict[int, int] = {}
    best = 0
    for row in rows:
        found = set()
        at = row.find(colour)
        while at >= 0:
            if at % bpp == 0:
                found.add(at // bpp)
            at = row.find(colour, at + 1)
        runs = {x: runs.get(x, 0) + 1 for x in found}
        best = max(best, *runs.values(), 0)
    return best


def screenshot(tmp_path: Path, page: Path, name: str, width: int, height: int) -> bytes:
    png = tmp_path / f"{page.stem}-{name}.png"
    result = chromium(tmp_path, f"--screenshot={png}", f"--window-size={width},{height}",
                      "--hide-scrollbars", page.as_uri())
    assert png.exists(), f"no screenshot (exit {result.returncode}): {result.stderr[-2000:]}"
    data = png.read_bytes()
    assert png_size(data) == (width, height)
    assert len(data) > 10_000, "a blank page compresses far below this"
    return data


def test_problems_come_first_at_desktop_and_phone_widths(tmp_path: Path) -> None:
    page = tmp_path / "planted.html"
    page.write_text(get_formatter("html").render(planted_report()), encoding="utf-8")
    dom = dump_dom(tmp_path, page)
    assert dom.index('id="p-1-1"') < dom.index('class="article"'), "problems before the article"
    for name, width, height in SCREENS:
        # The first problem's card, a contradiction, stands on the first screen with its full border.
        assert longest_vertical_run(screenshot(tmp_path, page, name, width, height), CONTRADICTED) >= 60, name


def test_screenshots_of_the_bundled_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pictures in docs/ are of the real report on the bundled example, at both widths."""
    page = tmp_path / "desk-draft.html"
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    code = main(["check", "examples/desk-draft.md", "--claims", "claims", "--format", "text", "--quiet",
                 "--report", f"html:{page}"])
    assert code == 1 and page.exists()
    dom = dump_dom(tmp_path, page)
    assert dom.index('class="problems"') < dom.index('class="article"')
    article = dom.split('class="article"', 1)[1]
    assert "<h1>Paris and Baku trade expulsions" in article and "Night editor" not in dom and "author:" not in dom
    assert 'class="hit"' in article, "the conflicting words are marked inside the article"
    for name, width, height in (*SCREENS, *PAGES):
        data = screenshot(tmp_path, page, name, width, height)
        assert longest_vertical_run(data, CONTRADICTED) >= 60, name
        if name.endswith("-page"):
            # the article is rendered below the problems: the lower half of the page is not blank
            assert _ink(data, below=height // 2) > 0.002, f"{name}: nothing rendered below the problems"
        if os.environ.get("FACTCHECK_WRITE_DOCS_IMAGES") == "1":
            DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
            (DOCS_IMAGES / f"report-html-{name}.png").write_bytes(data)


def _ink(data: bytes, below: int) -> float:
    """The share of dark pixels (text) in the rows of a screenshot from ``below`` down."""
    _width, bpp, rows = png_rows(data)
    dark = total = 0
    for row in rows[below:]:
        for x in range(0, len(row), bpp * 4):
            total += 1
            dark += row[x] < 90 and row[x + 1] < 90 and row[x + 2] < 90
    return dark / max(total, 1)
