"""The worker run for real: `python -m bot` child processes against local feed and webhook servers.

Covers what only a real process shows: hot reload of officials.toml (a valid change adopted
without a restart, an invalid one refused with file:line while the last good configuration keeps
polling), SIGTERM/SIGINT in the middle of a poll, a PostgreSQL leader/standby pair with failover
after SIGKILL, the SQLite single-worker lock, secrets kept out of every output and table,
`vahti healthcheck`, and JSON log lines.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

ROOT = Path(__file__).resolve().parents[1]
TZ = "Europe/Helsinki"
HOOK_PATH = "/hooks/T0SECRETxyz/B0SECRETabc"
X_TOKEN = "XTOKEN0SECRET0qwerty12345"
PG_PASSWORD = "PGPASS0SECRET0zz"
SECRETS = ("T0SECRETxyz", "B0SECRETabc", X_TOKEN)

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------------------- local servers


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    """A threaded local server: a slow feed must not hold up the webhook (or the other feed)."""
    s = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    s.start()
    try:
        yield s
    finally:
        s.clear()
        if s.is_running():
            s.stop()


def json_feed(tag: str, *, now: datetime) -> bytes:
    """Three recent posts, two of them about the cooperation."""
    texts = [
        ("Yhteistyö Kuntaliiton kanssa sujuu erinomaisesti.", "fi"),
        ("Kuntaliitto and Helsinki agreed on the next steps.", "en"),
        ("Helsinki opens a new library today.", "en"),
    ]
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": tag,
            "items": [
                {
                    "id": f"tag:{tag}/{i}",
                    "url": f"https://example.org/{tag}/{i}",
                    "content_text": text,
                    "language": lang,
                    "date_published": (now - timedelta(hours=i + 1)).isoformat(),
                }
                for i, (text, lang) in enumerate(texts)
            ],
        }
    ).encode()


class Feed:
    """A JSON Feed endpoint that counts its requests and can be made slow."""

    def __init__(self, server: HTTPServer, path: str, *, delay: float = 0.0) -> None:
        self.hits: list[float] = []
        self.delay = delay
        self.entered = threading.Event()
        self.body = json_feed(path.strip("/").split(".")[0], now=datetime.now(tz=ZoneInfo("UTC")))
        self.lock = threading.Lock()
        server.expect_request(path).respond_with_handler(self.handle)
        self.url = server.url_for(path)

    def handle(self, request: Request) -> Response:
        with self.lock:
            self.hits.append(time.monotonic())
        self.entered.set()
        if self.delay:
            time.sleep(self.delay)
        return Response(self.body, content_type="application/feed+json", headers={"ETag": '"v1"'})

    def hits_since(self, t: float) -> int:
        with self.lock:
            return sum(h >= t for h in self.hits)


class Hook:
    """A Slack-like webhook: answers from a script of (status, body), then 200 "ok"; keeps bodies."""

    def __init__(self, server: HTTPServer, path: str = "/hooks/slack") -> None:
        self.bodies: list[dict[str, Any]] = []
        self.script: list[tuple[int, str]] = []
        self.lock = threading.Lock()
        server.expect_request(path, method="POST").respond_with_handler(self.handle)
        self.url = server.url_for(path)

    def handle(self, request: Request) -> Response:
        with self.lock:
            if self.script:
                status, body = self.script.pop(0)
                return Response(body, status=status, content_type="text/plain")
            self.bodies.append(json.loads(request.data))
            return Response("ok", status=200, content_type="text/plain")

    def count(self) -> int:
        with self.lock:
            return len(self.bodies)


# ------------------------------------------------------------------------------ configuration


def digest_time_passed() -> str:
    """A digest time a few minutes ago in TZ: one period is due at start and none during the test."""
    return (datetime.now(tz=ZoneInfo(TZ)) - timedelta(minutes=5)).strftime("%H:%M")


def write_config(cdir: Path, *, accounts: list[str], extra: str = "") -> Path:
    """vahti.toml with fast polling (10 s) and one Slack channel; officials.toml with `accounts`."""
    cdir.mkdir(parents=True, exist_ok=True)
    (cdir / "vahti.toml").write_text(f"""
