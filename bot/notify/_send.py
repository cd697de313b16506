"""The POST and the error translation that every chat sender shares.

Why one place: a webhook URL is the credential itself, so whatever goes wrong (a refused
connection, a 404 page that echoes the path, a JSON error naming the token) must be reported
without it. Every NotifyError raised here is built from the status and a redacted excerpt of
the body, never from the URL or the request.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

from bot.errors import NotifyError
from bot.http import retry_after_seconds
from bot.notify import _safe

_ANY_URL = re.compile(r"[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)
EXCERPT = 200


def dumps(payload: Any) -> bytes:
    """The exact bytes that go on the wire; the renderers measure their limits on these."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def redact(text: str, url: str) -> str:
    """`text` without the URL, any other URL, or any long piece of the URL's path or query."""
    out = text.replace(url, "<webhook>") if url else text
    out = _ANY_URL.sub("<url>", out)
    for secret in _secret_parts(url):
        out = out.replace(secret, "…")
    return _safe.clean(out, limit=EXCERPT)


def _secret_parts(url: str) -> Iterable[str]:
    try:
        parts = urlsplit(url)
    except ValueError:
        return ()
    pieces = [p for p in parts.path.split("/") if len(p) >= 6]
    pieces += [v for _, v in parse_qsl(parts.query) if len(v) >= 6]
    pieces += [parts.query] if len(parts.query) >= 6 else []
    return sorted(set(pieces), key=len, reverse=True)


async def post_json(
    kind: str,
    client: httpx.AsyncClient,
    *,
    url: str | httpx.URL,
    payload: Any,
    channel: str,
    secret: str,
) -> httpx.Response:
    """POST `payload` as UTF-8 JSON; transport failures become a retryable NotifyError.

    The cause is deliberately not chained: httpx exceptions carry the request, and with it
    the secret URL, into any traceback that a log handler might print.
    """
    try:
        return await client.post(
            url,
            content=dumps(payload),
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
    except httpx.HTTPError as e:
        detail = redact(str(e), secret) or "no detail"
        raise NotifyError(f"{kind}: could not deliver ({type(e).__name__}: {detail})", channel=channel) from None


def failure(
    kind: str,
    response: httpx.Response,
    *,
    secret: str,
    channel: str,
    now: datetime,
    permanent: bool = False,
    retry_after: float | None = None,
    reason: str = "",
) -> NotifyError:
    """A NotifyError for an unsuccessful response, with the body excerpt redacted."""
    status = response.status_code
    if retry_after is None:
        retry_after = retry_after_seconds(response.headers.get("retry-after"), now=now)
    excerpt = redact(reason or response.text, secret)
    if status == 429:
        what = "rate limited"
    elif permanent:
        what = "the webhook is gone or refused; fix or remove it"
    elif status >= 500:
        what = "server error"
    elif 200 <= status < 300:
        what = "unexpected answer"
    else:
        what = "refused"
    message = f"{kind}: {what} (HTTP {status})"
    if excerpt:
        message += f": {excerpt}"
    return NotifyError(
        message,
        channel=channel,
        status=status,
        retry_after=retry_after,
        permanent=permanent or status in (404, 410),
    )


def json_body(response: httpx.Response) -> Any:
    """The body as JSON, or None when it is not JSON."""
    try:
        return response.json()
    except ValueError:
        return None
