"""The learned stance table (bot/analysis/learned.py) and how the scorer weighs it with the rules."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType

import pytest

from bot.analysis import learned, score
from bot.analysis.scorer import STANCE_THRESHOLD, label_for
from bot.model import Topic

ROOT = Path(__file__).resolve().parents[2]
STANCE_DIR = ROOT / "tests" / "data" / "stance"
TOPIC = Topic(
    id="kuntaliitto-helsinki",
    name="Kuntaliitto–Helsinki cooperation",
    terms={
        "fi": ("Kuntaliitto*", "Kuntaliito*", "Kuntaliiton*"),
        "sv": ("Kommunförbund*",),
        "en": ("Association of Finnish Municipalities", "AFM", "Kuntaliitto*"),
    },
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stance_table_script", ROOT / "bench" / "stance_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_features_are_stems_pairs_and_emoji_per_language() -> None:
    """Protects the feature set the shipped table was counted with: six-letter stems, five-letter
    pairs of neighbours and emoji, each tied to the language and to the words that gave it."""
    found = learned.features("Kuntaliiton kanssa ei vieläkään 👎", "fi")
    assert found["fi:kuntal"] == "kuntaliiton"
    assert found["fi:ei_vielä"] == "ei vieläkään"
    assert found["fi:👎"] == "👎"
    assert "sv:kuntal" not in found
    assert next(iter(found)) == "fi:kuntal"


def test_a_table_survives_its_file_and_drops_features_seen_once() -> None:
    """Protects the file format: counts in, the same log-likelihoods out, rare features left out."""
    rows = [
        ("great work with AFM", "en", "positive"),
        ("great day, AFM", "en", "positive"),
        ("AFM failed again", "en", "negative"),
        ("AFM meets on Monday", "en", "neutral"),
    ]
    posts, per_feature = learned.count(rows)
    text = learned.dumps(posts, per_feature, ["a header"])
    assert text.startswith("# a header\n@posts\t2\t1\t1\n")
    table = learned.parse(text)
    assert set(table.weights) == {"en:great", "en:afm"}  # "failed", "monday" ... were seen once
    vocabulary = 2
    positive_total = 2 + 2 + vocabulary  # great x2, afm x2, plus one per feature
    assert table.weights["en:great"][0] == pytest.approx(math.log(3 / positive_total))
    assert table.log_prior["positive"] == pytest.approx(math.log(2))


def test_the_table_leans_to_the_label_its_words_were_seen_with() -> None:
    """Protects the reading of a table: a word seen only in negative posts pulls toward negative,
    and the evidence names it in the post's own spelling."""
    rows = [(f"AFM still waiting {n}", "en", "negative") for n in range(5)]
    rows += [(f"AFM delivered well {n}", "en", "positive") for n in range(5)]
    rows += [(f"AFM meets on day {n}", "en", "neutral") for n in range(5)]
    table = learned.parse(learned.dumps(*learned.count(rows)))
    lean = table.lean("We are STILL WAITING for AFM.", "en")
    assert lean.label == "negative"
    assert "still waiting" in [surface for surface, _pull in lean.evidence]
    assert sum(math.exp(v) for v in lean.log_probs.values()) == pytest.approx(1.0)


def test_firm_rules_stand_and_a_combined_stance_keeps_its_label() -> None:
    """Protects the contract the digest relies on: label_for(stance, threshold) gives the label
    back, and where the rules read a construction their stance and label are kept as they are."""
    lean = learned.Lean({"positive": math.log(0.98), "negative": math.log(0.01), "neutral": math.log(0.01)}, ())
    assert learned.combine(-0.54, "negative", lean, firm=True) == (-0.54, "negative")
    for rule_stance in (-0.6, -0.2, -0.05, 0.0, 0.05, 0.3):
        stance, label = learned.combine(rule_stance, label_for(rule_stance, STANCE_THRESHOLD), lean, firm=False)
        assert label_for(stance, STANCE_THRESHOLD) == label, rule_stance
    # one clear word of the rules outweighs a table that leans the other way
    assert learned.combine(-0.45, "negative", lean, firm=False)[1] == "negative"
    # with no stance from the rules, neutral starts 3 nats ahead at a quarter of the table's weight:
    # odds of 98 to 1 leave it neutral; odds of a million to one (13.8 nats) do not
    assert learned.combine(0.0, "neutral", lean, firm=False)[1] == "neutral"
    sure = learned.Lean({"positive": math.log(1 - 2e-6), "negative": math.log(1e-6), "neutral": math.log(1e-6)}, ())
    assert learned.combine(0.0, "neutral", sure, firm=False)[1] == "positive"


@pytest.mark.parametrize("split", ["dev", "dev2", "dev163"])
def test_every_scored_label_agrees_with_its_stance(split: str) -> None:
    """Protects the same contract over real posts: no relevant post's stance falls on the other side
    of the threshold from its label."""
    with (STANCE_DIR / f"{split}.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    disagreeing = 0
    for row in rows:
        result = score(row["text"], topic=TOPIC, lang=row["lang"])
        if result.relevant and result.stance is not None:
            disagreeing += label_for(result.stance, STANCE_THRESHOLD) != result.label
    assert disagreeing == 0


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("Kuntaliitto's guidance arrived after the council had already voted.", "en", "negative"),
        ("Kommunförbundets svar kom först när budgeten redan var klubbad.", "sv", "negative"),
    ],
)
def test_the_table_reads_a_verdict_said_without_words_of_tone(text: str, lang: str, label: str) -> None:
    """Protects what the table is for: a verdict told by what happened, which no lexicon word
    carries, with the table's words as the evidence."""
    result = score(text, topic=TOPIC, lang=lang)
    assert result.label == label
    assert any(f"(table:{label}," in item for item in result.evidence)


def test_a_construction_the_rules_read_is_not_overruled() -> None:
    """Protects the division of labour: the table, which mostly sees 'motion' in neutral reports,
    does not turn a signed call to leave into a report."""
    result = score("Signed the motion to leave AFM this morning.", topic=TOPIC, lang="en")
    assert result.label == "negative"
    assert not any("(table:" in item for item in result.evidence)


def test_the_shipped_table_is_what_the_script_counts() -> None:
    """Protects the table's provenance: bot/analysis/data/stance_table.tsv is exactly what
    bench/stance_table.py counts from the development splits now (run it after editing a split)."""
    script = _script()
    shipped = (ROOT / "bot" / "analysis" / "data" / "stance_table.tsv").read_text(encoding="utf-8")
    assert script.build() == shipped


def test_the_table_never_counts_the_test_split_or_the_reserved_splits(tmp_path: Path) -> None:
    """Protects the held-back test split and the reserved blind splits from leaking into the table."""
    script = _script()
    row = {"id": "x", "lang": "en", "relevant": True, "label": "positive", "tags": []}
    _write(tmp_path / "dev.jsonl", [{**row, "text": "AFM helps"}, {**row, "id": "y", "text": "AFM helps again"}])
    poison = [{**row, "id": f"p{n}", "text": f"AFM zebrafish {n}"} for n in range(3)]
    _write(tmp_path / "test.jsonl", poison)
    reserved = sorted(script.RESERVED)[0]
    _write(tmp_path / f"{reserved}.jsonl", poison)
    _write(tmp_path / "dev2.jsonl", [{**row, "id": "z", "text": "AFM helps"}])
    built = script.build(tmp_path)
    assert "en:zebraf" not in built
    assert "en:helps\t3\t0\t0" in built
    assert script.counted_splits(tmp_path) == ["dev", "dev2"]
