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

from bot.analysis.text import strip_for_language

SUPPORTED: tuple[str, ...] = ("fi", "sv", "en")
# Languages that short fi/sv/en posts are confused with; they never override fi/sv/en.
_NEIGHBOURS = frozenset({"da", "no", "nb", "nn", "et", "fo", "is", "se"})
# How sure, and how long, a text must be before another language is reported.
_OTHER_MIN_PROB = 0.98
_OTHER_MIN_LETTERS = 40
_MIN_LETTERS = 3

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
    letters = sum(ch.isalpha() for ch in cleaned)
    if letters < _MIN_LETTERS:
        return "und"
    ranked = _get_identifier().rank(cleaned)
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
