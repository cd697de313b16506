"""The X source: parser golden files, and polls replayed from a real HTTP server on 127.0.0.1.

The server replays the documented samples (tests/data/x/) and hand-written variants; the client
is the production one (`make_client()` on aiohttp), so the query strings, headers and limits
asserted here are what X itself would see.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.errors import FetchError, ParseError, SourceError
from bot.http import make_client
from bot.model import Account, Cursor, FetchResult, Post
from bot.sources import x

DATA = Path(__file__).resolve().parent.parent / "data" / "x"
NOW = datetime(2026, 8, 20, 15, 0, tzinfo=UTC)
TOKEN = "AAAAAAAAAAAAAAAAAAAAAtestTOKEN%2Fs3cr3t%3Dvahti0123456789"
USER_ID = "2244994945"
LOOKUP = "/2/users/by/username/XDevelopers"
TIMELINE = f"/2/users/{USER_ID}/tweets"
T = TypeVar("T")


def load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def account_for(server: HTTPServer, handle: str = "XDevelopers") -> Account:
    return Account(official_id="xdev", platform="x", handle=handle, api=server.url_for("").rstrip("/"))


def with_client(job: Callable[[httpx.AsyncClient], Awaitable[T]]) -> T:
    async def main() -> T:
        async with make_client() as client:
            return await job(client)

    return asyncio.run(main())


def poll(
    server: HTTPServer,
    cursor: Cursor | None = None,
    *,
    token: str | None = TOKEN,
    handle: str = "XDevelopers",
    **kwargs: Any,
) -> FetchResult:
    account = account_for(server, handle)
    return with_client(lambda client: x.fetch(client, account, cursor, now=NOW, token=token, **kwargs))


def state(result: FetchResult) -> dict[str, Any]:
    assert result.cursor is not None and result.cursor.position is not None
    data: dict[str, Any] = json.loads(result.cursor.position)
    return data


def cursor_at(since_id: str, **extra: Any) -> Cursor:
    data = {"username": "XDevelopers", "user_id": USER_ID, "since_id": since_id, **extra}
    return Cursor(position=json.dumps(data))


def requests(server: HTTPServer) -> list[Request]:
    return [request for request, _response in server.log]


def timeline_requests(server: HTTPServer) -> list[dict[str, str]]:
    return [dict(r.args) for r in requests(server) if r.path == TIMELINE]


# --- parser ------------------------------------------------------------------------------

GOLDEN = [
    "timeline.minimal-fields.example.json",
    "timeline.with-includes.example.json",
    "timeline.retweet-reply-quote.handwritten-example.json",
    "timeline.empty-since-id.json",
    "tweets-lookup.all-fields-and-expansions.example.json",
    "tweet.edited.example.json",
    "tweet.media-expansion.example.json",
    "partial-errors.docs-example.json",
    "variant.edit-v1.json",
    "variant.post-spelling.json",
    "variant.escaping.json",
    "variant.page1.json",
]
PARSE_ACCOUNT = Account(official_id="xdev", platform="x", handle="XDevelopers")


def as_golden(posts: list[Post], warnings: list[str]) -> dict[str, Any]:
    def one(post: Post) -> dict[str, Any]:
        raw = dict(post.raw or {})
        raw.pop("post", None)
        if "referenced" in raw:
            raw["referenced"] = sorted(raw["referenced"])
        return {
            "native_id": post.native_id,
            "url": post.url,
            "text": post.text,
            "created_at": post.created_at.isoformat(),
            "edited_at": post.edited_at.isoformat() if post.edited_at else None,
            "lang": post.lang,
            "is_repost": post.is_repost,
            "is_reply": post.is_reply,
            "account": post.account,
            "official_id": post.official_id,
            "raw": raw,
        }

    return {"posts": [one(p) for p in posts], "warnings": warnings}


@pytest.mark.parametrize("name", GOLDEN)
def test_parser_matches_golden_file(name: str) -> None:
    """Protects the whole normalisation of each sample against unnoticed drift."""
    posts, warnings = x.parse_timeline(load(name), account=PARSE_ACCOUNT)
    got = as_golden(posts, warnings)
    expected_path = DATA / name.replace(".json", ".expected.json")
    if os.environ.get("UPDATE_GOLDEN"):
        expected_path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected


def test_retweet_reply_and_quote_are_flagged() -> None:
    """Protects the flags: a retweet keeps the original's full text, a quote is marked in raw."""
    posts, warnings = x.parse_timeline(
        load("timeline.retweet-reply-quote.handwritten-example.json"), account=PARSE_ACCOUNT
    )
    by_id = {p.native_id: p for p in posts}
    assert warnings == []
    retweet = by_id["1826000000000000003"]
    assert retweet.is_repost and not retweet.is_reply
    assert retweet.text == "Original text & more"  # not the truncated "RT @someone: …"
    reply = by_id["1826000000000000001"]  # edited: keyed by its first version
    assert reply.is_reply and not reply.is_repost
    assert reply.text == "@someone yes <3 thanks"
    quote = by_id["1826000000000000000"]
    assert not quote.is_repost and not quote.is_reply
    assert quote.raw is not None and quote.raw["is_quote"] is True
    assert quote.raw["quoted_id"] == "1824000000000000000"
    assert "https://t.co/" not in quote.text
    assert quote.text.endswith("https://x.com/someone/status/1824000000000000000")
    assert retweet.raw is not None and retweet.raw["is_quote"] is False
    assert retweet.url == "https://x.com/XDevelopers/status/1826000000000000003"
    assert retweet.created_at == datetime(2026, 8, 20, 14, 3, 11, tzinfo=UTC)


