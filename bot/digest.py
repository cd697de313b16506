"""Summarise one period's scored posts into a Digest: data in, data out.

Why pure: the daily job, `vahti digest --dry-run`, the golden-file tests and a replay of an old
day must all get the same message from the same rows. So this module reads no clock (the period
is an argument), touches no database (storage hands over the rows) and formats nothing for a
particular chat (the renderers in bot.notify do that).

Rules that a reader of the digest relies on:
- a post counts when its score for this topic says `relevant`; its stance counts when the
  scorer gave one (unsupported languages count as posts, never as a guessed stance);
- posts of officials that are no longer configured are left out of every number, so the
  totals always equal the sum over the officials listed;
- the comparison is with the 7 days before the period, the trend covers the 14 local days that
  end with the period, one value per day (None for a day without a stance);
- the posts shown are the most negative first, then the most positive, so that criticism is
  never hidden by a busy day of praise; the ones left out are counted, never silently dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import ConfigError
from bot.model import (
    AccountHealth,
    ChangedPost,
    Digest,
    DigestPost,
    Official,
    OfficialSummary,
    StoredPost,
    Topic,
)

PREVIOUS_DAYS = 7
TREND_DAYS = 14
SNIPPET_MAX = 280
ELLIPSIS = "…"

# Characters that must not reach a snippet: C0/C1 controls, line and paragraph separators, and
# the bidirectional overrides that can make a quote read backwards.
_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}
_SPACE_RUN = re.compile(r"\s+")


def build(
    *,
    topic: Topic,
    period_start: datetime,
    period_end: datetime,
    rows: Sequence[StoredPost],
    officials: Sequence[Official],
    health: Sequence[AccountHealth] = (),
    changed: Sequence[ChangedPost] = (),
    timezone: str,
    language: str,
    notices: Sequence[str] = (),
    max_posts_per_official: int = 10,
    late: Collection[int] = (),
) -> Digest:
    """Build the digest of `topic` for [period_start, period_end).

    `rows` should cover [period_start - 14 days, period_end); rows outside are ignored, so a
    caller that hands over more does no harm. `late` names rows created before the period that
    no earlier digest could show (fetched only during this period): they are reported here, and
    left out of the previous-week comparison, which they were never part of.
    """
    if period_end <= period_start:
        raise ValueError("digest: period_end must be after period_start")
    zone = _zone(timezone)
    known = {o.id: o for o in officials}
    relevant = _relevant_rows(rows, topic=topic, known=known)
    late_ids = set(late)
    current = [r for r in relevant if period_start <= r.post.created_at < period_end or r.id in late_ids]
    prev_start = period_start - timedelta(days=PREVIOUS_DAYS)
    previous = [r for r in relevant if prev_start <= r.post.created_at < period_start and r.id not in late_ids]
    days = trend_days(period_end=period_end, zone=zone)

    by_official: dict[str, list[StoredPost]] = defaultdict(list)
    for r in current:
        by_official[r.post.official_id].append(r)
    summaries = [
        _summarise(
            known[oid],
            by_official[oid],
            trend=_trend(oid, relevant, days=days, zone=zone),
            limit=max_posts_per_official,
        )
        for oid in known
        if by_official.get(oid)
    ]
    order = {oid: i for i, oid in enumerate(known)}
    summaries.sort(key=lambda s: (-s.relevant_posts, order[s.official_id]))

    labels = _label_counts(current)
    return Digest(
        topic_id=topic.id,
        topic_name=topic.name,
        period_start=period_start,
        period_end=period_end,
        timezone=timezone,
        language=language,
        relevant_posts=len(current),
        mean_stance=_mean(_stances(current)),
        previous_mean_stance=_mean(_stances(previous)),
        previous_relevant_posts=len(previous),
        positive=labels["positive"],
        negative=labels["negative"],
        neutral=labels["neutral"],
        officials=tuple(summaries),
        changed=_changes(changed, relevant, start=period_start, end=period_end),
        accounts=tuple(
            sorted(
                (h for h in health if h.state in ("failing", "silent")),
                key=lambda h: (h.state, h.official_id, h.account),
            )
        ),
        notices=tuple(n for n in notices if n.strip()),
        trend_days=days,
        official_names={o.id: o.name for o in officials},
    )


def trend_days(*, period_end: datetime, zone: ZoneInfo) -> tuple[date, ...]:
    """The 14 local days that end with the day holding the period's last instant."""
    last = (period_end - timedelta(microseconds=1)).astimezone(zone).date()
    return tuple(last - timedelta(days=n) for n in range(TREND_DAYS - 1, -1, -1))


