"""The shared neutralising helpers, one trick at a time."""

from __future__ import annotations

import pytest

from bot.notify import _safe
from bot.notify._i18n import LABELS, number, t
from bot.notify._layout import Section, pack, sparkline
from bot.notify._send import redact

Z = _safe.ZWSP


def test_slack_escape_order_and_no_double_escape() -> None:
    """`&` is escaped first, so `<!channel>` becomes `&lt;!channel&gt;` and an existing
    `&amp;` is shown literally, not decoded."""
    assert _safe.slack_entities("<!channel> & &amp;") == "&lt;!channel&gt; &amp; &amp;amp;"


def test_mentions_get_a_zero_width_space() -> None:
    """Every `@` is followed by a zero-width space, once, even when applied twice."""
    once = _safe.defuse_mentions("@here a@b <@U1>")
    assert once == f"@{Z}here a@{Z}b <@{Z}U1>"
    assert _safe.defuse_mentions(once) == once


def test_clean_removes_controls_and_bidi() -> None:
    """Terminal escapes, NULs and bidi overrides go; newlines and tabs become spaces."""
    assert _safe.clean("a\x1b[31mb\x00\tc\n\u202ed\u202c ") == "a [31mb c d"
    assert _safe.clean("a\n\n b", keep_newlines=True) == "a\nb"
    assert _safe.clean("x" * 50, limit=10) == "x" * 9 + "…"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://bsky.app/profile/a/post/3l", "https://bsky.app/profile/a/post/3l"),
        ("HTTPS://example.org/a b", "https://example.org/a%20b"),
        ("https://example.org/x|label>", "https://example.org/x%7Clabel%3E"),
        ("https://example.org/w_(x)", "https://example.org/w_%28x%29"),
        ("https://example.org/ä", "https://example.org/%C3%A4"),
        ("javascript:alert(1)", None),
        ("data:text/html,<b>", None),
        ("//example.org/x", None),
        ("https://user:pw@bank.example/", None),
        ("https://exa mple.org/", None),
        ("https://example.org/\u202e", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    """Only plain http(s) URLs pass, encoded so that no markup can end the link early."""
    assert _safe.safe_url(url) == expected


def test_markdown_escapes_and_link_break() -> None:
    """Markdown link syntax cannot survive any escaper."""
    assert _safe.md_text("[a](b)", _safe.DISCORD_MD) == f"\\[a\\]{Z}\\(b\\)"
    assert "](" not in _safe.slack_text("[a](b)")
    assert "](" not in _safe.html_text("[a](b)")
    assert _safe.plain("<users/all>") == "‹users/all›"


def test_redact_removes_url_and_its_pieces() -> None:
    """Neither the URL, nor its path token, nor a query token reaches an error message."""
    url = "https://hooks.example/services/T1/B2/SeCrEt123?sig=Q9Q9Q9Q9"
    text = f"bad {url} SeCrEt123 sig=Q9Q9Q9Q9"
    out = redact(text, url)
    assert "SeCrEt123" not in out and "Q9Q9Q9Q9" not in out and "hooks.example" not in out


def test_every_language_has_every_label() -> None:
    """A missing translation would silently show English; every key exists in fi and sv."""
    for lang in ("fi", "sv"):
        assert set(LABELS[lang]) == set(LABELS["en"])
    assert t("de", "part") == "part"


def test_numbers_use_the_local_decimal_mark() -> None:
    """Finnish and Swedish readers get a decimal comma and a real minus sign."""
    assert number(-0.42, "fi") == "−0,42"
    assert number(0.5, "en") == "+0.50"
    assert number(-0.001, "sv") == "0,00"


def test_sparkline() -> None:
    """-1 is the lowest bar, +1 the highest, None a dot."""
    assert sparkline([-1.0, None, 0.0, 1.0, 5.0]) == "▁·▅██"


def test_pack_continues_a_section_instead_of_cutting() -> None:
    """A section that does not fit goes on in the next message under its continuation title,
    and every line is sent exactly once."""
    sections = [Section("A", tuple(f"a{i}" for i in range(7)), "A (cont.)")]

    def fits(secs: list[Section], first: bool) -> bool:
        return sum(len(s.lines) for s in secs) <= (2 if first else 3)

    messages = pack(sections, fits=fits)
    assert [[(s.title, s.lines) for s in m] for m in messages] == [
        [("A", ("a0", "a1"))],
        [("A (cont.)", ("a2", "a3", "a4"))],
        [("A (cont.)", ("a5", "a6"))],
    ]


def test_pack_sends_an_oversized_line_alone() -> None:
    """A line that fits nowhere is still sent, alone, rather than lost or looping forever."""
    sections = [Section("A", ("small", "HUGE", "small2"), "A+")]

    def fits(secs: list[Section], first: bool) -> bool:
        return all("HUGE" not in line for s in secs for line in s.lines)

    messages = pack(sections, fits=fits)
    lines = [line for m in messages for s in m for line in s.lines]
    assert lines == ["small", "HUGE", "small2"]
