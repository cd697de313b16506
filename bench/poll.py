"""Polling at scale: Vahti's concurrent pipeline against a naive sequential loop, in one run.

A server process on loopback serves N RSS feeds (20 items each, fi/sv/en, some about the
cooperation) with 50 ms latency per request and ETag support, spread over 25 loopback addresses
(127.0.0.1 … 127.0.0.25) so that the per-host politeness limit applies as it would in life.

Measured, in this process only (the server's CPU is not counted):
- pass 1, everything new: wall time against the ideal N × latency ÷ concurrency, CPU time per new
  post end to end (fetch, parse, store in SQLite, score), peak RSS;
- pass 2, nothing new (304s): wall time, CPU per unchanged poll, bytes parsed;
- the naive baseline: one request after another with httpx and feedparser, no storage or scoring
  (so the ratio flatters the baseline), over the same accounts.

Prints figures and ratios; asserts nothing.
Run: .venv/bin/python bench/poll.py [--accounts 1000] [--concurrency 100] [--latency 0.05]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HOSTS = 25
ITEMS = 20
NOW = datetime.now(UTC).replace(microsecond=0)
TEXTS = [
    ("fi", "Kuntaliiton ja Helsingin yhteistyö etenee hyvin, kiitos kaikille osapuolille."),
    ("fi", "Kaupunginhallitus käsitteli tänään talousarviota ja investointeja."),
    ("sv", "Samarbetet med Kommunförbundet har varit frustrerande den här veckan."),
    ("sv", "Helsingfors stad öppnar ett nytt bibliotek i Nordsjö."),
    ("en", "Productive meeting with Kuntaliitto on the new cooperation model today."),
    ("en", "The new tram line opens in spring; great news for commuters."),
]


def feed_body(n: int) -> bytes:
    items = []
    for i in range(ITEMS):
        _, text = TEXTS[(n + i) % len(TEXTS)]
        when = format_datetime(NOW - timedelta(hours=i * 3 + n % 7), usegmt=True)
        items.append(
            f"<item><guid>https://feeds.example/{n}/{i}</guid><link>https://feeds.example/{n}/{i}.html</link>"
            f"<title>Post {i} of feed {n}</title><description>{escape(text)} ({n}-{i})</description>"
            f"<pubDate>{when}</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Feed {n}</title><link>https://feeds.example/{n}</link><description>bench</description>"
        f"<language>fi</language>{''.join(items)}</channel></rss>"
    ).encode()


def serve(port_q: mp.Queue, n: int, latency: float) -> None:  # type: ignore[type-arg]
    from aiohttp import web

    bodies = {i: feed_body(i) for i in range(n)}
    etags = {i: '"' + hashlib.sha1(b).hexdigest()[:16] + '"' for i, b in bodies.items()}

    async def handle(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(latency)
        i = int(request.match_info["n"])
        if request.headers.get("If-None-Match") == etags[i]:
            return web.Response(status=304, headers={"ETag": etags[i]})
        return web.Response(body=bodies[i], content_type="application/rss+xml", headers={"ETag": etags[i]})

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/feed/{n}.xml", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        for h in range(2, HOSTS + 1):
            await web.TCPSite(runner, f"127.0.0.{h}", port, backlog=1024).start()
        port_q.put(port)
        await asyncio.Event().wait()

    asyncio.run(main())


def url(port: int, i: int) -> str:
    return f"http://127.0.0.{i % HOSTS + 1}:{port}/feed/{i}.xml"


def naive(port: int, n: int) -> tuple[float, float]:
    import feedparser
    import httpx

    t, c = time.perf_counter(), time.process_time()
    posts = 0
    with httpx.Client(timeout=30) as client:
        for i in range(n):
            posts += len(feedparser.parse(client.get(url(port, i)).content).entries)
    return time.perf_counter() - t, time.process_time() - c


def vahti_passes(port: int, n: int, concurrency: int) -> dict[str, float]:
    from bot import pipeline, settings
    from bot.app import build_app
    from bot.clock import fixed

    tmp = Path(tempfile.mkdtemp(prefix="vahti-bench-"))
    s = settings.from_dicts(
        {
            "topics": [
                {
                    "id": "coop",
                    "name": "coop",
                    "terms": {"fi": ["Kuntaliit*"], "sv": ["Kommunförbund*"], "en": ["Kuntaliitto*"]},
                }
            ],
            "polling": {
                "concurrency": concurrency,
                "per_host_concurrency": max(1, concurrency // HOSTS),
                "timeout": 60,
                "backfill_days": 3650,
            },
        },
        {
            "officials": {
                f"o{i}": {"name": f"O{i}", "accounts": [{"platform": "feed", "url": url(port, i)}]} for i in range(n)
            }
        },
        env={"DATABASE_URL": f"sqlite:///{tmp / 'bench.db'}"},
    )
    app = build_app(s, clock=fixed(NOW))
    import logging

    logging.getLogger("vahti").setLevel(logging.WARNING)
    # Load the analyser and parser before timing: start-up cost is not per-poll cost.
    from bot import analysis
    from bot.sources import feed as _feed  # noqa: F401

    analysis.score("Kuntaliitto", topic=s.topics[0], lang="fi")

    async def run(now: datetime) -> list[pipeline.PollOutcome]:
        async with app.http() as client:
            return await pipeline.poll(app, client, now=now, force=True)

    out: dict[str, float] = {}
    t, c = time.perf_counter(), time.process_time()
    first = asyncio.run(run(NOW))
    out["wall1"], out["cpu1"] = time.perf_counter() - t, time.process_time() - c
    out["new"] = sum(o.new for o in first)
    out["errors1"] = sum(o.status == "error" for o in first)
    out["bytes1"] = sum(o.bytes_read for o in first)
    t, c = time.perf_counter(), time.process_time()
    second = asyncio.run(run(NOW + timedelta(minutes=30)))
    out["wall2"], out["cpu2"] = time.perf_counter() - t, time.process_time() - c
    out["unchanged"] = sum(o.status == "not_modified" for o in second)
    out["new2"] = sum(o.new for o in second)
    out["bytes2"] = sum(o.bytes_read for o in second)
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--accounts", type=int, default=1000)
    ap.add_argument("--concurrency", type=int, default=100)
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--no-naive", action="store_true")
    args = ap.parse_args()
    n, conc, lat = args.accounts, args.concurrency, args.latency
    q: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    server = mp.Process(target=serve, args=(q, n, lat), daemon=True)
    server.start()
    port = q.get(timeout=30)
    try:
        ideal = n * lat / conc
        v = vahti_passes(port, n, conc)
        print(
            f"accounts {n}, {ITEMS} items each, latency {lat * 1000:.0f} ms, concurrency {conc} "
            f"({HOSTS} hosts × {max(1, conc // HOSTS)} per host)"
        )
        print(
            f"pass 1 (all new):   wall {v['wall1']:.2f} s = {v['wall1'] / ideal:.2f}x the ideal {ideal:.2f} s; "
            f"{int(v['new'])} new posts, {int(v['errors1'])} errors, {v['bytes1'] / 1e6:.1f} MB parsed"
        )
        print(
            f"                    CPU {v['cpu1']:.2f} s = {v['cpu1'] / max(v['new'], 1) * 1000:.3f} ms per new post "
            "(fetch, parse, store, score)"
        )
        print(
            f"pass 2 (nothing new): wall {v['wall2']:.2f} s = {v['wall2'] / ideal:.2f}x the ideal; "
            f"{int(v['unchanged'])} answered 304, {int(v['new2'])} new, {v['bytes2'] / 1e6:.3f} MB parsed"
        )
        print(f"                    CPU {v['cpu2']:.2f} s = {v['cpu2'] / n * 1000:.3f} ms per unchanged poll")
        print(f"peak RSS {v['rss_mb']:.0f} MB")
        if not args.no_naive:
            wall, cpu = naive(port, n)
            print(
                f"naive sequential loop (httpx + feedparser, no storage, no scoring): wall {wall:.2f} s, CPU {cpu:.2f} s"
            )
            print(
                f"ratio: naive / vahti wall = {wall / v['wall1']:.1f}x faster concurrently "
                f"(pass 1), {wall / v['wall2']:.1f}x (pass 2)"
            )
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
