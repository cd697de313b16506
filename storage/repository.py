"""Every query Vahti makes, as functions with keyword arguments.

Rules kept here: storage never reads the clock (`now` is passed in); rows never leave this
package (callers get `bot.model` records); ingest goes through SQLAlchemy Core in batches with
ON CONFLICT, because the ORM's per-row add() is an order of magnitude slower.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from bot.errors import StorageError
from bot.model import (
    AccountState,
    ChangedPost,
    Cursor,
    Delivery,
    Post,
    SavedPost,
    Score,
    StoredPost,
)
from storage.tables import (
    AccountStateRow,
    ChannelStateRow,
    DeliveryRow,
    DigestRow,
    MetaRow,
    PostRow,
    RevisionRow,
    ScoreRow,
    UsageRow,
)

P = PostRow.__table__  # type: ignore[attr-defined]
R = RevisionRow.__table__  # type: ignore[attr-defined]
S = ScoreRow.__table__  # type: ignore[attr-defined]
A = AccountStateRow.__table__  # type: ignore[attr-defined]
D = DigestRow.__table__  # type: ignore[attr-defined]
DL = DeliveryRow.__table__  # type: ignore[attr-defined]
CH = ChannelStateRow.__table__  # type: ignore[attr-defined]
U = UsageRow.__table__  # type: ignore[attr-defined]
M = MetaRow.__table__  # type: ignore[attr-defined]

BATCH = 500
PG_RARE_CAP = 2000  # a search word with at most this many matches is sorted from the GIN results


def _insert(conn: Connection, table: sa.Table) -> Any:
    """A dialect-specific INSERT that supports ON CONFLICT."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def _chunks(items: Sequence[Any], n: int = BATCH) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def content_hash(post: Post) -> str:
    return hashlib.sha256(f"{post.title or ''}\x00{post.text}".encode()).hexdigest()


# --------------------------------------------------------------------------------------- posts


def _post_values(post: Post, *, now: datetime) -> dict[str, Any]:
    return {
        "platform": post.platform,
        "native_id": post.native_id,
        "official_id": post.official_id,
        "account": post.account,
        "url": post.url,
        "title": post.title,
        "text": post.text,
        "lang": post.lang,
        "created_at": post.created_at,
        "fetched_at": now,
        "edited_at": post.edited_at,
        "deleted_at": None,
        "is_repost": post.is_repost,
        "is_reply": post.is_reply,
        "content_hash": content_hash(post),
        "raw": post.raw,
    }


def save_posts(engine: Engine, *, posts: Sequence[Post], now: datetime) -> list[SavedPost]:
    """Insert new posts and record edits; return only the posts that were inserted or changed."""
    with engine.begin() as conn:
        return _save_posts(conn, posts=posts, now=now)


def _save_posts(conn: Connection, *, posts: Sequence[Post], now: datetime) -> list[SavedPost]:
    unique: dict[tuple[str, str], Post] = {}
    for p in posts:
        unique[(p.platform, p.native_id)] = p
    if not unique:
        return []
    existing: dict[tuple[str, str], Any] = {}
    by_platform: dict[str, list[str]] = {}
    for platform, native in unique:
        by_platform.setdefault(platform, []).append(native)
    for platform, natives in by_platform.items():
        for chunk in _chunks(natives):
            rows = conn.execute(
                sa.select(
                    P.c.id,
                    P.c.native_id,
                    P.c.content_hash,
                    P.c.title,
                    P.c.text,
                    P.c.edited_at,
                    P.c.deleted_at,
                    P.c.raw,
                ).where(P.c.platform == platform, P.c.native_id.in_(chunk))
            ).all()
            for r in rows:
                existing[(platform, r.native_id)] = r

    out: list[SavedPost] = []
    new_values = [_post_values(p, now=now) for k, p in unique.items() if k not in existing]
    if new_values:
        stmt = _insert(conn, P).on_conflict_do_nothing(index_elements=["platform", "native_id"])
        stmt = stmt.returning(P.c.id, P.c.platform, P.c.native_id)
        for chunk in _chunks(new_values):
            rows = conn.execute(stmt, list(chunk)).all()
            _index_search(conn, [row.id for row in rows])
            for row in rows:
                out.append(SavedPost(id=row.id, post=unique[(row.platform, row.native_id)], change="new"))

    revisions = []
    for key, post in unique.items():
        old = existing.get(key)
        if old is None:
            continue
        h = content_hash(post)
        if h == old.content_hash:
            if old.deleted_at is not None:
                # Seen again: the earlier "deleted" was a source hiccup, not a deletion.
                conn.execute(sa.update(P).where(P.c.id == old.id).values(deleted_at=None))
            continue
        revisions.append(
            {
                "post_id": old.id,
                "title": old.title,
                "text": old.text,
                "edited_at": old.edited_at,
                "recorded_at": now,
                "raw": old.raw,
            }
        )
        conn.execute(
            sa.update(P)
            .where(P.c.id == old.id)
            .values(
                title=post.title,
                text=post.text,
                lang=post.lang,
                url=post.url,
                edited_at=post.edited_at or now,
                deleted_at=None,
                content_hash=h,
                raw=post.raw,
            )
        )
        out.append(SavedPost(id=old.id, post=post, change="edited"))
    if revisions:
        conn.execute(sa.insert(R), revisions)
    return out


