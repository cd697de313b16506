"""`vahti score`, `digest` previews, `rescore` and `status` through the real command."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import utc_now
from bot.model import Post, Score
from storage import repository as repo
from storage.db import make_engine, upgrade

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    shutil.copytree(ROOT / "config", tmp_path / "config")
    return {
        **os.environ,
        "VAHTI_CONFIG_DIR": str(tmp_path / "config"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}",
    }


def vahti(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env=env,
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_score_json_lines(env: dict[str, str]) -> None:
    """`vahti score` answers one JSON line per input line with the documented fields."""
    lines = [
        {"id": 1, "text": "Great cooperation with Kuntaliitto today!"},
        {"id": "b", "text": "Yhteistyö Kuntaliiton kanssa on pettymys.", "lang": "fi"},
        {"id": 3, "text": "Helsinki opens a new library."},
    ]
    out = vahti(env, "score", stdin="\n".join(json.dumps(x) for x in lines) + "\n")
    assert out.returncode == 0, out.stderr
    got = [json.loads(x) for x in out.stdout.splitlines()]
    assert [g["id"] for g in got] == [1, "b", 3]
    assert set(got[0]) == {"id", "lang", "relevant", "terms", "sentiment", "stance", "label", "evidence"}
    assert got[0]["relevant"] is True and got[0]["label"] == "positive" and got[0]["lang"] == "en"
    assert got[1]["relevant"] is True and got[1]["label"] == "negative" and got[1]["lang"] == "fi"
    assert got[2]["relevant"] is False and got[2]["label"] is None and got[2]["stance"] is None


def test_score_bad_line_names_it_and_goes_on(env: dict[str, str]) -> None:
    """A malformed input line is reported with its number; the other lines are still scored."""
    out = vahti(env, "score", stdin='{"id":1,"text":"Kuntaliitto"}\nnot json\n{"id":3}\n')
    assert out.returncode == 1
    assert len(out.stdout.splitlines()) == 1
    assert "stdin line 2" in out.stderr and "stdin line 3" in out.stderr


def test_score_text_explains(env: dict[str, str]) -> None:
    """`vahti score --text` explains the matched term and the words that moved the score."""
    out = vahti(
        env, "score", "--text", "Lovely weather in Helsinki, shame the talks with Kuntaliitto went nowhere again"
    )
    assert out.returncode == 0, out.stderr
    text = out.stdout.lower()
    assert "kuntaliitto" in text and "negative" in text


def seed(env: dict[str, str]) -> None:
    engine = make_engine(env["DATABASE_URL"])
    upgrade(engine)
    now = utc_now()
    posts = [
        Post(
            platform="feed",
            native_id=f"n{i}",
            official_id="karhunen",
            account="feed:https://www.kuntaliitto.fi/rss.xml",
            url=f"https://example.org/{i}",
            text=t,
            created_at=now - timedelta(hours=2 + i),
            lang="fi",
        )
        for i, t in enumerate(
            [
                "Kuntaliiton kanssa yhteistyö sujuu erinomaisesti.",
                "Kuntaliiton kanssa neuvottelut ovat jumissa, pettymys.",
                "Sää on hyvä.",
            ]
        )
    ]
    saved = repo.save_posts(engine, posts=posts, now=now)
    repo.save_scores(
        engine,
        scores=[
            (s.id, Score(topic="kuntaliitto-helsinki", scorer_version="old-0", lang="fi", relevant=False))
            for s in saved
        ],
        now=now,
    )
    engine.dispose()


def test_rescore_then_digest_preview_in_every_format(env: dict[str, str]) -> None:
    """rescore scores with the current version (old scores stay); digest previews print each platform's payloads."""
    seed(env)
    out = vahti(env, "rescore")
    assert out.returncode == 0, out.stderr
    assert "rescored 3 posts" in out.stdout and "3/3" in out.stderr
    assert "rescored 0 posts" in vahti(env, "rescore").stdout
    old = json.loads(vahti(env, "posts", "--format", "json", "--scorer-version", "old-0").stdout)
    assert [p["score"]["scorer_version"] for p in old] == ["old-0"] * 3
    assert all(p["score"]["relevant"] is False for p in old)
    new = json.loads(vahti(env, "posts", "--format", "json").stdout)
    assert {p["score"]["scorer_version"] for p in new} != {"old-0"}
    assert sum(p["score"]["relevant"] for p in new) == 2
    text = vahti(env, "digest", "--since", "1d")
    assert text.returncode == 0, text.stderr
    assert "Minna Karhunen" in text.stdout and "erinomaisesti" in text.stdout and "jumissa" in text.stdout
    for fmt, key in (
        ("slack", "blocks"),
        ("teams", "attachments"),
        ("discord", "embeds"),
        ("google_chat", "cardsV2"),
        ("mattermost", "text"),
        ("webhook", "schema"),
    ):
        preview = vahti(env, "digest", "--since", "1d", "--format", fmt)
        assert preview.returncode == 0, preview.stderr
        assert key in json.loads(preview.stdout), fmt
    data = json.loads(vahti(env, "digest", "--since", "1d", "--format", "json").stdout)
    assert data["relevant_posts"] == 2
    bad = vahti(env, "digest", "--format", "telegram")
    assert bad.returncode == 2 and "telegram" in bad.stderr


def test_status_shows_accounts_and_rates(env: dict[str, str]) -> None:
    """`vahti status` lists every configured account with its state, and says when nothing was sent yet."""
    seed(env)
    out = vahti(env, "status")
    assert out.returncode == 0, out.stderr
    assert "feed:https://www.kuntaliitto.fi/rss.xml" in out.stdout
    assert "new" in out.stdout and "disabled" in out.stdout  # never polled; the X account is disabled
    assert "no digest recorded yet" in out.stdout


def test_sending_commands_refuse_while_a_worker_runs(env: dict[str, str]) -> None:
    """`digest --send` and `run --once` refuse (exit 3) while a worker holds the lock, so the outbox
    is never delivered by two processes at once; they work again once it is released."""
    from bot import settings as settings_mod
    from bot.app import build_app
    from bot.worker import Leadership

    seed(env)
    s = settings_mod.load(env["VAHTI_CONFIG_DIR"], environ=env)
    app = build_app(s)
    lock = Leadership(app)
    assert lock.try_acquire()
    try:
        for args in (("digest", "--send"), ("run", "--once")):
            out = vahti(env, *args)
            assert out.returncode == 3, out.stdout + out.stderr
            assert "worker is running" in out.stderr
    finally:
        lock.release()
        app.engine.dispose()
    again = vahti(env, "digest", "--send")
    assert again.returncode == 0, again.stderr
    assert "delivery: console" in again.stdout
