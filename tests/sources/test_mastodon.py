"""Mastodon source: parsers against golden files, and polling against a real local HTTP server.

The server is pytest-httpserver on 127.0.0.1 playing a small Mastodon instance: account lookup,
`accounts/:id/statuses` with max_id/min_id and Link headers built the way Mastodon builds them,
rate-limit headers, and the sample error bodies (tests/data/mastodon, copied from the specs).
"""

from __future__ import annotations

import asyncio
import copy
import json
import os
import re
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.errors import FetchError, ParseError
from bot.http import make_client
from bot.model import Account, Cursor, FetchResult, Post
from bot.sources import mastodon

DATA = Path(__file__).resolve().parents[1] / "data" / "mastodon"
NOW = datetime(2026, 8, 21, 12, 0, tzinfo=UTC)
ACCOUNT_ID = "109366270151658121"
LOOKUP = "/api/v1/accounts/lookup"
STATUSES = f"/api/v1/accounts/{ACCOUNT_ID}/statuses"

T = TypeVar("T")


def load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def run(job: Callable[[Any], Awaitable[T]]) -> T:
    """Run `job(client)` in a fresh event loop with a fresh production client (a new process)."""

    async def main() -> T:
        async with make_client() as client:
            return await job(client)

    return asyncio.run(main())


def id_key(status_id: str) -> tuple[int, str]:
    return len(status_id), status_id


def status(status_id: str, text: str, at: datetime) -> dict[str, Any]:
    """An own, public status shaped like the hand-written reply sample."""
    data = copy.deepcopy(load("status.reply-html-cw-edited.handwritten-example.json"))
    data.update(
        id=status_id,
        uri=f"https://mastodon.example/users/newsbot/statuses/{status_id}",
        url=f"https://mastodon.example/@newsbot/{status_id}",
        created_at=at.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        content=f"<p>{text}</p>",
        spoiler_text="",
        sensitive=False,
        language="fi",
        in_reply_to_id=None,
        in_reply_to_account_id=None,
        edited_at=None,
        mentions=[],
        tags=[],
    )
    return data


class Instance:
    """A tiny Mastodon: lookup and an account's statuses, paged like the real server."""

    def __init__(self, server: HTTPServer, statuses: list[dict[str, Any]]) -> None:
        self.server = server
        self.statuses = statuses
        self.remaining = 299
        self.account = load("status.reply-html-cw-edited.handwritten-example.json")["account"]
        server.expect_request(LOOKUP).respond_with_handler(self.lookup)
        server.expect_request(re.compile(r"/api/v1/accounts/[^/]+/statuses")).respond_with_handler(self.serve_statuses)

    def lookup(self, request: Request) -> Response:
        if request.args.get("acct") != "newsbot":
            return json_response(load("error.404.json"), 404)
        return json_response(self.account)

    def serve_statuses(self, request: Request) -> Response:
        if request.path != STATUSES:
            return json_response(load("error.404.json"), 404)
        limit = min(int(request.args.get("limit", "20")), 40)
        pool = sorted(self.statuses, key=lambda s: id_key(s["id"]), reverse=True)
        if "max_id" in request.args:
            pool = [s for s in pool if id_key(s["id"]) < id_key(request.args["max_id"])]
        if "min_id" in request.args:
            pool = [s for s in pool if id_key(s["id"]) > id_key(request.args["min_id"])]
            page = pool[-limit:]  # immediately newer than min_id
        else:
            page = pool[:limit]
        links = []
        if len(page) == limit:
            links.append(f'<{self.page_url(limit, max_id=page[-1]["id"])}>; rel="next"')
        if page:
            links.append(f'<{self.page_url(limit, min_id=page[0]["id"])}>; rel="prev"')
        headers = {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": "2026-08-21T12:05:00.347486Z",
        }
        if links:
            headers["Link"] = ", ".join(links)
        return json_response(page, headers=headers)

    def page_url(self, limit: int, **params: str) -> str:
        return self.server.url_for(STATUSES) + "?" + urlencode({"limit": limit, **params})

    def calls(self, path: str) -> list[Request]:
        return [req for req, _ in self.server.log if req.path == path]


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status=status, headers=headers, content_type="application/json")


def account_for(server: HTTPServer, handle: str = "@newsbot@mastodon.example") -> Account:
    return Account(
        official_id="kl-ceo",
        platform="mastodon",
        handle=handle,
        api=server.url_for("/").rstrip("/"),
    )