def mark_deleted(
    engine: Engine,
    *,
    account: str,
    window_start: datetime,
    live_native_ids: Iterable[str],
    platform: str,
    now: datetime,
) -> int:
    """Mark as deleted the stored posts of a fully re-read window that the source no longer has."""
    with engine.begin() as conn:
        return _mark_deleted(
            conn,
            account=account,
            window_start=window_start,
            live_native_ids=set(live_native_ids),
            platform=platform,
            now=now,
        )


def _mark_deleted(
    conn: Connection,
    *,
    account: str,
    window_start: datetime,
    live_native_ids: set[str],
    platform: str,
    now: datetime,
) -> int:
    rows = conn.execute(
        sa.select(P.c.id, P.c.native_id).where(
            P.c.account == account,
            P.c.platform == platform,
            P.c.created_at >= window_start,
            P.c.deleted_at.is_(None),
        )
    ).all()
    gone = [r.id for r in rows if r.native_id not in live_native_ids]
    for chunk in _chunks(gone):
        conn.execute(sa.update(P).where(P.c.id.in_(chunk)).values(deleted_at=now))
    return len(gone)


# ------------------------------------------------------------------------------------ polling


def _state_from_row(r: Any) -> AccountState:
    return AccountState(
        account=r.account,
        official_id=r.official_id,
        platform=r.platform,
        cursor=Cursor(etag=r.etag, last_modified=r.last_modified, position=r.position),
        last_attempt=r.last_attempt,
        last_success=r.last_success,
        consecutive_failures=r.consecutive_failures,
        last_error=r.last_error,
        permanent_error=r.permanent_error,
        next_poll=r.next_poll,
        last_post_at=r.last_post_at,
        posts_per_day=r.posts_per_day,
        last_recheck=r.last_recheck,
        first_success=r.first_success,
    )


def account_states(engine: Engine) -> dict[str, AccountState]:
    with engine.connect() as conn:
        return {r.account: _state_from_row(r) for r in conn.execute(sa.select(A)).all()}


_STATE_DEFAULTS: dict[str, Any] = {c.name: None for c in A.columns} | {
    "consecutive_failures": 0,
    "permanent_error": False,
}
_STATE_UPSERT: dict[str, Any] = {}


def _state_upsert(conn: Connection) -> Any:
    """One prebuilt upsert per dialect: building it per call cost more CPU than the poll itself."""
    name = conn.dialect.name
    if name not in _STATE_UPSERT:
        stmt = _insert(conn, A)
        _STATE_UPSERT[name] = stmt.on_conflict_do_update(
            index_elements=["account"], set_={c.name: stmt.excluded[c.name] for c in A.columns if c.name != "account"}
        )
    return _STATE_UPSERT[name]


def _old_state(conn: Connection, account: str) -> dict[str, Any]:
    row = conn.execute(sa.select(A).where(A.c.account == account)).mappings().first()
    return dict(row) if row else {}


def _upsert_state(conn: Connection, values: dict[str, Any], *, old: dict[str, Any]) -> None:
    conn.execute(_state_upsert(conn), _STATE_DEFAULTS | old | values)


