"""Discord execute-webhook: embeds, with every mention switched off.

Limits kept (specs/discord.md): at most 10 embeds per message, title 256, description 4,096,
and all embeds together at most 6,000 characters (a 5,800 budget is used). Every payload sends
`allowed_mentions: {"parse": []}`, so nothing in it can ping, and untrusted text is also
backslash-escaped so that masked links `[label](url)`, spoilers and emphasis stay literal.
The URL gets `?wait=true`, so that Discord answers 200 with the created message, and reports
errors it would otherwise swallow. 404 / code 10015 (Unknown Webhook) and 401/403 are
permanent: repeating them also counts towards Discord's invalid-request IP ban.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

import httpx

from bot.model import Digest
from bot.notify import _safe, _send
from bot.notify._layout import Document, Markup, Section, document, part_label, split

MAX_EMBEDS = 10
MAX_TITLE = 256
MAX_DESCRIPTION = 4096
MAX_TOTAL = 5800  # Discord's limit is 6,000
COLOR = 0x2F6F9F

MARKUP = Markup(
    text=lambda s, limit=None: _safe.md_text(s, _safe.DISCORD_MD, limit=limit),
    bold=lambda s: f"**{s}**",
    link=lambda url, label: f"[{label}]({url})",
)


def render(digest: Digest) -> list[dict[str, Any] | str]:
    """The digest as embed messages, split within Discord's limits."""
    parts: list[dict[str, Any]] = split(document(digest, MARKUP), message=_message, fits=fits)
    return list(parts)


def embed_chars(embed: dict[str, Any]) -> int:
    """The characters Discord counts against the 6,000 total, on trimmed strings."""
    n = len(embed.get("title", "").strip()) + len(embed.get("description", "").strip())
    n += len(embed.get("footer", {}).get("text", "").strip())
    n += len(embed.get("author", {}).get("name", "").strip())
    for f in embed.get("fields", []):
        n += len(f.get("name", "").strip()) + len(f.get("value", "").strip())
    return n


def fits(payload: dict[str, Any]) -> bool:
    """Whether one message is within Discord's embed limits."""
    embeds = payload["embeds"]
    if len(embeds) > MAX_EMBEDS:
        return False
    for e in embeds:
        if len(e.get("title", "")) > MAX_TITLE or len(e.get("description", "")) > MAX_DESCRIPTION:
            return False
    return sum(embed_chars(e) for e in embeds) <= MAX_TOTAL


def _message(doc: Document, sections: list[Section], first: bool, part: tuple[int, int]) -> dict[str, Any]:
    label = part_label(doc.language, *part)
    suffix = f" ({label})" if label else ""
    title = _safe.clean(doc.title_plain, limit=MAX_TITLE - len(suffix)) + suffix
    head = {
        "title": title,
        "description": "\n".join(doc.summary) if first else doc.period,
        "color": COLOR,
    }
    embeds: list[dict[str, Any]] = [head]
    for sec in sections:
        text = "\n\n".join((sec.title, *sec.lines)) if sec.lines else sec.title
        embeds.append({"description": text, "color": COLOR})
    return {"embeds": embeds, "allowed_mentions": {"parse": []}}


async def send(
    client: httpx.AsyncClient,
    *,
    url: str,
    payload: dict[str, Any] | str,
    channel: str,
    now: datetime,
) -> None:
    """POST one message with `wait=true`; success is 200 with the created message."""
    target = httpx.URL(url).copy_merge_params({"wait": "true"})
    response = await _send.post_json("discord", client, url=target, payload=payload, channel=channel, secret=url)
    body = _send.json_body(response)
    data = body if isinstance(body, dict) else {}
    if response.status_code == 200 and "id" in data:
        return
    retry = data.get("retry_after")
    code = data.get("code")
    reason = str(data.get("message", "")) + (f" (code {code})" if code is not None else "")
    raise _send.failure(
        "discord",
        response,
        secret=url,
        channel=channel,
        now=now,
        permanent=code == 10015 or response.status_code in (401, 403, 404, 410),
        retry_after=float(retry) if isinstance(retry, int | float) else None,
        reason=reason,
    )


def mark_repeat(payload: dict[str, Any] | str, note: str) -> dict[str, Any] | str:
    """The note as `content`, which does not count against the 6,000 embed characters."""
    if not isinstance(payload, dict):
        return payload
    out = copy.deepcopy(payload)
    out["content"] = note
    return out
