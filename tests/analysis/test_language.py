"""detect_language: trust declared fi/sv/en, detect the rest, never guess other languages."""

from __future__ import annotations

import pytest

from bot.analysis import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hyvää huomenta kaikille, tänään on valtuuston kokous.", "fi"),
        ("Kiitos hyvästä keskustelusta!", "fi"),
        ("Kuntaliiton kanssa sovittiin uudesta mallista.", "fi"),
        ("God morgon, i dag sammanträder fullmäktige.", "sv"),
        ("Tack för ett bra möte!", "sv"),
        ("Samarbetet med Kommunförbundet fortsätter.", "sv"),
        ("Good morning, the council meets today.", "en"),
        ("Thanks for a great meeting!", "en"),
        ("@Kuntaliitto #helsinki https://example.org/x Kiitos tapaamisesta", "fi"),
        ("@kommunforbundet #helsingfors https://example.org/x Tack för mötet", "sv"),
        ("Mixed post: hyvä kokous tänään ja paljon asiaa, thanks all", "fi"),
    ],
)
def test_detects_short_posts(text: str, expected: str) -> None:
    """Short posts in the three languages are identified, with links and tags stripped."""
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("declared", "expected"),
    [("fi", "fi"), ("sv-SE", "sv"), ("EN", "en"), ("de", "de"), ("fr-CA", "fr")],
)
def test_declared_language_is_trusted(declared: str, expected: str) -> None:
    """A source's declared language wins over detection, and other codes are kept as is."""
    assert detect_language("Good morning everyone", declared=declared) == expected


def test_too_little_text_is_undetermined() -> None:
    """Emoji, links and handles alone say nothing about the language."""
    assert detect_language("👍👍 @someone https://example.org #tag") == "und"
    assert detect_language("") == "und"


def test_other_language_is_not_forced_into_fi_sv_en() -> None:
    """A long post plainly in German is reported as German (unsupported), not as en."""
    text = "Heute haben wir im Stadtrat lange über die Zusammenarbeit mit den Gemeinden gesprochen."
    assert detect_language(text) == "de"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kirjastot ovat Euroopan parhaiden joukossa.", "fi"),
        ("Yrittäjäaamu päiväkodissa torstaina", "fi"),
        ("Välkommen på öppning på Åbo slott!", "sv"),
        ("Whatever the weather, thankfully nothing changes.", "en"),
    ],
)
def test_word_shapes_settle_posts_without_function_words(text: str, expected: str) -> None:
    """Word shapes (Finnish double vowels and case endings, Swedish å, English th-) settle posts
    that have few function words, without asking the model."""
    from bot.analysis.language import _by_function_words, strip_for_language

    assert _by_function_words(strip_for_language(text)) == expected
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Hyvää joulua", "God jul", "Merry Xmas", "Kiitti", "Tack!", "Cheers!", "Moro moro", "Hej då", "Kuntatalo"],
)
def test_restricted_model_chooses_as_the_full_model_does(text: str) -> None:
    """Short posts use the model restricted to fi/sv/en: its choice must be the full model's
    best-ranked supported language, so the shortcut never changes an answer."""
    from bot.analysis.language import SUPPORTED, _get_identifier, _get_supported_only

    full = next(lang for lang, _p in _get_identifier().rank(text) if lang in SUPPORTED)
    assert _get_supported_only().classify(text)[0] == full