def snippet(text: str, needles: Iterable[str] = (), *, limit: int = SNIPPET_MAX) -> str:
    """A quote of `text` of at most `limit` characters around the first matched term.

    Whitespace and control characters collapse to single spaces, so that a snippet can never
    carry a line break, a heading or an escape sequence into a chat message.
    """
    flat = collapse(text)
    if len(flat) <= limit:
        return flat
    pos, length = _locate(flat, needles)
    budget = max(1, limit - 2)  # room for an ellipsis at each end
    # Put the term about a third of the way in: the words before it give its context.
    start = 0 if pos < 0 else max(0, pos - max(0, budget - length) // 3)
    end = min(len(flat), start + budget)
    start = max(0, end - budget)
    if start > 0:
        space = flat.find(" ", start, min(start + 20, pos if pos > start else end))
        if space != -1:
            start = space + 1
    if end < len(flat):
        space = flat.rfind(" ", max(start + 1, end - 20, pos + length if pos >= 0 else 0), end)
        if space != -1:
            end = space
    body = flat[start:end].strip()
    return (ELLIPSIS if start > 0 else "") + body + (ELLIPSIS if end < len(flat) else "")


def collapse(text: str) -> str:
    """`text` on one line: controls, separators and whitespace runs become one space."""
    out = []
    for ch in text:
        if ch in _BIDI or ch == "\ufeff":
            continue
        cat = unicodedata.category(ch)
        out.append(" " if cat in ("Cc", "Zl", "Zp", "Cs") else ch)
    return _SPACE_RUN.sub(" ", "".join(out)).strip()


# -- helpers ----------------------------------------------------------------------------------


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ConfigError(f"digest: timezone {name!r} is not a known IANA time zone") from e


def _relevant_rows(rows: Sequence[StoredPost], *, topic: Topic, known: dict[str, Official]) -> list[StoredPost]:
    unique: dict[int, StoredPost] = {}
    for r in rows:
        s = r.score
        if s is None or not s.relevant or s.topic != topic.id:
            continue
        if r.post.official_id not in known:
            continue
        unique[r.id] = r
    return sorted(unique.values(), key=lambda r: (r.post.created_at, r.id))


def _stances(rows: Iterable[StoredPost]) -> list[float]:
    return [r.score.stance for r in rows if r.score is not None and r.score.stance is not None]


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _label_counts(rows: Iterable[StoredPost]) -> dict[str, int]:
    counts = {"positive": 0, "negative": 0, "neutral": 0}
    for r in rows:
        if r.score is not None and r.score.label in counts:
            counts[r.score.label] += 1
    return counts


def _trend(
    official_id: str, rows: Sequence[StoredPost], *, days: tuple[date, ...], zone: ZoneInfo
) -> tuple[float | None, ...]:
    per_day: dict[date, list[float]] = defaultdict(list)
    wanted = set(days)
    for r in rows:
        if r.post.official_id != official_id or r.score is None or r.score.stance is None:
            continue
        day = r.post.created_at.astimezone(zone).date()
        if day in wanted:
            per_day[day].append(r.score.stance)
    return tuple(_mean(per_day[d]) if per_day.get(d) else None for d in days)


def _summarise(
    official: Official,
    rows: list[StoredPost],
    *,
    trend: tuple[float | None, ...],
    limit: int,
) -> OfficialSummary:
    labels = _label_counts(rows)
    return OfficialSummary(
        official_id=official.id,
        name=official.name,
        role=official.role,
        organisation=official.organisation,
        relevant_posts=len(rows),
        mean_stance=_mean(_stances(rows)),
        positive=labels["positive"],
        negative=labels["negative"],
        neutral=labels["neutral"],
        trend=trend,
        posts=tuple(_digest_post(r) for r in _top(rows, limit=max(0, limit))),
    )


def _top(rows: list[StoredPost], *, limit: int) -> list[StoredPost]:
    """The posts to show: most negative first, then most positive, then the rest.

    When there are more than `limit`, negatives and positives are taken in turns, so both sides
    of the debate are shown; the rest fill what is left.
    """

    def stance(r: StoredPost) -> float:
        assert r.score is not None and r.score.stance is not None
        return r.score.stance

    def tiebreak(r: StoredPost) -> tuple[datetime, int]:
        return (r.post.created_at, r.id)

    neg = sorted(
        (r for r in rows if _has_stance(r) and stance(r) < 0),
        key=lambda r: (stance(r), tiebreak(r)),
    )
    pos = sorted(
        (r for r in rows if _has_stance(r) and stance(r) > 0),
        key=lambda r: (-stance(r), tiebreak(r)),
    )
    rest = sorted((r for r in rows if not _has_stance(r) or stance(r) == 0), key=tiebreak)
    chosen_neg: list[StoredPost] = []
    chosen_pos: list[StoredPost] = []
    i = j = 0
    while len(chosen_neg) + len(chosen_pos) < limit and (i < len(neg) or j < len(pos)):
        if i < len(neg) and (len(chosen_neg) <= len(chosen_pos) or j >= len(pos)):
            chosen_neg.append(neg[i])
            i += 1
        else:
            chosen_pos.append(pos[j])
            j += 1
    room = limit - len(chosen_neg) - len(chosen_pos)
    return chosen_neg + chosen_pos + rest[: max(0, room)]


def _has_stance(r: StoredPost) -> bool:
    return r.score is not None and r.score.stance is not None


def _digest_post(r: StoredPost) -> DigestPost:
    s = r.score
    assert s is not None
    text = r.post.text if r.post.text.strip() else (r.post.title or "")
    return DigestPost(
        post_id=r.id,
        official_id=r.post.official_id,
        platform=r.post.platform,
        url=r.post.url,
        created_at=r.post.created_at,
        lang=s.lang or r.post.lang or "und",
        label=s.label,
        stance=s.stance,
        snippet=snippet(text, (*s.terms, *s.evidence)),
        evidence=s.evidence,
    )


def _changes(
    given: Sequence[ChangedPost],
    relevant: Sequence[StoredPost],
    *,
    start: datetime,
    end: datetime,
) -> tuple[ChangedPost, ...]:
    """The caller's changes, plus the edits and deletions that the rows themselves record."""
    found: dict[tuple[int, str], ChangedPost] = {}
    for c in given:
        found[(c.post_id, c.change)] = replace(c, snippet=snippet(c.snippet))
    for r in relevant:
        terms = (*r.score.terms, *r.score.evidence) if r.score else ()
        text = r.post.text if r.post.text.strip() else (r.post.title or "")
        if r.deleted_at is not None and start <= r.deleted_at < end:
            found.setdefault(
                (r.id, "deleted"),
                ChangedPost(
                    post_id=r.id,
                    official_id=r.post.official_id,
                    url=r.post.url,
                    change="deleted",
                    at=r.deleted_at,
                    snippet=snippet(text, terms),
                ),
            )
        edited = r.post.edited_at
        if edited is not None and start <= edited < end:
            found.setdefault(
                (r.id, "edited"),
                ChangedPost(
                    post_id=r.id,
                    official_id=r.post.official_id,
                    url=r.post.url,
                    change="edited",
                    at=edited,
                    snippet=snippet(text, terms),
                ),
            )
    return tuple(sorted(found.values(), key=lambda c: (c.at, c.post_id, c.change)))


def _locate(flat: str, needles: Iterable[str]) -> tuple[int, int]:
    """Where the earliest needle (or, failing that, its stem) occurs: (position, length)."""
    best = (-1, 0)
    for raw in needles:
        needle = raw.strip().strip("*#@")
        if len(needle) < 2:
            continue
        candidates = [needle]
        if len(needle) > 6:
            candidates.append(needle[: max(5, len(needle) - 3)])
        for cand in candidates:
            m = re.search(re.escape(cand), flat, re.IGNORECASE)
            if m:
                if best[0] == -1 or m.start() < best[0]:
                    best = (m.start(), m.end() - m.start())
                break
    return best