def restart(cursor: Cursor | None) -> Cursor:
    """The cursor as storage would keep it: through JSON, and back."""
    assert cursor is not None
    return Cursor(**json.loads(json.dumps(asdict(cursor))))


def fetch(account: Account, cursor: Cursor | None, **kw: Any) -> FetchResult:
    return run(lambda client: mastodon.fetch(client, account, cursor, now=NOW, **kw))


def recheck(account: Account, cursor: Cursor | None, since: datetime) -> FetchResult:
    return run(lambda client: mastodon.recheck(client, account, cursor, since=since, now=NOW))


def texts(result: FetchResult) -> list[str]:
    return [post.text for post in result.posts]


def numbered(first: int, count: int, start: datetime) -> list[dict[str, Any]]:
    """`count` statuses with ids first..first+count-1, one minute apart, newest first."""
    made = [status(str(n), f"tila {n}", start + timedelta(minutes=n - first)) for n in range(first, first + count)]
    return made[::-1]


# ----------------------------------------------------------------------------------------------
# Parsers and golden files

ACCOUNT = Account(official_id="kl-ceo", platform="mastodon", handle="@newsbot@mastodon.example")


def post_as_json(post: Post) -> dict[str, Any]:
    data = asdict(post)
    data.pop("raw")
    for key in ("created_at", "edited_at"):
        if data[key] is not None:
            data[key] = data[key].isoformat()
    return data


GOLDEN = [
    "status.entity-example.json",
    "status.get-single-example.json",
    "status.reblog-wrapper.handwritten-example.json",
    "status.reply-html-cw-edited.handwritten-example.json",
    "status.reply-edited-again.json",
    "statuses-list.multiple-get-example.json",
]


@pytest.mark.parametrize("name", GOLDEN)
def test_parser_matches_golden_file(name: str) -> None:
    """Protects every normalised field of every sample (set VAHTI_UPDATE_GOLDEN=1 to rewrite)."""
    payload = load(name)
    payload = payload if isinstance(payload, list) else [payload]
    posts = [post_as_json(p) for p in mastodon.parse_statuses(payload, account=ACCOUNT)]
    golden = DATA / name.replace(".json", ".expected.json")
    if os.environ.get("VAHTI_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(posts, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert posts == json.loads(golden.read_text("utf-8"))


def test_reply_with_cw_and_edit_is_read_faithfully() -> None:
    """Protects the tricky sample: CW as title, entities unescaped once, edit time, reply flag."""
    post = mastodon.parse_status(load("status.reply-html-cw-edited.handwritten-example.json"), account=ACCOUNT)
    assert post.title == "CW: spoilers & <stuff>"
    assert post.text == (
        "@Gargron Tom & Jerry say <hi> — siehe https://example.org/a?b=1&c=2 #News :verified:\n\nZeile 2\nZeile 3"
    )
    assert post.is_reply and not post.is_repost
    assert post.edited_at == datetime(2026, 8, 20, 11, 35, tzinfo=UTC)
    assert post.lang == "de"


def test_boost_shows_the_boosted_status_under_its_own_id() -> None:
    """Protects boosts: reblog content and URL, the wrapper's own id and time, repost flag."""
    post = mastodon.parse_status(load("status.reblog-wrapper.handwritten-example.json"), account=ACCOUNT)
    assert post.is_repost and not post.is_reply
    assert post.native_id.endswith("/statuses/114990000000000001/activity")
    assert post.url == "https://mastodon.social/@Gargron/103270115826048975"
    assert post.created_at == datetime(2026, 8, 20, 10, 0, tzinfo=UTC)
    assert post.text.startswith('"I lost my inheritance')
    assert post.text.endswith("with-one-wrong-digit-on-my-sort-code")
    assert post.lang == "en"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Tom &amp; Jerry</p>", "Tom & Jerry"),
        ("<p>&amp;amp; stays once-unescaped</p>", "&amp; stays once-unescaped"),
        ("<p>a</p><p>b<br>c<br/>d</p>", "a\n\nb\nc\nd"),
        (
            '<p><a href="https://ex.fi/pitka/polku"><span class="invisible">https://</span>'
            '<span class="ellipsis">ex.fi/pit</span><span class="invisible">ka/polku</span>'
            "</a></p>",
            "https://ex.fi/pitka/polku",
        ),
        ('<a href="https://hel.fi/x">Lue <b>lisää</b></a>', "Lue lisää (https://hel.fi/x)"),
        (
            '<span class="h-card"><a href="https://m.fi/@kunta" class="u-url mention">'
            "@<span>kunta</span></a></span> kiitos",
            "@kunta kiitos",
        ),
        ('<a href="https://m.fi/tags/x" class="mention hashtag">#<span>x</span></a>', "#x"),
        ("<p>unclosed <b>tags <i>here", "unclosed tags here"),
        ("", ""),
    ],
)
def test_content_to_text(html: str, text: str) -> None:
    """Protects HTML-to-text: full link targets, @mentions, #tags, breaks, one unescape."""
    assert mastodon.content_to_text(html) == text