def _success_values(
    *,
    account: str,
    official_id: str,
    platform: str,
    cursor: Cursor | None,
    next_poll: datetime,
    posts_per_day: float | None,
    recheck: bool,
    old: dict[str, Any],
    now: datetime,
) -> dict[str, Any]:
    """An account's state after a successful poll; the cursor moves only when the source gave one."""
    values: dict[str, Any] = {
        "account": account,
        "official_id": official_id,
        "platform": platform,
        "last_attempt": now,
        "last_success": now,
        "consecutive_failures": 0,
        "last_error": None,
        "permanent_error": False,
        "next_poll": next_poll,
        "posts_per_day": posts_per_day,
        "updated_at": now,
    }
    if cursor is not None:
        values.update(etag=cursor.etag, last_modified=cursor.last_modified, position=cursor.position)
    if recheck:
        values["last_recheck"] = now
    if old.get("first_success") is None:
        values["first_success"] = now
    return values


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What committing one poll did."""

    saved: list[SavedPost]
    deleted: int


def commit_poll(
    engine: Engine,
    *,
    account: str,
    official_id: str,
    platform: str,
    posts: Sequence[Post],
    cursor: Cursor | None,
    now: datetime,
    next_poll: datetime,
    posts_per_day: float | None,
    window_start: datetime | None = None,
    recheck: bool = False,
    scorer: Callable[[list[SavedPost]], list[tuple[int, Score]]] | None = None,
) -> PollOutcome:
    """Save a successful poll's posts and advance its cursor in ONE transaction.

    Why one transaction: a crash between the two would either lose posts (cursor advanced first)
    or re-read them (posts first, then the cursor); committing both together gives neither.
    `scorer` scores the saved posts inside the same transaction, so no post is ever stored
    without its scores (save_posts returns a post as new only once).
    """
    with engine.begin() as conn:
        saved = _save_posts(conn, posts=posts, now=now)
        if saved and scorer is not None:
            _save_scores(conn, scores=scorer(saved), now=now)
        deleted = 0
        if window_start is not None:
            deleted = _mark_deleted(
                conn,
                account=account,
                window_start=window_start,
                live_native_ids={p.native_id for p in posts},
                platform=platform,
                now=now,
            )
        newest = max((p.created_at for p in posts), default=None)
        old = _old_state(conn, account)
        values = _success_values(
            account=account,
            official_id=official_id,
            platform=platform,
            cursor=cursor,
            next_poll=next_poll,
            posts_per_day=posts_per_day,
            recheck=recheck,
            old=old,
            now=now,
        )
        old_newest = old.get("last_post_at")
        if newest is not None and (old_newest is None or newest > old_newest):
            values["last_post_at"] = newest
        _upsert_state(conn, values, old=old)
        return PollOutcome(saved=saved, deleted=deleted)


@dataclass(frozen=True, slots=True)
class UnchangedPoll:
    """A successful poll that brought nothing new: only the account's state moves."""

    account: str
    official_id: str
    platform: str
    cursor: Cursor | None
    next_poll: datetime
    posts_per_day: float | None
    recheck: bool = False


def record_unchanged(engine: Engine, *, polls: Sequence[UnchangedPoll], now: datetime) -> None:
    """Record many unchanged polls' state in one transaction."""
    if not polls:
        return
    with engine.begin() as conn:
        old: dict[str, dict[str, Any]] = {}
        for chunk in _chunks([p.account for p in polls]):
            for row in conn.execute(sa.select(A).where(A.c.account.in_(chunk))).mappings():
                old[row["account"]] = dict(row)
        rows = []
        for p in polls:
            previous = old.get(p.account, {})
            values = _success_values(
                account=p.account,
                official_id=p.official_id,
                platform=p.platform,
                cursor=p.cursor,
                next_poll=p.next_poll,
                posts_per_day=p.posts_per_day,
                recheck=p.recheck,
                old=previous,
                now=now,
            )
            rows.append(_STATE_DEFAULTS | previous | values)
        conn.execute(_state_upsert(conn), rows)


def record_failure(
    engine: Engine,
    *,
    account: str,
    official_id: str,
    platform: str,
    error: str,
    now: datetime,
    next_poll: datetime,
    permanent: bool = False,
    count_failure: bool = True,
) -> int:
    """Record a failed poll; the cursor is left as it was. Returns the consecutive failures."""
    with engine.begin() as conn:
        old = _old_state(conn, account)
        failures = (old.get("consecutive_failures") or 0) + (1 if count_failure else 0)
        _upsert_state(
            conn,
            {
                "account": account,
                "official_id": official_id,
                "platform": platform,
                "last_attempt": now,
                "consecutive_failures": failures,
                "last_error": error[:1000],
                "permanent_error": permanent,
                "next_poll": next_poll,
                "updated_at": now,
            },
            old=old,
        )
        return failures


# ---------------------------------------------------------------------------------------- scores


