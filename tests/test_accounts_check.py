"""`vahti accounts check` against local services: found, not found, not a feed, skipped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[1]


def test_accounts_check_reports_each_account(httpserver: HTTPServer, tmp_path: Path) -> None:
    """Each account gets a verdict; nothing is written; the exit code says whether all were found."""
    httpserver.expect_request("/ok.xml").respond_with_data(
        (SAMPLES / "feeds" / "rss-2.0.tricky.handwritten.xml").read_bytes(), content_type="application/rss+xml"
    )
    httpserver.expect_request("/gone.xml").respond_with_data("nope", status=404)
    httpserver.expect_request("/page.html").respond_with_data(
        "<!doctype html><html><body>Hello</body></html>", content_type="text/html"
    )
    cdir = tmp_path / "config"
    cdir.mkdir()
    (cdir / "vahti.toml").write_text('[[topics]]\nid = "c"\nname = "c"\nterms = { en = ["Kuntaliitto*"] }\n')
    officials = f"""
[officials.a]
name = "A"
accounts = [
  {{ platform = "feed", url = "{httpserver.url_for("/ok.xml")}" }},
  {{ platform = "feed", url = "{httpserver.url_for("/gone.xml")}" }},
  {{ platform = "feed", url = "{httpserver.url_for("/page.html")}" }},
  {{ platform = "x", handle = "JanVapaavuori", enabled = false }},
]
"""
    (cdir / "officials.toml").write_text(officials)
    env = {k: v for k, v in os.environ.items() if k != "X_BEARER_TOKEN"}
    env.update(VAHTI_CONFIG_DIR=str(cdir), DATABASE_URL=f"sqlite:///{tmp_path / 'never.db'}")
    out = subprocess.run(
        [sys.executable, "-m", "bot", "accounts", "check"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = {line.split()[0]: line for line in out.stdout.splitlines() if line.strip()}
    assert out.returncode == 1, out.stdout + out.stderr
    assert "found" in lines[f"feed:{httpserver.url_for('/ok.xml')}"]
    assert "not found" in lines[f"feed:{httpserver.url_for('/gone.xml')}"]
    assert "not a feed" in lines[f"feed:{httpserver.url_for('/page.html')}"]
    assert "skipped: no X token" in lines["x:JanVapaavuori"]
    assert (cdir / "officials.toml").read_text() == officials
    assert not (tmp_path / "never.db").exists(), "check changes nothing, not even the database"