@pytest.mark.parametrize(
    ("account", "expected"),
    [
        (
            Account("o", "mastodon", handle="@Kuntaliitto@some.social"),
            ("Kuntaliitto", "https://some.social"),
        ),
        (
            Account("o", "mastodon", handle="user@Mastodon.Example"),
            ("user", "https://mastodon.example"),
        ),
        (Account("o", "mastodon", url="https://mstdn.fi/@jaana"), ("jaana", "https://mstdn.fi")),
        (
            Account("o", "mastodon", handle="@user", api="http://127.0.0.1:9/"),
            ("user", "http://127.0.0.1:9"),
        ),
    ],
)
def test_parse_handle(account: Account, expected: tuple[str, str]) -> None:
    """Protects reaching the account's home instance from the configured handle or URL."""
    assert mastodon.parse_handle(account) == expected


@pytest.mark.parametrize("handle", ["@user", "@a@b@c", "@user@evil.example/path", "@@x"])
def test_bad_handles_are_refused_with_a_fix(handle: str) -> None:
    """Protects against requests to a wrong host: a permanent error saying the right form."""
    with pytest.raises(FetchError, match="@user@instance") as info:
        mastodon.parse_handle(Account("o", "mastodon", handle=handle))
    assert info.value.permanent


def test_link_header_of_the_sample_is_read() -> None:
    """Protects Link parsing: rel="prev" carries min_id, rel="next" carries max_id."""
    raw = (DATA / "account-statuses.response-headers.example.txt").read_text("utf-8")
    header = next(line for line in raw.splitlines() if line.startswith("Link:"))[len("Link:") :]
    links = mastodon._link_targets(header)
    assert links["prev"].endswith("&limit=40&min_id=114990000000000002")
    assert links["next"].endswith("&limit=40&max_id=114980000000000000")


@pytest.mark.parametrize(
    "payload",
    [
        {},
        [1],
        [{"id": 5}],
        [{"id": "1"}],
        [{"id": "1", "created_at": "yesterday"}],
        [{"id": "1", "created_at": "2026-01-01T00:00:00Z", "reblog": "x"}],
        [{"id": "1", "created_at": "2026-01-01T00:00:00Z", "content": 3}],
    ],
)
def test_malformed_pages_raise_parse_error_naming_the_account(payload: Any) -> None:
    """Protects the error contract: a broken page is a ParseError that names the account."""
    with pytest.raises(ParseError, match=r"^mastodon @newsbot@mastodon\.example: "):
        mastodon.parse_statuses(payload, account=ACCOUNT)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
KEYS = st.sampled_from(["id", "uri", "url", "created_at", "edited_at", "content", "spoiler_text", "reblog", "language"])
HTMLISH = st.text(alphabet=st.sampled_from(list("<>/&;#ap =\"'spanclr!-[]x\n")), max_size=60)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(JSONISH)
def test_parser_raises_only_parse_error_on_arbitrary_json(payload: Any) -> None:
    """Protects the pipeline from crashes: any JSON value gives posts or a ParseError."""
    try:
        mastodon.parse_statuses(payload, account=ACCOUNT)
    except ParseError:
        pass


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_parser_raises_only_parse_error_on_mutated_samples(data: st.DataObject) -> None:
    """Protects against crashes deep inside real-shaped statuses, and on broken HTML."""
    sample = load(data.draw(st.sampled_from(GOLDEN[:5])))
    target = sample["reblog"] if sample.get("reblog") and data.draw(st.booleans()) else sample
    value = data.draw(JSONISH | HTMLISH)
    target[data.draw(KEYS)] = value
    try:
        mastodon.parse_statuses([sample], account=ACCOUNT)
    except ParseError:
        pass


