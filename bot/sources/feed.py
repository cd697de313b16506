"""Web feeds: RSS 0.9x/1.0/2.0, Atom 1.0 and JSON Feed 1.0/1.1, polled with conditional GET.

Why feedparser and not fastfeedparser (measured in `bench/feed_parsers.py`): fastfeedparser is
far faster, but it drops what the normalised post depends on. It loses the Atom text-construct
type, so a `type="text"` summary with literal `<angle brackets>` would be stripped as markup; it
returns an empty title for `type="xhtml"`; it does not resolve entry links against `xml:base`;
and it copies `updated` into `published`, which hides edits. feedparser gets all of these right
and costs milliseconds per feed, which is nothing next to a poll interval of minutes.

feedparser expands entities declared in a DOCTYPE (a 130 KB quadratic-blowup feed became a 1 GB
title), so no DOCTYPE ever reaches it: one without ENTITY declarations is stripped, one with them
is refused before any parser runs. It is always handed bytes we fetched (a `str` would be taken
for a URL or a file name), already decoded by our own rules and re-encoded as UTF-8: BOM, then
valid UTF-8, then the HTTP charset, then the XML declaration. Bytes that fit none of them are a
ParseError, not mojibake. JSON Feed is JSON, so it is read with `json`.
"""

from __future__ import annotations

import asyncio
import codecs
import hashlib
import json
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import fastfeedparser
import feedparser
import httpx

from bot.errors import FetchError, ParseError
from bot.http import DEFAULT_MAX_BYTES, get_capped, max_age_seconds, raise_for_status
from bot.http import retry_after_seconds as _retry_after_seconds
from bot.model import Account, Cursor, FetchResult, Post
from bot.sources._text import clean_text, html_to_text

PLATFORM = "feed"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1"
)
# Bodies above this are parsed in a worker thread so that one big feed does not stall every
# other poll on the event loop (about 1 ms per KB: 22 ms for a 20-item feed of 18 KB).
_THREAD_PARSE_BYTES = 64 * 1024
# Raw fields are provenance, not a second copy of the post.
_RAW_TEXT_LIMIT = 1000

# Media types that are never a feed, whatever the body says.
_REFUSED_MAJOR = frozenset({"image", "audio", "video", "font", "model", "multipart"})
_REFUSED_TYPES = frozenset(
    {
        "application/pdf",
        "application/zip",
        "application/gzip",
        "application/x-gzip",
        "application/x-tar",
        "application/wasm",
        "application/javascript",
        "text/javascript",
        "text/css",
        "text/csv",
    }
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_XML_DECL_ENCODING_TEXT = re.compile(r"""^(\s*<\?xml[^>]{0,200}?encoding\s*=\s*)(["'])[^"']*\2""")
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)
# feedparser's own DOCTYPE handling reads the document up to the first tag that starts with a
# word character; it must find no ENTITY declaration there either.
_FIRST_ELEMENT = re.compile(r"<[A-Za-z0-9_]")
_ROOT_NAME = re.compile(r"<([A-Za-z_][\w.:-]*)")
_LATIN1_LABELS = frozenset({"latin-1", "iso8859-1", "cp1252"})
_WIDE = ("utf-16", "utf-32")
# Three-letter codes of the languages a feed is likely to declare in ISO 639-2 form.
_ISO639_2 = {"fin": "fi", "swe": "sv", "eng": "en", "est": "et", "nor": "no", "dan": "da"}


@dataclass(frozen=True, slots=True)
class _Parsed:
    posts: list[Post]
    ttl_seconds: float | None = None


# ----------------------------------------------------------------------------- public API


def parse(
    body: bytes,
    *,
    account: Account,
    base_url: str,
    content_type: str | None = None,
    now: datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Post]:
    """The posts of one feed document, newest-first as the feed lists them.

    Pure: no I/O, no clock (items without a date get `now`, the poll's time, as first-seen).
    `base_url` is the URL the body came from, for relative links. Anything wrong with the body
    (wrong content type, broken encoding, HTML page, entity declarations, not a feed) is a
    ParseError that names the account, and nothing else escapes.
    """
    return _parse(
        body,
        account=account,
        base_url=base_url,
        content_type=content_type,
        now=now,
        max_bytes=max_bytes,
    ).posts


