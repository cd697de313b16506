"""The one HTTP client factory, and the capped GET that every source uses.

Why a different transport: httpx's own connection pool (httpcore) serialises badly under
concurrency (encode/httpcore PR #1035); measured here, 1,000 requests at concurrency 50 took
6.9 s against 1.04 s for aiohttp. We keep the httpx interface that sources and notifiers are
written against, and put aiohttp's connector beneath it (httpx-aiohttp), with its per-host limit.
`bench/http_transport.py` measures the two side by side.
"""

from __future__ import annotations

import email.utils
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from bot import __version__
from bot.errors import FetchError

USER_AGENT = f"Vahti/{__version__} (+https://github.com/vahti; public-affairs monitoring bot)"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0


def make_client(
    *,
    timeout: float = DEFAULT_TIMEOUT,
    per_host: int = 4,
    max_connections: int = 100,
    user_agent: str = USER_AGENT,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """Build the shared AsyncClient.

    `transport` replaces the network (tests pass an `httpx.MockTransport`). Without it the client
    rides on aiohttp's connector, which enforces `per_host` connections per host itself.
    """
    if transport is None:
        transport = _aiohttp_transport(per_host=per_host, max_connections=max_connections)
    return httpx.AsyncClient(
        transport=transport,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        headers={"User-Agent": user_agent},
        follow_redirects=True,
        max_redirects=5,
    )


def _aiohttp_transport(*, per_host: int, max_connections: int) -> httpx.AsyncBaseTransport:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport

    def session() -> aiohttp.ClientSession:
        # Created lazily, inside the running event loop, on the first request.
        connector = aiohttp.TCPConnector(limit=max_connections, limit_per_host=per_host)
        return aiohttp.ClientSession(connector=connector)

    return AiohttpTransport(client=session)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response whose body was read within the cap."""

    status: int
    headers: httpx.Headers
    body: bytes
    url: str

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def json(self, *, account: str = "") -> Any:
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError) as e:
            from bot.errors import ParseError

            raise ParseError(f"response is not valid JSON ({e})", account=account) from e


async def get_capped(
    client: httpx.AsyncClient,
    url: str,
    *,
    account: str,
    headers: dict[str, str] | None = None,
    params: dict[str, Any] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    now: datetime | None = None,
) -> Fetched:
    """GET `url`, reading at most `max_bytes` of (decoded) body.

    Transport failures become FetchError naming `account`. HTTP errors are not raised here:
    each source decides what a 404 or 429 means for its platform. A body over the cap is refused
    rather than cut, because half a feed parses into wrong data.
    """
    try:
        async with client.stream("GET", url, headers=headers, params=params) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(
                    f"body of {int(declared)} bytes exceeds the cap of {max_bytes} bytes",
                    account=account,
                    status=response.status_code,
                )
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(
                        f"body exceeds the cap of {max_bytes} bytes; stopped reading",
                        account=account,
                        status=response.status_code,
                    )
                chunks.append(chunk)
            return Fetched(
                status=response.status_code,
                headers=response.headers,
                body=b"".join(chunks),
                url=str(response.url),
            )
    except FetchError:
        raise
    except httpx.TimeoutException as e:
        cause = e.__cause__
        if cause is not None and "timeout" not in type(cause).__name__.lower():
            # aiohttp's connection errors (DNS, refused, TLS) arrive mapped to ConnectTimeout.
            raise FetchError(f"cannot connect: {_safe(cause)}", account=account) from e
        raise FetchError(f"timed out ({type(e).__name__})", account=account) from e
    except httpx.TooManyRedirects as e:
        raise FetchError("too many redirects", account=account) from e
    except httpx.DecodingError as e:
        raise FetchError(f"could not decode the body ({e})", account=account) from e
    except httpx.HTTPError as e:
        raise FetchError(f"{type(e).__name__}: {_safe(e)}", account=account) from e
    except OSError as e:
        raise FetchError(f"network error: {e.strerror or e}", account=account) from e


def _safe(e: BaseException) -> str:
    """An exception's message without query strings, which may carry tokens."""
    text = str(e) or type(e).__name__
    return text.split("?")[0]


def retry_after_seconds(value: str | None, *, now: datetime) -> float | None:
    """Read `Retry-After` as seconds: either a number or an HTTP-date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def max_age_seconds(cache_control: str | None) -> float | None:
    """The `max-age` of a Cache-Control header, if any."""
    if not cache_control:
        return None
    for part in cache_control.split(","):
        name, _, val = part.strip().partition("=")
        if name.lower() == "max-age" and val.strip().isdigit():
            return float(val.strip())
    return None


def raise_for_status(fetched: Fetched, *, account: str, now: datetime) -> None:
    """Turn a non-success status into a FetchError that says what it means.

    404 and 410 are permanent (the account or feed is gone); 429 and 503 carry Retry-After.
    """
    status = fetched.status
    if 200 <= status < 300 or status == 304:
        return
    retry = retry_after_seconds(fetched.headers.get("retry-after"), now=now)
    if status == 429:
        msg = "rate limited (HTTP 429)"
    elif status in (404, 410):
        msg = f"not found (HTTP {status}); check the handle or URL"
    elif status in (401, 403):
        msg = f"access refused (HTTP {status})"
    elif status >= 500:
        msg = f"server error (HTTP {status})"
    else:
        msg = f"unexpected HTTP {status}"
    raise FetchError(msg, account=account, status=status, retry_after=retry, permanent=status in (404, 410))