def save_scores(engine: Engine, *, scores: Sequence[tuple[int, Score]], now: datetime) -> int:
    """Insert or replace scores, keyed by (post, topic, scorer version)."""
    with engine.begin() as conn:
        return _save_scores(conn, scores=scores, now=now)


def _save_scores(conn: Connection, *, scores: Sequence[tuple[int, Score]], now: datetime) -> int:
    if not scores:
        return 0
    values = [
        {
            "post_id": post_id,
            "topic": s.topic,
            "scorer_version": s.scorer_version,
            "lang": s.lang,
            "relevant": s.relevant,
            "terms": list(s.terms),
            "sentiment": s.sentiment,
            "stance": s.stance,
            "label": s.label,
            "evidence": list(s.evidence),
            "scored_at": now,
        }
        for post_id, s in scores
    ]
    stmt = _insert(conn, S)
    stmt = stmt.on_conflict_do_update(
        index_elements=["post_id", "topic", "scorer_version"],
        set_={
            k: stmt.excluded[k]
            for k in ("lang", "relevant", "terms", "sentiment", "stance", "label", "evidence", "scored_at")
        },
    )
    for chunk in _chunks(values):
        conn.execute(stmt, list(chunk))
    return len(values)


def posts_needing_score(
    engine: Engine,
    *,
    topic: str,
    scorer_version: str,
    since: datetime | None = None,
    limit: int = 1000,
    after_id: int = 0,
) -> list[tuple[int, Post]]:
    """Posts without a score for this topic and scorer version, oldest id first, for rescoring."""
    sub = sa.select(S.c.post_id).where(S.c.topic == topic, S.c.scorer_version == scorer_version)
    q = sa.select(P).where(~P.c.id.in_(sub), P.c.id > after_id).order_by(P.c.id).limit(limit)
    if since is not None:
        q = q.where(P.c.created_at >= since)
    with engine.connect() as conn:
        return [(r.id, _post_from_row(r)) for r in conn.execute(q).all()]


def count_posts_needing_score(engine: Engine, *, topic: str, scorer_version: str, since: datetime | None = None) -> int:
    sub = sa.select(S.c.post_id).where(S.c.topic == topic, S.c.scorer_version == scorer_version)
    q = sa.select(sa.func.count()).select_from(P).where(~P.c.id.in_(sub))
    if since is not None:
        q = q.where(P.c.created_at >= since)
    with engine.connect() as conn:
        return int(conn.execute(q).scalar_one())


def latest_scorer_version(engine: Engine, *, topic: str) -> str | None:
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(S.c.scorer_version).where(S.c.topic == topic).order_by(S.c.scored_at.desc()).limit(1)
        ).first()
    return row.scorer_version if row else None


def scorer_versions(engine: Engine, *, topic: str) -> list[tuple[str, int]]:
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(S.c.scorer_version, sa.func.count()).where(S.c.topic == topic).group_by(S.c.scorer_version)
        ).all()
    return [(r[0], int(r[1])) for r in rows]


# ---------------------------------------------------------------------------------------- queries


def _post_from_row(r: Any, *, with_raw: bool = True) -> Post:
    return Post(
        platform=r.platform,
        native_id=r.native_id,
        official_id=r.official_id,
        account=r.account,
        url=r.url,
        text=r.text,
        created_at=r.created_at,
        lang=r.lang,
        title=r.title,
        edited_at=r.edited_at,
        is_repost=r.is_repost,
        is_reply=r.is_reply,
        raw=r.raw if with_raw else None,
    )


def _score_from_row(r: Any) -> Score | None:
    if getattr(r, "s_topic", None) is None:
        return None
    return Score(
        topic=r.s_topic,
        scorer_version=r.s_version,
        lang=r.s_lang,
        relevant=bool(r.s_relevant),
        terms=tuple(r.s_terms or ()),
        sentiment=float(r.s_sentiment or 0.0),
        stance=r.s_stance,
        label=r.s_label,
        evidence=tuple(r.s_evidence or ()),
    )


_SCORE_COLS = (
    S.c.topic.label("s_topic"),
    S.c.scorer_version.label("s_version"),
    S.c.lang.label("s_lang"),
    S.c.relevant.label("s_relevant"),
    S.c.terms.label("s_terms"),
    S.c.sentiment.label("s_sentiment"),
    S.c.stance.label("s_stance"),
    S.c.label.label("s_label"),
    S.c.evidence.label("s_evidence"),
)


def fts_query(text: str) -> str:
    """A user's search words as a safe FTS5 query: each word quoted, `word*` kept as a prefix."""
    parts = []
    for word in text.split():
        prefix = word.endswith("*")
        word = word.rstrip("*").replace('"', '""')
        if word:
            parts.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(parts)


