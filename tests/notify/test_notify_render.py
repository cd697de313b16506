"""Renderers: golden files, platform limits, splitting, languages and hostile post text.

Regenerate the golden files after an intended change of layout with
`VAHTI_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/notify -q`, then review the diff.
"""

from __future__ import annotations

import html
import json
import os
import re
from datetime import timedelta
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import digest as digest_mod
from bot import notify
from bot.errors import NotifyError
from bot.model import CHANNEL_KINDS, Digest, Official, Topic
from bot.notify import discord, google_chat, mattermost, slack, teams
from bot.notify._send import dumps
from tests.notify.digests import (
    END,
    GOLDEN,
    LEGIT_URLS,
    OFFICIALS,
    SAMPLES,
    START,
    TOPIC,
    big_digest,
    fixed_digest,
    hostile_digest,
    row,
)

KINDS = [k for k in CHANNEL_KINDS]
REGEN = os.environ.get("VAHTI_REGEN_GOLDEN") == "1"


def strings(value: Any) -> list[str]:
    """Every string in a payload, keys excluded."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def link_targets(payload: Any) -> set[str]:
    """Every URL that some platform would render as a clickable link with a label or button."""
    found: set[str] = set()
    for s in strings(payload):
        # Markdown [label](url), with unescaped brackets.
        for m in re.finditer(r"(?<!\\)\[(?:[^\]\\]|\\.)*(?<!\\)\]\(([^)\s]*)\)", s):
            found.add(m.group(1))
        # Slack / Google Chat / Mattermost <url|label> and <url>.
        for m in re.finditer(r"<([a-z][a-z0-9+.-]*:[^|>\s]*)(?:\|[^>]*)?>", s, re.IGNORECASE):
            found.add(m.group(1))
        for m in re.finditer(r'<a\s+href="([^"]*)"', s):
            found.add(html.unescape(m.group(1)))

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                if k == "url" and isinstance(x, str):
                    found.add(x)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(payload)
    return found


LIVE_MENTIONS = (
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<!subteam",
    "<!all>",
    "@everyone",
    "@here",
    "@all",
    "@channel",
    "@room",
    "<users/all>",
    "<users/123456>",
    "<@U012AB3CD>",
    "<@U999>",
    "<@U1>",
    "<@123456789>",
    "<@!42>",
    "<@&987654>",
    "<#C123ABC>",
    "<at>",
)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


# -- golden files -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_golden_file_per_platform(kind: str) -> None:
    """The fixed digest renders exactly as reviewed; a layout change shows up as a diff."""
    payloads = notify.render(kind, fixed_digest("fi"))
    path = GOLDEN / "notify" / f"{kind}.json"
    text = json.dumps(payloads, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with VAHTI_REGEN_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


def test_golden_console_in_every_language() -> None:
    """The console text in fi, sv and en, as reviewed by readers of each language."""
    for lang in ("fi", "sv", "en"):
        text = notify.render("console", fixed_digest(lang))[0]
        assert isinstance(text, str)
        path = GOLDEN / "notify" / f"console.{lang}.txt"
        if REGEN:
            path.write_text(text, encoding="utf-8")
        assert text == path.read_text(encoding="utf-8")


# -- content ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "webhook"])
def test_every_renderer_shows_the_content(kind: str) -> None:
    """Each chat platform shows the officials, local times, stance labels, edits, failing
    accounts and notices; a token in a feed URL's query string is never shown."""
    blob = json.dumps(notify.render(kind, fixed_digest("en")), ensure_ascii=False)
    for needle in (
        "Anna Virtanen",
        "Erik Lindqvist",
        "2026-08-19 13:00",  # 10:00 UTC shown in Helsinki time
        "negative",
        "positive",
        "edited",
        "deleted",
        "Pekka Hiljainen",
        "7 failed attempts",
        "kept the last good configuration",
    ):
        assert needle in blob, (kind, needle)
    # Pekka has no relevant posts: named among the failing accounts, not among the officials.
    assert blob.count("Pekka Hiljainen") == 1
    assert "SECRET123" not in blob