def test_text_is_unescaped_exactly_once() -> None:
    """Protects against double unescaping: `&amp;amp;` is the text `&amp;`, not `&`."""
    posts, _ = x.parse_timeline(load("variant.escaping.json"), account=PARSE_ACCOUNT)
    assert posts[0].text == 'Fish &amp; chips & AT&T: <b>not bold</b> &lt;3 "as is"'
    assert posts[0].lang is None  # "qme" means "media only", not a language


def test_post_spelling_of_the_newest_openapi_is_understood() -> None:
    """Protects the `post.*` names (edit_history_post_ids, referenced_posts, includes.posts)."""
    posts, warnings = x.parse_timeline(load("variant.post-spelling.json"), account=PARSE_ACCOUNT)
    assert warnings == []
    repost, edited = posts
    assert repost.is_repost
    assert repost.text == "Kuntaliitto ja Helsinki & yhteistyö jatkuu koko syksyn " + ("https://www.hel.fi/fi/uutiset")
    assert edited.native_id == "1826000000000000011"
    assert edited.edited_at == datetime(2026, 8, 21, 8, 10, tzinfo=UTC)
    # An expanded URL's own `&` is not an escape and stays as it is.
    assert edited.text.endswith("https://www.kuntaliitto.fi/uutiset?a=1&b=2")
    assert "<kokous>" in edited.text
    assert edited.raw is not None and edited.raw["is_quote"] is True


def test_partial_errors_are_warnings_and_data_is_kept() -> None:
    """Protects partial success: `errors[]` beside `data` keeps the posts and reports the rest."""
    posts, warnings = x.parse_timeline(load("partial-errors.docs-example.json"), account=PARSE_ACCOUNT)
    assert [p.native_id for p in posts] == ["123"]
    assert warnings == ["Not Found Error: Could not find tweet with id: [456]."]


def test_broken_item_is_skipped_with_a_warning() -> None:
    """Protects the rest of a page from one malformed item (no id, numeric id, no text)."""
    payload = {
        "data": [
            {"text": "no id"},
            {"id": 1826000000000000001, "text": "a JS number id loses digits"},
            {"id": "1826000000000000002"},
            {"id": "1826000000000000003", "text": "fine"},
        ]
    }
    posts, warnings = x.parse_timeline(payload, account=PARSE_ACCOUNT)
    assert [p.native_id for p in posts] == ["1826000000000000003"]
    assert len(warnings) == 3 and all(w.startswith("skipped data[") for w in warnings)


@pytest.mark.parametrize(
    "payload",
    [[], "text", None, {"data": "x"}, {"data": [], "includes": []}, {"errors": {"a": 1}}],
)
def test_malformed_documents_raise_parse_error(payload: Any) -> None:
    """Protects callers from TypeErrors: a wrong document shape is a ParseError naming X."""
    with pytest.raises(ParseError, match=r"^x:XDevelopers: "):
        x.parse_timeline(payload, account=PARSE_ACCOUNT)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
