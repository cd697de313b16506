"""The generic JSON webhook: the whole digest as one versioned document.

Schema `vahti.digest/1` (also in docs/webhook-schema.md). All times are ISO 8601 in UTC with a
`Z`; days are local `YYYY-MM-DD` in `period.timezone`; stances are floats in [-1, 1] rounded
to 4 decimals, or null when no stance was computed; every list is in display order.

    {
      "schema": "vahti.digest/1",
      "topic": {"id": str, "name": str},
      "period": {"start": time, "end": time, "timezone": str},   # start inclusive, end exclusive
      "language": "fi" | "sv" | "en",                            # of the digest's own labels
      "quiet": bool,                                             # no relevant posts
      "totals": {
        "relevant_posts": int, "mean_stance": float|null,
        "positive": int, "negative": int, "neutral": int,
        "previous": {"days": 7, "relevant_posts": int|null, "mean_stance": float|null},
        "change": float|null                                     # mean_stance - previous mean
      },
      "trend_days": [day, ...],                                  # the days of each "trend"
      "officials": [{
        "id": str, "name": str, "role": str, "organisation": str,
        "relevant_posts": int, "mean_stance": float|null,
        "positive": int, "negative": int, "neutral": int,
        "trend": [float|null, ...],                              # one per trend_days entry
        "hidden_posts": int,                                     # relevant but not listed
        "posts": [{"id": int, "platform": str, "url": str|null, "created_at": time,
                   "lang": str, "label": "positive"|"negative"|"neutral"|null,
                   "stance": float|null, "snippet": str, "evidence": [str, ...]}]
      }],
      "changed": [{"post_id": int, "official_id": str, "url": str|null,
                   "change": "edited"|"deleted", "at": time, "snippet": str}],
      "accounts": [{"account": str, "official_id": str, "platform": str,
                    "state": "failing"|"silent", "consecutive_failures": int,
                    "last_success": time|null, "last_error": str|null}],
      "notices": [str, ...],
      "possible_repeat": true                                    # only on a resent part
    }

Text that came from posts is defused, not escaped for any markup: control characters are
removed, a zero-width space follows every `@` and `<` `>` are replaced by `‹` `›`, so that a
consumer relaying it into a chat cannot ping a channel or forge a link; Markdown is left as
written (consumers escape for their own markup). `url` is the post's own http(s) URL or null.
A new field may be added within version 1; a removed or changed field makes it version 2.
Success is any 2xx; 404 and 410 mark the webhook as gone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx

from bot.model import Digest
from bot.notify import _safe, _send

SCHEMA = "vahti.digest/1"


def _time(when: datetime | None) -> str | None:
    if when is None:
        return None
    return when.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _num(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def digest_to_dict(digest: Digest) -> dict[str, Any]:
    """The digest as the `vahti.digest/1` JSON document."""
    change = (
        None
        if digest.mean_stance is None or digest.previous_mean_stance is None
        else digest.mean_stance - digest.previous_mean_stance
    )
    return {
        "schema": SCHEMA,
        "topic": {"id": _safe.plain(digest.topic_id), "name": _safe.plain(digest.topic_name)},
        "period": {
            "start": _time(digest.period_start),
            "end": _time(digest.period_end),
            "timezone": digest.timezone,
        },
        "language": digest.language,
        "quiet": digest.quiet,
        "totals": {
            "relevant_posts": digest.relevant_posts,
            "mean_stance": _num(digest.mean_stance),
            "positive": digest.positive,
            "negative": digest.negative,
            "neutral": digest.neutral,
            "previous": {
                "days": 7,
                "relevant_posts": digest.previous_relevant_posts,
                "mean_stance": _num(digest.previous_mean_stance),
            },
            "change": _num(change),
        },
        "trend_days": [d.isoformat() for d in digest.trend_days],
        "officials": [
            {
                "id": o.official_id,
                "name": _safe.plain(o.name),
                "role": _safe.plain(o.role),
                "organisation": _safe.plain(o.organisation),
                "relevant_posts": o.relevant_posts,
                "mean_stance": _num(o.mean_stance),
                "positive": o.positive,
                "negative": o.negative,
                "neutral": o.neutral,
                "trend": [_num(v) for v in o.trend],
                "hidden_posts": max(0, o.relevant_posts - len(o.posts)),
                "posts": [
                    {
                        "id": p.post_id,
                        "platform": p.platform,
                        "url": _safe.safe_url(p.url),
                        "created_at": _time(p.created_at),
                        "lang": _safe.plain(p.lang),
                        "label": p.label,
                        "stance": _num(p.stance),
                        "snippet": _safe.plain(p.snippet),
                        "evidence": [_safe.plain(e) for e in p.evidence],
                    }
                    for p in o.posts
                ],
            }
            for o in digest.officials
        ],
        "changed": [
            {
                "post_id": c.post_id,
                "official_id": c.official_id,
                "url": _safe.safe_url(c.url),
                "change": c.change,
                "at": _time(c.at),
                "snippet": _safe.plain(c.snippet),
            }
            for c in digest.changed
        ],
        "accounts": [
            {
                "account": _safe.plain(_safe.scrub_secrets(h.account)),
                "official_id": h.official_id,
                "platform": h.platform,
                "state": h.state,
                "consecutive_failures": h.consecutive_failures,
                "last_success": _time(h.last_success),
                "last_error": (
                    None if h.last_error is None else _safe.plain(_safe.scrub_secrets(h.last_error), limit=500)
                ),
            }
            for h in digest.accounts
        ],
        "notices": [_safe.plain(n) for n in digest.notices],
    }


def render(digest: Digest) -> list[dict[str, Any] | str]:
    """One document: a JSON consumer has no message size to respect."""
    return [digest_to_dict(digest)]


async def send(
    client: httpx.AsyncClient,
    *,
    url: str,
    payload: dict[str, Any] | str,
    channel: str,
    now: datetime,
) -> None:
    """POST the document; any 2xx is success."""
    response = await _send.post_json("webhook", client, url=url, payload=payload, channel=channel, secret=url)
    if 200 <= response.status_code < 300:
        return
    raise _send.failure("webhook", response, secret=url, channel=channel, now=now)


def mark_repeat(payload: dict[str, Any] | str, note: str) -> dict[str, Any] | str:
    """`"possible_repeat": true`, an addition within schema version 1."""
    if not isinstance(payload, dict):
        return payload
    return {**payload, "possible_repeat": True}
