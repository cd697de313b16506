"""Load and validate Vahti's configuration: `vahti.toml`, `officials.toml` and the environment.

Why so strict: the people who edit these files are communications staff, not engineers, and the
worker runs unattended. A mistake must be refused before it takes effect, with the file, the line,
the field and what would be valid, and every problem must be reported at once so that one round of
editing fixes them all. Secrets (webhook URLs, tokens) stay in the environment or `.env`; the TOML
only names the variable that holds them.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import ConfigError
from bot.model import CHANNEL_KINDS, LANGUAGES, PLATFORMS, Account, Official, Topic

DEFAULT_DATABASE_URL = "sqlite:///data/vahti.db"
VAHTI_TOML = "vahti.toml"
OFFICIALS_TOML = "officials.toml"

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_DURATION_RE = re.compile(r"^(\d+(?:\.\d+)?)\s*(s|m|h|d)?$")
_ENV_RE = re.compile(r"^[A-Z_][A-Z0-9_]*$")
_MASTODON_RE = re.compile(r"^@?[A-Za-z0-9_.-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_BSKY_RE = re.compile(r"^(did:(plc|web):[A-Za-z0-9._:%-]+|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$")
_X_RE = re.compile(r"^@?[A-Za-z0-9_]{1,15}$")


@dataclass(frozen=True, slots=True)
class Channel:
    """A chat destination: `url_env` names the variable holding its (secret) URL."""

    name: str
    kind: str
    url_env: str | None = None


@dataclass(frozen=True, slots=True)
class DigestSettings:
    time: dtime = dtime(8, 0)
    language: str = "fi"
    channels: tuple[Channel, ...] = ()
    quiet: str = "post"  # "post" a short line, or "skip"
    max_posts_per_official: int = 10


@dataclass(frozen=True, slots=True)
class PollingSettings:
    min_interval: float = 300.0
    max_interval: float = 6 * 3600.0
    interval: float = 900.0
    per_host_concurrency: int = 4
    concurrency: int = 50
    timeout: float = 20.0
    max_body_bytes: int = 5 * 1024 * 1024
    backfill_days: int = 30
    recheck_days: int = 7
    max_backoff: float = 6 * 3600.0


@dataclass(frozen=True, slots=True)
class SourceSettings:
    bluesky_api_url: str = "https://public.api.bsky.app"
    x_api_url: str = "https://api.x.com"
    x_max_posts_per_day: int | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """The whole validated configuration. Built by `load`, or by `from_dicts` in tests."""

    config_dir: Path
    timezone: str = "Europe/Helsinki"
    topics: tuple[Topic, ...] = ()
    digest: DigestSettings = field(default_factory=DigestSettings)
    polling: PollingSettings = field(default_factory=PollingSettings)
    sources: SourceSettings = field(default_factory=SourceSettings)
    officials: tuple[Official, ...] = ()
    database_url: str = DEFAULT_DATABASE_URL
    env: Mapping[str, str] = field(default_factory=dict, repr=False)
    retention_raw_days: int | None = None
    retention_posts_days: int | None = None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def official(self, official_id: str) -> Official | None:
        return next((o for o in self.officials if o.id == official_id), None)

    def accounts(self, *, include_disabled: bool = False) -> list[Account]:
        """Every account, with the platform's API base filled in from `[sources]` when unset."""
        out = []
        for official in self.officials:
            for acc in official.accounts:
                if not acc.enabled and not include_disabled:
                    continue
                if acc.api is None and acc.platform == "bluesky":
                    acc = replace(acc, api=self.sources.bluesky_api_url)
                elif acc.api is None and acc.platform == "x":
                    acc = replace(acc, api=self.sources.x_api_url)
                out.append(acc)
        return out

    def channel_url(self, channel: Channel) -> str | None:
        """The channel's secret URL from the environment; None for the console."""
        if channel.kind == "console" or not channel.url_env:
            return None
        return self.env.get(channel.url_env) or None

    @property
    def channels(self) -> tuple[Channel, ...]:
        """The configured channels; the console when none is configured (a dry run)."""
        return self.digest.channels or (Channel(name="console", kind="console"),)

    def secrets(self) -> list[str]:
        """Every secret value in play, for log redaction."""
        values = [self.channel_url(c) for c in self.digest.channels]
        values.append(self.env.get("X_BEARER_TOKEN"))
        password = _url_password(self.database_url)
        if password:
            values.append(password)
        return [v for v in values if v and len(v) >= 6]