_KEYS = st.sampled_from(
    [
        "id",
        "text",
        "created_at",
        "lang",
        "entities",
        "edit_history_tweet_ids",
        "edit_history_post_ids",
        "referenced_tweets",
        "referenced_posts",
        "urls",
        "url",
        "expanded_url",
        "type",
        "retweeted",
    ]
)
_ID_VALUES = st.sampled_from(["1", "1826000000000000001", "9" * 19, "", "abc", "0"])
_VALUES = _JSON | _ID_VALUES | st.lists(_ID_VALUES, max_size=3)
_ITEM = st.dictionaries(_KEYS, _VALUES, max_size=8) | st.fixed_dictionaries(
    {"id": _ID_VALUES, "text": st.text()},
    optional={
        "edit_history_tweet_ids": st.lists(_ID_VALUES, max_size=3) | _JSON,
        "referenced_tweets": st.lists(
            st.fixed_dictionaries({"type": st.sampled_from(["retweeted", "quoted", "replied_to"]), "id": _ID_VALUES}),
            max_size=2,
        )
        | _JSON,
        "entities": st.fixed_dictionaries({"urls": st.lists(st.dictionaries(_KEYS, _VALUES, max_size=4), max_size=2)})
        | _JSON,
        "created_at": st.sampled_from(["2026-08-20T12:00:00.000Z", "yesterday", "2026-13-01"]) | _JSON,
        "lang": _JSON,
    },
)
_DOCUMENT = _JSON | st.fixed_dictionaries(
    {},
    optional={
        "data": st.lists(_ITEM | _JSON, max_size=4) | _ITEM | _JSON,
        "includes": st.fixed_dictionaries({}, optional={"tweets": st.lists(_ITEM, max_size=2) | _JSON, "posts": _JSON})
        | _JSON,
        "errors": st.lists(st.dictionaries(st.text(max_size=6), _JSON), max_size=2) | _JSON,
        "meta": _JSON,
    },
)


@settings(max_examples=200, deadline=None)
@given(_DOCUMENT)
def test_parser_raises_only_parse_error(payload: Any) -> None:
    """Protects the pipeline from crashes: any input gives posts or ParseError, nothing else."""
    try:
        posts, warnings = x.parse_timeline(payload, account=PARSE_ACCOUNT)
    except ParseError:
        return
    assert all(isinstance(p, Post) and p.created_at.tzinfo is not None for p in posts)
    assert all(isinstance(w, str) for w in warnings)


# --- polling against a real server ---------------------------------------------------------


def test_no_token_skips_before_any_request(httpserver: HTTPServer) -> None:
    """Protects the optional, paid source: without a token it is skipped and asks nothing."""
    for token in (None, "", "   "):
        with pytest.raises(x.XSkipped, match="skipped: no X token"):
            poll(httpserver, token=token)
    account = account_for(httpserver)
    answer = with_client(lambda c: x.check(c, account, token=None, now=NOW))
    assert answer == "skipped: no X token"
    assert requests(httpserver) == []


def test_first_poll_looks_up_once_and_reads_one_small_page(httpserver: HTTPServer) -> None:
    """Protects cost: the first poll resolves the id, reads 5 newest posts and no backlog."""
    httpserver.expect_request(LOOKUP).respond_with_json(load("user-by-username.full.handwritten-example.json"))
    httpserver.expect_request(TIMELINE).respond_with_json(
        load("timeline.retweet-reply-quote.handwritten-example.json"),
        headers={"x-rate-limit-limit": "900", "x-rate-limit-remaining": "899"},
    )
    result = poll(httpserver)

    sent = requests(httpserver)
    assert [r.path for r in sent] == [LOOKUP, TIMELINE]  # no next page despite meta.next_token
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in sent)
    assert timeline_requests(httpserver) == [
        {
            "max_results": "5",
            "tweet.fields": "created_at,lang,entities,referenced_tweets,edit_history_tweet_ids,"
            "conversation_id,in_reply_to_user_id",
            "expansions": "referenced_tweets.id",
        }
    ]
    assert result.ok and result.retry_after is None
    assert [p.native_id for p in result.posts] == [
        "1826000000000000003",
        "1826000000000000001",
        "1826000000000000000",
    ]
    assert result.posts_read == 3
    assert result.bytes_read > 0
    assert state(result) == {
        "username": "XDevelopers",
        "user_id": USER_ID,
        "since_id": "1826000000000000003",
    }


