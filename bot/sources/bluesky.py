"""Bluesky: an account's own posts, reposts and replies from the public AppView.

We read `app.bsky.feed.getAuthorFeed` anonymously (public.api.bsky.app asks public readers to use
it). The account is polled by its DID, not its handle: handles are DNS names that people change,
and a DID kept in the cursor keeps a renamed account followed without touching the config.

The feed has no `since` parameter, so a poll pages newest-first and stops at what it has already
seen. "Seen" is a time mark plus the keys of the newest items, because the AppView's sort time
(`min(createdAt, indexedAt)`) lets a slow-to-index post slip in just below the newest one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from bot.errors import FetchError, ParseError
from bot.http import DEFAULT_MAX_BYTES, Fetched, get_capped, raise_for_status, retry_after_seconds
from bot.model import Account, Cursor, FetchResult, Post

__all__ = [
    "DEFAULT_API",
    "check",
    "fetch",
    "parse_author_feed",
    "recheck",
    "render_facets",
]

PLATFORM = "bluesky"
DEFAULT_API = "https://public.api.bsky.app"

# Items per page: small when only a few new posts are expected, the maximum when reading a window.
POLL_LIMIT = 30
WINDOW_LIMIT = 100
# Pages per call: a regular poll catches up over several polls; a window read goes deeper.
MAX_POLL_PAGES = 5
MAX_WINDOW_PAGES = 20
# How far below the newest seen item a late-indexed post may still appear.
LATE_SLACK = timedelta(minutes=15)
# How many keys of the newest items the cursor remembers.
SEEN_KEYS = 100
# The feed's times have millisecond resolution; a window cut inside a page starts one tick later
# so that an item sharing the oldest time, left for the next page, is never taken for deleted.
_TICK = timedelta(milliseconds=1)

_REPOST = "app.bsky.feed.defs#reasonRepost"
_PIN = "app.bsky.feed.defs#reasonPin"
_LINK = "app.bsky.richtext.facet#link"


def _label(account: Account) -> str:
    return f"{PLATFORM} {account.ident}"


# --------------------------------------------------------------------------------------------
# Parsing (pure)


@dataclass(frozen=True, slots=True)
class _Item:
    """One feed item with what paging needs beside the Post."""

    post: Post
    key: str  # the item's own identity: the post uri, or the repost record's uri
    sort_at: datetime  # where the AppView puts it in the feed
    pinned: bool


def parse_author_feed(payload: Any, *, account: Account) -> list[Post]:
    """The posts of one getAuthorFeed page, newest first.

    A pinned item that also appears in its place in the feed is kept once. Raises ParseError
    naming the account for anything that is not a feed page.
    """
    items, _ = _parse_page(payload, account=account)
    return _dedupe([item.post for item in items])


def _dedupe(posts: list[Post]) -> list[Post]:
    seen: set[str] = set()
    out: list[Post] = []
    for post in posts:
        if post.native_id not in seen:
            seen.add(post.native_id)
            out.append(post)
    return out


def _parse_page(payload: Any, *, account: Account) -> tuple[list[_Item], str | None]:
    label = _label(account)
    if not isinstance(payload, dict):
        raise ParseError("feed page is not a JSON object", account=label)
    feed = payload.get("feed")
    if not isinstance(feed, list):
        raise ParseError("feed page has no `feed` list", account=label)
    next_cursor = payload.get("cursor")
    if next_cursor is not None and not isinstance(next_cursor, str):
        raise ParseError("feed page `cursor` is not a string", account=label)
    items: list[_Item] = []
    pinned: list[_Item] = []
    for index, raw in enumerate(feed):
        item = _parse_item(raw, account=account, where=f"feed item {index}")
        (pinned if item.pinned else items).append(item)
    # A pin is the same post as its regular appearance: keep the regular one.
    regular = {item.post.native_id for item in items}
    items = [p for p in pinned if p.post.native_id not in regular] + items
    return items, next_cursor or None


def _parse_item(raw: Any, *, account: Account, where: str) -> _Item:
    label = _label(account)

    def fail(problem: str) -> ParseError:
        return ParseError(f"{where}: {problem}", account=label)

    if not isinstance(raw, dict):
        raise fail("not an object")
    view = raw.get("post")
    if not isinstance(view, dict):
        raise fail("has no `post` object")
    uri = view.get("uri")
    if not isinstance(uri, str) or not uri:
        raise fail("post has no `uri`")
    record = view.get("record")
    if not isinstance(record, dict):
        raise fail("post has no `record` object")
    author = view.get("author")
    if not isinstance(author, dict):
        raise fail("post has no `author` object")
    created = _parse_time(record.get("createdAt"), fail=fail, field="record.createdAt")
    indexed = _parse_time(view.get("indexedAt"), fail=fail, field="post.indexedAt")
    # Bluesky orders author feeds by min(createdAt, indexedAt): a client-declared future date
    # never lifts a post above later ones. Using the same value keeps our windows exact.
    sort_at = min(created, indexed)

    reason = raw.get("reason")
    reason_type = reason.get("$type") if isinstance(reason, dict) else None
    is_repost = isinstance(reason_type, str) and reason_type.endswith("#reasonRepost")
    pinned = isinstance(reason_type, str) and reason_type.endswith("#reasonPin")

    native_id = uri
    key = uri
    if is_repost:
        assert isinstance(reason, dict)
        by = reason.get("by")
        by_did = by.get("did") if isinstance(by, dict) else None
        if not isinstance(by_did, str) or not by_did:
            raise fail("repost has no `reason.by.did`")
        # Each repost is its own act of the official, at its own time.
        native_id = f"{uri}#repost-by-{by_did}"
        repost_uri = reason.get("uri")
        key = repost_uri if isinstance(repost_uri, str) and repost_uri else native_id
        sort_at = _parse_time(reason.get("indexedAt"), fail=fail, field="reason.indexedAt")

    text = record.get("text", "")
    if not isinstance(text, str):
        raise fail("record.text is not a string")
    post = Post(
        platform=PLATFORM,
        native_id=native_id,
        official_id=account.official_id,
        account=account.key,
        url=_web_url(uri, author),
        text=render_facets(text, record.get("facets")),
        created_at=sort_at,
        lang=_first_lang(record.get("langs")),
        is_repost=is_repost,
        # A reposted reply is someone else's conversation, not the official replying.
        is_reply=not is_repost and isinstance(record.get("reply"), dict),
        raw=raw,
    )
    return _Item(post=post, key=key, sort_at=sort_at, pinned=pinned)


def _parse_time(value: Any, *, fail: Any, field: str) -> datetime:
    """An atproto datetime, read leniently: any fraction length, a missing zone taken as UTC."""
    if not isinstance(value, str) or not value:
        raise fail(f"{field} is missing")
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError as e:
        raise fail(f"{field} is not a datetime: {value[:40]!r}") from e
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return when.astimezone(UTC)
    except OverflowError as e:  # year 1 with a positive offset, and the like
        raise fail(f"{field} is out of range: {value[:40]!r}") from e


def _web_url(uri: str, author: dict[str, Any]) -> str | None:
    """https://bsky.app/profile/<handle or DID>/post/<rkey>, from an at:// uri."""
    if not uri.startswith("at://"):
        return None
    parts = uri[len("at://") :].split("/")
    if len(parts) != 3 or parts[1] != "app.bsky.feed.post" or not parts[2]:
        return None
    handle = author.get("handle")
    who = handle if isinstance(handle, str) and handle and handle != "handle.invalid" else parts[0]
    return f"https://bsky.app/profile/{who}/post/{parts[2]}"


