"""``wxguard bench``: latency, throughput, cold start and memory of a Guard on this machine.

Method: a warm-up pass, then every message classified one at a time (single thread) for the latency
percentiles. Throughput: the mix is repeated to ``--messages`` messages (default: 1,024, and at least
``2 x batch x threads``) and classified in batches of ``batch`` by ``threads`` worker threads sharing one
Guard (onnxruntime intra-op threads = 1, so ``threads`` is the number of cores in use); the median of
``--repeat`` runs is reported. For comparison, ``intra_op`` is one caller with onnxruntime intra-op
threads = 2. Cold start is the median over fresh interpreters of ``import wxguard`` plus a first verdict;
peak RSS is that of a fresh process that loads the Guard and classifies the whole mix once (the bench
process's own peak is also given). The progress bar shows only on a terminal.
Message text is never printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from typing import Any

__all__ = ["cold_start", "load_mix", "machine_info", "main", "peak_rss_mb", "run_bench", "throughput"]


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


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB.

    Linux: ``VmHWM`` of the current address space. Not ``ru_maxrss``: that survives ``execve``, so a child
    started from a big process would report its parent's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB elsewhere


# Run in a fresh interpreter: time ``import wxguard`` + Guard + first verdict, then classify the mix (read
# from stdin as a JSON list) and report the process's peak RSS.
_COLD_CODE = """
import time; t = time.perf_counter()
import wxguard
g = wxguard.Guard(rules_only={rules_only!r}, model_dir={model_dir!r}, threads=1)
g.classify('明天上午九点开会'); cold = time.perf_counter() - t
import json, sys
from wxguard.bench import peak_rss_mb
texts = json.loads(sys.stdin.read())
if texts:
    g.classify_batch(texts)
print(json.dumps({{"cold_start_s": cold, "peak_rss_mb": peak_rss_mb()}}))
"""


def cold_start(rules_only: bool, model_dir: str | None, texts: Sequence[str] = ()) -> dict[str, float]:
    """Seconds from a fresh interpreter to the first verdict, and that process's peak RSS (MB) after
    classifying ``texts``."""
    code = _COLD_CODE.format(rules_only=rules_only, model_dir=None if model_dir is None else str(model_dir))
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(list(texts)), capture_output=True,
                         text=True, timeout=600, env=env)
    if out.returncode != 0:
        raise RuntimeError(f"cold-start process failed: {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def throughput(classify_batch: Any, texts: Sequence[str], batch_size: int, workers: int = 1) -> float:
    """Messages per second classifying ``texts`` in batches of ``batch_size`` on ``workers`` threads."""
    batches = [list(texts[i:i + batch_size]) for i in range(0, len(texts), batch_size)]
    t0 = time.perf_counter()
    if workers == 1:
        for b in batches:
            classify_batch(b)
    else:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(classify_batch, batches))
    return len(texts) / (time.perf_counter() - t0)


def machine_info() -> dict[str, Any]:
    """Python, OS, CPU model, core count, library versions and the load average (a busy machine shows)."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu)
    except OSError:
        pass
    info: dict[str, Any] = {"python": platform.python_version(), "platform": platform.platform(), "cpu": cpu,
                            "cpus": os.cpu_count()}
    try:
        import onnxruntime

        info["onnxruntime"] = onnxruntime.__version__
    except ImportError:  # pragma: no cover - a runtime dependency
        pass
    if hasattr(os, "getloadavg"):
        info["load_avg_1m"] = round(os.getloadavg()[0], 2)
    return info