def test_since_id_poll_pages_while_newer_posts_remain(httpserver: HTTPServer) -> None:
    """Protects polling: since_id is sent, next_token is followed, no lookup with a known id."""
    httpserver.expect_ordered_request(TIMELINE).respond_with_json(load("variant.page1.json"))
    httpserver.expect_ordered_request(TIMELINE).respond_with_json(load("variant.page2.json"))
    result = poll(httpserver, cursor_at("1826000000000000100"))

    assert [r.path for r in requests(httpserver)] == [TIMELINE, TIMELINE]
    first, second = timeline_requests(httpserver)
    assert first["since_id"] == "1826000000000000100" and first["max_results"] == "10"
    assert "pagination_token" not in first and "until_id" not in first
    assert second["since_id"] == "1826000000000000100"
    assert second["pagination_token"] == "7140dibdnow9c7btw4page2"
    assert [p.text for p in result.posts] == [
        "Fourth new post",
        "Third new post",
        "Second new post",
        "First new post",
    ]
    assert [p.lang for p in result.posts] == ["en", "en", "sv", "fi"]
    assert result.posts_read == 4
    assert state(result) == {
        "username": "XDevelopers",
        "user_id": USER_ID,
        "since_id": "1826000000000000104",
    }
    httpserver.check_assertions()


def test_renamed_handle_in_config_looks_up_again(httpserver: HTTPServer) -> None:
    """Protects against reading the wrong person: a cursor for another username is not reused."""
    httpserver.expect_request("/2/users/by/username/kuntaliitto").respond_with_json(
        {"data": {"id": "555", "name": "Kuntaliitto", "username": "kuntaliitto"}}
    )
    httpserver.expect_request("/2/users/555/tweets").respond_with_json(load("timeline.empty-since-id.json"))
    result = poll(httpserver, cursor_at("1826000000000000100"), handle="@kuntaliitto")
    assert [r.path for r in requests(httpserver)] == [
        "/2/users/by/username/kuntaliitto",
        "/2/users/555/tweets",
    ]
    assert "since_id" not in dict(requests(httpserver)[1].args)
    assert state(result) == {"username": "kuntaliitto", "user_id": "555"}


def test_edited_post_stays_one_post_with_new_text(httpserver: HTTPServer) -> None:
    """Protects edit tracking: a later version keeps the first id as native_id, with new text."""
    httpserver.expect_ordered_request(TIMELINE).respond_with_json(load("variant.edit-v1.json"))
    httpserver.expect_ordered_request(TIMELINE).respond_with_json(
        load("timeline.retweet-reply-quote.handwritten-example.json")
    )
    before = poll(httpserver, cursor_at("1826000000000000000"))
    after = poll(httpserver, before.cursor)

    (original,) = before.posts
    assert original.native_id == "1826000000000000001"
    assert original.text == "@someone yes <3 thank" and original.edited_at is None
    assert timeline_requests(httpserver)[1]["since_id"] == "1826000000000000001"
    edits = [p for p in after.posts if p.native_id == original.native_id]
    assert len(edits) == 1
    assert edits[0].text == "@someone yes <3 thanks"
    assert edits[0].edited_at == datetime(2026, 8, 20, 12, 0, tzinfo=UTC)
    assert edits[0].url == original.url


def test_escaped_text_decoded_once_through_the_wire(httpserver: HTTPServer) -> None:
    """Protects the round trip: `&amp;amp;` from the server is stored as `&amp;`."""
    httpserver.expect_request(TIMELINE).respond_with_json(load("variant.escaping.json"))
    result = poll(httpserver, cursor_at("1826000000000000000"))
    assert result.posts[0].text.startswith("Fish &amp; chips & AT&T: <b>")


def test_empty_timeline_is_a_quiet_success(httpserver: HTTPServer) -> None:
    """Protects the "nothing new" reply: `{"meta":{"result_count":0}}` is no posts, no error."""
    httpserver.expect_request(TIMELINE).respond_with_json(load("timeline.empty-since-id.json"))
    result = poll(httpserver, cursor_at("1826000000000000003"))
    assert result.ok and result.posts == () and result.posts_read == 0
    assert state(result)["since_id"] == "1826000000000000003"


