"""Count the learned stance table (bot/analysis/data/stance_table.tsv) from the development splits.

    .venv/bin/python bench/stance_table.py           # write the table
    .venv/bin/python bench/stance_table.py --check   # exit 1 when the shipped table differs

Only relevant posts of the development splits are counted. The held-back test split is never read,
nor are the RESERVED splits: blind splits kept out of the table so that they measure it fairly.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.analysis.learned import count, dumps  # noqa: E402

STANCE_DIR = ROOT / "tests" / "data" / "stance"
TABLE = ROOT / "bot" / "analysis" / "data" / "stance_table.tsv"
HELD_BACK = "test"
# Written blind after the table was designed, and first scored with it: never counted.
RESERVED = frozenset(f"dev{n}" for n in range(163, 171))


def counted_splits(folder: Path = STANCE_DIR) -> list[str]:
    """The development splits the table is counted from, in order: dev, then dev2, dev3, ..."""
    names = [p.stem for p in folder.glob("dev*.jsonl") if p.stem == "dev" or p.stem[3:].isdigit()]
    chosen = [n for n in names if n not in RESERVED and n != HELD_BACK]
    return sorted(chosen, key=lambda n: int(n[3:] or 1))


def build(folder: Path = STANCE_DIR) -> str:
    splits = counted_splits(folder)
    rows = []
    for split in splits:
        with (folder / f"{split}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    if row["relevant"]:
                        rows.append((row["text"], row["lang"], row["label"]))
    posts, per_feature = count(rows)
    header = (
        "Learned stance table for Vahti, counted by bench/stance_table.py; do not edit by hand.",
        f"From the relevant posts of {len(splits)} development splits ({splits[0]} to {splits[-1]}),",
        f"without the held-back test split and without the reserved {', '.join(sorted(RESERVED))}.",
        "feature<TAB>positive posts<TAB>negative posts<TAB>neutral posts",
    )
    return dumps(posts, per_feature, header)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped table, write nothing")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        same = TABLE.exists() and TABLE.read_text(encoding="utf-8") == text
        print("stance table is up to date" if same else f"stance table differs: run {Path(__file__).name}")
        return 0 if same else 1
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}: {text.count(chr(10)) - 5} features")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