def query_posts(
    engine: Engine,
    *,
    official: str | None = None,
    platform: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    topic: str | None = None,
    relevant_only: bool = False,
    stance: str | None = None,
    search: str | None = None,
    include_deleted: bool = False,
    scorer_version: str | None = None,
    limit: int | None = 100,
) -> list[StoredPost]:
    """Stored posts, newest first, with their score for `topic` when one is given.

    The timeline runs on the (official, created_at) and (account, created_at) indexes. A search
    walks the full-text index newest-first (SQLite: FTS5 by rowid, descending) and stops at
    `limit`, instead of ranking every match of a common word.
    """
    if stance is not None:
        relevant_only = True
    if relevant_only and topic is None:
        raise StorageError("a stance or relevance filter needs a topic")
    if topic is not None and scorer_version is None:
        scorer_version = latest_scorer_version(engine, topic=topic)
    # Lists leave out the raw payload: it is for provenance (`vahti posts show`), and decoding it
    # for every row was a third of a page's cost.
    listed = [c for c in P.columns if c.name not in ("raw", "content_hash")]
    cols = [*listed, *_SCORE_COLS] if topic is not None else listed
    q = sa.select(*cols)
    if topic is not None:
        on = sa.and_(S.c.post_id == P.c.id, S.c.topic == topic, S.c.scorer_version == (scorer_version or ""))
        q = q.select_from(P.join(S, on)) if relevant_only else q.select_from(P.outerjoin(S, on))
        if relevant_only:
            q = q.where(S.c.relevant.is_(True))
        if stance is not None:
            q = q.where(S.c.label == stance)
    if official:
        q = q.where(P.c.official_id == official)
    if platform:
        q = q.where(P.c.platform == platform)
    if since is not None:
        q = q.where(P.c.created_at >= since)
    if until is not None:
        q = q.where(P.c.created_at < until)
    if not include_deleted:
        q = q.where(P.c.deleted_at.is_(None))
    resort = False
    if search:
        if engine.dialect.name == "sqlite":
            match = fts_query(search)
            if not match:
                return []
            fts = sa.table("post_fts", sa.column("rowid"))
            base = q.get_final_froms()[0] if topic is not None else P
            q = q.select_from(base.join(fts, fts.c.rowid == P.c.id)).where(
                sa.text("post_fts MATCH :fts_q").bindparams(fts_q=match)
            )
            q = q.order_by(fts.c.rowid.desc())
            resort = True
        else:
            # PostgreSQL misjudges rare words (it walks created_at newest-first hoping to meet
            # 50 matches soon, and reads the whole table). So ask the GIN index first, capped:
            # a rare word's few matches are then sorted by time; a common word walks the
            # created_at index and stops at `limit`.
            matches = sa.literal_column("post.search").op("@@")(sa.func.plainto_tsquery("simple", search))
            with engine.connect() as conn:
                few = conn.execute(sa.select(P.c.id).where(matches).limit(PG_RARE_CAP + 1)).scalars().all()
            q = q.where(P.c.id.in_(few)) if len(few) <= PG_RARE_CAP else q.where(matches)
            q = q.order_by(P.c.created_at.desc(), P.c.id.desc())
    else:
        q = q.order_by(P.c.created_at.desc(), P.c.id.desc())
    if limit is not None:
        q = q.limit(limit)
    try:
        with engine.connect() as conn:
            rows = conn.execute(q).all()
    except sa.exc.OperationalError as e:
        raise StorageError(f"query failed: {e.orig}") from e
    out = [
        StoredPost(
            id=r.id,
            post=_post_from_row(r, with_raw=False),
            fetched_at=r.fetched_at,
            deleted_at=r.deleted_at,
            score=_score_from_row(r) if topic is not None else None,
        )
        for r in rows
    ]
    if resort:
        out.sort(key=lambda sp: (sp.post.created_at, sp.id), reverse=True)
    return out


@dataclass(frozen=True, slots=True)
class PostDetail:
    post: StoredPost
    revisions: list[dict[str, Any]]
    scores: list[Score]