def _url_password(url: str) -> str | None:
    from urllib.parse import unquote, urlsplit

    try:
        password = urlsplit(url).password
    except ValueError:
        return None
    return unquote(password) if password else None


# ---------------------------------------------------------------------------------------------
# Locating lines: tomllib gives values without positions, so we find a field's line in the text.


class _Lines:
    """Find the line of a table header or a key inside it, for error messages."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def header(self, *names: str) -> int | None:
        pats = [re.compile(r"^\s*\[\[?\s*" + r"\s*\.\s*".join(_key_pat(n) for n in names) + r"\s*\]")]
        for i, line in enumerate(self.lines, 1):
            if any(p.match(line) for p in pats):
                return i
        return None

    def key(self, key: str, *, start: int | None = 1, nth: int = 0) -> int | None:
        """The line of the `nth` occurrence of `key = ` at or after line `start`."""
        pat = re.compile(r"(^|[\s{,])" + _key_pat(key) + r"\s*=")
        seen = 0
        begin = (start or 1) - 1
        for i in range(begin, len(self.lines)):
            line = self.lines[i]
            new_table = re.match(r"^\s*\[", line) and not line.strip().startswith("[[")
            if i > begin and new_table and start is not None and start > 1:
                break
            for _ in pat.finditer(_strip_comment(line)):
                if seen == nth:
                    return i + 1
                seen += 1
        return None

    def nth_header(self, name: str, nth: int) -> int | None:
        pat = re.compile(r"^\s*\[\[\s*" + _key_pat(name) + r"\s*\]\]")
        seen = 0
        for i, line in enumerate(self.lines, 1):
            if pat.match(line):
                if seen == nth:
                    return i
                seen += 1
        return None


def _key_pat(name: str) -> str:
    return r"(?:" + re.escape(name) + r'|"' + re.escape(name) + r'"' + r"|'" + re.escape(name) + "')"


def _strip_comment(line: str) -> str:
    # Good enough for locating keys: a '#' outside quotes starts a comment.
    out, quote = [], ""
    for ch in line:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            break
        out.append(ch)
    return "".join(out)


class _Problems:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[str] = []

    def add(self, line: int | None, where: str, message: str) -> None:
        loc = f"{self.path}:{line}" if line else f"{self.path}"
        self.items.append(f"{loc}: {where}: {message}")


# ---------------------------------------------------------------------------------------------


def parse_duration(value: Any) -> float:
    """Seconds from 300, "300", "90s", "5m", "6h" or "1d"."""
    if isinstance(value, bool):
        raise ValueError('a duration, such as 300, "5m" or "6h"')
    if isinstance(value, int | float):
        if value <= 0:
            raise ValueError("a positive duration")
        return float(value)
    if isinstance(value, str):
        m = _DURATION_RE.match(value.strip().lower())
        if m:
            n = float(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2) or "s"]
            if n > 0:
                return n
    raise ValueError(f'{value!r} is not a duration; use seconds or a string such as "5m" or "6h"')


def _read_toml(path: Path, problems: _Problems) -> tuple[dict[str, Any], _Lines] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.add(None, "file", "not found; create it (see config/ in the repository)")
        return None
    except UnicodeDecodeError as e:
        problems.add(None, "file", f"is not UTF-8 ({e.reason} at byte {e.start})")
        return None
    except OSError as e:
        problems.add(None, "file", f"cannot be read: {e.strerror}")
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        msg = str(e)
        m = re.search(r"at line (\d+)", msg)
        line = int(m.group(1)) if m else None
        if "twice" in msg and "officials" in msg:
            msg += "; each official needs a unique id"
        problems.add(line, "syntax", msg)
        return None
    return data, _Lines(text)


def _official_accounts(oid: str, raw: dict[str, Any], lines: _Lines, problems: _Problems) -> tuple[Account, ...]:
    start = lines.header("officials", oid)
    accounts_raw = raw.get("accounts", [])
    if not isinstance(accounts_raw, list):
        problems.add(
            lines.key("accounts", start=start),
            f"officials.{oid}.accounts",
            "must be a list of tables",
        )
        return ()
    out: list[Account] = []
    for i, acc in enumerate(accounts_raw):
        where = f"officials.{oid}.accounts[{i}]"
        line = lines.key("platform", start=start, nth=i) or lines.key("accounts", start=start)
        if not isinstance(acc, dict):
            problems.add(line, where, 'must be a table such as { platform = "feed", url = "https://..." }')
            continue
        unknown = set(acc) - {"platform", "handle", "url", "enabled", "api", "note"}
        if unknown:
            problems.add(
                line,
                where,
                f"unknown field(s) {', '.join(sorted(unknown))}; valid: platform, handle, url, api, enabled",
            )
        platform = acc.get("platform")
        if platform not in PLATFORMS:
            problems.add(
                line,
                f"{where}.platform",
                f"unknown platform {platform!r}; valid: {', '.join(PLATFORMS)}",
            )
            continue
        handle, url, api = acc.get("handle"), acc.get("url"), acc.get("api")
        enabled = acc.get("enabled", True)
        if not isinstance(enabled, bool):
            problems.add(line, f"{where}.enabled", "must be true or false")
            enabled = True
        if api is not None and not (isinstance(api, str) and re.match(r"^https?://", api)):
            problems.add(line, f"{where}.api", f"{api!r} is not an http(s) URL")
            api = None
        if platform == "feed":
            if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+", url):
                problems.add(line, f"{where}.url", 'a feed needs url = "https://..." (http or https)')
                continue
            out.append(Account(official_id=oid, platform="feed", url=url, api=api, enabled=enabled))
            continue
        if not isinstance(handle, str) or not handle.strip():
            problems.add(
                line,
                f"{where}.handle",
                f'missing handle; a {platform} account needs handle = "..."',
            )
            continue
        handle = handle.strip()
        if platform == "mastodon" and not _MASTODON_RE.match(handle):
            problems.add(
                line,
                f"{where}.handle",
                f'{handle!r} is not a Mastodon handle; use "@user@instance.example"',
            )
            continue
        if platform == "bluesky":
            handle = handle.lstrip("@")
            if not _BSKY_RE.match(handle):
                problems.add(
                    line,
                    f"{where}.handle",
                    f'{handle!r} is not a Bluesky handle or DID; use "name.bsky.social" or "did:plc:..."',
                )
                continue
        if platform == "x":
            handle = handle.lstrip("@")
            if not _X_RE.match(handle):
                problems.add(
                    line,
                    f"{where}.handle",
                    f"{handle!r} is not an X username (1-15 letters, digits or _)",
                )
                continue
        if platform == "mastodon" and not handle.startswith("@"):
            handle = "@" + handle
        out.append(Account(official_id=oid, platform=platform, handle=handle, api=api, enabled=enabled))
    return tuple(out)


def _load_officials(data: dict[str, Any], lines: _Lines, problems: _Problems) -> tuple[Official, ...]:
    unknown = set(data) - {"officials"}
    for key in sorted(unknown):
        problems.add(
            lines.header(key) or lines.key(key),
            key,
            "unknown section; officials go under [officials.<id>]",
        )
    section = data.get("officials", {})
    if not isinstance(section, dict):
        problems.add(lines.key("officials"), "officials", "must be a table of [officials.<id>]")
        return ()
    officials = []
    seen_accounts: dict[str, str] = {}
    for oid, raw in section.items():
        line = lines.header("officials", oid)
        if not _ID_RE.match(oid):
            problems.add(
                line,
                f"officials.{oid}",
                "id must be lowercase letters, digits, - or _ (e.g. karhunen)",
            )
        if not isinstance(raw, dict):
            problems.add(line, f"officials.{oid}", "must be a table with name, role, organisation, accounts")
            continue
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.add(line, f"officials.{oid}.name", "missing; give the person's or organisation's name")
            name = oid
        for fld in ("role", "organisation"):
            if fld in raw and not isinstance(raw[fld], str):
                problems.add(lines.key(fld, start=line), f"officials.{oid}.{fld}", "must be text")
        unknown_f = set(raw) - {"name", "role", "organisation", "accounts", "note"}
        for fld in sorted(unknown_f):
            problems.add(
                lines.key(fld, start=line) or line,
                f"officials.{oid}.{fld}",
                "unknown field; valid: name, role, organisation, accounts",
            )
        accounts = _official_accounts(oid, raw, lines, problems)
        for i, acc in enumerate(accounts):
            other = seen_accounts.get(acc.key.lower())
            if other:
                problems.add(
                    lines.key("platform", start=line, nth=i),
                    f"officials.{oid}.accounts[{i}]",
                    f"{acc.key} is already listed under officials.{other}",
                )
            seen_accounts[acc.key.lower()] = oid
        officials.append(
            Official(
                id=oid,
                name=str(name).strip(),
                role=str(raw.get("role", "")),
                organisation=str(raw.get("organisation", "")),
                accounts=accounts,
            )
        )
    return tuple(officials)


def _load_vahti(
    data: dict[str, Any],
    lines: _Lines,
    problems: _Problems,
    env: Mapping[str, str],
    *,
    check_env: bool,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    known = {"timezone", "topics", "digest", "polling", "sources", "retention"}
    for key in sorted(set(data) - known):
        problems.add(
            lines.header(key) or lines.key(key),
            key,
            f"unknown setting; valid: {', '.join(sorted(known))}",
        )

    tz = data.get("timezone", "Europe/Helsinki")
    try:
        if not isinstance(tz, str):
            raise ZoneInfoNotFoundError
        ZoneInfo(tz)
        out["timezone"] = tz
    except (ZoneInfoNotFoundError, ValueError):
        problems.add(
            lines.key("timezone"),
            "timezone",
            f'{tz!r} is not a known time zone; use an IANA name such as "Europe/Helsinki"',
        )

    topics = []
    raw_topics = data.get("topics", [])
    if not isinstance(raw_topics, list) or not raw_topics:
        problems.add(
            lines.header("topics") or None,
            "topics",
            "at least one [[topics]] with id, name and terms is needed",
        )
        raw_topics = raw_topics if isinstance(raw_topics, list) else []
    seen_topics: set[str] = set()
    for i, t in enumerate(raw_topics):
        line = lines.nth_header("topics", i)
        where = f"topics[{i}]"
        if not isinstance(t, dict):
            problems.add(line, where, "must be a table")
            continue
        tid = t.get("id")
        if not isinstance(tid, str) or not _ID_RE.match(tid):
            problems.add(
                lines.key("id", start=line) or line,
                f"{where}.id",
                "needs an id of lowercase letters, digits, - or _",
            )
            continue
        if tid in seen_topics:
            problems.add(lines.key("id", start=line) or line, f"{where}.id", f"duplicate topic id {tid!r}")
        seen_topics.add(tid)
        terms_raw = t.get("terms")
        terms: dict[str, tuple[str, ...]] = {}
        if not isinstance(terms_raw, dict) or not terms_raw:
            problems.add(
                lines.key("terms", start=line) or line,
                f"topics.{tid}.terms",
                'needs a table of language -> list of terms, e.g. fi = ["Kuntaliitto*"]',
            )
        else:
            for lang, lst in terms_raw.items():
                if lang not in (*LANGUAGES, "any"):
                    problems.add(
                        lines.key(lang, start=line),
                        f"topics.{tid}.terms.{lang}",
                        f"unknown language; valid: {', '.join(LANGUAGES)}, any",
                    )
                    continue
                if not isinstance(lst, list) or not all(isinstance(x, str) and x.strip() for x in lst):
                    problems.add(
                        lines.key(lang, start=line),
                        f"topics.{tid}.terms.{lang}",
                        "must be a list of non-empty strings",
                    )
                    continue
                terms[lang] = tuple(x.strip() for x in lst)
        topics.append(Topic(id=tid, name=str(t.get("name", tid)), terms=terms))
    out["topics"] = tuple(topics)

    d = data.get("digest", {})
    dline = lines.header("digest")
    if not isinstance(d, dict):
        problems.add(dline, "digest", "must be a table")
        d = {}
    dig: dict[str, Any] = {}
    tval = d.get("time", "08:00")
    m = _TIME_RE.match(tval) if isinstance(tval, str) else None
    if not m:
        problems.add(
            lines.key("time", start=dline),
            "digest.time",
            f'{tval!r} is not a time; use 24-hour "HH:MM", e.g. "08:00"',
        )
    else:
        dig["time"] = dtime(int(m.group(1)), int(m.group(2)))
    lang = d.get("language", "fi")
    if lang not in LANGUAGES:
        problems.add(
            lines.key("language", start=dline),
            "digest.language",
            f"{lang!r} is not supported; valid: {', '.join(LANGUAGES)}",
        )
    else:
        dig["language"] = lang
    quiet = d.get("quiet", "post")
    if quiet not in ("post", "skip"):
        problems.add(
            lines.key("quiet", start=dline),
            "digest.quiet",
            f'{quiet!r}; valid: "post" (a short no-posts line) or "skip"',
        )
    else:
        dig["quiet"] = quiet
    mpo = d.get("max_posts_per_official", 10)
    if not isinstance(mpo, int) or isinstance(mpo, bool) or not 1 <= mpo <= 100:
        problems.add(
            lines.key("max_posts_per_official", start=dline),
            "digest.max_posts_per_official",
            "must be a whole number from 1 to 100",
        )
    else:
        dig["max_posts_per_official"] = mpo
    channels = []
    raw_ch = d.get("channels", [])
    if not isinstance(raw_ch, list):
        problems.add(
            lines.key("channels", start=dline),
            "digest.channels",
            "must be a list of { name, kind, url_env }",
        )
        raw_ch = []
    names: set[str] = set()
    for i, ch in enumerate(raw_ch):
        cline = lines.key("kind", start=dline, nth=i) or lines.key("channels", start=dline)
        where = f"digest.channels[{i}]"
        if not isinstance(ch, dict):
            problems.add(cline, where, "must be a table { name, kind, url_env }")
            continue
        name, kind, url_env = ch.get("name"), ch.get("kind"), ch.get("url_env")
        if not isinstance(name, str) or not _ID_RE.match(name):
            problems.add(cline, f"{where}.name", "needs a name of lowercase letters, digits, - or _")
            continue
        if name in names:
            problems.add(cline, f"{where}.name", f"duplicate channel name {name!r}")
        names.add(name)
        if kind not in CHANNEL_KINDS:
            problems.add(
                cline,
                f"{where}.kind",
                f"unknown channel kind {kind!r}; valid: {', '.join(CHANNEL_KINDS)}",
            )
            continue
        if kind != "console":
            if not isinstance(url_env, str) or not _ENV_RE.match(url_env):
                problems.add(
                    cline,
                    f"{where}.url_env",
                    'must name an environment variable (e.g. "SLACK_WEBHOOK_URL") that holds the webhook URL; never put the URL itself here',
                )
                continue
            if check_env and not env.get(url_env):
                problems.add(
                    cline,
                    f"{where}.url_env",
                    f"environment variable {url_env} is not set; put {url_env}=https://... in .env or the environment",
                )
        channels.append(Channel(name=name, kind=kind, url_env=url_env if kind != "console" else None))
    dig["channels"] = tuple(channels)
    out["digest"] = DigestSettings(**dig)

    p = data.get("polling", {})
    pline = lines.header("polling")
    pol: dict[str, Any] = {}
    if not isinstance(p, dict):
        problems.add(pline, "polling", "must be a table")
        p = {}
    for key in ("min_interval", "max_interval", "interval", "timeout", "max_backoff"):
        if key in p:
            try:
                pol[key] = parse_duration(p[key])
            except ValueError as e:
                problems.add(lines.key(key, start=pline), f"polling.{key}", str(e))
    for key, lo, hi in (
        ("per_host_concurrency", 1, 64),
        ("concurrency", 1, 1000),
        ("backfill_days", 0, 3650),
        ("recheck_days", 0, 90),
        ("max_body_bytes", 1024, 100 * 1024 * 1024),
    ):
        if key in p:
            v = p[key]
            if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
                problems.add(
                    lines.key(key, start=pline),
                    f"polling.{key}",
                    f"must be a whole number from {lo} to {hi}",
                )
            else:
                pol[key] = v
    for key in sorted(set(p) - {*PollingSettings.__dataclass_fields__}):
        problems.add(
            lines.key(key, start=pline),
            f"polling.{key}",
            f"unknown setting; valid: {', '.join(PollingSettings.__dataclass_fields__)}",
        )
    polling = PollingSettings(**pol)
    if polling.min_interval > polling.max_interval:
        problems.add(
            lines.key("min_interval", start=pline),
            "polling.min_interval",
            "must not exceed max_interval",
        )
    if "interval" not in pol:
        polling = replace(polling, interval=min(max(900.0, polling.min_interval), polling.max_interval))
    out["polling"] = polling

    s = data.get("sources", {})
    src: dict[str, Any] = {}
    if isinstance(s, dict):
        bs = s.get("bluesky", {})
        if isinstance(bs, dict) and "api_url" in bs:
            src["bluesky_api_url"] = str(bs["api_url"]).rstrip("/")
        xs = s.get("x", {})
        if isinstance(xs, dict):
            if "api_url" in xs:
                src["x_api_url"] = str(xs["api_url"]).rstrip("/")
            if "max_posts_per_day" in xs:
                v = xs["max_posts_per_day"]
                if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                    problems.add(
                        lines.key("max_posts_per_day"),
                        "sources.x.max_posts_per_day",
                        "must be a whole number ≥ 0 (posts read per day; each costs money)",
                    )
                else:
                    src["x_max_posts_per_day"] = v
    out["sources"] = SourceSettings(**src)

    r = data.get("retention", {})
    if isinstance(r, dict):
        for key, field_name in (("raw_payload_days", "retention_raw_days"), ("posts_days", "retention_posts_days")):
            if key not in r:
                continue
            v = r[key]
            if not isinstance(v, int) or isinstance(v, bool) or v < 1:
                problems.add(
                    lines.key(key),
                    f"retention.{key}",
                    "must be a whole number of days ≥ 1 (leave it out to keep everything)",
                )
            else:
                out[field_name] = v
        for key in sorted(set(r) - {"raw_payload_days", "posts_days"}):
            problems.add(lines.key(key), f"retention.{key}", "unknown setting; valid: raw_payload_days, posts_days")
    return out


def officials_problems(path: Path, text: str) -> list[str]:
    """Every problem in the text of an officials.toml that would be written to `path`."""
    problems = _Problems(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return [f"{path}: syntax: {e}"]
    _load_officials(data, _Lines(text), problems)
    return problems.items


def load_env(config_dir: Path, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment, completed (never overridden) by `./.env` and `<config_dir>/.env`."""
    env = dict(os.environ if environ is None else environ)
    if environ is None:
        from dotenv import dotenv_values

        for path in (Path(".env"), config_dir / ".env"):
            if path.is_file():
                for k, v in dotenv_values(path).items():
                    if v is not None and k not in env:
                        env[k] = v
    return env


