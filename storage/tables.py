"""SQLModel tables. Rows never leave `storage/`: the repository turns them into `bot.model` records.

Every datetime column is `UTCDateTime`: stored in UTC (timestamptz on PostgreSQL, ISO text on
SQLite) and always read back timezone-aware, so no naive datetime can leak into a comparison.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime, stored as UTC on every backend."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: store timezone-aware datetimes only")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _dt(*, nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=sa.Column(UTCDateTime(), nullable=nullable, index=index))


def _json(*, nullable: bool = True) -> Any:
    return Field(default=None, sa_column=sa.Column(sa.JSON(), nullable=nullable))


class PostRow(SQLModel, table=True):
    __tablename__ = "post"
    __table_args__ = (
        sa.UniqueConstraint("platform", "native_id", name="uq_post_platform_native"),
        sa.Index("ix_post_official_created", "official_id", "created_at"),
        sa.Index("ix_post_account_created", "account", "created_at"),
        sa.Index("ix_post_created", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=16)
    native_id: str = Field(max_length=512)
    official_id: str = Field(max_length=64)
    account: str = Field(max_length=512)
    url: str | None = Field(default=None, max_length=2048)
    title: str | None = None
    text: str
    lang: str | None = Field(default=None, max_length=8)
    created_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    fetched_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))  # first seen; edits keep it
    edited_at: datetime | None = _dt()
    deleted_at: datetime | None = _dt()
    is_repost: bool = False
    is_reply: bool = False
    content_hash: str = Field(max_length=64)
    raw: dict[str, Any] | None = _json()


class RevisionRow(SQLModel, table=True):
    """An earlier version of a post's text, kept when the source changed it."""

    __tablename__ = "post_revision"
    __table_args__ = (sa.Index("ix_revision_post", "post_id", "recorded_at"),)

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(sa_column=sa.Column(sa.ForeignKey("post.id", ondelete="CASCADE"), nullable=False))
    title: str | None = None
    text: str
    edited_at: datetime | None = _dt()
    recorded_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    raw: dict[str, Any] | None = _json()


class ScoreRow(SQLModel, table=True):
    """How a post speaks about a topic, per scorer version, so history can be rescored."""

    __tablename__ = "score"
    __table_args__ = (
        sa.UniqueConstraint("post_id", "topic", "scorer_version", name="uq_score_post_topic_version"),
        sa.Index("ix_score_topic_version", "topic", "scorer_version", "relevant"),
        sa.Index("ix_score_topic_scored", "topic", "scored_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(sa_column=sa.Column(sa.ForeignKey("post.id", ondelete="CASCADE"), nullable=False))
    topic: str = Field(max_length=64)
    scorer_version: str = Field(max_length=32)
    lang: str = Field(max_length=8)
    relevant: bool
    terms: list[str] | None = _json()
    sentiment: float = 0.0
    stance: float | None = None
    label: str | None = Field(default=None, max_length=16)
    evidence: list[str] | None = _json()
    scored_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))


class AccountStateRow(SQLModel, table=True):
    """Where an account's polling stands: its cursor and its health."""

    __tablename__ = "account_state"

    account: str = Field(primary_key=True, max_length=512)
    official_id: str = Field(max_length=64)
    platform: str = Field(max_length=16)
    etag: str | None = None
    last_modified: str | None = None
    position: str | None = None
    last_attempt: datetime | None = _dt()
    last_success: datetime | None = _dt()
    consecutive_failures: int = 0
    last_error: str | None = None
    permanent_error: bool = False
    next_poll: datetime | None = _dt()
    last_post_at: datetime | None = _dt()
    posts_per_day: float | None = None
    last_recheck: datetime | None = _dt()
    first_success: datetime | None = _dt()
    updated_at: datetime | None = _dt()


class DigestRow(SQLModel, table=True):
    """A digest built for one topic and period; its content as JSON, for the outbox."""

    __tablename__ = "digest"
    __table_args__ = (sa.UniqueConstraint("topic", "period_start", name="uq_digest_topic_period"),)

    id: int | None = Field(default=None, primary_key=True)
    topic: str = Field(max_length=64)
    period_start: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    period_end: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    created_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    relevant_posts: int = 0
    content: dict[str, Any] | None = _json()


class DeliveryRow(SQLModel, table=True):
    """The outbox: one digest to one channel, sent exactly once.

    `parts_sent` lets a retry resume after the last part the platform accepted, so a long digest
    split into parts never repeats a part.
    """

    __tablename__ = "delivery"
    __table_args__ = (
        sa.UniqueConstraint("topic", "period_start", "channel", name="uq_delivery_topic_period_channel"),
        sa.Index("ix_delivery_status_next", "status", "next_attempt"),
    )

    id: int | None = Field(default=None, primary_key=True)
    digest_id: int = Field(sa_column=sa.Column(sa.ForeignKey("digest.id", ondelete="CASCADE"), nullable=False))
    topic: str = Field(max_length=64)
    period_start: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    channel: str = Field(max_length=64)
    kind: str = Field(max_length=16)
    status: str = Field(default="pending", max_length=16)  # pending, sending, sent, skipped, broken
    attempts: int = 0
    parts_total: int = 0
    parts_sent: int = 0
    next_attempt: datetime | None = _dt()
    last_error: str | None = None
    created_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    sent_at: datetime | None = _dt()


class ChannelStateRow(SQLModel, table=True):
    """A chat channel's health: a dead webhook is marked broken instead of retried forever."""

    __tablename__ = "channel_state"

    channel: str = Field(primary_key=True, max_length=64)
    kind: str = Field(max_length=16)
    broken: bool = False
    last_error: str | None = None
    last_success: datetime | None = _dt()
    updated_at: datetime | None = _dt()


class UsageRow(SQLModel, table=True):
    """Posts read per platform per UTC day, for paid APIs' budgets (X)."""

    __tablename__ = "usage"
    __table_args__ = (sa.UniqueConstraint("platform", "day", name="uq_usage_platform_day"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=16)
    day: str = Field(max_length=10)
    posts_read: int = 0
    requests: int = 0


class MetaRow(SQLModel, table=True):
    """Small facts about the running worker: last poll, last config error, and the like."""

    __tablename__ = "meta"

    key: str = Field(primary_key=True, max_length=64)
    value: dict[str, Any] | None = _json()
    updated_at: datetime | None = _dt()


metadata = SQLModel.metadata