timezone = "{TZ}"
[[topics]]
id = "coop"
name = "Kuntaliitto–Helsinki"
terms = {{ fi = ["Kuntaliit*"], en = ["Kuntaliitto*"] }}
[digest]
time = "{digest_time_passed()}"
language = "en"
channels = [{{ name = "team", kind = "slack", url_env = "SLACK_URL" }}]
[polling]
min_interval = "10s"
max_interval = "10s"
interval = "10s"
max_backoff = "10s"
timeout = 5
{extra}
""")
    write_officials(cdir, accounts)
    return cdir


def write_officials(cdir: Path, accounts: list[str]) -> None:
    body = ",\n  ".join(accounts)
    (cdir / "officials.toml").write_text(
        f'[officials.karhunen]\nname = "Minna Karhunen"\nrole = "CEO"\norganisation = "Kuntaliitto"\n'
        f"accounts = [\n  {body},\n]\n"
    )


def feed_account(url: str) -> str:
    return f'{{ platform = "feed", url = "{url}" }}'


# ---------------------------------------------------------------------------------- processes


class Worker:
    """One `python -m bot ...` child whose stdout and stderr go to files we can read while it runs."""

    def __init__(self, env: dict[str, str], tmp: Path, name: str, *args: str) -> None:
        self.err_path = tmp / f"{name}.stderr"
        self.out_path = tmp / f"{name}.stdout"
        with self.err_path.open("wb") as err, self.out_path.open("wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", "--log-format", "json", *args],
                stdout=out,
                stderr=err,
                env={**os.environ, **env},
                cwd=ROOT,
            )

    def stderr(self) -> str:
        return self.err_path.read_text(errors="replace")

    def events(self) -> list[dict[str, Any]]:
        """The complete JSON log lines so far (a line still being written is left for later)."""
        text = self.stderr()
        lines = text.split("\n")[:-1]
        return [json.loads(line) for line in lines if line.startswith("{")]

    def has(self, name: str, **fields: Any) -> bool:
        return any(e.get("event") == name and all(e.get(k) == v for k, v in fields.items()) for e in self.events())

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.alive():
            self.proc.kill()
        self.proc.wait(timeout=10)


def wait_until(cond: Callable[[], bool], *, timeout: float, what: str, worker: Worker | None = None) -> None:
    """Poll `cond` every 0.1 s for at most `timeout` s; fail with the worker's log tail."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.1)
    tail = worker.stderr()[-3000:] if worker else ""
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n{tail}")


@pytest.fixture
def workers() -> Iterator[list[Worker]]:
    """Every child started by a test, killed at its end whatever happened."""
    started: list[Worker] = []
    try:
        yield started
    finally:
        for w in started:
            w.kill()


def run_cli(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=ROOT,
        timeout=timeout,
    )


def sqlite_rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# ------------------------------------------------------------------------------------- tests


def test_hot_reload_adopts_valid_and_refuses_invalid(server: HTTPServer, tmp_path: Path, workers: list[Worker]) -> None:
    """A new account in officials.toml is polled without a restart; a broken file is refused with file:line,
    the worker keeps polling the last good configuration, and `vahti status` shows the problem."""
    a = Feed(server, "/a.json")
    b = Feed(server, "/b.json")
    hook = Hook(server)
    cdir = write_config(tmp_path / "config", accounts=[feed_account(a.url)])
    db = tmp_path / "v.db"
    env = {"VAHTI_CONFIG_DIR": str(cdir), "DATABASE_URL": f"sqlite:///{db}", "SLACK_URL": hook.url}
    w = Worker(env, tmp_path, "worker", "run")
    workers.append(w)
    wait_until(lambda: w.has("poll", account=f"feed:{a.url}", status="ok"), timeout=30, what="first poll", worker=w)
    assert b.hits == []

    write_officials(cdir, [feed_account(a.url), feed_account(b.url)])
    wait_until(lambda: w.has("config.reloaded", added=1), timeout=20, what="config.reloaded", worker=w)
    wait_until(lambda: w.has("poll", account=f"feed:{b.url}", status="ok"), timeout=30, what="poll of b", worker=w)
    assert len(b.hits) >= 1
    assert sqlite_rows(db, f"SELECT count(*) FROM post WHERE account = 'feed:{b.url}'") == [(3,)]

    # Break it: an unknown platform on a known line.
    write_officials(cdir, [feed_account(a.url), feed_account(b.url), '{ platform = "myspace", handle = "x" }'])
    bad_line = next(
        n for n, line in enumerate((cdir / "officials.toml").read_text().splitlines(), 1) if "myspace" in line
    )
    wait_until(lambda: w.has("config.refused"), timeout=20, what="config.refused", worker=w)
    refused_at = time.monotonic()
    problems = [e["problem"] for e in w.events() if e["event"] == "config.refused"]
    assert any(f"officials.toml:{bad_line}" in p and "myspace" in p for p in problems), problems
    assert w.has("config.kept")

    # The last good configuration (a and b) keeps being polled.
    wait_until(
        lambda: a.hits_since(refused_at) >= 1 and b.hits_since(refused_at) >= 1,
        timeout=40,
        what="polls after the refusal",
        worker=w,
    )
    assert w.alive()

    # `vahti status` on the same (now invalid) files still reports: the problem, and the accounts'
    # health as the worker keeps recording it; it exits non-zero for scripts.
    status = run_cli(env, "status")
    assert status.returncode == 2, status
    assert "CONFIGURATION" in status.stdout and f"officials.toml:{bad_line}" in status.stdout, status.stdout
    assert "myspace" in status.stdout
    rows = {line.split()[0]: line.split()[1] for line in status.stdout.splitlines() if line.startswith("feed:")}
    assert rows == {f"feed:{a.url}": "ok", f"feed:{b.url}": "ok"}, status.stdout
    assert w.alive()


