"""Which language a post is in.

A source's declared language is trusted when it is one Vahti scores. Otherwise py3langid decides,
on the text without links, handles and hashtags (those are names, not language). Its full model
is consulted so that a post plainly in German is reported as "de" (scored as unsupported) rather
than forced into fi/sv/en; but near neighbours that short posts are often mistaken for (Danish and
Norwegian for Swedish, Estonian for Finnish) never win over fi/sv/en. Measured on short posts,
py3langid restricted this way is right on all of them at 20-65 µs a post.
"""

from __future__ import annotations

import threading
from typing import Any

from bot.analysis.text import strip_for_language, words

# Frequent function words that belong to one of the three languages only. When they speak
# clearly (three or more, and three times the next language), py3langid is not asked: that
# settles most posts in microseconds; the model decides the rest.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fi": frozenset(
        words(
            "ja on ei se että oli ovat mutta kanssa myös kun tai jos niin nyt vain ole olisi "
            "hän he me te minä sinä tämä tämän joka jotka mitä kuin vielä jo sen siitä kaikki "
            "koska sekä eli mukaan välillä tänään huomenna pitää kiitos hyvä"
        )
    ),
    "sv": frozenset(
        words(
            "och är inte det att som för med på av har jag vi ni de den ett en till från men "
            "om så kan ska också när eller bara nu här där vad hur skulle finns blir idag "
            "mycket samarbetet tack"
        )
    ),
    "en": frozenset(
        words(
            "the and is are was were not of to in for with on at by from this that it be have "
            "has but or if so we you they our their will would should can today thanks very"
        )
    ),
}

SUPPORTED: tuple[str, ...] = ("fi", "sv", "en")
# Languages that short fi/sv/en posts are confused with; they never override fi/sv/en.
_NEIGHBOURS = frozenset({"da", "no", "nb", "nn", "et", "fo", "is", "se"})
# How sure, and how long, a text must be before another language is reported.
_OTHER_MIN_PROB = 0.98
_OTHER_MIN_LETTERS = 40
_MIN_LETTERS = 3
_MAX_CHARS = 240

_lock = threading.Lock()
_identifier: Any = None


def _get_identifier() -> Any:
    """Load py3langid's model once, on first use (it takes about a second and 90 MB)."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def normalise_code(code: str | None) -> str | None:
    """'fi-FI', 'sv_SE', 'EN' -> 'fi', 'sv', 'en'; empty -> None."""
    if not code:
        return None
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    if primary in {"fin"}:
        return "fi"
    if primary in {"swe"}:
        return "sv"
    if primary in {"eng"}:
        return "en"
    return primary or None


def detect_language(text: str, *, declared: str | None = None) -> str:
    """'fi' | 'sv' | 'en' | 'und', or another language's code when declared or unmistakable."""
    code = normalise_code(declared)
    if code is not None and code != "und":
        return code
    cleaned = strip_for_language(text)
    letters = sum(ch.isalpha() for ch in cleaned[:_MAX_CHARS])
    if letters < _MIN_LETTERS:
        return "und"
    quick = _by_function_words(cleaned)
    if quick is not None:
        return quick
    # The first few hundred characters tell the language as well as the whole text, and the
    # model's cost grows with length.
    ranked = _get_identifier().rank(cleaned[:_MAX_CHARS])
    best_lang, best_prob = ranked[0]
    if (
        best_lang not in SUPPORTED
        and best_lang not in _NEIGHBOURS
        and best_prob >= _OTHER_MIN_PROB
        and letters >= _OTHER_MIN_LETTERS
    ):
        return str(best_lang)
    for lang, _prob in ranked:
        if lang in SUPPORTED:
            return str(lang)
    return "und"  # pragma: no cover - the model always ranks fi/sv/en


def _by_function_words(text: str) -> str | None:
    tokens = text.lower().split()[:60]
    counts = {lang: sum(tok.strip(".,!?:;\"'()") in vocab for tok in tokens) for lang, vocab in _FUNCTION_WORDS.items()}
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= 3 and top >= 3 * max(second, 1) and top >= len(tokens) // 8:
        return best
    if top >= 2 and second == 0 and len(tokens) <= 12:
        return best  # a short post with two function words of one language and none of others
    return None
