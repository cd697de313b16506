"""A poll killed mid-way (SIGKILL, not an exception) loses nothing and duplicates nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
N_FAST, N_SLOW, ITEMS = 6, 4, 5


def feed(n: int) -> bytes:
    now = datetime.now(UTC)
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": f"f{n}",
            "items": [
                {
                    "id": f"tag:crash,{n}-{i}",
                    "url": f"https://example.org/{n}/{i}",
                    "content_text": f"Kuntaliitto post {i} of feed {n}",
                    "date_published": (now - timedelta(hours=i)).isoformat(),
                }
                for i in range(ITEMS)
            ],
        }
    ).encode()


@pytest.mark.slow
def test_sigkill_mid_poll_then_restart(tmp_path: Path) -> None:
    """Fast accounts commit, slow ones are in flight when the process is killed; a restart completes
    the rest. Every post is stored exactly once, and no cursor points past posts that are missing."""
    release = threading.Event()
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            n = int(self.path.rsplit("/", 1)[1].split(".")[0])
            requests.append(self.path)
            if n >= N_FAST and not release.is_set():
                release.wait(timeout=30)  # in flight until the kill
            etag = f'"v{n}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            body = feed(n)
            self.send_response(200)
            self.send_header("ETag", etag)
            self.send_header("Content-Type", "application/feed+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # the killed client's broken pipes are expected here

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        _run(tmp_path, base, release)
    finally:
        release.set()
        server.shutdown()
        server.server_close()


def _run(tmp_path: Path, base: str, release: threading.Event) -> None:
    cdir = tmp_path / "config"
    cdir.mkdir()
    (cdir / "vahti.toml").write_text(
        '[[topics]]\nid = "c"\nname = "c"\nterms = { fi = ["Kuntaliit*"], en = ["Kuntaliitto*"] }\n[polling]\nper_host_concurrency = 16\ntimeout = 60\n'
    )
    officials = "".join(
        f'[officials.o{n}]\nname = "O{n}"\naccounts = [{{ platform = "feed", url = "{base + f"/f/{n}.json"}" }}]\n'
        for n in range(N_FAST + N_SLOW)
    )
    (cdir / "officials.toml").write_text(officials)
    db = tmp_path / "crash.db"
    env = {**os.environ, "VAHTI_CONFIG_DIR": str(cdir), "DATABASE_URL": f"sqlite:///{db}"}
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "poll"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ) as p:
        engine = sa.create_engine(f"sqlite:///{db}")
        deadline = time.monotonic() + 60
        committed = 0
        while time.monotonic() < deadline:
            time.sleep(0.2)
            try:
                with engine.connect() as c:
                    committed = c.execute(
                        sa.text("SELECT count(*) FROM account_state WHERE last_success IS NOT NULL")
                    ).scalar_one()
            except sa.exc.OperationalError:
                continue
            if committed >= N_FAST:
                break
        assert committed == N_FAST, "the fast accounts commit while the slow ones hang"
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=10)
    assert p.returncode == -signal.SIGKILL
    with engine.connect() as c:
        posts_before = c.execute(sa.text("SELECT count(*) FROM post")).scalar_one()
        states = c.execute(sa.text("SELECT account, etag FROM account_state")).all()
    assert posts_before == N_FAST * ITEMS
    assert all(etag for _, etag in states) and len(states) == N_FAST
    release.set()
    again = subprocess.run(
        [sys.executable, "-m", "bot", "poll"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("not_modified") == N_FAST and again.stdout.count("new=5") == N_SLOW
    with engine.connect() as c:
        total, distinct = c.execute(sa.text("SELECT count(*), count(DISTINCT platform || native_id) FROM post")).one()
        per_account = dict(c.execute(sa.text("SELECT account, count(*) FROM post GROUP BY account")).all())
        states = c.execute(sa.text("SELECT account, etag, last_success FROM account_state")).all()
        scored = c.execute(sa.text("SELECT count(DISTINCT post_id) FROM score")).scalar_one()
    assert total == distinct == (N_FAST + N_SLOW) * ITEMS
    assert scored == total, "every stored post was scored"
    assert len(states) == N_FAST + N_SLOW
    for account, etag, last_success in states:
        assert etag and last_success and per_account[account] == ITEMS
    engine.dispose()
