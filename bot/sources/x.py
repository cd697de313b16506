"""X (Twitter) API v2: one account's own posts, read with an app-only bearer token.

X is optional and paid per post read ($0.005 each, $0.010 per user looked up), so this source is
built to read as little as it can: the username is resolved to its numeric id once and the id is
kept in the cursor; every later poll asks only for posts newer than `since_id`; the first poll
takes one small page and never the backlog; and reading stops when the daily budget the pipeline
passes in (`max_posts`) is spent. When reading stops while newer posts remain, the unread range
is remembered in the cursor as a gap and read on a later poll, so a budget cut delays posts but
never loses them.

The cursor position is a small JSON object owned by this module:
`{"username": ..., "user_id": ..., "since_id": ..., "gaps": [[after_id, before_id], ...]}`.

The bearer token is a password: it is sent in the Authorization header only and is scrubbed from
every message this module raises or returns, even if a server were to echo it back.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from bot.errors import FetchError, ParseError, SourceError, SourceSkipped
from bot.http import DEFAULT_MAX_BYTES, Fetched, get_capped, retry_after_seconds
from bot.model import Account, Cursor, FetchResult, Post
from bot.sources._text import clean_text

__all__ = ["XSkipped", "check", "fetch", "parse_timeline"]

DEFAULT_API = "https://api.x.com"
FIRST_POLL_RESULTS = 5  # the API's minimum page; the first poll never backfills
POLL_RESULTS = 10  # since_id pages: each post read is paid, so keep pages small
MIN_RESULTS = 5  # the API refuses max_results below 5
MAX_PAGES = 10  # per fetch, whatever the budget: a runaway account cannot drain the account
MAX_GAPS = 5
TWEET_FIELDS = "created_at,lang,entities,referenced_tweets,edit_history_tweet_ids,conversation_id,in_reply_to_user_id"
EXPANSIONS = "referenced_tweets.id"
# The oldest start_time the timeline accepts.
_EARLIEST_START = datetime(2010, 11, 6, tzinfo=UTC)
# Twitter's snowflake epoch: ids carry their creation time in milliseconds above bit 22.
_SNOWFLAKE_EPOCH_MS = 1288834974657
# Posts can be edited for 30 minutes (an hour on some plans); allow slack for clock skew.
_EDIT_WINDOW = timedelta(hours=2)
_USERNAME = re.compile(r"[A-Za-z0-9_]{1,15}")
_ID = re.compile(r"[0-9]{1,19}")
# X escapes only &, < and >; decoding in one pass turns `&amp;amp;` into `&amp;`, never `&`.
_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos|#39);")
_ENTITY_CHARS = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "#39": "'"}
# Language codes X uses for "no language": undefined, media/hashtags/mentions/cashtags only, etc.
_NO_LANGUAGE = frozenset({"und", "qme", "qht", "qam", "qct", "qst", "zxx", "art"})
_ERROR_TEXT_LIMIT = 300


class XSkipped(SourceSkipped):
    """No X token is configured: the account is skipped, which is a choice, not a failure."""


# --- parsing -------------------------------------------------------------------------------


def parse_timeline(payload: dict[str, Any], *, account: Account) -> tuple[list[Post], list[str]]:
    """The posts of one timeline (or lookup) response, and its partial-error messages.

    A 200 may carry `errors[]` beside `data` (a deleted referenced post, say): the posts are
    still good, so the messages come back as warnings rather than as a failure. Both the
    documented `tweet` key names and the `post` names of the newest OpenAPI file are accepted.
    A single malformed item is skipped with a warning; a malformed document raises ParseError.
    """
    key = account.key
    if not isinstance(payload, dict):
        raise ParseError(f"expected a JSON object, got {type(payload).__name__}", account=key)
    data = payload.get("data")
    if data is None:
        items: list[Any] = []
    elif isinstance(data, dict):
        items = [data]  # a single-post lookup
    elif isinstance(data, list):
        items = data
    else:
        raise ParseError(f"`data` is a {type(data).__name__}, not a list", account=key)

    includes = payload.get("includes")
    if includes is None:
        includes = {}
    if not isinstance(includes, dict):
        raise ParseError("`includes` is not an object", account=key)
    included: dict[str, dict[str, Any]] = {}
    for name in ("tweets", "posts"):
        extra = includes.get(name) or []
        if not isinstance(extra, list):
            raise ParseError(f"`includes.{name}` is not a list", account=key)
        for item in extra:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                included[item["id"]] = item

    warnings = _problem_messages(payload.get("errors"), account=key)
    username = _username(account) or "i"
    posts: dict[str, Post] = {}
    newest_version: dict[str, int] = {}
    for index, item in enumerate(items):
        try:
            post = _parse_post(item, account=account, username=username, included=included)
        except _SkipItem as e:
            warnings.append(f"skipped data[{index}]: {e}")
            continue
        # Two versions of one edited post in one response: keep the newest version.
        version = int(_item_id(item))
        if post.native_id in posts and newest_version[post.native_id] > version:
            continue
        posts[post.native_id] = post
        newest_version[post.native_id] = version
    return list(posts.values()), warnings


class _SkipItem(Exception):
    """One item of `data` is unusable; the rest of the page still counts."""


def _item_id(item: Any) -> str:
    if not isinstance(item, dict):
        raise _SkipItem(f"not an object but {type(item).__name__}")
    post_id = item.get("id")
    if not isinstance(post_id, str) or not _ID.fullmatch(post_id):
        raise _SkipItem("no valid `id`")
    return post_id


def _parse_post(item: Any, *, account: Account, username: str, included: dict[str, dict[str, Any]]) -> Post:
    post_id = _item_id(item)
    text = item.get("text")
    if not isinstance(text, str):
        raise _SkipItem(f"post {post_id} has no `text`")

    history = _first(item, "edit_history_tweet_ids", "edit_history_post_ids")
    history_ids = [h for h in history if isinstance(h, str) and _ID.fullmatch(h)] if isinstance(history, list) else []
    native_id = history_ids[0] if history_ids else post_id

    references = _first(item, "referenced_tweets", "referenced_posts")
    kinds: dict[str, str] = {}
    if isinstance(references, list):
        for ref in references:
            if isinstance(ref, dict) and isinstance(ref.get("type"), str):
                ref_id = ref.get("id")
                kinds[ref["type"]] = ref_id if isinstance(ref_id, str) else ""
    repost_of = kinds.get("retweeted", kinds.get("reposted"))
    is_repost = repost_of is not None
    is_reply = "replied_to" in kinds
    quoted_id = kinds.get("quoted")

    body = _display_text(text, item.get("entities"))
    original = included.get(repost_of) if repost_of else None
    if original is not None and isinstance(original.get("text"), str):
        # A retweet's own text is a truncated `RT @user: …`; the original holds the words.
        body = _display_text(original["text"], original.get("entities"))

    version_time = _timestamp(item.get("created_at"))
    if native_id != post_id:
        # An edit: the version's time is the edit's; the post dates from its first version,
        # whose time is in the included original or else encoded in its id.
        edited_at: datetime | None = version_time or _snowflake_time(post_id)
        first = included.get(native_id)
        created_at = _timestamp(first.get("created_at")) if isinstance(first, dict) else None
        if created_at is None:
            created_at = _snowflake_time(native_id)
            if edited_at is not None and not (edited_at - _EDIT_WINDOW <= created_at <= edited_at):
                # Not a real snowflake (hand-made ids): the edit's time is the best we have.
                created_at = edited_at
    else:
        created_at = version_time or _snowflake_time(post_id)
        edited_at = None

    lang = item.get("lang")
    lang = lang.strip().lower() if isinstance(lang, str) and lang.strip() else None
    if lang in _NO_LANGUAGE:
        lang = None

    raw: dict[str, Any] = {"post": item, "is_quote": quoted_id is not None}
    referenced = {ref_id: included[ref_id] for ref_id in kinds.values() if ref_id in included}
    if referenced:
        raw["referenced"] = referenced
    if quoted_id:
        raw["quoted_id"] = quoted_id

    return Post(
        platform="x",
        native_id=native_id,
        official_id=account.official_id,
        account=account.key,
        url=f"https://x.com/{username}/status/{native_id}",
        text=body,
        created_at=created_at,
        lang=lang,
        edited_at=edited_at,
        is_repost=is_repost,
        is_reply=is_reply,
        raw=raw,
    )


def _first(item: dict[str, Any], *names: str) -> Any:
    for name in names:
        if name in item:
            return item[name]
    return None


def _display_text(text: str, entities: Any) -> str:
    """Unescape once, then put each t.co link's real target back where the reader saw it.

    Entity indices are not trusted (their unit and whether they count escaped text is not
    documented): the short URL is found by its text instead.
    """
    text = _ENTITY.sub(lambda m: _ENTITY_CHARS[m.group(1)], text)
    urls = entities.get("urls") if isinstance(entities, dict) else None
    if isinstance(urls, list):
        for entry in urls:
            if not isinstance(entry, dict):
                continue
            short, expanded = entry.get("url"), entry.get("expanded_url")
            if isinstance(short, str) and short and isinstance(expanded, str) and expanded:
                text = text.replace(short, expanded)
    return clean_text(text)


def _timestamp(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def _snowflake_time(post_id: str) -> datetime:
    """The creation time encoded in a post id (exact to the millisecond for ids since 2010)."""
    millis = (int(post_id) >> 22) + _SNOWFLAKE_EPOCH_MS
    try:
        return datetime.fromtimestamp(millis / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return datetime.fromtimestamp(_SNOWFLAKE_EPOCH_MS / 1000, tz=UTC)


def _problem_messages(errors: Any, *, account: str) -> list[str]:
    if errors is None:
        return []
    if not isinstance(errors, list):
        raise ParseError("`errors` is not a list", account=account)
    messages = []
    for problem in errors:
        if isinstance(problem, dict):
            messages.append(_problem_text(problem))
        else:
            messages.append(str(problem)[:_ERROR_TEXT_LIMIT])
    return messages


def _problem_text(problem: dict[str, Any]) -> str:
    parts = [str(problem[k]) for k in ("title", "detail") if isinstance(problem.get(k), str | int)]
    if not parts and isinstance(problem.get("message"), str):
        parts = [problem["message"]]
    text = ": ".join(dict.fromkeys(parts)) or "unspecified error"
    return text[:_ERROR_TEXT_LIMIT]


# --- the cursor ----------------------------------------------------------------------------


@dataclass
class _State:
    """The decoded cursor position."""

    username: str = ""
    user_id: str | None = None
    since_id: str | None = None
    gaps: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def load(cls, cursor: Cursor | None, *, username: str) -> _State:
        """The cursor's state, or a fresh one when it belongs to another username or is junk."""
        fresh = cls(username=username)
        if cursor is None or not cursor.position:
            return fresh
        try:
            data = json.loads(cursor.position)
        except ValueError:
            return fresh
        if not isinstance(data, dict) or str(data.get("username", "")).lower() != username.lower():
            # The configured handle changed (not a rename: a different account): start over.
            return fresh
        user_id, since_id = data.get("user_id"), data.get("since_id")
        state = cls(
            username=username,
            user_id=user_id if isinstance(user_id, str) and _ID.fullmatch(user_id) else None,
            since_id=since_id if isinstance(since_id, str) and _ID.fullmatch(since_id) else None,
        )
        gaps = data.get("gaps")
        if isinstance(gaps, list):
            for gap in gaps:
                if (
                    isinstance(gap, list)
                    and len(gap) == 2
                    and all(isinstance(g, str) and _ID.fullmatch(g) for g in gap)
                    and int(gap[0]) + 1 < int(gap[1])
                ):
                    state.gaps.append((gap[0], gap[1]))
        return state

    def dump(self) -> Cursor:
        data: dict[str, Any] = {"username": self.username, "user_id": self.user_id}
        if self.since_id:
            data["since_id"] = self.since_id
        if self.gaps:
            data["gaps"] = [list(g) for g in self.gaps]
        return Cursor(position=json.dumps(data, separators=(",", ":")))