async def fetch(
    client: httpx.AsyncClient,
    account: Account,
    cursor: Cursor | None,
    *,
    now: datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
    backfill_since: datetime | None = None,
) -> FetchResult:
    """Poll one feed with conditional GET.

    A 304 is success with nothing to parse: the stored validators stay (or are refreshed when the
    304 carries new ones, RFC 9110 §15.4.5). A 200 is parsed whole or not at all. The server's
    wishes for the next poll (Retry-After, Cache-Control max-age, RSS `<ttl>`) come back as
    `retry_after`, the longest of them.
    """
    where = _label(account)
    url = account.url or account.handle
    if not url:
        raise FetchError("no feed URL configured", account=where, permanent=True)
    headers = {"Accept": ACCEPT}
    if cursor is not None and cursor.etag:
        headers["If-None-Match"] = cursor.etag
    if cursor is not None and cursor.last_modified:
        headers["If-Modified-Since"] = cursor.last_modified
    fetched = await get_capped(client, url, account=where, headers=headers, max_bytes=max_bytes, now=now)
    raise_for_status(fetched, account=where, now=now)
    hints = [
        _retry_after_seconds(fetched.headers.get("retry-after"), now=now),
        max_age_seconds(fetched.headers.get("cache-control")),
    ]
    if fetched.status == 304:
        return FetchResult(
            account=account.key,
            cursor=_revalidated(cursor, fetched.headers),
            not_modified=True,
            retry_after=_longest(hints),
            bytes_read=len(fetched.body),
        )
    options: dict[str, Any] = {
        "account": account,
        "base_url": fetched.url or url,
        "content_type": fetched.headers.get("content-type"),
        "now": now,
        "max_bytes": max_bytes,
    }
    if len(fetched.body) > _THREAD_PARSE_BYTES:
        parsed = await asyncio.to_thread(_parse, fetched.body, **options)
    else:
        parsed = _parse(fetched.body, **options)
    posts = parsed.posts
    if backfill_since is not None:
        posts = [p for p in posts if p.created_at >= backfill_since]
    hints.append(parsed.ttl_seconds)
    return FetchResult(
        account=account.key,
        posts=tuple(posts),
        cursor=Cursor(
            etag=fetched.headers.get("etag"),
            last_modified=fetched.headers.get("last-modified"),
        ),
        retry_after=_longest(hints),
        bytes_read=len(fetched.body),
    )


# ----------------------------------------------------------------------------- parsing


def _label(account: Account) -> str:
    """`feed <url>` for messages, without userinfo or query values, which can hold tokens."""
    ident = account.ident
    try:
        parts = urlsplit(ident)
    except ValueError:
        return "feed <unparseable URL>"
    if parts.scheme and parts.netloc:
        host = parts.netloc.rpartition("@")[2]
        ident = f"{parts.scheme}://{host}{parts.path}" + ("?…" if parts.query else "")
    return f"feed {ident}"