def run_bench(texts: Sequence[str], *, rules_only: bool = False, model_dir: str | None = None,
              batch_sizes: Sequence[int] = (1, 32, 256), threads: Sequence[int] = (1, 2), repeat: int = 3,
              messages: int | None = None, progress: bool = False) -> dict[str, Any]:
    from tqdm.auto import tqdm

    from .guard import Guard

    texts = list(texts)
    machine = machine_info()
    guard = Guard(rules_only=rules_only, model_dir=model_dir, threads=1)
    n_work = messages if messages else max(1024, 2 * max(batch_sizes) * max(threads))
    work = (texts * -(-n_work // len(texts)))[:n_work]
    steps = len(texts) + len(threads) * len(batch_sizes) * repeat + (0 if rules_only else repeat) + 1
    bar = tqdm(total=steps, desc="warm-up", disable=not progress, leave=False, file=sys.stderr)
    guard.classify_batch(texts[: min(50, len(texts))])  # warm-up
    bar.set_description("latency")
    latencies = []
    for text in texts:
        t0 = time.perf_counter()
        guard.classify(text)
        latencies.append((time.perf_counter() - t0) * 1000)
        bar.update()
    chars = [len(t) for t in texts]
    result: dict[str, Any] = {
        "mode": "rules-only" if rules_only else "rules+model",
        "messages": len(texts),
        "median_chars": statistics.median(chars),
        "latency_ms": {f"p{q}": round(_percentile(latencies, q), 4) for q in (50, 95, 99)}
        | {"mean": round(statistics.mean(latencies), 4)},
        "throughput_messages": len(work),
        "throughput_msgs_per_s": {},
    }
    guard.classify_batch(work[:256], batch_size=256)  # warm the batch path
    for n_threads in threads:
        for bs in batch_sizes:
            bar.set_description(f"batch {bs}, {n_threads} thread(s)")
            runs = []
            for _ in range(repeat):
                fn = lambda b, bs=bs: guard.classify_batch(b, batch_size=bs)  # noqa: E731
                runs.append(throughput(fn, work, bs, n_threads))
                bar.update()
            key = f"batch{bs}_threads{n_threads}"
            result["throughput_msgs_per_s"][key] = round(statistics.median(runs), 1)
    if not rules_only:  # one caller, onnxruntime intra-op threads = 2 (the alternative way to use 2 cores)
        bar.set_description("intra-op 2 threads")
        g2 = Guard(rules_only=False, model_dir=model_dir, threads=2)
        bs = max(batch_sizes)
        g2.classify_batch(work[:bs], batch_size=bs)
        runs = []
        for _ in range(repeat):
            runs.append(throughput(lambda b: g2.classify_batch(b, batch_size=bs), work, bs, 1))
            bar.update()
        result["intra_op"] = {f"batch{bs}_intra_op_threads2": round(statistics.median(runs), 1)}
        del g2
    bar.set_description("cold start")
    n_cold = max(1, min(3, repeat))
    colds = [cold_start(rules_only, model_dir, texts if i == 0 else ()) for i in range(n_cold)]
    bar.update()
    bar.close()
    result["cold_start_s"] = round(statistics.median(c["cold_start_s"] for c in colds), 3)
    result["peak_rss_mb"] = round(colds[0]["peak_rss_mb"], 1)
    result["bench_process_peak_rss_mb"] = round(peak_rss_mb(), 1)
    machine["load_avg_1m_end"] = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    result["machine"] = machine
    if guard.model is not None:
        result["model"] = {"dir": str(guard.model.model_dir), "version": guard.model.config.version,
                           "layers": guard.model.config.extra.get("num_layers"),
                           "max_length": guard.model.config.max_length}
    return result


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="wxguard bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--file", help="messages (one per line, or JSONL with 'text'); default: the built-in mix")
    p.add_argument("--rules-only", action="store_true")
    p.add_argument("--model-dir")
    p.add_argument("--repeat", type=int, default=3, help="throughput runs per setting (median reported)")
    p.add_argument("--messages", type=int, help="throughput workload: the mix repeated to this many messages "
                   "(default 1,024)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be >= 1")
    if args.messages is not None and args.messages < 1:
        p.error("--messages must be >= 1")
    try:
        texts = load_mix(args.file)
    except OSError as exc:
        print(f"wxguard bench: cannot read messages: {exc}", file=sys.stderr)
        return 1
    if not texts:
        print("wxguard bench: no messages to run", file=sys.stderr)
        return 1
    from .model import ModelLoadError

    try:
        result = run_bench(texts, rules_only=args.rules_only, model_dir=args.model_dir, repeat=args.repeat,
                           messages=args.messages, progress=sys.stderr.isatty())
    except ModelLoadError as exc:
        print(f"wxguard bench: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    lat = result["latency_ms"]
    print(f"wxguard bench ({result['mode']}, {result['messages']} messages, "
          f"median {result['median_chars']} chars)")
    print(f"  latency per message, 1 thread: p50 {lat['p50']:.3f} ms  p95 {lat['p95']:.3f} ms  "
          f"p99 {lat['p99']:.3f} ms")
    print(f"  throughput over {result['throughput_messages']} messages (worker threads sharing one Guard):")
    for key, value in {**result["throughput_msgs_per_s"], **result.get("intra_op", {})}.items():
        print(f"    {key:<28} {value:>10.1f} msg/s")
    print(f"  cold start (import + first verdict): {result['cold_start_s']:.3f} s")
    print(f"  peak RSS (fresh process, whole mix): {result['peak_rss_mb']:.1f} MB")
    m = result["machine"]
    print(f"  machine: {m['cpu']}, {m['cpus']} cores, "
          f"load average {m.get('load_avg_1m')} -> {m.get('load_avg_1m_end')}")
    return 0
