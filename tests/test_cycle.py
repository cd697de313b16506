"""Full cycles through the real `vahti` command and the outbox, against local servers.

Covers: `vahti run --once` end to end with escaping and no double post; outbox faults (500, 500,
429 then 200 gives one message; 404 marks the channel broken); a worker started two days late;
and a process killed after the platform accepted a digest but before it was recorded.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot import pipeline, policy, settings
from bot.app import build_app
from bot.clock import fixed, utc_now
from storage import repository as repo

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = "<!channel> Kuntaliitto is a disaster <@U024BE7LH> see <https://evil.example/|the Kuntaliitto site> @everyone"


class Receiver:
    """A Slack-like webhook: answers from a script of statuses, then 200 "ok"; records bodies."""

    def __init__(self, server: HTTPServer, path: str = "/hooks/slack") -> None:
        self.bodies: list[dict[str, Any]] = []
        self.script: list[tuple[int, dict[str, str]]] = []
        self.on_accept: Any = None
        self.lock = threading.Lock()
        server.expect_request(path, method="POST").respond_with_handler(self.handle)
        self.url = server.url_for(path)

    def handle(self, request: Request) -> Response:
        with self.lock:
            if self.script:
                status, headers = self.script.pop(0)
                return Response(
                    "rate_limited" if status == 429 else "no_service" if status == 404 else "error",
                    status=status,
                    headers=headers,
                )
            self.bodies.append(json.loads(request.data))
            if self.on_accept:
                self.on_accept()
            return Response("ok", status=200, content_type="text/plain")


def json_feed(items: list[tuple[str, str, datetime]], *, base: str) -> bytes:
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "t",
            "items": [
                {
                    "id": f"{base}/{i}",
                    "url": f"https://example.org/posts/{i}",
                    "content_text": text,
                    "language": lang,
                    "date_published": when.isoformat(),
                }
                for i, (text, lang, when) in enumerate(items)
            ],
        }
    ).encode()


def write_config(tmp: Path, *, feed_url: str, hook_var: str = "SLACK_URL") -> Path:
    cdir = tmp / "config"
    cdir.mkdir()
    (cdir / "vahti.toml").write_text(f"""
timezone = "Europe/Helsinki"
[[topics]]
id = "coop"
name = "Kuntaliitto–Helsinki"
terms = {{ fi = ["Kuntaliit*"], sv = ["Kommunförbund*"], en = ["Kuntaliitto*"] }}
[digest]
time = "08:00"
language = "en"
channels = [{{ name = "team", kind = "slack", url_env = "{hook_var}" }}]
[polling]
min_interval = "5m"
timeout = 5
""")
    (cdir / "officials.toml").write_text(f"""
