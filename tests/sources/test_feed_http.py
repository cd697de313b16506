"""The feed source over real HTTP: a pytest-httpserver on 127.0.0.1 and the production client.

These protect what only a real exchange shows: conditional GET validators echoed verbatim, a 304
that skips parsing, status errors, the body cap on a streamed response, and that a refused body
never comes back as half a result.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.errors import FetchError, ParseError
from bot.http import make_client
from bot.model import Account, Cursor, FetchResult
from bot.sources import feed

NOW = datetime(2026, 8, 21, 12, 0, tzinfo=UTC)
DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"
RSS = (DATA / "rss-2.0.tricky.handwritten.xml").read_bytes()
ATOM = (DATA / "atom-1.0.tricky.handwritten.xml").read_bytes()
JSONFEED = (DATA / "jsonfeed-1.1.tricky.handwritten.json").read_bytes()
ETAG = 'W/"5f3c-1a2b3c"'
LAST_MODIFIED = "Thu, 20 Aug 2026 18:03:00 GMT"


def account(httpserver: HTTPServer, path: str = "/feed.xml") -> Account:
    return Account(official_id="jane", platform="feed", url=httpserver.url_for(path))


def poll(acc: Account, cursor: Cursor | None = None, **kw: Any) -> FetchResult:
    async def go() -> FetchResult:
        async with make_client(transport=None) as client:
            return await feed.fetch(client, acc, cursor, now=NOW, **kw)

    return asyncio.run(go())


def test_rss_first_poll_returns_posts_cursor_and_ttl(httpserver: HTTPServer) -> None:
    """A 200 yields every item as a post, the validators as the cursor, and the longest of
    Cache-Control max-age and the RSS ttl as the server's wish for the next poll."""
    httpserver.expect_request("/feed.xml").respond_with_data(
        RSS,
        content_type="application/rss+xml; charset=utf-8",
        headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED, "Cache-Control": "max-age=300"},
    )
    result = poll(account(httpserver))
    assert result.ok and not result.not_modified
    assert result.account == f"feed:{httpserver.url_for('/feed.xml')}"
    assert [p.native_id.split("#", 1)[1] for p in result.posts] == [
        "tag:example.org,2026:post-42",
        "https://example.org/2026/08/no-date",
        "https://example.org/2026/08/guid-is-permalink-by-default",
    ]
    assert result.posts[0].title == "Breaking news: AT&T"
    assert result.posts[0].text == "Full content"
    assert result.cursor == Cursor(etag=ETAG, last_modified=LAST_MODIFIED)
    assert result.retry_after == 3600.0  # <ttl>60</ttl> beats max-age=300
    assert result.bytes_read == len(RSS)
    request, _ = httpserver.log[0]
    assert "If-None-Match" not in request.headers
    assert "application/rss+xml" in request.headers["Accept"]


