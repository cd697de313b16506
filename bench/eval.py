"""`make eval`: how well the analyser labels stance and sentiment, beside plain VADER.

Prints, in one run:
- the project's stance set (tests/data/stance), dev, every later devN split and test separately: relevance F1,
  stance macro-F1 per language with plain VADER (whole-post compound, ±0.05) as the baseline,
  and a confusion matrix per language;
- each public set in the shared eval-data folder: sentiment macro-F1 per language over the
  labels that set has, ours beside plain VADER, with confusion matrices; and, as a reference
  for how far the set's labels are learnable from its own words, a bag-of-words naive Bayes
  trained on the set itself, scored out of fold (5 folds: each text is labelled by a model that
  never saw it). That model is not part of Vahti: it knows the set's topic and domain.
Targets are shown next to the figures; nothing is asserted here (tests do that).
The test split is held back: look at its figures, never tune on its texts.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.analysis import score  # noqa: E402
from bot.analysis.metrics import binary_f1, confusion, format_confusion, macro_f1  # noqa: E402
from bot.analysis.scorer import label_for  # noqa: E402
from bot.analysis.sentiment import vader  # noqa: E402
from bot.model import Topic  # noqa: E402

STANCE_DIR = ROOT / "tests" / "data" / "stance"
PUBLIC_DIRS = (
    Path(os.environ.get("VAHTI_EVAL_DATA") or "/nonexistent"),
    ROOT.parent / "shared" / "eval-data",
    Path("/work/shared/eval-data"),
)
TOPIC = Topic(
    id="kuntaliitto-helsinki",
    name="Kuntaliitto–Helsinki cooperation",
    terms={
        "fi": ("Kuntaliitto*", "Kuntaliito*", "kuntaliittoyhteistyö*", "Suomen Kuntaliitto*"),
        "sv": ("Kommunförbund*", "Finlands Kommunförbund*"),
        "en": ("Association of Finnish Municipalities", "AFM", "Kuntaliitto*"),
    },
)
STANCE_TARGET = 0.85
RELEVANCE_TARGET = 0.95
PUBLIC_TARGETS = {
    ("xed", "fi"): 0.50,
    ("xed", "sv"): 0.55,
    ("swe_emoji", "sv"): 0.62,
    ("absabank_imm", "sv"): 0.45,
}


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def topic_from_config() -> Topic:
    """The shipped topic from config/vahti.toml when it is there, else the built-in one."""
    path = ROOT / "config" / "vahti.toml"
    if not path.exists():
        return TOPIC
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        first = data["topics"][0]
        terms = {lang: tuple(v) for lang, v in first["terms"].items()}
        return Topic(id=first["id"], name=first.get("name", first["id"]), terms=terms)
    except (KeyError, IndexError, TypeError, ValueError, tomllib.TOMLDecodeError):
        return TOPIC


def vader_label(text: str) -> str:
    return label_for(float(vader().polarity_scores(text)["compound"]))  # type: ignore[attr-defined]


def stance_splits() -> list[str]:
    """dev, then every later devN split in order of N, then the held-back test split."""
    later = sorted(
        (p.stem for p in STANCE_DIR.glob("dev*.jsonl") if p.stem[3:].isdigit()), key=lambda name: int(name[3:])
    )
    return ["dev", *later, "test"]


def eval_stance(split: str, rows: list[dict[str, object]], topic: Topic, verbose: bool) -> None:
    print(f"\n== Project stance set, {split} split ({len(rows)} posts)")
    gold_rel = [bool(r["relevant"]) for r in rows]
    scores = [score(str(r["text"]), topic=topic, lang=str(r["lang"])) for r in rows]
    pred_rel = [s.relevant for s in scores]
    mark = "ok" if binary_f1(gold_rel, pred_rel) >= RELEVANCE_TARGET else "BELOW"
    print(f"relevance F1 (all) {binary_f1(gold_rel, pred_rel):.3f}  target {RELEVANCE_TARGET} {mark}")
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_lang[str(r["lang"])].append(i)
    print(f"{'lang':<5}{'relevance F1':>14}{'stance macro-F1':>17}{'VADER':>8}{'n':>5}")
    for lang in ("fi", "sv", "en"):
        idx = by_lang.get(lang, [])
        if not idx:
            continue  # dev3 has no Finnish posts
        rel = binary_f1([gold_rel[i] for i in idx], [pred_rel[i] for i in idx])
        rel_idx = [i for i in idx if gold_rel[i]]
        gold = [str(rows[i]["label"]) for i in rel_idx]
        ours = [scores[i].label for i in rel_idx]
        base = [vader_label(str(rows[i]["text"])) for i in rel_idx]
        m_ours, m_base = macro_f1(gold, ours), macro_f1(gold, base)
        mark = "ok" if m_ours >= STANCE_TARGET else "BELOW"
        print(f"{lang:<5}{rel:>14.3f}{m_ours:>17.3f}{m_base:>8.3f}{len(rel_idx):>5}  {mark}")
        print(format_confusion(confusion(gold, ours)))
    if verbose:
        for r, s in zip(rows, scores, strict=True):
            wrong_rel = bool(r["relevant"]) != s.relevant
            wrong_lab = bool(r["relevant"]) and s.label != r["label"]
            if wrong_rel or wrong_lab:
                print(
                    f"  MISS {r['id']} gold={r['relevant']}/{r['label']} "
                    f"got={s.relevant}/{s.label} {s.stance} {list(s.evidence)[:4]} :: {r['text']}"
                )


def in_domain_reference(texts: list[str], gold: list[str], folds: int = 5) -> float:
    """Macro-F1 of a multinomial naive Bayes over each text's set of words, trained on the
    other folds: what the set's own vocabulary predicts, with no sentiment knowledge at all."""
    order = list(range(len(texts)))
    random.Random(0).shuffle(order)
    words = [set(re.findall(r"\w+", t.lower())) for t in texts]
    predicted: list[str | None] = [None] * len(texts)
    for fold in range(folds):
        held = set(order[fold::folds])
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        priors: Counter[str] = Counter()
        for i in order:
            if i not in held:
                counts[gold[i]].update(words[i])
                priors[gold[i]] += 1
        vocabulary = set().union(*counts.values())
        totals = {label: sum(c.values()) + len(vocabulary) for label, c in counts.items()}
        for i in held:
            known = words[i] & vocabulary
            predicted[i] = max(
                counts,
                key=lambda label: (
                    math.log(priors[label]) + sum(math.log((counts[label][w] + 1) / totals[label]) for w in known)
                ),
            )
    return macro_f1(gold, predicted)


