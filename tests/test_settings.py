"""Configuration loading: the shipped files load, and every mistake is named by file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from bot import settings
from bot.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]

VAHTI = """\
timezone = "Europe/Helsinki"

[[topics]]
id = "coop"
name = "Cooperation"
terms = { fi = ["Kuntaliit*"], sv = ["Kommunförbund*"], en = ["AFM"] }

[digest]
time = "08:00"
language = "fi"
channels = [
  { name = "slack", kind = "slack", url_env = "SLACK_URL" },
]

[polling]
min_interval = "5m"
max_interval = "6h"
per_host_concurrency = 4
timeout = 20
"""

OFFICIALS = """\
# people
[officials.karhunen]
name = "Minna Karhunen"
role = "CEO"
organisation = "Kuntaliitto"
accounts = [
  { platform = "bluesky", handle = "example.bsky.social" },
  { platform = "mastodon", handle = "@someone@example.social" },
  { platform = "feed", url = "https://example.org/feed.xml" },
]

[officials.mayor]
name = "Mayor"
accounts = [
  { platform = "feed", url = "https://example.org/mayor.xml", enabled = false },
]
"""


def write(tmp_path: Path, vahti: str = VAHTI, officials: str = OFFICIALS) -> Path:
    (tmp_path / "vahti.toml").write_text(vahti, encoding="utf-8")
    (tmp_path / "officials.toml").write_text(officials, encoding="utf-8")
    return tmp_path


def problems(
    tmp_path: Path,
    *,
    vahti: str = VAHTI,
    officials: str = OFFICIALS,
    env: dict[str, str] | None = None,
    check_env: bool = False,
) -> list[str]:
    write(tmp_path, vahti, officials)
    with pytest.raises(ConfigError) as e:
        settings.load(tmp_path, environ=env or {}, check_env=check_env)
    return e.value.problems


def test_shipped_config_loads() -> None:
    """The repository's own config/ is valid and names the cooperation in three languages."""
    s = settings.load(ROOT / "config", environ={})
    assert s.timezone == "Europe/Helsinki"
    assert set(s.topics[0].terms) == {"fi", "sv", "en"}
    assert {o.id for o in s.officials} >= {"karhunen", "vapaavuori", "kuntaliitto", "helsinki"}
    assert s.database_url == "sqlite:///data/vahti.db"
    assert [c.kind for c in s.channels] == ["console"]


def test_good_file(tmp_path: Path) -> None:
    """A valid pair of files gives typed settings; disabled accounts are left out of polling."""
    write(tmp_path)
    s = settings.load(
        tmp_path,
        environ={
            "SLACK_URL": "https://hooks.slack.com/services/T/B/X",
            "DATABASE_URL": "postgresql+psycopg://x@h/db",
        },
        check_env=True,
    )
    assert s.polling.min_interval == 300 and s.polling.max_interval == 21600 and s.polling.timeout == 20
    assert [a.key for a in s.accounts()] == [
        "bluesky:example.bsky.social",
        "mastodon:@someone@example.social",
        "feed:https://example.org/feed.xml",
    ]
    assert len(s.accounts(include_disabled=True)) == 4
    assert s.accounts()[0].api == "https://public.api.bsky.app"
    assert s.channel_url(s.channels[0]) == "https://hooks.slack.com/services/T/B/X"
    assert s.database_url.startswith("postgresql")
    assert "https://hooks.slack.com/services/T/B/X" in s.secrets()


def test_duplicate_official_names_file_and_line(tmp_path: Path) -> None:
    """A duplicate official id fails with the file name and the line of the second one."""
    lines = OFFICIALS.splitlines()
    dup = "\n".join([*lines[:10], "[officials.karhunen]", 'name = "Again"', *lines[10:]])
    dup_line = dup.splitlines().index("[officials.karhunen]", 2) + 1
    [msg] = problems(tmp_path, officials=dup)
    assert "officials.toml" in msg and f":{dup_line}:" in msg and "unique id" in msg


@pytest.mark.parametrize(
    ("old", "new", "expect_line", "words"),
    [
        (
            'platform = "bluesky"',
            'platform = "myspace"',
            7,
            ["unknown platform 'myspace'", "feed, bluesky, mastodon, x"],
        ),
        (
            '{ platform = "mastodon", handle = "@someone@example.social" }',
            '{ platform = "mastodon" }',
            8,
            ["missing handle"],
        ),
        (
            'handle = "@someone@example.social"',
            'handle = "someone"',
            8,
            ["not a Mastodon handle", "@user@instance"],
        ),
        (
            'url = "https://example.org/feed.xml"',
            'url = "ftp://example.org/feed.xml"',
            9,
            ["feed needs url"],
        ),
    ],
)
def test_officials_errors(tmp_path: Path, old: str, new: str, expect_line: int, words: list[str]) -> None:
    """Each account mistake names officials.toml, the line of the account, the field and the fix."""
    [msg] = problems(tmp_path, officials=OFFICIALS.replace(old, new, 1))
    assert msg.startswith(f"{tmp_path / 'officials.toml'}:{expect_line}:"), msg
    for w in words:
        assert w in msg