def get_post(engine: Engine, *, post_id: int) -> PostDetail | None:
    """One post with its earlier versions (oldest first) and every score it has."""
    with engine.connect() as conn:
        r = conn.execute(sa.select(P).where(P.c.id == post_id)).first()
        if r is None:
            return None
        revs = conn.execute(
            sa.select(R.c.title, R.c.text, R.c.edited_at, R.c.recorded_at)
            .where(R.c.post_id == post_id)
            .order_by(R.c.recorded_at, R.c.id)
        ).all()
        scores = conn.execute(sa.select(*_SCORE_COLS).where(S.c.post_id == post_id).order_by(S.c.scored_at)).all()
    stored = StoredPost(
        id=r.id,
        post=_post_from_row(r),
        fetched_at=r.fetched_at,
        deleted_at=r.deleted_at,
        revisions=len(revs),
    )
    return PostDetail(
        post=stored,
        revisions=[dict(x._mapping) for x in revs],
        scores=[s for s in (_score_from_row(x) for x in scores) if s is not None],
    )


def changed_posts(engine: Engine, *, start: datetime, end: datetime) -> list[ChangedPost]:
    """Posts edited (a revision recorded) or deleted within [start, end)."""
    out: list[ChangedPost] = []
    with engine.connect() as conn:
        for r in conn.execute(
            sa.select(P.c.id, P.c.official_id, P.c.url, P.c.text, P.c.deleted_at).where(
                P.c.deleted_at >= start, P.c.deleted_at < end
            )
        ).all():
            out.append(
                ChangedPost(
                    post_id=r.id,
                    official_id=r.official_id,
                    url=r.url,
                    change="deleted",
                    at=r.deleted_at,
                    snippet=r.text[:280],
                )
            )
        q = (
            sa.select(P.c.id, P.c.official_id, P.c.url, P.c.text, sa.func.max(R.c.recorded_at).label("at"))
            .select_from(R.join(P, P.c.id == R.c.post_id))
            .where(R.c.recorded_at >= start, R.c.recorded_at < end, P.c.deleted_at.is_(None))
            .group_by(P.c.id, P.c.official_id, P.c.url, P.c.text)
        )
        for r in conn.execute(q).all():
            at = r.at if r.at.tzinfo else r.at.replace(tzinfo=UTC)
            out.append(
                ChangedPost(
                    post_id=r.id,
                    official_id=r.official_id,
                    url=r.url,
                    change="edited",
                    at=at,
                    snippet=r.text[:280],
                )
            )
    out.sort(key=lambda c: c.at)
    return out


def count_posts(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(P)).scalar_one())


@dataclass(frozen=True, slots=True)
class StatRow:
    official_id: str
    bucket: date
    posts: int
    relevant: int
    mean_stance: float | None


def stats(
    engine: Engine,
    *,
    topic: str,
    since: datetime,
    until: datetime,
    bucket_of: Any,
    scorer_version: str | None = None,
) -> list[StatRow]:
    """Per-official counts and mean stance per bucket; `bucket_of(created_at) -> date` groups."""
    rows = query_posts(engine, topic=topic, since=since, until=until, scorer_version=scorer_version, limit=None)
    acc: dict[tuple[str, date], list[Any]] = {}
    for sp in rows:
        key = (sp.post.official_id, bucket_of(sp.post.created_at))
        a = acc.setdefault(key, [0, 0, []])
        a[0] += 1
        if sp.score and sp.score.relevant:
            a[1] += 1
            if sp.score.stance is not None:
                a[2].append(sp.score.stance)
    return [
        StatRow(
            official_id=k[0],
            bucket=k[1],
            posts=v[0],
            relevant=v[1],
            mean_stance=(sum(v[2]) / len(v[2])) if v[2] else None,
        )
        for k, v in sorted(acc.items())
    ]


# ---------------------------------------------------------------------------------------- digests


def last_digest_end(engine: Engine, *, topic: str) -> datetime | None:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.max(D.c.period_end)).where(D.c.topic == topic)).scalar_one()


def record_digest(
    engine: Engine,
    *,
    topic: str,
    period_start: datetime,
    period_end: datetime,
    content: dict[str, Any],
    relevant_posts: int,
    channels: Sequence[tuple[str, str]],
    now: datetime,
    skip: bool = False,
) -> int:
    """Record a digest and queue one delivery per channel; a repeat for the period is a no-op.

    The unique (topic, period, channel) keys are the last guard against a double post, even when
    two workers race.
    """
    with engine.begin() as conn:
        conn.execute(
            _insert(conn, D)
            .values(
                topic=topic,
                period_start=period_start,
                period_end=period_end,
                created_at=now,
                relevant_posts=relevant_posts,
                content=content,
            )
            .on_conflict_do_nothing(index_elements=["topic", "period_start"])
        )
        digest_id = conn.execute(
            sa.select(D.c.id).where(D.c.topic == topic, D.c.period_start == period_start)
        ).scalar_one()
        for name, kind in channels:
            conn.execute(
                _insert(conn, DL)
                .values(
                    digest_id=digest_id,
                    topic=topic,
                    period_start=period_start,
                    channel=name,
                    kind=kind,
                    status="skipped" if skip else "pending",
                    created_at=now,
                    next_attempt=now,
                )
                .on_conflict_do_nothing(index_elements=["topic", "period_start", "channel"])
            )
        return int(digest_id)


