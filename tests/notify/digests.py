"""Digests that the notify tests share: a fixed one for golden files, a hostile one, a big one.

They are built through bot.digest.build from StoredPost rows, so that the renderers are tested
on what the pipeline really hands them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot import digest
from bot.model import AccountHealth, Digest, Official, Post, Score, StoredPost, Topic

TOPIC = Topic(
    id="kuntaliitto-helsinki",
    name="Kuntaliitto–Helsinki cooperation",
    terms={"fi": ("Kuntaliitto*",), "sv": ("Kommunförbund*",), "en": ("Kuntaliitto*",)},
)
START = datetime(2026, 8, 19, 5, 0, tzinfo=UTC)  # 08:00 in Helsinki (EEST)
END = datetime(2026, 8, 20, 5, 0, tzinfo=UTC)
OFFICIALS = (
    Official(id="mayor", name="Anna Virtanen", role="Mayor", organisation="City of Helsinki"),
    Official(id="ceo", name="Erik Lindqvist", role="CEO", organisation="Kuntaliitto"),
    Official(id="quiet", name="Pekka Hiljainen", role="Deputy", organisation="Kuntaliitto"),
)
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "specs" / "samples"
if not SAMPLES.is_dir():
    SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "specs" / "samples"
GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"

# Known link targets: a renderer may link to these and to nothing else.
LEGIT_URLS = {
    "https://bsky.app/profile/anna.example/post/3laaa",
    "https://bsky.app/profile/anna.example/post/3lbbb",
    "https://mastodon.example/@erik/111",
    "https://mastodon.example/@erik/112",
    "https://example.org/feed/item-7",
    "https://evil.example/post/1%7Clabel%3E",
    "https://hostile.example/post/2",
}


def row(
    n: int,
    *,
    official: str,
    at: datetime,
    text: str,
    stance: float | None,
    lang: str = "fi",
    url: str | None = None,
    relevant: bool = True,
    edited_at: datetime | None = None,
    deleted_at: datetime | None = None,
    platform: str = "bluesky",
) -> StoredPost:
    """One scored stored post; the label follows the stance as the scorer's does."""
    label = None
    if stance is not None and relevant:
        label = "positive" if stance >= 0.05 else "negative" if stance <= -0.05 else "neutral"
    return StoredPost(
        id=n,
        post=Post(
            platform=platform,
            native_id=f"p{n}",
            official_id=official,
            account=f"{platform}:{official}",
            url=url if url is not None else f"https://example.org/{official}/{n}",
            text=text,
            created_at=at,
            lang=lang,
            edited_at=edited_at,
        ),
        fetched_at=at + timedelta(minutes=5),
        deleted_at=deleted_at,
        score=Score(
            topic=TOPIC.id,
            scorer_version="test-1",
            lang=lang,
            relevant=relevant,
            terms=("Kuntaliitto",) if relevant else (),
            sentiment=stance or 0.0,
            stance=stance if relevant else None,
            label=label,  # type: ignore[arg-type]
            evidence=("yhteistyö",) if relevant else (),
        ),
    )


def fixed_rows() -> list[StoredPost]:
    h = timedelta(hours=1)
    return [
        row(
            1,
            official="mayor",
            at=START + 2 * h,
            text="Kuntaliitto ja Helsinki sopivat tänään uudesta yhteistyöstä. Hyvä päivä!",
            stance=0.62,
            url="https://bsky.app/profile/anna.example/post/3laaa",
        ),
        row(
            2,
            official="mayor",
            at=START + 5 * h,
            text="En ole tyytyväinen siihen, miten Kuntaliitto hoiti asian. Odotan parempaa.",
            stance=-0.41,
            url="https://bsky.app/profile/anna.example/post/3lbbb",
            edited_at=START + 6 * h,
        ),
        row(
            3,
            official="ceo",
            at=START + 3 * h,
            text="Samarbetet med Helsingfors är viktigt för Kommunförbundet och för hela landet.",
            stance=0.35,
            lang="sv",
            url="https://mastodon.example/@erik/111",
            platform="mastodon",
        ),
        row(
            4,
            official="ceo",
            at=START + 7 * h,
            text="Kuntaliitto presented its budget today.",
            stance=0.0,
            lang="en",
            url="https://mastodon.example/@erik/112",
            platform="mastodon",
        ),
        row(
            5,
            official="ceo",
            at=START + 9 * h,
            text="Kuntaliiton tiedote: ei kommentoitavaa.",
            stance=-0.2,
            url="https://example.org/feed/item-7",
            platform="feed",
            deleted_at=START + 10 * h,
        ),
        # The previous week: one negative day for the mayor, one positive one for the CEO.
        row(10, official="mayor", at=START - 2 * 24 * h, text="Kuntaliitto taas.", stance=-0.5),
        row(11, official="ceo", at=START - 3 * 24 * h, text="Kuntaliitto kiittää.", stance=0.4),
        # Not relevant: never counted.
        row(12, official="mayor", at=START + h, text="Sää on kaunis.", stance=None, relevant=False),
    ]