# --- fetching ------------------------------------------------------------------------------


@dataclass
class _Run:
    """What one poll has read so far, across its requests."""

    posts: dict[str, Post] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    read: int = 0
    pages: int = 0
    bytes_read: int = 0
    retry_after: float | None = None
    exhausted: bool = False  # rate limit or error: no further request in this poll

    def add(self, posts: list[Post]) -> None:
        for post in posts:
            known = self.posts.get(post.native_id)
            if known is None or _version(post) > _version(known):
                self.posts[post.native_id] = post


def _version(post: Post) -> int:
    item = (post.raw or {}).get("post", {})
    return int(item.get("id", post.native_id)) if isinstance(item, dict) else int(post.native_id)


@dataclass
class _Session:
    client: httpx.AsyncClient
    account: Account
    base: str
    headers: dict[str, str]
    token: str
    now: datetime
    max_bytes: int

    async def get(self, path: str, params: dict[str, str] | None = None) -> Fetched:
        return await get_capped(
            self.client,
            f"{self.base}{path}",
            account=self.account.key,
            headers=self.headers,
            params=params,
            max_bytes=self.max_bytes,
            now=self.now,
        )


async def fetch(
    client: httpx.AsyncClient,
    account: Account,
    cursor: Cursor | None,
    *,
    now: datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
    backfill_since: datetime | None = None,
    token: str | None = None,
    max_posts: int | None = None,
) -> FetchResult:
    """Poll one X account within the read budget `max_posts` (None: no budget).

    Raises XSkipped without any request when there is no token, and FetchError or ParseError
    when nothing could be read. Once some posts have been read (and paid for), a later failure
    no longer discards them: they are returned with a warning, and the unread range is kept in
    the cursor as a gap.
    """
    session = _session(client, account, token=token, now=now, max_bytes=max_bytes)
    try:
        return await _fetch(session, cursor, max_posts=max_posts, backfill_since=backfill_since)
    except SourceError as e:
        if _leaks(e, session.token):
            raise _scrubbed(e, session.token) from None
        raise


