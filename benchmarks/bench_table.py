"""Render ``wxguard bench --json`` outputs as one markdown table (a row per file).

python benchmarks/bench_table.py benchmarks/results/bench.json benchmarks/results/bench_rules_only.json
"""

from __future__ import annotations

import json
import sys


def main(paths: list[str]) -> int:
    results = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            results.append(json.load(fh))
    keys: list[str] = []
    for r in results:
        for k in {**r["throughput_msgs_per_s"], **r.get("intra_op", {})}:
            if k not in keys:
                keys.append(k)
    print(
        "| mode | p50 ms | p95 ms | p99 ms | "
        + " | ".join(f"msg/s {k}" for k in keys)
        + " | cold start s | peak RSS MB |"
    )
    print("|---|" + "---:|" * (5 + len(keys)))
    for r in results:
        lat, tp = r["latency_ms"], {**r["throughput_msgs_per_s"], **r.get("intra_op", {})}
        cells = [
            r["mode"],
            lat["p50"],
            lat["p95"],
            lat["p99"],
            *[tp.get(k, "–") for k in keys],
            r["cold_start_s"],
            r["peak_rss_mb"],
        ]
        print("| " + " | ".join(str(c) for c in cells) + " |")
    m = results[0]["machine"]
    print(
        f"\n{results[0]['messages']} messages (median {results[0]['median_chars']} chars); {m['cpu']}, "
        f"{m['cpus']} cores, Python {m['python']}, onnxruntime {m.get('onnxruntime')}; "
        f"load average {m.get('load_avg_1m')} at start"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