def public_dir() -> Path | None:
    for d in PUBLIC_DIRS:
        if str(d) and d.is_dir() and any(d.glob("*.jsonl")):
            return d
    return None


def eval_public(path: Path, topic: Topic, verbose: bool) -> None:
    name = path.name.split(".")[0]
    rows = read_jsonl(path)
    print(f"\n== {path.name} ({len(rows)} texts): sentiment macro-F1 over the set's labels")
    by_lang: dict[str, list[dict[str, object]]] = defaultdict(list)
    for r in rows:
        by_lang[str(r["lang"])].append(r)
    print(f"{'lang':<5}{'ours':>8}{'VADER':>8}{'n':>6}{'target':>8}   in-domain NB, 5 folds")
    for lang, items in sorted(by_lang.items()):
        gold = [str(r["label"]) for r in items]
        ours = [label_for(score(str(r["text"]), topic=topic, lang=lang).sentiment) for r in items]
        base = [vader_label(str(r["text"])) for r in items]
        m_ours, m_base = macro_f1(gold, ours), macro_f1(gold, base)
        target = PUBLIC_TARGETS.get((name, lang))
        if name == "vader_tweets":
            target = m_base
        shown = f"{target:.2f}" if target is not None else "-"
        mark = "" if target is None else ("ok" if m_ours >= target - 1e-9 else "BELOW")
        learned = in_domain_reference([str(r["text"]) for r in items], gold)
        print(f"{lang:<5}{m_ours:>8.3f}{m_base:>8.3f}{len(items):>6}{shown:>8} {mark:<5} {learned:.3f}")
        print(format_confusion(confusion(gold, ours)))
        if verbose:
            for r, p in zip(items, ours, strict=True):
                if p != r["label"]:
                    print(f"  MISS gold={r['label']} got={p} :: {str(r['text'])[:160]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss (not for test)")
    parser.add_argument("--only", help="evaluate only files whose name contains this")
    parser.add_argument("--no-test", action="store_true", help="skip the held-back test split (while tuning)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    topic = topic_from_config()
    print(f"topic {topic.id}: terms {dict(topic.terms)}")
    for split in stance_splits():
        path = STANCE_DIR / f"{split}.jsonl"
        if (args.only and args.only not in path.name) or (args.no_test and split == "test"):
            continue
        if path.exists():
            # Misses are listed for the development splits only: the test split is held back.
            eval_stance(split, read_jsonl(path), topic, args.verbose and split != "test")
        else:
            print(f"\n== Project stance set, {split} split: {path} not found")
    folder = public_dir()
    if folder is None:
        print("\n== Public sets: eval-data folder not found (set VAHTI_EVAL_DATA)")
    else:
        for path in sorted(folder.glob("*.jsonl")):
            if args.only and args.only not in path.name:
                continue
            eval_public(path, topic, args.verbose)
    print(f"\n(evaluated in {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
