"""Property tests: the analyser never raises and keeps its numbers in range, whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis import detect_language, explain, score
from tests.analysis._topic import TOPIC

WORDS = st.sampled_from(
    [
        "Kuntaliitto",
        "Kuntaliiton",
        "#kuntaliitto",
        "@Kuntaliitto",
        "AFM",
        "Kommunförbundet",
        "ei",
        "inte",
        "not",
        "hyvä",
        "bra",
        "good",
        "mutta",
        "men",
        "but",
        "erota",
        "lämna",
        "leave",
        "!!!",
        "...",
        "😡",
        "👍",
        "🙃",
        ":)",
        "'",
        '"',
        ",",
        ".",
        "\n",
        "ERITTÄIN",
        "ongelmitta",
        "aldrig",
        "bättre",
        "https://x.y/z",
        "kuntaliitos",
        "yhtään",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_score_never_raises_on_arbitrary_text(text: str) -> None:
    """Any Unicode text scores without an exception, with values in range."""
    result = score(text, topic=TOPIC)
    assert -1.0 <= result.sentiment <= 1.0
    assert result.stance is None or -1.0 <= result.stance <= 1.0
    assert (result.label is None) == (result.stance is None)
    assert isinstance(detect_language(text), str)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=25).map(" ".join), st.sampled_from([None, "fi", "sv", "en", "de"]))
def test_score_and_explain_on_hard_word_soup(text: str, lang: str | None) -> None:
    """Word soups of negators, contrasts, exits, emoji and names never break the analyser."""
    result = score(text, topic=TOPIC, lang=lang)
    assert -1.0 <= result.sentiment <= 1.0
    if result.relevant and result.lang in ("fi", "sv", "en"):
        assert result.label in ("positive", "negative", "neutral")
    else:
        assert result.label is None
    assert "Label:" in explain(text, topic=TOPIC, lang=lang)