@pytest.mark.parametrize(
    ("old", "new", "expect_line", "words"),
    [
        (
            'timezone = "Europe/Helsinki"',
            'timezone = "Europe/Helsingfors"',
            1,
            ["timezone", "not a known time zone", "IANA"],
        ),
        ('time = "08:00"', 'time = "8 am"', 9, ["digest.time", "HH:MM"]),
        ('time = "08:00"', 'time = "25:00"', 9, ["digest.time"]),
        (
            'kind = "slack"',
            'kind = "telegram"',
            12,
            ["unknown channel kind 'telegram'", "slack, teams, discord"],
        ),
        ('language = "fi"', 'language = "de"', 10, ["digest.language", "fi, sv, en"]),
        (
            'min_interval = "5m"',
            'min_interval = "soon"',
            16,
            ["polling.min_interval", "not a duration"],
        ),
        (
            'url_env = "SLACK_URL"',
            'url_env = "https://hooks.slack.com/x"',
            12,
            ["must name an environment variable"],
        ),
    ],
)
def test_vahti_errors(tmp_path: Path, old: str, new: str, expect_line: int, words: list[str]) -> None:
    """Each vahti.toml mistake names the file, the line, the field and what would be valid."""
    [msg] = problems(tmp_path, vahti=VAHTI.replace(old, new, 1))
    assert msg.startswith(f"{tmp_path / 'vahti.toml'}:{expect_line}:"), msg
    for w in words:
        assert w in msg


def test_unset_url_env_only_when_sending(tmp_path: Path) -> None:
    """A channel whose url_env is unset is an error for the worker, not for read-only commands."""
    write(tmp_path)
    settings.load(tmp_path, environ={})
    [msg] = problems(tmp_path, check_env=True)
    assert ":12:" in msg and "SLACK_URL is not set" in msg


def test_all_problems_at_once(tmp_path: Path) -> None:
    """`config check` reports every problem in both files in one go."""
    bad_v = VAHTI.replace('"08:00"', '"late"').replace('"Europe/Helsinki"', '"Mars/Base"')
    bad_o = OFFICIALS.replace('"bluesky"', '"myspace"').replace('name = "Mayor"\n', "")
    found = problems(tmp_path, vahti=bad_v, officials=bad_o)
    assert len(found) == 4
    assert sum("vahti.toml" in p for p in found) == 2 and sum("officials.toml" in p for p in found) == 2


def test_syntax_error_has_line(tmp_path: Path) -> None:
    """A TOML syntax error is reported with its line."""
    [msg] = problems(tmp_path, officials=OFFICIALS.replace('role = "CEO"', "role = CEO"))
    assert "officials.toml:4:" in msg


def test_x_needs_budget(tmp_path: Path) -> None:
    """An enabled X account without [sources.x] max_posts_per_day is refused: reads cost money."""
    off = OFFICIALS + '\n[officials.x]\nname = "X"\naccounts = [{ platform = "x", handle = "JanVapaavuori" }]\n'
    found = problems(tmp_path, officials=off, env={"SLACK_URL": "https://h/x"}, check_env=True)
    assert any("max_posts_per_day" in p for p in found)


def test_env_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """.env in the config folder supplies secrets without overriding the real environment."""
    write(tmp_path)
    (tmp_path / ".env").write_text("SLACK_URL=https://hooks.example/secret\nDATABASE_URL=sqlite:///x.db\n")
    monkeypatch.setenv("DATABASE_URL", "sqlite:///from-env.db")
    monkeypatch.delenv("SLACK_URL", raising=False)
    s = settings.load(tmp_path, check_env=True)
    assert s.channel_url(s.channels[0]) == "https://hooks.example/secret"
    assert s.database_url == "sqlite:///from-env.db"


def test_from_dicts_matches_files(tmp_path: Path) -> None:
    """Tests can build settings from dicts with the same validation as the files."""
    import tomllib

    s = settings.from_dicts(tomllib.loads(VAHTI), tomllib.loads(OFFICIALS))
    assert [a.key for a in s.accounts()] == [a.key for a in settings.load(write(tmp_path), environ={}).accounts()]
    with pytest.raises(ConfigError, match="unknown platform"):
        settings.from_dicts(
            tomllib.loads(VAHTI),
            {"officials": {"a": {"name": "A", "accounts": [{"platform": "icq", "handle": "x"}]}}},
        )


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_loader_raises_only_config_error(tmp_path: Path, text: str) -> None:
    """Whatever bytes are in officials.toml, loading raises ConfigError or succeeds."""
    write(tmp_path, officials=text)
    try:
        settings.load(tmp_path, environ={})
    except ConfigError:
        pass


def test_copy_of_shipped_config_is_editable(tmp_path: Path) -> None:
    """The shipped config can be copied elsewhere and loaded from there (--config-dir)."""
    shutil.copytree(ROOT / "config", tmp_path / "c")
    assert settings.load(tmp_path / "c", environ={}).config_dir == tmp_path / "c"
