"""Mastodon: an account's public statuses, read anonymously from the account's own instance.

A remote account is only known to another instance if someone there follows it, so we always ask
the home instance (`@user@instance`). The account id is looked up once and kept in the cursor.

Polling uses `min_id`, which returns the statuses *immediately* after the newest one seen, and
follows the `Link: rel="prev"` pages: unlike `since_id`, no status is skipped after a burst longer
than one page. IDs are opaque strings; where order matters we compare them as Mastodon's
documentation says (longer is newer, then lexical), never as integers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from bot.errors import FetchError, ParseError
from bot.http import DEFAULT_MAX_BYTES, Fetched, get_capped, raise_for_status, retry_after_seconds
from bot.model import Account, Cursor, FetchResult, Post
from bot.sources._text import clean_text

__all__ = [
    "check",
    "content_to_text",
    "fetch",
    "parse_handle",
    "parse_status",
    "parse_statuses",
    "recheck",
]

PLATFORM = "mastodon"
PAGE_LIMIT = 40  # the server's maximum
# Pages per call: a poll that hits the bound resumes from where it stopped on the next poll.
MAX_POLL_PAGES = 10
MAX_WINDOW_PAGES = 20
# created_at has millisecond resolution; a window cut inside a page starts one tick after its
# oldest status, so that a status of the same millisecond on the next page is not taken for
# deleted.
_TICK = timedelta(milliseconds=1)


def _label(account: Account) -> str:
    return f"{PLATFORM} {account.ident}"


def parse_handle(account: Account) -> tuple[str, str]:
    """The (username, base URL) of an account: `@user@instance`, or a profile URL.

    `account.api` replaces the base URL (tests, or an instance reached under another name).
    """
    label = _label(account)
    user = instance = ""
    if account.handle:
        parts = account.handle.strip().removeprefix("@").split("@")
        if len(parts) == 2:
            user, instance = parts
        elif len(parts) == 1:
            user = parts[0]
    elif account.url:
        split = urlsplit(account.url)
        path = split.path.strip("/")
        if split.netloc and path.startswith("@") and "/" not in path:
            user, instance = path[1:], split.netloc
    if not user or not re.fullmatch(r"[A-Za-z0-9_.\-]+", user):
        raise FetchError("handle must look like @user@instance", account=label, permanent=True)
    if account.api:
        return user, account.api.rstrip("/")
    if not instance or not re.fullmatch(r"[A-Za-z0-9.\-]+(:\d+)?", instance):
        raise FetchError("handle must name its instance, like @user@instance", account=label, permanent=True)
    return user, f"https://{instance.lower()}"


# --------------------------------------------------------------------------------------------
# HTML content to text


class _ContentText(HTMLParser):
    """Mastodon's sanitised status HTML, as a reader sees it.

    Mastodon hides the scheme and the tail of long URLs in `invisible` spans and marks the cut
    with an `ellipsis` span; we write each ordinary link's full href instead. Mentions and
    hashtags keep their visible `@user` / `#tag` text.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        # Per open <a>: (href or None, collected visible text) or None for mentions/tags.
        self.link: tuple[str, list[str]] | None = None
        self.link_depth = 0
        self.hidden_depth = 0
        self.span_stack: list[bool] = []  # per open span: whether it hides its content

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        if tag == "br":
            self._out("\n")
        elif tag == "p":
            self._out("\n\n")
        elif tag == "span":
            hides = "invisible" in classes
            self.span_stack.append(hides)
            if hides:
                self.hidden_depth += 1
        elif tag == "a":
            if self.link_depth == 0:
                href = (values.get("href") or "").strip()
                plain = "mention" not in classes and "hashtag" not in classes
                self.link = (href, []) if plain and href else None
            self.link_depth += 1
        elif tag in ("li", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"):
            self._out("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p"):
            self._out("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._out("\n\n")
        elif tag == "span" and self.span_stack:
            if self.span_stack.pop():
                self.hidden_depth -= 1
        elif tag == "a" and self.link_depth:
            self.link_depth -= 1
            if self.link_depth == 0 and self.link is not None:
                href, shown = self.link
                self.link = None
                self.parts.append(_link_text("".join(shown), href))
        elif tag in ("li", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"):
            self._out("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden_depth:
            self._out(data)

    def _out(self, text: str) -> None:
        if self.link is not None:
            self.link[1].append(text)
        else:
            self.parts.append(text)


def _link_text(shown: str, href: str) -> str:
    """The full URL in place of its shortened display; a labelled link keeps its label too."""
    stem = shown.strip().removesuffix("…").removesuffix("...")
    bare = stem.removeprefix("https://").removeprefix("http://").removeprefix("www.")
    if not bare or bare in href:
        return href
    return f"{shown.strip()} ({href})"


def content_to_text(html: str) -> str:
    """Plain text of a status's HTML: links as full URLs, mentions as @user, line breaks kept."""
    collector = _ContentText()
    collector.feed(html)
    collector.close()
    return clean_text("".join(collector.parts))


def _content_text(html: str, *, fail: Any) -> str:
    try:
        return content_to_text(html)
    except (AssertionError, ValueError) as e:  # html.parser on very broken markup
        raise fail(f"content is not readable HTML ({type(e).__name__})") from e


# --------------------------------------------------------------------------------------------
# Parsing (pure)


def parse_statuses(payload: Any, *, account: Account) -> list[Post]:
    """The posts of one `accounts/:id/statuses` page (a JSON array), in the server's order."""
    if not isinstance(payload, list):
        raise ParseError("statuses page is not a JSON array", account=_label(account))
    return [parse_status(status, account=account, where=f"status {index}") for index, status in enumerate(payload)]


def parse_status(status: Any, *, account: Account, where: str = "status") -> Post:
    """One Status as a Post. A boost keeps its own id and time but shows the boosted status."""
    label = _label(account)

    def fail(problem: str) -> ParseError:
        return ParseError(f"{where}: {problem}", account=label)

    if not isinstance(status, dict):
        raise fail("not an object")
    status_id = status.get("id")
    if not isinstance(status_id, str) or not status_id:
        raise fail("has no `id`")
    created = _parse_time(status.get("created_at"), fail=fail, field="created_at")
    boosted = status.get("reblog")
    if boosted is not None and not isinstance(boosted, dict):
        raise fail("`reblog` is not an object")
    shown = boosted if boosted is not None else status

    content = shown.get("content") or ""
    if not isinstance(content, str):
        raise fail("`content` is not a string")
    spoiler = shown.get("spoiler_text") or ""
    if not isinstance(spoiler, str):
        raise fail("`spoiler_text` is not a string")
    edited_raw = shown.get("edited_at")
    edited = _parse_time(edited_raw, fail=fail, field="edited_at") if edited_raw is not None else None
    url = _str_or_none(shown.get("url")) or _str_or_none(shown.get("uri"))
    return Post(
        platform=PLATFORM,
        # `uri` is the ActivityPub id: stable, and unique per boost for a boost wrapper.
        native_id=_str_or_none(status.get("uri")) or f"{account.ident}/statuses/{status_id}",
        official_id=account.official_id,
        account=account.key,
        url=url,
        text=_content_text(content, fail=fail),
        # The content warning is the author's own summary; it leads, as Mastodon shows it.
        title=clean_text(spoiler) or None,
        created_at=created,
        edited_at=edited,
        lang=_lang(shown.get("language")),
        is_repost=boosted is not None,
        # Only the official's own replies; a boosted reply is someone else's conversation.
        is_reply=boosted is None and status.get("in_reply_to_id") is not None,
        raw=status,
    )


def _str_or_none(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _lang(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    primary = value.strip().split("-")[0].lower()
    return primary if len(primary) == 2 and primary.isascii() and primary.isalpha() else None


def _parse_time(value: Any, *, fail: Any, field: str) -> datetime:
    if not isinstance(value, str) or not value:
        raise fail(f"`{field}` is missing")
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError as e:
        raise fail(f"`{field}` is not a datetime: {value[:40]!r}") from e
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return when.astimezone(UTC)
    except OverflowError as e:
        raise fail(f"`{field}` is out of range: {value[:40]!r}") from e


def _newer(a: str, b: str | None) -> bool:
    """Whether status id `a` is newer than `b`: longer is newer, then lexical."""
    return b is None or (len(a), a) > (len(b), b)


# --------------------------------------------------------------------------------------------
# The cursor


@dataclass(frozen=True, slots=True)
class _Position:
    account_id: str | None = None
    newest_id: str | None = None

    def dump(self) -> str:
        return json.dumps({"v": 1, "id": self.account_id, "min_id": self.newest_id}, separators=(",", ":"))

    @classmethod
    def load(cls, cursor: Cursor | None) -> _Position | None:
        """The stored position; None when there is none or it is unreadable (start afresh)."""
        if cursor is None or not cursor.position:
            return None
        try:
            data = json.loads(cursor.position)
            account_id, newest = data.get("id"), data.get("min_id")
        except (ValueError, AttributeError):
            return None
        return cls(
            account_id=account_id if isinstance(account_id, str) and account_id else None,
            newest_id=newest if isinstance(newest, str) and newest else None,
        )


# --------------------------------------------------------------------------------------------
# HTTP


async def _get(
    client: httpx.AsyncClient,
    account: Account,
    url: str,
    *,
    params: dict[str, Any] | None,
    now: datetime,
    max_bytes: int,
) -> tuple[Any, Fetched]:
    label = _label(account)
    fetched = await get_capped(
        client,
        url,
        account=label,
        params=params,
        headers={"Accept": "application/json"},
        max_bytes=max_bytes,
        now=now,
    )
    _raise_for_mastodon(fetched, account=account, now=now)
    return fetched.json(account=label), fetched


def _reset_wait(headers: httpx.Headers, *, now: datetime) -> float | None:
    """Seconds until `X-RateLimit-Reset` (an ISO 8601 time), else what `Retry-After` says."""
    reset = headers.get("x-ratelimit-reset")
    if reset:
        try:
            when = datetime.fromisoformat(reset.strip())
        except ValueError:
            when = None
        if when is not None:
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            return max(0.0, (when - now).total_seconds())
    return retry_after_seconds(headers.get("retry-after"), now=now)


def _success_wait(fetched: Fetched, *, now: datetime) -> float | None:
    remaining = fetched.headers.get("x-ratelimit-remaining")
    if remaining is not None and remaining.strip() == "0":
        return _reset_wait(fetched.headers, now=now)
    return None


def _raise_for_mastodon(fetched: Fetched, *, account: Account, now: datetime) -> None:
    status = fetched.status
    if 200 <= status < 300:
        return
    label = _label(account)
    if status == 429:
        raise FetchError(
            "rate limited by the instance",
            account=label,
            status=status,
            retry_after=_reset_wait(fetched.headers, now=now),
        )
    if status in (404, 410):
        raise FetchError(f"account not found (HTTP {status})", account=label, status=status, permanent=True)
    if status == 401:
        raise FetchError(
            "the instance allows its API to signed-in users only (HTTP 401)",
            account=label,
            status=status,
            permanent=True,
        )
    raise_for_status(fetched, account=label, now=now)


def _link_targets(header: str | None) -> dict[str, str]:
    """rel -> URL from an RFC 8288 Link header (Mastodon sends `next` and `prev`)."""
    found: dict[str, str] = {}
    if not header:
        return found
    for match in re.finditer(r"<([^>]*)>\s*((?:;\s*[^;,]*)*)", header):
        url, params = match.group(1), match.group(2)
        rel = re.search(r'rel\s*=\s*"?([^";,]+)"?', params)
        if rel:
            for name in rel.group(1).split():
                found.setdefault(name.lower(), url)
    return found


def _same_origin(url: str, base: str) -> bool:
    a, b = urlsplit(url), urlsplit(base)
    return (a.scheme, a.netloc.lower()) == (b.scheme, b.netloc.lower())


def _query_value(url: str, name: str) -> str | None:
    values = parse_qs(urlsplit(url).query).get(name)
    return values[0] if values else None


async def _lookup(
    client: httpx.AsyncClient, account: Account, *, now: datetime, max_bytes: int
) -> tuple[dict[str, Any], int]:
    user, base = parse_handle(account)
    data, fetched = await _get(
        client,
        account,
        f"{base}/api/v1/accounts/lookup",
        params={"acct": user},
        now=now,
        max_bytes=max_bytes,
    )
    if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not data["id"]:
        raise ParseError("account lookup answered without an id", account=_label(account))
    return data, len(fetched.body)


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
    """Statuses newer than the last poll's newest, oldest page first, none skipped.

    Without a stored position this reads one recent window (down to `backfill_since`, else one
    page) and sets `window_start`, so the pipeline can also notice deletions.
    """
    position = _Position.load(cursor)
    if position is None or position.newest_id is None:
        return await _read_window(
            client,
            account,
            position,
            now=now,
            max_bytes=max_bytes,
            since=backfill_since,
            keep_position=False,
        )
    account_id, total = await _account_id(client, account, position, now=now, max_bytes=max_bytes)
    _, base = parse_handle(account)
    url: str | None = f"{base}/api/v1/accounts/{account_id}/statuses"
    params: dict[str, Any] | None = {"min_id": position.newest_id, "limit": PAGE_LIMIT}
    posts: list[Post] = []
    newest = position.newest_id
    wait: float | None = None
    for _ in range(MAX_POLL_PAGES):
        assert url is not None
        data, fetched = await _get(client, account, url, params=params, now=now, max_bytes=max_bytes)
        total += len(fetched.body)
        wait = _success_wait(fetched, now=now) or wait
        page = parse_statuses(data, account=account)
        fresh = [p for p in page if _newer(_status_id(p), position.newest_id)]
        posts.extend(fresh)
        for post in fresh:
            if _newer(_status_id(post), newest):
                newest = _status_id(post)
        url, params = _prev_page(fetched, base=base, page=page)
        if url is None:
            break
    kept = [p for p in posts if backfill_since is None or p.created_at >= backfill_since]
    kept.sort(key=lambda p: (len(_status_id(p)), _status_id(p)), reverse=True)
    return FetchResult(
        account=account.key,
        posts=tuple(kept),
        cursor=Cursor(position=_Position(account_id, newest).dump()),
        retry_after=wait,
        bytes_read=total,
    )


def _status_id(post: Post) -> str:
    assert post.raw is not None
    return str(post.raw["id"])


def _prev_page(fetched: Fetched, *, base: str, page: list[Post]) -> tuple[str | None, dict[str, Any] | None]:
    """The next page forward in time, or None when this page was not full."""
    if len(page) < PAGE_LIMIT:
        return None, None
    target = _link_targets(fetched.headers.get("link")).get("prev")
    if not target or not _same_origin(target, base):
        return None, None
    if _query_value(target, "min_id") is None and _query_value(target, "since_id") is None:
        return None, None
    return target, None


async def _account_id(
    client: httpx.AsyncClient,
    account: Account,
    position: _Position | None,
    *,
    now: datetime,
    max_bytes: int,
) -> tuple[str, int]:
    if position is not None and position.account_id:
        return position.account_id, 0
    data, size = await _lookup(client, account, now=now, max_bytes=max_bytes)
    return data["id"], size


async def recheck(
    client: httpx.AsyncClient,
    account: Account,
    cursor: Cursor | None,
    *,
    since: datetime,
    now: datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FetchResult:
    """Every live status since `since`, so the pipeline can mark the missing ones deleted.

    The account id is reused; the newest-seen id is neither used nor moved.
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
    """Read newest-first (Link rel="next") until `since`, or one page without it."""
    account_id, total = await _account_id(client, account, position, now=now, max_bytes=max_bytes)
    _, base = parse_handle(account)
    url: str | None = f"{base}/api/v1/accounts/{account_id}/statuses"
    params: dict[str, Any] | None = {"limit": PAGE_LIMIT}
    posts: list[Post] = []
    wait: float | None = None
    complete = False  # read down to `since`, or to the account's first status
    for _ in range(MAX_WINDOW_PAGES if since is not None else 1):
        assert url is not None
        data, fetched = await _get(client, account, url, params=params, now=now, max_bytes=max_bytes)
        total += len(fetched.body)
        wait = _success_wait(fetched, now=now) or wait
        page = parse_statuses(data, account=account)
        posts.extend(page)
        if since is not None and any(p.created_at < since for p in page):
            complete = True
            break
        target = _link_targets(fetched.headers.get("link")).get("next")
        if len(page) < PAGE_LIMIT or not target:
            complete = True  # Mastodon sends `next` only after a full page
            break
        if not _same_origin(target, base):
            break
        url, params = target, None

    warnings: tuple[str, ...] = ()
    if since is not None and not complete:
        warnings = (
            f"stopped after {len(posts)} statuses without reaching {since.isoformat()}; "
            "deletions and edits before the oldest of them are not checked",
        )
    if complete and since is not None:
        window_start: datetime | None = since
    elif posts:
        oldest = min(p.created_at for p in posts)
        window_start = oldest if complete else oldest + _TICK
    else:
        window_start = None
    newest: str | None = None
    for post in posts:
        if _newer(_status_id(post), newest):
            newest = _status_id(post)
    if keep_position and position is not None:
        newest = position.newest_id
    kept = [p for p in posts if since is None or p.created_at >= since]
    return FetchResult(
        account=account.key,
        posts=tuple(kept),
        cursor=Cursor(position=_Position(account_id, newest).dump()),
        retry_after=wait,
        bytes_read=total,
        window_start=window_start,
        warnings=warnings,
    )


# --------------------------------------------------------------------------------------------
# `vahti accounts check`


async def check(client: httpx.AsyncClient, account: Account, *, now: datetime) -> str:
    """Whether the account exists on its instance; changes nothing.

    Answers "found: ...", "not found: ..." or "moved: @user@instance" (the account set a new
    home). Temporary failures (rate limits, outages) raise FetchError.
    """
    try:
        data, _ = await _lookup(client, account, now=now, max_bytes=DEFAULT_MAX_BYTES)
    except FetchError as e:
        if e.permanent:
            return f"not found: {str(e).removeprefix(_label(account) + ': ')}"
        raise
    moved = data.get("moved")
    if isinstance(moved, dict) and isinstance(moved.get("acct"), str) and moved["acct"]:
        target = moved["acct"]
        if "@" not in target:
            target = f"{target}@{urlsplit(parse_handle(account)[1]).netloc}"
        return f"moved: @{target}"
    detail = f"id {data['id']}"
    name = data.get("display_name")
    if isinstance(name, str) and name.strip():
        detail += f", {name.strip()!r}"
    count = data.get("statuses_count")
    if type(count) is int:
        detail += f", {count} statuses"
    if data.get("suspended") is True:
        return f"not found: the account is suspended ({detail})"
    return f"found: {detail}"
