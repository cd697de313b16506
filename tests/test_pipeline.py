"""The poll pipeline end to end against real HTTP servers on 127.0.0.1 and a real database."""

from __future__ import annotations

import asyncio
import io
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot import pipeline, settings
from bot.app import App, build_app
from bot.clock import fixed
from storage import repository as repo
from tests.conftest import SAMPLES

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
FEEDS = SAMPLES / "feeds"
TOPIC = {
    "id": "coop",
    "name": "Kuntaliitto–Helsinki",
    "terms": {"fi": ["Kuntaliit*"], "sv": ["Kommunförbund*"], "en": ["Kuntaliitto*", "AFM"]},
}


class FeedServer:
    """Serves named bodies with ETags, answers conditional GETs with 304, counts requests."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.bodies: dict[str, tuple[bytes, str]] = {}
        self.failing: set[str] = set()
        self.hits: dict[str, list[int]] = {}
        server.expect_request(re.compile(r"^/feeds/.*$")).respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        name = request.path.removeprefix("/feeds/")
        if name in self.failing:
            self.hits.setdefault(name, []).append(500)
            return Response("boom", status=500)
        body, ctype = self.bodies[name]
        etag = f'"{abs(hash(body))}"'
        if request.headers.get("If-None-Match") == etag:
            self.hits.setdefault(name, []).append(304)
            return Response(status=304, headers={"ETag": etag})
        self.hits.setdefault(name, []).append(200)
        return Response(body, status=200, headers={"ETag": etag, "Content-Type": ctype})

    def url(self, name: str) -> str:
        return self.server.url_for(f"/feeds/{name}")


def make_settings(
    accounts: dict[str, list[dict[str, Any]]],
    *,
    channels: list[dict[str, str]] | None = None,
    env: dict[str, str] | None = None,
) -> settings.Settings:
    return settings.from_dicts(
        {
            "timezone": "Europe/Helsinki",
            "topics": [TOPIC],
            "digest": {"time": "08:00", "language": "en", "channels": channels or []},
            "polling": {"per_host_concurrency": 2, "timeout": 5, "backfill_days": 3650},
        },
        {"officials": {oid: {"name": oid.title(), "accounts": accs} for oid, accs in accounts.items()}},
        env=env or {},
    )


@pytest.fixture
def feeds(httpserver: HTTPServer) -> FeedServer:
    fs = FeedServer(httpserver)
    fs.bodies["rss.xml"] = (
        (FEEDS / "rss-2.0.tricky.handwritten.xml").read_bytes(),
        "application/rss+xml",
    )
    fs.bodies["atom.xml"] = (
        (FEEDS / "atom-1.0.tricky.handwritten.xml").read_bytes(),
        "application/atom+xml",
    )
    fs.bodies["feed.json"] = (
        (FEEDS / "jsonfeed-1.1.tricky.handwritten.json").read_bytes(),
        "application/feed+json",
    )
    return fs


def app_for(engine: sa.Engine, s: settings.Settings, *, now: datetime = NOW) -> App:
    return build_app(s, engine=engine, clock=fixed(now), console=io.StringIO())


async def poll_all(app: App, *, now: datetime = NOW) -> list[pipeline.PollOutcome]:
    async with app.http() as client:
        return await pipeline.poll(app, client, now=now, force=True)


def test_poll_stores_every_format_then_304_brings_nothing(engine: sa.Engine, feeds: FeedServer) -> None:
    """RSS, Atom and JSON Feed posts are stored and scored; the second poll is a 304 with nothing new."""
    s = make_settings(
        {
            "jane": [
                {"platform": "feed", "url": feeds.url("rss.xml")},
                {"platform": "feed", "url": feeds.url("atom.xml")},
            ],
            "joe": [{"platform": "feed", "url": feeds.url("feed.json")}],
        }
    )
    app = app_for(engine, s)
    first = asyncio.run(poll_all(app))
    assert sorted((o.status, o.new) for o in first) == [("ok", 2), ("ok", 3), ("ok", 3)]
    stored = repo.query_posts(engine, topic="coop", limit=None)
    assert len(stored) == 8
    assert {sp.post.official_id for sp in stored} == {"jane", "joe"}
    assert all(sp.score is not None and sp.score.scorer_version for sp in stored)
    assert all(sp.post.created_at.tzinfo is not None for sp in stored)
    second = asyncio.run(poll_all(app, now=NOW + timedelta(minutes=15)))
    assert sorted(o.status for o in second) == ["not_modified"] * 3
    assert all(o.new == 0 for o in second)
    assert all(hits == [200, 304] for hits in feeds.hits.values())
    assert repo.count_posts(engine) == 8
    states = repo.account_states(engine)
    assert all(st.cursor.etag and st.consecutive_failures == 0 for st in states.values())


def test_changed_item_keeps_a_revision(engine: sa.Engine, feeds: FeedServer) -> None:
    """A feed that changes one item's text yields one edited post with the old text as a revision."""
    s = make_settings({"jane": [{"platform": "feed", "url": feeds.url("feed.json")}]})
    app = app_for(engine, s)
    asyncio.run(poll_all(app))
    before = {sp.post.native_id: sp for sp in repo.query_posts(engine, limit=None)}
    body, ctype = feeds.bodies["feed.json"]
    import json

    doc = json.loads(body)
    item = doc["items"][0]
    old_text = before[next(k for k in before if k.endswith(str(item["id"])) or k == item["id"])].post.text
    item["content_text"] = "Kuntaliitto and Helsinki signed the agreement today. Excellent news!"
    item.pop("content_html", None)
    feeds.bodies["feed.json"] = (json.dumps(doc).encode(), ctype)
    [out] = asyncio.run(poll_all(app, now=NOW + timedelta(hours=1)))
    assert (out.status, out.new, out.edited) == ("ok", 0, 1)
    changed = [
        sp for sp in repo.query_posts(engine, topic="coop", limit=None) if "signed the agreement" in sp.post.text
    ]
    assert len(changed) == 1
    detail = repo.get_post(engine, post_id=changed[0].id)
    assert detail is not None and [r["text"] for r in detail.revisions] == [old_text]
    assert changed[0].score is not None and changed[0].score.relevant


