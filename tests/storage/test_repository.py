"""Repository behaviour on SQLite and PostgreSQL, over a real connection."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta

import pytest
import sqlalchemy as sa

from bot.errors import StorageError
from bot.model import Cursor, Post, Score
from storage import repository as repo
from storage.db import current_revision, head_revision
from tests.conftest import NOW


def make_post(
    n: int,
    *,
    official: str = "karhunen",
    text: str | None = None,
    hours: int = 0,
    platform: str = "feed",
) -> Post:
    return Post(
        platform=platform,
        native_id=f"id-{n}",
        official_id=official,
        account=f"{platform}:https://example.org/{official}.xml",
        url=f"https://example.org/{official}/{n}",
        text=text or f"Post number {n} about Kuntaliitto",
        created_at=NOW - timedelta(hours=hours),
        lang="fi",
    )


def score(relevant: bool, stance: float | None, label: str | None, version: str = "v1") -> Score:
    return Score(
        topic="t",
        scorer_version=version,
        lang="fi",
        relevant=relevant,
        terms=("Kuntaliitto",) if relevant else (),
        sentiment=0.1,
        stance=stance,
        label=label,
        evidence=("hyvä(+1.9)",),
    )  # type: ignore[arg-type]


def test_migrations_reach_head(engine: sa.Engine) -> None:
    """Alembic migrations run to head on both backends."""
    assert current_revision(engine) == head_revision() is not None


def test_save_posts_returns_only_new_and_changed(engine: sa.Engine) -> None:
    """save_posts inserts new posts, ignores unchanged repeats, and keeps an edit as a revision."""
    first = repo.save_posts(engine, posts=[make_post(1), make_post(2)], now=NOW)
    assert [s.change for s in first] == ["new", "new"]
    assert repo.save_posts(engine, posts=[make_post(1), make_post(2)], now=NOW) == []
    edited = repo.save_posts(
        engine,
        posts=[make_post(1, text="Edited text about Kuntaliitto")],
        now=NOW + timedelta(hours=1),
    )
    assert [(s.change, s.post.text) for s in edited] == [("edited", "Edited text about Kuntaliitto")]
    detail = repo.get_post(engine, post_id=edited[0].id)
    assert detail is not None
    assert detail.post.post.text == "Edited text about Kuntaliitto"
    assert [r["text"] for r in detail.revisions] == ["Post number 1 about Kuntaliitto"]
    assert detail.post.post.edited_at == NOW + timedelta(hours=1)
    assert repo.count_posts(engine) == 2


def test_datetimes_come_back_aware_utc(engine: sa.Engine) -> None:
    """Every stored datetime is read back timezone-aware in UTC, on both backends."""
    repo.save_posts(engine, posts=[make_post(1)], now=NOW)
    sp = repo.query_posts(engine)[0]
    assert sp.post.created_at == NOW and sp.post.created_at.tzinfo is not None
    assert sp.fetched_at.utcoffset() == timedelta(0)


def test_commit_poll_advances_cursor_with_posts(engine: sa.Engine) -> None:
    """The cursor moves in the same transaction as the posts, and a failure keeps it."""
    out = repo.commit_poll(
        engine,
        account="feed:x",
        official_id="karhunen",
        platform="feed",
        posts=[make_post(1)],
        cursor=Cursor(etag='"abc"', last_modified="Wed, 18 Nov 2026 10:00:00 GMT"),
        now=NOW,
        next_poll=NOW + timedelta(minutes=15),
        posts_per_day=2.0,
    )
    assert len(out.saved) == 1
    state = repo.account_states(engine)["feed:x"]
    assert state.cursor.etag == '"abc"' and state.consecutive_failures == 0
    assert state.last_post_at == NOW
    n = repo.record_failure(
        engine,
        account="feed:x",
        official_id="karhunen",
        platform="feed",
        error="server error (HTTP 500)",
        now=NOW + timedelta(minutes=15),
        next_poll=NOW + timedelta(minutes=30),
    )
    n = repo.record_failure(
        engine,
        account="feed:x",
        official_id="karhunen",
        platform="feed",
        error="server error (HTTP 500)",
        now=NOW + timedelta(minutes=30),
        next_poll=NOW + timedelta(minutes=60),
    )
    state = repo.account_states(engine)["feed:x"]
    assert n == 2 and state.consecutive_failures == 2
    assert state.cursor.etag == '"abc"'
    assert state.last_success == NOW and state.last_error == "server error (HTTP 500)"


def test_deletion_is_marked_not_erased(engine: sa.Engine) -> None:
    """A post missing from a fully re-read window is marked deleted and stays queryable."""
    posts = [make_post(1, hours=1), make_post(2, hours=2), make_post(3, hours=100)]
    repo.save_posts(engine, posts=posts, now=NOW)
    out = repo.commit_poll(
        engine,
        account=posts[0].account,
        official_id="karhunen",
        platform="feed",
        posts=[posts[0]],
        cursor=None,
        now=NOW,
        next_poll=NOW,
        posts_per_day=None,
        window_start=NOW - timedelta(hours=10),
    )
    assert out.deleted == 1
    visible = {sp.post.native_id for sp in repo.query_posts(engine)}
    assert visible == {"id-1", "id-3"}
    everything = {sp.post.native_id: sp for sp in repo.query_posts(engine, include_deleted=True)}
    assert everything["id-2"].deleted_at == NOW
    changed = repo.changed_posts(engine, start=NOW - timedelta(hours=1), end=NOW + timedelta(hours=1))
    assert [(c.change, c.post_id) for c in changed] == [("deleted", everything["id-2"].id)]


def test_query_filters_and_order(engine: sa.Engine) -> None:
    """Filters by official, platform, time, topic and stance; newest first."""
    saved = repo.save_posts(
        engine,
        posts=[
            make_post(1, hours=1),
            make_post(2, hours=30),
            make_post(3, official="vartiainen", hours=2),
            make_post(4, hours=3, platform="bluesky", text="Nothing relevant"),
        ],
        now=NOW,
    )
    ids = {s.post.native_id + s.post.platform: s.id for s in saved}
    repo.save_scores(
        engine,
        scores=[
            (ids["id-1feed"], score(True, 0.6, "positive")),
            (ids["id-2feed"], score(True, -0.5, "negative")),
            (ids["id-3feed"], score(True, 0.0, "neutral")),
            (ids["id-4bluesky"], score(False, None, None)),
        ],
        now=NOW,
    )
    got = repo.query_posts(engine, official="karhunen")
    assert [sp.post.native_id for sp in got] == ["id-1", "id-4", "id-2"]
    assert [sp.post.native_id for sp in repo.query_posts(engine, platform="bluesky")] == ["id-4"]
    assert [sp.post.native_id for sp in repo.query_posts(engine, since=NOW - timedelta(hours=2, minutes=30))] == [
        "id-1",
        "id-3",
    ]
    assert [sp.post.native_id for sp in repo.query_posts(engine, until=NOW - timedelta(hours=2, minutes=30))] == [
        "id-4",
        "id-2",
    ]
    rel = repo.query_posts(engine, topic="t", relevant_only=True)
    assert {sp.post.native_id for sp in rel} == {"id-1", "id-2", "id-3"}
    neg = repo.query_posts(engine, topic="t", stance="negative")
    assert [(sp.post.native_id, sp.score.label if sp.score else None) for sp in neg] == [("id-2", "negative")]
    assert len(repo.query_posts(engine, limit=2)) == 2
    with pytest.raises(StorageError):
        repo.query_posts(engine, stance="positive")


def test_scores_keep_versions(engine: sa.Engine) -> None:
    """A new scorer version adds scores beside the old ones; queries use the newest version."""
    [s] = repo.save_posts(engine, posts=[make_post(1)], now=NOW)
    repo.save_scores(engine, scores=[(s.id, score(True, -0.2, "negative", "v1"))], now=NOW)
    assert repo.posts_needing_score(engine, topic="t", scorer_version="v2") == [(s.id, make_post(1))]
    repo.save_scores(engine, scores=[(s.id, score(True, 0.4, "positive", "v2"))], now=NOW + timedelta(seconds=1))
    assert repo.posts_needing_score(engine, topic="t", scorer_version="v2") == []
    assert sorted(repo.scorer_versions(engine, topic="t")) == [("v1", 1), ("v2", 1)]
    [sp] = repo.query_posts(engine, topic="t")
    assert sp.score is not None and sp.score.scorer_version == "v2" and sp.score.label == "positive"
    [old] = repo.query_posts(engine, topic="t", scorer_version="v1")
    assert old.score is not None and old.score.label == "negative"


def test_full_text_search(engine: sa.Engine) -> None:
    """Full-text search finds words in any position, newest first, and survives odd input."""
    repo.save_posts(
        engine,
        posts=[
            make_post(1, text="Yhteistyö Kuntaliiton kanssa etenee hyvin", hours=5),
            make_post(2, text="Sää on kaunis tänään", hours=1),
            make_post(3, text="Kuntaliiton hallitus kokoontui", hours=2),
        ],
        now=NOW,
    )
    assert [sp.post.native_id for sp in repo.query_posts(engine, search="Kuntaliiton")] == [
        "id-3",
        "id-1",
    ]
    assert [sp.post.native_id for sp in repo.query_posts(engine, search="sää")] == ["id-2"]
    assert repo.query_posts(engine, search='"unbalanced AND OR (') == []
    repo.save_posts(engine, posts=[make_post(2, text="Sade jatkuu huomenna", hours=1)], now=NOW)  # an edit
    assert repo.query_posts(engine, search="sää") == []
    assert [sp.post.native_id for sp in repo.query_posts(engine, search="huomenna")] == ["id-2"]
    repo.ingest_rows(engine, posts=[make_post(9, text="Tuotu massana Kuntaliiton arkistosta", hours=9)], now=NOW)
    assert [sp.post.native_id for sp in repo.query_posts(engine, search="arkistosta")] == ["id-9"]


def test_digest_outbox_is_unique_per_period_and_channel(engine: sa.Engine) -> None:
    """Recording the same digest twice queues one delivery per channel, never two."""
    start = NOW - timedelta(days=1)
    for _ in range(2):
        repo.record_digest(
            engine,
            topic="t",
            period_start=start,
            period_end=NOW,
            content={"x": 1},
            relevant_posts=3,
            channels=[("slack", "slack"), ("console", "console")],
            now=NOW,
        )
    due = repo.due_deliveries(engine, now=NOW)
    assert sorted(d.channel for d in due) == ["console", "slack"]
    d = next(x for x in due if x.channel == "slack")
    repo.delivery_sending(engine, delivery_id=d.id, parts_total=2, now=NOW)
    repo.delivery_part_sent(engine, delivery_id=d.id, parts_sent=1, now=NOW, done=False)
    repo.delivery_failed(
        engine,
        delivery_id=d.id,
        error="server error",
        next_attempt=NOW + timedelta(minutes=1),
        now=NOW,
    )
    assert [x.channel for x in repo.due_deliveries(engine, now=NOW)] == ["console"]
    [again] = [x for x in repo.due_deliveries(engine, now=NOW + timedelta(minutes=1)) if x.channel == "slack"]
    assert again.parts_sent == 1 and again.attempts == 1 and again.content == {"x": 1}
    repo.delivery_part_sent(engine, delivery_id=d.id, parts_sent=2, now=NOW, done=True)
    assert [x.channel for x in repo.due_deliveries(engine, now=NOW + timedelta(days=1))] == ["console"]
    assert repo.last_digest_end(engine, topic="t") == NOW


def test_usage_and_meta(engine: sa.Engine) -> None:
    """Usage counters add up per day; meta values round-trip."""
    repo.add_usage(engine, platform="x", day="2026-11-20", posts_read=5, requests=1)
    repo.add_usage(engine, platform="x", day="2026-11-20", posts_read=7, requests=2)
    repo.add_usage(engine, platform="x", day="2026-11-19", posts_read=1, requests=1)
    assert repo.usage(engine, platform="x", since_day="2026-11-20") == {"2026-11-20": 12}
    repo.set_meta(engine, key="last_poll", value={"accounts": 3}, now=NOW)
    repo.set_meta(engine, key="last_poll", value={"accounts": 4}, now=NOW + timedelta(seconds=5))
    assert repo.get_meta(engine, key="last_poll") == ({"accounts": 4}, NOW + timedelta(seconds=5))
    assert repo.get_meta(engine, key="nothing") is None


def test_naive_datetime_refused(engine: sa.Engine) -> None:
    """A naive datetime cannot be stored: every stored time is UTC-aware."""
    with pytest.raises(sa.exc.StatementError):
        repo.save_posts(engine, posts=[replace(make_post(1), created_at=NOW.replace(tzinfo=None))], now=NOW)


def test_prune_raw_keeps_posts(engine: sa.Engine) -> None:
    """Pruning raw payloads never removes the posts themselves."""
    [saved] = repo.save_posts(engine, posts=[replace(make_post(1), raw={"a": 1})], now=NOW - timedelta(days=40))
    before = repo.get_post(engine, post_id=saved.id)
    assert before is not None and before.post.post.raw == {"a": 1}
    assert repo.prune_raw(engine, older_than=NOW - timedelta(days=30)) == 1
    assert repo.count_posts(engine) == 1
    after = repo.get_post(engine, post_id=saved.id)
    assert after is not None and after.post.post.raw is None


def test_stats_buckets(engine: sa.Engine) -> None:
    """stats() counts posts and relevant posts per official per day, with mean stance."""
    saved = repo.save_posts(
        engine,
        posts=[make_post(1, hours=1), make_post(2, hours=2), make_post(3, hours=30)],
        now=NOW,
    )
    repo.save_scores(
        engine,
        scores=[(s.id, score(True, 0.5 if i else -0.5, "positive")) for i, s in enumerate(saved)],
        now=NOW,
    )
    rows = repo.stats(
        engine,
        topic="t",
        since=NOW - timedelta(days=3),
        until=NOW + timedelta(hours=1),
        bucket_of=lambda d: d.astimezone(UTC).date(),
    )
    assert [(r.bucket.isoformat(), r.posts, r.relevant) for r in rows] == [
        ("2026-11-19", 1, 1),
        ("2026-11-20", 2, 2),
    ]
    assert rows[1].mean_stance == pytest.approx(0.0)


def test_prune_posts_cascades(engine: sa.Engine) -> None:
    """Pruning old posts removes them with their revisions and scores, and nothing newer."""
    saved = repo.save_posts(engine, posts=[make_post(1, hours=24 * 40), make_post(2, hours=1)], now=NOW)
    repo.save_posts(engine, posts=[make_post(1, hours=24 * 40, text="edited")], now=NOW)
    repo.save_scores(engine, scores=[(s.id, score(True, 0.5, "positive")) for s in saved], now=NOW)
    assert repo.prune_posts(engine, created_before=NOW - timedelta(days=30)) == 1
    assert [sp.post.native_id for sp in repo.query_posts(engine, include_deleted=True)] == ["id-2"]
    assert repo.scorer_versions(engine, topic="t") == [("v1", 1)]
    assert repo.query_posts(engine, search="edited") == []


def test_record_unchanged_batches_state(engine: sa.Engine) -> None:
    """Unchanged polls record success, a new ETag and the next poll in one batch, keeping what was known."""
    repo.commit_poll(
        engine,
        account="feed:a",
        official_id="o",
        platform="feed",
        posts=[make_post(1)],
        cursor=Cursor(etag='"1"'),
        now=NOW,
        next_poll=NOW,
        posts_per_day=2.0,
    )
    repo.record_failure(
        engine, account="feed:b", official_id="o", platform="feed", error="boom", now=NOW, next_poll=NOW
    )
    later = NOW + timedelta(hours=1)
    repo.record_unchanged(
        engine,
        polls=[
            repo.UnchangedPoll(
                account="feed:a",
                official_id="o",
                platform="feed",
                cursor=Cursor(etag='"2"'),
                next_poll=later + timedelta(minutes=15),
                posts_per_day=2.0,
            ),
            repo.UnchangedPoll(
                account="feed:b",
                official_id="o",
                platform="feed",
                cursor=None,
                next_poll=later,
                posts_per_day=None,
                recheck=True,
            ),
            repo.UnchangedPoll(
                account="feed:c",
                official_id="o",
                platform="feed",
                cursor=Cursor(etag='"c"'),
                next_poll=later,
                posts_per_day=None,
            ),
        ],
        now=later,
    )
    states = repo.account_states(engine)
    assert (
        states["feed:a"].cursor.etag == '"2"'
        and states["feed:a"].last_post_at == NOW
        and states["feed:a"].last_success == later
    )
    assert (
        states["feed:b"].consecutive_failures == 0
        and states["feed:b"].last_error is None
        and states["feed:b"].last_recheck == later
    )
    assert states["feed:c"].cursor.etag == '"c"' and states["feed:c"].next_poll == later