def _first_lang(langs: Any) -> str | None:
    """The primary subtag of the first declared language, when it is a two-letter code."""
    if not isinstance(langs, list) or not langs or not isinstance(langs[0], str):
        return None
    primary = langs[0].strip().split("-")[0].lower()
    return primary if len(primary) == 2 and primary.isascii() and primary.isalpha() else None


def render_facets(text: str, facets: Any) -> str:
    """Post text with each link facet's shortened display replaced by its full target.

    Facet offsets count UTF-8 bytes, so the text is sliced as bytes. A facet that is malformed,
    out of range, overlaps another or cuts a character in two is ignored: the visible text is
    still right, only the link stays short.
    """
    if not isinstance(facets, list) or not facets:
        return text
    data = text.encode("utf-8")
    links: list[tuple[int, int, str]] = []
    for facet in facets:
        span = _link_span(facet, size=len(data))
        if span is not None and _on_boundary(data, span[0]) and _on_boundary(data, span[1]):
            links.append(span)
    links.sort()
    out: list[str] = []
    pos = 0
    for start, end, target in links:
        if start < pos:
            continue  # overlaps the previous link
        out.append(data[pos:start].decode("utf-8"))
        out.append(_link_text(data[start:end].decode("utf-8"), target))
        pos = end
    out.append(data[pos:].decode("utf-8"))
    return "".join(out)