def _delivery(r: Any) -> Delivery:
    return Delivery(
        id=r.id,
        digest_id=r.digest_id,
        topic=r.topic,
        period_start=r.period_start,
        period_end=r.period_end,
        channel=r.channel,
        kind=r.kind,
        status=r.status,
        attempts=r.attempts,
        parts_total=r.parts_total,
        parts_sent=r.parts_sent,
        next_attempt=r.next_attempt,
        last_error=r.last_error,
        content=r.content,
        sent_at=r.sent_at,
    )


_DELIVERY_COLS = (
    DL.c.id,
    DL.c.digest_id,
    DL.c.topic,
    DL.c.period_start,
    D.c.period_end,
    DL.c.channel,
    DL.c.kind,
    DL.c.status,
    DL.c.attempts,
    DL.c.parts_total,
    DL.c.parts_sent,
    DL.c.next_attempt,
    DL.c.last_error,
    D.c.content,
    DL.c.sent_at,
)


def due_deliveries(engine: Engine, *, now: datetime) -> list[Delivery]:
    """Pending deliveries whose time has come, oldest period first (catch-up keeps order)."""
    q = (
        sa.select(*_DELIVERY_COLS)
        .select_from(DL.join(D, D.c.id == DL.c.digest_id))
        .where(
            DL.c.status.in_(("pending", "sending")),
            sa.or_(DL.c.next_attempt.is_(None), DL.c.next_attempt <= now),
        )
        .order_by(DL.c.period_start, DL.c.id)
    )
    with engine.connect() as conn:
        return [_delivery(r) for r in conn.execute(q).all()]


def deliveries(engine: Engine, *, topic: str | None = None, limit: int = 100) -> list[Delivery]:
    q = sa.select(*_DELIVERY_COLS).select_from(DL.join(D, D.c.id == DL.c.digest_id))
    if topic:
        q = q.where(DL.c.topic == topic)
    q = q.order_by(DL.c.period_start.desc(), DL.c.channel).limit(limit)
    with engine.connect() as conn:
        return [_delivery(r) for r in conn.execute(q).all()]


def delivery_sending(engine: Engine, *, delivery_id: int, parts_total: int, now: datetime) -> None:
    """Mark a delivery as being sent, before the request leaves (see docs on the crash window)."""
    with engine.begin() as conn:
        conn.execute(
            sa.update(DL)
            .where(DL.c.id == delivery_id)
            .values(status="sending", parts_total=parts_total, attempts=DL.c.attempts + 1)
        )


def delivery_part_sent(engine: Engine, *, delivery_id: int, parts_sent: int, now: datetime, done: bool) -> None:
    with engine.begin() as conn:
        values: dict[str, Any] = {"parts_sent": parts_sent, "last_error": None}
        if done:
            values.update(status="sent", sent_at=now, next_attempt=None)
        conn.execute(sa.update(DL).where(DL.c.id == delivery_id).values(**values))


def delivery_failed(
    engine: Engine,
    *,
    delivery_id: int,
    error: str,
    next_attempt: datetime | None,
    now: datetime,
    broken: bool = False,
) -> None:
    with engine.begin() as conn:
        conn.execute(
            sa.update(DL)
            .where(DL.c.id == delivery_id)
            .values(
                status="broken" if broken else "pending",
                last_error=error[:1000],
                next_attempt=next_attempt,
            )
        )


def requeue_broken(engine: Engine, *, now: datetime, channel: str | None = None) -> int:
    """Put deliveries to a channel marked broken back in the outbox (after the webhook is fixed)."""
    with engine.begin() as conn:
        q = sa.update(DL).where(DL.c.status == "broken")
        if channel is not None:
            q = q.where(DL.c.channel == channel)
        res = conn.execute(q.values(status="pending", next_attempt=now, last_error=None))
        return int(res.rowcount or 0)


