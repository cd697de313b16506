"""Google Chat incoming webhook: a card (cardsV2) with a short plain `text` beside it.

Why a card: Chat's `text` field has no escape syntax at all (specs/google-chat.md), while card
text widgets take a small HTML subset that ordinary HTML escaping makes safe; and a card
holds far more than the 4,096 characters allowed in `text`. Each message stays under 30,000
bytes (the limit is 32,000 for text and cards together) and 100 widgets. The `text` carries
the one-line summary that notifications show; its angle brackets are look-alikes, so
`<users/all>` and `<url|label>` cannot form. Success is 200 with the Message JSON.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

import httpx

from bot.model import Digest
from bot.notify import _safe, _send
from bot.notify._layout import Document, Markup, Section, document, part_label, split

MAX_BYTES = 30_000
MAX_TEXT = 4096
MAX_WIDGETS = 100

MARKUP = Markup(
    text=_safe.html_text,
    bold=lambda s: f"<b>{s}</b>",
    link=lambda url, label: f'<a href="{_safe.html_escape(url)}">{label}</a>',
    newline="<br>",
)


def render(digest: Digest) -> list[dict[str, Any] | str]:
    """The digest as card messages, split within Google Chat's limits."""
    parts: list[dict[str, Any]] = split(document(digest, MARKUP), message=_message, fits=fits)
    return list(parts)


def widget_count(payload: dict[str, Any]) -> int:
    return sum(
        len(section.get("widgets", []))
        for card in payload.get("cardsV2", [])
        for section in card["card"].get("sections", [])
    )


def fits(payload: dict[str, Any]) -> bool:
    """Whether one message is within the byte, text and widget budgets."""
    return (
        len(payload["text"]) <= MAX_TEXT
        and widget_count(payload) <= MAX_WIDGETS
        and len(_send.dumps(payload)) <= MAX_BYTES
    )


def _paragraph(html: str) -> dict[str, Any]:
    return {"textParagraph": {"text": html}}


def _message(doc: Document, sections: list[Section], first: bool, part: tuple[int, int]) -> dict[str, Any]:
    label = part_label(doc.language, *part)
    suffix = f" ({label})" if label else ""
    card_sections: list[dict[str, Any]] = []
    if first:
        # The period is the card's subtitle; the rest of the headline opens the card.
        card_sections.append({"widgets": [_paragraph("<br>".join(doc.summary[1:]))]})
    for sec in sections:
        widgets = [_paragraph(sec.title + ("<br>" + sec.lines[0] if sec.lines else ""))]
        widgets.extend(_paragraph(line) for line in sec.lines[1:])
        card_sections.append({"widgets": widgets})
    if not card_sections:  # a continuation is never empty, but a card must have a section
        card_sections.append({"widgets": [_paragraph(doc.period)]})
    index = part[0]
    return {
        "text": _safe.chat_text(doc.fallback + suffix, limit=MAX_TEXT),
        "cardsV2": [
            {
                "cardId": f"vahti-digest-{index}",
                "card": {
                    "header": {
                        "title": _safe.clean(doc.title_plain + suffix, limit=200),
                        "subtitle": doc.period_plain,
                    },
                    "sections": card_sections,
                },
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
    """POST one message; success is 200 with a JSON Message."""
    response = await _send.post_json("google_chat", client, url=url, payload=payload, channel=channel, secret=url)
    body = _send.json_body(response)
    if response.status_code == 200 and isinstance(body, dict):
        return
    error = body.get("error") if isinstance(body, dict) else None
    reason = ""
    if isinstance(error, dict):
        reason = f"{error.get('status', '')} {error.get('message', '')}".strip()
    raise _send.failure(
        "google_chat",
        response,
        secret=url,
        channel=channel,
        now=now,
        permanent=response.status_code in (403, 404, 410),
        reason=reason,
    )


def mark_repeat(payload: dict[str, Any] | str, note: str) -> dict[str, Any] | str:
    """The note in the plain text that notifications show."""
    if not isinstance(payload, dict):
        return payload
    out = copy.deepcopy(payload)
    out["text"] = f"{note} · {out['text']}"[:MAX_TEXT]
    return out
