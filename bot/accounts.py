"""Edit officials.toml in place (tomlkit keeps the user's comments) and check accounts online.

Why validate the whole file after an edit rather than just the new line: a user's file may hold
earlier mistakes, and writing a file that the worker will then refuse helps nobody. An edit that
would leave the file invalid is refused and nothing is written.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path
from typing import Any

from bot.errors import ConfigError, VahtiError
from bot.model import PLATFORMS, Account


def _load(path: Path) -> Any:
    import tomlkit

    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return tomlkit.document()
    except Exception as e:  # tomlkit's own parse errors carry line and column
        raise ConfigError(f"{path}: cannot edit, the file does not parse: {e}") from e


def _validate_and_write(path: Path, doc: Any) -> None:
    import tomlkit

    from bot import settings as settings_mod

    text = tomlkit.dumps(doc)
    problems = settings_mod.officials_problems(path, text)
    if problems:
        raise ConfigError(["refused, nothing written:", *problems])
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".officials.", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _entry(platform: str, ident: str, *, enabled: bool) -> Any:
    import tomlkit

    t = tomlkit.inline_table()
    t["platform"] = platform
    if platform == "feed":
        t["url"] = ident
    else:
        t["handle"] = ident
    if not enabled:
        t["enabled"] = False
    return t


def _same(entry: Any, ident: str) -> bool:
    value = str(entry.get("handle") or entry.get("url") or "")
    norm = ident.lstrip("@").lower()
    return value.lstrip("@").lower() == norm


def add(
    path: Path,
    *,
    official: str,
    platform: str,
    ident: str,
    name: str | None = None,
    role: str | None = None,
    organisation: str | None = None,
    enabled: bool = True,
) -> str:
    """Add an account (and the official, when new); return what was done."""
    import tomlkit

    if platform not in PLATFORMS:
        raise ConfigError(f"unknown platform {platform!r}; valid: {', '.join(PLATFORMS)}")
    doc = _load(path)
    if "officials" not in doc:
        doc["officials"] = tomlkit.table(is_super_table=True)
    officials = doc["officials"]
    created = False
    if official not in officials:
        if not name:
            raise ConfigError(f"official {official!r} is new: give --name (and --role, --organisation)")
        t = tomlkit.table()
        t["name"] = name
        t["role"] = role or ""
        t["organisation"] = organisation or ""
        arr = tomlkit.array()
        arr.multiline(True)
        t["accounts"] = arr
        officials[official] = t
        created = True
    entry = officials[official]
    if "accounts" not in entry:
        arr = tomlkit.array()
        arr.multiline(True)
        entry["accounts"] = arr
    accounts = entry["accounts"]
    for existing in accounts:
        if existing.get("platform") == platform and _same(existing, ident):
            raise ConfigError(f"{platform} {ident} is already listed under officials.{official}")
    accounts.append(_entry(platform, ident, enabled=enabled))
    _validate_and_write(path, doc)
    what = f"added {platform} {ident} to officials.{official}"
    return what + (" (new official)" if created else "")


def remove(path: Path, *, official: str, ident: str | None = None) -> str:
    """Remove one account, or the whole official when `ident` is None; stored posts stay."""
    doc = _load(path)
    officials = doc.get("officials")
    if officials is None or official not in officials:
        raise ConfigError(f"{path}: no official {official!r}")
    if ident is None:
        del officials[official]
        _validate_and_write(path, doc)
        return f"removed officials.{official} and its accounts (their stored posts are kept)"
    accounts = officials[official].get("accounts", [])
    for i, existing in enumerate(accounts):
        if _same(existing, ident):
            del accounts[i]
            _validate_and_write(path, doc)
            return f"removed {existing.get('platform')} {ident} from officials.{official} (stored posts are kept)"
    raise ConfigError(f"{path}: officials.{official} has no account {ident!r}")


async def check_account(client: Any, account: Account, *, settings: Any, now: Any) -> str:
    """One account's verdict: found, not found, moved, not a feed, or skipped."""
    from bot.sources import get_source

    if not account.enabled:
        return "disabled (enabled = false); checked anyway: " + await _check(
            client, account, settings=settings, now=now, source=get_source(account.platform)
        )
    return await _check(client, account, settings=settings, now=now, source=get_source(account.platform))


async def _check(client: Any, account: Account, *, settings: Any, now: Any, source: Any) -> str:
    try:
        if account.platform == "x":
            return str(await source.check(client, account, token=settings.env.get("X_BEARER_TOKEN"), now=now))
        if hasattr(source, "check"):
            return str(await source.check(client, account, now=now))
        result = await source.fetch(client, account, None, now=now)
        return f"found ({len(result.posts)} items)"
    except VahtiError as e:
        text = str(e)
        lowered = text.lower()
        if "not found" in lowered or "404" in lowered or "410" in lowered:
            return f"not found: {text}"
        if "not a feed" in lowered or "content type" in lowered or "html" in lowered:
            return f"not a feed: {text}"
        return f"error: {text}"


async def check_all(settings: Any) -> list[tuple[str, str]]:
    """Check every configured account concurrently; changes nothing."""
    from bot.clock import utc_now
    from bot.http import make_client

    now = utc_now()
    async with make_client(timeout=settings.polling.timeout, per_host=settings.polling.per_host_concurrency) as client:
        accounts = settings.accounts(include_disabled=True)
        verdicts = await asyncio.gather(*(check_account(client, a, settings=settings, now=now) for a in accounts))
    return [(a.key, v) for a, v in zip(accounts, verdicts, strict=True)]