def fixed_health() -> list[AccountHealth]:
    return [
        AccountHealth(
            account="feed:https://example.org/feed.xml?token=SECRET123",
            official_id="quiet",
            platform="feed",
            last_success=START - timedelta(days=3),
            consecutive_failures=7,
            last_error="feed https://example.org/feed.xml?token=SECRET123: HTTP 503",
            state="failing",
        ),
        AccountHealth(
            account="bluesky:anna.example",
            official_id="mayor",
            platform="bluesky",
            last_success=END - timedelta(hours=1),
            state="ok",
        ),
    ]


def fixed_digest(language: str = "en") -> Digest:
    """The digest behind the golden files."""
    return digest.build(
        topic=TOPIC,
        period_start=START,
        period_end=END,
        rows=fixed_rows(),
        officials=OFFICIALS,
        health=fixed_health(),
        timezone="Europe/Helsinki",
        language=language,
        notices=("config/officials.toml:12: config error; kept the last good configuration",),
    )


HOSTILE_TEXTS = (
    "<!channel> <!here> <!everyone> Kuntaliitto <@U012AB3CD> <!subteam^SAZ94GDB8>",
    "@everyone @here @all @channel @room Kuntaliitto <users/all> <users/123456>",
    "Kuntaliitto <@123456789> <@!42> <@&987654> <#C123ABC>",
    "Kuntaliitto <https://evil.example/steal|https://bank.example> [Your bank](https://evil.example/a)",
    "# Heading\n```\ncode fence\n``` Kuntaliitto *bold* _it_ ~strike~ `tick` > quote ||spoiler||",
    "Kuntaliitto \x1b[31mred\x1b[0m \u202egnp.exe\u202c \x00\x07 ![img](https://evil.example/p.png)",
    'Kuntaliitto <at>Boss</at> <a href="https://evil.example">bank</a> &lt;!channel&gt;',
)
HOSTILE_NAME = "<!channel> @everyone [Mayor](https://evil.example/n) *Boss*"


def hostile_digest(language: str = "en") -> Digest:
    """Every trick in post text, names, URLs, errors and notices."""
    rows = [
        row(
            100 + i,
            official="mayor" if i % 2 else "evil",
            at=START + timedelta(hours=1 + i),
            text=text,
            stance=(-0.5 if i % 2 else 0.5),
            url=[
                "https://evil.example/post/1|label>",
                "javascript:alert(1)",
                "https://user:pw@bank.example/x",
                "https://hostile.example/post/2",
                "data:text/html,<script>",
                "//evil.example/relative",
                "https://hostile.example/post/2",
            ][i],
        )
        for i, text in enumerate(HOSTILE_TEXTS)
    ]
    officials = (
        OFFICIALS[0],
        Official(id="evil", name=HOSTILE_NAME, role="<@U999> @here", organisation="<users/all>"),
    )
    return digest.build(
        topic=Topic(id=TOPIC.id, name="<!here> [Topic](https://evil.example/t)", terms=TOPIC.terms),
        period_start=START,
        period_end=END,
        rows=rows,
        officials=officials,
        health=[
            AccountHealth(
                account="feed:<!channel>@everyone",
                official_id="evil",
                platform="feed",
                consecutive_failures=2,
                last_error="<@U1> [x](https://evil.example/e) @here",
                state="silent",
            )
        ],
        timezone="Europe/Helsinki",
        language=language,
        notices=("<!everyone> [click](https://evil.example/notice) <users/all>",),
    )


def big_digest(posts: int = 60) -> Digest:
    """`posts` relevant posts with long texts, all shown: forces every renderer to split."""
    filler = (
        "Kuntaliitto ja Helsinki keskustelivat pitkään yhteistyön tulevaisuudesta, "
        "rahoituksesta ja siitä, miten palvelut järjestetään kestävästi koko alueella. "
    )
    officials = tuple(
        Official(id=f"o{k}", name=f"Official Number {k}", role="Councillor", organisation="City") for k in range(6)
    )
    rows = [
        row(
            i + 1,
            official=f"o{i % 6}",
            at=START + timedelta(minutes=20 * i + 1),
            text=(filler * 4) + f" viesti {i}",
            stance=((i % 9) - 4) / 4,
            url=f"https://bsky.app/profile/o{i % 6}.example/post/{i:05d}",
        )
        for i in range(posts)
    ]
    return digest.build(
        topic=TOPIC,
        period_start=START,
        period_end=END,
        rows=rows,
        officials=officials,
        timezone="Europe/Helsinki",
        language="fi",
        max_posts_per_official=posts,
    )