def expected_posts_consistent(db: Path) -> None:
    """No cursor advanced without its posts; no posts without the success that stored them."""
    states = sqlite_rows(db, "SELECT account, etag, last_success FROM account_state")
    for account, etag, last_success in states:
        (n,) = sqlite_rows(db, f"SELECT count(*) FROM post WHERE account = '{account}'")[0]
        if etag is not None:
            assert last_success is not None and n > 0, (account, etag, n)
        if n:
            assert last_success is not None, account
    (orphans,) = sqlite_rows(
        db,
        "SELECT count(*) FROM post WHERE account NOT IN (SELECT account FROM account_state WHERE last_success IS NOT NULL)",
    )[0]
    assert orphans == 0


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_mid_poll_stops_cleanly(
    server: HTTPServer, tmp_path: Path, workers: list[Worker], sig: signal.Signals
) -> None:
    """A signal while a poll is in flight: the poll finishes within the grace, the process exits 0, and the
    database holds the account's posts together with its cursor."""
    slow = Feed(server, "/slow.json", delay=3.0)
    hook = Hook(server)
    cdir = write_config(tmp_path / "config", accounts=[feed_account(slow.url)])
    db = tmp_path / "v.db"
    env = {"VAHTI_CONFIG_DIR": str(cdir), "DATABASE_URL": f"sqlite:///{db}", "SLACK_URL": hook.url}
    w = Worker(env, tmp_path, "worker", "run")
    workers.append(w)
    wait_until(slow.entered.is_set, timeout=30, what="the slow poll to start", worker=w)
    assert w.alive()
    w.proc.send_signal(sig)
    t0 = time.monotonic()
    code = w.proc.wait(timeout=20)
    elapsed = time.monotonic() - t0
    assert code == 0, w.stderr()
    assert elapsed < 20
    names = [e["event"] for e in w.events()]
    assert "worker.stopping" in names and "worker.stopped" in names
    assert names.index("worker.stopping") < names.index("worker.stopped")
    assert not any(e["level"] == "error" for e in w.events()), w.stderr()
    assert all(line.startswith("{") for line in w.stderr().splitlines()), w.stderr()
    stop_at = names.index("worker.stopping")
    assert any(e["event"] == "poll" and e["status"] == "ok" for e in w.events()[stop_at:]), w.stderr()
    expected_posts_consistent(db)
    # The in-flight poll was allowed to finish: its posts and its cursor are stored, together.
    assert sqlite_rows(db, "SELECT etag FROM account_state") == [('"v1"',)]
    assert sqlite_rows(db, "SELECT count(*) FROM post") == [(3,)]