def test_one_failing_account_does_not_stop_others(engine: sa.Engine, feeds: FeedServer) -> None:
    """A 500 from one account is recorded against it, with backoff; the other account's posts land."""
    feeds.failing.add("atom.xml")
    s = make_settings(
        {
            "jane": [{"platform": "feed", "url": feeds.url("atom.xml")}],
            "joe": [{"platform": "feed", "url": feeds.url("rss.xml")}],
        }
    )
    app = app_for(engine, s)
    outcomes = {o.official_id: o for o in asyncio.run(poll_all(app))}
    assert outcomes["joe"].status == "ok" and outcomes["joe"].new == 3
    bad = outcomes["jane"]
    assert bad.status == "error" and "HTTP 500" in (bad.error or "") and feeds.url("atom.xml") in (bad.error or "")
    state = repo.account_states(engine)[f"feed:{feeds.url('atom.xml')}"]
    assert state.consecutive_failures == 1 and state.last_success is None
    assert bad.next_poll is not None and bad.next_poll > NOW
    asyncio.run(poll_all(app, now=NOW + timedelta(minutes=10)))
    assert repo.account_states(engine)[f"feed:{feeds.url('atom.xml')}"].consecutive_failures == 2
    feeds.failing.clear()
    asyncio.run(poll_all(app, now=NOW + timedelta(minutes=30)))
    healed = repo.account_states(engine)[f"feed:{feeds.url('atom.xml')}"]
    assert healed.consecutive_failures == 0 and healed.last_error is None and repo.count_posts(engine) == 5
    health = {h.account: h.state for h in pipeline.health(app, now=NOW + timedelta(minutes=31))}
    assert "failing" not in health.values()


def test_due_accounts_respect_next_poll(engine: sa.Engine, feeds: FeedServer) -> None:
    """Without force, only accounts whose next poll has come are polled."""
    s = make_settings({"jane": [{"platform": "feed", "url": feeds.url("rss.xml")}]})
    app = app_for(engine, s)
    asyncio.run(poll_all(app))

    async def unforced(now: datetime) -> list[pipeline.PollOutcome]:
        async with app.http() as client:
            return await pipeline.poll(app, client, now=now)

    assert asyncio.run(unforced(NOW + timedelta(seconds=30))) == []
    assert len(asyncio.run(unforced(NOW + timedelta(hours=7)))) == 1


def test_x_account_without_token_is_skipped_not_failed(engine: sa.Engine, feeds: FeedServer) -> None:
    """An x account without X_BEARER_TOKEN is reported skipped; the feed beside it is polled."""
    s = settings.from_dicts(
        {"topics": [TOPIC], "sources": {"x": {"max_posts_per_day": 10}}},
        {
            "officials": {
                "jan": {
                    "name": "Jan",
                    "accounts": [
                        {"platform": "x", "handle": "JanVapaavuori"},
                        {"platform": "feed", "url": feeds.url("rss.xml")},
                    ],
                }
            }
        },
    )
    app = app_for(engine, s)
    out = {o.platform: o for o in asyncio.run(poll_all(app))}
    assert out["x"].status == "skipped" and out["x"].error == "no X token"
    assert out["feed"].status == "ok"
    st = repo.account_states(engine)["x:JanVapaavuori"]
    assert st.consecutive_failures == 0 and st.last_error == "skipped: no X token"


