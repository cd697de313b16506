"""Scoring the scorer: F1, macro-F1 and confusion matrices over labelled examples.

Pure functions, shared by `bench/eval.py` and the tests that hold the analyser to its targets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

LABELS: tuple[str, ...] = ("positive", "negative", "neutral")
NONE = "none"  # a prediction of "no label" (not relevant, unsupported language)


def f1(tp: int, fp: int, fn: int) -> float:
    """Harmonic mean of precision and recall; 0 when there is nothing to measure."""
    if tp == 0:
        return 0.0
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


def binary_f1(gold: Sequence[bool], predicted: Sequence[bool]) -> float:
    """F1 of the positive class (relevance)."""
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum((not g) and p for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and (not p) for g, p in zip(gold, predicted, strict=True))
    return f1(tp, fp, fn)


def macro_f1(gold: Sequence[str], predicted: Sequence[str | None]) -> float:
    """Mean F1 over the labels that the gold data actually has.

    A prediction outside those labels (neutral on a set without neutral, or no label at all)
    counts against recall, as it should.
    """
    labels = sorted(set(gold))
    if not labels:
        return 0.0
    pred = [p if p is not None else NONE for p in predicted]
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        scores.append(f1(tp, fp, fn))
    return sum(scores) / len(scores)


def confusion(gold: Sequence[str], predicted: Sequence[str | None]) -> Counter[tuple[str, str]]:
    """Counts of (gold, predicted) pairs; a missing prediction is `none`."""
    return Counter((g, p if p is not None else NONE) for g, p in zip(gold, predicted, strict=True))


def format_confusion(matrix: Counter[tuple[str, str]], *, indent: str = "    ") -> str:
    """Rows are gold labels, columns predictions."""
    rows = [lab for lab in LABELS if any(g == lab for g, _ in matrix)]
    cols = [*LABELS, NONE]
    cols = [c for c in cols if c in LABELS or any(p == c for _, p in matrix)]
    head = indent + "gold\\pred".ljust(10) + "".join(c[:8].rjust(9) for c in cols)
    lines = [head]
    for r in rows:
        lines.append(indent + r.ljust(10) + "".join(str(matrix[(r, c)]).rjust(9) for c in cols))
    return "\n".join(lines)
