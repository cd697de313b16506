"""The plain records that flow between Vahti's stages.

Every stage (sources, storage, analysis, digest, notify) speaks in these frozen dataclasses and
nothing else, so that each stage can be tested with data in and data out. Standard library only.
All datetimes are timezone-aware and in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

PLATFORMS: tuple[str, ...] = ("feed", "bluesky", "mastodon", "x")
CHANNEL_KINDS: tuple[str, ...] = (
    "slack",
    "teams",
    "discord",
    "google_chat",
    "mattermost",
    "webhook",
    "console",
)
LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")

Label = Literal["positive", "negative", "neutral"]


@dataclass(frozen=True, slots=True)
class Account:
    """One place where an official publishes: a platform plus a handle or a URL.

    `api` overrides the API base URL derived from the handle (tests and local mirrors use it).
    """

    official_id: str
    platform: str
    handle: str | None = None
    url: str | None = None
    api: str | None = None
    enabled: bool = True

    @property
    def ident(self) -> str:
        """The handle or URL that identifies the account on its platform."""
        return self.handle or self.url or ""

    @property
    def key(self) -> str:
        """A stable key, unique across the configuration: `platform:handle-or-url`."""
        return f"{self.platform}:{self.ident}"


@dataclass(frozen=True, slots=True)
class Official:
    """A person or organisation whose public posts Vahti follows."""

    id: str
    name: str
    role: str = ""
    organisation: str = ""
    accounts: tuple[Account, ...] = ()


@dataclass(frozen=True, slots=True)
class Topic:
    """What a post must be about to count: terms per language; `*` marks any ending."""

    id: str
    name: str
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Post:
    """One normalised post, whatever its platform.

    `native_id` is the platform's own id (a feed's guid, else its link); `(platform, native_id)`
    is unique. `raw` keeps the source's own payload for provenance.
    """

    platform: str
    native_id: str
    official_id: str
    account: str
    url: str | None
    text: str
    created_at: datetime
    lang: str | None = None
    title: str | None = None
    edited_at: datetime | None = None
    is_repost: bool = False
    is_reply: bool = False
    raw: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Cursor:
    """What an account's next poll starts from; opaque to everyone but its source."""

    etag: str | None = None
    last_modified: str | None = None
    position: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of polling one account: posts and a new cursor, or an error.

    `not_modified` is a 304 or an unchanged page: success with nothing to parse.
    `retry_after` is the server's own wish (Retry-After, Cache-Control max-age, a feed's ttl).
    `window_start`, when set, promises that `posts` holds every live post created at or after it;
    a stored post of that window that is missing was deleted at the source.
    `warnings` holds a partial success's messages (X's `errors[]` beside `data`): the posts are
    good, but something beside them was not. `posts_read` counts every post the source returned,
    kept or dropped, for sources that pay per post read (X).
    """

    account: str
    posts: tuple[Post, ...] = ()
    cursor: Cursor | None = None
    error: str | None = None
    not_modified: bool = False
    retry_after: float | None = None
    permanent: bool = False
    bytes_read: int = 0
    window_start: datetime | None = None
    warnings: tuple[str, ...] = ()
    posts_read: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class Score:
    """How one post speaks about one topic, with the words that moved the numbers.

    `stance` and `label` are None when the post is not relevant or its language is unsupported:
    no stance is better than a wrong one.
    """

    topic: str
    scorer_version: str
    lang: str
    relevant: bool
    terms: tuple[str, ...] = ()
    sentiment: float = 0.0
    stance: float | None = None
    label: Label | None = None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredPost:
    """A post as storage returns it: its database id, the post, and its score for a topic."""

    id: int
    post: Post
    fetched_at: datetime
    deleted_at: datetime | None = None
    score: Score | None = None
    revisions: int = 0


@dataclass(frozen=True, slots=True)
class AccountHealth:
    """How an account's polling is going; shown in `vahti status` and in the digest."""

    account: str
    official_id: str
    platform: str
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    consecutive_failures: int = 0
    last_error: str | None = None
    next_poll: datetime | None = None
    posts_per_day: float | None = None
    state: Literal["ok", "failing", "silent", "new", "disabled"] = "ok"


