"""Bluesky/Mastodon/X through the whole pipeline: edits become revisions, deletions are marked and
kept, the X budget stops reads. Real HTTP servers on 127.0.0.1, a real database."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot import pipeline, settings
from bot.app import build_app
from bot.clock import fixed
from storage import repository as repo
from tests.conftest import SAMPLES
from tests.sources.test_mastodon import NOW, Instance, status

TOPIC = {"id": "coop", "name": "coop", "terms": {"fi": ["Kuntaliit*"], "en": ["Kuntaliitto*"]}}


def mastodon_app(engine: sa.Engine, server: HTTPServer):  # type: ignore[no-untyped-def]
    s = settings.from_dicts(
        {"topics": [TOPIC], "polling": {"backfill_days": 30, "recheck_days": 7}},
        {
            "officials": {
                "kl-ceo": {
                    "name": "CEO",
                    "accounts": [
                        {
                            "platform": "mastodon",
                            "handle": "@newsbot@mastodon.example",
                            "api": server.url_for("/").rstrip("/"),
                        }
                    ],
                }
            }
        },
    )
    return build_app(s, engine=engine, clock=fixed(NOW), console=io.StringIO())


async def poll(app: Any, now: Any) -> list[pipeline.PollOutcome]:
    async with app.http() as client:
        return await pipeline.poll(app, client, now=now, force=True)


def test_mastodon_edit_and_deletion_through_the_pipeline(engine: sa.Engine, httpserver: HTTPServer) -> None:
    """A status edited at the source gains a revision; a status deleted at the source is marked
    deleted at the next recheck and still shown by --include-deleted."""
    statuses = [
        status("103", "Kuntaliiton kanssa sovittiin hyvästä yhteistyöstä", NOW - timedelta(hours=3)),
        status("102", "Kaupungin budjetti julkaistiin", NOW - timedelta(hours=5)),
        status("101", "Kuntaliitto ja Helsinki tapasivat", NOW - timedelta(hours=7)),
    ]
    Instance(httpserver, statuses)
    app = mastodon_app(engine, httpserver)
    [first] = asyncio.run(poll(app, NOW))
    assert (first.status, first.new) == ("ok", 3)
    # The source edits one status and deletes another; the recheck (due after 6 hours) sees both.
    statuses[0]["content"] = "<p>Kuntaliiton kanssa sovittiin erinomaisesta yhteistyöstä</p>"
    statuses[0]["edited_at"] = (NOW + timedelta(hours=1)).isoformat().replace("+00:00", "Z")
    del statuses[2]
    later = NOW + timedelta(hours=7)
    [second] = asyncio.run(poll(app, later))
    assert (second.status, second.edited, second.deleted) == ("ok", 1, 1)
    visible = {sp.post.text for sp in repo.query_posts(engine)}
    assert "Kuntaliitto ja Helsinki tapasivat" not in visible
    everything = {sp.post.native_id: sp for sp in repo.query_posts(engine, include_deleted=True)}
    assert len(everything) == 3
    deleted = [sp for sp in everything.values() if sp.deleted_at is not None]
    assert [sp.post.text for sp in deleted] == ["Kuntaliitto ja Helsinki tapasivat"]
    edited = next(sp for sp in everything.values() if "erinomaisesta" in sp.post.text)
    detail = repo.get_post(engine, post_id=edited.id)
    assert detail is not None and [r["text"] for r in detail.revisions] == [
        "Kuntaliiton kanssa sovittiin hyvästä yhteistyöstä"
    ]
    changes = repo.changed_posts(engine, start=NOW, end=later + timedelta(minutes=1))
    assert sorted(c.change for c in changes) == ["deleted", "edited"]
    # A later recheck does not delete or edit anything again.
    [third] = asyncio.run(poll(app, later + timedelta(hours=7)))
    assert (third.edited, third.deleted) == (0, 0)


def test_x_daily_budget_stops_reading(engine: sa.Engine, httpserver: HTTPServer) -> None:
    """With max_posts_per_day reached, the X account is skipped for the day and says why."""
    user = json.loads((SAMPLES / "x" / "user-by-username.minimal.example.json").read_text())
    timeline = json.loads((SAMPLES / "x" / "timeline.with-includes.example.json").read_text())
    seen: list[str] = []

    def handle(request: Request) -> Response:
        seen.append(request.path)
        if request.path.startswith("/2/users/by/username/"):
            return Response(json.dumps(user), content_type="application/json")
        return Response(json.dumps(timeline), content_type="application/json")

    import re

    httpserver.expect_request(re.compile(r"^/2/.*")).respond_with_handler(handle)
    s = settings.from_dicts(
        {
            "topics": [TOPIC],
            "polling": {"backfill_days": 3650},
            "sources": {"x": {"max_posts_per_day": 5, "api_url": httpserver.url_for("/").rstrip("/")}},
        },
        {"officials": {"jan": {"name": "Jan", "accounts": [{"platform": "x", "handle": "JanVapaavuori"}]}}},
        env={"X_BEARER_TOKEN": "test-token-not-real-123"},
    )
    app = build_app(s, engine=engine, clock=fixed(NOW), console=io.StringIO())
    [first] = asyncio.run(poll(app, NOW))
    assert first.status == "ok" and first.new >= 1
    used = repo.usage(engine, platform="x", since_day=repo.day_key(NOW))[repo.day_key(NOW)]
    assert used == first.new, "every post read is counted against the budget"
    repo.add_usage(
        engine, platform="x", day=repo.day_key(NOW), posts_read=5, requests=0
    )  # the rest of the day's budget
    before = len(seen)
    [second] = asyncio.run(poll(app, NOW + timedelta(hours=1)))
    assert second.status == "skipped" and "budget" in (second.error or "")
    assert len(seen) == before, "no request once the budget is spent"
    [tomorrow] = asyncio.run(poll(app, NOW + timedelta(days=1)))
    assert tomorrow.status == "ok"
