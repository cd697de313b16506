"""Bluesky source: parsers against golden files, and polling against a real local HTTP server.

The server is pytest-httpserver on 127.0.0.1 playing a small AppView: it serves feed items built
from the sample payloads (tests/data/bluesky, copied from the service specs), pages them with an
opaque cursor, and answers errors with the sample error bodies.
"""

from __future__ import annotations

import asyncio
import copy
import json
import os
from collections.abc import Awaitable, Callable
from dataclasses import asdict, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.errors import FetchError, ParseError
from bot.http import make_client
from bot.model import Account, Cursor, FetchResult, Post
from bot.sources import bluesky

DATA = Path(__file__).resolve().parents[1] / "data" / "bluesky"
NOW = datetime(2026, 8, 21, 12, 0, tzinfo=UTC)
DID = "did:plc:z72i7hdynmk6r22z27h6tvur"
FEED = "/xrpc/app.bsky.feed.getAuthorFeed"
RESOLVE = "/xrpc/com.atproto.identity.resolveHandle"
PROFILE = "/xrpc/app.bsky.actor.getProfile"

T = TypeVar("T")


def load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def run(job: Callable[[Any], Awaitable[T]]) -> T:
    """Run `job(client)` in a fresh event loop with a fresh production client (a new process)."""

    async def main() -> T:
        async with make_client() as client:
            return await job(client)

    return asyncio.run(main())


def post_item(rkey: str, text: str, at: datetime, *, handle: str = "bsky.app") -> dict[str, Any]:
    """A feed item shaped like the first item of the hand-written sample."""
    item = copy.deepcopy(load("getAuthorFeed.handwritten-example.json")["feed"][0])
    view = item["post"]
    view["uri"] = f"at://{DID}/app.bsky.feed.post/{rkey}"
    view["author"]["handle"] = handle
    view["indexedAt"] = (at + timedelta(milliseconds=300)).isoformat().replace("+00:00", "Z")
    view["record"] = {
        "$type": "app.bsky.feed.post",
        "createdAt": at.isoformat().replace("+00:00", "Z"),
        "langs": ["fi"],
        "text": text,
    }
    view.pop("embed", None)
    return item


class AppView:
    """A tiny getAuthorFeed/resolveHandle server over a list of items, newest first."""

    def __init__(self, server: HTTPServer, items: list[dict[str, Any]]) -> None:
        self.server = server
        self.items = items
        self.handles = {"bsky.app": DID}
        server.expect_request(FEED).respond_with_handler(self.feed)
        server.expect_request(RESOLVE).respond_with_handler(self.resolve)

    def feed(self, request: Request) -> Response:
        if request.args.get("actor") != DID:
            return json_response(load("error.getAuthorFeed-profile-not-found.json"), 400)
        limit = int(request.args.get("limit", "50"))
        start = int(request.args.get("cursor", "0"))
        page = self.items[start : start + limit]
        body: dict[str, Any] = {"feed": page}
        if start + limit < len(self.items):
            body["cursor"] = str(start + limit)
        return json_response(body)

    def resolve(self, request: Request) -> Response:
        did = self.handles.get(request.args.get("handle", ""))
        if did is None:
            return json_response(load("error.resolveHandle-not-found.json"), 400)
        return json_response({"did": did})

    def calls(self, path: str) -> list[Request]:
        return [req for req, _ in self.server.log if req.path == path]


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status=status, headers=headers, content_type="application/json")


def account_for(server: HTTPServer, handle: str = "bsky.app") -> Account:
    return Account(
        official_id="hel-mayor",
        platform="bluesky",
        handle=handle,
        api=server.url_for("/").rstrip("/"),
    )


def restart(cursor: Cursor | None) -> Cursor:
    """The cursor as storage would keep it: through JSON, and back."""
    assert cursor is not None
    return Cursor(**json.loads(json.dumps(asdict(cursor))))


def fetch(account: Account, cursor: Cursor | None, **kw: Any) -> FetchResult:
    return run(lambda client: bluesky.fetch(client, account, cursor, now=NOW, **kw))


def position(result: FetchResult) -> dict[str, Any]:
    assert result.cursor is not None and result.cursor.position is not None
    data: dict[str, Any] = json.loads(result.cursor.position)
    return data


def texts(result: FetchResult) -> list[str]:
    return [post.text for post in result.posts]


# ----------------------------------------------------------------------------------------------
# Parsers and golden files