def _link_span(facet: Any, *, size: int) -> tuple[int, int, str] | None:
    if not isinstance(facet, dict):
        return None
    index = facet.get("index")
    features = facet.get("features")
    if not isinstance(index, dict) or not isinstance(features, list):
        return None
    start, end = index.get("byteStart"), index.get("byteEnd")
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= size:
        return None
    for feature in features:
        if isinstance(feature, dict) and feature.get("$type") == _LINK:
            target = feature.get("uri")
            if isinstance(target, str) and target.strip():
                return start, end, target.strip()
    return None


def _on_boundary(data: bytes, offset: int) -> bool:
    """True when `offset` does not fall inside a multi-byte UTF-8 character."""
    return offset >= len(data) or (data[offset] & 0xC0) != 0x80


def _link_text(shown: str, target: str) -> str:
    """The full target in place of its shortened display; a labelled link keeps its label."""
    stem = shown.strip().removesuffix("...").removesuffix("…")
    bare = stem.removeprefix("https://").removeprefix("http://").removeprefix("www.")
    if not bare or bare in target:
        return target
    return f"{shown} ({target})"


# --------------------------------------------------------------------------------------------
# The cursor


@dataclass(frozen=True, slots=True)
class _Position:
    did: str | None = None
    seen_at: datetime | None = None
    seen: tuple[str, ...] = ()

    def dump(self) -> str:
        data: dict[str, Any] = {"v": 1, "did": self.did}
        if self.seen_at is not None:
            data["seen_at"] = self.seen_at.isoformat()
            data["seen"] = list(self.seen)
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def load(cls, cursor: Cursor | None) -> _Position | None:
        """The stored position; None when there is none or it is unreadable (start afresh)."""
        if cursor is None or not cursor.position:
            return None
        try:
            data = json.loads(cursor.position)
            did = data.get("did")
            seen_at = data.get("seen_at")
            seen = data.get("seen", [])
            return cls(
                did=did if isinstance(did, str) and did.startswith("did:") else None,
                seen_at=datetime.fromisoformat(seen_at) if isinstance(seen_at, str) else None,
                seen=tuple(k for k in seen if isinstance(k, str)) if isinstance(seen, list) else (),
            )
        except (ValueError, AttributeError, TypeError):
            return None


# --------------------------------------------------------------------------------------------
# HTTP


def _base(account: Account) -> str:
    return (account.api or DEFAULT_API).rstrip("/")


async def _xrpc(
    client: httpx.AsyncClient,
    account: Account,
    method: str,
    params: dict[str, Any],
    *,
    now: datetime,
    max_bytes: int,
) -> tuple[Any, Fetched]:
    label = _label(account)
    fetched = await get_capped(
        client,
        f"{_base(account)}/xrpc/{method}",
        account=label,
        params=params,
        headers={"Accept": "application/json"},
        max_bytes=max_bytes,
        now=now,
    )
    _raise_for_xrpc(fetched, account=account, now=now)
    return fetched.json(account=label), fetched