# ----------------------------------------------------------------------------------------------
# Polling against the local server

START = datetime(2026, 8, 20, 8, 0, tzinfo=UTC)


def sample_timeline() -> list[dict[str, Any]]:
    """Newest first: the reply sample, the boost sample, and two plain statuses."""
    return [
        load("status.reply-html-cw-edited.handwritten-example.json"),
        load("status.reblog-wrapper.handwritten-example.json"),
        status("114980000000000001", "toinen", START + timedelta(minutes=1)),
        status("114980000000000000", "ensimmäinen", START),
    ]


def test_first_poll_looks_up_the_account_and_reads_one_window(httpserver: HTTPServer) -> None:
    """Protects the first poll: lookup on the home instance, flags, and a deletion window."""
    instance = Instance(httpserver, sample_timeline())
    result = fetch(account_for(httpserver), None)
    assert [(p.is_reply, p.is_repost) for p in result.posts] == [
        (True, False),
        (False, True),
        (False, False),
        (False, False),
    ]
    assert result.posts[0].title == "CW: spoilers & <stuff>"
    (lookup,) = instance.calls(LOOKUP)
    assert lookup.args["acct"] == "newsbot"
    (listing,) = instance.calls(STATUSES)
    assert listing.args["limit"] == "40"
    # The page was not full, so it reached the account's first status.
    assert result.window_start == START
    assert result.retry_after is None