def _parse(
    body: bytes,
    *,
    account: Account,
    base_url: str,
    content_type: str | None,
    now: datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> _Parsed:
    where = _label(account)
    try:
        return _parse_body(
            body,
            account=account,
            base_url=base_url,
            content_type=content_type,
            now=now,
            max_bytes=max_bytes,
            where=where,
        )
    except ParseError:
        raise
    except Exception as e:  # the promise is ParseError only; tests check this never fires
        detail = str(e)[:200]
        raise ParseError(f"internal error while reading the feed ({type(e).__name__}: {detail})", account=where) from e


def _parse_body(
    body: bytes,
    *,
    account: Account,
    base_url: str,
    content_type: str | None,
    now: datetime,
    max_bytes: int,
    where: str,
) -> _Parsed:
    if len(body) > max_bytes:
        raise ParseError(f"body of {len(body)} bytes exceeds the cap of {max_bytes}", account=where)
    mime, charset = _split_content_type(content_type)
    if mime and (mime.split("/")[0] in _REFUSED_MAJOR or mime in _REFUSED_TYPES):
        raise ParseError(f"content type {mime} is not a feed", account=where)
    if not body.strip():
        raise ParseError("empty body", account=where)
    text = _decode(body, charset=charset, where=where).lstrip("\ufeff \t\r\n")
    if not text:
        raise ParseError("empty body", account=where)
    if text[0] in "{[":
        return _Parsed(_parse_json_feed(text, account=account, base_url=base_url, now=now))
    return _parse_xml_feed(text, account=account, base_url=base_url, now=now, where=where, mime=mime)


def _split_content_type(value: str | None) -> tuple[str | None, str | None]:
    """The media type and charset of a Content-Type, tolerating quotes and stray spaces."""
    if not value:
        return None, None
    mime, *params = value.split(";")
    charset = None
    for param in params:
        name, sep, val = param.partition("=")
        if sep and name.strip().lower() == "charset":
            charset = val.strip().strip("\"'").strip() or None
    return mime.strip().lower() or None, charset


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decode(body: bytes, *, charset: str | None, where: str) -> str:
    """Bytes to text by BOM, then UTF-8, then the HTTP charset, then the XML declaration.

    Valid UTF-8 wins over a declared single-byte charset because text in another encoding is
    almost never valid UTF-8 by accident, while servers that label every file ISO-8859-1 are
    common. Bytes that fit no candidate are refused instead of guessed.
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            try:
                return body[len(bom) :].decode(name)
            except UnicodeDecodeError as e:
                raise ParseError(
                    f"bytes invalid for the {name} byte-order mark at offset {e.start}",
                    account=where,
                ) from e
    wide = _sniff_wide(body)
    if wide:
        try:
            return body.decode(wide)
        except UnicodeDecodeError as e:
            raise ParseError(f"body is not valid {wide} at offset {e.start}", account=where) from e
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    declared = _XML_DECL_ENCODING.match(body[:1024])
    candidates: list[str] = []
    declared_label = declared.group(1).decode("ascii") if declared else None
    for label in (charset, declared_label):
        codec = _codec(label)
        if not codec or codec == "utf-8" or codec.startswith(_WIDE):
            continue
        # WHATWG: an ISO-8859-1 label means windows-1252, whose 0x80-0x9F are printable.
        for candidate in ("cp1252", "latin-1") if codec in _LATIN1_LABELS else (codec,):
            if candidate not in candidates:
                candidates.append(candidate)
    for candidate in candidates:
        try:
            return body.decode(candidate)
        except UnicodeDecodeError:
            continue
    tried = ", ".join(["utf-8", *candidates])
    raise ParseError(
        f"broken encoding: body is not valid {tried} (first bad byte at offset {utf8_error.start})",
        account=where,
    ) from utf8_error


def _sniff_wide(body: bytes) -> str | None:
    """UTF-16/32 without a BOM, recognised by the zero bytes around the first character."""
    head = body[:4]
    if len(head) < 4:
        return None
    if head[0] and head[1:4] == b"\0\0\0":
        return "utf-32-le"
    if head[:3] == b"\0\0\0" and head[3]:
        return "utf-32-be"
    if head[0] and not head[1] and head[2] and not head[3]:
        return "utf-16-le"
    if not head[0] and head[1] and not head[2] and head[3]:
        return "utf-16-be"
    return None


def _strip_doctype(text: str, *, where: str) -> str:
    """Remove the prolog's DOCTYPE; refuse one that declares entities.

    Walks the prolog as the XML grammar defines it (declaration, comments, processing
    instructions, one DOCTYPE), so the check costs nothing and happens before any parser runs:
    a billion-laughs bomb is refused in microseconds with no memory spent on it.
    """
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in " \t\r\n":
            i += 1
        if text.startswith("<?", i):
            end = text.find("?>", i + 2)
            if end < 0:
                break
            i = end + 2
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                break
            i = end + 3
        elif text[i : i + 9].upper() == "<!DOCTYPE":
            end, subset = _doctype_end(text, i + 9)
            if end < 0:
                raise ParseError("unterminated DOCTYPE", account=where)
            if _ENTITY_DECL.search(subset):
                raise ParseError("entity declarations refused (<!ENTITY> in DOCTYPE)", account=where)
            text = text[:i] + text[end:]
            n = len(text)
        else:
            break
    # Whatever did not parse as a prolog above is where feedparser's lenient parser would look.
    first = _FIRST_ELEMENT.search(text)
    if _ENTITY_DECL.search(text, 0, first.start() if first else len(text)):
        raise ParseError("entity declarations refused (<!ENTITY> before the root)", account=where)
    return text


def _doctype_end(text: str, start: int) -> tuple[int, str]:
    """The index just past a DOCTYPE that starts before `start`, and its internal subset."""
    quote = ""
    subset_start = subset_end = -1
    i, n = start, len(text)
    while i < n:
        c = text[i]
        if quote:
            if c == quote:
                quote = ""
        elif subset_start >= 0 > subset_end and text.startswith("<!--", i):
            close = text.find("-->", i + 4)
            if close < 0:
                return -1, text[subset_start:]
            i = close + 3
            continue
        elif c in "\"'":
            quote = c
        elif c == "[" and subset_start < 0:
            subset_start = i + 1
        elif c == "]" and subset_start >= 0 > subset_end:
            subset_end = i
        elif c == ">" and (subset_start < 0 or subset_end >= 0):
            return i + 1, text[subset_start:subset_end] if subset_start >= 0 else ""
        i += 1
    return -1, text[subset_start:] if subset_start >= 0 else text[start:]


def _parse_xml_feed(
    text: str,
    *,
    account: Account,
    base_url: str,
    now: datetime,
    where: str,
    mime: str | None,
) -> _Parsed:
    text = _strip_doctype(text, where=where)
    root = _ROOT_NAME.search(text)
    root_name = root.group(1).split(":")[-1].lower() if root else ""
    if root_name == "html":
        served = f" (served as {mime})" if mime else ""
        raise ParseError(f"an HTML page, not a feed{served}", account=where)
    text = _XML_DECL_ENCODING_TEXT.sub(r'\1"utf-8"', text, count=1)
    if root_name == "rss":
        fast = fast_rss(text)
        if fast is not None:
            entries_fast, feed_lang_fast = fast
            return _posts_from_entries(
                entries_fast,
                account=account,
                base_url=base_url,
                feed_lang=_lang2(feed_lang_fast),
                now=now,
                fmt="rss20",
                ttl=_ttl_seconds(m.group(1)) if (m := _RSS_TTL.search(text)) else None,
            )
    try:
        doc = feedparser.parse(
            text.encode("utf-8", errors="surrogatepass"),
            response_headers={
                "content-type": "application/xml; charset=utf-8",
                "content-location": base_url,
            },
            resolve_relative_uris=False,
            sanitize_html=False,
        )
    except Exception as e:  # feedparser promises bozo instead of raising; hold it to that
        raise ParseError(f"feed parser failed ({type(e).__name__})", account=where) from e
    entries = dict.get(doc, "entries") or []
    if not entries and not dict.get(doc, "version"):
        reason = dict.get(doc, "bozo_exception")
        because = f"; {str(reason)[:120]}" if reason else ""
        what = f"root element <{root_name}>" if root_name else "no XML elements"
        raise ParseError(f"not a feed ({what}{because})", account=where)
    feed = dict.get(doc, "feed") or {}
    return _posts_from_entries(
        entries,
        account=account,
        base_url=base_url,
        feed_lang=_lang2(dict.get(feed, "language")),
        now=now,
        fmt=str(dict.get(doc, "version") or ""),
        ttl=_ttl_seconds(dict.get(feed, "ttl")),
    )


def _posts_from_entries(
    entries: list[Any],
    *,
    account: Account,
    base_url: str,
    feed_lang: str | None,
    now: datetime,
    fmt: str,
    ttl: float | None,
) -> _Parsed:
    posts: list[Post] = []
    seen: set[str] = set()
    for entry in entries:
        post = _entry_post(entry, account=account, base_url=base_url, feed_lang=feed_lang, now=now, fmt=fmt)
        if post.native_id not in seen:  # duplicate guids happen; the first (newest) wins
            seen.add(post.native_id)
            posts.append(post)
    return _Parsed(posts, ttl_seconds=ttl)


_RSS_ITEM = re.compile(r"<item[\s>/]")
_RSS_ITEM_BLOCK = re.compile(r"<item[\s>].*?</item>", re.S)
_RSS_BLOCK_DATE = re.compile(r"<(?:pubDate|dc:date)>\s*([^<]*?)\s*</(?:pubDate|dc:date)>")
_C1_OR_REPLACEMENT = re.compile("[\u0080-\u009f\ufffd]")
_RSS_DATE = re.compile(r"<(?:pubDate|dc:date)[\s>]")
_RSS_TTL = re.compile(r"<ttl>\s*(\d{1,6})\s*</ttl>")
_RSS_LANGUAGE = re.compile(r"<language>\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\s*</language>")
# What the fast path does not read the way feedparser does: per-item languages, and HTML's named
# entities (feedparser knows &eacute;, an XML parser does not).
_RSS_FAST_UNSAFE = re.compile(
    r"<dc:language|xml:lang=|xml:base="
    r"|&(?!(?:amp|lt|gt|quot|apos);|#)[A-Za-z][A-Za-z0-9]{1,31};"  # HTML named entities
    r"|&#(?:1[2-5][0-9]|x[89][0-9A-Fa-f]);"  # Windows-1252 code points that feedparser repairs
)


def fast_rss(text: str) -> tuple[list[dict[str, Any]], str | None] | None:
    """fastfeedparser's reading of an RSS 2.0 document, shaped like feedparser's; None if it looks damaged.

    Why: feedparser costs ~0.6 ms per item and dominated a poll's CPU (bench/poll.py); fastfeedparser
    is ~40x faster but silently drops the items after an unclosed tag and can garble text. We take
    its answer only when nothing can differ: as many entries as `<item>` tags, each with its own
    guid and absolute link, a date for every dated item, no U+FFFD or C1 characters, no per-item
    language, xml:base, HTML named entity or Windows-1252 reference (which feedparser repairs).
    Anything else, and every Atom or RDF feed, goes to feedparser.
    The differential test in tests/sources/test_feed.py holds the two paths to the same posts.
    """
    if _RSS_FAST_UNSAFE.search(text):
        return None
    try:
        doc = fastfeedparser.parse(text.encode("utf-8", errors="surrogatepass"))
        raw_entries = list(doc.get("entries") or [])
    except Exception:
        return None
    first_item = _RSS_ITEM.search(text)
    channel_lang = _RSS_LANGUAGE.search(text, 0, first_item.start() if first_item else len(text))
    feed_lang = channel_lang.group(1) if channel_lang else None
    if len(raw_entries) != len(_RSS_ITEM.findall(text)):
        return None
    # Each item must carry its own guid and absolute link (fastfeedparser and feedparser disagree
    # on what stands in for a missing one), and the dates as the feed wrote them go to `raw`.
    blocks = _RSS_ITEM_BLOCK.findall(text)
    if len(blocks) != len(raw_entries) or not all("<guid" in b and "<link>" in b for b in blocks):
        return None
    written = [m.group(1) if (m := _RSS_BLOCK_DATE.search(b)) else None for b in blocks]
    dated = 0
    entries: list[dict[str, Any]] = []
    for e, date_written in zip(raw_entries, written, strict=True):
        contents = [dict(c) for c in e.get("content") or [] if isinstance(c, dict)]
        texts = [e.get("title"), e.get("description"), *(c.get("value") for c in contents)]
        if any(isinstance(t, str) and _C1_OR_REPLACEMENT.search(t) for t in texts):
            return None
        link = e.get("link")
        if not (isinstance(link, str) and link.startswith(("http://", "https://"))):
            return None
        published, updated = _iso_dt(e.get("published")), _iso_dt(e.get("updated"))
        dated += published is not None or updated is not None
        description = e.get("description") or ""
        entries.append(
            {
                "id": e.get("id"),
                "link": e.get("link"),
                "title": e.get("title") or "",
                "title_detail": {"type": "text/html", "value": e.get("title") or ""},
                "content": [c for c in contents if c.get("value") and c.get("value") != description],
                "summary_detail": {"type": "text/html", "value": description} if description else None,
                "published_parsed": published.utctimetuple() if published else None,
                "updated_parsed": updated.utctimetuple() if updated else None,
                "published": date_written if published else None,
                "updated": None,
                "author": e.get("author"),
                "tags": [dict(t) for t in e.get("tags") or [] if isinstance(t, dict)],
            }
        )
    if dated < len(_RSS_DATE.findall(text)):
        return None
    return entries, feed_lang


def _entry_post(
    entry: dict[str, Any],
    *,
    account: Account,
    base_url: str,
    feed_lang: str | None,
    now: datetime,
    fmt: str,
) -> Post:
    get = entry.get if type(entry) is dict else lambda k: dict.get(entry, k)
    title_detail = get("title_detail")
    title = _detail_text(title_detail) if title_detail else clean_text(_str(get("title")) or "")
    body_detail = next((c for c in get("content") or [] if isinstance(c, dict) and c.get("value")), None) or get(
        "summary_detail"
    )
    text = (_detail_text(body_detail) if body_detail else "") or title
    published = _struct_dt(get("published_parsed"))
    updated = _struct_dt(get("updated_parsed"))
    link = _http_url(_str(get("link")), base=base_url)
    dated = published or updated
    date_raw = dated.isoformat() if dated else ""
    # dc:language on the item, else the nearest xml:lang (feedparser inherits it per element).
    lang = _lang2(get("language"))
    for detail in (body_detail, title_detail):
        if lang is None and isinstance(detail, dict) and detail.get("language"):
            lang = _lang2(detail.get("language"))
    summary = get("summary_detail")
    raw = {
        "format": fmt or None,
        "id": _str(get("id")),
        "link": _str(get("link")),
        "title": _clip(_str(get("title"))),
        "published": _str(get("published")),
        "updated": _str(get("updated")),
        "author": _str(get("author")),
        "summary": _clip(_str(summary.get("value")) if isinstance(summary, dict) else None),
        "tags": [t for t in (_str(tag.get("term")) for tag in get("tags") or [] if isinstance(tag, dict)) if t][:20]
        or None,
        "enclosures": [
            {k: _str(ln.get(k)) for k in ("href", "type", "length") if ln.get(k)}
            for ln in get("links") or []
            if isinstance(ln, dict) and ln.get("rel") == "enclosure"
        ][:5]
        or None,
    }
    return Post(
        platform=PLATFORM,
        native_id=_native_id(_str(get("id")), link=link, title=title, date_raw=date_raw, text=text, account=account),
        official_id=account.official_id,
        account=account.key,
        url=link,
        text=text,
        created_at=published or updated or now,
        lang=lang or feed_lang,
        title=title or None,
        edited_at=updated if published and updated and updated > published else None,
        raw={k: v for k, v in raw.items() if v is not None},
    )


def _detail_text(detail: Any) -> str:
    """Text of a feedparser text construct: markup stripped only when the feed says it is markup."""
    if not isinstance(detail, dict):
        return ""
    value = _str(detail.get("value")) or ""
    kind = str(detail.get("type") or "")
    if "html" in kind:
        return html_to_text(value)
    return clean_text(value)


def _parse_json_feed(text: str, *, account: Account, base_url: str, now: datetime) -> list[Post]:
    where = _label(account)
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise ParseError(f"not valid JSON ({str(e)[:120]})", account=where) from e
    if not isinstance(doc, dict):
        raise ParseError("JSON, but not a JSON Feed (top level is not an object)", account=where)
    version = doc.get("version")
    if not (isinstance(version, str) and "jsonfeed.org/version/" in version):
        raise ParseError("JSON, but not a JSON Feed (no jsonfeed.org version)", account=where)
    items = doc.get("items")
    if not isinstance(items, list):
        raise ParseError("JSON Feed without an 'items' list", account=where)
    feed_lang = _lang2(doc.get("language"))
    posts: list[Post] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, dict):
            continue  # one malformed item must not hide the others
        post = _json_item_post(item, account=account, base_url=base_url, feed_lang=feed_lang, now=now)
        if post.native_id not in seen:
            seen.add(post.native_id)
            posts.append(post)
    return posts


def _json_item_post(
    item: dict[str, Any], *, account: Account, base_url: str, feed_lang: str | None, now: datetime
) -> Post:
    ident = item.get("id")
    if isinstance(ident, bool) or not isinstance(ident, str | int | float):
        ident = None
    title = clean_text(_str(item.get("title")) or "")  # JSON Feed titles are plain text
    if _str(item.get("content_text")):
        text = clean_text(_str(item.get("content_text")) or "")
    elif _str(item.get("content_html")):
        text = html_to_text(_str(item.get("content_html")) or "")
    else:
        text = clean_text(_str(item.get("summary")) or "")
    text = text or title
    published = _iso_dt(item.get("date_published"))
    modified = _iso_dt(item.get("date_modified"))
    link = _http_url(_str(item.get("url")), base=base_url)
    authors: list[Any] = list(item["authors"]) if isinstance(item.get("authors"), list) else []
    if isinstance(item.get("author"), dict):  # JSON Feed 1.0's single author
        authors.append(item["author"])
    tags: list[Any] = item["tags"] if isinstance(item.get("tags"), list) else []
    raw = {
        "format": "json",
        "id": str(ident) if ident is not None else None,
        "url": _str(item.get("url")),
        "external_url": _str(item.get("external_url")),
        "title": _clip(_str(item.get("title"))),
        "summary": _clip(_str(item.get("summary"))),
        "date_published": _str(item.get("date_published")),
        "date_modified": _str(item.get("date_modified")),
        "language": _str(item.get("language")),
        "tags": [t for t in tags if isinstance(t, str)][:20] or None,
        "authors": [n for a in authors if isinstance(a, dict) and (n := _str(a.get("name")))] or None,
    }
    return Post(
        platform=PLATFORM,
        native_id=_native_id(
            str(ident) if ident is not None else None,
            link=link,
            title=title,
            date_raw=_str(item.get("date_published")) or _str(item.get("date_modified")) or "",
            text=text,
            account=account,
        ),
        official_id=account.official_id,
        account=account.key,
        url=link,
        text=text,
        created_at=published or modified or now,
        lang=_lang2(item.get("language")) or feed_lang,
        title=title or None,
        edited_at=modified if published and modified and modified > published else None,
        raw={k: v for k, v in raw.items() if v is not None},
    )


# ----------------------------------------------------------------------------- small helpers


def _native_id(ident: str | None, *, link: str | None, title: str, date_raw: str, text: str, account: Account) -> str:
    """The item's identity, stable across polls and scoped by the feed it came from.

    Even an absolute id (a URL, `tag:`, `urn:`) is scoped by the feed URL: the same id can reach
    us through two feeds with different content (a blog's RSS and Atom versions, a category feed
    beside the main one), and one shared identity would flip between the two versions on every
    poll, recording a false edit each time, or credit one official's post to another. Without an
    id: the link; without a link: a hash of the title and the date as written (never of `now`,
    which changes every poll), or of the text when both are missing.
    """
    ident = (ident or "").strip() or (link or "")
    if ident:
        return f"{account.ident}#{ident}"
    basis = f"{title}\n{date_raw}" if title or date_raw else text
    digest = hashlib.sha256(f"{account.ident}\n{basis}".encode("utf-8", "surrogatepass"))
    return f"sha256:{digest.hexdigest()[:32]}"


def _http_url(value: str | None, *, base: str) -> str | None:
    """An absolute http(s) URL, or None: a `javascript:` link must never reach a chat message."""
    if not value:
        return None
    value = value.strip()
    try:
        url = urljoin(base, value) if base else value
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def _struct_dt(value: Any) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


def _iso_dt(value: Any) -> datetime | None:
    """An RFC 3339 date as UTC; a missing or malformed one is None, never an error."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _lang2(value: Any) -> str | None:
    """`fi-FI`, `en_US`, `FIN` -> a two-letter ISO 639-1 code, or None when it is not one."""
    if not isinstance(value, str):
        return None
    primary = re.split(r"[-_\s]", value.strip().lower(), maxsplit=1)[0]
    if len(primary) == 2 and primary.isascii() and primary.isalpha():
        return primary
    return _ISO639_2.get(primary)


def _ttl_seconds(value: Any) -> float | None:
    try:
        minutes = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes * 60 if 0 < minutes < 100_000 else None


def _longest(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def _revalidated(cursor: Cursor | None, headers: httpx.Headers) -> Cursor | None:
    """The stored cursor, with any validator a 304 sent in place of the old one."""
    etag, last_modified = headers.get("etag"), headers.get("last-modified")
    if cursor is None:
        return Cursor(etag=etag, last_modified=last_modified) if etag or last_modified else None
    return Cursor(
        etag=etag or cursor.etag,
        last_modified=last_modified or cursor.last_modified,
        position=cursor.position,
    )


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _clip(value: str | None) -> str | None:
    if value is None:
        return None
    return value if len(value) <= _RAW_TEXT_LIMIT else value[:_RAW_TEXT_LIMIT] + "…"
