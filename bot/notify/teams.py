"""Microsoft Teams through a Workflows (Power Automate) webhook: one Adaptive Card per message.

The envelope is the one the stock "post card" templates expect (specs/teams.md). The card is
version 1.5 (the highest Teams renders) and uses only TextBlock and Container, which render
on every Teams client. A message stays under 20 KB of JSON: Microsoft documents 28 KB, but
failures are reported from about 21 KB, and they surface only in the flow's run history.
TextBlock takes a markdown subset and no HTML, so untrusted text gets backslash escapes for
the characters that make links and emphasis, and look-alike angle brackets; mentions need
`msteams.entities`, which this renderer never builds from post text.
A 202 means the flow accepted the request, not that the card was posted.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from bot.errors import NotifyError
from bot.model import Digest
from bot.notify import _safe, _send
from bot.notify._layout import Document, Markup, Section, document, part_label, split

MAX_BYTES = 20_000
RETIRED_HOSTS = ("webhook.office.com", "outlook.office.com")

MARKUP = Markup(
    text=lambda s, limit=None: _safe.md_text(s, _safe.TEAMS_MD, limit=limit),
    bold=lambda s: f"**{s}**",
    link=lambda url, label: f"[{label}]({url})",
    newline="\n\n",
)


def render(digest: Digest) -> list[dict[str, Any] | str]:
    """The digest as Workflows webhook envelopes, each under the size budget."""
    parts: list[dict[str, Any]] = split(document(digest, MARKUP), message=_message, fits=fits)
    return list(parts)


def fits(payload: dict[str, Any]) -> bool:
    """Whether one envelope is within the byte budget."""
    return len(_send.dumps(payload)) <= MAX_BYTES


def _text(text: str, **extra: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **extra}


def _message(doc: Document, sections: list[Section], first: bool, part: tuple[int, int]) -> dict[str, Any]:
    label = part_label(doc.language, *part)
    suffix = f" ({label})" if label else ""
    body: list[dict[str, Any]] = [_text(doc.title + suffix, size="Large", weight="Bolder")]
    if first:
        body.extend(_text(line, spacing="None") for line in doc.summary)
    else:
        body.append(_text(doc.period, spacing="None", isSubtle=True))
    for sec in sections:
        items = [_text(sec.title)]
        items.extend(_text(line, spacing="Small") for line in sec.lines)
        body.append({"type": "Container", "separator": True, "spacing": "Medium", "items": items})
    card = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.5",
        "fallbackText": doc.fallback + suffix,
        "body": body,
        "msteams": {"width": "Full"},
    }
    return {
        "type": "message",
        "attachments": [
            {
                "contentType": "application/vnd.microsoft.card.adaptive",
                "contentUrl": None,
                "content": card,
            }
        ],
    }


async def send(
    client: httpx.AsyncClient,
    *,
    url: str,
    payload: dict[str, Any] | str,
    channel: str,
    now: datetime,
) -> None:
    """POST one card; 202 (or 200) is success. Retired connector URLs are refused up front."""
    host = (urlsplit(url).hostname or "").lower()
    if any(host == h or host.endswith("." + h) for h in RETIRED_HOSTS):
        raise NotifyError(
            "teams: the URL is a retired Office 365 connector (gone since May 2026); "
            "create a Workflows webhook in the channel and use its URL",
            channel=channel,
            permanent=True,
        )
    response = await _send.post_json("teams", client, url=url, payload=payload, channel=channel, secret=url)
    status = response.status_code
    body = response.text
    if "endpoint returned HTTP error 429" in body:
        # Legacy connectors reported throttling only in the body.
        raise NotifyError("teams: rate limited (reported in the body)", channel=channel, status=429)
    if status in (200, 202):
        return
    raise _send.failure("teams", response, secret=url, channel=channel, now=now)


def mark_repeat(payload: dict[str, Any] | str, note: str) -> dict[str, Any] | str:
    """The note as a subtle TextBlock under the title."""
    if not isinstance(payload, dict):
        return payload
    out = copy.deepcopy(payload)
    body = out["attachments"][0]["content"]["body"]
    body.insert(1, _text(note, isSubtle=True, spacing="None"))
    return out