def _session(
    client: httpx.AsyncClient,
    account: Account,
    *,
    token: str | None,
    now: datetime,
    max_bytes: int,
) -> _Session:
    token = (token or "").strip()
    if not token:
        raise XSkipped("skipped: no X token", account=account.key)
    if any(ord(c) < 33 or ord(c) == 127 for c in token):
        # A token with inner spaces or newlines would be refused by the HTTP layer with an
        # error quoting the header value, token and all.
        raise FetchError(
            "the X token contains whitespace or control characters; check X_BEARER_TOKEN",
            account=account.key,
            permanent=True,
        )
    base = (account.api or DEFAULT_API).rstrip("/")
    return _Session(
        client=client,
        account=account,
        base=base,
        headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
        token=token,
        now=now,
        max_bytes=max_bytes,
    )


async def _fetch(
    session: _Session,
    cursor: Cursor | None,
    *,
    max_posts: int | None,
    backfill_since: datetime | None,
) -> FetchResult:
    account = session.account
    username = _username(account)
    if username is None:
        raise FetchError(
            f"{account.ident!r} is not an X username (1-15 letters, digits or _)",
            account=account.key,
            permanent=True,
        )
    state = _State.load(cursor, username=username)
    budget = max_posts
    if budget is not None and budget < MIN_RESULTS:
        # The API's smallest page is 5 posts; asking would overspend the day's budget.
        return FetchResult(
            account=account.key,
            cursor=cursor,
            warnings=(f"daily read budget left ({max(budget, 0)}) is below one page; not polled",),
        )

    run = _Run()
    if state.user_id is None:
        found = await _lookup(session, username)
        if found is None:
            raise FetchError(f"user @{username} not found", account=account.key, status=404, permanent=True)
        state.user_id, state.since_id, state.gaps = found, None, []

    if state.since_id is None:
        await _first_poll(session, state, run, backfill_since=backfill_since)
    else:
        await _poll_newer(session, state, run, budget=budget)
        await _fill_gaps(session, state, run, budget=budget)

    posts = sorted(run.posts.values(), key=lambda p: p.created_at, reverse=True)
    if backfill_since is not None:
        posts = [p for p in posts if p.created_at >= backfill_since]
    return FetchResult(
        account=account.key,
        posts=tuple(posts),
        cursor=state.dump(),
        retry_after=run.retry_after,
        bytes_read=run.bytes_read,
        warnings=tuple(_scrub(w, session.token) for w in run.warnings),
        posts_read=run.read,
    )


