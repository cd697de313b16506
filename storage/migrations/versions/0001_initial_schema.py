"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "account_state",
        sa.Column("account", sa.String(length=512), nullable=False),
        sa.Column("official_id", sa.String(length=64), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("position", sa.Text(), nullable=True),
        sa.Column("last_attempt", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_success", sa.DateTime(timezone=True), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("permanent_error", sa.Boolean(), nullable=False),
        sa.Column("next_poll", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_post_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("posts_per_day", sa.Float(), nullable=True),
        sa.Column("last_recheck", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_success", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("account"),
    )
    op.create_table(
        "channel_state",
        sa.Column("channel", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("broken", sa.Boolean(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_success", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("channel"),
    )
    op.create_table(
        "digest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=64), nullable=False),
        sa.Column("period_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("period_end", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("relevant_posts", sa.Integer(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("topic", "period_start", name="uq_digest_topic_period"),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "post",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("native_id", sa.String(length=512), nullable=False),
        sa.Column("official_id", sa.String(length=64), nullable=False),
        sa.Column("account", sa.String(length=512), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("is_repost", sa.Boolean(), nullable=False),
        sa.Column("is_reply", sa.Boolean(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("platform", "native_id", name="uq_post_platform_native"),
    )
    with op.batch_alter_table("post", schema=None) as batch_op:
        batch_op.create_index("ix_post_account_created", ["account", "created_at"], unique=False)
        batch_op.create_index("ix_post_created", ["created_at"], unique=False)
        batch_op.create_index("ix_post_official_created", ["official_id", "created_at"], unique=False)

    op.create_table(
        "usage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("posts_read", sa.Integer(), nullable=False),
        sa.Column("requests", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("platform", "day", name="uq_usage_platform_day"),
    )
    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=64), nullable=False),
        sa.Column("period_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("parts_total", sa.Integer(), nullable=False),
        sa.Column("parts_sent", sa.Integer(), nullable=False),
        sa.Column("next_attempt", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["digest_id"], ["digest.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("topic", "period_start", "channel", name="uq_delivery_topic_period_channel"),
    )
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.create_index("ix_delivery_status_next", ["status", "next_attempt"], unique=False)

    op.create_table(
        "post_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("post_revision", schema=None) as batch_op:
        batch_op.create_index("ix_revision_post", ["post_id", "recorded_at"], unique=False)

    op.create_table(
        "score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=64), nullable=False),
        sa.Column("scorer_version", sa.String(length=32), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("terms", sa.JSON(), nullable=True),
        sa.Column("sentiment", sa.Float(), nullable=False),
        sa.Column("stance", sa.Float(), nullable=True),
        sa.Column("label", sa.String(length=16), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=True),
        sa.Column("scored_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("post_id", "topic", "scorer_version", name="uq_score_post_topic_version"),
    )
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.create_index("ix_score_topic_version", ["topic", "scorer_version", "relevant"], unique=False)
        batch_op.create_index("ix_score_topic_scored", ["topic", "scored_at"], unique=False)

    _create_search()


# Full-text search. SQLite: an FTS5 index over post(title, text), queried newest-first by rowid.
# New rows are indexed in batches by storage.repository (a per-row insert trigger cost 3x the
# ingest time); triggers keep the index in step on update and delete. PostgreSQL: a generated tsvector column with a GIN index. The 'simple'
# configuration and the unicode61 tokenizer, because posts mix Finnish, Swedish and English.
SQLITE_FTS = [
    """CREATE VIRTUAL TABLE post_fts USING fts5(
        title, text, content='post', content_rowid='id',
        tokenize="unicode61 remove_diacritics 0")""",
    """CREATE TRIGGER post_fts_ad AFTER DELETE ON post BEGIN
        INSERT INTO post_fts(post_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER post_fts_au AFTER UPDATE OF title, text ON post BEGIN
        INSERT INTO post_fts(post_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO post_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
]
POSTGRES_FTS = [
    """ALTER TABLE post ADD COLUMN search tsvector GENERATED ALWAYS AS
        (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED""",
    "CREATE INDEX ix_post_search ON post USING gin (search)",
]


def _create_search() -> None:
    dialect = op.get_bind().dialect.name
    for stmt in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS if dialect == "postgresql" else []:
        op.execute(stmt)


def _drop_search() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("post_fts_ai", "post_fts_ad", "post_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS post_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_post_search")
        op.execute("ALTER TABLE post DROP COLUMN IF EXISTS search")


def downgrade() -> None:
    _drop_search()

    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.drop_index("ix_score_topic_version")
        batch_op.drop_index("ix_score_topic_scored")

    op.drop_table("score")
    with op.batch_alter_table("post_revision", schema=None) as batch_op:
        batch_op.drop_index("ix_revision_post")

    op.drop_table("post_revision")
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.drop_index("ix_delivery_status_next")

    op.drop_table("delivery")
    op.drop_table("usage")
    with op.batch_alter_table("post", schema=None) as batch_op:
        batch_op.drop_index("ix_post_official_created")
        batch_op.drop_index("ix_post_created")
        batch_op.drop_index("ix_post_account_created")

    op.drop_table("post")
    op.drop_table("meta")
    op.drop_table("digest")
    op.drop_table("channel_state")
    op.drop_table("account_state")
