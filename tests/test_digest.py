"""bot.digest.build: what a day's digest counts, compares, lists and leaves out."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import digest, notify
from bot.errors import ConfigError
from bot.model import AccountHealth, ChangedPost, Official, StoredPost
from tests.notify.digests import END, OFFICIALS, START, TOPIC, fixed_digest, row

H = timedelta(hours=1)
D = timedelta(days=1)


def build(rows: list[StoredPost], **kw: object) -> digest.Digest:
    args: dict[str, object] = {
        "topic": TOPIC,
        "period_start": START,
        "period_end": END,
        "rows": rows,
        "officials": OFFICIALS,
        "timezone": "Europe/Helsinki",
        "language": "en",
    }
    args.update(kw)
    return digest.build(**args)  # type: ignore[arg-type]


def test_period_is_start_inclusive_end_exclusive() -> None:
    """A post at period_start counts, one at period_end belongs to the next digest."""
    d = build(
        [
            row(1, official="mayor", at=START, text="Kuntaliitto", stance=0.5),
            row(2, official="mayor", at=END - timedelta(seconds=1), text="Kuntaliitto", stance=0.1),
            row(3, official="mayor", at=END, text="Kuntaliitto", stance=-0.9),
        ]
    )
    assert d.relevant_posts == 2
    assert [p.post_id for p in d.officials[0].posts] == [1, 2]
    assert d.mean_stance == pytest.approx(0.3)


def test_irrelevant_other_topic_and_unknown_officials_are_not_counted() -> None:
    """Only relevant posts of this topic by configured officials count, so the headline equals
    the sum over the officials listed."""
    other = row(4, official="mayor", at=START + H, text="x", stance=0.9)
    assert other.score is not None
    other = StoredPost(
        id=4,
        post=other.post,
        fetched_at=other.fetched_at,
        score=replace(other.score, topic="another-topic"),
    )
    d = build(
        [
            row(1, official="mayor", at=START + H, text="Kuntaliitto", stance=0.5),
            row(2, official="mayor", at=START + H, text="sää", stance=None, relevant=False),
            row(3, official="removed", at=START + H, text="Kuntaliitto", stance=-1.0),
            other,
        ]
    )
    assert d.relevant_posts == 1 == sum(o.relevant_posts for o in d.officials)
    assert d.mean_stance == 0.5
    assert [o.official_id for o in d.officials] == ["mayor"]


def test_previous_week_comparison() -> None:
    """The previous 7 days give the comparison; older rows (kept for the trend) do not."""
    d = build(
        [
            row(1, official="mayor", at=START + H, text="Kuntaliitto", stance=0.4),
            row(2, official="mayor", at=START - 1 * D, text="Kuntaliitto", stance=-0.2),
            row(3, official="ceo", at=START - 7 * D, text="Kuntaliitto", stance=-0.4),
            row(4, official="ceo", at=START - 7 * D - H, text="Kuntaliitto", stance=1.0),
        ]
    )
    assert d.previous_relevant_posts == 2
    assert d.previous_mean_stance == pytest.approx(-0.3)
    assert d.mean_stance is not None and d.previous_mean_stance is not None
    assert d.mean_stance - d.previous_mean_stance == pytest.approx(0.7)


def test_trend_is_fourteen_local_days() -> None:
    """One value per local day, oldest first, ending with the period's last day; a post at
    23:30 UTC falls on the next Helsinki day; empty days are None; a day averages its posts."""
    late = datetime(2026, 8, 17, 23, 30, tzinfo=UTC)  # 18 August 02:30 in Helsinki
    d = build(
        [
            row(1, official="mayor", at=START + H, text="Kuntaliitto", stance=0.2),
            row(2, official="mayor", at=START + 2 * H, text="Kuntaliitto", stance=0.6),
            row(3, official="mayor", at=late, text="Kuntaliitto", stance=-1.0),
            row(4, official="mayor", at=START - 13 * D, text="Kuntaliitto", stance=0.9),
        ]
    )
    assert d.trend_days[-1] == date(2026, 8, 20) and d.trend_days[0] == date(2026, 8, 7)
    assert len(d.trend_days) == 14
    trend = dict(zip(d.trend_days, d.officials[0].trend, strict=True))
    assert trend[date(2026, 8, 19)] == pytest.approx(0.4)
    assert trend[date(2026, 8, 18)] == -1.0
    assert trend[date(2026, 8, 17)] is None
    assert trend[date(2026, 8, 7)] is None  # 13 days before START is 6 August, outside
    assert sum(v is not None for v in trend.values()) == 2


def test_trend_across_the_dst_change() -> None:
    """The 14 trend days stay whole calendar days when the clocks go back in October."""
    start = datetime(2026, 10, 25, 6, 0, tzinfo=UTC)  # 08:00 EET, the day after the change
    d = digest.build(
        topic=TOPIC,
        period_start=start,
        period_end=start + D,
        rows=[row(1, official="mayor", at=start + H, text="Kuntaliitto", stance=0.3)],
        officials=OFFICIALS,
        timezone="Europe/Helsinki",
        language="fi",
    )
    assert d.trend_days[-1] == date(2026, 10, 26)
    assert len(set(d.trend_days)) == 14


def test_posts_most_negative_first_then_most_positive() -> None:
    """Criticism comes first, then praise, then posts without a clear stance."""
    stances = [0.1, -0.2, 0.9, -0.8, 0.0, None, 0.5]
    d = build(
        [row(i, official="ceo", at=START + i * H, text="Kuntaliitto", stance=s) for i, s in enumerate(stances, 1)]
    )
    shown = [p.stance for p in d.officials[0].posts]
    assert shown == [-0.8, -0.2, 0.9, 0.5, 0.1, 0.0, None]
    o = d.officials[0]
    assert (o.positive, o.negative, o.neutral) == (3, 2, 1)


def test_cap_keeps_both_sides_and_counts_the_rest() -> None:
    """Over the cap, negatives and positives are taken in turns; the rest are counted, and
    every renderer says how many were not shown."""
    stances = [-0.9, -0.8, -0.7, -0.6, -0.5, 0.3, 0.2]
    d = build(
        [row(i, official="ceo", at=START + i * H, text="Kuntaliitto", stance=s) for i, s in enumerate(stances, 1)],
        max_posts_per_official=4,
    )
    assert [p.stance for p in d.officials[0].posts] == [-0.9, -0.8, 0.3, 0.2]
    assert d.officials[0].relevant_posts == 7
    for kind in ("slack", "console", "teams"):
        assert "3 more relevant posts" in str(notify.render(kind, d))


def test_officials_ordered_by_activity_and_silent_ones_omitted() -> None:
    """The busiest official comes first; ties keep the configured order; no empty entries."""
    d = build(
        [
            row(1, official="mayor", at=START + H, text="Kuntaliitto", stance=0.1),
            row(2, official="ceo", at=START + H, text="Kuntaliitto", stance=0.1),
            row(3, official="ceo", at=START + 2 * H, text="Kuntaliitto", stance=0.1),
        ]
    )
    assert [o.official_id for o in d.officials] == ["ceo", "mayor"]
    assert d.official_names["quiet"] == "Pekka Hiljainen"


def test_quiet_day() -> None:
    """No relevant posts: a quiet digest that still compares with last week."""
    d = build([row(1, official="mayor", at=START - 2 * D, text="Kuntaliitto", stance=-0.5)])
    assert d.quiet and d.relevant_posts == 0 and d.officials == ()
    assert d.mean_stance is None and d.previous_mean_stance == -0.5
    assert "No relevant posts in the period." in str(notify.render("console", d)[0])


def test_snippet_quotes_the_evidence() -> None:
    """The snippet is a window of at most 280 characters around the matched term, on one line."""
    text = ("Alussa puhutaan muusta.\n\n" * 30) + "Kuntaliiton ratkaisu oli huono. " + ("x " * 300)
    d = build([row(1, official="mayor", at=START + H, text=text, stance=-0.5)])
    s = d.officials[0].posts[0].snippet
    assert len(s) <= 280
    assert "Kuntaliiton ratkaisu oli huono" in s
    assert s.startswith("…") and s.endswith("…")
    assert "\n" not in s and "  " not in s


def test_snippet_finds_an_inflected_term() -> None:
    """A term given in its base form still centres the window on an inflected occurrence."""
    text = "a " * 400 + "Kuntaliitolle lähetettiin kirje." + " b" * 400
    s = digest.snippet(text, ("Kuntaliitto",))
    assert "Kuntaliitolle lähetettiin" in s and len(s) <= 280


@given(st.text(max_size=2000), st.lists(st.text(max_size=15), max_size=4))
def test_snippet_is_always_bounded_and_clean(text: str, terms: list[str]) -> None:
    """Whatever the text, a snippet is at most 280 characters without control characters."""
    s = digest.snippet(text, terms)
    assert len(s) <= 280
    assert not any(unicodedata.category(c) == "Cc" for c in s)


def test_changed_posts_from_rows_and_from_the_caller() -> None:
    """Edits and deletions of the period are listed once each, oldest first; older ones not."""
    given_change = ChangedPost(
        post_id=9,
        official_id="ceo",
        url="https://example.org/9",
        change="edited",
        at=START + 3 * H,
        snippet="Kuntaliitto\nmuokattu",
    )
    d = build(
        [
            row(
                1,
                official="mayor",
                at=START + H,
                text="Kuntaliitto",
                stance=0.1,
                edited_at=START + 2 * H,
            ),
            row(
                2,
                official="mayor",
                at=START - D,
                text="Kuntaliitto",
                stance=0.1,
                deleted_at=START + 4 * H,
            ),
            row(
                3,
                official="mayor",
                at=START - D,
                text="Kuntaliitto",
                stance=0.1,
                deleted_at=START - H,
            ),
        ],
        changed=[given_change],
    )
    assert [(c.post_id, c.change) for c in d.changed] == [
        (1, "edited"),
        (9, "edited"),
        (2, "deleted"),
    ]
    assert d.changed[1].snippet == "Kuntaliitto muokattu"


def test_only_failing_and_silent_accounts_are_reported() -> None:
    """Healthy, new and disabled accounts are not news; failing and silent ones are."""
    health = [
        AccountHealth(account=f"feed:{s}", official_id="mayor", platform="feed", state=s)  # type: ignore[arg-type]
        for s in ("ok", "failing", "silent", "new", "disabled")
    ]
    d = build([], health=health)
    assert [h.state for h in d.accounts] == ["failing", "silent"]


def test_notices_are_kept() -> None:
    """A notice such as a rejected config reaches the digest; blank ones do not."""
    d = build([], notices=["config error kept last good configuration", "  "])
    assert d.notices == ("config error kept last good configuration",)


@pytest.mark.parametrize(
    ("lang", "word"),
    [("fi", "Aiheeseen liittyvät julkaisut"), ("sv", "Relevanta inlägg"), ("en", "Relevant posts")],
)
def test_labels_in_the_digest_language(lang: str, word: str) -> None:
    """The digest keeps its language, and the renderers label in it."""
    d = fixed_digest(lang)
    assert d.language == lang
    assert word in str(notify.render("console", d)[0])


def test_bad_timezone_and_period() -> None:
    """A wrong time zone is a ConfigError naming it; an empty period is a programming error."""
    with pytest.raises(ConfigError, match="Mars/Olympus"):
        build([], timezone="Mars/Olympus")
    with pytest.raises(ValueError):
        build([], period_end=START)


def test_build_is_deterministic() -> None:
    """The same rows give the same digest, whatever their order: replays and golden files rely
    on it."""
    from tests.notify.digests import fixed_health, fixed_rows

    rows = fixed_rows()
    a = build(rows, health=fixed_health())
    b = build(list(reversed(rows)), health=list(reversed(fixed_health())))
    assert a == b


def test_unsupported_language_counts_without_a_stance() -> None:
    """A relevant post in an unsupported language counts as a post but never as a stance."""
    r = row(1, official="mayor", at=START + H, text="Kuntaliitto ist gut", stance=None, lang="de")
    d = build([r, row(2, official="mayor", at=START + H, text="Kuntaliitto", stance=0.4)])
    assert d.relevant_posts == 2 and d.mean_stance == 0.4
    assert d.officials[0].posts[-1].label is None


def test_official_records_pass_through() -> None:
    """Name, role and organisation come from the configuration, not from the posts."""
    d = build([row(1, official="mayor", at=START + H, text="Kuntaliitto", stance=0.1)])
    o = d.officials[0]
    assert (o.name, o.role, o.organisation) == (
        "Anna Virtanen",
        "Mayor",
        "City of Helsinki",
    )
    assert isinstance(OFFICIALS[0], Official)
