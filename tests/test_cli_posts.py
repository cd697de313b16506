"""`vahti posts`, `posts show`, `stats`, `accounts` and `db upgrade` through the real CLI."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app, posts_table
from bot.clock import utc_now
from bot.model import Post, Score
from storage import repository as repo
from storage.db import make_engine, upgrade

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
TOPIC = "kuntaliitto-helsinki"


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    shutil.copytree(ROOT / "config", tmp_path / "config")
    return {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "VAHTI_CONFIG_DIR": str(tmp_path / "config"),
    }


def invoke(env: dict[str, str], *args: str) -> str:
    result = runner.invoke(app, list(args), env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def fixture_posts(env: dict[str, str], now: datetime) -> dict[str, int]:
    engine = make_engine(env["DATABASE_URL"])
    upgrade(engine)
    specs = [
        (
            "a",
            "karhunen",
            "feed",
            2,
            "Yhteistyö Kuntaliiton kanssa sujuu erinomaisesti",
            "positive",
            0.7,
        ),
        (
            "b",
            "karhunen",
            "bluesky",
            30,
            "Kuntaliiton kanssa neuvottelut ovat jumissa",
            "negative",
            -0.6,
        ),
        ("c", "helsinki-mayor", "feed", 5, "Helsingin budjetti julkaistiin tänään", None, None),
        (
            "d",
            "helsinki-mayor",
            "mastodon",
            24 * 10,
            "Kommunförbundet och Helsingfors träffas i morgon",
            "neutral",
            0.0,
        ),
        ("e", "karhunen", "feed", 24 * 3, "Old deleted post about Kuntaliitto", "negative", -0.3),
    ]
    posts = [
        Post(
            platform=pl,
            native_id=nid,
            official_id=off,
            account=f"{pl}:{off}",
            url=f"https://example.org/{nid}",
            text=text,
            created_at=now - timedelta(hours=h),
            lang="fi",
        )
        for nid, off, pl, h, text, _, _ in specs
    ]
    saved = {s.post.native_id: s.id for s in repo.save_posts(engine, posts=posts, now=now)}
    scores = []
    for nid, _, _, _, _, label, stance in specs:
        rel = label is not None
        scores.append(
            (
                saved[nid],
                Score(
                    topic=TOPIC,
                    scorer_version="test-1",
                    lang="fi",
                    relevant=rel,
                    terms=("Kuntaliitto",) if rel else (),
                    stance=stance,
                    label=label,
                ),
            )
        )  # type: ignore[arg-type]
    repo.save_scores(engine, scores=scores, now=now)
    repo.commit_poll(
        engine,
        account="feed:karhunen",
        official_id="karhunen",
        platform="feed",
        posts=[p for p in posts if p.native_id == "a"],
        cursor=None,
        now=now,
        next_poll=now,
        posts_per_day=None,
        window_start=now - timedelta(days=4),
    )
    engine.dispose()
    return saved


def ids(output: str) -> list[str]:
    return [r["native_id"] for r in json.loads(output)]


def test_every_filter(cli_env: dict[str, str]) -> None:
    """Each filter of `vahti posts` selects the right rows, newest first."""
    fixture_posts(cli_env, utc_now())
    assert ids(invoke(cli_env, "posts", "--format", "json")) == ["a", "c", "b", "d"]
    assert ids(invoke(cli_env, "posts", "--format", "json", "--include-deleted")) == [
        "a",
        "c",
        "b",
        "e",
        "d",
    ]
    assert ids(invoke(cli_env, "posts", "--format", "json", "--official", "karhunen")) == ["a", "b"]
    assert ids(invoke(cli_env, "posts", "--format", "json", "--platform", "feed")) == ["a", "c"]
    assert ids(invoke(cli_env, "posts", "--format", "json", "--since", "1d")) == ["a", "c"]
    assert ids(invoke(cli_env, "posts", "--format", "json", "--until", "1d")) == ["b", "d"]
    assert ids(invoke(cli_env, "posts", "--format", "json", "--topic", TOPIC)) == ["a", "b", "d"]
    assert ids(invoke(cli_env, "posts", "--format", "json", "--stance", "negative")) == ["b"]
    assert ids(invoke(cli_env, "posts", "--format", "json", "--stance", "neutral")) == ["d"]
    assert ids(invoke(cli_env, "posts", "--format", "json", "--search", "Kuntaliiton")) == [
        "a",
        "b",
    ]
    assert ids(invoke(cli_env, "posts", "--format", "json", "--limit", "2")) == ["a", "c"]
    day = (utc_now() - timedelta(days=20)).date().isoformat()
    assert ids(invoke(cli_env, "posts", "--format", "json", "--since", day, "--official", "helsinki-mayor")) == [
        "c",
        "d",
    ]


def test_every_format(cli_env: dict[str, str]) -> None:
    """table, json, jsonl and csv carry the same rows; the table fits 80 columns."""
    fixture_posts(cli_env, utc_now())
    table = invoke(cli_env, "posts")
    assert all(len(line) <= 80 for line in table.splitlines())
    assert "karhunen" in table and "+0.7" in table and "−0.6" in table
    jsonl = [json.loads(x) for x in invoke(cli_env, "posts", "--format", "jsonl").splitlines()]
    assert [r["native_id"] for r in jsonl] == ["a", "c", "b", "d"]
    assert jsonl[0]["score"]["label"] == "positive" and jsonl[1]["score"]["relevant"] is False
    rows = list(csv.DictReader(io.StringIO(invoke(cli_env, "posts", "--format", "csv"))))
    assert [r["label"] for r in rows] == ["positive", "", "negative", "neutral"]
    result = runner.invoke(app, ["posts", "--format", "xml"], env=cli_env)
    assert result.exit_code == 2 and "table, json, jsonl or csv" in result.output


def test_posts_show_and_stats(cli_env: dict[str, str]) -> None:
    """`posts show` prints a post with its revisions and scores; `stats` aggregates per day."""
    now = utc_now()
    saved = fixture_posts(cli_env, now)
    engine = make_engine(cli_env["DATABASE_URL"])
    repo.save_posts(
        engine,
        posts=[
            Post(
                platform="feed",
                native_id="a",
                official_id="karhunen",
                account="feed:karhunen",
                url="https://example.org/a",
                text="Muokattu: yhteistyö Kuntaliiton kanssa",
                created_at=now - timedelta(hours=2),
                lang="fi",
            )
        ],
        now=now,
    )
    out = invoke(cli_env, "posts", "show", str(saved["a"]))
    assert "Muokattu" in out and "revision 1" in out and "erinomaisesti" in out and "label=positive" in out
    rec = json.loads(invoke(cli_env, "posts", "show", str(saved["a"]), "--format", "json"))
    assert len(rec["revisions"]) == 1 and rec["scores"][0]["label"] == "positive"
    stats = json.loads(invoke(cli_env, "stats", "--format", "json", "--since", "30d"))
    assert sum(r["posts"] for r in stats) == 4 and sum(r["relevant"] for r in stats) == 3
    missing = runner.invoke(app, ["posts", "show", "99999"], env=cli_env)
    assert missing.exit_code == 1 and "no post with id 99999" in missing.output


def test_ten_thousand_posts_through_the_real_command(cli_env: dict[str, str], tmp_path: Path) -> None:
    """10,000 stored posts: `--official X --since 7d --format json` returns the right rows, newest first."""
    now = utc_now().replace(microsecond=0)
    engine = make_engine(cli_env["DATABASE_URL"])
    upgrade(engine)
    officials = ["karhunen", "helsinki-mayor", "kuntaliitto", "helsinki"]
    posts = [
        Post(
            platform="feed",
            native_id=f"n{i}",
            official_id=officials[i % 4],
            account=f"feed:{officials[i % 4]}",
            url=None,
            text=f"post {i}",
            created_at=now - timedelta(minutes=7 * i + (i * 7919) % 5),
            lang="fi",
        )
        for i in range(10_000)
    ]
    repo.ingest_rows(engine, posts=posts, now=now)
    engine.dispose()
    cutoff = now - timedelta(days=7)
    expected = sorted(
        (p for p in posts if p.official_id == "karhunen" and p.created_at >= cutoff + timedelta(seconds=60)),
        key=lambda p: p.created_at,
        reverse=True,
    )
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "posts",
            "--official",
            "karhunen",
            "--since",
            "7d",
            "--format",
            "json",
            "--limit",
            "100000",
        ],
        capture_output=True,
        text=True,
        env={**cli_env, "PATH": "/usr/bin:/bin"},
        cwd=ROOT,
        check=True,
    )
    got = json.loads(out.stdout)
    got_ids = [r["native_id"] for r in got]
    # posts within a minute of the cutoff may fall either side, as the command's clock runs later
    assert got_ids[: len(expected)] == [p.native_id for p in expected]
    assert all(r["official"] == "karhunen" for r in got)
    times = [datetime.fromisoformat(r["created_at"]) for r in got]
    assert times == sorted(times, reverse=True) and min(times) >= cutoff - timedelta(minutes=5)
    assert len(got) >= 350


def test_table_helper_is_80_columns() -> None:
    """Long texts and names are clipped so each table line fits an 80-column terminal."""
    from zoneinfo import ZoneInfo

    from bot.model import StoredPost

    sp = StoredPost(
        id=123456,
        post=Post(
            platform="mastodon",
            native_id="x",
            official_id="a-very-long-official-identifier",
            account="m",
            url=None,
            text="word " * 100,
            created_at=datetime(2026, 1, 1, tzinfo=UTC),
        ),
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    lines = posts_table([sp], tz=ZoneInfo("Europe/Helsinki")).splitlines()
    assert len(lines) == 2 and all(len(x) <= 80 for x in lines) and "2026-01-01 02:00" in lines[1]


def test_accounts_add_remove_keep_comments(cli_env: dict[str, str]) -> None:
    """`accounts add` and `remove` edit officials.toml in place and keep every comment."""
    path = Path(cli_env["VAHTI_CONFIG_DIR"]) / "officials.toml"
    before = path.read_text()
    comments = [line for line in before.splitlines() if "#" in line]
    out = invoke(cli_env, "accounts", "add", "karhunen", "mastodon", "@minna@kuntaliitto.social")
    assert "added mastodon" in out
    out = invoke(
        cli_env,
        "accounts",
        "add",
        "newcomer",
        "feed",
        "https://example.org/new.xml",
        "--name",
        "New Comer",
        "--role",
        "Councillor",
    )
    assert "new official" in out
    listing = invoke(cli_env, "accounts", "list")
    assert "@minna@kuntaliitto.social" in listing and "New Comer" in listing
    after = path.read_text()
    assert all(c in after for c in comments)
    invoke(cli_env, "accounts", "remove", "karhunen", "@minna@kuntaliitto.social")
    invoke(cli_env, "accounts", "remove", "newcomer")
    assert path.read_text().strip() == before.strip()
    bad = runner.invoke(app, ["accounts", "add", "karhunen", "mastodon", "not-a-handle"], env=cli_env)
    assert bad.exit_code == 2 and "not a Mastodon handle" in bad.output
    assert path.read_text().strip() == before.strip()


def test_db_upgrade_and_config_check(cli_env: dict[str, str]) -> None:
    """`db upgrade` creates the database and reports; `config check` summarises a valid config."""
    out = invoke(cli_env, "db", "upgrade")
    assert "upgraded from empty to 0001" in out
    assert "nothing to do" in invoke(cli_env, "db", "upgrade")
    assert invoke(cli_env, "config", "check").startswith("ok:")


def test_broken_officials_file_names_line(cli_env: dict[str, str]) -> None:
    """A duplicate official id on line 12 fails every command with the file name and 12."""
    path = Path(cli_env["VAHTI_CONFIG_DIR"]) / "officials.toml"
    lines = [
        "[officials.a]",
        'name = "A"',
        "accounts = []",
        *[""] * 8,
        "[officials.a]",
        'name = "B"',
    ]
    path.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["posts"], env=cli_env)
    assert result.exit_code == 2
    assert "officials.toml:12:" in result.output