async def _first_poll(session: _Session, state: _State, run: _Run, *, backfill_since: datetime | None) -> None:
    """One small page of the newest posts; its newest id becomes `since_id`."""
    params = _timeline_params(FIRST_POLL_RESULTS)
    if backfill_since is not None:
        # Posts older than this would be dropped anyway; don't pay for them.
        start = max(backfill_since.astimezone(UTC), _EARLIEST_START)
        params["start_time"] = start.strftime("%Y-%m-%dT%H:%M:%SZ")
    page = await _page(session, state, run, params)
    if page is not None and page.newest:
        state.since_id = page.newest


async def _poll_newer(session: _Session, state: _State, run: _Run, *, budget: int | None) -> None:
    """Everything newer than `since_id`, newest first, until done or the budget is spent."""
    assert state.since_id is not None
    after = state.since_id
    newest, oldest, complete = await _read_range(session, state, run, after=after, before=None, budget=budget)
    if newest is None:
        return
    state.since_id = newest
    if not complete and oldest is not None:
        _add_gap(state, run, (after, oldest))


async def _fill_gaps(session: _Session, state: _State, run: _Run, *, budget: int | None) -> None:
    """Read ranges a previous poll had to leave, newest gap first, with what budget is left."""
    remaining: list[tuple[str, str]] = []
    for after, before in sorted(state.gaps, key=lambda g: int(g[1]), reverse=True):
        if run.exhausted or not _can_read(run, budget):
            remaining.append((after, before))
            continue
        _newest, oldest, complete = await _read_range(session, state, run, after=after, before=before, budget=budget)
        if not complete:
            # Read from the top down: what is left lies between `after` and the oldest read.
            remaining.append((after, oldest or before))
    state.gaps = [g for g in remaining if int(g[0]) + 1 < int(g[1])]