def _error_body(fetched: Fetched) -> tuple[str, str]:
    """The XRPC `{"error", "message"}` of a failed call; empty when the body is not one."""
    try:
        data = json.loads(fetched.body)
    except (ValueError, UnicodeDecodeError):
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    name, message = data.get("error"), data.get("message")
    return (
        name if isinstance(name, str) else "",
        message if isinstance(message, str) else "",
    )


def _rate_limit_wait(headers: httpx.Headers, *, now: datetime) -> float | None:
    """Seconds until `RateLimit-Reset` (epoch seconds), else what `Retry-After` says."""
    reset = headers.get("ratelimit-reset")
    if reset:
        try:
            return max(0.0, float(reset) - now.timestamp())
        except ValueError:
            pass
    return retry_after_seconds(headers.get("retry-after"), now=now)


def _raise_for_xrpc(fetched: Fetched, *, account: Account, now: datetime) -> None:
    status = fetched.status
    if 200 <= status < 300:
        return
    label = _label(account)
    name, message = _error_body(fetched)
    lowered = message.lower()

    def gone(what: str) -> FetchError:
        return FetchError(what, account=label, status=status, permanent=True)

    if status == 429 or name == "RateLimitExceeded":
        raise FetchError(
            "rate limited by the Bluesky API",
            account=label,
            status=status,
            retry_after=_rate_limit_wait(fetched.headers, now=now),
        )
    if name in ("BlockedActor", "BlockedByActor"):
        raise gone(f"blocked ({name}): the account cannot be read")
    if name == "AccountDeactivated":
        raise gone("account is deactivated")
    if name == "AccountTakedown":
        raise gone("account has been suspended")
    if name in ("HandleNotFound", "ActorNotFound") or "unable to resolve handle" in lowered:
        raise gone("handle not found")
    if "profile not found" in lowered or "actor not found" in lowered:
        raise gone("profile not found")
    if status == 400 and name:
        raise FetchError(f"request refused ({name}: {message[:200]})", account=label, status=status)
    raise_for_status(fetched, account=label, now=now)


def _success_wait(fetched: Fetched, *, now: datetime) -> float | None:
    """A wait asked for on a successful response: the limit's last request was just used."""
    remaining = fetched.headers.get("ratelimit-remaining")
    if remaining is not None and remaining.strip() == "0":
        return _rate_limit_wait(fetched.headers, now=now)
    return None


async def _resolve_did(
    client: httpx.AsyncClient, account: Account, *, now: datetime, max_bytes: int
) -> tuple[str, int]:
    handle = account.ident.strip().removeprefix("@")
    if handle.startswith("did:"):
        return handle, 0
    if not handle:
        raise FetchError("no handle configured", account=_label(account), permanent=True)
    data, fetched = await _xrpc(
        client,
        account,
        "com.atproto.identity.resolveHandle",
        {"handle": handle},
        now=now,
        max_bytes=max_bytes,
    )
    did = data.get("did") if isinstance(data, dict) else None
    if not isinstance(did, str) or not did.startswith("did:"):
        raise ParseError("resolveHandle answered without a DID", account=_label(account))
    return did, len(fetched.body)


# --------------------------------------------------------------------------------------------
# Polling


async def fetch(
    client: httpx.AsyncClient,
    account: Account,
    cursor: Cursor | None,
    *,
    now: datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
    backfill_since: datetime | None = None,
) -> FetchResult:
    """Posts since the last poll, newest first.

    Without a stored position this reads one recent window (down to `backfill_since`, else one
    page) and sets `window_start`, so the pipeline can also notice deletions.
    """
    position = _Position.load(cursor)
    if position is None or position.seen_at is None:
        return await _read_window(
            client,
            account,
            position,
            now=now,
            max_bytes=max_bytes,
            since=backfill_since,
            keep_position=False,
        )
    return await _read_new(client, account, position, now=now, max_bytes=max_bytes, backfill_since=backfill_since)