@dataclass(frozen=True, slots=True)
class DigestPost:
    """One post as the digest shows it."""

    post_id: int
    official_id: str
    platform: str
    url: str | None
    created_at: datetime
    lang: str
    label: Label | None
    stance: float | None
    snippet: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OfficialSummary:
    """One official's part of a digest."""

    official_id: str
    name: str
    role: str
    organisation: str
    relevant_posts: int
    mean_stance: float | None
    positive: int = 0
    negative: int = 0
    neutral: int = 0
    trend: tuple[float | None, ...] = ()
    posts: tuple[DigestPost, ...] = ()


@dataclass(frozen=True, slots=True)
class ChangedPost:
    """A post of the period that was edited or deleted after Vahti first saw it."""

    post_id: int
    official_id: str
    url: str | None
    change: Literal["edited", "deleted"]
    at: datetime
    snippet: str


@dataclass(frozen=True, slots=True)
class Digest:
    """Everything one day's message says, as pure data; renderers only lay it out.

    `period_start` is inclusive and `period_end` exclusive, both UTC. `timezone` and `language`
    tell renderers how to show times and labels.
    """

    topic_id: str
    topic_name: str
    period_start: datetime
    period_end: datetime
    timezone: str
    language: str
    relevant_posts: int
    mean_stance: float | None
    previous_mean_stance: float | None = None
    previous_relevant_posts: int | None = None
    positive: int = 0
    negative: int = 0
    neutral: int = 0
    officials: tuple[OfficialSummary, ...] = ()
    changed: tuple[ChangedPost, ...] = ()
    accounts: tuple[AccountHealth, ...] = ()
    notices: tuple[str, ...] = ()
    # Added for the renderers: the local day of each value in OfficialSummary.trend, oldest
    # first, and the display name of every configured official (health lines name officials
    # that have no posts in the period).
    trend_days: tuple[date, ...] = ()
    official_names: dict[str, str] = field(default_factory=dict)

    @property
    def quiet(self) -> bool:
        return self.relevant_posts == 0


@dataclass(frozen=True, slots=True)
class SavedPost:
    """A post that storage inserted or changed; only these move on to scoring."""

    id: int
    post: Post
    change: Literal["new", "edited"]


@dataclass(frozen=True, slots=True)
class AccountState:
    """An account's stored polling state: its cursor, health and posting rhythm."""

    account: str
    official_id: str
    platform: str
    cursor: Cursor = field(default_factory=Cursor)
    last_attempt: datetime | None = None
    last_success: datetime | None = None
    consecutive_failures: int = 0
    last_error: str | None = None
    permanent_error: bool = False
    next_poll: datetime | None = None
    last_post_at: datetime | None = None
    posts_per_day: float | None = None
    last_recheck: datetime | None = None
    first_success: datetime | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """One digest owed to one channel: the outbox row, with the digest's content."""

    id: int
    digest_id: int
    topic: str
    period_start: datetime
    period_end: datetime
    channel: str
    kind: str
    status: str
    attempts: int
    parts_total: int
    parts_sent: int
    next_attempt: datetime | None
    last_error: str | None
    content: dict[str, Any] | None
    sent_at: datetime | None = None


# ----------------------------------------------------------------------------------------------
# A lossless JSON form of the records, for storing a digest in the outbox and reading it back.
# (The generic webhook's public schema is a separate, documented format in bot.notify.webhook.)


def to_jsonable(obj: Any) -> Any:
    """Dataclasses, tuples and datetimes as plain JSON values (datetimes as ISO 8601)."""
    import dataclasses

    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [to_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    return obj


def from_jsonable(cls: type[Any], data: Any) -> Any:
    """The inverse of to_jsonable for the record types of this module."""
    import dataclasses
    import types
    import typing

    def conv(tp: Any, value: Any) -> Any:
        if value is None:
            return None
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            return conv(args[0], value) if len(args) == 1 else value
        if origin is tuple:
            targs = typing.get_args(tp)
            inner = targs[0] if targs else Any
            return tuple(conv(inner, v) for v in value)
        if origin is Literal:
            return value
        if tp is datetime:
            return datetime.fromisoformat(value)
        if tp is date:
            return date.fromisoformat(value)
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            hints = typing.get_type_hints(tp)
            return tp(**{f.name: conv(hints[f.name], value[f.name]) for f in dataclasses.fields(tp) if f.name in value})
        return value

    return conv(cls, data)