def set_channel_state(
    engine: Engine, *, channel: str, kind: str, broken: bool, error: str | None, now: datetime
) -> None:
    with engine.begin() as conn:
        values: dict[str, Any] = {
            "channel": channel,
            "kind": kind,
            "broken": broken,
            "last_error": error,
            "updated_at": now,
        }
        if not broken and error is None:
            values["last_success"] = now
        stmt = _insert(conn, CH).values(**values)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["channel"], set_={k: v for k, v in values.items() if k != "channel"}
            )
        )


def channel_states(engine: Engine) -> dict[str, dict[str, Any]]:
    with engine.connect() as conn:
        return {r.channel: dict(r._mapping) for r in conn.execute(sa.select(CH)).all()}


# ----------------------------------------------------------------------------------- usage, meta


def add_usage(engine: Engine, *, platform: str, day: str, posts_read: int, requests: int) -> None:
    with engine.begin() as conn:
        stmt = _insert(conn, U).values(platform=platform, day=day, posts_read=posts_read, requests=requests)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["platform", "day"],
                set_={
                    "posts_read": U.c.posts_read + posts_read,
                    "requests": U.c.requests + requests,
                },
            )
        )


def usage(engine: Engine, *, platform: str, since_day: str) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(U.c.day, U.c.posts_read).where(U.c.platform == platform, U.c.day >= since_day)
        ).all()
    return {r.day: int(r.posts_read) for r in rows}


def set_meta(engine: Engine, *, key: str, value: dict[str, Any] | None, now: datetime) -> None:
    with engine.begin() as conn:
        stmt = _insert(conn, M).values(key=key, value=value, updated_at=now)
        conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value, "updated_at": now}))


def get_meta(engine: Engine, *, key: str) -> tuple[dict[str, Any] | None, datetime | None] | None:
    with engine.connect() as conn:
        r = conn.execute(sa.select(M.c.value, M.c.updated_at).where(M.c.key == key)).first()
    return (r.value, r.updated_at) if r else None


def prune_raw(engine: Engine, *, older_than: datetime) -> int:
    """Drop raw payloads of posts fetched before `older_than`; the posts themselves stay."""
    with engine.begin() as conn:
        res = conn.execute(sa.update(P).where(P.c.fetched_at < older_than, P.c.raw.is_not(None)).values(raw=None))
        return int(res.rowcount or 0)


def prune_posts(engine: Engine, *, created_before: datetime) -> int:
    """Delete posts created before the cutoff, with their revisions and scores (cascade)."""
    with engine.begin() as conn:
        ids = conn.execute(sa.select(P.c.id).where(P.c.created_at < created_before)).scalars().all()
        for chunk in _chunks(ids):
            conn.execute(sa.delete(R).where(R.c.post_id.in_(chunk)))
            conn.execute(sa.delete(S).where(S.c.post_id.in_(chunk)))
            conn.execute(sa.delete(P).where(P.c.id.in_(chunk)))
        return len(ids)


def ingest_rows(engine: Engine, *, posts: Sequence[Post], now: datetime) -> int:
    """Bulk insert for imports and benchmarks: new posts only, ON CONFLICT DO NOTHING."""
    with engine.begin() as conn:
        stmt = _insert(conn, P).on_conflict_do_nothing(index_elements=["platform", "native_id"]).returning(P.c.id)
        n = 0
        for chunk in _chunks(posts, 2000):
            ids = conn.execute(stmt, [_post_values(p, now=now) for p in chunk]).scalars().all()
            _index_search(conn, list(ids))
            n += len(ids)
        return n


def _index_search(conn: Connection, ids: Sequence[int]) -> None:
    """Add newly inserted posts to SQLite's FTS5 index in one statement per batch.

    PostgreSQL's tsvector is a generated column and needs nothing. A batch's ids are usually one
    contiguous range (SQLite has one writer), which is the cheapest to select.
    """
    if not ids or conn.dialect.name != "sqlite":
        return
    low, high = min(ids), max(ids)
    if high - low + 1 == len(ids):
        where, params = "id BETWEEN :low AND :high", {"low": low, "high": high}
    else:
        where, params = "id IN (" + ",".join(str(int(i)) for i in ids) + ")", {}
    conn.execute(
        sa.text(f"INSERT INTO post_fts(rowid, title, text) SELECT id, title, text FROM post WHERE {where}"), params
    )


def day_key(at: datetime) -> str:
    return at.astimezone(UTC).date().isoformat()


def month_start_key(at: datetime) -> str:
    return at.astimezone(UTC).date().replace(day=1).isoformat()