def test_poll_pages_forward_with_min_id_and_skips_nothing_after_a_burst(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects gap-free polling: min_id, then the Link rel="prev" pages, all new posts out."""
    monkeypatch.setattr(mastodon, "PAGE_LIMIT", 2)
    instance = Instance(httpserver, numbered(100, 2, START))
    first = fetch(account_for(httpserver), None)
    assert texts(first) == ["tila 101", "tila 100"]

    instance.statuses[:0] = numbered(102, 5, START + timedelta(hours=1))
    second = fetch(account_for(httpserver), restart(first.cursor))
    assert texts(second) == [f"tila {n}" for n in range(106, 101, -1)]
    assert [r.args.get("min_id") for r in instance.calls(STATUSES)[1:]] == [
        "101",
        "103",
        "105",
    ]
    assert len(instance.calls(LOOKUP)) == 1


def test_poll_bound_resumes_next_time_without_a_gap(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Protects a burst longer than one poll's pages: the rest comes on the next poll."""
    monkeypatch.setattr(mastodon, "PAGE_LIMIT", 2)
    monkeypatch.setattr(mastodon, "MAX_POLL_PAGES", 2)
    instance = Instance(httpserver, numbered(100, 1, START))
    first = fetch(account_for(httpserver), None)
    instance.statuses[:0] = numbered(101, 5, START + timedelta(hours=1))
    second = fetch(account_for(httpserver), restart(first.cursor))
    assert texts(second) == ["tila 104", "tila 103", "tila 102", "tila 101"]
    third = fetch(account_for(httpserver), restart(second.cursor))
    assert texts(third) == ["tila 105"]


def test_cursor_survives_a_restart_and_only_new_posts_come_back(httpserver: HTTPServer) -> None:
    """Protects the stored cursor: after a restart only new statuses, and no second lookup."""
    instance = Instance(httpserver, sample_timeline())
    first = fetch(account_for(httpserver), None)
    assert fetch(account_for(httpserver), restart(first.cursor)).posts == ()
    instance.statuses.insert(0, status("114990000000000003", "uusi", NOW - timedelta(hours=1)))
    later = fetch(account_for(httpserver), restart(first.cursor))
    assert texts(later) == ["uusi"]
    assert later.window_start is None
    assert len(instance.calls(LOOKUP)) == 1


def test_ids_are_ordered_as_strings_longer_is_newer(httpserver: HTTPServer) -> None:
    """Protects the id rule: "100" is newer than "99" (lexical order alone would say no)."""
    instance = Instance(httpserver, numbered(98, 2, START))
    first = fetch(account_for(httpserver), None)
    instance.statuses[:0] = numbered(100, 2, START + timedelta(hours=1))
    second = fetch(account_for(httpserver), restart(first.cursor))
    assert texts(second) == ["tila 101", "tila 100"]
    assert json.loads(second.cursor.position)["min_id"] == "101"  # type: ignore[union-attr, arg-type]


def test_backfill_follows_rel_next_down_to_since(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Protects backfill: older pages via Link rel="next", nothing older than since kept."""
    monkeypatch.setattr(mastodon, "PAGE_LIMIT", 2)
    instance = Instance(httpserver, numbered(100, 7, START))
    since = START + timedelta(minutes=2, seconds=30)  # statuses 103..106 are newer
    result = fetch(account_for(httpserver), None, backfill_since=since)
    assert texts(result) == ["tila 106", "tila 105", "tila 104", "tila 103"]
    assert [r.args.get("max_id") for r in instance.calls(STATUSES)] == [None, "105", "103"]
    assert result.window_start == since
    assert json.loads(result.cursor.position)["min_id"] == "106"  # type: ignore[union-attr, arg-type]


def test_first_poll_cut_by_the_page_bound_promises_only_what_it_read(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects deletion detection from a partial read: the window starts after the oldest read."""
    monkeypatch.setattr(mastodon, "PAGE_LIMIT", 2)
    Instance(httpserver, numbered(100, 5, START))
    result = fetch(account_for(httpserver), None)
    assert texts(result) == ["tila 104", "tila 103"]
    assert result.window_start == result.posts[-1].created_at + timedelta(milliseconds=1)


def test_recheck_sees_an_edit(httpserver: HTTPServer) -> None:
    """Protects edits: same id, new text and edited_at come back from a recheck."""
    instance = Instance(httpserver, sample_timeline())
    first = fetch(account_for(httpserver), None)
    instance.statuses[0] = load("status.reply-edited-again.json")
    result = recheck(account_for(httpserver), restart(first.cursor), START)
    before, after = first.posts[0], result.posts[0]
    assert after.native_id == before.native_id
    assert after.text != before.text and "Zeile 2 (korrigiert)" in after.text
    assert after.edited_at == datetime(2026, 8, 20, 12, 10, tzinfo=UTC)
    assert before.edited_at is not None and after.edited_at > before.edited_at


def test_recheck_detects_a_deleted_post(httpserver: HTTPServer) -> None:
    """Protects deletion detection: window_start=since and the deleted status absent."""
    instance = Instance(httpserver, numbered(100, 6, START))
    first = fetch(account_for(httpserver), None)
    gone = first.posts[2]
    del instance.statuses[2]
    since = START + timedelta(minutes=1, seconds=30)
    result = recheck(account_for(httpserver), restart(first.cursor), since)
    assert result.window_start == since
    ids = [p.native_id for p in result.posts]
    assert gone.native_id not in ids
    assert texts(result) == ["tila 105", "tila 104", "tila 102"]
    # The newest-seen id is kept, and the account id came from the cursor.
    assert result.cursor == first.cursor
    assert len(instance.calls(LOOKUP)) == 1


# ----------------------------------------------------------------------------------------------
# Errors and rate limits


def test_429_with_iso_reset_gives_retry_after(httpserver: HTTPServer) -> None:
    """Protects rate limiting: X-RateLimit-Reset is an ISO 8601 time, not epoch seconds."""
    httpserver.expect_request(LOOKUP).respond_with_json(
        load("error.429.json"),
        status=429,
        headers={
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": "2026-08-21T12:04:30.500000Z",
        },
    )
    with pytest.raises(FetchError, match="rate limited") as info:
        fetch(account_for(httpserver), None)
    assert info.value.retry_after == 270.5
    assert info.value.status == 429 and not info.value.permanent


def test_exhausted_limit_on_success_sets_retry_after(httpserver: HTTPServer) -> None:
    """Protects politeness: Remaining 0 on a success asks the scheduler to wait until reset."""
    instance = Instance(httpserver, sample_timeline())
    instance.remaining = 0
    result = fetch(account_for(httpserver), None)
    assert len(result.posts) == 4
    assert result.retry_after == pytest.approx(300.347486)


@pytest.mark.parametrize(
    ("path", "sample", "status_code", "message", "permanent"),
    [
        (LOOKUP, "error.404.json", 404, r"account not found \(HTTP 404\)", True),
        (STATUSES, "error.404.json", 410, r"account not found \(HTTP 410\)", True),
        (
            LOOKUP,
            "error.401-unauthenticated-api-disabled.json",
            401,
            "the instance allows its API to signed-in users",
            True,
        ),
        (STATUSES, "error.429.json", 503, r"server error \(HTTP 503\)", False),
    ],
)
def test_errors_map_to_clear_messages(
    httpserver: HTTPServer,
    path: str,
    sample: str,
    status_code: int,
    message: str,
    permanent: bool,
) -> None:
    """Protects the per-account error messages and their permanence."""
    httpserver.expect_request(path).respond_with_json(load(sample), status=status_code)
    httpserver.expect_request(LOOKUP).respond_with_json({"id": ACCOUNT_ID})
    with pytest.raises(FetchError, match=rf"^mastodon @newsbot@mastodon\.example: {message}") as e:
        fetch(account_for(httpserver), None)
    assert e.value.permanent is permanent


def test_link_to_another_host_is_not_followed(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Protects against a Link header steering the poller to a foreign host."""
    monkeypatch.setattr(mastodon, "PAGE_LIMIT", 1)
    httpserver.expect_request(LOOKUP).respond_with_json({"id": ACCOUNT_ID})
    httpserver.expect_request(STATUSES).respond_with_json(
        [status("5", "yksi", START)],
        headers={"Link": '<https://elsewhere.example/api?max_id=4>; rel="next"'},
    )
    result = fetch(account_for(httpserver), None, backfill_since=START - timedelta(days=1))
    assert texts(result) == ["yksi"]
    assert result.window_start == START + timedelta(milliseconds=1)


def test_non_json_success_is_a_parse_error(httpserver: HTTPServer) -> None:
    """Protects against a proxy answering 200 with an HTML page."""
    httpserver.expect_request(LOOKUP).respond_with_data("<html>", content_type="text/html")
    with pytest.raises(ParseError, match="not valid JSON"):
        fetch(account_for(httpserver), None)


# ----------------------------------------------------------------------------------------------
# `vahti accounts check`


def check(account: Account) -> str:
    return run(lambda client: mastodon.check(client, account, now=NOW))


def test_check_reports_found(httpserver: HTTPServer) -> None:
    """Protects `accounts check` on a live account: status word first, then a short detail."""
    httpserver.expect_request(LOOKUP, query_string={"acct": "noiob"}).respond_with_json(
        load("account.get-example.json")
    )
    account = account_for(httpserver, handle="@noiob@awoo.space")
    assert check(account) == "found: id 23634, 'shork', 28982 statuses"


def test_check_reports_a_move(httpserver: HTTPServer) -> None:
    """Protects `accounts check` telling the user where a moved account went."""
    moved = {**load("account.get-example.json"), "moved": {"id": "9", "acct": "noiob@new.space"}}
    httpserver.expect_request(LOOKUP).respond_with_json(moved)
    assert check(account_for(httpserver, handle="@noiob@awoo.space")) == "moved: @noiob@new.space"


def test_check_reports_not_found_and_suspended(httpserver: HTTPServer) -> None:
    """Protects `accounts check` on a dead account: an answer, not an exception."""
    httpserver.expect_request(LOOKUP, query_string={"acct": "ghost"}).respond_with_json(
        load("error.404.json"), status=404
    )
    suspended = {**load("account.get-example.json"), "suspended": True}
    httpserver.expect_request(LOOKUP, query_string={"acct": "noiob"}).respond_with_json(suspended)
    assert check(account_for(httpserver, handle="@ghost@x.example")).startswith("not found: account not found")
    assert check(account_for(httpserver, handle="@noiob@x.example")).startswith("not found: the account is suspended")


def test_check_raises_on_rate_limit(httpserver: HTTPServer) -> None:
    """Protects `accounts check` from calling an account dead while rate limited."""
    httpserver.expect_request(LOOKUP).respond_with_json(load("error.429.json"), status=429)
    with pytest.raises(FetchError, match="rate limited"):
        check(account_for(httpserver))


def test_recheck_cut_by_the_page_bound_narrows_its_promise(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects stored posts from being marked deleted by a recheck that could not read them."""
    monkeypatch.setattr(mastodon, "PAGE_LIMIT", 2)
    monkeypatch.setattr(mastodon, "MAX_WINDOW_PAGES", 2)
    Instance(httpserver, numbered(100, 7, START))
    result = recheck(account_for(httpserver), None, START - timedelta(days=1))
    assert texts(result) == ["tila 106", "tila 105", "tila 104", "tila 103"]
    assert result.window_start == result.posts[-1].created_at + timedelta(milliseconds=1)
    assert result.warnings and "not checked" in result.warnings[0]
