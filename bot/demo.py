"""`vahti demo`: the real code path, fully offline.

It serves sample feeds (written for this demo in Finnish, Swedish and English, some about the
Kuntaliitto–Helsinki cooperation and some not) from 127.0.0.1, runs poll → store → score →
digest → deliver against a temporary SQLite database with the production modules, delivers to a
local Slack-like webhook receiver and to the console, and prints what arrived. Nothing here
replaces a production function: the demo only supplies data, servers and the clock.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import shutil
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

# (feed, hours before the digest boundary, language, title, text)
ITEMS: list[tuple[str, float, str, str, str]] = [
    (
        "kuntaliitto",
        3,
        "fi",
        "Yhteistyömalli etenee",
        "Kuntaliiton ja Helsingin uusi yhteistyömalli on lähtenyt erinomaisesti käyntiin. Kiitos kaikille mukana olleille!",
    ),
    (
        "kuntaliitto",
        9,
        "fi",
        "Kuntatalous",
        "Kuntien talousarviot julkaistaan ensi viikolla. Seuraa tiedotteitamme.",
    ),
    (
        "kuntaliitto",
        15,
        "fi",
        "Neuvottelut",
        "Valitettavasti neuvottelut Helsingin kanssa ovat taas jumissa, eikä Kuntaliitto ole tyytyväinen aikatauluun.",
    ),
    (
        "karhunen",
        5,
        "fi",
        "",
        "Tapasin tänään pormestarin. Kuntaliiton ja Helsingin yhteistyö on hyödyllistä molemmille, vaikka työtä riittää.",
    ),
    (
        "karhunen",
        20,
        "en",
        "",
        "Lovely weather in Helsinki today, but the talks with Kuntaliitto went nowhere again. Disappointing.",
    ),
    (
        "mayor",
        4,
        "sv",
        "Samarbete",
        "Samarbetet mellan Helsingfors och Kommunförbundet fungerar mycket bra. Vi är nöjda med resultatet.",
    ),
    ("mayor", 11, "sv", "", "Helsingfors och Tallinn fördjupar samarbetet kring färjetrafiken."),
    (
        "mayor",
        18,
        "en",
        "",
        "<!channel> Press briefing on the Association of Finnish Municipalities agreement at 14:00. Details: <https://evil.example|official page>",
    ),
    ("mayor", 22, "en", "", "The new metro line opens in spring. Great news for commuters!"),
]


@dataclass
class _Received:
    bodies: list[dict[str, Any]]


def _rss(items: list[tuple[str, float, str, str, str]], *, base: str, name: str, boundary: datetime) -> bytes:
    entries = []
    for i, (_, hours, lang, title, text) in enumerate(items):
        when = format_datetime(boundary - timedelta(hours=hours), usegmt=True)
        entries.append(
            f"<item><guid>{base}/{name}/{i}</guid><link>{base}/{name}/{i}.html</link>"
            f"<title>{escape(title)}</title><description>{escape(text)}</description>"
            f"<pubDate>{when}</pubDate><dc:language>{lang}</dc:language></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{name}</title><link>{base}/{name}</link><description>demo</description>"
        + "".join(entries)
        + "</channel></rss>"
    ).encode()


def _json_feed(items: list[tuple[str, float, str, str, str]], *, base: str, name: str, boundary: datetime) -> bytes:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": name,
        "home_page_url": f"{base}/{name}",
        "items": [
            {
                "id": f"{base}/{name}/{i}",
                "url": f"{base}/{name}/{i}.html",
                "title": title or None,
                "content_text": text,
                "language": lang,
                "date_published": (boundary - timedelta(hours=hours)).isoformat(),
            }
            for i, (_, hours, lang, title, text) in enumerate(items)
        ],
    }
    return json.dumps(doc, ensure_ascii=False).encode()


def _serve(files: dict[str, tuple[bytes, str]], received: _Received) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = files.get(self.path)
            if found is None:
                self.send_error(404)
                return
            body, ctype = found
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            received.bodies.append(json.loads(self.rfile.read(length) or b"{}"))
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main(*, keep: bool = False) -> int:
    from bot import pipeline, policy, settings
    from bot.app import build_app
    from bot.clock import fixed, utc_now

    received = _Received(bodies=[])
    files: dict[str, tuple[bytes, str]] = {}
    server = _serve(files, received)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    tmp = Path(tempfile.mkdtemp(prefix="vahti-demo-"))
    try:
        config = settings.from_dicts(
            {
                "timezone": "Europe/Helsinki",
                "topics": [
                    {
                        "id": "kuntaliitto-helsinki",
                        "name": "Kuntaliitto–Helsinki cooperation",
                        "terms": {
                            "fi": ["Kuntaliitto*", "Kuntaliito*", "kuntaliittoyhteistyö*"],
                            "sv": ["Kommunförbund*"],
                            "en": ["Association of Finnish Municipalities", "AFM", "Kuntaliitto*"],
                        },
                    }
                ],
                "digest": {
                    "time": "08:00",
                    "language": "en",
                    "channels": [
                        {"name": "demo-slack", "kind": "slack", "url_env": "DEMO_SLACK_URL"},
                        {"name": "console", "kind": "console"},
                    ],
                },
                "polling": {"per_host_concurrency": 4, "timeout": 10},
            },
            {
                "officials": {
                    "kuntaliitto": {
                        "name": "Kuntaliitto",
                        "role": "Organisation",
                        "organisation": "Kuntaliitto",
                        "accounts": [{"platform": "feed", "url": f"{base}/kuntaliitto.xml"}],
                    },
                    "karhunen": {
                        "name": "Minna Karhunen",
                        "role": "CEO",
                        "organisation": "Kuntaliitto",
                        "accounts": [{"platform": "feed", "url": f"{base}/karhunen.json"}],
                    },
                    "mayor": {
                        "name": "Mayor of Helsinki",
                        "role": "Mayor",
                        "organisation": "City of Helsinki",
                        "accounts": [
                            {"platform": "feed", "url": f"{base}/mayor.xml"},
                            {"platform": "feed", "url": f"{base}/missing.xml"},
                        ],
                    },
                }
            },
            env={
                "DATABASE_URL": f"sqlite:///{tmp / 'demo.db'}",
                "DEMO_SLACK_URL": f"{base}/slack-webhook",
            },
            config_dir=tmp,
        )
        boundary = policy.digest_boundary(now=utc_now(), at=config.digest.time, tz=config.timezone)
        by_feed: dict[str, list[tuple[str, float, str, str, str]]] = {}
        for item in ITEMS:
            by_feed.setdefault(item[0], []).append(item)
        files["/kuntaliitto.xml"] = (
            _rss(by_feed["kuntaliitto"], base=base, name="kuntaliitto", boundary=boundary),
            "application/rss+xml",
        )
        files["/mayor.xml"] = (
            _rss(by_feed["mayor"], base=base, name="mayor", boundary=boundary),
            "application/rss+xml; charset=utf-8",
        )
        files["/karhunen.json"] = (
            _json_feed(by_feed["karhunen"], base=base, name="karhunen", boundary=boundary),
            "application/feed+json",
        )

        app = build_app(config, clock=fixed(boundary + timedelta(minutes=5)))
        print(f"demo: serving {len(files)} sample feeds and a Slack-like webhook on {base}")
        print(f"demo: temporary database {tmp / 'demo.db'}\n")
        print("--- console channel (what `vahti run` prints with no webhook configured) ---")
        report = asyncio.run(pipeline.run_once(app))
        print("--- end of console channel ---\n")
        for p in report.polls:
            line = f"poll {p.status:12} {p.account.replace(base, '<local>')}: {p.new} new"
            print(line + (f" ({p.error.replace(base, '<local>')})" if p.error else ""))
        for d in report.deliveries:
            print(f"delivery {d.channel}: {d.status}, {d.parts} message(s)")
        slack_blocks = sum(len(b.get("blocks", [])) for b in received.bodies)
        print(f"\nlocal Slack-like receiver got {len(received.bodies)} message(s), {slack_blocks} blocks")
        # A second cycle for the same period must send nothing more.
        again = asyncio.run(pipeline.run_once(app))
        print(
            f"second run for the same period: {sum(d.status == 'sent' for d in again.deliveries)} digests sent, "
            f"receiver now has {len(received.bodies)} message(s)"
        )
        if not keep:
            app.engine.dispose()
        ok = any(d.status == "sent" for d in report.deliveries) and len(received.bodies) >= 1
        if keep:
            print(f"\nkept: DATABASE_URL=sqlite:///{tmp / 'demo.db'}")
        return 0 if ok else 1
    finally:
        server.shutdown()
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)
