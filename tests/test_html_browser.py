"""The HTML report in a real browser: hostile text must stay text, and the page must render.

String checks in test_formats.py show what the page contains; this shows what a browser does
with it. A positive control page proves that the browser here really runs inline scripts, so
a clean result means the payloads were neutralised, not that scripts never run in this mode.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from formats_fixtures import SCRIPT_ATTR, injection_report, planted_report

from factcheck.formats import get_formatter
from factcheck.formats.html import CSP

CHROMIUM = shutil.which("chromium")
DOCS_IMAGE = Path(__file__).resolve().parents[1] / "docs" / "images" / "report-html.png"
TITLE = "<title>Fact-check report</title>"

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
    assert dom.count("<mark ") == 2 and "✗ contradicted 1</a>" in dom
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


def test_screenshot_of_the_planted_errors_sample(tmp_path: Path) -> None:
    page = tmp_path / "planted.html"
    page.write_text(get_formatter("html").render(planted_report()), encoding="utf-8")
    png = tmp_path / "planted.png"
    result = chromium(tmp_path, f"--screenshot={png}", "--window-size=1200,1600", page.as_uri())
    assert png.exists(), f"no screenshot (exit {result.returncode}): {result.stderr[-2000:]}"
    data = png.read_bytes()
    assert png_size(data) == (1200, 1600)
    assert len(data) > 20_000, "a blank page compresses far below this"
    if os.environ.get("FACTCHECK_WRITE_DOCS_IMAGES") == "1":
        DOCS_IMAGE.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, DOCS_IMAGE)