@pytest.mark.parametrize("kind", KINDS)
def test_links_point_only_to_the_posts(kind: str) -> None:
    """Every link target in the fixed digest is one of the posts' own URLs."""
    targets = link_targets(notify.render(kind, fixed_digest("en")))
    if kind == "console":
        assert targets == set()
    else:
        assert targets and targets <= LEGIT_URLS


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fi", ("Aiheeseen liittyvät julkaisut", "kielteinen", "myönteinen", "+0,62")),
        ("sv", ("Relevanta inlägg", "negativ", "positiv", "Konton med fel", "+0,62")),
        ("en", ("Relevant posts", "negative", "positive", "Failing or silent", "+0.62")),
    ],
)
def test_labels_follow_the_digest_language(lang: str, words: tuple[str, ...]) -> None:
    """Labels and decimal separators are those of the digest language on every platform."""
    for kind in KINDS:
        if kind == "webhook":
            continue
        blob = json.dumps(notify.render(kind, fixed_digest(lang)), ensure_ascii=False)
        for w in words:
            assert w in blob, (kind, lang, w)


def quiet_digest(language: str) -> Digest:
    return digest_mod.build(
        topic=TOPIC,
        period_start=START,
        period_end=END,
        rows=[row(1, official="mayor", at=START - timedelta(days=2), text="x", stance=0.2)],
        officials=OFFICIALS,
        timezone="Europe/Helsinki",
        language=language,
    )


@pytest.mark.parametrize("kind", KINDS)
def test_quiet_digest_is_one_short_message(kind: str) -> None:
    """A day without relevant posts is one short message that says so."""
    payloads = notify.render(kind, quiet_digest("fi"))
    assert len(payloads) == 1
    blob = json.dumps(payloads, ensure_ascii=False)
    if kind == "webhook":
        assert payloads[0]["quiet"] is True  # type: ignore[index]
    else:
        assert "Ei aiheeseen liittyviä julkaisuja jaksolla" in blob
    assert len(dumps(payloads[0])) < 2500


def test_unknown_kind_is_a_notify_error() -> None:
    """A typo in a channel kind is reported, not a KeyError."""
    with pytest.raises(NotifyError, match="unknown channel kind"):
        notify.render("telegram", fixed_digest())


# -- limits and splitting -----------------------------------------------------------------------


def check_slack(p: dict[str, Any]) -> None:
    blocks = p["blocks"]
    assert p["text"] and len(p["text"]) <= 3000
    assert len(blocks) <= 50
    for b in blocks:
        if b["type"] == "header":
            assert b["text"]["type"] == "plain_text" and len(b["text"]["text"]) <= 150
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= 3000
    assert len(json.dumps(blocks, ensure_ascii=False)) <= 12_000
    assert "link_names" not in p and "parse" not in p


def check_teams(p: dict[str, Any]) -> None:
    assert len(dumps(p)) <= 20_000
    card = p["attachments"][0]["content"]
    assert card["version"] == "1.5"


def check_discord(p: dict[str, Any]) -> None:
    embeds = p["embeds"]
    assert len(embeds) <= 10
    total = 0
    for e in embeds:
        assert len(e.get("title", "")) <= 256
        assert len(e.get("description", "")) <= 4096
        total += len(e.get("title", "").strip()) + len(e.get("description", "").strip())
    assert total <= 6000
    assert p["allowed_mentions"] == {"parse": []}
    assert len(p.get("content", "")) <= 2000


def check_google_chat(p: dict[str, Any]) -> None:
    assert len(p["text"]) <= 4096
    assert len(dumps(p)) <= 32_000


def check_mattermost(p: dict[str, Any]) -> None:
    assert len(p["text"]) <= 16_383


