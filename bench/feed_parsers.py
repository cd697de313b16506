"""Measure fastfeedparser against feedparser, and Vahti's own `bot.sources.feed.parse`.

Why: the feed source had to choose a parser (see the docstring of bot/sources/feed.py). This
prints the figures behind that choice: time per file on feedparser's own test corpus (346 files
of broken and tricky feeds), failures, items found, time on a realistic 20-item feed, and what
each parser does with the damage the choice turns on. It prints figures and ratios; it never
asserts. Bounded: about 10-20 s on a 2-core machine.

    .venv/bin/python bench/feed_parsers.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import fastfeedparser  # noqa: E402
import feedparser  # noqa: E402

from bot.errors import ParseError  # noqa: E402
from bot.model import Account  # noqa: E402
from bot.sources import feed  # noqa: E402

SAMPLES = Path("/work/shared/specs/samples/feeds")
CORPUS = SAMPLES / "feedparser-tests"
NOW = datetime(2026, 8, 21, tzinfo=UTC)
ACCOUNT = Account(official_id="bench", platform="feed", url="https://example.org/feed.xml")


def realistic_rss(items: int = 20) -> bytes:
    """An RSS 2.0 feed like a municipal news feed: HTML descriptions, dates, guids."""
    body = (
        "<p>Kaupunginhallitus käsitteli maanantaina <a href='/a'>yhteistyötä</a> "
        "Kuntaliiton kanssa. &quot;Tämä on tärkeä askel&quot;, sanoi pormestari.</p>"
        "<p>Lisätietoja: <b>viestintä</b>, puh. 09 123 4567.</p>" * 3
    )
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
        "<title>Helsingin kaupunki: uutiset</title><link>https://example.org/</link>",
        "<description>Uutiset</description><language>fi</language><ttl>30</ttl>",
    ]
    for i in range(items):
        parts.append(
            f"<item><title>Tiedote {i}: yhteistyö &amp; kehitys</title>"
            f"<link>https://example.org/uutiset/{i}</link>"
            f'<guid isPermaLink="false">urn:example:{i}</guid>'
            f"<pubDate>Thu, {1 + i % 28:02d} Aug 2026 1{i % 10}:00:00 +0300</pubDate>"
            f"<dc:creator>Viestintä</dc:creator>"
            f"<description><![CDATA[{body}]]></description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def realistic_atom(items: int = 20) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv" xml:base="https://example.org/">',
        "<id>tag:example.org,2026:feed</id><title>Nyheter</title>",
        "<updated>2026-08-20T10:00:00Z</updated>",
    ]
    for i in range(items):
        parts.append(
            f"<entry><id>tag:example.org,2026:{i}</id><title type='html'>Nyhet {i} &amp;amp; mer"
            f"</title><link href='nyheter/{i}'/><published>2026-08-{1 + i % 28:02d}T10:00:00Z"
            f"</published><updated>2026-08-{1 + i % 28:02d}T12:00:00+03:00</updated>"
            f"<content type='html'>&lt;p&gt;Samarbetet med Kommunförbundet &lt;b&gt;fortsätter"
            f"&lt;/b&gt;.&lt;/p&gt;" + "&lt;p&gt;Mer text om samarbetet.&lt;/p&gt;" * 10 + "</content></entry>"
        )
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")


def run_fast(data: bytes) -> int:
    return len(fastfeedparser.parse(data).get("entries") or [])


def run_feedparser(data: bytes) -> int:
    return len(feedparser.parse(data).entries)


def run_vahti(data: bytes, content_type: str | None = None) -> int:
    return len(feed.parse(data, account=ACCOUNT, base_url=ACCOUNT.url or "", content_type=content_type, now=NOW))


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any, BaseException | None]:
    """Median seconds of `repeat` calls, the last result, and the exception if it raised."""
    times: list[float] = []
    result: Any = None
    error: BaseException | None = None
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            result = fn()
        except Exception as e:
            error = e
        times.append(time.perf_counter() - start)
    return statistics.median(times), result, error


def corpus(repeat: int) -> None:
    index = json.loads((CORPUS / "index.json").read_text())
    rows: dict[str, dict[str, Any]] = {
        name: {"time": 0.0, "failed": 0, "items": 0, "files_with_items": 0}
        for name in ("fastfeedparser", "feedparser", "vahti")
    }
    for entry in index:
        data = (CORPUS / entry["file"]).read_bytes()
        ctype = None
        for line in (entry.get("header") or "").splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() == "content-type":
                ctype = value.strip()
        runners: dict[str, Callable[[], int]] = {
            "fastfeedparser": partial(run_fast, data),
            "feedparser": partial(run_feedparser, data),
            "vahti": partial(run_vahti, data, ctype),
        }
        for name, fn in runners.items():
            seconds, items, error = timed(fn, repeat)
            row = rows[name]
            row["time"] += seconds
            if error is not None:
                row["failed"] += 1
            else:
                row["items"] += items
                row["files_with_items"] += 1 if items else 0
    n = len(index)
    print(f"\n== feedparser test corpus: {n} files, median of {repeat} runs per file ==")
    print(f"{'parser':<16}{'total ms':>10}{'ms/file':>10}{'raised':>8}{'items':>8}{'files w/ items':>16}")
    for name, row in rows.items():
        print(
            f"{name:<16}{row['time'] * 1000:>10.1f}{row['time'] * 1000 / n:>10.3f}"
            f"{row['failed']:>8}{row['items']:>8}{row['files_with_items']:>16}"
        )
    fast, slow = rows["fastfeedparser"]["time"], rows["feedparser"]["time"]
    print(f"feedparser / fastfeedparser time ratio: {slow / fast:.1f}x")
    print(f"vahti.parse / feedparser time ratio:    {rows['vahti']['time'] / slow:.2f}x")
    print("(vahti 'raised' = ParseError refusals: undeclared legacy encodings, non-feeds, etc.)")


def realistic(repeat: int) -> None:
    print(f"\n== realistic feeds, median of {repeat} parses ==")
    for label, data in (
        ("RSS 2.0, 20 items", realistic_rss()),
        ("Atom, 20 items", realistic_atom()),
    ):
        results = {}
        for name, fn in (
            ("fastfeedparser", lambda d=data: run_fast(d)),
            ("feedparser", lambda d=data: run_feedparser(d)),
            ("vahti.parse", lambda d=data: run_vahti(d, "application/xml")),
        ):
            seconds, items, error = timed(fn, repeat)
            results[name] = seconds
            print(
                f"{label:<20}{len(data) / 1024:>6.1f} KB  {name:<16}{seconds * 1000:>8.3f} ms"
                f"  items={items if error is None else error!r}"
            )
        print(
            f"{'':<30}feedparser/fastfeedparser = "
            f"{results['feedparser'] / results['fastfeedparser']:.1f}x, "
            f"vahti/feedparser = {results['vahti.parse'] / results['feedparser']:.2f}x"
        )
    big = realistic_rss(items=2000)
    seconds, items, _ = timed(lambda: run_vahti(big, "application/rss+xml"), 1)
    print(f"big RSS, {len(big) / 1e6:.1f} MB, {items} items: vahti.parse {seconds:.2f} s")


def damage() -> None:
    print("\n== damage that the choice turns on ==")
    good = realistic_rss(items=5)
    # 1. a wrong encoding declaration: windows-1252 bytes in a feed that says UTF-8
    latin = good.replace(b"Tiedote", "Tiedoté".encode("cp1252"))
    # 2. an unclosed tag in the second item
    unclosed = good.replace(b"<dc:creator>Viestint\xc3\xa4</dc:creator>", b"<dc:creator>X", 1)
    # 3. an Atom text construct with literal angle brackets, and an XHTML title
    atom = (SAMPLES / "atom-1.0.tricky.handwritten.xml").read_bytes()
    cases: list[tuple[str, bytes]] = [
        ("wrong encoding declaration", latin),
        ("unclosed tag", unclosed),
    ]
    for label, data in cases:
        for name, fn in (
            ("fastfeedparser", lambda d=data: fastfeedparser.parse(d).get("entries") or []),
            ("feedparser", lambda d=data: feedparser.parse(d).entries),
        ):
            try:
                entries = fn()
                titles = [e.get("title", "") for e in entries]
                mojibake = sum("\ufffd" in t or "Ã" in t for t in titles)
                print(f"{label:<28}{name:<16}items={len(entries)} (of 5) mojibake titles={mojibake}")
            except Exception as e:
                print(f"{label:<28}{name:<16}raised {type(e).__name__}")
        try:
            got: Any = run_vahti(data, "application/rss+xml")
        except ParseError as e:
            got = f"ParseError: {e}"
        print(f"{label:<28}{'vahti.parse':<16}{got}")
    fast_entries = fastfeedparser.parse(atom).get("entries") or []
    slow_entries = feedparser.parse(atom).entries
    print(
        "atom xhtml title            fastfeedparser "
        f"{fast_entries[0].get('title')!r} | feedparser {slow_entries[0].get('title')!r}"
    )
    print(
        "atom type=text summary      fastfeedparser type lost "
        f"({fast_entries[0].get('description')!r}) | feedparser "
        f"{slow_entries[0].get('summary_detail', {}).get('type')!r}"
    )
    print(
        "atom relative link         fastfeedparser "
        f"{fast_entries[0].get('link')!r} | feedparser {slow_entries[0].get('link')!r}"
    )


def bombs() -> None:
    print("\n== entity expansion ==")
    laughs = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE rss [' + "".join(laughs) + "]>"
        "<rss><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>"
    ).encode()
    seconds, _, error = timed(lambda: run_vahti(bomb), 5)
    print(f"billion laughs ({len(bomb)} B): vahti.parse refused in {seconds * 1e6:.0f} µs: {error}")
    seconds, result, error = timed(lambda: fastfeedparser.parse(bomb), 1)
    shown = error if error is not None else len(str(result.get("entries")))
    print(f"billion laughs: fastfeedparser {seconds * 1000:.2f} ms, result chars={shown}")
    # A small quadratic blowup, bounded: a 1 KB entity referenced 2,000 times = 2 MB of title.
    quad = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + "x" * 1000 + '">]>'
        "<rss version='2.0'><channel><title>t</title><item><title>" + "&a;" * 2000 + "</title></item></channel></rss>"
    ).encode()
    tracemalloc.start()
    start = time.perf_counter()
    title = feedparser.parse(quad).entries[0].get("title", "")
    took = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"quadratic blowup ({len(quad) / 1024:.0f} KB): feedparser expanded it to a "
        f"{len(title) / 1e6:.1f} MB title in {took * 1000:.0f} ms, peak {peak / 1e6:.0f} MB "
        f"({len(title) / len(quad):.0f}x the input)"
    )
    seconds, _, error = timed(lambda: run_vahti(quad), 5)
    print(f"quadratic blowup: vahti.parse refused in {seconds * 1e6:.0f} µs: {error}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per corpus file")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # feedparser's deprecation notes are not the measurement
    print(f"fastfeedparser {fastfeedparser.__version__}, feedparser {feedparser.__version__}")
    corpus(args.repeat)
    realistic(max(20, args.repeat * 20))
    damage()
    bombs()


if __name__ == "__main__":
    main()
