"""Mattermost incoming webhook: one Markdown `text` per message.

Why text and not attachments: Mattermost renders its own Markdown in `text`, keeps it
searchable, and splits a post over 16,383 characters on its own, which would break the
"part 2/3" promise; so messages are split here at 16,000 characters. Mattermost has no
`allowed_mentions`, and it translates Slack's `<!channel>` forms, so untrusted text gets a
zero-width space after every `@`, look-alike angle brackets and backslash-escaped Markdown.
Success is 200 with the body `ok`; 400 `web.incoming_webhook.invalid.app_error` means the
hook was deleted (it is not a 404), 501 that the admin turned incoming webhooks off.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

import httpx

from bot.model import Digest
from bot.notify import _safe, _send
from bot.notify._layout import Document, Markup, Section, document, part_label, split

MAX_TEXT = 16_000  # Mattermost's limit is 16,383
DEAD_IDS = {"web.incoming_webhook.invalid.app_error", "web.incoming_webhook.disabled.app_error"}

MARKUP = Markup(
    text=lambda s, limit=None: _safe.md_text(s, _safe.MATTERMOST_MD, limit=limit),
    bold=lambda s: f"**{s}**",
    link=lambda url, label: f"[{label}]({url})",
)


def render(digest: Digest) -> list[dict[str, Any] | str]:
    """The digest as Markdown posts, split within Mattermost's post length."""
    parts: list[dict[str, Any]] = split(document(digest, MARKUP), message=_message, fits=fits)
    return list(parts)


def fits(payload: dict[str, Any]) -> bool:
    return len(payload["text"]) <= MAX_TEXT


def _message(doc: Document, sections: list[Section], first: bool, part: tuple[int, int]) -> dict[str, Any]:
    label = part_label(doc.language, *part)
    suffix = f" ({label})" if label else ""
    chunks = [f"#### {doc.title}{suffix}", "\n".join(doc.summary) if first else doc.period]
    for sec in sections:
        chunks.append("---")
        chunks.append("\n\n".join((sec.title, *sec.lines)))
    return {"text": "\n\n".join(chunks)}


async def send(
    client: httpx.AsyncClient,
    *,
    url: str,
    payload: dict[str, Any] | str,
    channel: str,
    now: datetime,
) -> None:
    """POST one post; 200 `ok` is the only success."""
    response = await _send.post_json("mattermost", client, url=url, payload=payload, channel=channel, secret=url)
    if response.status_code == 200 and response.text.strip() == "ok":
        return
    body = _send.json_body(response)
    error_id = body.get("id") if isinstance(body, dict) else None
    reason = ""
    if isinstance(body, dict):
        reason = f"{error_id or ''} {body.get('message', '')}".strip()
    raise _send.failure(
        "mattermost",
        response,
        secret=url,
        channel=channel,
        now=now,
        permanent=error_id in DEAD_IDS,
        reason=reason,
    )


def mark_repeat(payload: dict[str, Any] | str, note: str) -> dict[str, Any] | str:
    """The note as the post's first line."""
    if not isinstance(payload, dict):
        return payload
    out = copy.deepcopy(payload)
    out["text"] = f"_{note}_\n\n{out['text']}"
    return out