CHECKS = {
    "slack": check_slack,
    "teams": check_teams,
    "discord": check_discord,
    "google_chat": check_google_chat,
    "mattermost": check_mattermost,
}


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_sixty_posts_split_within_limits(kind: str) -> None:
    """60 long relevant posts are split into messages that each respect the platform's limits,
    numbered "osa i/n", and no post is lost."""
    d = big_digest(60)
    assert d.relevant_posts == 60
    payloads = notify.render(kind, d)
    assert len(payloads) >= 2
    for i, p in enumerate(payloads, 1):
        assert isinstance(p, dict)
        CHECKS[kind](p)
        assert f"osa {i}/{len(payloads)}" in json.dumps(p, ensure_ascii=False)
    blob = json.dumps(payloads, ensure_ascii=False)
    for n in range(60):
        assert f"post/{n:05d}" in blob, n
    assert "osa 1/1" not in blob


@pytest.mark.parametrize("kind", KINDS)
def test_single_message_has_no_part_label(kind: str) -> None:
    """ "part 1/1" is noise: a digest that fits one message is not numbered."""
    payloads = notify.render(kind, fixed_digest("en"))
    assert len(payloads) == 1
    assert "part 1/1" not in json.dumps(payloads)


def test_oversized_section_is_continued_not_cut() -> None:
    """An official whose posts overflow a Discord embed continues in the next embed or message,
    under a "(continued)" title."""
    payloads = discord.render(big_digest(60))
    blob = json.dumps(payloads, ensure_ascii=False)
    assert "jatkuu" in blob


def test_teams_card_validates_against_adaptive_card_1_5() -> None:
    """Every Teams card (minus the Teams-only `msteams` key, which the strict official schema
    does not know) validates against the Adaptive Card 1.5 JSON schema."""
    schema = json.loads((SAMPLES / "teams" / "adaptive-card-schema" / "adaptive-card-1.5.0.schema.json").read_text())
    validator = jsonschema.Draft6Validator(schema)
    cards = [*teams.render(fixed_digest("fi")), *teams.render(big_digest(60))]
    cards += teams.render(hostile_digest())
    for p in cards:
        assert isinstance(p, dict)
        assert p["type"] == "message"
        att = p["attachments"][0]
        assert att["contentType"] == "application/vnd.microsoft.card.adaptive"
        assert att["contentUrl"] is None
        card = {k: v for k, v in att["content"].items() if k != "msteams"}
        errors = list(validator.iter_errors(card))
        assert errors == [], errors[0].message if errors else ""


def test_teams_schema_rejects_a_broken_card() -> None:
    """The schema check can fail: a card with an unknown element type is refused."""
    schema = json.loads((SAMPLES / "teams" / "adaptive-card-schema" / "adaptive-card-1.5.0.schema.json").read_text())
    card = {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "Marquee", "text": "x"}]}
    assert list(jsonschema.Draft6Validator(schema).iter_errors(card))


def test_google_chat_sample_shape() -> None:
    """The Google Chat payload has the documented cardsV2 shape beside a plain text."""
    sample = json.loads((SAMPLES / "google-chat" / "webhook.cardsV2.json").read_text())
    p = google_chat.render(fixed_digest())[0]
    assert isinstance(p, dict)
    assert set(p) == set(sample)
    card = p["cardsV2"][0]
    assert set(card) == {"cardId", "card"} and "sections" in card["card"]


# -- hostile text -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_hostile_text_is_neutralised(kind: str, lang: str) -> None:
    """No mass mention, user mention, control character or forged link survives, whatever the
    post, the official's name, the account, the error or the notice says."""
    payloads = notify.render(kind, hostile_digest(lang))
    assert payloads
    for s in strings(payloads):
        for mention in LIVE_MENTIONS:
            assert mention not in s, (kind, mention, s)
        assert not CONTROL.search(s.replace("\n", "")), (kind, s)
        for scheme in ("javascript:", "data:text", "user:pw"):
            assert scheme not in s, (kind, scheme, s)
    assert link_targets(payloads) <= LEGIT_URLS
    if kind in ("slack", "teams", "discord", "google_chat", "mattermost"):
        # The only linked hostile post is the one with a plain http(s) URL of its own.
        assert "https://hostile.example/post/2" in link_targets(payloads)


