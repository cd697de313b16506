"""Measure the HTTP transport under concurrency: plain httpx against bot.http.make_client().

Why: bot/http.py puts aiohttp's connector under the httpx interface because httpx's own pool
(httpcore) serialises badly when many requests are in flight. This shows it on this machine: a
local aiohttp server in another process answers every GET after 50 ms; 1,000 GETs go out at
concurrency 50 through each client. The ideal wall time is N * latency / concurrency = 1.0 s.
It prints wall time, client CPU per request and the ratio to the ideal; it never asserts.
Bounded: each run is cut off after 25 s, so the script ends in under a minute (about 25 s).

    .venv/bin/python bench/http_transport.py [--requests 1000] [--concurrency 50]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bot.http import make_client  # noqa: E402

LATENCY = 0.05
RUN_LIMIT = 25.0
BODY = b"<rss version='2.0'><channel><title>t</title></channel></rss>" * 20


def serve(port_queue: multiprocessing.Queue[int], stop: multiprocessing.synchronize.Event) -> None:
    """The slow server: its own process, so its CPU is not counted against the clients."""
    from aiohttp import web

    async def handler(request: web.Request) -> web.Response:
        await asyncio.sleep(LATENCY)
        return web.Response(body=BODY, content_type="application/rss+xml")

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/{tail:.*}", handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        port_queue.put(runner.addresses[0][1])
        while not stop.is_set():
            await asyncio.sleep(0.1)
        await runner.cleanup()

    asyncio.run(main())


async def run(
    make: Callable[[], httpx.AsyncClient], url: str, *, requests: int, concurrency: int
) -> tuple[float, float, int, int]:
    """Wall seconds, client CPU seconds, successes and failures for one client."""
    done = ok = failed = 0

    async with make() as client:

        async def worker() -> None:
            nonlocal done, ok, failed
            while done < requests:
                done += 1
                try:
                    response = await client.get(url)
                    ok += response.status_code == 200
                except httpx.HTTPError:
                    failed += 1

        cpu0, wall0 = time.process_time(), time.perf_counter()
        try:
            await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(concurrency))), timeout=RUN_LIMIT)
        except TimeoutError:
            print(f"  (cut off after {RUN_LIMIT:.0f} s)")
        return time.perf_counter() - wall0, time.process_time() - cpu0, ok, failed


async def run_aiohttp(url: str, *, requests: int, concurrency: int) -> tuple[float, float, int, int]:
    """The same load through aiohttp alone: the floor that the httpx layer adds to."""
    import aiohttp

    done = ok = failed = 0
    connector = aiohttp.TCPConnector(limit=concurrency, limit_per_host=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker() -> None:
            nonlocal done, ok, failed
            while done < requests:
                done += 1
                try:
                    async with session.get(url) as response:
                        await response.read()
                        ok += response.status == 200
                except aiohttp.ClientError:
                    failed += 1

        cpu0, wall0 = time.process_time(), time.perf_counter()
        try:
            await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(concurrency))), timeout=RUN_LIMIT)
        except TimeoutError:
            print(f"  (cut off after {RUN_LIMIT:.0f} s)")
        return time.perf_counter() - wall0, time.process_time() - cpu0, ok, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument(
        "--with-default",
        action="store_true",
        help="also run make_client() with its default per_host=4 (about 13 s more)",
    )
    args = parser.parse_args()
    n, c = args.requests, args.concurrency
    ctx = multiprocessing.get_context("spawn")
    ports: multiprocessing.Queue[int] = ctx.Queue()
    stop = ctx.Event()
    server = ctx.Process(target=serve, args=(ports, stop), daemon=True)
    server.start()
    try:
        url = f"http://127.0.0.1:{ports.get(timeout=20)}/feed.xml"
        ideal = n * LATENCY / c
        print(f"{n} GETs at concurrency {c}, server latency {LATENCY * 1000:.0f} ms")
        print(f"ideal wall time N*latency/concurrency = {ideal:.2f} s\n")
        clients: list[tuple[str, Callable[[], httpx.AsyncClient]]] = [
            (
                "plain httpx.AsyncClient",
                lambda: httpx.AsyncClient(
                    limits=httpx.Limits(max_connections=c, max_keepalive_connections=c),
                    timeout=30.0,
                ),
            ),
            (
                f"make_client(per_host={c})",
                lambda: make_client(per_host=c, max_connections=c, timeout=30.0),
            ),
        ]
        if args.with_default:
            clients.append(("make_client() default per_host=4", lambda: make_client(timeout=30.0)))
        print(f"{'client':<36}{'wall s':>8}{'ideal x':>9}{'CPU ms/req':>12}{'ok':>6}{'failed':>8}")
        results = {}
        for label, make in clients:
            wall, cpu, ok, failed = asyncio.run(run(make, url, requests=n, concurrency=c))
            results[label] = wall
            print(f"{label:<36}{wall:>8.2f}{wall / ideal:>9.2f}{cpu * 1000 / max(ok, 1):>12.3f}{ok:>6}{failed:>8}")
        wall, cpu, ok, failed = asyncio.run(run_aiohttp(url, requests=n, concurrency=c))
        print(
            f"{'aiohttp.ClientSession alone':<36}{wall:>8.2f}{wall / ideal:>9.2f}"
            f"{cpu * 1000 / max(ok, 1):>12.3f}{ok:>6}{failed:>8}"
        )
        plain, ours = results[clients[0][0]], results[clients[1][0]]
        print(f"\nplain httpx / make_client wall-time ratio: {plain / ours:.1f}x")
        print(
            "make_client() defaults to per_host=4, so against one host it is bounded by design "
            f"at N*latency/4 = {n * LATENCY / 4:.1f} s: politeness, not overhead."
        )
    finally:
        stop.set()
        server.join(timeout=5)
        if server.is_alive():
            server.terminate()


if __name__ == "__main__":
    main()
