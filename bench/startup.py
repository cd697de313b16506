"""How fast the `vahti` command answers: `vahti --help` and `vahti posts --help` against a bare
Python start-up and against importing the heavy modules (SQLModel, the analyser, httpx), which
the CLI imports only inside the commands that need them. Prints medians and ratios; asserts nothing.

Run: .venv/bin/python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def median_ms(cmd: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False)
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    n = ap.parse_args().runs
    py = sys.executable
    cases = {
        "python -c pass (baseline)": [py, "-c", "pass"],
        "vahti --help": [py, "-m", "bot", "--help"],
        "vahti posts --help": [py, "-m", "bot", "posts", "--help"],
        "import sqlmodel": [py, "-c", "import sqlmodel"],
        "import storage.repository, bot.analysis, httpx": [py, "-c", "import storage.repository, bot.analysis, httpx"],
    }
    base = None
    for name, cmd in cases.items():
        ms = median_ms(cmd, n)
        base = base or ms
        print(f"{name:48} {ms:8.1f} ms  {ms / base:5.1f}x baseline")


if __name__ == "__main__":
    main()