def post_as_json(post: Post) -> dict[str, Any]:
    data = asdict(post)
    data.pop("raw")
    for key in ("created_at", "edited_at"):
        if data[key] is not None:
            data[key] = data[key].isoformat()
    return data


GOLDEN = [
    "getAuthorFeed.handwritten-example.json",
    "getAuthorFeed.atproto-test-snapshot.json",
    "getAuthorFeed.includePins.atproto-test-snapshot.json",
    "getAuthorFeed.multibyte-facets.json",
    "getAuthorFeed.pin-also-in-feed.json",
]
ACCOUNT = Account(official_id="hel-mayor", platform="bluesky", handle="bsky.app")


@pytest.mark.parametrize("name", GOLDEN)
def test_parser_matches_golden_file(name: str) -> None:
    """Protects every normalised field of every sample (set VAHTI_UPDATE_GOLDEN=1 to rewrite)."""
    posts = [post_as_json(p) for p in bluesky.parse_author_feed(load(name), account=ACCOUNT)]
    golden = DATA / name.replace(".json", ".expected.json")
    if os.environ.get("VAHTI_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(posts, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert posts == json.loads(golden.read_text("utf-8"))


def test_facets_use_utf8_byte_offsets_around_multibyte_text() -> None:
    """Protects exact link substitution after ä, 🤝 and a ZWJ family emoji (byte, not char)."""
    posts = bluesky.parse_author_feed(load("getAuthorFeed.multibyte-facets.json"), account=ACCOUNT)
    assert posts[0].text == (
        "Hyvää yhteistyötä 🤝 Kuntaliitto: "
        "https://www.kuntaliitto.fi/ajankohtaista/2026/yhteistyo-helsingin-kanssa ja 👩‍👩‍👧 "
        "lue lisää (https://www.hel.fi/fi/uutiset/kuntaliitto) #kuntaliitto"
    )
    assert posts[0].lang == "fi"


def test_broken_facets_are_ignored_and_the_text_survives() -> None:
    """Protects against mid-character, backwards, out-of-range and overlapping facets."""
    posts = bluesky.parse_author_feed(load("getAuthorFeed.multibyte-facets.json"), account=ACCOUNT)
    assert posts[1].text == "Ääk 🎉 https://example.com/x/full"
    assert posts[1].lang == "sv"


def test_sample_post_facets_expand_the_shortened_link() -> None:
    """Protects the documented conformance check: bytes 34-58 are the link's display text."""
    text = "Café update 🎉 read the notes: github.com/bluesky-so... — thanks @atproto.com!"
    assert text.encode()[34:58].decode() == "github.com/bluesky-so..."
    posts = bluesky.parse_author_feed(load("getAuthorFeed.handwritten-example.json"), account=ACCOUNT)
    assert posts[0].text == (
        "Café update 🎉 read the notes: https://github.com/bluesky-social/social-app/releases — thanks @atproto.com!"
    )


def test_repost_and_reply_are_flagged_with_their_own_ids_and_urls() -> None:
    """Protects repost/reply flags, the per-repost native id and the web URL of the original."""
    posts = bluesky.parse_author_feed(load("getAuthorFeed.handwritten-example.json"), account=ACCOUNT)
    own, repost, reply = posts
    assert (own.is_repost, own.is_reply) == (False, False)
    assert repost.is_repost and not repost.is_reply
    assert repost.native_id == (
        f"at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/3lzy2qqqqqq2k#repost-by-{DID}"
    )
    assert repost.url == "https://bsky.app/profile/atproto.com/post/3lzy2qqqqqq2k"
    # A repost happens when the official reposts, not when the original was written.
    assert repost.created_at == datetime(2026, 8, 19, 12, 0, tzinfo=UTC)
    assert reply.is_reply and not reply.is_repost
    assert reply.url == "https://bsky.app/profile/bsky.app/post/3lzx4rrrrrr2c"


def test_pinned_post_is_not_duplicated() -> None:
    """Protects against the includePins item at index 0 doubling a post shown in its place."""
    feed = load("getAuthorFeed.pin-also-in-feed.json")
    posts = bluesky.parse_author_feed(feed, account=ACCOUNT)
    ids = [p.native_id for p in posts]
    assert len(feed["feed"]) == len(ids) + 1
    assert len(ids) == len(set(ids))
    assert ids.count("record(0)") == 1


def test_future_created_at_sorts_by_indexed_at() -> None:
    """Protects the AppView's own ordering rule: a client's future date does not win."""
    item = post_item("3future", "x", datetime(2026, 8, 20, tzinfo=UTC))
    item["post"]["record"]["createdAt"] = "2030-01-01T00:00:00Z"
    (post,) = bluesky.parse_author_feed({"feed": [item]}, account=ACCOUNT)
    assert post.created_at == datetime(2026, 8, 20, 0, 0, 0, 300000, tzinfo=UTC)


@pytest.mark.parametrize(
    "payload",
    [
        [],
        {"feed": "nope"},
        {"feed": [{"post": {"uri": "at://x"}}]},
        {"feed": [], "cursor": 3},
        {"feed": [{"post": {"uri": "u", "record": {}, "author": {}, "indexedAt": "x"}}]},
    ],
)
def test_malformed_pages_raise_parse_error_naming_the_account(payload: Any) -> None:
    """Protects the error contract: a broken page is a ParseError that names the account."""
    with pytest.raises(ParseError, match=r"^bluesky bsky\.app: "):
        bluesky.parse_author_feed(payload, account=ACCOUNT)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
KEYS = st.sampled_from(["post", "uri", "record", "author", "reason", "$type", "text", "facets", "createdAt", "langs"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(JSONISH)
def test_parser_raises_only_parse_error_on_arbitrary_json(payload: Any) -> None:
    """Protects the pipeline from crashes: any JSON value gives posts or a ParseError."""
    try:
        bluesky.parse_author_feed(payload, account=ACCOUNT)
    except ParseError:
        pass


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_parser_raises_only_parse_error_on_mutated_samples(data: st.DataObject) -> None:
    """Protects against crashes deep inside real-shaped items, where random JSON never reaches."""
    feed = load("getAuthorFeed.handwritten-example.json")
    item = data.draw(st.sampled_from(feed["feed"]))
    target = item
    for _ in range(data.draw(st.integers(0, 3))):
        children = [v for v in target.values() if isinstance(v, dict)]
        if not children:
            break
        target = data.draw(st.sampled_from(children))
    target[data.draw(KEYS | st.sampled_from(sorted(target)))] = data.draw(JSONISH)
    try:
        bluesky.parse_author_feed(feed, account=ACCOUNT)
    except ParseError:
        pass


# ----------------------------------------------------------------------------------------------
# Polling against the local server


def six_posts() -> list[dict[str, Any]]:
    start = datetime(2026, 8, 21, 6, 0, tzinfo=UTC)
    return [post_item(f"3p{n}", f"post {n}", start - timedelta(hours=n)) for n in range(6)]


def test_first_poll_resolves_the_handle_and_reads_the_sample(httpserver: HTTPServer) -> None:
    """Protects the first poll: handle → DID once, sample posts out, a window for deletions."""
    view = AppView(httpserver, load("getAuthorFeed.handwritten-example.json")["feed"])
    result = fetch(account_for(httpserver), None)
    assert result.ok and len(result.posts) == 3
    assert [(p.is_repost, p.is_reply) for p in result.posts] == [
        (False, False),
        (True, False),
        (False, True),
    ]
    assert len(view.calls(RESOLVE)) == 1
    assert view.calls(FEED)[0].args["actor"] == DID
    # One page that ended the feed covers everything down to its oldest item.
    assert result.window_start == datetime(2026, 8, 18, 18, 30, tzinfo=UTC)
    assert result.bytes_read > 0


def test_did_handle_is_used_without_resolving(httpserver: HTTPServer) -> None:
    """Protects accounts configured by DID: no resolveHandle round trip is made."""
    view = AppView(httpserver, six_posts())
    result = fetch(account_for(httpserver, handle=DID), None)
    assert len(result.posts) == 6
    assert view.calls(RESOLVE) == []


def test_backfill_pages_with_the_cursor_and_stops_at_since(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects paging: the feed cursor is passed on, and reading stops below backfill_since."""
    monkeypatch.setattr(bluesky, "WINDOW_LIMIT", 2)
    view = AppView(httpserver, six_posts())
    since = datetime(2026, 8, 21, 3, 30, tzinfo=UTC)  # posts 0-2 are newer, 3 is on page 2
    result = fetch(account_for(httpserver), None, backfill_since=since)
    assert texts(result) == ["post 0", "post 1", "post 2"]
    assert [r.args.get("cursor") for r in view.calls(FEED)] == [None, "2"]
    assert result.window_start == since


def test_first_poll_cut_by_the_page_bound_promises_only_what_it_read(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects deletion detection from a partial read: the window starts after the oldest read."""
    monkeypatch.setattr(bluesky, "WINDOW_LIMIT", 2)
    AppView(httpserver, six_posts())
    result = fetch(account_for(httpserver), None)
    assert texts(result) == ["post 0", "post 1"]
    oldest = result.posts[-1].created_at
    assert result.window_start == oldest + timedelta(milliseconds=1)


def test_cursor_survives_a_restart_and_only_new_posts_come_back(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects the stored cursor: after a restart, a poll returns only new posts, over pages."""
    monkeypatch.setattr(bluesky, "POLL_LIMIT", 2)
    items = six_posts()
    view = AppView(httpserver, items)
    first = fetch(account_for(httpserver), None)
    assert len(first.posts) == 6 and first.window_start is not None

    newer = datetime(2026, 8, 21, 7, 0, tzinfo=UTC)
    view.items[:0] = [post_item(f"3n{n}", f"new {n}", newer + timedelta(minutes=10 - n)) for n in range(3)]
    second = fetch(account_for(httpserver), restart(first.cursor))
    assert texts(second) == ["new 0", "new 1", "new 2"]
    assert second.window_start is None  # a regular poll promises nothing about deletions
    cursors = [r.args.get("cursor") for r in view.calls(FEED)[1:]]
    assert cursors[:2] == [None, "2"]  # it had to page to reach what it had seen

    third = fetch(account_for(httpserver), restart(second.cursor))
    assert third.posts == ()
    assert len(view.calls(RESOLVE)) == 1  # the DID came from the cursor every time


def test_late_indexed_post_just_below_the_newest_is_still_caught(httpserver: HTTPServer) -> None:
    """Protects against losing a post whose sort time falls just under the newest seen one."""
    view = AppView(httpserver, six_posts())
    first = fetch(account_for(httpserver), None)
    late = post_item("3late", "late", datetime(2026, 8, 21, 5, 55, tzinfo=UTC))
    view.items.insert(1, late)
    second = fetch(account_for(httpserver), restart(first.cursor))
    assert texts(second) == ["late"]


def test_renamed_handle_keeps_working_through_the_did(httpserver: HTTPServer) -> None:
    """Protects a followed account after a rename: no new resolve, URLs use the new handle."""
    view = AppView(httpserver, six_posts())
    first = fetch(account_for(httpserver), None)
    view.handles = {"mayor.hel.fi": DID}  # the old handle no longer resolves
    view.items.insert(
        0,
        post_item("3renamed", "uusi nimi", datetime(2026, 8, 21, 8, tzinfo=UTC), handle="mayor.hel.fi"),
    )
    second = fetch(account_for(httpserver), restart(first.cursor))
    assert texts(second) == ["uusi nimi"]
    assert second.posts[0].url == "https://bsky.app/profile/mayor.hel.fi/post/3renamed"
    assert len(view.calls(RESOLVE)) == 1
    # Without the cursor, the old handle is (rightly) reported as not found.
    with pytest.raises(FetchError, match=r"bluesky bsky\.app: handle not found") as info:
        fetch(account_for(httpserver), None)
    assert info.value.permanent


def test_recheck_detects_a_deleted_post(httpserver: HTTPServer) -> None:
    """Protects deletion detection: recheck re-reads the window and sets window_start=since."""
    view = AppView(httpserver, six_posts())
    first = fetch(account_for(httpserver), None)
    deleted = first.posts[2]
    del view.items[2]
    since = datetime(2026, 8, 21, 0, 30, tzinfo=UTC)
    result = run(
        lambda client: bluesky.recheck(client, account_for(httpserver), restart(first.cursor), since=since, now=NOW)
    )
    assert result.window_start == since
    ids = {p.native_id for p in result.posts}
    assert deleted.native_id not in ids
    assert ids == {p.native_id for p in first.posts if p.created_at >= since} - {deleted.native_id}
    # The newest-seen mark is untouched: the next poll still finds nothing new.
    assert position(result)["seen_at"] == position(first)["seen_at"]
    assert len(view.calls(RESOLVE)) == 1


def test_recheck_without_cursor_resolves_and_reads_the_window(httpserver: HTTPServer) -> None:
    """Protects recheck on an account never polled: it resolves the handle itself."""
    view = AppView(httpserver, six_posts())
    since = datetime(2026, 8, 21, 3, 30, tzinfo=UTC)
    result = run(lambda client: bluesky.recheck(client, account_for(httpserver), None, since=since, now=NOW))
    assert texts(result) == ["post 0", "post 1", "post 2"]
    assert result.window_start == since and len(view.calls(RESOLVE)) == 1


def test_unreadable_cursor_starts_afresh(httpserver: HTTPServer) -> None:
    """Protects against a corrupted stored cursor wedging an account forever."""
    AppView(httpserver, six_posts())
    result = fetch(account_for(httpserver), Cursor(position="{not json"))
    assert len(result.posts) == 6 and result.window_start is not None


# ----------------------------------------------------------------------------------------------
# Errors and rate limits


def test_429_with_ratelimit_reset_gives_retry_after(httpserver: HTTPServer) -> None:
    """Protects rate limiting: RateLimit-Reset (epoch seconds) becomes the wait in seconds."""
    reset = int(NOW.timestamp()) + 240
    httpserver.expect_request(FEED).respond_with_json(
        load("error.rate-limited.json"),
        status=429,
        headers={
            "RateLimit-Limit": "3000",
            "RateLimit-Remaining": "0",
            "RateLimit-Reset": str(reset),
        },
    )
    with pytest.raises(FetchError, match="rate limited") as info:
        fetch(account_for(httpserver, handle=DID), None)
    assert info.value.retry_after == 240
    assert info.value.status == 429 and not info.value.permanent


def test_last_allowed_request_asks_to_wait_until_reset(httpserver: HTTPServer) -> None:
    """Protects politeness: a success with RateLimit-Remaining 0 carries retry_after."""
    httpserver.expect_request(FEED).respond_with_json(
        load("getAuthorFeed.handwritten-example.json"),
        headers={"RateLimit-Remaining": "0", "RateLimit-Reset": str(int(NOW.timestamp()) + 90)},
    )
    result = fetch(account_for(httpserver, handle=DID), None)
    assert len(result.posts) == 3 and result.retry_after == 90


@pytest.mark.parametrize(
    ("path", "sample", "status", "message"),
    [
        (FEED, "error.getAuthorFeed-profile-not-found.json", 400, "profile not found"),
        (FEED, "error.getAuthorFeed-blocked.json", 400, r"blocked \(BlockedActor\)"),
        (FEED, "error.getProfile-deactivated.json", 400, "account is deactivated"),
        (RESOLVE, "error.resolveHandle-not-found.json", 400, "handle not found"),
    ],
)
def test_error_samples_map_to_clear_permanent_messages(
    httpserver: HTTPServer, path: str, sample: str, status: int, message: str
) -> None:
    """Protects the per-account error messages the user reads in `vahti status`."""
    httpserver.expect_request(RESOLVE).respond_with_json({"did": DID})
    if path != RESOLVE:
        httpserver.expect_request(path).respond_with_json(load(sample), status=status)
    else:
        httpserver.clear()
        httpserver.expect_request(RESOLVE).respond_with_json(load(sample), status=status)
    with pytest.raises(FetchError, match=rf"^bluesky bsky\.app: {message}") as info:
        fetch(account_for(httpserver), None)
    assert info.value.permanent


def test_html_error_page_from_a_load_balancer_is_a_temporary_error(
    httpserver: HTTPServer,
) -> None:
    """Protects robustness to non-JSON 5xx bodies: a retryable FetchError, not a crash."""
    httpserver.expect_request(FEED).respond_with_data(
        "<html><body>502 Bad Gateway</body></html>", status=502, content_type="text/html"
    )
    with pytest.raises(FetchError, match=r"server error \(HTTP 502\)") as info:
        fetch(account_for(httpserver, handle=DID), None)
    assert not info.value.permanent


def test_non_json_success_is_a_parse_error(httpserver: HTTPServer) -> None:
    """Protects against a captive portal or proxy answering 200 with HTML."""
    httpserver.expect_request(FEED).respond_with_data("<html>hi</html>", content_type="text/html")
    with pytest.raises(ParseError, match=r"^bluesky did:plc:"):
        fetch(account_for(httpserver, handle=DID), None)


def test_body_over_the_cap_is_refused(httpserver: HTTPServer) -> None:
    """Protects memory: max_bytes is passed down to the capped GET."""
    AppView(httpserver, six_posts())
    with pytest.raises(FetchError, match="exceeds the cap"):
        fetch(account_for(httpserver, handle=DID), None, max_bytes=200)


# ----------------------------------------------------------------------------------------------
# `vahti accounts check`


def check(account: Account) -> str:
    return run(lambda client: bluesky.check(client, account, now=NOW))


def test_check_reports_found_with_detail(httpserver: HTTPServer) -> None:
    """Protects `accounts check` on a live profile: status word first, then the DID."""
    httpserver.expect_request(RESOLVE).respond_with_json(load("resolveHandle.response.json"))
    httpserver.expect_request(PROFILE, query_string={"actor": DID}).respond_with_json(
        load("getProfile.handwritten-example.json")
    )
    assert check(account_for(httpserver)) == f"found: {DID}, @bsky.app, 'Bluesky', 700 posts"


def test_check_reports_a_new_handle_as_moved(httpserver: HTTPServer) -> None:
    """Protects `accounts check` telling the user that a handle now belongs elsewhere."""
    httpserver.expect_request(RESOLVE).respond_with_json(load("resolveHandle.response.json"))
    httpserver.expect_request(PROFILE).respond_with_json(
        {**load("getProfile.handwritten-example.json"), "handle": "bluesky.social"}
    )
    assert check(account_for(httpserver)).startswith("moved: bluesky.social (")


@pytest.mark.parametrize(
    ("path", "sample", "expected"),
    [
        (RESOLVE, "error.resolveHandle-not-found.json", "not found: handle not found"),
        (PROFILE, "error.getProfile-deactivated.json", "not found: account is deactivated"),
    ],
)
def test_check_reports_not_found(httpserver: HTTPServer, path: str, sample: str, expected: str) -> None:
    """Protects `accounts check` on a dead account: an answer, not an exception."""
    httpserver.expect_request(path).respond_with_json(load(sample), status=400)
    httpserver.expect_request(RESOLVE).respond_with_json({"did": DID})
    assert check(account_for(httpserver)) == expected


def test_check_raises_on_temporary_failures(httpserver: HTTPServer) -> None:
    """Protects `accounts check` from calling an account dead during an outage."""
    httpserver.expect_request(RESOLVE).respond_with_data("oops", status=503)
    with pytest.raises(FetchError, match="HTTP 503"):
        check(account_for(httpserver))


def test_fetch_result_names_the_account_key(httpserver: HTTPServer) -> None:
    """Protects the pipeline's join key: FetchResult and posts carry `platform:handle`."""
    AppView(httpserver, six_posts()[:1])
    account = replace(account_for(httpserver), handle=DID)
    result = fetch(account, None)
    assert result.account == f"bluesky:{DID}"
    assert {p.account for p in result.posts} == {f"bluesky:{DID}"}
    assert {p.official_id for p in result.posts} == {"hel-mayor"}


def test_burst_beyond_the_page_bound_warns_and_recheck_recovers_it(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects against silent loss in a burst: a warning now, the missed post at recheck."""
    monkeypatch.setattr(bluesky, "POLL_LIMIT", 2)
    monkeypatch.setattr(bluesky, "MAX_POLL_PAGES", 1)
    view = AppView(httpserver, six_posts())
    first = fetch(account_for(httpserver), None)
    burst = datetime(2026, 8, 21, 9, 0, tzinfo=UTC)
    view.items[:0] = [post_item(f"3b{n}", f"burst {n}", burst - timedelta(minutes=n)) for n in range(3)]
    second = fetch(account_for(httpserver), restart(first.cursor))
    assert texts(second) == ["burst 0", "burst 1"]
    assert second.warnings and "recheck" in second.warnings[0]
    since = datetime(2026, 8, 21, 8, 0, tzinfo=UTC)
    rechecked = run(
        lambda client: bluesky.recheck(client, account_for(httpserver), restart(second.cursor), since=since, now=NOW)
    )
    assert texts(rechecked) == ["burst 0", "burst 1", "burst 2"]
    assert rechecked.warnings == ()


def test_recheck_cut_by_the_page_bound_narrows_its_promise(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects stored posts from being marked deleted by a recheck that could not read them."""
    monkeypatch.setattr(bluesky, "WINDOW_LIMIT", 2)
    monkeypatch.setattr(bluesky, "MAX_WINDOW_PAGES", 2)
    AppView(httpserver, six_posts())
    since = datetime(2026, 8, 20, tzinfo=UTC)
    result = run(lambda client: bluesky.recheck(client, account_for(httpserver), None, since=since, now=NOW))
    assert len(result.posts) == 4
    assert result.window_start == result.posts[-1].created_at + timedelta(milliseconds=1)
    assert result.warnings and "not checked" in result.warnings[0]
