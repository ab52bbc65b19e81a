"""Paired speed comparison of two model directories in one process.

    python benchmarks/ab.py A_MODEL_DIR B_MODEL_DIR [--file MESSAGES] [--rounds 7] [--out NAME]

On a shared VM the machine's speed drifts within minutes, so two fresh-process runs minutes apart can
differ by more than the change being measured. Here both Guards live in one process and every message is
classified by A and by B back to back (the order alternating per message), so drift hits both alike.
Reported per system: the median per-message latency of each round (full ``classify``: rules + model), and
per message the ratio B / A, whose median over all rounds is the paired speed-up estimate.
Writes benchmarks/results/NAME.json (default ``ab``); prints a markdown table.
"""

# ruff: noqa: I001  (_common is imported first on purpose)
from __future__ import annotations

import _common as C  # first: pins thread pools before numpy loads

import argparse
import statistics
import time
from pathlib import Path

import wxguard


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", help="model directory A (the reference)")
    ap.add_argument("b", help="model directory B")
    ap.add_argument("--file", default=str(C.ROOT / "src" / "wxguard" / "data" / "bench_messages.txt"),
                    help="one message per line (default: the built-in 300-message mix)")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--out", default="ab", help="result name under benchmarks/results/")
    args = ap.parse_args(argv)
    for path in (args.a, args.b):
        problem = C.model_dir_problem(path)
        if problem:
            ap.error(problem)
    texts = [t for t in Path(args.file).read_text("utf-8").splitlines() if t.strip()]
    guards = {key: wxguard.Guard(model_dir=path, threads=1) for key, path in (("a", args.a), ("b", args.b))}
    for g in guards.values():  # warm-up
        for t in texts[:20]:
            g.classify(t)
    rounds: dict[str, list[float]] = {"a": [], "b": []}
    ratios: list[float] = []
    for r in range(args.rounds):
        times: dict[str, list[float]] = {"a": [], "b": []}
        for i, t in enumerate(texts):
            order = ("a", "b") if (i + r) % 2 == 0 else ("b", "a")
            for key in order:
                start = time.perf_counter()
                guards[key].classify(t)
                times[key].append(time.perf_counter() - start)
        for key in ("a", "b"):
            rounds[key].append(statistics.median(times[key]) * 1e3)
        ratios += [b / a for a, b in zip(times["a"], times["b"], strict=True) if a > 0]
    quartiles = statistics.quantiles(ratios, n=4)
    result = {
        **C.stamp(),
        **{key: {"model_dir": str(getattr(args, key)), "version": guards[key].model.config.version,
                 "round_p50_ms": [round(x, 4) for x in rounds[key]],
                 "p50_ms": round(statistics.median(rounds[key]), 4)} for key in ("a", "b")},
        "messages": len(texts), "rounds": args.rounds,
        "paired_ratio_b_over_a": {"median": round(statistics.median(ratios), 4),
                                  "p25": round(quartiles[0], 4), "p75": round(quartiles[2], 4)},
    }
    C.write_result(args.out, result)
    print(C.md_table(
        ["model", "version", "p50 ms per round", "median of rounds"],
        [[key.upper() + ": " + result[key]["model_dir"], result[key]["version"],
          ", ".join(f"{x:.3f}" for x in result[key]["round_p50_ms"]), f"{result[key]['p50_ms']:.3f}"]
         for key in ("a", "b")]))
    pr = result["paired_ratio_b_over_a"]
    print(f"\npaired per-message time B / A: median {pr['median']:.3f} "
          f"(quartiles {pr['p25']:.3f}-{pr['p75']:.3f}), {len(texts)} messages x {args.rounds} rounds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
