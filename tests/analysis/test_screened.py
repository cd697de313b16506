"""Screened alternations: the same matches as the whole pattern, for less work."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.analysis import scorer, stance
from bot.analysis.screened import Screened, needed_literals, top_alternatives

STANCE_DIR = Path(__file__).resolve().parents[1] / "data" / "stance"


def spans(found: object) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in found]  # type: ignore[attr-defined]


def test_top_alternatives_split_only_the_outermost_bars() -> None:
    """Protects the split from cutting inside a group, a class or an escape."""
    assert top_alternatives(r"ab|c(?:d|e)|[|x]|\|y") == ["ab", "c(?:d|e)", "[|x]", r"\|y"]
    # one group at the top carries its prefix and suffix into each phrase
    assert top_alternatives(r"\b(?:not|never)\s+again\b") == [r"\b(?:not)\s+again\b", r"\b(?:never)\s+again\b"]
    # "]" first in a class stands for itself and does not close it
    assert top_alternatives(r"[]|]a|b") == ["[]|]a", "b"]


def test_a_prefix_that_can_match_in_several_ways_is_not_distributed() -> None:
    """Protects match-for-match equality: "\\w+\\s+(?:a|b)" would try the phrases in another order
    once split, and could end a match elsewhere."""
    assert top_alternatives(r"\w+\s+(?:a|b)") == [r"\w+\s+(?:a|b)"]
    assert top_alternatives(r"(?:a|b)+") == [r"(?:a|b)+"]  # a repeated group is one phrase


def test_needed_literals_are_the_rarest_words_each_match_must_contain() -> None:
    """Protects the screen from being too strict (losing a match) or useless (always passing)."""
    assert needed_literals(r"\bnot\s+(?:exactly|quite)\s+a\b") == {"exactly", "quite"}
    assert needed_literals(r"\bkukaan\b(?:\W+\w+){0,3}") == {"kukaan"}
    assert needed_literals(r"(?:foo)?bar") == {"bar"}  # an optional part needs nothing
    assert needed_literals(r"\w+") is None
    assert needed_literals(r"(?:abc|\w+)") is None  # one phrase needs nothing, so the set does not either
    assert needed_literals("abc", re.IGNORECASE) is None  # case would need folding


def test_screened_keeps_the_alternation_order_at_one_start() -> None:
    """Protects leftmost-first semantics: at one start the earlier phrase wins, even if shorter;
    across starts the leftmost wins; matches do not overlap."""
    whole = re.compile(r"\bno\b|\bno reply\b|\breply\b|\bdelay\w*")
    screened = Screened(whole)
    for text in ("no reply yet, no delays", "reply: no", "delayed reply, no", "nothing here"):
        assert spans(screened.finditer(text)) == spans(whole.finditer(text)), text
    assert screened.search("still no reply") is not None
    assert screened.search("still no reply").group() == "no"  # type: ignore[union-attr]
    assert screened.search("nothing here") is None


def test_screened_respects_pos_and_endpos() -> None:
    whole = re.compile(r"\bquiet\b|\bstill\b")
    screened = Screened(whole)
    text = "still quiet, still"
    for pos, endpos in ((0, len(text)), (1, len(text)), (6, 11), (0, 5), (13, 18), (5, 5)):
        assert spans(screened.finditer(text, pos, endpos)) == spans(whole.finditer(text, pos, endpos)), (pos, endpos)


def test_patterns_it_cannot_split_exactly_run_whole() -> None:
    """Protects callers that read groups, and empty matches, which finditer treats specially."""
    with_group = Screened(re.compile(r"(?P<n>\d+) days|never"))
    assert with_group.search("took 12 days").group("n") == "12"  # type: ignore[union-attr]
    may_be_empty = Screened(re.compile(r"a*|b"))
    assert spans(may_be_empty.finditer("baab")) == spans(re.finditer(r"a*|b", "baab"))


def _texts(lang: str) -> list[str]:
    out: list[str] = []
    for name in ("dev.jsonl", "dev2.jsonl", "dev5.jsonl"):
        with (STANCE_DIR / name).open(encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh if json.loads(line)["lang"] == lang]
    return out


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_stance_alternation_screened_finds_what_the_whole_pattern_finds(lang: str) -> None:
    """Protects the scorer from any change in what the stance patterns match: each table's pattern,
    screened, against the whole pattern on the development posts (lowercased, as the scorer reads
    them, and as written), from the start and from inside the text."""
    tables = [
        stance.POLL_PATTERNS,
        stance.LEAVE_PATTERNS,
        stance.STAY_PATTERNS,
        stance.EXEMPLARY_PATTERNS,
        stance.NONE_PATTERNS,
        stance.RHETORICAL_PATTERNS,
        stance.FRAME_PATTERNS,
        stance.ATTRIBUTION_PATTERNS,
        stance.REBUTTAL_PATTERNS,
        scorer._OVERREACH,
    ]
    texts = _texts(lang)
    texts += [t.lower() for t in texts]
    checked = matched = 0
    for table in tables:
        pattern = table[lang]
        whole = getattr(pattern, "whole", pattern)
        screened = Screened(whole)
        for text in texts:
            got, want = spans(screened.finditer(text)), spans(whole.finditer(text))
            assert got == want, (whole.pattern[:40], text)
            inner = len(text) // 3
            assert spans(screened.finditer(text, inner)) == spans(whole.finditer(text, inner))
            checked += 1
            matched += bool(want)
    assert matched > 50, matched  # the comparison saw matches, not just silence
    assert checked == len(tables) * len(texts)


def test_the_longest_stance_alternations_are_screened() -> None:
    """Protects the speed-up itself: the three longest tables are split into many phrases."""
    for table in (stance.NONE_PATTERNS, stance.RHETORICAL_PATTERNS, stance.ATTRIBUTION_PATTERNS):
        for lang, pattern in table.items():
            assert isinstance(pattern, Screened), lang
            assert len(pattern.phrases) >= 20, lang