def config_dir_from(env: Mapping[str, str], override: str | Path | None = None) -> Path:
    return Path(override or env.get("VAHTI_CONFIG_DIR") or "config")


def load(
    config_dir: str | Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    check_env: bool = False,
) -> Settings:
    """Read, validate and return the configuration, or raise ConfigError listing every problem.

    `check_env` also requires each channel's `url_env` to be set: the worker and `config check`
    ask for it, commands that only read the database do not.
    """
    env0 = dict(os.environ if environ is None else environ)
    cdir = config_dir_from(env0, config_dir)
    env = load_env(cdir, environ)
    problems: list[str] = []

    vp = _Problems(cdir / VAHTI_TOML)
    vahti = _read_toml(cdir / VAHTI_TOML, vp)
    values: dict[str, Any] = {}
    if vahti:
        values = _load_vahti(vahti[0], vahti[1], vp, env, check_env=check_env)
    problems += vp.items

    op = _Problems(cdir / OFFICIALS_TOML)
    off = _read_toml(cdir / OFFICIALS_TOML, op)
    officials: tuple[Official, ...] = ()
    if off:
        officials = _load_officials(off[0], off[1], op)
        no_budget = values.get("sources", SourceSettings()).x_max_posts_per_day is None
        x_enabled = any(a.platform == "x" and a.enabled for o in officials for a in o.accounts)
        if check_env and no_budget and x_enabled:
            problems.append(
                f"{cdir / VAHTI_TOML}: sources.x.max_posts_per_day: required when an x account is enabled (every post read costs money); add [sources.x] max_posts_per_day = 200"
            )
    problems += op.items
    if problems:
        raise ConfigError(problems)
    return Settings(
        config_dir=cdir,
        officials=officials,
        database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        env=env,
        **values,
    )


def from_dicts(
    vahti: dict[str, Any],
    officials: dict[str, Any],
    *,
    env: Mapping[str, str] | None = None,
    config_dir: str | Path = "<memory>",
    check_env: bool = False,
) -> Settings:
    """Build Settings from plain dicts, as a test would write the files."""
    import tomlkit

    env = dict(env or {})
    vp, op = _Problems(Path(config_dir) / VAHTI_TOML), _Problems(Path(config_dir) / OFFICIALS_TOML)
    values = _load_vahti(vahti, _Lines(tomlkit.dumps(vahti)), vp, env, check_env=check_env)
    offs = _load_officials(officials, _Lines(tomlkit.dumps(officials)), op)
    if vp.items or op.items:
        raise ConfigError(vp.items + op.items)
    return Settings(
        config_dir=Path(config_dir),
        officials=offs,
        database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        env=env,
        **values,
    )