def test_hostile_text_reads_the_same() -> None:
    """Neutralising keeps the words readable: the reader still sees what was written."""
    text = notify.render("console", hostile_digest())[0]
    assert isinstance(text, str)
    visible = text.replace("\u200b", "")
    assert "@everyone" in visible and "‹!channel›" in visible
    assert "[Your bank](https://evil.example/a)" in visible


def test_slack_uses_documented_escaping() -> None:
    """Slack text escapes `& < >` as entities, so `<!channel>` becomes `&lt;!channel&gt;`."""
    blob = json.dumps(slack.render(hostile_digest()), ensure_ascii=False)
    assert "&lt;!channel&gt;" in blob
    assert "&amp;lt;!channel&amp;gt;" in blob  # text that already looked escaped stays literal


def test_mattermost_and_discord_escape_markdown() -> None:
    """Masked links and emphasis in post text are backslash-escaped on Markdown platforms."""
    for mod in (discord, mattermost):
        blob = "\n".join(strings(mod.render(hostile_digest())))
        assert r"\[Your bank\]" in blob
        assert r"\*bold\*" in blob


# -- never raises -------------------------------------------------------------------------------

MENTION_TOKENS = st.sampled_from(
    ["<!channel>", "@here", "@everyone", "<@U1>", "<users/all>", "<!here|x>", "[a](b)", "\n", "@"]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(max_size=600),
    name=st.text(max_size=80),
    extra=st.lists(st.one_of(MENTION_TOKENS, st.text(max_size=20)), max_size=12),
    url=st.one_of(st.none(), st.text(max_size=60), st.just("https://ok.example/p/1")),
    lang=st.sampled_from(["fi", "sv", "en", "de"]),
)
def test_render_never_raises(text: str, name: str, extra: list[str], url: str | None, lang: str) -> None:
    """Any post text, name or URL renders on every platform, and no mass mention survives."""
    body = text + "".join(extra)
    d = digest_mod.build(
        topic=Topic(id=TOPIC.id, name=name or "t", terms=TOPIC.terms),
        period_start=START,
        period_end=END,
        rows=[row(1, official="x", at=START, text=body, stance=-0.3, url=url or "")],
        officials=[Official(id="x", name=name, role=text[:30])],
        timezone="Europe/Helsinki",
        language=lang,
        notices=[body[:100] or "n"],
    )
    for kind in KINDS:
        payloads = notify.render(kind, d)
        assert payloads
        for s in strings(payloads):
            for mention in ("<!channel>", "@here", "@everyone", "<@U1>", "<users/all>", "<!here"):
                assert mention not in s
        dumps(payloads)


# -- possible repeats -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_possible_repeat_is_marked_within_limits(kind: str) -> None:
    """A re-sent part says it may be a repeat, in the digest language, stays within the
    platform's limits, and the original payload is left untouched."""
    for payload in notify.render(kind, big_digest(60)):
        before = json.dumps(payload, ensure_ascii=False)
        marked = notify.mark_possible_repeat(kind, payload, language="fi")
        assert json.dumps(payload, ensure_ascii=False) == before
        if kind == "webhook":
            assert marked["possible_repeat"] is True  # type: ignore[index]
        else:
            assert "mahdollinen toisto" in json.dumps(marked, ensure_ascii=False)
        if kind in CHECKS:
            assert isinstance(marked, dict)
            CHECKS[kind](marked)


def test_possible_repeat_defaults_to_english() -> None:
    """Without a language the note is in English, so it is never missing."""
    marked = notify.mark_possible_repeat("console", "text")
    assert marked == "↻ possible repeat: this part may have been posted already\ntext"
