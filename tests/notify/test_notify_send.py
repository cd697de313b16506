"""send() against a real HTTP server on 127.0.0.1, fed with the platforms' documented answers.

These protect the outbox's decisions: success only on each platform's real success signal,
retry on 5xx and 429 (with the server's wait), give up on a dead webhook, and never put the
secret URL into an error message.
"""

from __future__ import annotations

import asyncio
import json
import socket
from datetime import UTC, datetime
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from bot import notify
from bot.errors import NotifyError
from bot.http import make_client
from tests.notify.digests import SAMPLES, fixed_digest

NOW = datetime(2026, 8, 20, 5, 0, tzinfo=UTC)
SECRET = "T000SECRET/B000SECRET/XoXoSeCrEtToKeN42"
PATH = f"/hooks/{SECRET}"


def sample(name: str) -> Any:
    return json.loads((SAMPLES / name).read_text())


def deliver(kind: str, url: str, payload: Any | None = None) -> None:
    """Render the fixed digest (unless given a payload) and send its first message."""
    body = payload if payload is not None else notify.render(kind, fixed_digest())[0]

    async def go() -> None:
        async with make_client(transport=None) as client:
            await notify.send(kind, client, url=url, payload=body, channel="team", now=NOW)

    asyncio.run(go())


def refused(kind: str, url: str) -> NotifyError:
    with pytest.raises(NotifyError) as info:
        deliver(kind, url)
    err = info.value
    assert SECRET not in str(err) and "XoXoSeCrEtToKeN42" not in str(err)
    assert url not in str(err)
    assert err.channel == "team"
    return err


SUCCESS: dict[str, tuple[int, Any]] = {
    "slack": (200, "ok"),
    "teams": (202, ""),
    "discord": (200, sample("discord/message.docs-example.json")),
    "google_chat": (200, sample("google-chat/webhook.response.handwritten.json")),
    "mattermost": (200, "ok"),
    "webhook": (204, ""),
}


def respond(httpserver: HTTPServer, status: int, body: Any, headers: dict[str, str] | None = None):
    handler = httpserver.expect_oneshot_request(PATH, method="POST")
    if isinstance(body, dict | list):
        handler.respond_with_json(body, status=status, headers=headers)
    else:
        handler.respond_with_data(body, status=status, headers=headers, content_type="text/plain")


@pytest.mark.parametrize("kind", sorted(SUCCESS))
def test_success(kind: str, httpserver: HTTPServer) -> None:
    """Each platform's documented success answer is accepted, and the body is the JSON payload."""
    status, body = SUCCESS[kind]
    respond(httpserver, status, body)
    deliver(kind, httpserver.url_for(PATH))
    httpserver.check_assertions()
    request, _ = httpserver.log[0]
    assert request.headers["Content-Type"].startswith("application/json")
    assert json.loads(request.get_data()) == notify.render(kind, fixed_digest())[0]


def test_discord_asks_to_wait(httpserver: HTTPServer) -> None:
    """Discord is called with ?wait=true, so that a swallowed error becomes visible."""
    httpserver.expect_oneshot_request(
        PATH, method="POST", query_string={"thread_id": "5", "wait": "true"}
    ).respond_with_json(sample("discord/message.docs-example.json"))
    deliver("discord", httpserver.url_for(PATH) + "?thread_id=5")
    httpserver.check_assertions()


def test_discord_204_is_not_a_confirmation(httpserver: HTTPServer) -> None:
    """A 204 (what Discord answers without wait) is not taken as a delivered message."""
    respond(httpserver, 204, "")
    err = refused("discord", httpserver.url_for(PATH))
    assert err.status == 204 and not err.permanent


@pytest.mark.parametrize("kind", sorted(SUCCESS))
def test_server_error_is_retryable(kind: str, httpserver: HTTPServer) -> None:
    """A 500 is a NotifyError that the outbox retries: not permanent."""
    respond(httpserver, 500, f"internal error at {PATH}")
    err = refused(kind, httpserver.url_for(PATH))
    assert err.status == 500 and not err.permanent


@pytest.mark.parametrize("kind", sorted(SUCCESS))
def test_rate_limit_carries_retry_after(kind: str, httpserver: HTTPServer) -> None:
    """A 429 with Retry-After tells the outbox how long to wait."""
    respond(httpserver, 429, "slow down", headers={"Retry-After": "17"})
    err = refused(kind, httpserver.url_for(PATH))
    assert err.status == 429 and err.retry_after == 17.0 and not err.permanent


def test_retry_after_as_http_date(httpserver: HTTPServer) -> None:
    """Retry-After may be an HTTP date; it is read relative to `now`."""
    respond(httpserver, 503, "busy", headers={"Retry-After": "Thu, 20 Aug 2026 05:01:30 GMT"})
    err = refused("slack", httpserver.url_for(PATH))
    assert err.retry_after == 90.0 and not err.permanent


def test_discord_json_retry_after(httpserver: HTTPServer) -> None:
    """Discord's 429 JSON `retry_after` (float seconds) is used."""
    respond(httpserver, 429, sample("discord/error.429-user.json"))
    err = refused("discord", httpserver.url_for(PATH))
    assert err.retry_after == pytest.approx(64.57)