async def _read_range(
    session: _Session,
    state: _State,
    run: _Run,
    *,
    after: str,
    before: str | None,
    budget: int | None,
) -> tuple[str | None, str | None, bool]:
    """Page through posts with after < id < before. Returns (newest, oldest, complete)."""
    newest: str | None = None
    oldest: str | None = None
    token: str | None = None
    while True:
        if run.exhausted or not _can_read(run, budget):
            return newest, oldest, False
        size = POLL_RESULTS if budget is None else min(POLL_RESULTS, budget - run.read)
        params = _timeline_params(size)
        params["since_id"] = after
        if before is not None:
            params["until_id"] = before
        if token is not None:
            params["pagination_token"] = token
        page = await _page(session, state, run, params)
        if page is None:  # failed after earlier pages had been read
            return newest, oldest, False
        if page.newest and (newest is None or int(page.newest) > int(newest)):
            newest = page.newest
        if page.oldest and (oldest is None or int(page.oldest) < int(oldest)):
            oldest = page.oldest
        if not page.next_token:
            return newest, oldest, True
        token = page.next_token


def _can_read(run: _Run, budget: int | None) -> bool:
    if run.pages >= MAX_PAGES:
        return False
    return budget is None or budget - run.read >= MIN_RESULTS


def _add_gap(state: _State, run: _Run, gap: tuple[str, str]) -> None:
    if int(gap[0]) + 1 >= int(gap[1]):
        return
    state.gaps.append(gap)
    if len(state.gaps) > MAX_GAPS:
        state.gaps.sort(key=lambda g: int(g[1]), reverse=True)
        dropped = state.gaps[MAX_GAPS:]
        state.gaps = state.gaps[:MAX_GAPS]
        run.warnings.extend(f"gave up on unread posts between ids {a} and {b} (too many gaps)" for a, b in dropped)


