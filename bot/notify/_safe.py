"""Make untrusted post text harmless before it enters a chat message.

Why here and why so strict: a digest relays what outside people wrote into a team's channel.
Every platform has syntax that relayed text could abuse: mass mentions (`<!channel>`,
`@everyone`, `<users/all>`), user and role pings (`<@U123>`, `<@&role>`), links whose label
hides their target (`<https://evil|Your bank>`, `[Your bank](https://evil)`), layout-breaking
markdown, and terminal escape sequences. Each renderer passes every piece of text it did not
write itself (post snippets, names, account keys, errors, notices) through the escaper for its
platform, and builds its own links only from `safe_url`.

The layers, applied in this order by every escaper:
1. `clean`: control and bidi characters go, whitespace runs collapse (newline → space).
2. `defuse_mentions`: a zero-width space after every `@`, so no platform sees `@here`,
   `@everyone`, `@user` or `<@123>` as a mention, while the reader sees the same text.
3. `break_md_links`: a zero-width space between `]` and `(`, in case a platform (or a relay)
   reads Markdown where its documentation says it does not.
4. The platform's documented method: `&<>` entities for Slack and for HTML (Google Chat cards);
   look-alike angle brackets elsewhere (Google Chat text has no escape at all, and Mattermost
   translates Slack's `<!channel>` forms); backslash escapes for markdown where the platform
   supports them, look-alike characters where it has no escape (Slack mrkdwn).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

ZWSP = "\u200b"
_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}
_DROP = {*_BIDI, "\ufeff", "\u2060", "\u00ad"}
_SPACE_RUN = re.compile(r"[^\S\n]+")
_LINES = re.compile(r"\s*\n\s*")
_AT = re.compile("@(?!" + ZWSP + ")")
_URL_QUERY = re.compile(r"(https?://[^\s?#]+)[?#]\S*", re.IGNORECASE)

# Slack mrkdwn has no escape syntax; these look-alikes keep the text readable and inert.
_SLACK_LOOKALIKE = str.maketrans({"*": "∗", "_": "ˍ", "~": "∼", "`": "ˋ"})
_ANGLE_LOOKALIKE = str.maketrans({"<": "‹", ">": "›"})
# Markdown characters that can start formatting, a link, a heading, a list or a quote.
DISCORD_MD = "\\*_~`|>#-[]()"
TEAMS_MD = "\\*_~`[]"
MATTERMOST_MD = "\\*_~`|>#-[]()!"


def clean(text: object, *, keep_newlines: bool = False, limit: int | None = None) -> str:
    """`text` without control, bidi or invisible format characters, whitespace collapsed.

    `limit` shortens with a visible ellipsis (used for names and error texts, never for a
    post's snippet, which the digest already bounds).
    """
    s = "" if text is None else str(text)
    out = []
    for ch in s:
        if ch in _DROP:
            continue
        if ch == "\n" and keep_newlines:
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Zl", "Zp", "Cs"):
            out.append(" ")
        elif cat == "Co":
            out.append("\ufffd")
        else:
            out.append(ch)
    flat = _SPACE_RUN.sub(" ", "".join(out))
    flat = _LINES.sub("\n", flat).strip() if keep_newlines else flat.strip()
    if limit is not None and len(flat) > limit:
        flat = flat[: max(0, limit - 1)].rstrip() + "…"
    return flat


def defuse_mentions(text: str) -> str:
    """Put a zero-width space after every `@` so that no platform reads a mention."""
    return _AT.sub("@" + ZWSP, text)


def scrub_secrets(text: str) -> str:
    """Drop query strings and fragments from URLs in `text`: they may carry tokens."""
    return _URL_QUERY.sub(r"\1?…", text)


def angle_lookalike(text: str) -> str:
    """`<` and `>` as look-alikes: no `<!channel>`, `<users/all>` or `<url|label>` survives."""
    return text.translate(_ANGLE_LOOKALIKE)


def slack_entities(text: str) -> str:
    """Slack's documented escape: `&`, `<`, `>` (in that order) and nothing else."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_escape(text: str) -> str:
    """Escape for an HTML subset (Google Chat cards) and attribute values."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def backslash(text: str, chars: str) -> str:
    """Backslash-escape each of `chars` in `text`."""
    return "".join("\\" + ch if ch in chars else ch for ch in text)


def break_md_links(text: str) -> str:
    """A zero-width space between `]` and `(`: no Markdown dialect reads a link there."""
    return text.replace("](", "]" + ZWSP + "(")


def plain(text: object, *, limit: int | None = None) -> str:
    """Untrusted text for a field that no platform parses (plain text, console, JSON).

    Relayed further (a JSON consumer posting it to a chat), it still cannot ping anyone, and
    cannot become a Slack, Google Chat or Markdown link.
    """
    return break_md_links(angle_lookalike(defuse_mentions(clean(text, limit=limit))))


def slack_text(text: object, *, limit: int | None = None) -> str:
    """Untrusted text for Slack mrkdwn: entities for `&<>`, look-alikes for formatting."""
    text = break_md_links(defuse_mentions(clean(text, limit=limit)))
    return slack_entities(text).translate(_SLACK_LOOKALIKE)


def chat_text(text: object, *, limit: int | None = None) -> str:
    """Untrusted text for Google Chat's `text` field, which has no escape at all."""
    return plain(text, limit=limit).translate(_SLACK_LOOKALIKE)


def md_text(text: object, chars: str, *, limit: int | None = None) -> str:
    """Untrusted text for a markdown platform: look-alike angles and backslash escapes."""
    return backslash(plain(text, limit=limit), chars)


def html_text(text: object, *, limit: int | None = None) -> str:
    """Untrusted text for an HTML-subset field."""
    return html_escape(break_md_links(defuse_mentions(clean(text, limit=limit))))


# Characters that are legal in a URL but would end or break a link in some markup:
# Slack `<url|label>`, markdown `[label](url)`, HTML attributes.
_URL_BREAKERS = set(" <>|[]()\"'`{}\\^")


def safe_url(url: str | None) -> str | None:
    """The post's own URL if it is a plain http(s) URL, percent-encoded for every markup.

    Anything else (javascript:, data:, relative, credentials in the host part, controls) is
    refused: the digest then shows the post without a link rather than a dangerous one.
    """
    if not url or len(url) > 2000:
        return None
    url = url.strip()
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or "@" in parts.netloc:
        return None
    if not re.fullmatch(r"[A-Za-z0-9.\-\[\]:]+", parts.netloc):
        return None
    out = [parts.scheme.lower(), "://", parts.netloc]
    rest = url[len(parts.scheme) + 3 + len(parts.netloc) :]
    for ch in rest:
        if ch in _URL_BREAKERS or ord(ch) > 126:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)