@pytest.mark.postgres
def test_postgres_leader_standby_failover(
    server: HTTPServer, tmp_path: Path, workers: list[Worker], pg_engine: sa.Engine, pg_url: str
) -> None:
    """Two workers on one PostgreSQL database: one leads, one stands by; SIGKILL the leader and the standby
    takes over within 30 s; the webhook receives exactly one digest for the one due period."""
    with pg_engine.begin() as conn:  # start from an empty, migrated database
        conn.execute(
            sa.text(
                "TRUNCATE post, post_revision, score, account_state, digest, delivery, "
                "channel_state, usage, meta RESTART IDENTITY CASCADE"
            )
        )
    feed = Feed(server, "/a.json")
    hook = Hook(server)
    cdir = write_config(tmp_path / "config", accounts=[feed_account(feed.url)])
    env = {"VAHTI_CONFIG_DIR": str(cdir), "DATABASE_URL": pg_url, "SLACK_URL": hook.url}
    first = Worker(env, tmp_path, "first", "run")
    workers.append(first)
    wait_until(lambda: first.has("worker.leader"), timeout=30, what="first worker to lead", worker=first)
    second = Worker(env, tmp_path, "second", "run")
    workers.append(second)
    wait_until(lambda: second.has("worker.standby"), timeout=30, what="second worker to stand by", worker=second)
    assert not second.has("worker.leader")
    assert not first.has("worker.standby")
    wait_until(lambda: hook.count() == 1, timeout=30, what="the leader's digest", worker=first)

    def recorded_sent() -> bool:
        with pg_engine.connect() as conn:
            return conn.execute(sa.text("SELECT status FROM delivery")).scalars().all() == ["sent"]

    # Kill the leader only once it has recorded the send: a leader killed between the POST and that
    # record is the documented "possible repeat" case (README, Delivery guarantees), which a loaded
    # machine can otherwise hit here by chance.
    wait_until(recorded_sent, timeout=30, what="the leader to record its delivery", worker=first)
    first.proc.send_signal(signal.SIGKILL)
    first.proc.wait(timeout=10)
    killed_at = time.monotonic()
    wait_until(lambda: second.has("worker.leader"), timeout=30, what="standby to take over", worker=second)
    takeover = time.monotonic() - killed_at
    assert takeover < 30
    wait_until(lambda: second.has("worker.started"), timeout=10, what="new leader started", worker=second)
    polled_at = time.monotonic()
    wait_until(lambda: feed.hits_since(polled_at) >= 1, timeout=30, what="new leader polling", worker=second)
    # The new leader ran its catch-up digest job at start; give its delivery a moment to (not) happen.
    time.sleep(2)
    assert hook.count() == 1, hook.bodies
    with pg_engine.connect() as conn:
        digests = conn.execute(sa.text("SELECT count(*) FROM digest")).scalar()
        deliveries = conn.execute(sa.text("SELECT status FROM delivery")).scalars().all()
    assert digests == 1 and deliveries == ["sent"]
    assert second.alive()
    second.proc.send_signal(signal.SIGTERM)
    assert second.proc.wait(timeout=20) == 0
    print(f"takeover after SIGKILL: {takeover:.1f} s")


