"""Chat renderers and senders: one module per platform, one registry.

Why a Protocol and a dict: the pipeline knows a channel only by its kind ("slack", "teams",
...), and must render and send without knowing the platform's payload shape or success
signal. Each platform module provides a pure `render(digest) -> list[Payload]` (one payload
per message, already split within the platform's limits) and an async `send(...)` that
raises NotifyError (never containing the webhook URL) when the platform did not accept it.
The console notifier lets a dry run print exactly what would be posted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol, TextIO

import httpx

from bot.errors import NotifyError
from bot.model import LANGUAGES, Digest
from bot.notify._i18n import t

Payload = dict[str, Any] | str


class Notifier(Protocol):
    """What a platform module offers; modules satisfy it structurally."""

    def render(self, digest: Digest) -> list[Payload]: ...

    async def send(
        self,
        client: httpx.AsyncClient,
        *,
        url: str,
        payload: Payload,
        channel: str,
        now: datetime,
    ) -> None: ...

    def mark_repeat(self, payload: Payload, note: str) -> Payload: ...


def _registry() -> dict[str, Notifier]:
    from bot.notify import console, discord, google_chat, mattermost, slack, teams, webhook

    return {
        "slack": slack,
        "teams": teams,
        "discord": discord,
        "google_chat": google_chat,
        "mattermost": mattermost,
        "webhook": webhook,
        "console": console,
    }


NOTIFIERS: dict[str, Notifier] = {}


def notifier(kind: str) -> Notifier:
    """The module for channel `kind`; NotifyError for an unknown kind."""
    if not NOTIFIERS:
        NOTIFIERS.update(_registry())
    try:
        return NOTIFIERS[kind]
    except KeyError:
        raise NotifyError(f"unknown channel kind {kind!r}; valid: {', '.join(sorted(NOTIFIERS))}") from None


def render(kind: str, digest: Digest) -> list[Payload]:
    """The digest as the messages to post on a `kind` channel, in order."""
    return notifier(kind).render(digest)


async def send(
    kind: str,
    client: httpx.AsyncClient,
    *,
    url: str,
    payload: Payload,
    channel: str,
    now: datetime,
    stream: TextIO | None = None,
) -> None:
    """Post one rendered message; NotifyError when the platform did not accept it.

    `stream` is where the console notifier writes (stdout by default); other kinds ignore it.
    """
    if kind == "console":
        from bot.notify import console

        await console.send(client, url=url, payload=payload, channel=channel, now=now, stream=stream)
        return
    await notifier(kind).send(client, url=url, payload=payload, channel=channel, now=now)


def mark_possible_repeat(kind: str, payload: Payload, *, language: str | None = None) -> Payload:
    """A copy of `payload` that tells readers it may be a repeat.

    Why: after a crash between the platform accepting a part and the outbox recording it, the
    part is sent again; saying so is better than a silent duplicate. The note is added where
    it cannot push the message over a limit (Discord `content`, Slack's first section, ...).
    `language` defaults to the webhook payload's own, else English.
    """
    if language is None and isinstance(payload, dict):
        language = payload.get("language") if payload.get("language") in LANGUAGES else None
    return notifier(kind).mark_repeat(payload, t(language or "en", "possible_repeat"))