def test_retention_keeps_what_digests_need(engine: sa.Engine) -> None:
    """Retention prunes raw payloads and old posts, but never posts a digest still to be built needs."""
    from dataclasses import replace as dc_replace

    from bot.model import Post

    s = dc_replace(make_settings({"jane": []}), retention_raw_days=7, retention_posts_days=30)
    app = app_for(engine, s)
    old = Post(
        platform="feed",
        native_id="old",
        official_id="jane",
        account="feed:x",
        url=None,
        text="t",
        created_at=NOW - timedelta(days=60),
        raw={"a": 1},
    )
    mid = Post(
        platform="feed",
        native_id="mid",
        official_id="jane",
        account="feed:x",
        url=None,
        text="t",
        created_at=NOW - timedelta(days=20),
        raw={"a": 1},
    )
    repo.save_posts(engine, posts=[old, mid], now=NOW - timedelta(days=10))
    # No digest was ever built: the history the first digest needs (15 days) stays, older goes.
    out = pipeline.apply_retention(app, now=NOW)
    assert out == {"raw": 2, "posts": 1}  # both were fetched 10 days ago
    assert [sp.post.native_id for sp in repo.query_posts(engine)] == ["mid"]
    repo.record_digest(
        engine,
        topic="coop",
        period_start=NOW - timedelta(days=70),
        period_end=NOW - timedelta(days=69),
        content={},
        relevant_posts=0,
        channels=[],
        now=NOW,
    )
    assert pipeline.apply_retention(app, now=NOW)["posts"] == 0  # an old last digest holds everything after it


def test_late_arrivals_reach_the_next_digest_but_backfill_does_not(engine: sa.Engine, feeds: FeedServer) -> None:
    """A post published just before the digest time but fetched after it is in the next digest; a
    new account's backfill (its first poll) is not."""
    import json as _json

    from bot.model import Digest, from_jsonable

    def feed(items: list[tuple[str, str, datetime]]) -> tuple[bytes, str]:
        doc = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "t",
            "items": [
                {"id": i, "url": f"https://example.org/{i}", "content_text": t, "date_published": d.isoformat()}
                for i, t, d in items
            ],
        }
        return _json.dumps(doc).encode(), "application/feed+json"

    boundary = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)  # 08:00 Helsinki
    feeds.bodies["a.json"] = feed(
        [("a1", "Kuntaliitto ja Helsinki sopivat yhteistyöstä", boundary - timedelta(hours=5))]
    )
    feeds.bodies["b.json"] = feed([])
    s = make_settings({"jane": [{"platform": "feed", "url": feeds.url("a.json")}], "joe": []})
    app = app_for(engine, s)
    asyncio.run(poll_all(app, now=boundary - timedelta(hours=4)))
    pipeline.queue_due_digests(app, now=boundary + timedelta(minutes=1))
    # Published 10 minutes before the digest time, fetched 20 minutes after it.
    feeds.bodies["a.json"] = feed(
        [
            ("a1", "Kuntaliitto ja Helsinki sopivat yhteistyöstä", boundary - timedelta(hours=5)),
            ("a2", "Kuntaliiton kanssa yhteistyö on pettymys", boundary - timedelta(minutes=10)),
        ]
    )
    # A new account, first polled after the boundary, brings yesterday's posts (backfill).
    s2 = make_settings(
        {
            "jane": [{"platform": "feed", "url": feeds.url("a.json")}],
            "joe": [{"platform": "feed", "url": feeds.url("b.json")}],
        }
    )
    app.replace_settings(s2)
    feeds.bodies["b.json"] = feed([("b1", "Kuntaliitto kokoontui", boundary - timedelta(hours=3))])
    asyncio.run(poll_all(app, now=boundary + timedelta(minutes=20)))
    pipeline.queue_due_digests(app, now=boundary + timedelta(days=1, minutes=1))
    digests = sorted((d for d in repo.deliveries(engine)), key=lambda d: d.period_start)
    first, second = (from_jsonable(Digest, d.content) for d in digests)
    assert [p.snippet for o in first.officials for p in o.posts] == ["Kuntaliitto ja Helsinki sopivat yhteistyöstä"]
    texts = [p.snippet for o in second.officials for p in o.posts]
    assert texts == ["Kuntaliiton kanssa yhteistyö on pettymys"], "the late post is reported; the backfill is not"
    assert second.relevant_posts == 1