@pytest.mark.parametrize("kind", sorted(SUCCESS))
def test_not_found_is_permanent(kind: str, httpserver: HTTPServer) -> None:
    """A 404 means the webhook is gone: permanent, so the outbox stops retrying."""
    respond(httpserver, 404, f"no such hook {PATH}")
    err = refused(kind, httpserver.url_for(PATH))
    assert err.status == 404 and err.permanent


def test_discord_unknown_webhook_is_permanent(httpserver: HTTPServer) -> None:
    """Discord code 10015 (Unknown Webhook) is permanent and named in the message."""
    respond(httpserver, 404, sample("discord/error.10015-unknown-webhook.json"))
    err = refused("discord", httpserver.url_for(PATH))
    assert err.permanent and "10015" in str(err)


@pytest.mark.parametrize(
    ("status", "body", "permanent"),
    [
        (404, "no_service", True),
        (404, "channel_not_found", True),
        (410, "channel_is_archived", True),
        (400, "invalid_blocks", False),
        (200, "not ok", False),
    ],
)
def test_slack_error_bodies(status: int, body: str, permanent: bool, httpserver: HTTPServer) -> None:
    """Slack's plain-text error bodies decide whether the webhook is dead; 200 needs `ok`."""
    respond(httpserver, status, body)
    err = refused("slack", httpserver.url_for(PATH))
    assert err.permanent is permanent and body in str(err)


@pytest.mark.parametrize(
    ("sample_name", "permanent"),
    [
        ("mattermost/error.invalid-webhook.handwritten.json", True),
        ("mattermost/error.disabled.handwritten.json", True),
        ("mattermost/error.parse.handwritten.json", False),
    ],
)
def test_mattermost_errors(sample_name: str, permanent: bool, httpserver: HTTPServer) -> None:
    """Mattermost reports a deleted hook as 400 invalid.app_error: permanent despite the 400."""
    body = sample(sample_name)
    respond(httpserver, body["status_code"], body)
    err = refused("mattermost", httpserver.url_for(PATH))
    assert err.permanent is permanent and body["id"] in str(err)


def test_google_chat_error_envelope(httpserver: HTTPServer) -> None:
    """Google's error envelope is reported by status and message; a 400 is not permanent."""
    respond(httpserver, 400, sample("google-chat/error.text-too-long.json"))
    err = refused("google_chat", httpserver.url_for(PATH))
    assert not err.permanent and "longer than 4096" in str(err)


def test_google_chat_needs_json(httpserver: HTTPServer) -> None:
    """A 200 that is not the Message JSON (a captive portal, a proxy page) is not success."""
    respond(httpserver, 200, "<html>login</html>")
    err = refused("google_chat", httpserver.url_for(PATH))
    assert not err.permanent


def test_teams_throttle_reported_in_body(httpserver: HTTPServer) -> None:
    """Old Teams endpoints report throttling only in the body; it is still a 429 to the outbox."""
    respond(httpserver, 200, "Microsoft Teams endpoint returned HTTP error 429 with ContextId x")
    err = refused("teams", httpserver.url_for(PATH))
    assert err.status == 429 and not err.permanent


def test_teams_retired_connector_is_refused_without_a_request(httpserver: HTTPServer) -> None:
    """A retired Office 365 connector URL is a permanent error, and no request is made."""
    url = f"https://contoso.webhook.office.com/webhookb2/{SECRET}"
    err = refused("teams", url)
    assert err.permanent and "Workflows" in str(err)
    assert httpserver.log == []


def test_error_echoing_the_url_is_redacted(httpserver: HTTPServer) -> None:
    """A server that echoes the full URL, or the token alone, in its error body leaks neither."""
    url = httpserver.url_for(PATH) + "?token=QUERYSECRET99"
    respond(httpserver, 403, f"forbidden: {url} token QUERYSECRET99 path {SECRET}")
    with pytest.raises(NotifyError) as info:
        deliver("webhook", url)
    message = str(info.value)
    assert "QUERYSECRET99" not in message and SECRET not in message
    assert "127.0.0.1" not in message
    assert "HTTP 403" in message


def test_connection_refused_is_retryable_and_secret_free() -> None:
    """A closed port is a retryable NotifyError whose message and cause hold no URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}{PATH}"
    with pytest.raises(NotifyError) as info:
        deliver("slack", url)
    err = info.value
    assert not err.permanent and err.status is None
    assert SECRET not in str(err) and err.__cause__ is None


def test_console_writes_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    """The console channel prints the text (a dry run), whatever URL it is given."""
    text = notify.render("console", fixed_digest("fi"))[0]

    async def go() -> None:
        async with make_client(transport=None) as client:
            await notify.send("console", client, url="", payload=text, channel="c", now=NOW)

    asyncio.run(go())
    out = capsys.readouterr().out
    assert out == text and "Anna Virtanen" in out


def test_console_writes_to_the_given_stream(capsys: pytest.CaptureFixture[str]) -> None:
    """The app's console stream receives the text; stdout stays clean."""
    import io

    stream = io.StringIO()

    async def go() -> None:
        async with make_client(transport=None) as client:
            await notify.send("console", client, url="", payload="hello", channel="c", now=NOW, stream=stream)

    asyncio.run(go())
    assert stream.getvalue() == "hello\n"
    assert capsys.readouterr().out == ""
