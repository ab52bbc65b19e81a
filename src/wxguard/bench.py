"""``wxguard bench``: latency, throughput, cold start and memory of a Guard on this machine.

Method: a warm-up pass, then every message classified one at a time (single thread) for the latency
percentiles; throughput runs ``classify_batch`` over the whole mix at each batch size and thread count and
takes the median of ``--repeat`` runs; cold start is a fresh interpreter doing ``import wxguard`` plus a
first verdict; peak RSS is that of this process at the end. Message text is never printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from importlib import resources
from typing import Any

__all__ = ["load_mix", "main", "run_bench"]


def load_mix(path: str | None = None) -> list[str]:
    """The built-in realistic message mix, or one message per line (or JSONL with ``text``) from a file."""
    if path is None:
        raw = resources.files("wxguard").joinpath("data/bench_messages.txt").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    texts = []
    for line in raw.splitlines():
        if not line.strip():
            continue
        if line.lstrip().startswith("{"):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                obj = None
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                texts.append(obj["text"])
                continue
        texts.append(line)
    return texts


def _cold_start(rules_only: bool, model_dir: str | None) -> float:
    code = ("import time; t = time.perf_counter(); import wxguard; "
            f"g = wxguard.Guard(rules_only={rules_only!r}, model_dir={model_dir!r}, threads=1); "
            "g.classify('明天上午九点开会'); print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    return float(out.stdout.strip().splitlines()[-1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def run_bench(texts: Sequence[str], *, rules_only: bool = False, model_dir: str | None = None,
              batch_sizes: Sequence[int] = (1, 32, 256), threads: Sequence[int] = (1, 2), repeat: int = 3,
              progress: bool = False) -> dict[str, Any]:
    from tqdm.auto import tqdm

    from .guard import Guard

    texts = list(texts)
    guard = Guard(rules_only=rules_only, model_dir=model_dir, threads=1)
    guard.classify_batch(texts[: min(50, len(texts))])  # warm-up
    latencies = []
    for text in tqdm(texts, desc="latency", disable=not progress, leave=False):
        t0 = time.perf_counter()
        guard.classify(text)
        latencies.append((time.perf_counter() - t0) * 1000)
    chars = [len(t) for t in texts]
    result: dict[str, Any] = {
        "mode": "rules-only" if rules_only else "rules+model",
        "messages": len(texts),
        "median_chars": statistics.median(chars),
        "latency_ms": {"p50": round(_percentile(latencies, 50), 4), "p95": round(_percentile(latencies, 95), 4),
                       "p99": round(_percentile(latencies, 99), 4), "mean": round(statistics.mean(latencies), 4)},
        "throughput_msgs_per_s": {},
    }
    for n_threads in threads:
        g = guard if n_threads == 1 else Guard(rules_only=rules_only, model_dir=model_dir, threads=n_threads)
        for bs in batch_sizes:
            runs = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                g.classify_batch(texts, batch_size=bs)
                runs.append(len(texts) / (time.perf_counter() - t0))
            result["throughput_msgs_per_s"][f"batch{bs}_threads{n_threads}"] = round(statistics.median(runs), 1)
    result["cold_start_s"] = round(_cold_start(rules_only, model_dir), 3)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["machine"] = {"python": platform.python_version(), "platform": platform.platform(),
                         "processor": platform.processor() or platform.machine(), "cpus": os.cpu_count()}
    if guard.model is not None:
        result["model"] = {"version": guard.model.config.version, "layers": guard.model.config.extra.get("num_layers")}
    return result


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="wxguard bench", description=__doc__)
    p.add_argument("--file", help="messages to use (one per line, or JSONL with 'text'); default: built-in mix")
    p.add_argument("--rules-only", action="store_true")
    p.add_argument("--model-dir")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    args = p.parse_args(argv)
    texts = load_mix(args.file)
    if not texts:
        print("wxguard bench: no messages to run", file=sys.stderr)
        return 1
    result = run_bench(texts, rules_only=args.rules_only, model_dir=args.model_dir, repeat=args.repeat,
                       progress=sys.stderr.isatty())
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    lat = result["latency_ms"]
    print(f"wxguard bench ({result['mode']}, {result['messages']} messages, median {result['median_chars']} chars)")
    print(f"  latency per message, 1 thread: p50 {lat['p50']:.3f} ms  p95 {lat['p95']:.3f} ms  p99 {lat['p99']:.3f} ms")
    for key, value in result["throughput_msgs_per_s"].items():
        print(f"  throughput {key:<18} {value:>10.1f} msg/s")
    print(f"  cold start (import + first verdict): {result['cold_start_s']:.3f} s")
    print(f"  peak RSS: {result['peak_rss_mb']:.1f} MB")
    return 0