async def recheck(
    client: httpx.AsyncClient,
    account: Account,
    cursor: Cursor | None,
    *,
    since: datetime,
    now: datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FetchResult:
    """Every live post since `since`, so the pipeline can mark the missing ones deleted.

    The DID is reused; the "newest seen" mark is neither used nor moved.
    """
    return await _read_window(
        client,
        account,
        _Position.load(cursor),
        now=now,
        max_bytes=max_bytes,
        since=since,
        keep_position=True,
    )


async def _read_new(
    client: httpx.AsyncClient,
    account: Account,
    position: _Position,
    *,
    now: datetime,
    max_bytes: int,
    backfill_since: datetime | None,
) -> FetchResult:
    did = position.did
    total = 0
    if did is None:
        did, total = await _resolve_did(client, account, now=now, max_bytes=max_bytes)
    assert position.seen_at is not None
    stop_below = position.seen_at - LATE_SLACK
    seen = set(position.seen)
    fresh: list[_Item] = []
    page_cursor: str | None = None
    used: set[str] = set()
    wait: float | None = None
    done = False  # reached what was seen, or the end of the feed
    for number in range(MAX_POLL_PAGES):
        # A first page full of new posts means a burst: read the rest in big pages.
        limit = POLL_LIMIT if number == 0 else WINDOW_LIMIT
        items, page_cursor, fetched = await _page(
            client, account, did, page_cursor, limit=limit, now=now, max_bytes=max_bytes
        )
        total += len(fetched.body)
        wait = _success_wait(fetched, now=now) or wait
        for item in items:
            if item.pinned:
                continue
            if item.sort_at < stop_below:
                done = True
                break
            if item.key not in seen:
                fresh.append(item)
        if not items or page_cursor is None:
            done = True
        if done or page_cursor is None or page_cursor in used:
            break
        used.add(page_cursor)
    warnings: tuple[str, ...] = ()
    if not done:
        warnings = (
            f"{len(fresh)} new posts in one poll without reaching the last seen one; "
            "any older new posts will be picked up by the next recheck",
        )
    # Pins sit outside the time order; they count only when they are themselves new.
    posts = [item.post for item in fresh if backfill_since is None or item.post.created_at >= backfill_since]
    new_position = _advance(position, did, fresh)
    return FetchResult(
        account=account.key,
        posts=tuple(_dedupe(posts)),
        cursor=Cursor(position=new_position.dump()),
        retry_after=wait,
        bytes_read=total,
        warnings=warnings,
    )


def _advance(position: _Position, did: str, fresh: list[_Item]) -> _Position:
    """The position after `fresh` items: the newest time, and the keys of the items near it."""
    times = [item.sort_at for item in fresh]
    if position.seen_at is not None:
        times.append(position.seen_at)
    if not times:
        return _Position(did=did)
    newest = max(times)
    keep_from = newest - LATE_SLACK
    recent = [item.key for item in sorted(fresh, key=lambda i: i.sort_at, reverse=True) if item.sort_at >= keep_from]
    keys = list(dict.fromkeys([*recent, *position.seen]))[:SEEN_KEYS]
    return _Position(did=did, seen_at=newest, seen=tuple(keys))


async def _read_window(
    client: httpx.AsyncClient,
    account: Account,
    position: _Position | None,
    *,
    now: datetime,
    max_bytes: int,
    since: datetime | None,
    keep_position: bool,
) -> FetchResult:
    """Read newest-first until `since` (or one page without it) and say what was covered."""
    did = position.did if position else None
    total = 0
    if did is None:
        did, total = await _resolve_did(client, account, now=now, max_bytes=max_bytes)
    items: list[_Item] = []
    pinned: list[_Item] = []
    page_cursor: str | None = None
    used: set[str] = set()
    wait: float | None = None
    complete = False  # read down to `since`, or to the end of the feed
    pages = MAX_WINDOW_PAGES if since is not None else 1
    for _ in range(pages):
        page, page_cursor, fetched = await _page(
            client, account, did, page_cursor, limit=WINDOW_LIMIT, now=now, max_bytes=max_bytes
        )
        total += len(fetched.body)
        wait = _success_wait(fetched, now=now) or wait
        for item in page:
            (pinned if item.pinned else items).append(item)
        if since is not None and any(i.sort_at < since for i in page if not i.pinned):
            complete = True
            break
        if not page or page_cursor is None or page_cursor in used:
            complete = page_cursor is None or not page
            break
        used.add(page_cursor)

    ordered = [i.sort_at for i in items]
    warnings: tuple[str, ...] = ()
    if since is not None and not complete:
        warnings = (
            f"stopped after {len(items)} posts without reaching {since.isoformat()}; "
            "deletions before the oldest of them are not checked",
        )
    if complete and since is not None:
        window_start: datetime | None = since
    elif complete:
        window_start = min(ordered) if ordered else None
    else:
        window_start = min(ordered) + _TICK if ordered else None
    # Older items of the last page are real posts too; only `since` (a backfill bound) drops any.
    chosen = [i for i in pinned + items if since is None or i.sort_at >= since]
    posts = _dedupe([i.post for i in chosen])

    if keep_position and position is not None:
        new_position = _Position(did=did, seen_at=position.seen_at, seen=position.seen)
    else:
        new_position = _advance(_Position(did=did), did, items)
    return FetchResult(
        account=account.key,
        posts=tuple(posts),
        cursor=Cursor(position=new_position.dump()),
        retry_after=wait,
        bytes_read=total,
        window_start=window_start,
        warnings=warnings,
    )


async def _page(
    client: httpx.AsyncClient,
    account: Account,
    did: str,
    page_cursor: str | None,
    *,
    limit: int,
    now: datetime,
    max_bytes: int,
) -> tuple[list[_Item], str | None, Fetched]:
    params: dict[str, Any] = {"actor": did, "limit": limit}
    if page_cursor:
        params["cursor"] = page_cursor
    data, fetched = await _xrpc(client, account, "app.bsky.feed.getAuthorFeed", params, now=now, max_bytes=max_bytes)
    items, next_cursor = _parse_page(data, account=account)
    return items, next_cursor, fetched


# --------------------------------------------------------------------------------------------
# `vahti accounts check`


async def check(client: httpx.AsyncClient, account: Account, *, now: datetime) -> str:
    """Whether the configured handle or DID names a readable profile; changes nothing.

    Answers "found: ...", "not found: ..." or "moved: <handle>" (a DID whose profile now shows
    another handle than the configured one). Temporary failures raise FetchError.
    """
    ident = account.ident.strip().removeprefix("@")
    try:
        did, _ = await _resolve_did(client, account, now=now, max_bytes=DEFAULT_MAX_BYTES)
        data, _ = await _xrpc(
            client,
            account,
            "app.bsky.actor.getProfile",
            {"actor": did},
            now=now,
            max_bytes=DEFAULT_MAX_BYTES,
        )
    except FetchError as e:
        if e.permanent:
            return f"not found: {str(e).removeprefix(_label(account) + ': ')}"
        raise
    if not isinstance(data, dict) or not isinstance(data.get("handle"), str):
        raise ParseError("getProfile answered without a handle", account=_label(account))
    handle = data["handle"]
    name = data.get("displayName")
    count = data.get("postsCount")
    detail = f"{did}, @{handle}"
    if isinstance(name, str) and name.strip():
        detail += f", {name.strip()!r}"
    if type(count) is int:
        detail += f", {count} posts"
    if ident.startswith("did:") or handle.lower() == ident.lower():
        return f"found: {detail}"
    if handle == "handle.invalid":
        return f"found: {detail} (the handle no longer verifies; follow the DID {did})"
    return f"moved: {handle} ({detail})"