@dataclass(frozen=True)
class _Page:
    newest: str | None
    oldest: str | None
    next_token: str | None


def _timeline_params(max_results: int) -> dict[str, str]:
    return {
        "max_results": str(max(MIN_RESULTS, min(100, max_results))),
        "tweet.fields": TWEET_FIELDS,
        "expansions": EXPANSIONS,
    }


async def _page(session: _Session, state: _State, run: _Run, params: dict[str, str]) -> _Page | None:
    """One timeline request, folded into `run`.

    Returns None when the request failed after earlier pages had been read: those posts are
    paid for and kept, so the failure becomes a warning. A failure before anything was read
    is raised.
    """
    account = session.account
    try:
        fetched = await session.get(f"/2/users/{state.user_id}/tweets", params)
        run.pages += 1
        run.bytes_read += len(fetched.body)
        _raise_for_x_status(fetched, account=account.key, now=session.now)
        payload = _json(fetched, account=account.key)
        if not isinstance(payload, dict):
            raise ParseError("timeline response is not a JSON object", account=account.key)
        data = payload.get("data")
        if data is None and payload.get("errors"):
            # No posts at all, only problems: the account is protected, suspended or gone.
            problems = _problem_messages(payload.get("errors"), account=account.key)
            raise FetchError(
                "; ".join(problems),
                account=account.key,
                status=fetched.status,
                permanent=_is_gone(payload.get("errors")),
            )
        posts, warnings = parse_timeline(payload, account=account)
    except FetchError as e:
        if run.read == 0 and not run.posts:
            raise
        run.exhausted = True
        run.retry_after = _later(run.retry_after, e.retry_after)
        run.warnings.append(f"stopped reading early, will resume later: {_bare(e)}")
        return None
    except ParseError as e:
        if run.read == 0 and not run.posts:
            raise
        run.exhausted = True
        run.warnings.append(f"stopped reading early, will resume later: {_bare(e)}")
        return None

    run.read += len(data) if isinstance(data, list) else (1 if isinstance(data, dict) else 0)
    run.add(posts)
    run.warnings.extend(warnings)
    wait = _rate_limit_wait(fetched.headers, now=session.now)
    if wait is not None:
        # The window is spent: this page counts, the next request would be refused.
        run.exhausted = True
        run.retry_after = _later(run.retry_after, wait)

    meta = payload.get("meta")
    meta = meta if isinstance(meta, dict) else {}
    ids = [int(_item_id(item)) for item in _items(data) if _valid_item(item)]
    newest = _meta_id(meta, "newest_id") or (str(max(ids)) if ids else None)
    oldest = _meta_id(meta, "oldest_id") or (str(min(ids)) if ids else None)
    next_token = meta.get("next_token")
    return _Page(
        newest=newest,
        oldest=oldest,
        next_token=next_token if isinstance(next_token, str) and next_token else None,
    )


