"""What every renderer says, once; and how a long digest is split into messages.

Why shared: the seven renderers must tell the same story (headline, officials, posts, edits,
failing accounts, notices) in the same order and with the same words, and differ only in
markup and limits. So `document()` writes the text once, through the platform's `Markup`
(which escapes untrusted text and builds links), and `pack()` splits the sections over as many
messages as the platform's own `fits` check allows. A section that does not fit is continued,
never cut: its remaining lines go on under a "(continued)" title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from bot.model import AccountHealth, ChangedPost, Digest, DigestPost, OfficialSummary
from bot.notify import _safe
from bot.notify._i18n import number, t

SNIPPET_LIMIT = 300  # the digest bounds snippets to 280; this guards hand-made digests
NAME_LIMIT = 120
ERROR_LIMIT = 200
NOTICE_LIMIT = 600
SPARK = "▁▂▃▄▅▆▇█"
P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class Markup:
    """How one platform escapes untrusted text and writes bold text and links."""

    text: Callable[..., str]  # text(untrusted, limit=None) -> escaped
    bold: Callable[[str], str]
    link: Callable[[str, str], str]  # link(safe_url, escaped_label)
    newline: str = "\n"


@dataclass(frozen=True, slots=True)
class Section:
    """A titled list of lines; the unit that `pack` may continue in a later message."""

    title: str
    lines: tuple[str, ...]
    cont_title: str


@dataclass(frozen=True, slots=True)
class Document:
    """The digest as platform-escaped text, before it is laid out in messages."""

    title: str  # escaped with the platform's markup
    title_plain: str  # for fields no platform parses (headers, embed titles)
    period: str
    period_plain: str
    summary: tuple[str, ...]
    sections: tuple[Section, ...]
    fallback: str  # plain one-line summary for notifications
    language: str


def document(digest: Digest, m: Markup) -> Document:
    """Write the digest's text with markup `m`.

    Only Vahti's own words (labels, times, numbers) are written without `m.text`; everything
    that came from outside (post text, names, account keys, errors, notices, even the
    configured topic and time zone) goes through it.
    """
    lang = digest.language
    zone = _zone(digest.timezone)
    times = f"{local(digest.period_start, zone)} – {local(digest.period_end, zone)}"
    period = f"{times} ({m.text(digest.timezone, limit=64)})"
    period_plain = f"{times} ({_safe.plain(digest.timezone, limit=64)})"
    day = digest.period_end.astimezone(zone).date().isoformat()
    title_plain = f"{_safe.plain(digest.topic_name, limit=NAME_LIMIT)} · {day}"
    title = f"{m.text(digest.topic_name, limit=NAME_LIMIT)} · {day}"
    summary: list[str] = [period]
    prev = digest.previous_relevant_posts
    prev_text = f" ({t(lang, 'previous_week')}: {prev})" if prev is not None else ""
    if digest.quiet:
        summary.append(t(lang, "no_relevant_posts") + prev_text)
    else:
        summary.append(f"{t(lang, 'relevant_posts')}: {m.bold(str(digest.relevant_posts))} " + prev_text.strip())
        summary.append(_stance_line(digest))
        summary.append(_counts(lang, digest.positive, digest.negative, digest.neutral))
    sections: list[Section] = [_official(o, m, lang=lang, zone=zone) for o in digest.officials]
    names = dict(digest.official_names)
    for o in digest.officials:
        names.setdefault(o.official_id, o.name)

    def listed(key: str, lines: tuple[str, ...]) -> None:
        if lines:
            title = m.bold(t(lang, key))
            sections.append(Section(title=title, lines=lines, cont_title=_cont(title, m, lang)))

    listed("changed", tuple(_changed(c, m, lang=lang, zone=zone, names=names) for c in digest.changed))
    listed("accounts", tuple(_health(h, m, lang=lang, zone=zone, names=names) for h in digest.accounts))
    listed("notices", tuple(m.text(n, limit=NOTICE_LIMIT) for n in digest.notices))
    count = t(lang, "no_relevant_posts") if digest.quiet else f"{t(lang, 'relevant_posts')}: {digest.relevant_posts}"
    fallback = f"{title_plain}: {_safe.plain(count)}"
    return Document(
        title=title,
        title_plain=title_plain,
        period=period,
        period_plain=period_plain,
        summary=tuple(summary),
        sections=tuple(sections),
        fallback=fallback,
        language=lang,
    )


def part_label(language: str, index: int, total: int) -> str:
    """`part 2/3` in the digest language; empty for a digest that fits one message."""
    return f"{t(language, 'part')} {index}/{total}" if total > 1 else ""


WORST_PART = (99, 99)
MessageFn = Callable[[Document, list[Section], bool, tuple[int, int]], P]


def split(doc: Document, *, message: MessageFn[P], fits: Callable[[P], bool]) -> list[P]:
    """Pack `doc` into messages built by `message(doc, sections, is_first, (part, total))`.

    Each candidate is built with the widest part label ("part 99/99") and checked with `fits`,
    so that numbering the parts afterwards can never push a message over a limit.
    """
    groups = pack(doc.sections, fits=lambda s, first: fits(message(doc, s, first, WORST_PART)))
    total = len(groups)
    return [message(doc, secs, i == 0, (i + 1, total)) for i, secs in enumerate(groups)]


def pack(sections: Sequence[Section], *, fits: Callable[[list[Section], bool], bool]) -> list[list[Section]]:
    """Spread `sections` over messages, each accepted by `fits(sections, is_first)`.

    Greedy and order-preserving. A section's title always travels with at least one of its
    lines. A single line that would not fit even an empty message is still sent, alone
    (the renderers bound every line so that this cannot happen on the real platforms).
    """
    messages: list[list[Section]] = [[]]
    for section in sections:
        pending = list(section.lines)
        title = section.title
        if not pending:
            candidate = [*messages[-1], Section(title, (), section.cont_title)]
            if not fits(candidate, len(messages) == 1) and messages[-1]:
                messages.append([])
            messages[-1].append(Section(title, (), section.cont_title))
            continue
        while pending:
            current = messages[-1]
            first = len(messages) == 1
            taken = 0
            while taken < len(pending):
                piece = Section(title, tuple(pending[: taken + 1]), section.cont_title)
                if not fits([*current, piece], first):
                    break
                taken += 1
            if taken == 0:
                if current or first:
                    messages.append([])
                    continue
                taken = 1  # an oversized line alone in its message
            current.append(Section(title, tuple(pending[:taken]), section.cont_title))
            pending = pending[taken:]
            title = section.cont_title
    if messages and not messages[-1] and len(messages) > 1:
        messages.pop()
    return messages


def local(when: datetime, zone: ZoneInfo) -> str:
    """A time as the digest's readers see it: local, to the minute."""
    return when.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def sparkline(values: Sequence[float | None]) -> str:
    """One character per day: low bar for -1, full bar for +1, a dot for no stance."""
    out = []
    for v in values:
        if v is None:
            out.append("·")
        else:
            level = round((max(-1.0, min(1.0, v)) + 1) / 2 * (len(SPARK) - 1))
            out.append(SPARK[level])
    return "".join(out)