def test_partial_errors_are_returned_as_warnings(httpserver: HTTPServer) -> None:
    """Protects partial success on the wire: data kept, errors[] in warnings, not in error."""
    httpserver.expect_request(TIMELINE).respond_with_json(load("partial-errors.docs-example.json"))
    result = poll(httpserver, cursor_at("100"))
    assert result.ok and result.error is None
    assert [p.text for p in result.posts] == ["Hello"]
    assert result.warnings == ("Not Found Error: Could not find tweet with id: [456].",)
    assert state(result)["since_id"] == "123"


def test_429_waits_until_the_reset_header(httpserver: HTTPServer) -> None:
    """Protects the rate limit: a 429 retries at x-rate-limit-reset (epoch seconds), not sooner."""
    reset = int(NOW.timestamp()) + 300
    httpserver.expect_request(TIMELINE).respond_with_json(
        load("error.429.handwritten.json"),
        status=429,
        headers={
            "x-rate-limit-limit": "900",
            "x-rate-limit-remaining": "0",
            "x-rate-limit-reset": str(reset),
        },
    )
    with pytest.raises(FetchError) as caught:
        poll(httpserver, cursor_at("100"))
    assert caught.value.status == 429
    assert caught.value.retry_after == 300
    assert not caught.value.permanent
    assert "usage cap" not in str(caught.value)


def test_usage_capped_429_waits_for_the_next_utc_day(httpserver: HTTPServer) -> None:
    """Protects spending: a usage cap is reported as such and not retried in a loop."""
    httpserver.expect_request(TIMELINE).respond_with_json(load("variant.429-usage-capped.json"), status=429)
    with pytest.raises(FetchError) as caught:
        poll(httpserver, cursor_at("100"))
    assert "usage cap reached" in str(caught.value)
    assert caught.value.permanent is False
    assert caught.value.retry_after == 9 * 3600  # 15:00 UTC to midnight
    assert len(requests(httpserver)) == 1


def test_usage_cap_with_reset_header_uses_the_reset(httpserver: HTTPServer) -> None:
    """Protects a usage cap that says when it lifts: the given reset wins over midnight."""
    httpserver.expect_request(TIMELINE).respond_with_json(
        load("variant.429-usage-capped.json"),
        status=429,
        headers={"x-rate-limit-reset": str(int(NOW.timestamp()) + 7200)},
    )
    with pytest.raises(FetchError, match="usage cap reached") as caught:
        poll(httpserver, cursor_at("100"))
    assert caught.value.retry_after == 7200


