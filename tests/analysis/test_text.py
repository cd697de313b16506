"""The tokeniser's sentence breaks, which every stance rule leans on."""

from __future__ import annotations

from bot.analysis.text import ends_sentence, tokens_with_breaks


def _sentences(text: str) -> list[str]:
    out: list[list[str]] = [[]]
    for tok in tokens_with_breaks(text):
        if ends_sentence(tok):
            out.append([])
        elif tok.kind == "word":
            out[-1].append(tok.text)
    return [" ".join(words) for words in out if words]


def test_an_ellipsis_before_a_lowercase_word_is_a_pause() -> None:
    """'AFM on the other hand... still no reply' is one sentence, so the complaint after the
    ellipsis stays with the topic named before it; an ellipsis before a capital still ends one."""
    assert _sentences("AFM on the other hand... still no reply.") == ["AFM on the other hand still no reply"]
    assert _sentences("Great... AFM delayed it again.") == ["Great", "AFM delayed it again"]
    paused = [t for t in tokens_with_breaks("Kuntaliitto… taas myöhässä.") if t.kind == "pause"]
    assert [t.text for t in paused] == ["…"]


def test_a_line_break_and_an_emoji_before_a_capital_end_a_sentence() -> None:
    """Posts often end a sentence with a line break or an emoji instead of a full stop."""
    assert _sentences("Kuntaliiton seminaari\nHyvä päivä") == ["Kuntaliiton seminaari", "Hyvä päivä"]
    assert _sentences("Kaisaniemi park 🌷 The talks went well") == ["Kaisaniemi park", "The talks went well"]


def test_either_dots_reads_finnish_typed_without_dots() -> None:
    """A Finnish pattern also matches the text typed without ä and ö, including inside character
    classes, and still matches the dotted text."""
    import re

    from bot.analysis.text import either_dots

    pattern = either_dots(re.compile(r"\bjäsenyys\s+kannattaa\b|\bei\s+(?:löydy|näy)\b|v[äa]t\b"))
    for text in ("jäsenyys kannattaa", "jasenyys kannattaa", "ei nay", "ei löydy", "ovat", "ovät"):
        assert pattern.search(text), text
    assert not pattern.search("jäsenyys kannatti")


def test_a_date_or_ordinal_does_not_end_a_sentence() -> None:
    """Protects Finnish dates ("12.6., ei 5.6. kuten kerroimme") from cutting a sentence in three."""
    from bot.analysis.text import ends_sentence, tokens_with_breaks

    tokens = tokens_with_breaks("Pohja julkaistaan 12.6., ei 5.6. kuten kerroimme. Seuraava kokous on 3.9.")
    assert sum(ends_sentence(t) for t in tokens) == 2