[officials.karhunen]
name = "Minna Karhunen"
role = "CEO"
organisation = "Kuntaliitto"
accounts = [{{ platform = "feed", url = "{feed_url}" }}]
""")
    return cdir


def run_cli(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=ROOT,
        timeout=timeout,
    )


@pytest.fixture
def cycle(httpserver: HTTPServer, tmp_path: Path) -> dict[str, Any]:
    boundary = policy.digest_boundary(
        now=utc_now(), at=datetime.strptime("08:00", "%H:%M").time(), tz="Europe/Helsinki"
    )
    items = [
        ("Yhteistyö Kuntaliiton kanssa sujuu erinomaisesti, kiitos kaikille!", "fi", boundary - timedelta(hours=3)),
        (HOSTILE, "en", boundary - timedelta(hours=5)),
        ("Helsinki opens a new library today.", "en", boundary - timedelta(hours=6)),
    ]
    httpserver.expect_request("/feed.json").respond_with_data(
        json_feed(items, base="tag:x"), content_type="application/feed+json"
    )
    receiver = Receiver(httpserver)
    cdir = write_config(tmp_path, feed_url=httpserver.url_for("/feed.json"))
    env = {"VAHTI_CONFIG_DIR": str(cdir), "DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "SLACK_URL": receiver.url}
    return {"env": env, "receiver": receiver, "boundary": boundary}


def all_text(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False)


@pytest.mark.slow
def test_run_once_end_to_end(cycle: dict[str, Any]) -> None:
    """`vahti run --once` polls, scores, posts Block Kit to the webhook with hostile text defused, and never twice."""
    env, receiver = cycle["env"], cycle["receiver"]
    first = run_cli(env, "run", "--once")
    assert first.returncode == 0, first.stderr
    assert "polled 1 accounts: 1 ok" in first.stdout and "3 new posts" in first.stdout
    assert "delivery: team" in first.stdout and "sent" in first.stdout
    assert len(receiver.bodies) == 1
    payload = receiver.bodies[0]
    assert payload["text"] and isinstance(payload["blocks"], list) and payload["blocks"][0]["type"] == "header"
    text = all_text(payload)
    assert "erinomaisesti" in text and "Minna Karhunen" in text and "https://example.org/posts/0" in text
    assert "disaster" in text  # the hostile post is shown, defused
    for forbidden in ("<!channel>", "<@U024BE7LH>", "<https://evil.example/|", "@everyone"):
        assert forbidden not in text, forbidden
    assert "library" not in text  # not about the cooperation
    second = run_cli(env, "run", "--once")
    assert second.returncode == 0, second.stderr
    assert len(receiver.bodies) == 1
    assert "no digest due now" in second.stdout
    status = run_cli(env, "status")
    assert "team" in status.stdout and "sent" in status.stdout


def app_with(cycle: dict[str, Any], engine: sa.Engine, now: datetime):  # type: ignore[no-untyped-def]
    s = settings.load(cycle["env"]["VAHTI_CONFIG_DIR"], environ=cycle["env"], check_env=True)
    return build_app(s, engine=engine, clock=fixed(now), console=io.StringIO())


async def cycle_once(app: Any, now: datetime, **kw: Any) -> list[pipeline.DeliveryOutcome]:
    async with app.http() as client:
        await pipeline.poll(app, client, now=now, force=True)
        pipeline.queue_due_digests(app, now=now)
        return await pipeline.deliver_due(app, client, now=now, **kw)


def test_outage_then_success_delivers_exactly_once(cycle: dict[str, Any], engine: sa.Engine) -> None:
    """500, 500, 429 with Retry-After: 1, then 200: the webhook receives exactly one digest."""
    receiver = cycle["receiver"]
    receiver.script = [(500, {}), (500, {}), (429, {"Retry-After": "1"})]
    now = cycle["boundary"] + timedelta(minutes=2)
    app = app_with(cycle, engine, now)
    [out] = asyncio.run(cycle_once(app, now))
    assert out.status == "sent" and len(receiver.bodies) == 1 and receiver.script == []
    assert asyncio.run(cycle_once(app, now + timedelta(minutes=5))) == []
    assert len(receiver.bodies) == 1


def test_long_outage_waits_in_outbox_then_sends_once(cycle: dict[str, Any], engine: sa.Engine) -> None:
    """An outage longer than the inline retries leaves the digest pending with backoff; it is sent later, once."""
    receiver = cycle["receiver"]
    receiver.script = [(503, {})] * 3
    now = cycle["boundary"] + timedelta(minutes=2)
    app = app_with(cycle, engine, now)
    [out] = asyncio.run(cycle_once(app, now, max_tries=3))
    assert out.status == "retry" and receiver.bodies == []
    [pending] = repo.deliveries(engine)
    assert pending.status == "pending" and pending.next_attempt is not None and pending.next_attempt > now
    assert asyncio.run(cycle_once(app, now + timedelta(seconds=5))) == []  # not yet due
    [later] = asyncio.run(cycle_once(app, pending.next_attempt + timedelta(seconds=1)))
    assert later.status == "sent" and len(receiver.bodies) == 1


def test_404_marks_channel_broken(cycle: dict[str, Any], engine: sa.Engine) -> None:
    """A dead webhook (404 no_service) is marked broken, not retried, and shown in status."""
    receiver = cycle["receiver"]
    receiver.script = [(404, {})]
    now = cycle["boundary"] + timedelta(minutes=2)
    app = app_with(cycle, engine, now)
    [out] = asyncio.run(cycle_once(app, now))
    assert out.status == "broken"
    assert repo.channel_states(engine)["team"]["broken"] is True
    assert receiver.url not in (repo.channel_states(engine)["team"]["last_error"] or "")
    assert asyncio.run(cycle_once(app, now + timedelta(hours=2))) == []  # broken: not retried
    assert receiver.bodies == []
    # The user fixes the webhook and asks again (`vahti digest --send` requeues broken deliveries).
    assert repo.requeue_broken(engine, now=now + timedelta(hours=3)) == 1
    [again] = asyncio.run(cycle_once(app, now + timedelta(hours=3)))
    assert again.status == "sent" and len(receiver.bodies) == 1
    assert repo.channel_states(engine)["team"]["broken"] is False


def test_two_days_late_sends_two_catch_up_digests_in_order(cycle: dict[str, Any], engine: sa.Engine) -> None:
    """A worker that was down two digest times sends the two missed digests, oldest first, once each."""
    receiver = cycle["receiver"]
    b = cycle["boundary"]
    app = app_with(cycle, engine, b - timedelta(days=2) + timedelta(minutes=1))
    asyncio.run(cycle_once(app, b - timedelta(days=2) + timedelta(minutes=1)))
    assert len(receiver.bodies) == 1
    late = b + timedelta(hours=3)
    app = app_with(cycle, engine, late)
    outs = asyncio.run(cycle_once(app, late))
    assert [o.status for o in outs] == ["sent", "sent"]
    assert outs[0].period_start < outs[1].period_start
    assert len(receiver.bodies) == 3
    periods = sorted((d.period_start, d.status) for d in repo.deliveries(engine))
    assert len(periods) == 3 and all(s == "sent" for _, s in periods)
    assert asyncio.run(cycle_once(app, late + timedelta(hours=1))) == []
    assert len(receiver.bodies) == 3


@pytest.mark.slow
def test_killed_after_send_before_record(cycle: dict[str, Any]) -> None:
    """Killed after the webhook accepted but before recording: the restart re-sends once, flagged as a possible repeat.

    This is the documented trade-off (README, "Delivery guarantees"): at most one repeat, never a lost digest.
    """
    env, receiver = cycle["env"], cycle["receiver"]
    proc: dict[str, subprocess.Popen[bytes]] = {}

    def kill() -> None:
        if len(receiver.bodies) == 1:
            proc["p"].send_signal(signal.SIGKILL)

    receiver.on_accept = kill
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--once"],
        env={**os.environ, **env},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as p:
        proc["p"] = p
        p.wait(timeout=60)
    assert p.returncode == -signal.SIGKILL
    assert len(receiver.bodies) == 1
    receiver.on_accept = None
    again = run_cli(env, "run", "--once")
    assert again.returncode == 0, again.stderr
    assert len(receiver.bodies) == 2
    assert "repeat" in receiver.bodies[1]["text"].lower()
    assert "repeat" not in receiver.bodies[0]["text"].lower()
    third = run_cli(env, "run", "--once")
    assert third.returncode == 0 and len(receiver.bodies) == 2
