"""The console notifier: the digest as readable plain text on stdout.

Why it exists: a dry run (`vahti digest --dry-run`, or no channel configured) must show what
would be posted without a webhook. The text is one message (a terminal has no size limit),
uses the digest's language and local times, and is defused like every other renderer's output:
no control characters reach the terminal, so a post cannot smuggle escape sequences into it.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Any, TextIO

import httpx

from bot.model import Digest
from bot.notify import _safe
from bot.notify._layout import Markup, document

MARKUP = Markup(text=_safe.plain, bold=lambda s: s, link=lambda url, label: url)


def render(digest: Digest) -> list[dict[str, Any] | str]:
    """The digest as one block of plain text."""
    doc = document(digest, MARKUP)
    out = [doc.title, "=" * min(len(doc.title), 72), *doc.summary]
    for sec in doc.sections:
        out.append("")
        out.append(sec.title)
        out.append("-" * min(len(sec.title), 72))
        for line in sec.lines:
            first, _, rest = line.partition("\n")
            out.append(f"- {first}")
            if rest:
                out.append(f"  {rest}")
    return ["\n".join(out) + "\n"]


async def send(
    client: httpx.AsyncClient,
    *,
    url: str,
    payload: dict[str, Any] | str,
    channel: str,
    now: datetime,
    stream: TextIO | None = None,
) -> None:
    """Write the text to `stream` (stdout by default); `client`, `url` and `now` are unused."""
    out = stream or sys.stdout
    text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    out.write(text if text.endswith("\n") else text + "\n")
    out.flush()


def mark_repeat(payload: dict[str, Any] | str, note: str) -> dict[str, Any] | str:
    """The note as the first line."""
    return f"{note}\n{payload}" if isinstance(payload, str) else payload