# -- pieces -----------------------------------------------------------------------------------


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except Exception:  # a renderer must not fail on a bad zone name; settings validate it
        return ZoneInfo("UTC")


def _cont(title: str, m: Markup, lang: str) -> str:
    return f"{title} ({t(lang, 'continued')})"


def _stance_line(d: Digest) -> str:
    lang = d.language
    mean = "–" if d.mean_stance is None else number(d.mean_stance, lang)
    text = f"{t(lang, 'mean_stance')}: {mean}"
    if d.mean_stance is not None and d.previous_mean_stance is not None:
        change = number(d.mean_stance - d.previous_mean_stance, lang)
        prev = number(d.previous_mean_stance, lang)
        text += f" ({t(lang, 'vs_previous', change=change, previous=prev)})"
    return text


def _counts(lang: str, pos: int, neg: int, neu: int) -> str:
    return f"{t(lang, 'positive')} {pos} · {t(lang, 'negative')} {neg} · {t(lang, 'neutral')} {neu}"


def _official(o: OfficialSummary, m: Markup, *, lang: str, zone: ZoneInfo) -> Section:
    about = ", ".join(x for x in (o.role, o.organisation) if x.strip())
    title = m.bold(m.text(o.name, limit=NAME_LIMIT))
    if about:
        title += " · " + m.text(about, limit=NAME_LIMIT)
    mean = "–" if o.mean_stance is None else number(o.mean_stance, lang)
    stats = (
        f"{t(lang, 'relevant_posts')}: {o.relevant_posts} · {t(lang, 'mean_stance')}: {mean}"
        f" · {_counts(lang, o.positive, o.negative, o.neutral)}"
    )
    if o.trend:
        stats += f" · {t(lang, 'trend')}: {sparkline(o.trend)}"
    lines = [stats]
    lines.extend(_post(p, m, lang=lang, zone=zone) for p in o.posts)
    hidden = o.relevant_posts - len(o.posts)
    if hidden > 0:
        lines.append(t(lang, "more_posts", n=hidden))
    return Section(title=title, lines=tuple(lines), cont_title=_cont(title, m, lang))


def _link(url: str | None, m: Markup, lang: str) -> str:
    safe = _safe.safe_url(url)
    if safe is None:
        return t(lang, "no_link")
    return m.link(safe, t(lang, "open_post"))


def _post(p: DigestPost, m: Markup, *, lang: str, zone: ZoneInfo) -> str:
    if p.label is not None:
        label = t(lang, p.label)
        if p.stance is not None:
            label += f" {number(p.stance, lang)}"
    else:
        label = t(lang, "unlabelled")
    meta = " · ".join((local(p.created_at, zone), m.text(p.lang, limit=12), m.bold(label)))
    quote = m.text("“" + _safe.clean(p.snippet, limit=SNIPPET_LIMIT) + "”")
    return f"{meta} · {_link(p.url, m, lang)}{m.newline}{quote}"


def _changed(c: ChangedPost, m: Markup, *, lang: str, zone: ZoneInfo, names: dict[str, str]) -> str:
    who = names.get(c.official_id, c.official_id)
    meta = " · ".join(
        (
            m.bold(t(lang, c.change)),
            local(c.at, zone),
            m.text(who, limit=NAME_LIMIT),
        )
    )
    quote = m.text("“" + _safe.clean(c.snippet, limit=SNIPPET_LIMIT) + "”")
    return f"{meta} · {_link(c.url, m, lang)}{m.newline}{quote}"


def _health(h: AccountHealth, m: Markup, *, lang: str, zone: ZoneInfo, names: dict[str, str]) -> str:
    who = names.get(h.official_id, h.official_id)
    last = local(h.last_success, zone) if h.last_success else t(lang, "never")
    parts = [
        m.bold(t(lang, h.state)),
        m.text(who, limit=NAME_LIMIT),
        m.text(_safe.scrub_secrets(h.account), limit=NAME_LIMIT),
    ]
    if h.consecutive_failures:
        parts.append(t(lang, "failures", n=h.consecutive_failures))
    parts.append(f"{t(lang, 'last_success')}: {last}")
    if h.last_error:
        err = _safe.scrub_secrets(_safe.clean(h.last_error))
        parts.append(f"{t(lang, 'last_error')}: {m.text(err, limit=ERROR_LIMIT)}")
    return " · ".join(parts)
