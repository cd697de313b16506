"""Slack incoming webhook: Block Kit with a plain `text` fallback.

Limits kept (specs/slack.md): at most 50 blocks, section text 3,000, header 150, and about
12,000 characters of blocks per message (Slack rejects ~13k with `msg_blocks_too_long` even
when every block is within its own limit). Untrusted text is escaped with Slack's documented
`&amp; &lt; &gt;` and its mrkdwn formatting characters, which have no escape, become
look-alikes; `link_names` and `parse` are never sent, so plain `@here` stays plain.
Success is HTTP 200 with the body `ok`; `no_service`, `channel_not_found`,
`channel_is_archived` (and 404/410) mean the webhook is dead.
"""

from __future__ import annotations

import copy
import json
from datetime import datetime
from typing import Any

import httpx

from bot.model import Digest
from bot.notify import _safe, _send
from bot.notify._layout import Document, Markup, Section, document, part_label, split

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_BLOCK_CHARS = 12_000
REPEAT_RESERVE = 120  # room for mark_repeat's note, so a re-sent part stays within the budget
MAX_TEXT = 3000
DEAD = {"no_service", "channel_not_found", "channel_is_archived", "no_team", "team_disabled"}

MARKUP = Markup(
    text=_safe.slack_text,
    bold=lambda s: f"*{s}*",
    link=lambda url, label: f"<{url}|{label}>",
)


def render(digest: Digest) -> list[dict[str, Any] | str]:
    """The digest as Block Kit messages, split within Slack's limits."""
    parts: list[dict[str, Any]] = split(document(digest, MARKUP), message=_message, fits=fits)
    return list(parts)


def fits(payload: dict[str, Any]) -> bool:
    """Whether one message is within every Block Kit limit this renderer knows."""
    blocks = payload["blocks"]
    if len(blocks) > MAX_BLOCKS or len(payload["text"]) > MAX_TEXT:
        return False
    for b in blocks:
        text = b.get("text", {}).get("text", "")
        if b["type"] == "header" and len(text) > MAX_HEADER:
            return False
        if b["type"] == "section" and len(text) > MAX_SECTION:
            return False
    # Measured with the roomy default separators, as the more cautious count.
    return len(json.dumps(blocks, ensure_ascii=False)) <= MAX_BLOCK_CHARS - REPEAT_RESERVE


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _message(doc: Document, sections: list[Section], first: bool, part: tuple[int, int]) -> dict[str, Any]:
    label = part_label(doc.language, *part)
    suffix = f" ({label})" if label else ""
    header = _safe.clean(doc.title_plain, limit=MAX_HEADER - len(suffix)) + suffix
    blocks: list[dict[str, Any]] = [{"type": "header", "text": {"type": "plain_text", "text": header, "emoji": False}}]
    blocks.append(_section("\n".join(doc.summary) if first else doc.period))
    for sec in sections:
        blocks.append({"type": "divider"})
        lines = list(sec.lines)
        blocks.append(_section(sec.title + ("\n" + lines[0] if lines else "")))
        blocks.extend(_section(line) for line in lines[1:])
    return {
        "text": _safe.slack_entities(doc.fallback + suffix),
        "blocks": blocks,
        "unfurl_links": False,
        "unfurl_media": False,
    }


async def send(
    client: httpx.AsyncClient,
    *,
    url: str,
    payload: dict[str, Any] | str,
    channel: str,
    now: datetime,
) -> None:
    """POST one message; 200 `ok` is the only success."""
    response = await _send.post_json("slack", client, url=url, payload=payload, channel=channel, secret=url)
    body = response.text.strip()
    if response.status_code == 200 and body == "ok":
        return
    raise _send.failure(
        "slack",
        response,
        secret=url,
        channel=channel,
        now=now,
        permanent=body in DEAD or response.status_code in (404, 410),
    )


def mark_repeat(payload: dict[str, Any] | str, note: str) -> dict[str, Any] | str:
    """The note above the first section, and in the notification text."""
    if not isinstance(payload, dict):
        return payload
    out = copy.deepcopy(payload)
    out["text"] = f"{note} · {out['text']}"
    for block in out["blocks"]:
        if block["type"] == "section":
            block["text"]["text"] = f"_{note}_\n{block['text']['text']}"
            break
    return out