def _json(fetched: Fetched, *, account: str) -> Any:
    try:
        return json.loads(fetched.body)
    except (ValueError, UnicodeDecodeError) as e:
        kind = fetched.content_type or "no content type"
        raise ParseError(f"response is not valid JSON ({kind}): {e}", account=account) from e


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    return [data] if isinstance(data, dict) else []


def _valid_item(item: Any) -> bool:
    try:
        _item_id(item)
    except _SkipItem:
        return False
    return True


def _meta_id(meta: dict[str, Any], name: str) -> str | None:
    value = meta.get(name)
    return value if isinstance(value, str) and _ID.fullmatch(value) else None


def _later(a: float | None, b: float | None) -> float | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


async def _lookup(session: _Session, username: str) -> str | None:
    """The numeric id behind a username, or None when X has no such user."""
    key = session.account.key
    fetched = await session.get(f"/2/users/by/username/{username}")
    if fetched.status == 404:
        return None
    _raise_for_x_status(fetched, account=key, now=session.now)
    payload = _json(fetched, account=key)
    if not isinstance(payload, dict):
        raise ParseError("user lookup response is not a JSON object", account=key)
    data = payload.get("data")
    if isinstance(data, dict):
        user_id = data.get("id")
        if isinstance(user_id, str) and _ID.fullmatch(user_id):
            return user_id
        raise ParseError("user lookup returned no valid numeric id", account=key)
    errors = payload.get("errors")
    if errors is None or _is_gone(errors):
        return None
    raise FetchError(
        "; ".join(_problem_messages(errors, account=key)) or "user lookup failed",
        account=key,
        status=fetched.status,
    )


def _is_gone(errors: Any) -> bool:
    """True when the problems say the user or resource does not exist."""
    if not isinstance(errors, list):
        return False
    for problem in errors:
        if isinstance(problem, dict):
            kind = str(problem.get("type", "")) + str(problem.get("title", ""))
            if "resource-not-found" in kind or "Not Found" in kind:
                return True
    return False


async def check(client: httpx.AsyncClient, account: Account, *, token: str | None, now: datetime) -> str:
    """Whether the account's username exists on X, for `vahti accounts check` (one user read)."""
    try:
        session = _session(client, account, token=token, now=now, max_bytes=DEFAULT_MAX_BYTES)
    except XSkipped:
        return "skipped: no X token"
    username = _username(account)
    if username is None:
        return "not found"
    try:
        user_id = await _lookup(session, username)
    except SourceError as e:
        if _leaks(e, session.token):
            raise _scrubbed(e, session.token) from None
        raise
    return "not found" if user_id is None else f"found (id {user_id})"


def _username(account: Account) -> str | None:
    """The username from a handle (`name`, `@name`) or a profile URL (`https://x.com/name`)."""
    candidate = (account.handle or "").strip().lstrip("@")
    if not candidate and account.url:
        path = httpx.URL(account.url).path if "://" in account.url else account.url
        candidate = path.strip("/").split("/")[0].lstrip("@")
    return candidate if _USERNAME.fullmatch(candidate) else None


# --- statuses and limits -------------------------------------------------------------------


