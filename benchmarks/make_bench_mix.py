"""Rebuild the built-in ``wxguard bench`` message mix: src/wxguard/data/bench_messages.txt.

    python benchmarks/make_bench_mix.py [--dev data/dev.jsonl] [-n 300] [--seed 2026]

A fixed-seed random sample of ``dev`` texts (never ``test``), one message per line; line breaks inside a
message become spaces. Deterministic: the same dev file gives the same mix.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", default=str(ROOT / "data" / "dev.jsonl"))
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", default=str(ROOT / "src" / "wxguard" / "data" / "bench_messages.txt"))
    args = ap.parse_args()
    with open(args.dev, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    texts = [" ".join(t.split("\n")).replace("\r", " ").strip() for t in texts]
    texts = [t for t in texts if t]
    picked = random.Random(args.seed).sample(texts, min(args.n, len(texts)))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("".join(t + "\n" for t in picked), encoding="utf-8")
    chars = sorted(len(t) for t in picked)
    print(f"{len(picked)} messages -> {args.out} (median {chars[len(chars) // 2]} chars, max {chars[-1]})")


if __name__ == "__main__":
    main()