def test_spent_rate_window_stops_paging_and_keeps_a_gap(httpserver: HTTPServer) -> None:
    """Protects against a 429 loop: remaining 0 stops reading and sets retry_after; no post lost."""
    reset = int(NOW.timestamp()) + 600
    httpserver.expect_request(TIMELINE).respond_with_json(
        load("variant.page1.json"),
        headers={"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(reset)},
    )
    result = poll(httpserver, cursor_at("1826000000000000100"))
    assert len(requests(httpserver)) == 1
    assert result.ok and result.retry_after == 600
    assert len(result.posts) == 2
    assert state(result)["since_id"] == "1826000000000000104"
    assert state(result)["gaps"] == [["1826000000000000100", "1826000000000000103"]]


def simulated_timeline(new_posts: int, *, first_id: int = 1826000000000001000) -> Any:
    """A handler that serves `new_posts` posts newer than since_id, newest first, in pages."""
    ids = [str(first_id + n) for n in range(new_posts, 0, -1)]  # newest first

    def handler(request: Request) -> Response:
        args = request.args
        since = int(args["since_id"])
        until = int(args.get("until_id", 10**19))
        size = int(args["max_results"])
        assert 5 <= size <= 100
        matching = [i for i in ids if since < int(i) < until]
        offset = int(args.get("pagination_token", "0"))
        page = matching[offset : offset + size]
        body: dict[str, Any] = {"meta": {"result_count": len(page)}}
        if page:
            body["data"] = [
                {
                    "id": i,
                    "text": f"post {i}",
                    "created_at": "2026-08-20T14:00:00.000Z",
                    "edit_history_tweet_ids": [i],
                }
                for i in page
            ]
            body["meta"].update(newest_id=page[0], oldest_id=page[-1])
        if offset + size < len(matching):
            body["meta"]["next_token"] = str(offset + size)
        return Response(json.dumps(body), content_type="application/json")

    return handler


def test_max_posts_stops_reading_and_the_gap_is_read_later(httpserver: HTTPServer) -> None:
    """Protects the daily budget: reading stops at max_posts, and the unread rest comes later."""
    httpserver.expect_request(TIMELINE).respond_with_handler(simulated_timeline(50))
    since = "1826000000000001000"
    first = poll(httpserver, cursor_at(since), max_posts=25)

    sizes = [q["max_results"] for q in timeline_requests(httpserver)]
    assert sizes == ["10", "10", "5"]
    assert first.posts_read == 25 and len(first.posts) == 25
    assert state(first)["since_id"] == "1826000000000001050"
    assert state(first)["gaps"] == [[since, "1826000000000001026"]]

    httpserver.clear_log()
    second = poll(httpserver, first.cursor, max_posts=100)
    queries = timeline_requests(httpserver)
    assert queries[0]["since_id"] == "1826000000000001050"  # newest first: nothing new
    assert all(q["until_id"] == "1826000000000001026" for q in queries[1:])
    assert second.posts_read == 25
    assert {p.native_id for p in first.posts} | {p.native_id for p in second.posts} == {
        str(1826000000000001000 + n) for n in range(1, 51)
    }
    assert "gaps" not in state(second)


def test_budget_below_one_page_makes_no_request(httpserver: HTTPServer) -> None:
    """Protects the budget's last posts: the API's minimum page is 5, so 4 left means no read."""
    cursor = cursor_at("100")
    result = poll(httpserver, cursor, max_posts=4)
    assert requests(httpserver) == []
    assert result.ok and result.posts_read == 0 and result.cursor == cursor
    assert "budget" in result.warnings[0]


def test_backfill_since_limits_the_first_page_to_recent_posts(httpserver: HTTPServer) -> None:
    """Protects cost and the first digest: start_time is sent and older posts are dropped."""
    httpserver.expect_request(LOOKUP).respond_with_json(load("user-by-username.minimal.example.json"))
    httpserver.expect_request(TIMELINE).respond_with_json(load("timeline.retweet-reply-quote.handwritten-example.json"))
    since = datetime(2026, 8, 20, 11, 0, tzinfo=UTC)
    result = poll(httpserver, backfill_since=since)
    assert timeline_requests(httpserver)[0]["start_time"] == "2026-08-20T11:00:00Z"
    assert all(p.created_at >= since for p in result.posts)
    assert len(result.posts) == 2


def test_unknown_user_is_a_permanent_error_and_check_says_not_found(
    httpserver: HTTPServer,
) -> None:
    """Protects `vahti accounts check` and health: an unknown username is not retried forever."""
    httpserver.expect_request("/2/users/by/username/nosuchuser").respond_with_json(load("variant.user-not-found.json"))
    with pytest.raises(FetchError, match="not found") as caught:
        poll(httpserver, handle="nosuchuser")
    assert caught.value.permanent
    account = account_for(httpserver, "nosuchuser")
    assert with_client(lambda c: x.check(c, account, token=TOKEN, now=NOW)) == "not found"


def test_check_reports_the_numeric_id(httpserver: HTTPServer) -> None:
    """Protects `vahti accounts check`: a found user is shown with the id that polls will use."""
    httpserver.expect_request(LOOKUP).respond_with_json(load("user-by-username.minimal.example.json"))
    account = account_for(httpserver)
    answer = with_client(lambda c: x.check(c, account, token=TOKEN, now=NOW))
    assert answer == f"found (id {USER_ID})"
    assert requests(httpserver)[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_username_from_profile_url() -> None:
    """Protects accounts configured by URL: https://x.com/name/ polls the user `name`."""
    account = Account(official_id="o", platform="x", url="https://x.com/Kuntaliitto/")
    assert x._username(account) == "Kuntaliitto"
    assert x._username(Account(official_id="o", platform="x", handle="not valid!")) is None


# --- the token never leaks -----------------------------------------------------------------

ECHO = {"title": "Unauthorized", "detail": f"Bearer {TOKEN} is not valid", "type": "about:blank"}
ERROR_CASES: list[tuple[str, int, Any, dict[str, str]]] = [
    ("401 echoing the token", 401, ECHO, {}),
    ("403 echoing the token", 403, ECHO, {}),
    ("400 invalid request", 400, {**load("error.invalid-request.docs-example.json"), **ECHO}, {}),
    ("404", 404, ECHO, {}),
    ("429", 429, ECHO, {"x-rate-limit-reset": "1"}),
    ("usage cap", 429, {**load("variant.429-usage-capped.json"), "detail": TOKEN}, {}),
    ("500", 500, f"oops {TOKEN}", {}),
    ("200 not JSON", 200, f"<html>{TOKEN}</html>", {}),
    ("200 errors only", 200, {"errors": [ECHO]}, {}),
]


def raise_and_collect(job: Callable[[], object]) -> SourceError:
    with pytest.raises(SourceError) as caught:
        job()
    return caught.value


def assert_no_token(error: BaseException) -> None:
    seen: BaseException | None = error
    while seen is not None:
        assert TOKEN not in str(seen) and TOKEN not in repr(seen)
        assert TOKEN not in repr(getattr(seen, "args", ()))
        seen = seen.__cause__ or seen.__context__


@pytest.mark.parametrize(("case", "status", "body", "headers"), ERROR_CASES)
@pytest.mark.parametrize("where", ["lookup", "timeline"])
def test_token_never_appears_in_errors(
    httpserver: HTTPServer,
    case: str,
    status: int,
    body: Any,
    headers: dict[str, str],
    where: str,
) -> None:
    """Protects the secret: no error path, even a server echoing it, puts the token in a message."""
    path = LOOKUP if where == "lookup" else TIMELINE
    if isinstance(body, str):
        httpserver.expect_request(path).respond_with_data(
            body, status=status, headers=headers, content_type="text/html"
        )
    else:
        httpserver.expect_request(path).respond_with_json(body, status=status, headers=headers)
    cursor = None if where == "lookup" else cursor_at("100")
    error = raise_and_collect(lambda: poll(httpserver, cursor))
    assert_no_token(error)
    assert str(error).startswith("x:XDevelopers: ")
    if where == "lookup" and case != "404":
        account = account_for(httpserver)
        error = raise_and_collect(lambda: with_client(lambda c: x.check(c, account, token=TOKEN, now=NOW)))
        assert_no_token(error)


def test_token_never_appears_in_transport_errors_or_warnings(httpserver: HTTPServer) -> None:
    """Protects the secret on the other paths: refused connections and mid-poll warnings."""
    closed = Account(official_id="o", platform="x", handle="XDevelopers", api="http://127.0.0.1:9")
    error = raise_and_collect(lambda: with_client(lambda c: x.fetch(c, closed, None, now=NOW, token=TOKEN)))
    assert_no_token(error)
    assert isinstance(error, FetchError)

    httpserver.expect_ordered_request(TIMELINE).respond_with_json(load("variant.page1.json"))
    httpserver.expect_ordered_request(TIMELINE).respond_with_json(ECHO, status=403)
    result = poll(httpserver, cursor_at("1826000000000000100"))
    assert len(result.posts) == 2  # read and paid for: kept
    assert result.warnings and all(TOKEN not in w for w in result.warnings)
    assert "[redacted]" in result.warnings[0]
    assert state(result)["gaps"] == [["1826000000000000100", "1826000000000000103"]]


def test_malformed_token_is_refused_without_quoting_it(httpserver: HTTPServer) -> None:
    """Protects the secret from the HTTP layer, which would quote an illegal header value."""
    bad = f"{TOKEN}\nX-Injected: 1"
    error = raise_and_collect(lambda: poll(httpserver, token=bad))
    assert isinstance(error, FetchError) and error.permanent
    assert_no_token(error)
    assert requests(httpserver) == []


def test_errors_name_the_account_and_scrub_only_the_token() -> None:
    """Protects the scrubber itself: it removes the token, keeps the rest and drops causes."""
    inner = ValueError(f"header Bearer {TOKEN}")
    try:
        try:
            raise inner
        except ValueError as e:
            raise FetchError(f"x: failed with {TOKEN}", account="x:me") from e
    except FetchError as e:
        assert x._leaks(e, TOKEN)
        cleaned = x._scrubbed(e, TOKEN)
    assert str(cleaned) == "x:me: x: failed with [redacted]"
    assert cleaned.__cause__ is None
    assert not x._leaks(cleaned, TOKEN)
    assert NOW + timedelta(seconds=x._until_next_utc_day(NOW)) == datetime(2026, 8, 21, tzinfo=UTC)