def _raise_for_x_status(fetched: Fetched, *, account: str, now: datetime) -> None:
    """Turn an X error status into a FetchError that says what it means and when to retry."""
    status = fetched.status
    if 200 <= status < 300:
        return
    problem = _problem_of(fetched)
    detail = f" ({_problem_text(problem)})" if problem else ""
    if status == 429:
        reset = _reset_in(fetched.headers, now=now)
        if _is_usage_cap(problem, fetched.body):
            # A spending cap, not a rate window: retrying soon only burns requests.
            wait = reset if reset is not None else _until_next_utc_day(now)
            raise FetchError(
                f"usage cap reached{detail}; next try in {wait:.0f} s",
                account=account,
                status=429,
                retry_after=wait,
                permanent=False,
            )
        limit_wait = reset
        if limit_wait is None:
            limit_wait = retry_after_seconds(fetched.headers.get("retry-after"), now=now)
        if limit_wait is None:
            limit_wait = 15 * 60.0  # the length of X's rate-limit windows
        raise FetchError(
            f"rate limited (HTTP 429); resets in {limit_wait:.0f} s",
            account=account,
            status=429,
            retry_after=limit_wait,
        )
    if status == 401:
        msg = "the X token was refused (HTTP 401); check X_BEARER_TOKEN"
    elif status == 403:
        msg = f"access refused (HTTP 403){detail}; protected account or app lacks access"
    elif status in (404, 410):
        msg = f"not found (HTTP {status}){detail}"
    elif status >= 500:
        msg = f"server error (HTTP {status})"
    else:
        msg = f"unexpected HTTP {status}{detail}"
    raise FetchError(
        msg,
        account=account,
        status=status,
        retry_after=retry_after_seconds(fetched.headers.get("retry-after"), now=now),
        permanent=status in (404, 410),
    )


def _problem_of(fetched: Fetched) -> dict[str, Any]:
    try:
        body = json.loads(fetched.body)
    except (ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(body, dict):
        return {}
    errors = body.get("errors")
    if "title" not in body and "detail" not in body and isinstance(errors, list) and errors:
        first = errors[0]
        return first if isinstance(first, dict) else {}
    return body


def _is_usage_cap(problem: dict[str, Any], body: bytes) -> bool:
    words = " ".join(str(problem.get(k, "")) for k in ("type", "title", "detail")).lower()
    words += " " + body[:2000].decode("utf-8", "replace").lower()
    return any(sign in words for sign in ("usage-capped", "usagecap", "usage cap"))


def _header_number(headers: httpx.Headers, name: str) -> float | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return float(value.strip())
    except ValueError:
        return None


def _reset_in(headers: httpx.Headers, *, now: datetime) -> float | None:
    """Seconds until `x-rate-limit-reset` (epoch seconds), if the header is there."""
    reset = _header_number(headers, "x-rate-limit-reset")
    if reset is None:
        return None
    return max(0.0, reset - now.timestamp())


def _rate_limit_wait(headers: httpx.Headers, *, now: datetime) -> float | None:
    """Seconds to wait when the window's requests are used up; None while some remain."""
    remaining = _header_number(headers, "x-rate-limit-remaining")
    if remaining is None or remaining > 0:
        return None
    reset = _reset_in(headers, now=now)
    return reset if reset is not None else 15 * 60.0


def _until_next_utc_day(now: datetime) -> float:
    now = now.astimezone(UTC)
    tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return (tomorrow - now).total_seconds()


# --- secrets -------------------------------------------------------------------------------


_REDACTED = "[redacted]"


def _scrub(text: str, token: str) -> str:
    return text.replace(token, _REDACTED) if token else text


def _leaks(e: BaseException, token: str) -> bool:
    """True when the error, or any error it was raised from, quotes the token."""
    seen: BaseException | None = e
    depth = 0
    while seen is not None and depth < 10:
        if token and (token in str(seen) or token in repr(seen)):
            return True
        seen = seen.__cause__ or seen.__context__
        depth += 1
    return False


def _scrubbed(e: SourceError, token: str) -> SourceError:
    """The same error with the token cut out of its message and its quoting causes cut off."""
    e.args = tuple(_scrub(a, token) if isinstance(a, str) else a for a in e.args)
    e.__cause__ = None
    e.__context__ = None
    return e


def _bare(e: SourceError) -> str:
    """An error's message without the `account: ` prefix SourceError adds."""
    text = str(e)
    prefix = f"{e.account}: " if e.account else ""
    return text[len(prefix) :] if prefix and text.startswith(prefix) else text