def test_second_sqlite_worker_refuses(server: HTTPServer, tmp_path: Path, workers: list[Worker]) -> None:
    """A second worker on the same SQLite database exits non-zero at once, saying why and what to use."""
    feed = Feed(server, "/a.json")
    hook = Hook(server)
    cdir = write_config(tmp_path / "config", accounts=[feed_account(feed.url)])
    env = {"VAHTI_CONFIG_DIR": str(cdir), "DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "SLACK_URL": hook.url}
    first = Worker(env, tmp_path, "first", "run")
    workers.append(first)
    wait_until(lambda: first.has("worker.leader"), timeout=30, what="first worker", worker=first)
    second = Worker(env, tmp_path, "second", "run")
    workers.append(second)
    t0 = time.monotonic()
    code = second.proc.wait(timeout=30)
    assert code != 0
    assert time.monotonic() - t0 < 30
    refused = [e for e in second.events() if e["event"] == "worker.refused"]
    assert refused, second.stderr()
    reason = refused[0]["reason"]
    assert "another" in reason and "SQLite" in reason and "PostgreSQL" in reason
    assert not second.has("worker.leader")
    assert first.alive()


def test_secrets_never_leave_the_process(server: HTTPServer, tmp_path: Path) -> None:
    """The webhook URL's secret parts and the X token appear in no stdout, stderr (text or JSON) or table,
    even when the servers echo them back in error bodies."""
    feed = Feed(server, "/a.json")
    hook = Hook(server, HOOK_PATH)
    hook.script = [(500, f"internal error at {HOOK_PATH}"), (404, "no_service"), (404, "no_service")]
    x_calls: list[int] = []

    def x_api(request: Request) -> Response:
        x_calls.append(1)
        echoed = request.headers.get("Authorization", "")
        if len(x_calls) == 1:
            return Response(
                json.dumps({"title": "Unauthorized", "detail": f"bad token {echoed}", "status": 401}),
                status=401,
                content_type="application/json",
            )
        return Response(
            json.dumps({"title": "Too Many Requests", "detail": f"slow down {echoed}", "status": 429}),
            status=429,
            content_type="application/json",
            headers={"Retry-After": "1"},
        )

    server.expect_request(re.compile(r"^/2/.*")).respond_with_handler(x_api)
    api = server.url_for("/").rstrip("/")
    cdir = write_config(
        tmp_path / "config",
        accounts=[feed_account(feed.url), f'{{ platform = "x", handle = "SecretTester", api = "{api}" }}'],
        extra="[sources.x]\nmax_posts_per_day = 50\n",
    )
    db = tmp_path / "v.db"
    env = {
        "VAHTI_CONFIG_DIR": str(cdir),
        "DATABASE_URL": f"sqlite:///{db}",
        "SLACK_URL": hook.url,
        "X_BEARER_TOKEN": X_TOKEN,
    }
    runs = [
        run_cli(env, "run", "--once"),
        run_cli(env, "status"),
        run_cli(env, "--log-format", "json", "digest", "--send"),
        run_cli(env, "--log-format", "json", "-v", "run", "--once"),
        run_cli(env, "status"),
        run_cli(env, "config", "check"),
        run_cli(env, "posts", "--format", "json"),
        run_cli(env, "digest", "--format", "slack"),
    ]
    assert all(r.returncode == 0 for r in runs), [(r.args[3:], r.stderr) for r in runs if r.returncode]
    assert len(x_calls) >= 2, "the X account was not polled twice"
    assert hook.script == [] and hook.bodies == []  # 500, 404, and 404 again after the requeue
    assert "HTTP 401" in runs[0].stdout and "HTTP 429" in runs[3].stdout
    assert "HTTP 500" in runs[0].stderr and "HTTP 404" in runs[2].stderr
    assert "failing" in runs[1].stdout and "BROKEN" in runs[1].stdout, runs[1].stdout
    assert any(
        json.loads(line).get("event") == "deliver" for line in runs[2].stderr.splitlines() if line.startswith("{")
    )
    outputs = "\n".join(r.stdout + "\n" + r.stderr for r in runs)
    assert "Unauthorized" in outputs or "401" in outputs  # the failures are reported...
    for s in SECRETS:
        assert s not in outputs, f"{s} leaked into command output:\n" + "\n".join(
            line for line in outputs.splitlines() if s in line
        )
    # ...and in the database, nowhere.
    leaks = []
    for (table,) in sqlite_rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in sqlite_rows(db, f'SELECT * FROM "{table}"'):
            for value in row:
                text = value.decode(errors="replace") if isinstance(value, bytes) else str(value)
                leaks += [(table, s, text[:200]) for s in SECRETS if s in text]
    assert leaks == []


def test_healthcheck(server: HTTPServer, tmp_path: Path) -> None:
    """Unhealthy on a never-polled database and on an unreachable one (without showing its password);
    healthy right after a poll."""
    feed = Feed(server, "/a.json")
    hook = Hook(server)
    cdir = write_config(tmp_path / "config", accounts=[feed_account(feed.url)])
    env = {"VAHTI_CONFIG_DIR": str(cdir), "DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "SLACK_URL": hook.url}
    assert run_cli(env, "db", "upgrade").returncode == 0
    never = run_cli(env, "healthcheck")
    assert never.returncode != 0 and "unhealthy" in never.stderr, never
    unreachable = run_cli(
        {**env, "DATABASE_URL": f"postgresql+psycopg://nobody:{PG_PASSWORD}@127.0.0.1:1/x"}, "healthcheck"
    )
    assert unreachable.returncode != 0 and "unhealthy" in unreachable.stderr, unreachable
    assert PG_PASSWORD not in unreachable.stdout + unreachable.stderr
    once = run_cli(env, "run", "--once")
    assert once.returncode == 0, once.stderr
    ok = run_cli(env, "healthcheck")
    assert ok.returncode == 0 and "healthy" in ok.stdout, ok


def test_json_log_lines(server: HTTPServer, tmp_path: Path) -> None:
    """With --log-format json, every stderr line of a full cycle is one JSON object naming its event."""
    feed = Feed(server, "/a.json")
    hook = Hook(server)
    hook.script = [(503, "busy")]  # a retried delivery adds a warning line
    cdir = write_config(
        tmp_path / "config", accounts=[feed_account(feed.url), feed_account(server.url_for("/missing.xml"))]
    )
    env = {"VAHTI_CONFIG_DIR": str(cdir), "DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "SLACK_URL": hook.url}
    r = run_cli(env, "--log-format", "json", "run", "--once")
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) >= 4, r.stderr
    docs = []
    for line in lines:
        doc = json.loads(line)
        assert isinstance(doc, dict) and isinstance(doc.get("event"), str) and doc["event"], line
        docs.append(doc)
    events = {d["event"] for d in docs}
    assert {"poll", "digest.queued", "deliver"} <= events, events
    assert any(d["event"] == "poll" and d.get("status") == "error" for d in docs)
