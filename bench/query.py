"""Query latency of `vahti posts` at scale: the timeline query and a full-text query.

Measures, on SQLite at 100k and 1M posts and on PostgreSQL at 100k:
- timeline: --official X --since 7d, newest first, first page (50 rows), as the CLI runs it;
- search: a common word, newest first, first page (50 rows);
- search-rare: a rare word;
and, as baselines in the same run, a primary-key lookup of one post and the naive way of ranking
a common word with bm25 over the whole table (SQLite only). Prints median and p99 in ms and the
ratios; asserts nothing. Also measures ingest: Core batches against ORM per-row add().

Run: .venv/bin/python bench/query.py [--sizes 100000,1000000] [--no-pg]
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.model import Post, Score
from storage import repository as repo
from storage.db import make_engine, upgrade

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
OFFICIALS = [f"official{i:02d}" for i in range(40)]
WORDS = [f"sana{i}" for i in range(3000)] + ["yhteistyö", "kaupunki", "Helsinki", "kunta"]


def make_posts(n: int, *, seed: int = 7) -> list[Post]:
    rng = random.Random(seed)
    out = []
    span = 3 * 365 * 86400
    for i in range(n):
        words = rng.choices(WORDS, k=rng.randint(8, 30))
        if rng.random() < 0.15:
            words.insert(rng.randrange(len(words)), "Kuntaliitto")
        if rng.random() < 0.0005:
            words.append("harvinainensana")
        off = OFFICIALS[rng.randrange(len(OFFICIALS))]
        out.append(
            Post(
                platform="feed",
                native_id=f"p{i}",
                official_id=off,
                account=f"feed:{off}",
                url=f"https://example.org/{i}",
                text=" ".join(words),
                created_at=NOW - timedelta(seconds=int(span * (1 - i / n)) + rng.randint(0, 600)),
                lang="fi",
            )
        )
    return out


def timed(fn, *, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    fn()  # warm
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def summary(samples: list[float]) -> tuple[float, float]:
    s = sorted(samples)
    return statistics.median(s), s[min(len(s) - 1, int(len(s) * 0.99))]


def bench_engine(label: str, engine: sa.Engine, n: int, *, runs: int) -> None:
    posts = make_posts(n)
    t = time.perf_counter()
    repo.ingest_rows(engine, posts=posts, now=NOW)
    ingest_s = time.perf_counter() - t
    # Every stored post has a score, as the pipeline leaves it; the CLI shows the first topic's.
    with engine.connect() as conn:
        ids = conn.execute(sa.text("SELECT id FROM post ORDER BY id")).scalars().all()
    labels = ("positive", "negative", "neutral")
    for i in range(0, len(ids), 20_000):
        repo.save_scores(
            engine,
            scores=[
                (
                    pid,
                    Score(
                        topic="coop",
                        scorer_version="bench-1",
                        lang="fi",
                        relevant=(pid % 5 == 0),
                        stance=0.1,
                        label=labels[pid % 3],
                    ),
                )
                for pid in ids[i : i + 20_000]
            ],
            now=NOW,
        )

    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(sa.text("ANALYZE"))
            conn.execute(sa.text("INSERT INTO post_fts(post_fts) VALUES ('optimize')"))
        else:
            conn.execute(sa.text("ANALYZE"))  # as autovacuum would, after a bulk load
    # The generated posts would stay on the heap and make the garbage collector's full passes
    # show up as p99 outliers that a real `vahti posts` process (a small heap) never sees.
    del posts, ids
    gc.collect()
    gc.freeze()
    rng = random.Random(1)
    since = NOW - timedelta(days=7)

    def timeline() -> None:
        repo.query_posts(engine, official=OFFICIALS[rng.randrange(len(OFFICIALS))], since=since, limit=50)

    def timeline_cli() -> None:
        repo.query_posts(engine, official=OFFICIALS[rng.randrange(len(OFFICIALS))], since=since, limit=50, topic="coop")

    def search_common() -> None:
        repo.query_posts(engine, search="Kuntaliitto", limit=50)

    def search_rare() -> None:
        repo.query_posts(engine, search="harvinainensana", limit=50)

    def pk() -> None:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT * FROM post WHERE id = :i"), {"i": rng.randrange(1, n)}).first()

    results = {
        "pk lookup (baseline)": summary(timed(pk, runs=runs)),
        "timeline --official --since 7d": summary(timed(timeline, runs=runs)),
        "  the same with scores, as the CLI runs it": summary(timed(timeline_cli, runs=runs)),
        "search common word": summary(timed(search_common, runs=runs)),
        "search rare word": summary(timed(search_rare, runs=runs)),
    }
    if engine.dialect.name == "sqlite":

        def bm25() -> None:
            with engine.connect() as conn:
                conn.execute(
                    sa.text(
                        "SELECT rowid FROM post_fts WHERE post_fts MATCH 'Kuntaliitto' ORDER BY bm25(post_fts) LIMIT 50"
                    )
                ).all()

        results["naive bm25 rank of common word (baseline)"] = summary(timed(bm25, runs=max(3, runs // 20)))
    base = results["pk lookup (baseline)"][0]
    print(f"\n{label}: {n:,} posts, ingest {n / ingest_s:,.0f} rows/s ({ingest_s:.1f} s, Core batches)")
    print(f"  {'query':44} {'median ms':>10} {'p99 ms':>9} {'median/pk':>10}")
    for name, (med, p99) in results.items():
        print(f"  {name:44} {med:10.3f} {p99:9.3f} {med / base:10.1f}x")


def bench_ingest(*, n: int = 20_000) -> None:
    """Core batch insert against the ORM's per-row add(), on SQLite."""
    from sqlmodel import Session

    from storage.tables import PostRow

    posts = make_posts(n, seed=3)
    with tempfile.TemporaryDirectory() as d:
        e1 = make_engine(f"sqlite:///{d}/core.db")
        upgrade(e1)
        t = time.perf_counter()
        repo.ingest_rows(e1, posts=posts, now=NOW)
        core = time.perf_counter() - t
        e2 = make_engine(f"sqlite:///{d}/orm.db")
        upgrade(e2)
        t = time.perf_counter()
        with Session(e2) as s:
            for p in posts:
                s.add(PostRow(**repo._post_values(p, now=NOW)))
                s.flush()
            s.commit()
        orm = time.perf_counter() - t
    print(
        f"\ningest {n:,} posts on SQLite: Core batch {n / core:,.0f} rows/s, ORM add() {n / orm:,.0f} rows/s, ratio {orm / core:.1f}x"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--pg-size", type=int, default=100_000)
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument("--runs", type=int, default=300)
    args = ap.parse_args()
    bench_ingest()
    for n in [int(x) for x in args.sizes.split(",") if x]:
        with tempfile.TemporaryDirectory() as d:
            engine = make_engine(f"sqlite:///{d}/bench.db")
            upgrade(engine)
            bench_engine("SQLite", engine, n, runs=args.runs)
            engine.dispose()
    if not args.no_pg:
        admin = sa.create_engine("postgresql+psycopg://postgres@127.0.0.1:5432/test", isolation_level="AUTOCOMMIT")
        name = f"vahti_bench_{uuid.uuid4().hex[:8]}"
        try:
            with admin.connect() as c:
                c.execute(sa.text(f'CREATE DATABASE "{name}"'))
        except sa.exc.OperationalError as e:
            print(f"\nPostgreSQL skipped: {e.orig}")
            return
        try:
            engine = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
            upgrade(engine)
            bench_engine("PostgreSQL", engine, args.pg_size, runs=args.runs)
            engine.dispose()
        finally:
            with admin.connect() as c:
                c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