def test_second_poll_sends_etag_and_a_304_is_not_modified_without_parsing(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stored ETag and Last-Modified go back verbatim (weak ETag included); the 304 keeps
    the cursor and never reaches the parser."""
    httpserver.expect_request(
        "/feed.xml", headers={"If-None-Match": ETAG, "If-Modified-Since": LAST_MODIFIED}
    ).respond_with_data(b"", status=304, headers={"ETag": ETAG, "Cache-Control": "max-age=120"})

    def no_parsing(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a 304 must not be parsed")

    monkeypatch.setattr(feed, "_parse", no_parsing)
    cursor = Cursor(etag=ETAG, last_modified=LAST_MODIFIED)
    result = poll(account(httpserver), cursor)
    assert result.not_modified and result.ok
    assert result.posts == ()
    assert result.cursor == cursor
    assert result.retry_after == 120.0
    httpserver.check_assertions()


def test_last_modified_round_trip(httpserver: HTTPServer) -> None:
    """A server with only Last-Modified gets it back as If-Modified-Since, byte for byte."""
    httpserver.expect_ordered_request("/a.atom").respond_with_data(
        ATOM, content_type="application/atom+xml", headers={"Last-Modified": LAST_MODIFIED}
    )
    httpserver.expect_ordered_request("/a.atom", headers={"If-Modified-Since": LAST_MODIFIED}).respond_with_data(
        b"", status=304
    )
    acc = account(httpserver, "/a.atom")
    first = poll(acc)
    assert first.cursor == Cursor(etag=None, last_modified=LAST_MODIFIED)
    assert first.posts[0].title == "Inline XHTML title"
    second = poll(acc, first.cursor)
    assert second.not_modified and second.cursor == first.cursor
    assert "If-None-Match" not in httpserver.log[1][0].headers
    httpserver.check_assertions()


def test_a_304_with_a_new_validator_updates_the_cursor(httpserver: HTTPServer) -> None:
    """RFC 9110 §15.4.5: validators sent with a 304 replace the stored ones."""
    httpserver.expect_request("/feed.xml").respond_with_data(b"", status=304, headers={"ETag": '"v2"'})
    result = poll(account(httpserver), Cursor(etag='"v1"', last_modified=LAST_MODIFIED))
    assert result.cursor == Cursor(etag='"v2"', last_modified=LAST_MODIFIED)


def test_json_feed_over_http(httpserver: HTTPServer) -> None:
    """JSON Feed served as application/feed+json is read with json, not the XML parser."""
    httpserver.expect_request("/feed.json").respond_with_data(JSONFEED, content_type="application/feed+json")
    result = poll(account(httpserver, "/feed.json"))
    assert [p.text for p in result.posts] == [
        "Relative link resolves against url, not feed_url",
        "No title, no date: microblog style item.",
        "Only HTML (text alt)",
    ]
    assert result.cursor == Cursor()


def test_changed_item_keeps_its_id_with_the_new_text(httpserver: HTTPServer) -> None:
    """An edited item is the same post (same native_id) carrying the new text, so storage can
    record a revision instead of a duplicate."""
    before = RSS
    after = RSS.replace(b"<p>Full content</p>", b"<p>Full content, corrected</p>")
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(
        before, content_type="application/rss+xml", headers={"ETag": '"1"'}
    )
    httpserver.expect_ordered_request("/feed.xml", headers={"If-None-Match": '"1"'}).respond_with_data(
        after, content_type="application/rss+xml", headers={"ETag": '"2"'}
    )
    acc = account(httpserver)
    first = poll(acc)
    second = poll(acc, first.cursor)
    old = {p.native_id.split("#", 1)[1]: p for p in first.posts}
    new = {p.native_id.split("#", 1)[1]: p for p in second.posts}
    assert old.keys() == new.keys()
    changed = [k for k in old if old[k].text != new[k].text]
    assert changed == ["tag:example.org,2026:post-42"]
    assert new["tag:example.org,2026:post-42"].text == "Full content, corrected"
    assert second.cursor == Cursor(etag='"2"')


def test_server_error_is_a_fetch_error_with_status(httpserver: HTTPServer) -> None:
    """A 500 is a transient FetchError naming the feed; the pipeline backs off on it."""
    httpserver.expect_request("/feed.xml").respond_with_data(b"oops", status=500)
    with pytest.raises(FetchError) as info:
        poll(account(httpserver))
    assert info.value.status == 500 and not info.value.permanent
    assert str(info.value).startswith(f"feed {httpserver.url_for('/feed.xml')}: server error")


def test_gone_and_rate_limited(httpserver: HTTPServer) -> None:
    """410 is permanent; 503 carries Retry-After so the next poll waits as asked."""
    httpserver.expect_request("/gone").respond_with_data(b"", status=410)
    httpserver.expect_request("/busy").respond_with_data(b"", status=503, headers={"Retry-After": "90"})
    with pytest.raises(FetchError) as gone:
        poll(account(httpserver, "/gone"))
    assert gone.value.permanent
    with pytest.raises(FetchError) as busy:
        poll(account(httpserver, "/busy"))
    assert busy.value.retry_after == 90.0


def test_redirected_feed_resolves_links_against_the_final_url(httpserver: HTTPServer) -> None:
    """Relative links are resolved against where the body actually came from."""
    body = (
        b'<rss version="2.0"><channel><title>t</title><item><guid>urn:1</guid><title>x</title>'
        b"<link>item/1</link></item></channel></rss>"
    )
    httpserver.expect_request("/old.xml").respond_with_data(
        b"", status=301, headers={"Location": httpserver.url_for("/new/feed.xml")}
    )
    httpserver.expect_request("/new/feed.xml").respond_with_data(body, content_type="text/xml")
    (post,) = poll(account(httpserver, "/old.xml")).posts
    assert post.url == httpserver.url_for("/new/item/1")


def test_backfill_since_drops_older_posts(httpserver: HTTPServer) -> None:
    """A newly added account does not flood the first digest with old items; undated items
    (first seen now) are kept."""
    httpserver.expect_request("/feed.xml").respond_with_data(RSS, content_type="text/xml")
    result = poll(account(httpserver), backfill_since=datetime(2026, 8, 19, tzinfo=UTC))
    assert [p.native_id.split("#", 1)[1] for p in result.posts] == [
        "tag:example.org,2026:post-42",
        "https://example.org/2026/08/no-date",
    ]


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"<!DOCTYPE html><html><body>Not here</body></html>", "text/html", "an HTML page"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png", "content type image/png"),
        (b"", "application/rss+xml", "empty body"),
        ("<rss><channel><title>Älä</title></channel></rss>".encode("cp1252"), "text/xml", "broken"),
    ],
)
def test_wrong_bodies_are_parse_errors_not_results(
    httpserver: HTTPServer, body: bytes, content_type: str, message: str
) -> None:
    """A body that is not a feed raises ParseError naming the feed; no half result comes back."""
    httpserver.expect_request("/feed.xml").respond_with_data(body, content_type=content_type)
    with pytest.raises(ParseError, match=message) as info:
        poll(account(httpserver))
    assert str(info.value).startswith(f"feed {httpserver.url_for('/feed.xml')}: ")


def test_billion_laughs_over_http_is_refused_fast(httpserver: HTTPServer) -> None:
    """The entity bomb is refused before any XML parser sees it."""
    laughs = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{laughs}]><rss version="2.0"><channel>'
        "<title>&l9;</title><item><title>&l9;</title></item></channel></rss>"
    ).encode()
    httpserver.expect_request("/feed.xml").respond_with_data(bomb, content_type="text/xml")
    start = time.perf_counter()
    with pytest.raises(ParseError, match="entity declarations refused"):
        poll(account(httpserver))
    assert time.perf_counter() - start < 5.0


def test_declared_50_mb_body_is_refused_at_the_cap(httpserver: HTTPServer) -> None:
    """A Content-Length over the cap is refused before reading the body."""
    big = b"<rss>" + b" " * (50 * 1024 * 1024)
    httpserver.expect_request("/feed.xml").respond_with_data(big, content_type="text/xml")
    with pytest.raises(FetchError, match="exceeds the cap"):
        poll(account(httpserver))


def test_streamed_50_mb_body_is_cut_off_at_the_cap(httpserver: HTTPServer) -> None:
    """Without a Content-Length the reader stops at the cap instead of buffering 50 MB."""
    sent = {"bytes": 0}

    def chunks() -> Iterator[bytes]:
        block = b" " * 65536
        yield b"<rss>"
        for _ in range(50 * 16):  # 50 MB in 64 KB blocks
            sent["bytes"] += len(block)
            yield block

    def handler(request: Request) -> Response:
        return Response(chunks(), content_type="application/rss+xml")

    httpserver.expect_request("/feed.xml").respond_with_handler(handler)
    with pytest.raises(FetchError, match="stopped reading"):
        poll(account(httpserver))  # the default cap, 5 MB
    assert sent["bytes"] < 50 * 1024 * 1024


def test_large_feed_is_parsed_off_the_event_loop(httpserver: HTTPServer) -> None:
    """A feed above the thread threshold still parses completely (in a worker thread)."""
    items = "".join(
        f"<item><guid>urn:{i}</guid><title>Item {i}</title><description>{'x' * 400}</description></item>"
        for i in range(300)
    )
    body = f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()
    assert len(body) > feed._THREAD_PARSE_BYTES
    httpserver.expect_request("/feed.xml").respond_with_data(body, content_type="text/xml")
    result = poll(account(httpserver))
    assert len(result.posts) == 300 and result.posts[-1].title == "Item 299"


CORPUS = Path(__file__).resolve().parents[3] / "shared" / "specs" / "samples" / "feeds"
if not CORPUS.is_dir():
    CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "specs" / "samples" / "feeds"
CORPUS = CORPUS / "feedparser-tests"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/specs samples not laid beside the repo")
def test_corpus_files_with_http_headers_through_fetch(httpserver: HTTPServer) -> None:
    """The corpus files that come with simulated HTTP headers, served with those headers: each
    fetch returns a result or raises ParseError, never anything else."""
    index = json.loads((CORPUS / "index.json").read_text())
    served = [e for e in index if e.get("header")]
    for i, entry in enumerate(served):
        headers: dict[str, str] = {}
        for line in entry["header"].splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() not in ("content-location", "content-length"):
                headers[key.strip()] = value.strip()
        httpserver.expect_request(f"/c/{i}").respond_with_response(
            Response((CORPUS / entry["file"]).read_bytes(), headers=headers)
        )

    async def poll_all() -> dict[str, int]:
        outcomes = {"parsed": 0, "refused": 0}
        async with make_client(transport=None) as client:
            for i in range(len(served)):
                try:
                    await feed.fetch(client, account(httpserver, f"/c/{i}"), None, now=NOW)
                    outcomes["parsed"] += 1
                except ParseError as e:
                    assert "internal error" not in str(e)
                    outcomes["refused"] += 1
        return outcomes

    outcomes = asyncio.run(poll_all())
    print(f"\ncorpus over HTTP: {len(served)} files, {outcomes}")
    assert outcomes["parsed"] + outcomes["refused"] == len(served) == 69
    assert outcomes["parsed"] >= 60, outcomes
