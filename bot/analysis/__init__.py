"""The analyser: language, topic relevance, sentiment and stance of a post, with evidence.

Pure functions over text; the language model and lexicons load lazily, once per process.
"""

from __future__ import annotations

from bot.analysis.language import detect_language
from bot.analysis.scorer import SCORER_VERSION, explain, score

__all__ = ["SCORER_VERSION", "detect_language", "explain", "score"]
